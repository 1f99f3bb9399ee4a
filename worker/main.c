/*
 * main.c — the incidentd binary: one tool, several subcommands.
 */
#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "idd.h"

static const struct { const char *name, *help; int (*fn)(int, char **); } commands[] = {
    {"extract", "extract incidents from articles (files or stdin) to stdout", cmd_extract},
    {"migrate", "create or upgrade the PostgreSQL schema", cmd_migrate},
    {"run",     "run a worker in the Kafka consumer group", cmd_run},
};

static void usage(FILE *f)
{
    fprintf(f, "usage: incidentd COMMAND [OPTIONS]\n\ncommands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        fprintf(f, "  %-8s %s\n", commands[i].name, commands[i].help);
    fprintf(f, "\n'incidentd COMMAND --help' describes a command's options.\n");
}

int main(int argc, char **argv)
{
    if (argc < 2) { usage(stderr); return 2; }
    if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) { usage(stdout); return 0; }
    if (!strcmp(argv[1], "--version")) { printf("incidentd %s\n", idd_version()); return 0; }
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (!strcmp(argv[1], commands[i].name))
            return commands[i].fn(argc - 1, argv + 1);
    fprintf(stderr, "incidentd: unknown command '%s'\n", argv[1]);
    usage(stderr);
    return 2;
}
