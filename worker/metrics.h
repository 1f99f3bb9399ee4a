/*
 * metrics.h — the worker's counters, gauges, latency histograms and health
 * state, shared by the poll loop, the pool threads, the outbox relay and the
 * HTTP endpoint (http.h), and their Prometheus text exposition (format 0.0.4).
 *
 * Every update is a relaxed C11 atomic operation, so any thread may update
 * and the endpoint's thread may read at any time without locks.  There is no
 * global instance: cmd_run creates one and hands it to everything that
 * counts.  The metric names and their meaning are listed in metrics.c.
 *
 * Ownership: metrics_new returns a handle freed with metrics_free after every
 * user stopped.
 */
#ifndef IDD_METRICS_H
#define IDD_METRICS_H

#include <stddef.h>
#include <stdint.h>

typedef struct metrics metrics;

/* Monotonic counters (their labels are part of the name here). */
typedef enum {
    MC_CONSUMED,           /* messages taken from the input topic for processing */
    MC_EXTRACTED,          /* articles extracted without error (pool threads) */
    MC_ARTICLES_STORED,    /* articles committed to PostgreSQL */
    MC_INCIDENTS_STORED,
    MC_TALLIES_STORED,
    MC_EVENTS_PUBLISHED,   /* outbox events delivered to the output topic */
    MC_DEAD_PUBLISHED,     /* dead letters delivered to the DLQ topic */
    MC_PG_COMMITS,         /* batch transactions committed */
    MC_PG_FAILED,          /* batch commits that failed: connection or server trouble */
    MC_PG_REJECTED,        /* ... refused by PostgreSQL for their data */
    MC_PG_FENCED,          /* ... rolled back because another worker owns a partition */
    MC_REBALANCE_ASSIGNED,
    MC_REBALANCE_REVOKED,
    MC_REBALANCE_LOST,
    MC_PRUNED_OUTBOX,      /* outbox rows deleted after their retention (prune.h) */
    MC_PRUNED_DEAD_LETTERS, /* dead letters deleted after their retention */
    MC_COUNTER_COUNT
} metrics_counter;

typedef enum {
    MG_ASSIGNED_PARTITIONS,
    MG_QUEUE_DEPTH,        /* messages held: fetched and not yet committed */
    MG_OUTBOX_BACKLOG,     /* unsent outbox rows (capped, see outbox.c) */
    MG_GAUGE_COUNT
} metrics_gauge;

typedef enum {
    MH_EXTRACTION,         /* parse + extract + rows of one message, on a pool thread */
    MH_END_TO_END,         /* message timestamp to the commit of its results */
    MH_HISTOGRAM_COUNT
} metrics_histogram;

metrics *metrics_new(void);
void     metrics_free(metrics *m);

void metrics_add(metrics *m, metrics_counter c, uint64_t n);
void metrics_set(metrics *m, metrics_gauge g, int64_t v);
/* One observation in microseconds (negative ones count as 0). */
void metrics_observe_us(metrics *m, metrics_histogram h, int64_t us);
/* One committed dead letter of error class `klass` (idd_errclass() or
 * "store"); unknown classes are counted as "other". */
void metrics_dead_letter(metrics *m, const char *klass);

/* ---- health ----------------------------------------------------------- */

/* Inputs of /healthz, each set by the component that knows it. */
typedef enum {
    MF_STORE_READY,        /* the worker's last PostgreSQL operation succeeded */
    MF_RELAY_CONNECTED,    /* the outbox relay holds a working connection */
    MF_JOINED,             /* the group gave us an assignment (possibly empty) */
    MF_KAFKA_GROUP_UP,     /* librdkafka's statistics: group coordinator connected */
    MF_STOPPING,           /* shutdown began */
    MF_FLAG_COUNT
} metrics_flag;

void metrics_flag_set(metrics *m, metrics_flag f, int on);
/* Records that the poll loop served librdkafka's statistics at `now_ms`
 * (clock_ms()): a loop that stops polling is unhealthy. */
void metrics_kafka_seen(metrics *m, int64_t now_ms);

/* How long without statistics before the loop counts as stalled. */
#define METRICS_STALL_MS 5000

/* 1 when healthy at `now_ms`; else 0 and a short reason in `why`. */
int metrics_healthy(const metrics *m, int64_t now_ms, char *why, size_t whylen);

/* ---- exposition ------------------------------------------------------------ */

/* Writes every metric in the Prometheus text format into buf.  Returns the
 * length, or -1 when cap is too small (METRICS_TEXT_MAX always suffices). */
#define METRICS_TEXT_MAX 16384
int metrics_format(const metrics *m, char *buf, size_t cap);

#endif
