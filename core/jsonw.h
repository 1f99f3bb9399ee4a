/*
 * jsonw.h — a small writer of compact JSON into a growable buffer: the
 * result of idd_extract is written straight as text, byte for byte what
 * jansson's json_dumps(JSON_COMPACT) gave for the same values, without
 * building a json_t tree first.  Internal to libidd.
 *
 * Commas are implicit: a key or a value that follows another value in the
 * same object or array gets one.  A write that cannot grow the buffer, or a
 * string that is not valid UTF-8 (jansson refused those), marks the writer
 * failed; callers check jw_failed once at the end.
 */
#ifndef IDD_JSONW_H
#define IDD_JSONW_H

#include <stddef.h>
#include <stdint.h>
#include "util.h"

/* Reals already spelled, by their bits: the same coordinates and
 * confidences recur from one result to the next, and "%.17g" is slow.
 * Owned by whoever keeps the writer's state between results (the
 * extractor); a writer without one formats every real. */
typedef struct { uint64_t bits; uint8_t len; char s[31]; } jw_real_slot;
typedef struct { jw_real_slot slot[256]; } jw_real_cache;

typedef struct {
    ubuf b;
    int failed;
    jw_real_cache *reals;       /* may be NULL */
} jw;

void jw_open(jw *w, char bracket);                  /* '{' or '[' */
void jw_close(jw *w, char bracket);                 /* '}' or ']' */
void jw_key(jw *w, const char *key);                /* an ASCII key needing no escape */
void jw_string(jw *w, const char *s);               /* NULL writes null */
void jw_stringn(jw *w, const char *s, size_t n);
void jw_null(jw *w);
void jw_bool(jw *w, int v);
void jw_int(jw *w, long long v);
void jw_real(jw *w, double v);
static inline int jw_failed(const jw *w) { return w->failed; }

#endif
