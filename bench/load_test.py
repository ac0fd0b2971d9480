"""Concurrent-writer load test: N desktop-like processes appending to one journal at once.

Run from the repository root:

    python bench/load_test.py                               # 20 PG + 4 SQLite writers, 60 s
    python bench/load_test.py --only sqlite --seconds 10    # a quick look
    python bench/load_test.py --pg-writers 8 --sqlite-writers 2 --seconds 30

PostgreSQL runs on a throwaway cluster this script starts itself (``tests/pgcluster.py``: initdb
and pg_ctl must be installed; fsync is off there, so the figures are about the locking and
validation, not the disk). SQLite is a fresh temporary file in WAL mode.

Every writer is a separate process (multiprocessing, spawn) with its own engine, like a desktop.
It appends a realistic mix through ``balans.core.journal.operations`` — mode changes for its own
employee (sometimes pausing its task first: a batch of 2), contacts served start to end (3-4
events), tasks created (and started), started, paused, finished, handed over, obstacles — and
records every event id of every append that returned without an exception. Writer 0 also lets
customers arrive (waiting contacts); a few "racer" writers watch the waiting queue and all try to
answer the oldest waiting contact: exactly one may win, the others must be refused with
"already answered by ...", which counts as a correct refusal.

Afterwards the parent checks: nothing acknowledged is missing (lost), no id stored twice and no
contact answered twice (duplicated), the state tables agree with the journal, every racer's
outcome agrees with the stored winner, every writer finished before its deadline + 30 s (no
deadlock or stuck lock) and no other exception happened anywhere. Gaps in seq are reported (not
required to be absent). Prints throughput per database and a final PASS/FAIL line; exit status 1
on failure. ``tests/core/test_load.py`` runs a short version through :func:`run_load`.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import sqlalchemy as sa  # noqa: E402

from balans.core.journal import operations as ops  # noqa: E402
from balans.core.journal.events import Event  # noqa: E402
from balans.core.journal.journal import AppendResult, Journal, JournalError  # noqa: E402
from balans.core.storage.store import open_store  # noqa: E402
from balans.core.vocabulary import Channel, Mode  # noqa: E402

DEADLOCK_GRACE = 30.0  # a writer must be done this long after its deadline
START_TIMEOUT = 300.0  # spawning and importing N processes on a busy 2-core machine
MAX_ERRORS_PER_WRITER = 25
MODES = tuple(Mode)
CHANNELS = tuple(Channel)
TITLES = ("Call back about the permit", "Check the parking request", "Scan the signed form",
          "Ask the back office about the refund", "Send the missing invoice",
          "Update the address in the register", "Reply to the complaint e-mail")
OBSTACLES = ("printer jammed again", "phone system dropped a call",
             "register slow after the update", "form template is outdated")
REFUSAL = "already answered by"
REACTION = 0.03  # a racer answers up to 30 ms after seeing the contact wait


def _now() -> datetime:
    return datetime.now().astimezone()


# --------------------------------------------------------------------------- the writer side
class RecordingJournal(Journal):
    """The real journal, noting what each acknowledged append contained and how long it took."""

    def __init__(self, store):  # noqa: ANN001
        super().__init__(store)
        self.acked: list[str] = []
        self.appends = 0
        self.stored = 0
        self.skipped = 0
        self.latencies: list[float] = []
        self.last_batch: list[Event] = []
        self.last_seq = 0
        self.seq_regressions = 0  # an append must get a higher seq than this writer's previous one

    def append(self, numbered, progress=None) -> AppendResult:  # noqa: ANN001
        events = [e if isinstance(e, Event) else e[1] for e in numbered]
        start = time.perf_counter()
        result = super().append(numbered, progress)
        self.latencies.append(time.perf_counter() - start)
        # Returned without an exception: acknowledged.
        self.acked.extend(e.id for e in events)
        self.appends += 1
        self.stored += result.stored
        self.skipped += result.skipped
        self.last_batch = events
        if result.stored and result.last_seq <= self.last_seq:
            self.seq_regressions += 1
        self.last_seq = max(self.last_seq, result.last_seq)
        return result


class Writer:
    """One desktop's worth of actions for one employee."""

    def __init__(self, journal: RecordingJournal, employee: str, colleagues: list[str],
                 role: str, racers: int, rng: random.Random):
        self.journal = journal
        self.employee = employee
        self.colleagues = colleagues
        self.role = role  # "arrivals", "racer" or "plain"
        self.racers = racers
        self.rng = rng
        self.mode = "offline"
        self.open_tasks: list[str] = []  # created or paused, not with me right now
        self.my_tasks: list[str] = []  # in progress with me
        self.serving: list[str] = []  # contacts I answered and still have to end
        self.attempted: set[str] = set()
        self.attempts: list[dict[str, Any]] = []
        self.ops: Counter[str] = Counter()
        self.arrivals: list[str] = []

    # -- one step: what a person at the desk might do next
    def step(self) -> None:
        if self.role == "arrivals":
            if self._waiting_count() < 2 * self.racers:
                self.arrive()
                return
        elif self.role == "racer":
            self.race()  # then, as everyone else, serve or do something else
        if self.serving:
            self.end_serving()
            return
        self.plain_action()

    def plain_action(self) -> None:
        rng = self.rng
        choice = rng.choices(("mode", "register", "create", "progress", "handover", "obstacle"),
                             (25, 25, 20, 20, 5, 5))[0]
        if choice == "progress" and not (self.my_tasks or self.open_tasks):
            choice = "create"
        if choice == "handover" and not (self.my_tasks and self.colleagues):
            choice = "mode"
        getattr(self, "do_" + choice)()
        self.ops[choice] += 1

    def do_mode(self) -> None:
        mode = self.rng.choice([m for m in MODES if m != self.mode])
        pause = None
        if self.my_tasks and mode != "backoffice" and self.rng.random() < 0.5:
            pause = self.my_tasks.pop()  # pause my task, then switch: a batch of 2
            self.open_tasks.append(pause)
        ops.set_mode(self.journal, self.employee, mode, _now(), pause_task=pause,
                     actor=self.employee)
        self.mode = mode

    def do_register(self) -> None:
        now = _now()
        follow = self.rng.random() < 0.3
        ops.register_contact(
            self.journal, self.employee, self.rng.choice(CHANNELS), now,
            arrived=now - timedelta(seconds=self.rng.uniform(30, 600)),
            outcome=self.rng.choice(("resolved", "resolved", "referred")),
            follow_up_title=self.rng.choice(TITLES) if follow else None,
            follow_up_due=now + timedelta(days=2) if follow else None, actor=self.employee)
        if follow:
            self.open_tasks.append(self._created_task())

    def do_create(self) -> None:
        now = _now()
        start = self.rng.random() < 0.5
        ops.create_task(self.journal, self.rng.choice(TITLES), now,
                        kind=self.rng.choice(("case", "backlog", None)),
                        due=now + timedelta(days=self.rng.randint(1, 10)),
                        estimate_min=self.rng.choice((10, 15, 30, 60)),
                        start_as=self.employee if start else None, actor=self.employee)
        (self.my_tasks if start else self.open_tasks).append(self._created_task())

    def do_progress(self) -> None:
        now = _now()
        if self.my_tasks and (not self.open_tasks or self.rng.random() < 0.7):
            task = self.my_tasks.pop(self.rng.randrange(len(self.my_tasks)))
            if self.rng.random() < 0.6:
                ops.finish_task(self.journal, task, self.employee, now, actor=self.employee)
            else:
                ops.pause_task(self.journal, task, self.employee, now, actor=self.employee)
                self.open_tasks.append(task)
        else:
            task = self.open_tasks.pop(self.rng.randrange(len(self.open_tasks)))
            ops.start_task(self.journal, task, self.employee, now, actor=self.employee)
            self.my_tasks.append(task)

    def do_handover(self) -> None:
        task = self.my_tasks.pop()
        ops.hand_over_task(self.journal, task, self.rng.choice(self.colleagues), _now(),
                           actor=self.employee)  # the colleague carries on with it

    def do_obstacle(self) -> None:
        ops.log_obstacle(self.journal, self.employee, self.rng.choice(OBSTACLES), _now(),
                         actor=self.employee)

    def _created_task(self) -> str:
        return next(e["task"] for e in self.journal.last_batch if e.type == "task.created")

    # -- the shared queue
    def _waiting(self, limit: int = 10) -> list[str]:
        with self.journal.engine.connect() as conn:
            return list(conn.execute(sa.text(
                "SELECT id FROM contacts WHERE status = 'waiting' ORDER BY arrived, id "
                "LIMIT :n"), {"n": limit}).scalars())

    def _waiting_count(self) -> int:
        with self.journal.engine.connect() as conn:
            return conn.execute(sa.text(
                "SELECT COUNT(*) FROM contacts WHERE status = 'waiting'")).scalar() or 0

    def arrive(self) -> None:
        ops.contact_arrived(self.journal, self.rng.choice(CHANNELS), _now(), actor="queue")
        self.arrivals.append(self.journal.last_batch[0]["contact"])
        self.ops["arrive"] += 1

    def race(self) -> bool:
        """Try to answer the oldest waiting contact not tried yet; True when one was tried."""
        contact = next((c for c in self._waiting() if c not in self.attempted), None)
        if contact is None:
            return False
        self.attempted.add(contact)
        time.sleep(self.rng.uniform(0.0, REACTION))  # seen on screen, now click "answer"
        try:
            ops.answer_contact(self.journal, contact, self.employee, _now(), actor=self.employee)
        except JournalError as exc:
            reasons = [e.reason for e in exc.errors]
            if len(reasons) == 1 and REFUSAL in reasons[0]:
                by = reasons[0].split(REFUSAL, 1)[1].strip()
                self.attempts.append({"contact": contact, "won": False, "by": by})
                self.ops["refused"] += 1
                return True
            raise
        self.attempts.append({"contact": contact, "won": True, "by": self.employee})
        self.serving.append(contact)
        self.ops["answered"] += 1
        return True

    def end_serving(self) -> None:
        contact = self.serving.pop(0)
        now = _now()
        follow = self.rng.random() < 0.25
        ops.end_contact(self.journal, contact, self.employee, now,
                        follow_up_title=self.rng.choice(TITLES) if follow else None,
                        follow_up_due=now + timedelta(days=3) if follow else None,
                        actor=self.employee)
        if follow:
            self.open_tasks.append(self._created_task())
        self.ops["end"] += 1


