/*
 * article.c — one input message, validated.  Everything a message carries is
 * hostile: this file is the only place that turns bytes from Kafka or a file
 * into an idd_article, so every check (size, JSON depth, UTF-8, NUL bytes,
 * field types, empty text) lives here, each with its own error code; the
 * JSON grammar itself is jsonr.c's.
 */
#include "idd.h"
#include "jsonr.h"
#include "util.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

/* Every string of an article lives in one allocation, `store`. */
struct idd_article {
    char *id, *url, *source, *title, *body, *html, *published_at, *language;
    char content_hash[17];
    char *store;
};

/* Room in the store for an id the article makes itself: an integer id or
 * the default "u-" or "b-" and 16 hex digits. */
#define MADE_ID_ROOM 32

void idd_limits_default(idd_limits *l)
{
    l->max_message_bytes = 16u << 20;
    l->max_body_bytes = 8u << 20;
    l->max_json_depth = 16;
}

void idd_article_free(idd_article *a)
{
    if (!a) return;
    free(a->store);
    free(a);
}

const char *idd_article_id(const idd_article *a) { return a->id; }
const char *idd_article_url(const idd_article *a) { return a->url; }
const char *idd_article_source(const idd_article *a) { return a->source; }
const char *idd_article_title(const idd_article *a) { return a->title; }
const char *idd_article_published_at(const idd_article *a) { return a->published_at; }
const char *idd_article_content_hash(const idd_article *a) { return a->content_hash; }

/* Internal accessors for the extractor (declared in extract.c). */
const char *idd_article_body(const idd_article *a) { return a->body; }
const char *idd_article_html(const idd_article *a) { return a->html; }

static int is_blank(const char *s)
{
    for (; *s; s++)
        if (!strchr(" \t\r\n\f\v", *s)) return 0;
    return 1;
}

static void hex64(uint64_t h, char out[17]) { snprintf(out, 17, "%016" PRIx64, h); }

/* Each field's hash seeds the next one's, so the order of the fields and
 * the boundaries between them count.  XXH3 rather than a byte-serial hash:
 * hashing the body was 5% of extraction time with FNV-1a. */
static void hash_field(uint64_t *h, const char *s)
{
    *h = XXH3_64bits_withSeed(s ? s : "", s ? strlen(s) : 0, *h + 1);
}

static void compute_hashes(idd_article *a)
{
    uint64_t h = 0;
    hash_field(&h, a->title);
    hash_field(&h, a->body);
    hash_field(&h, a->html);
    hash_field(&h, a->published_at);
    hex64(h, a->content_hash);
}

/* The default id: a hash of the url when there is one, else of the text.
 * Written into `room` (MADE_ID_ROOM bytes of the store). */
static void default_id(idd_article *a, char *room)
{
    char hex[17];
    const char *basis = a->url ? a->url : a->body ? a->body : a->html;
    hex64(XXH3_64bits(basis, strlen(basis)), hex);
    snprintf(room, MADE_ID_ROOM, "%s-%s", a->url ? "u" : "b", hex);
    a->id = room;
}

/* The top-level members a message may carry, in the order they are checked
 * (so the first bad one named is the same whatever the message's order). */
enum { F_ID, F_URL, F_SOURCE, F_TITLE, F_BODY, F_HTML, F_PUBLISHED_AT, F_LANGUAGE, F_COUNT_ };
static const char *const field_keys[F_COUNT_] = {
    "id", "url", "source", "title", "body", "html", "published_at", "language"};

static size_t field_max(int f, const idd_limits *lim)
{
    static const size_t max[F_COUNT_] = {256, 4096, 512, 8192, 0, 0, 128, 64};
    return f == F_BODY || f == F_HTML ? lim->max_body_bytes : max[f];
}

/* An optional string field: absent and null are fine, other types not
 * (except an integer id). */
static idd_err check_field(const jr_value *v, int f, const idd_limits *lim, char *msg, size_t msglen)
{
    const char *key = field_keys[f];
    if (v->type == JR_ABSENT || v->type == JR_NULL || (f == F_ID && v->type == JR_INT)) return IDD_OK;
    if (v->type != JR_STRING)
        return set_err(msg, msglen, IDD_ETYPE, "field '%s' must be a string", key);
    if (v->len > field_max(f, lim))
        return set_err(msg, msglen, IDD_ETOOBIG, "field '%s' has %zu bytes, limit %zu", key, v->len,
                       field_max(f, lim));
    return IDD_OK;
}

