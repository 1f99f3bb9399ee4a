/*
 * config.c — loads and validates the `key = value` configuration file.
 *
 * Owns: the table of known keys (name, kind, default, range), the file
 * parser, and the passthrough lists for librdkafka.  The table is the single
 * source of truth in C for what a key means; config/incidentd.conf.example is
 * the single place it is documented for people.  Values are checked here, once,
 * so the rest of the worker can trust them.
 */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>

#include "idd.h"

#ifndef IDD_DATA_DIR
#define IDD_DATA_DIR "data"
#endif

#define CFG_MAX_LINE 8192
#define CFG_MAX_PROPS 128

typedef enum { K_STR, K_INT, K_SIZE, K_TOPIC, K_ASSIGNOR, K_ID, K_LISTEN, K_DURATION } kind;

typedef struct {
    const char *key;
    kind kind;
    const char *def;      /* default as text; NULL = computed (see cfg_defaults) */
    long long min, max;   /* numeric kinds only (K_DURATION: seconds) */
    int allow_empty;
} keydef;

/* The known keys.  Index order matches the `vals` array of struct cfg. */
enum {
    KEY_BROKERS, KEY_GROUP, KEY_INPUT, KEY_OUTPUT, KEY_DLQ, KEY_ASSIGNOR,
    KEY_CONNINFO, KEY_THREADS, KEY_QUEUE, KEY_BATCH, KEY_LINGER, KEY_DEADLINE,
    KEY_WORKER_ID, KEY_MAX_MSG, KEY_MAX_BODY, KEY_DATA_DIR, KEY_METRICS,
    KEY_OUTBOX_RETENTION, KEY_DEAD_RETENTION, KEY_COUNT
};

#define CFG_DAY (24LL * 3600)

static const keydef keys[KEY_COUNT] = {
    [KEY_BROKERS]   = {"kafka.brokers", K_STR, "127.0.0.1:19092", 0, 0, 0},
    [KEY_GROUP]     = {"kafka.group", K_ID, "incidentd", 0, 0, 0},
    [KEY_INPUT]     = {"kafka.input_topic", K_TOPIC, "articles.raw", 0, 0, 0},
    [KEY_OUTPUT]    = {"kafka.output_topic", K_TOPIC, "incidents.enriched", 0, 0, 0},
    [KEY_DLQ]       = {"kafka.dlq_topic", K_TOPIC, "articles.dlq", 0, 0, 0},
    [KEY_ASSIGNOR]  = {"kafka.assignor", K_ASSIGNOR, "range", 0, 0, 0},
    [KEY_CONNINFO]  = {"postgres.conninfo", K_STR, "", 0, 0, 1},
    [KEY_THREADS]   = {"worker.threads", K_INT, "2", 1, 256, 0},
    [KEY_QUEUE]     = {"worker.queue", K_INT, "2048", 1, 100000, 0},
    [KEY_BATCH]     = {"worker.batch_size", K_INT, "100", 1, 10000, 0},
    [KEY_LINGER]    = {"worker.batch_linger_ms", K_INT, "50", 0, 60000, 0},
    [KEY_DEADLINE]  = {"worker.shutdown_deadline_ms", K_INT, "10000", 0, 600000, 0},
    [KEY_WORKER_ID] = {"worker.id", K_ID, NULL, 0, 0, 0},
    [KEY_MAX_MSG]   = {"limits.max_message_bytes", K_SIZE, NULL, 1024, 1LL << 30, 0},
    [KEY_MAX_BODY]  = {"limits.max_body_bytes", K_SIZE, NULL, 1024, 1LL << 30, 0},
    [KEY_DATA_DIR]  = {"data.dir", K_STR, IDD_DATA_DIR, 0, 0, 0},
    [KEY_METRICS]   = {"metrics.listen", K_LISTEN, "", 0, 0, 1},
    [KEY_OUTBOX_RETENTION] = {"outbox.retention", K_DURATION, "24h", 1, 3650 * CFG_DAY, 0},
    [KEY_DEAD_RETENTION]   = {"dead_letters.retention", K_DURATION, "30d", 1, 3650 * CFG_DAY, 0},
};

/* librdkafka properties the worker manages itself: overriding them would
 * break the delivery protocol (deploy/README.md). */
