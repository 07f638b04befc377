"""Unique labels for organisations: one readable name per body, never shared.

Acronyms are what people write, but they are not names: there are five CENI and three CEI in
the gazetteer. An organisation's label is its acronym when no other organisation of the
gazetteer has it; otherwise the acronym followed by the country it serves ("CENI (Burkina
Faso)"); otherwise by its English name; the id settles what is still shared. Everything
comes from the gazetteer, so adding a sixth CENI relabels nothing by hand.

>>> from graphbuild.records import Organization, OrgType
>>> emb = OrgType.ELECTORAL_MANAGEMENT_BODY
>>> orgs = [
...     Organization("ceni-bfa", "CENI", "Commission (Burkina Faso)", "", emb, country="BFA"),
...     Organization("ceni-tgo", "CENI", "Commission (Togo)", "", emb, country="TGO"),
...     Organization("oif", "OIF", "Francophonie", "", OrgType.INTERGOVERNMENTAL),
... ]
>>> organisation_labels(orgs, {"BFA": "Burkina Faso", "TGO": "Togo"})
{'ceni-bfa': 'CENI (Burkina Faso)', 'ceni-tgo': 'CENI (Togo)', 'oif': 'OIF'}
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

from graphbuild.records import Organization

if TYPE_CHECKING:
    from graphbuild.gazetteer import Gazetteer

#: What an unresolved name (kept as written) gets when it reads like a known label.
UNRESOLVED_SUFFIX = " (unresolved)"


def _key(label: str) -> str:
    return " ".join(label.casefold().split())


def organisation_labels(
    organizations: Iterable[Organization], country_names: Mapping[str, str]
) -> dict[str, str]:
    """Each organisation's unique label, by id (ids in sorted order).

    ``country_names`` maps alpha-3 codes to the English names used in labels. Labels are
    unique even compared without case and repeated spaces.
    """
    orgs = sorted(organizations, key=lambda o: o.id)

    def by_country(o: Organization) -> str | None:
        name = country_names.get(o.country or "")
        return f"{o.acronym} ({name})" if name else None

    def by_name(o: Organization) -> str | None:
        same = _key(o.name_en) == _key(o.acronym)
        return None if same else f"{o.acronym} ({o.name_en})"

    ways: tuple[Callable[[Organization], str | None], ...] = (
        lambda o: o.acronym,
        by_country,
        by_name,
        lambda o: f"{o.acronym} ({o.id})",
    )
    labels: dict[str, str] = {}
    pending = orgs
    for way in ways:
        candidates = {o.id: way(o) for o in pending}
        # A candidate is taken when nobody else still pending proposes it, and no label
        # already given is the same.
        counts = Counter(_key(c) for c in candidates.values() if c)
        taken = {_key(label) for label in labels.values()}
        left: list[Organization] = []
        for o in pending:
            candidate = candidates[o.id]
            if candidate and counts[_key(candidate)] == 1 and _key(candidate) not in taken:
                labels[o.id] = candidate
            else:
                left.append(o)
        pending = left
    for o in pending:  # two ids differ, so this cannot happen; kept as a guard
        raise ValueError(f"no unique label for organisation '{o.id}'")
    return dict(sorted(labels.items()))


def gazetteer_labels(gazetteer: Gazetteer) -> dict[str, str]:
    """:func:`organisation_labels` of every organisation of the gazetteer."""
    names = {code: c.name_en for code, c in gazetteer.countries.items()}
    return organisation_labels(gazetteer.organizations.values(), names)


def unresolved_label(name: str, labels: Iterable[str]) -> str:
    """An unresolved organisation name as written, marked when a known label reads the same
    (case aside, as ``queries/missions.rq`` compares them).

    >>> unresolved_label("EC", ["EC", "OIF"])
    'EC (unresolved)'
    >>> unresolved_label("National Democratic Institute", ["EC"])
    'National Democratic Institute'
    """
    known = {label.lower() for label in labels}
    return f"{name}{UNRESOLVED_SUFFIX}" if name.lower() in known else name
