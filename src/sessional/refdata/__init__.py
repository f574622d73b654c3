"""Reference data: States and areas, organizations, name history, treaty status, list order.

Loaded from the JSON files in `data/`, built from public sources by `scripts/build_refdata.py`
(provenance in `curated/sources.csv`; format in `FORMAT.md`).
"""

from .collation import order_language, sort_key, sort_names, sort_states
from .countries import Country, NameSpan, all_countries, country
from .organizations import Organization, all_organizations, organization
from .resolve import Match, Resolution, resolve
from .treaties import Participation, Status, untoc_participants, untoc_status

__all__ = [
    "Country", "Match", "NameSpan", "Organization", "Participation", "Resolution", "Status",
    "all_countries", "all_organizations", "country", "order_language", "organization",
    "resolve", "sort_key", "sort_names", "sort_states", "untoc_participants", "untoc_status",
]
