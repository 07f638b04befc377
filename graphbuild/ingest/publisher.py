"""The page's publisher: the home organisation its records speak for.

A page published by a body (the DGEQ, the RECEF, the COPA ...) tells that body's activities:
"a representative", "our institution", "the network" are its people, and it takes part in
each activity the page records. A page of the press (a newspaper, a news site) is nobody's
home: its records name only the bodies the text says took part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graphbuild.gazetteer import Gazetteer
from graphbuild.ingest.names import NameIndex, fold
from graphbuild.sources import PageMeta


@dataclass(frozen=True)
class Home:
    """The organisation a page speaks for: a gazetteer id, or the name as written, and its
    country (alpha-3) where known: the gazetteer's, or a country its name holds ("CENI
    Niger", "Commission électorale nationale indépendante du Burkina Faso", "Australian
    Electoral Commission")."""

    org: str
    resolved: bool
    country: str | None = None


def home_organization(
    meta: PageMeta, gazetteer: Gazetteer, index: NameIndex, text: str = ""
) -> Home | None:
    """The home organisation of a page with this metadata; None for the press or when the
    publisher is not known.

    The publisher may be written as a gazetteer id, an acronym, a name or an alias; a
    publisher the gazetteer does not know is kept as written (``resolved`` False), in the
    country its name holds or, failing that, the one its address on the page (``text``)
    names ("36, rue du Louvre, 75042 Paris Cedex 01").
    """
    home = _home(meta, gazetteer, index)
    if home is not None and home.country is None and text and _national(home, gazetteer):
        return Home(home.org, home.resolved, address_country(index, gazetteer, text))
    return home


# Words of the names of international and regional bodies and networks, whose seat is no
# home country of their activities.
INTERNATIONAL_NAME = re.compile(
    r"\b(?:international\w*|commonwealth|union|network|réseau|association|forum|assembly|"
    r"assemblée|francophon\w*|organi[sz]ation|institute?|secretariat|secrétariat|foundation|"
    r"fondation|centre for|center for|programme|program|nations|observatory|observatoire|"
    r"parliament\w*|parlement\w*)\b",
    re.IGNORECASE,
)
_INTERNATIONAL_KINDS = frozenset(
    [
        "intergovernmental-organization",
        "parliamentary-assembly",
        "network-of-electoral-bodies",
        "ngo",
    ]
)


def _national(home: Home, gazetteer: Gazetteer) -> bool:
    """Whether a publisher is a body of one country (a commission, a ministry), not an
    international body or a network, by its gazetteer entry or its name."""
    org = gazetteer.organizations.get(home.org) if home.resolved else None
    if org is not None:
        return org.type not in _INTERNATIONAL_KINDS
    return INTERNATIONAL_NAME.search(home.org) is None


def _home(meta: PageMeta, gazetteer: Gazetteer, index: NameIndex) -> Home | None:
    if meta.publisher is None or meta.publisher_kind == "press":
        return None
    written = " ".join(meta.publisher.split())
    if written in gazetteer.organizations:
        return Home(written, True, gazetteer.organizations[written].country)
    wanted = fold(written).lower()
    for org in gazetteer.organizations.values():
        names = (org.acronym, org.name_en, org.name_fr, *org.aliases)
        if any(fold(n).lower() == wanted for n in names):
            return Home(org.id, True, org.country)
    found = index.find(written)
    # A name that holds one known organisation's name and little else ("Élections Québec
    # (DGEQ)", "the RECEF network").
    hits = [h for h in found if h.category == "organization" and len(h.refs) == 1]
    if len({h.refs[0] for h in hits}) == 1:
        covered = sum(h.end - h.start for h in hits)
        if covered >= 0.5 * len(written):
            org_id = hits[0].refs[0]
            return Home(org_id, True, gazetteer.organizations[org_id].country)
    return Home(written, False, country_in_name(index, written))


def country_in_name(index: NameIndex, name: str) -> str | None:
    """The one country (alpha-3) a body's name holds, by its name or its people's
    ("CENI Niger", "Electoral Commission of Ghana", "Australian Electoral Commission"), if
    it names one."""
    found = index.find(name)
    named = [h.refs[0] for h in found if h.category == "country"] or [
        h.refs[0] for h in found if h.category == "demonym"
    ]
    return named[0] if len(set(named)) == 1 else None


# A line of a postal address: a street, a post box, a postcode, a telephone.
_ADDRESS = re.compile(
    r"\b(?:rue|avenue|av\.|boulevard|bd|chemin|place|quai|route|street|st\.|road|rd\.|"
    r"drive|lane|P\.?\s?O\.?\s?Box|B\.?\s?P\.?|Cedex|CS|tél|tel|phone|fax)\b|\b\d{4,5}\s+[A-ZÀ-Ý]",
    re.IGNORECASE,
)


def address_country(index: NameIndex, gazetteer: Gazetteer, text: str) -> str | None:
    """The one country the page's address lines name (its first and last lines: a header
    or a footer), by a city or a country, if they name one."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    found: set[str] = set()
    for line in [*lines[:8], *lines[-8:]]:
        if not _ADDRESS.search(line):
            continue
        for hit in index.find(line):
            if hit.category == "country":
                found.add(hit.refs[0])
            elif hit.category == "place":
                found.add(gazetteer.places[hit.refs[0]].country)
    return found.pop() if len(found) == 1 else None
