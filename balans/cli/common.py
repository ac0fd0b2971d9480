"""What every command shares: the error type that maps to exit status 1, and opening the store."""
from __future__ import annotations

import argparse


class CliError(Exception):
    """Bad input or a failed check: printed as one line on stderr, exit status 1."""


def positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be greater than 0")
    return value
