/*
 * text.c — from an article's body or HTML to the folded text the matcher
 * reads.  Owns three decisions: what HTML contributes (text of the content
 * elements, with scripts, styles, navigation, forms and comments dropped),
 * which lines are not the article (teasers of other stories and everything
 * after them, share/subscribe lines, photo captions, embedded tweets'
 * trailers, a repeated title), and the fold itself (lexicon.c's table), with
 * a map from every folded byte back into the original text.
 */
#define _GNU_SOURCE         /* memmem */
#include "doc.h"

#include <gumbo.h>
#include <stdlib.h>
#include <string.h>

/* ---- HTML ----------------------------------------------------------- */

static int skipped_tag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NAV: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_FORM: case GUMBO_TAG_IFRAME: case GUMBO_TAG_HEAD: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_SVG:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_FIGCAPTION:
        return 1;
    default:
        return 0;
    }
}

static int block_tag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_BR: case GUMBO_TAG_LI: case GUMBO_TAG_H1:
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_TR: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_SECTION: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_TABLE: case GUMBO_TAG_HEADER: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_HR: case GUMBO_TAG_TITLE:
        return 1;
    default:
        return 0;
    }
}

/* Depth-first walk with an explicit stack: hostile HTML may nest deeply. */
static int html_text(const GumboNode *root, ubuf *out)
{
    size_t cap = 256, n = 0;
    const GumboNode **stack = malloc(cap * sizeof *stack);
    if (!stack) return -1;
    stack[n++] = root;
    int rc = 0;
    while (n && !rc) {
        const GumboNode *node = stack[--n];
        if (!node) { rc = ubuf_addc(out, '\n'); continue; }     /* end of a block */
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
            node->type == GUMBO_NODE_CDATA) {
            rc = ubuf_add(out, node->v.text.text, strlen(node->v.text.text));
            continue;
        }
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) continue;
        const GumboVector *kids = node->type == GUMBO_NODE_DOCUMENT ? &node->v.document.children
                                                                      : &node->v.element.children;
        int block = 0;
        if (node->type == GUMBO_NODE_ELEMENT) {
            if (skipped_tag(node->v.element.tag)) continue;
            block = block_tag(node->v.element.tag);
            if (block && (rc = ubuf_addc(out, '\n'))) break;
        }
        if (n + kids->length + 1 > cap) {
            while (n + kids->length + 1 > cap) cap *= 2;
            const GumboNode **s = realloc(stack, cap * sizeof *s);
            if (!s) { rc = -1; break; }
            stack = s;
        }
        if (block) stack[n++] = NULL;
        for (unsigned i = kids->length; i-- > 0;) stack[n++] = kids->data[i];
    }
    free(stack);
    return rc;
}

static idd_err html_to_text(const char *html, char **out)
{
    GumboOutput *g = gumbo_parse_with_options(&kGumboDefaultOptions, html, strlen(html));
    if (!g) return IDD_ENOMEM;
    ubuf b = {0};
    int rc = html_text(g->document, &b) || ubuf_add(&b, "", 0);
    gumbo_destroy_output(&kGumboDefaultOptions, g);
    if (rc) { ubuf_free(&b); return IDD_ENOMEM; }
    *out = b.p;
    return IDD_OK;
}

/* ---- boilerplate ------------------------------------------------------ */

/* The first byte compared inline: most lines differ there from every
 * marker, and a call of memcmp per marker cost more than the rest. */
static int starts_with(const char *s, size_t n, const char *p, size_t pn)
{
    return pn <= n && (!pn || s[0] == p[0]) && !memcmp(s, p, pn);
}

/* memchr for the first byte before memmem: most lines lack even that
 * (the markers searched are mostly Latin), and memmem's setup for each
 * call costs more than memchr's whole scan. */
static const char *find_bytes(const char *s, size_t n, const char *p, size_t pn)
{
    const char *first = pn ? memchr(s, p[0], n) : NULL;
    return first ? memmem(first, n - (size_t)(first - s), p, pn) : NULL;
}

static size_t skip_space(const char *s, size_t n, size_t i)
{
    while (i < n && (s[i] == ' ' || s[i] == '"' || s[i] == '\'' || s[i] == '-' || s[i] == '*' || s[i] == '#'))
        i++;
    return i;
}

