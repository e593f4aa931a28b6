/* Stance features: hashed and binary (the model weights them). Namespaces: c: content words,
 * b: content bigrams, m: modal verbs and their negation, n: words in a negation's scope, first:
 * the first content word (imperatives), f: frame words outside the content, cue: the cue, kind:,
 * and w:/wb: the words and bigrams of the whole frame, content and attribution together, so the
 * model sees "called on" or "expressed concern" whatever the extraction cut; with the lexicon,
 * lex:/lex!: a content word of a stance's cue list (lex!: inside a negation's scope) and
 * first:lex: a first content word among the demand cues. */
#include "doc.h"
#include "internal.h"
#include "lexicon.h"
#include "saywho/stance.h"

#include <stdlib.h>
#include <string.h>

static const char *const MODALS[] = {"must",    "should",    "need",  "needs", "needed", "have",
                                     "has",     "cannot",    "can't", "will",  "would",  "could",
                                     "may",     "might",     "shall", "ought", "can",    "won't",
                                     "mustn't", "shouldn't", NULL};
static const char *const NEGATIONS[] = {"not",   "n't",     "never",  "no",      "cannot",
                                        "can't", "won't",   "don't",  "mustn't", "shouldn't",
                                        "nor",   "without", "didn't", "doesn't", NULL};

/* A small hand-written lexicon of stance cues, matched as word prefixes ("worr" covers worry,
 * worried, worrying); an entry ending in '=' must match the whole word. Each cue adds its
 * stance as one shared feature, so rare words of a stance pool their evidence. */
static const char *const LEX_DEMAND[] = {
    "urg",       "demand",   "insist",    "must=",      "should=",      "needs=",    "need=",
    "require",   "call=",    "calls=",    "called=",    "calling=",     "immediate", "halt",
    "stop",      "withdraw", "revers",    "scrap",      "resign",       "ban=",      "bans=",
    "banned=",   "lift=",    "ensure",    "guarantee",  "enforce",      "compel",    "deadline",
    "ultimatum", "restore",  "reinstate", "investigat", "publish",      "disclose",  "release",
    "suspend",   "rescind",  "repeal",    "overturn",   "abandon",      "drop=",     "pay=",
    "petition",  "appeal",   "mandat",    "oblig",      "ought",        "act=",      "acts=",
    "fix=",      "quit",     "cancel",    "freeze",     "block",        "refund",    "compensat",
    "apolog",    "answer",   "explain",   "accountab",  "immediately=", "urgently=", NULL};
static const char *const LEX_AGREEMENT[] = {
    "agree",          "welcom",     "support",      "back=",      "backs=",    "backed=",
    "backing=",       "endors",     "accept",       "approv",     "prais",     "applaud",
    "commend",        "grateful",   "thank",        "pleas",      "glad=",     "happy=",
    "delight",        "positive",   "constructive", "productive", "progress",  "breakthrough",
    "consensus",      "compromise", "reasonabl",    "fair=",      "sensible",  "encourag",
    "ratif",          "cooperat",   "collaborat",   "united=",    "align",     "satisf",
    "good=",          "great=",     "right=",       "correct",    "sound=",    "helpful",
    "useful",         "forward=",   "common=",      "shared=",    "partner",   "together=",
    "deal=",          "settl",      "resolv",       "success",    "excellent", "proud",
    "confiden",       "convinc",    "recogni",      "appreciat",  "respect",   "fully=",
    "wholeheartedly", "embrac",     "signed=",      "sign=",      "join",      "alongside=",
    "trust",          "honour",     "honor",        "wise",       NULL};
