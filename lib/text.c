/* Reading, UTF-8 validation, NFC normalisation with an offset map back to the original bytes. */
#include "doc.h"
#include "internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* Largest input whose offsets fit the uint32_t fields of the structs. */
#define SAYWHO_MAX_BYTES ((size_t)UINT32_MAX - 16)

size_t saywho__decode(const char *s, size_t n, size_t i, int32_t *cp) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    utf8proc_int32_t v;
    utf8proc_ssize_t k =
        utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &v);
    if (k <= 0) {
        *cp = -1;
        return 1;
    }
    *cp = v;
    return (size_t)k;
}

/* A safe place to cut the text for NFC: the code point starts a new composition unit (it has
 * combining class 0, is no mark and no Hangul vowel or trailing consonant that composes backward).
 */
static int nfc_boundary(int32_t cp) {
    if (cp < 0x80) return 1;
    if (cp >= 0x1160 && cp <= 0x11FF) return 0;
    const utf8proc_property_t *p = utf8proc_get_property(cp);
    if (p->combining_class != 0) return 0;
    return p->category != UTF8PROC_CATEGORY_MN && p->category != UTF8PROC_CATEGORY_MC &&
           p->category != UTF8PROC_CATEGORY_ME;
}

static int push_anchor(saywho_doc *d, size_t norm, size_t orig, int linear) {
    if (d->n_anchors) {
        saywho_anchor *last = &d->anchors[d->n_anchors - 1];
        if (last->norm == norm) { /* a later anchor at the same place wins */
            last->orig = (uint32_t)orig;
            last->linear = (uint32_t)linear;
            return 0;
        }
        if (linear && last->linear && last->orig + (norm - last->norm) == orig) return 0;
    }
    if (saywho__reserve((void **)&d->anchors, &d->anchors_cap, d->n_anchors + 1,
                        sizeof *d->anchors))
        return -1;
    d->anchors[d->n_anchors++] = (saywho_anchor){(uint32_t)norm, (uint32_t)orig, (uint32_t)linear};
    return 0;
}

/* Appends n bytes to the normalised text. Until the first byte that differs from the input, the
 * text is the input itself (most articles need no change), and appending only counts. */
static int out_bytes(saywho_doc *d, const char *s, size_t n) {
    if (!d->text_owned) {
        if (s == d->text + d->len) {
            d->len += n;
            return 0;
        }
        size_t cap = d->orig_len + d->orig_len / 8 + n + 16;
        char *t = malloc(cap);
        if (!t) return -1;
        memcpy(t, d->text, d->len);
        d->text = t;
        d->text_cap = cap;
        d->text_owned = 1;
    }
    if (saywho__reserve((void **)&d->text, &d->text_cap, d->len + n + 1, 1)) return -1;
    memcpy(d->text + d->len, s, n);
    d->len += n;
    return 0;
}

