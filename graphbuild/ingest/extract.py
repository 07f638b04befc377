"""Sections -> trips -> activity records.

The rules, in the order they apply to a section (a heading and its paragraphs):

1. Every date phrase is given a role: an *election* day ("held on October 26, 2014", "the
   February 13th legislative elections"), a *reference* to another time ("since 2005",
   "also observed ... in July 2006") or an *activity* date.
2. Trip anchors are the activity dates with a day; failing those, months or years that open
   a sentence or go with a travel verb ("In March 2008, ... travelled", "In 2007, ...").
3. An anchor inside another anchor's dates is a sub-event of that trip, unless its sentence
   names another country (then it is a trip of its own). Disjoint anchors are separate trips.
4. A sentence of plural missions over a list of countries ("three observation missions in
   Mali, Guatemala and Togo"; "one in Mali, one in the DRC") makes one trip per country.
5. A year comes from the phrase itself, then from another date of the same paragraph, then
   of the same section, then from the year heading; failing all, from the neighbouring
   activities of the page, and is then marked inferred.
6. Places are the countries and cities named as where things happened (after "in", "to",
   "at", "visiting", in the heading, or as "Colombia's presidential election"), not those
   named in passing ("20 representatives from Belgium, Benin ...").
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from types import EllipsisType

from graphbuild.gazetteer import Gazetteer
from graphbuild.ingest.dates import (
    DateMention,
    PartialDate,
    find_dates,
    month_length,
    month_number,
    ordinal_number,
    season_month,
)
from graphbuild.ingest.memo import text_memo
from graphbuild.ingest.names import NameHit, NameIndex, fold
from graphbuild.ingest.publisher import home_organization
from graphbuild.ingest.segment import Section, clean_text, sections
from graphbuild.records import (
    Activity,
    ActivityKind,
    DatePrecision,
    Election,
    ElectionType,
    Mention,
    NamedEvent,
    OrgRole,
    OrgType,
    PartyRole,
    Span,
)
from graphbuild.sources import PageMeta, SourcePage


@dataclass(frozen=True)
class IngestIssue:
    """Something the ingester could not settle, kept for a person to review."""

    source: str
    line: int
    category: str  # unresolved-organization | unresolved-person | bad-date | inferred-year | ...
    text: str
    start: int
    end: int
    activity: str | None = None
    country: str | None = None  # alpha-3 of the record's place, for an unknown place


# -- text pieces ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int  # index of the paragraph in its section (-1 for the heading)


_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|No|vs|etc|e\.g|i\.e|M|Mme|Jr|Sr)|\b[A-Z]|\bU\.S|"
    # an abbreviated month: "27 nov. 2015", "Sept. 3"
    r"\b(?i:jan|janv|feb|f[ée]v|f[ée]vr|mar|apr|avr|jun|jul|juil|aug|sep|sept|oct|nov|dec|d[ée]c))$"
)
_SENT_END = re.compile(r"[.!?][\"”»’')\]]*\s+(?=[\"“«(]?[A-Z0-9ÀÂÉÈÊÎÔÛÇ])")


def split_sentences(text: str, offset: int, paragraph: int) -> list[Sentence]:
    out: list[Sentence] = []
    start = 0
    for m in _SENT_END.finditer(text):
        before = text[start : m.start()]
        if _ABBREV.search(before):
            continue
        piece = text[start : m.start() + 1]
        if piece.strip():
            out.append(Sentence(offset + start, offset + m.start() + 1, piece, paragraph))
        start = m.end()
    if text[start:].strip():
        out.append(Sentence(offset + start, offset + len(text.rstrip()), text[start:], paragraph))
    return out


# -- cue words --------------------------------------------------------------------------------

_ELECTION_WORD = (
    r"(?:elections?|polls?|vote|voting|ballot|referendum|scrutin|polling day|round|"
    # French names an election by its type alone: "les municipales du 6 mai"
    r"municipales|legislatives|presidentielles?|senatoriales|regionales|partielles|"
    r"cantonales|europeennes)"
)
_ELECTION_BEFORE = re.compile(
    _ELECTION_WORD + r"\b(?P<between>[^.;]{0,60}?)"
    r"(?:\b(?:on|of|for|du|le|next|in)\s*(?:the\s+)?)?$",
    re.IGNORECASE,
)
_ELECTION_AFTER = re.compile(
    r"^\W{0,3}(?:\d{4}\W{0,3})?(?:(?:first|second|1st|2nd)\s+round\s+(?:of\s+the\s+)?)?"
    r"(?:(?:presidential|legislative|parliamentary|general|municipal|local|senatorial|"
    r"communal|mid-term|gubernatorial|constituent|and|,)\s+){0,5}"
    r"(?:elections?|polls?|vote|ballot|referendum|scrutin)\b"
    r"|^[^.]{0,60}\bwent to the polls",
    re.IGNORECASE,
)
_PUBLICATION_BEFORE = re.compile(
    r"\b(?:publie|published|posted|mise? a jour|updated|modifi\w*|date de (?:publication|"
    r"modification)|date modified|last modified)\b[^.;]{0,25}$"
    r"|^\W*(?:par|by)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s*$",
    re.IGNORECASE,
)
# A news item's dateline: "OUAGADOUGOU, 27 nov. 2015 (Faso Matin) –", "OTTAWA, August 22".
# A news item's or a letter's dateline: "OUAGADOUGOU, 27 nov. 2015 (Faso Matin) –",
# "WASHINGTON, D.C., March 4, 2018 —", "Niamey, le 7 mars 2019", "Fait à Yaoundé, le ...".
_DATELINE_HEAD = re.compile(
    r"\W*(?i:fait à\s+|done at\s+)?(?P<place>[A-ZÀ-Ý][\w'’.-]*(?:[ -][A-ZÀ-Ý][\w'’.-]*){0,3}"
    r"(?:,\s*[A-Z][A-Za-z.]{1,10})?)\s*(?:\([^)]{0,40}\))?,\s*"
)
_DATELINE_TAIL = re.compile(r"\s*(?:\([^)]{0,40}\)\s*)?[–—-]")


def _is_dateline(text: str, m: DateMention, rel: int) -> bool:
    """Whether the date ``m`` (at ``rel`` in ``text``) is a dateline's: after a place that
    opens the text, with the place in capitals, the date after "le", or a dash after it
    (a listing line "Saltillo, Mexico, August 8-9, 2014" is none)."""
    head = _DATELINE_HEAD.fullmatch(text[:rel])
    if head is None:
        return False
    place = head.group("place")
    end = m.end_offset - m.start_offset + rel
    return place.split(",")[0].isupper() or m.lead == "le" or bool(_DATELINE_TAIL.match(text, end))


# Unknown places (see ``RecordBuilder._unknown_places``).
_PLACE_AFTER = re.compile(
    r"\b(?:in|at|à|au|dans la ville d['’]|dans la ville de)\s+"
    r"(?P<name>[A-ZÀ-Ý][\w'’-]+(?:[ -](?:de |del |do |da )?[A-ZÀ-Ý][\w'’-]+){0,2})"
    r"(?=\s*(?:[,.;:)(]|$|\s(?:du|from|on|le|les|in|the|et|and|pour|for|to|au)\b))"
)
_CITY_COMMA = re.compile(
    r"(?<![\w'’-])(?P<name>[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)?),\s+(?=[A-ZÀ-Ý])"
)
_NOT_PLACES = frozenset(
    [
        "the",
        "this",
        "that",
        "these",
        "its",
        "his",
        "her",
        "our",
        "their",
        "a",
        "an",
        "le",
        "la",
        "les",
        "l",
        "un",
        "une",
        "ce",
        "cette",
        "ces",
        "mr",
        "mrs",
        "ms",
        "m",
        "mme",
        "dr",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "général",
        "general",
        "président",
        "president",
        "bureau",
        "elections",
        "élections",
        "office",
        "french",
        "english",
        "spanish",
        "français",
        "anglais",
        "espagnol",
        "africa",
        "afrique",
        "europe",
        "asia",
        "asie",
        "america",
        "americas",
        "amérique",
        "amériques",
        "oceania",
        "océanie",
    ]
)
_PARTNER_AFTER = re.compile(
    r"(?:était|étaient|est|sont|was|were|is|are|a été|ont été)\s+(?:(?:le|la|les|un|une|a|the|"
    r"main|principal\w*)\s+)?(?:partenaires?|partners?|co-?organisat\w+|co-?organi[sz]ers?)\b",
    re.IGNORECASE,
)
_INTERNATIONAL = re.compile(
    r"\b(?:international\w*|foreign|abroad|étrang\w+|delegations?|délégations?|visitors?|"
    r"visiteurs?|francophon\w+|countries|pays|world|monde|observ\w+|embass\w+|ambassad\w+)",
    re.IGNORECASE,
)
# What a report says it covers: "couvre la période", "covers the period", "exercice".
_PERIOD = re.compile(
    r"\b(?:couvre la période|couvrant la période|pour la période|covers the period|"
    r"covering the period|for the period|reporting period|période de référence)",
    re.IGNORECASE,
)
_UPCOMING = re.compile(
    r"(?:upcoming(?: events?)?|coming up|forthcoming(?: events?)?|future events?|to come|"
    r"à venir|prochains? (?:événements|activités|rendez-vous)|agenda)\s*:?",
    re.IGNORECASE,
)
# An agreement signed is no activity unless someone went or met for it.
_AGREEMENT = re.compile(
    r"\b(?:memorand(?:um|a)|agreements?|entente|accord|protocole|convention|"
    r"protocol)\b[^.]{0,120}\b(?:sign\w*|conclu\w*|renew\w*|renouvel\w*)|"
    r"\b(?:sign\w*|conclu\w*)\b[^.]{0,60}\b(?:memorand(?:um|a)|agreements?|entente|accord|"
    r"protocole|convention|protocol)\b",
    re.IGNORECASE,
)
_BRACKET_YEAR = re.compile(r"\s*\(((?:19|20)\d\d)\)")
_DURING = re.compile(
    r"\b(?:during|lors d[eu]s?|pendant|a l['’]occasion d[eu]s?)\s+(?:the\s+|la\s+|l['’])?$",
    re.IGNORECASE,
)
_TAKING_PART = re.compile(
    r"\b(?:welcom\w+|receiv\w+|host\w*|took part|participated|attended|observed|accueill\w+|"
    r"a reçu|ont reçu|a pris part|ont pris part|a participé|ont participé|a observé)",
    re.IGNORECASE,
)
_FUTURE_WORD = re.compile(
    r"\b(?:will|shall|to be held|(?:is|are) (?:to be|scheduled|planned|expected)|upcoming|"
    r"prévue?s?|à venir|envisagée?s?|sera|seront|aura|auront|fera|feront|"
    r"reporté\w*|annulé\w*|postponed|cancell?ed|sine die|doit|doivent|devra|devront|"
    r"prévoit|prévoient|plans? to|intends? to|"
    r"\w{3,}(?:era|eront|ira|iront|dra|dront))\b",
    re.IGNORECASE,
)
_PAST_VERB = re.compile(
    r"\b(?:took|was|were|had|has been|have been|went|attended|participated|welcomed|"
    r"received|visited|led|held|a|ont|avait|avaient|était|étaient|fut|furent)\s",
    re.IGNORECASE,
)
_PAST_EN = re.compile(r"\b(?!(?:schedul|plann|expect|intend|propos|invit|fix)ed\b)[a-z]{3,}ed\b")
_TRIP_WORD = re.compile(
    r"\b(?:missions?|took part|participat\w*|visit\w*|travel\w*|attend\w*|delegation|went|"
    r"quitt\w*|leav\w*|left|depart\w*|arriv\w*|remain\w*|rest(?:er|era|eront|ent)|"
    # a host's verb: "Elections Cameroon (ELECAM) a accueilli à Yaoundé, les 14, 15 et 16"
    r"accueill\w*|reçu|host\w*|welcom\w*|organi[sz]\w*|abrit\w*)\b",
    re.IGNORECASE,
)
_REFERENCE_BEFORE = re.compile(
    r"\b(?:also observed|had (?:notably |also )?observed|previously|since|first time)\b[^.;]*$"
    # another event: "lors du séminaire que le RECEF a tenu à Madagascar, en", "ont adoptée
    # au XVIIe Sommet ..., le", "the previous assembly, in"
    r"|\b(?:que|qu['’]|which|that)\s[^.;,]{0,40}\b(?:a|ont|had|has)\s+(?:tenu|organisé|held)\b"
    r"[^.;]{0,60}$"
    r"|\b(?:previous|précédente?s?|last year|l['’]an dernier|l['’]année dernière)\b[^.;]{0,60}$"
    # "il avait déjà dirigé la délégation ... lors de la présidentielle tenue à Accra en"
    r"|\b(?:deja|already|auparavant|earlier)\b[^.;]{0,90}$"
    r"|\b(?:s['’])?(?:avait|avaient|était|étaient|had)\s+(?:\w+\s+)?\w+(?:e|es|ed|en)\b"
    r"[^.;]{0,90}$"
    r"|\b(?:adopt\w*|signée?s?|signed)\b[^.;]{0,80}$"
    # a document and its date: "la Déclaration de Bamako du 3 novembre 2000"
    r"|\b(?:déclaration|declaration|charte|charter|accord|agreement|loi|act|résolution|"
    r"resolution|convention|protocole?)\b[^.;,]{0,60}\b(?:du|of|de)\s*$",
    re.IGNORECASE,
)
_TRAVEL = re.compile(
    r"\b(?:took part|take part|participated|travel+ed|went|visited|attended|was in|were in|"
    r"joined|carried out|conducted|represented|observed|a participé|ont participé|"
    r"a pris part|ont pris part|a effectué|ont effectué|a assisté|a représenté|a observé|"
    r"s'est rendue?|se sont rendu\w*|a fait partie|ont fait partie|faisait partie|"
    r"was part of|were part of|was a member of)\b",
    re.IGNORECASE,
)
_INFO_SENTENCE = re.compile(
    # A link in brackets is no such sentence: "RECEF (www.recef.org) participated in ...".
    r"\b(?:web ?sites?|press release|learn more|find out more|know more|"
    r"for (?:further|more) information|consult (?:the|their|this)|go to|visit their|"
    r"French only|in French\)|story in|site web|site internet|communiqué de presse|"
    r"pour en savoir plus)\b",
    re.IGNORECASE,
)
# Sentences telling that an event took place.
_HAPPENED = re.compile(
    r"\b(?:took place|was held|were held|met in|gathered|s['’]est (?:déroulée?|tenue?|réunie?)|"
    r"se sont (?:déroulé|tenu|réuni)\w*|a eu lieu|ont eu lieu|a réuni|ont réuni|a siégé)",
    re.IGNORECASE,
)
_HEADING_YEAR = re.compile(r"(?<![\d/-])((?:19|20)\d\d)(?![\d/-])")
_ACTIVITY_HEADING = re.compile(
    r"\b(?:missions?|meetings?|seminars?|conferences?|observation|assembly|committee|visits?|"
    r"reception|workshops?|forum|program|programme|participation|presentation|sharing|"
    r"exchange|training|colloque|séminaire|atelier|accueil|réunion|assemblée|rencontre|"
    r"formation|observation|évaluation)\b",
    re.IGNORECASE,
)


# Words one of which _INFO_SENTENCE needs (lower case).
_INFO_WORDS = (
    "web",
    "press release",
    "learn more",
    "find out more",
    "know more",
    "information",
    "consult ",
    "go to",
    "visit their",
    "french only",
    "in french)",
    "story in",
    "site ",
    "communiqu",
    "pour en savoir plus",
)


@text_memo
def _is_info_text(text: str) -> bool:
    return _may_contain(text, _INFO_WORDS) and bool(_INFO_SENTENCE.search(text))


# The only characters other than ASCII letters that a case-insensitive pattern takes for
# ASCII letters: İ ı ſ and the Kelvin sign.
_CASE_TWINS = re.compile("[\u0130\u0131\u017f\u212a]")


def _may_contain(text: str, words: tuple[str, ...]) -> bool:
    """False when a case-insensitive pattern cannot find any of ``words`` (lower-case ASCII)
    in ``text``: a quick test before the pattern's search."""
    if _CASE_TWINS.search(text):
        return True
    return _has_any(text.lower(), words)


