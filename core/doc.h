/*
 * doc.h — one article being analysed: the cleaned original text, its folded
 * copy with a byte map back into the original, tokens, sentences, clauses
 * and every lexicon match.  Built by text.c and match.c, read by the date,
 * number, frame and tally code.  Internal to libidd.
 */
#ifndef IDD_DOC_H
#define IDD_DOC_H

#include <stdint.h>
#include "lexicon.h"
#include "util.h"

typedef struct { uint32_t start, end; } span;

typedef struct {
    uint32_t start, end;       /* folded bytes, clitics and suffix included */
    int tok, tok_end;          /* first token, one past the last */
    idd_cat cat;
    int item;
    int lit;                   /* literal index (same literal = same words) */
} match;

/* A literal where the trie walk found it, and a sort key of match.c. */
typedef struct { uint32_t from, to; int lit; } raw_hit;
typedef struct { uint64_t hi, lo; int i; } sort_key;

/* Every array keeps its capacity (its _cap) between articles: an extractor
 * analyses article after article in one doc, reset by doc_reset, so after
 * the first few articles nothing is allocated. */
typedef struct {
    const idd_lexicon *lx;
    const char *orig;          /* the article text that spans point into */
    size_t orig_len;
    ubuf text;                 /* folded analysis text */
    uint32_t *map;             /* folded byte -> byte offset in orig */
    size_t map_cap;
    span *toks;    int ntoks;  size_t toks_cap;     /* word tokens */
    int *tok_sent;                          /* token -> sentence */
    int *tok_clause;                        /* token -> clause (global numbering) */
    size_t tok_info_cap;                    /* of tok_sent and tok_clause */
    span *sents;   int nsents; size_t sents_cap;
    int *sent_para;            size_t sent_para_cap;    /* sentence -> paragraph */
    match *m;      int nm;     size_t m_cap;            /* sorted by start */
    int *tok_match;            size_t tok_match_cap;    /* token t -> first match whose tok >= t (t <= ntoks) */
    span *sent_toks;           size_t sent_toks_cap;    /* sentence -> [first token, end token) */
    uint32_t *char_blocks;     size_t char_blocks_cap;  /* characters before every 64th byte (extract.c) */
    int char_blocks_ready;
    /* match.c's working memory */
    raw_hit *hits;  size_t nhits, hits_cap;         /* in text order of their starts */
    sort_key *keys; size_t keys_cap;
    sort_key *keys_tmp; size_t keys_tmp_cap;
    unsigned char *taken; size_t taken_cap;         /* per folded byte */
    unsigned char *keep;  size_t keep_cap;          /* per match */
    match *m_spare; size_t m_spare_cap;             /* the matches, reordered */
} doc;

/* Empties d for a new article over lx, keeping every buffer. */
void doc_reset(doc *d, const idd_lexicon *lx);
void doc_free(doc *d);

/* text.c: resets d (zeroed, or a doc built before: its buffers are reused),
 * fills orig (from body or html), cleans boilerplate, folds. */
idd_err doc_build(doc *d, const idd_lexicon *lx, const char *body, const char *html,
                  const char *title, char **owned_text);

/* match.c: tokens, sentences, clauses and lexicon matches of d->text. */
idd_err doc_analyse(doc *d);

/* sitepairs.c: the sites a dual word names ("مطاري دمشق وحلب") as place
 * matches; run on resolved matches, before they are indexed by token. */
idd_err doc_pair_sites(doc *d);

/* Index of the first match whose token is tok or later (nm when none). */
int doc_match_from_tok(const doc *d, int tok);
/* 1 when token i is exactly the folded word w. */
int doc_tok_is(const doc *d, int i, const char *w);
/* Parses token i as ASCII digits (with , . thousands separators); -1 if not. */
long doc_tok_number(const doc *d, int i);

#endif
