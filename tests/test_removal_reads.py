"""What a one-click removal leaves must read (issue 15, second walkthrough, rows 4–6, 13).

"Remove the link" left "you can follow it at it should arrive by Tuesday", "Remove the
email address" left "write to or call me" and "oder schreiben Sie", "Remove this sentence"
joined two paragraphs, and "Remove the emoji" left "FLASK10 " for a "!" to follow.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from composer.compose.engine import check
from composer.policy import Message
from composer.policy.detectors import check_emoji, check_links


def removed(text: str) -> tuple[str, bool]:
    [finding] = [f for f in check_links(Message(text=text)) if f.fix is not None]
    assert finding.fix is not None
    return finding.fix.apply(text), finding.fix.select


# ---- an address with more words after it: the word that led to it goes too ---------------
@pytest.mark.parametrize(("text", "left"), [
    # the walkthrough's own sentences
    ("sorry for the delay your parcel left our warehouse on Monday you can follow it at "
     "https://track.mueller-haushalt.de/026-5581234 it should arrive by Tuesday",
     "sorry for the delay your parcel left our warehouse on Monday you can follow it "
     "it should arrive by Tuesday"),
    ("If anything is wrong write to service@mueller-haushalt.de or call me on 0171 2345678.",
     "If anything is wrong call me on 0171 2345678."),
    ("vielen Dank die Anleitung finden Sie unter www.mueller-haushalt.de/anleitung dort gibt "
     "es auch Videos", "vielen Dank die Anleitung finden Sie dort gibt es auch Videos"),
    # one of our own in each language
    ("Please email me at anna@shop-mail.com if anything is missing.",
     "Please email me if anything is missing."),
    ("Download it from www.shop.com and enjoy it.", "Download it and enjoy it."),
    ("Schreiben Sie mir per E-Mail an info@laden-mail.de oder rufen Sie an.",
     "Schreiben Sie mir oder rufen Sie an."),
    ("Écrivez-nous à contact@boutique-mail.fr ou appelez-nous.", "Écrivez-nous ou appelez-nous."),
    ("Le manuel est disponible sur www.boutique.fr avec des vidéos.",
     "Le manuel est disponible avec des vidéos."),
    ("Escríbanos a info@tienda-mail.es o llámenos.", "Escríbanos o llámenos."),
    ("Scriveteci a info@negozio-mail.it o chiamateci.", "Scriveteci o chiamateci."),
    ("Il manuale è su www.negozio.it con i video.", "Il manuale è con i video."),
    ("At www.shop.com you find the manual.", "You find the manual."),
])
def test_the_linking_word_goes_when_words_follow(text: str, left: str) -> None:
    assert removed(text) == (left, True)  # still shown to read again


# ---- at the end of a sentence: no fragment without its object ------------------------------
@pytest.mark.parametrize(("text", "left"), [
    ("Bei Fragen rufen Sie mich an: 0171 2345678 oder schreiben Sie an info@laden-mail.de\n"
     "Viele Grüße", "Bei Fragen rufen Sie mich an: 0171 2345678\nViele Grüße"),
    ("Thanks. Call me or write to anna@shop-mail.com.", "Thanks. Call me."),
    ("Danke. Oder schreiben Sie uns an info@laden-mail.de.", "Danke."),
    ("Merci. Appelez-nous ou écrivez-nous à contact@boutique-mail.fr.", "Merci. Appelez-nous."),
    ("Gracias. Llámenos o escríbanos a info@tienda-mail.es.", "Gracias. Llámenos."),
    ("Grazie. Chiamateci o scriveteci a info@negozio-mail.it.", "Grazie. Chiamateci."),
    ("Thanks.\nIf anything is wrong write to service@shop-mail.com.\nBest wishes",
     "Thanks.\nBest wishes"),
    ("Danke.\nBei Fragen schreiben Sie mir an info@laden-mail.de\nViele Grüße",
     "Danke.\nViele Grüße"),
])
def test_a_verb_left_without_its_address_goes_with_it(text: str, left: str) -> None:
    assert removed(text) == (left, False)


# ---- a removed sentence takes no paragraph break that is not its own ----------------------
def sentence_removed(text: str, rule: str = "marketing") -> str:
    findings = [f for f in check(Message(text=text, message_type="reply", buyer_language="en"))
                if f.rule == rule and f.fix is not None]
    assert findings, text
    return findings[0].fix.apply(text)


CODE = "You get 10% off your next order with code FLASK10!"


@pytest.mark.parametrize(("text", "left"), [
    # the last sentence of a paragraph: the break stays (the walkthrough's row 6)
    (f"Please leave us a note if you are happy! {CODE}\nsorry for the delay.",
     "Please leave us a note if you are happy!\nsorry for the delay."),
    (f"Hello! {CODE} \nsorry for the delay.", "Hello!\nsorry for the delay."),
    # a sentence in the middle or at the start of its line
    (f"Hello! {CODE} See you.\nBye", "Hello! See you.\nBye"),
    (f"Hi,\n{CODE} See you.\nBye", "Hi,\nSee you.\nBye"),
    # the only sentence of its paragraph: the empty paragraph goes, the others stay apart
    (f"Hi,\n{CODE}\nBye", "Hi,\nBye"),
    (f"Hi,\n\n{CODE}\n\nBye", "Hi,\n\nBye"),
    (f"{CODE}\nBye", "Bye"),
    (f"{CODE}\n\nBye", "Bye"),
    (f"Hi,\n{CODE}", "Hi,"),
    (f"Hi,\n\n{CODE}", "Hi,"),
])
def test_remove_this_sentence_keeps_the_paragraphs(text: str, left: str) -> None:
    assert sentence_removed(text) == left


# ---- a removed item at the end takes the space before it ----------------------------------
@pytest.mark.parametrize(("text", "left"), [
    ("Use code FLASK10 \U0001F60A", "Use code FLASK10"),
    ("Use code FLASK10 \U0001F60A\nBye", "Use code FLASK10\nBye"),
    ("Thanks \U0001F60A!", "Thanks!"),
    ("Thanks \U0001F60A see you", "Thanks see you"),
    ("Thanks\U0001F60A see you", "Thanks see you"),
    ("\U0001F60A Thanks", "Thanks"),
    ("Hi,\n\U0001F60A\nBye", "Hi,\nBye"),
])
def test_remove_the_emoji_leaves_no_stray_space(text: str, left: str) -> None:
    [finding] = list(check_emoji(Message(text=text)))
    assert finding.fix is not None
    assert finding.fix.apply(text) == left


def test_a_span_of_only_white_space_is_left_as_asked() -> None:
    from composer.policy.tidy import removal_span

    assert removal_span("a  b", 1, 3) == (1, 3)


@pytest.mark.parametrize(("text", "left"), [
    ("Visit www.shop.com.\nBest wishes", "Best wishes"),
    ("Hi,\nwrite to anna@shop-mail.com.\nbest wishes, Tom", "Hi,\nbest wishes, Tom"),
])
def test_a_greeting_on_the_next_line_is_not_part_of_the_address(text: str, left: str) -> None:
    # "shop.com." + "Best" was read as one address split by the line break (.best is an
    # ending), and the fix took the greeting with it
    assert removed(text)[0] == left


# ---- the same promises for any line of words ----------------------------------------------

_LINE = st.lists(st.sampled_from(["word", "Hi!", "x", "\U0001F60A", "."]), min_size=1,
                 max_size=6).map(" ".join)


@given(st.lists(_LINE, min_size=1, max_size=5), st.data())
def test_removing_any_word_keeps_other_lines_and_single_spaces(lines, data) -> None:
    from composer.policy.tidy import removal_span

    text = "\n".join(lines)
    words = [(i, i + len(w)) for i, w in _positions(text)]
    start, end = data.draw(st.sampled_from(words))
    cut = removal_span(text, start, end)
    left = text[:cut[0]] + text[cut[1]:]
    assert cut[0] <= start and cut[1] >= end
    assert "  " not in left and " \n" not in left and "\n " not in left
    emptied = text[:start].rsplit("\n", 1)[-1].strip() == "" and \
        text[end:].split("\n", 1)[0].strip() == ""
    assert left.count("\n") == text.count("\n") - (1 if emptied and "\n" in text else 0)


def _positions(text: str):
    at = 0
    for word in text.replace("\n", " ").split(" "):
        yield at, word
        at += len(word) + 1