def _has_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether any of ``words`` is in ``text``, as written."""
    return any(word in text for word in words)


# Kind patterns, in priority order; the first text that matches any decides.
_KIND_PATTERNS: list[tuple[ActivityKind, re.Pattern[str]]] = [
    (
        ActivityKind.RECEPTION,
        re.compile(
            r"\b(?:reception of|receiv\w+ (?:a|the) delegation|welcom\w*|hosting of|"
            # French "accueillir" a delegation or visitors, not a city hosting a forum
            r"accueil\w*\b[^.;]{0,60}?\b(?:délégations?|homologues|visiteurs|visite|"
            r"missions?|membres|stagiaires)|accueil d[e'’]|reçu\w*\b[^.;]{0,60}?\b"
            r"(?:délégation|visite)|réception d)",
            re.IGNORECASE,
        ),
    ),
    (
        ActivityKind.OBSERVATION,
        re.compile(
            r"\b(?:observ\w*|information and contact|contact and information|fact-finding|"
            r"missions? électorales?|electoral missions?|"
            r"information et de contact|"
            r"contact building|(?:visitors'?|IFES) program\w*|program\w* (?:of|offered by) "
            r"the International Foundation|program\w* (?:for|during|of) the [\w. -]{0,25}"
            r"elections?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        ActivityKind.EVALUATION,
        re.compile(
            r"\b(?:evaluat\w*|assess\w*|analysis|évaluation|peer[- ]review\w*|revue par les "
            r"pairs)\b",
            re.IGNORECASE,
        ),
    ),
    (
        ActivityKind.TECHNICAL_ASSISTANCE,
        re.compile(
            r"\b(?:technical (?:assistance|support)|electoral assistance|assistance mission|"
            r"strengthen\w* (?:\w+ ){0,4}capacit\w*|reinforce (?:\w+ ){0,3}capabilit\w*|"
            r"assistance technique|appui technique|help(?:ed)? (?:with|to)|in support of|"
            r"missions? d['’]expertise|expert missions?|pour accompagner|afin d['’]accompagner)\b",
            re.IGNORECASE,
        ),
    ),
    (
        ActivityKind.TRAINING,
        re.compile(r"\b(?:training|formation|BRIDGE|trained|formés?|formées)\b", re.IGNORECASE),
    ),
    (
        ActivityKind.GENERAL_ASSEMBLY,
        re.compile(
            r"\b(?:general assembly|assemblée générale|plenary assembly|assemblée plénière|"
            r"plenary session|session plénière|annual session|session annuelle|a siégé)\b",
            re.IGNORECASE,
        ),
    ),
    (
        ActivityKind.CONFERENCE,
        re.compile(
            r"\b(?:conferences?|meetings?|seminars?|workshops?|committee|forum|round table|"
            r"symposium|journées|working sessions?|exchange|sharing|share|work missions?|"
            r"colloques?|séminaires?|ateliers?|réunions?|conférences?|rencontres?|échanges?)\b",
            re.IGNORECASE,
        ),
    ),
]

_ELECTION_TYPES = [
    # Matched on accent-folded text, English and French.
    (ElectionType.PRESIDENTIAL, r"presiden\w*"),
    (ElectionType.LEGISLATIVE, r"legislatives?|parliamentary|mid-term"),
    (ElectionType.SENATORIAL, r"senatorial|senatoriales?"),
    (ElectionType.MUNICIPAL, r"municipal|communal|municipales?|communales?"),
    (ElectionType.LOCAL, r"local|locales?"),
    (ElectionType.GENERAL, r"general(?=\s+(?:elections?|vote|polls?))|(?<=elections\s)generales"),
    (ElectionType.CONSTITUENT, r"constituent|constituante"),
    (ElectionType.GUBERNATORIAL, r"gubernatorial"),
    (ElectionType.REFERENDUM, r"referendum"),
]

_NUMBER = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
}
_COUNT = re.compile(
    r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|un|une|deux|trois|"
    r"quatre|cinq)\s+(?:DGEQ\s+|Québec\s+|Quebec\s+)?(representatives?|people|persons|members|"
    r"delegates|experts?|représentant\w*|personnes)\b",
    re.IGNORECASE,
)

_EVENT_NOUN = (
    r"(?:Conference|Seminar|Workshop|General Assembly|Assembly|Joint Committee|Committee|"
    r"Debates|Journées|Days|Forum|Symposium|Round Table|Colloque|Séminaire|Atelier|"
    r"Assemblée générale)"
)
_W = r"[\w'’-]{1,40}"  # a word, bounded: no regex here may crawl a megabyte token
_EVENT = re.compile(
    r"(?<![\w'’-])"
    r"(?:(?P<ord>\d{1,2}(?:st|nd|rd|th|e|ème)|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|"
    r"[Ss]ixth|[Ss]eventh|[Ee]ighth|[Nn]inth|[Tt]enth)\s+)?"
    r"(?P<pre>(?:[A-Z][\w'’-]{0,40}\s+|(?:annual|biennial|international|technical|electoral)\s+)"
    r"{0,6})"
    r"(?P<noun>" + _EVENT_NOUN + r"|(?:general assembly|seminar|workshop|conference)s?)"
    r"(?P<post>(?:\s+(?:of|on|de|des|du|for)\s+(?:the\s+|la\s+|l')?" + _W + r"(?:\s+(?:[A-Z]"
    r"[\w'’-]{0,40}|of|and|on|for|in|de|des|du|la|et|the)(?![\w'’-])){0,10})?)"
)
# Words one of which every event name has (as written).
_EVENT_WORDS = (
    "Conference",
    "Seminar",
    "Workshop",
    "Assembl",
    "Committee",
    "Debates",
    "Journées",
    "Days",
    "Forum",
    "Symposium",
    "Round Table",
    "Colloque",
    "Séminaire",
    "Atelier",
    "general assembly",
    "seminar",
    "workshop",
    "conference",
)


@text_memo
def _event_names(text: str) -> tuple[tuple[int, str, str, str | None, str], ...]:
    """The event names of a text: offset, phrase, noun, ordinal and what follows the noun."""
    if not _has_any(text, _EVENT_WORDS):
        return ()
    return tuple(
        (m.start(), m.group(0), m.group("noun"), m.group("ord"), m.group("post"))
        for m in _EVENT.finditer(text)
    )


_TRAILING_SMALL = re.compile(r"(?:\s+(?:of|and|on|for|in|de|des|du|la|et|the))+$")


def _cat_of_event(noun: str) -> str:
    n = noun.lower()
    if "assembl" in n:
        return "general-assembly"
    if "committee" in n:
        return "committee"
    if "workshop" in n or "atelier" in n:
        return "workshop"
    if "seminar" in n or "séminaire" in n:
        return "seminar"
    if n in ("journées", "days", "debates", "forum", "round table"):
        return "meeting"
    return "conference"


# Place cues (see ``PageExtractor._locations``).
# Between two names of one list: "Mali, Guatemala and Togo", "au Mexique, au Québec et au
# Brésil" (an unknown name may stand between).
_LIST_GAP = re.compile(
    r"\s*(?:,|,?\s*and|et|\s)\s*(?:(?:au|aux|à|a|en|in|to)\s+)?"
    r"(?:[A-Z][\w'’-]+\s*(?:,|,?\s*and|et)\s*(?:(?:au|aux|à|a|en|in|to)\s+)?)?"
)
_FROM_BEFORE = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:\w+\s+){0,1}$"
    # where bodies are based, not where things happen: "secrétariats établis au Mexique"
    r"|\b(?:[ée]tablie?s?|bas[ée]e?s?|install[ée]e?s?|based|headquartered|located)\s+"
    r"(?:(?:à|au|aux|en|in|at)\s+)?(?:\w+\s+){0,1}$",
    re.IGNORECASE,
)
_WHERE_BEFORE = re.compile(
    r"(?:\b(?:in|to|at|visiting|visited|visit|toward|towards|for|en|au|aux|a|dans|"
    r"inside|within)\s+(?:the\s+)?(?:(?:Republic|State|Islamic Republic|"
    r"Plurinational State)\s+of\s+(?:the\s+)?|"
    # "en République bolivarienne du Venezuela", "au Royaume du Maroc"
    r"(?:r[ée]publique|[ée]tat|royaume|principaut[ée])(?:\s+[\w-]+){0,2}?\s+"
    r"(?:du|de la|de l['’]|des|de|d['’])\s*)?|\bcountries\s+of\s+(?:the\s+)?"
    # an event named after its place: "l'Atelier de travail de Québec", "Summit of Quebec"
    r"|\b(?:atelier|s[ée]minaire|conf[ée]rence|sommet|forum|colloque|rencontre|workshop|"
    r"seminar|conference|summit|meeting)(?:\s+[\w-]+){0,3}?\s+(?:de|d['’]|of|in)\s*)$",
    re.IGNORECASE,
)
_POSSESSIVE_ELECTION = re.compile(
    r"'s?\s+(?:\w+\s+){0,3}(?:presidential|legislative|parliamentary|general|"
    r"municipal|elections?|election)"
)
_FROM_WORD = re.compile(r"\bfrom\s")
# "April 13, and May 5, 2011": the gap between the two dates of a pair.
_PAIR_GAP = re.compile(r"\s*,?\s*(?:and|et|&)\s*")
_MISSIONS = re.compile(r"\bmissions\b", re.IGNORECASE)
_ONE_IN = re.compile(r"\b(?:one|the other)\s+(?:in|to)\b", re.IGNORECASE)


_BARE_CITY = re.compile(r"(?:\b(?:à|de)\s+|\bd['’])(?P<name>[A-ZÀ-Ý][\w’'-]+)(?!\s+City)")
_DETAIL_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_DETAIL_GLUE = frozenset(
    ["from", "to", "du", "au", "le", "les", "et", "and", "de", "à", "a", "in", "en", "the"]
)


# -- the extractor ----------------------------------------------------------------------------


@dataclass
class _Trip:
    anchor: DateMention | None
    anchor_sentence: Sentence | None
    subs: list[DateMention] = field(default_factory=list)
    own: list[Sentence] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    cities: list[str] = field(default_factory=list)
    split_label: str | None = None
    kind_text: str | None = None
    year_inferred: bool = False
    count: int | EllipsisType | None = ...  # set when a split decides the head count
    year: int | None = None  # the year of an undated trip (no anchor)


@dataclass(frozen=True)
class _Dated:
    mention: DateMention
    role: str  # activity | election | reference
    sentence: Sentence
    paragraph: int


class PageExtractor:
    """Turns the sections of one page into activity records."""

    def __init__(self, page: SourcePage, gazetteer: Gazetteer, index: NameIndex) -> None:
        self.page = page
        self.g = gazetteer
        self.index = index
        self.clean = clean_text(page.text)
        self.home = home_organization(page.meta, gazetteer, index)
        self.home_id = self.home.org if self.home is not None else None
        self.issues: list[IngestIssue] = []
        self._heading_sentence_for_trip: Sentence | None = None
        # Memos per sentence, keyed by its offsets (which fix its text within the page).
        self._hit_cache: dict[tuple[int, int], list[NameHit]] = {}
        self._period_cache: tuple[tuple[PartialDate, PartialDate] | None] | None = None
        self._last_dated: list[_Dated] = []  # the dates of the section being read
        self._bare_cities = {
            p.name_en[: -len(" City")]: p.id
            for p in gazetteer.places.values()
            if p.kind == "city" and p.name_en.endswith(" City")
        }
        self._fold_cache: dict[tuple[int, int], str] = {}
        self._masked_cache: dict[tuple[int, int], str] = {}
        self._location_cache: dict[tuple[int, int, bool], tuple[list[str], list[str]]] = {}

    # -- helpers --

    def _issue(
        self, category: str, text: str, start: int, end: int, act: str | None = None
    ) -> None:
        self.issues.append(
            IngestIssue(self.page.id, self.page.line_of(start), category, text, start, end, act)
        )

    def _span(self, start: int, end: int) -> Span:
        return Span(start, end, self.page.line_of(start))

    def _hits(self, sentence: Sentence) -> list[NameHit]:
        key = (sentence.start, sentence.end)
        cached = self._hit_cache.get(key)
        if cached is None:
            text = sentence.text
            if _is_capitals(text) and len(text.title()) == len(text):
                text = text.title()  # "ÉLECTION PRÉSIDENTIELLE AU SALVADOR"
            cached = [
                NameHit(
                    h.start + sentence.start, h.end + sentence.start, h.text, h.category, h.refs
                )
                for h in self.index.find(text)
            ]
            cached = self._with_bare_cities(sentence, cached)
            self._hit_cache[key] = cached
        return cached

    def _with_bare_cities(self, sentence: Sentence, hits: list[NameHit]) -> list[NameHit]:
        """French names a city bare after "à" or "de" ("à Québec", "l'Atelier de Québec"),
        its province or country after "au" or "du": a city whose gazetteer name is "X City"
        is found as bare "X" after those prepositions."""
        if not self._bare_cities:
            return hits
        added = []
        for m in _BARE_CITY.finditer(sentence.text):
            place = self._bare_cities.get(m.group("name"))
            a, b = m.start("name") + sentence.start, m.end("name") + sentence.start
            if place is None:
                continue
            # "de Québec" is the city even where the bare name is also another body's
            overlapping = [h for h in hits if h.start < b and a < h.end]
            if any((h.start, h.end) != (a, b) for h in overlapping):
                continue
            hits = [h for h in hits if h not in overlapping]
            added.append(NameHit(a, b, m.group("name"), "place", (place,)))
        return sorted([*hits, *added], key=lambda h: h.start) if added else hits

    def _folded(self, sentence: Sentence) -> str:
        """``fold`` of the sentence's text, computed once."""
        key = (sentence.start, sentence.end)
        cached = self._fold_cache.get(key)
        if cached is None:
            cached = self._fold_cache[key] = fold(sentence.text)
        return cached

    def _is_info(self, sentence: Sentence) -> bool:
        """Whether the sentence only points to more information ("see the press release")."""
        return _is_info_text(sentence.text)

    def _date_role(self, m: DateMention, s: Sentence) -> str:
        rel = m.start_offset - s.start
        text = self._without_names(s)  # "Directeur général des élections" is no election
        before = fold(text[max(0, rel - 300) : rel]) + (m.lead + " " if m.lead else "")
        after = fold(text[m.end_offset - s.start : m.end_offset - s.start + 300])
        if _PUBLICATION_BEFORE.search(before[-60:]) or _is_dateline(s.text, m, rel):
            return "publication"  # "Publié le ...", "OUAGADOUGOU, 27 nov. 2015 –"
        if m.lead in ("since", "depuis"):
            # "à pied d'œuvre depuis le lundi 23 novembre": the day a stay began;
            # "since 2005", "depuis 2012": another time
            return "activity" if m.start.day is not None and not m.is_range else "reference"
        if _REFERENCE_BEFORE.search(before):
            return "reference"
        if m.is_range and m.lead in ("from", "between", "du", "entre"):
            return "planned" if self._planned(m, s) else "activity"
        if _ELECTION_AFTER.search(after):
            return "election"
        if m.start.month is None and not m.lead:
            return "background"  # a bare year: "(2003, 2006, 2009)", "the 2018 budget"
        eb = _ELECTION_BEFORE.search(before[-140:])
        if eb and not _TRIP_WORD.search(eb.group("between")):
            return "election"
        # an election may be said in the future ("to be held on ..."); a trip may not
        return "planned" if self._planned(m, s) else "activity"

    def _planned(self, m: DateMention, s: Sentence) -> bool:
        """Whether a date is that of a planned or future event: a future or planning word
        in its clause ("la délégation qui se déplacera ..., du 6 au 10 juillet", "ces Jeux
        sont prévus ... du 14 au 21 juillet", "From October 17 to 22, ... are expected"),
        with no past tense between them."""
        rel, end = m.start_offset - s.start, m.end_offset - s.start
        before = s.text[max(0, rel - 90) : rel]
        after = s.text[end : end + 140]
        clause = re.split(r"[,;:]\s", before)[-1]
        if _PAST_EN.search(clause) or _PAST_VERB.search(clause):
            return False  # "The core group arrived in Bogotá on February 26 and will ..."
        cue = None
        for found in _FUTURE_WORD.finditer(before):
            cue = found
        if cue is not None and not _PAST_VERB.search(before[cue.end() :]):
            return True
        ahead = _FUTURE_WORD.search(after)
        return ahead is not None and not _PAST_VERB.search(after[: ahead.start()])

    # -- places --

    def _locations(
        self, sentence: Sentence, *, heading: bool = False
    ) -> tuple[list[str], list[str]]:
        """Countries (alpha-3) and place ids named as where things happen in a sentence."""
        key = (sentence.start, sentence.end, heading)
        cached = self._location_cache.get(key)
        if cached is None:
            cached = self._find_locations(sentence, heading=heading)
            self._location_cache[key] = cached
        return list(cached[0]), list(cached[1])

    def _dateline_place(self, sentence: Sentence, countries: list[str], cities: list[str]) -> None:
        """The place of a news item's dateline ("OUAGADOUGOU, 27 nov. 2015 (Faso Matin) –"):
        where the news is told from, written in capitals before a date."""
        found, _bad = find_dates(sentence.text[:200])
        first = found[0] if found else None
        if first is None or not _is_dateline(sentence.text, first, first.start_offset):
            return
        m = _DATELINE_HEAD.match(sentence.text)
        assert m is not None
        for hit in self.index.find(m.group("place").split(",")[0].title()):
            if hit.category == "place":
                place = self.g.places[hit.refs[0]]
                if place.kind == "city":
                    cities.append(place.id)
                countries.append(place.country)
                return
            if hit.category == "country":
                countries.append(hit.refs[0])
                return

    def _find_locations(self, sentence: Sentence, *, heading: bool) -> tuple[list[str], list[str]]:
        """The work of :meth:`_locations`."""
        countries: list[str] = []
        cities: list[str] = []
        prev_end = -10
        prev_loc = False
        prev_denied = False  # the list's first name was said not to be where things happen
        text = self._folded(sentence)
        self._dateline_place(sentence, countries, cities)
        cells = _place_cells(sentence.text)
        for hit in self._hits(sentence):
            if hit.category not in ("country", "place"):
                prev_end = hit.end
                prev_loc = prev_denied = False
                continue
            rel_s, rel_e = hit.start - sentence.start, hit.end - sentence.start
            if _REFERENCE_BEFORE.search(text[max(0, rel_s - 300) : rel_s]):
                # a clause about another time: "lors de la présidentielle tenue à Accra"
                prev_end, prev_loc, prev_denied = hit.end, False, True
                continue
            before = text[max(0, rel_s - 40) : rel_s]
            after = text[rel_e : rel_e + 40]
            gap = text[prev_end - sentence.start : rel_s] if prev_end >= sentence.start else None
            denied = False
            if gap is not None and _LIST_GAP.fullmatch(gap) and (prev_loc or prev_denied):
                is_loc, denied = prev_loc, prev_denied
            elif gap is not None and _LIST_GAP.fullmatch(gap) and not _WHERE_BEFORE.search(before):
                is_loc = prev_loc
            elif _FROM_BEFORE.search(before):
                is_loc, denied = False, True
            elif _WHERE_BEFORE.search(before) or _POSSESSIVE_ELECTION.match(after):
                is_loc = True
            elif any(a <= rel_s and rel_e <= b for a, b in cells):
                is_loc = True  # a table's or a listing line's place column: "Dakar, Sénégal"
            else:
                is_loc = heading and not _FROM_WORD.search(before[-12:])
            prev_end, prev_loc, prev_denied = hit.end, is_loc, denied
            if not is_loc:
                continue
            if hit.category == "place":
                place = self.g.places[hit.refs[0]]
                if place.kind == "city" and place.id not in cities:
                    cities.append(place.id)
                if place.country not in countries:
                    countries.append(place.country)
            elif hit.refs[0] not in countries:
                countries.append(hit.refs[0])
        return countries, cities

    def _is_detail(self, text: str) -> bool:
        """Whether a block is a listing line: a place, a date or both, and little else
        ("Salta, Argentina", "June 1-3, 2016", "Saltillo, Mexico, August 8-9, 2014")."""
        flat = " ".join(text.split())
        if len(flat) > 120 or len(flat.split()) > 14:
            return False
        found, _bad = find_dates(flat)
        names = [h for h in self.index.find(flat) if h.category in ("country", "place")]
        if not found and not names:
            return False
        taken = [(m.start_offset, m.end_offset) for m in found]
        taken += [(h.start, h.end) for h in names]
        rest = list(flat)
        for a, b in taken:
            rest[a:b] = " " * (b - a)
        left = [w for w in _DETAIL_WORD.findall("".join(rest)) if w.lower() not in _DETAIL_GLUE]
        if any(_ACTIVITY_HEADING.search(w) or not w[0].isupper() for w in left):
            return False  # "Mission to Romania" is a title, not a place line
        if not found:
            return "," in flat and len(left) <= 1  # "Salta, Argentina"
        return len(left) <= (2 if names else 1)

    # -- the main loop --

    def extract(self) -> list[tuple[Section, _Trip, list[_Dated], list[Sentence]]]:
        out = []
        for section in sections(self.page, is_detail=self._is_detail):
            trips, dated, sents = self._trips(section)
            if not trips:
                body = section.paragraphs[0]
                self._issue(
                    "no-activity",
                    "section with no dated trip and no activity heading: not an activity",
                    body.start,
                    body.end,
                )
            for trip in trips:
                out.append((section, trip, dated, sents))
        return out

    def _without_names(self, sentence: Sentence) -> str:
        """The sentence with organisation names blanked out, offsets kept."""
        key = (sentence.start, sentence.end)
        cached = self._masked_cache.get(key)
        if cached is None:
            text = sentence.text
            pieces: list[str] = []
            pos = 0
            for h in self._hits(sentence):  # in order, without overlaps
                if h.category in ("organization", "generic-organization"):
                    a, b = h.start - sentence.start, h.end - sentence.start
                    pieces += (text[pos:a], " " * (b - a))
                    pos = b
            pieces.append(text[pos:])
            cached = self._masked_cache[key] = "".join(pieces)
        return cached

    def _heading_sentence_for(self, section: Section) -> Sentence | None:
        if section.heading is None:
            return None
        return Sentence(section.heading.start, section.heading.end, section.heading.text, -1)

    def _sentences(self, section: Section) -> list[Sentence]:
        sents: list[Sentence] = []
        for i, block in enumerate(section.paragraphs):
            sents.extend(split_sentences(self.clean[block.start : block.end], block.start, i))
        return sents

    def _trips(self, section: Section) -> tuple[list[_Trip], list[_Dated], list[Sentence]]:
        sents = self._sentences(section)
        if any(
            b is not None and _UPCOMING.fullmatch(b.text.strip())
            for b in (section.label, section.heading)
        ):
            return [], [], sents  # "Upcoming", "À venir", "Prochains événements": planned
        dated: list[_Dated] = []
        for s in sents:
            found, problems = find_dates(s.text)
            for start, end, why in problems:
                self._issue("bad-date", why, s.start + start, s.start + end)
            for m in found:
                shifted = DateMention(
                    m.start_offset + s.start, m.end_offset + s.start, m.text, m.start, m.end, m.lead
                )
                role = self._date_role(shifted, s)
                prev = dated[-1] if dated and dated[-1].sentence is s else None
                if prev is not None and _PAIR_GAP.fullmatch(
                    self.clean[prev.mention.end_offset : shifted.start_offset]
                ):
                    role = prev.role  # the second of a pair: "April 13, and May 5, 2011"
                dated.append(_Dated(shifted, role, s, s.paragraph))
        heading_sentence = self._heading_sentence_for(section)
        acts = [d for d in dated if d.role == "activity"]
        level1 = [d for d in acts if d.mention.start.day is not None]

        def opens(d: _Dated) -> bool:
            return d.mention.start_offset - d.sentence.start <= 3

        def located(d: _Dated) -> bool:
            return bool(self._locations(d.sentence)[0]) or bool(_TRAVEL.search(d.sentence.text))

        level2 = [
            d
            for d in acts
            if d.mention.start.day is None
            and d.mention.start.month is not None
            and d.mention.lead in ("in", "en", "during", "", "au mois de", "in the month of")
            and (opens(d) or _TRAVEL.search(d.sentence.text))
            and located(d)
        ]
        level3 = [
            d
            for d in acts
            if d.mention.start.month is None
            and (d.mention.lead in ("in", "en", "during") or season_month(d.mention.lead))
            and opens(d)
            and _TRAVEL.search(d.sentence.text)
        ]
        items = {i for i, b in enumerate(section.paragraphs) if b.item}
        # paragraphs each opening with its own month or season ("En mars, ...", "À
        # l'automne, ...") in a report are its items too
        opening = {
            d.paragraph
            for d in acts
            if d.mention.start.day is None and d.mention.start_offset == self._first_offset(d)
        }
        if len(opening) >= 2:
            items |= opening
        if items:
            # each list item is its own scope: a month-only item ("Septembre 2016 : ...")
            # stands beside items dated to the day
            anchors = []
            for scope in [
                *({i} for i in sorted(items)),
                set(range(len(section.paragraphs))) - items,
            ]:
                inside = [
                    [d for d in level if d.paragraph in scope] for level in (level1, level2, level3)
                ]
                anchors += inside[0] or inside[1] or inside[2]
            anchors.sort(key=_offset)
        else:
            anchors = level1 or level2 or level3
        if not anchors:
            anchors = self._during_election(dated)
        if not anchors and heading_sentence is not None:
            anchors = self._heading_dates(heading_sentence, dated)
        anchors = self._extend_until(anchors, dated)
        resolved = {id(d): self._resolve_year(d, dated, section.year) for d in [*dated, *anchors]}
        trips: list[_Trip] = []
        for d in anchors:
            m = resolved[id(d)]
            here = self._locations(d.sentence)[0]
            container = None
            for t in trips:
                if t.anchor is None or m.start.year is None or t.anchor.start.year is None:
                    continue
                if t.anchor.start.first_day() <= m.start.first_day() and (
                    m.end.last_day() <= t.anchor.end.last_day()
                ):
                    container = t
                    break
            if container is not None:
                theirs = (
                    self._locations(container.anchor_sentence)[0]
                    if container.anchor_sentence
                    else []
                )
                if heading_sentence:
                    theirs = theirs + self._locations(heading_sentence, heading=True)[0]
                if here and theirs and not set(here) & set(theirs):
                    container = None
            if container is not None:
                container.subs.append(m)
                continue
            # A later, wider anchor takes over the trips it contains.
            inner = [
                t
                for t in trips
                if t.anchor is not None
                and m.start.year is not None
                and t.anchor.start.year is not None
                and m.start.first_day() <= t.anchor.start.first_day()
                and t.anchor.end.last_day() <= m.end.last_day()
                and m.start.precision is DatePrecision.DAY
            ]
            if inner:
                t = inner[0]
                t.subs.append(t.anchor)  # type: ignore[arg-type]
                t.anchor, t.anchor_sentence = m, d.sentence
                continue
            trips.append(_Trip(anchor=m, anchor_sentence=d.sentence))
        self._last_dated = dated
        if not trips:
            pairs = self._year_pairs(sents)
            if pairs:
                return pairs, dated, sents
            undated = self._undated_trip(section, sents)
            if undated is None:
                return [], dated, sents
            trips.append(undated)
        trips.sort(key=lambda t: t.anchor_sentence.start if t.anchor_sentence else -1)
        # Sentences a trip owns: from its anchor sentence to the next trip's, within a paragraph.
        starts = [t.anchor_sentence.start for t in trips if t.anchor_sentence]
        for t in trips:
            if t.anchor_sentence is None:
                t.own = list(sents)
                continue
            nxt = min((s for s in starts if s > t.anchor_sentence.start), default=None)
            t.own = [
                s
                for s in sents
                if s.start >= t.anchor_sentence.start
                and (nxt is None or s.start < nxt)
                and s.paragraph == t.anchor_sentence.paragraph
            ]
        if len(trips) == 1:
            trips[0].own = list(sents)
        trips = self._split_enumerations(trips)
        return trips, dated, sents

    def _extend_until(self, anchors: list[_Dated], dated: list[_Dated]) -> list[_Dated]:
        """A day "until" which a trip lasts, or on which it leaves ("restera à Lomé jusqu'au
        1er mai", "quittera le pays le 2 décembre", "stayed until May 1") ends the trip
        dated just before it, rather than being a trip (said in the future or not)."""
        ends = [
            d
            for d in dated
            if d.role in ("activity", "planned")
            and d.mention.start.day is not None
            and (
                d.mention.lead == "until"
                or _UNTIL.search(
                    fold(
                        self.clean[
                            max(
                                d.sentence.start, d.mention.start_offset - 40
                            ) : d.mention.start_offset
                        ]
                    )
                )
            )
        ]
        out: list[_Dated] = []
        for d in sorted([*anchors, *(e for e in ends if e not in anchors)], key=_offset):
            prev = out[-1] if out else None
            if (
                d in ends
                and prev is not None
                and not prev.mention.is_range
                and prev.mention.start.day is not None
                and _after(prev.mention.start, d.mention.start, max_days=60)
            ):
                m = prev.mention
                out[-1] = _Dated(
                    DateMention(
                        m.start_offset, m.end_offset, m.text, m.start, d.mention.end, m.lead
                    ),
                    prev.role,
                    prev.sentence,
                    prev.paragraph,
                )
                continue
            if d in anchors and d not in ends:  # "until May 1" opens no trip
                out.append(d)
        return out

    def _in_period(self, m: DateMention) -> DateMention | None:
        """A date without a year, in a report whose period the page states ("le présent
        rapport couvre la période du 1er avril 2013 au 31 mars 2014"): the year that puts it
        inside that period."""
        period = self._period()
        month = m.start.month or season_month(m.lead)
        if period is None or month is None:
            return None
        first, last = period
        for year in range(first.year or 0, (last.year or 0) + 1):
            candidate = m.resolved(year)
            if first.first_day() <= (year, month, m.start.day or 1) <= last.last_day():
                return candidate
        return None

    def _period(self) -> tuple[PartialDate, PartialDate] | None:
        """The period a report page says it covers, if any (found once)."""
        if self._period_cache is None:
            found: tuple[PartialDate, PartialDate] | None = None
            for m in _PERIOD.finditer(self.clean):
                dates, _bad = find_dates(self.clean[m.end() : m.end() + 80])
                if dates and dates[0].is_range and dates[0].has_year and dates[0].start.year:
                    found = (dates[0].start, dates[0].end)
                    break
            self._period_cache = (found,)
        return self._period_cache[0]

    def _first_offset(self, d: _Dated) -> int:
        """Where the first word of the date's paragraph stands (the date opens it?)."""
        s = d.sentence
        text = s.text
        return s.start + (len(text) - len(text.lstrip()))

    def _year_pairs(self, sents: list[Sentence]) -> list[_Trip]:
        """Trips told as places with their years ("took part in observation missions in
        Haiti (2006), Mali (2013) and Niger (2016)"): one trip per place, dated by its year."""
        out: list[_Trip] = []
        for s in sents:
            if not _TRAVEL.search(s.text):
                continue
            pairs = []
            for h in self._hits(s):
                if h.category not in ("country", "place"):
                    continue
                m = _BRACKET_YEAR.match(self.clean, h.end)
                if m is None:
                    continue
                country = h.refs[0] if h.category == "country" else self.g.places[h.refs[0]].country
                pairs.append((country, int(m.group(1))))
            if len(pairs) < 2:
                continue
            for country, year in pairs:
                out.append(
                    _Trip(
                        anchor=None,
                        anchor_sentence=s,
                        own=[s],
                        countries=[country],
                        split_label=country,
                        kind_text=s.text,
                        year=year,
                        count=None,
                    )
                )
        return out

    def _heading_dates(self, heading: Sentence, dated: list[_Dated]) -> list[_Dated]:
        """A section whose text dates nothing takes the day its heading gives
        ("MISSION D'OBSERVATION D'ELECTIONS (Sénégal, 29 avril 2001)", "Séminaire
        international à Cotonou du 20 au 23 mars 2017, organisé par ...")."""
        found, _bad = find_dates(heading.text)
        out = []
        for m in found:
            if m.start.day is None or not m.has_year:
                continue
            shifted = DateMention(
                m.start_offset + heading.start,
                m.end_offset + heading.start,
                m.text,
                m.start,
                m.end,
                m.lead,
            )
            if self._date_role(shifted, heading) in ("activity", "election"):
                d = _Dated(shifted, "activity", heading, -1)
                dated.append(d)
                out.append(d)
        return out[:1]

    def _during_election(self, dated: list[_Dated]) -> list[_Dated]:
        """With no other date, the day of an election during which the body took part or
        hosted ("During the April 7, 2014 general election, Élections Québec welcomed a
        delegation") dates the activity."""
        out = []
        for d in dated:
            if d.role != "election" or d.mention.start.day is None:
                continue
            before = fold(
                self.clean[
                    max(d.sentence.start, d.mention.start_offset - 30) : d.mention.start_offset
                ]
            )
            if (
                (d.mention.lead == "during" or _DURING.search(before))
                and _TAKING_PART.search(d.sentence.text)
                and not _FUTURE_WORD.search(d.sentence.text)
            ):
                out.append(_Dated(d.mention, "activity", d.sentence, d.paragraph))
        return out

    def _undated_trip(self, section: Section, sents: list[Sentence]) -> _Trip | None:
        """A section with no dated passage is one activity of a known year when its heading
        names one ("Mission to Mali" under "2007"), or when its opening sentences tell that
        one took place ("C'est à Libreville que s'est déroulée la première Assemblée ...");
        the year comes from the section, a year in its heading, or the page's metadata
        (then marked inferred)."""
        heading = section.heading.text if section.heading is not None else ""
        named = bool(heading) and bool(_ACTIVITY_HEADING.search(heading))
        opening = [s for s in sents if s.paragraph == 0][:2]
        telling = next(
            (s for s in opening if _HAPPENED.search(s.text) and _ACTIVITY_HEADING.search(s.text)),
            None,
        )
        told = telling is not None
        kind_text = telling.text if telling is not None else None
        if not named and not told:
            return None
        if any(d.role == "planned" for d in self._last_dated) and not any(
            d.role == "activity" for d in self._last_dated
        ):
            return None  # "Assemblée générale 2022 : ... se tiendra à Paris les 21 et 22 juin"
        if section.year is not None:
            return _Trip(anchor=None, anchor_sentence=None, year=section.year, kind_text=kind_text)
        listing = " ".join([heading, *(b.text for b in section.paragraphs if b.detail)])
        in_heading = _HEADING_YEAR.search(listing)
        if in_heading is not None:
            year = int(in_heading.group(1))
            return _Trip(anchor=None, anchor_sentence=None, year=year, kind_text=kind_text)
        hinted = page_year(self.page.meta)
        if hinted is None or not told:
            return None
        return _Trip(
            anchor=None, anchor_sentence=None, year=hinted, year_inferred=True, kind_text=kind_text
        )

    def _split_enumerations(self, trips: list[_Trip]) -> list[_Trip]:
        out: list[_Trip] = []
        for t in trips:
            pieces: list[_Trip] = []
            for s in t.own:
                text = self._folded(s)
                plural = _MISSIONS.search(text)
                ones = len(_ONE_IN.findall(text))
                if not plural and ones < 2:
                    continue
                countries, _cities = self._locations(s)
                if len(countries) < 2:
                    continue
                for c in countries:
                    pieces.append(
                        _Trip(
                            count=1 if ones >= 2 else None,
                            anchor=t.anchor,
                            anchor_sentence=t.anchor_sentence,
                            subs=list(t.subs),
                            own=[s],
                            countries=[c],
                            split_label=c,
                            kind_text=s.text,
                        )
                    )
            out.extend(pieces or [t])
        return out

    def _resolve_year(
        self, d: _Dated, dated: list[_Dated], heading_year: int | None
    ) -> DateMention:
        m = d.mention
        if m.has_year:
            return m
        within = self._in_period(m)
        if within is not None:
            return within

        def usable(o: _Dated) -> bool:
            return (
                o is not d
                and o.mention.has_year
                and (o.mention.start.month is not None or o.mention.lead not in ("", "of"))
                and o.role != "reference"
            )

        same_par = [o for o in dated if usable(o) and o.paragraph == d.paragraph]
        same_sec = [o for o in dated if usable(o)]
        # a dated day or month of the section before a bare year of another paragraph
        precise = [o for o in same_sec if o.mention.end.month is not None]
        for pool in (same_par, precise, same_sec):
            if pool:
                nearest = min(pool, key=lambda o: abs(o.mention.start_offset - m.start_offset))
                year = nearest.mention.end.year
                assert year is not None
                if nearest.role == "publication":
                    # news tells what is past: "du 13 au 15 décembre dernier", published in
                    # January, was in the year before
                    told = m.resolved(year)
                    if told.start.first_day() > nearest.mention.end.last_day():
                        year -= 1
                return m.resolved(year)
        if heading_year is not None:
            return m.resolved(heading_year)
        return m


