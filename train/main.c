/* saywho-train: fits the stance model and checks corpus files. Argument parsing and messages
 * only; the work is in the library. */
#define _GNU_SOURCE
#include "check.h"
#include "fit.h"
#include "saywho/version.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PROG "saywho-train"

static void usage(FILE *out) {
    fputs("Usage: " PROG " [OPTIONS] TRAIN... -o MODEL\n"
          "       " PROG " --check PATH...\n"
          "Train saywho's stance model from labeled statements (LABEL<TAB>TEXT .tsv files), gold\n"
          "articles (brat .ann beside .txt: the statements extraction finds that match a gold\n"
          "statement, with its stance) or folders of them; or check corpus files.\n"
          "\n"
          "Check corpus files (LABEL<TAB>TEXT .tsv files, brat .ann articles, or folders of them)\n"
          "against the corpus guidelines, report every fault and print counts per split.\n"

          "\n"
          "Options:\n"
          "  -o, --output MODEL    where to write the model (written atomically)\n"
          "      --dev PATH        choose C from {0.1, 0.3, 1, 3, 10, 30, 100, 300, 1000} by\n"
          "                        macro-F1 on PATH (a file or folder, as TRAIN; repeat to pool\n"
          "                        several) and report on it\n"
          "  -C, --cost C          use this C (no search)\n"
          "      --balanced        weight classes inversely to their frequency\n"
          "  -s, --solver NAME     lr: L2 logistic regression (default, probabilities); svm:\n"
          "                        L2-loss linear SVM (probabilities from a softmax of margins)\n"
          "      --test PATH       report on PATH after training (repeat to pool several)\n"
          "      --cv K            K-fold cross-validation report on the training data\n"
          "      --seed N          shuffles the cross-validation folds (default 1)\n"
          "      --metrics FMT     reports as text (default) or one json object\n"
          "      --check           validate the corpus files and folders given\n"
          "  -h, --help            print this help and exit\n"
          "      --version         print the version and exit\n"
          "\n"
          "Exit status: 0 success, 1 data or I/O error, 2 misuse.\n",
          out);
}

static int misuse(const char *fmt, const char *arg) {
    fprintf(stderr, PROG ": ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\nTry '" PROG " --help' for more information.\n");
    return 2;
}

int main(int argc, char **argv) {
    enum {
        OPT_VERSION = 256,
        OPT_CHECK,
        OPT_DEV,
        OPT_TEST,
        OPT_BALANCED,
        OPT_CV,
        OPT_SEED,
        OPT_METRICS
    };
    int check = 0;
    saywho_fit_options fo = {0};
    fo.seed = 1;
    static const struct option longopts[] = {
        {"output", required_argument, NULL, 'o'},
        {"dev", required_argument, NULL, OPT_DEV},
        {"test", required_argument, NULL, OPT_TEST},
        {"cost", required_argument, NULL, 'C'},
        {"balanced", no_argument, NULL, OPT_BALANCED},
        {"solver", required_argument, NULL, 's'},
        {"cv", required_argument, NULL, OPT_CV},
        {"seed", required_argument, NULL, OPT_SEED},
        {"metrics", required_argument, NULL, OPT_METRICS},
        {"check", no_argument, NULL, OPT_CHECK},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, OPT_VERSION},
        {NULL, 0, NULL, 0},
    };
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, ":ho:C:s:", longopts, NULL)) != -1) {
        switch (c) {
        case 'h':
            usage(stdout);
            return 0;
        case 'o':
            fo.output = optarg;
            break;
        case OPT_DEV:
        case OPT_TEST: {
            const char **v = c == OPT_DEV ? fo.dev : fo.test;
            size_t *n = c == OPT_DEV ? &fo.n_dev : &fo.n_test;
            if (*n == SAYWHO_FIT_MAX_SETS)
                return misuse("%s", "too many --dev or --test paths (at most 16 each)");
            v[(*n)++] = optarg;
            break;
        }
        case 's':
            if (strcmp(optarg, "lr") == 0)
                fo.solver = SAYWHO_SOLVER_LR;
            else if (strcmp(optarg, "svm") == 0)
                fo.solver = SAYWHO_SOLVER_SVM;
            else
                return misuse("unknown solver '%s' (want lr or svm)", optarg);
            break;
        case OPT_CV: {
            char *end;
            long k = strtol(optarg, &end, 10);
            if (*end || k < 2 || k > 100)
                return misuse("invalid fold count '%s' (want 2 to 100)", optarg);
            fo.cv = (int)k;
            break;
        }
        case OPT_SEED: {
            char *end;
            fo.seed = strtoul(optarg, &end, 10);
            if (*end || !*optarg) return misuse("invalid seed '%s'", optarg);
            break;
        }
        case OPT_METRICS:
            if (strcmp(optarg, "json") == 0)
                fo.json = 1;
            else if (strcmp(optarg, "text") != 0)
                return misuse("unknown metrics format '%s' (want text or json)", optarg);
            break;
        case OPT_BALANCED:
            fo.balanced = 1;
            break;
        case 'C': {
            char *end;
            fo.C = strtod(optarg, &end);
            if (*end || !(fo.C > 0))
                return misuse("invalid cost '%s' (want a number above 0)", optarg);
            break;
        }
        case OPT_CHECK:
            check = 1;
            break;
        case OPT_VERSION:
            printf(PROG " " SAYWHO_VERSION "\n");
            return 0;
        case ':':
            return misuse("option '%s' needs an argument", argv[optind - 1]);
        default:
            return misuse("unknown option '%s'", argv[optind - 1]);
        }
    }
    if (check) {
        if (optind >= argc) return misuse("%s", "--check needs at least one file or folder");
        return saywho_check_main(argc - optind, argv + optind);
    }
    if (optind >= argc) return misuse("%s", "no training file given");
    if (!fo.output) return misuse("%s", "no output model given (-o MODEL)");
    fo.train = (const char *const *)(argv + optind);
    fo.n_train = (size_t)(argc - optind);
    return saywho_fit_main(&fo);
}
