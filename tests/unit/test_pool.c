/* The thread pool runs every job once, bounds the jobs in flight and hands
 * each back exactly once. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "idd_pool.h"

typedef struct { int value, runs; } job;

static void run(void *ctx, void *p) { (void)ctx; ((job *)p)->runs++; ((job *)p)->value *= 2; }

static void test_all_jobs_come_back_once(void **state)
{
    (void)state;
    idd_pool *p;
    assert_int_equal(idd_pool_new(3, 8, NULL, NULL, run, NULL, &p), IDD_OK);
    job jobs[100];
    int returned = 0, submitted = 0;
    while (returned < 100) {
        while (submitted < 100) {
            jobs[submitted] = (job){submitted, 0};
            if (idd_pool_submit(p, &jobs[submitted]) != IDD_OK) break;
            submitted++;
        }
        assert_true(idd_pool_in_flight(p) <= 8);
        job *j = idd_pool_next_done(p, -1);
        if (j) returned++;
    }
    for (int i = 0; i < 100; i++) { assert_int_equal(jobs[i].runs, 1); assert_int_equal(jobs[i].value, 2 * i); }
    assert_null(idd_pool_next_done(p, 0));
    idd_pool_free(p);
}

static void test_busy_when_full(void **state)
{
    (void)state;
    idd_pool *p;
    assert_int_equal(idd_pool_new(1, 2, NULL, NULL, run, NULL, &p), IDD_OK);
    job a = {1, 0}, b = {2, 0}, c = {3, 0};
    assert_int_equal(idd_pool_submit(p, &a), IDD_OK);
    assert_int_equal(idd_pool_submit(p, &b), IDD_OK);
    assert_int_equal(idd_pool_submit(p, &c), IDD_EBUSY);
    assert_non_null(idd_pool_next_done(p, -1));
    assert_int_equal(idd_pool_submit(p, &c), IDD_OK);
    assert_non_null(idd_pool_next_done(p, -1));
    assert_non_null(idd_pool_next_done(p, -1));
    idd_pool_free(p);
    assert_int_equal(idd_pool_new(0, 2, NULL, NULL, run, NULL, &p), IDD_EINVAL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_all_jobs_come_back_once),
        cmocka_unit_test(test_busy_when_full),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
