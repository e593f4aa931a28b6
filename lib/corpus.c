/* Readers and checks for the corpus: labeled statements and gold articles in brat standoff. */
#include "saywho/corpus.h"
#include "doc.h"
#include "internal.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

static const char *const STANCES[] = {"demand", "agreement", "concern", "other"};
static const char *const KINDS[] = {"direct", "partial", "indirect"};

const char *saywho_stance_name(int s) {
    return s >= 0 && s < SAYWHO_N_STANCES ? STANCES[s] : NULL;
}

const char *saywho_kind_name(int k) {
    return k >= 0 && k < SAYWHO_N_KINDS ? KINDS[k] : NULL;
}

static int parse_name(const char *const *names, int n, const char *s, size_t len) {
    for (int i = 0; i < n; i++)
        if (strlen(names[i]) == len && memcmp(names[i], s, len) == 0) return i;
    return -1;
}

int saywho_stance_parse(const char *s, size_t n) {
    return parse_name(STANCES, SAYWHO_N_STANCES, s, n);
}

int saywho_kind_parse(const char *s, size_t n) {
    return parse_name(KINDS, SAYWHO_N_KINDS, s, n);
}

/* Reports one fault at file:line through the callback. */
SAYWHO_PRINTF(5, 6)
static void report(saywho_fault_fn fault, void *ctx, const char *file, size_t line, const char *fmt,
                   ...) {
    if (!fault) return;
    saywho_error e;
    saywho_error_clear(&e, file);
    e.code = SAYWHO_EFORMAT;
    e.line = line;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e.message, sizeof e.message, fmt, ap);
    va_end(ap);
    fault(ctx, &e);
}

/* Reads a whole file into a NUL-terminated buffer. */
static int slurp(const char *path, char **out, size_t *len, saywho_error *err) {
    return saywho__read_all(path, (size_t)UINT32_MAX - 16, out, len, err);
}

/* The first invalid UTF-8 byte of s[0, n), or n. */
static size_t utf8_invalid_at(const char *s, size_t n) {
    for (size_t i = 0; i < n;) {
        int32_t cp;
        size_t k = saywho__decode(s, n, i, &cp);
        if (cp < 0) return i;
        i += k;
    }
    return n;
}

/* ---- labeled statements ---- */

void saywho_labeled_clear(saywho_labeled_set *set) {
    for (size_t i = 0; i < set->n; i++)
        free(set->items[i].text);
    free(set->items);
    memset(set, 0, sizeof *set);
}

int saywho_labeled_read(const char *path, saywho_labeled_set *set, saywho_fault_fn fault, void *ctx,
                        saywho_error *err) {
    char *buf;
    size_t n;
    int rc = slurp(path, &buf, &n, err);
    if (rc) return rc;
    const char *file = err && err->file ? err->file : path;
    int bad = 0;
    size_t line = 0;
    size_t i = (n >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) ? 3 : 0;
    while (i < n) {
        line++;
        char *nl = memchr(buf + i, '\n', n - i);
        size_t e = nl ? (size_t)(nl - buf) : n, next = nl ? e + 1 : n;
        if (e > i && buf[e - 1] == '\r') e--;
        const char *s = buf + i;
        size_t len = e - i;
        i = next;
        if (len == 0 || s[0] == '#') continue;
        size_t blank = 0;
        while (blank < len && (s[blank] == ' ' || s[blank] == '\t'))
            blank++;
        if (blank == len) continue;
        size_t badat = utf8_invalid_at(s, len);
        if (badat < len) {
            report(fault, ctx, file, line, "invalid UTF-8 at byte %zu of the line", badat + 1);
            bad = 1;
            continue;
        }
        const char *tab = memchr(s, '\t', len);
        if (!tab) {
            report(fault, ctx, file, line, "expected LABEL<TAB>TEXT, found no tab");
            bad = 1;
            continue;
        }
        int label = saywho_stance_parse(s, (size_t)(tab - s));
        if (label < 0) {
            report(fault, ctx, file, line,
                   "unknown label '%.*s' (want demand, agreement, concern or other)",
                   (int)(tab - s > 40 ? 40 : tab - s), s);
            bad = 1;
            continue;
        }
        const char *t = tab + 1;
        size_t tl = len - (size_t)(t - s);
        while (tl && (*t == ' ' || *t == '\t'))
            t++, tl--;
        while (tl && (t[tl - 1] == ' ' || t[tl - 1] == '\t'))
            tl--;
        if (!tl) {
            report(fault, ctx, file, line, "empty statement text");
            bad = 1;
            continue;
        }
        if (memchr(t, '\t', tl)) {
            report(fault, ctx, file, line, "a tab inside the statement text");
            bad = 1;
            continue;
        }
        if (saywho__reserve((void **)&set->items, &set->cap, set->n + 1, sizeof *set->items)) {
            free(buf);
            return saywho__fail(err, SAYWHO_ENOMEM, 0, 0, 0, "out of memory");
        }
        char *copy = malloc(tl + 1);
        if (!copy) {
            free(buf);
            return saywho__fail(err, SAYWHO_ENOMEM, 0, 0, 0, "out of memory");
        }
        memcpy(copy, t, tl);
        copy[tl] = '\0';
        set->items[set->n++] = (saywho_labeled){label, copy, line};
    }
    free(buf);
    return bad ? SAYWHO_EFORMAT : SAYWHO_OK;
}

