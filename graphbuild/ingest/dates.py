"""Date phrases -> dated spans with precision.

Finds every date phrase of a text, in English or French, month-first ("April 12 to 15,
2016") or day-first ("14 to 20 March 2018", "du 30 mars au 2 avril 2015"), as ranges,
pairs ("May 20 and 21, 2014"), single days, months ("In March 2008", "in September") and
years ("In 2007"). Years may be missing: ``years.py`` resolves them from the context; what
each date is the date of is ``date_roles.py``'s to decide.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import difflib
import functools
import re
from dataclasses import dataclass, replace

from graphbuild.ingest.lexicon import WORDS, alternatives
from graphbuild.ingest.memo import text_memo
from graphbuild.ingest.text import BULLET_MARKS
from graphbuild.pattern_cache import compile_pattern
from graphbuild.records import DatePrecision

# The month names, ordinals and seasons of every language (languages/*.toml).
_MONTHS: dict[str, int] = WORDS.months
_LONG_NAMES = [name for name in _MONTHS if len(name) >= 5]
_NUMBER_WORDS: dict[str, int] = WORDS.ordinals


@functools.lru_cache(maxsize=8192)
def month_number(word: str) -> int | None:
    """The month a word names, forgiving common misspellings ("Febuary", "Agust", "Decembre").

    >>> month_number("Febuary"), month_number("avril"), month_number("Mayor")
    (2, 4, None)
    >>> month_number("ENEMO"), month_number("ENERO"), month_number("Agust"), month_number("Aburi")
    (None, 1, 8, None)
    """
    w = word.lower().rstrip(".")
    if w in _MONTHS:
        return _MONTHS[w]
    if len(w) < 5 or not w.isalpha() or (word.isupper() and len(w) <= 6):
        return None  # (nor an acronym close to a name: "ENEMO", "ENERO")
    # A misspelling keeps the first letter and a similar length: where no name of that
    # letter is close, no name is both the closest and of that letter (most words: the
    # names of its letter are a few); else the closest of all names decides.
    names = _names_of_length(len(w))
    if not difflib.get_close_matches(w, [n for n in names if n[0] == w[0]], n=1, cutoff=0.8):
        return None
    # (a short word asks more: "Agust" is August, "Aburi", a town, is not "abril")
    close = difflib.get_close_matches(w, names, n=1, cutoff=0.8 if len(w) > 5 else 0.85)
    if not close or close[0][0] != w[0] or abs(len(close[0]) - len(w)) > 2:
        return None
    return _MONTHS[close[0]]


@functools.lru_cache(maxsize=64)
def _names_of_length(length: int) -> list[str]:
    """The long month names a word of ``length`` letters can be 0.8 similar to (``difflib``'s
    ratio is at most twice the shorter length over the two lengths): the only ones
    ``get_close_matches`` compares further, so that it need not be given the others."""
    return [n for n in _LONG_NAMES if 2 * min(len(n), length) / (len(n) + length) >= 0.8]


@functools.lru_cache(maxsize=4096)
def month_length(year: int, month: int) -> int:
    """The days of a month (``calendar.monthrange``, remembered)."""
    return calendar.monthrange(year, month)[1]


@dataclass(frozen=True)
class PartialDate:
    year: int | None
    month: int | None
    day: int | None

    @property
    def precision(self) -> DatePrecision:
        if self.day is not None:
            return DatePrecision.DAY
        if self.month is not None:
            return DatePrecision.MONTH
        return DatePrecision.YEAR

    def with_year(self, year: int) -> PartialDate:
        return replace(self, year=year)

    def iso(self) -> str:
        """ISO 8601 at this date's precision; the year must be known."""
        if self.year is None:
            raise ValueError("year unknown")
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def calendar_day(self) -> dt.date | None:
        """The calendar day this date names, if it names one with its year ("14 February 2024"),
        else None (no year, no day, or no such day: "30 February")."""
        if self.year is None or self.month is None or self.day is None:
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None

    def first_day(self) -> tuple[int, int, int]:
        assert self.year is not None
        return (self.year, self.month or 1, self.day or 1)

    def last_day(self) -> tuple[int, int, int]:
        assert self.year is not None
        month = self.month or 12
        day = self.day or month_length(self.year, month)
        return (self.year, month, day)


@dataclass(frozen=True)
class DateMention:
    """A date phrase found in a text: offsets into that text, start and end dates."""

    start_offset: int
    end_offset: int
    text: str
    start: PartialDate
    end: PartialDate
    lead: str  # the word that introduces it, lower-cased: from, between, on, in, since, ...

    @property
    def is_range(self) -> bool:
        return self.start != self.end

    @property
    def has_year(self) -> bool:
        return self.end.year is not None

    def resolved(self, year: int) -> DateMention:
        """Give a year to a phrase that has none; a range across a year end starts a year early."""
        end = self.end if self.end.year is not None else self.end.with_year(year)
        start = self.start
        if start.year is None:
            assert end.year is not None
            start_year = end.year
            if (start.month or 0) > (end.month or 13):
                start_year -= 1
            start = start.with_year(start_year)
        return replace(self, start=start, end=end)

    def resolved_from_start(self, year: int) -> DateMention:
        """Give a year to a phrase that has none, as the year it starts in (a year heading
        over "Du 21 décembre au 4 janvier": a range across that year's end)."""
        if self.start.year is not None or self.end.year is not None:
            return self.resolved(year)
        across = (self.start.month or 0) > (self.end.month or 13)
        return replace(
            self,
            start=self.start.with_year(year),
            end=self.end.with_year(year + 1 if across else year),
        )


class DateError(ValueError):
    """An impossible date (February 30, month 13, year 0, end before start)."""


_W = r"[A-Za-zÀ-ÿ]{3,12}\.?"
_D = r"(?:[0-3]?\d)(?:st|nd|rd|th|er|e)?(?![\d])"
_Y4 = r"[0-9]{4}(?!\d)"
# A year after a day or a month: four digits, or two after an apostrophe ("Feb ’18").
_Y = r"(?:[0-9]{4}|['’][0-9]{2})(?!\d)"
# (the words whole: "Jul" + "y" is July, not "Jul and ...")
_RANGE = rf"(?:(?<![^\W\d_])(?:{WORDS.alternatives('range')})(?![^\W\d_])|-|–|—|→|~|〜)"
_AND = rf"(?:(?<![^\W\d_])(?:{WORDS.alternatives('and')})(?![^\W\d_])|&)"
_LEAD = rf"(?<![\w'’-])(?:(?P<lead>{WORDS.alternatives('leads')})\s+(?:the\s+|le\s+)?)?"
# A weekday before a day ("du vendredi 21 au dimanche 23 février", "Monday, May 5").
# The days of the week, in English and French (a regular expression's alternatives).
WEEKDAY_NAMES = alternatives(WORDS.weekdays)
# (or its short form on a badge: "jeu. 15 – lun. 19 MAI")
_ANY_WEEKDAY = rf"{WEEKDAY_NAMES}|{WORDS.alternatives('short_weekdays')}"
_WD = rf"(?:(?:{_ANY_WEEKDAY})\.?,?\s+)?"
_SEP = r"\s*,?\s*"
# Between a day and its month: a space, or none on a card's badge that glues the day to its
# month in capitals ("15–18APR 2019", "06MAR 2019", "01MARS 2024").
_DAY_MONTH_GAP = (
    r"(?:\s+|(?=(?-i:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC|JANV|F[ÉE]VR?|MARS|AVR|"
    r"MAI|JUIN|JUIL|AO[ÛU]T|D[ÉE]C)\.?(?![^\W\d_])))"
)
# Between a day and its month, and a month and its year: "of" ("the 10th of February"),
# "de" ("24 de abril de 2018").
_JOIN = rf"(?:of|{WORDS.alternatives('date_joins')})" if WORDS.phrases["date_joins"] else "of"
_YEAR_SEP = rf"(?:\s+{_JOIN}\s+|{_SEP})"

# Between the two days of a numeric range: a dash, "to", "au", or a table's column break.
# (or an arrow, as logs and calendars write a span: "2024-03-11 → 2024-03-15")
_NUMERIC_RANGE = r"\s*(?:->|→|⟶|–|—|-|~|〜|to|au|à|\||\t)\s*"
# (its second day not the first of a range of its own: a vote's day in its column, then the
# mission's days in the next, "04.02.2024 | 31.01.2024 – 05.02.2024")
_NO_RANGE_AFTER = r"(?!\s*(?:->|→|⟶|–|—|-|~|〜|to|au|à)\s*\d)"

# What may not follow a pair's second day, which would make it a count of people: "June 6,
# and 16 long-term observers", "le 6 juin, et 16 observateurs".
_NOT_A_COUNT_AFTER = (
    r"(?![ \t]+(?:(?!(?:and|et|or|ou|to|then|puis|with|avec|in|en|à|de|of|the|le|la|les|for|"
    r"pour|by|par|as|comme|at|on|au|aux|du|des|from|per)\b)[^\W\d][\w-]*[ \t]+)?"
    r"(?:observers?|members?|experts?|officials?|officers?|"
    r"people|"
    r"participants?|delegates?|staff|countries|commissioners|persons|women|men|observateurs?|"
    r"membres|experts|participants|délégués|pays|personnes|agents|cadres)\b)"
)

