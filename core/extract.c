/*
 * extract.c — idd_extract: one article in, one GUIDE.md result out.
 * Orders the steps (text, matches, dates, places, tallies before incidents
 * so a tally's words are not also an incident) and writes the JSON (with
 * jsonw.c, straight to text) with its evidence: every span is a [start, end)
 * byte range in the article text (the body, or the text of the HTML).
 */
#include "frames.h"
#include "jsonw.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define IDD_RULES_VERSION "incidentd-rules/0.1"

const char *idd_version(void) { return IDD_RULES_VERSION; }

/* article.c's internal accessors */
const char *idd_article_body(const idd_article *a);
const char *idd_article_html(const idd_article *a);

struct idd_extractor {
    const idd_lexicon *lx;
    jw_real_cache *reals;       /* spelled coordinates and confidences */
    actx work;                  /* the article being extracted; its buffers outlive it */
};

/* Past this much folded text, an article's buffers are given back after
 * it: one huge article should not pin its memory in every worker thread. */
#define WORK_KEEP_BYTES (1u << 20)

idd_extractor *idd_extractor_new(const idd_lexicon *lx)
{
    if (!lx) return NULL;
    idd_extractor *x = calloc(1, sizeof *x);
    if (!x) return NULL;
    x->lx = lx;
    x->reals = calloc(1, sizeof *x->reals);
    if (!x->reals) {
        free(x);
        return NULL;
    }
    return x;
}

static void work_free(actx *a)
{
    doc_free(&a->d);
    free(a->dates.v); free(a->used); free(a->consumed); free(a->places);
    free(a->inc.v); free(a->tal.v);
    memset(a, 0, sizeof *a);
}

void idd_extractor_free(idd_extractor *x)
{
    if (!x) return;
    work_free(&x->work);
    free(x->reals);
    free(x);
}

/* ---- JSON helpers --------------------------------------------------------- */

static void jday(jw *w, day d)
{
    if (!d.y) { jw_null(w); return; }
    char s[16];
    day_format(d, s);
    jw_string(w, s);
}

static void jcount(jw *w, long n) { if (n < 0) jw_null(w); else jw_int(w, n); }

/* Characters in s[0..n): bytes less those continuing a UTF-8 sequence
 * (10xxxxxx), counted eight at a time. */
static uint32_t count_chars(const char *s, size_t n)
{
    size_t i = 0;
    uint64_t cont = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t x;
        memcpy(&x, s + i, 8);
        uint64_t marks = (x & ~(x << 1) & 0x8080808080808080ull) >> 7;   /* 1 per continuation byte */
        cont += (marks * 0x0101010101010101ull) >> 56;
    }
    for (; i < n; i++) cont += ((unsigned char)s[i] & 0xC0) == 0x80;
    return (uint32_t)(n - cont);
}

/* Code point index of byte offset `off` of the original text: evidence
 * spans are in characters, so that any consumer's text[start:end] works.
 * d->char_blocks (built on first use) holds the count at every 64 bytes. */
static long long char_index(doc *d, uint32_t off)
{
    if (!d->char_blocks_ready) {
        if (VEC_RESERVE(d->char_blocks, d->char_blocks_cap, d->orig_len / 64 + 2)) return -1;
        d->char_blocks_ready = 1;
        uint32_t n = 0;
        for (size_t b = 0; b * 64 < d->orig_len; b++) {
            d->char_blocks[b] = n;
            size_t len = d->orig_len - b * 64;
            n += count_chars(d->orig + b * 64, len < 64 ? len : 64);
        }
        d->char_blocks[d->orig_len / 64 + (d->orig_len % 64 ? 1 : 0)] = n;
    }
    if (off > d->orig_len) off = (uint32_t)d->orig_len;
    return d->char_blocks[off / 64] + count_chars(d->orig + (off & ~63u), off & 63u);
}

/* [start, end) in characters of the original text of folded bytes [fs, fe). */
static void jspan(jw *w, doc *d, uint32_t fs, uint32_t fe)
{
    if (fe <= fs || fe > d->text.len) { jw_null(w); return; }
    uint32_t os = d->map[fs], last = d->map[fe - 1];
    uint32_t cp;
    int l = utf8_decode((const unsigned char *)d->orig + last, d->orig_len - last, &cp);
    long long cs = char_index(d, os), ce = char_index(d, last + (uint32_t)(l ? l : 1));
    if (cs < 0 || ce < 0) { jw_null(w); return; }
    jw_open(w, '[');
    jw_int(w, cs);
    jw_int(w, ce);
    jw_close(w, ']');
}

