"""Small edits of a record, one route each: what the editor does during a meeting.

Adding applies to the latest revision. Replacing and removing name the revision they were made
on (base_revision) and are refused (409) if the element changed since. Each answer gives the
latest revision number; nothing is ever applied on top of a change its author did not see.
"""

from __future__ import annotations

import inspect
import re
from dataclasses import dataclass, replace
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query
from pydantic import BaseModel

from ..model import (
    AgendaItem,
    Body,
    Document,
    FloorRequest,
    JointItem,
    Meeting,
    OrgRef,
    Paragraph,
    Person,
    Session,
    Statement,
    StatementGroup,
)
from ..model.bodies import KEY_PATTERN
from ..model.edits import Action, Edit
from ..model.participants import ORGANIZATION_CATEGORIES, STATE_CATEGORIES
from .auth import CurrentUser, CurrentWorkspace
from .convert import edit_out
from .records import IF_MATCH, PRECONDITION, WRITE, Key
from .schemas import STATE_CODE, EditOut, StatusIn, ValueIn

router = APIRouter(prefix="/api/records/{key}", tags=["edits"])

BodyKey = Annotated[str, Path(pattern=KEY_PATTERN, description="Key of a body, e.g. 'IC'")]
JointKey = Annotated[str, Path(pattern=KEY_PATTERN, description="Key of a joint item")]
Number = Annotated[int, Path(ge=1, le=9999, description="A number (agenda item, meeting)")]
Index = Annotated[int, Path(ge=0, le=100_000, description="Position in the list, from 0")]
StateCategory = Literal[STATE_CATEGORIES]  # type: ignore[valid-type]
OrgCategory = Literal[ORGANIZATION_CATEGORIES]  # type: ignore[valid-type]
StateCode = Annotated[str, Path(pattern=STATE_CODE, description="ISO 3166-1 alpha-3")]
OrgKey = Annotated[str, Path(min_length=1, max_length=300,
                             description="The organization's reference-data key")]
Symbol = Annotated[str, Path(min_length=1, max_length=200, description="A document symbol")]
Place = Annotated[str, Path(
    pattern=r"^(introduction|(deliberations|recommendations):[A-Za-z][A-Za-z0-9_-]{0,31}"
            r"(:\d{1,4})?)$",
    description="'introduction', or 'deliberations:BODY[:ITEM]' / 'recommendations:BODY'")]


@dataclass(frozen=True)
class Route:
    method: str
    path: str
    collection: str
    action: Action
    summary: str
    value: type[BaseModel] | None = None
    scope: tuple[tuple[str, Any], ...] = ()
    key: tuple[str, Any] | None = None
    element_is_key: bool = False  # the element is the key itself (a State code)


def _collection(path: str, collection: str, what: str, value: type[BaseModel],
                key: tuple[str, Any], scope: tuple[tuple[str, Any], ...] = ()) -> list[Route]:
    item = f"{path}/{{{key[0]}}}"
    return [
        Route("POST", path, collection, "add", f"Add {what}", value, scope),
        Route("PUT", item, collection, "replace", f"Replace {what}", value, scope, key),
        Route("DELETE", item, collection, "remove", f"Remove {what}", None, scope, key),
    ]


def _status(path: str, collection: str, what: str,
            scope: tuple[tuple[str, Any], ...] = ()) -> Route:
    return Route("PUT", path, collection, "set_status",
                 f"Say whether the list of {what} is complete, partial or unknown", StatusIn,
                 scope)