_PATTERNS = [
    # month-first: April 12 to 15, 2016 / March 30 to April 2, 2015 / May 20 and 21, 2014
    # / from Monday, June 6 to Thursday, June 9
    compile_pattern(
        _LEAD
        + _WD
        + rf"(?P<m1>{_W})\s+(?P<d1>{_D})(?:{_SEP}(?P<y1>{_Y}))?"
        + rf"\s*,?\s*(?P<sep>{_RANGE}|{_AND})\s*(?:the\s+)?"
        + _WD
        + rf"(?:(?P<m2>{_W})\s+)?(?P<d2>{_D})"
        + rf"(?:{_SEP}(?P<y2>{_Y}))?"
        # (not a count of people after "and": "arrived on June 6, and 16 long-term observers
        # were deployed")
        + _NOT_A_COUNT_AFTER,
        re.IGNORECASE,
    ),
    # a list of days: les 14, 15 et 16 novembre 2023 (a span: its first to its last day)
    # day-first: 14 to 20 March 2018 / 30 mars au 2 avril 2015 / 20 et 21 mai /
    # du vendredi 21 au dimanche 23 février / entre le 20 novembre et le 2 décembre
    compile_pattern(
        _LEAD
        + _WD
        # ("from the 10th of February 2016 to the 24th of February 2016")
        + rf"(?P<d1>{_D})(?:{_DAY_MONTH_GAP}(?:{_JOIN}\s+)?(?P<m1>{_W}))?"
        + rf"(?:{_YEAR_SEP}(?P<y1>{_Y}))?"
        # ("les 14, 15 et 16 novembre", "3-4-5 décembre 2018")
        + rf"(?:\s*[,-]\s*{_D}){{0,5}}"
        # (or a badge's two lines: "30 JANV." / "02 FÉVR.")
        + rf"(?:\s*(?P<sep>{_RANGE}|{_AND})\s*|(?<=[^\W\d_]|\.)[ \t]*\n[ \t]*(?=\d))"
        + r"(?:le\s+|the\s+)?"
        + _WD
        + rf"(?P<d2>{_D}){_DAY_MONTH_GAP}(?:{_JOIN}\s+)?(?P<m2>{_W})"
        + rf"(?:{_YEAR_SEP}(?P<y2>{_Y}))?",
        re.IGNORECASE,
    ),
    # month-first day: October 26, 2014 / July 18 / March 14th
    compile_pattern(_LEAD + rf"(?P<m1>{_W})\s+(?P<d1>{_D})(?:{_SEP}(?P<y1>{_Y}))?", re.IGNORECASE),
    # day-first day: 14 March 2018 / 1er juillet 2005 / le samedi 22 février
    compile_pattern(
        _LEAD
        + _WD
        + rf"(?P<d1>{_D}){_DAY_MONTH_GAP}(?:{_JOIN}\s+)?(?P<m1>{_W})(?:{_YEAR_SEP}(?P<y1>{_Y}))?",
        re.IGNORECASE,
    ),
    # month and year: March 2008
    compile_pattern(_LEAD + rf"(?P<m1>{_W})\s+(?P<y1>{_Y})", re.IGNORECASE),
    # month alone after a preposition: in September, au mois de juin, in late September,
    # fin octobre, mi-juin; its year if it follows (fin janvier 2020, mid-June 2016)
    # (its lead may be elided with "qu'": "Rappelons qu'au début du mois de mai")
    compile_pattern(
        rf"(?<![\w-])(?:(?<=qu['’])|(?<!['’]))(?P<lead>{WORDS.alternatives('month_leads')})"
        r"(?:\s+(?:the\s+)?(?:early|late|mid))?\s*(?:-\s*)?(?P<m1>" + _W + r")"
        rf"(?![\w-])(?:\s+(?:de\s+|of\s+)?(?P<y1>{_Y}))?",
        re.IGNORECASE,
    ),
    # a year: In 2007 / 2018
    compile_pattern(_LEAD + rf"(?<![\w/.-])(?P<y1>{_Y4})(?![\w/-])", re.IGNORECASE),
    # ISO days, alone or as a range: 2019-04-09 / 2019-04-09 | 2019-04-11 (a table's columns),
    # and year-first days with slashes or dots: 2017/02/20 – 2017/02/24, 2016.03.14
    compile_pattern(
        _LEAD
        # (its clock time perhaps joined to it, as feeds stamp items: "2019-04-26T09:40:00")
        + r"(?<![\w/.-])(?P<y1>\d{4})(?P<s>[-/.])(?P<n1>\d{2})(?P=s)(?P<d1>\d{2})"
        + r"(?:(?=T\d\d:\d\d)|(?![\w/-]))"
        # (the second day's year left out: "2019.09.03 ~ 09.04", as Korean and Japanese
        # bodies write a span)
        + rf"(?:{_NUMERIC_RANGE}(?:(?P<y2>\d{{4}})[-/.])?(?P<n2>\d{{2}})[-/.](?P<d2>\d{{2}})"
        + rf"(?![\w/-]){_NO_RANGE_AFTER})?",
        re.IGNORECASE,
    ),
    # numeric days, day first unless that cannot be: 12/05/2014 / 12/05/2014 – 16/05/2014
    compile_pattern(
        _LEAD
        # (or with dashes: "du 31-08-2018 au 04-09-2018")
        # (its range's dash may touch it: "27/11/2023-01/12/2023")
        # (or its year in two figures, the day and month in two each, with slashes: "17/04/24")
        + r"(?<![\w/.-])(?P<a1>\d{1,2})(?P<s>[/.-])(?P<b1>\d{1,2})(?P=s)"
        + r"(?P<y1>\d{4}|(?<=\d\d/\d\d/)\d\d)"
        + r"(?![\w/]|-(?!\d{1,2}[/.-]\d{1,2}[/.-]\d{4}))"
        + rf"(?:{_NUMERIC_RANGE}(?P<a2>\d{{1,2}})[/.-](?P<b2>\d{{1,2}})[/.-]"
        + r"(?P<y2>\d{4}|(?<=\d\d/\d\d/)\d\d)"
        + rf"(?![\w/-]){_NO_RANGE_AFTER})?",
        re.IGNORECASE,
    ),
    # two days of one numeric month: 14.–15.04.2016 / 14-15/04/2016
    compile_pattern(
        r"(?<![\w/.-])(?P<e1>\d{1,2})\.?\s*(?:–|—|-|au|to)\s*"
        r"(?P<a2>\d{1,2})[/.](?P<b2>\d{1,2})[/.](?P<y2>\d{4})(?![\w/-])",
    ),
    # two days of two numeric months, the year after the second: 27/11-01/12/2023
    compile_pattern(
        r"(?<![\w/.-])(?P<a1>\d{1,2})[/.](?P<b1>\d{1,2})\s*(?:–|—|-)\s*"
        r"(?P<a2>\d{1,2})[/.](?P<b2>\d{1,2})[/.](?P<y2>\d{4})(?![\w/-])",
    ),
    # a numeric range whose first day (or both) has no year, after "du", "from", "entre":
    # du 28/11 au 02/12 / du 28/02 au 03/03/2017 / from 28/02 to 03/03/2019
    compile_pattern(
        r"(?<![\w'’-])(?P<lead>from|between|du|entre)\s+(?:le\s+|the\s+)?"
        r"(?<![\w/.-])(?P<a1>\d{1,2})[/.](?P<b1>\d{1,2})(?:[/.](?P<y1>\d{4}))?(?![\w/-])"
        rf"\s*(?:{_RANGE}|{_AND})\s*(?:le\s+|the\s+)?"
        r"(?P<a2>\d{1,2})[/.](?P<b2>\d{1,2})(?:[/.](?P<y2>\d{4}))?(?![\w/.-])",
        re.IGNORECASE,
    ),
    # ... or with no lead, its days joined by a dash, in an entry's field or a table's cell:
    # "Dates: 12/02 – 15/02"
    compile_pattern(
        # (day first, its month in two digits: not a fraction, "1/2 - 3/4", nor a page's
        # number, "12/20 - 13/20")
        r"(?<![\w/.,'’-])(?P<lead>)(?P<a1>[012]?[1-9]|[123]0|31)/(?P<b1>0[1-9]|1[0-2])"
        r"(?:/(?P<y1>\d{4}))?\s*(?:–|—|-)\s*(?P<a2>[012]?[1-9]|[123]0|31)/(?P<b2>0[1-9]|1[0-2])"
        r"(?:/(?P<y2>\d{4}))?(?![\w/.-])",
    ),
    # a span of years after its lead: "De 2016 à 2019", "from 2016 to 2019", "entre 2016 et
    # 2019"
    compile_pattern(
        # ("de" is no lead of its own: its years are read from the first, after it)
        rf"(?:(?<![\w'’-])(?P<lead>from|between|entre)\s+|(?<=\bde\s))(?P<y1>{_Y4})\s*"
        # (after "de", "à" only: "les élections de 2016 et 2019" are two)
        rf"(?(lead)(?:to|and|à|au|et|until|till)|(?:à|au))\s+(?P<y2>{_Y4})(?![\w/-])",
        re.IGNORECASE,
    ),  # a part of a year, joined to it: mid-2017, mi-2017
    compile_pattern(
        rf"(?<![\w'’-])(?P<lead>{WORDS.alternatives('year_part_leads')})-(?P<y1>{_Y4})(?![\w/-])",
        re.IGNORECASE,
    ),
    # days with their month in Roman numerals, as Romanian, Polish or Hungarian bodies write
    # them: 24.II.2019, 22–25.II.2019
    compile_pattern(
        _LEAD
        + r"(?<![\w/.-])(?P<d1>\d{1,2})\.?\s*(?:(?:–|—|-)\s*(?P<d2>\d{1,2})\.)?"
        + r"(?P<rm1>(?-i:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I))\.(?P<y1>\d{4})(?![\w/-])",
        re.IGNORECASE,
    ),
    # a numeric day and month with no year, after its French lead (not a fraction, "1/2"; in
    # English the month may come first): "depuis le 04/11", "jusqu'au 24/11", "le 21/11"; or
    # two days of that month: "Les 22 et 23/07"
    compile_pattern(
        r"(?<![\w'’-])(?:(?P<lead>depuis|le|du|les)\s+(?:le\s+)?(?:(?P<e1>[0-3]?\d)\s+et\s+)?|"
        r"(?<=jusqu'au\s)|"
        r"(?<=jusqu’au\s))(?P<a1>[012]?[1-9]|[123]0|31)/(?P<b1>0[1-9]|1[0-2])(?![\w/.-]|\.\d)",
        re.IGNORECASE,
    ),
]


