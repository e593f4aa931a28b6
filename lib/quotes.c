/* Statement extraction and speaker attribution: a sieve of high-precision rules over tokens.
 *
 * 1. Quote spans: top-level quotation marks paired within a paragraph; a paragraph that ends
 *    inside a quote continues into the next paragraph when that one opens with a quote mark.
 * 2. Attribution of each quote: a cue right after it ("…,” Okafor said), before it in its
 *    sentence ("Okafor said: “…”", "told Lindqvist the EU should “…”"), a colon after the
 *    speaker, a quote split by its attribution, or a floating quote that continues the speaker
 *    of the statement before it. Otherwise it is reported unattributed; short quoted terms
 *    without a cue are not statements.
 * 3. Reported speech: a cue verb with a complement clause ("said that…", "told X the…",
 *    "urged X to…", "according to X, …", "…, X said.").
 * 4. Names, resolved in document order once every statement is found (speakers.c): a mention
 *    takes the fullest name the article gives (Okafor -> Adaeze Okafor), "the ministry" the
 *    organisation named before, "the judge" the person with that title, a pronoun the last
 *    fitting person or organisation. */
#include "extract.h"

#include <stdlib.h>
#include <stdint.h>
#include <string.h>

/* ---- statements ---- */

/* Appends a statement and its pending attribution; returns its index or -1. */
static long new_statement(ex *x, const saywho_statement *s, const pending *p) {
    if (saywho__reserve((void **)&x->st, &x->cap, x->n + 1, sizeof *x->st) ||
        saywho__reserve((void **)&x->pend, &x->pend_cap, x->n + 1, sizeof *x->pend))
        return -1;
    x->st[x->n] = *s;
    x->pend[x->n] = *p;
    return (long)x->n++;
}

/* Records mention m as the speaker of a statement being built; names are resolved later. */
static int attribute(const ex *x, saywho_statement *s, pending *p, mention m) {
    if (!m.kind) return 0;
    s->source = tok_span(x, m.b, m.e);
    p->m = m;
    return 1;
}

static void addressee(const ex *x, saywho_statement *s, pending *p, mention m) {
    if (!m.kind || m.kind == 3) return;
    /* "told reporters at the shipyard gate": the place is where, not whom */
    size_t end = m.ce > m.e ? m.ce : m.e;
    for (size_t i = m.b + 1; i < end; i++)
        if (in(x, i - 1, SAYWHO_GROUPS) &&
            (is(x, i, "at") || is(x, i, "in") || is(x, i, "outside") || is(x, i, "near") ||
             is(x, i, "during") || is(x, i, "after"))) {
            m.e = m.ne = i;
            m.ce = 0;
            break;
        }
    s->addressee = tok_span(x, m.b, m.e);
    p->ad = m;
}

/* ---- quotes ---- */

typedef struct quote {
    size_t open, close; /* tokens of the marks; close == open for a quote that runs on */
    size_t cb, ce;      /* content tokens */
    int runs_on;        /* the paragraph ends inside it */
} quote;

/* Content span of tokens [b, e) of a quote, without a final comma or period inside the marks. */
static saywho_span quote_content(const ex *x, size_t b, size_t e, int runs_on) {
    if (!runs_on && e > b && (is_punct(x, e - 1, ',') || is_punct(x, e - 1, '.'))) e--;
    return tok_span(x, b, e);
}

/* Finds the cue in tokens [b, e) scanning right, or e. */
static size_t find_cue(const ex *x, size_t b, size_t e, size_t *len) {
    for (size_t i = b; i < e; i++) {
        if (x->quoted[i]) continue;
        size_t n = cue_at(x, i);
        if (n) {
            *len = n;
            return i;
        }
    }
    return e;
}

/* Sets speaker and cue from an attribution "X said" / "said X" found in tokens [b, e) after a
 * quote. Returns 1 when found. */
static int attribution_after(ex *x, saywho_statement *s, pending *p, size_t b, size_t e) {
    size_t len = 0;
    while (b < e && (is_punct(x, b, ',') || is_dash(x, b)))
        b++;
    /* room for an appositive: "…,” Dr. Binod Karki, who runs the snakebite unit at a public
     * hospital in Bharatpur, said by telephone." */
    size_t limit = b + 30 < e ? b + 30 : e;
    for (size_t i = b; i < limit; i++)
        if (is_open(x, i) || x->t[i].flags & SAYWHO_TOKEN_TERMINAL) {
            limit = i;
            break;
        }
    size_t c = find_cue(x, b, limit, &len);
    if (c == limit) return 0;
    /* "…,” Okafor said" names the speaker before the cue; "…,” said Okafor" after it */
    mention m = c > b ? saywho__mention_before(x, b, c) : saywho__mention_after(x, c + len, e);
    /* "…,” said Okafor" names the speaker after the cue, "…,” X told Wire" never does */
    if (!m.kind && c > b && !in(x, c, OBJECT_CUES)) m = saywho__mention_after(x, c + len, e);
    if (!m.kind) return 0;
    s->cue = tok_span(x, c, c + len);
    if (!attribute(x, s, p, m)) return 0;
    /* "…?” asked Petros Kanellis, an analyst at …": what follows the speaker's comma is his
     * appositive, not whom he asked */
    if (in(x, c, OBJECT_CUES) && !(m.b > c && is_punct(x, m.e, ','))) {
        size_t a = (m.b > c) ? m.e : c + len;
        if (is_punct(x, a, ',')) a++;
        addressee(x, s, p, saywho__mention_after(x, a, e));
    }
    return 1;
}

/* Sets speaker and cue from an attribution before a quote in its sentence: "X said: “",
 * "X told Y the bloc should “". Returns 1 when found. */
static int attribution_before(ex *x, saywho_statement *s, pending *p, size_t sb, size_t open) {
    /* the nearest cue to the left, outside other quotes */
    size_t kept = SIZE_MAX, kept_len = 0; /* "…, and warned that …": the cue, before its subject */
    for (size_t i = open; i-- > sb;) {
        if (x->quoted[i]) continue;
        size_t len = cue_at(x, i);
        if (!len || i + len > open) continue;
        if (is(x, i, "according")) {
            mention m = saywho__mention_after(x, i + 2, open);
            if (!m.kind) return 0;
            s->cue = tok_span(x, i, i + 2);
            return attribute(x, s, p, m);
        }
        mention m = saywho__mention_before(x, sb, i);
        /* "Méndez said the footage showed “…”": what the footage showed is what she said */
        if (m.kind == 2 && m.b > sb + 1 &&
            (is(x, i, "showed") || is(x, i, "shows") || is(x, i, "found") || is(x, i, "finds") ||
             is(x, i, "suggested") || is(x, i, "suggests") || is(x, i, "indicated") ||
             is(x, i, "revealed")) &&
            (cue_at(x, m.b - 1) || (is(x, m.b - 1, "that") && cue_at(x, m.b - 2))))
            continue;
        size_t wl;
        const char *w = fold(x, i, &wl);
        int participle =
            i > sb && wl > 4 && memcmp(w + wl - 3, "ing", 3) == 0 && is_punct(x, i - 1, ',');
        if (!m.kind && i > sb + 1 && (is(x, i - 1, "and") || is(x, i - 1, "but") || participle)) {
            /* "…, and called the walkout “…”", "…, warning that it would be “…”": the subject
             * of the sentence */
            mention sm;
            size_t v;
            if (saywho__subject_at(x, sb, i, &sm, &v)) {
                m = sm;
            } else if (kept == SIZE_MAX) {
                /* the subject of the clause before: "Scientists at X said A, and warned …" */
                kept = i;
                kept_len = len;
                continue;
            }
        }
        /* "…, Carla Lindgren, president of the growers, who called the offer “…”" */
        if (!m.kind && i > sb + 2 && is(x, i - 1, "who") && is_punct(x, i - 2, ',')) {
            size_t c = i - 2; /* the name before the appositive */
            mention r = {0};
            /* "Carla Lindgren, president of the growers’ association, who": the name before
             * the appositive, not the association */
            size_t c2 = c;
            for (int hop = 0; hop < 3 && !r.kind; hop++) { /* up to three appositives back */
                while (c2 > sb && !is_punct(x, c2 - 1, ','))
                    c2--;
                if (c2 <= sb + 1 || !is_word(x, c2) || (is_upper(x, c2) && !in(x, c2, DETERMINERS)))
                    break;
                mention n = saywho__mention_before(x, sb, c2 - 1);
                if (n.kind == 1) r = n;
                c2--;
            }
            if (!r.kind) r = saywho__mention_before(x, sb, c);
            while (!r.kind && c > sb + 1) {
                do
                    c--;
                while (c > sb && !is_punct(x, c, ','));
                if (c > sb) r = saywho__mention_before(x, sb, c);
            }
            if (r.kind == 1 || r.kind == 2) m = r;
        }
        int saying = is(x, i, "said") || is(x, i, "says") || is(x, i, "added") ||
                     is(x, i, "asked") || is(x, i, "wrote") || is(x, i, "replied");
        if (!m.kind && saying) {
            /* "said Okafor: “…”" — the inverted speaker stands right before the quote */
            mention r = saywho__mention_after(x, i + len, open);
            if (r.kind && (r.e == open ||
                           (r.e + 1 == open && (is_punct(x, r.e, ',') || is_punct(x, r.e, ':')))))
                m = r;
        }
        /* "X told analysts that testers had found the game “…”": a cue with no speaker of its
         * own ("found") gives way to one further left */
        if (!m.kind) continue;
        if (kept != SIZE_MAX) {
            i = kept;
            len = kept_len;
        }
        s->cue = tok_span(x, i, i + len);
        if (!attribute(x, s, p, m)) return 0;
        /* "called the decision “a mistake”" names no addressee; "called on X" does */
        int calls = is(x, i, "called") || is(x, i, "calling") || is(x, i, "calls");
        if (in(x, i, OBJECT_CUES) && !(calls && len == 1)) {
            size_t a = m.b > i ? m.e : i + len;
            mention ad = saywho__mention_after(x, a, open);
            if (ad.kind && ad.e < open && !in(x, ad.b, DETERMINERS))
                addressee(x, s, p, ad);
            else if (ad.kind == 2 && ad.e < open && (is(x, ad.e, "to") || is(x, ad.e, "that")))
                addressee(x, s, p, ad);
        }
        return 1;
    }
    /* "Okafor was blunt: “…”" — a colon right before the quote, the subject as speaker */
    if (open > sb && is_punct(x, open - 1, ':')) {
        mention sm;
        size_t verb;
        /* "Fairlie’s message to the board:", "Her advice to parents:": whose words they are */
        {
            static const char *const SAID[] = {"message",    "advice",     "answer", "reply",
                                               "response",   "verdict",    "view",   "warning",
                                               "plea",       "words",      "appeal", "request",
                                               "demand",     "question",   "point",  "argument",
                                               "conclusion", "assessment", NULL};
            size_t t = sb, h = sb;
            mention who = {0};
            if (is(x, t, "her") || is(x, t, "his") || is(x, t, "their")) {
                who.b = who.nb = t;
                who.e = who.ne = t + 1;
                who.kind = 3;
                h = t + 1;
            } else if (is_upper(x, t)) {
                size_t r = t;
                while (r < open && saywho__name_token(x, r, r > t) && !is_possessive(x, r))
                    r++;
                if (r < open && is_possessive(x, r) && is_upper(x, r)) r++;
                if (r > t && is_possessive(x, r - 1)) {
                    who = saywho__run_mention(x, t, t, r);
                    who.kind = 1; /* a person's or a body's name, with its 's */
                    h = r;
                }
            }
            size_t w = h;
            while (w < open - 1 && w < h + 3 && is_word(x, w) && !is_upper(x, w) && !in(x, w, SAID))
                w++; /* "Her one piece of advice" */
            if (who.kind && w < open - 1 && in(x, w, SAID) && open - 1 <= w + 8) {
                int plain = 1; /* no verb of its own after the noun but "was" */
                for (size_t k = w + 1; k < open - 1; k++)
                    if (cue_at(x, k) || x->quoted[k]) plain = 0;
                if (plain) {
                    s->cue = tok_span(x, open - 1, open);
                    return attribute(x, s, p, who);
                }
            }
        }
        /* "Ilie was asked by a reporter for a Swedish radio station: “…?”": the one asking */
        for (size_t t = sb + 1; t + 2 < open; t++) {
            if (!(is(x, t, "was") || is(x, t, "were")) || !is(x, t + 1, "asked") ||
                !is(x, t + 2, "by") || x->quoted[t])
                continue;
            mention by = saywho__mention_after(x, t + 3, open - 1);
            mention to = saywho__mention_before(x, sb, t);
            if (by.kind == 1 || by.kind == 2) {
                s->cue = tok_span(x, t + 1, t + 2);
                if (!attribute(x, s, p, by)) return 0;
                if (to.kind) addressee(x, s, p, to);
                return 1;
            }
        }
        if (saywho__subject_at(x, sb, open - 1, &sm, &verb)) {
            s->cue = tok_span(x, open - 1, open);
            return attribute(x, s, p, sm);
        }
        /* "For Arce, the lesson of Sunday was simple: “…”": the person the sentence is for */
        if (is(x, sb, "for") && sb + 1 < open) {
            mention f = saywho__mention_after(x, sb + 1, open - 1);
            if ((f.kind == 1 || (f.kind == 2 && in(x, f.e - 1, SAYWHO_GROUPS))) && f.e < open &&
                is_punct(x, f.e, ',')) {
                s->cue = tok_span(x, open - 1, open);
                return attribute(x, s, p, f);
            }
        }
        /* the subject: after an opening phrase ("Standing nearby, student X had a view:") */
        size_t from = sb;
        for (size_t i = sb; i + 1 < open && i < sb + 10; i++)
            if (is_punct(x, i, ',')) {
                from = i + 1;
                break;
            }
        if (is(x, from, "for") || is(x, from, "to")) return 0; /* "For X, the vote raised…" */
        /* "Asked whether…, the deputy minister gave a short answer:" */
        if (from > sb && saywho__subject_at(x, from, open - 1, &sm, &verb)) {
            s->cue = tok_span(x, open - 1, open);
            return attribute(x, s, p, sm);
        }
        mention m = saywho__mention_after(x, from, open - 1);
        if (m.kind) {
            s->cue = tok_span(x, open - 1, open);
            return attribute(x, s, p, m);
        }
    }
    return 0;
}

