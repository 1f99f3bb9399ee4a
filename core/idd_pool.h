/*
 * idd_pool.h — the thread pool shared by `incidentd extract` and the worker.
 *
 * A fixed set of threads, each with its own context (typically an
 * idd_extractor), a bounded queue of submitted jobs and a queue of finished
 * jobs.  The submitter owns every job: the pool only calls `run(ctx, job)` on
 * some thread and hands the same pointer back through idd_pool_next_done().
 * Completion order is not submission order; callers that need input order
 * (the CLI, per-partition commits) restore it themselves.
 *
 * All functions are safe to call from one submitting thread while the pool's
 * threads run.  No global state.
 */
#ifndef IDD_POOL_H
#define IDD_POOL_H

#include <stddef.h>
#include "idd.h"

typedef struct idd_pool idd_pool;

typedef void *(*idd_pool_ctx_new)(void *user);
typedef void  (*idd_pool_ctx_free)(void *ctx);
typedef void  (*idd_pool_run)(void *ctx, void *job);

/* threads >= 1; capacity = most jobs submitted and not yet taken back. */
idd_err idd_pool_new(int threads, size_t capacity, idd_pool_ctx_new ctx_new,
                     idd_pool_ctx_free ctx_free, idd_pool_run run, void *user,
                     idd_pool **out);

/* Queues a job.  IDD_EBUSY when `capacity` jobs are in flight (submitted and
 * not yet returned by idd_pool_next_done). */
idd_err idd_pool_submit(idd_pool *p, void *job);

/* Number of jobs submitted and not yet returned by idd_pool_next_done. */
size_t idd_pool_in_flight(const idd_pool *p);

/* Returns one finished job, waiting up to timeout_ms (0 = don't wait,
 * -1 = forever).  NULL when none finished in time or nothing is in flight. */
void *idd_pool_next_done(idd_pool *p, int timeout_ms);

/* Stops the threads after the queued jobs ran; finished jobs not taken back
 * are dropped (the caller still owns them; take them back first). */
void idd_pool_free(idd_pool *p);

#endif
