/* libFuzzer target: any bytes as an input message (and, when they are not
 * a valid message, as a plain-text article) through the whole extraction. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

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

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    idd_limits lim;
    idd_limits_default(&lim);
    lim.max_body_bytes = 1 << 20;
    lim.max_message_bytes = 2 << 20;
    idd_article *a = NULL;
    char msg[256];
    if (idd_article_parse((const char *)data, size, &lim, &a, msg, sizeof msg) != IDD_OK &&
        idd_article_from_text((const char *)data, size, &lim, &a, msg, sizeof msg) != IDD_OK)
        return 0;
    json_t *res = NULL;
    if (idd_extract(x, a, &res, msg, sizeof msg) == IDD_OK) {
        char *s = json_dumps(res, JSON_COMPACT);
        if (!s) abort();
        free(s);
        json_decref(res);
    }
    idd_article_free(a);
    return 0;
}
