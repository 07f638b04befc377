"""Sections and their dates -> trips: how many activities a section tells, and which of its
sentences are each one's.

1. Trip anchors are the activity dates (``date_roles.py``) to the day; failing those,
   months or years that open a sentence or go with a travel verb ("In March 2008, ...
   travelled", "In 2007, ..."); failing those, the day of an election during which the body
   took part or hosted, then a day its heading gives. Each list item is a scope of its own,
   and so is each paragraph of a report opening with its own month ("En mars, ...").
2. A day "until" which a trip lasts, or on which it leaves ("restera à Lomé jusqu'au 1er
   mai", "quittera le pays le 2 décembre"), ends the trip dated just before it rather than
   opening one.
3. An anchor inside another anchor's dates is a sub-event of that trip, unless its sentence
   names another country (then it is a trip of its own); a later, wider anchor takes over
   the trips it contains. Disjoint anchors are separate trips.
4. A trip owns the sentences from its anchor's to the next trip's, within a paragraph; a
   lone trip owns its whole section.
5. A sentence of plural missions over a list of countries ("three observation missions in
   Mali, Guatemala and Togo"; "one in Mali, one in the DRC") makes one trip per country;
   places told with their years ("Haiti (2006), Mali (2013) and Niger (2016)"), one trip
   per place.
6. A section with no dated trip is one activity of a known year (``years.py``) when its
   heading names one ("Mission to Mali" under "2007") or its opening sentences tell that one
   took place, unless its only dates are planned ones; an "Upcoming" section holds none.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from types import EllipsisType

from graphbuild.ingest.context import PageContext
from graphbuild.ingest.date_roles import (
    DAY_OPENS_LINE,
    EARLIER_MISSION_DID,
    EARLIER_THIS,
    PAST_EN,
    PAST_VERB,
    Dated,
    date_role,
    dated_mentions,
    none_took_place,
    stamp_above,
    stamped_listing,
    tells_future,
    town_before_bracket,
    year_opening_its_item,
)
from graphbuild.ingest.dates import (
    DATE_OPENING_WORDS,
    ITEM_TITLE_AND_TOWN,
    WEEKDAY_NAMES,
    WHOLE_YEAR_LEAD,
    DateMention,
    PartialDate,
    find_dates,
    month_number,
    season_month,
)
from graphbuild.ingest.layout import (
    ACTIVITY_HEADING,
    ENTRY_TITLE,
    PAST_LIST,
    PROGRAMME_TITLE,
    REFERENCES,
    SIGNING_TERMS,
    TIMELINE_YEAR,
    UPCOMING,
    YEAR_TO_COME,
    Section,
    date_and_type_line,
    is_stamp_line,
    is_table_row,
    run_in_title,
    sections,
    table_header,
)
from graphbuild.ingest.layout import (
    date_alone as _date_alone,
)
from graphbuild.ingest.lexicon import WORDS, alternatives
from graphbuild.ingest.names import fold
from graphbuild.ingest.places import (
    AT_ITS_SEAT,
    FIELD_MARK,
    HELPED_US,
    VISITORS_COLUMN,
    country_field,
    locations,
    masthead_country,
    programme_country,
    unknown_places,
)
from graphbuild.ingest.publisher import region_country
from graphbuild.ingest.relative_dates import (
    LATER,
    NEXT,
    a_few_days_later,
    same_month,
    told_until,
)
from graphbuild.ingest.sentences import (
    Sentence,
    heading_sentence,
    section_sentences,
    split_sentences,
)
from graphbuild.ingest.years import (
    ELECTION_YEAR,
    page_own_year,
    report_period,
    resolve_year,
    spans_years,
    title_year,
    undated_year,
)
from graphbuild.pattern_cache import compile_pattern
from graphbuild.records import ActivityKind, DatePrecision

# An entry's dates given as a field, closing its text: "Dates : du 3 au 9 février 2006".
_DATES_FIELD = compile_pattern(r"\s*(?:dates?|when|quand)\s*:\s*\S", re.IGNORECASE)

# A row that says the mission did not go: "Non déployée", "not deployed", "mission reportée".
_NOT_DEPLOYED = compile_pattern(
    r"\b(?:non|pas|not|never)\s+(?:(?:be|been|pu être|été)\s+)?(?:déployée?s?|deployed|held|"
    r"tenue?s?|réalisée?s?|sent|envoyée?s?)\b|\b(?:cancell?ed|annulée?s?)\b",
    re.IGNORECASE,
)

# The title of a list of missions held: "Missions deployed in 2017", "Missions d'observation".
_MISSIONS_TITLE = compile_pattern(r"\bmissions?\b", re.IGNORECASE)

# A list item opening on a country and the election it is about: "– Bénin, élections
# législatives du 28 avril 2019 : ...", "- Ghana: general elections of".
_COUNTRY_AND_ELECTION_ITEM = compile_pattern(
    r"\s*[–—•▪●*-]\s*[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý\w'’-]+){0,3}\s*[,:–—]\s*(?:(?:the|les?|la|l['’])"
    r"\s*)?(?:élections?|elections?|présidentielle|législatives|municipales|référendum|"
    r"referendum|scrutin|(?:presidential|parliamentary|legislative|general|local)\s+"
    r"(?:elections?|polls?))\b",
    re.IGNORECASE,
)

# Words that name a kind of activity in a list of missions: "Technical assistance with",
# "Peer-support mission", "Electoral observation".
_KIND_WORD = compile_pattern(
    r"\b(?:assistance|support|appui|observ\w+|evaluation|évaluation|training|formation)\b",
    re.IGNORECASE,
)

# A body receiving visitors: "Élections Québec received five members of".
_RECEIVED = compile_pattern(
    r"\b(?:received|welcomed|hosted|"
    # (an adverb between: "la CENI avait déjà accueilli à son siège deux experts")
    r"(?:a|ont|avons|avez|avait|avaient)\s+(?:déjà\s+|aussi\s+|également\s+|en outre\s+|"
    r"par ailleurs\s+)?(?:reçu|accueilli)|"
    # (a timeline's historic present: "Juin – La CENI reçoit à son siège une délégation")
    r"reçoit|reçoivent|accueille|accueillent|receives|welcomes|hosts|"
    r"(?:reçue?s?|accueillie?s?) (?:en audience )?par|"
    # (an entry's noun: "Mi-septembre, accueil à Québec de trois commissaires")
    r"accueil (?:à|au|aux|en|d['’]une?|de la|des)|reception of (?:a|the) delegation|"
    # (visitors told by the pronoun of the body they visited: "une délégation ... nous a
    # rendu visite", "a séjourné une semaine chez nous", "visited us", "spent two weeks with
    # us")
    r"nous (?:a|ont|avait|avaient) rendu visite|"
    r"(?:a|ont|avait|avaient) (?:séjourné|passé)\s+(?:[\w-]+\s+){0,3}?(?:chez|avec) nous|"
    r"visited us|paid us (?:an?\s+)?(?:[\w-]+\s+)?visit|"
    r"(?:spent|stayed)\s+(?:[\w-]+\s+){0,3}?with us)\b"
    # (not a paper received: "a reçu ce jour le rapport de la mission effectuée en mai à
    # Kinshasa", "received the letters of accreditation")
    r"(?!\s+(?:(?:ce jour|hier|aujourd['’]hui|today|yesterday)\s+)?"
    r"(?:(?:le|la|les|l['’]|un|une|des|the|a|an|its|their|son|sa|ses|leur|leurs)\s*)?"
    r"(?:rapports?|reports?|lettres?|letters?|courriers?|copies|copy|résultats|results|"
    r"invitations?|dossiers?|documents?|messages?|propositions?|proposals?|demandes?|"
    r"requests?|candidatures?|applications?|plaintes?|complaints?)\b)",
    re.IGNORECASE,
)

# An event told as held: "une mission exploratoire s'est tenue à ...", "a workshop was held".
HELD = compile_pattern(
    # (an event a body held, told after it: "a training course ... that ODIHR held in Tbilisi")
    r"\b(?:that|which)\s+(?:the\s+)?[A-Z][\w'’/-]*(?:\s+[A-Z][\w'’/-]*){0,3}\s+held\b|"
    r"\b(?:a eu lieu|ont eu lieu|took place|s['’]est (?:tenue?|déroulée?)|se sont (?:tenue?s|"
    r"déroulée?s)|(?:was|were) (?:held|organi[sz]ed)|a été organisée?|ont été organisée?s|"
    # (or held again: "In August 2018 the same course was repeated for trainers in
    # Lubumbashi", "l'atelier a été reconduit à Parakou en juin")
    r"(?:was|were) (?:repeated|replicated|run again|held again|given again)|"
    r"(?:a|ont) été (?:répétée?s?|reconduite?s?|renouvelée?s?|rééditée?s?)|"
    # (a body's sitting, in the past or the pluperfect: "le bureau du RECEF s'était réuni à
    # Genève", "the Bureau met in Geneva")
    r"s['’](?:est|était) réunie?|se sont réunie?s|s['’]étaient réunie?s|"
    # sessions given: "two advisers gave a series of working sessions in Tunis"
    r"gave|delivered|conducted|facilitated|(?:a|ont) (?:animé|donné|dispensé)|"
    # people trained there: "a formé à Douala (Cameroun) trente observateurs", "trained 35
    # observers in Nairobi"
    r"(?:a|ont) formé|trained|"
    # people brought together there: "le NIMD a réuni à Rabat des responsables de partis", "a
    # five-day course brought together in Dakar 24 observers"
    r"(?:a|ont) (?:réuni|rassemblé)|convened|brought together|"
    # (or by its participle, a town after it: "the Forum's annual general conference held in
    # Lusaka")
    r"(?:conferences?|meetings?|assembl(?:y|ies)|forums?|sessions?)\s+"
    r"(?-i:held\s+(?:in|at)\s+[A-Z][\w'’-]*)|"
    # an event a body ran: "In July 2019, EISA ran its first course for long-term observers",
    # "In September, the AU Commission and the ECOWAS Commission held a joint consultation in
    # Abuja"
    # (or its place and month between commas before it: "a organisé à Lomé, au cours du mois
    # d'octobre, un séminaire", "held in Kumasi, during the month of March, a workshop")
    r"(?:ran|organi[sz]ed|co-organi[sz]ed|held|(?:a|ont) (?:tenu|organisé|co-organisé))\s+"
    r"(?:(?:[\w'’-]+\s+){0,3}?|[^.;:\n]{0,100}?,\s+(?:[\w'’-]+\s+){0,2}?)"
    r"(?:courses?|workshops?|trainings?|seminars?|sessions?|conferences?|forums?|retreats?|"
    r"consultations?|meetings?|dialogues?|réunions?|ateliers?|séminaires?|concertations?|"
    r"rencontres?|formations?|colloques?)\b)\b",
    re.IGNORECASE,
)


@dataclass
class Trip:
    """One activity of a section: its anchor date (None for an undated one), its sub-events
    and the sentences it owns."""

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
    # the clause of its anchor sentence that tells it, when the sentence tells several trips
    clause: Sentence | None = None


TRAVEL = compile_pattern(
    r"\b(?:took part|take part|participated|travel+ed|went|visited|attended|was in|were in|"
    # ("deux experts avaient fait le voyage à Erevan", "made the trip to")
    r"(?:a|ont|avait|avaient) fait le (?:voyage|déplacement)|made the (?:trip|journey)|"
    # (a stop on the way: "ont fait escale à Lomé le samedi 11 mai", "stopped over in Accra")
    r"(?:a|ont|avait|avaient) fait escale|(?:made|make) a stopover|stopped over|"
    r"joined|carried out|conducted|represented|observed|a participé|ont participé|"
    # (a mission joined, in French: "deux commissaires ont rejoint à Niamey la mission
    # d'observation"; not a network joined, "a rejoint le réseau en mars 2019")
    r"(?:a|ont|avait|avaient) rejoint\b[^.;]{0,40}?\b(?:missions?|délégations?|équipes?)\b|"
    r"a pris part|ont pris part|a effectué|ont effectué|a assisté|a représenté|a observé|"
    r"s'est rendue?|se sont rendu\w*|a fait partie|ont fait partie|faisait partie|"
    # (told in the pluperfect: "une mission qui s'était rendue au Caire en avril", "avait
    # dépêché en juin une mission")
    r"s['’](?:était|étaient) (?:déjà |aussi |également )?rendue?s?|"
    r"(?:avait|avaient) (?:déjà |aussi )?dépêché|"
    r"had (?:already |also )?(?:dispatched|sent)|"
    # a party sent, or a mission to a place: "sent an election visitor delegation to
    # Bishkek", "a envoyé deux experts", "a mission by two senior officers ... to Monrovia"
    r"(?:sent|dispatched|deployed|a envoyé|ont envoyé|a dépêché|ont dépêché)\s+(?:a |an |its |"
    r"une |un |des |deux |trois |\d+ )?(?:[\w'’-]+\s+){0,3}?(?:delegation|mission|team|observers|"
    r"experts|officials|délégation|mission|équipe|observateurs|experts|conseillers?)|"
    r"missions? (?:by|of) [^.;,]{0,60}?\bto (?=[A-Z])|"
    # told in the pluperfect: "En mars 2021, une conseillère avait fait partie de la mission"
    r"avai(?:t|ent) (?:fait partie|participé|pris part|effectué)|"
    r"had (?:taken part|participated|been part of|joined|attended)|"
    r"was part of|were part of|was a member of|"
    # a stay, or a place in a mission: "ont séjourné à Bissau au sein de la mission"
    r"séjourn\w+|stayed|au sein de (?:la|une) (?:mission|délégation)|"
    # experts seconded to a body: "ont été détachés auprès du Conseil électoral provisoire à
    # Port-au-Prince", "ont été détachés à Port-au-Prince auprès du projet", "was seconded to
    # the Electoral Commission"
    r"(?:été|être) détachée?s?\b[^.;]{0,40}?\bauprès|(?:was|were|been) seconded to|"
    r"(?:été|être) mise?s? à (?:la )?disposition (?:de|du|des)|"
    # a visit the body hosted or was hosted on: "a study visit in late January, when four
    # commissioners were hosted by", "une visite d'étude"
    r"(?:study|working) visits?|visites? d['’](?:étude|travail)|(?:was|were) hosted|"
    r"(?:a|ont) été accueillie?s?|"
    r"as (?:part|members?) of (?:the|a|an) (?:\w+ ){0,3}?(?:mission|delegation)|"
    # "la visite qu'une délégation de l'INE a rendue à Élections Québec", "paid a visit"
    r"visite\b[^.;]{0,100}\brendue?s?|rendu visite|paid (?:a|an|its) (?:\w+ )?visit|"
    # "la participation de deux conseillers ..., en octobre 2016, à la mission de l'OIF"
    r"participation (?:de|d['’]|of)\b[^.;]{0,80}?\b(?:à la|in the|in a|à une) missions?)\b",
    re.IGNORECASE,
)

TAKING_PART = compile_pattern(
    r"\b(?:welcom\w+|receiv\w+|host\w*|took part|participated|attended|observed|accueill\w+|"
    r"a reçu|ont reçu|a pris part|ont pris part|a participé|ont participé|a observé)",
    re.IGNORECASE,
)

_DURING = compile_pattern(
    r"\b(?:during|lors d[eu]s?|pendant|a l['’]occasion d[eu]s?)\s+(?:the\s+|la\s+|l['’])?$",
    re.IGNORECASE,
)

# A visit on a vote's day, named as such: "Election day visit", "Visite le jour du scrutin".
_ELECTION_DAY_VISIT = compile_pattern(
    r"\b(?:election[- ]day (?:visit|programme|program)|"
    r"visite (?:le|du) jour du (?:scrutin|vote))\b",
    re.IGNORECASE,
)

_UNTIL = compile_pattern(
    r"(?:\buntil|\btill|\bthrough|\bjusqu['’]\s*(?:au|a)|"
    # (until an event named, then its day: "stayed until the mission's preliminary statement
    # on 1 November")
    r"\b(?:stayed|remained|was there|were there) until (?:the|its|their) [^.;,]{3,45}?|"
    # (not a departure for the trip: "who left for Maputo on October 2")
    r"\b(?:quitt\w+|(?:leav\w+|left|depart(?!e?ment|amento)\w*)(?!\s+for\b)|repart\w+|"
    r"flew (?:home|back)|"
    r"return(?:ed|ing)|"
    r"will (?:return|fly back)|"
    r"came (?:home|back)|(?:est|sont|suis|sommes) rentr[ée]e?s?|returned to|repris l['’]avion|"
    # the way home after the stay: "avant de rentrer à Québec le", "before returning to"
    r"avant de (?:rentrer|regagner|repartir)|"
    r"before (?:returning|flying (?:home|back)|heading home)|"
    r"(?:a|ont) regagn[ée]|regagner(?:a|ont)|regagne(?:nt)?|"
    # the event's own last day: "the course closes on 25 August", "s'achève le 12 mai"
    # ("beginning on Monday, 15 July 2024 and ending on 26 July")
    r"(?:closes|closed|ends|ended|ending|concludes|concluding|se termine(?:nt)?|"
    r"s['’]ach[èe]ve(?:nt)?|prend fin|"
    # ("The programme finished in Auckland yesterday"; not "concluded on Friday 8 March a
    # three-day visit", its length told)
    r"finish(?:es|ed)|"
    # ("A United Nations electoral needs assessment mission concluded its work in Liberia
    # yesterday": the stay's work, not a visit told by its length)
    r"concluded (?:its|their) (?:work|consultations|stay)|"
    # ("le séminaire ouvert mardi dernier à Niamey et clos hier", "clôturé vendredi")
    r"(?<!huis )clos|close|cl[ôo]tur[ée]+e?s?|"
    r"prennent fin|prendr(?:a|ont) fin|"
    # (or told to come: "Le programme, qui s'achèvera vendredi 7 mars", "will end on")
    r"s['’]ach[èe]ver(?:a|ont)|se terminer(?:a|ont)|will (?:end|close|conclude)|"
    r"(?:a|ont)\s+achev[ée]|"
    # ("la mission ... a bouclé ses travaux hier jeudi")
    r"(?:a|ont)\s+(?:boucl|termin)[ée]\s+(?:ses|leurs|son|sa)\s+(?:travaux|s[ée]jour|mission|"
    r"visite)|"
    # (its day between the verb and the stay: "ont terminé ce mercredi leur visite")
    r"(?:a|ont)\s+(?:boucl|termin)[ée]e?s?(?=\s*(?:(?:ce|cet|cette|le)\s*)?$)|"
    r"(?:a|ont) pris fin|s['’]est (?:achev|termin|cl[ôo]tur)[ée]+e?)|"
    # the stay's last day: "Au terme de son séjour, le samedi 16 mars", "at the end of its
    # visit, on Friday"
    r"(?:au|[àa] l['’])\s*(?:terme|issue|fin) (?:de son|de sa|du|de leur) (?:s[ée]jour|mission|"
    r"visite)|at the (?:end|close) of (?:its|the|their|his|her) (?:stay|visit|mission))\b"
    r"[^.;]{0,30}?(?:\b(?:le|on|the))?)"
    # (and its weekday, whole or shortened: "qui se poursuit jusqu'au jeudi 5 novembre",
    # "jusqu'au mar. 10 déc.")
    rf"\s*(?:the\s+|le\s+)?(?:(?:{WEEKDAY_NAMES}|(?:{WORDS.alternatives('short_weekdays')})\.),?"
    r"\s+)?$",
    re.IGNORECASE,
)

# Sentences telling that an event took place.
_HAPPENED = compile_pattern(
    r"\b(?:took place|was held|were held|met in|gathered|s['’]est (?:déroulée?|tenue?|réunie?)|"
    r"se sont (?:déroulé|tenu|réuni)\w*|a eu lieu|ont eu lieu|a réuni|ont réuni|a siégé)",
    re.IGNORECASE,
)

# A part played in a mission, as a résumé lists it: "Long-term observer", "Adviser to",
# "formatrice principale", "Lead facilitator", "Speaker at".
_MISSION_ROLE = compile_pattern(
    r"\b(?:observers?|observat(?:eur|rice)s?|advis[eo]rs?|conseill(?:er|ère)s?|experts?|"
    r"expertes?|trainers?|format(?:eur|rice)s?|facilitat(?:or|eur|rice)s?|speakers?|"
    r"panell?ists?|intervenante?s?|consultante?s?|analysts?|analystes?|rapporteur|"
    r"head of mission|chef(?:fe)? de mission)\b",
    re.IGNORECASE,
)

# ... opening a bullet (its first words): "• Experte en formation du projet ...", "- Lead
# trainer of a BRIDGE course ...".
_ROLE_FIRST = compile_pattern(
    r"[\s•·▪●◦*–—-]*(?:[\w'’-]+\s+){0,2}?" + _MISSION_ROLE.pattern, re.IGNORECASE
)

_BRACKET_YEAR = compile_pattern(r"\s*\(((?:19|20)\d\d)\)")

_MISSIONS = compile_pattern(r"\bmissions\b", re.IGNORECASE)


# A stay's end told as its party remaining: "will remain in the country until Thursday,
# August 21", "restera au Mali jusqu'au 3 août", "demeurera sur place jusqu'au".
_REMAINS = compile_pattern(
    r"\b(?:remain|stay)(?:s|ed|ing)?\b|\brest(?:e|era|eront|ent|ait|aient)\b|"
    r"\bdemeur\w+|\bséjourn\w+",
    re.IGNORECASE,
)


# A stay's or its programme's end told to come: "Le programme, qui s'achèvera vendredi 7
# mars", "the visit will end on".
_STAY_WILL_END = compile_pattern(
    r"\b(?:programmes?|programs?|s[ée]jour|visite?|stay|mission)\b[^.;]{0,40}?"
    r"(?:s['’]ach[èe]ver(?:a|ont)|se terminer(?:a|ont)|prendr(?:a|ont) fin|"
    r"will (?:end|close|conclude))",
    re.IGNORECASE,
)


def _stay_ended_later(
    ex: PageContext,
    out: list[tuple[Section, Trip, list[Dated], list[Sentence]]],
    dated: list[Dated],
) -> bool:
    """A stay under way told in one section ("has been in the country since Monday") and its
    end in a later section that tells no trip of its own ("The Mission will remain in the
    country until Thursday, August 21", under another heading): one stay, to that day; the
    single days told after its start in its own section ("Yesterday, the Chief of Mission
    met ...") are its parts. ``out`` (the trips so far) is updated; whether it was."""
    ends = [
        d
        for d in dated
        if d.role in ("activity", "planned")
        and not d.mention.is_range
        and d.mention.start.day is not None
        and (
            d.mention.lead == "until"
            or _ends_there(
                fold(
                    ex.clean[
                        max(d.sentence.start, d.mention.start_offset - 60) : d.mention.start_offset
                    ]
                )
            )
        )
        and (
            _REMAINS.search(ex.clean[d.sentence.start : d.mention.start_offset])
            or _STAY_WILL_END.search(ex.clean[d.sentence.start : d.mention.start_offset])
        )
    ]
    if len(ends) != 1:
        return False
    end = ends[0]
    opened = next(
        (
            i
            for i in range(len(out) - 1, -1, -1)
            if out[i][1].anchor_sentence is not None and _under_way(out[i][1].anchor)
        ),
        None,
    )
    if opened is None:
        return False
    section, trip, dated_there, sents = out[opened]
    anchor, said = trip.anchor, trip.anchor_sentence
    assert anchor is not None and said is not None
    first = anchor.start
    if not _after(first, end.mention.start, max_days=60) or _other_bodies(ex, said, end.sentence):
        return False
    kept: list[tuple[Section, Trip, list[Dated], list[Sentence]]] = []
    for row in out[opened + 1 :]:
        a = row[1].anchor
        if a is None or (a.end.day is not None and not _after(first, a.end, max_days=60)):
            kept.append(row)  # (a trip before the stay, told after it: its preparation)
        elif (
            row[0] is not section
            or a.is_range
            or not _after(a.start, end.mention.start, max_days=60)
        ):
            return False
    stay = _ended(Dated(anchor, "activity", said, 0), end).mention
    out[opened:] = [(section, replace(trip, anchor=stay), dated_there, sents), *kept]
    return True


_ONE_IN = compile_pattern(r"\b(?:one|the other)\s+(?:in|to)\b", re.IGNORECASE)


def page_sections(ex: PageContext) -> list[Section]:
    """The page's sections (``layout.py``), its listing lines told by the name index."""
    return sections(ex.page, blocks=ex.listing_blocks())


def sections_trips(
    ex: PageContext, found: Sequence[Section]
) -> list[tuple[Section, Trip, list[Dated], list[Sentence]]]:
    """The trips of some of the page's sections (each one's are its own: the page is
    consulted, never changed, but for the issues reported), section by section, with its
    section's dates and sentences; a section with none is reported."""
    out: list[tuple[Section, Trip, list[Dated], list[Sentence]]] = []
    for section in found:
        trips, dated, sents = section_trips(ex, section)
        if not trips and _stay_ended_later(ex, out, dated):
            continue
        if not trips:
            # (its first paragraph, or its heading alone: a title with no text under it)
            body = section.paragraphs[0] if section.paragraphs else section.heading
            if body is None:
                continue
            ex.issue(
                "no-activity",
                "section with no dated trip and no activity heading: not an activity",
                body.start,
                body.end,
            )
        for trip in trips:
            out.append((section, trip, dated, sents))
    return out


# A title of what was being prepared as the page was written: "Missions in preparation at the
# time of writing", "Missions en cours de préparation", "Visites en préparation".
_IN_PREPARATION = compile_pattern(
    r"(?:missions?|activit(?:y|ies)|activités?|visits?|visites?|deployments?|déploiements?)\s+"
    r"(?:in\s+preparation(?:\s+at\s+the\s+time\s+of\s+writing)?|"
    r"en\s+(?:cours\s+de\s+)?préparation(?:\s+au\s+moment\s+de\s+la\s+rédaction)?)\s*:?",
    re.IGNORECASE,
)


# A title of what a report leaves out: "Not covered by this report", "Outside the scope of this
# report", "Hors du champ du présent rapport", "Non couvert par ce rapport".
_OUT_OF_SCOPE = compile_pattern(
    r"(?:(?:activities|items|events)\s+)?(?:not\s+(?:covered|included|reported)\s+(?:by|in)|"
    r"(?:outside|beyond)\s+the\s+scope\s+of)\s+(?:this|the\s+present)\s+"
    r"(?:report|review|summary|update|overview)|"
    r"(?:activités\s+)?(?:hors\s+(?:du\s+)?champ\s+(?:de\s+ce|du\s+présent)|"
    r"non\s+(?:couverte?s?|incluse?s?|retenue?s?)\s+(?:par|dans)\s+(?:ce|le\s+présent))\s+"
    r"(?:rapport|bilan|compte\s+rendu)\s*:?",
    re.IGNORECASE,
)


# A line of an issue's contents: "IN THIS ISSUE: ...", "Sommaire : ...", items set off by
# bullets.
_CONTENTS_LINE = compile_pattern(
    r"\W*(?:in this issue|contents|sommaire|au sommaire|dans ce numéro|table des matières)\b"
    r"|[^\n]*\s[•·]\s",
    re.IGNORECASE,
)


def section_trips(
    ex: PageContext, section: Section
) -> tuple[list[Trip], list[Dated], list[Sentence]]:
    """The trips a section tells, with its dates (their roles: ``date_roles.py``) and its
    sentences."""
    sents = section_sentences(ex.clean, section)
    if (
        (section.heading is not None and UPCOMING.fullmatch(section.heading.text.strip()))
        or (
            section.label is not None
            and UPCOMING.fullmatch(section.label.text.strip())
            # (a label over what is to come, not over the past items listed after them:
            # "Upcoming" / a workshop / "20 December 2016" / "On 15 and 16 December, the
            # project co-hosted a roundtable"; but a year to come heads what is asked for it:
            # "Missions prévues en 2025" / "Des missions ont été demandées pour ...")
            and (not _told_as_past(sents) or YEAR_TO_COME.fullmatch(section.label.text.strip()))
            # (nor over a list the section's own title says is past: "Prochains rendez-vous"
            # / ... / "Rendez-vous passés")
            and not (
                section.heading is not None and PAST_LIST.fullmatch(section.heading.text.strip())
            )
        )
        or (section.heading is not None and _UPCOMING_TITLE.match(section.heading.text))
        # (or being prepared as the report was written, however its text says it: "Missions
        # in preparation at the time of writing" / "... deployment plans were being finalised")
        or any(
            part is not None and _IN_PREPARATION.fullmatch(part.text.strip())
            for part in (section.heading, section.label)
        )
        # (or left out of the report, whatever its items tell: "Not covered by this report" /
        # "• The pre-programme briefing ... was held online on 7 February.")
        or any(
            part is not None and _OUT_OF_SCOPE.fullmatch(part.text.strip())
            for part in (section.heading, section.label)
        )
        # (an article's notes and references: its sources' titles and days, no activity)
        or (section.heading is not None and REFERENCES.fullmatch(section.heading.text.strip()))
    ):
        # "Upcoming", "À venir", "Prochains événements", and a title opening so ("Upcoming:
        # observation of the Iraqi parliamentary elections"): planned
        return [], [], sents
    heading = heading_sentence(section)
    dated = dated_mentions(ex, sents, heading)
    anchors = _anchors(ex, section, dated, heading)  # may add the heading's date to dated
    if not anchors and heading is not None:
        anchors = _month_heading(heading, sents, dated)
    context_year = section.year
    # (not an interview's question, whatever year it names: "Depuis la présidentielle du 21
    # mars 2021, la CENI n'a organisé aucun scrutin. À quoi servent ses missions ?")
    if context_year is None and heading is not None and not heading.text.rstrip().endswith("?"):
        named = {int(y) for y in _YEAR_IN.findall(ELECTION_YEAR.sub(" ", heading.text))}
        context_year = named.pop() if len(named) == 1 else None  # "... – Libya 2012"
        if context_year is not None and spans_years(ex, heading.text):
            context_year = None  # "... for the 2023-2024 Electoral Process" over a dated text
        if context_year is not None and _dated_title(heading.text):
            # (the days of the event a heading names, "Regional Workshop on Post-Election
            # Reviews, 4–6 March 2025", over a speech recalling the year before: no year
            # heading)
            context_year = None
    if context_year is None and section.label is not None and section.label is not section.heading:
        # (or the one year of the part's title over its entries' headings: "3. COOPÉRATION
        # INTERNATIONALE – BILAN DE SEPTEMBRE À DÉCEMBRE 2024" / "Formation à Paris" / "En
        # septembre, ...", in a newsletter of January 2025)
        # (not a line of the issue's contents: "IN THIS ISSUE: Observation in Mozambique •
        # BRIDGE in Lilongwe • Looking ahead to 2025")
        named = {int(y) for y in _YEAR_IN.findall(ELECTION_YEAR.sub(" ", section.label.text))}
        if (
            len(named) == 1
            and not spans_years(ex, section.label.text)
            and not _CONTENTS_LINE.match(section.label.text)
        ):
            context_year = named.pop()
    if heading is not None and _EARLIER_IN_THE_YEAR.fullmatch(heading.text.strip()):
        # (a heading telling the page's own year: "Earlier in the year" / "From April 23rd to
        # 30th, ..." in a release of 14 October 2025, whatever year another section names)
        own = page_own_year(ex)
        context_year = own if own is not None else context_year
    above = stamp_above(ex, heading) if heading is not None else None
    if above is not None:
        # (a news listing's item, its stamp line over its title: "25 October 2023" /
        # "Training electoral trainers in Bangladesh": its year, not the page title's, nor
        # that of a vote its title names, "Nepal: reviewing the 2022 federal elections")
        context_year = above.year
    if context_year is None:
        context_year = title_year(ex)
    resolved = {
        id(d): _year_of_its_head(section, d, dated)
        or _year_of_its_row(ex, d)
        or resolve_year(ex, d, dated, context_year)
        for d in [*dated, *anchors]
    }
    # under a fiscal year's heading ("2023–2024", its years running from April 1 to March
    # 31), or on a report of one fiscal year with no year heading ("l'exercice financier
    # 2019-2020, c'est-à-dire la période allant du 1er avril 2019 au 31 mars 2020"): a month
    # before its turn is of its second year ("From Thursday, March 21 to Tuesday, March 26":
    # 2024; "En février, ... à Niamey": 2020)
    fiscal = (
        (section.year, section.turn)
        if section.turn is not None and section.year is not None
        else _report_turn(ex)
        if section.turn is None and section.year is None
        else None
    )
    if fiscal is not None and context_year == fiscal[0]:
        first_year, turn = fiscal
        for d in [*dated, *anchors]:
            found = resolved[id(d)]
            if (
                not d.mention.has_year
                and found.start.year == first_year
                and found.start.month is not None
                and found.start.month < turn
            ):
                resolved[id(d)] = d.mention.resolved(first_year + 1)
    if above is not None:
        # (an item's days without their year, more than half a year after its stamp's, are
        # of the year before: "5mo" over "From 3 to 9 December" on a page saved in June)
        later = above + dt.timedelta(days=183)
        for d in [*dated, *anchors]:
            found = resolved[id(d)]
            if (
                not d.mention.has_year
                and found.start.year == above.year
                and found.start.month is not None
                and found.start.first_day() > (later.year, later.month, later.day)
            ):
                resolved[id(d)] = d.mention.resolved(above.year - 1)
    told_on = _heading_day(heading) if context_year is not None else None
    if told_on is not None and told_on.year and title_year(ex) == told_on.year - 1:
        # a heading dated to the day, under a title naming the year before, tells that year
        # ("BILAN DE L'ANNÉE 2023" / "Allocution prononcée ..., le vendredi 12 janvier 2024"
        # over "Du 19 au 27 juin, le Conseiller a représenté la CENA"): a past day after the
        # heading's in its year was in the year before
        for d in [*dated, *anchors]:
            found = resolved[id(d)]
            if (
                d.role == "activity"
                and not d.mention.has_year
                and found.start.year == told_on.year
                and found.start.first_day() > told_on.first_day()
                and not tells_future(d.sentence.text)
            ):
                resolved[id(d)] = d.mention.resolved(told_on.year - 1)
    items = {i for i, b in enumerate(section.paragraphs) if b.item}
    trips = _group(ex, anchors, resolved, heading, items)
    if not trips and (stamped := _told_on_its_stamp_day(ex, section, sents, dated)) is not None:
        trips.append(stamped)
    if not trips:
        pairs = _year_pairs(ex, sents, heading)
        if pairs:
            return pairs, dated, sents
        undated = _undated_trip(ex, section, sents, dated)
        if undated is None:
            return [], dated, sents
        trips.append(undated)
    _share_sentences(trips, sents, section)
    _told_before(trips, dated)
    trips = _split_enumerations(ex, trips)
    _table_columns(ex, trips)
    _host_columns(ex, trips)
    _clauses_of_one_sentence(ex, trips)
    return trips, dated, sents


# Where a sentence telling two trips turns to the second: "..., and two senior managers
# joined ...", "; ", ", tandis que ...", ", puis ...".
_NEXT_CLAUSE = compile_pattern(
    r";|,\s+(?:and|et|while|whereas|tandis que|alors que|puis|then|as well as|ainsi que|"
    r"ainsi qu['’])(?:\b|(?<=['’]))|"
    r"\s+(?:while|whereas|tandis que)\b|"
    # the journey on: "..., avant de rejoindre Abidjan où", "before travelling on to"
    r",?\s+(?:avant de|before (?:travell?ing|going|heading|moving|flying|proceeding))\b|"
    # (or a bare "and" when each side names its place: "... in Kathmandu on 6-8 November
    # 2023 and staff of the Elections Commission of Maldives in Malé on 14-16 November")
    r"\s+(?:and|et)\s+"
)
# ... or a bar between the cells of a listing line that is no row under a table's header:
# "Venues: Kathmandu, 21–24 Apr. | Malé, 7–10 Sep."
_NEXT_CELL = compile_pattern(rf"{_NEXT_CLAUSE.pattern}|\s+\|\s+")
# A comma, then the next place: ", in Kazakhstan", ", au Niger", ", to Bolivia".
# (or a name and the brackets of its day: ", North Macedonia (8 May)")
_COMMA_THEN_PLACE = compile_pattern(
    r",\s+(?=(?:in|to|au|aux|en|à|vers)\s+[A-ZÀ-Ý]|[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,3}"
    r"\s+\()"
)
# A clause told again of the same place: "and again from 12 to 14 December", "puis de nouveau".
_AGAIN = compile_pattern(
    r"\W*(?:and|et|puis|then)?\s*(?:again|once more|de nouveau|à nouveau)\b", re.IGNORECASE
)


# Where a sentence's clause ends and another begins: "; ", ", et elle a pris part ...",
# ", and", ", while".
_CLAUSE_BREAK = compile_pattern(
    r";|,\s+(?:and|et|while|whereas|tandis que|alors que|puis|then)\b"
    # (or a time again, its own way: "The Bureau met in Strasbourg during the part-session
    # and again by videoconference on Monday 2 December", "et de nouveau en ligne le")
    r"|\s+(?:and again|and later|et de nouveau|puis de nouveau)\b",
    re.IGNORECASE,
)


def anchor_clause(ex: PageContext, trip: Trip) -> Sentence | None:
    """The clause of the trip's anchor sentence that holds its date ("L'institution a suivi,
    le 12 mars, un webinaire tenu en ligne" of "..., et elle a pris part en juin à la
    rencontre de Whitehorse"), or None when the sentence is one clause."""
    s, m = trip.anchor_sentence, trip.anchor
    if s is None or m is None or not s.start <= m.start_offset < s.end:
        return None
    breaks = [b for b in _CLAUSE_BREAK.finditer(ex.clean, s.start, s.end)]
    if not breaks:
        return None
    start = max((b.end() for b in breaks if b.end() <= m.start_offset), default=s.start)
    end = min((b.start() for b in breaks if b.start() >= m.end_offset), default=s.end)
    return Sentence(start, end, ex.clean[start:end], s.paragraph)


def _clauses_of_one_sentence(ex: PageContext, trips: list[Trip]) -> None:
    """Trips dated in one sentence, each in a clause of its own that names its place ("a
    Commissioner served in the mission ... in Mozambique, ... from 30 September to 13
    October, and two senior managers joined the mission ... in Botswana, from 25 October
    ..."): each placed by its own clause, when every clause names a place and they differ."""
    by_sentence: dict[int, list[Trip]] = {}
    for t in trips:
        if t.anchor is not None and t.anchor_sentence is not None and not t.countries:
            by_sentence.setdefault(t.anchor_sentence.start, []).append(t)
    for group in by_sentence.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda t: t.anchor.start_offset)  # type: ignore[union-attr]
        sentence = group[0].anchor_sentence
        assert sentence is not None
        cuts = [sentence.start]
        breaks = (
            _NEXT_CLAUSE
            if table_header(ex.clean, ex.clean.rfind("\n", 0, sentence.start) + 1) is not None
            else _NEXT_CELL
        )
        for before, after in itertools.pairwise(group):
            assert before.anchor is not None and after.anchor is not None
            turns = list(
                breaks.finditer(ex.clean, before.anchor.end_offset, after.anchor.start_offset)
            ) or list(
                # (or a comma before the next place: "... (22–27 February, Abuja), in
                # Kazakhstan for the Mazhilis elections of 19 March (16–20 March, Astana)")
                _COMMA_THEN_PLACE.finditer(
                    ex.clean, before.anchor.end_offset, after.anchor.start_offset
                )
            )
            if not turns:
                break
            # (a comma's or a semicolon's turn before a bare "and" inside a clause: "...
            # on 8 August 2024, and of the course ... that CAPEL and the association gave")
            marked = [t for t in turns if t.group(0).lstrip()[:1] in ",;|"]
            cuts.append((marked or turns)[-1].start())
        else:
            cuts.append(sentence.end)
            places = []
            clauses = []
            for (a, b), t in zip(itertools.pairwise(cuts), group, strict=True):
                clause = Sentence(a, b, ex.clean[a:b], sentence.paragraph)
                clauses.append(clause)
                places.append(locations(ex, clause))
                if not places[-1][0] and t.anchor is not None:
                    # (or the place its date stands in brackets after, told bare: "... and
                    # Malaysia (May; general election of 9 May)", "Bridgetown, Barbados (20–24
                    # May)")
                    places[-1] = _place_before_its_bracket(ex, clause, t.anchor)
            for t, clause in zip(group, clauses, strict=True):
                t.clause = clause  # (its kind is its clause's: "co-hosted a review ...; the
                # following week, ... IFES trained 60 INEC ICT officers")
            home = ex.home.country if ex.home is not None else None
            for k in range(len(places)):
                if not places[k][0] and home and _received_by_a_body(ex, clauses[k]):
                    # (a visit the body received, where it is: "..., and received at its
                    # Budapest secretariat delegations from ...")
                    places[k] = ([home], [])
            for k in range(1, len(places)):
                if not places[k][0] and _AGAIN.match(clauses[k].text):
                    # (a clause told again of the place before: "a mission to Ghana from 2 to
                    # 9 December and again from 12 to 14 December")
                    places[k] = places[k - 1]
            for k, (cs, ps) in enumerate(places):
                towns = {ex.g.places[p].country for p in ps if p in ex.g.places}
                if towns and towns < set(cs):
                    # (a clause opening on the countries of the clauses to come, its own town
                    # after: "Au Sénégal puis en Côte d'Ivoire, ... : du 4 au 8 février à Dakar,
                    # ..., puis du 11 au 13 février à Abidjan": its town's country)
                    places[k] = ([c for c in cs if c in towns], ps)
            countries = [tuple(cs) for cs, _ps in places]
            if all(countries) and len(set(countries)) > 1:
                from graphbuild.ingest.kinds import kind_named  # (kinds reads trips' scopes)

                for k in range(1, len(clauses)):
                    if (
                        kind_named(ex.without_names(clauses[k])) is None
                        and not PAST_VERB.search(clauses[k].text)
                        and not PAST_EN.search(clauses[k].text)
                    ):
                        # (a clause naming no kind nor doing goes on with the one before: "took
                        # part in the observation of the elections in Slovakia (23 March),
                        # North Macedonia (8 May)")
                        a, b = group[k - 1].clause.start, clauses[k].end  # type: ignore[union-attr]
                        group[k].clause = Sentence(a, b, ex.clean[a:b], sentence.paragraph)
                for t, (cs, ps) in zip(group, places, strict=True):
                    t.countries, t.cities = cs, ps


def _place_before_its_bracket(
    ex: PageContext, clause: Sentence, m: DateMention
) -> tuple[list[str], list[str]]:
    """The country (and town) named right before the brackets the date opens ("Malaysia (May;
    ...)", "Bridgetown, Barbados (20–24 May)"), or none."""
    opening = ex.clean.rfind("(", clause.start, m.start_offset)
    if opening < 0 or ex.clean[opening + 1 : m.start_offset].strip():
        return [], []
    end = len(ex.clean[:opening].rstrip())
    hits = [h for h in ex.hits(clause) if h.category in ("country", "place")]
    last = next((h for h in reversed(hits) if h.end == end), None)
    if last is None:
        return [], []
    if last.category == "country":
        before = next((h for h in reversed(hits) if h.end < last.start), None)
        town = (
            [before.refs[0]]
            if before is not None
            and before.category == "place"
            and ex.clean[before.end : last.start].strip() == ","
            and ex.g.places[before.refs[0]].country == last.refs[0]
            else []
        )
        return [last.refs[0]], town
    place = ex.g.places[last.refs[0]]
    return [place.country], [place.id] if place.kind == "city" else []


# A part of a year before it ("mid-2017", "early 2016", "fin-2018"): a time as precise as a
# season.
_YEAR_PARTS = frozenset(WORDS.phrases["year_part_leads"])


def _month_heading(heading: Sentence, sents: list[Sentence], dated: list[Dated]) -> list[Dated]:
    """A month alone heading its section of a year's report ("Mai" / "- Lomé (Togo) –
    séminaire d'information ... animé par deux parlementaires"), over an item that tells an
    activity with no date of its own: that month dates it (added to ``dated``)."""
    from graphbuild.ingest.kinds import kind_named  # (kinds reads trips' scopes)

    name = heading.text.strip().rstrip(" :.")
    month = month_number(name) if len(name.split()) == 1 else None
    if month is None or dated:
        return []
    if not any(
        kind_named(s.text) is not None and not tells_future(s.text) and not none_took_place(s.text)
        for s in sents
    ):
        return []
    at = heading.start + heading.text.find(name)
    day = PartialDate(None, month, None)
    found = Dated(DateMention(at, at + len(name), name, day, day, "en"), "activity", heading, -1)
    dated.append(found)
    return [found]


def _badge_before_plans(acts: list[Dated], dated: list[Dated], listing: set[int]) -> bool:
    """Whether the section's text tells only days to come, all after the day of its listing
    line (a post's date badge): that line dates the post, not what it announces."""
    badges = [
        d.mention.start
        for d in acts
        if d.paragraph in listing and d.mention.start.day and d.mention.start.year
    ]
    plans = [
        d.mention.start
        for d in dated
        if d.role == "planned" and d.paragraph not in listing and d.mention.start.day is not None
    ]
    if len(badges) != 1 or not plans:
        return False
    badge = badges[0]
    assert badge.year is not None and badge.month is not None and badge.day is not None
    return all(
        (p.year or badge.year, p.month or 0, p.day or 0) > (badge.year, badge.month, badge.day)
        for p in plans
    )


def _anchors(
    ex: PageContext, section: Section, dated: list[Dated], heading: Sentence | None
) -> list[Dated]:
    """The dates that open trips (rules 1 and 2): dates to the day; failing those, months
    that open their sentence or go with a travel verb in a sentence with a place; failing
    those, years that do both; each list item a scope of its own. Failing all, an election
    day during which the body took part, then a day the heading gives."""
    period = report_period(ex)
    acts = [
        d
        for d in dated
        if d.role == "activity"
        # (not the period a report covers: "the 2015-2016 fiscal year (April 1, 2015 to ...)")
        and (period is None or (d.mention.start, d.mention.end) != period)
    ]
    # a period alone on its line over list items dated within it ("Q3 2022" / "– July
    # 12–15: ..." / "– August 5–11: ..."): it heads them, as a year heading does; each item
    # is a trip of its own
    acts = [d for d in acts if not _heads_its_items(section, d, acts)]
    listing = {i for i, b in enumerate(section.paragraphs) if b.detail}
    # a calendar's month line over its entry's day line ("OCTOBER 2019" / "17 THU – 19 SAT"):
    # the day dates the entry, the month only heads the calendar's days
    # (the day line right under it: not another entry's days in the same month, a year
    # apart under other year headings, "• Septembre – Mission ..., Niamey" / "• 9 au 13
    # septembre – Formation ..., Dakar")
    listed_days = [
        (d.paragraph, d.mention.start)
        for d in acts
        if d.paragraph in listing and d.mention.start.day
    ]
    acts = [
        d
        for d in acts
        if not (
            d.paragraph in listing
            and d.mention.start.day is None
            and d.mention.start.month is not None
            and any(
                day.month == d.mention.start.month
                and day.year in (None, d.mention.start.year)
                and d.paragraph < at <= d.paragraph + 2
                for at, day in listed_days
            )
        )
    ]
    programme = heading is not None and bool(PROGRAMME_TITLE.match(heading.text))
    if not programme and (
        any(
            d.paragraph not in listing
            and d.mention.start.day is not None
            # (not another entry's line opening on its day: "Mercredi 7 décembre – Paris
            # (France)" / text / "Vendredi 16 décembre – Séminaire en ligne" / text)
            and not (
                DAY_OPENS_LINE.fullmatch(
                    ex.clean, _line_start(ex.clean, d.mention.start_offset), d.mention.start_offset
                )
                and _SHORT_TITLE_AFTER.match(ex.clean, d.mention.end_offset)
            )
            for d in acts
        )
        # (or only days to come after it: a post's date badge over "Le prochain séminaire
        # ... aura lieu à Trieste du 4 au 6 décembre 2023"; not over a stay under way, "will
        # remain from 25 February to 14 March")
        or _badge_before_plans(acts, dated, listing)
        or stamped_listing(ex.clean)
    ):
        # a day alone on a "City, date" line above a text that dates its activity itself
        # is the item's dateline ("Ottawa, October 25, 2019" over "From October 17 to 22");
        # on a news listing whose items mostly do so, every item's ("15 Feb" over "The Forum
        # welcomed its new Executive Director")
        acts = [d for d in acts if d.paragraph not in listing or d.mention.is_range]
    # ("two days later", "the following Friday" open no trip: they end one or date a part)
    level1 = [d for d in acts if d.mention.start.day is not None and d.mention.lead != LATER]

    def dates_field(d: Dated) -> bool:
        # the value of a dates field, its line's own: "Dates : juin (deux semaines)"
        line_start = _line_start(ex.clean, d.mention.start_offset)
        return bool(_DATES_FIELD_BEFORE.fullmatch(ex.clean, line_start, d.mention.start_offset))

    def opens(d: Dated) -> bool:
        # (after a timeline's year: "2011 – Fin octobre, ...")
        before = ex.clean[d.sentence.start : d.mention.start_offset]
        # (or after "Earlier in the year," / "Plus tôt dans l'année,": "..., in June, ...")
        return (
            len(before) <= 3
            # (a list item's bullet, its bold marks gone: "- **Octobre**, Abidjan : ...")
            or bool(_BULLET_ALONE.fullmatch(before))
            # (an entry's listing line, its place first: "Tunis | November 2022", or a list
            # item's place before its month: "- Toamasina, avril 2024 – atelier bilan ...")
            or bool(_PLACE_CELL_BEFORE.fullmatch(before))
            or bool(_PLACE_ITEM_BEFORE.fullmatch(before))
            # (or after its title, a dash and its town: "- Assessment of postal and advance
            # voting – Lusaka, September. Two experts reviewed ...")
            or bool(ITEM_TITLE_AND_TOWN.fullmatch(before))
            or bool(_PLACE_FIELD_BEFORE.fullmatch(before))
            # (or an answer's turn, under its speaker's name: "BÉATRICE MWAMBA : Le mois
            # dernier, à Lomé, j'ai suivi un séminaire", "R. En mai, ...")
            or bool(_TURN_BEFORE.fullmatch(before))
            or bool(TIMELINE_YEAR.fullmatch(before))
            # (after an entry's title: "Table ronde à Chisinau – Courant mai, ...")
            or bool(ENTRY_TITLE.fullmatch(before))
            # (after a preposition: "À la mi-juin, le président ...", "Vers la fin mai")
            or bool(_OPENING_WORDS.fullmatch(before))
            # (closing a list item's title line: "▪ Mission de cadrage – Niamey, mi-octobre 2018")
            or (
                bool(_ITEM_LINE.match(before))
                and bool(_ENDS_LINE.match(ex.clean, d.mention.end_offset))
            )
            or bool(EARLIER_THIS.match(before) and len(before) <= 40)
            # (after an entry's status tag: "[PAST] August 2024 – Logistics support, ...")
            or bool(_STATUS_TAG.fullmatch(before))
            # ("Back in March we co-hosted", "Earlier, in July, we welcomed")
            or _opens_earlier(d)
            # (a table's date cell, whatever its column: "... | Lilongwe | Mar 2023")
            or _date_cell(ex.clean, d.mention)
            # (after an item's label: "• Tunisie : de septembre 2022 à mars 2023, appui ...")
            or bool(_ITEM_LABEL_BEFORE.fullmatch(before))
            # (an entry's date field, or its place line: "Dates: March 2024", "Lomé, février
            # 2024" alone on its line)
            # (not a report's closing place and month, "Abuja, avril 2022", nothing under it)
            # (the value of a dates field on its own line, under the entry's other fields:
            # "Module : Formation des formateurs" / "Dates : juin (deux semaines)")
            or (not d.mention.lead and dates_field(d))
            or (
                bool(_DATES_FIELD_BEFORE.fullmatch(before) or _PLACE_LINE_BEFORE.fullmatch(before))
                and not d.mention.lead  # (not "Santiago, last December" over a memory)
                and bool(_TEXT_ON_NEXT_LINE.match(ex.clean, d.mention.end_offset))
            )
        )

    # (an entry under a place line: "Kinshasa (République démocratique du Congo)" / title /
    # "Mi-avril, deux experts du réseau ont appuyé ...")
    placed = any(
        b.detail and locations(ex, s, heading=True)[0]
        for b in section.paragraphs
        for s in split_sentences(ex.clean[b.start : b.end], b.start, -2)[:1]
    )

    def telling(d: Dated) -> list[Sentence]:
        # a date alone on its line ("November 2018") is told by the sentence under it (so is
        # an entry's date field: "Dates: March 2024" / "Location: Panama City")
        if (
            _date_alone(d.sentence.text)
            or _DATES_FIELD_BEFORE.fullmatch(ex.clean, d.sentence.start, d.mention.start_offset)
            # (or a card's line of its date and its type: "Janvier 2020 Mission d'évaluation")
            or date_and_type_line(d.sentence.text)
        ):
            later = [s for s in section_sentences(ex.clean, section) if s.start > d.sentence.start]
            return [d.sentence, *later[:2]]
        if EARLIER_THIS.match(d.sentence.text):
            # an earlier time of the paragraph's place: "This was our second mission to
            # Mongolia this year. Back in March we co-hosted a workshop ..."
            return [
                s
                for s in section_sentences(ex.clean, section)
                if s.paragraph == d.sentence.paragraph and s.start <= d.sentence.start
            ]
        return [d.sentence]

    def located(d: Dated) -> bool:
        # (a body receiving visitors is at home: "In early June, Élections Québec received")
        # (or on a programme's page, in the country of its title)
        return (
            placed
            # (or an entry's field under its title naming its place: "Session 3 — Brazzaville
            # (Congo)" / "Dates : juin (deux semaines)")
            or (
                heading is not None
                and dates_field(d)
                and bool(locations(ex, heading, heading=True)[0])
            )
            # (or under a heading telling visits received: "6.2 Delegations hosted by the
            # Commission" / "• November: a study tour by the Electoral Commission of Uganda")
            or (heading is not None and bool(_RECEIVED.search(heading.text)))
            or bool(programme_country(ex))
            # (or a project sheet's item, in the country of the sheet's field: "Pays :
            # Madagascar" / "- Acheminement du matériel électoral ..., d'octobre à novembre")
            or (item_of_dated_items(d) and bool(country_field(ex)))
            or any(
                bool(locations(ex, s)[0])
                or bool(TRAVEL.search(s.text))
                or bool(_RECEIVED.search(s.text))
                # (at the body's own seat: "spent three days at our Victoria headquarters")
                or bool(AT_ITS_SEAT.search(s.text))
                # (or helped there: "un expert ... a appuyé notre direction informatique")
                or bool(HELPED_US.search(s.text))
                # (or a town the gazetteers lack: "with our team in Auckland in May 2019")
                or bool(unknown_places(ex, [s], {}))
                for s in telling(d)
            )
        )

    # list items dated to the day, each a trip of its own (a project's "Principales
    # réalisations", a year's bullets)
    items = {i for i, b in enumerate(section.paragraphs) if b.item}
    days_items = {d.paragraph for d in level1 if d.paragraph in items}

    def item_of_dated_items(d: Dated) -> bool:
        # a list item's month, the item's only date, among items dated to the day: "-
        # Acheminement du matériel électoral vers les districts ..., d'octobre à novembre
        # 2023, pour l'élection présidentielle."
        return (
            d.paragraph in items
            and len(days_items - {d.paragraph}) >= 2
            and not any(o is not d and o.paragraph == d.paragraph for o in acts)
        )

    level2 = [
        d
        for d in acts
        if d.mention.start.day is None
        and d.mention.start.month is not None
        and (
            d.mention.lead in _MONTH_LEADS
            # a range of months: "From October 2015 to February 2016, an IFES team ..."
            or (d.mention.is_range and d.mention.lead in _RANGE_LEADS)
            # (or a résumé line's field between middle dots: "... Mission to Malawi (fresh
            # presidential election, 23 Jun 2020) · May 2020 – Jul 2020 · Lilongwe")
            or (not d.mention.lead and _dot_field(ex.clean, d.mention))
            # (or in brackets after its town: "Presidential Election, Bishkek (October 2017)")
            or (not d.mention.lead and town_before_bracket(ex, d.mention, d.sentence))
            # (or a table's cell of its own: "| Copenhague (Danemark) | octobre 2024 (3 jours) |")
            or (not d.mention.lead and _date_cell(ex.clean, d.mention))
            # (or after an item's event and its town: "Assemblée de l'Union interparlementaire
            # (UIP), Genève, mars 2024 : intervention au débat général")
            or (
                not d.mention.lead
                and _EVENT_PLACE_BEFORE.match(ex.clean, d.sentence.start, d.mention.start_offset)
                is not None
            )
            # a stay under way since a month (its role says so): "has had a presence in
            # Liberia since March 2017" (a stay: no other word of travel asked)
            or (d.mention.lead in ("since", "depuis") and located(d))
            # (or a list item's label, after its bullet, under a year heading: "• March:
            # BRIDGE course on electoral management, co-facilitated with IFES ..., Suva.")
            or _month_labels_item(ex, d)
            # (or a card's line of its month and its type: "Janvier 2020 Mission
            # d'évaluation" over its title and text)
            or (not d.mention.lead and date_and_type_line(d.sentence.text))
        )
        and (
            opens(d)
            or d.mention.lead in ("since", "depuis")
            or (not d.mention.lead and _dot_field(ex.clean, d.mention))
            or (not d.mention.lead and town_before_bracket(ex, d.mention, d.sentence))
            or (not d.mention.lead and _date_cell(ex.clean, d.mention))
            or any(
                TRAVEL.search(s.text)
                or HELD.search(s.text)
                or _TOOK_PART_IN.search(s.text)
                or _WAS_THERE.search(s.text)
                or _received_by_a_body(ex, s)
                # a mission told as the one before ("que l'OIF avait conduite à Nouakchott")
                or EARLIER_MISSION_DID.search(fold(s.text))
                for s in telling(d)
            )
            # (or right after the event it dates: "a technical assistance mission in February
            # 2025, during which two specialists worked in Chișinău", "a peer exchange in May")
            or (
                (event := _EVENT_BEFORE.search(ex.clean[d.sentence.start : d.mention.start_offset]))
                is not None
                # (not an event asked or agreed to: "has asked me to facilitate a workshop in
                # Dakar in June", "agreed to send a pre-election assessment team to Maputo")
                and not _TO_DO_BEFORE.search(
                    ex.clean, d.sentence.start, event.start() + d.sentence.start
                )
            )
            or _EXCHANGE_BEFORE.search(ex.clean[d.sentence.start : d.mention.start_offset])
            # (or the visit an event followed, in its month: "The deployment followed a
            # pre-election visit to Tbilisi ... by a five-member PA delegation in September")
            or _FOLLOWED_A_VISIT_BEFORE.search(ex.clean[d.sentence.start : d.mention.start_offset])
            # (or after an entry's event and its place: "Assemblée générale de Banjul
            # (Gambie), en juin.")
            or _EVENT_PLACE_BEFORE.match(ex.clean, d.sentence.start, d.mention.start_offset)
            # (or after its town alone, under its entry's title: "Accueil des nouveaux
            # délégués" / "Rabat, en décembre. Session d'intégration de cinq jours ...")
            or _town_opening(ex, d)
            or item_of_dated_items(d)
        )
        and located(d)
    ]
    from graphbuild.ingest.kinds import kind_named  # (kinds reads trips' scopes)

    level3 = [
        d
        for d in acts
        if d.mention.start.month is None
        and (
            d.mention.lead in ("in", "en", "during", WHOLE_YEAR_LEAD, *_YEAR_PARTS)
            or season_month(d.mention.lead)
            # (or a span of years: "De 2016 à 2019, il a été conseiller juridique ... en Haïti")
            or (
                d.mention.lead in ("from", "de", "between", "entre")
                and d.mention.start.year != d.mention.end.year
            )
            # (or the year of a table's row, its cell its own: "2006 | Haïti | Assistance
            # technique au Conseil électoral provisoire, à Port-au-Prince")
            or (not d.mention.lead and _date_cell(ex.clean, d.mention, first=True))
            # (or opening its item: "• 2017 : membre de la mission d'évaluation ... à Conakry")
            or (not d.mention.lead and year_opening_its_item(ex, d.mention))
        )
        and opens(d)
        and (
            TRAVEL.search(d.sentence.text)
            or (
                not d.mention.lead
                and _date_cell(ex.clean, d.mention, first=True)
                and kind_named(d.sentence.text) is not None
                and located(d)
                # (not a row told as not held: "| 2020 | Malawi | ... | Cancelled |")
                and not none_took_place(d.sentence.text)
                and not _NOT_DEPLOYED.search(d.sentence.text)
                and not tells_future(d.sentence.text)
            )
            # (or an item opening on its year, an activity named where it was: "- 2010 —
            # Guinée : observation du second tour de l'élection présidentielle du 7 novembre
            # 2010 (Conakry, Kankan)")
            or (
                not d.mention.lead
                and year_opening_its_item(ex, d.mention)
                and kind_named(d.sentence.text) is not None
                and located(d)
                and not none_took_place(d.sentence.text)
                and not tells_future(d.sentence.text)
                # (not a year its text dates more closely: "2023 – UNDP needs assessment,
                # Zambia" / "Ten-day assessment in Lusaka in March 2023")
                and not any(
                    o.mention.start.year == d.mention.start.year and o.mention.start.month
                    for o in acts
                )
            )
            # ("Au cours de l'année, le DGEQ a offert une formation ... à Tunis": under its
            # year heading, an activity named where it was)
            or (
                # (or in its season: "In the spring of 2024, ... we ran in Skopje a two-day
                # workshop with the State Election Commission")
                (d.mention.lead == WHOLE_YEAR_LEAD or season_month(d.mention.lead))
                and kind_named(d.sentence.text) is not None
                and located(d)
            )
            or _received_by_a_body(ex, d.sentence)
            # (or its part in a mission, its session given, where a place says where: "En
            # 2016, j'ai fait partie de la mission d'observation de l'OIF ... au Bénin")
            or (
                (_TOOK_PART_IN.search(d.sentence.text) or HELD.search(d.sentence.text))
                and bool(locations(ex, d.sentence)[0])
            )
            # (or a post held there: "De 2016 à 2019, il a été conseiller juridique de l'IFES
            # en Haïti", "From 2015 to 2018 she served as adviser to the commission in Malawi")
            or (_POST_HELD.search(d.sentence.text) and bool(locations(ex, d.sentence)[0]))
        )
    ]
    items = {i for i, b in enumerate(section.paragraphs) if b.item}
    # (a table's rows, each its own scope: a row dated by a month stands beside rows dated
    # to the day)
    rows = {i for i, b in enumerate(section.paragraphs) if is_table_row(ex.clean[b.start : b.end])}
    if len(rows) >= 2:
        items |= rows
    listed = (heading is not None and bool(_MISSIONS_TITLE.search(heading.text))) or (
        # (or the label over the page's list of missions by year: "Missions récentes" /
        # "2014" / "– Mauritanie, élection présidentielle du 21 juin 2014 : un parlementaire
        # a représenté l'APF au sein de la mission de l'OIF")
        heading is None
        and section.label is not None
        and bool(_MISSIONS_TITLE.search(section.label.text))
    )
    # paragraphs each opening with its own month or season ("En mars, ...", "À
    # l'automne, ...") in a report are its items too
    opening = {
        d.paragraph
        for d in acts
        if d.mention.start.day is None and d.mention.start_offset == _first_offset(d)
    }
    if len(opening) >= 2:
        items |= opening
    # so are a timeline's entries, each opening its paragraph on its date and a dash or a
    # colon ("30 September – 2 October 2015 — 24th Annual Conference ..." / "June 2017 —
    # First session of the Election Academy ..."): a month-dated entry stands beside days
    entries = {
        d.paragraph
        for d in acts
        if d.mention.start_offset == _first_offset(d)
        and d.sentence.start == _paragraph_start(section, d.paragraph)
        and _opens_its_line(ex, d.mention)
    }
    if len(entries) >= 2:
        items |= entries
    # so are an archive's paragraphs each opening on its date and a comma ("Du 12 au 19
    # novembre, une mission ..." / "Au cours du mois de septembre, deux experts ...") under
    # their year, one dated by its month: it stands beside the days of the others
    openers = [
        d
        for d in acts
        if d.mention.start_offset == _first_offset(d)
        and d.sentence.start == _paragraph_start(section, d.paragraph)
        and ex.clean.startswith(",", d.mention.end_offset)
    ]
    if len({d.paragraph for d in openers}) >= 2 and any(
        d.mention.start.day is None and d.mention.start.month is not None for d in openers
    ):
        items |= {d.paragraph for d in openers}
    # so are paragraphs each opening on a title run in before its text ("BRIDGE in Honiara.
    # From Monday 21 to Friday 25 October 2024, ..." / "Fiji refresher. A two-day refresher
    # ... ended last Tuesday in Suva."): an entry dated in its text stands beside the others
    run_in = {
        i
        for i, b in enumerate(section.paragraphs)
        if (first := split_sentences(ex.clean[b.start : b.end], b.start, i)[:1])
        and len(first[0].text) < len(b.text.strip())
        and run_in_title(first[0].text)
    }
    if len(run_in) >= 2 and len(run_in) == len(section.paragraphs):
        # (every paragraph of the section: not under a period's line heading them, "SECOND
        # QUARTER (April – June 2022)")
        items |= run_in
    # a paragraph opening on the whole year ("Au cours de l'année, le DGEQ a reçu ...") tells
    # an activity of its own beside those its section dates
    items |= {
        d.paragraph
        for d in acts
        if d.mention.lead == WHOLE_YEAR_LEAD
        and d.mention.start_offset == _first_offset(d)
        and any(o.paragraph != d.paragraph for o in acts)
    }
    # a later paragraph that opens with its own day, in another place or with no place of
    # the first's, is an item of its own ("On June 8, 2016, the Chief Electoral Officer also
    # presented ..." under "Reception of a delegation from Tunisia")
    first_par = min((d.paragraph for d in acts), default=0)
    later_days = {
        d.paragraph
        for d in acts
        if d.paragraph > first_par
        and d.mention.start.day is not None
        and d.mention.start_offset == _first_offset(d)
        and d.sentence.start == _paragraph_start(section, d.paragraph)
        and not _inside_earlier(d, acts)
    }
    items |= later_days
    if len(later_days) >= 2:
        # (and the paragraph before them whose sentence opens on its month: "Ce séminaire
        # intervient après une série de missions. En février, deux experts ... ont appuyé à
        # Banjul ..." / "Les 18 et 19 avril, ..." / "Du 2 au 9 mai, ...")
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
            if inside[0]:
                anchors += _months_apart(
                    ex, inside[0], inside[1] + _years_apart(inside[0], inside[2])
                )
            elif (
                not any(inside)
                # (a list of missions, or an item telling its own: "– Bénin, élections
                # législatives du 28 avril 2019 : un député ... au sein de la mission de l'OIF")
                and (
                    listed
                    or any(
                        _COUNTRY_AND_ELECTION_ITEM.match(section.paragraphs[i].text)
                        and _MISSIONS_TITLE.search(section.paragraphs[i].text)
                        for i in scope
                    )
                )
                and len(scope) == 1
                and not any(
                    tells_future(section.paragraphs[i].text)
                    or _NOT_DEPLOYED.search(section.paragraphs[i].text)
                    # (nor a past vote the item recalls: "The Mission recalls that the 2017
                    # presidential election was annulled ... and a fresh poll held on")
                    or _RECALLS.search(section.paragraphs[i].text)
                    for i in scope
                )
            ):
                # a row of a table of missions with only its election's day ("Ecuador |
                # Presidential election, second round | April 2, 2017 | ... | —")
                anchors += [
                    d
                    for d in dated
                    if d.paragraph in scope and d.role == "election" and d.mention.start.day
                ][:1]
        anchors.sort(key=_offset)
    else:
        anchors = level1 or level2 or level3
        if level1:
            anchors = sorted(
                anchors + _months_apart(ex, level1, level2 + _years_apart(level1, level3)),
                key=_offset,
            )
    # (a section telling that none went: "La commission ad hoc prévue pour le second tour
    # n'a pas été déployée" under "ROUMANIE — élection présidentielle (24 novembre 2024)":
    # no trip on the vote's or the heading's day)
    none_went = not anchors and any(
        none_took_place(s.text) for s in section_sentences(ex.clean, section)
    )
    if not anchors and not none_went:
        anchors = _during_election(ex, dated, heading)
    if not anchors and heading is not None and not none_went:
        anchors = _heading_dates(ex, heading, dated, section.year)
        # (not the period a report covers, as its heading: "Période visée : du 1er avril
        # 2022 au 31 mars 2023")
        anchors = [
            d for d in anchors if period is None or (d.mention.start, d.mention.end) != period
        ]
    elif (
        heading is not None
        and (
            len(anchors) >= 2
            # (or the one day the event opened on: "Vilnius, Lithuania, 14–16 October 2021"
            # over "the Annual Conference ..., opened on Thursday 14 October")
            or (len(anchors) == 1 and _OPENED_ON.search(anchors[0].sentence.text) is not None)
        )
        and _heading_span(heading.text)
    ):
        # days told under a heading that spans them all ("ALBUM – Election Observation
        # Mission to Namibia" / "22 November – 1 December 2024 · 31 photos" over captions of
        # the 25th, 27th, 29th): the heading's one activity, from its first day to its last
        spanned = _heading_dates(ex, heading, [])
        if (
            spanned
            and all(_inside(a.mention, spanned[0].mention) for a in anchors)
            # (not the period a report covers, its line over its trips: "Period covered: 1
            # April 2024 to 31 March 2025")
            and (period is None or (spanned[0].mention.start, spanned[0].mention.end) != period)
        ):
            dated.append(spanned[0])
            anchors = spanned
    if programme:
        anchors = _programme_span(anchors)
    anchors = _arrival_to_departure(anchors)
    anchors = _since_before(ex, anchors)
    anchors = _joining_the_stay(ex, anchors)
    return [_with_length(ex, d) for d in _milestones(ex, _extend_until(ex, anchors, dated), dated)]


# An event told as ended: "ended today", "s'est achevé ce jeudi", "a pris fin".
_ENDED = compile_pattern(
    r"\b(?:ended|closed|concluded|wrapped up|came to an end|s['’]est (?:achev|termin|clôtur)\w*|"
    r"se sont (?:achev|termin)\w*|(?:a|ont) pris fin|"
    # (or ends as the page speaks: "s'achève aujourd'hui", "closes today")
    r"s['’](?:achève|achèvent|termine|terminent)|prend fin|prennent fin|(?:ends|closes) today)\b",
    re.IGNORECASE,
)


# Others joining a stay under way: "was joined on 12 September by 36 long-term observers",
# "A further 72 short-term observers arrived on 5 October", "ont rejoint la mission le".
_JOINING = compile_pattern(
    r"\b(?:was|were|been) joined\b|\b(?:joined|arrived|were deployed|reinforced)\b|"
    r"\b(?:ont|a) rejoint\b|\b(?:sont arrivée?s|est arrivée?|ont été déployée?s|renforcée?)\b|"
    # (its participle or its own verb: "rejoints le 19 mars par 30 observateurs", "s'est
    # jointe à la mission du 21 au 26 mars", "la mission a déployé 28 observateurs à partir
    # du 17 février", "the mission deployed 28 long-term observers from 17 February")
    r"\brejointe?s?\b|\bs['’]est jointe?\b|\bse sont joint(?:e?s)?\b|"
    r"\b(?:a|ont) déployé\b|\bdeployed\b|"
    # (or will: "will arrive in Dakar on 12 November", "arriveront à Dakar le mardi 12")
    r"\bwill (?:join|arrive|be deployed|reinforce)\b|"
    r"\b(?:rejoindr|arriver|renforcer)(?:a|ont)\b|\bseront déployée?s\b",
    re.IGNORECASE,
)


def _joining_the_stay(ex: PageContext, anchors: list[Dated]) -> list[Dated]:
    """A mission in the country since a day ("The EU EOM has been in Mozambique since 30
    August 2024"), then, in its paragraph or the ones after, the days others joined it ("was
    joined on 12 September by 36 long-term observers", "a delegation ... joined the mission
    from 6 to 11 October"), within three months: parts of its stay, not trips of their own
    (not another body's: "La mission de l'UA, présente depuis le 12 ...")."""
    since = [
        d
        for d in anchors
        if d.mention.lead in ("since", "depuis")
        and not d.mention.is_range
        and d.mention.start.day is not None
    ]
    if not since:
        return anchors
    out = []
    for a in anchors:
        joined = any(
            a is not d
            and a.paragraph >= d.paragraph
            and a.mention.start_offset > d.mention.start_offset
            and (not a.mention.is_range or a.paragraph > d.paragraph)
            and a.mention.lead not in ("since", "depuis")
            and _JOINING.search(a.sentence.text)
            and (
                a.paragraph == d.paragraph
                or (
                    _after(d.mention.start, a.mention.start, max_days=92)
                    and not _other_bodies(ex, a.sentence, d.sentence)
                )
            )
            for d in since
        )
        if not joined:
            out.append(a)
    return out


def _since_before(ex: PageContext, anchors: list[Dated]) -> list[Dated]:
    """A stay told back from its last day: "Thursday (18/4/2019). The programme ... ended
    today. Since Monday (15/4), 147 participants attended ...": one trip from the day it
    began to the day told before as its end, within two weeks."""
    out = list(anchors)
    for d in anchors:
        m = d.mention
        if m.start.day is None or m.is_range:
            continue
        if m.lead not in ("since", "depuis") and not _SINCE_BEFORE.search(
            ex.clean, max(0, m.start_offset - 8), m.start_offset
        ):
            # (a weekday told since, its stay or gathering not said: "Elle a réuni depuis
            # lundi vingt-deux cadres")
            continue
        told = [
            o
            for o in out
            if o is not d
            and o.paragraph <= d.paragraph
            and o.mention.start_offset < m.start_offset
            and not o.mention.is_range
            and _after(m.start, o.mention.start, max_days=14)
            and _ENDED.search(ex.clean[o.sentence.start : d.sentence.end])
        ]
        if told:
            last = told[-1]
            start, end = m.start, last.mention.end
            if start.year is None and end.year is not None and start.month is not None:
                # (its year from the last day's: "Since Monday (30/4)" ... "Friday (4/5/2018)")
                start = start.with_year(end.year - (start.month > (end.month or 12)))
            mention = replace(m, start=start, end=end, lead="from")
            out = [replace(d, mention=mention) if o is d else o for o in out if o is not last]
    return out


_SINCE_BEFORE = compile_pattern(r"\b(?:depuis|since)\s+$", re.IGNORECASE)
_STAY_WORD = compile_pattern(r"\b(?:séjour|stay|visite?)\b", re.IGNORECASE)


# A mission's first and last steps in its timeline: "Core team of eleven analysts arrives in
# Nairobi", "Core team departs", "arrivée de l'équipe cadre", "départ de la mission".
_TEAM_ARRIVES = compile_pattern(
    r"\b(?:arriv(?:es?|ed|al|ée?s?)|lands?|landed|atterri\w*)\b", re.IGNORECASE
)
_DEPARTS = compile_pattern(
    r"\b(?:depart(?:s|ed|ure)?|départ|leaves|left the country|quitte\w*|closes? (?:its|the) "
    r"(?:office|mission)|fermeture)\b",
    re.IGNORECASE,
)


def _arrival_to_departure(anchors: list[Dated]) -> list[Dated]:
    """A mission's timeline, from its team's arrival to its departure ("29 June 2022 | Core
    team ... arrives in Nairobi" ... "19 September 2022 | Core team departs"): one trip from
    the first day to the last, the steps between its parts, within four months."""
    days = sorted(
        (a for a in anchors if a.mention.start.day is not None),
        key=lambda a: a.mention.start_offset,
    )
    if len(days) < 3 or len(days) != len(anchors):
        return anchors
    first, last = days[0], days[-1]
    if not (_TEAM_ARRIVES.search(first.sentence.text) and _DEPARTS.search(last.sentence.text)):
        return anchors
    if not _after(first.mention.start, last.mention.end, max_days=125):
        return anchors
    m = first.mention
    return [replace(first, mention=replace(m, end=last.mention.end, lead=m.lead or "from"))]


def _programme_span(anchors: list[Dated]) -> list[Dated]:
    """An event's programme day by day ("PROGRAMME DE LA MISSION" / "Mercredi 24 avril" /
    ... / "Mardi 30 avril"): one trip from its first day to its last, when they follow one
    another within three weeks."""
    days = [a for a in anchors if a.mention.start.day is not None]
    if len(days) < 2 or len(days) != len(anchors):
        return anchors
    first, last = days[0], days[-1]
    if not _after(first.mention.start, last.mention.end, max_days=21):
        return anchors
    m = first.mention
    return [replace(first, mention=replace(m, end=last.mention.end, lead=m.lead or "from"))]


# The words before a month that may date a trip ("In March 2008", "fin janvier", "mi-juin").
# Taking part in a meeting, told in any tense: "participait", "avait présenté ... lors de
# la réunion", "presented ... at the meeting".
_TOOK_PART_IN = compile_pattern(
    r"\b(?:particip\w+|took part|taken part|takes part|pris part|"
    # (or stood for its body there: "avait représenté l'institution à la réunion du comité
    # exécutif", "represented the Commission at the meeting")
    # (its time between commas: "a représenté le Réseau, en juin 2018, au séminaire")
    r"(?:a|avait|ont|avaient|has|had)?\s*(?:représenté|represented)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:[\w'’-]+,\s+[^,.;]{3,30},\s+)?(?:(?:à|at)\s+(?:la|le|l['’]|les|the|a|an)\b|aux?\b)|"
    # one of a mission: "j'ai fait partie de la mission d'observation de l'OIF", "I was part
    # of the AU mission", "served on the Commonwealth Observer Group"
    r"(?:fait|faisait|faisais|faisaient) partie d[eu']|was (?:a )?(?:member|part) of|"
    # (or led it: "il a conduit la mission d'assistance technique de l'OIF", "he had led a
    # CARICOM technical team that reviewed")
    r"(?:a|avait|ont|avaient) (?:conduit|dirigé) (?:la|une|le|un) (?:[\w'’-]+ ){0,2}?"
    r"(?:mission|délégation|équipe|groupe)|"
    r"led (?:the|a|an|its) (?:[\w-]+ ){0,3}?(?:mission|delegation|team|group)|"
    # (a résumé's item: "membre de la mission d'évaluation ...", "member of the AU mission")
    r"(?:membre|member) (?:de la|du|de l['’]|d['’]une?|of the|of an?) "
    r"(?:[\w'’-]+ ){0,3}?(?:mission|délégation|delegation|équipe|team|groupe|group)|"
    r"served on|"
    # (a course taken through to its end: "completed in March a training cycle in Dakar",
    # "ont achevé en mars un cycle de formation")
    r"(?:completed|finished|(?:a|ont) (?:achevé|terminé|suivi)) (?:[\w'’-]+ ){0,3}?"
    r"(?:a|an|the|their|its|un|une|le|la|leur|leurs|son|sa) (?:[\w'’-]+ ){0,2}?"
    r"(?:training|course|cycle|programme|program|workshop|formation|cours|stage|atelier)|"
    # followed or observed a vote: "une conseillère avait déjà suivi ... la présidentielle"
    r"(?:a|ont|avait|avaient)\s+(?:d[ée]j[àa]\s+|aussi\s+|également\s+)?(?:suivi|observé)|"
    r"(?:had\s+)?(?:already\s+|also\s+)?(?:followed|observed)\s+the\b|"
    # (joined a mission: "deux commissaires ont été intégrés aux observateurs de l'UA")
    r"intégré\w*\s+(?:à|aux|au sein)|"
    r"présenté\w*\s[^.;]{0,60}?\blors d[eu]|"
    r"presented\s[^.;]{0,80}?\bat (?:the|an?|its)\b|"
    # a speaker's part in an event: "spoke at a conference", "gave a presentation at the
    # forum", "a pris la parole lors du colloque", "est intervenue au séminaire"
    r"spoke at|speaking at|(?:gave|delivered|made) (?:a|an|the) (?:[\w-]+ )?(?:presentation|"
    r"talk|lecture|keynote|speech|address)|"
    r"(?:a|ont) pris la parole|(?:est|sont) intervenue?s? (?:lors|au|à la|à l['’]|aux)|"
    # work done beside another body, a stay with it: "worked alongside the Office ... in
    # February and March 2016", "spent a week with our team in Auckland in May 2019"
    r"worked (?:alongside|with)|a travaillé (?:aux côtés|avec)|ont travaillé (?:aux côtés|avec)|"
    r"spent (?:a|an|one|two|three|four|five|six|\d+) (?:days?|weeks?)|"
    r"(?:a|ont) séjourné|(?:a|ont) passé (?:une|deux|trois|\d+) (?:jours?|semaines?)|"
    # joined another's mission: "un conseiller s'est joint à la mission d'observation de l'OIF"
    r"s['’]est joint\w* à|se sont joint\w* à|(?:a|ont) rejoint (?:la|le|les|l['’])|"
    r"joined (?:the|an?)\b)\b",
    re.IGNORECASE,
)


# A title that says its event is to come: "Upcoming: ...", "À venir – ...".
def _told_as_past(sents: list[Sentence]) -> bool:
    """Whether a section tells what happened: a sentence in the past tense with its month
    or day, none of what is to come."""
    return any(
        (PAST_VERB.search(s.text) or _PAST_TOLD.search(s.text))
        and any(m.start.month is not None for m in find_dates(s.text)[0])
        for s in sents
    ) and not any(tells_future(s.text) for s in sents)


# (not "delegation being formed", "to be confirmed")
_PAST_TOLD = compile_pattern(r"(?<!being )(?<!be )" + PAST_EN.pattern)


_UPCOMING_TITLE = compile_pattern(
    r"\s*(?:upcoming|forthcoming|coming up|à venir|prochainement)\s*[:–—-]\s"
    # (or a call for candidates, no activity: "Call for experts: ECONEC roster", "Appel à
    # candidatures : ...")
    r"|\s*(?:call for (?:experts|applications|nominations|proposals|candidates|papers)|"
    r"appel (?:à|aux) (?:candidatures|propositions|experts|manifestations? d['’]intérêt|"
    r"contributions))\b",
    re.IGNORECASE,
)

# A past vote recalled: "The Mission recalls that", "La mission rappelle que", "recalled".
_RECALLS = compile_pattern(
    r"\b(?:recalls?|recalled|recalling|rappelle|rappelant|rappelé)\s+(?:that|que|qu['’])",
    re.IGNORECASE,
)

# A mission told as conducted, right before its month: "une première mission exploratoire
# conduite à Abidjan en", "an assessment mission carried out in Freetown in" (not one
# "launched in July", "scheduled between mid-August and ...").
_MISSION_CONDUCTED_BEFORE = compile_pattern(
    r"\b(?:missions?|visits?|visites?)\b[^.;]{0,60}?\b(?:conduite?s?|menée?s?|effectuée?s?|"
    r"dépêchée?s?|conducted|carried out|undertaken|led|held|tenue?s?)\b[^.;]{0,60}?"
    # (its month's lead read with the month: "en mai", or before it)
    r"(?:\b(?:in|en|au mois de))?\s*$",
    re.IGNORECASE,
)

# A mission named right before its month: "a technical assistance mission in", "une mission
# d'évaluation en", "a study visit in".
# An entry's status in square brackets before its date: "[PAST]", "[Terminé]".
_STATUS_TAG = compile_pattern(r"\s*\[[^\]\n\d]{2,20}\]\s*")

_EVENT_BEFORE = compile_pattern(
    # ("Two-week assessment in Tbilisi in November 2024", "un atelier à Lomé en mai")
    r"\b(?:missions?|visits?|visites?|assessments?|évaluations?|workshops?|ateliers?|"
    r"seminars?|séminaires?|courses?|trainings?|formations?)\b"
    r"(?:\s+[\w'’-]+){0,7}?,?(?:\s+(?:in|en|au mois de|during|held in|tenue?s? en))?\s*$",
    re.IGNORECASE,
)

_TO_DO_BEFORE = compile_pattern(
    r"\b(?:to|de|d['’]|pour)\s+[\w'’-]+\s+(?:an?|the|its|their|une?|des|la|le|l['’])\s*"
    r"(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)


# A party told there, in the first person or the third: "j'étais à Niamey avec la mission de
# la CEDEAO", "we were in Lusaka for the count".
# Being at an event, told by the event: "lors de la Conférence européenne des
# administrations électorales ..., nous avons présenté", "at the annual meeting of".
_AT_AN_EVENT = compile_pattern(
    r"\b(?:lors d[eu']|au cours d[eu']|pendant|during|at)\s+(?:la|le|l['’]|the|its|their|sa|son)"
    r"\s*(?:[\w-]+\s+){0,2}?(?:conférence|conference|assemblée|assembly|réunion|meeting|"
    r"séminaire|seminar|atelier|workshop|forum|colloque|sommet|summit|congrès|congress)\b",
    re.IGNORECASE,
)
_WAS_THERE = compile_pattern(
    r"\b(?:j['’]étais|nous étions|(?:il|elle|on) était|(?:ils|elles) étaient|I was|we were|"
    r"(?:he|she) was|they were|"
    # (or worked there: "Two advisers ... worked in Port Vila during September 2022", "ont
    # travaillé à Bangui")
    r"worked|(?:a|ont) travaillé|(?:a|ont) séjourné|"
    # (or people at work there, told by the participle: "paid for advisers working in
    # Lilongwe with the Malawi Electoral Commission", "des experts travaillant à Bangui")
    r"(?:advis[eo]rs?|experts?|consultants?|specialists?|staff|teams?|conseillers?|"
    r"conseillères?|équipes?)\s+(?:[\w'’-]+\s+){0,3}?(?:working|travaillant))"
    r"\s+(?:à|au|aux|en|in|at)\s+(?=[A-ZÀ-Ý])"
)

# An exchange right before its month: "during a peer exchange in May", "lors d'un échange
# d'expériences en mars".
# The visit or mission an event followed, up to its month: "The deployment followed a
# pre-election visit to Tbilisi ... in", "Elle faisait suite à une mission d'évaluation ... en".
_FOLLOWED_A_VISIT_BEFORE = compile_pattern(
    r"\b(?:followed|was preceded by|came after|(?:fait|faisait|a fait) suite à|"
    r"(?:a|avait) été précédée? (?:par|d['’]))\s+(?:a|an|the|une?|la|le|l['’])\s*"
    r"(?:[\w'’-]+\s+){0,2}?(?:visits?|missions?|visites?|delegations?|délégations?|"
    # (its own month, not what came of it: "... conduite à Abidjan en mai, dont les conclusions
    # ont été publiées en juin")
    r"assessments?)\b(?:(?!\b(?:dont|which|whose|publiée?s?|published)\b)[^.;]){0,90}?"
    r"(?:\b(?:in|en|au mois de))?\s*$",
    re.IGNORECASE,
)
_EXCHANGE_BEFORE = compile_pattern(
    r"\b(?:exchanges?|échanges?|study tours?|voyages? d['’]études?)\b"
    r"(?:\s+[\w'’-]+){0,3}?(?:\s+(?:in|en|au mois de))?\s*$",
    re.IGNORECASE,
)

# An entry opening on its event, then its place, before its month: "Assemblée générale de
# Banjul (Gambie), en", "General Assembly in Banjul, in".
# A town and a comma opening a sentence, up to its date: "Rabat, en décembre", "Nairobi, in
# March" (its words checked against the gazetteers).
_TOWN_COMMA = compile_pattern(r"\W*(?P<town>[^\W\d][^,.;:\n]{1,40}?)\s*,\s*$")


def _town_opening(ex: PageContext, d: Dated) -> bool:
    """Whether the date follows only its town and a comma, opening its sentence: the place
    and time of the entry the section's title names ("Rabat, en décembre.")."""
    if d.paragraph < 0 or d.mention.lead not in ("en", "in", "au mois de", "in the month of"):
        # (not a closing line's place and month, "Abuja, avril 2022", nor a heading's, "Santiago,
        # last December", over the text that dates it)
        return False
    town = _TOWN_COMMA.match(ex.clean, d.sentence.start, d.mention.start_offset)
    if town is None:
        return False
    return any(
        h.category == "place" and h.start == town.start("town") and h.end == town.end("town")
        for h in ex.hits(d.sentence)
    )


_EVENT_PLACE_BEFORE = compile_pattern(
    r"\W*(?:\d+\s*(?:st|nd|rd|th|e|ème|re)?\s+)?"  # (its number: "149th Assembly")
    r"(?:assembl[ée]e(?: générale)?|(?:general )?assembly|s[ée]minaire|seminar|atelier|"
    r"workshop|conf[ée]rence|conference|forum|colloque|sommet|summit|congr[èe]s|congress|"
    # (or a study visit and its host, then its town: "Voyage d'études auprès de la CENA du
    # Sénégal, à Dakar, en avril")
    r"voyages? d['’]études?|visites? d['’](?:études?|échanges?)|study (?:visit|tour|trip)|"
    # (or a working visit: "Visite de travail auprès de la Chancellerie, Berne – juin")
    r"visites? de travail|working visit)\b"
    r"[^.;,]{0,50}(?:\([^)]{2,30}\))?"
    # (its town, after "à" or alone: "Assemblée de l'UIP (UIP), Genève, mars 2024"; a dash
    # perhaps after it: "..., Berne – juin")
    r"(?:\s*,\s*(?:(?:à|in|at)\s+[^.;,]{1,30}|[A-ZÀ-Ý][^.;,\d–—]{1,30}))?\s*(?:,|[–—])\s*"
    r"(?:(?:in|en|au mois de|during)\s*)?$",
    re.IGNORECASE,
)

# A list item's line, and the end of a line.
_ITEM_LINE = compile_pattern(r"\s*[▪•·*–—-]\s")
_BULLET_ALONE = compile_pattern(r"[ \t]*[▪•·*–—-][ \t]*")
# The mark closing a list item's label, after it: ": ", " – ".
_LABEL_MARK = compile_pattern(r"[ \t]*[:–—][ \t]")
# (its label perhaps before: "- 1re édition : Lomé (Togo), juillet 2023 – 24 participants")
_PLACE_ITEM_BEFORE = compile_pattern(
    r"[ \t]*[▪•·*–—-][ \t]+(?:[^\n:|,]{1,30}:[ \t]*)?[A-ZÀ-Ý][^,\n:|]{1,40},[ \t]*"
)
# (or the place opening the item's last field between middle dots: "- Gambie · Atelier
# régional ... · Banjul, mars 2025, avec l'appui d'IFES")
_PLACE_FIELD_BEFORE = compile_pattern(
    r"[ \t]*[▪•*–—-][ \t]+[^\n]{1,200}?[ \t]·[ \t]+[A-ZÀ-Ý][^,\n:|·]{1,40},[ \t]*"
)
_TURN_BEFORE = compile_pattern(
    r"[ \t]*(?:(?-i:[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+(?:[ \t]+[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+){0,4})[ \t]*:|"
    r"(?:R|A|Réponse|Answer)[ \t]*[.:–—-])[ \t]+"
)
_PLACE_CELL_BEFORE = compile_pattern(r"[ \t]*[^\W\d][\w'’ .,-]{0,40}?[ \t]*\|[ \t]*")
_ENDS_LINE = compile_pattern(r"[ \t]*[.;)]?[ \t]*(?:\n|$)")
_TEXT_ON_NEXT_LINE = compile_pattern(r"[ \t]*[.;)]?[ \t]*\n\s*(?:[-–—•▪*][ \t]+)?[^\W\d_]")
_DATES_FIELD_BEFORE = compile_pattern(
    # (or its day of signing, in a register of agreements: "Date signed: May 2024")
    rf"[ \t]*(?:dates?|période|period|when|quand|{SIGNING_TERMS})[ \t]*:[ \t]*",
    re.IGNORECASE,
)
_PLACE_LINE_BEFORE = compile_pattern(
    r"[ \t]*[A-ZÀ-Ý][\w'’.-]*(?:[ -][A-ZÀ-Ý][\w'’.-]*){0,2},[ \t]*"
)

# A day opening its line, then a dash and a few words closing it, no sentence ("Vendredi 16
# décembre – Séminaire en ligne").
_SHORT_TITLE_AFTER = compile_pattern(
    r"[ \t]+[–—-][ \t]+(?:[^\s.:;,]+[ \t]+){0,5}[^\s.:;,]+[ \t]*$", re.M
)
# A preposition a sentence (or a list item) may open on before its month: "À la mi-juin",
# "Vers la fin", "• à la mi-juin : voyage d'études ...".
_OPENING_WORDS = compile_pattern(rf"\s*(?:[▪•·*–—-]\s+)?{DATE_OPENING_WORDS}\s*", re.IGNORECASE)


_MONTH_LEADS = (
    "in",
    "en",
    "during",
    "",
    "au mois de",
    "in the month of",
    "last",
    "early",
    "late",
    "mid",
    "début",
    "fin",
    "mi",
)
_RANGE_LEADS = ("from", "between", "de", "d'", "d’", "entre")


def _received_by_a_body(ex: PageContext, s: Sentence) -> bool:
    """Whether the sentence tells a body receiving someone ("la HAAC avait accueilli à
    Cotonou ... une délégation"), not a place hosting an event ("Hanoï a accueilli le VIIe
    Sommet de la Francophonie en novembre 1997": the city's, background)."""
    m = _RECEIVED.search(s.text)
    if m is None:
        return False
    subject_end = s.start + len(s.text[: m.start()].rstrip())
    return not any(h.category in ("country", "place") and h.end == subject_end for h in ex.hits(s))


def _opens_earlier(d: Dated) -> bool:
    """Whether a date is the earlier month its sentence opens on ("Back in March we ran",
    "Earlier, in July, we welcomed"): another time of the speaker's own doing."""
    m = EARLIER_THIS.match(d.sentence.text)
    return m is not None and m.end() >= d.mention.start_offset - d.sentence.start


# A party that joined a mission: "avait rejoint à Lomé la mission", "joined the AU mission".
_JOINED_A_MISSION = compile_pattern(
    r"(?<!was )(?<!were )(?<!been )\b(?:rejoint|joined)\s+(?:[^.;]{0,25}?\s)?"
    r"(?:la|les|the|une|a|an)\s+(?:\w+\s+){0,2}?missions?\b",
    re.IGNORECASE,
)


def _month_labels_item(ex: PageContext, d: Dated) -> bool:
    """Whether a month is a list item's label, after its bullet: "• March: BRIDGE course on
    electoral management, co-facilitated with IFES ..., Suva." under a year heading."""
    return (
        not d.mention.lead
        and d.mention.start.day is None
        and bool(_BULLET_ALONE.fullmatch(ex.clean, d.sentence.start, d.mention.start_offset))
        and _LABEL_MARK.match(ex.clean, d.mention.end_offset) is not None
    )


def _months_apart(ex: PageContext, days: list[Dated], months: list[Dated]) -> list[Dated]:
    """The month-dated trips told beside day-dated ones, in sentences of their own and in
    months none of the days fall in, or in other countries than theirs ("Cette visite fait
    suite à la participation de deux conseillers, en octobre 2016, à la mission de l'OIF ..."
    under a visit of March 2017)."""
    told = {id(d.sentence) for d in days}
    out = []
    for d in months:
        m = d.mention.start
        before = ex.clean[d.sentence.start : d.mention.start_offset]
        if same_month(d.mention.text) and _next_clause_after_days(ex, d, days):
            # another activity of the month just told, in a clause of its own: "Du 1er au 8
            # mai 2024, ... au Panama, puis l'institution a reçu à Québec, le même mois, une
            # délégation"
            out.append(d)
            continue
        if a_few_days_later(d.mention.text) and id(d.sentence) not in told:
            # another activity a little after the days just told, in a sentence of its own:
            # "Le 12 mai 2016, ... à Paris ... Quelques jours plus tard, une délégation ...
            # était reçue à Ottawa"
            out.append(d)
            continue
        if (
            id(d.sentence) in told
            and not _next_clause_after_days(ex, d, days)
            and not _own_clause_before_days(ex, d, days)
            # (the mission the dated one followed, its month before another's days: "Cette
            # mission faisait suite à une mission préélectorale ... menée à Santo Domingo en
            # février 2024, ... ainsi qu'à la visite ... reçue à Québec le jeudi 7 mars 2024")
            and not (
                _FOLLOWED_A_VISIT_BEFORE.search(before)
                and all(
                    o.mention.start_offset > d.mention.end_offset
                    for o in days
                    if o.sentence is d.sentence
                )
            )
        ):
            continue
        if (
            not _opens_earlier(d)
            # (each list item labelled by its month an entry of its own)
            and not _month_labels_item(ex, d)
            and not any(
                p.search(d.sentence.text)
                for p in (TRAVEL, HELD, _RECEIVED, _TOOK_PART_IN, _WAS_THERE, _AT_AN_EVENT)
            )
            # a mission told as the one before: "la mission d'information que l'OIF avait
            # conduite à Nouakchott en avril 2019"
            and not EARLIER_MISSION_DID.search(fold(d.sentence.text))
            # (or right after the event it dates: "lessons gathered during a peer exchange in
            # May, when IFES accompanied a delegation ... to the Electoral Commission of Ghana")
            and not _EXCHANGE_BEFORE.search(ex.clean[d.sentence.start : d.mention.start_offset])
            # (or a mission right before its one month: "fait suite à une première mission
            # exploratoire conduite à Abidjan en mai"; not "the missions deployed in the first
            # half of the year")
            and not (
                d.mention.start.month is not None
                and d.mention.start.month == d.mention.end.month
                and _MISSION_CONDUCTED_BEFORE.search(
                    ex.clean[d.sentence.start : d.mention.start_offset]
                )
            )
            # (or a party that joined a mission: "En avril dernier, une délégation ... avait
            # rejoint à Lomé la mission d'observation de la CEDEAO")
            and not _JOINED_A_MISSION.search(d.sentence.text)
            # (or the visit the dated one followed, in its month: "The deployment followed a
            # pre-election visit to Tbilisi and Kutaisi by a five-member PA delegation in
            # September")
            and not _FOLLOWED_A_VISIT_BEFORE.search(
                ex.clean[d.sentence.start : d.mention.start_offset]
            )
            # (or a line's field of its own: "Trip 3 – (i) Chișinău, Moldova; (ii) September
            # 2024 (five days); (iii) technical exchange ...")
            and not (not d.mention.lead and _dot_field(ex.clean, d.mention))
            # (or the event of a clause of its own before another year's days: "mission
            # d'information et de contacts à Ouagadougou en novembre 2015 ... ; nouvelle
            # mission du 17 au 25 novembre 2020")
            and not (
                _EVENT_BEFORE.search(ex.clean[d.sentence.start : d.mention.start_offset])
                and _own_clause_before_days(ex, d, days)
            )
        ):
            continue
        # (a day or month whose year is not yet known is compared by its month alone; a day of the
        # same month told in another country is another trip: "Le mois dernier, ... à Bamako")
        here = set(locations(ex, d.sentence)[0])
        last = d.mention.end.month or m.month or 0
        if all(
            # (a quarter or a range of months holds the days told in it: "Au cours du premier
            # trimestre, la Commission a reçu deux délégations. Le 15 février, ...")
            not ((m.month or 0) <= (o.mention.start.month or 0) <= last)
            or (m.year is not None and o.mention.start.year not in (None, m.year))
            or (
                here
                and here.isdisjoint(locations(ex, o.sentence)[0])
                # (not days told on site after it, no place named: "En février, ... se sont
                # rendus à Niamey ... Sur place du 10 au 14 février, ils ont examiné ...")
                and not _ON_SITE.match(o.sentence.text)
            )
            for o in days
        ):
            out.append(d)
    return out


# Days told on site, the place of the sentence before: "Sur place du 10 au 14 février",
# "Une fois sur place", "Once there, from 9 to 13 March", "On site,", "Là-bas,".
_ON_SITE = compile_pattern(
    r"\s*(?:une fois |arrivée?s? |arrivés |arrived )?(?:sur place\b|sur le terrain\b|là-bas\b|"
    r"on site|on the ground|once there\b|there\s*,)",
    re.IGNORECASE,
)


def _years_apart(days: list[Dated], years: list[Dated]) -> list[Dated]:
    """The years told beside days as an earlier time of their own, none of the days in them
    ("Before that, in 2011, he had led a technical team that reviewed the voters' list in
    Castries" after days of 2012 and 2013): trips of their own when their sentences say so
    (see :func:`_months_apart`)."""
    return [
        d
        for d in years
        if d.mention.start.year is not None
        and not d.mention.is_range
        # (told as an earlier time of their own: "Before that, in 2011, ...")
        and _opens_earlier(d)
        and all(o.mention.start.year != d.mention.start.year for o in days)
    ]


def _next_clause_after_days(ex: PageContext, d: Dated, days: list[Dated]) -> bool:
    """Whether a month dates a clause of its own after the days its sentence gives first, in
    another year or another month ("elle a fait partie de la mission ... du 3 au 10 juin
    2019, puis, en novembre 2023, de la mission d'observation ... à Madagascar")."""
    before = [
        o
        for o in days
        if o.sentence is d.sentence and o.mention.end_offset <= d.mention.start_offset
    ]
    if not before or not all(
        (
            o.mention.start.year is not None
            and d.mention.start.year is not None
            and o.mention.start.year != d.mention.start.year
        )
        # (or in a month of the same year none of the days fall in: "the meeting ... held in
        # Guatemala City on 8 August 2024, and ... the course ... gave in September ... in
        # Tegucigalpa"; or told as that month again, "puis, le même mois, ...")
        or same_month(d.mention.text)
        or (
            d.mention.start.year in (None, o.mention.start.year)
            and d.mention.start.month is not None
            and o.mention.start.month is not None
            and o.mention.end.month is not None
            and not o.mention.start.month <= d.mention.start.month <= o.mention.end.month
        )
        for o in before
    ):
        return False
    turn = None
    for m in _NEXT_CLAUSE.finditer(ex.clean, before[-1].mention.end_offset, d.mention.start_offset):
        turn = m
    if turn is None:
        return False
    # (each clause in a place of its own: not a webinar's day, then a meeting at home)
    sentence = d.sentence
    first = Sentence(sentence.start, turn.start(), ex.clean[sentence.start : turn.start()], -1)
    then = Sentence(turn.start(), sentence.end, ex.clean[turn.start() : sentence.end], -1)
    (here, here_towns), (there, there_towns) = locations(ex, first), locations(ex, then)
    if bool(here) and bool(there) and set(here).isdisjoint(there):
        return True
    # (or, in another month of the same year, in another town: "... received in Bogotá a
    # delegation ...; in November it hosted officials ... in Medellín")
    return (
        d.mention.start.year in (None, *(o.mention.start.year for o in before))
        and bool(here_towns)
        and bool(there_towns)
        and set(here_towns).isdisjoint(there_towns)
    )


def _own_clause_before_days(ex: PageContext, d: Dated, days: list[Dated]) -> bool:
    """Whether a month dates a clause of its own, with its place, before the days of another
    year its sentence gives after a semicolon ("mission d'information et de contacts à
    Ouagadougou en novembre 2015, ... ; nouvelle mission du 17 au 25 novembre 2020")."""
    after = [
        o
        for o in days
        if o.sentence is d.sentence and o.mention.start_offset >= d.mention.end_offset
    ]
    if not after:
        return False
    if (
        d.mention.start.year is None
        or any(o.mention.start.year in (None, d.mention.start.year) for o in after)
    ) and any(
        # (or of another month of the year: "En septembre, deux formatrices ont animé à
        # Yaoundé un atelier ; du samedi 2 au mercredi 6 novembre 2024, ... à Washington")
        d.mention.start.month is None or o.mention.start.month in (None, d.mention.start.month)
        for o in after
    ):
        return False
    cut = ex.clean.find(";", d.mention.end_offset, after[0].mention.start_offset)
    if cut < 0:
        return False
    sentence = d.sentence
    own = Sentence(sentence.start, cut, ex.clean[sentence.start : cut], -1)
    return bool(locations(ex, own)[0])


# Words that tell another activity in the same days, not a part of the one told before.
# The trip's own party as the subject: "La délégation a également assisté, le 11 juin, ...".
_SAME_PARTY = compile_pattern(
    r"\W*(?:la délégation|les délégués|la mission|les visiteurs|les observateurs|the delegation|"
    r"the delegates|the mission|the visitors|the observers|ils|elles|they)\b",
    re.IGNORECASE,
)
_ANOTHER = compile_pattern(
    r"\b(?:also|likewise|its own|their own|meanwhile|aussi|également|de son côté|"
    r"parallèlement|en parallèle|par ailleurs|in addition|en outre)\b",
    re.IGNORECASE,
)


def tells_another(ex: PageContext, sentence: Sentence, at: int) -> bool:
    """Whether a sentence tells, before its date at page offset ``at``, another activity
    in the same days, by others than the trip's own party ("La CENA a également accueilli
    trois observateurs ..., arrivés samedi")."""
    # (or just after a date opening the sentence: "Ce jeudi, la CENI a par ailleurs ouvert")
    end = at + 40 if at - sentence.start <= 12 else at
    return bool(_ANOTHER.search(ex.clean[sentence.start : end])) and not _SAME_PARTY.match(
        sentence.text
    )


# A quarter or a half of a year named as such: "the first quarter", "Q3", "2e semestre".
_YEAR_PART_PHRASE = compile_pattern(
    r"\b(?:quarter|trimestre|half|semestre|semester)\b|(?<![\w'’-])[QT][1-4]\b", re.IGNORECASE
)


# A day told as part of an event: "as part of the conference programme", "on the eve of the
# opening", "dans le cadre de la conférence", "à la veille de l'ouverture".
_PART_OF_THE_EVENT = compile_pattern(
    r"\b(?:as part of the (?:[\w-]+ ){0,2}?(?:conference|assembly|meeting|seminar|forum|"
    r"mission|visit|programme|program)|on the eve of (?:the|its) (?:opening|conference|"
    r"assembly|meeting)|dans le cadre (?:de la|du|de l['’]) ?(?:conférence|assemblée|"
    r"réunion|séminaire|forum|mission|visite|programme)|à la veille de (?:l['’]ouverture|"
    r"la conférence|l['’]assemblée|la réunion))\b",
    re.IGNORECASE,
)


def _next_to(m: DateMention, anchor: DateMention) -> bool:
    """Whether a day falls within two days of an event's days, before or after them."""
    if m.start.year is None or anchor.start.year is None or not (m.start.day and anchor.start.day):
        return False
    try:
        day = dt.date(m.start.year, m.start.month or 1, m.start.day)
        first = dt.date(anchor.start.year, anchor.start.month or 1, anchor.start.day)
        last = dt.date(
            anchor.end.year or anchor.start.year, anchor.end.month or 1, anchor.end.day or 1
        )
    except ValueError:
        return False
    return first - dt.timedelta(days=2) <= day <= last + dt.timedelta(days=2)


def _group(
    ex: PageContext,
    anchors: list[Dated],
    resolved: dict[int, DateMention],
    heading: Sentence | None,
    items: frozenset[int] | set[int] = frozenset(),
) -> list[Trip]:
    """One trip per anchor, but an anchor within another's days is that trip's sub-event
    (unless its sentence names another country), and a later, wider anchor takes over the
    trips it contains (rule 3). ``resolved``: each anchor's date with its year, by id."""
    trips: list[Trip] = []
    for d in anchors:
        m = resolved[id(d)]
        here = locations(ex, d.sentence, elections=False)[0]  # (not "during Bhutan's elections")
        container = None
        for t in trips:
            if t.anchor is None or m.start.year is None or t.anchor.start.year is None:
                continue
            if t.anchor.start.first_day() <= m.start.first_day() and (
                m.end.last_day() <= t.anchor.end.last_day()
            ):
                container = t
                break
        if container is None and _PART_OF_THE_EVENT.search(d.sentence.text):
            # (a day just before or after an event's, told as part of it: "On the eve of the
            # opening, Tuesday 26 November, the delegates attended a workshop ... as part of
            # the conference programme")
            container = next(
                (
                    t
                    for t in trips
                    if t.anchor is not None
                    and t.anchor_sentence is not None
                    and t.anchor_sentence.paragraph == d.sentence.paragraph
                    and _next_to(m, t.anchor)
                ),
                None,
            )
        if (
            container is not None
            and container.anchor is not None
            and (_YEAR_PART_PHRASE.search(container.anchor.text))
        ):
            # (a quarter or a half is a report's period, not a stay: the days told in it are
            # activities of their own, "During the first quarter, ... On 15 February, ...")
            container = None
        if container is not None:
            theirs = (
                locations(ex, container.anchor_sentence)[0] if container.anchor_sentence else []
            )
            if heading:
                theirs = theirs + locations(ex, heading, heading=True)[0]
            if here and theirs and not set(here) & set(theirs):
                container = None
            elif d.sentence is not container.anchor_sentence and tells_another(
                ex, d.sentence, d.mention.start_offset
            ):
                container = None  # "The Electoral Court also ran its own programme: from ..."
            elif container.anchor_sentence is not None and _other_bodies(
                ex, d.sentence, container.anchor_sentence
            ):
                # another body's mission in the same days: "Arrivée mercredi dernier, la
                # mission de la CEDEAO ..." beside "La mission de l'UA, présente depuis le 12"
                container = None
            elif (
                container.anchor_sentence is not None
                and container.anchor is not None
                and d.sentence.paragraph != container.anchor_sentence.paragraph
                and {d.sentence.paragraph, container.anchor_sentence.paragraph} <= items
                and _opens_its_item(d.sentence, d.mention)
                and (
                    _opens_its_item(container.anchor_sentence, container.anchor)
                    # (or the other item's month in brackets after its place: "– Missions ...
                    # au Mali (mars) et en Guinée (juin), ..." / "– Du mardi 2 au vendredi 5
                    # juin : accueil d'une délégation ...")
                    or (
                        container.anchor.start.day is None
                        and town_before_bracket(ex, container.anchor, container.anchor_sentence)
                    )
                )
            ):
                # two list items each opening on its own date ("– February–March: advisers
                # embedded ..." / "– March 2023: a review retreat ..."): two trips
                container = None
            elif (
                container.anchor_sentence is not None
                and container.anchor is not None
                and container.anchor.start.day is None
                and d.sentence.paragraph != container.anchor_sentence.paragraph
                and _opens_its_item(d.sentence, d.mention)
                and _opens_its_item(container.anchor_sentence, container.anchor)
                and _other_kinds(d.sentence.text, container.anchor_sentence.text)
            ):
                # two paragraphs each opening on its own date, a month's and a day's, telling
                # events of other kinds ("Courant septembre, des experts du PNUD ont animé à
                # Kinshasa une formation" / "Le jeudi 28 septembre, la CENI a reçu ... une
                # délégation"): two
                container = None
            elif (
                container.anchor_sentence is not None
                and container.anchor is not None
                and d.sentence is not container.anchor_sentence
                and _opens_its_line(ex, d.mention)
                and _opens_its_line(ex, container.anchor)
            ):
                # two lines of a calendar each opening on its own days ("Mon 27 May – Fri 7
                # June: Capacity-building ..." / "31 May – 3 June: Election Visitor Program
                # ..."): two entries
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
            # (unless the two sentences name different countries: two rows of a table)
            and not _elsewhere(ex, here, t)
            # (or another body's mission: "La mission de l'UA, présente depuis le 12 ...")
            and not (
                t.anchor_sentence is not None and _other_bodies(ex, d.sentence, t.anchor_sentence)
            )
            # (or a visit received, told in another paragraph: "La CENA a reçu mardi ... une
            # délégation de la CEI" / "Celle du RECEF ... a été déployée du 12 au 19 novembre")
            and not (
                t.anchor_sentence is not None
                and d.sentence.paragraph != t.anchor_sentence.paragraph
                and _received_beside(t.anchor_sentence.text, d.sentence.text)
            )
        ]
        if inner:
            t = inner[0]
            t.subs.append(t.anchor)  # type: ignore[arg-type]
            t.anchor, t.anchor_sentence = m, d.sentence
            continue
        trips.append(Trip(anchor=m, anchor_sentence=d.sentence))
    # a quarter or a half that holds days of its paragraph told after it sums them up ("During
    # the first quarter, the commission hosted two delegations ... On 15 February, ..."): the
    # days are the activities
    return [
        t
        for t in trips
        if not (
            t.anchor is not None
            and t.anchor_sentence is not None
            and _YEAR_PART_PHRASE.search(t.anchor.text)
            and any(
                o.anchor is not None
                and o.anchor_sentence is not None
                and o.anchor.start.day is not None
                and o.anchor_sentence.paragraph == t.anchor_sentence.paragraph
                and o.anchor_sentence.start > t.anchor_sentence.start
                and o.anchor.start.year is not None
                and t.anchor.start.first_day() <= o.anchor.start.first_day()
                and o.anchor.end.last_day() <= t.anchor.end.last_day()
                for o in trips
            )
        )
    ]


def _elsewhere(ex: PageContext, here: list[str], trip: Trip) -> bool:
    """Whether a sentence placed in ``here`` tells of another country than ``trip``'s."""
    theirs = locations(ex, trip.anchor_sentence)[0] if trip.anchor_sentence else []
    return bool(here) and bool(theirs) and not set(here) & set(theirs)


def _share_sentences(trips: list[Trip], sents: list[Sentence], section: Section) -> None:
    """Sort the trips by their anchors and give each the sentences it owns (rule 4)."""
    trips.sort(key=lambda t: t.anchor_sentence.start if t.anchor_sentence else -1)
    # From its anchor sentence to the next trip's, within a paragraph; a list item's trip
    # owns its whole item ("• Mission to Haiti: X joined the observation mission ... The
    # mission stayed in Port-au-Prince from November 15 to 23").
    starts = [t.anchor_sentence.start for t in trips if t.anchor_sentence]
    for t in trips:
        if t.anchor_sentence is None:
            t.own = list(sents)
            continue
        par = t.anchor_sentence.paragraph
        nxt = min((s for s in starts if s > t.anchor_sentence.start), default=None)
        alone = (
            0 <= par < len(section.paragraphs)
            # (or a paragraph closed by its dates: "... Dates : du 3 au 9 février 2006")
            and (section.paragraphs[par].item or bool(_DATES_FIELD.match(t.anchor_sentence.text)))
            and not any(
                o is not t and o.anchor_sentence is not None and o.anchor_sentence.paragraph == par
                for o in trips
            )
        )
        t.own = [
            s
            for s in sents
            if (alone or s.start >= t.anchor_sentence.start)
            and (nxt is None or s.start < nxt)
            and s.paragraph == par
        ]
        before = [s for s in sents if s.paragraph == par and s.start < t.anchor_sentence.start]
        if (
            len(before) == 1
            and before[0] not in t.own
            and not any(before[0].start < s < t.anchor_sentence.start for s in starts)
            and run_in_title(before[0].text)
        ):
            # the title run in before its text: "Peer exchange in Ghana. In May 2022, ..."
            t.own.insert(0, before[0])
    if len(trips) == 1:
        trips[0].own = list(sents)


def _told_before(trips: list[Trip], dated: list[Dated]) -> None:
    """A sentence told before a trip's anchor, owned by no trip, whose day lies within that
    trip's days and no other's, is the trip's too: news told backwards, its end first ("La
    mission ... a achevé ce mardi son séjour" / "Arrivés à Abidjan le mercredi 30 août")."""
    owned = {id(s) for t in trips for s in t.own}
    for d in dated:
        if d.role != "activity" or id(d.sentence) in owned or d.mention.start.year is None:
            continue
        within = [
            t
            for t in trips
            if t.anchor is not None
            and t.anchor_sentence is not None
            and t.anchor.is_range
            and d.sentence.start < t.anchor_sentence.start
            and _inside(d.mention, t.anchor)
        ]
        if len(within) == 1:
            within[0].own = sorted([*within[0].own, d.sentence], key=lambda s: s.start)
            owned.add(id(d.sentence))


# The party's coming home, just before its day (folded text): "est rentrée hier", "sont
# rentrés au pays mardi dernier", "returned home on Sunday".
_CAME_HOME = compile_pattern(
    r"\b(?:(?:est|sont|suis|sommes)\s+rentre(?:e|s|es)?|returned|came back|arrived back|flew back|"
    # (told in the present, that day the page's: "Ils regagnent leur pays aujourd'hui")
    r"regagnent\s+leurs?\s+pays|rentrent|returns? home|"
    r"got back|got home|(?:was|were|am|are) back|home again|"
    # (a diary's note of the return: "départ pour Nouakchott ... ; retour le mardi 2 juillet")
    r"retour|return(?:ing)? home)"
    r"(?:\s+[\w'’-]+){0,3}\s*$",
    re.IGNORECASE,
)


# A stay or an event told as completed, its day after the words: "wrapped up a study tour of
# ... last Friday", "ont achevé leurs travaux le".
_COMPLETED_BEFORE = compile_pattern(
    r"\b(?:wrapped up|completed|concluded|finished|(?:officially )?closed|ended(?! with)|"
    r"(?:a|ont) (?:bouclé|achevé|terminé|clôturé))\b[^.;:]{0,80}$",
    re.IGNORECASE,
)

# ... or right after its day: "on Wednesday wrapped up", "ce vendredi a clos".
_COMPLETED_AFTER = compile_pattern(
    r"\s*(?:wrapped up|completed|concluded|closed|ended(?! with)|(?:a|ont) (?:clos|bouclé|"
    r"achevé|terminé|clôturé))\b",
    re.IGNORECASE,
)


def _closed_before_its_start(ex: PageContext, d: Dated, anchors: list[Dated]) -> bool:
    """Whether a single day is told as a stay's close before the day it began, told after it
    in the same paragraph within two months ("completed a week-long study program ... last
    Friday. The visit ... began on Monday, March 3")."""
    if d.mention.is_range or not (
        _COMPLETED_BEFORE.search(ex.clean, d.sentence.start, d.mention.start_offset)
        # (or right after its day: "on Wednesday wrapped up the general assembly ... The
        # meeting, which opened on Monday, ...")
        or _COMPLETED_AFTER.match(ex.clean, d.mention.end_offset)
    ):
        return False
    return any(
        a is not d
        and a.paragraph == d.paragraph
        and not a.mention.is_range
        and a.mention.start_offset > d.mention.end_offset
        and (_begins(ex, a) or _OPENED.search(a.sentence.text) is not None)
        and _can_end(a, d)
        for a in anchors
    )


# A mission's statement of its findings, its last public act: "s'est associée ce vendredi à la
# déclaration préliminaire", "presented its preliminary statement on Thursday".
_PRELIMINARY_STATEMENT = compile_pattern(
    r"\b(?:déclarations? préliminaires?|conclusions préliminaires|preliminary (?:statement|"
    r"findings|conclusions|report)s?)\b",
    re.IGNORECASE,
)


def _statement_before_its_arrival(ex: PageContext, d: Dated, anchors: list[Dated]) -> bool:
    """Whether a single day is a mission's preliminary statement, told before the day its
    party arrived, told after it within two months ("Elle s'est associée ce vendredi à la
    déclaration préliminaire ..." / "Arrivés à Maputo le samedi 5 octobre, ...")."""
    if d.mention.is_range or not _PRELIMINARY_STATEMENT.search(d.sentence.text):
        return False
    return any(
        a is not d
        and not a.mention.is_range
        and a.mention.start_offset > d.mention.end_offset
        and _ARRIVED_THEN.search(_just_before(ex, a)) is not None
        and _can_end(a, d)
        for a in anchors
    )


def _ends_there(before: str) -> bool:
    """Whether the words just before a day (folded) make it a trip's last: "until", "jusqu'au",
    "est rentrée"."""
    return bool(_UNTIL.search(before) or _CAME_HOME.search(before))


def _extend_until(ex: PageContext, anchors: list[Dated], dated: list[Dated]) -> list[Dated]:
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
            # "the next day" goes on the trip of the day before it, unless told elsewhere
            or (d.mention.lead == NEXT and not _told_elsewhere(ex, d, anchors))
            # "released its statement on 25 October before departing": its last day
            or _BEFORE_LEAVING.match(ex.clean, d.mention.end_offset)
            # (or "which arrived in Nairobi last Monday, today concludes a week of meetings";
            # not a stay whose length its end tells, a stay of its own: "yesterday concluded a
            # three-day study visit")
            or (
                not d.mention.is_range
                and (after := _ENDS_AFTER.match(ex.clean, d.mention.end_offset)) is not None
                and not _LENGTH.search(after.group(0))
            )
            # a stay told back from its close: "wrapped up a study tour ... last Friday. The
            # tour ... started on Monday, May 5"
            or _closed_before_its_start(ex, d, anchors)
            # (or its statement, told before its arrival: "s'est associée ce vendredi à la
            # déclaration préliminaire" ... "Arrivés à Maputo le samedi 5 octobre")
            or _statement_before_its_arrival(ex, d, anchors)
            # a day "until" which, or the day the party came home: "est rentrée hier à
            # Antananarivo" (its departure, "Partie d'Ivato le jeudi 7 novembre", told after)
            # (a span of days is no last day: "had just returned from a gathering: last
            # week, from Tuesday to Thursday, he attended ...")
            or (
                d.mention.start == d.mention.end
                and _ends_there(
                    fold(
                        ex.clean[
                            max(
                                d.sentence.start, d.mention.start_offset - 60
                            ) : d.mention.start_offset
                        ]
                    )
                )
            )
        )
    ]
    # (not the day the party left home, its stay's end told after it in the sentence: "Après
    # avoir quitté Québec le samedi 25 mai, le député a rejoint ses collègues à Antananarivo,
    # où il a séjourné jusqu'au vendredi 31 mai": its first day)
    ends = [d for d in ends if not _left_home_for(ex, d, dated)]
    out: list[Dated] = []
    waiting: list[Dated] = []  # ends told before their start ("a quitté ... le 3 novembre,
    # au terme d'un séjour entamé le 25 octobre")
    grown: set[int] = set()  # (the ids of the trips ended here: they may end later still)
    for d in sorted([*anchors, *(e for e in ends if e not in anchors)], key=_offset):
        opened = next((i for i, o in enumerate(out) if _begins(ex, o)), None)
        if opened is None:
            # (or a stay under way, "has been in the country since Monday", which "will
            # remain until Tuesday, 30 June": the days told between them its parts)
            opened = next(
                (i for i, o in reversed(list(enumerate(out))) if _under_way(o.mention)), None
            )
        if (
            d in ends
            and out
            and out[-1].sentence is d.sentence
            and _can_end(out[-1], d)
            # (not a step of a stay begun before it: "arrived on August 27 ... presented its
            # preliminary report on September 11 and concluded its work on September 14")
            and not (
                opened is not None
                and opened < len(out) - 1
                and not _begins(ex, out[-1])
                and not _under_way(out[-1].mention)
                and not _other_bodies(ex, out[opened].sentence, d.sentence)
                and _can_end(out[opened], d)
            )
        ):
            # (an end told in the sentence of the day before it ends that day's event: "a
            # workshop ..., which opened on Monday and ends today")
            out[-1] = _ended(out[-1], d)
            grown.add(id(out[-1]))
            continue
        if (
            d in ends
            and opened is not None
            and _can_end(
                out[opened], d, grown=id(out[opened]) in grown or _ends_on(out[opened], ends)
            )
        ):
            # a mission that "began its work on March 28" and "will leave on April 15":
            # one stay, the dates told between them its parts ("From April 4, ...")
            out[opened:] = [_ended(out[opened], d)]
            grown.add(id(out[opened]))
            continue
        prev = out[-1] if out else None
        if (
            d in ends
            and prev is not None
            and _can_end(prev, d, grown=id(prev) in grown or _ends_on(prev, ends))
            # (not a close told in another paragraph of another country: "On 15 October,
            # the Secretariat hosted at its headquarters in Arusha ..." / "A three-day ...
            # training ... closed last Thursday in Nairobi, Kenya")
            and not _closed_elsewhere(ex, prev, d)
        ):
            out[-1] = _ended(prev, d)
            grown.add(id(out[-1]))
            continue
        if d in ends and d.mention.lead == NEXT and d in anchors:
            pass  # (no day before it to go on: a trip of its own)
        elif d in ends:
            waiting.append(d)
            continue
        if d in anchors:  # "until May 1" opens no trip
            end = next(
                (
                    e
                    for e in waiting
                    # (or the sentence before, for a stay told back from its end: "closed its
                    # office on 31/07/2017 ... had been present in the country since 12/06/2017")
                    if (
                        e.sentence is d.sentence
                        or (e.paragraph == d.paragraph and d.mention.lead in ("since", "depuis"))
                        # (or an opening told after the close: "Mardi, elle a clôturé ... un
                        # atelier ... Ouvert vendredi dernier, cet atelier ...")
                        # (or in the paragraph after: "The General Assembly ... ended on
                        # Wednesday ..." / "The Assembly, which opened on Tuesday 8th October")
                        or (
                            e.paragraph <= d.paragraph <= e.paragraph + 1
                            and (_OPENED.search(d.sentence.text) or _begins(ex, d))
                        )
                        # (or news told backwards, the end first and no trip before it, then
                        # the arrival: "a achevé ce mardi son séjour" / "Arrivés à Abidjan le
                        # mercredi 30 août, ...")
                        or (not out and _ARRIVED_THEN.search(_just_before(ex, d)))
                    )
                    and _can_end(d, e)
                ),
                None,
            )
            out.append(d if end is None else _ended(d, end))
    out = _left_and_back(ex, waiting, dated, _left_before(ex, waiting, out))
    # the close of an activity no day told before or after began, told as done ("La mission
    # ... a achevé ses travaux à Conakry le 18 décembre"), the section's one day of an
    # activity: its one day known, a trip
    closed = [
        e
        for e in waiting
        if e in anchors
        # (no other day of an activity told in its paragraph, or in its section when it
        # stands with no other day: "Fiji refresher. A two-day refresher ... ended last
        # Tuesday in Suva." after "BRIDGE in Honiara. From Monday 21 to Friday 25 October")
        and not any(
            d is not e
            and d.role == "activity"
            and (d.paragraph == e.paragraph or not _inside_apart(ex, e, out))
            for d in dated
        )
        and e.mention.lead != "until"
        and _COMPLETED_BEFORE.search(ex.clean, e.sentence.start, e.mention.start_offset)
        # (a mission's work, not a stay, whose arrival is told elsewhere: "La délégation a
        # achevé hier son séjour")
        and not _STAY_WORD.search(e.sentence.text)
        and not any(_inside(e.mention, t.mention) for t in out)
    ]
    return sorted([*out, *closed], key=_offset) if closed else out