# A season: its year, or a year to be found ("À l'automne,", "in the spring of 2015"); read
# at year precision, its usual month kept in the lead ("season-10") to place it in a period.
_SEASON_MONTHS = WORDS.seasons
_SEASON_LEADS = "|".join(
    lead if lead.endswith("['’]") else lead + r"\s+"
    for lead in WORDS.alternatives("season_leads").split("|")
)
_SEASON = compile_pattern(
    rf"(?<![\w'’-])(?P<lead>(?:{_SEASON_LEADS})?)(?P<season>{alternatives(_SEASON_MONTHS)})"
    r"(?:\s+(?:de\s+|of\s+)?(?P<y1>(?:19|20)\d\d))?(?![\w-])",
    re.IGNORECASE,
)


def season_month(lead: str) -> int | None:
    """The usual month of a season phrase's lead ("season-10"), None for another lead."""
    return int(lead[7:]) if lead.startswith("season-") else None


_DIGITS = compile_pattern(r"\d+")
_ANY_DIGIT = compile_pattern(r"\d")
_TOKEN = compile_pattern(r"\S+")
# Where a phrase may start: what every pattern's opening look-behind allows, on a non-space.
# A range of months: "From October 2015 to February 2016", "de janvier à mars 2016",
# "d'octobre 2015 à février 2016", "October 2015 – February 2016", "entre mai et juillet 2019"
# (tried over the whole text, like a month alone: its words before the year may be many).
# (a part of each month perhaps before it: "From late November 2015 to early January 2016",
# "de la fin octobre à la fin décembre 2012")
_MONTH_PART = rf"(?:(?:{WORDS.alternatives('month_part_leads')})\s*-?\s*)?"
_MONTH_RANGE = compile_pattern(
    # ("in February and March 2016": the lead of a month alone opens the range too)
    rf"(?<![\w'’-])(?:(?P<lead>{WORDS.alternatives('month_range_leads')}|"
    rf"{WORDS.alternatives('month_leads')})\s*)?{_MONTH_PART}"
    rf"(?P<m1>{_W})(?:\s+(?P<y1>{_Y}))?\s*"
    rf"(?:{WORDS.alternatives('month_range')}|–|—|-|(?<=\S)\s+(?:{WORDS.alternatives('and')})"
    r"(?=\s))\s*"
    rf"(?:(?:le )?mois d['’]|the month of\s+)?{_MONTH_PART}(?P<m2>{_W})\s+(?P<y2>{_Y})",
    re.IGNORECASE,
)
# A range of months told without their year, after a range's lead: "De janvier à mars, une
# équipe ...", "From January to March", "entre mai et juillet" (the year from the context).
_MONTH_RANGE_BARE = compile_pattern(
    rf"(?<![\w'’-])(?P<lead>{WORDS.alternatives('month_range_leads')})\s*{_MONTH_PART}"
    rf"(?P<m1>{_W})\s*"
    rf"(?:{WORDS.alternatives('month_range')}|–|—|-|(?<=\S)\s+(?:{WORDS.alternatives('and')})"
    r"(?=\s))\s*"
    rf"(?:(?:le )?mois d['’]|the month of\s+)?{_MONTH_PART}(?P<m2>{_W})(?![\w-])(?!\s*,?\s*\d)",
    re.IGNORECASE,
)
# Two months and a dash between them, their year left to the context, as a list item's
# label writes them: "February–March: IFES advisers were embedded ..." (an en or em dash
# only: "Juillet-août" is also a title's word).
_MONTH_DASH_BARE = compile_pattern(
    rf"(?<![\w'’-])(?P<lead>)(?P<m1>{_W})\s*[–—]\s*(?P<m2>{_W})(?![\w-])(?!\s*,?\s*\d)",
    re.IGNORECASE,
)
# The end of a month to the start of the next, its year left to the context: "Fin novembre
# – début décembre", "late November to early December".
_MONTH_SPAN = compile_pattern(
    rf"(?<![\w'’-])(?P<lead>{WORDS.alternatives('month_leads')})\s*-?\s*(?P<m1>{_W})"
    r"\s*(?:–|—|-|à|au|to)\s*"
    rf"(?:{WORDS.alternatives('month_leads')})\s*-?\s*(?P<m2>{_W})(?![\w-])"
    rf"(?:\s+(?:de\s+|of\s+)?(?P<y2>{_Y}))?(?!\s*\d)",
    re.IGNORECASE,
)
# Days written as a weekday and its day/month in brackets, as some news sites do: "Thursday
# (18/4/2019)", "from Thursday (16/5) to Sunday (19/5)" (day first; the year from the
# context when it is not written; the weekday settles it).
_BRACKETED_DAY = r"\s*\((?P<a{n}>\d{{1,2}})/(?P<b{n}>\d{{1,2}})(?:/(?P<y{n}>\d{{4}}))?\)"
_BRACKETED_DAYS = compile_pattern(
    rf"(?<![\w'’-])(?:(?P<lead>{WORDS.alternatives('leads')})\s+)?(?:{WEEKDAY_NAMES})"
    + _BRACKETED_DAY.format(n=1)
    + rf"(?:\s*(?:{_RANGE}|until|till)\s*(?:{WEEKDAY_NAMES})"
    + _BRACKETED_DAY.format(n=2)
    + ")?",
    re.IGNORECASE,
)
# ... or two weekdays and their days in one bracket: "from Tuesday to Thursday (8-10/5)".
_BRACKETED_SPAN = compile_pattern(
    rf"(?<![\w'’-])(?:(?P<lead>{WORDS.alternatives('leads')})\s+)?(?:{WEEKDAY_NAMES})\s*"
    rf"(?:{_RANGE}|until|till)\s*(?:{WEEKDAY_NAMES})\s*\((?P<e1>\d{{1,2}})\s*[-–]\s*"
    r"(?P<a2>\d{1,2})/(?P<b2>\d{1,2})(?:/(?P<y2>\d{4}))?\)",
    re.IGNORECASE,
)
# A day written month, day and year between dashes, as some news sites stamp: "Mar - 14 -
# 2024".
_MONTH_DASH_DAY = compile_pattern(
    rf"(?<![\w'’-])(?P<m1>{_W})\s*-\s*(?P<d1>\d{{1,2}})\s*-\s*(?P<y1>\d{{4}})(?![\w-])",
    re.IGNORECASE,
)
# A month opening a line, then its days after a comma and an article, as some archives list
# a year's entries: "Octobre, les 16 et 17 : ...", "Décembre, le 1er : ...", "Mars, du 3 au 5 –"
# (the days end their label: a colon, a dash or the line's end follows; not "Mars, les 12
# membres").
_MONTH_THEN_ITS_DAYS = compile_pattern(
    rf"(?<![\w'’-])(?P<m1>{_W}),\s+(?:les?|du)\s+"
    + _WD
    + rf"(?P<d1>{_D})(?:\s*(?P<sep>{_RANGE}|{_AND})\s*(?:le\s+)?"
    + _WD
    + rf"(?P<d2>{_D}))?(?=[ \t]*(?:[:–—-]|\n|$))",
    re.IGNORECASE,
)
# A quarter of a year: "Q2 2018", "T4 2018" (trimestre): its three months.
# A day written with dashes and its month's short name, as procurement notices do:
# "15-Feb-19", "28-Jan-2019".
_DASHED_DAY = compile_pattern(
    r"(?<![\w/.-])(?P<d1>\d{1,2})-(?P<m1>[A-Za-z]{3,9})-(?P<y1>\d{2}|\d{4})(?![\w/-])"
)
_QUARTER = compile_pattern(r"(?<![\w'’-])(?P<q>[QT])(?P<n>[1-4])\s+(?P<y>(?:19|20)\d\d)(?![\d])")
# ... or in words, or its half: "in the third quarter of 2023", "au deuxième semestre 2024",
# "the second half of the year"; or its short name after "in" without its year, the year the
# page's ("In Q3, for 24 officials"): its months.
_QUARTER_WORDS = compile_pattern(
    # ("au", "pendant": a time within, as "in"; "du": of it, no lead)
    r"(?<![\w'’-])(?:(?:(?P<lead>in|en|during)|(?P<within>au|pendant)|du|over)\s+"
    r"(?:the\s+|le\s+|la\s+)?)?"
    r"(?:(?P<ord>first|second|third|fourth|last|1st|2nd|3rd|4th|premier|deuxième|deuxieme|"
    r"troisième|troisieme|quatrième|quatrieme|dernier|1er|2e|3e|4e)\s+"
    r"(?P<unit>quarter|trimestre|half|semestre|semester)"
    r"|(?P<q>[QT])(?P<n>[1-4])(?=\s*[,.;:)]|\s+(?:for|of|de|du|pour|with|avec)\b))"
    r"(?:\s+(?:of|de|du|d['’])\s+(?:the\s+year\s+|l['’]année\s+)?(?P<y>(?:19|20)\d\d)"
    r"|\s+(?P<y2>(?:19|20)\d\d))?(?!\d)",
    re.IGNORECASE,
)
WHOLE_YEAR_LEAD = "the year"
# The whole year of the context, told without its number, opening a sentence: "Au cours de
# l'année, le DGEQ a reçu ..." under a year heading, "During the year, the Commission hosted
# ..." in a yearly report: that year, at the year's precision. (Not work all year round,
# "Tout au long de l'année", "Throughout the year"; nor a summary's "carried out during the
# year are listed below".)
_WHOLE_YEAR = compile_pattern(
    r"(?:^|(?<=[.!?:;•–—-])|(?<=\n))[\s*–—" + BULLET_MARKS + r"-]*"
    r"(?P<phrase>(?:au\s+cours|dans\s+le\s+courant)\s+de\s+l['’]année|(?:pendant|durant)\s+l['’]année"
    r"|(?:during|in\s+the\s+course\s+of)\s+the\s+year)"
    r"(?=\s*,)",
    re.IGNORECASE,
)
_SENTENCE_END = compile_pattern(r"(?<=[.!?])\s")
_ORDINAL_PART = {
    "first": 1, "1st": 1, "premier": 1, "1er": 1,
    "second": 2, "2nd": 2, "deuxième": 2, "deuxieme": 2, "2e": 2,
    "third": 3, "3rd": 3, "troisième": 3, "troisieme": 3, "3e": 3,
    "fourth": 4, "4th": 4, "quatrième": 4, "quatrieme": 4, "4e": 4,
}  # fmt: skip


