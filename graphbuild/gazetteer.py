"""Load the reviewed gazetteers of ``data/``: organisations, countries, people, places.

Countries come from ``pycountry`` (ISO codes, English names, French names from its
translations); ``data/countries.toml`` adds usual names, aliases, demonyms and Wikidata ids.
"""

from __future__ import annotations

import functools
import gettext
import hashlib
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pycountry

from graphbuild.errors import GazetteerError, utf8_text, where
from graphbuild.records import Country, Organization, OrgType, Person, Place, Post
from graphbuild.resources import GAZETTEER_FILES, gazetteer_dir

QID = re.compile(r"^Q[1-9][0-9]*$")
ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Gazetteer:
    organizations: dict[str, Organization]
    countries: dict[str, Country]  # by alpha-3
    people: dict[str, Person]
    places: dict[str, Place]

    def organization(self, org_id: str) -> Organization | None:
        return self.organizations.get(org_id)


#: The text of each gazetteer file as last loaded: the entries' lines are looked up in it
#: (each entry's place is worked out as it is read, so that its messages can name it)
#: without reading the file again for each entry.
_LOADED_TEXT: dict[str, str] = {}


def _load_toml(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise GazetteerError("missing gazetteer file", str(path), "restore it from git") from None
    except OSError as exc:
        raise GazetteerError(f"cannot be read: {exc.strerror or exc}", str(path)) from None
    text = utf8_text(
        raw, str(path), GazetteerError, "save the file as UTF-8, e.g. with iconv -f latin1 -t utf-8"
    )
    _LOADED_TEXT[str(path)] = text  # for the lines of messages, as it was when loaded
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise GazetteerError(f"not valid TOML: {exc}", str(path), "fix the syntax") from None


#: The keys of each gazetteer table whose values must be texts, and lists of texts.
_TEXT_KEYS = {
    "country": ("alpha3", "name_en", "name_fr", "wikidata"),
    "organization": (
        "id",
        "acronym",
        "name_en",
        "name_fr",
        "type",
        "country",
        "wikidata",
        "parent",
        "home_city",
        "acts_for",
    ),
    "person": ("id", "name", "wikidata"),
    "post": ("role", "organization", "start", "end"),
    "place": ("id", "name_en", "name_fr", "country", "wikidata", "kind"),
}
_LIST_KEYS = {
    "country": ("aliases", "demonyms", "not_alone"),
    "organization": ("aliases", "member_of", "generic_names"),
    "person": ("aliases",),
    "post": (),
    "place": ("aliases",),
}


def _entries(path: Path, doc: dict[str, Any], table: str) -> list[dict[str, Any]]:
    """The ``[[table]]`` entries of a gazetteer file, each checked for the types of its
    known keys (texts, lists of texts, and a person's ``[[person.post]]`` tables)."""
    found = doc.get(table, [])
    hint = f"write each entry as a [[{table}]] table"
    if not isinstance(found, list) or not all(isinstance(e, dict) for e in found):
        raise GazetteerError(f"'{table}' is not a list of tables", str(path), hint)
    for n, entry in enumerate(found, 1):
        _check_types(path, entry, table, n)
        posts = entry.get("post", []) if table == "person" else []
        if not isinstance(posts, list) or not all(isinstance(p, dict) for p in posts):
            raise GazetteerError(
                "'post' is not a list of tables",
                _entry_loc(path, entry, table, n),
                "write each post as a [[person.post]] table",
            )
        for post in posts:
            _check_types(path, post, "post", n, owner=entry)
    return found


def _entry_loc(path: Path, entry: dict[str, Any], table: str, n: int) -> str:
    key = "alpha3" if table == "country" else "id"
    ident = entry.get(key)
    if isinstance(ident, str) and ident:
        return where(str(path), _line_of_table(path, key, ident), ident)
    return where(str(path), None, f"{table} {n}")


def _check_types(
    path: Path, entry: dict[str, Any], table: str, n: int, owner: dict[str, Any] | None = None
) -> None:
    loc = _entry_loc(path, owner or entry, "person" if owner else table, n)
    for key in _TEXT_KEYS[table]:
        if key in entry and not isinstance(entry[key], str):
            raise GazetteerError(
                f"'{key}' is {entry[key]!r}, not a text", loc, "write it in quotes"
            )
    for key in _LIST_KEYS[table]:
        value = entry.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise GazetteerError(
                f"'{key}' must be a list of strings", loc, 'write it as ["...", "..."]'
            )


def _line_of_table(path: Path, key: str, value: str) -> int | None:
    """The line where ``key = "value"`` stands, for messages."""
    text = _LOADED_TEXT.get(str(path))
    if text is None:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            return None
    if '"' in value:  # not a key of the index below: look line by line
        for n, line in enumerate(text.splitlines(), 1):
            if re.match(rf'\s*{re.escape(key)}\s*=\s*"{re.escape(value)}"', line):
                return n
        return None
    return _quoted_values(text).get((key, value))


@functools.lru_cache(maxsize=8)
def _quoted_values(text: str) -> dict[tuple[str, str], int]:
    """The first line of each ``key = "value..."`` of a file's text, by (key, value up to
    the next quote): every entry's line found in one pass, not one pass per entry."""
    found: dict[tuple[str, str], int] = {}
    for n, line in enumerate(text.splitlines(), 1):
        match = _KEY_QUOTE.match(line)
        if match:
            value = line[match.end() :].split('"', 1)
            if len(value) == 2:  # a closing quote on the line, as the pattern asks
                found.setdefault((match.group(1), value[0]), n)
    return found


_KEY_QUOTE = re.compile(r'\s*([^\s=]+)\s*=\s*"')


def _strs(entry: dict[str, Any], key: str, path: Path, ident: str) -> tuple[str, ...]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise GazetteerError(
            f"'{key}' must be a list of strings",
            where(str(path), _line_of_table(path, "id", ident), ident),
        )
    return tuple(value)


def _opt(entry: dict[str, Any], key: str) -> str | None:
    value = entry.get(key)
    return str(value) if value not in (None, "") else None


def _check_qid(qid: str | None, path: Path, ident: str) -> None:
    if qid is not None and not QID.match(qid):
        raise GazetteerError(
            f"wikidata '{qid}' is not a QID like Q142",
            where(str(path), _line_of_table(path, "wikidata", qid), ident),
        )


def _french_names() -> gettext.NullTranslations:
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    except OSError:
        return gettext.NullTranslations()


def load_countries(path: Path) -> dict[str, Country]:
    fr = _french_names()
    extra: dict[str, dict[str, Any]] = {}
    for entry in _entries(path, _load_toml(path), "country"):
        code = str(entry.get("alpha3", ""))
        if pycountry.countries.get(alpha_3=code) is None:
            raise GazetteerError(
                f"'{code}' is not an ISO 3166-1 alpha-3 code",
                where(str(path), _line_of_table(path, "alpha3", code)),
                "use pycountry's codes",
            )
        extra[code] = entry
    countries: dict[str, Country] = {}
    for c in pycountry.countries:
        entry = extra.get(c.alpha_3, {})
        name_en = entry.get("name_en") or getattr(c, "common_name", None) or c.name
        name_fr = entry.get("name_fr") or fr.gettext(c.name)
        _check_qid(_opt(entry, "wikidata"), path, c.alpha_3)
        official = getattr(c, "official_name", None)
        aliases = list(_strs(entry, "aliases", path, c.alpha_3))
        # a name that is also a common word is never read alone ("Réunion": a meeting)
        common = set(_strs(entry, "not_alone", path, c.alpha_3))
        for name in (c.name, official, name_fr):
            if name and name != name_en and name not in aliases and name not in common:
                aliases.append(name)
        countries[c.alpha_3] = Country(
            alpha2=c.alpha_2,
            alpha3=c.alpha_3,
            name_en=name_en,
            name_fr=name_fr,
            aliases=tuple(aliases),
            demonyms=_strs(entry, "demonyms", path, c.alpha_3),
            wikidata=_opt(entry, "wikidata"),
        )
    return countries


def load_organizations(path: Path, countries: Iterable[str]) -> dict[str, Organization]:
    known_countries = set(countries)
    orgs: dict[str, Organization] = {}
    for entry in _entries(path, _load_toml(path), "organization"):
        ident = str(entry.get("id", ""))
        loc = where(str(path), _line_of_table(path, "id", ident), ident)
        if not ID.match(ident):
            raise GazetteerError(f"id '{ident}' is not lowercase-hyphen", loc)
        if ident in orgs:
            raise GazetteerError(f"duplicate organisation id '{ident}'", loc)
        try:
            org_type = OrgType(entry.get("type") or "")
        except ValueError:
            allowed = ", ".join(t.value for t in OrgType)
            raise GazetteerError(
                f"type '{entry.get('type')}' is not one of {allowed}", loc
            ) from None
        for key in ("acronym", "name_en", "name_fr"):
            if not entry.get(key):
                raise GazetteerError(f"'{key}' is missing", loc)
        country = _opt(entry, "country")
        if country is not None and country not in known_countries:
            raise GazetteerError(f"country '{country}' is not an alpha-3 code", loc)
        _check_qid(_opt(entry, "wikidata"), path, ident)
        orgs[ident] = Organization(
            id=ident,
            acronym=str(entry["acronym"]),
            name_en=str(entry["name_en"]),
            name_fr=str(entry["name_fr"]),
            type=org_type,
            aliases=_strs(entry, "aliases", path, ident),
            country=country,
            wikidata=_opt(entry, "wikidata"),
            member_of=_strs(entry, "member_of", path, ident),
            parent=_opt(entry, "parent"),
            generic_names=_strs(entry, "generic_names", path, ident),
            home_city=_opt(entry, "home_city"),
            acts_for=_opt(entry, "acts_for"),
        )
    for org in orgs.values():
        for ref in (*org.member_of, org.parent, org.acts_for):
            if ref is not None and ref not in orgs:
                raise GazetteerError(
                    f"refers to unknown organisation '{ref}'",
                    where(str(path), _line_of_table(path, "id", org.id), org.id),
                )
    return orgs


def load_people(path: Path, orgs: dict[str, Organization]) -> dict[str, Person]:
    people: dict[str, Person] = {}
    for entry in _entries(path, _load_toml(path), "person"):
        ident = str(entry.get("id", ""))
        loc = where(str(path), _line_of_table(path, "id", ident), ident)
        if not ID.match(ident) or ident in people:
            raise GazetteerError(f"id '{ident}' is malformed or duplicated", loc)
        if not entry.get("name"):
            raise GazetteerError("'name' is missing", loc)
        posts = []
        for post in entry.get("post", []):
            org = _opt(post, "organization")
            if org is not None and org not in orgs:
                raise GazetteerError(f"post in unknown organisation '{org}'", loc)
            posts.append(
                Post(
                    role=str(post.get("role", "")),
                    organization=org or "",
                    start=_opt(post, "start"),
                    end=_opt(post, "end"),
                )
            )
        _check_qid(_opt(entry, "wikidata"), path, ident)
        people[ident] = Person(
            id=ident,
            name=str(entry["name"]),
            aliases=_strs(entry, "aliases", path, ident),
            posts=tuple(posts),
            wikidata=_opt(entry, "wikidata"),
        )
    return people


def load_places(path: Path, countries: Iterable[str]) -> dict[str, Place]:
    known = set(countries)
    places: dict[str, Place] = {}
    for entry in _entries(path, _load_toml(path), "place"):
        ident = str(entry.get("id", ""))
        loc = where(str(path), _line_of_table(path, "id", ident), ident)
        if not ID.match(ident) or ident in places:
            raise GazetteerError(f"id '{ident}' is malformed or duplicated", loc)
        country = str(entry.get("country", ""))
        if country not in known:
            raise GazetteerError(f"country '{country}' is not an alpha-3 code", loc)
        _check_qid(_opt(entry, "wikidata"), path, ident)
        places[ident] = Place(
            id=ident,
            name_en=str(entry.get("name_en", ident)),
            name_fr=str(entry.get("name_fr") or entry.get("name_en", ident)),
            country=country,
            aliases=_strs(entry, "aliases", path, ident),
            wikidata=_opt(entry, "wikidata"),
            kind=str(entry.get("kind", "city")),
        )
    return places


def load_gazetteer(data_dir: str | Path) -> Gazetteer:
    """Read the four gazetteer files of ``data_dir`` and check their cross-references.

    A folder holding none of them (only pages and records) reads the default gazetteers
    shipped with graphbuild (see :func:`graphbuild.resources.gazetteer_dir`).
    """
    d = gazetteer_dir(data_dir)
    key = _contents(d)
    if key is not None and key in _READ:
        return _READ[key]
    gazetteer = _read_gazetteer(d)
    if key is not None:
        if len(_READ) >= _MOST_READ:
            _READ.pop(next(iter(_READ)))
        _READ[key] = gazetteer
    return gazetteer


#: The gazetteers read in this process, by their files' paths and contents: a process that
#: extracts page after page (``graphbuild extract`` called in a loop from Python, the tests)
#: reads and checks the same files once. A file changed in any way is read again.
_READ: dict[tuple[tuple[str, str], ...], Gazetteer] = {}
_MOST_READ = 4


def _contents(folder: Path) -> tuple[tuple[str, str], ...] | None:
    """The four files' paths and digests; None when one cannot be read (the loader then
    names it)."""
    key = []
    for name in GAZETTEER_FILES:
        path = folder / name
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            return None
        key.append((str(path.resolve()), digest))
    return tuple(key)


def _read_gazetteer(d: Path) -> Gazetteer:
    """Read and check the four files of ``d`` (see :func:`load_gazetteer`)."""
    countries = load_countries(d / "countries.toml")
    orgs = load_organizations(d / "organizations.toml", countries)
    places = load_places(d / "places.toml", countries)
    for org in orgs.values():
        if org.home_city is not None and org.home_city not in places:
            raise GazetteerError(
                f"home_city '{org.home_city}' is not in places.toml",
                where(str(d / "organizations.toml"), None, org.id),
            )
    people = load_people(d / "people.toml", orgs)
    return Gazetteer(orgs, countries, people, places)