def _closed_elsewhere(ex: PageContext, trip: Dated, end: Dated) -> bool:
    """Whether a close is told in another paragraph than a trip's, naming only countries
    other than those the trip's sentence names."""
    if end.paragraph == trip.paragraph:
        return False
    there = set(locations(ex, end.sentence)[0])
    here = set(locations(ex, trip.sentence)[0])
    return bool(there) and bool(here) and there.isdisjoint(here)


def _inside_apart(ex: PageContext, end: Dated, trips: list[Dated]) -> bool:
    """Whether a close stands in a paragraph of its own, months from every trip told before
    it or in another country (none it could end): an activity of its own."""
    return all(
        t.paragraph != end.paragraph
        and (
            not _after(t.mention.start, end.mention.start, max_days=92)
            or _closed_elsewhere(ex, t, end)
        )
        for t in trips
    ) and bool(trips)


def _left_before(ex: PageContext, waiting: list[Dated], trips: list[Dated]) -> list[Dated]:
    """The trips that began within three days after the day a place was left, the party
    coming back to that place after them ("ont quitté Abidjan jeudi dernier pour Dakar, où
    la mission a été briefée le lendemain ... sont rentrés mardi à Abidjan"): from that day."""
    out = list(trips)
    for left in waiting:
        place = _place_before(ex, _LEFT_PLACE, left)
        if place is None or left.mention.is_range:
            continue
        back_to = compile_pattern(
            r"\b(?:rentr\w+|revenu\w*|returned|came back|back|regagn\w+)\b[^.;]{0,30}?\b"
            + re.escape(place)
            + r"\b"
        )
        for i, t in enumerate(out):
            if (
                t.mention.start.day is not None
                and t.mention.start_offset > left.mention.start_offset
                and t.paragraph == left.paragraph
                and _after(left.mention.start, t.mention.start, max_days=3)
                and back_to.search(ex.clean, t.mention.start_offset, t.mention.start_offset + 400)
            ):
                out[i] = _ended(left, t)
                break
    return out


