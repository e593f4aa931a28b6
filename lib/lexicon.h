/* Word lists used by statement extraction; not part of the public API. Every list holds
 * case-folded words and ends with NULL. */
#ifndef SAYWHO_LEXICON_H
#define SAYWHO_LEXICON_H

#include <stddef.h>

extern const char *const SAYWHO_CUES[];            /* verbs that report speech */
extern const char *const SAYWHO_CLAUSE_CUES[];     /* ... that take a reported clause */
extern const char *const SAYWHO_OBJECT_CUES[];     /* ... that take an addressee: told X */
extern const char *const SAYWHO_PRONOUNS[];        /* pronouns that can be speakers */
extern const char *const SAYWHO_TITLES[];          /* titles and roles before a name */
extern const char *const SAYWHO_DEPTS[];           /* portfolios in a title: trade minister */
extern const char *const SAYWHO_ORG_WORDS[];       /* words that make a name an organisation */
extern const char *const SAYWHO_DOC_WORDS[];       /* documents that speak: readout, filing */
extern const char *const SAYWHO_PARTICLES[];       /* lower-case words inside names: van, bin */
extern const char *const SAYWHO_FUNCTION[];        /* words that are never part of a name */
extern const char *const SAYWHO_DETERMINERS[];     /* words that open a noun phrase */
extern const char *const SAYWHO_ORG_DESCRIPTORS[]; /* "manufacturer [Vantor Aeroespacial]" */
extern const char *const SAYWHO_PARTICIPLES[];     /* "a readout [issued] by the ministry" */
extern const char *const SAYWHO_SIGNS[];           /* "a banner read: “…”" is unattributed */
extern const char *const SAYWHO_GROUPS[];          /* nouns of speakers: officials, analysts */
extern const char *const SAYWHO_STOP[];            /* words that end a noun phrase: was, that */
extern const char *const SAYWHO_MODIFIERS[];       /* "a diplomat [involved] in the talks" */

/* The sex a case-folded given name w[0, n) says: 1 a woman's, 2 a man's, 0 neither (names.c). */
int saywho__given_name_gender(const char *w, size_t n);

/* Is the word w[0, n) in list? */
int saywho__in_list(const char *w, size_t n, const char *const *list);

#endif
