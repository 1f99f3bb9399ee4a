/*
 * dates.c — every date expression of an article, resolved to a day with
 * ACLED's time precision.  The month, weekday and relative words come from
 * data/lexicon/dates.tsv; this file only knows the shapes they take:
 *   17 أكتوبر 2023, 17 أكتوبر/تشرين الأول الماضي, الـ 24 نوفمبر,
 *   08/11/2023, 2023-11-08, 6th, November 2023, 29 جمادى الأولى 1445,
 *   أمس، أول أمس، الأحد الماضي، هذا الأسبوع، الشهر الماضي.
 * A date with no year takes the publication year, or the year before when
 * that would put it after publication.  Hijri dates go through ICU's
 * islamic-umalqura calendar.
 */
#include "facts.h"

#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include <string.h>
#include <strings.h>
#include <unicode/ucal.h>

long day_number(day d)
{
    /* days from civil (Howard Hinnant's algorithm) */
    int y = d.y - (d.m <= 2);
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (d.m + (d.m > 2 ? -3 : 9)) + 2) / 5 + d.d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

day day_from_number(long z, int precision)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    int dd = (int)(doy - (153 * mp + 2) / 5 + 1);
    int mm = (int)(mp < 10 ? mp + 3 : mp - 9);
    return (day){(int)(y + (mm <= 2)), mm, dd, precision};
}

/* Digits by hand for the usual days: every result writes a few. */
void day_format(day d, char out[16])
{
    if (d.y < 0 || d.y > 9999 || d.m < 0 || d.m > 99 || d.d < 0 || d.d > 99) {
        snprintf(out, 16, "%04d-%02d-%02d", d.y, d.m, d.d);
        return;
    }
    const int digits[8] = {d.y / 1000, d.y / 100 % 10, d.y / 10 % 10, d.y % 10, d.m / 10, d.m % 10, d.d / 10, d.d % 10};
    static const int at[8] = {0, 1, 2, 3, 5, 6, 8, 9};
    for (int k = 0; k < 8; k++) out[at[k]] = (char)('0' + digits[k]);
    out[4] = out[7] = '-';
    out[10] = 0;
}

static int days_in_month(int y, int m)
{
    static const int n[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100) || y % 400 == 0)) return 29;
    return n[m - 1];
}

