"""Start-up: time and memory to a painted window, against a bare PySide6 window in the same run.

    python bench/bench_startup.py [--runs 5] [--days 20] [--before REV]

Each run is a new process, offscreen (QT_QPA_PLATFORM=offscreen), timed from just before it is
spawned. The baseline is the least a Qt app can do: import PySide6's widgets, make a QApplication
and show an empty 1280x820 QMainWindow. Balans runs `python -m balans --db sqlite:///DEMO.db` on a
demo database of --days working days (already migrated, as on every start but the first).
Both report through balans/desktop/startup_probe.py's protocol:

- painted: the main window's first paint has been handled (for Balans: menus and the
  "opening the database" page);
- ready: the live board has shown its first data (Balans only);
- peak RSS at each point (ru_maxrss).

With --before REV (a git revision, e.g. the commit before the start-up work), that version of
Balans runs too, from `git archive REV` in a temporary folder, with the same probe patched in
from outside (it has none of its own): painted = its main window's first paint, ready = its
board's first `loaded`.

Runs alternate bare / Balans (/ before) so all see the same machine load; medians are reported, and the
ratio painted(Balans) / painted(bare) is the figure the start-up goal is stated in (< 1.5).
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = r'''
import sys, time, resource
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

def mark(event):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"balans-startup {event} {time.time():.6f} {peak} 0", file=sys.stderr, flush=True)

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, lambda: mark("painted"))
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.setCentralWidget(QLabel("an empty window"))
window.resize(1280, 820)
probe = FirstPaint()
window.installEventFilter(probe)
window.show()
app.exec()
'''


# The probe for a Balans that predates startup_probe.py: wrap MainWindow.show.
BEFORE = BARE.split("app = QApplication")[0] + r'''
import balans.desktop.main_window as mw
_show = mw.MainWindow.show
def show(self):
    self._probe = FirstPaint()
    self.installEventFilter(self._probe)
    board = self.panels.get("board")
    if board is not None:
        board.loaded.connect(lambda: mark("ready"))
    _show(self)
mw.MainWindow.show = show
from balans.cli import main
sys.exit(main(sys.argv[1:]))
'''


def run_once(argv: list[str], env: dict[str, str], until: str, timeout: float = 120,
             cwd: Path = ROOT) -> dict[str, tuple[float, float]]:
    """Spawn, read probe lines until `until`, then stop the process. {event: (s, MiB)}."""
    start = time.time()
    proc = subprocess.Popen(argv, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                            text=True, cwd=cwd)
    seen: dict[str, tuple[float, float]] = {}
    # A process that stops printing (a modal error box offscreen) is killed at the deadline.
    killer = threading.Timer(timeout, proc.kill)
    killer.start()
    try:
        for line in proc.stderr:
            if line.startswith("balans-startup "):
                _, event, stamp, peak, _db = line.split()
                seen[event] = (float(stamp) - start, int(peak) / 1024)
                if event == until:
                    break
    finally:
        killer.cancel()
        proc.kill()
        proc.wait()
    if until not in seen:
        raise SystemExit(f"{argv[-1]}: no '{until}' within {timeout} s")
    return seen


def make_demo(path: Path, days: int, env: dict[str, str], cwd: Path = ROOT) -> None:
    done = subprocess.run([sys.executable, "-m", "balans", "--db", f"sqlite:///{path}", "demo",
                           "--days", str(days)], env=env, cwd=cwd, capture_output=True,
                          text=True)
    if done.returncode != 0:
        raise SystemExit(done.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--days", type=int, default=20)
    parser.add_argument("--before", metavar="REV", help="also time this git revision of Balans")
    opts = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        env = {k: v for k, v in os.environ.items() if k != "BALANS_DB"}
        env.update(QT_QPA_PLATFORM="offscreen", BALANS_STARTUP_PROBE="1", HOME=str(home),
                   XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
                   XDG_STATE_HOME=str(home / "state"),
                   PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT),
                                                            env.get("PYTHONPATH")])))
        db = home / "demo.db"
        bare_argv = [sys.executable, "-c", BARE]
        app_argv = [sys.executable, "-m", "balans", "--db", f"sqlite:///{db}"]
        bare, app, before = [], [], []
        before_env, src = None, ROOT
        if opts.before:
            src = home / "before"
            src.mkdir()
            archive = subprocess.run(["git", "archive", opts.before], cwd=ROOT, check=True,
                                     capture_output=True).stdout
            subprocess.run(["tar", "-x", "-C", str(src)], input=archive, check=True)
            before_env = dict(env, PYTHONPATH=str(src))
            old_db = home / "before.db"
            before_argv = [sys.executable, "-c", BEFORE, "--db", f"sqlite:///{old_db}"]
            # The older version makes the database (it would refuse a newer schema) and keeps
            # it; this version gets a copy, which its warm-up run below migrates once, as an
            # update would.
            make_demo(old_db, opts.days, before_env, cwd=src)
            shutil.copy(old_db, db)
            run_once(before_argv, before_env, "ready", cwd=src)
        else:
            make_demo(db, opts.days, env)
        run_once(bare_argv, env, "painted")  # warm the file cache for both
        run_once(app_argv, env, "ready")
        for _ in range(opts.runs):
            bare.append(run_once(bare_argv, env, "painted"))
            app.append(run_once(app_argv, env, "ready"))
            if before_env is not None:
                before.append(run_once(before_argv, before_env, "ready", cwd=src))

    def med(runs: list[dict], event: str, i: int) -> float:
        return statistics.median(r[event][i] for r in runs)

    b_paint, a_paint, a_ready = med(bare, "painted", 0), med(app, "painted", 0), med(app, "ready", 0)
    print(f"start-up, median of {opts.runs} runs each, offscreen, demo database of {opts.days} "
          f"working days (Python {sys.version.split()[0]}, {os.cpu_count()} CPUs)")
    print(f"{'':44}{'time':>8}{'peak RSS':>11}{'ratio':>8}")
    print(f"{'bare PySide6 window, painted':44}{b_paint:7.2f}s{med(bare, 'painted', 1):8.0f} MiB"
          f"{1.0:8.2f}")
    print(f"{'Balans window, painted':44}{a_paint:7.2f}s{med(app, 'painted', 1):8.0f} MiB"
          f"{a_paint / b_paint:8.2f}")
    print(f"{'Balans live board, data shown':44}{a_ready:7.2f}s{med(app, 'ready', 1):8.0f} MiB"
          f"{a_ready / b_paint:8.2f}")
    if before:
        for event, label in (("painted", "window painted"), ("ready", "live board, data shown")):
            t = med(before, event, 0)
            print(f"{f'before ({opts.before[:10]}), {label}':44}{t:7.2f}s"
                  f"{med(before, event, 1):8.0f} MiB{t / b_paint:8.2f}")
    print(f"goal: window painted < 1.5x the bare window: "
          f"{'met' if a_paint / b_paint < 1.5 else 'NOT met'} ({a_paint / b_paint:.2f}x)")


if __name__ == "__main__":
    main()
