/*
 * frames.c — incidents: trigger-centred frames over sentences, merged by
 * ACLED's unit (one event at one place on one day by the same actors).
 *
 * For every trigger that no tally consumed:
 *   1. context: a negation, future, threat, call or denial cue shortly before
 *      it in its clause drops it; an opinion cue (condemned, welcomed) or an
 *      aggregate one (since, so far) weakens it: a weak frame needs a named
 *      place below country level to stand.
 *   2. places of the sentence go to the nearest trigger before them (or just
 *      after them: "تعرضت السفارة ... لهجوم"); places inside a source phrase
 *      ("مصدر أمني في كردستان") are not the event's.
 *   3. each named site is its own incident; a town or province only when no
 *      site of its province is named; a country only with a count of targets
 *      before it ("ثلاث قواعد في سوريا") or as the only place on a dated day.
 *   4. actors, weapons, casualties and the date come from the same sentence;
 *      a date is inherited from the previous sentences when the sentence has
 *      none, and a claim of responsibility anywhere names the attacker of
 *      attacks with none.
 * Frames that name the same place (or country), family and day merge; a
 * country-level incident is dropped when the article names a place in that
 * country for the same kind of event.
 */
#define _GNU_SOURCE         /* memmem */
#include "frames.h"

#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

enum { FAM_VIOLENCE, FAM_AIR, FAM_INTERCEPT, FAM_ARREST, FAM_CLASH, FAM_ABDUCTION, FAM_COUNT_ };

static int family_of(trigger_class c)
{
    switch (c) {
    case TR_AIR_STRIKE: return FAM_AIR;
    case TR_INTERCEPT: return FAM_INTERCEPT;
    case TR_ARREST: return FAM_ARREST;
    case TR_CLASH: return FAM_CLASH;
    case TR_ABDUCTION: return FAM_ABDUCTION;
    default: return FAM_VIOLENCE;
    }
}

/* ---- shared helpers ---------------------------------------------------- */

int sent_first_tok(const actx *a, int s) { return (int)a->d.sent_toks[s].start; }
int sent_end_tok(const actx *a, int s) { return (int)a->d.sent_toks[s].end; }

int match_from_tok(const actx *a, int tok) { return doc_match_from_tok(&a->d, tok); }

int place_from_sent(const actx *a, int s)
{
    return lower_bound_by_int(a->places, a->nplaces, sizeof *a->places, offsetof(place_mention, sent), s);
}

int date_from_sent(const actx *a, int s)
{
    return lower_bound_by_int(a->dates.v, a->dates.n, sizeof *a->dates.v, offsetof(date_mention, sent), s);
}

int find_in_range(const actx *a, idd_cat cat, int item, int t0, int t1)
{
    for (int i = match_from_tok(a, t0); i < a->d.nm; i++) {
        const match *m = &a->d.m[i];
        if (m->tok >= t1) break;
        if (m->tok >= t0 && m->cat == cat && (item < 0 || m->item == item)) return i;
    }
    return -1;
}

int sentence_has_cue(const actx *a, int s, cue_kind kind)
{
    return find_in_range(a, CAT_CUE, kind, sent_first_tok(a, s), sent_end_tok(a, s)) >= 0;
}

/* Whether a noun of this kind starts at token tok (a word may have several). */
static int noun_at(const actx *a, int tok, noun_kind kind)
{
    for (int k = match_at_tok(&a->d, tok, CAT_NOUN); k >= 0 && k < a->d.nm && a->d.m[k].tok == tok; k++)
        if (a->d.m[k].cat == CAT_NOUN && a->d.m[k].item == (int)kind) return 1;
    return 0;
}

static double km(double la1, double lo1, double la2, double lo2)
{
    double p = M_PI / 180, x = sin((la2 - la1) * p / 2), y = sin((lo2 - lo1) * p / 2);
    double h = x * x + cos(la1 * p) * cos(la2 * p) * y * y;
    return 12742 * asin(sqrt(h < 1 ? h : 1));
}

static double place_km(const actx *a, int p, int q)
{
    const lex_place *x = &a->lx->places[p], *y = &a->lx->places[q];
    return km(x->lat, x->lon, y->lat, y->lon);
}

/* ---- places ------------------------------------------------------------ */

static int is_country_place(const actx *a, int p) { return a->lx->places[p].kind == PK_COUNTRY; }

static int is_site(const actx *a, int p)
{
    return a->lx->places[p].kind == PK_BASE || a->lx->places[p].kind == PK_FACILITY;
}

/* A folded word written with the article: "الهجوم", "والضربات", "بالهجوم". */
static int definite(const actx *a, const match *m)
{
    const char *w = a->d.text.p + m->start;
    size_t n = m->end - m->start;
    if (n > 2 && (!memcmp(w, "\xd9\x88", 2) || !memcmp(w, "\xd9\x81", 2))) { w += 2; n -= 2; }
    if (n > 2 && (!memcmp(w, "\xd8\xa8", 2) || !memcmp(w, "\xd9\x84", 2) || !memcmp(w, "\xd9\x83", 2))) { w += 2; n -= 2; }
    return n > 4 && (!memcmp(w, "\xd8\xa7\xd9\x84", 4) || !memcmp(w, "\xd9\x84", 2));
}

/* The article's main country: most mentioned by country names and demonyms. */
static void article_country(actx *a)
{
    const idd_lexicon *lx = a->lx;
    static const int letters = 26;
    int counts[26 * 26] = {0}, best = -1;
    for (int i = 0; i < a->d.nm; i++) {
        const match *m = &a->d.m[i];
        const char *cc = m->cat == CAT_PLACE ? lx->places[m->item].country
                       : m->cat == CAT_DEMONYM ? lx->demonyms[m->item] : NULL;
        if (!cc) continue;
        int k = (cc[0] - 'A') * letters + (cc[1] - 'A');     /* codes are validated [A-Z]{2} */
        counts[k]++;
        if (best < 0 || counts[k] > counts[best]) best = k;
    }
    if (best < 0) a->country_ctx[0] = 0;
    else {
        a->country_ctx[0] = (char)('A' + best / letters);
        a->country_ctx[1] = (char)('A' + best % letters);
        a->country_ctx[2] = 0;
    }
}

/* Among senses of one place literal, the best: a base when the word before
 * is قاعدة, then the article's country, then rank (the gazetteer ranks a
 * base such as Harir above the sub-district it lends its name to). */
static int better_place(const actx *a, int p, int q, int after_base_word)
{
    const lex_place *x = &a->lx->places[p], *y = &a->lx->places[q];
    int xb = x->kind == PK_BASE, yb = y->kind == PK_BASE;
    if (after_base_word && xb != yb) return xb;
    int xc = !strcmp(x->country, a->country_ctx), yc = !strcmp(y->country, a->country_ctx);
    if (xc != yc) return xc;
    if (x->rank != y->rank) return x->rank > y->rank;
    return place_kind_specificity(x->kind) > place_kind_specificity(y->kind);
}

/* Whether a longer match of category cat covers match k: "وكالة
 * الاستخبارات" is a force, not a news agency reporting; "بدون" in "طائرة
 * بدون طيار" negates nothing. */
static int covered_by_item(const actx *a, int k, idd_cat cat, int item)
{
    for (int i = k; i >= 0 && i > k - 8; i--)
        if (a->d.m[i].cat == cat && (item < 0 || a->d.m[i].item == item) && a->d.m[i].start <= a->d.m[k].start &&
            a->d.m[i].end >= a->d.m[k].end)
            return 1;
    for (int i = k + 1; i < a->d.nm && a->d.m[i].start <= a->d.m[k].start; i++)
        if (a->d.m[i].cat == cat && (item < 0 || a->d.m[i].item == item) && a->d.m[i].end >= a->d.m[k].end) return 1;
    return 0;
}

static int covered_by(const actx *a, int k, idd_cat cat) { return covered_by_item(a, k, cat, -1); }

static int inside_actor(const actx *a, int k) { return covered_by(a, k, CAT_ACTOR); }

/* A negation that is one: not the "بدون" of a drone's name. */
static int real_negation(const actx *a, int k)
{
    return a->d.m[k].item == CUE_NEGATION && !covered_by(a, k, CAT_WEAPON);
}

static int cue_before(const actx *a, int tok, int kind, int window)
{
    /* a cue phrase is at most a few words long: start a little before the window */
    for (int i = match_from_tok(a, tok - window - 8); i < a->d.nm; i++) {
        const match *m = &a->d.m[i];
        if (m->tok >= tok) break;
        if (m->cat == CAT_CUE && m->item == kind && m->tok_end <= tok && tok - m->tok_end <= window &&
            a->d.tok_sent[m->tok] == a->d.tok_sent[tok] && !(kind == CUE_REPORTER && inside_actor(a, i)) &&
            !(kind == CUE_NEGATION && !real_negation(a, i)))
            return i;
    }
    return -1;
}

/* "بغداد- دمشق- أعلنت ...": a place among the first words of a paragraph,
 * followed by a dash, is the dateline. */
static int dateline_place(const actx *a, const match *m)
{
    int s = a->d.tok_sent[m->tok];
    if (s > 0 && a->d.sent_para[s - 1] == a->d.sent_para[s]) return 0;
    if (m->tok - sent_first_tok(a, s) > 4) return 0;
    uint32_t e = m->end;
    while (e < a->d.text.len && a->d.text.p[e] == ' ') e++;
    return e < a->d.text.len && (a->d.text.p[e] == '-' || a->d.text.p[e] == '(' || a->d.text.p[e] == '/');
}

/* "ردا على الغارات على جرف الصخر": a place in the clause a motive cue
 * opens belongs to the earlier event it names. */
static int in_motive_clause(const actx *a, int tok)
{
    int k = cue_before(a, tok, CUE_MOTIVE, 10);
    return k >= 0 && a->d.tok_clause[a->d.m[k].tok] == a->d.tok_clause[tok];
}

/* Whether token tok sits in a motive clause ("ردا على هجوم بطائرة مسيرة")
 * that the trigger at trig_tok is not in: it describes another event. */
static int other_event_clause(const actx *a, int tok, int trig_tok)
{
    return in_motive_clause(a, tok) && !in_motive_clause(a, trig_tok);
}

/* "القاعدة", "المطار": a definite site noun (nouns.tsv base_word,
 * facility_word) with no name after it, in a sentence that names no place,
 * is the site of that kind the article has named most so far.  Returns the
 * place mention it stands for, or NULL. */
static const place_mention *anaphoric_site(const actx *a, const match *m)
{
    if (m->cat != CAT_NOUN || (m->item != NOUN_BASE_WORD && m->item != NOUN_FACILITY_WORD) || !definite(a, m))
        return NULL;
    if (match_at_tok(&a->d, m->tok_end, CAT_PLACE) >= 0 || match_at_tok(&a->d, m->tok, CAT_PLACE) >= 0) return NULL;
    int s = a->d.tok_sent[m->tok];
    for (int k = match_from_tok(a, sent_first_tok(a, s)); k < a->d.nm && a->d.tok_sent[a->d.m[k].tok] == s; k++) {
        /* a sentence that names its place needs no antecedent */
        const match *o = &a->d.m[k];
        if (o->cat == CAT_PLACE && a->d.tok_sent[o->tok] == s && a->lx->places[o->item].kind != PK_COUNTRY &&
            a->lx->places[o->item].kind != PK_ADMIN1)
            return NULL;
    }
    place_kind want = m->item == NOUN_BASE_WORD ? PK_BASE : PK_FACILITY;
    /* the site of that kind the article names most, the latest on a tie */
    const place_mention *best = NULL;
    int best_n = 0;
    for (int i = a->nplaces - 1; i >= 0 && i >= a->nplaces - 64; i--) {      /* the recent ones */
        const place_mention *p = &a->places[i];
        if (p->tok >= m->tok || a->lx->places[p->place].kind != want) continue;
        int n = 0;
        for (int k = a->nplaces - 1; k >= 0 && k >= a->nplaces - 256; k--) n += a->places[k].place == p->place;
        if (n > best_n) { best = p; best_n = n; }
    }
    return best;
}

/* "مراسل عنب بلدي في ريف دير الزور": between the correspondent word and
 * the place, the outlet's name, "في" and at most one word ("ريف", "مدينة"). */
static int correspondent_seat(const actx *a, int cue, int tok)
{
    int fi = -1;
    for (int t = a->d.m[cue].tok_end; t < tok; t++)
        if (doc_tok_is(&a->d, t, "\xd9\x81\xd9\x8a")) fi = t;                  /* في */
    return fi >= 0 && tok - fi <= 2;
}

/* "فروا باتجاه الحدود" is not where it happened, nor is "منصة موجهة
 * باتجاه المطار"; but "تصدت لصاروخين أطلقا باتجاه قاعدة التنف" (or
 * "باتجاه إيلات") is: the weapons were stopped at the site or town they
 * flew toward.  Rockets "أطلقت باتجاه قاعدة رميلان" attacked that base. */
static int intercepted_at(const actx *a, int place, int s)
{
    place_kind k = a->lx->places[place].kind;
    int t0 = sent_first_tok(a, s), t1 = sent_end_tok(a, s);
    if ((is_site(a, place) || k == PK_TOWN) && find_in_range(a, CAT_TRIGGER, TR_INTERCEPT, t0, t1) >= 0) return 1;
    return is_site(a, place) && find_in_range(a, CAT_TRIGGER, TR_IMPACT, t0, t1) >= 0 &&
           find_in_range(a, CAT_WEAPON, -1, t0, t1) >= 0;
}

/* "أطلقت ... خمسة صواريخ من منطقة زمار في محافظة نينوى باتجاه ...": the
 * places between a launch's "من" and the direction it flew are where it was
 * launched from, not where the attack happened. */
