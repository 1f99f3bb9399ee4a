/*
 * log.h — the worker's log: one line per event on stderr,
 * `ts level component message`, UTC timestamps with milliseconds.
 *
 * Thread-safe (each line is formatted first and written with one call).
 * Callers never pass secrets: no conninfo, no passwords, no passthrough values.
 */
#ifndef IDD_LOG_H
#define IDD_LOG_H

typedef enum { LOG_DEBUG, LOG_INFO, LOG_WARN, LOG_ERROR } log_level;

void log_msg(log_level level, const char *component, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
