/* The text layer: reading, validation, normalisation offsets, paragraphs, sentences, tokens. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "saywho/text.h"

#include <stdio.h>
#include <string.h>

static saywho_doc *make(const char *s, size_t n, int repair, saywho_para_mode mode) {
    saywho_text_options o = {repair, mode};
    saywho_doc *d = NULL;
    saywho_error err;
    saywho_error_clear(&err, "test");
    int rc = saywho_doc_new(s, n, &o, &d, &err);
    if (rc != SAYWHO_OK) fail_msg("saywho_doc_new: %s", err.message);
    return d;
}

static saywho_doc *doc(const char *s) {
    return make(s, strlen(s), 0, SAYWHO_PARA_AUTO);
}

/* The sentences of d joined as "s1|s2|s3". */
static const char *sentences(const saywho_doc *d) {
    static char buf[4096];
    size_t n;
    const saywho_sentence *ss = saywho_doc_sentences(d, &n);
    const char *t = saywho_doc_text(d, NULL);
    buf[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        if (i) strcat(buf, "|");
        strncat(buf, t + ss[i].start, ss[i].end - ss[i].start);
    }
    return buf;
}

/* The tokens of d joined with spaces; quote marks as <“ or “> for open and close. */
static const char *tokens(const saywho_doc *d) {
    static char buf[4096];
    size_t n;
    const saywho_token *ts = saywho_doc_tokens(d, &n);
    const char *t = saywho_doc_text(d, NULL);
    buf[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        if (i) strcat(buf, " ");
        if (ts[i].kind == SAYWHO_TOK_QUOTE && (ts[i].quote & SAYWHO_QUOTE_OPEN)) strcat(buf, "<");
        strncat(buf, t + ts[i].start, ts[i].end - ts[i].start);
        if (ts[i].kind == SAYWHO_TOK_QUOTE && (ts[i].quote & SAYWHO_QUOTE_CLOSE)) strcat(buf, ">");
    }
    return buf;
}

static void check_sentences(const char *in, const char *want) {
    saywho_doc *d = doc(in);
    assert_string_equal(sentences(d), want);
    saywho_doc_free(d);
}

static void check_tokens(const char *in, const char *want) {
    saywho_doc *d = doc(in);
    assert_string_equal(tokens(d), want);
    saywho_doc_free(d);
}

static void test_abbreviations(void **state) {
    (void)state;
    check_sentences("Mr. Okafor met Gen. Adeyemi and Dr. Ruiz. They spoke.",
                    "Mr. Okafor met Gen. Adeyemi and Dr. Ruiz.|They spoke.");
    check_sentences("The U.S. and the U.K. agreed. Talks end at 5 p.m. on Friday.",
                    "The U.S. and the U.K. agreed.|Talks end at 5 p.m. on Friday.");
    check_sentences("Shares of Acme Inc. rose. The firm, Acme Corp., fell.",
                    "Shares of Acme Inc. rose.|The firm, Acme Corp., fell.");
    check_sentences("It happened on Nov. 3 at 10 a.m. The court met.",
                    "It happened on Nov. 3 at 10 a.m.|The court met.");
    check_sentences("He moved to St. Louis with Sam Jones Jr. last year. No. 3 seed.",
                    "He moved to St. Louis with Sam Jones Jr. last year.|No. 3 seed.");
    check_sentences("The money went to the U.S. The rest stayed.",
                    "The money went to the U.S.|The rest stayed.");
}

static void test_initials(void **state) {
    (void)state;
    check_sentences("J. R. Smith said so. A. Okafor agreed.",
                    "J. R. Smith said so.|A. Okafor agreed.");
    check_tokens("J. R. Smith", "J. R. Smith");
}

static void test_numbers(void **state) {
    (void)state;
    check_tokens("Prices rose 3.5% to $1.2 billion at 2:30, from 1,200.",
                 "Prices rose 3.5 % to $ 1.2 billion at 2:30 , from 1,200 .");
    check_sentences("Inflation hit 3.5%. It was 2:30.", "Inflation hit 3.5%.|It was 2:30.");
}

static void test_ellipses(void **state) {
    (void)state;
    check_sentences("We waited… Nothing came. He said... nothing. Then... The end.",
                    "We waited…|Nothing came.|He said... nothing.|Then...|The end.");
    check_tokens("so... and…", "so ... and …");
}

