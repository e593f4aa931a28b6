/* Statement extraction and speaker attribution: a sieve of high-precision rules over tokens.
 *
 * 1. Quote spans: top-level quotation marks paired within a paragraph; a paragraph that ends
 *    inside a quote continues into the next paragraph when that one opens with a quote mark.
 * 2. Attribution of each quote: a cue right after it ("…,” Okafor said), before it in its
 *    sentence ("Okafor said: “…”", "told Lindqvist the EU should “…”"), a colon after the
 *    speaker, a quote split by its attribution, or a floating quote that continues the last
 *    speaker. Otherwise it is reported unattributed; short quoted terms without a cue are not
 *    statements.
 * 3. Reported speech: a cue verb with a complement clause ("said that…", "told X the…",
 *    "urged X to…", "according to X, …", "…, X said.").
 * 4. Names: mentions are resolved to the fullest name the article gives, pronouns to the last
 *    fitting speaker, short organisation forms ("the union") to the full one. */
#include "saywho/quotes.h"
#include "doc.h"
#include "internal.h"

#include <stdlib.h>
#include <string.h>

/* ---- word lists ---- */

static int in_list(const char *w, size_t n, const char *const *list) {
    for (; *list; list++)
        if ((*list)[0] == w[0] && strncmp(*list, w, n) == 0 && (*list)[n] == '\0') return 1;
    return 0;
}

/* Cue verbs that report speech. */
static const char *const CUES[] = {
    "said",       "says",        "say",        "saying",       "told",         "tells",
    "tell",       "added",       "adds",       "adding",       "urged",        "urges",
    "urging",     "warned",      "warns",      "warning",      "insisted",     "insists",
    "insisting",  "welcomed",    "welcomes",   "welcoming",    "agreed",       "agrees",
    "stressed",   "stresses",    "stressing",  "noted",        "notes",        "noting",
    "argued",     "argues",      "arguing",    "acknowledged", "acknowledges", "complained",
    "complains",  "pledged",     "pledges",    "demanded",     "demands",      "cautioned",
    "praised",    "praises",     "rejected",   "rejects",      "conceded",     "concedes",
    "predicted",  "predicts",    "announced",  "announces",    "wrote",        "writes",
    "asked",      "asks",        "claimed",    "claims",       "stated",       "explained",
    "explains",   "declared",    "replied",    "responded",    "confirmed",    "confirms",
    "denied",     "denies",      "suggested",  "suggests",     "accused",      "promised",
    "promises",   "vowed",       "vows",       "threatened",   "threatens",    "described",
    "recalled",   "testified",   "admitted",   "alleged",      "asserted",     "maintained",
    "observed",   "emphasised",  "emphasized", "underlined",   "remarked",     "commented",
    "repeated",   "reiterated",  "proposed",   "recommended",  "appealed",     "pleaded",
    "criticised", "criticized",  "condemned",  "blamed",       "hailed",       "applauded",
    "estimated",  "forecast",    "ruled",      "ordered",      "countered",    "objected",
    "protested",  "lamented",    "assured",    "informed",     "advised",      "signalled",
    "signaled",   "indicated",   "revealed",   "disclosed",    "wondered",     "shouted",
    "retorted",   "boasted",     "affirmed",   "expressed",    "voiced",       "answered",
    "continued",  "complaining", "calling",    "called",       "calls",        "pointed",
    "points",     "expects",     "expected",   "believes",     "reported",     "reports",
    "found",      "concluded",   "projected",  "cited",        "thanked",      "conceding",
    "adds",       NULL};

/* Cue verbs whose complement is a reported clause ("said [that] …"). */
static const char *const CLAUSE_CUES[] = {
    "said",         "says",       "told",       "tells",      "added",       "adds",
    "warned",       "warns",      "insisted",   "insists",    "stressed",    "stresses",
    "noted",        "notes",      "argued",     "argues",     "arguing",     "acknowledged",
    "acknowledges", "complained", "complains",  "pledged",    "cautioned",   "conceded",
    "predicted",    "predicts",   "announced",  "announces",  "wrote",       "writes",
    "claimed",      "claims",     "stated",     "explained",  "explains",    "declared",
    "confirmed",    "confirms",   "denied",     "suggested",  "suggests",    "promised",
    "vowed",        "recalled",   "testified",  "admitted",   "alleged",     "asserted",
    "maintained",   "observed",   "emphasised", "emphasized", "reiterated",  "estimated",
    "forecast",     "ruled",      "countered",  "assured",    "indicated",   "signalled",
    "signaled",     "revealed",   "disclosed",  "reported",   "found",       "concluded",
    "projected",    "expects",    "believes",   "agreed",     "warning",     "saying",
    "noting",       "adding",     "insisting",  "stressing",  "complaining", NULL};

/* Cue verbs that take an addressee object: "told X", "urged X to". */
static const char *const OBJECT_CUES[] = {
    "told",       "tells",   "tell",    "urged",    "urges",    "urging",  "warned",
    "warns",      "asked",   "asks",    "assured",  "informed", "advised", "reminded",
    "called",     "calling", "calls",   "pressed",  "implored", "begged",  "ordered",
    "instructed", "thanked", "accused", "promised", NULL};

