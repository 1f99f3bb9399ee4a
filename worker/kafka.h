/*
 * kafka.h — builds the worker's librdkafka clients from the configuration:
 * the settings the delivery protocol depends on (manual offsets, eager
 * assignor by default, idempotent producer), the `kafka.consumer.*` /
 * `kafka.producer.*` passthrough, and log/error callbacks into log.h.
 *
 * Ownership: the returned handles belong to the caller (rd_kafka_destroy).
 * Passthrough values are never logged (they may hold credentials).
 */
#ifndef IDD_KAFKA_H
#define IDD_KAFKA_H

#include <stddef.h>
#include <librdkafka/rdkafka.h>

#include "config.h"

typedef void (*kc_rebalance_cb)(rd_kafka_t *rk, rd_kafka_resp_err_t err,
                                rd_kafka_topic_partition_list_t *parts, void *opaque);
typedef int (*kc_stats_cb)(rd_kafka_t *rk, char *json, size_t len, void *opaque);
typedef void (*kc_delivery_cb)(rd_kafka_t *rk, const rd_kafka_message_t *m, void *opaque);

/* A consumer in kafka.group, subscribed to kafka.input_topic.  `opaque` is
 * handed to the rebalance and statistics callbacks; statistics come every
 * KC_STATS_INTERVAL_MS from rd_kafka_consumer_poll().  NULL + err on failure. */
#define KC_STATS_INTERVAL_MS 1000
rd_kafka_t *kc_consumer_new(const cfg *c, kc_rebalance_cb rebalance, kc_stats_cb stats,
                            void *opaque, char *err, size_t errlen);

/* 1 when librdkafka's statistics JSON says the consumer group's coordinator
 * is connected (cgrp.state "up"), else 0. */
int kc_stats_group_up(const char *json, size_t len);

/* An idempotent producer whose delivery reports go to `dr`. */
rd_kafka_t *kc_producer_new(const cfg *c, kc_delivery_cb dr, void *opaque,
                            char *err, size_t errlen);

#endif