# -- building records ---------------------------------------------------------------------------


_ROLE_CUES: list[tuple[OrgRole, re.Pattern[str]]] = [
    (
        OrgRole.FUNDER,
        re.compile(
            r"(?:financial (?:support|contribution)|financing|funded by|funding|thanks to|"
            r"agreement with|contribution from)\b[^.;]{0,90}$",
            re.IGNORECASE,
        ),
    ),
    (
        OrgRole.HOST,
        re.compile(
            r"(?:hosted by|head offices? of|received at|welcomed by|invitation of)\s+(?:the\s+)?$",
            re.IGNORECASE,
        ),
    ),
    (
        OrgRole.ORGANISER,
        re.compile(
            r"(?:organi[sz]ed by|led (?:jointly )?by|sent by|sponsored by|offered by|dispatched by|"
            r"coordinated by|presented by|convened by|delegation of|mission of|missions of|"
            r"organis\w* par|dirig\w* par|men\w* par|"
            r"(?:mission|programme|delegation)\s+(?:[\w'-]+\s+){0,4}?(?:de|pour)\s+(?:la\s+|le\s+|l')?|"
            r"program of|programme of|mission for|missions for|for|under|by|"
            r"(?:mission|program\w*|delegation)\s+(?:[\w-]+\s+){1,4}?(?:of|for))\s+(?:the\s+)?"
            r"(?:(?:International|OIF|IOF|fact-finding|networking|and)\s+){0,3}$",
            re.IGNORECASE,
        ),
    ),
    (
        OrgRole.PARTNER,
        re.compile(
            r"(?:with|jointly with|partnership with|conjunction with|co-?sponsored by|between)"
            r"\s+(?:the\s+)?$",
            re.IGNORECASE,
        ),
    ),
]
# Words one of which each cue but the organiser's needs (matched case-insensitively).
_CUE_WORDS: dict[OrgRole, tuple[str, ...]] = {
    OrgRole.FUNDER: (
        "financ",
        "funded by",
        "funding",
        "thanks to",
        "agreement with",
        "contribution from",
    ),
    OrgRole.HOST: ("hosted by", "head office", "received at", "welcomed by", "invitation of"),
    OrgRole.PARTNER: ("with", "sponsored by", "between"),
}
# The organiser's cue ends with a word ending so ("organized by", "mission of", "for"), then
# only words of these.
_ORGANISER_WORD_ENDS = ("by", "of", "for", "under", "par", "de", "pour")
_ORGANISER_TAIL = frozenset(
    ["the", "international", "oif", "iof", "fact-finding", "networking", "and", "la", "le", "l'"]
)


