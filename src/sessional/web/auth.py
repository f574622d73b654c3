"""Who is asking: an API token (Authorization: Bearer) or a web session cookie. Requests that
change state with the cookie must carry the session's CSRF token (header or form field)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from ..services import Forbidden, NotAuthenticated, User, Workspace, same_secret

SESSION_COOKIE = "sessional_session"
CSRF_HEADER = "X-CSRF-Token"
CSRF_FIELD = "csrf_token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


async def workspace(request: Request) -> Workspace:
    found: Workspace = request.app.state.workspace
    return found


async def current_user(request: Request,
                       ws: Annotated[Workspace, Depends(workspace)]) -> User:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if header:
        if scheme.lower() != "bearer" or not token.strip():
            raise NotAuthenticated("Authorization: expected 'Bearer TOKEN'")
        return ws.accounts.by_token(token.strip())
    session_id = request.cookies.get(SESSION_COOKIE)
    if not session_id:
        raise NotAuthenticated("log in (POST /api/session) or send an API token")
    user, csrf = ws.accounts.by_session(session_id)
    if request.method not in SAFE_METHODS:
        given = request.headers.get(CSRF_HEADER) or await _form_token(request)
        if not given or not same_secret(given, csrf):
            raise Forbidden(f"CSRF token missing or wrong: send the session's token as "
                            f"{CSRF_HEADER} or as the form field {CSRF_FIELD}")
    return user


async def _form_token(request: Request) -> str | None:
    kind = request.headers.get("content-type", "")
    if not kind.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
        return None
    try:
        form = await request.form()
    except Exception:  # a malformed form has no token; the request is refused as such
        return None
    value = form.get(CSRF_FIELD)
    return value if isinstance(value, str) else None


CurrentUser = Annotated[User, Depends(current_user)]
CurrentWorkspace = Annotated[Workspace, Depends(workspace)]
