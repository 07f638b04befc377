"""Years: the year of a date phrase that gives none, and of a record whose page never says.

A year degrades gracefully, in this order:

1. the date phrase's own year;
2. the period a report says it covers ("le présent rapport couvre la période du 1er avril
   2013 au 31 mars 2014"): the year that puts the date inside it;
3. the nearest other date of the same paragraph, then the nearest day or month of the
   section (before a bare year of another paragraph), then any date of the section, never a
   reference to another time; from a news item's date of publication, the year before when
   the date would fall after it ("du 13 au 15 décembre dernier", published in January);
4. the year heading the section stands under;
5. for a section with no dated passage: the year heading, a year in its heading or listing
   lines, then the page's metadata;
6. for a record still without a year: the neighbouring records of the page (pages list
   newest first), then the page's metadata (year hint, publication date, a year in its
   address). Years found so are marked ``year_inferred``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import replace

from graphbuild.ingest.context import PageContext
from graphbuild.ingest.date_roles import (
    EARLIER_THIS,
    HELD_AT_LAST,
    Dated,
    act_day,
    first_dateline_day,
    letter_head_day,
    news_day,
    page_years,
    post_stamp_day,
    publication_day,
    stamp_line_day,
    tells_future,
)
from graphbuild.ingest.dates import DateMention, PartialDate, find_dates, season_month
from graphbuild.ingest.layout import FIELD_LINE, BlockKind, Section, is_trail
from graphbuild.ingest.lexicon import WORDS, alternatives
from graphbuild.ingest.memo import page_memo
from graphbuild.pattern_cache import compile_pattern
from graphbuild.records import Activity
from graphbuild.sources import PageMeta

# A year told relative to the page's date: "last year", "l'an dernier".
_LAST_YEAR = compile_pattern(
    r"\b(?:last year|l['’]an (?:dernier|passé)|l['’]ann[ée]e (?:derni[èe]re|pass[ée]e))\b",
    re.IGNORECASE,
)


# A time of the page's own year, just before the date: "Plus tôt ce printemps, du 1er au 5
# avril", "earlier this year, from 3 to 5 March", "cette année, du".
_THIS_YEAR = compile_pattern(
    r"\b(?:(?:plus tôt |au début de |au cours de )?(?:ce printemps|cet été|cet automne|cet hiver|"
    r"cette année)|(?:earlier |early |later )?this (?:spring|summer|autumn|fall|winter|year))"
    r"\b[^.;]{0,20}$",
    re.IGNORECASE,
)


# The year of the date told before, named after the day ("Les 18 et 19 septembre de la même
# année", "on 18 September of the same year") or before it ("La même année, le 18
# septembre", "Later that same year, on 18 September").
_SAME_YEAR_AFTER = compile_pattern(
    r"\s*,?\s*(?:de la même année|de cette même année|de cette année-là|of (?:the|that) same "
    r"year|of that year|that same year)\b",
    re.IGNORECASE,
)
_SAME_YEAR_BEFORE = compile_pattern(
    r"\b(?:(?:la|cette) même année|cette année-là|(?:in )?(?:the|that) same year|later that "
    r"(?:same )?year|that year)\b[^.;]{0,20}$",
    re.IGNORECASE,
)


_NEXT_YEAR_AFTER = compile_pattern(
    r"\s*,?\s*(?:de l['’]année suivante|of the following year|the following year|the next "
    r"year)\b",
    re.IGNORECASE,
)
_NEXT_YEAR_BEFORE = compile_pattern(
    r"\b(?:(?:l['’]année suivante|(?:the )?following year|the next year)\b[^.;]{0,20}|"
    # (or a month told as the following one: "The following March, from 5 to 9 March"; not
    # "the following week, from 3 to 10 December")
    rf"\bthe following\s+(?:(?:{alternatives(list(WORDS.months))}),?\s+"
    r"(?:(?:from|on|between)\s+)?)?)$",
    re.IGNORECASE,
)


# A time just before the page's day, just before the date: "Last week, on 24 and 25 November",
# "la semaine dernière, les 3 et 4 juin", "earlier this month, from 2 to 4 October".
_RECENT = compile_pattern(
    r"\b(?:last week|this week|(?:earlier |early )?this month|last month|a few days ago|"
    r"la semaine derni[èe]re|cette semaine|(?:plus tôt |au début de )?ce mois(?:-ci)?|"
    r"le mois dernier|il y a quelques jours)\b[^.;]{0,20}$",
    re.IGNORECASE,
)


# ... or told right after the date: "from December 9 to 13 last year", "du 9 au 13 décembre
# de l'an dernier".
_LAST_YEAR_AFTER = compile_pattern(
    r"\s*,?\s*(?:of\s+|de\s+)?(?:last year|l['’]an (?:dernier|passé)|l['’]ann[ée]e "
    r"(?:derni[èe]re|pass[ée]e))\b",
    re.IGNORECASE,
)


# A month said to be the last one: "En décembre dernier", "last December" is read from the
# front ("in December last").
_MONTH_LAST = compile_pattern(r"\s+(?:dernier|last)\b", re.IGNORECASE)


def resolve_year(
    ex: PageContext, d: Dated, dated: list[Dated], heading_year: int | None
) -> DateMention:
    """The date ``d`` with its year, if a year can be found on the page (steps 1 to 4); a
    weekday written with the day settles between the year found and the next or the last
    ("Mercredi 19 février" in a report of the 2019-2020 session: 2020)."""
    m = d.mention
    if m.has_year:
        return m
    opening = _WEEKDAY_OPENING.match(m.text)
    before = (
        opening.group("day")
        if opening
        # (a weekday before the phrase's own lead is not its day's: "travelled to Santo
        # Domingo from March 5 to 8")
        else ""
        if _LEAD_OPENING.match(m.text)
        else ex.clean[max(0, m.start_offset - 14) : m.start_offset]
    )
    pair = _WEEKDAY_PAIR_BEFORE.search(ex.clean, max(0, m.start_offset - 40), m.start_offset)
    if pair is not None and m.is_range and not opening:
        # (two weekdays before two days: the first is the first day's, "on Wednesday and
        # Thursday, 27 and 28 November")
        before = pair.group("first")
    found = _resolve_year(ex, d, dated, heading_year)
    wd = _WEEKDAY_BEFORE.search(before)
    start = found.start
    if wd is not None and start.year is not None and start.month and start.day:
        # (a weekday the year found cannot put on the day, the page's own year can: "From
        # Monday 7 to Friday 11 March" under a background "signed in 2017", on a page of 2022)
        day = _page_day(ex)
        own = int(day[:4]) if day else page_year(ex.page.meta)
        want = WORDS.weekdays[wd.group("day").lower()]
        if (
            own is not None
            and own != start.year
            and not _falls_on(start.year, start.month, start.day, want)
            and _falls_on(own, start.month, start.day, want)
        ):
            return m.resolved(own)
    want = WORDS.weekdays[wd.group("day").lower()] if wd is not None else -1
    if (
        want >= 0
        and start.year is not None
        and start.month
        and start.day
        and not any(
            _falls_on(y, start.month, start.day, want)
            for y in (start.year - 1, start.year, start.year + 1)
        )
    ):
        # (a weekday no year around the one found puts on its day, a year the page writes
        # does: "Arrivée à Libreville le dimanche 16 février" in a report of 2025, whose
        # section names a plan of "septembre 2023")
        fits = [y for y in page_years(ex.clean) if _falls_on(y, start.month, start.day, want)]
        if fits:
            return m.resolved(min(fits, key=lambda y: abs(y - (start.year or 0))))
    return _on_its_weekday(before, found)


def _row_day_told_with_its_year(ex: PageContext, d: Dated) -> int | None:
    """The one year the page writes with the day and month of a table row's day given
    without its year, if it writes that day with one year only."""
    m = d.mention
    if m.start.month is None or m.start.day is None or m.is_range:
        return None
    if "|" not in d.sentence.text and "\t" not in d.sentence.text:
        return None
    years = _days_with_years(ex.clean).get((m.start.month, m.start.day), set())
    return next(iter(years)) if len(years) == 1 else None


@functools.lru_cache(maxsize=8)
def _days_with_years(text: str) -> dict[tuple[int, int], set[int]]:
    """The page's single days written with their year, by (month, day): their years."""
    found: dict[tuple[int, int], set[int]] = {}
    for line in text.splitlines():
        if not any(ch.isdigit() for ch in line):
            continue
        for m in find_dates(line)[0]:
            day = m.start
            if not m.is_range and day.year and day.month and day.day:
                found.setdefault((day.month, day.day), set()).add(day.year)
    return found


