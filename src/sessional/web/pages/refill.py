"""A refused form shown again as it was sent: every field the user filled in keeps what they
typed or chose, so that nothing is lost when an edit is refused (422) and they correct one
field instead of typing everything again.

Each form of a page carries its number on the page (`form_no`, written with the CSRF field);
the page shown after the refusal is the same page, so the form sent is found by that number.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import lxml.html

FORM_NUMBER = "form_no"
# characters no HTML page can hold (the faults name them): shown as U+FFFD where they stood
_UNSHOWABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_KEPT_AS_RENDERED = {"hidden", "password", "file", "submit", "button", "reset", "image"}


def refilled(page: str, form_no: str, sent: Mapping[str, list[str]]) -> str:
    """`page` (HTML) with the fields of form `form_no` set to what was `sent`."""
    document = lxml.html.document_fromstring(page)
    for form in document.iter("form"):
        marker = form.find(f".//input[@name='{FORM_NUMBER}']")
        if marker is not None and marker.get("value") == form_no:
            _fill(form, sent)
            for folded in form.iterancestors("details"):  # shown open, as it was when sent
                folded.set("open", "")
            return str(lxml.html.tostring(document, doctype="<!DOCTYPE html>",
                                          encoding="unicode"))
    return page


def _fill(form: lxml.html.HtmlElement, sent: Mapping[str, list[str]]) -> None:
    seen: dict[str, int] = {}
    for field in form.iter("input", "textarea", "select"):
        name = field.get("name")
        kind = (field.get("type") or "text").lower()
        if not name or kind in _KEPT_AS_RENDERED or field.get("disabled") is not None:
            continue
        values = sent.get(name, [])
        if kind in ("checkbox", "radio"):
            _set(field, "checked", field.get("value", "on") in values)
        elif field.tag == "select":
            for option in field.iter("option"):
                value = option.get("value", option.text_content())
                _set(option, "selected", value in values)
        else:  # the n-th field of that name takes the n-th value sent
            n = seen[name] = seen.get(name, -1) + 1
            if n < len(values):
                value = _UNSHOWABLE.sub("\ufffd", values[n])
                if field.tag == "textarea":
                    field.text = value
                else:
                    field.set("value", value)


def _set(element: lxml.html.HtmlElement, attribute: str, on: bool) -> None:
    if on:
        element.set(attribute, "")
    elif attribute in element.attrib:
        del element.attrib[attribute]
