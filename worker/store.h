/*
 * store.h — the worker's PostgreSQL side of the delivery protocol
 * (deploy/README.md): claiming partitions (bumping their epoch) and
 * committing a batch of results, outbox rows, dead letters and the new
 * offsets in ONE transaction, fenced on the epochs.
 *
 * One connection, used by the main thread only.  The store reconnects by
 * itself on the next call after the connection broke.  Messages written into
 * `err` never contain the conninfo.
 *
 * Ownership: store_new copies nothing it is given except the strings it
 * needs (conninfo, names); the caller keeps ownership of batch items.
 */
#ifndef IDD_STORE_H
#define IDD_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "rows.h"

typedef struct store store;

typedef struct {
    const char *conninfo;       /* secret: never logged */
    const char *group;          /* consumer group the offsets belong to */
    const char *input_topic;
    const char *output_topic;   /* article events */
    const char *dlq_topic;      /* dead letters */
    const char *owner;          /* worker id, recorded with each claim */
} store_params;

/* NULL when out of memory; does not connect yet. */
store *store_new(const store_params *p);
void   store_free(store *s);

/* One partition being claimed: `partition` in, the rest out. */
typedef struct {
    int32_t partition;
    int64_t next_offset;        /* -1 when the group never committed this partition */
    int64_t epoch;              /* the fence token to commit with */
} store_claim;

/* Claims the partitions in one transaction (epoch + 1, owner = us) and reads
 * where to resume.  0, or -1 with err (nothing claimed). */
int store_claim_partitions(store *s, store_claim *c, size_t n, char *err, size_t errlen);

/* One processed message of a batch: rows, or a dead-letter row. */
typedef struct {
    const rows_article *rows;   /* NULL for a dead letter */
    const char *dead;           /* rows_build_dead() JSON, or NULL */
} store_item;

/* Where a batch leaves one partition. */
typedef struct {
    int32_t partition;
    int64_t epoch;
    int64_t next_offset;
    int fenced;                 /* out: another worker owns it now */
} store_pos;

typedef enum {
    STORE_OK,        /* committed */
    STORE_FENCED,    /* rolled back: some pos[].fenced are set; retry without them */
    STORE_REJECTED,  /* rolled back: PostgreSQL refused the data (SQLSTATE 22/23) */
    STORE_FAILED     /* rolled back or unknown: connection or server trouble; retry later */
} store_rc;

store_rc store_commit(store *s, const store_item *items, size_t nitems,
                      store_pos *pos, size_t npos, char *err, size_t errlen);

#endif