static int valid_day(int y, int m, int d)
{
    return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

day date_parse_published(const char *s)
{
    day r = {0};
    if (!s) return r;
    int y, m, d;
    char c1, c2;
    if (sscanf(s, "%4d-%2d-%2d", &y, &m, &d) == 3 && valid_day(y, m, d)) return (day){y, m, d, 1};
    if (sscanf(s, "%2d%c%2d%c%4d", &d, &c1, &m, &c2, &y) == 5 && (c1 == '/' || c1 == '-' || c1 == '.') &&
        c1 == c2 && valid_day(y, m, d))
        return (day){y, m, d, 1};
    static const char *const mon[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                      "jul", "aug", "sep", "oct", "nov", "dec"};
    char wd[16], mn[16];
    if (sscanf(s, "%15[A-Za-z], %d %15[A-Za-z] %d", wd, &d, mn, &y) == 4 ||
        sscanf(s, "%d %15[A-Za-z] %d", &d, mn, &y) == 3) {
        for (int i = 0; i < 12; i++)
            if (!strncasecmp(mn, mon[i], 3) && valid_day(y, i + 1, d)) return (day){y, i + 1, d, 1};
    }
    return r;
}

/* ---- helpers over matches ------------------------------------------- */

/* Decodes the packed (kind, value) of a date sense; values may be negative. */
static void date_sense(const match *m, int *kind, int *value)
{
    int packed = m->item - 500;              /* kind * 1000 + value */
    int k = (packed + 500) / 1000;
    *kind = k;
    *value = packed - k * 1000;
}

static int day_token(const doc *d, int i)
{
    long v = doc_tok_number(d, i);
    if (v >= 1 && v <= 31) return (int)v;
    /* "و3" (and the 3rd), "6th", "1st", "2nd", "3rd" */
    if (i < 0 || i >= d->ntoks) return 0;
    const char *p = d->text.p + d->toks[i].start;
    size_t n = d->toks[i].end - d->toks[i].start;
    if (n > 2 && !memcmp(p, "\xd9\x88", 2)) { p += 2; n -= 2; }
    int val = 0;
    size_t k = 0;
    while (k < n && k < 2 && p[k] >= '0' && p[k] <= '9') val = val * 10 + (p[k++] - '0');
    if (k && k == n && val >= 1 && val <= 31) return val;
    if (k && n - k == 2 && (!memcmp(p + k, "th", 2) || !memcmp(p + k, "st", 2) || !memcmp(p + k, "nd", 2) ||
                            !memcmp(p + k, "rd", 2)) && val >= 1 && val <= 31)
        return val;
    return 0;
}

static int year_token(const doc *d, int i, int lo, int hi)
{
    long v = doc_tok_number(d, i);
    return v >= lo && v <= hi ? (int)v : 0;
}

/* The year of a day-and-month date with no year: the publication's, or the
 * one before when that would be more than two days after publication. */
static int infer_year(day pub, int m, int dd)
{
    if (!pub.y) return 0;
    day c = {pub.y, m, dd, 1};
    if (day_number(c) > day_number(pub) + 2) return pub.y - 1;
    return pub.y;
}

static int push_date(date_list *out, day when, int tok, int tok_end, int sent, int relative)
{
    if (out->n == out->cap) {
        int nc = out->cap ? out->cap * 2 : 16;
        date_mention *v = realloc(out->v, (size_t)nc * sizeof *v);
        if (!v) return -1;
        out->v = v;
        out->cap = nc;
    }
    out->v[out->n++] = (date_mention){when, tok, tok_end, sent, (unsigned)relative};
    return 0;
}

static day hijri_to_gregorian(int y, int m, int dd)
{
    day r = {0};
    UErrorCode st = U_ZERO_ERROR;
    static const UChar utc[] = {'U', 'T', 'C', 0};
    UCalendar *cal = ucal_open(utc, 3, "ar@calendar=islamic-umalqura", UCAL_DEFAULT, &st);
    if (U_FAILURE(st)) return r;
    ucal_clear(cal);
    ucal_setDate(cal, y, m - 1, dd, &st);
    UDate t = ucal_getMillis(cal, &st);
    ucal_close(cal);
    if (U_FAILURE(st)) return r;
    return day_from_number((long)floor(t / 86400000.0), 1);
}

static void mark(unsigned char *used, int a, int b)
{
    for (int i = a; i < b; i++) used[i] = 1;
}

/* "السادس والعشرين من تموز": an ordinal day (dates.tsv day:N) ending at
 * token end.  Returns the day and sets *start, or 0. */
static int ordinal_day_before(const doc *d, int end, int *start)
{
    for (int t = end - 1; t >= 0 && t >= end - 3; t--)
        for (int k = match_at_tok(d, t, CAT_DATE); k >= 0 && k < d->nm && d->m[k].tok == t; k++) {
            int kind, value;
            if (d->m[k].cat != CAT_DATE) continue;
            date_sense(&d->m[k], &kind, &value);
            if (kind == DK_DAY && d->m[k].tok_end == end) { *start = t; return value; }
        }
    return 0;
}

/* The day of month written before a month match at t0 ("17 أكتوبر", "9 من
 * تشرين الثاني", "السادس والعشرين من تموز"); moves *t0 to its start. */
static int day_before_month(const doc *d, int *t0)
{
    int from = *t0, start, dd;
    if (from >= 2 && doc_tok_is(d, from - 1, "\xd9\x85\xd9\x86")) from--;        /* من */
    if ((dd = day_token(d, from - 1))) { *t0 = from - 1; return dd; }
    if ((dd = ordinal_day_before(d, from, &start))) { *t0 = start; return dd; }
    return 0;
}

/* "17 أكتوبر 2023" and its variants around a month match. */
static int month_date(const doc *d, const match *m, int month, int hijri, day pub,
                      unsigned char *used, date_list *out)
{
    int t0 = m->tok, t1 = m->tok_end;
    int dd = day_before_month(d, &t0);
    int y = hijri ? year_token(d, t1, 1300, 1600) : year_token(d, t1, 1900, 2100);
    if (y) t1++;
    if (t1 < d->ntoks && doc_tok_is(d, t1, "\xd9\x85")) t1++;          /* 2023م */
    day when;
    if (hijri) {
        if (!dd || !y) return 0;
        when = hijri_to_gregorian(y, month, dd);
        if (!when.y) return 0;
    } else {
        if (!y) y = infer_year(pub, month, dd ? dd : 1);
        if (!y) return 0;
        when = dd ? (day){y, month, dd, 1} : (day){y, month, 15, 3};
        if (!valid_day(when.y, when.m, when.d)) return 0;
    }
    mark(used, t0, t1);
    return push_date(out, when, t0, t1, d->tok_sent[m->tok], 0);
}

static int weekday_of(day x) { return (int)((day_number(x) % 7 + 7 + 4) % 7); }  /* 0 = Sunday */

static int relative_date(const doc *d, const match *m, int kind, int value, day pub, date_list *out)
{
    if (!pub.y) return 0;
    long p = day_number(pub);
    day when;
    switch (kind) {
    case DK_REL: when = day_from_number(p + value, 1); break;
    case DK_WEEKDAY: {
        int back = (weekday_of(pub) - value + 7) % 7;
        int next = m->tok_end;
        int past = 0;
        int k = match_at_tok(d, next, CAT_DATE);
        if (k >= 0) { int kk, vv; date_sense(&d->m[k], &kk, &vv); past = kk == DK_PAST; }
        if (past && back == 0) back = 7;
        when = day_from_number(p - back, 1);
        break;
    }
    case DK_PERIOD: {
        /* "الثامن من الشهر الجاري"، "في 28 من الشهر الماضي": a day of that month */
        int t0 = m->tok, dd = value == PERIOD_THIS_MONTH || value == PERIOD_LAST_MONTH ? day_before_month(d, &t0) : 0;
        if (dd) {
            int y = pub.y, mo = pub.m - (value == PERIOD_LAST_MONTH);
            if (mo == 0) { mo = 12; y--; }
            if (!valid_day(y, mo, dd)) return 0;
            return push_date(out, (day){y, mo, dd, 1}, t0, m->tok_end, d->tok_sent[m->tok], 1);
        }
        switch (value) {
        case PERIOD_THIS_WEEK: when = day_from_number(p, 2); break;
        case PERIOD_LAST_WEEK: when = day_from_number(p - 7, 2); break;
        case PERIOD_THIS_MONTH: when = day_from_number(p, 3); break;
        case PERIOD_LAST_YEAR: when = day_from_number(p - 365, 3); break;   /* a year back; no finer */
        case PERIOD_THIS_YEAR: when = (day){pub.y, 1, 1, 3}; break;         /* "منذ مطلع العام" */
        default: when = day_from_number(p - 30, 3); break;
        }
        break;
    }
    default: return 0;
    }
    return push_date(out, when, m->tok, m->tok_end, d->tok_sent[m->tok], 1);
}

/* 08/11/2023, 8-11-2023, 2023-11-08: three number tokens one separator apart. */
static int numeric_dates(const doc *d, unsigned char *used, date_list *out)
{
    for (int i = 0; i + 2 < d->ntoks; i++) {
        if (used[i]) continue;
        const span *a = &d->toks[i], *b = &d->toks[i + 1], *c = &d->toks[i + 2];
        if (b->start != a->end + 1 || c->start != b->end + 1) continue;
        char s1 = d->text.p[a->end], s2 = d->text.p[b->end];
        if (s1 != s2 || (s1 != '/' && s1 != '-' && s1 != '.')) continue;
        long x = doc_tok_number(d, i), y = doc_tok_number(d, i + 1), z = doc_tok_number(d, i + 2);
        day when = {0};
        if (x >= 1900 && valid_day((int)x, (int)y, (int)z)) when = (day){(int)x, (int)y, (int)z, 1};
        else if (z >= 1900 && valid_day((int)z, (int)y, (int)x)) when = (day){(int)z, (int)y, (int)x, 1};
        if (!when.y) continue;
        mark(used, i, i + 3);
        if (push_date(out, when, i, i + 3, d->tok_sent[i], 0)) return -1;
        i += 2;
    }
    return 0;
}

static int by_tok(const void *a, const void *b)
{
    return ((const date_mention *)a)->tok - ((const date_mention *)b)->tok;
}

/* A weekday or relative word right before an explicit date names the same
 * day ("اليوم الأربعاء 13 كانون الأول 2023"): keep only the explicit one. */
static void drop_shadowed(date_list *out)
{
    int w = 0;
    for (int i = 0; i < out->n; i++) {
        date_mention *x = &out->v[i];
        int shadowed = 0;
        for (int j = i + 1; j < out->n && out->v[j].tok <= x->tok_end + 2 && !shadowed; j++)
            shadowed = x->relative && !out->v[j].relative;
        if (!shadowed) out->v[w++] = *x;
    }
    out->n = w;
}

idd_err dates_find(const doc *d, day pub, unsigned char *used, date_list *out)
{
    out->n = 0;
    for (int i = 0; i < d->nm; i++) {
        const match *m = &d->m[i];
        if (m->cat != CAT_DATE || used[m->tok]) continue;
        int kind, value, rc = 0;
        date_sense(m, &kind, &value);
        if (kind == DK_MONTH || kind == DK_EMONTH) rc = month_date(d, m, value, 0, pub, used, out);
        else if (kind == DK_HMONTH) rc = month_date(d, m, value, 1, pub, used, out);
        else if (kind == DK_REL || kind == DK_WEEKDAY || kind == DK_PERIOD) rc = relative_date(d, m, kind, value, pub, out);
        else if (kind == DK_SAME && out->n)                         /* "في اليوم نفسه" */
            rc = push_date(out, out->v[out->n - 1].when, m->tok, m->tok_end, d->tok_sent[m->tok],
                           out->v[out->n - 1].relative);
        if (rc < 0) return IDD_ENOMEM;
    }
    if (numeric_dates(d, used, out)) return IDD_ENOMEM;
    if (out->n) qsort(out->v, (size_t)out->n, sizeof *out->v, by_tok);
    drop_shadowed(out);
    return IDD_OK;
}

day dates_published_in_text(const doc *d, const date_list *dates)
{
    for (int i = 0; i < d->nm; i++) {
        if (d->m[i].cat != CAT_DATE) continue;
        int kind, value;
        date_sense(&d->m[i], &kind, &value);
        if (kind != DK_PUBLISHED) continue;
        for (int k = 0; k < dates->n; k++)
            if (dates->v[k].tok >= d->m[i].tok && dates->v[k].tok <= d->m[i].tok_end + 4 && !dates->v[k].relative)
                return dates->v[k].when;
    }
    for (int k = 0; k < dates->n; k++)
        if (!dates->v[k].relative && dates->v[k].when.precision == 1 && d->sent_para[dates->v[k].sent] < 4)
            return dates->v[k].when;
    return (day){0};
}
