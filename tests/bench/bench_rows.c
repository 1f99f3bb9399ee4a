/*
 * bench_rows — a benchmark, not a test: what the worker's per-article path
 * (idd_extract's jansson tree, then worker/rows.c's validated rows) costs
 * against idd_extract_json alone (the result written directly, no tree, no
 * rows) and idd_extract alone, on one thread.  The three run back to back on
 * each article after a warm-up call, so drift and cache effects hit them
 * alike.  Prints microseconds per article for each run.
 *
 * usage: bench_rows ARTICLES.jsonl [RUNS]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "idd.h"
#include "rows.h"

typedef struct { double parse, worker, json, tree; } timings;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static char **read_lines(const char *path, size_t *n)
{
    FILE *f = fopen(path, "r");
    if (!f) return NULL;
    size_t cap = 1024, lcap = 0;
    char **lines = malloc(cap * sizeof *lines), *line = NULL;
    ssize_t len;
    *n = 0;
    while (lines && (len = getline(&line, &lcap, f)) > 0) {
        if (*n == cap) lines = realloc(lines, (cap *= 2) * sizeof *lines);
        if (lines) lines[(*n)++] = strndup(line, (size_t)len);
    }
    free(line);
    fclose(f);
    return lines;
}

/* One article through the three paths; adds their times to t. */
static void measure(idd_extractor *x, const idd_article *a, int64_t offset, timings *t)
{
    char msg[512], *js = NULL;
    idd_extract_json(x, a, &js, NULL, msg, sizeof msg);     /* warm-up */
    free(js);

    double t0 = now();
    json_t *res = NULL;
    rows_article rows;
    idd_err e;
    if (idd_extract(x, a, &res, msg, sizeof msg) == IDD_OK
        && rows_build_article(a, res, 0, offset, &rows, &e, msg, sizeof msg) == 0)
        rows_article_free(&rows);
    json_decref(res);
    double t1 = now();
    js = NULL;
    idd_extract_json(x, a, &js, NULL, msg, sizeof msg);
    free(js);
    double t2 = now();
    res = NULL;
    idd_extract(x, a, &res, msg, sizeof msg);
    json_decref(res);
    double t3 = now();
    t->worker += t1 - t0;
    t->json += t2 - t1;
    t->tree += t3 - t2;
}

int main(int argc, char **argv)
{
    if (argc < 2) { fprintf(stderr, "usage: bench_rows ARTICLES.jsonl [RUNS]\n"); return 2; }
    int runs = argc > 2 ? atoi(argv[2]) : 3;
    size_t n;
    char **lines = read_lines(argv[1], &n), msg[512];
    idd_lexicon *lx;
    if (!lines || !n) { fprintf(stderr, "%s: cannot read articles\n", argv[1]); return 1; }
    if (idd_lexicon_load(IDD_DATA_DIR, &lx, msg, sizeof msg)) { fprintf(stderr, "%s\n", msg); return 1; }
    idd_extractor *x = idd_extractor_new(lx);
    idd_limits lim;
    idd_limits_default(&lim);
    for (int r = 0; r < runs; r++) {
        timings t = {0};
        size_t done = 0;
        for (size_t i = 0; i < n; i++) {
            idd_article *a;
            double p0 = now();
            if (idd_article_parse(lines[i], strlen(lines[i]), &lim, &a, msg, sizeof msg) != IDD_OK) continue;
            t.parse += now() - p0;
            measure(x, a, (int64_t)i, &t);
            idd_article_free(a);
            done++;
        }
        printf("run %d, %zu articles, us per article: parse %.1f; worker path (extract tree + rows) %.1f; "
               "extract_json %.1f; extract tree only %.1f\n", r + 1, done, t.parse / done * 1e6,
               t.worker / done * 1e6, t.json / done * 1e6, t.tree / done * 1e6);
    }
    idd_extractor_free(x);
    idd_lexicon_free(lx);
    for (size_t i = 0; i < n; i++) free(lines[i]);
    free(lines);
    return 0;
}
