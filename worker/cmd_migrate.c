/*
 * cmd_migrate.c — `incidentd migrate`: brings the PostgreSQL schema up to
 * date from the versioned files in deploy/migrations (NNN_name.sql).
 *
 * Each file runs in its own transaction together with its row in
 * schema_migrations, so a failed file leaves nothing behind and a second run
 * changes nothing.  A session advisory lock serialises concurrent migrates
 * (several workers starting at once).  A file changed after it was applied is
 * an error: migrations are append-only.
 */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "commands.h"
#include "config.h"
#include "log.h"
#include "pgconn.h"

#ifndef IDD_MIGRATIONS_DIR
#define IDD_MIGRATIONS_DIR "deploy/migrations"
#endif

#define MIG_MAX_FILES 1000
#define MIG_MAX_BYTES (4 << 20)
/* Per schema: migrations of different schemas of one database do not wait. */
#define MIG_LOCK_SQL "SELECT pg_advisory_lock(hashtext('incidentd.migrate.' || current_schema()))"

typedef struct {
    int version;
    char name[256];     /* file name without .sql */
} migration;

typedef struct {
    migration *items;
    size_t n;
} migration_list;

/* ---- the files --------------------------------------------------------- */

/* NNN_name.sql with NNN >= 3 digits and name of [a-z0-9_]. */
static int parse_name(const char *file, migration *m)
{
    size_t len = strlen(file), digits = 0;
    if (len < 9 || len >= sizeof m->name + 4 || strcmp(file + len - 4, ".sql")) return 0;
    while (file[digits] >= '0' && file[digits] <= '9') digits++;
    if (digits < 3 || digits > 6 || file[digits] != '_' || digits + 1 == len - 4) return 0;
    for (size_t i = digits + 1; i < len - 4; i++)
        if (!strchr("abcdefghijklmnopqrstuvwxyz0123456789_", file[i])) return 0;
    m->version = atoi(file);
    memcpy(m->name, file, len - 4);
    m->name[len - 4] = '\0';
    return 1;
}

static int by_version(const void *a, const void *b)
{
    const migration *x = a, *y = b;
    return (x->version > y->version) - (x->version < y->version);
}

static int list_migrations(const char *dir, migration_list *out)
{
    DIR *d = opendir(dir);
    if (!d) {
        log_msg(LOG_ERROR, "migrate", "cannot open migrations directory %s: %s", dir, strerror(errno));
        return -1;
    }
    out->items = calloc(MIG_MAX_FILES, sizeof *out->items);
    out->n = 0;
    int rc = out->items ? 0 : -1;
    struct dirent *e;
    while (rc == 0 && (e = readdir(d))) {
        if (e->d_name[0] == '.' || !strstr(e->d_name, ".sql")) continue;
        migration m;
        if (!parse_name(e->d_name, &m)) {
            log_msg(LOG_ERROR, "migrate", "%s/%s: migration files must be named NNN_name.sql", dir, e->d_name);
            rc = -1;
        } else if (out->n == MIG_MAX_FILES) {
            log_msg(LOG_ERROR, "migrate", "%s: more than %d migrations", dir, MIG_MAX_FILES);
            rc = -1;
        } else {
            out->items[out->n++] = m;
        }
    }
    closedir(d);
    if (rc) return rc;
    qsort(out->items, out->n, sizeof *out->items, by_version);
    for (size_t i = 1; i < out->n; i++)
        if (out->items[i].version == out->items[i - 1].version) {
            log_msg(LOG_ERROR, "migrate", "%s: %s and %s have the same version", dir,
                    out->items[i - 1].name, out->items[i].name);
            return -1;
        }
    return 0;
}

static char *read_file(const char *dir, const char *name)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s.sql", dir, name);
    FILE *f = fopen(path, "rb");
    if (!f) {
        log_msg(LOG_ERROR, "migrate", "cannot open %s: %s", path, strerror(errno));
        return NULL;
    }
    char *buf = malloc(MIG_MAX_BYTES + 1);
    size_t n = buf ? fread(buf, 1, MIG_MAX_BYTES + 1, f) : 0;
    int bad = !buf || ferror(f) || n > MIG_MAX_BYTES || memchr(buf, '\0', n);
    fclose(f);
    if (bad) {
        log_msg(LOG_ERROR, "migrate", "cannot read %s (unreadable, over %d bytes, or has NUL bytes)",
                path, MIG_MAX_BYTES);
        free(buf);
        return NULL;
    }
    buf[n] = '\0';
    return buf;
}

/* ---- the database --------------------------------------------------------- */

