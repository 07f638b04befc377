"""Page -> blocks -> headed sections: the layout of a page.

A page of this family is a run of blocks separated by blank lines or single newlines:
navigation banners and breadcrumbs, year headings ("2015"), labels over headings ("Recent
missions"), activity headings ("Mission to Romania", in title case or capitals), list items
(a bullet, a dash or a number opens the line; a table's row), each its own scope, listing
lines (a place, a date or both: "Salta, Argentina", "June 1-3, 2016") and paragraphs, whose
hard-wrapped lines are joined again. Listing lines go with the title above them or, on an
events archive where they stand above their titles, with the title below them. Some
paragraphs stand directly under a year heading with no activity heading; each of those that
opens with its own date starts a section of its own.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from graphbuild.ingest.dates import (
    WEEKDAY_NAMES,
    DateMention,
    PartialDate,
    find_dates,
    find_dates_month_first,
    month_number,
    year_span_month,
)
from graphbuild.ingest.lexicon import WORDS, alternatives
from graphbuild.ingest.memo import page_memo, text_memo
from graphbuild.ingest.names import NameIndex, unconfuse
from graphbuild.ingest.relative_dates import CALENDAR_ENTRY, is_calendar_day
from graphbuild.pattern_cache import compile_pattern
from graphbuild.sources import SourcePage

# (a feed's CDATA markers blanked, their text kept: "<![CDATA[Du 10 au 12 mars, ...]]>")
_TAG = compile_pattern(
    # (and a feed's build date, no item's: "<lastBuildDate>Fri, 21 Mar 2025 ...</lastBuildDate>")
    r"<lastBuildDate>[^<\n]{0,80}</lastBuildDate>|<!\[CDATA\[|\]\]>|<(?!!\[CDATA\[)[^<>\n]{0,2000}>|&[a-zA-Z]{2,8};|&#\d{1,6};|"
    r"#(?=[^\W\d_])"
)
# A rule of marks around a label: "---", "===", "━━".
_RULE = r"[-–—=*_#·•━─═~]{2,}"

# A year heading: the year alone, or after a few words that name a year's section
# ("ANNÉE 2011", "Year 2015", "Bilan 2016", "RAPPORT ANNUEL D'ACTIVITÉS 2017", "EN 2014",
# "— 2016 —", an accordion's "+ Missions 2019", "ACTUALITÉS – ANNÉE 2022", "Events 2022").
_YEAR_LINE = compile_pattern(
    # (a rule drawn around it perhaps: "─── 2022 ───", "=== 2019 ===")
    rf"^\s*(?:{_RULE}\s*)?"
    # (its part's number first perhaps, before a word: "1. Année 2024", "II. Year 2023")
    r"(?:(?:\d{1,2}|[IVX]{1,4}|[A-H])[.)]\s+(?=[^\W\d]))?"
    r"(?:(?:année|annee|year|exercice|bilan|rapport|annuel|annual|report|activités|"
    r"activites|activities|d['’]activités|internationales?|international|faits|saillants|"
    r"highlights|en|in|missions?|délégations?|delegations?|accueillies|received|hosted|"
    # (a news page's or an events page's: "ACTUALITÉS – ANNÉE 2022", "Events 2022", "Agenda
    # 2021")
    r"actualités|actualites|nouvelles|news|events|événements|evenements|évènements|agenda|"
    r"calendrier|calendar|"
    # (or its activities by their plural noun: "Sessions 2024", "Ateliers 2023", "Visits 2022")
    r"sessions|formations|trainings|ateliers|workshops|séminaires|seminaires|seminars|"
    r"visites|visits|conférences|conferences|rencontres|meetings|"
    # (or what was held that year: "ÉVÉNEMENTS PASSÉS — 2024", "Past events 2023")
    r"passés|passes|passées|passees|past|réalisés|réalisées|"
    r"[–—:+-])\s+){0,5}((?:19|20)\d\d)"
    # (or the year first: "2024 highlights", "2019 in review", "2022 en bref")
    r"(?:\s+(?:highlights|in review|in brief|at a glance|en bref|en revue|faits saillants|"
    rf"activities|activités))?\s*[:–—-]?\s*(?:{_RULE}\s*)?$",
    re.IGNORECASE,
)


def _heading_next(blocks: Sequence[Block], index: int) -> bool:
    """Whether the block after ``blocks[index]`` is a title (a heading, no listing line)."""
    return (
        index + 1 < len(blocks)
        and blocks[index + 1].kind is BlockKind.HEADING
        and not blocks[index + 1].detail
    )


def _card_category(block: Block, badge: Block | None = None, carded: bool = False) -> bool:
    """Whether a label is an event card's category and place ("Meeting · Cartagena,
    Colombia", "Atelier · Dakar (Sénégal)"), or, under a card's date badge (``badge``: a
    date alone on lines of its own, "03-05 / DÉC. / 2024", not a report cover's date line;
    or on one line, on a page of such cards, ``carded``), its category alone."""
    text = block.text.strip()
    if " · " in text:
        return len(text) <= 80
    return (
        badge is not None
        and ("\n" in badge.text.strip() or carded)
        # (a card's date line may open on its weekday: "Tuesday 27 February 2024")
        and date_alone(_without_any_weekday(badge.text) if carded else badge.text)
        and _category_alone(text)
    )


def _category_alone(text: str) -> bool:
    """Whether a line is a card's category alone, a few words with no figure ("Colloques et
    séminaires", "Délégations accueillies", "Peer exchange")."""
    return (
        len(text) <= 40
        and len(text.split()) <= 4
        and "\n" not in text
        and not any(ch.isdigit() for ch in text)
        and not text.endswith((":", ".", "?", "!"))
    )


def _without_any_weekday(line: str) -> str:
    """A line without the weekday it opens on, whole or shortened before a day ("Tuesday
    27 February 2024", "Mar. 4 juin 2024" -> "4 juin 2024")."""
    text = _without_weekday(line.strip())
    return _SHORT_WEEKDAY_BEFORE_DAY.sub("", text, count=1)


# A weekday shortened with its stop, before a day: "Mar. ", "Jeu. ", "Thu. ".
_SHORT_WEEKDAY_BEFORE_DAY = compile_pattern(r"^[^\W\d]{2,4}\.\s+(?=\d)")


def _cards(blocks: Sequence[Block]) -> bool:
    """Whether a page sets out its events as cards, each its date alone on one line, its
    category, then its title, more than once ("3–11 December 2024" / "Observation" /
    "Network members on the Commonwealth Observer Group to Ghana")."""
    return (
        sum(
            1
            for i in range(len(blocks) - 2)
            if blocks[i].detail
            and date_alone(_without_any_weekday(blocks[i].text))
            and blocks[i + 1].kind is BlockKind.LABEL
            and _category_alone(blocks[i + 1].text.strip())
            and _heading_next(blocks, i + 1)
        )
        >= 2
    )


# A fiscal year's heading, its two years: "2023–2024", "Exercice 2013-2014", "FY 2022-23",
# "Année financière 2019-2020".
_FISCAL_YEAR_LINE = compile_pattern(
    r"^\s*(?:[-–—─━=~*_·•]{2,}\s*)?"
    r"(?:(?:exercice(?:\s+financier)?|(?:fiscal|financial|parliamentary|programme|program)\s+year|"
    r"FY|ann[ée]e\s+(?:financi[èe]re|budg[ée]taire|parlementaire)|"
    # (or a report's on such a year, on a page that tells its bounds: "Departmental Results
    # Report 2021–22", "Rapport annuel de gestion 2019-2020")
    r"(?P<report>(?:departmental\s+)?results\s+report|annual\s+report|activity\s+report|"
    r"rapport\s+annuel(?:\s+de\s+gestion)?|rapport\s+d['’]activités))\s+)?"
    r"(?P<first>(?:19|20)\d\d)\s*[–/-]\s*(?P<second>(?:19|20)?\d\d)\s*:?\s*(?:[-–—─━=~*_·•]{2,}\s*)?$",
    re.IGNORECASE,
)


def fiscal_year_heading(line: str, page_text: str | None = None) -> int | None:
    """The first year of a fiscal year's heading ("2023–2024", "Exercice 2013-2014"), or None
    for another line (two years that do not follow each other are a span, not a year); a
    report's title on its two years ("Annual Report 2021–22") only on a page that tells its
    year's bounds (``page_text``: two years of a report may be two calendar years)."""
    m = _FISCAL_YEAR_LINE.match(line)
    if m is None:
        return None
    if m.group("report") and (page_text is None or _told_turn(page_text) is None):
        return None
    first, second = int(m.group("first")), m.group("second")
    following = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    return first if following == first + 1 else None


def _months_year_heading(line: str) -> tuple[int, int] | None:
    """The first year and first month of a heading naming a year that runs between two months
    ("Septembre 2018 – août 2019", "July 2021 – June 2022", "From April 2019 to March 2020"),
    or None for another line (a span of another length is a period, not a year)."""
    flat = line.strip()
    if not flat or "\n" in flat or flat.endswith(".") or len(flat.split()) > 9:
        return None
    found, _bad = find_dates(flat)
    if len(found) != 1:
        return None
    m = found[0]
    a, b = m.start, m.end
    rest = (flat[: m.start_offset] + " " + flat[m.end_offset :]).strip(" :–—-()")
    if (
        not m.is_range
        or a.day is not None
        or b.day is not None
        or a.year is None
        or b.year != a.year + 1
        or a.month is None
        or a.month == 1
        or b.month != a.month - 1
        # (its words around it few: "Période", "Programme year"; no other number)
        or len(rest.split()) > 3
        or any(ch.isdigit() for ch in rest)
    ):
        return None
    return a.year, a.month


# A part of a year heading its entries: "First Quarter 2023", "Premier semestre 2019", "T3
# 2022", "Q2 2019", "Second half of 2020".
_PART_OF_A_YEAR = compile_pattern(
    r"^\s*(?:(?:first|second|third|fourth|last|1st|2nd|3rd|4th|premier|première|premiere|"
    r"deuxième|deuxieme|second|seconde|troisième|troisieme|quatrième|quatrieme|dernier|1er|2e|"
    r"3e|4e)\s+(?:quarter|semester|half|trimestre|semestre)|(?:quarter|semester|trimestre|"
    r"semestre)\s+[1-4]|[QT][1-4]|S[12]|H[12])\b(?P<rest>.*)$",
    re.IGNORECASE,
)
# What else such a heading may hold besides its year: its months, a few small words.
_PART_OF_A_YEAR_REST = compile_pattern(
    r"(?:(?:19|20)\d\d|of|the|year|de|du|l['’]année|année|annee|calendar|civile|[^\w\s]|\s)*",
    re.IGNORECASE,
)


def _part_of_year_heading(line: str, *, months: bool = False) -> int | None:
    """The year of a heading naming a part of it, a quarter or a half ("First Quarter 2023",
    "Premier semestre 2019", "T3 2022"), or None for another line; with its months too
    ("Quarter 1 (October–December 2021)") when ``months``."""
    flat = line.strip()
    if "\n" in flat or flat.endswith(".") or len(flat.split()) > 8:
        return None
    m = _PART_OF_A_YEAR.match(flat)
    if m is None:
        return None
    rest = m.group("rest")
    years = set(re.findall(r"\b(?:19|20)\d\d\b", rest))
    if len(years) != 1:
        return None
    words = re.findall(r"[^\W\d_]+", rest)
    if not months and any(month_number(w) is not None for w in words):
        # (its months named: a title whose months date what its text tells of "the quarter",
        # "Deuxième trimestre (avril – juin 2023)" / "Au cours du trimestre, une mission ...")
        return None
    words = [w for w in words if month_number(w) is None]
    if not _PART_OF_A_YEAR_REST.fullmatch(" ".join(words) + " " + " ".join(years)):
        return None
    return int(years.pop())


def year_of_heading(
    line: str, page_text: str, *, months: bool = False
) -> tuple[int, int | None] | None:
    """The year a heading gives the entries under it, with the month its year turns in (None
    for a calendar year), or None for another line: a year ("2016", "ANNÉE 2011"), a fiscal
    year ("Exercice 2013-2014", its turn the page's), a year between two months ("Septembre
    2018 – août 2019"), a quarter or a half ("First Quarter 2023"; with its months named,
    "Quarter 1 (October–December 2021)", when ``months``)."""
    m = _YEAR_LINE.match(line)
    if m is not None:
        return int(m.group(1)), None
    fiscal = fiscal_year_heading(line, page_text)
    if fiscal is not None:
        return fiscal, _fiscal_turn(page_text)
    between = _months_year_heading(line)
    if between is not None:
        return between
    part = _part_of_year_heading(line, months=months)
    return (part, None) if part is not None else None


def _fiscal_turn(text: str) -> int:
    """The month a page's fiscal years begin, as it tells their bounds ("by fiscal year
    (April 1 to March 31)", "du 1er juillet 2022 au 30 juin 2023"), or their months beside the
    word for a year ("par année parlementaire, de septembre à juin"); April when it does not
    (the year of Canada's, the United Kingdom's and India's public bodies)."""
    told = _told_turn(text)
    return 4 if told is None else told


def _told_turn(text: str) -> int | None:
    """The month a page tells its years begin, or None (see :func:`_fiscal_turn`)."""
    found, _bad = find_dates(text)
    for m in found:
        month = year_span_month(m)
        if month is None and _months_of_a_year(text, m):
            month = m.start.month
        if month is not None:
            return month
    return None


# The words for a year beside its months: "par année parlementaire, de septembre à juin".
_YEAR_WORD = compile_pattern(r"\b(?:ann[ée]es?|years?|exercices?)\b", re.IGNORECASE)


def _months_of_a_year(text: str, m: DateMention) -> bool:
    """Whether a phrase is months alone across a year's end ("de septembre à juin", "from
    April to March") after a word for a year in its sentence: a year's bounds."""
    a, b = m.start, m.end
    if not m.is_range or a.day is not None or b.day is not None or a.year or b.year:
        return False
    if a.month is None or b.month is None or b.month >= a.month:
        return False
    before = text[max(0, m.start_offset - 60) : m.start_offset]
    return bool(_YEAR_WORD.search(before.rsplit(".", 1)[-1]))


def year_heading(line: str) -> int | None:
    """The year of a year heading ("2016", "ANNÉE 2011", "ACTUALITÉS – ANNÉE 2022"), or None
    for another line."""
    m = _YEAR_LINE.match(line)
    return int(m.group(1)) if m is not None else None


# A timeline's line: a year, a dash or a colon, then what happened that year ("2009 – Du
# 1er au 6 juillet, ...", "2014: Observation mission to ..."): its own item, of that year.
# (or a quarter of it: "T4 2018 : Voyage d'étude ...", "Q2 2019 (planned): ...")
# (or a part of it, "Early 2020: Adviser to ...", "Début 2020 – Une mission ...", or a
# season across two, "2020–21: Election analyst ...")
_TIMELINE = compile_pattern(
    # (its bullet first perhaps: "• 2021 : membre de la mission ...")
    r"^\s*(?:[•·▪●◦*–—-]\s+)?"
    r"(?:[QT][1-4]\s+|(?i:early|mid|late|début|fin|mi)[\s-]+)?((?:19|20)\d\d)"
    r"(?:[–/-]\d\d(?:\d\d)?(?=\s*:))?\s*(?:\([^)]{1,20}\)\s*)?(?:[–—-]|:)\s+\S"
)
# The year that opens a timeline's line, with its dash ("2011 – ").
TIMELINE_YEAR = compile_pattern(
    r"\s*(?:[•·▪●◦*–—-]\s+)?(?:[QT][1-4]\s+|(?i:early|mid|late|début|fin|mi)[\s-]+)?(?:19|20)\d\d"
    r"(?:[–/-]\d\d(?:\d\d)?(?=\s*:))?\s*(?:\([^)]{1,20}\)\s*)?(?:[–—-]|:)\s+"
)
# An item's title written as a field, as feeds saved as text show it: "Titre : ...",
# "Title: ..." (one line; not a letter's or a report's "Objet :", whose text it heads).
TITLE_FIELD = compile_pattern(r"^\s*(?:titre|title|headline)\s*:[ \t]*\S[^\n]*$", re.IGNORECASE)
# The term of an entry's field giving its day of signing, in a register of agreements:
# "Date signed:", "Signed on:", "Date de signature :", "Signé le :".
SIGNING_TERMS = (
    r"date signed|signed on|signed|date of signature|signature date|"
    r"date de (?:la )?signature|sign[ée]e?s? le"
)
# A field of a listing's entry, under its title: "Venue: Apia, Samoa", "Partners: UNDP",
# "Statut : Réalisé". It belongs to the entry above it, never a heading of its own.
FIELD_LINE = compile_pattern(
    r"^\s*(?:venue|lieux?|location|localisation|places?|partners?|partenaires?|hosts?|hôtes?|"
    # (a mission report's header fields: "Mission :", "Scrutin :", "Membres :")
    r"mission|scrutin|élections?|elections?|membres?|members?|secrétariat|secretariat|"
    r"organi[sz]ers?|organisateurs?|organi[sz]ed by|organisé par|status|statut|état|"
    r"participants?|theme|thème|topic|sujet|type|country|pays|city|ville|categor(?:y|ies)|"
    r"programs?|programmes?|"
    r"catégories?|tags?|funding|financement|format|language|langue|when|where|who|quand|"
    r"où|qui|dates?|election day|jour du scrutin|objet|object|subject|purpose|activité|"
    r"activity|description|résumé|summary|délégation|delegation|cadre|framework|contexte|"
    r"context|"
    # an entry's period or leader, named with what it is of: "Mission period:", "Event
    # dates:", "Période de la mission :", "Head of Mission:", "Chef de délégation :"
    r"(?:(?:mission|observation|deployment|event|meeting|visit|course|workshop|training|"
    r"seminar|conference|activity|polling|voting)\s+)?(?:period|dates?|duration|days?)|"
    r"(?:période|dates?|durée|lieu)\s+(?:de\s+la\s+|du\s+|de\s+l['’]|des\s+)?(?:mission|"
    r"observation|déploiement|séjour|visite|rencontre|atelier|formation|séminaire|scrutin|"
    r"élections?|activité)|"
    r"(?:head|leader) of (?:the )?(?:mission|delegation|team)|team leader|"
    r"chef(?:fe)? de (?:la )?(?:mission|délégation)|"
    # a trip's fields in a disclosure of travel: "Traveller:", "Dates of travel:", "Start
    # date:", "Destination(s):", "Costs:", "Date de départ :"
    r"travell?ers?|voyageur|voyageuse|destinations?|destination\(s\)|costs?|coûts?|frais|"
    r"(?:dates?|period) of (?:travel|the (?:trip|visit|mission|stay))|travel dates?|"
    r"dates? du (?:voyage|déplacement|séjour)|(?:start|end|departure|return) date|"
    r"date (?:de |d['’])(?:début|fin|départ|retour|arrivée)|"
    # a course's fields: "Module :", "Formateurs :", "Facilitators:", "Semaine de cours :"
    r"modules?|formateurs?|formatrices?|facilitat(?:or|eur|rice)s?|trainers?|instructors?|"
    r"semaine de cours|course week|"
    # an agreement's signing, in a register of agreements
    rf"{SIGNING_TERMS})\s*:\s*\S",
    re.IGNORECASE,
)
# An entry's line giving its mission's days, a field of the entry under its title:
# "Mission : du 7 au 13 avril – Cotonou", "Mission d'information et de contacts : du 5 au 8
# mars – Moroni", "Observation mission: 12-18 June".
_MISSION_DAYS = compile_pattern(
    r"\s*(?:[\w'’-]+\s+){0,2}?(?:missions?|visite|visit|séjour|stay|déploiement|deployment)\b"
    r"[^:\n]{0,50}:\s*(?:du\s+|from\s+|le\s+|les\s+|on\s+)?(?:[0-3]?\d\b|1er\b)",
    re.IGNORECASE,
)
_URL = compile_pattern(r"(?:https?://|www\.)\S+", re.IGNORECASE)
# The rule under a table's header written with bars: "|----|:------|", "---|---".
_MARKDOWN_RULE = compile_pattern(r"\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?\s*)?")
# A breadcrumb trail from the home page, whatever its separator.
_HOME_TRAIL = compile_pattern(
    r"(?:home|accueil|inicio|startseite)\s*[/›»|>]\s*\S[^\n]*$", re.IGNORECASE
)
_BREADCRUMB = compile_pattern(r"\S\s*>\s*\S.*>|>\s*$")


