/*
 * outbox.c — the relay thread (see outbox.h).
 *
 * One round: read up to RELAY_BATCH unsent rows in id order, produce them
 * all, wait for every delivery report, then mark the delivered ones sent.  A
 * crash anywhere in a round only means rows get published again; they carry
 * the same event id.  Records Kafka can never accept (too large, invalid) are
 * marked with send_error so they cannot block the rows behind them.
 *
 * Every relay, publishing or standing by, reports to the metrics whether its
 * connection works (PostgreSQL health while the consumer is idle) and the
 * outbox backlog, counted at most once per RELAY_BACKLOG_EVERY_MS.  The
 * publishing relay also prunes what is past its retention (prune.h) between
 * rounds, and does not idle while expired rows are left.
 */
#include "outbox.h"

#include <errno.h>
#include <inttypes.h>
#include <poll.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>
#include <librdkafka/rdkafka.h>

#include "clock.h"
#include "kafka.h"
#include "log.h"
#include "metrics.h"
#include "pgconn.h"
#include "prune.h"

#define RELAY_BATCH "500"
#define RELAY_BATCH_BYTES "16777216"
#define RELAY_IDLE_MS 1000          /* longest wait for a NOTIFY */
#define RELAY_LOCK_RETRY_MS 2000    /* how often a standby relay tries the lock */
#define RELAY_BACKOFF_MAX_MS 5000
#define RELAY_BACKLOG_EVERY_MS 1000

/* One relay per outbox table (per schema), not per database. */
static const char SQL_LOCK[] =
    "SELECT pg_try_advisory_lock((hashtext('incidentd.outbox')::bigint << 32)"
    "                            | 'outbox'::regclass::oid::bigint)";
/* Unsent rows in id order: at most RELAY_BATCH, and no more than
 * RELAY_BATCH_BYTES of values after the first (dead letters can be large). */
static const char SQL_UNSENT[] =
    "SELECT id, event_id, topic, msg_key, type, subject, time, payload, headers, dl_payload"
    " FROM (SELECT x.*, sum(size) OVER (ORDER BY id) AS cum FROM ("
    "   SELECT o.id, o.event_id, o.topic, o.msg_key, o.type, o.subject,"
    "     to_char(o.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') AS time,"
    "     o.payload::text AS payload, o.headers::text AS headers, d.payload AS dl_payload,"
    "     coalesce(octet_length(o.payload::text), 0) + coalesce(octet_length(d.payload), 0) AS size"
    "   FROM outbox o LEFT JOIN dead_letters d ON d.id = o.dead_letter_id"
    "   WHERE o.sent_at IS NULL ORDER BY o.id LIMIT " RELAY_BATCH ") x) y"
    " WHERE cum - size < " RELAY_BATCH_BYTES " ORDER BY id";
static const char SQL_SENT[] =
    "UPDATE outbox SET sent_at = now() WHERE id = ANY($1::bigint[]) AND sent_at IS NULL";
/* Capped so that a huge backlog cannot make the count itself expensive. */
static const char SQL_BACKLOG[] =
    "SELECT count(*) FROM (SELECT 1 FROM outbox WHERE sent_at IS NULL LIMIT 100000) x";
static const char SQL_GIVE_UP[] =
    "UPDATE outbox SET sent_at = now(), send_error = $2 WHERE id = $1";

enum { COL_ID, COL_EVENT, COL_TOPIC, COL_KEY, COL_TYPE, COL_SUBJECT, COL_TIME,
       COL_PAYLOAD, COL_HEADERS, COL_DL_PAYLOAD };

struct outbox {
    const cfg *cfg;               /* outlives the relay (cmd_run) */
    metrics *m;                   /* likewise */
    char *source;                 /* CloudEvents source */
    rd_kafka_t *rk;
    PGconn *conn;
    int locked;
    int backoff_ms;
    int64_t backlog_at;           /* clock_ms() of the last backlog count */
    pruner prune;
    atomic_int stopping;
    atomic_llong deadline;
    pthread_t thread;
};

/* Delivery state of one row of a round; the librdkafka message opaque. */
typedef struct {
    int64_t id;
    int event;                    /* an event for the output topic, not a dead letter */
    int produced, reported;
    rd_kafka_resp_err_t err;
} relay_row;

/* ---- producing ---------------------------------------------------------- */

