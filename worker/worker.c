/*
 * worker.c — the poll loop of `incidentd run` (see worker.h).
 *
 * Everything here runs on the main thread: polling the consumer (which also
 * runs the rebalance callback), submitting jobs to the pool, collecting
 * completions, committing batches and flow control.  The loop never blocks
 * for long: waits are a few milliseconds, so rd_kafka_consumer_poll() is
 * called well within max.poll.interval.ms even while everything is paused.
 *
 * States that matter for delivery:
 *   - a partition is owned only after its claim committed in PostgreSQL;
 *   - a job's offset is committed only with its results, in offset order;
 *   - a fenced commit rolls back and the partition's work is dropped;
 *   - PostgreSQL trouble pauses all partitions ("not ready") and commits
 *     nothing until a retry succeeds.
 *
 * The loop also feeds the metrics handle (metrics.h): what it takes in,
 * commits and drops, its readiness, and librdkafka's statistics for /healthz.
 */
#include "worker.h"

#include <inttypes.h>
#include <poll.h>
#include <pthread.h>
#include <stdatomic.h>
#include <unistd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <librdkafka/rdkafka.h>

#include "clock.h"
#include "idd_pool.h"
#include "kafka.h"
#include "log.h"
#include "metrics.h"
#include "parts.h"
#include "store.h"

#define WK_BACKOFF_MIN_MS 100
#define WK_BACKOFF_MAX_MS 5000
#define WK_REVOKE_DRAIN_MS 2000     /* time given to in-flight jobs of revoked partitions */
#define WK_STATS_EVERY_MS 10000
#define WK_LEAVE_RESERVE_MS 2000    /* of the shutdown deadline, kept for leaving the group */
#define WK_DESTROY_GRACE_MS 2000    /* past the deadline, for librdkafka's destroy */

typedef struct {
    const cfg *cfg;
    volatile sig_atomic_t *stop;
    metrics *m;
    rd_kafka_t *rk;
    idd_pool *pool;
    parts *ps;
    store *st;
    const char *topic;
    size_t queue_max, batch_max;
    int linger_ms;

    size_t queued;           /* jobs waiting for room in the pool */
    int paused;              /* all partitions paused (backpressure, not ready, draining) */
    const char *pause_why;   /* logged reason of the pause; NULL = backpressure */
    int ready;               /* the last PostgreSQL operation succeeded */
    int backoff_ms;
    int64_t retry_at;        /* next commit attempt while not ready */
    int64_t first_ready_at;  /* when the oldest committable job finished; 0 = none */
    size_t isolate;          /* commit one job at a time for this many jobs */
    int64_t stop_deadline;   /* set once stopping: nothing may wait past it */
    int closed;              /* the consumer left the group properly */
    int cooperative;         /* the group's rebalance protocol, as of the last rebalance */

    uint64_t n_articles, n_dead, n_batches, n_fenced, n_pauses;
    int64_t stats_at;
} worker;

/* ---- partition lists for librdkafka ------------------------------------ */

/* The owned, unfenced partitions as a librdkafka list (caller destroys). */
static rd_kafka_topic_partition_list_t *owned_list(worker *w)
{
    rd_kafka_topic_partition_list_t *l = rd_kafka_topic_partition_list_new((int)parts_count(w->ps) + 1);
    for (size_t i = 0; i < parts_count(w->ps); i++) {
        part *p = parts_at(w->ps, i);
        if (!p->fenced) rd_kafka_topic_partition_list_add(l, w->topic, p->partition);
    }
    return l;
}

/* Pauses or resumes every owned partition.  `why` NULL = backpressure,
 * counted in the stats instead of logged (it happens several times a second
 * under load). */
static void set_paused(worker *w, int pause, const char *why)
{
    if (w->paused == pause) {
        if (pause && why && !w->pause_why) {         /* backpressure turned into an outage */
            log_msg(LOG_INFO, "worker", "paused consumption: %s", why);
            w->pause_why = why;
        }
        return;
    }
    rd_kafka_topic_partition_list_t *l = owned_list(w);
    rd_kafka_resp_err_t e = pause ? rd_kafka_pause_partitions(w->rk, l)
                                  : rd_kafka_resume_partitions(w->rk, l);
    rd_kafka_topic_partition_list_destroy(l);
    if (e) log_msg(LOG_WARN, "worker", "%s partitions: %s", pause ? "pausing" : "resuming", rd_kafka_err2str(e));
    w->paused = pause;
    if (pause && why) log_msg(LOG_INFO, "worker", "paused consumption: %s", why);
    if (!pause && w->pause_why) log_msg(LOG_INFO, "worker", "resumed consumption");
    if (pause && !why) w->n_pauses++;
    w->pause_why = pause ? why : NULL;
}

