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
#include "frames.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum { FAM_VIOLENCE, FAM_AIR, FAM_INTERCEPT, FAM_ARREST, FAM_CLASH, FAM_ABDUCTION };

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

int sent_first_tok(const actx *a, int s) { return doc_tok_at(&a->d, a->d.sents[s].start); }
int sent_end_tok(const actx *a, int s) { return doc_tok_at(&a->d, a->d.sents[s].end); }

int find_in_range(const actx *a, idd_cat cat, int item, int t0, int t1)
{
    for (int i = 0; i < a->d.nm; i++) {
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

static double km(double la1, double lo1, double la2, double lo2)
{
    double p = M_PI / 180, x = sin((la2 - la1) * p / 2), y = sin((lo2 - lo1) * p / 2);
    double h = x * x + cos(la1 * p) * cos(la2 * p) * y * y;
    return 12742 * asin(sqrt(h < 1 ? h : 1));
}

/* ---- places ------------------------------------------------------------ */

static int is_country_place(const actx *a, int p) { return a->lx->places[p].kind == PK_COUNTRY; }

/* The article's main country: most mentioned by country names and demonyms. */
static void article_country(actx *a)
{
    const idd_lexicon *lx = a->lx;
    char best[3] = "";
    int best_n = 0;
    for (int i = 0; i < a->d.nm; i++) {
        const match *m = &a->d.m[i];
        const char *cc = m->cat == CAT_PLACE ? lx->places[m->item].country
                       : m->cat == CAT_DEMONYM ? lx->demonyms[m->item] : NULL;
        if (!cc) continue;
        int n = 0;
        for (int k = 0; k < a->d.nm; k++) {
            const match *o = &a->d.m[k];
            const char *oc = o->cat == CAT_PLACE ? lx->places[o->item].country
                           : o->cat == CAT_DEMONYM ? lx->demonyms[o->item] : NULL;
            n += oc && !strcmp(oc, cc);
        }
        if (n > best_n) { best_n = n; memcpy(best, cc, 3); }
    }
    memcpy(a->country_ctx, best, 3);
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

static int cue_before(const actx *a, int tok, int kind, int window)
{
    for (int i = 0; i < a->d.nm; i++) {
        const match *m = &a->d.m[i];
        if (m->tok >= tok) break;
        if (m->cat == CAT_CUE && m->item == kind && m->tok_end <= tok && tok - m->tok_end <= window &&
            a->d.tok_sent[m->tok] == a->d.tok_sent[tok])
            return i;
    }
    return -1;
}

static const char BASE_WORD[] = "\xd9\x82\xd8\xa7\xd8\xb9\xd8\xaf\xd9\x87";   /* قاعده */

idd_err places_collect(actx *a)
{
    article_country(a);
    a->places = calloc((size_t)(unsigned)a->d.nm + 1, sizeof *a->places);
    if (!a->places) return IDD_ENOMEM;
    for (int i = 0; i < a->d.nm; i++) {
        const match *m = &a->d.m[i];
        if (m->cat != CAT_PLACE) continue;
        int best = m->item, j = i + 1;
        const char *prev = m->tok > 0 ? a->d.text.p + a->d.toks[m->tok - 1].start : NULL;
        int after_base = prev && strstr(prev, BASE_WORD) == prev;
        for (; j < a->d.nm && a->d.m[j].start == m->start && a->d.m[j].end == m->end; j++)
            if (a->d.m[j].cat == CAT_PLACE && better_place(a, a->d.m[j].item, best, after_base)) best = a->d.m[j].item;
        int tok = m->tok, sent = a->d.tok_sent[tok];
        /* a place right after a reporter word belongs to the source */
        int rep = cue_before(a, tok, CUE_REPORTER, 3);
        if (rep >= 0 && !is_country_place(a, best) && a->lx->places[best].kind != PK_BASE &&
            a->lx->places[best].kind != PK_FACILITY) {
            i = j - 1;
            continue;
        }
        int dir = cue_before(a, tok, CUE_DIRECTION, 1);
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

/* How the words before a trigger qualify it: 0 drop, 1 weak, 2 strong. */
static int trigger_strength(const actx *a, const match *t)
{
    int s = a->d.tok_sent[t->tok], clause = a->d.tok_clause[t->tok];
    for (int i = 0; i < a->d.nm; i++) {
        const match *m = &a->d.m[i];
        if (m->tok >= t->tok) break;
        if (m->cat != CAT_CUE || a->d.tok_sent[m->tok] != s) continue;
        int dist = t->tok - m->tok_end, same_clause = a->d.tok_clause[m->tok] == clause;
        switch (m->item) {
        case CUE_NEGATION: if (dist <= 2 && same_clause) return 0; break;
        case CUE_FUTURE: case CUE_THREAT: case CUE_CALL: case CUE_DENIAL:
            if (dist <= 8) return 0;
            break;
        default: break;
        }
    }
    if (sentence_has_cue(a, s, CUE_AGGREGATE) || sentence_has_cue(a, s, CUE_SINCE) ||
        sentence_has_cue(a, s, CUE_OPINION))
        return 1;
    return 2;
}

/* The trigger a place belongs to: nearest before it in the sentence, else
 * right after it. */
static int owner_trigger(const int *trig, int ntrig, const actx *a, const place_mention *p)
{
    int best = -1;
    for (int k = 0; k < ntrig; k++) {
        const match *t = &a->d.m[trig[k]];
        if (t->tok <= p->tok && p->tok - t->tok <= 18) best = k;
    }
    if (best >= 0) return best;
    for (int k = 0; k < ntrig; k++) {
        const match *t = &a->d.m[trig[k]];
        if (t->tok > p->tok && t->tok - p->tok <= 8 && a->d.tok_clause[t->tok] == p->clause) return k;
    }
    return -1;
}

/* A count of targets ("ثلاث قواعد", "قاعدة أخرى") a few words before a
 * country name makes a country-level incident concrete. */
static int targets_before(const actx *a, int tok)
{
    for (int i = 0; i < a->d.nm; i++) {
        const match *m = &a->d.m[i];
        if (m->tok >= tok) break;
        if (m->cat == CAT_NOUN && m->item == NOUN_TARGET && tok - m->tok <= 6 &&
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

static int sentence_date(const actx *a, int s, int *tok)
{
    for (int k = 0; k < a->dates.n; k++)
        if (a->dates.v[k].sent == s) { *tok = a->dates.v[k].tok; return k; }
    return -1;
}

/* The nearest date before sentence s in its paragraph, else in the article. */
static int inherited_date(const actx *a, int s)
{
    int best = -1;
    for (int k = 0; k < a->dates.n; k++)
        if (a->dates.v[k].sent < s) best = k;
    return best;
}

static void add_weapon(incident *x, weapon w)
{
    if (!x->weapons[w]) x->weapons[w] = (unsigned char)++x->nweapons;
}

static void weapons_near(const actx *a, incident *x, const match *t)
{
    int s = a->d.tok_sent[t->tok];
    for (int i = 0; i < a->d.nm; i++) {
        const match *m = &a->d.m[i];
        if (m->cat == CAT_WEAPON && m->item < W_COUNT_ && a->d.tok_sent[m->tok] == s && abs(m->tok - t->tok) <= 12)
            add_weapon(x, (weapon)m->item);
    }
    switch (t->item) {
    case TR_DRONE_ATTACK: add_weapon(x, W_DRONE); break;
    case TR_SUICIDE: add_weapon(x, W_SUICIDE); break;
    default: break;
    }
}

/* The state whose demonym follows the trigger: "غارة أمريكية" -> US. */
static int demonym_actor(const actx *a, const match *t)
{
    int k = match_at_tok(&a->d, t->tok_end, CAT_DEMONYM);
    if (k < 0) k = match_at_tok(&a->d, t->tok_end + 1, CAT_DEMONYM);
    if (k < 0) return -1;
    const char *cc = a->lx->demonyms[a->d.m[k].item];
    for (int i = 0; i < a->lx->nactors; i++)
        if (a->lx->actors[i].kind == AK_STATE && !strcmp(a->lx->actors[i].country, cc)) return i;
    return -1;
}

static void actors_for(const actx *a, incident *x, const match *t)
{
    int s = a->d.tok_sent[t->tok];
    int state_striker = demonym_actor(a, t);
    int fam = family_of((trigger_class)t->item);
    x->actor1 = x->actor2 = -1;
    x->actor1_match = x->actor2_match = -1;
    if (state_striker >= 0 && (fam == FAM_AIR || t->item == TR_STRIKE || t->item == TR_SHELLING ||
                               fam == FAM_INTERCEPT || fam == FAM_ARREST))
        x->actor1 = state_striker;
    for (int i = 0; i < a->d.nm; i++) {
        const match *m = &a->d.m[i];
        if (m->cat != CAT_ACTOR || a->d.tok_sent[m->tok] != s) continue;
        const lex_actor *ac = &a->lx->actors[m->item];
        int before = m->tok < t->tok;
        int as_target;
        if (ac->kind == AK_TARGET) as_target = 1;
        else if (fam == FAM_AIR || fam == FAM_ARREST || (x->actor1 >= 0 && a->lx->actors[x->actor1].kind == AK_STATE))
            as_target = ac->kind == AK_ARMED;
        else if (fam == FAM_INTERCEPT) as_target = ac->kind == AK_ARMED && !before;
        else as_target = ac->kind == AK_STATE;
        if (as_target) {
            /* the target named closest after the trigger, else the nearest before */
            int d_new = m->tok >= t->tok ? m->tok - t->tok : 1000 + t->tok - m->tok;
            int d_old = x->actor2_match < 0 ? 1 << 30
                      : a->d.m[x->actor2_match].tok >= t->tok ? a->d.m[x->actor2_match].tok - t->tok
                      : 1000 + t->tok - a->d.m[x->actor2_match].tok;
            if (d_new < d_old) { x->actor2 = m->item; x->actor2_match = i; }
        } else if (x->actor1 < 0 && (before || abs(m->tok - t->tok) <= 10)) {
            x->actor1 = m->item;
            x->actor1_match = i;
        }
    }
    if (x->actor1 >= 0 && x->actor1 == x->actor2) { x->actor2 = -1; x->actor2_match = -1; }
}

/* Killed and wounded counts of sentence s next to their cue. */
static void casualties_for(const actx *a, incident *x, int s)
{
    x->fatalities = x->injuries = -1;
    int t0 = sent_first_tok(a, s), t1 = sent_end_tok(a, s);
    for (int i = 0; i < a->d.nm; i++) {
        const match *m = &a->d.m[i];
        if (m->tok < t0 || m->tok >= t1 || m->cat != CAT_CUE) continue;
        if (m->item == CUE_NOCASUALTY) {
            if (x->fatalities < 0) x->fatalities = 0;
            if (x->injuries < 0) x->injuries = 0;
            continue;
        }
        if (m->item != CUE_KILLED && m->item != CUE_INJURED) continue;
        int next;
        long n = number_at(&a->d, m->tok_end, a->used, &next);
        if (n < 0) {
            /* "5 قتلى", "ثلاثة جرحى": the number comes first */
            for (int back = 1; back <= 2 && n < 0; back++) {
                n = number_at(&a->d, m->tok - back, a->used, &next);
                if (n >= 0 && next > m->tok) n = -1;
            }
        }
        if (n < 0) {
            /* a dual or singular casualty noun carries its own count */
            const char *w = a->d.text.p + m->start;
            size_t len = m->end - m->start;
            if (len > 4 && (!memcmp(w + len - 4, "\xd9\x8a\xd9\x86", 4) || !memcmp(w + len - 4, "\xd8\xa7\xd9\x86", 4)) &&
                (strstr(w, "\xd9\x82\xd8\xaa\xd9\x8a\xd9\x84") == w || strstr(w, "\xd8\xac\xd8\xb1\xd9\x8a\xd8\xad") == w))
                n = 2;
        }
        if (n < 0 || n > 100000) continue;
        long *slot = m->item == CUE_KILLED ? &x->fatalities : &x->injuries;
        if (*slot <= 0) *slot = n;
    }
}

/* Locations of one frame: named sites first, else the most precise place,
 * else countries with a count of targets (or the only one, on a known day). */
static int frame_locations(const actx *a, const place_mention **mine, int n, int strong, int dated,
                           const place_mention **out)
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
        if (targets_before(a, mine[i]->tok) || (ncountries == 1 && dated)) out[nout++] = mine[i];
    }
    return nout;
}

static void set_location(const actx *a, incident *x, const place_mention *pm)
{
    const lex_place *p = &a->lx->places[pm->place];
    x->place = pm->place;
    x->place_match = pm->match;
    memcpy(x->country, p->country, 3);
    x->dir_match = pm->dir_match;
    if (p->kind == PK_COUNTRY || p->kind == PK_ADMIN1) x->geo_precision = 3;
    else x->geo_precision = pm->precision;
}

static idd_err frames_of_sentence(actx *a, int s)
{
    int t0 = sent_first_tok(a, s), t1 = sent_end_tok(a, s);
    int trig[64], ntrig = 0;
    for (int i = 0; i < a->d.nm && ntrig < 64; i++) {
        const match *m = &a->d.m[i];
        if (m->tok >= t1) break;
        if (m->tok >= t0 && m->cat == CAT_TRIGGER && !a->consumed[i]) trig[ntrig++] = i;
    }
    if (!ntrig) return IDD_OK;
    /* places of the sentence, given to their triggers */
    const place_mention *mine[64][16];
    int nmine[64] = {0};
    for (int i = 0; i < a->nplaces; i++) {
        if (a->places[i].sent != s) continue;
        int k = owner_trigger(trig, ntrig, a, &a->places[i]);
        if (k >= 0 && nmine[k] < 16) mine[k][nmine[k]++] = &a->places[i];
    }
    /* each trigger with places of its own becomes frames */
    for (int k = 0; k < ntrig; k++) {
        const match *t = &a->d.m[trig[k]];
        int strength = trigger_strength(a, t);
        if (!strength) continue;
        const place_mention *pm[16];
        int n = nmine[k];
        for (int i = 0; i < n; i++) pm[i] = mine[k][i];
        int date_tok = -1, dk = sentence_date(a, s, &date_tok);
        const place_mention *locs[8];
        int nloc = frame_locations(a, pm, n, strength == 2, dk >= 0, locs);
        if (!nloc) continue;
        if (dk < 0) dk = inherited_date(a, s);
        incident x = {.cls = (trigger_class)t->item, .family = family_of((trigger_class)t->item), .sent = s,
                      .trig_match = trig[k], .strong = strength == 2, .date_tok = date_tok};
        if (dk >= 0) x.when = a->dates.v[dk].when;
        else if (a->pub.y) x.when = (day){a->pub.y, a->pub.m, a->pub.d, 2};
        weapons_near(a, &x, t);
        /* weapons named by other triggers of the sentence ("هجوم ... بالصواريخ") */
        for (int j = 0; j < ntrig; j++)
            if (j != k && family_of((trigger_class)a->d.m[trig[j]].item) == x.family)
                weapons_near(a, &x, &a->d.m[trig[j]]);
        actors_for(a, &x, t);
        casualties_for(a, &x, s);
        for (int l = 0; l < nloc; l++) {
            incident y = x;
            set_location(a, &y, locs[l]);
            if (push_incident(&a->inc, &y)) return IDD_ENOMEM;
        }
    }
    return IDD_OK;
}

/* ---- merging -------------------------------------------------------------- */

static int same_event(const actx *a, const incident *x, const incident *y)
{
    if (x->family != y->family || strcmp(x->country, y->country)) return 0;
    if ((x->place < 0) != (y->place < 0)) return 0;
    int country_level = a->lx->places[x->place].kind == PK_COUNTRY;
    if (country_level != (a->lx->places[y->place].kind == PK_COUNTRY)) return 0;
    if (!country_level) {
        const lex_place *p = &a->lx->places[x->place], *q = &a->lx->places[y->place];
        if (x->place != y->place && km(p->lat, p->lon, q->lat, q->lon) > 10) return 0;
    }
    int both_dated = x->date_tok >= 0 && y->date_tok >= 0;
    return !both_dated || day_number(x->when) == day_number(y->when);
}

static void merge_into(incident *x, const incident *y)
{
    if (x->date_tok < 0 && y->date_tok >= 0) { x->when = y->when; x->date_tok = y->date_tok; }
    if (x->actor1 < 0) { x->actor1 = y->actor1; x->actor1_match = y->actor1_match; }
    if (x->actor2 < 0) { x->actor2 = y->actor2; x->actor2_match = y->actor2_match; }
    for (int w = 0; w < W_COUNT_; w++)
        if (y->weapons[w] && !x->weapons[w]) x->weapons[w] = (unsigned char)(++x->nweapons);
    if (x->fatalities < 0) x->fatalities = y->fatalities;
    if (x->injuries < 0) x->injuries = y->injuries;
    if (x->cls == TR_ATTACK && y->cls != TR_ATTACK) x->cls = y->cls;
    x->strong |= y->strong;
}

static void merge_incidents(actx *a)
{
    int out = 0;
    for (int i = 0; i < a->inc.n; i++) {
        int merged = 0;
        for (int k = 0; k < out && !merged; k++)
            if (same_event(a, &a->inc.v[k], &a->inc.v[i])) { merge_into(&a->inc.v[k], &a->inc.v[i]); merged = 1; }
        if (!merged) a->inc.v[out++] = a->inc.v[i];
    }
    a->inc.n = out;
    /* a country-level report of what the article also places precisely */
    out = 0;
    for (int i = 0; i < a->inc.n; i++) {
        incident *x = &a->inc.v[i];
        int subsumed = 0;
        if (a->lx->places[x->place].kind == PK_COUNTRY)
            for (int k = 0; k < a->inc.n && !subsumed; k++)
                subsumed = k != i && a->lx->places[a->inc.v[k].place].kind != PK_COUNTRY &&
                           a->inc.v[k].family == x->family && !strcmp(a->inc.v[k].country, x->country);
        if (!subsumed) a->inc.v[out++] = *x;
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
        int s = a->d.tok_sent[m->tok];
        for (int k = 0; k < a->d.nm; k++) {
            const match *c = &a->d.m[k];
            if (c->cat == CAT_ACTOR && a->d.tok_sent[c->tok] == s && a->lx->actors[c->item].kind == AK_ARMED &&
                abs(c->tok - m->tok) <= 12) {
                a->claimant = c->item;
                break;
            }
        }
    }
}

idd_err incidents_find(actx *a)
{
    for (int s = 0; s < a->d.nsents; s++) {
        idd_err e = frames_of_sentence(a, s);
        if (e) return e;
    }
    merge_incidents(a);
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
