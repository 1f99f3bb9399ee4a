/* Hostile input messages: each gives its own error code and never crashes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "idd.h"

static idd_err parse(const char *s, size_t n, idd_article **a)
{
    char msg[256];
    idd_limits lim;
    idd_limits_default(&lim);
    lim.max_body_bytes = 1 << 20;
    lim.max_message_bytes = 2 << 20;
    return idd_article_parse(s, n, &lim, a, msg, sizeof msg);
}

static void expect(const char *s, idd_err want)
{
    idd_article *a = NULL;
    assert_int_equal(parse(s, strlen(s), &a), want);
    if (want == IDD_OK) assert_non_null(a); else assert_null(a);
    idd_article_free(a);
}

static void test_catalogue(void **state)
{
    (void)state;
    expect("{\"id\":\"a\",\"body\":\"نص\"}", IDD_OK);
    expect("not json", IDD_EJSON);
    expect("[1,2,3]", IDD_EJSON);
    expect("\"body\"", IDD_EJSON);
    expect("{\"body\":\"x\"", IDD_EJSON);
    expect("{\"id\":\"a\"}", IDD_EEMPTY);
    expect("{\"body\":\"   \\n \"}", IDD_EEMPTY);
    expect("{\"body\":null,\"html\":null}", IDD_EEMPTY);
    expect("{\"body\":42}", IDD_ETYPE);
    expect("{\"body\":\"x\",\"title\":[\"t\"]}", IDD_ETYPE);
    expect("{\"body\":\"x\",\"id\":{\"a\":1}}", IDD_ETYPE);
    expect("{\"body\":\"x\",\"published_at\":true}", IDD_ETYPE);
    expect("{\"body\":\"a\\u0000b\"}", IDD_EJSON);                 /* jansson refuses NUL escapes */
    expect("{\"body\":\"x\",\"body\":\"y\"}", IDD_EJSON);          /* duplicate keys */
    expect("{\"body\":\"x\",\"a\":[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]}", IDD_EJSON);
    expect("{\"body\":\"\xff\xfe\"}", IDD_EUTF8);
    expect("{\"body\":\"\xc3\"}", IDD_EUTF8);
    expect("{\"body\":\"\xed\xa0\x80\"}", IDD_EUTF8);                /* surrogate */
    expect("{\"id\":7,\"body\":\"x\"}", IDD_OK);
}

static void test_nul_byte_and_size(void **state)
{
    (void)state;
    idd_article *a = NULL;
    const char with_nul[] = "{\"body\":\"a\0b\"}";
    assert_int_equal(parse(with_nul, sizeof with_nul - 1, &a), IDD_EUTF8);
    size_t n = 3u << 20;
    char *big = malloc(n + 32);
    memcpy(big, "{\"body\":\"", 9);
    memset(big + 9, 'x', n);
    memcpy(big + 9 + n, "\"}", 3);
    assert_int_equal(parse(big, strlen(big), &a), IDD_ETOOBIG);
    /* under the message limit but over the body limit */
    n = (1u << 20) + 10;
    memset(big + 9, 'y', n);
    memcpy(big + 9 + n, "\"}", 3);
    assert_int_equal(parse(big, strlen(big), &a), IDD_ETOOBIG);
    free(big);
    assert_string_equal(idd_errclass(IDD_ETOOBIG), "too_big");
}

static void test_default_id_and_hash(void **state)
{
    (void)state;
    idd_article *a = NULL, *b = NULL, *c = NULL;
    const char *m1 = "{\"url\":\"https://x.example/1\",\"body\":\"one\"}";
    const char *m2 = "{\"url\":\"https://x.example/1\",\"body\":\"two\"}";
    assert_int_equal(parse(m1, strlen(m1), &a), IDD_OK);
    assert_int_equal(parse(m2, strlen(m2), &b), IDD_OK);
    assert_string_equal(idd_article_id(a), idd_article_id(b));          /* id from the url */
    assert_string_not_equal(idd_article_content_hash(a), idd_article_content_hash(b));
    assert_int_equal(idd_article_from_text("نص المقال", strlen("نص المقال"), NULL, &c, NULL, 0), IDD_OK);
    assert_true(strncmp(idd_article_id(c), "b-", 2) == 0);
    idd_article_free(a); idd_article_free(b); idd_article_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_catalogue),
        cmocka_unit_test(test_nul_byte_and_size),
        cmocka_unit_test(test_default_id_and_hash),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
