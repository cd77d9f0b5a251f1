"""Threading a reply: ``In-Reply-To`` and ``References`` (RFC 5322 §3.6.4). No Qt.

A reply joins the buyer's thread when it names the buyer's Message-ID in
``In-Reply-To`` and the thread's earlier IDs plus that one in ``References``. Amazon
relays a reply into the right conversation by those fields and the relay address. IDs
come from e-mails the seller received, so each is checked again here before it is
written: ``<`` printable ASCII without spaces or angle brackets ``>``, or refused.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from composer.words import Words

MESSAGE_ID = re.compile(r"<[\x21-\x3b\x3d\x3f-\x7e]{1,250}>\Z")
MAX_REFERENCES = 10  # the root and the latest steps; RFC 5322 allows trimming the middle


class ThreadProblem(ValueError):
    """A Message-ID that cannot be written into a header; ``str()`` is a plain sentence."""


@dataclass(frozen=True)
class Thread:
    """The message a reply answers: its Message-ID, the IDs before it, and the app's own
    number for it (the sent log links the reply to it, and it is then "answered")."""

    message_id: str = ""
    references: tuple[str, ...] = ()
    buyer_message_id: int | None = None

    def in_reply_to(self) -> str:
        return self.message_id

    def reference_ids(self) -> tuple[str, ...]:
        """The reply's References: the thread so far, then the message answered."""
        ids = [i for i in self.references if i != self.message_id]
        if self.message_id:
            ids.append(self.message_id)
        if len(ids) > MAX_REFERENCES:
            ids = [ids[0], *ids[-(MAX_REFERENCES - 1):]]
        return tuple(ids)


def check_ids(ids: Sequence[str]) -> None:
    for value in ids:
        if not MESSAGE_ID.match(value):
            raise ThreadProblem(Words("mail")("thread_id"))


def reply_subject(subject: str) -> str:
    """"Re: <original>", once: a subject that already starts with "Re:" stays as it is."""
    subject = " ".join(subject.split())
    if re.match(r"(?i)(re|aw|sv|antw|r)\s*:", subject):
        return subject
    return f"Re: {subject}" if subject else "Re: your message"
