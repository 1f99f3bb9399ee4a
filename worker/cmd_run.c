/*
 * cmd_run.c — `incidentd run`: wires a worker together and runs it until
 * SIGTERM/SIGINT.  Owns start-up order (configuration, lexicon, metrics
 * endpoint, outbox relay, consumer) and shutdown order (consumer drains and
 * leaves the group first, then the relay publishes what was committed, both
 * within worker.shutdown_deadline_ms; the endpoint answers 503 "stopping"
 * until the end).  The stop flag is the process's only global.
 */
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "commands.h"
#include "config.h"
#include "http.h"
#include "idd.h"
#include "job.h"
#include "log.h"
#include "metrics.h"
#include "outbox.h"
#include "worker.h"

static volatile sig_atomic_t stop_requested;

static void on_signal(int sig)
{
    if (stop_requested) _exit(128 + sig);     /* second signal: give up draining */
    stop_requested = 1;
}

static void install_signals(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
}

static void usage(FILE *f)
{
    fprintf(f, "usage: incidentd run [--config FILE]\n"
               "  --config FILE   configuration (see config/incidentd.conf.example);\n"
               "                  without it every option has its default\n"
               "Stops cleanly on SIGTERM or SIGINT (a second signal exits at once).\n");
}

static int parse_args(int argc, char **argv, const char **config)
{
    static const struct option opts[] = {
        {"config", required_argument, NULL, 'c'}, {"help", no_argument, NULL, 'h'}, {0, 0, 0, 0}};
    int o;
    while ((o = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        if (o == 'c') *config = optarg;
        else if (o == 'h') { usage(stdout); return 0; }
        else { usage(stderr); return 2; }
    }
    if (optind != argc) { usage(stderr); return 2; }
    return -1;
}

/* Everything after the lexicon: the endpoint, the relay and the consumer. */
static int serve(const cfg *c, job_env *env)
{
    char err[1024];
    http_server *http = http_start(c, env->metrics, err, sizeof err);
    if (!http && err[0]) {
        log_msg(LOG_ERROR, "run", "%s", err);
        return 1;
    }
    outbox *relay = outbox_start(c, env->metrics, err, sizeof err);
    int rc = 1;
    if (!relay) {
        log_msg(LOG_ERROR, "run", "%s", err);
    } else {
        int64_t deadline;
        rc = wk_run(c, env, &stop_requested, &deadline);
        log_msg(LOG_INFO, "run", "publishing the committed outbox before exit");
        outbox_stop(relay, deadline);
    }
    http_stop(http);
    return rc;
}

static int run(const cfg *c)
{
    char err[1024];
    idd_lexicon *lex = NULL;
    if (idd_lexicon_load(cfg_data_dir(c), &lex, err, sizeof err) != IDD_OK) {
        log_msg(LOG_ERROR, "run", "loading the lexicon from %s: %s", cfg_data_dir(c), err);
        return 1;
    }
    job_env env = {.lex = lex, .metrics = metrics_new()};
    idd_limits_default(&env.limits);
    env.limits.max_message_bytes = cfg_limits_max_message_bytes(c);
    env.limits.max_body_bytes = cfg_limits_max_body_bytes(c);
    int rc = 1;
    if (!env.metrics) log_msg(LOG_ERROR, "run", "out of memory");
    else rc = serve(c, &env);
    metrics_free(env.metrics);
    idd_lexicon_free(lex);
    return rc;
}

int cmd_run(int argc, char **argv)
{
    const char *config = NULL;
    int rc = parse_args(argc, argv, &config);
    if (rc >= 0) return rc;
    char err[1024];
    cfg *c = cfg_load(config, err, sizeof err);
    if (!c) {
        log_msg(LOG_ERROR, "run", "configuration: %s", err);
        return 2;
    }
    install_signals();
    log_msg(LOG_INFO, "run", "incidentd %s starting as %s", idd_version(), cfg_worker_id(c));
    rc = run(c);
    log_msg(LOG_INFO, "run", "stopped (exit %d)", rc);
    cfg_free(c);
    return rc;
}
