"""itlib.py — shared helpers of the integration tests (python3 stdlib only).

Each test gets its own PostgreSQL schema (via libpq `options=-csearch_path`),
its own topics and its own consumer group, all named after the test and a
random tag, so the tests can run in parallel on the one broker and server that
services.sh started.  Everything goes through the real CLIs: `incidentd`,
`psql`, `kcat` and deploy/kafka.sh (topic creation).
"""
import json
import os
import re
import signal
import subprocess
import sys
import time
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def log(msg):
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


class Failure(Exception):
    """A failed check; run() reports it with the workers' logs."""


def fail(msg):
    raise Failure(msg)


def check(cond, msg):
    if not cond:
        fail(msg)
    log(f"ok: {msg}")


def wait_for(what, pred, timeout, interval=0.3):
    """Polls pred() until it returns a truthy value; fails after timeout."""
    t0 = time.time()
    while True:
        v = pred()
        if v:
            return v
        if time.time() - t0 > timeout:
            fail(f"timed out after {timeout}s waiting for {what}")
        time.sleep(interval)


def read_env_file(path):
    env = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if "=" in line:
                k, v = line.rstrip("\n").split("=", 1)
                env[k] = v
    return env


class Worker:
    """One `incidentd run` process with its log file."""

    def __init__(self, it, name, conf):
        self.it, self.name, self.conf = it, name, conf
        self.log_path = os.path.join(it.dir, f"{name}.log")
        self.logf = open(self.log_path, "ab")
        self.proc = subprocess.Popen([it.bin, "run", "--config", conf],
                                     stdout=self.logf, stderr=self.logf)
        self.ended = False      # stopped or killed by the test
        log(f"started worker {name} (pid {self.proc.pid}, log {self.log_path})")

    def alive(self):
        return self.proc.poll() is None

    def log_text(self):
        with open(self.log_path, encoding="utf-8", errors="replace") as f:
            return f.read()

    def stop(self, timeout=30):
        """SIGTERM; returns the exit status."""
        self.ended = True
        if self.alive():
            self.proc.send_signal(signal.SIGTERM)
        try:
            rc = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            fail(f"worker {self.name} did not stop within {timeout}s after SIGTERM")
        self.logf.close()
        return rc

    def kill9(self):
        self.ended = True
        self.proc.kill()
        self.proc.wait()
        self.logf.close()
        log(f"killed worker {self.name} with SIGKILL")


