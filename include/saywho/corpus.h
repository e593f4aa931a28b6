/* The annotated corpus: labeled statements (LABEL<TAB>TEXT) and gold articles in brat standoff
 * (NAME.txt with NAME.ann), readers and the validator. Format: datasets/GUIDELINES.md. */
#ifndef SAYWHO_CORPUS_H
#define SAYWHO_CORPUS_H

#include "saywho/error.h"
#include "saywho/text.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Stance labels, in the order models and reports use them. */
typedef enum saywho_stance {
    SAYWHO_STANCE_DEMAND = 0,
    SAYWHO_STANCE_AGREEMENT,
    SAYWHO_STANCE_CONCERN,
    SAYWHO_STANCE_OTHER,
    SAYWHO_N_STANCES
} saywho_stance;

/* Kinds of statement. */
typedef enum saywho_kind {
    SAYWHO_KIND_DIRECT = 0,
    SAYWHO_KIND_PARTIAL,
    SAYWHO_KIND_INDIRECT,
    SAYWHO_N_KINDS
} saywho_kind;

/* "demand", "agreement", "concern", "other"; NULL for an out-of-range value. */
const char *saywho_stance_name(int stance);
/* The stance named by s[0, n), or -1. */
int saywho_stance_parse(const char *s, size_t n);
/* "direct", "partial", "indirect"; NULL for an out-of-range value. */
const char *saywho_kind_name(int kind);
int saywho_kind_parse(const char *s, size_t n);

/* Called once per fault found while reading or checking corpus files; err is valid only during
 * the call. Readers go on after a fault where they can, so that one run reports them all. */
typedef void (*saywho_fault_fn)(void *ctx, const saywho_error *err);

/* One labeled statement line. */
typedef struct saywho_labeled {
    int label;   /* saywho_stance */
    char *text;  /* NUL-terminated, owned by the set */
    size_t line; /* 1-based line in its file */
} saywho_labeled;

typedef struct saywho_labeled_set {
    saywho_labeled *items;
    size_t n, cap;
} saywho_labeled_set;

/* Reads LABEL<TAB>TEXT lines from path ("-" for standard input) and appends them to set. Lines
 * starting with '#' and blank lines are skipped. Each bad line is reported through fault (which
 * may be NULL) and skipped. Returns SAYWHO_OK, SAYWHO_EFORMAT if any line was bad, or another
 * error (file unreadable, invalid UTF-8) with err filled. */
int saywho_labeled_read(const char *path, saywho_labeled_set *set, saywho_fault_fn fault, void *ctx,
                        saywho_error *err);

/* Frees what a set owns and empties it; the struct itself is the caller's. */
void saywho_labeled_clear(saywho_labeled_set *set);

/* A byte span of a document's normalised text, end exclusive. */
typedef struct saywho_span {
    size_t start, end;
} saywho_span;

#define SAYWHO_MAX_FRAGMENTS 8

/* One annotated statement of a gold article. Spans are normalised-text byte offsets of the
 * article's document; a span with start == end is absent. */
typedef struct saywho_gold_statement {
    saywho_span content[SAYWHO_MAX_FRAGMENTS];
    int n_content;
    int kind;   /* saywho_kind */
    int stance; /* saywho_stance */
    int attributed;
    saywho_span source, cue, addressee;
    char *source_name; /* canonical names, owned by the article; NULL when absent */
    char *addressee_name;
    size_t line; /* line of the Content in the .ann file */
} saywho_gold_statement;

typedef struct saywho_gold_article {
    char *name;                        /* the .txt path */
    saywho_doc *doc;                   /* the article text */
    saywho_gold_statement *statements; /* in document order of their first content fragment */
    size_t n;
} saywho_gold_article;

/* Reads NAME.ann and the NAME.txt beside it, checks them against the corpus guidelines, and
 * builds the article. Every fault is reported through fault (may be NULL) with the .ann line;
 * statements with faults are left out. Returns SAYWHO_OK with *out set when nothing was wrong,
 * SAYWHO_EFORMAT with *out still set when only some annotations were bad, or another error with
 * *out NULL when the files cannot be read. */
int saywho_gold_read(const char *ann_path, const saywho_text_options *opts,
                     saywho_gold_article **out, saywho_fault_fn fault, void *ctx,
                     saywho_error *err);

/* Frees an article and all it owns; NULL is a no-op. */
void saywho_gold_free(saywho_gold_article *a);

/* The kind of corpus file a path names, by its extension. */
enum { SAYWHO_FILE_OTHER = 0, SAYWHO_FILE_LABELED, SAYWHO_FILE_ARTICLE };
int saywho_corpus_file_kind(const char *path); /* .tsv: LABELED, .ann: ARTICLE */

/* A list of file paths, owned by the struct. */
typedef struct saywho_paths {
    char **v;
    size_t n, cap;
} saywho_paths;

/* Collects the corpus files (.ann and .tsv) that paths name: a file as given, a folder searched
 * recursively (hidden entries skipped); appends them to out, sorted. A path that does not exist
 * or a folder that cannot be read is reported through fault (may be NULL) and skipped. Returns
 * SAYWHO_OK, SAYWHO_EIO when some path failed, or SAYWHO_ENOMEM. */
int saywho_corpus_files(char *const *paths, size_t n, saywho_paths *out, saywho_fault_fn fault,
                        void *ctx);

/* Frees what a list owns and empties it. */
void saywho_paths_clear(saywho_paths *p);

/* Finds texts shared across splits: exact duplicates after case folding and punctuation
 * removal, and near duplicates that share a run of 8 or more words more than once. */
typedef struct saywho_overlap saywho_overlap;

saywho_overlap *saywho_overlap_new(void);
void saywho_overlap_free(saywho_overlap *o);

/* Adds one unit of text (a statement line, an article paragraph) of split (any small integer:
 * train, dev, test) at file:line. file must outlive the checker. */
int saywho_overlap_add(saywho_overlap *o, int split, const char *text, size_t len, const char *file,
                       size_t line);

/* Reports every unit that duplicates one of another split; returns how many. */
size_t saywho_overlap_report(const saywho_overlap *o, saywho_fault_fn fault, void *ctx);

#ifdef __cplusplus
}
#endif

#endif
