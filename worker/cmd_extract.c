/*
 * cmd_extract.c — `incidentd extract [--data DIR] [--threads N] [FILE ...]`:
 * articles in (input-topic JSON lines, or a plain-text file taken as one
 * body), one result per line out, in input order.  Uses the same thread pool
 * and extractor as the worker.  A bad line gives an error result on stdout
 * ({"id", "error": {"class", "message"}}) and a message on stderr; the exit
 * status is 1 when any input failed.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "idd.h"
#include "idd_pool.h"

typedef struct {
    char *line;           /* input, owned */
    size_t len;
    int plain_text;
    const idd_limits *lim;
    char *out;            /* one output line, owned */
    int failed;
    int done;             /* taken back from the pool: out may be read */
} job;

static void *ctx_new(void *user) { return idd_extractor_new(user); }
static void ctx_free(void *ctx) { idd_extractor_free(ctx); }

static char *error_line(const char *id, idd_err e, const char *msg)
{
    json_t *o = json_pack("{so s{ssss}}", "id", id ? json_string(id) : json_null(), "error",
                          "class", idd_errclass(e), "message", msg);
    char *s = o ? json_dumps(o, JSON_COMPACT) : NULL;
    json_decref(o);
    return s;
}

static void run_job(void *ctx, void *p)
{
    job *j = p;
    idd_extractor *x = ctx;
    char msg[256] = "";
    idd_article *a = NULL;
    idd_err e = j->plain_text ? idd_article_from_text(j->line, j->len, j->lim, &a, msg, sizeof msg)
                              : idd_article_parse(j->line, j->len, j->lim, &a, msg, sizeof msg);
    if (!e && !x) e = IDD_ENOMEM, snprintf(msg, sizeof msg, "no extractor");
    if (!e) e = idd_extract_json(x, a, &j->out, NULL, msg, sizeof msg);
    if (e) {
        j->failed = 1;
        j->out = error_line(a ? idd_article_id(a) : NULL, e, msg);
    }
    idd_article_free(a);
}

typedef struct {
    idd_pool *pool;
    job **ring;           /* submitted, by sequence, waiting to be printed */
    size_t cap, next_print, next_seq;
    int failures;
} printer;

static void print_ready(printer *p, int wait)
{
    for (;;) {
        job *j = idd_pool_next_done(p->pool, wait ? -1 : 0);
        if (!j) return;
        j->done = 1;
        while (p->next_print < p->next_seq && p->ring[p->next_print % p->cap] &&
               p->ring[p->next_print % p->cap]->done) {
            job *k = p->ring[p->next_print % p->cap];
            if (k->failed) { p->failures++; fprintf(stderr, "incidentd extract: input %zu: %s\n", p->next_print + 1, k->out); }
            puts(k->out ? k->out : "{}");
            free(k->out); free(k->line); free(k);
            p->ring[p->next_print % p->cap] = NULL;
            p->next_print++;
        }
        if (!wait || p->next_print == p->next_seq) return;
    }
}

static int submit(printer *p, char *line, size_t len, int plain, const idd_limits *lim)
{
    job *j = calloc(1, sizeof *j);
    if (!j) return -1;
    *j = (job){line, len, plain, lim, NULL, 0, 0};
    while (p->next_seq - p->next_print >= p->cap) print_ready(p, 1);
    p->ring[p->next_seq % p->cap] = j;
    p->next_seq++;
    idd_err e;
    while ((e = idd_pool_submit(p->pool, j)) == IDD_EBUSY) print_ready(p, 1);
    return e ? -1 : 0;
}

static int read_all(FILE *f, char **out, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *b = malloc(cap);
    if (!b) return -1;
    size_t r;
    while ((r = fread(b + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap) {
            char *nb = realloc(b, cap *= 2);
            if (!nb) { free(b); return -1; }
            b = nb;
        }
    }
    *out = b;
    *len = n;
    return 0;
}

/* A file is JSON lines when its first non-blank byte opens an object. */
static int looks_like_jsonl(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t') continue;
        return s[i] == '{';
    }
    return 1;
}

