/*
 * match.c — finds every lexicon entry in a folded article.
 *
 * A hit (a lexicon literal in the text) counts only where it sits on word
 * boundaries once Arabic clitics are allowed for: a conjunction (و ف), then
 * a preposition (ب ك ل), then the article (ال, or ل after ل as in للقوات)
 * may stand before it, and a pronoun suffix or tanween alef after it.  So
 * the lexicon's trie is walked only from where a hit could count: the start
 * of each word and the end of each clitic prefix it starts with.  Hits then
 * compete for the text within their layer only, longest first, so
 * "المقاومة الإسلامية في العراق" (an actor) hides the place "العراق" inside
 * it while the trigger and weapon layers keep their own hits on the same
 * words.
 */
#include "doc.h"

#include <stdlib.h>
#include <string.h>

static inline int is_word_cp(uint32_t c)
{
    if (c < 0x80) return c - '0' < 10u || (c | 0x20u) - 'a' < 26u;     /* digits, letters */
    return (c >= 0x0621 && c <= 0x064A) || (c >= 0x0671 && c <= 0x06D3) || (c >= 0x00C0 && c <= 0x024F);
}

/* End of the run of word characters from t[i].  Every word character is
 * below U+0800, one or two bytes of UTF-8, so the scan reads bytes without
 * decoding whole code points; and d->text ends in a NUL, which is no word
 * character, so it needs no bound. */
static uint32_t word_end(const unsigned char *t, uint32_t i)
{
    for (;;) {
        unsigned c = t[i];
        if (c < 0x80) {
            if (!is_word_cp(c)) return i;
            i++;
        } else {
            if (c < 0xC2 || c > 0xDF || (t[i + 1] & 0xC0) != 0x80) return i;
            if (!is_word_cp(((c & 0x1Fu) << 6) | (t[i + 1] & 0x3Fu))) return i;
            i += 2;
        }
    }
}

/* Folded clitic prefixes (UTF-8 of و ف ب ك ل ا). */
#define WAW "\xd9\x88"
#define FA  "\xd9\x81"
#define BA  "\xd8\xa8"
#define KAF "\xd9\x83"
#define LAM "\xd9\x84"
#define ALEF "\xd8\xa7"
#define AL ALEF LAM

/* Which prefix the clitics leave: 0 none allowed, 1 bare, 2 with article. */
static inline int prefix_kind(const char *p, size_t n)
{
    size_t i = 0;
    if (n - i >= 2 && (!memcmp(p + i, WAW, 2) || !memcmp(p + i, FA, 2))) i += 2;
    if (i == n) return 1;
    if (n - i == 4 && !memcmp(p + i, LAM LAM, 4)) return 2;          /* لل */
    if (n - i >= 2 && (!memcmp(p + i, BA, 2) || !memcmp(p + i, KAF, 2) || !memcmp(p + i, LAM, 2)))
        i += 2;
    if (i == n) return 1;
    if (n - i == 4 && !memcmp(p + i, AL, 4)) return 2;
    return 0;
}

/* Pronoun suffixes (ها هم هما هن ي نا كم), tanween alef, and the verb and
 * plural endings the lexicon leaves out (وا ت تا ون ين ان).  Not ه: folding
 * turns teh marbuta into it, so "مجموعة" would read as "مجموع" + ه. */
static const char *const suffixes[] = {
    "\xd9\x87\xd8\xa7", "\xd9\x87\xd9\x85", "\xd9\x87\xd9\x85\xd8\xa7",
    "\xd9\x87\xd9\x86", "\xd9\x8a", "\xd9\x86\xd8\xa7", "\xd9\x83\xd9\x85", ALEF,
    WAW ALEF, "\xd8\xaa", "\xd8\xaa" ALEF, WAW "\xd9\x86", "\xd9\x8a\xd9\x86", ALEF "\xd9\x86"};

/* The longest prefix prefix_kind may accept in word w, by its first letter:
 * a conjunction, a preposition and ال after و ف (8 bytes), a preposition
 * and ال after ب ك ل (6), ال after ا (4), nothing after any other. */
