"""The events kept for pages that reconnect: every one after the id a page saw while they are
kept, a snapshot when not; a page too slow to keep up is dropped (it reconnects)."""

from __future__ import annotations

import asyncio

import pytest

from sessional.services.floor_feed import Dropped, FloorFeed


def test_a_page_is_given_every_event_after_its_last_while_they_are_kept() -> None:
    feed = FloorFeed(keep=3)
    for revision in range(10, 15):
        feed.publish("r", {"revision": revision, "lists": []})
    assert [(e.id, e.data) for e in feed.after("r", 2) or []] == [
        (3, '{"revision":12,"lists":[]}'), (4, '{"revision":13,"lists":[]}'),
        (5, '{"revision":14,"lists":[]}')]
    assert feed.after("r", 5) == []
    assert feed.after("r", 1) is None  # event 2 is no longer kept: a snapshot is needed
    assert feed.after("r", 6) is None  # never sent by this process
    assert feed.after("r", None) is None
    assert feed.after("other", 0) == []


def test_two_reads_after_two_changes_publish_one_event_and_never_go_back() -> None:
    feed = FloorFeed()
    assert feed.publish("r", {"revision": 7, "lists": []}) is not None
    assert feed.publish("r", {"revision": 7, "lists": []}) is None
    assert feed.publish("r", {"revision": 6, "lists": []}) is None
    event = feed.publish("r", {"revision": 9, "lists": []})
    assert event is not None and (event.id, event.data) == (2, '{"revision":9,"lists":[]}')


def test_listeners_get_the_same_events_in_the_same_order_and_a_slow_one_is_dropped() -> None:
    async def scenario() -> None:
        feed = FloorFeed(queue=2)
        with feed.listening("r") as quick, feed.listening("r") as slow:
            for revision in (1, 2):
                feed.publish("r", {"revision": revision, "lists": []})
                assert (await quick.next()).id == revision
            feed.publish("r", {"revision": 3, "lists": []})  # slow has two waiting: dropped
            assert [(await slow.next()).id for _ in range(2)] == [1, 2]
            with pytest.raises(Dropped):
                await slow.next()
            assert (await quick.next()).id == 3
            assert feed.listeners("r") == 1
        assert feed.listeners("r") == 0

    asyncio.run(scenario())


PLACE = {"item": {"body": "TA", "number": "3"}, "meeting": 1}
LISTS = {"revision": 4, "lists": [{"place": PLACE, "closed": False, "speakers": []}]}


def timer_of(data: str) -> dict[str, object]:
    import json

    found: dict[str, object] = json.loads(data)["lists"][0]["timer"]
    return found


def test_the_timer_of_a_list_counts_down_stops_resumes_and_starts_again_for_a_new_speaker(
        monkeypatch: pytest.MonkeyPatch) -> None:
    clock = iter([1000.0, 1030.0, 1100.0, 1200.0])
    monkeypatch.setattr("sessional.services.floor_feed.time.time", lambda: next(clock))
    feed = FloorFeed()
    started = feed.time("r", LISTS, PLACE, "start", limit=120)
    assert timer_of(started.data) == {"limit": 120, "left": 120, "at": 1000.0,
                                      "running": True}
    stopped = feed.time("r", LISTS, PLACE, "stop")  # 30 s later
    assert timer_of(stopped.data) == {"limit": 120, "left": 90, "at": 1030.0,
                                      "running": False}
    resumed = feed.time("r", LISTS, PLACE, "start")  # what was left, not the limit
    assert timer_of(resumed.data) == {"limit": 120, "left": 90, "at": 1100.0,
                                      "running": True}
    called = feed.publish("r", {**LISTS, "revision": 5}, resets=[PLACE])  # the next speaker
    assert called is not None
    assert timer_of(called.data) == {"limit": 120, "left": 120, "at": 1200.0,
                                     "running": False}