static void test_quote_punctuation(void **state) {
    (void)state;
    /* .” ends a sentence, ,” does not */
    check_sentences("“We will not sign.” The minister left.",
                    "“We will not sign.”|The minister left.");
    check_sentences("“We will not sign,” the minister said. He left.",
                    "“We will not sign,” the minister said.|He left.");
    check_sentences("“Why now?” Okafor asked. “Go!” she said.",
                    "“Why now?” Okafor asked.|“Go!” she said.");
    check_sentences("He said it was “final.” Nobody moved.",
                    "He said it was “final.”|Nobody moved.");
    /* sentences that open with a quote mark */
    check_sentences("She left. “It is over,” she said.", "She left.|“It is over,” she said.");
    check_sentences("The deal is done (for now.) Markets rose.",
                    "The deal is done (for now.)|Markets rose.");
}

static void test_em_dashes(void **state) {
    (void)state;
    check_sentences("The envoy — who arrived late — said talks would go on. They did.",
                    "The envoy — who arrived late — said talks would go on.|They did.");
    check_tokens("He said—“We stay”—and left.", "He said — <“ We stay ”> — and left .");
}

static void test_quote_marks(void **state) {
    (void)state;
    check_tokens("“a ‘b’ c”", "<“ a <‘ b ’> c ”>");
    check_tokens("\"He said 'no' today\" here", "<\" He said <' no '> today \"> here");
    check_tokens("«Non», dit-il. „Ja“, sagte er. ‹oui›",
                 "<« Non »> , dit-il . <„ Ja “> , sagte er . <‹ oui ›>");
    check_tokens("said:\"Go\"", "said : <\" Go \">");
}

static void test_apostrophes(void **state) {
    (void)state;
    check_tokens("don't won’t O’Brien", "don't won’t O’Brien");
    check_tokens("in the '90s and ’90s", "in the '90s and ’90s");
    check_tokens("rock 'n' roll", "rock 'n' roll");
    check_tokens("the Philippines’ envoy and the bosses' pay",
                 "the Philippines’ envoy and the bosses' pay");
    check_tokens("‘It is the Philippines’ choice,’ he said",
                 "<‘ It is the Philippines ’> choice , ’ he said");
}

static void test_fold(void **state) {
    (void)state;
    saywho_doc *d = doc("Wiśniewski SAID ÉTÉ don’t");
    size_t n, len;
    const saywho_token *ts = saywho_doc_tokens(d, &n);
    assert_int_equal(n, 4);
    const char *f = saywho_doc_token_fold(d, &ts[0], &len);
    assert_memory_equal(f, "wiśniewski", len);
    assert_int_equal(len, strlen("wiśniewski"));
    f = saywho_doc_token_fold(d, &ts[1], &len);
    assert_int_equal(len, 4);
    assert_memory_equal(f, "said", 4);
    f = saywho_doc_token_fold(d, &ts[2], &len);
    assert_int_equal(len, strlen("été"));
    assert_memory_equal(f, "été", len);
    f = saywho_doc_token_fold(d, &ts[3], &len);
    assert_int_equal(len, 5);
    assert_memory_equal(f, "don't", 5);
    assert_true(ts[0].flags & SAYWHO_TOKEN_UPPER);
    assert_false(ts[3].flags & SAYWHO_TOKEN_UPPER);
    saywho_doc_free(d);
}

static void test_bom_and_crlf_offsets(void **state) {
    (void)state;
    const char in[] = "\xEF\xBB\xBFOne.\r\n\r\nTwo “x”.\rThree";
    saywho_doc *d = make(in, sizeof in - 1, 0, SAYWHO_PARA_AUTO);
    size_t n, len;
    const char *t = saywho_doc_text(d, &len);
    assert_string_equal(t, "One.\n\nTwo “x”.\nThree");
    const saywho_paragraph *ps = saywho_doc_paragraphs(d, &n);
    assert_int_equal(n, 2);
    /* "One" starts at original byte 3 (after the BOM); "Two" after two CRLF pairs */
    assert_int_equal(saywho_doc_orig_offset(d, ps[0].start), 3);
    assert_int_equal(saywho_doc_orig_offset(d, ps[1].start), 11);
    /* "Three" follows a lone CR: same length, so the offset runs on */
    const saywho_token *ts = saywho_doc_tokens(d, &n);
    const saywho_token *three = &ts[n - 1];
    assert_int_equal(saywho_doc_orig_offset(d, three->start), sizeof in - 1 - 5);
    /* code points: the BOM counts as one, each CR as one, “ and ” as one */
    assert_int_equal(saywho_doc_char_offset(d, saywho_doc_orig_offset(d, three->start)), 18);
    assert_int_equal(saywho_doc_norm_from_char(d, 18), three->start);
    saywho_doc_free(d);
}