static void jmatch_span(jw *w, doc *d, int k)
{
    if (k < 0) jw_null(w);
    else jspan(w, d, d->m[k].start, d->m[k].end);
}

static void jsentence(jw *w, const doc *d, int s)
{
    span sp = d->sents[s];
    while (sp.start < sp.end && (d->text.p[sp.start] == ' ')) sp.start++;
    if (sp.end <= sp.start) { jw_string(w, ""); return; }
    uint32_t os = d->map[sp.start], oe = d->map[sp.end - 1];
    uint32_t cp;
    int l = utf8_decode((const unsigned char *)d->orig + oe, d->orig_len - oe, &cp);
    oe += (uint32_t)(l ? l : 1);
    jw_stringn(w, d->orig + os, oe - os);
}

static void jactor(jw *w, const idd_lexicon *lx, int i)
{
    if (i < 0) { jw_null(w); return; }
    jw_open(w, '{');
    jw_key(w, "id"); jw_string(w, lx->actors[i].id);
    jw_key(w, "name"); jw_string(w, lx->actors[i].name_en);
    jw_close(w, '}');
}

/* ---- incidents --------------------------------------------------------------- */

static weapon first_weapon(const incident *x)
{
    for (int w = 0; w < W_COUNT_; w++)
        if (x->weapons[w] == 1) return (weapon)w;
    return W_UNKNOWN;
}

static int has_weapon(const incident *x, weapon w) { return x->weapons[w] != 0; }

static void event_type(const idd_lexicon *lx, const incident *x, const char **et, const char **st)
{
    static const char ERV[] = "Explosions/Remote violence", SD[] = "Strategic developments",
                      VAC[] = "Violence against civilians";
    static const char AIR[] = "Air/drone strike", SHELL[] = "Shelling/artillery/missile attack";
    switch (x->cls) {
    case TR_INTERCEPT: *et = SD; *st = "Disrupted weapons use"; return;
    case TR_ARREST: *et = SD; *st = "Arrests"; return;
    case TR_CLASH:
        /* shots at civilians are no battle: "أطلقوا النار على سيارة مدنية" */
        if (x->actor2 >= 0 && lx->actors[x->actor2].kind == AK_TARGET) { *et = VAC; *st = "Attack"; }
        else { *et = "Battles"; *st = "Armed clash"; }
        return;
    case TR_ABDUCTION: *et = VAC; *st = "Abduction/forced disappearance"; return;
    case TR_AIR_STRIKE: *et = ERV; *st = AIR; return;
    default: break;
    }
    *et = ERV;
    if (x->cls == TR_SUICIDE || has_weapon(x, W_SUICIDE)) { *st = "Suicide bomb"; return; }
    /* "انفجار" alone is an IED; with a drone or rockets named it is what exploded */
    if (has_weapon(x, W_IED) || (x->cls == TR_EXPLOSION && first_weapon(x) == W_UNKNOWN)) {
        *st = "Remote explosive/landmine/IED";
        return;
    }
    switch (first_weapon(x)) {
    case W_DRONE: case W_AIRCRAFT: *st = AIR; return;
    case W_ROCKET: case W_MISSILE: case W_MORTAR: case W_ARTILLERY: *st = SHELL; return;
    case W_SMALL_ARMS:
        /* "قتل شاب برصاص مسلحين مجهولين": a killing whose victim is no force's */
        if ((x->actor2 >= 0 && lx->actors[x->actor2].kind == AK_TARGET) || (x->cls == TR_KILLING && x->actor2 < 0)) {
            *et = VAC;
            *st = "Attack";
        }
        else { *et = "Battles"; *st = "Armed clash"; }
        return;
    default: break;
    }
    if (x->cls == TR_KILLING) { *et = VAC; *st = "Attack"; return; }
    if (x->cls == TR_STRIKE && x->actor1 >= 0 && lx->actors[x->actor1].kind == AK_STATE) { *st = AIR; return; }
    /* a foreign state's attack with no weapon named: "العدوان الإسرائيلي على أصفهان" */
    if (x->cls == TR_ATTACK && x->actor1 >= 0 && lx->actors[x->actor1].kind == AK_STATE &&
        lx->actors[x->actor1].country[0] != '*' && strcmp(lx->actors[x->actor1].country, x->country)) {
        *st = AIR;
        return;
    }
    if (x->cls == TR_DRONE_ATTACK) { *st = AIR; return; }
    int at_site = lx->places[x->place].kind == PK_BASE || lx->places[x->place].kind == PK_FACILITY;
    if (!at_site && x->actor1 >= 0 && x->actor2 >= 0 && lx->actors[x->actor1].kind == AK_ARMED &&
        lx->actors[x->actor2].kind != AK_TARGET) {
        *et = "Battles";
        *st = "Armed clash";
        return;
    }
    *st = SHELL;
}

