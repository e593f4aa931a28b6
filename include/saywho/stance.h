/* The stance model: features of a statement and its frame, a liblinear logistic regression over
 * hashed features, saywho's own model file, and scoring of labeled statements.
 *
 * Training and inference compute features through the same function, saywho_stance_features(),
 * from the same extraction code: a feature computed differently at the two times is the bug this
 * layout exists to prevent. */
#ifndef SAYWHO_STANCE_H
#define SAYWHO_STANCE_H

#include "saywho/corpus.h"
#include "saywho/error.h"
#include "saywho/quotes.h"
#include "saywho/text.h"

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* What the features are made of; stored in the model file so inference computes the same. */
typedef struct saywho_feature_config {
    int bits;    /* hash buckets: 1 << bits */
    int bigrams; /* content word bigrams */
    int frame;   /* cue and frame words */
    int whole;   /* words and bigrams of the whole frame, the content included */
    int lexicon; /* stance cue lexicon (lib/features.c); 0 in models of format version 2 */
} saywho_feature_config;

/* A sparse feature vector: sorted bucket indexes with values (1 for a feature present; the
 * model weights and normalises them, see saywho_model_predict). */
typedef struct saywho_fvec {
    uint32_t *idx;
    float *val;
    size_t n, cap;
    char **names; /* set names to a non-NULL value (see SAYWHO_FVEC_NAMES) before computing
                   * features to get each feature's string, for explanations */
    size_t n_names;
} saywho_fvec;

/* Initialiser of a vector that keeps feature names. */
#define SAYWHO_FVEC_NAMES_MARK ((char **)1)

void saywho_fvec_free(saywho_fvec *v);

/* Features of statement st of doc (its content and its frame). */
int saywho_stance_features(const saywho_doc *doc, const saywho_statement *st,
                           const saywho_feature_config *cfg, saywho_fvec *out);

/* Features of one labeled line: the statement that extraction finds in it (the longest where
 * there are several), or the whole line as content with an empty frame where it finds none. */
int saywho_stance_features_text(const char *text, size_t len, const saywho_feature_config *cfg,
                                saywho_fvec *out);

typedef struct saywho_model saywho_model;

/* Training options. */
/* Solvers, by liblinear's names for them. */
typedef enum saywho_solver {
    SAYWHO_SOLVER_LR = 0, /* L2-regularised logistic regression: probabilities */
    SAYWHO_SOLVER_SVM     /* L2-regularised L2-loss linear SVM (dual): softmax of margins */
} saywho_solver;

typedef struct saywho_train_options {
    double C;     /* cost */
    int balanced; /* weight classes inversely to their frequency */
    int solver;   /* saywho_solver */
} saywho_train_options;

/* Fits a model on n vectors with labels (saywho_stance). Returns SAYWHO_OK or an error. */
int saywho_model_train(const saywho_fvec *x, const int *y, size_t n,
                       const saywho_feature_config *cfg, const saywho_train_options *opts,
                       saywho_model **out, saywho_error *err);

/* Probabilities of the four stances for a vector; returns the most probable stance. */
int saywho_model_predict(const saywho_model *m, const saywho_fvec *x, double p[SAYWHO_N_STANCES]);

const saywho_feature_config *saywho_model_config(const saywho_model *m);

/* What each feature of x adds to label's score: out[i] for x->idx[i] (0 for a feature the model
 * never saw). out has room for x->n values. Returns SAYWHO_OK, or SAYWHO_EINVAL for a bad label. */
int saywho_model_contributions(const saywho_model *m, const saywho_fvec *x, int label, double *out);

/* Writes the model atomically (PATH.tmp in the same folder, fsync, rename). */
int saywho_model_save(const saywho_model *m, const char *path, saywho_error *err);

/* Reads a model file, rejecting a wrong magic, a newer format version, a truncated body and a
 * wrong checksum with a message (err->line says where). */
int saywho_model_load(const char *path, saywho_model **out, saywho_error *err);

/* The same from memory (a model compiled into a program). */
int saywho_model_load_buffer(const char *buf, size_t len, saywho_model **out, saywho_error *err);

void saywho_model_free(saywho_model *m);

/* A confusion matrix: rows gold, columns predicted. */
typedef struct saywho_confusion {
    size_t m[SAYWHO_N_STANCES][SAYWHO_N_STANCES];
} saywho_confusion;

/* Macro-averaged F1 over the four stances. */
double saywho_confusion_macro_f1(const saywho_confusion *c);

/* Per-label precision, recall, F1 of a confusion matrix. */
void saywho_confusion_prf(const saywho_confusion *c, int label, double *p, double *r, double *f,
                          size_t *support);

/* The report users read: per-label precision, recall, F1 and support, macro and weighted
 * averages, accuracy and the labelled confusion matrix, under a title line. Returns a malloc'd
 * string the caller frees, or NULL when out of memory. */
char *saywho_confusion_report(const saywho_confusion *c, const char *title);

/* The same as a JSON object: {"labels": {label: {precision, recall, f1, support}}, "macro_f1",
 * "accuracy", "n", "confusion": [[...]]}. The caller owns the reference. */
json_t *saywho_confusion_json(const saywho_confusion *c);

#ifdef __cplusplus
}
#endif

#endif
