#!/usr/bin/env python3
"""bench_pipeline.py — end-to-end benchmark of `incidentd run` (not a test).

On the real broker and PostgreSQL of tests/integration/services.sh (started
into a temporary state directory and stopped afterwards, or reused from
IT_STATE_DIR), with generated articles (gen_articles.py, the real articles'
size and density) and every worker option at its default:

  throughput  N articles are produced into a topic of P partitions first,
              then 1 (and then 2) workers consume them; articles/s is the
              number stored over the time from the first to the last commit
              (PostgreSQL's extracted_at), so group joins are not counted;
  latency     one worker on an empty topic, then articles produced at a
              steady low rate (200/s by default, well under capacity, so
              there is no queueing), after a warm-up of 2 s at that rate;
              per article, from its LogAppendTime on the input topic (when
              it was produced) to its article.enriched event's LogAppendTime
              on the output topic (when it appeared there): p50 and p99;
              The worker's own incidentd_end_to_end_seconds (produce to
              commit, mean) shows how much of that is before the outbox;
  RSS         each worker's peak resident set (VmHWM) before it is stopped;
  CPU         in the throughput runs, the workers' CPU time per article and,
              from their /metrics, the pool threads' wall time parsing,
              extracting and building rows (incidentd_extraction_seconds;
              above the CPU time when the cores are busy).

Each measurement is repeated --runs times (fresh schema, topics and group
each time) and the median is printed.

usage: bench_pipeline.py [--count 20000] [--partitions 4] [--runs 3]
                         [--rate 200] [--latency-count 3000]
       INCIDENTD=build/worker/incidentd (default) and optionally IT_STATE_DIR
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tests", "integration"))
import itlib  # noqa: E402  (after the path is set)

# Worker options: the defaults of config/incidentd.conf.example, except what
# the harness needs (itlib's test settings are put back to the defaults).
DEFAULTS = {"worker.batch_linger_ms": "50", "worker.threads": "2",
            "kafka.consumer.session.timeout.ms": "45000",
            "kafka.consumer.heartbeat.interval.ms": "3000"}


# Articles produced (at the same rate) and published before the measured
# ones: the first ones after start-up wait for the worker's and relay's first
# fetches, metadata and producer id (up to a second), which is no steady state.
WARM_UP_S = 2


def log(msg):
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# ---- services -------------------------------------------------------------------


def services():
    """(state dir, whether we started them)."""
    state = os.environ.get("IT_STATE_DIR")
    if state and os.path.exists(os.path.join(state, "services.env")):
        return state, False
    state = state or tempfile.mkdtemp(prefix="incidentd-bench-")
    os.environ["IT_STATE_DIR"] = state
    log(f"starting Kafka and PostgreSQL in {state}")
    subprocess.run([os.path.join(ROOT, "tests", "integration", "services.sh"), "start", state],
                   check=True, stdout=subprocess.DEVNULL)
    return state, True


def new_run(name, partitions):
    """Fresh schema and topics; input and output stamp LogAppendTime (the
    broker's clock at both ends)."""
    it = itlib.It(name, partitions=partitions)
    port = it.bootstrap.rsplit(":", 1)[1]
    for topic, n in ((it.input, partitions), (it.output, 1)):
        subprocess.run([os.path.join(ROOT, "deploy", "kafka.sh"), "topic", topic, str(n),
                        "--config", "message.timestamp.type=LogAppendTime"],
                       env=dict(os.environ, KAFKA_PORT=port), check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    it.setup()
    return it


def start_workers(it, n):
    keys = {k.replace(".", "__"): v for k, v in DEFAULTS.items()}
    keys["metrics__listen"] = "127.0.0.1:0"
    return [it.start_worker(f"w{i + 1}", **keys) for i in range(n)]


def cpu_seconds(w):
    """User + system CPU time of a worker process so far."""
    with open(f"/proc/{w.proc.pid}/stat", encoding="ascii") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def histogram_sum_count(port, name):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as r:
        text = r.read().decode()
    total = float(re.search(rf"^{name}_sum (\S+)$", text, re.M).group(1))
    count = float(re.search(rf"^{name}_count (\S+)$", text, re.M).group(1))
    return total, count


def peak_rss_mb(w):
    with open(f"/proc/{w.proc.pid}/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def stop_all(it, workers):
    rss = [peak_rss_mb(w) for w in workers]
    for w in workers:
        if w.stop(timeout=60) != 0:
            raise SystemExit(f"worker {w.name} did not exit 0 (log {w.log_path})")
    it.cleanup()
    it.psql_admin(f"DROP SCHEMA {it.schema} CASCADE")    # keeps the server small between runs
    return max(rss)


# ---- the measurements --------------------------------------------------------------


def throughput(pairs_path, count, partitions, nworkers):
    it = new_run(f"bench_tp{nworkers}", partitions)
    with open(pairs_path, "rb") as f:
        subprocess.run(["kcat", "-P", "-b", it.bootstrap, "-t", it.input, "-K", "\t"], stdin=f, check=True)
    workers = start_workers(it, nworkers)
    ports = [endpoint_port(w) for w in workers]
    it.wait_all_committed(timeout=max(120, count / 100))    # fails on a stall
    stored, secs = it.sql("SELECT count(*), extract(epoch FROM max(extracted_at) - min(extracted_at)) "
                          "FROM articles")[0]
    cpu_ms = 1000 * sum(cpu_seconds(w) for w in workers) / count
    job_ms = 1000 * sum(histogram_sum_count(p, "incidentd_extraction_seconds")[0] for p in ports) / count
    rss = stop_all(it, workers)
    if int(stored) != count:
        raise SystemExit(f"{stored} articles stored, expected {count}")
    rate = count / float(secs)
    log(f"{nworkers} worker(s): {count} articles in {float(secs):.1f} s = {rate:.0f} articles/s, "
        f"worker CPU {cpu_ms:.2f} ms/article (pool threads' wall time {job_ms:.2f} ms), peak RSS {rss:.0f} MB")
    return rate, rss, cpu_ms, job_ms


def paced_produce(it, lines, rate):
    """Produces one line every 1/rate s (in 20 ms ticks) through one kcat."""
    p = subprocess.Popen(["kcat", "-P", "-b", it.bootstrap, "-t", it.input, "-K", "\t",
                          "-X", "linger.ms=0"], stdin=subprocess.PIPE)
    t0 = time.monotonic()
    sent = 0
    while sent < len(lines):
        due = min(len(lines), int((time.monotonic() - t0) * rate) + 1)
        if due > sent:
            p.stdin.write(b"".join(lines[sent:due]))
            p.stdin.flush()
            sent = due
        time.sleep(0.02)
    p.stdin.close()
    p.wait()
    return time.monotonic() - t0


def timestamps(it, topic, ce_type=None):
    """{key: Kafka timestamp in ms} of a topic's messages."""
    msgs = it.consume(topic, ce_type=ce_type)
    return {m["key"]: m["ts"] for m in msgs}


def latency(pairs_path, count, partitions, rate):
    it = new_run("bench_lat", partitions)
    workers = start_workers(it, 1)
    port = endpoint_port(workers[0])
    itlib.wait_for("the worker to join", lambda: health(port) == 200, timeout=60)
    warm = int(rate * WARM_UP_S)
    with open(pairs_path, "rb") as f:
        lines = [next(f) for _ in range(warm + count)]
    paced_produce(it, lines[:warm], rate)
    it.consume(it.output, expect=warm, timeout=120, ce_type="article.enriched")
    took = paced_produce(it, lines[warm:], rate)
    it.wait_all_committed(timeout=600)
    it.wait_outbox_drained(timeout=600)
    measured = {line.split(b"\t", 1)[0].decode() for line in lines[warm:]}
    sent = {k: ts for k, ts in timestamps(it, it.input).items() if k in measured}
    seen = timestamps(it, it.output, ce_type="article.enriched")
    total, n = histogram_sum_count(port, "incidentd_end_to_end_seconds")
    commit_ms = 1000 * total / n if n else 0.0
    rss = stop_all(it, workers)
    lat = sorted(seen[k] - sent[k] for k in sent if k in seen)
    if len(lat) != count:
        raise SystemExit(f"{len(lat)} events matched, expected {count}")
    p50, p99 = lat[len(lat) // 2], lat[min(len(lat) - 1, int(len(lat) * 0.99))]
    log(f"latency at {count / took:.0f} articles/s: p50 {p50} ms, p99 {p99} ms "
        f"(mean to the commit {commit_ms:.0f} ms), peak RSS {rss:.0f} MB")
    return p50, p99, rss, commit_ms



def endpoint_port(w):
    def port():
        m = re.search(r"metrics endpoint listening on http://127\.0\.0\.1:(\d+)", w.log_text())
        return int(m.group(1)) if m else None
    return itlib.wait_for("the metrics endpoint", port, timeout=30)


def health(port):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as r:
            return r.status
    except (urllib.error.URLError, OSError):
        return 0


# ---- main -----------------------------------------------------------------------------


def generate(count, path):
    out = subprocess.run([sys.executable, os.path.join(HERE, "gen_articles.py"), "--count", str(count)],
                         check=True, capture_output=True).stdout
    with open(path, "wb") as f:
        for line in out.splitlines():
            a = json.loads(line)
            f.write(f"{a['id']}\t{json.dumps(a, ensure_ascii=False)}\n".encode())


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=20000)
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--rate", type=float, default=200)
    ap.add_argument("--latency-count", type=int, default=3000, help="0 = no latency runs")
    ap.add_argument("--workers", default="1,2", help="worker counts for the throughput runs")
    args = ap.parse_args()
    os.environ.setdefault("INCIDENTD", os.path.join(ROOT, "build", "worker", "incidentd"))
    state, started = services()
    try:
        pairs = os.path.join(state, "bench-articles.tsv")
        generate(max(args.count, args.latency_count), pairs)
        results = []
        for n in [int(x) for x in args.workers.split(",") if x]:
            runs = [throughput(pairs, args.count, args.partitions, n) for _ in range(args.runs)]
            results.append((f"throughput, {n} worker(s), {args.partitions} partitions",
                            f"{statistics.median(r[0] for r in runs):.0f} articles/s "
                            f"(runs: {', '.join(f'{r[0]:.0f}' for r in runs)}); "
                            f"peak RSS {statistics.median(r[1] for r in runs):.0f} MB per worker; "
                            f"worker CPU {statistics.median(r[2] for r in runs):.2f} ms/article; "
                            f"pool threads {statistics.median(r[3] for r in runs):.2f} ms/article "
                            f"parsing, extracting, building rows (wall time: includes waiting for a core)"))
        runs = [latency(pairs, args.latency_count, args.partitions, args.rate)
                for _ in range(args.runs if args.latency_count else 0)]
        if runs:
            results.append((f"end-to-end latency at {args.rate:.0f} articles/s, 1 worker",
                            f"p50 {statistics.median(r[0] for r in runs):.0f} ms, "
                            f"p99 {statistics.median(r[1] for r in runs):.0f} ms "
                            f"(runs p50/p99: {'; '.join(f'{r[0]}/{r[1]}' for r in runs)}); "
                            f"mean produce-to-commit {statistics.median(r[3] for r in runs):.0f} ms; "
                            f"peak RSS {statistics.median(r[2] for r in runs):.0f} MB"))
        print(f"incidentd pipeline benchmark: {args.count} generated articles, medians of {args.runs} runs")
        for what, figure in results:
            print(f"  {what}: {figure}")
    finally:
        if started:
            subprocess.run([os.path.join(ROOT, "tests", "integration", "services.sh"), "stop", state],
                           stdout=subprocess.DEVNULL)


if __name__ == "__main__":
    main()
