"""Smoke test of the frozen (PyInstaller) build: nothing the app finds at run time went missing.

PyInstaller follows static imports only. Keyring finds its backends through entry points in its
package metadata, Alembic reads its scripts from files, and the CLI and the main window import
modules by name; any of these can go missing from a build that still starts. So the built app's
`balans diagnose --json` must match the source install's on this machine, and the app must work:
make a database, summarize it, remember a password in a (test) keyring, render a panel offscreen.

The build takes 1-2 minutes. Set BALANS_FROZEN_APP=dist/balans/balans to test an existing build.
"""
from __future__ import annotations

import importlib.util
import json
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DAY = "2026-11-20"
SERVER_URL = "postgresql+psycopg://clerk@teamserver/balans"
SERVER_ACCOUNT = "clerk@teamserver:5432/balans"

# A keyring backend that keeps secrets in a JSON file next to it. The frozen app loads it through
# keyring's own configuration file (keyringrc.cfg, keyring-path), as a user's plug-in would be.
FILE_KEYRING = '''
import json
from pathlib import Path

from keyring.backend import KeyringBackend

SECRETS = Path(__file__).with_name("secrets.json")


class FileKeyring(KeyringBackend):
    priority = 10

    def _load(self):
        return json.loads(SECRETS.read_text()) if SECRETS.exists() else {}

    def get_password(self, service, username):
        return self._load().get(f"{service}/{username}")

    def set_password(self, service, username, password):
        items = self._load()
        items[f"{service}/{username}"] = password
        SECRETS.write_text(json.dumps(items))

    def delete_password(self, service, username):
        items = self._load()
        items.pop(f"{service}/{username}", None)
        SECRETS.write_text(json.dumps(items))
'''


@pytest.fixture(scope="module")
def frozen_app(tmp_path_factory) -> Path:
    existing = os.environ.get("BALANS_FROZEN_APP")
    if existing:
        return Path(existing).resolve()
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed (pip install pyinstaller); "
                    "the frozen-build smoke test needs it to build the app")
    base = tmp_path_factory.mktemp("frozen")
    log = base / "build.log"
    with log.open("w") as out:
        status = subprocess.run(
            [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
             "--distpath", str(base / "dist"), "--workpath", str(base / "work"),
             str(ROOT / "build.spec")],
            cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, timeout=900).returncode
    app = base / "dist" / "balans" / ("balans.exe" if sys.platform == "win32" else "balans")
    if status != 0 or not app.exists():
        pytest.fail(f"PyInstaller build failed ({status}):\n{log.read_text()[-4000:]}")
    _BUILT["work"] = base / "work"
    return app


_BUILT: dict[str, Path] = {}


def desktop_exe(frozen_app: Path) -> Path:
    return frozen_app.with_name("balans-desktop" + frozen_app.suffix)


def test_windowed_entry_point_survives_having_no_stdout_or_stderr(monkeypatch, capsys):
    """A console=False executable on Windows starts with sys.stdout and sys.stderr None."""
    from balans import gui

    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    with pytest.raises(SystemExit) as stop:  # argparse writes its usage message to stderr
        gui.main(["--panel", "nowhere"])
    assert stop.value.code == 2
    assert sys.stderr is not None and sys.stderr.name == os.devnull


@pytest.fixture(scope="module")
def app_env(tmp_path_factory) -> dict[str, str]:
    """Offscreen, and a throwaway home: no user settings, data or keyring config is touched."""
    home = tmp_path_factory.mktemp("home")
    env = {k: v for k, v in os.environ.items()
           if k not in ("BALANS_DB", "PYTHON_KEYRING_BACKEND", "BALANS_DB_PASSWORD")}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"),
               QT_QPA_PLATFORM="offscreen", BALANS_TZ="Europe/Amsterdam")
    return env


def run(command: list[str], env: dict[str, str], stdin: str | None = None,
        timeout: float = 180) -> subprocess.CompletedProcess:
    return subprocess.run(command, env=env, input=stdin, capture_output=True, text=True,
                          timeout=timeout)