def _field_day_near(m: DateMention, dated: list[Dated]) -> DateMention | None:
    """``m`` in the year that puts it within 40 days of a whole day written in an entry's
    field line of its section ("Date signed: 14/06/2022", "Date : 12/03/2024"), if one
    does (the nearest such day)."""
    if m.start.month is None or m.start.day is None:
        return None
    best: tuple[int, DateMention] | None = None
    for o in dated:
        day = o.mention.start
        if day.year is None or day.month is None or day.day is None or o.mention.is_range:
            continue
        if not FIELD_LINE.match(o.sentence.text):
            continue
        for year in (day.year - 1, day.year, day.year + 1):
            try:
                gap = abs(
                    (dt.date(year, m.start.month, m.start.day) - dt.date(*day.first_day())).days
                )
            except ValueError:
                continue
            if gap <= 40 and (best is None or gap < best[0]):
                best = (gap, m.resolved_from_start(year))
    return best[1] if best is not None else None


def _falls_on(year: int, month: int, day: int, want: int) -> bool:
    """Whether the day ``day`` of ``month`` in ``year`` is the weekday ``want`` (Monday 0)."""
    try:
        return dt.date(year, month, day).weekday() == want
    except ValueError:
        return False


# A weekday written just before a day, or opening its phrase: "Mercredi 19 février".
_WEEKDAY_BEFORE = compile_pattern(
    rf"\b(?P<day>{alternatives(WORDS.weekdays)})\b[\s,]*(?:(?:le|the|on)\s+)?$",
    re.IGNORECASE,
)
# Two weekdays before two days: "Wednesday and Thursday, 27 and 28", "les mardi et mercredi".
_WEEKDAY_PAIR_BEFORE = compile_pattern(
    rf"\b(?P<first>{alternatives(WORDS.weekdays)})\s+(?:and|et|&)\s+"
    rf"(?:{alternatives(WORDS.weekdays)})\b[\s,]*(?:(?:le|les|the|on)\s+)?$",
    re.IGNORECASE,
)
# A date phrase opening on a lead a weekday does not stand before ("from March 5 to 8", "du
# 3 au 5 mai"; not "le", "the", "on": "Mercredi le 19", "Monday the 5th").
_LEAD_OPENING = compile_pattern(
    rf"(?!(?:le|the|on)\s)(?:{WORDS.alternatives('leads')})\s", re.IGNORECASE
)
_WEEKDAY_OPENING = compile_pattern(
    rf"\W*(?:\w+\s+)?(?P<day>{alternatives(WORDS.weekdays)})\b", re.IGNORECASE
)


def _on_its_weekday(before: str, found: DateMention) -> DateMention:
    """``found`` (a date given a year), or the same in the year before or after when only
    that one puts the weekday written with it (in ``before``) on its day."""
    wd = _WEEKDAY_BEFORE.search(before)
    start = found.start
    if wd is None or start.year is None or start.month is None or start.day is None:
        return found
    want = WORDS.weekdays[wd.group("day").lower()]
    year = _year_on_weekday(start.year, start.month, start.day, want)
    if year == start.year:
        return found
    shift = year - start.year
    return replace(
        found,
        start=start.with_year(year),
        end=found.end.with_year((found.end.year or start.year) + shift),
    )


def _year_on_weekday(year: int, month: int, day: int, want: int) -> int:
    """``year``, or the year after or before it when only that one puts the day ``day`` of
    ``month`` on the weekday ``want`` (Monday 0)."""
    return next((c for c in (year, year + 1, year - 1) if _falls_on(c, month, day, want)), year)


def _year_turned(m: DateMention, nearest: Dated, page_day: str | None) -> bool:
    """Whether a yearless date told after an activity's month of a year, of a month earlier
    in the calendar, falls in the next year: the year's turn in a news item telling its
    months in order, that next year's day still before the page's day."""
    if (
        page_day is None
        or nearest.role != "activity"
        or nearest.mention.start_offset > m.start_offset
        or m.start.month is None
        or nearest.mention.end.month is None
        or nearest.mention.end.year is None
        or m.start.month >= nearest.mention.end.month
    ):
        return False
    turned = m.resolved(nearest.mention.end.year + 1)
    told = (int(page_day[:4]), int(page_day[5:7]), int(page_day[8:10]))
    return turned.end.last_day() <= told


