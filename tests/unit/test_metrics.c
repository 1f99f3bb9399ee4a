/* The worker's metrics (worker/metrics.c): exact counts under concurrent
 * updates, the Prometheus text exposition, and the /healthz decision. */
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "metrics.h"

static char text[METRICS_TEXT_MAX];

static const char *format(const metrics *m)
{
    int n = metrics_format(m, text, sizeof text);
    assert_true(n > 0 && (size_t)n < sizeof text);
    assert_int_equal(strlen(text), (size_t)n);
    return text;
}

static void assert_line(const char *all, const char *line)
{
    char want[256];
    snprintf(want, sizeof want, "\n%s\n", line);
    if (!strstr(all, want)) fail_msg("missing line: %s", line);
}

static void test_counters_and_headers(void **state)
{
    (void)state;
    metrics *m = metrics_new();
    metrics_add(m, MC_CONSUMED, 7);
    metrics_add(m, MC_PG_REJECTED, 2);
    metrics_add(m, MC_PRUNED_DEAD_LETTERS, 3);
    metrics_set(m, MG_QUEUE_DEPTH, 42);
    metrics_dead_letter(m, "not_json");
    metrics_dead_letter(m, "not_json");
    metrics_dead_letter(m, "something new");
    const char *t = format(m);
    assert_true(!strncmp(t, "# HELP incidentd_messages_consumed_total ", 41));
    assert_line(t, "# TYPE incidentd_messages_consumed_total counter");
    assert_line(t, "incidentd_messages_consumed_total 7");
    assert_line(t, "incidentd_pg_commit_failures_total{reason=\"failed\"} 0");
    assert_line(t, "incidentd_pg_commit_failures_total{reason=\"rejected\"} 2");
    assert_line(t, "incidentd_pruned_rows_total{table=\"outbox\"} 0");
    assert_line(t, "incidentd_pruned_rows_total{table=\"dead_letters\"} 3");
    assert_line(t, "incidentd_dead_letters_total{class=\"not_json\"} 2");
    assert_line(t, "incidentd_dead_letters_total{class=\"other\"} 1");
    assert_line(t, "# TYPE incidentd_queue_depth gauge");
    assert_line(t, "incidentd_queue_depth 42");
    /* one HELP and one TYPE per family, even with several labelled series */
    const char *first = strstr(t, "# TYPE incidentd_pg_commit_failures_total");
    assert_non_null(first);
    assert_null(strstr(first + 1, "# TYPE incidentd_pg_commit_failures_total"));
    assert_int_equal(t[strlen(t) - 1], '\n');
    metrics_free(m);
}

static void test_histogram_is_cumulative(void **state)
{
    (void)state;
    metrics *m = metrics_new();
    metrics_observe_us(m, MH_EXTRACTION, 400);        /* <= 0.0005 */
    metrics_observe_us(m, MH_EXTRACTION, 500);        /* on the bound: still <= 0.0005 */
    metrics_observe_us(m, MH_EXTRACTION, 3000);       /* <= 0.005 */
    metrics_observe_us(m, MH_EXTRACTION, 5000000);    /* above every bound */
    metrics_observe_us(m, MH_EXTRACTION, -10);        /* a clock step back counts as 0 */
    const char *t = format(m);
    assert_line(t, "# TYPE incidentd_extraction_seconds histogram");
    assert_line(t, "incidentd_extraction_seconds_bucket{le=\"0.0005\"} 3");
    assert_line(t, "incidentd_extraction_seconds_bucket{le=\"0.002\"} 3");
    assert_line(t, "incidentd_extraction_seconds_bucket{le=\"0.005\"} 4");
    assert_line(t, "incidentd_extraction_seconds_bucket{le=\"1\"} 4");
    assert_line(t, "incidentd_extraction_seconds_bucket{le=\"+Inf\"} 5");
    assert_line(t, "incidentd_extraction_seconds_sum 5.003900");
    assert_line(t, "incidentd_extraction_seconds_count 5");
    assert_line(t, "incidentd_end_to_end_seconds_count 0");
    metrics_free(m);
}

