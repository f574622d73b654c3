"""Dates, counts, ordinals and lists as the UN writes them in each language."""

from __future__ import annotations

import datetime as dt

import pytest

from sessional.compose.catalog import phrases
from sessional.compose.formats import (
    count_text,
    date_text,
    item_numbers,
    join_list,
    ordinal_text,
    range_text,
)
from sessional.compose.tree import Text, plain

D9, D13 = dt.date(2017, 10, 9), dt.date(2017, 10, 13)


@pytest.mark.parametrize(("lang", "date", "span", "count", "ordinal"), [
    ("zh", "2017 年 10 月 9 日", "2017 年 10 月 9 日至 13 日", "八", "一"),
    ("en", "9 October 2017", "from 9 to 13 October 2017", "eight", "1st"),
    ("fr", "9 octobre 2017", "du 9 au 13 octobre 2017", "huit", "1re"),
    ("es", "9 de octubre de 2017", "del 9 al 13 de octubre de 2017", "ocho", "1.ª"),
    ("ru", "9 октября 2017 года", "с 9 по 13 октября 2017 года", "восемь", "1-м"),
    ("ar", "9 تشرين الأول/أكتوبر 2017", "من 9 إلى 13 تشرين الأول/أكتوبر 2017", "ثماني",
     "الأولى"),
])
def test_dates_counts_and_ordinals(lang: str, date: str, span: str, count: str,
                                   ordinal: str) -> None:
    ph = phrases(lang)  # type: ignore[arg-type]
    assert date_text(ph, D9) == date
    assert range_text(ph, D9, D13) == span
    assert count_text(ph, 8) == count
    assert ordinal_text(ph, 1) == ordinal


def test_french_first_of_the_month_and_ranges_across_months() -> None:
    assert date_text(phrases("fr"), dt.date(2017, 10, 1)) == "1er octobre 2017"
    assert range_text(phrases("en"), dt.date(2017, 9, 29), dt.date(2017, 10, 3)) == \
        "from 29 September to 3 October 2017"
    assert range_text(phrases("zh"), dt.date(2017, 12, 30), dt.date(2018, 1, 2)) == \
        "2017 年 12 月 30 日至2018 年 1 月 2 日"
    assert count_text(phrases("en"), 12) == "12"
    assert count_text(phrases("zh"), 12) == "十二"


def test_every_month_in_french_and_spanish() -> None:
    fr = [date_text(phrases("fr"), dt.date(2017, m, 9)).split()[1] for m in range(1, 13)]
    assert fr == ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                  "septembre", "octobre", "novembre", "décembre"]
    es = [date_text(phrases("es"), dt.date(2017, m, 9)).split()[2] for m in range(1, 13)]
    assert es == ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre", "octubre", "noviembre", "diciembre"]


def names(*items: str) -> list[tuple[Text, ...]]:
    return [(Text(i),) for i in items]


def test_lists_join_as_each_language_does() -> None:
    assert plain(join_list(phrases("en"), names("Chile", "China", "Yemen"), True)) == \
        "Chile, China and Yemen"
    zh = join_list(phrases("zh"), names("智利", "中国", "也门"), True)
    assert plain(zh) == "智利、中国、也门"
    assert plain(join_list(phrases("es"), names("Francia", "Italia"), True)) == "Francia e Italia"
    assert plain(join_list(phrases("es"), names("Francia", "Hungría"), True)) == \
        "Francia y Hungría"
    assert plain(join_list(phrases("ar"), names("الجزائر", "الأرجنتين"), True)) == \
        "الجزائر، والأرجنتين"
    assert plain(join_list(phrases("en"), names("Chile", "China"), False)) == "Chile, China"


def test_agenda_item_numbers() -> None:
    en, zh = phrases("en"), phrases("zh")
    assert plain(item_numbers(en, ["1", "2", "3"], [False] * 3, False)) == "1, 2 and 3"
    assert plain(item_numbers(en, ["5", "6", "7"], [False] * 3, True)) == "5 to 7"
    assert plain(item_numbers(zh, ["2", "3", "4"], [False, True, True], True)) == "2[至 4]"
    assert plain(item_numbers(zh, ["2", "4", "5"], [False] * 3, True)) == "2、4、5"