def _resolve_year(
    ex: PageContext, d: Dated, dated: list[Dated], heading_year: int | None
) -> DateMention:
    """The work of :func:`resolve_year`."""
    m = d.mention
    within = _in_period(ex, m)
    if within is not None:
        return within
    inside = _in_span_told_before(ex, m)
    if inside is not None:
        # a day of an event's days the page told before with their year ("Date: Tuesday, 9
        # July 2019 to Thursday, 11 July 2019" / "On Wednesday, 10 July, participants also
        # presented ..."): that year, whatever year the text names after it
        return inside
    if _LAST_YEAR.search(ex.clean[d.sentence.start : m.start_offset]) or _LAST_YEAR_AFTER.match(
        ex.clean, m.end_offset
    ):
        # "In May last year, ... from 11 to 16 May", in a speech dated January 2018: 2017
        dated_on = [
            o.mention.end.year for o in dated if o.role == "publication" and o.mention.end.year
        ]
        day = publication_day(ex.page.text)
        base = int(day[:4]) if day else (dated_on[0] if dated_on else None)
        if base is not None:
            return m.resolved(base - 1)

    if _THIS_YEAR.search(ex.clean, d.sentence.start, m.start_offset):
        # "Plus tôt ce printemps, du 1er au 5 avril", on a page of 16 May 2019 (its day, or
        # its metadata's year): that year, whatever other year the paragraph names
        day = _page_day(ex)
        own = int(day[:4]) if day else page_year(ex.page.meta)
        if own is not None:
            return m.resolved(own)
    following = bool(
        _NEXT_YEAR_AFTER.match(ex.clean, m.end_offset)
        or _NEXT_YEAR_BEFORE.search(ex.clean, d.sentence.start, m.start_offset)
    )
    if (
        following
        or _SAME_YEAR_AFTER.match(ex.clean, m.end_offset)
        or _SAME_YEAR_BEFORE.search(ex.clean, d.sentence.start, m.start_offset)
    ):
        # "Les 18 et 19 septembre de la même année", "Later that same year, on 18 September":
        # the year of the last date told before it with its year, whatever year comes after
        # (the year after it: "Du 15 au 22 mars de l'année suivante", "The following March")
        before = [
            o
            for o in dated
            if o.mention.has_year
            and o.role != "publication"
            and o.mention.end_offset <= m.start_offset
            and o.mention.end.year is not None
        ]
        if before:
            last = max(before, key=lambda o: o.mention.end_offset)
            if last.mention.end.year is not None:
                return m.resolved(last.mention.end.year + (1 if following else 0))
    if m.start.month and _RECENT.search(ex.clean, d.sentence.start, m.start_offset):
        # days of the week or month before the page's day: that day's year (or the one
        # before, for December's days told in January), whatever year the section names
        told_on = publication_day(ex.page.text) or first_dateline_day(ex.page.text)
        if told_on is not None:
            told_year, told_month = int(told_on[:4]), int(told_on[5:7])
            return m.resolved(told_year if m.start.month <= told_month else told_year - 1)
    if m.start.month and (_MONTH_LAST.match(ex.clean, m.end_offset) or m.lead == "last"):
        # "En décembre dernier", in a paper of 21 February 2019: the last December before
        told_on = publication_day(ex.page.text) or first_dateline_day(ex.page.text)
        if told_on is not None:
            told_year, told_month = int(told_on[:4]), int(told_on[5:7])
            # ("Le 5 mai dernier" in a paper of 20 May: this May; "en mai dernier": last year's)
            earlier = (m.start.month, m.start.day or 99) < (told_month, int(told_on[8:10] or 0))
            return m.resolved(told_year if earlier else told_year - 1)

    def usable(o: Dated) -> bool:
        return (
            o is not d
            and o.mention.has_year
            and (
                o.mention.start.month is not None
                or o.mention.lead not in ("", "of")
                # (a year naming an event's edition: "The 2022 session was held in Abuja from
                # 28 to 30 November")
                or bool(_EDITION_AFTER.match(ex.clean, o.mention.end_offset))
            )
            and o.role != "reference"
            # (not the year of a recall in another paragraph: "Pour rappel, la CEEAC avait
            # déjà observé le référendum ... du 11 au 19 novembre 2024" after "du 10 au 15
            # mars", in a release of April 2025)
            and not (o.paragraph != d.paragraph and EARLIER_THIS.match(o.sentence.text))
        )

    row_year = _row_day_told_with_its_year(ex, d)
    if row_year is not None:
        # a table's row giving a day without its year that the page's text gives with one
        # ("Ghana delegation | Toronto | Feb. 13 | Completed" / "On Tuesday, February 13,
        # 2024, the agency welcomed a delegation ..."): that year
        return m.resolved(row_year)
    badge = [
        o
        for o in dated
        if o.role == "publication"
        and o.paragraph != d.paragraph
        and o.mention.start.year is not None
        and (o.mention.start.month, o.mention.start.day) == (m.start.month, m.start.day)
    ]
    if m.start.day is not None and badge:
        # the entry's date badge giving its first day with the year, its text the days
        # without ("20 Novembre 2023" / "Congrès et Assemblée générale" / "Bruxelles, du 20 au
        # 23 novembre"): that year, whatever the page's own day says
        return m.resolved(badge[0].mention.start.year or 0)
    line_start = ex.clean.rfind("\n", 0, m.start_offset) + 1
    stamped = [
        o.mention.start
        for o in dated
        if o.role == "publication"
        and o.mention.start.year is not None
        and o.mention.start.month is not None
        and line_start <= o.mention.start_offset < m.start_offset
    ]
    if stamped and m.start.month is not None:
        # a brief's day opening its line, the days it tells after it ("- 16/10/2023 — ...
        # a participé du 3 au 13 octobre ..."): the last such days by that day
        posted = stamped[0]
        later = (m.start.month, m.start.day or 0) > (posted.month or 0, posted.day or 0)
        return m.resolved((posted.year or 0) - (1 if later else 0))
    signed = _field_day_near(m, dated)
    if signed is not None:
        # an entry's day in its field, within weeks of the days its text tells without a
        # year ("Date signed: 03/03/2023" / "Signed during a study visit ... from 1st to 4th
        # March"): its year, whatever the page's day or order says
        return signed
    same_sentence = [o for o in dated if usable(o) and o.sentence is d.sentence]
    same_par = [o for o in dated if usable(o) and o.paragraph == d.paragraph]
    same_sec = [o for o in dated if usable(o)]
    if any(o.role == "activity" for o in same_sec):
        # (another paragraph's activity before the year of an election it names: "Le jeudi
        # 24 mars, la délégation s'est rendue à Gitega" after a visit "du 21 au 25 mars
        # 2022" made "à tirer les leçons des élections ... de mai 2020")
        same_sec = [
            o
            for o in same_sec
            if o.role in ("activity", "publication") or o.paragraph == d.paragraph
        ]
    # a dated day or month of the section before a bare year of another paragraph
    precise = [o for o in same_sec if o.mention.end.month is not None]
    votes = [o for o in same_par if _around_the_vote(m, o)]
    if heading_year is not None and not same_sentence and votes:
        # the day of an election the paragraph names, within a month of the days, dates
        # them ("the parliamentary elections of 21 May 2023 ... Our team was in Dili from 15
        # to 25 May", under a blog post's "12 February 2025")
        vote = min(votes, key=lambda o: abs(o.mention.start_offset - m.start_offset))
        return m.resolved(vote.mention.start.year or heading_year)
    month_first = [
        o
        for o in same_par
        if o.role == "activity"
        and o.mention.start_offset < m.start_offset
        and o.mention.start.day is None
        and o.mention.start.month is not None
        and o.mention.start.month == m.start.month == m.end.month
    ]
    if month_first:
        # the month told first, then its days: "En avril 2021, j'ai dirigé la mission ... Du 5
        # au 14 avril, nous avons rencontré ..." (that month's year, whatever the page's)
        return m.resolved(month_first[-1].mention.start.year or 0)
    if heading_year is not None and all(
        # (or the years of votes the sentence names after the date: "• Septembre – Mission
        # ... des scrutins de décembre 2020 et de février 2021" under "2021")
        o.role == "election"
        and o.mention.start_offset > m.end_offset
        # (not a vote within a month of the days: "On 28 and 29 October, two days after
        # Georgia's parliamentary elections of 26 October 2024")
        and not _around_the_vote(m, o)
        for o in same_sentence
    ):
        # the year heading the date stands under outweighs another sentence's year ("faisait
        # suite à une mission menée en mai 2009" under "ANNÉE 2010")
        same_sentence = same_par = same_sec = precise = []
    told = [o for o in same_sec if o.role == "publication" and o.mention.start.day]
    if (
        not told
        and same_sec
        and not precise
        and not same_par
        and (_page_day(ex) is not None or page_year(ex.page.meta) is not None)
    ):
        # only bare years of other paragraphs ("ma première mission en 2012"), on a page
        # with its own day or year: what it tells is dated from that (below, or after, from
        # the page's metadata)
        same_sec = []
    page_day = _page_day(ex)
    if (
        not same_sentence
        and same_par
        and page_day is not None
        and m.start.month is not None
        and all(o.mention.start_offset > m.end_offset for o in same_par)
        and all(
            o.role == "activity"
            # (or a vote to come after the page's day: "In June we received a delegation
            # ... Zambia goes to the polls in 2021", in an interview of July 2019)
            or (
                o.role in ("election", "planned")
                and (o.mention.start.year or 0) > int(page_day[:4])
            )
            for o in same_par
        )
    ):
        # a news item's day dates what it tells before any year is written: "In May, she
        # was part of the mission ... from May 22 to 31. In August 2023 she spent three
        # weeks ...", on a page of 18 October 2024: the last May by that day
        told_year, told_month = int(page_day[:4]), int(page_day[5:7])
        told_day = int(page_day[8:10])
        earlier = (m.start.month, m.start.day or 0) <= (told_month, told_day)
        return m.resolved(told_year if earlier else told_year - 1)
    for pool in (same_sentence, same_par, precise, same_sec):
        if pool:
            # (a year is written once and left out until it changes: "Mars 2022 ... Juin ...
            # Novembre ... Février 2023": the year told before, when the pool holds one)
            before = [o for o in pool if o.mention.start_offset < m.start_offset]
            nearest = min(
                before if before and pool is precise else pool,
                key=lambda o: abs(o.mention.start_offset - m.start_offset),
            )
            if (
                told
                and nearest.role in ("election", "background", "planned")
                # (not the vote the days are around, in their own paragraph: "Dimanche 27
                # décembre 2020 — Premier tour ... La mission, arrivée le 22 décembre, a
                # quitté le pays le 31 décembre", on a page published in February 2022)
                and not (
                    nearest.role == "election"
                    and nearest.paragraph == d.paragraph
                    # (the vote's line first, the days under it; not a vote the days' event
                    # was about: "a lessons-learned workshop ... on the general election of 8
                    # November 2015", published in December 2016)
                    and nearest.mention.start_offset < m.start_offset
                    and _around_the_vote(m, nearest)
                )
            ):
                # a news item dates what it tells by its own day, not by the year of the
                # election it reviews ("From 28 November to 2 December, ... a workshop on
                # the general election of 8 November 2015", published 6 December 2016); on a
                # page of several items, the day of the item's own dateline, the last before it
                # ("Tunis, 24.11.2014 – Présidentielle tunisienne" over "Du 20 au 24 novembre,
                # ... l'élection présidentielle du 23 novembre 2014", under items of 2021)
                nearest = max(
                    (o for o in told if o.mention.start_offset < m.start_offset),
                    key=lambda o: o.mention.start_offset,
                    default=told[0],
                )
            elif (
                (nearest.role in ("election", "planned") or nearest.mention.end.month is None)
                and title_year(ex) is not None
                # (not a year the sentence opens on, framing it: "In 2022 the Commission
                # hosted the conference in Tbilisi on 21–23 September")
                and not (
                    pool is same_sentence
                    and nearest.mention.start_offset < m.start_offset
                    and nearest.role not in ("election", "planned")
                )
                # (not an election within a month of the days: "the parliamentary elections of
                # 21 May 2023 ... Our team was in Dili from 15 to 25 May")
                and not _around_the_vote(m, nearest)
            ):
                # (or a bare year of another thing: "the system piloted in 2012", in a
                # newsletter of "January – March 2013")
                # a monthly review's year ("LA REVUE DE L'ANE – OCTOBRE 2019"), not that of
                # the election a mission prepares ("du 21 au 26 octobre ... en vue des
                # élections de décembre 2020")
                return m.resolved(title_year(ex) or 0)
            elif (
                nearest.role == "planned"
                and heading_year is not None
                and (nearest.mention.end.year or heading_year) < heading_year
                and HELD_AT_LAST.search(d.sentence.text)
            ):
                # an event first planned for an earlier year, put off and held at last under
                # its own year's heading ("prévu à Lomé en mai 2020 puis reporté deux fois,
                # s'est finalement tenu du 7 au 9 novembre" under "2022"): that year
                return m.resolved(heading_year)
            elif (
                (
                    nearest.role == "planned"
                    # (or an election another paragraph names: "the elections of 27 November
                    # 2024" after "a working visit hosted ... in August", of 26 September 2025)
                    or (
                        nearest.role == "election"
                        and (nearest.paragraph != d.paragraph or not _around_the_vote(m, nearest))
                    )
                )
                and page_day is not None
                and m.start.month is not None
                and not (d.role == "planned" or tells_future(d.sentence.text))
                # (not a vote its sentence dates in the year of the heading both stand under:
                # "Après la présidentielle du 11 avril 2021, ... ont participé les 8 et 9
                # novembre à Lomé" under "2021")
                and not (
                    pool is same_sentence
                    and heading_year is not None
                    and nearest.mention.end.year == heading_year
                )
            ):
                # what is told as past is dated by the page's own day, not by the year of
                # what is to come after it, nor of another paragraph's vote ("visited
                # Chisinau from 24 to 26 September" ... "will present its report at the
                # January 2025 part-session", a release of 4 November 2024: September 2024)
                told_year, told_month = int(page_day[:4]), int(page_day[5:7])
                earlier = (m.start.month, m.start.day or 0) <= (told_month, int(page_day[8:10]))
                return m.resolved(told_year if earlier else told_year - 1)
            year = nearest.mention.end.year
            assert year is not None
            if (
                nearest.role == "publication"
                or (
                    nearest.mention.start.day
                    and nearest.mention.start.iso() == first_dateline_day(ex.page.text)
                )
            ) and not (d.role == "planned" or tells_future(d.sentence.text)):
                # news tells what is past: "du 13 au 15 décembre dernier", published in
                # January, was in the year before (so does a speech of its dateline's day)
                candidate = m.resolved(year)
                if candidate.start.first_day() > nearest.mention.end.last_day():
                    year -= 1
            elif _year_turned(m, nearest, page_day) and not (
                d.role == "planned" or tells_future(d.sentence.text)
            ):
                # a news item telling its months in order, the year written once: "Du 4 au 8
                # décembre 2023, ... En janvier, ... Du 19 au 23 février, ...", on a page of 2
                # April 2024: January and February of 2024
                year += 1
            return m.resolved(year)
    if heading_year is not None:
        found = m.resolved_from_start(heading_year)
        title_day = _title_day_above(ex, m)
        if (
            title_day is not None
            and (m.start.month or 0) > (m.end.month or 13)
            and title_day.month == m.end.month
            and title_day.year is not None
        ):
            # days across the year's turn under their entry's title naming a day of their last
            # month with its year, the vote's ("Élections groupées du 23 janvier 2011" / "Du
            # 28 décembre au 12 janvier"): they end in that year
            found = m.resolved_from_start(title_day.year - 1)
        at, told_on = news_day(ex.clean)
        if (
            told_on is not None
            and at < m.start_offset
            and int(told_on[:4]) == heading_year
            and found.start.month is not None
            and found.start.first_day() > (heading_year, int(told_on[5:7]), int(told_on[8:10]))
        ):
            # the year of a news item's date line, told of what is past: "News · 2 January
            # 2024" over "arrived in Kinshasa on 12 December" (2023)
            found = m.resolved_from_start(heading_year - 1)
        return found
    top = _page_top(ex.page.text)
    # (or a letter's or a release's place and day above its text: "Paris, le 15 juillet 2024")
    # (or an act's own day, its year first: "L'an deux mille vingt-quatre et le mardi ...")
    told_on = (
        publication_day(top)
        or first_dateline_day(top)
        or stamp_line_day(top)  # (an article's stamp line: "News article · 19 June 2024 · ...")
        or act_day(ex.page.text)
        # (or a thread's first post's stamp, under its text: "10:02 AM · Dec 19, 2024 · ...")
        or post_stamp_day(ex.page.text)
    )
    if told_on is not None and m.start.month is not None:
        # the page's own day under its title ("Volume 671: debated on Wednesday 12 February
        # 2020"): what it tells falls before it, in its year or the one before (a footer's
        # "Date modified" is weaker: the page's metadata, an inferred year)
        year = int(told_on[:4])
        candidate = m.resolved(year)
        if candidate.start.first_day() > (year, int(told_on[5:7]), int(told_on[8:10])) and not (
            # (unless told as to come: "seront déployés du 16 au 23 octobre", of 15.10.2024)
            d.role == "planned" or tells_future(d.sentence.text)
        ):
            candidate = m.resolved(year - 1)
        return candidate
    return m


