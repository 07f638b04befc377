"""Seeded pages of the DGEQ international-missions family, at any scale, for the benchmark.

``python bench/generate.py --scale 10 --out DIR`` writes ``2 x scale`` pages of about 41
activities each (scale 1 is about the size of the two real source pages: ~82 activities,
~50 KB) and ``DIR/manifest.json``, the activities each page describes (start, end, main
country), from which ``bench/run.py`` measures the ingester's recall.

The sentences are written for this generator, in the style of the family: year headings,
activity headings, paragraphs with dates as ranges, ranges across months, pairs, day-first,
month only, year only and misspelt months; countries, cities, organisations (in the roles
of organiser, partner, host, counterpart), people and elections (dated, typed) come from the
gazetteers in ``data/``. The same seed and scale give the same bytes.
"""

from __future__ import annotations

import argparse
import calendar
import json
import random
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ACTIVITIES_PER_PAGE = 41
MONTHS = list(calendar.month_name)[1:]
MISSPELT = {2: "Febuary", 8: "Agust", 11: "Novembre", 12: "Decembre", 9: "Septembre"}
ORDINALS = ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "11th", "12th"]
WHO = [
    ("a representative", 1),
    ("two representatives", 2),
    ("three representatives", 3),
    ("a delegation of four people", 4),
]
CLOSING = [
    "The exchanges gave the Québec institution a better view of the practices of its partners "
    "and of the questions they face in preparing electoral lists and training their staff.",
    "A report on the mission was sent to the partners, with recommendations on the "
    "transparency of the counting of votes and on the publication of the results.",
    "Working sessions with the members of the electoral commission dealt with the financing "
    "of political parties, the accessibility of polling stations and voter information.",
    "This cooperation continues the exchanges begun in previous years between the electoral "
    "administrations of the network, in a spirit of sharing of expertise.",
]
ELECTION_TYPES = ["presidential", "legislative", "municipal", "local", "senatorial", "general"]


@dataclass(frozen=True)
class Expected:
    """An activity a page describes, as the benchmark checks it."""

    page: str
    start: str
    end: str
    country: str


@dataclass(frozen=True)
class Names:
    countries: list[tuple[str, str]]  # (alpha3, English name)
    cities: list[tuple[str, str, str]]  # (city name, alpha3, country name)
    networks: list[tuple[str, str]]  # (full English name, acronym) of international bodies
    people: list[str]


_PLAIN = re.compile(r"^[A-Z][A-Za-z ]+$")


def load_names(data_dir: Path) -> Names:
    """The gazetteer names the pages may use: simple English names only (no commas,
    brackets or articles), so that every sentence stays grammatical."""
    from graphbuild.gazetteer import load_gazetteer

    gaz = load_gazetteer(data_dir)
    reviewed = tomllib.loads((data_dir / "countries.toml").read_text(encoding="utf-8"))
    listed = {entry["alpha3"] for entry in reviewed.get("country", [])}
    countries = sorted(
        (c.alpha3, c.name_en)
        for c in gaz.countries.values()
        if c.alpha3 in listed
        and _PLAIN.match(c.name_en)
        and len(c.name_en) < 20
        and not c.name_en.startswith("The")
        and " and " not in c.name_en
    )
    names = dict(countries)
    cities = sorted(
        (p.name_en, p.country, names[p.country])
        for p in gaz.places.values()
        if p.kind == "city" and p.country in names and _PLAIN.match(p.name_en)
    )
    networks = sorted(
        (o.name_en, o.acronym)
        for o in gaz.organizations.values()
        if o.id != "dgeq"
        and o.type in ("intergovernmental-organization", "network-of-electoral-bodies", "ngo")
        and o.acronym.isupper()
        and "(" not in o.name_en
    )
    people = sorted(p.name for p in gaz.people.values() if _PLAIN.match(p.name))
    return Names(countries, cities, networks, people)


def _month(rng: random.Random, month: int) -> str:
    if month in MISSPELT and rng.random() < 0.06:
        return MISSPELT[month]
    return MONTHS[month - 1]


def _when(rng: random.Random, year: int) -> tuple[str, str, str, int]:
    """A date phrase of the year, and the ISO start and end it means, and the election day."""
    month = rng.randint(1, 12)
    last = calendar.monthrange(year, month)[1]
    day = rng.randint(1, last - 6)
    length = rng.randint(1, 6)
    shape = rng.random()
    m = _month(rng, month)
    start = f"{year}-{month:02d}-{day:02d}"
    if shape < 0.40:
        end_day = day + length
        return (
            f"From {m} {day} to {end_day}, {year}",
            start,
            f"{year}-{month:02d}-{end_day:02d}",
            day + 1,
        )
    if shape < 0.52 and month < 12:
        first = last - rng.randint(0, 3)
        end_day = rng.randint(1, 4)
        return (
            f"From {m} {first} to {_month(rng, month + 1)} {end_day}, {year}",
            f"{year}-{month:02d}-{first:02d}",
            f"{year}-{month + 1:02d}-{end_day:02d}",
            first,
        )
    if shape < 0.64:
        return (
            f"On {m} {day} and {day + 1}, {year}",
            start,
            f"{year}-{month:02d}-{day + 1:02d}",
            day,
        )
    if shape < 0.76:
        end_day = day + length
        return (
            f"From {day} to {end_day} {m} {year}",
            start,
            f"{year}-{month:02d}-{end_day:02d}",
            day + 1,
        )
    if shape < 0.86:
        return f"On {m} {day}, {year}", start, start, day
    if shape < 0.95:
        return f"In {m} {year}", f"{year}-{month:02d}", f"{year}-{month:02d}", 0
    return f"In {year}", f"{year}", f"{year}", 0