/* Pairs the top-level quotation marks of paragraph p; appends to *qs. */
static int paragraph_quotes(ex *x, size_t p, quote **qs, size_t *nq, size_t *cap) {
    const saywho_paragraph *pa = &x->d->paras[p];
    size_t depth = 0, open = 0;
    for (size_t i = pa->tok_begin; i < pa->tok_end; i++) {
        if (depth) x->quoted[i] = 1;
        if (is_open(x, i)) {
            if (depth++ == 0) open = i;
        } else if (is_close(x, i) && depth) {
            if (--depth == 0) {
                x->quoted[i] = 0;
                if (saywho__reserve((void **)qs, cap, *nq + 1, sizeof **qs)) return -1;
                (*qs)[(*nq)++] = (quote){open, i, open + 1, i, 0};
            }
        }
    }
    if (depth) {
        if (saywho__reserve((void **)qs, cap, *nq + 1, sizeof **qs)) return -1;
        (*qs)[(*nq)++] = (quote){open, open, open + 1, pa->tok_end, 1};
    }
    return 0;
}

static size_t words_in(const ex *x, size_t b, size_t e) {
    size_t n = 0;
    for (size_t i = b; i < e; i++)
        n += x->t[i].kind == SAYWHO_TOK_WORD || x->t[i].kind == SAYWHO_TOK_NUMBER;
    return n;
}

/* Is the quote opening at token `open` the start of its sentence (or after a dateline dash or a
 * colon)? Then it is a direct quote. */
static int starts_sentence(const ex *x, size_t open) {
    const saywho_sentence *se = &x->d->sents[sentence_of(x, open)];
    if (se->tok_begin == open) return 1;
    if (open > 0 && (is_punct(x, open - 1, ':') || is_dash(x, open - 1))) return 1;
    if (open > 0 && is_punct(x, open - 1, ',') && open >= 2) {
        size_t c = open - 2;
        if (cue_at(x, c)) return 1;
        for (size_t i = se->tok_begin; i < open - 1; i++)
            if (cue_at(x, i) && i + 4 >= open - 1) return 1;
    }
    return 0;
}

/* "In a letter to the ministry, …": the addressee of the statements of the sentence. */
static mention letter_to(const ex *x, size_t sb, size_t se) {
    for (size_t i = sb; i + 2 < se; i++)
        if ((is(x, i, "letter") || is(x, i, "message") || is(x, i, "appeal") || is(x, i, "note")) &&
            is(x, i + 1, "to") && !x->quoted[i] && i > sb &&
            /* the noun, not the verb: "an appeal to", "in an open letter to", not "appeal to" */
            (in(x, i - 1, DETERMINERS) || is_possessive(x, i - 1) ||
             (i > sb + 1 && in(x, i - 2, DETERMINERS) && is_word(x, i - 1)))) {
            mention a = saywho__mention_after(x, i + 2, se);
            /* "a letter to Aerocarpa’s chief executive": the owner's staff, not the owner */
            if (a.kind && a.e + 1 < se && is_possessive(x, a.e - 1) && is_word(x, a.e) &&
                !is_upper(x, a.e)) {
                size_t h = a.e;
                while (h < se && h < a.e + 4 && is_word(x, h) && !is_upper(x, h) &&
                       in(x, h, SAYWHO_TITLES))
                    h++;
                if (h > a.e) {
                    mention staff = a;
                    staff.kind = 2;
                    staff.e = staff.ne = h;
                    staff.ce = 0;
                    a = staff;
                }
            }
            /* "a letter to Socorrmar’s managing director, Jordi Roca,": the person named */
            if (a.kind == 2 && a.e + 2 < se && is_punct(x, a.e, ',') &&
                saywho__name_token(x, a.e + 1, 0)) {
                size_t j = saywho__run_end(x, a.e + 1, se);
                mention nm = saywho__run_mention(x, a.e + 1, a.e + 1, j);
                if (nm.kind == 1 && j < se && is_punct(x, j, ',')) a = nm;
            }
            return a;
        }
    return (mention){0};
}

/* Marks the tokens inside quotations. */
static int mark_quotes(ex *x) {
    for (size_t p = 0; p < x->d->n_paras; p++)
        if (paragraph_quotes(x, p, &x->qs, &x->nq, &x->qs_cap)) return -1;
    return 0;
}

/* “A,” she said. “B.” — a quote that opens the sentence right after the one that attributed
 * the previous quote, in the same paragraph, with no attribution of its own, continues it. */
static int continues(const ex *x, const saywho_statement *ps, size_t prev_para, size_t para,
                     const quote *qu) {
    if (!ps || prev_para != para || ps->kind != SAYWHO_KIND_DIRECT || !ps->cue.end ||
        ps->n_content >= SAYWHO_MAX_FRAGMENTS || qu->runs_on)
        return 0;
    size_t si = sentence_of(x, qu->open);
    if (x->d->sents[si].tok_begin != qu->open || si == 0) return 0;
    const saywho_sentence *before = &x->d->sents[si - 1];
    if (ps->cue.start < before->start || ps->cue.end > before->end) return 0;
    /* the attribution came after the previous quote, and this quote has none of its own */
    if (ps->cue.start < ps->content[ps->n_content - 1].end) return 0;
    for (size_t i = qu->close + 1; i < x->d->sents[si].tok_end; i++)
        if (cue_at(x, i)) return 0;
    return 1;
}

/* The subject that opens sentence tokens [tb, te) and its verb: "Suriname’s deputy foreign
 * minister, Ramon Dwarkasing, sounded…", "Klaas Mol, who farms the next plot, was blunter",
 * "Gunasekera struck…". Returns 0 when the sentence does not open with one. */