static void pause_one(worker *w, int32_t partition)
{
    rd_kafka_topic_partition_list_t *l = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(l, w->topic, partition);
    rd_kafka_pause_partitions(w->rk, l);
    rd_kafka_topic_partition_list_destroy(l);
}

/* ---- readiness ----------------------------------------------------------------- */

static void not_ready(worker *w, const char *err)
{
    w->backoff_ms = w->backoff_ms ? w->backoff_ms * 2 : WK_BACKOFF_MIN_MS;
    if (w->backoff_ms > WK_BACKOFF_MAX_MS) w->backoff_ms = WK_BACKOFF_MAX_MS;
    w->retry_at = clock_ms() + w->backoff_ms;
    log_msg(LOG_WARN, "worker", "not ready: %s; retrying in %d ms", err, w->backoff_ms);
    w->ready = 0;
    metrics_flag_set(w->m, MF_STORE_READY, 0);
}

static void is_ready(worker *w)
{
    if (!w->ready) log_msg(LOG_INFO, "worker", "ready: PostgreSQL is reachable again");
    w->ready = 1;
    w->backoff_ms = 0;
    metrics_flag_set(w->m, MF_STORE_READY, 1);
}

/* Partitions owned: claimed and not fenced. */
static size_t owned_count(worker *w)
{
    size_t owned = 0;
    for (size_t i = 0; i < parts_count(w->ps); i++) owned += !parts_at(w->ps, i)->fenced;
    return owned;
}

/* Partitions owned and messages held, for the metrics. */
static void update_gauges(worker *w)
{
    metrics_set(w->m, MG_ASSIGNED_PARTITIONS, (int64_t)owned_count(w));
    metrics_set(w->m, MG_QUEUE_DEPTH, (int64_t)parts_jobs(w->ps));
}

/* Recounts the jobs waiting for the pool after partitions dropped some. */
static void recount_queued(worker *w)
{
    w->queued = 0;
    for (size_t i = 0; i < parts_count(w->ps); i++)
        for (job *j = parts_at(w->ps, i)->head; j; j = j->next) w->queued += j->state == JOB_QUEUED;
}

/* ---- committing ------------------------------------------------------------------ */

typedef struct {
    store_item *items;
    job **jobs;
    size_t n;
    store_pos *pos;
    size_t *take;            /* jobs of pos[i]'s partition in the batch */
    size_t npos;
} batch;

static void batch_free(batch *b)
{
    free(b->items);
    free(b->jobs);
    free(b->pos);
    free(b->take);
}

/* Committable jobs over all partitions, at most `max`. */
static size_t ready_count(worker *w, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < parts_count(w->ps) && n < max; i++) {
        part *p = parts_at(w->ps, i);
        if (!p->fenced) n += parts_done_prefix(p, max - n);
    }
    return n;
}

/* Takes the done prefixes of the partitions, up to `max` jobs. */
static int batch_build(worker *w, size_t max, batch *b)
{
    memset(b, 0, sizeof *b);
    size_t np = parts_count(w->ps);
    b->items = calloc(max, sizeof *b->items);
    b->jobs = calloc(max, sizeof *b->jobs);
    b->pos = calloc(np ? np : 1, sizeof *b->pos);
    b->take = calloc(np ? np : 1, sizeof *b->take);
    if (!b->items || !b->jobs || !b->pos || !b->take) { batch_free(b); return -1; }
    for (size_t i = 0; i < np && b->n < max; i++) {
        part *p = parts_at(w->ps, i);
        size_t k = p->fenced ? 0 : parts_done_prefix(p, max - b->n);
        if (!k) continue;
        job *j = p->head;
        for (size_t t = 0; t < k; t++, j = j->next) {
            b->jobs[b->n] = j;
            b->items[b->n].rows = j->dead ? NULL : &j->rows;
            b->items[b->n].dead = j->dead;
            b->n++;
            if (t == k - 1) {
                b->take[b->npos] = k;
                b->pos[b->npos++] = (store_pos){.partition = p->partition, .epoch = p->epoch,
                                                .next_offset = j->offset + 1};
            }
        }
    }
    return 0;
}

