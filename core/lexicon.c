/*
 * lexicon.c — loads the TSV files of data/lexicon and data/gazetteer into one
 * read-only idd_lexicon: the fold table (built from ICU's NFKC data plus the
 * Arabic orthographic folds), every entry, and one trie (trie.c) over all
 * folded patterns.
 *
 * Why one trie: a single walk from each word of the folded article finds
 * every place, actor, trigger, weapon, cue, number and date word starting
 * there at once, instead of one regex per entry.  Clitics and word
 * boundaries are checked around each hit in match.c, so the patterns stay
 * plain literals.
 *
 * Every file is validated as it loads; an error names the file and line.
 */
#include "lexicon.h"
#include "util.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>

/* ---- names of closed sets ------------------------------------------ */

static const char *const trigger_names[TR_COUNT_] = {
    "attack", "shelling", "air_strike", "drone_attack", "strike", "explosion",
    "suicide", "clash", "intercept", "arrest", "abduction", "impact", "fall", "killing", "none"};
static const char *const weapon_names[W_COUNT_ + 1] = {
    "rocket", "missile", "drone", "mortar", "artillery", "ied", "small_arms",
    "aircraft", "suicide", "unknown", "none"};
static const char *const cue_names[CUE_COUNT_] = {
    "negation", "future", "threat", "call", "denial", "opinion", "aggregate",
    "since", "until", "claim", "near", "direction", "killed", "injured",
    "nocasualty", "qualifier", "subjected", "against", "attempt", "noresult",
    "carried_out", "locality", "motive", "judicial", "toward", "background", "analysis", "was", "already", "toll",
    "reaching", "per_country", "reporter", "correspondent", "information", "reached", "on_behalf", "contrast", "among", "context",
    "within", "period", "during", "title"};
static const char *const noun_names[NOUN_COUNT_] = {
    "target", "unit:attacks", "unit:strikes", "times", "base_word", "facility_word", "loss", "person_one",
    "person_two", "person", "plane", "hit", "year", "capital", "other_places", "not_doer", "event_name"};
static const char *const place_kind_names[PK_COUNT_] = {
    "country", "admin1", "admin2", "admin3", "town", "base", "facility"};
static const char *const boiler_names[BP_COUNT_] = {"cut", "drop", "credit", "tweet"};
static const char *const actor_kind_names[] = {"armed", "state", "target"};

const char *trigger_class_name(trigger_class c) { return trigger_names[c]; }
const char *weapon_name(weapon w) { return weapon_names[w]; }

int place_kind_specificity(place_kind k)
{
    static const int spec[PK_COUNT_] = {0, 1, 2, 3, 4, 6, 5};
    return spec[k];
}

static int name_index(const char *const *names, int n, const char *s)
{
    for (int i = 0; i < n; i++)
        if (!strcmp(names[i], s)) return i;
    return -1;
}

/* ---- the fold table ------------------------------------------------ */

/* Arabic orthographic folding of one code point after NFKC: returns the
 * replacement, or 0 to delete it. */
static uint32_t fold_arabic(uint32_t c)
{
    if (c == 0x0622 || c == 0x0623 || c == 0x0625 || (c >= 0x0671 && c <= 0x0673)) return 0x0627;
    if (c == 0x0649 || c == 0x06CC || c == 0x06D2) return 0x064A;
    if (c == 0x0629 || c == 0x06C0 || c == 0x06C1) return 0x0647;
    if (c == 0x06A9) return 0x0643;
    if (c == 0x0640 || (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED))
        return 0;
    if (c >= 0x0660 && c <= 0x0669) return '0' + (c - 0x0660);
    if (c >= 0x06F0 && c <= 0x06F9) return '0' + (c - 0x06F0);
    switch (c) {
    case 0x066B: case 0x06D4: return '.';
    case 0x066C: case 0x060C: return ',';
    case 0x061B: return ';';
    case 0x061F: return '?';
    case 0x066A: return '%';
    case 0x201C: case 0x201D: case 0x201E: case 0x00AB: case 0x00BB: case 0x2033: return '"';
    case 0x2018: case 0x2019: case 0x201A: case 0x2032: return '\'';
    case 0x2212: return '-';
    case '_': return ' ';
    case '\n': case 0x2028: case 0x2029: case 0x0085: return '\n';
    case 0x200B: case 0x200C: case 0x200D: case 0x200E: case 0x200F: case 0x2060:
    case 0xFEFF: case 0x00AD: case 0x061C: return 0;
    }
    if (c >= 0x2010 && c <= 0x2015) return '-';
    if (c < 0x20 || c == 0x7F) return ' ';
    if (u_isUWhiteSpace((UChar32)c)) return ' ';
    if (c < 0x0600 || c > 0x06FF) return (uint32_t)u_tolower((UChar32)c);
    return c;
}

static void fold_entry_set(fold_entry *e, uint32_t cp)
{
    e->len = (uint8_t)utf8_encode(cp, e->s);
}