static void test_nfc_offsets(void **state) {
    (void)state;
    /* "Jose\u0301 said" — NFC composes é, offsets after it shift back by one byte */
    const char in[] = "Jose\xCC\x81 said.";
    saywho_doc *d = make(in, sizeof in - 1, 0, SAYWHO_PARA_AUTO);
    size_t len, n;
    const char *t = saywho_doc_text(d, &len);
    assert_string_equal(t, "Jos\xC3\xA9 said.");
    const saywho_token *ts = saywho_doc_tokens(d, &n);
    assert_int_equal(n, 3);
    assert_int_equal(saywho_doc_orig_offset(d, ts[0].end), 6);
    assert_int_equal(saywho_doc_orig_offset(d, ts[1].start), 7);
    assert_int_equal(saywho_doc_char_offset(d, 7), 6);
    saywho_doc_free(d);
}

static void test_invalid_utf8(void **state) {
    (void)state;
    const char in[] = "Good text \xC3\x28 then bad.";
    saywho_doc *d = NULL;
    saywho_error err;
    saywho_error_clear(&err, "x.txt");
    assert_int_equal(saywho_doc_new(in, sizeof in - 1, NULL, &d, &err), SAYWHO_EUTF8);
    assert_null(d);
    assert_int_equal(err.byte, 10);
    char msg[512];
    saywho_error_format(&err, msg, sizeof msg);
    assert_non_null(strstr(msg, "x.txt: byte 10: invalid UTF-8"));

    d = make(in, sizeof in - 1, 1, SAYWHO_PARA_AUTO);
    size_t first;
    assert_int_equal(saywho_doc_repairs(d, &first), 1);
    assert_int_equal(first, 10);
    size_t n;
    const saywho_token *ts = saywho_doc_tokens(d, &n);
    /* "then" keeps its original offset although U+FFFD is three bytes */
    assert_int_equal(saywho_doc_orig_offset(d, ts[4].start), 13);
    saywho_doc_free(d);

    const char lone[] = "\x80\xFF";
    d = make(lone, 2, 1, SAYWHO_PARA_AUTO);
    assert_int_equal(saywho_doc_repairs(d, NULL), 2);
    saywho_doc_free(d);
}

static void test_paragraphs(void **state) {
    (void)state;
    const char *blank = "Headline\n\nFirst para line one\ncontinues here.\n\n  Second.  \n";
    saywho_doc *d = doc(blank);
    size_t n;
    const saywho_paragraph *ps = saywho_doc_paragraphs(d, &n);
    assert_int_equal(n, 3);
    assert_string_equal(sentences(d), "Headline|First para line one\ncontinues here.|Second.");
    assert_int_equal(ps[2].end - ps[2].start, 7);
    saywho_doc_free(d);

    d = doc("One line.\nAnother line\nThird.\n");
    saywho_doc_paragraphs(d, &n);
    assert_int_equal(n, 3);
    saywho_doc_free(d);

    d = make(blank, strlen(blank), 0, SAYWHO_PARA_LINE);
    saywho_doc_paragraphs(d, &n);
    assert_int_equal(n, 4);
    saywho_doc_free(d);
}

static void test_empty_and_odd_input(void **state) {
    (void)state;
    saywho_doc *d = make("", 0, 0, SAYWHO_PARA_AUTO);
    size_t n;
    saywho_doc_tokens(d, &n);
    assert_int_equal(n, 0);
    saywho_doc_free(d);
    const char nul[] = "a\0b \x01 “";
    d = make(nul, sizeof nul - 1, 0, SAYWHO_PARA_AUTO);
    saywho_doc_tokens(d, &n);
    assert_int_equal(n, 3);
    saywho_doc_free(d);
    saywho_doc_free(NULL);
}

static void test_read_file_errors(void **state) {
    (void)state;
    saywho_doc *d = (saywho_doc *)1;
    saywho_error err;
    saywho_error_clear(&err, "/nonexistent/file.txt");
    assert_int_equal(saywho_doc_read_file("/nonexistent/file.txt", NULL, &d, &err), SAYWHO_EIO);
    assert_null(d);
    assert_non_null(strstr(err.message, "No such file"));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_abbreviations),
        cmocka_unit_test(test_initials),
        cmocka_unit_test(test_numbers),
        cmocka_unit_test(test_ellipses),
        cmocka_unit_test(test_quote_punctuation),
        cmocka_unit_test(test_em_dashes),
        cmocka_unit_test(test_quote_marks),
        cmocka_unit_test(test_apostrophes),
        cmocka_unit_test(test_fold),
        cmocka_unit_test(test_bom_and_crlf_offsets),
        cmocka_unit_test(test_nfc_offsets),
        cmocka_unit_test(test_invalid_utf8),
        cmocka_unit_test(test_paragraphs),
        cmocka_unit_test(test_empty_and_odd_input),
        cmocka_unit_test(test_read_file_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
