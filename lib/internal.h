/* Helpers shared by the library's source files; not part of the public API. */
#ifndef SAYWHO_INTERNAL_H
#define SAYWHO_INTERNAL_H

#include "saywho/error.h"

#include <stddef.h>

#if defined(__GNUC__)
#define SAYWHO_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define SAYWHO_PRINTF(a, b)
/* Reads a whole file ("-": standard input) into a malloc'd NUL-terminated buffer; fails with
 * SAYWHO_ETOOBIG past max bytes. */
int saywho__read_all(const char *path, size_t max, char **out, size_t *len, saywho_error *err);

#endif

/* Fills err (when not NULL) and returns code, so callers can write `return saywho__fail(...)`. */
int saywho__fail(saywho_error *err, int code, size_t line, size_t byte, int has_byte,
                 const char *fmt, ...) SAYWHO_PRINTF(6, 7);

/* Grows *buf (element size elem) so it holds at least need elements; returns 0 or -1. */
int saywho__reserve(void **buf, size_t *cap, size_t need, size_t elem);

/* Reads a whole file ("-": standard input) into a malloc'd NUL-terminated buffer; fails with
 * SAYWHO_ETOOBIG past max bytes. */
int saywho__read_all(const char *path, size_t max, char **out, size_t *len, saywho_error *err);

#endif
