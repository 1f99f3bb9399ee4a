/*
 * store.c — claims and batch commits in PostgreSQL (see store.h).
 *
 * A batch is a handful of set-based statements, each taking the whole batch
 * as one jsonb parameter (multi-row statements): the fenced offset update
 * first (it takes the row locks and tells whether we still own every
 * partition), then articles + their outbox events, incidents and their merge
 * into incidents across articles (incidentd_merge, migration 002), tallies,
 * dead letters + their outbox records, a NOTIFY for the relay, COMMIT.  Rows were
 * validated by rows.c, so a statement fails only on server trouble.
 */
#include "store.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pgconn.h"

struct store {
    char *conninfo, *group, *input, *output, *dlq, *owner;
    PGconn *conn;
    char sqlstate[6];     /* of the last failed statement */
};

/* ---- SQL ------------------------------------------------------------- */

static const char SQL_CLAIM[] =
    "INSERT INTO consumer_offsets AS c (group_id, topic, partition, owner, epoch)"
    " SELECT $1, $2, x.partition, $3, 1"
    "   FROM jsonb_to_recordset($4::jsonb) AS x(partition integer)"
    " ON CONFLICT (group_id, topic, partition) DO UPDATE"
    "   SET epoch = c.epoch + 1, owner = EXCLUDED.owner, claimed_at = now()"
    " RETURNING c.partition, c.next_offset, c.epoch";

static const char SQL_FENCE[] =
    "UPDATE consumer_offsets AS c SET next_offset = x.next_offset, updated_at = now()"
    "  FROM jsonb_to_recordset($3::jsonb) AS x(partition integer, epoch bigint, next_offset bigint)"
    " WHERE c.group_id = $1 AND c.topic = $2 AND c.partition = x.partition"
    "   AND c.epoch = x.epoch"
    " RETURNING c.partition";

static const char SQL_ARTICLES[] =
    "WITH x AS ("
    "  SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(id text, url text, source text,"
    "    title text, published_at timestamptz, published_raw text, content_hash text,"
    "    rules_version text, result jsonb, partition integer, \"offset\" bigint)"
    "), up AS ("
    "  INSERT INTO articles AS a (id, url, source, title, published_at, published_raw,"
    "    content_hash, rules_version, result, src_topic, src_partition, src_offset)"
    "  SELECT id, url, source, title, published_at, published_raw, content_hash,"
    "    rules_version, result, $2, partition, \"offset\" FROM x"
    "  ON CONFLICT (id) DO UPDATE SET url = EXCLUDED.url, source = EXCLUDED.source,"
    "    title = EXCLUDED.title, published_at = EXCLUDED.published_at,"
    "    published_raw = EXCLUDED.published_raw, content_hash = EXCLUDED.content_hash,"
    "    rules_version = EXCLUDED.rules_version, result = EXCLUDED.result,"
    "    extracted_at = now(), src_topic = EXCLUDED.src_topic,"
    "    src_partition = EXCLUDED.src_partition, src_offset = EXCLUDED.src_offset,"
    "    version = a.version + (a.content_hash IS DISTINCT FROM EXCLUDED.content_hash)::int"
    "  RETURNING id, content_hash, rules_version, result"
    ")"
    " INSERT INTO outbox (event_id, topic, msg_key, type, subject, payload)"
    " SELECT md5('article.enriched/' || id || '/' || content_hash || '/' || rules_version)::uuid,"
    "   $3, convert_to(id, 'UTF8'), 'article.enriched', id, result FROM up"
    " ON CONFLICT (event_id) DO NOTHING";

/* Takes the articles' old incidents out of their merged incidents (before the
 * incidents themselves are replaced); returns the merged ids as a uuid[] text. */
static const char SQL_WITHDRAW[] =
    "WITH d AS (DELETE FROM incident_reports"
    "  WHERE article_id IN (SELECT jsonb_array_elements_text($1::jsonb)) RETURNING incident_id)"
    " SELECT coalesce(array_agg(DISTINCT incident_id), '{}')::text FROM d";

