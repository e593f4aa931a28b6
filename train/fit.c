/* saywho-train fitting: reads labeled statements, computes features through the library, picks
 * C on a dev set, fits, writes the model and reports scores. */
#define _POSIX_C_SOURCE 200809L
#include "fit.h"

#include "saywho/corpus.h"
#include "saywho/eval.h"
#include "saywho/stance.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define PROG "saywho-train"

typedef struct data {
    saywho_fvec *x;
    int *y;
    size_t n;
} data;

static void data_free(data *d) {
    for (size_t i = 0; i < d->n; i++)
        saywho_fvec_free(&d->x[i]);
    free(d->x);
    free(d->y);
    memset(d, 0, sizeof *d);
}

static void on_fault(void *ctx, const saywho_error *e) {
    (void)ctx;
    char msg[600];
    saywho_error_format(e, msg, sizeof msg);
    fprintf(stderr, PROG ": %s\n", msg);
}

/* Room for one more example. */
static int grow(data *d, size_t *cap) {
    if (d->n < *cap) return 0;
    size_t c = *cap ? *cap * 2 : 1024;
    saywho_fvec *x = realloc(d->x, c * sizeof *x);
    if (!x) return -1;
    d->x = x;
    int *y = realloc(d->y, c * sizeof *y);
    if (!y) return -1;
    d->y = y;
    memset(d->x + *cap, 0, (c - *cap) * sizeof *d->x);
    *cap = c;
    return 0;
}

/* Labeled statements of one LABEL<TAB>TEXT file. */
static int load_labeled(const char *path, const saywho_feature_config *cfg, data *out,
                        size_t *cap) {
    saywho_labeled_set set = {0};
    saywho_error err;
    saywho_error_clear(&err, path);
    int r = saywho_labeled_read(path, &set, on_fault, NULL, &err);
    if (r && r != SAYWHO_EFORMAT) on_fault(NULL, &err);
    int rc = r ? 1 : 0;
    for (size_t i = 0; !rc && i < set.n; i++) {
        if (grow(out, cap) ||
            saywho_stance_features_text(set.items[i].text, strlen(set.items[i].text), cfg,
                                        &out->x[out->n]) != SAYWHO_OK) {
            fprintf(stderr, PROG ": out of memory\n");
            rc = 1;
            break;
        }
        out->y[out->n++] = set.items[i].label;
    }
    saywho_labeled_clear(&set);
    return rc;
}

/* Statements of one gold article: each statement that extraction finds and that matches a gold
 * statement (as --eval matches them) is an example with the gold stance and the features
 * inference computes for it. */
static int load_article(const char *path, const saywho_feature_config *cfg, data *out,
                        size_t *cap) {
    saywho_gold_article *g;
    saywho_error err;
    saywho_error_clear(&err, path);
    saywho_text_options topt = {0, SAYWHO_PARA_AUTO};
    int r = saywho_gold_read(path, &topt, &g, on_fault, NULL, &err);
    if (r) {
        if (r != SAYWHO_EFORMAT) on_fault(NULL, &err);
        saywho_gold_free(r == SAYWHO_EFORMAT ? g : NULL);
        return 1;
    }
    saywho_statements *list;
    if (saywho_statements_find(g->doc, &list) != SAYWHO_OK) {
        saywho_gold_free(g);
        fprintf(stderr, PROG ": out of memory\n");
        return 1;
    }
    size_t n;
    const saywho_statement *st = saywho_statements_get(list, &n);
    size_t *gold_of = malloc((n + 1) * sizeof *gold_of);
    int rc = gold_of ? 0 : 1;
    if (gold_of) saywho_eval_match(g, st, n, gold_of);
    for (size_t i = 0; !rc && i < n; i++) {
        if (gold_of[i] == SAYWHO_NO_MATCH) continue;
        if (grow(out, cap) || saywho_stance_features(g->doc, &st[i], cfg, &out->x[out->n])) {
            fprintf(stderr, PROG ": out of memory\n");
            rc = 1;
            break;
        }
        out->y[out->n++] = g->statements[gold_of[i]].stance;
    }
    free(gold_of);
    saywho_statements_free(list);
    saywho_gold_free(g);
    return rc;
}