# An arrival told just before its day: "Arrivés à Abidjan le", "arrived in Lusaka on".
# (or the departure: "Partie d'Ivato le jeudi 7 novembre, la délégation ...")
_ARRIVED_THEN = compile_pattern(
    r"\b(?:arrivée?s?|arrived|landed|partie?s?\s+(?:de|du|des|d['’])|having left|left)\b"
    r"[^.;]{0,40}$",
    re.IGNORECASE,
)


def _just_before(ex: PageContext, d: Dated) -> str:
    """The sentence's words just before a day (up to 60 characters)."""
    return ex.clean[max(d.sentence.start, d.mention.start_offset - 60) : d.mention.start_offset]


# A place left, then come back to, each on its day, just before the day: "left Harare on
# August 6", "avaient quitté Dakar le 15 décembre", "Partie de Kinshasa le vendredi 26
# avril"; "returned to Harare on Monday", "sont rentrés à Dakar hier".
_PLACE_WORDS = (
    r"(?P<place>[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+){0,2})\s*,?(?:\s+(?:on|le|ce))?"
    # (and the day's weekday: "departed Kingston on Monday, April 29")
    rf"(?:\s+(?i:{WEEKDAY_NAMES})\s*,?)?\s*$"
)
_LEFT_PLACE = compile_pattern(
    r"\b(?i:left|departed(?:\s+from)?|(?:a|ont|avait|avaient)\s+quitté|quitt[ée]e?s?|"
    r"partie?s?\s+de|(?:est|sont|était|étaient)\s+partie?s?\s+de)\s+" + _PLACE_WORDS
)
_LEFT_UNNAMED = compile_pattern(
    r"(?:^|[.;]\s*)\W*(?i:partie?s?|left|departed|having left)\s*,?\s*(?:(?i:on|le)\s*)?$"
)
_BACK_TO_PLACE = compile_pattern(
    r"\b(?i:returned\s+to|came\s+back\s+to|flew\s+back\s+to|(?:est|sont)\s+rentr[ée]e?s?\s+à|"
    r"(?:est|sont)\s+revenue?s?\s+à|(?:a|ont)\s+regagné)\s+" + _PLACE_WORDS
)