int saywho__subject_at(const ex *x, size_t tb, size_t te, mention *m, size_t *verb) {
    size_t v = tb;
    for (;;) {
        while (v < te && v < tb + 16 &&
               (!is_word(x, v) || is_upper(x, v) || saywho__title_at(x, v) ||
                in(x, v, SAYWHO_DEPTS) || in(x, v, DETERMINERS) || in(x, v, SAYWHO_PARTICLES) ||
                in(x, v, SAYWHO_GROUPS) || in(x, v, SAYWHO_ORG_WORDS) || is_possessive(x, v)) &&
               !is_punct(x, v, '.') && !is_punct(x, v, ':') && !is_dash(x, v) && !x->quoted[v])
            v++;
        /* "Retired submarine captain Johan Visagie": words that describe a title before a name */
        size_t t = v;
        while (t < te && t < v + 2 && is_word(x, t) && !is_upper(x, t) && !saywho__title_at(x, t) &&
               !in(x, t, SAYWHO_STOP) && !in(x, t, SAYWHO_FUNCTION))
            t++;
        if (t > v && t + 1 < te && saywho__title_at(x, t) && !is_upper(x, t) &&
            saywho__name_token(x, t + 1, 0) && v < tb + 16)
            v = t;
        else
            break;
    }
    /* "Markku Heikkilä, a psychiatrist in Tampere who …, has seen": the appositive's own
     * preposition is no lead-in */
    size_t j0 = saywho__name_token(x, tb, 0) ? saywho__run_end(x, tb, te) : tb;
    int appositive = j0 > tb && j0 < v && is_punct(x, j0, ',') && in(x, j0 + 1, DETERMINERS);
    if (v >= te || v == tb || !is_word(x, v) || is_upper(x, v) ||
        (saywho__is_prep(x, v) && !appositive) ||
        (in(x, v, SAYWHO_FUNCTION) && !is(x, v, "who") && !(appositive && saywho__is_prep(x, v))) ||
        (in(x, tb, SAYWHO_FUNCTION) && !in(x, tb, DETERMINERS)))
        return 0; /* "Outside Congress in Valparaíso, students marched" has no lead subject */
    /* "Klaas Mol, who farms the next plot, was blunter": the subject before the clause */
    size_t se = v;
    if ((is(x, v, "who") || is(x, v, "which")) && v > tb + 1) {
        /* "NAME, a Kenyan trade lawyer who chaired the talks, made the remark": the clause
         * belongs to the appositive; the subject ends at the comma before it */
        size_t c = v - 1;
        while (c > tb && !is_punct(x, c, ','))
            c--;
        if (c > tb) se = c;
    }
    /* "Eleni Papadaki, the archaeologist leading the dig for the antiquities service, was
     * blunt": a name, then an appositive with words of its own, then the verb */
    {
        size_t j = saywho__name_token(x, tb, 0) ? saywho__run_end(x, tb, te) : tb;
        /* "Rai, back at the border, had a simpler request:" */
        if (j > tb && j < v && is_punct(x, j, ',') &&
            (in(x, j + 1, DETERMINERS) ||
             (is_word(x, j + 1) && !is_upper(x, j + 1) && !in(x, j + 1, SAYWHO_FUNCTION)))) {
            size_t k = v;
            while (k < te && k < j + 25 && !is_punct(x, k, ',') && !x->quoted[k] &&
                   !is_punct(x, k, ':'))
                k++;
            /* a second appositive: "X, a spokeswoman for the network, an alliance of
             * charities, called" */
            if (k + 1 < te && is_punct(x, k, ',') &&
                (is(x, k + 1, "a") || is(x, k + 1, "an") || is(x, k + 1, "the"))) {
                size_t k2 = k + 1;
                while (k2 < te && k2 < k + 16 && !is_punct(x, k2, ',') && !x->quoted[k2] &&
                       !is_punct(x, k2, ':'))
                    k2++;
                if (k2 + 1 < te && is_punct(x, k2, ',')) k = k2;
            }
            mention nm = saywho__run_mention(x, tb, tb, j);
            if (k + 1 < te && is_punct(x, k, ',') && nm.kind == 1 && is_word(x, k + 1) &&
                !is_upper(x, k + 1) && !in(x, k + 1, SAYWHO_FUNCTION) &&
                !saywho__is_prep(x, k + 1)) {
                *m = nm;
                *verb = k + 1;
                return 1;
            }
        }
    }
    mention s = saywho__mention_before(x, tb, se);
    if (!s.kind) return 0;
    if (s.kind == 2 && !in(x, s.e - 1, SAYWHO_ORG_WORDS) && !in(x, s.e - 1, SAYWHO_GROUPS))
        return 0;
    /* "…, who chairs the board, spoke": the verb after the relative clause */
    if (is(x, v, "who") || is(x, v, "which")) {
        while (v < te && !is_punct(x, v, ','))
            v++;
        v++;
        if (v >= te || !is_word(x, v)) return 0;
    }
    *m = s;
    *verb = v;
    return 1;
}

/* The lead-in of a quote paragraph with no cue: the last sentence of the paragraph before, when
 * it holds no quotation and opens with its subject. */
static int lead_in(const ex *x, size_t para, mention *m, size_t *verb) {
    if (para == 0) return 0;
    const saywho_paragraph *pp = &x->d->paras[para - 1];
    if (pp->tok_end <= pp->tok_begin) return 0;
    const saywho_sentence *ls = &x->d->sents[sentence_of(x, pp->tok_end - 1)];
    for (size_t i = ls->tok_begin; i < ls->tok_end; i++)
        if (x->quoted[i] || is_open(x, i) || is_close(x, i)) return 0;
    mention s;
    size_t v;
    int ok = saywho__subject_at(x, ls->tok_begin, ls->tok_end, &s, &v);
    /* "Later, in the legislature in Quebec City, Bérubé addressed reporters." */
    for (size_t c = ls->tok_begin + 14 < ls->tok_end ? ls->tok_begin + 14 : ls->tok_end;
         !ok && c-- > ls->tok_begin + 1;)
        if (is_punct(x, c, ',') && c + 1 < ls->tok_end &&
            (saywho__name_token(x, c + 1, 0) || in(x, c + 1, PRONOUNS)) &&
            saywho__subject_at(x, c + 1, ls->tok_end, &s, &v) && (s.kind == 1 || s.kind == 3))
            ok = 1;
    if (!ok) return 0;
    /* people and named bodies lead into quotes; "Parents gathered at the gates." is scene, and
     * a body needs a verb after it ("an Austral Móvil shop …" is a place) */
    if (s.kind == 2) {
        size_t vl;
        const char *vw = fold(x, v, &vl);
        int verb_like = (vl > 3 && memcmp(vw + vl - 2, "ed", 2) == 0) || is(x, v, "was") ||
                        is(x, v, "has") || is(x, v, "had") || is(x, v, "is") || is(x, v, "took") ||
                        is(x, v, "struck") || is(x, v, "made") || is(x, v, "gave") ||
                        is(x, v, "put") || is(x, v, "went");
        if (!in(x, s.e - 1, SAYWHO_ORG_WORDS) || !verb_like) return 0;
    }
    *m = s;
    *verb = v;
    return 1;
}

/* A quote paragraph with no cue whose speaker the next paragraph names, pointing back at the
 * words: "Dr. Teresa Quispe … made the comparison as she presented the report", "That was how
 * Judge Vesna Marković summed up the case", "Tran Thi Mai shouted the words through a
 * megaphone". Sets the person and the word that points back. */
static int lead_out(const ex *x, size_t para, mention *m, size_t *verb) {
    if (para + 1 >= x->d->n_paras) return 0;
    const saywho_paragraph *np = &x->d->paras[para + 1];
    if (np->tok_end <= np->tok_begin) return 0;
    const saywho_sentence *fs = &x->d->sents[sentence_of(x, np->tok_begin)];
    size_t tb = fs->tok_begin, te = fs->tok_end;
    size_t back = te;
    for (size_t i = tb; i < te && i < tb + 30; i++) {
        if (x->quoted[i] || is_open(x, i)) return 0;
        if (is(x, i, "remark") || is(x, i, "remarks") || is(x, i, "comparison") ||
            is(x, i, "words") || is(x, i, "comments") || is(x, i, "summed") ||
            is(x, i, "addressing")) {
            back = i;
            break;
        }
    }
    if (back == te) return 0;
    mention s;
    size_t v;
    if (saywho__subject_at(x, tb, back, &s, &v) && s.kind == 1) {
        *m = s;
        *verb = back;
        return 1;
    }
    /* "That was how NAME summed up …", "Those were the words of NAME" */
    for (size_t i = tb; i < back; i++)
        if ((is(x, i, "how") || is(x, i, "of")) && i + 1 < back) {
            size_t k = i + 1;
            while (k < back && !is_upper(x, k) && saywho__title_at(x, k))
                k++;
            mention r = saywho__mention_after(x, k > i + 1 ? i + 1 : k, back);
            if (r.kind == 1) {
                *m = r;
                *verb = back;
                return 1;
            }
        }
    return 0;
}

/* A quotation inside a sentence that names something rather than reports words: a single word
 * (“taxes”), a title or name in capitals (“Save the Waldach Ridge”, “Mar Azul”), or a short term
 * after a verb of naming ("what the navy calls “Mar Azul”", "dubbed the “crack book”"). */
static int quoted_term(const ex *x, const quote *qu) {
    size_t nw = words_in(x, qu->cb, qu->ce);
    if (nw <= 1) return 1;
    /* every word but function words in capitals, one at least */
    int title = nw <= 6, caps = 0;
    for (size_t i = qu->cb; title && i < qu->ce; i++) {
        if (!is_word(x, i)) continue;
        if (is_upper(x, i) && !in(x, i, SAYWHO_FUNCTION))
            caps++;
        else if (!in(x, i, SAYWHO_FUNCTION) && !in(x, i, SAYWHO_PARTICLES) &&
                 !saywho__is_prep(x, i) && !is(x, i, "and"))
            title = 0;
    }
    if (title && caps) return 1;
    if (nw > 3) return 0;
    /* "dubbed “the Club”", "what it called the “karoshi line”"; but "called the deal “a big
     * step”" reports words */
    size_t o = qu->open;
    int det = o >= 2 && (in(x, o - 1, DETERMINERS) || is_possessive(x, o - 1));
    size_t j = det ? o - 2 : o - 1; /* the word before "the" or before the mark */
    if (o < 2 || j < 1) return 0;
    if (is(x, j, "so-called") || is(x, j, "dubbed") || is(x, j, "nicknamed") ||
        (is(x, j, "as") && is(x, j - 1, "known")))
        return 1;
    if (det && (is(x, j, "called") || is(x, j, "calls") || is(x, j, "call") || is(x, j, "named") ||
                is(x, j, "termed") || is(x, j, "labelled") || is(x, j, "labeled")))
        return 1;
    return 0;
}

/* “A,” she said. “B.” — a quote that opens the sentence right after the attribution that
 * closed the previous quote continues that statement. */
static int after_attribution(const ex *x, const saywho_statement *ps, size_t prev_para, size_t para,
                             const quote *qu) {
    if (!ps || prev_para != para || ps->kind != SAYWHO_KIND_DIRECT || ps->cue.end == 0 ||
        ps->n_content >= SAYWHO_MAX_FRAGMENTS || qu->open == 0 || !starts_sentence(x, qu->open))
        return 0;
    size_t p = qu->open - 1;
    if (!(x->t[p].flags & SAYWHO_TOKEN_TERMINAL) || x->t[p].start < ps->cue.end) return 0;
    if (ps->cue.start < ps->content[ps->n_content - 1].end) return 0; /* the cue came first */
    return x->t[p].start - ps->cue.end < 40;
}

