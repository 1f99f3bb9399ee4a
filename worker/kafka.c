/*
 * kafka.c — librdkafka configuration for the consumer and the producer
 * (see kafka.h).  The managed properties are set first and the passthrough
 * after; config.c already refused passthrough of the managed ones.
 */
#include "kafka.h"

#include <stdio.h>
#include <string.h>
#include <jansson.h>

#include "log.h"

static void on_log(const rd_kafka_t *rk, int level, const char *fac, const char *buf)
{
    log_level l = level <= 3 ? LOG_ERROR : level <= 4 ? LOG_WARN : level <= 6 ? LOG_INFO : LOG_DEBUG;
    if (l != LOG_DEBUG) log_msg(l, "kafka", "%s: %s: %s", rd_kafka_name(rk), fac, buf);
}

static void on_error(rd_kafka_t *rk, int err, const char *reason, void *opaque)
{
    log_msg(err == RD_KAFKA_RESP_ERR__FATAL ? LOG_ERROR : LOG_WARN, "kafka", "%s: %s: %s",
            rd_kafka_name(rk), rd_kafka_err2name((rd_kafka_resp_err_t)err), reason);
}

static int set(rd_kafka_conf_t *conf, const char *name, const char *value, const char *origin,
               char *err, size_t errlen)
{
    char why[512];
    if (rd_kafka_conf_set(conf, name, value, why, sizeof why) == RD_KAFKA_CONF_OK) return 0;
    snprintf(err, errlen, "%s: librdkafka property '%s': %s", origin, name, why);
    return -1;
}

/* The common settings, then the passthrough of `which`. */
static rd_kafka_conf_t *base_conf(const cfg *c, cfg_client which, const char *const *managed,
                                  void *opaque, char *err, size_t errlen)
{
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    char client_id[256];
    snprintf(client_id, sizeof client_id, "incidentd-%s", cfg_worker_id(c));
    int bad = set(conf, "bootstrap.servers", cfg_kafka_brokers(c), "kafka.brokers", err, errlen)
           || set(conf, "client.id", client_id, "worker.id", err, errlen);
    for (size_t i = 0; !bad && managed[i]; i += 2)
        bad = set(conf, managed[i], managed[i + 1], "incidentd", err, errlen);
    for (size_t i = 0; !bad && i < cfg_props_count(c, which); i++) {
        const cfg_prop *p = cfg_props_get(c, which, i);
        bad = set(conf, p->name, p->value, p->origin, err, errlen);
    }
    if (bad) {
        rd_kafka_conf_destroy(conf);
        return NULL;
    }
    rd_kafka_conf_set_log_cb(conf, on_log);
    rd_kafka_conf_set_error_cb(conf, on_error);
    rd_kafka_conf_set_opaque(conf, opaque);
    return conf;
}

static rd_kafka_t *create(rd_kafka_type_t type, rd_kafka_conf_t *conf, char *err, size_t errlen)
{
    char why[512];
    rd_kafka_t *rk = rd_kafka_new(type, conf, why, sizeof why);
    if (!rk) {
        rd_kafka_conf_destroy(conf);
        snprintf(err, errlen, "creating the Kafka %s: %s",
                 type == RD_KAFKA_CONSUMER ? "consumer" : "producer", why);
    }
    return rk;
}

rd_kafka_t *kc_consumer_new(const cfg *c, kc_rebalance_cb rebalance, kc_stats_cb stats,
                            void *opaque, char *err, size_t errlen)
{
    char stats_ms[16];
    snprintf(stats_ms, sizeof stats_ms, "%d", KC_STATS_INTERVAL_MS);
    const char *const managed[] = {
        "group.id", cfg_kafka_group(c),
        "enable.auto.commit", "false",          /* offsets live in PostgreSQL */
        "enable.auto.offset.store", "false",
        "enable.partition.eof", "false",
        "auto.offset.reset", "earliest",        /* overridable: not part of the protocol */
        "fetch.wait.max.ms", "100",             /* overridable: a resumed partition waits for
                                                   the fetch in flight (backpressure) */
        "partition.assignment.strategy", cfg_kafka_assignor(c),
        "statistics.interval.ms", stats_ms,     /* health: group state, loop alive */
        NULL};
    rd_kafka_conf_t *conf = base_conf(c, CFG_CONSUMER, managed, opaque, err, errlen);
    if (!conf) return NULL;
    rd_kafka_conf_set_rebalance_cb(conf, rebalance);
    rd_kafka_conf_set_stats_cb(conf, stats);
    rd_kafka_t *rk = create(RD_KAFKA_CONSUMER, conf, err, errlen);
    if (!rk) return NULL;
    rd_kafka_poll_set_consumer(rk);
    rd_kafka_topic_partition_list_t *topics = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(topics, cfg_kafka_input_topic(c), RD_KAFKA_PARTITION_UA);
    rd_kafka_resp_err_t e = rd_kafka_subscribe(rk, topics);
    rd_kafka_topic_partition_list_destroy(topics);
    if (e) {
        snprintf(err, errlen, "subscribing to %s: %s", cfg_kafka_input_topic(c), rd_kafka_err2str(e));
        rd_kafka_destroy(rk);
        return NULL;
    }
    return rk;
}

rd_kafka_t *kc_producer_new(const cfg *c, kc_delivery_cb dr, void *opaque,
                            char *err, size_t errlen)
{
    const char *const managed[] = {
        "enable.idempotence", "true",           /* acks=all, ordered, no duplicates on retry */
        "linger.ms", "5",
        NULL};
    rd_kafka_conf_t *conf = base_conf(c, CFG_PRODUCER, managed, opaque, err, errlen);
    if (!conf) return NULL;
    rd_kafka_conf_set_dr_msg_cb(conf, dr);
    return create(RD_KAFKA_PRODUCER, conf, err, errlen);
}

int kc_stats_group_up(const char *json, size_t len)
{
    json_t *root = json_loadb(json, len, 0, NULL);
    const char *state = json_string_value(json_object_get(json_object_get(root, "cgrp"), "state"));
    int up = state && !strcmp(state, "up");
    json_decref(root);
    return up;
}
