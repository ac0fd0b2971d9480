"""The program's version, from its package metadata (also bundled in the frozen build)."""
from __future__ import annotations


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version("balans")
    except PackageNotFoundError:
        return "unknown"
