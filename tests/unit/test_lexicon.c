/* The loaded data: every site is found from each of its Arabic spellings,
 * bare and with clitics, and broken data files are refused with the file
 * and line named. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "doc.h"

static idd_lexicon *lx;

static int setup(void **state)
{
    (void)state;
    char msg[512];
    if (idd_lexicon_load(IDD_DATA_DIR, &lx, msg, sizeof msg) != IDD_OK) {
        fprintf(stderr, "load: %s\n", msg);
        return -1;
    }
    return 0;
}

static int teardown(void **state) { (void)state; idd_lexicon_free(lx); return 0; }

/* 1 when `text` yields a place match naming place index p. */
static int finds_place(const char *text, int p)
{
    doc d = {0};
    char *owned;
    int found = 0;
    if (doc_build(&d, lx, text, NULL, NULL, &owned) == IDD_OK && doc_analyse(&d) == IDD_OK)
        for (int i = 0; i < d.nm; i++) found |= d.m[i].cat == CAT_PLACE && d.m[i].item == p;
    doc_free(&d);
    free(owned);
    return found;
}

static void test_every_site_spelling_resolves(void **state)
{
    (void)state;
    FILE *f = fopen(IDD_DATA_DIR "/gazetteer/sites.tsv", "r");
    assert_non_null(f);
    char line[8192];
    int sites = 0, spellings = 0;
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#' || !strncmp(line, "id\t", 3)) continue;
        char *cols[10], *save = NULL;
        int n = 0;
        for (char *c = strtok_r(line, "\t\n", &save); c && n < 10; c = strtok_r(NULL, "\t\n", &save)) cols[n++] = c;
        if (n < 9) continue;
        int p = -1;
        for (int i = 0; i < lx->nplaces && p < 0; i++) if (!strcmp(lx->places[i].id, cols[0])) p = i;
        assert_true(p >= 0);
        sites++;
        char *save2 = NULL;
        for (char *name = strtok_r(cols[8], "|", &save2); name; name = strtok_r(NULL, "|", &save2)) {
            const char *forms[] = {"%s", "وفي %s", "و%s", "ب%s"};
            for (size_t k = 0; k < sizeof forms / sizeof *forms; k++) {
                char text[1024];
                snprintf(text, sizeof text, forms[k], name);
                if (!finds_place(text, p)) fail_msg("site %s not found in '%s'", cols[0], text);
            }
            spellings++;
        }
    }
    fclose(f);
    assert_true(sites >= 40);
    assert_true(spellings >= sites * 2);
}

static void test_clitic_forms_match_lexicon(void **state)
{
    (void)state;
    const struct { const char *text; idd_cat cat; } cases[] = {
        {"وبحسب", CAT_CUE}, {"للقوات الأمريكية", CAT_ACTOR}, {"بالصواريخ", CAT_WEAPON},
        {"والهجوم", CAT_TRIGGER}, {"بطائرات مسيّرة", CAT_WEAPON}, {"للمليشيات الموالية لإيران", CAT_ACTOR},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        doc d = {0};
        char *owned;
        assert_int_equal(doc_build(&d, lx, cases[i].text, NULL, NULL, &owned), IDD_OK);
        assert_int_equal(doc_analyse(&d), IDD_OK);
        int found = 0;
        for (int k = 0; k < d.nm; k++) found |= d.m[k].cat == cases[i].cat;
        if (!found) fail_msg("no match of the expected kind in '%s'", cases[i].text);
        doc_free(&d);
        free(owned);
    }
    /* a literal inside a longer word is not a match: "صاروخ" in nothing, "قصف" in "القصفات"? */
    doc d = {0};
    char *owned;
    assert_int_equal(doc_build(&d, lx, "كتاباتهم", NULL, NULL, &owned), IDD_OK);
    assert_int_equal(doc_analyse(&d), IDD_OK);
    for (int k = 0; k < d.nm; k++) assert_int_not_equal(d.m[k].cat, CAT_DATE);   /* "اب" is inside a word */
    doc_free(&d);
    free(owned);
}

/* Copies the data dir and replaces one file (path under it) with `content`. */
static void broken_copy(const char *dir, const char *file, const char *content)
{
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "rm -rf %s && cp -r %s %s", dir, IDD_DATA_DIR, dir);
    assert_int_equal(system(cmd), 0);
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, file);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(content, f);
    fclose(f);
}

static void expect_refused_in(const char *file, const char *content, const char *needle)
{
    char dir[] = "/tmp/idd-test-data-XXXXXX";
    assert_non_null(mkdtemp(dir));
    broken_copy(dir, file, content);
    idd_lexicon *bad = NULL;
    char msg[512] = "";
    assert_int_equal(idd_lexicon_load(dir, &bad, msg, sizeof msg), IDD_EDATA);
    assert_null(bad);
    if (!strstr(msg, needle)) fail_msg("message '%s' lacks '%s'", msg, needle);
    char cmd[256];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    assert_int_equal(system(cmd), 0);
}

static void expect_refused(const char *content, const char *needle)
{
    expect_refused_in("gazetteer/sites.tsv", content, needle);
}

