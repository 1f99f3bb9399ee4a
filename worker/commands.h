/*
 * commands.h — the subcommands of the incidentd binary.  Each takes the
 * arguments after its name (argv[0] is the subcommand) and returns the
 * process exit status.
 */
#ifndef IDD_COMMANDS_H
#define IDD_COMMANDS_H

int cmd_extract(int argc, char **argv);   /* cmd_extract.c */
int cmd_migrate(int argc, char **argv);   /* cmd_migrate.c */
int cmd_run(int argc, char **argv);       /* cmd_run.c */

#endif