/* Offsets for lag monitoring only: failures are harmless (PostgreSQL is the
 * truth).  None with the cooperative protocol: its members keep consuming
 * while they rejoin the group, and librdkafka 2.0.2 takes a commit answered
 * after the group's generation moved on for a lost assignment (#4059, fixed
 * in 2.10.0), so nearly every rebalance would make its members drop all
 * their partitions and in-flight work, then claim them again. */
static void commit_to_kafka(worker *w, const batch *b)
{
    if (w->cooperative) return;
    rd_kafka_topic_partition_list_t *l = rd_kafka_topic_partition_list_new((int)b->npos);
    for (size_t i = 0; i < b->npos; i++)
        rd_kafka_topic_partition_list_add(l, w->topic, b->pos[i].partition)->offset = b->pos[i].next_offset;
    rd_kafka_commit(w->rk, l, 1);
    rd_kafka_topic_partition_list_destroy(l);
}

/* Counts a committed job, and its latency from the message's Kafka timestamp
 * (CreateTime or LogAppendTime; absent with old producers: not observed). */
static void count_committed(worker *w, const job *j, int64_t now_wall_ms)
{
    if (j->dead) {
        w->n_dead++;
        metrics_dead_letter(w->m, j->dead_class);
    } else {
        w->n_articles++;
        metrics_add(w->m, MC_ARTICLES_STORED, 1);
        metrics_add(w->m, MC_INCIDENTS_STORED, j->rows.n_incidents);
        metrics_add(w->m, MC_TALLIES_STORED, j->rows.n_tallies);
    }
    int64_t ts = rd_kafka_message_timestamp(j->msg, NULL);     /* the producer's: any value */
    if (ts >= 0) metrics_observe_us(w->m, MH_END_TO_END, ts < now_wall_ms ? (now_wall_ms - ts) * 1000 : 0);
}

static void batch_committed(worker *w, const batch *b)
{
    int64_t now = wall_ms();
    for (size_t i = 0; i < b->n; i++) count_committed(w, b->jobs[i], now);
    metrics_add(w->m, MC_PG_COMMITS, 1);
    size_t n = b->n;
    for (size_t i = 0; i < b->npos; i++) {      /* frees the jobs: b->jobs is stale after this */
        part *p = parts_get(w->ps, b->pos[i].partition);
        if (p) parts_release(w->ps, p, b->take[i]);
    }
    commit_to_kafka(w, b);
    w->n_batches++;
    if (w->isolate) w->isolate = w->isolate > n ? w->isolate - n : 0;
}

static void fence_partitions(worker *w, const batch *b)
{
    for (size_t i = 0; i < b->npos; i++) {
        if (!b->pos[i].fenced) continue;
        part *p = parts_get(w->ps, b->pos[i].partition);
        if (!p) continue;
        log_msg(LOG_WARN, "worker", "partition %s[%d] fenced: another worker claimed it "
                "(epoch %" PRId64 " is stale); dropping its uncommitted work",
                w->topic, (int)p->partition, p->epoch);
        parts_fence(w->ps, p);
        pause_one(w, p->partition);
        w->n_fenced++;
    }
    recount_queued(w);
}

/* PostgreSQL refused the data of a single job: make it a dead letter instead. */
static void reject_job(job *j, const char *err)
{
    const rd_kafka_message_t *m = j->msg;
    char *dead = rows_build_dead(j->partition, j->offset, m->key, m->key_len, m->payload, m->len,
                                 "store", err);
    if (!dead) return;
    rows_article_free(&j->rows);
    free(j->dead);
    j->dead = dead;
    j->dead_class = "store";
}

/* One commit attempt.  Returns 1 when something was committed or resolved
 * (call again), 0 when there is nothing to do or we must wait. */
