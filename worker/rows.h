/*
 * rows.h — turns one processed message into the JSON rows the store writes:
 * an article row with its incidents and tallies, or a dead-letter row.
 *
 * This is where the worker stops trusting the extractor's output: every field
 * that goes into a typed column is checked here (calendar dates, ranges, ISO
 * codes, integer sizes, strings PostgreSQL can hold) and becomes NULL when it
 * does not fit, so that a batch can never fail in SQL because of its data.
 * Runs on pool threads; no shared state.
 *
 * Ownership: every char * in rows_article / rows_dead is malloc'ed and owned
 * by the struct; free with rows_article_free / free().
 */
#ifndef IDD_ROWS_H
#define IDD_ROWS_H

#include <stddef.h>
#include <stdint.h>
#include <jansson.h>

#include "idd.h"

typedef struct {
    char *id_json;     /* the article id as a JSON string literal */
    char *article;     /* one JSON object: articles columns + "result" */
    char *incidents;   /* JSON objects separated by commas; "" when none */
    char *tallies;     /* same, for tallies */
    size_t n_incidents, n_tallies;   /* rows in incidents and tallies */
} rows_article;

/* Builds the rows of an extracted article.  0 on success; -1 with err (and
 * *errcode, the idd_err to report) when the result cannot be stored. */
int rows_build_article(const idd_article *a, json_t *result, int32_t partition,
                       int64_t offset, rows_article *out, idd_err *errcode,
                       char *err, size_t errlen);
void rows_article_free(rows_article *r);

/* Builds one dead_letters row (key and payload hex-encoded; NULL when absent).
 * Returns a malloc'ed JSON object text, or NULL when out of memory. */
char *rows_build_dead(int32_t partition, int64_t offset, const void *key, size_t keylen,
                      const void *payload, size_t len, const char *errclass,
                      const char *errmsg);

/* 1 when s is a YYYY-MM-DD calendar date. */
int rows_valid_date(const char *s);

/* 1 when s is an ISO 8601 date or date-time PostgreSQL reads as timestamptz
 * (YYYY-MM-DD[( |T)HH:MM[:SS[.frac]]][Z|±HH[:MM]]). */
int rows_valid_timestamp(const char *s);

#endif