def _cue_start(role: OrgRole, lower: str) -> int | None:
    """Where, at the earliest, the cue of ``role`` may start in a text whose ASCII lower
    case is ``lower``; None when it cannot match (a quick test: only its search tells)."""
    if role is not OrgRole.ORGANISER:
        return 0 if _has_any(lower, _CUE_WORDS[role]) else None
    words = lower.split()
    last = len(words) - 1  # the word ending the cue proper: "by", "of", "pour", ...
    while last >= 0 and words[last] in _ORGANISER_TAIL:
        last -= 1
    if last < 0 or not words[last].endswith(_ORGANISER_WORD_ENDS):
        return None
    # The cue proper is six words at most ("mission ... de", four words between): it
    # starts after what comes before them.
    first = max(0, last - 5)
    return len(lower.rsplit(None, len(words) - first)[0]) if first else 0


@text_memo
def _cue_role(before: str) -> OrgRole | None:
    """The role the first cue matching the end of ``before`` gives, if any."""
    # On ASCII text, ignoring case is ASCII case folding: ``str.lower`` tests it.
    lower = before.lower() if before.isascii() else None
    for role, pattern in _ROLE_CUES:
        start = 0 if lower is None else _cue_start(role, lower)
        if start is not None and pattern.search(before, start):
            return role
    return None


