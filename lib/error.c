#include "saywho/error.h"
#include "internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

const char *saywho_strerror(int code) {
    switch (code) {
    case SAYWHO_OK:
        return "success";
    case SAYWHO_ENOMEM:
        return "out of memory";
    case SAYWHO_EIO:
        return "input/output error";
    case SAYWHO_EUTF8:
        return "invalid UTF-8";
    case SAYWHO_ETOOBIG:
        return "input too large";
    case SAYWHO_EFORMAT:
        return "malformed file";
    case SAYWHO_EINVAL:
        return "invalid argument";
    case SAYWHO_EVERSION:
        return "unsupported format version";
    case SAYWHO_ECHECKSUM:
        return "checksum mismatch";
    default:
        return "unknown error";
    }
}

void saywho_error_clear(saywho_error *err, const char *file) {
    if (!err) return;
    memset(err, 0, sizeof *err);
    err->file = file;
}

int saywho__fail(saywho_error *err, int code, size_t line, size_t byte, int has_byte,
                 const char *fmt, ...) {
    if (!err) return code;
    err->code = code;
    err->line = line;
    err->byte = byte;
    err->has_byte = has_byte;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    return code;
}

void saywho_error_format(const saywho_error *err, char *buf, size_t size) {
    const char *file = err->file ? err->file : "<input>";
    const char *msg = err->message[0] ? err->message : saywho_strerror(err->code);
    if (err->line)
        snprintf(buf, size, "%s:%zu: %s", file, err->line, msg);
    else if (err->has_byte)
        snprintf(buf, size, "%s: byte %zu: %s", file, err->byte, msg);
    else
        snprintf(buf, size, "%s: %s", file, msg);
}
