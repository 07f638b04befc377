"""The page's publisher: the home organisation its records speak for.

A page published by a body (the DGEQ, the RECEF, the COPA ...) tells that body's activities:
"a representative", "our institution", "the network" are its people, and it takes part in
each activity the page records. A page of the press (a newspaper, a news site) is nobody's
home: its records name only the bodies the text says took part.
"""

from __future__ import annotations

from dataclasses import dataclass

from graphbuild.gazetteer import Gazetteer
from graphbuild.ingest.names import NameIndex, fold
from graphbuild.sources import PageMeta


@dataclass(frozen=True)
class Home:
    """The organisation a page speaks for: a gazetteer id, or the name as written."""

    org: str
    resolved: bool


def home_organization(meta: PageMeta, gazetteer: Gazetteer, index: NameIndex) -> Home | None:
    """The home organisation of a page with this metadata; None for the press or when the
    publisher is not known.

    The publisher may be written as a gazetteer id, an acronym, a name or an alias; a
    publisher the gazetteer does not know is kept as written (``resolved`` False).
    """
    if meta.publisher is None or meta.publisher_kind == "press":
        return None
    written = " ".join(meta.publisher.split())
    if written in gazetteer.organizations:
        return Home(written, True)
    wanted = fold(written).lower()
    for org in gazetteer.organizations.values():
        names = (org.acronym, org.name_en, org.name_fr, *org.aliases)
        if any(fold(n).lower() == wanted for n in names):
            return Home(org.id, True)
    # A name that holds one known organisation's name and little else ("Élections Québec
    # (DGEQ)", "the RECEF network").
    hits = [h for h in index.find(written) if h.category == "organization" and len(h.refs) == 1]
    if len({h.refs[0] for h in hits}) == 1:
        covered = sum(h.end - h.start for h in hits)
        if covered >= 0.5 * len(written):
            return Home(hits[0].refs[0], True)
    return Home(written, False)