# An event's edition named by its year: "The 2022 session", "the 2019 edition", "l'édition
# 2021" is told the other way round and has its lead.
_EDITION_AFTER = compile_pattern(
    r"\s+(?:annual\s+|general\s+|ordinary\s+)?(?:session|edition|conference|assembly|meeting|"
    r"seminar|workshop|forum|summit|congress|retreat)s?\b",
    re.IGNORECASE,
)


def _page_day(ex: PageContext) -> str | None:
    """The day the page's top gives as its own (its stamp or its dateline), if any."""
    top = _page_top(ex.page.text)
    # (a dateline opens the first line of running text: "WASHINGTON, D.C. – Apr. 22, 2025 –
    # The Electoral Observation Mission ...")
    opening = top + "\n" + _first_running_line(ex.page.text, top)
    return publication_day(ex.page.text) or first_dateline_day(opening) or stamp_line_day(top)


def _first_running_line(text: str, top: str) -> str:
    """The line after the page's top: its first line of running text."""
    rest = text[len(top) :].lstrip("\n")
    return rest.split("\n", 1)[0]


def spans_years(ex: PageContext, title: str) -> bool:
    """Whether a title names a span of two years ("... for the 2023-2024 Electoral Process")
    on a page with its own day: that day's year dates what it tells, not the span's first."""
    return bool(_SPAN_OF_YEARS.search(title)) and _page_day(ex) is not None


