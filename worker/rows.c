/*
 * rows.c — validation and serialisation of the rows the store writes (see
 * rows.h).  The SQL side reads these objects with jsonb_to_recordset into
 * typed columns, so every value here must already fit its column.
 */
#include "rows.h"

#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ROWS_MAX_TEXT 4096     /* longest string kept in a text column */
#define ROWS_MAX_DEPTH 64      /* deepest result we accept */

/* ---- scalar checks -------------------------------------------------- */

static int digits(const char *s, int n)
{
    for (int i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i])) return 0;
    return 1;
}

static int num(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) v = v * 10 + (s[i] - '0');
    return v;
}

static int date_prefix_ok(const char *s)
{
    if (!digits(s, 4) || s[4] != '-' || !digits(s + 5, 2) || s[7] != '-' || !digits(s + 8, 2))
        return 0;
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int y = num(s, 4), m = num(s + 5, 2), d = num(s + 8, 2);
    if (y < 1 || m < 1 || m > 12 || d < 1) return 0;
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= mdays[m - 1] + (m == 2 && leap);
}

int rows_valid_date(const char *s)
{
    return s && strlen(s) == 10 && date_prefix_ok(s);
}

static const char *time_part(const char *s)
{
    if (!digits(s, 2) || s[2] != ':' || !digits(s + 3, 2)) return NULL;
    if (num(s, 2) > 23 || num(s + 3, 2) > 59) return NULL;
    s += 5;
    if (*s == ':') {
        if (!digits(s + 1, 2) || num(s + 1, 2) > 59) return NULL;
        s += 3;
        if (*s == '.') {
            s++;
            int n = 0;
            while (isdigit((unsigned char)*s)) s++, n++;
            if (n == 0 || n > 9) return NULL;
        }
    }
    return s;
}

static int zone_ok(const char *s)
{
    if (!*s || !strcmp(s, "Z")) return 1;
    if ((*s != '+' && *s != '-') || !digits(s + 1, 2) || num(s + 1, 2) > 14) return 0;
    s += 3;
    if (*s == ':') s++;
    if (!*s) return 1;
    return digits(s, 2) && num(s, 2) <= 59 && !s[2];
}

int rows_valid_timestamp(const char *s)
{
    if (!s || strlen(s) < 10 || !date_prefix_ok(s)) return 0;
    s += 10;
    if (!*s) return 1;
    if (*s != 'T' && *s != ' ') return 0;
    s = time_part(s + 1);
    return s && zone_ok(s);
}

/* ---- JSON helpers ------------------------------------------------------ */

/* A string fit for a text column, or NULL. */
static json_t *text_or_null(json_t *v)
{
    if (!json_is_string(v)) return json_null();
    size_t n = json_string_length(v);
    const char *s = json_string_value(v);
    if (n > ROWS_MAX_TEXT || strlen(s) != n) return json_null();
    return json_incref(v);
}

static json_t *cstr_or_null(const char *s)
{
    json_t *v = s ? json_string(s) : NULL;   /* NULL when not UTF-8 */
    return v ? v : json_null();
}

static json_t *int_in(json_t *v, json_int_t lo, json_int_t hi)
{
    if (!json_is_integer(v)) return json_null();
    json_int_t i = json_integer_value(v);
    return i >= lo && i <= hi ? json_integer(i) : json_null();
}

static json_t *real_in(json_t *v, double lo, double hi)
{
    if (!json_is_number(v)) return json_null();
    double d = json_number_value(v);
    return isfinite(d) && d >= lo && d <= hi ? json_real(d) : json_null();
}

static json_t *date_or_null(json_t *v)
{
    return json_is_string(v) && rows_valid_date(json_string_value(v)) ? json_incref(v) : json_null();
}

static json_t *country_or_null(json_t *v)
{
    const char *s = json_string_value(v);
    if (!s || strlen(s) != 2 || !isupper((unsigned char)s[0]) || !isupper((unsigned char)s[1]))
        return json_null();
    return json_incref(v);
}

static json_t *bool_or_null(json_t *v)
{
    return json_is_boolean(v) ? json_incref(v) : json_null();
}

/* An array of the strings in v that fit `keep`; [] when v is not an array. */
static json_t *string_array(json_t *v, json_t *(*keep)(json_t *))
{
    json_t *out = json_array(), *e;
    size_t i;
    json_array_foreach(v, i, e) {
        json_t *k = keep(e);
        if (json_is_null(k)) json_decref(k);
        else json_array_append_new(out, k);
    }
    return out;
}

