/*
 * facts.h — dates and numbers read from a doc (dates.c, numbers.c), the
 * pieces incidents and tallies are built from.  Internal to libidd.
 */
#ifndef IDD_FACTS_H
#define IDD_FACTS_H

#include "doc.h"

/* A calendar day with how precisely the text knows it (ACLED's time
 * precision: 1 day, 2 week, 3 month).  y == 0 means unknown. */
typedef struct { int y, m, d, precision; } day;

typedef struct {
    day when;
    int tok, tok_end, sent;
    unsigned relative : 1;     /* resolved against the publication date */
} date_mention;

typedef struct { date_mention *v; int n, cap; } date_list;

long day_number(day d);                  /* days since 1970-01-01 */
day  day_from_number(long n, int precision);
void day_format(day d, char out[16]);    /* YYYY-MM-DD */

/* Parses a message's published_at (ISO 8601, "2023-11-08 10:00", RFC 2822
 * dates, dd/mm/yyyy).  Returns a day with y == 0 when it cannot. */
day date_parse_published(const char *s);

/* All date expressions of the doc, in text order, resolved against pub
 * (which may be unknown: relative ones are then dropped).  Marks the tokens
 * they use in tok_used. */
idd_err dates_find(const doc *d, day pub, unsigned char *tok_used, date_list *out);

/* The publication date stated in the text ("تاريخ النشر: ...", or the first
 * full date of the first paragraphs); y == 0 when none. */
day dates_published_in_text(const doc *d, const date_list *dates);

/* Reads a number starting at token i: digits (any script, folded), "(40)",
 * thousands separators, number words with و-compounds and multipliers.
 * Skips a qualifier (نحو، ما لا يقل عن) first.  Returns the value and sets
 * *next to the token after it, or returns -1. */
long number_at(const doc *d, int i, const unsigned char *tok_used, int *next);

/* 1 when token i is "و" alone or "و" glued to digits ("و101"): what
 * follows starts a new conjunct ("31 قتيلا و101 جريح"). */
int number_joined_by_waw(const doc *d, int i);

/* 1 when the number at token i is a vague amount (عشرات، مئات، بضعة). */
int number_is_vague(const doc *d, int i);

/* The match index of category `cat` starting at token i, or -1.  Inline:
 * the rules ask it at nearly every token. */
static inline int match_at_tok(const doc *d, int i, idd_cat cat)
{
    if (i < 0 || i >= d->ntoks) return -1;
    /* the first matches of token i may start before it, between tokens */
    uint32_t off = d->toks[i].start;
    for (int k = d->tok_match[i]; k < d->nm && d->m[k].start <= off; k++)
        if (d->m[k].start == off && d->m[k].cat == cat) return k;
    return -1;
}

#endif
