/*
 * sitepairs.c — two sites named by one dual word: "مطاري دمشق وحلب" is
 * "مطار دمشق" and "مطار حلب"; "قاعدتي T4 وتدمر الجويتين" is "قاعدة T4"
 * and "قاعدة تدمر".
 *
 * A site's names in the gazetteer are literals of the form "<kind word>
 * <name>", and neither site of such a pair matches one: the dual word
 * ("مطاري") is not the kind word, and the second name has no kind word at
 * all, so the towns Damascus and Aleppo (or nothing, for T4) are found
 * instead.  After the layers are resolved, the name after each pair word of
 * data/lexicon/site_pairs.tsv, and the name after its "و", are looked up as
 * "<singular> <name>" among the literals (longest name first, up to three
 * words).  A site found becomes a place match over those words (the first
 * one's also over the dual word), replacing the places found inside them.
 */
#include "doc.h"

#include <string.h>

#define MAX_NAME_WORDS 3
#define MAX_PAIRED 32          /* new matches per article: pairs are rare */
#define KEY_MAX 256

/* Whether the two bytes at p are a one-letter clitic: و ف ب ل ك. */
static int is_clitic(const char *p)
{
    static const char letters[][2] = {{'\xd9', '\x88'}, {'\xd9', '\x81'}, {'\xd8', '\xa8'},
                                      {'\xd9', '\x84'}, {'\xd9', '\x83'}};
    for (size_t i = 0; i < sizeof letters / sizeof *letters; i++)
        if (!memcmp(p, letters[i], 2)) return 1;
    return 0;
}

/* The pair word token t is, after at most two clitics ("ومطاري",
 * "بقاعدتي"), or NULL. */
static const lex_pair_word *pair_word_at(const doc *d, int t)
{
    const char *w = d->text.p + d->toks[t].start;
    size_t n = d->toks[t].end - d->toks[t].start;
    for (size_t skip = 0; skip <= 4 && skip < n; skip += 2) {
        if (skip && !is_clitic(w + skip - 2)) break;
        for (int i = 0; i < d->lx->npair_words; i++) {
            const lex_pair_word *p = &d->lx->pair_words[i];
            /* the second byte first: it tells Arabic letters apart, and
             * spares most calls of memcmp */
            if (p->dual_len == n - skip && w[skip + 1] == p->dual[1] && !memcmp(w + skip, p->dual, p->dual_len))
                return p;
        }
    }
    return NULL;
}

/* The site the folded literal key[0..len) names, or -1. */
static int site_named(const doc *d, const char *key, size_t len)
{
    int lit = lex_find_literal(d->lx, key, len);
    if (lit < 0) return -1;
    const lex_literal *L = &d->lx->lits[lit];
    for (int k = 0; k < L->nsenses; k++) {
        const lex_sense *s = &d->lx->senses[L->first_sense + k];
        if (s->cat != CAT_PLACE || s->needs_article) continue;
        place_kind kind = d->lx->places[s->item].kind;
        if (kind == PK_BASE || kind == PK_FACILITY) return s->item;
    }
    return -1;
}

/* The longest name of a site starting at token t (skipping `skip` bytes of
 * it, the "و" of the second name): sets *end_tok and returns the place, or
 * -1. */
static int site_after(const doc *d, const lex_pair_word *pw, int t, size_t skip, int *end_tok)
{
    for (int k = MAX_NAME_WORDS; k >= 1; k--) {
        if (t + k > d->ntoks) continue;
        char key[KEY_MAX];
        size_t len = 0;
        memcpy(key, pw->single, pw->single_len);
        len = pw->single_len;
        int fits = 1;
        for (int i = t; i < t + k && fits; i++) {
            size_t from = d->toks[i].start + (i == t ? skip : 0), n = d->toks[i].end - from;
            /* the words of one name are apart by a space only */
            fits = len + 1 + n <= sizeof key && n > 0 &&
                   (i == t || (d->toks[i].start == d->toks[i - 1].end + 1 && d->text.p[d->toks[i - 1].end] == ' '));
            if (!fits) break;
            key[len++] = ' ';
            memcpy(key + len, d->text.p + from, n);
            len += n;
        }
        if (!fits) continue;
        int place = site_named(d, key, len);
        if (place >= 0) { *end_tok = t + k; return place; }
    }
    return -1;
}