static idd_err build_fold_table(idd_lexicon *lx, char *msg, size_t msglen)
{
    UErrorCode st = U_ZERO_ERROR;
    const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&st);
    if (U_FAILURE(st)) return set_err(msg, msglen, IDD_EDATA, "ICU NFKC data unavailable: %s", u_errorName(st));
    lx->fold = calloc(0x10000, sizeof *lx->fold);
    if (!lx->fold) return IDD_ENOMEM;
    for (uint32_t cp = 0; cp < 0x10000; cp++) {
        fold_entry *e = &lx->fold[cp];
        if (cp >= 0xD800 && cp <= 0xDFFF) { fold_entry_set(e, 0xFFFD); continue; }
        UChar src[1] = {(UChar)cp}, dst[32];
        st = U_ZERO_ERROR;
        int32_t n = unorm2_normalize(nfkc, src, 1, dst, 32, &st);
        if (U_FAILURE(st)) n = 1, dst[0] = (UChar)cp;
        char out[64];
        size_t len = 0;
        for (int32_t i = 0; i < n; i++) {
            uint32_t c = dst[i];
            if (U16_IS_LEAD(dst[i]) && i + 1 < n) { c = (uint32_t)U16_GET_SUPPLEMENTARY(dst[i], dst[i + 1]); i++; }
            uint32_t f = fold_arabic(c);
            if (f) len += (size_t)utf8_encode(f, out + len);
            if (len > sizeof out - 4) break;
        }
        if (len > sizeof e->s) {             /* long ligatures (ﷺ) stay as they are */
            uint32_t f = fold_arabic(cp);
            len = f ? (size_t)utf8_encode(f, out) : 0;
        }
        memcpy(e->s, out, len);
        e->len = (uint8_t)len;
    }
    return IDD_OK;
}

/* Room for `extra` more bytes in out and, when mapping, in the map. */
static int fold_reserve(ubuf *out, uint32_t **map, size_t *map_cap, size_t extra)
{
    if (ubuf_reserve(out, extra)) return -1;
    if (!map || out->len + extra <= *map_cap) return 0;
    size_t nc = *map_cap ? *map_cap : 1024;
    while (nc < out->len + extra) nc *= 2;
    uint32_t *m = realloc(*map, nc * sizeof *m);
    if (!m) return -1;
    *map = m;
    *map_cap = nc;
    return 0;
}

/* The hot loop of the whole extractor: one table lookup per code point,
 * ASCII without decoding, white space collapsed as it goes.  The inner loop
 * works on locals and copies fixed sizes (the buffers keep room for it). */
int lex_fold(const idd_lexicon *lx, const char *s, size_t n, size_t base,
             ubuf *out, uint32_t **map, size_t *map_cap)
{
    const unsigned char *u = (const unsigned char *)s;
    char wide[7] = {0};                         /* beyond the BMP: the code point itself */
    size_t i = 0;
    while (i < n) {
        if (fold_reserve(out, map, map_cap, (n - i) * 2 + 32)) return -1;
        size_t room = map && *map_cap < out->cap ? *map_cap : out->cap;
        size_t stop = room - 1 - 16, len = out->len;    /* each step writes at most 15 bytes */
        char *o = out->p;
        uint32_t *m = map ? *map : NULL;
        const fold_entry *fold = lx->fold;
        while (i < n && len < stop) {
            uint32_t cp;
            int l;
            /* ASCII and two-byte sequences decoded here, in registers */
            if (u[i] < 0x80) { cp = u[i]; l = 1; }
            else if (u[i] >= 0xC2 && u[i] <= 0xDF && i + 1 < n && (u[i + 1] & 0xC0) == 0x80) {
                cp = ((u[i] & 0x1Fu) << 6) | (u[i + 1] & 0x3Fu);
                l = 2;
            } else {
                uint32_t c;
                l = utf8_decode(u + i, n - i, &c);
                cp = l ? c : '?';
                l = l ? l : 1;
            }
            const char *bytes;
            size_t blen;
            if (cp < 0x10000) { bytes = fold[cp].s; blen = fold[cp].len; }
            else { blen = (size_t)utf8_encode(cp, wide); bytes = wide; }
            if (blen == 1 && (bytes[0] == ' ' || bytes[0] == '\n')) {
                char last = len ? o[len - 1] : '\n';
                if (last == '\n' || (last == ' ' && bytes[0] == ' ')) { i += (size_t)l; continue; }
                if (last == ' ') { o[len - 1] = '\n'; i += (size_t)l; continue; }
            }
            if (m)
                for (size_t k = 0; k < 8; k++) m[len + k] = (uint32_t)(base + i);
            memcpy(o + len, bytes, 7);
            len += blen;
            i += (size_t)l;
        }
        out->len = len;
        o[len] = 0;
    }
    return 0;
}

char *lex_fold_str(const idd_lexicon *lx, const char *s)
{
    ubuf b = {0};
    if (lex_fold(lx, s, strlen(s), 0, &b, NULL, NULL) || ubuf_addc(&b, 0)) { ubuf_free(&b); return NULL; }
    /* trim the single leading/trailing space folding may leave */
    size_t start = 0, end = strlen(b.p);
    while (start < end && (b.p[start] == ' ' || b.p[start] == '\n')) start++;
    while (end > start && (b.p[end - 1] == ' ' || b.p[end - 1] == '\n')) end--;
    char *r = xstrndup(b.p + start, end - start);
    ubuf_free(&b);
    return r;
}

