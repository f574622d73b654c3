"""The list of speakers in the record: each change of a list as a new record, and a finished
speech entered among the statements, so that the report's "statements were made by…"
paragraphs name the delegations that spoke without anyone typing them again."""

from __future__ import annotations

import datetime as dt

from . import floor
from .facts import FactList
from .record import Record
from .speakers import STATEMENT_KIND, FloorRequest, ListPlace
from .statements import ItemRef, Statement, StatementGroup, StatementKind


def inscribe(record: Record, request: FloorRequest) -> Record:
    return record.model_copy(update={
        "speakers": floor.inscribe(record.speakers, record.speaker_lists, request)})


def withdraw(record: Record, index: int) -> Record:
    return record.model_copy(update={"speakers": floor.withdraw(record.speakers, index)})


def move(record: Record, index: int, to: int) -> Record:
    return record.model_copy(update={"speakers": floor.move(record.speakers, index, to)})


def move_up(record: Record, index: int) -> Record:
    return record.model_copy(update={"speakers": floor.move_up(record.speakers, index)})


def move_down(record: Record, index: int) -> Record:
    return record.model_copy(update={"speakers": floor.move_down(record.speakers, index)})


def close(record: Record, place: ListPlace) -> Record:
    return record.model_copy(update={"speaker_lists": floor.close(record.speaker_lists, place)})


def reopen(record: Record, place: ListPlace) -> Record:
    return record.model_copy(update={"speaker_lists": floor.reopen(record.speaker_lists, place)})


def call_next(record: Record, place: ListPlace, at: dt.datetime | None = None) -> Record:
    requests, ended = floor.call_next(record.speakers, place, at)
    return _spoken(record.model_copy(update={"speakers": requests}), ended)


def finish(record: Record, place: ListPlace, at: dt.datetime | None = None) -> Record:
    requests, ended = floor.finish(record.speakers, place, at)
    return _spoken(record.model_copy(update={"speakers": requests}), ended)


def spoke(record: Record, index: int, at: dt.datetime | None = None) -> Record:
    """The request recorded as spoken (by the Secretariat, from the room): a statement."""
    requests, ended = floor.spoke(record.speakers, index, at)
    return _spoken(record.model_copy(update={"speakers": requests}), ended)


def _spoken(record: Record, ended: list[FloorRequest]) -> Record:
    groups = record.statements
    for request in ended:
        groups = with_statement(groups, request)
    return record.model_copy(update={"statements": groups})


def with_statement(groups: tuple[StatementGroup, ...],
                   request: FloorRequest) -> tuple[StatementGroup, ...]:
    """The statements with the finished speech added: to the first group of its kind that
    lists its agenda item, else to a new group of that item (its list of statements partial:
    more may speak). A speech on no agenda item, or a point of order, adds none."""
    kind = STATEMENT_KIND[request.kind]
    if kind is None or request.item is None:
        return groups
    statement = Statement(delegation=request.delegation, on_behalf_of=request.on_behalf_of,
                          meeting=request.meeting)
    for g, group in enumerate(groups):
        if group.kind == kind and any(_same_item(ref, request.item) for ref in group.items.items):
            return (*groups[:g], _added(group, statement), *groups[g + 1:])
    return (*groups, _new_group(kind, request.item, statement))


def _same_item(ref: ItemRef, item: ItemRef) -> bool:
    return ref.number == item.number and (item.body is None or ref.body in (None, item.body))


def _added(group: StatementGroup, statement: Statement) -> StatementGroup:
    status = "partial" if group.statements.status == "unknown" else group.statements.status
    statements = group.statements.model_copy(update={
        "status": status, "items": (*group.statements.items, statement)})
    return group.model_copy(update={"statements": statements})


def _new_group(kind: StatementKind, item: ItemRef, statement: Statement) -> StatementGroup:
    return StatementGroup(kind=kind, items=FactList[ItemRef](items=(item,)),
                          statements=FactList[Statement](status="partial", items=(statement,)))
