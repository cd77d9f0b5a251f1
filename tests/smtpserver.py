"""A real SMTP server on loopback for the export tests (aiosmtpd, in its own thread)."""

from __future__ import annotations

import socket
from contextlib import contextmanager
from dataclasses import dataclass, field

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

HOST = "127.0.0.1"
USER, PASSWORD = "seller@example.com", "right horse battery"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


@dataclass
class Inbox:
    """What the server received: (envelope sender, recipients, raw bytes) per message."""

    messages: list[tuple[str, list[str], bytes]] = field(default_factory=list)

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos),
                              bytes(envelope.original_content or envelope.content)))
        return "250 Message accepted for delivery"


def _authenticator(server, session, envelope, mechanism, auth_data):
    ok = (isinstance(auth_data, LoginPassword) and auth_data.login.decode() == USER
          and auth_data.password.decode() == PASSWORD)
    return AuthResult(success=ok, handled=False)  # handled=False: the server says 535


@contextmanager
def smtp_server(port: int | None = None, auth: bool = False):
    """Yield (inbox, port) while a server listens on loopback; with ``auth``, sign-in needed."""
    inbox = Inbox()
    port = port or free_port()
    options = {}
    if auth:
        options = {"authenticator": _authenticator, "auth_require_tls": False,
                   "auth_required": True}
    controller = Controller(inbox, hostname=HOST, port=port, **options)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()
