/*
 * util.c — internal helpers shared by the core's modules (see util.h) and
 * the error-code tables of the public API.
 */
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int ubuf_reserve(ubuf *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap) return 0;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + extra + 1) {
        if (cap > SIZE_MAX / 2) return -1;
        cap *= 2;
    }
    char *p = realloc(b->p, cap);
    if (!p) return -1;
    b->p = p;
    b->cap = cap;
    return 0;
}

int ubuf_add(ubuf *b, const char *s, size_t n)
{
    if (ubuf_reserve(b, n)) return -1;
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = 0;
    return 0;
}

int ubuf_addc(ubuf *b, char c) { return ubuf_add(b, &c, 1); }

void ubuf_free(ubuf *b)
{
    free(b->p);
    b->p = NULL;
    b->len = b->cap = 0;
}

/* The slow path of vec_reserve (util.h): the array must grow. */
int vec_grow(void **p, size_t *cap, size_t n, size_t elem)
{
    size_t nc = *cap ? *cap : 256;
    while (nc < n) {
        if (nc > SIZE_MAX / 2 / elem) return -1;
        nc *= 2;
    }
    void *v = realloc(*p, nc * elem);
    if (!v) return -1;
    *p = v;
    *cap = nc;
    return 0;
}

/* The general case of utf8_decode (util.h). */
int utf8_decode_long(const unsigned char *s, size_t n, uint32_t *cp)
{
    if (n == 0) return 0;
    unsigned c = s[0];
    if (c < 0x80) { *cp = c; return 1; }
    int len; uint32_t v, min;
    if ((c & 0xE0) == 0xC0) { len = 2; v = c & 0x1F; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { len = 3; v = c & 0x0F; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { len = 4; v = c & 0x07; min = 0x10000; }
    else return 0;
    if ((size_t)len > n) return 0;
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    *cp = v;
    return len;
}

int utf8_encode(uint32_t cp, char *out)
{
    if (cp < 0x80) { out[0] = (char)cp; return 1; }
    if (cp < 0x800) { out[0] = (char)(0xC0 | (cp >> 6)); out[1] = (char)(0x80 | (cp & 0x3F)); return 2; }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12)); out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F)); return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18)); out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* How many of the eight bytes x (as loaded on a little-endian machine,
 * from a character's start) are ASCII without a NUL and two-byte sequences
 * (lead C2..DF, then a continuation): 8, or 7 when the last byte leads a
 * sequence that goes on past them; 0 when they hold anything else.  Arabic
 * text mixes the two at every space, so both are taken in one step. */
static int ascii_two_byte8(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    uint64_t hi = x & highs, bit6 = (x << 1) & highs, bit5 = (x << 2) & highs;
    uint64_t lead = hi & bit6 & ~bit5, cont = hi & ~bit6;
    uint64_t lead_c2 = ((x & 0x1E1E1E1E1E1E1E1Eull) + 0x7E7E7E7E7E7E7E7Eull) & highs;
    if ((hi & bit6 & bit5) || cont != lead << 8 || (lead & ~lead_c2) || ((x - ones) & ~x & highs)) return 0;
    return lead >> 63 ? 7 : 8;
}

/* Every message passes here: eight bytes at a time through ASCII and
 * two-byte sequences (Arabic), the rest a character at a time. */
int utf8_valid(const char *s, size_t n, size_t *bad)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        uint64_t x;
        int k = i + 8 <= n ? (memcpy(&x, u + i, 8), ascii_two_byte8(x)) : 0;
        if (k) { i += (size_t)k; continue; }
#endif
        if (u[i] == 0) { if (bad) *bad = i; return 0; }
        if (u[i] < 0x80) { i++; continue; }
        if (u[i] >= 0xC2 && u[i] <= 0xDF && i + 1 < n && (u[i + 1] & 0xC0) == 0x80) { i += 2; continue; }
        uint32_t cp;
        int l = utf8_decode_long(u + i, n - i, &cp);
        if (!l) { if (bad) *bad = i; return 0; }
        i += (size_t)l;
    }
    return 1;
}

/* Eight bytes a round: the multiplications chain from byte to byte, so
 * only the loop's own counting and testing can be saved. */
idd_err set_err(char *msg, size_t msglen, idd_err err, const char *fmt, ...)
{
    if (msg && msglen) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(msg, msglen, fmt, ap);
        va_end(ap);
    }
    return err;
}

int lower_bound_by_int(const void *base, int n, size_t size, size_t offset, int key)
{
    const char *b = base;
    int lo = 0, hi = n;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2, v;
        memcpy(&v, b + (size_t)mid * size + offset, sizeof v);
        if (v < key) lo = mid + 1; else hi = mid;
    }
    return lo;
}

char *xstrndup(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (!p) return NULL;
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

static const struct { const char *name, *klass; } err_table[] = {
    [IDD_OK]      = {"success", "ok"},
    [IDD_ENOMEM]  = {"out of memory", "internal"},
    [IDD_EINVAL]  = {"invalid argument", "internal"},
    [IDD_EJSON]   = {"message is not a JSON object", "not_json"},
    [IDD_EUTF8]   = {"text is not valid UTF-8", "bad_utf8"},
    [IDD_ETOOBIG] = {"message over the size limit", "too_big"},
    [IDD_EEMPTY]  = {"article has no text", "no_body"},
    [IDD_ETYPE]   = {"a field has the wrong type", "wrong_type"},
    [IDD_EIO]     = {"input/output error", "io"},
    [IDD_EDATA]   = {"invalid lexicon or gazetteer data", "bad_data"},
    [IDD_EBUSY]   = {"queue full", "busy"},
    [IDD_ECLOSED] = {"shutting down", "closed"},
};

const char *idd_strerror(idd_err err)
{
    if ((unsigned)err >= sizeof err_table / sizeof *err_table) return "unknown error";
    return err_table[err].name;
}

const char *idd_errclass(idd_err err)
{
    if ((unsigned)err >= sizeof err_table / sizeof *err_table) return "unknown";
    return err_table[err].klass;
}
