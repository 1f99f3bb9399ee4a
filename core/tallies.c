/*
 * tallies.c — aggregate figures: "40 attacks since 17 October, 22 in Iraq
 * and 18 in Syria", "5 strikes in Iraq and Syria", "46 soldiers wounded".
 *
 * A count of attacks or strikes is a tally, not an incident, when its clause
 * names no place below country level and the sentence aggregates (two
 * countries, since/so far, or a named source such as the Pentagon).  A
 * casualty count is a tally when its sentence names no place below country
 * level.  The trigger words a tally uses are consumed so frames.c does not
 * also code them as incidents.  Per-country figures ("22 مرة في العراق")
 * become the breakdown; a breakdown alone joins the earlier tally of the
 * same unit whose total it adds up to.
 */
#include "frames.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* A place at least as precise as `kind` in sentence s (and clause, if >= 0). */
static int place_below(const actx *a, int s, int clause, place_kind kind)
{
    for (int i = place_from_sent(a, s); i < a->nplaces && a->places[i].sent == s; i++)
        if ((clause < 0 || a->places[i].clause == clause) &&
            place_kind_specificity(a->lx->places[a->places[i].place].kind) >= place_kind_specificity(kind))
            return 1;
    return 0;
}

static int countries_in(const actx *a, int s, char out[8][3])
{
    int n = 0;
    for (int i = place_from_sent(a, s); i < a->nplaces && a->places[i].sent == s && n < 8; i++) {
        const char *cc = a->lx->places[a->places[i].place].country;
        int dup = 0;
        for (int k = 0; k < n; k++) dup |= !strcmp(out[k], cc);
        if (!dup) memcpy(out[n++], cc, 3);
    }
    return n;
}

static int is_person(int noun) { return noun == NOUN_PERSON || noun == NOUN_PERSON_ONE || noun == NOUN_PERSON_TWO; }

/* What the words after a count at token `next` count, if anything: a unit
 * noun of nouns.tsv ("هجوما"، "غارة"، "مرة"), never a verb ("كوردستان 24)-
 * قصفت" counts nothing). */
static int unit_after(const actx *a, int next, int *unit_match, int *unit)
{
    for (int t = next; t <= next + 1 && t < a->d.ntoks; t++) {
        if (next > 0 && a->d.tok_sent[t] != a->d.tok_sent[next - 1]) break;     /* "لعام 1974". | غارات... */
        int k = match_at_tok(&a->d, t, CAT_NOUN);
        if (k >= 0) {
            int item = a->d.m[k].item;
            if (item == NOUN_UNIT_ATTACKS || item == NOUN_TIMES) { *unit = TU_ATTACKS; *unit_match = k; return 1; }
            if (item == NOUN_UNIT_STRIKES) { *unit = TU_STRIKES; *unit_match = k; return 1; }
            if (is_person(item)) { *unit = -1; *unit_match = k; return 1; }
        }
    }
    return 0;
}

static int number_between(const actx *a, int t0, int t1)
{
    int next;
    for (int t = t0; t < t1; t++)
        if (number_at(&a->d, t, NULL, &next) >= 0) return 1;
    return 0;
}

/* A killed/injured cue within a few words of a count makes it a casualty
 * figure: "مقتل ما لا يقل عن 24", "(46) جندياً أمريكياً أصيبوا". */
static int casualty_unit(const actx *a, int num_tok, int after)
{
    int s = a->d.tok_sent[num_tok];
    int last = after > num_tok + 64 ? num_tok + 64 : after + 3;
    for (int i = match_from_tok(a, num_tok - 12); i < a->d.nm && a->d.m[i].tok <= last; i++) {
        const match *m = &a->d.m[i];
        if (m->cat != CAT_CUE || (m->item != CUE_KILLED && m->item != CUE_INJURED) || a->d.tok_sent[m->tok] != s)
            continue;
        int before = m->tok_end <= num_tok && num_tok - m->tok_end <= 5;
        /* "392 شخصاً، إضافة إلى 912 جريحاً": a cue after another count is that count's */
        int behind = m->tok >= after && m->tok - after <= 3 && !number_between(a, after, m->tok);
        if (before || behind) return m->item == CUE_KILLED ? TU_KILLED : TU_INJURED;
    }
    return -1;
}

