"""Days told relative to the page's date: "hier lundi", "this Tuesday", "la semaine dernière,
mercredi et jeudi", "le mois dernier", read against the date the news is told from.

A news item dates what it tells from its own date (its dateline or "Publié le ..."): "Hier
lundi, le président a reçu ..." in a paper of Tuesday 17 June 2014 is Monday 16 June; "this
Monday" in Thursday's news is three days before; "la semaine dernière, mercredi et jeudi"
are the Wednesday and Thursday of the week before; "le mois dernier" is the month before,
to the month. Nothing is read without such a date; the page's own day ("ce mardi" in
Tuesday's paper, "ce matin", "this morning") is read unless the sentence tells what is to come
("se tiendra ce mardi").
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re

from graphbuild.ingest.dates import DateMention, PartialDate
from graphbuild.ingest.lexicon import WORDS, alternatives
from graphbuild.ingest.text import may_contain
from graphbuild.pattern_cache import compile_pattern

# The words are each language's (languages/*.toml); the rules are here.
_WEEKDAYS: dict[str, int] = WORDS.weekdays
_DAY = alternatives(_WEEKDAYS)
_LAST_WEEKDAY = set(WORDS.phrases["last_weekday"])

_DAY_BEFORE_YESTERDAY = (
    compile_pattern(
        rf"\b(?:{WORDS.alternatives('day_before_yesterday')})(?:\s*,?\s*(?:{_DAY}))?\b",
        re.IGNORECASE,
    )
    if WORDS.phrases["day_before_yesterday"]
    else None
)
# A day of the page's own month: "le 2 courant", "the 2nd instant".
_OF_THIS_MONTH = (
    compile_pattern(
        rf"\b(?:(?:le|the)\s+)?(?P<d>[0-3]?\d)(?:er|st|nd|rd|th)?\s+"
        rf"(?:{WORDS.alternatives('of_this_month')})(?![\w])",
        re.IGNORECASE,
    )
    if WORDS.phrases["of_this_month"]
    else None
)
# "Not of yesterday", a saying for "long-standing": "ne datent pas d'hier", "n'est pas né d'hier".
_NOT_OF_YESTERDAY = compile_pattern(
    r"\bn(?:e\s+|['’])\w+\s+pas\s+(?:\w+\s+)?d['’]\s*$", re.IGNORECASE
)
_YESTERDAY = compile_pattern(
    rf"\b(?:{WORDS.alternatives('yesterday')})(?:\s*,?\s*(?:{_DAY}))?\b", re.IGNORECASE
)
# "this Tuesday", "ce mardi", "last Tuesday"
_THIS_DAY = compile_pattern(
    rf"\b(?P<which>{alternatives(WORDS.phrases['this_weekday'] + WORDS.phrases['last_weekday'])})"
    rf"\s+(?P<day>{_DAY})\b",
    re.IGNORECASE,
)
# "last Thursday and Friday": the last such days before the page's
_LAST_DAYS = compile_pattern(
    rf"\b(?:{WORDS.alternatives('last_weekday')})\s+(?P<day>{_DAY})\s+"
    rf"(?:{WORDS.alternatives('and')}|{WORDS.alternatives('range')})\s+(?P<day2>{_DAY})\b",
    re.IGNORECASE,
)
# "dimanche dernier", "Sunday last": the last such day before the page's (not a French
# possessive before "dernier": "mon dernier atelier")
_DAY_LAST = compile_pattern(
    rf"\b(?!mon\s+derni)(?P<day>{_DAY})\s+(?:{WORDS.alternatives('weekday_last')})\b",
    re.IGNORECASE,
)
# ... the first of two, the second after it: "de lundi dernier à mercredi", "Mardi dernier et
# mercredi": from the last such day before the page's to the next day named
_DAY_LAST_TO_DAY = compile_pattern(
    rf"\b(?:(?:{WORDS.alternatives('weekday_from')})\s+)?(?P<day>{_DAY})\s+"
    rf"(?:{WORDS.alternatives('weekday_last')})\s+"
    rf"(?:{WORDS.alternatives('and')}|{WORDS.alternatives('range')})\s+(?P<day2>{_DAY})\b"
    rf"(?!\s+(?:{WORDS.alternatives('weekday_last')})\b)",
    re.IGNORECASE,
)
# ... two of them: "jeudi et vendredi derniers", "Thursday and Friday last": the last such
# days before the page's
_DAYS_LAST = compile_pattern(
    rf"\b(?P<day>{_DAY})\s+(?:{WORDS.alternatives('and')}|{WORDS.alternatives('range')})\s+"
    rf"(?P<day2>{_DAY})\s+(?:{WORDS.alternatives('weekday_last')})\b",
    re.IGNORECASE,
)
_JOURNEY_BEFORE = compile_pattern(
    r"\b(?:returned|came back|arrived|left|departed|rentr\w+|revenu\w*|arrivée?s?|partie?s?|"
    r"quitt\w+|regagn\w+)\b[^.;]{0,20}$",
    re.IGNORECASE,
)
_LAST_WEEKEND = compile_pattern(rf"\b(?:{WORDS.alternatives('last_weekend')})\b", re.IGNORECASE)
# "la semaine dernière, mercredi et jeudi", "last week, on Monday and Tuesday"
_LAST_WEEK = compile_pattern(
    rf"\b(?:{WORDS.alternatives('last_week')})\s*,?\s*"
    rf"(?:(?:{alternatives(WORDS.phrases['leads'] + WORDS.phrases['weekday_from'])})\s+)?"
    rf"(?P<day>{_DAY})(?:\s+(?:{WORDS.alternatives('and')}|{WORDS.alternatives('range')})\s+"
    rf"(?:(?:{WORDS.alternatives('leads')})\s+)?(?P<day2>{_DAY}))?\b",
    re.IGNORECASE,
)
_LAST_WEEK_WORDS = compile_pattern(rf"\b(?:{WORDS.alternatives('last_week')})\b", re.IGNORECASE)
# "this week, from Monday to Wednesday", "cette semaine, lundi et mardi"
_THIS_WEEK = compile_pattern(
    rf"\b(?:{WORDS.alternatives('this_week')})\s*,?\s*"
    rf"(?:(?:{alternatives(WORDS.phrases['leads'] + WORDS.phrases['weekday_from'])})\s+)?"
    rf"(?P<day>{_DAY})(?:\s+(?:{WORDS.alternatives('and')}|{WORDS.alternatives('range')})\s+"
    rf"(?:(?:{WORDS.alternatives('leads')})\s+)?(?P<day2>{_DAY}))?\b",
    re.IGNORECASE,
)
# The days first, their week after: "from Monday to Wednesday this week", "du lundi au
# mercredi de la semaine dernière"; or one day: "On Wednesday of last week".
_DAYS_OF_WEEK = compile_pattern(
    rf"\b(?:(?:{alternatives(WORDS.phrases['leads'] + WORDS.phrases['weekday_from'])})\s+)?"
    rf"(?P<day>{_DAY})(?:\s+(?:{WORDS.alternatives('and')}|{WORDS.alternatives('range')})\s+"
    rf"(?:(?:{WORDS.alternatives('leads')})\s+)?(?P<day2>{_DAY}))?\s*,?\s*(?:(?:de|of)\s+)?"
    rf"(?:(?P<this>{WORDS.alternatives('this_week')})|{WORDS.alternatives('last_week')})\b",
    re.IGNORECASE,
)
# A span of weekdays alone, its week the page's: "ran from Friday to Tuesday", "du vendredi au
# mardi" (not "from Monday to Wednesday this week", nor "du lundi 7 au ...").
_WEEKDAY_SPAN = compile_pattern(
    rf"\b(?:{WORDS.alternatives('weekday_from')})\s+(?P<day>{_DAY})\s+"
    rf"(?:{WORDS.alternatives('range')})\s+(?P<day2>{_DAY})\b"
    r"(?!\s*,?\s*(?:\d|the\s+\d|(?:de|of)\s|next\b|prochain"
    + "".join(
        rf"|{WORDS.alternatives(key)}\b"
        for key in ("this_week", "last_week", "weekday_last")
        if WORDS.phrases[key]
    )
    + "))",
    re.IGNORECASE,
)
# A month's name next: the days the weekdays go with.
_MONTH_NAMES = "|".join(sorted((re.escape(name) for name in WORDS.months), key=len, reverse=True))
_MONTH_AFTER = compile_pattern(rf"\s*,?\s*(?:(?:le|the)\s+)?(?:{_MONTH_NAMES})\b", re.IGNORECASE)
# A sentence telling what is to come: "se tiendra ce jeudi", "will open this Monday".
_TO_COME = compile_pattern(
    rf"\b(?:{WORDS.alternatives('to_come')}"
    + (
        # (verbs, not names that end alike: "Ximena Olvera")
        rf"|(?-i:[a-zà-ÿœ])\w{{2,}}(?:{WORDS.alternatives('to_come_endings')})"
        if WORDS.phrases["to_come_endings"]
        else ""
    )
    + r")\b",
    re.IGNORECASE,
)
# The page's own day told by its time: "ce matin", "this morning" (not "aujourd'hui",
# "today": "le réseau regroupe aujourd'hui trente membres" is no day).
_TODAY = compile_pattern(rf"\b(?:{WORDS.alternatives('today_times')})\b", re.IGNORECASE)
# The page's day as an event's last: "ends today", "closes today", "s'achève aujourd'hui".
_ENDS_TODAY = compile_pattern(
    r"\b(?:ends|closes|concludes|finishes|s['’]achève|prend fin|se termine)\s+"
    r"(?P<today>today|aujourd['’]hui)\b",
    re.IGNORECASE,
)
# The page's day as the last of a stay or an event told as closed: "concluded its five-day
# study visit to Nepal today", "a clôturé ses travaux aujourd'hui".
_ENDED_TODAY = compile_pattern(
    r"\b(?:concluded|completed|wrapped up|ended|closed|a (?:clôturé|achevé|bouclé|terminé)|"
    r"s['’](?:est|sont) (?:achevée?s?|terminée?s?|clôturée?s?))\b[^.;!?\n]{0,80}?"
    r"\b(?P<today>today|aujourd['’]hui)\b",
    re.IGNORECASE,
)
# The page's day as the one the visitors go home: "Ils regagnent leur pays aujourd'hui", "the
# delegation returns home today", "quitte Dakar aujourd'hui".
_GOES_HOME_TODAY = compile_pattern(
    r"\b(?:regagnent|regagne|rentrent|rentre|quittent|quitte|return(?:s)? home|fly home|"
    r"flies home|leaves? (?:the country|for home))\b[^.;!?\n]{0,40}?"
    r"\b(?P<today>today|aujourd['’]hui)\b",
    re.IGNORECASE,
)
# ... or the day before its verb: "which arrived in Nairobi last Monday, today concludes a
# week of meetings", "achève aujourd'hui" is read above.
_TODAY_ENDS = compile_pattern(
    r"\b(?P<today>today|aujourd['’]hui)\s*,?\s+(?:concludes|ends|closes|completes|wraps up|"
    r"achève|clôture|boucle|termine)\b",
    re.IGNORECASE,
)
# The page's day as the one an event opened or a delegation was received: "Today we welcomed
# a delegation", "opens today in Seoul", "Aujourd'hui, nous avons accueilli", "s'est ouvert
# aujourd'hui" (not "le réseau regroupe aujourd'hui trente membres", no event's verb).
_TODAY_OPENED = compile_pattern(
    # (the publisher's own act: "Today we welcomed a delegation", "Aujourd'hui, nous avons
    # accueilli"; not a report received, "The Chairperson today received the report")
    r"\b(?P<today>today|aujourd['’]hui)\s*,?\s+(?:we|nous)\s+"
    r"(?:welcomed|received|hosted|met|signed|opened|launched|"
    r"avons (?:accueilli|reçu|rencontré|signé|ouvert|lancé))\b"
    r"(?!\s+(?:the|a|its|our|le|la|un|une|son|notre)\s+(?:report|rapport|letter|lettre)\b)"
    # (or another's, named after the comma: "Today, the Delegation of the European Union to
    # Ghana handed over 4,000 voter education kits", "Aujourd'hui, l'ambassadeur a remis")
    r"|\b(?P<today3>today|aujourd['’]hui)\s*,\s+(?:the|l['’]|la|le|les)\s*[^.;!?\n,]{0,80}?\s"
    r"(?:handed over|welcomed|received|hosted|donated|delivered|"
    r"(?:a|ont) (?:remis|accueilli|reçu|offert))\b"
    r"(?!\s+(?:the|a|its|our|le|la|un|une|son|notre)\s+(?:report|rapport|letter|lettre)\b)"
    # (an event opening on the day: "opens today in Seoul", "s'est ouvert aujourd'hui")
    r"|\b(?:opens|opened|began|begins|starts|started|kicks off|kicked off|s['’]ouvre(?:nt)?|"
    r"s['’](?:est|sont) ouverte?s?|débute(?:nt)?|a débuté|démarre(?:nt)?|a démarré)\b"
    r"[^.;!?\n]{0,40}?\b(?P<today2>today|aujourd['’]hui)\b"
    # (or visitors received that day, the word right after the verb: "DECO welcomed today at
    # OAS headquarters a delegation", "la CENI a reçu aujourd'hui une délégation"; not a
    # paper received, "received today the report")
    r"|\b(?:welcomed|hosted|received|(?:a|ont) (?:accueilli|reçu))\s+"
    r"(?P<today4>today|aujourd['’]hui)\b"
    r"(?!\s+(?:the|a|its|our|le|la|un|une|son|notre)\s+(?:report|rapport|letter|lettre)\b)",
    re.IGNORECASE,
)
# The page's day and the next, an event's two days told as they open: "pour ces deux
# journées, aujourd'hui et demain", "for these two days, today and tomorrow".
_TODAY_AND_TOMORROW = compile_pattern(
    r"\b(?:today|aujourd['’]hui)\s+(?:and|et)\s+(?:tomorrow|demain)\b", re.IGNORECASE
)
# An event's or a stay's end told in the present: "s'achève", "se termine", "ends".
_ENDS_NOW = compile_pattern(
    r"\b(?:s['’]ach[èe]ve(?:nt)?|se termine(?:nt)?|prend(?:ent)? fin|ends|closes)\b",
    re.IGNORECASE,
)
_LAST_MONTH = compile_pattern(rf"\b(?:{WORDS.alternatives('last_month')})\b", re.IGNORECASE)
_EARLY_THIS_MONTH = (
    compile_pattern(rf"\b(?:{WORDS.alternatives('early_this_month')})\b", re.IGNORECASE)
    if WORDS.phrases["early_this_month"]
    else None
)


# A weekday and its day in brackets, the month the page's, as some news sites write:
# "from Thursday (3) to Monday (7)", "Between Friday (4) and Monday (7)", "On Saturday (5)".
_WEEKDAY_AND_DAY = compile_pattern(
    rf"\b(?:(?P<between>between|entre)\s+)?(?P<day>{_DAY})\s*\((?P<d>\d{{1,2}})\)"
    rf"(?:\s*(?:{WORDS.alternatives('range')}|until|till|(?(between)(?:and|et)|(?!)))\s*"
    rf"(?P<day2>{_DAY})\s*\((?P<d2>\d{{1,2}})\))?",
    re.IGNORECASE,
)


def _month_day_on_weekday(told_on: dt.date, day: int, weekday: int) -> dt.date | None:
    """The day ``day`` of the page's month, or of the month before or after it, that falls
    on ``weekday`` (Monday 0), the page's month first."""
    for shift in (0, -1, 1):
        month = (told_on.month - 1 + shift) % 12 + 1
        year = told_on.year + (told_on.month - 1 + shift) // 12
        with contextlib.suppress(ValueError):
            if (found := dt.date(year, month, day)).weekday() == weekday:
                return found
    return None


