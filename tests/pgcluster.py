"""Start and stop a throwaway PostgreSQL cluster on a unix socket in a temporary folder.

initdb and the server refuse to run as root, so as root they run as the ``postgres`` user.
"""
from __future__ import annotations

import glob
import os
import shutil
import subprocess
from pathlib import Path


def find_pg_bin() -> Path | None:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    if shutil.which("pg_ctl"):
        candidates.insert(0, str(Path(shutil.which("pg_ctl")).parent))
    for folder in candidates:
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    return None


class PgCluster:
    def __init__(self, bindir: Path, base: Path, port: int = 54329):
        self.bindir = bindir
        self.base = base
        self.data = base / "data"
        self.socket = base / "sock"
        self.port = port + os.getpid() % 500
        self.as_root = os.geteuid() == 0

    def _run(self, *cmd: str, check: bool = True) -> subprocess.CompletedProcess:
        argv = list(cmd)
        if self.as_root:
            argv = ["runuser", "-u", "postgres", "--", *argv]
        return subprocess.run(argv, check=check, capture_output=True, text=True)

    def start(self) -> None:
        self.socket.mkdir(parents=True, exist_ok=True)
        if self.as_root:
            shutil.chown(self.base, "postgres")
            shutil.chown(self.socket, "postgres")
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", "postgres",
                  "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8")
        # The superuser connects without a password; every other login must give its own.
        hba = self.data / "pg_hba.conf"
        self._run("sh", "-c", f"printf 'local all postgres trust\\nlocal all all scram-sha-256\\n'"
                  f" > {hba}")
        options = (f"-c listen_addresses='' -c unix_socket_directories={self.socket} "
                   f"-p {self.port} -c fsync=off "
                   "-c full_page_writes=off -c max_connections=200")
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-o", options,
                  "-l", str(self.base / "server.log"), "-w", "start")

    def stop(self) -> None:
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                  "-w", "stop", check=False)

    def pause(self) -> None:
        """Stop the server abruptly (as a crash or a network loss would look to a client)."""
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                  "-w", "stop")

    def resume(self) -> None:
        options = (f"-c listen_addresses='' -c unix_socket_directories={self.socket} "
                   f"-p {self.port} -c fsync=off -c full_page_writes=off "
                   "-c max_connections=200")
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-o", options,
                  "-l", str(self.base / "server.log"), "-w", "start")

    def url(self, database: str, user: str = "postgres") -> str:
        return f"postgresql+psycopg://{user}@/{database}?host={self.socket}&port={self.port}"

    def psql(self, sql: str, database: str = "postgres") -> str:
        result = subprocess.run(
            [str(self.bindir.parent / "bin" / "psql") if (self.bindir / "psql").exists()
             else "psql", "-h", str(self.socket), "-p", str(self.port), "-U", "postgres",
             "-d", database, "-v", "ON_ERROR_STOP=1", "-Atc", sql],
            check=True, capture_output=True, text=True)
        return result.stdout

    def create_database(self, name: str) -> None:
        self.psql(f'CREATE DATABASE "{name}"')
