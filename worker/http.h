/*
 * http.h — the health and metrics endpoint of `incidentd run`
 * (metrics.listen): GET /healthz and GET /metrics, served by libmicrohttpd on
 * a thread of its own.  Every other method is 405, every other path 404.
 *
 * Ownership: http_start borrows the metrics handle, which must outlive the
 * server; http_stop stops the thread and frees the server.
 */
#ifndef IDD_HTTP_H
#define IDD_HTTP_H

#include <stddef.h>

#include "config.h"
#include "metrics.h"

typedef struct http_server http_server;

/* Binds metrics.listen and starts serving.  NULL with *err = "" when the
 * endpoint is off; NULL with a message naming the address when it cannot be
 * bound or started. */
http_server *http_start(const cfg *c, metrics *m, char *err, size_t errlen);
void         http_stop(http_server *h);

#endif