def is_trail(line: str) -> bool:
    """Whether a line is a breadcrumb trail ("Accueil > Publications > Rapport annuel 2016",
    "Home / Elections / Moldova")."""
    stripped = line.strip()
    return bool((">" in stripped and _BREADCRUMB.search(stripped)) or _HOME_TRAIL.match(stripped))


_SENTENCE_BREAK = compile_pattern(r"(?<!\b[A-Z])(?<!\b(?:Mr|Ms|Dr|St|No|vs))[.!?]\s+[A-Z0-9«“\"]")
_OPENS_WITH_DATE = compile_pattern(
    r"^(?:from|between|on|in|during|du|le|les|en|entre)\s+(?:\S+\s+)?\d", re.IGNORECASE
)


# Finite verbs that make a line a sentence rather than a heading.
# Where a dateline's place stands before its date: "Lusaka, ", "[Photo] Harare, ".
_DATELINE_OPENING = compile_pattern(
    r"\W*(?:\[[^\]\n]{1,20}\]\s*)?[A-ZÀ-Ý][\w'’.-]*(?:[ -][A-ZÀ-Ý][\w'’.-]*){0,3}"
    r"(?:\s*\([^)\n]{0,40}\))?,\s*"
)
WEEKDAY_START = compile_pattern(rf"\W*(?:{WEEKDAY_NAMES})\b", re.IGNORECASE)
_DASH_AFTER = compile_pattern(r"\s*\.?\s*[–—-]\s")
_DOT_AFTER = compile_pattern(r"\s*[·•|]\s")


# The title of an event's programme, day by day: "PROGRAMME", "Programme de la mission",
# "Agenda of the seminar", "Ordre du jour", "Déroulement".
PROGRAMME_TITLE = compile_pattern(
    # (numbered as a report's part: "2. Programme de la mission", "I. PROGRAMME DE LA MISSION")
    r"\s*(?:(?:\d{1,2}|(?-i:[IVX]{1,4}))[.)]\s*)?"
    r"(?:(?:provisional|draft|tentative|detailed|preliminary|projet de)\s+)?"
    r"(?:programme|program|agenda|ordre du jour|déroulement|schedule|itinerary)\b"
    # (not a programme's name, an activity of its own: "Programme d'échanges autour du
    # second tour ...", "Program for International Visitors", "Programme of exchanges on ...")
    # (its scope before it: "Programme international de visiteurs à Bucarest")
    r"(?!\s*(?:(?:international|internationale|régional|régionale|national|nationale)\s+)?"
    r"(?:d['’]\s*(?:échanges?|observation|appui|assistance)|of\s+exchanges?|for\s+"
    r"(?:international\s+)?visitors|de\s+(?:visiteurs|bourses|formation|coopération|"
    r"renforcement)|des\s+visiteurs)"
    # (nor a person's diary of public engagements, each its own: "Agenda du Président",
    # "Agenda de la Présidente")
    r"|\s+(?:du|de la|of the)\s+(?:président|présidente|vice-président\w*|directeur\w*|"
    r"secrétaire|chair\w*|president|commissioner|ministre|minister)\b"
    # (nor a body's calendar of its activities, each its own: "AGENDA DES ACTIVITÉS — ANNÉE
    # 2024", "Programme of activities 2023")
    r"|\s+(?:des|of|d['’])\s*(?:activités|activities|événements|events|évènements)\b)",
    re.IGNORECASE,
)

# The title of the readers' comments under an article, counted or asked for: "3
# commentaires", "Vos réactions (3)", "Comments (4)", "Leave a reply", "Réactions des lecteurs".
_COMMENTS_TITLE = compile_pattern(
    r"\W*(?:\d+\s+(?:commentaires?|comments?|réactions?|reactions?|replies|réponses?)|"
    r"(?:commentaires?|comments?|vos réactions|réactions|reactions|responses)\s*\(\d+\)|"
    r"(?:laisser|laissez|ajouter|écrire) un commentaire|leave a (?:comment|reply)|"
    r"add (?:a|your) comment|(?:reader|readers['’]?) comments|réactions des lecteurs|"
    r"(?:les )?commentaires des lecteurs|"
    # (or the bare word over the readers' names and days: "Comments" / "Tumelo K. | 06
    # December 2024")
    r"comments|commentaires)\W*",
    re.IGNORECASE,
)

# The title of a list of links to other pages: "Articles similaires", "Related news", "À
# lire aussi", "Dans la même rubrique".
_RELATED = compile_pattern(
    r"\s*(?:articles? similaires|related(?: (?:articles?|news|posts|stories|content|links|"
    r"pages|items|(?:press )?releases|statements))?|"
    r"(?:other|recent|more) (?:press )?releases|(?:autres |derniers )?communiqués (?:récents|"
    r"similaires|liés)|autres communiqués|(?:à |a )?lire aussi|voir aussi|see also|"
    r"read (?:also|more)|"
    r"dans la même rubrique|sur le même (?:sujet|thème)|autres actualités|more news|"
    r"other news|you may also like|vous aimerez aussi|autres nouvelles|recent posts|"
    r"more stories|other stories|more (?:briefs|headlines|articles)|autres brèves|"
    r"also in the news|autres articles|plus d['’](?:articles|actualités|infos|nouvelles)|"
    # (a news agency's: "Articles liés", "Articles connexes", "Dans la même catégorie")
    r"articles? (?:liés|connexes|associés|en relation)|dans la même catégorie|"
    # an article's sources: "References", "Notes et références", "Bibliographie"
    r"references|références|notes(?: et références| and references)?|sources|"
    r"bibliography|bibliographie|footnotes|works cited|ouvrages cités)\s*:?\s*"
    # (a wiki's edit links after its section's title: "[modifier | modifier le code]")
    r"(?:\[[^\]\n]{0,40}\])?\s*",
    re.IGNORECASE,
)

# A month and its year alone on a line: "OCTOBER 2019", "Octobre 2019".
_MONTH_ALONE = compile_pattern(r"[ \t]*(?P<month>[^\W\d_]{3,12})\.?\s+(?:19|20)\d\d[ \t]*")


def _month_line(line: str) -> bool:
    """Whether a line holds a month and its year, nothing else ("OCTOBER 2019")."""
    m = _MONTH_ALONE.fullmatch(line)
    return m is not None and month_number(m.group("month")) is not None


def run_in_title(text: str) -> bool:
    """Whether a paragraph's first sentence is a title run in before its text ("Peer
    exchange in Ghana. In May 2022, IFES facilitated ..."): a few words, no verb."""
    return (
        len(text.split()) <= 6
        and text.rstrip().endswith(".")
        and not _DETERMINER_FIRST.match(text)  # (a sentence: "The series opened in Suva.")
        and _is_heading_like(text)
    )


_DETERMINER_FIRST = compile_pattern(
    r"\s*(?:the|a|an|this|these|its|their|la|le|les|l['’]|un|une|ce|cette|ces|son|sa|ses)\b",
    re.IGNORECASE,
)


def _sentence_like(text: str) -> bool:
    """Whether a block reads as a sentence: ten words or more, a run of words in lower
    case, a full stop at its end."""
    return (
        text.rstrip(" )").endswith(".")
        and len(text.split()) >= 10
        and bool(_LOWER_RUN.search(text))
    )


# Four words in lower case in a row: running text, not a title in title case or capitals.
_LOWER_RUN = compile_pattern(r"(?:\b[a-zà-ÿ][\w'’-]*\s+){3}[a-zà-ÿ]")

_FINITE_VERB = compile_pattern(
    r"\b(?:has|have|had|is|are|was|were|will|would|can|could|may|took|revealed|received|"
    r"went|gave|met|invite|consult|learn|said|est|sont|ont|était|étaient|avons|sera|"
    r"avait|avaient|fut|furent|a reçu|ont reçu|a pris|a fait)\b"
    # (a verb in the imperfect: "La visite visait à ...", not a noun: "Extrait du rapport")
    r"|\b(?!(?:extrait|portrait|souhait|attrait|retrait|trait|bienfait|méfait|forfait)\b)"
    r"[a-zà-ÿ]{3,}(?:ait|aient)\b"
)
_SUBJECT_THEN_PAST = compile_pattern(
    r"\s*(?:the|a|an|our|its|their)\s+(?:[a-z'’-]+\s+){0,3}?(?!need|speed|seed|feed)"
    r"[a-z]{3,}ed\s+(?:in|to|at|on|for|with|from|the|a|an|its|their)\b",
    re.IGNORECASE,
)
# ... or after the words that open it, a comma then the subject and its verb: "Earlier this
# year, from 2 to 5 May, a Commonwealth pre-election assessment mission visited Maseru."
_CLAUSE_THEN_SUBJECT_PAST = compile_pattern(
    r",\s*(?:the|a|an|our|its|their|two|three|four|five|six|\d+)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?!need|speed|seed|feed)[a-z]{3,}ed\s+(?:in|to|at|on|for|with|from|the|a|an|its|their|"
    r"(?-i:[A-Z]))",
    re.IGNORECASE,
)
# ... or a lowercase verb in the past, then its object: "... adopted the Accra declaration".
_PAST_THEN_OBJECT = compile_pattern(
    r"\s(?:(?!(?:need|speed|seed|feed|hundred|kindred|sacred|bed|red|bred|shed|wed|led|fed)\s)"
    r"(?-i:[a-z]{2,}ed)|"
    # (or an irregular one: "The ECF-SADC held its annual conference in Maputo ...")
    r"(?-i:held|ran|met|took|led|sent|went|gave|began|brought|spent|made|taught|undertook|"
    r"oversaw|drew))\s+(?:the|a|an|its|their|our|his|her|two|three|four|five|six|\d+)\s",
    re.IGNORECASE,
)
# A sentence opening on a subject pronoun and its verb: "It also adopted", "They were", "Ils
# ont", "Elle a".
_PRONOUN_SUBJECT = compile_pattern(
    r"\s*(?:it|they|he|she|we|il|elle|ils|elles|nous|on)\s+(?:also\s+|aussi\s+|then\s+)?"
    r"[a-zà-ÿ]{2,}\b",
    re.IGNORECASE,
)
# A verb in the future, in a sentence ending with its period ("La SEOM rendra publique sa
# déclaration ... et restera en RDC jusqu'au 27 décembre."; a title may be in the future:
# "Élections Québec accueillera l'assemblée générale du RECEF en 2026").
# A sentence's main clause after its opening phrase: ", la mission compte ...", ", we ...".
_CLAUSE_AFTER = compile_pattern(
    r",\s+(?:la|le|les|l['’]|il|elle|ils|elles|on|nous|the|it|they|we|he|she)\s+[a-zà-ÿ]|"
    # (or a relative clause between its commas: "La session, qui se tient du 8 au 11 mai,")
    r",\s+(?:qui|dont|which|who)\s+[^,]+,"
)
# A verb in the French compound past: "a achevé", "ont suivi", "a été".
_PAST_COMPOUND = compile_pattern(
    r"\b(?:a|ont)\s+(?:[a-zà-ÿ]{2,}(?:é|ée|és|ées|i|is|u|us|it|ert))\b"
)
# A passive with its agent: "Mission funded by the U.S. Agency for International Development."
_DONE_BY = compile_pattern(
    r"\b(?:funded|financed|supported|sponsored|organi[sz]ed|conducted|financée?s?|"
    # ("Mission from May 16 to 20 in Santo Domingo, led by Mr. ...")
    r"led|headed|chaired|dirigée?s?|conduite?s?|présidée?s?|"
    r"organisée?s?|soutenue?s?) (?:by|par)\b",
    re.IGNORECASE,
)
_FUTURE_VERB = compile_pattern(
    r"\b(?!(?:caméra|camera|opéra|opera|riviera|sierra|chimère|tiara)\b)"
    r"[a-zà-ÿ]{2,}(?:era|ira|dra|ront)\b"
)


# A title whose verb is a participle: "Foreign delegations received in Canada", "Missions
# carried out in 2012", "6.3 Visits received" (not "The delegation received ...").
_PARTICIPLE_TITLE = compile_pattern(
    r"\W*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:[A-Z]\w+\s+)?(?i:delegations|visitors|missions|visits|requests|activities)\s+"
    r"(?:received|hosted|carried out|conducted|undertaken)\b[^.]{0,60}$"
)


# Entities that stand for a character a rule reads: the apostrophe of "jusqu&#8217;au".
_ENTITY_CHARS = {"&#8217;": "’", "&rsquo;": "’", "&#39;": "'", "&apos;": "'", "&amp;": "&"}


def _blanked(m: re.Match[str]) -> str:
    """A tag or an entity blanked out, the same length (an apostrophe's entity keeps it)."""
    found = m.group(0)
    char = _ENTITY_CHARS.get(found)
    return char + " " * (len(found) - 1) if char else " " * len(found)


# Markdown's marks (a page saved through a reader mode or converted to Markdown): a heading's
# hashes, a block quote's sign, emphasis, a footnote's call, an image, a link's target, an
# escaping backslash. Each is blanked, its text kept: "## Trois jours de travaux", "**Dakar
# (Sénégal)** —", "[Activités du Réseau](https://...)", "![Les participants ...](...)".
_MARKDOWN = compile_pattern(
    r"(?m)^[ \t]{0,3}(?:#{1,6}|>(?:[ \t]?>)*)(?=[ \t])"
    r"|!\[[^\]\n]*\]\([^)\s]*(?:[ \t]+\"[^\"\n]*\")?\)"
    r"|\[\^[^\]\s]{1,12}\]"
    r"|(?<=\S)\]\((?:https?:|mailto:|/|#|www\.)[^)\s]*(?:[ \t]+\"[^\"\n]*\")?\)"
    r"|\[(?=[^\]\n]+\]\((?:https?:|mailto:|/|#|www\.))"
    r"|(?<![\w*])\*\*(?=[^\s*])|(?<=[^\s*])\*\*(?![\w*])"
    r"|(?<![\w_])__(?=[^\s_])|(?<=[^\s_])__(?![\w_])"
    r"|(?<![\w*])\*(?=[^\s*][^*\n]*?[^\s*]\*(?![\w*]))|(?<=[^\s*])\*(?![\w*])"
    r"|(?<![\w_])_(?=[^\s_][^_\n]*?[^\s_]_(?![\w_]))|(?<=[^\s_])_(?![\w_])"
    r"|\\(?=[\\`*_{}\[\]()#+.!-])"
)


def _unmarked(text: str) -> str:
    """The text with Markdown's marks blanked (:data:`_MARKDOWN`), offsets unchanged."""
    if not ("**" in text or "](" in text or "\n#" in text or "_" in text or "\n>" in text):
        return text
    return _MARKDOWN.sub(lambda m: " " * len(m.group(0)), text)


def _untagged(text: str) -> str:
    """The text with its tags and entities blanked, look-alike letters made Latin and its
    page furniture taken out (what :func:`clean_text` then mends hyphenated words in)."""
    return without_page_furniture(unconfuse(_unmarked(_TAG.sub(_blanked, text))))


# A card's date badge over two lines, its month then its day or days or the other way
# round ("JAN" / "29–31", "12" / "MAR"): one line, the line break made a space.
_BADGE_MONTH = rf"(?i:{alternatives(WORDS.months)})\.?"
_BADGE_DAYS = r"\d{1,2}(?:[ \t]*[–—-][ \t]*\d{1,2})?"
_TWO_LINE_BADGE = compile_pattern(
    rf"(?m)^[ \t]*(?:{_BADGE_MONTH}[ \t]*(?P<a>\n)[ \t]*{_BADGE_DAYS}"
    rf"|{_BADGE_DAYS}[ \t]*(?P<b>\n)[ \t]*{_BADGE_MONTH})[ \t]*$"
    # (not one end of a badge's range over five lines, "31" / "OCT" / "–" / "04" / "NOV",
    # read as it stands)
    r"(?!\n[ \t]*[–—-][ \t]*$)"
)
_DASH_LINE_BEFORE = compile_pattern(r"(?:^|\n)[ \t]*[–—-][ \t]*\n[ \t]*$")


def _badges_joined(text: str) -> str:
    """The text with each two-line date badge on one line (offsets unchanged)."""
    if "\n" not in text:
        return text
    breaks = [
        m.start("a") if m.group("a") else m.start("b")
        for m in _TWO_LINE_BADGE.finditer(text)
        if not _DASH_LINE_BEFORE.search(text, max(0, m.start() - 8), m.start())
    ]
    if not breaks:
        return text
    out = list(text)
    for at in breaks:
        out[at] = " "
    return "".join(out)


# A term of a list of fields alone on its line, its value on the next line indented deeper
# ("    Period" / "        Wednesday 11 – Friday 13 September", "Lieu" / "    Dakar"), as a
# definition list saved as text shows it.
_TERM_OVER_VALUE = compile_pattern(
    r"(?m)^(?P<indent>[ \t]*)(?i:period|dates?|date|place|venue|location|lieu|période|"
    r"partners?|partenaires?|participants?|team|équipe|facilitators?|formateurs?|"
    r"organi[sz]ers?|organisateurs?|hosts?|hôtes?|country|pays|city|ville|topic|thème|"
    r"status|statut|when|where|quand|où|objet|purpose|delegation|délégation|type|format)"
    r"[ \t]*(?P<break>\n)(?P<deeper>[ \t]+)(?=\S)"
)


def _terms_joined(text: str) -> str:
    """The text with each field's term alone on its line over its value, indented deeper,
    made one field line ("Period: Wednesday 11 – Friday 13 September"; offsets unchanged)."""
    if "\n " not in text and "\n\t" not in text:
        return text
    out = list(text)
    for m in _TERM_OVER_VALUE.finditer(text):
        if len(m.group("deeper").expandtabs(4)) > len(m.group("indent").expandtabs(4)):
            out[m.start("break")] = ":"
    return "".join(out)


# An end date's field right after a start date's on its line ("Start date: 2024-05-29 End
# date: 2024-06-04", "Date de début : 13/08/2024 – Date de fin : 15/08/2024").
_END_DATE_FIELD = compile_pattern(
    r"(?<=\d)[ \t]*[,;|·–-]?[ \t]*(?:end(?:ing)?|return|finish)[ \t]+date[ \t]*:[ \t]*(?=\d)"
    r"|(?<=\d)[ \t]*[,;|·–-]?[ \t]*date[ \t]+(?:de[ \t]+fin|de[ \t]+retour)[ \t]*:[ \t]*(?=\d)",
    re.IGNORECASE,
)


def _end_date_fields(text: str) -> str:
    """The text with an end date's field after a start date's on its line read as a range's
    "to" ("2024-05-29 to 2024-06-04"; offsets unchanged)."""
    if ":" not in text:
        return text
    return _END_DATE_FIELD.sub(lambda m: " to ".center(len(m.group(0))), text)


def _semicolon_tables(text: str) -> str:
    """The text with each table written with semicolons between its cells (an export:
    "Date ; Pays ; Ville ; Activité" over rows with as many) as a tab table: three lines or
    more in a row, each with the same number of semicolons, two or more (offsets
    unchanged)."""
    if text.count(";") < 6:
        return text
    lines = text.split("\n")
    counts = [line.count(";") for line in lines]
    out = list(lines)
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and counts[j] >= 2 and counts[j] == counts[i]:
            j += 1
        if j - i >= 3:
            for k in range(i, j):
                out[k] = lines[k].replace(";", "\t")
        i = max(j, i + 1)
    return "\n".join(out)


# A gap between a table's cells as a printed report turned into text writes it: three spaces or
# more between two words of a line.
_SPACED_CELL_GAP = compile_pattern(r"(?<=\S) {3,}(?=\S)")


def _spaced_tables(text: str) -> str:
    """The text with each table written with runs of spaces between its cells (a printed
    report turned into text: "Country            Partner            Dates" over rows laid
    out alike) as a table of bars: three lines or more in a row, each with two such gaps or
    more (offsets unchanged)."""
    if "   " not in text:
        return text
    lines = text.split("\n")
    # (not a table already written with bars or tabs, its cells padded with spaces)
    gaps = [
        0 if "|" in line or "\t" in line else len(_SPACED_CELL_GAP.findall(line.strip()))
        for line in lines
    ]
    out = list(lines)
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and gaps[j] >= 2:
            j += 1
        if j - i >= 3:
            for k in range(i, j):
                # (a bar, not a tab: no date reads across it, "octobre   |   9")
                out[k] = _SPACED_CELL_GAP.sub(lambda m: " |" + m.group(0)[2:], lines[k])
        i = max(j, i + 1)
    return "\n".join(out)