/* ---- TSV files ------------------------------------------------------ */

#define MAX_COLS 12

typedef struct {
    const char *path;
    int line;
    char *cols[MAX_COLS];
    int ncols;
} tsv_row;

typedef idd_err (*row_fn)(idd_lexicon *lx, tsv_row *row, void *arg, char *msg, size_t msglen);

static idd_err row_error(char *msg, size_t msglen, const tsv_row *r, const char *what)
{
    return set_err(msg, msglen, IDD_EDATA, "%s:%d: %s", r->path, r->line, what);
}

static int split_tabs(char *line, char **cols)
{
    int n = 0;
    for (char *p = line; n < MAX_COLS;) {
        cols[n++] = p;
        char *t = strchr(p, '\t');
        if (!t) break;
        *t = 0;
        p = t + 1;
    }
    return n;
}

static idd_err slurp(const char *path, char **out, size_t *len, char *msg, size_t msglen)
{
    FILE *f = fopen(path, "rb");
    if (!f) return set_err(msg, msglen, IDD_EIO, "%s: %s", path, strerror(errno));
    ubuf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        if (ubuf_add(&b, chunk, n) || b.len > (64u << 20)) { fclose(f); ubuf_free(&b); return set_err(msg, msglen, IDD_EDATA, "%s: too large", path); }
    fclose(f);
    if (!b.p && ubuf_add(&b, "", 0)) return IDD_ENOMEM;
    size_t bad;
    if (!utf8_valid(b.p, b.len, &bad)) { ubuf_free(&b); return set_err(msg, msglen, IDD_EDATA, "%s: invalid UTF-8 at byte %zu", path, bad); }
    *out = b.p;
    *len = b.len;
    return IDD_OK;
}

/* Reads a TSV file whose header must begin with the `want` columns; calls fn
 * for every data row.  `optional` files may be missing. */
static idd_err read_tsv(idd_lexicon *lx, const char *dir, const char *name,
                        const char *const *want, int nwant, int optional,
                        row_fn fn, void *arg, char *msg, size_t msglen)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    char *text;
    size_t len;
    idd_err e = slurp(path, &text, &len, msg, msglen);
    if (e == IDD_EIO && optional) return IDD_OK;
    if (e) return e;
    int header_seen = 0;
    tsv_row row = {.path = path};
    for (char *line = text, *next; line && *line && !e; line = next) {
        char *nl = strchr(line, '\n');
        next = nl ? nl + 1 : NULL;
        if (nl) *nl = 0;
        row.line++;
        size_t l = strlen(line);
        if (l && line[l - 1] == '\r') line[--l] = 0;
        if (!l || line[0] == '#') continue;
        row.ncols = split_tabs(line, row.cols);
        if (!header_seen) {
            header_seen = 1;
            for (int i = 0; i < nwant; i++)
                if (i >= row.ncols || strcmp(row.cols[i], want[i])) {
                    char w[128];
                    snprintf(w, sizeof w, "header must start with column '%s'", want[i]);
                    e = row_error(msg, msglen, &row, w);
                    break;
                }
            continue;
        }
        if (row.ncols < nwant) { e = row_error(msg, msglen, &row, "too few columns"); break; }
        e = fn(lx, &row, arg, msg, msglen);
    }
    free(text);
    if (!e && !header_seen) e = set_err(msg, msglen, IDD_EDATA, "%s: no header line", path);
    return e;
}

/* ---- pattern registry ---------------------------------------------- */

typedef struct {
    char *text;
    size_t len;
    lex_sense sense;
} raw_pattern;

typedef struct {
    raw_pattern *v;
    size_t n, cap;
} pattern_list;

static const char ARTICLE[] = "\xd8\xa7\xd9\x84";   /* ال folded */

/* Function words never take the article. */
static int function_word(const char *w, size_t n)
{
    static const char *const words[] = {"\xd9\x81\xd9\x8a", "\xd9\x85\xd9\x86", "\xd8\xb9\xd9\x84\xd9\x8a",
        "\xd8\xb9\xd9\x86", "\xd8\xa7\xd9\x84\xd9\x8a", "\xd9\x85\xd8\xb9", "\xd8\xb6\xd8\xaf",
        "\xd8\xa8\xd9\x8a\xd9\x86", "\xd9\x84\xd8\xaf\xd9\x8a", "\xd8\xad\xd9\x88\xd9\x84",
        "\xd8\xb9\xd9\x86\xd8\xaf", "\xd9\x82\xd8\xb1\xd8\xa8", "\xd9\x86\xd8\xad\xd9\x88",
        "\xd8\xba\xd9\x8a\xd8\xb1", "\xd8\xa8\xd8\xaf\xd9\x88\xd9\x86", "\xd8\xaf\xd9\x88\xd9\x86"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strlen(words[i]) == n && !memcmp(w, words[i], n)) return 1;
    return 0;
}

