"""Amazon's All Orders report: a realistic one, odd but valid ones, and broken ones."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from composer.clock.orderreport import (
    OrderReportError,
    average_orders,
    import_report,
    parse_orders,
    parse_purchase_date,
)

DATA = Path(__file__).parent / "data" / "orders"
TODAY = date(2026, 11, 26)
HEADER = "amazon-order-id\tmerchant-order-id\tpurchase-date\torder-status\tsku"


def report(*rows: str, header: str = HEADER) -> str:
    return "\n".join([header, *rows]) + "\n"


def test_a_realistic_report_over_30_and_7_days() -> None:
    # BOM, CRLF, 31 columns, one line per item, cancelled and pending orders.
    month = import_report(DATA / "all_orders_gb.txt", TODAY, 30)
    assert (month.orders, month.cancelled, month.days) == (140, 6, 30)
    assert month.average == pytest.approx(140 / 30)
    assert (month.first_day, month.last_day) == (date(2026, 10, 27), date(2026, 11, 25))
    assert (month.first_order, month.last_order) == (date(2026, 10, 10), date(2026, 11, 26))
    assert month.lines == 274
    assert month.notes == ()
    week = import_report(DATA / "all_orders_gb.txt", TODAY, 7)
    assert (week.orders, week.cancelled) == (33, 1)
    assert week.setting_value == 4.7  # 4.714… rounded down, never up


def test_one_order_on_many_lines_counts_once() -> None:
    text = report("111-0000000-0000001\t\t2026-11-20T10:00:00+00:00\tShipped\tA",
                  "111-0000000-0000001\t\t2026-11-20T10:00:00+00:00\tShipped\tB",
                  "111-0000000-0000002\t\t2026-11-21T10:00:00+00:00\tShipped\tA")
    assert average_orders(parse_orders(text), TODAY, 7).orders == 2


def test_an_order_cancelled_on_one_line_but_shipped_on_another_counts() -> None:
    text = report("111-0000000-0000001\t\t2026-11-20T10:00:00+00:00\tCancelled\tA",
                  "111-0000000-0000001\t\t2026-11-20T10:00:00+00:00\tShipped\tB",
                  "111-0000000-0000002\t\t2026-11-21T10:00:00+00:00\tCancelled\tA")
    result = average_orders(parse_orders(text), TODAY, 7)
    assert (result.orders, result.cancelled) == (1, 1)


def test_the_day_of_an_order_is_the_day_in_the_sellers_zone() -> None:
    text = report("111-0000000-0000001\t\t2026-11-25T23:30:00+00:00\tShipped\tA",
                  "111-0000000-0000002\t\t2026-11-19T02:00:00Z\tShipped\tA")
    orders = parse_orders(text)
    # The period is 19–25 Nov. In UTC both orders are inside it.
    assert average_orders(orders, TODAY, 7, ZoneInfo("UTC")).orders == 2
    # In Berlin the first is already the 26th: today, which is not over, so not counted.
    assert average_orders(orders, TODAY, 7, ZoneInfo("Europe/Berlin")).orders == 1
    # In New York the second is still the 18th, before the period.
    assert average_orders(orders, TODAY, 7, ZoneInfo("America/New_York")).orders == 1


def test_extra_columns_in_another_order_and_blank_lines_are_fine() -> None:
    text = ("\ufeffsku\tPurchase-Date\tfoo\tAMAZON-ORDER-ID\r\n\r\n"
            "A\t2026-11-24T08:00:00-08:00\tx\t111-0000000-0000001\r\n\r\n")
    orders = parse_orders(text)
    assert [o.order_id for o in orders] == ["111-0000000-0000001"]
    assert orders[0].line == 3


def test_a_short_report_says_it_covers_fewer_days(tmp_path: Path) -> None:
    text = report("111-0000000-0000001\t\t2026-11-20T10:00:00+00:00\tShipped\tA")
    result = average_orders(parse_orders(text), TODAY, 30)
    assert result.average == pytest.approx(1 / 30)
    assert any("covers only 6 of the 30 days" in note for note in result.notes)


def test_windows_1252_text_is_read(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(report("111-0000000-0000001\t\t2026-11-20T10:00:00+00:00\tShipped\tCaf\xe9"
                            ).encode("cp1252"))
    assert import_report(path, TODAY, 7).orders == 1


@pytest.mark.parametrize(("value", "ok"), [
    ("2026-11-20T14:03:11+00:00", True), ("2026-11-20T14:03:11Z", True),
    ("2026-11-20T14:03:11-08:00", True), ("2026-11-20 14:03:11 UTC", True),
    ("2026-11-20", True), ("20/11/2026 14:03", False), ("", False), ("soon", False),
])
def test_purchase_dates(value: str, ok: bool) -> None:
    assert (parse_purchase_date(value) is not None) is ok


def test_a_date_mangled_by_a_spreadsheet_names_line_and_column() -> None:
    with pytest.raises(OrderReportError) as caught:
        import_report(DATA / "broken_date.txt", TODAY, 7)
    error = caught.value
    assert (error.line, error.column) == (5, "purchase-date")
    assert str(error).startswith("Line 5, column “purchase-date”: “20/11/2026 14:03”")


def test_a_line_cut_short_names_the_missing_column() -> None:
    with pytest.raises(OrderReportError) as caught:
        import_report(DATA / "broken_short_line.txt", TODAY, 7)
    assert (caught.value.line, caught.value.column) == (8, "purchase-date")
    assert "Line 8 has only 2 columns" in str(caught.value)


def test_a_csv_is_not_the_report() -> None:
    with pytest.raises(OrderReportError) as caught:
        import_report(DATA / "saved_as_csv.txt", TODAY, 7)
    assert caught.value.line == 1
    assert "no tabs" in str(caught.value)


@pytest.mark.parametrize(("text", "words"), [
    ("", "The file is empty"),
    ("order-id\tdate\n1\t2\n", "the column “amazon-order-id” is missing"),
    (report("\t\t2026-11-20T10:00:00+00:00\tShipped\tA"), "Line 2, column “amazon-order-id”"),
    (report("111-0000000-0000001\t\t\tShipped\tA"), "the date is empty"),
])
def test_broken_reports_say_what_is_wrong(text: str, words: str) -> None:
    with pytest.raises(OrderReportError, match=words):
        parse_orders(text)


def test_a_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    path.write_bytes(b"PK\x03\x04\x00\x00binary")
    with pytest.raises(OrderReportError, match="not a text report"):
        import_report(path, TODAY)


def test_a_product_name_with_a_line_separator_stays_on_its_line() -> None:
    # U+2028, U+0085 and a form feed are not line ends in a tab-separated report.
    header = HEADER + "\tproduct-name"
    rows = [f"111-0000000-000000{n}\t\t2026-11-2{n}T10:00:00+00:00\tShipped\tA\tMug{sep}blue"
            for n, sep in ((1, "\u2028"), (2, "\u0085"), (3, "\x0c"))]
    with pytest.raises(OrderReportError) as caught:
        parse_orders("\r\n".join([header, *rows, "111-0000000-0000009\t\tnot a date"]))
    assert caught.value.line == 5  # the real line, not one shifted by the separators
    assert len(parse_orders("\r\n".join([header, *rows]))) == 3


def test_an_empty_date_is_one_plain_sentence() -> None:
    with pytest.raises(OrderReportError) as caught:
        parse_orders(report("111-0000000-0000001\t\t\tShipped\tA"))
    assert str(caught.value).startswith("Line 2, column “purchase-date”: the date is empty. ")
    assert "empty Seller Composer" not in str(caught.value)
