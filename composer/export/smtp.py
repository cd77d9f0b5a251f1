"""Send a finished ``.eml`` with smtplib, cancellably, with every failure in plain words.

Runs on a worker thread. :class:`Cancel` can be triggered from the UI thread: it
sets a flag checked between steps and closes the socket, so a call blocked on a
slow server returns at once. A :class:`SendError` carries a ``kind`` for code and
a sentence for the seller, and says whether trying again later can help
(``retryable``: the network, a timeout, a dropped connection). No traceback
ever reaches the seller.
"""

from __future__ import annotations

import contextlib
import ipaddress
import smtplib
import socket
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from email import policy
from email.message import Message
from email.parser import BytesParser
from typing import Protocol

from composer.words import Words

SECURITY = ("ssl", "starttls", "none")  # "none": plain SMTP, for a relay nearby only
# Where a password may travel unencrypted: this computer and the seller's own network
# (RFC 1918, unique local and link-local addresses). Written out rather than
# ``is_private``, which also counts documentation and other reserved ranges.
LOCAL_NETWORKS = tuple(ipaddress.ip_network(net) for net in (
    "127.0.0.0/8", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16",
    "::1/128", "fc00::/7", "fe80::/10"))
# Names any computer with a working name service can look up: if none resolves either,
# the computer is offline; if one does, the mail server's name itself is wrong.
WELL_KNOWN_NAMES = ("example.com", "gmail.com", "outlook.com")
# Where "is there a way out at all" is asked: documentation addresses (RFC 5737, 3849).
# Connecting a UDP socket only picks a route; nothing is sent to them.
ROUTE_PROBES = ((socket.AF_INET, "192.0.2.1"), (socket.AF_INET6, "2001:db8::1"))
DEFAULT_TIMEOUT = 30.0
RETRYABLE = frozenset({"network", "timeout", "closed", "busy"})
SERVER_NAME = "server-name"  # the server's name does not exist: the settings are wrong
# English, as the sent log keeps them; the send flow says them in the app's language.
_WORDS = Words("export")


class Network(Protocol):
    """How the send finds its server: a real name service, or a fake one in tests."""

    def resolve(self, host: str, port: int) -> None:
        """Look ``host`` up; raise :class:`socket.gaierror` when it cannot be found."""

    def names_resolve(self) -> bool:
        """Whether this computer can look names up at all right now (it is online)."""

    def addresses(self, host: str, port: int) -> list[str]:
        """Every address ``host`` has; raise :class:`socket.gaierror` when it has none."""


class SystemNetwork:
    """The computer's own name service."""

    def resolve(self, host: str, port: int) -> None:
        socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)

    def addresses(self, host: str, port: int) -> list[str]:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        return list(dict.fromkeys(str(info[4][0]) for info in found))

    def names_resolve(self) -> bool:
        if not _has_route():
            return False  # no network at all: no need to wait on a name server
        for name in WELL_KNOWN_NAMES:
            try:
                socket.getaddrinfo(name, 443, type=socket.SOCK_STREAM)
            except OSError:
                continue
            return True
        return False


def _has_route() -> bool:
    """Whether the computer has a route out (a UDP connect sends no packet)."""
    for family, address in ROUTE_PROBES:
        try:
            with socket.socket(family, socket.SOCK_DGRAM) as probe:
                probe.connect((address, 9))
                return True
        except OSError:
            continue
    return False


NETWORK: Network = SystemNetwork()  # what a config without its own network uses


def local_address(address: str) -> bool | None:
    """Whether ``address`` is this computer or the seller's own network; None for a name."""
    if address.strip().lower().rstrip(".") in ("localhost", "localhost.localdomain"):
        return True
    try:
        ip = ipaddress.ip_address(address.strip().strip("[]").split("%")[0])
    except ValueError:
        return None
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return any(ip in net for net in LOCAL_NETWORKS if net.version == ip.version)


@dataclass(frozen=True)
class SmtpConfig:
    """Where and how to send. ``security="none"`` signs in only at a local address."""

    host: str
    port: int
    security: str = "starttls"
    user: str = ""
    password: str = field(default="", repr=False)
    timeout: float = DEFAULT_TIMEOUT
    context: ssl.SSLContext | None = field(default=None, repr=False, compare=False)
    network: Network | None = field(default=None, repr=False, compare=False)  # None: NETWORK

    def problem(self) -> str | None:
        """What is missing from the settings, in words; None when sending can be tried."""
        if not self.host.strip():
            return _WORDS("smtp.no_server")
        if not 0 < self.port < 65536:
            return _WORDS("smtp.bad_port")
        if self.security not in SECURITY:
            return _WORDS("smtp.choose_security")
        if self.plain_sign_in and local_address(self.host) is False:
            return _WORDS("smtp.plain_password", host=self.host.strip())
        return None

    @property
    def plain_sign_in(self) -> bool:
        """Whether a user name and password would travel unencrypted."""
        return self.security == "none" and bool(self.user)