static int do_quotes(ex *x) {
    quote *qs = x->qs;
    size_t nq = x->nq;
    int rc = -1;
    long prev = -1; /* the statement the last quote belonged to */
    size_t prev_para = (size_t)-1;
    for (size_t q = 0; q < nq; q++) {
        quote *qu = &qs[q];
        size_t open_sent = sentence_of(x, qu->open);
        size_t para = x->d->sents[open_sent].paragraph;
        size_t sb = x->d->sents[open_sent].tok_begin;
        size_t last_tok = qu->runs_on ? qu->ce - 1 : qu->close;
        size_t se = x->d->sents[sentence_of(x, last_tok)].tok_end;
        size_t nw = words_in(x, qu->cb, qu->ce);
        int direct = starts_sentence(x, qu->open);
        saywho_statement *ps = prev >= 0 ? &x->st[prev] : NULL;

        /* a split quote: “A,” she said, “B.” — B continues A's statement */
        if ((ps && prev_para == para && qu->open > 0 && is_punct(x, qu->open - 1, ',') &&
             ps->n_content < SAYWHO_MAX_FRAGMENTS && ps->cue.end > 0 &&
             x->t[qu->open - 1].start >= ps->cue.end &&
             x->t[qu->open - 1].start - ps->cue.end < 60 && open_sent == ps->sentence) ||
            after_attribution(x, ps, prev_para, para, qu) ||
            continues(x, ps, prev_para, para, qu)) {
            ps->content[ps->n_content++] = quote_content(x, qu->cb, qu->ce, qu->runs_on);
            for (size_t i = qu->cb; i < qu->ce; i++)
                x->owner[i] = (int)prev;
        } else {
            saywho_statement s;
            pending pd;
            memset(&s, 0, sizeof s);
            memset(&pd, 0, sizeof pd);
            int found = 0;
            /* "A banner on the railings read: “…”": what signs and banners say is
             * unattributed, and continues nobody */
            int sign = 0;
            if (qu->open > sb && is_punct(x, qu->open - 1, ':'))
                for (size_t i = sb; i + 1 < qu->open; i++)
                    if (in(x, i, SAYWHO_SIGNS)) sign = 1;
            /* a partial quote belongs to the reported speech around it ("Okafor told Lindqvist
             * the EU should “…,” according to a readout"): its cue comes first */
            if (!direct && !sign) found = attribution_before(x, &s, &pd, sb, qu->open);
            if (!found && !sign && !qu->runs_on)
                found = attribution_after(x, &s, &pd, qu->close + 1, se);
            if (!found && !sign && direct) found = attribution_before(x, &s, &pd, sb, qu->open);
            if (found && !pd.ad.kind) addressee(x, &s, &pd, letter_to(x, sb, se));
            /* a quoted term, title or scare quote; but a quote that is a whole sentence of its
             * own ("“Save our school!”") is a statement however short */
            int whole = direct && !qu->runs_on;
            for (size_t i = qu->close + 1; whole && i < se; i++)
                if (!(x->t[i].flags & SAYWHO_TOKEN_TERMINAL)) whole = 0;
            if (!found && nw < 4 && !whole) continue;
            if (!direct && quoted_term(x, qu)) continue;
            if (!found && !direct && nw < 8) continue;
            /* a quote with no cue may continue the speaker before it; resolve_all decides */
            if (!found && direct && !sign) pd.floating = 1;
            s.kind = direct ? SAYWHO_KIND_DIRECT : SAYWHO_KIND_PARTIAL;
            s.content[0] = quote_content(x, qu->cb, qu->ce, qu->runs_on);
            s.n_content = 1;
            s.sentence = open_sent;
            s.frame = (saywho_span){x->t[sb].start, x->t[se - 1].end};
            if (!found) {
                int fl = pd.floating;
                memset(&pd, 0, sizeof pd);
                pd.floating = fl;
                s.source = s.cue = s.addressee = (saywho_span){0, 0};
                if (fl && qu->open == x->d->paras[para].tok_begin) {
                    lead_in(x, para, &pd.lead, &pd.lead_verb);
                    /* the quote must be the whole paragraph for the next one to point back */
                    size_t pe = x->d->paras[para].tok_end;
                    if (!qu->runs_on && qu->close + 2 >= pe)
                        lead_out(x, para, &pd.after, &pd.after_verb);
                }
            }
            prev = new_statement(x, &s, &pd);
            if (prev < 0) goto done;
            for (size_t i = qu->cb; i < qu->ce; i++)
                x->owner[i] = (int)prev;
        }
        prev_para = para;
        /* a quote that runs on continues in the next paragraph's opening quote */
        while (qu->runs_on && q + 1 < nq) {
            quote *nx = &qs[q + 1];
            size_t np = x->d->sents[sentence_of(x, nx->open)].paragraph;
            if (np != para + 1 || nx->open != x->d->paras[np].tok_begin) break;
            ps = &x->st[prev];
            if (ps->n_content < SAYWHO_MAX_FRAGMENTS)
                ps->content[ps->n_content++] = quote_content(x, nx->cb, nx->ce, nx->runs_on);
            for (size_t i = nx->cb; i < nx->ce; i++)
                x->owner[i] = (int)prev;
            q++;
            para = np;
            prev_para = np;
            if (!x->pend[prev].m.kind && !nx->runs_on) {
                size_t se2 = x->d->sents[sentence_of(x, nx->close)].tok_end;
                attribution_after(x, ps, &x->pend[prev], nx->close + 1, se2);
            }
            qu = nx;
        }
    }
    rc = 0;
done:
    return rc;
}

/* ---- reported speech ---- */

/* The end of a reported clause starting at b: the sentence end, before a final period, or
 * before ", according to" / ", X said". */
/* Does a second reported clause start at token i: "and that …", "but noted that …", "and he
 * stressed …"? Returns the token after the conjunction, or 0. */
static size_t coordinated_at(const ex *x, size_t i, size_t e) {
    if (!(is(x, i, "and") || is(x, i, "but")) || i + 2 >= e) return 0;
    size_t c = i + 1;
    if (is(x, c, "that")) return c;
    if (in(x, c, PRONOUNS)) c++;
    size_t len = cue_at(x, c);
    if (!len || is(x, c, "according") || x->quoted[c]) return 0;
    /* "and demanded that B": any cue that takes a clause */
    return in(x, c, CLAUSE_CUES) || in(x, c, OBJECT_CUES) || len == 2 ||
                   (c + len < e && is(x, c + len, "that"))
               ? i + 1
               : 0;
}

static size_t clause_end(const ex *x, size_t b, size_t e) {
    while (e > b && (x->t[e - 1].flags & SAYWHO_TOKEN_TERMINAL || is_close(x, e - 1)))
        e--;
    for (size_t i = b + 1; i + 1 < e; i++) {
        /* "said A, but noted that B": A ends before the conjunction */
        if (coordinated_at(x, i, e)) return is_punct(x, i - 1, ',') ? i - 1 : i;
        /* "said A, but described the meeting as “…”": so does a cue with a quote of its own */
        if (is_punct(x, i - 1, ',') && (is(x, i, "and") || is(x, i, "but")) && cue_at(x, i + 1) &&
            !is(x, i + 1, "according") && !x->quoted[i + 1]) {
            for (size_t j = i + 2; j < e && j < i + 12; j++)
                if (x->quoted[j]) return i - 1;
        }
    }
    for (size_t i = b; i + 1 < e; i++) {
        if (!is_punct(x, i, ',')) continue;
        if (is(x, i + 1, "according")) return i;
        if (is(x, i + 1, "citing") || is(x, i + 1, "adding") || is(x, i + 1, "saying") ||
            is(x, i + 1, "warning") || is(x, i + 1, "arguing") || is(x, i + 1, "noting"))
            return i;
        /* "said A, and declined to comment on B": the speaker's next act, not A's */
        static const char *const ACTS[] = {
            "declined",   "refused",    "gave",    "offered", "promised", "vowed",
            "apologised", "apologized", "thanked", "praised", "blamed",   "accused",
            "dismissed",  "left",       "walked",  "stopped", NULL};
        if (i + 2 < e && (is(x, i + 1, "and") || is(x, i + 1, "but")) && in(x, i + 2, ACTS))
            return i;
        /* "…, while Olav Brekke of the Centre Party urged…": another speaker's statement */
        if (i + 3 < e && (is(x, i + 1, "while") || is(x, i + 1, "whereas"))) {
            for (size_t j = i + 2; j < e && j < i + 10 && !is_punct(x, j, ','); j++)
                if (cue_at(x, j) && !x->quoted[j] && j > i + 2) return i;
        }
    }
    return e;
}

/* Adds a reported statement: content tokens [cb, ce) and, when cb2 < ce2, [cb2, ce2) (a clause
 * split by its attribution), cue tokens [kb, ke), speaker m. */
static int add_reported_split(ex *x, size_t si, size_t cb, size_t ce, size_t cb2, size_t ce2,
                              size_t kb, size_t ke, mention m, mention ad) {
    const saywho_sentence *se = &x->d->sents[si];
    /* never over another statement's words, nor over a quote */
    for (size_t t = cb; t < ce; t++)
        if (x->owner[t] >= 0 || is_open(x, t) || is_close(x, t)) return 0;
    for (size_t t = cb2; t < ce2; t++)
        if (x->owner[t] >= 0 || is_open(x, t) || is_close(x, t)) return 0;
    saywho_statement s;
    pending pd;
    memset(&s, 0, sizeof s);
    memset(&pd, 0, sizeof pd);
    s.kind = SAYWHO_KIND_INDIRECT;
    s.content[0] = tok_span(x, cb, ce);
    s.n_content = 1;
    if (cb2 < ce2) s.content[s.n_content++] = tok_span(x, cb2, ce2);
    s.cue = tok_span(x, kb, ke);
    s.sentence = si;
    s.frame = (saywho_span){se->start, se->end};
    attribute(x, &s, &pd, m);
    if (!ad.kind) ad = letter_to(x, se->tok_begin, se->tok_end);
    addressee(x, &s, &pd, ad);
    long k = new_statement(x, &s, &pd);
    if (k < 0) return -1;
    for (size_t t = cb; t < ce; t++)
        x->owner[t] = (int)k;
    for (size_t t = cb2; t < ce2; t++)
        x->owner[t] = (int)k;
    return 0;
}

static int add_reported(ex *x, size_t si, size_t cb, size_t ce, size_t kb, size_t ke, mention m,
                        mention ad) {
    return add_reported_split(x, si, cb, ce, 0, 0, kb, ke, m, ad);
}

/* "The interpreters would return, she said, only when the invoice was settled", "That
 * promise, Bucur said, meant nothing": a clause with its attribution set off by commas inside
 * it. Returns 1 when it added the statement, -1 on error. */
