/* The configuration loader (config/config.c): the retention keys, whose
 * durations are hostile input — what they accept, what they refuse, and
 * that a refusal names file:line and the key. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "config.h"

#define DAY (24LL * 3600)

static cfg *defaults(void)
{
    char err[512];
    cfg *c = cfg_load(NULL, err, sizeof err);
    if (!c) fail_msg("defaults: %s", err);
    return c;
}

/* cfg_set of one value: 0 and the seconds in *secs, or -1 and err. */
static int set_retention(const char *key, const char *value, long long *secs, char *err, size_t errlen)
{
    cfg *c = defaults();
    int rc = cfg_set(c, key, value, "test", err, errlen);
    if (rc == 0)
        *secs = !strcmp(key, "outbox.retention") ? cfg_outbox_retention_s(c) : cfg_dead_letters_retention_s(c);
    cfg_free(c);
    return rc;
}

static void test_defaults(void **state)
{
    (void)state;
    cfg *c = defaults();
    assert_int_equal(cfg_outbox_retention_s(c), DAY);
    assert_int_equal(cfg_dead_letters_retention_s(c), 30 * DAY);
    cfg_free(c);
}

static void test_accepted(void **state)
{
    (void)state;
    static const struct { const char *value; long long secs; } ok[] = {
        {"1s", 1}, {"90s", 90}, {"15m", 900}, {"24h", DAY}, {"30d", 30 * DAY},
        {"007h", 7 * 3600}, {"3650d", 3650 * DAY}, {"315360000s", 3650 * DAY}, {"off", 0},
    };
    static const char *const keys[] = {"outbox.retention", "dead_letters.retention"};
    for (size_t k = 0; k < 2; k++)
        for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) {
            char err[512];
            long long secs = -1;
            if (set_retention(keys[k], ok[i].value, &secs, err, sizeof err))
                fail_msg("%s = %s refused: %s", keys[k], ok[i].value, err);
            assert_int_equal(secs, ok[i].secs);
        }
}

static void test_refused(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "", "0", "0s", "0d", "24", "24H", "1w", "h", "-1h", "+1h", " 1h", "1h ", "1.5h", "1 h",
        "24hx", "offf", "OFF", "3651d", "315360001s", "99999999999999999d",
        "9223372036854775807s", "99999999999999999999s", "0x10s",
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        char err[512];
        long long secs;
        if (!set_retention("dead_letters.retention", bad[i], &secs, err, sizeof err))
            fail_msg("dead_letters.retention = '%s' accepted as %lld s", bad[i], secs);
        if (!strstr(err, "test: dead_letters.retention: "))
            fail_msg("the error for '%s' does not name the origin and key: %s", bad[i], err);
    }
}

/* A config file with `line` as its third line: NULL + err, or the cfg. */
static cfg *load_with(const char *line, char *err, size_t errlen)
{
    char path[] = "/tmp/idd_test_config_XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    assert_non_null(f);
    fprintf(f, "# retention\nkafka.group = g\n%s\n", line);
    fclose(f);
    cfg *c = cfg_load(path, err, errlen);
    if (!c) {       /* the message names the file: keep only what follows it */
        const char *at = strstr(err, path);
        if (at) memmove(err, at + strlen(path), strlen(at + strlen(path)) + 1);
    }
    unlink(path);
    return c;
}

static void test_file_errors_name_the_line(void **state)
{
    (void)state;
    char err[512];
    cfg *c = load_with("outbox.retention = 12h", err, sizeof err);
    assert_non_null(c);
    assert_int_equal(cfg_outbox_retention_s(c), 12 * 3600);
    assert_int_equal(cfg_dead_letters_retention_s(c), 30 * DAY);
    cfg_free(c);

    assert_null(load_with("outbox.retention = 0", err, sizeof err));
    assert_string_equal(err, ":3: outbox.retention: must be off, or a whole number followed by "
                        "s, m, h or d (e.g. 24h, 30d) between 1s and 3650d");
    assert_null(load_with("dead_letters.retention = forever", err, sizeof err));
    assert_true(!strncmp(err, ":3: dead_letters.retention: must be off", 39));
    assert_null(load_with("outbox.retention =", err, sizeof err));
    assert_string_equal(err, ":3: outbox.retention: empty value");
    assert_null(load_with("dead_letter.retention = 1d", err, sizeof err));
    assert_true(strstr(err, ":3: unknown key 'dead_letter.retention'") == err);
}

static void test_set_twice_is_an_error(void **state)
{
    (void)state;
    char err[512];
    assert_null(load_with("outbox.retention = off\noutbox.retention = 1h", err, sizeof err));
    assert_string_equal(err, ":4: 'outbox.retention' already set at line 3");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_defaults),
        cmocka_unit_test(test_accepted),
        cmocka_unit_test(test_refused),
        cmocka_unit_test(test_file_errors_name_the_line),
        cmocka_unit_test(test_set_twice_is_an_error),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
