from __future__ import annotations

import datetime as dt
from typing import Any

from sessional.refdata import untoc_status


def test_party_signatory_and_unknown_on_a_date() -> None:
    day = dt.date(2017, 10, 9)
    assert untoc_status("SWZ", day).standing == "party"
    assert untoc_status("IRN", day).standing == "signatory"
    assert untoc_status("EU", day).standing == "party"
    assert untoc_status("JPN", dt.date(2017, 7, 10)).standing == "signatory"
    assert untoc_status("JPN", dt.date(2017, 7, 11)).standing == "party"
    assert untoc_status("PSE", day).standing == "party"  # listed as a party by January 2015
    assert untoc_status("PSE", dt.date(2014, 12, 1)).standing == "unknown"  # deposit date unknown
    assert untoc_status("FJI", day).standing == "unknown"  # acceded "in 2017", day not found
    assert untoc_status("XXX", day).standing == "unknown"


def test_every_seed_state_has_a_status_on_the_meeting_date(seed_facts: dict[str, Any]) -> None:
    day = dt.date(2017, 10, 9)
    parties = seed_facts["attendance"]["states_parties"]["iso3"]
    assert {untoc_status(c, day).standing for c in parties} == {"party"}
    assert untoc_status("IRN", day).standing == "signatory"