def relative_dates(text: str, told_on: dt.date) -> list[DateMention]:
    """The days ``text`` tells relative to ``told_on``, the day the page speaks from, as
    date mentions at their offsets in ``text``."""
    found: list[DateMention] = []
    for m in _WEEKDAY_AND_DAY.finditer(text):
        first = _month_day_on_weekday(told_on, int(m.group("d")), _WEEKDAYS[m.group("day").lower()])
        if first is None:
            continue
        last = first
        if m.group("day2"):
            later = _month_day_on_weekday(
                first, int(m.group("d2")), _WEEKDAYS[m.group("day2").lower()]
            )
            if later is None or later < first:
                continue
            last = later
        found.append(_days(m, first, last))
    if _DAY_BEFORE_YESTERDAY is not None:
        for m in _DAY_BEFORE_YESTERDAY.finditer(text):
            found.append(_day(m, told_on - dt.timedelta(days=2)))
    for m in _YESTERDAY.finditer(text):  # (the "hier" of "avant-hier" is dropped below)
        if _NOT_OF_YESTERDAY.search(text, max(0, m.start() - 30), m.start()):
            continue  # (a saying, no day: "Ces échanges ne datent pas d'hier")
        found.append(_day(m, told_on - dt.timedelta(days=1)))
    for m in _LEAVES_TOMORROW.finditer(text):
        # a stay's end the day after the page's: "séjourne à Québec depuis lundi et repartira
        # demain", "will leave tomorrow", "until tomorrow"
        tomorrow = told_on + dt.timedelta(days=1)
        point = PartialDate(tomorrow.year, tomorrow.month, tomorrow.day)
        found.append(
            DateMention(m.start("day"), m.end("day"), m.group("day"), point, point, "until")
        )
    if _OF_THIS_MONTH is not None:
        for m in _OF_THIS_MONTH.finditer(text):
            with contextlib.suppress(ValueError):
                found.append(_day(m, told_on.replace(day=int(m.group("d")))))
    for m in _LAST_WEEKEND.finditer(text):
        # "Le week-end dernier, une délégation ... a pris part à Abuja": the last Saturday and
        # Sunday before the page's day (not a journey's end: "returned last weekend from")
        if _JOURNEY_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue
        saturday = told_on - dt.timedelta(days=(told_on.weekday() - 5) % 7 or 7)
        found.append(_days(m, saturday, saturday + dt.timedelta(days=1)))
    for pattern in (_LAST_DAYS, _DAYS_LAST):
        for m in pattern.finditer(text):
            back = (told_on.weekday() - _WEEKDAYS[m.group("day2").lower()]) % 7 or 7
            last = told_on - dt.timedelta(days=back)
            span = (_WEEKDAYS[m.group("day2").lower()] - _WEEKDAYS[m.group("day").lower()]) % 7
            found.append(_days(m, last - dt.timedelta(days=span), last))
    for m in _THIS_DAY.finditer(text):
        back = (told_on.weekday() - _WEEKDAYS[m.group("day").lower()]) % 7
        if m.group("which").lower() in _LAST_WEEKDAY and back == 0:
            back = 7
        elif back and (
            _TO_COME.search(text)
            # (or an end told in the present, later in the page's week: "Leur programme
            # s'achève ce mardi", on a Monday)
            or (_ENDS_NOW.search(text) and _WEEKDAYS[m.group("day").lower()] > told_on.weekday())
        ):
            # this week's day still to come: "sont attendus dans la capitale ce vendredi"
            found.append(_day(m, told_on + dt.timedelta(days=7 - back)))
            continue
        if back or not _TO_COME.search(text):
            # the page's own day, unless told as to come ("received this Thursday", "Séance
            # de travail ce jeudi avec ...", not "se tiendra ce jeudi")
            found.append(_day(m, told_on - dt.timedelta(days=back)))
    for pattern in (_ENDS_TODAY, _ENDED_TODAY, _GOES_HOME_TODAY):  # "... and ends today"
        for m in pattern.finditer(text):
            day = PartialDate(told_on.year, told_on.month, told_on.day)
            found.append(DateMention(m.start("today"), m.end(), m.group("today"), day, day, ""))
    for m in _TODAY_AND_TOMORROW.finditer(text):
        found.append(_days(m, told_on, told_on + dt.timedelta(days=1)))
    for m in _TODAY_ENDS.finditer(text):  # "today concludes a week of meetings": the day alone
        day = PartialDate(told_on.year, told_on.month, told_on.day)
        found.append(DateMention(m.start("today"), m.end("today"), m.group("today"), day, day, ""))
    for m in _TODAY_OPENED.finditer(text):
        # "Today we welcomed ...", "... opens today in Seoul": the day alone
        day = PartialDate(told_on.year, told_on.month, told_on.day)
        word = next(w for w in ("today", "today2", "today3", "today4") if m.group(w))
        found.append(DateMention(m.start(word), m.end(word), m.group(word), day, day, ""))
    for m in _TODAY.finditer(text):
        if not _TO_COME.search(text):  # "a reçu ce matin", "this morning, the board met"
            found.append(_day(m, told_on))
    for m in _DAY_LAST_TO_DAY.finditer(text):
        back = (told_on.weekday() - _WEEKDAYS[m.group("day").lower()]) % 7 or 7
        first = told_on - dt.timedelta(days=back)
        span = (_WEEKDAYS[m.group("day2").lower()] - _WEEKDAYS[m.group("day").lower()]) % 7
        found.append(_days(m, first, first + dt.timedelta(days=span)))
    for m in _DAY_LAST.finditer(text):
        back = (told_on.weekday() - _WEEKDAYS[m.group("day").lower()]) % 7 or 7
        found.append(_day(m, told_on - dt.timedelta(days=back)))
    for m in _LAST_WEEK.finditer(text):
        monday = told_on - dt.timedelta(days=told_on.weekday() + 7)
        first = monday + dt.timedelta(days=_WEEKDAYS[m.group("day").lower()])
        last = first
        if m.group("day2"):
            last = monday + dt.timedelta(days=_WEEKDAYS[m.group("day2").lower()])
        found.append(_days(m, first, max(first, last)))
    for pattern, weeks_back in ((_THIS_WEEK, 0), (_DAYS_OF_WEEK, None)):
        for m in pattern.finditer(text):
            back = weeks_back if weeks_back is not None else (0 if m.group("this") else 1)
            monday = told_on - dt.timedelta(days=told_on.weekday() + 7 * back)
            first = monday + dt.timedelta(days=_WEEKDAYS[m.group("day").lower()])
            last = first
            if m.group("day2"):
                last = monday + dt.timedelta(days=_WEEKDAYS[m.group("day2").lower()])
            found.append(_days(m, first, max(first, last)))
    for m in _WEEKDAY_SPAN.finditer(text):
        if _MONTH_AFTER.match(text, m.end()):
            continue  # the days follow: "ran from Tuesday to Thursday, September 23 to 25"
        span = (_WEEKDAYS[m.group("day2").lower()] - _WEEKDAYS[m.group("day").lower()]) % 7
        if _LAST_WEEK_WORDS.search(text, 0, m.start()):
            # the week before the page's, told earlier in the sentence: "Last week, the
            # commissioners were in Arusha for the forum, which ran from Tuesday to Thursday"
            monday = told_on - dt.timedelta(days=told_on.weekday() + 7)
            first = monday + dt.timedelta(days=_WEEKDAYS[m.group("day").lower()])
            found.append(_days(m, first, first + dt.timedelta(days=span)))
        elif _TO_COME.search(text):
            # still to come: the next such span ("will run from Friday to Tuesday")
            ahead = (_WEEKDAYS[m.group("day").lower()] - told_on.weekday()) % 7 or 7
            first = told_on + dt.timedelta(days=ahead)
            found.append(_days(m, first, first + dt.timedelta(days=span)))
        else:
            # the last such span, up to the page's day ("ran from Friday to Tuesday" in a
            # paper of that Tuesday)
            back = (told_on.weekday() - _WEEKDAYS[m.group("day2").lower()]) % 7
            last = told_on - dt.timedelta(days=back)
            found.append(_days(m, last - dt.timedelta(days=span), last))
    for m in _LAST_MONTH.finditer(text):
        year, month = (
            (told_on.year, told_on.month - 1)
            if told_on.month > 1
            else (
                told_on.year - 1,
                12,
            )
        )
        month_only = PartialDate(year, month, None)
        found.append(DateMention(m.start(), m.end(), m.group(0), month_only, month_only, ""))
    if _EARLY_THIS_MONTH is not None:
        # the page's own month, from its start: "En début de mois, une mission ... a séjourné"
        for m in _EARLY_THIS_MONTH.finditer(text):
            this_month = PartialDate(told_on.year, told_on.month, None)
            found.append(DateMention(m.start(), m.end(), m.group(0), this_month, this_month, "in"))
    found.sort(key=lambda d: d.start_offset)
    out: list[DateMention] = []
    for d in found:  # "la semaine dernière, mercredi" is read once, not as "mercredi" too
        if out and d.start_offset < out[-1].end_offset:
            continue
        out.append(d)
    return out