/* The same phrase with the article on every word, or on none: Arabic
 * adjectives agree in definiteness, so "طائرات حربية" is also written
 * "الطائرات الحربية" and "القوات الأمريكية" also "قوات أمريكية".  Returns a
 * new string, or NULL when the phrase is one word or no variant differs. */
static char *definiteness_variant(const char *f)
{
    if (!strchr(f, ' ')) return NULL;
    int definite = !strncmp(f, ARTICLE, 4);
    ubuf b = {0};
    const char *w = f;
    while (*w) {
        const char *sp = strchr(w, ' ');
        size_t n = sp ? (size_t)(sp - w) : strlen(w);
        int has = n > 4 && !memcmp(w, ARTICLE, 4);
        if (definite && has) ubuf_add(&b, w + 4, n - 4);
        else if (!definite && !has && n >= 6 && !function_word(w, n) && (unsigned char)w[0] >= 0xd8) {
            ubuf_add(&b, ARTICLE, 4);
            ubuf_add(&b, w, n);
        } else ubuf_add(&b, w, n);
        if (sp) ubuf_addc(&b, ' ');
        w += n + (sp ? 1 : 0);
    }
    if (!b.p || !strcmp(b.p, f)) { ubuf_free(&b); return NULL; }
    return b.p;
}

static idd_err add_folded(pattern_list *pl, const tsv_row *r, char *f, idd_cat cat, int item,
                          char *msg, size_t msglen);

/* Adds every '|'-separated pattern of `field` for (cat, item), each with
 * its definiteness variant. */
static idd_err add_patterns(idd_lexicon *lx, pattern_list *pl, const tsv_row *r, const char *field,
                            idd_cat cat, int item, char *msg, size_t msglen)
{
    char *copy = strdup(field), *save = NULL;
    if (!copy) return IDD_ENOMEM;
    idd_err e = IDD_OK;
    for (char *p = strtok_r(copy, "|", &save); p && !e; p = strtok_r(NULL, "|", &save)) {
        char *f = lex_fold_str(lx, p);
        if (!f) { e = IDD_ENOMEM; break; }
        char *v = cat == CAT_NUMBER || cat == CAT_DATE ? NULL : definiteness_variant(f);
        e = add_folded(pl, r, f, cat, item, msg, msglen);
        if (!e && v) e = add_folded(pl, r, v, cat, item, msg, msglen);
        else free(v);
    }
    free(copy);
    return e;
}

/* Adds one folded pattern (taking ownership of f).  A leading ال is
 * matched by the clitic rules (ال، لل، بال...), so the literal starts after
 * it and the sense remembers it was there. */
static idd_err add_folded(pattern_list *pl, const tsv_row *r, char *f, idd_cat cat, int item,
                          char *msg, size_t msglen)
{
    lex_sense s = {.cat = cat, .item = item};
    size_t len = strlen(f);
    if (len && f[len - 1] == '*') { s.open_end = 1; f[--len] = 0; }
    char *sp = strchr(f, ' ');
    size_t first_word = sp ? (size_t)(sp - f) : len;
    if (first_word >= 8 && !memcmp(f, ARTICLE, 4)) {
        memmove(f, f + 4, len - 4 + 1);
        len -= 4;
        s.needs_article = 1;
    }
    if (len < 2) { free(f); return row_error(msg, msglen, r, "pattern too short after folding"); }
    if (pl->n == pl->cap) {
        size_t nc = pl->cap ? pl->cap * 2 : 4096;
        raw_pattern *v = realloc(pl->v, nc * sizeof *v);
        if (!v) { free(f); return IDD_ENOMEM; }
        pl->v = v;
        pl->cap = nc;
    }
    pl->v[pl->n++] = (raw_pattern){f, len, s};
    return IDD_OK;
}

static int raw_cmp(const void *a, const void *b)
{
    const raw_pattern *x = a, *y = b;
    size_t m = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->text, y->text, m);
    if (c) return c;
    if (x->len != y->len) return x->len < y->len ? -1 : 1;
    if (x->sense.cat != y->sense.cat) return (int)x->sense.cat - (int)y->sense.cat;
    return x->sense.item - y->sense.item;
}

/* Literals are sorted as raw_cmp sorts them: bytes, then length. */
int lex_find_literal(const idd_lexicon *lx, const char *s, size_t n)
{
    int lo = 0, hi = lx->nlits - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        const lex_literal *L = &lx->lits[mid];
        size_t m = L->len < n ? L->len : n;
        int c = memcmp(L->text, s, m);
        if (!c && L->len != n) c = L->len < n ? -1 : 1;
        if (!c) return mid;
        if (c < 0) lo = mid + 1;
        else hi = mid - 1;
    }
    return -1;
}