# The place come back to, right after the day: "est rentrée lundi soir à Dakar", "returned
# on Sunday to Lusaka".
_PLACE_AFTER_DAY = compile_pattern(
    r"[ \t]*(?:(?i:soir|matin|après-midi|dernier|night|evening|morning)\s*)?,?[ \t]*(?i:à|au|in|to)"
    r"\s+(?P<place>[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+){0,2})"
)


def _place_before(ex: PageContext, pattern: re.Pattern[str], d: Dated) -> str | None:
    """The place a day's verb names right before it (``_LEFT_PLACE``, ``_BACK_TO_PLACE``)."""
    found = pattern.search(_just_before(ex, d))
    return found.group("place") if found else None


def _place_country(ex: PageContext, name: str) -> str | None:
    """The country of a place named alone (a country, or a city the gazetteer knows)."""
    for h in ex.index.find(name):
        if h.category == "country" and h.start == 0 and h.end == len(name):
            return h.refs[0]
        if h.category == "place" and h.start == 0 and h.end == len(name):
            return ex.g.places[h.refs[0]].country
    # (or a province, state or canton: "Québec", "Ontario")
    return region_country(ex.g, ex.index, name) if name[:1].isupper() else None


def _same_place(ex: PageContext, one: str | None, other: str) -> bool:
    """Whether two places named are the same, or a city and its country ("departed Kingston
    on Monday, April 29" / "returned to Jamaica last Thursday")."""
    if one is None:
        return False
    if one == other:
        return True
    mine = _place_country(ex, one)
    return mine is not None and mine == _place_country(ex, other)


