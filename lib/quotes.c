/* Statement extraction and speaker attribution: a sieve of high-precision rules over tokens.
 *
 * 1. Quote spans: top-level quotation marks paired within a paragraph; a paragraph that ends
 *    inside a quote continues into the next paragraph when that one opens with a quote mark.
 * 2. Attribution of each quote: a cue right after it ("…,” Okafor said), before it in its
 *    sentence ("Okafor said: “…”", "told Lindqvist the EU should “…”"), a colon after the
 *    speaker, a quote split by its attribution, or a floating quote that continues the speaker
 *    of the statement before it. Otherwise it is reported unattributed; short quoted terms
 *    without a cue are not statements.
 * 3. Reported speech: a cue verb with a complement clause ("said that…", "told X the…",
 *    "urged X to…", "according to X, …", "…, X said.").
 * 4. Names, resolved in document order once every statement is found: a mention takes the
 *    fullest name the article gives (Okafor -> Adaeze Okafor), "the ministry" the organisation
 *    named before, "the judge" the person with that title, a pronoun the last fitting person or
 *    organisation. */
#include "saywho/quotes.h"
#include "doc.h"
#include "internal.h"
#include "lexicon.h"

#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#define CUES SAYWHO_CUES
#define CLAUSE_CUES SAYWHO_CLAUSE_CUES
#define OBJECT_CUES SAYWHO_OBJECT_CUES
#define PRONOUNS SAYWHO_PRONOUNS
#define TITLES SAYWHO_TITLES
#define DETERMINERS SAYWHO_DETERMINERS

/* A mention found by the chunker. */
typedef struct mention {
    size_t b, e;   /* tokens of the mention span */
    size_t nb, ne; /* tokens of the name proper (titles stripped) */
    size_t ce;     /* for a group, where its description ends: "two diplomats [familiar with
                    * the talks]" names the group by the whole phrase; 0 when it is the span */
    int kind;      /* 0 none, 1 person name, 2 organisation / group / document, 3 pronoun */
    int gender;    /* 0 unknown, 1 female, 2 male */
} mention;

/* What attribution found for a statement, resolved to names in document order at the end. */
typedef struct pending {
    mention m, ad;
    int floating; /* an unattributed direct quote that may continue the previous speaker */
    mention lead; /* for a floating quote: the subject of the sentence that leads into it */
    size_t lead_verb;
    mention after; /* or of the sentence after it that points back: "X made the remark" */
    size_t after_verb;
} pending;

/* A person or organisation the article names. */
typedef struct entity {
    const char *name;     /* canonical name, interned */
    int org;              /* organisation, group or document rather than a person */
    int gender;           /* 0 unknown, 1 female, 2 male */
    const char *roles[6]; /* title words seen with a person: minister, judge */
    int n_roles;
    size_t first; /* the token of its first mention, once has_first is set */
    int has_first;
} entity;

/* Look-back limits: an article has tens of names; a huge input (a whole day's wire in one file)
 * must not make every resolution scan everything before it. */
#define SEEN_WINDOW 2048
#define ENT_WINDOW 256

/* A mention of an entity at a token, for recency. */
typedef struct seen {
    int ent;
    size_t tok;
    int object; /* the object of a cue: "told Lindqvist" */
} seen;

typedef struct ex {
    const saywho_doc *d;
    const saywho_token *t;
    size_t nt;
    int *owner;            /* per token: the statement whose content covers it, or -1 */
    unsigned char *quoted; /* per token: inside a quotation */
    unsigned char *orgish; /* per token: in a name the article shows to be a body's */
    saywho_statement *st;
    pending *pend;
    size_t n, cap, pend_cap;
    char **names;
    size_t n_names, names_cap;
    entity *ents;
    size_t n_ents, ents_cap;
    struct quote *qs; /* top-level quotations, found once by mark_quotes */
    size_t nq, qs_cap;
    seen *seen;
    size_t n_seen, seen_cap;
    int last_person;         /* the person who spoke last, in document order, or -1 */
    size_t last_person_para; /* the paragraph where that person was named */
    int last_org;            /* the organisation that spoke last, or -1 */
    size_t last_org_para;
    int last_unnamed;        /* the unnamed person who spoke last ("a fund manager"), or -1 */
    size_t last_unnamed_tok; /* where that person was mentioned */
} ex;

/* ---- token helpers ---- */

static const char *fold(const ex *x, size_t i, size_t *n) {
    return saywho_doc_token_fold(x->d, &x->t[i], n);
}

static int is(const ex *x, size_t i, const char *w) {
    if (i >= x->nt) return 0;
    size_t n;
    const char *f = fold(x, i, &n);
    return strlen(w) == n && memcmp(f, w, n) == 0;
}

static int in(const ex *x, size_t i, const char *const *list) {
    if (i >= x->nt) return 0;
    size_t n;
    const char *f = fold(x, i, &n);
    return saywho__in_list(f, n, list);
}

/* The sex token i's given name says: 1 a woman's, 2 a man's, 0 neither. */
static int given_gender(const ex *x, size_t i) {
    size_t n;
    const char *w = fold(x, i, &n);
    return saywho__given_name_gender(w, n);
}

static int is_word(const ex *x, size_t i) {
    return i < x->nt && x->t[i].kind == SAYWHO_TOK_WORD;
}

static int is_upper(const ex *x, size_t i) {
    if (i >= x->nt || !(x->t[i].kind == SAYWHO_TOK_WORD || x->t[i].kind == SAYWHO_TOK_NUMBER))
        return 0;
    if (x->t[i].flags & SAYWHO_TOKEN_UPPER) return 1;
    /* "al-Mutairi", "el-Sayed", "ul-Haq": a particle joined to a capitalised name */
    const char *s = x->d->text + x->t[i].start;
    size_t n = x->t[i].end - x->t[i].start;
    for (size_t k = 1; k <= 3 && k + 1 < n; k++)
        if (s[k] == '-') return s[k + 1] >= 'A' && s[k + 1] <= 'Z' && s[0] >= 'a' && s[0] <= 'z';
    return 0;
}

static int is_punct(const ex *x, size_t i, char c) {
    return i < x->nt && x->t[i].kind == SAYWHO_TOK_PUNCT && x->t[i].end - x->t[i].start == 1 &&
           x->d->text[x->t[i].start] == c;
}

static int is_open(const ex *x, size_t i) {
    return i < x->nt && x->t[i].kind == SAYWHO_TOK_QUOTE && (x->t[i].quote & SAYWHO_QUOTE_OPEN);
}

static int is_close(const ex *x, size_t i) {
    return i < x->nt && x->t[i].kind == SAYWHO_TOK_QUOTE && (x->t[i].quote & SAYWHO_QUOTE_CLOSE);
}

static int is_dash(const ex *x, size_t i) {
    if (i >= x->nt || x->t[i].kind != SAYWHO_TOK_PUNCT) return 0;
    const unsigned char *s = (const unsigned char *)x->d->text + x->t[i].start;
    if (s[0] == '-') return 1;
    return x->t[i].end - x->t[i].start == 3 && s[0] == 0xE2 && s[1] == 0x80 &&
           (s[2] == 0x94 || s[2] == 0x93);
}

/* A possessive: Nigeria’s, the ministry's. */
static int is_possessive(const ex *x, size_t i) {
    if (!is_word(x, i)) return 0;
    size_t n;
    const char *f = fold(x, i, &n);
    return n > 2 && f[n - 2] == '\'' && f[n - 1] == 's';
}