/* Groups equal literals and builds their trie. */
static idd_err compile_patterns(idd_lexicon *lx, pattern_list *pl, char *msg, size_t msglen)
{
    qsort(pl->v, pl->n, sizeof *pl->v, raw_cmp);
    lx->senses = calloc(pl->n ? pl->n : 1, sizeof *lx->senses);
    lx->lits = calloc(pl->n ? pl->n : 1, sizeof *lx->lits);
    if (!lx->senses || !lx->lits) return IDD_ENOMEM;
    for (size_t i = 0; i < pl->n; i++) {
        raw_pattern *p = &pl->v[i];
        lex_literal *last = lx->nlits ? &lx->lits[lx->nlits - 1] : NULL;
        if (!last || last->len != p->len || memcmp(last->text, p->text, p->len)) {
            lx->lits[lx->nlits++] = (lex_literal){p->text, p->len, lx->nsenses, 0};
            p->text = NULL;
            last = &lx->lits[lx->nlits - 1];
        }
        lex_sense *prev = last->nsenses ? &lx->senses[lx->nsenses - 1] : NULL;
        if (prev && prev->cat == p->sense.cat && prev->item == p->sense.item &&
            prev->needs_article == p->sense.needs_article && prev->open_end == p->sense.open_end)
            continue;                               /* exact duplicate */
        lx->senses[lx->nsenses++] = p->sense;
        last->nsenses++;
    }
    idd_err e = trie_build(&lx->trie, lx->lits, lx->nlits);
    return e == IDD_EDATA ? set_err(msg, msglen, e, "too many pattern bytes for the trie") : e;
}

/* ---- loaders for each file ----------------------------------------- */

typedef struct { pattern_list *pl; idd_cat cat; const char *const *names; int nnames; } keyed_arg;

/* Files of the shape `key<TAB>patterns` where key names a closed-set value. */
static idd_err keyed_row(idd_lexicon *lx, tsv_row *r, void *argp, char *msg, size_t msglen)
{
    keyed_arg *a = argp;
    int item = name_index(a->names, a->nnames, r->cols[0]);
    if (item < 0) return row_error(msg, msglen, r, "unknown key in first column");
    return add_patterns(lx, a->pl, r, r->cols[1], a->cat, item, msg, msglen);
}

static idd_err number_row(idd_lexicon *lx, tsv_row *r, void *argp, char *msg, size_t msglen)
{
    char *end;
    long v = strtol(r->cols[0], &end, 10);
    int vague = *end == '~';
    if (vague) end++;
    if (*end || v < 0 || v > 1000000) return row_error(msg, msglen, r, "value must be an integer 0..1000000, '~' for vague");
    return add_patterns(lx, argp, r, r->cols[1], CAT_NUMBER, (int)v | (vague ? NUMBER_VAGUE : 0), msg, msglen);
}

/* Date keys are kind:value; the item packs both (kind * 1000 + value + 500). */
static idd_err date_row(idd_lexicon *lx, tsv_row *r, void *argp, char *msg, size_t msglen)
{
    static const char *const kinds[] = {"month", "hmonth", "weekday", "rel", "period",
                                        "marker", "published", "emonth"};      /* date_kind order */
    static const char *const periods[] = {"this_week", "last_week", "this_month", "last_month", "last_year",
                                          "this_year"};
    char key[64];
    snprintf(key, sizeof key, "%s", r->cols[0]);
    char *colon = strchr(key, ':');
    const char *val = colon ? colon + 1 : "";
    if (colon) *colon = 0;
    int kind = -1, value = 0;
    if (!strcmp(key, "marker")) kind = !strcmp(val, "past") ? DK_PAST : -1;
    else if (!strcmp(key, "period")) { kind = DK_PERIOD; value = name_index(periods, 6, val); if (value < 0) kind = -1; }
    else if (!strcmp(key, "published")) kind = DK_PUBLISHED;
    else if (!strcmp(key, "same")) kind = DK_SAME;
    else if (!strcmp(key, "day")) {
        char *end;
        value = (int)strtol(val, &end, 10);
        kind = *end || !*val || value < 1 || value > 31 ? -1 : DK_DAY;
    } else {
        kind = name_index(kinds, 8, key);
        char *end;
        value = (int)strtol(val, &end, 10);
        if (*end || !*val || value < -400 || value > 400) kind = -1;
    }
    if (kind < 0) return row_error(msg, msglen, r, "unknown date key");
    return add_patterns(lx, argp, r, r->cols[1], CAT_DATE, kind * 1000 + value + 500, msg, msglen);
}

static void *grow(void *v, int n, size_t size)
{
    if (n & (n - 1)) return v;                         /* grow at powers of two */
    return realloc(v, (size_t)(n ? n * 2 : 16) * size);
}