static int split_by_attribution(ex *x, size_t si, int has_quote) {
    const saywho_sentence *se = &x->d->sents[si];
    size_t b = se->tok_begin, e = se->tok_end;
    if (has_quote) return 0;
    size_t cb = b; /* a dateline "PARIS (Wire) — " is not part of the clause */
    for (size_t i = b; i < e && i < b + 8; i++)
        if (is_dash(x, i)) cb = i + 1;
    /* the subject before the attribution: a few words up to the sentence's first comma,
     * reporting nothing themselves */
    size_t c1 = cb + 1;
    while (c1 < e && c1 < cb + 14 && !is_punct(x, c1, ','))
        c1++;
    if (c1 + 4 >= e || !is_punct(x, c1, ',') || x->quoted[c1]) return 0;
    /* ("Any customer found to have paid more, she pledged, would…": a participle is no
     * report) */
    for (size_t t = cb; t < c1; t++)
        if ((cue_at(x, t) && (is(x, t, "said") || is(x, t, "says") || is(x, t, "told") ||
                              is(x, t, "tells") || is(x, t, "say") || is(x, t + 1, "that"))) ||
            is_punct(x, t, ':') || x->quoted[t] || is_dash(x, t))
            return 0;
    size_t c2 = c1 + 2;
    while (c2 < e && c2 < c1 + 10 && !is_punct(x, c2, ','))
        c2++;
    if (c2 >= e || !is_punct(x, c2, ',')) return 0;
    size_t len = 0, k = find_cue(x, c1 + 1, c2, &len);
    if (k == c2 || !(in(x, k, CLAUSE_CUES) || is(x, k, "told"))) return 0;
    mention m =
        k > c1 + 1 ? saywho__mention_before(x, c1 + 1, k) : saywho__mention_after(x, k + len, c2);
    if (!m.kind) return 0;
    /* the attribution is all there is between the commas ("she said", "said Pineda"), but for
     * an adjunct of time or place ("Gerber said on Thursday") */
    /* ("she had argued at trial") */
    size_t aux = m.e;
    if (aux < k && (is(x, aux, "had") || is(x, aux, "has") || is(x, aux, "have"))) aux++;
    if (k > c1 + 1 && (m.b != c1 + 1 || aux != k)) return 0;
    size_t after = k > c1 + 1 ? k + len : m.e;
    if (after + 4 < c2) return 0;
    if (after < c2 &&
        !(is(x, after, "on") || is(x, after, "in") || is(x, after, "at") || is(x, after, "last") ||
          is(x, after, "this") || is(x, after, "late") || is(x, after, "early") ||
          is(x, after, "earlier") || is(x, after, "later") || is(x, after, "yesterday") ||
          is(x, after, "today") || is(x, after, "by") || is(x, after, "during")))
        return 0;
    for (size_t t = after; t < c2; t++)
        if (cue_at(x, t) || !is_word(x, t)) return 0;
    /* the clause goes on after it: not a phrase in apposition to the sentence ("…, the
     * government said, a step that…"), a relative or a clause of circumstance ("…, said X,
     * whose company…", "…, their ministers announced, though…") */
    size_t cb2 = c2 + 1, ce2 = clause_end(x, cb2, e);
    if (words_in(x, cb2, ce2) < 2 || !is_word(x, cb2) || is_upper(x, cb2) ||
        in(x, cb2, DETERMINERS) || saywho__is_prep(x, cb2) || is(x, cb2, "which") ||
        is(x, cb2, "who") || is(x, cb2, "whose") || is(x, cb2, "though") ||
        is(x, cb2, "although") || is(x, cb2, "while") || is(x, cb2, "as") ||
        is(x, cb2, "because") || is(x, cb2, "since") || is(x, cb2, "and") || is(x, cb2, "but") ||
        is(x, cb2, "amid") || is(x, cb2, "after") || is(x, cb2, "before") ||
        is(x, cb2, "despite") || is(x, cb2, "adding") || is(x, cb2, "saying") ||
        is(x, cb2, "citing") || is(x, cb2, "when") || is(x, cb2, "where"))
        return 0;
    if (add_reported_split(x, si, cb, c1, cb2, ce2, k, k + (len == 4 ? 1 : len), m, (mention){0}))
        return -1;
    return x->owner[cb] >= 0;
}

/* Skips time and manner adjuncts after a cue or its addressee: "said on Tuesday", "said in a
 * statement", "said last week". */
static size_t skip_adjuncts(const ex *x, size_t k) {
    for (;;) {
        if ((is(x, k, "on") || is(x, k, "late") || is(x, k, "early")) && is_upper(x, k + 1)) {
            k += 2;
            continue;
        }
        if (is(x, k, "in") && (is(x, k + 1, "a") || is(x, k + 1, "an")) &&
            (is(x, k + 2, "statement") || is(x, k + 2, "interview") || is(x, k + 2, "letter") ||
             is(x, k + 2, "note") || is(x, k + 2, "report") || is(x, k + 2, "post"))) {
            k += 3;
            continue;
        }
        if ((is(x, k, "last") || is(x, k, "this")) &&
            (is(x, k + 1, "week") || is(x, k + 1, "month") || is(x, k + 1, "year") ||
             is_upper(x, k + 1))) {
            k += 2;
            continue;
        }
        if (is(x, k, "on") &&
            (is(x, k + 1, "social") || is(x, k + 1, "television") || is(x, k + 1, "radio"))) {
            k += is(x, k + 1, "social") ? 3 : 2;
            continue;
        }
        if (is_punct(x, k, ',') && (is(x, k + 1, "however") || is(x, k + 1, "though"))) {
            k += 3;
            continue;
        }
        /* a place or an occasion before "that": "told reporters in Buon Ma Thuot that", "said
         * after the meeting that" */
        /* "said by telephone that", "told Wire by phone from Iten that", "said via video link" */
        if ((is(x, k, "by") || is(x, k, "via") || is(x, k, "over")) &&
            (is(x, k + 1, "telephone") || is(x, k + 1, "phone") || is(x, k + 1, "email") ||
             is(x, k + 1, "e-mail") || is(x, k + 1, "text") || is(x, k + 1, "video") ||
             is(x, k + 1, "videolink") || is(x, k + 1, "letter") || is(x, k + 1, "radio"))) {
            k += 2;
            if (is(x, k, "link") || is(x, k, "message")) k++;
            continue;
        }
        /* "wrote in a letter to the education minister that" */
        int to_letter = is(x, k, "to") && k > 0 &&
                        (is(x, k - 1, "letter") || is(x, k - 1, "note") || is(x, k - 1, "email") ||
                         is(x, k - 1, "memo") || is(x, k - 1, "message"));
        if (is(x, k, "in") || is(x, k, "at") || is(x, k, "on") || is(x, k, "outside") ||
            is(x, k, "after") || is(x, k, "during") || is(x, k, "before") ||
            is(x, k, "following") || is(x, k, "near") || is(x, k, "from") || to_letter) {
            size_t j = k + 1;
            while (j < x->nt && j < k + 7 && is_word(x, j) && !is(x, j, "that") &&
                   !in(x, j, SAYWHO_STOP) && !cue_at(x, j))
                j++;
            if (j > k + 1 && is(x, j, "that")) {
                k = j;
                continue;
            }
        }
        return k;
    }
}

/* Is the first paragraph a headline: one short line with no final stop, with the story after
 * it? ("Bulgarian club suspends coach after foreign players say he kept their passports") Its
 * words are the story's, told again below: no reported speech is taken from it. */
static int headline(const ex *x) {
    if (x->d->n_paras < 2) return 0;
    const saywho_paragraph *p = &x->d->paras[0];
    if (p->tok_end <= p->tok_begin || p->tok_end - p->tok_begin > 40) return 0;
    size_t last = p->tok_end - 1;
    return is_word(x, last) || x->t[last].kind == SAYWHO_TOK_NUMBER;
}