static const char *const PRONOUNS[] = {"he", "she", "they", "it", "we", "i", NULL};

/* Words that are titles before a name ("Finance Minister Adaeze Okafor"). */
static const char *const TITLES[] = {"mr.",
                                     "mrs.",
                                     "ms.",
                                     "dr.",
                                     "prof.",
                                     "gen.",
                                     "lt.",
                                     "col.",
                                     "maj.",
                                     "capt.",
                                     "sgt.",
                                     "adm.",
                                     "sen.",
                                     "rep.",
                                     "gov.",
                                     "rev.",
                                     "president",
                                     "minister",
                                     "secretary",
                                     "governor",
                                     "mayor",
                                     "chairman",
                                     "chairwoman",
                                     "chair",
                                     "director",
                                     "general",
                                     "judge",
                                     "justice",
                                     "senator",
                                     "ambassador",
                                     "commissioner",
                                     "chief",
                                     "executive",
                                     "professor",
                                     "coach",
                                     "captain",
                                     "manager",
                                     "spokesman",
                                     "spokeswoman",
                                     "spokesperson",
                                     "deputy",
                                     "vice",
                                     "prime",
                                     "foreign",
                                     "finance",
                                     "trade",
                                     "health",
                                     "defence",
                                     "defense",
                                     "interior",
                                     "economy",
                                     "labour",
                                     "labor",
                                     "energy",
                                     "education",
                                     "justice",
                                     "environment",
                                     "agriculture",
                                     "transport",
                                     "sports",
                                     "culture",
                                     "commander",
                                     "officer",
                                     "inspector",
                                     "superintendent",
                                     "councillor",
                                     "councilor",
                                     "alderman",
                                     "lawyer",
                                     "attorney",
                                     "prosecutor",
                                     "ceo",
                                     "cfo",
                                     "chancellor",
                                     "premier",
                                     "king",
                                     "queen",
                                     "prince",
                                     "princess",
                                     "sheikh",
                                     "bishop",
                                     "archbishop",
                                     "pope",
                                     "father",
                                     "sister",
                                     "brother",
                                     "envoy",
                                     "negotiator",
                                     "economist",
                                     "analyst",
                                     "striker",
                                     "midfielder",
                                     "defender",
                                     "goalkeeper",
                                     "forward",
                                     "head",
                                     "leader",
                                     "founder",
                                     "owner",
                                     "mp",
                                     "mep",
                                     "state",
                                     "minister-president",
                                     "presidential",
                                     "regional",
                                     "national",
                                     "federal",
                                     "city",
                                     "county",
                                     "district",
                                     "police",
                                     "army",
                                     "navy",
                                     "air",
                                     "union",
                                     "party",
                                     "opposition",
                                     "mrs",
                                     "mr",
                                     "ms",
                                     "dr",
                                     NULL};

/* Words that make a capitalised run an organisation rather than a person. */
static const char *const ORG_WORDS[] = {
    "ministry",     "bank",        "union",        "association", "council",        "commission",
    "court",        "federation",  "party",        "group",       "company",        "corp.",
    "inc.",         "ltd",         "agency",       "authority",   "department",     "office",
    "board",        "committee",   "institute",    "university",  "organization",   "organisation",
    "fund",         "forum",       "network",      "alliance",    "league",         "club",
    "police",       "army",        "navy",         "government",  "parliament",     "senate",
    "assembly",     "treasury",    "service",      "secretariat", "airlines",       "holdings",
    "bureau",       "cabinet",     "embassy",      "coalition",   "society",        "chamber",
    "centre",       "center",      "church",       "front",       "movement",       "trust",
    "foundation",   "programme",   "tribunal",     "exchange",    "administration", "directorate",
    "inspectorate", "regulator",   "commission’s", "congress",    "ombudsman",      "unicef",
    "who",          "imf",         "eu",           "un",          "nato",           "federation’s",
    "ministry’s",   "corporation", "consortium",   "cooperative", "collective",     "union’s",
    "partnership",  "industries",  "motors",       "energy",      "systems",        "group’s",
    "fc",           "team",        "academy",      "hospital",    "school",         "college",
    "observatory",  "institute’s", "state",        "republic",    "kingdom",        "city",
    "province",     "region",      "municipality", NULL};

/* Lower-case words that may stand inside a name: "Ngozi van der Berg", "Ali bin Said". */
static const char *const PARTICLES[] = {
    "de",  "van", "der",  "den", "von", "da", "del", "della", "di", "la",  "le",  "du", "dos",
    "das", "bin", "bint", "ibn", "al",  "el", "ter", "y",     "of", "for", "and", NULL};

/* Words that start a sentence without being part of a name. */
static const char *const FUNCTION_WORDS[] = {
    "the",       "a",         "an",    "but",      "and",        "in",      "on",      "at",
    "for",       "as",        "after", "before",   "when",       "while",   "if",      "this",
    "that",      "these",     "those", "there",    "his",        "her",     "their",   "its",
    "our",       "some",      "many",  "both",     "also",       "yet",     "still",   "however",
    "meanwhile", "according", "asked", "speaking", "separately", "earlier", "later",   "last",
    "on",        "under",     "since", "although", "though",     "because", "with",    "without",
    "by",        "from",      "to",    "of",       "so",         "then",    "instead", "now",
    "today",     "one",       "two",   "three",    NULL};