static const char *const LEX_CONCERN[] = {
    "worr",       "fear",        "risk",       "danger",   "threat",   "alarm",       "anxi",
    "concern",    "troubl",      "unsafe",     "harm",     "damag",    "collaps",     "shortage",
    "crisis",     "crises",      "jeopard",    "undermin", "vulnerab", "warn",        "deteriorat",
    "precarious", "strain",      "overwhelm",  "struggl",  "fragil",   "uncertain",   "disrupt",
    "escalat",    "loss",        "lose",       "losing",   "lost=",    "suffer",      "devastat",
    "catastroph", "dire=",       "grave=",     "disturb",  "dismay",   "unease",      "uneasy",
    "nervous",    "scare",       "afraid",     "panic",    "frighten", "hazard",      "toxic",
    "contamina",  "outbreak",    "worse",      "decline",  "falter",   "setback",     "exposed",
    "doubt",      "unclear",     "unknown",    "fail",     "problem",  "difficult",   "hard=",
    "shortfall",  "deficit",     "delay",      "backlog",  "cut=",     "cuts=",       "layoff",
    "closure",    "shut",        "bankrupt",   "insolven", "pressure", "stress",      "tension",
    "volatil",    "unsustainab", "unaffordab", "expens",   "costly",   "bleak",       "grim",
    "gloomy",     "sobering",    "sad=",       "upset",    "distress", "dread",       "sick",
    "death",      "dead=",       "die=",       "died=",    "dies=",    "dying=",      "injur",
    "victim",     "crash",       "fall=",      "fell=",    "falling=", "drop",        "plung",
    "slump",      "hit=",        "hurt",       "burden",   "crippl",   "unprecedent", "tragic",
    "vanish",     "erod",        NULL};
static const char *const *const LEXICON[] = {LEX_DEMAND, LEX_AGREEMENT, LEX_CONCERN};
static const char *const LEX_NAMES[] = {"demand", "agreement", "concern"};

/* The stances whose lexicon holds w, as bits. */
static unsigned lex_match(const char *w, size_t n) {
    unsigned bits = 0;
    for (int s = 0; s < 3; s++)
        for (const char *const *e = LEXICON[s]; *e; e++) {
            if ((*e)[0] != w[0]) continue; /* most entries differ at once: no strlen for them */
            size_t l = strlen(*e);
            int whole = l && (*e)[l - 1] == '=';
            if (whole) l--;
            if (n < l || memcmp(w, *e, l) != 0 || (whole && n != l)) continue;
            bits |= 1u << s;
            break;
        }
    return bits;
}

void saywho_fvec_free(saywho_fvec *v) {
    if (v->names != SAYWHO_FVEC_NAMES_MARK) {
        for (size_t i = 0; v->names && i < v->n_names; i++)
            free(v->names[i]);
        free(v->names);
    }
    free(v->idx);
    free(v->val);
    memset(v, 0, sizeof *v);
}

typedef struct bag {
    uint32_t *h;
    size_t n, cap;
    uint32_t mask;
    char **names; /* the feature strings, only when an explanation wants them */
    size_t names_cap;
    int want_names;
} bag;

/* Adds the feature prefix + a (+ " " + b) to the bag, hashed with FNV-1a. */
static int add(bag *g, const char *prefix, const char *a, size_t an, const char *b, size_t bn) {
    uint32_t h = 2166136261u;
    for (const char *p = prefix; *p; p++)
        h = (h ^ (unsigned char)*p) * 16777619u;
    for (size_t i = 0; i < an; i++)
        h = (h ^ (unsigned char)a[i]) * 16777619u;
    if (b) {
        h = (h ^ ' ') * 16777619u;
        for (size_t i = 0; i < bn; i++)
            h = (h ^ (unsigned char)b[i]) * 16777619u;
    }
    if (saywho__reserve((void **)&g->h, &g->cap, g->n + 1, sizeof *g->h)) return -1;
    if (g->want_names) {
        if (saywho__reserve((void **)&g->names, &g->names_cap, g->n + 1, sizeof *g->names))
            return -1;
        size_t pl = strlen(prefix), n = pl + an + (b ? bn + 1 : 0);
        char *nm = malloc(n + 1);
        if (!nm) return -1;
        memcpy(nm, prefix, pl);
        memcpy(nm + pl, a, an);
        if (b) {
            nm[pl + an] = ' ';
            memcpy(nm + pl + an + 1, b, bn);
        }
        nm[n] = '\0';
        g->names[g->n] = nm;
    }
    g->h[g->n++] = h & g->mask;
    return 0;
}

