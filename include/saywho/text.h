/* The text layer: bytes in, validated and NFC-normalised text with a map back to the original
 * bytes, paragraphs, sentences and tokens out. Every later stage of saywho reads these structs.
 *
 * Offsets in the structs below are byte offsets into the normalised text (saywho_doc_text).
 * saywho_doc_orig_offset() turns one into a byte offset of the original input, counted from its
 * first byte (a byte-order mark and every CR count), and saywho_doc_char_offset() turns that into
 * a code-point index of the original input. */
#ifndef SAYWHO_TEXT_H
#define SAYWHO_TEXT_H

#include "saywho/error.h"

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* How paragraphs are found. AUTO splits on blank lines when the document has any, and otherwise
 * makes every line a paragraph, as wire copy often comes. */
typedef enum saywho_para_mode {
    SAYWHO_PARA_AUTO = 0,
    SAYWHO_PARA_BLANK, /* blank-line separated; a single line break inside is a space */
    SAYWHO_PARA_LINE   /* every non-empty line is a paragraph */
} saywho_para_mode;

typedef struct saywho_text_options {
    int repair; /* replace invalid UTF-8 with U+FFFD instead of failing */
    saywho_para_mode paragraphs;
} saywho_text_options;

typedef enum saywho_token_kind {
    SAYWHO_TOK_WORD = 0,
    SAYWHO_TOK_NUMBER,
    SAYWHO_TOK_PUNCT,
    SAYWHO_TOK_QUOTE /* a quote mark; see saywho_token.quote */
} saywho_token_kind;

/* Bits of saywho_token.quote for SAYWHO_TOK_QUOTE tokens. */
enum {
    SAYWHO_QUOTE_OPEN = 1,   /* opens a quotation */
    SAYWHO_QUOTE_CLOSE = 2,  /* closes one */
    SAYWHO_QUOTE_SINGLE = 4, /* ‘ ’ ' ‹ › rather than “ ” " « » „ */
};

/* Bits of saywho_token.flags. */
enum {
    SAYWHO_TOKEN_SPACE_BEFORE = 1, /* white space (or the paragraph start) precedes the token */
    SAYWHO_TOKEN_UPPER = 2,        /* the first letter is upper case */
    SAYWHO_TOKEN_ABBREV = 4,       /* an abbreviation or initial ending in a period: Mr. U.S. J. */
    SAYWHO_TOKEN_TERMINAL = 8,     /* . ? ! … or ... */
    SAYWHO_TOKEN_NOEND = 16        /* an abbreviation that never ends a sentence: Mr. Gen. J. */
};

typedef struct saywho_token {
    uint32_t start, end;  /* bytes of the token in the normalised text */
    uint32_t fold;        /* offset of its case-folded form, see saywho_doc_token_fold */
    uint16_t fold_len;    /* length of the case-folded form in bytes (capped at 65535) */
    uint8_t kind;         /* saywho_token_kind */
    uint8_t quote;        /* SAYWHO_QUOTE_* bits for quote marks */
    uint8_t flags;        /* SAYWHO_TOKEN_* bits */
    uint8_t fold_in_text; /* 1 when the folded form is the token's own text */
    uint16_t pad_;
} saywho_token;

typedef struct saywho_sentence {
    uint32_t start, end;         /* bytes in the normalised text */
    uint32_t tok_begin, tok_end; /* token index range, end exclusive */
    uint32_t paragraph;          /* index of the paragraph holding the sentence */
} saywho_sentence;

typedef struct saywho_paragraph {
    uint32_t start, end;
    uint32_t sent_begin, sent_end;
    uint32_t tok_begin, tok_end;
} saywho_paragraph;

/* A document: owns its normalised text, offset map, tokens, sentences and paragraphs. */
typedef struct saywho_doc saywho_doc;

/* Builds a document from len bytes (copied; the caller keeps bytes). opts may be NULL for the
 * defaults. On failure returns a negative status, fills err and sets *out to NULL. Invalid UTF-8
 * fails with SAYWHO_EUTF8 and the byte offset, unless opts->repair is set. */
int saywho_doc_new(const char *bytes, size_t len, const saywho_text_options *opts, saywho_doc **out,
                   saywho_error *err);

/* Reads a whole file ("-" is standard input) and builds a document from it, as saywho_doc_new. */
int saywho_doc_read_file(const char *path, const saywho_text_options *opts, saywho_doc **out,
                         saywho_error *err);

/* Frees a document and everything it owns; NULL is a no-op. */
void saywho_doc_free(saywho_doc *doc);

/* The normalised text: NFC, no byte-order mark, LF line ends. NUL-terminated; owned by doc. */
const char *saywho_doc_text(const saywho_doc *doc, size_t *len);

/* The original input bytes as given; owned by doc. */
const char *saywho_doc_original(const saywho_doc *doc, size_t *len);

/* How many invalid byte sequences repair mode replaced (0 without repair), and where the first
 * one was in the original input. */
size_t saywho_doc_repairs(const saywho_doc *doc, size_t *first_byte);

/* Maps a byte offset of the normalised text to a byte offset of the original input. An offset
 * inside a sequence that normalisation changed maps to the start of that sequence. */
size_t saywho_doc_orig_offset(const saywho_doc *doc, size_t norm_offset);

/* The code-point index of an original byte offset: what Python's
 * open(f, encoding="utf-8", newline="").read() gives, as brat counts. */
size_t saywho_doc_char_offset(const saywho_doc *doc, size_t orig_offset);

/* The inverse of saywho_doc_char_offset then saywho_doc_orig_offset: the normalised byte offset
 * of a code-point index of the original input (clamped to the text). */
size_t saywho_doc_norm_from_char(const saywho_doc *doc, size_t char_index);

const saywho_token *saywho_doc_tokens(const saywho_doc *doc, size_t *n);
const saywho_sentence *saywho_doc_sentences(const saywho_doc *doc, size_t *n);
const saywho_paragraph *saywho_doc_paragraphs(const saywho_doc *doc, size_t *n);

/* The case-folded form of a token (not NUL-terminated), its length in *len. */
const char *saywho_doc_token_fold(const saywho_doc *doc, const saywho_token *tok, size_t *len);

/* Convenience: the token's text (not NUL-terminated), its length in *len. */
const char *saywho_doc_token_text(const saywho_doc *doc, const saywho_token *tok, size_t *len);

/* The name of a token kind: "word", "number", "punct" or "quote". */
const char *saywho_token_kind_name(int kind);

#ifdef __cplusplus
}
#endif

#endif