static int valid_country_code(const char *s)
{
    return strlen(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z';
}

static idd_err actor_row(idd_lexicon *lx, tsv_row *r, void *argp, char *msg, size_t msglen)
{
    int kind = name_index(actor_kind_names, 3, r->cols[2]);
    if (kind < 0) return row_error(msg, msglen, r, "actor kind must be armed, state or target");
    int local = !strcmp(r->cols[3], "*");          /* the forces of wherever it happens */
    if (local && kind != AK_STATE) return row_error(msg, msglen, r, "country '*' is for state forces only");
    if (r->cols[3][0] && !local && !valid_country_code(r->cols[3])) return row_error(msg, msglen, r, "bad country code");
    for (int i = 0; i < lx->nactors; i++)
        if (!strcmp(lx->actors[i].id, r->cols[0])) return row_error(msg, msglen, r, "duplicate actor id");
    lex_actor *v = grow(lx->actors, lx->nactors, sizeof *v);
    if (!v) return IDD_ENOMEM;
    lx->actors = v;
    lex_actor *a = &lx->actors[lx->nactors];
    *a = (lex_actor){strdup(r->cols[0]), strdup(r->cols[1]), (actor_kind)kind, ""};
    snprintf(a->country, sizeof a->country, "%s", r->cols[3]);
    if (!a->id || !a->name_en) return IDD_ENOMEM;
    lx->nactors++;
    return add_patterns(lx, argp, r, r->cols[4], CAT_ACTOR, lx->nactors - 1, msg, msglen);
}

static int actor_index(const idd_lexicon *lx, const char *id)
{
    for (int i = 0; i < lx->nactors; i++)
        if (!strcmp(lx->actors[i].id, id)) return i;
    return -1;
}

/* actor<TAB>country<TAB>means: in that country (or "*": any other) the
 * actor is coded as `means`. */
static idd_err by_country_row(idd_lexicon *lx, tsv_row *r, void *argp, char *msg, size_t msglen)
{
    (void)argp;
    int actor = actor_index(lx, r->cols[0]), means = actor_index(lx, r->cols[2]);
    if (actor < 0 || means < 0) return row_error(msg, msglen, r, "actor and means must be ids of actors.tsv");
    if (strcmp(r->cols[1], "*") && !valid_country_code(r->cols[1])) return row_error(msg, msglen, r, "bad country code");
    lex_actor_by_country *v = grow(lx->by_country, lx->nby_country, sizeof *v);
    if (!v) return IDD_ENOMEM;
    lx->by_country = v;
    lex_actor_by_country *b = &lx->by_country[lx->nby_country++];
    b->actor = actor;
    b->means = means;
    snprintf(b->country, sizeof b->country, "%s", r->cols[1]);
    return IDD_OK;
}

static idd_err source_row(idd_lexicon *lx, tsv_row *r, void *argp, char *msg, size_t msglen)
{
    lex_source *v = grow(lx->sources, lx->nsources, sizeof *v);
    if (!v) return IDD_ENOMEM;
    lx->sources = v;
    if (!(lx->sources[lx->nsources].name_en = strdup(r->cols[0]))) return IDD_ENOMEM;
    lx->nsources++;
    return add_patterns(lx, argp, r, r->cols[1], CAT_SOURCE, lx->nsources - 1, msg, msglen);
}

static idd_err boiler_row(idd_lexicon *lx, tsv_row *r, void *argp, char *msg, size_t msglen)
{
    int kind = name_index(boiler_names, BP_COUNT_, r->cols[0]);
    if (kind < 0) return row_error(msg, msglen, r, "unknown boilerplate kind");
    char *copy = strdup(r->cols[1]), *save = NULL;
    if (!copy) return IDD_ENOMEM;
    for (char *p = strtok_r(copy, "|", &save); p; p = strtok_r(NULL, "|", &save)) {
        lex_boiler *v = grow(lx->boiler, lx->nboiler, sizeof *v);
        if (!v) { free(copy); return IDD_ENOMEM; }
        lx->boiler = v;
        char *f = lex_fold_str(lx, p);
        if (!f) { free(copy); return IDD_ENOMEM; }
        lx->boiler[lx->nboiler++] = (lex_boiler){(bp_kind)kind, f, strlen(f)};
    }
    free(copy);
    return IDD_OK;
}

/* dual<TAB>singular: every '|'-separated dual form names two of what the
 * singular names one of. */
static idd_err pair_row(idd_lexicon *lx, tsv_row *r, void *argp, char *msg, size_t msglen)
{
    (void)argp;
    if (!r->cols[0][0] || !r->cols[1][0]) return row_error(msg, msglen, r, "dual and singular are required");
    char *copy = strdup(r->cols[0]), *save = NULL;
    if (!copy) return IDD_ENOMEM;
    idd_err e = IDD_OK;
    for (char *p = strtok_r(copy, "|", &save); p && !e; p = strtok_r(NULL, "|", &save)) {
        lex_pair_word *v = grow(lx->pair_words, lx->npair_words, sizeof *v);
        if (!v) { e = IDD_ENOMEM; break; }
        lx->pair_words = v;
        char *dual = lex_fold_str(lx, p), *single = lex_fold_str(lx, r->cols[1]);
        if (!dual || !single) { free(dual); free(single); e = IDD_ENOMEM; break; }
        lx->pair_words[lx->npair_words++] = (lex_pair_word){dual, single, strlen(dual), strlen(single)};
        if (strchr(dual, ' ') || strchr(single, ' ')) e = row_error(msg, msglen, r, "dual and singular are one word each");
    }
    free(copy);
    return e;
}

static idd_err place_row(idd_lexicon *lx, tsv_row *r, void *argp, char *msg, size_t msglen)
{
    /* id kind country admin1 name_en lat lon rank names_ar [names_en] */
    int kind = name_index(place_kind_names, PK_COUNT_, r->cols[1]);
    if (kind < 0) return row_error(msg, msglen, r, "unknown place kind");
    if (!valid_country_code(r->cols[2])) return row_error(msg, msglen, r, "bad country code");
    char *e1, *e2, *e3;
    double lat = strtod(r->cols[5], &e1), lon = strtod(r->cols[6], &e2);
    long rank = strtol(r->cols[7], &e3, 10);
    if (!r->cols[5][0] || !r->cols[6][0] || *e1 || *e2 || !isfinite(lat) || !isfinite(lon) ||
        lat < -90 || lat > 90 || lon < -180 || lon > 180)
        return row_error(msg, msglen, r, "missing or invalid coordinates");
    if (*e3 || !r->cols[7][0]) return row_error(msg, msglen, r, "rank must be an integer");
    if (!r->cols[8][0]) return row_error(msg, msglen, r, "no Arabic name");
    if (!r->cols[0][0] || !r->cols[4][0]) return row_error(msg, msglen, r, "id and English name are required");
    lex_place *v = grow(lx->places, lx->nplaces, sizeof *v);
    if (!v) return IDD_ENOMEM;
    lx->places = v;
    lex_place *p = &lx->places[lx->nplaces];
    int target = -1;
    if (r->ncols > 10 && r->cols[10][0]) {
        for (int i = 0; i < lx->nactors && target < 0; i++)
            if (!strcmp(lx->actors[i].id, r->cols[10])) target = i;
        if (target < 0) return row_error(msg, msglen, r, "target_actor is not an actor id of actors.tsv");
    }
    *p = (lex_place){strdup(r->cols[0]), strdup(r->cols[2]), r->cols[3][0] ? strdup(r->cols[3]) : NULL,
                     strdup(r->cols[4]), (place_kind)kind, lat, lon, (int)rank, target};
    if (!p->id || !p->country || !p->name_en || (r->cols[3][0] && !p->admin1)) return IDD_ENOMEM;
    lx->nplaces++;
    return add_patterns(lx, argp, r, r->cols[8], CAT_PLACE, lx->nplaces - 1, msg, msglen);
}

static idd_err demonym_row(idd_lexicon *lx, tsv_row *r, void *argp, char *msg, size_t msglen)
{
    if (!valid_country_code(r->cols[0])) return row_error(msg, msglen, r, "bad country code");
    char (*v)[3] = grow(lx->demonyms, lx->ndemonyms, sizeof *v);
    if (!v) return IDD_ENOMEM;
    lx->demonyms = v;
    memcpy(lx->demonyms[lx->ndemonyms++], r->cols[0], 3);
    return add_patterns(lx, argp, r, r->cols[1], CAT_DEMONYM, lx->ndemonyms - 1, msg, msglen);
}

static int place_id_cmp(const void *a, const void *b)
{
    return strcmp((*(lex_place *const *)a)->id, (*(lex_place *const *)b)->id);
}

/* Whole-gazetteer checks: unique ids, every country code known. */
static idd_err validate_gazetteer(idd_lexicon *lx, char *msg, size_t msglen)
{
    lex_place **byid = malloc((size_t)(lx->nplaces ? lx->nplaces : 1) * sizeof *byid);
    if (!byid) return IDD_ENOMEM;
    for (int i = 0; i < lx->nplaces; i++) byid[i] = &lx->places[i];
    qsort(byid, (size_t)lx->nplaces, sizeof *byid, place_id_cmp);
    idd_err e = IDD_OK;
    for (int i = 1; i < lx->nplaces && !e; i++)
        if (!strcmp(byid[i]->id, byid[i - 1]->id))
            e = set_err(msg, msglen, IDD_EDATA, "gazetteer: duplicate place id '%s'", byid[i]->id);
    free(byid);
    for (int i = 0; i < lx->nplaces && !e; i++) {
        int known = 0;
        for (int j = 0; j < lx->nplaces && !known; j++)
            known = lx->places[j].kind == PK_COUNTRY && !strcmp(lx->places[j].country, lx->places[i].country);
        if (!known)
            e = set_err(msg, msglen, IDD_EDATA, "gazetteer: place '%s' has country '%s' with no country row",
                        lx->places[i].id, lx->places[i].country);
    }
    return e;
}

static idd_err load_all(idd_lexicon *lx, const char *datadir, pattern_list *pl, char *msg, size_t msglen)
{
    char lexdir[4096], gazdir[4096];
    snprintf(lexdir, sizeof lexdir, "%s/lexicon", datadir);
    snprintf(gazdir, sizeof gazdir, "%s/gazetteer", datadir);
    static const char *const h_trig[] = {"class", "patterns"}, *const h_weap[] = {"weapon", "patterns"},
        *const h_cue[] = {"cue", "patterns"}, *const h_noun[] = {"kind", "patterns"},
        *const h_num[] = {"value", "patterns"}, *const h_date[] = {"kind", "patterns"},
        *const h_src[] = {"name_en", "patterns"},
        *const h_act[] = {"id", "name_en", "kind", "country", "patterns"},
        *const h_place[] = {"id", "kind", "country", "admin1", "name_en", "lat", "lon", "rank", "names_ar"},
        *const h_dem[] = {"country", "adjectives_ar"}, *const h_bp[] = {"kind", "patterns"},
        *const h_pair[] = {"dual", "singular"}, *const h_abc[] = {"actor", "country", "means"};
    keyed_arg trig = {pl, CAT_TRIGGER, trigger_names, TR_COUNT_};
    keyed_arg weap = {pl, CAT_WEAPON, weapon_names, W_COUNT_ + 1};
    keyed_arg cue = {pl, CAT_CUE, cue_names, CUE_COUNT_};
    keyed_arg noun = {pl, CAT_NOUN, noun_names, NOUN_COUNT_};
    idd_err e;
    if ((e = read_tsv(lx, lexdir, "triggers.tsv", h_trig, 2, 0, keyed_row, &trig, msg, msglen)) ||
        (e = read_tsv(lx, lexdir, "weapons.tsv", h_weap, 2, 0, keyed_row, &weap, msg, msglen)) ||
        (e = read_tsv(lx, lexdir, "cues.tsv", h_cue, 2, 0, keyed_row, &cue, msg, msglen)) ||
        (e = read_tsv(lx, lexdir, "nouns.tsv", h_noun, 2, 0, keyed_row, &noun, msg, msglen)) ||
        (e = read_tsv(lx, lexdir, "numbers.tsv", h_num, 2, 0, number_row, pl, msg, msglen)) ||
        (e = read_tsv(lx, lexdir, "dates.tsv", h_date, 2, 0, date_row, pl, msg, msglen)) ||
        (e = read_tsv(lx, lexdir, "sources.tsv", h_src, 2, 0, source_row, pl, msg, msglen)) ||
        (e = read_tsv(lx, lexdir, "actors.tsv", h_act, 5, 0, actor_row, pl, msg, msglen)) ||
        (e = read_tsv(lx, lexdir, "actors_by_country.tsv", h_abc, 3, 0, by_country_row, NULL, msg, msglen)) ||
        (e = read_tsv(lx, lexdir, "boilerplate.tsv", h_bp, 2, 0, boiler_row, NULL, msg, msglen)) ||
        (e = read_tsv(lx, lexdir, "site_pairs.tsv", h_pair, 2, 0, pair_row, NULL, msg, msglen)) ||
        (e = read_tsv(lx, gazdir, "countries.tsv", h_place, 9, 0, place_row, pl, msg, msglen)) ||
        (e = read_tsv(lx, gazdir, "places.tsv", h_place, 9, 0, place_row, pl, msg, msglen)) ||
        (e = read_tsv(lx, gazdir, "sites.tsv", h_place, 9, 0, place_row, pl, msg, msglen)) ||
        (e = read_tsv(lx, gazdir, "demonyms.tsv", h_dem, 2, 0, demonym_row, pl, msg, msglen)))
        return e;
    return validate_gazetteer(lx, msg, msglen);
}

idd_err idd_lexicon_load(const char *datadir, idd_lexicon **out, char *msg, size_t msglen)
{
    if (!datadir || !out) return set_err(msg, msglen, IDD_EINVAL, "no data directory");
    *out = NULL;
    idd_lexicon *lx = calloc(1, sizeof *lx);
    if (!lx) return IDD_ENOMEM;
    pattern_list pl = {0};
    idd_err e = build_fold_table(lx, msg, msglen);
    if (!e) e = load_all(lx, datadir, &pl, msg, msglen);
    if (!e) e = compile_patterns(lx, &pl, msg, msglen);
    for (size_t i = 0; i < pl.n; i++) free(pl.v[i].text);
    free(pl.v);
    if (e) { idd_lexicon_free(lx); return e; }
    *out = lx;
    return IDD_OK;
}

void idd_lexicon_free(idd_lexicon *lx)
{
    if (!lx) return;
    for (int i = 0; i < lx->nplaces; i++) {
        lex_place *p = &lx->places[i];
        free(p->id); free(p->country); free(p->admin1); free(p->name_en);
    }
    for (int i = 0; i < lx->nactors; i++) { free(lx->actors[i].id); free(lx->actors[i].name_en); }
    for (int i = 0; i < lx->nsources; i++) free(lx->sources[i].name_en);
    for (int i = 0; i < lx->nboiler; i++) free(lx->boiler[i].folded);
    for (int i = 0; i < lx->npair_words; i++) { free(lx->pair_words[i].dual); free(lx->pair_words[i].single); }
    for (int i = 0; i < lx->nlits; i++) free(lx->lits[i].text);
    free(lx->places); free(lx->actors); free(lx->sources); free(lx->demonyms);
    free(lx->boiler); free(lx->pair_words); free(lx->by_country); free(lx->senses); free(lx->lits); free(lx->fold);
    trie_free(&lx->trie);
    free(lx);
}