def _left_home_for(ex: PageContext, d: Dated, dated: list[Dated]) -> bool:
    """Whether a single day is the one the party left a place of the publisher's country, a
    later day of the same sentence ending the stay abroad it began ("Après avoir quitté Québec
    le samedi 25 mai, ... où il a séjourné jusqu'au vendredi 31 mai")."""
    # (a paper's own country, for a party of its country: "a quitté Lomé hier matin pour
    # Accra", in Togo Presse)
    home = ex.home.country if ex.home is not None else masthead_country(ex)
    place = _place_before(ex, _LEFT_PLACE, d)
    if home is None or place is None or d.mention.is_range:
        return False
    return _place_country(ex, place) == home and any(
        o.sentence is d.sentence
        and o.mention.start_offset > d.mention.end_offset
        and _after(d.mention.start, o.mention.start, max_days=60)
        for o in dated
    )


_BACK_HOME = compile_pattern(
    r"\b(?:returned|came back|flew back|arrived back|got back)\s+(?:home|to (?:the|their|his|"
    r"her|our) (?:island|country|capital|homeland|home \w+))\b|\bback home\b|"
    r"\b(?:rentr|revenu)\w*\s+au pays\b|\bregagn\w*\s+(?:le|leur|son|notre) pays\b",
    re.IGNORECASE,
)