static int feed_file(printer *p, FILE *f, const idd_limits *lim)
{
    char *all;
    size_t n;
    if (read_all(f, &all, &n)) return -1;
    if (!looks_like_jsonl(all, n)) return submit(p, all, n, 1, lim);
    for (size_t i = 0; i < n;) {
        char *nl = memchr(all + i, '\n', n - i);
        size_t len = nl ? (size_t)(nl - (all + i)) : n - i;
        size_t k = 0;
        while (k < len && (all[i + k] == ' ' || all[i + k] == '\r' || all[i + k] == '\t')) k++;
        if (k < len) {
            char *line = malloc(len + 1);
            if (!line) { free(all); return -1; }
            memcpy(line, all + i, len);
            line[len] = 0;
            if (submit(p, line, len, 0, lim)) { free(all); return -1; }
        }
        i += len + 1;
    }
    free(all);
    return 0;
}

static void usage(FILE *f)
{
    fprintf(f, "usage: incidentd extract [--data DIR] [--threads N] [--max-body BYTES] [FILE ...]\n"
               "  Reads articles (JSON lines in the input-topic format, or a plain-text file\n"
               "  taken as one body; '-' or no FILE = stdin) and prints one result per line.\n");
}

int cmd_extract(int argc, char **argv)
{
    const char *data = getenv("INCIDENTD_DATA");
    if (!data) data = IDD_DATA_DIR;
    int threads = 1;
    idd_limits lim;
    idd_limits_default(&lim);
    static const struct option opts[] = {{"data", required_argument, 0, 'd'}, {"threads", required_argument, 0, 't'},
                                         {"max-body", required_argument, 0, 'b'}, {"help", no_argument, 0, 'h'}, {0}};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "d:t:b:h", opts, NULL)) != -1) {
        char *end;
        switch (c) {
        case 'd': data = optarg; break;
        case 't':
            threads = (int)strtol(optarg, &end, 10);
            if (*end || threads < 1 || threads > 256) { fprintf(stderr, "incidentd extract: --threads must be 1..256\n"); return 2; }
            break;
        case 'b': {
            unsigned long long v = strtoull(optarg, &end, 10);
            if (*end || v < 1 || v > (1ull << 30)) { fprintf(stderr, "incidentd extract: --max-body must be 1..1073741824\n"); return 2; }
            lim.max_body_bytes = (size_t)v;
            if (lim.max_message_bytes < lim.max_body_bytes * 2) lim.max_message_bytes = lim.max_body_bytes * 2;
            break;
        }
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return 2;
        }
    }
    char msg[512];
    idd_lexicon *lx;
    idd_err e = idd_lexicon_load(data, &lx, msg, sizeof msg);
    if (e) { fprintf(stderr, "incidentd extract: cannot load data from %s: %s\n", data, msg); return 2; }
    printer p = {.cap = (size_t)threads * 64};
    p.ring = calloc(p.cap, sizeof *p.ring);
    if (!p.ring || idd_pool_new(threads, p.cap, ctx_new, ctx_free, run_job, lx, &p.pool)) {
        fprintf(stderr, "incidentd extract: cannot start the thread pool\n");
        idd_lexicon_free(lx);
        return 2;
    }
    int rc = 0;
    if (optind >= argc) rc = feed_file(&p, stdin, &lim);
    for (int i = optind; i < argc && !rc; i++) {
        FILE *f = strcmp(argv[i], "-") ? fopen(argv[i], "rb") : stdin;
        if (!f) { fprintf(stderr, "incidentd extract: %s: %s\n", argv[i], strerror(errno)); rc = -1; break; }
        rc = feed_file(&p, f, &lim);
        if (f != stdin) fclose(f);
    }
    if (p.next_print < p.next_seq) print_ready(&p, 1);
    idd_pool_free(p.pool);
    free(p.ring);
    idd_lexicon_free(lx);
    fflush(stdout);
    if (rc) return 2;
    return p.failures ? 1 : 0;
}
