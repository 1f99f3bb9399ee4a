/*
 * prune.c — the retention statements and their pacing (see prune.h).
 *
 * Each batch picks at most PRUNE_BATCH ids through an index on the age
 * column (migration 003) and deletes them by primary key, so its cost does
 * not grow with the tables.  A step alternates outbox and dead-letter
 * batches until neither has a full batch left or the slice is used up.
 */
#include "prune.h"

#include <stdio.h>
#include <stdlib.h>

#include "clock.h"
#include "log.h"
#include "pgconn.h"

#define PRUNE_BATCH 1000
#define PRUNE_BATCH_TEXT "1000"

/* $1 retention in seconds, $2 batch size.  `sent_at IS NOT NULL`: never an
 * unpublished row. */
static const char SQL_PRUNE_OUTBOX[] =
    "DELETE FROM outbox WHERE id = ANY (ARRAY("
    "  SELECT id FROM outbox"
    "   WHERE sent_at IS NOT NULL AND sent_at < now() - $1::bigint * interval '1 second'"
    "   ORDER BY sent_at LIMIT $2::integer))";

/* Dead letters past $1 seconds whose outbox records were all published, and
 * those records; returns (dead letters, records) deleted.  Should a record be
 * unpublished after all, the foreign key fails the statement. */
static const char SQL_PRUNE_DEAD[] =
    "WITH doomed AS ("
    "  SELECT ARRAY(SELECT d.id FROM dead_letters d"
    "    WHERE d.received_at < now() - $1::bigint * interval '1 second'"
    "      AND NOT EXISTS (SELECT 1 FROM outbox o"
    "                       WHERE o.dead_letter_id = d.id AND o.sent_at IS NULL)"
    "    ORDER BY d.received_at LIMIT $2::integer) AS ids"
    "), records AS ("
    "  DELETE FROM outbox o WHERE o.dead_letter_id = ANY ((SELECT ids FROM doomed)::bigint[])"
    "     AND o.sent_at IS NOT NULL RETURNING 1"
    "), letters AS ("
    "  DELETE FROM dead_letters d WHERE d.id = ANY ((SELECT ids FROM doomed)::bigint[]) RETURNING 1"
    ")"
    " SELECT (SELECT count(*) FROM letters), (SELECT count(*) FROM records)";

void pruner_init(pruner *p, const cfg *c, metrics *m)
{
    p->outbox_s = cfg_outbox_retention_s(c);
    p->dead_s = cfg_dead_letters_retention_s(c);
    p->m = m;
    p->next_at = 0;
}

/* Runs one batch statement with (retention, batch size); NULL when it failed. */
static PGresult *run_batch(PGconn *conn, const char *what, const char *sql, long long secs)
{
    char retention[24], err[512];
    snprintf(retention, sizeof retention, "%lld", secs);
    const char *params[] = {retention, PRUNE_BATCH_TEXT};
    PGresult *r = pgc_exec(conn, what, sql, 2, params, err, sizeof err);
    if (!r) log_msg(LOG_WARN, "prune", "%s", err);
    return r;
}

/* One batch of published outbox rows: how many were deleted, or -1. */
static long long prune_outbox(pruner *p, PGconn *conn)
{
    PGresult *r = run_batch(conn, "pruning published outbox rows", SQL_PRUNE_OUTBOX, p->outbox_s);
    if (!r) return -1;
    long long n = strtoll(PQcmdTuples(r), NULL, 10);
    PQclear(r);
    metrics_add(p->m, MC_PRUNED_OUTBOX, (uint64_t)n);
    return n;
}

/* One batch of dead letters: how many were deleted, or -1. */
static long long prune_dead(pruner *p, PGconn *conn)
{
    PGresult *r = run_batch(conn, "pruning dead letters", SQL_PRUNE_DEAD, p->dead_s);
    if (!r) return -1;
    long long letters = -1, records = -1;
    if (PQntuples(r) == 1 && PQnfields(r) == 2) {
        letters = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
        records = strtoll(PQgetvalue(r, 0, 1), NULL, 10);
    }
    PQclear(r);
    if (letters < 0 || records < 0) {
        log_msg(LOG_WARN, "prune", "pruning dead letters: unexpected result");
        return -1;
    }
    metrics_add(p->m, MC_PRUNED_DEAD_LETTERS, (uint64_t)letters);
    metrics_add(p->m, MC_PRUNED_OUTBOX, (uint64_t)records);
    return letters;
}

int pruner_step(pruner *p, PGconn *conn)
{
    int64_t now = clock_ms();
    if (now < p->next_at || (!p->outbox_s && !p->dead_s)) return 0;
    int64_t until = now + PRUNE_SLICE_MS;
    int outbox_left = p->outbox_s > 0, dead_left = p->dead_s > 0, failed = 0;
    while ((outbox_left || dead_left) && !failed && clock_ms() < until) {
        if (outbox_left) {
            long long n = prune_outbox(p, conn);
            failed = n < 0;
            outbox_left = n == PRUNE_BATCH;
        }
        if (dead_left && !failed) {
            long long n = prune_dead(p, conn);
            failed = n < 0;
            dead_left = n == PRUNE_BATCH;
        }
    }
    int left = !failed && (outbox_left || dead_left);
    p->next_at = left ? 0 : clock_ms() + PRUNE_EVERY_MS;
    return left;
}
