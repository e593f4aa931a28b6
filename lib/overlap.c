/* Duplicates and near duplicates across corpus splits, found by hashing case-folded word runs. */
#include "internal.h"
#include "saywho/corpus.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#define GRAM 8        /* words in a shingle */
#define NEAR_SHARED 4 /* shingles shared with another split that make a near duplicate */
#define MAX_SPLITS 4

typedef struct unit {
    int split;
    const char *file;
    size_t line;
    uint64_t whole; /* hash of all the words: exact duplicates */
    size_t gram_begin, gram_end;
} unit;

/* One table slot per distinct shingle: the first unit of each split that has it. */
typedef struct slot {
    uint64_t key; /* 0: empty */
    int32_t first[MAX_SPLITS];
} slot;

struct saywho_overlap {
    unit *units;
    size_t n_units, units_cap;
    uint64_t *grams; /* every unit's shingle hashes, unit by unit */
    size_t n_grams, grams_cap;
    slot *table;
    size_t table_cap, table_used;
};

saywho_overlap *saywho_overlap_new(void) {
    return calloc(1, sizeof(saywho_overlap));
}

void saywho_overlap_free(saywho_overlap *o) {
    if (!o) return;
    free(o->units);
    free(o->grams);
    free(o->table);
    free(o);
}

static uint64_t mix(uint64_t h) {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h ? h : 1;
}

static slot *lookup(saywho_overlap *o, uint64_t key) {
    size_t mask = o->table_cap - 1, i = (size_t)key & mask;
    while (o->table[i].key && o->table[i].key != key)
        i = (i + 1) & mask;
    return &o->table[i];
}

static int grow(saywho_overlap *o) {
    size_t ncap = o->table_cap ? o->table_cap * 2 : 1024;
    slot *old = o->table;
    size_t ocap = o->table_cap;
    o->table = calloc(ncap, sizeof *o->table);
    if (!o->table) {
        o->table = old;
        return -1;
    }
    o->table_cap = ncap;
    for (size_t i = 0; i < ocap; i++)
        if (old[i].key) *lookup(o, old[i].key) = old[i];
    free(old);
    return 0;
}

int saywho_overlap_add(saywho_overlap *o, int split, const char *text, size_t len, const char *file,
                       size_t line) {
    if (split < 0 || split >= MAX_SPLITS) return SAYWHO_EINVAL;
    if (saywho__reserve((void **)&o->units, &o->units_cap, o->n_units + 1, sizeof *o->units))
        return SAYWHO_ENOMEM;
    /* Words: runs of letters and digits, case-folded, each hashed (FNV-1a). */
    uint64_t words[4096];
    size_t nw = 0;
    uint64_t h = 0;
    int in_word = 0;
    for (size_t i = 0; i <= len;) {
        utf8proc_int32_t cp = -1;
        utf8proc_ssize_t k = 1;
        if (i < len) {
            k = utf8proc_iterate((const utf8proc_uint8_t *)text + i, (utf8proc_ssize_t)(len - i),
                                 &cp);
            if (k <= 0) k = 1, cp = -1;
        }
        int cat = cp >= 0 ? utf8proc_category(cp) : 0;
        int alnum = cp >= 0 && ((cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
                                cat == UTF8PROC_CATEGORY_ND);
        if (alnum) {
            if (!in_word) h = 0xcbf29ce484222325ULL;
            in_word = 1;
            utf8proc_int32_t f = utf8proc_tolower(cp);
            h = (h ^ (uint64_t)f) * 0x100000001b3ULL;
        } else if (in_word) {
            if (nw < sizeof words / sizeof words[0]) words[nw++] = h;
            in_word = 0;
        }
        i += (size_t)k;
    }
    unit *u = &o->units[o->n_units];
    u->split = split;
    u->file = file;
    u->line = line;
    uint64_t whole = 0x9e3779b97f4a7c15ULL;
    for (size_t i = 0; i < nw; i++)
        whole = mix(whole ^ words[i]);
    u->whole = nw ? whole : 0;
    u->gram_begin = o->n_grams;
    for (size_t i = 0; i + GRAM <= nw; i++) {
        uint64_t g = 0x12345;
        for (size_t j = 0; j < GRAM; j++)
            g = mix(g ^ words[i + j]);
        if (saywho__reserve((void **)&o->grams, &o->grams_cap, o->n_grams + 1, sizeof *o->grams))
            return SAYWHO_ENOMEM;
        o->grams[o->n_grams++] = g;
    }
    u->gram_end = o->n_grams;
    int32_t id = (int32_t)o->n_units++;
    /* index the whole text (as a shingle of its own kind) and every shingle */
    for (size_t i = u->gram_begin; i <= u->gram_end; i++) {
        uint64_t key = i == u->gram_end ? mix(u->whole ^ 0xABCDEF) : o->grams[i];
        if (i == u->gram_end && !u->whole) break;
        if ((o->table_used + 1) * 2 > o->table_cap && grow(o)) return SAYWHO_ENOMEM;
        slot *s = lookup(o, key);
        if (!s->key) {
            s->key = key;
            for (int k = 0; k < MAX_SPLITS; k++)
                s->first[k] = -1;
            o->table_used++;
        }
        if (s->first[split] < 0) s->first[split] = id;
    }
    return SAYWHO_OK;
}

size_t saywho_overlap_report(const saywho_overlap *o, saywho_fault_fn fault, void *ctx) {
    size_t found = 0;
    saywho_overlap *m = (saywho_overlap *)o; /* lookup does not modify */
    size_t *count = calloc(o->n_units ? o->n_units : 1, sizeof *count);
    if (!count) return 0;
    for (size_t id = 0; id < o->n_units; id++) {
        const unit *u = &o->units[id];
        int32_t exact = -1;
        if (u->whole) {
            slot *s = lookup(m, mix(u->whole ^ 0xABCDEF));
            for (int k = 0; k < u->split; k++)
                if (s->first[k] >= 0) exact = s->first[k];
        }
        /* count shingles shared with each earlier split's units; keep the most frequent one */
        int32_t best = -1;
        size_t best_n = 0;
        for (size_t i = u->gram_begin; i < u->gram_end; i++) {
            slot *s = lookup(m, o->grams[i]);
            for (int k = 0; k < u->split; k++) {
                int32_t other = s->first[k];
                if (other < 0) continue;
                if (++count[other] > best_n) best_n = count[other], best = other;
            }
        }
        for (size_t i = u->gram_begin; i < u->gram_end; i++) {
            slot *s = lookup(m, o->grams[i]);
            for (int k = 0; k < MAX_SPLITS; k++)
                if (s->first[k] >= 0) count[s->first[k]] = 0;
        }
        saywho_error e;
        saywho_error_clear(&e, u->file);
        e.code = SAYWHO_EFORMAT;
        e.line = u->line;
        if (exact >= 0) {
            const unit *x = &o->units[exact];
            snprintf(e.message, sizeof e.message, "duplicate of %s:%zu in another split", x->file,
                     x->line);
        } else if (best >= 0 && best_n >= NEAR_SHARED) {
            const unit *x = &o->units[best];
            snprintf(e.message, sizeof e.message,
                     "near duplicate of %s:%zu in another split (%zu shared runs of %d words)",
                     x->file, x->line, best_n, GRAM);
        } else {
            continue;
        }
        found++;
        if (fault) fault(ctx, &e);
    }
    free(count);
    return found;
}