static inline uint32_t longest_clitics(const char *w)
{
    if (!memcmp(w, WAW, 2) || !memcmp(w, FA, 2)) return 8;
    if (!memcmp(w, BA, 2) || !memcmp(w, KAF, 2) || !memcmp(w, LAM, 2)) return 6;
    return !memcmp(w, ALEF, 2) ? 4 : 0;
}

/* lit_len: the literal's folded length.  A short function word among the
 * cues takes no pronoun: "بينهم" (among them) is not "بين" (between). */
static int suffix_ok(const lex_sense *s, size_t lit_len, const char *p, size_t n)
{
    if (n == 0 || s->open_end) return 1;
    if (s->cat == CAT_PLACE || s->cat == CAT_NUMBER || s->cat == CAT_DATE || s->cat == CAT_DEMONYM)
        return 0;
    if (s->cat == CAT_CUE && lit_len <= 6) return 0;
    for (size_t i = 0; i < sizeof suffixes / sizeof *suffixes; i++)
        if (strlen(suffixes[i]) == n && !memcmp(p, suffixes[i], n)) return 1;
    return 0;
}

static int prefix_ok(const lex_sense *s, const char *p, size_t n)
{
    int k = prefix_kind(p, n);
    if (k == 0) return 0;
    if (s->needs_article) return k == 2;
    if (k == 2) return s->cat != CAT_NUMBER && s->cat != CAT_DATE;
    return 1;
}

/* A new match at the end of d->m, for the caller to fill in place (a
 * record built on the stack and copied stalled on store forwarding). */
static match *push_match(doc *d)
{
    if (VEC_RESERVE(d->m, d->m_cap, (size_t)d->nm + 1)) return NULL;
    return &d->m[d->nm++];
}

/* The first token ending at or after pos, searched from token t: hits come
 * in text order, so t is the answer for the last one or close to it. */
static int token_ending_from(const doc *d, uint32_t pos, int t)
{
    while (t > 0 && d->toks[t - 1].end >= pos) t--;
    while (t < d->ntoks && d->toks[t].end < pos) t++;
    return t;
}

static idd_err push_hit(doc *d, uint32_t from, uint32_t to, int lit)
{
    if (VEC_RESERVE(d->hits, d->hits_cap, d->nhits + 1)) return IDD_ENOMEM;
    d->hits[d->nhits++] = (raw_hit){from, to, lit};
    return IDD_OK;
}

/* Every literal that starts at text byte `from`, as hits: the trie walked
 * along the text (which ends in a NUL, on which no literal goes on), from
 * the node of its first two bytes (no literal is shorter). */
static idd_err hits_from(doc *d, uint32_t from, uint32_t node)
{
    const lex_trie *tr = &d->lx->trie;
    const unsigned char *t = (const unsigned char *)d->text.p + from;
    for (uint32_t i = 2;; i++) {
        int lit = tr->cells[node].lit;
        if (lit >= 0 && push_hit(d, from, from + i, lit)) return IDD_ENOMEM;
        if (!(node = trie_next(tr, node, t[i]))) return IDD_OK;
    }
}

/* Hits from text byte `from`, when a literal starts with its two bytes. */
static inline idd_err hits_at(doc *d, uint32_t from)
{
    uint32_t node = trie_first2(&d->lx->trie, (const unsigned char *)d->text.p + from);
    return node ? hits_from(d, from, node) : IDD_OK;
}

/* Hits outside words, from [from, to): every character start (a literal
 * that begins with no word character would count there; none does today). */
static idd_err hits_between(doc *d, uint32_t from, uint32_t to)
{
    for (uint32_t i = from; i < to; i++)
        if ((d->text.p[i] & 0xC0) != 0x80 && hits_at(d, i)) return IDD_ENOMEM;
    return IDD_OK;
}

/* Every hit collect_candidates can keep, in text order of their starts: a
 * hit inside a word counts only after clitics that prefix_kind accepts (at
 * most 8 bytes of them), so the trie is walked from the word's start and
 * from the end of each such prefix; and from every character between
 * words. */