@page_memo
def clean_text(text: str) -> str:
    """The text with HTML tags and entities blanked out, look-alike letters of other
    scripts made Latin, a printed report's page headers and footers taken out (the text on
    both sides of a page break joined again), a card's date badge over two lines made one
    ("JAN" / "29–31"), a table written with semicolons (or runs of spaces) made one of tabs
    (or bars), an end date's field after a start date's made a range's "to", a field's term
    over its value made one line and its words hyphenated at a line's end made whole
    ("déléga-" / "tions": "délégations" / spaces); offsets unchanged but within such words
    (see :func:`hyphen_joins`)."""
    cleaned = _terms_joined(
        _end_date_fields(_spaced_tables(_semicolon_tables(_badges_joined(_untagged(text)))))
    )
    cleaned = _summarised_entries(cleaned)
    if "-" not in cleaned:
        return cleaned
    out = list(cleaned)
    for start, tail, end in _hyphenated(cleaned):
        word = cleaned[tail:end]
        # (the line still breaks after the word: "République" / "   du Kazakhstan")
        out[start:end] = word + "\n" + " " * (end - start - len(word) - 1)
    return "".join(out)


# A table of contents' leader and page number, closing an entry's title: "Tonga: boundary
# workshop ........ 2", "Avant-propos …………… 1" (blanked: the title a heading).
_LEADER = compile_pattern(r"(?m)[ \t]*(?:[.…][ \t]?){4,}[ \t]*\d{1,4}[ \t]*$")


