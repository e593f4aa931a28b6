/* Tokens of one paragraph: words, numbers, punctuation and quote marks, each with a byte span,
 * a case-folded form, and for quote marks whether they open or close. */
#include "doc.h"
#include "internal.h"

#include <string.h>
#include <utf8proc.h>

enum cls { C_SPACE, C_LETTER, C_DIGIT, C_MARK, C_PUNCT, C_OTHER };

/* Classes of the ASCII bytes, so that the common case needs no Unicode look-up. */
static unsigned char ascii_class[128];
static unsigned char word_byte[256]; /* ASCII letters and digits; 3 for capitals */

/* An internal emit() flag: the token is lower-case ASCII, its own folded form. */
#define PLAIN 0x100
static int ascii_ready;

static void init_ascii(void) {
    for (int c = 0; c < 128; c++) {
        enum cls k = C_PUNCT;
        if (c <= ' ' || c == 0x7F)
            k = C_SPACE;
        else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
            k = C_LETTER;
        else if (c >= '0' && c <= '9')
            k = C_DIGIT;
        ascii_class[c] = (unsigned char)k;
        word_byte[c] =
            (unsigned char)((k == C_LETTER || k == C_DIGIT) | (c >= 'A' && c <= 'Z') << 1);
    }
    ascii_ready = 1;
}

static enum cls classify(int32_t cp) {
    if (cp < 0x80) {
        if (cp < 0) return C_SPACE; /* before the start or after the end */
        return (enum cls)ascii_class[cp];
    }
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
        return C_LETTER;
    case UTF8PROC_CATEGORY_ND:
        return C_DIGIT;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
        return C_MARK;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC:
        return C_SPACE;
    case UTF8PROC_CATEGORY_CF:
        return cp == 0x200D ? C_MARK : C_SPACE; /* a joiner binds; other format marks do not */
    default:
        return C_PUNCT;
    }
}

