/* saywho-train's fitting command. */
#ifndef SAYWHO_TRAIN_FIT_H
#define SAYWHO_TRAIN_FIT_H

#include "saywho/stance.h"

#include <stddef.h>
#include <stdio.h>

typedef struct saywho_fit_options {
    const char *const *train; /* labeled statement files */
    size_t n_train;
    const char *dev, *test, *output;
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