def writer_main(spec: dict[str, Any], barrier: Any, out_path: str) -> None:
    """A writer process: open the database, wait for the start signal, write until the deadline."""
    out: dict[str, Any] = {"index": spec["index"], "employee": spec["employee"],
                           "role": spec["role"], "errors": [], "acked": [], "attempts": [],
                           "started": None, "deadline": None, "finished": None}
    journal = None
    writer = None
    try:
        store = open_store(spec["url"])
        journal = RecordingJournal(store)
        writer = Writer(journal, spec["employee"], spec["colleagues"], spec["role"],
                        spec["racers"], random.Random(spec["seed"]))
        barrier.wait(timeout=START_TIMEOUT)
        out["started"] = time.time()
        out["deadline"] = deadline = out["started"] + spec["seconds"]
        while time.time() < deadline:
            try:
                writer.step()
            except Exception as exc:  # anything but a correct refusal is a failure
                out["errors"].append(f"{type(exc).__name__}: {str(exc).splitlines()[0][:300]}")
                if len(out["errors"]) >= MAX_ERRORS_PER_WRITER:
                    break
            if spec.get("pause"):
                time.sleep(spec["pause"])
        out["finished"] = time.time()
        store.dispose()
    except Exception:
        out["errors"].append("writer crashed: " + traceback.format_exc()[-1500:])
    finally:
        if journal is not None:
            out.update(acked=journal.acked, appends=journal.appends, stored=journal.stored,
                       skipped=journal.skipped, latencies=journal.latencies,
                       seq_regressions=journal.seq_regressions)
        if writer is not None:
            out.update(attempts=writer.attempts, ops=dict(writer.ops), arrivals=writer.arrivals)
        Path(out_path).write_text(json.dumps(out))