class It:
    """The services, plus this test's schema, topics and group."""

    def __init__(self, name, partitions=3, private_pg=False):
        state = os.environ["IT_STATE_DIR"]
        env = read_env_file(os.path.join(state, "services.env"))
        self.bin = os.environ["INCIDENTD"]
        self.bootstrap = env["BOOTSTRAP"]
        self.tag = f"{name}_{uuid.uuid4().hex[:8]}"
        self.dir = os.path.join(state, "runs", self.tag)
        os.makedirs(self.dir, exist_ok=True)
        self.pg_env = None
        if private_pg:      # a server of its own, that this test may stop and start
            self.pg_env = dict(os.environ, PG_DIR=os.path.join(self.dir, "pg"))
            env["CONNINFO"] = self.pg("start")
        self.admin_conninfo = env["CONNINFO"]
        self.schema = f"it_{self.tag}"
        self.conninfo = f"{env['CONNINFO']} options='-csearch_path={self.schema}'"
        topic = self.tag.replace("_", "-")
        self.input = f"it-{topic}-in"
        self.output = f"it-{topic}-out"
        self.dlq = f"it-{topic}-dlq"
        self.group = f"it-{self.tag}"
        self.partitions = partitions
        self.workers = []
        log(f"test {name}: schema {self.schema}, topics it-{topic}-*, dir {self.dir}")

    # ---- set-up -------------------------------------------------------

    def setup(self):
        self.psql_admin(f"CREATE SCHEMA {self.schema}")
        for topic, n in ((self.input, self.partitions), (self.output, 1), (self.dlq, 1)):
            self.create_topic(topic, n)
        self.migrate()

    def create_topic(self, name, partitions):
        port = self.bootstrap.rsplit(":", 1)[1]
        env = dict(os.environ, KAFKA_PORT=port)
        subprocess.run([os.path.join(ROOT, "deploy", "kafka.sh"), "topic", name, str(partitions)],
                       env=env, check=True, stdout=subprocess.DEVNULL)

    def migrate(self):
        subprocess.run([self.bin, "migrate", "--conninfo", self.conninfo], check=True)

    def config(self, name, **overrides):
        """Writes a worker configuration; returns its path."""
        keys = {
            "kafka.brokers": self.bootstrap,
            "kafka.group": self.group,
            "kafka.input_topic": self.input,
            "kafka.output_topic": self.output,
            "kafka.dlq_topic": self.dlq,
            "postgres.conninfo": self.conninfo,
            "worker.threads": "2",
            "worker.batch_linger_ms": "20",
            "worker.shutdown_deadline_ms": "10000",
            "worker.id": f"{self.tag}-{name}",
            "kafka.consumer.session.timeout.ms": "6000",
            "kafka.consumer.heartbeat.interval.ms": "500",
        }
        keys.update({k.replace("__", "."): v for k, v in overrides.items()})
        path = os.path.join(self.dir, f"{name}.conf")
        with open(path, "w", encoding="utf-8") as f:
            for k, v in keys.items():
                f.write(f"{k} = {v}\n")
        return path

    def start_worker(self, name, **overrides):
        w = Worker(self, name, self.config(name, **overrides))
        self.workers.append(w)
        return w

    def check_workers(self):
        """Fails at once when a worker exited that the test did not stop."""
        for w in self.workers:
            if not w.ended and not w.alive():
                w.ended = True
                fail(f"worker {w.name} exited by itself with status {w.proc.returncode}")

    def pg(self, command):
        """deploy/pg.sh COMMAND on this test's private server; returns its stdout's last line."""
        out = subprocess.run([os.path.join(ROOT, "deploy", "pg.sh"), command], env=self.pg_env,
                             check=True, capture_output=True, text=True).stdout.strip()
        return out.splitlines()[-1] if out else ""

    def cleanup(self):
        for w in self.workers:
            if w.alive():
                w.kill9()
        if self.pg_env:
            self.pg("stop")

    def dump_logs(self, lines=40):
        for w in self.workers:
            tail = w.log_text().splitlines()[-lines:]
            print(f"---- last {len(tail)} lines of {w.log_path}", flush=True)
            print("\n".join(tail), flush=True)

    # ---- PostgreSQL -------------------------------------------------------

    def _psql(self, conninfo, sql):
        r = subprocess.run(["psql", "-X", "-q", "-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1",
                            conninfo, "-c", sql], capture_output=True, text=True)
        if r.returncode != 0:
            fail(f"psql failed: {r.stderr.strip()} (sql: {sql})")
        return [line.split("\t") for line in r.stdout.splitlines() if line != ""]

    def psql_admin(self, sql):
        return self._psql(self.admin_conninfo, sql)

    def sql(self, sql):
        return self._psql(self.conninfo, sql)

    def scalar(self, sql):
        rows = self.sql(sql)
        return rows[0][0] if rows else None

    def committed(self):
        """{partition: next_offset} stored for this test's group."""
        rows = self.sql(f"SELECT partition, next_offset FROM consumer_offsets "
                        f"WHERE group_id = '{self.group}' AND topic = '{self.input}'")
        return {int(p): int(o) for p, o in rows if o != ""}

    # ---- Kafka --------------------------------------------------------------

    def produce_lines(self, pairs, topic=None):
        """Produces (key, json_text) pairs; neither may contain a tab or a newline."""
        data = "".join(f"{k}\t{v}\n" for k, v in pairs)
        subprocess.run(["kcat", "-P", "-b", self.bootstrap, "-t", topic or self.input, "-K", "\t"],
                       input=data.encode("utf-8"), check=True)

    def produce_raw(self, key, value, topic=None):
        """Produces one message with arbitrary bytes as its value (None = tombstone)."""
        cmd = ["kcat", "-P", "-b", self.bootstrap, "-t", topic or self.input]
        if value is None:       # -Z: the empty value after the key delimiter is sent as NULL
            subprocess.run(cmd + ["-Z", "-K", "\t"], input=f"{key}\t\n".encode(), check=True)
            return
        path = os.path.join(self.dir, "raw.bin")
        with open(path, "wb") as f:
            f.write(value)
        subprocess.run(cmd + ["-k", key, path], check=True)

    def end_offsets(self, topic=None, partitions=None):
        topic = topic or self.input
        n = partitions if partitions is not None else self.partitions
        args = []
        for p in range(n):
            args += ["-t", f"{topic}:{p}:-1"]
        out = subprocess.run(["kcat", "-Q", "-b", self.bootstrap] + args,
                             capture_output=True, text=True, check=True).stdout
        res = {}
        for line in out.splitlines():
            m = re.match(r"^\S+ \[(\d+)\] offset (-?\d+)$", line.strip())
            if m:
                res[int(m.group(1))] = int(m.group(2))
        return res

    def consume(self, topic, expect=None, timeout=30, ce_type=None):
        """All messages of a topic from the beginning, as kcat -J dicts (only
        those of one CloudEvents type when ce_type is given)."""
        def read():
            out = subprocess.run(["kcat", "-C", "-b", self.bootstrap, "-t", topic, "-o", "beginning",
                                  "-e", "-q", "-J"], capture_output=True, text=True, errors="replace",
                                 check=True).stdout
            msgs = [json.loads(line) for line in out.splitlines() if line.strip()]
            if ce_type:
                msgs = of_type(msgs, ce_type)
            return msgs if expect is None or len(msgs) >= expect else None
        return wait_for(f"{expect} messages on {topic}", read, timeout) if expect else read()

    def wait_all_committed(self, timeout=90):
        """Waits until the group's stored offsets reach the input's end offsets."""
        ends = self.end_offsets()
        def done():
            self.check_workers()
            return all(self.committed().get(p, 0) >= o for p, o in ends.items())
        wait_for("all input committed", done, timeout)
        return ends

    def wait_outbox_drained(self, timeout=60):
        def drained():
            self.check_workers()
            return self.scalar("SELECT count(*) FROM outbox WHERE sent_at IS NULL") == "0"
        wait_for("outbox drained", drained, timeout)