static int launched_from(const actx *a, int tok)
{
    int s = a->d.tok_sent[tok], first = sent_first_tok(a, s);
    for (int k = tok - 1; k >= first && k >= tok - 8; k--) {
        if (find_in_range(a, CAT_CUE, CUE_TOWARD, k, tok) >= 0) return 0;
        if (!doc_tok_is(&a->d, k, "\xd9\x85\xd9\x86")) continue;       /* من */
        int launch = find_in_range(a, CAT_TRIGGER, TR_IMPACT, k - 10 > first ? k - 10 : first, k);
        return launch >= 0 && find_in_range(a, CAT_CUE, CUE_TOWARD, k, sent_end_tok(a, s)) >= 0;
    }
    return 0;
}

/* "جنوب العاصمة العراقية بغداد": a direction cue before "the capital" (and
 * its country's adjective) that names the place.  The cue match, or -1. */
static int direction_over_capital(const actx *a, int tok)
{
    int k = tok - 1;
    if (k > 0 && match_at_tok(&a->d, k, CAT_DEMONYM) >= 0) k--;
    if (k < 1 || find_in_range(a, CAT_NOUN, NOUN_CAPITAL, k, k + 1) < 0) return -1;
    return cue_before(a, k, CUE_DIRECTION, 0);
}

/* "وادي الشاي ضمن سلسلة جبال حمرين في قاطع كركوك": a place right after
 * "ضمن" or "قاطع", a few words after another place of the sentence, only
 * says where that one is. */
static int contained_place(const actx *a, int tok, int sent)
{
    int w = cue_before(a, tok, CUE_WITHIN, 1);
    if (w < 0 || a->nplaces == 0) return 0;
    const place_mention *prev = &a->places[a->nplaces - 1];
    return prev->sent == sent && a->d.m[w].tok - a->d.m[prev->match].tok_end <= 3;
}

idd_err places_collect(actx *a)
{
    article_country(a);
    size_t n = (size_t)(unsigned)a->d.nm + 1;
    if (VEC_RESERVE(a->places, a->places_cap, n)) return IDD_ENOMEM;
    memset(a->places, 0, n * sizeof *a->places);
    int chain_end = -2;            /* end of the last place skipped as only locating another */
    for (int i = 0; i < a->d.nm; i++) {
        const match *m = &a->d.m[i];
        const place_mention *ref = anaphoric_site(a, m);
        if (ref) {
            a->places[a->nplaces++] = (place_mention){ref->match, ref->place, m->tok, a->d.tok_sent[m->tok],
                                                       a->d.tok_clause[m->tok], ref->precision, -1};
            continue;
        }
        if (m->cat != CAT_PLACE) continue;
        int best = m->item, j = i + 1;
        int after_base = find_in_range(a, CAT_NOUN, NOUN_BASE_WORD, m->tok - 1, m->tok) >= 0;
        for (; j < a->d.nm && a->d.m[j].start == m->start && a->d.m[j].end == m->end; j++)
            if (a->d.m[j].cat == CAT_PLACE && better_place(a, a->d.m[j].item, best, after_base)) best = a->d.m[j].item;
        int tok = m->tok, sent = a->d.tok_sent[tok];
        /* a place right after a reporter word belongs to the source */
        int rep = cue_before(a, tok, CUE_REPORTER, 3);
        if (rep < 0 && (rep = cue_before(a, tok, CUE_CORRESPONDENT, 6)) >= 0 && !correspondent_seat(a, rep, tok))
            rep = -1;
        if (rep >= 0 && !is_country_place(a, best) && a->lx->places[best].kind != PK_BASE &&
            a->lx->places[best].kind != PK_FACILITY) {
            i = j - 1;
            continue;
        }
        if (dateline_place(a, m) ||
            (is_country_place(a, best) && cue_before(a, tok, CUE_LOCALITY, 0) >= 0) ||
            in_motive_clause(a, tok) || cue_before(a, tok, CUE_TITLE, 0) >= 0 || (cue_before(a, tok, CUE_TOWARD, 3) >= 0 && !intercepted_at(a, best, sent)) ||
            launched_from(a, tok)) {
            i = j - 1;
            continue;
        }
        int dir = cue_before(a, tok, CUE_DIRECTION, 1);
        if (dir < 0) dir = direction_over_capital(a, tok);
        if (dir >= 0 && a->nplaces > 0 && a->places[a->nplaces - 1].sent == sent &&
            (a->d.m[dir].tok - a->d.m[a->places[a->nplaces - 1].match].tok_end <= 1 ||
             a->d.m[dir].tok - chain_end <= 1)) {
            /* "X شمال شرقي Y": Y only says where X is, and so does Z in
             * "X شمالي Y جنوب Z" */
            chain_end = m->tok_end;
            i = j - 1;
            continue;
        }
        if (dir < 0 && contained_place(a, tok, sent)) {
            i = j - 1;
            continue;
        }
        if (dir < 0) dir = cue_before(a, tok, CUE_NEAR, 2);
        place_mention *pm = &a->places[a->nplaces++];
        *pm = (place_mention){i, best, tok, sent, a->d.tok_clause[tok], dir >= 0 ? 2 : 1, dir};
        i = j - 1;
    }
    return IDD_OK;
}

/* ---- frames ------------------------------------------------------------ */

static int push_incident(incident_list *l, const incident *x)
{
    if (l->n == l->cap) {
        int nc = l->cap ? l->cap * 2 : 16;
        incident *v = realloc(l->v, (size_t)nc * sizeof *v);
        if (!v) return -1;
        l->v = v;
        l->cap = nc;
    }
    l->v[l->n++] = *x;
    return 0;
}

/* What the last event-bearing trigger said, for the sentences after it that
 * refer back to it ("الضربات"، "الهجوم"، "هذه الهجمات"). */
typedef struct {
    int valid, sent;
    trigger_class cls;
    int actor1, actor1_match;
    int actor2;                /* the target, when the event named one */
    int date;                  /* index into a->dates, or -1 */
    unsigned char weapons[W_COUNT_];
    int nweapons;
} memory;

/* "وكانت الفصائل ذاتها قد استهدفت ... كما قصفت": كان/كانت followed by قد
 * recalls earlier events, to the end of the sentence. */
static int pluperfect_before(const actx *a, const match *t)
{
    int s = a->d.tok_sent[t->tok], end = sent_end_tok(a, s);
    for (int i = match_from_tok(a, sent_first_tok(a, s)); i < a->d.nm && a->d.m[i].tok <= t->tok; i++) {
        const match *was = &a->d.m[i];
        if (was->cat != CAT_CUE || was->item != CUE_WAS) continue;
        int q = find_in_range(a, CAT_CUE, CUE_ALREADY, was->tok_end, was->tok_end + 8);
        if (q >= 0 && a->d.m[q].tok < end) return 1;
    }
    return 0;
}

/* How the words around a trigger qualify it.  A recalled earlier event
 * ("وكانت ... قد قصفتا مساء الأربعاء 8 من تشرين الثاني") is still an event
 * when its sentence gives its day and a named place. */
enum { DROP = 0, WEAK = 1, STRONG = 2, RECALLED = 3 };

/* A reporting verb joined by "و" ("، وأعلنت") between tokens t0 and t1. */
static int new_statement_between(const actx *a, int t0, int t1)
{
    for (int i = match_from_tok(a, t0); i < a->d.nm && a->d.m[i].tok < t1; i++) {
        const match *m = &a->d.m[i];
        if (m->cat == CAT_CUE && m->item == CUE_REPORTER && !memcmp(a->d.text.p + m->start, "\xd9\x88", 2)) return 1;
    }
    return 0;
}

/* Whether analysis words frame trigger t.  A comment in a later clause of a
 * dated report ("شن ... يوم أمس غارات على دمشق، في تصعيد قال إنه يهدف
 * إلى ...") leaves the event standing; an undated one stays analysis. */
static int analysis_reaches(const actx *a, const match *t)
{
    int s = a->d.tok_sent[t->tok], first = sent_first_tok(a, s);
    int k = find_in_range(a, CAT_CUE, CUE_ANALYSIS, first, sent_end_tok(a, s));
    if (k < 0) return 0;
    const match *c = &a->d.m[k];
    int later_clause = c->tok > t->tok && a->d.tok_clause[c->tok] != a->d.tok_clause[t->tok];
    return !(later_clause && find_in_range(a, CAT_DATE, -1, first, c->tok) >= 0);
}

static int trigger_strength(const actx *a, const match *t)
{
    int s = a->d.tok_sent[t->tok], clause = a->d.tok_clause[t->tok];
    for (int i = match_from_tok(a, sent_first_tok(a, s)); i < a->d.nm; i++) {
        const match *m = &a->d.m[i];
        if (m->tok >= t->tok) break;
        if (m->cat != CAT_CUE || a->d.tok_sent[m->tok] != s) continue;
        int dist = t->tok - m->tok_end, same_clause = a->d.tok_clause[m->tok] == clause;
        switch (m->item) {
        case CUE_NEGATION: if (dist <= 2 && same_clause && real_negation(a, i)) return 0; break;
        case CUE_DENIAL: return 0;          /* "نفت ... الأنباء بشأن تعرض القاعدة لهجوم" */
        case CUE_FUTURE: case CUE_THREAT: case CUE_CALL:
            /* "وجهت بملاحقة المتورطين، وأعلنت إلقاء القبض": a new statement between ends its reach */
            if (dist <= 8 && !new_statement_between(a, m->tok_end, t->tok)) return 0;
            break;
        default: break;
        }
    }
    if (sentence_has_cue(a, s, CUE_JUDICIAL) || analysis_reaches(a, t) ||
        sentence_has_cue(a, s, CUE_DENIAL))                 /* "... عارٍ عن الصحة" comes after */
        return DROP;
    if (sentence_has_cue(a, s, CUE_BACKGROUND) || pluperfect_before(a, t) || cue_before(a, t->tok, CUE_CONTEXT, 0) >= 0)
        return RECALLED;
    if (sentence_has_cue(a, s, CUE_AGGREGATE) || sentence_has_cue(a, s, CUE_SINCE) ||
        sentence_has_cue(a, s, CUE_OPINION))
        return 1;
    return 2;
}

/* The trigger a place belongs to: nearest before it in the sentence, else
 * one shortly after it in its clause (or after "تعرضت", or for a site). */
/* "قصف ... شنّه الحرس الثوري قرابة الساعة الحادية عشرة من ليل الاثنين، على
 * منطقة سكنية في مدينة أربيل": after a clause of who and when, a clause
 * that opens with "على" resumes the trigger's target; place p is in it. */
static int target_resumed(const actx *a, const match *t, const place_mention *p)
{
    static const char on[] = "\xd8\xb9\xd9\x84\xd9\x8a";        /* على, folded */
    for (int k = p->tok - 1; k >= p->tok - 12 && k > t->tok; k--) {
        if (a->d.tok_clause[k] != p->clause) return 0;
        if (doc_tok_is(&a->d, k, on)) return a->d.tok_clause[k - 1] != p->clause;
    }
    return 0;
}

static int owner_trigger(const int *trig, int ntrig, const actx *a, const place_mention *p)
{
    int best = -1;
    for (int k = 0; k < ntrig; k++) {
        const match *t = &a->d.m[trig[k]];
        /* further when the trigger aimed there: "أطلقت، مساء أمس، صواريخ من ... باتجاه X" */
        int reach = find_in_range(a, CAT_CUE, CUE_TOWARD, t->tok_end, p->tok) >= 0 || target_resumed(a, t, p) ? 30 : 18;
        if (t->tok <= p->tok && p->tok - t->tok <= reach) best = k;
    }
    if (best >= 0) return best;
    for (int k = 0; k < ntrig; k++) {
        const match *t = &a->d.m[trig[k]];
        if (t->tok > p->tok && t->tok - p->tok <= (is_site(a, p->place) ? 18 : 12) &&
            (a->d.tok_clause[t->tok] == p->clause || is_site(a, p->place) || cue_before(a, p->tok, CUE_SUBJECTED, 3) >= 0 ||
             t->item == TR_ARREST ||
             find_in_range(a, CAT_CUE, CUE_SUBJECTED, p->tok, t->tok) >= 0))
            return k;
    }
    return -1;
}

/* A count of targets ("ثلاث قواعد", "قاعدة أخرى") a few words before a
 * country name makes a country-level incident concrete. */
static int targets_before(const actx *a, int tok, int trig_tok)
{
    for (int i = match_from_tok(a, tok - 6); i < a->d.nm; i++) {
        const match *m = &a->d.m[i];
        if (m->tok >= tok) break;
        if (m->cat == CAT_NOUN && m->item == NOUN_TARGET && tok - m->tok <= 6 && (m->tok > trig_tok || tok < trig_tok) &&
            a->d.tok_sent[m->tok] == a->d.tok_sent[tok]) {
            int next;
            if (number_at(&a->d, m->tok - 1, NULL, &next) > 0 && next == m->tok) return 1;
            /* an indefinite singular: no article before it */
            const char *w = a->d.text.p + m->start;
            if (memcmp(w, "\xd8\xa7\xd9\x84", 4) && memcmp(w, "\xd9\x88\xd8\xa7\xd9\x84", 6) &&
                memcmp(w, "\xd9\x84\xd9\x84", 4))
                return 1;
        }
    }
    return 0;
}

/* "أعلنت الوزارة، اليوم الأحد، ...": a date right after a reporting verb
 * dates the report, not necessarily the event. */
static int report_date(const actx *a, int k)
{
    int at = a->dates.v[k].tok, rep = cue_before(a, at, CUE_REPORTER, 6);
    /* "قال المصدر لوكالة ... إن الصواريخ أطلقت مساء أمس": the verb between owns the day */
    return rep >= 0 && find_in_range(a, CAT_TRIGGER, -1, a->d.m[rep].tok_end, at) < 0;
}