static const char *const managed_consumer[] = {
    "group.id", "bootstrap.servers", "metadata.broker.list",
    "enable.auto.commit", "enable.auto.offset.store",
    "partition.assignment.strategy", "statistics.interval.ms", NULL};
static const char *const managed_producer[] = {
    "bootstrap.servers", "metadata.broker.list", "enable.idempotence",
    "transactional.id", NULL};

typedef struct {
    cfg_prop items[CFG_MAX_PROPS];
    size_t n;
} proplist;

struct cfg {
    char *vals[KEY_COUNT];
    int   set_line[KEY_COUNT];     /* line in the file that set it; 0 = not */
    long long num[KEY_COUNT];      /* parsed numeric kinds */
    proplist props[2];
};

static void errf(char *err, size_t errlen, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

static int replace_str(char **slot, const char *value)
{
    char *copy = strdup(value);
    if (!copy) return -1;
    free(*slot);
    *slot = copy;
    return 0;
}

/* ---- value checks ---------------------------------------------------- */

static int parse_number(const char *s, int allow_suffix, long long *out)
{
    if (!isdigit((unsigned char)*s)) return -1;
    errno = 0;
    char *end;
    long long v = strtoll(s, &end, 10);
    if (errno) return -1;
    long long mult = 1;
    if (allow_suffix && *end) {
        switch (*end) {
        case 'k': case 'K': mult = 1LL << 10; break;
        case 'm': case 'M': mult = 1LL << 20; break;
        case 'g': case 'G': mult = 1LL << 30; break;
        default: return -1;
        }
        end++;
    }
    if (*end || v > LLONG_MAX / mult) return -1;
    *out = v * mult;
    return 0;
}

/* A duration: `off` (returns 1, *out = 0) or a whole number of seconds,
 * minutes, hours or days such as 90s, 15m, 24h, 30d (returns 0, *out = the
 * seconds).  The unit is required.  -1 when malformed. */
static int parse_duration(const char *s, long long *out)
{
    if (!strcmp(s, "off")) { *out = 0; return 1; }
    size_t n = strlen(s);
    if (n < 2 || n > 20) return -1;
    char digits[21];
    memcpy(digits, s, n - 1);
    digits[n - 1] = '\0';
    long long unit, v;
    switch (s[n - 1]) {
    case 's': unit = 1; break;
    case 'm': unit = 60; break;
    case 'h': unit = 3600; break;
    case 'd': unit = CFG_DAY; break;
    default: return -1;
    }
    if (parse_number(digits, 0, &v) || v > LLONG_MAX / unit) return -1;
    *out = v * unit;
    return 0;
}

static int valid_topic(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > 249 || !strcmp(s, ".") || !strcmp(s, "..")) return 0;
    for (; *s; s++)
        if (!isalnum((unsigned char)*s) && !strchr("._-", *s)) return 0;
    return 1;
}

static int valid_id(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > 200) return 0;
    for (; *s; s++)
        if (!isgraph((unsigned char)*s)) return 0;
    return 1;
}

/* metrics.listen: "" or "off" (0), or a numeric IPv4 `address:port` or
 * IPv6 `[address]:port` (1, with the socket address).  -1 when malformed.
 * Numeric only: the endpoint binds at start-up and must not wait for DNS. */
static int parse_listen(const char *s, struct sockaddr_storage *addr, socklen_t *addrlen)
{
    if (!*s || !strcmp(s, "off")) return 0;
    const char *colon = strrchr(s, ':');
    if (!colon || colon == s || strlen(s) > 64) return -1;
    char host[65];
    size_t hn = (size_t)(colon - s);
    if (s[0] == '[') {
        if (hn < 3 || s[hn - 1] != ']') return -1;
        memcpy(host, s + 1, hn - 2);
        host[hn - 2] = '\0';
    } else {
        memcpy(host, s, hn);
        host[hn] = '\0';
    }
    long long port;
    if (parse_number(colon + 1, 0, &port) || port > 65535) return -1;
    struct sockaddr_storage a;
    memset(&a, 0, sizeof a);
    struct sockaddr_in *v4 = (struct sockaddr_in *)&a;
    struct sockaddr_in6 *v6 = (struct sockaddr_in6 *)&a;
    if (s[0] != '[' && inet_pton(AF_INET, host, &v4->sin_addr) == 1) {
        v4->sin_family = AF_INET;
        v4->sin_port = htons((uint16_t)port);
        *addrlen = sizeof *v4;
    } else if (s[0] == '[' && inet_pton(AF_INET6, host, &v6->sin6_addr) == 1) {
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons((uint16_t)port);
        *addrlen = sizeof *v6;
    } else {
        return -1;
    }
    if (addr) *addr = a;
    return 1;
}