/* ---- gold articles ---- */

enum etype { E_SOURCE, E_CUE, E_CONTENT, E_ADDRESSEE, E_ATTRIBUTION, E_NTYPES };
static const char *const ETYPES[] = {"Source", "Cue", "Content", "Addressee", "Attribution"};

typedef struct entity {
    int id; /* the number of T<id> */
    int type;
    saywho_span frag[SAYWHO_MAX_FRAGMENTS];
    int n_frag;
    size_t line;
    int stance, kind, unattributed;
    size_t event;                     /* line of the event whose Content this is, or 0 */
    int source_id, cue_id, addressee; /* that event's other arguments (addressee 0: none) */
    char *note;
} entity;

typedef struct ann {
    entity *ents;
    size_t n, cap;
} ann;

static entity *find_entity(ann *a, int id) {
    for (size_t i = 0; i < a->n; i++)
        if (a->ents[i].id == id) return &a->ents[i];
    return NULL;
}

/* Parses a decimal number at *p; returns 0 and advances, or -1. */
static int parse_num(const char **p, const char *end, size_t *v) {
    const char *s = *p;
    size_t x = 0;
    if (s >= end || *s < '0' || *s > '9') return -1;
    while (s < end && *s >= '0' && *s <= '9') {
        if (x > (SIZE_MAX - 9) / 10) return -1;
        x = x * 10 + (size_t)(*s - '0');
        s++;
    }
    *p = s;
    *v = x;
    return 0;
}

/* Parses "T12" style references; returns the number or -1. */
static int parse_ref(const char *s, size_t n, char prefix) {
    if (n < 2 || s[0] != prefix) return -1;
    size_t v;
    const char *p = s + 1;
    if (parse_num(&p, s + n, &v) || p != s + n || v > 1000000) return -1;
    return (int)v;
}

/* Does a span boundary at normalised offset x split a grapheme cluster? */
static int splits_grapheme(const saywho_doc *d, size_t x) {
    if (x == 0 || x >= d->len) return 0;
    size_t j = x - 1;
    while (j > 0 && ((unsigned char)d->text[j] & 0xC0) == 0x80)
        j--;
    int32_t a, b;
    saywho__decode(d->text, d->len, j, &a);
    saywho__decode(d->text, d->len, x, &b);
    if (a < 0 || b < 0) return 0;
    return !utf8proc_grapheme_break(a, b);
}

static int is_quote(const saywho_token *t, int side) {
    return t->kind == SAYWHO_TOK_QUOTE && (t->quote & side);
}

/* A direct or partial Content fragment must open right after an opening quote mark and end
 * before a closing one (a final comma or period may stand between), or at the paragraph's end
 * for a quote that runs on into the next paragraph. */
static const char *quote_fault(const saywho_doc *d, saywho_span f, int last) {
    size_t k = saywho__token_at(d, f.start);
    if (k == 0 || k > d->n_tokens || !is_quote(&d->tokens[k - 1], SAYWHO_QUOTE_OPEN) ||
        d->tokens[k - 1].end != f.start)
        return "does not start right after an opening quote mark";
    size_t j = saywho__token_at(d, f.end);
    if (j < d->n_tokens && d->tokens[j].kind == SAYWHO_TOK_PUNCT &&
        (d->text[d->tokens[j].start] == ',' || d->text[d->tokens[j].start] == '.') &&
        d->tokens[j].end - d->tokens[j].start == 1)
        j++;
    if (j < d->n_tokens && is_quote(&d->tokens[j], SAYWHO_QUOTE_CLOSE)) return NULL;
    if (!last) /* the quote runs on: it reopens in the next paragraph */
        for (size_t p = 0; p < d->n_paras; p++)
            if (d->paras[p].end == f.end) return NULL;
    return last ? "does not end before a closing quote mark"
                : "does not end before a closing quote mark nor at a paragraph end";
}