def diagnose(command: list[str], env: dict[str, str]) -> dict:
    done = run([*command, "diagnose", "--json"], env)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_diagnose_masks_the_password_and_flags_missing_migrations(tmp_path, monkeypatch, capsys):
    """The report the smoke test relies on, from the source install (fast, no build)."""
    from balans.cli import main

    assert main(["diagnose", "--json", "--db", "postgresql://clerk:pw-1234@teamserver/balans"]) == 0
    out, err = capsys.readouterr()
    report = json.loads(out)
    assert "pw-1234" not in out + err
    assert report["database"]["url"] == "postgresql+psycopg://clerk:***@teamserver/balans"
    assert report["keyring"]["entry_points"] and report["migrations"]["head"]
    monkeypatch.setattr("balans.core.storage.store.MIGRATIONS", tmp_path / "nowhere")
    assert main(["diagnose", "--db", "sqlite:///" + str(tmp_path / "x.db")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "migrations are missing" in err


SOURCE = [sys.executable, "-m", "balans"]
PRIVATE_BUS = ["dbus-run-session", "--"]


@pytest.mark.slow
@pytest.mark.parametrize("bus", ["session", "private D-Bus"])
def test_frozen_app_finds_what_the_source_install_finds(frozen_app, app_env, bus):
    """Same keyring entry points, backend classes and the reasons each is (not) viable, the same
    Postgres driver, the migrations and a loadable offscreen Qt plugin. On a private D-Bus the
    SecretService backend gets as far as asking the bus (its D-Bus and crypto libraries load)."""
    prefix = []
    if bus == "private D-Bus":
        if sys.platform != "linux" or shutil.which("dbus-run-session") is None:
            pytest.skip("dbus-run-session is not available")
        prefix = PRIVATE_BUS
    source = diagnose([*prefix, *SOURCE], app_env)
    frozen = diagnose([*prefix, str(frozen_app)], app_env)

    assert frozen["frozen"] is True and source["frozen"] is False
    assert frozen["version"] == source["version"] != "unknown"
    assert frozen["keyring"]["entry_points"], "keyring's metadata (entry points) is not bundled"
    for key in ("entry_points", "known", "viable", "backend", "available", "version"):
        assert frozen["keyring"][key] == source["keyring"][key], key
    assert frozen["postgres_driver"] == source["postgres_driver"]
    assert frozen["migrations"]["found"], frozen["migrations"]
    assert "error" not in frozen["migrations"], frozen["migrations"]["error"]
    assert frozen["migrations"]["head"] == source["migrations"]["head"]
    assert frozen["migrations"]["revisions"] == source["migrations"]["revisions"]
    assert frozen["qt"]["qt"] == source["qt"]["qt"]
    assert frozen["qt"]["offscreen_loads"], frozen["qt"].get("offscreen_error")
    desktop = {"libqxcb.so", "libqwayland.so", "qwindows.dll", "libqcocoa.dylib"}
    assert desktop & set(source["qt"]["platforms"]) <= set(frozen["qt"]["platforms"])


@pytest.mark.slow
def test_frozen_app_keeps_a_password_in_a_configured_keyring(frozen_app, app_env, tmp_path):
    plugin = tmp_path / "plugin"
    plugin.mkdir()
    (plugin / "balans_smoke_keyring.py").write_text(FILE_KEYRING)
    config = Path(app_env["XDG_CONFIG_HOME"]) / "python_keyring"
    config.mkdir(parents=True, exist_ok=True)
    (config / "keyringrc.cfg").write_text(
        f"[backend]\ndefault-keyring = balans_smoke_keyring.FileKeyring\nkeyring-path = {plugin}\n")
    try:
        report = diagnose([str(frozen_app)], app_env)
        assert report["keyring"]["backend"] == "balans_smoke_keyring.FileKeyring"
        assert report["keyring"]["available"] is True
        done = run([str(frozen_app), "server", "remember-password", "--db", SERVER_URL,
                    "--password-stdin"], app_env, stdin="smoke-pw\n")
        assert done.returncode == 0, done.stderr
        assert json.loads((plugin / "secrets.json").read_text()) == {
            f"balans/{SERVER_ACCOUNT}": "smoke-pw"}
    finally:
        (config / "keyringrc.cfg").unlink()


@pytest.mark.slow
def test_frozen_app_without_a_keyring_says_so(frozen_app, app_env):
    env = dict(app_env, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    done = run([str(frozen_app), "server", "remember-password", "--db", SERVER_URL,
                "--password-stdin"], env, stdin="smoke-pw\n")
    assert done.returncode == 1
    assert "no keyring" in done.stderr and "Traceback" not in done.stderr
    assert "smoke-pw" not in done.stderr + done.stdout


@pytest.fixture(scope="module")
def demo_db(frozen_app, app_env, tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'x.db'}"
    done = run([str(frozen_app), "--db", url, "demo", "--days", "1", "--date", DAY], app_env)
    assert done.returncode == 0, done.stderr
    return url


@pytest.mark.slow
def test_frozen_app_migrates_fills_and_summarizes(frozen_app, app_env, demo_db):
    done = run([str(frozen_app), "--db", demo_db, "summary", "--date", DAY, "--json"], app_env)
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["date"] == DAY and summary["employees"]


@pytest.mark.slow
@pytest.mark.parametrize("panel", ["board", "myshift", "planner", "summary"])
def test_frozen_app_renders_a_panel_offscreen(frozen_app, app_env, demo_db, tmp_path, panel):
    png = tmp_path / f"{panel}.png"
    done = run([str(frozen_app), "--db", demo_db, "--screenshot", str(png), "--panel", panel,
                "--date", DAY], app_env)
    assert done.returncode == 0, done.stderr
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1366, 860)
    assert len(data) > 30_000, "an almost empty picture: the panel drew nothing"


@pytest.mark.slow
def test_frozen_build_has_a_windowed_desktop_executable_and_the_licence(frozen_app, app_env,
                                                                        demo_db, tmp_path):
    desktop = desktop_exe(frozen_app)
    assert desktop.exists() and os.access(desktop, os.X_OK)
    licence = frozen_app.parent / "_internal" / "LICENSE"
    assert "MIT License" in licence.read_text() and "The Balans authors" in licence.read_text()
    if "work" in _BUILT:  # PyInstaller's record of each executable: (name, console, ...)
        import ast

        built = {}
        for toc in (_BUILT["work"] / "build").glob("EXE-*.toc"):
            entry = ast.literal_eval(toc.read_text())
            built[Path(entry[0]).stem] = entry[1]
        assert built == {"balans": True, "balans-desktop": False}
    env = dict(app_env, XDG_STATE_HOME=str(tmp_path / "state"))
    png = tmp_path / "desktop.png"
    done = run([str(desktop), "--db", demo_db, "--screenshot", str(png), "--date", DAY], env)
    assert done.returncode == 0, done.stderr
    assert png.stat().st_size > 30_000
    text = (tmp_path / "state" / "balans" / "log" / "balans.log").read_text()
    assert "frozen=True" in text and "database opened (sqlite)" in text
