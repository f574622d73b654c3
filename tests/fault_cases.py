"""Bad records and the message a person reads for each: one case per kind of fault.

Each case changes the example record in one place and gives, written out, the line `sessional
validate` prints for it: the field's label, what is wrong and what would be right, the JSON
path. The CLI and the API tests both use this table.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .conftest import EXAMPLE

Data = dict[str, Any]


@dataclass(frozen=True)
class Case:
    change: Callable[[Data], object]
    label: str
    text: str
    path: str

    @property
    def line(self) -> str:
        return f"{self.label}: {self.text} ({self.path})"


def changed(case: Case) -> Data:
    data: Data = copy.deepcopy(json.loads(EXAMPLE.read_text(encoding="utf-8")))
    case.change(data)
    return data


def _add_signatory(name: str) -> Callable[[Data], object]:
    return lambda d: d["attendance"]["signatories"]["items"].append(name)


CASES: dict[str, Case] = {
    "state name in English": Case(
        lambda d: d["attendance"]["states_parties"]["items"].__setitem__(3, "Austria"),
        "attendance › States parties › entry 4",
        "'Austria' is not a code of the reference data; did you mean AUT (Austria)?",
        "$.attendance.states_parties.items[3]"),
    "state name in French": Case(
        _add_signatory("Turquie"), "attendance › signatories › entry 2",
        # the example meets in October 2017: Türkiye was then called Turkey (until June 2022)
        "'Turquie' is not a code of the reference data; did you mean TUR (Turkey)?",
        "$.attendance.signatories.items[1]"),
    "state code in small letters": Case(
        _add_signatory("aut"), "attendance › signatories › entry 2",
        "'aut' is not a code of the reference data; did you mean AUT (Austria)?",
        "$.attendance.signatories.items[1]"),
    "state name unknown to the reference data": Case(
        _add_signatory("Ruritania"), "attendance › signatories › entry 2",
        "'Ruritania' is not a code of the reference data; give the State's three-letter ISO "
        "3166 code, such as AUT or CHN", "$.attendance.signatories.items[1]"),
    "officer's State by an old name": Case(
        lambda d: d["officers"][1].update(state="Swaziland"), "officer 2 › State",
        # the name in force in October 2017 (Eswatini since April 2018)
        "'Swaziland' is not a code of the reference data; did you mean SWZ (Swaziland)?",
        "$.officers[1].state"),
    "organization key in capitals": Case(
        lambda d: d["attendance"]["intergovernmental_organizations"]["items"].append(
            {"key": "UNODC"}),
        "attendance › intergovernmental organizations › entry 2 › key",
        "'UNODC' is not an organization key of the reference data; did you mean unodc "
        "(United Nations Office on Drugs and Crime)?",
        "$.attendance.intergovernmental_organizations.items[1].key"),
    "job number written otherwise": Case(
        lambda d: d["report"].setdefault("job_numbers", {}).update(en="V1707271"),
        "report › job numbers › en",
        "'V1707271' is not a job number; write it as the document's foot prints it, such as "
        "V.17-07271 (C) or 17-12345 (E)", "$.report.job_numbers.en"),
    "missing field": Case(
        lambda d: d["report"].pop("original_language"), "report › language of the original",
        "required: give the language the report was written in: ar, zh, en, fr, es or ru",
        "$.report.original_language"),
    "field that does not exist": Case(
        lambda d: d["attendance"].update(observers={"items": []}), "attendance › observers",
        "'observers' is not a field of attendance; the fields are: states_parties, "
        "signatories, observer_states, regional_economic_integration_organizations, "
        "un_secretariat_units, un_funds_and_programmes, specialized_agencies, "
        "intergovernmental_organizations, non_governmental_organizations",
        "$.attendance.observers"),
    "date in words": Case(
        lambda d: d["sessions"][0]["dates"].update(end="13 October 2017"),
        "session of IC › dates › last day",
        "'13 October 2017' is not a date; write it as 2017-10-13", "$.sessions[0].dates.end"),
    "date that is no date": Case(
        lambda d: d["report"].update(adopted_on="next Monday"), "report › adopted on",
        "'next Monday' is not a date; write it as YYYY-MM-DD, such as 2017-10-13, or "
        '{"status": "unknown"} if it is not known yet', "$.report.adopted_on"),
    "last day before the first": Case(
        lambda d: d["sessions"][1].update(dates={"start": "2017-10-13", "end": "2017-10-10"}),
        "session of TA › dates",
        "the last day (2017-10-10) is before the first day (2017-10-13); give the first day as "
        "start and the last as end", "$.sessions[1].dates"),
    "known fact of the wrong kind": Case(
        lambda d: d["sessions"][1].update(ordinal="eighth"), "session of TA › ordinal",
        "'eighth' is not a whole number; give a number such as 3, without quotes, or "
        '{"status": "unknown"} if it is not known yet', "$.sessions[1].ordinal"),
    "true as a count": Case(  # Python takes true for 1: one meeting held, which is wrong
        lambda d: d["sessions"][0].update(meetings_held=True), "session of IC › meetings held",
        "true is not a whole number; give a number such as 3, without quotes, or "
        '{"status": "unknown"} if it is not known yet', "$.sessions[0].meetings_held"),
    "false as an ordinal": Case(
        lambda d: d["sessions"][1].update(ordinal=False), "session of TA › ordinal",
        "false is not a whole number; give a number such as 3, without quotes, or "
        '{"status": "unknown"} if it is not known yet', "$.sessions[1].ordinal"),
    "dates as one day": Case(
        lambda d: d["sessions"][1].update(dates="2017-10-09"), "session of TA › dates",
        "'2017-10-09' is not a first and last day; give "
        '{"start": "YYYY-MM-DD", "end": "YYYY-MM-DD"}, or {"status": "unknown"} if it is not '
        "known yet", "$.sessions[1].dates"),
    "list without its status": Case(
        lambda d: d["attendance"].update(signatories=["AUT"]), "attendance › signatories",
        '["AUT"] is not a list with its status; give {"status": "complete", "items": […]} '
        '("partial" if more are to come, "unknown" if nothing is known yet)',
        "$.attendance.signatories"),
    "list status misspelt": Case(
        lambda d: d["sessions"][0]["meetings"].update(status="unkown"),
        "session of IC › meetings › status",
        "'unkown' is not one of the choices; must be one of: complete, partial, unknown",
        "$.sessions[0].meetings.status"),
    "unknown list with entries": Case(
        lambda d: d["attendance"].update(observer_states={"status": "unknown",
                                                          "items": ["AUT"]}),
        "attendance › observer States",
        'a list whose status is "unknown" has no entries, and this one has 1; give the status '
        '"partial" if more are to come, or "complete"', "$.attendance.observer_states"),
    "officer role": Case(
        lambda d: d["officers"][0].update(role="chairman"), "officer 1 › role",
        "'chairman' is not one of the choices; must be one of: chair, vice_chair, president, "
        "vice_president, rapporteur, panellist, moderator", "$.officers[0].role"),
    "number too small": Case(
        lambda d: d["sessions"][0]["meetings"]["items"][0].update(number=0),
        "session of IC › meetings › meeting 1 › number", "0 is too small; give 1 or more",
        "$.sessions[0].meetings.items[0].number"),
    "true or false": Case(
        lambda d: d["report"].update(adopted_as_amended="maybe"), "report › adopted as amended",
        "'maybe' is not true or false; give true or false, without quotes",
        "$.report.adopted_as_amended"),
    "no body": Case(
        lambda d: d.update(bodies=[]), "bodies",
        "a record has no body; give at least one body: its key, name and symbol series",
        "$.bodies"),
    "no session": Case(
        lambda d: d.update(sessions=[]), "sessions",
        "a record has no session; give the session of each body: its body key, and its dates "
        "if known", "$.sessions"),
    "agenda item number": Case(
        lambda d: d["sessions"][0]["agenda"]["items"][2].update(number="3."),
        "session of IC › agenda › item 3 › number",
        "'3.' is not an agenda item number; did you mean 3?",
        "$.sessions[0].agenda.items[2].number"),
    "sub-item letter": Case(
        lambda d: d["sessions"][0]["agenda"]["items"][0]["sub_items"][0].update(letter="(a)"),
        "session of IC › agenda › item 1 › sub-item 1 › letter",
        "'(a)' is not a sub-item letter; did you mean a?",
        "$.sessions[0].agenda.items[0].sub_items[0].letter"),
    "body key": Case(
        lambda d: d["sessions"][0].update(body="I C"), "session of I C › body",
        "'I C' is not a key; a key starts with a letter and has up to 32 letters, digits, '-' "
        "or '_', such as IC", "$.sessions[0].body"),
    "document symbol with a space": Case(
        lambda d: d["documents"]["items"][0].update(symbol="CTOC COP"),
        "documents › document 1 › symbol",
        "'CTOC COP' is not a document symbol: it is empty or has spaces; write it as "
        "series/number, such as CTOC/COP/WG.3/2017/1", "$.documents.items[0].symbol"),
    "document symbol without a number": Case(
        lambda d: d["documents"]["items"][0].update(symbol="CTOC"),
        "documents › document 1 › symbol",
        "'CTOC' is not a document symbol: it needs a series and a number; write it as "
        "series/number, such as CTOC/COP/WG.3/2017/1", "$.documents.items[0].symbol"),
    "kind of body": Case(
        lambda d: d["bodies"][0].update(kind="group"), "body IC › kind",
        "'group' is not one of the choices; must be one of: working_group, committee, "
        "conference, other", "$.bodies[0].kind"),
    "language code": Case(
        lambda d: d["bodies"][0]["name"].update(english="x"), "body IC › name › english",
        "'english' is not a language code; must be one of: ar, zh, en, fr, es, ru",
        "$.bodies[0].name.english"),
    "text not given per language": Case(
        lambda d: d["sessions"][0]["agenda"]["items"][2].update(title="Other matters"),
        "session of IC › agenda › item 3 › title",
        "'Other matters' is not text per language; give {\"en\": \"…\"}, one entry per "
        "language (ar, zh, en, fr, es, ru)", "$.sessions[0].agenda.items[2].title"),
    "delegation of two kinds": Case(
        lambda d: d["statements"][0]["statements"]["items"][0]["delegation"].update(
            secretariat=True), "statement group 1 › statements › statement 1 › delegation",
        "a delegation is exactly one of: state, organization, secretariat",
        "$.statements[0].statements.items[0].delegation"),
    "document before no body": Case(
        lambda d: d["documents"]["items"][1].update(bodies=[]),
        "documents › document 2 › bodies",
        "the document is before no body; give the key of at least one body, such as IC",
        "$.documents.items[1].bodies"),
    "session of a body that is not there": Case(
        lambda d: d["officers"][0].update(bodies=["IC", "WG"]), "officer 1 › body 2",
        "no body with key 'WG'; the bodies are: IC, TA", "$.officers[0].bodies[1]"),
}

PYDANTIC_WORDS = ("Input should", "FieldInfo", "Annotated", "FactList", "Extra inputs",
                  "String should", "Value error", "instance of", "dictionary")
"""Words of pydantic's own messages: none may reach a person."""