static const char *const DETERMINERS[] = {
    "the", "a",     "an",  "two", "three", "four",  "five", "several", "some", "many",   "both",
    "its", "their", "his", "her", "our",   "other", "most", "few",     "all",  "senior", NULL};

/* Nouns of people who speak for others: "a spokesman for the ministry". */
static const char *const ROLE_NOUNS[] = {
    "spokesman", "spokeswoman",    "spokesperson",    "official",    "officials",  "head",
    "chief",     "director",       "leader",          "member",      "members",    "lawyer",
    "lawyers",   "representative", "representatives", "president",   "chairman",   "chairwoman",
    "secretary", "minister",       "officer",         "adviser",     "advisor",    "analyst",
    "analysts",  "economist",      "economists",      "researchers", "researcher", "diplomats",
    "diplomat",  "source",         "sources",         NULL};

/* ---- token helpers ---- */

/* A mention found by the chunker. */
typedef struct mention {
    size_t b, e;   /* tokens of the mention span */
    size_t nb, ne; /* tokens of the name proper (titles stripped), for people */
    int kind;      /* 0 none, 1 person name, 2 organisation / group, 3 pronoun */
    int gender;
} mention;

/* What attribution found for a statement, resolved to names in document order at the end. */
typedef struct pending {
    mention m, ad;
    long inherit; /* a floating quote: the statement whose speaker it continues, or -1 */
} pending;

typedef struct ex {
    const saywho_doc *d;
    const saywho_token *t;
    size_t nt;
    /* per token: index of the statement whose content covers it, or -1 */
    int *owner;
    /* per token: 1 when the token is inside a quotation (any depth) */
    unsigned char *quoted;
    saywho_statement *st;
    pending *pend;
    size_t n, cap, pend_cap;
    /* canonical names and known people / organisations, in order of mention */
    char **names;
    size_t n_names, names_cap;
    struct entity {
        const char *name; /* into names */
        int org;          /* organisation or group rather than person */
        int gender;       /* 0 unknown, 1 female, 2 male */
        size_t last;      /* token of the last mention */
    } * ents;
    size_t n_ents, ents_cap;
    int last_speaker; /* entity of the last attributed statement, or -1 */
} ex;

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
    return n && in_list(f, n, list);
}

static int is_word(const ex *x, size_t i) {
    return i < x->nt && x->t[i].kind == SAYWHO_TOK_WORD;
}

static int is_upper(const ex *x, size_t i) {
    return i < x->nt && (x->t[i].kind == SAYWHO_TOK_WORD || x->t[i].kind == SAYWHO_TOK_NUMBER) &&
           (x->t[i].flags & SAYWHO_TOKEN_UPPER);
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
    const char *s = x->d->text + x->t[i].start;
    return (x->t[i].end - x->t[i].start == 3 && (unsigned char)s[0] == 0xE2 &&
            (unsigned char)s[1] == 0x80 &&
            ((unsigned char)s[2] == 0x94 || (unsigned char)s[2] == 0x93)) ||
           s[0] == '-';
}

/* The sentence holding token i. */
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

/* Length in tokens of a cue starting at token i ("called for" is 2, "according to" 2), or 0. */
static size_t cue_at(const ex *x, size_t i) {
    if (!is_word(x, i)) return 0;
    if (is(x, i, "according") && is(x, i + 1, "to")) return 2;
    if (!in(x, i, CUES)) return 0;
    if ((is(x, i, "called") || is(x, i, "calls") || is(x, i, "calling")) &&
        (is(x, i + 1, "for") || is(x, i + 1, "on")))
        return 2;
    if ((is(x, i, "called") || is(x, i, "calls") || is(x, i, "calling"))) return 0;
    if ((is(x, i, "pointed") || is(x, i, "points")) && is(x, i + 1, "out")) return 2;
    if (is(x, i, "pointed") || is(x, i, "points")) return 0;
    if ((is(x, i, "expressed") || is(x, i, "voiced")) &&
        !(is(x, i + 1, "concern") || is(x, i + 1, "hope") || is(x, i + 1, "alarm") ||
          is(x, i + 1, "support") || is(x, i + 1, "frustration") || is(x, i + 1, "doubts")))
        return 0;
    /* "said in a statement", "said in an interview", "told reporters" stay as said / told */
    if (is(x, i, "said") && is(x, i + 1, "in") && (is(x, i + 2, "a") || is(x, i + 2, "an")) &&
        (is(x, i + 3, "statement") || is(x, i + 3, "interview") || is(x, i + 3, "letter")))
        return 4;
    return 1;
}

/* ---- names ---- */

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

/* Case-insensitive: does the word a[0, an) equal b[0, bn)? */
static int same_word(const char *a, size_t an, const char *b, size_t bn) {
    if (an != bn) return 0;
    for (size_t i = 0; i < an; i++) {
        char p = a[i], q = b[i];
        if (p >= 'A' && p <= 'Z') p = (char)(p + 32);
        if (q >= 'A' && q <= 'Z') q = (char)(q + 32);
        if (p != q) return 0;
    }
    return 1;
}

