/* saywho-train fitting: reads labeled statements, computes features through the library, picks
 * C on a dev set, fits, writes the model and reports scores. */
#define _POSIX_C_SOURCE 200809L
#include "fit.h"

#include "saywho/corpus.h"
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

/* Reads labeled statement files and computes their features. */
static int load(const char *const *files, size_t nf, const saywho_feature_config *cfg, data *out) {
    saywho_labeled_set set = {0};
    int rc = 0;
    for (size_t f = 0; f < nf; f++) {
        saywho_error err;
        saywho_error_clear(&err, files[f]);
        int r = saywho_labeled_read(files[f], &set, on_fault, NULL, &err);
        if (r == SAYWHO_EFORMAT) {
            rc = 1;
        } else if (r) {
            on_fault(NULL, &err);
            rc = 1;
        }
    }
    if (rc) {
        saywho_labeled_clear(&set);
        return rc;
    }
    out->x = calloc(set.n + 1, sizeof *out->x);
    out->y = calloc(set.n + 1, sizeof *out->y);
    if (!out->x || !out->y) {
        saywho_labeled_clear(&set);
        return 1;
    }
    for (size_t i = 0; i < set.n; i++) {
        if (saywho_stance_features_text(set.items[i].text, strlen(set.items[i].text), cfg,
                                        &out->x[i]) != SAYWHO_OK) {
            fprintf(stderr, PROG ": out of memory\n");
            rc = 1;
            break;
        }
        out->y[i] = set.items[i].label;
        out->n = i + 1;
    }
    saywho_labeled_clear(&set);
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
    saywho_feature_config cfg = {18, 1, 1, 1};
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
    if (o->dev && load(&o->dev, 1, &cfg, &dev)) goto done;
    if (o->test && load(&o->test, 1, &cfg, &test)) goto done;

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
