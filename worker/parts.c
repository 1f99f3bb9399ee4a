/*
 * parts.c — the per-partition job lists (see parts.h).  A worker owns a
 * handful of partitions, so a small array searched linearly is enough.
 */
#include "parts.h"

#include <stdlib.h>
#include <string.h>

struct parts {
    part *items;
    size_t n, cap;
    size_t jobs;
};

parts *parts_new(void)
{
    return calloc(1, sizeof(parts));
}

static void clear_jobs(parts *ps, part *p)
{
    job *j = p->head;
    while (j) {
        job *next = j->next;
        j->next = NULL;
        if (j->state == JOB_RUNNING) j->orphan = 1;
        else job_free(j);
        j = next;
    }
    ps->jobs -= p->njobs;
    p->head = p->tail = NULL;
    p->njobs = 0;
}

void parts_free(parts *ps)
{
    if (!ps) return;
    for (size_t i = 0; i < ps->n; i++) clear_jobs(ps, &ps->items[i]);
    free(ps->items);
    free(ps);
}

part *parts_get(parts *ps, int32_t partition)
{
    for (size_t i = 0; i < ps->n; i++)
        if (ps->items[i].partition == partition) return &ps->items[i];
    return NULL;
}

part *parts_add(parts *ps, int32_t partition, int64_t epoch, int64_t next_offset)
{
    part *p = parts_get(ps, partition);
    if (p) {
        clear_jobs(ps, p);
    } else {
        if (ps->n == ps->cap) {
            size_t cap = ps->cap ? ps->cap * 2 : 8;
            part *grown = realloc(ps->items, cap * sizeof *grown);
            if (!grown) return NULL;
            ps->items = grown;
            ps->cap = cap;
        }
        p = &ps->items[ps->n++];
    }
    memset(p, 0, sizeof *p);
    p->partition = partition;
    p->epoch = epoch;
    p->next_fetch = next_offset;
    return p;
}

size_t parts_count(const parts *ps) { return ps->n; }
part  *parts_at(parts *ps, size_t i) { return i < ps->n ? &ps->items[i] : NULL; }
size_t parts_jobs(const parts *ps)   { return ps->jobs; }

void parts_drop(parts *ps, int32_t partition)
{
    part *p = parts_get(ps, partition);
    if (!p) return;
    clear_jobs(ps, p);
    *p = ps->items[--ps->n];
}

void parts_fence(parts *ps, part *p)
{
    clear_jobs(ps, p);
    p->fenced = 1;
}

void parts_append(parts *ps, part *p, job *j)
{
    j->next = NULL;
    if (p->tail) p->tail->next = j; else p->head = j;
    p->tail = j;
    p->njobs++;
    ps->jobs++;
}

void parts_release(parts *ps, part *p, size_t n)
{
    for (size_t i = 0; i < n && p->head; i++) {
        job *j = p->head;
        p->head = j->next;
        job_free(j);
        p->njobs--;
        ps->jobs--;
    }
    if (!p->head) p->tail = NULL;
}

size_t parts_done_prefix(const part *p, size_t max)
{
    size_t n = 0;
    for (const job *j = p->head; j && n < max && j->state == JOB_DONE; j = j->next) n++;
    return n;
}
