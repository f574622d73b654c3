"""Kinds of report, chosen by the record: the report on a meeting of a working group (or of
bodies meeting jointly), and the report of a body on one of its sessions (a Conference of the
Parties or of the States Parties). Both are compositions of the same parts (`report.py`); the
kind decides the title, the words of the organization chapter and which chapters there are."""

from __future__ import annotations

from typing import Literal

from ..model import Record

ReportKind = Literal["meeting", "session"]

CHAPTER_OF_ORGANIZATION: dict[ReportKind, str] = {
    "meeting": "Organization of the meeting", "session": "Organization of the session"}
OPENING_SECTION: dict[ReportKind, str] = {
    "meeting": "Opening of the meeting", "session": "Opening of the session"}
PRESIDING_ROLES: dict[ReportKind, frozenset[str]] = {
    "meeting": frozenset({"chair"}), "session": frozenset({"chair", "president"})}


def report_kind(record: Record) -> ReportKind:
    """A session report when a Conference (body kind `conference`) reports alone on a session it
    counts as a session; every other record, joint meetings included, reports on a meeting, as
    working groups do whatever they call their gatherings (CTOC/COP/WG.4/2010/6: "Report on the
    meeting of the Working Group …"). The Implementation Review Group reports on its sessions
    too (CAC/COSP/IRG/2016/9) but is not yet a kind of its own here."""
    if record.is_joint:
        return "meeting"
    body, session = record.bodies[0], record.sessions[0]
    if body.kind == "conference" and session.ordinal_style == "session":
        return "session"
    return "meeting"