static int commit_once(worker *w, int force)
{
    int64_t now = clock_ms();
    if (!w->ready && now < w->retry_at) return 0;
    size_t max = w->isolate ? 1 : w->batch_max;
    size_t n = ready_count(w, max);
    if (!n) { w->first_ready_at = 0; return 0; }
    if (!w->first_ready_at) w->first_ready_at = now;
    if (!force && n < max && now - w->first_ready_at < w->linger_ms) return 0;
    batch b;
    if (batch_build(w, max, &b)) { not_ready(w, "building a batch: out of memory"); return 0; }
    char err[1024];
    store_rc rc = store_commit(w->st, b.items, b.n, b.pos, b.npos, err, sizeof err);
    int again = 1;
    switch (rc) {
    case STORE_OK:
        is_ready(w);
        batch_committed(w, &b);
        w->first_ready_at = 0;
        break;
    case STORE_FENCED:
        metrics_add(w->m, MC_PG_FENCED, 1);
        is_ready(w);
        fence_partitions(w, &b);
        break;
    case STORE_REJECTED:
        metrics_add(w->m, MC_PG_REJECTED, 1);
        is_ready(w);
        log_msg(LOG_WARN, "worker", "PostgreSQL rejected a batch of %zu: %s", b.n, err);
        if (b.n > 1) {
            w->isolate = b.n;
        } else if (!b.jobs[0]->dead) {
            reject_job(b.jobs[0], err);
        } else {
            not_ready(w, "PostgreSQL refuses even the dead letter");
            again = 0;
        }
        break;
    case STORE_FAILED:
        metrics_add(w->m, MC_PG_FAILED, 1);
        not_ready(w, err);
        again = 0;
        break;
    }
    batch_free(&b);
    return again;
}

static void commit_ready(worker *w, int force)
{
    while (commit_once(w, force)) {}
}

/* ---- jobs ------------------------------------------------------------------------- */

static void take_message(worker *w, rd_kafka_message_t *m)
{
    if (m->err) {
        log_msg(LOG_WARN, "worker", "consumer: %s", rd_kafka_message_errstr(m));
        rd_kafka_message_destroy(m);
        return;
    }
    part *p = strcmp(rd_kafka_topic_name(m->rkt), w->topic) ? NULL : parts_get(w->ps, m->partition);
    if (!p || p->fenced || (p->next_fetch >= 0 && m->offset < p->next_fetch)) {
        if (p && !p->fenced && !p->taken_any && !p->warned_below) {
            p->warned_below = 1;
            log_msg(LOG_WARN, "worker", "%s[%d]: offset %" PRId64 " is below the stored offset %" PRId64
                    "; ignoring such messages (was the topic recreated? then reset consumer_offsets)",
                    w->topic, (int)p->partition, m->offset, p->next_fetch);
        }
        rd_kafka_message_destroy(m);     /* not ours (any more), or already taken */
        return;
    }
    job *j = job_new(m);
    if (!j) {
        log_msg(LOG_ERROR, "worker", "out of memory taking %s[%d]@%" PRId64 "; it will be re-read",
                w->topic, (int)m->partition, m->offset);
        rd_kafka_message_destroy(m);
        parts_fence(w->ps, p);      /* stop the partition; a rebalance or restart resumes it */
        pause_one(w, p->partition);
        recount_queued(w);
        return;
    }
    p->next_fetch = m->offset + 1;
    p->taken_any = 1;
    parts_append(w->ps, p, j);
    w->queued++;
    metrics_add(w->m, MC_CONSUMED, 1);
}

static void submit_queued(worker *w)
{
    for (size_t i = 0; w->queued && i < parts_count(w->ps); i++) {
        for (job *j = parts_at(w->ps, i)->head; j && w->queued; j = j->next) {
            if (j->state != JOB_QUEUED) continue;
            if (idd_pool_submit(w->pool, j) != IDD_OK) return;   /* full: later */
            j->state = JOB_RUNNING;
            w->queued--;
        }
    }
}

static void collect_done(worker *w, int wait_ms)
{
    job *j;
    while ((j = idd_pool_next_done(w->pool, wait_ms))) {
        wait_ms = 0;
        if (j->orphan) {
            job_free(j);
        } else if (!j->dead && !j->rows.article) {
            j->state = JOB_QUEUED;         /* out of memory on the pool thread: retry */
            w->queued++;
        } else {
            j->state = JOB_DONE;
        }
    }
}

static void flow_control(worker *w)
{
    size_t held = parts_jobs(w->ps);
    if (!w->ready) set_paused(w, 1, "PostgreSQL not ready");
    else if (held >= w->queue_max) set_paused(w, 1, NULL);
    else if (w->paused && held <= w->queue_max * 3 / 4) set_paused(w, 0, NULL);
}

