"""Log-ins on a bounded pool: password hashing (argon2, tens of MiB and a core's worth of time
each) runs on a few threads of its own, with a bound on the log-ins in progress in all and from
one address, so that a flood of log-ins is refused quickly (429) instead of starving every
other request of threads, processor and memory."""

from __future__ import annotations

import asyncio
import contextlib
import os
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

from .access import Accounts, NotAuthenticated, TooManyAttempts, User


class LoginGate:
    def __init__(self, workers: int = 1, queue: int = 32, per_address: int = 4,
                 refusal_delay: float = 1.0) -> None:
        self.workers, self.queue, self.per_address = max(1, workers), max(1, queue), per_address
        self.refusal_delay = refusal_delay
        self._pool: ThreadPoolExecutor | None = None
        self._in_progress: Counter[str] = Counter()  # touched from the event loop only

    def _executor(self) -> ThreadPoolExecutor:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(self.workers, thread_name_prefix="sessional-login",
                                            initializer=_lower_priority)
        return self._pool

    async def authenticate(self, accounts: Accounts, name: str, password: str,
                           source: str) -> User:
        """`accounts.authenticate` on the pool, or TooManyAttempts at once when the server
        (login_queue) or this address (login_per_address) has too many log-ins in progress."""
        started = asyncio.get_running_loop().time()
        try:
            return await self._authenticate(accounts, name, password, source)
        except NotAuthenticated:
            # A refusal is answered no sooner than REFUSAL_DELAY after the request: it costs
            # the server nothing to wait, and one client can no longer try many times a second.
            left = started + self.refusal_delay - asyncio.get_running_loop().time()
            if left > 0:
                await asyncio.sleep(left)
            raise

    async def _authenticate(self, accounts: Accounts, name: str, password: str,
                            source: str) -> User:
        if self._in_progress.total() >= self.queue:
            raise TooManyAttempts(1, "the server has too many log-ins in progress")
        if self._in_progress[source] >= self.per_address:
            raise TooManyAttempts(1, "too many log-ins in progress from this address")
        self._in_progress[source] += 1
        try:
            return await asyncio.wrap_future(self._executor().submit(
                accounts.authenticate, name, password, source))
        finally:
            self._in_progress[source] -= 1
            if self._in_progress[source] <= 0:
                del self._in_progress[source]


HASHING_NICENESS = 10


def _lower_priority() -> None:
    """Linux schedules each thread on its own: the hashing threads give way to the threads
    that answer requests, so a flood of log-ins slows log-ins, not everything else."""
    with contextlib.suppress(OSError, AttributeError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), HASHING_NICENESS)
