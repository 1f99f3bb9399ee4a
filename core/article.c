/*
 * article.c — one input message, validated.  Everything a message carries is
 * hostile: this file is the only place that turns bytes from Kafka or a file
 * into an idd_article, so every check (size, JSON depth, UTF-8, NUL bytes,
 * field types, empty text) lives here, each with its own error code.
 */
#include "idd.h"
#include "util.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct idd_article {
    char *id, *url, *source, *title, *body, *html, *published_at, *language;
    char content_hash[17];
};

void idd_limits_default(idd_limits *l)
{
    l->max_message_bytes = 16u << 20;
    l->max_body_bytes = 8u << 20;
    l->max_json_depth = 16;
}

void idd_article_free(idd_article *a)
{
    if (!a) return;
    free(a->id); free(a->url); free(a->source); free(a->title);
    free(a->body); free(a->html); free(a->published_at); free(a->language);
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

/* Nesting depth of a JSON text, counted outside strings, stopping early once
 * over `limit`: jansson's own limit is 2048, far too deep for a message. */
static int json_depth_exceeds(const char *s, size_t n, int limit)
{
    int depth = 0, in_str = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (in_str) {
            if (c == '\\') i++;
            else if (c == '"') in_str = 0;
        } else if (c == '"') in_str = 1;
        else if (c == '{' || c == '[') { if (++depth > limit) return 1; }
        else if (c == '}' || c == ']') depth--;
    }
    return 0;
}

static int is_blank(const char *s)
{
    for (; *s; s++)
        if (!strchr(" \t\r\n\f\v", *s)) return 0;
    return 1;
}

static void hex64(uint64_t h, char out[17]) { snprintf(out, 17, "%016" PRIx64, h); }

static void hash_field(uint64_t *h, const char *s)
{
    static const char sep = 0x1f;
    if (s) *h = fnv1a(*h, s, strlen(s));
    *h = fnv1a(*h, &sep, 1);
}

static void compute_hashes(idd_article *a)
{
    uint64_t h = FNV_OFFSET;
    hash_field(&h, a->title);
    hash_field(&h, a->body);
    hash_field(&h, a->html);
    hash_field(&h, a->published_at);
    hex64(h, a->content_hash);
}

/* The default id: a hash of the url when there is one, else of the text. */
static idd_err default_id(idd_article *a)
{
    char hex[17], id[24];
    const char *basis = a->url ? a->url : a->body ? a->body : a->html;
    hex64(fnv1a(FNV_OFFSET, basis, strlen(basis)), hex);
    snprintf(id, sizeof id, "%s-%s", a->url ? "u" : "b", hex);
    a->id = strdup(id);
    return a->id ? IDD_OK : IDD_ENOMEM;
}

/* Copies an optional string field; NULL/absent are fine, other types not. */
static idd_err take_string(json_t *obj, const char *key, size_t max, char **out,
                           char *msg, size_t msglen)
{
    json_t *v = json_object_get(obj, key);
    if (!v || json_is_null(v)) return IDD_OK;
    if (!json_is_string(v))
        return set_err(msg, msglen, IDD_ETYPE, "field '%s' must be a string", key);
    size_t n = json_string_length(v);
    if (n > max)
        return set_err(msg, msglen, IDD_ETOOBIG, "field '%s' has %zu bytes, limit %zu", key, n, max);
    const char *s = json_string_value(v);
    if (memchr(s, 0, n))
        return set_err(msg, msglen, IDD_EUTF8, "field '%s' contains a NUL character", key);
    *out = xstrndup(s, n);
    return *out ? IDD_OK : IDD_ENOMEM;
}

/* The id may be a string or an integer; anything else is a type error. */
static idd_err take_id(json_t *obj, idd_article *a, char *msg, size_t msglen)
{
    json_t *v = json_object_get(obj, "id");
    if (json_is_integer(v)) {
        char buf[32];
        snprintf(buf, sizeof buf, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
        a->id = strdup(buf);
        return a->id ? IDD_OK : IDD_ENOMEM;
    }
    idd_err e = take_string(obj, "id", 256, &a->id, msg, msglen);
    if (e) return e;
    if (a->id && (is_blank(a->id))) { free(a->id); a->id = NULL; }
    return IDD_OK;
}

static idd_err fill_from_object(json_t *obj, const idd_limits *lim, idd_article *a,
                                char *msg, size_t msglen)
{
    idd_err e;
    if ((e = take_id(obj, a, msg, msglen))) return e;
    const struct { const char *key; size_t max; char **dst; } fields[] = {
        {"url", 4096, &a->url}, {"source", 512, &a->source}, {"title", 8192, &a->title},
        {"body", lim->max_body_bytes, &a->body}, {"html", lim->max_body_bytes, &a->html},
        {"published_at", 128, &a->published_at}, {"language", 64, &a->language},
    };
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
        if ((e = take_string(obj, fields[i].key, fields[i].max, fields[i].dst, msg, msglen)))
            return e;
    if ((!a->body || is_blank(a->body)) && (!a->html || is_blank(a->html)))
        return set_err(msg, msglen, IDD_EEMPTY, "message has no 'body' or 'html' text");
    if (!a->id && (e = default_id(a))) return e;
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
    if (json_depth_exceeds(json, len, lim->max_json_depth))
        return set_err(msg, msglen, IDD_EJSON, "JSON nested deeper than %d levels", lim->max_json_depth);
    json_error_t jerr;
    json_t *root = json_loadb(json, len, JSON_REJECT_DUPLICATES, &jerr);
    if (!root)
        return set_err(msg, msglen, IDD_EJSON, "not JSON: %s at line %d column %d",
                       jerr.text, jerr.line, jerr.column);
    if (!json_is_object(root)) {
        json_decref(root);
        return set_err(msg, msglen, IDD_EJSON, "message is JSON but not an object");
    }
    idd_article *a = calloc(1, sizeof *a);
    if (!a) { json_decref(root); return IDD_ENOMEM; }
    idd_err e = fill_from_object(root, lim, a, msg, msglen);
    json_decref(root);
    if (e) { idd_article_free(a); return e; }
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
    if (!a) return IDD_ENOMEM;
    a->body = xstrndup(text, len);
    if (!a->body) { idd_article_free(a); return IDD_ENOMEM; }
    if (is_blank(a->body)) {
        idd_article_free(a);
        return set_err(msg, msglen, IDD_EEMPTY, "text is empty");
    }
    idd_err e = default_id(a);
    if (e) { idd_article_free(a); return e; }
    compute_hashes(a);
    *out = a;
    return IDD_OK;
}