def _year_part_months(m: re.Match[str]) -> tuple[int, int] | None:
    """The first and last month of a quarter or a half a ``_QUARTER_WORDS`` match names."""
    if m.group("q"):
        if not m.group("lead"):
            return None  # ("Q3" alone, no "in" before it: a code, perhaps)
        n = int(m.group("n"))
        return 3 * n - 2, 3 * n
    unit = m.group("unit").lower()
    word = m.group("ord").lower()
    half = unit in ("half", "semestre", "semester")
    # ("the last quarter", "le dernier semestre": the year's last)
    n = _ORDINAL_PART.get(word, 2 if half else 4)
    if half:
        return (1, 6) if n == 1 else (7, 12) if n == 2 else None
    return 3 * n - 2, 3 * n


_PHRASE_START = compile_pattern(r"(?<![\w'’-])\S")
# A month opening a line as its label: "• September: ...", "Mars 2015 : ...", "2. Juin – ..."
_BULLETS = compile_pattern(r"[\s*–—" + BULLET_MARKS + r"-]*(?:\d{1,2}[.)]\s+)?")
# (its label ends with a colon or a dash: "• September: ...", "2. Juin – La CENI reçoit ...";
# or its place, then the colon: "- Octobre, Abidjan : séminaire ...")
_MONTH_LABEL = compile_pattern(
    r"(?P<m1>[A-Za-zÀ-ÿ]{3,12})(?:\s+(?P<y1>\d{4}))?"
    # (or before a dot: "July · Publication of the guide")
    r"(?=\s*(?::|[–—·-]\s|,\s*[A-ZÀ-Ý][^\W\d][^:,;.\n]{0,40}\s?:)"
    # (or a timeline's date column, a tab after it: "juin<TAB>Mission d'évaluation ...")
    r"|\.?[ ]*\t)"
)
# An entry's short title (a place) and its dash before such a label: "Gabon – ".
_ENTRY_TITLE_DASH = compile_pattern(r"[A-ZÀ-Ý][^–—:\n\d]{1,40}?\s[–—]\s+")
# Two months as such a label: "September to November · An electoral expert ...",
# "Juin – juillet : ..." (their year the heading's).
_MONTHS_LABEL = compile_pattern(
    r"(?P<lead>)(?P<m1>[A-Za-zÀ-ÿ]{3,12})\s*(?:to|through|until|à|au|jusqu['’]à|[–—-])\s*"
    r"(?P<m2>[A-Za-zÀ-ÿ]{3,12})(?=\s*(?::|[–—·-]\s))",
    re.IGNORECASE,
)
# A month alone opening the brackets after a place, its year the context's: "Sierra Leone
# (March; elections of 7 March)", "missions au Mali (juillet) et en Guinée (octobre)".
_MONTH_IN_BRACKETS = compile_pattern(
    r"(?<=\()(?P<lead>)(?P<m1>[A-Za-zÀ-ÿ]{3,12})(?:\s*(?:to|à|au|[–—-])\s*(?P<m2>[A-Za-zÀ-ÿ]{3,12}))?"
    r"(?:\s+(?P<y1>\d{4}))?(?=\s*[);,])"
)
# A month closing a title after its dash: "Electoral risk management workshop – March",
# "Atelier régional – novembre" (the title's date, its year from its heading).
_MONTH_CLOSING_A_TITLE = compile_pattern(r"(?<=\s[–—-]\s)(?P<m1>[A-Za-zÀ-ÿ]{3,12})(?=\.?\s*\Z)")
# The words that may open a sentence before its date: "À la mi-juin, ...", "Vers la fin mai",
# "Around mid-June".
DATE_OPENING_WORDS = r"(?:à la|a la|au|aux|vers la|vers|dès la|dès|in|at the|around|towards?)"
# A list item's title, its dash and its town, before the item's date: "- Assessment of postal
# and advance voting – Lusaka, ".
ITEM_TITLE_AND_TOWN = compile_pattern(
    r"[ \t]*[▪•·*–—-][ \t]+[^\n]{3,90}?[ \t][–—][ \t]+[A-ZÀ-Ý][^,\n:|–—]{1,40},[ \t]*"
)
# ... a month alone after them: "- Study visit on postal voting – Lusaka, September." (its year
# from its heading).
_MONTH_AFTER_AN_ITEMS_TOWN = compile_pattern(
    r"(?m)^" + ITEM_TITLE_AND_TOWN.pattern + r"(?P<m1>[A-Za-zÀ-ÿ]{3,12})(?=[.;]?(?:\s|$))"
)
# ... or after the town opening an item, before a dash or a colon: "- Strasbourg, avril –
# atelier du Conseil de l'Europe", "– Genève, novembre : atelier" (its year from its heading).
_MONTH_AFTER_AN_ITEMS_OPENING_TOWN = compile_pattern(
    r"(?m)^[ \t]*[▪•·*–—-][ \t]+(?-i:[A-ZÀ-Ý])[^,\n:|–—()]{1,40},[ \t]*"
    r"(?P<m1>[A-Za-zÀ-ÿ]{3,12})(?=[ \t]*[–—:-][ \t])"
)
# ... or after a town and a dash, inside an item: "Visite de travail à la Chancellerie, Berne
# – juin, sur le vote électronique".
_MONTH_AFTER_A_TOWNS_DASH = compile_pattern(
    r",[ \t]+(?-i:[A-ZÀ-Ý][a-zà-ÿ'’-]{2,20})[ \t]+[–—][ \t]+"
    r"(?P<m1>[A-Za-zÀ-ÿ]{3,12})(?=[ \t]*[,.;)])"
)
_LONGEST_TITLE = 120  # characters
# A month alone as the value of an entry's dates field: "Dates : juin (deux semaines)",
# "When: October" (its year from its heading).
_MONTH_IN_A_DATES_FIELD = compile_pattern(
    r"(?:(?<=\n)|(?<=\A))[ \t]*(?:dates?|période|period|when|quand)[ \t]*:[ \t]*"
    r"(?P<m1>[A-Za-zÀ-ÿ]{3,12})(?![\w-])",
    re.IGNORECASE,
)
_MONTH_WORD_ALONE = compile_pattern(r"(?P<m1>[A-Za-zÀ-ÿ]{3,12})(?![\w-])")
# The patterns that need a digit, and the one that does not ("in September").
_MONTH_ALONE = _PATTERNS[5]
# The others need a digit. Where one may start decides which: on a digit, only those that
# open on a day or a year; on a lead word ("from", "in", ...), any; on another word, only
# those that open on a month, which must then be followed by a number.
# (by their places in ``_PATTERNS``: 9 and 10 open on a day, 11 on "du", "from", "entre")
# (the last patterns: the year part's, then the Roman months', then the yearless numeric day's)
_YEAR_PART_RANK, _ROMAN_MONTH_RANK, _NUMERIC_DAY_RANK = range(len(_PATTERNS) - 3, len(_PATTERNS))
_OPEN_ON_DIGIT: tuple[int, ...] = (
    *(1, 3, 6, 7, 8, 9, 10, 12, 13),
    _ROMAN_MONTH_RANK,
    _NUMERIC_DAY_RANK,
)
_OPEN_ON_LEAD: tuple[int, ...] = (
    *(0, 1, 2, 3, 4, 6, 7, 8, 9, 11, 13),
    _ROMAN_MONTH_RANK,
    _NUMERIC_DAY_RANK,
)
_OPEN_ON_MONTH: tuple[int, ...] = (0, 2, 4)
_OPEN_ON_YEAR_PART: tuple[int, ...] = (_YEAR_PART_RANK,)
_YEAR_PART_WORD = compile_pattern(rf"(?:{WORDS.alternatives('year_part_leads')})-\d", re.IGNORECASE)
_LEAD_WORD = compile_pattern(rf"(?:{WORDS.alternatives('leads')})\s", re.IGNORECASE)
_MONTH_THEN_NUMBER = compile_pattern(rf"{_W}\s+['’]?\d", re.IGNORECASE)

_ORDINAL = compile_pattern(r"(\d+)(?:st|nd|rd|th|er|e|ème|eme)")


def _year(text: str | None) -> int | None:
    """A year as written: "2018", or "’18" (2018; "’98": 1998), or the "19" of a dashed
    day ("15-Feb-19")."""
    if not text:
        return None
    if text[0] in "'’" or len(text) == 2:
        short = int(text[-2:])  # (or "19" of a dashed day, "15-Feb-19")
        return 2000 + short if short < 70 else 1900 + short
    return int(text)


def _day(text: str | None) -> int | None:
    if text is None:
        return None
    return int(_DIGITS.match(text).group())  # type: ignore[union-attr]