# --------------------------------------------------------------------------- the parent side
@dataclass
class LoadReport:
    label: str
    writers: int
    seconds: float
    window: float = 0.0
    appends: int = 0
    events: int = 0
    latencies: list[float] = field(default_factory=list)
    lost: int = 0
    duplicate_ids: int = 0
    double_answered: int = 0
    state_mismatches: int = 0
    stored_vs_acked: int = 0  # events in the table minus (setup + acknowledged): phantoms
    contacts_arrived: int = 0
    contacts_attempted: int = 0
    contested: int = 0  # contacts two or more writers tried to answer
    max_contenders: int = 0
    refusals: int = 0
    race_violations: list[str] = field(default_factory=list)
    seq_min: int = 0
    seq_max: int = 0
    seq_count: int = 0
    seq_gaps: int = 0
    seq_regressions: int = 0
    late_writers: list[str] = field(default_factory=list)
    slowest_finish: float = 0.0  # seconds after the deadline
    errors: list[str] = field(default_factory=list)
    ops: Counter = field(default_factory=Counter)
    journal_mode: str = ""

    @property
    def ok(self) -> bool:
        return not (self.lost or self.duplicate_ids or self.double_answered
                    or self.state_mismatches or self.stored_vs_acked or self.race_violations
                    or self.seq_regressions or self.late_writers or self.errors
                    or self.appends == 0)

    def text(self) -> str:
        def pct(values: list[float], q: float) -> float:
            if not values:
                return float("nan")
            ordered = sorted(values)
            return ordered[min(len(ordered) - 1, int(q * len(ordered)))]

        window = self.window or float("nan")
        mode = f", journal_mode={self.journal_mode}" if self.journal_mode else ""
        lines = [
            f"== {self.label}: {self.writers} writer processes x {self.seconds:g} s{mode} ==",
            f"  appends acknowledged : {self.appends} ({self.appends / window:.1f} appends/s)",
            f"  events acknowledged  : {self.events} ({self.events / window:.1f} events/s)",
            f"  append latency       : median {statistics.median(self.latencies) * 1000:.1f} ms,"
            f" p99 {pct(self.latencies, 0.99) * 1000:.1f} ms, max"
            f" {max(self.latencies, default=0) * 1000:.1f} ms" if self.latencies else
            "  append latency       : -",
            "  actions              : " + ", ".join(
                f"{k} {v}" for k, v in sorted(self.ops.items())),
            f"  answer race          : {self.contacts_arrived} contacts arrived, "
            f"{self.contacts_attempted} tried, {self.contested} contested by 2+ writers "
            f"(up to {self.max_contenders}), {self.refusals} correct refusals, "
            f"{len(self.race_violations)} violations",
            f"  lost (acked, absent) : {self.lost}",
            f"  duplicated ids       : {self.duplicate_ids}",
            f"  contacts answered 2x : {self.double_answered}",
            f"  stored - acked       : {self.stored_vs_acked} (events nobody was told about)",
            f"  state vs journal     : {self.state_mismatches} contact rows disagree",
            f"  seq                  : {self.seq_min}..{self.seq_max}, {self.seq_count} rows, "
            f"{self.seq_gaps} gaps; {self.seq_regressions} out-of-order acks",
            "  deadlock / stuck     : " + (f"LATE: {', '.join(self.late_writers)}"
                                            if self.late_writers else
                                            f"none (all done {self.slowest_finish:.2f} s after "
                                            f"the deadline at most; limit {DEADLOCK_GRACE:g} s)"),
            f"  other exceptions     : {len(self.errors)}",
        ]
        lines += [f"    ! {e}" for e in self.errors[:10]]
        lines += [f"    ! race: {v}" for v in self.race_violations[:10]]
        lines.append(f"  result               : {'PASS' if self.ok else 'FAIL'}")
        return "\n".join(lines)