# Back from the place visited, just before the day: "I got back from Moldova late
# yesterday", "returned from Lomé on"; the way there: "flew out to Chișinău on Thursday",
# "left for Dakar on", "travelled to Accra on".
_BACK_FROM = compile_pattern(
    r"\b(?:(?:got|came|flew|arrived)\s+(?:back|home)|returned|(?:est|sont)\s+rentr[ée]e?s?)"
    r"\s+(?:home\s+)?(?:from|de|du)\s+(?P<place>[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+){0,2})"
    r"\s*,?(?:\s+(?:late|early|on|in the|le|ce))?\s*$"
)
_OUT_TO_PLACE = compile_pattern(
    r"\b(?i:flew(?:\s+out)?|travel+ed|left|departed|set off|headed|went)\s+(?i:to|for)\s+"
    + _PLACE_WORDS
)


def _left_and_back(
    ex: PageContext, backs: list[Dated], dated: list[Dated], trips: list[Dated]
) -> list[Dated]:
    """The trips, with a return told as no trip's end ("returned to Harare on Monday") and
    the day the same place was left ("left Harare on August 6", background as it may be:
    "avaient quitté Dakar le 15 décembre") made one trip, from the day it was left to the
    day it was back (the day it was left a trip of its own so far, or none)."""
    out = list(trips)
    for back in backs:
        place = _place_before(ex, _BACK_TO_PLACE, back)
        came_back = _CAME_HOME.search(fold(_just_before(ex, back))) is not None
        if place is None and came_back:
            # (or the place after the day: "est rentrée lundi soir à Dakar")
            after = _PLACE_AFTER_DAY.match(ex.clean, back.mention.end_offset)
            place = after.group("place") if after else None
        # (or home, unnamed: "returned to the island on Thursday", "rentrés au pays": the
        # day any place was left)
        home = place is None and bool(_BACK_HOME.search(_just_before(ex, back)))
        # (or back from the place visited: "I got back from Moldova late yesterday evening",
        # the day the party went there, "flew out to Chișinău on Thursday")
        came_from = _BACK_FROM.search(_just_before(ex, back)) if place is None else None
        if place is None and not home and came_from is None and not came_back:
            continue
        left = next(
            (
                d
                for d in dated
                if d.role in ("activity", "reference")
                and d.mention.start.day is not None
                and not d.mention.is_range
                and (
                    (home and _place_before(ex, _LEFT_PLACE, d) is not None)
                    or (
                        came_from is not None
                        and _same_place(
                            ex, _place_before(ex, _OUT_TO_PLACE, d), came_from.group("place")
                        )
                    )
                    or (
                        place is not None
                        and _same_place(ex, _place_before(ex, _LEFT_PLACE, d), place)
                    )
                    # (or left with no place named: "Partie le jeudi 29 octobre, ...")
                    or bool(_LEFT_UNNAMED.search(_just_before(ex, d)))
                )
                and _can_end(d, back)
            ),
            None,
        )
        if left is None:
            continue
        trip = _ended(left, back)
        at = left.mention.start_offset
        alone = next((i for i, t in enumerate(out) if t.mention.start_offset == at), None)
        if alone is None:
            out.append(trip)
        elif not out[alone].mention.is_range:
            out[alone] = _ended(out[alone], back)
    return out


# An item's label before its date: "• Tunisie : ", "- Mali: ".
_ITEM_LABEL_BEFORE = compile_pattern(r"[ \t]*[•·*▪–—-][ \t]*[A-ZÀ-Ý][^:\n.]{1,40}?\s*:\s*")

# An event's opening: "Ouvert vendredi dernier", "which opened on Monday", "a débuté".
_OPENED = compile_pattern(
    r"\b(?:ouverte?s?|opened|began|a (?:débuté|commencé)|s['’]est ouverte?)\b", re.IGNORECASE
)

# What a stay's last day is told before: "on 25 October before departing", "le 8 mars,
# avant de regagner Dakar".
# The stay's end told right after its day: "today concludes a week of meetings", "ce
# vendredi achève son séjour".
_ENDS_AFTER = compile_pattern(
    r"\s*,?\s*(?:concludes|concluded|wraps up|wrapped up|completes|completed|ends|ended|"
    r"achève|a achevé|clôture|a clôturé|boucle|a bouclé|termine|a terminé)\s+"
    r"(?:(?:a|an|its|their|the|son|sa|ses|leur|leurs|une?)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:week|stay|visit|mission|programme|program|meetings|séjour|visite|mission|semaine|"
    r"programme|travaux)\b",
    re.IGNORECASE,
)
_BEFORE_LEAVING = compile_pattern(
    r"\s*,?\s*(?:before|avant)\s+(?:de\s+|d['’])?(?:depart\w*|leav\w+|returning|flying "
    r"(?:home|back)|quitter|regagner|rentrer|repartir|son départ|leur départ)\b",
    re.IGNORECASE,
)


def _told_elsewhere(ex: PageContext, d: Dated, anchors: list[Dated]) -> bool:
    """Whether a day's sentence names another country than that of the trip day before it."""
    before = [a for a in anchors if _offset(a) < _offset(d)]
    here = locations(ex, d.sentence)[0]
    theirs = locations(ex, before[-1].sentence)[0] if before else []
    return bool(here) and bool(theirs) and not set(here) & set(theirs)


# A stay told by its length (the words are each language's: languages/*.toml): "pendant
# quatre jours, à partir du lundi 7 octobre", "sur trois jours, à compter du mardi 6
# décembre", "a three-day visit"; not "trois jours plus tard" (a delay).
_NUMBER = rf"(?:\d{{1,2}}|{alternatives(WORDS.cardinals)})"
_LENGTH = compile_pattern(
    rf"(?:\b(?:{WORDS.alternatives('duration_leads')})\s+(?P<n>{_NUMBER})\s+|"
    rf"\b(?P<n2>{_NUMBER})-)(?:{WORDS.alternatives('day_units')})\b"
    r"(?!\s+(?:plus tard|later|après|after|before|avant|earlier|auparavant|plus tôt)\b)",
    re.IGNORECASE,
)
_LAST_DAY = compile_pattern(rf"\b(?:{WORDS.alternatives('last_day_cues')})\b", re.IGNORECASE)
# The days an event closed after, told after its last day: "after three days of talks",
# "après trois jours de travaux".
_AFTER_DAYS_OF = compile_pattern(
    rf"\b(?:after|après)\s+(?P<n>{_NUMBER})\s+(?:days|jours)\s+(?:of|de|d['’])(?P<n2>)",
    re.IGNORECASE,
)


# The visitors' arrival on a day: "The visitors, who arrived on Monday, met ...", "arrivés
# le lundi 3 juin".
_ARRIVED = compile_pattern(
    r"\b(?:arrived|arriving|landed|arriv[ée]e?s?|sont arriv\w*|est arriv\w*)\b[^.;]{0,40}$",
    re.IGNORECASE,
)


def _length_before_arrival(ex: PageContext, d: Dated) -> re.Match[str] | None:
    """The length of a stay told in the sentence before the one of its arrival's day, in
    the same paragraph and with no day of its own: "welcomed a delegation ... for a
    five-day study visit. The visitors, who arrived on Monday, met ..."."""
    m = d.mention
    if not _ARRIVED.search(ex.clean[d.sentence.start : m.start_offset]):
        return None
    before = ex.clean[max(0, d.sentence.start - 400) : d.sentence.start]
    before = before[before.rfind("\n\n") + 1 :]
    dateline = re.match(r"\s*[^\n.]{0,50}?\d{4}\s*[—–-]\s", before)  # "Accra, 14 June 2024 — "
    if dateline:
        before = before[dateline.end() :]
    if any(c.isdigit() for c in before):
        return None
    return _LENGTH.search(before)


def _with_length(ex: PageContext, d: Dated) -> Dated:
    """A single day whose sentence tells the stay's length: the stay's days, from that day
    (or to it, when the sentence says it was the last: "a three-day visit that ended on")."""
    m = d.mention
    if m.is_range or m.start.day is None or m.start.month is None:
        return d
    found = _LENGTH.search(d.sentence.text) or _length_before_arrival(ex, d)
    if found is None and _LAST_DAY.search(ex.clean[d.sentence.start : m.start_offset][-80:]):
        # (or the days it closed after: "ended their annual gathering in the capital on
        # Wednesday, after three days of talks", "s'est achevée vendredi après trois jours de
        # travaux")
        found = _AFTER_DAYS_OF.search(d.sentence.text, m.end_offset - d.sentence.start)
    if found is None:
        return d
    word = (found.group("n") or found.group("n2")).lower()
    days = int(word) if word.isdigit() else WORDS.cardinals.get(word, 0)
    if not 2 <= days <= 31:
        return d
    year = m.start.year or 2001  # (a year to count in; the phrase's own is found later)
    day = dt.date(year, m.start.month, m.start.day)
    before = ex.clean[d.sentence.start : m.start_offset]
    # (the close told after the day, before the length, in its sentence: "On Thursday 13 June
    # in Gaborone, the IEC and IDEA closed a three-day workshop")
    closed_after = found.re is _LENGTH and found.string is d.sentence.text
    between = d.sentence.text[m.end_offset - d.sentence.start : found.start()]
    if (
        _LAST_DAY.search(before[-80:])
        or _ENDS_AFTER.match(ex.clean, m.end_offset)
        or (closed_after and not any(c.isdigit() for c in between) and _LAST_DAY.search(between))
    ):
        # (the last day told before it, or after: "yesterday concluded a three-day visit")
        first, last = day - dt.timedelta(days=days - 1), day
    else:
        first, last = day, day + dt.timedelta(days=days - 1)

    def told(x: dt.date, base: int | None) -> PartialDate:
        y = base if base is None else base + (x.year - year)
        return PartialDate(y, x.month, x.day)

    if m.start.year is None and first.year != last.year:
        # across a year end with no year yet: the year is the end's, found later
        start, end = (
            PartialDate(None, first.month, first.day),
            PartialDate(None, last.month, last.day),
        )
    else:
        start, end = told(first, m.start.year), told(last, m.start.year)
    return Dated(
        DateMention(m.start_offset, m.end_offset, m.text, start, end, m.lead),
        d.role,
        d.sentence,
        d.paragraph,
    )


