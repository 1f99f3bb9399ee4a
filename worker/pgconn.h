/*
 * pgconn.h — the few libpq helpers every PostgreSQL user in the worker
 * shares: connecting with safe defaults and running parameterized statements
 * with errors turned into one-line messages.
 *
 * Messages never contain the conninfo (libpq's own messages name host and
 * port at most, never the password).  Ownership: pgc_connect returns a PGconn
 * the caller closes with PQfinish; pgc_exec returns a PGresult the caller
 * frees with PQclear.
 */
#ifndef IDD_PGCONN_H
#define IDD_PGCONN_H

#include <stddef.h>
#include <libpq-fe.h>

/* Connects (connect_timeout 5 s, application_name `app` unless the conninfo
 * sets one), then sets the session time zone to UTC.  NULL + err on failure. */
PGconn *pgc_connect(const char *conninfo, const char *app, char *err, size_t errlen);

/* PQexecParams with text parameters and text results.  Returns the result
 * when it is COMMAND_OK or TUPLES_OK, else NULL with err = what failed. */
PGresult *pgc_exec(PGconn *conn, const char *what, const char *sql, int nparams,
                   const char *const *params, char *err, size_t errlen);

/* Same, and on failure copies the SQLSTATE ("" when none) into sqlstate[6]. */
PGresult *pgc_exec_state(PGconn *conn, const char *what, const char *sql, int nparams,
                         const char *const *params, char sqlstate[6], char *err, size_t errlen);

/* Runs a statement without results (BEGIN, COMMIT...).  0 or -1 + err. */
int pgc_cmd(PGconn *conn, const char *what, const char *sql, char *err, size_t errlen);

/* True when the connection is gone and must be re-established. */
int pgc_broken(const PGconn *conn);

#endif
