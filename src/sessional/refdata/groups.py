"""Groups a delegation speaks for ("on behalf of the Group of 77 and China"), in six languages.

`curated/groups.csv`: each group's name and the form a sentence takes after "on behalf of" in
each language (with its article or case: "du Groupe des 77 et de la Chine", "Группы 77 и
Китая"), each row with its source. An empty cell is a name not found: the report shows a gap,
never a translation of ours.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from ..model import LANGUAGES, Lang


@dataclass(frozen=True)
class Group:
    key: str
    names: dict[Lang, str]
    on_behalf: dict[Lang, str]
    source: str


@cache
def groups() -> dict[str, Group]:
    text = files("sessional.refdata").joinpath("curated", "groups.csv").read_text(
        encoding="utf-8")
    out = {}
    for row in csv.DictReader(io.StringIO(text)):
        out[row["key"]] = Group(
            row["key"], {lang: row[f"name_{lang}"] for lang in LANGUAGES if row[f"name_{lang}"]},
            {lang: row[f"on_behalf_{lang}"] for lang in LANGUAGES if row[f"on_behalf_{lang}"]},
            row["source"])
    return out


def _folded(text: str) -> str:
    text = re.sub(r"^(?:(?:the|le|la|les|el|los|du|des|del|de la|de los)\s+|(?:de )?l['’]\s*)",
                  "", text.strip(), flags=re.I)
    return re.sub(r"\s+", " ", text.replace("’", "'")).casefold()


def group_named(text: str) -> Group | None:
    """The group a record names, in any of the six languages, with or without its article."""
    wanted = _folded(text)
    for group in groups().values():
        if any(_folded(name) == wanted for name in (*group.names.values(),
                                                    *group.on_behalf.values())):
            return group
    return None