/* Merges the articles' new incidents into incidents across articles
 * (migration 002) and writes incident.created/updated to the outbox. */
static const char SQL_MERGE[] =
    "SELECT incidentd_merge(ARRAY(SELECT jsonb_array_elements_text($1::jsonb)), $2::uuid[], $3)";

static const char SQL_DEL_INCIDENTS[] =
    "DELETE FROM incidents WHERE article_id IN (SELECT jsonb_array_elements_text($1::jsonb))";
static const char SQL_DEL_TALLIES[] =
    "DELETE FROM tallies WHERE article_id IN (SELECT jsonb_array_elements_text($1::jsonb))";

#define INCIDENT_COLS \
    "article_id, ordinal, event_type, sub_event_type, event_date, time_precision, country," \
    " admin1, location, lat, lon, geo_precision, actor1_id, actor1_name, actor2_id," \
    " actor2_name, weapons, fatalities, injuries, claimed, confidence, evidence"

static const char SQL_INCIDENTS[] =
    "INSERT INTO incidents (" INCIDENT_COLS ") SELECT " INCIDENT_COLS
    " FROM jsonb_to_recordset($1::jsonb) AS x(article_id text, ordinal integer,"
    "   event_type text, sub_event_type text, event_date date, time_precision smallint,"
    "   country text, admin1 text, location text, lat double precision,"
    "   lon double precision, geo_precision smallint, actor1_id text, actor1_name text,"
    "   actor2_id text, actor2_name text, weapons text[], fatalities integer,"
    "   injuries integer, claimed boolean, confidence double precision, evidence jsonb)";

#define TALLY_COLS "article_id, ordinal, unit, count, breakdown, countries, since, until, source"

static const char SQL_TALLIES[] =
    "INSERT INTO tallies (" TALLY_COLS ") SELECT " TALLY_COLS
    " FROM jsonb_to_recordset($1::jsonb) AS x(article_id text, ordinal integer, unit text,"
    "   count integer, breakdown jsonb, countries text[], since date, until date, source text)";

static const char SQL_DEAD[] =
    "WITH d AS ("
    "  INSERT INTO dead_letters (topic, partition, \"offset\", msg_key, payload, error_class, error)"
    "  SELECT $2, partition, \"offset\", decode(msg_key, 'hex'), decode(payload, 'hex'),"
    "    error_class, error"
    "    FROM jsonb_to_recordset($1::jsonb) AS x(partition integer, \"offset\" bigint,"
    "      msg_key text, payload text, error_class text, error text)"
    "  ON CONFLICT (topic, partition, \"offset\") DO NOTHING"
    "  RETURNING id, topic, partition, \"offset\", msg_key, error_class, error, received_at"
    ")"
    " INSERT INTO outbox (event_id, topic, msg_key, type, dead_letter_id, headers)"
    " SELECT md5('dead_letter/' || topic || '/' || partition || '/' || \"offset\")::uuid,"
    "   $3, msg_key, 'dead_letter', id, jsonb_build_object("
    "     'error_class', error_class, 'error_message', error, 'original_topic', topic,"
    "     'original_partition', partition::text, 'original_offset', \"offset\"::text,"
    "     'failed_at', to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'))"
    "   FROM d"
    " ON CONFLICT (event_id) DO NOTHING";

static const char SQL_NOTIFY[] = "SELECT pg_notify('incidentd_outbox', '')";

/* ---- lifecycle ---------------------------------------------------------- */

store *store_new(const store_params *p)
{
    store *s = calloc(1, sizeof *s);
    if (!s) return NULL;
    s->conninfo = strdup(p->conninfo);
    s->group = strdup(p->group);
    s->input = strdup(p->input_topic);
    s->output = strdup(p->output_topic);
    s->dlq = strdup(p->dlq_topic);
    s->owner = strdup(p->owner);
    if (!s->conninfo || !s->group || !s->input || !s->output || !s->dlq || !s->owner) {
        store_free(s);
        return NULL;
    }
    return s;
}

