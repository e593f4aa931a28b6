/* Fuzz target: the brat reader and validator. The input is a .txt and a .ann separated by the
 * first NUL byte; both are written to temporary files and read back as a gold article. */
#define _DEFAULT_SOURCE
#include "saywho/corpus.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int write_all(const char *path, const uint8_t *p, size_t n) {
    FILE *f = fopen(path, "wb");
    if (!f) return -1;
    size_t w = fwrite(p, 1, n, f);
    return fclose(f) == 0 && w == n ? 0 : -1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const uint8_t *nul = memchr(data, 0, size);
    size_t tl = nul ? (size_t)(nul - data) : size;
    char dir[] = "/tmp/saywho-fuzz-XXXXXX";
    if (!mkdtemp(dir)) return 0;
    char txt[64], ann[64];
    snprintf(txt, sizeof txt, "%s/a.txt", dir);
    snprintf(ann, sizeof ann, "%s/a.ann", dir);
    if (write_all(txt, data, tl) == 0 &&
        write_all(ann, nul ? nul + 1 : data + size, nul ? size - tl - 1 : 0) == 0) {
        saywho_gold_article *g = NULL;
        saywho_gold_read(ann, NULL, &g, NULL, NULL, NULL);
        saywho_gold_free(g);
    }
    unlink(txt);
    unlink(ann);
    rmdir(dir);
    return 0;
}