def check_events_once(it, articles, total):
    """Every article has its article.enriched event on the output topic, and
    any duplicate there carries the same event id (at-least-once publishing)."""
    msgs = it.consume(it.output, expect=total, timeout=60, ce_type="article.enriched")
    ids_by_key = {}
    for m in msgs:
        ids_by_key.setdefault(m["key"], set()).add(json.loads(m["payload"])["id"])
    check(set(ids_by_key) == {a["id"] for a in articles}, "an article.enriched event for every article")
    conflicting = [k for k, ids in ids_by_key.items() if len(ids) != 1]
    check(not conflicting, "duplicates on the topic carry the same event id")
    log(f"{len(msgs) - total} re-published duplicates on the topic (allowed)")


def run(name, body, cls=None, **kw):
    """Runs one test: set-up, body(it), clean-up; exit status 0 = pass.
    `cls` is the It subclass to use (a test with services of its own)."""
    it = (cls or It)(name, **kw)
    t0 = time.time()
    try:
        it.setup()
        body(it)
    except Failure as e:
        log(f"FAIL: {e}")
        it.dump_logs()
        sys.exit(1)
    finally:
        it.cleanup()
        log(f"took {time.time() - t0:.1f}s")
    log("PASS")


def headers_of(msg):
    """kcat -J headers list [k, v, k, v...] as a dict."""
    h = msg.get("headers") or []
    return {h[i]: h[i + 1] for i in range(0, len(h) - 1, 2)}


def sample_articles(copies):
    """The project's sample articles, `copies` times with distinct ids."""
    base = []
    with open(os.path.join(ROOT, "deploy", "samples", "articles.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                base.append(json.loads(line))
    out = []
    for c in range(copies):
        for a in base:
            b = dict(a)
            b["id"] = f"{a['id']}-c{c}"
            out.append(b)
    return out


def of_type(msgs, ce_type):
    """The messages of one CloudEvents type (ce_type header)."""
    return [m for m in msgs if headers_of(m).get("ce_type") == ce_type]


def as_pairs(articles):
    return [(a["id"], json.dumps(a, ensure_ascii=False)) for a in articles]