/* Does every word of the mention text m appear, in order, among the words of name? */
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
            if (same_word(p, (size_t)(q - p), m + s, i - s)) {
                found = 1;
                p = q;
                break;
            }
            p = q;
        }
        if (!found) return 0;
    }
    return 1;
}

/* Records a person or organisation mention and returns its entity's canonical name: an earlier
 * entity whose name holds all the mention's words (Okafor -> Adaeze Okafor), or a new one. */
static int resolve(ex *x, const char *s, size_t n, int org, int gender, size_t tok) {
    if (!n) return -1;
    int best = -1;
    for (size_t k = x->n_ents; k-- > 0;) {
        if (x->ents[k].org != org) continue;
        if (name_contains(x->ents[k].name, s, n)) {
            best = (int)k;
            break;
        }
    }
    if (best < 0) {
        /* a fuller form of an earlier short mention takes its place as canonical */
        const char *name = intern(x, s, n);
        if (!name) return -1;
        if (saywho__reserve((void **)&x->ents, &x->ents_cap, x->n_ents + 1, sizeof *x->ents))
            return -1;
        x->ents[x->n_ents] = (struct entity){name, org, gender, tok};
        return (int)x->n_ents++;
    }
    x->ents[best].last = tok;
    if (gender && !x->ents[best].gender) x->ents[best].gender = gender;
    return best;
}

static int gender_of_title(const ex *x, size_t i) {
    if (is(x, i, "mrs.") || is(x, i, "ms.") || is(x, i, "mrs") || is(x, i, "ms") ||
        is(x, i, "spokeswoman") || is(x, i, "chairwoman") || is(x, i, "queen") ||
        is(x, i, "princess") || is(x, i, "sister"))
        return 1;
    if (is(x, i, "mr.") || is(x, i, "mr") || is(x, i, "spokesman") || is(x, i, "chairman") ||
        is(x, i, "king") || is(x, i, "prince") || is(x, i, "father") || is(x, i, "brother"))
        return 2;
    return 0;
}

/* Sets the name proper of a capitalised run [b, e): titles stripped from its start; a run
 * after a possessive ("Nigeria’s Okafor") keeps the part after it. */
static void name_proper(const ex *x, mention *m) {
    size_t b = m->b, e = m->e;
    for (size_t i = b; i < e; i++) {
        size_t n;
        const char *f = fold(x, i, &n);
        if (n > 3 &&
            (memcmp(f + n - 3, "’s", 4 > n ? n : 3) == 0 || memcmp(f + n - 2, "'s", 2) == 0) &&
            i + 1 < e)
            b = i + 1;
    }
    while (b < e && (in(x, b, TITLES) || !is_upper(x, b))) {
        if (!m->gender) m->gender = gender_of_title(x, b);
        b++;
    }
    if (b == e) b = m->b; /* all titles: keep the whole ("the Prime Minister") */
    m->nb = b;
    m->ne = e;
}

static int run_is_org(const ex *x, size_t b, size_t e) {
    for (size_t i = b; i < e; i++)
        if (in(x, i, ORG_WORDS)) return 1;
    return 0;
}

/* Is token i part of a capitalised name run? Particles count inside a run. */
static int name_token(const ex *x, size_t i, int inside) {
    if (is_upper(x, i)) return 1;
    if (inside && is_word(x, i) && in(x, i, PARTICLES)) return 1;
    return 0;
}

