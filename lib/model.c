/* The stance model: liblinear (kept behind this file) for training, saywho's own file format
 * for storage, one-vs-rest logistic probabilities for prediction. Format: models/README.md. */
#define _POSIX_C_SOURCE 200809L
#include "internal.h"
#include "saywho/stance.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <linear.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAGIC "saywho-model"
#define FORMAT_VERSION 3
#define OLDEST_VERSION 2 /* version 2 has no lexicon= key: read as lexicon=0 */

static const char *const STANCE_NAMES[] = {"demand", "agreement", "concern", "other"};

struct saywho_model {
    saywho_feature_config cfg;
    int solver;    /* saywho_solver: how scores become probabilities */
    size_t n;      /* features with weights */
    uint32_t *idx; /* sorted bucket indexes */
    float *idf;    /* n inverse document frequencies */
    float *w;      /* n * SAYWHO_N_STANCES weights */
    double bias[SAYWHO_N_STANCES];
};

void saywho_model_free(saywho_model *m) {
    if (!m) return;
    free(m->idx);
    free(m->idf);
    free(m->w);
    free(m);
}

const saywho_feature_config *saywho_model_config(const saywho_model *m) {
    return &m->cfg;
}

static void quiet(const char *s) {
    (void)s;
}

static int cmp_u32(const void *a, const void *b) {
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

/* Naive Bayes log-count ratios smooth the counts of a feature in and out of a class by this. */
#define NB_ALPHA 0.5
/* Features seen in fewer training statements than this get no row (as min_df in scikit-learn). */
#define SAYWHO_MIN_DF 2.0

/* The final model averages the decision functions of the NB-scaled model and of a plain logistic
 * regression on the same rows, this share going to the first (as the interpolation of Wang and
 * Manning's NBSVM): the scaled model is sharp on a stance's marked words, the plain one keeps
 * the evidence of words whose counts are even. Chosen on dev and by 5-fold cross-validation. */
#define NB_SHARE 0.7
/* The plain model's rows are not scaled by the log-count ratios (about 1 to 3 in magnitude for
 * the words that matter), so it is fitted with a weaker regularisation: C times this. */
#define PLAIN_C_FACTOR 10.0

/* Trains one binary problem (class c against the rest) on rows whose values are already scaled
 * by r (NULL: not scaled); adds share times its weights over the n_used features, unscaled, to
 * w and its bias to *bias. */
static int train_one(const struct problem *prob, const struct parameter *param, int bias_index,
                     size_t n_used, const double *r, double share, float *w, double *bias,
                     saywho_error *err) {
    const char *bad = check_parameter(prob, param);
    if (bad) return saywho__fail(err, SAYWHO_EINVAL, 0, 0, 0, "liblinear: %s", bad);
    struct model *lm = train(prob, param);
    if (!lm) return saywho__fail(err, SAYWHO_ENOMEM, 0, 0, 0, "out of memory");
    /* liblinear keeps one weight vector for two classes, for its first label */
    double sign = lm->label[0] == 1 ? 1.0 : -1.0;
    for (size_t i = 0; i < n_used; i++)
        w[i * SAYWHO_N_STANCES] +=
            (float)(share * sign * get_decfun_coef(lm, (int)i + 1, 0) * (r ? r[i] : 1.0));
    *bias += share * sign * get_decfun_coef(lm, bias_index, 0);
    free_and_destroy_model(&lm);
    return SAYWHO_OK;
}

static size_t find_u32(const uint32_t *a, size_t n, uint32_t x) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (a[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Training, in the manner of NBSVM (Wang and Manning, 2012) with a logistic loss: features are
 * weighted by idf and L2-normalised per statement; for each stance, they are scaled by their
 * smoothed log-count ratio in and out of that stance, and a binary L2-regularised model is fitted
 * on the scaled rows, then a plain one on the unscaled rows, and the two are averaged (NB_SHARE).
 * The ratio is folded into the stored weights, so prediction needs only the idf, the weights and
 * the biases. */
int saywho_model_train(const saywho_fvec *x, const int *y, size_t n,
                       const saywho_feature_config *cfg, const saywho_train_options *opts,
                       saywho_model **out, saywho_error *err) {
    *out = NULL;
    if (!n) return saywho__fail(err, SAYWHO_EINVAL, 0, 0, 0, "no training data");
    if (cfg->bits < 8 || cfg->bits > 24)
        return saywho__fail(err, SAYWHO_EINVAL, 0, 0, 0, "feature bits out of range");
    size_t total = 0;
    for (size_t i = 0; i < n; i++)
        total += x[i].n + 2;
    struct feature_node *nodes = malloc(total * sizeof *nodes);
    struct feature_node **rows = malloc(n * sizeof *rows);
    double *ys = malloc(n * sizeof *ys);
    double *base = malloc(total * sizeof *base); /* idf-weighted, normalised values */
    size_t *col = malloc(total * sizeof *col);   /* each node's feature, as a used index */
    uint32_t *used = malloc((total ? total : 1) * sizeof *used);
    double *df = NULL, *r = NULL, *in = NULL, *outc = NULL;
    saywho_model *m = calloc(1, sizeof *m);
    int rc = SAYWHO_ENOMEM;
    if (!nodes || !rows || !ys || !base || !col || !used || !m) goto done;
    size_t nu = 0;
    size_t count[SAYWHO_N_STANCES] = {0};
    for (size_t i = 0; i < n; i++) {
        for (size_t j = 0; j < x[i].n; j++)
            used[nu++] = x[i].idx[j];
        if (y[i] < 0 || y[i] >= SAYWHO_N_STANCES) {
            rc = saywho__fail(err, SAYWHO_EINVAL, 0, 0, 0, "label out of range");
            goto done;
        }
        count[y[i]]++;
    }
    qsort(used, nu, sizeof *used, cmp_u32);
    size_t u = 0;
    for (size_t i = 0; i < nu; i++)
        if (!u || used[u - 1] != used[i]) used[u++] = used[i];
    df = calloc(u + 1, sizeof *df);
    r = calloc(u + 1, sizeof *r);
    in = calloc(u + 1, sizeof *in);
    outc = calloc(u + 1, sizeof *outc);
    m->idx = malloc((u ? u : 1) * sizeof *m->idx);
    m->idf = malloc((u ? u : 1) * sizeof *m->idf);
    m->w = calloc((u ? u : 1) * SAYWHO_N_STANCES, sizeof *m->w);
    if (!df || !r || !in || !outc || !m->idx || !m->idf || !m->w) goto done;
    memcpy(m->idx, used, u * sizeof *used);
    m->n = u;
    m->cfg = *cfg;
    m->solver = opts->solver;
    /* liblinear sees the features numbered 1..u (a dense weight vector of the used features
     * only, not of every bucket), then the bias */
    int bias_index = (int)u + 1;

    /* idf as scikit-learn's smooth idf: ln((1 + n) / (1 + df)) + 1 */
    size_t k = 0;
    for (size_t i = 0; i < n; i++) { /* each node's feature, looked up once */
        for (size_t j = 0; j < x[i].n; j++) {
            col[k] = find_u32(used, u, x[i].idx[j]);
            if (x[i].val[j] != 0.0f) df[col[k]] += 1.0;
            k++;
        }
        k += 2;
    }
    for (size_t i = 0; i < u; i++)
        m->idf[i] = (float)(log((1.0 + (double)n) / (1.0 + df[i])) + 1.0);
    /* a feature of a single training statement says nothing about any other: it gets no row */
    const double min_df = SAYWHO_MIN_DF;
    k = 0;
    for (size_t i = 0; i < n; i++) {
        rows[i] = &nodes[k];
        size_t k0 = k;
        double ss = 0.0;
        for (size_t j = 0; j < x[i].n; j++) {
            size_t c = col[k];
            double v = df[c] >= min_df ? (double)x[i].val[j] * m->idf[c] : 0.0;
            base[k] = v;
            ss += v * v;
            nodes[k++] = (struct feature_node){(int)c + 1, 0.0};
        }
        for (size_t j = k0; j < k; j++)
            base[j] = ss > 0.0 ? base[j] / sqrt(ss) : 0.0;
        nodes[k++] = (struct feature_node){bias_index, 1.0};
        nodes[k++] = (struct feature_node){-1, 0.0};
    }

    struct problem prob = {(int)n, bias_index, ys, rows, -1.0};
    for (int c = 0; c < SAYWHO_N_STANCES; c++) {
        m->bias[c] = -30.0; /* a class absent from the data never wins */
        if (!count[c]) continue;
        /* the log-count ratio of each feature for class c */
        memset(in, 0, u * sizeof *in);
        memset(outc, 0, u * sizeof *outc);
        double sum_in = 0.0, sum_out = 0.0;
        k = 0;
        for (size_t i = 0; i < n; i++) {
            double *into = y[i] == c ? in : outc;
            for (; nodes[k].index != bias_index; k++)
                if (base[k] != 0.0) into[col[k]] += 1.0;
            k += 2;
        }
        for (size_t i = 0; i < u; i++) {
            in[i] += NB_ALPHA;
            outc[i] += NB_ALPHA;
            sum_in += in[i];
            sum_out += outc[i];
        }
        for (size_t i = 0; i < u; i++)
            r[i] = log((in[i] / sum_in) / (outc[i] / sum_out));
        k = 0;
        for (size_t i = 0; i < n; i++) {
            ys[i] = y[i] == c ? 1.0 : -1.0;
            for (; nodes[k].index != -1; k++)
                if (nodes[k].index != bias_index) nodes[k].value = base[k] * r[col[k]];
            k++;
        }
        int wl[2] = {1, -1};
        double wv[2] = {(double)n / (SAYWHO_N_STANCES * (double)count[c]), 1.0};
        struct parameter param = {opts->solver == SAYWHO_SOLVER_SVM ? L2R_L2LOSS_SVC_DUAL : L2R_LR,
                                  opts->solver == SAYWHO_SOLVER_SVM ? 0.1 : 0.01,
                                  opts->C,
                                  opts->balanced ? 2 : 0,
                                  wl,
                                  wv,
                                  0.1,
                                  NULL};
        set_print_string_function(quiet);
        m->bias[c] = 0.0;
        rc = train_one(&prob, &param, bias_index, u, r, NB_SHARE, m->w + c, &m->bias[c], err);
        if (rc) goto done;
        k = 0; /* the plain model: the same rows, unscaled */
        for (size_t i = 0; i < n; i++) {
            for (; nodes[k].index != -1; k++)
                if (nodes[k].index != bias_index) nodes[k].value = base[k];
            k++;
        }
        param.C = opts->C * PLAIN_C_FACTOR;
        rc = train_one(&prob, &param, bias_index, u, NULL, 1.0 - NB_SHARE, m->w + c, &m->bias[c],
                       err);
        if (rc) goto done;
    }
    { /* keep the rows of the features that were used */
        size_t kept = 0;
        for (size_t i = 0; i < u; i++) {
            if (df[i] < min_df) continue;
            m->idx[kept] = m->idx[i];
            m->idf[kept] = m->idf[i];
            for (int c = 0; c < SAYWHO_N_STANCES; c++)
                m->w[kept * SAYWHO_N_STANCES + c] = m->w[i * SAYWHO_N_STANCES + c];
            kept++;
        }
        m->n = kept;
    }
    *out = m;
    m = NULL;
    rc = SAYWHO_OK;
done:
    if (rc == SAYWHO_ENOMEM && err && !err->message[0])
        saywho__fail(err, rc, 0, 0, 0, "out of memory");
    free(nodes);
    free(rows);
    free(ys);
    free(base);
    free(col);
    free(used);
    free(df);
    free(r);
    free(in);
    free(outc);
    saywho_model_free(m);
    return rc;
}

/* The row of feature bucket idx, or m->n when the model never saw it. */
static size_t row_of(const saywho_model *m, uint32_t idx) {
    size_t r = find_u32(m->idx, m->n, idx);
    return r < m->n && m->idx[r] == idx ? r : m->n;
}

/* The L2 norm of x once weighted by idf, over the features the model knows. */
static double weighted_norm(const saywho_model *m, const saywho_fvec *x) {
    double ss = 0.0;
    for (size_t i = 0; i < x->n; i++) {
        size_t r = row_of(m, x->idx[i]);
        if (r == m->n) continue;
        double v = (double)x->val[i] * m->idf[r];
        ss += v * v;
    }
    return sqrt(ss);
}

int saywho_model_contributions(const saywho_model *m, const saywho_fvec *x, int label,
                               double *out) {
    if (label < 0 || label >= SAYWHO_N_STANCES) return SAYWHO_EINVAL;
    double norm = weighted_norm(m, x);
    for (size_t i = 0; i < x->n; i++) {
        size_t r = row_of(m, x->idx[i]);
        out[i] = r == m->n || norm == 0.0
                     ? 0.0
                     : (double)m->w[r * SAYWHO_N_STANCES + label] * m->idf[r] * x->val[i] / norm;
    }
    return SAYWHO_OK;
}

int saywho_model_predict(const saywho_model *m, const saywho_fvec *x, double p[SAYWHO_N_STANCES]) {
    double dec[SAYWHO_N_STANCES], dot[SAYWHO_N_STANCES] = {0}, ss = 0.0;
    for (size_t i = 0; i < x->n; i++) { /* one lookup per feature: dot products and norm */
        size_t r = row_of(m, x->idx[i]);
        if (r == m->n) continue;
        double v = (double)x->val[i] * m->idf[r];
        ss += v * v;
        for (int c = 0; c < SAYWHO_N_STANCES; c++)
            dot[c] += (double)m->w[r * SAYWHO_N_STANCES + c] * v;
    }
    double norm = sqrt(ss);
    for (int c = 0; c < SAYWHO_N_STANCES; c++)
        dec[c] = m->bias[c] + (norm > 0.0 ? dot[c] / norm : 0.0);
    /* logistic regression: one-vs-rest probabilities, normalised, as liblinear's
     * predict_probability; SVM: a softmax of the margins */
    double sum = 0.0, top = dec[0];
    int best = 0;
    for (int c = 1; c < SAYWHO_N_STANCES; c++)
        if (dec[c] > top) top = dec[c];
    for (int c = 0; c < SAYWHO_N_STANCES; c++) {
        p[c] = m->solver == SAYWHO_SOLVER_SVM ? exp(dec[c] - top) : 1.0 / (1.0 + exp(-dec[c]));
        sum += p[c];
    }
    for (int c = 0; c < SAYWHO_N_STANCES; c++) {
        p[c] /= sum;
        if (p[c] > p[best]) best = c;
    }
    return best;
}

/* ---- the file ---- */

static uint64_t fnv64(const char *s, size_t n) {
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
    return h;
}

typedef struct sbuf {
    char *s;
    size_t n, cap;
} sbuf;

SAYWHO_PRINTF(2, 3)
static int put(sbuf *b, const char *fmt, ...) {
    for (;;) {
        va_list ap;
        va_start(ap, fmt);
        int k = vsnprintf(b->s ? b->s + b->n : NULL, b->s ? b->cap - b->n : 0, fmt, ap);
        va_end(ap);
        if (k < 0) return -1;
        if (b->s && b->n + (size_t)k < b->cap) {
            b->n += (size_t)k;
            return 0;
        }
        if (saywho__reserve((void **)&b->s, &b->cap, b->n + (size_t)k + 1, 1)) return -1;
    }
}

int saywho_model_save(const saywho_model *m, const char *path, saywho_error *err) {
    sbuf b = {NULL, 0, 0};
    int rc = SAYWHO_ENOMEM;
    if (put(&b, "%s %d\n", MAGIC, FORMAT_VERSION) ||
        put(&b, "labels demand agreement concern other\n") ||
        put(&b, "features bits=%d bigrams=%d frame=%d whole=%d lexicon=%d\n", m->cfg.bits,
            m->cfg.bigrams, m->cfg.frame, m->cfg.whole, m->cfg.lexicon) ||
        put(&b, "solver %s\n", m->solver == SAYWHO_SOLVER_SVM ? "svm" : "lr") ||
        put(&b, "bias %.17g %.17g %.17g %.17g\n", m->bias[0], m->bias[1], m->bias[2], m->bias[3]) ||
        put(&b, "weights %zu\n", m->n))
        goto done;
    for (size_t i = 0; i < m->n; i++) {
        const float *w = &m->w[i * SAYWHO_N_STANCES];
        if (put(&b, "%u %.5g %.5g %.5g %.5g %.5g\n", (unsigned)m->idx[i], (double)m->idf[i],
                (double)w[0], (double)w[1], (double)w[2], (double)w[3]))
            goto done;
    }
    if (put(&b, "checksum %016llx\n", (unsigned long long)fnv64(b.s, b.n))) goto done;

    size_t pl = strlen(path);
    char *tmp = malloc(pl + 5);
    if (!tmp) goto done;
    memcpy(tmp, path, pl);
    memcpy(tmp + pl, ".tmp", 5);
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) {
        if (err) err->sys_errno = errno;
        rc = saywho__fail(err, SAYWHO_EIO, 0, 0, 0, "cannot write %s: %s", tmp, strerror(errno));
        free(tmp);
        goto done;
    }
    size_t off = 0;
    while (off < b.n) {
        ssize_t w = write(fd, b.s + off, b.n - off);
        if (w < 0) {
            if (errno == EINTR) continue;
            break;
        }
        off += (size_t)w;
    }
    int ok = off == b.n && fsync(fd) == 0;
    int e = errno;
    if (close(fd) != 0) ok = 0;
    if (!ok || rename(tmp, path) != 0) {
        if (ok) e = errno;
        unlink(tmp);
        if (err) err->sys_errno = e;
        rc = saywho__fail(err, SAYWHO_EIO, 0, 0, 0, "cannot write %s: %s", path, strerror(e));
        free(tmp);
        goto done;
    }
    free(tmp);
    rc = SAYWHO_OK;
done:
    if (rc == SAYWHO_ENOMEM) saywho__fail(err, rc, 0, 0, 0, "out of memory");
    free(b.s);
    return rc;
}

/* The next line of buf from *pos: its start and length; 0 at the end. */
static int next_line(const char *buf, size_t len, size_t *pos, const char **s, size_t *n) {
    if (*pos >= len) return 0;
    const char *nl = memchr(buf + *pos, '\n', len - *pos);
    if (!nl) return 0; /* every line of a whole file ends with a newline */
    *s = buf + *pos;
    *n = (size_t)(nl - *s);
    *pos = (size_t)(nl - buf) + 1;
    return 1;
}

int saywho_model_load_buffer(const char *buf, size_t len, saywho_model **out, saywho_error *err) {
    *out = NULL;
    saywho_model *m = calloc(1, sizeof *m);
    if (!m) return saywho__fail(err, SAYWHO_ENOMEM, 0, 0, 0, "out of memory");
    size_t pos = 0, line = 0;
    const char *s;
    size_t n;
    char tmp[256];
    int rc = SAYWHO_EFORMAT;
#define NEXT()                                                                                     \
    do {                                                                                           \
        line++;                                                                                    \
        if (!next_line(buf, len, &pos, &s, &n)) {                                                  \
            rc = saywho__fail(err, SAYWHO_EFORMAT, line, 0, 0, "truncated model file");            \
            goto fail;                                                                             \
        }                                                                                          \
        if (n >= sizeof tmp) goto bad;                                                             \
        memcpy(tmp, s, n);                                                                         \
        tmp[n] = '\0';                                                                             \
    } while (0)
    NEXT();
    int version;
    char magic[32];
    if (sscanf(tmp, "%31s %d", magic, &version) != 2 || strcmp(magic, MAGIC) != 0) {
        rc = saywho__fail(err, SAYWHO_EFORMAT, 1, 0, 0, "not a saywho model file");
        goto fail;
    }
    if (version < OLDEST_VERSION || version > FORMAT_VERSION) {
        rc = saywho__fail(err, SAYWHO_EVERSION, 1, 0, 0,
                          "model format version %d; this saywho reads versions %d to %d%s", version,
                          OLDEST_VERSION, FORMAT_VERSION,
                          version < OLDEST_VERSION ? " (retrain the model with saywho-train)" : "");
        goto fail;
    }
    NEXT();
    if (strcmp(tmp, "labels demand agreement concern other") != 0) goto bad;
    NEXT();
    int nf = sscanf(tmp, "features bits=%d bigrams=%d frame=%d whole=%d lexicon=%d", &m->cfg.bits,
                    &m->cfg.bigrams, &m->cfg.frame, &m->cfg.whole, &m->cfg.lexicon);
    if (version == 2) m->cfg.lexicon = 0;
    if (nf != (version == 2 ? 4 : 5) || m->cfg.bits < 8 || m->cfg.bits > 24 ||
        (m->cfg.lexicon != 0 && m->cfg.lexicon != 1))
        goto bad;
    NEXT();
    if (strcmp(tmp, "solver lr") == 0)
        m->solver = SAYWHO_SOLVER_LR;
    else if (strcmp(tmp, "solver svm") == 0)
        m->solver = SAYWHO_SOLVER_SVM;
    else
        goto bad;
    NEXT();
    if (sscanf(tmp, "bias %lf %lf %lf %lf", &m->bias[0], &m->bias[1], &m->bias[2], &m->bias[3]) !=
        4)
        goto bad;
    NEXT();
    unsigned long long count;
    if (sscanf(tmp, "weights %llu", &count) != 1 || count > (1ULL << 24)) goto bad;
    m->n = (size_t)count;
    m->idx = malloc((m->n ? m->n : 1) * sizeof *m->idx);
    m->idf = malloc((m->n ? m->n : 1) * sizeof *m->idf);
    m->w = malloc((m->n ? m->n : 1) * SAYWHO_N_STANCES * sizeof *m->w);
    if (!m->idx || !m->idf || !m->w) {
        rc = saywho__fail(err, SAYWHO_ENOMEM, 0, 0, 0, "out of memory");
        goto fail;
    }
    for (size_t i = 0; i < m->n; i++) {
        NEXT();
        unsigned idx;
        float *w = &m->w[i * SAYWHO_N_STANCES];
        int used = 0;
        if (sscanf(tmp, "%u %f %f %f %f %f%n", &idx, &m->idf[i], &w[0], &w[1], &w[2], &w[3],
                   &used) != 6 ||
            (size_t)used != n || idx >= (1u << m->cfg.bits) || (i && idx <= m->idx[i - 1]) ||
            !isfinite(m->idf[i]) || !isfinite(w[0]) || !isfinite(w[1]) || !isfinite(w[2]) ||
            !isfinite(w[3]))
            goto bad;
        m->idx[i] = idx;
    }
    size_t body = pos;
    NEXT();
    unsigned long long sum;
    if (sscanf(tmp, "checksum %llx", &sum) != 1) goto bad;
    if (sum != (unsigned long long)fnv64(buf, body)) {
        rc = saywho__fail(err, SAYWHO_ECHECKSUM, line, 0, 0,
                          "checksum does not match the contents (corrupted model file)");
        goto fail;
    }
    if (pos != len) {
        line++;
        goto bad;
    }
#undef NEXT
    *out = m;
    return SAYWHO_OK;
bad:
    rc = saywho__fail(err, SAYWHO_EFORMAT, line, 0, 0, "malformed model file");
fail:
    saywho_model_free(m);
    return rc;
}

int saywho_model_load(const char *path, saywho_model **out, saywho_error *err) {
    char *buf;
    size_t len;
    *out = NULL;
    int rc = saywho__read_all(path, (size_t)1 << 30, &buf, &len, err);
    if (rc) return rc;
    rc = saywho_model_load_buffer(buf, len, out, err);
    free(buf);
    return rc;
}

void saywho_confusion_prf(const saywho_confusion *c, int k, double *p, double *r, double *f,
                          size_t *support) {
    size_t tp = c->m[k][k], pred = 0, gold = 0;
    for (int j = 0; j < SAYWHO_N_STANCES; j++) {
        pred += c->m[j][k];
        gold += c->m[k][j];
    }
    *p = pred ? (double)tp / (double)pred : 0.0;
    *r = gold ? (double)tp / (double)gold : 0.0;
    *f = *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0.0;
    *support = gold;
}

char *saywho_confusion_report(const saywho_confusion *c, const char *title) {
    sbuf b = {NULL, 0, 0};
    size_t total = 0, correct = 0;
    double macro[3] = {0}, weighted[3] = {0};
    int bad =
        put(&b, "%s\n%-10s %9s %9s %9s %8s\n", title, "", "precision", "recall", "F1", "support");
    for (int k = 0; k < SAYWHO_N_STANCES; k++) {
        double p, r, f;
        size_t n;
        saywho_confusion_prf(c, k, &p, &r, &f, &n);
        bad |= put(&b, "%-10s %9.3f %9.3f %9.3f %8zu\n", STANCE_NAMES[k], p, r, f, n);
        macro[0] += p / SAYWHO_N_STANCES;
        macro[1] += r / SAYWHO_N_STANCES;
        macro[2] += f / SAYWHO_N_STANCES;
        weighted[0] += p * (double)n;
        weighted[1] += r * (double)n;
        weighted[2] += f * (double)n;
        total += n;
        correct += c->m[k][k];
    }
    double t = total ? (double)total : 1;
    bad |= put(&b, "%-10s %9.3f %9.3f %9.3f %8zu\n", "macro", macro[0], macro[1], macro[2], total);
    bad |= put(&b, "%-10s %9.3f %9.3f %9.3f %8zu\n", "weighted", weighted[0] / t, weighted[1] / t,
               weighted[2] / t, total);
    bad |=
        put(&b, "accuracy   %.3f (%zu of %zu)\n\nconfusion (rows gold, columns predicted)\n%-10s",
            (double)correct / t, correct, total, "");
    for (int k = 0; k < SAYWHO_N_STANCES; k++)
        bad |= put(&b, " %9s", STANCE_NAMES[k]);
    bad |= put(&b, "\n");
    for (int k = 0; k < SAYWHO_N_STANCES; k++) {
        bad |= put(&b, "%-10s", STANCE_NAMES[k]);
        for (int j = 0; j < SAYWHO_N_STANCES; j++)
            bad |= put(&b, " %9zu", c->m[k][j]);
        bad |= put(&b, "\n");
    }
    if (bad) {
        free(b.s);
        return NULL;
    }
    return b.s;
}

double saywho_confusion_macro_f1(const saywho_confusion *c) {
    double sum = 0.0;
    for (int k = 0; k < SAYWHO_N_STANCES; k++) {
        size_t tp = c->m[k][k], pred = 0, gold = 0;
        for (int j = 0; j < SAYWHO_N_STANCES; j++) {
            pred += c->m[j][k];
            gold += c->m[k][j];
        }
        double p = pred ? (double)tp / (double)pred : 0.0,
               r = gold ? (double)tp / (double)gold : 0.0;
        sum += p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
    return sum / SAYWHO_N_STANCES;
}

json_t *saywho_confusion_json(const saywho_confusion *c) {
    json_t *labels = json_object(), *rows = json_array();
    size_t ok = 0, all = 0;
    for (int k = 0; k < SAYWHO_N_STANCES; k++) {
        double p, r, f;
        size_t n;
        saywho_confusion_prf(c, k, &p, &r, &f, &n);
        json_object_set_new(labels, STANCE_NAMES[k],
                            json_pack("{s:f,s:f,s:f,s:I}", "precision", p, "recall", r, "f1", f,
                                      "support", (json_int_t)n));
        json_t *row = json_array();
        for (int l = 0; l < SAYWHO_N_STANCES; l++) {
            json_array_append_new(row, json_integer((json_int_t)c->m[k][l]));
            all += c->m[k][l];
            ok += k == l ? c->m[k][l] : 0;
        }
        json_array_append_new(rows, row);
    }
    return json_pack("{s:o,s:f,s:f,s:I,s:o}", "labels", labels, "macro_f1",
                     saywho_confusion_macro_f1(c), "accuracy", all ? (double)ok / (double)all : 0.0,
                     "n", (json_int_t)all, "confusion", rows);
}
