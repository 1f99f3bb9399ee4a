/*
 * util.h — small internal helpers of libidd: growable buffers, UTF-8
 * decoding and validation, hashing, error messages.  Not part of the API.
 */
#ifndef IDD_UTIL_H
#define IDD_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include "idd.h"

typedef struct { char *p; size_t len, cap; } ubuf;

int  ubuf_reserve(ubuf *b, size_t extra);        /* 0 ok, -1 ENOMEM */
int  ubuf_add(ubuf *b, const char *s, size_t n);
int  ubuf_addc(ubuf *b, char c);
void ubuf_free(ubuf *b);

/* Makes room for n elements of `elem` bytes in the array *p of *cap
 * elements, keeping its contents (0 ok, -1 ENOMEM).  The extractor keeps
 * its arrays between articles, so most calls find the room already there. */
int vec_grow(void **p, size_t *cap, size_t n, size_t elem);
static inline int vec_reserve(void **p, size_t *cap, size_t n, size_t elem)
{
    return n <= *cap ? 0 : vec_grow(p, cap, n, elem);
}
#define VEC_RESERVE(arr, cap, n) vec_reserve((void **)&(arr), &(cap), (n), sizeof *(arr))

/* Decodes one code point at s[0..n).  Returns its length (1–4) and stores
 * the code point, or returns 0 for an invalid or truncated sequence.
 * Inline with a fast path for ASCII and two-byte sequences (Arabic). */
int utf8_decode_long(const unsigned char *s, size_t n, uint32_t *cp);
static inline int utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
    if (n && s[0] < 0x80) { *cp = s[0]; return 1; }
    if (n >= 2 && s[0] >= 0xC2 && s[0] <= 0xDF && (s[1] & 0xC0) == 0x80) {
        *cp = ((s[0] & 0x1Fu) << 6) | (s[1] & 0x3Fu);
        return 2;
    }
    return utf8_decode_long(s, n, cp);
}
/* Encodes cp into out (4 bytes room); returns the length. */
int utf8_encode(uint32_t cp, char *out);
/* 1 when s[0..n) is valid UTF-8 with no NUL byte; else 0 and *bad = offset. */
int utf8_valid(const char *s, size_t n, size_t *bad);


/* Writes a formatted message into msg (if not NULL) and returns err. */
idd_err set_err(char *msg, size_t msglen, idd_err err, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

char *xstrndup(const char *s, size_t n);

/* For an array of n structs of `size` bytes sorted by the int field at
 * `offset`: the first index whose field is >= key (n when none). */
int lower_bound_by_int(const void *base, int n, size_t size, size_t offset, int key);

#endif
