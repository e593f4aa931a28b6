/* Matching predicted statements to gold ones and counting what is right. */
#include "saywho/eval.h"
#include "doc.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

double saywho_prf_precision(const saywho_prf *p) {
    return p->pred ? (double)p->tp / (double)p->pred : 0.0;
}

double saywho_prf_recall(const saywho_prf *p) {
    return p->gold ? (double)p->tp / (double)p->gold : 0.0;
}

double saywho_prf_f1(const saywho_prf *p) {
    double a = saywho_prf_precision(p), b = saywho_prf_recall(p);
    return a + b > 0 ? 2 * a * b / (a + b) : 0.0;
}

/* Characters trimmed from both ends of a span before comparing: white space, quote marks and
 * final punctuation. */
static int trimmable(const char *s, size_t i, size_t *len) {
    unsigned char c = (unsigned char)s[i];
    *len = 1;
    if (c == ' ' || c == '\n' || c == '\t' || c == '"' || c == '\'' || c == ',' || c == '.' ||
        c == ';' || c == ':' || c == '!' || c == '?')
        return 1;
    if (c == 0xE2 && (unsigned char)s[i + 1] == 0x80) {
        unsigned char d = (unsigned char)s[i + 2];
        if (d == 0x9C || d == 0x9D || d == 0x98 || d == 0x99 || d == 0xA6) {
            *len = 3;
            return 1;
        }
    }
    if (c == 0xC2 && ((unsigned char)s[i + 1] == 0xAB || (unsigned char)s[i + 1] == 0xBB)) {
        *len = 2;
        return 1;
    }
    return 0;
}

static saywho_span trim(const saywho_doc *d, saywho_span sp) {
    size_t k;
    while (sp.start < sp.end && trimmable(d->text, sp.start, &k))
        sp.start += k;
    while (sp.end > sp.start) {
        size_t j = sp.end - 1;
        while (j > sp.start && ((unsigned char)d->text[j] & 0xC0) == 0x80)
            j--;
        if (!trimmable(d->text, j, &k) || j + k != sp.end) break;
        sp.end = j;
    }
    return sp;
}

/* Length of the intersection of two fragment lists (each sorted, non-overlapping). */
static size_t inter(const saywho_span *a, int na, const saywho_span *b, int nb) {
    size_t n = 0;
    for (int i = 0; i < na; i++)
        for (int j = 0; j < nb; j++) {
            size_t s = a[i].start > b[j].start ? a[i].start : b[j].start;
            size_t e = a[i].end < b[j].end ? a[i].end : b[j].end;
            if (e > s) n += e - s;
        }
    return n;
}

static size_t total(const saywho_span *a, int n) {
    size_t t = 0;
    for (int i = 0; i < n; i++)
        t += a[i].end - a[i].start;
    return t;
}

typedef struct frags {
    saywho_span f[SAYWHO_MAX_FRAGMENTS];
    int n;
} frags;

static frags trimmed(const saywho_doc *d, const saywho_span *f, int n) {
    frags r = {.n = 0};
    for (int i = 0; i < n; i++) {
        saywho_span t = trim(d, f[i]);
        if (t.end > t.start) r.f[r.n++] = t;
    }
    return r;
}

static int is_quote_kind(int k) {
    return k == SAYWHO_KIND_DIRECT || k == SAYWHO_KIND_PARTIAL;
}

static int same_name(const char *a, const char *b) {
    if (!a || !b) return a == b;
    return strcasecmp(a, b) == 0;
}

