"""Logging in and out, API tokens, and (for admins) users."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request, Response
from starlette.concurrency import run_in_threadpool

from ..services import LoginGate, NotAuthenticated, User
from .auth import SESSION_COOKIE, CurrentUser, CurrentWorkspace
from .convert import user_out
from .schemas import (
    LoginIn,
    Problem,
    SessionOut,
    TokenIn,
    TokenInfo,
    TokenOut,
    UserChange,
    UserIn,
    UserOut,
)

router = APIRouter(prefix="/api", tags=["account"])
AUTH_ERRORS: dict[int | str, dict[str, object]] = {
    401: {"model": Problem, "description": "Not logged in, or a wrong token"},
    403: {"model": Problem, "description": "The role does not allow it, or no CSRF token"},
    503: {"model": Problem, "description": "The database cannot be reached; try again"},
}


def _me(user: User) -> UserOut:
    return UserOut(name=user.name, role=user.role, delegation=user.delegation)


@router.post("/session", response_model=SessionOut, responses={
    401: {"model": Problem}, 429: {"model": Problem, "description": "Too many wrong passwords"},
    503: {"model": Problem}})
async def log_in(login: LoginIn, request: Request, response: Response,
                 ws: CurrentWorkspace) -> SessionOut:
    """Log in with name and password: sets an HttpOnly, SameSite=Strict session cookie and
    returns the CSRF token that every state-changing request with that cookie must carry.
    Too many log-ins in progress, or too many wrong passwords: 429 with Retry-After."""
    source = request.client.host if request.client else ""
    logins: LoginGate = request.app.state.logins
    user = await logins.authenticate(ws.accounts, login.name, login.password, source)
    session_id, csrf = await run_in_threadpool(ws.accounts.open_session, user)
    response.set_cookie(SESSION_COOKIE, session_id, httponly=True, samesite="strict",
                        secure=request.app.state.secure_cookies, path="/",
                        max_age=12 * 3600)
    return SessionOut(user=_me(user), csrf_token=csrf)


@router.get("/session", response_model=SessionOut, responses=AUTH_ERRORS)
def who_am_i(request: Request, user: CurrentUser, ws: CurrentWorkspace) -> SessionOut:
    """The logged-in user and the session's CSRF token (for pages that lost it)."""
    session_id = request.cookies.get(SESSION_COOKIE)
    if not session_id:
        raise NotAuthenticated("this request used an API token, not a session")
    _, csrf = ws.accounts.by_session(session_id)
    return SessionOut(user=_me(user), csrf_token=csrf)


@router.delete("/session", status_code=204, responses=AUTH_ERRORS)
def log_out(request: Request, user: CurrentUser, ws: CurrentWorkspace) -> Response:
    session_id = request.cookies.get(SESSION_COOKIE)
    if session_id:
        ws.accounts.close_session(session_id)
    done = Response(status_code=204)
    done.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="strict")
    return done


@router.post("/tokens", response_model=TokenOut, status_code=201, responses=AUTH_ERRORS)
def new_token(token: TokenIn, user: CurrentUser, ws: CurrentWorkspace) -> TokenOut:
    """A new API token for the caller, for scripts; shown once, kept only as a digest."""
    return TokenOut(token=ws.accounts.issue_token(user.name, token.label))


@router.get("/tokens", response_model=list[TokenInfo], responses=AUTH_ERRORS)
def list_tokens(user: CurrentUser, ws: CurrentWorkspace) -> list[TokenInfo]:
    """The caller's API tokens (not the tokens themselves: they are shown once)."""
    return [TokenInfo(id=t.id, label=t.label, created_at=t.created_at)
            for t in ws.accounts.tokens(user.name)]


@router.delete("/tokens/{token_id}", status_code=204,
               responses=AUTH_ERRORS | {404: {"model": Problem}})
def revoke_token(token_id: Annotated[int, Path(ge=1, le=2**31 - 1)], user: CurrentUser,
                 ws: CurrentWorkspace) -> Response:
    """Revoke one of the caller's API tokens."""
    ws.accounts.revoke_token(user.name, token_id)
    return Response(status_code=204)


@router.get("/users", response_model=list[UserOut], responses=AUTH_ERRORS)
def list_users(user: CurrentUser, ws: CurrentWorkspace) -> list[UserOut]:
    user.require(user.is_admin, "list users")
    return [user_out(u) for u in ws.accounts.users()]


@router.post("/users", response_model=UserOut, status_code=201,
             responses=AUTH_ERRORS | {422: {"description": "Invalid name, role or password"}})
def add_user(new: UserIn, user: CurrentUser, ws: CurrentWorkspace) -> UserOut:
    user.require(user.is_admin, "add users")
    added = ws.accounts.add(new.name, new.role, new.password, new.delegation)
    return _me(added)


@router.patch("/users/{name}", status_code=204,
              responses=AUTH_ERRORS | {404: {"model": Problem}})
def change_user(name: Annotated[str, Path(min_length=1, max_length=64)], change: UserChange,
                user: CurrentUser, ws: CurrentWorkspace) -> Response:
    """Disable or enable a user, or set a new password (admins)."""
    user.require(user.is_admin, "change users")
    if change.password is not None:
        ws.accounts.set_password(name, change.password)
    if change.disabled is not None:
        ws.accounts.set_disabled(name, change.disabled)
    return Response(status_code=204)