static int valid_prop_name(const char *s)
{
    if (!*s) return 0;
    for (; *s; s++)
        if (!islower((unsigned char)*s) && !isdigit((unsigned char)*s) && !strchr("._", *s))
            return 0;
    return 1;
}

static int valid_value(const keydef *k, const char *v, long long *num,
                       char *why, size_t whylen)
{
    if (!*v && !k->allow_empty) { errf(why, whylen, "empty value"); return 0; }
    switch (k->kind) {
    case K_STR:
        if (k == &keys[KEY_BROKERS] && strpbrk(v, " \t")) {
            errf(why, whylen, "spaces are not allowed in a broker list");
            return 0;
        }
        return 1;
    case K_TOPIC:
        if (valid_topic(v)) return 1;
        errf(why, whylen, "not a Kafka topic name (1-249 of [A-Za-z0-9._-])");
        return 0;
    case K_ID:
        if (valid_id(v)) return 1;
        errf(why, whylen, "must be 1-200 printable characters without spaces");
        return 0;
    case K_ASSIGNOR:
        if (!strcmp(v, "range") || !strcmp(v, "roundrobin") || !strcmp(v, "cooperative-sticky"))
            return 1;
        errf(why, whylen, "must be range, roundrobin or cooperative-sticky");
        return 0;
    case K_LISTEN: {
        socklen_t len;
        if (parse_listen(v, NULL, &len) >= 0) return 1;
        errf(why, whylen, "must be off, or ADDRESS:PORT with a numeric IPv4 address or "
             "[IPv6] address and a port 0-65535 (0 = any free port), e.g. 127.0.0.1:9464");
        return 0;
    }
    case K_INT:
    case K_SIZE:
        if (parse_number(v, k->kind == K_SIZE, num) || *num < k->min || *num > k->max) {
            errf(why, whylen, "must be %s between %lld and %lld",
                 k->kind == K_SIZE ? "a size (bytes, or with K/M/G)" : "an integer",
                 k->min, k->max);
            return 0;
        }
        return 1;
    case K_DURATION: {
        int rc = parse_duration(v, num);
        if (rc == 1 || (rc == 0 && *num >= k->min && *num <= k->max)) return 1;
        errf(why, whylen, "must be off, or a whole number followed by s, m, h or d "
             "(e.g. 24h, 30d) between %llds and %lldd", k->min, k->max / CFG_DAY);
        return 0;
    }
    }
    return 0;
}

/* ---- setting keys ----------------------------------------------------- */

static int set_prop(cfg *c, cfg_client which, const char *name, const char *value,
                    const char *origin, char *err, size_t errlen)
{
    const char *const *managed = which == CFG_CONSUMER ? managed_consumer : managed_producer;
    if (!valid_prop_name(name)) {
        errf(err, errlen, "%s: '%s' is not a librdkafka property name", origin, name);
        return -1;
    }
    for (size_t i = 0; managed[i]; i++)
        if (!strcmp(name, managed[i])) {
            errf(err, errlen, "%s: librdkafka property '%s' is managed by incidentd "
                 "and cannot be overridden (see incidentd.conf.example)", origin, name);
            return -1;
        }
    proplist *pl = &c->props[which];
    if (pl->n == CFG_MAX_PROPS) {
        errf(err, errlen, "%s: more than %d passthrough properties", origin, CFG_MAX_PROPS);
        return -1;
    }
    cfg_prop *p = &pl->items[pl->n];
    p->name = strdup(name);
    p->value = strdup(value);
    p->origin = strdup(origin);
    if (!p->name || !p->value || !p->origin) {
        free((char *)p->name); free((char *)p->value); free((char *)p->origin);
        errf(err, errlen, "%s: out of memory", origin);
        return -1;
    }
    pl->n++;
    return 0;
}