/* The date of sentence s nearest to token tok, a report's date only when
 * the sentence has no other; -1 when none. */
static int sentence_date(const actx *a, int s, int tok)
{
    int best = -1, best_d = 1 << 30;
    for (int k = date_from_sent(a, s); k < a->dates.n && a->dates.v[k].sent == s; k++) {
        if (other_event_clause(a, a->dates.v[k].tok, tok)) continue;
        int d = abs(a->dates.v[k].tok - tok) + (report_date(a, k) ? 1000 : 0);
        if (d < best_d) { best = k; best_d = d; }
    }
    return best;
}

/* A date that bounds a period ("منذ 17 أكتوبر") dates no event. */
static int period_bound(const actx *a, const date_mention *dm)
{
    /* "منذ بدء الحرب الإسرائيلية على غزة في السابع من أكتوبر" */
    return cue_before(a, dm->tok, CUE_SINCE, 7) >= 0 || cue_before(a, dm->tok, CUE_UNTIL, 3) >= 0 ||
           cue_before(a, dm->tok, CUE_AGGREGATE, 3) >= 0;
}

/* The date of the event a trigger at tok names in sentence s: the nearest,
 * unless it bounds a period; -1 when none. */
static int event_date_of(const actx *a, int s, int tok)
{
    int dk = sentence_date(a, s, tok);
    return dk >= 0 && period_bound(a, &a->dates.v[dk]) ? -1 : dk;
}

/* The date a sentence with none inherits: the nearest before it in its
 * paragraph or the two sentences before, that is not a period's bound. */
static int inherited_date(const actx *a, int s)
{
    int best = -1;
    for (int k = date_from_sent(a, s) - 1; k >= 0 && best < 0; k--) {     /* nearest first */
        const date_mention *dm = &a->dates.v[k];
        if (a->d.sent_para[dm->sent] != a->d.sent_para[s] && s - dm->sent > 2) break;
        if (period_bound(a, dm) || in_motive_clause(a, dm->tok)) continue;
        if (a->d.sent_para[dm->sent] == a->d.sent_para[s] || s - dm->sent <= 2) best = k;
    }
    return best;
}

static void add_weapon(incident *x, weapon w)
{
    if (!x->weapons[w]) x->weapons[w] = (unsigned char)++x->nweapons;
}

/* A contrast cue ("فيما"، "بينما") between tokens t0 and t1, either way
 * round, or -1. */
static int contrast_between(const actx *a, int t0, int t1)
{
    return t0 < t1 ? find_in_range(a, CAT_CUE, CUE_CONTRAST, t0 + 1, t1) : find_in_range(a, CAT_CUE, CUE_CONTRAST, t1 + 1, t0);
}

/* "غارة على الخيام، ما أدى إلى ارتقاء شهيد، فيما استهدفت مسيّرة ...
 * كفركلا، ما أدى إلى ارتقاء شهيدين": a contrast cue with another trigger
 * on the far side separates the word at tok from the trigger at trig. */
static int across_contrast(const actx *a, int trig, int tok)
{
    int c = contrast_between(a, trig, tok);
    if (c < 0) return 0;
    int ct = a->d.m[c].tok, s = a->d.tok_sent[ct];
    return tok > trig ? find_in_range(a, CAT_TRIGGER, -1, ct, tok) >= 0
                      : find_in_range(a, CAT_TRIGGER, -1, sent_first_tok(a, s), ct) >= 0;
}

static void weapons_near(const actx *a, incident *x, const match *t)
{
    int s = a->d.tok_sent[t->tok];
    for (int i = match_from_tok(a, t->tok - 25); i < a->d.nm && a->d.m[i].tok <= t->tok + 25; i++) {
        const match *m = &a->d.m[i];
        if (m->cat == CAT_WEAPON && m->item < W_COUNT_ && a->d.tok_sent[m->tok] == s &&
            !other_event_clause(a, m->tok, t->tok) && !across_contrast(a, t->tok, m->tok))
            add_weapon(x, (weapon)m->item);
    }
    switch (t->item) {
    case TR_DRONE_ATTACK: add_weapon(x, W_DRONE); break;
    case TR_SUICIDE: add_weapon(x, W_SUICIDE); break;
    default: break;
    }
}

/* Whether weapon w is named in the trigger's sentence near it. */
static int weapon_near(const actx *a, const match *t, weapon w)
{
    int s = a->d.tok_sent[t->tok];
    for (int i = match_from_tok(a, t->tok - 25); i < a->d.nm && a->d.m[i].tok <= t->tok + 25; i++) {
        const match *m = &a->d.m[i];
        if (m->cat == CAT_WEAPON && m->item == (int)w && a->d.tok_sent[m->tok] == s &&
            !other_event_clause(a, m->tok, t->tok) && !across_contrast(a, t->tok, m->tok))
            return 1;
    }
    return 0;
}

/* The weapon named within four words after token tok, or -1. */
/* "أطلقوا النار": the launch verb is part of a small-arms phrase. */
static int fired_shots(const actx *a, int k)
{
    for (int i = k; i >= 0 && i > k - 8; i--) {
        const match *w = &a->d.m[i];
        if (w->cat == CAT_WEAPON && w->item == W_SMALL_ARMS && w->start <= a->d.m[k].start && w->end > a->d.m[k].end)
            return 1;
    }
    for (int i = k + 1; i < a->d.nm && a->d.m[i].start <= a->d.m[k].start; i++)
        if (a->d.m[i].cat == CAT_WEAPON && a->d.m[i].item == W_SMALL_ARMS && a->d.m[i].end > a->d.m[k].end) return 1;
    return 0;
}

/* A toward cue ("باتجاه") after trigger t in its sentence. */
static int aimed(const actx *a, const match *t)
{
    int end = sent_end_tok(a, a->d.tok_sent[t->tok]);
    return find_in_range(a, CAT_CUE, CUE_TOWARD, t->tok_end, end < t->tok_end + 14 ? end : t->tok_end + 14) >= 0;
}

/* A weapon in the four words before token tok, or -1. */
static int weapon_before(const actx *a, int tok)
{
    for (int t = tok - 1; t >= tok - 4 && t >= 0; t--) {
        int k = match_at_tok(&a->d, t, CAT_WEAPON);
        if (k >= 0 && a->d.m[k].item < W_COUNT_) return a->d.m[k].item;
    }
    return -1;
}

/* A weapon in the words from token tok on, within its sentence: "أطلقت
 * جهات مجهولة، مساء أمس، خمسة صواريخ" names the launcher and the day first. */
static int weapon_after(const actx *a, int tok)
{
    int sent = tok < a->d.ntoks ? a->d.tok_sent[tok] : -1;
    for (int t = tok; t < tok + 8 && t < a->d.ntoks; t++) {
        if (t >= tok + 5 && a->d.tok_sent[t] != sent) break;
        int k = match_at_tok(&a->d, t, CAT_WEAPON);
        if (k >= 0 && a->d.m[k].item < W_COUNT_) return a->d.m[k].item;
    }
    return -1;
}

static int is_generic(trigger_class c) { return c == TR_ATTACK || c == TR_STRIKE; }

static int is_specific(trigger_class c)
{
    return c == TR_AIR_STRIKE || c == TR_SHELLING || c == TR_DRONE_ATTACK || c == TR_EXPLOSION || c == TR_SUICIDE;
}

/* "انفجارات هزت محيط المطار إثر غارات إسرائيلية": explosions with no bomb
 * named, followed in the sentence by a strike or shelling, are its effect and
 * take its class. */
static int explosion_cause(const actx *a, const int *trig, int ntrig, int k, int *chained)
{
    const match *t = &a->d.m[trig[k]];
    if (weapon_near(a, t, W_IED) || weapon_near(a, t, W_SUICIDE)) return TR_EXPLOSION;
    for (int j = k + 1; j < ntrig; j++) {
        const match *o = &a->d.m[trig[j]];
        trigger_class oc = (trigger_class)o->item;
        if (o->tok - t->tok_end > 15) break;
        if (oc == TR_AIR_STRIKE || oc == TR_SHELLING || oc == TR_DRONE_ATTACK) {
            *chained = trig[j];
            return oc;
        }
    }
    return TR_EXPLOSION;
}

/* "اشتبكت مع طائرتين بدون طيار" (a rendering of "engaged two drones"):
 * fighting a drone or a missile is air defence, not a fire fight. */
static int engages_weapons(const actx *a, const match *t)
{
    for (int k = t->tok_end; k < t->tok_end + 4 && k < a->d.ntoks; k++) {
        if (!doc_tok_is(&a->d, k, "\xd9\x85\xd8\xb9")) continue;               /* مع */
        int w = weapon_after(a, k + 1);
        return w == W_DRONE || w == W_ROCKET || w == W_MISSILE;
    }
    return 0;
}

/* An interception that still hurt someone, or that the sentence says hit
 * ("بينما أصابت الثالثة القاعدة"), is the attack that got through. */
static int attack_through(const actx *a, const incident *x)
{
    if (x->hurt || x->fatalities > 0 || x->injuries > 0) return 1;
    return find_in_range(a, CAT_NOUN, NOUN_HIT, sent_first_tok(a, x->sent), sent_end_tok(a, x->sent)) >= 0;
}

/* The attack class an interception that got through stands for. */
static trigger_class attack_class(const incident *x)
{
    if (x->weapons[W_ROCKET] || x->weapons[W_MISSILE] || x->weapons[W_MORTAR]) return TR_SHELLING;
    return TR_DRONE_ATTACK;
}


/* An interception in the sentence that speaks of trigger k's attack: not one
 * after a contrast ("فيما أسقطت طائرتان أخريان"), which is another event. */
static int shot_down(const actx *a, const int *trig, int ntrig, int k)
{
    const match *t = &a->d.m[trig[k]];
    for (int j = 0; j < ntrig; j++) {
        const match *o = &a->d.m[trig[j]];
        if (o->item != TR_INTERCEPT || trigger_strength(a, o) <= 0) continue;
        int lo = o->tok < t->tok ? o->tok_end : t->tok_end, hi = o->tok < t->tok ? t->tok : o->tok;
        if (!(o->tok > t->tok && find_in_range(a, CAT_CUE, CUE_CONTRAST, lo, hi) >= 0)) return 1;
    }
    return 0;
}

/* The class a trigger stands for in its sentence: "سقوط" only with a weapon
 * after it (or just before it, when aimed at something); "استهدفت" next to "غارات جوية" is the air strike; an attack the
 * sentence says was shot down is the interception.  -1: not an event. */
static int effective_class(const actx *a, const int *trig, int ntrig, int k, int *chained)
{
    const match *t = &a->d.m[trig[k]];
    trigger_class c = (trigger_class)t->item;
    *chained = -1;
    if (c == TR_NONE) return -1;
    if (c == TR_IMPACT || c == TR_FALL) {
        if (fired_shots(a, trig[k])) return TR_CLASH;                /* "أطلقوا النار على نقطة" */
        int w = weapon_after(a, t->tok_end);
        /* "ثلاثة صواريخ سقطت داخل القاعدة" fell where it hit; "خمسة صواريخ
         * أطلقت ... باتجاه قاعدة رميلان" was launched, which tells where it
         * hit only when aimed somewhere */
        if (w < 0 && (c == TR_FALL || aimed(a, t))) w = weapon_before(a, t->tok);
        if (w == W_ROCKET || w == W_MORTAR || w == W_MISSILE || w == W_ARTILLERY) return TR_SHELLING;
        if (w == W_DRONE) return TR_DRONE_ATTACK;
        return -1;
    }
    if (c == TR_EXPLOSION) return explosion_cause(a, trig, ntrig, k, chained);
    if (c == TR_CLASH && engages_weapons(a, t)) return TR_INTERCEPT;
    if (!is_generic(c)) return c;
    if (shot_down(a, trig, ntrig, k)) return TR_INTERCEPT;
    if (cue_before(a, t->tok, CUE_ATTEMPT, 3) >= 0) return c;
    int best = -1, best_d = 9;
    for (int j = 0; j < ntrig; j++) {
        const match *o = &a->d.m[trig[j]];
        int d = abs(o->tok - t->tok);
        /* "غارة على الخيام ... فيما استهدفت مسيّرة": another event's */
        if (j != k && is_specific((trigger_class)o->item) && d < best_d && contrast_between(a, o->tok, t->tok) < 0) {
            best = j;
            best_d = d;
        }
    }
    if (best < 0) return c;
    *chained = trig[best];
    return a->d.m[trig[best]].item;
}

/* The state forces of country cc (actors.tsv "state" rows), or -1. */
static int state_of_country(const actx *a, const char *cc)
{
    for (int k = 0; k < a->lx->nactors; k++)
        if (a->lx->actors[k].kind == AK_STATE && !strcmp(a->lx->actors[k].country, cc)) return k;
    return -1;
}

/* The state whose demonym stands within four words of the trigger, in its
 * clause: "غارة أمريكية", "قصفت الطائرات الحربية التركية". */
static int demonym_actor(const actx *a, const match *t)
{
    int clause = a->d.tok_clause[t->tok], best = -1, best_d = 5;
    for (int i = match_from_tok(a, t->tok - 6); i < a->d.nm && a->d.m[i].tok <= t->tok_end + 5; i++) {
        const match *m = &a->d.m[i];
        if (m->cat != CAT_DEMONYM || a->d.tok_clause[m->tok] != clause) continue;
        if (find_in_range(a, CAT_PLACE, -1, m->tok - 1, m->tok) >= 0) continue;   /* "الجولان السوري" */
        if (find_in_range(a, CAT_NOUN, NOUN_TARGET, m->tok - 2, m->tok) >= 0) continue;   /* "قاعدة الاحتلال الأميركي" */
        if (find_in_range(a, CAT_NOUN, NOUN_NOT_DOER, m->tok - 1, m->tok) >= 0) continue;  /* "للسيادة العراقية" */
        int d = m->tok >= t->tok_end ? m->tok - t->tok_end : t->tok - m->tok_end;
        if (d < 0 || d >= best_d) continue;
        int state = state_of_country(a, a->lx->demonyms[m->item]);
        if (state >= 0) { best = state; best_d = d; }
    }
    return best;
}