/* Writes the NFC form of orig[s, e) (one composition unit or a few) and anchors it. */
static int out_normalised(saywho_doc *d, size_t s, size_t e) {
    const utf8proc_uint8_t *src = (const utf8proc_uint8_t *)d->orig + s;
    utf8proc_ssize_t n;
    for (;;) {
        n = utf8proc_decompose(src, (utf8proc_ssize_t)(e - s), (utf8proc_int32_t *)d->ubuf,
                               (utf8proc_ssize_t)d->ubuf_cap, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
        if (n < 0) return -1;
        if ((size_t)n <= d->ubuf_cap) break;
        if (saywho__reserve((void **)&d->ubuf, &d->ubuf_cap, (size_t)n, sizeof *d->ubuf)) return -1;
    }
    n = utf8proc_normalize_utf32((utf8proc_int32_t *)d->ubuf, n,
                                 UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    if (n < 0) return -1;
    if (saywho__reserve((void **)&d->scratch, &d->scratch_cap, 4 * (size_t)n, 1)) return -1;
    size_t m = 0;
    for (utf8proc_ssize_t i = 0; i < n; i++)
        m += (size_t)utf8proc_encode_char(d->ubuf[i], (utf8proc_uint8_t *)d->scratch + m);
    if (m == e - s && memcmp(d->scratch, d->orig + s, m) == 0) return out_bytes(d, d->orig + s, m);
    size_t before = d->len;
    if (out_bytes(d, d->scratch, m)) return -1;
    if (push_anchor(d, before, s, 0) || push_anchor(d, d->len, e, 1)) return -1;
    return 0;
}

static int normalise(saywho_doc *d, int repair, saywho_error *err) {
    const char *o = d->orig;
    size_t n = d->orig_len, i = 0;
    if (n >= 3 && memcmp(o, "\xEF\xBB\xBF", 3) == 0) i = 3;
    if (push_anchor(d, 0, i, 1)) goto nomem;
    d->text = d->orig + i; /* an alias until the first change, see out_bytes */
    d->text_owned = 0;
    while (i < n) {
        unsigned char c = (unsigned char)o[i];
        if (c < 0x80) {
            /* Copy a run of ASCII, leaving the last byte out when a mark may follow it. */
            size_t j = i;
            /* eight bytes at a time until one has its high bit set or is a CR */
            while (j + 8 <= n) {
                uint64_t w;
                memcpy(&w, o + j, 8);
                uint64_t cr = w ^ 0x0D0D0D0D0D0D0D0DULL;
                uint64_t m = (w | ((cr - 0x0101010101010101ULL) & ~cr)) & 0x8080808080808080ULL;
                if (m) {
#if defined(__GNUC__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
                    j += (size_t)__builtin_ctzll(m) >> 3; /* the first such byte */
#endif
                    break;
                }
                j += 8;
            }
            while (j < n && (unsigned char)o[j] < 0x80 && o[j] != '\r')
                j++;
            if (j < n && (unsigned char)o[j] >= 0x80 && j > i) j--;
            if (j > i) {
                if (out_bytes(d, o + i, j - i)) goto nomem;
                i = j;
                continue;
            }
            if (c == '\r') {
                int crlf = i + 1 < n && o[i + 1] == '\n';
                if (out_bytes(d, "\n", 1)) goto nomem;
                if (crlf && (push_anchor(d, d->len - 1, i, 0) || push_anchor(d, d->len, i + 2, 1)))
                    goto nomem;
                i += crlf ? 2 : 1;
                continue;
            }
        }
        /* A composition unit: this code point and every one after it up to the next boundary. */
        size_t s = i, e = i;
        int simple = 1, bad = 0;
        int32_t cp;
        size_t k = saywho__decode(o, n, e, &cp);
        if (cp < 0) {
            bad = 1;
        } else {
            e += k;
            if (cp >= 0x80) {
                const utf8proc_property_t *p = utf8proc_get_property(cp);
                if (p->decomp_seqindex != UINT16_MAX && !p->decomp_type) simple = 0;
                if (p->combining_class || !nfc_boundary(cp)) simple = 0;
            }
            while (e < n) {
                int32_t next;
                size_t kk = saywho__decode(o, n, e, &next);
                if (next < 0 || nfc_boundary(next)) break;
                simple = 0;
                e += kk;
            }
        }
        if (bad) {
            if (!repair) {
                return saywho__fail(err, SAYWHO_EUTF8, 0, i, 1,
                                    "invalid UTF-8 (byte 0x%02X); use --repair to replace it", c);
            }
            if (!d->repairs) d->first_repair = i;
            d->repairs++;
            size_t before = d->len;
            if (out_bytes(d, "\xEF\xBF\xBD", 3)) goto nomem;
            if (push_anchor(d, before, i, 0) || push_anchor(d, d->len, i + 1, 1)) goto nomem;
            i++;
            continue;
        }
        if (simple) {
            if (out_bytes(d, o + s, e - s)) goto nomem;
        } else if (out_normalised(d, s, e)) {
            goto nomem;
        }
        i = e;
        if (d->len > SAYWHO_MAX_BYTES)
            return saywho__fail(err, SAYWHO_ETOOBIG, 0, 0, 0, "normalised text exceeds 4 GiB");
    }
    if (d->text_owned) d->text[d->len] = '\0'; /* an alias ends where the input does, at its NUL */
    return SAYWHO_OK;
nomem:
    return saywho__fail(err, SAYWHO_ENOMEM, 0, 0, 0, "out of memory");
}

static int build_checkpoints(saywho_doc *d) {
    d->n_ckpt = d->orig_len / SAYWHO_CKPT + 1;
    d->ckpt = malloc(d->n_ckpt * sizeof *d->ckpt);
    if (!d->ckpt) return -1;
    uint32_t count = 0;
    for (size_t k = 0; k < d->n_ckpt; k++) {
        d->ckpt[k] = count;
        size_t s = k * SAYWHO_CKPT, e = s + SAYWHO_CKPT;
        if (e > d->orig_len) e = d->orig_len;
        for (size_t i = s; i < e; i++)
            count += ((unsigned char)d->orig[i] & 0xC0) != 0x80;
    }
    return 0;
}

void saywho_doc_free(saywho_doc *d) {
    if (!d) return;
    free(d->orig);
    if (d->text_owned) free(d->text);
    free(d->scratch);
    free(d->anchors);
    free(d->ckpt);
    free(d->tokens);
    free(d->sents);
    free(d->paras);
    free(d->folds);
    free(d->ubuf);
    free(d);
}

/* Takes ownership of bytes (malloc'd, len bytes plus room for a NUL). */
static int doc_from_owned(char *bytes, size_t len, const saywho_text_options *opts,
                          saywho_doc **out, saywho_error *err) {
    saywho_text_options defaults = {0, SAYWHO_PARA_AUTO};
    if (!opts) opts = &defaults;
    *out = NULL;
    if (len > SAYWHO_MAX_BYTES) {
        free(bytes);
        return saywho__fail(err, SAYWHO_ETOOBIG, 0, 0, 0, "input exceeds 4 GiB");
    }
    saywho_doc *d = calloc(1, sizeof *d);
    if (!d) {
        free(bytes);
        return saywho__fail(err, SAYWHO_ENOMEM, 0, 0, 0, "out of memory");
    }
    d->orig = bytes;
    d->orig_len = len;
    int rc = normalise(d, opts->repair, err);
    if (rc == SAYWHO_OK && build_checkpoints(d))
        rc = saywho__fail(err, SAYWHO_ENOMEM, 0, 0, 0, "out of memory");
    if (rc == SAYWHO_OK) {
        rc = saywho__segment(d, opts->paragraphs);
        if (rc) saywho__fail(err, rc, 0, 0, 0, "%s", saywho_strerror(rc));
    }
    if (rc != SAYWHO_OK) {
        saywho_doc_free(d);
        return rc;
    }
    *out = d;
    return SAYWHO_OK;
}

int saywho_doc_new(const char *bytes, size_t len, const saywho_text_options *opts, saywho_doc **out,
                   saywho_error *err) {
    if (!out || (!bytes && len))
        return saywho__fail(err, SAYWHO_EINVAL, 0, 0, 0, "invalid argument");
    char *copy = malloc(len + 1);
    if (!copy) {
        *out = NULL;
        return saywho__fail(err, SAYWHO_ENOMEM, 0, 0, 0, "out of memory");
    }
    if (len) memcpy(copy, bytes, len);
    copy[len] = '\0';
    return doc_from_owned(copy, len, opts, out, err);
}

int saywho_doc_read_file(const char *path, const saywho_text_options *opts, saywho_doc **out,
                         saywho_error *err) {
    *out = NULL;
    char *buf;
    size_t len;
    int rc = saywho__read_all(path, SAYWHO_MAX_BYTES, &buf, &len, err);
    if (rc != SAYWHO_OK) return rc;
    return doc_from_owned(buf, len, opts, out, err);
}

const char *saywho_doc_text(const saywho_doc *d, size_t *len) {
    if (len) *len = d->len;
    return d->text;
}

const char *saywho_doc_original(const saywho_doc *d, size_t *len) {
    if (len) *len = d->orig_len;
    return d->orig;
}

size_t saywho_doc_repairs(const saywho_doc *d, size_t *first_byte) {
    if (first_byte) *first_byte = d->first_repair;
    return d->repairs;
}

size_t saywho_doc_orig_offset(const saywho_doc *d, size_t x) {
    if (x > d->len) x = d->len;
    size_t lo = 0, hi = d->n_anchors;
    while (hi - lo > 1) { /* the last anchor with norm <= x */
        size_t mid = (lo + hi) / 2;
        if (d->anchors[mid].norm <= x)
            lo = mid;
        else
            hi = mid;
    }
    const saywho_anchor *a = &d->anchors[lo];
    size_t o = a->linear ? a->orig + (x - a->norm) : a->orig;
    return o > d->orig_len ? d->orig_len : o;
}

size_t saywho_doc_char_offset(const saywho_doc *d, size_t b) {
    if (b > d->orig_len) b = d->orig_len;
    size_t k = b / SAYWHO_CKPT;
    size_t count = d->ckpt[k];
    for (size_t i = k * SAYWHO_CKPT; i < b; i++)
        count += ((unsigned char)d->orig[i] & 0xC0) != 0x80;
    return count;
}

size_t saywho_doc_norm_from_char(const saywho_doc *d, size_t c) {
    /* Character index to original byte: the last checkpoint at or before it, then a scan. */
    size_t lo = 0, hi = d->n_ckpt;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (d->ckpt[mid] <= c)
            lo = mid;
        else
            hi = mid;
    }
    size_t b = lo * SAYWHO_CKPT, count = d->ckpt[lo];
    while (b < d->orig_len) {
        if (((unsigned char)d->orig[b] & 0xC0) != 0x80) {
            if (count == c) break;
            count++;
        }
        b++;
    }
    /* Original byte to normalised: the last anchor whose orig <= b. */
    lo = 0;
    hi = d->n_anchors;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (d->anchors[mid].orig <= b)
            lo = mid;
        else
            hi = mid;
    }
    const saywho_anchor *a = &d->anchors[lo];
    size_t x = a->linear ? a->norm + (b - a->orig) : a->norm;
    if (lo + 1 < d->n_anchors && x > d->anchors[lo + 1].norm) x = d->anchors[lo + 1].norm;
    return x > d->len ? d->len : x;
}

