/* saywho-infer: reads articles and prints who said what. Argument parsing and output only; the
 * work is in the library. */
#define _GNU_SOURCE
#include "saywho/text.h"
#include "saywho/version.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PROG "saywho-infer"

enum format { FMT_TEXT, FMT_TOKENS };
enum offsets { OFF_BYTES, OFF_CHARS };

typedef struct options {
    enum format format;
    enum offsets offsets;
    saywho_text_options text;
} options;

static void usage(FILE *out) {
    fputs("Usage: " PROG " [OPTIONS] [FILE...]\n"
          "Find who said what in news articles. Each FILE is one article; '-' or no FILE reads\n"
          "standard input.\n"
          "\n"
          "Options:\n"
          "  -f, --format FMT      output format: text (default) or tokens (paragraphs,\n"
          "                        sentences and tokens with their byte spans)\n"
          "      --offsets UNIT    offsets as 'bytes' of the input (default) or 'chars'\n"
          "                        (Unicode code points, as brat and Python count)\n"
          "      --paragraphs MODE 'auto' (default): blank-line paragraphs when the article has\n"
          "                        blank lines, else one per line; 'blank'; 'line'\n"
          "      --repair          replace invalid UTF-8 with U+FFFD (with a warning) instead of\n"
          "                        stopping with an error\n"
          "  -h, --help            print this help and exit\n"
          "      --version         print the version and exit\n"
          "\n"
          "Exit status: 0 success, 1 data or I/O error, 2 misuse.\n",
          out);
}

static int misuse(const char *fmt, const char *arg) {
    fprintf(stderr, PROG ": ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\nTry '" PROG " --help' for more information.\n");
    return 2;
}

static size_t out_offset(const saywho_doc *doc, const options *o, size_t norm) {
    size_t b = saywho_doc_orig_offset(doc, norm);
    return o->offsets == OFF_CHARS ? saywho_doc_char_offset(doc, b) : b;
}

/* Prints text with line breaks and tabs as spaces, so one record stays on one line. */
static void put_flat(const char *s, size_t n, FILE *out) {
    for (size_t i = 0; i < n; i++)
        fputc(s[i] == '\n' || s[i] == '\t' ? ' ' : s[i], out);
}

static void write_tokens(const char *name, const saywho_doc *doc, const options *o, FILE *out) {
    size_t np, ns, nt;
    const saywho_paragraph *ps = saywho_doc_paragraphs(doc, &np);
    const saywho_sentence *ss = saywho_doc_sentences(doc, &ns);
    const saywho_token *ts = saywho_doc_tokens(doc, &nt);
    const char *text = saywho_doc_text(doc, NULL);
    fprintf(out, "# %s: %zu paragraphs, %zu sentences, %zu tokens\n", name, np, ns, nt);
    for (size_t p = 0; p < np; p++) {
        fprintf(out, "P%zu\t%zu\t%zu\n", p + 1, out_offset(doc, o, ps[p].start),
                out_offset(doc, o, ps[p].end));
        for (size_t s = ps[p].sent_begin; s < ps[p].sent_end; s++) {
            fprintf(out, "S%zu\t%zu\t%zu\t", s + 1, out_offset(doc, o, ss[s].start),
                    out_offset(doc, o, ss[s].end));
            put_flat(text + ss[s].start, ss[s].end - ss[s].start, out);
            fputc('\n', out);
            for (size_t t = ss[s].tok_begin; t < ss[s].tok_end; t++) {
                const saywho_token *tk = &ts[t];
                size_t fl;
                const char *fold = saywho_doc_token_fold(doc, tk, &fl);
                fprintf(out, "\t%zu\t%zu\t%s", out_offset(doc, o, tk->start),
                        out_offset(doc, o, tk->end), saywho_token_kind_name(tk->kind));
                if (tk->kind == SAYWHO_TOK_QUOTE)
                    fputs(tk->quote & SAYWHO_QUOTE_OPEN ? "/open" : "/close", out);
                if (tk->flags & SAYWHO_TOKEN_ABBREV) fputs("/abbrev", out);
                fputc('\t', out);
                fwrite(text + tk->start, 1, tk->end - tk->start, out);
                fputc('\t', out);
                fwrite(fold, 1, fl, out);
                fputc('\n', out);
            }
        }
    }
}