static idd_err find_hits(doc *d)
{
    d->nhits = 0;
    uint32_t gap = 0;
    for (int t = 0; t < d->ntoks; t++) {
        const char *w = d->text.p + d->toks[t].start;
        uint32_t n = d->toks[t].end - d->toks[t].start;
        if (hits_between(d, gap, d->toks[t].start) || hits_at(d, d->toks[t].start)) return IDD_ENOMEM;
        uint32_t last_p = longest_clitics(w);
        for (uint32_t p = 2; p <= last_p && p < n; p += 2)
            if (prefix_kind(w, p) && hits_at(d, d->toks[t].start + p)) return IDD_ENOMEM;
        gap = d->toks[t].end;
    }
    return hits_between(d, gap, (uint32_t)d->text.len);
}

/* Candidates: every (hit, sense) whose surroundings pass the clitic rules.
 * A hit's word is the token around it (tokens are the maximal runs of word
 * characters): the word starts at the token that holds the character just
 * before the hit, and ends with the one that holds its last. */
static idd_err collect_candidates(doc *d)
{
    const idd_lexicon *lx = d->lx;
    const char *t = d->text.p;
    int before = 0, after = 0;
    for (size_t i = 0; i < d->nhits; i++) {
        const raw_hit *r = &d->hits[i];
        const lex_literal *L = &lx->lits[r->lit];
        before = token_ending_from(d, r->from, before);
        after = token_ending_from(d, r->to + 1, after);
        uint32_t ws = before < d->ntoks && d->toks[before].start < r->from ? d->toks[before].start : r->from;
        uint32_t we = after < d->ntoks && d->toks[after].start <= r->to ? d->toks[after].end : r->to;
        for (int k = 0; k < L->nsenses; k++) {
            const lex_sense *s = &lx->senses[L->first_sense + k];
            if (!prefix_ok(s, t + ws, r->from - ws) || !suffix_ok(s, L->len, t + r->to, we - r->to)) continue;
            match *m = push_match(d);
            if (!m) return IDD_ENOMEM;
            m->start = ws;
            m->end = we;
            m->tok = m->tok_end = 0;
            m->cat = s->cat;
            m->item = s->item;
            m->lit = r->lit;
        }
    }
    return IDD_OK;
}

/* Sorting matches: each gets a key of two integers that orders matches
 * exactly as the rule says, and the keys are merge-sorted with the
 * comparison inline (qsort's calls through a pointer and memcpy of 28-byte
 * records cost more than the comparing).  Both orders are total on what a
 * match holds, so the result does not depend on the sort. */
static int key_less(const sort_key *x, const sort_key *y)
{
    return x->hi != y->hi ? x->hi < y->hi : x->lo < y->lo;
}

/* Stable merge sort of v[0..n); tmp holds n / 2 keys. */
static void sort_keys(sort_key *v, sort_key *tmp, int n)
{
    if (n <= 8) {
        for (int i = 1; i < n; i++) {
            sort_key k = v[i];
            int j = i;
            for (; j > 0 && key_less(&k, &v[j - 1]); j--) v[j] = v[j - 1];
            v[j] = k;
        }
        return;
    }
    int h = n / 2, i = 0, j = h, k = 0;
    sort_keys(v, tmp, h);
    sort_keys(v + h, tmp, n - h);
    if (!key_less(&v[h], &v[h - 1])) return;
    memcpy(tmp, v, (size_t)h * sizeof *v);
    while (i < h && j < n) v[k++] = key_less(&v[j], &tmp[i]) ? v[j++] : tmp[i++];
    while (i < h) v[k++] = tmp[i++];
}

/* item with its sign order kept in an unsigned compare */
static uint64_t item_key(int item) { return (uint32_t)item ^ 0x80000000u; }

/* Within a layer: longest first, then leftmost, then literal, category,
 * item (literal indexes stay far below 2^28). */
static sort_key length_key(const match *m, int i)
{
    uint64_t len = m->end - m->start;
    return (sort_key){((UINT32_MAX - len) << 32) | m->start,
                      ((uint64_t)m->lit << 36) | ((uint64_t)m->cat << 32) | item_key(m->item), i};
}

/* Text order: leftmost first, then longest, then category, item. */
static sort_key start_key(const match *m, int i)
{
    return (sort_key){((uint64_t)m->start << 32) | (UINT32_MAX - m->end),
                      ((uint64_t)m->cat << 32) | item_key(m->item), i};
}