# A weekday alone: "arrivée à N'Djaména dimanche", "opened on Sunday" (not a date's weekday,
# "Sunday 6 May", nor "every Monday", "ce mardi", "lundi prochain", "Sunday's vote").
_BARE_WEEKDAY = compile_pattern(
    rf"(?<![\w'’-])(?P<day>{_DAY})\b"
    # (nor a day named as an event's: "to observe Saturday's vote")
    r"(?!['’]s\b)"
    r"(?!\s*,?\s*(?:\d|the\s+\d|(?:prochain|suivant|dernier|next|last)\b))"
    # (nor a date's weekday, its month first: "on Monday, April 29")
    rf"(?!\s*,?\s*(?:{_MONTH_NAMES})\.?\s+\d)",
    re.IGNORECASE,
)
_NOT_BARE = compile_pattern(
    rf"\b(?:{alternatives(WORDS.phrases['this_weekday'] + WORDS.phrases['last_weekday'])}|"
    r"every|each|chaque|tous les|next|from|to|until|au|à|du|jusqu['’]au|the|le)\s+$",
    re.IGNORECASE,
)


def past_weekdays(text: str, told_on: dt.date) -> list[DateMention]:
    """The weekdays ``text`` (a post told in the past) names alone, each the last such day
    before ``told_on``, the post's day ("arrivée dimanche" in a post of Tuesday 23 March:
    Sunday 21 March); the post's own weekday is its day."""
    found: list[DateMention] = []
    for m in _BARE_WEEKDAY.finditer(text):
        if _NOT_BARE.search(text, max(0, m.start() - 12), m.start()):
            continue
        back = (told_on.weekday() - _WEEKDAYS[m.group("day").lower()]) % 7
        found.append(_day(m, told_on - dt.timedelta(days=back)))
    return found


def next_weekdays(text: str, told_on: dt.date) -> list[DateMention]:
    """The weekdays ``text`` (news of what is still to come) names alone, each the next such
    day after ``told_on`` ("quitteront le Sénégal jeudi" in a paper of Tuesday 19 November:
    Thursday 21 November)."""
    found: list[DateMention] = []
    for m in _BARE_WEEKDAY.finditer(text):
        if _NOT_BARE.search(text, max(0, m.start() - 12), m.start()):
            continue
        ahead = (_WEEKDAYS[m.group("day").lower()] - told_on.weekday()) % 7 or 7
        found.append(_day(m, told_on + dt.timedelta(days=ahead)))
    return found