/* Greedy one-to-one matching by intersection over union, within one group of kinds. */
static void score_group(const saywho_gold_article *g, const saywho_statement *st, size_t n,
                        const int *stance, int quotes, saywho_prf *exact, saywho_prf *overlap,
                        saywho_extract_scores *acc, size_t *gold_of) {
    const saywho_doc *d = g->doc;
    size_t ng = 0, np = 0;
    frags *gf = malloc((g->n + 1) * sizeof *gf), *pf = malloc((n + 1) * sizeof *pf);
    size_t *gi = malloc((g->n + 1) * sizeof *gi), *pi = malloc((n + 1) * sizeof *pi);
    int *taken = calloc(n + 1, sizeof *taken);
    if (!gf || !pf || !gi || !pi || !taken) goto done;
    for (size_t i = 0; i < g->n; i++)
        if (is_quote_kind(g->statements[i].kind) == quotes) {
            gf[ng] = trimmed(d, g->statements[i].content, g->statements[i].n_content);
            gi[ng++] = i;
        }
    for (size_t i = 0; i < n; i++)
        if (is_quote_kind(st[i].kind) == quotes) {
            pf[np] = trimmed(d, st[i].content, st[i].n_content);
            pi[np++] = i;
        }
    exact->gold += ng;
    exact->pred += np;
    overlap->gold += ng;
    overlap->pred += np;
    for (size_t a = 0; a < ng; a++) {
        double best = 0.0;
        size_t bj = np;
        for (size_t b = 0; b < np; b++) {
            if (taken[b]) continue;
            size_t in = inter(gf[a].f, gf[a].n, pf[b].f, pf[b].n);
            if (!in) continue;
            double iou =
                (double)in / (double)(total(gf[a].f, gf[a].n) + total(pf[b].f, pf[b].n) - in);
            if (iou > best) best = iou, bj = b;
        }
        if (bj == np || best < 0.5) continue;
        taken[bj] = 1;
        if (gold_of) gold_of[pi[bj]] = gi[a];
        overlap->tp++;
        if (best >= 1.0 - 1e-12) exact->tp++;
        const saywho_gold_statement *gs = &g->statements[gi[a]];
        const saywho_statement *ps = &st[pi[bj]];
        int ok = same_name(gs->source_name, ps->speaker);
        saywho_ratio *r = quotes ? &acc->speaker_quotes : &acc->speaker_indirect;
        r->n++;
        r->ok += ok;
        if (gs->kind == SAYWHO_KIND_DIRECT) {
            acc->speaker_direct.n++;
            acc->speaker_direct.ok += ok;
        }
        if (gs->attributed) {
            acc->mention.n++;
            acc->mention.ok +=
                ps->source.start == gs->source.start && ps->source.end == gs->source.end;
        }
        if (stance) {
            int k = stance[pi[bj]];
            if (k >= 0 && k < 4) acc->stance[gs->stance][k]++;
            acc->end_to_end.tp += ok && k == gs->stance;
        }
        if (gs->addressee_name || ps->addressee_name) {
            acc->addressee.n++;
            acc->addressee.ok += same_name(gs->addressee_name, ps->addressee_name);
        }
    }
done:
    free(gf);
    free(pf);
    free(gi);
    free(pi);
    free(taken);
}

void saywho_eval_extraction(const saywho_gold_article *g, const saywho_statement *st, size_t n,
                            const int *stance, saywho_extract_scores *acc) {
    acc->articles++;
    score_group(g, st, n, stance, 1, &acc->quotes_exact, &acc->quotes_overlap, acc, NULL);
    score_group(g, st, n, stance, 0, &acc->indirect_exact, &acc->indirect_overlap, acc, NULL);
    if (stance) {
        acc->end_to_end.gold += g->n;
        acc->end_to_end.pred += n;
    }
}

void saywho_eval_match(const saywho_gold_article *g, const saywho_statement *st, size_t n,
                       size_t *gold_of) {
    saywho_extract_scores scratch;
    memset(&scratch, 0, sizeof scratch);
    for (size_t i = 0; i < n; i++)
        gold_of[i] = SAYWHO_NO_MATCH;
    score_group(g, st, n, NULL, 1, &scratch.quotes_exact, &scratch.quotes_overlap, &scratch,
                gold_of);
    score_group(g, st, n, NULL, 0, &scratch.indirect_exact, &scratch.indirect_overlap, &scratch,
                gold_of);
}
