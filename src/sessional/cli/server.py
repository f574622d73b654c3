"""`sessional serve` and `sessional user`: the web server and its users."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Annotated, Any

import typer

from .. import services

DbOption = Annotated[str | None, typer.Option(
    "--db", help="Database URL: sqlite:///FILE or postgresql+psycopg://USER:PASS@HOST/NAME "
                 "(default: $SESSIONAL_DATABASE_URL, else sqlite:///sessional.db)")]

user_app = typer.Typer(no_args_is_help=True, help="Users of the web server and their roles.")


def _workspace(db: str | None) -> services.Workspace:
    from .commands import fail

    try:
        return services.Workspace(db)
    except services.InputError as err:
        fail(str(err))


def _limit(option: str, text: str, minimum: float = 1) -> Any:
    """A server limit: `--OPTION`, or $SESSIONAL_OPTION, else the default."""
    env = "SESSIONAL_" + option.upper().replace("-", "_")
    return typer.Option(f"--{option}", envvar=env, min=minimum, help=f"{text} [env: {env}]",
                        show_default=True)


def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on")] = 8000,
    demo: Annotated[bool, typer.Option("--demo", help="Load the embedded example into an "
                                                      "empty database")] = False,
    secure_cookies: Annotated[bool, typer.Option(
        "--secure-cookies", help="Send the session cookie over HTTPS only (behind a TLS "
                                 "proxy)")] = False,
    max_body_kib: Annotated[int, _limit(
        "max-body-kib", "Largest request body, and any body sent without "
                              "credentials (KiB; 413 beyond)")] = 1024,
    max_record_mib: Annotated[int, _limit(
        "max-record-mib", "Largest whole record sent to POST/PUT /api/records (MiB)")] = 20,
    body_timeout: Annotated[float, _limit(
        "body-timeout", "Seconds a client may take to send a body (408 beyond)")] = 60.0,
    header_timeout: Annotated[float, _limit(
        "header-timeout", "Seconds a new connection may take to send its request "
                              "line and headers (then it is closed)")] = 10.0,
    keep_alive: Annotated[int, _limit(
        "keep-alive", "Seconds an idle connection is kept open")] = 5,
    max_connections: Annotated[int, _limit(
        "max-connections", "Open connections beyond which requests get 503")] = 2048,
    forwarded_allow_ips: Annotated[str, typer.Option(
        "--forwarded-allow-ips", envvar="SESSIONAL_FORWARDED_ALLOW_IPS",
        help="Comma-separated addresses of proxies whose X-Forwarded-For is believed "
             "(default: none; the client's own address is used)")] = "",
    login_workers: Annotated[int, _limit(
        "login-workers", "Threads hashing log-in passwords")] = 1,
    login_queue: Annotated[int, _limit(
        "login-queue", "Log-ins in progress at most (429 beyond)")] = 32,
    login_per_address: Annotated[int, _limit(
        "login-per-address", "Log-ins in progress from one address at most")] = 4,
    report_max_record_mib: Annotated[int, _limit(
        "report-max-record-mib", "Largest record (MiB) of which reports are made "
                                    "(422 beyond)")] = 4,
    pdf_workers: Annotated[int, _limit(
        "pdf-workers", "PDF compiler processes")] = 2,
    pdf_memory_mib: Annotated[int, _limit(
        "pdf-memory-mib", "Memory of each PDF compiler (MiB)", 256)] = 2048,
    pdf_timeout: Annotated[float, _limit(
        "pdf-timeout", "Seconds to make one PDF")] = 120.0,
) -> None:
    """Run the web server: the REST API under /api, described at /openapi.json."""
    import uvicorn

    from ..web import ServerLimits, create_app, uvicorn_options
    from .consoles import err, out

    limits = ServerLimits(
        max_body=max_body_kib * 1024, max_record_body=max_record_mib * 1024 * 1024,
        body_timeout=body_timeout, header_timeout=header_timeout, keep_alive=keep_alive,
        max_connections=max_connections, forwarded_allow_ips=forwarded_allow_ips,
        login_workers=login_workers, login_queue=login_queue,
        login_per_address=login_per_address)
    services.configure_reports(services.ReportBudget(report_max_record_mib, services.PdfBudget(
        workers=pdf_workers, memory_mib=pdf_memory_mib, timeout=pdf_timeout)))
    # The writer thread and the event loop take turns on the interpreter lock; the default
    # 5 ms turn would be added to the answer time of every request that waits for a write.
    sys.setswitchinterval(0.0005)
    workspace = _workspace(db)
    if demo:
        loaded = workspace.load_demo(services.SYSTEM_USER)
        out.print(f"demo: record {services.DEMO_KEY!r} loaded" if loaded else
                  "demo: the database has records already; nothing loaded")
    if not workspace.accounts.any():
        err.print("note: no users yet; add one with: sessional user add NAME --role admin")
    out.print(f"database: {workspace.display_url}")
    out.print(f"serving on http://{host}:{port}/ (API description: /openapi.json)")
    uvicorn.run(create_app(workspace, secure_cookies, limits), host=host, port=port,
                log_level="warning", access_log=False, **uvicorn_options(limits))


def _password(password_stdin: bool) -> str:
    if password_stdin:
        from .commands import fail

        try:  # a password must be text: bytes that are not UTF-8 are refused, not hashed
            line = sys.stdin.readline()
            line.encode("utf-8")
        except UnicodeError:
            fail("standard input: the password is not UTF-8 text")
        return line.rstrip("\r\n")
    text: str = typer.prompt("password", hide_input=True, confirmation_prompt=True)
    return text


PasswordStdin = Annotated[bool, typer.Option(
    "--password-stdin", help="Read the password from standard input, not a prompt")]


@user_app.command("add")
def user_add(
    name: Annotated[str, typer.Argument(help="Login name")],
    role: Annotated[str, typer.Option(  # written out: tests/test_cli.py checks it
        help="One of: admin, secretariat, chair, delegate, observer")],
    delegation: Annotated[str | None, typer.Option(
        help="For a delegate: the delegation's ISO 3166-1 alpha-3 code")] = None,
    password_stdin: PasswordStdin = False,
    db: DbOption = None,
) -> None:
    """Add a user. The password is asked for (twice) unless given on standard input."""
    from .commands import fail
    from .consoles import out

    workspace = _workspace(db)
    try:
        user = workspace.accounts.add(name, role, _password(password_stdin), delegation)
    except services.InputError as error:
        fail(str(error))
    bound = f", delegation {user.delegation}" if user.delegation else ""
    out.print(f"added {user.name} ({user.role}{bound})")


UserName = Annotated[str, typer.Argument(help="Login name")]


@user_app.command("passwd")
def user_passwd(name: UserName, password_stdin: PasswordStdin = False,
                db: DbOption = None) -> None:
    """Set a new password for a user."""
    accounts = _workspace(db).accounts
    _accounts(lambda: accounts.set_password(name, _password(password_stdin)),
              f"password of {name} changed")


@user_app.command("disable")
def user_disable(name: UserName, db: DbOption = None) -> None:
    """Stop a user: no more logging in; their sessions end and their tokens stop working."""
    accounts = _workspace(db).accounts
    _accounts(lambda: accounts.set_disabled(name, True), f"{name} disabled")


@user_app.command("enable")
def user_enable(name: UserName, db: DbOption = None) -> None:
    """Let a disabled user log in again."""
    accounts = _workspace(db).accounts
    _accounts(lambda: accounts.set_disabled(name, False), f"{name} enabled")


def _accounts(change: Callable[[], object], done: str) -> None:
    from .commands import fail
    from .consoles import out

    try:
        change()
    except (services.InputError, services.NotFound) as error:
        fail(str(error))
    out.print(done)


@user_app.command("list")
def user_list(db: DbOption = None) -> None:
    """List the users and their roles."""
    from rich.table import Table

    from .consoles import out

    table = Table("name", "role", "delegation", "since")
    for user in _workspace(db).accounts.users():
        table.add_row(user.name, user.role, user.delegation or "",
                      user.created_at.strftime("%Y-%m-%d %H:%M UTC"))
    out.print(table)


@user_app.command("token")
def user_token(
    name: Annotated[str, typer.Argument(help="Login name")],
    label: Annotated[str, typer.Option(help="What the token is for")] = "script",
    db: DbOption = None,
) -> None:
    """Issue an API token for scripts (Authorization: Bearer TOKEN). It is shown once."""
    from .commands import fail
    from .consoles import out

    try:
        token = _workspace(db).accounts.issue_token(name, label)
    except services.NotFound as error:
        fail(str(error))
    out.out(token)
