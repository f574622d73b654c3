"""The server's limits, as a client on loopback meets them: bodies too large or too slow,
headers too slow, forwarded addresses that are not believed."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator

import httpx
import pytest

from .helpers import KEY, PASSWORD, make_team
from .live import LiveServer

OPTIONS = ("--header-timeout", "2", "--body-timeout", "3")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveServer, str]]:
    folder = tmp_path_factory.mktemp("limits")
    url = f"sqlite:///{folder / 'sessional.db'}"
    team = make_team(url)
    team.workspace.records.engine.dispose()
    live = LiveServer(url, folder / "server.log", options=OPTIONS)
    live.start()
    try:
        yield live, team.tokens["sec"]
    finally:
        live.stop()


def _connect(live: LiveServer) -> socket.socket:
    return socket.create_connection(("127.0.0.1", live.port), timeout=10)


def _answer(sock: socket.socket) -> tuple[int, dict[str, object]]:
    """Status and JSON body of the answer on `sock` (read until the server closes)."""
    data = b""
    while chunk := sock.recv(65536):
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split()[1]), json.loads(body)


def _post_head(path: str, extra: str) -> bytes:
    return (f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            f"{extra}\r\n").encode()


def test_a_100_mb_login_body_is_refused_before_it_is_read(server: tuple[LiveServer, str]
                                                          ) -> None:
    live, _ = server
    before = live.rss_mib()
    started = time.monotonic()
    with _connect(live) as sock:
        sock.sendall(_post_head("/api/session", f"Content-Length: {100 * 2**20}\r\n"))
        # the first byte of the 100 MB only: bytes sent and never read by the server would make
        # its close a reset, which may reach this side before the answer is read
        sock.sendall(b"{")
        status, body = _answer(sock)
    assert status == 413
    assert body == {"detail": "the request body is larger than 1 MiB, the most this server "
                              "accepts here (set by --max-body-kib)"}
    assert time.monotonic() - started < 2
    assert live.rss_mib() - before < 20


def test_a_chunked_body_is_cut_off_once_it_passes_the_limit(server: tuple[LiveServer, str]
                                                            ) -> None:
    live, _ = server
    before = live.rss_mib()
    chunk = b"%x\r\n%s\r\n" % (65536, b" " * 65536)
    sent = 0
    with _connect(live) as sock:
        sock.sendall(_post_head("/api/session", "Transfer-Encoding: chunked\r\n"))
        try:
            while sent < 100 * 2**20:  # 100 MB, unless the server stops reading first
                sock.sendall(chunk)
                sent += 65536
        except (BrokenPipeError, ConnectionResetError):
            pass
        status, body = _answer(sock)
    assert status == 413 and "larger than 1 MiB" in str(body["detail"])
    assert sent < 10 * 2**20  # the server stopped reading long before 100 MB
    assert live.rss_mib() - before < 30


def test_a_record_may_be_larger_than_other_bodies_but_not_without_credentials(
        server: tuple[LiveServer, str]) -> None:
    live, token = server
    auth = {"Authorization": f"Bearer {token}"}
    big = {"key": "big", "record": {"padding": " " * (3 * 2**20)}}  # 3 MiB: over 1, under 20
    with httpx.Client(base_url=live.base, timeout=30) as client:
        anonymous = client.post("/api/records", json=big)
        assert anonymous.status_code == 413, anonymous.text
        assert "--max-body-kib" in anonymous.json()["detail"]
        signed = client.post("/api/records", json=big, headers=auth)
        assert signed.status_code == 422  # read and judged: not a record
    with _connect(live) as sock:
        sock.sendall(_post_head(f"/api/records/{KEY}", f"Authorization: Bearer {token}\r\n"
                                f"Content-Length: {21 * 2**20}\r\n").replace(b"POST", b"PUT"))
        status, body = _answer(sock)
    assert status == 413
    assert body == {"detail": "the request body is larger than 20 MiB, the most this server "
                              "accepts here (set by --max-record-mib)"}


def test_slow_headers_are_cut_off(server: tuple[LiveServer, str]) -> None:
    live, _ = server
    started = time.monotonic()
    with _connect(live) as sock:
        sock.sendall(b"GET /api/records HTTP/1.1\r\n")
        closed = False
        for _ in range(20):  # one byte a second, up to 20 s
            try:
                sock.sendall(b"X")
                time.sleep(1)
                sock.setblocking(False)
                closed = sock.recv(1) == b""
            except BlockingIOError:
                pass
            except (BrokenPipeError, ConnectionResetError):
                closed = True
            finally:
                sock.setblocking(True)
            if closed:
                break
    assert closed
    assert time.monotonic() - started < 5  # --header-timeout 2


def test_a_slow_body_is_refused_with_408(server: tuple[LiveServer, str]) -> None:
    live, _ = server
    started = time.monotonic()
    with _connect(live) as sock:
        sock.sendall(_post_head("/api/session", "Content-Length: 100\r\n"))
        for _ in range(2):  # one byte a second (the body would take 100 s), then nothing
            sock.sendall(b" ")
            time.sleep(1)
        status, body = _answer(sock)
    assert status == 408
    assert body == {"detail": "the request body took longer than 3 s to arrive (set by "
                              "--body-timeout)"}
    assert time.monotonic() - started < 7


def test_x_forwarded_for_does_not_get_around_the_lockout(server: tuple[LiveServer, str]
                                                         ) -> None:
    live, _ = server
    answers = []
    with httpx.Client(base_url=live.base, timeout=30) as client:
        for attempt in range(12):
            answers.append(client.post("/api/session", json={
                "name": "sec", "password": "wrong password"},
                headers={"X-Forwarded-For": f"10.0.0.{attempt}"}).status_code)
        right = client.post("/api/session", json={"name": "sec", "password": PASSWORD},
                            headers={"X-Forwarded-For": "10.0.1.1"})
    assert answers == [401] * 10 + [429] * 2
    assert right.status_code == 429 and "Retry-After" in right.headers
