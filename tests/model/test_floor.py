"""The list of speakers as pure functions: order, points of order, calling, closing, and the
statements a finished speech leaves in the record."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sessional.model import (
    Record,
    floor,
    floor_record,
    record_from_data,
    record_from_json,
    record_to_data,
)
from sessional.model.floor import FloorRefused, ListClosed, NoSuchRequest
from sessional.model.speakers import FloorRequest, ListPlace
from sessional.model.wording import say

from ..conftest import EXAMPLE

ITEM_3 = {"body": "TA", "number": "3"}
HERE = ListPlace.model_validate({"item": ITEM_3, "meeting": 1})
ELSEWHERE = ListPlace.model_validate({"item": {"body": "IC", "number": "5"}, "meeting": 1})


def load_example() -> Record:
    return record_from_json(EXAMPLE.read_text(encoding="utf-8"))


def ask(state: str, kind: str = "statement", where: ListPlace = HERE, **more: Any) -> FloorRequest:
    return FloorRequest.model_validate({
        "delegation": {"state": state}, "kind": kind, **where.model_dump(), **more})


def states(requests: floor.Requests, where: ListPlace = HERE) -> list[str | None]:
    return [r.delegation.state for _, r in floor.on_list(requests, where)]


def listed(*asked: FloorRequest) -> floor.Requests:
    requests: floor.Requests = ()
    for request in asked:
        requests = floor.inscribe(requests, (), request)
    return requests


def test_requests_keep_their_order_of_arrival_per_list() -> None:
    requests = listed(ask("AUT"), ask("BRA", where=ELSEWHERE), ask("CHN"), ask("DEU"))
    assert states(requests) == ["AUT", "CHN", "DEU"]
    assert states(requests, ELSEWHERE) == ["BRA"]


def test_a_point_of_order_goes_ahead_of_the_waiting_speakers_behind_the_one_speaking() -> None:
    requests, _ = floor.call_next(listed(ask("AUT"), ask("CHN"), ask("DEU")), HERE)
    requests = floor.inscribe(requests, (), ask("EGY", "point_of_order"))
    requests = floor.inscribe(requests, (), ask("FRA", "point_of_order"))
    assert states(requests) == ["AUT", "EGY", "FRA", "CHN", "DEU"]
    assert [r.status for _, r in floor.on_list(requests, HERE)] == [
        "speaking", "waiting", "waiting", "waiting", "waiting"]
    requests, ended = floor.call_next(requests, HERE)
    assert [r.delegation.state for r in ended] == ["AUT"]
    assert [(r.delegation.state, r.status) for _, r in floor.on_list(requests, HERE)][:2] == [
        ("AUT", "done"), ("EGY", "speaking")]


def test_calling_the_next_speaker_ends_the_speech_under_way() -> None:
    requests, ended = floor.call_next(listed(ask("AUT"), ask("CHN")), HERE)
    assert ended == []
    requests, ended = floor.call_next(requests, HERE)
    assert [r.status for r in requests] == ["done", "speaking"]
    assert [r.delegation.state for r in ended] == ["AUT"]
    requests, ended = floor.finish(requests, HERE)
    assert [r.status for r in requests] == ["done", "done"]
    with pytest.raises(FloorRefused, match="nobody is waiting"):
        floor.call_next(requests, HERE)
    with pytest.raises(FloorRefused, match="nobody has the floor"):
        floor.finish(requests, HERE)


def test_a_withdrawn_request_is_never_called() -> None:
    requests = floor.withdraw(listed(ask("AUT"), ask("CHN")), 0)
    requests, _ = floor.call_next(requests, HERE)
    assert [(r.delegation.state, r.status) for r in requests] == [
        ("AUT", "withdrawn"), ("CHN", "speaking")]
    with pytest.raises(FloorRefused, match="no longer waiting"):
        floor.withdraw(requests, 1)
    with pytest.raises(NoSuchRequest, match="no request for the floor 7"):
        floor.withdraw(requests, 7)


def test_the_secretariat_moves_a_request_among_the_waiting_ones_of_its_list() -> None:
    requests = listed(ask("AUT"), ask("BRA", where=ELSEWHERE), ask("CHN"), ask("DEU"))
    assert states(floor.move_up(requests, 3)) == ["AUT", "DEU", "CHN"]
    assert states(floor.move_down(requests, 0)) == ["CHN", "AUT", "DEU"]
    assert states(floor.move_up(requests, 0)) == ["AUT", "CHN", "DEU"]  # already first
    assert states(floor.move(requests, 0, 2)) == ["CHN", "DEU", "AUT"]
    assert states(floor.move(requests, 3, 0)) == ["DEU", "AUT", "CHN"]
    assert states(floor.move(requests, 0, 99), ELSEWHERE) == ["BRA"]
    assert states(floor.move(requests, 0, 99)) == ["CHN", "DEU", "AUT"]


def test_a_closed_list_takes_no_request_until_reopened() -> None:
    lists = floor.close((), HERE)
    with pytest.raises(ListClosed, match="the list of speakers is closed"):
        floor.inscribe((), lists, ask("AUT"))
    assert states(floor.inscribe((), lists, ask("AUT", where=ELSEWHERE)), ELSEWHERE) == ["AUT"]
    assert floor.close(lists, HERE) == lists
    reopened = floor.reopen(lists, HERE)
    assert states(floor.inscribe((), reopened, ask("AUT"))) == ["AUT"]


def test_on_behalf_of_a_group_names_the_group() -> None:
    with pytest.raises(ValueError, match="names the group"):
        ask("CUB", "on_behalf")


def test_a_finished_speech_becomes_a_statement_of_its_item_and_meeting() -> None:
    record = load_example()
    assert record.statements[2].statements.status == "unknown"  # TA item 3: nobody yet
    for request in (ask("AUT"), ask("ARG", "on_behalf", on_behalf_of="Group of 77 and China"),
                    ask("BRA", "right_of_reply")):
        record = floor_record.inscribe(record, request)
    for _ in range(3):  # AUT, then ARG, then BRA have the floor
        record = floor_record.call_next(record, HERE)
    record = floor_record.finish(record, HERE)
    group = record.statements[2]
    assert group.statements.status == "partial"
    assert [(s.delegation.state, s.on_behalf_of, s.meeting) for s in group.statements.items] == [
        ("AUT", None, 1), ("ARG", "Group of 77 and China", 1)]
    reply = record.statements[-1]
    assert (reply.kind, [(i.body, i.number) for i in reply.items.items]) == (
        "right_of_reply", [("TA", "3")])
    assert [s.delegation.state for s in reply.statements.items] == ["BRA"]


def test_the_secretariat_records_who_spoke_out_of_the_chairs_order() -> None:
    at = dt.datetime(2017, 10, 12, 10, 19, 30, tzinfo=dt.UTC)
    record = load_example()
    for request in (ask("AUT"), ask("CHN"), ask("DEU")):
        record = floor_record.inscribe(record, request)
    record = floor_record.call_next(record, HERE)  # Austria has the floor
    record = floor_record.spoke(record, 2, at)  # Germany spoke (the chair called it aloud)
    record = floor_record.spoke(record, 0, at)  # Austria's speech is over
    assert [(r.delegation.state, r.status, r.ended_at) for r in record.speakers] == [
        ("AUT", "done", at), ("CHN", "waiting", None), ("DEU", "done", at)]
    assert [s.delegation.state for s in record.statements[2].statements.items] == ["DEU", "AUT"]
    again = floor_record.spoke(record, 2, at)
    assert again.speakers == record.speakers and again.statements == record.statements
    record = floor_record.withdraw(record, 1)
    with pytest.raises(FloorRefused, match="1 was withdrawn: it cannot be recorded as spoken"):
        floor_record.spoke(record, 1, at)


def test_a_point_of_order_is_not_a_statement() -> None:
    record = floor_record.inscribe(load_example(), ask("AUT", "point_of_order"))
    record = floor_record.finish(floor_record.call_next(record, HERE), HERE)
    assert record.statements == load_example().statements
    assert [r.status for r in record.speakers] == ["done"]


def test_a_record_of_before_the_lists_loads_and_keeps_its_requests() -> None:
    data = record_to_data(load_example())
    data["speakers"] = [{"delegation": {"state": "FRA"}, "on_behalf_of": "A"}]
    record = record_from_data(data)
    assert (record.speakers[0].kind, record.speakers[0].status) == ("statement", "waiting")
    assert record.speaker_lists == ()
    assert "speaker_lists" not in record_to_data(record)


STATES = ("AUT", "BRA", "CHN", "DEU", "EGY")
Step = tuple[str, int]
steps = st.lists(st.tuples(
    st.sampled_from(["statement", "point_of_order", "withdraw", "up", "down", "move", "call",
                     "finish"]),
    st.integers(min_value=0, max_value=6)), max_size=30)


def _apply(requests: floor.Requests, step: Step) -> floor.Requests:
    what, n = step
    try:
        if what in ("statement", "point_of_order"):
            return floor.inscribe(requests, (), ask(STATES[n % 5], what, on_behalf_of=str(n)))
        if what == "withdraw":
            return floor.withdraw(requests, n)
        if what in ("up", "down", "move"):
            moved = {"up": floor.move_up, "down": floor.move_down}
            return moved[what](requests, n) if what in moved else floor.move(requests, n, n % 3)
        return (floor.call_next if what == "call" else floor.finish)(requests, HERE)[0]
    except FloorRefused:
        return requests


@settings(max_examples=200, deadline=None)
@given(steps)
def test_no_sequence_of_changes_loses_or_doubles_a_request(sequence: list[Step]) -> None:
    requests: floor.Requests = ()
    for step in sequence:
        before = requests
        requests = _apply(requests, step)
        asked = [r.model_copy(update={"status": "waiting"}) for r in requests]
        if step[0] in ("statement", "point_of_order") and requests != before:
            assert len(requests) == len(before) + 1
        else:  # the same requests, perhaps in another order or with another status
            assert sorted(map(repr, asked)) == sorted(
                repr(r.model_copy(update={"status": "waiting"})) for r in before)
        assert [r.status for r in requests].count("speaking") <= 1
        speaking = [i for i, r in enumerate(requests) if r.status == "speaking"]
        waiting = [i for i, r in enumerate(requests) if r.status == "waiting"]
        assert not speaking or not waiting or speaking[0] < waiting[0]  # the speaker is first


def test_a_delegation_waiting_is_not_inscribed_twice_for_the_same_kind() -> None:
    """A second click on "Ask for the floor" is not a second speech; a right of reply, a point
    of order, another list, or a new request after speaking are taken."""
    requests = listed(ask("FRA"), ask("AUT"))
    with pytest.raises(FloorRefused, match="already waiting on this list"):
        floor.inscribe(requests, (), ask("FRA"))
    requests = floor.inscribe(requests, (), ask("FRA", "right_of_reply"))
    # for a group, France is a speaker of its own (once in its national capacity, once for it)
    requests = floor.inscribe(requests, (), ask("FRA", on_behalf_of="European Union"))
    requests = floor.inscribe(requests, (), ask("FRA", where=ELSEWHERE))
    assert states(requests) == ["FRA", "AUT", "FRA", "FRA"]
    assert states(requests, ELSEWHERE) == ["FRA"]
    requests, _ = floor.finish(floor.call_next(requests, HERE)[0], HERE)  # France has spoken
    assert states(floor.inscribe(requests, (), ask("FRA"))) == ["FRA", "AUT", "FRA", "FRA", "FRA"]


def test_the_record_s_list_is_changed_by_withdrawing_moving_closing_and_reopening() -> None:
    """floor_record: each change of the list of speakers is a new record."""
    record = load_example()
    for state in ("AUT", "CHN", "DEU", "EGY"):
        record = floor_record.inscribe(record, ask(state))

    def at(state: str) -> int:
        return next(i for i, r in floor.on_list(record.speakers, HERE)
                    if r.delegation.state == state)

    def waiting() -> list[str | None]:
        return [r.delegation.state for _, r in floor.on_list(record.speakers, HERE)
                if r.status == "waiting"]

    record = floor_record.withdraw(record, at("CHN"))
    assert record.speakers[at("CHN")].status == "withdrawn"
    assert states(record.speakers) == ["AUT", "CHN", "DEU", "EGY"]  # it keeps its place
    record = floor_record.move(record, at("EGY"), 0)
    assert waiting() == ["EGY", "AUT", "DEU"]
    record = floor_record.move_down(record, at("EGY"))
    assert waiting() == ["AUT", "EGY", "DEU"]
    record = floor_record.move_up(record, at("DEU"))
    assert waiting() == ["AUT", "DEU", "EGY"]
    record = floor_record.close(record, HERE)
    assert floor.is_closed(record.speaker_lists, HERE)
    with pytest.raises(ListClosed):
        floor_record.inscribe(record, ask("FRA"))
    record = floor_record.reopen(record, HERE)
    assert not floor.is_closed(record.speaker_lists, HERE)
    record = floor_record.inscribe(record, ask("FRA"))
    assert waiting() == ["AUT", "DEU", "EGY", "FRA"]


def test_calling_the_next_speaker_notes_the_times_of_the_call_and_of_the_end() -> None:
    ten, seven_past = dt.datetime(2017, 10, 9, 10, 0), dt.datetime(2017, 10, 9, 10, 7)
    requests, ended = floor.call_next(listed(ask("AUT"), ask("CHN")), HERE, ten)
    assert list(ended) == []
    assert [(r.status, r.called_at, r.ended_at) for r in requests] == [
        ("speaking", ten, None), ("waiting", None, None)]
    requests, ended = floor.call_next(requests, HERE, seven_past)
    assert [(r.delegation.state, r.status, r.called_at, r.ended_at) for r in ended] == [
        ("AUT", "done", ten, seven_past)]
    assert [(r.status, r.called_at, r.ended_at) for r in requests] == [
        ("done", ten, seven_past), ("speaking", seven_past, None)]
    untimed, _ = floor.call_next(listed(ask("AUT")), HERE)
    assert (untimed[0].called_at, untimed[0].ended_at) == (None, None)


def test_a_request_moved_beyond_the_last_goes_last_before_a_withdrawn_one() -> None:
    requests = floor.withdraw(listed(ask("AUT"), ask("BRA"), ask("CHN"), ask("DEU"),
                                     ask("EGY")), 4)
    assert states(floor.move(requests, 0, 10)) == ["BRA", "CHN", "DEU", "AUT", "EGY"]


def test_a_request_no_longer_waiting_cannot_be_moved_and_withdrawing_twice_is_once() -> None:
    requests, _ = floor.call_next(listed(ask("AUT"), ask("CHN")), HERE)
    with pytest.raises(FloorRefused) as refused:
        floor.move(requests, 0, 1)
    assert say(refused.value.words) == ("request for the floor 0 is no longer waiting: only a "
                                        "waiting request can be withdrawn or moved")
    once = floor.withdraw(requests, 1)
    assert floor.withdraw(once, 1) == once