def _summarised_entries(text: str) -> str:
    """The text with the leader and page number of each table of contents' entry that a
    summary follows (a newsletter's contents: "Tonga: boundary workshop ........ 2" / "Network
    trainers ran ...") blanked, so that the entry is its summary's title; a list of entries
    with no summaries ("1 Summary ..... 2" / "2 Exchanges ..... 3") is left as it is."""
    found = list(_LEADER.finditer(text))
    if not found:
        return text
    led = {text.rfind("\n", 0, m.start()) + 1 for m in found}  # the entries' lines' starts
    out = list(text)
    for m in found:
        at = m.end()
        while at < len(text) and text[at] == "\n":
            at += 1  # (blank lines between)
        end = text.find("\n", at)
        if at in led or not text[at : end if end >= 0 else len(text)].strip():
            continue  # the list's next entry, or nothing under it
        line_start = text.rfind("\n", 0, m.start()) + 1
        if line_start > 0 and text.rfind("\n", 0, line_start - 1) + 1 in led:
            continue  # (the last entry of a list)
        out[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(out)


# A word broken over two lines at a hyphen: "Républi-" / "que" (a letter in lower case on
# both sides; not "Saint-" / "Louis").
_HYPHEN_BREAK = compile_pattern(r"(?<=[a-zà-ÿ])-[ \t]*\n[ \t]*(?P<tail>[a-zà-ÿ]+)")


def _hyphenated(text: str) -> list[tuple[int, int, int]]:
    """The words hyphenated at a line's end: (the hyphen's offset, the start and the end of
    the word's rest on the next line)."""
    return [(m.start(), m.start("tail"), m.end()) for m in _HYPHEN_BREAK.finditer(text)]


def hyphen_joins(text: str) -> list[tuple[int, int]]:
    """Where :func:`clean_text` made a hyphenated word whole: (the hyphen's offset, the end
    of the word in the page), so that a span ending inside the whole word ends with it."""
    if "-" not in text:
        return []
    return [(start, end) for start, _tail, end in _hyphenated(_untagged(text))]


# A printed report's running header or footer: its title and its page number ("Annual Report
# 2016/2017 – Electoral Commission   21", "38   Rapport de gestion"), a page line ("Page 4 of
# 12", "- 7 -"), and the rule under or over them ("______").
_RUNNING_LINE = compile_pattern(
    r"[ \t]*(?:(?P<title>\S[^\n]{2,90}?)[ \t]{3,}\d{1,4}|"
    r"\d{1,4}[ \t]{3,}(?P<title2>\S[^\n]{2,90}?))[ \t]*$"
)
_PAGE_LINE = compile_pattern(
    r"[ \t]*(?:(?:page|p\.)[ \t]*\d{1,4}(?:[ \t]*(?:/|of|sur|de)[ \t]*\d{1,4})?|"
    r"[-–—][ \t]*(?!(?:19|20)\d\d\b)\d{1,4}[ \t]*[-–—])[ \t]*$",  # ("— 2016 —": a year)
    re.IGNORECASE,
)
_RULE_LINE = compile_pattern(r"[ \t]*[_=─━-]{10,}[ \t]*$")


_PAGE_NUMBER = compile_pattern(r"[ \t]*\d{1,4}[ \t]*")


def _near(lines: list[tuple[int, int, str]], i: int, marked: set[int]) -> bool:
    """Whether the nearest line with text before or after line ``i`` is one of ``marked``."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and not lines[j][2].strip():
            j += step
        if 0 <= j < len(lines) and j in marked:
            return True
    return False


def without_page_furniture(text: str) -> str:
    """The text with the running headers and footers of a printed report blanked out, with
    the blank lines and rules around them: a sentence or a list item cut by a page break
    reads on. A title with a page number is a running line when it comes back on the page
    or stands by a rule; a page line ("Page 4 of 12") always is."""
    if "   " not in text and "age" not in text and "-" not in text:
        return text
    lines = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[^\n]*", text)]
    lines = [ln for i, ln in enumerate(lines) if not (i and ln[0] == lines[i - 1][1])]
    titles: dict[str, int] = {}
    running: dict[int, str] = {}
    for i, (_, _, line) in enumerate(lines):
        m = _RUNNING_LINE.match(line)
        if m is not None and not is_table_row(line.strip()):
            title = " ".join((m.group("title") or m.group("title2")).split()).lower()
            running[i] = title
            titles[title] = titles.get(title, 0) + 1
    furniture: set[int] = {i for i, (_, _, ln) in enumerate(lines) if _PAGE_LINE.fullmatch(ln)}

    def near_rule(i: int) -> bool:
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(lines) and not lines[j][2].strip():
                j += step
            if 0 <= j < len(lines) and _RULE_LINE.fullmatch(lines[j][2]):
                return True
        return False

    furniture |= {i for i, title in running.items() if titles[title] >= 2 or near_rule(i)}
    # a running header with no page number, in two parts, on every page ("Élections Québec
    # <spaces> Rapport annuel de gestion 2018-2019")
    seen: dict[str, int] = {}
    for _, _, line in lines:
        # (not a table's header row, drawn again on each page it runs over: "| Dates | ...")
        if (
            re.search(r"\S {3,}\S", line.strip())
            and len(line.split()) <= 14
            and not is_table_row(line.strip())
        ):
            key = " ".join(line.split())
            seen[key] = seen.get(key, 0) + 1
    furniture |= {i for i, (_, _, ln) in enumerate(lines) if seen.get(" ".join(ln.split()), 0) >= 2}
    # a page number alone on its line, by other furniture ("   28")
    furniture |= {
        i
        for i, (_, _, ln) in enumerate(lines)
        if _PAGE_NUMBER.fullmatch(ln) and (_near(lines, i, furniture) or near_rule(i))
    }
    if not furniture:
        return text
    for i in list(furniture):  # the rules over or under them
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(lines) and not lines[j][2].strip():
                j += step
            if 0 <= j < len(lines) and _RULE_LINE.fullmatch(lines[j][2]):
                furniture.add(j)
    out = list(text)
    i = 0
    while i < len(lines):
        if i not in furniture:
            i += 1
            continue
        # the run of furniture and blank lines around it, from the last line of text before
        # it to the first after: one line break between them
        first = i
        while first > 0 and not lines[first - 1][2].strip():
            first -= 1
        last = i
        while last + 1 < len(lines) and (last + 1 in furniture or not lines[last + 1][2].strip()):
            last += 1
        start = lines[first - 1][1] if first > 0 else 0
        end = lines[last + 1][0] if last + 1 < len(lines) else len(text)
        out[start:end] = " " * (end - start)
        if first > 0 and last + 1 < len(lines):
            out[end - 1] = "\n"
        i = last + 1
    return "".join(out)


class BlockKind(StrEnum):
    BANNER = "banner"  # navigation, "See the archives >", bare links
    YEAR = "year"
    HEADING = "heading"
    LABEL = "label"  # a heading over headings: "Recent missions"
    PARAGRAPH = "paragraph"


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    line: int
    text: str  # cleaned text of the block
    kind: BlockKind
    item: bool = False  # a list item: its own scope
    detail: bool = False  # a listing line: a place and/or a date only ("Lima, Peru")


@dataclass
class Section:
    """An activity heading (or none) with its paragraphs, under a year heading and a label."""

    heading: Block | None
    paragraphs: list[Block] = field(default_factory=list)
    year: int | None = None
    label: Block | None = None
    #: under a fiscal year's heading ("2023–2024"): the month its second year's part begins
    #: (a month before it is of the year after ``year``)
    turn: int | None = None


# A list item: a bullet, a dash or a number opens the line ("- du 4 au 6 avril", "• Sa
# participation ...", "2) ...", "1.l'accès ...").
# (not stars around a title: "*** La CEI reçoit une délégation ***")
# (not a rule of dashes around a label: "--- COMING UP ---")
ITEM_MARK = compile_pattern(
    r"[ \t\u00a0]*(?:[-–—](?![-–—])|[•·▪●◦]|\*(?!\*)|\(?\d{1,2}[.)](?!\d|\s*[–—-]\s*\d))"
)


def _without_marker(text: str) -> str:
    """An item's text without its bullet or number ("• mars 2022 : ..." -> "mars 2022 : ...")."""
    m = ITEM_MARK.match(text)
    return text[m.end() :].lstrip() if m else text


# A rule drawn between items with dashes, underscores or stars: "—————", "* * *", "~~~~".
_SEPARATOR = compile_pattern(r"[ \t]*(?:[-–—_=~*•·][ \t]*){3,}")
_ENDS_SENTENCE = compile_pattern(r"[.!?;:»”\"]\s*$")
# A line ending so is continued on the next one ("... a réuni son assemblée" / "générale").
_GLUE_END = compile_pattern(
    r"(?:[,(/]|\b(?:de|du|des|la|le|les|l['’]|d['’]|à|au|aux|en|et|ou|un|une|son|sa|ses|"
    r"leur|par|pour|sur|avec|dans|of|the|and|or|in|on|at|to|for|a|an|by|with|from|"
    # (a preposition of time or a conjunction: "... will remain in Zambia until" / "August
    # 17.", "... présente depuis" / "le 12 novembre")
    r"until|till|since|after|before|during|between|than|that|which|who|depuis|jusqu['’](?:au|à)|"
    r"après|avant|pendant|entre|que|qui|dont|lors)|"
    # a word broken at its hyphen: "the 5th Québec-" / "Catalonia Joint Committee"
    r"(?<=[A-Za-zÀ-ÿ])-)\s*$",
    re.IGNORECASE,
)
_OPENS_LOWER = compile_pattern(r"\s*[(\[]?[a-zà-ÿ0-9]")
# A title in capitals broken over lines: "RAPPORT" / "DE LA MISSION D'OBSERVATION" (not
# "Haïti" / "À la demande du ...": the line before is in capitals too).
_CAPS_GOES_ON = compile_pattern(
    r"\s*(?:DE|DU|DES|D['’]|À|AU|AUX|LA|LE|LES|L['’]|ET|OF|THE|AND|FOR|IN|ON)(?:\s|(?<=['’]))"
)


# A timeline's year in its margin, before the first entry of the year: "2015<TAB>Octobre".
_MARGIN_YEAR = compile_pattern(r"[ \t]*(?:19|20)\d\d(?=\t+\S)")


def _lines(text: str) -> list[tuple[int, int]]:
    """The non-blank lines of a text, as (start, end) offsets without trailing blanks; a
    year in a timeline's margin ("2015<TAB>Octobre") a line of its own, the year heading
    the entries under it."""
    out = []
    for m in re.finditer(r"[^\n]*", text):
        body = m.group(0).rstrip()
        if body.strip():
            margin = _MARGIN_YEAR.match(body)
            if margin is not None:
                out.append((m.start(), m.start() + margin.end()))
                rest = len(body) - len(body[margin.end() :].lstrip())
                out.append((m.start() + rest, m.start() + len(body)))
                continue
            out.append((m.start(), m.start() + len(body)))
    return out


# A table's row: cells between " | ", tabs or middle dots ("2019-04-09 | 2019-04-11 | Dakar,
# Sénégal | ...", "Congo · législatives du 16 juillet · du 11 au 19 juillet · Brazzaville");
# a bar may touch a cell's text on one side ("| 6–10 November 2023| National ...").
CELL_BREAK = compile_pattern(r"\s\|\s?|\|\s|\t|\s·\s")


def is_table_row(line: str) -> bool:
    """Whether a line is a row of a table written as text (two column breaks or more)."""
    return len(CELL_BREAK.findall(line.strip())) >= 2


def row_cells(line: str, separator: str) -> list[tuple[int, int]]:
    """The cells of a table line (offsets, spaces trimmed); a bar table's outer bars open
    and close no cell."""
    spans = []
    at = 0
    for part in line.split(separator):
        a, b = at + len(part) - len(part.lstrip()), at + len(part.rstrip())
        spans.append((a, b) if part.strip() else (at, at))  # (a blank part: no cell)
        at += len(part) + len(separator)
    if separator == "|":
        if spans and spans[0][0] == spans[0][1]:
            spans = spans[1:]
        if spans and spans[-1][0] == spans[-1][1]:
            spans = spans[:-1]
    return spans


# A year alone on its line between a table's rows, the year of the rows below it.
_YEAR_OVER_ROWS = compile_pattern(r"(?:19|20)\d\d")


def table_header(
    text: str, line_start: int
) -> tuple[list[tuple[int, int]], str, list[tuple[int, int]]] | None:
    """The cells of the table row opening at ``line_start`` (offsets in its line), and its
    table's header line with that line's cells: the nearest line above with as many cells
    or more and no figure ("| Country | Election (polling day) | Pre-electoral delegation
    |"); None for no table row or no such header."""
    line_end = text.find("\n", line_start)
    row = text[line_start : line_end if line_end >= 0 else len(text)]
    separator = "\t" if "\t" in row else "|" if "|" in row else None
    if separator is None:
        return None
    cells = row_cells(row, separator)
    end = line_start - 1
    # (the topmost such line of the rows above: a row with no figure is no header, "Accessible
    # voting workshop | Kingston, Jamaica | Oct. | Completed" under "Engagement | Location |
    # Dates | Status")
    header: str | None = None
    for _ in range(60):
        if end <= 0:
            break
        start = text.rfind("\n", 0, end) + 1
        line, end = text[start:end], start - 1
        if not line.strip() or set(line.strip()) <= set("|-+: "):
            if header is not None and not line.strip():
                break  # (the table's top)
            continue  # a blank line or a bar table's rule
        if separator not in line:
            if _YEAR_OVER_ROWS.fullmatch(line.strip()) and any(ch.isdigit() for ch in row):
                continue  # a year over the rows below it, in the table ("2021")
            break
        if any(ch.isdigit() for ch in line) or find_dates(line)[0]:
            continue  # a row above (its month a cell alone: "August | ..."): go on up
        if header is not None and len(row_cells(line, separator)) < len(cells):
            break
        header = line
    if header is None:
        return None
    heads = row_cells(header, separator)
    return (cells, header, heads) if len(heads) >= len(cells) else None


def column_header(text: str, pos: int) -> str | None:
    """The header cell over the table cell that holds the offset ``pos`` ("Pre-electoral
    delegation" over "Skopje, 2-4 April"), or None."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    if not is_table_row(text[line_start : line_end if line_end >= 0 else len(text)]):
        return None  # (a timeline's "\tDu 21 décembre au 4 janvier": no table's row)
    found = table_header(text, line_start)
    if found is None or not is_table_row(found[1]):
        return None
    cells, header, heads = found
    shift = len(heads) - len(cells)
    for i, (a, b) in enumerate(cells):
        if line_start + a <= pos < line_start + b and 0 <= i + shift < len(heads):
            h0, h1 = heads[i + shift]
            return header[h0:h1]
    return None


# An entry's dates given as a field: "Dates : du 3 au 9 février 2006", "Date: 4 May 2016".
_DATES_FIELD = compile_pattern(r"\s*(?:dates?|when|quand)\s*:\s*\S", re.IGNORECASE)


_WEEKDAYS_AFTER = compile_pattern(
    rf"\s*\(\s*(?:{WEEKDAY_NAMES})\.?(?:\s*[–—-]\s*(?:{WEEKDAY_NAMES})\.?)?\s*\)$",
    re.IGNORECASE,
)


def date_alone(line: str) -> bool:
    """Whether a line holds a date and nearly nothing else ("2017/04/03 – 2017/04/05",
    "March 15-16, 2016", a bullet's "● Mar ’19")."""
    text = line.strip()
    bullet = ITEM_MARK.match(text)
    if bullet is not None:
        text = text[bullet.end() :].strip()
    # (its weekdays in brackets after it: "22–24 January 2024 (Monday–Wednesday)")
    text = _WEEKDAYS_AFTER.sub("", text)
    if not text or len(text) > 40:
        return False
    found, _bad = find_dates(text)
    if not found and "/" in text:
        # (numeric days only month first can read: "04/27/2023 - 05/01/2023")
        found, _bad = find_dates_month_first(text)
    return all(m.start.month for m in found) and sum(
        m.end_offset - m.start_offset for m in found
    ) >= 0.8 * len(text)  # (a year alone may end a date broken over lines: "29 avril\n2001)")


def _day_line(line: str) -> bool:
    """A programme's day line: a day alone without its year, after its weekday perhaps
    ("Jeudi 7 avril"; not a news item's stamp, "04/04/2019")."""
    weekday = WEEKDAY_START.match(line)
    rest = line[weekday.end() :] if weekday else line
    found, _bad = find_dates(rest)
    return date_alone(rest) and bool(found) and all(m.start.year is None for m in found)


# A report's numbered heading: "7.2.1 Zimbabwe Harmonised Elections", "3.4. Coopération".
_NUMBERED_HEADING = compile_pattern(r"\s*\d{1,2}(?:\.\d{1,2})+\.?\s+\S")


_OPENS_WORD = compile_pattern(r"\s*[a-zà-ÿ]{2}")


# A date badge written over lines (events pages): its days, its month, its year.
_STACKED_DAYS = compile_pattern(r"\s*[0-3]?\d(?:\s*[-–]\s*[0-3]?\d)?\s*")
_DASH_ALONE = compile_pattern(r"\s*(?:[-–—]|to|au|à)\s*")
_STACKED_YEAR = compile_pattern(r"\s*(?:19|20)\d\d\s*")


def _month_alone(line: str) -> bool:
    """Whether a line is a month's name or abbreviation and nothing else ("NOV", "Janv.")."""
    word = line.strip().rstrip(".")
    return word.isalpha() and month_number(word) is not None


def _day_and_month_alone(line: str) -> bool:
    """Whether a line is a day and its month and nothing else ("30 JANV.", "02 FÉVR.")."""
    parts = line.split()
    return len(parts) == 2 and bool(_STACKED_DAYS.fullmatch(parts[0])) and _month_alone(parts[1])


def wrap_width(text: str, lines: list[tuple[int, int]]) -> int | None:
    """The width a hard-wrapped page (a report copied from a PDF) is wrapped at: the usual
    length of its lines that break a sentence before a word in lower case, when four lines
    or more do; None for a page whose paragraphs run on one line each."""
    broken = sorted(
        len(text[a:b])
        for (a, b), (c, d) in itertools.pairwise(lines)
        if "\n\n" not in text[b:c].replace(" ", "")
        and not _ENDS_SENTENCE.search(text[a:b])
        and _OPENS_WORD.match(text[c:d])
        and 40 <= b - a <= 130
    )
    if len(broken) < 4:
        return None
    middle = broken[len(broken) // 2]
    # (the lines of one wrap width: most within a tenth of the middle one)
    close = [n for n in broken if abs(n - middle) <= 0.15 * middle]
    return middle if len(close) >= 0.6 * len(broken) else None


# A line opening on a day's number and its stop: "14. Its work ...", "3, 2021, the ...".
_DAY_OPENING = compile_pattern(r"[0-3]?\d(?:st|nd|rd|th)?[.,]\s")
_LAST_WORD = compile_pattern(r"[^\W\d_]{3,}\.?(?=\s*$)")


def _own_wrap_width(text: str, start: int, end: int) -> int | None:
    """The width a block of running text (``text[start:end]``) is wrapped at, on a page not
    known to be wrapped: the length of its line before the last, when it has two lines or
    more, that one of fifty characters or more ("Accra, 12 Dec (GNA) – The observation
    mission of the National Electoral" / "Commission of Liberia, which arrived ... after
    following")."""
    cut = text.rfind("\n", start, end)
    if cut < 0:
        return None
    last = text[cut + 1 : end]
    # (its last line broken after a word, not a list's entry: "... aux techniques de
    # dépouillement (Bangui)" over "Les 3 et 4 mai 2018, le Secrétariat ...")
    if not _WORD_END.search(last) or _DATED_LINE.match(last):
        return None
    before = text.rfind("\n", start, cut)
    width = cut - (before + 1 if before >= 0 else start)
    return width if width >= 50 else None


_WORD_END = compile_pattern(r"\w\s*$")


def _continues(prev: str, line: str, prev_is_item: bool, width: int | None = None) -> bool:
    """Whether ``line`` goes on with the block whose last line is ``prev`` (a single newline
    between them): a hard-wrapped sentence, not a new heading, paragraph or list item.
    ``width``: the page's wrap width, if it is hard-wrapped (a line about as long that ends
    no sentence goes on, whatever the next one opens with)."""
    if _STACKED_DAYS.fullmatch(prev) and _month_alone(line):
        return True  # a date badge stacked over lines: "14-16" / "NOV" / "2022"
    if (_month_alone(prev) or _day_and_month_alone(prev)) and _STACKED_YEAR.fullmatch(line):
        return True
    if _day_and_month_alone(prev) and _day_and_month_alone(line):
        return True  # a badge's range over two lines: "30 JANV." / "02 FÉVR." / "2023"
    if (_month_alone(prev) and _DASH_ALONE.fullmatch(line)) or (
        _DASH_ALONE.fullmatch(prev) and _STACKED_DAYS.fullmatch(line)
    ):
        return True  # a badge's range over lines: "31" / "OCT" / "–" / "04" / "NOV"
    if _SEPARATOR.fullmatch(line) or _SEPARATOR.fullmatch(prev):
        return False  # a rule between a newsletter's items: "—————"
    if _RELATED.fullmatch(prev):
        return False  # "Autres nouvelles" over the links to other pages, each on its line
    if (
        _DAY_OPENING.match(line)
        and (last := _LAST_WORD.search(prev)) is not None
        and month_number(last.group(0)) is not None
    ):
        return True  # a date broken by the wrap: "... will remain until April" / "14. Its work"
    if ITEM_MARK.match(line) or _YEAR_LINE.match(line) or _YEAR_LINE.match(prev):
        return False  # a list item or a year heading stands on its own line
    if CALENDAR_ENTRY.match(line):
        return False  # a calendar's row, its days in a column of their own: "21       Réunion"
    if _URL.fullmatch(line.strip()) or _URL.fullmatch(prev.strip()):
        return False  # a result's or a teaser's link under its title: "www.elections.ca/..."
    if TITLE_FIELD.match(prev) or TITLE_FIELD.match(line):
        return False  # an item's title field on its own line: "Titre : ..." / "Lien : ..."
    if (
        prev_is_item
        and ITEM_MARK.match(prev)
        and date_alone(prev)
        and not is_table_row(line)
        and not _is_heading_like(line)
    ):
        return True  # a timeline's bullet and its text under it: "●  MAI 2022" / "Du 23 au ..."
    if date_alone(prev) and not _STACKED_YEAR.match(line) and not prev.rstrip().endswith(","):
        return False  # an entry's date line over its title: "11/10/2019 - 12/10/2019" / "120e"
    if UPCOMING.fullmatch(prev.strip()):
        return False  # "Prochainement" over the entries that follow
    if is_calendar_day(prev) or is_calendar_day(line) or _month_line(prev):
        return False  # a calendar's month line and day badge: "OCTOBER 2019" / "17 THU" / title
    if _TIMELINE.match(line):
        return False  # a list item or a year heading stands on its own line
    if (
        _TIMELINE.match(prev)
        and _indent(line) >= 2 + _indent(prev)
        and not _ENDS_SENTENCE.search(prev)
        and not is_table_row(line)
    ):
        return True  # a timeline's line wrapped with a hanging indent: "2018: Analyst, EU
        # Election Observation Mission to Zimbabwe, harmonised elections of" / "   30 July"
    if is_table_row(line) or is_table_row(prev):
        return False
    if (FIELD_LINE.match(line) and FIELD_LINE.match(prev)) and not (
        # (but not a categories line, a link: "Catégories : Formation" / "Description : ...")
        _LINK_LINE.match(prev) or _LINK_LINE.match(line)
    ):
        return True  # the fields of one entry: "Date : ..." / "Lieu : ..." / "Objet : ..."
    if (
        _DATES_FIELD.match(line)
        and prev.rstrip().endswith(".")
        and len(prev.split()) >= 8
        and not prev_is_item
    ):
        return True  # "Dates : du 3 au 9 février 2006" closing the text of its entry
    if _ENDS_SENTENCE.search(prev):
        return False
    if _date_across(prev, line):
        return True  # a date broken by the wrap: "... held in Chile on 21" / "November 2021,"
    if _LINK_LINE.match(prev) or _LINK_LINE.match(line):
        return False  # a link (">>> Photo gallery") stands on its own line
    if (
        width is not None
        and len(prev) >= 0.8 * width
        and not prev_is_item
        and not _NUMBERED_HEADING.match(line)
    ):
        return True  # a hard-wrapped report: "... part of the SADC Electoral" / "Observation"
    if not _GLUE_END.search(prev) and date_alone(line):
        return False  # an entry's date line: "Status: Completed" / "2017/04/03 – 2017/04/05"
    if (
        _OPENS_WITH_DATE.match(line.strip())
        and len(prev.split()) <= 8
        and prev.strip()[:1].isupper()
        and not _GLUE_END.search(prev)
        and not _FINITE_VERB.search(prev)
    ):
        return False  # a title, then its text opening with a date: "Atelier à Niamey" / "du 3 ..."
    if _OPENS_LOWER.match(line) or line.lstrip().startswith("("):
        return True
    if prev_is_item and _ITEM_TITLE.match(prev) and not prev.rstrip().endswith((".", ":")):
        return True  # a bullet's title line, then its text: "▪ Québec — Accueil ..." / "Les 12 ..."
    if _CAPS_GOES_ON.match(line) and prev.isupper() and line.isupper():
        return True  # (not a text under its title, opening "À l'invitation de l'OIF, ...")
    if (
        not prev_is_item
        and len(prev.split()) >= 12
        and _LOWER_RUN.search(prev)
        and _WORD_END.search(prev)
        and _PROSE_GOES_ON.match(line)
    ):
        # a sentence's line broken before a name, its end on the next line: "... at the
        # invitation of the Malawi Electoral" / "Commission. Its core team was joined ..."
        return True
    if (
        not prev_is_item
        and len(prev) >= 80
        and len(prev.split()) >= 12
        and sum(w[:1].islower() for w in prev.split()) >= 5
        and _NAME_WORD_END.search(prev)
        and _NAME_GOES_ON.match(line)
    ):
        # a long sentence's line broken inside a name, the name and the sentence going on:
        # "... spent 3–4 June 2024 with the Independent" / "Electoral Commission of Botswana
        # in Gaborone, looking at ..."
        return True
    if (
        not prev_is_item
        and len(prev) >= 60
        and _WORD_END.search(prev)
        and _OPENS_ON_ITS_TIME.match(prev)
    ):
        # a sentence opening on its time, its line broken before a name: "Last Thursday, the
        # Fijian Elections Office welcomed four officials of the Vanuatu" / "Electoral ..."
        return True
    if prev.isupper() and len(prev.split()) >= 3 and not line.isupper():
        # a title in capitals ending on a small word, its text under it: "REVUE DE PRESSE :
        # LA COOPÉRATION À LA UNE" / "Dakar, 18 mars 2024 (APS) – ..."
        return False
    # (a list item goes on over a line break after a small word, not after a comma: "4. The
    # Meeting noted ... the general elections in" / "Zimbabwe on 23 August 2023, ...")
    return bool(_GLUE_END.search(prev)) and (not prev_is_item or bool(_GLUE_WORD_END.search(prev)))


# A line ending on a capitalised word after a small one ("with the Independent"), and a line
# going on with the rest of a name, then lower-case words ("Electoral Commission of Botswana
# in Gaborone").
_NAME_WORD_END = compile_pattern(
    r"\b(?:the|of|with|by|and|at|to|for|in|la|le|les|du|de|des|et|avec|par|à)\s+[A-ZÀ-Ý][\w'’-]*\s*$"
)
_NAME_GOES_ON = compile_pattern(
    r"\s*[A-ZÀ-Ý][\w'’-]*(?:\s+(?:[A-ZÀ-Ý][\w'’-]*|of|de|du|des|la|le|the|and|et|d['’]\w+)){0,6}"
    r"\s+[a-zà-ÿ]{2,}\b"
)


# A sentence opening on its time, then a comma and its lower-case words: "Last Thursday, the",
# "On 5 May, two", "Mardi dernier, le", "Earlier this month, the".
_WEEKDAY_WORDS = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche)"
)
_OPENS_ON_ITS_TIME = compile_pattern(
    r"\s*(?:(?:last|this|earlier|later|yesterday|today|hier|aujourd['’]hui)\b|"
    rf"(?:on|in|le|du|en)\s+(?:\d|{_WEEKDAY_WORDS})|(?:ce|cette)\s+(?:{_WEEKDAY_WORDS}|semaine|"
    rf"mois)|{_WEEKDAY_WORDS}\s+derni)[^,.;:\n]{{0,30}},\s+[a-zà-ÿ]",
    re.IGNORECASE,
)


# A line going on with the sentence of the line before: a few words, then that sentence's end
# and the next sentence ("Commission. Its core team was joined on 20 August by").
_PROSE_GOES_ON = compile_pattern(r"\s*[A-ZÀ-Ý][\w'’-]*(?:\s+[\w'’-]+){0,5}\.\s+[A-ZÀ-Ý][a-zà-ÿ]")

_GLUE_WORD_END = compile_pattern(
    r"\b(?:de|du|des|la|le|les|à|au|aux|en|et|ou|un|une|par|pour|sur|avec|dans|of|the|and|or|in|"
    r"on|at|to|for|a|an|by|with|from)\s*$",
    re.IGNORECASE,
)


def _date_across(prev: str, line: str) -> bool:
    """Whether a date phrase runs from the end of ``prev`` into ``line`` ("on 21" /
    "November 2021", "du 3 au 7" / "mars 2019")."""
    tail, head = prev.rstrip()[-24:], line.lstrip()[:24]
    if not tail or not head or tail[-1].isdigit() == head[0].isdigit():
        return False  # (a number on one side of the break, a word on the other)
    cut = len(tail)
    return any(m.start_offset < cut < m.end_offset for m in find_dates(f"{tail} {head}")[0])


# A bullet's title line: "▪ Mauritanie — Atelier du RECEF sur l'inscription des électeurs".
_ITEM_TITLE = compile_pattern(r"\s*[•▪·*–—-]\s+[^\n]{3,60}\s[–—-]\s[^\n]{3,100}$")

# A paragraph that introduces a list: "... les missions suivantes :", "... as follows:".
_LEAD_IN = compile_pattern(r"\w[^\n]{20,}:\s*$")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t\u00a0"))


_NUMBERED_ITEM = compile_pattern(r"[ \t]*\d{1,3}[.)]\s+\S")


def _wraps_numbered(block: str, line: str, width: int | None) -> bool:
    """Whether ``line`` goes on with the numbered item that opens ``block``, on a page
    hard-wrapped at ``width``: the item's last line about as long as the wrap and ending no
    sentence, the line no item itself."""
    if width is None or not _NUMBERED_ITEM.match(block) or ITEM_MARK.match(line):
        return False
    last = block.split("\n")[-1]
    return (
        len(last) >= 0.7 * width
        # (a sentence may end where the wrap falls: "... from 4th to 9th May, 2024." / "75
        # delegates from 23 EMBs ...")
        and (not _ENDS_SENTENCE.search(last) or len(last) >= 0.9 * width)
        and not is_table_row(line)
        and not _YEAR_LINE.match(line)
    )


def _hangs_under(block: str, line: str) -> bool:
    """Whether ``line`` is the wrapped text of the list item that opens ``block``: indented
    past its bullet, no item itself, under an item that ends no sentence yet."""
    first = block.split("\n")[0]
    marker = ITEM_MARK.match(first)
    if marker is None or ITEM_MARK.match(line) or _ENDS_SENTENCE.search(block.split("\n")[-1]):
        return False
    return _indent(line) > _indent(first) and _indent(line) >= marker.end() - 1


def _sub_item(block: str, line: str) -> bool:
    """Whether ``line`` is a list item indented under the item that opens ``block``."""
    first = block.split("\n")[0]
    return bool(ITEM_MARK.match(line)) and _indent(line) > _indent(first)


# A block as ``_blocks`` finds it: its offsets, first line, text and whether it is a list item.
RawBlock = tuple[int, int, int, str, bool]


@page_memo
def _blocks(page: SourcePage) -> tuple[RawBlock, ...]:
    """The page's blocks: runs of lines that belong together, whether separated by blank
    lines or by single newlines (headings on a line of their own, list items, hard-wrapped
    paragraphs joined again); each with its offsets, first line, text and whether it is a
    list item."""
    text = clean_text(page.text)
    out: list[RawBlock] = []
    start = end = -1
    item = False
    # lines after a lead-in ending with a colon ("... a mené en 2018 les missions suivantes :"),
    # each dated, are the items of its list, bullets or not ("Mali – observation – 8-15 août")
    listing = bulleted = False
    lines = _lines(text)
    width = wrap_width(text, lines)
    for a, b in lines:
        blank_between = start >= 0 and "\n\n" in text[end:a].replace(" ", "").replace("\t", "")
        lead_in = (
            start >= 0
            and text[start:end].rstrip().endswith(":")  # (a quick test before the pattern)
            and _LEAD_IN.search(text[max(start, text.rfind("\n", start, end) + 1) : end])
            is not None
        )
        if listing and blank_between and not lead_in:
            listing = False
        # (a line of no bullet after a list of bullets is no item of it: the paragraph
        # after the list, "In addition, two commissioners travelled ... from 5 to 9 ...")
        listed = (
            lead_in or (listing and not (bulleted and not ITEM_MARK.match(text[a:b])))
        ) and bool(find_dates(text[a:b])[0])
        if (
            start >= 0
            and not blank_between
            and not listed
            and _continues(
                text[start:end].split("\n")[-1],
                text[a:b],
                item,
                width or _own_wrap_width(text, start, end),
            )
        ):
            end = b
            continue
        if (
            start >= 0
            and item
            and not blank_between
            and _wraps_numbered(text[start:end], text[a:b], width)
        ):
            end = b  # a numbered item hard-wrapped flush left: "1. Séminaire de l'Union ..." /
            continue  # "dans la réforme ..." / "Vandermeulen, députée, Genève (Suisse), 21-22"
        if start >= 0 and item and not blank_between and _sub_item(text[start:end], text[a:b]):
            end = b  # an indented sub-item ("   - Lieu : Cotonou") is part of its item
            continue
        if start >= 0 and item and not blank_between and _hangs_under(text[start:end], text[a:b]):
            end = b  # a bullet's text wrapped under its first word: "•  14 to 16 June: the" /
            continue  # "   Independent Electoral Commission of Botswana (six officials), a"
        if start >= 0:
            out.append((start, end, page.line_of(start), text[start:end], item))
        start, end = a, b
        if listed and not listing:
            bulleted = bool(ITEM_MARK.match(text[a:b]))
        listing = listed
        item = not _SEPARATOR.fullmatch(text[a:b]) and (
            listed
            or bool(ITEM_MARK.match(text[a:b]))
            or is_table_row(text[a:b])
            or bool(_TIMELINE.match(text[a:b]))
        )
    if start >= 0:
        out.append((start, end, page.line_of(start), text[start:end], item))
    return tuple(out)


# A line that dates the page or an item: "Date de modification :", "Publié le", "Last updated".
_STAMP_LINE = compile_pattern(
    r"\s*(?:date (?:de |of )?(?:modification|publication|mise à jour|modified|published)|"
    r"publié le|publiée le|posté le|postée le|paru le|mis à jour le|mise à jour le|modifié le|"
    r"posted on|published on|"
    r"mise? en ligne le|uploaded on|"
    r"last updated|updated on|page last updated|"
    # (an interview's byline: "Propos recueillis par Awa Ndiaye, le 12 janvier 2025")
    r"propos recueillis (?:par|le)|entretien réalisé (?:par|le)|entrevue réalisée (?:par|le)|"
    r"interview(?:ed)?(?: conducted)? (?:by|on))\b",
    re.IGNORECASE,
)


def is_stamp_line(text: str) -> bool:
    """A short line that dates the page or an item ("Date de modification : 2019-06-03")."""
    return bool(_STAMP_LINE.match(text)) and len(text.split()) <= 12


# A report's paragraph number: "2.2 ", "3.1.4 " (a heading numbered so ends with no period).
_NUMBERED_PARAGRAPH = compile_pattern(r"\s*\d{1,2}(?:\.\d{1,2})+\.?\s")


def _stamped_title(text: str) -> bool:
    """Whether a line is an item's day, a bar and its title: "26 octobre 2018 | Visite d'une
    délégation tunisienne", "12/03/2019 · Workshop in Dakar"."""
    if not any(bar in text for bar in "|·•"):
        return False  # (no bar: found faster than the date)
    found = find_dates(text[:40])[0]
    if not found or found[0].start_offset > 1 or not found[0].start.day:
        return False
    if found[0].start != found[0].end:
        return False  # an entry's days and place: "Du 18 au 27 novembre 2019 · Bissau"
    rest = _STAMP_BAR.match(text, found[0].end_offset)
    title = text[rest.end() :] if rest else ""
    return (
        rest is not None
        and 3 <= len(title.split()) <= 14
        and not _SENTENCE_BREAK.search(title)
        and not title.rstrip().endswith(".")
        and not BYLINE_CELL.fullmatch(title.strip())
    )


def _day_and_byline(text: str) -> bool:
    """Whether a line is a release's stamp, its day and who tells it: "Friday, 14 March 2025 |
    Corporate Affairs Directorate", "12 mars 2024 · Par la Rédaction"."""
    if not any(bar in text for bar in "|·•"):
        return False
    found = find_dates(text[:40])[0]
    weekday = WEEKDAY_START.match(text)  # (its weekday first: "Friday, 14 March 2025")
    first = len(text) - len(text[weekday.end() :].lstrip(" ,.")) if weekday else 1
    if not found or found[0].start_offset > first:
        return False
    rest = _STAMP_BAR.match(text, found[0].end_offset)
    return (
        found[0].start.day is not None
        and rest is not None
        and bool(BYLINE_CELL.fullmatch(text[rest.end() :].strip()))
    )


_STAMP_BAR = compile_pattern(r"\s*[|·•]\s*")

# Who tells an item, after its day: an author, a desk or a department.
BYLINE_CELL = compile_pattern(
    r"(?:by|par)\s+\S.*|"
    r"(?:[A-ZÀ-Ý][\w&'’-]*\s+){0,4}(?:Directorate|Department|Office|Unit|Division|Desk|Team|"
    r"Secretariat|Communications?|Relations|Affairs|Newsroom|Editor|Direction|Cellule|Service|"
    r"Rédaction)s?(?:\s+(?:de|du|des|of)\s+[\w\s'’-]{1,40})?",
    re.IGNORECASE,
)


# A speech's greeting or thanks on a line of its own: "Good morning.", "Thank you very
# much.", "Bonjour à toutes et à tous.", "Merci de votre attention."
_COURTESY = compile_pattern(
    r"(?:good (?:morning|afternoon|evening)|thank you|thanks|bonjour|bonsoir|merci|"
    r"buenos d[ií]as|buenas tardes|muchas gracias|gracias)\b[^.!?\n]{0,40}[.!]",
    re.IGNORECASE,
)


# A sentence opened by its speaker: "Je remercie ...", "We thank ...", "Nous avons ...".
_SPEAKER_OPENING = compile_pattern(r"(?i:je|nous|we)\s+[a-zà-ÿ]|(?i:j['’])[a-zà-ÿ]|I\s+[a-z]")


_ENTRY_DASH = compile_pattern(r"\s[–—-]\s")


# An item's sign-off after a dash, its place and its day: "... — Maseru, 9 August", "– Lomé,
# le 4 juin 2023", "— Abuja, April 2".
_SIGN_OFF = compile_pattern(
    r"\s[–—-]\s+[A-ZÀ-Ý][\w'’.-]*(?:[ -][A-ZÀ-Ý][\w'’.-]*){0,3},\s+(?:le\s+)?"
    r"(?:[0-3]?\d(?:er)?\s+[A-Za-zÀ-ÿ]{3,9}\.?|[A-Za-zÀ-ÿ]{3,9}\.?\s+[0-3]?\d)"
    r"(?:,?\s+(?:19|20)\d\d)?\s*$"
)


@text_memo
def _is_heading_like(text: str) -> bool:
    if (signed := _SIGN_OFF.search(text)) is not None and text[: signed.start()].rstrip().endswith(
        "."
    ):
        return False  # a sentence closed by its stop, then its sign-off: an item's text
    if "\n" in text.strip() and text.rstrip().endswith(".") and len(text.split()) >= 12:
        return False  # a sentence wrapped over lines, closed by its stop: no title
    text = " ".join(text.split())
    words = text.split()
    if not words or len(text) > 220 or len(words) > 32:
        return False
    if _COURTESY.fullmatch(text):
        return False  # a speech's "Good morning.": no title of what follows
    if _stamped_title(text):
        return True  # an item's day and its title: "26 octobre 2018 | Visite d'une délégation"
    if text.endswith(".") and _SPEAKER_OPENING.match(text):
        return False  # the speaker's sentence: "Je remercie nos hôtes ... pour ce colloque."
    if (
        text.endswith(".")
        and not text.endswith("..")
        and _ENTRY_DASH.search(text)
        and any(m.start.day is not None for m in find_dates(text)[0])
    ):
        # a timeline's entry closed by its stop, its days in it: "Annual Conference and
        # General Assembly – Tirana, Albania, Thursday 19 to Saturday 21 September."
        return False
    if text.rstrip().endswith((":", ",", ";")):
        return False
    if _OPENS_WITH_DATE.match(text.strip()):
        return False
    opening = find_dates(text[:48])[0]
    if opening and opening[0].start_offset <= 3 and text[opening[0].end_offset :].startswith(","):
        return False  # a sentence opening on its date: "Fin mai, un expert ...", "On 5 May, ..."
    if _RELATIVE_DAY_OPENING.match(text) and text.rstrip().endswith("."):
        return False  # (or on a day told from the page's: "Mardi dernier, la Commission a ...")
    if (
        opening
        and opening[0].start_offset <= 3
        and (
            _DASH_AFTER.match(text, opening[0].end_offset)
            # (or a dot: "12–16 February · Junior Election Professionals course for the
            # Pacific in Suva, Fiji, with 24 participants.")
            or _DOT_AFTER.match(text, opening[0].end_offset)
        )
        and text.rstrip().endswith(".")
        and len(words) >= 8
    ):
        return False  # a timeline's entry: "Mi-mai 2019 – Voyage d'étude de trois ... ."
    if (
        opening
        and opening[0].start_offset <= 3
        # (its month read with the calendar's month line above it: "SEPTEMBER" / "3–5
        # September: ...")
        and re.match(r"\s*(?:[^\W\d]+\.?\s*)?:", text[opening[0].end_offset :]) is not None
        and text.rstrip().endswith(".")
        and len(words) >= 6
    ):
        return False  # a calendar's entry: "25–28 May: Regional workshop ..., Bangkok."
    if (
        opening
        and _DATELINE_OPENING.fullmatch(text[: opening[0].start_offset])
        # (a place, not a weekday: "Wednesday, October 30th 2019 - 08:12 UTC" is a stamp)
        and not WEEKDAY_START.match(text)
        and _DASH_AFTER.match(text, opening[0].end_offset)
    ):
        return False  # a news item or a caption on its dateline: "[Photo] Lusaka, 8 May 2016 –"
    if text.rstrip().endswith(".") and len(words) >= 24:
        return False  # a long sentence, verb or not ("Séance de travail ..., suivie de ...")
    if text.rstrip().endswith(".") and len(words) >= 10 and _NUMBERED_PARAGRAPH.match(text):
        return False  # a report's numbered paragraph: "2.2 The Forum previously observed ..."
    body = text.strip().rstrip(".")
    if (_FINITE_VERB.search(body) and not _PARTICIPLE_TITLE.match(body)) or _URL.search(body):
        return False
    if text.rstrip().endswith(".") and _PRONOUN_SUBJECT.match(text):
        return False  # a sentence going on from the one before: "It also adopted the reports"
    if text.rstrip().endswith(".") and (
        _FUTURE_VERB.search(body)
        or _CLAUSE_AFTER.search(body)
        or _DONE_BY.search(body)
        or (_PAST_COMPOUND.search(body) and len(words) >= 8)
        # (a subject and its verb in the past: "The mission arrived in Freetown on Monday, 27
        # February, and also travelled to Bo and Kenema.")
        or (_SUBJECT_THEN_PAST.match(body) and len(words) >= 8)
        or (_CLAUSE_THEN_SUBJECT_PAST.search(body) and len(words) >= 8)
        # (or a verb in the past and its object, whatever the subject: "Delegations of
        # eleven member bodies adopted the Accra declaration.")
        or (_PAST_THEN_OBJECT.search(body) and len(words) >= 6)
    ):
        return False  # a sentence: "Présente au Niger depuis le 24 janvier, la mission compte"
    # (a part's number in Roman figures is no sentence's end: "II. Accompagnement des membres")
    return not _SENTENCE_BREAK.search(_ROMAN_NUMBER.sub("", body, count=1))


# A part's number in Roman figures opening its title: "II. ", "IV) ".
# (or its figure after its word: "Annex 1. Missions abroad", "Chapitre 2. Les missions")
_ROMAN_NUMBER = compile_pattern(
    r"^\s*(?:(?:annex|annexe|appendix|chapter|chapitre|part|partie|section)\s+)?"
    r"(?:[IVX]{1,5}|\d{1,2})[.)]\s+(?=[A-ZÀ-Ý])",
    re.IGNORECASE,
)


# A link to the rest of an item: "Read more", "Lire la suite »", "En savoir plus", "Voir
# l'activité", "Voir l'enregistrement", "View the event".
_MORE_LINK = compile_pattern(
    r"\W*(?:read more|continue reading|learn more|more|see more|view more|full story|"
    r"lire la suite|en savoir plus|voir plus|plus d['’]infos?|suite|leer más|ver más|"
    r"(?:voir|consulter) (?:l['’]|la |le )(?:activité|événement|evenement|enregistrement|"
    r"article|fiche|actualité|vidéo|video)|"
    r"(?:view|see|watch) (?:the )?(?:event|activity|recording|article|story|video))\W*",
    re.IGNORECASE,
)


# A speech's caveat above its text: "Check against delivery", "Seul le prononcé fait foi".
_SPEECH_CAVEAT = compile_pattern(
    r"\W*(?:check against delivery|(?:the )?spoken word (?:prevails|takes precedence)|"
    r"seul (?:le|fait foi le) (?:texte )?(?:discours )?prononc[ée](?: fait foi)?|"
    r"(?:le )?(?:texte|discours) prononc[ée] fait foi|priorit[ée] au (?:discours|texte) "
    r"prononc[ée]|sous r[ée]serve de modifications?)\W*",
    re.IGNORECASE,
)


# A release's number, on its line or in a cell of its stamp: "E-021/23", "No. 118/2024",
# "Press release No. 45/2023" (letters or "No." first: not a day in figures, "2019-05-07").
RELEASE_NUMBER = compile_pattern(
    # (not an entry's number, a title of its own: "TRIP 2024/25-03", "Fiche 2024-07")
    r"(?!(?:trip|fiche|item|entry|visit|voyage|déplacement)\b)"
    r"(?:(?:press release|communiqué|news release)\s+)?"
    r"(?:(?:no|n°|nr|ref)\.?\s*(?-i:[A-Z]{0,4})[ -]?|(?-i:[A-Z]{1,4})[ -]?)"
    r"\d{1,4}(?:[-/.]\d{2,4})+",
    re.IGNORECASE,
)


@text_memo
def _is_banner(text: str) -> bool:
    stripped = text.strip()
    if _MORE_LINK.fullmatch(stripped) or _BRACKETED_LINKS.fullmatch(stripped):
        return True  # links to the rest of the item: no content, no heading
    if _SPEECH_CAVEAT.fullmatch(stripped):
        return True  # a speech's "Check against delivery"
    if _SHARE_BAR.fullmatch(stripped):
        return True  # "Share this: Facebook  Twitter  LinkedIn  Email  Print"
    if _SEPARATOR.fullmatch(stripped) and not _RULE_LINE.match(stripped):
        return True  # a rule between items: "—————" (a report's long rule ends a part)
    if _REACTIONS.fullmatch(stripped) and _REACTION_MARK.search(stripped):
        return True  # a post's counters: "💬 54   🔁 310   ♥ 702", "👍 96 · 4 commentaires"
    if is_trail(stripped):
        return True  # "Home / Elections / Moldova / ...", "Accueil › Actualités"
    if _MARKDOWN_RULE.fullmatch(stripped):
        return True  # a table's rule under its header: "|----|-------|------|"
    if _PRESS_CONTACT.match(stripped) and "\n" not in stripped:
        return True  # a release's media contacts: "CONTACT: In Atlanta, ...; In Monrovia, ..."
    if RELEASE_NUMBER.fullmatch(stripped):
        return True  # a release's number alone on its line: "E-021/23", "No. 118/2024"
    lines = [ln.strip() for ln in stripped.splitlines() if ln.strip()]
    if all(_URL.fullmatch(ln) or len(ln.split()) <= 4 for ln in lines) and any(
        _URL.search(ln) for ln in lines
    ):
        return True
    return bool(_URL.fullmatch(stripped))


# A release's media contacts on their line: "CONTACT: In Atlanta, ...", "Media contact:",
# "Contact presse :", "Contacts médias :".
_PRESS_CONTACT = compile_pattern(
    r"\W*(?:(?:media|press)\s+)?contacts?(?:\s+(?:presse|médias?|for (?:the )?media))?\s*:",
    re.IGNORECASE,
)


# A post's counters: its reactions, comments and shares ("💬 7   🔁 35   ♥ 188", "👍❤️ 214 · 9
# comments · 17 reposts", "J'aime Commenter Partager", "142 Reposts  31 Quotes  655 Likes").
_REACTIONS = compile_pattern(
    r"(?:[\W\d_]|\b(?:k|K|M|comments?|commentaires?|reposts?|republications?|partages?|shares?|"
    r"likes?|réactions?|reactions?|views?|vues?|j['’]aime|commenter|partager|republier|like|"
    r"comment|share|repost|send|envoyer|reply|répondre|quotes?|citations?|bookmarks?|"
    r"signets?)\b)+",
    re.IGNORECASE,
)
# (at least one counter's sign or word: not a year alone)
_REACTION_MARK = compile_pattern(
    r"[💬🔁♥👍❤👏😮💡📊👁]|\b(?:comments?|commentaires?|reposts?|republications?|partages?|"
    r"shares?|likes?|j['’]aime|bookmarks?|signets?)\b",
    re.IGNORECASE,
)

# A page's sharing buttons: "Share this: Facebook  Twitter  Email", "Partager : Facebook |
# X | Imprimer".
_SHARE_BAR = compile_pattern(
    r"(?:share(?: this(?: page| article| story)?)?|partager(?: cet article| cette page)?|"
    r"partagez|compartir)\s*:?(?:[\s|·•,/]*(?:facebook|twitter|x|linkedin|e-?mail|courriel|"
    r"print|imprimer|whatsapp|telegram|reddit|copy link|copier le lien|messenger))+\W*",
    re.IGNORECASE,
)

# Buttons or links in brackets, alone on their line: "[Photos]  [Program]", "[Details]".
_BRACKETED_LINKS = compile_pattern(r"(?:\[[^\]\n\d,]{1,30}\]\s*)+")

_LINK_LINE = compile_pattern(
    # (and a press release's end mark: "-30-", "###")
    r"^\s*(?:>>>?|»|›|categories\s*:|catégories\s*:|tags?\s*:|-\s*30\s*-\s*$|#{3}\s*$|"
    # links to other pages: "Related: International Visitors Program 2018 | ...", "Voir aussi"
    r"related(?: (?:content|links|news|pages))?\s*:|see also\s*:|voir aussi\s*:|"
    r"(?:à )?lire aussi\s*:|read (?:also|more)\s*:|"
    # a fact box's own title: "At a glance", "En bref"
    r"(?:at a glance|key facts|in brief|en bref|l['’]essentiel|en un coup d['’]œil)\s*:?\s*$|"
    # the kind of item and where it was issued: "Communiqué | N'Djamena", "Press release –"
    r"(?:communiqué(?: de presse)?|press release|news release|media release|déclaration|"
    r"statement|actualités?|news)\s*(?:\||–|—|:)[^.|]{0,40}$)",
    re.IGNORECASE,
)


# A fact box's or a summary box's title: "At a glance", "En bref", "In brief".
_FACT_BOX_TITLE = compile_pattern(
    r"(?:at a glance|key facts|in brief|en bref|l['’]essentiel|en un coup d['’]œil)\s*:?",
    re.IGNORECASE,
)


def _month_titled(text: str) -> bool:
    """Whether a line is an entry's title opening on its month, then a dash ("Mars – Atelier
    BRIDGE", "Juillet-août – Présidentielle au Mali", "December – Study visit")."""
    head = _MONTH_TITLE.match(text)
    return head is not None and all(
        month_number(m) is not None for m in re.split(r"\s*[-–]\s*", head.group("months"))
    )


# A résumé's field of a post held opening a line: "Role: ", "Position : ", "Fonction :".
_FIELD_OPENING = compile_pattern(
    r"\s*(?:role|rôle|position|poste|fonctions?|functions?|tasks?|tâches?|assignment|"
    r"responsibilit(?:y|ies))\s*:\s+\S",
    re.IGNORECASE,
)


def _dated_title(text: str, is_detail: Callable[[str], bool] | None = None) -> bool:
    """Whether a block is an entry's title on one line opening on its month and year, then
    a dash ("Novembre 2023 – Accueil d'une délégation ...", "Mi-mars 2023 – Atelier ..."), or
    of two sides apart by a long dash, one of them its place and dated days ("Lomé, 12-16
    février 2024 — Atelier régional ...", "Assemblée générale — Genève (Suisse), 23 et 24 mai
    2024")."""
    if "\n" in text.strip() or text.rstrip().endswith(".") or len(text.split()) > 24:
        return False
    head = _MONTH_YEAR_TITLE.match(text)
    if head is not None and month_number(head.group("month")) is not None:
        return True
    sides = _TITLE_DASH.split(text.strip())
    if len(sides) != 2:
        return False
    for dated, title in (sides, sides[::-1]):
        found = find_dates(dated)[0]
        if (
            found
            and len(dated.split()) <= 10
            and found[-1].has_year
            and found[-1].start.day is not None
            and not dated[found[-1].end_offset :].strip(" ,;")  # (the side ends on its days)
            # (not a release's dateline, its place and one day: "Berne, 16.05.2019 – Une
            # délégation ukrainienne ...")
            and (found[-1].is_range or not dated[: found[-1].start_offset].strip(" ,"))
            # (the other side a title: no date, no place alone, "17-21 octobre 2022 — Bamako")
            and len(title.split()) >= 2
            and not find_dates(title)[0]
            # (nor a place, a listing line's with the days: "Bamako, siège de l'AIGE")
            and not (
                is_detail is not None
                and (is_detail(title) or is_detail(f"{title.split(',')[0]}, {dated}"))
            )
        ):
            return True
    return False


# (the long dash between a dated entry's two sides: not a hyphen, nor a range's dash)
_TITLE_DASH = compile_pattern(r"\s+[–—]\s+")


_MONTH_YEAR_TITLE = compile_pattern(
    r"\s*(?:(?:mi|début|debut|fin|early|mid|late)[- ]\s*)?(?P<month>[^\W\d_]{3,12})\.?\s+"
    r"(?:19|20)\d\d\s+[–—-]\s+\S",
    re.IGNORECASE,
)


# (the month or months, then a dash and a title)
_MONTH_TITLE = compile_pattern(
    r"\s*(?P<months>[^\W\d_]{3,12}(?:\s*[-–]\s*[^\W\d_]{3,12})?)\s+[–—-]\s+\S"
)


def _after_title(kinds: list[BlockKind]) -> bool:
    """Whether the block before (banners aside) is a title."""
    # (from the end back: the kinds so far, read once per block, may be many)
    last = next((k for k in reversed(kinds) if k is not BlockKind.BANNER), None)
    return last is BlockKind.HEADING


def _ends_on_venue_and_days(text: str, is_detail: Callable[[str], bool]) -> bool:
    """Whether a line under an entry's title names its mission, then ends on the mission's
    place and days, a listing line's ("ECOWAS Observation Mission, Abuja and Kano, February
    18-28", "Mission du RECEF, Antananarivo, 10-18 novembre"): the entry's listing line,
    not a title of its own."""
    flat = text.strip()
    if "\n" in flat or flat.endswith(".") or len(flat.split()) > 16:
        return False
    parts = flat.split(", ")
    for k in range(1, len(parts) - 1):
        tail = ", ".join(parts[k:])
        if len(" ".join(parts[:k]).split()) <= 8 and find_dates(parts[-1])[0] and is_detail(tail):
            return True
    return False


def _under_calendar_row(raw: Sequence[RawBlock], index: int) -> bool:
    """Whether a block is indented under a calendar's row, on the lines right after it ("5-9
    150e Assemblée ..." / "         Tachkent (Ouzbékistan)" / "         Débat général ...")."""
    own = _indent(raw[index][3])
    if own < 4:
        return False
    for j in range(index - 1, max(-1, index - 4), -1):
        line = raw[j][3]
        if CALENDAR_ENTRY.match(line):
            return _indent(line) < own
        if _indent(line) < own:
            return False
    return False


def _dated_row_among_rows(raw: Sequence[RawBlock], index: int) -> bool:
    """Whether a block is a one-line row of a dated listing beside its fuller rows: a date,
    a cell break, its text."""
    text = raw[index][3].strip()
    return (
        "\n" not in text
        and bool(CELL_BREAK.search(text))
        and _opens_on_a_date(text)
        and _among_dated_rows(raw, index)
    )


def _opens_on_a_date(text: str) -> bool:
    """Whether a line opens on a date ("Feb 26–29 | ...", "Jul | ...")."""
    found = find_dates(text[:40])[0]
    return bool(found) and found[0].start_offset <= 2


def _among_dated_rows(raw: Sequence[RawBlock], index: int) -> bool:
    """Whether a block stands beside a row of a dated listing (a calendar's "Apr 8–11 |
    Seoul, Republic of Korea | Election Visitor Programme ..."): a row of it with fewer
    cells ("Apr 10 | Republic of Korea – 22nd National Assembly election"), not a title;
    or beside a timeline's row, its date column and its text apart by a tab ("juin<TAB>Mission
    d'évaluation ...")."""
    return any(
        (is_table_row(raw[i][3]) or "\t" in raw[i][3].strip())
        and _opens_on_a_date(raw[i][3].strip())
        for i in (index - 1, index + 1)
        if 0 <= i < len(raw)
    )


def _neighbour_line(raw: Sequence[RawBlock], index: int) -> str:
    """The block two blocks away from ``raw[index]`` that is a rule, if any (the other side
    of a title framed by rules), else an empty string."""
    for j in (index + 2, index - 2):
        if 0 <= j < len(raw) and _SEPARATOR.fullmatch(raw[j][3]):
            return raw[j][3]
    return ""


# An interview's turns: a question ("Q. ...", "Question : ...") and an answer ("R. ...",
# "A: ...", "Réponse : ...").
_QUESTION_TURN = compile_pattern(r"\s*(?:Q|Question)\s*[.:–—-]\s")
_ANSWER_TURN = compile_pattern(r"\s*(?:R|A|Réponse|Answer)\s*[.:–—-]\s")
# A transcript's turn under its speaker's name in capitals: "BÉATRICE MWAMBA : Oui. Du 18 au
# 26 août, ...", "JOHN SMITH: Welcome back."
_SPEAKER_TURN = compile_pattern(
    r"[ \t]*(?P<who>(?-i:[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+(?:[ \t]+[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+){0,4}))"
    r"[ \t]*:[ \t]+\S"
)


def _interviewer_turns(raw: Sequence[RawBlock]) -> set[int]:
    """The turns of a transcript's interviewer, each a heading over the answer after it: on
    a page of two speakers' turns under their names in capitals, each speaking twice or more,
    the turns of the one who speaks the shorter on the whole (the other's answers tell what
    was done)."""
    turns: dict[str, list[int]] = {}
    for index, block in enumerate(raw):
        m = _SPEAKER_TURN.match(block[3])
        if m is not None:
            turns.setdefault(m.group("who"), []).append(index)
    if len(turns) != 2 or any(len(found) < 2 for found in turns.values()):
        return set()
    mean = {who: sum(len(raw[i][3]) for i in found) / len(found) for who, found in turns.items()}
    short, long = sorted(turns, key=lambda who: mean[who])
    if mean[short] * 2 > mean[long]:
        return set()  # (a conversation of equals: no one only asks)
    return set(turns[short])


def classify_blocks(
    page: SourcePage, *, is_detail: Callable[[str], bool] | None = None
) -> list[Block]:
    """Every non-blank block of the page, with its kind.

    ``is_detail`` tells a listing line (a place, a date, or both, and little else).
    """
    raw = _blocks(page)
    kinds: list[BlockKind] = []
    details: list[bool] = []
    venues = _venue_on_two_lines(raw, is_detail) if is_detail is not None else set()
    numbered_titles: set[int] = set()
    stamps_under_titles: set[int] = set()  # a stamp line's index, right under a title
    day_titles: set[int] = set()  # short lines opening on a day, then a dash and a title
    # (an interview written as questions and answers: each question a heading over its answer)
    interview = (
        sum(bool(_QUESTION_TURN.match(b[3])) for b in raw) >= 2
        and sum(bool(_ANSWER_TURN.match(b[3])) for b in raw) >= 2
    )
    asked = _interviewer_turns(raw)  # (or a transcript's turns under its speakers' names)
    for index, (_start, _end, _line, text, item) in enumerate(raw):
        if index in venues:
            kinds.append(BlockKind.PARAGRAPH)  # an entry's venue on two lines: its city, its
            details.append(True)  # country ("Port Moresby" / "Papua New Guinea")
            continue
        detail = False
        if year_of_heading(text, page.text) is not None:
            kinds.append(BlockKind.YEAR)
        elif _SEPARATOR.fullmatch(text) and _SEPARATOR.fullmatch(_neighbour_line(raw, index)):
            # a rule over and under a title ("-----" / "TRAINING OF TRAINERS IN BO" / "-----"):
            # the title's frame, no title of its own
            kinds.append(BlockKind.BANNER)
        elif (
            _FACT_BOX_TITLE.fullmatch(text.strip())
            and index + 1 < len(raw)
            and not FIELD_LINE.match(raw[index + 1][3])
            and not raw[index + 1][4]
        ):
            # a summary box's title over its prose ("En bref" / "Depuis le printemps 2024, le
            # service a mené deux missions ..."): a label of its own, not the item above's text
            kinds.append(BlockKind.LABEL)
        elif _is_banner(text) or _LINK_LINE.match(text) or _NOTE_BESIDE_THE_TEXT.match(text):
            # (a footnote, its call's figure raised: "² Mongolia holds parliamentary elections
            # on 28 June 2024.": a note on the text, no activity of its own)
            kinds.append(BlockKind.BANNER)
        elif (
            (interview and _QUESTION_TURN.match(text)) or index in asked
        ) and "\n" not in text.strip():
            # an interviewer's question over its answer ("Q. Au printemps, c'est vous qui
            # receviez." / "R. Effectivement. Le lundi 3 juin, nous avons accueilli ...",
            # "PATRICK ILUNGA : On vous a aussi vue au Togo." / "BÉATRICE MWAMBA : Le mois
            # dernier, à Lomé, ...")
            kinds.append(BlockKind.HEADING)
        elif TITLE_FIELD.match(text):
            # a feed's item or a mail's subject, its title as a field: "Titre : Les membres du
            # RECEF réunis en assemblée générale à Yaoundé", "Subject: ..."
            kinds.append(BlockKind.HEADING)
        elif item and _NUMBERED_CAPS.fullmatch(text.strip()):
            # a numbered title in capitals over its item's text: "1. SECOND TOUR AU NIGER : LA
            # CENI EN OBSERVATION"
            kinds.append(BlockKind.HEADING)
            numbered_titles.add(index)
        elif not item and _LABELLED_PART_TITLE.fullmatch(text.strip()):
            # a programme's part named by its label and number, whatever its verb: "OUTPUT 2 –
            # The regional network is stronger", "Résultat 2 – Le dialogue interpartis progresse"
            kinds.append(BlockKind.HEADING)
        elif item and _numbered_title_over_its_parts(raw, index):
            # a numbered part's title over its numbered paragraphs: "2. Cooperation with
            # electoral bodies" / "2.1 After the federal and local elections ..."
            kinds.append(BlockKind.HEADING)
            numbered_titles.add(index)
        elif item and _numbered_title_over_fields(raw, index):
            # a numbered entry's title over its fields: "1. Malawi Electoral Commission (MEC)"
            # / "Date signed: 14/06/2022" / "Place: Lusaka, Zambia" / its text
            kinds.append(BlockKind.HEADING)
            numbered_titles.add(index)
        elif (
            item
            or _TIMELINE.match(text)
            or FIELD_LINE.match(text)
            or _MISSION_DAYS.match(text)
            # (or a timeline's row, its date column and its text apart by a tab: "4-8
            # avril<TAB>Atelier sur les listes électorales à Niamey ...")
            or ("\t" in text.strip() and "\n" not in text.strip() and _opens_on_a_date(text))
        ):
            kinds.append(BlockKind.PARAGRAPH)
            # (a bullet holding only a date or a place: an entry's listing line, "● 3–7 Apr ’17")
            bullet = ITEM_MARK.match(text)
            detail = bool(bullet and is_detail is not None and is_detail(text[bullet.end() :]))
        elif _stamped_title(text) and not _among_dated_rows(raw, index):
            kinds.append(BlockKind.HEADING)  # "26 octobre 2018 | Visite d'une délégation ..."
        elif (
            is_detail is not None
            and (
                is_detail(text)
                or (_after_title(kinds) and _ends_on_venue_and_days(text, is_detail))
            )
            # (not a month alone over a report's items, the month heading them: "Mai" / "-
            # Lomé (Togo) – séminaire ...")
            and not (_month_alone(text) and index + 1 < len(raw) and raw[index + 1][4])
        ):
            kinds.append(BlockKind.PARAGRAPH)
            detail = True
        elif _dated_lines(text):
            kinds.append(BlockKind.PARAGRAPH)  # entries, each on its line, not a title
            if "\n" not in text.strip() and len(text.split()) <= 8 and _is_heading_like(text):
                day_titles.add(index)
        elif (
            _is_heading_like(text)
            # (not a field line closed as a sentence: "Role: Lead facilitator of a BRIDGE
            # module ..., Maseru, 3–7 June 2024.")
            and not (_FIELD_OPENING.match(text) and text.rstrip().endswith("."))
            and not (
                # a sentence under a listing line is its description, not a title (a short
                # one too, indented under it: "        Organised with International IDEA.")
                details
                and details[-1]
                and text.rstrip().endswith(".")
                and (len(text.split()) >= 8 or text[:2] in ("  ", "\t"))
            )
            and not (
                # nor one under a title, whatever its verb ("Voter registration pilot" / "ECZ
                # tested mobile registration kits in two districts.")
                kinds
                and (kinds[-1] is BlockKind.HEADING or len(kinds) - 1 in stamps_under_titles)
                and _sentence_like(text)
            )
            and not (
                # nor one going on from the paragraph just above it, on the next line (a page
                # wrapped by hand: "... and will leave on 2 December." / "Its 90 observers
                # visited polling stations in ...")
                kinds
                and kinds[-1] is BlockKind.PARAGRAPH
                and not raw[index - 1][4]
                and "\n\n" not in page.text[raw[index - 1][1] : _start].replace(" ", "")
                and _sentence_like(text)
                # (not a programme's line: "Jour 3 – mercredi 6 mars : visite de ...")
                and not _LABEL_OPENING.match(text)
            )
            and not (
                # nor the stamp line under a title, its link between them perhaps ("Visit of
                # ..." / "www..." / "Date modified: 2019-06-03"): the item's date
                (_STAMP_LINE.match(text) or _day_and_byline(text)) and _after_title(kinds)
            )
        ):
            kinds.append(BlockKind.HEADING)
        else:
            if (_STAMP_LINE.match(text) or _day_and_byline(text)) and _after_title(kinds):
                # (the text under it is still the title's: "EC hosts ..." / "Wednesday, 20 June
                # 2018 | Corporate Affairs" / "Six officials ... paid a working visit ...")
                stamps_under_titles.add(len(kinds))
            kinds.append(BlockKind.PARAGRAPH)
        details.append(detail)
    dated_titles = [
        i
        for i, (_s, _e, _l, text, item) in enumerate(raw)
        if not item and i + 1 < len(raw) and _dated_title(text, is_detail)
    ]
    if len(dated_titles) >= 2:
        # entries each titled by their month and year, then a dash, over their text
        # ("Novembre 2023 – Accueil d'une délégation ..." / "Du 20 au 24 novembre 2023, ...")
        for i in dated_titles:
            if (
                kinds[i + 1] is BlockKind.PARAGRAPH
                and not raw[i + 1][4]
                and kinds[i] is not BlockKind.YEAR  # (a year between months: "July 2021 – June")
            ):
                kinds[i] = BlockKind.HEADING
    for i, (_s, _e, _l, text, item) in enumerate(raw):
        if (
            not item
            and i + 1 < len(raw)
            and kinds[i + 1] is BlockKind.HEADING
            and kinds[i] is not BlockKind.YEAR
            and _part_of_year_heading(text, months=True) is not None
        ):
            # a quarter with its months over the titles of its entries ("Quarter 1
            # (October–December 2021)" / "Activity 1.1 – Cascade training"): their year
            kinds[i] = BlockKind.YEAR
            details[i] = False
    for i in _bullet_titles(raw, kinds, details):
        kinds[i] = BlockKind.HEADING
        numbered_titles.add(i)
    if sum(_month_titled(raw[i][3]) for i, k in enumerate(kinds) if k is BlockKind.HEADING) >= 2:
        # an archive whose entries' titles open on their month ("Mars – Atelier BRIDGE"):
        # one opening on its day is a title of the same kind ("6 mai – Élections
        # municipales"), not a dated line of a log
        for i in day_titles:
            kinds[i] = BlockKind.HEADING
    # A heading candidate followed by another heading (or a year, or nothing) is a label,
    # or, when it reads as a sentence, a short paragraph ("Read the press release ...").
    # (decided from the page's end up, so that what follows a block is settled first: a
    # title over "Organisé avec le RECEF ..." is a title over its text)
    next_detail = [False] * len(kinds)  # whether the next block (banners aside) is a listing line
    upcoming = False
    for i in range(len(kinds) - 1, -1, -1):
        next_detail[i] = upcoming
        if kinds[i] is not BlockKind.BANNER:
            upcoming = details[i]
    following: BlockKind | None = None
    following_text = ""
    following_last = False  # (whether the block after is the page's last)
    for i in range(len(kinds) - 1, -1, -1):
        kind = kinds[i]
        if kind is BlockKind.BANNER:
            continue
        if kind is BlockKind.HEADING and _under_calendar_row(raw, i):
            # a calendar row's place or note, indented under its title ("24-26    Séminaire
            # ..." / "         Abidjan (Côte d'Ivoire)"): that entry's text
            kinds[i] = BlockKind.PARAGRAPH
        elif kind is BlockKind.HEADING:
            text = raw[i][3].strip()
            if next_detail[i] and _sentence_like(raw[i][3]):
                # a sentence ending an entry, the next entry's date or place line after it
                # ("Eleven officials ... observed the i-voting system." / "11 WED")
                kinds[i] = BlockKind.PARAGRAPH
            elif (
                following is BlockKind.PARAGRAPH
                # (not the page's stamp closing it: "Mis à jour le 30 janvier 2024")
                and not (following_last and is_stamp_line(following_text))
            ) or _one_line_entry(text):
                pass  # (a listing entry on one line: "Meeting of X, Brasilia, March 22-26, 2004")
            else:
                kinds[i] = BlockKind.PARAGRAPH if text.endswith(".") else BlockKind.LABEL
        following_last = following is None
        following, following_text = kinds[i], raw[i][3]
    items = [
        (item and i not in numbered_titles)
        # (a row of a dated listing with fewer cells: "Apr 10 | Republic of Korea – 22nd
        # National Assembly election" among "Apr 8–11 | Seoul, Republic of Korea | ...")
        or (kinds[i] is BlockKind.PARAGRAPH and _dated_row_among_rows(raw, i))
        for i, (*_, item) in enumerate(raw)
    ]
    # Entries led by a title and a dash, a paragraph each ("Visite à Erevan – Du 9 au 11
    # avril, deux rapporteurs ...", "Réunion interne – Le secrétariat a tenu ..."): list
    # items, each its own scope, when two or more follow one another.
    titled = [
        kind is BlockKind.PARAGRAPH and bool(_TITLED_ENTRY.match(text))
        for (*_, text, _item), kind in zip(raw, kinds, strict=True)
    ]
    for i, is_titled in enumerate(titled):
        if is_titled and ((i > 0 and titled[i - 1]) or (i + 1 < len(titled) and titled[i + 1])):
            items[i] = True
    _fragments_of_one_entry(raw, kinds, items, details)
    for i, (*_, text, _item) in enumerate(raw):
        if kinds[i] in (BlockKind.HEADING, BlockKind.LABEL) and _CONTENTS.fullmatch(text.strip()):
            # a newsletter's contents: the titles of the items below, no activity each
            j = i + 1
            while j < len(raw) and raw[j][4] and kinds[j] is BlockKind.PARAGRAPH:
                kinds[j], items[j] = BlockKind.BANNER, False
                j += 1
    return [
        Block(start, end, line, text, kind, item, detail)
        for (start, end, line, text, _item), kind, detail, item in zip(
            raw, kinds, details, items, strict=True
        )
    ]


# (or a number before a place and its time, after a comma: "4. Colombo, the week of 2
# December" / "After Sri Lanka's ... invited us to a lessons-learned retreat in Colombo ...")
_BULLET_MARK = compile_pattern(
    r"[-–—•·▪●◦*]\s|\d{1,2}[.)]\s+(?=[A-ZÀ-Ý][^,\n]{1,40},\s+(?:[a-zà-ÿ]|\d)[^,\n]{1,40}$)"
)


def _bullet_titles(
    raw: Sequence[RawBlock], kinds: list[BlockKind], details: list[bool]
) -> list[int]:
    """Bullets each titling the paragraph under them, two or more on the page ("• Kenya:
    general elections" / "Two commissioners joined ..." / "• Liberia: presidential run-off"
    / "A senior officer ..."): titles, each over its own entry, not items of a list. (A
    bullet under another bullet is a list's, whatever follows it.)"""
    found = []
    for i, (_start, _end, _line, text, item) in enumerate(raw[:-1]):
        if not item or kinds[i] is not BlockKind.PARAGRAPH or details[i] or raw[i + 1][4]:
            continue
        if kinds[i + 1] is not BlockKind.PARAGRAPH or details[i + 1] or (i > 0 and raw[i - 1][4]):
            continue
        title = text.strip()
        if not _BULLET_MARK.match(title) or "\n" in title or title.endswith("."):
            continue
        if len(title.split()) > 12:
            continue
        if _is_heading_like(title):
            found.append(i)
    return found if len(found) >= 2 else []


# A numbered title in capitals on a line of its own: "1. SECOND TOUR AU NIGER : LA CENI EN
# OBSERVATION", "3) NEWS FROM THE REGION".
_NUMBERED_CAPS = compile_pattern(r"\d{1,2}[.)]\s+(?=[^a-zà-ÿ\n]*$)[^\n]*[A-ZÀ-Ý]{3}[^\n.]*")


# A footnote's opening, its call's figure raised: "¹ ", "²³ "; or an archive photo's
# caption, of another time: "Photo d'archives : un bureau de vote à Rabat lors des législatives
# du 7 octobre 2016", "File photo: ..."
_NOTE_BESIDE_THE_TEXT = compile_pattern(
    r"\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s+\S|\s*(?:photo d['’]archives?|archive photo|file photo)\s*[:–—-]",
    re.IGNORECASE,
)
# A day told from the page's own, opening a sentence, its comma after it: "Mardi dernier,",
# "Hier,", "Last Tuesday,", "On Monday,".
_RELATIVE_DAY_OPENING = compile_pattern(
    r"\W*(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(?:dernier|passé)|hier|"
    r"avant-hier|la semaine dernière|le mois dernier|yesterday|last\s+(?:week|month|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday)|on\s+(?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday))\s*,",
    re.IGNORECASE,
)
# A programme's or a report's part, its label and number, a dash or a colon, its title, on one
# line with no stop: "OUTPUT 2 – The regional network is stronger", "Composante 1 : ...".
_LABELLED_PART_TITLE = compile_pattern(
    r"(?:output|outcome|result|résultat|objective|objectif|component|composante|axe|pillar|"
    r"pilier|chapter|chapitre|part|partie)\s+(?:\d{1,2}(?:\.\d{1,2})?|[IVX]{1,5})\s*[–—:-]\s+"
    r"[^\n.!?]{3,100}",
    re.IGNORECASE,
)
_PART_NUMBER = compile_pattern(r"\s*(\d{1,2})[.)]?\s+\S[^\n]*")


def _numbered_title_over_its_parts(raw: Sequence[RawBlock], index: int) -> bool:
    """Whether a numbered line is a part's title, its numbered paragraphs under it ("2.
    Cooperation with electoral bodies" / "2.1 After the federal ..."): one short line, no
    sentence, the next block opening on the part's number and a point."""
    text = raw[index][3].strip()
    found = _PART_NUMBER.fullmatch(text)
    if found is None or "\n" in text or text.endswith((".", ":", ";", ",")):
        return False
    if len(text.split()) > 12 or index + 1 >= len(raw):
        return False
    return raw[index + 1][3].lstrip().startswith(found.group(1) + ".1")


_NUMBERED_LINE = compile_pattern(r"\s*\d{1,2}[.)]\s+\S[^\n]*")


def _numbered_title_over_fields(raw: Sequence[RawBlock], index: int) -> bool:
    """Whether a numbered line is an entry's title, its fields under it ("1. Malawi Electoral
    Commission (MEC)" / "Date signed: 14/06/2022" / "Place: Lusaka, Zambia"): one short line,
    no sentence, the next block a field of its own (not a list item)."""
    text = raw[index][3].strip()
    if "\n" in text or not _NUMBERED_LINE.fullmatch(text) or text.endswith((".", ":", ";")):
        return False
    if len(text.split()) > 14 or index + 1 >= len(raw) or raw[index + 1][4]:
        return False
    return bool(FIELD_LINE.match(raw[index + 1][3]))


# A newsletter's table of contents: "DANS CE NUMÉRO", "In this issue", "Sommaire".
_CONTENTS = compile_pattern(
    r"(?:dans ce num[ée]ro|au sommaire|sommaire|in this (?:issue|edition)|contents|"
    r"table of contents|table des mati[èe]res|en este n[úu]mero)\W*",
    re.IGNORECASE,
)


# A line opening on a label of a few words and a dash or a colon: "Jour 3 – mercredi 6 mars :".
_LABEL_OPENING = compile_pattern(r"\s*\S+(?:\s+\S+){0,5}?\s*(?:\s[–—-]|:)\s")


def _venue_on_two_lines(raw: Sequence[RawBlock], is_detail: Callable[[str], bool]) -> set[int]:
    """The blocks that tell an entry's venue over two short lines, its city then its
    country ("Port Moresby" / "Papua New Guinea"): a listing line once joined by a comma."""
    out: set[int] = set()
    for i in range(len(raw) - 1):
        first, second = raw[i][3].strip(), raw[i + 1][3].strip()
        if (
            "\n" not in first
            and "\n" not in second
            and len(first.split()) <= 4
            and len(second.split()) <= 4
            and not any(ch.isdigit() for ch in first + second)
            and not is_detail(first)
            and is_detail(f"{first}, {second}")
            # (each a place: "Maputo, Maputo" is a place line, "Overview, Overview" none)
            and all(is_detail(f"{line}, {line}") for line in (first, second))
        ):
            out |= {i, i + 1}
    return out


def _fragments_of_one_entry(
    raw: Sequence[RawBlock],
    kinds: list[BlockKind],
    items: list[bool],
    details: list[bool],
) -> None:
    """A slide's bullets: short fragments of which one only holds a date ("• Commission
    électorale ... de Madagascar" / "• 3–4 juillet" / "• Fribourg, Chancellerie d'État") tell
    one entry together, not an item or a listing line each (``items`` and ``details`` set
    to False for them)."""
    i = 0
    while i < len(raw):
        j = i
        while j < len(raw) and items[j] and kinds[j] is BlockKind.PARAGRAPH:
            j += 1
        run = range(i, j)
        if len(run) >= 3:
            texts = [raw[k][3] for k in run]
            dated = [t for t in texts if find_dates(t)[0]]
            if (
                len(dated) == 1
                and all(len(t.split()) <= 12 and not t.rstrip().endswith(".") for t in texts)
                and not any(is_table_row(t) for t in texts)
            ):
                for k in run:
                    items[k] = details[k] = False
        i = max(j, i + 1)


# An entry's title and the dash after it ("Table ronde à Chisinau – "), and the same with
# its text going on: "Table ronde à Chisinau – Courant mai, un membre ...".
ENTRY_TITLE = compile_pattern(r"[ \t]*[A-ZÀ-Ý][^\n–—:.]{2,60}?\s[–—]\s*")
_TITLED_ENTRY = compile_pattern(ENTRY_TITLE.pattern + r"(?<=\s)[A-ZÀ-Ý0-9]\S*\s+\S")


_DAY_DATE = compile_pattern(
    r"\b(?:[0-3]?\d(?:er)?\s+[A-Za-zÀ-ÿ]{3,9}\.?,?\s+(?:19|20)\d\d|"
    r"[A-Za-zÀ-ÿ]{3,9}\.?\s+[0-3]?\d(?:\s*[-–]\s*[0-3]?\d)?,\s+(?:19|20)\d\d)\b"
)


# A line opening on its date, then a dash or colon: "18/02/2018 - 26/02/2018 : Mission ...
# (Djibouti)", "6 July 2021 — Core team arrives", "2019-03-14 — Workshop".
_DATED_LINE = compile_pattern(
    r"[ \t•·*]*(?:[A-Za-zÀ-ÿ]{3,10}\.?\s+)?\d{1,4}[^\n]{0,32}?\s[:–—|-]\s+\S"
)


def _dated_lines(text: str) -> bool:
    """Whether a block is a list of dated lines (each opening on its date, then a dash or
    colon): entries, not a title."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return bool(lines) and all(
        # (its date may follow a weekday: "Mercredi 19 février : arrivée à Lomé")
        _DATED_LINE.match(ln)
        and (found := find_dates(ln[:48])[0])
        and found[0].start_offset <= 12
        # (the dash or colon right after it: not a title opening on its year, "2024 Election
        # Visitor Program – 22nd National Assembly Election")
        and (
            found[0].start.month is not None
            or _SEPARATOR_SOON.match(ln, found[0].end_offset) is not None
        )
        for ln in lines
    )


_SEPARATOR_SOON = compile_pattern(r"[^\n:–—|]{0,14}?\s*[:–—|-](?:\s|$)")


def _dated(text: str) -> bool:
    """Whether a heading holds a whole day's date ("March 22-26, 2004", "15 mars 2009")."""
    return bool(_DAY_DATE.search(text))


def _dates_field_over_title(blocks: Sequence[Block], index: int) -> bool:
    """Whether a block is an entry's fields opening on its dates, right above a title and
    below the text of the entry before ("DATE: 11–15 October" / "TYPE: Visitor program", then
    "Referendum Visitor Program"; not an entry's fields under its own title, the next title
    below them: "Liban – Élections législatives" / "Date : du 11 au 17 mai 2022")."""
    before = [b for b in blocks[:index] if b.kind is not BlockKind.BANNER]
    first_line = blocks[index].text.strip().split("\n", 1)[0]
    return (
        blocks[index].kind is BlockKind.PARAGRAPH
        and _DATES_FIELD.match(first_line) is not None
        # (its field alone on its line: not a caption's row of fields, "Date: 10/17/2025 |
        # Place: La Paz, Bolivia | Credit: OAS")
        and "|" not in first_line
        and _heading_next(blocks, index)
        and bool(before)
        # (the entry before's text above it, not a title read as a listing line; or the
        # label of the entries' part: "--- EARLIER THIS YEAR ---")
        and (
            (
                before[-1].kind is BlockKind.PARAGRAPH
                and not before[-1].detail
                and _DATES_FIELD.match(before[-1].text) is None
            )
            or bool(_PAST.fullmatch(before[-1].text.strip()))
            or bool(UPCOMING.fullmatch(before[-1].text.strip()))
        )
    )


def _date_and_type_over_title(blocks: Sequence[Block], index: int) -> bool:
    """Whether a block is a card's line of its date, then its type in a few words, right
    above a title ("27/10/2020 – 03/11/2020 Mission d'observation", "Mar. 10 décembre 2019
    Accueil", "Janvier 2020 Mission d'évaluation")."""
    block = blocks[index]
    return (
        block.kind in (BlockKind.PARAGRAPH, BlockKind.LABEL)
        and date_and_type_line(block.text)
        and _heading_next(blocks, index)
    )


def date_and_type_line(line: str) -> bool:
    """Whether a line is a card's date, then its type in a few words ("27/10/2020 –
    03/11/2020 Mission d'observation", "Mar. 10 décembre 2019 Accueil", "Janvier 2020
    Mission d'évaluation")."""
    # (after its weekday perhaps, whole or shortened: "Mar. 10 décembre 2019 Accueil")
    text = _without_any_weekday(line)
    if "\n" in text:
        return False
    found = find_dates(text)[0]
    if not found or found[0].start_offset != 0 or found[0].start.month is None:
        return False
    rest = text[found[-1].end_offset :].strip(" ·|–—-")
    return bool(rest) and _category_alone(rest)


def _one_line_entry(text: str) -> bool:
    """Whether a title alone is a whole entry: its day in it ("Meeting of X, Brasilia, March
    22-26, 2004"), or its sign-off ("Exchange visit of ... — Maseru, 9 August")."""
    return _dated(text) or _SIGN_OFF.search(text) is not None


def _detail_first(blocks: Sequence[Block]) -> bool:
    """Whether the page's listing lines stand above their titles (an events archive: date,
    title, description) rather than below them (title, place, date)."""
    visible = [b for b in blocks if b.kind is not BlockKind.BANNER]
    above = below = 0
    first: bool | None = None
    for i, b in enumerate(visible):
        if not b.detail:
            continue
        nxt = visible[i + 1] if i + 1 < len(visible) else None
        k = i + 2  # (past the entry's own lines under its title: "Atlanta, Ga. | Program")
        while (
            k < len(visible) - 1
            and visible[k].detail
            and not (date_alone(visible[k].text) and date_alone(b.text))  # (the next card's)
            and nxt is not None
            and (nxt.kind is BlockKind.HEADING)
        ):
            k += 1
        after = visible[k] if k < len(visible) else None
        if (
            i > 1
            and visible[i - 1].kind is BlockKind.HEADING
            and visible[i - 2].detail
            and not date_alone(b.text)
        ):
            continue  # an entry's line under its title, the entry's date above it
        is_above = (
            nxt is not None
            and nxt.kind is BlockKind.HEADING
            and after is not None
            # (the entry's text, or its one sentence: "Inscriptions ouvertes jusqu'au ...")
            and (
                (
                    (
                        after.kind is BlockKind.PARAGRAPH
                        or (after.kind is BlockKind.HEADING and after.text.rstrip().endswith("."))
                    )
                    and not after.detail
                )
                # (or the next card's date badge, cards telling no text: "2–6 / DEC / 2019" /
                # title / "Port Moresby" / "Papua New Guinea" / "19 / NOV / 2019")
                or (after.detail and date_alone(after.text) and date_alone(b.text))
            )
        )
        if first is None:
            first = is_above
        if is_above:
            above += 1
        elif i > 0 and visible[i - 1].kind is BlockKind.HEADING:
            below += 1
    # the first listing line decides, unless most say otherwise (a "Calendar 2019" line
    # over a calendar whose dated lines stand above their titles)
    return bool(first) or above > below


# A field line whose value ends on a full stop, then a sentence of its own: "Mission dates:
# 14–20 Jan 2023. Seven observers based in St. John's."
_FIELD_THEN_SENTENCE = compile_pattern(
    r"^[^\n.]*:[^\n.]*\d[^\n.]*\.\s+[A-ZÀ-Ý][a-zà-ÿ]+\s+\w+[^\n]*\.\s*$"
)


def sections(
    page: SourcePage,
    *,
    opens_trip: re.Pattern[str] | None = None,
    is_detail: Callable[[str], bool] | None = None,
    blocks: Sequence[Block] | None = None,
) -> list[Section]:
    """Group the blocks of a page into sections.

    ``opens_trip`` tells whether a paragraph with no heading above it starts a new activity
    (by default: it opens with a date phrase). Listing lines (``is_detail``) go with the
    title they stand under, or, on a page where they stand above their titles, with the
    title below them. ``blocks``: the page's blocks as ``classify_blocks`` read them with
    ``is_detail``, when the caller has them already.
    """
    opener = opens_trip or _OPENS_WITH_DATE
    if blocks is None:
        blocks = classify_blocks(page, is_detail=is_detail)
    detail_first = _detail_first(blocks)
    carded = _cards(blocks)  # (events set out as cards: a date line, a category, a title)
    fields_over_titles = sum(_dates_field_over_title(blocks, i) for i in range(len(blocks))) >= 2
    dated_types_over_titles = (
        sum(_date_and_type_over_title(blocks, i) for i in range(len(blocks))) >= 2
    )
    out: list[Section] = []
    year: int | None = None
    headed_year: int | None = None  # the year heading's (a timeline's line sets its own)
    turn: int | None = None  # a fiscal year heading's month of turn (``Section.turn``)
    headed_turn: int | None = None
    label: Block | None = None
    upcoming_under_a_year = False  # an "Upcoming" label under a year heading
    current: Section | None = None
    pending: list[Block] = []
    # a run of three labels or more is a table of contents or a menu ("Dans ce numéro",
    # "Le mot du président", ..., "Agenda"): its "Agenda" heads nothing
    in_menu = set()
    run: list[int] = []
    for i, block in enumerate([*blocks, None]):
        if block is not None and block.kind is BlockKind.LABEL:
            run.append(i)
            continue
        if len(run) >= 3:
            in_menu.update(run)
        run = []
    related = False  # in a list of links to other pages ("Articles similaires" / "- ...")
    comments = False  # under the readers' comments ("3 commentaires" / "Marc D. – 10 octobre")
    for index, block in enumerate(blocks):
        if _COMMENTS_TITLE.fullmatch(block.text):
            comments, label, current = True, None, None
            continue
        if comments and block.kind is not BlockKind.YEAR:
            continue  # (a reader's day and words: "Aïcha B. – 11 octobre : J'ai voté à Sfax")
        if block.kind is BlockKind.BANNER:
            continue
        if block.kind in (BlockKind.LABEL, BlockKind.HEADING) and _RELATED.fullmatch(block.text):
            related, label, current = True, None, None
            continue
        if related and (block.item or block.detail or len(block.text.split()) <= 20):
            continue  # another page's title and date: "- Visite de courtoisie ... (3 avril 2019)"
        related = False
        if index in in_menu:
            label = current = None  # a menu labels nothing
            continue
        if block.kind is BlockKind.YEAR:
            headed = year_of_heading(block.text, page.text, months=True)
            assert headed is not None
            year = headed_year = headed[0]
            turn = headed_turn = headed[1]
            current = None
            if (
                label is not None
                and UPCOMING.fullmatch(label.text.strip())
                and (upcoming_under_a_year or any(s.label is label for s in out))
            ):
                # "Coming up" within a year's part ("2025" / entries / "Coming up" / "Elections
                # Canada will host ..."): the next year heading is the archive's next part; so
                # too a year heading after what it labelled ("UPCOMING" / "16-18 sept." / "34th
                # Annual Conference" ... / "2025" / the past year's cards), not one right under it
                # (the coming events by year: "À venir" / "2026" / ...)
                label, upcoming_under_a_year = None, False
            continue
        if (
            block.kind in (BlockKind.LABEL, BlockKind.HEADING)
            and (_PAST.fullmatch(block.text.strip()) or UPCOMING.fullmatch(block.text.strip()))
            and pending
            and current is not None
        ):
            # the last entry's place line above "Past events": that entry's, not the next's
            current.paragraphs.extend(pending)
            pending = []
        if (
            label is not None
            and UPCOMING.fullmatch(label.text.strip())
            and block.kind in (BlockKind.LABEL, BlockKind.HEADING)
            and _PAST.fullmatch(block.text.strip())
        ):
            label = None  # "Past events": what an "Upcoming" label said ends
        if (
            block.kind in (BlockKind.LABEL, BlockKind.HEADING)
            and UPCOMING.fullmatch(block.text.strip())
            and index not in in_menu
        ):
            label = block  # "Coming up", "À venir": over the sections that follow
            upcoming_under_a_year = year is not None
            current = None
            continue
        if dated_types_over_titles and _date_and_type_over_title(blocks, index):
            # a card's line of its date and its type right above its title, on a page of such
            # cards ("27/10/2020 – 03/11/2020 Mission d'observation" / "Côte d'Ivoire :
            # élection présidentielle ..."): the title's below, not the card's above
            pending.append(replace(block, kind=BlockKind.PARAGRAPH))
            continue
        if block.kind is BlockKind.LABEL and (
            not pending
            or (_card_category(block, pending[-1], carded) and _heading_next(blocks, index))
        ):
            # (a card's category and place between its date badge and its title: "17-19
            # OCT" / "Meeting · Cartagena, Colombia" / "11th Executive Board Meeting": the
            # badge goes on to the title)
            # (right under a label over what is to come, that label goes on over the first
            # card: "--- COMING UP ---" / "5–9 February" / "WORKSHOP · Honiara, Solomon
            # Islands" / title; the cards after it are judged by their own words)
            if not (
                label is not None
                and current is None
                and UPCOMING.fullmatch(label.text.strip())
                and pending
                and _card_category(block, pending[-1], carded)
            ):
                label = block
            current = None
            continue
        if (
            block.kind is BlockKind.HEADING
            and detail_first
            and current is not None
            and current.heading is not None
            and all(p.detail for p in current.paragraphs)
            and len(block.text.split()) <= 3
            # (a place's name: not "120e session plénière", not "Séminaire régional")
            and not any(ch.isdigit() for ch in block.text)
            and not ACTIVITY_HEADING.search(block.text)
        ):
            # under an archive entry's title, a short line is its place ("Toronto")
            current.paragraphs.append(replace(block, kind=BlockKind.PARAGRAPH, detail=True))
            continue
        if (
            current is not None
            and current.heading is not None
            and PROGRAMME_TITLE.match(current.heading.text)
            and (
                # its day lines ("Jeudi 7 avril"), listing lines or not
                (block.kind is BlockKind.PARAGRAPH and _day_line(block.text))
                or (
                    block.kind in (BlockKind.HEADING, BlockKind.LABEL)
                    and bool(current.paragraphs)
                    and _day_line(current.paragraphs[-1].text)
                )
            )
        ):
            # a programme's day item read as a title under its day line ("Jeudi 7 avril" /
            # "Arrivée des membres de la mission à Lima; séance d'information"): that day's
            current.paragraphs.append(replace(block, kind=BlockKind.PARAGRAPH))
            continue
        if block.kind in (BlockKind.HEADING, BlockKind.LABEL):
            # (a label right under dated listing lines is the entry's title; a timeline's
            # last year does not date the headed sections after it)
            year, turn = headed_year, headed_turn
            current = Section(heading=block, year=year, label=label, turn=turn)
            current.paragraphs.extend(pending)
            pending = []
            out.append(current)
            continue
        if (
            current is not None
            and current.heading is not None
            and PROGRAMME_TITLE.match(current.heading.text)
            and block.kind is BlockKind.PARAGRAPH
        ):
            # an event's programme day by day: its day lines and their items are its own
            # ("PROGRAMME DE LA MISSION" / "Mercredi 24 avril" / "– Arrivée à Lomé" / ...)
            current.paragraphs.append(block)
            continue
        if fields_over_titles and _dates_field_over_title(blocks, index):
            # an entry's date field right above its title, on a page of such entries
            # ("DATE: 7–18 August" / "TYPE: Technical support" / "Voter registration support to
            # Kiribati"): the title's below, not the entry's above
            pending.append(block)
            continue
        if block.detail and detail_first:
            if (
                current is not None
                and (
                    current.heading is blocks[index - 1]
                    # (or its venue's second line: "Maputo" / "Mozambique")
                    or (
                        bool(current.paragraphs)
                        and current.paragraphs[-1] is blocks[index - 1]
                        and blocks[index - 1].detail
                        and not find_dates(blocks[index - 1].text)[0]
                    )
                )
                and (
                    not find_dates(block.text)[0]
                    # (or its place and days, the entry's date badge above its title: "27 MAR
                    # 2023" / "Atelier régional ..." / "Hammamet · 27 et 28 mars")
                    or (
                        current.heading is blocks[index - 1]
                        and any(p.detail and find_dates(p.text)[0] for p in current.paragraphs)
                    )
                )
                # (not the next entry's place line, its title below it)
                and not (
                    index + 1 < len(blocks)
                    and blocks[index + 1].kind is BlockKind.HEADING
                    and not blocks[index + 1].detail
                )
            ):
                # right under the entry's title: its venue ("Atlanta, Ga. | Program")
                current.paragraphs.append(block)
                continue
            pending.append(block)
            continue
        if (
            block.detail
            and not detail_first
            and (
                (
                    current is not None
                    and any(not p.detail for p in current.paragraphs)
                    and _heading_next(blocks, index)
                )
                # (or above its category line and its title, the first card's too: "17-19
                # OCT" / "Meeting · Cartagena, Colombia" / "11th Executive Board Meeting")
                or (
                    (
                        current is None
                        or not current.paragraphs
                        or any(not p.detail for p in current.paragraphs)
                    )
                    and index + 1 < len(blocks)
                    and blocks[index + 1].kind is BlockKind.LABEL
                    and _card_category(blocks[index + 1], block, carded)
                    and _heading_next(blocks, index + 1)
                    and bool(find_dates(block.text)[0])
                )
            )
        ):
            # after an entry's text, right above the next title: the next entry's listing
            # line, on a page that writes most of them under their titles ("... de onze
            # pays." / "24 juillet – 2 août 2017" / "Mission d'observation électorale")
            pending.append(block)
            continue
        timeline = _TIMELINE.match(block.text)
        if timeline and not pending:
            # a timeline's line: a section of its own, of its year (the text under it too)
            year, turn = int(timeline.group(1)), None
            current = Section(heading=None, year=year, label=label, turn=turn)
            current.paragraphs.append(block)
            out.append(current)
            continue
        if pending:  # listing lines above a paragraph: a section of their own
            current = Section(heading=None, year=year, label=label, turn=turn)
            current.paragraphs.extend(pending)
            out.append(current)
            pending = []
        # a paragraph; a listing line after a section's text opens the next entry
        # ("20/10/2014 · Montréal" / description / "24/09/2014 · Québec City" / ...)
        # (not after the entry's fields alone: "Session 1 — Apia (Samoa)" / "Module: Voter
        # registration" / "From Monday 11 to Friday 15 March")
        # (a field going on to a sentence of its own is text: "Mission dates: 1st–7th August
        # 2022. Observers in Basseterre and Charlestown.")
        starts_entry = (
            block.detail
            and current is not None
            and any(
                not p.detail
                and (not FIELD_LINE.match(p.text) or _FIELD_THEN_SENTENCE.match(p.text))
                for p in current.paragraphs
            )
        )
        if (
            current is None
            or starts_entry
            or (current.heading is None and not block.item and opener.match(block.text.strip()))
            # (a dated entry after a timeline's entry of a year alone: "Début 2020 – Une
            # mission d'évaluation ..." / "Du 3 au 7 mars 2020 – Atelier BRIDGE ...")
            or (
                current.heading is None
                and block.item
                and bool(current.paragraphs)
                and current.paragraphs[0].item
                and _TIMELINE.match(current.paragraphs[0].text)
                and opener.match(_without_marker(block.text.strip()))
            )
        ):
            current = Section(heading=None, year=year, label=label, turn=turn)
            out.append(current)
        current.paragraphs.append(block)
    if pending:  # listing lines closing the page ("7 NOVEMBRE 2018", "Antananarivo, du 1er au
        # 10 novembre 2018" under a report's cover title)
        current = Section(heading=label, year=year, label=None, turn=turn)
        current.paragraphs.extend(pending)
        out.append(current)
    for section in out:
        if (
            not section.paragraphs
            and section.heading is not None
            and _one_line_entry(section.heading.text)
        ):
            section.paragraphs.append(section.heading)  # a listing entry on one line
    out = [s for s in out if s.paragraphs]
    return _posts_apart(_references_apart(_notes_after_field_entries(_parts_of_one_event(out))))


# A social post's stamp line under its text: its clock time, a dot, its day, perhaps its
# count of views ("11:42 AM · 6 Feb 2024 · 2,104 Views", "14:30 · 3 mars 2024").
_CLOCK_STAMP = compile_pattern(
    r"[ \t]*(?:[01]?\d|2[0-3])[:h][0-5]\d\s*(?:[AaPp]\.?[Mm]\.?)?\s*·\s*"
    r"(?P<day>[^·\n]{5,30}?)\s*(?:·\s*[\d.,\s]+[KkMm]?\s+(?:views?|vues?|impressions?)\s*)?",
    re.IGNORECASE,
)


def closing_stamp_day(line: str) -> PartialDate | None:
    """The day of a social post's stamp line, its clock time first ("9:05 AM · 7 Apr 2024 ·
    3,877 Views"), or None: a post copied from a thread, its stamp under its text."""
    m = _CLOCK_STAMP.fullmatch(line.strip())
    if m is None:
        return None
    found, _bad = find_dates(m.group("day"))
    if len(found) != 1 or found[0].is_range or not (found[0].start.day and found[0].start.year):
        return None
    if m.group("day").replace(found[0].text, " ").strip(" ,"):
        return None
    return found[0].start


def _posts_apart(out: list[Section]) -> list[Section]:
    """A thread of posts copied with each post's stamp line under its text: each post, its
    text and its stamp, a section of its own (the day its text speaks from is its stamp's,
    not the first post's); a post's text read as a title over its stamp is its text."""
    stamped = [
        [k for k, p in enumerate(section.paragraphs) if closing_stamp_day(p.text)]
        for section in out
    ]
    if sum(len(k) for k in stamped) < 2:
        return out
    done: list[Section] = []
    for section, stamps in zip(out, stamped, strict=True):
        if not stamps or any(k - 1 in stamps for k in stamps):
            done.append(section)
            continue
        start = 0
        for k in [*stamps, len(section.paragraphs) - 1]:
            part = section.paragraphs[start : k + 1]
            if part:
                heading = section.heading if start == 0 else None
                if heading is not None and k == 0:
                    # (a post of one line read as a title: "Yesterday in Lomé, ...")
                    part = [replace(heading, kind=BlockKind.PARAGRAPH), *part]
                    heading = None
                done.append(replace(section, heading=heading, paragraphs=part))
            start = k + 1
    return done


# The heading of an article's sources: "4. Notes et références", "References", "See also".
REFERENCES = compile_pattern(
    r"(?:\d+\.?\s*)?(?:notes(?: et références| and references)?|références|references|"
    r"sources|bibliograph(?:ie|y)|see also|voir aussi|liens externes|external links|"
    r"further reading|footnotes|"
    # (a mission's or a body's list of its papers by day: "Statements and reports" / "- May
    # 15, 2023 — Pre-election Assessment Finds ...")
    r"statements(?: and reports)?|reports and statements|publications|downloads|"
    r"d[ée]clarations(?: et rapports)?|rapports et d[ée]clarations|t[ée]l[ée]chargements)\s*:?",
    re.IGNORECASE,
)


def _references_apart(out: list[Section]) -> list[Section]:
    """An article's notes and references, under their heading line within a section (the
    last year's of an encyclopaedia's history): a section of their own."""
    result: list[Section] = []
    for section in out:
        cut = next(
            (k for k, p in enumerate(section.paragraphs) if REFERENCES.fullmatch(p.text.strip())),
            None,
        )
        if cut is None:
            result.append(section)
            continue
        notes = Section(
            heading=section.paragraphs[cut],
            year=section.year,
            label=section.label,
            turn=section.turn,
        )
        notes.paragraphs = section.paragraphs[cut + 1 :]
        section.paragraphs = section.paragraphs[:cut]
        result += [section, notes]
    return result


# The parts of one event's own page, under its title: "Présentation", "Contexte",
# "Objectifs", "Background", "Overview", "Participants", "Partenaires".
_EVENT_PART = compile_pattern(
    r"\W*(?:présentation|contexte|objectifs?|background|overview|context|about(?: the event)?|"
    r"description|résumé|summary|participants?|partenaires|partners|intervenants|speakers)"
    r"\s*:?\s*",
    re.IGNORECASE,
)


# The parts of a mission's own release, under its account: "Composition de la délégation",
# "Le jour du scrutin", "Election day", "Déclaration préliminaire", "Preliminary statement",
# "Meetings", "Conclusions", "Recommendations" (not "Deployment": the mission's own account
# after a section on its assessment mission, perhaps).
_MISSION_PART = compile_pattern(
    r"\W*(?:composition(?: de la délégation| de la mission| of the delegation| of the mission)?|"
    r"(?:the |la |les )?(?:delegation|délégation|membres de la délégation|delegation members)|"
    r"(?:le )?jour du (?:scrutin|vote)|(?:on )?(?:election|polling|voting) day|"
    r"(?:le )?déroulement du (?:scrutin|vote)|"
    r"(?:la )?déclaration préliminaire|(?:the )?preliminary (?:statement|findings|conclusions)|"
    r"(?:les )?(?:rencontres|entretiens|consultations)|(?:the )?(?:meetings|consultations)|"
    r"(?:le )?programme (?:de la délégation|de la mission)|(?:the )?(?:delegation'?s?|mission'?s?) "
    r"programme|(?:the )?programme of the (?:delegation|mission)|"
    r"(?:les )?(?:conclusions|constats|recommandations)|(?:the )?(?:conclusions|findings|"
    r"recommendations|key findings)|méthodologie|methodology)"
    r"\s*:?\s*",
    re.IGNORECASE,
)


def _without_weekday(line: str) -> str:
    """A line without the weekday it opens on ("Thursday, 29 August: ..." -> "29 August: ...")."""
    weekday = WEEKDAY_START.match(line)
    return line[weekday.end() :].lstrip(" ,") if weekday else line


def _parts_of_one_event(out: list[Section]) -> list[Section]:
    """Sections headed by a part of an event's page ("Présentation", "Participants") and
    dating nothing of their own are the text of the section above (the event's title and
    its line "Nouakchott, les 12 et 13 juin 2023"), not activities of their own."""
    merged: list[Section] = []
    for section in out:
        if (
            merged
            and merged[-1].heading is not None
            # (the event's title, not one of its programme's days: "Mardi 13 juin")
            and not _dated(merged[-1].heading.text)
            and section.heading is not None
            and (
                _EVENT_PART.fullmatch(section.heading.text)
                # (a mission's part with a text of its own, not the title over its days'
                # lines: "Programme de la mission" / "Jeudi 7 avril")
                or (
                    _MISSION_PART.fullmatch(section.heading.text)
                    and bool(section.paragraphs)
                    # (nor a programme's days, a line each: "- Thursday, 29 August: arrival")
                    and not any(
                        date_alone(first) or _day_line(first) or _opens_on_a_date(first)
                        for first in (
                            _without_weekday(p.text.split("\n", 1)[0].lstrip(" \t-–—•·*"))
                            for p in section.paragraphs
                        )
                    )
                )
            )
            and section.year == merged[-1].year
            # (its dates are others' then, an election's: "Quelques semaines après les
            # élections du 13 mai 2023, la CENI organise ...")
            and not any(_OPENS_WITH_DATE.match(p.text.strip()) for p in section.paragraphs)
        ):
            merged[-1].paragraphs.extend(section.paragraphs)
            continue
        merged.append(section)
    return merged


def _field_block(block: Block) -> bool:
    """Whether every line of a block is an entry's field ("Date : ...", "Lieu : ...")."""
    return all(FIELD_LINE.match(line) for line in block.text.splitlines() if line.strip())


def _notes_after_field_entries(out: list[Section]) -> list[Section]:
    """Entries written as a title and its fields only ("Liban – Élections législatives" /
    "Date : ..." / "Lieu : ..."), two or more in a row: prose after the last one's fields
    is the page's note on them all ("Les rapports des missions sont présentés ..."), in a
    section of its own, not the last entry's text."""
    fielded = [
        i
        for i, s in enumerate(out)
        if s.heading is not None and s.paragraphs and _field_block(s.paragraphs[0])
    ]
    if len(fielded) < 2:
        return out
    last = fielded[-1]
    if any(not all(_field_block(p) for p in out[i].paragraphs) for i in fielded[:-1]):
        return out  # (entries with a description under their fields: the last one's too)
    section = out[last]
    cut = next((k for k, p in enumerate(section.paragraphs) if not _field_block(p)), None)
    if cut is None:
        return out
    note = Section(heading=None, year=section.year, label=section.label, turn=section.turn)
    note.paragraphs = section.paragraphs[cut:]
    section.paragraphs = section.paragraphs[:cut]
    return [*out[: last + 1], note, *out[last + 1 :]]


# A heading over what is still to come: its sections tell of planned events.
# A heading of a year to come: "Announced for 2024", "Missions prévues en 2025", "Planned in
# 2026".
YEAR_TO_COME_TEXT = (
    r"(?:(?:missions?|activit(?:y|ies)|activités?|events?)\s+)?(?:announced|planned|scheduled|"
    r"expected|upcoming|forthcoming|annoncée?s?|prévue?s?|programmée?s?|à venir)\s+"
    r"(?:for|in|pour|en)\s+(?:19|20)\d\d\s*:?"
    # (or the year first, said to come in brackets: "2025 (planned)", "2026 (à venir)")
    r"|(?:19|20)\d\d\s*\((?:planned|scheduled|upcoming|forthcoming|to come|prévue?s?|"
    r"programmée?s?|à venir)\)\s*:?"
    # (or a report's prospects: "Perspectives pour 2018", "Outlook for 2020")
    r"|(?:perspectives|outlook|prospects|priorités|priorities)\s+(?:for|in|pour|en)\s+"
    r"(?:19|20)\d\d\s*:?"
    # (or the programme of a year: "Programme of activities for 2019", "Programme d'activités
    # pour 2020", "Programmation 2024 (provisoire)", "Work plan for 2021")
    r"|(?:programmes?|programs?|programmation|work ?plan|plan de travail|plan d['’]action|"
    r"calendrier prévisionnel)(?:\s+(?:of activities|d['’]activités|des activités))?\s+"
    r"(?:for|pour)\s+(?:19|20)\d\d\s*:?"
    r"|(?:programmes?|programs?|programmation|work ?plan|plan de travail)\s+(?:19|20)\d\d\s*"
    r"\((?:provisoire|provisional|draft|indicati(?:f|ve)|projet)\)\s*:?"
)
YEAR_TO_COME = compile_pattern(YEAR_TO_COME_TEXT, re.IGNORECASE)
# A list's title telling what is past: "Rendez-vous passés", "Past events", "Activités
# réalisées", "Previous missions".
PAST_LIST = compile_pattern(
    r"(?:(?:past|previous|recent|completed)\s+(?:events?|activit(?:y|ies)|missions?|meetings?)|"
    r"(?:rendez-vous|événements|activités|missions|rencontres)\s+(?:passée?s|réalisée?s|"
    r"précédente?s|tenue?s)|archives?)\s*:?",
    re.IGNORECASE,
)
UPCOMING = compile_pattern(
    # (a report's numbered heading perhaps: "6. FORTHCOMING ELECTIONS"; or between rules:
    # "--- COMING UP ---"; or its part's name: "Part Two – Programme of activities for 2019")
    rf"(?:{_RULE}\s*)?(?:\d{{1,2}}(?:\.\d{{1,2}})*\.?\s+)?"
    r"(?:(?:part|partie|section|chapter|chapitre)\s+[\w]+\s*[–—:-]\s*)?"
    r"(?:(?:upcoming|forthcoming|future|planned|scheduled)(?: (?:events?|activit(?:y|ies)|"
    r"missions?|meetings?|elections?(?: in the region)?))?|coming up|to come|"
    # (a report's outlook: "Looking ahead", "Outlook", "Perspectives"; not "Next steps",
    # which may tell how long a stay under way goes on)
    r"looking ahead|outlook|perspectives|"
    r"(?:missions?|activités|événements|rencontres|élections)\s+"
    r"(?:à venir|programmée?s|prévue?s|planifiée?s|envisagée?s)|à venir|"
    r"prochaine?s? (?:événements?|activités?|rendez-vous|missions?|élections)|prochainement|"
    # (a part titled by what comes after alone: "Next", "What's next", "Et ensuite")
    r"(?:what['’]s )?next|et ensuite|"
    r"agenda)"
    # (its year told with it: "Upcoming missions (2024)", "Missions prévues – 2025")
    r"(?:\s*\(\s*(?:19|20)\d\d\s*\)|\s*[-–—]\s*(?:19|20)\d\d|\s+(?:in|en)\s+(?:19|20)\d\d"
    # (or a note in brackets: "À VENIR (SEMAINE 3 ET AU-DELÀ)", "Upcoming (members only)")
    r"|\s*\([^()\n]{1,40}\)"
    # (or the period it looks to: "Coming up in the next quarter", "Looking ahead to 2026",
    # "Perspectives pour le prochain trimestre", "À venir dans les prochains mois")
    r"|\s+(?:to|in|for|during|over|into|pour|dans|au cours)\s+"
    r"(?:the\s+|le\s+|les\s+|la\s+|du\s+|des\s+)?"
    r"(?:(?:next|coming|following|prochaine?s?)\s+)?"
    r"(?:(?:19|20)\d\d|quarter|months?|weeks?|year|"
    r"semester|period|trimestre|mois|semaines?|année|semestre|période|exercice)"
    rf"(?:\s+(?:à venir|prochaine?s?|suivante?s?))?)?\s*:?(?:\s*{_RULE})?"
    r"|(?:(?:part|partie|section|chapter|chapitre)\s+[\w]+\s*[–—:-]\s*)?(?:"
    + YEAR_TO_COME_TEXT
    + ")",
    re.IGNORECASE,
)


# A label over what was held: "Past events", "Missions réalisées", "Archives".
_PAST = compile_pattern(
    # (between rules perhaps: "--- EARLIER THIS YEAR ---")
    rf"(?:{_RULE}\s*)?(?:"
    r"(?:past|previous|completed|recent|earlier) (?:events?|activities|missions?|meetings?)|"
    r"(?:événements|activités|missions|rencontres) (?:passée?s|réalisée?s|antérieure?s)|"
    r"earlier this year|so far this year|plus tôt cette année|depuis le début de l['’]année|"
    r"archives?|past|passée?s?|réalisée?s|held|completed|terminée?s)"
    # (its year told with it: "ÉVÉNEMENTS PASSÉS — 2024", "Past events (2023)")
    rf"(?:\s*[-–—:]\s*(?:19|20)\d\d|\s*\(\s*(?:19|20)\d\d\s*\))?(?:\s*{_RULE})?",
    re.IGNORECASE,
)

# A heading that names an activity ("Mission to Romania", "Séminaire ...").
ACTIVITY_HEADING = compile_pattern(
    r"\b(?:missions?|meetings?|seminars?|conferences?|observation|assembly|committee|visits?|"
    r"reception|workshops?|forum|program|programme|participation|presentation|sharing|"
    r"exchange|training|colloque|séminaire|atelier|accueil|réunion|assemblée|rencontre|"
    r"formation|observation|évaluation)\b",
    re.IGNORECASE,
)

_DETAIL_WORD = compile_pattern(r"[^\W\d_][\w'’-]*")

_BADGE_WEEKDAYS = frozenset([*WORDS.weekdays, *WORDS.phrases["short_weekdays"]])
_DETAIL_GLUE = frozenset(
    ["from", "to", "du", "au", "le", "les", "et", "and", "de", "à", "a", "in", "en", "the"]
)


# A venue cell: online, or a city and its state or country written short ("Atlanta, Ga.").
_ONLINE = compile_pattern(r"(?i)online|en ligne|virtual|virtuel(?:le)?|webinar|webinaire")
# A venue's premises closing a listing line after its town: ", siège de l'AIGE", ", au Palais
# des congrès", ", headquarters of the IEC".
_PREMISES_TAIL = compile_pattern(
    r",\s*(?:au\s+|à\s+l['’]|at\s+the\s+)?(?:siège|locaux|bureaux|headquarters|head office|"
    r"offices|seat|premises|hôtel|hotel|palais|centre|center|salle)\b[^,\n]{0,40}$",
    re.IGNORECASE,
)
# A city and its country in brackets: "Nouakchott (Mauritanie)", "Genève (Suisse)".
_PLACE_IN_BRACKETS = compile_pattern(r"[A-ZÀ-Ý][\w'’ .-]{1,40}\s*\([A-ZÀ-Ý][\w'’ .-]{2,40}\)")
_CITY_STATE = compile_pattern(r"[A-ZÀ-Ý][\w'’ .-]{1,30}, [A-Z][\w.]{0,10}\.?(?: [A-Z][\w.]{0,10})?")


def is_listing_line(index: NameIndex, text: str) -> bool:
    """Whether a block is a listing line: a place, a date or both, and little else
    ("Salta, Argentina", "June 1-3, 2016", "Saltillo, Mexico, August 8-9, 2014")."""
    flat = " ".join(text.split())
    if len(flat) > 120 or len(flat.split()) > 14:
        return False
    # (its weekdays in brackets after its days: "22–24 January 2024 (Monday–Wednesday)")
    flat = _WEEKDAYS_AFTER.sub("", flat) or flat
    if is_calendar_day(flat):
        return True  # a calendar's day badge: "17 THU – 19 SAT"
    if " | " in flat or " · " in flat:
        # an events calendar's venue and programme: "Atlanta, Ga. | Democracy Program",
        # "Online | Democracy Program", "Tbilisi, Georgia · hosted by the commission"
        venue = re.split(r" [|·] ", flat)[0]
        label = flat[len(venue) + 3 :]
        if (
            date_alone(venue)
            and len(label.split()) <= 3
            and not any(ch.isdigit() for ch in label)
            and " | " not in label
            and " · " not in label
        ):
            return True  # a news item's day and its category: "7 October 2024 | Conferences"
        if _ONLINE.fullmatch(venue) or _CITY_STATE.fullmatch(venue):
            return True
        if venue != flat and not find_dates(venue)[0] and is_listing_line(index, venue):
            return True
    if _ONLINE.fullmatch(flat):
        return True  # "En ligne", "Online": where an entry was held
    if flat.startswith(("📍", "📌", "🗺")):
        return True  # a venue behind a pin: "📍 Paris, France – siège de l'OIF"
    found, _bad = find_dates(flat)
    if not found and "/" in flat:
        # (numeric days only month first can read: "04/27/2023 - 05/01/2023")
        found, _bad = find_dates_month_first(flat)
    names = [h for h in index.find(flat) if h.category in ("country", "place")]
    if not found and not names:
        return False
    taken = [(m.start_offset, m.end_offset) for m in found]
    taken += [(h.start, h.end) for h in names]
    if found:
        # (after its days, the venue's premises after its town, or a word for online: "Jeudi
        # 9 février 2023 — Bamako, siège de l'AIGE", "14 décembre 2023 — en ligne")
        tail = _PREMISES_TAIL.search(flat) if names else None
        if tail is not None and any(h.end <= tail.start() for h in names):
            taken.append(tail.span())
        taken += [o.span() for o in _ONLINE.finditer(flat, found[-1].end_offset)]
    rest = list(flat)
    for a, b in taken:
        rest[a:b] = " " * (b - a)
    left = [
        w
        for w in _DETAIL_WORD.findall("".join(rest))
        # (nor a badge's weekdays: "mar. 03 – jeu. 05 JUIN")
        if w.lower() not in _DETAIL_GLUE and w.lower() not in _BADGE_WEEKDAYS
    ]
    if any(ACTIVITY_HEADING.search(w) or not w[0].isupper() for w in left):
        return False  # "Mission to Romania" is a title, not a place line
    if not found:
        # "Salta, Argentina", "San José, Costa Rica", "Nouakchott (Mauritanie)"; a venue
        # down to its country, in short parts: "A-WEB Secretariat, Songdo, Incheon, Korea"
        parts = flat.split(",")
        venue = (
            len(parts) >= 3
            and all(len(p.split()) <= 3 for p in parts[:-1])
            and any(h.end == len(flat.rstrip(". ")) for h in names)
        )
        return ("," in flat or bool(_PLACE_IN_BRACKETS.fullmatch(flat))) and (
            len(left) <= 2 or venue
        )
    return len(left) <= (2 if names else 1)