/* A plane of unstated kind, or a weapon only states field (drones, war
 * planes, artillery): what a state's adjective after it makes its own. */
static int state_weapon_word(const actx *a, const match *m)
{
    if (m->cat == CAT_NOUN && m->item == NOUN_PLANE)
        return match_at_tok(&a->d, m->tok, CAT_WEAPON) < 0;              /* طائرة مسيرة is a weapon */
    return m->cat == CAT_WEAPON && (m->item == W_DRONE || m->item == W_AIRCRAFT || m->item == W_ARTILLERY);
}

/* "طائرتان أمريكيتان من طراز F-15 قد قصفتا"، "طائرة مسيرة تركية"،
 * "المدفعية التركية": a plane or a state's weapon with a state's adjective
 * right after it, shortly before the trigger in its sentence or just after
 * it in its clause, is that state's.  Returns the state's actor, or -1. */
static int state_weapon(const actx *a, const match *t)
{
    int s = a->d.tok_sent[t->tok], clause = a->d.tok_clause[t->tok];
    for (int i = match_from_tok(a, t->tok - 12); i < a->d.nm && a->d.m[i].tok <= t->tok_end + 4; i++) {
        const match *m = &a->d.m[i];
        if (!state_weapon_word(a, m) || a->d.tok_sent[m->tok] != s) continue;
        if (m->tok > t->tok && a->d.tok_clause[m->tok] != clause) continue;
        if (other_event_clause(a, m->tok, t->tok)) continue;
        int named = match_at_tok(&a->d, m->tok, CAT_ACTOR);                /* "الطائرات الإسرائيلية" */
        if (named >= 0 && a->lx->actors[a->d.m[named].item].kind == AK_STATE) return a->d.m[named].item;
        int k = match_at_tok(&a->d, m->tok_end, CAT_DEMONYM);
        int state = k >= 0 ? state_of_country(a, a->lx->demonyms[a->d.m[k].item]) : -1;
        if (state >= 0) return state;
    }
    return -1;
}

/* The state's forces of a country named as the doer: "شنت الولايات المتحدة
 * غارات"، "قصفت إسرائيل مواقع": a country right after a verb of doing or
 * the trigger verb itself, before the trigger's object.  -1 when none. */
/* "إسرائيل شنت، أمس الخميس، غارات": the country right before the verb
 * that carried out the trigger (or before the trigger itself). */
static int subject_of_verb(const actx *a, const match *m, const match *t)
{
    if (m->tok >= t->tok || doc_tok_is(&a->d, m->tok - 1, "\xd9\x81\xd9\x8a") ||     /* في: a place */
        cue_before(a, m->tok, CUE_DIRECTION, 0) >= 0)
        return 0;
    if (m->tok_end == t->tok) return 1;
    int verb = match_at_tok(&a->d, m->tok_end, CAT_CUE);
    return verb >= 0 && a->d.m[verb].item == CUE_CARRIED_OUT && t->tok - a->d.m[verb].tok_end <= 4;
}

static int country_as_actor(const actx *a, const match *t)
{
    for (int i = match_from_tok(a, t->tok - 5); i < a->d.nm && a->d.m[i].tok <= t->tok_end + 1; i++) {
        const match *m = &a->d.m[i];
        if (m->cat != CAT_PLACE || a->lx->places[m->item].kind != PK_COUNTRY ||
            a->d.tok_sent[m->tok] != a->d.tok_sent[t->tok] ||
            (m->tok >= t->tok && a->d.tok_clause[m->tok] != a->d.tok_clause[t->tok]))
            continue;                       /* "نفذت الولايات المتحدة، مساء الأحد، ضربات" */
        int right_after_verb = m->tok == t->tok_end || cue_before(a, m->tok, CUE_CARRIED_OUT, 0) >= 0;
        if (!right_after_verb && !subject_of_verb(a, m, t)) continue;
        int state = state_of_country(a, a->lx->places[m->item].country);
        if (state >= 0) return state;
    }
    return -1;
}

/* "مسلحون من داعش": an actor followed by "من" and an armed group is a
 * part of that group, which names it better. */
static int named_after(const actx *a, const match *m)
{
    if (!doc_tok_is(&a->d, m->tok_end, "\xd9\x85\xd9\x86")) return 0;
    int k = match_at_tok(&a->d, m->tok_end + 1, CAT_ACTOR);
    return k >= 0 && a->lx->actors[a->d.m[k].item].kind == AK_ARMED;
}

/* "قال مصدر في قوات سوريا الديمقراطية إن ...": an actor after a reporter
 * word and "في" or "من" is where the report comes from, not a party. */
static int source_of_report(const actx *a, const match *m)
{
    if (!doc_tok_is(&a->d, m->tok - 1, "\xd9\x81\xd9\x8a") && !doc_tok_is(&a->d, m->tok - 1, "\xd9\x85\xd9\x86"))
        return 0;
    return find_in_range(a, CAT_CUE, CUE_REPORTER, m->tok - 3 > 0 ? m->tok - 3 : 0, m->tok - 1) >= 0;
}

/* "قصف صاروخي ومدفعي لقوات النظام": an actor with the clitic ل a few
 * words after the trigger, with only the trigger's or weapon words between,
 * owns the attack (a target noun between makes it the target's owner:
 * "مواقع لقوات النظام"). */
static int possessor_of(const actx *a, const match *t, const match *m)
{
    if (m->tok < t->tok_end || m->tok - t->tok_end > 3 || m->lit < 0) return 0;
    const char *lam = "\xd9\x84";
    if (memcmp(a->d.text.p + m->start, lam, 2) || !memcmp(a->lx->lits[m->lit].text, lam, 2)) return 0;
    int covered = t->tok_end;            /* tokens before this are the trigger's or a weapon's */
    for (int i = match_from_tok(a, t->tok); i < a->d.nm && a->d.m[i].tok < m->tok; i++) {
        const match *w = &a->d.m[i];
        if ((w->cat == CAT_WEAPON || w->cat == CAT_TRIGGER) && w->tok <= covered && w->tok_end > covered)
            covered = w->tok_end;
    }
    return covered >= m->tok;
}

static int state_led(trigger_class c)
{
    return c == TR_AIR_STRIKE || c == TR_STRIKE || c == TR_SHELLING || c == TR_INTERCEPT || c == TR_ARREST;
}

/* "أعلنت القيادة المركزية أن قواتها نفذت ضربات": an actor shortly before
 * a carried-out verb that shortly precedes the trigger is its doer. */
static int does_before(const actx *a, const match *m, const match *t)
{
    if (m->tok >= t->tok) return 0;
    for (int i = match_from_tok(a, m->tok_end); i < a->d.nm && a->d.m[i].tok < t->tok; i++) {
        const match *v = &a->d.m[i];
        if (v->tok > m->tok_end + 3) break;
        if (v->cat == CAT_CUE && v->item == CUE_CARRIED_OUT && t->tok - v->tok_end <= 4) return 1;
    }
    return 0;
}

/* "الضربات الإسرائيلية", "العدوان الإسرائيلي الذي استهدف": a state's
 * adjective right after the trigger, after an event word just before it, or
 * before the relative pronoun that leads to it, names the state's forces as
 * the doer.  -1 if none. */
static int adjective_of_event(const actx *a, const match *t)
{
    /* "العدوان الإسرائيلي الذي استهدف": the adjective, a relative pronoun, the verb */
    static const char *const which[] = {"\xd8\xa7\xd9\x84\xd8\xb0\xd9\x8a", "\xd8\xa7\xd9\x84\xd8\xaa\xd9\x8a"};
    int k = match_at_tok(&a->d, t->tok - 2, CAT_DEMONYM);
    int relative = doc_tok_is(&a->d, t->tok - 1, which[0]) || doc_tok_is(&a->d, t->tok - 1, which[1]);
    if (k >= 0 && relative) {
        int state = state_of_country(a, a->lx->demonyms[a->d.m[k].item]);
        if (state >= 0) return state;
    }
    /* "ضحايا العدوان الأمريكي الذي استهدف": a partisan name of the state's
     * event (actors.tsv), which starts with the event's word (nouns.tsv event_name) */
    for (int i = match_from_tok(a, t->tok - 4); relative && i < a->d.nm && a->d.m[i].tok < t->tok; i++) {
        const match *v = &a->d.m[i];
        if (v->cat == CAT_ACTOR && v->tok_end == t->tok - 1 && a->lx->actors[v->item].kind == AK_STATE &&
            noun_at(a, v->tok, NOUN_EVENT_NAME))
            return v->item;
    }
    for (int i = match_from_tok(a, t->tok - 4); i < a->d.nm && a->d.m[i].tok <= t->tok; i++) {
        const match *w = &a->d.m[i];
        if (w->cat != CAT_TRIGGER || (w != t && t->tok - w->tok_end > 3)) continue;
        int k = match_at_tok(&a->d, w->tok_end, CAT_DEMONYM);
        if (k < 0 || a->d.tok_clause[w->tok_end] != a->d.tok_clause[t->tok]) continue;
        int state = state_of_country(a, a->lx->demonyms[a->d.m[k].item]);
        if (state >= 0) return state;
    }
    return -1;
}

/* "اشتباكات بين هيئة تحرير الشام وفصائل الجيش الوطني": a clash's second
 * party, the first other actor named after the trigger in its clause. */
static void other_party(const actx *a, incident *x, const match *t)
{
    for (int i = match_from_tok(a, t->tok_end); i < a->d.nm; i++) {
        const match *m = &a->d.m[i];
        if (m->tok - t->tok_end > 14 || a->d.tok_sent[m->tok] != a->d.tok_sent[t->tok]) return;
        if (m->cat != CAT_ACTOR || m->item == x->actor1 || named_after(a, m) || source_of_report(a, m)) continue;
        x->actor2 = m->item;
        x->actor2_match = i;
        return;
    }
}

/* "أعلنت سنتكوم أن قواتها قتلت القيادي ... في ضربة نفذتها طائرات مسيّرة":
 * the state forces that open the sentence announce their own strike or
 * arrest when nobody else is named as its doer. */
static void announcing_state(const actx *a, incident *x, const match *t)
{
    for (int i = match_from_tok(a, sent_first_tok(a, a->d.tok_sent[t->tok])); i < a->d.nm && a->d.m[i].tok < t->tok; i++) {
        const match *m = &a->d.m[i];
        if (m->cat != CAT_ACTOR || a->lx->actors[m->item].kind != AK_STATE || m->item == x->actor2 ||
            cue_before(a, m->tok, CUE_ON_BEHALF, 0) >= 0 || source_of_report(a, m))
            continue;
        if (m->tok - sent_first_tok(a, a->d.tok_sent[t->tok]) > 3) return;
        x->actor1 = m->item;
        x->actor1_match = i;
        return;
    }
}

typedef struct { int key, match; } target_candidate;

/* The best target that is not the doer found later in the sentence
 * ("أعلنت سنتكوم أن قوات أميركية وعراقية نفذت غارة ... مقتل 15 من داعش"). */
static void best_target(const actx *a, incident *x, const target_candidate *targets, int n)
{
    int best = 1 << 30;
    for (int k = 0; k < n; k++) {
        int item = a->d.m[targets[k].match].item;
        if (targets[k].key < best && item != x->actor1) {
            best = targets[k].key;
            x->actor2 = item;
            x->actor2_match = targets[k].match;
        }
    }
}

/* A trigger written as a perfect verb with its subject's ending: "اعتقلت",
 * "استهدفوا" (not a plural noun in ات: "اعتقالات").  In Arabic's verb-first
 * order the actor right after such a verb is its doer: "اعتقلت «قسد» قياديا". */
static int verb_with_subject_ending(const actx *a, const match *t)
{
    const lex_literal *L = &a->lx->lits[t->lit];
    const char *e = L->text + L->len;
    if (L->len < 6) return 0;
    if (!memcmp(e - 2, "\xd8\xaa", 2)) return memcmp(e - 4, "\xd8\xa7", 2) != 0;     /* ت, not ات */
    return !memcmp(e - 4, "\xd9\x88\xd8\xa7", 4);                                 /* وا */
}