static void on_delivery(rd_kafka_t *rk, const rd_kafka_message_t *m, void *opaque)
{
    relay_row *row = m->_private;
    if (!row) return;
    row->reported = 1;
    row->err = m->err;
}

static int permanent(rd_kafka_resp_err_t e)
{
    return e == RD_KAFKA_RESP_ERR_MSG_SIZE_TOO_LARGE || e == RD_KAFKA_RESP_ERR_INVALID_MSG
        || e == RD_KAFKA_RESP_ERR_INVALID_MSG_SIZE || e == RD_KAFKA_RESP_ERR_RECORD_LIST_TOO_LARGE
        || e == RD_KAFKA_RESP_ERR_INVALID_RECORD;
}

/* The CloudEvents 1.0 JSON envelope of an event row.  NULL if the row is bad. */
static char *cloud_event(const outbox *o, PGresult *r, int i)
{
    json_t *data = json_loads(PQgetvalue(r, i, COL_PAYLOAD), 0, NULL);
    if (!data) return NULL;
    json_t *ev = json_object();
    json_object_set_new(ev, "specversion", json_string("1.0"));
    json_object_set_new(ev, "id", json_string(PQgetvalue(r, i, COL_EVENT)));
    json_object_set_new(ev, "source", json_string(o->source));
    json_object_set_new(ev, "type", json_string(PQgetvalue(r, i, COL_TYPE)));
    if (!PQgetisnull(r, i, COL_SUBJECT))
        json_object_set_new(ev, "subject", json_string(PQgetvalue(r, i, COL_SUBJECT)));
    json_object_set_new(ev, "time", json_string(PQgetvalue(r, i, COL_TIME)));
    json_object_set_new(ev, "datacontenttype", json_string("application/json"));
    json_object_set_new(ev, "data", data);
    char *s = json_object_size(ev) >= 7 ? json_dumps(ev, JSON_COMPACT) : NULL;
    json_decref(ev);
    return s;
}

/* Headers of a row: the stored ones (dead letters) or the CloudEvents ones. */
static rd_kafka_headers_t *row_headers(const outbox *o, PGresult *r, int i, int event)
{
    rd_kafka_headers_t *h = rd_kafka_headers_new(8);
    if (event) {
        rd_kafka_header_add(h, "ce_specversion", -1, "1.0", -1);
        rd_kafka_header_add(h, "ce_id", -1, PQgetvalue(r, i, COL_EVENT), -1);
        rd_kafka_header_add(h, "ce_type", -1, PQgetvalue(r, i, COL_TYPE), -1);
        rd_kafka_header_add(h, "ce_source", -1, o->source, -1);
        rd_kafka_header_add(h, "content-type", -1, "application/cloudevents+json", -1);
    }
    json_t *stored = json_loads(PQgetvalue(r, i, COL_HEADERS), 0, NULL);
    const char *k;
    json_t *v;
    json_object_foreach(stored, k, v) {
        if (json_is_string(v)) rd_kafka_header_add(h, k, -1, json_string_value(v), -1);
    }
    json_decref(stored);
    return h;
}

/* Builds and produces one row.  0 = queued, else the error it cannot be sent with. */
static rd_kafka_resp_err_t produce_row(outbox *o, PGresult *r, int i, relay_row *row,
                                       char *why, size_t whylen)
{
    int event = !PQgetisnull(r, i, COL_PAYLOAD);
    row->event = event;
    size_t keylen = 0, vallen = 0;
    unsigned char *key = PQgetisnull(r, i, COL_KEY) ? NULL
                         : PQunescapeBytea((const unsigned char *)PQgetvalue(r, i, COL_KEY), &keylen);
    char *ce = event ? cloud_event(o, r, i) : NULL;
    unsigned char *raw = event || PQgetisnull(r, i, COL_DL_PAYLOAD) ? NULL
                         : PQunescapeBytea((const unsigned char *)PQgetvalue(r, i, COL_DL_PAYLOAD), &vallen);
    const void *val = event ? (const void *)ce : raw;
    vallen = ce ? strlen(ce) : vallen;
    rd_kafka_resp_err_t e = RD_KAFKA_RESP_ERR_NO_ERROR;
    if (event && !ce) {
        snprintf(why, whylen, "payload is not valid JSON");
        e = RD_KAFKA_RESP_ERR_INVALID_MSG;
    }
    while (e == RD_KAFKA_RESP_ERR_NO_ERROR) {
        rd_kafka_headers_t *h = row_headers(o, r, i, event);
        e = rd_kafka_producev(o->rk, RD_KAFKA_V_TOPIC(PQgetvalue(r, i, COL_TOPIC)),
                              RD_KAFKA_V_KEY(key, keylen), RD_KAFKA_V_VALUE((void *)val, vallen),
                              RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_HEADERS(h),
                              RD_KAFKA_V_OPAQUE(row), RD_KAFKA_V_END);
        if (e == RD_KAFKA_RESP_ERR_NO_ERROR) break;
        rd_kafka_headers_destroy(h);
        if (e != RD_KAFKA_RESP_ERR__QUEUE_FULL) {
            snprintf(why, whylen, "%s", rd_kafka_err2str(e));
            break;
        }
        rd_kafka_poll(o->rk, 100);
        e = RD_KAFKA_RESP_ERR_NO_ERROR;
    }
    row->produced = e == RD_KAFKA_RESP_ERR_NO_ERROR;
    PQfreemem(key);
    PQfreemem(raw);
    free(ce);
    return e;
}