static int find_key(const char *key)
{
    for (int i = 0; i < KEY_COUNT; i++)
        if (!strcmp(keys[i].key, key)) return i;
    return -1;
}

int cfg_set(cfg *c, const char *key, const char *value, const char *origin,
            char *err, size_t errlen)
{
    static const char cons[] = "kafka.consumer.", prod[] = "kafka.producer.";
    if (!strncmp(key, cons, sizeof cons - 1))
        return set_prop(c, CFG_CONSUMER, key + sizeof cons - 1, value, origin, err, errlen);
    if (!strncmp(key, prod, sizeof prod - 1))
        return set_prop(c, CFG_PRODUCER, key + sizeof prod - 1, value, origin, err, errlen);
    int k = find_key(key);
    if (k < 0) {
        errf(err, errlen, "%s: unknown key '%s' (see incidentd.conf.example)", origin, key);
        return -1;
    }
    char why[160];
    long long num = 0;
    if (!valid_value(&keys[k], value, &num, why, sizeof why)) {
        errf(err, errlen, "%s: %s: %s", origin, key, why);
        return -1;
    }
    if (replace_str(&c->vals[k], value)) {
        errf(err, errlen, "%s: out of memory", origin);
        return -1;
    }
    c->num[k] = num;
    return 0;
}

/* ---- defaults ----------------------------------------------------------- */

static int cfg_defaults(cfg *c, char *err, size_t errlen)
{
    idd_limits lim;
    idd_limits_default(&lim);
    char host[128] = "localhost", id[200], msg[32], body[32];
    if (gethostname(host, sizeof host - 1) != 0) strcpy(host, "localhost");
    host[sizeof host - 1] = '\0';
    snprintf(id, sizeof id, "%s-%ld", host, (long)getpid());
    snprintf(msg, sizeof msg, "%zu", lim.max_message_bytes);
    snprintf(body, sizeof body, "%zu", lim.max_body_bytes);
    for (int k = 0; k < KEY_COUNT; k++) {
        const char *def = keys[k].def;
        if (k == KEY_WORKER_ID) def = id;
        else if (k == KEY_MAX_MSG) def = msg;
        else if (k == KEY_MAX_BODY) def = body;
        if (cfg_set(c, keys[k].key, def, "default", err, errlen)) return -1;
    }
    return 0;
}

/* ---- file parsing --------------------------------------------------------- */

static char *trim(char *s)
{
    while (isspace((unsigned char)*s)) s++;
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1])) s[--n] = '\0';
    return s;
}

static int parse_line(cfg *c, char *line, const char *path, int lineno,
                      char *err, size_t errlen)
{
    char origin[512];
    snprintf(origin, sizeof origin, "%s:%d", path, lineno);
    char *s = trim(line);
    if (!*s || *s == '#') return 0;
    char *eq = strchr(s, '=');
    if (!eq) {
        errf(err, errlen, "%s: expected 'key = value'", origin);
        return -1;
    }
    *eq = '\0';
    char *key = trim(s), *value = trim(eq + 1);
    int k = find_key(key);
    if (k >= 0 && c->set_line[k]) {
        errf(err, errlen, "%s: '%s' already set at line %d", origin, key, c->set_line[k]);
        return -1;
    }
    if (cfg_set(c, key, value, origin, err, errlen)) return -1;
    if (k >= 0) c->set_line[k] = lineno;
    return 0;
}

static int parse_file(cfg *c, const char *path, char *err, size_t errlen)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        errf(err, errlen, "%s: cannot open: %s", path, strerror(errno));
        return -1;
    }
    char line[CFG_MAX_LINE];
    int lineno = 0, rc = 0;
    while (rc == 0 && fgets(line, sizeof line, f)) {
        lineno++;
        size_t n = strlen(line);
        if (n == sizeof line - 1 && line[n - 1] != '\n' && !feof(f)) {
            errf(err, errlen, "%s:%d: line longer than %d bytes", path, lineno, CFG_MAX_LINE - 2);
            rc = -1;
        } else {
            rc = parse_line(c, line, path, lineno, err, errlen);
        }
    }
    if (rc == 0 && ferror(f)) {
        errf(err, errlen, "%s: read error: %s", path, strerror(errno));
        rc = -1;
    }
    fclose(f);
    return rc;
}