void store_free(store *s)
{
    if (!s) return;
    PQfinish(s->conn);
    free(s->conninfo); free(s->group); free(s->input);
    free(s->output); free(s->dlq); free(s->owner);
    free(s);
}

static int ensure_conn(store *s, char *err, size_t errlen)
{
    if (!pgc_broken(s->conn)) return 0;
    PQfinish(s->conn);
    s->conn = pgc_connect(s->conninfo, "incidentd-worker", err, errlen);
    return s->conn ? 0 : -1;
}

static void rollback(store *s)
{
    if (!pgc_broken(s->conn)) PQclear(PQexec(s->conn, "ROLLBACK"));
}

/* ---- growable text ---------------------------------------------------------- */

typedef struct { char *p; size_t len, cap; int oom, closed; } sbuf;

static void sb_add(sbuf *b, const char *s, size_t n)
{
    if (b->oom) return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = (b->len + n + 1) * 2;
        char *g = realloc(b->p, cap);
        if (!g) { b->oom = 1; return; }
        b->p = g;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

static void sb_str(sbuf *b, const char *s) { sb_add(b, s, strlen(s)); }

/* Appends an element to a JSON array being built in b ("[" added first). */
static void sb_elem(sbuf *b, const char *json)
{
    sb_str(b, b->len ? "," : "[");
    sb_str(b, json);
}

/* Closes the array (once) and returns its text; NULL when out of memory. */
static const char *sb_array(sbuf *b)
{
    if (!b->closed) {
        if (!b->len) sb_str(b, "[");
        sb_str(b, "]");
        b->closed = 1;
    }
    return b->oom ? NULL : b->p;
}

/* ---- claims -------------------------------------------------------------------- */

static int parse_i64(const char *s, int64_t *out)
{
    errno = 0;
    char *end;
    long long v = strtoll(s, &end, 10);
    if (errno || end == s || *end) return -1;
    *out = v;
    return 0;
}

/* Checks one returned claim row and stores it into the matching request. */
static int take_claim_row(PGresult *r, int row, store_claim *c, size_t n)
{
    int64_t part, next = -1, epoch;
    if (parse_i64(PQgetvalue(r, row, 0), &part)
        || (!PQgetisnull(r, row, 1) && (parse_i64(PQgetvalue(r, row, 1), &next) || next < 0))
        || parse_i64(PQgetvalue(r, row, 2), &epoch) || epoch < 1)
        return -1;
    for (size_t i = 0; i < n; i++)
        if (c[i].partition == part) {
            c[i].next_offset = next;
            c[i].epoch = epoch;
            return 0;
        }
    return -1;
}

int store_claim_partitions(store *s, store_claim *c, size_t n, char *err, size_t errlen)
{
    if (ensure_conn(s, err, errlen)) return -1;
    sbuf b = {0};
    for (size_t i = 0; i < n; i++) {
        char one[48];
        snprintf(one, sizeof one, "{\"partition\":%d}", (int)c[i].partition);
        sb_elem(&b, one);
        c[i].epoch = 0;
    }
    const char *json = sb_array(&b);
    if (!json) { free(b.p); snprintf(err, errlen, "claiming partitions: out of memory"); return -1; }
    const char *p[] = {s->group, s->input, s->owner, json};
    PGresult *r = pgc_exec(s->conn, "claiming partitions", SQL_CLAIM, 4, p, err, errlen);
    free(b.p);
    if (!r) return -1;
    int rc = PQntuples(r) == (int)n ? 0 : -1;
    for (int i = 0; rc == 0 && i < PQntuples(r); i++) rc = take_claim_row(r, i, c, n);
    for (size_t i = 0; rc == 0 && i < n; i++) rc = c[i].epoch >= 1 ? 0 : -1;
    PQclear(r);
    if (rc) snprintf(err, errlen, "claiming partitions: consumer_offsets returned unexpected rows");
    return rc;
}

/* ---- batch commit ----------------------------------------------------------------- */

typedef struct {
    sbuf articles, ids, incidents, tallies, dead, offsets;
} batch_json;

static void batch_json_free(batch_json *j)
{
    free(j->articles.p); free(j->ids.p); free(j->incidents.p);
    free(j->tallies.p); free(j->dead.p); free(j->offsets.p);
}

/* 1 when a later item of the batch stores the same article (it wins). */
static int superseded(const store_item *items, size_t n, size_t i)
{
    for (size_t k = i + 1; k < n; k++)
        if (items[k].rows && !strcmp(items[k].rows->id_json, items[i].rows->id_json)) return 1;
    return 0;
}

static void build_json(batch_json *j, const store_item *items, size_t n,
                       const store_pos *pos, size_t npos)
{
    for (size_t i = 0; i < n; i++) {
        const rows_article *r = items[i].rows;
        if (items[i].dead) {
            sb_elem(&j->dead, items[i].dead);
        } else if (r && !superseded(items, n, i)) {
            sb_elem(&j->articles, r->article);
            sb_elem(&j->ids, r->id_json);
            if (*r->incidents) sb_elem(&j->incidents, r->incidents);
            if (*r->tallies) sb_elem(&j->tallies, r->tallies);
        }
    }
    for (size_t i = 0; i < npos; i++) {
        char one[128];
        snprintf(one, sizeof one, "{\"partition\":%d,\"epoch\":%lld,\"next_offset\":%lld}",
                 (int)pos[i].partition, (long long)pos[i].epoch, (long long)pos[i].next_offset);
        sb_elem(&j->offsets, one);
    }
}

/* Runs the fence; marks fenced partitions.  1 = all still ours, 0 = fenced, -1 = error. */
static int fence(store *s, const char *offsets, store_pos *pos, size_t npos,
                 char *err, size_t errlen)
{
    const char *p[] = {s->group, s->input, offsets};
    PGresult *r = pgc_exec_state(s->conn, "updating consumer_offsets", SQL_FENCE, 3, p,
                                 s->sqlstate, err, errlen);
    if (!r) return -1;
    for (size_t i = 0; i < npos; i++) pos[i].fenced = 1;
    for (int row = 0; row < PQntuples(r); row++) {
        int64_t part;
        if (parse_i64(PQgetvalue(r, row, 0), &part)) continue;
        for (size_t i = 0; i < npos; i++)
            if (pos[i].partition == part) pos[i].fenced = 0;
    }
    PQclear(r);
    int fenced = 0;
    for (size_t i = 0; i < npos; i++) fenced |= pos[i].fenced;
    if (fenced) snprintf(err, errlen, "consumer_offsets epoch moved on: another worker owns the partition");
    return !fenced;
}

/* One statement with the batch JSON as $1 (+ topics), skipped when empty. */
static int exec_json(store *s, const char *what, const char *sql, sbuf *b,
                     const char *topic2, const char *topic3, char *err, size_t errlen)
{
    if (!b->len) return 0;
    const char *json = sb_array(b);
    if (!json) { snprintf(err, errlen, "%s: out of memory", what); return -1; }
    const char *p[] = {json, topic2, topic3};
    int np = topic3 ? 3 : topic2 ? 2 : 1;
    PGresult *r = pgc_exec_state(s->conn, what, sql, np, p, s->sqlstate, err, errlen);
    PQclear(r);
    return r ? 0 : -1;
}

/* Withdraws the batch's articles from their merged incidents; *withdrawn gets
 * the affected merged ids (a malloc'ed uuid[] literal). */
static int withdraw(store *s, sbuf *ids, char **withdrawn, char *err, size_t errlen)
{
    const char *json = sb_array(ids);
    if (!json) { snprintf(err, errlen, "withdrawing reports: out of memory"); return -1; }
    const char *p[] = {json};
    PGresult *r = pgc_exec_state(s->conn, "withdrawing old incident reports", SQL_WITHDRAW, 1, p,
                                 s->sqlstate, err, errlen);
    if (!r) return -1;
    *withdrawn = PQntuples(r) == 1 ? strdup(PQgetvalue(r, 0, 0)) : NULL;
    PQclear(r);
    if (!*withdrawn) snprintf(err, errlen, "withdrawing old incident reports: unexpected result");
    return *withdrawn ? 0 : -1;
}

static int merge(store *s, sbuf *ids, const char *withdrawn, char *err, size_t errlen)
{
    const char *p[] = {sb_array(ids), withdrawn, s->output};
    PGresult *r = pgc_exec_state(s->conn, "merging incidents across articles", SQL_MERGE, 3, p,
                                 s->sqlstate, err, errlen);
    PQclear(r);
    return r ? 0 : -1;
}

/* The article rows, then the merge of their incidents (when there are articles). */
static int write_articles(store *s, batch_json *j, char *err, size_t errlen)
{
    if (!j->ids.len) return 0;
    char *withdrawn = NULL;
    int rc = exec_json(s, "storing articles", SQL_ARTICLES, &j->articles, s->input, s->output, err, errlen)
          || withdraw(s, &j->ids, &withdrawn, err, errlen)
          || exec_json(s, "deleting old incidents", SQL_DEL_INCIDENTS, &j->ids, NULL, NULL, err, errlen)
          || exec_json(s, "storing incidents", SQL_INCIDENTS, &j->incidents, NULL, NULL, err, errlen)
          || merge(s, &j->ids, withdrawn, err, errlen);
    free(withdrawn);
    return rc;
}

static int write_rows(store *s, batch_json *j, char *err, size_t errlen)
{
    return write_articles(s, j, err, errlen)
        || exec_json(s, "deleting old tallies", SQL_DEL_TALLIES, &j->ids, NULL, NULL, err, errlen)
        || exec_json(s, "storing tallies", SQL_TALLIES, &j->tallies, NULL, NULL, err, errlen)
        || exec_json(s, "storing dead letters", SQL_DEAD, &j->dead, s->input, s->dlq, err, errlen)
        || pgc_cmd(s->conn, "notifying the outbox relay", SQL_NOTIFY, err, errlen);
}

/* Why the last statement failed: the data (22xxx, 23xxx) or anything else. */
static store_rc failure_kind(const store *s)
{
    if (pgc_broken(s->conn)) return STORE_FAILED;
    return !strncmp(s->sqlstate, "22", 2) || !strncmp(s->sqlstate, "23", 2)
               ? STORE_REJECTED : STORE_FAILED;
}

store_rc store_commit(store *s, const store_item *items, size_t nitems,
                      store_pos *pos, size_t npos, char *err, size_t errlen)
{
    if (ensure_conn(s, err, errlen)) return STORE_FAILED;
    batch_json j = {0};
    build_json(&j, items, nitems, pos, npos);
    const char *offsets = sb_array(&j.offsets);
    store_rc rc = STORE_FAILED;
    s->sqlstate[0] = '\0';
    if (!offsets) {
        snprintf(err, errlen, "building the batch: out of memory");
    } else if (pgc_cmd(s->conn, "BEGIN", "BEGIN", err, errlen) == 0) {
        int owned = fence(s, offsets, pos, npos, err, errlen);
        if (owned == 1 && write_rows(s, &j, err, errlen) == 0
            && pgc_cmd(s->conn, "COMMIT", "COMMIT", err, errlen) == 0)
            rc = STORE_OK;
        else if (owned == 0)
            rc = STORE_FENCED;
        else
            rc = failure_kind(s);
        if (rc != STORE_OK) rollback(s);
    }
    batch_json_free(&j);
    return rc;
}