# Contact, not partnership (see ``RecordBuilder._contact_role``).
_MEETING = re.compile(
    r"\b(?:met|meet|meets|meeting with|meetings\b[^.;]{0,40}?\bwith|talked with|talks with|"
    r"briefed by|consulted|consultations? with|discussions? with|interviews? with|"
    # the verb, not the noun ("la rencontre" is the meeting itself)
    r"rencontr(?:é|ée|és|ées|er|ons|ent|ait|aient|era|eront)|s['’]entret\w*|"
    r"s['’](?:est|sont) entretenu\w*|entretiens? avec|"
    r"se sont entretenu\w*|ont consulté|"
    r"consulté)\b",
    re.IGNORECASE,
)
_PAST_POST = re.compile(
    r"(?:\bqui (?:a été|était|fut|a occupé|avait été)|\bex-|\bancien(?:ne)?s?\b|\bformer\b|"
    r"\bwho (?:was|had been|served as))[^.;()]{0,80}$",
    re.IGNORECASE,
)
_THANKED = re.compile(
    r"\b(?:thanked|thanking|thank you|remerci\w*|hommage|tribute|salu[ée]\w*)\b[^.;]{0,80}$",
    re.IGNORECASE,
)
# Partnerships still to come: "des partenariats se dessinent avec ...", "future cooperation".
_FUTURE = re.compile(
    r"\b(?:partenariats?|partnerships?|coopération|cooperation|collaborations?)\b[^.;]{0,80}"
    r"\b(?:se dessinent|à venir|prochaines? années?|envisag\w*|planned|prévue?s?|will)\b"
    r"|\b(?:future|futur(?:e|s)?|prochaines? années?|à venir)\b[^.;]{0,60}"
    r"\b(?:partenariats?|partnerships?|coopération|cooperation)\b",
    re.IGNORECASE,
)
_WORKED_FOR_KINDS = frozenset(
    [ActivityKind.TECHNICAL_ASSISTANCE, ActivityKind.EVALUATION, ActivityKind.TRAINING]
)
_SUBJECT_VERB = re.compile(r"^(?:jointly\s+)?(?:organi[sz]ed|held|presented|hosted|also held)\b")
_ORG_HEAD = (
    r"Commission|Council|Association|Network|Office|Ministry|Department|Centre|Center|"
    r"Foundation|Institute|Agency|Court|Union|Organization|Organisation|Bureau|Tribunal|"
    r"Delegation|Authority|Authorities|School|Confederation|Parliament|Secretariat"
)
_UNKNOWN_ORG = re.compile(
    r"(?<![\w'’-])(?:[A-Z][\w'’-]{1,40}\s+(?:(?:of|for|on|and|de|des|du|pour)\s+"
    r"(?:the\s+|la\s+|l')?)?){0,6}"
    r"(?:" + _ORG_HEAD + r")\b(?:\s+(?:of|for|on|de|du|des)\s+(?:the\s+)?[A-Z][\w'’-]{1,40}"
    r"(?:\s+[A-Z][\w'’-]{1,40}){0,4}"
    # "... for Democratic Institutions and Human Rights": the whole name
    r"(?:\s+(?:and|&)\s+[A-Z][\w'’-]{1,40}(?:\s+[A-Z][\w'’-]{1,40}){0,3})?)?"
)
# Small words a name does not end with ("Commission permanente sur la femme et").
_ORG_NAME_TAIL = re.compile(
    r"(?:\s+(?:et|and|de|du|des|la|le|les|pour|sur|of|for|on|the|à|au|aux|en)|\s+[ld]['’])+$"
)
_NOT_NAME_WORDS = frozenset(
    [
        "y",
        "a",
        "ont",
        "est",
        "sont",
        "été",
        "était",
        "qui",
        "que",
        "se",
        "s",
        "il",
        "elle",
        "ils",
        "elles",
        "was",
        "were",
        "is",
        "are",
        "has",
        "have",
    ]
)
# An acronym in brackets right after a name: "(NDI)", "(BIDDH)".
_BRACKET_ACRONYM = re.compile(r"\s*\((?P<acr>[A-ZÀ-Ý][A-Za-zÀ-ÿ&-]{1,11})\)")
# French names put the head noun first: "Commission électorale nationale autonome du Bénin".
_ORG_HEAD_FR = (
    r"Commission|Conseil|Cour|Instance|Haute Autorité|Agence|Bureau|Direction|"
    r"Délégation|Ministère|Organisation|Réseau|Centre|Institut|Fondation|Association|"
    r"Assemblée nationale|Tribunal|Observatoire"
)
_UNKNOWN_ORG_FR = re.compile(
    r"(?<![\w'’-])(?:" + _ORG_HEAD_FR + r")"
    r"(?:\s+(?!de\b|du\b|des\b|d')[a-zà-ÿ][\w'’-]{0,40}){1,5}"
    r"(?:\s+(?:du|de la|de l'|des|de|d')\s*[A-ZÀ-Ý][\w'’-]{0,40}(?:\s+[A-ZÀ-Ý][\w'’-]{0,40}){0,3})?"
)
_PERSON_NAME = r"([A-ZÀ-Ý][a-zà-ÿ'’]+(?:[ -][A-ZÀ-Ý][a-zà-ÿ'’]+){1,2})"
_POST_TITLE = (
    r"(?:Chief Electoral Officer|Secretary[- ]General|General Secretary|President|Chairman|"
    r"Chairperson|Director(?: [A-Za-z]+){0,6}|Commissioner|Minister(?: [A-Za-z]+){0,6})"
)
# "the Chief Electoral Officer of Québec, Pierre Reid," (a post, then the name)
_POST_THEN_NAME = re.compile(
    r"\b" + _POST_TITLE + r"(?: of (?:the )?[A-ZÀ-Ý][\w'’ ]{1,40}?)?,\s+" + _PERSON_NAME + r"(?=,)"
)
# "Jean Roy, Secretary General of ..." (a name, then the post)
_NAME_THEN_POST = re.compile(
    r"(?<![\w'’-])" + _PERSON_NAME + r",\s+(?:the\s+)?" + _POST_TITLE + r"\b"
)
_TITLED_PERSON = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Mme|M)\.?\s+([A-Z][\w'’-]{1,40}(?:\s+[A-Z][\w'’-]{1,40}){0,3})(?![\w'’-])"
)
_DGEQ_ROLE_BEFORE = re.compile(
    r"(?P<role>[^\W\d_][^\W\d_ ,\-]*(?:[ ,\-]+[^\W\d_]+){0,12}?)\s+(?:of|from|at|du|de)\s+"
    r"(?:the\s+)?"
    r"(?:office of the\s+)?$"
)
_NOT_A_ROLE = re.compile(
    r"\b(?:mission|missions|part|program|experience|functions|participation|time|offices?|"
    r"secretariat|framework|context|behalf|role|activities|tradition|expertise|report)\b"
)
_CEO_SUBJECT = re.compile(
    r"(?:^|[.;]\s+|,\s+)(?:The|the)\s+Chief Electoral Officer(?:\s+of\s+Qu[ée]bec)?"
    r"(?P<assistant>\s+and\s+(?:his|her)\s+(?:assistant|deputy)(?:,\s+the\s+[\w ]{3,60},)?)?,?\s+"
    r"(?:(?:Mr\.?|Mrs\.?|Ms\.?)?\s*[A-ZÀ-Ý][\w .'’-]{2,40},\s+)?(?:also\s+)?"
    r"(?:took part|participated|travel+ed|went|was in|"
    r"was there|gave|attended|joined|co-hosted|delivered)"
)
_CEO_TITLE = "Chief Electoral Officer"  # in every match of _CEO_SUBJECT
_POST_NOUN = (
    r"(?:officer|manager|director|assistant|secretary|president|coordinator|advis[eo]r|"
    r"representative|chairman|chair|head|commissioner|expert|counsel|analyst)"
)
_PERSON_POST_VERB = re.compile(
    r"(?:,\s*(?P<post>[^,.;]{0,60}?\b" + _POST_NOUN + r"\b[^,.;]{0,40}?),)?,?\s*(?:also\s+)?"
    r"(?:took part|participated|travel+ed|"
    r"went|was in|gave|attended|joined|co-hosted|delivered)\b",
    re.IGNORECASE,
)
_POST_BEFORE_NAME = re.compile(
    r"\b(?:the|a|an)\s+(?P<post>[A-Za-z][\w -]{0,60}?\b" + _POST_NOUN + r"\b[\w -]{0,30}?),"
    r"\s*(?:Mr|Mrs|Ms|M|Mme)?\.?\s*$",
    re.IGNORECASE,
)
# Words one of which _COUNT needs (lower case).
_COUNT_NOUNS = ("repr", "people", "person", "member", "delegate", "expert")
_OF_THEM = re.compile(r"\b(Two|Three|Four|Five|two|three|four|five)\s+of\s+them\b")
_KNOWN_ROLES = [
    ("representative", r"representatives?|représentante?s?"),
    ("secretary general", r"general secretary|secretary[- ]general|secrétaire général"),
    ("assistant", r"assistant"),
    ("advisor", r"advis[eo]r|conseill\w+"),
    ("expert", r"experts?"),
]


_POST_TAIL = re.compile(r"\b" + _POST_NOUN + r"|representative|représentant")
_KNOWN_ROLE_PATTERNS = [
    (name, re.compile(r"(?:\w+\s+){0,2}(?:" + pattern + ")")) for name, pattern in _KNOWN_ROLES
]
# A label over receptions ("Hosting of delegations", "Accueil de délégations"); not a
# breadcrumb's "Accueil" (home page).
_RECEPTION_LABEL = re.compile(
    r"welcom|reception|hosting|accueil\s+(?:de|des|d['’])\s", re.IGNORECASE
)
_BRACKETED = re.compile(r"\([^)]*\)")
_TOKEN = re.compile(r"[\w'’-]+|[^\w\s]")
_PRESENTED_A = re.compile(r"presented\s+(?:a|an)\b")
_NEAR_HOME = re.compile(
    r"(?:of|from|at)\s+(?:the\s+)?(?:office of the\s+)?"
    r"(?:Chief|Directeur|DGEQ|institution|Institution)|DGEQ|Québec|Quebec"
)
_HOME_NAME = re.compile(r"DGEQ|Qu[ée]bec")
_WHITESPACE = re.compile(r"\s+")
_ROLE_ARTICLE = re.compile(r"\b(?:the|a|an|its|his|her|by|with|un|une|le|la|les|son|sa)\s+")
_CEO_VERB_AFTER = re.compile(
    r"\s*(?:of\s+Qu[ée]bec\s*)?(?:,\s*Mr\.?\s+[\w ]+,\s*)?(?:took|participated|"
    r"travel|went|was|gave|and his|attended|joined|co-hosted)"
)
_CEO_NAME = re.compile(r"chief electoral officer|directeur|dge\b", re.IGNORECASE)
_WAS_REPRESENTED = re.compile(r"\s*(?:of\s+Qu[ée]bec\s*)?was represented")
_POST_ELSEWHERE = re.compile(r"\bof (?!qu[ée]bec|the dgeq|dgeq)")
_OF_HOME_TAIL = re.compile(r"\s+of\s+(?:the\s+)?(?:dgeq|qu[ée]bec)$")
_ELECTION_TYPE_PATTERNS = [
    (t, re.compile(r"\b(?:" + pat + r")\b", re.IGNORECASE)) for t, pat in _ELECTION_TYPES
]
_ROUND = re.compile(r"\b(first|second|1st|2nd|premier|second)\s+(?:round|tour)", re.IGNORECASE)
_ELECTION_NOUN = re.compile(r"\b(?:elections?|scrutin|polls?)\b", re.IGNORECASE)
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


# Words one of which each pattern needs, as written (the patterns heed case).
_ORG_HEAD_WORDS = tuple(_ORG_HEAD.split("|"))
_ORG_HEAD_FR_WORDS = tuple(_ORG_HEAD_FR.split("|"))
_TITLE_WORDS = ("M", "Dr")
_POST_TITLE_WORDS = (
    "Chief Electoral Officer",
    "Secretary",
    "President",
    "Chair",
    "Director",
    "Commissioner",
    "Minister",
)


@text_memo
def _unknown_org_names(text: str) -> tuple[tuple[int, int, str], ...]:
    """Names shaped like organisations' in a text: offsets and stripped name, by start
    (longest first)."""
    candidates: list[re.Match[str]] = []
    if _has_any(text, _ORG_HEAD_WORDS):
        candidates.extend(_UNKNOWN_ORG.finditer(text))
    if _has_any(text, _ORG_HEAD_FR_WORDS):
        candidates.extend(_UNKNOWN_ORG_FR.finditer(text))
    out = []
    for m in sorted(candidates, key=lambda m: (m.start(), -m.end())):
        name = _ORG_NAME_TAIL.sub("", m.group(0).strip())
        words = name.split()
        if len(words) > 1 and words[1].lower() in _NOT_NAME_WORDS:
            continue  # "Réseau y ont été dépêchés" is a sentence, not a name
        out.append((m.start(), m.start() + len(name), name))
    return tuple(out)


@text_memo
def _person_names(text: str) -> tuple[tuple[int, int, str], ...]:
    """Names beside a title or a post in a text, known or not: offsets and name, in order."""
    patterns: list[re.Pattern[str]] = []
    if _has_any(text, _TITLE_WORDS):
        patterns.append(_TITLED_PERSON)
    if _has_any(text, _POST_TITLE_WORDS):
        patterns += (_POST_THEN_NAME, _NAME_THEN_POST)
    return tuple(
        sorted((m.start(1), m.end(1), m.group(1)) for p in patterns for m in p.finditer(text))
    )


def _home_count(text: str) -> tuple[int, bool] | None:
    """How many of DGEQ's people a text counts ("two representatives of the DGEQ"), and
    whether as representatives; None when it does not."""
    if not _may_contain(text, _COUNT_NOUNS):
        return None
    for m in _COUNT.finditer(text):
        n = m.group(1).lower()
        value = int(n) if n.isdigit() else _NUMBER.get(n)
        noun = m.group(2).lower()
        near_home = (
            bool(_NEAR_HOME.search(text[m.start() : m.end() + 60]))
            or "represented by" in text[max(0, m.start() - 30) : m.start()]
        )
        own_expert = "expert" not in noun or _HOME_NAME.search(m.group(0))
        if value and near_home and own_expert:
            representatives = noun.startswith("representative") or noun.startswith("représentant")
            return value, representatives
    return None


def _of_them(text: str) -> int | None:
    """The number in "two of them", if the text says so."""
    m = _OF_THEM.search(text) if "them" in text else None
    return _NUMBER.get(m.group(1).lower()) if m else None


_REPRESENTED = re.compile(
    r"\b(?:représentée?s|represented|venue?s? (?:du|de|des|d['’])|delegates? from|"
    r"representatives? from|délégués? (?:du|de|des))",
    re.IGNORECASE,
)
_EMB_WORDS = re.compile(
    r"\b(?:organismes? (?:électora\w+|chargés des (?:scrutins|élections)|de gestion des "
    r"élections)|administrations? électorales?|commissions? électorales?|OGE|"
    r"electoral (?:management )?bodies|election management bodies|EMBs?|"
    r"organizations that manage elections)\b",
    re.IGNORECASE,
)
_JURISDICTION = re.compile(r"(?:\bdu|\bde la|\bof)\s+([A-ZÀ-Ý][\w'’-]+)$")


def _jurisdiction_bodies(g: Gazetteer) -> dict[str, str]:
    """Electoral bodies named after a jurisdiction that is no country ("... du Québec"), by
    that jurisdiction's name; a name two bodies share is left out."""
    countries = {fold(n).lower() for c in g.countries.values() for n in (c.name_en, c.name_fr)}
    found: dict[str, set[str]] = {}
    for org in g.organizations.values():
        if org.type is not OrgType.ELECTORAL_MANAGEMENT_BODY:
            continue
        for name in (org.name_en, org.name_fr):
            m = _JURISDICTION.search(name)
            if m and fold(m.group(1)).lower() not in countries:
                found.setdefault(m.group(1), set()).add(org.id)
    return {name: next(iter(ids)) for name, ids in found.items() if len(ids) == 1}


def _kind_named(text: str, *, reception: bool = True) -> ActivityKind | None:
    """The kind of activity a text names, if any: the first kind by priority, but a
    general assembly or a meeting, whichever the text names first."""
    for kind, pattern in _KIND_PATTERNS[:-2]:
        if kind is ActivityKind.RECEPTION and not reception:
            continue
        if pattern.search(text):
            return kind
    general = _KIND_PATTERNS[-2:]
    hits = [(m.start(), kind) for kind, pattern in general if (m := pattern.search(text))]
    return min(hits)[1] if hits else None


def _election_types(text: str) -> tuple[ElectionType, ...]:
    """The types of election a (folded) text names, in the order of ``_ELECTION_TYPES``."""
    return tuple(t for t, pattern in _ELECTION_TYPE_PATTERNS if pattern.search(text))


def _rounds(text: str) -> tuple[str, ...]:
    """The rounds a (folded) text names ("first", "2nd", ...), in order."""
    return tuple(_ROUND.findall(text))


def _normal_role(role: str) -> str:
    """A DGEQ role as a short lower-case name: the comma-separated tail that names a post
    ("october 2017, jean roy, secretary general" -> "secretary general"), known roles by
    their usual name."""
    pieces = role.split(",")
    for k in range(len(pieces) - 1, -1, -1):
        tail = ",".join(pieces[k:]).strip()
        if _POST_TAIL.search(tail):
            role = tail
            break
    for name, pattern in _KNOWN_ROLE_PATTERNS:
        if pattern.fullmatch(role):
            return name
    return role


class RecordBuilder:
    """Builds an :class:`Activity` from a trip and its section."""

    def __init__(self, ex: PageExtractor) -> None:
        self.ex = ex
        self.g = ex.g
        self._trip_peers: list[_Trip] = []  # the trips of the section being built
        self._kind_now = ActivityKind.CONFERENCE  # the kind of the record being built
        self._section_sents: list[Sentence] = []  # the sentences of the section being built
        self._contact_cache: dict[
            tuple[int, int], tuple[bool, list[tuple[int, int, bool]], list[int]]
        ] = {}
        self._jurisdictions = _jurisdiction_bodies(self.g)
        self._section_items: dict[int, bool] = {}  # its paragraphs: which are list items
        # Memos per sentence of the page, keyed by its offsets.
        self._unknown_people_cache: dict[tuple[int, int], list[NameHit]] = {}

    def build(
        self, section: Section, trip: _Trip, dated: list[_Dated], sents: list[Sentence]
    ) -> Activity | None:
        ex = self.ex
        heading = ex._heading_sentence_for(section)
        self._section_sents = sents
        self._section_items = {i: b.item for i, b in enumerate(section.paragraphs)}
        own_set = {s.start for t in self._trip_peers for s in t.own}
        shared = [s for s in sents if s.start not in own_set] if trip.anchor_sentence else []
        # Places: heading and anchor sentence first, then the trip's own text, then the rest.
        countries = list(trip.countries)
        cities: list[str] = []
        if not countries:
            for group in (
                ([heading] if heading else [])
                + ([trip.anchor_sentence] if trip.anchor_sentence else []),
                trip.own,
                shared,
            ):
                for s in group:
                    cs, ps = ex._locations(s, heading=s is heading)
                    countries.extend(c for c in cs if c not in countries)
                    cities.extend(p for p in ps if p not in cities)
                if countries:
                    break
        else:
            for s in trip.own:
                cities.extend(p for p in ex._locations(s)[1] if p not in cities)
            cities = [c for c in cities if self.g.places[c].country in countries]
        if not cities:
            for s in ([heading] if heading else []) + trip.own:
                cities.extend(
                    p
                    for p in ex._locations(s, heading=s is heading)[1]
                    if p not in cities and self.g.places[p].country in countries
                )
        kind = self._kind(section, trip, heading)
        home = self.g.organizations.get(ex.home_id) if ex.home_id else None
        if not countries:
            # Next best: the country of a national body the trip dealt with ("the legislative
            # elections of the Parliament of Catalonia"), other than the home country.
            for s in ([heading] if heading else []) + trip.own:
                for h in ex._hits(s):
                    org = (
                        self.g.organizations.get(h.refs[0])
                        if h.category == "organization"
                        else None
                    )
                    if (
                        org is not None
                        and org.country
                        and org.country != (home.country if home else None)
                        and org.country not in countries
                    ):
                        countries.append(org.country)
        if not countries:
            # Weak evidence: a demonym or any country named in the trip's own text.
            for s in trip.own:
                for h in ex._hits(s):
                    if h.category in ("demonym", "country") and h.refs[0] not in countries:
                        countries.append(h.refs[0])
                if countries:
                    break
        home_country = ex.home.country if ex.home is not None else None
        if kind is ActivityKind.RECEPTION and home_country:
            # received abroad ("une visite d'étude à Cotonou ... auprès de la CENA"): the
            # body went there, no reception at home; told by the text's own place words,
            # not a heading's ("Réception d'une délégation du Bénin")
            abroad = {
                c for s in trip.own if not _FUTURE_WORD.search(s.text) for c in ex._locations(s)[0]
            }
            if abroad and home_country not in abroad:
                kind = self._kind(section, trip, heading, reception=False)
        if kind is ActivityKind.RECEPTION and home is not None:
            # A delegation is received at home: the countries named are where it came from.
            if home.home_city and home.home_city in self.g.places:
                city = self.g.places[home.home_city]
                cities, countries = [city.id], [city.country]
            elif home.country:
                cities, countries = [], [home.country]
        elif kind is ActivityKind.RECEPTION and home_country:
            cities = [c for c in cities if self.g.places[c].country == home_country]
            countries = [home_country]
        if not countries:
            where = trip.anchor_sentence or (sents[0] if sents else None)
            if where is not None:
                ex._issue(
                    "no-place", "a dated trip with no place: not recorded", where.start, where.end
                )
            return None

        # Dates.
        precision, start, end, inferred, phrase, phrase_span = self._dates(section, trip)

        text_sents = ([heading] if heading else []) + trip.own + shared
        if self._in_item(trip) and any(ex._locations(s)[0] for s in trip.own):
            text_sents = list(trip.own)  # a list item with its own place is its own scope
        org_sents = [s for s in text_sents if not ex._is_info(s)]
        self._kind_now = kind
        orgs, unresolved = self._organizations(org_sents, countries)
        orgs += [
            PartyRole(o, OrgRole.PARTICIPANT)
            for o in self._represented_bodies(org_sents)
            if o not in {p.org for p in orgs}
        ]
        own_text = " ".join(s.text for s in trip.own)
        if (
            _AGREEMENT.search(own_text)
            and not _TRAVEL.search(own_text)
            and not _TAKING_PART.search(own_text)
        ):
            where = trip.anchor_sentence or (sents[0] if sents else None)
            if where is not None:
                ex._issue(
                    "agreement",
                    "an agreement signed, with no trip or meeting told: not recorded",
                    where.start,
                    where.end,
                )
            return None
        if self._domestic(countries, kind, orgs, text_sents):
            where = trip.anchor_sentence or (sents[0] if sents else None)
            if where is not None:
                ex._issue(
                    "domestic",
                    "an activity at home with no foreign body or visitor: not recorded",
                    where.start,
                    where.end,
                )
            return None
        people, unresolved_people = self._people(org_sents)
        unresolved_people += self._unknown_places(([heading] if heading else []) + trip.own)
        roles, count = self._dgeq_roles(trip.own or sents)
        if not isinstance(trip.count, EllipsisType):
            count = trip.count  # one of several trips split from one sentence
        self._kind_now = kind
        ex._heading_sentence_for_trip = heading
        elections = self._elections(trip, dated, countries, start, end)
        events = self._events(trip.own + shared, trip)
        title = self._title(section, trip, kind, countries)
        heading_span = (
            ex._span(section.heading.start, section.heading.end) if section.heading else None
        )
        paragraphs = sorted({s.paragraph for s in trip.own} | {s.paragraph for s in shared})
        par_spans = tuple(
            ex._span(section.paragraphs[i].start, section.paragraphs[i].end) for i in paragraphs
        )
        return Activity(
            id="",
            title=title,
            start_date=start,
            end_date=end,
            date_precision=precision,
            year_inferred=inferred,
            kind=kind,
            countries=tuple(countries),
            cities=tuple(cities),
            organizations=tuple(orgs),
            people=tuple(people),
            dgeq_roles=tuple(roles),
            dgeq_count=count,
            elections=tuple(elections),
            events=tuple(events),
            source=ex.page.id,
            source_sha256=ex.page.sha256,
            heading_span=heading_span,
            paragraph_spans=par_spans,
            date_phrase=phrase,
            date_span=phrase_span,
            section_year=section.year,
            unresolved=tuple(unresolved + unresolved_people),
        )

    # -- pieces --

    def _dates(
        self, section: Section, trip: _Trip
    ) -> tuple[DatePrecision, str, str, bool, str | None, Span | None]:
        m = trip.anchor
        if m is None:
            assert trip.year is not None
            y = f"{trip.year:04d}"
            return DatePrecision.YEAR, y, y, trip.year_inferred, None, None
        phrase = self.ex.page.text[m.start_offset : m.end_offset]
        span = self.ex._span(m.start_offset, m.end_offset)
        if m.start.year is None:
            # Filled in later from the page's neighbouring activities.
            return (
                m.start.precision,
                _iso_or_blank(m.start),
                _iso_or_blank(m.end),
                True,
                phrase,
                span,
            )
        return m.start.precision, m.start.iso(), m.end.iso(), False, phrase, span

    def _masked(self, sentence: Sentence) -> str:
        """A sentence with organisation names blanked: "... Electoral Assistance" is no cue."""
        return self.ex._without_names(sentence)

    def _kind(
        self, section: Section, trip: _Trip, heading: Sentence | None, *, reception: bool = True
    ) -> ActivityKind:
        if reception and section.label is not None and _RECEPTION_LABEL.search(section.label.text):
            return ActivityKind.RECEPTION
        first: list[Sentence] = []
        if heading and not self._in_item(trip):
            first.append(heading)  # a list item is judged by its own words
        if trip.kind_text is not None:
            first = [s for s in trip.own if s.text == trip.kind_text]
        elif trip.anchor_sentence:
            first.append(trip.anchor_sentence)
        own = {s.start for s in trip.own}
        texts = [
            " ".join(self._masked(s) for s in first),
            " ".join(self._masked(s) for s in trip.own),
            # then the words that introduce a list of dated items ("trois missions
            # d'évaluation ..., à ces dates :")
            " ".join(self._masked(s) for s in self._section_sents if s.start not in own),
        ]
        if heading and self._in_item(trip):
            texts.append(self._masked(heading))
        for text in texts:
            named = _kind_named(text, reception=reception)
            if named is not None:
                return named
        if _ELECTION_NOUN.search(fold(texts[0])):
            return ActivityKind.OBSERVATION  # a page or heading about an election day
        return (
            ActivityKind.TECHNICAL_ASSISTANCE
            if "mission" in texts[1].lower()
            else ActivityKind.CONFERENCE
        )

    def _in_item(self, trip: _Trip) -> bool:
        """Whether the trip was read from a list item of its own."""
        s = trip.anchor_sentence
        return s is not None and s.paragraph >= 0 and self._section_items.get(s.paragraph, False)

    def _organizations(
        self, sents: Iterable[Sentence], countries: Sequence[str]
    ) -> tuple[list[PartyRole], list[Mention]]:
        home = self.ex.home
        found: dict[tuple[str, OrgRole], PartyRole] = {}
        if home is not None:
            found[(home.org, OrgRole.PARTICIPANT)] = PartyRole(
                home.org, OrgRole.PARTICIPANT, resolved=home.resolved
            )
        unresolved: list[Mention] = []
        for s in sents:
            hits = self.ex._hits(s)
            # Names of known bodies and people are not unknown organisations; a country's
            # name may well be part of one ("the Vanuatu Electoral Office").
            covered = [(h.start, h.end) for h in hits if h.category not in ("country", "place")]
            for h in hits:
                if h.category not in ("organization", "generic-organization"):
                    continue
                refs = h.refs
                if h.category == "generic-organization":
                    refs = tuple(
                        r for r in refs if self.g.organizations[r].country in set(countries)
                    )
                    if len(refs) != 1:
                        unresolved.append(
                            Mention(h.text, "organization", self.ex._span(h.start, h.end))
                        )
                        found.setdefault(
                            (h.text, OrgRole.PARTICIPANT),
                            PartyRole(h.text, OrgRole.PARTICIPANT, resolved=False),
                        )
                        continue
                org_id = refs[0]
                role = self._role(org_id, s, h, countries)
                found.setdefault((org_id, role), PartyRole(org_id, role))
            for a, b, name in self._unknown_orgs(s):
                if any(x < b and a < y for x, y in covered):
                    continue
                if len(name.split()) < 2:
                    continue
                acronym = _BRACKET_ACRONYM.match(self.ex.clean, b)
                if acronym is not None:  # "National Democratic Institute (NDI)": kept whole
                    b = acronym.end()
                    name = f"{name} ({acronym.group('acr')})"
                covered.append((a, b))
                unresolved.append(Mention(name, "organization", self.ex._span(a, b)))
                role = (
                    self._contact_role(s, NameHit(a, b, name, "organization", ()))
                    or OrgRole.PARTICIPANT
                )
                found.setdefault((name, role), PartyRole(name, role, resolved=False))
        # One role per organisation when it has a specific one; DGEQ stays a participant.
        by_org: dict[str, list[PartyRole]] = {}
        for p in found.values():
            by_org.setdefault(p.org, []).append(p)
        out: list[PartyRole] = []
        for org, parties in by_org.items():
            specific = [p for p in parties if p.role is not OrgRole.PARTICIPANT]
            if any(p.role.took_part for p in specific):
                # a body that took part somewhere in the text is no mere contact
                specific = [p for p in specific if p.role.took_part]
            elif any(p.role is not OrgRole.MENTIONED for p in specific):
                specific = [p for p in specific if p.role is not OrgRole.MENTIONED][:1]
            elif len(specific) < len(parties):
                specific = []  # named plainly elsewhere: more than a mention
            else:
                specific = specific[:1]
            if any(p.role is OrgRole.COUNTERPART for p in specific):
                specific = [p for p in specific if p.role is not OrgRole.PARTNER]
            plain = [p for p in parties if p.role is OrgRole.PARTICIPANT] or parties
            out.extend(specific if specific and org != self.ex.home_id else plain[:1])
        return out, unresolved

    def _unknown_orgs(self, s: Sentence) -> list[tuple[int, int, str]]:
        """Names shaped like organisations' ("the Electoral Council of X"), as page offsets
        and stripped text, by start (longest first)."""
        return [(a + s.start, b + s.start, name) for a, b, name in _unknown_org_names(s.text)]

    def _role(self, org_id: str, s: Sentence, h: NameHit, countries: Sequence[str]) -> OrgRole:
        if org_id == self.ex.home_id:
            return OrgRole.PARTICIPANT
        org = self.g.organizations[org_id]
        contact = self._contact_role(s, h)
        if contact is not None:
            if (
                contact is not OrgRole.MENTIONED
                and org.type is OrgType.ELECTORAL_MANAGEMENT_BODY
                and org.country in set(countries)
                and self._kind_now in _WORKED_FOR_KINDS
            ):
                return OrgRole.COUNTERPART  # the body an assistance was carried out with
            return contact
        before = fold(self.ex.clean[max(s.start, h.start - 120) : h.start])
        cue = _cue_role(before)
        if cue is not None and not (
            cue is OrgRole.ORGANISER and org.type is OrgType.ELECTORAL_MANAGEMENT_BODY
        ):
            return cue
        # "X, Y and Z jointly organized ...": names, commas and brackets up to the verb.
        rest = _BRACKETED.sub(" ", self._names_masked_after(s, h.end))
        for found in itertools.islice(_TOKEN.finditer(rest), 60):
            token = found.group()
            if token in (",", "and", "et", "the", "la") or token[:1].isupper():
                continue
            if token in ("organized", "organised", "held", "hosted", "jointly", "also"):
                if token not in ("jointly", "also"):
                    return OrgRole.ORGANISER
                continue
            if token == "presented" and _PRESENTED_A.search(rest):
                return OrgRole.ORGANISER
            if _PARTNER_AFTER.match(rest, found.start()):
                return OrgRole.PARTNER  # "L'ISIE était partenaire de la rencontre"
            break
        if org.type is OrgType.ELECTORAL_MANAGEMENT_BODY and org.country in set(countries):
            return OrgRole.COUNTERPART
        return OrgRole.PARTICIPANT

    def _unknown_places(self, sents: Sequence[Sentence]) -> list[Mention]:
        """Names written where a place is ("à Salta", "in Aracajú", "Saltillo, Mexico") that
        the gazetteers lack: kept whole for the report, never dropped without a word."""
        out: list[Mention] = []
        seen: set[str] = set()
        for s in sents:
            hits = self.ex._hits(s)
            countries = [h for h in hits if h.category == "country"]
            candidates = [
                (m.start("name"), m.end("name"), m.group("name"))
                for m in _PLACE_AFTER.finditer(s.text)
            ]
            candidates += [
                (m.start("name"), m.end("name"), m.group("name"))
                for m in _CITY_COMMA.finditer(s.text)
                if any(h.start - s.start == m.end() for h in countries)
            ]
            for a0, b0, name in candidates:
                a, b = a0 + s.start, b0 + s.start
                if any(h.start < b and a < h.end for h in hits) or name in seen:
                    continue
                if name in self._jurisdictions:  # "Québec": the jurisdiction of a known body
                    continue
                if any(month_number(w) or w.lower() in _NOT_PLACES for w in name.split()):
                    continue
                seen.add(name)
                out.append(Mention(name, "place", self.ex._span(a, b)))
        return out

    def _domestic(
        self,
        countries: Sequence[str],
        kind: ActivityKind,
        orgs: Sequence[PartyRole],
        sents: Sequence[Sentence],
    ) -> bool:
        """Whether an activity is a domestic task of the publisher (a school workshop, a
        booth at a teachers' conference): held in its own country, not a reception, with no
        body of another country or international body taking part, and no word of
        foreign visitors or of an international event in its text."""
        home_id = self.ex.home_id
        home = self.g.organizations.get(home_id) if home_id else None
        if home is None or home.country is None or list(countries) != [home.country]:
            return False
        if kind is ActivityKind.RECEPTION:
            return False
        for party in orgs:
            org = self.g.organizations.get(party.org)
            if party.org == home_id or not party.role.took_part or org is None:
                continue
            if org.country != home.country:
                return False
        return not any(_INTERNATIONAL.search(s.text) for s in sents)

    def _represented_bodies(self, sents: Sequence[Sentence]) -> list[str]:
        """Electoral bodies of sub-national jurisdictions named by their jurisdiction in a
        list of those represented at a meeting of electoral bodies ("Pays représentés :
        Bénin, ..., Québec, ..."; "délégués ... venus du Gabon ... du Québec"): the one body
        of the gazetteer named after that jurisdiction ("... des élections du Québec")."""
        if not self._jurisdictions or not any(_EMB_WORDS.search(s.text) for s in sents):
            return []
        out: list[str] = []
        for s in sents:
            if not _REPRESENTED.search(s.text):
                continue
            for name, org in self._jurisdictions.items():
                if org not in out and re.search(rf"\b{re.escape(name)}\b(?!\s+City)", s.text):
                    out.append(org)
        return out

    def _contact_role(self, s: Sentence, h: NameHit) -> OrgRole | None:
        """``met``, ``consulted`` or ``mentioned`` when the clause naming the body tells only
        a contact: named after "met with", "held meetings with", "s'entretenir avec",
        "briefed by"; in a person's former post ("qui a été ... de la Céni"); thanked; or
        in a sentence about the future ("des partenariats se dessinent avec")."""
        before = self.ex.clean[max(s.start, h.start - 120) : h.start]
        if _PAST_POST.search(before) or _THANKED.search(before):
            return OrgRole.MENTIONED
        future, meetings, stops = self._contact_cues(s)
        if future:
            return OrgRole.MENTIONED
        k = bisect.bisect_right([m[0] for m in meetings], h.start) - 1
        if k < 0:
            return None
        _start, end, consulted = meetings[k]
        if end > h.start:
            return None
        if bisect.bisect_left(stops, end) < bisect.bisect_left(stops, h.start):
            return None  # a ";" closes the clause of the meeting
        return OrgRole.CONSULTED if consulted else OrgRole.MET

    def _contact_cues(self, s: Sentence) -> tuple[bool, list[tuple[int, int, bool]], list[int]]:
        """A sentence's contact cues, found once: whether it speaks of partnerships to come,
        its meeting words (page offsets, and whether it is a consultation), its semicolons."""
        key = (s.start, s.end)
        cached = self._contact_cache.get(key)
        if cached is None:
            meetings = [
                (m.start() + s.start, m.end() + s.start, m.group(0).lower().startswith("consult"))
                for m in _MEETING.finditer(s.text)
            ]
            stops = [i + s.start for i, ch in enumerate(s.text) if ch == ";"]
            cached = (bool(_FUTURE.search(s.text)), meetings, stops)
            self._contact_cache[key] = cached
        return cached

    def _names_masked_after(self, s: Sentence, start: int) -> str:
        """The sentence from ``start`` on, with the names there written as X's."""
        clean = self.ex.clean
        pieces: list[str] = []
        pos = start
        for other in self.ex._hits(s):  # in order, without overlaps
            if other.start >= start:
                pieces += (clean[pos : other.start], "X" * (other.end - other.start))
                pos = other.end
        pieces.append(clean[pos : s.end])
        return "".join(pieces)

    def _unknown_people(self, s: Sentence) -> list[NameHit]:
        """Names the gazetteer lacks, found by a title ("Mr. X") or a post beside them
        ("the Chief Electoral Officer, Pierre Reid," / "Jean Roy, Secretary General")."""
        key = (s.start, s.end)
        cached = self._unknown_people_cache.get(key)
        if cached is None:
            cached = self._unknown_people_cache[key] = self._find_unknown_people(s)
        return cached

    def _find_unknown_people(self, s: Sentence) -> list[NameHit]:
        """The work of :meth:`_unknown_people`."""
        hits = self.ex._hits(s)
        found: list[NameHit] = []
        for a0, b0, name in _person_names(s.text):
            a, b = a0 + s.start, b0 + s.start
            if any(h.start < b and a < h.end for h in hits) or any(
                f.start < b and a < f.end for f in found
            ):
                continue
            found.append(NameHit(a, b, name, "person", ()))
        return found

    def _people(self, sents: Iterable[Sentence]) -> tuple[list[str], list[Mention]]:
        people: list[str] = []
        unresolved: list[Mention] = []
        for s in sents:
            hits = self.ex._hits(s)
            for h in hits:
                if h.category == "person" and h.refs[0] not in people:
                    people.append(h.refs[0])
            for unknown in self._unknown_people(s):
                a, b = unknown.start, unknown.end
                unresolved.append(Mention(unknown.text, "person", self.ex._span(a, b)))
                if unknown.text not in people:
                    people.append(unknown.text)
        return people, unresolved

    def _dgeq_roles(self, sents: Sequence[Sentence]) -> tuple[list[str], int | None]:
        home_id = self.ex.home_id
        home = self.g.organizations.get(home_id) if home_id else None
        roles: list[str] = []
        count: int | None = None
        for s in sents:
            counted = _home_count(s.text) if count is None else None
            if counted is not None:
                count, representatives = counted
                if representatives:
                    roles.append("representative")
            if home is None:
                continue
            for h in self.ex._hits(s):
                if h.category != "organization" or h.refs != (home_id,):
                    continue
                before = self.ex.clean[max(s.start, h.start - 100) : h.start]
                m2 = _DGEQ_ROLE_BEFORE.search(before)
                if m2:
                    role = _WHITESPACE.sub(" ", m2.group("role")).strip(" ,").lower()
                    role = _ROLE_ARTICLE.split(role)[-1].strip(" ,")
                    role = _normal_role(role)
                    if (
                        role
                        and len(role.split()) <= 8
                        and role not in roles
                        and not _NOT_A_ROLE.search(role)
                    ):
                        roles.append(role)
                elif (
                    _CEO_VERB_AFTER.match(self.ex.clean[h.end : h.end + 60])
                    and _CEO_NAME.search(h.text)
                    and not _WAS_REPRESENTED.match(self.ex.clean[h.end : h.end + 40])
                ) and "chief electoral officer" not in roles:
                    roles.append("chief electoral officer")
            # "the Chief Electoral Officer travelled ..." (the title alone, as a subject)
            ceo = _CEO_SUBJECT.finditer(s.text) if _CEO_TITLE in s.text else ()
            for m3 in ceo:
                if "chief electoral officer" not in roles:
                    roles.append("chief electoral officer")
                if m3.group("assistant") and "assistant" not in roles:
                    roles.append("assistant")
            # "Marcel Blanchet, Chief Electoral Officer, took part ..."
            for h in [*self.ex._hits(s), *self._unknown_people(s)]:
                if h.category != "person":
                    continue
                after = self.ex.clean[h.end : min(s.end, h.end + 160)]
                m4 = _PERSON_POST_VERB.match(after)
                if not m4:
                    continue
                post = _WHITESPACE.sub(" ", (m4.group("post") or "")).strip(" ,").lower()
                if not post:
                    # The post may stand before the name: "the Electoral Operations Manager,
                    # Mr. Jacque Drouin, participated"; a CEO already counted is the same person.
                    before = self.ex.clean[max(s.start, h.start - 120) : h.start]
                    m6 = _POST_BEFORE_NAME.search(before)
                    post = _WHITESPACE.sub(" ", m6.group("post")).lower() if m6 else ""
                if _POST_ELSEWHERE.search(post):
                    continue  # a post in another body: not one of DGEQ's people
                post = _normal_role(_OF_HOME_TAIL.sub("", post))
                if post.startswith("chief electoral officer"):
                    post = "chief electoral officer"
                if post == "chief electoral officer" and post in roles:
                    continue
                role = post or "participant"
                if role not in roles and (post or not roles):
                    roles.append(role)
            if count is None:
                count = _of_them(s.text)
        if count is None and roles:
            # "a representative" and a post name the same person when both are there.
            specific = [r for r in roles if r != "representative"]
            count = len(specific) or len(roles)
        return roles, count

    def _elections(
        self, trip: _Trip, dated: list[_Dated], countries: Sequence[str], start: str, end: str
    ) -> list[Election]:
        own = {s.start for s in trip.own}
        out: list[Election] = []
        elections = [d for d in dated if d.role == "election"]
        for i, d in enumerate(elections):
            m = self.ex._resolve_year(d, dated, self._year_of(start))
            if m.start.year is None:
                continue
            if len(self._trip_peers) > 1 and d.sentence.start not in own:
                # With several trips in a section, an election belongs to the trip around it.
                if not (start[:4] and _within(m.start, start, end, slack_days=10)):
                    continue
            elif len(self._trip_peers) > 1 and not _within(m.start, start, end, slack_days=10):
                continue
            trip_year = self._year_of(start)
            if trip_year is not None and not trip_year - 1 <= m.start.year <= trip_year + 2:
                continue  # an election of another time: "similar to the 2003 elections"
            s = d.sentence
            rel = m.start_offset - s.start
            window = fold(self.ex._without_names(s)[max(0, rel - 160) : rel + 80])
            types = _election_types(window)
            rnd: int | None = None
            rounds = _rounds(window)
            same_sentence = [e for e in elections if e.sentence is s]
            if "respectively" in s.text and len(same_sentence) > 1:
                rnd = same_sentence.index(d) + 1
            elif len(set(r.lower()[:1] for r in rounds)) == 1:
                rnd = 1 if rounds[0].lower() in ("first", "1st", "premier") else 2
            country = countries[0]
            here = self.ex._locations(s)[0]
            if here:
                country = here[0]
            out.append(Election(country, m.start.iso(), types, rnd))
            del i
        if not out and trip.anchor_sentence is not None:
            # An election observed but not dated ("the first round of Colombia's presidential
            # election"): dated by the trip's year, with the types the text names.
            heading = self.ex._heading_sentence_for_trip
            texts = [self.ex._without_names(s) for s in ([heading] if heading else [])]
            texts.append(self.ex._without_names(trip.anchor_sentence))
            for text in texts:
                folded = fold(text)
                if not _ELECTION_NOUN.search(folded):
                    continue
                types = _election_types(folded)
                year = self._year_of(start)
                if types and year is not None and self._kind_now is ActivityKind.OBSERVATION:
                    out.append(Election(countries[0], f"{year:04d}", types, None))
                    break
        # One election per country and day: the types named anywhere are all its types.
        merged: dict[tuple[str, str], Election] = {}
        for e in out:
            key = (e.country, e.date)
            if key in merged:
                old = merged[key]
                types = tuple(t for t in ElectionType if t in old.types or t in e.types)
                rnd = old.round if old.round == e.round or e.round is None else old.round or e.round
                merged[key] = Election(e.country, e.date, types, rnd)
            else:
                merged[key] = Election(
                    e.country, e.date, tuple(t for t in ElectionType if t in e.types), e.round
                )
        return sorted(merged.values(), key=lambda e: (e.date, e.country))

    def _year_of(self, iso: str) -> int | None:
        return int(iso[:4]) if iso[:4].isdigit() else None

    def _events(self, sents: Sequence[Sentence], trip: _Trip) -> list[NamedEvent]:
        events: list[NamedEvent] = []
        for s in sents:
            if self.ex._is_info(s):
                continue
            for start, phrase, noun, ordinal_word, post in _event_names(s.text):
                name = _TRAILING_SMALL.sub("", _WHITESPACE.sub(" ", phrase).strip(" ,."))
                if noun.islower() and not ordinal_word and not post:
                    continue
                if noun.lower().endswith("s") and noun.islower():
                    continue
                ordinal = ordinal_number(ordinal_word) if ordinal_word else None
                a, b = start + s.start, start + s.start + len(phrase.rstrip(" ,."))
                organisers = tuple(
                    h.refs[0]
                    for h in self.ex._hits(s)
                    if h.category == "organization"
                    and a <= h.start < b + 40
                    and h.refs[0] != self.ex.home_id
                )[:2]
                when = next(
                    (
                        sub
                        for sub in trip.subs
                        if s.start <= sub.start_offset < s.end and sub.start.year is not None
                    ),
                    None,
                )
                events.append(
                    NamedEvent(
                        name=name,
                        category=_cat_of_event(noun),
                        span=self.ex._span(a, b),
                        ordinal=ordinal,
                        organisers=organisers,
                        start_date=when.start.iso() if when else None,
                        end_date=when.end.iso() if when else None,
                    )
                )
        return events

    def _title(
        self, section: Section, trip: _Trip, kind: ActivityKind, countries: Sequence[str]
    ) -> str:
        names = ", ".join(self.g.countries[c].name_en for c in countries if c in self.g.countries)
        if section.heading is not None:
            base = _WHITESPACE.sub(" ", section.heading.text).strip().rstrip(".")
            words = base.split()
            if len(words) > 12:
                # A short title; the whole heading stays in the source, at heading_span.
                base = " ".join(words[:10]) + " …"
            if trip.split_label or len(self._trip_peers) > 1:
                return f"{base} ({names})" if trip.split_label else base
            return base
        label = {
            ActivityKind.OBSERVATION: "Election observation mission",
            ActivityKind.TECHNICAL_ASSISTANCE: "Technical assistance mission",
            ActivityKind.EVALUATION: "Evaluation mission",
            ActivityKind.TRAINING: "Training mission",
            ActivityKind.CONFERENCE: "Meeting",
            ActivityKind.GENERAL_ASSEMBLY: "General assembly",
            ActivityKind.RECEPTION: "Reception of a delegation",
        }[kind]
        return f"{label} in {names}"


_UNTIL = re.compile(
    r"(?:\buntil|\btill|\bthrough|\bjusqu['’]\s*(?:au|a)|"
    r"\b(?:quitt\w+|leav\w+|left|depart\w*|repart\w+)\b[^.;]{0,30}?(?:\b(?:le|on|the))?)"
    r"\s*(?:the\s+|le\s+)?$",
    re.IGNORECASE,
)


_CELL = re.compile(r"[^|\t·•]+")
_PLACE_CELL = re.compile(r"\s*[A-ZÀ-Ý][\w'’ .-]{1,40}(?:,\s*[A-ZÀ-Ý][\w'’ .-]{1,40}){0,2}\s*")


def _place_cells(text: str) -> list[tuple[int, int]]:
    """The cells of a table row or listing line ("| Dakar, Sénégal |", "· Tunis, Tunisia")
    that hold a place name and nothing else: offsets into the text."""
    if not any(ch in text for ch in "|\t·•"):
        return []
    return [
        (m.start(), m.end())
        for m in _CELL.finditer(text)
        if _PLACE_CELL.fullmatch(m.group(0)) and len(m.group(0).split()) <= 6
    ]


def _is_capitals(text: str) -> bool:
    """Whether a text is written in capitals (a heading, a report's cover)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _offset(d: _Dated) -> int:
    return d.mention.start_offset


def _after(first: PartialDate, later: PartialDate, *, max_days: int) -> bool:
    """Whether ``later`` is a day after ``first`` within ``max_days`` (a missing year is
    taken as the same; a later month of a year end as the next year)."""
    if first.month is None or later.month is None or first.day is None or later.day is None:
        return False
    y1 = first.year or 2001
    y2 = later.year or (y1 if later.month >= first.month else y1 + 1)
    try:
        gap = (dt.date(y2, later.month, later.day) - dt.date(y1, first.month, first.day)).days
    except ValueError:
        return False
    return 0 < gap <= max_days


def _iso_or_blank(d: PartialDate) -> str:
    month = f"{d.month:02d}" if d.month else "XX"
    day = f"-{d.day:02d}" if d.day else ""
    return f"XXXX-{month}{day}"


def _within(d: PartialDate, start: str, end: str, *, slack_days: int) -> bool:
    if d.year is None or not start[:4].isdigit():
        return False
    lo = _parse_first(start) - dt.timedelta(days=slack_days)
    hi = _parse_last(end) + dt.timedelta(days=slack_days)
    y, mo, da = d.first_day()
    return lo <= dt.date(y, mo, da) <= hi


def _parse_first(iso: str) -> dt.date:
    parts = [int(p) for p in iso.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _parse_last(iso: str) -> dt.date:
    parts = [int(p) for p in iso.split("-")]
    month = parts[1] if len(parts) > 1 else 12
    day = parts[2] if len(parts) > 2 else month_length(parts[0], month)
    return dt.date(parts[0], month, day)


# -- the public entry points ---------------------------------------------------------------------


@text_memo
def _slug(text: str) -> str:
    return _NOT_SLUG.sub("-", fold(text).lower()).strip("-")


_URL_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def page_year(meta: PageMeta) -> int | None:
    """The year a page's metadata gives: its year hint, its publication date, or a year in
    its address, in that order."""
    if meta.year_hint is not None:
        return meta.year_hint
    if meta.published and meta.published[:4].isdigit():
        return int(meta.published[:4])
    m = _URL_YEAR.search(meta.url or "")
    return int(m.group(1)) if m else None


def _infer_years(records: list[Activity], fallback: int | None = None) -> list[Activity]:
    """Give a year to records whose page never says it, from their neighbours on the page,
    failing those from the page's metadata (``fallback``).

    Pages of this family list activities newest first: a record takes the year of the
    nearest dated record below it, one more when its month comes before that record's.
    """
    out = list(records)
    dated = list(records)  # neighbours whose year the page gives, not one inferred here
    for i, rec in enumerate(out):
        if not rec.start_date.startswith("XXXX"):
            continue
        below = next((r for r in dated[i + 1 :] if not r.start_date.startswith("XXXX")), None)
        above = next((r for r in reversed(dated[:i]) if not r.start_date.startswith("XXXX")), None)
        month = rec.start_date[5:]
        if fallback is not None and below is None and above is None:
            year = fallback
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
        start = f"{year:04d}{rec.start_date[4:]}"
        end_year = year + (1 if rec.end_date[5:] < rec.start_date[5:] else 0)
        end = f"{end_year:04d}{rec.end_date[4:]}"
        out[i] = replace(rec, start_date=start, end_date=end, year_inferred=True)
    return out


def _within_other_records(records: list[Activity]) -> list[Activity]:
    """One record per trip: a record of the page whose days fall within another record's
    range of several days in the same countries (the meeting day of a listed event, told
    again in the report below it) is that trip's, not another one."""
    out = []
    for rec in records:
        outer = next(
            (
                o
                for o in records
                if o is not rec
                and o.date_precision is DatePrecision.DAY
                and rec.date_precision is DatePrecision.DAY
                and o.start_date < o.end_date
                and set(o.countries) == set(rec.countries)
                and o.start_date <= rec.start_date
                and rec.end_date <= o.end_date
                and (o.start_date, o.end_date) != (rec.start_date, rec.end_date)
            ),
            None,
        )
        if outer is None:
            out.append(rec)
    return out


def assign_ids(
    records: Sequence[Activity], gazetteer: Gazetteer, registered: frozenset[str] = frozenset()
) -> list[Activity]:
    """Readable, stable ids: ``YYYY-MM-country`` (``YYYY-country`` for year-only dates), with
    ``-2``, ``-3`` ... when several records share one, in page order.

    The records of pages listed in data/sources.toml (``registered``, the project's corpus)
    have these short ids; those of any other page are named after it too
    (``recef-ag5-cotonou-2017-03-benin``), so that pages of other publishers telling of the
    same month and country never take or shift a corpus record's id.
    """
    seen: dict[str, int] = {}
    out = []
    for rec in records:
        date = (
            rec.start_date[:7]
            if rec.date_precision is not DatePrecision.YEAR
            else rec.start_date[:4]
        )
        where = (
            gazetteer.countries[rec.countries[0]].name_en
            if rec.countries and rec.countries[0] in gazetteer.countries
            else "unknown"
        )
        base = f"{date}-{_slug(where)}"
        if rec.source not in registered:
            base = f"{_slug(rec.source)}-{base}"
        seen[base] = seen.get(base, 0) + 1
        ident = base if seen[base] == 1 else f"{base}-{seen[base]}"
        out.append(replace(rec, id=ident))
    return out


def extract_page(
    page: SourcePage, gazetteer: Gazetteer, index: NameIndex | None = None
) -> tuple[list[Activity], list[IngestIssue]]:
    """The activities of one page (without ids), and what could not be settled."""
    ex = PageExtractor(page, gazetteer, index or NameIndex(gazetteer))
    builder = RecordBuilder(ex)
    records: list[Activity] = []
    rows = ex.extract()
    peers: dict[int, list[_Trip]] = {}
    for section, trip, _dated, _sents in rows:
        peers.setdefault(id(section), []).append(trip)
    for section, trip, dated, sents in rows:
        builder._trip_peers = list(peers[id(section)])
        rec = builder.build(section, trip, dated, sents)
        if rec is not None:
            records.append(rec)
    records = _infer_years(records, page_year(page.meta))
    records = _within_other_records(records)
    for rec in [r for r in records if r.start_date.startswith("XXXX")]:
        span = rec.date_span or rec.paragraph_spans[0]
        ex._issue(
            "no-year",
            "a trip whose year neither the page nor its neighbours give: not recorded",
            span.start,
            span.end,
        )
    records = [r for r in records if not r.start_date.startswith("XXXX")]
    for rec in records:
        if rec.year_inferred:
            span = rec.date_span or rec.paragraph_spans[0]
            ex._issue(
                "inferred-year",
                f"year {rec.start_date[:4]} inferred from page order",
                span.start,
                span.end,
            )
        for m in rec.unresolved:
            where = rec.countries[0] if m.category == "place" and rec.countries else None
            ex.issues.append(
                IngestIssue(
                    page.id,
                    m.span.line,
                    f"unresolved-{m.category}",
                    m.text,
                    m.span.start,
                    m.span.end,
                    country=where,
                )
            )
    return records, ex.issues
