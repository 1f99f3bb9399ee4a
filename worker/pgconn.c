/*
 * pgconn.c — connection and statement helpers over libpq (see pgconn.h).
 * Server notices (warnings and above) go to the log, not to stderr raw.
 */
#include "pgconn.h"

#include <stdio.h>
#include <string.h>

#include "log.h"

static void on_notice(void *arg, const char *message)
{
    log_msg(LOG_WARN, "postgres", "%s", message);
}

static void copy_pq_error(char *err, size_t errlen, const char *what, const char *pqmsg)
{
    snprintf(err, errlen, "%s: %s", what, pqmsg && *pqmsg ? pqmsg : "unknown error");
    size_t n = strlen(err);
    while (n && (err[n - 1] == '\n' || err[n - 1] == ' ')) err[--n] = '\0';
}

PGconn *pgc_connect(const char *conninfo, const char *app, char *err, size_t errlen)
{
    const char *const kw[] = {"connect_timeout", "fallback_application_name",
                              "keepalives_idle", "dbname", NULL};
    const char *const val[] = {"5", app, "30", conninfo, NULL};
    PGconn *conn = PQconnectdbParams(kw, val, 1);
    if (!conn) {
        snprintf(err, errlen, "connecting to PostgreSQL: out of memory");
        return NULL;
    }
    if (PQstatus(conn) != CONNECTION_OK) {
        copy_pq_error(err, errlen, "connecting to PostgreSQL", PQerrorMessage(conn));
        PQfinish(conn);
        return NULL;
    }
    PQsetNoticeProcessor(conn, on_notice, NULL);
    if (pgc_cmd(conn, "setting the session time zone", "SET TIME ZONE 'UTC'", err, errlen)
        || pgc_cmd(conn, "setting the session log level", "SET client_min_messages = warning",
                   err, errlen)) {
        PQfinish(conn);
        return NULL;
    }
    return conn;
}

PGresult *pgc_exec_state(PGconn *conn, const char *what, const char *sql, int nparams,
                         const char *const *params, char sqlstate[6], char *err, size_t errlen)
{
    PGresult *r = PQexecParams(conn, sql, nparams, NULL, params, NULL, NULL, 0);
    ExecStatusType st = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK) return r;
    copy_pq_error(err, errlen, what, r ? PQresultErrorMessage(r) : PQerrorMessage(conn));
    if (sqlstate) {
        const char *ss = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
        snprintf(sqlstate, 6, "%s", ss ? ss : "");
    }
    PQclear(r);
    return NULL;
}

PGresult *pgc_exec(PGconn *conn, const char *what, const char *sql, int nparams,
                   const char *const *params, char *err, size_t errlen)
{
    return pgc_exec_state(conn, what, sql, nparams, params, NULL, err, errlen);
}

int pgc_cmd(PGconn *conn, const char *what, const char *sql, char *err, size_t errlen)
{
    PGresult *r = pgc_exec(conn, what, sql, 0, NULL, err, errlen);
    if (!r) return -1;
    PQclear(r);
    return 0;
}

int pgc_broken(const PGconn *conn)
{
    return !conn || PQstatus(conn) != CONNECTION_OK;
}
