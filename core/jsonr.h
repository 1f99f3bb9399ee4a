/*
 * jsonr.h — a strict reader for the one JSON shape an input message has: an
 * object whose few known top-level members article.c takes.  It accepts
 * exactly what jansson's json_loadb(JSON_REJECT_DUPLICATES) accepted as an
 * object (the fuzz target checks this against jansson), but builds no tree:
 * it validates the whole text in one pass and reports where the wanted
 * members' values stand.  Internal to libidd.
 */
#ifndef IDD_JSONR_H
#define IDD_JSONR_H

#include <stddef.h>

typedef enum { JR_ABSENT, JR_NULL, JR_BOOL, JR_INT, JR_REAL, JR_STRING, JR_ARRAY, JR_OBJECT } jr_type;

typedef struct {
    jr_type type;
    const char *raw;       /* strings: the bytes between the quotes, still escaped */
    size_t raw_len;
    size_t len;            /* strings: the length once unescaped */
    long long integer;     /* JR_INT */
} jr_value;

typedef enum { JR_OK, JR_ESYNTAX, JR_EDEPTH, JR_ENOMEM } jr_err;

/* Reads s[0..n), which must be valid UTF-8 without NUL bytes, as one JSON
 * object nested at most max_depth levels, and fills vals[k] with the value
 * of the top-level key keys[k] (JR_ABSENT when missing).  On JR_ESYNTAX,
 * `why` and `*at` say what is wrong and at which byte. */
jr_err jr_read_object(const char *s, size_t n, int max_depth, const char *const keys[],
                      jr_value vals[], int nkeys, const char **why, size_t *at);

/* Writes the unescaped string of v (v->len bytes, then a NUL) into out. */
void jr_unescape(const jr_value *v, char *out);

#endif