/* The weapons used in the event; an arrest uses none: the helicopters of a
 * raid or the belts seized are not its weapons. */
static void jweapons(jw *w, const incident *x)
{
    int drone_strike = x->implicit_aircraft && x->weapons[W_DRONE];     /* a drone, not a jet */
    jw_open(w, '[');
    for (int rank = 1; rank <= x->nweapons && x->cls != TR_ARREST; rank++)
        for (int k = 0; k < W_COUNT_; k++)
            if (x->weapons[k] == rank && !(drone_strike && k == W_AIRCRAFT)) jw_string(w, weapon_name((weapon)k));
    jw_close(w, ']');
}

static double confidence(const incident *x)
{
    double c = 0.45;
    if (x->strong) c += 0.2;
    if (x->geo_precision == 1) c += 0.1;
    if (x->date_tok >= 0) c += 0.1;
    if (x->actor1 >= 0) c += 0.05;
    if (x->nweapons) c += 0.05;
    return c > 0.95 ? 0.95 : c;
}

/* Whose dead and wounded the figures are, where the text says. */
static void jsides(jw *w, const idd_lexicon *lx, const incident *x)
{
    jw_open(w, '{');
    if (x->killed_side >= 0) { jw_key(w, "killed"); jw_string(w, lx->actors[x->killed_side].id); }
    if (x->injured_side >= 0) { jw_key(w, "injured"); jw_string(w, lx->actors[x->injured_side].id); }
    jw_close(w, '}');
}

static void jlocation_name(jw *w, const actx *a, const incident *x)
{
    const lex_place *p = &a->lx->places[x->place];
    if (x->geo_precision != 2 || x->dir_match < 0) { jw_string(w, p->name_en); return; }
    char buf[256];
    snprintf(buf, sizeof buf, "near %s", p->name_en);
    jw_string(w, buf);
}

static void jincident_spans(jw *w, actx *a, const incident *x)
{
    doc *d = &a->d;
    jw_open(w, '{');
    jw_key(w, "killed"); jmatch_span(w, d, x->killed_match);
    jw_key(w, "injured"); jmatch_span(w, d, x->injured_match);
    jw_key(w, "trigger"); jmatch_span(w, d, x->trig_match);
    jw_key(w, "place"); jmatch_span(w, d, x->place_match);
    jw_key(w, "actor1"); jmatch_span(w, d, x->actor1_match);
    jw_key(w, "actor2"); jmatch_span(w, d, x->actor2_match);
    jw_key(w, "date");
    if (x->date_tok >= 0) jspan(w, d, d->toks[x->date_tok].start, d->toks[x->date_tok].end);
    else jw_null(w);
    jw_close(w, '}');
}

static void jincident(jw *w, actx *a, const incident *x, const char *article_id, int ordinal)
{
    const lex_place *p = &a->lx->places[x->place];
    const char *et, *st;
    event_type(a->lx, x, &et, &st);
    char id[300];
    snprintf(id, sizeof id, "%s#%d", article_id, ordinal);
    jw_open(w, '{');
    jw_key(w, "id"); jw_string(w, id);
    jw_key(w, "event_type"); jw_string(w, et);
    jw_key(w, "sub_event_type"); jw_string(w, st);
    jw_key(w, "event_date"); jday(w, x->when);
    jw_key(w, "time_precision");
    if (x->when.y) jw_int(w, x->when.precision); else jw_null(w);
    jw_key(w, "country"); jw_string(w, x->country);
    jw_key(w, "admin1"); jw_string(w, p->admin1 && p->kind != PK_COUNTRY ? p->admin1 : NULL);
    jw_key(w, "location_id"); jw_string(w, p->id);
    jw_key(w, "location"); jlocation_name(w, a, x);
    jw_key(w, "latitude"); jw_real(w, p->lat);
    jw_key(w, "longitude"); jw_real(w, p->lon);
    jw_key(w, "geo_precision"); jw_int(w, x->geo_precision);
    jw_key(w, "actor1"); jactor(w, a->lx, x->actor1);
    jw_key(w, "actor2"); jactor(w, a->lx, x->actor2);
    jw_key(w, "weapons"); jweapons(w, x);
    jw_key(w, "fatalities"); jcount(w, x->fatalities);
    jw_key(w, "injuries"); jcount(w, x->injuries);
    jw_key(w, "claimed"); jw_bool(w, x->claimed);
    jw_key(w, "casualty_sides"); jsides(w, a->lx, x);
    jw_key(w, "confidence"); jw_real(w, confidence(x));
    jw_key(w, "evidence");
    jw_open(w, '{');
    jw_key(w, "sentence"); jsentence(w, &a->d, x->sent);
    jw_key(w, "spans"); jincident_spans(w, a, x);
    jw_close(w, '}');
    jw_close(w, '}');
}

