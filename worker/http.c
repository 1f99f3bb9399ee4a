/*
 * http.c — the health and metrics endpoint (see http.h).
 *
 * Requests are hostile input: only the method and the path are looked at
 * (never headers, query or body), every answer is small and built from the
 * metrics handle alone, and libmicrohttpd is held to tight limits (few
 * connections, small per-connection memory, short idle timeout) so a client
 * cannot tie up the worker.  The listening socket is bound here rather than
 * by libmicrohttpd so that a bind failure is reported with its reason.
 * libmicrohttpd's own messages (mostly about bad requests) are rate-limited:
 * a client must not be able to flood the worker's log.
 */
#include "http.h"

#include <arpa/inet.h>
#include <errno.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <microhttpd.h>

#include "clock.h"
#include "log.h"

#define HTTP_MAX_CONNECTIONS 16
#define HTTP_MAX_PER_IP 8
#define HTTP_IDLE_TIMEOUT_S 5
#define HTTP_CONNECTION_MEMORY (16 * 1024)   /* request line and headers must fit */
#define HTTP_LOG_EVERY_MS 10000               /* at most one libmicrohttpd message per 10 s */

struct http_server {
    struct MHD_Daemon *daemon;
    metrics *m;
    atomic_llong logged_at;                   /* clock_ms() of the last message logged */
};

/* ---- answers ---------------------------------------------------------------- */

static enum MHD_Result send_body(struct MHD_Connection *conn, unsigned status, const char *type,
                                 char *body, size_t len, enum MHD_ResponseMemoryMode mode)
{
    struct MHD_Response *r = MHD_create_response_from_buffer(len, body, mode);
    if (!r) {
        if (mode == MHD_RESPMEM_MUST_FREE) free(body);
        return MHD_NO;
    }
    MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, type);
    MHD_add_response_header(r, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store");
    if (status == MHD_HTTP_METHOD_NOT_ALLOWED) MHD_add_response_header(r, MHD_HTTP_HEADER_ALLOW, "GET");
    enum MHD_Result ok = MHD_queue_response(conn, status, r);
    MHD_destroy_response(r);
    return ok;
}

static enum MHD_Result send_text(struct MHD_Connection *conn, unsigned status, const char *text)
{
    return send_body(conn, status, "text/plain; charset=utf-8", (char *)text, strlen(text),
                     MHD_RESPMEM_MUST_COPY);
}

static enum MHD_Result healthz(http_server *h, struct MHD_Connection *conn)
{
    char why[128], text[160];
    int ok = metrics_healthy(h->m, clock_ms(), why, sizeof why);
    snprintf(text, sizeof text, "%s\n", why);
    return send_text(conn, ok ? MHD_HTTP_OK : MHD_HTTP_SERVICE_UNAVAILABLE, text);
}

static enum MHD_Result metrics_page(http_server *h, struct MHD_Connection *conn)
{
    char *text = malloc(METRICS_TEXT_MAX);
    int len = text ? metrics_format(h->m, text, METRICS_TEXT_MAX) : -1;
    if (len < 0) {
        free(text);
        return send_text(conn, MHD_HTTP_INTERNAL_SERVER_ERROR, "metrics unavailable\n");
    }
    return send_body(conn, MHD_HTTP_OK, "text/plain; version=0.0.4; charset=utf-8", text,
                     (size_t)len, MHD_RESPMEM_MUST_FREE);
}

/* Answers on the first call for a request, before any body is read: a body
 * is never wanted, and libmicrohttpd discards it and closes the connection. */
static enum MHD_Result answer(void *cls, struct MHD_Connection *conn, const char *url,
                              const char *method, const char *version, const char *upload_data,
                              size_t *upload_data_size, void **con_cls)
{
    http_server *h = cls;
    if (strcmp(method, MHD_HTTP_METHOD_GET))
        return send_text(conn, MHD_HTTP_METHOD_NOT_ALLOWED, "method not allowed\n");
    if (!strcmp(url, "/healthz")) return healthz(h, conn);
    if (!strcmp(url, "/metrics")) return metrics_page(h, conn);
    return send_text(conn, MHD_HTTP_NOT_FOUND, "not found\n");
}

