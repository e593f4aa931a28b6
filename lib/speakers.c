/* Speakers: the capitalised runs and noun phrases that name people, bodies and documents (the
 * chunker), the entities an article names with their roles and genders, and the resolution of a
 * mention to its canonical name: the fullest name the article gives (Okafor -> Adaeze Okafor),
 * the body a short form stands for ("the ministry", "the lender"), the person a role, pronoun or
 * nationality points to. quotes.c finds the statements and asks this file who spoke. */
#include "extract.h"

#include <stdlib.h>
#include <stdint.h>
#include <string.h>

/* ---- names ---- */

/* Is token i part of a title: a title word, or a portfolio right before one ("Trade Minister")? */
int saywho__title_at(const ex *x, size_t i) {
    if (in(x, i, TITLES)) return 1;
    return in(x, i, SAYWHO_DEPTS) && (in(x, i + 1, TITLES) || in(x, i + 1, SAYWHO_DEPTS));
}

const char *saywho__intern(ex *x, const char *s, size_t n) {
    for (size_t i = 0; i < x->n_names; i++)
        if (strlen(x->names[i]) == n && memcmp(x->names[i], s, n) == 0) return x->names[i];
    if (saywho__reserve((void **)&x->names, &x->names_cap, x->n_names + 1, sizeof *x->names))
        return NULL;
    char *p = malloc(n + 1);
    if (!p) return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    x->names[x->n_names++] = p;
    return p;
}

