/* Corpus readers and the validator: labeled statements, brat gold articles, split overlap. */
#define _DEFAULT_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "saywho/corpus.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char dir[] = "/tmp/saywho-corpus-XXXXXX";

typedef struct faults {
    int n;
    char all[4096];
} faults;

static void collect(void *ctx, const saywho_error *e) {
    faults *f = ctx;
    char msg[600];
    saywho_error_format(e, msg, sizeof msg);
    f->n++;
    strncat(f->all, msg, sizeof f->all - strlen(f->all) - 2);
    strcat(f->all, "\n");
}

static const char *write_file(const char *name, const char *content) {
    static char path[4][512];
    static int k;
    char *p = path[k++ % 4];
    snprintf(p, 512, "%s/%s", dir, name);
    FILE *f = fopen(p, "wb");
    assert_non_null(f);
    fputs(content, f);
    fclose(f);
    return p;
}

static int setup(void **state) {
    (void)state;
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state) {
    (void)state;
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd);
}

static void test_labeled(void **state) {
    (void)state;
    const char *p = write_file("s.tsv", "# a comment\n"
                                        "demand\tThe union said the board “must act now.”\n"
                                        "\n"
                                        "praise\tUnknown label here.\n"
                                        "other no tab here\n"
                                        "concern\t   \n"
                                        "other\tShe said talks would resume.\r\n");
    saywho_labeled_set set = {0};
    faults f = {0};
    saywho_error err;
    saywho_error_clear(&err, p);
    assert_int_equal(saywho_labeled_read(p, &set, collect, &f, &err), SAYWHO_EFORMAT);
    assert_int_equal(set.n, 2);
    assert_int_equal(set.items[0].label, SAYWHO_STANCE_DEMAND);
    assert_int_equal(set.items[0].line, 2);
    assert_int_equal(set.items[1].label, SAYWHO_STANCE_OTHER);
    assert_string_equal(set.items[1].text, "She said talks would resume.");
    assert_int_equal(set.items[1].line, 7);
    assert_int_equal(f.n, 3);
    assert_non_null(strstr(f.all, "s.tsv:4: unknown label 'praise'"));
    assert_non_null(strstr(f.all, "s.tsv:5: expected LABEL<TAB>TEXT"));
    assert_non_null(strstr(f.all, "s.tsv:6: empty statement text"));
    saywho_labeled_clear(&set);
    assert_int_equal(set.n, 0);
}

/* An article with a direct quote over two paragraphs, an indirect statement with an addressee,
 * a pronoun source and an unattributed quote. Offsets are code points (the text has “ ” ’). */
static const char *TXT = "Talks stall\n"
                         "\n"
                         "Nigeria’s minister, Adaeze Okafor, told Henrik Lindqvist the bloc should "
                         "drop the quotas.\n"
                         "\n"
                         "“We cannot wait.\n"
                         "\n"
                         "“Our mills are closing,” she said.\n"
                         "\n"
                         "“It was civil,” a sign read.\n";