/* The unit (killed or injured) of a casualty cue at token t, or -1. */
static int casualty_cue_at(const actx *a, int t)
{
    int k = match_at_tok(&a->d, t, CAT_CUE);
    if (k < 0 || (a->d.m[k].item != CUE_KILLED && a->d.m[k].item != CUE_INJURED)) return -1;
    return a->d.m[k].item == CUE_KILLED ? TU_KILLED : TU_INJURED;
}

/* The unit (killed or injured) of a casualty cue within two words before
 * token i, past a qualifier ("وأصيب أكثر من 180"), or -1. */
static int unit_right_before(const actx *a, int i)
{
    for (int back = 1; back <= 2; back++) {
        int k = match_at_tok(&a->d, i - back, CAT_CUE);
        if (k >= 0 && (a->d.m[k].item == CUE_KILLED || a->d.m[k].item == CUE_INJURED) && a->d.m[k].tok_end <= i)
            return a->d.m[k].item == CUE_KILLED ? TU_KILLED : TU_INJURED;
        if (k >= 0 && a->d.m[k].item == CUE_QUALIFIER) continue;
    }
    return -1;
}

/* "لعام 1974", "خلال عام 2024": digits that read as a year, with no unit
 * after them, count nothing. */
static int year_like(const actx *a, int i, long n, int has_unit)
{
    if (n < 1900 || n > 2100 || doc_tok_number(&a->d, i) != n) return 0;
    if (find_in_range(a, CAT_NOUN, NOUN_YEAR, i - 1, i) >= 0) return 1;   /* "خلال عام 2024 عشرات الهجمات" */
    return !has_unit;
}

/* "البرج 22": a number inside a place's name counts nothing. */
static int inside_place_name(const actx *a, int i)
{
    uint32_t at = a->d.toks[i].start;
    for (int k = match_from_tok(a, i > 4 ? i - 4 : 0); k < a->d.nm && a->d.m[k].tok <= i; k++)
        if (a->d.m[k].cat == CAT_PLACE && a->d.m[k].start <= at && a->d.m[k].end > at) return 1;
    return 0;
}

/* "ارتفع عدد القتلى ... إلى 27", "حصيلة الهجمات ... إلى 61": a running
 * count (cues toll, reaching) whose unit is named between them.  Returns the
 * unit or -1. */
/* "لهجمات بلغت 70 في العراق": the unit right before "بلغت" (reached)
 * before a count.  Returns the unit or -1. */
static int unit_reaching(const actx *a, int i)
{
    int v = i - 1;
    if (v < 1 || find_in_range(a, CAT_CUE, CUE_REACHED, v, i) < 0) return -1;
    /* "عدد ضحايا الغارة بلغ 13": a toll of the unit's victims, not of it */
    if (find_in_range(a, CAT_CUE, CUE_TOLL, v - 5 > 0 ? v - 5 : 0, v) >= 0) return -1;
    for (int k = match_from_tok(a, v - 1); k < a->d.nm && a->d.m[k].tok < v; k++) {
        const match *m = &a->d.m[k];
        if (m->tok_end != v) continue;
        if (m->cat == CAT_NOUN && m->item == NOUN_UNIT_ATTACKS) return TU_ATTACKS;
        if (m->cat == CAT_NOUN && m->item == NOUN_UNIT_STRIKES) return TU_STRIKES;
    }
    return -1;
}

/* "بلغ عدد الذين قُتلوا بنيران إسرائيلية منذ ... نحو 392 شخصاً": "reached",
 * a toll word, its casualty word, then the count, in one clause.  Returns
 * the unit or -1. */