static void test_hostile_timestamp_is_clamped(void **state)
{
    (void)state;
    metrics *m = metrics_new();
    metrics_observe_us(m, MH_END_TO_END, INT64_MAX);   /* a message stamped in 1970 and worse */
    metrics_observe_us(m, MH_END_TO_END, INT64_MAX);
    const char *t = format(m);
    assert_line(t, "incidentd_end_to_end_seconds_sum 5184000.000000");   /* 2 x 30 days */
    assert_line(t, "incidentd_end_to_end_seconds_bucket{le=\"+Inf\"} 2");
    metrics_free(m);
}

static void test_small_buffer_is_refused(void **state)
{
    (void)state;
    metrics *m = metrics_new();
    char small[64];
    assert_int_equal(metrics_format(m, small, sizeof small), -1);
    assert_int_equal(metrics_format(m, small, 0), -1);
    metrics_free(m);
}

#define THREADS 4
#define ADDS 100000

static void *add_many(void *arg)
{
    metrics *m = arg;
    for (int i = 0; i < ADDS; i++) {
        metrics_add(m, MC_CONSUMED, 1);
        metrics_observe_us(m, MH_EXTRACTION, 1000);
        metrics_dead_letter(m, "no_body");
    }
    return NULL;
}

static void test_concurrent_updates_are_exact(void **state)
{
    (void)state;
    metrics *m = metrics_new();
    pthread_t t[THREADS];
    for (int i = 0; i < THREADS; i++) assert_int_equal(pthread_create(&t[i], NULL, add_many, m), 0);
    for (int i = 0; i < THREADS; i++) pthread_join(t[i], NULL);
    const char *s = format(m);
    assert_line(s, "incidentd_messages_consumed_total 400000");
    assert_line(s, "incidentd_dead_letters_total{class=\"no_body\"} 400000");
    assert_line(s, "incidentd_extraction_seconds_count 400000");
    assert_line(s, "incidentd_extraction_seconds_sum 400.000000");
    metrics_free(m);
}

static void assert_health(const metrics *m, int64_t now, int ok, const char *reason)
{
    char why[128];
    assert_int_equal(metrics_healthy(m, now, why, sizeof why), ok);
    assert_string_equal(why, reason);
}

static void test_health_reasons_in_order(void **state)
{
    (void)state;
    metrics *m = metrics_new();
    assert_health(m, 1000, 0, "consumer not polling (no Kafka statistics for 5 s)");
    metrics_kafka_seen(m, 1000);
    assert_health(m, 2000, 0, "Kafka group coordinator not connected");
    metrics_flag_set(m, MF_KAFKA_GROUP_UP, 1);
    assert_health(m, 2000, 0, "joining the consumer group");
    metrics_flag_set(m, MF_JOINED, 1);
    assert_health(m, 2000, 1, "ok");
    assert_health(m, 1000 + METRICS_STALL_MS + 1, 0, "consumer not polling (no Kafka statistics for 5 s)");
    metrics_flag_set(m, MF_RELAY_CONNECTED, 0);
    assert_health(m, 2000, 0, "PostgreSQL not reachable");
    metrics_flag_set(m, MF_RELAY_CONNECTED, 1);
    metrics_flag_set(m, MF_STORE_READY, 0);
    assert_health(m, 2000, 0, "PostgreSQL not reachable");
    metrics_flag_set(m, MF_STOPPING, 1);
    assert_health(m, 2000, 0, "stopping");
    metrics_free(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_counters_and_headers),
        cmocka_unit_test(test_histogram_is_cumulative),
        cmocka_unit_test(test_hostile_timestamp_is_clamped),
        cmocka_unit_test(test_small_buffer_is_refused),
        cmocka_unit_test(test_concurrent_updates_are_exact),
        cmocka_unit_test(test_health_reasons_in_order),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
