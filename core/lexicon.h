/*
 * lexicon.h — the loaded, read-only knowledge of the extractor: the fold
 * table, every lexicon and gazetteer entry, and one trie over all their
 * folded patterns.  Internal to libidd; idd_lexicon is opaque
 * outside.  Built once by idd_lexicon_load and shared by all threads.
 */
#ifndef IDD_LEXICON_H
#define IDD_LEXICON_H

#include <stdint.h>
#include "idd.h"
#include "util.h"

/* Categories of entries.  Each belongs to a layer: matches compete for the
 * same text only within their layer (see match.c). */
typedef enum {
    CAT_PLACE,                                            /* layer place */
    CAT_ACTOR, CAT_SOURCE, CAT_DEMONYM,                   /* layer entity */
    CAT_TRIGGER,                                          /* layer trigger */
    CAT_WEAPON,                                           /* layer weapon */
    CAT_CUE,                                              /* layer cue */
    CAT_NOUN,                                             /* layer noun */
    CAT_NUMBER,                                           /* layer number */
    CAT_DATE                                              /* layer date */
} idd_cat;

enum { LAYER_PLACE, LAYER_ENTITY, LAYER_TRIGGER, LAYER_WEAPON, LAYER_CUE, LAYER_NOUN,
       LAYER_NUMBER, LAYER_DATE };
/* Inline: sorting matches asks for it at every comparison. */
static inline int cat_layer(idd_cat c)
{
    switch (c) {
    case CAT_PLACE: return LAYER_PLACE;
    case CAT_ACTOR: case CAT_SOURCE: case CAT_DEMONYM: return LAYER_ENTITY;
    case CAT_TRIGGER: return LAYER_TRIGGER;
    case CAT_WEAPON: return LAYER_WEAPON;
    case CAT_CUE: return LAYER_CUE;
    case CAT_NOUN: return LAYER_NOUN;
    case CAT_NUMBER: return LAYER_NUMBER;
    default: return LAYER_DATE;
    }
}

typedef enum { PK_COUNTRY, PK_ADMIN1, PK_ADMIN2, PK_ADMIN3, PK_TOWN, PK_BASE,
               PK_FACILITY, PK_COUNT_ } place_kind;

typedef struct {
    char *id, *country, *admin1, *name_en;
    place_kind kind;
    double lat, lon;
    int rank;
    int target_actor;          /* sites: the actor an attack on it hits, or -1 */
} lex_place;

typedef enum { AK_ARMED, AK_STATE, AK_TARGET } actor_kind;

/* "المقاومة الإسلامية" is Hezbollah in Lebanon and the Islamic Resistance
 * in Iraq elsewhere: a name whose actor depends on the incident's country
 * (actors_by_country.tsv).  country "*" = any other country. */
typedef struct { int actor; char country[3]; int means; } lex_actor_by_country;

typedef struct {
    char *id, *name_en;
    actor_kind kind;
    char country[3];           /* state forces: whose demonym names them; "*" for
                                  forces named without a country (the incident's) */
} lex_actor;

/* Trigger classes, cues, nouns and date kinds are small closed sets: the data
 * files name them and the loader maps names to these values. */
typedef enum { TR_ATTACK, TR_SHELLING, TR_AIR_STRIKE, TR_DRONE_ATTACK, TR_STRIKE,
               TR_EXPLOSION, TR_SUICIDE, TR_CLASH, TR_INTERCEPT, TR_ARREST,
               TR_ABDUCTION, TR_IMPACT, TR_FALL, TR_KILLING, TR_NONE, TR_COUNT_ } trigger_class;

typedef enum { W_ROCKET, W_MISSILE, W_DRONE, W_MORTAR, W_ARTILLERY, W_IED,
               W_SMALL_ARMS, W_AIRCRAFT, W_SUICIDE, W_UNKNOWN, W_COUNT_ } weapon;

typedef enum { CUE_NEGATION, CUE_FUTURE, CUE_THREAT, CUE_CALL, CUE_DENIAL,
               CUE_OPINION, CUE_AGGREGATE, CUE_SINCE, CUE_UNTIL, CUE_CLAIM,
               CUE_NEAR, CUE_DIRECTION, CUE_KILLED, CUE_INJURED, CUE_NOCASUALTY,
               CUE_QUALIFIER, CUE_SUBJECTED, CUE_AGAINST, CUE_ATTEMPT,
               CUE_NORESULT, CUE_CARRIED_OUT, CUE_LOCALITY, CUE_MOTIVE, CUE_JUDICIAL, CUE_TOWARD,
               CUE_BACKGROUND, CUE_ANALYSIS, CUE_WAS, CUE_ALREADY, CUE_TOLL, CUE_REACHING,
               CUE_PER_COUNTRY,
               CUE_REPORTER, CUE_CORRESPONDENT, CUE_INFORMATION, CUE_REACHED, CUE_ON_BEHALF, CUE_CONTRAST, CUE_AMONG, CUE_CONTEXT,
               CUE_WITHIN, CUE_PERIOD, CUE_DURING, CUE_TITLE,
               CUE_COUNT_ } cue_kind;