static void test_gold_good(void **state) {
    (void)state;
    write_file("good.txt", TXT);
    const char *ann = write_file(
        "good.ann", "T1\tSource 33 46\tAdaeze Okafor\n"
                    "T2\tCue 48 52\ttold\n"
                    "T3\tAttribution 48 52\ttold\n"
                    "T4\tAddressee 53 69\tHenrik Lindqvist\n"
                    "T5\tContent 70 101\tthe bloc should drop the quotas\n"
                    "T6\tSource 147 150\tshe\n"
                    "T7\tCue 151 155\tsaid\n"
                    "T8\tAttribution 151 155\tsaid\n"
                    "T9\tContent 105 120;123 144\tWe cannot wait. Our mills are closing\n"
                    "T10\tContent 159 171\tIt was civil\n"
                    "E1\tAttribution:T3 Source:T1 Cue:T2 Content:T5 Addressee:T4\n"
                    "E2\tAttribution:T8 Source:T6 Cue:T7 Content:T9\n"
                    "A1\tStance T5 demand\n"
                    "A2\tKind T5 indirect\n"
                    "A3\tStance T9 concern\n"
                    "A4\tKind T9 direct\n"
                    "A5\tStance T10 other\n"
                    "A6\tKind T10 direct\n"
                    "A7\tUnattributed T10\n"
                    "#1\tAnnotatorNotes T1\tAdaeze Okafor\n"
                    "#2\tAnnotatorNotes T4\tHenrik Lindqvist\n"
                    "#3\tAnnotatorNotes T6\tAdaeze Okafor\n");
    saywho_gold_article *g = NULL;
    faults f = {0};
    saywho_error err;
    saywho_error_clear(&err, ann);
    int rc = saywho_gold_read(ann, NULL, &g, collect, &f, &err);
    if (rc) fail_msg("%s", f.all);
    assert_int_equal(g->n, 3);
    const char *text = saywho_doc_text(g->doc, NULL);
    const saywho_gold_statement *s = &g->statements[0];
    assert_int_equal(s->kind, SAYWHO_KIND_INDIRECT);
    assert_int_equal(s->stance, SAYWHO_STANCE_DEMAND);
    assert_true(s->attributed);
    assert_string_equal(s->source_name, "Adaeze Okafor");
    assert_string_equal(s->addressee_name, "Henrik Lindqvist");
    assert_memory_equal(text + s->content[0].start, "the bloc should", 15);
    assert_memory_equal(text + s->source.start, "Adaeze Okafor", 13);
    s = &g->statements[1];
    assert_int_equal(s->n_content, 2);
    assert_string_equal(s->source_name, "Adaeze Okafor");
    assert_memory_equal(text + s->content[1].start, "Our mills", 9);
    assert_null(s->addressee_name);
    s = &g->statements[2];
    assert_false(s->attributed);
    assert_null(s->source_name);
    saywho_gold_free(g);
}

static void expect_fault(const char *ann_text, const char *want) {
    write_file("bad.txt", TXT);
    const char *ann = write_file("bad.ann", ann_text);
    saywho_gold_article *g = NULL;
    faults f = {0};
    saywho_error err;
    saywho_error_clear(&err, ann);
    int rc = saywho_gold_read(ann, NULL, &g, collect, &f, &err);
    assert_int_equal(rc, SAYWHO_EFORMAT);
    if (!strstr(f.all, want)) fail_msg("want fault '%s', got:\n%s", want, f.all);
    saywho_gold_free(g);
}

static void test_gold_faults(void **state) {
    (void)state;
    expect_fault("T1\tSource 33 46\tAdaeze Okafo\n#1\tAnnotatorNotes T1\tx\n",
                 "bad.ann:1: text 'Adaeze Okafo' does not match");
    expect_fault("T1\tSource 33 9999\tx\n", "bad.ann:1: span 33-9999 is outside the text");
    expect_fault("T1\tSpeaker 33 46\tAdaeze Okafor\n", "bad.ann:1: unknown entity type 'Speaker'");
    expect_fault("T1\tSource 33 46\tAdaeze Okafor\n", "bad.ann:1: Source T1 has no AnnotatorNotes");
    expect_fault("T5\tContent 70 101\tthe bloc should drop the quotas\nA1\tKind T5 indirect\n"
                 "A2\tUnattributed T5\n",
                 "bad.ann:1: Content T5 has no Stance");
    expect_fault("T5\tContent 70 101\tthe bloc should drop the quotas\nA1\tKind T5 indirect\n"
                 "A2\tStance T5 demand\n",
                 "bad.ann:1: Content T5 is in no event and not marked Unattributed");
    expect_fault("T5\tContent 70 101\tthe bloc should drop the quotas\nA1\tKind T5 direct\n"
                 "A2\tStance T5 demand\nA3\tUnattributed T5\n",
                 "direct Content T5 does not start right after an opening quote mark");
    expect_fault("T5\tContent 105 119\tWe cannot wait\nA1\tKind T5 direct\n"
                 "A2\tStance T5 demand\nA3\tUnattributed T5\n",
                 "direct Content T5 does not end before a closing quote mark");
    expect_fault("T5\tContent 70 101\tthe bloc should drop the quotas\nA1\tKind T5 indirect\n"
                 "A2\tStance T5 pleading\n",
                 "bad.ann:3: unknown Stance 'pleading'");
    expect_fault(
        "T1\tSource 33 46\tAdaeze Okafor\nT5\tContent 70 101\tthe bloc should drop the quotas\n"
        "E1\tAttribution:T1 Content:T5\n",
        "bad.ann:3: Attribution role given T1, a Source");
    expect_fault("R1\tLink Arg1:T1 Arg2:T2\n", "bad.ann:1: unsupported annotation 'R1'");
}