static int do_reported(ex *x) {
    for (size_t si = 0; si < x->d->n_sents; si++) {
        const saywho_sentence *se = &x->d->sents[si];
        size_t b = se->tok_begin, e = se->tok_end;
        if (x->headline && se->paragraph == 0) continue;
        /* a sentence may hold a quote and reported speech beside it ("X said A, and warned that
         * B was “…”"); add_reported keeps them apart */
        /* a quotation that is no statement of its own blocks reported speech around it,
         * unless it is a short name or term ("the “Save the Waldach Ridge” campaign") */
        size_t quoted_words = 0;
        for (size_t i = b; i < e; i++)
            quoted_words += x->quoted[i] && is_word(x, i) && x->owner[i] < 0;
        int has_quote = quoted_words > 5;

        /* "According to X, CLAUSE." and "CLAUSE, according to X." */
        for (size_t i = b; i + 2 < e; i++) {
            if (!(is(x, i, "according") && is(x, i + 1, "to")) || x->quoted[i]) continue;
            mention m = saywho__mention_after(x, i + 2, e);
            if (!m.kind) break;
            size_t cb, ce;
            if (i == b) {
                size_t k = m.e;
                while (k < e && !is_punct(x, k, ','))
                    k++;
                if (k >= e) break;
                cb = k + 1;
                ce = clause_end(x, cb, e);
            } else if (i > b && is_punct(x, i - 1, ',')) {
                cb = b;
                ce = i - 1;
                /* a dateline "PARIS (Wire) — " is not part of the clause */
                for (size_t d = b; d < ce && d < b + 8; d++)
                    if (is_dash(x, d)) cb = d + 1;
            } else {
                break;
            }
            if (words_in(x, cb, ce) < 4 || has_quote) break;
            if (add_reported(x, si, cb, ce, i, i + 2, m, (mention){0})) return -1;
            goto next_sentence;
        }

        /* "CLAUSE, X said." / "CLAUSE, said X." at the end of the sentence, or before a
         * second clause of the same speaker: "CLAUSE, the bank warned, and said CLAUSE2." */
        {
            size_t end = e;
            while (end > b && (x->t[end - 1].flags & SAYWHO_TOKEN_TERMINAL))
                end--;
            size_t tail = 0; /* the cue of "…, and said CLAUSE2" */
            for (size_t t = end; t-- > b + 6;) {
                size_t c2 = is_punct(x, t, ',') && t + 1 < end ? coordinated_at(x, t + 1, end) : 0;
                if (c2 && !is(x, c2, "that")) {
                    tail = in(x, c2, PRONOUNS) ? c2 + 1 : c2;
                    end = t;
                    break;
                }
            }
            /* "CLAUSE, the authority said on Tuesday, after a fourth dry winter…": the wire lede,
             * its attribution followed by a clause of circumstance */
            if (!tail)
                for (size_t t = b + 8; t + 1 < end; t++) {
                    if (!is_punct(x, t, ',') || x->quoted[t]) continue;
                    size_t wl;
                    const char *w = is_word(x, t + 1) ? fold(x, t + 1, &wl) : NULL;
                    int sub =
                        w &&
                        (is(x, t + 1, "after") || is(x, t + 1, "as") || is(x, t + 1, "when") ||
                         is(x, t + 1, "while") || is(x, t + 1, "amid") || is(x, t + 1, "despite") ||
                         is(x, t + 1, "following") || is(x, t + 1, "before") ||
                         is(x, t + 1, "days") || is(x, t + 1, "weeks") || is(x, t + 1, "hours") ||
                         is(x, t + 1, "two") || is(x, t + 1, "a") || is(x, t + 1, "an") ||
                         (wl > 5 && memcmp(w + wl - 3, "ing", 3) == 0 && !cue_at(x, t + 1)));
                    if (!sub) continue;
                    /* a cue right before: "…, the board said on Tuesday, after" */
                    size_t c0 = t;
                    while (c0 > b && !is_punct(x, c0 - 1, ',') && c0 + 10 > t)
                        c0--;
                    if (c0 <= b + 4 || !is_punct(x, c0 - 1, ',')) continue;
                    size_t l2 = 0, k2 = find_cue(x, c0, t, &l2);
                    /* "…, the ministry said on Tuesday, a setback for…", but not "…, said
                     * his biggest customer, a wholesaler in Germany," where the phrase is the
                     * appositive of a subject after the cue */
                    size_t ka = k2 + (l2 == 4 ? 1 : l2);
                    if ((is(x, t + 1, "a") || is(x, t + 1, "an")) && ka < t &&
                        !(is(x, ka, "on") || is(x, ka, "in") || is(x, ka, "at") ||
                          is(x, ka, "last") || is(x, ka, "this") || is(x, ka, "late") ||
                          is(x, ka, "early") || is(x, ka, "yesterday") || is(x, ka, "today")))
                        continue;
                    if (k2 < t && (in(x, k2, CLAUSE_CUES) || is(x, k2, "told"))) {
                        end = t;
                        break;
                    }
                }
            for (size_t c = end; c-- > b + 4;) {
                if (!is_punct(x, c, ',')) continue;
                size_t len = 0, k = find_cue(x, c + 1, end, &len);
                if (k == end || k > c + 8 ||
                    !(in(x, k, CLAUSE_CUES) || is(x, k, "told") || is(x, k, "tells")))
                    break;
                mention m = {0};
                /* "CLAUSE, the country’s trade minister, Sebastián Ferreira, told lawmakers": the
                 * comma before the cue closes an appositive */
                if (k == c + 1) {
                    mention r = saywho__mention_before(x, b, k);
                    size_t c0 = r.b;
                    while (c0 > b && !is_punct(x, c0 - 1, ','))
                        c0--;
                    if ((r.kind == 1 || r.kind == 2) && c0 > b + 4 && c0 + 16 > c) {
                        m = r;
                        c = c0 - 1;
                        /* "…, the country’s trade minister, NAME, told": the appositive before
                         * the name belongs to the attribution too */
                        size_t a = c;
                        while (a > b && !is_punct(x, a - 1, ',') && a + 10 > c)
                            a--;
                        if (a > b + 4 && is_punct(x, a - 1, ',') &&
                            (in(x, a, DETERMINERS) || is_possessive(x, a) ||
                             (is_word(x, a) && !is_upper(x, a))))
                            c = a - 1;
                    }
                }
                if (!m.kind)
                    m = k > c + 1 ? saywho__mention_before(x, c + 1, k)
                                  : saywho__mention_after(x, k + len, end);
                if (!m.kind) m = saywho__mention_after(x, k + len, end);
                if (!m.kind || has_quote) break;
                /* "told lawmakers": the addressee */
                mention ad = {0};
                if (in(x, k, OBJECT_CUES) && m.b < k) {
                    ad = saywho__mention_after(x, k + len, end);
                    if (ad.kind == 3) ad = (mention){0};
                }
                /* the attribution closes the sentence: at most a few adjunct words after it */
                size_t after = m.e > k + len ? m.e : k + len;
                if (ad.kind && ad.e > after) after = ad.e;
                if (after + 4 < end) break;
                if (after < end &&
                    !(is(x, after, "on") || is(x, after, "in") || is(x, after, "at") ||
                      is(x, after, "after") || is(x, after, "during") || is(x, after, "last") ||
                      is(x, after, "this") || is(x, after, "late") || is(x, after, "early") ||
                      is(x, after, "before") || is(x, after, "to") || is(x, after, "from") ||
                      is(x, after, "by") || is(x, after, "earlier") || is(x, after, "yesterday") ||
                      is(x, after, "today")))
                    break;
                for (size_t t = after; t < end; t++)
                    if (cue_at(x, t) || is_punct(x, t, ',')) goto not_final;
                /* the clause must itself hold a verb-like word, not "In Paris, officials said" */
                size_t cb = b;
                /* a dateline "PARIS (Wire) — " is not part of the clause */
                for (size_t i = b; i < c && i < b + 8; i++)
                    if (is_dash(x, i)) cb = i + 1;
                if (words_in(x, cb, c) < 5) break;
                if (add_reported(x, si, cb, c, k, k + (len == 4 ? 1 : len), m, ad)) return -1;
                if (tail) {
                    size_t tl = cue_at(x, tail), tb2 = tail + tl;
                    tb2 = skip_adjuncts(x, tb2);
                    if (is(x, tb2, "that")) tb2++;
                    size_t te2 = clause_end(x, tb2, e);
                    if (tl && words_in(x, tb2, te2) >= 3 &&
                        add_reported(x, si, tb2, te2, tail, tail + (tl == 4 ? 1 : tl), m,
                                     (mention){0}))
                        return -1;
                }
                goto next_sentence;
            }
        not_final:;
        }
        {
            int r = split_by_attribution(x, si, has_quote);
            if (r < 0) return -1;
            if (r) goto next_sentence;
        }

        /* "X said (that) CLAUSE", "X told Y CLAUSE", "X urged Y to VP", "X called for NP" */
        mention carry = {0};
        for (size_t i = b; i < e; i++) {
            if (x->quoted[i]) continue;
            size_t len = cue_at(x, i);
            if (!len || is(x, i, "according")) continue;
            int clause = in(x, i, CLAUSE_CUES);
            /* "Residents were told by the developer at a meeting that CLAUSE" */
            if ((is(x, i, "told") || is(x, i, "assured") || is(x, i, "informed")) && i > b + 1 &&
                (is(x, i - 1, "was") || is(x, i - 1, "were")) && is(x, i + 1, "by")) {
                mention sp = saywho__mention_after(x, i + 2, e);
                mention to = saywho__mention_before(x, b, i - 1);
                if (sp.kind == 1 || sp.kind == 2) {
                    size_t k = skip_adjuncts(x, sp.ce > sp.e ? sp.ce : sp.e);
                    if (is(x, k, "that")) {
                        size_t ce = clause_end(x, k + 1, e);
                        if (words_in(x, k + 1, ce) >= 3 && !has_quote &&
                            add_reported(x, si, k + 1, ce, i, i + 1, sp,
                                         to.kind == 3 ? (mention){0} : to))
                            return -1;
                        break;
                    }
                }
            }
            /* "called for" takes no addressee; "called on X to VP" does */
            int object =
                in(x, i, OBJECT_CUES) && (len != 2 || is(x, i + 1, "on") || is(x, i + 1, "upon"));
            int np_cue = len == 2 && (is(x, i + 1, "for") || is(x, i + 1, "out")); /* called for */
            int expressed = is(x, i, "expressed") || is(x, i, "voiced");
            if (expressed) {
                clause = is(x, i + len, "that");
                np_cue = len == 3; /* "voiced support for [the plan]" */
                object = 0;
            }
            int welcome = is(x, i, "welcomed") || is(x, i, "welcomes") || is(x, i, "praised") ||
                          is(x, i, "rejected") || is(x, i, "criticised") ||
                          is(x, i, "criticized") || is(x, i, "condemned") || is(x, i, "demanded");
            if (!clause && !object && !np_cue && !welcome && len < 4) continue;
            mention m = saywho__mention_before(x, b, i);
            /* "the coach, Malin Axelsson, who said she would…": the one the clause is about */
            int relative = 0;
            if (i >= b + 3 && is(x, i - 1, "who") && is_punct(x, i - 2, ',') &&
                /* a verb of saying, not "who denied the charges", "who observed the vote" */
                (is(x, i, "said") || is(x, i, "says") || is(x, i, "told") || is(x, i, "warned") ||
                 is(x, i, "argued") || is(x, i, "insisted") || is(x, i, "wrote") ||
                 is(x, i, "urged") || is(x, i, "complained") || is(x, i + len, "that"))) {
                mention r = saywho__mention_before(x, b, i - 2);
                if (r.kind == 1 || r.kind == 2) m = r, relative = 1;
            }
            /* "…, but noted that B": the subject of the clause before */
            if (!m.kind && carry.kind && i > b && (is(x, i - 1, "and") || is(x, i - 1, "but")))
                m = carry;
            /* "X called the freeze “…” and said B": the subject of the sentence */
            if (!m.kind && i > b + 1 && (is(x, i - 1, "and") || is(x, i - 1, "but")) &&
                (is_close(x, i - 2) || x->quoted[i - 2])) {
                mention sm;
                size_t v;
                if (saywho__subject_at(x, b, i, &sm, &v)) m = sm;
            }
            if (!m.kind) continue;
            size_t k = i + len;
            mention ad = {0};
            k = skip_adjuncts(x, k);
            if (object && (is(x, k, "reporters") || is(x, k, "journalists"))) {
                ad = saywho__mention_after(x, k, k + 1);
                k = skip_adjuncts(x, k + 1);
            }
            /* "pressed it to keep serving…", "urged them to…": a pronoun addressee */
            if (object && !ad.kind && k + 2 < e && is(x, k + 1, "to") &&
                (is(x, k, "it") || is(x, k, "them") || is(x, k, "him") || is(x, k, "her") ||
                 is(x, k, "us"))) {
                ad.b = ad.nb = k;
                ad.e = ad.ne = k + 1;
                ad.kind = 3;
                k++;
            }
            int asks = is(x, i, "asked") || is(x, i, "asks");
            /* "asked the company’s chief executive, Rui Magalhães, whether…": the one asked,
             * named after the title */
            if (object && !ad.kind && asks && !is(x, k, "whether")) {
                size_t w = k;
                while (w < e && w < k + 16 && !is(x, w, "whether") && !x->quoted[w] &&
                       !cue_at(x, w) && !(x->t[w].flags & SAYWHO_TOKEN_TERMINAL) &&
                       (is_word(x, w) || is_punct(x, w, ',')))
                    w++;
                if (w < e && w > k && is(x, w, "whether")) {
                    size_t ae = is_punct(x, w - 1, ',') ? w - 1 : w, ab = ae;
                    while (ab > k && !is_punct(x, ab - 1, ','))
                        ab--;
                    mention a = saywho__mention_after(x, ab, ae);
                    if (!a.kind || a.kind == 3) a = saywho__mention_after(x, k, ae);
                    if (a.kind && a.kind != 3) {
                        ad = a;
                        k = w;
                    }
                }
            }
            if (object && !ad.kind && !is(x, k, "that")) {
                mention a = saywho__mention_after(x, k, e);
                if (a.kind && a.kind != 3 && a.e < e &&
                    (is(x, a.e, "to") || is(x, a.e, "that") || is_upper(x, a.e) ||
                     (asks && a.b == k && is(x, a.e, "for") && !is(x, a.e + 1, "comment") &&
                      !is(x, a.e + 1, "anonymity")) ||
                     in(x, a.e, DETERMINERS) || in(x, a.e, PRONOUNS) || is(x, a.e, "it") ||
                     is(x, a.e, "on") || is(x, a.e, "they"))) {
                    ad = a;
                    k = skip_adjuncts(x, a.e);
                }
            }
            /* "a reporter asked whether the company would pay": an indirect question */
            if ((asks || is(x, i, "wondered")) && k + 3 < e &&
                (is(x, k, "whether") || (is(x, k, "if") && ad.kind))) {
                clause = 1;
                object = 0;
                k++;
            }
            /* "asked the transport ministry for emergency dredging": what was asked for */
            if (object && ad.kind && is(x, k, "for") && asks) {
                np_cue = 1;
                k++;
            }
            /* "warned in a letter to staff that": the letter's addressee */
            if (object && !ad.kind && is(x, k, "to") && k > i + 1 &&
                (is(x, k - 1, "letter") || is(x, k - 1, "note") || is(x, k - 1, "email") ||
                 is(x, k - 1, "message") || is(x, k - 1, "memo")))
                k++;
            /* "told lawmakers in Accra on Tuesday that", "told Wire by telephone that": the
             * addressee ends where a place, a time or a manner begins */
            if (object && !ad.kind && !is(x, k, "that") && clause) {
                size_t t = k;
                while (t < e && t < k + 14 && is_word(x, t) && !is(x, t, "that") && !x->quoted[t] &&
                       !cue_at(x, t))
                    t++;
                if (t > k && t < e && is(x, t, "that")) {
                    size_t cut = k;
                    while (cut < t &&
                           !(is(x, cut, "in") || is(x, cut, "at") || is(x, cut, "during") ||
                             is(x, cut, "by") || is(x, cut, "outside") || is(x, cut, "after") ||
                             is(x, cut, "before") || is(x, cut, "last") || is(x, cut, "this") ||
                             is(x, cut, "on") || is(x, cut, "via") || is(x, cut, "over") ||
                             is(x, cut, "earlier") || is(x, cut, "yesterday")))
                        cut++;
                    mention a = cut > k ? saywho__mention_after(x, k, cut) : (mention){0};
                    if (!a.kind && cut > k && cut <= k + 4 && in(x, cut - 1, SAYWHO_GROUPS)) {
                        a.b = a.nb = k; /* "lawmakers", "local radio" */
                        a.e = a.ne = cut;
                        a.kind = 2;
                    }
                    if (a.kind && a.kind != 3) {
                        ad = a;
                        k = t;
                    }
                }
            }
            /* "urged pregnant women to get a booster", "urged the governor in a letter to
             * suspend…": the addressee is what stands before "to" */
            if (object && !ad.kind && !is(x, k, "to") && !is(x, k, "that") && !clause &&
                !saywho__is_prep(x, k)) {
                size_t t = k;
                /* "urged anyone who had bought fish at the market since Aug. 2 to…": a
                 * relative clause inside the addressee */
                int rel = 0;
                while (t < e && t < k + (rel ? 18 : 10) &&
                       (is_word(x, t) ||
                        (rel && (x->t[t].kind == SAYWHO_TOK_NUMBER || is_punct(x, t, '.')))) &&
                       !is(x, t, "to") && !x->quoted[t] && !cue_at(x, t) &&
                       (!in(x, t, SAYWHO_STOP) || rel ||
                        (t > k && (is(x, t, "who") || is(x, t, "that")))) &&
                       !(x->t[t].flags & SAYWHO_TOKEN_TERMINAL)) {
                    if (is(x, t, "who") || is(x, t, "that")) rel = 1;
                    t++;
                }
                if (t > k && t + 1 < e && is(x, t, "to") && is_word(x, t + 1) &&
                    !is_upper(x, t + 1) && !in(x, t + 1, DETERMINERS)) {
                    size_t cut = k; /* the addressee ends where "in a letter" begins */
                    while (cut < t &&
                           !(((is(x, cut, "in") || is(x, cut, "on") || is(x, cut, "during")) &&
                              cut + 2 < t && in(x, cut + 1, DETERMINERS) &&
                              (in(x, cut + 2, SAYWHO_DOC_WORDS) || is(x, cut + 2, "interview") ||
                               is(x, cut + 2, "speech") || is(x, cut + 2, "meeting") ||
                               is(x, cut + 2, "call") || is(x, cut + 2, "visit"))) ||
                             is(x, cut, "last") || is(x, cut, "this") || is(x, cut, "again") ||
                             is(x, cut, "yesterday")))
                        cut++;
                    mention a = cut > k ? saywho__mention_after(x, k, cut) : (mention){0};
                    if (!a.kind && cut > k && (cut <= k + 4 || rel)) {
                        a.b = a.nb = k; /* "pregnant women", "wealthy nations" */
                        a.e = a.ne = cut;
                        a.kind = 2;
                    }
                    /* "the other governments at the table", "livestock owners across the
                     * south": the whole phrase names them */
                    if (a.kind == 2 && a.e < cut && saywho__is_prep(x, a.e)) a.e = a.ne = cut;
                    /* "European chocolate makers": a name that is only the phrase's first word
                     * does not name it */
                    if (a.kind == 1 && a.e < cut && !saywho__is_prep(x, a.e) && cut <= k + 5) {
                        a.b = a.nb = k;
                        a.e = a.ne = cut;
                        a.kind = 2;
                    }
                    if (a.kind && a.kind != 3) {
                        ad = a;
                        k = t;
                    }
                }
            }
            if (is(x, k, "that")) k++;
            if (np_cue || welcome || (object && is(x, k, "to")) || clause) {
                if (object && is(x, k, "to") && !clause) k++; /* urged X to [VP] */
                size_t ce = clause_end(x, k, e);
                /* "The mayor, who said last week that the road would reopen, declined to
                 * comment": the relative clause ends where the sentence's verb comes */
                for (size_t t = k + 1; relative && t + 1 < ce; t++)
                    if (is_punct(x, t, ',') && is_word(x, t + 1) && !is_upper(x, t + 1) &&
                        !in(x, t + 1, SAYWHO_FUNCTION) && !in(x, t + 1, DETERMINERS)) {
                        ce = t;
                        break;
                    }
                if (has_quote) break;
                /* "welcomed the aid but urged donors to…": a short object, and the next cue */
                if (words_in(x, k, ce) < 3) {
                    if (!np_cue && !welcome) break;
                    carry = m; /* the subject of "… but urged" */
                    continue;
                }
                if (!np_cue && !welcome && !is(x, k - 1, "that") &&
                    !(object && is(x, k - 1, "to"))) {
                    /* a bare clause must start like one: a subject, not "on Tuesday" */
                    if (!(is_upper(x, k) || in(x, k, DETERMINERS) || in(x, k, PRONOUNS) ||
                          is_word(x, k) ||
                          (x->t[k].kind == SAYWHO_TOK_NUMBER && k + 1 < e && is_word(x, k + 1))))
                        break;
                    if (is(x, k, "in") || is(x, k, "on") || is(x, k, "at") || is(x, k, "of") ||
                        (is(x, k, "about") && x->t[k + 1].kind != SAYWHO_TOK_NUMBER) ||
                        is(x, k, "to") || is(x, k, "with") || is(x, k, "by") || is(x, k, "was") ||
                        is(x, k, "were") || is(x, k, "had") || is(x, k, "and"))
                        break;
                }
                size_t ke = i + (len == 4 ? 1 : len);
                /* coordinated clauses: "A and that B" is one statement, as the corpus marks it;
                 * "but noted that D" has a cue of its own, and the same subject */
                for (;;) {
                    size_t j = ce < e && is_punct(x, ce, ',') ? ce + 1 : ce;
                    size_t c = j < e ? coordinated_at(x, j, e) : 0;
                    if (!c || !is(x, c, "that")) break;
                    size_t ce2 = clause_end(x, c + 1, e);
                    if (words_in(x, c + 1, ce2) < 3) break;
                    ce = ce2;
                }
                if (add_reported(x, si, k, ce, i, ke, m, ad)) return -1;
                /* "…, saying developers were uprooting groves": the same speaker goes on */
                if (ce + 2 < e && is_punct(x, ce, ',') &&
                    (is(x, ce + 1, "saying") || is(x, ce + 1, "adding") ||
                     is(x, ce + 1, "arguing") || is(x, ce + 1, "noting") ||
                     is(x, ce + 1, "insisting") || is(x, ce + 1, "warning"))) {
                    size_t k2 = ce + 2;
                    if (is(x, k2, "that")) k2++;
                    size_t ce2 = clause_end(x, k2, e);
                    if (words_in(x, k2, ce2) >= 3 &&
                        (is_upper(x, k2) || in(x, k2, DETERMINERS) || in(x, k2, PRONOUNS) ||
                         is_word(x, k2)) &&
                        add_reported(x, si, k2, ce2, ce + 1, ce + 2, m, (mention){0}))
                        return -1;
                }
                size_t j = ce < e && is_punct(x, ce, ',') ? ce + 1 : ce;
                /* "…, while X urged Y to…": go on with the next speaker */
                if (j < e && (is(x, j, "while") || is(x, j, "whereas"))) {
                    carry = (mention){0};
                    i = j;
                    continue;
                }
                size_t c = j < e ? coordinated_at(x, j, e) : 0;
                if (c) {
                    if (in(x, c, PRONOUNS)) c++;
                    carry = m;
                    i = c - 1; /* the loop goes on at the second cue */
                    continue;
                }
                break;
            }
        }
        /* "Ferrer put the blame on the towns, saying Cambrils alone owed the firm 300,000
         * euros", "The council voted 39 to 28 …, saying it could no longer justify…": an act,
         * then what its subject said of it */
        for (size_t i = b + 3; i + 4 < e && !has_quote; i++) {
            if (!is_punct(x, i - 1, ',') || x->quoted[i] ||
                !(is(x, i, "saying") || is(x, i, "arguing") || is(x, i, "insisting") ||
                  is(x, i, "warning") || is(x, i, "noting")))
                continue;
            size_t k = i + 1;
            if (is(x, k, "that")) k++;
            int owned = 0;
            for (size_t t = b; t < e && !owned; t++)
                owned = x->owner[t] >= 0;
            mention sm = {0};
            size_t sb = b; /* after a dateline "PARIS (Wire) — " */
            for (size_t d = b; d < i && d < b + 8; d++)
                if (is_dash(x, d)) sb = d + 1;
            size_t v = sb + 1;
            if (in(x, sb, PRONOUNS) && !is(x, sb, "i") && !is(x, sb, "we")) { /* "He thanked" */
                sm.b = sm.nb = sb;
                sm.e = sm.ne = sb + 1;
                sm.kind = 3;
            } else if (!saywho__subject_at(x, sb, i, &sm, &v)) {
                sm.kind = 0;
            }
            /* "Laia Ferrer, a spokeswoman, put…": the name, not its appositive */
            if (sm.kind == 2) {
                mention nm = saywho__name_before_appositive(x, sb, i, sm);
                if (nm.kind == 1) sm = nm;
            }
            if (owned || v >= i || !(sm.kind == 1 || sm.kind == 2 || sm.kind == 3)) break;
            size_t ce = clause_end(x, k, e);
            if (words_in(x, k, ce) < 3 ||
                !(is_upper(x, k) || in(x, k, DETERMINERS) || in(x, k, PRONOUNS) || is_word(x, k)))
                break;
            if (add_reported(x, si, k, ce, i, i + 1, sm, (mention){0})) return -1;
            break;
        }
    next_sentence:;
    }
    return 0;
}

