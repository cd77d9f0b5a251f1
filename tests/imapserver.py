"""A real IMAP server for the mailbox tests: Dovecot on a loopback port, thrown away after.

Each server gets its own configuration, TLS certificate (made here with ``openssl``), user
and maildir in a fresh folder. Messages are put in the maildir as files (fast even for
thousands). Dovecot is Debian's ``dovecot-imapd``; ``.ci/run`` installs it. Without it the
tests skip on a developer's machine and fail in CI (``CI`` set), so CI cannot pass by
skipping them.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

HOST = "127.0.0.1"
USER, PASSWORD = "seller@brightlamp.example", "imap horse battery"
SEARCH_PATH = ("/usr/sbin", "/usr/local/sbin", "/sbin")


def dovecot_binary() -> str | None:
    found = shutil.which("dovecot")
    if found:
        return found
    for folder in SEARCH_PATH:
        if os.access(f"{folder}/dovecot", os.X_OK):
            return f"{folder}/dovecot"
    return None


def need_dovecot() -> str:
    binary = dovecot_binary()
    if binary is None:
        reason = "Dovecot is not installed (Debian: apt-get install dovecot-imapd)"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; CI must run the IMAP tests (.ci/run installs it)")
        pytest.skip(reason)
    if shutil.which("openssl") is None:
        pytest.fail("openssl is missing; it makes the IMAP tests' certificate")
    return binary


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


CONFIG = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = {host}
ssl = required
ssl_cert = <{root}/cert.pem
ssl_key = <{root}/key.pem
{dh}
disable_plaintext_auth = yes
auth_mechanisms = plain login
default_internal_user = {internal}
default_internal_group = {internal_group}
default_login_user = {login}
first_valid_uid = 1
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/home
}}
mail_location = maildir:~/Maildir
service imap-login {{
  inet_listener imap {{
    port = {plain_port}
  }}
  inet_listener imaps {{
    port = {port}
    ssl = yes
  }}
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0666
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
"""


@dataclass
class Dovecot:
    """A running server: its port, certificate, maildir, and ways to change its mailbox."""

    root: Path
    port: int
    binary: str
    uid: int
    gid: int
    plain_port: int = 0  # IMAP with STARTTLS
    process: subprocess.Popen | None = None
    count: int = 0

    @property
    def cafile(self) -> str:
        return str(self.root / "cert.pem")

    @property
    def maildir(self) -> Path:
        return self.root / "home" / "Maildir"

    def add(self, raw: bytes) -> None:
        """Deliver one message (as a maildir file the server picks up on the next look)."""
        self.count += 1
        name = f"{int(time.time())}.M{self.count}P{os.getpid()}.test,S={len(raw)}"
        path = self.maildir / "new" / name
        path.write_bytes(raw)
        os.chown(path, self.uid, self.gid)

    def doveadm(self, *args: str) -> str:
        binary = shutil.which("doveadm") or str(Path(self.binary).with_name("doveadm"))
        done = subprocess.run([binary, "-c",
                               str(self.root / "dovecot.conf"), *args], capture_output=True,
                              text=True, timeout=60)
        if done.returncode:
            raise AssertionError(f"doveadm {args}: {done.stderr}")
        return done.stdout

    def new_uidvalidity(self, value: int) -> None:
        self.doveadm("mailbox", "update", "-u", USER, "--uid-validity", str(value), "INBOX")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None


def _certificate(root: Path) -> None:
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=localhost", "-addext",
                    f"subjectAltName=IP:{HOST},DNS:localhost",
                    "-keyout", str(root / "key.pem"), "-out", str(root / "cert.pem")],
                   check=True, capture_output=True, timeout=60)