class SendError(Exception):
    """A failed send: ``kind`` for code, ``str(error)`` for the seller."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind

    @property
    def retryable(self) -> bool:
        return self.kind in RETRYABLE


class Cancel:
    """Cancel a send from another thread: sets a flag and closes the connection."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._sock: socket.socket | None = None

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def attach(self, sock: socket.socket | None) -> None:
        with self._lock:
            self._sock = sock
            if sock is not None and self._event.is_set():
                _close(sock)

    def cancel(self) -> None:
        self._event.set()
        with self._lock:
            if self._sock is not None:
                _close(self._sock)

    def check(self) -> None:
        if self._event.is_set():
            raise SendError("cancelled", _WORDS("smtp.cancelled"))


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()


def _cancellable(base: type[smtplib.SMTP], cancel: Cancel) -> type[smtplib.SMTP]:
    """The client class, handing its socket to ``cancel`` as soon as it exists.

    So a server that connects but never greets can be cancelled at once, not only
    after the timeout.
    """

    class Client(base):  # type: ignore[misc, valid-type]
        def _get_socket(self, host: str, port: int, timeout: float) -> socket.socket:
            sock = super()._get_socket(host, port, timeout)
            cancel.attach(sock)
            return sock

    return Client


UNSAFE_ENVELOPE = _WORDS.text("smtp.unsafe_envelope")


def _one_address(headers: Message, name: str) -> str:
    """The single address in field ``name`` ("" when it is absent); SendError otherwise."""
    from composer.mail.syntax import AddressProblem, parse_mailbox

    values = headers.get_all(name, [])
    if not values:
        return ""
    try:
        addresses = [a for value in values for a in value.addresses]
        grouped = any(g.display_name is not None for value in values for g in value.groups)
        if len(values) != 1 or len(addresses) != 1 or grouped:
            raise ValueError(name)
        parse_mailbox(addresses[0].addr_spec)
    except (AddressProblem, ValueError, AttributeError, IndexError, TypeError):
        kind = "sender" if name == "From" else "recipient"
        raise SendError(kind, UNSAFE_ENVELOPE.format(field=name)) from None
    return str(addresses[0].addr_spec)


def envelope(eml: bytes) -> tuple[str, list[str]]:
    """The sender and the recipient written in the message's From and To headers.

    Exactly one address each, as the builder writes them: a field with more, a Cc or a
    Bcc (never written by Seller Composer) means the message was tampered with, and it
    is refused (:class:`SendError`) rather than sent to someone the seller never chose.
    """
    headers = BytesParser(policy=policy.default).parsebytes(eml, headersonly=True)
    for name in ("Cc", "Bcc", "Resent-To", "Resent-Cc", "Resent-Bcc"):
        if headers.get_all(name):
            raise SendError("recipient", _WORDS("smtp.extra_field", field=name))
    sender = _one_address(headers, "From")
    recipient = _one_address(headers, "To")
    return sender, [recipient] if recipient else []


def classify(error: BaseException, config: SmtpConfig) -> SendError:
    """Turn any failure into a :class:`SendError` in words a seller understands.

    The words are English (``resources/messages/export.json`` "smtp"); the send flow
    says them in the app's language.
    """
    host = config.host
    said = _WORDS
    if isinstance(error, SendError):
        return error
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return SendError("auth", said("smtp.auth"))
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return SendError("recipient", said("smtp.recipient"))
    if isinstance(error, smtplib.SMTPSenderRefused):
        return SendError("sender", said("smtp.sender"))
    if isinstance(error, smtplib.SMTPNotSupportedError) and "AUTH" in str(error):
        return SendError("config", said("smtp.no_auth", host=host))
    if isinstance(error, smtplib.SMTPNotSupportedError) or (
            isinstance(error, smtplib.SMTPException) and "STARTTLS" in str(error)):
        return SendError("tls", said("smtp.no_tls", host=host))
    if isinstance(error, TimeoutError | socket.timeout) or (
            isinstance(error, smtplib.SMTPServerDisconnected) and "timed out" in str(error)):
        return SendError("timeout", said("smtp.timeout", host=host))
    if isinstance(error, smtplib.SMTPServerDisconnected):
        return SendError("closed", said("smtp.closed", host=host))
    if isinstance(error, smtplib.SMTPResponseException):
        if 400 <= error.smtp_code < 500:
            return SendError("busy", said("smtp.busy", host=host, code=error.smtp_code))
        return SendError("refused", said("smtp.refused_code", host=host, code=error.smtp_code))
    if isinstance(error, ssl.SSLCertVerificationError):
        return SendError("tls", said("smtp.untrusted", host=host))
    if isinstance(error, ssl.SSLError):
        return SendError("tls", said("smtp.tls_failed", host=host))
    if isinstance(error, socket.gaierror):
        return SendError("network", said("smtp.not_found", host=host))
    if isinstance(error, ConnectionRefusedError):
        return SendError("network", said("smtp.conn_refused", host=host, port=config.port))
    if isinstance(error, OSError):
        return SendError("network", said("smtp.offline", host=host))
    if isinstance(error, smtplib.SMTPException):
        return SendError("refused", said("smtp.refused", host=host))
    return SendError("other", said("smtp.other"))