static int line_starts_with(const idd_lexicon *lx, bp_kind kind, const char *f, size_t n)
{
    size_t i = skip_space(f, n, 0);
    for (int k = 0; k < lx->nboiler; k++)
        if (lx->boiler[k].kind == kind && starts_with(f + i, n - i, lx->boiler[k].folded, lx->boiler[k].len))
            return 1;
    return 0;
}

/* A caption ends with a photo credit in parentheses ("... (غيتي)"), or is
 * a whole line in parentheses. */
static int is_caption(const idd_lexicon *lx, const char *f, size_t n)
{
    while (n && (f[n - 1] == ' ' || f[n - 1] == '.')) n--;
    if (!n || f[n - 1] != ')') return 0;
    if (f[0] == '(' && !memchr(f + 1, ')', n - 2)) return 1;       /* "(دخان يتصاعد ... - كوردستان 24)" */
    const char *open = NULL;
    for (size_t i = n - 1; i-- > 0;)
        if (f[i] == '(') { open = f + i; break; }
    if (!open) return 0;
    size_t in = (size_t)(f + n - 1 - open) - 1;
    const char *inner = open + 1;
    for (int k = 0; k < lx->nboiler; k++) {
        const lex_boiler *b = &lx->boiler[k];
        if (b->kind == BP_CREDIT && find_bytes(inner, in, b->folded, b->len) && in < b->len + 24) return 1;
    }
    return 0;
}

/* End of an embedded tweet's trailer that starts at `from`: the year after
 * its "(@handle)", or the end of the line. */
static size_t tweet_end(const char *f, size_t n, size_t from)
{
    const char *at = find_bytes(f + from, n - from, "(@", 2);
    if (!at) return n;
    for (size_t i = (size_t)(at - f); i + 4 <= n; i++) {
        int year = 1;
        for (int k = 0; k < 4; k++) year &= f[i + k] >= '0' && f[i + k] <= '9';
        if (year && (i + 4 == n || f[i + 4] < '0' || f[i + 4] > '9') && f[i - 1] == ' ') return i + 4;
    }
    return n;
}

static const char *tweet_marker(const idd_lexicon *lx, const char *f, size_t n)
{
    const char *best = NULL;
    for (int k = 0; k < lx->nboiler; k++) {
        if (lx->boiler[k].kind != BP_TWEET) continue;
        const char *p = find_bytes(f, n, lx->boiler[k].folded, lx->boiler[k].len);
        if (p && (!best || p < best)) best = p;
    }
    return best;
}

/* Moves the folded bytes [from, to) of the line at d->text.p + line, with
 * their map entries, down to the end of the kept text at *w; a space joins
 * them to what the line kept before (text around a tweet's trailer).  Safe
 * in place: *w never passes line + from, and the trailers searched next
 * lie after `to`. */
static void keep_segment(doc *d, size_t line, size_t from, size_t to, size_t *w)
{
    char *t = d->text.p;
    while (to > from && t[line + to - 1] == ' ') to--;
    if (to <= from) return;
    if (*w && t[*w - 1] != '\n' && t[*w - 1] != ' ') {
        d->map[*w] = d->map[line + from];
        t[(*w)++] = ' ';
    }
    memmove(t + *w, t + line + from, to - from);
    memmove(d->map + *w, d->map + line + from, (to - from) * sizeof *d->map);
    *w += to - from;
}

/* "#عاجل | انفجارات في محيط المطار — Baghdad Today (@Baghdadtoday) 18
 * أكتوبر 2023": a line that ends in a tweet's signature is an embedded
 * tweet, whose text repeats (or teases) what the article tells. */
static int embedded_tweet_line(const char *f, size_t n)
{
    const char *at = find_bytes(f, n, "(@", 2);
    if (!at || n < 4) return 0;
    const char *dash = find_bytes(f, (size_t)(at - f), "\xe2\x80\x94", 3);       /* — */
    int year = 1;
    for (size_t k = n - 4; k < n; k++) year &= f[k] >= '0' && f[k] <= '9';
    return dash && year && tweet_end(f, n, (size_t)(dash - f)) == n;
}

