"""Dates, counts, ordinals and lists as the UN writes them in each language."""

from __future__ import annotations

import datetime as dt

import pytest

from sessional.compose.catalog import phrases
from sessional.compose.formats import (
    count_text,
    date_text,
    item_numbers,
    join_bodies,
    join_list,
    ordinal_text,
    pair_count_text,
    range_text,
    session_ordinal_text,
)
from sessional.compose.tree import Placeholder, Text, plain

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


def test_tentative_agenda_item_numbers_are_in_square_brackets_and_marked() -> None:
    """The seed writes a tentative end of a range in square brackets ("2[至 4]"): a gap noted
    for the editor; a tentative item of a list is bracketed alone."""
    en = phrases("en")
    parts = item_numbers(en, ["2", "3", "4"], [False, True, True], True, "$.statements[0].items")
    assert plain(parts) == "2 [to 4]"
    assert [(p.text, p.kind, p.path, p.note) for p in parts if isinstance(p, Placeholder)] == [
        ("[to 4]", "tentative", "$.statements[0].items", "end of the range not yet confirmed")]
    parts = item_numbers(en, ["1", "2", "5"], [False, True, False], False, "$.statements[1].items")
    assert plain(parts) == "1, [2] and 5"
    assert [(p.text, p.kind, p.path, p.note) for p in parts if isinstance(p, Placeholder)] == [
        ("[2]", "tentative", "$.statements[1].items", "agenda item not yet confirmed")]


@pytest.mark.parametrize(("lang", "tentative", "expected"), [
    ("en", [False, False], "8 and 9"),
    ("en", [False, True], "8 and [9]"),
    ("fr", [False, False], "8 et 9"),
    ("zh", [False, False], "8、9"),  # the seed, para 19: "议程项目 1、2、3 下"
])
def test_two_consecutive_items_taken_together_are_two_items_not_a_range(
        lang: str, tentative: list[bool], expected: str) -> None:
    """UN documents write "Items 8 and 9 of the provisional agenda" (E/CN.7/2008/CRP.13), never
    "8 to 9": a range starts at three items."""
    assert plain(item_numbers(phrases(lang), ["8", "9"], tentative, True)) == expected


D10 = dt.date(2017, 10, 10)


@pytest.mark.parametrize(("lang", "two_days", "two_days_short", "short", "one_day"), [
    ("en", "on 9 and 10 October 2017", "9 and 10 October 2017", "9-13 October 2017",
     "9 October 2017"),
    ("fr", "les 9 et 10 octobre 2017", "9 et 10 octobre 2017", "9-13 octobre 2017",
     "9 octobre 2017"),
    ("es", "los días 9 y 10 de octubre de 2017", "9 y 10 de octubre de 2017",
     "9 a 13 de octubre de 2017", "9 de octubre de 2017"),
    ("ar", "يومي 9 و10 تشرين الأول/أكتوبر 2017", "9 و10 تشرين الأول/أكتوبر 2017",
     "9-13 تشرين الأول/أكتوبر 2017", "9 تشرين الأول/أكتوبر 2017"),
    ("zh", "2017 年 10 月 9 日和 10 日", "2017 年 10 月 9 日和 10 日", "2017 年 10 月 9 日至 13 日",
     "2017 年 10 月 9 日"),
])
def test_a_session_of_two_days_or_one_and_the_short_form_of_headings(
        lang: str, two_days: str, two_days_short: str, short: str, one_day: str) -> None:
    ph = phrases(lang)  # type: ignore[arg-type]
    assert range_text(ph, D9, D10) == two_days
    assert range_text(ph, D9, D10, short=True) == two_days_short
    assert range_text(ph, D9, D13, short=True) == short
    assert range_text(ph, D9, D9) == one_day
    assert range_text(ph, D9, D9, short=True) == one_day


def test_a_range_from_the_first_of_a_month_and_across_months_in_chinese() -> None:
    fr, zh = phrases("fr"), phrases("zh")
    assert range_text(fr, dt.date(2017, 10, 1), dt.date(2017, 10, 3)) == "du 1er au 3 octobre 2017"
    assert range_text(fr, dt.date(2017, 10, 1), dt.date(2017, 10, 2)) == "les 1er et 2 octobre 2017"
    assert range_text(fr, dt.date(2017, 9, 1), dt.date(2017, 10, 3)) == \
        "du 1er septembre au 3 octobre 2017"
    assert range_text(zh, dt.date(2017, 9, 29), dt.date(2017, 10, 1)) == \
        "2017 年 9 月 29 日至 10 月 1 日"  # months in figures