/* ---- the list ---- */

struct saywho_statements {
    saywho_statement *st;
    size_t n;
    char **names;
    size_t n_names;
};

static const ex *sort_ctx;

/* Attribution order: where the speaker is first named, else where the content starts. */
static size_t anchor_of(const ex *x, size_t i) {
    const saywho_statement *s = &x->st[i];
    size_t a = s->content[0].start;
    if (x->pend[i].m.kind && s->source.start < a) a = s->source.start;
    return a;
}

static int cmp_index(const void *pa, const void *pb) {
    size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
    size_t x = anchor_of(sort_ctx, a), y = anchor_of(sort_ctx, b);
    if (x != y) return x < y ? -1 : 1;
    return (a > b) - (a < b);
}

static int cmp_statement(const void *a, const void *b) {
    const saywho_statement *x = a, *y = b;
    if (x->content[0].start != y->content[0].start)
        return x->content[0].start < y->content[0].start ? -1 : 1;
    return 0;
}

/* Does sentence si hold a statement or its attribution? */
static int sentence_has_speech(const ex *x, size_t si) {
    size_t a = x->d->sents[si].start, b = x->d->sents[si].end;
    for (size_t i = 0; i < x->n; i++) {
        const saywho_statement *s = &x->st[i];
        if ((s->content[0].start >= a && s->content[0].start < b) ||
            (s->cue.end > s->cue.start && s->cue.start >= a && s->cue.start < b))
            return 1;
    }
    return 0;
}