static int toll_reached_before(const actx *a, int i)
{
    int clause = a->d.tok_clause[i];
    for (int k = match_from_tok(a, i - 20); k < a->d.nm && a->d.m[k].tok < i; k++) {
        const match *r = &a->d.m[k];
        if (r->cat != CAT_CUE || r->item != CUE_REACHED || a->d.tok_clause[r->tok] != clause) continue;
        int toll = find_in_range(a, CAT_CUE, CUE_TOLL, r->tok_end, r->tok_end + 1);
        if (toll < 0) continue;
        for (int c = toll + 1; c < a->d.nm && a->d.m[c].tok < i && a->d.m[c].tok <= r->tok_end + 4; c++) {
            const match *m = &a->d.m[c];
            if (m->cat == CAT_CUE && m->item == CUE_KILLED) return TU_KILLED;
            if (m->cat == CAT_CUE && m->item == CUE_INJURED) return TU_INJURED;
        }
    }
    return -1;
}

static int toll_unit_before(const actx *a, int i)
{
    int reach = find_in_range(a, CAT_CUE, CUE_REACHING, i - 3, i);
    if (reach < 0 || a->d.m[reach].tok_end != i) {
        int u = unit_reaching(a, i);
        return u >= 0 ? u : toll_reached_before(a, i);
    }
    int s = a->d.tok_sent[i], from = -1;
    for (int k = match_from_tok(a, i - 16); k < reach; k++)
        if (a->d.m[k].cat == CAT_CUE && a->d.m[k].item == CUE_TOLL && a->d.tok_sent[a->d.m[k].tok] == s)
            from = a->d.m[k].tok;                      /* the nearest before "إلى" */
    if (from < 0) return -1;
    for (int k = match_from_tok(a, from + 1); k < a->d.nm && a->d.m[k].tok < a->d.m[reach].tok; k++) {
        const match *m = &a->d.m[k];
        if (m->cat == CAT_CUE && m->item == CUE_KILLED) return TU_KILLED;
        if (m->cat == CAT_CUE && m->item == CUE_INJURED) return TU_INJURED;
        if (m->cat == CAT_NOUN && m->item == NOUN_UNIT_ATTACKS) return TU_ATTACKS;
        if (m->cat == CAT_NOUN && m->item == NOUN_UNIT_STRIKES) return TU_STRIKES;
        if (m->cat == CAT_TRIGGER) return m->item == TR_AIR_STRIKE || m->item == TR_STRIKE ? TU_STRIKES : TU_ATTACKS;
    }
    return -1;
}

static int country_at(const actx *a, int t)
{
    if (t >= a->d.ntoks) return -1;
    for (int i = place_from_sent(a, a->d.tok_sent[t]); i < a->nplaces && a->places[i].tok <= t; i++)
        if (a->places[i].tok == t && a->lx->places[a->places[i].place].kind == PK_COUNTRY) return i;
    return -1;
}

/* The country a per-country figure is for: "في العراق", "منها في العراق"
 * (cue per_country) right after it, and not "في العراق وسوريا" (then the
 * figure covers both). */
static int country_after(const actx *a, int t)
{
    int k = t < a->d.ntoks ? match_at_tok(&a->d, t, CAT_CUE) : -1;
    if (k >= 0 && a->d.m[k].item == CUE_PER_COUNTRY) t = a->d.m[k].tok_end;
    int c = country_at(a, t);
    if (c < 0) return -1;
    int after = a->d.m[a->places[c].match].tok_end;
    return country_at(a, after) >= 0 ? -1 : c;
}

static int push_tally(tally_list *l, const tally *t)
{
    if (l->n == l->cap) {
        int nc = l->cap ? l->cap * 2 : 8;
        tally *v = realloc(l->v, (size_t)nc * sizeof *v);
        if (!v) return -1;
        l->v = v;
        l->cap = nc;
    }
    l->v[l->n++] = *t;
    return 0;
}

