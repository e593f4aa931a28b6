/* Statement extraction's shared internals: the working state of one document, the chunker's
 * mentions, entities and the token helpers, used by speakers.c (names, mentions and their
 * resolution) and quotes.c (quotes, reported speech, the statement list). Not installed. */
#ifndef SAYWHO_EXTRACT_H
#define SAYWHO_EXTRACT_H

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
    int asked;               /* the person a question was put to ("…?” asked X of Y"), or -1 */
    size_t asked_tok;        /* where the question ended */
    int headline;            /* the first paragraph is a headline: no names or reports from it */
} ex;

/* ---- token helpers ---- */

static inline const char *fold(const ex *x, size_t i, size_t *n) {
    return saywho_doc_token_fold(x->d, &x->t[i], n);
}

static inline int is(const ex *x, size_t i, const char *w) {
    if (i >= x->nt) return 0;
    size_t n;
    const char *f = fold(x, i, &n);
    return strlen(w) == n && memcmp(f, w, n) == 0;
}

static inline int in(const ex *x, size_t i, const char *const *list) {
    if (i >= x->nt) return 0;
    size_t n;
    const char *f = fold(x, i, &n);
    return saywho__in_list(f, n, list);
}

/* The sex token i's given name says: 1 a woman's, 2 a man's, 0 neither. */
static inline int given_gender(const ex *x, size_t i) {
    size_t n;
    const char *w = fold(x, i, &n);
    return saywho__given_name_gender(w, n);
}

static inline int is_word(const ex *x, size_t i) {
    return i < x->nt && x->t[i].kind == SAYWHO_TOK_WORD;
}

static inline int is_upper(const ex *x, size_t i) {
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

static inline int is_punct(const ex *x, size_t i, char c) {
    return i < x->nt && x->t[i].kind == SAYWHO_TOK_PUNCT && x->t[i].end - x->t[i].start == 1 &&
           x->d->text[x->t[i].start] == c;
}

static inline int is_open(const ex *x, size_t i) {
    return i < x->nt && x->t[i].kind == SAYWHO_TOK_QUOTE && (x->t[i].quote & SAYWHO_QUOTE_OPEN);
}

static inline int is_close(const ex *x, size_t i) {
    return i < x->nt && x->t[i].kind == SAYWHO_TOK_QUOTE && (x->t[i].quote & SAYWHO_QUOTE_CLOSE);
}

static inline int is_dash(const ex *x, size_t i) {
    if (i >= x->nt || x->t[i].kind != SAYWHO_TOK_PUNCT) return 0;
    const unsigned char *s = (const unsigned char *)x->d->text + x->t[i].start;
    if (s[0] == '-') return 1;
    return x->t[i].end - x->t[i].start == 3 && s[0] == 0xE2 && s[1] == 0x80 &&
           (s[2] == 0x94 || s[2] == 0x93);
}

/* A possessive: Nigeria’s, the ministry's. */
static inline int is_possessive(const ex *x, size_t i) {
    if (!is_word(x, i)) return 0;
    size_t n;
    const char *f = fold(x, i, &n);
    return n > 2 && f[n - 2] == '\'' && f[n - 1] == 's';
}

static inline size_t sentence_of(const ex *x, size_t i) {
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

static inline saywho_span tok_span(const ex *x, size_t b, size_t e) {
    if (b >= e) return (saywho_span){0, 0};
    return (saywho_span){x->t[b].start, x->t[e - 1].end};
}

/* Length in tokens of a cue starting at token i ("called for" is 2, "according to" 2, "said in
 * a statement" 4), or 0. */
static inline size_t cue_at(const ex *x, size_t i) {
    if (!is_word(x, i) || x->quoted[i]) return 0;
    if (is(x, i, "according") && is(x, i + 1, "to")) return 2;
    /* "Kovačič hit back", "the minister shot back" */
    if ((is(x, i, "hit") || is(x, i, "shot") || is(x, i, "fired") || is(x, i, "pushed")) &&
        is(x, i + 1, "back"))
        return 2;
    if (!in(x, i, CUES)) return 0;
    /* "declined to say whether", "would say": no statement */
    if (is(x, i, "say") && i > 0 &&
        (is(x, i - 1, "to") || is(x, i - 1, "not") || is(x, i - 1, "would") ||
         is(x, i - 1, "could") || is(x, i - 1, "will") || is(x, i - 1, "can") ||
         is(x, i - 1, "cannot") || is(x, i - 1, "did") || is(x, i - 1, "does") ||
         is(x, i - 1, "do") || is(x, i - 1, "might") || is(x, i - 1, "may") ||
         is(x, i - 1, "should") || is(x, i - 1, "must") || is(x, i - 1, "n't")))
        return 0;
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
    /* "asked for the man to be released", not "asked for comment" nor "for anonymity" */
    if ((is(x, i, "asked") || is(x, i, "asks")) && is(x, i + 1, "for"))
        return is(x, i + 2, "comment") || is(x, i + 2, "anonymity") ||
                       /* "the items that Mozambique asked for two years ago" */
                       is(x, i + 3, "years") || is(x, i + 3, "months") || is(x, i + 3, "weeks") ||
                       is(x, i + 3, "days")
                   ? 0
                   : 2;
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

/* ---- speakers.c: names, mentions, resolution ---- */

int saywho__has_role(const entity *e, const char *w, size_t n);

const char *saywho__intern(ex *x, const char *s, size_t n);

int saywho__is_prep(const ex *x, size_t i);

void saywho__learn_names(ex *x, size_t b, size_t e);

void saywho__learn_org_names(ex *x);

void saywho__learn_org_phrases(ex *x, size_t b, size_t e);

mention saywho__mention_after(const ex *x, size_t b, size_t hi);

mention saywho__mention_before(const ex *x, size_t lo, size_t e);

int saywho__name_token(const ex *x, size_t i, int inside);

int saywho__resolve_mention(ex *x, mention m, int object);

size_t saywho__run_end(const ex *x, size_t b, size_t hi);

mention saywho__run_mention(const ex *x, size_t lo, size_t b, size_t e);

size_t saywho__seen_from(const ex *x);

int saywho__title_at(const ex *x, size_t i);

int saywho__unnamed_person(const ex *x, mention m);

int saywho__named_later(const ex *x, mention m, int ent);

/* "Lusavia, a cargo airline based at …, said": the name that opens the clause at sb, set off by
 * a comma before mention m (its appositive or a place in it); kind 0 when there is none. */
mention saywho__name_before_appositive(const ex *x, size_t sb, size_t hi, mention m);

/* ---- quotes.c ---- */

int saywho__subject_at(const ex *x, size_t tb, size_t te, mention *m, size_t *verb);

#endif