/* 1 when every string and key under v can go into jsonb (no NUL, not too deep). */
static int jsonb_safe(json_t *v, int depth)
{
    if (depth > ROWS_MAX_DEPTH) return 0;
    const char *key;
    json_t *e;
    size_t i;
    switch (json_typeof(v)) {
    case JSON_STRING:
        return strlen(json_string_value(v)) == json_string_length(v);
    case JSON_ARRAY:
        json_array_foreach(v, i, e) if (!jsonb_safe(e, depth + 1)) return 0;
        return 1;
    case JSON_OBJECT:
        json_object_foreach(v, key, e) if (!jsonb_safe(e, depth + 1)) return 0;
        return 1;
    default:
        return 1;
    }
}

/* ---- rows ---------------------------------------------------------------- */

/* An actor is {"id","name"} (GUIDE.md); a bare string is taken as the id. */
static void set_actor(json_t *row, const char *idkey, const char *namekey, json_t *actor)
{
    int obj = json_is_object(actor);
    json_object_set_new(row, idkey, text_or_null(obj ? json_object_get(actor, "id") : actor));
    json_object_set_new(row, namekey, text_or_null(obj ? json_object_get(actor, "name") : NULL));
}

static json_t *incident_row(json_t *id, size_t ordinal, json_t *inc)
{
    json_t *r = json_object();
    json_object_set(r, "article_id", id);
    json_object_set_new(r, "ordinal", json_integer((json_int_t)ordinal));
    static const char *const texts[] = {"event_type", "sub_event_type", "admin1", "location"};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++)
        json_object_set_new(r, texts[i], text_or_null(json_object_get(inc, texts[i])));
    json_object_set_new(r, "event_date", date_or_null(json_object_get(inc, "event_date")));
    json_object_set_new(r, "time_precision", int_in(json_object_get(inc, "time_precision"), 1, 3));
    json_object_set_new(r, "geo_precision", int_in(json_object_get(inc, "geo_precision"), 1, 3));
    json_object_set_new(r, "country", country_or_null(json_object_get(inc, "country")));
    json_object_set_new(r, "lat", real_in(json_object_get(inc, "latitude"), -90, 90));
    json_object_set_new(r, "lon", real_in(json_object_get(inc, "longitude"), -180, 180));
    set_actor(r, "actor1_id", "actor1_name", json_object_get(inc, "actor1"));
    set_actor(r, "actor2_id", "actor2_name", json_object_get(inc, "actor2"));
    json_object_set_new(r, "weapons", string_array(json_object_get(inc, "weapons"), text_or_null));
    json_object_set_new(r, "fatalities", int_in(json_object_get(inc, "fatalities"), 0, INT_MAX));
    json_object_set_new(r, "injuries", int_in(json_object_get(inc, "injuries"), 0, INT_MAX));
    json_object_set_new(r, "claimed", bool_or_null(json_object_get(inc, "claimed")));
    json_object_set_new(r, "confidence", real_in(json_object_get(inc, "confidence"), -1e9, 1e9));
    json_t *ev = json_object_get(inc, "evidence");
    json_object_set_new(r, "evidence", ev ? json_incref(ev) : json_null());
    return r;
}

static json_t *tally_row(json_t *id, size_t ordinal, json_t *t)
{
    json_t *r = json_object();
    json_object_set(r, "article_id", id);
    json_object_set_new(r, "ordinal", json_integer((json_int_t)ordinal));
    json_object_set_new(r, "unit", text_or_null(json_object_get(t, "unit")));
    json_object_set_new(r, "count", int_in(json_object_get(t, "count"), 0, INT_MAX));
    json_t *b = json_object_get(t, "breakdown");
    json_object_set_new(r, "breakdown", json_is_object(b) ? json_incref(b) : json_object());
    json_object_set_new(r, "countries", string_array(json_object_get(t, "countries"), country_or_null));
    json_object_set_new(r, "since", date_or_null(json_object_get(t, "since")));
    json_object_set_new(r, "until", date_or_null(json_object_get(t, "until")));
    json_object_set_new(r, "source", text_or_null(json_object_get(t, "source")));
    return r;
}

/* Serialises each row of `list` built by `mk`, joined by commas; *count
 * receives the number of rows. */