/* 1 = applied with the same checksum, 0 = not applied, -1 = error. */
static int applied_state(PGconn *c, const migration *m, const char *sql)
{
    char ver[16], err[512];
    snprintf(ver, sizeof ver, "%d", m->version);
    const char *p[] = {ver, sql};
    PGresult *r = pgc_exec(c, "reading schema_migrations",
                           "SELECT checksum = md5($2), name FROM schema_migrations WHERE version = $1",
                           2, p, err, sizeof err);
    if (!r) { log_msg(LOG_ERROR, "migrate", "%s", err); return -1; }
    int state = 0;
    if (PQntuples(r) == 1) {
        state = 1;
        if (strcmp(PQgetvalue(r, 0, 0), "t") != 0) {
            log_msg(LOG_ERROR, "migrate", "%s was changed after it was applied (as %s); "
                    "add a new migration instead", m->name, PQgetvalue(r, 0, 1));
            state = -1;
        }
    }
    PQclear(r);
    return state;
}

static int apply_one(PGconn *c, const migration *m, const char *sql)
{
    char ver[16], err[1024];
    snprintf(ver, sizeof ver, "%d", m->version);
    const char *p[] = {ver, m->name, sql};
    if (pgc_cmd(c, "BEGIN", "BEGIN", err, sizeof err)) goto fail;
    PGresult *r = PQexec(c, sql);   /* a migration file: several statements, no parameters */
    ExecStatusType st = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
        snprintf(err, sizeof err, "%s", r ? PQresultErrorMessage(r) : PQerrorMessage(c));
        PQclear(r);
        goto fail;
    }
    PQclear(r);
    r = pgc_exec(c, "recording the migration",
                 "INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, md5($3))",
                 3, p, err, sizeof err);
    if (!r) goto fail;
    PQclear(r);
    if (pgc_cmd(c, "COMMIT", "COMMIT", err, sizeof err)) goto fail;
    log_msg(LOG_INFO, "migrate", "applied %s", m->name);
    return 0;
fail:
    log_msg(LOG_ERROR, "migrate", "%s failed, rolled back: %s", m->name, err);
    PQclear(PQexec(c, "ROLLBACK"));
    return -1;
}

static int migrate_all(PGconn *c, const char *dir, const migration_list *l)
{
    char err[512];
    if (pgc_cmd(c, "taking the migration lock", MIG_LOCK_SQL, err, sizeof err)
        || pgc_cmd(c, "creating schema_migrations",
                   "CREATE TABLE IF NOT EXISTS schema_migrations ("
                   " version integer PRIMARY KEY, name text NOT NULL,"
                   " checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())",
                   err, sizeof err)) {
        log_msg(LOG_ERROR, "migrate", "%s", err);
        return -1;
    }
    int applied = 0;
    for (size_t i = 0; i < l->n; i++) {
        char *sql = read_file(dir, l->items[i].name);
        int state = sql ? applied_state(c, &l->items[i], sql) : -1;
        if (state == 0) {
            state = apply_one(c, &l->items[i], sql);
            applied++;
        }
        free(sql);
        if (state < 0) return -1;
    }
    log_msg(LOG_INFO, "migrate", "schema up to date at version %d (%d applied now)",
            l->n ? l->items[l->n - 1].version : 0, applied);
    return 0;
}

/* ---- command line ------------------------------------------------------------ */

static void usage(FILE *f)
{
    fprintf(f, "usage: incidentd migrate [--config FILE] [--conninfo CONNINFO] [--dir DIR]\n"
               "  --config FILE      take postgres.conninfo from this configuration file\n"
               "  --conninfo STR     libpq connection string (overrides the file)\n"
               "  --dir DIR          migrations directory (default %s)\n", IDD_MIGRATIONS_DIR);
}

int cmd_migrate(int argc, char **argv)
{
    static const struct option opts[] = {
        {"config", required_argument, NULL, 'c'}, {"conninfo", required_argument, NULL, 'p'},
        {"dir", required_argument, NULL, 'd'}, {"help", no_argument, NULL, 'h'}, {0, 0, 0, 0}};
    const char *config = NULL, *conninfo = NULL, *dir = IDD_MIGRATIONS_DIR;
    int o;
    while ((o = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (o) {
        case 'c': config = optarg; break;
        case 'p': conninfo = optarg; break;
        case 'd': dir = optarg; break;
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return 2;
        }
    }
    if (optind != argc) { usage(stderr); return 2; }
    char err[1024];
    cfg *c = cfg_load(config, err, sizeof err);
    if (!c || (conninfo && cfg_set(c, "postgres.conninfo", conninfo, "--conninfo", err, sizeof err))) {
        log_msg(LOG_ERROR, "migrate", "configuration: %s", err);
        cfg_free(c);
        return 2;
    }
    migration_list l = {0};
    int rc = 1;
    if (list_migrations(dir, &l) == 0) {
        PGconn *pg = pgc_connect(cfg_postgres_conninfo(c), "incidentd-migrate", err, sizeof err);
        if (!pg) log_msg(LOG_ERROR, "migrate", "%s", err);
        else if (migrate_all(pg, dir, &l) == 0) rc = 0;
        PQfinish(pg);
    }
    free(l.items);
    cfg_free(c);
    return rc;
}
