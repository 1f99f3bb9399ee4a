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
#include "util.h"

typedef struct {
    ubuf b;
    int failed;
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
