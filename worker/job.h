/*
 * job.h — one input message on its way through the worker: parsed and
 * extracted on a pool thread (job_run), then committed in offset order by the
 * main loop.
 *
 * Ownership: a job owns its Kafka message (destroyed by job_free) and its
 * result rows.  The partition tracker (parts.h) holds every job of an
 * assigned partition; a job still inside the pool when its partition went
 * away is marked `orphan` and freed when the pool hands it back.  The pool thread writes only the result fields;
 * the main thread reads them after idd_pool_next_done() returned the job.
 */
#ifndef IDD_JOB_H
#define IDD_JOB_H

#include <stdint.h>
#include <librdkafka/rdkafka.h>

#include "idd.h"
#include "metrics.h"
#include "rows.h"

/* Shared context of every pool thread: read-only except the metrics (atomics). */
typedef struct {
    const idd_lexicon *lex;
    idd_limits limits;
    metrics *metrics;
} job_env;

typedef enum { JOB_QUEUED, JOB_RUNNING, JOB_DONE } job_state;

typedef struct job {
    rd_kafka_message_t *msg;     /* owned */
    int32_t partition;
    int64_t offset;

    /* results, written by job_run: either rows (dead == NULL) or a dead letter */
    rows_article rows;
    char *dead;                  /* rows_build_dead() JSON, when rejected */
    const char *dead_class;      /* its error class (static string), for the metrics */

    /* main-thread bookkeeping */
    job_state state;
    int orphan;                  /* partition dropped while the job was in the pool */
    struct job *next;            /* next job of the same partition, offset order */
} job;

/* Takes ownership of msg.  NULL when out of memory (msg is then not taken). */
job *job_new(rd_kafka_message_t *msg);
void job_free(job *j);

/* idd_pool callbacks: user = job_env, ctx = an idd_extractor. */
void *job_ctx_new(void *env);
void  job_ctx_free(void *ctx);
void  job_run(void *ctx, void *job);

#endif