static void period_of(const actx *a, int s, tally *t)
{
    int t0 = sent_first_tok(a, s), t1 = sent_end_tok(a, s);
    for (int i = match_from_tok(a, t0); i < a->d.nm && a->d.m[i].tok < t1; i++) {
        const match *m = &a->d.m[i];
        if (m->cat != CAT_CUE) continue;
        if (m->item != CUE_SINCE && m->item != CUE_UNTIL && m->item != CUE_AGGREGATE) continue;
        for (int k = date_from_sent(a, s); k < a->dates.n && a->dates.v[k].sent == s; k++) {
            const date_mention *dm = &a->dates.v[k];
            if (dm->tok < m->tok_end || dm->tok - m->tok_end > 6) continue;
            if (m->item == CUE_UNTIL) { if (!t->until.y) t->until = dm->when; }
            else if (!t->since.y) {
                t->since = dm->when;
                /* "بين X و Y": the next date ends the period */
                if (k + 1 < a->dates.n && a->dates.v[k + 1].sent == s && a->dates.v[k + 1].tok - dm->tok_end <= 2)
                    t->until = a->dates.v[k + 1].when;
            }
            break;
        }
    }
}

static int source_in(const actx *a, int s)
{
    int k = find_in_range(a, CAT_SOURCE, -1, sent_first_tok(a, s), sent_end_tok(a, s));
    return k >= 0 ? a->d.m[k].item : -1;
}

/* Attacks or strikes counted over two countries, a period, or by a named
 * source; or so many (20 and more) that no single event could hold them. */
static int aggregate_sentence(const actx *a, int s, int ncountries, long n)
{
    return ncountries >= 2 || n >= 20 || sentence_has_cue(a, s, CUE_AGGREGATE) || sentence_has_cue(a, s, CUE_SINCE) ||
           source_in(a, s) >= 0;
}

/* "مقتل ثلاثة أشخاص وإصابة 34 آخرين": a casualty count under 20 earlier in
 * the clause of the count at token tok pairs it with one event's toll. */
static int small_count_before(const actx *a, int tok)
{
    int clause = a->d.tok_clause[tok], next;
    for (int i = match_from_tok(a, tok - 16); i < a->d.nm && a->d.m[i].tok < tok - 1; i++) {
        const match *m = &a->d.m[i];
        if (m->cat != CAT_CUE || (m->item != CUE_KILLED && m->item != CUE_INJURED)) continue;
        if (a->d.tok_clause[m->tok] != clause || m->tok_end >= tok) continue;
        long k = number_at(&a->d, m->tok_end, NULL, &next);
        if (k > 0 && k < 20) return 1;
    }
    return 0;
}

/* A casualty figure is a toll, not an incident's, in an aggregating sentence
 * ("حتى الآن", "منذ", "حصيلة") or when it is large and the sentence names no
 * day: counts of one incident come with where and when it happened. */
static int casualty_aggregate(const actx *a, int s, long n, int tok)
{
    if (sentence_has_cue(a, s, CUE_AGGREGATE) || sentence_has_cue(a, s, CUE_SINCE) || sentence_has_cue(a, s, CUE_UNTIL))
        return 1;
    if (n < 20 || small_count_before(a, tok)) return 0;
    for (int k = date_from_sent(a, s); k < a->dates.n && a->dates.v[k].sent == s; k++)
        if (a->dates.v[k].when.precision == 1) return 0;
    return 1;
}

/* "منذ مطلع شباط": the days since the date a since cue introduces, or -1. */
static long since_date(const actx *a, int s)
{
    for (int k = date_from_sent(a, s); k < a->dates.n && a->dates.v[k].sent == s; k++) {
        int since = find_in_range(a, CAT_CUE, CUE_SINCE, a->dates.v[k].tok - 3 > 0 ? a->dates.v[k].tok - 3 : 0,
                                  a->dates.v[k].tok);
        if (since < 0) continue;
        day from = a->dates.v[k].when;
        if (from.precision == 3) from.d = 1;           /* "منذ مطلع الشهر": since its first day */
        return a->pub.y ? day_number(a->pub) - day_number(from) : 0;
    }
    return -1;
}