static void actors_for(const actx *a, incident *x, const match *t, int chained)
{
    int s = a->d.tok_sent[t->tok], fam = family_of(x->cls);
    x->actor1 = x->actor2 = -1;
    x->actor1_match = x->actor2_match = -1;
    int plane = state_weapon(a, t);
    if (plane >= 0) {
        if (!x->nweapons) add_weapon(x, W_AIRCRAFT);                     /* "طائرات إسرائيلية" */
        x->actor1 = plane;
    } else x->actor1 = adjective_of_event(a, t);
    if (x->actor1 < 0 && (state_led(x->cls) || x->weapons[W_AIRCRAFT] || x->weapons[W_DRONE] || x->weapons[W_MISSILE])) {
        x->actor1 = demonym_actor(a, t);
        if (x->actor1 < 0 && chained >= 0) x->actor1 = demonym_actor(a, &a->d.m[chained]);
        if (x->actor1 < 0) x->actor1 = country_as_actor(a, t);
    }
    int best1 = 1 << 30, ntargets = 0;
    target_candidate targets[16];
    for (int i = match_from_tok(a, sent_first_tok(a, s)); i < a->d.nm && a->d.tok_sent[a->d.m[i].tok] == s; i++) {
        const match *m = &a->d.m[i];
        if (m->cat != CAT_ACTOR || named_after(a, m) || source_of_report(a, m)) continue;
        const lex_actor *ac = &a->lx->actors[m->item];
        if (covered_by_item(a, i, CAT_CUE, CUE_AMONG)) continue;
        int after = m->tok >= t->tok_end, dist = after ? m->tok - t->tok_end : t->tok - m->tok_end;
        int agent = cue_before(a, m->tok, CUE_CARRIED_OUT, 3) >= 0;      /* "هجوم شنه عناصر من داعش" */
        int owner = possessor_of(a, t, m) || (chained >= 0 && possessor_of(a, &a->d.m[chained], m));
        /* "قوات حرس الحدود اشتبكت": right before the trigger, the subject */
        /* "برصاص مسلحين مجهولين": the trigger names its doer */
        int named_in_trigger = m->tok >= t->tok && m->tok_end <= t->tok_end;
        int subject = (after && dist == 0) || agent || does_before(a, m, t) || owner || (!after && m->tok_end == t->tok) ||
                      named_in_trigger;
        int victim = !(after && dist == 0) && !owner && !named_in_trigger &&                     /* "بهجوم لتنظيم داعش" */
                     (cue_before(a, m->tok, CUE_KILLED, 5) >= 0 || cue_before(a, m->tok, CUE_INJURED, 5) >= 0);
        int as_target;
        if (agent && ac->kind != AK_TARGET) as_target = 0;
        else if (ac->kind == AK_TARGET || victim || (after && cue_before(a, m->tok, CUE_AGAINST, 3) >= 0)) as_target = 1;
        else if ((x->cls == TR_EXPLOSION || x->cls == TR_SUICIDE) && after)
            as_target = !subject;       /* "انفجرت عبوة ناسفة بسيارة عسكرية لقسد": a blast's bomber is rarely named after it */
        else if (fam == FAM_AIR || fam == FAM_ARREST || x->weapons[W_AIRCRAFT] ||     /* "طائراته الحربية قصفت" */
                 (x->actor1 >= 0 && a->lx->actors[x->actor1].kind == AK_STATE))
            /* another state's forces, named as no doer, were struck: "مقتل أربعة من جنود الجيش الإيراني" */
            as_target = (ac->kind == AK_ARMED && !(after && dist == 0 && verb_with_subject_ending(a, t))) ||
                        (ac->kind == AK_STATE && x->actor1 >= 0 && x->actor1_match < 0 && m->item != x->actor1 && !subject &&
                         cue_before(a, m->tok, CUE_ON_BEHALF, 0) < 0);        /* "متحدث باسم التحالف" */
        else if (fam == FAM_INTERCEPT) as_target = ac->kind == AK_ARMED && after;
        else as_target = ac->kind == AK_STATE && !subject;
        if (as_target && m->item != x->actor1) {
            /* the target named closest after the trigger in its clause, else
             * the nearest before it, else one in a later clause */
            int same_clause = a->d.tok_clause[m->tok] == a->d.tok_clause[t->tok];
            int key = after ? dist + (same_clause ? 0 : 2000) : 1000 + dist;
            if (ntargets < 16) targets[ntargets].key = key, targets[ntargets++].match = i;
        } else if (x->actor1 < 0 || x->actor1_match >= 0 || subject) {  /* a named doer beats an adjective */
            int key = subject ? 0 : !after ? dist : 100 + dist;
            if (key < best1 && dist <= 14) { best1 = key; x->actor1 = m->item; x->actor1_match = i; }
        }
    }
    /* a clash has two parties, neither of them the doer alone: "مقتل خمسة
     * من مسلحي داعش في اشتباك مع قوة من الجيش" */
    if (fam == FAM_CLASH && x->actor1 < 0 && ntargets) {
        best_target(a, x, targets, ntargets);
        x->actor1 = x->actor2;
        x->actor1_match = x->actor2_match;
        x->actor2 = x->actor2_match = -1;
    }
    best_target(a, x, targets, ntargets);
    if (fam == FAM_CLASH && x->actor1 >= 0 && x->actor2 < 0) other_party(a, x, t);
    if (x->actor1 < 0 && (state_led(x->cls) || x->weapons[W_AIRCRAFT]) && !sentence_has_cue(a, s, CUE_SUBJECTED))
        announcing_state(a, x, t);
}

/* The same, singular: with no ending after the noun but a pronoun ("آخر"،
 * "سائقها"), not "آخرين" (others, a number unsaid) nor "مدنيين". */
static int bare_noun_at(const actx *a, int tok, noun_kind kind)
{
    static const char *const pronouns[] = {"", "\xd9\x87", "\xd9\x87\xd8\xa7"};       /* ه ها */
    for (int k = match_at_tok(&a->d, tok, CAT_NOUN); k >= 0 && k < a->d.nm && a->d.m[k].tok == tok; k++) {
        const match *m = &a->d.m[k];
        if (m->cat != CAT_NOUN || m->item != (int)kind) continue;
        const lex_literal *L = &a->lx->lits[m->lit];
        for (size_t p = 0; p < sizeof pronouns / sizeof *pronouns; p++) {
            size_t n = strlen(pronouns[p]);
            if (m->end - m->start >= L->len + n && !memcmp(a->d.text.p + m->end - n, pronouns[p], n) &&
                !memcmp(a->d.text.p + m->end - n - L->len, L->text, L->len))
                return 1;
        }
    }
    return 0;
}

/* One or two people named by the noun itself: "مقتل جندي" (after the cue),
 * "جنديين ... قتلا" (before it), or a dual cue word "قتيلين". -1 if none. */
/* "و101 جريح": a number, maybe another's (a toll's), right before the word. */
static int counted_by_number_before(const actx *a, int tok)
{
    int next;
    return tok > 0 && number_at(&a->d, tok - 1, NULL, &next) >= 0 && next == tok;
}

static long person_count(const actx *a, const match *m)
{
    /* the cue word itself may be dual ("قتيلين"، "شهيدان") */
    int cands[] = {m->tok, m->tok_end, m->tok - 1, m->tok - 2, m->tok - 3};
    for (size_t c = 0; c < sizeof cands / sizeof *cands; c++) {
        /* before the cue only in its clause: not the "بينهم طفلان" of the dead before "، وإصابة آخرين" */
        if (c >= 2 && (cands[c] < 0 || a->d.tok_clause[cands[c]] != a->d.tok_clause[m->tok])) continue;
        if (noun_at(a, cands[c], NOUN_PERSON_TWO)) return 2;         /* "عنصرين" is also a person noun */
        /* "مقتل جندي"; "ارتقاء شهيد": the cue word itself names one */
        if (c <= 1 && bare_noun_at(a, cands[c], NOUN_PERSON_ONE) && !counted_by_number_before(a, m->tok)) return 1;
    }
    return -1;
}

/* A count next to a casualty cue: "مقتل ما لا يقل عن 24", "5 قتلى",
 * "إصابة متعاقدين اثنين", or a dual noun "قتيلين". -1 when none. */
/* "8 من عناصر كتائب حزب الله قتلوا"، "تسعة مقاتلين من فصائل موالية لإيران
 * قتلوا": a number, maybe a person noun, then "من" and whose they were, in
 * the clause right before the casualty verb. */
static long group_count_before(const actx *a, const match *m)
{
    for (int back = 3; back <= 9 && m->tok - back >= 0; back++) {
        int tok = m->tok - back, next;
        if (a->d.tok_clause[tok] != a->d.tok_clause[m->tok]) return -1;
        long n = number_at(&a->d, tok, a->used, &next);
        if (n < 0 || next >= m->tok) continue;
        if (noun_at(a, next, NOUN_PERSON)) next++;
        if (next >= m->tok || !doc_tok_is(&a->d, next, "\xd9\x85\xd9\x86")) return -1;      /* من */
        /* "مقتل خمسة من مسلحي داعش وإصابة جنديين": the number is another cue's */
        int from = tok > 0 ? tok - 1 : 0;
        if (find_in_range(a, CAT_CUE, CUE_KILLED, from, m->tok) >= 0 || find_in_range(a, CAT_CUE, CUE_INJURED, from, m->tok) >= 0)
            return -1;
        return n;
    }
    return -1;
}

static long casualty_count(const actx *a, const match *m)
{
    int next;   /* dates' and tallies' numbers are theirs ("اليوم 13 كانون الثاني 2025") */
    long n = -1;
    /* a number after "و" counts the next conjunct: "31 قتيلا و101 جريح" */
    if (!number_joined_by_waw(&a->d, m->tok_end)) {
        n = number_at(&a->d, m->tok_end, a->used, &next);
        if (n < 0 && !number_joined_by_waw(&a->d, m->tok_end + 1)) n = number_at(&a->d, m->tok_end + 1, a->used, &next);
    }
    /* "مقتل ثلاثة أشخاص وإصابة 34 آخرين" with 34 a toll's: not the 3 before */
    int taken = n < 0 && !number_joined_by_waw(&a->d, m->tok_end) && number_at(&a->d, m->tok_end, NULL, &next) >= 0;
    for (int back = 1; back <= 2 && n < 0 && !taken; back++) {
        n = number_at(&a->d, m->tok - back, a->used, &next);
        if (n >= 0 && next > m->tok) n = -1;
    }
    if (n < 0) n = group_count_before(a, m);
    if (n < 0) n = person_count(a, m);
    return n > 100000 ? -1 : n;
}

/* "لم يسفر عن إصابات": a no-result cue with a loss noun shortly after. */
static int says_no_casualties(const actx *a, const match *m)
{
    if (m->item == CUE_NOCASUALTY) return 1;
    if (m->item != CUE_NORESULT || covered_by(a, (int)(m - a->d.m), CAT_WEAPON)) return 0;
    for (int t = m->tok_end; t < m->tok_end + 5 && t < a->d.ntoks; t++) {
        int c = match_at_tok(&a->d, t, CAT_CUE);
        if (c >= 0 && a->d.m[c].item == CUE_INFORMATION) return 0;         /* "دون ورود معلومات عن خسائر" */
        if (c >= 0 && t > m->tok_end && (a->d.m[c].item == CUE_INJURED || a->d.m[c].item == CUE_KILLED))
            return 1;                                  /* "من دون أن تسجل أضرار أو إصابات" */
        int k = match_at_tok(&a->d, t, CAT_NOUN);
        if (k >= 0 && a->d.m[k].item == NOUN_LOSS) return 1;
    }
    return 0;
}

/* What the words before a casualty word say of it: DENIED for a negation or
 * a no-result phrase ("لم تسجل إصابات"), UNKNOWN for "دون ورود معلومات عن
 * إصابات", else STATED. */
enum { STATED, DENIED, UNKNOWN };
static int casualty_stance(const actx *a, const match *m)
{
    if (cue_before(a, m->tok, CUE_INFORMATION, 3) >= 0) return UNKNOWN;
    int nr = cue_before(a, m->tok, CUE_NORESULT, 4), neg = cue_before(a, m->tok, CUE_NEGATION, 4);
    if ((nr >= 0 && !covered_by(a, nr, CAT_WEAPON)) || cue_before(a, m->tok, CUE_NOCASUALTY, 4) >= 0)
        return DENIED;
    /* "لم تسجل إصابات" denies; a bare "لم" does not: "لم تعلن حصيلة القتلى" */
    if (neg >= 0 && a->d.m[neg].tok_end - a->d.m[neg].tok >= 2) return DENIED;
    return neg >= 0 ? UNKNOWN : STATED;
}

/* Whose casualties a cue counts: "مقتل خمسة من مسلحي المقاومة" names the
 * actor within a few words after the cue.  -1 when the text does not say. */
static int casualty_side(const actx *a, const match *cue)
{
    for (int i = match_from_tok(a, cue->tok_end); i < a->d.nm; i++) {
        const match *m = &a->d.m[i];
        if (m->tok < cue->tok_end) continue;
        if (m->tok > cue->tok_end + 6 || a->d.tok_clause[m->tok] != a->d.tok_clause[cue->tok]) break;
        if (m->cat == CAT_ACTOR) return m->item;
    }
    return -1;
}

/* "الهجوم لم يسفر عن إصابات، مضيفا أن مقاتلة نفذت ضربة": in the frame's
 * own sentence, a denial right after another trigger, with the frame's own
 * trigger still to come, is that other event's. */
static int denial_of_other_event(const actx *a, const incident *x, const match *cue)
{
    if (a->d.tok_sent[cue->tok] != x->sent) return 0;
    int last = -1;                  /* the trigger nearest before the cue */
    for (int i = match_from_tok(a, sent_first_tok(a, x->sent)); i < a->d.nm && a->d.m[i].tok < cue->tok; i++)
        if (a->d.m[i].cat == CAT_TRIGGER && !a->consumed[i]) last = i;
    return last >= 0 && last != x->trig_match && cue->tok - a->d.m[last].tok_end <= 4 &&
           a->d.m[x->trig_match].tok > cue->tok;
}

static void casualties_in(const actx *a, incident *x, int s)
{
    int t0 = sent_first_tok(a, s), t1 = sent_end_tok(a, s);
    for (int i = match_from_tok(a, t0); i < a->d.nm && a->d.m[i].tok < t1; i++) {
        const match *m = &a->d.m[i];
        if (m->cat != CAT_CUE) continue;
        if (s == x->sent && across_contrast(a, a->d.m[x->trig_match].tok, m->tok)) continue;
        if (says_no_casualties(a, m)) {
            if (denial_of_other_event(a, x, m)) continue;
            if (x->fatalities < 0) x->fatalities = 0;
            if (x->injuries < 0) x->injuries = 0;
            continue;
        }
        if (m->item != CUE_KILLED && m->item != CUE_INJURED) continue;
        long n = casualty_count(a, m);
        int stance = casualty_stance(a, m);
        if (stance == UNKNOWN) continue;
        if (stance == DENIED && n < 0) {                 /* "من دون أن تسجل أضرار أو إصابات" */
            if (denial_of_other_event(a, x, m)) continue;
            if (x->fatalities < 0) x->fatalities = 0;
            if (x->injuries < 0) x->injuries = 0;
            continue;
        }
        if (n != 0 && stance == STATED) x->hurt = 1;
        if (n < 0) continue;
        int killed = m->item == CUE_KILLED;
        long *slot = killed ? &x->fatalities : &x->injuries;
        if (*slot > 0) continue;
        *slot = n;
        *(killed ? &x->killed_match : &x->injured_match) = i;
        *(killed ? &x->killed_side : &x->injured_side) = casualty_side(a, m);
    }
}

