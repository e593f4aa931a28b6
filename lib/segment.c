/* Paragraphs and sentences. Paragraphs come from line structure; sentences from the tokens of a
 * paragraph, so that abbreviations, numbers and quote marks are already resolved. */
#include "doc.h"
#include "internal.h"
#include "lexicon.h"

#include <string.h>

/* Words that start a sentence after an abbreviation that can also end one (Inc. Jr. U.S.). */
static const char *const STARTERS[] = {
    "the",   "a",      "an",      "he",        "she",  "it",   "they",    "we",    "i",
    "you",   "in",     "but",     "and",       "this", "that", "these",   "those", "there",
    "his",   "her",    "their",   "its",       "our",  "on",   "at",      "for",   "as",
    "after", "before", "when",    "while",     "if",   "some", "many",    "most",  "no",
    "yet",   "still",  "however", "meanwhile", "also", "last", "earlier", "later", "officials",
    "asked", "other",  "both",    "neither",   "one",  "two",  "three",   "mr.",   "mrs.",
    "ms.",   "dr.",    "shares",  "analysts",  NULL};

/* Verbs that follow a speaker right after a quote ending in ? or !, so that
 * “Why now?” Okafor asked. stays one sentence. */
static const char *const SPEECH[] = {
    "said",    "says",      "asked",    "asks",      "told",     "added",    "replied",   "wrote",
    "shouted", "continued", "insisted", "exclaimed", "demanded", "wondered", "countered", "noted",
    "argued",  "cried",     "recalled", "warned",    "declared", NULL};

static int fold_in(const saywho_doc *d, const saywho_token *t, const char *const *list) {
    size_t n;
    const char *w = saywho_doc_token_fold(d, t, &n);
    return saywho__in_list(w, n, list);
}

static int push_sentence(saywho_doc *d, size_t tb, size_t te, size_t para) {
    if (saywho__reserve((void **)&d->sents, &d->sents_cap, d->n_sents + 1, sizeof *d->sents))
        return -1;
    d->sents[d->n_sents++] = (saywho_sentence){d->tokens[tb].start, d->tokens[te - 1].end,
                                               (uint32_t)tb, (uint32_t)te, (uint32_t)para};
    return 0;
}

static int is_closer(const saywho_token *t) {
    return t->kind == SAYWHO_TOK_QUOTE && (t->quote & SAYWHO_QUOTE_CLOSE);
}

static int is_close_bracket(const saywho_doc *d, const saywho_token *t) {
    char c = d->text[t->start];
    return t->kind == SAYWHO_TOK_PUNCT && t->end - t->start == 1 &&
           (c == ')' || c == ']' || c == '}');
}

static int is_open_bracket(const saywho_doc *d, const saywho_token *t) {
    char c = d->text[t->start];
    return t->kind == SAYWHO_TOK_PUNCT && t->end - t->start == 1 && (c == '(' || c == '[');
}

static int is_ellipsis(const saywho_doc *d, const saywho_token *t) {
    return t->end - t->start >= 3 &&
           (d->text[t->start] == '.' || (unsigned char)d->text[t->start] == 0xE2);
}

/* Does a sentence end after token i? Sets *last to the final token of the sentence (closing quote
 * marks and brackets after the terminal belong to it). */
static int ends_after(const saywho_doc *d, size_t i, size_t te, size_t *last) {
    const saywho_token *tk = d->tokens, *t = &tk[i];
    int terminal = (t->flags & SAYWHO_TOKEN_TERMINAL) != 0;
    int abbrev = (t->flags & SAYWHO_TOKEN_ABBREV) && !(t->flags & SAYWHO_TOKEN_NOEND);
    if (!terminal && !abbrev) return 0;
    size_t j = i + 1;
    int closed = 0;
    while (j < te &&
           (is_closer(&tk[j]) || is_close_bracket(d, &tk[j]) ||
            (tk[j].flags & SAYWHO_TOKEN_TERMINAL && !(tk[j].flags & SAYWHO_TOKEN_SPACE_BEFORE)))) {
        if (tk[j].kind == SAYWHO_TOK_QUOTE) closed = 1;
        j++;
    }
    *last = j - 1;
    if (j >= te) return 1;
    const saywho_token *n = &tk[j];
    int opener =
        (n->kind == SAYWHO_TOK_QUOTE && (n->quote & SAYWHO_QUOTE_OPEN)) || is_open_bracket(d, n);
    int upper = (n->flags & SAYWHO_TOKEN_UPPER) != 0;
    if (!(n->flags & SAYWHO_TOKEN_SPACE_BEFORE) && !closed) return 0; /* "3.5" style joins */
    if (abbrev && !terminal) return upper && fold_in(d, n, STARTERS);
    if (is_ellipsis(d, t)) return upper || opener;
    if (opener || n->kind == SAYWHO_TOK_NUMBER) return 1;
    if (!upper) return 0;
    char c = d->text[t->start];
    if ((c == '?' || c == '!') && closed) {
        /* “Why now?” Okafor asked. — a speech verb within the next three tokens keeps it one. */
        for (size_t k = j + 1; k < te && k <= j + 3; k++) {
            if (tk[k].flags & SAYWHO_TOKEN_TERMINAL) break;
            if (fold_in(d, &tk[k], SPEECH)) return 0;
        }
    }
    return 1;
}