static void ann_free(ann *a) {
    for (size_t i = 0; i < a->n; i++)
        free(a->ents[i].note);
    free(a->ents);
}

void saywho_gold_free(saywho_gold_article *g) {
    if (!g) return;
    for (size_t i = 0; i < g->n; i++) {
        free(g->statements[i].source_name);
        free(g->statements[i].addressee_name);
    }
    free(g->statements);
    saywho_doc_free(g->doc);
    free(g->name);
    free(g);
}

static char *dup_str(const char *s) {
    size_t n = strlen(s);
    char *p = malloc(n + 1);
    if (p) memcpy(p, s, n + 1);
    return p;
}

static int cmp_statements(const void *a, const void *b) {
    const saywho_gold_statement *x = a, *y = b;
    if (x->content[0].start != y->content[0].start)
        return x->content[0].start < y->content[0].start ? -1 : 1;
    return (x->content[0].end > y->content[0].end) - (x->content[0].end < y->content[0].end);
}

/* Parses one T line's type and fragments and checks them against the text. */
static int parse_entity(const saywho_doc *d, const char *file, size_t line, const char *rest,
                        const char *end, entity *e, saywho_fault_fn fault, void *ctx) {
    const char *sp = memchr(rest, ' ', (size_t)(end - rest));
    const char *tab = memchr(rest, '\t', (size_t)(end - rest));
    if (!sp || !tab || sp > tab) {
        report(fault, ctx, file, line, "expected 'TYPE START END<TAB>TEXT'");
        return -1;
    }
    e->type = parse_name(ETYPES, E_NTYPES, rest, (size_t)(sp - rest));
    if (e->type < 0) {
        report(fault, ctx, file, line, "unknown entity type '%.*s'", (int)(sp - rest), rest);
        return -1;
    }
    const char *p = sp + 1;
    size_t n_chars = saywho_doc_char_offset(d, d->orig_len);
    char joined[4096];
    size_t jl = 0;
    for (;;) {
        size_t a, b;
        if (parse_num(&p, tab, &a) || p >= tab || *p++ != ' ' || parse_num(&p, tab, &b)) {
            report(fault, ctx, file, line, "bad offsets; want 'START END' or 'S1 E1;S2 E2'");
            return -1;
        }
        if (a >= b || b > n_chars) {
            report(fault, ctx, file, line, "span %zu-%zu is %s", a, b,
                   a >= b ? "empty or reversed" : "outside the text");
            return -1;
        }
        if (e->n_frag == SAYWHO_MAX_FRAGMENTS) {
            report(fault, ctx, file, line, "more than %d fragments", SAYWHO_MAX_FRAGMENTS);
            return -1;
        }
        saywho_span f = {saywho_doc_norm_from_char(d, a), saywho_doc_norm_from_char(d, b)};
        if (splits_grapheme(d, f.start) || splits_grapheme(d, f.end)) {
            report(fault, ctx, file, line, "span %zu-%zu splits a grapheme cluster", a, b);
            return -1;
        }
        if (e->n_frag && f.start < e->frag[e->n_frag - 1].end) {
            report(fault, ctx, file, line, "fragments out of order or overlapping");
            return -1;
        }
        e->frag[e->n_frag++] = f;
        if (jl && jl < sizeof joined) joined[jl++] = ' ';
        size_t fl = f.end - f.start;
        if (jl + fl < sizeof joined) memcpy(joined + jl, d->text + f.start, fl);
        jl += fl;
        if (p == tab) break;
        if (*p++ != ';') {
            report(fault, ctx, file, line, "bad offsets; fragments are separated by ';'");
            return -1;
        }
    }
    const char *txt = tab + 1;
    size_t tl = (size_t)(end - txt);
    if (jl < sizeof joined && (tl != jl || memcmp(txt, joined, jl) != 0)) {
        report(fault, ctx, file, line, "text '%.*s' does not match the .txt there ('%.*s')",
               (int)(tl > 60 ? 60 : tl), txt, (int)(jl > 60 ? 60 : jl), joined);
        return -1;
    }
    return 0;
}