/* The paragraph that holds byte offset b of the text. */
static size_t para_at_byte(const ex *x, size_t b) {
    size_t lo = 0, hi = x->d->n_sents;
    while (hi - lo > 1) { /* the last sentence that starts at or before b */
        size_t mid = lo + (hi - lo) / 2;
        if (x->t[x->d->sents[mid].tok_begin].start <= b)
            lo = mid;
        else
            hi = mid;
    }
    return x->d->n_sents ? x->d->sents[lo].paragraph : 0;
}

/* The floating quote s is spoken by the person or body of mention m, whose verb is token verb
 * ("Gunasekera struck a conciliatory note", "X made the remark"): sets its attribution and
 * makes m the last speaker. Returns 0 when m names nobody. */
static int speaks(ex *x, saywho_statement *s, mention m, size_t verb) {
    int e = saywho__resolve_mention(x, m, 0);
    if (e < 0) return 0;
    s->source = tok_span(x, m.b, m.e);
    s->cue = tok_span(x, verb, verb + 1);
    s->speaker = x->ents[e].name;
    if (!x->ents[e].org) {
        x->last_person = e;
        x->last_person_para = x->d->sents[sentence_of(x, m.b)].paragraph;
    }
    return 1;
}

/* "… when he spoke to reporters after the signing.", "… addressed reporters": the speaking verb
 * of a lead-in sentence becomes the cue and its object the addressee. */
static void lead_addressee(ex *x, saywho_statement *s, size_t verb) {
    size_t v = verb;
    while (v < x->nt && v < verb + 6 && !is(x, v, "spoke") && !is(x, v, "speaking") &&
           !is(x, v, "talked") && !is(x, v, "addressed") && !is_punct(x, v, '.'))
        v++;
    size_t at =
        is(x, v, "addressed") ? v + 1
        : (is(x, v, "spoke") || is(x, v, "speaking") || is(x, v, "talked")) && is(x, v + 1, "to")
            ? v + 2
            : 0;
    if (!at || at >= x->nt) return;
    s->cue = tok_span(x, v, v + 1);
    mention ad = saywho__mention_after(x, at, x->d->sents[sentence_of(x, v)].tok_end);
    if (!ad.kind || ad.kind == 3) return;
    int a = saywho__resolve_mention(x, ad, 1);
    if (a < 0) return;
    s->addressee = tok_span(x, ad.b, ad.e);
    s->addressee_name = x->ents[a].name;
}

/* Resolves every speaker and addressee to a canonical name, in document order, so that pronouns
 * find the last fitting person and floating quotes the speaker before them. */
static int resolve_all(ex *x) {
    size_t *order = malloc((x->n + 1) * sizeof *order);
    if (!order) return -1;
    for (size_t i = 0; i < x->n; i++)
        order[i] = i;
    sort_ctx = x;
    qsort(order, x->n, sizeof *order, cmp_index);
    long last = -1; /* the last attributed statement, in document order */
    for (size_t k = 0; k < x->n; k++) {
        size_t i = order[k];
        saywho_statement *s = &x->st[i];
        const pending *p = &x->pend[i];
        if (p->floating && !p->m.kind && p->after.kind) {
            /* the next paragraph names the speaker and points back at the words */
            if (speaks(x, s, p->after, p->after_verb)) {
                last = (long)i;
                continue;
            }
        }
        if (p->floating && !p->m.kind) {
            /* the subject of a lead-in sentence with no statement of its own speaks */
            if (p->lead.kind && !sentence_has_speech(x, sentence_of(x, p->lead.b))) {
                if (speaks(x, s, p->lead, p->lead_verb)) {
                    lead_addressee(x, s, p->lead_verb);
                    last = (long)i;
                    continue;
                }
            }
            /* continue the previous speaker when that statement is in this or the previous
             * paragraph */
            if (last >= 0) {
                const saywho_statement *from = &x->st[last];
                /* where that statement ends: a quote may run over paragraphs */
                size_t pf = para_at_byte(x, from->content[from->n_content - 1].end - 1);
                size_t ph = x->d->sents[s->sentence].paragraph;
                if (ph == pf || ph == pf + 1) {
                    s->source = from->source;
                    s->cue = from->cue;
                    s->speaker = from->speaker;
                }
            }
            if (s->speaker) last = (long)i;
            continue;
        }
        if (p->m.kind) {
            int e = saywho__resolve_mention(x, p->m, 0);
            if (e >= 0 && x->ents[e].org) e = saywho__named_later(x, p->m, e);
            /* "“…?” asked Ebogo. “…,” he replied": who answers a question is not who asked it,
             * but the one who spoke before the question */
            size_t ct = saywho__token_at(x->d, s->cue.start);
            if (e >= 0 && p->m.kind == 3 && last >= 0 && ct < x->nt &&
                (is(x, ct, "replied") || is(x, ct, "answered") || is(x, ct, "responded")) &&
                x->st[last].speaker == x->ents[e].name) {
                const saywho_statement *q = &x->st[last];
                size_t qe = q->content[q->n_content - 1].end;
                int question = qe > 0 && x->d->text[qe - 1] == '?';
                for (long j = last - 1; question && j >= 0 && j + 8 > last; j--) {
                    const char *who = x->st[j].speaker;
                    if (!who || who == q->speaker) continue;
                    int other = -1;
                    for (size_t t = 0; t < x->n_ents && other < 0; t++)
                        if (x->ents[t].name == who && !x->ents[t].org) other = (int)t;
                    int g = is(x, p->m.b, "she") ? 1 : is(x, p->m.b, "he") ? 2 : 0;
                    if (other >= 0 && !(g && x->ents[other].gender && x->ents[other].gender != g))
                        e = other;
                    break;
                }
            }
            if (e >= 0) {
                s->speaker = x->ents[e].name;
                last = (long)i;
                size_t para = x->d->sents[sentence_of(x, p->m.b)].paragraph;
                if (!x->ents[e].org) {
                    x->last_person = e;
                    x->last_person_para = para;
                } else if (saywho__unnamed_person(x, p->m)) {
                    x->last_unnamed = e;
                    x->last_unnamed_tok = p->m.b;
                } else {
                    x->last_org = e;
                    x->last_org_para = para;
                }
            } else if (p->m.kind == 3) {
                /* a pronoun with nobody before it to refer to: keep it as written */
                s->speaker = saywho__intern(x, x->d->text + s->source.start,
                                            s->source.end - s->source.start);
                last = (long)i;
            } else {
                s->source = s->cue = (saywho_span){0, 0};
            }
        }
        if (p->ad.kind) {
            int e = saywho__resolve_mention(x, p->ad, 1);
            if (e >= 0 && x->ents[e].name != s->speaker) {
                s->addressee_name = x->ents[e].name;
                /* a question put to a person: "he said" next is the answer */
                saywho_span qe = s->content[s->n_content - 1];
                if (!x->ents[e].org && qe.end > qe.start && x->d->text[qe.end - 1] == '?') {
                    x->asked = e;
                    x->asked_tok = saywho__token_at(x->d, qe.end - 1);
                }
            } else if (e >= 0) { /* nobody is told what they say themselves: the words as given */
                saywho_span as = tok_span(x, p->ad.b, p->ad.ce > p->ad.e ? p->ad.ce : p->ad.e);
                s->addressee_name = saywho__intern(x, x->d->text + as.start, as.end - as.start);
            }
        }
    }
    free(order);
    return 0;
}

/* Resolves speakers in document order: earlier mentions first, so "Okafor" finds "Adaeze Okafor".
 */
int saywho_statements_find(const saywho_doc *d, saywho_statements **out) {
    *out = NULL;
    ex x;
    memset(&x, 0, sizeof x);
    x.d = d;
    x.t = d->tokens;
    x.nt = d->n_tokens;
    x.last_person = -1;
    x.last_org = -1;
    x.last_unnamed = -1;
    x.asked = -1;
    x.owner = malloc((x.nt + 1) * sizeof *x.owner);
    x.quoted = calloc(x.nt + 1, 1);
    x.orgish = calloc(x.nt + 1, 1);
    saywho_statements *list = calloc(1, sizeof *list);
    int rc = SAYWHO_ENOMEM;
    if (!x.owner || !x.quoted || !x.orgish || !list) goto done;
    for (size_t i = 0; i < x.nt; i++)
        x.owner[i] = -1;
    /* quotations first (names inside them are no mentions), then names, so that a speaker
     * introduced later in a sentence still resolves */
    if (mark_quotes(&x)) goto done;
    saywho__learn_org_names(&x);
    x.headline = headline(&x); /* "Danish club plays …": the story names them again */
    for (size_t s = 0; s < d->n_sents; s++) {
        if (x.headline && d->sents[s].paragraph == 0) continue;
        saywho__learn_names(&x, d->sents[s].tok_begin, d->sents[s].tok_end);
        saywho__learn_org_phrases(&x, d->sents[s].tok_begin, d->sents[s].tok_end);
    }
    if (do_quotes(&x) || do_reported(&x) || resolve_all(&x)) goto done;
    if (x.n) qsort(x.st, x.n, sizeof *x.st, cmp_statement);
    list->st = x.st;
    list->n = x.n;
    list->names = x.names;
    list->n_names = x.n_names;
    x.st = NULL;
    x.names = NULL;
    *out = list;
    list = NULL;
    rc = SAYWHO_OK;
done:
    free(x.owner);
    free(x.quoted);
    free(x.orgish);
    free(x.ents);
    free(x.st);
    free(x.pend);
    free(x.seen);
    free(x.qs);
    if (x.names)
        for (size_t i = 0; i < x.n_names; i++)
            free(x.names[i]);
    free(x.names);
    free(list);
    return rc;
}

const saywho_statement *saywho_statements_get(const saywho_statements *l, size_t *n) {
    *n = l->n;
    return l->st;
}

void saywho_statements_free(saywho_statements *l) {
    if (!l) return;
    for (size_t i = 0; i < l->n_names; i++)
        free(l->names[i]);
    free(l->names);
    free(l->st);
    free(l);
}
