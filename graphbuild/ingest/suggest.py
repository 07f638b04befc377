"""Ready-to-paste gazetteer entries for the names the ingester could not resolve.

The ingest report lists every unknown organisation, person and place, whole; for each, a
TOML entry of the matching ``data/*.toml`` file is drafted here, to be reviewed (type,
French name, Wikidata id) and pasted. Nothing is added to the gazetteers by itself.

>>> print(gazetteer_entry("organization", "National Democratic Institute (NDI)"))
[[organization]]
id = "ndi"
acronym = "NDI"
name_en = "National Democratic Institute"
name_fr = "National Democratic Institute"
type = "ngo"  # review: the closest of the types in data/organizations.toml
"""

from __future__ import annotations

import json
import re

from graphbuild.ingest.names import fold
from graphbuild.pattern_cache import compile_pattern

_ACRONYM = compile_pattern(r"^(?P<name>.+?)\s*\((?P<acr>[^()]{2,12})\)$")
_NOT_ID = compile_pattern(r"[^a-z0-9]+")
_TYPES = [
    ("parliamentary-assembly", r"parliament|parlement|assembly|assembl[ée]e|senate|s[ée]nat"),
    ("electoral-management-body", r"electoral|[ée]lectoral|elections?|[ée]lections?|scrutin"),
    ("government-agency", r"ministry|minist[èe]re|department|agency|agence|direction"),
    ("academic", r"universit|institute of|school|[ée]cole|college|coll[èe]ge"),
    ("network-of-electoral-bodies", r"network|r[ée]seau"),
]


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a TOML basic string


def _ident(text: str) -> str:
    return _NOT_ID.sub("-", fold(text).lower()).strip("-") or "unnamed"


def gazetteer_entry(category: str, text: str, country: str | None = None) -> str | None:
    """A TOML entry for an unresolved name of ``category`` (organization, person, place);
    None for other categories. ``country`` is the alpha-3 code of a place's country."""
    if category == "organization":
        m = _ACRONYM.match(text)
        name, acronym = (m.group("name"), m.group("acr")) if m else (text, text)
        kind = next((t for t, words in _TYPES if re.search(words, name, re.IGNORECASE)), "ngo")
        return "\n".join(
            [
                "[[organization]]",
                f"id = {_quoted(_ident(acronym if m else name))}",
                f"acronym = {_quoted(acronym)}",
                f"name_en = {_quoted(name)}",
                f"name_fr = {_quoted(name)}",
                f"type = {_quoted(kind)}  # review: the closest of the types in "
                "data/organizations.toml",
            ]
        )
    if category == "person":
        return "\n".join(["[[person]]", f"id = {_quoted(_ident(text))}", f"name = {_quoted(text)}"])
    if category == "place":
        lines = [
            "[[place]]",
            f"id = {_quoted(_ident(text))}",
            f"name_en = {_quoted(text)}",
            f"name_fr = {_quoted(text)}",
        ]
        if country:
            lines.append(f"country = {_quoted(country)}")
        else:
            lines.append('country = ""  # the country\'s ISO alpha-3 code')
        return "\n".join(lines)
    return None
