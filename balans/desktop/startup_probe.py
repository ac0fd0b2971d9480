"""BALANS_STARTUP_PROBE=1: report on stderr when the window is first painted and when its first
panel shows data, with the peak memory so far. bench/bench_startup.py reads these lines; without
the variable nothing is installed and nothing is printed.

Each line: ``balans-startup EVENT UNIX_TIME PEAK_RSS_KIB DB_LAYER_LOADED`` (the last 0 or 1:
whether SQLAlchemy had been imported by then).
"""
from __future__ import annotations

import os
import sys
import time

ENABLED = bool(os.environ.get("BALANS_STARTUP_PROBE"))
_keep: list[object] = []


def mark(event: str) -> None:
    try:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    except ImportError:  # Windows
        peak = 0
    loaded = int("sqlalchemy" in sys.modules)
    print(f"balans-startup {event} {time.time():.6f} {peak} {loaded}", file=sys.stderr,
          flush=True)


def watch(window) -> None:  # noqa: ANN001 - a QWidget
    """Mark "painted" once the window's first paint has been handled."""
    if ENABLED:
        from balans.desktop.first_paint import after_first_paint

        after_first_paint(window, lambda: mark("painted"), fallback_ms=600_000)


def ready_when_loaded(panel) -> None:  # noqa: ANN001 - a Panel
    """Mark "ready" when the panel has shown its first data."""
    if ENABLED:
        panel.loaded.connect(lambda: mark("ready") if "ready" not in _keep else None)
        panel.loaded.connect(lambda: _keep.append("ready"))
