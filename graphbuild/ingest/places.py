"""Where things happen: the countries and cities of a sentence, and of a record.

A country or city named in a sentence is where something happened when the words before it
say so ("in", "to", "at", "visiting", "au", "en", "en République bolivarienne du
Venezuela", "l'Atelier de travail de Québec"), when it goes on a list that began so ("in
Mali, Guatemala and Togo", "au Mexique, au Québec et au Brésil"), as "Colombia's
presidential election", in a table's or listing line's place cell ("| Dakar, Sénégal |"),
in a news item's dateline ("OUAGADOUGOU, 27 nov. 2015 –"), or in a heading; not when it is
named in passing ("20 representatives from Belgium, Benin ...", secretariats "établis au
Mexique") or in a clause about another time ("lors de la présidentielle tenue à Accra").

A record's places: see :func:`record_places`. Names written where a place goes that the
gazetteers lack ("à Salta") are reported whole, never dropped without a word. Cities written
bare in French ("à Québec") are found with the other names (``mentions.py``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet

from graphbuild.gazetteer import Gazetteer
from graphbuild.ingest.context import PageContext
from graphbuild.ingest.date_roles import (
    DATELINE_HEAD,
    DID_FAR_BEFORE,
    EARLIER_MISSION_PLACE,
    EARLIER_THIS,
    PLACES_IN_BRACKETS,
    REFERENCE_BEFORE,
    is_dateline,
    tells_future,
)
from graphbuild.ingest.dates import DATE_OPENING_WORDS, WEEKDAY_NAMES, find_dates, month_number
from graphbuild.ingest.layout import BlockKind, table_header
from graphbuild.ingest.lexicon import WORDS, alternatives
from graphbuild.ingest.names import NameHit, fold
from graphbuild.ingest.publisher import (
    WE_HOSTED,
    footer_address,
    held_by_the_publisher,
    region_country,
)
from graphbuild.ingest.relative_dates import relative_dates
from graphbuild.ingest.sentences import Sentence
from graphbuild.pattern_cache import compile_pattern
from graphbuild.records import Mention

# Between two names of one list: "Mali, Guatemala and Togo", "au Mexique, au Québec et au
# Brésil" (an unknown name may stand between).
_LIST_GAP = compile_pattern(
    r"\s*(?:,|,?\s*and|et|\s)\s*(?:(?:au|aux|à|a|en|in|to)\s+)?"
    r"(?:[A-Z][\w'’-]+\s*(?:,|,?\s*and|et)\s*(?:(?:au|aux|à|a|en|in|to)\s+)?)?"
)

# A mission prepared at its body's seat, before the town: "Préparée ... au siège de
# l'Organisation, à ", "prepared at the headquarters in ".
_PREPARED_AT_THE_SEAT = compile_pattern(
    r"\b(?:pr[ée]par[ée]e?s?|prepared)\b[^.;]{0,60}?\b(?:si[èe]ge|headquarters|seat)\b[^.;]{0,30}$",
    re.IGNORECASE,
)
_OTHERS_LATER = compile_pattern(
    r"\b(?:who|which|qui)\s+(?:(?:have|had|has|ont|avaient|sont|s['’]\w+)\s+)?"
    r"(?:later|subsequently|then|afterwards|ensuite|plus tard|par la suite)\b[^.;]{0,40}$",
    re.IGNORECASE,
)

_BODY_OF = compile_pattern(
    r"\b(?:Commission|Council|Conseil|Autorité|Authority|Office|Tribunal|Cour|Court|Institute|"
    r"Institut|Agence|Agency|Bureau|Ministère|Ministry|Parlement|Parliament|Assemblée|"
    r"Assembly|Chambre|Chamber|Instance|Direction|Department)\b[^,;:.|–—]{0,60}?\s"
    r"(?:de la|de l['’]|du|des|de|d['’]|of(?: the)?)\s*$"
)

_WHERE_IN_GAP = compile_pattern(r"(?:,\s*|^\s+)(?:in|à|a|en|au|aux|at)\s+$")

# Where no one of the trip went: "no member was deployed in Iraq", "without travelling to",
# "sans se rendre en" (folded text).
_NOT_THERE = compile_pattern(
    r"\b(?:no|aucun|aucune)\s+(?:\w+\s+){0,2}?(?:was|were|has been|have been|went|travell?ed|"
    r"a ete|n['’]a ete|n['’]ont ete|ne s['’]est rendue?|ne se sont rendue?s)\s+(?:\w+\s+){0,1}?"
    r"(?:in|to|into|en|au|aux|a|dans)\s+$"
    r"|\b(?:without (?:going|travell?ing|setting foot|being deployed)|sans se rendre|"
    r"sans aller)\s+(?:in|to|into|en|au|aux|a|dans)\s+$",
    re.IGNORECASE,
)


def _denied(ex: PageContext, sents: Sequence[Sentence]) -> set[str]:
    """The countries ``sents`` say no one of the trip went to ("no member was deployed in
    Iraq")."""
    out: set[str] = set()
    for s in sents:
        text = ex.folded(s)
        for h in ex.hits(s):
            if h.category == "country" and _NOT_THERE.search(
                text[max(0, h.start - s.start - 80) : h.start - s.start]
            ):
                out.add(h.refs[0])
    return out


# Where a thing is in use, just before the place (folded text): "le vote électronique utilisé
# à", "the system used in", "en vigueur au", "introduced in".
_IN_USE_THERE = compile_pattern(
    r"\b(?:utilisee?s?|employee?s?|en usage|en vigueur|pratiquee?s?|introduite?s?|adoptee?s?|"
    r"used|in use|in force|applied|introduced)\s+(?:in|a|en|au|aux|dans)"
    r"\s+(?:the\s+|la\s+|le\s+|l['’])?$",
    re.IGNORECASE,
)


# A talk and its topic, before a people's adjective naming a vote: "est intervenue sur le bilan
# de la présidentielle", "spoke on the lessons of the", "a présenté les enseignements des".
_TALK_TOPIC_BEFORE = compile_pattern(
    r"\b(?:intervenue?s?|parlée?|spoke|speaking|talked|talking|presented|presenting|"
    r"présentée?s?|a présenté|ont présenté|exposée?)\s+(?:sur|on|about)?\s*[^.;]{0,70}$"
    r"|\b(?:bilan|leçons|enseignements|lessons|retour d['’]expérience)\s+(?:of|from|on|de|du|des|"
    r"d['’]|sur)\s*[^.;]{0,50}$",
    re.IGNORECASE,
)


# Going back to a place, just before it (folded text): "returned to ", "went back to ", "sont
# retournés à ", "est revenue à ".
_BACK_TO = compile_pattern(
    r"\b(?:returned|went back|came back|retourn[ée]e?s?|revenue?s?)\s+(?:to|in|a|au|en)\s+$",
    re.IGNORECASE,
)
# A mission of its own as what went back, before it: "A follow-up mission returned to ", "une
# mission de suivi est retournée à " (not a team home again: "The team returned to Canberra").
_MISSION_BACK_BEFORE = compile_pattern(
    r"\b(?:(?:follow-?up|second|another|new|nouvelle|deuxième|seconde)\s+missions?|"
    r"missions? de suivi)\b[^.;,]{0,25}?\s+"
    r"(?:returned|went back|came back|est retournée?|sont retournée?s|est revenue?|"
    r"sont revenue?s)\s+(?:to|in|à|au|en)\s+$",
    re.IGNORECASE,
)
# ... for an event there, right after the place: " for a lessons-learned workshop", " pour un
# atelier".
_FOR_AN_EVENT_AFTER = compile_pattern(
    r"\s*,?\s*(?:for|pour)\s+(?:a|an|the|un|une|le|la|l['’])\s*(?:[\w'’-]+\s+){0,3}?"
    r"(?:workshops?|seminars?|conferences?|meetings?|trainings?|courses?|sessions?|missions?|"
    r"ateliers?|séminaires?|conférences?|réunions?|formations?|sessions?|retreats?|retraites?)\b",
    re.IGNORECASE,
)


# A vote held elsewhere meanwhile, just before its place (folded text): "while the September
# 16 by-elections took place in ", "alors que les élections partielles se tenaient à ".
_VOTE_HELD_THERE = compile_pattern(
    r"\b(?:while|whereas|as|meanwhile|alors que|tandis que|pendant que)\b[^.;]{0,60}"
    r"\b(?:elections?|by-elections?|polls?|votes?|referendums?|scrutins?|partielles)\b"
    r"[^.;]{0,20}\b(?:took place|were held|was held|went ahead|se (?:sont )?(?:tenai\w*|tenue?s|"
    r"deroul\w*)|(?:avai\w*|ont eu) lieu)\s+(?:in|a|au|aux|en|dans)\s+"
    # (the next of its towns: "se tenaient à Sherbrooke et à ")
    r"(?:[^.;]{0,60}?(?:,|\band\b|\bet\b)\s*(?:(?:in|a|au|aux|en|dans)\s+)?)?$",
    re.IGNORECASE,
)


# Home again, at a sentence's or title's opening (folded text): "Home in ", "Back in ",
# "De retour à ", "Rentrés à ".
_HOME_AGAIN = compile_pattern(
    r"(?:^|[.!?]\s+)\W*(?:(?:safely\s+)?(?:home|back)\s+(?:in|to|at)|de retour (?:a|au|en|dans)|"
    r"rentree?s? (?:a|au|en))\s+$",
    re.IGNORECASE,
)


# The way home, just before the place (folded text): "avant de rentrer à ", "a regagné ",
# "before returning to ".
_GOING_HOME = compile_pattern(
    r"\b(?:rentrer|regagner|rentree?s?|(?:a|ont|avant de) regagne|returning|heading home)\s+"
    r"(?:(?:a|au|aux|en|to|in)\s+)?$",
    re.IGNORECASE,
)


# A calendar entry: its days, then its title past a colon ("Mon 27 May – Fri 7 June: ...").
# (or its middle dot: "- 24–28 October 2024 · Election Visitor Program ..., Tashkent, with ...")
_DATED_ENTRY = compile_pattern(r"(?:[A-ZÀ-Ý –-]{3,30}\n)?[^:\n]{0,40}\d[^:·\n]{0,30}(?::|\s·)\s")
# A list item's title line: its bullet, its date, a dash ("• Septembre – Mission ...").
_BULLETED_TITLE = compile_pattern(r"\s*[•·▪*–—-]\s+[^\n–—]{1,40}?\s[–—-]\s")
# A list item labelled by its month: "• March: BRIDGE course ..., Suva."
_MONTH_ITEM = compile_pattern(r"\s*[•·▪*–—-]\s+(?P<month>[^\W\d_]{3,12})\.?\s*:\s")


def _month_item(text: str) -> bool:
    """Whether a sentence is a list item labelled by its month ("• March: ...")."""
    m = _MONTH_ITEM.match(text)
    return m is not None and month_number(m.group("month")) is not None


# What closes an entry's place: its stop, or the rest of the line after a comma.
_ENTRY_PLACE_END = compile_pattern(r"\s*(?:[.;]|$|,\s)")


# A person's former post, in apposition to their name (folded text): ", a former deputy
# supervisor of elections in ", ", ancien président de la commission électorale du ".
_PERSONS_PAST = compile_pattern(
    r",\s*(?:(?:a|an|the)\s+)?(?:former|retired|ex-)\s[^,;.()]{0,60}$"
    r"|,\s*(?:(?:un|une|l['’])\s*)?(?:ancien(?:ne)?|ex-)\s[^,;.()]{0,60}$",
    re.IGNORECASE,
)


# Where a mission worked from, though not the country it studied: "the mission worked from
# Amman", "a suivi le scrutin depuis Dakar".
_WORKED_FROM = compile_pattern(
    r"\b(?:worked|working|operated|operating|(?:followed|observed|monitored)(?:\s+\w+){0,3}?)"
    r"\s+from\s+$"
    r"|\b(?:travaille|opere|(?:suivi|observe)(?:\s+\w+){0,3}?)\s+depuis\s+$",
    re.IGNORECASE,
)
# A body whose country follows: "the Union Election Commission of Myanmar", "la CENI du
# Togo"; its acronym: "deux experts de l'ISIE de Tunisie", "the NEC of"; its acronym in
# brackets after its name: "l'Agence nationale de gestion des élections (ANGE) du Tchad".
_BODY_COUNTRY_WORDS = (
    r"\b(?:commission|council|conseil|institute|institut|tribunal|court|cour|authority|"
    r"autorit[ée]|agency|agence|office|ministry|minist[èe]re|instance|ceni|cena|cei|board|"
    r"committee|comit[ée]|bureau|body)\s+"
    # (or "for": "the Electoral Commission for Sierra Leone")
    r"(?:[\w'-]+\s+){0,4}?(?:of|for|de|du|des|d')\s*(?:the\s+|la\s+|l')?"
    # (the country's formal name: "Commission électorale centrale de la République de")
    r"(?:(?:r[ée]publique|republic)(?:\s+[\w-]+){0,2}?\s+(?:of|de|du|d')\s*(?:the\s+|l')?)?$"
    r"|(?-i:\b[A-Z]{2,6})\s+(?:of|de|du|d')\s*(?:the\s+|la\s+|l')?$"
    r"|\((?-i:[A-Z][A-Za-z]{1,7})\)\s+(?:of|de|du|d')\s*(?:the\s+|la\s+|l')?$"
)

# A town's hosting verb right after its name (folded text): " a accueilli", " abritait",
# " hosted".
_TOWN_HOSTED_AFTER = compile_pattern(
    r"\s+(?:(?:a|avait)\s+(?:accueilli|abrite|recu)|accueill(?:e|ait)|abrit(?:e|ait)|"
    r"hosted|hosts|welcomed|played host)\b",
    re.IGNORECASE,
)

_FROM_BEFORE = compile_pattern(
    r"\bfrom\s+(?:the\s+)?(?:\w+\s+){0,1}$"
    # the bodies a mission's members came from: "drawn from the electoral commissions of"
    r"|\b(?:commissions|bodies|authorities|organi[sz]ations|parlements|parliaments|"
    r"commissions [ée]lectorales|organes [ée]lectoraux)\s+(?:of|de|du|des|d['’])\s*(?:the\s+)?$"
    # where the visitors came from, and the places listed after it: "Ils venaient de Dakar,
    # de Cotonou, de Port-au-Prince ou de Mexico", "they came from Accra and Lomé"
    r"|\b(?:venai(?:en)?t|venue?s?|viennent|came|come|coming|hail(?:ed|ing)?)\s+"
    r"(?:de|d['’]|du|des|from)\s+(?:[^.;:]{0,80}?(?:,|\bou\b|\bor\b|\bet\b|\band\b)\s*"
    r"(?:de\s+|d['’]|du\s+|des\s+|from\s+)?)?$"
    # where bodies are based, not where things happen: "secrétariats établis au Mexique"
    r"|\b(?:[ée]tablie?s?|bas[ée]e?s?|install[ée]e?s?|based|headquartered|located|"
    # where a body was founded: "créé à Conakry en 2008", "founded in Stockholm in 1995"
    r"cr[ée][ée]e?s?|fond[ée]e?s?|founded|created|established)\s+"
    r"(?:(?:à|au|aux|en|in|at)\s+)?(?:\w+\s+){0,1}$"
    # home again after the trip: "has returned to Nairobi", "est rentrée à Dakar"
    r"|\b(?:returned|come back|came back|rentr[ée]e?s?|revenue?s?|de retour)\s+(?:home\s+)?"
    # (its day between: "est rentrée lundi soir à Dakar", "returned on Sunday to Lusaka")
    # (the text is folded: "à" is "a")
    r"(?:(?:on\s+)?[\w'’-]+\s+(?:(?:soir|matin|night|evening|morning)\s+)?)?(?:to|in|à|a|au|en)\s+$"
    # "a déclaré M. N'Guessan à son retour à Abidjan", "on their return to Accra"
    r"|\b(?:a|à)\s+(?:son|sa|leur)\s+retour\s+(?:a|à|au|en)\s+$"
    r"|\bon\s+(?:its|their|his|her)\s+return\s+(?:home\s+)?to\s+$"
    # "flew back to Lusaka", "headed home to Accra", "ont regagné Dakar"
    r"|\b(?:flew|travell?ed|headed|went|got)\s+(?:back|home)\s+(?:to\s+)?$"
    r"|\b(?:a|ont|avons|sont|est)\s+regagné(?:e?s?)\s+(?:\w+\s+)?$"
    # (a programme's last line: "retour en France", "return to Canada", "departure for Paris")
    r"|\b(?:retour|return(?:ing)?|d[ée]part pour|departure for|flight (?:back )?to|"
    r"vol (?:retour )?pour)\s+"
    r"(?:(?:to|in|à|a|au|aux|en|vers)\s+)?$"
    # people of a country, where they come from: "for Election Officials of Bhutan",
    # "des fonctionnaires du Niger"
    r"|\b(?:officials|officers|staff|delegates|visitors|participants|trainees|"
    r"fonctionnaires|agents|cadres|délégués|visiteurs|stagiaires)\s+(?:of|from|de|du|des|d['’])"
    r"\s*(?:the\s+)?$"
    # a body's seat: "le secrétariat, dont le siège est à Québec", "whose headquarters are in"
    r"|\b(?:si[èe]ge|seat|headquarters|secr[ée]tariat)\b[^.;,]{0,25}\b(?:est|se trouve|is|are)\s+"
    r"(?:situ[ée]e?\s+)?(?:à|au|en|in|at)\s+$"
    # a body's country (``_BODY_COUNTRY_BEFORE``)
    r"|" + _BODY_COUNTRY_WORDS + r"|(?-i:\b[A-Z]{2,6})\s*\($",  # "un membre de l'ISIE (Tunisie)"
    re.IGNORECASE,
)

# The part of ``_FROM_BEFORE`` that names a body whose country follows.
_BODY_COUNTRY_BEFORE = compile_pattern(_BODY_COUNTRY_WORDS, re.IGNORECASE)

_WHERE_BEFORE = compile_pattern(
    # (a journey on, its place the verb's object: "avant de rejoindre Accra où")
    r"\b(?:rejoindre|rejoint|rejoignant|proceeded to|went on to|travell?ed on to)\s+$|"
    # observers spread over places: "répartis entre Port-au-Prince, ...", "deployed across"
    r"\b(?:r[ée]partie?s?|d[ée]ploy[ée]e?s?|deployed|spread|distributed)\s+(?:entre|across|"
    r"between|among|throughout)\s+$|"
    r"(?:\b(?:in|to|at|visiting|visited|visit|toured|touring|toward|towards|for|en|au|aux|a|dans|"
    r"inside|within)\s+(?:the\s+|(?<=dans\s)(?:la|le|les)\s+)?"
    r"(?:(?:Republic|State|Islamic Republic|Plurinational State)\s+of\s+(?:the\s+)?|"
    # "en République bolivarienne du Venezuela", "au Royaume du Maroc"
    r"(?:r[ée]publique|[ée]tat|royaume|principaut[ée])(?:\s+[\w-]+){0,2}?\s+"
    r"(?:du|de la|de l['’]|des|de|d['’])\s*)?|\bcountries\s+of\s+(?:the\s+)?"
    # an event named after its place: "l'Atelier de travail de Québec", "Summit of Quebec"
    r"|\b(?:atelier|s[ée]minaire|conf[ée]rence|sommet|forum|colloque|rencontre|workshop|"
    r"seminar|conference|summit|meeting)(?:\s+[\w-]+){0,3}?\s+(?:de|d['’]|of|in)\s*"
    # a listing entry's field: "Venue: Apia, Samoa", "Lieu : Dakar"
    r"|^\W*(?:venue|lieu|location|localisation|place|where|où)\s*:\s*"
    # (or after the field before it on its line: "Dates : 20-22.01.2025 – Lieu : Dakar")
    r"|[–—|·;-]\s*(?:venue|lieu|location|localisation|place|where|où)\s*:\s*"
    # the polling stations observed: "les bureaux de vote de la région de Québec", "polling
    # stations of Freetown"
    r"|\b(?:bureaux de vote|centres de vote|lieux de vote|polling (?:stations|centres|centers))"
    r"\s+(?:de|du|des|d['’]|of)\s*(?:(?:la\s+)?(?:r[ée]gion|ville|province)\s+(?:de|d['’])\s*)?"
    # the body's premises where it received: "à son siège de Ouagadougou", "at its
    # headquarters in Ottawa"
    r"|\b(?:[àa]|au|at|in|dans)\s+(?:son|sa|ses|leur|leurs|notre|nos|its|their|our|the)\s+"
    r"(?:si[èe]ge|headquarters|"
    r"locaux|bureaux|offices)\s+(?:de|d['’]|à|in|at)\s*"
    # a venue named for its town: "au Palais du peuple de Moroni", "à l'hôtel Azalaï de
    # Nouakchott", "au Centre international de conférences d'Abuja"
    r"|\b(?:[àa]u|[àa]\s+l['’]|[àa]\s+la)\s*(?:palais|h[ôo]tel|centre|salle|maison|stade|"
    r"auditorium|universit[ée]|campus|immeuble|amphith[ée][âa]tre)(?:\s+[\w'’-]+){0,4}?\s+"
    r"(?:de|d['’])\s*)$",
    re.IGNORECASE,
)

# (or a comma, then the election the entry is about: "– Tunisie, élections législatives du 6
# octobre 2019 : ...", "- Ghana, general elections of"; folded text)
_LABEL_COLON = compile_pattern(
    r"\s*:\s|\s*,\s*(?:(?:the|les?|la|l['’])\s+)?(?:elections?|presidentielle|legislatives|"
    r"municipales|referendum|scrutin|(?:presidential|parliamentary|legislative|general|local|"
    r"municipal)\s+(?:elections?|polls?))\b",
    re.IGNORECASE,
)
# ... its country in brackets after it: "Niamey (Niger) : " of "• Début février, Niamey (Niger) :
# mission d'évaluation ...".
_BRACKETED_LABEL_COLON = compile_pattern(r"\s*\([^()\n]{2,40}\)\s*:\s")
_ENTRY_OPENING = compile_pattern(r"(?:^|\n|[–—]\s|[•▪●*-]\s)\s*$")
_DATE_THEN_COMMA = compile_pattern(
    r"(?:^|\n)[ \t]*(?:[•▪●*–—-][ \t]+)?(?P<date>[^,\n:]{3,40}),\s*$"
)


def _dated_item_opening(before: str) -> bool:
    """Whether a line opens on its date, then a comma, up to here (a list item's date before
    its place: "- 17–19 mai, " of "- 17–19 mai, Niamey : module BRIDGE ...")."""
    m = _DATE_THEN_COMMA.search(before)
    if m is None:
        return False
    date = m.group("date").strip()
    found = find_dates(date)[0]
    return (
        len(found) == 1
        and found[0].end_offset == len(date)
        # (perhaps after its preposition: "• À la mi-juin, Port-Louis (Maurice) : séminaire")
        and (
            found[0].start_offset == 0
            or bool(_DATE_OPENING.fullmatch(date, 0, found[0].start_offset))
        )
    )


_DATE_OPENING = compile_pattern(rf"{DATE_OPENING_WORDS}\s+", re.IGNORECASE)


# An event's name, then its place set off by a comma: "Regional workshop on electoral
# disputes, Tunis, organised with", "Third General Assembly, Amman, Jordan".
_EVENT_THEN_PLACE = compile_pattern(
    r"\b(?:atelier|s[ée]minaire|conf[ée]rence|assembl[ée]e|r[ée]union|colloque|forum|"
    r"workshop|seminar|conference|assembly|meeting)\b[^.;,:()\t|]{0,70}"
    # (the body's acronym in brackets between: "Assemblée de l'Union interparlementaire (UIP),")
    r"(?:\((?-i:[A-Z][A-Za-z-]{1,9})\)\s*)?,\s*$",
    re.IGNORECASE,
)

# An event named by its town, French's "de" before it: "la session plénière de", "au
# séminaire international de", "l'atelier régional d'".
_EVENT_OF_THE_TOWN = compile_pattern(
    r"\b(?:session|sommet|atelier|seminaire|conference|assemblee|reunion|colloque|forum|"
    r"congres)(?:\s+(?:pleniere|generale|regionale?|internationale?|annuelle|"
    r"sous-regionale?))?\s+(?:de|d['’])\s*$"
)


_PREPARING = compile_pattern(r"\b(?:prepar\w*|en vue d|ahead of|suite d|follow\w*)")


_POSSESSIVE_ELECTION = compile_pattern(
    r"'s?\s+(?:\w+\s+){0,3}(?:presidential|legislative|parliamentary|general|"
    r"municipal|elections?|election)"
    # a country named as the election's: "for the Fiji general election"
    r"|\s+(?:(?:national|general|presidential|legislative|parliamentary|municipal|local|"
    r"provincial|state)\s+){1,2}elections?\b"
)

# A city the gazetteers lack between the locative and its country: "in Stockholm, Sweden",
# "à Saltillo, au Mexique", "en Ciudad de Panamá, Panamá", "à Sinaia (Roumanie)" (read on
# the text as written).
_UNKNOWN_CITY_BEFORE = compile_pattern(
    r"\b(?:in|at|near|à|a|au|aux|en|dans|près de)\s+[A-ZÀ-Ý][\w'’.-]+"
    r"(?:[ -](?:de |del |do |da |la |el )?[A-ZÀ-Ý][\w'’.-]+){0,3}"
    # "in Stockholm, Sweden", "à Sinaia (Roumanie)"
    r"(?:,\s*(?:(?:au|en|aux)\s+)?|\s*\()$"
)

_FROM_WORD = compile_pattern(r"\bfrom\s")
# An entry's venue field: "Lieu : Hôtel Kaloum, Conakry", "Venue: Apia, Samoa".
_VENUE_LINE = compile_pattern(
    r"\W*(?:venue|lieu|location|localisation|place|where|où)\s*:\s*", re.I
)

# Who a bracketed country may belong to: "Mme X, députée (Côte d'Ivoire)".
_PERSON_BEFORE = compile_pattern(
    r"(?:d[ée]put[ée]e?s?|s[ée]nat\w*|\bMP|pr[ée]sident\w*|ministre|minister|membre|member|"
    r"chef|head|conseill\w+|advis\w+|expert\w*|observat\w+|observer\w*|"
    r"(?-i:[A-Z][\w'’-]+\s+[A-Z][\w'’-]+))\s*,?\s*$",
    re.IGNORECASE,
)
# Columns of a table on a line: cells between bars or tabs, or aligned by runs of spaces.
_COLUMNS = compile_pattern(r"[|\t]|\S {3,}\S")


def _line_of(text: str, at: int) -> str:
    """The line of ``text`` holding offset ``at``."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start : end if end >= 0 else len(text)]


# A place in brackets closing its line or sentence: "(Dakar)", "(Bangui, Centrafrique)".
_VENUE_IN_BRACKETS = compile_pattern(r"(?:,\s*[^()\n]{2,40})?\)\s*[.;]?\s*(?:\n|$)")

# The pluperfect among the cues of another time (``REFERENCE_BEFORE``).
_PLUPERFECT = compile_pattern(r"(?:l['’]|s['’])?(?:avait|avaient|had)\b", re.IGNORECASE)

# "Earlier," or "Plus tôt," opening a sentence.
_EARLIER_OPENING = compile_pattern(r"\W*(?:earlier|plus tot|auparavant)\s*,", re.IGNORECASE)

# A clause joined to a pluperfect's, in another tense: "et ont suivi", "and were deployed".
_CLAUSE_IN_ANOTHER_TENSE = compile_pattern(
    r"\b(?:et|puis|and|then)\s+(?:ont|a|sont|est|were|was|have|has)\s+[^\W\d_]", re.IGNORECASE
)

# (a dash between two figures is a span's, not a cell's edge: "21–24 Apr.")
_CELL = compile_pattern(r"(?:[^|\t·•–—]|(?<=\d)[–—](?=\s?\d))+")

# ("Dakar, Sénégal", "Accra (Ghana)")
_PLACE_CELL = compile_pattern(
    r"\s*[A-ZÀ-Ý][\w'’ .-]{1,40}(?:,\s*[A-ZÀ-Ý][\w'’ .-]{1,40}){0,2}"
    r"(?:\s*\([A-ZÀ-Ý][\w'’ .-]{1,40}(?:,\s*[A-ZÀ-Ý][\w'’ .-]{1,40}){0,3}\))?\s*"
)


# The fields of an answer given in its question's numbered parts: "Trip 1 – (i) Accra, Ghana;
# (ii) May 29 to June 3, 2024; (iii) ...", "(a) Dakar (Sénégal) ; (b) du 3 au 5 mai".
FIELD_MARK = compile_pattern(r"(?:^|(?<=[\s;:–—-]))\((?:[ivx]{1,4}|[a-h])\)\s+")
_FIELD = compile_pattern(r"[^;]+")


def _place_cells(text: str) -> list[tuple[int, int]]:
    """The cells of a table row or listing line ("| Dakar, Sénégal |", "· Tunis, Tunisia",
    "Mali – observation – 8-15 août"), or the parts of an answer given by its question's
    numbered fields ("(i) Accra, Ghana; (ii) ..."), that hold a place name and nothing else:
    offsets into the text."""
    marks = list(FIELD_MARK.finditer(text))
    if len(marks) >= 2:
        fields = [
            (mark.end(), field.end())
            for mark in marks
            if (field := _FIELD.match(text, mark.end())) is not None
        ]
        return [
            (a, b)
            for a, b in fields
            if _PLACE_CELL.fullmatch(text[a:b]) and len(text[a:b].split()) <= 6
        ]
    if not any(ch in text for ch in "|\t·•–—"):
        return []
    out = []
    for m in _CELL.finditer(text):
        cell, start, end = m.group(0), m.start(), m.end()
        first = not text[: m.start()].strip()
        label = _CELL_LABEL.match(cell) if first and "|" in text else None
        if label is not None:
            # (a listing line's label before its first cell: "Annex (summary): Kathmandu,
            # 21–24 Apr. | Malé, 7–10 Sep.")
            cell, start = cell[label.end() :], m.start() + label.end()
        dated = _CELL_DATE.search(cell)
        found = find_dates(cell[dated.start() :])[0] if dated is not None else []
        if (
            dated is not None
            and found
            # a place, then its date, after a title: "Formation – Niamey, 3-4-5 décembre
            # 2018", or in a bar's cell of its own ("| Malé, 7–10 Sep. |"; not a dateline
            # opening the text: "Paris, 21 March 2025 – ...")
            and (
                not first
                or ("|" in text and not cell[dated.start() + found[-1].end_offset :].strip(" .;,"))
            )
        ):
            cell, end = cell[: dated.start()], start + dated.start()
        if _PLACE_CELL.fullmatch(cell) and len(cell.split()) <= 6:
            out.append((start, end))
    return out


# A listing line's label, opening its first cell: "Annex 1 (excerpt): ", "Venues: ".
_CELL_LABEL = compile_pattern(r"\s*[A-ZÀ-Ý][\w'’ .()-]{0,40}:\s+")


# Where a cell's date begins after its place: ", 3-4-5 décembre 2018", ", mi-octobre 2018",
# ", mars 2025, avec l'appui de ...".
_CELL_DATE = compile_pattern(
    r",\s*(?=\S*\d|(?:mi|début|fin|early|late|mid)\b|"
    rf"(?:{alternatives(WORDS.months)})\b)",
    re.IGNORECASE,
)


def locations(
    ex: PageContext, sentence: Sentence, *, heading: bool = False, elections: bool = True
) -> tuple[list[str], list[str]]:
    """Countries (alpha-3) and place ids named as where things happen in a sentence
    (``elections`` False: not a country named only as an election's, "ahead of Kenya's
    general elections")."""
    key = (sentence.start, sentence.end, heading, elections)
    cached = ex.location_memo.get(key)
    if cached is None:
        cached = _find_locations(ex, sentence, heading=heading, elections=elections)
        ex.location_memo[key] = cached
    return list(cached[0]), list(cached[1])


# A former post's years in brackets after its place: "(2016-2019)", "(2012–2015)".
_TENURE_AFTER = compile_pattern(
    r"\s*\(\s*(?:19|20)\d\d\s*[-–—]\s*(?:(?:19|20)?\d\d|present|aujourd['’]hui)\s*\)"
)
# ... and the post named as a former one before it: "Ancienne conseillère", "Former adviser".
_FORMER_POST_BEFORE = compile_pattern(
    r"\b(?:former|formerly|ex-|ancien(?:ne)?|précédemment|previously)\b", re.IGNORECASE
)


# A capital named by its people's adjective: "la capitale burkinabè", "the Kenyan capital".
_CAPITAL_OF_A_PEOPLE = compile_pattern(
    r"\bla capitale (?P<fr>[a-zà-ÿ]{4,})\b|\bthe (?P<en>[A-Z][a-z]{3,}) capital\b"
)


# A dateline with no date: a place, its country perhaps, and a dash opening the text.
_DATELESS_DATELINE = compile_pattern(
    # (a city's small words: "Port of Spain", "Rio de Janeiro", "Dar es Salaam")
    r"\W*(?P<place>[A-ZÀ-Ý][\w'’.-]*(?:[ -](?:(?:of|de|da|do|du|des|la|el|es)\s)?"
    r"[A-ZÀ-Ý][\w'’.-]*){0,3}"
    r"(?P<country>,\s*[A-ZÀ-Ý][\w'’.-]*(?:\s(?:of\s|and\s|the\s)?[A-ZÀ-Ý][\w'’.-]*){0,3})?)"
    # (the site or the agency that tells it after the place: "Jakarta, kpu.go.id - ",
    # "Niamey, (ANP) - ")
    # (a hyphen with spaces around it, as plain text writes the dash: "Manila - The")
    r"(?:(?:,\s*[\w-]+(?:\.[a-z]{2,})+|,?\s*\([A-Z]{2,8}\))\s+[-–—]|\s*[–—]|[ \t]+-"
    # (or a colon after a city and its country, as releases write it: "Kingston, Jamaica: The")
    r"|(?P<colon>:))\s+\S"
)


def _dateless_dateline(
    ex: PageContext, sentence: Sentence
) -> tuple[re.Match[str] | None, list[NameHit]]:
    """A dateline with no date opening the sentence ("London, United Kingdom – The final
    report", "Kingston, Jamaica: The Electoral Office ..."), and the names of its place; (None,
    []) when it opens with none."""
    bare = _DATELESS_DATELINE.match(sentence.text)
    if bare is not None and bare.group("colon") and not bare.group("country"):
        return None, []  # (a title's label: "Senegal: presidential election")
    before_dash = (
        [h for h in ex.hits(sentence) if h.start - sentence.start < bare.end("place")]
        if bare
        else []
    )
    if bare is not None and not before_dash and bare.group("place").isupper():
        # (its place in capitals, in a sentence that is not: "NAIROBI — The commission ...")
        before_dash = [
            dataclasses.replace(h, start=h.start + sentence.start + bare.start("place"))
            for h in ex.index.find(bare.group("place").title())
            if h.start == 0 and h.end == len(bare.group("place"))
        ]
    if (
        bare is None
        or not before_dash
        or not all(h.category in ("country", "place") for h in before_dash)
        # (not the publisher's name in the page's title: "CENA Bénin – Actualités")
        or any(
            _in_publisher_name(ex, sentence.text, h.start - sentence.start, h.end - sentence.start)
            for h in before_dash
        )
        or _OPENS_WITH_A_DATE.match(sentence.text, bare.end() - 1)
    ):
        return None, []
    return bare, before_dash


def _add_places(
    ex: PageContext, hits: Sequence[NameHit], countries: list[str], cities: list[str]
) -> None:
    """Add the countries and cities the place names ``hits`` name, each once."""
    for hit in hits:
        if hit.category == "place":
            place = ex.g.places[hit.refs[0]]
            if place.kind == "city" and place.id not in cities:
                cities.append(place.id)
            country = place.country
        else:
            country = hit.refs[0]
        if country not in countries:
            countries.append(country)


def dateless_dateline_place(
    ex: PageContext, sentence: Sentence, countries: list[str], cities: list[str]
) -> None:
    """The place of a dateline with no date opening the sentence ("Kingston, Jamaica: The
    Electoral Office ..."): where the news is told from."""
    _bare, hits = _dateless_dateline(ex, sentence)
    _add_places(ex, hits, countries, cities)


# A venue closing a listing line after its date: " – Hôtel Gaweye", " | Palais des congrès".
_VENUE_TAIL = compile_pattern(r"\s*[–—|-]\s*[A-ZÀ-Ý][^\d.;:!?\n]{0,60}")

_OPENS_WITH_A_DATE = compile_pattern(
    rf"(?:le |les |du |from |on )?\d{{1,2}}(?:er)?\b|(?:{alternatives(WORDS.months)})\b",
    re.IGNORECASE,
)


def dateline_place(
    ex: PageContext, sentence: Sentence, countries: list[str], cities: list[str]
) -> None:
    """The place of a news item's dateline ("OUAGADOUGOU, 27 nov. 2015 (Faso Matin) –"):
    where the news is told from, written in capitals before a date; and the place that
    opens a listing line ("Antananarivo, du 1er au 10 novembre 2018"): where it happened."""
    if DATELINE_HEAD.match(sentence.text) is None:
        return  # (no place opens it: the test below fails whatever the date; found faster)
    found, _bad = find_dates(sentence.text[:200])
    first = found[0] if found else None
    if first is None:
        return
    tail = sentence.text[first.end_offset :].rstrip(" .;")
    # (a listing line may end with its venue after a dash: "Nouakchott, les 12 et 13 juin
    # 2023 – Centre international de conférences")
    listing = (not tail.strip() and len(sentence.text.split()) <= 12) or (
        bool(_VENUE_TAIL.fullmatch(tail)) and len(sentence.text[: first.end_offset].split()) <= 12
    )
    if not listing and not is_dateline(sentence.text, first, first.start_offset):
        return
    if DATELINE_HEAD.fullmatch(sentence.text[: first.start_offset]) is None:
        return
    m = DATELINE_HEAD.match(sentence.text)
    assert m is not None
    for hit in ex.index.find(m.group("place").split(",")[0].title()):
        if hit.category == "place":
            place = ex.g.places[hit.refs[0]]
            if place.kind == "city":
                cities.append(place.id)
            countries.append(place.country)
            return
        if hit.category == "country":
            countries.append(hit.refs[0])
            return


# After the place that opens an item: its country in brackets perhaps, a comma, its days.
_PLACE_THEN_DATE = compile_pattern(r"(?:\s*\([^()\n]{2,40}\))?\s*,\s*")


_BRACKETS_RIGHT_AFTER = compile_pattern(r"[ \t]*\(([^()\n]{3,50})\)")
# What may stand beside a date in its brackets: its weekday ("Sunday 14 – Friday 19 April").
_WEEKDAYS_LEFT = compile_pattern(rf"[\s,.]*(?:(?:{WEEKDAY_NAMES})[\s,.]*)*", re.IGNORECASE)


def _dated_brackets_after(text: str, end: int) -> bool:
    """Whether brackets right after ``end`` hold a date and nothing else: "(16–21 February
    2017)", "(octobre 2017)", "(Sunday 14 – Friday 19 April 2019)"."""
    bracket = _BRACKETS_RIGHT_AFTER.match(text, end)
    if bracket is None:
        return False
    inside = bracket.group(1)
    found, _bad = find_dates(inside)
    return len(found) == 1 and bool(_WEEKDAYS_LEFT.fullmatch(inside.replace(found[0].text, " ")))


# What may stand between a line's opening days and a town of its venue: a comma or a dash, "à"
# perhaps, and the towns named before it ("23 mai – 29 mai 2018, Bogotá et ").
_DAYS_THEN_TOWNS = compile_pattern(
    r"[ \t]*[,:–—-]?[ \t]*(?:(?:à|a|in|at)[ \t]+)?"
    r"(?:(?-i:[A-ZÀ-Ý])[\w'’.-]*(?:[ \t-]+(?-i:[A-ZÀ-Ý])[\w'’.-]*){0,3}"
    r"[ \t]*(?:,|et|and|&)[ \t]*)*",
    re.IGNORECASE,
)


def _after_days_opening_the_line(text: str, start: int) -> bool:
    """Whether the name at ``text[start:]`` follows the days its line opens on (their
    weekday perhaps before them), a comma and perhaps other towns: the line's venue ("23 mai
    – 29 mai 2018, Bogotá et Medellín.", "- 12-14 March 2019, Accra")."""
    line_start = text.rfind("\n", 0, start) + 1
    prefix = text[line_start:start]
    found, _bad = find_dates(prefix)
    # (its weekday before them: "Jeudi 9 février 2023 — Bamako, siège de l'AIGE")
    if not found or not _WEEKDAYS_LEFT.fullmatch(
        prefix[: found[0].start_offset].strip(" \t-–—•*▪·")
    ):
        return False
    return _DAYS_THEN_TOWNS.fullmatch(prefix, found[0].end_offset) is not None


# A dash, then days or a month alone, then the rest of an item: " – juin, sur ...",
# " – 12-14 mars 2019 :", " — du 3 au 5 mai,".
_DASH_THEN_DATE = compile_pattern(
    r"[ \t]*[–—][ \t]*(?:(?:du|le|les|from|on|fin|mi-|début|debut|early|late|mid-?)\s*)?"
    r"(?:\d{1,2}(?:er|st|nd|rd|th)?(?:\s*(?:[-–]|au|à|to)\s*\d{1,2}(?:er|st|nd|rd|th)?)?\s+)?"
    r"(?P<month>[^\W\d]{3,10})\.?(?:\s+\d{4})?\s*(?:[,;:.)]|$)",
    re.IGNORECASE,
)


def _town_then_dash_and_date(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` closes a clause after a comma, a dash and
    its date after it: an item's venue ("Visite de travail auprès de la Chancellerie, Berne
    – juin, sur le vote électronique")."""
    if not text[:start].rstrip(" \t").endswith(","):
        return False
    dash = _DASH_THEN_DATE.match(text, end)
    return dash is not None and month_number(dash.group("month")) is not None


def _opens_on_place_then_days(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` opens a list item (after its bullet), then its
    country in brackets perhaps, a comma and the days: the item's place and dates (not a
    news item's dateline, "Paris, 3 January 2023 –", which has no bullet)."""
    bullet = text[:start].strip(" \t")
    if not bullet or bullet.strip("-–—•·*▪"):
        return False
    after = _PLACE_THEN_DATE.match(text, end)
    if after is None:
        return False
    found = find_dates(text[after.end() : after.end() + 60])[0]
    return bool(found) and found[0].start_offset == 0


# A return told: "returned to the country", "back from", "de retour", "est rentrée".
_BACK_HOME = compile_pattern(
    r"\b(?:return\w*|back (?:from|home|to)|retour|rentr[ée]e?s?|revenue?s?|regagn\w*)\b",
    re.IGNORECASE,
)


# Guests of a body: "were among the international delegates hosted by the Election
# Commission of India", "à l'invitation de la Commission électorale du Ghana" (there, where the
# body is, not where the news is told from).
_GUESTS_OF = compile_pattern(
    r"\b(?:hosted by|as (?:the )?guests of|at the invitation of|invited by|"
    r"à l['’]invitation (?:de|du|des)|invitée?s? par)\b",
    re.IGNORECASE,
)


def _other_place(
    ex: PageContext,
    sentence: Sentence,
    told_from: tuple[list[str], list[str]],
    bodies_of: AbstractSet[int] = frozenset(),
) -> bool:
    """Whether the sentence names a country or place besides its dateline's (not one that
    only names a body: "DHAKA, Jan 4 - A team of the Election Commission of Nepal ...", but
    one in a sentence that tells of a return home from where that body is: "Santo Domingo,
    May 6 – The magistrate returned after a programme of the Electoral Tribunal of Panama")."""
    if bodies_of and (_BACK_HOME.search(sentence.text) or _GUESTS_OF.search(sentence.text)):
        bodies_of = frozenset()
    return any(
        h.category in ("country", "place")
        and h.start not in bodies_of
        and h.refs[0] not in told_from[0]
        and h.refs[0] not in told_from[1]
        for h in ex.hits(sentence)
    )


def _opening_date_end(text: str) -> int | None:
    """Where the date that opens a sentence ends (a date, or a day told relative to the
    page's, in its first 40 characters), or None."""
    opening = sorted(
        [*find_dates(text[:80])[0], *relative_dates(text[:80], _ANY_DAY)],
        key=lambda m: m.start_offset,
    )
    return opening[0].end_offset if opening and opening[0].start_offset <= 40 else None


def _find_locations(
    ex: PageContext, sentence: Sentence, *, heading: bool, elections: bool = True
) -> tuple[list[str], list[str]]:
    """The work of :func:`locations`."""
    countries: list[str] = []
    cities: list[str] = []
    back = _RETURN_FROM.match(sentence.text)
    if back is not None:
        # "De retour de Tunis où il a pris part ..., a livré ... à Ouagadougou": the trip was
        # where the body came back from; the rest is at home
        for hit in ex.hits(sentence):
            if hit.start - sentence.start == back.end() and hit.category in ("country", "place"):
                if hit.category == "country":
                    return [hit.refs[0]], []
                place = ex.g.places[hit.refs[0]]
                return [place.country], [place.id] if place.kind == "city" else []
    prev_end = -10
    prev_loc = False
    prev_denied = False  # the list's first name was said not to be where things happen
    text = ex.folded(sentence)
    # a dateline's place counts when the sentence names no other ("SANTO DOMINGO, May 6.
    # – The magistrate returned after taking part ... in Panama": Panama)
    told_from: tuple[list[str], list[str]] = ([], [])
    dateline_place(ex, sentence, *told_from)
    bodies_of: set[int] = set()  # countries named only in a body's name ("of Nepal")
    # (a table's cells under its "Venue" or "Lieu" header: "Hotel Yak & Yeti, Kathmandu";
    # where a header says which column is the place, no other cell is: "Head of mission |
    # Mr. Josephus Thomas (Belize)")
    venue_cells = (
        place_column_cells(ex.clean, sentence)
        if "|" in sentence.text or "\t" in sentence.text
        else []
    )
    cells = [] if venue_cells else _place_cells(sentence.text)
    venue_placed = any(
        h.category in ("country", "place")
        and any(
            a <= h.start - sentence.start and h.end - sentence.start <= b for a, b in venue_cells
        )
        for h in ex.hits(sentence)
    )
    # (a line that is only a place, under an entry's title: "Marlborough House, London",
    # "Yaoundé and Douala")
    place_line = "\n" not in sentence.text.strip() and bool(
        _PLACE_LINE.fullmatch(sentence.text.strip())
    )
    venue = _VENUE_LINE.match(sentence.text)
    venue_end = sentence.text.find("\n", venue.end()) % (len(sentence.text) + 1) if venue else 0
    # A sentence that opens with its own date tells of that time, in whatever tense: "Du 13
    # au 15 février, deux employés avaient animé à Bamako un atelier", "Earlier in the month,
    # on October 3 and 4, she had attended in Lima ..." (news told backwards).
    # (or with a day told relative to the page's: "La semaine dernière, lundi et mardi"; found
    # only when a clause about another time asks for it)
    opening: list[int | None] = []  # where its opening date ends, once asked

    def opening_date_end() -> int | None:
        if not opening:
            opening.append(_opening_date_end(sentence.text))
        return opening[0]

    # a dateline with no date (the date stands on the line above): "London, United Kingdom –
    # The final report of ...": where the news is told from, counted only when the sentence
    # names no other place (as a dated dateline's)
    bare, before_dash = _dateless_dateline(ex, sentence)
    if bare is not None and not told_from[0]:
        _add_places(ex, before_dash, *told_from)
    for capital in _CAPITAL_OF_A_PEOPLE.finditer(sentence.text):
        # a capital named by its people's adjective: "séjourne dans la capitale burkinabè",
        # "arrived in the Kenyan capital" (the adjective as a demonym, as written or capitalised)
        word = capital.group("fr") or capital.group("en") or ""
        for written in (word, word[:1].upper() + word[1:]):
            for hit in ex.index.find(written):
                if hit.category == "demonym" and hit.refs[0] not in countries:
                    countries.append(hit.refs[0])
    for hit in ex.hits(sentence):
        if (
            hit.category == "demonym"
            # (not where only places, not elections, are asked for: "à quelques semaines de
            # l'élection présidentielle nigérienne" is the visitors' own vote)
            and elections
            and _election_of_a_people(sentence.text, hit, sentence.start)
            and hit.refs[0] not in countries
            # (not the topic of a talk: "elle est intervenue sur le bilan de la présidentielle
            # tunisienne", "spoke on the lessons of the Kenyan elections")
            and not _TALK_TOPIC_BEFORE.search(
                sentence.text, max(0, hit.start - sentence.start - 90), hit.start - sentence.start
            )
        ):
            # an election named by its people's adjective: "la présidentielle ivoirienne",
            # "the Kenyan general elections": in that country
            countries.append(hit.refs[0])
        if hit.category not in ("country", "place"):
            prev_end = hit.end
            prev_loc = prev_denied = False
            continue
        rel_s, rel_e = hit.start - sentence.start, hit.end - sentence.start
        if bare is not None and rel_e <= bare.end("place"):
            continue
        if venue_placed and not any(a <= rel_s and rel_e <= b for a, b in venue_cells):
            # a row whose place column gives its place: the other cells' countries are whose
            # the parties are ("Ghana delegation | Toronto | Feb. 13 | Completed")
            prev_end, prev_loc, prev_denied = hit.end, False, True
            continue
        if hit.category == "country" and _RANGE_OF_COUNTRIES.search(
            text[max(0, rel_s - 60) : rel_s]
        ):
            # the far end of a range of origins: "quinze pays, du Bénin au Vanuatu", "from
            # Benin to Vanuatu"
            prev_end, prev_loc, prev_denied = hit.end, False, True
            continue
        window = max(0, rel_s - 300)
        ref = REFERENCE_BEFORE.search(text[window:rel_s])
        if (
            ref
            # (the pluperfect's clause over, another verb's clause going on to the place: "Ils
            # avaient quitté Dakar le 15 et ont suivi le scrutin à Kinshasa")
            and not (
                _PLUPERFECT.match(ref.group(0))
                and _CLAUSE_IN_ANOTHER_TENSE.search(text, window + ref.start(), rel_s)
            )
            # (nor "Earlier," opening a sentence that then gives its own date: "Earlier, from
            # 26 to 29 March, a team travelled to Port Moresby": that time's own trip)
            and not (
                window + ref.start() <= 2
                and _EARLIER_OPENING.match(text)
                and opening_date_end() is not None
            )
            and not (
                _PLUPERFECT.match(ref.group(0))
                and DID_FAR_BEFORE.search(text[max(0, rel_s - 220) : rel_s])
            )
            # (the place of an earlier mission told in the pluperfect, "already" or not:
            # "une mission d'experts s'était déjà rendue à Conakry du 2 au 6 décembre")
            and not EARLIER_MISSION_PLACE.search(text[max(0, rel_s - 160) : rel_s])
            and not (
                _PLUPERFECT.match(ref.group(0))
                and (
                    (
                        (first_date_end := opening_date_end()) is not None
                        and first_date_end <= window + ref.start()
                    )
                    or EARLIER_THIS.match(sentence.text)  # "Plus tôt cette année, ... avait"
                )
            )
        ):
            # a clause about another time: "lors de la présidentielle tenue à Accra"
            prev_end, prev_loc, prev_denied = hit.end, False, True
            continue
        if _TENURE_AFTER.match(text, rel_e) and _FORMER_POST_BEFORE.search(
            text[max(0, rel_s - 100) : rel_s]
        ):
            # where a former post was held, its years in brackets: "Ancienne conseillère du
            # PNUD au Niger (2016-2019), elle a été experte au sein de la mission ... au Togo"
            prev_end, prev_loc, prev_denied = hit.end, False, True
            continue
        if _DOCUMENT_AFTER_ITS_PLACE.match(
            sentence.text, rel_e
        ) or _DOCUMENT_BEFORE_ITS_PLACE.search(sentence.text, max(0, rel_s - 40), rel_s):
            # a text named for the town it was signed in: "the Quito Protocol", "la
            # Déclaration de Bamako", "l'Accord de Cotonou" (not where things happened)
            prev_end, prev_loc, prev_denied = hit.end, False, True
            continue
        if _in_publisher_name(ex, sentence.text, rel_s, rel_e):
            # the publisher's own name as the text writes it: "CENA Bénin – Actualités"
            prev_end, prev_loc, prev_denied = hit.end, False, False
            continue
        if hit.category == "country" and _BODY_AFTER.match(sentence.text, rel_e):
            # a body's name, the country first: "the Malawi Electoral Commission"
            prev_end, prev_loc, prev_denied = hit.end, False, False
            bodies_of.add(hit.start)
            continue
        before = text[max(0, rel_s - 40) : rel_s]
        after = text[rel_e : rel_e + 40]
        gap = text[prev_end - sentence.start : rel_s] if prev_end >= sentence.start else None
        if gap is not None and ("\t" in gap or "|" in gap):
            gap = None  # another cell of a table row: no list goes on across it
        denied = False
        city_before = _UNKNOWN_CITY_BEFORE.search(sentence.text[max(0, rel_s - 60) : rel_s])
        if venue_end and rel_s < venue_end:
            is_loc = True  # an entry's venue field: "Lieu : Siège de la CENI, Conakry"
        elif _BACK_FROM_BEFORE.search(text[max(0, rel_s - 50) : rel_s]) and _WHERE_HE_WAS.match(
            text, rel_e
        ):
            # where someone came back from, told in passing: "qui rentrait lui-même d'Accra
            # où il avait pris part, du 7 au 9 mars, à la réunion ...": there
            is_loc = True
        elif _RETURNED_FROM.search(text[max(0, rel_s - 50) : rel_s]):
            # where the party came back from, its return the sentence's news: "sont rentrés
            # hier de Libreville", "returned on Sunday from Maseru"
            is_loc = True
        elif _THEN_DATE_AT_END.match(sentence.text, rel_e) and sentence.text[
            sentence.text.rfind("\n", 0, rel_s) + 1 : rel_s
        ].strip(" \t-–—•"):
            # an item closing on its place and days: "..., Lomé, 9-11 juil." (not a dateline
            # opening its line: "Port-au-Prince, le 12 juin 2019")
            is_loc = True
        elif hit.category == "place" and _dated_brackets_after(sentence.text, rel_e):
            is_loc = True  # a town, its days in brackets: "... Elections, Quito (16–21 February)"
        elif _in_place_and_date_brackets(sentence.text, rel_s):
            is_loc = True  # an item's closing brackets: "(Québec et Montréal, du 29 sept. ...)"
        elif place_line and not _BODY_AFTER.match(sentence.text, rel_e):
            is_loc = True  # a line that is only its place: "Marlborough House, London"
        elif any(a <= rel_s and rel_e <= b for a, b in venue_cells):
            is_loc = True  # the row's cell under the table's place header
        elif _opens_on_place_then_days(sentence.text, rel_s, rel_e):
            is_loc = True  # "- Vientiane (Laos), 10-12 septembre 2001 : séminaire ..."
        elif hit.category == "place" and _after_days_opening_the_line(ex.clean, hit.start):
            is_loc = True  # "23 mai – 29 mai 2018, Bogotá et Medellín."
        elif hit.category == "place" and _town_then_dash_and_date(sentence.text, rel_s, rel_e):
            is_loc = True  # "... auprès de la Chancellerie, Berne – juin, sur le vote ..."
        elif (
            hit.category == "place"
            and before.rstrip().endswith(",")
            and _BULLETED_TITLE.match(sentence.text)
            and not sentence.text[rel_e:].split("\n", 1)[0].strip(" .")
        ):
            # a city closing a list item's title line, after its date and a dash, whatever
            # body it follows: "• Septembre – Mission d'appui technique auprès de la CENI du
            # Niger, Niamey"
            is_loc = True
        elif (
            gap is not None
            and _LIST_GAP.fullmatch(gap)
            and (prev_loc or prev_denied)
            # (not a place told after a body's country: "the CENI of the Comoros, in Moroni",
            # "the Electoral Commissioner of Samoa in Apia")
            and not (prev_denied and _WHERE_IN_GAP.search(gap))
        ):
            is_loc, denied = prev_loc, prev_denied
        elif (
            gap is not None
            and _LIST_GAP.fullmatch(gap)
            and not _WHERE_BEFORE.search(before)
            and not city_before
        ):
            is_loc = prev_loc
        elif _NOT_THERE.search(text[max(0, rel_s - 80) : rel_s]):
            # where no one went: "no member was deployed in Iraq", "sans se rendre en Haïti"
            is_loc, denied = False, True
        elif _WORKED_FROM.search(text[max(0, rel_s - 40) : rel_s]):
            is_loc = True  # where a mission worked from: "the mission worked from Amman"
        elif _AT_ITS_BEFORE.search(before) and _SEAT_AFTER.match(after):
            is_loc = True  # a body's seat in that town: "hosted at its Johannesburg offices"
        elif hit.category == "place" and _EVENT_OF_PLACE.search(before):
            is_loc = True  # an event named by its town: "Assemblée générale de Banjul"
        elif hit.category == "place" and _TOWN_HOSTED_AFTER.match(after):
            # a town as the host: "la station balnéaire de Saly a accueilli un atelier",
            # "Mombasa hosted the forum"
            is_loc = True
        elif _HOME_AGAIN.search(text[max(0, rel_s - 30) : rel_s]) or _GOING_HOME.search(
            text[max(0, rel_s - 30) : rel_s]
        ):
            # where the party is home again, its trip told after: "Home in Accra after eleven
            # days with the ECOWAS mission to Sierra Leone", "De retour à Dakar après"
            is_loc, denied = False, True
        elif _PERSONS_PAST.search(text[max(0, rel_s - 80) : rel_s]):
            # where a person named worked before, in their apposition: "led by Ann Pierre, a
            # former supervisor of elections in Saint Lucia", "ancien ministre au Niger"
            is_loc, denied = False, True
        elif _VOTE_HELD_THERE.search(text[max(0, rel_s - 120) : rel_s]):
            # where a vote was held while the party was elsewhere: "in Bridgetown, while the
            # September 16 by-elections took place in Montréal and Winnipeg"
            is_loc = False
        elif _IN_USE_THERE.search(text[max(0, rel_s - 40) : rel_s]):
            # where a thing presented is in use, a topic: "où il a présenté le vote électronique
            # utilisé à Bruxelles", "the e-voting system used in Estonia"
            is_loc, denied = False, True
        elif _PREPARED_AT_THE_SEAT.search(text[max(0, rel_s - 100) : rel_s]):
            # where a mission was prepared, at its body's seat, before it went: "Préparée dès
            # le mois d'août au siège de l'Organisation, à Paris, la mission ... est restée
            # sur le terrain du 24 octobre au 2 décembre"
            is_loc, denied = False, True
        elif _OTHERS_LATER.search(text[max(0, rel_s - 80) : rel_s]):
            # others' later journey: "where they met commissioners who later travelled to
            # Toronto", "qui se sont ensuite rendus à Québec": not where this trip was
            is_loc, denied = False, True
        elif _BACK_TO.search(text[max(0, rel_s - 40) : rel_s]) and (
            _FOR_AN_EVENT_AFTER.match(after)
            or _MISSION_BACK_BEFORE.search(text[max(0, rel_s - 60) : rel_s])
        ):
            # going back there for an event, not home: "Four of them returned to Honiara for a
            # lessons-learned workshop", "sont retournés à Bangui pour un atelier"; or a
            # mission going back ("A follow-up mission returned to Lima on 13-17 March 2023")
            is_loc = True
        elif (
            hit.category == "place"
            and _EVENT_OF_THE_TOWN.search(text[max(0, rel_s - 40) : rel_s])
            and not _PREPARING.search(text[max(0, rel_s - 70) : rel_s])
        ):
            # a town naming the event held there: "pendant la session plénière de Strasbourg",
            # "au séminaire de Lomé", "à l'atelier de Dakar" (not where anyone came from; nor
            # an event prepared elsewhere: "s'était réuni à Genève pour préparer l'assemblée
            # de Hammamet")
            is_loc = True
        elif _FROM_BEFORE.search(text[max(0, rel_s - 70) : rel_s]):
            # (a long name: "Commission électorale nationale indépendante du Niger")
            is_loc, denied = False, True
            if _BODY_COUNTRY_BEFORE.search(text[max(0, rel_s - 70) : rel_s]):
                bodies_of.add(hit.start)
        elif (
            # (not the visitors' own election, when asked so: "ballots for Timor-Leste's
            # early parliamentary election")
            (_WHERE_BEFORE.search(before) and (elections or not _POSSESSIVE_ELECTION.match(after)))
            or (elections and _POSSESSIVE_ELECTION.match(after))
            or city_before
            or _EVENT_THEN_PLACE.search(text[max(0, rel_s - 100) : rel_s])
            # an entry's place as its label, after its date or bullet: "• Du 19 au 28 avril
            # 2015 – Togo : mission d'observation ..."
            or (_LABEL_COLON.match(after) and _ENTRY_OPENING.search(before))
            # (or after the item's date and a comma: "- **Octobre**, Abidjan : séminaire ...",
            # "• 17–19 May, Niamey: BRIDGE module ...")
            or (
                (_LABEL_COLON.match(after) or _BRACKETED_LABEL_COLON.match(after))
                and _dated_item_opening(sentence.text[:rel_s])
            )
            # (or after a list item's label, its date after it: "- 1re édition : Lomé (Togo),
            # juillet 2023 – 24 participants", "• Edition 2: Suva, 3–7 June")
            or (
                _ITEM_LABEL_BEFORE.fullmatch(sentence.text, 0, rel_s) is not None
                and _THEN_ITS_DATE.match(sentence.text, rel_e) is not None
            )
        ):
            is_loc = True
        elif any(a <= rel_s and rel_e <= b for a, b in cells):
            is_loc = True  # a table's or a listing line's place column: "Dakar, Sénégal"
        elif (
            hit.category == "place"
            and before.rstrip().endswith(",")
            and _ENTRY_PLACE_END.match(sentence.text, rel_e)
            and (_DATED_ENTRY.match(sentence.text) or _month_item(sentence.text))
        ):
            # a calendar entry's place closing its title, after a comma: "22–26 January:
            # Capacity-building programme for election officials from Central Asia, Incheon."
            is_loc = True

        elif (
            _VENUE_IN_BRACKETS.match(sentence.text, rel_e)
            and sentence.text[max(0, rel_s - 1) : rel_s] == "("
            and not _PERSON_BEFORE.search(sentence.text[max(0, rel_s - 40) : rel_s - 1])
            and not _COLUMNS.search(_line_of(sentence.text, rel_s))
        ):
            # an entry's venue closing its line: "... aux techniques de dépouillement (Bangui)"
            # (not a person's country, "députée (Côte d'Ivoire)", nor a table's cell)
            is_loc = True
        else:
            # (in a heading, not a country that backs it: "La France soutient un atelier")
            is_loc = (
                heading
                and not _FROM_WORD.search(before[-12:])
                and not _BACKS.match(sentence.text, rel_e)
                # (a body's country, its name first: "La Commission électorale centrale
                # d'Arménie en visite ... auprès de l'Autorité électorale de Roumanie")
                and not _BODY_OF.search(sentence.text[max(0, rel_s - 70) : rel_s])
            )
        prev_end, prev_loc, prev_denied = hit.end, is_loc, denied
        if not is_loc:
            continue
        if hit.category == "place":
            place = ex.g.places[hit.refs[0]]
            if place.kind == "city" and place.id not in cities:
                cities.append(place.id)
            if place.country not in countries:
                countries.append(place.country)
        elif hit.refs[0] not in countries:
            countries.append(hit.refs[0])
    named = any(h.category in ("country", "place") for h in ex.hits(sentence))
    visited = _VISITED_BODIES.search(sentence.text) if not countries else None
    if visited is not None:
        # the bodies visited, where they are: "The Chair visited the election management
        # bodies of Botswana, Namibia and South Africa"
        at = sentence.start + visited.end()
        for hit in ex.hits(sentence):
            if hit.start < at or hit.category != "country":
                continue
            if ex.clean[at : hit.start].strip(" ,") not in ("", "and", "et"):
                break  # (the list's end)
            if hit.refs[0] not in countries:
                countries.append(hit.refs[0])
            at = hit.end
        if countries:
            return countries, cities
    if not countries and not (
        named and told_from[0] and _other_place(ex, sentence, told_from, bodies_of)
    ):
        return told_from
    return countries, cities


# A visit paid to bodies: "visited the election management bodies of", "a rendu visite aux".
_VISITED_BODIES = compile_pattern(
    r"\b(?:visited|toured|a visité|ont visité|(?:a|ont) rendu visite)\s+(?:à\s+|aux?\s+)?"
    r"(?:the|its|their|la|le|les|l['’])?\s*(?:[\w'’-]+\s+){0,4}?(?:bodies|commissions|"
    r"organismes|commissions|institutions|authorities|autorités|offices)\s+(?:of|de|du|des|d['’])",
    re.IGNORECASE,
)


def _in_publisher_name(ex: PageContext, text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a country or a place) is part of the publisher's name as
    the text writes it: the whole name ("Commission électorale nationale autonome du
    Bénin"), or its acronym before its country ("CENA Bénin", "INEC Nigeria")."""
    home = ex.home
    if home is None:
        return False
    org = ex.g.organizations.get(home.org) if home.resolved else None
    names = (
        [n for n in (org.acronym, org.name_en, org.name_fr, *org.aliases) if n]
        if org is not None
        else [home.org]
    )
    for name in names:
        # (only the window a name holding the span can stand in: a page's one long line is
        # not searched again for each of its names)
        low = max(0, end - len(name))
        window = text[low : start + len(name)].casefold()
        at = window.find(name.casefold())
        while at >= 0:
            if low + at <= start and end <= low + at + len(name):
                return True
            at = window.find(name.casefold(), at + 1)
    acronyms = {w for n in names for w in n.split() if len(w) > 1 and w.isupper()}
    lead = _ACRONYM_BEFORE.search(text[max(0, start - 20) : start])
    return lead is not None and lead.group("acronym") in acronyms


# The acronym right before a country: "CENA Bénin", "CENI du Niger", "INEC of Nigeria".
_ACRONYM_BEFORE = compile_pattern(r"\b(?P<acronym>[A-Z][A-Z0-9]+)\s+(?:(?:du|de|of)\s+)?$")


# Any day will do to find where a relative day phrase stands.
_ANY_DAY = dt.date(2000, 1, 1)

# A byline or a publication line: "Publié le 3 mars 2012 | ...", "By Mark Ellison, ...".
_BYLINE = compile_pattern(
    r"\W*(?:publi[ée]e?|published|posted|mis en ligne|par|by)\b", re.IGNORECASE
)


# A province's, state's or canton's name after a word of place: "in North Dakota", "au Texas",
# "dans l'État de Victoria", "en Nouvelle-Galles du Sud".
_IN_A_REGION = compile_pattern(
    r"\b(?:in|au|en|dans l['’]État d[eu]|dans le canton d[eu]|in the state of)\s+"
    r"(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+(?:du\s+|of\s+)?[A-ZÀ-Ý][\w'’-]+){0,2})"
)


def _qualified_town_names(ex: PageContext) -> frozenset[str]:
    """The names (case-folded) the gazetteer gives its places only with a qualifier after
    them ("Victoria, British Columbia", "Victoria Falls", "Saint-Louis (Sénégal)"): names
    of more than one town, read bare."""
    if not _QUALIFIED or _QUALIFIED[0][0] is not ex.g:
        names = frozenset(
            re.split(r"\s*[,(]|\s+(?=[A-ZÀ-Ý])", name, maxsplit=1)[0].casefold()
            for p in ex.g.places.values()
            for name in (p.name_en, p.name_fr, *p.aliases)
            if re.search(r"[,(]|\s[A-ZÀ-Ý]", name)
        )
        _QUALIFIED[:] = [(ex.g, names)]
    return _QUALIFIED[0][1]


_QUALIFIED: list[tuple[Gazetteer, frozenset[str]]] = []  # the last gazetteer read, its names


def _region_venues(ex: PageContext, sents: Sequence[Sentence]) -> list[str]:
    """The one country (alpha-3) of the provinces, states or cantons the sentences name
    after a word of place, if they are all of one and not the publisher's own, and the
    sentences name no town or country the gazetteers know."""
    home = ex.home.country if ex.home is not None else None
    # (none in sentences naming a town or a country: "in Victoria and Vancouver", "the
    # Electoral Commission of Seychelles in Victoria", where Victoria is a town)
    if any(h.category in ("place", "country") for s in sents for h in ex.hits(s)):
        return []
    towns = _qualified_town_names(ex)
    found = {
        country
        for s in sents
        for m in _IN_A_REGION.finditer(s.text)
        # (nor a name the gazetteers list only with a qualifier, a town's too: "Victoria,
        # British Columbia", bare "Victoria" being also the capital of Seychelles)
        if m.group("name").casefold() not in towns
        and (country := region_country(ex.g, ex.index, m.group("name"))) is not None
    }
    return [found.pop()] if len(found) == 1 and home not in found else []


def _country_label(ex: PageContext, sentence: Sentence) -> bool:
    """Whether a sentence is only a country's name, an item's label ("Mexique.", "Togo –")."""
    words = sentence.text.strip(" .:–—-\n\t")
    hits = ex.hits(sentence)
    return (
        0 < len(words.split()) <= 3
        and len(hits) == 1
        and hits[0].category == "country"
        and fold(ex.clean[hits[0].start : hits[0].end]).strip() == fold(words).strip()
    )


def record_places(
    ex: PageContext,
    *,
    heading: Sentence | None,
    anchor: Sentence | None,
    own: list[Sentence],
    shared: list[Sentence],
    split: Sequence[str],
) -> tuple[list[str], list[str]]:
    """A record's countries (alpha-3) and cities (place ids): those of its heading and anchor
    sentence, failing those of its own sentences, failing those of the rest of its section
    (``shared``); ``split``, the country a trip was split for, if any, is the country. The
    cities are kept within the countries. Failing all, the country of a national body the
    trip dealt with, then a demonym or country its own text names. A byline standing as the
    heading ("Publié le 3 mars 2012 | La Presse canadienne à Québec") places nothing."""
    if heading is not None and (_BYLINE.match(heading.text) or _author_line(ex, heading)):
        heading = None
    countries = list(split)
    cities: list[str] = []
    if not countries:
        capital = _in_the_capital(ex, [anchor] if anchor else [])
        # (not what will be next: "..., which will host the next annual meeting in Colombo")
        # (nor a publication put out: "On 30 November we launched ... report in Stockholm")
        # (nor another activity to come, with its own time: "Une mission d'échange avec la
        # CENI de la RDC est prévue au second semestre 2021")
        own_now = [
            s
            for s in own
            if s is anchor
            or not (
                _NEXT_EVENT.search(s.text)
                or _PUT_OUT.search(s.text)
                or (tells_future(s.text) and bool(find_dates(s.text)[0]))
            )
        ]
        if anchor is not None:
            # (nor a later paragraph opening on another country's label, an item of its own:
            # "Haïti. Du 31 janvier au 9 février 2006, ..." / "Mexique. L'IFE a invité le DGEQ
            # à suivre l'élection présidentielle du 2 juillet 2006 ...")
            labelled = {
                s.paragraph
                for s in own_now
                if s.paragraph > anchor.paragraph and _country_label(ex, s)
            }
            own_now = [s for s in own_now if s.paragraph not in labelled]
        for group in (
            ([heading] if heading else []) + ([anchor] if anchor else []),
            # (the capital the trip was in, where the news is told from: "opened on Sunday at
            # a hotel in the capital" under "KATHMANDU, MAY 7")
            capital,
            own_now,
            # (not what the body will do next: "Pour 2019, la Commission prévoit de déployer
            # des missions au Nigeria ...")
            [
                s
                for s in shared
                if not tells_future(s.text)
                # (nor the publisher's address in the footer: "OAS Headquarters · ...")
                and not footer_address(s.text, s.start, ex.page.text)
            ],
        ):
            for s in group:
                cs, ps = locations(ex, s, heading=s is heading)
                countries.extend(c for c in cs if c not in countries)
                cities.extend(p for p in ps if p not in cities)
            if heading is not None and anchor is not None and heading in group and anchor in group:
                # (a heading naming two countries as the parties, "Lesotho and South Africa
                # compare notes", over a text that names its city, "... in Centurion": the
                # city's country)
                in_text = locations(ex, anchor)
                if (
                    in_text[1]
                    and len(countries) > len(in_text[0])
                    and set(in_text[0]) < set(countries)
                    # (not a byline's name: "By Sofia Marchetti-Lind · 10 October 2023")
                    and not (_BYLINE.match(anchor.text) or _author_line(ex, anchor))
                ):
                    countries, cities = list(in_text[0]), list(in_text[1])
            if countries:
                break
            if group is own_now:
                # the government of a country the trip's own text names ("at the request of
                # the Bolivian government"): there, rather than where the rest of the page is
                countries.extend(_governed(ex, own))
                if countries:
                    break
    else:
        for s in own:
            cities.extend(p for p in locations(ex, s)[1] if p not in cities)
        cities = [c for c in cities if ex.g.places[c].country in countries]
    denied = _denied(ex, ([anchor] if anchor else []) + own)
    if denied and set(countries) - denied:
        # a country the heading names, where the trip's own text says no one went ("Mission
        # for Iraqi Elections" / "... worked from Amman, Jordan; no member was deployed in Iraq")
        countries = [c for c in countries if c not in denied]
    if not cities:
        for s in ([heading] if heading else []) + own:
            cities.extend(
                p
                for p in locations(ex, s, heading=s is heading)[1]
                if p not in cities and ex.g.places[p].country in countries
            )
    if not countries:
        # a province, state or canton named as the venue, no country nor city named: its
        # country ("observed the general election of November 5 in North Dakota")
        countries.extend(_region_venues(ex, ([anchor] if anchor else []) + own))
    home = ex.g.organizations.get(ex.home_id) if ex.home_id else None
    home_country = ex.home.country if ex.home is not None else None
    if (
        not countries
        and home_country
        and any(
            AT_ITS_SEAT.search(s.text)
            or HELPED_US.search(s.text)
            or WE_HOSTED.search(s.text)
            or held_by_the_publisher(s.text, ex.page.meta.publisher or "")
            for s in ([anchor] if anchor else []) + own
        )
    ):
        # "la CENI a accueilli à son siège d'Alarobia un atelier": held at the body's home
        # (or an event it held itself, no place named: "the Commission and UNDP ran a BRIDGE
        # course for officers of seven SADC commissions")
        countries.append(home_country)
    if not countries and home_country and ex.home is not None:
        # ... or at the seat the text names by the publisher's own acronym: "visite de
        # travail ... au siège de la CENI" on the pages of "CENI Mauritanie"
        own_words = set(ex.home.org.split())
        told = " ".join(s.text for s in ([anchor] if anchor else []) + own)
        if _VISITORS.search(told) and any(
            seat.group("acronym") in own_words for seat in _SEAT_OF.finditer(told)
        ):
            countries.append(home_country)
    if not countries:
        # ... or at the seat of a body the gazetteers seat in a city: the publisher's own,
        # told as its seat or offices ("l'OIF a accueilli dans ses locaux"), or another's
        # named after its seat ("au siège de l'Union africaine", "at the headquarters of the
        # OAS")
        told_sents = ([anchor] if anchor else []) + own
        seat = _seat_named(ex, told_sents)
        if (
            seat is None
            and home is not None
            and any(AT_ITS_SEAT.search(s.text) for s in told_sents)
        ):
            seat = home.home_city
        if seat is not None and seat in ex.g.places:
            countries.append(ex.g.places[seat].country)
    if not countries:
        # Next best: the country of a national body the trip dealt with ("the legislative
        # elections of the Parliament of Catalonia"), other than the home country.
        for s in ([heading] if heading else []) + own:
            for h in ex.hits(s):
                org = ex.g.organizations.get(h.refs[0]) if h.category == "organization" else None
                if (
                    org is not None
                    and org.country
                    and org.country != (home.country if home else None)
                    and org.country not in countries
                    # (not the body the experts came from: "Deux experts du Réseau, l'un de la
                    # CENA du Bénin et l'autre de ...", "trainers from the IEC of Kenya")
                    and not _EXPERTS_OF_BEFORE.search(ex.clean, max(s.start, h.start - 40), h.start)
                ):
                    countries.append(org.country)
    if not countries:
        # ... or of a body its own text names by an acronym the page spells out with its
        # country ("embedded in the CEC" / "Central Electoral Commission of the Republic of
        # Moldova (CEC)")
        countries.extend(_spelled_out_country(ex, [*([anchor] if anchor else []), *own]))
    if not countries:
        # A visit the paper tells from the city of its byline ("By Kwabena Ofori-Atta,
        # Accra" over "The Sierra Leonean delegation ... arrived in the capital on Monday"):
        # there, not where the visitors came from
        told = " ".join(s.text for s in ([anchor] if anchor else []) + own)
        if _VISITORS.search(told) or _ARRIVED.search(told):
            countries.extend(_byline_country(ex))
    if not countries and home_country is None:
        # A stay a paper tells in "our capital" ("séjourne dans notre capitale depuis le lundi
        # 12 octobre"): the country of the city its story named first, the paper's own
        told = " ".join(s.text for s in ([anchor] if anchor else []) + own)
        if _OUR_PLACE.search(told) and anchor is not None:
            countries.extend(_first_city_country(ex, anchor.start))
    if not countries:
        # Weaker evidence: the one country of the cities its own text names in apposition
        # to a body, its seat ("IIIDEM, New Delhi, conducted two programmes for foreign
        # participants"), rather than the countries of the bodies named ("for 31 officials
        # of the Election Commission of Bhutan")
        named_cities = [
            (s, h)
            for s in own
            for h in ex.hits(s)
            if h.category == "place" and ex.g.places[h.refs[0]].kind == "city"
        ]
        seats = {
            ex.g.places[h.refs[0]].country
            for s, h in named_cities
            if _SEAT_BEFORE.search(ex.clean[max(s.start, h.start - 40) : h.start])
            and ex.clean.startswith(",", h.end)
        }
        if not seats:
            # (failing that, the one country of the cities its prose names, not where someone
            # came from or went home to, nor a dateline's or an address's line)
            seats = {
                ex.g.places[h.refs[0]].country
                for s, h in named_cities
                if not _ORIGIN_BEFORE.search(ex.clean[max(s.start, h.start - 30) : h.start])
                and len(_line_of(ex.clean, h.start)) > 80
                # (nor a longer name's first word: "Room 415, Wellington Building")
                and not _NAME_GOES_ON.match(ex.clean, h.end)
            }
        if len(seats) == 1:
            countries.extend(seats)
    if not countries:
        # Weak evidence: a demonym or any country named in the trip's own text (not a list
        # of three or more, where the members came from: "drawn from the electoral
        # commissions of Nigeria, Ghana, Sierra Leone, The Gambia and Cabo Verde"; nor
        # the visitors' own: "The Sierra Leonean delegation").
        for s in own:
            named = []
            for h in ex.hits(s):
                if (
                    h.category == "demonym"
                    and (
                        # (not the counterparts the party went to or worked with: "une visite
                        # d'échange auprès de nos homologues maliens", "assisted our Malawian
                        # counterparts")
                        not _TOWARD_THE_PARTY.search(ex.clean, max(s.start, h.start - 60), h.start)
                    )
                    and (
                        _PARTY_AFTER.match(ex.clean, h.end)
                        or _PARTY_BEFORE.search(ex.clean, max(0, h.start - 30), h.start)
                        or (
                            ex.clean[h.start].isupper()
                            and _NATIONAL_BEFORE.search(ex.clean, max(0, h.start - 8), h.start)
                            and _NAME_AFTER.match(ex.clean, h.end)
                        )
                    )
                ):
                    continue
                if _PERSONS_PAST.search(fold(ex.clean[max(s.start, h.start - 80) : h.start])):
                    continue  # a person's former post: "a former supervisor of elections in"
                if _PERSONS_BODY_OF.search(ex.clean, max(s.start, h.start - 10), h.start) and (
                    ex.clean.startswith(("'s ", "’s "), h.end)
                ):
                    continue  # a person's body: "Mr X, of Panama's Electoral Tribunal, spoke"
                if h.category in ("demonym", "country") and h.refs[0] not in named:
                    named.append(h.refs[0])
            if len(named) < 3:
                countries.extend(named)
            if countries:
                break
    if (
        not countries
        and home_country
        and any(_EQUIPMENT_GIVEN.search(s.text) for s in ([anchor] if anchor else []) + own)
    ):
        # equipment a partner handed over, no place named: to the publisher, at home ("le
        # PNUD a procédé à la remise officielle d'un lot de 300 tablettes")
        countries.append(home_country)
    return countries, cities


# Equipment handed over: "la remise officielle d'un lot de 300 tablettes", "a remis à la
# CENI ... 120 ordinateurs", "handed over 40 laptops", "donation of ballot boxes".
_EQUIPMENT_GIVEN = compile_pattern(
    r"\b(?:remise|remis|remet|remettent|dons?|dotations?|offert|offre|handed over|"
    r"hand(?:s|ing)?[- ]?over|donated|donates|donations?)\b[^.;]{0,80}?\b(?:matériels?|"
    r"équipements?|ordinateurs|kits|"
    r"véhicules|urnes|lampes|groupes électrogènes|imprimantes|tablettes|motos|serveurs|laptops|"
    r"computers|tablets|scanners|printers|equipment|vehicles|ballot boxes|lamps|generators|"
    r"servers|motorbikes|motorcycles)\b",
    re.IGNORECASE,
)


# The people a body sent, just before its name: "l'un de la", "experts from the", "trainers
# of the", "formatrices venues de la".
_EXPERTS_OF_BEFORE = compile_pattern(
    # (or the mission it sent: "une mission d'appui d'Élections Québec")
    r"\b(?:missions?\s+d['’](?:appui|assistance|experts?)|support missions?|"
    r"experts?|expertes?|l['’]un|l['’]une|l['’]autre|one|the other|trainers?|"
    r"formateurs?|formatrices?|facilitat(?:ors?|eurs?|rices?)|spécialistes?|specialists?|"
    r"consultants?|advisers?|advisors?)\s+(?:(?:venue?s?|issue?s?|détachée?s?|seconded)\s+)?"
    r"(?:de|du|des|d['’]|of|from)\s*(?:la\s+|le\s+|l['’]|the\s+)?$",
    re.IGNORECASE,
)


# Where someone came from or went home to, just before a city: "from Dakar", "venus de",
# "regagne Moroni", "returned to Lusaka".
_ORIGIN_BEFORE = compile_pattern(
    r"\b(?:from|de|d['’]|du|regagn\w*|rentr\w*(?:\s+(?:à|au))?|return\w*\s+to|back\s+to|"
    r"back\s+in|home\s+to)\s*$",
    re.IGNORECASE,
)


_NAME_GOES_ON = compile_pattern(r"[ \t]+[A-ZÀ-Ý]")


# A body's name, then a comma, just before its seat: "IIIDEM, " (the name opening its
# sentence or after "the").
_SEAT_BEFORE = compile_pattern(
    r"(?:^|\n|[•▪●*-]\s|\bthe\s|\bl['’]|\b(?:le|la)\s)[A-ZÀ-Ý][\w'’&-]*(?:\s+[A-ZÀ-Ý][\w'’&-]*){0,5},\s$"
)


# A line naming only a place: a venue perhaps, its city, its country ("Marlborough House,
# London", "Bridgetown, Barbados", "Yaoundé and Douala").
_PLACE_LINE = compile_pattern(
    r"(?:[A-ZÀ-Ý][\w'’.&-]*(?:[ -][\w'’.&-]+){0,4},\s*)?"
    r"[A-ZÀ-Ý][\w'’.-]*(?:[ -][A-ZÀ-Ý][\w'’.-]*){0,3}"
    r"(?:(?:,\s*|\s+(?:and|et)\s+)[A-ZÀ-Ý][\w'’.-]*(?:[ -][A-ZÀ-Ý][\w'’.-]*){0,3})?"
)


# Come back from a place (folded text): "rentrait lui-même d'", "returning from", "back from".
_BACK_FROM_BEFORE = compile_pattern(
    r"\b(?:rentr\w+|revenu\w*|revenai\w+|de retour|back|return\w*)\s+(?:[\w-]+-meme\s+)?"
    r"(?:de|d['’]|du|des|from)\s*(?:the\s+)?$",
    re.IGNORECASE,
)
# A return told as the news, just before the place come back from (folded text): "sont
# rentrés hier de", "est revenue de", "returned on Sunday from".
_RETURNED_FROM = compile_pattern(
    r"\b(?:(?:est|sont)\s+(?:rentre|revenu)e?s?|returned|came\s+back|flew\s+back)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:de|d['’]|du|des|from)\s*(?:the\s+)?$",
    re.IGNORECASE,
)
# ... where what is told happened: ", où il avait pris part", ", where she attended".
_WHERE_HE_WAS = compile_pattern(r"\s*,?\s*(?:ou|where)\b", re.IGNORECASE)

# A range of countries, its far end next (folded text): "pays, du Benin au ", "countries,
# from Benin to ".
_RANGE_OF_COUNTRIES = compile_pattern(
    r"\b(?:pays|countries|nations|delegations|delegues|delegates|participants)\b[^.;]{0,30}?"
    r"\b(?:du|de la|de l['’]|des|de|d['’]|from)\s*(?:the\s+)?[A-Z][\w'’ -]{1,30}?\s+"
    r"(?:au|aux|a la|a l['’]|a|en|to)\s+(?:the\s+)?$"
)

# A text named for its town, the town first or after: "Quito Protocol", "Bamako Declaration",
# "Déclaration de Bamako", "Protocole de Tikal", "Accord de Cotonou".
_DOCUMENT_AFTER_ITS_PLACE = compile_pattern(
    r"\s+(?-i:Protocols?|Declarations?|Accords?|Agreements?|Charter|Principles|Commitments?|"
    r"Convention|Consensus|Plan of Action|Document)\b"
)
_DOCUMENT_BEFORE_ITS_PLACE = compile_pattern(
    r"\b(?:protocoles?|d[ée]clarations?|accords?|charte|convention|engagements?|consensus|"
    r"plan d['’]action)\s+(?:de|d['’])\s*$",
    re.IGNORECASE,
)

# Days closing an item right after its place: ", 9-11 juil.", " (Suisse), 21-22 mars 2022.",
# ", 17 June 2022".
_THEN_DATE_AT_END = compile_pattern(
    r"(?:\s*\([^()\n]{2,40}\))?\s*,\s*(?:du\s+|le\s+|les\s+|from\s+|on\s+)?"
    # (its days a range told in words perhaps: "du 6 au 12 avril 2016", "du 27 juin au 3
    # juillet 2012")
    r"\d{1,2}(?:er|st|nd|rd|th)?(?:\s+[^\W\d]{3,10}\.?)?"
    r"(?:\s*(?:[-–]|au|à|to)\s*\d{1,2}(?:er|st|nd|rd|th)?)?\s+[^\W\d]{3,10}\.?(?:\s+\d{4})?"
    r"\s*[.;]?\s*$"
)

# Brackets holding places, then a date: "(Bissau, déc. 2019)", "(Québec et Montréal, du 29
# sept. au 4 oct. 2022)", "(Abidjan and Yamoussoukro, 3-8 March)".
_PLACE_DATE_BRACKETS = compile_pattern(
    PLACES_IN_BRACKETS
    + r"(?i:\d|(?:janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc|jan|feb|mar|apr|may|"
    r"jun|jul|aug|sep|dec)[a-zé]*\.?\s+\d)[^()\n]*\)"
)


def _in_place_and_date_brackets(text: str, at: int) -> bool:
    """Whether the offset ``at`` falls before the date in brackets of places and a date."""
    open_at = text.rfind("(", 0, at)
    if open_at < 0 or text.rfind(")", open_at, at) >= 0:
        return False
    m = _PLACE_DATE_BRACKETS.match(text, open_at)
    return m is not None and at < m.end()


# A publication put out, told beside the activity: "On 30 November we launched the Global
# State of Democracy report in Stockholm and online", "la CENI a publié son rapport à Lomé".
_PUT_OUT = compile_pattern(
    r"\b(?:launched|published|released|unveiled|(?:a|ont) (?:lancé|publié|rendu public))\s+"
    r"(?:[\w'’-]+\s+){0,8}?(?:reports?|handbooks?|guides?|study|studies|books?|publications?|"
    r"rapports?|manuels?|études?|ouvrages?|recueils?)\b",
    re.IGNORECASE,
)


# The next of an event, told beside this one: "which will host the next annual meeting in
# Colombo next year", "accueillera la prochaine assemblée".
_NEXT_EVENT = compile_pattern(
    r"\b(?:the next|next year|l['’]an prochain|l['’]année prochaine|la prochaine|le prochain|"
    r"les prochaines?|"
    # another group's journey to come: "A separate group of eight is due to leave for Georgia"
    r"(?:is|are) (?:due|expected|scheduled|set) to (?:leave|travel|fly|depart)|"
    r"(?:doit|doivent|devrait|devraient) (?:partir|se rendre|s['’]envoler))\b",
    re.IGNORECASE,
)

# The capital, not named: "in the capital", "dans la capitale".
_THE_CAPITAL = compile_pattern(
    r"\b(?:in|at|to|dans|à|a|vers)\s+(?:the|la)\s+capital(?:e)?\b(?!\s+(?:of|de|du|d['’]))",
    re.IGNORECASE,
)


def _in_the_capital(ex: PageContext, sents: Sequence[Sentence]) -> list[Sentence]:
    """The page's dateline line, when the sentences tell of "the capital" it names
    ("KATHMANDU, MAY 7" over "opened on Sunday at a hotel in the capital")."""
    if not any(_THE_CAPITAL.search(s.text) for s in sents):
        return []
    for m in re.finditer(r"[^\n]+", ex.clean[:1500]):
        line = Sentence(m.start(), m.end(), m.group(0), -1)
        if not DATELINE_HEAD.match(line.text):
            continue
        found: tuple[list[str], list[str]] = ([], [])
        dateline_place(ex, line, *found)
        if len(found[0]) == 1:
            return [line]
    return []


# Visitors arriving: "arrived in the capital", "est arrivée à".
_ARRIVED = compile_pattern(r"\b(?:arrived|arrivée?s?|visitors|visiteurs)\b", re.IGNORECASE)
# A party after its people's adjective: "Sierra Leonean delegation", "Kenyan officials".
_PARTY_AFTER = compile_pattern(
    r"\s+(?:delegations?|visitors|team|officials|commissioners|counterparts|guests)\b",
    re.IGNORECASE,
)
# A person's body after a comma, its country's possessive next: "Mr X, of Panama's ...".
_PERSONS_BODY_OF = compile_pattern(r",\s+of\s+$")
# ... but not the counterparts a party went to or worked with, just before their demonym:
# "auprès de nos homologues", "assisted our", "visited their".
_TOWARD_THE_PARTY = compile_pattern(
    r"(?:\bauprès\s+d(?:e|es|u)\s+(?:nos|ses|leurs|notre|sa|son|la|les)?\s*|"
    r"\b(?:supported|assisted|advised|visited|trained|accompanied|joined|coached)\s+"
    r"(?:our|their|its|the)\s+)(?:homologues\s+)?$",
    re.IGNORECASE,
)
# ... or before it, as French writes it: "la délégation suisse", "pool d'experts suisse".
_PARTY_BEFORE = compile_pattern(
    r"\b(?:d[ée]l[ée]gations?|experts?|observateurs?|observatrices?|visiteurs?|homologues|"
    r"fonctionnaires|cadres|parlementaires|d[ée]put[ée]s|magistrats|[ée]quipes?)\s+$",
    re.IGNORECASE,
)
# ... or a person's nationality, French's noun before a name: "dirigée par le Béninois Anselme
# Gbaguidi", "la Sénégalaise Awa Diop" (the noun capitalised, a name after it).
_NATIONAL_BEFORE = compile_pattern(r"\b(?:le|la|l['’]|un|une|du|au)\s*$", re.IGNORECASE)
_NAME_AFTER = compile_pattern(r"\s+[A-ZÀ-Ý][a-zà-ÿ]+")
# A byline with the city the story is told from: "By Kwabena Ofori-Atta, Accra".
_BYLINE_PLACE = compile_pattern(
    r"^[ \t]*(?:by|par)\s+[^,\n]{2,60},\s*(?P<place>[A-ZÀ-Ý][^,\n]{1,40}?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


# The place a paper tells from, named as its own: "notre capitale", "our capital", "notre
# pays", "our country".
_OUR_PLACE = compile_pattern(
    r"\b(?:notre (?:capitale|pays)|our (?:capital|country))\b", re.IGNORECASE
)


def _first_city_country(ex: PageContext, before: int) -> list[str]:
    """The country of the first city the page's text names before the offset ``before``."""
    line_start = 0
    while line_start < before:
        line_end = ex.clean.find("\n", line_start, before)
        line_end = before if line_end < 0 else line_end
        if line_end > line_start:
            line = Sentence(line_start, line_end, ex.clean[line_start:line_end], 0)
            for h in ex.hits(line):
                if h.category == "place" and ex.g.places[h.refs[0]].kind == "city":
                    return [ex.g.places[h.refs[0]].country]
        line_start = line_end + 1
    return []


def _byline_country(ex: PageContext) -> list[str]:
    """The country of the city a byline near the page's top names, if it names one."""
    m = _BYLINE_PLACE.search(ex.clean[:1500])
    if m is None:
        return []
    for h in ex.index.find(m.group("place")):
        if h.category == "place":
            return [ex.g.places[h.refs[0]].country]
        if h.category == "country":
            return [h.refs[0]]
    return []


# Where a body's acronym stands as the place of the work: "embedded in the CEC", "auprès
# de la CENI", "at the ECZ".
_AT_A_BODY = compile_pattern(
    # (or working beside it: "worked alongside ECSL", "aux côtés de la CENI")
    r"\b(?:in|at|to|with|within|into|inside|alongside|beside|auprès d[eu]|à|au|chez|dans|"
    r"aux côtés d[eu])\s+(?:the\s+|la\s+|le\s+|l['’])?$",
    re.IGNORECASE,
)
_ACRONYM = compile_pattern(r"(?<![\w(-])(?-i:[A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{1,4})?)(?![\w)-])")


# A country's name right after a body's acronym in brackets: " of the Republic of Moldova".
_OF_AFTER_ACRONYM = compile_pattern(r"\s+(?:of|de|du|des|d['’])\s+[^.;,()\n]{2,50}")


def _spelled_out_country(ex: PageContext, sents: Sequence[Sentence]) -> list[str]:
    """The one country named in the name the page spells out for an acronym these sentences
    use that the gazetteers do not know ("Central Electoral Commission of the Republic of
    Moldova (CEC)")."""
    for s in sents:
        known = [(h.start - s.start, h.end - s.start) for h in ex.hits(s)]
        for m in _ACRONYM.finditer(s.text):
            if any(a < m.end() and m.start() < b for a, b in known):
                continue  # (a body the gazetteers know: its own country, if any, was asked)
            if not _AT_A_BODY.search(s.text[max(0, m.start() - 30) : m.start()]):
                continue  # (where the trip went: "embedded in the CEC", not "ECN officials")
            found: list[str] = []
            for spelled in re.finditer(r"\(" + re.escape(m.group(0)) + r"\)", ex.clean):
                start = max(ex.clean.rfind("\n", 0, spelled.start()) + 1, spelled.start() - 120)
                name = Sentence(start, spelled.start(), ex.clean[start : spelled.start()], 0)
                found += [
                    h.refs[0]
                    for h in ex.hits(name)
                    if h.category == "country" and h.refs[0] not in found
                ]
                # (or its country after the acronym: "the Central Electoral Commission (CEC) of
                # the Republic of Moldova")
                after = _OF_AFTER_ACRONYM.match(ex.clean, spelled.end())
                if after is not None:
                    tail = Sentence(spelled.end(), after.end(), after.group(0), 0)
                    found += [
                        h.refs[0]
                        for h in ex.hits(tail)
                        if h.category == "country" and h.refs[0] not in found
                    ]
            # (the country named twice there is one: "Bhutan held ...; the Election Commission
            # of Bhutan (ECB)")
            if len(set(found)) == 1:
                return found[:1]
    return []


# A country's government or authorities named by its demonym: "the Bolivian government",
# "les autorités guinéennes", "du gouvernement malien".
_AUTHORITY = compile_pattern(
    r"\b(?:government|authorities|gouvernement|autorit[ée]s|pouvoirs publics|gobierno|"
    r"autoridades)\b",
    re.IGNORECASE,
)


def _governed(ex: PageContext, sents: Sequence[Sentence]) -> list[str]:
    """The countries whose government or authorities ``sents`` name by a demonym next to
    the word ("the Bolivian government", "les autorités guinéennes")."""
    found: list[str] = []
    for s in sents:
        for h in ex.hits(s):
            if h.category != "demonym" or h.refs[0] in found:
                continue
            a, b = h.start - s.start, h.end - s.start
            after = _AUTHORITY.match(s.text, b + 1) if s.text[b : b + 1] == " " else None
            before = _AUTHORITY.search(s.text[max(0, a - 16) : a])
            if after is not None or (before is not None and before.end() >= min(a, 16) - 1):
                found.append(h.refs[0])
    return found


_REPOSTED = compile_pattern(
    r"\b(?:a reposté|a retweeté|a partagé|reposted|retweeted|shared (?:a|this) post)\b", re.I
)


_ELECTION_BEFORE_PEOPLE = compile_pattern(
    r"\b(?:élections?|scrutins?|présidentielles?|législatives?|municipales?|locales?|"
    r"sénatoriales?|référendum|vote)(?:\s+(?:générales?|législatives?|présidentielles?|"
    r"anticipées?|partielles?))?\s+$",
    re.IGNORECASE,
)
_ELECTION_AFTER_PEOPLE = compile_pattern(
    r"\s+(?:(?:presidential|parliamentary|legislative|general|local|municipal|national|"
    r"senate|snap|early)\s+){0,2}(?:elections?|polls?|vote|referendum|run-?off)\b"
    # (not people or bodies: "Mozambican election officials", "the Kenyan Election Commission")
    r"(?!\s+(?:officials?|officers?|commissions?|management|bod(?:y|ies)|observers?|staff|"
    r"administrators?|authorit\w+|workers?|experts?|agency|office|"
    # (nor a mission it sends: "The Canadian Election Observation Mission to Ukraine")
    r"observation|observer|monitoring|assessment|missions?|delegations?|teams?))",
    re.IGNORECASE,
)


def _election_of_a_people(text: str, hit: NameHit, offset: int) -> bool:
    """Whether a people's adjective names an election ("la présidentielle ivoirienne", "the
    Kenyan general elections")."""
    before = text[max(0, hit.start - offset - 60) : hit.start - offset]
    after = text[hit.end - offset : hit.end - offset + 60]
    return bool(_ELECTION_BEFORE_PEOPLE.search(before) or _ELECTION_AFTER_PEOPLE.match(after))


def _author_line(ex: PageContext, heading: Sentence) -> bool:
    """Whether a heading is the name of the page's publisher over its posts ("Direction
    Générale des Élections – Sénégal" over each post of a feed): its author, no place."""
    first = heading.text.strip().split("\n")[0].strip()
    if not first:
        return False
    if _REPOSTED.search(first):
        return True  # "🔁 CENA Bénin a reposté": who shared the post below
    publisher = " ".join((ex.page.meta.publisher or "").split())
    if publisher and fold(first).lower() == fold(publisher).lower():
        return True
    lines = ex.author_lines
    return lines.get(first, 0) >= 3


# Back from where the trip was: "De retour de Tunis où ...", "Back from Lima, ...".
_RETURN_FROM = compile_pattern(
    # (a post's lead first: "Great to be back from Auckland, where ...")
    r"\W*(?:(?:(?:it['’]s |it is )?(?:great|good|glad|happy|pleased|nice) to be |just |now )?"
    r"(?=back from|returned from|returning from))?"
    r"(?:de retour (?:de|du|des|d['’])|retour (?:de|du|des|d['’])|back from|returning from|"
    r"return from|upon (?:its|their|his|her) "
    r"return from|à (?:son|leur) retour (?:de|du|d['’])|rentrée?s? (?:de|du|d['’]))\s*"
    r"(?:l['’]|la\s+|le\s+)?",
    re.IGNORECASE,
)

# A country backing what a heading tells: "La France soutient", "Canada funds".
# An electoral body's name after its country's: "Malawi Electoral Commission", "Kenya
# Independent Electoral Board".
_BODY_AFTER = compile_pattern(
    # (or a network's, several countries first: "Australia and New Zealand Electoral
    # Administrators' Network")
    r"(?:,?\s+(?:and|et)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
    # (or the country's possessive: "Liberia's National Elections Commission", "Honduras'")
    r"(?:['’]s?)?"
    r"\s+(?:(?:(?:Independent|National|Central|Supreme)\s+){0,2}(?:Electoral|Elections?)\s+"
    r"(?:Commission|Board|Council|Office|Institute|Tribunal|Authority|Management|"
    r"Administrators|Officials|Network|Association)"
    # (the press's short name for it: "Nepal poll body team arrives", "Kenya poll panel")
    r"|(?i:poll(?:s|ing)?|election|electoral)\s+(?i:body|bodies|panel|agency|watchdog|chiefs?))"
)

_BACKS = compile_pattern(
    r"\s+(?:soutient|finance|appuie|contribue|supports|funds|backs|finances|aux côtés d|"
    r"stands (?:with|by)|alongside|accompagne|partners with|détache|dépêche|envoie|déploie|"
    r"sends|deploys|seconds|delegates)\w*",
    re.IGNORECASE,
)

# At the publisher's own seat: "a accueilli à son siège", "welcomed at our head office".
AT_ITS_SEAT = compile_pattern(
    r"\b(?:(?:à|en) (?:notre|son|leur) siège|au siège de l['’]institution|"
    # (a room of it: "dans la salle de conférences du siège", "in the boardroom of our
    # headquarters")
    r"dans la salle (?:de conférences?|de réunion|du conseil|polyvalente) du siège|"
    # (its head office: "a accueilli à sa Direction générale de Yaoundé une délégation")
    r"(?:à|dans) (?:notre|sa|leur) direction générale|"
    r"(?:dans|à) (?:nos|ses|leurs) (?:bureaux|locaux)|at (?:our|"
    r"its|their) (?:[A-Z][\w-]+ )?(?:head ?office|headquarters|offices?|seat|secretariat)|"
    # (the seat alone, the teller's own: "the Committee had received at the seat a
    # delegation"; not "at the seat of the OIF")
    r"at the seat(?!\s+(?:of|in)\b)|"
    # (or "au siège" alone, its town after it: "Accueil au siège, à Kinshasa, d'une
    # délégation"; not "au siège de la CENA")
    r"au siège(?=\s*,\s*(?:à|a)\s|\s+(?:à|a)\s+(?-i:[A-ZÀ-Ý])))",
    re.IGNORECASE,
)

# Help the publisher tells it received, at home: "un expert mis à disposition par l'OIF a
# appuyé notre direction informatique", "two IFES advisers supported our registration team",
# "a accompagné la direction de la cartographie".
HELPED_US = compile_pattern(
    r"\b(?:(?:a|ont) (?:appuyé|accompagné|assisté|soutenu|conseillé)|(?:supported|assisted|"
    # (not "our" counterparts abroad: "assisted our Malawian counterparts", "a appuyé nos
    # homologues maliens")
    r"advised|helped) )\s*(?:notre|nos|our|us)\b(?!\s+(?:[\w-]+\s+)?(?:counterparts|homologues|"
    r"peers|pairs)\b)|\bà nos côtés\b|\bmise? à notre disposition\b|"
    # (or one of its own units: "une mission d'appui ... a accompagné la direction de la
    # cartographie", "supported the Commission's registration department")
    r"\b(?:(?:a|ont) (?:appuyé|accompagné|assisté|soutenu|conseillé)|(?:supported|assisted|"
    r"advised|helped))\s+(?:la|les|le|the)\s+(?:[\w'’-]+\s+){0,2}?(?:directions?|services?|"
    r"cellules?|démembrements|department|directorate|unit|team)\b",
    re.IGNORECASE,
)


# A list item's label before its place: "- 1re édition : ", "• Edition 2: ".
_ITEM_LABEL_BEFORE = compile_pattern(r"\s*[▪•·*–—-][ \t]+[^\n:|,;.]{1,30}:[ \t]*")
# After a place (and its country in brackets), a comma and its date: ", juillet 2023", ",
# du 24 au 28 juin 2024", ", 3–7 June".
_THEN_ITS_DATE = compile_pattern(
    r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*,[ \t]*(?:(?:du|le|les|from|on|en|in)[ \t]+)?"
    r"(?:\d|[^\W\d_]{3,12}[ \t]+\d{4}\b)"
)


# An event named by its town: "Assemblée générale de Banjul", "la conférence de Dakar".
_EVENT_OF_PLACE = compile_pattern(
    r"\b(?:assembl[ée]e g[ée]n[ée]rale|sommet|conf[ée]rence|s[ée]minaire|atelier|forum|colloque|"
    r"r[ée]union|rencontre)\s+(?:de|d['’])\s*$",
    re.IGNORECASE,
)

# A town between "at its" and its offices: "hosted at its Johannesburg offices".
_AT_ITS_BEFORE = compile_pattern(r"\b(?:at|in)\s+(?:its|our|their)\s+$", re.IGNORECASE)
_SEAT_AFTER = compile_pattern(
    r"\s*(?:head ?office|headquarters|offices?|seat|campus|premises|secretariat)\b", re.IGNORECASE
)

# The seat of a body named by its acronym: "au siège de la CENI", "at the offices of the ECZ".
# The words for a body's seat, its name right after them: "au siège de l'", "at the
# headquarters of the", "dans les locaux de la".
_SEAT_WORDS = (
    r"\b(?:au siège|dans les locaux|at the (?:headquarters|head office|offices?|seat))\s+"
    r"(?:de\s+la\s+|du\s+|de\s+l['’]|des\s+|of\s+the\s+|of\s+)"
)
_SEAT_OF = compile_pattern(_SEAT_WORDS + r"(?P<acronym>(?-i:[A-Z]{2,8}))\b", re.IGNORECASE)

# The seat of a body, its name right after: "au siège de l'Union africaine".
_SEAT_BEFORE_NAME = compile_pattern(_SEAT_WORDS + "$", re.IGNORECASE)

# ... or its name before the words for its seat, English-fashion: "held at the ECOWAS
# Commission headquarters", "at the SADC Secretariat headquarters", "at the AU's head office".
_AT_THE_BEFORE_NAME = compile_pattern(r"\bat the\s+$", re.IGNORECASE)
_SEAT_AFTER_NAME = compile_pattern(
    r"(?:['’]s)?\s+(?:(?:Commission|Secretariat)\s+)?(?:headquarters|head office|seat)\b",
    re.IGNORECASE,
)


def _seat_named(ex: PageContext, sents: Sequence[Sentence]) -> str | None:
    """The city of the seat of a body named right after words for its seat ("au siège de
    l'Union africaine") or right before them ("at the SADC Secretariat headquarters"), when
    the gazetteers seat it in a city."""
    for s in sents:
        for h in ex.hits(s):
            if h.category != "organization":
                continue
            org = ex.g.organizations.get(h.refs[0])
            if (
                org is not None
                and org.home_city
                and (
                    _SEAT_BEFORE_NAME.search(ex.clean, max(s.start, h.start - 40), h.start)
                    or (
                        _AT_THE_BEFORE_NAME.search(ex.clean, max(s.start, h.start - 10), h.start)
                        and _SEAT_AFTER_NAME.match(ex.clean, h.end)
                    )
                )
            ):
                return org.home_city
    return None


# Visitors received: "visite de travail de la délégation", "a delegation ... was received".
_VISITORS = compile_pattern(
    r"\b(?:visite|visit\w*|délégations?|delegations?|reçue?s?|accueilli\w*|received|hosted|"
    r"welcomed|séance de travail|working session)\b",
    re.IGNORECASE,
)

# Where an unknown place's name may stand: "à Salta", "in Aracajú", "Saltillo, Mexico".
_PLACE_AFTER = compile_pattern(
    r"\b(?:in|at|à|au|dans la ville d['’]|dans la ville de)\s+"
    # (its small words inside: "Vadul lui Vodă", "Châlons-sur-Marne", "Newcastle upon Tyne")
    r"(?P<name>[A-ZÀ-Ý][\w'’-]+(?:[ -](?:de |del |do |da |lui |sur |upon |am |di )?"
    r"[A-ZÀ-Ý][\w'’-]+){0,2})"
    r"(?=\s*(?:[,.;:)(]|$|\s(?:du|from|on|le|les|in|the|et|and|pour|for|to|au|de|des|avec|"
    r"with|où|where|une|un|sa|son|ses|leur|leurs)\b|\sd['’]))"
)

_CITY_COMMA = compile_pattern(
    r"(?<![\w'’-])(?P<name>[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)?),\s+(?=[A-ZÀ-Ý])"
)

# A place named right after a date, as listing lines do ("12–14 February 2024, Gbarnga, Bong
# County, bringing together ...", "le 3 mai 2019, Kandi, ").
_PLACE_AFTER_DATE = compile_pattern(
    # (or after a dash, an entry's place as its label: "Du 20 au 22 mars 2023 – Grand-Popo :")
    r"(?:\b(?:19|20)\d\d|\b\d{1,2}(?:er)?\s+[a-zéû]+\.?)\s*(?:,|\s[–—-])\s+"
    r"(?P<name>[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)?)(?=\s*(?:[,;:(]|$))"
)

# A place set off by commas between an entry's title and its days: "• Training of trainers,
# Bo, 14–18 November 2022 – ..." (the days checked after).
_PLACE_BEFORE_DATE = compile_pattern(
    # (or opening a list item: "- Kara, mai 2023 – atelier bilan ...")
    r"(?:[a-zà-ÿ)],\s+|(?:^|\n)[ \t]*[-–•·*▪●][ \t]+)"
    r"(?P<name>[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)?),\s+(?=[^\n]{0,12}\d)"
)

# An entry's line of its place, then its days: "Hammamet · 27 et 28 mars", "Kandy – 4-6 May".
_PLACE_LINE_THEN_DATE = compile_pattern(
    r"\s*(?P<name>[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)?)\s*[·–—]\s+(?=[^\n]{0,8}\d)"
)

# A place column's cell the gazetteers may lack: a name or two, no figure.
_NAME_ARTICLES = frozenset(["La", "El", "Le", "Los", "Las", "The"])

# (or a town and its province: "Punta Cana, La Altagracia")
_UNKNOWN_CELL = compile_pattern(
    r"[A-ZÀ-Ý][\w'’.-]+(?:[ -][A-ZÀ-Ý][\w'’.-]+){0,2}"
    r"(?:,\s*(?:(?:La|El|Le|Los|Las|The)\s+)?[A-ZÀ-Ý][\w'’.-]+(?:[ -][A-ZÀ-Ý][\w'’.-]+){0,2})?"
)

# The header of a table's place column.
_PLACE_WORD = (
    r"(?:location|venue|place|city|where|lieu|ville|localit[ée]|endroit|destination|"
    r"country|countries|pays|host country|pays hôte)s?"
)
# (or two: "Pays / lieu", "Country / city")
_PLACE_COLUMN = compile_pattern(rf"\s*{_PLACE_WORD}(?:\s*[/&,]\s*{_PLACE_WORD})?\s*", re.IGNORECASE)


# A table's header cell naming whom its rows' activities brought: "Date | Host | Visitors |
# Topic", "Dates | Delegation | Purpose", "Date | Lieu | Délégation | Objet".
VISITORS_COLUMN = compile_pattern(
    r"\s*(?:visitors?|visiting (?:body|bodies|delegations?)|delegations?|guests?|from|origin|"
    r"visiteurs?|délégations?|invités?|provenance)\s*",
    re.IGNORECASE,
)


def place_column_cells(text: str, sentence: Sentence) -> list[tuple[int, int]]:
    """The cells of a table row under its header's place column ("Date | Activity | Venue"):
    offsets into the sentence's text. The header is the nearest line above the row's with
    as many cells and no figure."""
    return _column_cells(text, sentence, _PLACE_COLUMN)


def visitor_column_cells(text: str, sentence: Sentence) -> list[tuple[int, int]]:
    """The cells of a table row under its header's visitors' column ("Dates | Delegation |
    Purpose"): offsets into the sentence's text, as ``place_column_cells``."""
    return _column_cells(text, sentence, VISITORS_COLUMN)


def _column_cells(text: str, sentence: Sentence, named: re.Pattern[str]) -> list[tuple[int, int]]:
    line_start = text.rfind("\n", 0, sentence.start) + 1
    found = table_header(text, line_start)
    if found is None:
        return []
    cells, header, heads = found
    # (a row of fewer cells than the header: its first cells span rows above it, "1.
    # Institutional capacity ... | 1.1 | ..." over "1.2 | ...": its cells are the last)
    shift = len(heads) - len(cells)
    columns = [i - shift for i, (a, b) in enumerate(heads) if named.fullmatch(header[a:b])]
    offset = line_start - sentence.start
    return [
        (offset + a, offset + b)
        for i, (a, b) in enumerate(cells)
        if i in columns and 0 <= offset + a < offset + b <= len(sentence.text)
    ]


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
        *WORDS.weekdays,
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


def unknown_places(
    ex: PageContext, sents: Sequence[Sentence], jurisdictions: Mapping[str, str]
) -> list[Mention]:
    """Names written where a place is ("à Salta", "in Aracajú", "Saltillo, Mexico") that
    the gazetteers lack: kept whole for the report, never dropped without a word
    (``jurisdictions``: names of jurisdictions of known bodies, no unknown places)."""
    out: list[Mention] = []
    seen: set[str] = set()
    for s in sents:
        hits = ex.hits(s)
        countries = [h for h in hits if h.category == "country"]
        candidates = [
            (m.start("name"), m.end("name"), m.group("name")) for m in _PLACE_AFTER.finditer(s.text)
        ]
        candidates += [
            (m.start("name"), m.end("name"), m.group("name"))
            for m in _CITY_COMMA.finditer(s.text)
            if any(h.start - s.start == m.end() for h in countries)
        ]
        candidates += [
            (m.start("name"), m.end("name"), m.group("name"))
            for m in _PLACE_AFTER_DATE.finditer(s.text)
        ]
        candidates += [
            (m.start("name"), m.end("name"), m.group("name"))
            for m in _PLACE_BEFORE_DATE.finditer(s.text)
            if (days := find_dates(s.text[m.end() : m.end() + 40])[0]) and days[0].start_offset == 0
        ]
        line = _PLACE_LINE_THEN_DATE.match(s.text)
        if line is not None and "\n" not in s.text.strip() and len(s.text.split()) <= 10:
            tail = s.text[line.end() :]
            if find_dates(tail)[0] and find_dates(tail)[0][0].start_offset <= 4:
                candidates.append((line.start("name"), line.end("name"), line.group("name")))
        candidates += [
            (a0, b0, s.text[a0:b0])
            for a0, b0 in place_column_cells(ex.clean, s)
            if _UNKNOWN_CELL.fullmatch(s.text[a0:b0])
        ]
        for a0, b0, name in candidates:
            a, b = a0 + s.start, b0 + s.start
            if any(h.start < b and a < h.end for h in hits) or name in seen:
                continue
            if name in jurisdictions:  # "Québec": the jurisdiction of a known body
                continue
            # (an article inside a name is no word of something else: "Punta Cana, La
            # Altagracia")
            words = [w for w in name.split() if w not in _NAME_ARTICLES]
            if any(month_number(w) or w.lower() in _NOT_PLACES for w in words):
                continue
            seen.add(name)
            out.append(Mention(name, "place", ex.span(a, b)))
    return out


# What joins the places of a list: ", ", " et ", " and ", "; ".
_LIST_GLUE = compile_pattern(r"\s*(?:,|;|&|\bet\b|\band\b)\s*(?:(?:à|in)\s+)?", re.IGNORECASE)


def listed_country(ex: PageContext, name: str) -> str | None:
    """The one country of the known cities a town the gazetteers lack is listed with,
    anywhere on the page ("dans une soixantaine de bureaux de vote à Abidjan, Grand-Bassam et
    Yamoussoukro": Grand-Bassam is in Côte d'Ivoire), if they are all of one."""
    found: set[str] = set()
    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", ex.clean):
        a = max(0, m.start() - 120)
        window = ex.clean[a : min(len(ex.clean), m.end() + 120)]
        for h in ex.index.find(window):
            start, end = a + h.start, a + h.end
            if h.category != "place" or (start < m.end() and m.start() < end):
                continue
            gap = ex.clean[end : m.start()] if end <= m.start() else ex.clean[m.end() : start]
            if _LIST_GLUE.fullmatch(gap):
                found.add(ex.g.places[h.refs[0]].country)
    return found.pop() if len(found) == 1 else None


def title_country(ex: PageContext) -> list[str]:
    """The one country the page's title (its first block, a heading) names, if any."""
    # (its first block, or the second under a stamp line naming no place: "Press Release
    # E-041/24 · May 22, 2024" / "OAS ... Final Statement on the ... Dominican Republic")
    # (or the second under the site's name: "IFES | International Foundation for Electoral
    # Systems" / "Nigeria: Strengthening Electoral Institutions ...")
    for block in [b for b in ex.blocks() if b.kind is not BlockKind.BANNER][:2]:
        if block.kind not in (BlockKind.HEADING, BlockKind.LABEL):
            return []
        title = Sentence(block.start, block.end, ex.clean[block.start : block.end], -1)
        found = locations(ex, title, heading=True)[0]
        if not found and _names_the_publisher(ex, block.text):
            continue
        if found or not find_dates(block.text)[0]:
            return found if len(found) == 1 else []
    return []


# A paper's masthead words: "Le quotidien burkinabè de référence", "Namibia's daily".
_PAPER = compile_pattern(
    r"\b(?:quotidien|journal|hebdomadaire|daily|newspaper|weekly)\b", re.IGNORECASE
)


def masthead_country(ex: PageContext) -> str | None:
    """A newspaper's own country, as its name or its masthead (the page's first line, where
    it names the paper) says it: "Le Soleil – Quotidien national sénégalais", "The Namibian"
    (None for a page of a body, or when they name no country or several)."""
    if ex.page.meta.publisher_kind != "press":
        return None
    lines = [ex.page.meta.publisher or ""]
    first = next((b for b in ex.blocks() if b.kind is not BlockKind.BANNER), None)
    if first is not None and (_names_the_publisher(ex, first.text) or _PAPER.search(first.text)):
        lines.append(first.text)
    # (as written, and its words capitalised: the gazetteer may hold an adjective in either
    # case, "quotidien burkinabè", "Quotidien national sénégalais")
    found = {
        h.refs[0]
        for line in lines
        for written in (line, " ".join(w[:1].upper() + w[1:] for w in line.split()))
        for h in ex.index.find(written)
        if h.category in ("country", "demonym")
    }
    return found.pop() if len(found) == 1 else None


def _names_the_publisher(ex: PageContext, text: str) -> bool:
    """Whether a line is the site's name: it holds the publisher's name as the page's
    metadata writes it ("IFES | International Foundation for Electoral Systems")."""
    publisher = (ex.page.meta.publisher or "").strip()
    return len(publisher) >= 3 and publisher.lower() in text.lower()


def programme_country(ex: PageContext) -> list[str]:
    """The one country the page's title names when it is not the publisher's own: the
    country of a programme's or a mission's page ("Zambia: Electoral Integrity and Inclusion
    Program" by IFES), where its activities are unless they say otherwise."""
    found = title_country(ex)
    home = ex.home.country if ex.home is not None else None
    return found if found and found[0] != home else []


# A project sheet's country field, a line of its own among the fields at the page's top:
# "Pays : Madagascar", "Country: Zambia", "Pays bénéficiaire : Niger".
_COUNTRY_FIELD = compile_pattern(
    r"^[ \t]*(?:pays(?:\s+bénéficiaire|\s+d['’]intervention)?|(?:beneficiary\s+)?country|"
    r"country\s+of\s+intervention)\s*:\s*(?P<name>[^\n:|;,]{3,40}?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def country_field(ex: PageContext) -> list[str]:
    """The one country a project sheet's country field names among its first lines, when it
    is not the publisher's own."""
    m = _COUNTRY_FIELD.search(ex.clean, 0, min(len(ex.clean), 1200))
    if m is None:
        return []
    hits = ex.index.find(m.group("name"))
    if len(hits) != 1 or hits[0].category != "country" or hits[0].text != m.group("name"):
        return []
    home = ex.home.country if ex.home is not None else None
    return [hits[0].refs[0]] if hits[0].refs[0] != home else []