# A mission's first milestone on a line of dated milestones: "6 July 2021 — Core team of 9
# experts arrives in Lusaka", "2 avril : arrivée de l'équipe cadre"; what is still to come
# ends the list ("November 2021 — Final report (expected)").
_ARRIVES = compile_pattern(
    r"\b(?:arriv(?:es?|ed|al|ée?s?|ent)|lands?|landed|begins|starts|opens|deploys|"
    r"d[ée]but(?:e|ent)?|d[ée]marr\w*|ouverture)\b",
    re.IGNORECASE,
)
_EXPECTED = compile_pattern(r"\b(?:expected|to come|prévue?s?|attendue?s?|à venir|tbc|tbd)\b", re.I)
# (bullets or dashes, and the day's weekday: "Mercredi 19 février : arrivée à Lomé")
_LINE_OPENING = compile_pattern(rf"[\s•·*–—-]*(?:(?:{WEEKDAY_NAMES})[\s,]*)?", re.IGNORECASE)
# A milestone's label before its day: "- Arrivée des observateurs de court terme : dimanche ".
_MILESTONE_LABEL = compile_pattern(
    rf"[ \t•·*–—-]*[^\W\d][^\n:]{{2,80}}:[ \t]*(?:(?:{WEEKDAY_NAMES})[ \t,]*)?", re.IGNORECASE
)


def _milestones(ex: PageContext, anchors: list[Dated], dated: list[Dated]) -> list[Dated]:
    """A mission's milestones listed one per line, each line opening on its date ("KEY
    DATES" / "6 July 2021 — Core team arrives in Lusaka" / "15 July 2021 — long-term
    observers deployed" / "12 August 2021 — General elections" / "14 August 2021 —
    Preliminary statement"): one trip from the line that tells its arrival to the last line
    that is not still to come, within three months."""
    text = ex.clean
    out: list[Dated] = []
    absorbed: set[int] = set()
    ordered = sorted(dated, key=_offset)
    for a in anchors:
        if a.mention.start_offset in absorbed:
            continue
        m = a.mention
        line_start = text.rfind("\n", 0, m.start_offset) + 1
        line_end = text.find("\n", m.end_offset)
        # (or each line's label first, its day after: "- Arrivée des observateurs de long
        # terme à Yaoundé : jeudi 25 septembre ;" / ... / "- Départ des derniers membres de la
        # Mission : mardi 21 octobre.")
        labelled = _MILESTONE_LABEL.fullmatch(text, line_start, m.start_offset)
        opening = _LINE_OPENING if labelled is None else _MILESTONE_LABEL
        if (
            m.is_range
            or m.start.day is None
            or line_end < 0
            or not (
                (
                    _LINE_OPENING.fullmatch(text, line_start, m.start_offset)
                    and _ARRIVES.search(text, m.end_offset, line_end)
                )
                or (labelled is not None and _ARRIVES.search(labelled.group(0)))
            )
        ):
            out.append(a)
            continue
        last, at = m, line_end
        for d in ordered:
            o = d.mention
            if o.start_offset <= m.end_offset:
                continue
            if text.rfind("\n", 0, o.start_offset) != at or not opening.fullmatch(
                text, at + 1, o.start_offset
            ):
                break  # not the next line, or not opening it
            nxt = text.find("\n", o.end_offset)
            line = text[o.end_offset : nxt if nxt >= 0 else len(text)]
            if labelled is not None:
                line = text[at + 1 : o.start_offset] + line  # (its label is what it tells)
            if (
                _EXPECTED.search(line)
                or d.role == "planned"
                or o.start.day is None
                or not _after(m.start, o.start, max_days=92)
                # (a visit received, an item of its own: "• Mercredi 6 mars : ouverture de la
                # session" / "• Jeudi 14 mars : accueil au siège d'une délégation de la CENI")
                or _RECEIVED.search(line)
            ):
                break
            last, at = o, nxt
            absorbed.add(o.start_offset)
            if nxt < 0:
                break
        if last is m:
            out.append(a)
            continue
        out.append(
            Dated(
                DateMention(m.start_offset, m.end_offset, m.text, m.start, last.end, m.lead),
                a.role,
                a.sentence,
                a.paragraph,
            )
        )
    return out


# The first day of a stay: "The Mission began its work in Peru on March 28", "est arrivée à
# Dakar le 17 février", "a entamé ses travaux le".
_BEGAN = compile_pattern(
    r"\b(?:began|started|commenced|opened|arrived|landed|a (?:débuté|commencé|entamé)|"
    r"(?:a|ont) atterri|(?:est|sont) "
    r"arrivée?s?|a démarré|(?:suis|sommes) arrivée?s?|^\W*arrivée?s?|"
    # (its participle in apposition: "La délégation de l'AIGE du Mali, arrivée lundi à")
    r",\s*arrivée?s?|,\s*arrived)\b[^.;]{0,50}$",
    re.IGNORECASE,
)


def _begins(ex: PageContext, d: Dated) -> bool:
    """Whether a single day is told as the first of a stay ("began its work ... on")."""
    return _BEGAN.search(ex.clean[d.sentence.start : d.mention.start_offset]) is not None


def _under_way(m: DateMention | None) -> bool:
    """Whether a single day is told as the first of a stay under way ("has been in the
    country since Monday", "présente depuis le 12 juin")."""
    return (
        m is not None
        and m.lead in ("since", "depuis")
        and not m.is_range
        and m.start.day is not None
    )


def _ends_on(trip: Dated, ends: list[Dated]) -> bool:
    """Whether a trip's span already runs to one of the days told as an end ("arrivés le
    dimanche 7 février. Le lendemain, ...": 7 to 8 February, which a later end may grow)."""
    return trip.mention.is_range and any(e.mention.start == trip.mention.end for e in ends)


def _can_end(start: Dated, end: Dated, *, grown: bool = False) -> bool:
    """Whether ``end`` can end a trip that begins on ``start``'s single day (or on the days
    ``start`` has ``grown`` to here: "arrivée le lundi 3 ... Le lendemain ... regagné Cotonou
    le vendredi suivant")."""
    return (
        (grown or not start.mention.is_range)
        and start.mention.start.day is not None
        and _after(start.mention.start, end.mention.start, max_days=60)
        and (not grown or _after(start.mention.end, end.mention.start, max_days=60))
    )


def _ended(start: Dated, end: Dated) -> Dated:
    """``start``'s date running to ``end``'s day."""
    m = start.mention
    first, last = m.start, end.mention.end
    if first.year is None and last.year is not None:
        # the year written once, at the end: "le dimanche 2 mars ... jusqu'au 8 mars 2025"
        first = first.with_year(
            last.year if (first.month or 0) <= (last.month or 13) else last.year - 1
        )
    elif last.year is None and first.year is not None and last.month is not None:
        # (the year written once, at the start: "since Monday" of a dated release ...
        # "until Thursday, August 21")
        last = last.with_year(first.year + ((first.month or 0) > last.month))
    return Dated(
        DateMention(m.start_offset, m.end_offset, m.text, first, last, m.lead),
        start.role,
        start.sentence,
        start.paragraph,
    )


def _dated_title(text: str) -> bool:
    """Whether a heading's one year is that of the span of days it gives: "Regional Workshop
    on Post-Election Reviews, 4–6 March 2025" (not a vote's day, "SECOND TOUR – 21 AVRIL
    2019")."""
    return any(
        m.start.day is not None and m.start.year is not None and m.is_range
        for m in find_dates(text)[0]
    )


_YEAR_IN = compile_pattern(r"(?<![\d/-])((?:19|20)\d\d)(?![\d/])")


def _heading_day(heading: Sentence | None) -> PartialDate | None:
    """The one whole day a heading is dated to, if any ("..., à Cotonou, le vendredi 12
    janvier 2024")."""
    if heading is None:
        return None
    days = [m.start for m in find_dates(heading.text)[0] if not m.is_range]
    whole = [d for d in days if d.year and d.month and d.day]
    return whole[0] if len(whole) == 1 and len(days) == 1 else None


# A heading telling the page's own year: "Earlier in the year", "Earlier this year", "Plus tôt
# dans l'année", "Plus tôt cette année".
_EARLIER_IN_THE_YEAR = compile_pattern(
    r"\W*(?:earlier (?:in the|this) year|plus tôt (?:dans l['’]année|cette année)|"
    r"au début de l['’]année|earlier in \d{4})\W*",
    re.IGNORECASE,
)


def _other_kinds(one: str, other: str) -> bool:
    """Whether two sentences each name a kind of activity, and not the same."""
    from graphbuild.ingest.kinds import kind_named  # (kinds reads trips' scopes)

    first, second = kind_named(one), kind_named(other)
    return first is not None and second is not None and first is not second


def _received_beside(one: str, other: str) -> bool:
    """Whether one sentence tells a visit received and the other an event of another kind."""
    from graphbuild.ingest.kinds import kind_named  # (kinds reads trips' scopes)

    first, second = kind_named(one), kind_named(other)
    return first is ActivityKind.RECEPTION and second not in (None, ActivityKind.RECEPTION)


def own_paragraph(trip: Trip, section: Section) -> bool:
    """Whether the trip was told in a later paragraph of the section that opens with its own
    date: an item of its own, not the heading's activity."""
    s = trip.anchor_sentence
    if s is None or s.paragraph <= 0 or trip.anchor is None:
        return False
    if all(p.detail or is_stamp_line(p.text) for p in section.paragraphs[: s.paragraph]):
        # the first paragraph under listing lines ("Praia (Cap-Vert)") or the item's stamp
        # ("Date de modification : 2019-06-03")
        return False
    # the date opens the paragraph, or nearly ("La veille, le 28 novembre, ...")
    return (
        0 <= trip.anchor.start_offset - s.start <= 25
        and s.start == _paragraph_start(section, s.paragraph)
        and not section.paragraphs[s.paragraph].detail
        and not section.paragraphs[s.paragraph].item  # a list item reads its list's lead-in
    )


def _paragraph_start(section: Section, index: int) -> int:
    """The offset of the first word of a section's paragraph."""
    block = section.paragraphs[index]
    return block.start + (len(block.text) - len(block.text.lstrip()))


def _year_of_its_head(section: Section, d: Dated, dated: list[Dated]) -> DateMention | None:
    """A list item's date without its year, with the year of the period line heading it
    ("Q4 2024" over "– October–November: ..."), or None."""
    if d.mention.has_year or not 0 <= d.paragraph < len(section.paragraphs):
        return None
    if not section.paragraphs[d.paragraph].item:
        return None
    heads = [
        h
        for h in dated
        if h.paragraph < d.paragraph
        and h.mention.has_year
        and h.mention.start.year is not None
        and _heads_its_items(section, h, [d])
    ]
    if not heads:
        return None
    head = max(heads, key=lambda h: h.paragraph)
    assert head.mention.start.year is not None
    return d.mention.resolved(head.mention.start.year)


# A table's cell holding a year alone: "| 2023 | 20 – 27 février | Nigeria (Abuja) | ...".
_YEAR_CELL = compile_pattern(r"(?:^|[|\t])[ \t]*((?:19|20)\d\d)[ \t]*(?=[|\t]|$)")


def _year_of_its_row(ex: PageContext, d: Dated) -> DateMention | None:
    """A table row's date without its year, with the year of the row's year cell (one
    year alone in its cell), or None."""
    if d.mention.has_year:
        return None
    line_start = ex.clean.rfind("\n", 0, d.mention.start_offset) + 1
    line_end = ex.clean.find("\n", d.mention.start_offset)
    row = ex.clean[line_start : line_end if line_end >= 0 else len(ex.clean)]
    if not is_table_row(row):
        return None
    years = {int(y) for y in _YEAR_CELL.findall(row)}
    return d.mention.resolved(years.pop()) if len(years) == 1 else None


def international_bodies(ex: PageContext, s: Sentence) -> set[str]:
    """The international bodies the gazetteers know (of no country) a sentence names."""
    return {
        h.refs[0]
        for h in ex.hits(s)
        if h.category == "organization"
        and (org := ex.g.organizations.get(h.refs[0])) is not None
        and org.country is None
    }


def _other_bodies(ex: PageContext, one: Sentence, other: Sentence) -> bool:
    """Whether two sentences of a section each name international bodies the gazetteers
    know, none of them the same (two missions told side by side)."""
    if one is other:
        return False
    mine, theirs = international_bodies(ex, one), international_bodies(ex, other)
    return bool(mine) and bool(theirs) and not mine & theirs


def _opens_its_line(ex: PageContext, m: DateMention) -> bool:
    """Whether a date opens its line, its weekday or a bullet perhaps before it, and goes on
    to its entry past a colon or a dash ("Mon 27 May – Fri 7 June: ...")."""
    line_start = ex.clean.rfind("\n", 0, m.start_offset) + 1
    return bool(
        _LINE_OPENER.fullmatch(ex.clean, line_start, m.start_offset)
        and _ENTRY_AFTER.match(ex.clean, m.end_offset)
    )


_LINE_OPENER = compile_pattern(
    rf"[ \t]*(?:[-–—•·▪●*][ \t]*)?(?:(?:{WEEKDAY_NAMES})\.?,?[ \t]+)?", re.IGNORECASE
)
_ENTRY_AFTER = compile_pattern(r"[ \t]*[:–—]")


def _opens_its_item(sentence: Sentence, m: DateMention) -> bool:
    """Whether a date opens its list item's sentence, after its bullet ("– March 2023: ...")."""
    return bool(_ITEM_BULLET.fullmatch(sentence.text[: max(0, m.start_offset - sentence.start)]))


_ITEM_BULLET = compile_pattern(r"\s*(?:[-–—•·▪●◦*]|\(?\d{1,2}[.)])?\s*")


def _heads_its_items(section: Section, d: Dated, acts: list[Dated]) -> bool:
    """Whether a date coarser than a day, alone on its line, heads list items below it that
    are dated within it ("Q3 2022" over "– July 12–15: ...")."""
    paragraphs = section.paragraphs
    if d.mention.start.day is not None or not 0 <= d.paragraph < len(paragraphs):
        return False
    if not _date_alone(paragraphs[d.paragraph].text):
        return False
    span = d.mention
    if span.start.month is None or span.end.month is None:
        return False

    def within(m: DateMention) -> bool:
        # (a missing year taken as the other's: "Q3 2021 (July–September)" over "July 5 to 16")
        if m.start.month is None or m.end.month is None:
            return False
        year = m.start.year or span.start.year or 0
        first = (span.start.year or year, span.start.month)
        last = (span.end.year or span.start.year or year, span.end.month)
        return first <= (year, m.start.month) and (m.end.year or year, m.end.month) <= last

    return any(
        o.paragraph > d.paragraph
        and 0 <= o.paragraph < len(paragraphs)
        and paragraphs[o.paragraph].item
        and (o.mention.start.day is not None or o.mention.start != span.start)
        and within(o.mention)
        for o in acts
    )


def _inside_earlier(d: Dated, acts: list[Dated]) -> bool:
    """Whether a dated day falls within an earlier date of the section (a sub-event:
    "On April 14 and 15, he participated ..." in a trip "From April 12 to 15")."""
    m = d.mention
    for o in acts:
        if o.mention.start_offset >= m.start_offset or not o.mention.is_range:
            continue
        a, b = o.mention.start, o.mention.end
        if a.month is None or b.month is None or m.start.month is None:
            continue
        first = (a.month, a.day or 1)
        last = (b.month, b.day or 31)
        if first <= (m.start.month, m.start.day or 1) <= last:
            return True
    return False


def _first_offset(d: Dated) -> int:
    """Where the first word of the date's paragraph stands (the date opens it?)."""
    s = d.sentence
    text = s.text
    return s.start + (len(text) - len(text.lstrip()))