typedef enum { NOUN_TARGET, NOUN_UNIT_ATTACKS, NOUN_UNIT_STRIKES, NOUN_TIMES,
               NOUN_BASE_WORD, NOUN_FACILITY_WORD, NOUN_LOSS, NOUN_PERSON_ONE, NOUN_PERSON_TWO,
               NOUN_PERSON, NOUN_PLANE, NOUN_HIT, NOUN_YEAR, NOUN_CAPITAL, NOUN_OTHER_PLACES, NOUN_NOT_DOER, NOUN_EVENT_NAME, NOUN_COUNT_ } noun_kind;

typedef enum { DK_MONTH, DK_HMONTH, DK_WEEKDAY, DK_REL, DK_PERIOD, DK_PAST,
               DK_PUBLISHED, DK_EMONTH, DK_SAME, DK_DAY } date_kind;
typedef enum { PERIOD_THIS_WEEK, PERIOD_LAST_WEEK, PERIOD_THIS_MONTH,
               PERIOD_LAST_MONTH, PERIOD_LAST_YEAR, PERIOD_THIS_YEAR } period_kind;

/* A number sense's item is its value, with this bit for vague amounts. */
#define NUMBER_VAGUE (1 << 24)

/* One (category, item) a pattern stands for, with how it may attach. */
typedef struct {
    idd_cat cat;
    int item;             /* index into the category's table, or the value */
    unsigned needs_article : 1;   /* written with ال: text must have it too */
    unsigned open_end : 1;        /* pattern ended in '*' */
} lex_sense;

/* A distinct folded literal and the senses that share it. */
typedef struct {
    char *text;
    size_t len;
    int first_sense, nsenses;
} lex_literal;

typedef enum { BP_CUT, BP_DROP, BP_CREDIT, BP_TWEET, BP_COUNT_ } bp_kind;
typedef struct { bp_kind kind; char *folded; size_t len; } lex_boiler;

typedef struct { char *name_en; } lex_source;

/* A word naming two sites of one kind ("مطاري") and the word naming one
 * ("مطار"), both folded: see sitepairs.c. */
typedef struct { char *dual, *single; size_t dual_len, single_len; } lex_pair_word;

/* The fold table: for each BMP code point, its folded UTF-8 (0–7 bytes). */
typedef struct { uint8_t len; char s[7]; } fold_entry;

/* Every literal as a trie over its folded bytes (trie.c), stored as a
 * double array: node n's child on a byte of code c is cell base(n) + c, and
 * is one exactly when that cell's check is n.  A byte's code is its rank
 * among the bytes the literals use, 0 for the others (NUL among them), and
 * no node has a child of code 0: those bytes end every walk.  Every literal
 * has two bytes or more, and most start with the same few (the first byte
 * of an Arabic letter), so a walk takes its first two bytes in one step,
 * through a table of the nodes two bytes below the root. */
#define TRIE_ROOT 1
typedef struct {
    int32_t base;              /* first cell of the children, less their codes */
    int32_t check;             /* the parent; 0 free, -1 the root */
    int32_t lit;               /* the literal ending at this node, or -1 */
} trie_cell;
typedef struct {
    trie_cell *cells;          /* every base plus any code is a cell */
    size_t ncells;
    uint8_t code[256];
    uint32_t *first2;          /* code of byte 0 * stride + code of byte 1 -> node, or 0 */
    uint32_t stride;           /* codes used, plus 1 */
} lex_trie;

idd_err trie_build(lex_trie *t, const lex_literal *lits, int n);
void trie_free(lex_trie *t);

/* The node below the root on the two bytes at p, or 0. */
static inline uint32_t trie_first2(const lex_trie *t, const unsigned char *p)
{
    return t->first2[t->code[p[0]] * t->stride + t->code[p[1]]];
}

/* The child of node on byte b, or 0. */
static inline uint32_t trie_next(const lex_trie *t, uint32_t node, unsigned char b)
{
    uint32_t c = (uint32_t)t->cells[node].base + t->code[b];
    return t->cells[c].check == (int32_t)node ? c : 0;
}

struct idd_lexicon {
    fold_entry *fold;                     /* 65536 entries */
    lex_place *places;   int nplaces;
    lex_actor *actors;   int nactors;
    lex_actor_by_country *by_country; int nby_country;
    lex_source *sources; int nsources;
    char (*demonyms)[3]; int ndemonyms;   /* demonym item -> country code */
    lex_boiler *boiler;  int nboiler;
    lex_pair_word *pair_words; int npair_words;
    lex_sense *senses;   int nsenses;
    lex_literal *lits;   int nlits;
    lex_trie trie;                        /* every literal */
};

/* Folds s[0..n) into out (a ubuf), appending; for each output byte, records
 * in map (when not NULL, grown alongside) base + the input offset it came
 * from.  Runs of white space become one space, line breaks one '\n'. */
int lex_fold(const struct idd_lexicon *lx, const char *s, size_t n, size_t base,
             ubuf *out, uint32_t **map, size_t *map_cap);

/* The literal whose folded text is exactly s[0..n), or -1. */
int lex_find_literal(const struct idd_lexicon *lx, const char *s, size_t n);

/* Folds a pattern or short string into a new malloc'd string. */
char *lex_fold_str(const struct idd_lexicon *lx, const char *s);

const char *trigger_class_name(trigger_class c);
const char *weapon_name(weapon w);
int place_kind_specificity(place_kind k);    /* higher = more precise */

#endif
