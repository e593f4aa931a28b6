/* saywho-train --check: validates corpus files and prints their counts. */
#define _GNU_SOURCE
#include "check.h"

#include "saywho/corpus.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PROG "saywho-train"
#define N_SPLITS 4 /* train, dev, test, other */

static const char *const SPLITS[N_SPLITS] = {"train", "dev", "test", "other"};

/* The split a file belongs to: the name of a .tsv, or the folder of a .ann. */
static int split_of(const char *path) {
    char buf[4096];
    snprintf(buf, sizeof buf, "%s", path);
    char *slash = strrchr(buf, '/');
    const char *name;
    if (saywho_corpus_file_kind(buf) == SAYWHO_FILE_LABELED) {
        name = slash ? slash + 1 : buf;
        buf[strlen(buf) - 4] = '\0';
    } else {
        if (!slash) return N_SPLITS - 1;
        *slash = '\0';
        char *up = strrchr(buf, '/');
        name = up ? up + 1 : buf;
    }
    for (int i = 0; i < N_SPLITS - 1; i++)
        if (strcmp(name, SPLITS[i]) == 0) return i;
    return N_SPLITS - 1;
}

typedef struct tally {
    size_t faults;
    size_t statements[N_SPLITS][SAYWHO_N_STANCES];
    size_t articles[N_SPLITS], words[N_SPLITS];
    size_t gold[N_SPLITS][SAYWHO_N_STANCES], kinds[N_SPLITS][SAYWHO_N_KINDS];
    size_t unattributed[N_SPLITS], addressees[N_SPLITS], multipart[N_SPLITS];
} tally;

static void on_fault(void *ctx, const saywho_error *e) {
    tally *t = ctx;
    t->faults++;
    char msg[600];
    saywho_error_format(e, msg, sizeof msg);
    fprintf(stderr, PROG ": %s\n", msg);
}

static size_t count_words(const char *s, size_t n) {
    size_t w = 0;
    int in = 0;
    for (size_t i = 0; i < n; i++) {
        int sp = s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r';
        if (!sp && !in) w++;
        in = !sp;
    }
    return w;
}

static size_t line_of(const char *text, size_t off) {
    size_t line = 1;
    for (size_t i = 0; i < off; i++)
        line += text[i] == '\n';
    return line;
}

static void print_mix(const size_t *c, int n, const char *(*name)(int)) {
    size_t total = 0;
    for (int i = 0; i < n; i++)
        total += c[i];
    for (int i = 0; i < n; i++)
        printf("%s %s %zu (%.1f%%)", i ? "," : "", name(i), c[i],
               total ? 100.0 * (double)c[i] / (double)total : 0.0);
}

int saywho_check_main(int argc, char **argv) {
    tally t;
    memset(&t, 0, sizeof t);
    saywho_paths files = {0};
    int status = 0;
    if (saywho_corpus_files(argv, (size_t)argc, &files, on_fault, &t) == SAYWHO_ENOMEM) {
        fprintf(stderr, PROG ": out of memory\n");
        return 1;
    }
    saywho_overlap *ov = saywho_overlap_new();
    saywho_labeled_set *sets = calloc(files.n + 1, sizeof *sets);
    saywho_gold_article **golds = calloc(files.n + 1, sizeof *golds);
    if (!ov || !sets || !golds) {
        fprintf(stderr, PROG ": out of memory\n");
        return 1;
    }
    for (size_t f = 0; f < files.n; f++) {
        const char *path = files.v[f];
        int split = split_of(path);
        saywho_error err;
        saywho_error_clear(&err, path);
        if (saywho_corpus_file_kind(path) == SAYWHO_FILE_LABELED) {
            int rc = saywho_labeled_read(path, &sets[f], on_fault, &t, &err);
            if (rc && rc != SAYWHO_EFORMAT) on_fault(&t, &err);
            for (size_t i = 0; i < sets[f].n; i++) {
                const saywho_labeled *it = &sets[f].items[i];
                t.statements[split][it->label]++;
                if (split < N_SPLITS - 1)
                    saywho_overlap_add(ov, split, it->text, strlen(it->text), path, it->line);
            }
        } else {
            int rc = saywho_gold_read(path, NULL, &golds[f], on_fault, &t, &err);
            if (rc && rc != SAYWHO_EFORMAT) {
                on_fault(&t, &err);
                continue;
            }
            const saywho_gold_article *g = golds[f];
            size_t len, np;
            const char *text = saywho_doc_text(g->doc, &len);
            t.articles[split]++;
            t.words[split] += count_words(text, len);
            for (size_t i = 0; i < g->n; i++) {
                const saywho_gold_statement *s = &g->statements[i];
                t.gold[split][s->stance]++;
                t.kinds[split][s->kind]++;
                t.unattributed[split] += !s->attributed;
                t.addressees[split] += s->addressee_name != NULL;
                t.multipart[split] += s->n_content > 1;
            }
            const saywho_paragraph *ps = saywho_doc_paragraphs(g->doc, &np);
            if (split < N_SPLITS - 1)
                for (size_t p = 0; p < np; p++)
                    saywho_overlap_add(ov, split, text + ps[p].start, ps[p].end - ps[p].start,
                                       g->name, line_of(text, ps[p].start));
        }
    }
    saywho_overlap_report(ov, on_fault, &t);

    for (int s = 0; s < N_SPLITS; s++) {
        size_t n = 0;
        for (int l = 0; l < SAYWHO_N_STANCES; l++)
            n += t.statements[s][l];
        if (!n) continue;
        printf("statements %-5s %5zu:", SPLITS[s], n);
        print_mix(t.statements[s], SAYWHO_N_STANCES, saywho_stance_name);
        printf("\n");
    }
    for (int s = 0; s < N_SPLITS; s++) {
        if (!t.articles[s]) continue;
        size_t n = 0;
        for (int l = 0; l < SAYWHO_N_STANCES; l++)
            n += t.gold[s][l];
        printf("articles   %-5s %5zu: %zu words, %zu statements;", SPLITS[s], t.articles[s],
               t.words[s], n);
        print_mix(t.gold[s], SAYWHO_N_STANCES, saywho_stance_name);
        printf(";");
        print_mix(t.kinds[s], SAYWHO_N_KINDS, saywho_kind_name);
        printf("; %zu unattributed, %zu with an addressee, %zu in several parts\n",
               t.unattributed[s], t.addressees[s], t.multipart[s]);
    }
    printf("%zu files checked, %zu faults\n", files.n, t.faults);

    for (size_t f = 0; f < files.n; f++) {
        saywho_labeled_clear(&sets[f]);
        saywho_gold_free(golds[f]);
    }
    free(sets);
    free(golds);
    saywho_paths_clear(&files);
    saywho_overlap_free(ov);
    return status || t.faults ? 1 : 0;
}