/* "الصواريخ أطلقت مساء أمس من منطقة ... بين ناحية البغدادي وقضاء هيت":
 * a place a few words after "من" is where the weapons came from. */
static int origin_place(const actx *a, const place_mention *pm)
{
    for (int t = pm->tok - 1; t >= pm->tok - 8 && t >= 0; t--)
        if (doc_tok_is(&a->d, t, "\xd9\x85\xd9\x86")) return 1;
    return 0;
}

/* Whether sentence s names a place other than the incident's (a country or
 * province does not count; nor does a place within 25 km, nor, when asked,
 * a place the weapons came from). */
static int names_other_place_than(const actx *a, int s, const incident *x, int skip_origins)
{
    const lex_place *here = &a->lx->places[x->place];
    for (int i = place_from_sent(a, s); i < a->nplaces && a->places[i].sent == s; i++) {
        const lex_place *p = &a->lx->places[a->places[i].place];
        if (skip_origins && origin_place(a, &a->places[i])) continue;
        if (strcmp(p->country, here->country)) return 1;
        if (p->kind == PK_COUNTRY || p->kind == PK_ADMIN1) continue;
        if (km(p->lat, p->lon, here->lat, here->lon) > 25) return 1;
    }
    return 0;
}

static int names_other_place(const actx *a, int s, const incident *x)
{
    return names_other_place_than(a, s, x, 0);
}

static int sentence_has_trigger(const actx *a, int s)
{
    return find_in_range(a, CAT_TRIGGER, -1, sent_first_tok(a, s), sent_end_tok(a, s)) >= 0;
}

/* Killed and wounded of the frame's sentence; when it says nothing of them,
 * the next two sentences speak of the same event ("وأسفر الهجوم عن مقتل
 * جنديين"، "الانفجار لم يسفر عن خسائر بشرية") unless they move to another
 * place, or a new paragraph starts with another event. */
static void casualties_for(const actx *a, incident *x, int s)
{
    x->fatalities = x->injuries = -1;
    x->hurt = 0;
    x->killed_match = x->injured_match = x->killed_side = x->injured_side = -1;
    casualties_in(a, x, s);
    for (int n = s + 1; n <= s + 2 && n < a->d.nsents && x->fatalities < 0 && x->injuries < 0; n++) {
        if (names_other_place(a, n, x)) break;
        if (a->d.sent_para[n] != a->d.sent_para[s] && sentence_has_trigger(a, n) && n != s + 1) break;
        if (sentence_has_cue(a, n, CUE_AGGREGATE)) continue;        /* "حتى الآن": a running toll */
        casualties_in(a, x, n);
    }
}

/* Whether sentence s names place p itself. */
static int sentence_names_place(const actx *a, int s, int p)
{
    for (int i = place_from_sent(a, s); i < a->nplaces && a->places[i].sent == s; i++)
        if (a->places[i].place == p) return 1;
    return 0;
}

/* "ارتفعت حصيلة الغارات على صنعاء وصعدة إلى 31 قتيلا", or "شن 73 غارة
 * على صنعاء والحديدة وتعز ... وأسفرت عن استشهاد خمسة": a count that a frame
 * naming several places finds is their total, not any one's, unless its
 * sentence is about that place alone; each place keeps only a denial (0). */
static int count_of_all(const actx *a, const incident *x, int match)
{
    int s = a->d.tok_sent[a->d.m[match].tok];
    return s == x->sent || !sentence_names_place(a, s, x->place);
}

static void unsplit_counts(const actx *a, incident *x)
{
    if (x->fatalities > 0 && x->killed_match >= 0 && count_of_all(a, x, x->killed_match)) {
        x->fatalities = -1;
        x->killed_match = x->killed_side = -1;
    }
    if (x->injuries > 0 && x->injured_match >= 0 && count_of_all(a, x, x->injured_match)) {
        x->injuries = -1;
        x->injured_match = x->injured_side = -1;
    }
}

/* Locations of one frame: named sites first, else the most precise place,
 * else countries with a count of targets (or the only one, on a known day). */
/* "الميادين بريف دير الزور": a near/region place right after a place only
 * says where that one is; "ومقرا في ريف البوكمال", further on, is another. */
static int locates_previous(const actx *a, const place_mention *prev, const place_mention *pm)
{
    int from = a->d.m[prev->match].tok_end, to = pm->dir_match >= 0 ? a->d.m[pm->dir_match].tok : pm->tok;
    /* "الميادين وفي محيط مدينة البوكمال": joined by "و", another place */
    for (int k = from; k <= to && k < pm->tok; k++)
        if (!memcmp(a->d.text.p + a->d.toks[k].start, "\xd9\x88", 2)) return 0;
    return to - from <= 1;
}

/* "ميناء رأس عيسى النفطي بمحافظة الحديدة": a bigger place of the same
 * province a word or two after another, not joined to it by "و", is where
 * that one is. */
static int holds_previous(const actx *a, const place_mention *prev, const place_mention *pm)
{
    const lex_place *p = &a->lx->places[pm->place], *q = &a->lx->places[prev->place];
    const match *m = &a->d.m[pm->match];
    const char *w = a->d.text.p + m->start;
    int waw = !memcmp(w, "\xd9\x88", 2) && memcmp(a->lx->lits[m->lit].text, "\xd9\x88", 2);
    int from = a->d.m[prev->match].tok_end;
    for (int k = from; k < pm->tok && !waw; k++)          /* "الميادين وفي البوكمال" */
        waw = !memcmp(a->d.text.p + a->d.toks[k].start, "\xd9\x88", 2);
    return !waw && pm->tok - from <= 2 && p->rank > q->rank && p->admin1 && q->admin1 && !strcmp(p->admin1, q->admin1);
}

/* "غارات على أطراف بلدات زوطر الشرقية وميفدون ويحمر الشقيف": villages
 * listed after "بلدات" or "قرى", each joined by "و" to the one before, are
 * places of their own however close. */
static int listed_village(const actx *a, const place_mention **out, int nout, const place_mention *pm)
{
    static const char *const plural[] = {"\xd8\xa8\xd9\x84\xd8\xaf\xd8\xa7\xd8\xaa",      /* بلدات */
                                         "\xd9\x82\xd8\xb1\xd9\x8a"};                           /* قرى, folded */
    if (!nout) return 0;
    const match *m = &a->d.m[pm->match];
    int waw = !memcmp(a->d.text.p + m->start, "\xd9\x88", 2) && memcmp(a->lx->lits[m->lit].text, "\xd9\x88", 2);
    if (!waw || pm->tok != a->d.m[out[nout - 1]->match].tok_end) return 0;
    int first = a->d.m[out[0]->match].tok - 1;
    for (size_t k = 0; k < sizeof plural / sizeof *plural; k++)
        if (doc_tok_is(&a->d, first, plural[k])) return 1;
    return 0;
}

/* "صنعاء ومحافظة صعدة": a province named as one ("محافظة", or in a list
 * after "محافظات") and joined by "و" right after a town of another
 * province is a place of its own (at province level).  A bare name
 * ("بغداد والأنبار") stays a region's. */
static int province_joined_to_town(const actx *a, const place_mention **out, int nout, const place_mention *pm)
{
    if (!nout) return 0;
    const place_mention *prev = out[nout - 1];
    const lex_place *p = &a->lx->places[pm->place];
    const match *m = &a->d.m[pm->match];
    int waw = !memcmp(a->d.text.p + m->start, "\xd9\x88", 2) && memcmp(a->lx->lits[m->lit].text, "\xd9\x88", 2);
    static const char province[] = "\xd9\x85\xd8\xad\xd8\xa7\xd9\x81\xd8\xb8";      /* محافظ */
    const lex_literal *L = &a->lx->lits[m->lit];
    if (!waw || pm->tok != a->d.m[prev->match].tok_end) return 0;
    /* "في محافظات طهران وخوزستان وإيلام": a list of provinces */
    int in_list = doc_tok_is(&a->d, a->d.m[out[0]->match].tok - 1, "\xd9\x85\xd8\xad\xd8\xa7\xd9\x81\xd8\xb8\xd8\xa7\xd8\xaa");
    if (!in_list && (L->len < sizeof province - 1 || memcmp(L->text, province, sizeof province - 1))) return 0;
    for (int k = 0; k < nout; k++) {
        const char *a1 = a->lx->places[out[k]->place].admin1;
        if (!p->admin1 || !a1 || !strcmp(p->admin1, a1)) return 0;
    }
    return 1;
}

static int frame_locations(const actx *a, const place_mention **mine, int n, int strong, int dated,
                           int trig_tok, const place_mention **out)
{
    int nout = 0;
    for (int i = 0; i < n; i++) {
        const lex_place *p = &a->lx->places[mine[i]->place];
        if (p->kind != PK_BASE && p->kind != PK_FACILITY) continue;
        int dup = 0;
        for (int k = 0; k < nout && !dup; k++) {
            const lex_place *q = &a->lx->places[out[k]->place];
            dup = km(p->lat, p->lon, q->lat, q->lon) < 15;
        }
        if (!dup && nout < 8) out[nout++] = mine[i];
    }
    if (nout) return nout;
    /* towns: each far (> 25 km) from the others is its own incident
     * ("طالت مواقع في مدينة دير الزور وفي الميادين") */
    for (int i = 0; i < n && nout < 4; i++) {
        const lex_place *p = &a->lx->places[mine[i]->place];
        if (p->kind != PK_TOWN && !(p->kind == PK_ADMIN1 && province_joined_to_town(a, out, nout, mine[i]))) continue;
        if (listed_village(a, out, nout, mine[i])) { out[nout++] = mine[i]; continue; }
        if (nout && mine[i]->precision != 1 && locates_previous(a, out[nout - 1], mine[i])) continue;
        if (nout && holds_previous(a, out[nout - 1], mine[i])) continue;
        int near_other = 0;
        for (int k = 0; k < nout && !near_other; k++) {
            const lex_place *q = &a->lx->places[out[k]->place];
            near_other = km(p->lat, p->lon, q->lat, q->lon) < 25;
        }
        if (!near_other) out[nout++] = mine[i];
    }
    if (nout) return nout;
    const place_mention *best = NULL;
    for (int i = 0; i < n; i++) {
        const lex_place *p = &a->lx->places[mine[i]->place];
        if (p->kind == PK_COUNTRY || (!strong && p->kind == PK_ADMIN1)) continue;
        if (!best || place_kind_specificity(p->kind) > place_kind_specificity(a->lx->places[best->place].kind))
            best = mine[i];
    }
    if (best) { out[0] = best; return 1; }
    if (!strong) return 0;
    int ncountries = 0;
    for (int i = 0; i < n; i++) ncountries += is_country_place(a, mine[i]->place);
    for (int i = 0; i < n && nout < 8; i++) {
        if (!is_country_place(a, mine[i]->place)) continue;
        int home = !strcmp(a->lx->places[mine[i]->place].country, a->country_ctx);
        if (targets_before(a, mine[i]->tok, trig_tok) || (ncountries == 1 && dated && home)) out[nout++] = mine[i];
    }
    return nout;
}

/* "القوات الأمنية" (country '*' in actors.tsv) in Syria are Syria's forces,
 * and "المقاومة الإسلامية" in Lebanon is Hezbollah (actors_by_country.tsv);
 * where nothing says otherwise they stay as named. */
static int local_forces(const actx *a, int actor, const char *cc)
{
    if (actor < 0) return actor;
    int other = -1;
    for (int i = 0; i < a->lx->nby_country; i++) {
        const lex_actor_by_country *b = &a->lx->by_country[i];
        if (b->actor != actor) continue;
        if (!strcmp(b->country, cc)) return b->means;
        if (b->country[0] == '*') other = b->means;
    }
    if (other >= 0) return other;
    if (a->lx->actors[actor].country[0] != '*') return actor;
    int state = state_of_country(a, cc);
    return state >= 0 ? state : actor;
}

static void set_location(const actx *a, incident *x, const place_mention *pm)
{
    const lex_place *p = &a->lx->places[pm->place];
    x->actor1 = local_forces(a, x->actor1, p->country);
    x->actor2 = local_forces(a, x->actor2, p->country);
    /* an attack on a base hits whom it hosts, when the text names nobody */
    int attacked = x->family == FAM_VIOLENCE || x->family == FAM_AIR;
    if (attacked && x->actor2 < 0 && p->target_actor >= 0 && p->target_actor != x->actor1 &&
        (x->actor1 < 0 || a->lx->actors[x->actor1].kind != AK_STATE))
        x->actor2 = p->target_actor;
    /* and what was shot down near it, its guests shot down */
    if (x->family == FAM_INTERCEPT && x->actor1 < 0 && p->target_actor >= 0 && p->target_actor != x->actor2 &&
        a->lx->actors[p->target_actor].kind == AK_STATE)
        x->actor1 = p->target_actor;
    x->place = pm->place;
    x->place_match = pm->match;
    memcpy(x->country, p->country, 3);
    x->dir_match = pm->dir_match;
    if (p->kind == PK_COUNTRY || p->kind == PK_ADMIN1) x->geo_precision = 3;
    else x->geo_precision = pm->precision;
}