def setup_database(url: str, writers: int) -> tuple[list[str], list[str]]:
    """Fresh schema and the team: one employee per writer. Returns (employees, setup ids)."""
    store = open_store(url)
    try:
        journal = RecordingJournal(store)
        employees = [f"w{i:02d}" for i in range(writers)]
        for emp in employees:
            ops.add_employee(journal, emp, f"Writer {emp}", _now(),
                             channels=["phone", "counter"], actor="setup")
        return employees, list(journal.acked)
    finally:
        store.dispose()


def racer_count(writers: int) -> int:
    return min(writers - 1, max(3, writers // 3)) if writers > 1 else 0


def run_load(url: str, writers: int, seconds: float, label: str, *, seed: int = 1,
             pause: float = 0.0, verbose: bool = True) -> LoadReport:
    """Start the writers, wait for them, verify the database; the report says PASS or FAIL."""
    # Spawned children import this module by name, so its folder must be on their sys.path
    # (they inherit the parent's); the test suite loads this file as module "load_test".
    here = str(Path(__file__).resolve().parent)
    if here not in sys.path:
        sys.path.append(here)
    report = LoadReport(label, writers, seconds)
    employees, setup_ids = setup_database(url, writers)
    racers = racer_count(writers)
    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(writers + 1)
    out_dir = Path(tempfile.mkdtemp(prefix="balans-load-"))
    procs = []
    try:
        for i, emp in enumerate(employees):
            role = "arrivals" if i == 0 and racers else ("racer" if 1 <= i <= racers else "plain")
            spec = {"index": i, "url": url, "employee": emp, "role": role, "racers": racers,
                    "colleagues": [e for e in employees if e != emp], "seconds": seconds,
                    "seed": seed * 1000 + i, "pause": pause}
            proc = ctx.Process(target=writer_main, args=(spec, barrier, str(out_dir / f"{i}.json")),
                               name=f"writer-{emp}", daemon=True)
            proc.start()
            procs.append(proc)
        if verbose:
            print(f"[{label}] {writers} writers spawned; waiting for all to connect ...",
                  flush=True)
        try:
            barrier.wait(timeout=START_TIMEOUT)
        except threading.BrokenBarrierError:
            report.errors.append("not every writer got ready (crashed at start?)")
        start = time.time()
        hard_limit = start + seconds + DEADLOCK_GRACE
        if verbose:
            print(f"[{label}] go: writing for {seconds:g} s", flush=True)
        for proc in procs:
            proc.join(timeout=max(0.0, hard_limit - time.time()))
        for proc in procs:
            if proc.is_alive():
                report.late_writers.append(f"{proc.name} still running {DEADLOCK_GRACE:g} s "
                                           "after the deadline (killed)")
                proc.kill()
                proc.join(5)
            elif proc.exitcode != 0:
                report.errors.append(f"{proc.name} exited with status {proc.exitcode}")
        results = []
        for i in range(writers):
            path = out_dir / f"{i}.json"
            if path.exists():
                results.append(json.loads(path.read_text()))
            else:
                report.errors.append(f"writer {i} left no result")
    finally:
        for proc in procs:
            if proc.is_alive():
                proc.kill()
        shutil.rmtree(out_dir, ignore_errors=True)
    _collect(report, results)
    verify(url, report, results, setup_ids)
    return report


def _collect(report: LoadReport, results: list[dict[str, Any]]) -> None:
    starts = [r["started"] for r in results if r.get("started")]
    ends = [r["finished"] for r in results if r.get("finished")]
    if starts and ends:
        report.window = max(ends) - min(starts)
    for r in results:
        report.appends += r.get("appends", 0)
        report.events += len(r.get("acked", []))
        report.latencies += r.get("latencies", [])
        report.seq_regressions += r.get("seq_regressions", 0)
        report.ops.update(r.get("ops", {}))
        report.errors += [f"{r['employee']}: {e}" for e in r["errors"]]
        if r.get("finished") and r.get("deadline"):
            late = r["finished"] - r["deadline"]
            report.slowest_finish = max(report.slowest_finish, late)
            if late > DEADLOCK_GRACE:
                report.late_writers.append(f"{r['employee']} finished {late:.1f} s late")
        if r.get("skipped"):
            report.errors.append(f"{r['employee']}: {r['skipped']} of its fresh ids were "
                                 "reported as already stored")


def verify(url: str, report: LoadReport, results: list[dict[str, Any]],
           setup_ids: list[str]) -> None:
    """Compare what the writers were told with what the database holds."""
    acked = [i for r in results for i in r.get("acked", [])]
    store = open_store(url)
    try:
        with store.engine.connect() as conn:
            q = lambda sql: conn.execute(sa.text(sql))  # noqa: E731
            if store.dialect == "sqlite":
                report.journal_mode = q("PRAGMA journal_mode").scalar()
            stored_ids = set(q("SELECT id FROM events WHERE id IS NOT NULL").scalars())
            report.lost = len(set(acked) - stored_ids)
            # ids: unique in the table, and no id acknowledged to two appends.
            report.duplicate_ids = (q("SELECT COUNT(*) FROM (SELECT id FROM events WHERE id IS "
                                      "NOT NULL GROUP BY id HAVING COUNT(*) > 1) d").scalar()
                                    + len(acked) - len(set(acked)))
            report.double_answered = q(
                "SELECT COUNT(*) FROM (SELECT contact FROM events WHERE type = "
                "'contact.answered' GROUP BY contact HAVING COUNT(*) > 1) d").scalar()
            total = q("SELECT COUNT(*) FROM events").scalar()
            report.stored_vs_acked = total - len(setup_ids) - len(set(acked))
            # A waiting contact must have no answered event; any other one exactly one.
            report.state_mismatches = q(
                "SELECT COUNT(*) FROM contacts c WHERE (c.status = 'waiting') = EXISTS ("
                "SELECT 1 FROM events e WHERE e.type = 'contact.answered' "
                "AND e.contact = c.id)").scalar()
            report.state_mismatches += abs(
                q("SELECT COUNT(*) FROM contacts").scalar()
                - q("SELECT COUNT(*) FROM events WHERE type = 'contact.arrived'").scalar())
            report.seq_min, report.seq_max, report.seq_count = q(
                "SELECT MIN(seq), MAX(seq), COUNT(*) FROM events").one()
            report.seq_gaps = report.seq_max - report.seq_min + 1 - report.seq_count
            answered_by = dict(q("SELECT contact, employee FROM events WHERE type = "
                                 "'contact.answered'").all())
    finally:
        store.dispose()
    # The race: per contact that racers tried, exactly one winner, and everyone agrees who.
    report.contacts_arrived = sum(len(r.get("arrivals", [])) for r in results)
    tries: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for r in results:
        for attempt in r.get("attempts", []):
            tries[attempt["contact"]].append((r["employee"], attempt))
    report.contacts_attempted = len(tries)
    for contact, attempts in tries.items():
        report.max_contenders = max(report.max_contenders, len(attempts))
        report.contested += len(attempts) > 1
        winners = [emp for emp, a in attempts if a["won"]]
        report.refusals += sum(not a["won"] for _, a in attempts)
        stored = answered_by.get(contact)
        if len(winners) > 1:
            report.race_violations.append(f"{contact}: {len(winners)} writers were told they won")
        elif stored is None:
            report.race_violations.append(f"{contact}: tried, refused, but never answered")
        elif winners and winners[0] != stored:
            report.race_violations.append(f"{contact}: {winners[0]} won, {stored} is stored")
        for emp, a in attempts:
            if not a["won"] and a["by"] != stored:
                report.race_violations.append(
                    f"{contact}: {emp} was told {a['by']} answered it, {stored} is stored")
        if not winners and stored in {r["employee"] for r in results if r["role"] == "racer"}:
            report.race_violations.append(f"{contact}: answered by {stored}, who never said so")


# --------------------------------------------------------------------------- command line
def _start_cluster():  # noqa: ANN202
    from tests.pgcluster import PgCluster, find_pg_bin

    bindir = find_pg_bin()
    if bindir is None:
        raise SystemExit("PostgreSQL server binaries (initdb, pg_ctl) not found")
    base = Path(tempfile.mkdtemp(prefix="balans-pg-"))  # the server runs as postgres
    cluster = PgCluster(bindir, base)
    cluster.start()
    return cluster, base


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pg-writers", type=int, default=20)
    parser.add_argument("--sqlite-writers", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--only", choices=("pg", "sqlite"))
    parser.add_argument("--pause", type=float, default=0.0,
                        help="think time between a writer's actions, seconds (default none)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    reports: list[LoadReport] = []
    if args.only in (None, "pg"):
        cluster, base = _start_cluster()
        try:
            cluster.create_database("balans_load")
            reports.append(run_load(cluster.url("balans_load"), args.pg_writers, args.seconds,
                                    "PostgreSQL", seed=args.seed, pause=args.pause))
            print(reports[-1].text(), flush=True)
        finally:
            cluster.stop()
            shutil.rmtree(base, ignore_errors=True)
    if args.only in (None, "sqlite"):
        folder = Path(tempfile.mkdtemp(prefix="balans-load-sqlite-"))
        try:
            reports.append(run_load(f"sqlite:///{folder / 'load.db'}", args.sqlite_writers,
                                    args.seconds, "SQLite (WAL)", seed=args.seed,
                                    pause=args.pause))
            print(reports[-1].text(), flush=True)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    ok = all(r.ok for r in reports)
    summary = "; ".join(f"{r.label} {r.events / (r.window or float('nan')):.0f} events/s, "
                        f"{r.appends / (r.window or float('nan')):.0f} appends/s"
                        for r in reports)
    print(f"{'PASS' if ok else 'FAIL'}: {summary}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