def _around_the_vote(m: DateMention, other: Dated) -> bool:
    """Whether ``other`` is an election whose day lies within a month of the days ``m``
    gives without a year, in the election's year."""
    vote = other.mention.start
    if other.role != "election" or vote.year is None or vote.month is None or not vote.day:
        return False
    if m.start.month is None:
        return False
    days = m.resolved(vote.year)
    try:
        first = dt.date(*days.start.first_day())
        last = dt.date(*days.end.last_day())
        day = dt.date(vote.year, vote.month, vote.day)
    except ValueError:
        return False
    return first - dt.timedelta(days=31) <= day <= last + dt.timedelta(days=31)


def _page_top(text: str) -> str:
    """The page's lines above its first line of running text (twelve words or more): its
    menus, title and stamp."""
    top: list[str] = []
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if len(line.split()) >= 12 and not _headline(lines, i) and not _banner_line(line):
            break
        top.append(line)
    return "\n".join(top)


def _banner_line(line: str) -> bool:
    """Whether a long line is a site's banner, no running text: names and dashes, no stop
    ("Conseil National des Droits de l'Homme – National Human Rights Council (CNDH)")."""
    body = line.strip()
    return (
        len(body) <= 120
        and not body.endswith((".", "!", "?", ";", ":", "»", '"', "”", ","))
        and ". " not in body
        and sum(word[:1].isupper() for word in body.split()) * 2 >= len(body.split())
    )


def _headline(lines: list[str], i: int) -> bool:
    """Whether the long line ``lines[i]`` is a title, a paragraph of its own that no stop
    closes ("Calm voting day, but an uneven playing field and a tabulation process that
    lacked transparency"), not running text."""
    alone = (i == 0 or not lines[i - 1].strip()) and (
        i + 1 == len(lines) or not lines[i + 1].strip()
    )
    return alone and not lines[i].rstrip().endswith((".", "!", "?", ":", ";", "»", '"', "”"))