/* Rewrites d->m in the order of the sorted keys (through the spare array,
 * which then holds the old order). */
static idd_err permute(doc *d, const sort_key *keys)
{
    if (VEC_RESERVE(d->m_spare, d->m_spare_cap, (size_t)d->nm)) return IDD_ENOMEM;
    match *v = d->m_spare;
    for (int k = 0; k < d->nm; k++) v[k] = d->m[keys[k].i];
    d->m_spare = d->m;
    d->m = v;
    size_t cap = d->m_spare_cap;
    d->m_spare_cap = d->m_cap;
    d->m_cap = cap;
    return IDD_OK;
}

/* Layer by layer (a counting sort), and by length_key within each: only
 * the keys, which then say in what order to consider the matches. */
static void sort_by_layer_length(const doc *d, sort_key *keys, sort_key *tmp)
{
    int first[LAYER_DATE + 2] = {0};
    for (int i = 0; i < d->nm; i++) first[cat_layer(d->m[i].cat) + 1]++;
    for (int l = 1; l <= LAYER_DATE + 1; l++) first[l] += first[l - 1];
    int next[LAYER_DATE + 1];
    memcpy(next, first, sizeof next);
    for (int i = 0; i < d->nm; i++) keys[next[cat_layer(d->m[i].cat)]++] = length_key(&d->m[i], i);
    for (int l = 0; l <= LAYER_DATE; l++) sort_keys(keys + first[l], tmp, first[l + 1] - first[l]);
}

static idd_err sort_by_start(doc *d, sort_key *keys, sort_key *tmp)
{
    for (int i = 0; i < d->nm; i++) keys[i] = start_key(&d->m[i], i);
    sort_keys(keys, tmp, d->nm);
    return permute(d, keys);
}

/* "في سورية", "بسورية", "لسورية" */
static int introduced_by_preposition(const doc *d, const match *p)
{
    const char *w = d->text.p + p->start;
    if (!memcmp(w, BA, 2) || !memcmp(w, LAM, 2)) return 1;
    uint32_t s = p->start;
    while (s > 0 && d->text.p[s - 1] == ' ') s--;
    return s >= 4 && !memcmp(d->text.p + s - 4, FA "\xd9\x8a", 4) && (s == 4 || d->text.p[s - 5] == ' ');
}

/* A place inside a longer actor or source name is part of that name
 * ("المقاومة الإسلامية في العراق"); a place spelled like a demonym
 * ("سورية") is the adjective unless a preposition introduces it. */
static void drop_hidden_places(doc *d)
{
    int out = 0;
    for (int i = 0; i < d->nm; i++) {
        const match *p = &d->m[i];
        int hidden = 0;
        /* a covering name starts at most a few matches before (sorted by start) */
        if (p->cat == CAT_PLACE)
            for (int k = i > 24 ? i - 24 : 0; k < d->nm && !hidden; k++) {
                const match *o = &d->m[k];
                if (o->start > p->start) break;
                if (o->cat != CAT_ACTOR && o->cat != CAT_SOURCE && o->cat != CAT_DEMONYM) continue;
                if (o->start > p->start || o->end < p->end) continue;
                int longer = o->end - o->start > p->end - p->start;
                hidden = longer || (o->cat == CAT_DEMONYM && !introduced_by_preposition(d, p));
            }
        if (!hidden && out++ != i) d->m[out - 1] = *p;      /* copy only once one was dropped */
    }
    d->nm = out;
}

/* Keeps, per layer, the longest non-overlapping matches; a match on exactly
 * the same words as a kept one (another sense of the literal) is kept too.
 * The kept ones stay in the order they were found, nearly text order,
 * which makes the sort by start cheap. */
