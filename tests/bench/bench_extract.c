/*
 * bench_extract — a benchmark, not a test: prints the lexicon's load time
 * and memory, then extraction throughput (MB/s, articles/s per core) and
 * per-article latency (p50, p99) over a JSON-lines corpus, as the median of
 * several runs on one thread.
 *
 * usage: bench_extract ARTICLES.jsonl [RUNS]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "idd.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static long rss_kb(const char *field)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long v = -1;
    size_t n = strlen(field);
    while (f && fgets(line, sizeof line, f))
        if (!strncmp(line, field, n)) v = atol(line + n + 1);
    if (f) fclose(f);
    return v;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* Incidents in a serialised result: every one has an "event_type" key, and
 * no string value can hold that key's quote-colon spelling unescaped. */
static size_t count_incidents(const char *json)
{
    size_t n = 0;
    for (const char *p = json; (p = strstr(p, "\"event_type\":")); p++) n++;
    return n;
}

int main(int argc, char **argv)
{
    if (argc < 2) { fprintf(stderr, "usage: bench_extract ARTICLES.jsonl [RUNS]\n"); return 2; }
    int runs = argc > 2 ? atoi(argv[2]) : 3;
    if (runs < 1 || runs > 50) runs = 3;
    FILE *f = fopen(argv[1], "rb");
    if (!f) { perror(argv[1]); return 2; }
    size_t cap = 1024, n = 0, bytes = 0;
    char **lines = malloc(cap * sizeof *lines);
    char *line = NULL;
    size_t lcap = 0;
    ssize_t len;
    while ((len = getline(&line, &lcap, f)) > 0) {
        if (n == cap) lines = realloc(lines, (cap *= 2) * sizeof *lines);
        lines[n++] = strndup(line, (size_t)len);
        bytes += (size_t)len;
    }
    free(line);
    fclose(f);

    long rss0 = rss_kb("VmRSS:");
    double t0 = now();
    idd_lexicon *lx;
    char msg[512];
    if (idd_lexicon_load(IDD_DATA_DIR, &lx, msg, sizeof msg)) { fprintf(stderr, "%s\n", msg); return 1; }
    double load = now() - t0;
    long rss1 = rss_kb("VmRSS:");
    idd_extractor *x = idd_extractor_new(lx);
    printf("lexicon: loaded in %.1f ms, %.1f MB resident\n", load * 1e3, (rss1 - rss0) / 1024.0);
    printf("corpus: %zu articles, %.1f MB\n", n, bytes / 1e6);

    double *lat = malloc(n * sizeof *lat), *mbs = malloc((size_t)runs * sizeof *mbs);
    double p50 = 0, p99 = 0;
    size_t incidents = 0;
    for (int r = 0; r < runs; r++) {
        double start = now();
        incidents = 0;
        for (size_t i = 0; i < n; i++) {
            double a0 = now();
            idd_article *a;
            char *res;
            if (idd_article_parse(lines[i], strlen(lines[i]), NULL, &a, msg, sizeof msg) == IDD_OK) {
                if (idd_extract_json(x, a, &res, NULL, msg, sizeof msg) == IDD_OK) {
                    incidents += count_incidents(res);
                    free(res);
                }
                idd_article_free(a);
            }
            lat[i] = now() - a0;
        }
        double el = now() - start;
        mbs[r] = bytes / 1e6 / el;
        qsort(lat, n, sizeof *lat, cmp_double);
        p50 += lat[n / 2] / runs;
        p99 += lat[(size_t)(n * 0.99)] / runs;
        printf("run %d: %.2f s, %.1f MB/s, %.0f articles/s\n", r + 1, el, mbs[r], n / el);
    }
    qsort(mbs, (size_t)runs, sizeof *mbs, cmp_double);
    double med = mbs[runs / 2];
    printf("median: %.1f MB/s per core, %.0f articles/s per core\n", med, med * 1e6 / (bytes / (double)n));
    printf("latency per article: p50 %.3f ms, p99 %.3f ms (mean over runs)\n", p50 * 1e3, p99 * 1e3);
    printf("incidents per run: %zu; peak RSS %.1f MB\n", incidents, rss_kb("VmHWM:") / 1024.0);
    idd_extractor_free(x);
    idd_lexicon_free(lx);
    for (size_t i = 0; i < n; i++) free(lines[i]);
    free(lines); free(lat); free(mbs);
    return 0;
}
