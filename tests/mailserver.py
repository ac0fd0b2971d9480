"""Start and stop a throwaway Dovecot IMAP server on 127.0.0.1 in a temporary folder.

As root, Dovecot drops to its own users (dovenull for logins, dovecot for the mailboxes); as
another user everything runs as that user."""
from __future__ import annotations

import grp
import os
import pwd
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

CONFIG = """\
protocols = imap
listen = 127.0.0.1
base_dir = {base}/run
state_dir = {base}/state
log_path = {base}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = 1
first_valid_gid = 1
mail_location = maildir:~/Maildir
{users}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {base}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={base}/home/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
"""


def find_dovecot() -> str | None:
    return shutil.which("dovecot") or next(
        (p for p in ("/usr/sbin/dovecot",) if Path(p).exists()), None)


def _die_with_parent() -> None:
    """Linux: the server gets SIGTERM when the test process dies, even by SIGKILL or a timeout,
    so no Dovecot is left running after an interrupted test session."""
    import ctypes
    import signal

    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Dovecot:
    def __init__(self, binary: str, base: Path):
        self.binary, self.base = binary, base
        self.port = _free_port()
        self.process: subprocess.Popen | None = None

    def start(self, users: dict[str, str]) -> None:
        base = self.base
        for name in ("run", "state", "home"):
            (base / name).mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            owner = pwd.getpwnam("dovecot")
            uid, gid, extra = owner.pw_uid, owner.pw_gid, ""
        else:
            uid, gid = os.getuid(), os.getgid()
            user, group = pwd.getpwuid(uid).pw_name, grp.getgrgid(gid).gr_name
            extra = (f"default_internal_user = {user}\ndefault_internal_group = {group}\n"
                     f"default_login_user = {user}\n")
        os.chmod(base, 0o755)
        os.chown(base / "home", uid, gid)
        (base / "passwd").write_text("".join(f"{u}:{{PLAIN}}{p}::::::\n"
                                             for u, p in users.items()))
        conf = base / "dovecot.conf"
        conf.write_text(CONFIG.format(base=base, uid=uid, gid=gid, port=self.port, users=extra))
        self.process = subprocess.Popen(
            [self.binary, "-F", "-c", str(conf)], stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("dovecot did not start: "
                                   + self.process.stderr.read().decode(errors="replace"))
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as s:
                    if s.recv(100).startswith(b"* OK"):
                        return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("dovecot did not answer within 15 s")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