def _check(d: PartialDate, phrase: str) -> None:
    if d.year is not None and not 1 <= d.year <= 9999:
        raise DateError(f"year {d.year} in '{phrase}' is not a calendar year")
    if d.day is not None and d.month is not None:
        year = d.year if d.year is not None else 2000  # a leap year: Feb 29 stays possible
        if not 1 <= d.day <= month_length(year, d.month):
            raise DateError(f"'{phrase}' names day {d.day} of a month that has no such day")


def _numeric(g: dict[str, str | None]) -> tuple[PartialDate, PartialDate] | None:
    """The days of an ISO or numeric phrase ("2019-04-09", "12/05/2014 – 16/05/2014")."""

    def one(k: str) -> tuple[int, int] | None:  # (month, day)
        if g.get("n" + k):
            return int(g["n" + k] or 0), int(g["d" + k] or 0)
        if not g.get("a" + k):
            return None
        a, b = int(g["a" + k] or 0), int(g["b" + k] or 0)
        return (a, b) if b > 12 >= a else (b, a)  # day first, as in French and most pages

    def year(k: str) -> int | None:  # (two figures are of this century: "17/04/24")
        written = g.get("y" + k)
        return None if not written else int(written) + (2000 if len(written) == 2 else 0)

    first = one("1")
    if first is None or not 1 <= first[0] <= 12:
        return None
    y1 = year("1")
    second = one("2")
    if second is None or not 1 <= second[0] <= 12:
        return PartialDate(y1, first[0], first[1]), PartialDate(y1, first[0], first[1])
    y2 = year("2") if g.get("y2") else y1
    if not g.get("y2") and y1 is not None and second[0] < first[0]:
        y2 = y1 + 1  # "2018.12.28 ~ 01.02" crosses a year end
    if y1 is None and y2 is not None:
        # "du 28/12 au 03/01/2015" crosses a year end
        y1 = y2 - 1 if first[0] > second[0] else y2
    return PartialDate(y1, first[0], first[1]), PartialDate(y2, second[0], second[1])


_ROMAN_MONTHS = {
    roman: number
    for number, roman in enumerate(
        ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"), 1
    )
}


def _build(m: re.Match[str]) -> tuple[PartialDate, PartialDate] | None:
    g = m.groupdict()
    if g.get("rm1"):  # a month in Roman numerals: "22–25.II.2019"
        roman, written = _ROMAN_MONTHS[g["rm1"] or ""], int(g["y1"] or 0)
        d1, d2 = _day(g.get("d1")), _day(g.get("d2"))
        return PartialDate(written, roman, d1), PartialDate(written, roman, d2 or d1)
    if g.get("e1"):  # a first day sharing the second's month and year: 14.–15.04.2016
        both = _numeric(
            {"a1": g.get("a2") or g["a1"], "b1": g.get("b2") or g["b1"], "y1": g.get("y2")}
        )
        if both is None:
            return None
        last = both[0]
        first_day = int(g["e1"])
        if last.month is not None and last.day is not None and first_day > last.day:
            # the first day in the month before: "from Monday to Friday (28-1/6)"
            before = last.month - 1 or 12
            year = None if last.year is None else last.year - (before == 12)
            return PartialDate(year, before, first_day), last
        return PartialDate(last.year, last.month, first_day), last
    if g.get("n1") or g.get("a1"):
        return _numeric(g)
    if g.get("season"):
        y = int(g["y1"]) if g.get("y1") else None
        return PartialDate(y, None, None), PartialDate(y, None, None)
    m1 = month_number(g["m1"]) if g.get("m1") else None
    m2 = month_number(g["m2"]) if g.get("m2") else None
    if g.get("m1") and m1 is None:
        return None
    if g.get("m2") and m2 is None:
        return None
    d1, d2 = _day(g.get("d1")), _day(g.get("d2"))
    y1 = _year(g.get("y1"))
    y2 = _year(g.get("y2"))
    if d1 is None and m1 is None and y1 is not None:
        # (a span of years: "De 2016 à 2019")
        return PartialDate(y1, None, None), PartialDate(y2 or y1, None, None)
    if d1 is None and m1 is not None and m2 is not None and y2 is not None:
        # a range of months: "From October 2015 to February 2016", "de janvier à mars 2016"
        if y1 is None:
            y1 = y2 if m1 <= m2 else y2 - 1
        return PartialDate(y1, m1, None), PartialDate(y2, m2, None)
    if d1 is None and m1 is not None and m2 is not None and y1 is None:
        # "Fin novembre – début décembre": two months, their year to be found
        return PartialDate(None, m1, None), PartialDate(None, m2, None)
    if d1 is None:
        return PartialDate(y1, m1, None), PartialDate(y1, m1, None)
    if d2 is None:
        return PartialDate(y1, m1, d1), PartialDate(y1, m1, d1)
    # A range or pair: the shared parts flow from one end to the other.
    if m1 is None:
        m1 = m2
    if m2 is None:
        m2 = m1
    if y1 is None and y2 is not None:
        y1 = y2 if (m1 or 0) <= (m2 or 0) else y2 - 1
        if y1 < y2 and (m1 or 0) - (m2 or 0) < 10:
            # "from May 5 to April 2, 2015" is reversed, not eleven months across a year
            # end ("December 28 to January 3" is): left as it is written, to be reported.
            y1 = y2
    if y2 is None:
        y2 = y1
        if y1 is not None and g.get("y1") and (m2 or 0) < (m1 or 0) and (m1 or 0) - (m2 or 0) >= 10:
            # the year written once, at the start, of a span across a year's end: "Du 26
            # décembre 2018 au 3 janvier" is to 3 January 2019
            y2 = y1 + 1
    return PartialDate(y1, m1, d1), PartialDate(y2, m2, d2)


def _next_days(first: PartialDate, last: PartialDate) -> bool:
    """Whether two days of a pair follow each other ("31 mai et 1er juin"): one span."""
    if first.day is None or last.day is None or first.month is None or last.month is None:
        return False
    year = first.year or last.year or 2001
    nxt = (first.month % 12) + 1
    return last.month == nxt and last.day == 1 and first.day == month_length(year, first.month)


# Long leads of a month, told as the short ones: "au début de" as "début", "à la fin du mois
# de" as "fin", "dans le courant du mois de" as "au mois de".
_SHORT_LEADS = (
    (("au début", "au debut", "at the beginning", "at the start"), "début"),
    (("à la fin", "a la fin", "at the end", "toward"), "fin"),
    (("dans le courant", "au cours", "dans le cours", "courant", "in the course"), "au mois de"),
    (("tout au long", "durant", "pendant", "dès le mois", "des le mois"), "au mois de"),
    (("throughout", "all through", "during the month", "over the month"), "during"),
)


def _short_lead(lead: str) -> str:
    # (an elided lead as its whole form: "au mois d'" as "au mois de")
    if lead.endswith(("d'", "d’")):
        lead = lead[:-2] + "de"
    for prefixes, short in _SHORT_LEADS:
        if lead.startswith(prefixes):
            return short
    return lead


# A numeric day written with slashes: "4/11/2016", "14/06/2016".
_SLASHED = compile_pattern(r"(?<![\w/.-])(\d{1,2})/(\d{1,2})/(\d{4})(?![\w/-])")


@functools.lru_cache(maxsize=8)
def month_first_page(text: str) -> bool:
    """Whether a page writes its numeric days month first ("6/14/2016"): one of them can only
    be read so, and none only day first."""
    month_first = day_first = False
    for m in _SLASHED.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        month_first |= b > 12 >= a
        day_first |= a > 12 >= b
    return month_first and not day_first


def year_span_month(m: DateMention) -> int | None:
    """The first month of a year's bounds a range tells, from a month's first day to the
    last day of the month before it ("April 1 to March 31", "du 1er avril 2013 au 31 mars
    2014"), or None for another date."""
    a, b = m.start, m.end
    if not m.is_range or a.day != 1 or a.month is None or b.month is None or b.day is None:
        return None
    if a.year is not None and b.year is not None and b.year - a.year != (a.month != 1):
        return None  # (a year's bounds, no more: not "1 April 2013 to 31 March 2016")
    before = 12 if a.month == 1 else a.month - 1
    if b.month != before or b.day != month_length(b.year or 2001, before):
        return None
    return a.month


def find_dates_month_first(text: str) -> tuple[list[DateMention], list[tuple[int, int, str]]]:
    """:func:`find_dates` on a page that writes its numeric days month first ("02/11/2019 –
    02/13/2019": 11 to 13 February): each "MM/DD/YYYY" is read as "DD/MM/YYYY" (the two
    numbers swapped, offsets unchanged), the phrases keeping their text as written."""
    # ("6/14/2016" -> "14/6/2016": the same length, so every offset holds)
    swapped = _SLASHED.sub(lambda m: f"{m.group(2)}/{m.group(1)}/{m.group(3)}", text)
    found, problems = find_dates(swapped)
    as_written = [replace(m, text=text[m.start_offset : m.end_offset].strip(" ,")) for m in found]
    return as_written, problems


def find_dates(text: str) -> tuple[list[DateMention], list[tuple[int, int, str]]]:
    """Every date phrase of ``text`` (leftmost-longest, no overlaps), and the impossible ones.

    Pairs of two different months joined by "and" ("November 23 and December 21, 2014") are
    two dates; "between April 22 and May 5" and same-month pairs ("May 20 and 21") are one span.

    >>> found, bad = find_dates("From March 30 to April 2, 2015, two representatives")
    >>> found[0].start.iso(), found[0].end.iso(), found[0].lead
    ('2015-03-30', '2015-04-02', 'from')
    """
    found, problems = _found_dates(text)
    return list(found), list(problems)


