/* The document struct, shared by the text layer's source files; not part of the public API. */
#ifndef SAYWHO_DOC_H
#define SAYWHO_DOC_H

#include "saywho/text.h"

#include <stddef.h>
#include <stdint.h>

/* From anchor.norm on, normalised offsets map to anchor.orig + (x - anchor.norm) when linear,
 * and to anchor.orig itself otherwise (a sequence that normalisation rewrote). */
typedef struct saywho_anchor {
    uint32_t norm, orig;
    uint32_t linear;
} saywho_anchor;

/* Code points of the original input before byte k * SAYWHO_CKPT. */
#define SAYWHO_CKPT 4096

struct saywho_doc {
    char *orig;
    size_t orig_len;
    char *text; /* the normalised text; points into orig while text_owned is 0 */
    size_t len, text_cap;
    int text_owned;
    char *scratch; /* scratch bytes for normalisation */
    size_t scratch_cap;
    saywho_anchor *anchors;
    size_t n_anchors, anchors_cap;
    uint32_t *ckpt;
    size_t n_ckpt;
    size_t repairs, first_repair;
    saywho_token *tokens;
    size_t n_tokens, tokens_cap;
    saywho_sentence *sents;
    size_t n_sents, sents_cap;
    saywho_paragraph *paras;
    size_t n_paras, paras_cap;
    char *folds;
    size_t folds_len, folds_cap;
    int32_t *ubuf; /* scratch code points for normalisation and case folding */
    size_t ubuf_cap;
};

/* segment.c: finds paragraphs, tokenises each (tokens.c) and splits it into sentences. */
int saywho__segment(saywho_doc *doc, saywho_para_mode mode);

/* tokens.c: tokenises text[start, end) of one paragraph, appending to doc->tokens. */
int saywho__tokenize(saywho_doc *doc, size_t start, size_t end);

/* text.c: the index of the first token that starts at or after normalised offset x. */
size_t saywho__token_at(const saywho_doc *d, size_t x);

/* text.c: decodes the code point at s[i] (i < n) into *cp; returns its length (1 for a stray
 * byte, with *cp = -1). */
size_t saywho__decode(const char *s, size_t n, size_t i, int32_t *cp);

#endif
