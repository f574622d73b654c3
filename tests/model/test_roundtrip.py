from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings

from sessional.model import Record, record_from_data, record_from_json, record_to_json

from .strategies import records


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records())
def test_record_to_json_and_back_is_the_identity(record: Record) -> None:
    text = record_to_json(record)
    again = record_from_json(text, "generated")
    assert again == record
    assert record_to_json(again) == text


def test_example_round_trips(example_data: dict[str, Any]) -> None:
    record = record_from_data(example_data)
    assert record_from_json(record_to_json(record)) == record