static int running_jobs(worker *w)
{
    return idd_pool_in_flight(w->pool) > 0 || w->queued > 0;
}

/* ---- rebalance ----------------------------------------------------------------------
 *
 * Eager protocol: a rebalance revokes the whole assignment, then assigns the
 * new one.  Cooperative: the callbacks carry only the partitions that change
 * owner, and the others keep being consumed and committed meanwhile.  Both
 * go through on_assign (claim, assign at the claimed offsets with the
 * current pause state) and on_revoke (drain and commit, unless lost). */

/* Claims the partitions in PostgreSQL, retrying until it works or we stop. */
static int claim(worker *w, store_claim *c, size_t n)
{
    char err[1024];
    while (store_claim_partitions(w->st, c, n, err, sizeof err)) {
        if (*w->stop) return -1;
        not_ready(w, err);
        poll(NULL, 0, w->backoff_ms);
    }
    is_ready(w);
    return 0;
}

/* Answers an assignment we will not work on.  The protocol still needs its
 * assign call (a cooperative consumer left waiting for it hangs in close):
 * eager gets an empty assignment, cooperative takes the partitions paused
 * and unowned, so take_message drops whatever arrives.  The next rebalance
 * or our exit gives them to another worker. */
static void refuse_assignment(worker *w, rd_kafka_topic_partition_list_t *list, int cooperative)
{
    if (!cooperative) {
        rd_kafka_assign(w->rk, NULL);
        return;
    }
    rd_kafka_error_t *e = rd_kafka_incremental_assign(w->rk, list);
    if (e) {
        log_msg(LOG_ERROR, "worker", "incremental assign: %s", rd_kafka_error_string(e));
        rd_kafka_error_destroy(e);
    }
    rd_kafka_pause_partitions(w->rk, list);
}

static void on_assign(worker *w, rd_kafka_topic_partition_list_t *list, int cooperative)
{
    size_t n = (size_t)list->cnt;
    store_claim *c = calloc(n ? n : 1, sizeof *c);
    for (size_t i = 0; c && i < n; i++) c[i].partition = list->elems[i].partition;
    int ok = c && !*w->stop && (n == 0 || claim(w, c, n) == 0);   /* stopping: claim nothing */
    for (size_t i = 0; ok && i < n; i++) {
        rd_kafka_topic_partition_t *tp = &list->elems[i];
        tp->offset = c[i].next_offset >= 0 ? c[i].next_offset : RD_KAFKA_OFFSET_BEGINNING;
        if (!parts_add(w->ps, tp->partition, c[i].epoch, c[i].next_offset)) ok = 0;
        else log_msg(LOG_INFO, "worker", "assigned %s[%d] at offset %s%" PRId64 " (epoch %" PRId64 ")",
                     w->topic, (int)tp->partition, c[i].next_offset >= 0 ? "" : "beginning ",
                     c[i].next_offset >= 0 ? c[i].next_offset : 0, c[i].epoch);
    }
    free(c);
    if (!ok) {
        log_msg(LOG_WARN, "worker", "not taking the assignment (%s)", *w->stop ? "stopping" : "out of memory");
        for (int i = 0; i < list->cnt; i++) parts_drop(w->ps, list->elems[i].partition);
        recount_queued(w);
        refuse_assignment(w, list, cooperative);
        return;
    }
    if (cooperative) {
        rd_kafka_error_t *e = rd_kafka_incremental_assign(w->rk, list);
        if (e) {
            log_msg(LOG_ERROR, "worker", "incremental assign: %s", rd_kafka_error_string(e));
            rd_kafka_error_destroy(e);
        }
    } else {
        rd_kafka_resp_err_t e = rd_kafka_assign(w->rk, list);
        if (e) log_msg(LOG_ERROR, "worker", "assign: %s", rd_kafka_err2str(e));
    }
    recount_queued(w);
    /* librdkafka keeps an application pause across revocation and
     * reassignment: a partition paused for backpressure before the rebalance
     * and assigned back after set_paused() resumed an empty assignment would
     * never be fetched again.  So the new partitions get our state explicitly. */
    if (w->paused) rd_kafka_pause_partitions(w->rk, list);
    else rd_kafka_resume_partitions(w->rk, list);
}

