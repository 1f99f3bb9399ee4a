/*
 * metrics.c — the metric values, the /healthz decision and the Prometheus
 * text exposition (see metrics.h).
 *
 * Values are plain C11 atomics updated with relaxed ordering: each one is
 * exact on its own, and a scrape that lands mid-update may see one counter a
 * step ahead of another, which Prometheus tolerates.  A histogram keeps one
 * non-cumulative count per bucket; the exposition cumulates them and derives
 * _count from the same reads, so `le="+Inf"` always equals `_count`.
 *
 * Names follow Prometheus conventions: counters end in _total, durations are
 * in seconds, labelled series of one family are printed under one HELP/TYPE.
 */
#include "metrics.h"

#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- what is exported ------------------------------------------------------ */

typedef struct {
    const char *family;   /* metric name; one HELP/TYPE per run of equal names */
    const char *labels;   /* `key="value"` or NULL */
    const char *help;
} series_def;

static const series_def counter_defs[MC_COUNTER_COUNT] = {
    [MC_CONSUMED] = {"incidentd_messages_consumed_total", NULL,
        "Messages taken from the input topic for processing (redeliveries after a rebalance count again)."},
    [MC_EXTRACTED] = {"incidentd_articles_extracted_total", NULL,
        "Articles extracted without error."},
    [MC_ARTICLES_STORED] = {"incidentd_articles_stored_total", NULL,
        "Articles committed to PostgreSQL."},
    [MC_INCIDENTS_STORED] = {"incidentd_incidents_stored_total", NULL,
        "Incidents committed to PostgreSQL with their articles."},
    [MC_TALLIES_STORED] = {"incidentd_tallies_stored_total", NULL,
        "Tallies committed to PostgreSQL with their articles."},
    [MC_EVENTS_PUBLISHED] = {"incidentd_events_published_total", NULL,
        "Outbox events (article.enriched, incident.*) delivered to the output topic by this worker's relay."},
    [MC_DEAD_PUBLISHED] = {"incidentd_dead_letters_published_total", NULL,
        "Dead letters delivered to the dead-letter topic by this worker's relay."},
    [MC_PG_COMMITS] = {"incidentd_pg_commits_total", NULL,
        "Batch transactions committed to PostgreSQL."},
    [MC_PG_FAILED] = {"incidentd_pg_commit_failures_total", "reason=\"failed\"",
        "Batch transactions rolled back, by reason: failed (connection or server trouble), "
        "rejected (PostgreSQL refused the data), fenced (another worker owns a partition)."},
    [MC_PG_REJECTED] = {"incidentd_pg_commit_failures_total", "reason=\"rejected\"", NULL},
    [MC_PG_FENCED] = {"incidentd_pg_commit_failures_total", "reason=\"fenced\"", NULL},
    [MC_REBALANCE_ASSIGNED] = {"incidentd_rebalances_total", "kind=\"assigned\"",
        "Rebalance callbacks of the consumer, by kind."},
    [MC_REBALANCE_REVOKED] = {"incidentd_rebalances_total", "kind=\"revoked\"", NULL},
    [MC_REBALANCE_LOST] = {"incidentd_rebalances_total", "kind=\"lost\"", NULL},
    [MC_PRUNED_OUTBOX] = {"incidentd_pruned_rows_total", "table=\"outbox\"",
        "Rows deleted after their retention by this worker's relay, by table: outbox "
        "(published records, outbox.retention, and those of pruned dead letters), "
        "dead_letters (dead_letters.retention)."},
    [MC_PRUNED_DEAD_LETTERS] = {"incidentd_pruned_rows_total", "table=\"dead_letters\"", NULL},
};

static const series_def gauge_defs[MG_GAUGE_COUNT] = {
    [MG_ASSIGNED_PARTITIONS] = {"incidentd_assigned_partitions", NULL,
        "Input partitions this worker owns."},
    [MG_QUEUE_DEPTH] = {"incidentd_queue_depth", NULL,
        "Messages held: fetched and not yet committed (bounded by worker.queue)."},
    [MG_OUTBOX_BACKLOG] = {"incidentd_outbox_backlog", NULL,
        "Outbox rows not yet published, counted up to 100000."},
};

/* The error classes a dead letter can have (idd_errclass() and "store"). */
static const char *const dead_classes[] = {
    "not_json", "bad_utf8", "too_big", "no_body", "wrong_type", "store", "other"};
