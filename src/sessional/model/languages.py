"""The six languages of the record and its reports (apart from the record model, so that a
command can check a --lang option before loading it)."""

from __future__ import annotations

from typing import Literal

Lang = Literal["ar", "zh", "en", "fr", "es", "ru"]
LANGUAGES: tuple[Lang, ...] = ("ar", "zh", "en", "fr", "es", "ru")
