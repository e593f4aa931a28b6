/* saywho-train: fits the stance model and checks corpus files. Argument parsing and messages
 * only; the work is in the library. */
#define _GNU_SOURCE
#include "check.h"
#include "saywho/version.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

#define PROG "saywho-train"

static void usage(FILE *out) {
    fputs("Usage: " PROG " --check PATH...\n"
          "Check corpus files (LABEL<TAB>TEXT .tsv files, brat .ann articles, or folders of them)\n"
          "against the corpus guidelines, report every fault and print counts per split.\n"
          "(Training the stance model from labeled statements is not in this version yet.)\n"
          "\n"
          "Options:\n"
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
    enum { OPT_VERSION = 256, OPT_CHECK };
    int check = 0;
    static const struct option longopts[] = {
        {"check", no_argument, NULL, OPT_CHECK},
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
    return misuse("%s", "training is not available in this version");
}