SESSION = (("body", BodyKey),)
GROUP = (("group", Index),)
PLACE = (("place", Place),)
ROUTES: list[Route] = [
    *_collection("/bodies", "bodies", "a body", Body, ("body", BodyKey)),
    *_collection("/joint-items", "joint_items", "a joint item", JointItem, ("joint", JointKey)),
    *_collection("/sessions", "sessions", "a session", Session, ("body", BodyKey)),
    *_collection("/sessions/{body}/agenda-items", "agenda_items", "an agenda item", AgendaItem,
                 ("number", Number), SESSION),
    *_collection("/sessions/{body}/meetings", "meetings", "a meeting", Meeting,
                 ("number", Number), SESSION),
    _status("/sessions/{body}/meetings-status", "meetings", "meetings", SESSION),
    Route("PUT", "/attendance/{category}/states/{code}", "attendance", "add",
          "Mark a State present", None, (("category", StateCategory),), ("code", StateCode),
          element_is_key=True),
    Route("DELETE", "/attendance/{category}/states/{code}", "attendance", "remove",
          "Mark a State absent", None, (("category", StateCategory),), ("code", StateCode)),
    Route("POST", "/attendance/{category}/organizations", "attendance", "add",
          "Mark an organization present", OrgRef, (("category", OrgCategory),)),
    Route("DELETE", "/attendance/{category}/organizations/{organization}", "attendance",
          "remove", "Mark an organization absent", None, (("category", OrgCategory),),
          ("organization", OrgKey)),
    _status("/attendance/{category}/status", "attendance", "participants",
            (("category", Literal[(*STATE_CATEGORIES, *ORGANIZATION_CATEGORIES)]),)),
    *_collection("/officers", "officers", "an officer", Person, ("index", Index)),
    Route("POST", "/documents", "documents", "add", "Add a document", Document),
    Route("PUT", "/documents/{symbol:path}", "documents", "replace", "Replace a document",
          Document, (), ("symbol", Symbol)),
    Route("DELETE", "/documents/{symbol:path}", "documents", "remove", "Remove a document",
          None, (), ("symbol", Symbol)),
    _status("/documents-status", "documents", "documents"),
    *_collection("/statement-groups", "statement_groups", "a group of statements",
                 StatementGroup, ("index", Index)),
    *_collection("/statement-groups/{group}/statements", "statements", "a statement",
                 Statement, ("index", Index), GROUP),
    _status("/statement-groups/{group}/statements-status", "statements", "statements", GROUP),
    *_collection("/narrative/{place}/paragraphs", "paragraphs", "a narrative paragraph",
                 Paragraph, ("index", Index), PLACE),
    _status("/narrative/{place}/status", "paragraphs", "paragraphs", PLACE),
    # asking for the floor is POST /speakers (web/speakers.py): it keeps the list's rules;
    # only a number is an index there (/speakers/events is the stream of the lists)
    *(replace(r, path=r.path.replace("{index}", "{index:int}")) for r in _collection(
        "/speakers", "speakers", "a request for the floor", FloorRequest, ("index", Index))[1:]),
]


def _parameters(route: Route) -> list[inspect.Parameter]:
    def param(name: str, annotation: Any, default: Any = inspect.Parameter.empty) -> Any:
        return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=annotation,
                                 default=default)

    params = [param("key", Key), *(param(n, a) for n, a in route.scope)]
    if route.key is not None:
        params.append(param(*route.key))
    if route.value is StatusIn:
        params.append(param("change", StatusIn))
    elif route.value is not None:
        params.append(param("change", ValueIn[route.value]))  # type: ignore[name-defined]
    else:
        params.append(param("base_revision", Annotated[int | None, Query(ge=1, le=2**31 - 1)],
                            None))
    return [*params, param("user", CurrentUser), param("ws", CurrentWorkspace)]


def _endpoint(route: Route) -> Any:
    async def endpoint(**given: Any) -> EditOut:
        scope = {name: str(given[name]) for name, _ in route.scope}
        key = str(given[route.key[0]]) if route.key else None
        change = given.get("change")
        base = change.base_revision if change is not None else given.get("base_revision")
        if isinstance(change, StatusIn):
            element: Any = {"status": change.status, "note": change.note}
        elif change is not None:
            element = change.value.model_dump(mode="json", exclude_defaults=True)
        else:
            element = key if route.element_is_key else None
        edit = Edit(route.action, route.collection, scope, key, element)
        return edit_out(await given["ws"].edit_async(given["user"], given["key"], edit, base))

    endpoint.__signature__ = inspect.Signature(_parameters(route))  # type: ignore[attr-defined]
    endpoint.__name__ = f"{route.action}_{route.collection}_{route.method.lower()}"
    return endpoint


for _route in ROUTES:
    router.add_api_route(_route.path, _endpoint(_route), methods=[_route.method],
                         response_model=EditOut, responses=WRITE | PRECONDITION,
                         dependencies=IF_MATCH, summary=_route.summary,
                         operation_id=_route.method.lower() + re.sub(r"[^a-z]+", "_", re.sub(
                             r":(path|int)}", "}", _route.path)).rstrip("_"))