/* A mention that ends right before token e (exclusive), not reaching before token lo. */
static mention mention_before(const ex *x, size_t lo, size_t e) {
    mention m = {0};
    /* skip adverbs and time words between subject and verb: "Okafor also said" */
    while (e > lo &&
           (is(x, e - 1, "also") || is(x, e - 1, "later") || is(x, e - 1, "again") ||
            is(x, e - 1, "then") || is(x, e - 1, "previously") || is(x, e - 1, "had") ||
            is(x, e - 1, "has") || is(x, e - 1, "have") || is(x, e - 1, "separately") ||
            is(x, e - 1, "repeatedly") || is(x, e - 1, "publicly") || is(x, e - 1, "privately") ||
            is(x, e - 1, "firmly") || is(x, e - 1, "openly") || is(x, e - 1, "would") ||
            is(x, e - 1, "will") || is(x, e - 1, "earlier") || is(x, e - 1, "once")))
        e--;
    if (e <= lo) return m;
    /* appositive: "Adaeze Okafor, Nigeria’s minister, said" / "Nigeria’s minister, Adaeze Okafor,
     * said" */
    if (is_punct(x, e - 1, ',')) {
        size_t c2 = e - 1, c1 = c2;
        while (c1 > lo && !is_punct(x, c1 - 1, ',') && !is_open(x, c1 - 1) && !is_close(x, c1 - 1))
            c1--;
        if (c1 > lo && is_punct(x, c1 - 1, ',')) {
            /* the segment between the commas is the name when it is all capitalised */
            int all_upper = c2 > c1;
            for (size_t i = c1; i < c2; i++)
                if (!name_token(x, i, i > c1)) all_upper = 0;
            if (all_upper && is_upper(x, c1) && !in(x, c1, FUNCTION_WORDS)) {
                m.b = c1;
                m.e = c2;
                m.kind = run_is_org(x, c1, c2) ? 2 : 1;
                if (m.kind == 2 && c1 > lo && is(x, c1 - 1, "the")) m.b = c1 - 1;
                name_proper(x, &m);
                return m;
            }
            if (is(x, c1, "who") || is(x, c1, "which") || is_upper(x, c1 - 2) || 1)
                return mention_before(x, lo, c1 - 1);
        }
        return m;
    }
    if (in(x, e - 1, PRONOUNS)) {
        m.b = e - 1;
        m.e = e;
        m.kind = 3;
        m.nb = m.b;
        m.ne = m.e;
        return m;
    }
    if (name_token(x, e - 1, 0)) {
        size_t b = e - 1;
        while (b > lo && name_token(x, b - 1, 1))
            b--;
        while (b < e && !is_upper(x, b))
            b++; /* a run never starts with a particle */
        /* a sentence-initial function word is not part of the name */
        while (b < e - 1 && in(x, b, FUNCTION_WORDS))
            b++;
        if (in(x, b, FUNCTION_WORDS) && b == e - 1) return m;
        m.b = b;
        m.e = e;
        m.kind = run_is_org(x, b, e) ? 2 : 1;
        if (b > lo && (is(x, b - 1, "the") || is(x, b - 1, "The"))) {
            m.b = b - 1;
            m.kind = 2;
        }
        name_proper(x, &m);
        if (m.kind == 1 && m.nb > m.b && !is_upper(x, m.nb)) m.kind = 2;
        return m;
    }
    /* a common noun phrase: "the ministry", "two diplomats", "analysts", "a spokesman for X" */
    if (is_word(x, e - 1) && !in(x, e - 1, FUNCTION_WORDS)) {
        size_t b = e - 1;
        while (b > lo && is_word(x, b - 1) && !in(x, b - 1, DETERMINERS) &&
               !in(x, b - 1, FUNCTION_WORDS) && !in(x, b - 1, CUES) && e - b < 5)
            b--;
        if (b > lo && in(x, b - 1, DETERMINERS)) b--;
        /* "a spokesman for the ministry": reach back over "for/of" to a role noun */
        if (b > lo + 1 && (is(x, b - 1, "for") || is(x, b - 1, "of") || is(x, b - 1, "at"))) {
            mention r = mention_before(x, lo, b - 1);
            if (r.kind == 2 && in(x, r.e - 1, ROLE_NOUNS)) b = r.b;
        }
        m.b = b;
        m.e = e;
        m.nb = b;
        m.ne = e;
        m.kind = 2;
        return m;
    }
    return m;
}

