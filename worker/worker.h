/*
 * worker.h — the consumer side of `incidentd run`: the poll loop that takes
 * messages from the input topic, runs them on the pool, and commits their
 * results with the offsets to PostgreSQL (deploy/README.md).
 *
 * Ownership: wk_run borrows everything it is given; it creates and destroys
 * its own consumer, pool, store and partition tracker.
 */
#ifndef IDD_WORKER_H
#define IDD_WORKER_H

#include <signal.h>
#include <stdint.h>

#include "config.h"
#include "job.h"

/* Runs until *stop becomes non-zero, then drains, commits, and leaves the
 * group within worker.shutdown_deadline_ms.  *deadline receives the clock_ms()
 * by which the whole process must be done (for the outbox relay).  Returns the
 * process exit status (0 clean, 1 set-up failure). */
int wk_run(const cfg *c, const job_env *env, volatile sig_atomic_t *stop, int64_t *deadline);

#endif
