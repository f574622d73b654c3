"""Kinds of report, chosen by the record: the report on a meeting of a working group (or of
bodies meeting jointly), and the report of a body on one of its sessions (a Conference of the
Parties or of the States Parties, the Implementation Review Group). Both are compositions of
the same parts (`report.py`); the kind decides the title, the words of the organization chapter
and which chapters there are."""

from __future__ import annotations

from typing import Literal

from ..model import Record

ReportKind = Literal["meeting", "session"]

CHAPTER_OF_ORGANIZATION: dict[ReportKind, str] = {
    "meeting": "Organization of the meeting", "session": "Organization of the session"}
OPENING_SECTION: dict[ReportKind, str] = {
    "meeting": "Opening of the meeting", "session": "Opening of the session"}
PRESIDING_ROLES: dict[ReportKind, frozenset[str]] = {
    "meeting": frozenset({"chair"}), "session": frozenset({"chair"})}
"""Who is said to have chaired in the opening paragraph: the Chair (of a working group, of the
Implementation Review Group: CAC/COSP/IRG/2016/9/Add.1 "The resumed session was chaired by
…"); a Conference's President is listed under "Election of officers" instead."""


def report_kind(record: Record) -> ReportKind:
    """A session report when one body that counts its gatherings as sessions reports on one of
    them: a Conference (CTOC/COP/2008/19: "Report of the Conference of the Parties … on its
    fourth session"), the Implementation Review Group (CAC/COSP/IRG/2016/9: "Report of the
    Implementation Review Group on its seventh session, held in Vienna from 20 to 24 June
    2016"), a committee. Every other record reports on a meeting: joint meetings, and working
    groups whatever they call their gatherings (CTOC/COP/WG.4/2010/6: "Report on the meeting of
    the Working Group …")."""
    if record.is_joint:
        return "meeting"
    body, session = record.bodies[0], record.sessions[0]
    if body.kind != "working_group" and session.ordinal_style == "session":
        return "session"
    return "meeting"
