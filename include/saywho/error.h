/* Status codes and error details shared by every part of the saywho library. */
#ifndef SAYWHO_ERROR_H
#define SAYWHO_ERROR_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Every library function that can fail returns one of these; SAYWHO_OK is zero. */
typedef enum saywho_status {
    SAYWHO_OK = 0,
    SAYWHO_ENOMEM = -1,   /* out of memory */
    SAYWHO_EIO = -2,      /* a system call failed; saywho_error.sys_errno says why */
    SAYWHO_EUTF8 = -3,    /* input is not valid UTF-8 */
    SAYWHO_ETOOBIG = -4,  /* input larger than the library can index */
    SAYWHO_EFORMAT = -5,  /* a file does not follow its format */
    SAYWHO_EINVAL = -6,   /* a caller passed an invalid argument */
    SAYWHO_EVERSION = -7, /* a file was written by a newer format version */
    SAYWHO_ECHECKSUM = -8 /* a file's checksum does not match its contents */
} saywho_status;

/* Detail on a failure, filled by the library in a struct the caller owns. Fields that do not
 * apply are zero: line is 1-based, byte is a 0-based offset into the input, and has_byte tells
 * whether byte is meaningful. */
typedef struct saywho_error {
    int code;
    int sys_errno;
    const char *file; /* borrowed from the caller; may be NULL */
    size_t line;
    size_t byte;
    int has_byte;
    char message[256];
} saywho_error;

/* A static English description of a status code; never NULL. */
const char *saywho_strerror(int code);

/* Clears err (a NULL err is allowed) and records the file name the following calls concern. */
void saywho_error_clear(saywho_error *err, const char *file);

/* Formats err as "FILE:LINE: message", "FILE: byte N: message" or "FILE: message" into buf. */
void saywho_error_format(const saywho_error *err, char *buf, size_t size);

#ifdef __cplusplus
}
#endif

#endif