/* Unescapes the string fields into one store; a blank id counts as none. */
static idd_err fill_fields(const jr_value v[F_COUNT_], idd_article *a)
{
    char **dst[F_COUNT_] = {&a->id, &a->url, &a->source, &a->title, &a->body, &a->html,
                            &a->published_at, &a->language};
    size_t size = MADE_ID_ROOM;
    for (int f = 0; f < F_COUNT_; f++)
        if (v[f].type == JR_STRING) size += v[f].len + 1;
    char *p = a->store = malloc(size);
    if (!p) return IDD_ENOMEM;
    char *made_id = p;
    p += MADE_ID_ROOM;
    for (int f = 0; f < F_COUNT_; f++) {
        if (v[f].type != JR_STRING) continue;
        jr_unescape(&v[f], p);
        *dst[f] = p;
        p += v[f].len + 1;
    }
    if (v[F_ID].type == JR_INT) {
        snprintf(made_id, MADE_ID_ROOM, "%lld", v[F_ID].integer);
        a->id = made_id;
    }
    if (a->id && is_blank(a->id)) a->id = NULL;
    if ((!a->body || is_blank(a->body)) && (!a->html || is_blank(a->html))) return IDD_EEMPTY;
    if (!a->id) default_id(a, made_id);
    compute_hashes(a);
    return IDD_OK;
}

idd_err idd_article_parse(const char *json, size_t len, const idd_limits *lim,
                          idd_article **out, char *msg, size_t msglen)
{
    idd_limits def;
    if (!lim) { idd_limits_default(&def); lim = &def; }
    if (!json || !out) return set_err(msg, msglen, IDD_EINVAL, "no message");
    *out = NULL;
    if (len > lim->max_message_bytes)
        return set_err(msg, msglen, IDD_ETOOBIG, "message has %zu bytes, limit %zu",
                       len, lim->max_message_bytes);
    size_t bad;
    if (!utf8_valid(json, len, &bad))
        return set_err(msg, msglen, IDD_EUTF8, "invalid UTF-8 or NUL byte at offset %zu", bad);
    jr_value v[F_COUNT_];
    const char *why;
    switch (jr_read_object(json, len, lim->max_json_depth, field_keys, v, F_COUNT_, &why, &bad)) {
    case JR_OK: break;
    case JR_EDEPTH:
        return set_err(msg, msglen, IDD_EJSON, "JSON nested deeper than %d levels", lim->max_json_depth);
    case JR_ENOMEM: return set_err(msg, msglen, IDD_ENOMEM, "out of memory reading the message");
    default: return set_err(msg, msglen, IDD_EJSON, "not a JSON object: %s at offset %zu", why, bad);
    }
    idd_err e = IDD_OK;
    for (int f = 0; f < F_COUNT_ && !e; f++) e = check_field(&v[f], f, lim, msg, msglen);
    if (e) return e;
    idd_article *a = calloc(1, sizeof *a);
    if (!a) return IDD_ENOMEM;
    if ((e = fill_fields(v, a))) {
        idd_article_free(a);
        return e == IDD_EEMPTY ? set_err(msg, msglen, e, "message has no 'body' or 'html' text") : e;
    }
    *out = a;
    return IDD_OK;
}

idd_err idd_article_from_text(const char *text, size_t len, const idd_limits *lim,
                              idd_article **out, char *msg, size_t msglen)
{
    idd_limits def;
    if (!lim) { idd_limits_default(&def); lim = &def; }
    if (!text || !out) return set_err(msg, msglen, IDD_EINVAL, "no text");
    *out = NULL;
    if (len > lim->max_body_bytes)
        return set_err(msg, msglen, IDD_ETOOBIG, "text has %zu bytes, limit %zu", len, lim->max_body_bytes);
    size_t bad;
    if (!utf8_valid(text, len, &bad))
        return set_err(msg, msglen, IDD_EUTF8, "invalid UTF-8 or NUL byte at offset %zu", bad);
    idd_article *a = calloc(1, sizeof *a);
    if (!a || !(a->store = malloc(MADE_ID_ROOM + len + 1))) { free(a); return IDD_ENOMEM; }
    a->body = a->store + MADE_ID_ROOM;
    memcpy(a->body, text, len);
    a->body[len] = 0;
    if (is_blank(a->body)) {
        idd_article_free(a);
        return set_err(msg, msglen, IDD_EEMPTY, "text is empty");
    }
    default_id(a, a->store);
    compute_hashes(a);
    *out = a;
    return IDD_OK;
}
