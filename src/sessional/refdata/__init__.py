"""Reference data: States and areas, organizations, name history, treaty status, list order.

Loaded from the JSON files in `data/`, built from public sources by `scripts/build_refdata.py`
(provenance in `curated/sources.csv`; format in `FORMAT.md`).
"""

from .bodies import (
    BodyGrammar,
    BodyTemplate,
    Named,
    body_by_series,
    body_grammar,
    body_templates,
    conventions,
    name_case,
    place_by_name,
    places,
)
from .collation import order_language, sort_key, sort_names, sort_states
from .countries import Country, NameSpan, all_countries, country
from .organizations import Organization, all_organizations, organization
from .resolve import Match, Resolution, resolve
from .treaties import (
    Participation,
    Status,
    TreatyList,
    lists_stamp,
    treaty_list,
    treaty_status,
    untoc_participants,
    untoc_status,
)

__all__ = [
    "BodyGrammar",
    "BodyTemplate",
    "Country",
    "Match",
    "NameSpan",
    "Named",
    "Organization",
    "Participation",
    "Resolution",
    "Status",
    "TreatyList",
    "all_countries",
    "all_organizations",
    "body_by_series",
    "body_grammar",
    "body_templates",
    "conventions",
    "country",
    "lists_stamp",
    "name_case",
    "order_language",
    "organization",
    "place_by_name",
    "places",
    "resolve",
    "sort_key",
    "sort_names",
    "sort_states",
    "treaty_list",
    "treaty_status",
    "untoc_participants",
    "untoc_status",
]
