/*
 * idd.h — public API of the incidentd extraction core (libidd).
 *
 * The core turns one article into the incidents and tallies of
 * ../shared/corpus/GUIDE.md.  It knows nothing of Kafka or PostgreSQL and
 * keeps no global state: everything lives in handles the caller owns.
 *
 * Handles and ownership
 *   idd_lexicon    loaded once per process from the data directory, then
 *                  read-only and shared by every thread.  Caller frees it
 *                  after every extractor made from it is freed.
 *   idd_extractor  per-thread scratch (match scratch, buffers).  Never shared
 *                  between threads at the same time.
 *   idd_article    one parsed input message.  Owns copies of its strings.
 *
 * Errors: every fallible call returns an idd_err and, when `msg` is not NULL,
 * writes a one-line human message into it.  idd_strerror() names the code;
 * idd_errclass() gives the stable short class used in dead-letter headers.
 */
#ifndef IDD_H
#define IDD_H

#include <stddef.h>
#include <jansson.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    IDD_OK = 0,
    IDD_ENOMEM,     /* out of memory */
    IDD_EINVAL,     /* bad argument from the caller */
    IDD_EJSON,      /* message is not a JSON object */
    IDD_EUTF8,      /* text is not valid UTF-8, or has NUL bytes */
    IDD_ETOOBIG,    /* message or body over the configured limit */
    IDD_EEMPTY,     /* no body, no html, or nothing left after cleaning */
    IDD_ETYPE,      /* a field has the wrong JSON type */
    IDD_EIO,        /* a file could not be read */
    IDD_EDATA,      /* a lexicon or gazetteer file is invalid */
    IDD_EBUSY,      /* queue full; try again later */
    IDD_ECLOSED     /* the pool is shutting down */
} idd_err;

const char *idd_strerror(idd_err err);
const char *idd_errclass(idd_err err);

/* ---- limits -------------------------------------------------------- */

typedef struct {
    size_t max_message_bytes;   /* whole input message; default 16 MiB */
    size_t max_body_bytes;      /* body or html text; default 8 MiB */
    int    max_json_depth;      /* nesting allowed in a message; default 16 */
} idd_limits;

/* Fills `l` with the defaults above. */
void idd_limits_default(idd_limits *l);

/* ---- lexicon ------------------------------------------------------- */

typedef struct idd_lexicon idd_lexicon;

/* Loads and validates data/lexicon and data/gazetteer under `datadir`.
 * On IDD_EDATA the message names the file and line. */
idd_err idd_lexicon_load(const char *datadir, idd_lexicon **out,
                         char *msg, size_t msglen);
void    idd_lexicon_free(idd_lexicon *lex);

/* ---- articles ------------------------------------------------------ */

typedef struct idd_article idd_article;

/* Parses one input-topic message (a JSON object).  The bytes need not be
 * NUL-terminated.  Validates UTF-8, sizes, types and depth. */
idd_err idd_article_parse(const char *json, size_t len, const idd_limits *lim,
                          idd_article **out, char *msg, size_t msglen);

/* Wraps plain text as the body of an article with no metadata.  The id is a
 * hash of the text. */
idd_err idd_article_from_text(const char *text, size_t len,
                              const idd_limits *lim, idd_article **out,
                              char *msg, size_t msglen);

void idd_article_free(idd_article *a);

/* Read-only views; NULL when absent.  Strings are owned by the article. */
const char *idd_article_id(const idd_article *a);
const char *idd_article_url(const idd_article *a);
const char *idd_article_source(const idd_article *a);
const char *idd_article_title(const idd_article *a);
const char *idd_article_published_at(const idd_article *a); /* as given */
/* A stable hash (hex) of the content fields: a changed article has a new one. */
const char *idd_article_content_hash(const idd_article *a);

/* ---- extraction ---------------------------------------------------- */

typedef struct idd_extractor idd_extractor;

idd_extractor *idd_extractor_new(const idd_lexicon *lex);
void           idd_extractor_free(idd_extractor *x);

/* Extracts one article.  On success *result is a new JSON object in the
 * GUIDE.md format (article, incidents, tallies, evidence...) that the caller
 * owns (json_decref).  Output is deterministic for the same input. */
idd_err idd_extract(idd_extractor *x, const idd_article *a, json_t **result,
                    char *msg, size_t msglen);

/* The same result serialised as compact JSON (the bytes json_dumps(result,
 * JSON_COMPACT) gives for idd_extract's result), written directly without a
 * json_t tree: the fast path for callers that only print or send it.  On
 * success *json is a new NUL-terminated string the caller frees (free), and
 * *len (when not NULL) its length. */
idd_err idd_extract_json(idd_extractor *x, const idd_article *a, char **json, size_t *len,
                         char *msg, size_t msglen);

/* Version string of the extraction rules, recorded with every result. */
const char *idd_version(void);

#ifdef __cplusplus
}
#endif
#endif