/* A mention that starts at token b: "said Okafor", "said the ministry", "said a spokesman". */
static mention mention_after(const ex *x, size_t b, size_t hi) {
    mention m = {0};
    if (b >= hi) return m;
    if (in(x, b, PRONOUNS)) {
        m.b = m.nb = b;
        m.e = m.ne = b + 1;
        m.kind = 3;
        return m;
    }
    size_t s = b;
    int the = 0;
    if (in(x, s, DETERMINERS)) {
        the = 1;
        s++;
    }
    if (name_token(x, s, 0) && !in(x, s, FUNCTION_WORDS)) {
        size_t e = s;
        while (e < hi && name_token(x, e, e > s))
            e++;
        while (e > s + 1 && !is_upper(x, e - 1))
            e--;
        m.b = b;
        m.e = e;
        m.kind = (the || run_is_org(x, s, e)) ? 2 : 1;
        if (m.kind == 1) m.b = s;
        name_proper(x, &m);
        return m;
    }
    if (!the && !is_word(x, s)) return m;
    size_t e = s;
    while (e < hi && is_word(x, e) && !in(x, e, FUNCTION_WORDS) && !in(x, e, CUES) && e - s < 4 &&
           !is(x, e, "who") && !is(x, e, "on") && !is(x, e, "in"))
        e++;
    if (e == s) return m;
    /* "a spokesman for the ministry" */
    if (in(x, e - 1, ROLE_NOUNS) && (is(x, e, "for") || is(x, e, "of") || is(x, e, "at"))) {
        mention r = mention_after(x, e + 1, hi);
        if (r.kind) e = r.e;
    }
    m.b = m.nb = b;
    m.e = m.ne = e;
    m.kind = 2;
    return m;
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

static saywho_span tok_span(const ex *x, size_t b, size_t e) {
    if (b >= e) return (saywho_span){0, 0};
    return (saywho_span){x->t[b].start, x->t[e - 1].end};
}

/* Records mention m as the speaker of a statement being built; names are resolved later. */
static int attribute(ex *x, saywho_statement *s, pending *p, mention m) {
    if (!m.kind) return 0;
    s->source = tok_span(x, m.b, m.e);
    p->m = m;
    return 1;
}

/* Gives statement s the speaker of mention m, resolving its canonical name. Returns 0 when the
 * mention is no speaker. */
static int resolve_speaker(ex *x, saywho_statement *s, mention m) {
    if (!m.kind) return 0;
    s->source = tok_span(x, m.b, m.e);
    if (m.kind == 3) {
        /* the last fitting speaker or person: "it" and "they" an organisation or group */
        int want_org = is(x, m.b, "it") || is(x, m.b, "they") || is(x, m.b, "we");
        int gender = is(x, m.b, "she") ? 1 : is(x, m.b, "he") ? 2 : 0;
        int pick = -1;
        if (x->last_speaker >= 0 && x->ents[x->last_speaker].org == want_org &&
            !(gender && x->ents[x->last_speaker].gender &&
              x->ents[x->last_speaker].gender != gender))
            pick = x->last_speaker;
        size_t best_last = 0;
        for (size_t k = 0; k < x->n_ents && pick < 0; k++) {
            const struct entity *en = &x->ents[k];
            if (en->org != want_org || en->last > m.b) continue;
            if (gender && en->gender && en->gender != gender) continue;
            if (en->last >= best_last) best_last = en->last, pick = (int)k;
        }
        if (pick < 0 && want_org && x->last_speaker >= 0) pick = x->last_speaker;
        if (pick < 0) {
            s->speaker = intern(x, x->d->text + s->source.start, s->source.end - s->source.start);
            return 1;
        }
        if (gender && !x->ents[pick].gender) x->ents[pick].gender = gender;
        s->speaker = x->ents[pick].name;
        x->last_speaker = pick;
        return 1;
    }
    saywho_span name = tok_span(x, m.nb, m.ne);
    int k = resolve(x, x->d->text + name.start, name.end - name.start, m.kind == 2, m.gender, m.b);
    if (k < 0) return 0;
    s->speaker = x->ents[k].name;
    x->last_speaker = k;
    return 1;
}

static void addressee(ex *x, saywho_statement *s, pending *p, mention m) {
    if (!m.kind || m.kind == 3) return;
    s->addressee = tok_span(x, m.b, m.e);
    p->ad = m;
}

static void resolve_addressee(ex *x, saywho_statement *s, mention m) {
    if (!m.kind || m.kind == 3) return;
    s->addressee = tok_span(x, m.b, m.e);
    saywho_span name = tok_span(x, m.nb, m.ne);
    int k = resolve(x, x->d->text + name.start, name.end - name.start, m.kind == 2, m.gender, m.b);
    if (k >= 0) s->addressee_name = x->ents[k].name;
}

/* Registers the people named in a sentence, so that later short forms resolve to them. */
static void learn_names(ex *x, size_t b, size_t e) {
    for (size_t i = b; i < e; i++) {
        if (!is_upper(x, i) || x->quoted[i]) continue;
        size_t j = i;
        while (j < e && name_token(x, j, j > i) && !x->quoted[j])
            j++;
        while (j > i + 1 && !is_upper(x, j - 1))
            j--;
        mention m = {.b = i, .e = j};
        name_proper(x, &m);
        /* two or more capitalised words after any title: a full name worth remembering */
        if (m.ne - m.nb >= 2 && !run_is_org(x, m.b, m.e) && !in(x, m.nb, FUNCTION_WORDS)) {
            saywho_span sp = tok_span(x, m.nb, m.ne);
            resolve(x, x->d->text + sp.start, sp.end - sp.start, 0, m.gender, i);
        }
        i = j;
    }
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
    size_t limit = b + 12 < e ? b + 12 : e;
    for (size_t i = b; i < limit; i++)
        if (is_open(x, i) || x->t[i].flags & SAYWHO_TOKEN_TERMINAL) {
            limit = i;
            break;
        }
    size_t c = find_cue(x, b, limit, &len);
    if (c == limit) return 0;
    mention m = c > b ? mention_before(x, b, c) : (mention){0};
    if (!m.kind || m.b != b) {
        mention r = mention_after(x, c + len, e);
        if (r.kind) m = r;
    }
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
        if (!m.kind) {
            mention r = mention_after(x, i + len, open);
            if (r.kind && r.e < open) m = r;
        }
        if (!m.kind) return 0;
        s->cue = tok_span(x, i, i + len);
        if (!attribute(x, s, p, m)) return 0;
        if (in(x, i, OBJECT_CUES)) {
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
        mention m = mention_after(x, sb, open - 1);
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

static int do_quotes(ex *x) {
    quote *qs = NULL;
    size_t nq = 0, cap = 0;
    int rc = -1;
    for (size_t p = 0; p < x->d->n_paras; p++)
        if (paragraph_quotes(x, p, &qs, &nq, &cap)) goto done;
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
        if (ps && prev_para == para && qu->open > 0 && is_punct(x, qu->open - 1, ',') &&
            ps->n_content < SAYWHO_MAX_FRAGMENTS && ps->cue.end > 0 &&
            x->t[qu->open - 1].start >= ps->cue.end &&
            x->t[qu->open - 1].start - ps->cue.end < 60 && open_sent == ps->sentence) {
            ps->content[ps->n_content++] = quote_content(x, qu->cb, qu->ce, qu->runs_on);
            for (size_t i = qu->cb; i < qu->ce; i++)
                x->owner[i] = (int)prev;
        } else {
            saywho_statement s;
            pending pd;
            memset(&s, 0, sizeof s);
            memset(&pd, 0, sizeof pd);
            pd.inherit = -1;
            int found = 0;
            if (!qu->runs_on) found = attribution_after(x, &s, &pd, qu->close + 1, se);
            if (!found) found = attribution_before(x, &s, &pd, sb, qu->open);
            if (!found && nw < 4) continue; /* a quoted term, title or scare quote */
            if (!found && !direct && nw < 8) continue;
            if (!found && ps && ps->n_content && direct &&
                (x->pend[prev].m.kind || x->pend[prev].inherit >= 0) &&
                (prev_para == para ||
                 (prev_para + 1 == para && sb == x->d->paras[para].tok_begin))) {
                /* a floating quote continues the previous speaker */
                pd.inherit = prev;
                found = 1;
            }
            s.kind = direct ? SAYWHO_KIND_DIRECT : SAYWHO_KIND_PARTIAL;
            s.content[0] = quote_content(x, qu->cb, qu->ce, qu->runs_on);
            s.n_content = 1;
            s.sentence = open_sent;
            s.frame = (saywho_span){x->t[sb].start, x->t[se - 1].end};
            if (!found) {
                memset(&pd, 0, sizeof pd);
                pd.inherit = -1;
                s.source = s.cue = s.addressee = (saywho_span){0, 0};
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
            if (!x->pend[prev].m.kind && x->pend[prev].inherit < 0 && !nx->runs_on) {
                size_t se2 = x->d->sents[sentence_of(x, nx->close)].tok_end;
                attribution_after(x, ps, &x->pend[prev], nx->close + 1, se2);
            }
            qu = nx;
        }
    }
    rc = 0;
done:
    free(qs);
    return rc;
}

/* ---- reported speech ---- */

static int sentence_has_statement(const ex *x, size_t b, size_t e) {
    for (size_t i = b; i < e; i++)
        if (x->owner[i] >= 0) return 1;
    return 0;
}

/* The end of a reported clause starting at b: the sentence end, before a final period, or
 * before ", according to" / ", X said". */
static size_t clause_end(const ex *x, size_t b, size_t e) {
    while (e > b && (x->t[e - 1].flags & SAYWHO_TOKEN_TERMINAL || is_close(x, e - 1)))
        e--;
    for (size_t i = b; i + 1 < e; i++) {
        if (!is_punct(x, i, ',')) continue;
        if (is(x, i + 1, "according")) return i;
        if (is(x, i + 1, "citing") || is(x, i + 1, "adding") || is(x, i + 1, "saying") ||
            is(x, i + 1, "warning") || is(x, i + 1, "arguing") || is(x, i + 1, "noting"))
            return i;
    }
    return e;
}

/* Adds a reported statement: content tokens [cb, ce), cue tokens [kb, ke), speaker m. */
static int add_reported(ex *x, size_t si, size_t cb, size_t ce, size_t kb, size_t ke, mention m,
                        mention ad) {
    const saywho_sentence *se = &x->d->sents[si];
    saywho_statement s;
    pending pd;
    memset(&s, 0, sizeof s);
    memset(&pd, 0, sizeof pd);
    pd.inherit = -1;
    s.kind = SAYWHO_KIND_INDIRECT;
    s.content[0] = tok_span(x, cb, ce);
    s.n_content = 1;
    s.cue = tok_span(x, kb, ke);
    s.sentence = si;
    s.frame = (saywho_span){se->start, se->end};
    attribute(x, &s, &pd, m);
    addressee(x, &s, &pd, ad);
    long k = new_statement(x, &s, &pd);
    if (k < 0) return -1;
    for (size_t t = cb; t < ce; t++)
        x->owner[t] = (int)k;
    return 0;
}

static int do_reported(ex *x) {
    for (size_t si = 0; si < x->d->n_sents; si++) {
        const saywho_sentence *se = &x->d->sents[si];
        size_t b = se->tok_begin, e = se->tok_end;
        if (sentence_has_statement(x, b, e)) continue;
        int has_quote = 0;
        for (size_t i = b; i < e; i++)
            has_quote |= x->t[i].kind == SAYWHO_TOK_QUOTE;

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

        /* "CLAUSE, X said." / "CLAUSE, said X." at the end of the sentence */
        {
            size_t end = e;
            while (end > b && (x->t[end - 1].flags & SAYWHO_TOKEN_TERMINAL))
                end--;
            for (size_t c = end; c-- > b + 4;) {
                if (!is_punct(x, c, ',')) continue;
                size_t len = 0, k = find_cue(x, c + 1, end, &len);
                if (k == end || k > c + 8 || !in(x, k, CLAUSE_CUES)) break;
                mention m =
                    k > c + 1 ? mention_before(x, c + 1, k) : mention_after(x, k + len, end);
                if (!m.kind) m = mention_after(x, k + len, end);
                if (!m.kind || has_quote) break;
                /* the clause must itself hold a verb-like word, not "In Paris, officials said" */
                if (words_in(x, b, c) < 5) break;
                size_t cb = b;
                /* a dateline "PARIS (Wire) — " is not part of the clause */
                for (size_t i = b; i < c && i < b + 8; i++)
                    if (is_dash(x, i)) cb = i + 1;
                if (add_reported(x, si, cb, c, k, k + (len == 4 ? 1 : len), m, (mention){0}))
                    return -1;
                goto next_sentence;
            }
        }

        /* "X said (that) CLAUSE", "X told Y CLAUSE", "X urged Y to VP", "X called for NP" */
        for (size_t i = b; i < e; i++) {
            if (x->quoted[i]) continue;
            size_t len = cue_at(x, i);
            if (!len || is(x, i, "according")) continue;
            int clause = in(x, i, CLAUSE_CUES);
            int object = in(x, i, OBJECT_CUES);
            int np_cue = len == 2 && (is(x, i + 1, "for") || is(x, i + 1, "out")); /* called for */
            int welcome = is(x, i, "welcomed") || is(x, i, "welcomes") || is(x, i, "praised") ||
                          is(x, i, "rejected") || is(x, i, "criticised") ||
                          is(x, i, "criticized") || is(x, i, "condemned") || is(x, i, "demanded");
            if (!clause && !object && !np_cue && !welcome && len < 4) continue;
            mention m = mention_before(x, b, i);
            if (!m.kind || m.e + 6 < i) continue;
            size_t k = i + len;
            mention ad = {0};
            /* time and manner adjuncts right after the cue: "said on Tuesday", "told reporters" */
            for (;;) {
                if ((is(x, k, "on") || is(x, k, "late") || is(x, k, "early")) &&
                    is_upper(x, k + 1)) {
                    k += 2;
                    continue;
                }
                if (is(x, k, "in") && (is(x, k + 1, "a") || is(x, k + 1, "an")) &&
                    (is(x, k + 2, "statement") || is(x, k + 2, "interview") ||
                     is(x, k + 2, "letter") || is(x, k + 2, "note") || is(x, k + 2, "report") ||
                     is(x, k + 2, "post"))) {
                    k += 3;
                    continue;
                }
                if (is(x, k, "last") || is(x, k, "this")) {
                    if (is(x, k + 1, "week") || is(x, k + 1, "month") || is(x, k + 1, "year") ||
                        is_upper(x, k + 1)) {
                        k += 2;
                        continue;
                    }
                }
                if (is(x, k, "on") && (is(x, k + 1, "social") || is(x, k + 1, "television") ||
                                       is(x, k + 1, "radio"))) {
                    k += is(x, k + 1, "social") ? 3 : 2;
                    continue;
                }
                if (is_punct(x, k, ',') && (is(x, k + 1, "however") || is(x, k + 1, "though"))) {
                    k += 3;
                    continue;
                }
                if (is(x, k, "reporters") || is(x, k, "journalists")) {
                    if (object) ad = mention_after(x, k, k + 1);
                    k += 1;
                    continue;
                }
                break;
            }
            if (object && !ad.kind && !is(x, k, "that")) {
                mention a = mention_after(x, k, e);
                if (a.kind && a.kind != 3 && a.e < e &&
                    (is(x, a.e, "to") || is(x, a.e, "that") || is_upper(x, a.e) ||
                     in(x, a.e, DETERMINERS) || in(x, a.e, PRONOUNS) || is(x, a.e, "it") ||
                     is(x, a.e, "on") || is(x, a.e, "they"))) {
                    ad = a;
                    k = a.e;
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
                          is_word(x, k)))
                        break;
                    if (is(x, k, "in") || is(x, k, "on") || is(x, k, "at") || is(x, k, "of") ||
                        is(x, k, "about") || is(x, k, "to") || is(x, k, "with") || is(x, k, "by") ||
                        is(x, k, "was") || is(x, k, "were") || is(x, k, "had") || is(x, k, "and"))
                        break;
                }
                if (add_reported(x, si, k, ce, i, i + (len == 4 ? 1 : len), m, ad)) return -1;
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

/* Resolves every speaker and addressee to a canonical name, in document order, so that pronouns
 * find the last fitting speaker and floating quotes the speaker before them. */
static int resolve_all(ex *x) {
    size_t *order = malloc((x->n + 1) * sizeof *order);
    if (!order) return -1;
    for (size_t i = 0; i < x->n; i++)
        order[i] = i;
    sort_ctx = x;
    qsort(order, x->n, sizeof *order, cmp_index);
    for (size_t k = 0; k < x->n; k++) {
        size_t i = order[k];
        saywho_statement *s = &x->st[i];
        const pending *p = &x->pend[i];
        if (p->inherit >= 0) {
            const saywho_statement *from = &x->st[p->inherit];
            s->source = from->source;
            s->cue = from->cue;
            s->speaker = from->speaker;
            continue;
        }
        if (p->m.kind && !resolve_speaker(x, s, p->m)) s->source = s->cue = (saywho_span){0, 0};
        if (p->ad.kind) resolve_addressee(x, s, p->ad);
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
    x.last_speaker = -1;
    x.owner = malloc((x.nt + 1) * sizeof *x.owner);
    x.quoted = calloc(x.nt + 1, 1);
    saywho_statements *list = calloc(1, sizeof *list);
    int rc = SAYWHO_ENOMEM;
    if (!x.owner || !x.quoted || !list) goto done;
    for (size_t i = 0; i < x.nt; i++)
        x.owner[i] = -1;
    /* names first, so that a speaker introduced later in a sentence still resolves */
    for (size_t s = 0; s < d->n_sents; s++)
        learn_names(&x, d->sents[s].tok_begin, d->sents[s].tok_end);
    /* the learning pass set recency; attribution keeps its own in document order */
    for (size_t k = 0; k < x.n_ents; k++)
        x.ents[k].last = 0;
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
    free(x.ents);
    free(x.st);
    free(x.pend);
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