static int is_upper(int32_t cp) {
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
    int c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

static int is_apostrophe(int32_t cp) {
    return cp == '\'' || cp == 0x2019 || cp == 0x02BC;
}

static int is_hyphen(int32_t cp) {
    return cp == '-' || cp == 0x2010 || cp == 0x2011;
}

/* Characters after which a straight quote opens: white space, brackets, dashes, other quotes. */
static int opens_after(int32_t cp) {
    return cp < 0 || classify(cp) == C_SPACE || cp == '(' || cp == '[' || cp == '{' ||
           cp == 0x2014 || cp == 0x2013 || cp == '-' || cp == '/' || cp == 0x201C || cp == 0x2018 ||
           cp == '"' || cp == '\'' || cp == 0xAB || cp == 0x2039 || cp == 0x201E;
}

/* The scanner's view of one paragraph. */
typedef struct scan {
    saywho_doc *doc;
    const char *s;
    size_t start, end;
    /* open quotation marks, innermost last: the opening code point of each */
    int32_t stack[64];
    int depth;
} scan;

static int32_t cp_at(const scan *sc, size_t i, size_t *len) {
    int32_t cp;
    size_t k = saywho__decode(sc->s, sc->end, i, &cp);
    if (len) *len = k;
    return cp;
}

static int32_t cp_before(const scan *sc, size_t i) {
    if (i <= sc->start) return -1;
    size_t j = i - 1;
    while (j > sc->start && ((unsigned char)sc->s[j] & 0xC0) == 0x80)
        j--;
    return cp_at(sc, j, NULL);
}

static int32_t cp_after(const scan *sc, size_t i) {
    if (i >= sc->end) return -1;
    return cp_at(sc, i, NULL);
}

static int single_open(const scan *sc) {
    for (int k = sc->depth - 1; k >= 0; k--) {
        int32_t o = sc->stack[k];
        if (o == 0x2018 || o == '\'' || o == 0x2039 || o == 0x201A) return 1;
    }
    return 0;
}

static int double_open(const scan *sc, int32_t which) {
    for (int k = sc->depth - 1; k >= 0; k--)
        if (which ? sc->stack[k] == which
                  : (sc->stack[k] == 0x201C || sc->stack[k] == '"' || sc->stack[k] == 0x201E ||
                     sc->stack[k] == 0xAB || sc->stack[k] == 0xBB || sc->stack[k] == 0x201D))
            return 1;
    return 0;
}

static void push_quote(scan *sc, int32_t cp) {
    if (sc->depth < (int)(sizeof sc->stack / sizeof sc->stack[0])) sc->stack[sc->depth++] = cp;
}

/* Pops the innermost open quote of the same family (single or double) as a closing mark. */
static void pop_quote(scan *sc, int single) {
    for (int k = sc->depth - 1; k >= 0; k--) {
        int32_t o = sc->stack[k];
        int s = o == 0x2018 || o == '\'' || o == 0x2039 || o == 0x201A;
        if (s == single) {
            sc->depth = k;
            return;
        }
    }
}

/* Abbreviations that take a period. NOEND ones (titles, "No.") never end a sentence. */
static const struct {
    const char *w;
    int noend;
} ABBREVS[] = {
    {"Mr", 1},   {"Mrs", 1},  {"Ms", 1},   {"Dr", 1},   {"Prof", 1}, {"Gen", 1},    {"Lt", 1},
    {"Col", 1},  {"Maj", 1},  {"Capt", 1}, {"Sgt", 1},  {"Cpl", 1},  {"Adm", 1},    {"Cmdr", 1},
    {"Sen", 1},  {"Rep", 1},  {"Gov", 1},  {"Rev", 1},  {"Hon", 1},  {"St", 1},     {"Mt", 1},
    {"Ft", 1},   {"No", 1},   {"Nos", 1},  {"Pres", 1}, {"Supt", 1}, {"Insp", 1},   {"Det", 1},
    {"Atty", 1}, {"Brig", 1}, {"Gens", 1}, {"Sens", 1}, {"Reps", 1}, {"Messrs", 1}, {"Mme", 1},
    {"Fig", 1},  {"Jr", 0},   {"Sr", 0},   {"Inc", 0},  {"Corp", 0}, {"Co", 0},     {"Ltd", 0},
    {"Bros", 0}, {"Jan", 0},  {"Feb", 0},  {"Apr", 0},  {"Aug", 0},  {"Sep", 0},    {"Sept", 0},
    {"Oct", 0},  {"Nov", 0},  {"Dec", 0},  {"vs", 0},   {"etc", 0},  {"approx", 0}, {"Dept", 0},
    {"Ave", 0},  {"Blvd", 0}, {"Rd", 0},   {"Univ", 0}, {"Mass", 0}, {"Calif", 0},  {"Ariz", 0},
    {"Colo", 0}, {"Conn", 0}, {"Fla", 0},  {"Ill", 0},  {"Wash", 0}, {"Mich", 0},   {"Minn", 0},
    {"Tenn", 0}, {"Va", 0},   {"est", 0},  {"Ste", 1},
};

static int abbrev_kind(const char *w, size_t n) {
    if (n > 6) return 0;
    for (size_t k = 0; k < sizeof ABBREVS / sizeof ABBREVS[0]; k++)
        if (ABBREVS[k].w[0] == w[0] && strncmp(ABBREVS[k].w, w, n) == 0 && ABBREVS[k].w[n] == '\0')
            return ABBREVS[k].noend ? 2 : 1;
    return 0;
}

/* Appends the case-folded form of text[start, end) (apostrophes made straight) to doc->folds,
 * or notes that the text is its own folded form. */
static int fold_token(saywho_doc *d, saywho_token *t) {
    const unsigned char *s = (const unsigned char *)d->text + t->start;
    size_t n = t->end - t->start, i;
    int ascii = 1, plain = 1;
    for (i = 0; i < n; i++) {
        unsigned char c = s[i];
        if (c >= 0x80) {
            ascii = 0;
            plain = 0;
            break;
        }
        if ((unsigned)(c - 'A') < 26u) plain = 0;
    }
    if (ascii && plain) {
        t->fold_in_text = 1;
        t->fold_len = (uint16_t)(n > 65535 ? 65535 : n);
        return 0;
    }
    size_t at = d->folds_len;
    if (ascii) {
        if (saywho__reserve((void **)&d->folds, &d->folds_cap, at + n, 1)) return -1;
        for (i = 0; i < n; i++)
            d->folds[at + i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
        d->folds_len += n;
    } else {
        utf8proc_ssize_t m;
        for (;;) {
            m = utf8proc_decompose(s, (utf8proc_ssize_t)n, (utf8proc_int32_t *)d->ubuf,
                                   (utf8proc_ssize_t)d->ubuf_cap,
                                   UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
            if (m < 0) return -1;
            if ((size_t)m <= d->ubuf_cap) break;
            if (saywho__reserve((void **)&d->ubuf, &d->ubuf_cap, (size_t)m, sizeof *d->ubuf))
                return -1;
        }
        m = utf8proc_normalize_utf32((utf8proc_int32_t *)d->ubuf, m,
                                     UTF8PROC_STABLE | UTF8PROC_COMPOSE);
        if (m < 0) return -1;
        if (saywho__reserve((void **)&d->folds, &d->folds_cap, at + 4 * (size_t)m, 1)) return -1;
        for (utf8proc_ssize_t k = 0; k < m; k++) {
            int32_t cp = d->ubuf[k];
            if (is_apostrophe(cp)) cp = '\'';
            d->folds_len +=
                (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)d->folds + d->folds_len);
        }
        if (d->folds_len - at == n && memcmp(d->folds + at, s, n) == 0) {
            d->folds_len = at;
            t->fold_in_text = 1;
            t->fold_len = (uint16_t)(n > 65535 ? 65535 : n);
            return 0;
        }
    }
    size_t fl = d->folds_len - at;
    t->fold = (uint32_t)at;
    t->fold_len = (uint16_t)(fl > 65535 ? 65535 : fl);
    t->fold_in_text = 0;
    return 0;
}

static int emit(scan *sc, size_t start, size_t end, int kind, int quote, int flags) {
    saywho_doc *d = sc->doc;
    if (d->n_tokens == d->tokens_cap &&
        saywho__reserve((void **)&d->tokens, &d->tokens_cap, d->n_tokens + 1, sizeof *d->tokens))
        return -1;
    saywho_token *t = &d->tokens[d->n_tokens];
    t->fold = 0;
    t->pad_ = 0;
    t->start = (uint32_t)start;
    t->end = (uint32_t)end;
    t->kind = (uint8_t)kind;
    t->quote = (uint8_t)quote;
    unsigned char b = (unsigned char)sc->s[start];
    int32_t first = b < 0x80 ? b : cp_at(sc, start, NULL);
    if (kind == SAYWHO_TOK_WORD && (is_apostrophe(first) || first == 0x2018) && end - start > 1) {
        size_t k;
        cp_at(sc, start, &k);
        first = cp_at(sc, start + k, NULL);
    }
    if (is_upper(first)) flags |= SAYWHO_TOKEN_UPPER;
    t->flags = (uint8_t)flags;
    if (flags & PLAIN) {
        t->fold_in_text = 1;
        t->fold_len = (uint16_t)(end - start > 65535 ? 65535 : end - start);
    } else if (kind == SAYWHO_TOK_WORD || kind == SAYWHO_TOK_NUMBER) {
        if (fold_token(d, t)) return -1;
    } else {
        t->fold_in_text = 1;
        t->fold_len = (uint16_t)(end - start);
    }
    d->n_tokens++;
    return 0;
}

/* Scans a word or number starting at i; returns its end and sets *flags. */
static size_t scan_word(scan *sc, size_t i, int *kind, int *flags) {
    size_t start = i, k;
    int32_t cp = cp_at(sc, i, &k);
    *kind = classify(cp) == C_DIGIT ? SAYWHO_TOK_NUMBER : SAYWHO_TOK_WORD;
    *flags = 0;
    int lead = is_apostrophe(cp) || cp == 0x2018;
    if (lead) i += k; /* '90s, 'n' */
    const unsigned char *u = (const unsigned char *)sc->s;
    const size_t end = sc->end;
    unsigned acc = 0, complex = (unsigned)lead;
    while (i < end) {
        unsigned char f;
        while (i < end && (f = word_byte[u[i]])) {
            acc |= f;
            i++;
        }
        if (i >= end) break;
        if (u[i] < 0x80) {
            if (ascii_class[u[i]] == C_SPACE) break;
            unsigned char b = u[i];
            if (b != '-' && b != '_' && b != '&' && b != '.' && b != ',' && b != ':' && b != '\'')
                break;
        }
        complex = 1;
        cp = cp_at(sc, i, &k);
        enum cls c = classify(cp);
        if (c == C_LETTER || c == C_DIGIT || c == C_MARK) {
            i += k;
            continue;
        }
        int32_t next = cp_after(sc, i + k);
        enum cls nc = next < 0 ? C_SPACE : classify(next);
        int prev_alnum = i > start;
        if ((is_hyphen(cp) || cp == '_' || cp == '&') && (nc == C_LETTER || nc == C_DIGIT) &&
            prev_alnum) {
            i += k;
            continue;
        }
        if ((cp == '.' || cp == ',' || cp == ':') && nc == C_DIGIT &&
            classify(cp_before(sc, i)) == C_DIGIT) {
            i += k; /* 3.5 1,200 2:30 */
            continue;
        }
        if (cp == '.' && (nc == C_LETTER || nc == C_DIGIT) && i - start > 1 &&
            !is_upper(next)) { /* example.com; but not "said.The" nor a.m. */
            i += k;
            continue;
        }
        if (is_apostrophe(cp) && prev_alnum) {
            if (nc == C_LETTER || nc == C_DIGIT) { /* don't, O’Brien */
                i += k;
                continue;
            }
            /* A word-final apostrophe (Philippines’, goin’) unless a single quote is open. */
            if (!single_open(sc) && cp != '\'') {
                i += k;
                continue;
            }
            if (cp == '\'' && !single_open(sc)) {
                int32_t last = cp_before(sc, i);
                if (last == 's' || last == 'S') {
                    i += k;
                    continue;
                }
            }
        }
        break;
    }
    /* Abbreviations and initials take their period. */
    if (i < sc->end && sc->s[i] == '.' && *kind == SAYWHO_TOK_WORD) {
        size_t n = i - start;
        const char *w = sc->s + start;
        int a = abbrev_kind(w, n);
        int32_t c0 = cp_at(sc, start, NULL);
        int single_letter = n == 1 && classify(c0) == C_LETTER;
        int dotted = 0;
        if (single_letter) { /* U.S. a.m. e.g. J. */
            size_t j = i;
            while (j + 2 < sc->end && sc->s[j] == '.' &&
                   classify(cp_at(sc, j + 1, NULL)) == C_LETTER &&
                   ((unsigned char)sc->s[j + 1] < 0x80) && sc->s[j + 2] == '.')
                j += 2, dotted = 1;
            if (dotted) {
                *flags |= SAYWHO_TOKEN_ABBREV;
                return j + 1;
            }
            if (is_upper(c0)) {
                *flags |= SAYWHO_TOKEN_ABBREV | SAYWHO_TOKEN_NOEND;
                return i + 1;
            }
        }
        if (a) {
            *flags |= SAYWHO_TOKEN_ABBREV | (a == 2 ? SAYWHO_TOKEN_NOEND : 0);
            return i + 1;
        }
    }
    if (!complex && !(acc & 2)) *flags |= PLAIN;
    return i;
}

int saywho__tokenize(saywho_doc *d, size_t start, size_t end) {
    if (!ascii_ready) init_ascii();
    scan sc = {.doc = d, .s = d->text, .start = start, .end = end, .depth = 0};
    const unsigned char *u = (const unsigned char *)d->text;
    size_t i = start, k;
    int space = 1;
    while (i < end) {
        int32_t cp;
        if (u[i] < 0x80) {
            cp = u[i];
            k = 1;
        } else {
            cp = cp_at(&sc, i, &k);
        }
        enum cls c = classify(cp);
        if (c == C_SPACE) {
            space = 1;
            i += k;
            continue;
        }
        int flags = space ? SAYWHO_TOKEN_SPACE_BEFORE : 0;
        space = 0;
        if (c == C_LETTER || c == C_DIGIT || c == C_MARK) {
            int kind, wf;
            size_t e = scan_word(&sc, i, &kind, &wf);
            if (emit(&sc, i, e, kind, 0, flags | wf)) return -1;
            i = e;
            continue;
        }
        if (cp < 0x80 && cp != '"' && cp != '\'' && cp != '.' && cp != '-' && cp != '?' &&
            cp != '!') {
            if (emit(&sc, i, i + 1, SAYWHO_TOK_PUNCT, 0, flags)) return -1;
            i++;
            continue;
        }
        int32_t prev = cp_before(&sc, i), next = cp_after(&sc, i + k);
        enum cls nc = next < 0 ? C_SPACE : classify(next);
        int open_ctx = opens_after(prev), close_ctx = next < 0 || nc == C_SPACE || nc == C_PUNCT;
        int q = 0;

        /* Apostrophes that begin a word: ’90s '90s rock 'n' roll */
        if (is_apostrophe(cp) || cp == 0x2018) {
            int32_t n2 = next >= 0 ? cp_after(&sc, i + k + (size_t)(next < 0x80 ? 1 : 0)) : -1;
            int decade = nc == C_DIGIT && classify(n2) == C_DIGIT && open_ctx;
            int n_word = (next == 'n' || next == 'N') && is_apostrophe(n2) && open_ctx;
            if (decade || n_word) {
                int kind, wf;
                size_t e = scan_word(&sc, i, &kind, &wf);
                size_t ak;
                if (n_word && e < end && is_apostrophe(cp_at(&sc, e, &ak))) e += ak;
                if (emit(&sc, i, e, decade ? SAYWHO_TOK_NUMBER : SAYWHO_TOK_WORD, 0, flags | wf))
                    return -1;
                i = e;
                continue;
            }
        }
        switch (cp) {
        case 0x201C: /* “ opens, or closes „ (German) or a quote it already opened */
            if (double_open(&sc, 0x201E) || (!open_ctx && close_ctx && double_open(&sc, 0x201C)))
                q = SAYWHO_QUOTE_CLOSE;
            else
                q = SAYWHO_QUOTE_OPEN;
            break;
        case 0x201D: /* ” closes; Swedish style opens with it too */
            q = (open_ctx && !close_ctx && !double_open(&sc, 0)) ? SAYWHO_QUOTE_OPEN
                                                                 : SAYWHO_QUOTE_CLOSE;
            break;
        case 0x201E:
            q = SAYWHO_QUOTE_OPEN;
            break;
        case 0xAB: /* « opens, or closes a Danish »…« */
            q = double_open(&sc, 0xBB) && !double_open(&sc, 0xAB) ? SAYWHO_QUOTE_CLOSE
                                                                  : SAYWHO_QUOTE_OPEN;
            break;
        case 0xBB:
            q = double_open(&sc, 0xAB) || !(open_ctx && !close_ctx) ? SAYWHO_QUOTE_CLOSE
                                                                    : SAYWHO_QUOTE_OPEN;
            break;
        case '"':
            if (open_ctx && !close_ctx)
                q = SAYWHO_QUOTE_OPEN;
            else if (!open_ctx && close_ctx)
                q = SAYWHO_QUOTE_CLOSE;
            else
                q = double_open(&sc, '"') ? SAYWHO_QUOTE_CLOSE : SAYWHO_QUOTE_OPEN;
            break;
        case 0x2018:
        case 0x201A:
        case 0x2039:
            q = SAYWHO_QUOTE_OPEN | SAYWHO_QUOTE_SINGLE;
            if (cp == 0x2039 && !(open_ctx && !close_ctx) && single_open(&sc))
                q = SAYWHO_QUOTE_CLOSE | SAYWHO_QUOTE_SINGLE;
            break;
        case 0x203A:
            q = SAYWHO_QUOTE_CLOSE | SAYWHO_QUOTE_SINGLE;
            break;
        case 0x2019:
        case '\'':
            if (open_ctx && !close_ctx && !single_open(&sc))
                q = SAYWHO_QUOTE_OPEN | SAYWHO_QUOTE_SINGLE;
            else if (single_open(&sc))
                q = SAYWHO_QUOTE_CLOSE | SAYWHO_QUOTE_SINGLE;
            else if (open_ctx && !close_ctx)
                q = SAYWHO_QUOTE_OPEN | SAYWHO_QUOTE_SINGLE;
            break;
        default:
            break;
        }
        if (q) {
            if (q & SAYWHO_QUOTE_OPEN)
                push_quote(&sc, cp);
            else
                pop_quote(&sc, (q & SAYWHO_QUOTE_SINGLE) != 0);
            if (emit(&sc, i, i + k, SAYWHO_TOK_QUOTE, q, flags)) return -1;
            i += k;
            continue;
        }
        /* Punctuation: runs of periods and of dashes are one token. */
        size_t e = i + k;
        if (cp == '.' || cp == '-') {
            while (e < end && sc.s[e] == (char)cp)
                e++;
        }
        if (cp == '.' || cp == '?' || cp == '!' || cp == 0x2026) flags |= SAYWHO_TOKEN_TERMINAL;
        if (emit(&sc, i, e, SAYWHO_TOK_PUNCT, 0, flags)) return -1;
        i = e;
    }
    return 0;
}
