"""`balans diagnose [--json]`: what this installation can do.

The first thing to ask for in a bug report, and what the frozen-build smoke test compares with a
source install: a PyInstaller build that lost a keyring backend, its package metadata (keyring finds
its backends through entry points), the Alembic scripts or a Qt plugin still starts, and only a
report like this one shows what went missing. Nothing secret is printed: the database URL has its
password masked and no keyring entry is read.
"""
from __future__ import annotations

import argparse
import json
import platform
import sys
from typing import Any

from balans.cli.common import CliError, add_db_option


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("diagnose", help="show what this installation can do (keyring, Qt, "
                       "migrations, database)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    add_db_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    report = {
        "version": _dist("balans") or "unknown",
        "python": platform.python_version(),
        "platform": sys.platform,
        "frozen": bool(getattr(sys, "frozen", False)),
        "executable": sys.executable,
        "database": _database(getattr(args, "db", None)),
        "keyring": _keyring(),
        "postgres_driver": _postgres_driver(),
        "qt": _qt(),
        "migrations": _migrations(),
    }
    if args.json:
        json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        _print_text(report)
    problems = _problems(report)
    if problems:
        raise CliError("; ".join(problems))
    return 0


def _database(explicit: str | None) -> dict[str, Any]:
    from balans.core.storage.store import StoreError, parse_url, resolve_url

    try:
        url = parse_url(resolve_url(explicit))
    except StoreError as exc:
        return {"url": None, "error": str(exc)}
    return {"url": url.render_as_string(hide_password=True), "dialect": url.get_backend_name()}


def _keyring() -> dict[str, Any]:
    """The backend in use, the viable ones, and every backend class keyring knows of (and why an
    unviable one is not viable: "No module named ..." there means the build lost a module)."""
    try:
        import keyring
        import keyring.backend
    except ImportError as exc:
        return {"error": f"keyring cannot be imported: {exc}"}
    from importlib.metadata import entry_points

    from balans.core.storage import credentials

    # Without keyring's package metadata a frozen app sees no entry points and so no backends.
    result: dict[str, Any] = {"version": _dist("keyring")}
    result["entry_points"] = sorted(ep.name for ep in entry_points(group="keyring.backends"))
    try:
        result["viable"] = sorted(_name(type(b)) for b in keyring.backend.get_all_keyring())
        current = keyring.get_keyring()
        result["backend"] = _name(type(current))
        result["priority"] = getattr(current, "priority", None)
    except Exception as exc:  # a broken keyringrc or PYTHON_KEYRING_BACKEND
        result["error"] = f"{type(exc).__name__}: {exc}"
    known = []
    for cls in sorted(getattr(keyring.backend.KeyringBackend, "_classes", ()), key=_name):
        try:
            known.append({"name": _name(cls), "priority": cls.priority, "reason": None})
        except Exception as exc:  # how keyring itself decides that a backend is not viable
            known.append({"name": _name(cls), "priority": None, "reason": _first_line(exc)})
    result["known"] = known
    result["available"] = credentials.available()
    return result


def _postgres_driver() -> dict[str, Any]:
    try:
        import psycopg
    except ImportError as exc:
        return {"error": _first_line(exc)}
    return {"psycopg": psycopg.__version__, "implementation": psycopg.pq.__impl__,
            "libpq": psycopg.pq.version()}


def _qt() -> dict[str, Any]:
    """Qt's version and its platform plugins. The offscreen plugin is loaded with QPluginLoader, not
    by starting an application: a platform plugin that fails inside QGuiApplication aborts."""
    try:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import QDir, QLibraryInfo, QPluginLoader, qVersion
    except ImportError as exc:
        return {"error": _first_line(exc)}
    plugins = QDir(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    platforms = QDir(plugins.filePath("platforms"))
    files = platforms.entryList(QDir.Filter.Files)
    result: dict[str, Any] = {"pyside": pyside_version, "qt": qVersion(),
                              "plugins": plugins.absolutePath(), "platforms": sorted(files)}
    offscreen = [f for f in files if "qoffscreen" in f]
    loader = QPluginLoader(platforms.filePath(offscreen[0])) if offscreen else None
    result["offscreen_loads"] = bool(loader and loader.load())
    if loader is None:
        result["offscreen_error"] = "no offscreen plugin in " + platforms.absolutePath()
    elif not result["offscreen_loads"]:
        result["offscreen_error"] = loader.errorString()
    return result


def _migrations() -> dict[str, Any]:
    from balans.core.storage.store import MIGRATIONS

    result: dict[str, Any] = {"path": str(MIGRATIONS),
                              "found": (MIGRATIONS / "env.py").is_file()}
    if result["found"]:
        try:  # alembic reads the revision files from disk, as it will when opening a database
            from alembic.script import ScriptDirectory

            script = ScriptDirectory(str(MIGRATIONS))
            result["head"] = script.get_current_head()
            result["revisions"] = sum(1 for _ in script.walk_revisions())
        except Exception as exc:
            result["error"] = f"{type(exc).__name__}: {_first_line(exc)}"
    return result


def _problems(report: dict[str, Any]) -> list[str]:
    """What makes this installation unusable (no system keyring or no Qt is not: Balans copes)."""
    problems = []
    migrations = report["migrations"]
    if not migrations["found"]:
        problems.append(f"the database migrations are missing ({migrations['path']})")
    elif "error" in migrations:
        problems.append(f"the database migrations cannot be read: {migrations['error']}")
    if "error" in report["keyring"]:
        problems.append(report["keyring"]["error"])
    if report["database"].get("error"):
        problems.append(report["database"]["error"])
    return problems


def _print_text(report: dict[str, Any]) -> None:
    ring, qt, mig, pg = (report[k] for k in ("keyring", "qt", "migrations", "postgres_driver"))
    frozen = " (frozen build)" if report["frozen"] else ""
    no_keyring = "" if ring.get("available") else "  (no system keyring: passwords are asked for)"
    lines = [
        f"Balans {report['version']}, Python {report['python']} on {report['platform']}{frozen}",
        f"database:   {report['database'].get('url') or report['database'].get('error')}",
        f"keyring:    {ring.get('backend', ring.get('error'))}{no_keyring}",
        f"  viable:   {', '.join(ring.get('viable', [])) or '-'}",
    ]
    for backend in ring.get("known", []):
        state = backend["reason"] or f"priority {backend['priority']}"
        lines.append(f"  {backend['name']}: {state}")
    driver = pg.get("error") or f"psycopg {pg['psycopg']} ({pg['implementation']} libpq)"
    lines.append(f"postgres:   {driver}")
    if "error" in qt:
        lines.append(f"qt:         not available ({qt['error']})")
    else:
        offscreen = "loads" if qt["offscreen_loads"] else f"fails: {qt.get('offscreen_error')}"
        lines.append(f"qt:         {qt['qt']} (PySide6 {qt['pyside']}), "
                     f"offscreen plugin {offscreen}")
    if not mig["found"]:
        state = "missing"
    else:
        state = mig.get("error") or f"head {mig.get('head')}, {mig.get('revisions')} revisions"
    lines.append(f"migrations: {mig['path']}: {state}")
    print("\n".join(lines))


def _name(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def _first_line(exc: BaseException) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0]


def _dist(name: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return None