#define DEAD_CLASS_COUNT (sizeof dead_classes / sizeof *dead_classes)

#define MAX_BUCKETS 16

typedef struct {
    const char *family, *help;
    int nbuckets;                       /* finite bounds; +Inf comes after them */
    int64_t bound_us[MAX_BUCKETS];
    const char *le[MAX_BUCKETS];        /* the bounds as printed, in seconds */
} histogram_def;

static const histogram_def histogram_defs[MH_HISTOGRAM_COUNT] = {
    [MH_EXTRACTION] = {"incidentd_extraction_seconds",
        "Time to parse, extract and build the rows of one message on a pool thread.", 11,
        {500, 1000, 2000, 5000, 10000, 20000, 50000, 100000, 200000, 500000, 1000000},
        {"0.0005", "0.001", "0.002", "0.005", "0.01", "0.02", "0.05", "0.1", "0.2", "0.5", "1"}},
    [MH_END_TO_END] = {"incidentd_end_to_end_seconds",
        "From the input message's Kafka timestamp to the commit of its results.", 13,
        {10000, 25000, 50000, 100000, 250000, 500000, 1000000, 2500000, 5000000, 10000000,
         30000000, 60000000, 300000000},
        {"0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1", "2.5", "5", "10", "30", "60", "300"}},
};

/* A hostile or stale message timestamp may be decades off: one observation
 * adds at most this much to _sum, so the sum cannot overflow in practice. */
#define MAX_OBSERVATION_US (30LL * 24 * 3600 * 1000000)

typedef struct {
    atomic_ullong bucket[MAX_BUCKETS + 1];   /* last = above every bound */
    atomic_ullong sum_us;
} histogram;

struct metrics {
    atomic_ullong counter[MC_COUNTER_COUNT];
    atomic_ullong dead[DEAD_CLASS_COUNT];
    atomic_llong gauge[MG_GAUGE_COUNT];
    histogram hist[MH_HISTOGRAM_COUNT];
    atomic_int flag[MF_FLAG_COUNT];
    atomic_llong kafka_seen_ms;
};

/* ---- updates -------------------------------------------------------------------- */

metrics *metrics_new(void)
{
    metrics *m = calloc(1, sizeof *m);     /* all-zero bits are valid zero atomics here */
    if (!m) return NULL;
    atomic_store(&m->flag[MF_STORE_READY], 1);
    atomic_store(&m->flag[MF_RELAY_CONNECTED], 1);   /* until the relay learns otherwise */
    return m;
}

void metrics_free(metrics *m)
{
    free(m);
}

void metrics_add(metrics *m, metrics_counter c, uint64_t n)
{
    atomic_fetch_add_explicit(&m->counter[c], n, memory_order_relaxed);
}

void metrics_set(metrics *m, metrics_gauge g, int64_t v)
{
    atomic_store_explicit(&m->gauge[g], v, memory_order_relaxed);
}

void metrics_observe_us(metrics *m, metrics_histogram h, int64_t us)
{
    const histogram_def *d = &histogram_defs[h];
    if (us < 0) us = 0;
    if (us > MAX_OBSERVATION_US) us = MAX_OBSERVATION_US;
    int b = 0;
    while (b < d->nbuckets && us > d->bound_us[b]) b++;
    atomic_fetch_add_explicit(&m->hist[h].bucket[b], 1, memory_order_relaxed);
    atomic_fetch_add_explicit(&m->hist[h].sum_us, (unsigned long long)us, memory_order_relaxed);
}

void metrics_dead_letter(metrics *m, const char *klass)
{
    size_t i = 0;
    while (i < DEAD_CLASS_COUNT - 1 && strcmp(dead_classes[i], klass ? klass : "")) i++;
    atomic_fetch_add_explicit(&m->dead[i], 1, memory_order_relaxed);
}

/* ---- health ---------------------------------------------------------------------------- */

void metrics_flag_set(metrics *m, metrics_flag f, int on)
{
    atomic_store_explicit(&m->flag[f], on != 0, memory_order_relaxed);
}

void metrics_kafka_seen(metrics *m, int64_t now_ms)
{
    atomic_store_explicit(&m->kafka_seen_ms, now_ms, memory_order_relaxed);
}

