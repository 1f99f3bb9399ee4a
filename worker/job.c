/*
 * job.c — the work done for one message on a pool thread: parse it with the
 * configured limits, extract it, and build the rows to store; anything that
 * fails becomes a dead-letter row instead, so a bad message never stops its
 * partition.
 */
#include "job.h"

#include <stdio.h>
#include <stdlib.h>

#include "clock.h"

typedef struct {
    const job_env *env;
    idd_extractor *x;
} job_ctx;

job *job_new(rd_kafka_message_t *msg)
{
    job *j = calloc(1, sizeof *j);
    if (!j) return NULL;
    j->msg = msg;
    j->partition = msg->partition;
    j->offset = msg->offset;
    j->state = JOB_QUEUED;
    return j;
}

void job_free(job *j)
{
    if (!j) return;
    rows_article_free(&j->rows);
    free(j->dead);
    rd_kafka_message_destroy(j->msg);
    free(j);
}

void *job_ctx_new(void *env)
{
    const job_env *e = env;
    job_ctx *c = calloc(1, sizeof *c);
    if (!c) return NULL;
    c->env = e;
    c->x = idd_extractor_new(e->lex);
    if (!c->x) { free(c); return NULL; }
    return c;
}

void job_ctx_free(void *ctx)
{
    job_ctx *c = ctx;
    if (!c) return;
    idd_extractor_free(c->x);
    free(c);
}

static void reject(job *j, idd_err e, const char *msg)
{
    const rd_kafka_message_t *m = j->msg;
    j->dead_class = idd_errclass(e);
    j->dead = rows_build_dead(j->partition, j->offset, m->key, m->key_len, m->payload, m->len,
                              j->dead_class, msg);
}

/* Parses and extracts; on success fills j->rows. */
static idd_err process(job_ctx *c, job *j, char *msg, size_t msglen)
{
    const rd_kafka_message_t *m = j->msg;
    idd_article *a = NULL;
    json_t *result = NULL;
    idd_err e = m->payload ? idd_article_parse(m->payload, m->len, &c->env->limits, &a, msg, msglen)
                           : IDD_EEMPTY;
    if (!m->payload) snprintf(msg, msglen, "message has no value (tombstone)");
    if (e == IDD_OK) e = idd_extract(c->x, a, &result, msg, msglen);
    if (e == IDD_OK) metrics_add(c->env->metrics, MC_EXTRACTED, 1);
    if (e == IDD_OK)
        rows_build_article(a, result, j->partition, j->offset, &j->rows, &e, msg, msglen);
    json_decref(result);
    idd_article_free(a);
    return e;
}

/* Out of memory is not the message's fault: the job comes back without a
 * result and the main loop submits it again.  Any other error rejects it. */
void job_run(void *ctx, void *jp)
{
    job *j = jp;
    char msg[512] = "";
    if (!ctx) return;                    /* this thread has no extractor (out of memory) */
    job_ctx *c = ctx;
    int64_t t0 = clock_us();
    idd_err e = process(c, j, msg, sizeof msg);
    metrics_observe_us(c->env->metrics, MH_EXTRACTION, clock_us() - t0);
    if (e == IDD_ENOMEM) rows_article_free(&j->rows);
    else if (e != IDD_OK) reject(j, e, msg[0] ? msg : idd_strerror(e));
}
