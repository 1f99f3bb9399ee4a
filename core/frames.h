/*
 * frames.h — what an article says happened (incidents) and counted
 * (tallies), before JSON.  frames.c builds incidents from triggers, tallies.c
 * builds tallies from counts; extract.c orders the steps and writes JSON.
 */
#ifndef IDD_FRAMES_H
#define IDD_FRAMES_H

#include "facts.h"

typedef struct {
    int match;            /* the place match */
    int place;            /* index into lx->places */
    int tok, sent, clause;
    int precision;        /* 1, or 2 when "near"/"north of" stands before it */
    int dir_match;        /* the cue match that made it precision 2, or -1 */
} place_mention;

typedef struct {
    trigger_class cls;
    int family;
    int sent;
    int trig_match;
    int place;            /* -1: country level */
    char country[3];
    int geo_precision;
    int dir_match;
    int place_match;      /* -1 when none (country from a count of targets) */
    day when;
    int date_tok;         /* -1 when inherited */
    int date_report;      /* the date is the report's ("أعلنت، اليوم، ...") */
    int implicit_aircraft;/* "aircraft" only because it is an air strike */
    int crosshead;        /* from a crosshead ("اعتقالات في كركوك"), which the paragraph below tells */
    int actor1, actor2;   /* lx->actors index, -1 none */
    int actor1_match, actor2_match;
    unsigned char weapons[W_COUNT_];  /* order of first mention, 0 = absent */
    int nweapons;
    long fatalities, injuries;        /* -1 = not said */
    int killed_match, injured_match;  /* the cue each figure came from, or -1 */
    int killed_side, injured_side;    /* whose dead/wounded (actor index), or -1 */
    int hurt;             /* the text says someone was hurt, with or without a figure */
    int claimed, strong;
} incident;

typedef struct { incident *v; int n, cap; } incident_list;

typedef enum { TU_ATTACKS, TU_STRIKES, TU_KILLED, TU_INJURED } tally_unit;

typedef struct {
    tally_unit unit;
    long count;                       /* -1 when only a breakdown is given */
    char bd_country[8][3];
    long bd_count[8];
    int nbd;
    char countries[8][3];
    int ncountries;
    day since, until;
    int source;                       /* lx->sources index or -1 */
    int sent, tok, tok_end;
} tally;

typedef struct { tally *v; int n, cap; } tally_list;

typedef struct {
    const idd_lexicon *lx;
    doc d;
    day pub;
    date_list dates;
    unsigned char *used;              /* per token: part of a date or count */
    unsigned char *consumed;          /* per match: a tally's trigger */
    place_mention *places;
    int nplaces;
    size_t used_cap, consumed_cap, places_cap;    /* kept between articles, as the doc's */
    char country_ctx[3];              /* the article's main country */
    int claimant;                     /* armed actor claiming attacks, or -1 */
    incident_list inc;
    tally_list tal;
} actx;

idd_err places_collect(actx *a);
idd_err tallies_find(actx *a);
idd_err incidents_find(actx *a);
void tallies_drop_incident_reports(actx *a);

/* Shared by both: the first match of cat in sentence s at or after token t0
 * and before token t1 (-1 none); and whether a cue of `kind` lies in the
 * sentence. */
int find_in_range(const actx *a, idd_cat cat, int item, int t0, int t1);
/* The first match at or after token tok; the first place mention of
 * sentence s (both are in text order, so these are binary searches). */
int match_from_tok(const actx *a, int tok);
int place_from_sent(const actx *a, int s);
int date_from_sent(const actx *a, int s);
int sentence_has_cue(const actx *a, int s, cue_kind kind);
int sent_first_tok(const actx *a, int s);
int sent_end_tok(const actx *a, int s);

#endif
