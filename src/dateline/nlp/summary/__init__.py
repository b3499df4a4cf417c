"""``dateline_summary``: the main event of the article as who / what / when / where / why / how.

In the spirit of Giveme5W1H (Hamborg et al. 2019), without its CoreNLP server or network geocoder:

- who / what: the subject and the verb phrase of the clauses in the lead, ranked by position, by whether
  the subject names an entity, and by how often that entity recurs; a reporting clause ("..., police
  said") yields the reported clause; a pronoun subject is replaced by the entity it most likely means.
- when: the time expressions of ``doc._.times`` (or the parser's DATE/TIME entities), early and in the
  main clause first, dates before durations.
- where: the place mentions of ``doc._.places`` (or GPE/LOC/FAC entities), early and in the main clause
  first, towns and buildings before countries; the dateline place is a candidate too.
- why / how: causal and manner cues (``ontology/summary_cues.json``) and the phrases they open.

Every answer is a span of the body (the dateline answer, which is not in the body, has no offsets).
Each layer is optional: a missing one only removes its candidates.
"""

from .component import MainEvent, make_summary
from .cues import WS

__all__ = ["WS", "MainEvent", "make_summary"]