/* Reads training examples and computes their features: LABEL<TAB>TEXT files ("-" is standard
 * input), gold articles (NAME.ann beside NAME.txt), and folders of either, searched
 * recursively. */
static int load(const char *const *paths, size_t np, const saywho_feature_config *cfg, data *out) {
    size_t cap = 0;
    int rc = 0;
    for (size_t p = 0; p < np; p++) {
        if (strcmp(paths[p], "-") == 0 ||
            saywho_corpus_file_kind(paths[p]) == SAYWHO_FILE_LABELED) {
            rc |= load_labeled(paths[p], cfg, out, &cap);
            continue;
        }
        saywho_paths files = {0};
        char *one = (char *)paths[p];
        if (saywho_corpus_files(&one, 1, &files, on_fault, NULL) != SAYWHO_OK) rc = 1;
        if (!files.n && !rc) {
            fprintf(stderr, PROG ": %s: no .tsv or .ann file here\n", paths[p]);
            rc = 1;
        }
        for (size_t f = 0; !rc && f < files.n; f++)
            rc |= saywho_corpus_file_kind(files.v[f]) == SAYWHO_FILE_ARTICLE
                      ? load_article(files.v[f], cfg, out, &cap)
                      : load_labeled(files.v[f], cfg, out, &cap);
        saywho_paths_clear(&files);
    }
    return rc;
}

static void score(const saywho_model *m, const data *d, saywho_confusion *c) {
    memset(c, 0, sizeof *c);
    for (size_t i = 0; i < d->n; i++) {
        double p[SAYWHO_N_STANCES];
        int k = saywho_model_predict(m, &d->x[i], p);
        c->m[d->y[i]][k]++;
    }
}

/* Prints a report, or adds it to the JSON object when one is being built. */
static void report(json_t *all, const char *title, const saywho_confusion *c) {
    if (all) {
        json_object_set_new(all, title, saywho_confusion_json(c));
        return;
    }
    char *r = saywho_confusion_report(c, title);
    if (r) fputs(r, stdout);
    free(r);
    fputc('\n', stdout);
}

/* k-fold cross-validation on the training data, folds shuffled by the seed; pooled report. */
static int cross_validate(const data *d, const saywho_feature_config *cfg,
                          const saywho_train_options *t, int k, unsigned long seed,
                          saywho_confusion *pooled, saywho_error *err) {
    size_t *order = malloc((d->n + 1) * sizeof *order);
    saywho_fvec *x = malloc((d->n + 1) * sizeof *x);
    int *y = malloc((d->n + 1) * sizeof *y);
    int rc = SAYWHO_ENOMEM;
    memset(pooled, 0, sizeof *pooled);
    if (!order || !x || !y) goto done;
    for (size_t i = 0; i < d->n; i++)
        order[i] = i;
    unsigned long long r = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    for (size_t i = d->n; i > 1; i--) { /* Fisher-Yates with a fixed LCG: the same everywhere */
        r = r * 6364136223846793005ULL + 1442695040888963407ULL;
        size_t j = (size_t)((r >> 33) % i);
        size_t tmp = order[i - 1];
        order[i - 1] = order[j];
        order[j] = tmp;
    }
    for (int f = 0; f < k; f++) {
        size_t n = 0;
        for (size_t i = 0; i < d->n; i++)
            if ((int)(i % (size_t)k) != f) {
                x[n] = d->x[order[i]];
                y[n++] = d->y[order[i]];
            }
        saywho_model *m;
        rc = saywho_model_train(x, y, n, cfg, t, &m, err);
        if (rc) goto done;
        saywho_confusion c;
        memset(&c, 0, sizeof c);
        for (size_t i = (size_t)f; i < d->n; i += (size_t)k) {
            double p[SAYWHO_N_STANCES];
            c.m[d->y[order[i]]][saywho_model_predict(m, &d->x[order[i]], p)]++;
        }
        for (int a = 0; a < SAYWHO_N_STANCES; a++)
            for (int b = 0; b < SAYWHO_N_STANCES; b++)
                pooled->m[a][b] += c.m[a][b];
        if (isatty(STDERR_FILENO))
            fprintf(stderr, "fold %d of %d: macro-F1 %.4f\n", f + 1, k,
                    saywho_confusion_macro_f1(&c));
        saywho_model_free(m);
    }
    rc = SAYWHO_OK;
done:
    free(order);
    free(x);
    free(y);
    return rc;
}

