/*
 * extract.c — idd_extract: one article in, one GUIDE.md result out.
 * Orders the steps (text, matches, dates, places, tallies before incidents
 * so a tally's words are not also an incident) and writes the JSON with its
 * evidence: every span is a [start, end) byte range in the article text
 * (the body, or the text of the HTML).
 */
#include "frames.h"

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
    hs_scratch_t *scratch;
};

idd_extractor *idd_extractor_new(const idd_lexicon *lx)
{
    if (!lx) return NULL;
    idd_extractor *x = calloc(1, sizeof *x);
    if (!x) return NULL;
    x->lx = lx;
    if (hs_alloc_scratch(lx->db, &x->scratch) != HS_SUCCESS) { free(x); return NULL; }
    return x;
}

void idd_extractor_free(idd_extractor *x)
{
    if (!x) return;
    hs_free_scratch(x->scratch);
    free(x);
}

/* ---- JSON helpers --------------------------------------------------------- */

static json_t *jday(day d)
{
    if (!d.y) return json_null();
    char s[16];
    day_format(d, s);
    return json_string(s);
}

static json_t *jcount(long n) { return n < 0 ? json_null() : json_integer(n); }

/* Code point index of byte offset `off` of the original text: evidence
 * spans are in characters, so that any consumer's text[start:end] works.
 * d->char_blocks (built on first use) holds the count at every 64 bytes. */
static json_int_t char_index(doc *d, uint32_t off)
{
    if (!d->char_blocks) {
        size_t nb = d->orig_len / 64 + 2;
        d->char_blocks = malloc(nb * sizeof *d->char_blocks);
        if (!d->char_blocks) return -1;
        uint32_t n = 0;
        for (size_t i = 0; i < d->orig_len; i++) {
            if (i % 64 == 0) d->char_blocks[i / 64] = n;
            n += ((unsigned char)d->orig[i] & 0xC0) != 0x80;
        }
        d->char_blocks[d->orig_len / 64 + (d->orig_len % 64 ? 1 : 0)] = n;
    }
    if (off > d->orig_len) off = (uint32_t)d->orig_len;
    json_int_t n = d->char_blocks[off / 64];
    for (uint32_t i = off & ~63u; i < off; i++) n += ((unsigned char)d->orig[i] & 0xC0) != 0x80;
    return n;
}

/* [start, end) in characters of the original text of folded bytes [fs, fe). */
static json_t *jspan(doc *d, uint32_t fs, uint32_t fe)
{
    if (fe <= fs || fe > d->text.len) return json_null();
    uint32_t os = d->map[fs], last = d->map[fe - 1];
    uint32_t cp;
    int l = utf8_decode((const unsigned char *)d->orig + last, d->orig_len - last, &cp);
    json_int_t cs = char_index(d, os), ce = char_index(d, last + (uint32_t)(l ? l : 1));
    if (cs < 0 || ce < 0) return json_null();
    return json_pack("[II]", cs, ce);
}

static json_t *jmatch_span(doc *d, int k)
{
    return k < 0 ? json_null() : jspan(d, d->m[k].start, d->m[k].end);
}

static json_t *jsentence(const doc *d, int s)
{
    span sp = d->sents[s];
    while (sp.start < sp.end && (d->text.p[sp.start] == ' ')) sp.start++;
    if (sp.end <= sp.start) return json_string("");
    uint32_t os = d->map[sp.start], oe = d->map[sp.end - 1];
    uint32_t cp;
    int l = utf8_decode((const unsigned char *)d->orig + oe, d->orig_len - oe, &cp);
    oe += (uint32_t)(l ? l : 1);
    return json_stringn(d->orig + os, oe - os);
}