int saywho_gold_read(const char *ann_path, const saywho_text_options *opts,
                     saywho_gold_article **out, saywho_fault_fn fault, void *ctx,
                     saywho_error *err) {
    *out = NULL;
    size_t plen = strlen(ann_path);
    if (plen < 5 || strcmp(ann_path + plen - 4, ".ann") != 0)
        return saywho__fail(err, SAYWHO_EINVAL, 0, 0, 0, "not a .ann file");
    char *txt_path = malloc(plen + 1);
    if (!txt_path) return saywho__fail(err, SAYWHO_ENOMEM, 0, 0, 0, "out of memory");
    memcpy(txt_path, ann_path, plen - 4);
    memcpy(txt_path + plen - 4, ".txt", 5);

    saywho_gold_article *g = calloc(1, sizeof *g);
    char *buf = NULL;
    ann a = {0};
    int rc, bad = 0;
    if (!g) {
        free(txt_path);
        return saywho__fail(err, SAYWHO_ENOMEM, 0, 0, 0, "out of memory");
    }
    g->name = txt_path;
    saywho_error terr;
    saywho_error_clear(&terr, txt_path);
    rc = saywho_doc_read_file(txt_path, opts, &g->doc, &terr);
    if (rc) {
        if (err) {
            const char *keep = err->file;
            *err = terr;
            err->file = keep;
            snprintf(err->message, sizeof err->message, "%.100s: %.150s", txt_path, terr.message);
        }
        goto fail;
    }
    size_t n;
    rc = slurp(ann_path, &buf, &n, err);
    if (rc) goto fail;
    const char *file = err && err->file ? err->file : ann_path;
    const saywho_doc *d = g->doc;

    /* Pass 1: entities. Pass 2: events, attributes and notes, which refer to them. */
    for (int pass = 1; pass <= 2; pass++) {
        size_t line = 0;
        for (size_t i = 0; i < n;) {
            line++;
            char *nl = memchr(buf + i, '\n', n - i);
            size_t e = nl ? (size_t)(nl - buf) : n;
            const char *s = buf + i, *end = buf + (e > i && buf[e - 1] == '\r' ? e - 1 : e);
            i = nl ? e + 1 : n;
            if (end == s) continue;
            const char *tab = memchr(s, '\t', (size_t)(end - s));
            if (!tab) {
                if (pass == 1) report(fault, ctx, file, line, "no tab after the annotation id");
                bad |= pass == 1;
                continue;
            }
            if (pass == 1 && utf8_invalid_at(s, (size_t)(end - s)) < (size_t)(end - s)) {
                report(fault, ctx, file, line, "invalid UTF-8");
                bad = 1;
                continue;
            }
            const char *rest = tab + 1;
            size_t idlen = (size_t)(tab - s);
            if (s[0] == 'T') {
                if (pass == 2) continue;
                int id = parse_ref(s, idlen, 'T');
                if (id < 0 || find_entity(&a, id)) {
                    report(fault, ctx, file, line, "%s entity id '%.*s'",
                           id < 0 ? "bad" : "duplicate", (int)idlen, s);
                    bad = 1;
                    continue;
                }
                entity ent = {.id = id, .line = line, .stance = -1, .kind = -1, .event = 0};
                if (parse_entity(d, file, line, rest, end, &ent, fault, ctx)) {
                    bad = 1;
                    continue;
                }
                if (saywho__reserve((void **)&a.ents, &a.cap, a.n + 1, sizeof *a.ents)) goto nomem;
                a.ents[a.n++] = ent;
            } else if (pass == 1) {
                if (s[0] != 'E' && s[0] != 'A' && s[0] != '#') {
                    report(fault, ctx, file, line, "unsupported annotation '%.*s'", (int)idlen, s);
                    bad = 1;
                }
            } else if (s[0] == 'E') {
                /* Attribution:T4 Source:T1 Cue:T2 Content:T3 [Addressee:T5] */
                entity *role[E_NTYPES] = {0};
                int ok = 1;
                const char *p = rest;
                while (p < end && ok) {
                    const char *sp = memchr(p, ' ', (size_t)(end - p));
                    const char *we = sp ? sp : end;
                    const char *colon = memchr(p, ':', (size_t)(we - p));
                    int r = colon ? parse_name(ETYPES, E_NTYPES, p, (size_t)(colon - p)) : -1;
                    int id = colon ? parse_ref(colon + 1, (size_t)(we - colon - 1), 'T') : -1;
                    entity *t = id >= 0 ? find_entity(&a, id) : NULL;
                    if (r < 0 || !t) {
                        report(fault, ctx, file, line, "bad event argument '%.*s'", (int)(we - p),
                               p);
                        ok = 0;
                    } else if (t->type != r) {
                        report(fault, ctx, file, line, "%s role given T%d, a %s", ETYPES[r], id,
                               ETYPES[t->type]);
                        ok = 0;
                    } else if (role[r]) {
                        report(fault, ctx, file, line, "two %s arguments", ETYPES[r]);
                        ok = 0;
                    } else {
                        role[r] = t;
                    }
                    p = sp ? sp + 1 : end;
                }
                if (ok) {
                    for (int r = 0; r < E_NTYPES && ok; r++) {
                        if (r == E_ADDRESSEE || role[r]) continue;
                        report(fault, ctx, file, line, "event without a %s", ETYPES[r]);
                        ok = 0;
                    }
                }
                if (ok && (role[E_ATTRIBUTION]->n_frag != role[E_CUE]->n_frag ||
                           role[E_ATTRIBUTION]->frag[0].start != role[E_CUE]->frag[0].start ||
                           role[E_ATTRIBUTION]->frag[0].end != role[E_CUE]->frag[0].end)) {
                    report(fault, ctx, file, line, "the Attribution does not cover the Cue's span");
                    ok = 0;
                }
                if (ok && role[E_CONTENT]->event) {
                    report(fault, ctx, file, line, "T%d is the Content of two events",
                           role[E_CONTENT]->id);
                    ok = 0;
                }
                if (!ok) {
                    bad = 1;
                    continue;
                }
                entity *c = role[E_CONTENT];
                c->event = line;
                c->source_id = role[E_SOURCE]->id;
                c->cue_id = role[E_CUE]->id;
                c->addressee = role[E_ADDRESSEE] ? role[E_ADDRESSEE]->id : 0;
                if (c->unattributed) {
                    report(fault, ctx, file, line, "T%d is both attributed and Unattributed",
                           c->id);
                    bad = 1;
                }
            } else if (s[0] == 'A') {
                /* Stance T3 demand | Kind T3 direct | Unattributed T3 */
                const char *sp = memchr(rest, ' ', (size_t)(end - rest));
                const char *name = rest, *arg = sp ? sp + 1 : end;
                size_t nl2 = (size_t)((sp ? sp : end) - rest);
                const char *sp2 = memchr(arg, ' ', (size_t)(end - arg));
                const char *val = sp2 ? sp2 + 1 : NULL;
                int id = parse_ref(arg, (size_t)((sp2 ? sp2 : end) - arg), 'T');
                entity *t = id >= 0 ? find_entity(&a, id) : NULL;
                if (!t || t->type != E_CONTENT) {
                    report(fault, ctx, file, line, "attribute on '%.*s', which is not a Content",
                           (int)((sp2 ? sp2 : end) - arg), arg);
                    bad = 1;
                    continue;
                }
                if (nl2 == 6 && memcmp(name, "Stance", 6) == 0 && val) {
                    int v = saywho_stance_parse(val, (size_t)(end - val));
                    if (v < 0 || t->stance >= 0) {
                        report(fault, ctx, file, line, "%s Stance '%.*s'",
                               v < 0 ? "unknown" : "second", (int)(end - val), val);
                        bad = 1;
                    } else {
                        t->stance = v;
                    }
                } else if (nl2 == 4 && memcmp(name, "Kind", 4) == 0 && val) {
                    int v = saywho_kind_parse(val, (size_t)(end - val));
                    if (v < 0 || t->kind >= 0) {
                        report(fault, ctx, file, line, "%s Kind '%.*s'",
                               v < 0 ? "unknown" : "second", (int)(end - val), val);
                        bad = 1;
                    } else {
                        t->kind = v;
                    }
                } else if (nl2 == 12 && memcmp(name, "Unattributed", 12) == 0 && !val) {
                    if (t->event) {
                        report(fault, ctx, file, line, "T%d is both attributed and Unattributed",
                               id);
                        bad = 1;
                    }
                    t->unattributed = 1;
                } else {
                    report(fault, ctx, file, line, "unknown attribute '%.*s'", (int)nl2, name);
                    bad = 1;
                }
            } else if (s[0] == '#') {
                const char *tab2 = memchr(rest, '\t', (size_t)(end - rest));
                const char *sp = memchr(rest, ' ', (size_t)(end - rest));
                int id = (sp && tab2 && sp < tab2) ? parse_ref(sp + 1, (size_t)(tab2 - sp - 1), 'T')
                                                   : -1;
                entity *t = id >= 0 ? find_entity(&a, id) : NULL;
                if (!t || (size_t)(sp - rest) != 14 || memcmp(rest, "AnnotatorNotes", 14) != 0) {
                    report(fault, ctx, file, line, "want '#N<TAB>AnnotatorNotes T<id><TAB>NOTE'");
                    bad = 1;
                    continue;
                }
                size_t nlen = (size_t)(end - tab2 - 1);
                free(t->note);
                t->note = malloc(nlen + 1);
                if (!t->note) goto nomem;
                memcpy(t->note, tab2 + 1, nlen);
                t->note[nlen] = '\0';
            }
        }
    }

    /* Assembly: one statement per Content. */
    size_t st_cap = 0;
    for (size_t i = 0; i < a.n; i++) {
        entity *c = &a.ents[i];
        if ((c->type == E_SOURCE || c->type == E_ADDRESSEE) && (!c->note || !c->note[0])) {
            report(fault, ctx, file, c->line, "%s T%d has no AnnotatorNotes canonical name",
                   ETYPES[c->type], c->id);
            bad = 1;
        }
        if (c->type != E_CONTENT) continue;
        int ok = 1;
        if (c->stance < 0 || c->kind < 0) {
            report(fault, ctx, file, c->line, "Content T%d has no %s", c->id,
                   c->stance < 0 ? "Stance" : "Kind");
            ok = 0;
        }
        if (!c->event && !c->unattributed) {
            report(fault, ctx, file, c->line,
                   "Content T%d is in no event and not marked Unattributed", c->id);
            ok = 0;
        }
        int nfrag = c->n_frag;
        if (ok && c->kind != SAYWHO_KIND_INDIRECT) {
            for (int f = 0; f < nfrag && ok; f++) {
                const char *why = quote_fault(d, c->frag[f], f == nfrag - 1);
                if (why) {
                    report(fault, ctx, file, c->line, "%s Content T%d %s", KINDS[c->kind], c->id,
                           why);
                    ok = 0;
                }
            }
        }
        if (!ok) {
            bad = 1;
            continue;
        }
        if (saywho__reserve((void **)&g->statements, &st_cap, g->n + 1, sizeof *g->statements))
            goto nomem;
        saywho_gold_statement *st = &g->statements[g->n++];
        memset(st, 0, sizeof *st);
        st->n_content = nfrag;
        memcpy(st->content, c->frag, (size_t)nfrag * sizeof c->frag[0]);
        st->kind = c->kind;
        st->stance = c->stance;
        st->line = c->line;
        if (c->event) {
            entity *src = find_entity(&a, c->source_id);
            entity *cue = find_entity(&a, c->cue_id);
            entity *adr = c->addressee ? find_entity(&a, c->addressee) : NULL;
            st->attributed = 1;
            st->source = (saywho_span){src->frag[0].start, src->frag[src->n_frag - 1].end};
            st->cue = (saywho_span){cue->frag[0].start, cue->frag[cue->n_frag - 1].end};
            st->source_name = src->note ? dup_str(src->note) : NULL;
            if (adr) {
                st->addressee = (saywho_span){adr->frag[0].start, adr->frag[adr->n_frag - 1].end};
                st->addressee_name = adr->note ? dup_str(adr->note) : NULL;
            }
        }
    }
    if (g->n) qsort(g->statements, g->n, sizeof *g->statements, cmp_statements);
    ann_free(&a);
    free(buf);
    *out = g;
    return bad ? SAYWHO_EFORMAT : SAYWHO_OK;
nomem:
    rc = saywho__fail(err, SAYWHO_ENOMEM, 0, 0, 0, "out of memory");
fail:
    ann_free(&a);
    free(buf);
    saywho_gold_free(g);
    return rc;
}
