/* libFuzzer target: any bytes as an input message (and, when they are not
 * a valid message, as a plain-text article) through the whole extraction.
 * jansson is the oracle for the core's own JSON code: the message reader
 * must accept exactly the objects jansson accepts, with the same field
 * values, and the written result must read back and dump to the same bytes
 * (so a result the writer refuses, as jansson refused invalid UTF-8, fails). */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "idd.h"

static idd_lexicon *lx;
static idd_extractor *x;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc; (void)argv;
    char msg[512];
    const char *dir = getenv("INCIDENTD_DATA");
    if (idd_lexicon_load(dir ? dir : IDD_DATA_DIR, &lx, msg, sizeof msg)) { fprintf(stderr, "%s\n", msg); abort(); }
    x = idd_extractor_new(lx);
    if (!x) abort();
    return 0;
}

static int depth_of(const json_t *j)
{
    int d = 0;
    const char *k;
    json_t *v;
    size_t i;
    if (json_is_object(j))
        json_object_foreach((json_t *)j, k, v) { int c = depth_of(v); if (c > d) d = c; }
    else if (json_is_array(j))
        json_array_foreach(j, i, v) { int c = depth_of(v); if (c > d) d = c; }
    else return 0;
    return d + 1;
}

static void same_string(const char *ours, json_t *root, const char *key)
{
    json_t *v = json_object_get(root, key);
    const char *theirs = json_is_string(v) ? json_string_value(v) : NULL;
    if ((ours == NULL) != (theirs == NULL) || (ours && strcmp(ours, theirs))) abort();
}

/* A message that passed the size and UTF-8 checks is a JSON error exactly
 * when jansson refuses it or it nests too deep; otherwise the strings read
 * are jansson's. */
static void check_reader(const uint8_t *data, size_t size, const idd_limits *lim, idd_err e,
                         const idd_article *a)
{
    if (e == IDD_EUTF8 || size > lim->max_message_bytes) return;
    json_t *root = json_loadb((const char *)data, size, JSON_REJECT_DUPLICATES, NULL);
    int json_ok = root && json_is_object(root) && depth_of(root) <= lim->max_json_depth;
    if ((e == IDD_EJSON) == json_ok) abort();
    if (a) {
        json_t *id = json_object_get(root, "id");
        const char *sid = json_string_value(id);        /* a blank id is replaced by a hash */
        if (sid && sid[strspn(sid, " \t\r\n\f\v")]) same_string(idd_article_id(a), root, "id");
        same_string(idd_article_url(a), root, "url");
        same_string(idd_article_source(a), root, "source");
        same_string(idd_article_title(a), root, "title");
        same_string(idd_article_published_at(a), root, "published_at");
    }
    json_decref(root);
}

/* The written result is JSON that jansson dumps back to the same bytes. */
static void check_result(const char *s, size_t n)
{
    json_t *j = json_loadb(s, n, JSON_REJECT_DUPLICATES, NULL);
    if (!j) abort();
    char *again = json_dumps(j, JSON_COMPACT);
    if (!again || strlen(again) != n || memcmp(again, s, n)) abort();
    free(again);
    json_decref(j);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    idd_limits lim;
    idd_limits_default(&lim);
    lim.max_body_bytes = 1 << 20;
    lim.max_message_bytes = 2 << 20;
    idd_article *a = NULL;
    char msg[256];
    idd_err e = idd_article_parse((const char *)data, size, &lim, &a, msg, sizeof msg);
    check_reader(data, size, &lim, e, a);
    if (e != IDD_OK && idd_article_from_text((const char *)data, size, &lim, &a, msg, sizeof msg) != IDD_OK)
        return 0;
    char *s;
    size_t n;
    json_t *res = NULL;
    /* only out of memory fails; both entry points give the same result */
    if (idd_extract_json(x, a, &s, &n, msg, sizeof msg) != IDD_OK || idd_extract(x, a, &res, msg, sizeof msg) != IDD_OK)
        abort();
    check_result(s, n);
    char *d = json_dumps(res, JSON_COMPACT);
    if (!d || strcmp(d, s)) abort();
    free(d);
    free(s);
    json_decref(res);
    idd_article_free(a);
    return 0;
}