# What a report says it covers: "couvre la période", "covers the period", "exercice".
_PERIOD = compile_pattern(
    r"\b(?:couvre la période|couvrant la période|pour la période|covers the period|"
    # ("l'exercice financier 2019-2020, c'est-à-dire la période allant du 1er avril 2019")
    r"la période allant|the period running|"
    r"covering the period|for the period|reporting period|période de référence|"
    # "au cours de l'exercice financier, soit du 1er avril 2016 au 31 mars 2017"
    r"exercice(?:\s+financier)?\s*,?\s*(?:soit|c['’]est-à-dire|qui va|qui s['’]étend|"
    r"s['’]étendant|allant)|(?:fiscal|financial) year\s*,?"
    r"\s*(?:from|i\.e\.|that is)|"
    # "For the financial year 1 April 2018 to 31 March 2019", "pour l'exercice du 1er avril"
    r"(?:for|during|of) the (?:fiscal|financial) year\s+(?=\d)|"
    r"(?:pour|de|durant) l['’]exercice(?:\s+financier)?\s+(?:allant\s+)?(?=du\b)|"
    # a report's line of its period: "Exercice financier du 1er avril 2022 au 31 mars 2023",
    # "Fiscal year April 1, 2023 to March 31, 2024", "Financial year: 1 July 2022 – 30 June"
    # "the financial year that ran from 1 April 2024 to 31 March 2025"
    r"(?:fiscal|financial) year\s+(?:that|which)\s+(?:ran|runs|run|began|begins)\s+(?=from\b)|"
    # (or "Période visée : du 1er avril 2022 au 31 mars 2023", "Period covered: ...")
    r"(?:^|(?<=[\n(]))(?:exercice(?:\s+financier)?|(?:fiscal|financial) year|période|"
    r"(?:(?:reporting|disclosure|review|report)\s+)?period)"
    r"(?:\s+(?:visée|couverte|covered|under review))?\s*:?\s+(?:from\s+)?"
    r"(?=(?:du\b|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))|"
    # "During the 2015-2016 fiscal year (April 1, 2015 to March 31, 2016)", "l'exercice
    # 2016-2017 (du 1er avril 2016 au 31 mars 2017)"
    r"(?:(?:fiscal|financial) year|exercice(?:\s+financier)?)"
    r"(?:\s+(?:19|20)\d\d[-–/](?:19|20)?\d\d)?\s*\()|"
    # a report's title over its period in brackets on the next line: "PROGRESS REPORT OF THE
    # BUREAU ..." / "(1 October – 13 December 2024)"
    r"\b(?:report|rapport|bilan|review|revue)\b[^\n]{0,120}\n[ \t]*\("
    r"(?=[^()\n]{6,60}\)[ \t]*(?:\n|$))|"
    # an issue's line of the months it covers: "No. 3 · Covering July–September 2024 · Suva",
    # "Numéro 12 – couvrant avril-juin 2025"
    r"\b(?:covering|couvrant)\s+(?=(?:jan|feb|fév|mar|apr|avr|may|mai|jun|juin|jul|juil|aug|"
    r"août|sep|oct|nov|dec|déc)[a-zéû]*\.?\s*(?:[-–—]|to\b|à\b|au\b))",
    re.IGNORECASE,
)


def _title_day_above(ex: PageContext, m: DateMention) -> PartialDate | None:
    """The one day with its year the line right above a date's line names, if it names one
    (its entry's title: "République centrafricaine — Élections groupées du 23 janvier 2011")."""
    line_start = ex.clean.rfind("\n", 0, m.start_offset) + 1
    if line_start == 0:
        return None
    above_start = ex.clean.rfind("\n", 0, line_start - 1) + 1
    found, _bad = find_dates(ex.clean[above_start : line_start - 1])
    days = [d.start for d in found if d.start.day and d.start.year and not d.is_range]
    return days[0] if len(days) == 1 else None


def _in_period(ex: PageContext, m: DateMention) -> DateMention | None:
    """A date without a year, in a report whose period the page states ("le présent
    rapport couvre la période du 1er avril 2013 au 31 mars 2014"): the year that puts it
    inside that period."""
    period = report_period(ex)
    month = m.start.month or season_month(m.lead)
    if period is None or month is None:
        return None
    first, last = period
    fits = [
        year
        for year in range(first.year or 0, (last.year or 0) + 1)
        if first.first_day() <= (year, month, m.start.day or 1) <= last.last_day()
    ]
    # (in a period of several years, a month may fall in more than one: the context says)
    return m.resolved(fits[0]) if len(fits) == 1 else None


@page_memo
def _years_told(text: str) -> list[tuple[int, PartialDate, PartialDate, bool]]:
    """The dates the text writes with their year, in order: (end offset, first day, last
    day, whether a span of a few days to a month)."""
    return [
        (
            d.end_offset,
            d.start,
            d.end,
            d.is_range
            and d.start.day is not None
            and d.end.day is not None
            and 0 < _days_between(d.start.first_day(), d.end.last_day()) <= 31,
        )
        for d in find_dates(text)[0]
        if d.has_year
    ]


def _in_span_told_before(ex: PageContext, m: DateMention) -> DateMention | None:
    """A day without its year inside the span of days told last before it with their year
    (no other year written between): that year."""
    if m.start.month is None or m.start.day is None or m.is_range:
        return None
    told = [t for t in _years_told(ex.clean) if t[0] <= m.start_offset]
    if not told:
        return None
    _end, first, last, span = told[-1]
    if (
        span
        and first.year is not None
        and first.first_day() <= (first.year, m.start.month, m.start.day) <= last.last_day()
    ):
        return m.resolved(first.year)
    return None


def _days_between(first: tuple[int, int, int], last: tuple[int, int, int]) -> int:
    """The days from one (year, month, day) to another."""
    return (dt.date(*last) - dt.date(*first)).days


def report_period(ex: PageContext) -> tuple[PartialDate, PartialDate] | None:
    """The period a report page says it covers, if any (found once)."""
    if ex.period_memo is None:
        found: tuple[PartialDate, PartialDate] | None = None
        for m in _PERIOD.finditer(ex.clean):
            dates, _bad = find_dates(ex.clean[m.end() : m.end() + 80])
            if (
                dates
                and dates[0].is_range
                and dates[0].has_year
                and dates[0].start.year
                # (a month or more: not a mission's days in its report's header, "Période :
                # du 26 avril au 1er mai 2024")
                and _days_between(dates[0].start.first_day(), dates[0].end.last_day()) >= 27
            ):
                found = (dates[0].start, dates[0].end)
                break
        ex.period_memo = (found,)
    return ex.period_memo[0]


_HEADING_YEAR = compile_pattern(r"(?<![\d/-])((?:19|20)\d\d)(?![\d/-])")


def undated_year(section: Section, meta: PageMeta, *, told: bool) -> tuple[int, bool] | None:
    """The year of a section with no dated passage, and whether it is inferred: the year
    heading it stands under, a year in its heading or listing lines, or, when its text tells
    that the activity took place (``told``), the page's metadata (then inferred)."""
    if section.year is not None:
        return section.year, False
    heading = section.heading.text if section.heading is not None else ""
    listing = " ".join([heading, *(b.text for b in section.paragraphs if b.detail)])
    in_heading = _HEADING_YEAR.search(listing)
    if in_heading is not None:
        return int(in_heading.group(1)), False
    hinted = page_year(meta)
    if hinted is None or not told:
        return None
    return hinted, True


