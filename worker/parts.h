/*
 * parts.h — the partitions this worker owns and the jobs of each, in offset
 * order.  This is what turns out-of-order completions on the pool into
 * in-order commits: only the run of finished jobs at the head of a partition
 * (the lowest incomplete offset wins) may be committed.
 *
 * Ownership: the tracker owns every job appended to it until it is released
 * (committed) or dropped.  Dropping a partition frees its jobs, except those
 * still running in the pool: they are marked orphan and the caller frees them
 * when the pool returns them.  Main thread only.
 */
#ifndef IDD_PARTS_H
#define IDD_PARTS_H

#include <stddef.h>
#include <stdint.h>

#include "job.h"

typedef struct {
    int32_t partition;
    int64_t epoch;        /* the fence token from the claim (consumer_offsets.epoch) */
    int64_t next_fetch;   /* lowest offset still to take in (the claimed offset at
                             first); -1 = any */
    int fenced;           /* another worker claimed it: ignore its messages */
    int taken_any;        /* a message was taken in since the claim */
    int warned_below;     /* logged that messages below the claimed offset arrived */
    job *head, *tail;     /* uncommitted jobs, ascending offsets */
    size_t njobs;
} part;

typedef struct parts parts;

parts *parts_new(void);
/* Drops every partition (see parts_drop), then frees the tracker. */
void   parts_free(parts *ps);

/* Adds (or resets) a partition after a successful claim, to be consumed from
 * next_offset (-1 = from wherever Kafka starts).  NULL when out of memory. */
part  *parts_add(parts *ps, int32_t partition, int64_t epoch, int64_t next_offset);
part  *parts_get(parts *ps, int32_t partition);
size_t parts_count(const parts *ps);
part  *parts_at(parts *ps, size_t i);

/* Frees the partition's jobs (orphaning running ones) and forgets it. */
void   parts_drop(parts *ps, int32_t partition);
/* Frees the partition's jobs (orphaning running ones) but keeps it, fenced. */
void   parts_fence(parts *ps, part *p);

/* Appends a job (offsets must ascend). */
void   parts_append(parts *ps, part *p, job *j);
/* Frees the first n jobs of p (all DONE and committed). */
void   parts_release(parts *ps, part *p, size_t n);
/* Number of DONE jobs at the head of p, at most `max`. */
size_t parts_done_prefix(const part *p, size_t max);

/* Jobs held over all partitions. */
size_t parts_jobs(const parts *ps);

#endif