@text_memo
def _found_dates(text: str) -> tuple[tuple[DateMention, ...], tuple[tuple[int, int, str], ...]]:
    """The work of :func:`find_dates`, remembered for the text."""
    if _DAY_COUNT.search(text):
        # (a programme's day count is no day of a month: "Jour 1 – lundi 4 mars", "Day 2 -
        # Tuesday 5 March"; blanked, the same length)
        text = _DAY_COUNT.sub(lambda m: m.group("word") + " " * len(m.group("n")), text)
    found, problems = _dates_as_written(text)
    if len(found) > 1 and YEAR_LEAD.search(text, 0, found[0].start_offset) is not None:
        found = _act_dates(text, found)
    if any(m.start.month is None and m.lead in ("", "of") for m in found):
        found = [_year_part(text, m) for m in found]
    return tuple(found), tuple(problems)


# A part of a year told in words before it: "À la fin de l'année 2015", "au début de 2016",
# "At the end of 2015", "Towards the close of the year 2019".
_YEAR_PART_BEFORE = compile_pattern(
    r"(?P<fr>(?:(?:à|a|vers)\s+la\s+|au\s+|dès\s+le\s+|des\s+le\s+)"
    r"(?:fin|début|debut|milieu|cours|courant)\s+(?:de\s+l['’](?:année|annee|an)\s+|de\s+))"
    r"|(?P<en>\b(?:at|towards?|by|in|during)\s+the\s+(?:end|beginning|start|close|middle|course)"
    r"\s+(?:of\s+(?:the\s+year\s+)?)?)$"
    # (or the year named as such: "L'année 2022 a été consacrée à ...", "The year 2019 saw")
    r"|(?P<fr_year>\bl['’]ann[ée]e\s+)$|(?P<en_year>\bthe\s+year\s+)$",
    re.IGNORECASE,
)


def _year_part(text: str, m: DateMention) -> DateMention:
    """A year told with the part of it it is in ("À la fin de l'année 2015"): the year, from
    those words, as a time of its own ("en 2015"); other dates as they are."""
    if m.start.month is not None or m.lead not in ("", "of") or m.start != m.end:
        return m
    part = _YEAR_PART_BEFORE.search(text, max(0, m.start_offset - 40), m.start_offset)
    if part is None:
        return m
    # (the year named as such frames what follows, no time of an activity: "L'année 2006 a
    # été chargée : ... le DGEQ a reçu plusieurs délégations")
    lead = "année" if part.group("fr_year") else "year" if part.group("en_year") else ""
    lead = lead or ("en" if part.group("fr") else "in")
    return replace(m, start_offset=part.start(), text=text[part.start() : m.end_offset], lead=lead)


_DAY_COUNT = compile_pattern(
    r"(?P<word>\b(?:jour|journée|day|étape|stage)\s+)(?P<n>\d{1,2})(?=\s*[–—:-])",
    re.IGNORECASE,
)


def _act_dates(text: str, found: list[DateMention]) -> list[DateMention]:
    """An act's date told year first ("L'an deux mille vingt-quatre et le mardi douze
    novembre", "L'an 2019, le 3 mai"): one day, from the year to the month."""
    out: list[DateMention] = []
    for m in found:
        year = out[-1] if out else None
        if (
            year is not None
            and year.start.month is None
            and year.end == year.start
            and year.start.year is not None
            and m.start.year is None
            and m.start.day is not None
            and YEAR_LEAD.search(text, max(0, year.start_offset - 12), year.start_offset)
            and _ACT_JOIN.fullmatch(text, year.end_offset, m.start_offset)
        ):
            day = m.resolved(year.start.year)
            text_span = text[year.start_offset : day.end_offset].strip(" ,")
            out[-1] = replace(day, start_offset=year.start_offset, text=text_span)
            continue
        out.append(m)
    return out


# What joins an act's year to its day: " et", ",".
_ACT_JOIN = compile_pattern(r"\s*(?:,|et|and)?\s*", re.IGNORECASE)


def _dates_as_written(text: str) -> tuple[list[DateMention], list[tuple[int, int, str]]]:
    """:func:`find_dates` of a text once its spelled-out numbers and clock times are set
    aside (the phrases keep the text as written)."""
    runs = _spelled_out(text) if _SPELLED_RUN.search(text) is not None else []
    if runs:
        # days and years written in words ("du mardi vingt-deux au jeudi vingt-quatre
        # octobre", "l'an deux mille dix-neuf"), read in figures padded to the same length
        spelled = list(text)
        for a, b, value in runs:
            spelled[a:b] = str(value).ljust(b - a)
        in_figures, problems = find_dates("".join(spelled))
        return [_as_written(text, m, runs) for m in in_figures], problems
    if ":" in text or "h" in text:
        # an event's clock times ("Tue, 05 Nov 2019, 09:00 – Thu, 07 Nov 2019, 17:00 SAST")
        # blanked, the same length: they part a day from the rest of its range
        timed = _CLOCK_TIME.sub(lambda m: " " * len(m.group(0)), text)
        if timed != text:
            untimed, timed_problems = _find_dates(timed)
            as_written = [
                replace(m, text=text[m.start_offset : m.end_offset].strip(" ,")) for m in untimed
            ]
            return as_written, list(timed_problems)
    found, found_problems = _find_dates(text)
    return list(found), list(found_problems)


# Numbers written in words: a run of number words joined by hyphens, spaces or "et"/"and"
# ("vingt-deux", "vingt et un", "deux mille dix-neuf", "twenty-second" is no cardinal).
_CARDINAL_WORDS: dict[str, int] = dict(WORDS.cardinals)
_THOUSAND = set(WORDS.phrases["thousand"])
_NUMBER_WORD = alternatives([*_CARDINAL_WORDS, *_THOUSAND])
_NUMBER_JOIN = WORDS.alternatives("number_joins") if WORDS.phrases["number_joins"] else "-"
_SPELLED_RUN = compile_pattern(
    rf"(?<![\w'’-])(?:{_NUMBER_WORD})(?:(?:-|\s+(?:{_NUMBER_JOIN})\s+|\s+|-(?:{_NUMBER_JOIN})-)"
    rf"(?:{_NUMBER_WORD}))*(?![\w'’-])",
    re.IGNORECASE,
)
_SPELLED_WORD = compile_pattern(rf"{_NUMBER_WORD}", re.IGNORECASE)
_WORD_BEFORE = compile_pattern(r"([^\W\d_][\w'’]*)\s*$")
_WORD_AFTER = compile_pattern(r"\s*([^\W\d_][\w'’]*)")
YEAR_LEAD = compile_pattern(
    rf"(?:{WORDS.alternatives('year_leads')})\s*$" if WORDS.phrases["year_leads"] else "(?!)",
    re.IGNORECASE,
)


def _spelled_value(run: str) -> int:
    """The number a run of number words makes ("vingt-deux" 22, "deux mille dix-neuf" 2019)."""
    total = current = 0
    for word in _SPELLED_WORD.findall(run):
        word = word.lower()
        if word in _THOUSAND:
            total += max(current, 1) * 1000
            current = 0
        else:
            current += _CARDINAL_WORDS[word]
    return total + current


def _spelled_out(text: str) -> list[tuple[int, int, int]]:
    """The days and years ``text`` writes in words, as (start, end, number): a day (1 to
    31) after a weekday or before a month, or a range word after a lead ("du vingt-deux au
    ..."); a year (1900 to 2099) after a month or a year's lead ("l'an")."""
    out = []
    for m in _SPELLED_RUN.finditer(text):
        value = _spelled_value(m.group(0))
        # (the words just around the run: a window, not the whole text before it)
        window = max(0, m.start() - 40)
        before = _WORD_BEFORE.search(text, window, m.start())
        after = _WORD_AFTER.match(text, m.end())
        prev = before.group(1).lower() if before else ""
        nxt = after.group(1).lower() if after else ""
        if 1 <= value <= 31:
            ok = (
                prev in _WEEKDAY_WORDS
                or month_number(nxt) is not None
                or (nxt in _RANGE_WORDS and prev in _DAY_LEADS)
            )
        elif 1900 <= value <= 2099:
            ok = month_number(prev) is not None or bool(YEAR_LEAD.search(text, window, m.start()))
        else:
            ok = False
        if ok:
            out.append((m.start(), m.end(), value))
    return out


def _as_written(text: str, m: DateMention, runs: list[tuple[int, int, int]]) -> DateMention:
    """A phrase found in the figures of :func:`_spelled_out`, with its offsets over the whole
    words it was read from and its text as written."""
    start, end = m.start_offset, m.end_offset
    for a, b, _value in runs:
        if a < end < b:
            end = b
    return replace(m, start_offset=start, end_offset=end, text=text[start:end].strip(" ,"))


_WEEKDAY_WORDS = frozenset(WORDS.weekdays)
_RANGE_WORDS = frozenset([*WORDS.phrases["range"], *WORDS.phrases["and"]])
_DAY_LEADS = frozenset(WORDS.phrases["leads"])


# A clock time after a day, with its comma and time zone: ", 09:00", " 17h30", ", 2 p.m. CET",
# " 16:40:12 +0000".
_CLOCK_TIME = compile_pattern(
    r",?\s*\b(?:[01]?\d|2[0-3])(?::[0-5]\d|h[0-5]\d)(?::[0-5]\d)?\b"
    r"(?:\s*(?:[ap]\.?m\.?|UTC|GMT|CET|CEST|EAT|WAT|CAT|SAST|EST|EDT|PST|BST)\b)?"
    # (a feed's seconds and offset: "16:40:12 +0000")
    r"(?:\s*[+-][01]\d[0-5]\d\b)?"
)


def _digit_phrase_starts(text: str) -> list[int]:
    """Every offset where a phrase with a digit may start, in order: a phrase's words before
    its first digit are at most five (a lead, "the", a month; "de janvier à mars"), each
    followed by white space, so it starts at most five words before a word holding a
    digit."""
    token_starts = [m.start() for m in _TOKEN.finditer(text)]
    spans: list[tuple[int, int]] = []  # offsets a phrase may start in, in order
    last = -1
    for digits in _DIGITS.finditer(text):
        j = bisect.bisect_right(token_starts, digits.start()) - 1
        if j == last:
            continue
        last = j
        first = token_starts[max(0, j - 5)]
        end = token_starts[j + 1] if j + 1 < len(token_starts) else len(text)
        if spans and first <= spans[-1][1]:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((first, end))
    return [m.start() for a, b in spans for m in _PHRASE_START.finditer(text, a, b)]