/* Lets in-flight jobs finish for a short while and commits what is done. */
static void drain(worker *w, int64_t until)
{
    while (running_jobs(w) && clock_ms() < until) {
        submit_queued(w);
        collect_done(w, 10);
        commit_ready(w, 1);
    }
    commit_ready(w, 1);
}

static void on_revoke(worker *w, rd_kafka_topic_partition_list_t *list, int cooperative)
{
    int lost = rd_kafka_assignment_lost(w->rk);
    int64_t until = clock_ms() + WK_REVOKE_DRAIN_MS;
    if (w->stop_deadline && until > w->stop_deadline) until = w->stop_deadline;
    if (!lost && w->ready) drain(w, until);
    for (int i = 0; i < list->cnt; i++) {
        parts_drop(w->ps, list->elems[i].partition);
        log_msg(LOG_INFO, "worker", "%s %s[%d]", lost ? "lost" : "revoked", w->topic, (int)list->elems[i].partition);
    }
    recount_queued(w);
    if (cooperative) {
        rd_kafka_error_t *e = rd_kafka_incremental_unassign(w->rk, list);
        if (e) {
            log_msg(LOG_ERROR, "worker", "incremental unassign: %s", rd_kafka_error_string(e));
            rd_kafka_error_destroy(e);
        }
    } else {
        rd_kafka_assign(w->rk, NULL);
    }
}

static void on_rebalance(rd_kafka_t *rk, rd_kafka_resp_err_t err,
                         rd_kafka_topic_partition_list_t *list, void *opaque)
{
    worker *w = opaque;
    const char *protocol = rd_kafka_rebalance_protocol(rk);
    int cooperative = !strcmp(protocol, "COOPERATIVE");
    const char *what = "assigned";
    w->cooperative = cooperative;
    if (err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS) {
        metrics_add(w->m, MC_REBALANCE_ASSIGNED, 1);
        metrics_flag_set(w->m, MF_JOINED, 1);
        on_assign(w, list, cooperative);
    } else {
        if (err != RD_KAFKA_RESP_ERR__REVOKE_PARTITIONS)
            log_msg(LOG_ERROR, "worker", "rebalance failed: %s", rd_kafka_err2str(err));
        int lost = rd_kafka_assignment_lost(rk);
        what = lost ? "lost" : "revoked";
        metrics_add(w->m, lost ? MC_REBALANCE_LOST : MC_REBALANCE_REVOKED, 1);
        on_revoke(w, list, cooperative);
    }
    update_gauges(w);
    log_msg(LOG_INFO, "worker", "rebalance (%s protocol): %s %d partition(s), %zu owned now",
            protocol, what, list->cnt, owned_count(w));
}

/* librdkafka's statistics, served by the poll loop: the group's state for
 * /healthz, and the proof that the loop still polls. */
static int on_stats(rd_kafka_t *rk, char *json, size_t len, void *opaque)
{
    worker *w = opaque;
    metrics_flag_set(w->m, MF_KAFKA_GROUP_UP, kc_stats_group_up(json, len));
    metrics_kafka_seen(w->m, clock_ms());
    return 0;     /* librdkafka frees the JSON */
}

/* ---- main loop ------------------------------------------------------------------------- */

static void log_stats(worker *w, int force)
{
    int64_t now = clock_ms();
    if (!force && now - w->stats_at < WK_STATS_EVERY_MS) return;
    w->stats_at = now;
    log_msg(LOG_INFO, "worker", "stats: articles=%" PRIu64 " dead_letters=%" PRIu64
            " batches=%" PRIu64 " fenced=%" PRIu64 " backpressure_pauses=%" PRIu64
            " held=%zu partitions=%zu ready=%d",
            w->n_articles, w->n_dead, w->n_batches, w->n_fenced, w->n_pauses, parts_jobs(w->ps),
            parts_count(w->ps), w->ready);
}

static int clamp_ms(int64_t ms)
{
    return ms < 0 ? 0 : ms > 100 ? 100 : (int)ms;
}

/* How long the next poll may block: not at all while the pool works (its
 * completions are waited for instead), else until the next timer. */