# A weekday alone after "on", as news tells days of its week: "arrived in Harare on Sunday",
# "is due to leave on Saturday" (not "on Sunday's vote", nor "on Monday 6 May").
# (the verb before the day, not in the date's phrase: its tense is the sentence's)
_SPENT = r"(?<=\bspent\s)|(?<=\bspend\s)|(?<=\bspends\s)"
_ON_WEEKDAY = compile_pattern(
    # (or the days a party spent at something: "spent Tuesday training the team")
    rf"(?:\bon\s+|{_SPENT})(?P<day>{_DAY})\b"
    # (nor the first of two before their days: "on Wednesday and Thursday, 27 and 28 November")
    rf"(?!\s+(?:and|&)\s+(?:{_DAY})\s*,?\s*\d)"
    r"(?!['’]s\b)(?!\s*,?\s*(?:\d|the\s+\d|(?:next|last)\b|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d))",
    re.IGNORECASE,
)
# Two weekdays together after "on": "On Tuesday and Wednesday, the commission ..." (not
# "on Monday and Tuesday this week", nor their days after them).
_ON_WEEKDAY_PAIR = compile_pattern(
    rf"(?:\bon\s+|{_SPENT})(?P<day>{_DAY})\s+(?:and|&)\s+(?P<day2>{_DAY})\b"
    r"(?!['’]s\b)(?!\s*,?\s*(?:\d|the\s+\d|(?:next|last|this)\b|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d))",
    re.IGNORECASE,
)
_RESULTS_BEFORE = compile_pattern(
    r"\b(?:results?|résultats?|declared|proclaimed|announced|published|released|"
    r"proclamés?|annoncés?|publiés?)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
# A stay's last day by its weekday: "jusqu'à samedi", "until Saturday".
_UNTIL_WEEKDAY = compile_pattern(
    rf"\b(?:jusqu['’](?:à|au)|until|till)\s+(?P<day>{_DAY})\b"
    r"(?!\s*,?\s*(?:\d|prochain|dernier|next|last))"
    # (nor a date's weekday, its month first: "until Thursday, August 21")
    rf"(?!\s*,?\s*(?:{_MONTH_NAMES})\.?\s+\d)",
    re.IGNORECASE,
)
_CLOSED = compile_pattern(
    r"\b(?:(?:a|ont) (?:clôturé|clos|achevé|terminé)|s['’]est (?:achevée?|terminée?|clôturée?))",
    re.IGNORECASE,
)
# A French sentence opening on its weekday alone: "Mardi, elle a clôturé ...".
# (not a date's own weekday: "Friday, 16 February 2024 | 10:42 WIB")
_OPENING_WEEKDAY = compile_pattern(
    rf"\W*(?P<day>{_DAY})\s*,(?!\s*(?:\d|(?:{_MONTH_NAMES})\.?\s+\d))", re.IGNORECASE
)
# A sentence telling what was done, in a past tense: "ont travaillé", "a séjourné", "worked",
# "stayed".
_TOLD_DONE = compile_pattern(
    r"\b(?:ont|a|avaient|avait|sont|est)\s+(?:[\w-]+\s+)?[\w-]+(?:é|ée|és|ées)\b|"
    r"\b(?:worked|stayed|remained|met|held|spent|took part|attended)\b",
    re.IGNORECASE,
)
# What is still to come, just before the weekday: "is due to leave on", "will ... on".
_AHEAD = compile_pattern(
    r"\b(?:will|shall|is due|are due|due to|is expected|are expected|expected to|is to|are "
    r"to|plans? to|scheduled|set to)\b[^.;]{0,60}$",
    re.IGNORECASE,
)


def on_weekdays(text: str, told_on: dt.date, *, opening: bool = False) -> list[DateMention]:
    """The weekdays ``text`` names after "on" (news telling the days of its week, told on
    ``told_on``): the last such day up to it, or, said of what is to come ("is due to
    leave on Saturday"), the next one after it; a stay's end ("jusqu'à samedi", "until
    Saturday"): the next such day; a French paragraph opening on its weekday (``opening``:
    "Mardi, elle a clôturé ..."): the last one."""
    found: list[DateMention] = []
    # (told in the past, the last such day: "Pendant trois jours, jusqu'à mercredi, les sept
    # membres de la délégation ont travaillé avec ...", in a release of the Friday after)
    # (a word of what is to come before its verb makes it no past: "resteront jusqu'à samedi,
    # ont indiqué ...")
    done = _TOLD_DONE.search(text)
    past = done is not None and not _TO_COME.search(text, 0, done.start())
    for m in _UNTIL_WEEKDAY.finditer(text):
        wanted = _WEEKDAYS[m.group("day").lower()]
        ahead = (wanted - told_on.weekday()) % 7
        day = told_on + dt.timedelta(days=ahead - 7 if past and ahead else ahead)
        point = PartialDate(day.year, day.month, day.day)
        found.append(
            DateMention(m.start("day"), m.end("day"), m.group("day"), point, point, "until")
        )
    # (a paragraph's opening, or a sentence's telling an event's close, an end)
    weekday = _OPENING_WEEKDAY.match(text) if opening or _CLOSED.search(text) else None
    if weekday is not None and not _TO_COME.search(text):
        wanted = _WEEKDAYS[weekday.group("day").lower()]
        day = told_on - dt.timedelta(days=(told_on.weekday() - wanted) % 7)
        point = PartialDate(day.year, day.month, day.day)
        # (an event's last day when the sentence closes it: "Mardi, elle a clôturé ...")
        lead = "until" if _CLOSED.search(text) else ""
        at = weekday.start("day")
        found.append(DateMention(at, weekday.end("day"), weekday.group("day"), point, point, lead))
    for m in _ON_WEEKDAY_PAIR.finditer(text):
        # two days told together: "On Tuesday and Wednesday, INEC and IFES brought
        # together", "in Nadi on Wednesday and Thursday" (not a vote's results: "whose
        # results were declared on Sunday and Monday")
        if _RESULTS_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue
        first_wd = _WEEKDAYS[m.group("day").lower()]
        last_wd = _WEEKDAYS[m.group("day2").lower()]
        if _AHEAD.search(text, max(0, m.start() - 80), m.start()):
            last = told_on + dt.timedelta(days=(last_wd - told_on.weekday()) % 7 or 7)
        else:
            last = told_on - dt.timedelta(days=(told_on.weekday() - last_wd) % 7)
        first = last - dt.timedelta(days=(last_wd - first_wd) % 7)
        found.append(_days(m, first, last))
    for m in _ON_WEEKDAY.finditer(text):
        if any(f.start_offset <= m.start() < f.end_offset for f in found):
            continue  # (the first of a pair: "on Tuesday and Wednesday")
        wanted = _WEEKDAYS[m.group("day").lower()]
        if _AHEAD.search(text, max(0, m.start() - 80), m.start()):
            ahead = (wanted - told_on.weekday()) % 7 or 7
            day = told_on + dt.timedelta(days=ahead)
        else:
            day = told_on - dt.timedelta(days=(told_on.weekday() - wanted) % 7)
        found.append(_day(m, day))
    return found


def _day(m: re.Match[str], day: dt.date) -> DateMention:
    return _days(m, day, day)


def _days(m: re.Match[str], first: dt.date, last: dt.date) -> DateMention:
    start = PartialDate(first.year, first.month, first.day)
    end = PartialDate(last.year, last.month, last.day)
    return DateMention(m.start(), m.end(), m.group(0), start, end, "")


# Days written without their month (the words are each language's): "from the 1st to the
# 4th", "du 1er au 4", "until the 8th", "jusqu'au 8"; a month name after them makes them an
# ordinary date, read by dates.py.
_SUFFIX = rf"(?:{WORDS.alternatives('day_suffixes')})"
# (a sentence's period may end the day, not a numeric date's dot: "du 13 au 15.", not "15.03")
_NOT_A_MONTH_AFTER = rf"(?![\w/-])(?!\.\w)(?!\s*(?:of\s+)?(?:{alternatives(WORDS.months)})\b)"
_BARE_RANGE = compile_pattern(
    rf"\b(?P<lead>{WORDS.alternatives('bare_day_from')})\s+(?:the\s+|le\s+)?"
    rf"(?P<d1>[0-3]?\d){_SUFFIX}?\s+(?:{WORDS.alternatives('range')})\s+(?:the\s+|le\s+)?"
    rf"(?P<d2>[0-3]?\d){_SUFFIX}?{_NOT_A_MONTH_AFTER}",
    re.IGNORECASE,
)
# Two days of the month told above, joined: "les 24 et 25", "on the 3rd and 4th".
_BARE_PAIR = compile_pattern(
    rf"\b(?P<lead>les|on\s+the)\s+(?P<d1>[0-3]?\d){_SUFFIX}?\s+(?:{WORDS.alternatives('and')})\s+"
    rf"(?:the\s+)?(?P<d2>[0-3]?\d){_SUFFIX}?{_NOT_A_MONTH_AFTER}",
    re.IGNORECASE,
)
# A list item's opening: a bullet or a dash.
_ITEM_OPENING = compile_pattern(r"\s*[-–—•·▪●*]\s")
_BARE_UNTIL = compile_pattern(
    rf"\b(?P<lead>{WORDS.alternatives('bare_day_until')})\s*(?:the\s+|le\s+)?"
    rf"(?P<d1>[0-3]?\d)(?:{_SUFFIX}|(?=\W))(?P<end>){_NOT_A_MONTH_AFTER}",
    re.IGNORECASE,
)
_BARE_STAY = compile_pattern(
    r"\b(?:arrivée?s?|arrived|landed)\s+(?:ici\s+|there\s+|here\s+)?(?:on\s+)?(?:le|the)\s+"
    r"(?P<d1>[0-3]?\d)(?:er|st|nd|rd|th)?\b[^.;\d]{0,40}?\b(?:repartie?s?|rentrée?s?|left|"
    r"departed|flew back|quitté\w*)\s+(?:on\s+)?(?:le|the)\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b",
    re.IGNORECASE,
)
# A return told by its bare day, the month told before it: "ils sont rentrés au Québec le
# 20", "they returned home on the 20th".
_BARE_RETURN = compile_pattern(
    r"\b(?:rentrée?s?|revenue?s?|repartie?s?|returned|came back|flew back|flew home)\b"
    r"[^.;\d]{0,40}?\b(?P<lead>le|on the|on)\s+(?P<d1>[0-3]?\d)(?:er|st|nd|rd|th)?"
    + _NOT_A_MONTH_AFTER,
    re.IGNORECASE,
)
# A stay's end told for the day after the page's: "repartira demain", "quittera le pays
# demain", "jusqu'à demain", "will leave tomorrow", "until tomorrow".
_LEAVES_TOMORROW = compile_pattern(
    r"\b(?:repartir(?:a|ont)|quitter(?:a|ont)\s+(?:[\w'’-]+\s+){0,3}?|regagner(?:a|ont)\s+"
    r"(?:[\w'’-]+\s+){0,2}?|jusqu['’]à|will (?:leave|depart|fly (?:home|back))\s+"
    r"(?:[\w'’-]+\s+){0,2}?|until|"
    # (or the event's own end: "will finish tomorrow with a simulated count", "s'achèvera
    # demain", "prendra fin demain")
    r"will (?:finish|end|close|conclude)|s['’]achèvera|prendra fin|se terminera|"
    r"sera clôturée?)\s*(?P<day>demain|tomorrow)\b",
    re.IGNORECASE,
)
_THIS_MONTH = compile_pattern(rf"\b(?:{WORDS.alternatives('this_month')})\b", re.IGNORECASE)
# A day with its weekday and no month, the month told with a later day of the sentence: "The
# guests arrived on Wednesday 15 and stayed until Monday 20 May", "arrivés le mercredi 15, ils
# sont restés jusqu'au lundi 20 mai".
# (or its weekday shortened, as papers write it: "Arrivés au Ghana le mer. 4, ... jusqu'au
# mar. 10 déc.")
_WEEKDAY_DAY_BEFORE_MONTH = compile_pattern(
    rf"\b(?P<wd>{_DAY}|(?:{WORDS.alternatives('short_weekdays')})\.)\s+(?P<d1>[0-3]?\d)"
    rf"(?:er|st|nd|rd|th)?{_NOT_A_MONTH_AFTER}",
    re.IGNORECASE,
)


def bare_days(
    text: str,
    found: list[DateMention],
    told_on: dt.date | None,
    above: PartialDate | None = None,
    told_month: PartialDate | None = None,
) -> list[DateMention]:
    """The days of ``text`` written without their month, given the month of the date told
    just before them in the sentence ("on October 3rd and remained until the 8th"), or,
    when the sentence says "this month", of the page's date (``told_on``), or the month
    labelling the text from the line above (``above``: "**November**" / "From the 12th to
    the 18th, ...")."""
    out: list[DateMention] = []
    taken = [(m.start_offset, m.end_offset) for m in found]
    # (a list item under its month: its days anywhere in it, "- Accueil à Niamey d'une
    # délégation ..., du 13 au 15.")
    item = _ITEM_OPENING.match(text) is not None and len(text) <= 300
    for pattern in (_BARE_RANGE, _BARE_UNTIL, _BARE_PAIR):
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            d1 = int(m.group("d1"))
            d2 = int(m.group("d2")) if m.groupdict().get("d2") else d1
            if not 1 <= d1 <= d2 <= 31:
                continue
            before = [o for o in found if o.end_offset <= m.start() and o.end.month is not None]
            if before:
                year, month = before[-1].end.year, before[-1].end.month
            elif told_on is not None and _THIS_MONTH.search(text):
                year, month = told_on.year, told_on.month
            elif above is not None and above.month is not None and (m.start() <= 60 or item):
                year, month = above.year, above.month
            else:
                continue
            lead = "until" if pattern is _BARE_UNTIL else "from"
            start, end = PartialDate(year, month, d1), PartialDate(year, month, d2)
            out.append(DateMention(m.start(), m.end(), m.group(0), start, end, lead))
            taken.append((m.start(), m.end()))
    for m in _WEEKDAY_DAY_BEFORE_MONTH.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        d1 = int(m.group("d1"))
        after = [
            o
            for o in found
            if o.start_offset >= m.end()
            and o.start_offset - m.end() <= 120
            and o.start.month is not None
            and o.start.day is not None
        ]
        if not after or not 1 <= d1 <= (after[0].start.day or 0):
            continue
        year, month = after[0].start.year, after[0].start.month
        start = PartialDate(year, month, d1)
        out.append(DateMention(m.start(), m.end(), m.group(0), start, start, ""))
        taken.append((m.start(), m.end()))
    for m in _BARE_STAY.finditer(text):
        # a stay told by its bare days, in the month the paragraph told before: "Nous
        # sommes arrivés le 11 et repartis le 19", "we arrived on the 3rd and left on the 9th"
        before = [o for o in found if o.end_offset <= m.start() and o.end.month is not None]
        told = before[-1].end if before else told_month
        d1, d2 = int(m.group("d1")), int(m.group("d2"))
        if told is None or told.month is None or not 1 <= d1 <= d2 <= 31:
            continue
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        start, end = (
            PartialDate(told.year, told.month, d1),
            PartialDate(told.year, told.month, d2),
        )
        out.append(
            DateMention(
                m.start("d1"), m.end(), m.group(0)[m.start("d1") - m.start() :], start, end, "from"
            )
        )
        taken.append((m.start(), m.end()))
    for m in _BARE_RETURN.finditer(text):
        # a return told by its bare day, in the month told before: "Arrivés à Dakar le 13
        # novembre, ils sont rentrés au Québec le 20", "returned home on the 20th"
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        before = [o for o in found if o.end_offset <= m.start() and o.end.month is not None]
        told = before[-1].end if before else told_month
        d1 = int(m.group("d1"))
        if told is None or told.month is None or not (told.day or 1) <= d1 <= 31:
            continue
        day = PartialDate(told.year, told.month, d1)
        out.append(
            DateMention(m.start("lead"), m.end(), text[m.start("lead") : m.end()], day, day, "")
        )
        taken.append((m.start(), m.end()))
    return out


# An events calendar's day badge on its own line, under a month line ("OCTOBER 2019" /
# "17 THU – 19 SAT", "21 THU", "8 MON – 12 FRI"): a day and its weekday, or two.
# (the weekday written whole or shortened, in any of the languages: "THU", "LUN", "mar.")
CALENDAR_DAY = compile_pattern(
    r"[ \t]*(?P<d1>[0-3]?\d)\s+(?P<w1>[^\W\d_]{2,9})\.?"
    rf"(?:\s*(?:–|—|-|{WORDS.alternatives('range')})\s*(?P<d2>[0-3]?\d)\s+(?P<w2>[^\W\d_]{{2,9}})\.?)?"
    r"[ \t]*",
    re.IGNORECASE,
)


# An entry of a calendar under its month line, its days in a column of their own: "12–14
# Caribbean regional workshop ..." under "MARCH 2025".
CALENDAR_ENTRY = compile_pattern(
    r"[ \t]*(?P<days>(?P<d1>[0-3]?\d)(?:\s*[–—-]\s*(?P<d2>[0-3]?\d))?)(?:[ \t]{2,}|\t)(?=\S)"
)


def is_calendar_day(line: str) -> bool:
    """Whether a line is a calendar's day badge ("17 THU – 19 SAT", "2 MER")."""
    m = CALENDAR_DAY.fullmatch(line)
    return (
        m is not None
        and _weekday(m.group("w1")) is not None
        and (m.group("w2") is None or _weekday(m.group("w2")) is not None)
    )


def _weekday(word: str) -> int | None:
    """The weekday a word names whole or shortened ("thu", "lun", "mar"): a weekday of the
    languages, or the start of just one's full name."""
    word = word.lower()
    if word in _WEEKDAYS:
        return _WEEKDAYS[word]
    days = {n for name, n in _WEEKDAYS.items() if len(word) >= 2 and name.startswith(word)}
    return days.pop() if len(days) == 1 else None


# A calendar's month line: "OCTOBER 2019", "Octobre 2019".
_MONTH_LINE = compile_pattern(
    r"^[ \t]*(?P<month>[^\W\d_]{3,12})\.?\s+(?P<year>(?:19|20)\d\d)[ \t]*$", re.M
)


def _rows_between(text: str) -> bool:
    """Whether ``text`` holds only a calendar's rows and the lines indented under them."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    return bool(lines) and all(
        CALENDAR_ENTRY.match(ln) is not None or ln.startswith(("    ", "\t")) for ln in lines
    )


# A week's heading, its first day told: "WEEK OF 4 MARCH 2024", "SEMAINE DU 1er OCTOBRE 2018 /
# WEEK OF 1 OCTOBER 2018", "Week beginning Monday 11 March 2024".
_WEEK_HEADING = compile_pattern(
    r"^[ \t]*(?:semaine du|semaine commençant le|week of|week beginning|week commencing)\s+"
    r"(?P<day>[^\n/|]{4,40}?)[ \t]*(?:[/|][^\n]*)?$",
    re.IGNORECASE | re.MULTILINE,
)
# An entry of such a week opening on its weekday, or two: "Lundi – ...", "Tuesday to Thursday
# – ...", "Du jeudi au dimanche – ...", "Thursday and Friday: ...".
_WEEKDAY_ENTRY = compile_pattern(
    # (a list item's, its bullet first: "- Lundi : réception au siège ...")
    rf"[ \t]*(?:[-–—•▪*·][ \t]+)?(?:(?:du|from)\s+)?(?P<w1>{_DAY})"
    rf"(?:\s+(?:et|and|au|à|to|through|–|-)\s+(?P<w2>{_DAY}))?\s*[–—:-]\s",
    re.IGNORECASE,
)


def _start(m: re.Match[str]) -> int:
    return m.start()


def week_entry_days(page: str, at: int) -> DateMention | None:
    """The days of a week's entry opening the line at ``at`` on its weekdays ("Tuesday to
    Thursday – Pre-election assessment ..."), under the last week's heading above it ("WEEK
    OF 4 MARCH 2024"): a mention at its page offsets, or None."""
    entry = _WEEKDAY_ENTRY.match(page, at)
    if entry is None:
        return None
    # (the last week's heading above the entry)
    heading = max(_WEEK_HEADING.finditer(page, max(0, at - 3000), at), key=_start, default=None)
    if heading is None or page.count("\n\n", heading.end(), at) > 12:
        return None
    from graphbuild.ingest.dates import find_dates

    found, _bad = find_dates(heading.group("day"))
    if not found or not (found[0].start.year and found[0].start.month and found[0].start.day):
        return None
    first = found[0].start
    monday = dt.date(first.year or 1, first.month or 1, first.day or 1)
    monday -= dt.timedelta(days=monday.weekday())

    def day_of(name: str) -> dt.date:
        return monday + dt.timedelta(days=_WEEKDAYS[name.lower()])

    start = day_of(entry.group("w1"))
    end = day_of(entry.group("w2")) if entry.group("w2") else start
    if end < start:
        return None
    return DateMention(
        entry.start("w1"),
        entry.end("w2") if entry.group("w2") else entry.end("w1"),
        page[entry.start("w1") : entry.end("w2") if entry.group("w2") else entry.end("w1")],
        PartialDate(start.year, start.month, start.day),
        PartialDate(end.year, end.month, end.day),
        "",
    )


def calendar_days(text: str, page: str, at: int) -> list[DateMention]:
    """The day badges of ``text`` (a line of a calendar at offset ``at`` of ``page``), in
    the month of the last month line above them; read only when each day falls on the
    weekday written beside it ("17 THU" in October 2019: Thursday 17 October). An entry
    line whose days stand in a column of their own ("12–14   Caribbean regional workshop"
    under "MARCH 2025") is read in the month of the line just above its entry."""
    from graphbuild.ingest.dates import month_number

    out: list[DateMention] = []
    for line in re.finditer(r"[^\n]+", text):
        m = CALENDAR_DAY.fullmatch(line.group()) or CALENDAR_ENTRY.match(line.group())
        if m is None:
            continue
        months = [
            (month, int(h.group("year")))
            for h in _MONTH_LINE.finditer(page, 0, at + line.start())
            if (month := month_number(h.group("month"))) is not None
            # (an entry's month line stands right above it, or above the month's other rows:
            # "JUIN 2024" / "10-12    Séminaire ..." / "         Bangui" / "24-28    Atelier")
            and (
                "w1" in m.re.groupindex
                or at + line.start() - h.end() <= 80
                or _rows_between(page[h.end() : at + line.start()])
            )
        ]
        if not months:
            continue
        month, year = months[-1]
        d1 = int(m.group("d1"))
        d2 = int(m.group("d2")) if m.group("d2") else d1
        end_month, end_year = month, year
        if d2 < d1:  # "30 MON – 4 FRI": into the next month
            end_month, end_year = (1, year + 1) if month == 12 else (month + 1, year)
        try:
            first, last = dt.date(year, month, d1), dt.date(end_year, end_month, d2)
        except ValueError:
            continue
        weekdays = "w1" in m.re.groupindex
        if weekdays and _weekday(m.group("w1")) != first.weekday():
            continue
        if weekdays and m.group("w2") and _weekday(m.group("w2")) != last.weekday():
            continue
        days = "days" if "days" in m.re.groupindex else 0  # (an entry's: its days alone)
        out.append(
            DateMention(
                line.start() + m.start("d1"),
                line.start() + m.end(days),
                m.group(days).strip(),
                PartialDate(year, month, d1),
                PartialDate(end_year, end_month, d2),
                "",
            )
        )
    return out


#: The leads of days counted from another: "the next day" goes on the trip of the day before
#: it (unless told elsewhere); "two days later", "the following Friday" open no trip of their
#: own, they end one ("flew back the following Friday") or date a part of it.
NEXT = "next-day"
LATER = "later"

# Days counted from a day told before them (the words are each language's): "the following
# Wednesday", "le mercredi suivant", "the next day", "le lendemain", "two days later", "deux
# jours plus tard"; not "le lendemain du scrutin", "the day after the vote" (counted from
# what they name, not from the day told last).
_FOLLOWING_WEEKDAY = compile_pattern(
    (
        rf"\b(?:{WORDS.alternatives('following_weekday')})\s+(?P<day>{_DAY})\b|"
        if WORDS.phrases["following_weekday"]
        else ""
    )
    + rf"\b(?:(?:{WORDS.alternatives('leads')})\s+)?(?P<day2>{_DAY})\s+"
    rf"(?:{WORDS.alternatives('weekday_following')})e?s?\b",
    re.IGNORECASE,
)
_NEXT_DAY = compile_pattern(
    rf"\b(?:{WORDS.alternatives('next_day')})\b(?!\s+(?:d[eu]\b|d['’]|des\b|of\b|the\b))",
    re.IGNORECASE,
)
_DAYS_LATER = compile_pattern(
    rf"\b(?P<n>\d{{1,2}}|{alternatives(WORDS.cardinals)})\s+(?:{WORDS.alternatives('day_units')})"
    rf"\s+(?:{WORDS.alternatives('days_later')})\b(?!\s+(?:l[ae]s?\b|the\b|d[eu]\b|d['’]))",
    re.IGNORECASE,
)
# The month after the one told before: "Le mois suivant, c'est moi qui enseignais", "The
# following month, I trained ..." (not "the month after the vote": counted from what it names).
_NEXT_MONTH = compile_pattern(
    r"\b(?:le mois suivant|le mois d['’]après|the (?:following|next) month|the month after)\b"
    r"(?!\s+(?:d[eu]\b|d['’]|des\b|of\b|the\b|l[ae]s?\b))",
    re.IGNORECASE,
)
# A time a little after the day told before, its days not told: "Quelques jours plus tard,
# une délégation ... était reçue à Ottawa", "A few days later, two officers travelled to
# Tunis", "Peu après".
_A_FEW_DAYS_LATER_WORDS = (
    r"quelques jours (?:plus tard|après)|(?:a few|several) days later|peu (?:de temps )?après|"
    r"shortly (?:afterwards?|thereafter)"
)
# The month told before, again: "puis l'institution a reçu à Québec, le même mois, une
# délégation", "later that month", "the same month" (or a few days after its day).
_SAME_MONTH = compile_pattern(
    r"\b(?:(?:au cours |dans le courant |à la fin |au début )?(?:du |le |ce )même mois|"
    r"(?:in |during |at the end of |early in |late in )?the same month|later that month|"
    rf"later in the month|plus tard dans le mois|{_A_FEW_DAYS_LATER_WORDS})\b"
    r"(?!\s+(?:d[eu]\b|d['’]|des\b|of\b|the\b|l[ae]s?\b|that\b|this\b|celle|celui|son\b|sa\b))",
    re.IGNORECASE,
)


def same_month(text: str) -> bool:
    """Whether a date phrase is the month told before, again ("le même mois")."""
    return _SAME_MONTH.fullmatch(text) is not None


_A_FEW_DAYS_LATER = compile_pattern(_A_FEW_DAYS_LATER_WORDS, re.IGNORECASE)


def a_few_days_later(text: str) -> bool:
    """Whether a date phrase is a time a little after the day told before, not told
    ("Quelques jours plus tard", "A few days later"): another activity's."""
    return _A_FEW_DAYS_LATER.fullmatch(text) is not None


# The words without one of which no day is counted from another.
_COUNTING_WORDS = tuple(
    dict.fromkeys(
        [
            *(
                phrase.lower()
                for key in ("following_weekday", "weekday_following", "next_day", "days_later")
                for phrase in WORDS.phrases[key]
            ),
            "mois suivant",
            "mois d'après",
            "mois d’après",
            "following month",
            "next month",
            "month after",
            "même mois",
            "same month",
            "later that month",
            "later in the month",
            "plus tard dans le mois",
            "quelques jours",
            "days later",
            "peu après",
            "peu de temps après",
            "shortly after",
            "shortly thereafter",
        ]
    )
)

_UNTIL_BEFORE = compile_pattern(
    rf"\b(?:{WORDS.alternatives('bare_day_until')})\s*(?:the\s+|le\s+)?"
    # (its weekday whole or shortened: "jusqu'au mardi 10 décembre", "jusqu'au mar. 10 déc.")
    rf"(?:(?:{_DAY}|(?:{WORDS.alternatives('short_weekdays')})\.),?\s+)?$",
    re.IGNORECASE,
)


def told_until(text: str, offset: int) -> bool:
    """Whether the date at ``offset`` of ``text`` is the day something lasts until ("en
    séjour jusqu'au 7 mai", "until May 7")."""
    return _UNTIL_BEFORE.search(text, max(0, offset - 30), offset) is not None


_WEEKDAY_BEFORE = compile_pattern(rf"\b(?P<day>{_DAY}),?\s+(?:the\s+|le\s+)?$", re.IGNORECASE)


def following_days(
    text: str, found: list[DateMention], earlier: list[DateMention], years: list[int]
) -> list[DateMention]:
    """The days of ``text`` counted from a day told before them: the next such weekday after
    the latest day the section told up to the end of the sentence ("regagné leurs pays le
    mercredi suivant, après la déclaration du mardi 26 février": Wednesday 27 February), or
    so many days after the day told just before ("the next day", "deux jours plus tard").
    ``found`` are the sentence's dates, ``earlier`` the section's before it (offsets of
    their own sentences: only their days count); a day without its year is counted in the
    year of ``years`` (the page's) its weekday agrees with."""
    if not may_contain(text, _COUNTING_WORDS):
        return []  # (most sentences count no day: spare the patterns their search)
    out: list[DateMention] = []
    taken = [(m.start_offset, m.end_offset) for m in found]

    def free(m: re.Match[str]) -> bool:
        return not any(a < m.end() and m.start() < b for a, b in taken)

    days = [d for d in [*earlier, *found] if d.end.day is not None and d.end.month is not None]
    for m in _FOLLOWING_WEEKDAY.finditer(text):
        if not free(m) or not days:
            continue
        anchor = max(days, key=lambda d: (d.end.year or 0, d.end.month or 0, d.end.day or 0))
        base = _anchor_day(text, anchor, years, anchor in found)
        if base is None:
            continue
        wanted = _WEEKDAYS[(m.group("day") or m.group("day2")).lower()]
        out.append(_counted(m, anchor, base, (wanted - base.weekday()) % 7 or 7, LATER))
    for pattern in (_NEXT_DAY, _DAYS_LATER):
        for m in pattern.finditer(text):
            # (the day a stay begins or a thing is done, not the day it lasts until: "en
            # séjour jusqu'au 7 mai ... la séance de travail ... Le lendemain")
            before = [
                d
                for d in days
                if (d not in found or d.end_offset <= m.start())
                and not (d in found and told_until(text, d.start_offset))
                and d.lead != "until"
            ]
            if not free(m) or not before:
                continue
            anchor = before[-1]
            if pattern is _NEXT_DAY and anchor.is_range:
                continue  # (the day after an event's days is not its next day)
            base = _anchor_day(text, anchor, years, anchor in found)
            if base is None:
                continue
            n = 1
            if pattern is _DAYS_LATER:
                word = m.group("n").lower()
                n = int(word) if word.isdigit() else WORDS.cardinals.get(word, 0)
                if not 1 <= n <= 14:
                    continue
            out.append(_counted(m, anchor, base, n, NEXT if pattern is _NEXT_DAY else LATER))
    months = [d for d in [*earlier, *found] if d.end.month is not None]
    for m in _NEXT_MONTH.finditer(text):
        # (counted from the last month told before it: "Du 22 au 30 juin, j'ai fait partie de
        # la mission ... Le mois suivant, ... j'ai formé à Lomé": July)
        before = [d for d in months if d not in found or d.end_offset <= m.start()]
        if not free(m) or not before:
            continue
        last = before[-1].end
        assert last.month is not None
        month, year = last.month % 12 + 1, last.year
        if year is not None and month == 1:
            year += 1
        point = PartialDate(year, month, None)
        out.append(DateMention(m.start(), m.end(), m.group(0), point, point, "in"))
    for m in _SAME_MONTH.finditer(text):
        # (the last month told before it, again: "Du 1er au 8 mai 2024, ... au Panama, puis
        # l'institution a reçu à Québec, le même mois, une délégation": May)
        before = [d for d in months if d not in found or d.end_offset <= m.start()]
        if not free(m) or not before:
            continue
        if a_few_days_later(m.group(0)) and any(0 <= f.start_offset - m.end() <= 6 for f in found):
            # (its own days right after it: "quelques jours plus tard, du 21 au 28 février")
            continue
        last = before[-1].end
        point = PartialDate(last.year, last.month, None)
        out.append(DateMention(m.start(), m.end(), m.group(0), point, point, "in"))
    return out


def _anchor_day(text: str, anchor: DateMention, years: list[int], here: bool) -> dt.date | None:
    """The day ``anchor`` ends on, with a year: its own, or the first of ``years`` on which
    that day falls on the weekday written before it (when it is ``here``, in ``text``)."""
    month, day = anchor.end.month or 1, anchor.end.day or 1
    if anchor.end.year is not None:
        try:
            return dt.date(anchor.end.year, month, day)
        except ValueError:
            return None
    weekday = None
    named = re.match(rf"\W*(?:\w+\s+)?(?P<day>{_DAY})\b", anchor.text, re.IGNORECASE)
    if named:
        weekday = _WEEKDAYS[named.group("day").lower()]
    elif here and (w := _WEEKDAY_BEFORE.search(text, 0, anchor.start_offset)):
        weekday = _WEEKDAYS[w.group("day").lower()]
    for year in years:
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if weekday is None or candidate.weekday() == weekday:
            return candidate
    return None


def _counted(
    m: re.Match[str], anchor: DateMention, base: dt.date, n: int, lead: str
) -> DateMention:
    """The day ``n`` days after ``base``, as a mention of ``m`` with ``lead`` (without a
    year when the anchor had none)."""
    day = base + dt.timedelta(days=n)
    point = PartialDate(day.year if anchor.end.year is not None else None, day.month, day.day)
    return DateMention(m.start(), m.end(), m.group(0), point, point, lead)


# A feed post's stamp told relative to the day the page was saved: "Hier, à 17:46",
# "Yesterday at 5:46 PM", "3 j", "2 d", "Il y a 4 heures", "5 h", "3 days ago"; and the coarser
# ages of a network's posts: "2w", "3 sem.", "il y a 3 semaines", "3mo", "1 mois", "1 yr".
_AGE_UNIT = (
    r"j|d|h|hrs?|min\w*|jours?|days?|hours?|heures?|d[ií]as?|horas?"
    r"|w|wks?|weeks?|sem\.?|semaines?|mo|mos|months?|mois|y|yrs?|years?|ans?"
)
_STAMP_AGO = compile_pattern(
    r"\s*(?:(?P<yesterday>hier|yesterday|ayer)\b[^·•\n]{0,20}"
    rf"|(?:il y a|hace)\s+(?P<n1>\d{{1,2}})\s*(?P<u1>{_AGE_UNIT})(?![\w.])"
    rf"|(?P<n2>\d{{1,2}})\s*(?P<u2>{_AGE_UNIT})(?![\w.])(?:\s+ago)?)\s*",
    re.IGNORECASE,
)
# What may follow a post's age on its stamp line: its edit mark, its audience's icon.
_AFTER_AGE = compile_pattern(r"(?:edited|modifié|\S{1,2})", re.IGNORECASE)


def stamp_ago(line: str, saved_on: dt.date) -> dt.date | None:
    """The day a feed post's stamp line tells relative to ``saved_on``, the day the page was
    saved ("Hier, à 17:46 ·" the day before; "3 j ·" three days before; "4 h ·" that day),
    its age standing first or after its author ("Electoral Commission · 3w", "Élections
    Québec · il y a 2 mois • Modifié"). An age in weeks, months or years is the latest day
    it can mean ("3w": 21 days before): the day what the post tells without a year is
    before."""
    parts = [p.strip() for p in re.split(r"[·•]", line)]
    for i, part in enumerate(parts[:2]):
        m = _STAMP_AGO.fullmatch(part)
        # (after its author, nothing but its edit mark or icon may follow it)
        if m is not None and (i == 0 or all(_AFTER_AGE.fullmatch(p) or not p for p in parts[2:])):
            return _age_day(m, saved_on)
    return None


def _age_day(m: re.Match[str], saved_on: dt.date) -> dt.date:
    if m.group("yesterday"):
        return saved_on - dt.timedelta(days=1)
    n = int(m.group("n1") or m.group("n2"))
    unit = (m.group("u1") or m.group("u2")).lower()
    if unit.startswith("mo"):  # months ("min" is minutes)
        month = saved_on.month - n
        year = saved_on.year + (month - 1) // 12
        month = (month - 1) % 12 + 1
        return dt.date(year, month, min(saved_on.day, 28))
    if unit.startswith(("y", "an")):
        return dt.date(saved_on.year - n, saved_on.month, min(saved_on.day, 28))
    if unit.startswith(("w", "sem")):
        return saved_on - dt.timedelta(weeks=n)
    if unit.startswith(("j", "d")):
        return saved_on - dt.timedelta(days=n)
    return saved_on  # hours or minutes ago: that day


# A diary's day, numbered at the start of its line: "Day 4", "Jour 3", "Days 10 and 11 –
# Victoria", "J-2", "J+3 et J+4 – Nouakchott", "Jour J – dimanche 24 mars" (the day counted
# from: "J" alone, "D-Day"); the line goes on with a separator or ends.
_DIARY_DAY = compile_pattern(
    r"[ \t]*(?:[-•*▪►]\s*)?(?:\*\*)?(?:"
    r"(?:day|jour|journée)s?\s+(?P<n1>\d{1,2})(?:\s*(?:and|et|to|à|au|&|[-–—])\s*"
    r"(?:(?:day|jour)\s+)?(?P<n2>\d{1,2}))?"
    r"|(?P<j>[JD])\s*(?P<s1>[-+−–])\s*(?P<k1>\d{1,2})(?:\s*(?:and|et|to|à|au|&|[-–—])\s*"
    r"[JD]\s*(?P<s2>[-+−–])\s*(?P<k2>\d{1,2}))?"
    r"|(?P<zero>jour\s+J|D-Day|E-Day))"
    # (its date may follow with no separator: "Day 3 Tuesday 5 March")
    rf"(?:\*\*)?(?=[ \t]*(?:$|[-–—:.,(]|(?:{_DAY})\b))",
    re.IGNORECASE | re.MULTILINE,
)


def _diary_numbers(m: re.Match[str]) -> tuple[str, int, int]:
    """The counting of a diary's day line ("day": Day 1, 2, ...; "j": J-3 ... Jour J ...
    J+2) and its first and last day numbers."""
    if m.group("n1"):
        first = int(m.group("n1"))
        return "day", first, int(m.group("n2")) if m.group("n2") else first
    if m.group("zero"):
        return "j", 0, 0

    def signed(sign: str, n: str) -> int:
        return int(n) if sign == "+" else -int(n)

    first = signed(m.group("s1"), m.group("k1"))
    last = signed(m.group("s2"), m.group("k2")) if m.group("k2") else first
    return "j", first, last


def diary_day(page: str, at: int) -> DateMention | None:
    """The days of a diary's entry whose line opens at ``at`` on its number ("Day 9", "J+2",
    "Days 10 and 11 – Victoria") and gives no date of its own, counted from the nearest line
    of the same counting that does ("Day 1 – Tuesday 5 November", "J-3 – jeudi 21 mars"):
    a mention over its number, its year the dated line's (None when it has none), or None."""
    from graphbuild.ingest.dates import find_dates

    entry = _DIARY_DAY.match(page, at)
    if entry is None:
        return None
    line_end = page.find("\n", at)
    line_end = len(page) if line_end < 0 else line_end
    if find_dates(page[entry.end() : line_end])[0]:
        return None  # (its own date: read as any other)
    counting, first, last = _diary_numbers(entry)
    if last < first:
        return None
    # (the dated lines of the same counting within the diary, the nearest first)
    anchors: list[tuple[int, int, PartialDate]] = []
    for other in _DIARY_DAY.finditer(page, max(0, at - 4000), min(len(page), at + 4000)):
        if other.start() == entry.start():
            continue
        o_counting, o_first, o_last = _diary_numbers(other)
        o_end = page.find("\n", other.end())
        found, _bad = find_dates(page[other.end() : len(page) if o_end < 0 else o_end])
        if o_counting != counting or o_first != o_last or len(found) != 1:
            continue
        day = found[0].start
        if found[0].is_range or day.month is None or day.day is None:
            continue
        anchors.append((abs(other.start() - at), o_first, day))
    if not anchors:
        return None
    _dist, number, day = min(anchors, key=lambda a: a[0])
    # (a year to count in when the line has none: one with no 29 February)
    try:
        base = dt.date(day.year or 2001, day.month or 1, day.day or 1)
    except ValueError:
        return None
    start = base + dt.timedelta(days=first - number)
    end = base + dt.timedelta(days=last - number)
    if day.year is None and start.year != end.year:
        return None
    year = None if day.year is None else start.year
    end_year = None if day.year is None else end.year
    return DateMention(
        entry.start(),
        entry.end(),
        page[entry.start() : entry.end()],
        PartialDate(year, start.month, start.day),
        PartialDate(end_year, end.month, end.day),
        "",
    )


def numbered_days(page: str) -> list[tuple[int, int, int]]:
    """The days of a diary told by their numbers, in the page's order: (number, month, day)
    of each, its date its line's own ("Day 1 – Wednesday 4 December", "J-3 – jeudi 21 mars")
    or counted from such a line's ("Day 9", "Days 10 and 11 – Victoria": both days)."""
    from graphbuild.ingest.dates import find_dates

    out: list[tuple[int, int, int]] = []
    for m in _DIARY_DAY.finditer(page):
        if m.start() != page.rfind("\n", 0, m.start() + 1) + 1:
            continue  # (a line's opening only)
        _counting, first, last = _diary_numbers(m)
        line_end = page.find("\n", m.end())
        found, _bad = find_dates(page[m.end() : len(page) if line_end < 0 else line_end])
        one = [d for d in found if d.start.day and d.start.month and d.start == d.end]
        if one:
            out.append((first, one[0].start.month or 0, one[0].start.day or 0))
            continue
        counted = diary_day(page, m.start())
        if counted is None:
            continue
        out.append((first, counted.start.month or 0, counted.start.day or 0))
        if last != first:
            out.append((last, counted.end.month or 0, counted.end.day or 0))
    return out


# Days counted from a vote's day, as missions write them: "du J-5 au J+2", "de J-7 à J+2",
# "from D-7 to D+3", "(D-10 to D-1)", "à J-15", "at D-3".
_VOTE_COUNTED_RANGE = compile_pattern(
    r"\b(?:(?P<lead>du|de|from|between)\s+)?\(?(?:le\s+)?[JD]\s*(?P<s1>[-–+])\s*(?P<n1>\d{1,2})\s+"
    r"(?:au|à|to|through|and|until|-|–)\s+(?:le\s+)?[JD]\s*(?P<s2>[-–+])\s*(?P<n2>\d{1,2})\b"
)
_VOTE_COUNTED_DAY = compile_pattern(
    r"\b(?P<lead>à|at|on)\s+(?:le\s+)?[JD]\s*(?P<s1>[-–+])\s*(?P<n1>\d{1,2})\b(?!\s*(?:au|à|to|through|-|–)\s+[JD]\b)"
)
# A vote's words just before its day: "de l'élection présidentielle du", "elections of".
_VOTE_BEFORE = compile_pattern(
    r"\b(?:élections?|elections?|scrutins?|votes?|polls?|polling|tours?|rounds?|run-?offs?|"
    r"référendums?|referendums?|présidentielles?|législatives|presidential|legislative)\b"
    r"[^.;]{0,40}$",
    re.IGNORECASE,
)


def vote_counted_days(text: str, found: list[DateMention]) -> list[DateMention]:
    """The days a sentence counts from the vote whose day it gives ("Déployée de J-7 à J+2
    autour du premier tour de l'élection présidentielle du 24 novembre 2019": 17 to 26
    November; "the harmonised elections of Monday 30 July 2018: mission deployed from D-7 to
    D+3"): each a date phrase of its own. Nothing is read without the vote's whole day, its
    year written, in the same sentence."""
    votes = [
        m
        for m in found
        if not m.is_range
        and m.start.day is not None
        and m.start.month is not None
        and m.start.year is not None
        and _VOTE_BEFORE.search(text, max(0, m.start_offset - 80), m.start_offset)
    ]
    if not votes:
        return []
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for pattern in (_VOTE_COUNTED_RANGE, _VOTE_COUNTED_DAY):
        for m in pattern.finditer(text):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            vote = min(votes, key=lambda v: abs(v.start_offset - m.start()))
            assert vote.start.year and vote.start.month and vote.start.day
            day = dt.date(vote.start.year, vote.start.month, vote.start.day)
            first = int(m.group("n1")) * (1 if m.group("s1") == "+" else -1)
            last = (
                int(m.group("n2")) * (1 if m.group("s2") == "+" else -1)
                if "n2" in m.groupdict() and m.group("n2") is not None
                else first
            )
            if last < first:
                continue
            a, b = day + dt.timedelta(days=first), day + dt.timedelta(days=last)
            out.append(
                DateMention(
                    m.start(),
                    m.end(),
                    m.group(0),
                    PartialDate(a.year, a.month, a.day),
                    PartialDate(b.year, b.month, b.day),
                    (m.group("lead") or "").lower(),
                )
            )
            taken.append((m.start(), m.end()))
    return out