static void write_text(const char *name, const saywho_doc *doc, const options *o, FILE *out) {
    size_t ns, np;
    const saywho_sentence *ss = saywho_doc_sentences(doc, &ns);
    saywho_doc_paragraphs(doc, &np);
    const char *text = saywho_doc_text(doc, NULL);
    fprintf(out, "%s: %zu paragraphs, %zu sentences\n", name, np, ns);
    for (size_t s = 0; s < ns; s++) {
        fprintf(out, "%4zu  [%zu,%zu)  ", s + 1, out_offset(doc, o, ss[s].start),
                out_offset(doc, o, ss[s].end));
        put_flat(text + ss[s].start, ss[s].end - ss[s].start, out);
        fputc('\n', out);
    }
}

static int run_file(const char *path, const options *o) {
    saywho_error err;
    saywho_error_clear(&err, strcmp(path, "-") == 0 ? "<stdin>" : path);
    saywho_doc *doc = NULL;
    if (saywho_doc_read_file(path, &o->text, &doc, &err) != SAYWHO_OK) {
        char msg[512];
        saywho_error_format(&err, msg, sizeof msg);
        fprintf(stderr, PROG ": %s\n", msg);
        return 1;
    }
    size_t first;
    size_t repairs = saywho_doc_repairs(doc, &first);
    if (repairs)
        fprintf(stderr,
                PROG ": warning: %s: byte %zu: replaced %zu invalid UTF-8 byte%s with U+FFFD\n",
                err.file, first, repairs, repairs == 1 ? "" : "s");
    if (o->format == FMT_TOKENS)
        write_tokens(err.file, doc, o, stdout);
    else
        write_text(err.file, doc, o, stdout);
    saywho_doc_free(doc);
    return 0;
}

int main(int argc, char **argv) {
    options o = {FMT_TEXT, OFF_BYTES, {0, SAYWHO_PARA_AUTO}};
    enum { OPT_VERSION = 256, OPT_OFFSETS, OPT_PARAGRAPHS, OPT_REPAIR };
    static const struct option longopts[] = {
        {"format", required_argument, NULL, 'f'},
        {"offsets", required_argument, NULL, OPT_OFFSETS},
        {"paragraphs", required_argument, NULL, OPT_PARAGRAPHS},
        {"repair", no_argument, NULL, OPT_REPAIR},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, OPT_VERSION},
        {NULL, 0, NULL, 0},
    };
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, ":f:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'f':
            if (strcmp(optarg, "text") == 0)
                o.format = FMT_TEXT;
            else if (strcmp(optarg, "tokens") == 0)
                o.format = FMT_TOKENS;
            else
                return misuse("unknown format '%s' (want text or tokens)", optarg);
            break;
        case OPT_OFFSETS:
            if (strcmp(optarg, "bytes") == 0)
                o.offsets = OFF_BYTES;
            else if (strcmp(optarg, "chars") == 0)
                o.offsets = OFF_CHARS;
            else
                return misuse("unknown offset unit '%s' (want bytes or chars)", optarg);
            break;
        case OPT_PARAGRAPHS:
            if (strcmp(optarg, "auto") == 0)
                o.text.paragraphs = SAYWHO_PARA_AUTO;
            else if (strcmp(optarg, "blank") == 0)
                o.text.paragraphs = SAYWHO_PARA_BLANK;
            else if (strcmp(optarg, "line") == 0)
                o.text.paragraphs = SAYWHO_PARA_LINE;
            else
                return misuse("unknown paragraph mode '%s' (want auto, blank or line)", optarg);
            break;
        case OPT_REPAIR:
            o.text.repair = 1;
            break;
        case 'h':
            usage(stdout);
            return 0;
        case OPT_VERSION:
            printf(PROG " " SAYWHO_VERSION "\n");
            return 0;
        case ':':
            return misuse("option '%s' needs an argument", argv[optind - 1]);
        default:
            return misuse("unknown option '%s'", argv[optind - 1]);
        }
    }
    int status = 0;
    if (optind >= argc) return run_file("-", &o);
    for (int i = optind; i < argc; i++)
        if (run_file(argv[i], &o)) status = 1;
    if (fflush(stdout) != 0) {
        perror(PROG ": write error");
        return 1;
    }
    return status;
}