/* ---- marking ---------------------------------------------------------------- */

static int give_up(outbox *o, int64_t id, const char *why)
{
    char idtxt[24], err[512];
    snprintf(idtxt, sizeof idtxt, "%" PRId64, id);
    const char *p[] = {idtxt, why};
    log_msg(LOG_ERROR, "outbox", "record %s can never be published (%s); marked with send_error", idtxt, why);
    PGresult *res = pgc_exec(o->conn, "marking an outbox record failed", SQL_GIVE_UP, 2, p, err, sizeof err);
    if (!res) log_msg(LOG_WARN, "outbox", "%s", err);
    PQclear(res);
    return res ? 0 : -1;
}

static int mark_sent(outbox *o, const relay_row *rows, int n)
{
    char *ids = malloc((size_t)n * 22 + 3), err[512];
    if (!ids) return -1;
    size_t len = 0;
    ids[len++] = '{';
    for (int i = 0; i < n; i++)
        if (rows[i].reported && !rows[i].err)
            len += (size_t)sprintf(ids + len, "%s%" PRId64, len > 1 ? "," : "", rows[i].id);
    ids[len++] = '}';
    ids[len] = '\0';
    const char *p[] = {ids};
    PGresult *res = len > 2 ? pgc_exec(o->conn, "marking outbox records sent", SQL_SENT, 1, p, err, sizeof err)
                            : PQmakeEmptyPGresult(o->conn, PGRES_COMMAND_OK);
    free(ids);
    if (!res) log_msg(LOG_WARN, "outbox", "%s", err);
    PQclear(res);
    return res ? 0 : -1;
}

/* ---- one round ------------------------------------------------------------------- */

static int past_deadline(outbox *o)
{
    return atomic_load(&o->stopping) && clock_ms() >= atomic_load(&o->deadline);
}

/* Waits for the delivery report of every produced row.  0, or -1 when given up. */
static int await_reports(outbox *o, relay_row *rows, int n)
{
    for (;;) {
        int pending = 0;
        for (int i = 0; i < n; i++) pending += rows[i].produced && !rows[i].reported;
        if (!pending) return 0;
        if (past_deadline(o) || rd_kafka_fatal_error(o->rk, NULL, 0)) {
            rd_kafka_purge(o->rk, RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT);
            rd_kafka_flush(o->rk, 1000);    /* serves the purge reports */
            for (int i = 0; i < n; i++)
                if (rows[i].produced && !rows[i].reported) rows[i].produced = 0;
            return -1;
        }
        rd_kafka_flush(o->rk, 200);
    }
}

static int parse_id(const char *s, int64_t *out)
{
    errno = 0;
    char *end;
    long long v = strtoll(s, &end, 10);
    if (errno || end == s || *end || v < 1) return -1;
    *out = v;
    return 0;
}