def _year_pairs(ex: PageContext, sents: list[Sentence], heading: Sentence | None) -> list[Trip]:
    """Trips told as places with their years ("took part in observation missions in
    Haiti (2006), Mali (2013) and Niger (2016)"; under "International missions": "-
    Electoral observation with the OIF: Haiti (2010), Mali (2013)", "- Technical assistance
    ...: Tunisia (2014)"): one trip per place, dated by its year."""
    out: list[Trip] = []
    listed = heading is not None and bool(ACTIVITY_HEADING.search(heading.text))
    for s in sents:
        told = bool(TRAVEL.search(s.text))
        named = listed and bool(ACTIVITY_HEADING.search(s.text) or _KIND_WORD.search(s.text))
        if not told and not named:
            continue
        pairs = []
        for h in ex.hits(s):
            if h.category not in ("country", "place"):
                continue
            m = _BRACKET_YEAR.match(ex.clean, h.end)
            if m is None:
                continue
            country = h.refs[0] if h.category == "country" else ex.g.places[h.refs[0]].country
            pairs.append((country, int(m.group(1))))
        if len(pairs) < (1 if named else 2):
            continue
        for country, year in pairs:
            out.append(
                Trip(
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


# An event's opening day told as such: "was opened on", "opened on Thursday", "s'est ouverte
# le", "a été ouvert le".
_OPENED_ON = compile_pattern(
    r"\b(?:(?:was |were )?opened|kicked off|s['’]est ouverte?s?|(?:a|ont) été ouverte?s?|"
    r"se sont ouverte?s|(?:a|ont) débuté)\b",
    re.IGNORECASE,
)


def _heading_span(text: str) -> bool:
    """Whether a heading gives a span of days with its year ("22 November – 1 December 2024")."""
    found, _bad = find_dates(text)
    return any(m.is_range and m.start.day is not None and m.has_year for m in found)


def _inside(m: DateMention, span: DateMention) -> bool:
    """Whether the days of ``m`` fall within ``span`` (a missing year taken as the span's)."""
    if m.start.day is None or m.start.month is None or m.end.month is None or m.end.day is None:
        return False
    if not (span.start.month and span.start.day and span.end.month and span.end.day):
        return False
    first = (span.start.year or 0, span.start.month, span.start.day)
    last = (span.end.year or 0, span.end.month, span.end.day)

    def day(p: PartialDate, fallback: int) -> tuple[int, int, int]:
        return (p.year or fallback, p.month or 0, p.day or 0)

    # (a day of the span's last year, or of its first when the span crosses a year end)
    for year in {first[0], last[0]}:
        if first <= day(m.start, year) and day(m.end, year) <= last:
            return True
    return False


# A title's closing brackets: "Workshop on electoral justice (Lima, May 9-11)".
_CLOSING_BRACKETS = compile_pattern(r"\([^()]{3,60}\)\s*$")


def _heading_dates(
    ex: PageContext, heading: Sentence, dated: list[Dated], year: int | None = None
) -> list[Dated]:
    """A section whose text dates nothing takes the day its heading gives
    ("MISSION D'OBSERVATION D'ELECTIONS (Sénégal, 29 avril 2001)", "Séminaire
    international à Cotonou du 20 au 23 mars 2017, organisé par ..."), or the month it
    opens on ("Mars 2019 – Mission d'observation ..."); under a year heading (``year``),
    days without their year too ("Observation of the general election in Zambia, 8-16
    August" under "2021")."""
    found, _bad = find_dates(heading.text)
    # (or the year of the page's title: "BILAN DES ACTIVITÉS INTERNATIONALES — ANNÉE 2006"
    # over "Haïti / 31 janvier au 10 février — Mission d'observation électorale de l'OEA")
    from_title = year is None
    year = year if year is not None else title_year(ex)
    out = []
    # (days in the brackets closing the title, its own, their year the page's: "Workshop on
    # electoral justice (Lima, May 9-11)", "Technical accompaniment (September 28 - October 4)")
    closing = _CLOSING_BRACKETS.search(heading.text)
    for m in found:
        # (or the month and year the heading opens on: "Mars 2019 – Mission d'observation
        # de l'élection présidentielle en Ukraine")
        # (after its status tag perhaps: "[PAST] August 2024 – Logistics support, Mozambique")
        opening_month = m.start.month is not None and (
            m.start_offset <= 3 or bool(_STATUS_TAG.fullmatch(heading.text[: m.start_offset]))
        )
        # (or the month closing it after a dash, under a year heading: "Electoral risk
        # management workshop – March", "Atelier régional – novembre")
        closing_month = (
            m.start.month is not None
            and m.start.day is None
            and not heading.text[m.end_offset :].strip(" .")
            and heading.text[: m.start_offset].rstrip()[-1:] in ("–", "—", "-")
        )
        if m.start.day is None and not opening_month and not closing_month:
            continue
        bracketed = (
            closing is not None
            and m.start.day is not None
            and m.is_range  # (a day alone there is a session's: "Closing session (6 June)")
            and closing.start() < m.start_offset
            and m.end_offset <= closing.end()
        )
        if (
            not m.has_year
            and (year is None or (m.start.day is None and not closing_month))
            and not bracketed
        ):
            continue
        shifted = DateMention(
            m.start_offset + heading.start,
            m.end_offset + heading.start,
            m.text,
            m.start,
            m.end,
            m.lead,
        )
        # (or a day closing the heading after a comma or a dash: "Election visit, 10
        # November" under the title of a conference of 2019)
        closing_day = (
            m.start.day is not None
            and not heading.text[m.end_offset :].strip(" .")
            and heading.text[: m.start_offset].rstrip()[-1:] in (",", "–", "—", "-")
        )
        if (
            from_title
            and not m.has_year
            and not _opens_its_line(ex, shifted)
            and not bracketed
            and not closing_day
        ):
            continue  # (the title's year for a heading's own date line only, as above)
        # (a day without its year: an activity's, not an election's: "Guinée – Élection
        # présidentielle du 18 octobre" over "La mission prévue n'a pu avoir lieu")
        roles = ("activity", "election") if m.has_year else ("activity",)
        if date_role(ex, shifted, heading) in roles and not tells_future(heading.text):
            d = Dated(shifted, "activity", heading, -1)
            dated.append(d)
            out.append(d)
    return out[:1]


def _during_election(
    ex: PageContext, dated: list[Dated], heading: Sentence | None = None
) -> list[Dated]:
    """With no other date, the day of an election during which the body took part or
    hosted ("During the April 7, 2014 general election, Élections Québec welcomed a
    delegation") dates the activity; so does the one vote under a heading naming a visit on
    its day ("Election day visit" / "Because the conference coincided with the Mauritian
    general election of Thursday 7 November 2019, ... delegates ... visited polling
    stations")."""
    out = []
    votes = [d for d in dated if d.role == "election" and d.mention.start.day is not None]
    day_visit = (
        heading is not None
        and _ELECTION_DAY_VISIT.search(heading.text) is not None
        and len({d.mention.start for d in votes}) == 1
    )
    for d in votes:
        before = fold(
            ex.clean[max(d.sentence.start, d.mention.start_offset - 30) : d.mention.start_offset]
        )
        if (
            (d.mention.lead == "during" or _DURING.search(before) or day_visit)
            and TAKING_PART.search(d.sentence.text)
            and not tells_future(d.sentence.text)
        ):
            out.append(Dated(d.mention, "activity", d.sentence, d.paragraph))
    return out


# A programme's period as a field: "Program period: October 2021 – September 2023", "Life of
# activity:", "Durée du projet :".
_PERIOD_FIELD = compile_pattern(
    r"\W*(?:(?:program(?:me)?|project|projet|activity|implementation)\s+(?:period|duration)|"
    r"life\s+of\s+(?:the\s+)?(?:activity|project|program(?:me)?)|period\s+of\s+performance|"
    r"dur[ée]e\s+du\s+(?:projet|programme)|p[ée]riode\s+(?:du|de|d['’])\s*(?:projet|programme|"
    r"mise en (?:œ|oe)uvre))\s*:",
    re.IGNORECASE,
)

# A page's own introduction: "This archive lists ...", "Cette page présente ...".
_PAGE_INTRO = compile_pattern(
    r"\W*(?:this|the following|cette|ce|la présente|le présent)\s+(?:\w+\s+)?(?:page|archive|"
    r"list|section|table|report|liste|rubrique|tableau|rapport|répertoire)\b",
    re.IGNORECASE,
)
# What a page's introduction to its list does: "lists", "présente", "recense".
_LISTS = compile_pattern(
    r"\b(?:lists?|shows?|presents?|summari[sz]es?|sets out|présente|recense|liste|dresse|"
    r"rend compte|récapitule|énumère)\b",
    re.IGNORECASE,
)


# What is listed below, told in the passive: "Exchanges are listed below by fiscal year",
# "Les échanges sont présentés ci-dessous par année".
_LISTED_BELOW = compile_pattern(
    r"\b(?:are|is)\s+(?:listed|set out|presented|summari[sz]ed|given|shown)\s+below\b|"
    r"\b(?:sont|est)\s+(?:présenté|listé|récapitulé|énuméré|recensé|présentée|listée)s?\s+"
    r"ci-(?:dessous|après)\b",
    re.IGNORECASE,
)


def _listing_intro(text: str) -> bool:
    """Whether a sentence introduces the page's list: "This page lists, country by country,
    the missions ...", "Le tableau ci-dessous présente les missions de l'année", "Exchanges
    are listed below by fiscal year"."""
    return (bool(_PAGE_INTRO.match(text)) and bool(_LISTS.search(text))) or bool(
        _LISTED_BELOW.search(text)
    )


# A post held, told by its holder: "il a été conseiller juridique", "served as adviser",
# "worked as an expert".
_POST_HELD = compile_pattern(
    r"\b(?:a été|avait été|était|fut|served as|worked as|was)\s+(?:an?\s+|the\s+|le\s+|la\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:conseill(?:er|ère)s?|advis[eo]rs?|experte?s?|consultante?s?|"
    r"chef|head|directeur|directrice|director|coordinat(?:eur|rice|or)|spécialiste|specialist|"
    r"officer|représentante?|representative)\b",
    re.IGNORECASE,
)
# A span of years: "2003–2006", "de 2010 à 2015".
_YEAR_SPAN = compile_pattern(r"\b(?:19|20)\d\d\s*(?:[-–—/]|à|to)\s*(?:19|20)\d\d\b")


# What a listing item tells done that day by the publisher, at home: "The Chairman ...
# received at the Commission's headquarters a delegation", "a reçu en audience", "signed".
_DONE_THAT_DAY = compile_pattern(
    r"\b(?:received|welcomed|hosted|signed|(?:a|ont)\s+(?:reçu|accueilli|signé|paraphé))\b",
    re.IGNORECASE,
)


# What a day line holds besides its date: its weekday, its punctuation.
_STAMP_LINE_REST = compile_pattern(rf"\W*(?:(?i:{WEEKDAY_NAMES})\W*)?")


# ... or begun that day: "began the Commission's International Visitors Programme", "s'est
# ouvert", "a débuté".
_BEGAN_THAT_DAY = compile_pattern(
    r"\b(?:began|opened|started|kicked off|s['’]est ouverte?|(?:a|ont) (?:débuté|commencé|"
    r"entamé|ouvert))\b",
    re.IGNORECASE,
)


def _told_on_its_stamp_day(
    ex: PageContext, section: Section, sents: list[Sentence], dated: list[Dated]
) -> Trip | None:
    """An item of a news listing under its day line ("Tuesday, 29 October 2024" / "IEC
    receives a delegation of ..." / "The Chairman ... received at the Commission's
    headquarters ... a delegation"), its text telling no other day: a visit received or an
    agreement signed that day; or an event begun that day, to the day its text says it runs
    until ("Forty guests ... began the Commission's International Visitors Programme ... The
    programme runs until Wednesday 11 September")."""
    acts = [d for d in dated if d.role in ("activity", "planned")]
    until = (
        acts[0]
        if len(acts) == 1
        and (acts[0].mention.lead == "until" or told_until(ex.clean, acts[0].mention.start_offset))
        and not acts[0].mention.is_range
        and acts[0].mention.start.day is not None
        else None
    )
    if (acts and until is None) or not sents:
        return None
    stamp = next(
        (
            d
            for d in dated
            if d.sentence is sents[0]
            and d.mention.start.day is not None
            and d.mention.start.year is not None
            and not d.mention.is_range
            and _STAMP_LINE_REST.fullmatch(sents[0].text.replace(d.mention.text, " "))
        ),
        None,
    )
    told = [s for s in sents[1:] if s.paragraph == 1][:1]
    if stamp is None or not told or section.heading is None:
        return None
    if until is not None:
        day, last = stamp.mention.start, until.mention.end
        if not _BEGAN_THAT_DAY.search(told[0].text) or last.month is None or day.month is None:
            return None
        year = (day.year or 0) + (
            1 if (last.month, last.day or 0) < (day.month, day.day or 0) else 0
        )
        span = replace(stamp.mention, end=PartialDate(last.year or year, last.month, last.day))
        return Trip(anchor=span, anchor_sentence=sents[0])
    if not _DONE_THAT_DAY.search(told[0].text) or tells_future(told[0].text):
        return None
    return Trip(anchor=stamp.mention, anchor_sentence=sents[0])


def _report_turn(ex: PageContext) -> tuple[int, int] | None:
    """The first year and first month of the one fiscal year a report says it covers ("du 1er
    avril 2019 au 31 mars 2020": 2019, April), or None (no period, a calendar year's, or
    another length)."""
    period = report_period(ex)
    if period is None:
        return None
    a, b = period
    if a.year is None or a.month is None or a.month == 1 or b.year != a.year + 1:
        return None
    if b.month != a.month - 1 or a.day not in (None, 1):
        return None
    return a.year, a.month


def _undated_trip(
    ex: PageContext, section: Section, sents: list[Sentence], dated: list[Dated]
) -> Trip | None:
    """A section with no dated passage is one activity of a known year when its heading
    names one ("Mission to Mali" under "2007"), or when its opening sentences tell that
    one took place ("C'est à Libreville que s'est déroulée la première Assemblée ...");
    the year comes from the section, a year in its heading, or the page's metadata
    (then marked inferred: ``years.py``)."""
    heading = section.heading.text if section.heading is not None else ""
    if _PERIOD_FIELD.match(heading):
        return None  # a programme's period over its partners and aims: no activity of its own
    if (
        section.heading is not None
        and dated
        and all(d.role == "publication" for d in dated)
        and any(
            section.heading.start <= d.mention.start_offset < section.heading.end for d in dated
        )
    ):
        # a page's stamp line standing alone, its tags after it: "Published: March 14, 2017 |
        # Tags: Haiti, Election Management, Training" (no activity told)
        return None
    if section.paragraphs and all(is_table_row(p.text) for p in section.paragraphs):
        # an undated table tells no activity: "Composition of the mission" / "Member body |
        # Country | Observers" / "ECZ | Zambia | 2"
        return None
    # (a title, not a sentence standing alone as one: "The head of the delegation presented
    # the report to the Committee on Foreign Relations on 2 December 2021.")
    named = (
        bool(heading)
        and bool(ACTIVITY_HEADING.search(heading))
        and not (heading.rstrip().endswith(".") and len(heading.split()) >= 12)
    )
    opening = [s for s in sents if s.paragraph == 0][:2]
    telling = next(
        (s for s in opening if _HAPPENED.search(s.text) and ACTIVITY_HEADING.search(s.text)),
        None,
    )
    if telling is not None and _PAGE_INTRO.match(telling.text):
        telling = None  # "This archive lists, by year, the missions in which ... took part"
    if (
        telling is None
        and not heading
        and opening
        and TIMELINE_YEAR.match(opening[0].text)
        and (
            ACTIVITY_HEADING.search(opening[0].text)
            or _KIND_WORD.search(opening[0].text)
            or _MISSION_ROLE.search(opening[0].text)
        )
        and not tells_future(opening[0].text)
    ):
        # a timeline's or a résumé's line of a year, naming what was done or the part
        # played: "2016: Long-term observer in the ... Mission to the Dominican Republic",
        # "Début 2020 – Une mission d'évaluation des besoins ..."
        telling = opening[0]
    if (
        telling is None
        and not heading
        and opening
        and section.year is not None
        and section.paragraphs[0].item
        and _ROLE_FIRST.match(opening[0].text)
        and not tells_future(opening[0].text)
    ):
        # a résumé's bullet under its year, opening on the part played: "2019" / "•
        # Experte en formation du projet d'appui au processus électoral à Madagascar"
        telling = opening[0]
    told = telling is not None
    kind_text = telling.text if telling is not None else None
    if not named and not told:
        return None
    if not told and _YEAR_SPAN.search(heading):
        return None  # "Archive of International Missions, 2003–2006": the years of many
    if named and not told and tells_future(heading):
        return None  # "Missions prévues en 2017 : Haïti (second tour), Sénégal"
    if named and not told and any(_listing_intro(s.text) for s in sents):
        # the page's title over what introduces its list ("WHERE WE WORK: ELECTORAL
        # OBSERVATION ... IN 2025" / "This page lists, country by country, the missions ..."):
        # the activities are its entries, told apart; what the introduction recalls is none
        return None
    if named and not told and opening and all(tells_future(s.text) for s in opening):
        # "+ Missions 2020" / "Le programme de l'année sera publié dès que ...": to come
        return None
    period = report_period(ex)
    if (
        named
        and period is not None
        and any((d.mention.start, d.mention.end) == period for d in dated)
    ):
        # a report's title over the period it covers ("PROGRESS REPORT OF THE BUREAU ..." /
        # "(1 October – 13 December 2024)"): its parts tell its activities
        return None
    if any(d.role == "planned" for d in dated) and not any(d.role == "activity" for d in dated):
        return None  # "Assemblée générale 2022 : ... se tiendra à Paris les 21 et 22 juin"
    if opening and all(none_took_place(s.text) for s in opening):
        return None  # "2003" / "No international missions took place in 2003."
    if section.turn is not None and not _YEAR_IN.search(heading):
        # under a year running between two months ("2023–2024", "Septembre 2018 – août
        # 2019"), an undated part is of either of its years: "Accueil de délégations" / "Six
        # délégations étrangères ont été reçues en 2023-2024"
        return None
    found = undated_year(section, ex.page.meta, told=told)
    if found is None:
        return None
    year, inferred = found
    return Trip(
        anchor=None, anchor_sentence=None, year=year, year_inferred=inferred, kind_text=kind_text
    )


_CELL = compile_pattern(r"[^\t|]+")


def _table_columns(ex: PageContext, trips: list[Trip]) -> None:
    """A table written one column per activity (a "Mission | Togo | Ethiopia" row over a
    "Deployment | 19 – 28 April | 17 – 27 May" row): each trip dated in a cell of a row that
    dates several is placed by the cells of its column in the table's other rows."""
    by_row: dict[int, list[Trip]] = {}
    for t in trips:
        if t.anchor is not None and t.anchor_sentence is not None and not t.countries:
            by_row.setdefault(_line_start(ex.clean, t.anchor.start_offset), []).append(t)
    for row_start, row_trips in by_row.items():
        if len(row_trips) < 2:
            continue
        row = ex.clean[row_start : _line_end(ex.clean, row_start)]
        if not is_table_row(row):
            continue
        cells = [(m.start() + row_start, m.end() + row_start) for m in _CELL.finditer(row)]
        first = Sentence(cells[0][0], cells[0][1], ex.clean[cells[0][0] : cells[0][1]], -1)
        if locations(ex, first, heading=True)[0]:
            # (a row per activity, opening on its country: "| North Macedonia | ... |
            # Skopje, 2-4 April | Skopje, 5-9 May |": placed by its own row)
            continue
        table = _table_rows(ex.clean, row_start, len(cells))
        for t in row_trips:
            assert t.anchor is not None
            k = next((i for i, (a, b) in enumerate(cells) if a <= t.anchor.start_offset < b), None)
            if k is None or k == 0:
                continue
            countries: list[str] = []
            cities: list[str] = []
            for other in table:
                if k >= len(other):
                    continue
                a, b = other[k]
                cell = Sentence(a, b, ex.clean[a:b], t.anchor_sentence.paragraph)  # type: ignore[union-attr]
                cs, ps = locations(ex, cell, heading=True)
                countries += [c for c in cs if c not in countries]
                cities += [c for c in ps if c not in cities]
            if countries:
                t.countries, t.cities = countries, cities


# A table's header cell naming where its rows' activities were held: "Date | Host | Visitors
# | Topic", "Date | Lieu | Délégation | Objet" (their visitors' column: ``VISITORS_COLUMN``).
_VENUE_HEADER = compile_pattern(
    r"\s*(?:hosts?|host body|venue|place|location|city|where|lieu|hôtes?|ville|accueil)\s*",
    re.IGNORECASE,
)


def _host_columns(ex: PageContext, trips: list[Trip]) -> None:
    """A table whose header names its host column and its visitors' ("Date | Host |
    Visitors | Topic"): each row's trip is placed by its host cell, not by its visitors'
    ("20–23 February 2023 | IEBC, Nairobi, Kenya | Electoral Commission of Zambia | ...")."""
    tops: dict[int, _Cells | None] = {}
    for t in trips:
        if t.anchor is None or t.anchor_sentence is None or t.countries:
            continue
        row_start = _line_start(ex.clean, t.anchor.start_offset)
        row = ex.clean[row_start : _line_end(ex.clean, row_start)]
        if not is_table_row(row):
            continue
        cells = [(m.start() + row_start, m.end() + row_start) for m in _CELL.finditer(row)]
        header = _table_header(ex.clean, row_start, len(cells), tops)
        if header is None:
            continue
        names = [ex.clean[a:b] for a, b in header]
        hosts = [k for k, name in enumerate(names) if _VENUE_HEADER.fullmatch(name)]
        if len(hosts) != 1 or not any(VISITORS_COLUMN.fullmatch(name) for name in names):
            continue
        a, b = cells[hosts[0]]
        cell = Sentence(a, b, ex.clean[a:b], t.anchor_sentence.paragraph)
        countries, cities = locations(ex, cell, heading=True)
        if countries:
            t.countries, t.cities = countries, cities


_Cells = list[tuple[int, int]]


def _table_header(
    text: str, row_start: int, width: int, tops: dict[int, _Cells | None]
) -> _Cells | None:
    """The cells of the first row of the table a row stands in, when that is a header (no
    date in it) other than the row itself. ``tops``: the first row found from each row
    asked before (rows asked top down each stop at the row above)."""
    top: _Cells | None = None
    at = row_start
    while at > 0:
        at = _line_start(text, at - 1)
        if at in tops and tops[at] is not None:
            top = tops[at]  # (the row above's table's first row, found already)
            break
        line = text[at : _line_end(text, at)]
        cells = [(m.start() + at, m.end() + at) for m in _CELL.finditer(line)]
        if not is_table_row(line) or len(cells) != width:
            break
        top = cells
    tops[row_start] = top
    if top is None or find_dates(text[top[0][0] : top[-1][1]])[0]:
        return None
    return top


_LENGTH_IN_BRACKETS = compile_pattern(r"^ *\([^()|\t\n]{1,30}\)")


# A plan's execution cell, up to its date: "Réalisé (", "Réalisée le ", "Held ", "Completed in ".
_HELD_CELL_OPENING = compile_pattern(
    r"(?<=[|\t])\s*(?:réalisée?s?|exécutée?s?|tenue?s?|held|completed|done|achieved|"
    r"carried out)\s*(?:\(\s*|(?:en|le|les|du|in|on|from)\s+)?$",
    re.IGNORECASE,
)


def _date_cell(text: str, m: DateMention, *, first: bool = False) -> bool:
    """Whether the date fills a cell of a table row of its own ("| Mar 2023 |", "| 14–18
    Aug 2023" closing the row); with ``first``, the row's first cell too ("2006 | Haïti |
    ...")."""
    before = text[_line_start(text, m.start_offset) : m.start_offset].rstrip(" ")
    # (its length in brackets after it, in the cell: "| octobre 2024 (3 jours) |")
    after = _LENGTH_IN_BRACKETS.sub("", text[m.end_offset : _line_end(text, m.end_offset)])
    after = after.lstrip(" ")
    if outcome := _HELD_CELL_OPENING.search(before):
        # (a plan's execution cell, the date after the word saying it was held: "| Réalisé (juin
        # 2023)", "| Held 13–16 June 2022", "| Réalisée le mardi 6 septembre 2022")
        before = before[: outcome.start()].rstrip(" ")
        if outcome.group(0).rstrip().endswith("("):
            after = after.removeprefix(")").lstrip(" ")
    return (
        (before.endswith(("|", "\t")) or (first and not before.strip()))
        and (not after or after.startswith(("|", "\t")))
        and is_table_row(text[_line_start(text, m.start_offset) : _line_end(text, m.end_offset)])
    )


def _dot_field(text: str, m: DateMention) -> bool:
    """Whether the date fills a field of a line whose fields stand between middle dots
    ("Team leader, assessment mission · 12–16 Jun 2023 · Harare, Zimbabwe"), or a numbered
    part of an answer given by its question's parts ("(ii) September 2024 (five days);")."""
    line_start = _line_start(text, m.start_offset)
    before = text[line_start : m.start_offset].rstrip(" ")
    after = text[m.end_offset : _line_end(text, m.end_offset)].lstrip(" ")
    if before.endswith("·") and (not after or after.startswith("·")):
        return True
    marks = [f for f in FIELD_MARK.finditer(text, line_start, _line_end(text, m.end_offset))]
    return (
        len(marks) >= 2
        and any(f.end() == m.start_offset for f in marks)
        and _FIELD_CLOSE.match(after) is not None
    )


# The rest of a numbered part after its date: its length in brackets, then the next part.
_FIELD_CLOSE = compile_pattern(r"(?:\([^()]{1,30}\))?\s*(?:[;.]|$)")


def _line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def _line_end(text: str, offset: int) -> int:
    end = text.find("\n", offset)
    return len(text) if end < 0 else end


def _table_rows(text: str, row_start: int, width: int) -> list[list[tuple[int, int]]]:
    """The cells of the rows of the table a row (at ``row_start``) stands in: the lines
    around it with as many cells, up to a line that is no such row."""
    rows: list[list[tuple[int, int]]] = []
    for step in (-1, 1):
        at = row_start
        while True:
            if step < 0:
                if at == 0:
                    break
                at = _line_start(text, at - 1)
            else:
                nxt = _line_end(text, at)
                if nxt >= len(text):
                    break
                at = nxt + 1
            line = text[at : _line_end(text, at)]
            cells = [(m.start() + at, m.end() + at) for m in _CELL.finditer(line)]
            if not is_table_row(line) or len(cells) != width:
                break
            rows.append(cells)
    return rows


def _split_enumerations(ex: PageContext, trips: list[Trip]) -> list[Trip]:
    """One trip per country for a sentence of plural missions over a list of countries
    (rule 5)."""
    out: list[Trip] = []
    for t in trips:
        pieces: list[Trip] = []
        for s in t.own:
            text = ex.folded(s)
            plural = _MISSIONS.search(text)
            ones = len(_ONE_IN.findall(text))
            if not plural and ones < 2:
                continue
            countries, _cities = locations(ex, s)
            if len(countries) < 2:
                continue
            if _ONE_JOURNEY.search(text):
                # (one journey through the countries in turn, whoever made it: "the chiefs of
                # both upcoming missions travelled together to San José and then to Bogotá")
                continue
            if _OTHER_ONES.match(s.text) and s is not t.anchor_sentence:
                # (the trip's others, told apart after it: "Les autres missions de l'année,
                # consacrées notamment au Sénégal et aux Comores, sont présentées ...")
                continue
            sharing = [
                o
                for o in trips
                if o.anchor is not None
                and o.anchor_sentence is not None
                and o.anchor_sentence.start == s.start
            ]
            told: str | None = s.text
            clause: Sentence | None = None
            tail = _picked_out(ex, s, t.anchor) if len(sharing) < 2 else None
            if tail is not None and (picked := locations(ex, tail)[0]):
                # the one trip a sentence's tail picks out of what it counts, where the tail
                # says ("... une délégation reçue à Moroni, ... et trois missions dans la
                # région, dont la visite d'étude à Antananarivo en septembre")
                countries, told, clause = picked, None, tail
            elif len(sharing) >= 2 and t.anchor is not None:
                # several trips dated in one sentence, each by its own country: "those to
                # Zambia in August 2016 and to Lesotho in June 2017"
                nearest = _nearest_country(ex, s, t.anchor.start_offset, countries)
                if nearest is not None:
                    countries = [nearest]
            for c in countries:
                pieces.append(
                    Trip(
                        count=1 if ones >= 2 else None,
                        anchor=t.anchor,
                        anchor_sentence=t.anchor_sentence,
                        subs=list(t.subs),
                        own=[s],
                        countries=[c],
                        split_label=c,
                        kind_text=told,
                        clause=clause,
                    )
                )
        out.extend(pieces or [t])
    return out


# One journey through several countries in turn (folded text): "travelled together", "and
# then to", "successivement", "on a single trip".
_ONE_JOURNEY = compile_pattern(
    r"\b(?:(?:travell?ed|went|flew|journeyed) together|se sont rendus ensemble|"
    r"and then (?:to|on to)|then on to|successivement|on a single trip|"
    r"lors d['’]un meme (?:voyage|deplacement)|au cours d['’]un meme (?:voyage|deplacement))\b",
    re.IGNORECASE,
)


# A sentence opening on the other missions than the one told: "Les autres missions de
# l'année", "D'autres missions", "The other missions of the year".
_OTHER_ONES = compile_pattern(
    r"\W*(?:les|the|d['’]|des)?\s*(?:autres|other)\s+(?:missions?|activit\w+|visites?|visits?|"
    r"trips?|déplacements?)\b",
    re.IGNORECASE,
)


# A sentence's tail picking one out of what it counts: ", dont la visite d'étude à
# Antananarivo en septembre", ", including the study visit to Accra in May".
_PICKED_OUT = compile_pattern(
    r",\s+(?:dont|parmi lesquel(?:le)?s|notamment|including|among them|among which)\s",
    re.IGNORECASE,
)


def _picked_out(ex: PageContext, s: Sentence, m: DateMention | None) -> Sentence | None:
    """The tail of a sentence that picks out of what it counts the one its date ``m``
    dates (from its comma to the sentence's end), or None."""
    if m is None or not s.start <= m.start_offset < s.end:
        return None
    tails = list(_PICKED_OUT.finditer(ex.clean, s.start, m.start_offset))
    if not tails:
        return None
    a = tails[-1].start() + 1
    return Sentence(a, s.end, ex.clean[a : s.end], s.paragraph)


def _nearest_country(ex: PageContext, s: Sentence, at: int, countries: Sequence[str]) -> str | None:
    """The country of ``countries`` the sentence names last before the offset ``at`` (a
    date), in the same clause: "to Lesotho in June 2017"."""
    best: tuple[int, str] | None = None
    for h in ex.hits(s):
        if h.end > at or h.refs[0] not in countries:
            continue
        if h.category == "place":
            continue
        if ";" in ex.clean[h.end : at] or at - h.end > 60:
            continue
        if best is None or h.end > best[0]:
            best = (h.end, h.refs[0])
    return best[1] if best is not None else None


def in_item(trip: Trip, section: Section) -> bool:
    """Whether the trip was read from a list item of its own (of ``section``, its section);
    not from a bulleted listing line ("● 3–7 Apr ’17"), the date of the entry its title and
    text tell."""
    s = trip.anchor_sentence
    return (
        s is not None
        and 0 <= s.paragraph < len(section.paragraphs)
        and section.paragraphs[s.paragraph].item
        and not section.paragraphs[s.paragraph].detail
    )


def _offset(d: Dated) -> int:
    return d.mention.start_offset


def _after(first: PartialDate, later: PartialDate, *, max_days: int) -> bool:
    """Whether ``later`` is a day after ``first`` within ``max_days`` (a missing year is
    taken as the same; a later month of a year end as the next year)."""
    if first.month is None or later.month is None or first.day is None or later.day is None:
        return False
    if first.year is None and later.year is not None:
        # ("le dimanche 2 mars ... jusqu'au samedi 8 mars 2025": the year written once)
        y1 = later.year if later.month >= first.month else later.year - 1
    else:
        y1 = first.year or 2001
    y2 = later.year or (y1 if later.month >= first.month else y1 + 1)
    try:
        gap = (dt.date(y2, later.month, later.day) - dt.date(y1, first.month, first.day)).days
    except ValueError:
        return False
    return 0 < gap <= max_days