/* When one sentence lists several places, each with its weapon ("الشدادي
 * بطائرة مسيّرة، و"قاعدة حقل العمر" برشقة صاروخية"), a place takes the
 * weapons named between it and the next place, if any. */
static void own_weapons(const actx *a, incident *x, const place_mention **locs, int nloc, int l)
{
    int from = locs[l]->tok, to = a->d.ntoks;
    for (int k = 0; k < nloc; k++)
        if (locs[k]->tok > from && locs[k]->tok < to) to = locs[k]->tok;
    unsigned char mine[W_COUNT_] = {0};
    int n = 0;
    for (int i = match_from_tok(a, from); i < a->d.nm && a->d.m[i].tok < to; i++) {
        const match *m = &a->d.m[i];
        if (m->cat != CAT_WEAPON || m->item >= W_COUNT_ || a->d.tok_sent[m->tok] != x->sent) continue;
        if (!mine[m->item]) mine[m->item] = (unsigned char)++n;
    }
    if (!n) return;
    memcpy(x->weapons, mine, sizeof mine);
    x->nweapons = n;
    x->implicit_aircraft = 0;
}

/* Fills what a frame that refers back ("الضربات") leaves unsaid from the
 * last event of its family; strikes ("الضربات") look first to air strikes,
 * and "the attack" ("الهجوم على مطار حلب") to the later of an attack and an
 * air strike. */
/* "أن الضربات استهدفت مواقع": a verb trigger right after a definite trigger
 * noun, its subject, refers back as the noun does. */
static int definite_subject(const actx *a, const match *t)
{
    int k = match_at_tok(&a->d, t->tok - 1, CAT_TRIGGER);
    return k >= 0 && a->d.m[k].tok_end == t->tok && is_generic((trigger_class)a->d.m[k].item) && definite(a, &a->d.m[k]);
}

static void recall(const actx *a, incident *x, const match *t, const memory *mems, int *date)
{
    if (!definite(a, t) && !definite_subject(a, t)) return;
    const memory *mem = &mems[x->family];
    if (x->cls == TR_STRIKE && mems[FAM_AIR].valid) mem = &mems[FAM_AIR];
    if (x->cls == TR_ATTACK && mems[FAM_AIR].valid && (!mem->valid || mems[FAM_AIR].sent > mem->sent))
        mem = &mems[FAM_AIR];
    if (!mem->valid || a->d.tok_sent[t->tok] - mem->sent > 4) return;
    if (is_generic(x->cls) && !is_generic(mem->cls)) { x->cls = mem->cls; x->family = family_of(mem->cls); }
    if (x->actor1 < 0) { x->actor1 = mem->actor1; x->actor1_match = mem->actor1_match; }
    if (x->actor2 < 0 && mem->actor2 != x->actor1) x->actor2 = mem->actor2;     /* the same strikes' targets */
    if (*date < 0) *date = mem->date;
    if (!x->nweapons && mem->nweapons) {
        memcpy(x->weapons, mem->weapons, sizeof x->weapons);
        x->nweapons = mem->nweapons;
    }
}

static void remember(memory *mem, const incident *x, int sent, int date)
{
    *mem = (memory){1, sent, x->cls, x->actor1, x->actor1_match, x->actor2, date, {0}, x->nweapons};
    memcpy(mem->weapons, x->weapons, sizeof mem->weapons);
}

/* A date of sentence s known only to the month or the year, starting at
 * token tok: "مطلع العام", "الشهر الجاري". */
static int month_or_year_at(const actx *a, int s, int tok)
{
    for (int k = date_from_sent(a, s); k < a->dates.n && a->dates.v[k].sent == s; k++) {
        const date_mention *dm = &a->dates.v[k];
        if (dm->tok == tok && dm->when.precision >= 3) return 1;
    }
    return 0;
}

/* "منذ مطلع عام 2024", "خلال عام 2023": "عام" and a year's digits within
 * two words of token tok; or "منذ أشهر": months or years right at it. */
static int year_named_after(const actx *a, int tok)
{
    int k = find_in_range(a, CAT_NOUN, NOUN_YEAR, tok, tok + 2), next;
    if (k < 0) return 0;
    if (a->d.m[k].tok == tok) return 1;
    long y = number_at(&a->d, a->d.m[k].tok_end, NULL, &next);
    return y >= 1900 && y <= 2100;
}

/* "نفذت خلال الشهر الجاري سلسلة عمليات أسفرت عن اعتقال عشرات": months or
 * years named within twelve words of the trigger, as a period cue or as a
 * month or a year after "since" or "during". */
static int sums_up_period(const actx *a, const match *t)
{
    int s = a->d.tok_sent[t->tok], lo = t->tok - 12, hi = t->tok_end + 12;
    for (int i = match_from_tok(a, lo); i < a->d.nm; i++) {
        const match *m = &a->d.m[i];
        if (m->tok > hi) break;
        if (m->cat != CAT_CUE || a->d.tok_sent[m->tok] != s || m->tok < lo) continue;
        if (m->item == CUE_PERIOD) return 1;
        if ((m->item == CUE_SINCE || m->item == CUE_DURING) &&
            (month_or_year_at(a, s, m->tok_end) || year_named_after(a, m->tok_end)))
            return 1;
    }
    return 0;
}

/* "وتشهد المناطق الجنوبية منذ 23 أيلول الماضي تصعيداً في الغارات": since
 * a day more than ten days back, earlier in the trigger's clause, the
 * trigger sums up weeks of events.  ("هجوم هو الأول منذ 17 أكتوبر" has its
 * "since" after the trigger and stands.) */
static int weeks_since_before(const actx *a, const match *t)
{
    int s = a->d.tok_sent[t->tok], clause = a->d.tok_clause[t->tok];
    if (!a->pub.y) return 0;
    for (int i = match_from_tok(a, t->tok - 12); i < a->d.nm && a->d.m[i].tok < t->tok; i++) {
        const match *m = &a->d.m[i];
        if (m->cat != CAT_CUE || m->item != CUE_SINCE || a->d.tok_clause[m->tok] != clause) continue;
        for (int k = date_from_sent(a, s); k < a->dates.n && a->dates.v[k].sent == s; k++)
            if (a->dates.v[k].tok == m->tok_end && day_number(a->pub) - day_number(a->dates.v[k].when) > 10) return 1;
    }
    return 0;
}

/* "وكانت طائرات أمريكية قد قصفت، يوم 18 من كانون الأول، مقرا": a recalled
 * event that gives its own calendar day, in the trigger's clause or right
 * after the trigger. */
static int recalled_with_own_day(const actx *a, const date_mention *dm, const match *t)
{
    /* "وكانت مسيرة قد استهدفت مساء أمس الاثنين": yesterday is news, not history */
    if (dm->when.precision != 1 || (dm->relative && day_number(a->pub) - day_number(dm->when) > 2)) return 0;
    return a->d.tok_clause[dm->tok] == a->d.tok_clause[t->tok] ||
           (dm->tok >= t->tok_end && dm->tok - t->tok_end <= 2);
}

/* "فجر اليوم"، "فجر الأحد": a trigger word inside a date phrase ("فجر" =
 * dawn, not detonated) is part of the date. */
static int in_date(const actx *a, const match *t)
{
    int k = match_at_tok(&a->d, t->tok, CAT_DATE);
    return k >= 0 && a->d.m[k].tok_end > t->tok;
}

/* A trigger a tally took ("شنت الولايات المتحدة غارات على 85 هدفا") is no
 * incident, but the strikes it counts are what the next sentences' "الغارات"
 * refer to: it leaves its actor, class and date in memory. */
static void remember_counted(const actx *a, int s, int i, memory *mem)
{
    const match *t = &a->d.m[i];
    if (trigger_strength(a, t) == DROP) return;
    incident x = {.cls = (trigger_class)t->item, .family = family_of((trigger_class)t->item), .sent = s,
                  .trig_match = i};
    if (x.cls == TR_AIR_STRIKE && !weapon_near(a, t, W_DRONE)) add_weapon(&x, W_AIRCRAFT);
    weapons_near(a, &x, t);
    actors_for(a, &x, t, -1);
    int dk = event_date_of(a, s, t->tok);
    if (x.actor1 >= 0 || dk >= 0) remember(&mem[x.family], &x, s, dk);
}

/* The interception got through: the attack's class, and its actors read
 * again as an attack's (the defenders become the target). */
static void turn_into_attack(const actx *a, incident *x, const match *t, int chained)
{
    x->cls = attack_class(x);
    x->family = family_of(x->cls);
    actors_for(a, x, t, chained);
}

/* "تصدت لصاروخين أطلقا باتجاه القاعدة": launched, fell, with no weapon
 * right after and another trigger before it, is no trigger at all, and
 * must not take the place from that trigger.  Alone, it is the event:
 * "خمسة صواريخ أطلقت، مساء الأحد، من زمار باتجاه قاعدة رميلان". */
static int idle_impact(const actx *a, const match *m, int triggers_before)
{
    return (m->item == TR_IMPACT || m->item == TR_FALL) && triggers_before && weapon_after(a, m->tok_end) < 0;
}

/* "بطائرة مسيّرة انتحارية": "suicide" describing a drone is no suicide
 * attack; the drone's own trigger or weapon codes the event. */
static int drone_adjective(const actx *a, int k)
{
    if (a->d.m[k].item != TR_SUICIDE) return 0;
    for (int i = k; i >= 0 && i > k - 8; i--)
        if (a->d.m[i].cat == CAT_WEAPON && a->d.m[i].item == W_DRONE && a->d.m[i].end >= a->d.m[k].end) return 1;
    return 0;
}

/* "اعتقالات في كركوك": a short line of its own inside the article, with no
 * stop, heads the paragraph that tells its event (the title is sentence 0);
 * its incident stands only when the next sentences tell none of its kind. */
static int crosshead(const actx *a, int s)
{
    if (s == 0 || sent_end_tok(a, s) - sent_first_tok(a, s) > 5) return 0;
    if (a->d.sent_para[s - 1] == a->d.sent_para[s] || (s + 1 < a->d.nsents && a->d.sent_para[s + 1] == a->d.sent_para[s]))
        return 0;
    uint32_t e = a->d.sents[s].end;
    while (e > a->d.sents[s].start && (a->d.text.p[e - 1] == ' ' || a->d.text.p[e - 1] == '\n')) e--;
    return e > a->d.sents[s].start && a->d.text.p[e - 1] != '.';
}

static idd_err frames_of_sentence(actx *a, int s, memory *mem)
{
    int t0 = sent_first_tok(a, s), t1 = sent_end_tok(a, s);
    int trig[64], ntrig = 0;
    for (int i = match_from_tok(a, t0); i < a->d.nm && ntrig < 64; i++) {
        const match *m = &a->d.m[i];
        if (m->tok >= t1) break;
        if (m->tok >= t0 && m->cat == CAT_TRIGGER && a->consumed[i]) remember_counted(a, s, i, mem);
        if (m->tok >= t0 && m->cat == CAT_TRIGGER && !a->consumed[i] && !in_date(a, m) && !idle_impact(a, m, ntrig) &&
            !drone_adjective(a, i)) {
            trig[ntrig++] = i;
        }
    }
    if (!ntrig) return IDD_OK;
    /* places of the sentence, given to their triggers */
    const place_mention *mine[64][16];
    int nmine[64] = {0};
    for (int i = place_from_sent(a, s); i < a->nplaces && a->places[i].sent == s; i++) {
        int k = owner_trigger(trig, ntrig, a, &a->places[i]);
        if (k >= 0 && nmine[k] < 16) mine[k][nmine[k]++] = &a->places[i];
    }
    /* "القبض على ما يسمى بـ"والي كركوك" في تنظيم داعش، في عملية نوعية
     * نفذها أمس الإثنين داخل مدينة كركوك": a lone arrest reaches further */
    if (ntrig == 1 && !nmine[0] && a->d.m[trig[0]].item == TR_ARREST)
        for (int i = place_from_sent(a, s); i < a->nplaces && a->places[i].sent == s && !nmine[0]; i++)
            if (a->places[i].tok > a->d.m[trig[0]].tok && a->places[i].tok - a->d.m[trig[0]].tok <= 30)
                mine[0][nmine[0]++] = &a->places[i];
    for (int k = 0; k < ntrig; k++) {
        const match *t = &a->d.m[trig[k]];
        int strength = trigger_strength(a, t), chained;
        int cls = strength ? effective_class(a, trig, ntrig, k, &chained) : -1;
        if (cls < 0) continue;
        incident x = {.cls = (trigger_class)cls, .family = family_of((trigger_class)cls), .sent = s,
                      .trig_match = trig[k], .strong = strength == STRONG, .crosshead = crosshead(a, s)};
        if (x.cls == TR_AIR_STRIKE && !weapon_near(a, t, W_DRONE) && !(chained >= 0 && weapon_near(a, &a->d.m[chained], W_DRONE)))
            add_weapon(&x, W_AIRCRAFT), x.implicit_aircraft = 1;
        weapons_near(a, &x, t);
        if (chained >= 0) weapons_near(a, &x, &a->d.m[chained]);
        actors_for(a, &x, t, chained);
        int dk = event_date_of(a, s, t->tok);
        x.date_tok = dk >= 0 ? a->dates.v[dk].tok : -1;
        x.date_report = dk >= 0 && report_date(a, dk);
        int dated_here = dk >= 0;
        if ((!dated_here || x.date_report || a->dates.v[dk].when.precision >= 3) && sums_up_period(a, t)) continue;
        if (weeks_since_before(a, t)) continue;
        recall(a, &x, t, mem, &dk);
        if (strength == STRONG || (strength == WEAK && (x.actor1 >= 0 || dk >= 0)))
            remember(&mem[x.family], &x, s, dk);
        if (strength == RECALLED && !(dated_here && recalled_with_own_day(a, &a->dates.v[dk], t))) continue;
        const place_mention *locs[8];
        int nloc = frame_locations(a, mine[k], nmine[k], strength == STRONG, dated_here, t->tok, locs);
        if (!nloc) continue;
        if (dk < 0) dk = inherited_date(a, s);
        if (dk >= 0) x.when = a->dates.v[dk].when;
        else if (a->pub.y) x.when = (day){a->pub.y, a->pub.m, a->pub.d, 2};
        for (int l = 0; l < nloc; l++) {
            incident y = x;
            set_location(a, &y, locs[l]);
            if (nloc > 1) own_weapons(a, &y, locs, nloc, l);
            casualties_for(a, &y, s);
            /* "في صنعاء ومحافظات أخرى": places left unnamed count too */
            if (nloc > 1 || find_in_range(a, CAT_NOUN, NOUN_OTHER_PLACES, sent_first_tok(a, s), sent_end_tok(a, s)) >= 0)
                unsplit_counts(a, &y);
            if (y.cls == TR_INTERCEPT && attack_through(a, &y)) turn_into_attack(a, &y, t, chained);
            if (push_incident(&a->inc, &y)) return IDD_ENOMEM;
        }
    }
    return IDD_OK;
}

