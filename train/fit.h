/* saywho-train's fitting command. */
#ifndef SAYWHO_TRAIN_FIT_H
#define SAYWHO_TRAIN_FIT_H

#include "saywho/stance.h"

#include <stddef.h>
#include <stdio.h>

#define SAYWHO_FIT_MAX_SETS 16

typedef struct saywho_fit_options {
    const char *const *train; /* labeled statement files, gold articles, folders of them */
    size_t n_train;
    const char *dev[SAYWHO_FIT_MAX_SETS], *test[SAYWHO_FIT_MAX_SETS]; /* pooled */
    size_t n_dev, n_test;
    const char *output;
    double C; /* <= 0: search on dev, or 1 without dev */
    int balanced;
    int solver;         /* saywho_solver */
    int cv;             /* k-fold cross-validation report on the training data; 0: none */
    unsigned long seed; /* shuffles the folds */
    int json;           /* reports as one JSON object */
} saywho_fit_options;

/* Trains and writes the model; returns the exit status. */
int saywho_fit_main(const saywho_fit_options *o);

#endif
