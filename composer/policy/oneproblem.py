"""One problem, one finding: a phone number and the sentence that offers it.

Several rules can see the same problem. "Call me, Sandra, on 0171 496 0123" was a
"call me" block, an "offered phone number" block and a "looks like a phone number"
warning: three reasons on one card for one number, one of them hinting that the number
might be allowed. "Call DHL on 0800 …" was the phone warning plus the model's guess
that the sentence moves the buyer off Amazon, although POLICY.md allows a carrier's,
a maker's or a warranty line (the app warns, since it cannot know).

So, on the same field and sentence:

- the model's off-Amazon warning becomes a block when the rules found a phone number
  in the sentence and the model's score passes its pooled warn bar (two readers agree:
  "give me a ring on 07700 …"), unless the sentence names a carrier, a maker or a warranty;
- the model's off-Amazon finding gives way to the phone-number warning when the
  sentence names a carrier, a maker or a warranty (the warning is POLICY.md's verdict
  for such a line), and when the model only warns (the rule says the same with the
  exact words and a fix);
- a phone-number warning, or an offered number's own block, gives way to an off-Amazon
  block whose fix already removes it (the stronger severity, and the fix that solves
  the whole problem: removing only the number would leave "call me on"), unless the
  sentence names a carrier, a maker or a warranty: "Call DHL on 0800 … or ring me on
  07700 …" holds two problems, and the carrier's number keeps its warning.

Other findings are untouched: two links in one sentence are two problems.
"""

from __future__ import annotations

from composer.policy import channels, intent_check, mention
from composer.policy.model import Finding

PHONE = "phone-number"
OFF_AMAZON = channels.RULE


def one_finding_per_problem(found: list[Finding], text: str) -> list[Finding]:
    """``found`` (about ``text``) without the findings another one already stands for.

    Runs :func:`mention.read_by_model` (a phrase block the model reads as a mere mention
    becomes a warning) and :func:`intent_check.one_card_per_agreement` first; the engine
    and the part-by-part check pass their findings through this. Findings about the
    subject (their fix jumps to the field) are left as they are.
    """
    found = intent_check.one_card_per_agreement(mention.read_by_model(found, text))
    phone_fix = channels.data().texts["phone_fix"]
    phones = [f for f in found if f.rule == PHONE
              or (f.fix is not None and f.fix.label == phone_fix and not f.detector)]
    if not phones:
        return found
    found = [intent_check.confirmed(f) if _number_inside(f, phones) else f for f in found]
    kept = [f for f in found if not _model_gives_way(f, phones)]
    blocks = [f for f in kept if f.rule == OFF_AMAZON and f.severity == "block"
              and f.fix is not None and f.fix.field is None and not f.field]
    return [f for f in kept if not _absorbed(f, blocks, text)]


def _inside(item: Finding, start: int, end: int) -> bool:
    return start <= item.start and item.end <= end and item.end > item.start


def _number_inside(item: Finding, phones: list[Finding]) -> bool:
    """The model's off-Amazon warning holds a number the rules found (not an allowed line)."""
    if item.detector != intent_check.DETECTOR or item.rule != OFF_AMAZON:
        return False
    if item.severity != "warn" or _names_allowed_line(item.excerpt):
        return False
    return any(p.field == item.field and _inside(p, item.start, item.end) for p in phones)


def _model_gives_way(item: Finding, phones: list[Finding]) -> bool:
    if item.detector != intent_check.DETECTOR or item.rule != OFF_AMAZON:
        return False
    numbers = [p for p in phones if p.field == item.field and _inside(p, item.start, item.end)]
    if not numbers:
        return False
    if item.severity == "warn":
        return True
    return _names_allowed_line(item.excerpt)


def _absorbed(item: Finding, blocks: list[Finding], text: str) -> bool:
    """A phone finding that an off-Amazon block's larger fix already removes."""
    if item.detector or item.fix is None or item.field:
        return False
    if item.rule == PHONE:
        if item.severity != "warn":
            return False
    elif item.rule != OFF_AMAZON or item.fix.label != channels.data().texts["phone_fix"]:
        return False  # of the blocks, only an offered number's own, whose fix is the number
    for block in blocks:
        fix = block.fix
        if block is item or fix is None:
            continue
        if _inside(item, fix.start, fix.end) and fix.end - fix.start > item.end - item.start:
            return not (item.rule == PHONE and _names_allowed_line(text[fix.start : fix.end]))
    return False


def _names_allowed_line(sentence: str) -> bool:
    """The sentence names a carrier, a maker or a warranty (POLICY.md's allowed lines)."""
    return channels.data().phone_allowed.search(sentence) is not None
