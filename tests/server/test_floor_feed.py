"""The events kept for pages that reconnect: every one after the id a page saw while they are
kept, a snapshot when not; a page too slow to keep up is dropped (it reconnects)."""

from __future__ import annotations

import asyncio

import pytest

from sessional.services.floor_feed import Dropped, FloorFeed


def test_a_page_is_given_every_event_after_its_last_while_they_are_kept() -> None:
    feed = FloorFeed(keep=3)
    for revision in range(10, 15):
        feed.publish("r", revision, f"lists of {revision}")
    assert [(e.id, e.data) for e in feed.after("r", 2) or []] == [
        (3, "lists of 12"), (4, "lists of 13"), (5, "lists of 14")]
    assert feed.after("r", 5) == []
    assert feed.after("r", 1) is None  # event 2 is no longer kept: a snapshot is needed
    assert feed.after("r", 6) is None  # never sent by this process
    assert feed.after("r", None) is None
    assert feed.after("other", 0) == []


def test_two_reads_after_two_changes_publish_one_event_and_never_go_back() -> None:
    feed = FloorFeed()
    assert feed.publish("r", 7, "after 7") is not None
    assert feed.publish("r", 7, "after 7 again") is None
    assert feed.publish("r", 6, "older") is None
    event = feed.publish("r", 9, "after 9")
    assert event is not None and (event.id, event.data) == (2, "after 9")


def test_listeners_get_the_same_events_in_the_same_order_and_a_slow_one_is_dropped() -> None:
    async def scenario() -> None:
        feed = FloorFeed(queue=2)
        with feed.listening("r") as quick, feed.listening("r") as slow:
            feed.publish("r", 1, "one")
            assert (await quick.next()).data == "one"
            feed.publish("r", 2, "two")
            assert (await quick.next()).data == "two"
            feed.publish("r", 3, "three")  # slow has two waiting: it is dropped
            assert [(await slow.next()).data for _ in range(2)] == ["one", "two"]
            with pytest.raises(Dropped):
                await slow.next()
            assert (await quick.next()).data == "three"
            assert feed.listeners("r") == 1
        assert feed.listeners("r") == 0

    asyncio.run(scenario())