static int cmp_u32(const void *a, const void *b) {
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

static int in_content(const saywho_statement *st, size_t a, size_t b) {
    for (int f = 0; f < st->n_content; f++)
        if (a >= st->content[f].start && b <= st->content[f].end) return 1;
    return 0;
}

static int is_word(const saywho_token *t) {
    return t->kind == SAYWHO_TOK_WORD || t->kind == SAYWHO_TOK_NUMBER;
}

static int features(const saywho_doc *d, const saywho_statement *st, saywho_span whole,
                    const saywho_feature_config *cfg, saywho_fvec *out) {
    bag g = {NULL, 0, 0, (uint32_t)((1u << cfg->bits) - 1), NULL, 0, out->names != NULL};
    int rc = -1;
    const char *prev = NULL;
    size_t prev_n = 0;
    int first = 1, neg = 0;
    size_t b = saywho__token_at(d, whole.start);
    for (size_t i = b; i < d->n_tokens && d->tokens[i].start < whole.end; i++) {
        const saywho_token *t = &d->tokens[i];
        if (st && !in_content(st, t->start, t->end)) continue;
        if (!is_word(t)) {
            prev = NULL;
            continue;
        }
        size_t n;
        const char *w = saywho_doc_token_fold(d, t, &n);
        unsigned lb = cfg->lexicon ? lex_match(w, n) : 0; /* the stances whose cue w is */
        if (add(&g, "c:", w, n, NULL, 0)) goto done;
        if (first && add(&g, "first:", w, n, NULL, 0)) goto done;
        if (first && (lb & 1) && add(&g, "first:lex:", "demand", 6, NULL, 0)) goto done;
        first = 0;
        if (cfg->bigrams && prev && add(&g, "b:", prev, prev_n, w, n)) goto done;
        int scoped = neg > 0;
        if (neg > 0) {
            if (add(&g, "n:", w, n, NULL, 0)) goto done;
            neg--;
        }
        for (int s = 0; s < 3; s++)
            if ((lb >> s & 1) &&
                add(&g, scoped ? "lex!:" : "lex:", LEX_NAMES[s], strlen(LEX_NAMES[s]), NULL, 0))
                goto done;
        if (saywho__in_list(w, n, MODALS)) {
            const saywho_token *nx = i + 1 < d->n_tokens ? &d->tokens[i + 1] : NULL;
            size_t nn = 0;
            const char *nw = nx ? saywho_doc_token_fold(d, nx, &nn) : NULL;
            int negated = nw && saywho__in_list(nw, nn, NEGATIONS);
            if (add(&g, negated ? "m!:" : "m:", w, n, NULL, 0)) goto done;
        }
        if (saywho__in_list(w, n, NEGATIONS)) neg = 3;
        prev = w;
        prev_n = n;
    }
    if (st && cfg->frame) {
        for (size_t i = saywho__token_at(d, st->frame.start);
             i < d->n_tokens && d->tokens[i].start < st->frame.end; i++) {
            const saywho_token *t = &d->tokens[i];
            if (!is_word(t) || in_content(st, t->start, t->end)) continue;
            size_t n;
            const char *w = saywho_doc_token_fold(d, t, &n);
            int cue =
                t->start >= st->cue.start && t->end <= st->cue.end && st->cue.end > st->cue.start;
            if (add(&g, cue ? "cue:" : "f:", w, n, NULL, 0)) goto done;
        }
        const char *k = saywho_kind_name(st->kind);
        if (add(&g, "kind:", k, strlen(k), NULL, 0)) goto done;
        if (st->addressee_name && add(&g, "addressee", "", 0, NULL, 0)) goto done;
    }
    if (cfg->whole) {
        saywho_span all = st ? st->frame : whole;
        if (st && all.end <= all.start) all = whole;
        prev = NULL;
        for (size_t i = saywho__token_at(d, all.start);
             i < d->n_tokens && d->tokens[i].start < all.end; i++) {
            const saywho_token *t = &d->tokens[i];
            if (!is_word(t)) continue; /* bigrams run across punctuation and quote marks */
            size_t n;
            const char *w = saywho_doc_token_fold(d, t, &n);
            if (add(&g, "w:", w, n, NULL, 0)) goto done;
            if (prev && add(&g, "wb:", prev, prev_n, w, n)) goto done;
            prev = w;
            prev_n = n;
        }
    }
    if (g.want_names) {
        /* one name per bucket, the first seen: sort hashes with their names */
        for (size_t i = 1; i < g.n; i++)
            for (size_t j = i; j > 0 && g.h[j - 1] > g.h[j]; j--) {
                uint32_t th = g.h[j];
                g.h[j] = g.h[j - 1];
                g.h[j - 1] = th;
                char *tn = g.names[j];
                g.names[j] = g.names[j - 1];
                g.names[j - 1] = tn;
            }
    } else if (g.n) {
        qsort(g.h, g.n, sizeof *g.h, cmp_u32);
    }
    size_t u = 0;
    for (size_t i = 0; i < g.n; i++) {
        if (!u || g.h[u - 1] != g.h[i]) {
            if (g.want_names) {
                char *keep = g.names[i];
                g.names[i] = NULL;
                g.names[u] = keep;
            }
            g.h[u++] = g.h[i];
        } else if (g.want_names) { /* a repeated feature: its name goes */
            free(g.names[i]);
            g.names[i] = NULL;
        }
    }
    out->n = 0;
    if (saywho__reserve((void **)&out->idx, &out->cap, u + 1, sizeof *out->idx)) goto done;
    float *val = realloc(out->val, out->cap * sizeof *val); /* the same capacity as idx */
    if (!val) goto done;
    out->val = val;
    for (size_t i = 0; i < u; i++) {
        out->idx[i] = g.h[i];
        out->val[i] = 1.0f;
    }
    out->n = u;
    if (g.want_names) {
        if (out->names != SAYWHO_FVEC_NAMES_MARK) {
            for (size_t i = 0; i < out->n_names; i++)
                free(out->names[i]);
            free(out->names);
        }
        out->names = g.names; /* u names, then the dropped duplicates' slots */
        for (size_t i = u; i < g.n; i++)
            free(g.names[i]);
        g.names = NULL;
        out->n_names = u;
    }
    rc = 0;
done:
    if (g.names)
        for (size_t i = 0; i < g.n; i++)
            free(g.names[i]);
    free(g.names);
    free(g.h);
    return rc ? SAYWHO_ENOMEM : SAYWHO_OK;
}

int saywho_stance_features(const saywho_doc *d, const saywho_statement *st,
                           const saywho_feature_config *cfg, saywho_fvec *out) {
    saywho_span whole = {st->content[0].start, st->content[st->n_content - 1].end};
    return features(d, st, whole, cfg, out);
}

int saywho_stance_features_text(const char *text, size_t len, const saywho_feature_config *cfg,
                                saywho_fvec *out) {
    saywho_doc *d = NULL;
    saywho_text_options o = {1, SAYWHO_PARA_AUTO};
    int rc = saywho_doc_new(text, len, &o, &d, NULL);
    if (rc) return rc;
    saywho_statements *list = NULL;
    rc = saywho_statements_find(d, &list);
    if (rc == SAYWHO_OK) {
        size_t n, best = 0, best_len = 0;
        const saywho_statement *st = saywho_statements_get(list, &n);
        for (size_t i = 0; i < n; i++) {
            size_t l = 0;
            for (int f = 0; f < st[i].n_content; f++)
                l += st[i].content[f].end - st[i].content[f].start;
            if (l > best_len) best_len = l, best = i;
        }
        if (n) {
            rc = saywho_stance_features(d, &st[best], cfg, out);
        } else {
            saywho_span whole = {0, d->len};
            rc = features(d, NULL, whole, cfg, out);
        }
    }
    saywho_statements_free(list);
    saywho_doc_free(d);
    return rc;
}