static int starts_with_waw(const doc *d, int t)
{
    return d->toks[t].end - d->toks[t].start > 2 && !memcmp(d->text.p + d->toks[t].start, "\xd9\x88", 2);
}

static match site_match(const doc *d, int place, int from_tok, int end_tok)
{
    match m = {d->toks[from_tok].start, d->toks[end_tok - 1].end, 0, 0, CAT_PLACE, place, -1};
    return m;
}

/* match.c's text order: leftmost, then longest, then category and item. */
static int before(const match *x, const match *y)
{
    if (x->start != y->start) return x->start < y->start;
    if (x->end != y->end) return x->end > y->end;
    if (x->cat != y->cat) return x->cat < y->cat;
    return x->item < y->item;
}

/* Whether place match o lies within f, or overlaps it only in part. */
static int inside(const match *o, const match *f) { return o->start >= f->start && o->end <= f->end; }
static int overlaps(const match *o, const match *f) { return o->start < f->end && f->start < o->end; }

/* Drops the found sites that a place match crosses (it is some longer
 * name), then rewrites d->m without the places inside the others and with
 * them in text order (through the spare array, as match.c's permute). */
static idd_err merge_sites(doc *d, match *found, int nfound)
{
    int kept = 0;
    for (int f = 0; f < nfound; f++) {
        int crossed = 0;
        for (int i = 0; i < d->nm && !crossed; i++) {
            const match *o = &d->m[i];
            crossed = o->cat == CAT_PLACE && overlaps(o, &found[f]) && !inside(o, &found[f]);
        }
        if (!crossed) found[kept++] = found[f];
    }
    if (!kept) return IDD_OK;
    if (VEC_RESERVE(d->m_spare, d->m_spare_cap, (size_t)d->nm + (size_t)kept)) return IDD_ENOMEM;
    match *out = d->m_spare;
    int n = 0, f = 0;
    for (int i = 0; i < d->nm; i++) {
        const match *o = &d->m[i];
        while (f < kept && before(&found[f], o)) out[n++] = found[f++];
        int hidden = 0;
        for (int k = 0; k < kept && !hidden; k++) hidden = o->cat == CAT_PLACE && inside(o, &found[k]);
        if (!hidden) out[n++] = *o;
    }
    while (f < kept) out[n++] = found[f++];
    d->m_spare = d->m;
    d->m = out;
    size_t cap = d->m_spare_cap;
    d->m_spare_cap = d->m_cap;
    d->m_cap = cap;
    d->nm = n;
    return IDD_OK;
}

/* Whether token t may be a pair word at all: they end in ي or ا. */
static int may_be_pair_word(const doc *d, int t)
{
    const char *e = d->text.p + d->toks[t].end;
    return d->toks[t].end - d->toks[t].start >= 6 && (unsigned char)e[-2] >= 0xd8 &&
           (!memcmp(e - 2, "\xd9\x8a", 2) || !memcmp(e - 2, "\xd8\xa7", 2));
}

idd_err doc_pair_sites(doc *d)
{
    match found[MAX_PAIRED];
    int nfound = 0;
    for (int t = 0; t + 1 < d->ntoks && nfound + 2 <= MAX_PAIRED; t++) {
        if (!may_be_pair_word(d, t)) continue;
        const lex_pair_word *pw = pair_word_at(d, t);
        int end1, end2, first, second = -1;
        if (!pw || (first = site_after(d, pw, t + 1, 0, &end1)) < 0) continue;
        found[nfound++] = site_match(d, first, t, end1);
        if (end1 < d->ntoks && starts_with_waw(d, end1) && (second = site_after(d, pw, end1, 2, &end2)) >= 0)
            found[nfound++] = site_match(d, second, end1, end2);
        t = (second >= 0 ? end2 : end1) - 1;
    }
    return nfound ? merge_sites(d, found, nfound) : IDD_OK;
}
