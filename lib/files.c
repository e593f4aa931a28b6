/* The corpus files that paths name: files as given, folders searched recursively. */
#define _POSIX_C_SOURCE 200809L
#include "internal.h"
#include "saywho/corpus.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

void saywho_paths_clear(saywho_paths *p) {
    for (size_t i = 0; i < p->n; i++)
        free(p->v[i]);
    free(p->v);
    memset(p, 0, sizeof *p);
}

static int add(saywho_paths *p, const char *s) {
    if (saywho__reserve((void **)&p->v, &p->cap, p->n + 1, sizeof *p->v)) return -1;
    size_t n = strlen(s);
    char *c = malloc(n + 1);
    if (!c) return -1;
    memcpy(c, s, n + 1);
    p->v[p->n++] = c;
    return 0;
}

int saywho_corpus_file_kind(const char *path) {
    size_t n = strlen(path);
    if (n < 4) return SAYWHO_FILE_OTHER;
    if (strcmp(path + n - 4, ".tsv") == 0) return SAYWHO_FILE_LABELED;
    if (strcmp(path + n - 4, ".ann") == 0) return SAYWHO_FILE_ARTICLE;
    return SAYWHO_FILE_OTHER;
}

static int corpus_file(const char *name) {
    return strlen(name) > 4 && saywho_corpus_file_kind(name) != SAYWHO_FILE_OTHER;
}

static void fault_at(saywho_fault_fn fault, void *ctx, const char *path, int code,
                     const char *msg) {
    if (!fault) return;
    saywho_error e;
    saywho_error_clear(&e, path);
    e.code = code;
    snprintf(e.message, sizeof e.message, "%s", msg);
    fault(ctx, &e);
}

static int walk(const char *dir, saywho_paths *out) {
    DIR *d = opendir(dir);
    if (!d) return SAYWHO_EIO;
    struct dirent *e;
    int rc = SAYWHO_OK;
    while (rc == SAYWHO_OK && (e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        size_t n = strlen(dir) + strlen(e->d_name) + 2;
        char *path = malloc(n);
        if (!path) {
            rc = SAYWHO_ENOMEM;
            break;
        }
        snprintf(path, n, "%s/%s", dir, e->d_name);
        struct stat st;
        if (stat(path, &st) == 0) {
            if (S_ISDIR(st.st_mode))
                rc = walk(path, out);
            else if (corpus_file(e->d_name) && add(out, path))
                rc = SAYWHO_ENOMEM;
        }
        free(path);
    }
    closedir(d);
    return rc;
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int saywho_corpus_files(char *const *paths, size_t n, saywho_paths *out, saywho_fault_fn fault,
                        void *ctx) {
    int rc = SAYWHO_OK;
    for (size_t i = 0; i < n; i++) {
        struct stat st;
        if (stat(paths[i], &st) != 0) {
            char msg[256];
            snprintf(msg, sizeof msg, "cannot open: %s", strerror(errno));
            fault_at(fault, ctx, paths[i], SAYWHO_EIO, msg);
            rc = SAYWHO_EIO;
        } else if (S_ISDIR(st.st_mode)) {
            int w = walk(paths[i], out);
            if (w == SAYWHO_ENOMEM) return w;
            if (w) {
                fault_at(fault, ctx, paths[i], SAYWHO_EIO, "cannot read folder");
                rc = SAYWHO_EIO;
            }
        } else if (add(out, paths[i])) {
            return SAYWHO_ENOMEM;
        }
    }
    if (out->n) qsort(out->v, out->n, sizeof *out->v, cmp_str);
    return rc;
}
