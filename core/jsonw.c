/*
 * jsonw.c — the compact JSON writer (see jsonw.h).  String escapes and the
 * spelling of reals follow jansson 2.14's dump.c and strconv.c exactly, so
 * results stay byte-identical to what json_dumps wrote before.
 */
#include "jsonw.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

static void put(jw *w, const char *s, size_t n)
{
    if (w->b.len + n + 1 > w->b.cap && (w->failed || ubuf_reserve(&w->b, n))) { w->failed = 1; return; }
    memcpy(w->b.p + w->b.len, s, n);
    w->b.len += n;
    w->b.p[w->b.len] = 0;
}

/* A value or key right after another value needs a comma before it. */
static void sep(jw *w)
{
    if (!w->b.len) return;
    char last = w->b.p[w->b.len - 1];
    if (last != '{' && last != '[' && last != ':') put(w, ",", 1);
}

void jw_open(jw *w, char bracket) { sep(w); put(w, &bracket, 1); }
void jw_close(jw *w, char bracket) { put(w, &bracket, 1); }
void jw_null(jw *w) { sep(w); put(w, "null", 4); }
void jw_bool(jw *w, int v) { sep(w); if (v) put(w, "true", 4); else put(w, "false", 5); }

/* One copy of '"', the key and '":' (results are mostly keys). */
void jw_key(jw *w, const char *key)
{
    size_t n = strlen(key);
    sep(w);
    if (w->b.len + n + 4 > w->b.cap && (w->failed || ubuf_reserve(&w->b, n + 3))) { w->failed = 1; return; }
    char *p = w->b.p + w->b.len;
    p[0] = '"';
    memcpy(p + 1, key, n);
    memcpy(p + 1 + n, "\":", 3);
    w->b.len += n + 3;
}

/* jansson escapes only '"', '\\' and control characters; other text,
 * non-ASCII included, is copied as it is. */
void jw_stringn(jw *w, const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str;
    sep(w);
    if (w->failed || ubuf_reserve(&w->b, n + 2)) { w->failed = 1; return; }
    put(w, "\"", 1);
    size_t run = 0, i = 0;
    while (i < n) {
        unsigned char c = s[i];
        if (c >= 0xC2 && c <= 0xDF && i + 1 < n && (s[i + 1] & 0xC0) == 0x80) { i += 2; continue; }  /* Arabic */
        if (c >= 0x80) {
            uint32_t cp;
            int l = utf8_decode_long(s + i, n - i, &cp);
            if (!l) { w->failed = 1; return; }
            i += (size_t)l;
            continue;
        }
        if (c >= 0x20 && c != '"' && c != '\\') { i++; continue; }
        put(w, str + run, i - run);
        char esc[8];
        switch (c) {
        case '"': put(w, "\\\"", 2); break;
        case '\\': put(w, "\\\\", 2); break;
        case '\b': put(w, "\\b", 2); break;
        case '\f': put(w, "\\f", 2); break;
        case '\n': put(w, "\\n", 2); break;
        case '\r': put(w, "\\r", 2); break;
        case '\t': put(w, "\\t", 2); break;
        default: snprintf(esc, sizeof esc, "\\u%04X", c); put(w, esc, 6); break;
        }
        run = ++i;
    }
    put(w, str + run, n - run);
    put(w, "\"", 1);
}

void jw_string(jw *w, const char *s)
{
    if (s) jw_stringn(w, s, strlen(s));
    else jw_null(w);
}

void jw_int(jw *w, long long v)
{
    char buf[24], *p = buf + sizeof buf;
    unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
    do { *--p = (char)('0' + u % 10); u /= 10; } while (u);
    if (v < 0) *--p = '-';
    sep(w);
    put(w, p, (size_t)(buf + sizeof buf - p));
}

/* jsonp_dtostr: "%.17g", then ".0" when that reads as an integer, and an
 * exponent without '+' or leading zeros.  Returns the length, 0 on error. */
static size_t spell_real(double v, char buf[32])
{
    int n = snprintf(buf, 32 - 3, "%.17g", v);
    if (n < 0 || n >= 32 - 3) return 0;
    size_t len = (size_t)n;
    if (!strchr(buf, '.') && !strchr(buf, 'e')) { memcpy(buf + len, ".0", 3); len += 2; }
    char *start = strchr(buf, 'e');
    if (start) {
        start++;
        char *end = start + 1;
        if (*start == '-') start++;
        while (*end == '0') end++;
        if (end != start) {
            memmove(start, end, len - (size_t)(end - buf) + 1);
            len -= (size_t)(end - start);
        }
    }
    return len;
}

void jw_real(jw *w, double v)
{
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    jw_real_slot *slot = w->reals ? &w->reals->slot[(bits * 0x9E3779B97F4A7C15ull) >> 56] : NULL;
    char buf[32];
    size_t len;
    if (slot && slot->len && slot->bits == bits) {
        len = slot->len;
        memcpy(buf, slot->s, len);
    } else if (!(len = spell_real(v, buf))) {
        w->failed = 1;
        return;
    } else if (slot) {
        *slot = (jw_real_slot){.bits = bits, .len = (uint8_t)len};
        memcpy(slot->s, buf, len);
    }
    sep(w);
    put(w, buf, len);
}