static idd_err resolve_overlaps(doc *d)
{
    if (d->nm == 0) return IDD_OK;
    size_t nm = (size_t)d->nm;
    if (VEC_RESERVE(d->taken, d->taken_cap, d->text.len + 1) || VEC_RESERVE(d->keep, d->keep_cap, nm) ||
        VEC_RESERVE(d->keys, d->keys_cap, nm) || VEC_RESERVE(d->keys_tmp, d->keys_tmp_cap, nm / 2 + 1))
        return IDD_ENOMEM;
    /* taken[b] is the layer (+ 1) holding byte b: layers come in order, so
     * nothing needs clearing between them */
    unsigned char *taken = d->taken, *keep = d->keep;
    sort_key *keys = d->keys, *tmp = d->keys_tmp;
    memset(taken, 0, d->text.len + 1);
    memset(keep, 0, nm);
    idd_err e = IDD_OK;
    {
        sort_by_layer_length(d, keys, tmp);
        const match *last = NULL;
        for (int k = 0; k < d->nm; k++) {
            const match *m = &d->m[keys[k].i];
            int layer = cat_layer(m->cat);
            unsigned char mark = (unsigned char)(layer + 1);
            /* a kept match of the layer is at least as long as m, so if it
             * overlaps m it holds m's first byte or its last */
            int free_span = taken[m->start] != mark && taken[m->end - 1] != mark;
            int twin = last && cat_layer(last->cat) == layer && last->start == m->start && last->end == m->end;
            if (!free_span && !twin) continue;
            memset(taken + m->start, mark, m->end - m->start);
            keep[keys[k].i] = 1;
            last = m;
        }
        int out = 0;
        for (int i = 0; i < d->nm; i++)
            if (keep[i] && out++ != i) d->m[out - 1] = d->m[i];
        d->nm = out;
        e = sort_by_start(d, keys, tmp);
    }
    if (!e) drop_hidden_places(d);
    return e;
}

/* ---- tokens, sentences, clauses ------------------------------------ */

static int push_span(span **v, int *n, size_t *cap, uint32_t s, uint32_t e)
{
    if (VEC_RESERVE(*v, *cap, (size_t)*n + 1)) return -1;
    (*v)[(*n)++] = (span){s, e};
    return 0;
}

static int is_sentence_end(const char *t, size_t n, uint32_t i)
{
    char c = t[i];
    if (c == '\n' || c == '?' || c == '!' || c == ';') return 1;
    if (c != '.') return 0;
    int digit_before = i > 0 && t[i - 1] >= '0' && t[i - 1] <= '9';
    int digit_after = i + 1 < n && t[i + 1] >= '0' && t[i + 1] <= '9';
    return !(digit_before && digit_after);
}

static int is_clause_end(char c) { return c == ',' || c == ':' || c == '-' || c == '(' || c == ')'; }

static idd_err segment(doc *d)
{
    const char *t = d->text.p;
    size_t n = d->text.len;
    int para = 0, clause = 0;
    uint32_t sent_start = 0;
    for (uint32_t i = 0; i <= n;) {
        if (i == n || is_sentence_end(t, n, i)) {
            if (i > sent_start && push_span(&d->sents, &d->nsents, &d->sents_cap, sent_start, i)) return IDD_ENOMEM;
            if (VEC_RESERVE(d->sent_para, d->sent_para_cap, (size_t)d->nsents)) return IDD_ENOMEM;
            if (i > sent_start) d->sent_para[d->nsents - 1] = para;
            if (i < n && t[i] == '\n') para++;
            clause++;
            sent_start = ++i;
            continue;
        }
        if (is_clause_end(t[i])) { clause++; i++; continue; }
        uint32_t e = word_end((const unsigned char *)t, i);
        if (e == i) { i++; continue; }
        if (push_span(&d->toks, &d->ntoks, &d->toks_cap, i, e)) return IDD_ENOMEM;
        if ((size_t)d->ntoks > d->tok_info_cap) {
            size_t cap = d->tok_info_cap;       /* both grow to the same capacity */
            if (VEC_RESERVE(d->tok_sent, cap, d->toks_cap)) return IDD_ENOMEM;
            if (VEC_RESERVE(d->tok_clause, d->tok_info_cap, d->toks_cap)) return IDD_ENOMEM;
        }
        d->tok_sent[d->ntoks - 1] = d->nsents;
        d->tok_clause[d->ntoks - 1] = clause;
        i = e;
    }
    return IDD_OK;
}

/* Every match's tokens, every token's first match and every sentence's
 * tokens, each by one merge: matches, tokens and sentences are all in text
 * order, and the rules ask for these at every step. */