static void on_mhd_log(void *cls, const char *fmt, va_list ap)
{
    http_server *h = cls;
    int64_t now = clock_ms(), last = atomic_load(&h->logged_at);
    if (last && now - last < HTTP_LOG_EVERY_MS) return;
    if (!atomic_compare_exchange_strong(&h->logged_at, &last, now)) return;
    char line[512];
    vsnprintf(line, sizeof line, fmt, ap);
    log_msg(LOG_WARN, "http", "%s (further messages within 10 s are not logged)", line);
}

/* ---- start and stop --------------------------------------------------------------- */

/* "address:port" of a bound socket, for the start-up log. */
static void describe(int fd, char *out, size_t outlen)
{
    struct sockaddr_storage a;
    socklen_t len = sizeof a;
    char host[INET6_ADDRSTRLEN] = "?";
    int port = 0;
    if (getsockname(fd, (struct sockaddr *)&a, &len) == 0) {
        if (a.ss_family == AF_INET6) {
            struct sockaddr_in6 *v6 = (struct sockaddr_in6 *)&a;
            inet_ntop(AF_INET6, &v6->sin6_addr, host, sizeof host);
            port = ntohs(v6->sin6_port);
        } else {
            struct sockaddr_in *v4 = (struct sockaddr_in *)&a;
            inet_ntop(AF_INET, &v4->sin_addr, host, sizeof host);
            port = ntohs(v4->sin_port);
        }
    }
    snprintf(out, outlen, a.ss_family == AF_INET6 ? "[%s]:%d" : "%s:%d", host, port);
}

static int listen_on(const struct sockaddr_storage *addr, socklen_t addrlen, const char *text,
                     char *err, size_t errlen)
{
    int fd = socket(addr->ss_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    int one = 1;
    if (fd >= 0 && setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) == 0
        && bind(fd, (const struct sockaddr *)addr, addrlen) == 0 && listen(fd, 16) == 0)
        return fd;
    snprintf(err, errlen, "metrics.listen = %s: cannot listen: %s", text, strerror(errno));
    if (fd >= 0) close(fd);
    return -1;
}

http_server *http_start(const cfg *c, metrics *m, char *err, size_t errlen)
{
    struct sockaddr_storage addr;
    socklen_t addrlen;
    err[0] = '\0';
    if (!cfg_metrics_addr(c, &addr, &addrlen)) return NULL;
    http_server *h = calloc(1, sizeof *h);
    if (!h) { snprintf(err, errlen, "starting the metrics endpoint: out of memory"); return NULL; }
    h->m = m;
    int fd = listen_on(&addr, addrlen, cfg_metrics_listen(c), err, errlen);
    if (fd < 0) { free(h); return NULL; }
    char where[INET6_ADDRSTRLEN + 16];
    describe(fd, where, sizeof where);
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ERROR_LOG
                     | (addr.ss_family == AF_INET6 ? MHD_USE_IPv6 : 0);
    h->daemon = MHD_start_daemon(flags, 0, NULL, NULL, answer, h,
                                 MHD_OPTION_EXTERNAL_LOGGER, on_mhd_log, h,
                                 MHD_OPTION_LISTEN_SOCKET, fd,
                                 MHD_OPTION_CONNECTION_LIMIT, (unsigned)HTTP_MAX_CONNECTIONS,
                                 MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned)HTTP_MAX_PER_IP,
                                 MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)HTTP_IDLE_TIMEOUT_S,
                                 MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)HTTP_CONNECTION_MEMORY,
                                 MHD_OPTION_END);
    if (!h->daemon) {
        snprintf(err, errlen, "metrics.listen = %s: libmicrohttpd did not start", cfg_metrics_listen(c));
        close(fd);
        free(h);
        return NULL;
    }
    log_msg(LOG_INFO, "http", "metrics endpoint listening on http://%s (/healthz, /metrics)", where);
    return h;
}

void http_stop(http_server *h)
{
    if (!h) return;
    MHD_stop_daemon(h->daemon);       /* closes the listening socket too */
    free(h);
}
