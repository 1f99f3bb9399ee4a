/*
 * jsonr.c — the strict message reader (see jsonr.h).  One recursive-descent
 * pass over the text with jansson 2.14's rules: RFC 8259 grammar, white
 * space ' ' '\t' '\n' '\r' only, no control characters in strings, no
 * \u0000, surrogate escapes only in pairs, integers within long long, reals
 * that do not overflow, no key twice in any object (compared unescaped),
 * nesting at most 2048 levels whatever the caller allows.
 */
#include "jsonr.h"
#include "util.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define JANSSON_MAX_DEPTH 2048

/* A key of an object being read: its unescaped bytes, either in the text
 * itself or, when it had escapes, in the reader's scratch buffer. */
typedef struct { size_t off, len; int in_scratch; } key_ref;

typedef struct {
    const char *s;
    size_t n, i;
    int depth, max_depth;
    jr_err err;
    const char *why;
    size_t at;
    key_ref *keys;          /* keys of the open objects, innermost last */
    size_t nkeys, keys_cap;
    ubuf scratch;
} reader;

static int fail(reader *r, jr_err e, const char *why)
{
    r->err = e;
    r->why = why;
    r->at = r->i;
    return -1;
}

static int syntax(reader *r, const char *why) { return fail(r, JR_ESYNTAX, why); }

static void skip_ws(reader *r)
{
    while (r->i < r->n && (r->s[r->i] == ' ' || r->s[r->i] == '\t' || r->s[r->i] == '\n' || r->s[r->i] == '\r'))
        r->i++;
}

static int peek(const reader *r) { return r->i < r->n ? (unsigned char)r->s[r->i] : -1; }

static int is_digit(int c) { return c >= '0' && c <= '9'; }

