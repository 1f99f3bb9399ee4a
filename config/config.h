/*
 * config.h — the worker's configuration: one `key = value` file, loaded once
 * at start-up into an immutable cfg handle.
 *
 * Every option is documented once, in config/incidentd.conf.example; this
 * loader knows the same keys, their defaults and their valid ranges.  Unknown
 * keys, bad values and duplicates are errors that name file:line, so a typo
 * never silently falls back to a default.
 *
 * Ownership: cfg_load() returns a cfg the caller frees with cfg_free(); every
 * string returned by an accessor belongs to the cfg and lives as long as it.
 * Secrets (postgres.conninfo, passthrough values) are never logged by this
 * module and must not be logged by callers.
 */
#ifndef IDD_CONFIG_H
#define IDD_CONFIG_H

#include <stddef.h>
#include <sys/socket.h>

typedef struct cfg cfg;

/* One `kafka.consumer.*` or `kafka.producer.*` line, passed to librdkafka. */
typedef struct {
    const char *name;    /* librdkafka property, e.g. "session.timeout.ms" */
    const char *value;
    const char *origin;  /* "file:line", for error messages */
} cfg_prop;

typedef enum { CFG_CONSUMER, CFG_PRODUCER } cfg_client;

/* Loads `path` (NULL = defaults only).  On error returns NULL and writes a
 * one-line message naming file:line into err. */
cfg *cfg_load(const char *path, char *err, size_t errlen);

/* Sets one key as if it were a line of the file (used by command-line
 * overrides such as --conninfo).  Returns 0, or -1 with a message. */
int cfg_set(cfg *c, const char *key, const char *value, const char *origin,
            char *err, size_t errlen);

void cfg_free(cfg *c);

const char *cfg_kafka_brokers(const cfg *c);
const char *cfg_kafka_group(const cfg *c);
const char *cfg_kafka_input_topic(const cfg *c);
const char *cfg_kafka_output_topic(const cfg *c);
const char *cfg_kafka_dlq_topic(const cfg *c);
const char *cfg_kafka_assignor(const cfg *c);  /* librdkafka partition.assignment.strategy */

/* Passthrough properties of one client, in file order. */
size_t          cfg_props_count(const cfg *c, cfg_client which);
const cfg_prop *cfg_props_get(const cfg *c, cfg_client which, size_t i);

const char *cfg_postgres_conninfo(const cfg *c);  /* secret: never log it */

int    cfg_worker_threads(const cfg *c);
int    cfg_worker_queue(const cfg *c);
int    cfg_worker_batch_size(const cfg *c);
int    cfg_worker_batch_linger_ms(const cfg *c);
int    cfg_worker_shutdown_deadline_ms(const cfg *c);
const char *cfg_worker_id(const cfg *c);

/* How long published outbox rows (outbox.retention) and dead letters
 * (dead_letters.retention) are kept, in seconds; 0 = off (kept forever). */
long long cfg_outbox_retention_s(const cfg *c);
long long cfg_dead_letters_retention_s(const cfg *c);

size_t cfg_limits_max_message_bytes(const cfg *c);
size_t cfg_limits_max_body_bytes(const cfg *c);

const char *cfg_data_dir(const cfg *c);

/* metrics.listen as written, and whether the endpoint is on: 1 with the
 * address to bind, 0 when it is off. */
const char *cfg_metrics_listen(const cfg *c);
int cfg_metrics_addr(const cfg *c, struct sockaddr_storage *addr, socklen_t *addrlen);

#endif
