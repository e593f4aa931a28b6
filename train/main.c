/* saywho-train: fits the stance model and checks corpus files. Argument parsing and messages
 * only; the work is in the library. */
#define _GNU_SOURCE
#include "saywho/version.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

#define PROG "saywho-train"

static void usage(FILE *out) {
    fputs("Usage: " PROG " [OPTIONS] TRAIN.tsv... -o MODEL\n"
          "Train saywho's stance model from labeled statements.\n"
          "\n"
          "Options:\n"
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
    enum { OPT_VERSION = 256 };
    static const struct option longopts[] = {
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, OPT_VERSION},
        {NULL, 0, NULL, 0},
    };
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
        switch (c) {
        case 'h':
            usage(stdout);
            return 0;
        case OPT_VERSION:
            printf(PROG " " SAYWHO_VERSION "\n");
            return 0;
        case ':':
            return misuse("option '%s' needs an argument", argv[optind - 1]);
        default:
            return misuse("unknown option '%s'", argv[optind - 1]);
        }
    }
    return misuse("%s", "training is not available in this version");
}