_URL_YEAR = compile_pattern(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def page_own_year(ex: PageContext) -> int | None:
    """The year of the page's own day (its stamp or dateline), failing that of its metadata."""
    day = _page_day(ex) or first_dateline_day(ex.page.text)
    return int(day[:4]) if day else page_year(ex.page.meta)


def page_year(meta: PageMeta) -> int | None:
    """The year a page's metadata gives: its year hint, its publication date, or a year in
    its address, in that order."""
    if meta.year_hint is not None:
        return meta.year_hint
    if meta.published and meta.published[:4].isdigit():
        return int(meta.published[:4])
    m = _URL_YEAR.search(meta.url or "")
    return int(m.group(1)) if m else None


def infer_years(
    records: list[Activity],
    fallback: int | None = None,
    *,
    before: str | None = None,
    text: str = "",
) -> list[Activity]:
    """Give a year to records whose page never says it, from their neighbours on the page,
    failing those from the page's metadata (``fallback``; ``before``: the day the page was
    published, when the fallback is its year: a month after it is of the year before).
    A weekday written before the record's day in the page's ``text`` settles between the
    year so found and the next or the last.

    Pages of this family list activities newest first: a record takes the year of the
    nearest dated record below it, one more when its month comes before that record's.
    """
    out = list(records)
    dated = list(records)  # neighbours whose year the page gives, not one inferred here
    for i, rec in enumerate(out):
        if not rec.start_date.startswith("XXXX"):
            continue
        # (a neighbour dated to the month at least: one known only by its year tells no
        # month to compare with)
        below = next((r for r in dated[i + 1 :] if _to_the_month(r)), None)
        above = next((r for r in reversed(dated[:i]) if _to_the_month(r)), None)
        month = rec.start_date[5:]
        holding = [
            r
            for r in dated
            if not r.start_date.startswith("XXXX")
            and len(r.start_date) == len(rec.start_date) == 10
            and r.start_date[5:] <= rec.start_date[5:]
            and rec.end_date[5:] <= r.end_date[5:]
            and r.start_date[:4] == r.end_date[:4]
        ]
        if holding:
            # (days within an event's days the page gives with their year: its programme,
            # "Monday 12 June — Opening session" under "Accra, Ghana · 12–14 June 2017")
            year = int(holding[0].start_date[:4])
        elif fallback is not None and (before is not None or (below is None and above is None)):
            year = fallback
            if before is not None and month and month[:2] > before[5:7]:
                year -= 1
        elif (between := _between(month, above, below)) is not None:
            # (told in order between two dated records: "From Monday 3 to Friday 7 March" /
            # "The following week, 12–14 March" / "on March 24-26, 2025": their year)
            year = between
        elif below is not None:
            year = int(below.start_date[:4])
            if month and month < below.start_date[5:]:
                year += 1
        elif above is not None:
            year = int(above.start_date[:4])
            if month and month > above.start_date[5:]:
                year -= 1
        else:
            continue
        year = _weekday_year(rec, year, text)
        if (
            fallback is not None
            and year != fallback
            and _weekday_fits(rec, year, text) is False
            and _weekday_fits(rec, fallback, text)
        ):
            # (a weekday its neighbour's year cannot put on the day, the page's year can:
            # "Du lundi 13 au vendredi 17 mai" after an entry of 2017, on a page of 2019)
            year = fallback
        start = f"{year:04d}{rec.start_date[4:]}"
        end_year = year + (1 if rec.end_date[5:] < rec.start_date[5:] else 0)
        end = f"{end_year:04d}{rec.end_date[4:]}"
        out[i] = replace(rec, start_date=start, end_date=end, year_inferred=True)
    return out


def _between(month: str, above: Activity | None, below: Activity | None) -> int | None:
    """The year that puts a day of the year (``month``: "MM-DD" or "MM") between the records
    above and below it, when the page tells those two in order, the first the earlier."""
    if above is None or below is None or not month or above.start_date > below.start_date:
        return None
    low, high = above.start_date[: len(month) + 5], below.start_date[: len(month) + 5]
    for year in (int(below.start_date[:4]), int(above.start_date[:4])):
        if low <= f"{year:04d}-{month}" <= high:
            return year
    return None


def _written_weekday(record: Activity, text: str) -> int | None:
    """The weekday (Monday 0) written with the record's first day in the page's ``text``
    ("Mercredi 14 juin"), if one is and the record is dated to the day."""
    phrase = record.date_phrase or ""
    span = record.date_span
    wd = _WEEKDAY_OPENING.match(phrase) or (
        _WEEKDAY_BEFORE.search(text[max(0, span.start - 14) : span.start])
        if span and not _LEAD_OPENING.match(phrase)
        else None
    )
    if wd is None or len(record.start_date) < 10:
        return None
    return WORDS.weekdays[wd.group("day").lower()]


def _weekday_fits(record: Activity, year: int, text: str) -> bool | None:
    """Whether the weekday written with the record's first day puts it in ``year`` (None:
    no weekday written, or no day)."""
    want = _written_weekday(record, text)
    if want is None:
        return None
    return _falls_on(year, int(record.start_date[5:7]), int(record.start_date[8:10]), want)


def _weekday_year(record: Activity, year: int, text: str) -> int:
    """``year``, or the year after or before it when only that one puts the weekday written
    with the record's first day on that day ("Mercredi 14 juin" after "Lundi 12 juin 2023"
    in a programme told in order: 2023, not the year before)."""
    want = _written_weekday(record, text)
    if want is None:
        return year
    return _year_on_weekday(year, int(record.start_date[5:7]), int(record.start_date[8:10]), want)


def _to_the_month(record: Activity) -> bool:
    """Whether a record's year is known and its date given to the month at least."""
    return not record.start_date.startswith("XXXX") and len(record.start_date) >= 7


_A_YEAR = compile_pattern(r"(?<![\d/-])((?:19|20)\d\d)(?![\d/])")
_WORD = compile_pattern(r"[^\W_]+")
_SPAN_OF_YEARS = compile_pattern(r"\b(?:19|20)\d\d\s*[-–/]\s*(?:19|20)?\d\d\b")


# A newsletter's or a review's issue: "Issue 118", "Vol. 3, No. 2", "N° 42", "Numéro 7".
_ISSUE = compile_pattern(
    r"\b(?:issue|vol\.|volume|no\.|n°|nº|numéro|numero|edition|édition)\s*\d", re.IGNORECASE
)

# A line that dates the page: "Date modified:", "Last updated", "Publié le", "Mis à jour".
_UPDATED = compile_pattern(
    # (not a newsletter's title: "Nigeria Country Update: October–December 2022")
    r"(?i)modifi|updated|(?<!country )(?<!quarterly )(?<!monthly )(?<!annual )update:|publi|"
    r"posted|uploaded|mis à jour|mise à jour|mise? en ligne|debated on|séance du|"
    # a profile's line: "A rejoint Twitter en octobre 2022", "Joined March 2015"
    r"rejoint|joined|member since|membre depuis|"
    # an interview's byline: "Propos recueillis par Awa Ndiaye, le 12 janvier 2025"
    r"propos recueillis|entretien réalisé|entrevue réalisée|"
    r"interview(?:ed)? (?:conducted )?(?:by|on)"
)


# An election named with its year: "the 2015 general election", "les législatives de 2017".
ELECTION_YEAR = compile_pattern(
    r"\b(?:19|20)\d\d\s+(?:(?:general|presidential|legislative|parliamentary|municipal|local|"
    r"national)\s+)*(?:elections?|polls?|vote|referendum)\b|\b(?:[ée]lections?|pr[ée]sidentielles?|"
    r"l[ée]gislatives|municipales|r[ée]f[ée]rendums?|scrutins?)\s+(?:[\w-]+\s+){0,2}?(?:de|du)\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def _day_stamp(text: str) -> bool:
    """A dateline alone on its line: a place, a comma and one day ("Toronto, 14 February
    2019"), not a title naming a year, a period or an election's day."""
    found, _bad = find_dates(text)
    if len(found) != 1 or found[0].is_range or found[0].start.day is None:
        return False
    # (or a letter's, beside its reference: "N° 0047/ELECAM/DGE/DC" ... "Yaoundé, le 13
    # janvier 2025")
    return bool(
        _DATELINE_PLACE.fullmatch(text[: found[0].start_offset])
        and not re.search(r"\w", text[found[0].end_offset :])
    ) or letter_head_day(text, found[0], found[0].start_offset)


# The place before a dateline's day: "Toronto, ", "Port-au-Prince (Haïti), ".
_DATELINE_PLACE = compile_pattern(r"\s*[A-ZÀ-Ý][\w'’. -]*(?:\([\w'’. -]+\))?\s*,\s*")


def _trail_year(text: str) -> int | None:
    """The one year a breadcrumb trail at the page's top names, the page a part of what
    that crumb titles ("Accueil > Publications > Rapport annuel 2016 > Chapitre V"); not an
    election's year ("Home > Elections > 2015 general election") nor a span's."""
    for line in text.lstrip().splitlines()[:8]:
        if is_trail(line):
            years = {int(y) for y in _A_YEAR.findall(ELECTION_YEAR.sub(" ", line))}
            if len(years) != 1 or _A_SPAN.search(line):
                return None
            # (a crumb of a year's report or archive, or the year alone: not an event's
            # year, "Assemblée plénière de rentrée 2020", whose speech tells the year before,
            # nor a day's, "Home › Lords › Tuesday 14 January 2025")
            year = years.pop()
            crumbs = re.split(r"\s+[>›»|/]\s+", line.strip())
            return year if any(_YEAR_CRUMB.fullmatch(c.strip()) for c in crumbs) else None
    return None


# Two years joined as a span: "2018-2019", "2017–18".
_A_SPAN = compile_pattern(r"\b(?:19|20)\d\d\s*[-–/]\s*(?:(?:19|20)\d\d|\d\d)\b")
# A crumb titling a year's report or archive: "Rapport annuel 2016", "Annual Report 2019",
# "Bilan 2023", "Archives 2014", "Activités internationales 2012", "2019".
_YEAR_CRUMB = compile_pattern(
    r"(?:(?:rapports?|reports?|bilans?|reviews?|archives?|activités|activities|année|year)\b"
    r"[^>›»|/]{0,40}?\s)?(?:19|20)\d\d",
    re.IGNORECASE,
)


def title_year(ex: PageContext) -> int | None:
    """The year of the page's title, when one of its first headings names a single year
    ("COOPÉRATION INTERNATIONALE : BILAN DU PREMIER SEMESTRE 2012", "Departmental Results
    Report 2017–18"): the year of the dates its sections give without one (found once)."""
    if ex.title_year_memo is None:
        found: int | None = None
        shown = [b for b in ex.blocks() if b.kind is not BlockKind.BANNER][:6]
        for block in shown:
            if block.kind not in (BlockKind.HEADING, BlockKind.LABEL) and not (
                # a newsletter's issue line: "Issue 118 | October 2017", "N° 42 – mars 2019"
                block.kind is BlockKind.PARAGRAPH
                # (its words counted, not its separators: "AAEA Newsletter · Issue No. 2 ·
                # July–December 2019")
                and len(_WORD.findall(block.text)) <= 8
                and (
                    _ISSUE.search(block.text)
                    # (or a title line in capitals: "MADAGASCAR 2023 — ÉLECTION PRÉSIDENTIELLE")
                    or (block.text.isupper() and "\n" not in block.text.strip())
                )
            ):
                continue
            if block.text.rstrip().endswith("?"):
                # an interview's question ("Depuis les scrutins couplés du 22 novembre 2020, la
                # CENI n'a organisé aucune élection. À quoi servent ses missions ?"): it titles
                # no year
                continue
            if _UPDATED.search(block.text) or _day_stamp(block.text):
                # "Date modified: 2018-06-30", "Toronto, 14 February 2019" date the page, they
                # title nothing (what it tells after that day was the year before)
                continue
            # (an election's year is not the title's: "reviews its 2017 elections")
            years = {int(y) for y in _A_YEAR.findall(ELECTION_YEAR.sub(" ", block.text))}
            if len(years) == 1:
                found = years.pop()
                if spans_years(ex, block.text) or (
                    # (the days of the event the title names, the page dated by its own day:
                    # "Regional Workshop on Post-Election Reviews, 4–6 March 2025" over a
                    # speech of "Johannesburg, Thursday 6 March 2025" recalling the year before)
                    _page_day(ex) is not None
                    and any(
                        m.start.day is not None and m.start.year and m.is_range
                        for m in find_dates(block.text)[0]
                    )
                ):
                    found = None
                break
        if found is None:
            found = _trail_year(ex.page.text)
        ex.title_year_memo = (found,)
    return ex.title_year_memo[0]


# The year a page's opening text gives its scope: "les rendez-vous du réseau pour l'année
# 2025", "our events in 2024", "le calendrier 2025" (not a span, "2024-2025").
_SCOPE_YEAR = compile_pattern(
    r"\b(?:(?:pour|de|durant|pendant|au cours de) l['’]année|for the year|during|throughout|"
    r"for|in|en|calendrier|calendar|agenda|programme|program)\s+((?:19|20)\d\d)\b"
    r"(?!\s*[-–/]\s*\d)",
    re.IGNORECASE,
)


def intro_year(ex: PageContext) -> int | None:
    """The year the page's first paragraph gives as its scope, when it names no other ("Find
    here the network's meetings for the year 2025"): the year of the days its lists give
    without one, when nothing else on the page or in its metadata dates them."""
    first = next((b for b in ex.blocks() if b.kind is BlockKind.PARAGRAPH), None)
    if first is None:
        return None
    years = set(_A_YEAR.findall(first.text))
    scope = _SCOPE_YEAR.search(first.text)
    return int(scope.group(1)) if scope is not None and len(years) == 1 else None
