"""Companies named by their company name take the business sector (CAMEO agent BUS).

The actor dictionaries know few companies; a name that ends in a company's designator ("Inc.",
"Corp.", "Ltd": ``company_designators`` of ``event_nonevent_cues.json``), or the first words of
such a name the text gives ("Halvex" beside "Halvex Inc."), is a company's all the same
(``nonevents.company_name``): its actor keeps its country and takes the sector BUS (annotation
guide, section 3).
"""

from __future__ import annotations

from typing import Any

from ..ontology.cameo import international_codes
from .actors import actor_code
from .nonevents import company_name

BUSINESS = "BUS"


def mark_companies(coded: list[dict[str, Any]], entities: list[dict[str, Any]]) -> None:
    """Give the business sector to the actors of ``coded`` events that stand for an organisation
    entity named as a company and have no sector of their own, in place."""
    names = {e.get("id"): str(e.get("name") or "") for e in entities if e.get("type") == "ORG"}
    if not names:
        return
    organisations = list(names.values())
    companies: dict[Any, bool] = {}
    for event in coded:
        for actor in (*event["_sources"], *event["_targets"]):
            entity = actor.get("entity") if actor else None
            if entity not in names or actor.get("sector"):
                continue
            if str(actor.get("code") or "").startswith(international_codes()):
                continue
            if entity not in companies:
                companies[entity] = company_name(names[entity], organisations)
            if companies[entity]:
                country = str(actor.get("country") or "")
                actor.update(sector=BUSINESS, code=actor_code(country, BUSINESS))