static int poll_timeout(const worker *w)
{
    int64_t now = clock_ms();
    if (idd_pool_in_flight(w->pool)) return 0;
    if (!w->ready) return clamp_ms(w->retry_at - now);
    if (w->first_ready_at) return clamp_ms(w->first_ready_at + w->linger_ms - now);
    return 100;
}

static void loop(worker *w)
{
    while (!*w->stop) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(w->rk, poll_timeout(w));
        if (m) take_message(w, m);
        submit_queued(w);
        collect_done(w, m || !idd_pool_in_flight(w->pool) ? 0 : 2);
        commit_ready(w, 0);
        flow_control(w);
        update_gauges(w);
        log_stats(w, 0);
    }
}

/* Serves the consumer's callbacks (rebalances included) without taking
 * messages, for at most `ms`. */
static void serve_consumer(worker *w, int ms)
{
    rd_kafka_message_t *m = rd_kafka_consumer_poll(w->rk, ms);
    if (m) rd_kafka_message_destroy(m);      /* no new work; it stays uncommitted */
}

static int assignment_empty(worker *w)
{
    rd_kafka_topic_partition_list_t *l = NULL;
    if (rd_kafka_assignment(w->rk, &l)) return 1;
    int empty = l->cnt == 0;
    rd_kafka_topic_partition_list_destroy(l);
    return empty;
}

/* Leaves the group before `deadline`; returns 1 when the consumer closed.
 * librdkafka 2.0's rd_kafka_consumer_close() can block for good when an
 * assignment arrives while it closes (fixed upstream in 2.4), which is what
 * a rebalance caused by another member's exit does.  So: unsubscribe first
 * and serve the revocation ourselves, then close through a queue that we
 * poll against the deadline.  A consumer that still has not closed is
 * destroyed without closing (see wk_run); its offsets are safe in
 * PostgreSQL, and the group drops it when its session times out. */
static int leave_group(worker *w, int64_t deadline)
{
    rd_kafka_resp_err_t e = rd_kafka_unsubscribe(w->rk);
    if (e) log_msg(LOG_WARN, "worker", "unsubscribing: %s", rd_kafka_err2str(e));
    while (clock_ms() < deadline && !assignment_empty(w)) serve_consumer(w, 10);
    rd_kafka_queue_t *q = rd_kafka_queue_new(w->rk);
    rd_kafka_error_t *err = rd_kafka_consumer_close_queue(w->rk, q);
    if (err) {
        log_msg(LOG_WARN, "worker", "closing the consumer: %s", rd_kafka_error_string(err));
        rd_kafka_error_destroy(err);
    }
    while (!rd_kafka_consumer_closed(w->rk) && clock_ms() < deadline) rd_kafka_queue_poll_callback(q, 10);
    w->closed = rd_kafka_consumer_closed(w->rk);
    rd_kafka_queue_destroy(q);
    return w->closed;
}

static void shutdown_worker(worker *w, int64_t deadline)
{
    log_msg(LOG_INFO, "worker", "stopping: draining in-flight work");
    set_paused(w, 1, "shutting down");
    /* the drain leaves a quarter of the time (up to 2 s) to leave the group:
     * a close that librdkafka could not finish makes its destroy hang */
    int64_t left = deadline - clock_ms(), reserve = left / 4 < WK_LEAVE_RESERVE_MS ? left / 4 : WK_LEAVE_RESERVE_MS;
    int64_t drain_until = deadline - (reserve > 0 ? reserve : 0);
    while (clock_ms() < drain_until && (running_jobs(w) || ready_count(w, 1))) {
        serve_consumer(w, 0);
        submit_queued(w);
        collect_done(w, 10);
        commit_ready(w, 1);
        if (!w->ready && clock_ms() < w->retry_at) poll(NULL, 0, 10);
    }
    if (running_jobs(w) || parts_jobs(w->ps))
        log_msg(LOG_WARN, "worker", "shutdown deadline: %zu uncommitted messages left for the next owner",
                parts_jobs(w->ps));
    log_msg(LOG_INFO, "worker", "leaving the consumer group");
    if (!leave_group(w, deadline))
        log_msg(LOG_WARN, "worker", "shutdown deadline: the consumer did not close in time; "
                "abandoning it (the group drops this member after session.timeout.ms)");
    update_gauges(w);
    log_stats(w, 1);
}