/* Two places of sentence s at least 50 km from each other; when `joined`,
 * only places named together after token `from` ("حصيلة الغارات على صنعاء
 * ومحافظة صعدة"), not a dateline's or a reporter's city beside the event's. */
static int places_far_apart(const actx *a, int s, int joined, int from)
{
    const place_mention *prev = NULL;
    const lex_place *first = NULL;
    for (int i = place_from_sent(a, s); i < a->nplaces && a->places[i].sent == s; i++) {
        const place_mention *pm = &a->places[i];
        const lex_place *p = &a->lx->places[pm->place];
        if (p->kind == PK_COUNTRY || pm->tok < from) continue;
        const lex_place *q = joined ? (prev ? &a->lx->places[prev->place] : NULL) : first;
        int near_words = !joined || (prev && pm->tok - a->d.m[prev->match].tok_end <= 2);
        /* "ميناء رأس عيسى بمحافظة الحديدة": joined places of one province are one area */
        if (joined && q && q->admin1 && p->admin1 && !strcmp(q->admin1, p->admin1)) continue;
        if (q && near_words && fabs(p->lat - q->lat) + fabs(p->lon - q->lon) > 0.5) return 1;
        if (!first) first = p;
        prev = pm;
    }
    return 0;
}

/* "قتلت 43 عنصراً منذ مطلع العام ... في محافظات كركوك وصلاح الدين وديالى":
 * dead or wounded counted since a date more than ten days back, or over
 * places far apart (two at least 50 km from each other), are a tally though
 * the sentence names places; so is a toll ("ارتفعت حصيلة الغارات") over
 * places named together far apart, or over a place "and other provinces". */
static int count_over_places(const actx *a, int s)
{
    long days = since_date(a, s);
    if (days > 10) return 1;            /* "منذ 8 كانون الأول ... في محيط سد تشرين": weeks of events */
    if (days >= 0) return places_far_apart(a, s, 0, 0);
    int toll = find_in_range(a, CAT_CUE, CUE_TOLL, sent_first_tok(a, s), sent_end_tok(a, s));
    if (toll < 0) return 0;
    return places_far_apart(a, s, 1, a->d.m[toll].tok_end) ||
           find_in_range(a, CAT_NOUN, NOUN_OTHER_PLACES, a->d.m[toll].tok_end, sent_end_tok(a, s)) >= 0;
}

static void consume_clause_triggers(actx *a, int tok)
{
    int clause = a->d.tok_clause[tok], s = a->d.tok_sent[tok];
    for (int i = match_from_tok(a, sent_first_tok(a, s)); i < a->d.nm && a->d.tok_sent[a->d.m[i].tok] == s; i++)
        if (a->d.m[i].cat == CAT_TRIGGER && a->d.tok_clause[a->d.m[i].tok] == clause) a->consumed[i] = 1;
}

/* Joins a breakdown-only tally to the earlier one of its unit it completes. */
static int join_breakdown(actx *a, const tally *t)
{
    long sum = 0;
    for (int k = 0; k < t->nbd; k++) sum += t->bd_count[k];
    for (int i = a->tal.n - 1; i >= 0; i--) {
        tally *o = &a->tal.v[i];
        if (o->unit != t->unit || o->nbd) continue;
        if (o->count == sum || o->count < 0) {
            memcpy(o->bd_country, t->bd_country, sizeof o->bd_country);
            memcpy(o->bd_count, t->bd_count, sizeof o->bd_count);
            o->nbd = t->nbd;
            return 1;
        }
    }
    return 0;
}

static int duplicate_tally(const actx *a, const tally *t)
{
    for (int i = 0; i < a->tal.n; i++)
        if (a->tal.v[i].unit == t->unit && a->tal.v[i].count == t->count && t->count >= 0) return 1;
    return 0;
}

static int has_total_of(const tally *totals, int n, int unit)
{
    for (int k = 0; k < n; k++)
        if ((int)totals[k].unit == unit) return 1;
    return 0;
}

/* Completes a tally found in sentence s and keeps it unless it repeats one
 * (or, as a breakdown alone, completes an earlier one). */