static int lower_ascii(int c) {
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* Does every word of m[0, mn) appear, in order, among the words of name (case-insensitive)? */
/* The length of a final possessive 's (curly or straight) on s[0, n), or 0. */
static size_t possessive_cut(const char *s, size_t n) {
    if (n > 4 && memcmp(s + n - 4, "\xe2\x80\x99s", 4) == 0) return 4;
    if (n > 2 && s[n - 2] == '\'' && s[n - 1] == 's') return 2;
    return 0;
}

static int name_contains(const char *name, const char *m, size_t mn) {
    const char *p = name;
    size_t i = 0;
    while (i < mn) {
        while (i < mn && m[i] == ' ')
            i++;
        size_t s = i;
        while (i < mn && m[i] != ' ')
            i++;
        if (i == s) break;
        /* the last word of a possessive mention ("Fairlie’s") is the name without its 's */
        size_t mw = i - s;
        if (i >= mn) mw -= possessive_cut(m + s, mw);
        int found = 0;
        while (*p) {
            while (*p == ' ')
                p++;
            const char *q = p;
            while (*q && *q != ' ')
                q++;
            size_t wl = (size_t)(q - p);
            if (wl == i - s || wl == mw) {
                size_t k = 0;
                while (k < wl && lower_ascii(p[k]) == lower_ascii(m[s + k]))
                    k++;
                if (k == wl) found = 1;
            }
            p = q;
            if (found) break;
        }
        if (!found) return 0;
    }
    return 1;
}

static void note_seen(ex *x, int ent, size_t tok, int object) {
    if (ent < 0) return;
    if (saywho__reserve((void **)&x->seen, &x->seen_cap, x->n_seen + 1, sizeof *x->seen)) return;
    x->seen[x->n_seen++] = (seen){ent, tok, object};
    entity *e = &x->ents[ent];
    if (!e->has_first || tok < e->first) e->first = tok, e->has_first = 1;
}

/* Where the look-back over mentions starts. */
size_t saywho__seen_from(const ex *x) {
    return x->n_seen > SEEN_WINDOW ? x->n_seen - SEEN_WINDOW : 0;
}

/* The head of a description ("a senior cardiac surgeon at the hospital": "surgeon"; "a report
 * prepared for councillors": "report"): the word before the first preposition or relative
 * word; NULL when name is a proper name ("the Japan Wind Power Council"). */
static const char *desc_head(const char *name, size_t *hn) {
    static const char *const STOPS[] = {"of",   "at",    "from",  "for",     "in", "with", "on",
                                        "who",  "that",  "which", "by",      "to", "near", "behind",
                                        "over", "under", "about", "against", NULL};
    const char *p = name, *head = NULL;
    size_t hl = 0;
    for (int i = 0; *p; i++) {
        const char *q = p;
        while (*q && *q != ' ')
            q++;
        size_t l = (size_t)(q - p);
        if (i < 2 && !(*p >= 'a' && *p <= 'z')) return NULL; /* a capital: a proper name */
        char w[32];
        if (l < sizeof w) {
            for (size_t j = 0; j < l; j++)
                w[j] = (char)lower_ascii((unsigned char)p[j]);
            w[l] = '\0';
            if (i > 0 &&
                (saywho__in_list(w, l, STOPS) || saywho__in_list(w, l, SAYWHO_PARTICIPLES)))
                break;
        }
        head = p, hl = l;
        p = *q ? q + 1 : q;
    }
    *hn = hl;
    return head;
}

/* Can the short form s[0, n) ("the hospital", "councillors") name the entity? A description
 * only by its head: "the hospital" is not "a senior cardiac surgeon at the hospital". */
static int short_form_fits(const entity *e, const char *s, size_t n) {
    size_t hl, words = 1;
    for (size_t i = 0; i < n; i++)
        words += s[i] == ' ';
    if (words > 2) return 1; /* a description of its own, not a short form */
    const char *h = desc_head(e->name, &hl);
    if (!h) return 1;
    size_t b = n;
    while (b > 0 && s[b - 1] != ' ')
        b--;
    if (n - b != hl) return 0;
    for (size_t i = 0; i < hl; i++)
        if (lower_ascii((unsigned char)h[i]) != lower_ascii((unsigned char)s[b + i])) return 0;
    return 1;
}

/* The entity named s[0, n): an earlier one whose name holds all these words, or a new one. */
static int entity_for(ex *x, const char *s, size_t n, int org, int create) {
    if (!n) return -1;
    for (size_t k = x->n_ents; k-- > 0 && x->n_ents - k <= ENT_WINDOW;)
        if (x->ents[k].org == org && name_contains(x->ents[k].name, s, n) &&
            (!org || short_form_fits(&x->ents[k], s, n)))
            return (int)k;
    if (!create) return -1;
    const char *name = saywho__intern(x, s, n);
    if (!name) return -1;
    if (saywho__reserve((void **)&x->ents, &x->ents_cap, x->n_ents + 1, sizeof *x->ents)) return -1;
    memset(&x->ents[x->n_ents], 0, sizeof x->ents[0]);
    x->ents[x->n_ents].name = name;
    x->ents[x->n_ents].org = org;
    return (int)x->n_ents++;
}

/* The organisation, group or document named s[0, n), "the" or "a" in lower case as it stands
 * inside a sentence: "The Treasury said" names the Treasury. */
static int org_entity(ex *x, const char *s, size_t n) {
    char buf[512];
    if (n >= sizeof buf) n = sizeof buf - 1;
    memcpy(buf, s, n);
    size_t w = 0;
    while (w < n && buf[w] != ' ')
        w++;
    /* "The Treasury", "A spokesman", "Analysts at …", "Several guests": a sentence's capital */
    char first[32];
    for (size_t i = 0; i < w && i < sizeof first - 1; i++)
        first[i] = (char)lower_ascii((unsigned char)buf[i]);
    first[w < sizeof first - 1 ? w : sizeof first - 1] = '\0';
    if (buf[0] >= 'A' && buf[0] <= 'Z' &&
        (saywho__in_list(first, strlen(first), DETERMINERS) ||
         saywho__in_list(first, strlen(first), SAYWHO_GROUPS) || strcmp(first, "more") == 0 ||
         strcmp(first, "fewer") == 0 || strcmp(first, "at") == 0))
        buf[0] = (char)(buf[0] + 32);
    return entity_for(x, buf, n, 1, 1);
}

static void add_role(ex *x, int ent, const char *w, size_t n) {
    entity *e = &x->ents[ent];
    if (e->n_roles == 6) return;
    const char *r = saywho__intern(x, w, n);
    if (r) e->roles[e->n_roles++] = r;
}

/* Does the entity have role w? A role "~lead" is the stem of a verb that described the person
 * ("who leads the union"): its agent nouns ("leader", "installer" for "~install", "director",
 * "coach") fit. */
int saywho__has_role(const entity *e, const char *w, size_t n) {
    for (int i = 0; i < e->n_roles; i++) {
        const char *r = e->roles[i];
        size_t rl = strlen(r);
        if (r[0] == '~') {
            rl--, r++;
            if (n < rl || memcmp(r, w, rl) != 0) continue;
            const char *suf = w + rl;
            size_t sl = n - rl;
            if (sl == 0 || (sl == 1 && r[rl - 1] == 'e' && suf[0] == 'r') ||
                (sl == 2 && (memcmp(suf, "er", 2) == 0 || memcmp(suf, "or", 2) == 0)))
                return 1;
        } else if (rl == n && memcmp(r, w, n) == 0) {
            return 1;
        }
    }
    return 0;
}

static int gender_word(const ex *x, size_t i) {
    if (is(x, i, "mrs.") || is(x, i, "ms.") || is(x, i, "mrs") || is(x, i, "ms") ||
        is(x, i, "spokeswoman") || is(x, i, "chairwoman") || is(x, i, "queen") ||
        is(x, i, "princess") || is(x, i, "sister") || is(x, i, "congresswoman") ||
        is(x, i, "councilwoman") || is(x, i, "businesswoman") || is(x, i, "mother") ||
        is(x, i, "headmistress") || is(x, i, "widow") || is(x, i, "daughter") || is(x, i, "wife") ||
        is(x, i, "woman"))
        return 1;
    if (is(x, i, "mr.") || is(x, i, "mr") || is(x, i, "spokesman") || is(x, i, "chairman") ||
        is(x, i, "king") || is(x, i, "prince") || is(x, i, "father") || is(x, i, "brother") ||
        is(x, i, "congressman") || is(x, i, "councilman") || is(x, i, "businessman") ||
        is(x, i, "headmaster") || is(x, i, "son") || is(x, i, "husband") || is(x, i, "man"))
        return 2;
    return 0;
}

/* The gender an appositive [b, e) gives its person: "the union's spokeswoman" says female,
 * "whose father caught an infection" says nothing about the person. */
static int appositive_gender(const ex *x, size_t b, size_t e) {
    if (is(x, b, "who") || is(x, b, "whose") || is(x, b, "which")) return 0;
    for (size_t i = b; i < e; i++) {
        if (i > b && (is(x, i - 1, "his") || is(x, i - 1, "her") || is(x, i - 1, "their") ||
                      is(x, i - 1, "whose") || is(x, i - 1, "my") || is(x, i - 1, "our")))
            continue;
        int g = gender_word(x, i);
        if (g) return g;
    }
    return 0;
}

static int run_is_org(const ex *x, size_t b, size_t e) {
    for (size_t i = b; i < e; i++)
        if (in(x, i, SAYWHO_ORG_WORDS) || in(x, i, SAYWHO_DOC_WORDS)) {
            /* "State Secretary Mirela Jurić": a title, then a person's given name */
            if (i + 3 < e + 1 && in(x, i + 1, TITLES) && given_gender(x, i + 2)) continue;
            return 1;
        }
    return 0;
}

/* Is token i part of a capitalised name run? Particles (van, bin) count inside a run. */
int saywho__name_token(const ex *x, size_t i, int inside) {
    if (i >= x->nt || x->quoted[i]) return 0;
    if (is_upper(x, i) && is_word(x, i)) return 1;
    return inside && is_word(x, i) && in(x, i, SAYWHO_PARTICLES);
}

/* The end of a capitalised run starting at b; organisation names run on over "of", "for",
 * "and": "Ministry of Defence", "Court of Justice". */
size_t saywho__run_end(const ex *x, size_t b, size_t hi) {
    size_t e = b;
    while (e < hi && saywho__name_token(x, e, e > b))
        e++;
    while (e > b + 1 && !is_upper(x, e - 1))
        e--;
    /* only an organisation's name runs on: "Chamber of Commerce and Industry", not "Olav
     * Brekke of the Centre Party" */
    for (;;) {
        if (e + 1 >= hi ||
            !(is(x, e, "of") || is(x, e, "for") || is(x, e, "and") || is(x, e, "on")))
            break;
        size_t s2 = e + 1 + (is(x, e + 1, "the") ? 1 : 0); /* "Office of the Auditor-General" */
        if (s2 >= hi || !is_upper(x, s2) || in(x, s2, SAYWHO_FUNCTION)) break;
        size_t e2 = s2;
        while (e2 < hi && saywho__name_token(x, e2, e2 > s2))
            e2++;
        while (e2 > s2 + 1 && !is_upper(x, e2 - 1))
            e2--;
        /* "Australian Competition and Consumer Commission": a name joined by "and" to the
         * organisation word after it */
        if (!run_is_org(x, b, e) && !(is(x, e, "and") && s2 == e + 1 && run_is_org(x, s2, e2)))
            break;
        e = e2;
    }
    return e;
}

/* The start of a capitalised run ending at e (exclusive), going left no further than lo. */
static size_t run_start(const ex *x, size_t lo, size_t e) {
    size_t b = e - 1;
    while (b > lo && saywho__name_token(x, b - 1, 1))
        b--;
    while (b < e && !is_upper(x, b))
        b++;
    for (;;) { /* "Court of Justice", "Office of the Auditor-General", "Commerce and Industry" */
        size_t c = b;
        if (c > lo && is(x, c - 1, "the")) c--;
        if (!(c >= lo + 2 &&
              (is(x, c - 1, "of") || is(x, c - 1, "for") || is(x, c - 1, "and") ||
               is(x, c - 1, "on")) &&
              saywho__name_token(x, c - 2, 0)))
            break;
        size_t b2 = c - 2;
        while (b2 > lo && saywho__name_token(x, b2 - 1, 1))
            b2--;
        /* keep going left through "X of Y and Z" and take it when the left part names an
         * organisation */
        size_t k = b2;
        for (;;) {
            size_t c2 = k;
            if (c2 > lo && is(x, c2 - 1, "the")) c2--;
            if (!(c2 >= lo + 2 && (is(x, c2 - 1, "of") || is(x, c2 - 1, "and")) &&
                  saywho__name_token(x, c2 - 2, 0)))
                break;
            k = c2 - 2;
            while (k > lo && saywho__name_token(x, k - 1, 1))
                k--;
        }
        if (run_is_org(x, k, c - 1))
            b = k;
        else if (run_is_org(x, b2, c - 1))
            b = b2;
        else if (c == b && is(x, c - 1, "and") && run_is_org(x, b, e))
            b = b2; /* "the Australian Competition and Consumer Commission" */
        else
            break;
    }
    /* a sentence-initial function word ("The", "But") is no part of the name */
    while (b < e - 1 && in(x, b, SAYWHO_FUNCTION))
        b++;
    return b;
}

/* Sets the name proper of a person's run [m->b, m->e): the words after the last title
 * ("Indonesian Foreign Minister Ratna Sekarwati" -> Ratna Sekarwati) or after a possessive. */
static void name_proper(const ex *x, mention *m) {
    size_t b = m->b;
    for (size_t i = m->b; i < m->e; i++) {
        if (!m->gender) m->gender = gender_word(x, i);
        /* "Dean Mulholland" is a name: a title that is also a given name opens none */
        if (i == m->b && given_gender(x, i) == 2 && i + 2 == m->e) continue;
        if ((saywho__title_at(x, i) || is_possessive(x, i) || !is_upper(x, i) ||
             in(x, i, SAYWHO_FUNCTION)) &&
            i + 1 < m->e && !in(x, i, SAYWHO_PARTICLES))
            b = i + 1;
    }
    m->nb = b;
    m->ne = m->e;
    /* a given name that says the gender: "Adaeze Okafor" is a woman */
    if (!m->gender && m->ne - m->nb >= 2) m->gender = given_gender(x, m->nb);
}

/* Classifies a capitalised run [b, e) as a person or an organisation mention. */
mention saywho__run_mention(const ex *x, size_t lo, size_t b, size_t e) {
    mention m = {.b = b, .e = e, .nb = b, .ne = e};
    if (run_is_org(x, b, e) || (b > lo && in(x, b - 1, DETERMINERS)) ||
        (b > lo && !is_upper(x, b - 1) && in(x, b - 1, SAYWHO_ORG_DESCRIPTORS))) {
        m.kind = 2;
        if (b > lo && (in(x, b - 1, DETERMINERS) || is_possessive(x, b - 1))) m.b = m.nb = b - 1;
        return m;
    }
    for (size_t i = b; i < e; i++)
        if (x->orgish[i]) {
            m.kind = 2; /* "South Korea’s Dasol" is Dasol */
            if (i > b && is_possessive(x, i - 1)) m.b = m.nb = i;
            return m;
        }
    m.kind = 1;
    name_proper(x, &m);
    /* a lone capitalised word that is a title ("the Minister") or a group ("Parents", at the
     * start of a sentence) is no name */
    if (m.ne - m.nb == 1 && (in(x, m.nb, TITLES) || in(x, m.nb, SAYWHO_GROUPS))) m.kind = 2;
    return m;
}

/* Prepositions that attach a description to a speaker: "analysts at X", "residents of X". */
int saywho__is_prep(const ex *x, size_t i) {
    return is(x, i, "at") || is(x, i, "of") || is(x, i, "in") || is(x, i, "from") ||
           is(x, i, "on") || is(x, i, "with") || is(x, i, "for") || is(x, i, "across");
}

/* A common noun phrase ending at e: "the ministry", "Japan’s industry ministry", "two
 * diplomats", "analysts". Returns kind 0 when the words do not make a speaker. */
static mention np_before(const ex *x, size_t lo, size_t e) {
    mention m = {0};
    if (e <= lo || !is_word(x, e - 1) || in(x, e - 1, SAYWHO_STOP) || in(x, e - 1, SAYWHO_FUNCTION))
        return m;
    size_t b = e - 1;
    while (b > lo && e - b < 5 && (is_word(x, b - 1) || x->t[b - 1].kind == SAYWHO_TOK_NUMBER) &&
           !in(x, b - 1, SAYWHO_STOP) && !in(x, b - 1, DETERMINERS) &&
           !in(x, b - 1, SAYWHO_FUNCTION) && !cue_at(x, b - 1) && !x->quoted[b - 1])
        b--;
    int det = b > lo && in(x, b - 1, DETERMINERS);
    if (det) b--;
    if (det && b > lo && in(x, b - 1, DETERMINERS)) b--; /* "the two" */
    /* "more than 300 academic staff", "at least 40 families" */
    if (b < e && is(x, b, "than") && b > lo &&
        (is(x, b - 1, "more") || is(x, b - 1, "fewer") || is(x, b - 1, "less")))
        b -= 1, det = 1;
    else if (b >= lo + 2 && is(x, b - 1, "than") &&
             (is(x, b - 2, "more") || is(x, b - 2, "fewer") || is(x, b - 2, "less")))
        b -= 2, det = 1;
    else if (b >= lo + 2 && is(x, b - 1, "least") && is(x, b - 2, "at"))
        b -= 2, det = 1;
    int head_ok = in(x, e - 1, SAYWHO_GROUPS) || in(x, e - 1, SAYWHO_ORG_WORDS) ||
                  in(x, e - 1, SAYWHO_DOC_WORDS) || in(x, e - 1, TITLES);
    int owner = is_possessive(x, b) || (b < e && is_upper(x, b));
    if (!head_ok && !(det && e - b <= 3) && !owner) {
        /* "two mayors of border municipalities": the group before the preposition */
        if (b > lo + 1 && (is(x, b - 1, "of") || is(x, b - 1, "from") || is(x, b - 1, "in"))) {
            mention r = np_before(x, lo, b - 1);
            if (r.kind == 2 && r.ce <= r.e && !det &&
                ((in(x, r.e - 1, SAYWHO_GROUPS) && !in(x, r.e - 1, SAYWHO_ORG_WORDS)) ||
                 in(x, r.e - 1, TITLES))) {
                r.ce = e;
                return r;
            }
        }
        return m;
    }
    /* "a spokesman for the ministry", "a diplomat involved in the talks": the speaker is the
     * noun phrase before the preposition */
    if (b > lo + 1 && (saywho__is_prep(x, b - 1) || is(x, b - 1, "to"))) {
        size_t p = b - 1;
        if (p > lo && in(x, p - 1, SAYWHO_MODIFIERS)) p--;
        mention r = np_before(x, lo, p);
        if (r.kind && (in(x, r.e - 1, SAYWHO_GROUPS) || in(x, r.e - 1, TITLES) ||
                       (is(x, r.e - 1, "group") && is(x, b - 1, "of")))) {
            r.ce = e;
            return r;
        }
        if (!r.kind && p > lo && saywho__name_token(x, p - 1, 0)) {
            size_t rb = run_start(x, lo, p);
            mention rr = saywho__run_mention(x, lo, rb, p);
            if (rr.kind == 2 && (is(x, b - 1, "for") || is(x, b - 1, "of"))) {
                rr.e = e;
                return rr;
            }
        }
    }
    m.b = m.nb = b;
    m.e = m.ne = e;
    m.kind = 2;
    return m;
}

/* Two groups or bodies joined by "and" that open the sentence speak together: "teachers and
 * parents said", "the federation and the operators said". */
static mention joined_groups(const ex *x, size_t lo, mention r) {
    if (r.kind != 2 || r.ce > r.e || r.b < lo + 2 || !is(x, r.b - 1, "and")) return r;
    if (!in(x, r.e - 1, SAYWHO_GROUPS) && !in(x, r.e - 1, SAYWHO_ORG_WORDS)) return r;
    mention l = np_before(x, lo, r.b - 1);
    if (l.kind != 2 || l.ce > l.e || (l.b != lo && !is_punct(x, l.b - 1, ','))) return r;
    if (!in(x, l.e - 1, SAYWHO_GROUPS) && !in(x, l.e - 1, SAYWHO_ORG_WORDS)) return r;
    r.b = r.nb = l.b;
    return r;
}

/* A name r that ends a prepositional phrase after a group or a person: "analysts at Andes
 * Estratégica" is the analysts (named by the whole phrase), "Kwame Mensah of the Cocoa Board" is
 * Mensah. Returns r itself otherwise. */
static mention speaker_of_pp(const ex *x, size_t lo, mention r) {
    if (r.kind != 1 && r.kind != 2) return r;
    size_t p = r.b;
    /* at most two modifiers: "in central Portugal", "at Kraków brokerage [Wawel Securities]" */
    for (int k = 0;
         k < 2 && p > lo && is_word(x, p - 1) &&
         (!is_upper(x, p - 1) || (k > 0 && !is_upper(x, p))) && !saywho__is_prep(x, p - 1) &&
         !in(x, p - 1, SAYWHO_STOP) && !in(x, p - 1, SAYWHO_FUNCTION) && !x->quoted[p - 1];
         k++)
        p--;
    /* "residents of two blocks next to a school": a place beside another */
    int next_to = p > lo + 2 && is(x, p - 1, "to") && is(x, p - 2, "next");
    /* "the company’s notice to staff", "the communique signed by both ministers": a document
     * named with its addressee or author */
    /* "several veterans interviewed by Wire", "traders contacted by Reuters": the group */
    if (p > lo + 2 && is(x, p - 1, "by") && is_word(x, p - 2) && !is_upper(x, p - 2) &&
        !in(x, p - 2, SAYWHO_PARTICIPLES)) {
        size_t wl;
        const char *w = fold(x, p - 2, &wl);
        if (wl > 4 && memcmp(w + wl - 2, "ed", 2) == 0) {
            mention g = np_before(x, lo, p - 2);
            if (g.kind == 2 && in(x, g.e - 1, SAYWHO_GROUPS)) {
                g.ce = r.ce > r.e ? r.ce : r.e;
                return g;
            }
        }
    }
    if (!next_to && p > lo + 1 && (is(x, p - 1, "to") || is(x, p - 1, "by"))) {
        size_t q = p - 1;
        if (is(x, q, "by") && q > lo && in(x, q - 1, SAYWHO_PARTICIPLES)) q--;
        mention d = np_before(x, lo, q);
        if (d.kind == 2 && in(x, d.e - 1, SAYWHO_DOC_WORDS)) {
            d.ce = r.ce > r.e ? r.ce : r.e;
            return d;
        }
        return r;
    }
    /* "residents of Adankolo and Ganaja": places joined by "and" */
    if (p > lo + 2 && p == r.b && is(x, p - 1, "and") && saywho__name_token(x, p - 2, 0) &&
        !in(x, p - 2, SAYWHO_FUNCTION)) {
        p = run_start(x, lo, p - 1);
        /* "subscribers in Accra, Kumasi and Tamale": a list */
        for (int k = 0; k < 6 && p > lo + 2 && is_punct(x, p - 1, ',') &&
                        saywho__name_token(x, p - 2, 0) && !in(x, p - 2, SAYWHO_FUNCTION);
             k++)
            p = run_start(x, lo, p - 1);
    }
    /* "Helen Strachan of the broker Brodie Lyle" */
    if (p > lo + 2 && p < r.b && in(x, p - 1, DETERMINERS) && saywho__is_prep(x, p - 2)) p--;
    if (p <= lo + 1 || (!saywho__is_prep(x, p - 1) && !next_to)) return r;
    size_t q = next_to ? p - 2 : p - 1;
    if (q > lo && in(x, q - 1, SAYWHO_MODIFIERS)) q--;
    if (q > lo && saywho__name_token(x, q - 1, 0) && !in(x, q - 1, SAYWHO_FUNCTION) &&
        !in(x, q - 1, SAYWHO_GROUPS) && !is_possessive(x, q - 1) &&
        (is(x, p - 1, "of") || is(x, p - 1, "at") || is(x, p - 1, "from"))) {
        mention person = saywho__run_mention(x, lo, run_start(x, lo, q), q);
        if (person.kind == 1) return person;
    }
    mention g = np_before(x, lo, q);
    if (!g.kind && q > lo && saywho__name_token(x, q - 1, 0) && !in(x, q - 1, SAYWHO_FUNCTION))
        g = saywho__run_mention(x, lo, run_start(x, lo, q), q); /* "the Federal Medical Centre" */
    /* "the Marine Information and Research Centre": the whole name, not its last words */
    if (g.kind == 2 && is_upper(x, g.b) && g.e == q) {
        size_t rs = run_start(x, lo, q);
        if (rs < g.b) {
            g.b = g.nb = rs > lo && is(x, rs - 1, "the") ? rs - 1 : rs;
            if (g.ce && g.ce < g.e) g.ce = 0;
        }
    }
    /* "deputy mayor for transport Nino Kapanadze": a bare title before a person's name */
    if (g.kind == 2 && r.kind == 1 && in(x, g.e - 1, TITLES) && !in(x, g.b, DETERMINERS) &&
        !is_possessive(x, g.b))
        return r;
    /* "the provincial government of North Holland", "the health ministry of Peru": the body
     * of a place */
    if (g.kind == 2 && r.kind == 1 && is(x, p - 1, "of") && p == r.b && g.e == q &&
        in(x, g.e - 1, SAYWHO_ORG_WORDS) && !in(x, g.e - 1, SAYWHO_GROUPS) &&
        in(x, g.b, DETERMINERS) && !is_upper(x, g.e - 1) &&
        !(is(x, g.e - 1, "village") || is(x, g.e - 1, "town") || is(x, g.e - 1, "city") ||
          is(x, g.e - 1, "region") || is(x, g.e - 1, "province") || is(x, g.e - 1, "district") ||
          is(x, g.e - 1, "county") || is(x, g.e - 1, "state") || is(x, g.e - 1, "island") ||
          is(x, g.e - 1, "port") || is(x, g.e - 1, "coast") || is(x, g.e - 1, "valley"))) {
        g.e = g.ne = r.e;
        g.ce = 0;
        return g;
    }
    /* "the East African Community secretariat in Arusha": the body, not its seat */
    if (g.kind == 2 && in(x, g.e - 1, SAYWHO_ORG_WORDS) && !in(x, g.e - 1, SAYWHO_GROUPS) &&
        (is(x, p - 1, "in") || is(x, p - 1, "at") || is(x, p - 1, "on"))) {
        /* "a doctor at the Federal Medical Centre in Lokoja": the group before the body */
        mention h = g.b > lo + 1 ? speaker_of_pp(x, lo, g) : g;
        if (h.kind == 2 && h.b < g.b && h.ce >= g.e) {
            h.ce = r.ce > r.e ? r.ce : r.e;
            return h;
        }
        return g;
    }
    /* "analysts at X", "a doctor at the Federal Medical Centre in Lokoja": the group or the
     * unnamed person, named by the whole phrase */
    if (g.kind == 2 && (in(x, g.e - 1, SAYWHO_GROUPS) || in(x, g.e - 1, SAYWHO_DOC_WORDS) ||
                        (in(x, g.e - 1, TITLES) && (is(x, g.b, "a") || is(x, g.b, "an"))))) {
        g.ce = r.ce > r.e ? r.ce : r.e;
        return g;
    }
    return r;
}

/* A mention that ends right before token e (exclusive), not reaching before token lo. */

static size_t skip_time(const ex *x, size_t t, size_t hi);

/* "A senior officer who helped draw up the plan said": the subject before a relative clause with
 * no commas; 0 when [lo, e) is no such thing. */
static mention subject_before_who(const ex *x, size_t lo, size_t e) {
    mention none = {0};
    for (size_t w = e; w-- > lo + 1 && w + 16 > e;) {
        /* a cue right after "who" is the relative clause's own verb: "who asked not to be
         * named", "who spoke on condition of anonymity" */
        if (is_punct(x, w, ',') || x->quoted[w] || (cue_at(x, w) && !is(x, w - 1, "who")))
            return none;
        /* "Drivers waiting at the post said", "several residents sleeping in a gym said" */
        size_t wl;
        const char *wf = fold(x, w, &wl);
        if (wl > 4 && memcmp(wf + wl - 3, "ing", 3) == 0 && in(x, w - 1, SAYWHO_GROUPS) &&
            !in(x, w - 1, TITLES)) {
            mention r = np_before(x, lo, w);
            if (r.kind == 2 && r.b <= lo + 1 && r.e == w) {
                r.ce = e;
                return r;
            }
            return none;
        }
        /* "A letter sent to residents by the directorate said", "A joint statement released
         * after two days of talks in Dushanbe said": the document before its participle */
        if (in(x, w, SAYWHO_PARTICIPLES) && w > lo && in(x, w - 1, SAYWHO_DOC_WORDS)) {
            mention r = np_before(x, lo, w);
            if (r.kind == 2 && r.b <= lo + 1) {
                size_t t = skip_time(x, w + 1, e);
                /* it names the document when the phrase says who, to whom or where, or its
                 * date: "A memorandum dated July 10 warned" */
                if (is(x, w, "dated") && t < e) r.ce = e;
                if (t < e && !is(x, w, "dated") &&
                    (is(x, t, "by") || is(x, t, "to") || is(x, t, "at") || is(x, t, "on") ||
                     is(x, t, "in")) &&
                    skip_time(x, t, e) == t) {
                    r.ce = e;
                    /* not its time ("… in January"), nor "and seen by Wire" */
                    for (size_t u = t + 1; u < e; u++)
                        if (skip_time(x, u, e) == e ||
                            (is(x, u, "and") && u + 1 < e && in(x, u + 1, SAYWHO_PARTICIPLES))) {
                            r.ce = u;
                            break;
                        }
                }
                return r;
            }
        }
        /* "A fund manager at a Porto Alegre firm that holds the shares said" */
        int that = is(x, w, "that") && w >= lo + 2 && is_word(x, w - 1) && !is_upper(x, w - 1) &&
                   !in(x, w - 1, SAYWHO_STOP) && !in(x, w - 1, SAYWHO_FUNCTION) && w + 1 < e &&
                   is_word(x, w + 1) && !in(x, w + 1, DETERMINERS);
        if (!is(x, w, "who") && !that) continue;
        /* "A worker who gave his name only as Ramazan said": the name is his */
        for (size_t t = w + 1; t < e; t++)
            if ((is(x, t, "name") || is(x, t, "named") || is(x, t, "identified")) &&
                ((t + 1 < e && is(x, t + 1, "as")) || (t + 2 < e && is(x, t + 2, "as"))))
                return none;
        mention r = saywho__mention_before(x, lo, w);
        /* "Markku Heikkilä, a psychiatrist in Tampere who …": an appositive of the name */
        if (r.kind == 2 && r.b >= 2 && is_punct(x, r.b - 1, ',') &&
            saywho__name_token(x, r.b - 2, 0))
            return none;
        /* "The association that represents Serbia’s referees urged": the body and its clause */
        if (r.kind == 2 && that && r.b <= lo + 1 && in(x, r.e - 1, SAYWHO_ORG_WORDS) &&
            in(x, r.b, DETERMINERS)) {
            r.ce = e;
            return r;
        }
        if ((r.kind == 1 ||
             (r.kind == 2 && (in(x, r.e - 1, SAYWHO_GROUPS) || in(x, r.e - 1, TITLES) ||
                              ((is(x, r.b, "a") || is(x, r.b, "an")) && is_word(x, r.e - 1) &&
                               !is_upper(x, r.e - 1))))) &&
            r.b <= lo + 1) {
            /* a group is named by its whole description: "several tenants who watched the
             * vote from the gallery" */
            if (r.kind == 2 && ((in(x, r.e - 1, SAYWHO_GROUPS) && !in(x, r.e - 1, TITLES) &&
                                 !is(x, r.b, "a") && !is(x, r.b, "an")) ||
                                saywho__unnamed_person(x, r))) {
                r.ce = e; /* "… who bought shares in the offer and asked not to be named" */
                for (size_t t = w + 1; t < e; t++)
                    if ((is(x, t, "and") || is(x, t, "but")) && (t + 1 == e || cue_at(x, t + 1))) {
                        r.ce = t;
                        break;
                    }
            }
            return r;
        }
        return none;
    }
    return none;
}

/* "Nurses at two village clinics near Medirigiriya complained", "Hotel owners along the shore
 * said", "A forecaster at the state weather service noted": a group or an unnamed person that
 * opens the clause, described by the prepositional phrases after it, up to the verb. */
static mention described_subject(const ex *x, size_t lo, size_t e) {
    static const char *const PREPS[] = {
        "at",     "in",      "near",    "along",    "around", "from",       "of",    "for", "with",
        "on",     "across",  "outside", "inside",   "behind", "beside",     "close", "who", "that",
        "living", "working", "based",   "employed", "hired",  "contracted", NULL};
    mention none = {0};
    if (e <= lo + 2 || e > lo + 24) return none;
    for (size_t t = lo; t < e; t++)
        if (!is_word(x, t) && x->t[t].kind != SAYWHO_TOK_NUMBER && !is_possessive(x, t) &&
            !is_punct(x, t, '.'))
            return none; /* commas, quotes, dashes: no plain noun phrase */
    size_t h = lo;
    if (in(x, h, DETERMINERS) || x->t[h].kind == SAYWHO_TOK_NUMBER || is(x, h, "several") ||
        is(x, h, "some") || is(x, h, "many") || is(x, h, "dozens") || is(x, h, "hundreds"))
        h++;
    /* the head: a group or a role among the first words */
    while (h < e && h < lo + 4 && !in(x, h, SAYWHO_GROUPS) && !in(x, h, TITLES) && is_word(x, h) &&
           !in(x, h, PREPS) && !in(x, h, SAYWHO_STOP) && !cue_at(x, h))
        h++;
    if (h >= e || h + 1 >= e || !(in(x, h, SAYWHO_GROUPS) || in(x, h, TITLES)) ||
        in(x, h, SAYWHO_ORG_WORDS) || is_upper(x, h + 1) || !in(x, h + 1, PREPS))
        return none;
    /* a singular role needs "a" or "an": "A forecaster at…", not "Minister at…" */
    if (!in(x, h, SAYWHO_GROUPS) && !(is(x, lo, "a") || is(x, lo, "an"))) return none;
    int rel = 0;
    for (size_t t = h + 1; t < e; t++) {
        if (cue_at(x, t) || (in(x, t, SAYWHO_STOP) && !is(x, t, "who") && !is(x, t, "that")) ||
            is(x, t, "but"))
            return none;
        if (is(x, t, "who") || is(x, t, "that")) rel = 1;
        /* "who gave his name only as Ramazan": the name is his */
        if ((is(x, t, "name") || is(x, t, "named") || is(x, t, "identified")) && t + 2 < e &&
            (is(x, t + 1, "as") || is(x, t + 2, "as")))
            return none;
        /* a verb of its own outside a relative clause ("a spokesman for the regulator declined
         * to…"); "licensed by the city" describes */
        size_t wl;
        const char *w = fold(x, t, &wl);
        if (!rel && wl > 4 && memcmp(w + wl - 2, "ed", 2) == 0 &&
            !(t + 1 < e && is(x, t + 1, "by")))
            return none;
    }
    mention r = {0};
    r.b = r.nb = lo;
    r.e = r.ne = h + 1;
    r.ce = e;
    for (size_t u = h + 2; u < e; u++) /* "farmers at a meeting in X on Saturday" */
        if (skip_time(x, u, e) == e) {
            r.ce = u;
            break;
        }
    r.kind = 2;
    return r;
}

mention saywho__mention_before(const ex *x, size_t lo, size_t e) {
    mention m = {0};
    {
        mention r = subject_before_who(x, lo, e);
        if (r.kind) return r;
    }
    if (lo == 0 || x->d->sents[sentence_of(x, lo)].tok_begin == lo || is_punct(x, lo - 1, ',')) {
        mention r = described_subject(x, lo, e);
        if (r.kind) return r;
    }
    /* adverbs and auxiliaries between subject and verb: "Okafor also said", "it has said" */
    while (e > lo &&
           (is(x, e - 1, "also") || is(x, e - 1, "later") || is(x, e - 1, "again") ||
            is(x, e - 1, "then") || is(x, e - 1, "previously") || is(x, e - 1, "had") ||
            is(x, e - 1, "has") || is(x, e - 1, "have") || is(x, e - 1, "separately") ||
            is(x, e - 1, "repeatedly") || is(x, e - 1, "publicly") || is(x, e - 1, "privately") ||
            is(x, e - 1, "firmly") || is(x, e - 1, "openly") || is(x, e - 1, "would") ||
            is(x, e - 1, "will") || is(x, e - 1, "earlier") || is(x, e - 1, "once") ||
            is(x, e - 1, "however") || is(x, e - 1, "only") || is(x, e - 1, "last") ||
            is(x, e - 1, "quickly") || is(x, e - 1, "jointly") || is(x, e - 1, "himself") ||
            is(x, e - 1, "herself") || is(x, e - 1, "itself") || is(x, e - 1, "themselves")))
        e--;
    /* "researchers warned last month", "the bank said earlier this year" (before the cue) */
    if (e > lo + 1 &&
        (is(x, e - 1, "week") || is(x, e - 1, "month") || is(x, e - 1, "year") ||
         is(x, e - 1, "weekend")) &&
        (is(x, e - 2, "last") || is(x, e - 2, "this") || is(x, e - 2, "next")))
        e -= 2;
    while (e > lo && (is(x, e - 1, "also") || is(x, e - 1, "earlier") || is(x, e - 1, "later")))
        e--;
    /* "Okafor on Tuesday said", "the ministry, in a statement, said" */
    if (e > lo + 1 && (is(x, e - 2, "on") || is(x, e - 2, "late") || is(x, e - 2, "early")) &&
        is_upper(x, e - 1) && in(x, e - 1, SAYWHO_FUNCTION))
        e -= 2;
    if (e <= lo) return m;
    if (is_punct(x, e - 1, ',')) {
        /* appositives: "Adaeze Okafor, Nigeria’s minister, said" and
         * "Nigeria’s minister, Adaeze Okafor, said" and "X, who …, said" */
        size_t c2 = e - 1, c1 = c2;
        while (c1 > lo && !is_punct(x, c1 - 1, ',') && !is_dash(x, c1 - 1) &&
               !(is_open(x, c1 - 1) && x->owner[c1] >= 0) &&
               !(is_close(x, c1 - 1) && c1 >= 2 && x->owner[c1 - 2] >= 0))
            c1--;
        if (c1 <= lo || !is_punct(x, c1 - 1, ',')) return m;
        int all_name = c2 > c1 && is_upper(x, c1) && !in(x, c1, SAYWHO_FUNCTION);
        for (size_t i = c1; i < c2 && all_name; i++)
            if (!saywho__name_token(x, i, i > c1)) all_name = 0;
        if (all_name) {
            mention r = saywho__run_mention(x, lo, c1, c2);
            /* the appositive before it says who the person is */
            r.b = c1;
            if (r.kind == 1 && c1 >= lo + 2) {
                for (size_t i = c1 - 2; i + 4 > c1 && i > lo; i--)
                    if (!r.gender) r.gender = gender_word(x, i);
            }
            return r;
        }
        /* "Marcus Tjandra, head of research at the council, a consumer group, said": a name
         * before two appositives */
        if (is_word(x, c1) && (!is_upper(x, c1) || in(x, c1, DETERMINERS))) {
            size_t d2 = c1 - 1, d1 = d2;
            while (d1 > lo && !is_punct(x, d1 - 1, ',') && !is_open(x, d1 - 1) &&
                   !is_close(x, d1 - 1) && !is_dash(x, d1 - 1))
                d1--;
            size_t n1 = d1;
            if (d1 > lo && is_punct(x, d1 - 1, ',')) {
                n1 = d1 - 1;
                while (n1 > lo && saywho__name_token(x, n1 - 1, 1))
                    n1--;
            }
            int apposition = d2 > d1 && is_word(x, d1) &&
                             (!is_upper(x, d1) || in(x, d1, DETERMINERS) || is_possessive(x, d1));
            if (apposition && n1 < d1 && (n1 == lo || is_punct(x, n1 - 1, ',')) && d1 > lo &&
                is_punct(x, d1 - 1, ',') && is_upper(x, n1) && !in(x, n1, SAYWHO_FUNCTION)) {
                mention r = saywho__run_mention(x, lo, n1, d1 - 1);
                if (r.kind == 1) return r;
            }
        }
        /* "Uruguay’s largest dairy exporter, the cooperative Lácteos del Litoral, warned": a
         * name after a descriptor in the appositive next to the cue */
        if (c2 > c1 + 1 && saywho__name_token(x, c2 - 1, 0) && !is(x, c1, "who") &&
            !is(x, c1, "whose") && !is(x, c1, "which")) {
            size_t rb = run_start(x, c1, c2);
            int plain = 1; /* no preposition: "an analyst at a brokerage X" names X's employee */
            for (size_t i = c1; i < rb; i++)
                if (saywho__is_prep(x, i) || !is_word(x, i)) plain = 0;
            /* "marine ecologist Laia Ferrer": any lower-case words before a full name */
            if (plain && rb > c1 && rb < c2 && is_word(x, rb - 1) && !is_upper(x, rb - 1) &&
                (in(x, rb - 1, SAYWHO_ORG_DESCRIPTORS) || saywho__title_at(x, rb - 1) ||
                 (c2 - rb >= 2 && !run_is_org(x, rb, c2))))
                return saywho__run_mention(x, c1, rb, c2);
        }
        /* "The company’s statement, released before markets opened in Toronto, where its
         * shares are listed, said": the subject opens the sentence, clauses follow it */
        if (is_word(x, c1) && !is_upper(x, c1)) {
            size_t f = lo;
            while (f < c1 - 1 && !is_punct(x, f, ','))
                f++;
            if (f < c1 - 1 && f > lo) {
                mention h = saywho__mention_before(x, lo, f);
                size_t hb = h.b > lo && in(x, h.b - 1, DETERMINERS) ? h.b - 1 : h.b;
                if ((h.kind == 1 || h.kind == 2) && hb <= lo + 1 && is_word(x, f + 1) &&
                    !is_upper(x, f + 1) && !in(x, f + 1, DETERMINERS))
                    return h;
            }
        }
        /* "Pennine Reclaim, a company in Bradford, England, that sends…, said": a name that
         * opens the clause, then an appositive of several commas */
        if (saywho__name_token(x, lo, 0) && !in(x, lo, SAYWHO_FUNCTION)) {
            size_t r = saywho__run_end(x, lo, e);
            if (r > lo && r + 2 < c1 && is_punct(x, r, ',') &&
                (is(x, r + 1, "a") || is(x, r + 1, "an") || is(x, r + 1, "the")) && c2 < r + 40) {
                int clean = 1;
                for (size_t t = r + 1; t < c2 && clean; t++)
                    if (x->quoted[t] || cue_at(x, t) || is_open(x, t)) clean = 0;
                mention nm = saywho__run_mention(x, lo, lo, r);
                if (clean && (nm.kind == 1 || nm.kind == 2)) return nm;
            }
        }
        /* "Carlo Ferrante, 54, who runs the mill, told": the age is no part of the name */
        size_t ne = c1 - 1;
        if (ne >= lo + 3 && x->t[ne - 1].kind == SAYWHO_TOK_NUMBER && is_punct(x, ne - 2, ','))
            ne -= 2;
        mention r = saywho__mention_before(x, lo, ne);
        if (r.kind == 1 && !r.gender) r.gender = appositive_gender(x, c1, c2);
        return r;
    }
    if (in(x, e - 1, PRONOUNS)) {
        m.b = m.nb = e - 1;
        m.e = m.ne = e;
        m.kind = 3;
        return m;
    }
    if (saywho__name_token(x, e - 1, 0) && !in(x, e - 1, SAYWHO_FUNCTION)) {
        size_t b = run_start(x, lo, e);
        if (b >= e) return m;
        mention r = saywho__run_mention(x, lo, b, e);
        /* "Justice Marguerite Okonkwo-Leblanc of the Ontario Superior Court of Justice": a
         * person named before "of" an organisation */
        for (size_t i = b + 1; r.kind == 2 && i + 1 < e; i++) {
            if (!is(x, i, "of")) continue;
            mention pm = {.b = b, .e = i};
            name_proper(x, &pm);
            if (pm.ne - pm.nb >= 2 && !run_is_org(x, pm.nb, pm.ne) && !in(x, b, DETERMINERS) &&
                !is_possessive(x, i - 1)) {
                pm.kind = 1;
                return pm;
            }
            break;
        }
        return speaker_of_pp(x, lo, r);
    }
    m = np_before(x, lo, e);
    return m.ce > m.e ? m : joined_groups(x, lo, speaker_of_pp(x, lo, m));
}

/* A mention that starts at token b: "said Okafor", "said the ministry", "said a spokesman". */
/* Past a time phrase at t ("on Tuesday", "last year", "on Feb. 27", "earlier this month"):
 * where it ends, or t when there is none. */
static size_t skip_time(const ex *x, size_t t, size_t hi) {
    static const char *const WHEN[] = {
        "monday",  "tuesday",   "wednesday", "thursday", "friday",   "saturday", "sunday",
        "january", "february",  "march",     "april",    "may",      "june",     "july",
        "august",  "september", "october",   "november", "december", "jan",      "feb",
        "mar",     "apr",       "jun",       "jul",      "aug",      "sept",     "sep",
        "oct",     "nov",       "dec",       NULL};
    static const char *const SPAN[] = {"week",   "month",  "year",   "weekend", "spring",
                                       "summer", "autumn", "winter", NULL};
    size_t k = t;
    while (k < hi) {
        if (is(x, k, "yesterday") || is(x, k, "today") || is(x, k, "earlier") ||
            is(x, k, "overnight")) {
            k++;
        } else if ((is(x, k, "last") || is(x, k, "this") || is(x, k, "next")) && k + 1 < hi &&
                   (in(x, k + 1, SPAN) || in(x, k + 1, WHEN))) {
            k += 2;
        } else if ((is(x, k, "on") || is(x, k, "in")) && k + 1 < hi &&
                   (in(x, k + 1, WHEN) || x->t[k + 1].kind == SAYWHO_TOK_NUMBER)) {
            k += 2;
            while (k < hi &&
                   (is_punct(x, k, '.') || x->t[k].kind == SAYWHO_TOK_NUMBER ||
                    is(x, k, "morning") || is(x, k, "afternoon") || is(x, k, "evening") ||
                    is(x, k, "night")) &&
                   !(x->t[k].flags & SAYWHO_TOKEN_TERMINAL))
                k++;
        } else {
            break;
        }
    }
    return k;
}

mention saywho__mention_after(const ex *x, size_t b, size_t hi) {
    mention m = {0};
    if (b >= hi || x->quoted[b]) return m;
    /* lower-case titles before a name: "architect Tamar Gogoladze", "the council's director,
     * Sebastian Kowalczyk", "deputy mayor for transport Nino Kapanadze" */
    {
        size_t k = b;
        while (k < hi && k < b + 7 && is_word(x, k) && !is_upper(x, k) &&
               (!saywho__is_prep(x, k) || is(x, k, "for") || is(x, k, "of")) &&
               (saywho__title_at(x, k) || in(x, k, SAYWHO_DEPTS) || in(x, k, SAYWHO_GROUPS) ||
                in(x, k, DETERMINERS) || is_possessive(x, k) || is(x, k, "for") || is(x, k, "of") ||
                !in(x, k, SAYWHO_STOP)))
            k++;
        int titled = 0;
        for (size_t i = b; i < k; i++)
            titled |= in(x, i, TITLES) || in(x, i, SAYWHO_GROUPS);
        /* "added the microbiologist, Lúcia Andrade.": a role in any words, then the name */
        if (k > b + 1 && !titled && is(x, b, "the") && is_punct(x, k, ',') &&
            saywho__name_token(x, k + 1, 0) && !in(x, k + 1, SAYWHO_FUNCTION)) {
            size_t e = saywho__run_end(x, k + 1, hi);
            if (e >= hi || is_punct(x, e, ',') || (x->t[e].flags & SAYWHO_TOKEN_TERMINAL)) {
                mention r = saywho__run_mention(x, k + 1, k + 1, e);
                if (r.kind == 1) return r;
            }
        }
        if (k > b && titled && is_punct(x, k, ',') && saywho__name_token(x, k + 1, 0)) k++;
        /* (not "a reporter for a Kathmandu daily": a name after "a" names no person, nor one
         * after a preposition that goes on as an adjective: "for Swiss public television") */
        size_t ke = k < hi && saywho__name_token(x, k, 0) ? saywho__run_end(x, k, hi) : k;
        int adjective = k > b && saywho__is_prep(x, k - 1) && ke < hi && is_word(x, ke) &&
                        !is_upper(x, ke) && !in(x, ke, SAYWHO_FUNCTION) && !cue_at(x, ke);
        if (k > b && titled && k < hi && saywho__name_token(x, k, 0) &&
            !in(x, k, SAYWHO_FUNCTION) && !is(x, k - 1, "a") && !is(x, k - 1, "an") && !adjective) {
            size_t e = saywho__run_end(x, k, hi);
            mention r = saywho__run_mention(x, k, k, e);
            if (r.kind == 1) {
                for (size_t i = b; i < k && !r.gender; i++)
                    r.gender = gender_word(x, i);
                return r;
            }
        }
    }
    if (in(x, b, PRONOUNS)) {
        m.b = m.nb = b;
        m.e = m.ne = b + 1;
        m.kind = 3;
        return m;
    }
    size_t s = b;
    int det = in(x, s, DETERMINERS);
    if (det) s++;
    if (saywho__name_token(x, s, 0) && !in(x, s, SAYWHO_FUNCTION)) {
        size_t e = saywho__run_end(x, s, hi);
        /* "EU trade commissioner Henrik Lindqvist": a run, titles, then the name */
        {
            size_t k = e;
            int titled = 0;
            while (k < hi && k < e + 4 && is_word(x, k) && !is_upper(x, k) &&
                   saywho__title_at(x, k))
                titled = 1, k++;
            /* "Osaka machine-tool maker Hayashida Seiki": a place, a descriptor, the name */
            if (!titled) {
                size_t d = e;
                while (d < hi && d < e + 3 && is_word(x, d) && !is_upper(x, d) &&
                       !in(x, d, SAYWHO_STOP) && !in(x, d, SAYWHO_FUNCTION) &&
                       !saywho__is_prep(x, d) && !in(x, d, SAYWHO_ORG_DESCRIPTORS))
                    d++;
                if (d < hi && in(x, d, SAYWHO_ORG_DESCRIPTORS) && saywho__name_token(x, d + 1, 0) &&
                    !in(x, d + 1, SAYWHO_FUNCTION)) {
                    mention r = saywho__run_mention(x, d + 1, d + 1, saywho__run_end(x, d + 1, hi));
                    r.kind = 2;
                    return r;
                }
            }
            if (titled && saywho__name_token(x, k, 0) && !in(x, k, SAYWHO_FUNCTION)) {
                mention r = saywho__run_mention(x, k, k, saywho__run_end(x, k, hi));
                if (r.kind == 1) return r;
            }
        }
        /* "Fiji’s climate change ministry", "the Philippine foreign ministry’s readout" */
        if (e < hi && (is_possessive(x, e - 1) || !run_is_org(x, s, e))) {
            size_t k = e;
            while (k < hi && k < e + 5 && is_word(x, k) && !is_upper(x, k) &&
                   !in(x, k, SAYWHO_STOP) && !in(x, k, SAYWHO_FUNCTION) && !cue_at(x, k))
                k++;
            if (k > e && (in(x, k - 1, SAYWHO_ORG_WORDS) || in(x, k - 1, SAYWHO_DOC_WORDS) ||
                          in(x, k - 1, SAYWHO_GROUPS) || in(x, k - 1, SAYWHO_ORG_DESCRIPTORS))) {
                m.b = m.nb = det ? b : s;
                m.e = m.ne = k;
                m.kind = 2;
                return m;
            }
        }
        if (det || is_possessive(x, e - 1)) {
            m.b = m.nb = b;
            m.e = m.ne = e;
            m.kind = 2;
            return m;
        }
        return saywho__run_mention(x, b, s, e);
    }
    if (!is_word(x, s)) return m;
    size_t e = s;
    while (e < hi && is_word(x, e) && !in(x, e, SAYWHO_STOP) && !in(x, e, SAYWHO_FUNCTION) &&
           !cue_at(x, e) && e - s < 4 && !x->quoted[e]) {
        /* "the supermarket chain FreshWay": the name after a descriptor */
        if (e > s && is_upper(x, e) && in(x, e - 1, SAYWHO_ORG_DESCRIPTORS)) {
            m.b = m.nb = e;
            m.e = m.ne = saywho__run_end(x, e, hi);
            m.kind = 2;
            return m;
        }
        /* "a person briefed on the talks", "two people familiar with the matter": the group
         * is named by its whole description */
        if (e > s && in(x, e, SAYWHO_MODIFIERS) && in(x, e - 1, SAYWHO_GROUPS) && e + 2 < hi &&
            saywho__is_prep(x, e + 1)) {
            mention r = saywho__mention_after(x, e + 2, hi);
            if (r.kind == 1 || r.kind == 2) {
                m.b = m.nb = b;
                m.e = m.ne = e;
                m.ce = r.ce > r.e ? r.ce : r.e;
                m.kind = 2;
                return m;
            }
        }
        /* "a fishmonger stood up": a verb ends the description */
        if (e > s && !in(x, e, TITLES) && !in(x, e, SAYWHO_GROUPS)) {
            static const char *const PAST[] = {
                "stood", "rose",  "got",   "came",  "went",    "took",   "gave",   "made",
                "sat",   "spoke", "left",  "began", "kept",    "held",   "ran",    "brought",
                "put",   "sent",  "wrote", "stuck", "stepped", "walked", "turned", "pointed",
                "shook", "held",  "broke", "fell",  "drew",    "threw",  "caught", NULL};
            if (in(x, e, PAST)) break;
        }
        /* "a joint readout issued after the talks": the document ends before its participle */
        if (e > s && in(x, e - 1, SAYWHO_DOC_WORDS) && in(x, e, SAYWHO_PARTICIPLES)) break;
        /* "the consultation [published by the city]": a participle's phrase is no part */
        if (e > s && in(x, e, SAYWHO_PARTICIPLES) && e + 1 < hi &&
            (is(x, e + 1, "by") || is(x, e + 1, "in") || is(x, e + 1, "to") || is(x, e + 1, "at") ||
             is(x, e + 1, "on")))
            break;
        e++;
    }
    /* "the cardiologist gave a short answer": a word before an object's determiner is the verb */
    if (e >= s + 2 && e < hi && (is(x, e, "a") || is(x, e, "an") || is(x, e, "the")) &&
        !in(x, e - 1, SAYWHO_GROUPS) && !in(x, e - 1, SAYWHO_ORG_WORDS) &&
        !in(x, e - 1, SAYWHO_DOC_WORDS) && !in(x, e - 1, TITLES))
        e--;
    if (e == s) return m;
    if (!det && !in(x, e - 1, SAYWHO_GROUPS) && !in(x, e - 1, SAYWHO_ORG_WORDS) &&
        !in(x, e - 1, SAYWHO_DOC_WORDS))
        return m;
    /* a document named with its author or subject: "a readout from the Commission", "a summary
     * of the agreement", "a draft text seen by Wire", "an index compiled by a shipbroker" */
    if (in(x, e - 1, SAYWHO_DOC_WORDS)) {
        size_t a =
            is(x, e, "of") || is(x, e, "from") || is(x, e, "by") || is(x, e, "to") ? e + 1 : 0;
        mention r = a ? saywho__mention_after(x, a, hi) : (mention){0};
        if (!r.kind) a = 0; /* "a tally compiled by provincial emergency offices" */
        if (r.kind == 1 || r.kind == 2) {
            size_t re = r.ce > r.e ? r.ce : r.e;
            /* "a statement from the organiser, Rhône Courses": the appositive is no part */
            for (size_t t = a; t < re; t++)
                if (is_punct(x, t, ',')) {
                    re = t;
                    break;
                }
            e = re;
            /* "a summary of the consultation published by the city" */
            if (e < hi && in(x, e, SAYWHO_PARTICIPLES)) a = 0;
        }
        /* "a study published last year by the institute", "a circular sent to exporters on
         * Thursday", "a memorandum dated Feb. 27": who wrote it, to whom, where, or its date
         * describe the document; when it was issued does not */
        if (!a && in(x, e, SAYWHO_PARTICIPLES) && !is(x, e, "following")) {
            size_t t = skip_time(x, e + 1, hi), end = e;
            if (t < hi && (is(x, t, "out") || is(x, t, "up"))) t++; /* "carried out for" */
            if (is(x, e, "dated")) {
                while (t < hi && t < e + 7 &&
                       (!is_punct(x, t, ',') ||
                        (t + 1 < hi && x->t[t + 1].kind == SAYWHO_TOK_NUMBER &&
                         x->t[t + 1].end - x->t[t + 1].start == 4 && t > e + 1 &&
                         x->t[t - 1].kind == SAYWHO_TOK_NUMBER)) &&
                       !x->quoted[t] && !(x->t[t].flags & SAYWHO_TOKEN_TERMINAL) &&
                       (is_word(x, t) || x->t[t].kind == SAYWHO_TOK_NUMBER || is_punct(x, t, '.') ||
                        is_punct(x, t, ',')))
                    end = ++t;
            } else if (t < hi &&
                       (is(x, t, "by") || is(x, t, "to") || is(x, t, "at") || is(x, t, "on") ||
                        is(x, t, "for") || is(x, t, "from") || is(x, t, "in")) &&
                       skip_time(x, t, hi) == t) {
                t++;
                /* to the end of the phrase: not "and signed by…", not "in Winnipeg" after a
                 * body's name */
                while (
                    t < hi && t < e + 16 &&
                    (is_word(x, t) || is_possessive(x, t) || x->t[t].kind == SAYWHO_TOK_NUMBER) &&
                    !x->quoted[t] && !cue_at(x, t) && !is(x, t, "that") && !is(x, t, "and") &&
                    skip_time(x, t, hi) == t &&
                    !(is(x, t, "in") && is_upper(x, t - 1) && t + 1 < hi && is_upper(x, t + 1)))
                    end = ++t;
            }
            if (end > e) {
                m.b = m.nb = b;
                m.e = m.ne = e;
                m.ce = end;
                m.kind = 2;
                return m;
            }
        }
    }
    /* "a spokesman for the ministry", "the head of the union" */
    if ((in(x, e - 1, SAYWHO_GROUPS) || in(x, e - 1, TITLES)) &&
        (is(x, e, "for") || is(x, e, "of") || is(x, e, "at"))) {
        mention r = saywho__mention_after(x, e + 1, hi);
        if (r.kind == 2 || r.kind == 1) e = r.e;
    }
    m.b = m.nb = b;
    m.e = m.ne = e;
    m.kind = 2;
    /* "asked a reporter from a Lyon newspaper": the description names the person */
    if (det && in(x, e - 1, TITLES) && e + 1 < hi && is(x, e, "from")) {
        mention r = saywho__mention_after(x, e + 1, hi);
        if (r.kind == 2 || r.kind == 1) m.ce = r.ce > r.e ? r.ce : r.e;
    }
    /* "said a portfolio manager at a Chilean pension fund that holds 5 percent of it": a
     * restrictive clause to the end of the attribution */
    size_t re = m.ce > m.e ? m.ce : m.e;
    int pp = 0; /* only after a prepositional phrase: "told a reporter that" is a clause */
    for (size_t t = b + 1; t < re && !pp; t++)
        pp = is(x, t, "at") || is(x, t, "with") || is(x, t, "for") || is(x, t, "in");
    if (pp && det && (is(x, b, "a") || is(x, b, "an")) && re + 2 < hi &&
        (is(x, re, "that") || is(x, re, "who")) && is_word(x, re + 1) && !cue_at(x, re + 1)) {
        size_t t = re + 1;
        while (t < hi && t < re + 20 && !is_punct(x, t, ',') && !x->quoted[t] &&
               !(x->t[t].flags & SAYWHO_TOKEN_TERMINAL) && !cue_at(x, t))
            t++;
        if (t >= hi || is_punct(x, t, ',') || (x->t[t].flags & SAYWHO_TOKEN_TERMINAL)) m.ce = t;
    }
    return m;
}

/* ", one of Malaysia’s biggest makers of rubber gloves": an appositive that makes the name
 * before it one of several companies */
static int one_of_bodies(const ex *x, size_t j) {
    static const char *const BODIES[] = {
        "companies",   "firms",        "makers",       "banks",        "lenders",       "insurers",
        "airlines",    "carriers",     "retailers",    "producers",    "manufacturers", "operators",
        "developers",  "suppliers",    "exporters",    "groups",       "chains",        "brands",
        "platforms",   "apps",         "clubs",        "charities",    "publishers",    "utilities",
        "miners",      "refiners",     "shippers",     "builders",     "brewers",       "traders",
        "websites",    "sites",        "marketplaces", "businesses",   "employers",     "startups",
        "wholesalers", "distributors", "contractors",  "hauliers",     "processors",    "exchanges",
        "networks",    "providers",    "services",     "laboratories", "mills",         "factories",
        NULL};
    if (j + 3 >= x->nt || !is_punct(x, j, ',') || !is(x, j + 1, "one") || !is(x, j + 2, "of"))
        return 0;
    for (size_t t = j + 3; t < x->nt && t < j + 10 && !is_punct(x, t, ','); t++)
        if (in(x, t, BODIES)) return 1;
    return 0;
}

/* Heads that name a kind of body in an appositive, besides the company descriptors. */
static const char *const BODY_HEADS[] = {
    "union",   "association", "federation", "confederation", "party",        "alliance",
    "league",  "society",     "foundation", "organisation",  "organization", "movement",
    "network", "syndicate",   "guild",      "institute",     "coalition",    NULL};

/* ", Romania’s second-largest teachers’ union": the head of an appositive that begins with an
 * owner's name and names a kind of body; SIZE_MAX when there is none. */
static size_t owned_body_head(const ex *x, size_t j) {
    if (j + 3 >= x->nt || !is_punct(x, j, ',') || !is_upper(x, j + 1) || !is_possessive(x, j + 1))
        return SIZE_MAX;
    size_t t = j + 2;
    while (t < x->nt && t < j + 8 && is_word(x, t) && !is_upper(x, t) && !saywho__is_prep(x, t) &&
           !in(x, t, SAYWHO_STOP))
        t++;
    if (t == j + 2 || !(t >= x->nt || !is_word(x, t) || saywho__is_prep(x, t) || is(x, t, "that") ||
                        is(x, t, "which")))
        return SIZE_MAX;
    return in(x, t - 1, BODY_HEADS) || in(x, t - 1, SAYWHO_ORG_DESCRIPTORS) ? t - 1 : SIZE_MAX;
}

/* ", the private company that runs the berth", ", a Johannesburg business whose…": an
 * appositive whose head is a kind of company */
static int described_as_body(const ex *x, size_t j) {
    if (owned_body_head(x, j) != SIZE_MAX) return 1;
    if (j + 2 >= x->nt || !is_punct(x, j, ',') ||
        !(is(x, j + 1, "a") || is(x, j + 1, "an") || is(x, j + 1, "the")))
        return 0;
    for (size_t t = j + 2; t < x->nt && t < j + 7; t++) {
        if (!is_word(x, t) || saywho__is_prep(x, t) || in(x, t, SAYWHO_STOP)) return 0;
        if (!is_upper(x, t) && (in(x, t, SAYWHO_ORG_DESCRIPTORS) || is(x, t, "business")))
            return t + 1 >= x->nt || !is_word(x, t + 1) || saywho__is_prep(x, t + 1) ||
                   in(x, t + 1, SAYWHO_STOP) || is(x, t + 1, "based") || is(x, t + 1, "owned") ||
                   is(x, t + 1, "listed") || is(x, t + 1, "founded") || is(x, t + 1, "run");
    }
    return 0;
}

/* "The contractor that carried out the repairs, Halliteko,": a description of a kind of company
 * with a clause of its own, then the name at token i */
static int body_described_before(const ex *x, size_t i) {
    if (i < 4 || !is_punct(x, i - 1, ',')) return 0;
    for (size_t t = i - 2; t > 0 && t + 16 > i; t--) {
        if (!is_word(x, t) || x->quoted[t]) return 0;
        if (!is_upper(x, t) && in(x, t, SAYWHO_ORG_DESCRIPTORS) &&
            (is(x, t + 1, "that") || is(x, t + 1, "which")) &&
            (is(x, t - 1, "the") || is(x, t - 1, "a") || is(x, t - 1, "an") ||
             (t >= 2 && !is_upper(x, t - 1) && (is(x, t - 2, "the") || is(x, t - 2, "a")))))
            return 1;
    }
    return 0;
}

/* Marks names the article shows to be bodies, not people, wherever they stand: "Kizugawa
 * Express, which runs 1,400 trucks", "the carrier, Darling Downs Bulk Handling,". */
typedef struct body_name {
    const char *s;
    size_t n;    /* bytes */
    size_t ntok; /* tokens */
} body_name;

static int cmp_body(const void *pa, const void *pb) {
    const body_name *a = pa, *b = pb;
    if (a->n != b->n) return (a->n > b->n) - (a->n < b->n);
    return memcmp(a->s, b->s, a->n);
}

void saywho__learn_org_names(ex *x) {
    body_name *bodies = NULL;
    size_t nb = 0, cap = 0;
    int lens = 0; /* bit t-1 set: some body has t tokens (1..31) */
    for (size_t i = 0; i < x->nt; i++) {
        if (!saywho__name_token(x, i, 0) || in(x, i, SAYWHO_FUNCTION)) continue;
        size_t j = saywho__run_end(x, i, x->nt);
        if (j <= i) continue;
        int body = (i > 0 && is_word(x, i - 1) && !is_upper(x, i - 1) &&
                    in(x, i - 1, SAYWHO_ORG_DESCRIPTORS)) ||
                   (j + 1 < x->nt && is_punct(x, j, ',') && is(x, j + 1, "which")) ||
                   one_of_bodies(x, j) || described_as_body(x, j) || body_described_before(x, i) ||
                   (i >= 2 && is_punct(x, i - 1, ',') && in(x, i - 2, SAYWHO_ORG_DESCRIPTORS) &&
                    !is_upper(x, i - 2) &&
                    /* not "The website, Marešová said, had been built…" */
                    !(j < x->nt && cue_at(x, j)));
        if (body && !run_is_org(x, i, j) && !given_gender(x, i) && j - i < 32 &&
            !saywho__reserve((void **)&bodies, &cap, nb + 1, sizeof *bodies)) {
            saywho_span sp = tok_span(x, i, j);
            bodies[nb++] = (body_name){x->d->text + sp.start, sp.end - sp.start, j - i};
            lens |= 1 << (j - i - 1);
        }
        i = j - 1;
    }
    if (nb) {
        /* every run of these words is the same body, wherever it stands */
        qsort(bodies, nb, sizeof *bodies, cmp_body);
        for (size_t k = 0; k < x->nt; k++)
            for (size_t t = 1; t < 32; t++) {
                if (!(lens & (1 << (t - 1))) || k + t > x->nt) continue;
                saywho_span kp = tok_span(x, k, k + t);
                body_name key = {x->d->text + kp.start, kp.end - kp.start, t};
                if (bsearch(&key, bodies, nb, sizeof *bodies, cmp_body))
                    memset(x->orgish + k, 1, t);
            }
    }
    free(bodies);
}

/* Nouns a name modifies rather than names a body: "the Ferrante name", "the Kessler family". */
static const char *const MODIFIED[] = {"name",     "family", "case",  "affair", "era",   "scandal",
                                       "takeover", "bid",    "offer", "farm",   "mine",  "project",
                                       "site",     "estate", "line",  "route",  "plant", "factory",
                                       "building", "brand",  "logo",  "deal",   "model", NULL};

/* Records the people and organisations a sentence names, in order, so that short forms and
 * pronouns later resolve to them. Titles next to a person are kept as roles. */
static int demonym(const ex *x, size_t t);

static int ends_with(const ex *x, size_t t, const char *suffix) {
    size_t n, sl = strlen(suffix);
    const char *w = fold(x, t, &n);
    return n > sl && memcmp(w + n - sl, suffix, sl) == 0;
}

void saywho__learn_names(ex *x, size_t b, size_t e) {
    for (size_t i = b; i < e; i++) {
        if (!saywho__name_token(x, i, 0) || in(x, i, SAYWHO_FUNCTION)) continue;
        size_t j = saywho__run_end(x, i, e);
        mention m = saywho__run_mention(x, b, i, j);
        int object = i > b && in(x, i - 1, OBJECT_CUES);
        saywho_span sp = tok_span(x, m.nb, m.ne);
        const char *s = x->d->text + sp.start;
        size_t n = sp.end - sp.start;
        /* a place after a preposition ("in East Africa") or a possessive owner ("Tanjong
         * Ridge’s") is no person */
        int place = i > b &&
                    (is(x, i - 1, "in") || is(x, i - 1, "to") || is(x, i - 1, "from") ||
                     is(x, i - 1, "at") || is(x, i - 1, "across") || is(x, i - 1, "near") ||
                     is(x, i - 1, "into") || is(x, i - 1, "of") || is(x, i - 1, "on") ||
                     is(x, i - 1, "through") || is(x, i - 1, "outside") || is(x, i - 1, "around") ||
                     is(x, i - 1, "between") || is(x, i - 1, "and") || is(x, i - 1, "with"));
        /* ... unless a given name says it is one: "heard from Farhana Moosa" */
        if (place && m.ne - m.nb >= 2 &&
            (given_gender(x, m.nb) || (j + 1 < e && is_punct(x, j, ',') && is(x, j + 1, "who"))))
            place = 0;
        /* "Bristol City Council’s cabinet": the body, without its 's */
        if (is_possessive(x, j - 1) && !place && j - i >= 2 && run_is_org(x, i, j)) {
            size_t cut = possessive_cut(s, n);
            if (cut) note_seen(x, org_entity(x, s, n - cut), i, object);
            i = j - 1;
            continue;
        }
        /* "mostly South Korean and Japanese manufacturers": a name used as an adjective names
         * nobody */
        {
            size_t h = j;
            if (h + 2 < e && is(x, h, "and") && is_upper(x, h + 1) && !is_upper(x, h + 2)) h += 2;
            if (m.kind == 1 && h < e && is_word(x, h) && !is_upper(x, h) &&
                (in(x, h, SAYWHO_GROUPS) || in(x, h, SAYWHO_ORG_DESCRIPTORS)) &&
                !in(x, h, TITLES) && !given_gender(x, i)) {
                i = j > i ? j - 1 : i;
                continue;
            }
        }
        /* "Glenbrae’s operations manager", "Kvitto’s chief executive": a name whose staff have
         * titles is a body's; a person of that name met before, of no known sex, was one */
        if (m.kind == 1 && !place && is_possessive(x, j - 1)) {
            int staff = 0;
            for (size_t t = j; t < e && t < j + 3 && is_word(x, t) && !is_upper(x, t); t++)
                if (in(x, t, TITLES) && !in(x, t, SAYWHO_STOP)) staff = 1;
            int k = staff ? entity_for(x, s, n, 0, 0) : -1;
            if (k >= 0 && !x->ents[k].gender && !given_gender(x, i) && x->ents[k].n_roles == 0)
                x->ents[k].org = 1;
            /* "Havørn’s sporting director": a one-word name never met before, whose staff
             * run it, is a body, so that "the club" finds it */
            static const char *const RUNNERS[] = {
                "chief",     "executive",    "director",     "manager",
                "chairman",  "chairwoman",   "president",    "spokeswoman",
                "spokesman", "spokesperson", "founder",      "owner",
                "coach",     "board",        "shareholders", NULL};
            int runs = 0;
            for (size_t t = j; t < e && t < j + 3 && is_word(x, t) && !is_upper(x, t); t++)
                if (in(x, t, RUNNERS)) runs = 1;
            size_t cut = possessive_cut(s, n);
            if (runs && k < 0 && cut && m.ne - m.nb == 1 && !given_gender(x, i) &&
                entity_for(x, s, n - cut, 0, 0) < 0 && entity_for(x, s, n - cut, 1, 0) < 0)
                note_seen(x, org_entity(x, s, n - cut), i, object);
        }
        if (m.kind == 1 && (place || is_possessive(x, j - 1))) {
            /* "Mensah’s screens came back": a person named before is talked about again */
            if (!place) {
                size_t cut = possessive_cut(s, n);
                int k = cut ? entity_for(x, s, n - cut, 0, 0) : -1;
                if (k >= 0 && !x->ents[k].org) note_seen(x, k, i, object);
            }
            i = j > i ? j - 1 : i;
            continue;
        }
        if (m.kind == 1 && m.ne - m.nb >= 2) {
            int k = entity_for(x, s, n, 0, 1);
            if (k >= 0) {
                if (m.gender && !x->ents[k].gender) x->ents[k].gender = m.gender;
                /* "the paramedic, Karen Doyle,": the noun before the comma is her role */
                if (i >= b + 3 && is_punct(x, i - 1, ',') && is_word(x, i - 2) &&
                    !is_upper(x, i - 2) && !in(x, i - 2, SAYWHO_STOP) &&
                    !in(x, i - 2, SAYWHO_FUNCTION) &&
                    (is(x, i - 3, "the") || is(x, i - 3, "a") || is(x, i - 3, "an") ||
                     (i >= b + 4 &&
                      (is(x, i - 4, "the") || is(x, i - 4, "a") || is_possessive(x, i - 4))))) {
                    size_t fl;
                    const char *f = fold(x, i - 2, &fl);
                    add_role(x, k, f, fl);
                }
                /* titles inside the run and lower-case ones right before it, not across a
                 * verb ("a reporter asked Hilda Moli") */
                size_t t0 = i >= b + 3 ? i - 3 : b;
                for (size_t t = t0; t < i; t++)
                    if (cue_at(x, t)) t0 = t + 1;
                for (size_t t = t0; t < m.nb; t++)
                    if (in(x, t, TITLES)) {
                        size_t fl;
                        const char *f = fold(x, t, &fl);
                        add_role(x, k, f, fl);
                        if (!x->ents[k].gender) x->ents[k].gender = gender_word(x, t);
                    }
                /* a described role before the comma: "The city’s alderwoman for the
                 * environment, Liesbeth Claeys," "The analyst who asked about the revenue, Priya
                 * Nair": the head of the description */
                if (i >= b + 3 && is_punct(x, i - 1, ',')) {
                    size_t d = i - 1;
                    while (d > b && i - d < 12 && !is_punct(x, d - 1, ',') && !x->quoted[d - 1])
                        d--;
                    /* not "A reporter … asked the chief executive, Rui Magalhães," where the
                     * description is another's, before a verb */
                    for (size_t t = d; t + 1 < i && d < i; t++) {
                        if (is(x, t, "who") || is(x, t, "that")) break; /* "who asked about…" */
                        if (cue_at(x, t)) d = i;
                    }
                    if (d < i && (d == b || is_punct(x, d - 1, ','))) {
                        size_t hd = SIZE_MAX;
                        for (size_t t = d; t + 1 < i; t++) {
                            if (saywho__is_prep(x, t) || is(x, t, "who") || is(x, t, "that")) break;
                            if (in(x, t, TITLES) && !is_upper(x, t)) hd = t;
                        }
                        if (hd != SIZE_MAX) {
                            size_t fl;
                            const char *f = fold(x, hd, &fl);
                            add_role(x, k, f, fl);
                            if (!x->ents[k].gender) x->ents[k].gender = gender_word(x, hd);
                        }
                    }
                }
                /* an appositive after it: "Adaeze Okafor, the trade minister," */
                if (is_punct(x, j, ',') && !is(x, j + 1, "who") && !is(x, j + 1, "whose")) {
                    size_t t = j + 1;
                    for (; t < e && t < j + 7 && !is_punct(x, t, ','); t++)
                        if (in(x, t, TITLES)) {
                            size_t fl;
                            const char *f = fold(x, t, &fl);
                            add_role(x, k, f, fl);
                        }
                    /* the head of the appositive, in any words: "Amrit Sandhu, a neurologist at
                     * a public hospital" is later "the neurologist" */
                    if (is(x, j + 1, "a") || is(x, j + 1, "an") || is(x, j + 1, "the")) {
                        size_t h = j + 2;
                        while (h < e && h < j + 6 && is_word(x, h) && !is_upper(x, h) &&
                               !saywho__is_prep(x, h) && !in(x, h, SAYWHO_STOP) &&
                               !in(x, h, SAYWHO_FUNCTION))
                            h++;
                        if (h > j + 2 && !in(x, h - 1, TITLES)) {
                            size_t fl;
                            const char *f = fold(x, h - 1, &fl);
                            add_role(x, k, f, fl);
                        }
                    }
                    if (!x->ents[k].gender) x->ents[k].gender = appositive_gender(x, j + 1, t);
                }
                /* "Gifty Asante, who installs decoders" is later "the installer", "Luminița
                 * Bucur, who leads the union" "the union leader": the verb's stem */
                if (is_punct(x, j, ',') && j + 2 < e && is(x, j + 1, "who") && is_word(x, j + 2) &&
                    !is_upper(x, j + 2) && !in(x, j + 2, SAYWHO_STOP)) {
                    size_t vl;
                    const char *v = fold(x, j + 2, &vl);
                    if (vl >= 4 && vl < 40 && v[vl - 1] == 's' && v[vl - 2] != 's') {
                        size_t sl = vl - 1; /* "teaches", "coaches": the stem without -es */
                        if (sl > 4 && v[sl - 1] == 'e' &&
                            (v[sl - 2] == 'x' || (v[sl - 2] == 'h' && strchr("cs", v[sl - 3]))))
                            sl--;
                        char buf[48];
                        buf[0] = '~';
                        memcpy(buf + 1, v, sl);
                        add_role(x, k, buf, sl + 1);
                    }
                }
                /* "Tamar Kiknadze, who … and is the only sworn Georgian interpreter", "who has
                 * worked as an Arabic interpreter": the role the relative clause gives */
                if (is_punct(x, j, ',') && j + 1 < e && is(x, j + 1, "who")) {
                    for (size_t t = j + 2; t + 2 < e && t < j + 24 && !is_punct(x, t, ',') &&
                                           !is_punct(x, t, '.') && !x->quoted[t];
                         t++) {
                        if (!(is(x, t, "is") || is(x, t, "was") || is(x, t, "as")) ||
                            !(is(x, t + 1, "a") || is(x, t + 1, "an") || is(x, t + 1, "the")))
                            continue;
                        size_t h = t + 2;
                        while (h < e && h < t + 8 && is_word(x, h) && !saywho__is_prep(x, h) &&
                               !is(x, h, "and") && !is(x, h, "who"))
                            h++;
                        if (h > t + 2 && in(x, h - 1, TITLES) && !is_upper(x, h - 1)) {
                            size_t fl;
                            const char *f = fold(x, h - 1, &fl);
                            add_role(x, k, f, fl);
                        }
                        break;
                    }
                }
                note_seen(x, k, i, object);
            }
        } else if ((m.kind == 1 || (m.kind == 2 && m.nb == i)) && x->orgish[i] &&
                   !given_gender(x, i)) {
            /* "Havbro, which maintains the turbines": a body the article showed to be one */
            int k = org_entity(x, s, n);
            size_t h = owned_body_head(x, j);
            if (k >= 0 && h != SIZE_MAX) { /* "the union" for "X, Romania’s teachers’ union" */
                size_t hl;
                const char *hw = fold(x, h, &hl);
                add_role(x, k, hw, hl);
            }
            note_seen(x, k, i, object);
        } else if (m.kind == 1) {
            note_seen(x, entity_for(x, s, n, 0, 0), i, object);
        } else if (m.kind == 2 && m.ne - m.nb == 1 && i > b && !is_upper(x, i - 1) &&
                   in(x, i - 1, SAYWHO_ORG_DESCRIPTORS)) {
            /* "chocolate maker Hoorne": a one-word company after its descriptor */
            note_seen(x, org_entity(x, s, n), i, object);
        } else if (m.kind == 2 && m.ne - m.nb >= 2 && !is(x, m.nb, "a") && !is(x, m.nb, "an") &&
                   /* "Vouno, the Greek yoghurt maker": a nationality that modifies a noun */
                   !(m.ne - m.nb == 2 &&
                     (demonym(x, m.ne - 1) || ends_with(x, m.ne - 1, "-based")) && j < e &&
                     is_word(x, j) && !is_upper(x, j) && !in(x, j, CUES) &&
                     !ends_with(x, j, "ed")) &&
                   !(j < e && is_word(x, j) && !is_upper(x, j) &&
                     (in(x, j, SAYWHO_ORG_DESCRIPTORS) || in(x, j, SAYWHO_ORG_WORDS) ||
                      in(x, j, SAYWHO_DOC_WORDS) || in(x, j, SAYWHO_GROUPS) || in(x, j, TITLES) ||
                      in(x, j, MODIFIED)))) {
            /* (not "the Boxilo app", "the Vuillerens board": the name only modifies a noun) */
            note_seen(x, org_entity(x, s, n), i, object);
        }
        i = j > i ? j - 1 : i;
    }
}

/* Records organisations named by a lower-case head with an owner: "Japan’s industry ministry",
 * "the French health ministry", "the city’s power utility", so that "the ministry" and "it"
 * later resolve to them. */
void saywho__learn_org_phrases(ex *x, size_t b, size_t e) {
    for (size_t i = b; i < e; i++) {
        if (x->quoted[i] || !is_word(x, i) || is_upper(x, i)) continue;
        if (!in(x, i, SAYWHO_ORG_WORDS) && !in(x, i, SAYWHO_DOC_WORDS)) continue;
        if (i + 1 < e && is_word(x, i + 1) && !is_upper(x, i + 1) &&
            (in(x, i + 1, SAYWHO_ORG_WORDS) || in(x, i + 1, SAYWHO_DOC_WORDS)))
            continue; /* the head is further on */
        /* "Vättergrossen’s human resources director": a person's title, no body */
        if (i + 1 < e && is_word(x, i + 1) && !is_upper(x, i + 1) && in(x, i + 1, TITLES) &&
            !in(x, i, SAYWHO_DOC_WORDS))
            continue;
        size_t j = i;
        while (j > b && i - j < 3 && is_word(x, j - 1) && !is_upper(x, j - 1) &&
               !in(x, j - 1, SAYWHO_STOP) && !in(x, j - 1, SAYWHO_FUNCTION) && !cue_at(x, j - 1) &&
               !is_possessive(x, j - 1))
            j--;
        /* "the trade ministry", "the health department": a department named by its field */
        if (j == i - 1 && j > b && is(x, j - 1, "the") && in(x, j, SAYWHO_DEPTS) &&
            (is(x, i, "ministry") || is(x, i, "department") || is(x, i, "office") ||
             is(x, i, "directorate"))) {
            saywho_span sp = tok_span(x, j - 1, i + 1);
            note_seen(x, org_entity(x, x->d->text + sp.start, sp.end - sp.start), j - 1, 0);
            continue;
        }
        /* the owner: a possessive ("Japan’s", "the city’s") or a capitalised word ("French") */
        if (j > b && (is_possessive(x, j - 1) || saywho__name_token(x, j - 1, 0))) {
            size_t o = j - 1;
            if (saywho__name_token(x, o, 0))
                o = run_start(x, b, o + 1);
            else if (o > b && in(x, o - 1, DETERMINERS))
                o--; /* "the city’s" */
            if (o > b && is(x, o - 1, "the")) o--;
            if (in(x, o, SAYWHO_FUNCTION) && !is(x, o, "the")) o++;
            if (o >= i) continue;
            /* "Kilima Print, a Dar es Salaam firm," and "one of Norway’s largest charging
             * networks" describe a body named elsewhere; they name none */
            size_t a0 = o;
            while (a0 > b && o - a0 < 3 && is_word(x, a0 - 1) && !is(x, a0 - 1, "a") &&
                   !is(x, a0 - 1, "an") && (is_upper(x, a0 - 1) || in(x, a0 - 1, SAYWHO_PARTICLES)))
                a0--; /* "a Dar es Salaam firm" */
            if (a0 > b && (is(x, a0 - 1, "a") || is(x, a0 - 1, "an"))) continue;
            if (o > b + 1 && is(x, o - 1, "of") && is(x, o - 2, "one")) continue;
            /* "Fjara, Iceland’s largest hotel group," describes the name before it */
            if (o > b + 1 && is_punct(x, o - 1, ',') && saywho__name_token(x, o - 2, 0)) continue;
            saywho_span sp = tok_span(x, o, i + 1);
            note_seen(x, org_entity(x, x->d->text + sp.start, sp.end - sp.start), o, 0);
        }
    }
}

/* ---- resolution ---- */

/* The most recent entity mentioned before token tok that fits: a person of the given gender
 * (0: any), or an organisation. Objects of cues ("told Lindqvist") come last. */
static int recent(const ex *x, size_t tok, int org, int gender) {
    int best = -1, best_obj = -1;
    size_t bt = 0, bto = 0;
    /* "she" after "a company spokeswoman, Carolina Ruiz, … Valle Verde Agroexport": a person
     * known to be a woman beats a more recent name of unknown gender in the same stretch */
    if (!org && gender) {
        int sure = -1, any = -1;
        size_t st = 0, at = 0;
        for (size_t k = saywho__seen_from(x); k < x->n_seen; k++) {
            const seen *s = &x->seen[k];
            const entity *e = &x->ents[s->ent];
            if (s->tok >= tok || e->org || s->object) continue;
            if (e->gender == gender && (sure < 0 || s->tok >= st)) sure = s->ent, st = s->tok;
            if (!e->gender && (any < 0 || s->tok >= at)) any = s->ent, at = s->tok;
        }
        if (sure >= 0 && (any < 0 || at < st ||
                          x->d->sents[sentence_of(x, st)].paragraph + 1 >=
                              x->d->sents[sentence_of(x, tok)].paragraph))
            return sure;
    }
    for (size_t k = saywho__seen_from(x); k < x->n_seen; k++) {
        const seen *s = &x->seen[k];
        if (s->tok >= tok) continue;
        const entity *e = &x->ents[s->ent];
        if (e->org != org) continue;
        if (gender && e->gender && e->gender != gender) continue;
        if (s->object) {
            if (best_obj < 0 || s->tok >= bto) best_obj = s->ent, bto = s->tok;
        } else if (best < 0 || s->tok >= bt) {
            best = s->ent;
            bt = s->tok;
        }
    }
    return best >= 0 ? best : best_obj;
}

/* Is the last word of the entity's name in list? */
static int head_in(const entity *e, const char *const *list) {
    const char *w = strrchr(e->name, ' ');
    w = w ? w + 1 : e->name;
    char buf[64];
    size_t n = 0;
    for (; w[n] && n < sizeof buf - 1; n++)
        buf[n] = (char)lower_ascii((unsigned char)w[n]);
    buf[n] = '\0';
    return saywho__in_list(buf, n, list);
}

/* A person described, not named: "a reporter from a national television channel", "an
 * official at the ministry" (the word before the first preposition is a role)? */
static int person_description(const entity *e) {
    static const char *const PREPS[] = {"of",   "at", "from", "for",  "in",
                                        "with", "on", "who",  "that", NULL};
    const char *p = e->name, *prev = NULL;
    size_t prev_n = 0;
    char buf[64];
    int first = 1;
    while (*p) {
        const char *q = p;
        while (*q && *q != ' ')
            q++;
        size_t n = (size_t)(q - p);
        if (n < sizeof buf) {
            for (size_t i = 0; i < n; i++)
                buf[i] = (char)lower_ascii((unsigned char)p[i]);
            buf[n] = '\0';
            if (first && !saywho__in_list(buf, n, DETERMINERS)) return 0;
            if (!first && saywho__in_list(buf, n, PREPS)) break;
        }
        first = 0;
        prev = p;
        prev_n = n;
        p = *q ? q + 1 : q;
    }
    if (!prev || prev_n >= sizeof buf) return 0;
    for (size_t i = 0; i < prev_n; i++)
        buf[i] = (char)lower_ascii((unsigned char)prev[i]);
    buf[prev_n] = '\0';
    return saywho__in_list(buf, prev_n, TITLES);
}

/* A document ("the ministry’s decision", "a joint readout")? */
static int doc_entity(const entity *e) {
    return head_in(e, SAYWHO_DOC_WORDS);
}

/* A public body: a ministry, an agency, a court, a regulator? */
/* Does a word of e's name (case-folded) stand in list? */
static int name_has_word(const entity *e, const char *const *list) {
    char buf[64];
    size_t n = 0;
    for (const char *p = e->name;; p++) {
        if (*p == ' ' || !*p) {
            buf[n] = '\0';
            if (n && n < sizeof buf - 1 && saywho__in_list(buf, n, list)) return 1;
            n = 0;
            if (!*p) return 0;
            continue;
        }
        if (n < sizeof buf - 1) buf[n++] = (char)lower_ascii((unsigned char)*p);
    }
}

/* Is body e one that "the company" or "the firm" cannot name: a union, an association, a
 * party, a charity? */
static int not_a_company(const entity *e) {
    static const char *const NOT[] = {
        "union", "association", "federation", "confederation", "alliance", "coalition", "society",
        "church", "movement", "party", "institute", "university", "foundation", "charity",
        "campaign", "syndicate", "guild", "union’s",
        /* places */
        "coast", "river", "lake", "valley", "island", "islands", "bay", "sea", "ocean", "region",
        "province", "district", "county", "state", "city", "town", "village", "street", "road",
        "square", "park", "mountains", "delta", "gulf", "peninsula", NULL};
    return name_has_word(e, NOT);
}

/* "an industrial pigment", "a Dar es Salaam firm": a description, no body named */
static int indefinite(const entity *e) {
    return (e->name[0] == 'a' || e->name[0] == 'A') &&
           (e->name[1] == ' ' || (e->name[1] == 'n' && e->name[2] == ' '));
}

/* A bare short form kept as written ("the company" that named nobody): no antecedent. */
static int bare_short_form(const entity *e) {
    const char *n = e->name;
    if (!((n[0] == 't' || n[0] == 'T') && n[1] == 'h' && n[2] == 'e' && n[3] == ' ')) return 0;
    for (const char *p = n + 4; *p; p++)
        if (*p == ' ' || (*p >= 'A' && *p <= 'Z')) return 0;
    return 1;
}

static int public_entity(const entity *e) {
    static const char *const PUBLIC[] = {
        "ministry",    "agency",     "authority", "commission", "council", "court",
        "department",  "government", "regulator", "office",     "board",   "inspectorate",
        "directorate", "bureau",     "tribunal",  "parliament", "police",  "secretariat",
        "ministry’s",  "agency’s",   "reserve",   NULL};
    return name_has_word(e, PUBLIC);
}

/* A group of people ("reporters", "residents of Alfama" is named by its first word)? */
static int group_entity(const entity *e) {
    char buf[64];
    size_t n = 0;
    for (; e->name[n] && e->name[n] != ' ' && n < sizeof buf - 1; n++)
        buf[n] = (char)lower_ascii((unsigned char)e->name[n]);
    buf[n] = '\0';
    return head_in(e, SAYWHO_GROUPS) || saywho__in_list(buf, n, SAYWHO_GROUPS);
}

/* Demonyms that do not start like their country's name. */
static const char *const DEMONYMS[][2] = {
    {"french", "france"},        {"frenchman", "france"},
    {"frenchwoman", "france"},   {"spaniard", "spain"},
    {"spanish", "spain"},        {"briton", "britain"},
    {"british", "britain"},      {"swiss", "switzerland"},
    {"norwegian", "norway"},     {"filipino", "philippines"},
    {"filipina", "philippines"}, {"dane", "denmark"},
    {"danish", "denmark"},       {"finn", "finland"},
    {"pole", "poland"},          {"polish", "poland"},
    {"irish", "ireland"},        {"irishman", "ireland"},
    {"irishwoman", "ireland"},   {"welsh", "wales"},
    {"welshman", "wales"},       {"dutch", "netherlands"},
    {"dutchman", "netherlands"}, {"dutchwoman", "netherlands"},
    {"belgian", "belgium"},      {"icelander", "iceland"},
    {"cypriot", "cyprus"},       {"maltese", "malta"},
    {"emirati", "emirates"},     {"malagasy", "madagascar"},
    {"kiwi", "zealand"},         {"scot", "scotland"},
    {"turk", "turkey"},          {"greek", "greece"},
    {"peruvian", "peru"},        {"argentine", "argentina"},
    {"swede", "sweden"},         {"czech", "czech"},
    {"slovak", "slovakia"},      {"thai", "thailand"},
    {"kenyan", "kenya"},         {"ugandan", "uganda"},
    {"rwandan", "rwanda"},       {"cuban", "cuba"},
    {"german", "germany"},       {"angolan", "angola"},
    {"libyan", "libya"},         {"afghan", "afghanistan"},
    {"uzbek", "uzbekistan"},     {"kazakh", "kazakhstan"},
    {"serb", "serbia"},          {"croat", "croatia"},
    {"slovene", "slovenia"},     {"iraqi", "iraq"},
    {"israeli", "israel"},       {"somali", "somalia"},
    {"saudi", "saudi"},          {"qatari", "qatar"},
    {"yemeni", "yemen"},         {"kuwaiti", "kuwait"},
    {"pakistani", "pakistan"},   {"bangladeshi", "bangladesh"},
    {"nepali", "nepal"},
};

/* Is token t a nationality ("Greek", "Colombian", "Maltese", "Dutch")? */
static int demonym(const ex *x, size_t t) {
    size_t n;
    const char *w = fold(x, t, &n);
    if (!is_upper(x, t) || n < 4) return 0;
    for (size_t i = 0; i < sizeof DEMONYMS / sizeof DEMONYMS[0]; i++)
        if (strlen(DEMONYMS[i][0]) == n && memcmp(DEMONYMS[i][0], w, n) == 0) return 1;
    return ends_with(x, t, "ian") || ends_with(x, t, "ean") || ends_with(x, t, "ese") ||
           ends_with(x, t, "ish") || ends_with(x, t, "can") || ends_with(x, t, "ani");
}

/* Does the demonym or adjective w (folded) name the place t, or the other way round
 * ("Namibian" and "Namibia’s", "Swede" and "Swedish", "Serb" and "Serbian", "Spaniard" and
 * "Spain")? */
static int same_origin(const char *w, size_t wl, const char *t, size_t tl) {
    size_t c = 0;
    while (c < wl && c < tl && w[c] == t[c])
        c++;
    size_t shorter = wl < tl ? wl : tl;
    if (c >= 5 || (c >= 4 && c + 1 >= shorter)) return 1;
    for (size_t i = 0; i < sizeof DEMONYMS / sizeof DEMONYMS[0]; i++) {
        size_t dl = strlen(DEMONYMS[i][0]), pl = strlen(DEMONYMS[i][1]);
        const char *o = NULL;
        size_t ol = 0;
        if (wl == dl && memcmp(w, DEMONYMS[i][0], dl) == 0) o = t, ol = tl;
        if (tl == dl && memcmp(t, DEMONYMS[i][0], dl) == 0) o = w, ol = wl;
        if (o && ol >= pl && memcmp(o, DEMONYMS[i][1], pl) == 0) return 1;
    }
    return 0;
}

/* Is there a word of the same origin as token w within [t0 - before, t0 + after)? */
static int origin_near(const ex *x, size_t t0, size_t w, size_t before, size_t after) {
    size_t wl;
    const char *wf = fold(x, w, &wl);
    if (wl < 4) return 0;
    for (size_t t = t0 > before ? t0 - before : 0; t < t0 + after && t < x->nt; t++) {
        size_t tl;
        const char *tf = fold(x, t, &tl);
        if (t != w && tl >= 4 && is_upper(x, t) && same_origin(wf, wl, tf, tl)) return 1;
    }
    return 0;
}

static int has_lower(const char *s) {
    for (; *s; s++)
        if (*s >= 'a' && *s <= 'z') return 1;
    return 0;
}

/* Does the appositive after the name at token t ("Quintero, a 24-year-old Colombian,") hold a
 * word of the same origin as token w? Only tokens before hi count. */
static int origin_in_appositive(const ex *x, size_t t, size_t w, size_t hi) {
    size_t c = t;
    while (c < hi && c < t + 4 && is_upper(x, c))
        c++;
    if (c == t || c >= hi || !is_punct(x, c, ',')) return 0;
    size_t wl;
    const char *wf = fold(x, w, &wl);
    for (size_t a = c + 1; a < hi && a < c + 12 && !is_punct(x, a, ',') && !is_punct(x, a, '.');
         a++) {
        size_t tl;
        const char *tf = fold(x, a, &tl);
        if (tl >= 4 && is_upper(x, a) && same_origin(wf, wl, tf, tl)) return 1;
    }
    return 0;
}

/* Was entity k first named within a few words of a word of the same origin as token w
 * ("Namibia’s agriculture minister, Ndapewa Shikongo" for "Namibian")? */
static int introduced_near(const ex *x, int k, size_t w, size_t before, size_t after) {
    if (!x->ents[k].has_first) return 0;
    return origin_near(x, x->ents[k].first, w, before, after); /* the first mention only */
}

/* The head of a described noun phrase: the last word before any preposition in "a fund manager
 * at a Vienna firm", "the boy’s mother"; SIZE_MAX when m is no such phrase. */
static size_t described_head(const ex *x, mention m) {
    if (m.kind != 2 || m.e <= m.b + 1 ||
        !(is(x, m.b, "a") || is(x, m.b, "an") || is(x, m.b, "the") || is(x, m.b, "one") ||
          is_possessive(x, m.b)))
        return SIZE_MAX;
    size_t h = m.b + 1;
    while (h < m.e && !saywho__is_prep(x, h))
        h++;
    return h - 1;
}

/* One person described but not named: "a fund manager at a Mumbai firm", "the boy’s mother". */
int saywho__unnamed_person(const ex *x, mention m) {
    size_t h = described_head(x, m);
    return h != SIZE_MAX && in(x, h, TITLES) && !is_upper(x, h);
}

/* "A senior Fijian trade official said … The official, Litia Rokosawa, added": a person first
 * described by a role and named later in the article is that person. Returns the person, or
 * ent when nobody with that role is named after the mention. */
int saywho__named_later(const ex *x, mention m, int ent) {
    size_t h = described_head(x, m);
    if (h == SIZE_MAX || h - m.b >= 6 || !is_word(x, h) || is_upper(x, h) ||
        in(x, h, SAYWHO_DOC_WORDS) || (m.ce > m.e && !in(x, h, TITLES)))
        return ent;
    size_t hl;
    const char *head = fold(x, h, &hl);
    /* "The head of a farmers’ cooperative … said. The chairman, Dimitris Alexiou, urged": the
     * head of a body is whoever leads it, by any of its titles */
    static const char *const LEADERS[] = {
        "chairman", "chairwoman", "chair", "president",   "director",          "chief",
        "leader",   "head",       "boss",  "chairperson", "secretary-general", "principal",
        NULL};
    int any_leader =
        (hl == 4 && memcmp(head, "head", 4) == 0) || (hl == 6 && memcmp(head, "leader", 6) == 0);
    int pick = -1;
    size_t pt = SIZE_MAX;
    for (size_t k = saywho__seen_from(x); k < x->n_seen; k++) {
        const entity *en = &x->ents[x->seen[k].ent];
        int fits = saywho__has_role(en, head, hl) ? 2 : 0;
        for (const char *const *l = LEADERS; any_leader && !fits && *l; l++)
            fits = saywho__has_role(en, *l, strlen(*l));
        if (en->org || !en->has_first || !fits) continue;
        /* the person's first mention must come after this one */
        if (en->first <= m.b) {
            if (fits == 2) return ent; /* named before: the role meant someone else */
            continue;
        }
        if (en->first < pt) pick = x->seen[k].ent, pt = en->first;
    }
    return pick >= 0 ? pick : ent;
}

mention saywho__name_before_appositive(const ex *x, size_t sb, size_t hi, mention m) {
    mention none = {0};
    if (m.b <= sb || !saywho__name_token(x, sb, 0)) return none;
    size_t j = saywho__run_end(x, sb, hi);
    if (j >= m.b || !is_punct(x, j, ',')) return none;
    return saywho__run_mention(x, sb, sb, j);
}

/* The canonical name of mention m, registering it; -1 when it names nobody. */
int saywho__resolve_mention(ex *x, mention m, int object) {
    const char *text = x->d->text;
    if (m.kind == 3) {
        int org = is(x, m.b, "it") || is(x, m.b, "they") || is(x, m.b, "we");
        int gender = is(x, m.b, "she") || is(x, m.b, "her")  ? 1
                     : is(x, m.b, "he") || is(x, m.b, "his") ? 2
                                                             : 0;
        int k = -1;
        size_t para = x->d->sents[sentence_of(x, m.b)].paragraph;
        /* he or she opening a sentence after one whose subject is a person: that person */
        {
            size_t si = sentence_of(x, m.b);
            mention sm;
            size_t v;
            if (!org && gender && si > 0 && x->d->sents[si].tok_begin == m.b &&
                x->d->sents[si - 1].paragraph + 1 >= para &&
                saywho__subject_at(x, x->d->sents[si - 1].tok_begin, x->d->sents[si - 1].tok_end,
                                   &sm, &v) &&
                sm.kind == 1 && !(sm.gender && sm.gender != gender)) {
                int e = entity_for(x, x->d->text + tok_span(x, sm.nb, sm.ne).start,
                                   tok_span(x, sm.nb, sm.ne).end - tok_span(x, sm.nb, sm.ne).start,
                                   0, 0);
                if (e >= 0 && !(x->ents[e].gender && x->ents[e].gender != gender)) k = e;
            } else if (!org && gender && si > 0 && x->d->sents[si].tok_begin == m.b &&
                       x->d->sents[si - 1].paragraph + 1 >= para &&
                       saywho__subject_at(x, x->d->sents[si - 1].tok_begin,
                                          x->d->sents[si - 1].tok_end, &sm, &v) &&
                       saywho__unnamed_person(x, sm)) {
                k = saywho__resolve_mention(x, sm, 0); /* "A fund manager … said … He added" */
            }
        }
        /* "Brekke was asked whether … “…,” she replied": after a quote that opens its sentence,
         * the person the sentence before in the paragraph is about — its subject, or the one
         * asked */
        {
            size_t si = sentence_of(x, m.b);
            /* a quote of several sentences: the sentence where it opens */
            if ((m.b > 0 && is_close(x, m.b - 1)) ||
                (m.b > 1 && is_punct(x, m.b - 1, ',') && is_close(x, m.b - 2))) {
                size_t pb = x->d->paras[para].tok_begin;
                for (size_t t = m.b - 1; t > pb && t + 200 > m.b; t--)
                    if (is_open(x, t - 1)) {
                        size_t so = sentence_of(x, t - 1);
                        if (x->d->sents[so].tok_begin == t - 1) si = so;
                        break;
                    }
            }
            const saywho_sentence *cs = &x->d->sents[si];
            if (k < 0 && !org && gender && si > 0 && cs->tok_begin < m.b &&
                is_open(x, cs->tok_begin) && x->d->sents[si - 1].paragraph + 1 >= para) {
                const saywho_sentence *ps = &x->d->sents[si - 1];
                mention sm = {0};
                size_t v;
                for (size_t t = ps->tok_begin; t + 1 < ps->tok_end && !sm.kind; t++)
                    if ((is(x, t, "asked") || is(x, t, "pressed")) && !x->quoted[t]) {
                        mention a = saywho__mention_after(x, t + 1, ps->tok_end);
                        if (a.kind == 1) sm = a;
                    }
                if (!sm.kind && !saywho__subject_at(x, ps->tok_begin, ps->tok_end, &sm, &v))
                    sm.kind = 0;
                /* a name only from the same paragraph, or the one before for "he replied" */
                int same =
                    ps->paragraph == para ||
                    (m.b + 1 < x->nt && (is(x, m.b + 1, "replied") || is(x, m.b + 1, "answered") ||
                                         is(x, m.b + 1, "responded")));
                if (sm.kind == 1 && same && !(sm.gender && sm.gender != gender)) {
                    saywho_span ns = tok_span(x, sm.nb, sm.ne);
                    int e = entity_for(x, x->d->text + ns.start, ns.end - ns.start, 0, 0);
                    if (e >= 0 && !(x->ents[e].gender && x->ents[e].gender != gender)) k = e;
                } else if (saywho__unnamed_person(x, sm)) {
                    k = saywho__resolve_mention(x, sm, 0); /* "the boy’s mother … “…,” she said" */
                }
            }
        }
        /* he or she in the paragraph where a person just spoke is that person */
        if (k < 0 && !org && x->last_person >= 0 &&
            x->d->sents[sentence_of(x, m.b)].paragraph == x->last_person_para &&
            !(gender && x->ents[x->last_person].gender && x->ents[x->last_person].gender != gender))
            k = x->last_person;
        /* "it" opening a sentence after one whose subject is a body is that body: "The
         * network urged the governor to wait. It called the offer “…”" */
        size_t si = sentence_of(x, m.b);
        if (k < 0 && is(x, m.b, "it") && si > 0 && x->d->sents[si].tok_begin == m.b &&
            x->d->sents[si - 1].paragraph + 1 >= para) {
            mention sm;
            size_t v;
            const saywho_sentence *ps = &x->d->sents[si - 1];
            int found = saywho__subject_at(x, ps->tok_begin, ps->tok_end, &sm, &v);
            /* "Lusavia, a cargo airline based at Lisbon airport, said": not the appositive's
             * place nor "a cargo airline" but the name they describe */
            if (found && sm.b > ps->tok_begin &&
                (saywho__is_prep(x, sm.b - 1) || is_punct(x, sm.b - 1, ','))) {
                mention nm = saywho__name_before_appositive(x, ps->tok_begin, ps->tok_end, sm);
                if (nm.kind) sm = nm;
            }
            if (found && sm.kind == 2 && (in(x, sm.e - 1, SAYWHO_ORG_WORDS) || x->orgish[sm.e - 1]))
                k = saywho__resolve_mention(x, sm, 0);
            else if (found && sm.kind == 1) {
                saywho_span ns = tok_span(x, sm.nb, sm.ne);
                int e = entity_for(x, x->d->text + ns.start, ns.end - ns.start, 1, 0);
                if (e >= 0 && x->ents[e].org) k = e, note_seen(x, e, m.b, object);
            }
        }
        /* "it" in or right after the paragraph where a body spoke is that body */
        if (k < 0 && is(x, m.b, "it") && x->last_org >= 0 &&
            (para == x->last_org_para || para == x->last_org_para + 1))
            k = x->last_org;
        /* "“…,” said a fund manager at a Vienna firm. … “…,” he added": an unnamed person who
         * spoke in this or the last paragraph, with no person named since */
        /* "“…?” a reporter asked. “…,” she replied": the one who answers is not the one who
         * asked, but the person who spoke before the question */
        int reply = m.b + 1 < x->nt && (is(x, m.b + 1, "replied") || is(x, m.b + 1, "answered") ||
                                        is(x, m.b + 1, "responded") || is(x, m.b + 1, "retorted"));
        if (reply && k < 0 && !org && x->last_unnamed >= 0 && x->last_unnamed_tok < m.b) {
            const saywho_sentence *qs = &x->d->sents[sentence_of(x, x->last_unnamed_tok)];
            int asked = 0;
            for (size_t t = qs->tok_begin; t < qs->tok_end && !asked; t++)
                asked = !x->quoted[t] && is(x, t, "asked");
            /* the person last named before the question: "Zamfir faced questions. “…?” asked
             * a reporter. “…,” she replied" */
            int before = asked ? recent(x, qs->tok_begin, 0, gender) : -1;
            if (before >= 0)
                k = before;
            else if (asked && x->last_person >= 0 &&
                     !(gender && x->ents[x->last_person].gender &&
                       x->ents[x->last_person].gender != gender))
                k = x->last_person;
        }
        /* "Ilie was asked by a reporter: “Are you going home?” … “No,” he said": the one
         * asked answers */
        if (k < 0 && !org && gender && x->asked >= 0 && x->asked_tok < m.b &&
            x->d->sents[sentence_of(x, x->asked_tok)].paragraph + 1 >= para &&
            !(x->ents[x->asked].gender && x->ents[x->asked].gender != gender))
            k = x->asked;
        if (k < 0 && !org && gender && x->last_unnamed >= 0 && x->last_unnamed_tok < m.b &&
            x->d->sents[sentence_of(x, x->last_unnamed_tok)].paragraph + 1 >= para) {
            int named_since = 0;
            for (size_t s = saywho__seen_from(x); s < x->n_seen && !named_since; s++)
                named_since = x->seen[s].tok > x->last_unnamed_tok && x->seen[s].tok < m.b &&
                              !x->ents[x->seen[s].ent].org;
            if (!named_since) k = x->last_unnamed;
        }
        if (k < 0) k = recent(x, m.b, org, gender);
        if (k < 0 && is(x, m.b, "they")) k = recent(x, m.b, 0, 0);
        if (k < 0 && (is(x, m.b, "we") || is(x, m.b, "i"))) k = recent(x, m.b, 0, 0);
        if (k >= 0) {
            if (gender && !x->ents[k].gender) x->ents[k].gender = gender;
            note_seen(x, k, m.b, object);
        }
        return k;
    }
    saywho_span sp = tok_span(x, m.nb, m.ne);
    const char *s = text + sp.start;
    size_t n = sp.end - sp.start;
    if (m.kind == 1) {
        /* a short form of an organisation named before ("Vantor" after "manufacturer Vantor
         * Aeroespacial") when no person has that name */
        int k = entity_for(x, s, n, 0, 0);
        if (k < 0 && m.ne - m.nb == 1) {
            k = entity_for(x, s, n, 1, 0);
            if (k >= 0) {
                note_seen(x, k, m.b, object);
                return k;
            }
        }
        k = entity_for(x, s, n, 0, 1);
        if (k >= 0 && m.gender && !x->ents[k].gender) x->ents[k].gender = m.gender;
        note_seen(x, k, m.b, object);
        return k;
    }
    /* "the ministry", "the judge", "the company": a short form of someone named before */
    if ((m.e - m.b <= 3 || (m.e - m.b == 4 && is_upper(x, m.b + 1) && is_upper(x, m.b + 2) &&
                            !is_upper(x, m.e - 1))) &&
        is(x, m.b, "the")) {
        size_t hl;
        const char *head = fold(x, m.e - 1, &hl);
        if (is_word(x, m.e - 1) && !is_upper(x, m.e - 1)) {
            int pick = -1, fits = 0;
            size_t pt = 0;
            /* "the Namibian minister": of the people with that role, one introduced near
             * "Namibia’s" or "Namibian" */
            int modifier =
                m.e - m.b >= 3 && m.e - m.b <= 5 && is_upper(x, m.b + 1) && in(x, m.e - 1, TITLES);
            for (size_t k = saywho__seen_from(x); k < x->n_seen; k++) {
                const seen *sn = &x->seen[k];
                if (sn->tok >= m.b || x->ents[sn->ent].org) continue;
                /* "Her Namibian counterpart, Ndapewa Shikongo" is "the Namibian minister" */
                int f = 2 * (modifier && introduced_near(x, sn->ent, m.b + 1, 8, 7)) +
                        saywho__has_role(&x->ents[sn->ent], head, hl);
                if (f == 0) continue;
                if (pick < 0 || f > fits || (f == fits && sn->tok >= pt))
                    pick = sn->ent, pt = sn->tok, fits = f;
            }
            if (pick >= 0) {
                note_seen(x, pick, m.b, object);
                return pick;
            }
        }
        /* "the German", "the Ukrainian", "the Dutchwoman": the person introduced near
         * Germany, Ukraine, Dutch */
        if (m.e - m.b == 2 && is_upper(x, m.b + 1) && !in(x, m.b + 1, SAYWHO_ORG_WORDS) &&
            !in(x, m.b + 1, SAYWHO_DOC_WORDS)) {
            int pick = -1;
            size_t pt = 0;
            /* "Quintero, a 24-year-old Colombian," says it outright: that beats a name that
             * merely stood near the word */
            for (size_t k = saywho__seen_from(x); k < x->n_seen; k++) {
                const seen *sn = &x->seen[k];
                if (sn->tok < m.b && !x->ents[sn->ent].org && (pick < 0 || sn->tok >= pt) &&
                    has_lower(x->ents[sn->ent].name) && /* no "PUNTA GORDA, Belize" */
                    origin_in_appositive(x, sn->tok, m.b + 1, m.b))
                    pick = sn->ent, pt = sn->tok;
            }
            int stated = pick >= 0;
            for (size_t k = saywho__seen_from(x); !stated && k < x->n_seen; k++) {
                const seen *sn = &x->seen[k];
                /* near its first mention, or in the appositive of a later one ("Ilić, a
                 * Serbian coach who …" for "the Serb") */
                if (sn->tok < m.b && !x->ents[sn->ent].org && (pick < 0 || sn->tok >= pt) &&
                    (introduced_near(x, sn->ent, m.b + 1, 14, 8) ||
                     origin_near(x, sn->tok, m.b + 1, 0, 6)))
                    pick = sn->ent, pt = sn->tok;
            }
            /* "the Swede" when the article never said where anyone is from: the person it is
             * about, as for "the coach" */
            if (pick < 0 && demonym(x, m.b + 1)) {
                size_t para = x->d->sents[sentence_of(x, m.b)].paragraph;
                if (x->last_person >= 0 && para <= x->last_person_para + 1)
                    pick = x->last_person;
                else
                    pick = recent(x, m.b, 0, 0);
            }
            if (pick >= 0) {
                note_seen(x, pick, m.b, object);
                return pick;
            }
        }
        saywho_span hs = tok_span(x, m.e - 1, m.e);
        int pick = -1;
        size_t pt = 0;
        for (size_t k = saywho__seen_from(x); k < x->n_seen; k++) {
            const seen *sn = &x->seen[k];
            if (sn->tok >= m.b || !x->ents[sn->ent].org || bare_short_form(&x->ents[sn->ent]))
                continue;
            if (((name_contains(x->ents[sn->ent].name, text + hs.start, hs.end - hs.start) &&
                  short_form_fits(&x->ents[sn->ent], text + hs.start, hs.end - hs.start)) ||
                 saywho__has_role(&x->ents[sn->ent], head, hl)) &&
                (pick < 0 || sn->tok >= pt))
                pick = sn->ent, pt = sn->tok;
        }
        if (pick >= 0) {
            note_seen(x, pick, m.b, object);
            return pick;
        }
        /* "the chairwoman", "the judge" for a person whose title the article gave in other
         * words ("who chairs the board", "Justice"): the person who spoke last, else the last
         * person named, of a fitting gender */
        if (in(x, m.e - 1, TITLES) && !in(x, m.e - 1, SAYWHO_ORG_WORDS) &&
            (m.e - m.b == 2 ||
             (m.e - m.b == 3 && is_word(x, m.b + 1) && !is_upper(x, m.b + 1) &&
              !is_possessive(x, m.b + 1) &&
              (!in(x, m.b + 1, SAYWHO_DEPTS) || in(x, m.b + 1, SAYWHO_ORG_WORDS))))) {
            /* "the presiding judge said … The judge, Supaporn Rattanakul, noted": named after */
            int later = saywho__named_later(x, m, -1);
            if (later >= 0) {
                note_seen(x, later, m.b, object);
                return later;
            }
            /* "The head of a farmers’ cooperative in Thessaly that …": a description that
             * goes on introduces someone new, whoever spoke last */
            if (!(m.ce > m.e && saywho__is_prep(x, m.e))) {
                int g = gender_word(x, m.e - 1);
                int k = x->last_person;
                if (k >= 0 && g && x->ents[k].gender && x->ents[k].gender != g) k = -1;
                if (k < 0) k = recent(x, m.b, 0, g);
                if (k >= 0) {
                    note_seen(x, k, m.b, object);
                    return k;
                }
            }
        }
        /* "the regulator" is a public body, "the company" or "the lender" is not, "the group"
         * may be either */
        static const char *const PRIVATE[] = {
            "company",   "firm",      "lender",     "carrier",    "airline",      "insurer",
            "bank",      "maker",     "retailer",   "platform",   "manufacturer", "app",
            "brewer",    "startup",   "watchmaker", "shoemaker",  "carmaker",     "automaker",
            "chipmaker", "drugmaker", "steelmaker", "toymaker",   "planemaker",   "shipbuilder",
            "miner",     "chain",     "mill",       "laboratory", "lab",          "bakery",
            "factory",   "winery",    "distillery", "hotel",      "shop",         "store",
            "exporter",  "importer",  "producer",   "supplier",   "developer",    "contractor",
            NULL};
        static const char *const PUBLIC[] = {"regulator", "agency", "authority", "watchdog", NULL};
        static const char *const EITHER[] = {"group", "body",       "organisation", "organization",
                                             "club",  "consortium", "cooperative",  NULL};
        int want = in(x, m.e - 1, PUBLIC) ? 1 : in(x, m.e - 1, PRIVATE) ? 0 : -1;
        if (want >= 0 || in(x, m.e - 1, EITHER)) {
            /* the body that spoke last, else the last one named that is no document */
            int k = -1;
            size_t para = x->d->sents[sentence_of(x, m.b)].paragraph;
            if (x->last_org >= 0 && !doc_entity(&x->ents[x->last_org]) &&
                !bare_short_form(&x->ents[x->last_org]) &&
                !head_in(&x->ents[x->last_org], TITLES) &&
                !(group_entity(&x->ents[x->last_org]) &&
                  !head_in(&x->ents[x->last_org], SAYWHO_ORG_WORDS)) &&
                !person_description(&x->ents[x->last_org]) && para <= x->last_org_para + 2 &&
                (want < 0 || public_entity(&x->ents[x->last_org]) == want) &&
                !(want >= 0 && not_a_company(&x->ents[x->last_org])) &&
                !(want == 0 && indefinite(&x->ents[x->last_org])))
                k = x->last_org;
            for (size_t i = 0; k < 0 && i < x->n_seen && i < SEEN_WINDOW; i++) {
                const seen *sn = &x->seen[x->n_seen - 1 - i];
                const entity *en = &x->ents[sn->ent];
                /* "a Queensland coroner" is a person, whatever the chunker made of it */
                if (sn->tok < m.b && !sn->object && en->org && !doc_entity(en) &&
                    !bare_short_form(en) && !group_entity(en) && !head_in(en, TITLES) &&
                    !person_description(en) && (want < 0 || public_entity(en) == want) &&
                    !(want >= 0 && not_a_company(en)) && !(want == 0 && indefinite(en)))
                    k = sn->ent;
            }
            if (k >= 0) {
                note_seen(x, k, m.b, object);
                return k;
            }
        }
    }
    if (m.ce > m.e &&
        (!is(x, m.b, "the") || in(x, m.e - 1, SAYWHO_DOC_WORDS) || is(x, m.e, "that") ||
         is(x, m.e, "who") || (in(x, m.e - 1, TITLES) && saywho__is_prep(x, m.e)))) {
        /* a group is named by its whole description: "officials from both sides" */
        saywho_span whole = tok_span(x, m.b, m.ce);
        s = text + whole.start;
        n = whole.end - whole.start;
    }
    int k = org_entity(x, s, n);
    note_seen(x, k, m.b, object);
    return k;
}
