"""A Typst compiler in a process of its own, run as a script by `typst_pool` (it imports
nothing of sessional, so it starts in a fraction of a second).

Arguments: the memory budget in bytes (its address space is limited to it; 0: no limit).
Frames on standard input and output: an 8-byte big-endian length, then the bytes. In: Typst
source. Out: b"K" and the PDF, or b"E" and the compiler's message.
"""

from __future__ import annotations

import os
import resource
import struct
import sys
import tempfile
from typing import BinaryIO


def _frame(stream: BinaryIO) -> bytes | None:
    header = stream.read(8)
    if len(header) < 8:
        return None
    return stream.read(struct.unpack(">Q", header)[0])


# the report's fonts (`pdf.FONTS`): read these files only, instead of every font on the
# system (a quarter of a second for each compiler on a machine with the Noto set)
FONT_FILES = ("NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf", "NotoSerif-Italic.ttf",
              "NotoSerif-BoldItalic.ttf", "NotoSerifCJK-Regular.ttc", "NotoSerifCJK-Bold.ttc",
              "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf")
FONT_FOLDERS = ("/usr/share/fonts/truetype/noto", "/usr/share/fonts/opentype/noto")


def report_fonts(folder: str) -> bool:
    """Links in `folder` to the report fonts' files (Typst reads folders, not files); False
    when one is missing (then Typst reads the system's fonts)."""
    for name in FONT_FILES:
        paths = [p for p in (os.path.join(d, name) for d in FONT_FOLDERS) if os.path.exists(p)]
        if not paths:
            return False
        os.symlink(paths[0], os.path.join(folder, name))
    return True


def main() -> None:
    memory = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    if memory > 0:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    import typst

    fonts = tempfile.TemporaryDirectory(prefix="sessional-fonts-")
    compiler = typst.Compiler(font_paths=[fonts.name], ignore_system_fonts=True) \
        if report_fonts(fonts.name) else typst.Compiler()
    while (source := _frame(sys.stdin.buffer)) is not None:
        try:
            pdf = compiler.compile(input=source, format="pdf")
            assert isinstance(pdf, bytes)
            answer = b"K" + pdf
        except MemoryError:
            answer = b"M"
        except Exception as err:  # Typst's compile errors: the message goes to the parent
            answer = b"E" + str(err).encode("utf-8", "replace")
        sys.stdout.buffer.write(struct.pack(">Q", len(answer)) + answer)
        sys.stdout.buffer.flush()


if __name__ == "__main__":
    main()