static size_t sentence_of(const ex *x, size_t i) {
    size_t lo = 0, hi = x->d->n_sents;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (x->d->sents[mid].tok_begin <= i)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

static saywho_span tok_span(const ex *x, size_t b, size_t e) {
    if (b >= e) return (saywho_span){0, 0};
    return (saywho_span){x->t[b].start, x->t[e - 1].end};
}

/* Length in tokens of a cue starting at token i ("called for" is 2, "according to" 2, "said in
 * a statement" 4), or 0. */
static size_t cue_at(const ex *x, size_t i) {
    if (!is_word(x, i) || x->quoted[i]) return 0;
    if (is(x, i, "according") && is(x, i + 1, "to")) return 2;
    /* "Kovačič hit back", "the minister shot back" */
    if ((is(x, i, "hit") || is(x, i, "shot") || is(x, i, "fired") || is(x, i, "pushed")) &&
        is(x, i + 1, "back"))
        return 2;
    if (!in(x, i, CUES)) return 0;
    /* "Asked about X, she said" and "the so-called" are no cues */
    if (is(x, i, "asked") && x->d->sents[sentence_of(x, i)].tok_begin == i) return 0;
    if (is(x, i, "called") || is(x, i, "calls") || is(x, i, "calling")) {
        if (is(x, i + 1, "for") || is(x, i + 1, "on")) return 2;
        /* "called the deal “the best news in years”" attributes the quote */
        for (size_t k = i + 1; k < x->nt && k < i + 8; k++) {
            if (is_open(x, k)) return 1;
            if (x->t[k].flags & SAYWHO_TOKEN_TERMINAL) break;
        }
        return 0;
    }
    if (is(x, i, "pointed") || is(x, i, "points")) return is(x, i + 1, "out") ? 2 : 0;
    if (is(x, i, "expressed") || is(x, i, "voiced")) {
        /* "expressed concern that …", "voiced support for …": the noun is part of the cue */
        if (!(is(x, i + 1, "concern") || is(x, i + 1, "concerns") || is(x, i + 1, "hope") ||
              is(x, i + 1, "alarm") || is(x, i + 1, "support") || is(x, i + 1, "frustration") ||
              is(x, i + 1, "doubts") || is(x, i + 1, "doubt") || is(x, i + 1, "confidence") ||
              is(x, i + 1, "regret") || is(x, i + 1, "worry") || is(x, i + 1, "worries") ||
              is(x, i + 1, "optimism") || is(x, i + 1, "fears") || is(x, i + 1, "opposition")))
            return 0;
        return is(x, i + 2, "for") || is(x, i + 2, "about") || is(x, i + 2, "over") ? 3 : 2;
    }
    if ((is(x, i, "read") || is(x, i, "reads") || is(x, i, "showed") || is(x, i, "shows") ||
         is(x, i, "found")) &&
        !(i > 0 && (is_punct(x, i - 1, ',') || is_close(x, i - 1) || is_word(x, i - 1))))
        return 0;
    if (is(x, i, "said") && is(x, i + 1, "in") && (is(x, i + 2, "a") || is(x, i + 2, "an")) &&
        (is(x, i + 3, "statement") || is(x, i + 3, "interview") || is(x, i + 3, "letter")))
        return 4;
    return 1;
}

/* ---- names ---- */

/* Is token i part of a title: a title word, or a portfolio right before one ("Trade Minister")? */
static int title_at(const ex *x, size_t i) {
    if (in(x, i, TITLES)) return 1;
    return in(x, i, SAYWHO_DEPTS) && (in(x, i + 1, TITLES) || in(x, i + 1, SAYWHO_DEPTS));
}

static const char *intern(ex *x, const char *s, size_t n) {
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
        int found = 0;
        while (*p) {
            while (*p == ' ')
                p++;
            const char *q = p;
            while (*q && *q != ' ')
                q++;
            size_t wl = (size_t)(q - p);
            if (wl == i - s) {
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
static size_t seen_from(const ex *x) {
    return x->n_seen > SEEN_WINDOW ? x->n_seen - SEEN_WINDOW : 0;
}

/* The entity named s[0, n): an earlier one whose name holds all these words, or a new one. */
static int entity_for(ex *x, const char *s, size_t n, int org, int create) {
    if (!n) return -1;
    for (size_t k = x->n_ents; k-- > 0 && x->n_ents - k <= ENT_WINDOW;)
        if (x->ents[k].org == org && name_contains(x->ents[k].name, s, n)) return (int)k;
    if (!create) return -1;
    const char *name = intern(x, s, n);
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
    const char *r = intern(x, w, n);
    if (r) e->roles[e->n_roles++] = r;
}

static int has_role(const entity *e, const char *w, size_t n) {
    for (int i = 0; i < e->n_roles; i++)
        if (strlen(e->roles[i]) == n && memcmp(e->roles[i], w, n) == 0) return 1;
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
        if (in(x, i, SAYWHO_ORG_WORDS) || in(x, i, SAYWHO_DOC_WORDS)) return 1;
    return 0;
}

/* Is token i part of a capitalised name run? Particles (van, bin) count inside a run. */
static int name_token(const ex *x, size_t i, int inside) {
    if (i >= x->nt || x->quoted[i]) return 0;
    if (is_upper(x, i) && is_word(x, i)) return 1;
    return inside && is_word(x, i) && in(x, i, SAYWHO_PARTICLES);
}

/* The end of a capitalised run starting at b; organisation names run on over "of", "for",
 * "and": "Ministry of Defence", "Court of Justice". */
static size_t run_end(const ex *x, size_t b, size_t hi) {
    size_t e = b;
    while (e < hi && name_token(x, e, e > b))
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
        while (e2 < hi && name_token(x, e2, e2 > s2))
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
    while (b > lo && name_token(x, b - 1, 1))
        b--;
    while (b < e && !is_upper(x, b))
        b++;
    for (;;) { /* "Court of Justice", "Office of the Auditor-General", "Commerce and Industry" */
        size_t c = b;
        if (c > lo && is(x, c - 1, "the")) c--;
        if (!(c >= lo + 2 &&
              (is(x, c - 1, "of") || is(x, c - 1, "for") || is(x, c - 1, "and") ||
               is(x, c - 1, "on")) &&
              name_token(x, c - 2, 0)))
            break;
        size_t b2 = c - 2;
        while (b2 > lo && name_token(x, b2 - 1, 1))
            b2--;
        /* keep going left through "X of Y and Z" and take it when the left part names an
         * organisation */
        size_t k = b2;
        for (;;) {
            size_t c2 = k;
            if (c2 > lo && is(x, c2 - 1, "the")) c2--;
            if (!(c2 >= lo + 2 && (is(x, c2 - 1, "of") || is(x, c2 - 1, "and")) &&
                  name_token(x, c2 - 2, 0)))
                break;
            k = c2 - 2;
            while (k > lo && name_token(x, k - 1, 1))
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
        if ((title_at(x, i) || is_possessive(x, i) || !is_upper(x, i) ||
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
static mention run_mention(const ex *x, size_t lo, size_t b, size_t e) {
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
static int is_prep(const ex *x, size_t i) {
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
    if (!head_ok && !(det && e - b <= 3) && !owner) return m;
    /* "a spokesman for the ministry", "a diplomat involved in the talks": the speaker is the
     * noun phrase before the preposition */
    if (b > lo + 1 && (is_prep(x, b - 1) || is(x, b - 1, "to"))) {
        size_t p = b - 1;
        if (p > lo && in(x, p - 1, SAYWHO_MODIFIERS)) p--;
        mention r = np_before(x, lo, p);
        if (r.kind && (in(x, r.e - 1, SAYWHO_GROUPS) || in(x, r.e - 1, TITLES) ||
                       (is(x, r.e - 1, "group") && is(x, b - 1, "of")))) {
            r.ce = e;
            return r;
        }
        if (!r.kind && p > lo && name_token(x, p - 1, 0)) {
            size_t rb = run_start(x, lo, p);
            mention rr = run_mention(x, lo, rb, p);
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
         (!is_upper(x, p - 1) || (k > 0 && !is_upper(x, p))) && !is_prep(x, p - 1) &&
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
    if (p > lo + 2 && p == r.b && is(x, p - 1, "and") && name_token(x, p - 2, 0) &&
        !in(x, p - 2, SAYWHO_FUNCTION))
        p = run_start(x, lo, p - 1);
    if (p <= lo + 1 || (!is_prep(x, p - 1) && !next_to)) return r;
    size_t q = next_to ? p - 2 : p - 1;
    if (q > lo && in(x, q - 1, SAYWHO_MODIFIERS)) q--;
    if (q > lo && name_token(x, q - 1, 0) && !in(x, q - 1, SAYWHO_FUNCTION) &&
        !in(x, q - 1, SAYWHO_GROUPS) && !is_possessive(x, q - 1) &&
        (is(x, p - 1, "of") || is(x, p - 1, "at") || is(x, p - 1, "from"))) {
        mention person = run_mention(x, lo, run_start(x, lo, q), q);
        if (person.kind == 1) return person;
    }
    mention g = np_before(x, lo, q);
    if (!g.kind && q > lo && name_token(x, q - 1, 0) && !in(x, q - 1, SAYWHO_FUNCTION))
        g = run_mention(x, lo, run_start(x, lo, q), q); /* "the Federal Medical Centre" */
    /* "deputy mayor for transport Nino Kapanadze": a bare title before a person's name */
    if (g.kind == 2 && r.kind == 1 && in(x, g.e - 1, TITLES) && !in(x, g.b, DETERMINERS) &&
        !is_possessive(x, g.b))
        return r;
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
static mention mention_before(const ex *x, size_t lo, size_t e);

/* "A senior officer who helped draw up the plan said": the subject before a relative clause with
 * no commas; 0 when [lo, e) is no such thing. */
static mention subject_before_who(const ex *x, size_t lo, size_t e) {
    mention none = {0};
    for (size_t w = e; w-- > lo + 1 && w + 16 > e;) {
        if (is_punct(x, w, ',') || x->quoted[w] || cue_at(x, w)) return none;
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
        if (!is(x, w, "who")) continue;
        /* "A worker who gave his name only as Ramazan said": the name is his */
        for (size_t t = w + 1; t < e; t++)
            if (is(x, t, "name") || is(x, t, "named") || is(x, t, "identified")) return none;
        mention r = mention_before(x, lo, w);
        if ((r.kind == 1 ||
             (r.kind == 2 && (in(x, r.e - 1, SAYWHO_GROUPS) || in(x, r.e - 1, TITLES) ||
                              ((is(x, r.b, "a") || is(x, r.b, "an")) && is_word(x, r.e - 1) &&
                               !is_upper(x, r.e - 1))))) &&
            r.b <= lo + 1) {
            /* a group is named by its whole description: "several tenants who watched the
             * vote from the gallery" */
            if (r.kind == 2 && in(x, r.e - 1, SAYWHO_GROUPS) && !in(x, r.e - 1, TITLES) &&
                !is(x, r.b, "a") && !is(x, r.b, "an"))
                r.ce = e;
            return r;
        }
        return none;
    }
    return none;
}

static mention mention_before(const ex *x, size_t lo, size_t e) {
    mention m = {0};
    {
        mention r = subject_before_who(x, lo, e);
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
            if (!name_token(x, i, i > c1)) all_name = 0;
        if (all_name) {
            mention r = run_mention(x, lo, c1, c2);
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
                while (n1 > lo && name_token(x, n1 - 1, 1))
                    n1--;
            }
            int apposition = d2 > d1 && is_word(x, d1) &&
                             (!is_upper(x, d1) || in(x, d1, DETERMINERS) || is_possessive(x, d1));
            if (apposition && n1 < d1 && (n1 == lo || is_punct(x, n1 - 1, ',')) && d1 > lo &&
                is_punct(x, d1 - 1, ',') && is_upper(x, n1) && !in(x, n1, SAYWHO_FUNCTION)) {
                mention r = run_mention(x, lo, n1, d1 - 1);
                if (r.kind == 1) return r;
            }
        }
        /* "Uruguay’s largest dairy exporter, the cooperative Lácteos del Litoral, warned": a
         * name after a descriptor in the appositive next to the cue */
        if (c2 > c1 + 1 && name_token(x, c2 - 1, 0) && !is(x, c1, "who") && !is(x, c1, "whose") &&
            !is(x, c1, "which")) {
            size_t rb = run_start(x, c1, c2);
            int plain = 1; /* no preposition: "an analyst at a brokerage X" names X's employee */
            for (size_t i = c1; i < rb; i++)
                if (is_prep(x, i) || !is_word(x, i)) plain = 0;
            /* "marine ecologist Laia Ferrer": any lower-case words before a full name */
            if (plain && rb > c1 && rb < c2 && is_word(x, rb - 1) && !is_upper(x, rb - 1) &&
                (in(x, rb - 1, SAYWHO_ORG_DESCRIPTORS) || title_at(x, rb - 1) ||
                 (c2 - rb >= 2 && !run_is_org(x, rb, c2))))
                return run_mention(x, c1, rb, c2);
        }
        /* "The company’s statement, released before markets opened in Toronto, where its
         * shares are listed, said": the subject opens the sentence, clauses follow it */
        if (is_word(x, c1) && !is_upper(x, c1)) {
            size_t f = lo;
            while (f < c1 - 1 && !is_punct(x, f, ','))
                f++;
            if (f < c1 - 1 && f > lo) {
                mention h = mention_before(x, lo, f);
                size_t hb = h.b > lo && in(x, h.b - 1, DETERMINERS) ? h.b - 1 : h.b;
                if ((h.kind == 1 || h.kind == 2) && hb <= lo + 1 && is_word(x, f + 1) &&
                    !is_upper(x, f + 1) && !in(x, f + 1, DETERMINERS))
                    return h;
            }
        }
        /* "Carlo Ferrante, 54, who runs the mill, told": the age is no part of the name */
        size_t ne = c1 - 1;
        if (ne >= lo + 3 && x->t[ne - 1].kind == SAYWHO_TOK_NUMBER && is_punct(x, ne - 2, ','))
            ne -= 2;
        mention r = mention_before(x, lo, ne);
        if (r.kind == 1 && !r.gender) r.gender = appositive_gender(x, c1, c2);
        return r;
    }
    if (in(x, e - 1, PRONOUNS)) {
        m.b = m.nb = e - 1;
        m.e = m.ne = e;
        m.kind = 3;
        return m;
    }
    if (name_token(x, e - 1, 0) && !in(x, e - 1, SAYWHO_FUNCTION)) {
        size_t b = run_start(x, lo, e);
        if (b >= e) return m;
        mention r = run_mention(x, lo, b, e);
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
static mention mention_after(const ex *x, size_t b, size_t hi) {
    mention m = {0};
    if (b >= hi || x->quoted[b]) return m;
    /* lower-case titles before a name: "architect Tamar Gogoladze", "the council's director,
     * Sebastian Kowalczyk", "deputy mayor for transport Nino Kapanadze" */
    {
        size_t k = b;
        while (k < hi && k < b + 7 && is_word(x, k) && !is_upper(x, k) &&
               (!is_prep(x, k) || is(x, k, "for") || is(x, k, "of")) &&
               (title_at(x, k) || in(x, k, SAYWHO_DEPTS) || in(x, k, SAYWHO_GROUPS) ||
                in(x, k, DETERMINERS) || is_possessive(x, k) || is(x, k, "for") || is(x, k, "of") ||
                !in(x, k, SAYWHO_STOP)))
            k++;
        int titled = 0;
        for (size_t i = b; i < k; i++)
            titled |= in(x, i, TITLES) || in(x, i, SAYWHO_GROUPS);
        /* "added the microbiologist, Lúcia Andrade.": a role in any words, then the name */
        if (k > b + 1 && !titled && is(x, b, "the") && is_punct(x, k, ',') &&
            name_token(x, k + 1, 0) && !in(x, k + 1, SAYWHO_FUNCTION)) {
            size_t e = run_end(x, k + 1, hi);
            if (e >= hi || is_punct(x, e, ',') || (x->t[e].flags & SAYWHO_TOKEN_TERMINAL)) {
                mention r = run_mention(x, k + 1, k + 1, e);
                if (r.kind == 1) return r;
            }
        }
        if (k > b && titled && is_punct(x, k, ',') && name_token(x, k + 1, 0)) k++;
        if (k > b && titled && k < hi && name_token(x, k, 0) && !in(x, k, SAYWHO_FUNCTION)) {
            size_t e = run_end(x, k, hi);
            mention r = run_mention(x, k, k, e);
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
    if (name_token(x, s, 0) && !in(x, s, SAYWHO_FUNCTION)) {
        size_t e = run_end(x, s, hi);
        /* "EU trade commissioner Henrik Lindqvist": a run, titles, then the name */
        {
            size_t k = e;
            int titled = 0;
            while (k < hi && k < e + 4 && is_word(x, k) && !is_upper(x, k) && title_at(x, k))
                titled = 1, k++;
            /* "Osaka machine-tool maker Hayashida Seiki": a place, a descriptor, the name */
            if (!titled) {
                size_t d = e;
                while (d < hi && d < e + 3 && is_word(x, d) && !is_upper(x, d) &&
                       !in(x, d, SAYWHO_STOP) && !in(x, d, SAYWHO_FUNCTION) && !is_prep(x, d) &&
                       !in(x, d, SAYWHO_ORG_DESCRIPTORS))
                    d++;
                if (d < hi && in(x, d, SAYWHO_ORG_DESCRIPTORS) && name_token(x, d + 1, 0) &&
                    !in(x, d + 1, SAYWHO_FUNCTION)) {
                    mention r = run_mention(x, d + 1, d + 1, run_end(x, d + 1, hi));
                    r.kind = 2;
                    return r;
                }
            }
            if (titled && name_token(x, k, 0) && !in(x, k, SAYWHO_FUNCTION)) {
                mention r = run_mention(x, k, k, run_end(x, k, hi));
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
                          in(x, k - 1, SAYWHO_GROUPS))) {
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
        return run_mention(x, b, s, e);
    }
    if (!is_word(x, s)) return m;
    size_t e = s;
    while (e < hi && is_word(x, e) && !in(x, e, SAYWHO_STOP) && !in(x, e, SAYWHO_FUNCTION) &&
           !cue_at(x, e) && e - s < 4 && !x->quoted[e]) {
        /* "the supermarket chain FreshWay": the name after a descriptor */
        if (e > s && is_upper(x, e) && in(x, e - 1, SAYWHO_ORG_DESCRIPTORS)) {
            m.b = m.nb = e;
            m.e = m.ne = run_end(x, e, hi);
            m.kind = 2;
            return m;
        }
        /* "a person briefed on the talks", "two people familiar with the matter": the group
         * is named by its whole description */
        if (e > s && in(x, e, SAYWHO_MODIFIERS) && in(x, e - 1, SAYWHO_GROUPS) && e + 2 < hi &&
            is_prep(x, e + 1)) {
            mention r = mention_after(x, e + 2, hi);
            if (r.kind == 1 || r.kind == 2) {
                m.b = m.nb = b;
                m.e = m.ne = e;
                m.ce = r.ce > r.e ? r.ce : r.e;
                m.kind = 2;
                return m;
            }
        }
        /* "a joint readout issued after the talks": the document ends before its participle */
        if (e > s && in(x, e - 1, SAYWHO_DOC_WORDS) && in(x, e, SAYWHO_PARTICIPLES)) break;
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
        size_t a = is(x, e, "of") || is(x, e, "from") || is(x, e, "by") ? e + 1
                   : in(x, e, SAYWHO_PARTICIPLES) && is(x, e + 1, "by") ? e + 2
                                                                        : 0;
        mention r = a ? mention_after(x, a, hi) : (mention){0};
        if (r.kind == 1 || r.kind == 2) e = r.ce > r.e ? r.ce : r.e;
    }
    /* "a spokesman for the ministry", "the head of the union" */
    if ((in(x, e - 1, SAYWHO_GROUPS) || in(x, e - 1, TITLES)) &&
        (is(x, e, "for") || is(x, e, "of") || is(x, e, "at"))) {
        mention r = mention_after(x, e + 1, hi);
        if (r.kind == 2 || r.kind == 1) e = r.e;
    }
    m.b = m.nb = b;
    m.e = m.ne = e;
    m.kind = 2;
    return m;
}

/* ", one of Malaysia’s biggest makers of rubber gloves": an appositive that makes the name
 * before it one of several companies */
static int one_of_bodies(const ex *x, size_t j) {
    static const char *const BODIES[] = {
        "companies",  "firms",     "makers",    "banks",     "lenders",       "insurers",
        "airlines",   "carriers",  "retailers", "producers", "manufacturers", "operators",
        "developers", "suppliers", "exporters", "groups",    "chains",        "brands",
        "platforms",  "apps",      "clubs",     "charities", "publishers",    "utilities",
        "miners",     "refiners",  "shippers",  "builders",  "brewers",       "traders",
        NULL};
    if (j + 3 >= x->nt || !is_punct(x, j, ',') || !is(x, j + 1, "one") || !is(x, j + 2, "of"))
        return 0;
    for (size_t t = j + 3; t < x->nt && t < j + 10 && !is_punct(x, t, ','); t++)
        if (in(x, t, BODIES)) return 1;
    return 0;
}

/* ", the private company that runs the berth", ", a Johannesburg business whose…": an
 * appositive whose head is a kind of company */
static int described_as_body(const ex *x, size_t j) {
    if (j + 2 >= x->nt || !is_punct(x, j, ',') ||
        !(is(x, j + 1, "a") || is(x, j + 1, "an") || is(x, j + 1, "the")))
        return 0;
    for (size_t t = j + 2; t < x->nt && t < j + 7; t++) {
        if (!is_word(x, t) || is_prep(x, t) || in(x, t, SAYWHO_STOP)) return 0;
        if (!is_upper(x, t) && (in(x, t, SAYWHO_ORG_DESCRIPTORS) || is(x, t, "business")))
            return t + 1 >= x->nt || !is_word(x, t + 1) || is_prep(x, t + 1) ||
                   in(x, t + 1, SAYWHO_STOP);
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

static void learn_org_names(ex *x) {
    body_name *bodies = NULL;
    size_t nb = 0, cap = 0;
    int lens = 0; /* bit t-1 set: some body has t tokens (1..31) */
    for (size_t i = 0; i < x->nt; i++) {
        if (!name_token(x, i, 0) || in(x, i, SAYWHO_FUNCTION)) continue;
        size_t j = run_end(x, i, x->nt);
        if (j <= i) continue;
        int body = (i > 0 && is_word(x, i - 1) && !is_upper(x, i - 1) &&
                    in(x, i - 1, SAYWHO_ORG_DESCRIPTORS)) ||
                   (j + 1 < x->nt && is_punct(x, j, ',') && is(x, j + 1, "which")) ||
                   one_of_bodies(x, j) || described_as_body(x, j) ||
                   (i >= 2 && is_punct(x, i - 1, ',') && in(x, i - 2, SAYWHO_ORG_DESCRIPTORS) &&
                    !is_upper(x, i - 2));
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

/* Records the people and organisations a sentence names, in order, so that short forms and
 * pronouns later resolve to them. Titles next to a person are kept as roles. */
static void learn_names(ex *x, size_t b, size_t e) {
    for (size_t i = b; i < e; i++) {
        if (!name_token(x, i, 0) || in(x, i, SAYWHO_FUNCTION)) continue;
        size_t j = run_end(x, i, e);
        mention m = run_mention(x, b, i, j);
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
        if (m.kind == 1 && (place || is_possessive(x, j - 1))) {
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
                /* titles inside the run and lower-case ones right before it */
                for (size_t t = (i >= b + 3 ? i - 3 : b); t < m.nb; t++)
                    if (in(x, t, TITLES)) {
                        size_t fl;
                        const char *f = fold(x, t, &fl);
                        add_role(x, k, f, fl);
                        if (!x->ents[k].gender) x->ents[k].gender = gender_word(x, t);
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
                               !is_prep(x, h) && !in(x, h, SAYWHO_STOP) &&
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
                note_seen(x, k, i, object);
            }
        } else if (m.kind == 1) {
            note_seen(x, entity_for(x, s, n, 0, 0), i, object);
        } else if (m.kind == 2 && m.ne - m.nb == 1 && i > b && !is_upper(x, i - 1) &&
                   in(x, i - 1, SAYWHO_ORG_DESCRIPTORS)) {
            /* "chocolate maker Hoorne": a one-word company after its descriptor */
            note_seen(x, org_entity(x, s, n), i, object);
        } else if (m.kind == 2 && m.ne - m.nb >= 2 && !is(x, m.nb, "a") && !is(x, m.nb, "an")) {
            note_seen(x, org_entity(x, s, n), i, object);
        }
        i = j > i ? j - 1 : i;
    }
}

/* Records organisations named by a lower-case head with an owner: "Japan’s industry ministry",
 * "the French health ministry", "the city’s power utility", so that "the ministry" and "it"
 * later resolve to them. */
static void learn_org_phrases(ex *x, size_t b, size_t e) {
    for (size_t i = b; i < e; i++) {
        if (x->quoted[i] || !is_word(x, i) || is_upper(x, i)) continue;
        if (!in(x, i, SAYWHO_ORG_WORDS) && !in(x, i, SAYWHO_DOC_WORDS)) continue;
        if (i + 1 < e && is_word(x, i + 1) && !is_upper(x, i + 1) &&
            (in(x, i + 1, SAYWHO_ORG_WORDS) || in(x, i + 1, SAYWHO_DOC_WORDS)))
            continue; /* the head is further on */
        size_t j = i;
        while (j > b && i - j < 3 && is_word(x, j - 1) && !is_upper(x, j - 1) &&
               !in(x, j - 1, SAYWHO_STOP) && !in(x, j - 1, SAYWHO_FUNCTION) && !cue_at(x, j - 1) &&
               !is_possessive(x, j - 1))
            j--;
        /* the owner: a possessive ("Japan’s", "the city’s") or a capitalised word ("French") */
        if (j > b && (is_possessive(x, j - 1) || name_token(x, j - 1, 0))) {
            size_t o = j - 1;
            if (name_token(x, o, 0))
                o = run_start(x, b, o + 1);
            else if (o > b && in(x, o - 1, DETERMINERS))
                o--; /* "the city’s" */
            if (o > b && is(x, o - 1, "the")) o--;
            if (in(x, o, SAYWHO_FUNCTION) && !is(x, o, "the")) o++;
            if (o >= i) continue;
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
        for (size_t k = seen_from(x); k < x->n_seen; k++) {
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
    for (size_t k = seen_from(x); k < x->n_seen; k++) {
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

static int subject_at(const ex *x, size_t tb, size_t te, mention *m, size_t *verb);

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

/* A document ("the ministry’s decision", "a joint readout")? */
static int doc_entity(const entity *e) {
    return head_in(e, SAYWHO_DOC_WORDS);
}

/* A public body: a ministry, an agency, a court, a regulator? */
static int public_entity(const entity *e) {
    static const char *const PUBLIC[] = {
        "ministry",    "agency",     "authority", "commission", "council", "court",
        "department",  "government", "regulator", "office",     "board",   "inspectorate",
        "directorate", "bureau",     "tribunal",  "parliament", "police",  "secretariat",
        "ministry’s",  "agency’s",   NULL};
    char buf[256];
    size_t n = 0;
    for (const char *p = e->name;; p++) {
        if (*p == ' ' || !*p) {
            buf[n] = '\0';
            if (n && saywho__in_list(buf, n, PUBLIC)) return 1;
            n = 0;
            if (!*p) return 0;
            continue;
        }
        if (n < sizeof buf - 1) buf[n++] = (char)lower_ascii((unsigned char)*p);
    }
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

/* Was entity k first named within a few words of a word that starts like token w ("Namibia’s
 * agriculture minister, Ndapewa Shikongo" for "Namibian")? */
static int introduced_near(const ex *x, int k, size_t w, size_t before, size_t after) {
    size_t wl;
    const char *wf = fold(x, w, &wl);
    if (wl < 5) return 0;
    if (!x->ents[k].has_first) return 0;
    size_t t0 = x->ents[k].first; /* the first mention only */
    for (size_t t = t0 > before ? t0 - before : 0; t < t0 + after && t < x->nt; t++) {
        size_t tl;
        const char *tf = fold(x, t, &tl);
        if (t != w && tl >= 5 && is_upper(x, t) && memcmp(tf, wf, 5) == 0) return 1;
    }
    return 0;
}

/* One person described but not named: "a fund manager at a Mumbai firm", "the boy’s mother". */
static int unnamed_person(const ex *x, mention m) {
    if (m.kind != 2 || m.e <= m.b + 1 ||
        !(is(x, m.b, "a") || is(x, m.b, "an") || is(x, m.b, "the") || is_possessive(x, m.b)))
        return 0;
    size_t h = m.b + 1; /* the head ends the noun phrase, before any "at a Vienna firm" */
    while (h < m.e && !is_prep(x, h))
        h++;
    return in(x, h - 1, TITLES) && !is_upper(x, h - 1);
}

/* The canonical name of mention m, registering it; -1 when it names nobody. */
static int resolve_mention(ex *x, mention m, int object) {
    const char *text = x->d->text;
    if (m.kind == 3) {
        int org = is(x, m.b, "it") || is(x, m.b, "they") || is(x, m.b, "we");
        int gender = is(x, m.b, "she") ? 1 : is(x, m.b, "he") ? 2 : 0;
        int k = -1;
        size_t para = x->d->sents[sentence_of(x, m.b)].paragraph;
        /* he or she opening a sentence after one whose subject is a person: that person */
        {
            size_t si = sentence_of(x, m.b);
            mention sm;
            size_t v;
            if (!org && gender && si > 0 && x->d->sents[si].tok_begin == m.b &&
                x->d->sents[si - 1].paragraph + 1 >= para &&
                subject_at(x, x->d->sents[si - 1].tok_begin, x->d->sents[si - 1].tok_end, &sm,
                           &v) &&
                sm.kind == 1 && !(sm.gender && sm.gender != gender)) {
                int e = entity_for(x, x->d->text + tok_span(x, sm.nb, sm.ne).start,
                                   tok_span(x, sm.nb, sm.ne).end - tok_span(x, sm.nb, sm.ne).start,
                                   0, 0);
                if (e >= 0 && !(x->ents[e].gender && x->ents[e].gender != gender)) k = e;
            } else if (!org && gender && si > 0 && x->d->sents[si].tok_begin == m.b &&
                       x->d->sents[si - 1].paragraph + 1 >= para &&
                       subject_at(x, x->d->sents[si - 1].tok_begin, x->d->sents[si - 1].tok_end,
                                  &sm, &v) &&
                       unnamed_person(x, sm)) {
                k = resolve_mention(x, sm, 0); /* "A fund manager … said … He added" */
            }
        }
        /* "Brekke was asked whether … “…,” she replied": after a quote that opens its sentence,
         * the person the sentence before in the paragraph is about — its subject, or the one
         * asked */
        {
            size_t si = sentence_of(x, m.b);
            const saywho_sentence *cs = &x->d->sents[si];
            if (k < 0 && !org && gender && si > 0 && cs->tok_begin < m.b &&
                is_open(x, cs->tok_begin) && x->d->sents[si - 1].paragraph + 1 >= para) {
                const saywho_sentence *ps = &x->d->sents[si - 1];
                mention sm = {0};
                size_t v;
                for (size_t t = ps->tok_begin; t + 1 < ps->tok_end && !sm.kind; t++)
                    if ((is(x, t, "asked") || is(x, t, "pressed")) && !x->quoted[t]) {
                        mention a = mention_after(x, t + 1, ps->tok_end);
                        if (a.kind == 1) sm = a;
                    }
                if (!sm.kind && !subject_at(x, ps->tok_begin, ps->tok_end, &sm, &v)) sm.kind = 0;
                int same = ps->paragraph == para; /* a name only from the same paragraph */
                if (sm.kind == 1 && same && !(sm.gender && sm.gender != gender)) {
                    saywho_span ns = tok_span(x, sm.nb, sm.ne);
                    int e = entity_for(x, x->d->text + ns.start, ns.end - ns.start, 0, 0);
                    if (e >= 0 && !(x->ents[e].gender && x->ents[e].gender != gender)) k = e;
                } else if (unnamed_person(x, sm)) {
                    k = resolve_mention(x, sm, 0); /* "the boy’s mother … “…,” she said" */
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
            if (subject_at(x, ps->tok_begin, ps->tok_end, &sm, &v) && sm.kind == 2 &&
                (in(x, sm.e - 1, SAYWHO_ORG_WORDS) || x->orgish[sm.e - 1]))
                k = resolve_mention(x, sm, 0);
        }
        /* "it" in or right after the paragraph where a body spoke is that body */
        if (k < 0 && is(x, m.b, "it") && x->last_org >= 0 &&
            (para == x->last_org_para || para == x->last_org_para + 1))
            k = x->last_org;
        /* "“…,” said a fund manager at a Vienna firm. … “…,” he added": an unnamed person who
         * spoke in this or the last paragraph, with no person named since */
        if (k < 0 && !org && gender && x->last_unnamed >= 0 && x->last_unnamed_tok < m.b &&
            x->d->sents[sentence_of(x, x->last_unnamed_tok)].paragraph + 1 >= para) {
            int named_since = 0;
            for (size_t s = seen_from(x); s < x->n_seen && !named_since; s++)
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
    if (m.e - m.b <= 3 && is(x, m.b, "the")) {
        size_t hl;
        const char *head = fold(x, m.e - 1, &hl);
        if (is_word(x, m.e - 1) && !is_upper(x, m.e - 1)) {
            int pick = -1, fits = 0;
            size_t pt = 0;
            /* "the Namibian minister": of the people with that role, one introduced near
             * "Namibia’s" or "Namibian" */
            int modifier =
                m.e - m.b >= 3 && m.e - m.b <= 5 && is_upper(x, m.b + 1) && in(x, m.e - 1, TITLES);
            for (size_t k = seen_from(x); k < x->n_seen; k++) {
                const seen *sn = &x->seen[k];
                if (sn->tok >= m.b || x->ents[sn->ent].org) continue;
                /* "Her Namibian counterpart, Ndapewa Shikongo" is "the Namibian minister" */
                int f = 2 * (modifier && introduced_near(x, sn->ent, m.b + 1, 8, 4)) +
                        has_role(&x->ents[sn->ent], head, hl);
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
            for (size_t k = seen_from(x); k < x->n_seen; k++) {
                const seen *sn = &x->seen[k];
                if (sn->tok < m.b && !x->ents[sn->ent].org && (pick < 0 || sn->tok >= pt) &&
                    introduced_near(x, sn->ent, m.b + 1, 14, 8))
                    pick = sn->ent, pt = sn->tok;
            }
            if (pick >= 0) {
                note_seen(x, pick, m.b, object);
                return pick;
            }
        }
        saywho_span hs = tok_span(x, m.e - 1, m.e);
        int pick = -1;
        size_t pt = 0;
        for (size_t k = seen_from(x); k < x->n_seen; k++) {
            const seen *sn = &x->seen[k];
            if (sn->tok >= m.b || !x->ents[sn->ent].org) continue;
            if (name_contains(x->ents[sn->ent].name, text + hs.start, hs.end - hs.start) &&
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
            int g = gender_word(x, m.e - 1);
            int k = x->last_person;
            if (k >= 0 && g && x->ents[k].gender && x->ents[k].gender != g) k = -1;
            if (k < 0) k = recent(x, m.b, 0, g);
            if (k >= 0) {
                note_seen(x, k, m.b, object);
                return k;
            }
        }
        static const char *const COMPANIES[] = {
            "lender",       "carrier", "airline",  "insurer", "bank",    "maker", "retailer",
            "manufacturer", "app",     "platform", "brewer",  "startup", NULL};
        if (in(x, m.e - 1, COMPANIES) || is(x, m.e - 1, "company") || is(x, m.e - 1, "firm") ||
            is(x, m.e - 1, "group") || is(x, m.e - 1, "club") || is(x, m.e - 1, "organisation") ||
            is(x, m.e - 1, "organization") || is(x, m.e - 1, "body") ||
            is(x, m.e - 1, "regulator") || is(x, m.e - 1, "agency") ||
            is(x, m.e - 1, "authority") || is(x, m.e - 1, "watchdog") ||
            is(x, m.e - 1, "consortium") || is(x, m.e - 1, "cooperative")) {
            /* the body that spoke last, else the last one named that is no document; "the
             * regulator" is a public body, "the company" is not */
            int want = is(x, m.e - 1, "regulator") || is(x, m.e - 1, "agency") ||
                               is(x, m.e - 1, "authority") || is(x, m.e - 1, "watchdog")
                           ? 1
                       : is(x, m.e - 1, "group") || is(x, m.e - 1, "body") ||
                               is(x, m.e - 1, "organisation") || is(x, m.e - 1, "organization") ||
                               is(x, m.e - 1, "club") || is(x, m.e - 1, "consortium") ||
                               is(x, m.e - 1, "cooperative")
                           ? -1
                           : 0;
            int k = -1;
            size_t para = x->d->sents[sentence_of(x, m.b)].paragraph;
            if (x->last_org >= 0 && !doc_entity(&x->ents[x->last_org]) &&
                !head_in(&x->ents[x->last_org], TITLES) && para <= x->last_org_para + 2 &&
                (want < 0 || public_entity(&x->ents[x->last_org]) == want))
                k = x->last_org;
            for (size_t i = 0; k < 0 && i < x->n_seen && i < SEEN_WINDOW; i++) {
                const seen *sn = &x->seen[x->n_seen - 1 - i];
                const entity *en = &x->ents[sn->ent];
                /* "a Queensland coroner" is a person, whatever the chunker made of it */
                if (sn->tok < m.b && !sn->object && en->org && !doc_entity(en) &&
                    !group_entity(en) && !head_in(en, TITLES) &&
                    (want < 0 || public_entity(en) == want))
                    k = sn->ent;
            }
            if (k >= 0) {
                note_seen(x, k, m.b, object);
                return k;
            }
        }
    }
    if (m.ce > m.e && (!is(x, m.b, "the") || in(x, m.e - 1, SAYWHO_DOC_WORDS))) {
        /* a group is named by its whole description: "officials from both sides" */
        saywho_span whole = tok_span(x, m.b, m.ce);
        s = text + whole.start;
        n = whole.end - whole.start;
    }
    int k = org_entity(x, s, n);
    note_seen(x, k, m.b, object);
    return k;
}

/* ---- statements ---- */

/* Appends a statement and its pending attribution; returns its index or -1. */
static long new_statement(ex *x, const saywho_statement *s, const pending *p) {
    if (saywho__reserve((void **)&x->st, &x->cap, x->n + 1, sizeof *x->st) ||
        saywho__reserve((void **)&x->pend, &x->pend_cap, x->n + 1, sizeof *x->pend))
        return -1;
    x->st[x->n] = *s;
    x->pend[x->n] = *p;
    return (long)x->n++;
}

/* Records mention m as the speaker of a statement being built; names are resolved later. */
static int attribute(const ex *x, saywho_statement *s, pending *p, mention m) {
    if (!m.kind) return 0;
    s->source = tok_span(x, m.b, m.e);
    p->m = m;
    return 1;
}

static void addressee(const ex *x, saywho_statement *s, pending *p, mention m) {
    if (!m.kind || m.kind == 3) return;
    /* "told reporters at the shipyard gate": the place is where, not whom */
    size_t end = m.ce > m.e ? m.ce : m.e;
    for (size_t i = m.b + 1; i < end; i++)
        if (in(x, i - 1, SAYWHO_GROUPS) &&
            (is(x, i, "at") || is(x, i, "in") || is(x, i, "outside") || is(x, i, "near") ||
             is(x, i, "during") || is(x, i, "after"))) {
            m.e = m.ne = i;
            m.ce = 0;
            break;
        }
    s->addressee = tok_span(x, m.b, m.e);
    p->ad = m;
}

/* ---- quotes ---- */

typedef struct quote {
    size_t open, close; /* tokens of the marks; close == open for a quote that runs on */
    size_t cb, ce;      /* content tokens */
    int runs_on;        /* the paragraph ends inside it */
} quote;

/* Content span of tokens [b, e) of a quote, without a final comma or period inside the marks. */
static saywho_span quote_content(const ex *x, size_t b, size_t e, int runs_on) {
    if (!runs_on && e > b && (is_punct(x, e - 1, ',') || is_punct(x, e - 1, '.'))) e--;
    return tok_span(x, b, e);
}

/* Finds the cue in tokens [b, e) scanning right, or e. */
static size_t find_cue(const ex *x, size_t b, size_t e, size_t *len) {
    for (size_t i = b; i < e; i++) {
        if (x->quoted[i]) continue;
        size_t n = cue_at(x, i);
        if (n) {
            *len = n;
            return i;
        }
    }
    return e;
}

/* Sets speaker and cue from an attribution "X said" / "said X" found in tokens [b, e) after a
 * quote. Returns 1 when found. */
static int attribution_after(ex *x, saywho_statement *s, pending *p, size_t b, size_t e) {
    size_t len = 0;
    while (b < e && (is_punct(x, b, ',') || is_dash(x, b)))
        b++;
    /* room for an appositive: "…,” Dr. Binod Karki, who runs the snakebite unit at a public
     * hospital in Bharatpur, said by telephone." */
    size_t limit = b + 30 < e ? b + 30 : e;
    for (size_t i = b; i < limit; i++)
        if (is_open(x, i) || x->t[i].flags & SAYWHO_TOKEN_TERMINAL) {
            limit = i;
            break;
        }
    size_t c = find_cue(x, b, limit, &len);
    if (c == limit) return 0;
    /* "…,” Okafor said" names the speaker before the cue; "…,” said Okafor" after it */
    mention m = c > b ? mention_before(x, b, c) : mention_after(x, c + len, e);
    /* "…,” said Okafor" names the speaker after the cue, "…,” X told Wire" never does */
    if (!m.kind && c > b && !in(x, c, OBJECT_CUES)) m = mention_after(x, c + len, e);
    if (!m.kind) return 0;
    s->cue = tok_span(x, c, c + len);
    if (!attribute(x, s, p, m)) return 0;
    if (in(x, c, OBJECT_CUES)) {
        size_t a = (m.b > c) ? m.e : c + len;
        if (is_punct(x, a, ',')) a++;
        addressee(x, s, p, mention_after(x, a, e));
    }
    return 1;
}

/* Sets speaker and cue from an attribution before a quote in its sentence: "X said: “",
 * "X told Y the bloc should “". Returns 1 when found. */
static int attribution_before(ex *x, saywho_statement *s, pending *p, size_t sb, size_t open) {
    /* the nearest cue to the left, outside other quotes */
    size_t kept = SIZE_MAX, kept_len = 0; /* "…, and warned that …": the cue, before its subject */
    for (size_t i = open; i-- > sb;) {
        if (x->quoted[i]) continue;
        size_t len = cue_at(x, i);
        if (!len || i + len > open) continue;
        if (is(x, i, "according")) {
            mention m = mention_after(x, i + 2, open);
            if (!m.kind) return 0;
            s->cue = tok_span(x, i, i + 2);
            return attribute(x, s, p, m);
        }
        mention m = mention_before(x, sb, i);
        /* "Méndez said the footage showed “…”": what the footage showed is what she said */
        if (m.kind == 2 && m.b > sb + 1 &&
            (is(x, i, "showed") || is(x, i, "shows") || is(x, i, "found") || is(x, i, "finds") ||
             is(x, i, "suggested") || is(x, i, "suggests") || is(x, i, "indicated") ||
             is(x, i, "revealed")) &&
            (cue_at(x, m.b - 1) || (is(x, m.b - 1, "that") && cue_at(x, m.b - 2))))
            continue;
        size_t wl;
        const char *w = fold(x, i, &wl);
        int participle =
            i > sb && wl > 4 && memcmp(w + wl - 3, "ing", 3) == 0 && is_punct(x, i - 1, ',');
        if (!m.kind && i > sb + 1 && (is(x, i - 1, "and") || is(x, i - 1, "but") || participle)) {
            /* "…, and called the walkout “…”", "…, warning that it would be “…”": the subject
             * of the sentence */
            mention sm;
            size_t v;
            if (subject_at(x, sb, i, &sm, &v)) {
                m = sm;
            } else if (kept == SIZE_MAX) {
                /* the subject of the clause before: "Scientists at X said A, and warned …" */
                kept = i;
                kept_len = len;
                continue;
            }
        }
        /* "…, Carla Lindgren, president of the growers, who called the offer “…”" */
        if (!m.kind && i > sb + 2 && is(x, i - 1, "who") && is_punct(x, i - 2, ',')) {
            size_t c = i - 2; /* the name before the appositive */
            mention r = {0};
            /* "Carla Lindgren, president of the growers’ association, who": the name before
             * the appositive, not the association */
            size_t c2 = c;
            for (int hop = 0; hop < 3 && !r.kind; hop++) { /* up to three appositives back */
                while (c2 > sb && !is_punct(x, c2 - 1, ','))
                    c2--;
                if (c2 <= sb + 1 || !is_word(x, c2) || (is_upper(x, c2) && !in(x, c2, DETERMINERS)))
                    break;
                mention n = mention_before(x, sb, c2 - 1);
                if (n.kind == 1) r = n;
                c2--;
            }
            if (!r.kind) r = mention_before(x, sb, c);
            while (!r.kind && c > sb + 1) {
                do
                    c--;
                while (c > sb && !is_punct(x, c, ','));
                if (c > sb) r = mention_before(x, sb, c);
            }
            if (r.kind == 1 || r.kind == 2) m = r;
        }
        int saying = is(x, i, "said") || is(x, i, "says") || is(x, i, "added") ||
                     is(x, i, "asked") || is(x, i, "wrote") || is(x, i, "replied");
        if (!m.kind && saying) {
            /* "said Okafor: “…”" — the inverted speaker stands right before the quote */
            mention r = mention_after(x, i + len, open);
            if (r.kind && (r.e == open ||
                           (r.e + 1 == open && (is_punct(x, r.e, ',') || is_punct(x, r.e, ':')))))
                m = r;
        }
        /* "X told analysts that testers had found the game “…”": a cue with no speaker of its
         * own ("found") gives way to one further left */
        if (!m.kind) continue;
        if (kept != SIZE_MAX) {
            i = kept;
            len = kept_len;
        }
        s->cue = tok_span(x, i, i + len);
        if (!attribute(x, s, p, m)) return 0;
        /* "called the decision “a mistake”" names no addressee; "called on X" does */
        int calls = is(x, i, "called") || is(x, i, "calling") || is(x, i, "calls");
        if (in(x, i, OBJECT_CUES) && !(calls && len == 1)) {
            size_t a = m.b > i ? m.e : i + len;
            mention ad = mention_after(x, a, open);
            if (ad.kind && ad.e < open && !in(x, ad.b, DETERMINERS))
                addressee(x, s, p, ad);
            else if (ad.kind == 2 && ad.e < open && (is(x, ad.e, "to") || is(x, ad.e, "that")))
                addressee(x, s, p, ad);
        }
        return 1;
    }
    /* "Okafor was blunt: “…”" — a colon right before the quote, the subject as speaker */
    if (open > sb && is_punct(x, open - 1, ':')) {
        mention sm;
        size_t verb;
        if (subject_at(x, sb, open - 1, &sm, &verb)) {
            s->cue = tok_span(x, open - 1, open);
            return attribute(x, s, p, sm);
        }
        /* "For Arce, the lesson of Sunday was simple: “…”": the person the sentence is for */
        if (is(x, sb, "for") && sb + 1 < open) {
            mention f = mention_after(x, sb + 1, open - 1);
            if ((f.kind == 1 || (f.kind == 2 && in(x, f.e - 1, SAYWHO_GROUPS))) && f.e < open &&
                is_punct(x, f.e, ',')) {
                s->cue = tok_span(x, open - 1, open);
                return attribute(x, s, p, f);
            }
        }
        /* the subject: after an opening phrase ("Standing nearby, student X had a view:") */
        size_t from = sb;
        for (size_t i = sb; i + 1 < open && i < sb + 10; i++)
            if (is_punct(x, i, ',')) {
                from = i + 1;
                break;
            }
        if (is(x, from, "for") || is(x, from, "to")) return 0; /* "For X, the vote raised…" */
        /* "Asked whether…, the deputy minister gave a short answer:" */
        if (from > sb && subject_at(x, from, open - 1, &sm, &verb)) {
            s->cue = tok_span(x, open - 1, open);
            return attribute(x, s, p, sm);
        }
        mention m = mention_after(x, from, open - 1);
        if (m.kind) {
            s->cue = tok_span(x, open - 1, open);
            return attribute(x, s, p, m);
        }
    }
    return 0;
}

/* Pairs the top-level quotation marks of paragraph p; appends to *qs. */
static int paragraph_quotes(ex *x, size_t p, quote **qs, size_t *nq, size_t *cap) {
    const saywho_paragraph *pa = &x->d->paras[p];
    size_t depth = 0, open = 0;
    for (size_t i = pa->tok_begin; i < pa->tok_end; i++) {
        if (depth) x->quoted[i] = 1;
        if (is_open(x, i)) {
            if (depth++ == 0) open = i;
        } else if (is_close(x, i) && depth) {
            if (--depth == 0) {
                x->quoted[i] = 0;
                if (saywho__reserve((void **)qs, cap, *nq + 1, sizeof **qs)) return -1;
                (*qs)[(*nq)++] = (quote){open, i, open + 1, i, 0};
            }
        }
    }
    if (depth) {
        if (saywho__reserve((void **)qs, cap, *nq + 1, sizeof **qs)) return -1;
        (*qs)[(*nq)++] = (quote){open, open, open + 1, pa->tok_end, 1};
    }
    return 0;
}

static size_t words_in(const ex *x, size_t b, size_t e) {
    size_t n = 0;
    for (size_t i = b; i < e; i++)
        n += x->t[i].kind == SAYWHO_TOK_WORD || x->t[i].kind == SAYWHO_TOK_NUMBER;
    return n;
}

/* Is the quote opening at token `open` the start of its sentence (or after a dateline dash or a
 * colon)? Then it is a direct quote. */
static int starts_sentence(const ex *x, size_t open) {
    const saywho_sentence *se = &x->d->sents[sentence_of(x, open)];
    if (se->tok_begin == open) return 1;
    if (open > 0 && (is_punct(x, open - 1, ':') || is_dash(x, open - 1))) return 1;
    if (open > 0 && is_punct(x, open - 1, ',') && open >= 2) {
        size_t c = open - 2;
        if (cue_at(x, c)) return 1;
        for (size_t i = se->tok_begin; i < open - 1; i++)
            if (cue_at(x, i) && i + 4 >= open - 1) return 1;
    }
    return 0;
}

/* "In a letter to the ministry, …": the addressee of the statements of the sentence. */
static mention letter_to(const ex *x, size_t sb, size_t se) {
    for (size_t i = sb; i + 2 < se; i++)
        if ((is(x, i, "letter") || is(x, i, "message") || is(x, i, "appeal") || is(x, i, "note")) &&
            is(x, i + 1, "to") && !x->quoted[i] && i > sb &&
            /* the noun, not the verb: "an appeal to", "in an open letter to", not "appeal to" */
            (in(x, i - 1, DETERMINERS) || is_possessive(x, i - 1) ||
             (i > sb + 1 && in(x, i - 2, DETERMINERS) && is_word(x, i - 1))))
            return mention_after(x, i + 2, se);
    return (mention){0};
}

/* Marks the tokens inside quotations. */
static int mark_quotes(ex *x) {
    for (size_t p = 0; p < x->d->n_paras; p++)
        if (paragraph_quotes(x, p, &x->qs, &x->nq, &x->qs_cap)) return -1;
    return 0;
}

/* “A,” she said. “B.” — a quote that opens the sentence right after the one that attributed
 * the previous quote, in the same paragraph, with no attribution of its own, continues it. */
static int continues(const ex *x, const saywho_statement *ps, size_t prev_para, size_t para,
                     const quote *qu) {
    if (!ps || prev_para != para || ps->kind != SAYWHO_KIND_DIRECT || !ps->cue.end ||
        ps->n_content >= SAYWHO_MAX_FRAGMENTS || qu->runs_on)
        return 0;
    size_t si = sentence_of(x, qu->open);
    if (x->d->sents[si].tok_begin != qu->open || si == 0) return 0;
    const saywho_sentence *before = &x->d->sents[si - 1];
    if (ps->cue.start < before->start || ps->cue.end > before->end) return 0;
    /* the attribution came after the previous quote, and this quote has none of its own */
    if (ps->cue.start < ps->content[ps->n_content - 1].end) return 0;
    for (size_t i = qu->close + 1; i < x->d->sents[si].tok_end; i++)
        if (cue_at(x, i)) return 0;
    return 1;
}

/* The subject that opens sentence tokens [tb, te) and its verb: "Suriname’s deputy foreign
 * minister, Ramon Dwarkasing, sounded…", "Klaas Mol, who farms the next plot, was blunter",
 * "Gunasekera struck…". Returns 0 when the sentence does not open with one. */
static int subject_at(const ex *x, size_t tb, size_t te, mention *m, size_t *verb) {
    size_t v = tb;
    for (;;) {
        while (v < te && v < tb + 16 &&
               (!is_word(x, v) || is_upper(x, v) || title_at(x, v) || in(x, v, SAYWHO_DEPTS) ||
                in(x, v, DETERMINERS) || in(x, v, SAYWHO_PARTICLES) || in(x, v, SAYWHO_GROUPS) ||
                in(x, v, SAYWHO_ORG_WORDS) || is_possessive(x, v)) &&
               !is_punct(x, v, '.') && !is_punct(x, v, ':') && !is_dash(x, v) && !x->quoted[v])
            v++;
        /* "Retired submarine captain Johan Visagie": words that describe a title before a name */
        size_t t = v;
        while (t < te && t < v + 2 && is_word(x, t) && !is_upper(x, t) && !title_at(x, t) &&
               !in(x, t, SAYWHO_STOP) && !in(x, t, SAYWHO_FUNCTION))
            t++;
        if (t > v && t + 1 < te && title_at(x, t) && !is_upper(x, t) && name_token(x, t + 1, 0) &&
            v < tb + 16)
            v = t;
        else
            break;
    }
    if (v >= te || v == tb || !is_word(x, v) || is_upper(x, v) || is_prep(x, v) ||
        (in(x, v, SAYWHO_FUNCTION) && !is(x, v, "who")) ||
        (in(x, tb, SAYWHO_FUNCTION) && !in(x, tb, DETERMINERS)))
        return 0; /* "Outside Congress in Valparaíso, students marched" has no lead subject */
    /* "Klaas Mol, who farms the next plot, was blunter": the subject before the clause */
    size_t se = v;
    if ((is(x, v, "who") || is(x, v, "which")) && v > tb + 1) {
        /* "NAME, a Kenyan trade lawyer who chaired the talks, made the remark": the clause
         * belongs to the appositive; the subject ends at the comma before it */
        size_t c = v - 1;
        while (c > tb && !is_punct(x, c, ','))
            c--;
        if (c > tb) se = c;
    }
    /* "Eleni Papadaki, the archaeologist leading the dig for the antiquities service, was
     * blunt": a name, then an appositive with words of its own, then the verb */
    {
        size_t j = name_token(x, tb, 0) ? run_end(x, tb, te) : tb;
        if (j > tb && j < v && is_punct(x, j, ',') && in(x, j + 1, DETERMINERS)) {
            size_t k = v;
            while (k < te && k < j + 25 && !is_punct(x, k, ',') && !x->quoted[k] &&
                   !is_punct(x, k, ':'))
                k++;
            mention nm = run_mention(x, tb, tb, j);
            if (k + 1 < te && is_punct(x, k, ',') && nm.kind == 1 && is_word(x, k + 1) &&
                !is_upper(x, k + 1) && !in(x, k + 1, SAYWHO_FUNCTION) && !is_prep(x, k + 1)) {
                *m = nm;
                *verb = k + 1;
                return 1;
            }
        }
    }
    mention s = mention_before(x, tb, se);
    if (!s.kind) return 0;
    if (s.kind == 2 && !in(x, s.e - 1, SAYWHO_ORG_WORDS) && !in(x, s.e - 1, SAYWHO_GROUPS))
        return 0;
    /* "…, who chairs the board, spoke": the verb after the relative clause */
    if (is(x, v, "who") || is(x, v, "which")) {
        while (v < te && !is_punct(x, v, ','))
            v++;
        v++;
        if (v >= te || !is_word(x, v)) return 0;
    }
    *m = s;
    *verb = v;
    return 1;
}

/* The lead-in of a quote paragraph with no cue: the last sentence of the paragraph before, when
 * it holds no quotation and opens with its subject. */
static int lead_in(const ex *x, size_t para, mention *m, size_t *verb) {
    if (para == 0) return 0;
    const saywho_paragraph *pp = &x->d->paras[para - 1];
    if (pp->tok_end <= pp->tok_begin) return 0;
    const saywho_sentence *ls = &x->d->sents[sentence_of(x, pp->tok_end - 1)];
    for (size_t i = ls->tok_begin; i < ls->tok_end; i++)
        if (x->quoted[i] || is_open(x, i) || is_close(x, i)) return 0;
    mention s;
    size_t v;
    int ok = subject_at(x, ls->tok_begin, ls->tok_end, &s, &v);
    /* "Later, in the legislature in Quebec City, Bérubé addressed reporters." */
    for (size_t c = ls->tok_begin + 14 < ls->tok_end ? ls->tok_begin + 14 : ls->tok_end;
         !ok && c-- > ls->tok_begin + 1;)
        if (is_punct(x, c, ',') && c + 1 < ls->tok_end &&
            (name_token(x, c + 1, 0) || in(x, c + 1, PRONOUNS)) &&
            subject_at(x, c + 1, ls->tok_end, &s, &v) && (s.kind == 1 || s.kind == 3))
            ok = 1;
    if (!ok) return 0;
    /* people and named bodies lead into quotes; "Parents gathered at the gates." is scene, and
     * a body needs a verb after it ("an Austral Móvil shop …" is a place) */
    if (s.kind == 2) {
        size_t vl;
        const char *vw = fold(x, v, &vl);
        int verb_like = (vl > 3 && memcmp(vw + vl - 2, "ed", 2) == 0) || is(x, v, "was") ||
                        is(x, v, "has") || is(x, v, "had") || is(x, v, "is") || is(x, v, "took") ||
                        is(x, v, "struck") || is(x, v, "made") || is(x, v, "gave") ||
                        is(x, v, "put") || is(x, v, "went");
        if (!in(x, s.e - 1, SAYWHO_ORG_WORDS) || !verb_like) return 0;
    }
    *m = s;
    *verb = v;
    return 1;
}

/* A quote paragraph with no cue whose speaker the next paragraph names, pointing back at the
 * words: "Dr. Teresa Quispe … made the comparison as she presented the report", "That was how
 * Judge Vesna Marković summed up the case", "Tran Thi Mai shouted the words through a
 * megaphone". Sets the person and the word that points back. */
static int lead_out(const ex *x, size_t para, mention *m, size_t *verb) {
    if (para + 1 >= x->d->n_paras) return 0;
    const saywho_paragraph *np = &x->d->paras[para + 1];
    if (np->tok_end <= np->tok_begin) return 0;
    const saywho_sentence *fs = &x->d->sents[sentence_of(x, np->tok_begin)];
    size_t tb = fs->tok_begin, te = fs->tok_end;
    size_t back = te;
    for (size_t i = tb; i < te && i < tb + 30; i++) {
        if (x->quoted[i] || is_open(x, i)) return 0;
        if (is(x, i, "remark") || is(x, i, "remarks") || is(x, i, "comparison") ||
            is(x, i, "words") || is(x, i, "comments") || is(x, i, "summed") ||
            is(x, i, "addressing")) {
            back = i;
            break;
        }
    }
    if (back == te) return 0;
    mention s;
    size_t v;
    if (subject_at(x, tb, back, &s, &v) && s.kind == 1) {
        *m = s;
        *verb = back;
        return 1;
    }
    /* "That was how NAME summed up …", "Those were the words of NAME" */
    for (size_t i = tb; i < back; i++)
        if ((is(x, i, "how") || is(x, i, "of")) && i + 1 < back) {
            size_t k = i + 1;
            while (k < back && !is_upper(x, k) && title_at(x, k))
                k++;
            mention r = mention_after(x, k > i + 1 ? i + 1 : k, back);
            if (r.kind == 1) {
                *m = r;
                *verb = back;
                return 1;
            }
        }
    return 0;
}

/* A quotation inside a sentence that names something rather than reports words: a single word
 * (“taxes”), a title or name in capitals (“Save the Waldach Ridge”, “Mar Azul”), or a short term
 * after a verb of naming ("what the navy calls “Mar Azul”", "dubbed the “crack book”"). */
static int quoted_term(const ex *x, const quote *qu) {
    size_t nw = words_in(x, qu->cb, qu->ce);
    if (nw <= 1) return 1;
    /* every word but function words in capitals, one at least */
    int title = nw <= 6, caps = 0;
    for (size_t i = qu->cb; title && i < qu->ce; i++) {
        if (!is_word(x, i)) continue;
        if (is_upper(x, i) && !in(x, i, SAYWHO_FUNCTION))
            caps++;
        else if (!in(x, i, SAYWHO_FUNCTION) && !in(x, i, SAYWHO_PARTICLES) && !is_prep(x, i) &&
                 !is(x, i, "and"))
            title = 0;
    }
    if (title && caps) return 1;
    if (nw > 3) return 0;
    /* "dubbed “the Club”", "what it called the “karoshi line”"; but "called the deal “a big
     * step”" reports words */
    size_t o = qu->open;
    int det = o >= 2 && (in(x, o - 1, DETERMINERS) || is_possessive(x, o - 1));
    size_t j = det ? o - 2 : o - 1; /* the word before "the" or before the mark */
    if (o < 2 || j < 1) return 0;
    if (is(x, j, "so-called") || is(x, j, "dubbed") || is(x, j, "nicknamed") ||
        (is(x, j, "as") && is(x, j - 1, "known")))
        return 1;
    if (det && (is(x, j, "called") || is(x, j, "calls") || is(x, j, "call") || is(x, j, "named") ||
                is(x, j, "termed") || is(x, j, "labelled") || is(x, j, "labeled")))
        return 1;
    return 0;
}

/* “A,” she said. “B.” — a quote that opens the sentence right after the attribution that
 * closed the previous quote continues that statement. */
static int after_attribution(const ex *x, const saywho_statement *ps, size_t prev_para, size_t para,
                             const quote *qu) {
    if (!ps || prev_para != para || ps->kind != SAYWHO_KIND_DIRECT || ps->cue.end == 0 ||
        ps->n_content >= SAYWHO_MAX_FRAGMENTS || qu->open == 0 || !starts_sentence(x, qu->open))
        return 0;
    size_t p = qu->open - 1;
    if (!(x->t[p].flags & SAYWHO_TOKEN_TERMINAL) || x->t[p].start < ps->cue.end) return 0;
    if (ps->cue.start < ps->content[ps->n_content - 1].end) return 0; /* the cue came first */
    return x->t[p].start - ps->cue.end < 40;
}

static int do_quotes(ex *x) {
    quote *qs = x->qs;
    size_t nq = x->nq;
    int rc = -1;
    long prev = -1; /* the statement the last quote belonged to */
    size_t prev_para = (size_t)-1;
    for (size_t q = 0; q < nq; q++) {
        quote *qu = &qs[q];
        size_t open_sent = sentence_of(x, qu->open);
        size_t para = x->d->sents[open_sent].paragraph;
        size_t sb = x->d->sents[open_sent].tok_begin;
        size_t last_tok = qu->runs_on ? qu->ce - 1 : qu->close;
        size_t se = x->d->sents[sentence_of(x, last_tok)].tok_end;
        size_t nw = words_in(x, qu->cb, qu->ce);
        int direct = starts_sentence(x, qu->open);
        saywho_statement *ps = prev >= 0 ? &x->st[prev] : NULL;

        /* a split quote: “A,” she said, “B.” — B continues A's statement */
        if ((ps && prev_para == para && qu->open > 0 && is_punct(x, qu->open - 1, ',') &&
             ps->n_content < SAYWHO_MAX_FRAGMENTS && ps->cue.end > 0 &&
             x->t[qu->open - 1].start >= ps->cue.end &&
             x->t[qu->open - 1].start - ps->cue.end < 60 && open_sent == ps->sentence) ||
            after_attribution(x, ps, prev_para, para, qu) ||
            continues(x, ps, prev_para, para, qu)) {
            ps->content[ps->n_content++] = quote_content(x, qu->cb, qu->ce, qu->runs_on);
            for (size_t i = qu->cb; i < qu->ce; i++)
                x->owner[i] = (int)prev;
        } else {
            saywho_statement s;
            pending pd;
            memset(&s, 0, sizeof s);
            memset(&pd, 0, sizeof pd);
            int found = 0;
            /* "A banner on the railings read: “…”": what signs and banners say is
             * unattributed, and continues nobody */
            int sign = 0;
            if (qu->open > sb && is_punct(x, qu->open - 1, ':'))
                for (size_t i = sb; i + 1 < qu->open; i++)
                    if (in(x, i, SAYWHO_SIGNS)) sign = 1;
            /* a partial quote belongs to the reported speech around it ("Okafor told Lindqvist
             * the EU should “…,” according to a readout"): its cue comes first */
            if (!direct && !sign) found = attribution_before(x, &s, &pd, sb, qu->open);
            if (!found && !sign && !qu->runs_on)
                found = attribution_after(x, &s, &pd, qu->close + 1, se);
            if (!found && !sign && direct) found = attribution_before(x, &s, &pd, sb, qu->open);
            if (found && !pd.ad.kind) addressee(x, &s, &pd, letter_to(x, sb, se));
            /* a quoted term, title or scare quote; but a quote that is a whole sentence of its
             * own ("“Save our school!”") is a statement however short */
            int whole = direct && !qu->runs_on;
            for (size_t i = qu->close + 1; whole && i < se; i++)
                if (!(x->t[i].flags & SAYWHO_TOKEN_TERMINAL)) whole = 0;
            if (!found && nw < 4 && !whole) continue;
            if (!direct && quoted_term(x, qu)) continue;
            if (!found && !direct && nw < 8) continue;
            /* a quote with no cue may continue the speaker before it; resolve_all decides */
            if (!found && direct && !sign) pd.floating = 1;
            s.kind = direct ? SAYWHO_KIND_DIRECT : SAYWHO_KIND_PARTIAL;
            s.content[0] = quote_content(x, qu->cb, qu->ce, qu->runs_on);
            s.n_content = 1;
            s.sentence = open_sent;
            s.frame = (saywho_span){x->t[sb].start, x->t[se - 1].end};
            if (!found) {
                int fl = pd.floating;
                memset(&pd, 0, sizeof pd);
                pd.floating = fl;
                s.source = s.cue = s.addressee = (saywho_span){0, 0};
                if (fl && qu->open == x->d->paras[para].tok_begin) {
                    lead_in(x, para, &pd.lead, &pd.lead_verb);
                    /* the quote must be the whole paragraph for the next one to point back */
                    size_t pe = x->d->paras[para].tok_end;
                    if (!qu->runs_on && qu->close + 2 >= pe)
                        lead_out(x, para, &pd.after, &pd.after_verb);
                }
            }
            prev = new_statement(x, &s, &pd);
            if (prev < 0) goto done;
            for (size_t i = qu->cb; i < qu->ce; i++)
                x->owner[i] = (int)prev;
        }
        prev_para = para;
        /* a quote that runs on continues in the next paragraph's opening quote */
        while (qu->runs_on && q + 1 < nq) {
            quote *nx = &qs[q + 1];
            size_t np = x->d->sents[sentence_of(x, nx->open)].paragraph;
            if (np != para + 1 || nx->open != x->d->paras[np].tok_begin) break;
            ps = &x->st[prev];
            if (ps->n_content < SAYWHO_MAX_FRAGMENTS)
                ps->content[ps->n_content++] = quote_content(x, nx->cb, nx->ce, nx->runs_on);
            for (size_t i = nx->cb; i < nx->ce; i++)
                x->owner[i] = (int)prev;
            q++;
            para = np;
            prev_para = np;
            if (!x->pend[prev].m.kind && !nx->runs_on) {
                size_t se2 = x->d->sents[sentence_of(x, nx->close)].tok_end;
                attribution_after(x, ps, &x->pend[prev], nx->close + 1, se2);
            }
            qu = nx;
        }
    }
    rc = 0;
done:
    return rc;
}

/* ---- reported speech ---- */

/* The end of a reported clause starting at b: the sentence end, before a final period, or
 * before ", according to" / ", X said". */
/* Does a second reported clause start at token i: "and that …", "but noted that …", "and he
 * stressed …"? Returns the token after the conjunction, or 0. */
static size_t coordinated_at(const ex *x, size_t i, size_t e) {
    if (!(is(x, i, "and") || is(x, i, "but")) || i + 2 >= e) return 0;
    size_t c = i + 1;
    if (is(x, c, "that")) return c;
    if (in(x, c, PRONOUNS)) c++;
    size_t len = cue_at(x, c);
    if (!len || is(x, c, "according") || x->quoted[c]) return 0;
    return in(x, c, CLAUSE_CUES) || in(x, c, OBJECT_CUES) || len == 2 ? i + 1 : 0;
}

static size_t clause_end(const ex *x, size_t b, size_t e) {
    while (e > b && (x->t[e - 1].flags & SAYWHO_TOKEN_TERMINAL || is_close(x, e - 1)))
        e--;
    for (size_t i = b + 1; i + 1 < e; i++) {
        /* "said A, but noted that B": A ends before the conjunction */
        if (coordinated_at(x, i, e)) return is_punct(x, i - 1, ',') ? i - 1 : i;
        /* "said A, but described the meeting as “…”": so does a cue with a quote of its own */
        if (is_punct(x, i - 1, ',') && (is(x, i, "and") || is(x, i, "but")) && cue_at(x, i + 1) &&
            !is(x, i + 1, "according") && !x->quoted[i + 1]) {
            for (size_t j = i + 2; j < e && j < i + 12; j++)
                if (x->quoted[j]) return i - 1;
        }
    }
    for (size_t i = b; i + 1 < e; i++) {
        if (!is_punct(x, i, ',')) continue;
        if (is(x, i + 1, "according")) return i;
        if (is(x, i + 1, "citing") || is(x, i + 1, "adding") || is(x, i + 1, "saying") ||
            is(x, i + 1, "warning") || is(x, i + 1, "arguing") || is(x, i + 1, "noting"))
            return i;
        /* "said A, and declined to comment on B": the speaker's next act, not A's */
        static const char *const ACTS[] = {
            "declined",   "refused",    "gave",    "offered", "promised", "vowed",
            "apologised", "apologized", "thanked", "praised", "blamed",   "accused",
            "dismissed",  "left",       "walked",  "stopped", NULL};
        if (i + 2 < e && (is(x, i + 1, "and") || is(x, i + 1, "but")) && in(x, i + 2, ACTS))
            return i;
    }
    return e;
}

/* Adds a reported statement: content tokens [cb, ce), cue tokens [kb, ke), speaker m. */
static int add_reported(ex *x, size_t si, size_t cb, size_t ce, size_t kb, size_t ke, mention m,
                        mention ad) {
    const saywho_sentence *se = &x->d->sents[si];
    /* never over another statement's words, nor over a quote */
    for (size_t t = cb; t < ce; t++)
        if (x->owner[t] >= 0 || is_open(x, t) || is_close(x, t)) return 0;
    saywho_statement s;
    pending pd;
    memset(&s, 0, sizeof s);
    memset(&pd, 0, sizeof pd);
    s.kind = SAYWHO_KIND_INDIRECT;
    s.content[0] = tok_span(x, cb, ce);
    s.n_content = 1;
    s.cue = tok_span(x, kb, ke);
    s.sentence = si;
    s.frame = (saywho_span){se->start, se->end};
    attribute(x, &s, &pd, m);
    if (!ad.kind) ad = letter_to(x, se->tok_begin, se->tok_end);
    addressee(x, &s, &pd, ad);
    long k = new_statement(x, &s, &pd);
    if (k < 0) return -1;
    for (size_t t = cb; t < ce; t++)
        x->owner[t] = (int)k;
    return 0;
}

/* Skips time and manner adjuncts after a cue or its addressee: "said on Tuesday", "said in a
 * statement", "said last week". */
static size_t skip_adjuncts(const ex *x, size_t k) {
    for (;;) {
        if ((is(x, k, "on") || is(x, k, "late") || is(x, k, "early")) && is_upper(x, k + 1)) {
            k += 2;
            continue;
        }
        if (is(x, k, "in") && (is(x, k + 1, "a") || is(x, k + 1, "an")) &&
            (is(x, k + 2, "statement") || is(x, k + 2, "interview") || is(x, k + 2, "letter") ||
             is(x, k + 2, "note") || is(x, k + 2, "report") || is(x, k + 2, "post"))) {
            k += 3;
            continue;
        }
        if ((is(x, k, "last") || is(x, k, "this")) &&
            (is(x, k + 1, "week") || is(x, k + 1, "month") || is(x, k + 1, "year") ||
             is_upper(x, k + 1))) {
            k += 2;
            continue;
        }
        if (is(x, k, "on") &&
            (is(x, k + 1, "social") || is(x, k + 1, "television") || is(x, k + 1, "radio"))) {
            k += is(x, k + 1, "social") ? 3 : 2;
            continue;
        }
        if (is_punct(x, k, ',') && (is(x, k + 1, "however") || is(x, k + 1, "though"))) {
            k += 3;
            continue;
        }
        /* a place or an occasion before "that": "told reporters in Buon Ma Thuot that", "said
         * after the meeting that" */
        if (is(x, k, "in") || is(x, k, "at") || is(x, k, "outside") || is(x, k, "after") ||
            is(x, k, "during") || is(x, k, "before") || is(x, k, "following") || is(x, k, "near")) {
            size_t j = k + 1;
            while (j < x->nt && j < k + 7 && is_word(x, j) && !is(x, j, "that") &&
                   !in(x, j, SAYWHO_STOP) && !cue_at(x, j))
                j++;
            if (j > k + 1 && is(x, j, "that")) {
                k = j;
                continue;
            }
        }
        return k;
    }
}

static int do_reported(ex *x) {
    for (size_t si = 0; si < x->d->n_sents; si++) {
        const saywho_sentence *se = &x->d->sents[si];
        size_t b = se->tok_begin, e = se->tok_end;
        /* a sentence may hold a quote and reported speech beside it ("X said A, and warned that
         * B was “…”"); add_reported keeps them apart */
        /* a quotation that is no statement of its own blocks reported speech around it,
         * unless it is a short name or term ("the “Save the Waldach Ridge” campaign") */
        size_t quoted_words = 0;
        for (size_t i = b; i < e; i++)
            quoted_words += x->quoted[i] && is_word(x, i) && x->owner[i] < 0;
        int has_quote = quoted_words > 5;

        /* "According to X, CLAUSE." and "CLAUSE, according to X." */
        for (size_t i = b; i + 2 < e; i++) {
            if (!(is(x, i, "according") && is(x, i + 1, "to")) || x->quoted[i]) continue;
            mention m = mention_after(x, i + 2, e);
            if (!m.kind) break;
            size_t cb, ce;
            if (i == b) {
                size_t k = m.e;
                while (k < e && !is_punct(x, k, ','))
                    k++;
                if (k >= e) break;
                cb = k + 1;
                ce = clause_end(x, cb, e);
            } else if (i > b && is_punct(x, i - 1, ',')) {
                cb = b;
                ce = i - 1;
            } else {
                break;
            }
            if (words_in(x, cb, ce) < 4 || has_quote) break;
            if (add_reported(x, si, cb, ce, i, i + 2, m, (mention){0})) return -1;
            goto next_sentence;
        }

        /* "CLAUSE, X said." / "CLAUSE, said X." at the end of the sentence, or before a
         * second clause of the same speaker: "CLAUSE, the bank warned, and said CLAUSE2." */
        {
            size_t end = e;
            while (end > b && (x->t[end - 1].flags & SAYWHO_TOKEN_TERMINAL))
                end--;
            size_t tail = 0; /* the cue of "…, and said CLAUSE2" */
            for (size_t t = end; t-- > b + 6;) {
                size_t c2 = is_punct(x, t, ',') && t + 1 < end ? coordinated_at(x, t + 1, end) : 0;
                if (c2 && !is(x, c2, "that")) {
                    tail = in(x, c2, PRONOUNS) ? c2 + 1 : c2;
                    end = t;
                    break;
                }
            }
            for (size_t c = end; c-- > b + 4;) {
                if (!is_punct(x, c, ',')) continue;
                size_t len = 0, k = find_cue(x, c + 1, end, &len);
                if (k == end || k > c + 8 ||
                    !(in(x, k, CLAUSE_CUES) || is(x, k, "told") || is(x, k, "tells")))
                    break;
                mention m = {0};
                /* "CLAUSE, the country’s trade minister, Sebastián Ferreira, told lawmakers": the
                 * comma before the cue closes an appositive */
                if (k == c + 1) {
                    mention r = mention_before(x, b, k);
                    size_t c0 = r.b;
                    while (c0 > b && !is_punct(x, c0 - 1, ','))
                        c0--;
                    if ((r.kind == 1 || r.kind == 2) && c0 > b + 4 && c0 + 16 > c) {
                        m = r;
                        c = c0 - 1;
                        /* "…, the country’s trade minister, NAME, told": the appositive before
                         * the name belongs to the attribution too */
                        size_t a = c;
                        while (a > b && !is_punct(x, a - 1, ',') && a + 10 > c)
                            a--;
                        if (a > b + 4 && is_punct(x, a - 1, ',') &&
                            (in(x, a, DETERMINERS) || is_possessive(x, a) ||
                             (is_word(x, a) && !is_upper(x, a))))
                            c = a - 1;
                    }
                }
                if (!m.kind)
                    m = k > c + 1 ? mention_before(x, c + 1, k) : mention_after(x, k + len, end);
                if (!m.kind) m = mention_after(x, k + len, end);
                if (!m.kind || has_quote) break;
                /* "told lawmakers": the addressee */
                mention ad = {0};
                if (in(x, k, OBJECT_CUES) && m.b < k) {
                    ad = mention_after(x, k + len, end);
                    if (ad.kind == 3) ad = (mention){0};
                }
                /* the attribution closes the sentence: at most a few adjunct words after it */
                size_t after = m.e > k + len ? m.e : k + len;
                if (ad.kind && ad.e > after) after = ad.e;
                if (after + 4 < end) break;
                if (after < end &&
                    !(is(x, after, "on") || is(x, after, "in") || is(x, after, "at") ||
                      is(x, after, "after") || is(x, after, "during") || is(x, after, "last") ||
                      is(x, after, "this") || is(x, after, "late") || is(x, after, "early") ||
                      is(x, after, "before") || is(x, after, "to") || is(x, after, "from") ||
                      is(x, after, "by") || is(x, after, "earlier") || is(x, after, "yesterday") ||
                      is(x, after, "today")))
                    break;
                for (size_t t = after; t < end; t++)
                    if (cue_at(x, t) || is_punct(x, t, ',')) goto not_final;
                /* the clause must itself hold a verb-like word, not "In Paris, officials said" */
                if (words_in(x, b, c) < 5) break;
                size_t cb = b;
                /* a dateline "PARIS (Wire) — " is not part of the clause */
                for (size_t i = b; i < c && i < b + 8; i++)
                    if (is_dash(x, i)) cb = i + 1;
                if (add_reported(x, si, cb, c, k, k + (len == 4 ? 1 : len), m, ad)) return -1;
                if (tail) {
                    size_t tl = cue_at(x, tail), tb2 = tail + tl;
                    tb2 = skip_adjuncts(x, tb2);
                    if (is(x, tb2, "that")) tb2++;
                    size_t te2 = clause_end(x, tb2, e);
                    if (tl && words_in(x, tb2, te2) >= 3 &&
                        add_reported(x, si, tb2, te2, tail, tail + (tl == 4 ? 1 : tl), m,
                                     (mention){0}))
                        return -1;
                }
                goto next_sentence;
            }
        not_final:;
        }

        /* "X said (that) CLAUSE", "X told Y CLAUSE", "X urged Y to VP", "X called for NP" */
        mention carry = {0};
        for (size_t i = b; i < e; i++) {
            if (x->quoted[i]) continue;
            size_t len = cue_at(x, i);
            if (!len || is(x, i, "according")) continue;
            int clause = in(x, i, CLAUSE_CUES);
            /* "Residents were told by the developer at a meeting that CLAUSE" */
            if ((is(x, i, "told") || is(x, i, "assured") || is(x, i, "informed")) && i > b + 1 &&
                (is(x, i - 1, "was") || is(x, i - 1, "were")) && is(x, i + 1, "by")) {
                mention sp = mention_after(x, i + 2, e);
                mention to = mention_before(x, b, i - 1);
                if (sp.kind == 1 || sp.kind == 2) {
                    size_t k = skip_adjuncts(x, sp.ce > sp.e ? sp.ce : sp.e);
                    if (is(x, k, "that")) {
                        size_t ce = clause_end(x, k + 1, e);
                        if (words_in(x, k + 1, ce) >= 3 && !has_quote &&
                            add_reported(x, si, k + 1, ce, i, i + 1, sp,
                                         to.kind == 3 ? (mention){0} : to))
                            return -1;
                        break;
                    }
                }
            }
            /* "called for" takes no addressee; "called on X to VP" does */
            int object =
                in(x, i, OBJECT_CUES) && (len != 2 || is(x, i + 1, "on") || is(x, i + 1, "upon"));
            int np_cue = len == 2 && (is(x, i + 1, "for") || is(x, i + 1, "out")); /* called for */
            int expressed = is(x, i, "expressed") || is(x, i, "voiced");
            if (expressed) {
                clause = is(x, i + len, "that");
                np_cue = len == 3; /* "voiced support for [the plan]" */
                object = 0;
            }
            int welcome = is(x, i, "welcomed") || is(x, i, "welcomes") || is(x, i, "praised") ||
                          is(x, i, "rejected") || is(x, i, "criticised") ||
                          is(x, i, "criticized") || is(x, i, "condemned") || is(x, i, "demanded");
            if (!clause && !object && !np_cue && !welcome && len < 4) continue;
            mention m = mention_before(x, b, i);
            /* "…, but noted that B": the subject of the clause before */
            if (!m.kind && carry.kind && i > b && (is(x, i - 1, "and") || is(x, i - 1, "but")))
                m = carry;
            /* "X called the freeze “…” and said B": the subject of the sentence */
            if (!m.kind && i > b + 1 && (is(x, i - 1, "and") || is(x, i - 1, "but")) &&
                (is_close(x, i - 2) || x->quoted[i - 2])) {
                mention sm;
                size_t v;
                if (subject_at(x, b, i, &sm, &v)) m = sm;
            }
            if (!m.kind) continue;
            size_t k = i + len;
            mention ad = {0};
            k = skip_adjuncts(x, k);
            if (object && (is(x, k, "reporters") || is(x, k, "journalists"))) {
                ad = mention_after(x, k, k + 1);
                k = skip_adjuncts(x, k + 1);
            }
            if (object && !ad.kind && !is(x, k, "that")) {
                mention a = mention_after(x, k, e);
                if (a.kind && a.kind != 3 && a.e < e &&
                    (is(x, a.e, "to") || is(x, a.e, "that") || is_upper(x, a.e) ||
                     in(x, a.e, DETERMINERS) || in(x, a.e, PRONOUNS) || is(x, a.e, "it") ||
                     is(x, a.e, "on") || is(x, a.e, "they"))) {
                    ad = a;
                    k = skip_adjuncts(x, a.e);
                }
            }
            /* "told lawmakers in Accra on Tuesday that", "told Wire by telephone that": the
             * addressee ends where a place, a time or a manner begins */
            if (object && !ad.kind && !is(x, k, "that") && clause) {
                size_t t = k;
                while (t < e && t < k + 14 && is_word(x, t) && !is(x, t, "that") && !x->quoted[t] &&
                       !cue_at(x, t))
                    t++;
                if (t > k && t < e && is(x, t, "that")) {
                    size_t cut = k;
                    while (cut < t &&
                           !(is(x, cut, "in") || is(x, cut, "at") || is(x, cut, "during") ||
                             is(x, cut, "by") || is(x, cut, "outside") || is(x, cut, "after") ||
                             is(x, cut, "before") || is(x, cut, "last") || is(x, cut, "this") ||
                             is(x, cut, "on") || is(x, cut, "via") || is(x, cut, "over") ||
                             is(x, cut, "earlier") || is(x, cut, "yesterday")))
                        cut++;
                    mention a = cut > k ? mention_after(x, k, cut) : (mention){0};
                    if (!a.kind && cut > k && cut <= k + 4 && in(x, cut - 1, SAYWHO_GROUPS)) {
                        a.b = a.nb = k; /* "lawmakers", "local radio" */
                        a.e = a.ne = cut;
                        a.kind = 2;
                    }
                    if (a.kind && a.kind != 3) {
                        ad = a;
                        k = t;
                    }
                }
            }
            /* "urged pregnant women to get a booster", "urged the governor in a letter to
             * suspend…": the addressee is what stands before "to" */
            if (object && !ad.kind && !is(x, k, "to") && !is(x, k, "that") && !clause &&
                !is_prep(x, k)) {
                size_t t = k;
                while (t < e && t < k + 10 && is_word(x, t) && !is(x, t, "to") && !x->quoted[t] &&
                       !cue_at(x, t) && !in(x, t, SAYWHO_STOP))
                    t++;
                if (t > k && t + 1 < e && is(x, t, "to") && is_word(x, t + 1) &&
                    !is_upper(x, t + 1) && !in(x, t + 1, DETERMINERS)) {
                    size_t cut = k; /* the addressee ends where "in a letter" begins */
                    while (cut < t &&
                           !(((is(x, cut, "in") || is(x, cut, "on") || is(x, cut, "during")) &&
                              cut + 2 < t && in(x, cut + 1, DETERMINERS) &&
                              (in(x, cut + 2, SAYWHO_DOC_WORDS) || is(x, cut + 2, "interview") ||
                               is(x, cut + 2, "speech") || is(x, cut + 2, "meeting") ||
                               is(x, cut + 2, "call") || is(x, cut + 2, "visit"))) ||
                             is(x, cut, "last") || is(x, cut, "this") || is(x, cut, "again") ||
                             is(x, cut, "yesterday")))
                        cut++;
                    mention a = cut > k ? mention_after(x, k, cut) : (mention){0};
                    if (!a.kind && cut > k && cut <= k + 4) {
                        a.b = a.nb = k; /* "pregnant women", "wealthy nations" */
                        a.e = a.ne = cut;
                        a.kind = 2;
                    }
                    /* "the other governments at the table", "livestock owners across the
                     * south": the whole phrase names them */
                    if (a.kind == 2 && a.e < cut && is_prep(x, a.e)) a.e = a.ne = cut;
                    /* "European chocolate makers": a name that is only the phrase's first word
                     * does not name it */
                    if (a.kind == 1 && a.e < cut && !is_prep(x, a.e) && cut <= k + 5) {
                        a.b = a.nb = k;
                        a.e = a.ne = cut;
                        a.kind = 2;
                    }
                    if (a.kind && a.kind != 3) {
                        ad = a;
                        k = t;
                    }
                }
            }
            if (is(x, k, "that")) k++;
            if (np_cue || welcome || (object && is(x, k, "to")) || clause) {
                if (object && is(x, k, "to") && !clause) k++; /* urged X to [VP] */
                size_t ce = clause_end(x, k, e);
                if (words_in(x, k, ce) < 3 || has_quote) break;
                if (!np_cue && !welcome && !is(x, k - 1, "that") &&
                    !(object && is(x, k - 1, "to"))) {
                    /* a bare clause must start like one: a subject, not "on Tuesday" */
                    if (!(is_upper(x, k) || in(x, k, DETERMINERS) || in(x, k, PRONOUNS) ||
                          is_word(x, k) ||
                          (x->t[k].kind == SAYWHO_TOK_NUMBER && k + 1 < e && is_word(x, k + 1))))
                        break;
                    if (is(x, k, "in") || is(x, k, "on") || is(x, k, "at") || is(x, k, "of") ||
                        (is(x, k, "about") && x->t[k + 1].kind != SAYWHO_TOK_NUMBER) ||
                        is(x, k, "to") || is(x, k, "with") || is(x, k, "by") || is(x, k, "was") ||
                        is(x, k, "were") || is(x, k, "had") || is(x, k, "and"))
                        break;
                }
                size_t ke = i + (len == 4 ? 1 : len);
                /* coordinated clauses: "A and that B" is one statement, as the corpus marks it;
                 * "but noted that D" has a cue of its own, and the same subject */
                for (;;) {
                    size_t j = ce < e && is_punct(x, ce, ',') ? ce + 1 : ce;
                    size_t c = j < e ? coordinated_at(x, j, e) : 0;
                    if (!c || !is(x, c, "that")) break;
                    size_t ce2 = clause_end(x, c + 1, e);
                    if (words_in(x, c + 1, ce2) < 3) break;
                    ce = ce2;
                }
                if (add_reported(x, si, k, ce, i, ke, m, ad)) return -1;
                size_t j = ce < e && is_punct(x, ce, ',') ? ce + 1 : ce;
                size_t c = j < e ? coordinated_at(x, j, e) : 0;
                if (c) {
                    if (in(x, c, PRONOUNS)) c++;
                    carry = m;
                    i = c - 1; /* the loop goes on at the second cue */
                    continue;
                }
                break;
            }
        }
    next_sentence:;
    }
    return 0;
}

/* ---- the list ---- */

struct saywho_statements {
    saywho_statement *st;
    size_t n;
    char **names;
    size_t n_names;
};

static const ex *sort_ctx;

/* Attribution order: where the speaker is first named, else where the content starts. */
static size_t anchor_of(const ex *x, size_t i) {
    const saywho_statement *s = &x->st[i];
    size_t a = s->content[0].start;
    if (x->pend[i].m.kind && s->source.start < a) a = s->source.start;
    return a;
}

static int cmp_index(const void *pa, const void *pb) {
    size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
    size_t x = anchor_of(sort_ctx, a), y = anchor_of(sort_ctx, b);
    if (x != y) return x < y ? -1 : 1;
    return (a > b) - (a < b);
}

static int cmp_statement(const void *a, const void *b) {
    const saywho_statement *x = a, *y = b;
    if (x->content[0].start != y->content[0].start)
        return x->content[0].start < y->content[0].start ? -1 : 1;
    return 0;
}

/* Does sentence si hold a statement or its attribution? */
static int sentence_has_speech(const ex *x, size_t si) {
    size_t a = x->d->sents[si].start, b = x->d->sents[si].end;
    for (size_t i = 0; i < x->n; i++) {
        const saywho_statement *s = &x->st[i];
        if ((s->content[0].start >= a && s->content[0].start < b) ||
            (s->cue.end > s->cue.start && s->cue.start >= a && s->cue.start < b))
            return 1;
    }
    return 0;
}

/* "A senior Fijian trade official said … The official, Litia Rokosawa, added": a person
 * first described by a role and named later in the article is that person. Returns the person,
 * or ent when nobody with that role is named after the mention. */
static int named_later(const ex *x, mention m, int ent) {
    if (m.kind != 2 ||
        !(is(x, m.b, "a") || is(x, m.b, "an") || is(x, m.b, "the") || is_possessive(x, m.b)))
        return ent;
    size_t h = m.b + 1; /* the head, before any "in the city’s emergency office" */
    while (h < m.e && !is_prep(x, h))
        h++;
    if (h - m.b > 6 || !is_word(x, h - 1) || is_upper(x, h - 1) || in(x, h - 1, SAYWHO_DOC_WORDS) ||
        (m.ce > m.e && !in(x, h - 1, TITLES)))
        return ent;
    size_t hl;
    const char *head = fold(x, h - 1, &hl);
    int pick = -1;
    size_t pt = SIZE_MAX;
    for (size_t k = seen_from(x); k < x->n_seen; k++) {
        const seen *sn = &x->seen[k];
        const entity *en = &x->ents[sn->ent];
        if (en->org || !has_role(en, head, hl)) continue;
        /* the person's first mention must come after this one */
        size_t first = en->has_first ? en->first : SIZE_MAX;
        if (first <= m.b) return ent; /* named before: the role meant someone else */
        if (first < pt) pick = sn->ent, pt = first;
    }
    return pick >= 0 ? pick : ent;
}

/* The paragraph that holds byte offset b of the text. */
static size_t para_at_byte(const ex *x, size_t b) {
    size_t lo = 0, hi = x->d->n_sents;
    while (hi - lo > 1) { /* the last sentence that starts at or before b */
        size_t mid = lo + (hi - lo) / 2;
        if (x->t[x->d->sents[mid].tok_begin].start <= b)
            lo = mid;
        else
            hi = mid;
    }
    return x->d->n_sents ? x->d->sents[lo].paragraph : 0;
}

/* The floating quote s is spoken by the person or body of mention m, whose verb is token verb
 * ("Gunasekera struck a conciliatory note", "X made the remark"): sets its attribution and
 * makes m the last speaker. Returns 0 when m names nobody. */
static int speaks(ex *x, saywho_statement *s, mention m, size_t verb) {
    int e = resolve_mention(x, m, 0);
    if (e < 0) return 0;
    s->source = tok_span(x, m.b, m.e);
    s->cue = tok_span(x, verb, verb + 1);
    s->speaker = x->ents[e].name;
    if (!x->ents[e].org) {
        x->last_person = e;
        x->last_person_para = x->d->sents[sentence_of(x, m.b)].paragraph;
    }
    return 1;
}

/* "… when he spoke to reporters after the signing.", "… addressed reporters": the speaking verb
 * of a lead-in sentence becomes the cue and its object the addressee. */
static void lead_addressee(ex *x, saywho_statement *s, size_t verb) {
    size_t v = verb;
    while (v < x->nt && v < verb + 6 && !is(x, v, "spoke") && !is(x, v, "speaking") &&
           !is(x, v, "talked") && !is(x, v, "addressed") && !is_punct(x, v, '.'))
        v++;
    size_t at =
        is(x, v, "addressed") ? v + 1
        : (is(x, v, "spoke") || is(x, v, "speaking") || is(x, v, "talked")) && is(x, v + 1, "to")
            ? v + 2
            : 0;
    if (!at || at >= x->nt) return;
    s->cue = tok_span(x, v, v + 1);
    mention ad = mention_after(x, at, x->d->sents[sentence_of(x, v)].tok_end);
    if (!ad.kind || ad.kind == 3) return;
    int a = resolve_mention(x, ad, 1);
    if (a < 0) return;
    s->addressee = tok_span(x, ad.b, ad.e);
    s->addressee_name = x->ents[a].name;
}

/* Resolves every speaker and addressee to a canonical name, in document order, so that pronouns
 * find the last fitting person and floating quotes the speaker before them. */
static int resolve_all(ex *x) {
    size_t *order = malloc((x->n + 1) * sizeof *order);
    if (!order) return -1;
    for (size_t i = 0; i < x->n; i++)
        order[i] = i;
    sort_ctx = x;
    qsort(order, x->n, sizeof *order, cmp_index);
    long last = -1; /* the last attributed statement, in document order */
    for (size_t k = 0; k < x->n; k++) {
        size_t i = order[k];
        saywho_statement *s = &x->st[i];
        const pending *p = &x->pend[i];
        if (p->floating && !p->m.kind && p->after.kind) {
            /* the next paragraph names the speaker and points back at the words */
            if (speaks(x, s, p->after, p->after_verb)) {
                last = (long)i;
                continue;
            }
        }
        if (p->floating && !p->m.kind) {
            /* the subject of a lead-in sentence with no statement of its own speaks */
            if (p->lead.kind && !sentence_has_speech(x, sentence_of(x, p->lead.b))) {
                if (speaks(x, s, p->lead, p->lead_verb)) {
                    lead_addressee(x, s, p->lead_verb);
                    last = (long)i;
                    continue;
                }
            }
            /* continue the previous speaker when that statement is in this or the previous
             * paragraph */
            if (last >= 0) {
                const saywho_statement *from = &x->st[last];
                /* where that statement ends: a quote may run over paragraphs */
                size_t pf = para_at_byte(x, from->content[from->n_content - 1].end - 1);
                size_t ph = x->d->sents[s->sentence].paragraph;
                if (ph == pf || ph == pf + 1) {
                    s->source = from->source;
                    s->cue = from->cue;
                    s->speaker = from->speaker;
                }
            }
            if (s->speaker) last = (long)i;
            continue;
        }
        if (p->m.kind) {
            int e = resolve_mention(x, p->m, 0);
            if (e >= 0 && x->ents[e].org) e = named_later(x, p->m, e);
            if (e >= 0) {
                s->speaker = x->ents[e].name;
                last = (long)i;
                size_t para = x->d->sents[sentence_of(x, p->m.b)].paragraph;
                if (!x->ents[e].org) {
                    x->last_person = e;
                    x->last_person_para = para;
                } else if (unnamed_person(x, p->m)) {
                    x->last_unnamed = e;
                    x->last_unnamed_tok = p->m.b;
                } else {
                    x->last_org = e;
                    x->last_org_para = para;
                }
            } else if (p->m.kind == 3) {
                /* a pronoun with nobody before it to refer to: keep it as written */
                s->speaker =
                    intern(x, x->d->text + s->source.start, s->source.end - s->source.start);
                last = (long)i;
            } else {
                s->source = s->cue = (saywho_span){0, 0};
            }
        }
        if (p->ad.kind) {
            int e = resolve_mention(x, p->ad, 1);
            if (e >= 0) s->addressee_name = x->ents[e].name;
        }
    }
    free(order);
    return 0;
}

/* Resolves speakers in document order: earlier mentions first, so "Okafor" finds "Adaeze Okafor".
 */
int saywho_statements_find(const saywho_doc *d, saywho_statements **out) {
    *out = NULL;
    ex x;
    memset(&x, 0, sizeof x);
    x.d = d;
    x.t = d->tokens;
    x.nt = d->n_tokens;
    x.last_person = -1;
    x.last_org = -1;
    x.last_unnamed = -1;
    x.owner = malloc((x.nt + 1) * sizeof *x.owner);
    x.quoted = calloc(x.nt + 1, 1);
    x.orgish = calloc(x.nt + 1, 1);
    saywho_statements *list = calloc(1, sizeof *list);
    int rc = SAYWHO_ENOMEM;
    if (!x.owner || !x.quoted || !x.orgish || !list) goto done;
    for (size_t i = 0; i < x.nt; i++)
        x.owner[i] = -1;
    /* quotations first (names inside them are no mentions), then names, so that a speaker
     * introduced later in a sentence still resolves */
    if (mark_quotes(&x)) goto done;
    learn_org_names(&x);
    for (size_t s = 0; s < d->n_sents; s++) {
        learn_names(&x, d->sents[s].tok_begin, d->sents[s].tok_end);
        learn_org_phrases(&x, d->sents[s].tok_begin, d->sents[s].tok_end);
    }
    if (do_quotes(&x) || do_reported(&x) || resolve_all(&x)) goto done;
    if (x.n) qsort(x.st, x.n, sizeof *x.st, cmp_statement);
    list->st = x.st;
    list->n = x.n;
    list->names = x.names;
    list->n_names = x.n_names;
    x.st = NULL;
    x.names = NULL;
    *out = list;
    list = NULL;
    rc = SAYWHO_OK;
done:
    free(x.owner);
    free(x.quoted);
    free(x.orgish);
    free(x.ents);
    free(x.st);
    free(x.pend);
    free(x.seen);
    free(x.qs);
    if (x.names)
        for (size_t i = 0; i < x.n_names; i++)
            free(x.names[i]);
    free(x.names);
    free(list);
    return rc;
}

const saywho_statement *saywho_statements_get(const saywho_statements *l, size_t *n) {
    *n = l->n;
    return l->st;
}

void saywho_statements_free(saywho_statements *l) {
    if (!l) return;
    for (size_t i = 0; i < l->n_names; i++)
        free(l->names[i]);
    free(l->names);
    free(l->st);
    free(l);
}