static idd_err index_tokens(doc *d)
{
    if (VEC_RESERVE(d->tok_match, d->tok_match_cap, (size_t)d->ntoks + 1) ||
        VEC_RESERVE(d->sent_toks, d->sent_toks_cap, (size_t)d->nsents + 1))
        return IDD_ENOMEM;
    int t = 0;
    for (int i = 0; i < d->nm; i++) {
        match *m = &d->m[i];
        while (t < d->ntoks && d->toks[t].start < m->start) t++;
        int e = t;
        while (e < d->ntoks && d->toks[e].start < m->end) e++;
        m->tok = t;
        m->tok_end = e;
    }
    for (int k = 0, i = 0; k <= d->ntoks; k++) {
        while (i < d->nm && d->m[i].tok < k) i++;
        d->tok_match[k] = i;
    }
    for (int s = 0, first = 0, end = 0; s < d->nsents; s++) {
        while (first < d->ntoks && d->toks[first].start < d->sents[s].start) first++;
        if (end < first) end = first;
        while (end < d->ntoks && d->toks[end].start < d->sents[s].end) end++;
        d->sent_toks[s] = (span){(uint32_t)first, (uint32_t)end};
    }
    return IDD_OK;
}

int doc_match_from_tok(const doc *d, int tok)
{
    if (tok <= 0) return 0;
    return tok > d->ntoks ? d->nm : d->tok_match[tok];
}

int doc_tok_is(const doc *d, int i, const char *w)
{
    if (i < 0 || i >= d->ntoks) return 0;
    size_t n = d->toks[i].end - d->toks[i].start;
    return strlen(w) == n && !memcmp(d->text.p + d->toks[i].start, w, n);
}

long doc_tok_number(const doc *d, int i)
{
    if (i < 0 || i >= d->ntoks) return -1;
    const char *p = d->text.p + d->toks[i].start;
    size_t n = d->toks[i].end - d->toks[i].start;
    if (n == 0 || n > 9) return -1;
    long v = 0;
    for (size_t k = 0; k < n; k++) {
        if (p[k] < '0' || p[k] > '9') return -1;
        v = v * 10 + (p[k] - '0');
    }
    /* thousands: "3,500" and "3.500" are split by the tokenizer; join them */
    while (i + 1 < d->ntoks) {
        uint32_t gap = d->toks[i + 1].start - d->toks[i].end;
        const char *q = d->text.p + d->toks[i + 1].start;
        size_t qn = d->toks[i + 1].end - d->toks[i + 1].start;
        char sep = d->text.p[d->toks[i].end];
        if (gap != 1 || (sep != ',' && sep != '.') || qn != 3) break;
        int digits = 1;
        for (size_t k = 0; k < 3; k++) digits &= q[k] >= '0' && q[k] <= '9';
        if (!digits || v > 999999) break;
        v = v * 1000 + (q[0] - '0') * 100 + (q[1] - '0') * 10 + (q[2] - '0');
        i++;
    }
    return v;
}

idd_err doc_analyse(doc *d)
{
    idd_err e = segment(d);
    if (!e) e = find_hits(d);
    if (!e) e = collect_candidates(d);
    if (!e) e = resolve_overlaps(d);
    if (!e) e = doc_pair_sites(d);
    if (!e) e = index_tokens(d);
    return e;
}

void doc_reset(doc *d, const idd_lexicon *lx)
{
    d->lx = lx;
    d->orig = NULL;
    d->orig_len = 0;
    d->text.len = 0;
    d->ntoks = d->nsents = d->nm = 0;
    d->nhits = 0;
    d->char_blocks_ready = 0;
}

void doc_free(doc *d)
{
    ubuf_free(&d->text);
    free(d->map); free(d->toks); free(d->tok_sent); free(d->tok_clause);
    free(d->sents); free(d->sent_para); free(d->m); free(d->char_blocks);
    free(d->tok_match); free(d->sent_toks);
    free(d->hits); free(d->keys); free(d->keys_tmp); free(d->taken); free(d->keep); free(d->m_spare);
    memset(d, 0, sizeof *d);
}
