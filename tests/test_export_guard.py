"""The export guard re-checks what is exported: cleaned HTML, plain text, files on disk now."""

from __future__ import annotations

from datetime import date

from composer.attachments.refs import AttachmentRef
from composer.export.guard import MISSING_ADDRESS, ExportContent, guard
from composer.export.outgoing import prepare_html
from composer.message.header import Header
from composer.policy.ignore import occurrence_keys
from tests.attachment_factory import write_exe, write_pdf

ALIAS = "k2x9@marketplace.amazon.com"


def content(html: str, refs=(), ignored=frozenset(), **header) -> ExportContent:
    out = prepare_html(html)
    values = {"to": ALIAS, "message_type": "reply", "subject": "Your order", **header}
    return ExportContent(Header(**values), out.html, out.plain, tuple(refs), ignored=ignored)


def test_a_compliant_message_may_go_everywhere():
    decision = guard(content("<p>Your parcel left our warehouse today.</p>"))
    assert decision.ok and decision.blocks == ()
    assert all(decision.allows(r) for r in ("seller-central", "rich-text", "email-app",
                                            "eml-file", "smtp"))
    assert decision.reason("smtp") == ""


def test_blocking_findings_stop_every_route_with_a_reason():
    decision = guard(content("<p>Visit https://example.com for a coupon.</p>"))
    assert not decision.ok
    assert not any(decision.allows(r) for r in ("seller-central", "rich-text", "smtp"))
    assert "Amazon would block" in decision.reason("seller-central")


def test_the_cleaned_html_is_checked_not_the_editor():
    # A script never reaches the buyer: the whitelist removes it, so it cannot block.
    html = "<p>Thanks for your order.</p><script>location='https://x.example'</script>"
    assert guard(content(html)).ok


def test_files_are_checked_as_they_are_on_disk_now(tmp_path):
    pdf = write_pdf(tmp_path / "invoice.pdf")
    item = content("<p>Your invoice is attached.</p>", [AttachmentRef(pdf, 0, "")])
    assert guard(item).ok
    write_exe(pdf)  # replaced by a program after it was attached
    decision = guard(item)
    assert not decision.ok
    assert any(f.attachment == "invoice.pdf" for f in decision.blocks)


def test_a_file_that_vanished_blocks(tmp_path):
    pdf = write_pdf(tmp_path / "invoice.pdf")
    ref = AttachmentRef(pdf, pdf.stat().st_size, "0" * 64)
    pdf.unlink()
    assert not guard(content("<p>Invoice attached.</p>", [ref])).ok


def test_the_address_matters_only_for_email_routes():
    decision = guard(content("<p>Your parcel is on its way.</p>", to=""))
    assert decision.allows("seller-central") and decision.allows("eml-file")
    assert not decision.allows("smtp") and decision.reason("smtp") == MISSING_ADDRESS
    other = guard(content("<p>Your parcel is on its way.</p>", to="buyer@gmail.com"))
    assert other.allows("smtp")
    assert any("not an Amazon buyer address" in line for line in other.to_confirm("smtp"))
    assert not any("Amazon buyer" in line for line in other.to_confirm("seller-central"))
    broken = guard(content("<p>Your parcel is on its way.</p>", to="not an address"))
    assert not broken.ok  # as in the header's badge


def test_header_problems_block_like_the_badge():
    assert not guard(content("<p>Hello.</p>", order_id="12345")).ok
    future = date(2999, 1, 1)
    assert not guard(content("<p>Hello.</p>", order_date=future)).ok


def test_ignored_blocking_finding_is_confirmed_not_blocking():
    item = content("<p>Call me on +1 415 555 0100 please.</p>")
    first = guard(item)
    assert not first.ok
    assert first.message is not None
    keys = set(occurrence_keys(first.blocks, first.message.text))
    again = guard(ExportContent(item.header, item.html, item.plain, ignored=frozenset(keys)))
    assert again.ok
    assert again.ignored_blocks and again.to_confirm()[0].startswith("You chose to ignore")


def test_warnings_are_listed_for_the_confirmation():
    decision = guard(content("<p>Hello.</p>", subject="[Important] your order"))
    assert decision.ok and decision.warnings
    assert any("Important" in line for line in decision.to_confirm())


def test_what_the_message_asks_for_goes_to_the_sent_log():
    asks = guard(content("<p>If you have a moment, please leave an honest review of your "
                         "purchase.</p>"))
    assert asks.ok and asks.requests == ("review",)
    assert guard(content("<p>Your parcel left today.</p>")).requests == ()


# ------------------------------------------------------------------ time windows (review R1)
TODAY = date(2026, 11, 26)
ASK = ("<p>Order 113-4567890-1234567: your lamp arrived. If you have a moment, could you "
       "leave a review of the lamp on Amazon?</p>")


def test_the_guard_checks_the_time_windows_of_the_header():
    late = content("<p>Order 113-4567890-1234567: a new lamp is on its way.</p>",
                   message_type="unexpectedProblem", order_id="113-4567890-1234567",
                   order_date=date(2026, 10, 1))
    assert "outside-window" in {f.rule for f in guard(late, today=TODAY).blocks}
    early = content(ASK, order_id="113-4567890-1234567", delivery_date=date(2026, 11, 24))
    decision = guard(early, today=TODAY)
    assert decision.ok and "review-window" in {f.rule for f in decision.warnings}
    assert any("delivered on 24 Nov 2026" in line for line in decision.to_confirm("eml-file"))


def test_the_guard_blocks_a_second_request_from_the_sent_log():
    out = prepare_html(ASK)
    header = Header(to=ALIAS, order_id="113-4567890-1234567", message_type="reply",
                    subject="Your lamp", delivery_date=date(2026, 11, 10))
    again = ExportContent(header, out.html, out.plain,
                          prior_requests=((date(2026, 11, 18), "review"),))
    assert "repeat-request" in {f.rule for f in guard(again, today=TODAY).blocks}
    first = ExportContent(header, out.html, out.plain)
    assert guard(first, today=TODAY).ok


def test_the_guard_sees_the_header_checks_the_form_shows():
    from datetime import datetime, timedelta, timezone

    now = datetime(2025, 3, 10, 12, 0, tzinfo=timezone.utc)
    later = now + timedelta(hours=3)
    decision = guard(content("<p>Your parcel left today.</p>", buyer_message_at=later),
                     today=now.date(), now=now)
    assert "header-buyer-message-at" in {f.rule for f in decision.blocks}
    assert decision.summary is not None and decision.summary.header_blocks == 1
    assert "Buyer wrote at” is in the future" in decision.reason("seller-central")
    typo = guard(content("<p>Your parcel left today.</p>", order_date=date(2025, 3, 5),
                         delivery_date=date(2025, 3, 1)), today=now.date(), now=now)
    assert typo.ok and "header-delivery-date" in {f.rule for f in typo.warnings}
