"""Buyer messages: reading Amazon's notification e-mails into plain records. No Qt.

Amazon has no API that reads buyer messages; they reach the seller only as e-mails
from Amazon's relay (``…@marketplace.amazon.<tld>``). This package reads those e-mails
from files (``.eml``, mbox, Outlook ``.msg``) and from a mailbox (IMAP), and turns each
into a :class:`~composer.inbox.buyermessage.BuyerMail`: the buyer's words, the order, the
relay address to answer, the marketplace and its language, and Amazon's delivery notices.
It sits below ``store``: the store keeps these records, and nothing here opens a database.
"""
