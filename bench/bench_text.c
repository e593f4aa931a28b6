/* Times the text layer (read, validate, normalise, segment, tokenise) on one file and prints
 * MB/s and peak memory, twice: the whole file as one document, and the file cut at form feeds
 * into articles, each its own document, as saywho-infer reads them.
 * Usage: saywho-bench-text FILE [REPEATS] */
#define _POSIX_C_SOURCE 200809L
#include "saywho/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int cmp(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: saywho-bench-text FILE [REPEATS]\n");
        return 2;
    }
    int reps = argc > 2 ? atoi(argv[2]) : 5;
    if (reps < 1 || reps > 100) reps = 5;
    double secs[100];
    size_t bytes = 0, tokens = 0, sentences = 0;
    for (int r = 0; r < reps; r++) {
        saywho_error err;
        saywho_error_clear(&err, argv[1]);
        saywho_doc *doc;
        double t0 = now();
        if (saywho_doc_read_file(argv[1], NULL, &doc, &err) != SAYWHO_OK) {
            fprintf(stderr, "saywho-bench-text: %s: %s\n", argv[1], err.message);
            return 1;
        }
        secs[r] = now() - t0;
        saywho_doc_original(doc, &bytes);
        saywho_doc_tokens(doc, &tokens);
        saywho_doc_sentences(doc, &sentences);
        saywho_doc_free(doc);
    }
    qsort(secs, (size_t)reps, sizeof secs[0], cmp);
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    double mb = (double)bytes / 1e6;
    printf("input        %.1f MB, %zu sentences, %zu tokens\n", mb, sentences, tokens);
    printf(
        "one document %.1f MB/s median, %.1f MB/s best of %d (one core), peak %.0f MB resident\n",
        mb / secs[reps / 2], mb / secs[0], reps, (double)ru.ru_maxrss / 1024.0);

    /* The same bytes as articles: read once, then each article built as a document. */
    FILE *f = fopen(argv[1], "rb");
    char *all = f ? malloc(bytes + 1) : NULL;
    if (!f || !all || fread(all, 1, bytes, f) != bytes) {
        fprintf(stderr, "saywho-bench-text: %s: cannot read\n", argv[1]);
        return 1;
    }
    fclose(f);
    size_t articles = 0;
    for (int r = 0; r < reps; r++) {
        double t0 = now();
        articles = 0;
        for (size_t s = 0; s < bytes;) {
            const char *ff = memchr(all + s, '\f', bytes - s);
            size_t e = ff ? (size_t)(ff - all) : bytes;
            saywho_doc *doc;
            if (saywho_doc_new(all + s, e - s, NULL, &doc, NULL) != SAYWHO_OK) return 1;
            saywho_doc_free(doc);
            articles++;
            s = e + 1;
        }
        secs[r] = now() - t0;
    }
    qsort(secs, (size_t)reps, sizeof secs[0], cmp);
    printf("%zu articles %.1f MB/s median, %.1f MB/s best of %d (one core)\n", articles,
           mb / secs[reps / 2], mb / secs[0], reps);
    free(all);
    return 0;
}
