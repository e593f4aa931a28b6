#include "internal.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int saywho__reserve(void **buf, size_t *cap, size_t need, size_t elem) {
    if (need <= *cap) return 0;
    size_t ncap = *cap ? *cap : 16;
    while (ncap < need) {
        if (ncap > SIZE_MAX / 2 / elem) return -1;
        ncap *= 2;
    }
    void *p = realloc(*buf, ncap * elem);
    if (!p) return -1;
    *buf = p;
    *cap = ncap;
    return 0;
}

int saywho__read_all(const char *path, size_t max, char **out, size_t *len, saywho_error *err) {
    int is_stdin = strcmp(path, "-") == 0;
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    *out = NULL;
    if (!f) {
        if (err) err->sys_errno = errno;
        return saywho__fail(err, SAYWHO_EIO, 0, 0, 0, "cannot open: %s", strerror(errno));
    }
    char *buf = NULL;
    size_t n = 0, cap = 0;
    int rc = SAYWHO_OK;
    for (;;) {
        if (saywho__reserve((void **)&buf, &cap, n + 65536 + 1, 1)) {
            rc = saywho__fail(err, SAYWHO_ENOMEM, 0, 0, 0, "out of memory");
            break;
        }
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0) {
            if (ferror(f)) {
                if (err) err->sys_errno = errno;
                rc = saywho__fail(err, SAYWHO_EIO, 0, 0, 0, "read error: %s", strerror(errno));
            }
            break;
        }
        if (n > max) {
            rc = saywho__fail(err, SAYWHO_ETOOBIG, 0, 0, 0, "input exceeds 4 GiB");
            break;
        }
    }
    if (!is_stdin) fclose(f);
    if (rc) {
        free(buf);
        return rc;
    }
    buf[n] = '\0';
    *out = buf;
    *len = n;
    return SAYWHO_OK;
}