/* ---- merging -------------------------------------------------------------- */

/* Families that can be one event: the same, or an attack and the
 * interception of it. */
static int families_meet(int f, int g)
{
    if (f == g) return 1;
    if ((f == FAM_CLASH && g == FAM_VIOLENCE) || (g == FAM_CLASH && f == FAM_VIOLENCE)) return 1;
    return (f == FAM_INTERCEPT && (g == FAM_VIOLENCE || g == FAM_AIR)) ||
           (g == FAM_INTERCEPT && (f == FAM_VIOLENCE || f == FAM_AIR));
}

static int same_event(const actx *a, const incident *x, const incident *y)
{
    if (!families_meet(x->family, y->family) || strcmp(x->country, y->country)) return 0;
    if ((x->place < 0) != (y->place < 0)) return 0;
    int country_level = a->lx->places[x->place].kind == PK_COUNTRY;
    if (country_level != (a->lx->places[y->place].kind == PK_COUNTRY)) return 0;
    if (!country_level) {
        const lex_place *p = &a->lx->places[x->place], *q = &a->lx->places[y->place];
        if (x->place != y->place && km(p->lat, p->lon, q->lat, q->lon) > 10) return 0;
        /* two towns named apart are two places, however near ("الخيام" and "كفركلا") */
        if (x->place != y->place && p->kind == PK_TOWN && q->kind == PK_TOWN && x->sent == y->sent) return 0;
    }
    int both_dated = x->date_tok >= 0 && y->date_tok >= 0 && !x->date_report && !y->date_report;
    if (x->family != y->family && both_dated && (x->when.precision != 1 || y->when.precision != 1)) return 0;
    return !both_dated || day_number(x->when) == day_number(y->when);
}

static void merge_into(incident *x, const incident *y)
{
    if ((x->date_tok < 0 || x->date_report) && y->date_tok >= 0 && !y->date_report) {
        x->when = y->when;
        x->date_tok = y->date_tok;
        x->date_report = 0;
    } else if (x->date_tok < 0 && y->date_tok >= 0) {
        x->when = y->when;
        x->date_tok = y->date_tok;
        x->date_report = y->date_report;
    }
    if (x->actor1 < 0) { x->actor1 = y->actor1; x->actor1_match = y->actor1_match; }
    if (x->actor2 < 0 && y->actor2 != x->actor1) { x->actor2 = y->actor2; x->actor2_match = y->actor2_match; }
    for (int w = 0; w < W_COUNT_; w++)
        if (y->weapons[w] && !x->weapons[w]) x->weapons[w] = (unsigned char)(++x->nweapons);
    if (x->fatalities < 0) { x->fatalities = y->fatalities; x->killed_match = y->killed_match; x->killed_side = y->killed_side; }
    if (x->injuries < 0) { x->injuries = y->injuries; x->injured_match = y->injured_match; x->injured_side = y->injured_side; }
    x->hurt |= y->hurt;
    if (x->family != y->family && (x->family == FAM_CLASH || y->family == FAM_CLASH)) {
        /* an attack that turned into a fire fight: a clash, unless remote weapons were used */
        int remote = x->weapons[W_ROCKET] || x->weapons[W_MISSILE] || x->weapons[W_DRONE] || x->weapons[W_MORTAR] ||
                     x->weapons[W_ARTILLERY] || x->weapons[W_IED] || y->weapons[W_ROCKET] || y->weapons[W_DRONE];
        if (!remote) { x->cls = TR_CLASH; x->family = FAM_CLASH; }
    } else if (x->family != y->family) {
        /* an interception with nobody hurt stays one; damage makes it the attack */
        int hurt = x->fatalities > 0 || x->injuries > 0;
        const incident *attack = x->family == FAM_INTERCEPT ? y : x;
        if (hurt) { x->cls = attack->cls; x->family = attack->family; }
        else { x->cls = TR_INTERCEPT; x->family = FAM_INTERCEPT; }
    } else if (is_generic(x->cls) && !is_generic(y->cls)) {
        x->cls = y->cls;
    }
    x->strong |= y->strong;
    x->implicit_aircraft |= y->implicit_aircraft;
}

/* A crosshead's incident that the next sentences tell again near it, maybe
 * more precisely placed or dated: dropped below. */
static void drop_told_crossheads(actx *a)
{
    for (int i = 0; i < a->inc.n; i++) {
        incident *x = &a->inc.v[i];
        if (!x->crosshead) continue;
        for (int k = 0; k < a->inc.n; k++) {
            const incident *y = &a->inc.v[k];
            if (!y->crosshead && y->family == x->family && y->sent > x->sent && y->sent <= x->sent + 4 &&
                place_km(a, x->place, y->place) <= 50) {
                x->family = -1;
                break;
            }
        }
    }
}

static void merge_incidents(actx *a)
{
    drop_told_crossheads(a);
    int out = 0;
    for (int i = 0; i < a->inc.n; i++) {
        int merged = 0;
        for (int k = 0; k < out && !merged; k++)
            if (same_event(a, &a->inc.v[k], &a->inc.v[i])) { merge_into(&a->inc.v[k], &a->inc.v[i]); merged = 1; }
        if (!merged) a->inc.v[out++] = a->inc.v[i];
    }
    a->inc.n = out;
    /* a country-level report of what the article also places precisely; its
     * details (casualties, actors) go to the precise one when only one
     * matches its day: "قتل جنديان في هجوم على موقع شمال شرقي الأردن" then
     * "هاجمت قاعدة البرج 22" */
    for (int i = 0; i < a->inc.n; i++) {
        incident *x = &a->inc.v[i];
        if (a->lx->places[x->place].kind != PK_COUNTRY) continue;
        int subsumed = 0, same_day = -1, nsame_day = 0;
        for (int k = 0; k < a->inc.n; k++) {
            const incident *y = &a->inc.v[k];
            if (k == i || a->lx->places[y->place].kind == PK_COUNTRY || y->family != x->family ||
                strcmp(y->country, x->country))
                continue;
            subsumed = 1;
            if (day_number(y->when) == day_number(x->when)) { same_day = k; nsame_day++; }
        }
        if (!subsumed) continue;
        if (nsame_day == 1) merge_into(&a->inc.v[same_day], x);
        x->family = -1;                                      /* dropped below */
    }
    /* "غارات على صنعاء ... والحديدة وتعز" then "استهدفت مطار الحديدة ومحيط
     * مطار تعز": a town's report of the day's event that a site near it
     * (25 km) names more precisely */
    for (int i = 0; i < a->inc.n; i++) {
        incident *x = &a->inc.v[i];
        if (x->family < 0 || is_site(a, x->place) || a->lx->places[x->place].kind == PK_COUNTRY) continue;
        for (int k = 0; k < a->inc.n; k++) {
            incident *y = &a->inc.v[k];
            if (k == i || y->family != x->family || !is_site(a, y->place) ||
                day_number(y->when) != day_number(x->when) || place_km(a, x->place, y->place) > 25)
                continue;
            merge_into(y, x);
            x->family = -1;
            break;
        }
    }
    out = 0;
    for (int i = 0; i < a->inc.n; i++) {
        incident *x = &a->inc.v[i];
        if (x->family < 0) continue;
        /* merged reports may name the doer as the target too: it acted on another */
        if (x->actor2 == x->actor1) x->actor2 = x->actor2_match = -1;
        a->inc.v[out++] = *x;
    }
    a->inc.n = out;
}

/* An armed group claiming responsibility anywhere in the article. */
static void find_claimant(actx *a)
{
    a->claimant = -1;
    for (int i = 0; i < a->d.nm && a->claimant < 0; i++) {
        const match *m = &a->d.m[i];
        if (m->cat != CAT_CUE || m->item != CUE_CLAIM) continue;
        for (int k = match_from_tok(a, m->tok - 12); k < a->d.nm && a->d.m[k].tok <= m->tok + 12; k++) {
            const match *c = &a->d.m[k];
            if (c->cat == CAT_ACTOR && a->d.tok_sent[c->tok] == a->d.tok_sent[m->tok] &&
                a->lx->actors[c->item].kind == AK_ARMED) {
                a->claimant = c->item;
                break;
            }
        }
    }
}

/* "أكد ... أن القوات الأميركية نفذت الضربة": an actor right before a verb of
 * doing whose object is a definite trigger names who did that event.
 * Returns the actor, or -1; *family gets the trigger's family. */
static int attribution_in(const actx *a, const match *verb, int *family)
{
    int k = match_at_tok(&a->d, verb->tok_end, CAT_TRIGGER);
    if (k < 0 || !definite(a, &a->d.m[k])) return -1;
    for (int i = match_from_tok(a, verb->tok - 12); i < a->d.nm; i++) {
        const match *c = &a->d.m[i];
        if (c->tok >= verb->tok) break;
        if (c->cat == CAT_ACTOR && verb->tok - c->tok_end <= 1 && a->lx->actors[c->item].kind != AK_TARGET) {
            *family = family_of((trigger_class)a->d.m[k].item);
            if (a->d.m[k].item == TR_STRIKE) *family = FAM_AIR;
            return c->item;
        }
    }
    return -1;
}

static void apply_attributions(actx *a)
{
    for (int i = 0; i < a->d.nm; i++) {
        const match *m = &a->d.m[i];
        if (m->cat != CAT_CUE || m->item != CUE_CARRIED_OUT) continue;
        int fam, who = attribution_in(a, m, &fam);
        if (who < 0) continue;
        for (int k = 0; k < a->inc.n; k++) {
            incident *x = &a->inc.v[k];
            int fits = x->family == fam || (fam == FAM_AIR && x->family == FAM_VIOLENCE);
            if (fits && x->actor1 < 0 && x->actor2 != who) {
                x->actor1 = who;
                if (fam == FAM_AIR && is_generic(x->cls)) { x->cls = TR_AIR_STRIKE; x->family = FAM_AIR; }
            }
        }
    }
}

/* A lead dated by its report ("أعلنت، اليوم، ...") is often followed by
 * the event's own day ("اعترضوا أمس السبت"): the first day-precise,
 * non-report date of the next two sentences that move to no other place. */
static void refine_report_dates(actx *a)
{
    for (int i = 0; i < a->inc.n; i++) {
        incident *x = &a->inc.v[i];
        if (!x->date_report) continue;
        for (int s = x->sent + 1; s <= x->sent + 2 && s < a->d.nsents; s++) {
            if (names_other_place_than(a, s, x, 1)) break;
            int k = sentence_date(a, s, sent_first_tok(a, s));
            if (k >= 0 && !report_date(a, k) && !period_bound(a, &a->dates.v[k]) && a->dates.v[k].when.precision == 1) {
                x->when = a->dates.v[k].when;
                x->date_tok = a->dates.v[k].tok;
                x->date_report = 0;
                break;
            }
        }
    }
}

static long days_before_pub(const actx *a, const incident *x)
{
    return x->when.y ? day_number(a->pub) - day_number(x->when) : 0;
}

/* An event dated more than a month before publication is history the
 * article recalls ("قصف أربيل في آذار 2022"), not news; so is one dated to
 * the day more than RECALL_DAYS before, in an article that also reports
 * something recent ("... بعد أن استهدفت مسيرة القاعدة في 26 تموز").  An
 * article whose events are all older is about them and keeps them. */
enum { RECALL_DAYS = 10 };

static void drop_history(actx *a)
{
    if (!a->pub.y) return;
    int recent = 0;
    for (int i = 0; i < a->inc.n; i++) recent |= days_before_pub(a, &a->inc.v[i]) <= RECALL_DAYS;
    int out = 0;
    for (int i = 0; i < a->inc.n; i++) {
        const incident *x = &a->inc.v[i];
        long ago = days_before_pub(a, x);
        int recalled = recent && x->when.precision == 1 && ago > RECALL_DAYS;
        if (ago <= 31 && !recalled) a->inc.v[out++] = *x;
    }
    a->inc.n = out;
}

idd_err incidents_find(actx *a)
{
    memory mem[FAM_COUNT_] = {{0}};
    for (int s = 0; s < a->d.nsents; s++) {
        idd_err e = frames_of_sentence(a, s, mem);
        if (e) return e;
    }
    merge_incidents(a);
    refine_report_dates(a);
    drop_history(a);
    apply_attributions(a);
    find_claimant(a);
    for (int i = 0; i < a->inc.n; i++) {
        incident *x = &a->inc.v[i];
        if (a->claimant >= 0 && x->family == FAM_VIOLENCE) {
            x->claimed = 1;
            if (x->actor1 < 0) x->actor1 = a->claimant;
        }
    }
    return IDD_OK;
}
