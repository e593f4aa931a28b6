/* saywho-infer: reads articles and prints who said what. Argument parsing and output only; the
 * work is in the library. */
#define _GNU_SOURCE
#include "saywho/corpus.h"
#include "saywho/eval.h"
#include "saywho/quotes.h"
#include "saywho/stance.h"
#include "saywho/text.h"
#include "saywho/version.h"

#include <getopt.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PROG "saywho-infer"

/* models/default.model, compiled in (infer/CMakeLists.txt) */
extern const unsigned char saywho_default_model[];
extern const size_t saywho_default_model_size;

enum format { FMT_TEXT, FMT_JSONL, FMT_TOKENS };
enum offsets { OFF_BYTES, OFF_CHARS };

typedef struct options {
    enum format format;
    const saywho_model *model; /* NULL: no stance */
    int lines;                 /* --lines: each line is one statement */
    int explain;               /* --explain: the five features that weighed most */
    int metrics_json;
    enum offsets offsets;
    saywho_text_options text;
} options;

static void usage(FILE *out) {
    fputs("Usage: " PROG " [OPTIONS] [FILE...]\n"
          "       " PROG " --eval PATH... [--metrics json]\n"
          "Find who said what in news articles. Each FILE is one article; '-' or no FILE reads\n"
          "standard input.\n"
          "\n"
          "Options:\n"
          "  -f, --format FMT      output format: text (default, for people), jsonl (one JSON\n"
          "                        object per statement) or tokens (paragraphs, sentences and\n"
          "                        tokens with their byte spans)\n"
          "      --eval            score against gold data: each PATH is a .ann article (its\n"
          "                        .txt beside it), a folder of them, or a LABEL<TAB>TEXT .tsv\n"
          "                        file of statements (stance only)\n"
          "      --metrics FMT     with --eval: text (default) or json\n"
          "      --model FILE      tag stances with this model instead of the built-in one\n"
          "      --lines           each input line is one statement with its frame (a\n"
          "                        LABEL<TAB> prefix is ignored): one record per line\n"
          "      --explain         add the five features that weighed most for each stance\n"
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

/* The text of a statement's content: its fragments joined with " … ". */
static char *content_text(const saywho_doc *doc, const saywho_statement *st) {
    const char *text = saywho_doc_text(doc, NULL);
    size_t len = 0;
    for (int f = 0; f < st->n_content; f++)
        len += st->content[f].end - st->content[f].start + 5;
    char *buf = malloc(len + 1), *p = buf;
    if (!buf) return NULL;
    for (int f = 0; f < st->n_content; f++) {
        if (f) p += sprintf(p, " … ");
        size_t n = st->content[f].end - st->content[f].start;
        memcpy(p, text + st->content[f].start, n);
        for (size_t i = 0; i < n; i++)
            if (p[i] == '\n') p[i] = ' ';
        p += n;
    }
    *p = '\0';
    return buf;
}

static json_t *span_text(const saywho_doc *doc, saywho_span sp) {
    if (sp.end <= sp.start) return json_null();
    return json_stringn(saywho_doc_text(doc, NULL) + sp.start, sp.end - sp.start);
}

static json_t *offset_or_null(const saywho_doc *doc, const options *o, saywho_span sp, int end) {
    if (sp.end <= sp.start) return json_null();
    return json_integer((json_int_t)out_offset(doc, o, end ? sp.end : sp.start));
}

/* Why a label won: the features of v with the largest weight times value for it. */
typedef struct reasons {
    const char *name[5];
    double w[5];
    int n;
} reasons;

static void explain(const options *o, const saywho_fvec *v, int k, reasons *r) {
    r->n = 0;
    double *contrib = malloc((v->n ? v->n : 1) * sizeof *contrib);
    if (!contrib || saywho_model_contributions(o->model, v, k, contrib) != SAYWHO_OK) {
        free(contrib);
        return;
    }
    for (size_t i = 0; i < v->n && i < v->n_names; i++) {
        double c = contrib[i];
        if (r->n == 5 && c <= r->w[4]) continue;
        int at = r->n < 5 ? r->n++ : 4;
        r->name[at] = v->names[i];
        r->w[at] = c;
        for (int j = at; j > 0 && r->w[j] > r->w[j - 1]; j--) { /* keep them sorted */
            double tw = r->w[j];
            const char *tn = r->name[j];
            r->w[j] = r->w[j - 1];
            r->name[j] = r->name[j - 1];
            r->w[j - 1] = tw;
            r->name[j - 1] = tn;
        }
    }
    free(contrib);
}

static json_t *reasons_json(const reasons *r) {
    json_t *a = json_array();
    for (int i = 0; i < r->n; i++)
        json_array_append_new(
            a, json_pack("{s:s,s:f}", "feature", r->name[i], "weight", round(r->w[i] * 1e4) / 1e4));
    return a;
}

static void reasons_print(const reasons *r, FILE *out) {
    fputs("     because:", out);
    for (int i = 0; i < r->n; i++)
        fprintf(out, "%s %s (%+.3f)", i ? "," : "", r->name[i], r->w[i]);
    fputc('\n', out);
}

/* The stance of a statement and its probabilities; -1 without a model. With --explain, r gets
 * the reasons, valid until the next call. */
static int stance_of(const options *o, const saywho_doc *doc, const saywho_statement *st,
                     double p[SAYWHO_N_STANCES], reasons *r) {
    static saywho_fvec v;
    saywho_fvec_free(&v);
    if (!o->model) return -1;
    if (o->explain && r) v.names = SAYWHO_FVEC_NAMES_MARK;
    int k = -1;
    if (saywho_stance_features(doc, st, saywho_model_config(o->model), &v) == SAYWHO_OK)
        k = saywho_model_predict(o->model, &v, p);
    if (k >= 0 && o->explain && r) explain(o, &v, k, r);
    return k;
}

/* Adds "stance" and "p" to a JSON record. Probabilities are rounded to 4 places so output is
 * stable across machines. */
static void add_stance(json_t *j, int k, const double p[SAYWHO_N_STANCES]) {
    if (k < 0) return;
    json_object_set_new(j, "stance", json_string(saywho_stance_name(k)));
    json_t *pj = json_object();
    for (int c = 0; c < SAYWHO_N_STANCES; c++)
        json_object_set_new(pj, saywho_stance_name(c), json_real(round(p[c] * 1e4) / 1e4));
    json_object_set_new(j, "p", pj);
}

static int write_jsonl(const char *name, const saywho_doc *doc, const saywho_statement *st,
                       size_t n, const options *o, FILE *out) {
    for (size_t i = 0; i < n; i++) {
        const saywho_statement *s = &st[i];
        char *content = content_text(doc, s);
        saywho_span whole = {s->content[0].start, s->content[s->n_content - 1].end};
        json_t *j = json_object();
        if (!content || !j) return -1;
        json_object_set_new(j, "doc", json_string(name));
        json_object_set_new(j, "n", json_integer((json_int_t)i + 1));
        json_object_set_new(j, "kind", json_string(saywho_kind_name(s->kind)));
        json_object_set_new(j, "start", offset_or_null(doc, o, whole, 0));
        json_object_set_new(j, "end", offset_or_null(doc, o, whole, 1));
        json_object_set_new(j, "text", json_string(content));
        json_object_set_new(j, "speaker", s->speaker ? json_string(s->speaker) : json_null());
        json_object_set_new(j, "speaker_start", offset_or_null(doc, o, s->source, 0));
        json_object_set_new(j, "speaker_end", offset_or_null(doc, o, s->source, 1));
        json_object_set_new(j, "cue", span_text(doc, s->cue));
        json_object_set_new(j, "cue_start", offset_or_null(doc, o, s->cue, 0));
        json_object_set_new(j, "cue_end", offset_or_null(doc, o, s->cue, 1));
        json_object_set_new(j, "addressee",
                            s->addressee_name ? json_string(s->addressee_name) : json_null());
        double p[SAYWHO_N_STANCES];
        reasons r = {0};
        int k = stance_of(o, doc, s, p, &r);
        add_stance(j, k, p);
        if (k >= 0 && o->explain) json_object_set_new(j, "explain", reasons_json(&r));
        int rc = json_dumpf(j, out, JSON_COMPACT | JSON_REAL_PRECISION(6));
        fputc('\n', out);
        json_decref(j);
        free(content);
        if (rc) return -1;
    }
    return 0;
}

static void write_text(const char *name, const saywho_doc *doc, const saywho_statement *st,
                       size_t n, const options *o, FILE *out) {
    fprintf(out, "%s: %zu statement%s\n", name, n, n == 1 ? "" : "s");
    for (size_t i = 0; i < n; i++) {
        const saywho_statement *s = &st[i];
        char *content = content_text(doc, s);
        const char *text = saywho_doc_text(doc, NULL);
        fprintf(out, "%3zu  %-8s  %s", i + 1, saywho_kind_name(s->kind),
                s->speaker ? s->speaker : "(unattributed)");
        if (s->cue.end > s->cue.start)
            fprintf(out, "  [%.*s]", (int)(s->cue.end - s->cue.start), text + s->cue.start);
        if (s->addressee_name) fprintf(out, "  -> %s", s->addressee_name);
        double p[SAYWHO_N_STANCES];
        reasons r = {0};
        int k = stance_of(o, doc, s, p, &r);
        if (k >= 0) fprintf(out, "  %s %.2f", saywho_stance_name(k), p[k]);
        fprintf(out, "\n     %s\n", content ? content : "");
        if (k >= 0 && o->explain) reasons_print(&r, out);
        free(content);
    }
}

/* --lines: every non-empty line of the input is one statement with its frame; a LABEL<TAB>
 * prefix is skipped. One record per line, n is the line number. */
static int run_lines(const char *path, const saywho_doc *doc, const options *o) {
    size_t len;
    const char *s = saywho_doc_text(doc, &len);
    size_t line = 0;
    for (size_t i = 0; i < len;) {
        const char *nl = memchr(s + i, '\n', len - i);
        size_t e = nl ? (size_t)(nl - s) : len;
        const char *t = s + i;
        size_t tl = e - i;
        line++;
        i = nl ? e + 1 : len;
        const char *tab = memchr(t, '\t', tl);
        if (tab && saywho_stance_parse(t, (size_t)(tab - t)) >= 0) {
            tl -= (size_t)(tab - t) + 1;
            t = tab + 1;
        }
        size_t k = 0;
        while (k < tl && (t[k] == ' ' || t[k] == '\t'))
            k++;
        if (k == tl) continue;
        double p[SAYWHO_N_STANCES];
        int c = -1;
        saywho_fvec v = {0};
        reasons r = {0};
        if (o->explain) v.names = SAYWHO_FVEC_NAMES_MARK;
        if (o->model &&
            saywho_stance_features_text(t, tl, saywho_model_config(o->model), &v) == SAYWHO_OK)
            c = saywho_model_predict(o->model, &v, p);
        if (c >= 0 && o->explain) explain(o, &v, c, &r);
        if (o->format == FMT_JSONL) {
            json_t *j = json_object();
            json_object_set_new(j, "doc", json_string(path));
            json_object_set_new(j, "n", json_integer((json_int_t)line));
            json_object_set_new(j, "text", json_stringn(t, tl));
            add_stance(j, c, p);
            if (c >= 0 && o->explain) json_object_set_new(j, "explain", reasons_json(&r));
            json_dumpf(j, stdout, JSON_COMPACT | JSON_REAL_PRECISION(6));
            fputc('\n', stdout);
            json_decref(j);
        } else {
            if (c >= 0)
                printf("%5zu  %-9s %.2f  %.*s\n", line, saywho_stance_name(c), p[c], (int)tl, t);
            else
                printf("%5zu  %.*s\n", line, (int)tl, t);
            if (c >= 0 && o->explain) reasons_print(&r, stdout);
        }
        saywho_fvec_free(&v);
    }
    return 0;
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
    int rc = 0;
    if (o->lines) {
        rc = run_lines(path, doc, o);
    } else if (o->format == FMT_TOKENS) {
        write_tokens(err.file, doc, o, stdout);
    } else {
        saywho_statements *list;
        if (saywho_statements_find(doc, &list) != SAYWHO_OK) {
            fprintf(stderr, PROG ": %s: out of memory\n", err.file);
            saywho_doc_free(doc);
            return 1;
        }
        size_t n;
        const saywho_statement *st = saywho_statements_get(list, &n);
        if (o->format == FMT_JSONL)
            rc = write_jsonl(path, doc, st, n, o, stdout) ? 1 : 0;
        else
            write_text(err.file, doc, st, n, o, stdout);
        saywho_statements_free(list);
    }
    saywho_doc_free(doc);
    return rc;
}

/* A path that cannot be read: an error, not a warning. */
static void path_fault(void *ctx, const saywho_error *e) {
    (void)ctx;
    char msg[600];
    saywho_error_format(e, msg, sizeof msg);
    fprintf(stderr, PROG ": %s\n", msg);
}

static void print_fault(void *ctx, const saywho_error *e) {
    (void)ctx;
    char msg[600];
    saywho_error_format(e, msg, sizeof msg);
    fprintf(stderr, PROG ": warning: %s\n", msg);
}

static json_t *prf_json(const saywho_prf *p) {
    return json_pack("{s:f,s:f,s:f,s:I,s:I,s:I}", "precision", saywho_prf_precision(p), "recall",
                     saywho_prf_recall(p), "f1", saywho_prf_f1(p), "tp", (json_int_t)p->tp,
                     "predicted", (json_int_t)p->pred, "gold", (json_int_t)p->gold);
}

static double ratio(const saywho_ratio *r) {
    return r->n ? (double)r->ok / (double)r->n : 0.0;
}

static json_t *ratio_json(const saywho_ratio *r) {
    return json_pack("{s:f,s:I,s:I}", "accuracy", ratio(r), "correct", (json_int_t)r->ok, "n",
                     (json_int_t)r->n);
}

static void print_prf(const char *name, const saywho_prf *p) {
    printf("%-26s %9.3f %9.3f %9.3f %7zu %7zu %7zu\n", name, saywho_prf_precision(p),
           saywho_prf_recall(p), saywho_prf_f1(p), p->tp, p->pred, p->gold);
}

static void print_ratio(const char *name, const saywho_ratio *r) {
    printf("%-34s %6.3f  (%zu of %zu)\n", name, ratio(r), r->ok, r->n);
}

/* Scores the stance model on a labeled statement file. */
static int eval_labeled(const char *path, const options *o, saywho_confusion *c, size_t *n) {
    saywho_labeled_set set = {0};
    saywho_error err;
    saywho_error_clear(&err, path);
    int rc = saywho_labeled_read(path, &set, print_fault, NULL, &err);
    if (rc && rc != SAYWHO_EFORMAT) {
        char msg[600];
        saywho_error_format(&err, msg, sizeof msg);
        fprintf(stderr, PROG ": %s\n", msg);
        return 1;
    }
    for (size_t i = 0; i < set.n && o->model; i++) {
        saywho_fvec v = {0};
        double p[SAYWHO_N_STANCES];
        const char *t = set.items[i].text;
        if (saywho_stance_features_text(t, strlen(t), saywho_model_config(o->model), &v) ==
            SAYWHO_OK) {
            c->m[set.items[i].label][saywho_model_predict(o->model, &v, p)]++;
            (*n)++;
        }
        saywho_fvec_free(&v);
    }
    saywho_labeled_clear(&set);
    return rc ? 1 : 0;
}

static int run_eval(int argc, char **argv, const options *o) {
    saywho_paths paths = {0};
    int status = 0;
    int frc = saywho_corpus_files(argv, (size_t)argc, &paths, path_fault, NULL);
    if (frc == SAYWHO_ENOMEM) {
        fprintf(stderr, PROG ": out of memory\n");
        return 1;
    }
    if (frc) status = 1;
    char **files = paths.v;
    size_t nf = paths.n;
    saywho_extract_scores sc;
    memset(&sc, 0, sizeof sc);
    saywho_confusion tc; /* labeled statement files */
    memset(&tc, 0, sizeof tc);
    size_t tsv_n = 0;
    for (size_t f = 0; f < nf; f++) {
        saywho_error err;
        saywho_error_clear(&err, files[f]);
        if (saywho_corpus_file_kind(files[f]) == SAYWHO_FILE_LABELED) {
            if (eval_labeled(files[f], o, &tc, &tsv_n)) status = 1;
            continue;
        }
        saywho_gold_article *g;
        int rc = saywho_gold_read(files[f], &o->text, &g, print_fault, NULL, &err);
        if (rc && rc != SAYWHO_EFORMAT) {
            char msg[600];
            saywho_error_format(&err, msg, sizeof msg);
            fprintf(stderr, PROG ": %s\n", msg);
            status = 1;
            continue;
        }
        saywho_statements *list;
        if (saywho_statements_find(g->doc, &list) == SAYWHO_OK) {
            size_t n;
            const saywho_statement *st = saywho_statements_get(list, &n);
            int *stances = o->model ? malloc((n + 1) * sizeof *stances) : NULL;
            for (size_t i = 0; stances && i < n; i++) {
                double p[SAYWHO_N_STANCES];
                stances[i] = stance_of(o, g->doc, &st[i], p, NULL);
            }
            saywho_eval_extraction(g, st, n, stances, &sc);
            free(stances);
            saywho_statements_free(list);
        }
        saywho_gold_free(g);
    }
    saywho_paths_clear(&paths);
    if (!sc.articles && !tsv_n) {
        fprintf(stderr, PROG ": no gold article or labeled statement could be scored\n");
        return 1;
    }
    if (tsv_n) {
        if (o->metrics_json) {
            json_t *j = saywho_confusion_json(&tc);
            json_dumpf(j, stdout, JSON_INDENT(2) | JSON_REAL_PRECISION(4));
            fputc('\n', stdout);
            json_decref(j);
        } else {
            char *r = saywho_confusion_report(&tc, "stance on labeled statements");
            if (r) fputs(r, stdout);
            free(r);
        }
        if (!sc.articles) return status;
        fputc('\n', stdout);
    }
    saywho_confusion mc; /* stance of statements matched in articles */
    memcpy(mc.m, sc.stance, sizeof mc.m);
    if (o->metrics_json) {
        json_t *j = json_pack(
            "{s:I,s:{s:o,s:o},s:{s:o,s:o},s:o,s:o,s:o,s:o,s:o}", "articles",
            (json_int_t)sc.articles, "quotes", "exact", prf_json(&sc.quotes_exact), "overlap",
            prf_json(&sc.quotes_overlap), "indirect", "exact", prf_json(&sc.indirect_exact),
            "overlap", prf_json(&sc.indirect_overlap), "speaker_direct",
            ratio_json(&sc.speaker_direct), "speaker_quotes", ratio_json(&sc.speaker_quotes),
            "speaker_indirect", ratio_json(&sc.speaker_indirect), "mention_span",
            ratio_json(&sc.mention), "addressee", ratio_json(&sc.addressee));
        if (o->model) {
            json_object_set_new(j, "stance_matched", saywho_confusion_json(&mc));
            json_object_set_new(j, "end_to_end", prf_json(&sc.end_to_end));
        }
        json_dumpf(j, stdout, JSON_INDENT(2) | JSON_REAL_PRECISION(4));
        fputc('\n', stdout);
        json_decref(j);
    } else {
        printf("%zu articles\n\n", sc.articles);
        printf("%-26s %9s %9s %9s %7s %7s %7s\n", "statements", "precision", "recall", "F1",
               "match", "found", "gold");
        print_prf("quotes, exact span", &sc.quotes_exact);
        print_prf("quotes, overlap >= 0.5", &sc.quotes_overlap);
        print_prf("indirect, exact span", &sc.indirect_exact);
        print_prf("indirect, overlap >= 0.5", &sc.indirect_overlap);
        printf("\non statements matched at overlap\n");
        print_ratio("speaker, direct quotes", &sc.speaker_direct);
        print_ratio("speaker, direct and partial", &sc.speaker_quotes);
        print_ratio("speaker, indirect", &sc.speaker_indirect);
        print_ratio("speaker mention span", &sc.mention);
        print_ratio("addressee", &sc.addressee);
        if (o->model) {
            size_t ok = 0, all = 0;
            for (int k = 0; k < SAYWHO_N_STANCES; k++)
                for (int l = 0; l < SAYWHO_N_STANCES; l++) {
                    all += mc.m[k][l];
                    ok += k == l ? mc.m[k][l] : 0;
                }
            saywho_ratio st = {ok, all};
            print_ratio("stance", &st);
            printf("%-34s %6.3f\n", "stance macro-F1", saywho_confusion_macro_f1(&mc));
            printf("\n");
            print_prf("end to end", &sc.end_to_end);
        }
    }
    return status;
}

int main(int argc, char **argv) {
    options o = {FMT_TEXT, NULL, 0, 0, 0, OFF_BYTES, {0, SAYWHO_PARA_AUTO}};
    int eval = 0;
    enum {
        OPT_VERSION = 256,
        OPT_OFFSETS,
        OPT_PARAGRAPHS,
        OPT_REPAIR,
        OPT_EVAL,
        OPT_METRICS,
        OPT_MODEL,
        OPT_LINES,
        OPT_EXPLAIN
    };
    const char *model_path = NULL;
    static const struct option longopts[] = {
        {"format", required_argument, NULL, 'f'},
        {"offsets", required_argument, NULL, OPT_OFFSETS},
        {"paragraphs", required_argument, NULL, OPT_PARAGRAPHS},
        {"repair", no_argument, NULL, OPT_REPAIR},
        {"eval", no_argument, NULL, OPT_EVAL},
        {"model", required_argument, NULL, OPT_MODEL},
        {"lines", no_argument, NULL, OPT_LINES},
        {"explain", no_argument, NULL, OPT_EXPLAIN},
        {"metrics", required_argument, NULL, OPT_METRICS},
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
            else if (strcmp(optarg, "jsonl") == 0)
                o.format = FMT_JSONL;
            else if (strcmp(optarg, "tokens") == 0)
                o.format = FMT_TOKENS;
            else
                return misuse("unknown format '%s' (want text, jsonl or tokens)", optarg);
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
        case OPT_EVAL:
            eval = 1;
            break;
        case OPT_MODEL:
            model_path = optarg;
            break;
        case OPT_LINES:
            o.lines = 1;
            break;
        case OPT_EXPLAIN:
            o.explain = 1;
            break;
        case OPT_METRICS:
            if (strcmp(optarg, "json") == 0)
                o.metrics_json = 1;
            else if (strcmp(optarg, "text") == 0)
                o.metrics_json = 0;
            else
                return misuse("unknown metrics format '%s' (want text or json)", optarg);
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
    saywho_model *model = NULL;
    if (model_path) {
        saywho_error err;
        saywho_error_clear(&err, model_path);
        if (saywho_model_load(model_path, &model, &err) != SAYWHO_OK) {
            char msg[600];
            saywho_error_format(&err, msg, sizeof msg);
            fprintf(stderr, PROG ": %s\n", msg);
            return 1;
        }
        o.model = model;
    } else {
        saywho_error err;
        saywho_error_clear(&err, "<built-in model>");
        if (saywho_model_load_buffer((const char *)saywho_default_model, saywho_default_model_size,
                                     &model, &err) != SAYWHO_OK) {
            char msg[600];
            saywho_error_format(&err, msg, sizeof msg);
            fprintf(stderr, PROG ": %s\n", msg);
            return 1;
        }
        o.model = model;
    }
    int status = 0;
    if (eval) {
        if (optind >= argc) {
            saywho_model_free(model);
            return misuse("%s", "--eval needs gold .ann files or folders");
        }
        status = run_eval(argc - optind, argv + optind, &o);
    } else if (optind >= argc) {
        status = run_file("-", &o);
    } else {
        for (int i = optind; i < argc; i++)
            if (run_file(argv[i], &o)) status = 1;
    }
    saywho_model_free(model);
    if (fflush(stdout) != 0) {
        perror(PROG ": write error");
        return 1;
    }
    return status;
}