static int cross_checks(const cfg *c, const char *path, char *err, size_t errlen)
{
    if (c->num[KEY_MAX_BODY] > c->num[KEY_MAX_MSG]) {
        errf(err, errlen, "%s: limits.max_body_bytes (%lld) is larger than "
             "limits.max_message_bytes (%lld)", path ? path : "config",
             c->num[KEY_MAX_BODY], c->num[KEY_MAX_MSG]);
        return -1;
    }
    const char *in = c->vals[KEY_INPUT];
    if (!strcmp(in, c->vals[KEY_OUTPUT]) || !strcmp(in, c->vals[KEY_DLQ])) {
        errf(err, errlen, "%s: kafka.input_topic must differ from the output and "
             "dead-letter topics", path ? path : "config");
        return -1;
    }
    return 0;
}

cfg *cfg_load(const char *path, char *err, size_t errlen)
{
    cfg *c = calloc(1, sizeof *c);
    if (!c) { errf(err, errlen, "out of memory"); return NULL; }
    if (cfg_defaults(c, err, errlen) || (path && parse_file(c, path, err, errlen))
        || cross_checks(c, path, err, errlen)) {
        cfg_free(c);
        return NULL;
    }
    return c;
}

void cfg_free(cfg *c)
{
    if (!c) return;
    for (int k = 0; k < KEY_COUNT; k++) free(c->vals[k]);
    for (int w = 0; w < 2; w++)
        for (size_t i = 0; i < c->props[w].n; i++) {
            cfg_prop *p = &c->props[w].items[i];
            free((char *)p->name); free((char *)p->value); free((char *)p->origin);
        }
    free(c);
}

/* ---- accessors -------------------------------------------------------------- */

const char *cfg_kafka_brokers(const cfg *c)      { return c->vals[KEY_BROKERS]; }
const char *cfg_kafka_group(const cfg *c)        { return c->vals[KEY_GROUP]; }
const char *cfg_kafka_input_topic(const cfg *c)  { return c->vals[KEY_INPUT]; }
const char *cfg_kafka_output_topic(const cfg *c) { return c->vals[KEY_OUTPUT]; }
const char *cfg_kafka_dlq_topic(const cfg *c)    { return c->vals[KEY_DLQ]; }
const char *cfg_postgres_conninfo(const cfg *c)  { return c->vals[KEY_CONNINFO]; }
const char *cfg_worker_id(const cfg *c)          { return c->vals[KEY_WORKER_ID]; }
const char *cfg_data_dir(const cfg *c)           { return c->vals[KEY_DATA_DIR]; }

const char *cfg_kafka_assignor(const cfg *c)     { return c->vals[KEY_ASSIGNOR]; }
const char *cfg_metrics_listen(const cfg *c)     { return c->vals[KEY_METRICS]; }

int cfg_metrics_addr(const cfg *c, struct sockaddr_storage *addr, socklen_t *addrlen)
{
    return parse_listen(c->vals[KEY_METRICS], addr, addrlen) == 1;
}

size_t cfg_props_count(const cfg *c, cfg_client which) { return c->props[which].n; }

const cfg_prop *cfg_props_get(const cfg *c, cfg_client which, size_t i)
{
    return i < c->props[which].n ? &c->props[which].items[i] : NULL;
}

int cfg_worker_threads(const cfg *c)            { return (int)c->num[KEY_THREADS]; }
int cfg_worker_queue(const cfg *c)              { return (int)c->num[KEY_QUEUE]; }
int cfg_worker_batch_size(const cfg *c)         { return (int)c->num[KEY_BATCH]; }
int cfg_worker_batch_linger_ms(const cfg *c)    { return (int)c->num[KEY_LINGER]; }
int cfg_worker_shutdown_deadline_ms(const cfg *c) { return (int)c->num[KEY_DEADLINE]; }

long long cfg_outbox_retention_s(const cfg *c)        { return c->num[KEY_OUTBOX_RETENTION]; }
long long cfg_dead_letters_retention_s(const cfg *c)  { return c->num[KEY_DEAD_RETENTION]; }

size_t cfg_limits_max_message_bytes(const cfg *c) { return (size_t)c->num[KEY_MAX_MSG]; }
size_t cfg_limits_max_body_bytes(const cfg *c)    { return (size_t)c->num[KEY_MAX_BODY]; }
