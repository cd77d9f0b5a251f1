"""Command-line hygiene: numbers out of range are bad usage, a closed pipe ends quietly."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest

from composer import cli
from composer.cli import main
from composer.store import open_store


@pytest.mark.parametrize("number", ["99999999999999999999", "-1", "0", "1.5", "1e3", "",
                                    "9223372036854775808", "٣"])
def test_a_draft_number_out_of_range_is_bad_usage(tmp_path, capsys, number):
    open_store(tmp_path).close()
    with pytest.raises(SystemExit) as stopped:
        main(["drafts", "show", "--data-dir", str(tmp_path), "--", number])
    err = capsys.readouterr().err
    assert stopped.value.code == 2 and "is not a draft number" in err
    assert len(err.strip().splitlines()) == 1


def test_the_largest_possible_draft_number_is_simply_not_found(tmp_path, capsys):
    open_store(tmp_path).close()
    assert main(["drafts", "show", str(2**63 - 1), "--data-dir", str(tmp_path)]) == 2
    assert "There is no draft number" in capsys.readouterr().err


def test_the_store_refuses_a_number_it_cannot_hold(tmp_path):
    from composer.store import DraftNotFoundError
    from composer.store.listing import drafts_show

    store = open_store(tmp_path)
    try:
        for number in (2**63, 10**20, -(2**64)):
            with pytest.raises(DraftNotFoundError):  # not OverflowError
                drafts_show(store, number)
    finally:
        store.close()


@pytest.mark.parametrize("orders", ["-1", "1e400", "1e300", "nan", "inf", "-inf", "1000001",
                                    "twelve"])
def test_orders_out_of_range_are_bad_usage(tmp_path, capsys, orders):
    with pytest.raises(SystemExit) as stopped:
        main(["quota", "--data-dir", str(tmp_path), f"--orders={orders}"])
    assert stopped.value.code == 2
    assert "orders per day from 0 to 1,000,000" in capsys.readouterr().err


def test_orders_in_range_work(tmp_path, capsys):
    assert main(["quota", "--data-dir", str(tmp_path), "--orders", "-0", "--json"]) == 0
    assert '"orders": 0.0' in capsys.readouterr().out
    assert main(["quota", "--data-dir", str(tmp_path), "--orders", "1000000"]) == 0


def test_a_closed_pipe_ends_quietly(tmp_path):
    """``check … | head -1``: the reader goes after one line; no traceback follows."""
    source = tmp_path / "m.txt"
    source.write_text("Visit www.myshop.com for 10% off!\n", encoding="utf-8")
    # Enough findings to fill the pipe (about 500 KB) so writing really fails.
    command = [sys.executable, "-m", "composer", "check", *[str(source)] * 1500]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()
    err = process.stderr.read().decode()
    code = process.wait(timeout=120)
    assert b"block" in first
    assert "Traceback" not in err and "BrokenPipe" not in err and err == ""
    assert code == 1  # the command's own status: a message is blocked


def test_output_to_a_reader_that_has_gone_is_dropped():
    class Gone(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    guard = cli._DropWhenClosed(Gone())
    assert guard.write("line\n") == 5
    assert guard.reader_gone
    guard.write("more\n")  # dropped, no error
    guard.flush()


def test_ctrl_c_stops_a_command_quietly(monkeypatch, capsys, tmp_path):
    import composer.commands.clean as clean

    def interrupted(args):
        raise KeyboardInterrupt

    monkeypatch.setattr(clean, "run", interrupted)
    source = tmp_path / "m.html"
    source.write_text("<p>x</p>", encoding="utf-8")
    assert main(["clean", str(source)]) == 130
    assert capsys.readouterr().err == "seller-composer: stopped\n"
