/*
 * numbers.c — reads a count at a token: digits in any script (folded to
 * ASCII), "(40)", "3,500", number words from data/lexicon/numbers.tsv
 * (خمسة، أربع، عشرين، بضعة، عشرات), compounds joined by و (خمسة وعشرون)
 * and multipliers (ثلاثة آلاف).  A qualifier before the number (نحو، ما لا
 * يقل عن، أكثر من) is skipped: ACLED records the stated figure.
 */
#include "facts.h"

#include <string.h>

static int word_number(const doc *d, int i, long *val)
{
    int k = match_at_tok(d, i, CAT_NUMBER);
    if (k < 0) return 0;
    *val = d->m[k].item & ~NUMBER_VAGUE;
    return d->m[k].tok_end - i;
}

int number_is_vague(const doc *d, int i)
{
    int k = match_at_tok(d, i, CAT_CUE);
    if (k >= 0 && d->m[k].item == CUE_QUALIFIER) i = d->m[k].tok_end;
    k = match_at_tok(d, i, CAT_NUMBER);
    return k >= 0 && (d->m[k].item & NUMBER_VAGUE);
}

static int starts_with_waw(const doc *d, int i)
{
    return i < d->ntoks && d->toks[i].end - d->toks[i].start > 2 &&
           !memcmp(d->text.p + d->toks[i].start, "\xd9\x88", 2);
}

/* A one-letter clitic (و ل ب) glued to digits: "و12", "لـ175", "بـ14". */
static int clitic_before_digits(const doc *d, int i)
{
    const char *p = d->text.p + d->toks[i].start;
    size_t n = d->toks[i].end - d->toks[i].start;
    return n > 2 && p[2] >= '0' && p[2] <= '9' &&
           (!memcmp(p, "\xd9\x88", 2) || !memcmp(p, "\xd9\x84", 2) || !memcmp(p, "\xd8\xa8", 2));
}

int number_joined_by_waw(const doc *d, int i)
{
    if (i < 0 || i >= d->ntoks) return 0;
    const char *p = d->text.p + d->toks[i].start;
    size_t n = d->toks[i].end - d->toks[i].start;
    return n >= 2 && !memcmp(p, "\xd9\x88", 2) && (n == 2 || (p[2] >= '0' && p[2] <= '9'));
}

/* Digits, possibly glued to a clitic. */
static long digits_at(const doc *d, int i)
{
    long v = doc_tok_number(d, i);
    if (v >= 0 || !clitic_before_digits(d, i)) return v;
    const char *p = d->text.p + d->toks[i].start + 2;
    size_t n = d->toks[i].end - d->toks[i].start - 2;
    if (n == 0 || n > 9) return -1;
    v = 0;
    for (size_t k = 0; k < n; k++) {
        if (p[k] < '0' || p[k] > '9') return -1;
        v = v * 10 + (p[k] - '0');
    }
    return v;
}

static int skip_qualifier(const doc *d, int i)
{
    int k = match_at_tok(d, i, CAT_CUE);
    if (k >= 0 && d->m[k].item == CUE_QUALIFIER) return d->m[k].tok_end;
    return i;
}

/* Whether token i may start a number: digits, digits after a clitic, a
 * number word or a qualifier.  Most tokens are none of these, and the
 * tallies ask at every token. */
static int may_start_number(const doc *d, int i)
{
    uint32_t off = d->toks[i].start;
    const char *p = d->text.p + off;
    size_t n = d->toks[i].end - off;
    if ((p[0] >= '0' && p[0] <= '9') || (n > 2 && p[2] >= '0' && p[2] <= '9')) return 1;
    for (int k = d->tok_match[i]; k < d->nm && d->m[k].start <= off; k++)     /* as match_at_tok */
        if (d->m[k].start == off &&
            (d->m[k].cat == CAT_NUMBER || (d->m[k].cat == CAT_CUE && d->m[k].item == CUE_QUALIFIER)))
            return 1;
    return 0;
}

long number_at(const doc *d, int i, const unsigned char *used, int *next)
{
    if (i < 0 || i >= d->ntoks || !may_start_number(d, i)) return -1;
    i = skip_qualifier(d, i);
    if (i >= d->ntoks || (used && used[i])) return -1;
    long v = digits_at(d, i);
    int end = i + 1;
    if (v < 0) {
        int n = word_number(d, i, &v);
        if (!n) return -1;
        end = i + n;
        long tens;
        int n2;
        /* "خمسة وعشرون": a unit then a tens word that carries و */
        if (v < 10 && starts_with_waw(d, end) && (n2 = word_number(d, end, &tens)) && tens >= 20 && tens <= 90 &&
            tens % 10 == 0) {
            v += tens;
            end += n2;
        }
    } else {
        /* "3,500" was joined by doc_tok_number; skip the tokens it used */
        long single = 0;
        for (const char *p = d->text.p + d->toks[i].start; p < d->text.p + d->toks[i].end; p++)
            if (*p >= '0' && *p <= '9') single = single * 10 + (*p - '0');
        while (single < v && end < d->ntoks) { single = single * 1000; end++; }
    }
    long mult;
    int n3 = end < d->ntoks ? word_number(d, end, &mult) : 0;
    if (n3 && (mult == 1000 || mult == 100) && v < 1000) {
        v *= mult;
        end += n3;
        /* "22 ألفا و835": thousands and the rest */
        long rest = end < d->ntoks && starts_with_waw(d, end) ? digits_at(d, end) : -1;
        if (rest >= 0 && rest < mult) { v += rest; end++; }
    }
    *next = end;
    return v;
}