static int progress_on(void) {
    return isatty(STDERR_FILENO);
}

int saywho_fit_main(const saywho_fit_options *o) {
    saywho_feature_config cfg = {18, 1, 1, 1, 1};
    data train = {0}, dev = {0}, test = {0};
    saywho_model *m = NULL;
    json_t *all = NULL;
    int status = 1;

    /* fail before the work when the model cannot be written */
    size_t pl = strlen(o->output);
    char *probe = malloc(pl + 5);
    if (!probe) return 1;
    snprintf(probe, pl + 5, "%s.tmp", o->output);
    int fd = open(probe, O_WRONLY | O_CREAT | O_EXCL, 0644);
    if (fd < 0) {
        perror(PROG ": cannot write the model next to its path");
        fprintf(stderr, PROG ": %s: cannot write\n", o->output);
        free(probe);
        return 1;
    }
    close(fd);
    unlink(probe);
    free(probe);

    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    if (progress_on()) fprintf(stderr, "reading and computing features...\n");
    if (load(o->train, o->n_train, &cfg, &train)) goto done;
    if (o->n_dev && load(o->dev, o->n_dev, &cfg, &dev)) goto done;
    if (o->n_test && load(o->test, o->n_test, &cfg, &test)) goto done;

    saywho_train_options topt = {o->C > 0 ? o->C : 1.0, o->balanced, o->solver};
    saywho_error err;
    saywho_error_clear(&err, NULL);
    if (o->C <= 0 && dev.n) {
        static const double GRID[] = {0.1, 0.3, 1, 3, 10, 30, 100, 300, 1000};
        double best = -1;
        for (size_t g = 0; g < sizeof GRID / sizeof GRID[0]; g++) {
            saywho_train_options t = {GRID[g], o->balanced, o->solver};
            saywho_model *mg;
            if (saywho_model_train(train.x, train.y, train.n, &cfg, &t, &mg, &err)) goto fail;
            saywho_confusion c;
            score(mg, &dev, &c);
            double f = saywho_confusion_macro_f1(&c);
            if (progress_on()) fprintf(stderr, "C=%-5g dev macro-F1 %.4f\n", GRID[g], f);
            if (f > best + 1e-12) best = f, topt.C = GRID[g];
            saywho_model_free(mg);
        }
        fprintf(stderr, PROG ": chose C=%g (dev macro-F1 %.3f)\n", topt.C, best);
    }
    if (o->json) all = json_pack("{s:f}", "C", topt.C);
    if (o->cv > 1) {
        saywho_confusion c;
        if (cross_validate(&train, &cfg, &topt, o->cv, o->seed, &c, &err)) goto fail;
        char title[64];
        snprintf(title, sizeof title, "cross-validation (%d folds)", o->cv);
        report(all, o->json ? "cv" : title, &c);
    }
    if (saywho_model_train(train.x, train.y, train.n, &cfg, &topt, &m, &err)) goto fail;
    if (dev.n) {
        saywho_confusion c;
        score(m, &dev, &c);
        report(all, "dev", &c);
    }
    if (test.n) {
        saywho_confusion c;
        score(m, &test, &c);
        report(all, "test", &c);
    }
    saywho_error_clear(&err, o->output);
    if (saywho_model_save(m, o->output, &err)) goto fail;
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    fprintf(stderr, PROG ": %zu statements, C=%g, model written to %s (%.2f s)\n", train.n, topt.C,
            o->output, (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);
    if (all) {
        json_dumpf(all, stdout, JSON_INDENT(2) | JSON_REAL_PRECISION(4));
        fputc('\n', stdout);
    }
    status = 0;
    goto done;
fail : {
    char msg[600];
    saywho_error_format(&err, msg, sizeof msg);
    fprintf(stderr, PROG ": %s\n", msg);
}
done:
    json_decref(all);
    saywho_model_free(m);
    data_free(&train);
    data_free(&dev);
    data_free(&test);
    return status;
}