static char *join_rows(json_t *id, json_t *list,
                       json_t *(*mk)(json_t *, size_t, json_t *), size_t *count)
{
    size_t cap = 256, len = 0, i;
    char *out = malloc(cap);
    if (!out) return NULL;
    out[0] = '\0';
    json_t *e;
    json_array_foreach(list, i, e) {
        if (!json_is_object(e)) continue;
        json_t *row = mk(id, i, e);
        char *s = json_dumps(row, JSON_COMPACT);
        json_decref(row);
        if (!s) { free(out); return NULL; }
        size_t n = strlen(s);
        if (len + n + 2 > cap) {
            char *grown = realloc(out, (len + n + 2) * 2);
            if (!grown) { free(s); free(out); return NULL; }
            out = grown;
            cap = (len + n + 2) * 2;
        }
        if (len) out[len++] = ',';
        memcpy(out + len, s, n + 1);
        len += n;
        free(s);
        (*count)++;
    }
    return out;
}

static json_t *article_object(const idd_article *a, json_t *id, json_t *result,
                              int32_t partition, int64_t offset)
{
    const char *pub = idd_article_published_at(a);
    json_t *r = json_object();
    json_object_set(r, "id", id);
    json_object_set_new(r, "url", cstr_or_null(idd_article_url(a)));
    json_object_set_new(r, "source", cstr_or_null(idd_article_source(a)));
    json_object_set_new(r, "title", cstr_or_null(idd_article_title(a)));
    json_object_set_new(r, "published_at", rows_valid_timestamp(pub) ? json_string(pub) : json_null());
    json_object_set_new(r, "published_raw", cstr_or_null(pub));
    json_object_set_new(r, "content_hash", cstr_or_null(idd_article_content_hash(a)));
    json_object_set_new(r, "rules_version", cstr_or_null(idd_version()));
    json_object_set(r, "result", result);
    json_object_set_new(r, "partition", json_integer(partition));
    json_object_set_new(r, "offset", json_integer(offset));
    return r;
}

int rows_build_article(const idd_article *a, json_t *result, int32_t partition,
                       int64_t offset, rows_article *out, idd_err *errcode,
                       char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    json_t *id = cstr_or_null(idd_article_id(a));
    if (json_is_null(id) || json_string_length(id) > ROWS_MAX_TEXT) {
        json_decref(id);
        *errcode = IDD_EINVAL;
        snprintf(err, errlen, "article id missing, not UTF-8 or longer than %d bytes", ROWS_MAX_TEXT);
        return -1;
    }
    if (!json_is_object(result) || !jsonb_safe(result, 0)) {
        json_decref(id);
        *errcode = IDD_EUTF8;
        snprintf(err, errlen, "extraction result is not storable (NUL characters or nested deeper than %d)",
                 ROWS_MAX_DEPTH);
        return -1;
    }
    json_t *art = article_object(a, id, result, partition, offset);
    out->id_json = json_dumps(id, JSON_COMPACT | JSON_ENCODE_ANY);
    out->article = json_dumps(art, JSON_COMPACT);
    out->incidents = join_rows(id, json_object_get(result, "incidents"), incident_row, &out->n_incidents);
    out->tallies = join_rows(id, json_object_get(result, "tallies"), tally_row, &out->n_tallies);
    json_decref(art);
    json_decref(id);
    if (!out->id_json || !out->article || !out->incidents || !out->tallies) {
        rows_article_free(out);
        *errcode = IDD_ENOMEM;
        snprintf(err, errlen, "out of memory serialising the rows");
        return -1;
    }
    return 0;
}

void rows_article_free(rows_article *r)
{
    free(r->id_json); free(r->article); free(r->incidents); free(r->tallies);
    memset(r, 0, sizeof *r);
}

static json_t *hex_or_null(const void *p, size_t n)
{
    if (!p) return json_null();
    static const char hx[] = "0123456789abcdef";
    char *s = malloc(2 * n + 1);
    if (!s) return NULL;
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++) { s[2 * i] = hx[b[i] >> 4]; s[2 * i + 1] = hx[b[i] & 15]; }
    json_t *v = json_stringn_nocheck(s, 2 * n);
    free(s);
    return v;
}

char *rows_build_dead(int32_t partition, int64_t offset, const void *key, size_t keylen,
                      const void *payload, size_t len, const char *errclass,
                      const char *errmsg)
{
    json_t *r = json_object();
    json_object_set_new(r, "partition", json_integer(partition));
    json_object_set_new(r, "offset", json_integer(offset));
    json_object_set_new(r, "msg_key", hex_or_null(key, keylen));
    json_object_set_new(r, "payload", hex_or_null(payload, len));
    json_object_set_new(r, "error_class", json_string(errclass));
    json_t *m = json_string(errmsg);
    json_object_set_new(r, "error", m ? m : json_string("(message not UTF-8)"));
    char *s = json_object_size(r) == 6 ? json_dumps(r, JSON_COMPACT) : NULL;
    json_decref(r);
    return s;
}