static int split_sentences(saywho_doc *d, size_t tb, size_t te, size_t para) {
    size_t s = tb;
    for (size_t i = tb; i < te; i++) {
        size_t last;
        if (ends_after(d, i, te, &last)) {
            if (push_sentence(d, s, last + 1, para)) return -1;
            s = last + 1;
            i = last;
        }
    }
    if (s < te && push_sentence(d, s, te, para)) return -1;
    return 0;
}

static int is_blank(const char *s, size_t a, size_t b) {
    for (size_t i = a; i < b; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\f' && s[i] != '\v') return 0;
    return 1;
}

static int add_paragraph(saywho_doc *d, size_t s, size_t e) {
    size_t tb = d->n_tokens, sb = d->n_sents;
    if (saywho__tokenize(d, s, e)) return -1;
    size_t te = d->n_tokens;
    if (te == tb) return 0;
    size_t para = d->n_paras;
    if (split_sentences(d, tb, te, para)) return -1;
    if (saywho__reserve((void **)&d->paras, &d->paras_cap, d->n_paras + 1, sizeof *d->paras))
        return -1;
    d->paras[d->n_paras++] =
        (saywho_paragraph){d->tokens[tb].start,  d->tokens[te - 1].end, (uint32_t)sb,
                           (uint32_t)d->n_sents, (uint32_t)tb,          (uint32_t)te};
    return 0;
}

int saywho__segment(saywho_doc *d, saywho_para_mode mode) {
    const char *s = d->text;
    size_t n = d->len;
    /* News prose runs about five bytes a token: reserve once rather than grow many times. */
    if (saywho__reserve((void **)&d->tokens, &d->tokens_cap, n / 5 + 16, sizeof *d->tokens))
        return SAYWHO_ENOMEM;
    if (mode == SAYWHO_PARA_AUTO) {
        /* A blank line between two lines of text means blank-line paragraphs. */
        int seen_text = 0, blank_after_text = 0;
        mode = SAYWHO_PARA_LINE;
        for (size_t i = 0; i < n;) {
            const char *nl = memchr(s + i, '\n', n - i);
            size_t e = nl ? (size_t)(nl - s) : n;
            if (is_blank(s, i, e)) {
                if (seen_text) blank_after_text = 1;
            } else {
                if (blank_after_text) {
                    mode = SAYWHO_PARA_BLANK;
                    break;
                }
                seen_text = 1;
            }
            i = e + 1;
        }
    }
    size_t ps = 0;
    int in_para = 0;
    for (size_t i = 0; i <= n;) {
        const char *nl = i < n ? memchr(s + i, '\n', n - i) : NULL;
        size_t e = nl ? (size_t)(nl - s) : n;
        int blank = is_blank(s, i, e);
        if (mode == SAYWHO_PARA_LINE) {
            if (!blank && add_paragraph(d, i, e)) return SAYWHO_ENOMEM;
        } else if (!blank && !in_para) {
            ps = i;
            in_para = 1;
        } else if (blank && in_para) {
            if (add_paragraph(d, ps, i)) return SAYWHO_ENOMEM;
            in_para = 0;
        }
        if (e >= n) break;
        i = e + 1;
    }
    if (in_para && add_paragraph(d, ps, n)) return SAYWHO_ENOMEM;
    return SAYWHO_OK;
}
