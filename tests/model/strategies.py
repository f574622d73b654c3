"""Hypothesis strategies that build well-formed records (references consistent by construction)."""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar

from hypothesis import strategies as st

from sessional.model import (
    LANGUAGES,
    Agenda,
    AgendaItem,
    Attendance,
    Body,
    DateRange,
    Delegation,
    Document,
    FactList,
    ItemNarrative,
    ItemRef,
    JointSymbol,
    Meeting,
    Narrative,
    OrgRef,
    Paragraph,
    Person,
    Record,
    ReportMeta,
    Session,
    Statement,
    StatementGroup,
    SubItem,
    Unknown,
)

T = TypeVar("T")

# Text a record may hold: no control characters but tab and new line, no lone surrogates,
# no U+FFFE or U+FFFF (tests/model/test_limits.py tries the others).
text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"),
                             include_characters="\t\n", exclude_characters="\ufffe\uffff"),
               min_size=1, max_size=20)
localized = st.dictionaries(st.sampled_from(LANGUAGES), text, max_size=3)
days = st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31))
iso3 = st.from_regex(r"[A-Z]{3}", fullmatch=True)
unknown = st.builds(Unknown, note=st.none() | text)


def or_unknown(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | Unknown]:
    return strategy | unknown


def fact_list(items: st.SearchStrategy[T]) -> st.SearchStrategy[FactList[Any]]:
    known = st.builds(FactList, status=st.sampled_from(["complete", "partial"]),
                      items=st.lists(items, max_size=4).map(tuple), note=st.none() | text)
    return known | st.builds(FactList, status=st.just("unknown"), note=st.none() | text)


@st.composite
def date_ranges(draw: st.DrawFn) -> DateRange:
    start = draw(days)
    return DateRange(start=start, end=start + dt.timedelta(days=draw(st.integers(0, 14))))


def agenda_items(count: int) -> st.SearchStrategy[tuple[AgendaItem, ...]]:
    item = st.builds(AgendaItem, number=st.just("0"), title=localized,
                     sub_items=st.lists(st.builds(SubItem, letter=st.sampled_from("abcd"),
                                                  title=localized), max_size=2).map(tuple))
    return st.lists(item, min_size=count, max_size=count).map(
        lambda items: tuple(i.model_copy(update={"number": str(n + 1)})
                            for n, i in enumerate(items)))


@st.composite
def records(draw: st.DrawFn) -> Record:
    keys = draw(st.lists(st.sampled_from(["IC", "TA", "WG1", "COP"]), min_size=1, max_size=3,
                         unique=True))
    bodies = [Body(key=k, name=draw(localized), symbol_series=f"CTOC/{k}") for k in keys]
    sessions = []
    for k in keys:
        items = draw(agenda_items(draw(st.integers(0, 5))))
        agenda = Agenda(adopted_at_meeting=draw(or_unknown(st.integers(1, 9))),
                        adopted_on=draw(or_unknown(days)), items=items)
        meetings = draw(fact_list(st.builds(Meeting, number=st.integers(1, 30),
                                            date=or_unknown(days))))
        sessions.append(Session(body=k, ordinal=draw(or_unknown(st.integers(1, 40))),
                                dates=draw(or_unknown(date_ranges())), venue=draw(localized),
                                meetings_held=draw(or_unknown(st.integers(1, 30))),
                                meetings=meetings, agenda=agenda))
    refs = [ItemRef(body=s.body, number=i.number) for s in sessions for i in s.agenda.items]
    item_refs = st.sampled_from(refs) if refs else st.builds(ItemRef, number=st.just("1"))
    delegation = st.builds(Delegation, state=iso3) | st.builds(
        Delegation, organization=st.builds(OrgRef, key=st.sampled_from(["eu", "unodc"])))
    statements = draw(st.lists(st.builds(
        StatementGroup, kind=st.sampled_from(["statement", "presentation", "panel"]),
        items=fact_list(item_refs),
        statements=fact_list(st.builds(Statement, delegation=delegation,
                                       meeting=st.none() | or_unknown(st.integers(1, 9))))),
        max_size=3))
    paragraph = st.builds(lambda t, lang: Paragraph(text={lang: t}, source_language=lang),
                          text, st.sampled_from(LANGUAGES))
    symbols = st.sampled_from(["CTOC/COP/WG.3/2017/1-CTOC/COP/WG.2/2017/1",
                               "CTOC/COP/2018/L.1/Rev.1", "E/CN.15/2017/L.1/Add.2"])
    return Record(
        format="sessional-record", schema_version=1, bodies=tuple(bodies),
        sessions=tuple(sessions),
        attendance=Attendance(states_parties=draw(fact_list(iso3)),
                              signatories=draw(fact_list(iso3)),
                              intergovernmental_organizations=draw(fact_list(
                                  st.builds(OrgRef, name=localized.filter(bool))))),
        officers=tuple(draw(st.lists(st.builds(
            Person, name=text.filter(str.strip), role=st.sampled_from(["chair", "rapporteur"]),
            state=st.none() | iso3, bodies=st.just((keys[0],))), max_size=2))),
        statements=tuple(statements),
        documents=draw(fact_list(st.builds(Document, symbol=symbols.map(JointSymbol.parse),
                                           title=localized, bodies=st.just((keys[0],))))),
        narrative=Narrative(introduction=draw(fact_list(paragraph)), deliberations=tuple(
            draw(st.lists(st.builds(ItemNarrative, body=st.sampled_from(keys),
                                    paragraphs=fact_list(paragraph)), max_size=2)))),
        report=ReportMeta(original_language=draw(st.sampled_from(LANGUAGES)),
                          adopted_on=draw(or_unknown(days))),
    )
