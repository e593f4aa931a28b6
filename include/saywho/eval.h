/* Scoring statement extraction and attribution against gold articles. */
#ifndef SAYWHO_EVAL_H
#define SAYWHO_EVAL_H

#include "saywho/corpus.h"
#include "saywho/quotes.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Counts for precision, recall and F1. */
typedef struct saywho_prf {
    size_t tp, pred, gold;
} saywho_prf;

double saywho_prf_precision(const saywho_prf *p);
double saywho_prf_recall(const saywho_prf *p);
double saywho_prf_f1(const saywho_prf *p);

/* A ratio: ok of n. */
typedef struct saywho_ratio {
    size_t ok, n;
} saywho_ratio;

/* Accumulated scores over articles. "quotes" are direct and partial statements together,
 * "indirect" reported speech. Overlap means intersection over union >= 0.5 after trimming white
 * space, quote marks and final punctuation; exact means the trimmed spans are equal. Speaker,
 * mention and addressee figures are over statements matched at overlap. */
typedef struct saywho_extract_scores {
    size_t articles;
    saywho_prf quotes_exact, quotes_overlap, indirect_exact, indirect_overlap;
    saywho_ratio speaker_direct; /* canonical speaker right, gold direct quotes */
    saywho_ratio speaker_quotes; /* direct and partial */
    saywho_ratio speaker_indirect;
    saywho_ratio mention;   /* speaker mention span exactly right, attributed gold */
    saywho_ratio addressee; /* addressee name right where gold or prediction has one */
    size_t stance[4][4];    /* matched statements: gold stance by predicted stance */
    saywho_prf end_to_end;  /* right span (overlap), speaker and stance */
} saywho_extract_scores;

/* Scores the statements found in one gold article (found on g->doc) and adds to acc. stance
 * holds the predicted stance of each statement, or is NULL when there is no stance model. */
void saywho_eval_extraction(const saywho_gold_article *g, const saywho_statement *st, size_t n,
                            const int *stance, saywho_extract_scores *acc);

/* The matching that saywho_eval_extraction scores: gold_of[i] is the index in g->statements of
 * the gold statement that found statement i matches at overlap, or SAYWHO_NO_MATCH. gold_of has
 * room for n values. */
#define SAYWHO_NO_MATCH ((size_t)-1)
void saywho_eval_match(const saywho_gold_article *g, const saywho_statement *st, size_t n,
                       size_t *gold_of);

#ifdef __cplusplus
}
#endif

#endif