static int hex_value(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* The four hex digits at p (known to be in the text), or -1. */
static long hex4(const char *p)
{
    long v = 0;
    for (int k = 0; k < 4; k++) {
        int h = hex_value((unsigned char)p[k]);
        if (h < 0) return -1;
        v = v * 16 + h;
    }
    return v;
}

static size_t utf8_size(long cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }

/* One escape at s[i] == '\\': checks it and returns how many text bytes it
 * spans (0 when invalid), with its unescaped size in *size. */
static size_t escape_at(reader *r, size_t i, size_t *size)
{
    const char *s = r->s;
    if (i + 1 >= r->n) return 0;
    char c = s[i + 1];
    if (c && strchr("\"\\/bfnrt", c)) { *size = 1; return 2; }
    if (c != 'u' || i + 6 > r->n) return 0;
    long v = hex4(s + i + 2);
    if (v < 0) return 0;
    if (v == 0) { r->why = "\\u0000 is not allowed"; return 0; }
    if (v >= 0xDC00 && v <= 0xDFFF) { r->why = "lone low surrogate escape"; return 0; }
    if (v < 0xD800 || v > 0xDBFF) { *size = utf8_size(v); return 6; }
    long lo = i + 12 <= r->n && s[i + 6] == '\\' && s[i + 7] == 'u' ? hex4(s + i + 8) : -1;
    if (lo < 0xDC00 || lo > 0xDFFF) { r->why = "high surrogate escape without its pair"; return 0; }
    *size = 4;
    return 12;
}

/* Non-zero when one of the eight bytes in x is '"', '\\' or a control
 * character (exact for "any"; the byte loop then finds which). */
static uint64_t has_special(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    uint64_t q = x ^ (ones * '"'), b = x ^ (ones * '\\');
    return (((q - ones) & ~q) | ((b - ones) & ~b) | ((x - ones * 0x20) & ~x)) & highs;
}

/* A string at r->i == '"'.  Sets v to it; *escaped when it has escapes.
 * Bodies are long: the plain bytes are skipped eight at a time. */
static int read_string(reader *r, jr_value *v, int *escaped)
{
    const unsigned char *s = (const unsigned char *)r->s;
    size_t i = r->i + 1, start = i, saved = 0;
    *escaped = 0;
    for (;;) {
        uint64_t x;
        while (i + 8 <= r->n && (memcpy(&x, s + i, 8), !has_special(x))) i += 8;
        while (i < r->n && s[i] >= 0x20 && s[i] != '"' && s[i] != '\\') i++;
        if (i >= r->n) { r->i = i; return syntax(r, "premature end of input in a string"); }
        if (s[i] == '"') break;
        if (s[i] < 0x20) { r->i = i; return syntax(r, "control character in a string"); }
        size_t size, span;
        r->why = "invalid escape";
        if (!(span = escape_at(r, i, &size))) { r->i = i; return syntax(r, r->why); }
        *escaped = 1;
        saved += span - size;
        i += span;
    }
    *v = (jr_value){.type = JR_STRING, .raw = r->s + start, .raw_len = i - start, .len = i - start - saved};
    r->i = i + 1;
    return 0;
}

/* Parses the number token s[0..n) as jansson does: strtoll for integers
 * (out of range is an error), strtod for reals (overflow is an error,
 * underflow is not). */
static int number_value(reader *r, const char *tok, size_t n, int real, jr_value *v)
{
    char small[64], *buf = n < sizeof small ? small : malloc(n + 1);
    if (!buf) return fail(r, JR_ENOMEM, "out of memory");
    memcpy(buf, tok, n);
    buf[n] = 0;
    errno = 0;
    int bad;
    if (real) {
        double d = strtod(buf, NULL);
        bad = (d == HUGE_VAL || d == -HUGE_VAL) && errno == ERANGE;
        v->type = JR_REAL;
    } else {
        v->integer = strtoll(buf, NULL, 10);
        bad = errno == ERANGE;
        v->type = JR_INT;
    }
    if (buf != small) free(buf);
    return bad ? syntax(r, real ? "real number overflow" : "integer out of range") : 0;
}

static int read_number(reader *r, jr_value *v)
{
    size_t start = r->i;
    int real = 0;
    if (peek(r) == '-') r->i++;
    if (peek(r) == '0') {
        r->i++;
        if (is_digit(peek(r))) return syntax(r, "leading zero in a number");
    } else if (is_digit(peek(r))) {
        while (is_digit(peek(r))) r->i++;
    } else return syntax(r, "invalid number");
    if (peek(r) == '.') {
        r->i++;
        if (!is_digit(peek(r))) return syntax(r, "invalid number");
        while (is_digit(peek(r))) r->i++;
        real = 1;
    }
    if (peek(r) == 'e' || peek(r) == 'E') {
        r->i++;
        if (peek(r) == '+' || peek(r) == '-') r->i++;
        if (!is_digit(peek(r))) return syntax(r, "invalid number");
        while (is_digit(peek(r))) r->i++;
        real = 1;
    }
    return number_value(r, r->s + start, r->i - start, real, v);
}

static int read_literal(reader *r, const char *word, jr_type t, jr_value *v)
{
    size_t n = strlen(word);
    if (r->n - r->i < n || memcmp(r->s + r->i, word, n)) return syntax(r, "invalid token");
    r->i += n;
    v->type = t;
    return 0;
}

static int read_value(reader *r, jr_value *v);

static const char *key_bytes(const reader *r, const key_ref *k)
{
    return k->in_scratch ? r->scratch.p + k->off : r->s + k->off;
}

static int push_key(reader *r, const jr_value *k, int escaped)
{
    if (r->nkeys == r->keys_cap) {
        size_t nc = r->keys_cap ? r->keys_cap * 2 : 32;
        key_ref *p = realloc(r->keys, nc * sizeof *p);
        if (!p) return fail(r, JR_ENOMEM, "out of memory");
        r->keys = p;
        r->keys_cap = nc;
    }
    key_ref ref = {(size_t)(k->raw - r->s), k->len, 0};
    if (escaped) {
        if (ubuf_reserve(&r->scratch, k->len)) return fail(r, JR_ENOMEM, "out of memory");
        ref = (key_ref){r->scratch.len, k->len, 1};
        jr_unescape(k, r->scratch.p + r->scratch.len);
        r->scratch.len += k->len;
    }
    r->keys[r->nkeys++] = ref;
    return 0;
}

typedef struct { const char *p; size_t len; } key_view;

static int by_bytes(const void *a, const void *b)
{
    const key_view *x = a, *y = b;
    if (x->len != y->len) return x->len < y->len ? -1 : 1;
    return memcmp(x->p, y->p, x->len);
}

/* 1 when two of keys[from..nkeys) are equal: pairwise for the few keys of
 * a message, sorted for a hostile object with many. */
static int has_duplicate(reader *r, size_t from)
{
    size_t n = r->nkeys - from;
    if (n <= 16) {
        for (size_t a = from; a < r->nkeys; a++)
            for (size_t b = a + 1; b < r->nkeys; b++)
                if (r->keys[a].len == r->keys[b].len &&
                    !memcmp(key_bytes(r, &r->keys[a]), key_bytes(r, &r->keys[b]), r->keys[a].len))
                    return 1;
        return 0;
    }
    key_view *v = malloc(n * sizeof *v);
    if (!v) return fail(r, JR_ENOMEM, "out of memory");
    for (size_t k = 0; k < n; k++) v[k] = (key_view){key_bytes(r, &r->keys[from + k]), r->keys[from + k].len};
    qsort(v, n, sizeof *v, by_bytes);
    int dup = 0;
    for (size_t k = 1; k < n && !dup; k++) dup = !by_bytes(&v[k - 1], &v[k]);
    free(v);
    return dup;
}

/* The member named like wanted[k], or -1. */
static int wanted_index(const reader *r, const key_ref *k, const char *const wanted[], int nwanted)
{
    for (int w = 0; w < nwanted; w++)
        if (strlen(wanted[w]) == k->len && !memcmp(wanted[w], key_bytes(r, k), k->len)) return w;
    return -1;
}

/* An object at r->i == '{'; the values of wanted keys go to vals. */
static int read_object(reader *r, const char *const wanted[], jr_value vals[], int nwanted)
{
    size_t first_key = r->nkeys, scratch_mark = r->scratch.len;
    r->i++;
    skip_ws(r);
    if (peek(r) == '}') { r->i++; return 0; }
    for (;;) {
        if (peek(r) != '"') return syntax(r, "string or '}' expected");
        jr_value key, val = {0};
        int escaped;
        if (read_string(r, &key, &escaped) || push_key(r, &key, escaped)) return -1;
        skip_ws(r);
        if (peek(r) != ':') return syntax(r, "':' expected");
        r->i++;
        skip_ws(r);
        if (read_value(r, &val)) return -1;
        int w = wanted_index(r, &r->keys[r->nkeys - 1], wanted, nwanted);
        if (w >= 0) vals[w] = val;
        skip_ws(r);
        if (peek(r) == '}') break;
        if (peek(r) != ',') return syntax(r, "',' or '}' expected");
        r->i++;
        skip_ws(r);
    }
    if (has_duplicate(r, first_key)) return r->err ? -1 : syntax(r, "duplicate object key");
    r->nkeys = first_key;
    r->scratch.len = scratch_mark;
    r->i++;
    return 0;
}

static int read_array(reader *r)
{
    r->i++;
    skip_ws(r);
    if (peek(r) == ']') { r->i++; return 0; }
    for (;;) {
        jr_value v = {0};
        if (read_value(r, &v)) return -1;
        skip_ws(r);
        if (peek(r) == ']') { r->i++; return 0; }
        if (peek(r) != ',') return syntax(r, "',' or ']' expected");
        r->i++;
        skip_ws(r);
    }
}

/* A nested array or object: one level deeper. */
static int read_nested(reader *r, jr_value *v)
{
    if (++r->depth > r->max_depth) return fail(r, JR_EDEPTH, "nested too deep");
    v->type = peek(r) == '{' ? JR_OBJECT : JR_ARRAY;
    int rc = v->type == JR_OBJECT ? read_object(r, NULL, NULL, 0) : read_array(r);
    r->depth--;
    return rc;
}

static int read_value(reader *r, jr_value *v)
{
    int escaped;
    switch (peek(r)) {
    case '{': case '[': return read_nested(r, v);
    case '"': return read_string(r, v, &escaped);
    case 't': return read_literal(r, "true", JR_BOOL, v);
    case 'f': return read_literal(r, "false", JR_BOOL, v);
    case 'n': return read_literal(r, "null", JR_NULL, v);
    case -1: return syntax(r, "premature end of input");
    default: return is_digit(peek(r)) || peek(r) == '-' ? read_number(r, v) : syntax(r, "invalid token");
    }
}

jr_err jr_read_object(const char *s, size_t n, int max_depth, const char *const keys[],
                      jr_value vals[], int nkeys, const char **why, size_t *at)
{
    reader r = {.s = s, .n = n, .max_depth = max_depth < JANSSON_MAX_DEPTH ? max_depth : JANSSON_MAX_DEPTH};
    for (int k = 0; k < nkeys; k++) vals[k] = (jr_value){.type = JR_ABSENT};
    skip_ws(&r);
    int rc;
    if (peek(&r) == '{') {
        rc = ++r.depth > r.max_depth ? fail(&r, JR_EDEPTH, "nested too deep") : read_object(&r, keys, vals, nkeys);
    } else if (peek(&r) == '[') {
        jr_value v;
        rc = read_nested(&r, &v);
        if (!rc) rc = syntax(&r, "not an object");
    } else rc = syntax(&r, "'[' or '{' expected");
    if (!rc) {
        skip_ws(&r);
        if (r.i < n) rc = syntax(&r, "end of input expected");
    }
    free(r.keys);
    ubuf_free(&r.scratch);
    if (rc) { *why = r.why; *at = r.at; }
    return rc ? r.err : JR_OK;
}

void jr_unescape(const jr_value *v, char *out)
{
    const char *s = v->raw, *end = v->raw + v->raw_len;
    while (s < end) {
        const char *bs = memchr(s, '\\', (size_t)(end - s));
        size_t plain = (size_t)((bs ? bs : end) - s);
        memcpy(out, s, plain);
        out += plain;
        if (!bs) break;
        s = bs + 2;
        switch (bs[1]) {
        case 'b': *out++ = '\b'; break;
        case 'f': *out++ = '\f'; break;
        case 'n': *out++ = '\n'; break;
        case 'r': *out++ = '\r'; break;
        case 't': *out++ = '\t'; break;
        case 'u': {
            long cp = hex4(bs + 2);
            s = bs + 6;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                cp = ((cp - 0xD800) << 10) + (hex4(bs + 8) - 0xDC00) + 0x10000;
                s = bs + 12;
            }
            out += utf8_encode((uint32_t)cp, out);
            break;
        }
        default: *out++ = bs[1]; break;            /* " \ / */
        }
    }
    *out = 0;
}