/* Publishes one batch.  Returns rows delivered, or -1 on trouble (back off). */
static int relay_round(outbox *o)
{
    char err[512];
    PGresult *r = pgc_exec(o->conn, "reading unsent outbox records", SQL_UNSENT, 0, NULL, err, sizeof err);
    if (!r) { log_msg(LOG_WARN, "outbox", "%s", err); return -1; }
    int n = PQntuples(r), trouble = 0, delivered = 0;
    relay_row *rows = calloc((size_t)(n ? n : 1), sizeof *rows);
    for (int i = 0; rows && i < n && !trouble; i++) {
        char why[256];
        if (parse_id(PQgetvalue(r, i, COL_ID), &rows[i].id)) {
            log_msg(LOG_ERROR, "outbox", "outbox row with invalid id '%s'", PQgetvalue(r, i, COL_ID));
            trouble = 1;
            break;
        }
        rd_kafka_resp_err_t e = produce_row(o, r, i, &rows[i], why, sizeof why);
        if (e && permanent(e)) trouble = give_up(o, rows[i].id, why) != 0;
        else if (e) {
            log_msg(LOG_WARN, "outbox", "cannot produce record %" PRId64 ": %s", rows[i].id, why);
            trouble = 1;
        }
    }
    PQclear(r);
    if (!rows) return -1;
    if (await_reports(o, rows, n)) trouble = 1;
    for (int i = 0; i < n; i++) {
        if (!rows[i].reported || !rows[i].err) continue;
        if (permanent(rows[i].err)) {
            trouble |= give_up(o, rows[i].id, rd_kafka_err2str(rows[i].err)) != 0;
        } else {
            log_msg(LOG_WARN, "outbox", "record %" PRId64 " not delivered: %s", rows[i].id,
                    rd_kafka_err2str(rows[i].err));
            trouble = 1;
        }
    }
    for (int i = 0; i < n; i++) {
        if (!rows[i].reported || rows[i].err) continue;
        delivered++;
        metrics_add(o->m, rows[i].event ? MC_EVENTS_PUBLISHED : MC_DEAD_PUBLISHED, 1);
    }
    if (mark_sent(o, rows, n)) trouble = 1;
    free(rows);
    return trouble ? -1 : delivered;
}

/* ---- connection and lock ----------------------------------------------------------- */

static void count_backlog(outbox *o)
{
    char err[512];
    int64_t now = clock_ms();
    if (now - o->backlog_at < RELAY_BACKLOG_EVERY_MS) return;
    o->backlog_at = now;
    PGresult *r = pgc_exec(o->conn, "counting the outbox backlog", SQL_BACKLOG, 0, NULL, err, sizeof err);
    if (r && PQntuples(r) == 1) metrics_set(o->m, MG_OUTBOX_BACKLOG, strtoll(PQgetvalue(r, 0, 0), NULL, 10));
    else if (!r) log_msg(LOG_WARN, "outbox", "%s", err);
    PQclear(r);
}

static void disconnect(outbox *o)
{
    if (o->locked) log_msg(LOG_INFO, "outbox", "relay lock released");
    PQfinish(o->conn);
    o->conn = NULL;
    o->locked = 0;
}

static int connect_and_lock(outbox *o)
{
    char err[512];
    if (pgc_broken(o->conn)) {
        if (o->conn) disconnect(o);
        o->conn = pgc_connect(cfg_postgres_conninfo(o->cfg), "incidentd-relay", err, sizeof err);
        if (!o->conn || pgc_cmd(o->conn, "LISTEN", "LISTEN incidentd_outbox", err, sizeof err)) {
            log_msg(LOG_WARN, "outbox", "not ready: %s", err);
            metrics_flag_set(o->m, MF_RELAY_CONNECTED, 0);
            disconnect(o);
            return -1;
        }
        metrics_flag_set(o->m, MF_RELAY_CONNECTED, 1);
    }
    if (o->locked) return 1;
    PGresult *r = pgc_exec(o->conn, "trying the relay lock", SQL_LOCK, 0, NULL, err, sizeof err);
    if (!r) {
        log_msg(LOG_WARN, "outbox", "%s", err);
        metrics_flag_set(o->m, MF_RELAY_CONNECTED, 0);
        disconnect(o);
        return -1;
    }
    o->locked = PQntuples(r) == 1 && !strcmp(PQgetvalue(r, 0, 0), "t");
    PQclear(r);
    if (o->locked) log_msg(LOG_INFO, "outbox", "relay lock taken: this worker publishes the outbox");
    return o->locked;
}

