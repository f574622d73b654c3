"""Who attended, by category, and the persons with a role (chair or president, vice-chairs or
vice-presidents, rapporteur, panel)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError
from typing_extensions import TypeAliasType

from .bodies import BodyKey, Gender
from .facts import FactList, LocalizedText, Model, unknown_list
from .wording import marked

STATE_CODE = r"^[A-Z]{3}$"
ORG_KEY = r"^[a-z][a-z0-9_]{1,39}$"

StateCode = TypeAliasType("StateCode", Annotated[str, Field(
    pattern=STATE_CODE, description="ISO 3166-1 alpha-3 code")])


KEY_OR_NAME = marked("an organization needs a reference-data key or a name")
ONE_KIND = marked("a delegation is exactly one of: state, organization, secretariat")


class OrgRef(Model):
    """An organization: a key of the reference data, or a name where the data has none."""

    key: str | None = Field(default=None, pattern=ORG_KEY, examples=["gcc_ciccd"])
    name: LocalizedText = Field(default_factory=dict,
                                description="Name as written, where `key` is absent or differs")

    @model_validator(mode="after")
    def _named(self) -> OrgRef:
        if self.key is None and not self.name:
            raise PydanticCustomError("organization_named", KEY_OR_NAME)
        return self


class Attendance(Model):
    """Participants by category; every category is a list that may be partial or unknown."""

    states_parties: FactList[StateCode] = Field(default_factory=unknown_list)
    signatories: FactList[StateCode] = Field(default_factory=unknown_list)
    observer_states: FactList[StateCode] = Field(default_factory=unknown_list)
    regional_economic_integration_organizations: FactList[OrgRef] = Field(
        default_factory=unknown_list)
    un_secretariat_units: FactList[OrgRef] = Field(default_factory=unknown_list)
    un_funds_and_programmes: FactList[OrgRef] = Field(default_factory=unknown_list)
    specialized_agencies: FactList[OrgRef] = Field(default_factory=unknown_list)
    intergovernmental_organizations: FactList[OrgRef] = Field(default_factory=unknown_list)
    non_governmental_organizations: FactList[OrgRef] = Field(default_factory=unknown_list)


STATE_CATEGORIES = ("states_parties", "signatories", "observer_states")
ORGANIZATION_CATEGORIES = (
    "regional_economic_integration_organizations",
    "un_secretariat_units",
    "un_funds_and_programmes",
    "specialized_agencies",
    "intergovernmental_organizations",
    "non_governmental_organizations",
)

Role = Literal["chair", "vice_chair", "president", "vice_president", "rapporteur", "panellist",
               "moderator"]
"""A person's role: a working group has a Chair and Vice-Chairs; a Conference of the Parties
(of the States Parties) elects a President and Vice-Presidents (its rules of procedure)."""


class Person(Model):
    name: str = Field(min_length=1)
    name_forms: LocalizedText = Field(default_factory=dict, description="The name as written "
                                      "in a language of another script (ru Cyrillic, ar Arabic, "
                                      "zh Chinese); without it such a report shows a gap, never "
                                      "a machine transliteration")
    gender: Gender | None = Field(default=None, description="Grammatical gender, where a "
                                  "language agrees with the person (ru был / была)")
    role: Role
    state: StateCode | None = None
    bodies: tuple[BodyKey, ...] = Field(default=(), description="Bodies in which the role is held")
    items: tuple[str, ...] = Field(default=(), description="Agenda items (of the first body) for "
                                   "panellists and moderators")


class Delegation(Model):
    """Who speaks: a State, an organization, or the Secretariat."""

    state: StateCode | None = None
    organization: OrgRef | None = None
    secretariat: bool = False

    @model_validator(mode="after")
    def _exactly_one(self) -> Delegation:
        given = sum([self.state is not None, self.organization is not None, self.secretariat])
        if given != 1:
            raise PydanticCustomError("delegation_kind", ONE_KIND)
        return self

