/* Statements and who made them: direct, partial and reported (indirect) statements of an
 * article, each with its cue, speaker mention, canonical speaker and addressee. */
#ifndef SAYWHO_QUOTES_H
#define SAYWHO_QUOTES_H

#include "saywho/corpus.h"
#include "saywho/text.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* One statement. Spans are byte offsets of the document's normalised text; an absent span has
 * start == end. Names are owned by the saywho_statements list. */
typedef struct saywho_statement {
    saywho_span content[SAYWHO_MAX_FRAGMENTS];
    int n_content;
    int kind;            /* saywho_kind */
    saywho_span cue;     /* said, told, according to, a colon... */
    saywho_span source;  /* the speaker mention in this statement's attribution */
    const char *speaker; /* canonical speaker name, NULL when unattributed */
    saywho_span addressee;
    const char *addressee_name; /* NULL when none */
    size_t sentence;            /* index of the sentence where the content starts */
    saywho_span frame;          /* the sentences that hold the content and its attribution */
} saywho_statement;

typedef struct saywho_statements saywho_statements;

/* Finds the statements of doc, in document order. The list borrows nothing from doc after the
 * call except that its spans refer to doc's text. Returns SAYWHO_OK or SAYWHO_ENOMEM. */
int saywho_statements_find(const saywho_doc *doc, saywho_statements **out);

/* The statements found; valid until saywho_statements_free. */
const saywho_statement *saywho_statements_get(const saywho_statements *list, size_t *n);

/* Frees the list; NULL is a no-op. */
void saywho_statements_free(saywho_statements *list);

#ifdef __cplusplus
}
#endif

#endif
