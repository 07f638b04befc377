"""The words of each language, read from ``graphbuild/ingest/languages/*.toml``.

The stages hold the rules; the words they read are data, one file per language (adding a
language adds a file, not code):
- calendar words, for ``dates.py`` and ``relative_dates.py`` (a day, a range, a pair, a month
  alone, a season, a day told relative to the page's): month and weekday names, ordinals,
  seasons, the words before a date and between its two ends, "yesterday", "la semaine
  dernière" ...;
- kind cues, for ``kinds.py``: the words that name a reception, an observation, an
  evaluation, technical assistance, a training, a general assembly or a meeting, as
  regular-expression fragments.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from graphbuild.errors import GazetteerError
from graphbuild.pattern_cache import compile_pattern

LANGUAGES_DIR = Path(__file__).with_name("languages")

# The phrase lists every language file has (an empty list when a language has none).
PHRASE_KEYS = (
    "leads",
    "date_joins",
    "thousand",
    "number_joins",
    "year_leads",
    "year_part_leads",
    "range",
    "and",
    "month_leads",
    "season_leads",
    "month_range",
    "month_range_leads",
    "month_part_leads",
    "yesterday",
    "day_before_yesterday",
    "of_this_month",
    "this_weekday",
    "last_weekday",
    "weekday_last",
    "last_week",
    "last_weekend",
    "short_weekdays",
    "this_week",
    "weekday_from",
    "last_month",
    "early_this_month",
    "today_times",
    "to_come",
    "to_come_endings",
    "day_units",
    "duration_leads",
    "last_day_cues",
    "day_suffixes",
    "bare_day_from",
    "bare_day_until",
    "this_month",
    "following_weekday",
    "weekday_following",
    "next_day",
    "days_later",
)

# The kinds' cue lists a language file may give, in kinds.py's priority order
# (``observation_topics``: words after "observation" that make it a topic, not a mission).
KIND_KEYS = (
    "reception",
    "observation",
    "observation_topics",
    "evaluation",
    "technical_assistance",
    "training",
    "general_assembly",
    "workshop",
    "conference",
)


@dataclass(frozen=True)
class Lexicon:
    """The words of all languages, merged (lower-cased word -> number; phrase lists; kind
    cues as regular-expression fragments)."""

    languages: tuple[str, ...]
    months: dict[str, int]
    weekdays: dict[str, int]
    ordinals: dict[str, int]
    cardinals: dict[str, int]
    seasons: dict[str, int]
    phrases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    kind_cues: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def alternatives(self, key: str) -> str:
        """The phrases of ``key`` as a regular expression's alternatives (longest first)."""
        return alternatives(self.phrases[key])


def alternatives(words: Iterable[str]) -> str:
    """Words as a regular expression's alternatives: longest first, escaped, spaces as any
    white space, an apostrophe as either apostrophe."""
    out = []
    for w in sorted(set(words), key=lambda w: (-len(w), w)):
        pattern = re.escape(w).replace("'", "['’]").replace(r"\ ", r"\s+")
        out.append(pattern)
    return "|".join(out)


def load(folder: Path = LANGUAGES_DIR) -> Lexicon:
    """Every language file of ``folder``, checked and merged."""
    files = sorted(folder.glob("*.toml"))
    if not files:
        raise GazetteerError(
            "no language file", where=str(folder), hint="the package's languages/ is missing"
        )
    languages: list[str] = []
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    ordinals: dict[str, int] = {}
    cardinals: dict[str, int] = {}
    seasons: dict[str, int] = {}
    phrases: dict[str, list[str]] = {k: [] for k in PHRASE_KEYS}
    kind_cues: dict[str, list[str]] = {k: [] for k in KIND_KEYS}
    for path in files:
        where = str(path)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise GazetteerError(f"cannot read the language file: {exc}", where=where) from exc
        languages.append(str(data.get("language", path.stem)))
        for table, into, count in (
            ("months", months, 12),
            ("weekdays", weekdays, 7),
        ):
            entries = data.get(table)
            if not isinstance(entries, dict) or sorted(entries) != sorted(
                str(n) for n in range(1 if table == "months" else 0, count + (table == "months"))
            ):
                raise GazetteerError(
                    f"[{table}] must name each of the {count} {table} by its number",
                    where=where,
                    hint="see languages/en.toml",
                )
            for number, names in entries.items():
                for name in _words(names, f"{where} [{table}] {number}"):
                    into[name] = int(number)
        for table, into in (("ordinals", ordinals), ("cardinals", cardinals), ("seasons", seasons)):
            for word, number in dict(data.get(table, {})).items():
                if not isinstance(number, int):
                    raise GazetteerError(
                        f"[{table}] {word} must be a number", where=where, hint="e.g. first = 1"
                    )
                into[word.lower()] = number
        given = data.get("phrases", {})
        for key in PHRASE_KEYS:
            phrases[key].extend(_words(given.get(key, []), f"{where} [phrases] {key}"))
        cues = data.get("kinds", {})
        for key in cues:
            if key not in KIND_KEYS:
                raise GazetteerError(
                    f"[kinds] {key} is no kind", where=where, hint=f"one of {', '.join(KIND_KEYS)}"
                )
        for key in KIND_KEYS:
            kind_cues[key].extend(_fragments(cues.get(key, []), f"{where} [kinds] {key}"))
    return Lexicon(
        tuple(languages),
        months,
        weekdays,
        ordinals,
        cardinals,
        seasons,
        {k: tuple(dict.fromkeys(v)) for k, v in phrases.items()},
        {k: tuple(dict.fromkeys(v)) for k, v in kind_cues.items()},
    )


def _words(value: object, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
        raise GazetteerError("must be a list of words", where=where, hint='e.g. ["january", "jan"]')
    return [w.strip().lower() for w in value]


def _fragments(value: object, where: str) -> list[str]:
    """Regular-expression fragments, each checked to compile."""
    if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
        raise GazetteerError(
            "must be a list of regular-expression fragments", where=where, hint="see en.toml"
        )
    for fragment in value:
        try:
            compile_pattern(fragment)
        except re.error as exc:
            raise GazetteerError(
                f"'{fragment}' is not a regular expression: {exc}", where=where
            ) from exc
    return [w.strip() for w in value]


WORDS = load()
