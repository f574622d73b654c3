from __future__ import annotations

import datetime as dt

from sessional.refdata import untoc_status


def test_party_signatory_and_unknown_on_a_date() -> None:
    day = dt.date(2017, 10, 9)
    assert untoc_status("SWZ", day).standing == "party"
    assert untoc_status("IRN", day).standing == "signatory"
    assert untoc_status("EU", day).standing == "party"
    assert untoc_status("JPN", dt.date(2017, 7, 10)).standing == "signatory"
    assert untoc_status("JPN", dt.date(2017, 7, 11)).standing == "party"
    assert untoc_status("PSE", day).standing == "unknown"  # party, date of deposit not in data
    assert untoc_status("XXX", day).standing == "unknown"