def find_server(config: SmtpConfig) -> None:
    """Look the server's name up before connecting: a name that does not exist while other
    names resolve is a mistyped setting (not retried); offline is "no connection" (retried).
    """
    network = config.network or NETWORK
    try:
        network.resolve(config.host, config.port)
    except socket.gaierror as error:
        if error.errno != socket.EAI_AGAIN and network.names_resolve():
            raise SendError(SERVER_NAME, _WORDS("smtp.server_name", host=config.host)) from None
        raise SendError("network", _WORDS("smtp.offline", host=config.host)) from None


def plain_target(config: SmtpConfig) -> str:
    """Where to connect: the host, or for a plain sign-in the local address it was judged by.

    A password goes unencrypted only to this computer or the seller's own network: a
    name counts only when every address it has is local, and the connection then goes to
    one of those addresses (so the name cannot point elsewhere a moment later).
    """
    if not config.plain_sign_in or local_address(config.host) is not None:
        return config.host
    network = config.network or NETWORK
    lookup = getattr(network, "addresses", None) or NETWORK.addresses
    try:
        found = lookup(config.host, config.port)
    except OSError as error:
        raise classify(error, config) from None
    if not found or not all(local_address(address) for address in found):
        raise SendError("config", _WORDS("smtp.plain_password", host=config.host))
    return found[0]


def check_connection(config: SmtpConfig) -> None:
    """Connect, secure and sign in, then leave without sending (Settings' Test connection).

    Raises :class:`SendError` with the same plain words a failed send would give.
    """
    problem = config.problem()
    if problem:
        raise SendError("config", problem)
    find_server(config)
    target = plain_target(config)
    context = config.context or ssl.create_default_context()
    client: smtplib.SMTP | None = None
    try:
        if config.security == "ssl":
            client = smtplib.SMTP_SSL(config.host, config.port, timeout=config.timeout,
                                      context=context)
        else:
            client = smtplib.SMTP(target, config.port, timeout=config.timeout)
        client.ehlo()
        if config.security == "starttls":
            client.starttls(context=context)
            client.ehlo()
        if config.user:
            client.login(config.user, config.password)
    except Exception as exc:  # every failure becomes plain words
        raise classify(exc, config) from None
    finally:
        if client is not None:
            try:
                client.quit()
            except (smtplib.SMTPException, OSError):
                client.close()


def send_eml(config: SmtpConfig, eml: bytes, cancel: Cancel | None = None,
             progress: Callable[[str], None] | None = None) -> None:
    """Send the message to the To address in it; raise :class:`SendError` on any failure."""
    cancel = cancel or Cancel()
    say = progress or (lambda _step: None)
    problem = config.problem()
    if problem:
        raise SendError("config", problem)
    sender, recipients = envelope(eml)
    if not sender:
        raise SendError("config", _WORDS("smtp.no_from"))
    if not recipients:
        raise SendError("recipient", _WORDS("smtp.no_to"))
    context = config.context or ssl.create_default_context()
    client: smtplib.SMTP | None = None
    try:
        cancel.check()
        say(_WORDS("smtp.connecting", host=config.host))
        find_server(config)
        target = plain_target(config)
        cancel.check()
        if config.security == "ssl":
            client = _cancellable(smtplib.SMTP_SSL, cancel)(
                config.host, config.port, timeout=config.timeout, context=context)
        else:
            client = _cancellable(smtplib.SMTP, cancel)(target, config.port,
                                                        timeout=config.timeout)
        cancel.check()
        client.ehlo()
        if config.security == "starttls":
            say(_WORDS("smtp.securing"))
            client.starttls(context=context)
            cancel.attach(client.sock)
            client.ehlo()
        cancel.check()
        if config.user:
            say(_WORDS("smtp.signing_in"))
            client.login(config.user, config.password)
        cancel.check()
        say(_WORDS("smtp.sending"))
        client.sendmail(sender, recipients, eml)
    except BaseException as exc:  # every failure becomes plain words
        if cancel.cancelled:
            raise SendError("cancelled", _WORDS("smtp.cancelled")) from None
        if isinstance(exc, KeyboardInterrupt | SystemExit):
            raise
        raise classify(exc, config) from None
    finally:
        if client is not None:
            try:
                client.quit()
            except (smtplib.SMTPException, OSError):
                client.close()
        cancel.attach(None)
