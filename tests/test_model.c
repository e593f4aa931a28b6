/* The stance model: features, training, the model file and its loader's defences. */
#define _DEFAULT_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "saywho/stance.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char dir[] = "/tmp/saywho-model-XXXXXX";
static const saywho_feature_config CFG = {16, 1, 1, 1, 1};

static const struct {
    int y;
    const char *text;
} DATA[] = {
    {SAYWHO_STANCE_DEMAND, "The union said the company must restore the night-shift allowance."},
    {SAYWHO_STANCE_DEMAND, "“Release the detained monitors today,” the senator said."},
    {SAYWHO_STANCE_DEMAND, "Farmers urged the ministry to pay the subsidies before planting."},
    {SAYWHO_STANCE_DEMAND, "Teachers urged the council to reopen the two closed schools."},
    {SAYWHO_STANCE_AGREEMENT, "Both delegations said the talks had been frank and productive."},
    {SAYWHO_STANCE_AGREEMENT, "The federation welcomed the deal, calling it a step forward."},
    {SAYWHO_STANCE_AGREEMENT, "“We have agreed on every point,” the negotiator said."},
    {SAYWHO_STANCE_CONCERN, "Residents said the flooding was a grave threat to their homes."},
    {SAYWHO_STANCE_CONCERN, "“This will cost thousands of jobs,” the mayor warned."},
    {SAYWHO_STANCE_CONCERN, "Doctors said they were deeply troubled by the shortages."},
    {SAYWHO_STANCE_OTHER, "The ministry said the bridge would reopen on Friday."},
    {SAYWHO_STANCE_OTHER, "Officials said 40 people had been evacuated overnight."},
    {SAYWHO_STANCE_OTHER, "The company said its annual meeting would move to June."},
};
#define N (sizeof DATA / sizeof DATA[0])

static saywho_model *fit(void) {
    saywho_fvec x[N];
    int y[N];
    memset(x, 0, sizeof x);
    for (size_t i = 0; i < N; i++) {
        assert_int_equal(
            saywho_stance_features_text(DATA[i].text, strlen(DATA[i].text), &CFG, &x[i]),
            SAYWHO_OK);
        assert_true(x[i].n > 5);
        y[i] = DATA[i].y;
    }
    saywho_train_options o = {10.0, 0, SAYWHO_SOLVER_LR};
    saywho_model *m = NULL;
    assert_int_equal(saywho_model_train(x, y, N, &CFG, &o, &m, NULL), SAYWHO_OK);
    for (size_t i = 0; i < N; i++) {
        double p[SAYWHO_N_STANCES];
        assert_int_equal(saywho_model_predict(m, &x[i], p), DATA[i].y); /* fits its data */
        double sum = p[0] + p[1] + p[2] + p[3];
        assert_true(sum > 0.999 && sum < 1.001);
        saywho_fvec_free(&x[i]);
    }
    return m;
}

static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = malloc((size_t)n + 1);
    assert_int_equal(fread(b, 1, (size_t)n, f), (size_t)n);
    fclose(f);
    *len = (size_t)n;
    return b;
}

static void test_round_trip(void **state) {
    (void)state;
    saywho_model *m = fit();
    char p1[256], p2[256];
    snprintf(p1, sizeof p1, "%s/a.model", dir);
    snprintf(p2, sizeof p2, "%s/b.model", dir);
    assert_int_equal(saywho_model_save(m, p1, NULL), SAYWHO_OK);
    saywho_model *back = NULL;
    assert_int_equal(saywho_model_load(p1, &back, NULL), SAYWHO_OK);
    assert_int_equal(saywho_model_save(back, p2, NULL), SAYWHO_OK);
    size_t n1, n2;
    char *a = slurp(p1, &n1), *b = slurp(p2, &n2);
    assert_int_equal(n1, n2);
    assert_memory_equal(a, b, n1); /* the round trip is exact */
    /* the same data and options give the same bytes */
    saywho_model *again = fit();
    assert_int_equal(saywho_model_save(again, p2, NULL), SAYWHO_OK);
    free(b);
    b = slurp(p2, &n2);
    assert_int_equal(n1, n2);
    assert_memory_equal(a, b, n1);
    free(a);
    free(b);
    saywho_model_free(m);
    saywho_model_free(back);
    saywho_model_free(again);
}

static void expect_reject(const char *buf, size_t len, int code, const char *want) {
    saywho_model *m = (saywho_model *)1;
    saywho_error err;
    saywho_error_clear(&err, "x.model");
    assert_int_equal(saywho_model_load_buffer(buf, len, &m, &err), code);
    assert_null(m);
    if (!strstr(err.message, want)) fail_msg("want '%s', got '%s'", want, err.message);
}

/* The bytes of a model fitted on DATA and saved as dir/name. */
static char *saved_model(const char *name, size_t *n) {
    saywho_model *m = fit();
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    assert_int_equal(saywho_model_save(m, path, NULL), SAYWHO_OK);
    saywho_model_free(m);
    return slurp(path, n);
}