/* Keeps the line folded at d->text.p + line (fn bytes), leaving out
 * embedded tweets' trailers, or the whole line when it is an embedded tweet. */
static void keep_line(doc *d, size_t line, size_t fn)
{
    const char *f = d->text.p + line;
    size_t from = 0, w = line;
    if (embedded_tweet_line(f, fn)) from = fn;
    while (from < fn) {
        const char *tw = tweet_marker(d->lx, f + from, fn - from);
        size_t stop = tw ? (size_t)(tw - f) : fn;
        keep_segment(d, line, from, stop, &w);
        if (!tw) break;
        from = tweet_end(f, fn, stop);
    }
    d->text.len = w;
    d->text.p[w] = 0;
}

static int end_paragraph(doc *d, size_t at)
{
    if (!d->text.len || d->text.p[d->text.len - 1] == '\n') return 0;
    if (d->text.p[d->text.len - 1] == ' ') { d->text.p[d->text.len - 1] = '\n'; return 0; }
    if (ubuf_reserve(&d->text, 1)) return -1;
    if (d->text.len + 1 > d->map_cap) {
        size_t nc = d->map_cap ? d->map_cap * 2 : 1024;
        uint32_t *m = realloc(d->map, nc * sizeof *m);
        if (!m) return -1;
        d->map = m;
        d->map_cap = nc;
    }
    d->map[d->text.len] = (uint32_t)at;
    return ubuf_addc(&d->text, '\n');
}

/* Each line is folded straight onto the end of the text, where it stays if
 * it is part of the article (less any tweet trailers) and is cut off
 * again if not.  Every line starts after a '\n' (or at the start), as a
 * line folded on its own would, so the fold's white-space rules see the
 * same thing either way. */
static idd_err clean_and_fold(doc *d, const char *title)
{
    const idd_lexicon *lx = d->lx;
    char *ftitle = title ? lex_fold_str(lx, title) : NULL;
    /* folding seldom lengthens a text: one allocation up front */
    if (ubuf_reserve(&d->text, d->orig_len)) { free(ftitle); return IDD_ENOMEM; }
    idd_err e = IDD_OK;
    const char *s = d->orig, *end = s + d->orig_len;
    while (s < end) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        size_t len = nl ? (size_t)(nl - s) : (size_t)(end - s);
        size_t base = (size_t)(s - d->orig), line = d->text.len;
        if (lex_fold(lx, s, len, base, &d->text, &d->map, &d->map_cap)) { e = IDD_ENOMEM; break; }
        char *f = d->text.p + line;
        size_t fn = d->text.len - line;
        while (fn && (f[fn - 1] == ' ' || f[fn - 1] == '\n')) fn--;
        size_t fs = 0;
        while (fs < fn && f[fs] == ' ') fs++;
        int keep = 0;
        if (fn > fs) {
            if (line_starts_with(lx, BP_CUT, f + fs, fn - fs)) { d->text.len = line; break; }
            keep = !(fn - fs <= 80 && line_starts_with(lx, BP_DROP, f + fs, fn - fs)) &&
                   !is_caption(lx, f + fs, fn - fs) &&
                   !(ftitle && strlen(ftitle) == fn - fs && !memcmp(ftitle, f + fs, fn - fs));
        }
        if (keep) {
            keep_line(d, line, fn);
            if (end_paragraph(d, base + len)) { e = IDD_ENOMEM; break; }
        } else d->text.len = line;
        s += len + (nl ? 1 : 0);
    }
    free(ftitle);
    if (!e && ubuf_add(&d->text, "", 0)) e = IDD_ENOMEM;
    return e;
}

idd_err doc_build(doc *d, const idd_lexicon *lx, const char *body, const char *html,
                  const char *title, char **owned_text)
{
    doc_reset(d, lx);
    *owned_text = NULL;
    if (body && *body) d->orig = body;
    else if (html) {
        idd_err e = html_to_text(html, owned_text);
        if (e) return e;
        d->orig = *owned_text;
    } else d->orig = "";
    d->orig_len = strlen(d->orig);
    return clean_and_fold(d, title);
}