static idd_err finish_tally(actx *a, int s, tally *t, char countries[8][3], int ncountries)
{
    t->sent = s;
    t->source = source_in(a, s);
    memcpy(t->countries, countries, sizeof t->countries);
    t->ncountries = ncountries;
    period_of(a, s, t);
    if (t->count < 0 && join_breakdown(a, t)) return IDD_OK;
    if (duplicate_tally(a, t)) return IDD_OK;
    return push_tally(&a->tal, t) ? IDD_ENOMEM : IDD_OK;
}

static idd_err tallies_of_sentence(actx *a, int s)
{
    int t0 = sent_first_tok(a, s), t1 = sent_end_tok(a, s);
    char countries[8][3];
    int ncountries = countries_in(a, s, countries);
    tally totals[4], parts = {.count = -1, .source = -1};
    int ntotals = 0, total_unit_match[4];
    for (int i = t0; i < t1; i++) {
        if (a->used[i]) continue;
        int next;
        long n = number_at(&a->d, i, a->used, &next);
        if (n < 0) continue;
        int unit = -1, um = -1;
        int has_unit = unit_after(a, next, &um, &unit);
        if (year_like(a, i, n, has_unit) || inside_place_name(a, i)) { i = next - 1; continue; }
        /* "أصيب 34 آخرون بهجوم": a casualty cue right before the count wins */
        int right = unit_right_before(a, i), cue_first = right >= 0;
        /* "1640 شهيداً و8408 جرحى": the word right after a count is its unit */
        int own = casualty_cue_at(a, next);
        int cas = own >= 0 ? own : cue_first ? right : casualty_unit(a, i, has_unit ? a->d.m[um].tok_end : next);
        if (cas >= 0 && (unit < 0 || !has_unit || cue_first)) unit = cas;
        if (cas >= 0 && has_unit && a->d.m[um].cat == CAT_NOUN && is_person(a->d.m[um].item)) unit = cas;
        int toll = own >= 0 ? -1 : toll_unit_before(a, i);      /* "حصيلة الغارات ... إلى 31 قتيلا" */
        if (toll >= 0 && (unit < 0 || (has_unit && a->d.m[um].cat == CAT_NOUN && is_person(a->d.m[um].item))))
            unit = toll;
        /* "60 هجوما ..., منها 32 في العراق": a figure for a country after a
         * total counts the total's unit */
        if (unit < 0 && ntotals && country_after(a, next) >= 0) unit = totals[ntotals - 1].unit, has_unit = 0;
        if (unit < 0) { i = next - 1; continue; }
        int after = has_unit ? a->d.m[um].tok_end : next;
        int c = country_after(a, after);
        if (c >= 0 && unit != TU_KILLED && unit != TU_INJURED && parts.nbd < 8) {
            parts.unit = unit;
            memcpy(parts.bd_country[parts.nbd], a->lx->places[a->places[c].place].country, 3);
            parts.bd_count[parts.nbd++] = n;
            for (int k = i; k < next; k++) a->used[k] = 1;
            /* "و12 في سوريا": the unit may be left out after the first */
        } else if (ntotals < 4 && !has_total_of(totals, ntotals, unit) && n >= 2 && !number_is_vague(&a->d, i)) {
            int clause = a->d.tok_clause[i];
            int is_cas = unit == TU_KILLED || unit == TU_INJURED;
            if (is_cas ? place_below(a, s, -1, PK_ADMIN2) && !count_over_places(a, s)
                       : place_below(a, s, clause, PK_TOWN) && since_date(a, s) <= 10) {
                i = next - 1;
                continue;
            }
            if (is_cas ? !casualty_aggregate(a, s, n, i) && !count_over_places(a, s) : !aggregate_sentence(a, s, ncountries, n)) {
                i = next - 1;
                continue;
            }
            totals[ntotals] = (tally){.unit = unit, .count = n, .tok = i, .tok_end = after, .source = -1};
            /* the strikes a toll over places counts are events of their own */
            total_unit_match[ntotals++] = is_cas && !casualty_aggregate(a, s, n, i) ? -1 : um;
            for (int k = i; k < next; k++) a->used[k] = 1;
        }
        i = next - 1;
    }
    /* the unit may be omitted after the first figure: "17 هجوما في العراق و12 في سوريا" */
    for (int i = t0; i < t1 && parts.nbd > 0 && parts.nbd < 8; i++) {
        if (a->used[i]) continue;
        int next;
        long n = number_at(&a->d, i, a->used, &next);
        int c = n >= 0 && !inside_place_name(a, i) ? country_after(a, next) : -1;
        if (c < 0) continue;
        const char *cc = a->lx->places[a->places[c].place].country;
        int dup = 0;
        for (int k = 0; k < parts.nbd; k++) dup |= !strcmp(parts.bd_country[k], cc);
        if (dup) continue;
        memcpy(parts.bd_country[parts.nbd], cc, 3);
        parts.bd_count[parts.nbd++] = n;
        for (int k = i; k < next; k++) a->used[k] = 1;
    }
    /* one figure for one country, in an aggregating sentence: a total there
     * ("أكثر من عشر ضربات في العراق منذ ...") */
    if (parts.nbd == 1 && !has_total_of(totals, ntotals, (int)parts.unit) && aggregate_sentence(a, s, ncountries, parts.bd_count[0])) {
        totals[ntotals] = (tally){.unit = parts.unit, .count = parts.bd_count[0], .tok = t0, .tok_end = t0, .source = -1};
        total_unit_match[ntotals++] = -1;
        parts.nbd = 0;
    }
    for (int k = 0; k < ntotals; k++) {
        tally *total = &totals[k];
        if (parts.nbd && parts.unit == total->unit) {
            memcpy(total->bd_country, parts.bd_country, sizeof total->bd_country);
            memcpy(total->bd_count, parts.bd_count, sizeof total->bd_count);
            total->nbd = parts.nbd;
            parts.nbd = 0;
        }
        if (total_unit_match[k] >= 0) {
            consume_clause_triggers(a, total->tok);
            a->consumed[total_unit_match[k]] = 1;
        }
        idd_err e = finish_tally(a, s, total, countries, ncountries);
        if (e) return e;
    }
    if (parts.nbd >= 2) {
        parts.tok = parts.tok_end = t0;
        consume_clause_triggers(a, t0);
        return finish_tally(a, s, &parts, countries, ncountries);
    }
    return IDD_OK;
}