const saywho_token *saywho_doc_tokens(const saywho_doc *d, size_t *n) {
    *n = d->n_tokens;
    return d->tokens;
}

const saywho_sentence *saywho_doc_sentences(const saywho_doc *d, size_t *n) {
    *n = d->n_sents;
    return d->sents;
}

const saywho_paragraph *saywho_doc_paragraphs(const saywho_doc *d, size_t *n) {
    *n = d->n_paras;
    return d->paras;
}

const char *saywho_doc_token_fold(const saywho_doc *d, const saywho_token *t, size_t *len) {
    *len = t->fold_len;
    return t->fold_in_text ? d->text + t->start : d->folds + t->fold;
}

const char *saywho_doc_token_text(const saywho_doc *d, const saywho_token *t, size_t *len) {
    *len = t->end - t->start;
    return d->text + t->start;
}

const char *saywho_token_kind_name(int kind) {
    switch (kind) {
    case SAYWHO_TOK_WORD:
        return "word";
    case SAYWHO_TOK_NUMBER:
        return "number";
    case SAYWHO_TOK_PUNCT:
        return "punct";
    case SAYWHO_TOK_QUOTE:
        return "quote";
    default:
        return "?";
    }
}

size_t saywho__token_at(const saywho_doc *d, size_t x) {
    size_t lo = 0, hi = d->n_tokens;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->tokens[mid].start < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
