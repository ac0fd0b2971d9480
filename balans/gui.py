"""The windowed entry point, ``balans-desktop``: the desktop app without a console window.

The frozen build's ``balans-desktop`` executable (console=False) and the ``balans-desktop``
launcher pip makes (a gui-script) start here; ``balans`` stays the command line. A windowed
program on Windows has no stdout or stderr at all (``sys.stderr is None``), so anything printed
would raise: both point at the null device, and what matters goes to the log instead.
"""
from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    from balans.launch import main as launch

    return launch(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