idd_err tallies_find(actx *a)
{
    for (int s = 0; s < a->d.nsents; s++) {
        idd_err e = tallies_of_sentence(a, s);
        if (e) return e;
    }
    return IDD_OK;
}

/* A casualty figure that only a large number made a toll is another report
 * of an incident's dead or wounded when the article has such an incident
 * ("عدد المصابين بلغ 34" after "أصيب أكثر من 25"). */
void tallies_drop_incident_reports(actx *a)
{
    int out = 0;
    for (int i = 0; i < a->tal.n; i++) {
        const tally *t = &a->tal.v[i];
        int cas = t->unit == TU_KILLED || t->unit == TU_INJURED, reported = 0;
        int statistics = 0;     /* "149 عملية ... قُتل فيها 22 عنصراً": a count of operations beside it */
        for (int k = 0; k < a->tal.n; k++)
            statistics |= k != i && a->tal.v[k].sent == t->sent &&
                          (a->tal.v[k].unit == TU_ATTACKS || a->tal.v[k].unit == TU_STRIKES);
        if (cas && !statistics && !sentence_has_cue(a, t->sent, CUE_SINCE) && !sentence_has_cue(a, t->sent, CUE_UNTIL) &&
            !count_over_places(a, t->sent))
            for (int k = 0; k < a->inc.n && !reported; k++)
                reported = (t->unit == TU_KILLED ? a->inc.v[k].fatalities : a->inc.v[k].injuries) > 0;
        if (!reported) a->tal.v[out++] = *t;
    }
    a->tal.n = out;
}