static void test_gold_grapheme(void **state) {
    (void)state;
    /* a thumbs-up with a skin-tone modifier is one grapheme cluster of two code points */
    write_file("g.txt", "He said \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD ok.\n");
    const char *ann =
        write_file("g.ann", "T1\tContent 8 9\t\xF0\x9F\x91\x8D\n"
                            "A1\tStance T1 other\nA2\tKind T1 indirect\nA3\tUnattributed T1\n");
    saywho_gold_article *g = NULL;
    faults f = {0};
    assert_int_equal(saywho_gold_read(ann, NULL, &g, collect, &f, NULL), SAYWHO_EFORMAT);
    assert_non_null(strstr(f.all, "splits a grapheme cluster"));
    saywho_gold_free(g);
}

static void test_gold_missing_txt(void **state) {
    (void)state;
    const char *ann = write_file("lonely.ann", "");
    saywho_gold_article *g = (saywho_gold_article *)1;
    saywho_error err;
    saywho_error_clear(&err, ann);
    assert_int_equal(saywho_gold_read(ann, NULL, &g, NULL, NULL, &err), SAYWHO_EIO);
    assert_null(g);
    assert_non_null(strstr(err.message, "lonely.txt"));
}

static void test_overlap(void **state) {
    (void)state;
    saywho_overlap *o = saywho_overlap_new();
    const char *a =
        "The central bank said on Tuesday it would keep its benchmark rate at 4.5 percent "
        "for a third straight meeting.";
    const char *b = "“The central bank said on Tuesday it would keep its benchmark rate at 4.5 "
                    "percent,” for a THIRD straight meeting!";
    const char *c = "The ministry said in a statement on Tuesday that talks would resume.";
    const char *d = "Dock workers said in a statement on Tuesday that the strike would go on.";
    const char *e =
        "The central bank said on Tuesday it would keep its benchmark rate at 4.5 percent "
        "while inflation eased, and it signalled cuts next year to support growth.";
    saywho_overlap_add(o, 0, a, strlen(a), "train.tsv", 1);
    saywho_overlap_add(o, 0, a, strlen(a), "train.tsv", 2); /* same split: not a fault */
    saywho_overlap_add(o, 0, c, strlen(c), "train.tsv", 3);
    saywho_overlap_add(o, 2, b, strlen(b), "test.tsv", 1); /* exact after folding */
    saywho_overlap_add(o, 2, d, strlen(d), "test.tsv", 2); /* a stock phrase only */
    saywho_overlap_add(o, 1, e, strlen(e), "dev.tsv", 7);  /* a long shared run */
    faults f = {0};
    assert_int_equal(saywho_overlap_report(o, collect, &f), 2);
    assert_non_null(strstr(f.all, "test.tsv:1: duplicate of train.tsv:1"));
    assert_non_null(strstr(f.all, "dev.tsv:7: near duplicate of train.tsv:1"));
    assert_null(strstr(f.all, "test.tsv:2"));
    saywho_overlap_free(o);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_labeled),          cmocka_unit_test(test_gold_good),
        cmocka_unit_test(test_gold_faults),      cmocka_unit_test(test_gold_grapheme),
        cmocka_unit_test(test_gold_missing_txt), cmocka_unit_test(test_overlap),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