def _users() -> tuple[str, str, str, int, int]:
    """(internal user, its group, login user, mail uid, mail gid) for who runs the tests."""
    if os.geteuid() != 0:
        me = pwd.getpwuid(os.geteuid())
        group = _group_name(me.pw_gid)
        return me.pw_name, group, me.pw_name, me.pw_uid, me.pw_gid
    # As root (CI containers): Dovecot's own users; the mail belongs to nobody.
    internal = "dovecot" if _user_exists("dovecot") else "nobody"
    login = "dovenull" if _user_exists("dovenull") else "nobody"
    nobody = pwd.getpwnam("nobody")
    return internal, _group_name(pwd.getpwnam(internal).pw_gid), login, nobody.pw_uid, \
        nobody.pw_gid


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


def _group_name(gid: int) -> str:
    import grp

    return grp.getgrgid(gid).gr_name


@contextlib.contextmanager
def dovecot() -> Iterator[Dovecot]:
    """Start Dovecot on a free loopback port; stop it and remove everything after."""
    binary = need_dovecot()
    root = Path(tempfile.mkdtemp(prefix="seller-composer-imap-"))
    root.chmod(0o755)  # the mail user (not the tests' user under root) must reach its maildir
    internal, internal_group, login, uid, gid = _users()
    server = Dovecot(root=root, port=free_port(), binary=binary, uid=uid, gid=gid,
                     plain_port=free_port())
    try:
        _certificate(root)
        for folder in ("run", "state", "home/Maildir/new", "home/Maildir/cur",
                       "home/Maildir/tmp"):
            (root / folder).mkdir(parents=True, exist_ok=True)
        for path in (root / "home", *(root / "home").rglob("*")):
            os.chown(path, uid, gid)
        (root / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}\n")
        dh = "ssl_dh = </usr/share/dovecot/dh.pem" if Path(
            "/usr/share/dovecot/dh.pem").exists() else ""
        (root / "dovecot.conf").write_text(CONFIG.format(
            root=root, host=HOST, port=server.port, plain_port=server.plain_port, dh=dh,
            internal=internal, internal_group=internal_group, login=login, uid=uid, gid=gid))
        server.process = subprocess.Popen([binary, "-F", "-c", str(root / "dovecot.conf")],
                                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        _wait_listening(server)
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


def _wait_listening(server: Dovecot) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if server.process is not None and server.process.poll() is not None:
            output = server.process.stdout.read().decode(errors="replace") \
                if server.process.stdout else ""
            log = (server.root / "dovecot.log")
            raise AssertionError(f"Dovecot did not start: {output}\n"
                                 f"{log.read_text() if log.exists() else ''}")
        with contextlib.suppress(OSError), socket.create_connection((HOST, server.port), 1):
            return
        time.sleep(0.05)
    raise AssertionError("Dovecot did not listen within 20 s")


class CuttingProxy:
    """A TCP relay in front of the server that can cut the connection, as a network does."""

    def __init__(self, port: int) -> None:
        self.target = port
        self.listener = socket.socket()
        self.listener.bind((HOST, 0))
        self.listener.listen(4)
        self.port = self.listener.getsockname()[1]
        self.sockets: list[socket.socket] = []
        self.cut_after: int | None = None  # bytes from the server, then the line goes dead
        self.sent = 0
        self.stall = False  # hold the server's bytes back, as a server that hangs
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection((HOST, self.target))
            self.sockets += [client, upstream]
            threading.Thread(target=self._pipe, args=(client, upstream, False),
                             daemon=True).start()
            threading.Thread(target=self._pipe, args=(upstream, client, True),
                             daemon=True).start()

    def _pipe(self, source: socket.socket, target: socket.socket, counted: bool) -> None:
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                while counted and self.stall and not self._closed:
                    time.sleep(0.01)
                if counted:
                    self.sent += len(data)
                    if self.cut_after is not None and self.sent > self.cut_after:
                        break
                target.sendall(data)
        except OSError:
            pass
        self.cut()

    def cut(self) -> None:
        for sock in self.sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                sock.close()

    _closed = False

    def close(self) -> None:
        self._closed = True
        self.cut()
        with contextlib.suppress(OSError):
            self.listener.close()