# A month's name just after a phrase: "... JUIN" of "mar. 03 – jeu. 05 JUIN".
_MONTH_NEXT = compile_pattern(
    rf"(?:\s*[–—-]\s*(?:(?:{_ANY_WEEKDAY})\.?\s+)?\d{{1,2}})?\s+(?P<month>{_W})(?![\w'’-])",
    re.IGNORECASE,
)


def _tuesday_not_march(text: str, m: re.Match[str]) -> bool:
    """Whether a phrase read as opening on March's short name opens on Tuesday's ("mar."),
    the month coming after its days: "mar. 03 – jeu. 05 JUIN", "mar. 25 MARS"."""
    month = m.groupdict().get("m1")
    return (
        month is not None
        and m.start("m1") == m.start()
        and month.lower().rstrip(".") == "mar"
        and (after := _MONTH_NEXT.match(text, m.end())) is not None
        and month_number(after.group("month").rstrip(".")) is not None
    )


@text_memo
def _find_dates(text: str) -> tuple[tuple[DateMention, ...], tuple[tuple[int, int, str], ...]]:
    """The work of :func:`find_dates`."""
    candidates: list[tuple[int, int, int, re.Match[str]]] = []
    quarters: dict[int, tuple[PartialDate, PartialDate]] = {}  # by id of their match
    whole_years: set[int] = set()  # "au cours de l'année": ids of their matches
    for m in _MONTH_ALONE.finditer(text):
        candidates.append((m.start(), -(m.end() - m.start()), 5, m))
    # "• September: two officers joined ..."
    opening = _BULLETS.match(text).end()  # type: ignore[union-attr]
    label = _MONTH_LABEL.match(text, opening)
    if (label is None or month_number(label.group("m1")) is None) and (
        titled := _ENTRY_TITLE_DASH.match(text, opening)
    ) is not None:
        # (after the entry's short title and its dash: "Gabon – Juin : mission d'évaluation")
        label = _MONTH_LABEL.match(text, titled.end())
    if label is not None and month_number(label.group("m1")) is not None:
        candidates.append((label.start("m1"), -(label.end("m1") - label.start("m1")), 5, label))
    two = _MONTHS_LABEL.match(text, opening)
    if two is not None and month_number(two.group("m1")) and month_number(two.group("m2")):
        candidates.append((two.start(), -(two.end() - two.start()), 4, two))
    if "(" in text:
        for bracketed in _MONTH_IN_BRACKETS.finditer(text):
            if month_number(bracketed.group("m1")) is not None and (
                not bracketed.group("m2") or month_number(bracketed.group("m2")) is not None
            ):
                span = bracketed.end() - bracketed.start()
                candidates.append((bracketed.start(), -span, 5, bracketed))
    if ":" in text:
        for field in _MONTH_IN_A_DATES_FIELD.finditer(text):
            value = _MONTH_WORD_ALONE.match(text, field.start("m1"))
            if value is not None and month_number(value.group("m1")) is not None:
                candidates.append((value.start(), -(value.end() - value.start()), 5, value))
    if len(text) <= _LONGEST_TITLE and "\n" not in text.strip():
        closing = _MONTH_CLOSING_A_TITLE.search(text)
        if closing is not None and month_number(closing.group("m1")) is not None:
            span = closing.end("m1") - closing.start("m1")
            candidates.append((closing.start("m1"), -span, 5, closing))
    if "–" in text or "—" in text:
        # (a list item's month after its title, its dash and its town: "- Assessment of
        # postal and advance voting – Lusaka, September. Two experts ...")
        for pattern in (
            _MONTH_AFTER_AN_ITEMS_TOWN,
            _MONTH_AFTER_AN_ITEMS_OPENING_TOWN,
            _MONTH_AFTER_A_TOWNS_DASH,
        ):
            for placed in pattern.finditer(text):
                value = _MONTH_WORD_ALONE.match(text, placed.start("m1"))
                if value is not None and month_number(value.group("m1")) is not None:
                    candidates.append((value.start(), -(value.end() - value.start()), 5, value))
    for q in _QUARTER_WORDS.finditer(text):
        months = _year_part_months(q)
        if months is None:
            continue
        y = q.group("y") or q.group("y2")
        year = int(y) if y else None
        quarters[id(q)] = (PartialDate(year, months[0], None), PartialDate(year, months[1], None))
        candidates.append((q.start(), -(q.end() - q.start()), 4, q))
    if "ann" in text or "year" in text:
        for q in _WHOLE_YEAR.finditer(text):
            line_end = text.find("\n", q.end())
            rest = text[q.end() : line_end if line_end >= 0 else len(text)]
            if _SENTENCE_END.split(rest, 1)[0].rstrip().endswith(":"):
                continue  # a list's opening: "During the year, the agency carried out the
                # following activities abroad:"
            quarters[id(q)] = (PartialDate(None, None, None), PartialDate(None, None, None))
            whole_years.add(id(q))
            candidates.append((q.start("phrase"), -(q.end() - q.start("phrase")), 4, q))
    if _ANY_DIGIT.search(text):
        for q in _QUARTER.finditer(text):
            n, y = int(q.group("n")), int(q.group("y"))
            quarters[id(q)] = (PartialDate(y, 3 * n - 2, None), PartialDate(y, 3 * n, None))
            candidates.append((q.start(), -(q.end() - q.start()), 4, q))
        for m in _MONTH_RANGE.finditer(text):
            if month_number(m.group("m1")) and month_number(m.group("m2")):
                candidates.append((m.start(), -(m.end() - m.start()), 4, m))
        if "," in text:
            for m in _MONTH_THEN_ITS_DAYS.finditer(text):
                line_start = text.rfind("\n", 0, m.start()) + 1
                if (
                    month_number(m.group("m1"))
                    and _BULLETS.match(text, line_start).end() == m.start()  # type: ignore[union-attr]
                ):
                    candidates.append((m.start(), -(m.end() - m.start()), 4, m))
        if "-" in text:
            for m in _MONTH_DASH_DAY.finditer(text):
                if month_number(m.group("m1")):
                    candidates.append((m.start(), -(m.end() - m.start()), 4, m))
            for m in _DASHED_DAY.finditer(text):
                if month_number(m.group("m1")):
                    candidates.append((m.start(), -(m.end() - m.start()), 4, m))
    for pattern in (_MONTH_SPAN, _MONTH_RANGE_BARE, _MONTH_DASH_BARE):
        for m in pattern.finditer(text):
            if month_number(m.group("m1")) and month_number(m.group("m2")):
                candidates.append((m.start(), -(m.end() - m.start()), 4, m))
    for m in _SEASON.finditer(text):
        if m.group("lead") or m.group("y1"):  # "à l'automne", "spring 2015"; not "summer school"
            candidates.append((m.start(), -(m.end() - m.start()), 9, m))
    if "/" in text and "(" in text:
        for pattern in (_BRACKETED_DAYS, _BRACKETED_SPAN):
            for m in pattern.finditer(text):
                candidates.append((m.start(), -(m.end() - m.start()), 8, m))
    # Without a digit only "in September"-style months can be there (the others need one).
    starts = _digit_phrase_starts(text) if _ANY_DIGIT.search(text) else []
    # What ``pattern.finditer(text)`` finds for each pattern, trying only where it may start.
    taken = [0] * len(_PATTERNS)  # each pattern's matches do not overlap
    for start in starts:
        if text[start].isdecimal():
            ranks = _OPEN_ON_DIGIT
        elif _LEAD_WORD.match(text, start):
            ranks = _OPEN_ON_LEAD
        elif _MONTH_THEN_NUMBER.match(text, start):
            ranks = _OPEN_ON_MONTH
        elif _YEAR_PART_WORD.match(text, start):
            ranks = _OPEN_ON_YEAR_PART
        else:
            continue
        for rank in ranks:
            if start < taken[rank]:
                continue
            match = _PATTERNS[rank].match(text, start)
            if match is not None:
                candidates.append((start, -(match.end() - start), rank, match))
                taken[rank] = match.end()
    candidates = [c for c in candidates if not _tuesday_not_march(text, c[3])]
    candidates.sort(key=lambda c: (c[0], c[1], c[2]))
    found: list[DateMention] = []
    problems: list[tuple[int, int, str]] = []
    taken_until = -1
    for start, _neg_len, _rank, m in candidates:
        if start < taken_until:
            continue
        built = quarters.get(id(m)) or _build(m)
        if built is None:
            continue
        first, last = built
        phrase = m.group(0)
        try:
            _check(first, phrase)
            _check(last, phrase)
            if (
                first.year is not None
                and last.year is not None
                and first.first_day() > last.last_day()
            ):
                raise DateError(f"'{phrase}' ends before it starts")
        except DateError as exc:
            problems.append((m.start(), m.end(), str(exc)))
            taken_until = m.end()
            continue
        lead = _short_lead((m.groupdict().get("lead") or "").lower())
        if not lead and m.groupdict().get("within"):
            lead = "in"  # (a quarter's time: "Au deuxième trimestre, le NIMD a réuni à Rabat")
        if (
            not lead
            and m.groupdict().get("y2")
            and text[max(0, m.start() - 3) : m.start()].lower() == "de "
        ):
            lead = "de"  # (a span of years: "De 2016 à 2019")
        if id(m) in whole_years:
            lead = WHOLE_YEAR_LEAD  # (a time of its own, as "in 2015"; no bare year's)
        if m.groupdict().get("season"):
            lead = f"season-{_SEASON_MONTHS[m.group('season').lower()]:02d}"
        sep = (m.groupdict().get("sep") or "").lower()
        begin = m.start("phrase") if id(m) in whole_years else m.start()
        pieces = [(begin, m.end(), first, last)]
        if (
            sep in ("and", "&", "et")
            and first.month != last.month
            and lead not in ("between", "entre")
            and not _next_days(first, last)
        ):
            # Two dates, not a span: the first ends where the conjunction starts.
            cut = m.start("sep")
            pieces = [
                (m.start(), cut, first, first),
                (m.start("sep") + len(m.group("sep")), m.end(), last, last),
            ]
            if first.year is None and last.year is not None:
                y = last.year
                pieces[0] = (m.start(), cut, first.with_year(y), first.with_year(y))
        for s, e, a, b in pieces:
            found.append(DateMention(s, e, text[s:e].strip(" ,"), a, b, lead))
        taken_until = m.end()
    if "|" in text:
        found += _cell_periods(text, found)
        found += _cell_months(text, found)
    else:
        found += _badge_months(text, found)
    if "." in text and _ANY_DIGIT.search(text):
        found = _dotted_days(text, found)
    found.sort(key=lambda d: d.start_offset)
    return tuple(_year_first(text, found)), tuple(problems)