/* ---- tallies ------------------------------------------------------------------ */

static const char *const unit_names[] = {"attacks", "strikes", "killed", "injured"};

/* Country -> count.  A country named twice keeps its first place and its
 * last count, as setting a JSON object's key again did. */
static void jbreakdown(jw *w, const tally *t)
{
    jw_open(w, '{');
    for (int i = 0; i < t->nbd; i++) {
        int again = 0, last = i;
        for (int k = 0; k < i; k++) again |= !strcmp(t->bd_country[k], t->bd_country[i]);
        if (again) continue;
        for (int k = i + 1; k < t->nbd; k++)
            if (!strcmp(t->bd_country[k], t->bd_country[i])) last = k;
        jw_key(w, t->bd_country[i]);
        jw_int(w, t->bd_count[last]);
    }
    jw_close(w, '}');
}

static void jcountries(jw *w, const tally *t)
{
    jw_open(w, '[');
    for (int i = 0; i < t->ncountries; i++) jw_string(w, t->countries[i]);
    for (int i = 0; i < t->nbd; i++) {
        int seen = 0;
        for (int k = 0; k < t->ncountries; k++) seen |= !strcmp(t->countries[k], t->bd_country[i]);
        if (!seen) jw_string(w, t->bd_country[i]);
    }
    jw_close(w, ']');
}

static void jtally(jw *w, actx *a, const tally *t)
{
    jw_open(w, '{');
    jw_key(w, "unit"); jw_string(w, unit_names[t->unit]);
    jw_key(w, "count"); jcount(w, t->count);
    jw_key(w, "breakdown"); jbreakdown(w, t);
    jw_key(w, "countries"); jcountries(w, t);
    jw_key(w, "since"); jday(w, t->since);
    jw_key(w, "until"); jday(w, t->until);
    jw_key(w, "source"); jw_string(w, t->source >= 0 ? a->lx->sources[t->source].name_en : NULL);
    jw_key(w, "confidence"); jw_real(w, t->source >= 0 ? 0.85 : 0.7);
    jw_key(w, "evidence");
    jw_open(w, '{');
    jw_key(w, "sentence"); jsentence(w, &a->d, t->sent);
    jw_key(w, "spans");
    jw_open(w, '{');
    jw_key(w, "number");
    jspan(w, &a->d, a->d.toks[t->tok].start, a->d.toks[t->tok_end > t->tok ? t->tok_end - 1 : t->tok].end);
    jw_close(w, '}');
    jw_close(w, '}');
    jw_close(w, '}');
}

/* ---- the pipeline --------------------------------------------------------------- */

static void jarticle(jw *w, const idd_article *art, day pub, const char *pub_from)
{
    jw_open(w, '{');
    jw_key(w, "id"); jw_string(w, idd_article_id(art));
    jw_key(w, "url"); jw_string(w, idd_article_url(art));
    jw_key(w, "source"); jw_string(w, idd_article_source(art));
    jw_key(w, "title"); jw_string(w, idd_article_title(art));
    jw_key(w, "published_at"); jday(w, pub);
    jw_key(w, "published_at_from"); jw_string(w, pub_from);
    jw_key(w, "content_hash"); jw_string(w, idd_article_content_hash(art));
    jw_key(w, "extractor"); jw_string(w, IDD_RULES_VERSION);
    jw_close(w, '}');
}

static void jresult(jw *w, actx *a, const idd_article *art, const char *pub_from)
{
    jw_open(w, '{');
    jw_key(w, "article"); jarticle(w, art, a->pub, pub_from);
    jw_key(w, "incidents");
    jw_open(w, '[');
    for (int i = 0; i < a->inc.n; i++) jincident(w, a, &a->inc.v[i], idd_article_id(art), i + 1);
    jw_close(w, ']');
    jw_key(w, "tallies");
    jw_open(w, '[');
    for (int i = 0; i < a->tal.n; i++) jtally(w, a, &a->tal.v[i]);
    jw_close(w, ']');
    jw_close(w, '}');
}