/* Sleeps up to ms, waking early on a NOTIFY or a stop request. */
static void wait_for_work(outbox *o, int ms)
{
    int64_t until = clock_ms() + ms;
    while (!atomic_load(&o->stopping) && clock_ms() < until) {
        struct pollfd pfd = {.fd = o->conn ? PQsocket(o->conn) : -1, .events = POLLIN};
        int slice = 100;
        if (pfd.fd < 0) { poll(NULL, 0, slice); continue; }
        if (poll(&pfd, 1, slice) <= 0) continue;
        if (!PQconsumeInput(o->conn)) return;
        PGnotify *n;
        int woke = 0;
        while ((n = PQnotifies(o->conn))) { PQfreemem(n); woke = 1; }
        if (woke) return;
    }
}

static void recreate_producer_if_fatal(outbox *o)
{
    char why[512], err[512];
    if (!rd_kafka_fatal_error(o->rk, why, sizeof why)) return;
    log_msg(LOG_ERROR, "outbox", "idempotent producer failed (%s); creating a new one", why);
    rd_kafka_t *fresh = kc_producer_new(o->cfg, on_delivery, o, err, sizeof err);
    if (!fresh) { log_msg(LOG_ERROR, "outbox", "%s", err); return; }
    rd_kafka_purge(o->rk, RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT);
    rd_kafka_destroy(o->rk);
    o->rk = fresh;
}

/* Sleeps after a failure (even while stopping, so a dead server is not
 * hammered), up to the stop deadline. */
static void backoff(outbox *o)
{
    o->backoff_ms = o->backoff_ms ? o->backoff_ms * 2 : 100;
    if (o->backoff_ms > RELAY_BACKOFF_MAX_MS) o->backoff_ms = RELAY_BACKOFF_MAX_MS;
    int64_t until = clock_ms() + o->backoff_ms;
    while (!past_deadline(o) && clock_ms() < until) poll(NULL, 0, 50);
}

static void *relay_main(void *arg)
{
    outbox *o = arg;
    while (!past_deadline(o)) {
        int owner = connect_and_lock(o);
        if (owner < 0) { backoff(o); continue; }
        count_backlog(o);
        if (owner == 0) {
            if (atomic_load(&o->stopping)) break;
            wait_for_work(o, RELAY_LOCK_RETRY_MS);
            continue;
        }
        int expired_left = !atomic_load(&o->stopping) && pruner_step(&o->prune, o->conn);
        int n = relay_round(o);
        recreate_producer_if_fatal(o);
        if (n < 0) { backoff(o); continue; }
        o->backoff_ms = 0;
        if (n == 0 && atomic_load(&o->stopping)) break;     /* drained */
        if (n == 0 && !expired_left) wait_for_work(o, RELAY_IDLE_MS);
    }
    return NULL;
}

/* ---- lifecycle ------------------------------------------------------------------------ */

outbox *outbox_start(const cfg *c, metrics *m, char *err, size_t errlen)
{
    outbox *o = calloc(1, sizeof *o);
    if (!o) { snprintf(err, errlen, "starting the outbox relay: out of memory"); return NULL; }
    o->cfg = c;
    o->m = m;
    pruner_init(&o->prune, c, m);
    size_t n = strlen(cfg_kafka_group(c)) + 16;
    o->source = malloc(n);
    if (o->source) snprintf(o->source, n, "urn:incidentd:%s", cfg_kafka_group(c));
    o->rk = o->source ? kc_producer_new(c, on_delivery, o, err, errlen) : NULL;
    if (!o->rk || pthread_create(&o->thread, NULL, relay_main, o) != 0) {
        if (o->rk) snprintf(err, errlen, "starting the outbox relay thread failed");
        else if (!o->source) snprintf(err, errlen, "starting the outbox relay: out of memory");
        if (o->rk) rd_kafka_destroy(o->rk);
        free(o->source);
        free(o);
        return NULL;
    }
    return o;
}

void outbox_stop(outbox *o, int64_t deadline)
{
    if (!o) return;
    atomic_store(&o->deadline, deadline);
    atomic_store(&o->stopping, 1);
    pthread_join(o->thread, NULL);
    int64_t left = deadline - clock_ms();
    rd_kafka_flush(o->rk, left > 0 ? (int)left : 0);
    rd_kafka_purge(o->rk, RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT);
    rd_kafka_destroy(o->rk);
    disconnect(o);
    free(o->source);
    free(o);
}