# Between a year told first and the days it is the year of: "L'an 2019, du 22 au 24 octobre".
_YEAR_THEN = compile_pattern(r"\s*,\s*")


def _year_first(text: str, found: list[DateMention]) -> list[DateMention]:
    """A year told first, then the days it is the year of ("L'an deux mille dix-neuf, du
    mardi 22 au jeudi 24 octobre", "En 2019, du 3 au 5 mai"): one phrase, from the year."""
    out: list[DateMention] = []
    for m in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.start.month is None
            and prev.start == prev.end
            and prev.start.year is not None
            and m.start.month is not None
            and m.end.year is None
            and _YEAR_THEN.fullmatch(text, prev.end_offset, m.start_offset)
        ):
            joined = m.resolved(prev.start.year)
            out[-1] = replace(
                joined,
                start_offset=prev.start_offset,
                text=text[prev.start_offset : m.end_offset].strip(" ,"),
            )
            continue
        out.append(m)
    return out


# A table cell holding a period of days and months, read day first: "11-15/02", "24/04-01/05",
# "09/07" (the year the table's: its title, its page), "27/02-03/03/2023".
_CELL_PERIOD = compile_pattern(
    r"(?:(?<=^)|(?<=\| ))(?P<d1>\d{1,2})(?:[/.](?P<m1>\d{1,2}))?"
    r"(?:\s*[-–]\s*(?P<d2>\d{1,2})[/.](?P<m2>\d{1,2}))?(?:[/.](?P<y>(?:19|20)\d\d))?(?= \||$)",
    re.MULTILINE,
)


def _days_and_months(m: re.Match[str]) -> tuple[int, int, int, int] | None:
    """A period's first day and month and its last (``d1``, ``m1``, ``d2``, ``m2`` groups,
    the first month the last's when left out), or None when one is no day or no month."""
    d1, d2 = int(m.group("d1")), int(m.group("d2") or m.group("d1"))
    m2 = int(m.group("m2") or m.group("m1"))
    m1 = int(m.group("m1") or m2)
    if not (1 <= m1 <= 12 and 1 <= m2 <= 12 and 1 <= d1 <= 31 and 1 <= d2 <= 31):
        return None
    return d1, m1, d2, m2


def _cell_periods(text: str, found: list[DateMention]) -> list[DateMention]:
    """The periods of a table's cells (a row written "1 | 11-15/02 | OIF | ..."), not
    already read."""
    out = []
    for m in _CELL_PERIOD.finditer(text):
        if not (m.group("m1") or m.group("m2")):
            continue  # a bare number ("1", a row's number) is no date
        if (
            not m.group("y")
            and "/" not in m.group(0)
            and not (len(m.group("d1")) == 2 and len(m.group("m1") or m.group("m2") or "") == 2)
        ):
            continue  # an outline's number ("1.2", "2.1": a row's activity number)
        if any(f.start_offset < m.end() and m.start() < f.end_offset for f in found):
            continue
        span = _days_and_months(m)
        if span is None:
            continue
        d1, m1, d2, m2 = span
        if (m1, d1) > (m2, d2) and m1 - m2 < 10:
            continue  # reversed, not across a year end
        year = int(m.group("y")) if m.group("y") else None
        first_year = year - 1 if year and (m1, d1) > (m2, d2) else year
        start, end = PartialDate(first_year, m1, d1), PartialDate(year, m2, d2)
        out.append(DateMention(m.start(), m.end(), m.group(0), start, end, ""))
    return out


# Days written day first with their stops and no year, as in Swiss and German pages: "26.02.–
# 08.04.", "18.–22.11.", "(24.03.)", "du 12.03. au 15.03.2019" (the year the page's, or the
# one closing the range). Each number closes on its stop, so a decimal ("2.5") or an outline's
# number at a line's start ("3.4. Relations") is none.
_DOTTED_DAYS = compile_pattern(
    r"(?<=[\s(|,;:–—])(?P<d1>[0-3]?\d)\.(?:(?P<m1>[01]?\d)\.)?"
    r"(?:[ \t]*(?:[–—-]|au|to|bis|à)[ \t]*(?P<d2>[0-3]?\d)\.(?P<m2>[01]?\d)\.)?"
    r"(?P<y>(?:19|20)\d\d)?(?![\d.]|\d)"
)


def _dotted_days(text: str, found: list[DateMention]) -> list[DateMention]:
    """``found`` with the days written day first with their stops (:data:`_DOTTED_DAYS`)
    not already read, a range's last day read alone ("15.03.2019" of "du 12.03. au
    15.03.2019") giving way to its whole range."""
    out = list(found)
    for m in _DOTTED_DAYS.finditer(text):
        if not (m.group("m1") or m.group("m2")):
            continue  # a number and its stop, "18."
        if not text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip():
            continue  # an outline's number opening its line: "3.4. Relations"
        if not m.group("m2") and len(m.group("d1")) + len(m.group("m1") or "") < 4:
            continue  # a single day needs its two digits each: "24.03.", not "2.4."
        crossed = [f for f in out if f.start_offset < m.end() and m.start() < f.end_offset]
        if crossed and not (
            m.group("d2")
            and all(m.start() <= f.start_offset and f.end_offset <= m.end() for f in crossed)
        ):
            continue
        span = _days_and_months(m)
        if span is None or (span[1], span[0]) > (span[3], span[2]):
            continue  # (not days and months, or reversed)
        d1, m1, d2, m2 = span
        year = int(m.group("y")) if m.group("y") else None
        start, end = PartialDate(year, m1, d1), PartialDate(year, m2, d2)
        out = [f for f in out if f not in crossed]
        out.append(DateMention(m.start(), m.end(), m.group(0), start, end, ""))
    return out


# A table cell holding a month's name alone: "March |", "| Aug |", "Avril" (the year the
# table's: its title, its page, its report's period).
_CELL_MONTH = compile_pattern(
    r"(?:(?<=^)|(?<=\| ))(?P<cell>(?P<month>"
    + "|".join(sorted((re.escape(name) for name in _MONTHS), key=len, reverse=True))
    + r")\.?)"
    # (its status marked beside it: "July [done] |", "Avril [réalisée] |"; or its length:
    # "Feb (two weeks) |", "Mars (3 jours) |")
    r"(?:\s*\[[^\]\n|]{1,15}\]|\s*\((?:[\w-]+\s+){0,2}(?:days?|weeks?|months?|jours?|"
    r"semaines?|mois)\))?(?= \||$)",
    re.MULTILINE | re.IGNORECASE,
)


def _cell_months(text: str, found: list[DateMention]) -> list[DateMention]:
    """The months a table's cells name alone (a row written "March | Technical support ...
    | Lilongwe"), not already read."""
    out = []
    for m in _CELL_MONTH.finditer(text):
        if any(f.start_offset < m.end() and m.start() < f.end_offset for f in found):
            continue
        month = PartialDate(None, _MONTHS[m.group("month").lower()], None)
        out.append(DateMention(m.start(), m.end("cell"), m.group("cell"), month, month, ""))
    return out


# A list item's opening on the line after a month alone: the month heads a report's items.
_ITEM_NEXT = compile_pattern(r"\.?[ \t]*\n\s*(?:[*–—" + BULLET_MARKS + r"-]|\d{1,2}[.)])\s")


def heads_items(text: str, end: int) -> bool:
    """Whether the line ending at ``end`` is over a list's first item (a month heading a
    report's items, not a card's date badge)."""
    return _ITEM_NEXT.match(text, end) is not None


def _badge_months(text: str, found: list[DateMention]) -> list[DateMention]:
    """The months an events page's date badges name alone, each on its line over its card's
    place and title ("AVRIL" / "Dakar (Sénégal)" / "Mission d'expertise ..."); not a month
    heading a report's list ("AUGUST" / "- Throughout August, ...")."""
    out = []
    for m in _CELL_MONTH.finditer(text):
        if any(f.start_offset < m.end() and m.start() < f.end_offset for f in found):
            continue
        if heads_items(text, m.end()):
            continue
        month = PartialDate(None, _MONTHS[m.group("month").lower()], None)
        out.append(DateMention(m.start(), m.end(), m.group(0), month, month, ""))
    return out


def ordinal_number(word: str) -> int | None:
    """``13th`` -> 13, ``third`` -> 3, ``1er`` -> 1; None for anything else."""
    w = word.lower()
    m = _ORDINAL.fullmatch(w)
    if m:
        return int(m.group(1))
    return _NUMBER_WORDS.get(w)