static int flag(const metrics *m, metrics_flag f)
{
    return atomic_load_explicit(&m->flag[f], memory_order_relaxed);
}

int metrics_healthy(const metrics *m, int64_t now_ms, char *why, size_t whylen)
{
    const char *reason = NULL;
    int64_t seen = atomic_load_explicit(&m->kafka_seen_ms, memory_order_relaxed);
    if (flag(m, MF_STOPPING))
        reason = "stopping";
    else if (!flag(m, MF_STORE_READY) || !flag(m, MF_RELAY_CONNECTED))
        reason = "PostgreSQL not reachable";
    else if (!seen || now_ms - seen > METRICS_STALL_MS)
        reason = "consumer not polling (no Kafka statistics for 5 s)";
    else if (!flag(m, MF_KAFKA_GROUP_UP))
        reason = "Kafka group coordinator not connected";
    else if (!flag(m, MF_JOINED))
        reason = "joining the consumer group";
    snprintf(why, whylen, "%s", reason ? reason : "ok");
    return reason == NULL;
}

/* ---- exposition ---------------------------------------------------------------------------- */

typedef struct {
    char *p;
    size_t len, cap;
    int overflow;
} out;

static void put(out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void put(out *o, const char *fmt, ...)
{
    if (o->overflow) return;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(o->p + o->len, o->cap - o->len, fmt, ap);
    va_end(ap);
    if (n < 0 || (size_t)n >= o->cap - o->len) { o->overflow = 1; return; }
    o->len += (size_t)n;
}

static void header(out *o, const char *family, const char *help, const char *type)
{
    put(o, "# HELP %s %s\n# TYPE %s %s\n", family, help, family, type);
}

/* One family of labelled or plain series: the header before its first series. */
static void series(out *o, const series_def *defs, size_t i, const char *type, const char *value)
{
    if (i == 0 || strcmp(defs[i - 1].family, defs[i].family))
        header(o, defs[i].family, defs[i].help, type);
    if (defs[i].labels) put(o, "%s{%s} %s\n", defs[i].family, defs[i].labels, value);
    else put(o, "%s %s\n", defs[i].family, value);
}

static void format_counters(const metrics *m, out *o)
{
    char v[32];
    for (size_t i = 0; i < MC_COUNTER_COUNT; i++) {
        snprintf(v, sizeof v, "%llu", atomic_load_explicit(&m->counter[i], memory_order_relaxed));
        series(o, counter_defs, i, "counter", v);
    }
    header(o, "incidentd_dead_letters_total",
           "Dead letters committed to PostgreSQL, by error class.", "counter");
    for (size_t i = 0; i < DEAD_CLASS_COUNT; i++)
        put(o, "incidentd_dead_letters_total{class=\"%s\"} %llu\n", dead_classes[i],
            atomic_load_explicit(&m->dead[i], memory_order_relaxed));
}

static void format_gauges(const metrics *m, out *o)
{
    char v[32];
    for (size_t i = 0; i < MG_GAUGE_COUNT; i++) {
        snprintf(v, sizeof v, "%lld", atomic_load_explicit(&m->gauge[i], memory_order_relaxed));
        series(o, gauge_defs, i, "gauge", v);
    }
}

static void format_histogram(const metrics *m, metrics_histogram h, out *o)
{
    const histogram_def *d = &histogram_defs[h];
    const histogram *s = &m->hist[h];
    header(o, d->family, d->help, "histogram");
    unsigned long long cum = 0;
    for (int b = 0; b <= d->nbuckets; b++) {
        cum += atomic_load_explicit(&s->bucket[b], memory_order_relaxed);
        put(o, "%s_bucket{le=\"%s\"} %llu\n", d->family, b < d->nbuckets ? d->le[b] : "+Inf", cum);
    }
    unsigned long long sum = atomic_load_explicit(&s->sum_us, memory_order_relaxed);
    put(o, "%s_sum %llu.%06llu\n%s_count %llu\n", d->family, sum / 1000000, sum % 1000000,
        d->family, cum);
}

int metrics_format(const metrics *m, char *buf, size_t cap)
{
    out o = {buf, 0, cap, cap == 0};
    format_counters(m, &o);
    format_gauges(m, &o);
    for (int h = 0; h < MH_HISTOGRAM_COUNT; h++) format_histogram(m, (metrics_histogram)h, &o);
    return o.overflow ? -1 : (int)o.len;
}
