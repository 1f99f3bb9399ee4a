/*
 * prune.h — retention: deletes published outbox rows older than
 * outbox.retention and dead letters older than dead_letters.retention (each
 * with its published outbox record), in small batches, oldest first.
 *
 * Never deletes an outbox row that was not published (sent_at NULL), nor a
 * dead letter whose record was not: the statements select published rows
 * only, and the foreign key from outbox to dead_letters fails the statement
 * rather than let a dead letter go before its record.
 *
 * Runs on the outbox relay's thread and connection (outbox.c) while that
 * relay holds the relay lock, so one worker prunes at a time and the
 * consumer's connection never waits for it; each batch is its own short
 * transaction.  Deleted rows are counted in the metrics.
 *
 * Ownership: a pruner is a plain value inside the relay; it borrows the
 * metrics handle.
 */
#ifndef IDD_PRUNE_H
#define IDD_PRUNE_H

#include <stdint.h>
#include <libpq-fe.h>

#include "config.h"
#include "metrics.h"

#define PRUNE_EVERY_MS 5000     /* how often expired rows are looked for */
#define PRUNE_SLICE_MS 200      /* longest a step deletes before publishing again */

typedef struct {
    long long outbox_s, dead_s; /* retention in seconds; 0 = off */
    metrics *m;
    int64_t next_at;            /* clock_ms() of the next step */
} pruner;

void pruner_init(pruner *p, const cfg *c, metrics *m);

/* When a step is due, deletes expired rows through `conn` for up to
 * PRUNE_SLICE_MS.  Returns 1 when expired rows are left over (the next step
 * is due at once: call again instead of idling), else 0.  Failures are
 * logged; the next step is then PRUNE_EVERY_MS later. */
int pruner_step(pruner *p, PGconn *conn);

#endif