def test_english_spells_counts_up_to_nine() -> None:
    assert [count_text(phrases("en"), n) for n in (9, 10)] == ["nine", "10"]


def test_ranges_across_months_and_years_in_french_russian_and_arabic() -> None:
    assert range_text(phrases("fr"), dt.date(2017, 9, 29), dt.date(2017, 10, 1)) == \
        "du 29 septembre au 1er octobre 2017"
    assert range_text(phrases("ru"), dt.date(2017, 12, 30), dt.date(2018, 1, 2)) == \
        "с 30 декабря 2017 года по 2 января 2018 года"
    assert range_text(phrases("ar"), dt.date(2017, 9, 29), dt.date(2017, 10, 3)) == \
        "من 29 أيلول/سبتمبر إلى 3 تشرين الأول/أكتوبر 2017"


@pytest.mark.parametrize(("lang", "ordinals", "object_form"), [
    ("en", ["first", "eighth", "eleventh", "twenty-fifth"], "eighth"),
    ("fr", ["première", "huitième", "onzième", "vingt-cinquième"], "huitième"),
    ("es", ["primer", "octavo", "11º", "25º"], "octavo"),
    ("ru", ["первой", "восьмой", "одиннадцатой", "двадцать пятой"], "восьмую"),
    ("ar", ["الأولى", "الثامنة", "الحادية عشرة", "الخامسة والعشرون"], "الثامنة"),
    ("zh", ["一", "八", "十一", "二十五"], "八"),
])
def test_session_ordinals_in_words_or_figures(lang: str, ordinals: list[str],
                                              object_form: str) -> None:
    """'its eighth session', 'sa huitième session', 'su octavo período de sesiones' (figures
    above ten: '11º'), 'на своей восьмой сессии' ('провести восьмую сессию'), 第八届."""
    ph = phrases(lang)  # type: ignore[arg-type]
    assert [session_ordinal_text(ph, n) for n in (1, 8, 11, 25)] == ordinals
    assert session_ordinal_text(ph, 8, "object") == object_form


def test_spanish_writes_session_ordinals_in_words_up_to_the_tenth() -> None:
    assert session_ordinal_text(phrases("es"), 10) == "décimo"
    assert session_ordinal_text(phrases("es"), 11) == "11º"


def test_two_bodies_are_counted_as_each_language_counts_them() -> None:
    assert pair_count_text(phrases("zh"), 2) == "两"  # 两个工作组
    assert pair_count_text(phrases("en"), 2) == "two"
    assert count_text(phrases("ru"), 2, "count-rule-set (bodies)") == "две"  # две рабочие группы
    assert count_text(phrases("ru"), 2) == "два"
    assert count_text(phrases("fr"), 10) == "10"


def test_bodies_join_with_the_preposition_repeated_where_the_language_does() -> None:
    three = names("A", "B", "C")
    assert plain(join_bodies(phrases("en"), three)) == "A, B and C"
    assert plain(join_bodies(phrases("en"), three, "title")) == "A, B and C"
    assert plain(join_bodies(phrases("fr"), three, "title")) == "A, de B et de C"
    assert plain(join_bodies(phrases("fr"), names("A", "B"))) == "A et B"
    assert plain(join_bodies(phrases("es"), names("A", "B"), "title")) == "A y de B"
    assert plain(join_bodies(phrases("zh"), three)) == "A、B和C"


@pytest.mark.parametrize(("word", "joined"), [
    ("Irlanda", "Francia e Irlanda"), ("Híbrido", "Francia e Híbrido"),
    ("Ítaca", "Francia e Ítaca"),
    ("Hiroshima", "Francia e Hiroshima"), ("Hielo", "Francia y Hielo"),
    ("hierro", "Francia y hierro"), ("Hungría", "Francia y Hungría"),
])
def test_spanish_and_becomes_e_before_the_sound_i(word: str, joined: str) -> None:
    """RAE: 'e' before a word beginning with the sound /i/ (i-, hi-), not before hie-."""
    assert plain(join_list(phrases("es"), names("Francia", word), True)) == joined
    # the first word is the first text that is not empty
    assert plain(join_list(phrases("es"), [(Text("Francia"),), (Text(""), Text(word))],
                           True)) == joined
