/*
 * trie.c — the lexicon's literals as a trie over their folded bytes,
 * for match.c to read every literal that starts at a given byte of the text.
 *
 * A literal counts only at the start of a word or after its clitics, so the
 * matcher walks the trie from those few places of each word instead of
 * searching the whole text for every literal (most words are no literal,
 * and a walk leaves them after a few bytes).  The trie is a double array
 * (lexicon.h): a step is a table lookup, an addition and a compare, on one
 * flat array built once and shared read-only.
 */
#include "lexicon.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    lex_trie *t;
    const lex_literal *lits;
    size_t lowest_free;        /* no free cell below it */
    uint32_t ncodes;
} builder;

/* Makes cells [0, n) exist; new ones are free. */
static idd_err reserve_cells(lex_trie *t, size_t n)
{
    if (n <= t->ncells) return IDD_OK;
    size_t cap = t->ncells ? t->ncells : 1024;
    while (cap < n) cap *= 2;
    trie_cell *c = realloc(t->cells, cap * sizeof *c);
    if (!c) return IDD_ENOMEM;
    for (size_t i = t->ncells; i < cap; i++) c[i] = (trie_cell){0, 0, -1};
    t->cells = c;
    t->ncells = cap;
    return IDD_OK;
}

/* The first base from which every code of codes[0..n) lands on a free cell. */
static size_t free_base(builder *b, const uint8_t *codes, int n)
{
    while (b->lowest_free < b->t->ncells && b->t->cells[b->lowest_free].check) b->lowest_free++;
    size_t base = b->lowest_free > codes[0] ? b->lowest_free - codes[0] : 1;
    for (;; base++) {
        int fits = 1;
        for (int k = 0; k < n && fits; k++)
            fits = base + codes[k] >= b->t->ncells || !b->t->cells[base + codes[k]].check;
        if (fits) return base;
    }
}

/* Builds the subtree of node, whose path is the first `off` bytes shared by
 * the sorted literals [lo, hi): the one of exactly that length (first, as
 * the shortest) ends there; the others go on by their byte at `off`. */
static idd_err build_node(builder *b, uint32_t node, int lo, int hi, size_t off)
{
    lex_trie *t = b->t;
    if (lo < hi && b->lits[lo].len == off) t->cells[node].lit = lo++;
    if (lo == hi) return IDD_OK;
    uint8_t *codes = malloc((size_t)(hi - lo) * sizeof *codes);
    int *first = malloc((size_t)(hi - lo + 1) * sizeof *first);
    if (!codes || !first) { free(codes); free(first); return IDD_ENOMEM; }
    int n = 0;
    int prev = -1;
    for (int i = lo; i < hi; i++) {
        unsigned char u = (unsigned char)b->lits[i].text[off];
        if (u != prev) { codes[n] = t->code[u]; first[n++] = i; prev = u; }
    }
    first[n] = hi;
    size_t base = free_base(b, codes, n);
    idd_err e = reserve_cells(t, base + b->ncodes + 1);
    if (!e) {
        t->cells[node].base = (int32_t)base;
        for (int k = 0; k < n; k++) t->cells[base + codes[k]].check = (int32_t)node;
    }
    for (int k = 0; k < n && !e; k++)
        e = build_node(b, (uint32_t)(base + codes[k]), first[k], first[k + 1], off + 1);
    free(codes);
    free(first);
    return e;
}

/* Codes 1, 2, ... for the bytes the literals use, in byte order. */
static uint32_t assign_codes(lex_trie *t, const lex_literal *lits, int n)
{
    memset(t->code, 0, sizeof t->code);
    for (int i = 0; i < n; i++)
        for (size_t k = 0; k < lits[i].len; k++) t->code[(unsigned char)lits[i].text[k]] = 1;
    uint32_t ncodes = 0;
    for (int c = 0; c < 256; c++)
        if (t->code[c]) t->code[c] = (uint8_t)++ncodes;
    return ncodes;
}

/* The nodes two bytes below the root, by their codes. */
static idd_err index_first2(lex_trie *t)
{
    t->first2 = calloc((size_t)t->stride * t->stride, sizeof *t->first2);
    if (!t->first2) return IDD_ENOMEM;
    for (uint32_t a = 1; a < t->stride; a++) {
        uint32_t n1 = (uint32_t)t->cells[TRIE_ROOT].base + a;
        if (t->cells[n1].check != TRIE_ROOT) continue;
        for (uint32_t b = 1; b < t->stride; b++) {
            uint32_t n2 = (uint32_t)t->cells[n1].base + b;
            if (t->cells[n2].check == (int32_t)n1) t->first2[a * t->stride + b] = n2;
        }
    }
    return IDD_OK;
}

/* lits: sorted by their bytes, distinct, none empty and none with a NUL. */
idd_err trie_build(lex_trie *t, const lex_literal *lits, int n)
{
    memset(t, 0, sizeof *t);
    builder b = {t, lits, TRIE_ROOT + 1, assign_codes(t, lits, n)};
    idd_err e = reserve_cells(t, TRIE_ROOT + b.ncodes + 1);
    if (e) return e;
    t->cells[TRIE_ROOT].check = -1;
    t->stride = b.ncodes + 1;
    e = build_node(&b, TRIE_ROOT, 0, n, 0);
    return e ? e : index_first2(t);
}

void trie_free(lex_trie *t)
{
    free(t->cells);
    free(t->first2);
    memset(t, 0, sizeof *t);
}