/* Empties the extractor's actx for a new article, keeping its buffers (the
 * doc is reset by doc_build). */
static void work_reset(actx *a, const idd_lexicon *lx)
{
    actx kept = *a;
    memset(a, 0, sizeof *a);
    a->lx = lx;
    a->d = kept.d;
    a->dates = (date_list){kept.dates.v, 0, kept.dates.cap};
    a->inc = (incident_list){kept.inc.v, 0, kept.inc.cap};
    a->tal = (tally_list){kept.tal.v, 0, kept.tal.cap};
    a->used = kept.used; a->used_cap = kept.used_cap;
    a->consumed = kept.consumed; a->consumed_cap = kept.consumed_cap;
    a->places = kept.places; a->places_cap = kept.places_cap;
}

/* Per-token and per-match flags, all clear. */
static idd_err work_flags(actx *a)
{
    size_t nt = (size_t)a->d.ntoks + 1, nm = (size_t)a->d.nm + 1;
    if (VEC_RESERVE(a->used, a->used_cap, nt) || VEC_RESERVE(a->consumed, a->consumed_cap, nm))
        return IDD_ENOMEM;
    memset(a->used, 0, nt);
    memset(a->consumed, 0, nm);
    return IDD_OK;
}

static void work_done(actx *a, char *owned)
{
    free(owned);
    if (a->d.text.cap > WORK_KEEP_BYTES) work_free(a);
}

/* Dates need the publication day; when the message has none, the text's
 * stated one is found first and relative dates are read again against it. */
static idd_err resolve_dates(actx *a, const idd_article *art, const char **pub_from)
{
    a->pub = date_parse_published(idd_article_published_at(art));
    *pub_from = a->pub.y ? "message" : NULL;
    idd_err e = dates_find(&a->d, a->pub, a->used, &a->dates);
    if (e || a->pub.y) return e;
    day stated = dates_published_in_text(&a->d, &a->dates);
    if (!stated.y) return IDD_OK;
    a->pub = stated;
    *pub_from = "text";
    memset(a->used, 0, (size_t)a->d.ntoks + 1);
    return dates_find(&a->d, a->pub, a->used, &a->dates);
}

idd_err idd_extract_json(idd_extractor *x, const idd_article *art, char **json, size_t *len,
                         char *msg, size_t msglen)
{
    if (!x || !art || !json) return set_err(msg, msglen, IDD_EINVAL, "missing argument");
    *json = NULL;
    actx *a = &x->work;
    work_reset(a, x->lx);
    char *owned = NULL;
    const char *pub_from = NULL;
    idd_err e = doc_build(&a->d, x->lx, idd_article_body(art), idd_article_html(art), idd_article_title(art), &owned);
    if (!e) e = doc_analyse(&a->d);
    if (!e) e = work_flags(a);
    if (!e) e = resolve_dates(a, art, &pub_from);
    if (!e) e = places_collect(a);
    if (!e) e = tallies_find(a);
    if (!e) e = incidents_find(a);
    if (!e) tallies_drop_incident_reports(a);
    if (e) {
        work_done(a, owned);
        return set_err(msg, msglen, e, "extraction failed: %s", idd_strerror(e));
    }
    jw w = {.reals = x->reals};
    if (ubuf_reserve(&w.b, 4096)) w.failed = 1;    /* most results fit: no regrowing */
    jresult(&w, a, art, pub_from);
    work_done(a, owned);
    if (jw_failed(&w)) {
        ubuf_free(&w.b);
        return set_err(msg, msglen, IDD_ENOMEM, "out of memory building the result");
    }
    *json = w.b.p;
    if (len) *len = w.b.len;
    return IDD_OK;
}

/* The tree is read back from the text, so both entry points give one result. */
idd_err idd_extract(idd_extractor *x, const idd_article *art, json_t **result, char *msg, size_t msglen)
{
    if (!result) return set_err(msg, msglen, IDD_EINVAL, "missing argument");
    *result = NULL;
    char *s;
    size_t n;
    idd_err e = idd_extract_json(x, art, &s, &n, msg, msglen);
    if (e) return e;
    *result = json_loadb(s, n, 0, NULL);
    free(s);
    if (!*result) return set_err(msg, msglen, IDD_ENOMEM, "out of memory building the result");
    return IDD_OK;
}
