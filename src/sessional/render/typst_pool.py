"""A small pool of Typst compiler processes, each with a memory and a time budget.

Compiling a PDF takes memory in proportion to the report (about 250 MB per MB of record) and
Typst compiles one document at a time per compiler. Each compiler is a process of its own
(`typst_worker.py`): a report beyond the memory budget ends that process, not the server, and
the next report gets a fresh one; a report beyond the time budget is stopped. Reports wait for
a free compiler in a bounded queue; a large report uses at most all compilers but one, so
small reports are never stuck behind large ones.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import select
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path

from .pdf_budget import MIB, BudgetExceeded, Busy, PdfBudget, PdfRefused

__all__ = ["BudgetExceeded", "Busy", "CompilerPool", "PdfBudget", "PdfRefused"]
WORKER = Path(__file__).with_name("typst_worker.py")


class _Gone(Exception):
    pass


class _Compiler:
    def __init__(self, memory: int) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(WORKER), str(memory)], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, bufsize=0)

    def compile(self, source: bytes, deadline: float) -> bytes:
        stdin = self.process.stdin
        assert stdin is not None
        try:
            stdin.write(struct.pack(">Q", len(source)) + source)
        except (BrokenPipeError, OSError):
            raise _Gone from None
        size = struct.unpack(">Q", self._read(8, deadline))[0]
        answer = self._read(size, deadline)
        if answer[:1] == b"K":
            return answer[1:]
        if answer[:1] == b"M":
            raise _Gone
        raise RuntimeError(f"typst: {answer[1:].decode('utf-8', 'replace')}")

    def _read(self, count: int, deadline: float) -> bytes:
        assert self.process.stdout is not None
        fd, chunks, got = self.process.stdout.fileno(), [], 0
        while got < count:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise TimeoutError
            chunk = os.read(fd, min(count - got, 4 * MIB))
            if not chunk:
                raise _Gone
            chunks.append(chunk)
            got += len(chunk)
        return b"".join(chunks)

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.process.kill()
        self.process.wait()


class CompilerPool:
    def __init__(self, budget: PdfBudget | None = None) -> None:
        self.budget = budget = budget or PdfBudget()
        self._idle: list[_Compiler] = []
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(max(1, budget.workers))
        self._large_slots = threading.BoundedSemaphore(max(1, budget.workers - 1))
        self._in_line = 0

    def compile(self, source: bytes) -> bytes:
        """The PDF of a Typst source. BudgetExceeded beyond memory_mib or timeout, Busy when
        `queue` reports wait already or none got a compiler within `timeout`."""
        budget = self.budget
        with self._lock:
            if self._in_line >= budget.queue + budget.workers:
                raise Busy(f"{self._in_line} PDF reports are being made or wait; try again")
            self._in_line += 1
        try:
            deadline = time.monotonic() + budget.timeout
            large = len(source) >= budget.large_source
            with self._slot(self._large_slots if large else None, deadline), \
                    self._slot(self._slots, deadline):
                return self._run(source, deadline)
        finally:
            with self._lock:
                self._in_line -= 1

    @contextlib.contextmanager
    def _slot(self, slots: threading.BoundedSemaphore | None, deadline: float):  # type: ignore[no-untyped-def]
        if slots is None:
            yield
            return
        if not slots.acquire(timeout=max(0.0, deadline - time.monotonic())):
            raise Busy(f"no PDF compiler became free within {self.budget.timeout:g} s")
        try:
            yield
        finally:
            slots.release()

    def _run(self, source: bytes, deadline: float) -> bytes:
        with self._lock:
            compiler = self._idle.pop() if self._idle else None
        compiler = compiler or _Compiler(self.budget.memory_mib * MIB)
        try:
            pdf = compiler.compile(source, deadline)
        except TimeoutError:
            compiler.stop()
            raise BudgetExceeded(f"the PDF takes longer than {self.budget.timeout:g} s to "
                                 "make (the limit, SESSIONAL_PDF_TIMEOUT)") from None
        except _Gone:
            compiler.stop()
            raise BudgetExceeded(f"the PDF needs more memory than {self.budget.memory_mib} "
                                 "MiB (the limit, SESSIONAL_PDF_MEMORY_MIB)") from None
        except BaseException:
            compiler.stop()
            raise
        with self._lock:
            self._idle.append(compiler)
        return pdf

    def start(self, count: int) -> None:
        """Start up to `count` compilers (at most the budget's number) before the first
        report: each takes a moment to load Typst and the fonts, time that another core can
        spend while the reports are composed."""
        with self._lock:
            missing = min(count, self.budget.workers) - len(self._idle)
            self._idle += [_Compiler(self.budget.memory_mib * MIB) for _ in range(missing)]

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for compiler in idle:
            compiler.stop()

    def forget(self) -> None:
        """In a forked copy of the process: let go of the compilers, which are the parent's.
        (Without the lock: a thread of the parent may have held it at the fork, and the copy
        has no other thread.)"""
        idle, self._idle = self._idle, []
        for compiler in idle:
            for stream in (compiler.process.stdin, compiler.process.stdout):
                if stream is not None:
                    with contextlib.suppress(OSError):
                        stream.close()


_shared = CompilerPool()
atexit.register(lambda: _shared.close())


def shared() -> CompilerPool:
    """The process's compilers."""
    return _shared


def configure(budget: PdfBudget) -> None:
    """The compilers' number and budget from now on (the idle ones are stopped)."""
    global _shared
    old, _shared = _shared, CompilerPool(budget)
    old.close()


def _fresh_in_child() -> None:
    global _shared
    inherited, _shared = _shared, CompilerPool(_shared.budget)
    inherited.forget()


os.register_at_fork(after_in_child=_fresh_in_child)