def _people_clause(rng: random.Random, names: Names) -> str:
    if not names.people or rng.random() > 0.15:
        return ""
    return f" The delegation met {rng.choice(names.people)} during its stay."


def _activity(rng: random.Random, names: Names, year: int) -> tuple[str, list[str], str, str, str]:
    """(heading, paragraphs, start, end, main country) of one activity."""
    phrase, start, end, eday = _when(rng, year)
    who, _count = rng.choice(WHO)
    office = rng.choice(
        [
            "the Directeur général des élections du Québec",
            "the Chief Electoral Officer of Québec",
            "the DGEQ",
        ]
    )
    if rng.random() < 0.45 and names.cities:
        city, alpha3, country = rng.choice(names.cities)
        where = f"{city}, {country}"
    else:
        alpha3, country = rng.choice(names.countries)
        city, where = "", country
    net_name, net_acr = rng.choice(names.networks)
    kind = rng.random()
    extra = _people_clause(rng, names)
    if kind < 0.35:
        etype = rng.choice(ELECTION_TYPES)
        month = int(start[5:7]) if len(start) >= 7 else rng.randint(1, 12)
        election_day = eday or rng.randint(2, 27)
        eday_text = f"{MONTHS[month - 1]} {election_day}, {year}"
        heading = rng.choice(
            [
                f"Electoral observation mission in {country}",
                f"Election Observation Mission to {country}",
                f"Observation of the {etype} elections in {country}",
            ]
        )
        text = (
            f"{phrase}, {who} of {office} took part in an election observation mission "
            f"in {where} organized by the {net_name} ({net_acr}), on the occasion of the "
            f"{etype} elections held on {eday_text}."
        )
        more = (
            f"The members of the mission met with the electoral administration, civil society "
            f"groups and the candidates' representatives before visiting polling stations on "
            f"election day.{extra}"
        )
    elif kind < 0.55:
        partner_name, partner_acr = rng.choice(names.networks)
        heading = rng.choice(
            [f"Technical assistance mission to {country}", f"Mission to {country}"]
        )
        text = (
            f"{phrase}, {who} of {office} carried out a technical assistance mission in "
            f"{where}, with the support of the {partner_name} ({partner_acr}), to help the "
            f"national electoral body prepare its voter registration procedures."
        )
        more = f"The work focused on the training of polling staff and on the voters list.{extra}"
    elif kind < 0.80:
        ordinal = rng.choice(ORDINALS)
        heading = rng.choice(
            [
                f"General Assembly of the {net_acr} in {country}",
                f"Mission in {country}",
                f"Seminar in {city or country}",
            ]
        )
        text = (
            f"{phrase}, {who} of {office} participated in the {ordinal} General Assembly of "
            f"the {net_name} ({net_acr}), hosted in {where}."
        )
        more = (
            f"The members discussed the financing of political parties and the use of new "
            f"technologies in the conduct of elections.{extra}"
        )
    elif kind < 0.92:
        heading = rng.choice([f"Evaluation mission to {country}", f"Mission to {country}"])
        text = (
            f"{phrase}, {who} of {office} conducted an evaluation mission in {where} at the "
            f"request of the {net_name} ({net_acr}), to assess the electoral system and the "
            f"conditions of the coming elections."
        )
        more = ""
    else:
        heading = f"Training session in {country}"
        text = (
            f"{phrase}, {who} of {office} gave a training session in {where} for the staff "
            f"of the national electoral commission, in partnership with the {net_name} "
            f"({net_acr})."
        )
        more = ""
    paragraphs = [text] + ([more] if more and rng.random() < 0.7 else [])
    if rng.random() < 0.6:
        paragraphs.append(rng.choice(CLOSING))
    return heading, paragraphs, start, end, alpha3


def page_text(
    rng: random.Random,
    names: Names,
    page_id: str,
    first_year: int,
    count: int,
    expected: list[Expected],
) -> str:
    """One page of ``count`` activities under descending year headings."""
    lines = [
        "Home > International and electoral expertise > International activities > Archives",
        "Archives of missions",
    ]
    year = first_year
    left = count
    while left > 0:
        in_year = min(left, rng.randint(2, 6))
        lines.append(str(year))
        for _ in range(in_year):
            heading, paragraphs, start, end, alpha3 = _activity(rng, names, year)
            lines.append(heading)
            lines.extend(paragraphs)
            expected.append(Expected(page_id, start, end, alpha3))
        left -= in_year
        year -= 1
    lines.append("See the archives >")
    return "\n\n".join(lines) + "\n"


def generate(
    scale: int, out: Path, *, seed: int = 20160412, data_dir: Path | None = None
) -> list[Expected]:
    """Write ``2 x scale`` pages and ``manifest.json`` into ``out``; return the manifest."""
    names = load_names(data_dir or ROOT / "data")
    out.mkdir(parents=True, exist_ok=True)
    expected: list[Expected] = []
    for n in range(2 * scale):
        rng = random.Random(f"{seed}-{n}")  # each page on its own stream: pages are independent
        page_id = f"generated-{n:05d}"
        text = page_text(
            rng, names, page_id, rng.randint(2012, 2024), ACTIVITIES_PER_PAGE, expected
        )
        (out / f"{page_id}.txt").write_text(text, encoding="utf-8")
    manifest = [e.__dict__ for e in expected]
    (out / "manifest.json").write_text(json.dumps(manifest, indent=0) + "\n", encoding="utf-8")
    return expected


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=1, help="1 = the two source pages' size")
    parser.add_argument("--out", type=Path, required=True, help="folder for the pages")
    parser.add_argument("--seed", type=int, default=20160412)
    args = parser.parse_args(argv)
    found = generate(args.scale, args.out, seed=args.seed)
    print(f"{2 * args.scale} pages, {len(found)} activities in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
