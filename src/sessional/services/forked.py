"""Work done in a forked copy of this process, so that a command writing several reports uses
both cores: the copy shares everything already imported and loaded, and streams its results
back over a pipe (pickled messages, each with an 8-byte length). An error in the copy comes
back as the same exception, raised where the parent reads the messages."""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import struct
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

Send = Callable[[Any], None]


class WorkerStopped(RuntimeError):
    """The forked copy ended without finishing its work (killed, or out of memory)."""


def cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1


class Forked:
    """`work(send)` run in a forked copy of this process; iterate to receive what it sends."""

    def __init__(self, work: Callable[[Send], None]) -> None:
        read, write = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:  # the copy: never returns
            os.close(read)
            _run_child(work, write)
        os.close(write)
        self._stream: BinaryIO = os.fdopen(read, "rb")
        self._finished = False

    def __iter__(self) -> Iterator[Any]:
        while (frame := _frame(self._stream)) is not None:
            kind, value = pickle.loads(frame)
            if kind == "done":
                self._finished = True
                return
            if kind == "error":
                self._finished = True
                raise value
            yield value
        raise WorkerStopped(f"a report worker stopped ({self._status()})")

    def close(self) -> None:
        """Stop the copy if it is still at work; always wait for it."""
        if not self._finished:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
        self._stream.close()
        self._status()

    def _status(self) -> str:
        try:
            _, status = os.waitpid(self.pid, 0)
        except ChildProcessError:  # already waited for
            return "ended"
        if os.WIFSIGNALED(status):
            return f"signal {os.WTERMSIG(status)}"
        return f"exit code {os.waitstatus_to_exitcode(status)}"


def _frame(stream: BinaryIO) -> bytes | None:
    header = stream.read(8)
    if len(header) < 8:
        return None
    return stream.read(struct.unpack(">Q", header)[0])


def _run_child(work: Callable[[Send], None], fd: int) -> None:
    code = 1
    try:
        with os.fdopen(fd, "wb") as out:
            def send(kind: str, value: Any) -> None:
                data = pickle.dumps((kind, value), pickle.HIGHEST_PROTOCOL)
                out.write(struct.pack(">Q", len(data)) + data)
                out.flush()

            try:
                work(lambda value: send("value", value))
                send("done", None)
            except BaseException as error:  # every error goes to the parent
                send("error", _portable(error))
            code = 0
    finally:
        os._exit(code)  # no atexit, no flushing of the parent's buffers


def _portable(error: BaseException) -> BaseException:
    """The error itself if it survives pickling, else a RuntimeError with its message."""
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:
        return RuntimeError(f"{type(error).__name__}: {error}")
    return error
