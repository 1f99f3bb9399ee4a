/*
 * outbox.h — the outbox relay: publishes the rows the worker committed to
 * the `outbox` table, in id order, with librdkafka's idempotent producer, and
 * marks them sent after their delivery report.
 *
 * Runs on its own thread with its own PostgreSQL connection.  Only one relay
 * across all workers publishes at a time (a session advisory lock on that
 * connection); the others wait for the lock, so a dead worker's relay is
 * replaced within seconds and order is kept.  Each row becomes:
 *   - an event (payload set: article.enriched, incident.created,
 *     incident.updated): a CloudEvents 1.0 JSON value with the row's type,
 *     subject and payload as data, key = article or incident id, headers
 *     ce_type, ce_id, ce_source, ce_specversion;
 *   - type dead_letter: the original message bytes, key = the original key,
 *     headers from the row (error class, message, original topic, partition,
 *     offset, time).
 *
 * The publishing relay also deletes published rows and dead letters past
 * their retention (prune.h).
 *
 * Ownership: outbox_start borrows the cfg and the metrics handle (both must
 * outlive the relay); outbox_stop joins the thread and frees everything.
 */
#ifndef IDD_OUTBOX_H
#define IDD_OUTBOX_H

#include <stddef.h>
#include <stdint.h>

#include "config.h"
#include "metrics.h"

typedef struct outbox outbox;

/* Creates the producer and starts the relay thread, which counts what it
 * publishes into `m`.  NULL + err on failure. */
outbox *outbox_start(const cfg *c, metrics *m, char *err, size_t errlen);

/* Lets the relay publish what is committed until `deadline` (clock_ms()),
 * then stops it, flushes the producer, and frees the relay. */
void outbox_stop(outbox *o, int64_t deadline);

#endif
