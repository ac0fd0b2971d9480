"""The ``balans`` program: the desktop app without a command, the command line with one.

This is the one module that knows both halves. The command line never imports the desktop (an
import-linter contract): a terminal command loads no Qt unless it paints something. The two
things it may need from the Qt side — the app itself, and the PDF report that Qt paints — are
handed to it here as plain callables that import their Qt code only when called.
"""
from __future__ import annotations

import argparse
import os
import sys
from typing import Any, Mapping

from balans.cli import main as cli_main
from balans.cli.common import Frontend


def _run_app(args: argparse.Namespace) -> int:
    from balans.desktop.app import run_app

    return run_app(args)


def _summary_pdf(summary: Any, path: str | os.PathLike[str], routine: Any = None,
                 names: Mapping[str, str] | None = None, consistency: Any = None) -> None:
    from balans.desktop.report import write_summary_pdf

    write_summary_pdf(summary, path, routine=routine, names=names, consistency=consistency)


QT = Frontend(run_app=_run_app, summary_pdf=_summary_pdf)


def main(argv: list[str] | None = None) -> int:
    return cli_main(argv, QT)


if __name__ == "__main__":
    sys.exit(main())