static json_t *jactor(const idd_lexicon *lx, int i)
{
    if (i < 0) return json_null();
    return json_pack("{ssss}", "id", lx->actors[i].id, "name", lx->actors[i].name_en);
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
    case TR_CLASH: *et = "Battles"; *st = "Armed clash"; return;
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
        if (x->actor2 >= 0 && lx->actors[x->actor2].kind == AK_TARGET) { *et = VAC; *st = "Attack"; }
        else { *et = "Battles"; *st = "Armed clash"; }
        return;
    default: break;
    }
    if (x->cls == TR_KILLING) { *et = VAC; *st = "Attack"; return; }
    if (x->cls == TR_STRIKE && x->actor1 >= 0 && lx->actors[x->actor1].kind == AK_STATE) { *st = AIR; return; }
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

static json_t *jweapons(const incident *x)
{
    json_t *arr = json_array();
    int drone_strike = x->implicit_aircraft && x->weapons[W_DRONE];     /* a drone, not a jet */
    for (int rank = 1; rank <= x->nweapons; rank++)
        for (int w = 0; w < W_COUNT_; w++)
            if (x->weapons[w] == rank && !(drone_strike && w == W_AIRCRAFT))
                json_array_append_new(arr, json_string(weapon_name((weapon)w)));
    return arr;
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
static json_t *jsides(const idd_lexicon *lx, const incident *x)
{
    json_t *o = json_object();
    if (x->killed_side >= 0) json_object_set_new(o, "killed", json_string(lx->actors[x->killed_side].id));
    if (x->injured_side >= 0) json_object_set_new(o, "injured", json_string(lx->actors[x->injured_side].id));
    return o;
}

static json_t *jlocation_name(const actx *a, const incident *x)
{
    const lex_place *p = &a->lx->places[x->place];
    if (x->geo_precision != 2 || x->dir_match < 0) return json_string(p->name_en);
    char buf[256];
    snprintf(buf, sizeof buf, "near %s", p->name_en);
    return json_string(buf);
}

static json_t *jincident(actx *a, const incident *x, const char *article_id, int ordinal)
{
    const lex_place *p = &a->lx->places[x->place];
    const char *et, *st;
    event_type(a->lx, x, &et, &st);
    char id[300];
    snprintf(id, sizeof id, "%s#%d", article_id, ordinal);
    json_t *spans = json_pack("{so so so so so so so}",
        "killed", jmatch_span(&a->d, x->killed_match),
        "injured", jmatch_span(&a->d, x->injured_match),
        "trigger", jmatch_span(&a->d, x->trig_match),
        "place", jmatch_span(&a->d, x->place_match),
        "actor1", jmatch_span(&a->d, x->actor1_match),
        "actor2", jmatch_span(&a->d, x->actor2_match),
        "date", x->date_tok >= 0 ? jspan(&a->d, a->d.toks[x->date_tok].start, a->d.toks[x->date_tok].end)
                                 : json_null());
    return json_pack("{ss ss ss so so ss so ss so so so si so so so so so sb so sf s{soso}}",
        "id", id,
        "event_type", et, "sub_event_type", st,
        "event_date", jday(x->when),
        "time_precision", x->when.y ? json_integer(x->when.precision) : json_null(),
        "country", x->country,
        "admin1", p->admin1 && p->kind != PK_COUNTRY ? json_string(p->admin1) : json_null(),
        "location_id", p->id,
        "location", jlocation_name(a, x),
        "latitude", json_real(p->lat), "longitude", json_real(p->lon),
        "geo_precision", x->geo_precision,
        "actor1", jactor(a->lx, x->actor1), "actor2", jactor(a->lx, x->actor2),
        "weapons", jweapons(x),
        "fatalities", jcount(x->fatalities), "injuries", jcount(x->injuries),
        "claimed", x->claimed,
        "casualty_sides", jsides(a->lx, x),
        "confidence", confidence(x),
        "evidence", "sentence", jsentence(&a->d, x->sent), "spans", spans);
}

/* ---- tallies ------------------------------------------------------------------ */

static const char *const unit_names[] = {"attacks", "strikes", "killed", "injured"};

static json_t *jtally(actx *a, const tally *t)
{
    json_t *bd = json_object(), *countries = json_array();
    for (int i = 0; i < t->nbd; i++) json_object_set_new(bd, t->bd_country[i], json_integer(t->bd_count[i]));
    for (int i = 0; i < t->ncountries; i++) json_array_append_new(countries, json_string(t->countries[i]));
    for (int i = 0; i < t->nbd; i++) {
        int seen = 0;
        for (int k = 0; k < t->ncountries; k++) seen |= !strcmp(t->countries[k], t->bd_country[i]);
        if (!seen) json_array_append_new(countries, json_string(t->bd_country[i]));
    }
    json_t *num = jspan(&a->d, a->d.toks[t->tok].start, a->d.toks[t->tok_end > t->tok ? t->tok_end - 1 : t->tok].end);
    return json_pack("{ss so so so so so so sf s{soso}}",
        "unit", unit_names[t->unit],
        "count", jcount(t->count),
        "breakdown", bd, "countries", countries,
        "since", jday(t->since), "until", jday(t->until),
        "source", t->source >= 0 ? json_string(a->lx->sources[t->source].name_en) : json_null(),
        "confidence", t->source >= 0 ? 0.85 : 0.7,
        "evidence", "sentence", jsentence(&a->d, t->sent), "spans", json_pack("{so}", "number", num));
}

/* ---- the pipeline --------------------------------------------------------------- */

static json_t *jarticle(const idd_article *art, day pub, const char *pub_from)
{
    return json_pack("{ss so so so so so ss ss}",
        "id", idd_article_id(art),
        "url", idd_article_url(art) ? json_string(idd_article_url(art)) : json_null(),
        "source", idd_article_source(art) ? json_string(idd_article_source(art)) : json_null(),
        "title", idd_article_title(art) ? json_string(idd_article_title(art)) : json_null(),
        "published_at", jday(pub),
        "published_at_from", pub_from ? json_string(pub_from) : json_null(),
        "content_hash", idd_article_content_hash(art),
        "extractor", IDD_RULES_VERSION);
}

static void actx_free(actx *a, char *owned)
{
    doc_free(&a->d);
    free(a->dates.v); free(a->used); free(a->consumed); free(a->places);
    free(a->inc.v); free(a->tal.v);
    free(owned);
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

idd_err idd_extract(idd_extractor *x, const idd_article *art, json_t **result, char *msg, size_t msglen)
{
    if (!x || !art || !result) return set_err(msg, msglen, IDD_EINVAL, "missing argument");
    *result = NULL;
    actx a = {.lx = x->lx};
    char *owned = NULL;
    const char *pub_from = NULL;
    idd_err e = doc_build(&a.d, x->lx, idd_article_body(art), idd_article_html(art), idd_article_title(art), &owned);
    if (!e) e = doc_analyse(&a.d, x->scratch);
    if (!e) {
        a.used = calloc((size_t)a.d.ntoks + 1, 1);
        a.consumed = calloc((size_t)a.d.nm + 1, 1);
        if (!a.used || !a.consumed) e = IDD_ENOMEM;
    }
    if (!e) e = resolve_dates(&a, art, &pub_from);
    if (!e) e = places_collect(&a);
    if (!e) e = tallies_find(&a);
    if (!e) e = incidents_find(&a);
    if (!e) tallies_drop_incident_reports(&a);
    if (e) {
        actx_free(&a, owned);
        return set_err(msg, msglen, e, "extraction failed: %s", idd_strerror(e));
    }
    json_t *incs = json_array(), *tals = json_array();
    for (int i = 0; i < a.inc.n; i++) json_array_append_new(incs, jincident(&a, &a.inc.v[i], idd_article_id(art), i + 1));
    for (int i = 0; i < a.tal.n; i++) json_array_append_new(tals, jtally(&a, &a.tal.v[i]));
    *result = json_pack("{so so so}", "article", jarticle(art, a.pub, pub_from), "incidents", incs, "tallies", tals);
    actx_free(&a, owned);
    if (!*result) return set_err(msg, msglen, IDD_ENOMEM, "out of memory building the result");
    return IDD_OK;
}
