/*
 * pool.c — fixed thread pool with a bounded in-flight count and a completion
 * queue (see idd_pool.h).  One mutex guards both queues: jobs are coarse
 * (a whole article), so contention is negligible next to extraction.
 */
#include "idd_pool.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <time.h>

typedef struct node { void *job; struct node *next; } node;
typedef struct { node *head, *tail; } fifo;

struct idd_pool {
    pthread_mutex_t mu;
    pthread_cond_t  have_work;
    pthread_cond_t  have_done;
    fifo todo, done;
    size_t in_flight, capacity;
    int nthreads, stopping;
    pthread_t *threads;
    idd_pool_ctx_new ctx_new;
    idd_pool_ctx_free ctx_free;
    idd_pool_run run;
    void *user;
};

static void fifo_push(fifo *q, node *n)
{
    n->next = NULL;
    if (q->tail) q->tail->next = n; else q->head = n;
    q->tail = n;
}

static node *fifo_pop(fifo *q)
{
    node *n = q->head;
    if (n) { q->head = n->next; if (!q->head) q->tail = NULL; }
    return n;
}

static void *thread_main(void *arg)
{
    idd_pool *p = arg;
    void *ctx = p->ctx_new ? p->ctx_new(p->user) : NULL;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (!p->todo.head && !p->stopping)
            pthread_cond_wait(&p->have_work, &p->mu);
        node *n = fifo_pop(&p->todo);
        if (!n) break;                       /* stopping and drained */
        pthread_mutex_unlock(&p->mu);
        p->run(ctx, n->job);
        pthread_mutex_lock(&p->mu);
        fifo_push(&p->done, n);
        pthread_cond_signal(&p->have_done);
    }
    pthread_mutex_unlock(&p->mu);
    if (p->ctx_free) p->ctx_free(ctx);
    return NULL;
}

idd_err idd_pool_new(int threads, size_t capacity, idd_pool_ctx_new ctx_new,
                     idd_pool_ctx_free ctx_free, idd_pool_run run, void *user,
                     idd_pool **out)
{
    if (threads < 1 || threads > 1024 || capacity < 1 || !run || !out)
        return IDD_EINVAL;
    idd_pool *p = calloc(1, sizeof *p);
    if (!p) return IDD_ENOMEM;
    p->threads = calloc((size_t)threads, sizeof *p->threads);
    if (!p->threads) { free(p); return IDD_ENOMEM; }
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->have_work, NULL);
    pthread_cond_init(&p->have_done, NULL);
    p->capacity = capacity;
    p->ctx_new = ctx_new; p->ctx_free = ctx_free; p->run = run; p->user = user;
    for (int i = 0; i < threads; i++) {
        if (pthread_create(&p->threads[i], NULL, thread_main, p) != 0) {
            p->nthreads = i;
            idd_pool_free(p);
            return IDD_ENOMEM;
        }
    }
    p->nthreads = threads;
    *out = p;
    return IDD_OK;
}

idd_err idd_pool_submit(idd_pool *p, void *job)
{
    node *n = malloc(sizeof *n);
    if (!n) return IDD_ENOMEM;
    n->job = job;
    pthread_mutex_lock(&p->mu);
    idd_err err = IDD_OK;
    if (p->stopping) err = IDD_ECLOSED;
    else if (p->in_flight >= p->capacity) err = IDD_EBUSY;
    else { fifo_push(&p->todo, n); p->in_flight++; pthread_cond_signal(&p->have_work); }
    pthread_mutex_unlock(&p->mu);
    if (err) free(n);
    return err;
}

size_t idd_pool_in_flight(const idd_pool *p)
{
    pthread_mutex_lock((pthread_mutex_t *)&p->mu);
    size_t n = p->in_flight;
    pthread_mutex_unlock((pthread_mutex_t *)&p->mu);
    return n;
}

static void deadline_after(struct timespec *ts, int ms)
{
    clock_gettime(CLOCK_REALTIME, ts);
    ts->tv_sec += ms / 1000;
    ts->tv_nsec += (long)(ms % 1000) * 1000000L;
    if (ts->tv_nsec >= 1000000000L) { ts->tv_sec++; ts->tv_nsec -= 1000000000L; }
}

void *idd_pool_next_done(idd_pool *p, int timeout_ms)
{
    struct timespec until;
    if (timeout_ms > 0) deadline_after(&until, timeout_ms);
    pthread_mutex_lock(&p->mu);
    while (!p->done.head && p->in_flight > 0 && timeout_ms != 0) {
        if (timeout_ms < 0) pthread_cond_wait(&p->have_done, &p->mu);
        else if (pthread_cond_timedwait(&p->have_done, &p->mu, &until) == ETIMEDOUT) break;
    }
    node *n = fifo_pop(&p->done);
    if (n) p->in_flight--;
    pthread_mutex_unlock(&p->mu);
    if (!n) return NULL;
    void *job = n->job;
    free(n);
    return job;
}

void idd_pool_free(idd_pool *p)
{
    if (!p) return;
    pthread_mutex_lock(&p->mu);
    p->stopping = 1;
    pthread_cond_broadcast(&p->have_work);
    pthread_mutex_unlock(&p->mu);
    for (int i = 0; i < p->nthreads; i++) pthread_join(p->threads[i], NULL);
    node *n;
    while ((n = fifo_pop(&p->todo))) free(n);
    while ((n = fifo_pop(&p->done))) free(n);
    pthread_mutex_destroy(&p->mu);
    pthread_cond_destroy(&p->have_work);
    pthread_cond_destroy(&p->have_done);
    free(p->threads);
    free(p);
}