static void test_loader_rejects(void **state) {
    (void)state;
    size_t n;
    char *good = saved_model("c.model", &n);
    char *bad = malloc(n + 64);

    expect_reject("hello world\n", 12, SAYWHO_EFORMAT, "not a saywho model file");
    expect_reject("", 0, SAYWHO_EFORMAT, "truncated");
    memcpy(bad, good, n);
    bad[13] = '9'; /* "saywho-model 9" */
    expect_reject(bad, n, SAYWHO_EVERSION, "version 9");
    bad[13] = '1'; /* an older format: no idf column */
    expect_reject(bad, n, SAYWHO_EVERSION, "retrain");
    expect_reject(good, n / 2, SAYWHO_EFORMAT, "");
    memcpy(bad, good, n);
    char *w = strstr(bad, "weights ");
    char *digit = strchr(strchr(w, '\n') + 1, ' ') + 1; /* the first weight of the first row */
    *digit = *digit == '1' ? '2' : '1';
    expect_reject(bad, n, SAYWHO_ECHECKSUM, "checksum");
    memcpy(bad, good, n);
    memcpy(bad + n, "extra\n", 6);
    expect_reject(bad, n + 6, SAYWHO_EFORMAT, "malformed");
    for (size_t cut = 0; cut < n; cut += n / 97 + 1) { /* never a crash, wherever it is cut */
        saywho_model *mm = NULL;
        assert_int_not_equal(saywho_model_load_buffer(good, cut, &mm, NULL), SAYWHO_OK);
        assert_null(mm);
    }
    free(good);
    free(bad);
}

/* Contributions explain a score: a feature the model never saw adds nothing, and the demand cue
 * of a demand statement pushes towards demand. */
static void test_contributions(void **state) {
    (void)state;
    saywho_model *m = fit();
    const char *t = "The council urged the minister to release the funds.";
    saywho_fvec v = {0};
    v.names = SAYWHO_FVEC_NAMES_MARK;
    assert_int_equal(saywho_stance_features_text(t, strlen(t), &CFG, &v), SAYWHO_OK);
    double *c = calloc(v.n, sizeof *c);
    double p[SAYWHO_N_STANCES];
    int k = saywho_model_predict(m, &v, p);
    assert_int_equal(k, SAYWHO_STANCE_DEMAND);
    assert_int_equal(saywho_model_contributions(m, &v, k, c), SAYWHO_OK);
    int found = 0;
    for (size_t i = 0; i < v.n; i++) {
        if (strcmp(v.names[i], "cue:urged") == 0) {
            assert_true(c[i] > 0.0);
            found = 1;
        }
        if (strcmp(v.names[i], "w:funds") == 0) assert_true(c[i] == 0.0); /* never seen */
    }
    assert_true(found);
    assert_int_equal(saywho_model_contributions(m, &v, SAYWHO_N_STANCES, c), SAYWHO_EINVAL);
    free(c);
    saywho_fvec_free(&v);
    /* a word of a single training statement gets no row: it adds nothing */
    const char *t2 = "“Release the detained monitors today,” the senator said.";
    saywho_fvec v2 = {0};
    v2.names = SAYWHO_FVEC_NAMES_MARK;
    assert_int_equal(saywho_stance_features_text(t2, strlen(t2), &CFG, &v2), SAYWHO_OK);
    double *c2 = calloc(v2.n, sizeof *c2);
    assert_int_equal(saywho_model_contributions(m, &v2, SAYWHO_STANCE_DEMAND, c2), SAYWHO_OK);
    int once = 0;
    for (size_t i = 0; i < v2.n; i++)
        if (strcmp(v2.names[i], "c:monitors") == 0) {
            assert_true(c2[i] == 0.0);
            once = 1;
        }
    assert_true(once);
    free(c2);
    saywho_fvec_free(&v2);
    saywho_model_free(m);
}

/* A model of format version 2 (before the lexicon) still loads, with the lexicon off. */
static void test_reads_version_2(void **state) {
    (void)state;
    size_t n;
    char *good = saved_model("v2.model", &n);
    char *v2 = malloc(n + 1);
    assert_memory_equal(good, "saywho-model 3\n", 15);
    char *lex = strstr(good, " lexicon=1\n");
    assert_non_null(lex);
    size_t a = (size_t)(lex - good), k = 0;
    memcpy(v2, good, a);
    v2[13] = '2';
    k = a;
    char *sum = strstr(good, "checksum ");
    memcpy(v2 + k, lex + 10, (size_t)(sum - (lex + 10)));
    k += (size_t)(sum - (lex + 10));
    uint64_t h = 1469598103934665603ULL; /* FNV-1a 64 of every byte before the checksum line */
    for (size_t i = 0; i < k; i++)
        h = (h ^ (unsigned char)v2[i]) * 1099511628211ULL;
    k += (size_t)sprintf(v2 + k, "checksum %016llx\n", (unsigned long long)h);
    saywho_model *old = NULL;
    saywho_error err;
    saywho_error_clear(&err, "v2.model");
    assert_int_equal(saywho_model_load_buffer(v2, k, &old, &err), SAYWHO_OK);
    assert_int_equal(saywho_model_config(old)->lexicon, 0);
    assert_int_equal(saywho_model_config(old)->bits, CFG.bits);
    saywho_model_free(old);
    memcpy(v2 + a, " lexicon=1", 10); /* a version 2 file with a version 3 key is malformed */
    expect_reject(v2, k, SAYWHO_EFORMAT, "");
    free(v2);
    free(good);
}

static void test_save_fails_cleanly(void **state) {
    (void)state;
    saywho_model *m = fit();
    saywho_error err;
    saywho_error_clear(&err, NULL);
    assert_int_equal(saywho_model_save(m, "/nonexistent-dir/x.model", &err), SAYWHO_EIO);
    assert_non_null(strstr(err.message, "cannot write"));
    saywho_model_free(m);
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

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_round_trip),      cmocka_unit_test(test_loader_rejects),
        cmocka_unit_test(test_reads_version_2), cmocka_unit_test(test_save_fails_cleanly),
        cmocka_unit_test(test_contributions),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