static void test_invalid_data_is_refused(void **state)
{
    (void)state;
    const char *h = "id\tkind\tcountry\tadmin1\tname_en\tlat\tlon\trank\tnames_ar\tnames_en\n";
    char buf[1024];
    snprintf(buf, sizeof buf, "%s# comment\nsite.x\tbase\tIQ\tAl-Anbar\tX\t\t42\t5\tقاعدة إكس\t\n", h);
    expect_refused(buf, "sites.tsv:3: missing or invalid coordinates");
    snprintf(buf, sizeof buf, "%ssite.x\tbase\tXX1\tAl-Anbar\tX\t33\t42\t5\tإكس\t\n", h);
    expect_refused(buf, "sites.tsv:2: bad country code");
    snprintf(buf, sizeof buf, "%ssite.x\tbase\tIQ\tA\tX\t33\t42\t5\tإكس\t\nsite.x\tbase\tIQ\tA\tY\t33\t42\t5\tواي\t\n", h);
    expect_refused(buf, "duplicate place id 'site.x'");
    snprintf(buf, sizeof buf, "%ssite.x\tcastle\tIQ\tA\tX\t33\t42\t5\tإكس\t\n", h);
    expect_refused(buf, "sites.tsv:2: unknown place kind");
    snprintf(buf, sizeof buf, "%ssite.x\tbase\tZZ\tA\tX\t33\t42\t5\tإكس\t\n", h);
    expect_refused(buf, "country 'ZZ' with no country row");
    expect_refused_in("lexicon/site_pairs.tsv", "dual\tsingular\nمطاري\tمطار دولي\n",
                      "site_pairs.tsv:2: dual and singular are one word each");
    expect_refused_in("lexicon/site_pairs.tsv", "singular\tdual\n", "header must start with column 'dual'");
    expect_refused_in("lexicon/actors_by_country.tsv", "actor\tcountry\tmeans\nislamic-resistance\tLB\tno-such-actor\n",
                      "actors_by_country.tsv:2: actor and means must be ids of actors.tsv");
    expect_refused_in("lexicon/actors_by_country.tsv", "actor\tcountry\tmeans\nislamic-resistance\tLBN\thezbollah\n",
                      "actors_by_country.tsv:2: bad country code");
}

/* The place matches of a folded text, as "id" strings in text order. */
static int place_ids(const char *text, const char **ids, int max)
{
    doc d = {0};
    char *owned;
    assert_int_equal(doc_build(&d, lx, text, NULL, NULL, &owned), IDD_OK);
    assert_int_equal(doc_analyse(&d), IDD_OK);
    int n = 0;
    for (int k = 0; k < d.nm && n < max; k++)
        if (d.m[k].cat == CAT_PLACE) ids[n++] = lx->places[d.m[k].item].id;
    doc_free(&d);
    free(owned);
    return n;
}

static void test_dual_word_names_two_sites(void **state)
{
    (void)state;
    const char *ids[8];
    int n = place_ids("قصفت طائرات مطاري دمشق وحلب الدوليين", ids, 8);
    assert_int_equal(n, 2);
    assert_string_equal(ids[0], "site.damascus-airport");
    assert_string_equal(ids[1], "site.aleppo-airport");
    n = place_ids("غارات على قاعدتي \"T4\" وتدمر الجويتين", ids, 8);
    assert_int_equal(n, 2);
    assert_string_equal(ids[0], "site.t4");
    assert_string_equal(ids[1], "site.palmyra-airbase");
    /* the second name is no airport: it stays the town */
    n = place_ids("زار الوزير مطاري الموصل والرمادي", ids, 8);
    assert_int_equal(n, 2);
    assert_string_equal(ids[0], "site.mosul-airport");
    assert_string_equal(ids[1], "iq.town.ramadi");
}

static void test_find_literal(void **state)
{
    (void)state;
    char *f = lex_fold_str(lx, "مطار دمشق");
    assert_non_null(f);
    int lit = lex_find_literal(lx, f, strlen(f));
    assert_true(lit >= 0);
    assert_memory_equal(lx->lits[lit].text, f, strlen(f));
    assert_int_equal(lex_find_literal(lx, f, strlen(f) - 1), -1);     /* a prefix is no literal */
    free(f);
    assert_int_equal(lex_find_literal(lx, "zzzz", 4), -1);
}

/* Every literal's bytes lead the trie to the node where it, and only it,
 * ends; one more byte than any literal has leads nowhere. */
static void test_trie_holds_every_literal(void **state)
{
    (void)state;
    const lex_trie *t = &lx->trie;
    for (int i = 0; i < lx->nlits; i++) {
        const unsigned char *p = (const unsigned char *)lx->lits[i].text;
        uint32_t node = trie_first2(t, p);
        for (size_t k = 2; k < lx->lits[i].len && node; k++) {
            if (t->cells[node].lit >= 0)   /* a literal on the way is a prefix of this one */
                assert_memory_equal(lx->lits[t->cells[node].lit].text, p, k);
            node = trie_next(t, node, p[k]);
        }
        if (!node || t->cells[node].lit != i) fail_msg("literal %d ('%s') not in the trie", i, lx->lits[i].text);
        assert_int_equal(trie_next(t, node, 0), 0);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_site_spelling_resolves),
        cmocka_unit_test(test_clitic_forms_match_lexicon),
        cmocka_unit_test(test_invalid_data_is_refused),
        cmocka_unit_test(test_dual_word_names_two_sites),
        cmocka_unit_test(test_find_literal),
        cmocka_unit_test(test_trie_holds_every_literal),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