/* Takes back every job still in the pool (all orphans by now) and frees it. */
static void pool_reclaim(worker *w)
{
    while (idd_pool_in_flight(w->pool) > 0) {
        job *j = idd_pool_next_done(w->pool, 1000);
        if (j && j->orphan) job_free(j);
    }
}

static int setup(worker *w, const cfg *c, const job_env *env, char *err, size_t errlen)
{
    w->topic = cfg_kafka_input_topic(c);
    w->queue_max = (size_t)cfg_worker_queue(c);
    w->batch_max = (size_t)cfg_worker_batch_size(c);
    w->linger_ms = cfg_worker_batch_linger_ms(c);
    w->ready = 1;
    store_params sp = {cfg_postgres_conninfo(c), cfg_kafka_group(c), w->topic,
                       cfg_kafka_output_topic(c), cfg_kafka_dlq_topic(c), cfg_worker_id(c)};
    w->st = store_new(&sp);
    w->ps = parts_new();
    if (!w->st || !w->ps) { snprintf(err, errlen, "out of memory"); return -1; }
    idd_err e = idd_pool_new(cfg_worker_threads(c), w->queue_max, job_ctx_new, job_ctx_free,
                             job_run, (void *)env, &w->pool);
    if (e) { snprintf(err, errlen, "creating the thread pool: %s", idd_strerror(e)); return -1; }
    w->rk = kc_consumer_new(c, on_rebalance, on_stats, w, err, errlen);
    return w->rk ? 0 : -1;
}

/* librdkafka 2.0.2's destroy can wait for good on its own main thread when
 * the consumer's close did not finish (the group leave ran out of time).
 * Offsets live in PostgreSQL, so ending the process then loses nothing: the
 * next owner resumes from the last commit.  A watchdog thread ends it at
 * `until` if the destroy has not returned by then. */
typedef struct { int64_t until; int rc; atomic_int done; } destroy_watch;

static void *watch_destroy(void *arg)
{
    destroy_watch *dw = arg;
    while (!atomic_load(&dw->done) && clock_ms() < dw->until) poll(NULL, 0, 20);
    if (!atomic_load(&dw->done)) {
        log_msg(LOG_ERROR, "worker", "the Kafka consumer did not shut down in time; exiting without it "
                "(offsets are committed in PostgreSQL)");
        _exit(dw->rc);
    }
    free(dw);
    return NULL;
}

static void destroy_consumer(worker *w, int64_t until, int rc)
{
    destroy_watch *dw = calloc(1, sizeof *dw);
    pthread_t t;
    int watched = dw && (dw->until = until, dw->rc = rc, pthread_create(&t, NULL, watch_destroy, dw) == 0);
    if (watched) pthread_detach(t);
    else free(dw);
    rd_kafka_destroy_flags(w->rk, w->closed ? 0 : RD_KAFKA_DESTROY_F_NO_CONSUMER_CLOSE);
    if (watched) atomic_store(&dw->done, 1);          /* the watchdog frees it */
}

int wk_run(const cfg *c, const job_env *env, volatile sig_atomic_t *stop, int64_t *deadline)
{
    worker w = {.cfg = c, .stop = stop, .m = env->metrics};
    char err[1024];
    int rc = 0;
    *deadline = clock_ms() + cfg_worker_shutdown_deadline_ms(c);
    if (setup(&w, c, env, err, sizeof err)) {
        log_msg(LOG_ERROR, "worker", "%s", err);
        *deadline = clock_ms();
        rc = 1;
    } else {
        log_msg(LOG_INFO, "worker", "consuming %s as %s in group %s (%d threads, queue %zu, batch %zu)",
                w.topic, cfg_worker_id(c), cfg_kafka_group(c), cfg_worker_threads(c),
                w.queue_max, w.batch_max);
        loop(&w);
        metrics_flag_set(w.m, MF_STOPPING, 1);
        *deadline = clock_ms() + cfg_worker_shutdown_deadline_ms(c);
        w.stop_deadline = *deadline;
        shutdown_worker(&w, *deadline);
    }
    /* The jobs go first: each holds a message of the consumer, and
     * librdkafka wants every message destroyed before its handle. */
    parts_free(w.ps);
    if (w.pool) { pool_reclaim(&w); idd_pool_free(w.pool); }
    if (w.rk) destroy_consumer(&w, *deadline + WK_DESTROY_GRACE_MS, rc);
    store_free(w.st);
    return rc;
}
