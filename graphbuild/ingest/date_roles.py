"""Date phrases -> their roles: what each date of a section is the date of.

Every date phrase (``dates.py``) is given one role, from the words around it, read with
organisation names blanked ("Directeur général des élections" is no election):

- *publication*: the page's or a news item's own date ("Publié le ...", a dateline:
  "OUAGADOUGOU, 27 nov. 2015 (Faso Matin) –", "Niamey, le 7 mars 2019");
- *reference*: another time ("since 2005", "also observed ... in July 2006", what "had"
  been done, an event another body held, a document's date: "la Déclaration de Bamako du 3
  novembre 2000"); "depuis le lundi 23 novembre", a day, is when a stay began: an activity;
- *election*: an election day ("held on October 26, 2014", "the February 13th legislative
  elections", "les municipales du 6 mai"), unless a travel word stands between;
- *planned*: a future or planned event, told by a future or planning word in its clause
  ("la délégation qui se déplacera à Québec du 6 au 10 juillet"), with no past verb between;
- *background*: a bare year with no word before it ("(2003, 2006, 2009)", "the 2018 budget");
- *activity*: any other: the dates trips are made of (``trips.py``).

The second date of a pair ("April 13, and May 5, 2011") takes the first's role.
"""

from __future__ import annotations

import bisect
import calendar
import contextlib
import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from graphbuild.ingest.context import PageContext
from graphbuild.ingest.dates import (
    ITEM_TITLE_AND_TOWN,
    WEEKDAY_NAMES,
    WHOLE_YEAR_LEAD,
    YEAR_LEAD,
    DateMention,
    PartialDate,
    find_dates,
    find_dates_month_first,
    heads_items,
    month_first_page,
    month_number,
    year_span_month,
)
from graphbuild.ingest.layout import (
    BYLINE_CELL,
    RELEASE_NUMBER,
    SIGNING_TERMS,
    WEEKDAY_START,
    BlockKind,
    closing_stamp_day,
    column_header,
    date_alone,
    table_header,
    year_heading,
)
from graphbuild.ingest.lexicon import WORDS, alternatives
from graphbuild.ingest.memo import text_memo
from graphbuild.ingest.names import fold
from graphbuild.ingest.relative_dates import (
    bare_days,
    calendar_days,
    diary_day,
    following_days,
    next_weekdays,
    on_weekdays,
    past_weekdays,
    relative_dates,
    stamp_ago,
    told_until,
    vote_counted_days,
    week_entry_days,
)
from graphbuild.ingest.sentences import Sentence
from graphbuild.pattern_cache import compile_pattern

_ELECTION_WORD = (
    # (not a body's name: "the Election Commission opened on Sunday")
    # (nor one of French bodies' names: "organes de gestion des élections", "Direction
    # générale des élections", folded)
    r"(?:(?<!organes de gestion des )(?<!organe de gestion des )(?<!generale des )"
    # (nor what is done before or after one: "a pre-election assessment carried out in August")
    r"(?<!pre-)(?<!post-)(?<!pre )(?<!post )"
    r"(?<!general des )elections?(?!\s+(?:commission|management|bod|authorit|board|council|"
    r"institut|tribunal|court|officials?|administrators?|administration|observers?|secretariat|office|"
    r"agenc|committee|department|staff|personnel|experts?))|"
    r"polls?|votes?|voting|ballots?|referendums?|scrutins?|polling day|round|run-?offs?|"
    # (a Swiss popular vote: "les votations fédérales du 9 juin")
    r"votations?|"
    r"(?:premier|second|deuxieme|1er|2e|2nd)\s+tour)"
)
# French names an election by its type alone, after its article: "les municipales du 6
# mai", "· législatives du 2 avril" (not "les coordinations régionales y prennent part
# jusqu'au 26 janvier")
_ELECTION_TYPE = (
    r"(?:municipales?|legislatives?|presidentielles?|senatoriales?|regionales|partielles?|"
    r"cantonales|europeennes)"
)

# (the election word nearest the date: "a post-election review workshop ... on the snap
# general election of 22 January 2016" is the vote's day)
_ELECTION_BEFORE = compile_pattern(
    r"(?s:.*)(?:\b"
    + _ELECTION_WORD
    + r"\b(?P<between>[^.;]{0,60}?)|"
    # (the type after its article or opening a cell: "la partielle dans Jean-Talon, tenue le",
    # "Arménie · législatives du 2 avril"; or after a comma, in apposition: "Mission
    # d'observation de l'Union européenne, présidentielle du 24 mars 2024")
    + r"(?:\b(?:la|les|des|aux|du|de|d['’])\s+|[·|:–—\t,-]\s*|^\s*)"
    + _ELECTION_TYPE
    + r"\b(?P<type_between>[^.;]{0,40}?))"
    r"(?:\b(?:on|of|for|du|le|next|in)\s*(?:the\s+)?)?$",
    re.IGNORECASE,
)

# A vote's own day with its year, then a clause of its own subject and verb (folded text):
# " du 20 mars 2011, l'IFES a remis au CEP, ", " of 7 March 2021, the Commission handed ".
_VOTES_DAY_THEN_CLAUSE = compile_pattern(
    r"\b\d{1,2}(?:er)?\s+[a-z]+\s+(?:19|20)\d\d\s*,\s*[^,]{1,50}?\b(?:a|ont|has|have|had|"
    r"avait|avaient)\s+[a-z]{3,}"
)

# A body's acronym in brackets right after its name, then what the body did: " (CGE) a ouvert"
# (not a vote's acronym before its day: "the elections (PASO) of August 13").
_ACRONYM_AFTER_NAME = compile_pattern(r"\s*\((?:[A-Z][A-Za-z&-]{1,11})\)\s*[^\W\d]")

# A verb in the singular right after a word (folded text): " a ouvert", " est arrivé".
_SINGULAR_VERB = compile_pattern(r"\s+(?:a|est)\s+[^\W\d]")

# A pointer to the part of the page that tells it: "(see below)", "(voir ci-dessous)",
# "(details below)", "(lire plus bas)".
_SEE_BELOW = compile_pattern(
    r"\((?:see|voir|lire|details?|détails?|more)\s+(?:[\w-]+\s+)?(?:below|ci-dessous|plus bas|"
    r"ci-après)\)",
    re.IGNORECASE,
)

# A report's sentence of what it covers, before the date (folded text): "The report covers
# the fourth part-session of", "Le présent rapport rend compte des travaux de".
_REPORT_COVERS_BEFORE = compile_pattern(
    r"\b(?:the|this|le|ce|le present)\s+(?:[\w-]+\s+)?(?:report|rapport)\s+(?:covers|describes|"
    r"summari[sz]es|couvre|decrit|rend compte)\b[^.;]*$",
    re.IGNORECASE,
)
# An event's verb of opening, all that stands between a vote's name and a day (folded text):
# "... election opens today", "... législatives s'ouvre ce lundi".
_EVENT_OPENS = compile_pattern(
    r"\s*(?:opens|opened|began|begins|starts|started|kicks off|kicked off|s['’]ouvre|"
    r"s['’]est ouvert|debute|a debute|demarre|a demarre)\s+",
    re.IGNORECASE,
)
# An event named for a vote, its name ending the text (folded): "Visitor Program for the 22nd
# National Assembly election", "le programme d'information pour les législatives".
_EVENT_FOR_THE_VOTE = compile_pattern(
    r"\b(?:program+e?s?|missions?|workshops?|seminars?|ateliers?|seminaires?|visits?|visites?)"
    r"\b(?:\s+[\w'’-]+){0,3}?\s+(?:for|of|pour|de|du|des)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’])?"
    r"(?:[\w'’-]+\s+){0,4}?\S+$",
    re.IGNORECASE,
)

# A town, then a comma, between a vote's name and a month (folded text): " législatives à
# Antsirabe, en", " elections in Kisumu,".
_TOWN_THEN_COMMA = compile_pattern(
    r"\s*(?:[\w'’-]+\s+){0,2}?(?:a|au|in|at)\s+[\w'’-]+(?:[ -][\w'’-]+){0,2},\s*(?:en|in)?\s*"
)

# A vote first set for another day, then held (folded text): "l'élection présidentielle,
# d'abord prévue le 25 février, s'est finalement tenue le", "the election, initially
# scheduled for 22 February, was eventually held on".
_MOVED_ELECTION_BEFORE = compile_pattern(
    r"\b" + _ELECTION_WORD + r"\b[^.;]{0,40}?,\s*(?:[\w'’]+\s+){0,2}?"
    r"(?:prevue?s?|fixee?s?|programmee?s?|scheduled|planned|set)\b[^.;]{0,40}?,\s*"
    r"(?:s['’]est|se sont|a ete|ont ete|was|were)\s+(?:finalement\s+|finally\s+|eventually\s+)?"
    r"(?:tenue?s?|held|organisee?s?|deroulee?s?)\s+(?:le|les|on)?\s*$"
    # (or first set for a day and held on another, the sentence going on: "the polls were first
    # set for 23 December 2018 and finally held a week later, on")
    r"|\b(?:" + _ELECTION_WORD + "|" + _ELECTION_TYPE + r")\b[^.;]{0,60}?\b(?:prevue?s?|fixee?s?|"
    r"programmee?s?|scheduled|planned|set)\b[^.;]{0,40}?\b(?:and|then|et|puis)\s+(?:finally\s+|"
    r"eventually\s+|finalement\s+)?(?:held|tenue?s?|organisee?s?)\b[^.;]{0,25}?(?:\b(?:on|le))?\s*$"
    # (or held at last, its first day left out: "des législatives et du référendum
    # constitutionnel, finalement organisés le 22 mars 2020", "the run-off, eventually held on")
    r"|\b(?:"
    + _ELECTION_WORD
    + "|"
    + _ELECTION_TYPE
    + r")\b[^.;]{0,60}?,\s*(?:(?:finalement|finally|eventually)\s+"
    r"(?:tenue?s?|held|organisee?s?|deroulee?s?)|(?:tenue?s?|organisee?s?)\s+finalement)"
    r"\s+(?:le|les|on)?\s*$",
    re.IGNORECASE,
)

# A death told before its day (folded text): "s'est éteint samedi dernier", "est décédée le",
# "died on", "passed away on".
_DIED_BEFORE = compile_pattern(
    r"\b(?:s['’]est eteinte?|se sont eteints|est decedee?|sont decedes|(?:a|ont) rendu l['’]ame|"
    r"nous a quittes?|died|passed away|passed on)\b[^.;]{0,50}$",
    re.IGNORECASE,
)

# After a post's first month or its span, its tenure (folded text): "– Present · 8 yrs 6
# mos", "· 4 yrs 10 mos", "– aujourd'hui", "(3 ans)".
_TENURE_AFTER = compile_pattern(
    r"\s*(?:(?:[–—-]|to|a|au|jusqu['’]a)\s*(?:present|presente|now|current|today|aujourd['’]hui|"
    r"ce jour|a ce jour)\b|[·•|,]?\s*\(?\d+\s*(?:yrs?|years?|mos?|months?|ans?)\b"
    r"(?:\s*\d+\s*(?:mos?|months?|mois)\b)?)",
    re.IGNORECASE,
)

# A date opening its line (after bullets or dashes at most).
_OPENS_LINE = compile_pattern(r"\n[ \t•·*–—-]*$")

# The days of a vote itself: "with polling from 24 June to 8 July", "le scrutin s'est
# déroulé du ... au ...", "voting took place on", "with polling held from", "before polling
# opened on".
_POLLING_BEFORE = compile_pattern(
    r"\b(?:polling|voting|polls?|scrutin|vote)\s+(?:(?:took place|was held|held|opened|closed|"
    r"s['’]est d[ée]roul[ée]e?|a eu lieu|ran|lasted|period(?:\s+ran)?)\s+)?"
    r"(?:from|between|on|du|entre|le)?\s*$"
    # (its verb after a comma: "advance polling, held from April 18 to 21"; not "bureaux de
    # vote, du 9 au 14 juillet")
    r"|\b(?:polling|voting)\s*,\s+(?:took place|was held|held|ran)\s+(?:from|between|on)\s*$"
    # (or its days in brackets after "period": "for the polling period (24 June – 8 July)")
    r"|\b(?:polling|voting)\s+period\s*\(\s*$"
    # (or the voters' doing: "dont les électeurs se sont rendus aux urnes samedi dernier",
    # "voters went to the polls on")
    r"|\b(?:se sont rendue?s|se rendront|se rendent|s['’]est rendue?|went|go|will go)\s+"
    r"(?:aux urnes|to the polls)\s*(?:on|le)?\s*$"
    # ("Mongolians voted on 28 June for an enlarged State Great Khural", "ont voté le")
    r"|\b(?:voted|ont voté|a voté|votent|vote)\s+(?:on|le)\s*$"
    # (a vote held in phases, and its count: "was conducted in seven phases from 19th April to
    # 1st June, 2024, with counting on 4th June", "le dépouillement le")
    r"|\b(?:conducted|held|organi[sz]ed|tenue?s?|organisee?s?)\s+in\s+(?:\w+\s+)?phases\s+"
    r"(?:from|between)\s*$"
    r"|\b(?:counting|the count|depouillement|decompte)\s+(?:on|le)\s*$"
    # ("before Tunisians elect a National Constituent Assembly on October 23", "élisent leurs
    # députés le")
    r"|\b(?:elect|will elect|elisent|eliront|elire)\s+(?:[\w'’-]+\s+){1,6}?(?:on|le)\s*$"
    # (or the members a vote chose: "the Members elected to Sri Lanka's Parliament on", "les
    # députés élus à l'Assemblée nationale le")
    r"|\b(?:elected|elus?|elues?)\s+(?:to|a|au|aux|a la)\s+[^.;]{0,40}?\b(?:parliament|"
    r"assembl(?:y|ee)|house|senate|s[ée]nat|congress|council|conseil|chamber|chambre)\b"
    r"[^.;]{0,20}?(?:on|le)\s*$"
    # (or when they were chosen, just before it: "for Members elected in November 2024",
    # "les députés élus en novembre 2024")
    r"|\b(?:newly\s+)?(?:re-?)?(?:elected|elus?|elues?)\s+(?:in|on|en|le)\s*$",
    re.IGNORECASE,
)

# A vote held over several days, its days right after it (folded): "the European elections of
# 6 to 9 June 2024" (a mission's days come after a verb: "observed the elections from")
_VOTE_OF_DAYS = compile_pattern(
    r"\b(?:elections?|polls|votes?|voting|referendums?)\s+of\s*$",
    re.IGNORECASE,
)

# The vote as what observers watched, just before their days: "ont observé le scrutin du",
# "monitored the polls from".
_WATCHED_THE_VOTE = compile_pattern(
    r"\b(?:observ\w+|suivi|followed|monitor\w*|watched)\s+(?:le|la|les|the)\s+(?:scrutin|vote|"
    r"polls?|voting|polling)\s+(?:du|from|between|entre)\s*$",
    re.IGNORECASE,
)

# A round of a vote and its day: "PREMIER TOUR : 7 NOVEMBRE 2018", "second round on".
_ROUND_BEFORE = compile_pattern(
    r"\b(?:premier|second|deuxieme|1er|2e|first|second|run-?off)\s+(?:tour|round)\s*"
    r"(?::|du|of|on|le|held on)?\s*$",
    re.IGNORECASE,
)

# A body's acronym in brackets after its name: " (ANE)", " (CENI)" ...
_ACRONYM_AFTER = compile_pattern(r"\s*\((?-i:[A-Z][A-Za-z-]{1,9})\)")
# ... a body named after the elections it runs (folded): "Autorite nationale des elections (",
# "Independent Authority for Elections (" (not a vote's own acronym: "elections (PASO)").
# ... or closing its name, without its acronym: "the Supervisory Commission for Elections".
# (or in French, folded, its qualifiers between: "la Commission nationale des élections",
# "le service des élections")
_BODY_FOR_ELECTIONS_END = compile_pattern(
    r"\b(?:commission|council|office|authority|board|department|agency|institute|tribunal|"
    r"court|committee|supervisor|commissioner|director)\s+(?:for|on|of)\s+(?:the\s+)?elections?$"
    r"|\b(?:commission|conseil|autorite|instance|bureau|direction|office|centre|service|agence|"
    r"institut|tribunal|cour|comite|directeur|directrice)(?:\s+[\w'’-]+){0,3}?\s+"
    r"(?:des|aux|pour les)\s+elections$",
    re.IGNORECASE,
)
_BODY_OF_ELECTIONS = compile_pattern(
    r"\b(?:autorite|commission|instance|office|conseil|bureau|authority|agency|institute?|"
    r"direction|department|ministry|ministere)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:des|of|for|de l['’]|pour les|aux)\s+elections?\s*\(",
    re.IGNORECASE,
)
# The vote's own day noted after a mission's days in brackets: "(February 1-6; vote on February
# 4)", "(du 1er au 6 février ; scrutin le 4)".
_VOTE_DAY_NOTE = compile_pattern(
    r"\s*[;,]\s*(?:the\s+)?(?:vote|polling|poll|election day|voting|scrutin|vote|jour du scrutin)"
    r"\s+(?:on|held on|le|du|:)?\s*[^()]{0,30}?\d",
    re.IGNORECASE,
)
# Votes observed, listed by their countries, up to a day in brackets (folded): "took part in
# the international observation of the elections in Slovakia (", "a participé à
# l'observation des élections au Bénin (7 janvier), au Togo (".
_OBSERVED_VOTES_LISTED = compile_pattern(
    r"\b(?:(?:took part|participated|joined|was involved) in the (?:international )?observation of "
    r"the (?:elections|votes|polls)|observed the (?:elections|votes|polls)|"
    r"(?:participe|pris part|contribue) a l['’]observation (?:internationale )?des (?:elections|"
    r"scrutins)|observe les (?:elections|scrutins))\s+(?:in|en|au|aux|a|of|de|du|des)\b"
    r"[^.;:()]{0,40}(?:\([^()]{0,40}\)[^.;:()]{0,40}){0,4}\($"
)
# Something put online or published told in a sentence, its verb's auxiliary first (folded):
# "le site Web du Reseau a ete mis en ligne le", "the portal was launched on".
_LAUNCHED_BEFORE = compile_pattern(
    r"\b(?:site|portail|plateforme|portal|website|platform|guide|rapport|report|manuel|"
    r"handbook|module)\b[^.;]{0,60}\b(?:a ete|ont ete|avait ete|was|were|has been|had been)\s+"
    r"(?:mise?s? en ligne|publiee?s?|lancee?s?|published|launched|released|posted)[^.;]{0,25}$"
)
# (folded: after the election's name and its kind, its day's connector: " du ", " of ")
_VOTES_OWN_DAY_AFTER = compile_pattern(r"(?:du|des|of|le|on)\s*(?:the\s+)?")
# An election's own day after its name: "elections of 7 March", "du 24 mars".
_ITS_OWN_DAY = compile_pattern(
    r"\s+(?:of|on|held on|du|le)\s+(?:[A-Za-zÀ-ÿ]+\s+)?\d", re.IGNORECASE
)
# A vote told by its voters' verdict, in the clause after its day (folded): "dernier encore, le
# peuple s'est prononce sur", ", voters approved", "the electorate rejected".
_PEOPLE_VOTED_AFTER = compile_pattern(
    r"^(?:dernier|last|encore|also|again|\W)*"
    r"(?:le peuple|les electeurs|les electrices et (?:les )?electeurs|le corps electoral|"
    r"(?:the )?voters|the people|the electorate)\s+(?:\w+\s+)?(?:s'est|se sont|a|ont|have|has)?\s*"
    r"(?:prononces?|vote|approuve|rejete|voted|approved|rejected|went to the polls)\b"
    # (or its people electing their representatives: ", les Neo-Brunswickoises et
    # Neo-Brunswickois ont elu leurs deputes", ", Canadians elected their members")
    r"|^\W*(?:[\w'’-]+\s+){1,6}?(?:ont|have)\s+(?:re)?(?:elu|elected)\s+(?:leurs?|their)\s+"
    r"(?:nouve(?:aux|lles?)\s+|new\s+)?(?:deputes|representant\w*|representatives|members|mps|"
    r"conseill\w+|councill?ors|maires?|mayors?|senat\w*|parlement|parliament|legislat\w+|"
    r"president\w*|gouvern\w+|government)\b"
)
_ELECTION_AFTER = compile_pattern(
    # (a day's election, its possessive: "last Saturday's presidential election")
    # (or a list item's label, its bold marks gone: "**17 décembre** : élections législatives")
    r"^(?:['’]s)?\W{0,5}(?:\d{4}\W{0,3})?(?:(?:first|second|1st|2nd)\s+round\s+(?:of\s+the\s+)?)?"
    # (a timeline's entry that is only a round: "— Second tour de l'élection présidentielle")
    r"(?:(?:premier|second|1er|2e|deuxieme)\s+tour\s+(?:de\s+|du\s+|des\s+)?)?"
    # (its French article: "a organisé le 29 avril 2024 des élections législatives")
    r"(?:(?:des|les|l['’]|la|le)\s*)?"
    r"(?:(?:presidential|legislative|parliamentary|general|municipal|local|senatorial|"
    r"communal|mid-?term|gubernatorial|constituent|tripartite|national|regional|provincial|"
    r"federal|state|early|snap|harmoni[sz]ed|run-?off|assembly|council|senate|mayoral|"
    r"primary|by|and|,|multi-tier(?:ed)?|tier|multi|combined|off-cycle|supplementary|"
    r"partial)[\s-]+){0,5}"
    r"(?:elections?|polls?|vote|ballot|referendum|scrutin)\b"
    # (not a body or its guests: "Election Commission", "Election Visitors from ...", nor
    # a building named for them, the venue on a card's line: "March 2025 · Election House")
    r"(?!\s+(?:commissions?|visitors?|observers?|management|bod|officials?|authorit|"
    r"tribunal|court|council|board|administrators?|institute|house|building|cent(?:re|er)|"
    r"hall|headquarters|offices?|complex|avenue|street|road|"
    # (nor a programme named for one: "24–28 · Election visit programme for ...")
    r"visits?|visiting|programmes?|programs?))"
    # (or a round named right after the day: "the October 25 presidential first round"; not
    # a stay's round in brackets, "13–17 November (run-off, 16 November)")
    r"|^[ \t]+(?:(?:presidential|legislative|parliamentary|general)\s+)?"
    r"(?:(?:first|second|1st|2nd)\s+round|run-?offs?)\b"
    # (a listing's row that is only a vote: "Jun 2 | Mexico – general election")
    r"|^\s*[|·]\s*[^|\n]{2,40}?[–—:-]\s+(?:[\w'’-]+\s+){0,4}(?:elections?|polls?|vote|"
    r"referendum|[ée]lections?|scrutin|pr[ée]sidentielle|l[ée]gislatives)\s*(?:\n|$|[|(])"
    r"|^[^.]{0,60}\b(?:went|go|goes|will go|are going) to the polls"
    r"|^[^.]{0,60}\b(?:vont|iront|sont all[ée]s|est all[ée]e?) aux urnes",
    re.IGNORECASE,
)

# An institution's own event told after a date: "— The three members of the new Commission
# are appointed", "– la loi électorale est promulguée" (read on folded text).
_INSTITUTIONAL_AFTER = compile_pattern(
    r"^[^.;,\n]{0,90}?\b(?:(?:is|are|was|were) (?:appointed|sworn in|installed|created|"
    r"established|elected|adopted|promulgated|enacted)|(?:est|sont|a ete|ont ete) "
    r"(?:nommee?s?|installee?s?|creee?s?|elue?s?|adoptee?s?|promulguee?s?)|"
    r"pretent? serment|takes? office|entre(?:nt)? en fonction|"
    # a country's or a body's membership: "le Maroc réintègre l'Union africaine", "joins"
    r"reintegre(?:nt)?|rejoin(?:t|s|ent)|adhere(?:nt)? a|joins|rejoins|is admitted|"
    r"(?:est|sont) admise?s?|"
    # a body's own office opened: "The Secretariat opens its office", "ouvre son bureau"
    r"opens? (?:its|an?|the) (?:new |permanent )?(?:office|secretariat|headquarters|seat)|"
    r"ouvre (?:son|ses|un) (?:nouveau |nouveaux )?(?:bureaux?|siege|secretariat))\b",
    re.IGNORECASE,
)

# A new day something was put off to (folded text): "rescheduled them to", "postponed until",
# "reportés au", "renvoyée à".
_RESCHEDULED_BEFORE = compile_pattern(
    r"\b(?:rescheduled|postponed|deferred|moved|pushed back|reportee?s?|renvoyee?s?|"
    r"decalee?s?|repoussee?s?)\s+(?:(?:them|it)\s+)?(?:to|until|au|a|jusqu['’]au)\s*$",
    re.IGNORECASE,
)
_ELECTION_IN = compile_pattern(r"\b(?:elections?|polls?|scrutins?|votes?|referendum)\b", re.I)

# A timeline entry's text opening on a publication, after its date's label (folded text).
_PUBLISHED_ENTRY_AFTER = compile_pattern(
    r"^\s*[:–—-]\s*(?:parution|publication|lancement|mise en ligne|launch|release)\s+"
    r"(?:du|de la|de l['’]|des|d['’]une?|of)\b",
    re.IGNORECASE,
)

# A post's stamp in a social feed: "12 mars 2018 · ".
# (its audience's icon after the dot: "5 mai · 🌐")
_POST_STAMP = compile_pattern(r"\s*[\w ,.]{4,30}?\s*·\s*(?:[^\w\s·]{1,3}\s*)?")
# A feed item's stamp alone on its line: "Wed, 26 Feb 2025 17:12:48 +0000" (RFC 822).
_FEED_STAMP = compile_pattern(
    rf"\s*(?:{WEEKDAY_NAMES})\.?,?\s+\d{{1,2}}\s+[^\W\d_]{{3,9}}\.?\s+\d{{4}}\s+"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[+-]\d{4}|GMT|UTC))?\s*",
    re.IGNORECASE,
)
# A post's stamp, its hour after its day and a dot: "21 novembre 2024 à 17:32 · 🌍".
_STAMP_AFTER = compile_pattern(
    r"\s*(?:a|à|at|,)?\s*\d{1,2}\s*[:h]\s*\d{2}\s*(?:[ap]\.?m\.?)?\s*·", re.I
)

# A listing item's type after its day, between middle dots or bars (folded text): " · News
# article · ", " | Communiqué de presse".
_CONTENT_TYPE_AFTER = compile_pattern(
    r"\s*[·|•]\s*(?:news(?:\s+(?:article|story|item|release))?|article|press\s+release|"
    r"media\s+release|news\s+release|publication|blog(?:\s+post)?|story|feature|statement|"
    r"communique(?:\s+de\s+presse)?|actualites?|nouvelles?|breve|op-ed|opinion|interview|"
    r"entretien)\s*(?:[·|•]|$)",
    re.IGNORECASE | re.MULTILINE,
)

# The gap to a listing line's next cell.
_NEXT_CELL = compile_pattern(r"\s+[—–|-]\s|\s*[—|]|[ ]*\t")

# A byline, up to its day: "Par Rania KHOURY | Samedi 6 juin 2009", "By Sofia
# Marchetti-Lind, Electoral IT Expert · " (its author's post after a comma).
_BYLINE_TEXT = (
    # (a name, its capital as written: not "Par ailleurs, lundi dernier, ...")
    r"^\W*(?:par|by)\s+(?-i:[A-ZÀ-Ý])[\w'’-]+(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]+){0,3}\s*"
    r"(?:,\s*[^·|\n.;]{2,60}?\s*(?=[·|–—]))?"
    rf"(?:[|–—,·-]\s*)?(?:(?:{WEEKDAY_NAMES})\s*,?\s*)?(?:\d{{1,2}}\s+\w+\.?\s+\d{{4}}\s*)?"
)
_BYLINE_START = compile_pattern(_BYLINE_TEXT, re.IGNORECASE)

# An interview's byline, who asked (the day it was given after it): "Propos recueillis par
# Awa Ndiaye, le", "Entretien réalisé par ...", "Interview conducted by Jane Roe on".
_INTERVIEW_BYLINE_TEXT = (
    r"\W*(?:propos recueillis|entretien r[ée]alis[ée]|entrevue r[ée]alis[ée]e|"
    r"interview(?:ed)?(?: conducted)?)\s+(?:par|by)\s+[^\W\d][\w'’-]+(?:\s+[^\W\d][\w'’-]+){0,3}"
    r"\s*,?\s*(?:le|on)?\s*"
)
_INTERVIEW_BYLINE = compile_pattern(_INTERVIEW_BYLINE_TEXT, re.IGNORECASE)


def byline_day(text: str) -> str | None:
    """The day of the page's byline among its first lines ("By Sofia Marchetti-Lind,
    Electoral IT Expert · 10 October 2023 · 6 min read"), if it gives one (ISO): when the
    author wrote, a year for the days the text gives without one."""
    for line in [ln for ln in text.splitlines() if ln.strip()][:8]:
        head = _BYLINE_START.match(line)
        if head is None:
            continue
        for m in find_dates(line)[0]:
            if m.start.day and m.start.month and m.start.year and m.start_offset >= head.start():
                return m.start.iso()
    return None


def _signed_after(text: str, end: int) -> bool:
    """Whether the rest of a date's line is a dash and its author: " – Service de la
    communication", " – Par la Rédaction"."""
    rest = text[end : _line_end(text, end)]
    dash = re.match(r"\s*[–—|·-]\s*", rest)
    return dash is not None and BYLINE_CELL.fullmatch(rest[dash.end() :].strip()) is not None


# A line's opening up to its day: nothing, its bullet, its weekday, "le", "du", "on" ("Jeudi 28
# mars 2024 – Par ...", "- Mercredi 7 décembre – Paris (France)").
DAY_OPENS_LINE = compile_pattern(
    rf"[ \t]*(?:[▪•·*–—-][ \t]+)?(?:(?:{WEEKDAY_NAMES})\.?\s*,?\s*)?(?:(?:le|du|on|from)\s+)?",
    re.I,
)
# After a day, its author to the line's end: " – Par Aminata Traoré Diarra", " | By Jane Roe".
_AUTHOR_AFTER = compile_pattern(
    r"[ \t]*[–—|·-][ \t]*(?:par|by)[ \t]+(?-i:[A-ZÀ-Ý])[\w'’.-]+(?:[ \t]+[\w'’.-]+){0,5}[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


_PUBLICATION_BEFORE = compile_pattern(
    r"\b(?:publiee?s?|postee?s? le|published|posted|uploaded|mise? a jour|mise? en ligne|"
    r"update[ds]?|"
    # (a programme's broadcast: "Émission diffusée le samedi 4 novembre 2023", "Aired on")
    r"diffusee?s?|broadcast(?: on)?|aired(?: on)?|"
    # ("Page last reviewed: 14 January 2020", "Dernière révision : ...")
    r"(?:last|page|content) reviewed(?: on)?|reviewed\s*:|derniere revision|"
    # (not a law's "loi modificative (28/02/2020)" in a sidebar)
    r"modifi(?:e|ee|es|ees|ed|cation)\b|"
    r"date de (?:publication|"
    r"modification)|date modified|last modified|publication date|date of publication|"
    # (a debate's day in a parliament's record: "debated on Tuesday 14 January 2025",
    # "séance du mardi 14 janvier 2025")
    r"release date|issued|as of|as at|a jour au|en date du|debated on|sitting of|"
    # (a report's own day of submission: "Submitted April 29, 2022", "Rapport soumis le")
    r"submitted|soumise?s? le|"
    # (a calendar's revision: "Calendar revised: 2024-12-06", "Calendrier révisé le")
    r"revised|revise(?:e|s|es)?(?: le)?|"
    # (a meeting's own minutes: "procès-verbal de la séance plénière ordinaire du jeudi 11
    # avril 2024")
    r"seance (?:pleniere )?(?:ordinaire |extraordinaire )?du|"
    # a paper's print edition: "A version of this article appears in print on May 08, 2018"
    r"appears in print on|in print on|print edition of|"
    # (a saved feed's own stamp: "Dernière génération : Thu, 14 Nov 2024", "lastBuildDate")
    r"derniere generation|last ?build ?date|last built|feed generated(?: on)?)\b"
    r"[^.;]{0,25}$"
    # an e-mail's header: "Sent: Tuesday, 14 October 2025 09:12", "Envoyé : mardi 14 ..."
    r"|^\W*(?:sent|envoye)\s*:[^.;]{0,40}$"
    # an article printed in a paper, reproduced: "Entretien paru dans L'Observateur Paalga du"
    r"|\b(?:parue?s?|published|appeared)\s+(?:dans|in)\s+[^.;]{0,50}$"
    # a paper's edition line: "Édition du mardi 9 décembre 2008", "Edition of 4 May 2015"
    # (not a series' numbered edition labelling its place: "- Edition 2: Suva (Fiji), 3–7 July")
    r"|^\W*(?:edition|numero)(?:\s+(?:du|of))?(?:\s+[^.;:]{0,40})?$"
    # (after the paper's or the column's name and a dash: "L'AFRIQUE EN BREF – édition du
    # jeudi 12 juin 2025")
    r"|\s[–—|-]\s*(?:edition|numero)\s+(?:du|of)\s+[^.;:]{0,40}$"
    # a signed document's closing line: "Fait à Cotonou, le 11 avril 2024", "Rédigé à
    # Abidjan, le 26 novembre 2024"
    r"|^\W*(?:fait|redige|etabli|done|written) (?:a|at|in) [^,;\n]{2,40},\s*(?:le\s*|on\s*)?$"
    # a release's stamp line, its place perhaps: "Press release · Honiara, 5 March 2024",
    # "Communiqué de presse | Niamey, le 3 mai 2024"
    r"|^\W*(?:press|news|media) release\s*[·|–—:-]?\s*(?:[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,2}"
    r"\s*,\s*)?(?:le\s+)?$"
    r"|^\W*communique(?: de presse)?\s*[·|–—:-]?\s*(?:[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,2}"
    r"\s*,\s*)?(?:le\s+)?$"
    r"|" + _BYLINE_TEXT + r"$"
    # an interview's byline, the day it was given: "Propos recueillis par Awa Ndiaye, le",
    # "Entretien réalisé par ... le", "Interview conducted by Jane Roe on"
    r"|(?:^|[.!?]\s+)" + _INTERVIEW_BYLINE_TEXT + r"(?:(?:" + WEEKDAY_NAMES + r")\s*,?\s*)?"
    r"(?:\d{1,2}(?:er)?\s+\w+\.?\s+\d{4}\s*\.?\s*)?$",
    re.IGNORECASE,
)

# A date field: "Date:", "| Date :".
_DATE_FIELD_BEFORE = compile_pattern(r"(?:^|\|)\W*date\s*:\s*$", re.IGNORECASE)
# The other fields of a post's stamp line: "Writer:", "Auteur :", "Views:", "Catégorie :".
_POST_FIELDS = compile_pattern(
    r"\b(?:writer|author|auteure?|views|vues|hits|lectures|posted by|publié par|category|"
    r"catégorie|rubrique)\s*:",
    re.IGNORECASE,
)

# A news item's or a letter's dateline: "OUAGADOUGOU, 27 nov. 2015 (Faso Matin) –",
# "WASHINGTON, D.C., March 4, 2018 —", "Niamey, le 7 mars 2019", "Fait à Yaoundé, le ...".
DATELINE_HEAD = compile_pattern(
    # (after a caption's marker: "[Photo] Lusaka, 11 August 2016 – ...")
    r"\W*(?:\[[^\]\n]{1,20}\]\s*)?(?i:fait à\s+|done at\s+)?"
    # (after a release's label: "MEDIA STATEMENT — Nairobi, Friday 8th March 2024")
    r"(?i:(?:media|press|news)\s+(?:statement|release)|communiqu[ée](?:\s+de\s+presse)?)?"
    r"(?:\s*[—–:-]\s*)?"
    # (or the item a report reprints: "(reproduced from AEC News, Thursday 23 November 2023)")
    r"(?i:(?:reproduced|reprinted|republished) from\s+|extrait d[eu]\s+|repris d[eu]\s+)?"
    # (or two seats: "Strasbourg / Warsaw, 27 May 2024"; not a word linking the sentence to
    # the one before: "Enfin, le mardi 10 décembre, notre siège a reçu ...")
    r"(?!(?i:enfin|puis|ensuite|ainsi|aussi|alors|finalement|par ailleurs|de plus|"
    r"finally|then|also|later|lastly|meanwhile|moreover|besides|subsequently)\b)"
    # (its words joined perhaps by a small one: "Port of Spain", "Rio de Janeiro")
    r"(?P<place>[A-ZÀ-Ý][\w'’.-]*(?:[ -](?:(?:of|de|del|da|do|du|la|el|upon|sur)[ ])?"
    r"[A-ZÀ-Ý][\w'’.-]*){0,3}(?:\s*/\s*[A-ZÀ-Ý][\w'’.-]*)?"
    # (its state or country, short: "Atlanta, Ga.", "Lomé, TOGO"; not the day's weekday:
    # "Midrand, Thursday, 13 March 2025")
    rf"(?:,\s*(?!(?i:{WEEKDAY_NAMES})\b)[A-Z][A-Za-z.]{{1,10}})?)\s*(?:\([^)]{{0,40}}\))?"
    # (or a dash after a place in capitals, as American releases write it: "WASHINGTON, D.C.
    # – Apr. 22, 2025 – The ...")
    # (or the day in brackets after the place, as agencies write it: "NAIROBI, Kenya (Aug. 11,
    # 2022) - The Carter Center's ...")
    r"(?:,\s*|(?P<dash>\s[–—]\s+)|(?P<bracket>\s+\())"
    # (and the day's weekday: "Moroni, jeudi 7 décembre 2023")
    rf"(?:(?i:{WEEKDAY_NAMES})\.?,?\s+)?"
)

_BRACKET_THEN_DASH = compile_pattern(r"\)\s*[–—-]\s")

# A news agency's name in brackets after a dateline's day: " (AIP)", " (APS)", " (MAP)".
_AGENCY_TAG = compile_pattern(r"^\s*\((?-i:[A-Z][A-Za-z-]{1,9})\)")

# A place's state, abbreviated as datelines do: "Washington, D.C.", "Atlanta, Ga.".
_STATE_ABBREVIATION = compile_pattern(r",\s*[A-Z][a-z]?\.(?:[A-Z]\.)?$")

_DATELINE_TAIL = compile_pattern(
    # (an agency's name in brackets, its stop perhaps after it: "Kinshasa, 22 avril 2025
    # (ACP).- Quatre experts ...")
    r"\s*\.?\s*(?:\([^)]{0,40}\)\s*\.?\s*)?[–—-]"
    # (or a colon, as English releases write it: "Nairobi, Kenya, Thursday 11th August 2022:
    # The East African Community Election Observer Mission ...")
    r"|(?<=\d{4}):\s+(?:The|This|Today|Le|La|Les|L['’])\b"
)


# What is done on the news item's own day: "today formally opened", "a conclu aujourd'hui".
# (not a paper received: "a reçu ce jour le rapport de la mission")
_NO_PAPER = (
    r"(?!\s+(?:(?:ce jour|today|aujourd['’]hui)\s+)?(?:(?:le|la|les|l['’]|the|its|son|sa|ses)\s*)?"
    r"(?:rapports?|reports?|lettres?|letters?|copies|documents?|messages?|courriers?)\b)"
)
# Visitors received, in the words right after a dateline: "The Commission hosted five
# officials of", "IFES welcomed a delegation of", "la CENI a reçu une délégation".
_RECEIVED_AFTER_DATELINE = compile_pattern(
    r"^\W*(?:[\w'’.-]+\s+){0,6}?(?:hosted|welcomed|received|(?:a|ont) (?:reçu|accueilli))\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:delegations?|officials|visitors|commissioners|members|"
    r"délégations?|responsables|commissaires|membres|cadres)\b",
    re.IGNORECASE,
)


def _dateline_visit(ex: PageContext, m: DateMention) -> bool:
    """Whether a dateline's day ``m`` opens a paragraph telling visitors received right after
    it, no other day told in the paragraph: the visit's day."""
    end = ex.clean.find("\n\n", m.end_offset)
    paragraph = ex.clean[m.end_offset : end if end >= 0 else len(ex.clean)]
    told = paragraph.lstrip(" ,.–—-:|")
    return (
        bool(_RECEIVED_AFTER_DATELINE.match(told))
        and not find_dates(paragraph)[0]
        # (nor a day told from the dateline's: "The JCE received this Wednesday a delegation")
        and not _RELATIVE_DAY_WORD.search(paragraph)
    )


_RELATIVE_DAY_WORD = compile_pattern(
    rf"\b(?:{alternatives(WORDS.weekdays)}|yesterday|hier|avant-hier|today|aujourd['’]hui|"
    r"tonight|ce soir|last|dernière?|this week|cette semaine|ce matin|this morning)\b",
    re.IGNORECASE,
)


_TODAY_DOING = compile_pattern(
    r"\b(?:today|aujourd['’]hui|ce jour)\b[^.;]{0,40}?\b(?:open\w*|conclud\w*|began|begins|"
    r"start\w*|arriv\w*|launch\w*|ended|ends|clos\w*|ouvert\w*|conclu\w*|lanc\w*|achev\w*|"
    r"termin\w*|clôtur\w*|début\w*|entam\w*|"
    # (or visitors received that day: "The Commission today welcomed a delegation", "a reçu
    # ce jour à son siège une délégation")
    r"(?:received|welcomed|hosted|reçu|accueilli)" + _NO_PAPER + r"|visited|visité|met|"
    r"rencontré)|\b(?:open\w*|conclud\w*|began|launch\w*|ouvert\w*|conclu\w*|lanc\w*|"
    r"achev\w*|termin\w*|clôtur\w*|entam\w*|arriv\w*|visited|visité|met|rencontré|"
    r"(?:received|welcomed|hosted|reçu|accueilli)" + _NO_PAPER + r")\b"
    r"[^.;]{0,30}?\b(?:today|aujourd['’]hui|ce jour)\b",
    re.IGNORECASE,
)

# A photo's marker or credit line: "[Photo 4/12]", "Photo : J. Pierre-Louis", "© CEP".
_PHOTO_LINE = compile_pattern(
    r"^[ \t]*(?:\[?\s*(?:photos?|pictures?|images?|vid[ée]os?)\b|©|crédits?\s*(?:photo)?\s*:|"
    r"credits?\s*:)",
    re.I | re.M,
)


def in_photo_caption(text: str, offset: int) -> bool:
    """Whether the paragraph holding ``offset`` is a photo's caption, opening on its marker
    ("[Photo] ...", "[Photo 1/14]" / "Bamako, 25 juillet 2018 – ...", "Photo : ...")."""
    start = text.rfind("\n\n", 0, offset)
    return _PHOTO_LINE.match(text, start + 2 if start >= 0 else 0) is not None


@functools.lru_cache(maxsize=8)
def photo_captions(text: str) -> bool:
    """Whether a page is a photo gallery (several photo markers or credit lines): its
    captions' "Port-au-Prince, 9 août 2016 – ..." date what each photo shows, not a news
    item's publication."""
    return len(_PHOTO_LINE.findall(text)) >= 3


def is_dateline(text: str, m: DateMention, rel: int) -> bool:
    """Whether the date ``m`` (at ``rel`` in ``text``) is a dateline's: after a place that
    opens the text, with the place in capitals, the date after "le", a dash after it, or
    a day alone after one place name on a line of its own (a listing line "Saltillo,
    Mexico, August 8-9, 2014" is none)."""
    head = DATELINE_HEAD.fullmatch(text[:rel])
    if head is None or (m.is_range and m.start != m.end):
        return False  # (a dateline is one day: "Nairobi, Kenya, June 12-14, 2018 –" is a place)
    if head.group("dash") and not (
        head.group("place").split()[0].isupper() and len(head.group("place").split()[0]) >= 4
    ):
        return False  # (a dash after a place in capitals only: not "Sénégal – 24 mars 2024")
    if _LIST_BULLET.match(text[:rel]):
        return False  # (a list item's place and day: "- Antananarivo, jeudi 6 juillet 2023 –")
    place = head.group("place")
    end = m.end_offset - m.start_offset + rel
    if head.group("bracket"):
        # (its brackets closed, then a dash: "NAIROBI, Kenya (Aug. 11, 2022) - ...")
        return bool(m.start.day) and _BRACKET_THEN_DASH.match(text, end) is not None
    if (
        ("," not in place or _STATE_ABBREVIATION.search(place))
        and not m.is_range
        and m.start.day
        # (its agency's name in brackets after it: "Abidjan, lundi 18 novembre 2024 (AIP)")
        and not _AGENCY_TAG.sub("", text[end:]).strip(" .")
    ):
        # a line of its own: "Nairobi, 12 June 2017" above a statement ("Washington, D.C.,
        # Thursday, February 20, 2025": a place with its state's abbreviation)
        return True
    if (
        "," not in place
        and not m.is_range
        and m.start.day
        and (text[:rel].lstrip()[:1], text[end:].split("\n", 1)[0].strip(" ."))
        in (("[", "]"), ("(", ")"))
    ):
        # in brackets on its line: "[Abidjan, 12 mars 2021]" over a dispatch, "(reproduced
        # from AEC News, Thursday 23 November 2023)" over the item a report reprints
        return True
    if (
        "," not in place
        and not m.is_range
        and m.start.day
        and text[:rel].lstrip()[:1] == "("
        and text[end:].lstrip(" .")[:1] == ")"
    ):
        # (or opening its paragraph: "(Abidjan, 21 oct.) Le quotidien public rapporte que
        # ...", an article a press review sums up)
        return True
    return place.split(",")[0].isupper() or m.lead == "le" or bool(_DATELINE_TAIL.match(text, end))


# Activities counted right after a month (folded): ", à deux activités de coopération", "in
# three missions".
_COUNTED_AFTER = compile_pattern(
    r"[\s,]*(?:a|in|to|aux?|dans)?\s*(?:deux|trois|quatre|cinq|six|plusieurs|two|three|four|"
    r"five|six|several|\d+)\s+(?:activites|missions|evenements|rencontres|activities|events)\b",
    re.IGNORECASE,
)
# What a table or a list below holds (folded): "The table below lists", "are listed below",
# "le tableau ci-dessous présente", "sont récapitulées ci-après".
_LISTS_BEFORE = compile_pattern(
    r"\b(?:(?:table|list) below (?:lists|shows|sets out|gives|summari[sz]es)|"
    r"(?:are|is) (?:listed|set out|summari[sz]ed) below|"
    r"tableau ci-dessous (?:presente|recapitule|dresse|liste|donne)|"
    r"(?:sont|est) (?:presentee?s|recapitulee?s|listee?s|resumee?s) ci-(?:dessous|apres))"
    r"[^.;]{0,140}$",
    re.IGNORECASE,
)
# The trips counted over a period, each told apart (folded): "four trips outside Canada took
# place between", "trois déplacements ont été effectués du", "for the period from".
_TRIPS_COUNTED_BEFORE = compile_pattern(
    r"(?:\b(?:two|three|four|five|six|seven|eight|nine|ten|several|deux|trois|quatre|cinq|six|"
    r"sept|huit|neuf|dix|plusieurs|\d+)\s+(?:[\w'-]+\s+){0,2}(?:trips|journeys|voyages|"
    r"deplacements|missions|visits|visites|activities|activites)\b"
    r"|\b(?:for|during|over|in|covering) the (?:reporting )?period\b"
    r"|\b(?:pour|durant|pendant|sur|au cours de) la periode\b)[^.;]{0,90}$",
    re.IGNORECASE,
)
# What a list or an answer says it leaves out (folded): "travel within Canada, including ...,
# is not included", "les déplacements au Québec n'y sont pas comptabilisés".
_LEFT_OUT = compile_pattern(
    r"\b(?:is|are|was|were) (?:not (?:included|counted|covered|listed|reported)|excluded)\b"
    r"|\bn['’](?:y )?(?:est|sont|etait|etaient) pas (?:inclu|compris|comptabilis|pris en compte|"
    r"couvert|repertori)|\b(?:est|sont) exclue?s?\b"
    # (or not in the list: "ne figurent pas dans cette liste", "do not appear in this list")
    r"|\bne (?:figure|figurent|apparai\w+) pas\b|\bdo(?:es)? not (?:appear|feature)\b",
    re.IGNORECASE,
)
# A fiscal year, then the verb of its first day (folded text): "fiscal year, which starts on",
# "l'exercice financier commence le", "whose financial year begins on".
_YEAR_STARTS_BEFORE = compile_pattern(
    r"\b(?:(?:fiscal|financial|programme|program|reporting) year|exercice(?: financier)?|"
    r"annee (?:financiere|budgetaire))\b[^.;]{0,30}?\b(?:starts|begins|commences|opens|"
    r"started|began|commence|debute|demarre|s['’]ouvre)\s+(?:on|le|from|au|the)?\s*$",
    re.IGNORECASE,
)
# A vote not observed, told right after its day (folded): "n'avait pas pu être observé",
# "n'a pas été observé", "could not be observed", "was not observed".
_NOT_OBSERVED_AFTER = compile_pattern(
    r"[^.;]{0,30}?\b(?:n['’](?:a|avait|ont|avaient)\s+pas\s+(?:pu\s+)?(?:etre\s+|ete\s+)?"
    r"observee?s?|(?:could not|cannot|was not|were not|couldn['’]t|wasn['’]t|weren['’]t)\s+"
    r"(?:be\s+)?observed)\b",
    re.IGNORECASE,
)
# An author's research before its time (folded): "nos propres séjours de terrain, à Niamey
# en", "un entretien avec l'auteur réalisé le", "interviews I conducted ... in", "six
# interviews conducted in Stockholm in", "fieldwork in", a note opening "Interview, ...".
_AUTHORS_RESEARCH_BEFORE = compile_pattern(
    r"(?:\b(?:sejours?|enquetes?|travail|recherches?) (?:de|sur le) terrain|"
    r"\bfield ?work\b|\bfield (?:research|visits?|trips?)\b|"
    r"\b(?:entretiens?|entrevues?) (?:\w+ )?(?:avec|par) l['’]auteur(?:e)?\b|"
    r"\b(?:nos|mes|notre|mon) (?:propres )?(?:entretiens|entrevues|enquetes?|terrains?)\b|"
    r"\binterviews? (?:(?:i|we) )?(?:conducted|carried out|held)\b|\b(?:i|we) interviewed\b|"
    r"\b(?:author['’]s|my|our) (?:own )?(?:interviews?|fieldwork)\b|"
    r"\binterviews? with the author\b|^\W*\d*\s*(?:interview|entretien)s?\s*,)"
    r"[^.;]{0,90}$",
    re.IGNORECASE,
)
# A programme or a project, then the verb of its span (folded text): "The program described
# on this page ran from", "le projet, qui s'est déroulé de".
_PROGRAMME_RAN_BEFORE = compile_pattern(
    r"\b(?:program+e?s?|projects?|projets?)\b[^.;]{0,60}?\b(?:ran|runs|spanned|spans|covered|"
    r"covers|lasted|was implemented|s['’]est (?:deroule|etendu|etale)|a couru|couvre|couvrait)\s+"
    r"(?:(?:from|between|de|du|entre)\s*)?$",
    re.IGNORECASE,
)
_DURATION_FIELD_BEFORE = compile_pattern(
    r"(?:^|\n)\W*(?:(?:(?:project|programme|program|implementation)\s+)?(?:duration|period|"
    r"timeframe)|duree(?:\s+du\s+(?:projet|programme))?|periode de mise en oeuvre|"
    r"periode du projet)\s*:\s*$",
    re.IGNORECASE,
)


_YEAR_COLUMN = compile_pattern(r"\s*(?:ann[ée]e|year|date|dates|p[ée]riode|period)\s*", re.I)


def year_opening_its_item(ex: PageContext, m: DateMention) -> bool:
    """Whether a bare year opens its line (after a bullet at most), a colon or a dash after
    it, then the item's words ("• 2017 : membre de la mission ...", "2019 – Mission to ...")."""
    line_start = ex.clean.rfind("\n", 0, m.start_offset) + 1
    return (
        _ITEM_MARK_ONLY.fullmatch(ex.clean, line_start, m.start_offset) is not None
        and _YEAR_LABEL_AFTER.match(ex.clean, m.end_offset) is not None
    )


_ITEM_MARK_ONLY = compile_pattern(r"[ \t]*(?:[•·▪●◦*–—-][ \t]*)?")
_YEAR_LABEL_AFTER = compile_pattern(r"[ \t]*[:–—-][ \t]+[^\W\d]")


def _year_column_cell(ex: PageContext, m: DateMention) -> bool:
    """Whether the year fills a cell of a table row under a header naming its column the
    year or the date ("Année | Pays | Mission" over "2006 | Haïti | Assistance ...")."""
    line_start = ex.clean.rfind("\n", 0, m.start_offset) + 1
    found = table_header(ex.clean, line_start)
    if found is None:
        return False
    cells, header, heads = found
    if len(cells) != len(heads):
        return False
    at = m.start_offset - line_start
    for (a, b), (ha, hb) in zip(cells, heads, strict=True):
        if a <= at < b:
            cell = ex.clean[line_start + a : line_start + b].strip()
            return cell == m.text.strip() and bool(_YEAR_COLUMN.fullmatch(header[ha:hb]))
    return False


def _months_long(m: DateMention) -> int:
    """How many months a date spans, its first month and its last counted (0: one day or
    month, or an end not known)."""
    a, b = m.start, m.end
    if a.month is None or b.month is None or a.year is None or b.year is None:
        return 0
    return (b.year - a.year) * 12 + b.month - a.month


_RECORDED_BEFORE = compile_pattern(
    r"\b(?:(?:episode|épisode|emission|émission|video|vidéo|podcast|balado)\s+)?(?:enregistree?s?|"
    r"recorded|filmed|tournee?s?)\b[^.;]{0,60}$",
    re.IGNORECASE,
)
_LIST_BULLET = compile_pattern(r"\s*[-–•·*▪●]\s")
_MONTH_EN = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
# The party's part in an event, right before its noun (folded text): "a participé au ",
# "ont préparé et animé le ", "attended the ", "took part in the ".
_TOOK_PART_IN_THE_EVENT = compile_pattern(
    r"\b(?:(?:a|ont|avait|avaient) (?:participe|pris part)|(?:a|ont) (?:prepare et )?anime|"
    r"(?:a|ont) (?:co-?)?organise|attended|took part in|participated in|facilitated|led)\s+"
    r"(?:a|au|a la|a l['’]|aux|le|la|les|l['’]|the|an?)\s*(?:[\w'’-]+\s+){0,3}$"
    # (or on its margins, where the party did its own business: "En marge du séminaire que le
    # RECEF a tenu à Dakar du 26 au 28 octobre 2021, la CENI a signé", "On the margins of the
    # seminar that the RECEF held in Tunis from 23 to 25 April")
    r"|\b(?:en marge|on the (?:margins?|sidelines?) of|in the margins? of)\s+"
    r"(?:du|de la|de l['’]|des|the)\s*(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)

# "The first ... " right before "since" (folded text): "the first municipal elections ".
_FIRST_BEFORE_SINCE = compile_pattern(r"\b(?:first|premiere?s?)\b[^.;,]{0,60}$", re.IGNORECASE)

REFERENCE_BEFORE = compile_pattern(
    # (not a novelty told of the event itself: "For the first time, the GEC ran a full
    # international visitor programme: from 25 to 29 June")
    r"\b(?:also observed|had (?:notably |also )?observed|previously|(?<!for the )first time)\b"
    r"[^.;]*$"
    # a time long past: "My first was Liberia back in 2017", "ma première mission, en 2012"
    r"|\bback in\s*$|\b(?:my|our|his|her|their|ma|notre|sa|leur)\s+(?:very\s+)?"
    r"(?:first|premi[èe]re?)\b[^.;]{0,60}$"
    # (not since a day, the stay's first: "in the country since 6 November, will stay until")
    r"|\bsince\b(?!\s+(?:\w+\s+)?\d{1,2}(?:st|nd|rd|th)?\s+"
    + _MONTH_EN
    + r"|\s+"
    + _MONTH_EN
    + r"\w*\s+\d{1,2}\b"
    # (nor since a day told from the page's: "has been in the country since Thursday last and
    # will stay until March 6", "since yesterday")
    r"|\s+(?:last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\s+yesterday\b)[^.;]*$"
    # another event: "lors du séminaire que le RECEF a tenu à Madagascar, en", "ont adoptée
    # au XVIIe Sommet ..., le", "the previous assembly, in"
    r"|\b(?:que|qu['’]|which|that)\s[^.;,]{0,40}\b(?:a|ont|had|has)\s+(?:tenu|organisé|held)\b"
    r"[^.;]{0,60}$"
    # (not the week or the month before, a time of its own: "La semaine précédente, du 5 au
    # 9 février, trois techniciens ... avaient suivi à Port-Louis un atelier")
    r"|(?<!semaine )(?<!mois )\b(?:previous|pr[ée]c[ée]dente?s?)\b(?!\s+(?:week|month)\b)"
    r"[^.;]{0,60}$"
    # an earlier time of the same kind: "this was not the first visit of the kind: in March
    # 2016 the Assembly sent observers", "ce n'est pas la première mission : en 2015"
    r"|\b(?:not the first|pas (?:la|le) premi[èe]re?)\b[^.;]{0,90}$"
    # an agreement's own days: "came into force on", "entrée en vigueur le", "valid until",
    # "valable jusqu'au", "expires on"
    r"|\b(?:came|comes|entered|enters) into force\b[^.;]{0,20}$|\b(?:took|takes) effect\b"
    r"[^.;]{0,20}$|\bentree?s? en vigueur\b[^.;]{0,20}$|\b(?:valid|valable|effective) "
    r"(?:until|jusqu['’]?\s*(?:au|a))\s*$|\bexpire[sd]?\b[^.;]{0,10}$"
    # "The regional body last sent observers to Jamaica for the general election of"
    r"|\blast (?:sent|observed|visited|deployed|hosted|received)\b[^.;]{0,80}$"
    # "the assembly held last year, in ...", not "In May last year, three officers were in"
    r"|\b(?:last year|l['’]an dernier|l['’]ann[ée]e derni[èe]re)\b[^.;,]{0,60}$"
    # "il avait déjà dirigé la délégation ... lors de la présidentielle tenue à Accra en"
    # ("Earlier this month, from May 6 to 8, ... took part": a time of its own, no reference)
    # (not "Earlier, from 3 to 6 September, two officers attended": that time's own trip)
    # (nor "Auparavant, du 3 au 7 décembre 2018, la CENI avait accueilli ...")
    r"|\b(?:deja|already|auparavant(?!\s*,\s*(?:(?:le|les|du|en|entre)\s+)?$)|"
    r"earlier(?!\s+(?:this|that|in\s+the)\s+(?:week|month|year)"
    # (nor "Earlier in the process, from March 29 to 31, the Chief of Mission made a visit")
    r"|(?:\s+(?:in|during)\s+(?:the\s+)?[\w-]+)?\s*,\s*(?:(?:on|from|in|between)\s+)?$))\b"
    r"[^.;:]{0,90}$"
    # the pluperfect tells what came before: "qui l'avait contraint à tenir ... en 2021"
    r"|\b(?:l['’]|s['’])?(?:avait|avaient)\b[^.;]{0,120}$"
    # (not the present perfect: "has had a presence in Liberia since")
    # (nor "had" and a noun: "I had the honour of joining the MEC in Lilongwe from 8 to 10")
    r"|\b(?:s['’])?(?:avait|avaient|était|étaient|(?<!has )(?<!have )had(?!\s+(?:the|a|an|my|"
    r"our|its|their|his|her|no|some|several|many|two|three)\s))\s+(?:\w+\s+)?"
    r"\w+(?:e|es|ed|en)\b"
    r"[^.;]{0,90}$"
    # (a document adopted or signed then; not the signing told as the news, its document
    # after the verb: "the TSE and the TSJE signed a memorandum ... in Brasília")
    r"|\badopt\w*\b[^.;]{0,80}$"
    r"|\b(?:signée?s?|signed)\b"
    r"(?!\s+(?:a|an|the|its|their|un|une|le|la|les|leur|son|sa|ses)\s+(?!1er|premier)[^\W\d])"
    # (not past the event it was signed at: "signed in Bucharest on 21 March, during the
    # working visit of a delegation to Romania")
    # (nor past its own time, another event told after it: "Under the memorandum signed in
    # 2021, a workshop brought together from 6 to 8 June 2023", "l'accord signé en février,
    # un atelier a réuni du 22 au 24 mai 2023")
    r"(?:(?!\b(?:during|lors|au cours|on the occasion|à l['’]occasion|(?:19|20)\d\d)\b"
    rf"|\b(?:{alternatives(WORDS.months)})\s*,)[^.;]){{0,80}}$"
    # the time of an event a state has lasted since: "accompagne la transition depuis
    # l'insurrection populaire des 30 et 31 octobre 2014", "since the coup of 5 September"
    r"|\b(?:depuis|since)\s+(?:l['’]|le\s|la\s|les\s|the\s)[^.;,:\d]{0,50}"
    r"\b(?:du|des|de|d['’]|of)\s*$"
    # when a body was founded: "depuis sa création en 2005", "created in 2008", "fondé en"
    # (not a foundation's name: "la Fondation Kofi Annan a réuni mardi dernier")
    r"|\b(?:cr[ée]ation|(?-i:fondation|foundation)|creation|founding|establishment|cr[ée][ée]e?s?|"
    r"fond[ée]e?s?|founded|created|established|"
    # (or its birth: "La CENI, qui a vu le jour en 2001", "came into being in 1998")
    r"vu le jour|came into (?:being|existence))\b[^.;,]{0,25}$"
    # (or a thing put in place, its year after it: "le fichier biométrique, mis en place chez
    # nous en 2020", "the system introduced in 2019")
    r"|\b(?:mise?s?\s+en\s+place|set up|introduced)\b[^.;,]{0,25}\b(?:en|in)\s*$"
    # a document and its date: "la Déclaration de Bamako du 3 novembre 2000"
    r"|\b(?:déclaration|declaration|charte|charter|accord|agreement|loi|act|résolution|"
    r"resolution|convention|protocole?)\b[^.;,]{0,60}\b(?:du|of|de)\s*$",
    re.IGNORECASE,
)


# A report put out, just before its day (folded): "le rapport final a été rendu public en",
# "the statement was released on".
_REPORT_PUT_OUT_BEFORE = compile_pattern(
    r"\b(?:rapports?|reports?|declarations?|statements?|communiques?)\b[^.;]{0,60}?\b"
    r"(?:rendue?s? publi(?:c|que)s?|publiee?s?|published|released|made public|issued)\s+"
    # (its place between: "the statement, released in Maputo on")
    r"(?:(?:in|at|a)\s+[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?,?\s+)?"
    r"(?:en|le|on|in)?\s*$",
    re.IGNORECASE,
)

# A report and what it is of, its days in brackets after (folded): "du rapport de la mission
# de Nouakchott (", "the report on the workshop in Apia (".
_REPORT_OF_BEFORE = compile_pattern(
    r"\b(?:rapports?|reports?|comptes? rendus?|proces-verbal|minutes)\s+(?:de|du|des|d['’]|of|on)"
    r"\b[^.;()]{0,60}\(\s*$",
    re.IGNORECASE,
)

# What had already been done: "avait déjà", "had already".
_HAD_ALREADY = compile_pattern(
    r"\b(?:avait|avaient|had)\s+(?:déjà|already)\b|\balready\s+had\b", re.IGNORECASE
)

# A place named after a day, its day after it (folded): "Hôtel du 2 Février", "Place du 26
# Mars", "Boulevard du 30 Juin", "Stade du 4 Août", "Avenue du 24 Novembre".
_NAMED_AFTER_A_DAY = compile_pattern(
    r"\b(?:hotel|h[oô]tel|avenue|av\.|boulevard|bd|rue|place|stade|palais|pont|quartier|"
    r"carrefour|rond-point|lycee|college|ecole|universite|street|square)\s+du\s*$",
    re.IGNORECASE,
)

# An entry's field of signing, before its day: "Date signed: ", "Signed on: ", "Date de
# signature : ", "Signé le : ".
_SIGNING_FIELD = compile_pattern(rf"\s*(?:{SIGNING_TERMS})\s*:\s*", re.IGNORECASE)

# A signing just before its day, and the document signed named after it (folded text):
# "signed on Tuesday, March 15, in Lima, a framework agreement", "ont signé le 3 mai, à
# Dakar, un protocole d'accord".
_SIGNED_JUST_BEFORE = compile_pattern(
    r"\b(?:signed|signe|signee|paraphe|initialled)\s+(?:on|le)?\s*(?:(?:mon|tues|wednes|thurs|"
    r"fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)?\s*,?\s*(?:on\s+)?$",
    re.IGNORECASE,
)
_DOCUMENT_AFTER = compile_pattern(
    r"\s*,?\s*(?:(?:in|at|a|au|en)\s+[^,.;]{1,40},\s*)?(?:a|an|the|un|une|le|la|l['’])\s*"
    r"(?:[\w'’-]+\s+){0,4}?(?:agreement|memorandum|accord|protocol|protocole|convention|mou|"
    r"charter|charte)\b",
    re.IGNORECASE,
)


# An event told as what preceded another, just before its days: "avait été précédé, les",
# "was preceded, on 3 and 4 May, by".
_PRECEDED_BY = compile_pattern(
    r"\b(?:précédée?s?|precedee?s?|preceded)\s*,?\s*(?:(?:les|le|du|on|from)\s+)?$",
    re.IGNORECASE,
)

# A country's joining a body, before the year: "joined the Commonwealth in", "a adhéré à l'OIF
# en", "membre de la Francophonie depuis".
_JOINED_BEFORE = compile_pattern(
    # (a body's joining as a member of some rank: "became an associate member on")
    r"\b(?:joined|acceded to|became (?:an? )?(?:\w+ )?members?\b|a adh[ée]r[ée]|adh[ée]sion|"
    r"a rejoint|"
    r"est devenue? membre|membre)\b[^.;,]{0,60}$",
    re.IGNORECASE,
)

# A week's label alone on its line: "SEMAINE 1 (6-12 OCTOBRE)", "Week 2 – 13 to 19 October",
# "Semaine du 6 au 12 octobre", "WEEK OF 4 MARCH 2024".
_WEEK_LABEL = compile_pattern(
    r"\W*(?:semaine|week)s?\s*(?:n[°o]\.?\s*)?(?:\d{1,2}\b)?\s*(?:of|du|de la|de)?\s*"
    r"[(:–—-]?\s*(?:from\s+|du\s+)?\d{1,2}\b[^\n()]{2,36}?[)]?\s*[.:]?\s*",
    re.IGNORECASE,
)


# A body's becoming a member, before its day: "became an associate member on", "est devenue
# membre à part entière le", "was admitted as a full member on".
_BECAME_MEMBER_BEFORE = compile_pattern(
    r"\b(?:became (?:an? )?(?:\w+ )?members?|est devenue? membre|sont devenue?s membres|"
    r"(?:a|ont) été admise?s? comme membres?|(?:was|were) admitted as (?:an? )?(?:\w+ )?members?)"
    r"\b[^.;,]{0,40}$",
    re.IGNORECASE,
)

# Words that put a time after a vote: "au lendemain du scrutin", "after the elections",
# "à l'issue du vote" (folded text).
_AFTER_THE_VOTE = compile_pattern(
    r"^\W*(?:au lendemain|le lendemain|a l['’]issue|apres|after|following|in the wake)\s+"
    r"(?:d[eu]s?\s+|de l['’]|l['’]|la\s+|le\s+|les\s+|the\s+|of the\s+)?"
    r"(?:scrutin|vote|elections?|polls?|election)\b",
    re.IGNORECASE,
)

# An earlier mission told in the pluperfect, with its own days: "la mission d'information et de
# contact que l'OIF avait menée à Moroni du 18 au 22 février 2019", "which the Commission had
# carried out in Maputo from 3 to 7 May": an activity of its own, not a background date.
EARLIER_MISSION_DID_TEXT = (
    # (read on folded text: accents off)
    r"\b(?:missions?|d[ée]l[ée]gations?|visites?|delegations?|visits?)\b[^.;]{0,60}"
    r"\b(?:s['’])?(?:avait|avaient|etait|etaient|had"
    # (or in a relative clause in the perfect: "la mission exploratoire que l'Union
    # européenne a dépêchée à Antananarivo en juillet")
    r"|(?<=\bqu['’])[^.;]{0,40}?\b(?:a|ont)|(?<=\bque )[^.;]{0,40}?\b(?:a|ont))"
    # (an adverb between: "une mission d'experts s'était déjà rendue à Conakry du")
    r"\s+(?:(?:d[ée]j[àa]|already|aussi|also|[ée]galement)\s+)?(?:(?:[ée]t[ée]|been)\s+)?"
    r"(?:men[ée]e?s?|conduite?s?|effectu[ée]e?s?|d[ée]p[êe]ch[ée]e?s?|d[ée]ploy[ée]e?s?|"
    r"led|conducted|carried out|undertaken|sent|deployed|"
    # ("une mission d'évaluation ... avait séjourné à Niamey du 18 au 22 janvier")
    r"s[ée]journ[ée]e?s?|rendue?s?|stayed|travell?ed|visited)\b"
)
_EARLIER_MISSION = compile_pattern(
    EARLIER_MISSION_DID_TEXT + r"[^.;]{0,80}?(?:\b(?:du|from|between|entre|en|in)\s*)$"
    # the body's verb first: "Le NDI avait déjà dépêché en juin dernier une mission"
    r"|\b(?:avait|avaient|had)\s+(?:(?:deja|already|aussi|also)\s+)?(?:depeche|envoye|deploye|"
    r"mene|sent|deployed|dispatched|conducted)\s+(?:en|in)\s*$"
    # (or the mission that prepared this one: "Cette mission avait été préparée par une
    # mission d'information et de contacts conduite à Moroni du 4 au 7 décembre 2023")
    r"|\b(?:preparee?s?|precedee?s?|prepared|preceded)\s+(?:par|by)\s+(?:une?|la|le|an?|the)\s+"
    r"(?:missions?|visites?|delegations?|visits?)\b[^.;]{0,100}?"
    r"(?:\b(?:du|from|between|entre|en|in|le|on)\s*)?$",
    re.IGNORECASE,
)
# A mission told as one done before: "la mission ... que l'OIF avait conduite".
EARLIER_MISSION_DID = compile_pattern(EARLIER_MISSION_DID_TEXT, re.IGNORECASE)
# (its place: "qu'une mission ... avait séjourné à Bamako du 3 au 7 juin": where it was)
EARLIER_MISSION_PLACE = compile_pattern(
    EARLIER_MISSION_DID_TEXT + r"\s+(?:\w+\s+){0,3}?(?:a|au|aux|en|in|to|at)\s+$", re.IGNORECASE
)

# The pluperfect of what a body did, before a day (folded text): "avait par ailleurs accueilli
# à Dakar, le", "had hosted in Accra on".
_DID = (
    r"\b(?:avait|avaient|had)\s+(?:(?:par ailleurs|aussi|ainsi|[ée]galement|also|d[ée]j[àa]|"
    r"already|"
    # ("The AU had earlier deployed a Pre-Election Assessment Mission to Liberia from ...")
    r"earlier|previously|auparavant|pr[ée]c[ée]demment|"
    # (the body itself: "Elle avait elle-même accueilli à Cotonou, du 4 au 8 décembre")
    r"(?:elle|lui|elles|eux)-m[êe]mes?|itself|themselves)\s+)?"
    # (a party sent, in the passive: "avaient ainsi été dépêchés à Tunis du 3 au 8 octobre")
    r"(?:(?:[ée]t[ée]|been)\s+(?:d[ée]p[êe]ch[ée]e?s|d[ée]ploy[ée]e?s|envoy[ée]e?s|sent)|"
    r"accueilli|re[çc]u|effectu[ée]|particip[ée]|pris part|organis[ée]|anim[ée]|hosted|received|"
    # (a mission it had the benefit of: "avait déjà bénéficié, du 8 au 12 juillet 2019, d'une
    # mission d'assistance technique de l'OIF")
    r"b[ée]n[ée]fici[ée]|benefit+ed from|"
    r"welcomed|organi[sz]ed|attended|taken part|participated|"
    # (a mission it had sent: "had earlier deployed a Pre-Election Assessment Mission")
    r"deployed|dispatched|fielded|"
    # (a stay's first day told back: "The core team had arrived on 11 March")
    r"arrived|arriv[ée]e?s?)\b"
)
DID_BEFORE = compile_pattern(_DID + r"[^.;]{0,90}$", re.IGNORECASE)
# The same, further before a place its sentence names: "avait déjà bénéficié, du 14 au 18
# mai, d'une mission d'assistance technique du PNUD venue appuyer à Bujumbura".
DID_FAR_BEFORE = compile_pattern(_DID + r"[^.;]{0,160}$", re.IGNORECASE)

# A sentence opening on an earlier time of the same year or month tells an activity of its
# own, in the pluperfect or not: "Plus tôt cette année, ... avait aussi pris part, du ...".
# A month's name or its abbreviation, in any language of languages/*.toml.
_MONTH_WORD = f"(?:{alternatives(WORDS.months)})"
EARLIER_THIS = compile_pattern(
    r"\W*(?:plus tôt (?:cette année|ce mois-ci|dans l['’]année)|earlier (?:this|that|in the) "
    r"(?:year|month)|au début de l['’]année|at the start of the year|"
    # a sentence opening on an earlier month of the speaker's own doing: "Earlier, in July,
    # we welcomed", "Back in March we co-hosted", "Plus tôt, en juillet, nous avons"
    rf"(?:earlier|back|plus tôt),?\s+(?:in|en)\s+{_MONTH_WORD}|last\s+{_MONTH_WORD}|"
    # (or an earlier year or month: "Before that, in 2011, he had led", "Auparavant, en
    # 2014, elle", "Auparavant, en juin 2023, deux experts de l'OIF avaient appuyé")
    r"(?:before that|prior to that|previously|auparavant|avant cela),?\s+(?:in|en)\s+"
    rf"(?:(?:19|20)\d\d|{_MONTH_WORD})|"
    # a recall of the body's own earlier doing: "Pour mémoire, la HAAC avait accueilli ..."
    r"pour (?:mémoire|rappel)|rappelons que|as a reminder|"
    # (or the time before the trip just told: "Avant ce déploiement, il avait suivi, début
    # avril, à Addis-Abeba, la formation", "Before that mission, she had attended")
    r"(?:avant (?:ce|cette|son|sa|leur)|before (?:this|that|its|their|the))\s+[\w-]+"
    r"(?:\s+[\w-]+)?,)",
    re.IGNORECASE,
)

# Back home after the trip: "De retour à Tunis, ... le 7 décembre", "Upon their return to
# Ottawa on May 3, ...": a follow-up at home, not a trip of its own.
_RECEIVED_JUST_BEFORE = compile_pattern(
    r"\b(?:(?:a|ont) (?:accueilli|recu|reçu)|welcomed|hosted|received)\b[^.;]{0,180}$",
    re.IGNORECASE,
)
# Work done at home once back, its doer and verb told: "Back home, IFES helped the ISIE run",
# "De retour, la CENA a organisé".
_WORKED_AT_HOME = compile_pattern(
    r"\W*(?:back home|de retour|once home|at home)\s*,\s*[^.;:]{0,60}?\b(?:helped|trained|held|"
    r"organi[sz]ed|ran|hosted|conducted|supported|prepared|a (?:aidé|formé|tenu|organisé|"
    r"accueilli|appuyé)|ont (?:aidé|formé|tenu|organisé|accueilli|appuyé))\b",
    re.IGNORECASE,
)

_BACK_HOME = compile_pattern(
    rf"^\W*(?:de retour|back (?:in(?!\s+{_MONTH_WORD}\b)|home|at)|"
    r"upon (?:its|their|his|her) return|on (?:its|their|his|her) return|"
    r"after (?:its|their|his|her) return|[àa] (?:son|leur) retour|"
    r"au retour|d[eè]s (?:son|leur) retour|"
    # (the day they came home: "Rentré à Cotonou dimanche, après près de deux semaines passées
    # au Tchad")
    r"rentr[ée]e?s?\s+(?:à|au|en|chez)|returned (?:home|to)|back home)\b",
    re.IGNORECASE,
)

# The trip told inside the return: "De retour de Tunis où il a pris part, du 16 au 18
# octobre, au séminaire", "Back from Lima, where she observed on ...".
_WHERE_IT_WAS = compile_pattern(
    r"\b(?:ou|where)\s+(?:il|elle|ils|elles|they|he|she|it|la|le|les|the)\b[^.;]{0,60}$",
    re.IGNORECASE,
)

# The trip told in the return's main clause: "De retour de Niamey, notre membre a pris part
# du 6 au 8 mars à l'atelier".
_TOOK_PART_JUST_BEFORE = compile_pattern(
    r"\b(?:a|ont|avait|avaient) (?:pris part|participe|assiste|represente)\b[^.;]{0,20}$|"
    r"\b(?:took part|participated|attended)\b[^.;]{0,20}$",
    re.IGNORECASE,
)

# ... or their deployment, its days after it: "déployés du", "deployed from".
_DEPLOYED_JUST_BEFORE = compile_pattern(
    r"\b(?:d[eé]ploy[eé]e?s?|d[eé]p[eê]ch[eé]e?s?|envoy[eé]e?s?|deployed|posted|stationed)"
    r"(?:\s+(?:du|from))?\s*$",
    re.IGNORECASE,
)

# A deadline, not an activity: "Date limite : 30 juin 2022", "Deadline for applications:
# May 5", "au plus tard le 3 mars".
_DEADLINE_BEFORE = compile_pattern(
    r"\b(?:date limite|deadline|closing date|no later than|au plus tard|d['’]ici (?:le|au)|"
    r"apply by|dépôt des (?:candidatures|dossiers))\b[^.;]{0,30}$"
    # a decision taken on a day: "le Conseil d'État a décidé le 28 novembre 2018 de ...",
    # "the board decided on 3 May to ..."
    r"|\b(?:a|ont|avait|avaient|had|has|have)?\s*(?:d[ée]cid[ée]|decided|adopt[ée]|adopted|"
    r"approuv[ée]|approved|r[ée]solu|resolved|authori[sz]ed|autoris[ée])\s+"
    # (or in its month: "le Bureau a décidé au mois de juillet 2019 de dépêcher")
    r"(?:le|on|en|in|au mois de|au cours du mois de|during)?\s*$"
    # a domestic procedure's opening or closing: "the nomination of candidates ... closed
    # on", "les inscriptions sur la liste électorale ont été clôturées le"
    r"|\b(?:nominations?|candidatures?|registration|inscriptions?|enrol+ment|applications?|"
    # (or a country's transition: "le processus de transition ouvert le 30 août 2023")
    r"transition|processus|process|accreditation|d[ée]p[oô]t)\b[^.;]{0,90}\b(?:clos\w*|open\w*|ended|began|cl[oô]tur\w*|ouvert\w*|"
    r"ferm\w*)\s+(?:on|le)?\s*$"
    # (or under its field's label, on a line of its own: "Inscription" / "Clôturée le 26 mai")
    r"|^\W*(?:cl[oô]tur\w*|closed|closes|closing|ferm\w*)\s+(?:on|le)?\s*$",
    re.IGNORECASE,
)

# A decision told after its day: "..., the Conference of Presidents authorised ...", "le
# Bureau a décidé de ..." (folded text).
# An incident, no activity: "l'incendie qui a détruit, le 13 décembre", "the attack of", "le
# coup d'État du 30 août 2023", "le décès du président ... en juin 2009".
_INCIDENT_BEFORE = compile_pattern(
    r"\b(?:incendie|fire|attentat|attack|attaque|explosion|flood|inondation|earthquake|"
    r"s[eé]isme|cyclone|coup(?: d['’]etat)?|putsch|d[eé]c[eè]s|death|died|assassinat|assassination|"
    r"disparition|"
    # an institution's act: "après la dissolution de l'Assemblée nationale le 12 septembre",
    # "the parliament dissolved on", "the decree of"
    r"dissolution|dissous|dissoute|dissolved|promulgation|promulgated|d[eé]cret|decree|"
    # (or a court's voiding a vote: "When the Supreme Court annulled the August 8 presidential
    # result on Sept. 1, 2017", "la Cour a annulé le scrutin du")
    r"annulled|annuled|invalidated|nullified|a annul[eé]|a invalid[eé]|annulation|invalidation)"
    r"\b[^.;]{0,40}$",
    re.IGNORECASE,
)


# A process under way: "is currently completing", "has been conducted" (a mission's stay
# "depuis le lundi 23 novembre" that "se poursuit" is still a stay).
_ONGOING = compile_pattern(
    r"\b(?:currently|is being|are being|has been conducted|have been conducted|under way|"
    r"underway)\b",
    re.IGNORECASE,
)


# A mission's work ended, between a vote's name and a day: "completed its work on", "a
# achevé ses travaux le", "wrapped up its observation on".
_WORK_ENDED = compile_pattern(
    r"\b(?:completed|concluded|ended|wrapped up|achev[ée]\w*|termin[ée]\w*|clôtur[ée]\w*)\s+"
    r"(?:its|their|his|her|ses|leurs?|sa|son)\s+(?:work|mission|stay|observation|travaux|séjour)",
    re.IGNORECASE,
)


_DECISION_BEFORE = compile_pattern(
    r"\b(?:d[ée]cision|decision|d[ée]cret|decree|arr[eê]t[ée]|ordonnance|loi|law)\b[^.;]{0,50}"
    r"\b(?:adopt\w*|sign\w*|pris\w*|issued|rendu\w*|publi\w*)\b[^.;]{0,20}$",
    re.IGNORECASE,
)


# A legal text named by its day (folded text): "instituée par la Constitution du 11 décembre
# 1990", "under the Electoral Act of 2 May 2019", "le décret n° 2023-10 du".
_INSTRUMENT_OF = compile_pattern(
    r"\b(?:constitution|loi|law|act|decret|decree|ordonnance|ordinance|charte|charter|"
    r"code electoral|electoral code|arrete|traite|treaty)\s+(?:(?:n[o°]|no\.|nr)\s*[\w/.-]+\s+)?"
    r"(?:du|of|dated|en date du)\s*$",
    re.IGNORECASE,
)


# A legal text as amended, before its day (folded text): "la loi électorale modifiée du",
# "the Electoral Act as amended on", "le code électoral révisé le".
_AMENDED_INSTRUMENT = compile_pattern(
    r"\b(?:constitution|loi|law|act|decret|decree|ordonnance|ordinance|charte|charter|code|"
    r"reglement|regulations?|arrete|traite|treaty)\b(?:\s+[\w'’-]+){0,3}?\s+(?:as\s+)?"
    r"(?:modifiee?s?|amended|revisee?s?|revised)\s+(?:du|le|on|of|dated|en date du)?\s*$",
    re.IGNORECASE,
)


# The body met that day, in a place perhaps, and decided then: "The Executive Board met in
# Manila on 24 September and adopted": the meeting's day.
_MET_BEFORE = compile_pattern(
    # (or sat: "Le Comité exécutif de la COPA a siégé le vendredi 17 novembre 2017 à Panama et
    # a approuvé ...")
    r"\b(?:met|gathered|convened|s['’]est r[ée]uni\w*|se sont r[ée]uni\w*|"
    r"(?:a|ont) si[ée]g[ée])\b[^.;,]{0,50}$"
    # (or the meeting held that day: "the ArabEMBs General Assembly, held in Tunis on 14 and 15
    # May, where member bodies adopted ...", "l'assemblée générale tenue à Lomé le 3 mars")
    r"|\b(?:assembly|meeting|conference|session|summit|forum|assemblee|reunion|"
    r"sommet)\b[^.;]{0,20}\b(?:held|tenue?|opened|ouverte?)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
# A meeting named right after its day, before what it decided: " | Inaugural General Assembly:
# the A-WEB Charter is adopted", " – Assemblée constitutive : les statuts sont adoptés".
_MEETING_FIRST = compile_pattern(
    r"\s*[|:–—-][\s|:–—-]*(?:[^\W\d_]+\s+){0,2}?(?:general assembly|assembly|conference|"
    r"meeting|summit|congress|assemblee(?: generale| constitutive)?|reunion|sommet|congres|"
    r"forum)\b",
    re.IGNORECASE,
)
_MEETING_OPENS = compile_pattern(
    r"\W*(?:(?:[^\W\d_]+\s+){0,2}?(?:r[ée]union|meeting|assembl[ée]e|assembly|session|"
    r"conference|conf[ée]rence|sommet|summit|congr[èe]s|congress|forum|board|bureau|comit[ée]|"
    r"committee)\b)[^.;:,]{0,40},[ \t]*(?-i:[A-ZÀ-Ý])[\w'’ -]{1,30},[ \t]*(?:le[ \t]+)?$",
    re.IGNORECASE,
)
_DECIDED_AFTER = compile_pattern(
    # (in the date's own cell: "16–19 May 2025, Bucharest | Report adopted" is the stay's)
    r"[^.;|]{0,60}?\b(?:authori[sz]ed|decided|adopted|approved|a (?:decide|autorise|adopte|"
    r"approuve)|ont (?:decide|autorise|adopte|approuve)|"
    # an announcement: "Ce jeudi, la CENI a toutefois annoncé le report", "announced"
    r"(?<!were )(?<!was )(?<!been )announced|(?:a|ont) (?:\w+ )?annonce|"
    # a report at home on a mission done: "Ce mardi, les commissaires ont présenté en plénière
    # le bilan de leur participation à la mission", "presented their report to the board"
    r"(?:a|ont) presente (?:en (?:pleniere|conseil|bureau|assemblee)|au (?:bureau|conseil|"
    r"college)|a la pleniere)[^.;]{0,20}?\b(?:le |leur |son )?(?:bilan|rapport|compte[- ]rendu)|"
    r"presented (?:\w+ ){0,3}?(?:report|findings|debrief\w*) to the (?:board|plenary|bureau|"
    r"commission|council|committee|speaker|assembly))\b",
    re.IGNORECASE,
)

# A publication put out that day, told after the day (folded text): "On 30 November we
# launched The Global State of Democracy report in Stockholm", "le 3 mai, la CENI a publié
# son rapport annuel à Niamey": the day of a document, not of an activity.
_PUT_OUT_AFTER = compile_pattern(
    r"[^.;|]{0,60}?\b(?:launched|published|released|unveiled|a (?:lance|publie|rendu public)|"
    r"ont (?:lance|publie|rendu public))\s+(?:(?:the|its|our|their|a|an|new|le|la|les|son|sa|"
    r"ses|leur|notre|un|une|nouveau|nouvelle)\s+)*(?:[\w'’-]+\s+){0,6}?(?:reports?|handbooks?|"
    r"guides?|study|studies|books?|publications?|rapports?|guides?|manuels?|etudes?|ouvrages?|"
    r"recueils?)\b",
    re.IGNORECASE,
)


# A mission's report to its own body, with its day: "reported to the Bureau on 2 November",
# "a rendu compte au Bureau le 3 mai" (folded text).
_REPORTED_BEFORE = compile_pattern(
    r"\b(?:reported (?:back )?to|a rendu compte|ont rendu compte)\b[^.;]{0,50}?"
    r"(?:\b(?:on|le))?\s*$"
    # a mission's report laid before the body that sent it: "The Chair presented the report
    # to the Committee on Foreign Affairs in Brussels on 1 July", "a présenté son rapport
    # au Bureau le 3 mars"
    r"|\b(?:presented|submitted|tabled|a présenté|ont présenté|a remis|ont remis|a déposé)\s+"
    r"(?:the|its|their|his|her|le|son|leur|les|ses|leurs)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:reports?|rapports?)\s+(?:[\w'’-]+\s+){0,3}?(?:to|before|au|aux|à la|à l['’]|devant)\b"
    r"[^.;]{0,70}?(?:\b(?:on|le))?\s*$"
    # (or told in the passive: "The final report of the Mission to Ecuador, which also covers
    # the runoff of October 15, was presented to the Permanent Council ... on December 6")
    r"|\b(?:reports?|rapports?)\b[^.;]{0,140}?\b(?:was|were|has been|have been|a ete|ont ete)\s+"
    r"(?:presented|submitted|tabled|delivered|handed over|presentee?s?|remise?s?|deposee?s?)\s+"
    # (a place's stops kept: "in Washington, D.C., on December 6"; or the sitting it was laid
    # at: "The report was tabled at the plenary on September 14, 2018")
    r"(?:to|before|at|during|au|aux|a la|a l['’]|devant|lors d)\b(?:[^.;]|(?<=\b[A-Z])\.){0,70}?"
    r"(?:\b(?:on|le))?\s*$"
    # (or a report's launch: "The final report of the Indonesia IEOM was launched online on
    # 18 July", "le rapport final a été publié le")
    # (or a mission's statement made public: "Sa déclaration préliminaire a été présentée à
    # la presse le 31 juillet", "its preliminary statement was issued on")
    r"|\b(?:final |preliminary )?(?:reports?|rapports?|statements?|declarations?)\b[^.;]{0,80}?"
    r"\b(?:was|were|has been|have been|a ete|ont ete)\s+(?:launched|published|released|"
    r"unveiled|issued|lancee?s?|publiee?s?|rendue?s? public(?:que)?s?|"
    r"presentee?s? (?:a la presse|aux medias|publiquement))\b[^.;]{0,40}?(?:\b(?:on|le))?\s*$"
    # (or an opinion, a report or a decision adopted: "The Joint Opinion was adopted by the
    # Commission through a written procedure completed on 21 May 2024")
    r"|\b(?:opinions?|avis|reports?|rapports?|decisions?|décisions?|resolutions?|résolutions?)"
    r"\b[^.;]{0,60}?\b(?:was|were|has been|have been|a été|ont été|a ete|ont ete)\s+"
    r"(?:adopted|approved|adoptée?s?|approuvée?s?|adoptee?s?|approuvee?s?)\b[^.;]{0,130}?"
    r"(?:\b(?:on|le))?\s*$",
    re.IGNORECASE,
)

# A vote's organiser, named after it: "organisées par la CENA", "organized by the IEC".
_ORGANISED_BY = compile_pattern(
    r"\b(?:organi[sz][ée]e?s?|organi[sz]ed|conducted|run)\s+(?:par|by)\s+[\w'’ ()-]{1,40}$",
    re.IGNORECASE,
)

_TRIP_WORD = compile_pattern(
    r"\b(?:missions?|took part|participat\w*|visit\w*|travel\w*|attend\w*|delegation|went|"
    r"quitt\w*|leav\w*|left|depart(?!e?ment|amento)\w*|arriv\w*|remain\w*|rest(?:er|era|eront|ent)|"
    # the way home: "et je suis rentrée à Dakar le", "returned to Accra on"
    r"rentr[ée]\w*|returned|came (?:home|back)|flew (?:home|back)|regagn\w*|"
    # a host's verb: "Elections Cameroon (ELECAM) a accueilli à Yaoundé, les 14, 15 et 16"
    r"accueill\w*|re[çc]u|host\w*|welcom\w*|organi[sz]\w*|abrit\w*|"
    # an event of its own between the vote and the date: "Organisé avec le Centre gabonais
    # des élections, l'atelier a réuni ..., à partir du lundi 7 octobre"
    r"ateliers?|workshops?|s[ée]minaires?|seminars?|colloques?|formations?|trainings?|r[ée]uni\w*|"
    r"conf[ée]rences?|r[ée]unions?|meetings?)\b",
    re.IGNORECASE,
)

# What did not happen: "No international missions took place in 2003.", "Aucune mission n'a
# été menée en 2015", "no international travel was authorized" (folded text).
_NONE_TOOK_PLACE = compile_pattern(
    r"\b(?:no|aucune?)\s+(?!(?:fewer|less|more|longer|later|sooner)\b)(?:\w+\s+){0,2}?"
    r"(?:missions?|activit\w+|travel|trips?|deplacements?|delegations?|visits?|visites?|"
    r"observers?|observateurs?)\b[^.;]{0,60}\b(?:took place|was held|were held|"
    r"(?:was|were) (?:sent|deployed|authori[sz]ed|undertaken|organi[sz]ed)|a eu lieu|ont eu lieu|"
    r"n['’](?:a|ont) (?:ete|eu)|n['’]a pu)\b"
    # (or no one went, the verb right after them: "No staff deployed.", "... and no officers
    # travelled"; not where they were not, the mission being elsewhere: "the mission worked
    # from Amman ...; no member was deployed in Iraq")
    r"|\b(?:no|aucune?)\s+(?:\w+\s+)?(?:staff|officers?|officials?|personnel|members?|"
    r"observers?|agents?|membres?|observateurs?)\s+(?:(?:was|were)\s+)?(?:deployed|sent|"
    r"fielded|travell?ed|went)\b(?!\s+(?:in|to|into|inside|en|au|aux|à)\b)"
    # (or held without the publisher: "La conférence annuelle ... s'est déroulée sans
    # représentant mauricien", "was held without a delegate from the Commission")
    r"|\b(?:s['’]est|se sont) (?:deroulee?s?|tenue?s?) sans (?:(?:aucun|la|sa|notre|leur)\s+)?"
    r"(?:representants?|delegues?|delegation|participation)\b"
    r"|\b(?:was|were) held without (?:a |any |its |our )?(?:representatives?|delegates?|"
    r"delegation|participation)\b"
    # (or put off all together: "Suspension des déplacements en raison de la pandémie",
    # "travel was suspended")
    # (not a time before it: "shortly before international travel was suspended, DECO
    # received ...", "peu avant la suspension des déplacements")
    r"|(?<!avant la )\bsuspension des (?:deplacements|missions|activites|voyages)\b|"
    r"(?<!before )(?<!until )(?<!before international )(?<!before all )(?<!before official )"
    r"\b(?:travel|missions?|activities|trips) (?:was|were) suspended\b"
    # (or none sent: "la commission ad hoc ... n'a pas été déployée", "l'Assemblée n'y a pas
    # envoyé de commission", "did not send a delegation", "was not deployed")
    # (or left out of what the page tells: "(On 5 November I was briefly home to vote ...:
    # that one is not in this notebook.)", "cela n'entre pas dans ce bilan")
    r"|\b(?:is|was|are|were)\s+not\s+(?:in|part of|included in|covered (?:in|by))\s+"
    r"(?:this|these|the present)\s+(?:notebook|notes|report|list|review|diary|summary)\b|"
    r"\bn['’](?:est|etait|entre)\s+pas\s+(?:dans|repris dans|couvert par)\s+(?:ce|cette|le present)"
    r"\s+(?:carnet|rapport|bilan|liste|compte rendu)\b"
    r"|(?:\bn['’](?:y\s+)?(?:a|ont|avait|avaient)\s+pas\s+(?:ete\s+)?(?:re)?(?:envoye|deploye|"
    r"depeche)e?s?\b|\b(?:did not|didn['’]t) (?:send|deploy|observe)\b|"
    r"\b(?:was|were) not (?:sent|deployed|observed)\b|"
    # (or a status: "Statut : mission non déployée, l'invitation étant parvenue trop tard",
    # "Status: mission not deployed")
    r"\b(?:missions?|delegations?|deploiements?|deployments?)\s+(?:non|not)\s+(?:deployee?s?|"
    r"deployed|envoyee?s?|sent|realisee?s?|held|tenue?s?)\b|"
    # (or a mission that did not take place: "la mission d'observation que l'OIF envisageait
    # de déployer à cette occasion n'a pas eu lieu", "the visit ... did not take place")
    r"\b(?:missions?|visites?|visits?|seminaires?|seminars?|ateliers?|workshops?|deplacements?|"
    r"trips?)\b[^.;]{0,100}?\b(?:n['’](?:a|ont) (?:pas|jamais) eu lieu|did not take place|"
    r"never took place)|"
    # (or a request for help turned down: "Une demande d'appui de la Commission ... a été
    # déclinée, faute de personnel disponible", "a request for assistance was declined")
    r"\b(?:demandes?|requests?|invitations?)\b[^.;]{0,100}?\b(?:a ete|ont ete|was|were|has been|"
    r"have been)\s+(?:declinee?s?|refusee?s?|declined|turned down|refused)\b|"
    # (or a status that opens its line: "No mission: the invitation arrived too late",
    # "Pas de mission : ...")
    r"^\W*(?:no|pas de|aucune)\s+(?:mission|deployment|deploiement|observation)\s*[:–—-])"
    # (not when the sentence goes on to what was done instead: "The Forum did not deploy to
    # Angola's elections; the CNE hosted the conference instead, in Luanda from 17 to 19")
    r"(?![^.]*(?:;|\binstead\b|\bplutot\b|\ben revanche\b|\bmais\b|\bbut\b))",
    re.IGNORECASE,
)


# Since an earlier one (folded text): "depuis celle qui avait été menée", "since the one".
_SINCE_THAT_ONE = compile_pattern(
    r"\b(?:depuis|since)\s+(?:celle|celui|celles|ceux|the one|the first|la premiere|le premier)"
    r"\b[^.;]{0,120}$|"
    # (or since the last one, its time after it: "les missions menées depuis la dernière
    # assemblée, tenue en 2023", "since the last General Assembly, held in 2023")
    r"\b(?:depuis|since)\s+(?:la|le|l'|the)\s*(?:derniere|dernier|precedente?|last|previous)"
    r"\s+[\w-]+(?:\s+[\w-]+)?\s*,?\s*(?:tenue?|organisee?|held|which took place|"
    r"qui s'est tenue?)\s+(?:en|in)?\s*$",
    re.IGNORECASE,
)


def _clause_at(text: str, at: int) -> str:
    """The clause of ``text`` (between semicolons) that holds the offset ``at``."""
    start = text.rfind(";", 0, at) + 1
    end = text.find(";", at)
    return text[start : end if end >= 0 else len(text)]


# A spaced dash closing what comes before a date.
_SPACED_DASH_ENDS = compile_pattern(r"\s[–—-]\s*$")


def _closes_its_item(ex: PageContext, m: DateMention) -> bool:
    """Whether a date closes its list item's line after a spaced dash ("- Réception à Alger
    d'une équipe ... – fin mai."): the item's own time."""
    line_start = ex.clean.rfind("\n", 0, m.start_offset) + 1
    line_end = ex.clean.find("\n", m.end_offset)
    rest = ex.clean[m.end_offset : line_end if line_end >= 0 else len(ex.clean)]
    return (
        _LIST_BULLET.match(ex.clean, line_start) is not None
        and not rest.strip(" \t.;")
        and _SPACED_DASH_ENDS.search(ex.clean, line_start, m.start_offset) is not None
    )


# An event held online: its venue line ("En ligne", "Online"), or its own words ("sur une
# plateforme de visioconférence", "by videoconference", "a webinar").
_ONLINE_WORD = (
    r"(?:en ligne|online|virtual|virtuel(?:le)?|à distance|visio-?conférence|"
    r"vidéo-?conférence|video-?conferenc(?:e|ing)|webinai?re?)"
)
# (or two: "online (videoconference)", "En ligne – visioconférence")
ONLINE_VENUE = compile_pattern(rf"\W*{_ONLINE_WORD}(?:\W+{_ONLINE_WORD})?\W*", re.I)
ONLINE_WORDS = compile_pattern(
    r"\b(?:(?:par|en|sur une plateforme de|via) (?:visio-?conférence|vidéo-?conférence)|"
    # (told as the meeting it was held at: "signé ..., au cours d'une visioconférence",
    # "during a videoconference")
    r"(?:au cours d['’]une|lors d['’]une|pendant une|during an?|at an?) "
    r"(?:visio-?conférence|vidéo-?conférence|video-?conference|video call|virtual meeting)|"
    r"(?:by|via|through) video-?conferenc\w*|webinaires?|webinars?|(?<!mis )en ligne|"
    r"online (?:[\w-]+ ){0,2}?(?:meeting|seminar|session|event|workshop|conference|forum|"
    r"briefing|course|training|discussion|roundtable|round table|dialogue|exchange|presentation|"
    r"talk|lecture)s?|"
    r"virtual(?:ly)?|virtuel(?:le)?s?|via (?:zoom|teams|webex)|e-learning|self-paced|"
    # "A short follow-up session ran online on 29 August"
    r"(?:ran|run|held|took place|met|conducted|delivered)(?: (?:entirely|fully|wholly|only))? "
    r"online|"
    # the event itself a call: "visioconférence avec l'ISIE", "video call with the IEC"
    r"(?:visio-?conf[ée]rence|vid[ée]o-?conf[ée]rence|video-?conference|video call)s?\s+"
    r"(?:avec|with)\b|"
    # (or the call as the sentence's subject: "une visioconférence a réuni des cadres de la
    # CENI et d'Élections Canada", "a videoconference brought together")
    r"\b(?:une|la|a|the)\s+(?:visio-?conf[ée]rence|vid[ée]o-?conf[ée]rence|video-?conference|"
    r"video call|t[ée]l[ée]conf[ée]rence|teleconference)\s+(?:a|has|had)?\s*"
    r"(?:réuni|permis|rassemblé|brought|allowed|enabled|linked|gathered)\b)\b",
    re.IGNORECASE,
)


def none_took_place(text: str) -> bool:
    """Whether a sentence tells that no activity took place."""
    return bool(_NONE_TOOK_PLACE.search(fold(text)))


FUTURE_WORD = compile_pattern(
    r"\b(?:will|shall|would|to be held|(?:is|are) (?:to be|scheduled|planned|expected|due to)|"
    # (or what is being prepared: "Observation missions to Kenya (August) and Brazil
    # (October) are in preparation", "sont en préparation")
    r"(?:is|are) (?:still )?in preparation|(?:est|sont) (?:encore )?en (?:cours de )?préparation|"
    # (or what was to be, as it was set then: "devait se réunir à Niamey du 12 au 14 mai",
    # "was due to take place in Accra")
    r"devai(?:t|ent) (?:se (?:tenir|réunir|dérouler)|avoir lieu|être (?:organisée?s?|"
    r"tenue?s?))|(?:was|were) (?:due|supposed|meant|scheduled|planned) to (?:take place|be "
    r"held|meet|open|run)|"
    # (a status in brackets: "Election Observation Mission (to be deployed)")
    r"(?<=\()to be (?:deployed|confirmed|announced|organi[sz]ed|launched)\b|"
    # (a vote due: "Sierra Leone's next general elections are due in 2028")
    r"(?:is|are) due (?:in|on|by)\b|"
    # (not a mission's attribute: "the chiefs of both upcoming missions travelled")
    r"(?<!both )(?<!the )(?<!its )(?<!their )upcoming|"
    # an event announced ahead: "Save the date: workshop on election technology, Budapest,
    # 20–21 November 2025", "À vos agendas :", "Registration opens soon"
    r"save the date|à vos agendas|réservez la date|notez la date|registration (?:opens|is open)|"
    r"inscriptions? (?:ouvertes|bientôt)|"
    # an event's day as it was set: "a study visit ..., planned for March 2025, ..."
    r"(?:planned|scheduled|slated) for|"
    # (a mission to come: "long-term observers for the mission to Moldova, expected to open in
    # early August")
    r"expected to|"
    # (an approval with its condition: "..., subject to budget", "sous réserve des crédits")
    r"subject to (?:budget|funding|(?:final )?approval|the availability of funds)|"
    r"sous réserve (?:du budget|des crédits|d['’]un financement|de financement|"
    r"de l['’]approbation|des disponibilités)|"
    r"prévue?s?|à venir|envisagée?s?|sera|seront|aura|auront|fera|feront|"
    r"reporté\w*|annulé\w*|postponed|cancell?ed|sine die|doit|doivent|devra|devront|"
    r"prévoit|prévoient|plans? to|intends? to|expects? to|hopes? to|"
    # an intent: "la CEI entend envoyer des observateurs", "compte organiser"
    r"entend(?:ent)? (?:envoyer|organiser|déployer|tenir|accueillir|poursuivre|participer|"
    r"renforcer|mener|conduire)|"
    # "Des experts d'Élections Québec sont attendus à Abidjan au cours de l'année 2023"
    r"(?:est|sont)\s+(?:[\w'’-]+\s+){0,3}?attendue?s? (?:à|au|aux|en|dans|chez|pour)|"
    # an intention made known: "ont fait part de leur intention de déployer des missions"
    r"(?:leur|son|sa|l['’]|its|their|the) intentions? (?:de|d['’]|to|of)|"
    # the conditional: "une délégation devrait se rendre au Libéria", "accueillerait"
    r"devrai(?:s|t|ent)|devrions|devriez|pourrai(?:s|t|ent)|"
    # (verbs, not names that end alike: "Ximena Olvera", "Almeira")
    r"(?-i:[a-zà-ÿœ])\w{2,}(?:erai(?:t|ent)|irai(?:t|ent))|"
    # the next one: "de tenir la prochaine assemblée générale à Niamey en 2024"
    r"(?:la|le|les|sa|son|ses|leur|leurs) prochaine?s?|the next(?! day| morning)|"
    # (or a line labelled so: "Prochaine mission : élections générales du Brésil du 7 octobre")
    r"^\W*(?:prochaine?s?|next)\s+(?:missions?|déploiements?|deploiements?|deployments?|"
    r"rendez-vous|étapes?|etapes?)(?=\s*:)|"
    # the part of the year to come, in a mid-year letter or report: "Pour le second semestre"
    r"(?:pour|for) (?:le|la|the) (?:second|seconde|deuxième|coming) "
    r"(?:semestre|trimestre|half|quarter)|"
    # (and those of "recevoir", "suivre", "pouvoir", "voir": "recevra", "suivra", "pourra")
    # (not a name's word that ends alike: "sierra-léonaises")
    r"(?-i:[a-zà-ÿœ])\w{2,}(?:era|eront|ira|iront|dra|dront|vra|vront)|"
    r"(?-i:pou|ve|enve|cou|acque)rr(?:a|ont)"
    # (in the first and second persons, as an interview or a speech tells what is to come:
    # "Nous accueillerons en octobre nos homologues", "nous recevrons", "je serai")
    r"|(?-i:[a-zà-ÿœ])\w*(?:erons|ndrons|evrons|erez|erai))\b",
    re.IGNORECASE,
)


# An event held at last after it was put off: "s'est finalement tenu", "a enfin eu lieu",
# "finally took place", "went ahead at last".
HELD_AT_LAST = compile_pattern(
    r"\b(?:(?:a|ont)\s+(?:enfin|finalement)\s+eu\s+lieu|s['’](?:est|sont)\s+(?:enfin\s+|"
    r"finalement\s+)(?:tenue?s?|déroulée?s?)|(?:finally|eventually|at last)\s+(?:took place|"
    r"went ahead|held|happened)|(?:took place|went ahead|was held)\s+at last)\b",
    re.IGNORECASE,
)


@text_memo
def tells_future(text: str) -> bool:
    """Whether a text holds a :data:`FUTURE_WORD` (asked of a sentence by several stages), not
    told as held at last after all ("prévue en avril 2020 puis reportée, a enfin eu lieu du 20
    au 23 mars")."""
    return FUTURE_WORD.search(text) is not None and HELD_AT_LAST.search(text) is None


# A day set ahead, told just before it: "fixées au 22 mai", "set for 22 May", "sont attendus
# aux urnes le".
_SET_AHEAD = compile_pattern(
    r"\b(?:fixée?s? (?:au|à|pour)|(?:set|scheduled) for|(?:est|sont) attendue?s?\b[^,;]{0,30})"
    r"\s*(?:le\s+|the\s+|on\s+)?$",
    re.IGNORECASE,
)

PAST_VERB = compile_pattern(
    r"\b(?:took|was|were|had|has been|have been|went|attended|participated|welcomed|"
    # (help given: "a team of experts from IFES supported the Commission in Naivasha")
    r"supported|assisted|conducted|facilitated|trained|"
    # (French "a" before a participle, not the English article: "a effectué", "a été")
    r"received|visited|led|held|arrived|(?-i:a)(?=\s+(?:\w+\s+)?(?:\w*é|\w*(?:i|u|is)|fait|dit|conduit)\b)|"
    r"ont|avait|avaient|était|étaient|fut|furent|"
    # participles of a journey that has begun: "Arrivée à Ouagadougou le 15 novembre"
    r"arrivée?s?|venue?s?|partie?s?|rendue?s?|déployée?s?|dépêchée?s?|envoyée?s?)\s",
    re.IGNORECASE,
)

# A verb in the future or to come, with its participle: "will be held", "is to be held",
# "sera organisée" (no past tense, though "held" is one).
_FUTURE_VERB = compile_pattern(
    r"\b(?:will|shall|(?:is|are) to|to|sera|seront)\s+(?:not\s+)?(?:be|have been|être|été)\s+\w+",
    re.IGNORECASE,
)

PAST_EN = compile_pattern(
    r"\b(?!(?:schedul|plann|expect|intend|propos|invit|fix)ed\b)"
    # (no participle made an adjective by its hyphen, "a lessons-learned workshop", though
    # "co-hosted" and "re-elected" are verbs; nor a word that only ends so: "two hundred",
    # "will proceed")
    r"(?:(?<=\bco-)|(?<=\bre-)|(?<![-‐]))"
    r"(?!(?:hund|kind|sac|spe|proce|exce|succe|ind|emb|bre)[er]?ed\b)[a-z]{3,}ed\b"
    # (and the irregular verbs of a meeting or a trip: "officials met in Port Moresby (27
    # February – 3 March 2023)", not the French "met à la disposition")
    r"|\b(?:met|went|came|took|gave|held|led|spent|sent|flew)\s+(?:in|at|with|to|on|part|"
    r"a|an|the|their|its|two|three|four|five|six)\b"
    # (or right before the day it tells: "spent Tuesday and Wednesday training the team")
    r"|\bspent\s*$"
    # (or begun: "The course began on Monday ... and will finish tomorrow")
    r"|\b(?:began|begun)\b"
)

# "April 13, and May 5, 2011": the gap between the two dates of a pair.
_PAIR_GAP = compile_pattern(r"\s*,?\s*(?:and|et|&)\s*")


@dataclass(frozen=True)
class Dated:
    """A date phrase of a section, with its role and the sentence it stands in."""

    mention: DateMention
    role: str  # activity | election | reference | planned | publication | background
    sentence: Sentence
    paragraph: int


# The words of a vote's name, ending it ("the April general election").
_LAST_WORDS = compile_pattern(r"(?:[^\W\d_]+\s+){0,3}[^\W\d_]+\s*$")


def _vote_name(before: str, pair_of: re.Match[str]) -> str:
    """The text before the days up to the end of the vote's name it holds."""
    return before[: pair_of.start("between" if pair_of.group("between") else "type_between")]


def _vote_of_another_month(named: str, m: DateMention) -> bool:
    """Whether the vote whose name ends ``named`` is named by a month not the days' ("A review
    of the April general election was held in Honiara on 21 and 22 August"): the days are
    not its own."""
    words = _LAST_WORDS.search(named)
    months = {month_number(w) for w in words.group(0).split()} - {None} if words else set()
    return len(months) == 1 and m.start.month is not None and m.start.month not in months


def _vote_weeks_ahead(d: Dated, dated: list[Dated]) -> bool:
    """Whether ``d`` is the day of a vote weeks after the day its paragraph told before it
    ("Lilongwe, Malawi – Monday 4 August. Six weeks before the general election of 16
    September, ... The next day we sat with ..."): no day to count the next from."""
    if d.role != "election" or d.mention.start.month is None or d.mention.start.day is None:
        return False
    vote = (d.mention.start.month, d.mention.start.day)
    for o in dated:
        if (
            o.role == "activity"
            and o.paragraph == d.paragraph
            and o.mention.start_offset < d.mention.start_offset
            and o.mention.end.month is not None
            and o.mention.end.day is not None
        ):
            gap = (vote[0] - o.mention.end.month) * 31 + vote[1] - o.mention.end.day
            if gap > 7:
                return True
    return False


# A weekday or two told alone, as news tells the days of its week: "on Monday and Tuesday".
_WEEKDAYS_ALONE = compile_pattern(
    rf"(?:on\s+|le\s+)?(?:{WEEKDAY_NAMES})(?:\s+(?:and|&|et|to|à)\s+(?:{WEEKDAY_NAMES}))?",
    re.IGNORECASE,
)


def _stay_told_before(dated: list[Dated], s: Sentence) -> DateMention | None:
    """A stay of several days its paragraph told before ``s`` ("... were in Jakarta from 12
    to 15 February."): the days its weekdays told alone are of."""
    return next(
        (
            d.mention
            for d in reversed(dated)
            if d.paragraph == s.paragraph
            and d.sentence.start < s.start
            and d.role == "activity"
            and d.mention.is_range
            and d.mention.start.day is not None
            and d.mention.end.day is not None
            and d.mention.end.month is not None
            and d.mention.start != d.mention.end
        ),
        None,
    )


def _within_the_stay(m: DateMention, stay: DateMention, told_on: dt.date) -> bool:
    """Whether a weekday told alone (``m``, read from the page's day ``told_on``) is one of
    the stay's days: any of them when the stay did not end in the week up to the page's day
    (a stay with no year yet read in the page's year)."""
    try:
        first = dt.date(
            stay.start.year or stay.end.year or told_on.year,
            stay.start.month or stay.end.month or 1,
            stay.start.day or 1,
        )
        last = dt.date(stay.end.year or told_on.year, stay.end.month or 1, stay.end.day or 1)
    except ValueError:
        return False
    if not told_on - dt.timedelta(days=7) <= last <= told_on:
        return True
    day = m.start.calendar_day()
    return day is not None and first <= day <= last


def dated_mentions(
    ex: PageContext, sents: list[Sentence], heading: Sentence | None = None
) -> list[Dated]:
    """Every date phrase of the sentences, as page offsets, with its role; a phrase that
    cannot be a date (a reversed range, a 31 April) is reported, never repaired. A feed
    post's stamp in the section's ``heading`` ("ANGE Tchad" / "23 mars, 18:02 · 🌐") is the
    day the post speaks from."""
    dated: list[Dated] = []
    told_on = _as_day(
        publication_day(ex.page.text)
        or first_dateline_day(ex.page.text)
        or news_day(ex.clean)[1]
        or stamp_line_day(ex.clean)
        # (or a letter's or a speech's closing line: "Québec, le vendredi 16 mai 2025" / "Le
        # secrétaire général,")
        or closing_day(ex.page.text)
    )
    if told_on is None:
        # (a dateline without its year, the page's year in its metadata: "Abidjan, 12 mars
        # (AIP) –" under a year hint of 2025)
        told_on = yearless_dateline_day(ex)
    if heading is not None and (written := _written_at_in_brackets(heading.text)) is not None:
        # (a part's heading telling where and when it was written: "Cover note (Colombo,
        # Friday 17 January 2025)" over "last week, on Wednesday, ... opened a course")
        told_on = written
    month_first = month_first_page(ex.page.text)  # "6/14/2016" elsewhere on the page
    years = page_years(ex.clean)
    stamped = False  # (told_on is a feed post's stamp: its posts tell of the days before)
    told_in = -1  # (the paragraph whose dateline told_on is)
    heading_stamp = _heading_stamp(ex, heading) if heading is not None else None
    if heading is not None and heading_stamp is not None:
        # (the post's day, among its dates: what it tells without a year is of that year)
        d = heading_stamp.start
        told_on, stamped = dt.date(d.year or 1, d.month or 1, d.day or 1), True
        dated.append(Dated(heading_stamp, "publication", heading, -1))
    elif heading is not None and (above := stamp_above(ex, heading)) is not None:
        # (a news listing's item: its stamp line over its title, "Vendredi 17 février 2023 ·
        # Affaires internationales" / "Cybersécurité électorale : atelier ..." / "Mardi et
        # mercredi derniers, ...": the day its text speaks from)
        told_on, stamped = above, True
        line_day = _line_above_mention(ex, heading)
        if line_day is not None and line_day.start.year and line_day.start.day:
            # (and the year of what it tells without one: "25 October 2023" / "Training
            # electoral trainers in Bangladesh" / "... from 15 to 17 October in Dhaka")
            dated.append(Dated(line_day, "publication", heading, -1))
    elif sents and (closing := closing_stamp_day(sents[-1].text)) is not None:
        # (a thread's post, its stamp line under its text: "Today we welcomed ..." / "11:42
        # AM · 6 Feb 2024 · 2,104 Views": the day its text speaks from)
        told_on = dt.date(closing.year or 1, closing.month or 1, closing.day or 1)
        stamped = True
    elif (badge := _badge_opening(ex, sents)) is not None:
        # (an event card's date badge over its text, the page's own day below all cards:
        # "8 Février 2023" / "Formation" / "Atelier ..." / "Mercredi, à Québec (Canada)":
        # the day its text speaks from)
        told_on, stamped = badge, True
    elif heading is not None and (day_line := _day_line_above(ex, heading)) is not None:
        # (a news page's item under its day and month, the year a heading's above them:
        # "ACTUALITÉS – ANNÉE 2022" ... "9 décembre" / "Fin de la visite d'une délégation" /
        # "Arrivée le lundi 5 décembre, ... a achevé ce vendredi sa visite": its day)
        told_on, stamped = day_line, True
    if heading is not None and not tells_future(heading.text):
        # a calendar entry's line standing as the heading, its days in a column of their own
        # ("MARCH 2025" / "12–14   Caribbean regional workshop ...")
        for m in calendar_days(heading.text, ex.clean, heading.start):
            at = heading.start
            shifted = replace(m, start_offset=m.start_offset + at, end_offset=m.end_offset + at)
            dated.append(Dated(shifted, "activity", heading, -1))
    week_days: list[tuple[int, int]] = []
    for s in sents:
        if s.start == ex.clean.rfind("\n", 0, s.start) + 1 and (
            week := week_entry_days(ex.clean, s.start)
        ):
            # an entry of a week's diary opening on its weekdays, under the week's heading
            # ("WEEK OF 4 MARCH 2024" / "Tuesday to Thursday – Pre-election assessment ...")
            dated.append(Dated(week, "activity", s, s.paragraph))
            week_days.append((week.start_offset, week.end_offset))
    for s, paragraph in [
        *([(heading, -1)] if heading is not None else []),
        *((s, s.paragraph) for s in sents),
    ]:
        if s.start == ex.clean.rfind("\n", 0, s.start) + 1 and (
            numbered := diary_day(ex.clean, s.start)
        ):
            # a diary's day told by its number, counted from its dated day ("Day 1 – Tuesday
            # 5 November" ... "Day 9" / "Departure of the Group.", "J-3 – jeudi 21 mars" ...
            # "J+2")
            dated.append(Dated(numbered, "activity", s, paragraph))
    for s in sents:
        # (a page writing "6/14/2016" reads every numeric day month first)
        found, problems = (find_dates_month_first if month_first else find_dates)(s.text)
        if len(found) == 1 and found[0].text == s.text.strip() and found[0].start.day is None:
            # (a month alone on its line over a report's items: the month heading them, not
            # a card's date badge, "Mai" / "- Lomé (Togo) – séminaire ...")
            month = found[0]
            if month.start.year is None and heads_items(ex.clean, s.start + month.end_offset):
                found = []
        for start, end, why in problems:
            ex.issue("bad-date", why, s.start + start, s.start + end)
        # (the days it counts from the vote it dates: "Déployée de J-7 à J+2 autour du premier
        # tour de l'élection présidentielle du 24 novembre 2019")
        if (counted := vote_counted_days(s.text, found)) != []:
            found = sorted([*found, *counted], key=lambda m: m.start_offset)
        if told_on is not None or any(is_dateline(s.text, m, m.start_offset) for m in found):
            # (a French paragraph opening on its weekday: "Mardi, elle a clôturé ...")
            opens = (
                s.start == ex.clean.rfind("\n", 0, s.start) + 1
                or not ex.clean[ex.clean.rfind("\n", 0, s.start) + 1 : s.start].strip()
            )
            # (an event opened as the page speaks, in this sentence or one before it in the
            # paragraph: "it is my pleasure to open the Program. For the next five days,
            # until Tuesday, April 29, ...")
            opened = any(
                _OPENS_NOW.search(o.text)
                for o in sents
                if o.paragraph == s.paragraph and o.start <= s.start
            )
            own = {(m.start_offset, m.end_offset) for m in found}
            stay = None if own else _stay_told_before(dated, s)
            found = _with_relative(
                s.text, found, told_on, weekdays=stamped, opens=opens, opened=opened
            )
            if stay is not None and told_on is not None:
                # (a stay's days told by the paragraph before: a weekday alone is one of its
                # days, no day of its own: "... were in Jakarta from 12 to 15 February. After
                # briefings on Monday and Tuesday, ..." in a report of the next year, "The
                # visit ran from Monday, 4 to Thursday, 7 March. ... On Wednesday the
                # visitors went to ..." in the news of that week)
                found = [
                    m
                    for m in found
                    if (m.start_offset, m.end_offset) in own
                    or m.lead
                    or not _WEEKDAYS_ALONE.fullmatch(m.text)
                    or not _within_the_stay(m, stay, told_on)
                ]
        earlier = [
            d.mention
            for d in dated
            if d.role != "publication"
            and not told_until(ex.clean, d.mention.start_offset)
            and not _vote_weeks_ahead(d, dated)
        ]
        found = sorted(
            [
                *found,
                *bare_days(
                    s.text,
                    found,
                    told_on,
                    _month_above(ex.clean, s.start),
                    # (the month the paragraph has told: "... du 16 novembre. Nous sommes
                    # arrivés le 11 et repartis le 19.")
                    next(
                        (
                            d.mention.end
                            for d in reversed(dated)
                            if d.paragraph == s.paragraph and d.mention.end.month is not None
                        ),
                        None,
                    ),
                ),
                *([] if found else calendar_days(s.text, ex.clean, s.start)),
            ],
            key=lambda m: m.start_offset,
        )
        if earlier or found:
            found = sorted(
                [*found, *following_days(s.text, found, earlier, years)],
                key=lambda m: m.start_offset,
            )
        found = _joined_to_relative(s.text, found)
        if week_days:
            # (not the weekdays of a week's entry told again from the page's day: its week's)
            found = [
                m
                for m in found
                if not any(
                    a < m.end_offset + s.start and m.start_offset + s.start < b
                    for a, b in week_days
                )
            ]
        for m in found:
            shifted = DateMention(
                m.start_offset + s.start, m.end_offset + s.start, m.text, m.start, m.end, m.lead
            )
            role = date_role(ex, shifted, s)
            stamp = (
                post_stamp(ex.clean, shifted)
                or bool(_POST_STAMP.fullmatch(s.text))
                or bool(_FEED_STAMP.fullmatch(s.text))
                # (a news listing's item day: "15/05/2024" / title / "a reçu mardi")
                or (not m.is_range and date_alone(s.text) and stamped_listing(ex.clean))
                # (an article's stamp line: "News article · 19 June 2024 · Electoral ...")
                or (
                    "·" in s.text
                    and m.start.day is not None
                    and m.start.year is not None
                    and stamp_line_day(ex.clean) == m.start.iso()
                )
            )
            if stamp:
                role = "publication"
                day = _stamp_day(ex, m)
                if day is not None:
                    # what the post tells is told from its day ("Ouverture ce lundi")
                    told_on, stamped = day, True
            if role == "planned" and (stamped or told_in == s.paragraph) and _holds_day(m, told_on):
                # (a post's days holding its own: under way as it is told, "Our mission has
                # deployed ...: observers will stay from 18 to 23 September", "opens today")
                role = "activity"
            prev = dated[-1] if dated and dated[-1].sentence is s else None
            if (
                prev is not None
                and _PAIR_GAP.fullmatch(ex.clean[prev.mention.end_offset : shifted.start_offset])
                # (not a span of its own after a day: "for the first round of October 2, and
                # from October 25 to 31, 2022 for the run-off")
                and not (
                    shifted.is_range
                    and shifted.lead in ("from", "between", "du", "entre")
                    and not prev.mention.is_range
                )
            ):
                role = prev.role  # the second of a pair: "April 13, and May 5, 2011"
            dated.append(Dated(shifted, role, s, s.paragraph))
            if (
                role == "publication"
                and m.start.day
                and m.start.year
                and m.start.month
                # (not the day the page was updated, its text told before: "Published:
                # Monday, 25 November 2024 | Updated: Wednesday, 4 December 2024")
                and not _UPDATED_BEFORE.search(s.text, max(0, m.start_offset - 30), m.start_offset)
            ):
                told_on = dt.date(m.start.year, m.start.month, m.start.day)
                # (a release's dateline: the days its paragraph tells as under way hold it,
                # "started its work today ... will stay in the country from January 24 to
                # February 6")
                told_in = s.paragraph if is_dateline(s.text, m, m.start_offset) else -1
            elif (
                role == "publication"
                and m.start.day
                and m.start.month
                and told_on
                # (opening its line: not another paper's day told in the text, "Its
                # preliminary statement, issued in Maputo on 11 October, ...")
                and s.start == ex.clean.rfind("\n", 0, s.start) + 1
                and m.start_offset <= 40
            ):
                # a dateline without its year under the page's date ("KATHMANDU, MAY 7")
                told_on = _dateline_day(m, told_on) or told_on
    return _news_date_line(_weekdays_of_a_told_span(dated))


def _dateline_day(m: DateMention, told_on: dt.date) -> dt.date | None:
    """The day of a dateline ``m`` told without its year under the page's day ``told_on``: of
    that year, or a few weeks after it, the page's update ("UPDATE 4 December:" in a story
    published on 25 November); else of the year before."""
    if not (m.start.day and m.start.month) or m.is_range:
        return None
    try:
        if m.start.year:
            return dt.date(m.start.year, m.start.month, m.start.day)
        day = dt.date(told_on.year, m.start.month, m.start.day)
        soon = day <= told_on + dt.timedelta(days=62)
        return day if soon else day.replace(year=day.year - 1)
    except ValueError:
        return None


# A heading's place and day in brackets at its end: "Cover note (Colombo, Friday 17 January
# 2025)", "Mot du président (Cotonou, le 3 mars 2024)".
_PLACE_AND_DAY_IN_BRACKETS = compile_pattern(
    r"\((?P<place>[A-ZÀ-Ý][\w'’. -]{1,30}),\s*(?:le\s+)?(?P<day>[^()\n]{6,40})\)\s*$"
)


def _written_at_in_brackets(text: str) -> dt.date | None:
    """The day a heading's brackets say its part was written, with its place, if they do."""
    m = _PLACE_AND_DAY_IN_BRACKETS.search(text)
    if m is None:
        return None
    found, _bad = find_dates(m.group("day"))
    if len(found) != 1 or found[0].is_range or m.group("day")[found[0].end_offset :].strip():
        return None
    return found[0].start.calendar_day()


# An update's label opening a paragraph, before its day: "UPDATE ", "Update, ", "Mise à jour
# du ", "MàJ ".
_UPDATE_OPENING = compile_pattern(
    r"\W*(?:update[ds]?|mise à jour|màj|addendum)\s*(?:du|le|on|of|:|,|-|–)?\s*", re.IGNORECASE
)
# The label of a page's update day, just before it: "Updated: ", "Mis à jour le ", "Last
# modified: ".
_UPDATED_BEFORE = compile_pattern(
    r"\b(?:updated|modified|mise? à jour|modifiée?|actualisée?)\b[^|·\n]{0,14}$", re.IGNORECASE
)


def _holds_day(m: DateMention, day: dt.date | None) -> bool:
    """Whether the days of ``m`` (its year, if it has none, the day's) hold ``day``."""
    if day is None or m.start.month is None or m.start.day is None or m.end.day is None:
        return False
    try:
        first = dt.date(m.start.year or day.year, m.start.month, m.start.day)
        last = dt.date(m.end.year or m.start.year or day.year, m.end.month or 1, m.end.day)
    except ValueError:
        return False
    return first <= day <= last


# A weekday told alone, read from the page's day: "on Friday".
_WEEKDAY_ALONE = compile_pattern(rf"\s*(?:on\s+|le\s+)?(?:{WEEKDAY_NAMES})\s*", re.IGNORECASE)


def _weekdays_of_a_told_span(dated: list[Dated]) -> list[Dated]:
    """A weekday told alone after the days of an event ("From Monday 12 to Friday 16 August,
    I co-facilitated ..." ... "The action plan the participants drafted on Friday"), read
    from the page's day outside them: that weekday of those days (within a fortnight)."""
    spans = [
        d
        for d in dated
        if d.role == "activity"
        and d.mention.is_range
        and d.mention.start.month
        and d.mention.start.day
        and d.mention.end.month
        and d.mention.end.day
    ]
    if not spans:
        return dated
    out: list[Dated] = []
    for d in dated:
        m = d.mention
        if (
            d.role == "activity"
            and not m.is_range
            and m.start.year
            and m.start.month
            and m.start.day
            and _WEEKDAY_ALONE.fullmatch(m.text)
            # (not a stay under way since that weekday, told from the page's day: "... à
            # Dakar du 13 au 19 novembre. Par ailleurs, ... sont à Accra depuis mercredi")
            and m.lead not in ("since", "depuis")
        ):
            day = dt.date(m.start.year, m.start.month, m.start.day)
            before = [sp for sp in spans if sp.mention.end_offset <= m.start_offset]
            if before:
                sp = before[-1].mention
                # (its year not yet known: the weekday's, the span told on the same page)
                year = sp.start.year or m.start.year
                try:
                    first = dt.date(year, sp.start.month or 1, sp.start.day or 1)
                    last = dt.date(sp.end.year or year, sp.end.month or 1, sp.end.day or 1)
                except ValueError:
                    first = last = day
                if not first <= day <= last and 0 <= (last - first).days <= 14:
                    within = [
                        first + dt.timedelta(days=k)
                        for k in range((last - first).days + 1)
                        if (first + dt.timedelta(days=k)).weekday() == day.weekday()
                    ]
                    if len(within) == 1:
                        point = PartialDate(within[0].year, within[0].month, within[0].day)
                        d = replace(d, mention=replace(m, start=point, end=point))
        out.append(d)
    return out


@functools.lru_cache(maxsize=8)
def page_years(text: str) -> list[int]:
    """The years a page writes, the most written first: those a day told without its year
    may be in."""
    counts = Counter(int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text))
    return [y for y, _ in counts.most_common()]


# A post's stamp line: its day and time, a middle dot, its audience's icon ("23 mars, 18:02 ·
# 🌐", "12 mars 2018 ·").
_STAMP_LINE = compile_pattern(r"\s*[^·\n]{3,40}?\s*·\s*\S{0,4}\s*")
_HANDLE_STAMP = compile_pattern(r"[^@\n]{0,60}@\w+[ \t]*·[ \t]*(?=\S)")


def _lines_under(text: str, at: int, most: int = 3) -> list[str]:
    """The first few lines after ``at`` (blank ones skipped), up to the next date alone on
    its line (the next item's)."""
    out: list[str] = []
    for line in text[at:].split("\n", 12)[1:12]:
        line = line.strip()
        if not line:
            continue
        if _day_alone(line) or len(out) >= most:
            break
        out.append(line)
    return out


def _day_alone(line: str) -> bool:
    """Whether a line is a date alone, its weekday before it or not ("Vendredi 14 février
    2025", "12 juin 2025")."""
    weekday = WEEKDAY_START.match(line)
    return date_alone(line[weekday.end() :].lstrip(" ,") if weekday else line)


def stamped_listing(text: str) -> bool:
    """Whether a page lists news items each under its day ("29 Nov" / title / text), most of
    whose texts date what they tell themselves ("from 20 to 29 November", or a day told from
    the item's: "Mardi dernier, ..."): the days above the titles are the items'
    publication, not their activities'."""
    stamps, dated = _stamp_counts(text)
    return stamps >= 3 and stamps > 2 * dated


@functools.lru_cache(maxsize=8)
def _stamp_counts(text: str) -> tuple[int, int]:
    """How many of a page's dates alone on their lines stand over lines that date what they
    tell themselves, and how many over lines that do not."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    stamps = dated = 0
    for i, line in enumerate(lines):
        if not _day_alone(line):
            continue
        found, _bad = find_dates(line)
        if len(found) != 1 or found[0].is_range or found[0].start.day is None:
            continue
        below = [ln for ln in lines[i + 1 : i + 4] if not date_alone(ln)]
        if _dates_itself(found[0], below):
            stamps += 1
        else:
            dated += 1
    return stamps, dated


def _dates_itself(stamp: DateMention, below: list[str]) -> bool:
    """Whether an item's lines under its day's line date what they tell themselves, to the
    day ("from 20 to 29 November") or by a day told from the item's ("Mardi dernier, ...")."""
    d = stamp.start
    try:  # (the day a relative day is told from; a year to count in when it has none)
        told_on: dt.date | None = dt.date(d.year or 2001, d.month or 1, d.day or 1)
    except ValueError:
        told_on = None
    return any(m.start.day is not None for ln in below for m in find_dates(ln)[0]) or (
        told_on is not None
        and any(relative_dates(ln, told_on) or past_weekdays(ln, told_on) for ln in below)
    )


def _stamp_day(ex: PageContext, m: DateMention) -> dt.date | None:
    """The day of a feed post's stamp, its year left out for the current year's posts: the
    page's year (its metadata; failing that, the day it was saved, "Enregistré le 20 novembre
    2024", a stamp after that day's month and day being of the year before; failing that,
    its copyright year)."""
    meta = ex.page.meta
    saved = page_day(ex) if not (m.start.year or meta.year_hint or meta.published) else None
    year = (
        m.start.year
        or meta.year_hint
        or (int(meta.published[:4]) if meta.published else None)
        or (
            saved.year - ((m.start.month or 0, m.start.day or 0) > (saved.month, saved.day))
            if saved is not None
            else None
        )
        or copyright_year(ex.page.text)
    )
    if not (m.start.day and m.start.month and year):
        return None
    try:
        return dt.date(year, m.start.month, m.start.day)
    except ValueError:
        return None


def _line_above(ex: PageContext, heading: Sentence) -> tuple[int, int] | None:
    """The page offsets of the line just above a heading (blank lines between allowed), if
    there is one."""
    end = ex.clean.rfind("\n", 0, heading.start)
    while end > 0 and not ex.clean[ex.clean.rfind("\n", 0, end) + 1 : end].strip():
        end = ex.clean.rfind("\n", 0, end)  # (blank lines between them)
    if end <= 0:
        return None
    return ex.clean.rfind("\n", 0, end) + 1, end


def stamp_above(ex: PageContext, heading: Sentence) -> dt.date | None:
    """The day of a news item's stamp line just above its title ("9 mars 2023 · Affaires
    internationales"), if the line above the heading is one."""
    above = _line_above(ex, heading)
    if above is None:
        return None
    line = ex.clean[above[0] : above[1]].strip()
    if _HOUR_AND_DESK.fullmatch(line):
        # a dispatch's hour and desk over its title, under its day's heading ("Mercredi 11
        # juin 2025" / "16:40 | POLITIQUE" / "La CENA reçoit une délégation ..."): that day
        return _day_heading_above(ex.clean, above[0])
    found, _bad = find_dates(line)
    source = _SOURCE_STAMP.match(line)
    if (
        source is not None
        and len(found) == 1
        and found[0].start_offset >= source.end()
        and not found[0].is_range
        and found[0].start.day
        and found[0].start.month
        and not line[found[0].end_offset :].strip(" .")
    ):
        # a press review's item, its paper and day over its title ("Source: New Era | 14
        # February" / "ECN hosts Malawi Electoral Commission" / "The ECN on Wednesday hosted
        # ..."): that day, in the year the heading above the items gives when it has none
        d = found[0].start
        year = d.year or _year_line_above(ex.clean, above[0])
        if year is not None:
            with contextlib.suppress(ValueError):
                return dt.date(year, d.month or 1, d.day or 1)
        return None
    if _paper_day(line) is not None and _papers_days(ex.clean) >= 2:
        # a press review's item, its paper and its day over its headline ("Le Temps – jeudi
        # 5 décembre 2024" / "L'ISIE reçoit la CENI mauritanienne" / "Mardi dernier, ..."):
        # that day, what the item tells is told from
        return _paper_day(line)
    if not found and (saved_on := page_day(ex)) is not None:
        # (a post's age over its title, after its author, on a page saved on a known day:
        # "Electoral Commission · 3w" / "Peer learning in Gaborone" / "From 10 to 14
        # February, ...": the latest day it can mean, what it tells before it)
        day = stamp_ago(line, saved_on) if len(line) <= 80 else None
        if day is not None:
            return day
    if found and found[0].start.year is None and _STAMP_LINE.fullmatch(line):
        # (a post's stamp over its title, its year left out: "5 September at 09:30 · 🌍" /
        # "PEER LEARNING WITH BOTSWANA" / "On Tuesday and Wednesday this week, ...")
        return _stamp_day(ex, found[0])
    if not found or not (
        _item_stamp_line(line, found[0])
        # (or a day alone on its line, on a listing whose items' texts date what they tell:
        # "25 October 2023" / "Training electoral trainers in Bangladesh" / "... from 15 to
        # 17 October in Dhaka")
        or (
            len(found) == 1
            and not found[0].is_range
            and _day_alone(line)
            and (
                stamped_listing(ex.clean)
                # (or, on a listing of items under their days whose texts do not mostly date
                # themselves, an item whose own lines do: "15 mai 2024" / "Mission de l'OEA
                # au Panama" / "... déployée du 1er au 7 mai"; not a report's date on its
                # cover, over its first part's heading)
                or (
                    sum(_stamp_counts(ex.clean)) >= 3
                    and _dates_itself(found[0], _lines_under(ex.clean, heading.end))
                )
            )
        )
    ):
        return None
    return found[0].start.calendar_day()


# A press review's line of its source and day: "Source: The Namibian | 26 September".
_SOURCE_STAMP = compile_pattern(
    r"\s*(?:source|sources|publié dans|paru dans|published in|media)\s*:\s*[^|\n]{2,60}?\s*\|\s*",
    re.IGNORECASE,
)
_YEAR_LINE_ALONE = compile_pattern(r"[ \t]*((?:19|20)\d\d)[ \t]*")
# A press review's line of its paper and day, the day whole and ending the line: "La Presse
# de Tunisie – mardi 3 décembre 2024", "Assabah (traduit de l'arabe) – jeudi 5 décembre
# 2024", "Daily Graphic | Monday, 9 December 2024".
_PAPER_AND_DASH = compile_pattern(
    rf"\s*[A-ZÀ-Ý][\w'’ .,()&-]{{1,60}}?\s+[–—|]\s+(?:(?:{WEEKDAY_NAMES}),?\s+)?", re.IGNORECASE
)


def _paper_day(line: str) -> dt.date | None:
    """The day of a press review's line of its paper and day, if the line is one."""
    if len(line) > 100 or not line[:1].isupper():
        return None
    lead = _PAPER_AND_DASH.match(line)
    if lead is None:
        return None
    found, _bad = find_dates(line[lead.end() :])
    if len(found) != 1 or found[0].start_offset > 0 or found[0].is_range:
        return None
    if line[lead.end() + found[0].end_offset :].strip(" ."):
        return None
    return found[0].start.calendar_day()


@functools.lru_cache(maxsize=8)
def _papers_days(text: str) -> int:
    """How many lines of a page are a press review's lines of their paper and day."""
    return sum(
        1
        for line in text.splitlines()
        if "–" in line or "—" in line or "|" in line
        if _paper_day(line.strip()) is not None
    )


# A dispatch's hour and desk (a news agency's feed): "16:40 | POLITIQUE", "09h10 · Economy".
_HOUR_AND_DESK = compile_pattern(
    r"(?:[01]?\d|2[0-3])\s*[:hH]\s*[0-5]\d\s*(?:GMT|UTC)?\s*[|·–—-]\s*[^\W\d_][\w'’ &/-]{1,30}"
)


_WEEKDAY_OR_NOTHING = compile_pattern(rf"(?:{WEEKDAY_NAMES})?", re.IGNORECASE)


def _day_heading_above(text: str, pos: int) -> dt.date | None:
    """The day of the nearest line above ``pos`` (within 6,000 characters) that is a date
    alone ("Mercredi 11 juin 2025"), the day heading of a feed's dispatches; None when that
    line is not one whole day."""
    starts, days = _date_lines(text)
    k = bisect.bisect_left(starts, pos) - 1
    return days[k] if k >= 0 and starts[k] >= pos - 6000 else None


@functools.lru_cache(maxsize=4)  # asked for each dispatch of a page: the page read once
def _date_lines(text: str) -> tuple[list[int], list[dt.date | None]]:
    """The starts of the page's lines that are a date alone (its weekday perhaps before it),
    in order, and the day each gives (None for a range, a month, a day not whole)."""
    starts: list[int] = []
    days: list[dt.date | None] = []
    at = 0
    for raw in text.split("\n"):
        line = raw.strip()
        if line and len(line) <= 60 and any(ch.isdigit() for ch in line):
            found, _bad = find_dates(line)
            rest = (line[: found[0].start_offset] + line[found[0].end_offset :]) if found else line
            if len(found) == 1 and _WEEKDAY_OR_NOTHING.fullmatch(rest.strip(" ,.")):
                d, day = found[0], None
                if not d.is_range:
                    day = d.start.calendar_day()
                starts.append(at)
                days.append(day)
        at += len(raw) + 1
    return starts, days


def _year_line_above(text: str, pos: int) -> int | None:
    """The year of the nearest line above ``pos`` that is a year alone ("2025"), if any."""
    for line in reversed(text[:pos].splitlines()):
        found = _YEAR_LINE_ALONE.fullmatch(line)
        if found is not None:
            return int(found.group(1))
    return None


def _line_above_mention(ex: PageContext, heading: Sentence) -> DateMention | None:
    """The date of the line just above a heading (blank lines between allowed), as a mention
    at its page offsets, if the line holds one."""
    above = _line_above(ex, heading)
    if above is None:
        return None
    start, end = above
    found, _bad = find_dates(ex.clean[start:end])
    if not found:
        return None
    m = found[0]
    return replace(m, start_offset=start + m.start_offset, end_offset=start + m.end_offset)


def _badge_opening(ex: PageContext, sents: Sequence[Sentence]) -> dt.date | None:
    """The day of a section's first line when it is a whole date alone (a card's badge, "8
    Février 2023") and a sentence under it names a weekday alone as its day ("Mercredi, à
    Québec ...")."""
    if len(sents) < 2 or not date_alone(sents[0].text):
        return None
    found, _bad = find_dates(sents[0].text)
    if len(found) != 1 or found[0].is_range:
        return None
    d = found[0].start
    if d.year is None or d.month is None or d.day is None:
        return None
    if not any(_OPENS_ON_A_WEEKDAY.match(s.text) for s in sents[1:]):
        return None
    with contextlib.suppress(ValueError):
        return dt.date(d.year, d.month, d.day)
    return None


# A sentence opening on a weekday alone, no day after it: "Mercredi, à Québec", "Tuesday, in".
_OPENS_ON_A_WEEKDAY = compile_pattern(rf"\W*(?:{WEEKDAY_NAMES})\b(?!\s+\d)", re.IGNORECASE)


def _day_line_above(ex: PageContext, heading: Sentence) -> dt.date | None:
    """The day of a news item's line of its day and month alone just above its title ("9
    décembre"), its year that of the nearest year heading above ("ACTUALITÉS – ANNÉE 2022");
    None where there is no such line or heading."""
    above = _line_above(ex, heading)
    if above is None:
        return None
    start, end = above
    line = ex.clean[start:end].strip()
    found, _bad = find_dates(line)
    if len(found) != 1 or found[0].text.strip() != line or found[0].is_range:
        return None
    d = found[0].start
    if d.month is None or d.day is None or d.year is not None:
        return None
    lines_above = ex.clean[:start].split("\n")
    year = next((y for ln in reversed(lines_above) if (y := year_heading(ln)) is not None), None)
    if year is None:
        return None
    with contextlib.suppress(ValueError):
        return dt.date(year, d.month, d.day)
    return None


# The title of a meeting's minutes: "MINUTES OF THE MEETING OF THE EXECUTIVE BOARD",
# "PROCÈS-VERBAL DE LA RÉUNION DU COMITÉ EXÉCUTIF", "Compte rendu de la réunion du Bureau".
_MINUTES_TITLE = compile_pattern(
    r"^[ \t]*(?:minutes|summary record|record|procès-verbal|proces-verbal|compte[- ]rendu)\s+"
    r"(?:of|de|du|des)\s+(?:the\s+|la\s+|l['’])?(?:\w+\s+){0,3}?"
    r"(?:meeting|session|réunion|reunion|séance|seance)\b[^\n]*$",
    re.IGNORECASE | re.MULTILINE,
)


# A report's title on its cover: "Final Report", "ODIHR Needs Assessment Mission Report",
# "Rapport final".
_REPORT_TITLE = compile_pattern(
    r"^[ \t]*(?:[\w'’/-]+[ \t]+){0,5}(?:report|rapport)(?:[ \t]+final)?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A place alone on its line: "Warsaw", "Paris".
_PLACE_LINE = compile_pattern(r"[ \t]*[A-ZÀ-Ý][\w'’.-]*(?:[ -][A-ZÀ-Ý][\w'’.-]*){0,2}[ \t]*")


# The dash after a title's opening day, then its words: "15 Sep - Solomon Islands officials".
_DASH_THEN_TITLE = compile_pattern(r"[ \t]+[-–—][ \t]+\S[^\n]{2,100}")
_POSTING_LAG = 62  # days: how long after its activity an update may be posted


def _update_title_stamp(ex: PageContext, m: DateMention) -> bool:
    """Whether a day and month open a title line ("12 Oct - Study visit to Accra") whose
    text, on the line below, tells days of its own a little before it ("... in Accra from 2
    to 6 October"): the day the update was posted, not its activity's."""
    if m.is_range or m.start.day is None or m.start.month is None:
        return False
    line_start = ex.clean.rfind("\n", 0, m.start_offset) + 1
    line_end = ex.clean.find("\n", m.end_offset)
    if line_end < 0 or ex.clean[line_start : m.start_offset].strip():
        return False
    rest = ex.clean[m.end_offset : line_end]
    if not _DASH_THEN_TITLE.fullmatch(rest) or rest.rstrip().endswith((".", ":")):
        return False
    next_end = ex.clean.find("\n", line_end + 1)
    below = ex.clean[line_end + 1 : next_end if next_end >= 0 else len(ex.clean)]
    found, _bad = find_dates(below)
    # (days compared in a leap year, a year's turn between them: "5 Jan" over "28 December")
    with contextlib.suppress(ValueError):
        title_day = dt.date(2000, m.start.month, m.start.day)
        for d in found:
            if d.start.month is None or d.start.day is None:
                continue
            day = dt.date(2000, d.start.month, min(d.start.day, 29 if d.start.month == 2 else 31))
            if 0 < (title_day - day).days % 366 <= _POSTING_LAG:
                return True
    return False


def _report_issued_day(ex: PageContext, m: DateMention) -> bool:
    """Whether ``m`` is the day a report was issued, on its cover: a day alone on its line
    under a place alone on its own, within five lines under the report's title ("Final
    Report" / "Warsaw" / "28 February 2024")."""
    if m.is_range or m.start.day is None or m.start.year is None:
        return False
    start = ex.clean.rfind("\n", 0, m.start_offset) + 1
    end = ex.clean.find("\n", m.end_offset)
    if ex.clean[start : m.start_offset].strip() or ex.clean[
        m.end_offset : end if end >= 0 else None
    ].strip(" ."):
        return False
    lines = [ln for ln in ex.clean[:start].split("\n") if ln.strip()]
    if len(lines) < 2 or not _PLACE_LINE.fullmatch(lines[-1]):
        return False
    title = _REPORT_TITLE.search(ex.clean, 0, start)
    return title is not None and ex.clean.count("\n", title.end(), start) <= 5


def _minutes_day(ex: PageContext, m: DateMention) -> bool:
    """Whether ``m`` is the one day on a line of its own (with its place perhaps) within the
    three lines under a meeting's minutes' title."""
    if m.is_range or m.start.day is None:
        return False
    title = _MINUTES_TITLE.search(ex.clean, 0, min(len(ex.clean), 1200))
    if title is None or m.start_offset < title.end():
        return False
    return ex.clean.count("\n", title.end(), m.start_offset) <= 3


def _heading_stamp(ex: PageContext, heading: Sentence) -> DateMention | None:
    """The day of a post stamp standing in a section's heading (a line "23 mars, 18:02 · 🌐"
    or "Hier, à 17:46 · 🌍" under the author's name), as a mention at its page offsets."""
    at = heading.start
    for line in heading.text.split("\n"):
        handle = _HANDLE_STAMP.match(line)
        if handle is not None:
            # its author, handle and day on one line: "CENI Togo @CENI_Togo · 12 mai 2023"
            found, _bad = find_dates(line[handle.end() :])
            day = _stamp_day(ex, found[0]) if found else None
            if day is not None:
                point = PartialDate(day.year, day.month, day.day)
                start = at + handle.end() + found[0].start_offset
                return DateMention(
                    start, start + len(found[0].text), found[0].text, point, point, ""
                )
        found, _bad = find_dates(line)
        if found and _item_stamp_line(line, found[0]):
            # a news item's day over its text: "Wednesday, 20 June 2018 | Corporate Affairs",
            # "Thursday, 10 May 2018 | 16:05 WIB"
            m = found[0]
            start = at + m.start_offset
            return DateMention(start, start + len(m.text), m.text, m.start, m.end, "")
        if _STAMP_LINE.fullmatch(line):
            saved_on = page_day(ex)
            day = (
                _stamp_day(ex, found[0])
                if found
                else (stamp_ago(line, saved_on) if saved_on is not None else None)
            )
            if day is not None:
                point = PartialDate(day.year, day.month, day.day)
                text = line.split("·")[0].strip()
                start = at + line.index(text)
                return DateMention(start, start + len(text), text, point, point, "")
        at += len(line) + 1
    return None


def _item_stamp_line(line: str, m: DateMention) -> bool:
    """Whether a line is an item's stamp: its day (its weekday first, perhaps), then a bar
    and a short category label, or its clock time ("Wednesday, 20 June 2018 | Corporate
    Affairs", "10 May 2018 | 16:05 WIB")."""
    if m.start.day is None or m.start.year is None or m.start != m.end:
        return False
    if m.start_offset > 1 and not _WEEKDAY_ONLY.fullmatch(line[: m.start_offset]):
        return False
    if _CLOCK_ENDS_LINE.match(line, m.end_offset):
        return True
    bar = _BAR_LABEL.fullmatch(line, m.end_offset)
    event = _EVENT_LABEL.search(bar.group(0)) if bar is not None else None
    return (
        bar is not None
        and len(bar.group("label").split()) <= 4
        # (a category of posts, in the plural: "15 April 2024 | Trainings", not an event's
        # type: "12 mars 2019 | Atelier")
        and (event is None or _PLURAL_CATEGORY.fullmatch(bar.group("label")) is not None)
    )


# A site's date bar at the top of the page: "Vendredi 22 novembre 2019 | Ouagadougou".
_DATE_BAR = compile_pattern(rf"\s*(?:{WEEKDAY_NAMES})\b", re.IGNORECASE)
# A note of when the copy was made: "[Copie du fil enregistrée le jeudi 28 mars 2024]",
# "Page saved: Tuesday, 21 November 2023", "captured on 3 May 2024".
_SAVED_ON = compile_pattern(
    r"\b(?:enregistrée?|sauvegardée?|archivée?|saved|captured|copied|retrieved|consultée?|"
    # (a feed exported: "Publications — fil exporté le vendredi 14 novembre 2025")
    r"exportée?|extraite?|exported|extracted|downloaded|téléchargée?)"
    r"\s*(?:le|on|:)\s",
    re.IGNORECASE,
)


def page_day(ex: PageContext) -> dt.date | None:
    """The day the page was saved or published, which a feed's "Hier" and "3 j" count back
    from: its metadata (retrieved, published), failing that its site's date bar."""
    meta = ex.page.meta
    for iso in (meta.retrieved, meta.published):
        if iso and len(iso) >= 10:
            with contextlib.suppress(ValueError):
                return dt.date.fromisoformat(iso[:10])
    for line in ex.page.text.splitlines()[:6]:
        if _DATE_BAR.match(line) or _SAVED_ON.search(line):
            found, _bad = find_dates(line)
            if found and found[0].start.year and found[0].start.month and found[0].start.day:
                d = found[0].start
                return dt.date(d.year or 1, d.month or 1, d.day or 1)
    return None


def _news_date_line(dated: list[Dated]) -> list[Dated]:
    """A day alone on the first line of a news item, above a text that dates what it tells
    itself ("6 December 2016" under the title, then "From 28 November to 2 December, ..."):
    the item's date, not its activity."""
    first = dated[0] if dated else None
    if first is None or first.role != "activity" or first.paragraph != 0:
        return dated
    m = first.mention
    if m.is_range or not (m.start.day and m.start.year):
        return dated
    rest = first.sentence.text.replace(m.text, " ")
    # (a paper's issue number may follow it: "Mercredi 4 décembre 2024 – N° 10 987")
    rest = _ISSUE_NUMBER.sub(" ", rest)
    if len(re.findall(r"\w+", rest)) > 1:  # (a weekday may go before it)
        return dated
    if not any(o.paragraph > 0 and o.role == "activity" and o.mention.start.month for o in dated):
        return dated
    return [replace(first, role="publication"), *dated[1:]]


# A paper's issue number after its day: "– N° 10 987", "| No. 4521", "· Édition 312".
_ISSUE_NUMBER = compile_pattern(
    r"[–—|·,-]\s*(?:N[o°º]\.?|n°|No\.|Issue|Édition|Edition|Vol\.?)\s*[\d\s.]+$", re.IGNORECASE
)


# A month alone on the line above a text, as a timeline labels its entries ("**November**" /
# "From the 12th to the 18th, a team visited ..."), with its year perhaps.
# A list item's line: a bullet or a dash opens it.
_ITEM_LINE = compile_pattern(r"[ \t]*[-–—•·▪●*][ \t]")
_MONTH_LINE = compile_pattern(
    r"[\s*_#]*(?P<month>[^\W\d_]{3,12})\.?(?:\s+(?P<year>(?:19|20)\d\d))?[\s*_#:]*"
)


def _month_above(text: str, start: int) -> PartialDate | None:
    """The month alone on the line above the one ``start`` opens (blank lines between
    allowed), if it is one; for a list item, the month over its list ("Mars" / "- Accueil
    ..." / "- Atelier ..., du 9 au 11.")."""
    end = text.rfind("\n", 0, start)
    while end > 0 and text[end - 1] in "\n \t":
        end -= 1
    if end <= 0:
        return None
    item = _ITEM_LINE.match(text, text.rfind("\n", 0, start) + 1)
    for _ in range(12):
        line_start = text.rfind("\n", 0, end) + 1
        if not (item and _ITEM_LINE.match(text, line_start)):
            break
        # (an item above, of the same list: the month is over the list)
        end = line_start - 1
        while end > 0 and text[end - 1] in "\n \t":
            end -= 1
        if end <= 0:
            return None
    line = _MONTH_LINE.fullmatch(text, text.rfind("\n", 0, end) + 1, end)
    month = month_number(line.group("month")) if line else None
    if line is None or month is None:
        return None
    return PartialDate(int(line.group("year")) if line.group("year") else None, month, None)


def _as_day(iso: str | None) -> dt.date | None:
    return dt.date.fromisoformat(iso) if iso else None


# "depuis", "since", right before a weekday: "depuis lundi", "since Thursday".
_SINCE_CUE = compile_pattern(r"\b(?:depuis|since)\s+(?:ce\s+|this\s+)?$", re.IGNORECASE)
_SINCE_WORD = compile_pattern(r"\b(?:depuis|since)\b", re.IGNORECASE)
_UNTIL_NEXT = compile_pattern(r"\s*,?\s*(?:et|and)?\s*(?:jusqu['’]|until\b|till\b)", re.IGNORECASE)

# A departure or a return still to come, just before a weekday: "quitteront le Sénégal",
# "repartira", "will leave".
_LEAVES_LATER = compile_pattern(
    r"\b(?:quitter(?:a|ont)|repartir(?:a|ont)|partir(?:a|ont)|rentrer(?:a|ont)|"
    r"regagner(?:a|ont)|will (?:leave|depart|return|fly home|fly back)|"
    # an event's close to come: "Les travaux, qui prennent fin vendredi", "will close on"
    r"prend(?:ra|ront|nent)? fin|se termine(?:ra|nt|ront)?|s['’]achève(?:ra|nt|ront)?|"
    r"will (?:end|close|conclude)|"
    # (the same in English's present: "its programme, which ends on Friday")
    r"ends|closes)\b",
    re.IGNORECASE,
)
# An event or a stay told as closed, just before its weekday: "l'équipe a bouclé sa visite
# vendredi", "ont achevé leurs travaux samedi", "wrapped up the tour Friday".
_CLOSED_PAST = compile_pattern(
    r"\b(?:(?:a|ont) (?:bouclé|achevé|terminé|clôturé|clos|conclu)|s['’](?:est|sont) "
    r"(?:achevée?s?|terminée?s?|clôturée?s?)|(?:a|ont) pris fin|wrapped up|completed|concluded|"
    r"ended|closed|finished)\b",
    re.IGNORECASE,
)
# An arrival, a departure or a return just before a weekday: "Arrivée mercredi", "arrived
# in Dakar on Monday", "a regagné Kinshasa mercredi", "est partie lundi", "returned to Lusaka
# Tuesday".
_ARRIVED = compile_pattern(
    r"\b(?:arrivée?s?|arrived|landed|atterrie?s?|regagné|rentrée?s?|revenue?s?|returned|"
    r"partie?s?|left|departed|quitté|"
    # an event's opening: "un atelier ... s'est ouvert lundi à Grand-Bassam", "opened on"
    # (or its participle opening the sentence: "Ouvert lundi au Palais du peuple de Moroni,
    # le séminaire ...")
    r"s['’]est ouverte?|(?:a|ont) (?:débuté|commencé)|opened|began|started|ouverte?s?|"
    r"inaugurée?s?|"
    # a body receiving its visitors: "la CENI a reçu mardi la mission", "received on Monday"
    r"(?:a|ont) reçu|(?:a|ont) accueilli|reçue?s?|accueillie?s?|received|welcomed)\b",
    re.IGNORECASE,
)


def _with_relative(
    text: str,
    found: list[DateMention],
    told_on: dt.date | None,
    *,
    weekdays: bool = False,
    opens: bool = False,
    opened: bool = False,
) -> list[DateMention]:
    """The sentence's dates with the days it tells relative to the page's date (``told_on``,
    or its own dateline's): "Hier lundi", "this Tuesday", "le mois dernier"; with
    ``weekdays`` (a feed's post, ``told_on`` its stamp), a weekday told alone in the past
    too ("arrivée à N'Djaména dimanche": the last Sunday)."""
    dateline = next(
        (
            m
            for m in found
            if m.start.day
            and (m.start.year or told_on is not None)
            and is_dateline(text, m, m.start_offset)
        ),
        None,
    )
    if dateline is not None:
        # (its year perhaps the page's: a brief's own dateline, "PRAIA, 30 mai (Xinhua) --
        # ... a clos jeudi ..." in an edition of 12 June)
        told_on = _dateline_day(dateline, told_on or dt.date(1, 1, 1)) or told_on
    if told_on is None:
        return found
    update = next(
        (
            m
            for m in found
            if m.start.day and m.start.month and _UPDATE_OPENING.fullmatch(text, 0, m.start_offset)
        ),
        None,
    )
    if dateline is None and update is not None:
        # an update's paragraph opening on its day: "UPDATE 4 December: ... its members left
        # the country on Tuesday" (told from that day, in the page's year)
        with contextlib.suppress(ValueError):
            told_on = dt.date(
                update.start.year or told_on.year, update.start.month or 1, update.start.day or 1
            )
    found = [_last_such_month(text, m, told_on) for m in found]
    if opened:
        found = [_open_until(text, m, told_on) for m in found]
    relative = relative_dates(text, told_on)
    if weekdays and (PAST_VERB.search(text) or PAST_EN.search(text)):
        relative += [
            w
            for w in past_weekdays(text, told_on)
            if not any(
                w.start_offset < r.end_offset and r.start_offset < w.end_offset for r in relative
            )
        ]
    elif _ARRIVED.search(text):
        # the day of an arrival (or a departure, a return) told by its weekday alone, in
        # news: "Arrivée mercredi à Beyrouth, la mission ...", "which arrived in Dakar on
        # Monday", "a regagné Kinshasa mercredi"
        relative += _cued(text, _ARRIVED, past_weekdays(text, told_on), relative)
    if _SINCE_WORD.search(text):
        # a stay under way since a weekday: "séjourne à Moroni depuis lundi", "has been in
        # the country since Thursday" (the last such day; a stay's start; not what a party
        # has done since: "la délégation multiplie depuis lundi les entretiens")
        relative += [
            replace(w, lead="since")
            for w in _cued(text, _SINCE_CUE, past_weekdays(text, told_on), relative)
            if stay_since(text, w.start_offset, w.end_offset)
            # (or a span: "Depuis lundi et jusqu'à samedi, une soixantaine de formateurs ...")
            or _UNTIL_NEXT.match(text, w.end_offset)
        ]
    if _LEAVES_LATER.search(text):
        # the day a stay will end told by its weekday alone, in news: "Ses membres quitteront
        # le Sénégal jeudi", "the team will fly home on Saturday" (the next such day)
        relative += [
            replace(w, lead="until")  # (the stay's or the event's last day)
            for w in _cued(text, _LEAVES_LATER, next_weekdays(text, told_on), relative)
        ]
    if _CLOSED_PAST.search(text):
        # the day an event or a stay closed told by its weekday alone: "Arrivés le lundi 10
        # mars, les experts ont achevé leurs travaux vendredi" (the last such day; its end)
        relative += [
            replace(w, lead="until")
            for w in _cued(text, _CLOSED_PAST, past_weekdays(text, told_on), relative)
        ]
    weekly = on_weekdays(text, told_on, opening=opens)
    for pair in [w for w in weekly if w.is_range and w.start != w.end]:
        # two weekdays told together: one span, not two days ("was received on Tuesday and
        # Wednesday at the headquarters")
        inside = [
            r
            for r in relative
            if pair.start_offset <= r.start_offset and r.end_offset <= pair.end_offset
        ]
        if len(inside) >= 2:
            relative = [r for r in relative if r not in inside]
    told = relative
    relative += [
        # news telling the days of its week: "visited polling stations on Wednesday"
        w
        for w in weekly
        if not any(w.start_offset < r.end_offset and r.start_offset < w.end_offset for r in told)
    ]
    extra = [
        r
        for r in _weekday_pairs(text, relative)
        if not any(r.start_offset < m.end_offset and m.start_offset < r.end_offset for m in found)
    ]
    return sorted([*found, *extra], key=lambda m: m.start_offset) if extra else found


# Two weekdays told alone, joined: "a accueilli lundi et mardi à N'Djamena".
_AND_BETWEEN = compile_pattern(r"\s+(?:et|and|&)\s+")


def _weekday_pairs(text: str, relative: list[DateMention]) -> list[DateMention]:
    """The days told relative to the page's with two weekdays told alone and joined ("lundi
    et mardi", the second within the week after the first) made one span."""
    joined: list[DateMention] = []
    for r in sorted(relative, key=lambda m: m.start_offset):
        prev = joined[-1] if joined else None
        first, last = (prev.start.calendar_day(), r.end.calendar_day()) if prev else (None, None)
        if (
            prev is not None
            and first is not None
            and last is not None
            and 0 < (last - first).days < 7
            and _WEEKDAYS_ALONE.fullmatch(prev.text)
            and _WEEKDAYS_ALONE.fullmatch(r.text)
            and prev.lead == r.lead == ""
            and _AND_BETWEEN.fullmatch(text, prev.end_offset, r.start_offset)
        ):
            both = text[prev.start_offset : r.end_offset]
            joined[-1] = DateMention(prev.start_offset, r.end_offset, both, prev.start, r.end, "")
        else:
            joined.append(r)
    return joined


# An event opened as the page speaks: "it is my pleasure to open the International Visitors
# Program", "j'ai le plaisir d'ouvrir", "I declare open".
_OPENS_NOW = compile_pattern(
    r"\b(?:pleasure to open|pleased to open|honou?red to open|declare (?:open|this \w+ open)|"
    r"plaisir d['’]ouvrir|honneur d['’]ouvrir|déclare ouvert\w*)\b",
    re.IGNORECASE,
)
# The event's end told as to come, just before its day: "until Tuesday, ", "jusqu'au mardi ".
_UNTIL_DAY_BEFORE = compile_pattern(
    rf"\b(?:until|till|jusqu['’]\s*(?:au|à))\s+(?:(?i:{WEEKDAY_NAMES}),?\s+)?(?:le\s+)?$",
    re.IGNORECASE,
)


def _open_until(text: str, m: DateMention, told_on: dt.date) -> DateMention:
    """The day an event opened as the page speaks lasts until ("For the next five days,
    until Tuesday, April 29, you will see ..."): a span from the page's day to that day."""
    if (
        m.is_range
        or m.start.day is None
        or m.start.month is None
        or not _UNTIL_DAY_BEFORE.search(text, max(0, m.start_offset - 30), m.start_offset)
    ):
        return m
    year = m.start.year or told_on.year
    with contextlib.suppress(ValueError):
        last = dt.date(year, m.start.month, m.start.day)
        if m.start.year is None and last < told_on:
            last = last.replace(year=year + 1)
        if told_on < last <= told_on + dt.timedelta(days=31):
            first = PartialDate(told_on.year, told_on.month, told_on.day)
            return replace(m, start=first, end=PartialDate(last.year, last.month, last.day))
    return m


def _cued(
    text: str, cue: re.Pattern[str], weekdays: list[DateMention], taken: list[DateMention]
) -> list[DateMention]:
    """The weekdays told alone just after ``cue`` (within 40 characters), where no other
    relative day of ``taken`` stands."""
    return [
        w
        for w in weekdays
        if cue.search(text, max(0, w.start_offset - 40), w.start_offset)
        and not any(w.start_offset < r.end_offset and r.start_offset < w.end_offset for r in taken)
    ]


# A month told as the last one of its name: "en novembre dernier", "last November".
_MONTH_LAST_AFTER = compile_pattern(r"\s+derni(?:er|ère)\b", re.IGNORECASE)
_MONTH_LAST_BEFORE = compile_pattern(r"\blast\s+$", re.IGNORECASE)


def _last_such_month(text: str, m: DateMention, told_on: dt.date) -> DateMention:
    """A month with no year told as the last of its name before the page's day ("en
    novembre dernier" in February 2019: November 2018), with that year."""
    if m.start.year is not None or m.start.day is not None or m.start.month is None:
        return m
    if not (
        m.lead == "last"
        or _MONTH_LAST_AFTER.match(text, m.end_offset)
        or _MONTH_LAST_BEFORE.search(text, 0, m.start_offset)
    ):
        return m
    year = told_on.year if m.start.month < told_on.month else told_on.year - 1
    return m.resolved(year)


# A news list's stamp line: the item's day, a bar and its category ("27 février 2019 |
# Relations internationales", "March 4, 2019 · News").
_BAR_LABEL = compile_pattern(
    r"\s*[|·•]\s*(?P<label>[^\W\d][^\n|·•]{1,40}?)"
    # (and a second or third cell, its region: "Wednesday, December 18, 2024 | Press Release
    # | Africa")
    r"(?:\s*[|·•]\s*[^\W\d][^\n|·•]{1,30}?){0,2}\s*"
)
# A category of posts in the plural: "Trainings", "Conferences", "Missions d'observation".
_PLURAL_CATEGORY = compile_pattern(r"[^\W\d]+[sx](?:\s+[\w'’]+){0,2}", re.IGNORECASE)
# ... not an event's type or its place ("12 mars 2019 | Atelier", "May 3, 2018 | Dakar").
_EVENT_LABEL = compile_pattern(
    r"\b(?:atelier|workshop|s[ée]minaire|seminar|missions?|formation|training|conf[ée]rence|"
    r"visite?s?|assembl[ée]e|r[ée]union|meeting|observation|forum|colloque|webinaire|webinar)",
    re.IGNORECASE,
)


# A clock time ending the line of a day: " | 16:05 WIB", ", 09:00", " - 14h30 GMT".
_CLOCK_ENDS_LINE = compile_pattern(
    r"\s*(?:[|·,–—-]|at|à)?\s*\d{1,2}\s*[:h.]\s*\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|"
    # (a feed's zone as an offset: "Thu, 14 Nov 2024 16:05:00 -0500")
    r"[A-Z]{2,5}(?:[+-]\d{1,2})?|[+-][01]\d[0-5]\d)?[ \t]*"
    # (and a byline after it: "Friday, 16 February 2024 | 10:42 WIB | Public Relations Bureau")
    r"(?:[|·][ \t]*[^\n|·\d]{2,40}?[ \t]*"
    # (or its update's stamp: "12/03/2025 17:20 | Mis à jour le 13/03/2025 08:05")
    r"|[|·][ \t]*(?i:mis à jour|mise à jour|updated|modifié|last updated)[^\n|·]{0,40})?(?:\n|$)",
)


_WEEKDAY_ONLY = compile_pattern(rf"\s*(?:{WEEKDAY_NAMES})\.?,?\s*", re.IGNORECASE)


def _stamp_and_label(ex: PageContext, m: DateMention, s: Sentence, rel: int) -> bool:
    """Whether the date opens a line of its own day, a bar and a category label: a news
    list item's stamp, the day it was told."""
    if m.start.day is None or m.start != m.end:
        return False
    if rel > 1 and not _WEEKDAY_ONLY.fullmatch(s.text[:rel]):
        return False  # (its weekday first: "Wednesday, 20 June 2018 | Corporate Affairs")
    line_end = s.text.find("\n", rel)
    line_end = len(s.text) if line_end < 0 else line_end
    bar = _BAR_LABEL.fullmatch(s.text, m.end_offset - s.start, line_end)
    if bar is None or len(bar.group("label").split()) > 4:
        return False
    if _EVENT_LABEL.search(bar.group(0)) and not _PLURAL_CATEGORY.fullmatch(bar.group("label")):
        return False  # (an event's type, "12 mars 2019 | Atelier"; not posts', "| Trainings")
    label_at = s.start + bar.start("label")
    if _in_a_table(ex.clean, m.start_offset):
        return False  # a table's row ("Date | Milestone" / ... / "19 September 2022 | Core
        # team departs"), not a news item's stamp
    return not any(h.category in ("country", "place") and h.start >= label_at for h in ex.hits(s))


def _stamp_cells(ex: PageContext, m: DateMention, s: Sentence, rel: int) -> bool:
    """Whether the date fills a cell of a short bar-separated line near the page's top, the
    other cells a word or a name: an article's stamp ("Entretien | Samedi 9 décembre 2023 |
    Marc-André Fortin")."""
    if m.start.day is None or m.start.year is None or m.start != m.end:
        return False  # (a stamp's day has its year)
    if m.start_offset > _OPENING:
        return False
    line_start = s.text.rfind("\n", 0, rel) + 1
    line_end = s.text.find("\n", rel)
    line = s.text[line_start : len(s.text) if line_end < 0 else line_end]
    # (or dot-separated: "Monday, June 19, 2023 · Nigeria · Election Management")
    bar = "|" if "|" in line else "·"
    cells = [c.strip() for c in line.split(bar)]
    if not 2 <= len(cells) <= 4 or _in_a_table(ex.clean, m.start_offset):
        return False
    own = rel - line_start
    at = 0
    for cell in line.split(bar):
        if at <= own < at + len(cell):
            if not _WEEKDAY_ONLY.fullmatch(cell.replace(m.text, " ")):
                return False  # (the date alone in its cell, its weekday perhaps)
        elif len(cell.split()) > 4 or any(ch.isdigit() or ch == "," for ch in cell):
            return False  # (a word or a name, not an entry's place: "Port Moresby, PNG")
        at += len(cell) + 1
    return stamp_line_day(ex.clean) == m.start.iso()


# An item's type beside its day: "News article", "Press release", "Communiqué", "Blog".
_ITEM_TYPE = compile_pattern(
    r"(?i)\b(?:news|article|actualit|communiqu|press|release|blog|post|update|nouvelle|"
    r"statement|déclaration)"
)
# A release's type line: "PRESS RELEASE", "Media release", "Communiqué de presse".
_RELEASE_TYPE = compile_pattern(
    r"(?im)^\W*(?:(?:press|media|news)\s+release|communiqu[ée](?:\s+de\s+presse)?)\W*$"
)
# A mail's header, saved with its text: "From: ACE <update@...>", "De : Élections Québec <...>".
_MAIL_FROM = compile_pattern(r"(?im)^\s*(?:from|de|expéditeur)\s*:\s*\S")
_MAIL_SUBJECT = compile_pattern(r"(?im)^\s*(?:subject|objet|to|à)\s*:\s*\S")
# Its day field: "Date: Fri, 4 Jul 2025 08:15:44 +0200", "Envoyé : jeudi 21 novembre 2024 10:02".
_MAIL_DATE = compile_pattern(r"(?i)\s*(?:date|sent|envoyé)\s*:\s*(?P<day>.+?)\s*")
# A field of the page's day: "Date: 22 March 2024", "Date : 14 mars 2019".
_DATE_FIELD = compile_pattern(r"(?i)\s*(?:date|dated|issued)\s*:\s*(?P<day>.+?)\s*")
# A meeting's minutes by their title: "MINUTES OF THE 71st MEETING", "Procès-verbal de la
# réunion", "Compte rendu de la 47e session".
_MINUTES_TYPE = compile_pattern(
    r"(?im)^\W*(?:minutes\s+of\b|procès-verbal\b|compte[- ]rendu\s+(?:de|du|des)\b)"
)
# Minutes' line of the meeting's day: "Held on Monday, 3 March 2025, at the seat ...",
# "Séance tenue le jeudi 6 mars 2025", "Réunion tenue à Quito le 6 mars 2025".
_HELD_ON_LINE = compile_pattern(
    r"\W*(?:(?:séance|réunion|meeting|session)\s+)?(?:held|tenue?)\b(?:\s+(?:à|at|in)\s+[^,\d\n]{2,40})?"
    r"\s+(?:on|le)\s+",
    re.IGNORECASE,
)
# A day's weekday before it: "Thursday 6 February 2025", "jeudi, 6 février".
_WEEKDAY_OPENING = compile_pattern(rf"^\s*(?:{WEEKDAY_NAMES})\.?,?\s+", re.IGNORECASE)
# A meeting's hours after its day: ", 10:00-15:30", " à 9 h 30".
_CLOCK_AFTER = compile_pattern(
    r"[,\s]*(?:à\s+|at\s+|from\s+)?\d{1,2}\s?[:h.]\s?\d\d(?:\s*(?:[-–—]|to|à)\s*\d{1,2}\s?[:h.]\s?\d\d)?"
    r"\s*(?:[ap]\.?m\.?)?\s*$",
    re.IGNORECASE,
)
# A blog post's category after its day: "Tuesday 5 November 2024 · Posted in Foreign
# affairs", "12 mars 2024 · Publié dans Actualités", "· Filed under: News".
_POSTED_IN = compile_pattern(
    r"(?i)(?:posted|filed|published)\s+(?:in|under)\b|publiée?\s+dans\b|classée?\s+dans\b|"
    r"cat[ée]gor(?:y|ies|ie|ies)\s*:"
)
# What follows a post's stamp past its dot: an icon, or "Edited", "Modifié", "Public".
_POST_MARK = compile_pattern(
    r"[^\w]*|(?i:edited|modifié|public|publique?|sponsori[sz]ed)\W*"
    # (or its length, a recording's or a reading's: "18 July 2024 · 36 minutes", "· 5 min read")
    r"|(?i:\d{1,3}\s*(?:minutes|min|mins)(?:\s+(?:read|de lecture))?|"
    r"lecture\s*:\s*\d{1,3}\s*min)\W*"
)


# A line of a day and its clock time: "08/04/2025 – 17:30", "12 mars 2024, 09h15".
_DAY_AND_CLOCK = compile_pattern(
    r"\s*(?P<day>[^|·\n]{6,40}?)\s*(?:[–—,-]|\bat\b|\bà\b)\s*\d{1,2}[:h]\d{2}"
    r"(?:\s*(?:am|pm|a\.m\.|p\.m\.|[A-Z]{2,4}))?\s*",
    re.IGNORECASE,
)


def _one_day_alone(text: str, stops: str) -> str | None:
    """The one day, with its year, that ``text`` holds and nothing else but ``stops`` (ISO)."""
    found, _bad = find_dates(text)
    if (
        len(found) == 1
        and found[0].start.day
        and found[0].start.year
        and not found[0].is_range
        and not text.replace(found[0].text, " ").strip(stops)
    ):
        return found[0].start.iso()
    return None


@functools.lru_cache(maxsize=8)
def _mail_header_end(text: str) -> int:
    """Where a mail's header ends, if the page opens on one ("From: ..." / "Subject: ..." /
    "Date: ..."): the end of its first eight lines; 0 when it has none."""
    head = "\n".join(text[:_OPENING].splitlines()[:8])
    if _MAIL_FROM.search(head) is None or _MAIL_SUBJECT.search(head) is None:
        return 0
    return len(head)


def _in_mail_header(ex: PageContext, m: DateMention) -> bool:
    """Whether the day ``m`` stands on the day line of the mail's header the page opens on."""
    if m.start_offset >= _mail_header_end(ex.clean):
        return False
    start = ex.clean.rfind("\n", 0, m.start_offset) + 1
    return _MAIL_DATE.fullmatch(ex.clean, start, _line_end(ex.clean, start)) is not None


def town_before_bracket(ex: PageContext, m: DateMention, s: Sentence) -> bool:
    """Whether the date stands alone in brackets right after a town's name: "Bishkek
    (October 2017)", "Quito (16–21 February 2017)", or opens them, a note after it; or a
    month in them after a country's: "Mali (July)", "Sierra Leone (March; elections of 7
    March)"."""
    rel = m.start_offset - s.start
    opening = s.text.rfind("(", 0, rel)
    if opening < 0 or s.text[opening + 1 : rel].strip():
        return False
    after = s.text[m.end_offset - s.start :].lstrip()
    if not after.startswith((")", ";", ",")):
        return False
    town_end = len(s.text[:opening].rstrip()) + s.start
    return any(
        h.end == town_end
        and (
            (h.category == "place" and ex.g.places[h.refs[0]].kind == "city")
            # (a country's month: "Mali (July) and Guinea (October)", not its vote's day)
            or (h.category == "country" and m.start.day is None)
        )
        for h in ex.hits(s)
    )


# Days listed before a date, each with its country or place in brackets (folded): "19
# February 2017 (Ecuador), 15 October 2017 (Kyrgyz Republic), ".
_DAYS_LISTED_BEFORE = compile_pattern(
    r"(?:\b\d{1,2}(?:er)?\s+[a-z]+\.?\s+\d{4}\s*\([^()]{1,40}\)\s*(?:,|\band\b|\bet\b)\s*)+$",
    re.IGNORECASE,
)


def _votes_listed(before: str) -> bool:
    """Whether what stands before a list of days (``before``) names them as votes' days:
    "The elections themselves were held on", "les scrutins se sont tenus le"."""
    eb = _ELECTION_BEFORE.search(before[-140:])
    between = (eb.group("between") or eb.group("type_between") or "") if eb else ""
    return eb is not None and len(between) <= 40 and not _TRIP_WORD.search(between)


def post_stamp_day(text: str) -> str | None:
    """The day of a social post's stamp near the page's top, its clock time first and its
    views after ("10:02 AM · Dec 19, 2024 · 48.2K Views"), under the post's own text: the day
    a thread was told (ISO)."""
    for line in text[:_OPENING].splitlines():
        clock = _CLOCK_THEN_DAY.match(line)
        if clock is None:
            continue
        day_end = line.find("·", clock.end())
        day_end = len(line) if day_end < 0 else day_end
        if _POST_STAMP_TAIL.fullmatch(line, day_end) and (
            day := _one_day_alone(line[clock.end() : day_end], " ,")
        ):
            return day
    return None


@functools.lru_cache(maxsize=8)
def stamp_line_day(text: str) -> str | None:
    """The day of an article's stamp line of short cells near the page's top ("Entretien |
    Samedi 9 décembre 2023 | Marc-André Fortin"): the day it was told (ISO)."""
    released = _RELEASE_TYPE.search(text[:_OPENING]) is not None
    # (or a meeting's minutes, the day of the meeting its items are reported at: "MINUTES OF
    # THE 71st MEETING" / "Date: Thursday 6 February 2025, 10:00-15:30")
    minutes = _MINUTES_TYPE.search(text[:_OPENING]) is not None
    released = released or minutes
    mailed = _mail_header_end(text) > 0
    for line in text[:_OPENING].splitlines()[:12]:
        sent = _MAIL_DATE.fullmatch(line) if mailed else None
        if sent is not None:
            # a mail's day in its header, its clock time and zone after it: "From: ..." /
            # "Date: Fri, 4 Jul 2025 08:15:44 +0200" (the day its news is told from)
            days = [m for m in find_dates(sent.group("day"))[0] if m.start.day and m.start.year]
            if days:
                return days[0].start.iso()
        field = _DATE_FIELD.fullmatch(line) if released else None
        # a release's field of its day, under its type: "PRESS RELEASE" / "Date: 22 March
        # 2024" (an event page's "Date:" field is its event's, not its own)
        if field is not None and (
            day := _one_day_alone(
                _WEEKDAY_OPENING.sub("", _CLOCK_AFTER.sub("", field.group("day"))), " ,."
            )
        ):
            return day
        held = _HELD_ON_LINE.match(line) if minutes else None
        if held is not None:
            # minutes' line of the meeting's day and seat: "Held on Monday, 3 March 2025, at
            # the seat of the Pan-African Parliament", "Séance tenue le jeudi 6 mars 2025"
            days = [m for m in find_dates(line[held.end() :])[0] if m.start.day and m.start.year]
            if days and not days[0].is_range:
                return days[0].start.iso()
        clocked = _DAY_AND_CLOCK.fullmatch(line)
        # a day and its clock time alone on the line: "08/04/2025 – 17:30"
        if clocked is not None and (day := _one_day_alone(clocked.group("day"), " ,")):
            return day
        cells = [c.strip() for c in line.split("|")]
        dotted = len(cells) == 1
        if dotted:
            # a social post's stamp, its audience's icon or its edit mark past a dot: "May
            # 13, 2024 · 🌎", "3 mars 2024 · Modifié"; an article's type and section around
            # its day: "News article · 19 June 2024 · Electoral Processes Programme" (not a
            # listing line: "20/10/2014 · Montréal")
            cells = [c.strip() for c in line.split("·")]
            if (
                len(cells) == 2
                and not _POST_MARK.fullmatch(cells[1])
                and not _POSTED_IN.match(cells[1])
            ):
                continue
            if (
                len(cells) > 2
                and not any(_ITEM_TYPE.search(c) for c in cells)
                # (or its day in full first, then its country and its topic: "Monday, June
                # 19, 2023 · Nigeria · Election Management")
                and not (
                    WEEKDAY_START.match(cells[0])
                    and all(
                        len(c.split()) <= 4 and not any(ch.isdigit() for ch in c) for c in cells[1:]
                    )
                )
            ):
                continue
        if not 2 <= len(cells) <= 4:
            continue
        for cell in cells:
            found, _bad = find_dates(cell)
            if (
                len(found) == 1
                and found[0].start.day
                and found[0].start.year
                and found[0].start == found[0].end
                and (
                    _WEEKDAY_ONLY.fullmatch(cell.replace(found[0].text, " "))
                    or (dotted and not cell.replace(found[0].text, " ").strip())
                    # (a day alone beside the release's number: "August 17, 2023 | E-053/23")
                    or (
                        not cell.replace(found[0].text, " ").strip()
                        and any(RELEASE_NUMBER.fullmatch(c) for c in cells if c is not cell)
                    )
                )
                and all(
                    (len(c.split()) <= 4 and not any(ch.isdigit() or ch == "," for ch in c))
                    or _POSTED_IN.match(c)
                    # (or the release's number: "August 17, 2023 | E-053/23")
                    or RELEASE_NUMBER.fullmatch(c)
                    for c in cells
                    if c is not cell
                )
            ):
                return found[0].start.iso()
    return None


def _in_a_table(text: str, offset: int) -> bool:
    """Whether the line at ``offset`` has a row of the same table just above or below it."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    end = len(text) if end < 0 else end
    above = text[text.rfind("\n", 0, max(0, start - 1)) + 1 : max(0, start - 1)]
    below_end = text.find("\n", end + 1)
    below = text[end + 1 : len(text) if below_end < 0 else below_end]
    return any(" | " in line or "\t" in line for line in (above, below) if line.strip())


# A table's header over its votes' days ("Election (polling day)", "Date du scrutin",
# "Polling day"), not over its missions' ("Election observation mission", "Dates of the
# mission", "Élection observée | Dates").
_ELECTION_COLUMN = compile_pattern(
    r"\b(?:elections?|polling|vote|voting|ballot|referendum|scrutins?|élections?|"
    r"r[ée]f[ée]rendum)\b",
    re.IGNORECASE,
)
_MISSION_COLUMN = compile_pattern(
    r"\b(?:missions?|observ\w*|delegations?|délégations?|committees?|comités?|deploy\w*|"
    r"déploi\w*|visits?|visites?|teams?|équipes?|activit\w*|stay|séjour)\b",
    re.IGNORECASE,
)


# A table's header cell over the periods a plan set ("Période prévue", "Planned for",
# "Calendrier prévisionnel", "Target date").
_PLANNED_COLUMN = compile_pattern(
    r"\s*(?:(?:période|date|dates|mois|calendrier|échéance|échéancier|trimestre)s?\s+"
    r"(?:prévue?s?|prévisionnel(?:le)?s?|planifiée?s?|initiale?s?)|planned(?:\s+(?:for|date|"
    r"dates|period|timing|quarter))?|target(?:\s+(?:date|period|quarter))?|"
    r"scheduled(?:\s+(?:for|date|period))?|prévue?s?|prévision(?:s|nel)?)\s*",
    re.IGNORECASE,
)


def _planned_column(ex: PageContext, m: DateMention) -> bool:
    """Whether the date ``m`` stands in a table cell under a column of planned periods, its
    row telling another date elsewhere (when it was held)."""
    header = column_header(ex.clean, m.start_offset)
    if header is None or not _PLANNED_COLUMN.fullmatch(header):
        return False
    line_start = ex.clean.rfind("\n", 0, m.start_offset) + 1
    line_end = ex.clean.find("\n", m.end_offset)
    row = ex.clean[line_start : line_end if line_end >= 0 else len(ex.clean)]
    return any(
        o.start_offset + line_start != m.start_offset
        and column_header(ex.clean, o.start_offset + line_start) != header
        for o in find_dates(row)[0]
    )


def _election_column(ex: PageContext, m: DateMention) -> bool:
    """Whether the date ``m`` stands in a table cell whose column's header names a vote."""
    header = column_header(ex.clean, m.start_offset)
    return (
        header is not None
        and bool(_ELECTION_COLUMN.search(header))
        and not _MISSION_COLUMN.search(header)
    )


# A page's visitor counter, counting since a day (folded): "You are visitor number 4,512
# since 01/01/1999", "visiteurs depuis le".
_COUNTER_BEFORE = compile_pattern(
    r"\b(?:visitors?|visiteurs?|visits|visites|hits)\b[^.;]{0,30}\b(?:since|depuis)(?: le)?\s*$",
    re.IGNORECASE,
)
# A citation's access or archive day (folded): "consulté le", "Retrieved", "accessed on",
# "Archived from the original on".
_ACCESSED_BEFORE = compile_pattern(
    r"\b(?:consulte|consultee|retrieved|accessed|access date|archived(?: from the original)?|"
    r"archive du|archive le)(?:\s+(?:le|on|from))?\s*:?\s*$",
    re.IGNORECASE,
)
# The minutes of an earlier meeting, adopted at this one (folded).
_EARLIER_MINUTES_BEFORE = compile_pattern(
    r"\b(?:adoption|approbation|adopte|approuve|adopted|approved|approval|confirmation|"
    r"confirmed)\s+(?:du|des|de|of\s+the|the)\s+(?:proces-verbal|proces-verbaux|minutes|"
    r"compte[s]?[ -]rendus?)\b[^.;]{0,60}$"
    # (or named with its article in a sentence: "Le procès-verbal de la séance du 8 février
    # 2024 est adopté"; the page's own is its title, "PROCÈS-VERBAL DE LA SÉANCE DU ...")
    r"|\b(?:le|du|the)\s+(?:proces-verbal|minutes)\s+(?:de\s+la|of\s+the)\s+(?:\w+\s+)?"
    r"(?:seance|meeting|session|sitting)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
# A year told by its last day (folded): "au cours de l'exercice terminé le", "in the fiscal
# year ended", "for the year ending".
# A report's figures stopped on a day (folded text): "Les données de ce chapitre ont été
# arrêtées le", "figures are current as of", "data as at".
_DATA_AS_OF_BEFORE = compile_pattern(
    r"\b(?:donnees|chiffres|informations|data|figures|statistics)\b[^.;]{0,50}?\b(?:arretee?s?|"
    r"a jour|mises? a jour|as of|as at|current (?:as of|to)|compiled (?:on|to))\s*"
    r"(?:le|au|on|to)?\s*$",
    re.IGNORECASE,
)
_PERIOD_ENDED_BEFORE = compile_pattern(
    r"\b(?:exercice(?: financier)?|annee(?: financiere| budgetaire)?|(?:fiscal |financial )?"
    r"year|periode)(?: \d{4}(?:[-/]\d{2,4})?)? (?:qui s'est )?(?:termine|terminee|clos|close|"
    r"se terminant|prenant fin|ended|ending|which ended|that ended)(?: le| on)? *$",
    re.IGNORECASE,
)


# The earlier paper a release or a page replaces or corrects, dated (folded): "annule et
# remplace celui du", "remplace la version du", "supersedes the statement of", "corrects the
# release issued on".
_REPLACED_PAPER_BEFORE = compile_pattern(
    r"\b(?:annule et remplace|remplace et annule|remplace|annule|corrige|rectifie|supersedes|"
    r"replaces|corrects|amends)\s+(?:celui|celle|ceux|le communique|la (?:version|note|"
    r"declaration)|l'avis|the (?:release|statement|version|note|notice|one|announcement)|"
    r"our (?:release|statement))\b[^.;\n]{0,25}?(?:du|de|of|dated|issued on|published on|of the)?"
    r"\s*$",
    re.IGNORECASE,
)

# A release's line: its day, its place, its issuer, between dashes ("April 26, 2019 - Ottawa,
# Ontario - Global Affairs Canada", "Le 26 avril 2019 – Ottawa (Ontario) – Affaires mondiales
# Canada"), once on the page or once in each of its languages (not an archive's entries, each
# its day, its place and its title: "5 mai 2019 – Dakar – Séminaire régional").
_RELEASE_OPENING = compile_pattern(r"\s*(?:le\s+)?", re.IGNORECASE)
_RELEASE_TAIL = compile_pattern(
    r"[ \t]*[–—-][ \t]*[A-ZÀ-Ý][^–—\n.]{1,50}?[ \t]+[–—-][ \t]+[A-ZÀ-Ý][^\n.]{1,80}[ \t]*(?:\n|$)"
)
_RELEASE_SHAPED = compile_pattern(
    r"(?m)^[ \t]*(?:le[ \t]+)?[^\n–—]{6,30}?[ \t]+[–—-][ \t]+[A-ZÀ-Ý][^–—\n.]{1,50}?"
    r"[ \t]+[–—-][ \t]+[A-ZÀ-Ý][^\n.]{1,80}$",
    re.IGNORECASE,
)


@text_memo
def _release_shaped_lines(text: str) -> int:
    return sum(1 for _ in _RELEASE_SHAPED.finditer(text))


def _release_line(ex: PageContext, m: DateMention, text: str, start: int, end: int) -> bool:
    """Whether the day ``m`` at ``text[start:end]`` opens a release's line of its day, place
    and issuer (:data:`_RELEASE_TAIL`): the day it was issued."""
    return (
        m.start == m.end
        and m.start.day is not None
        and m.start.year is not None
        and bool(_RELEASE_OPENING.fullmatch(text[:start]))
        and bool(_RELEASE_TAIL.match(text, end))
        and _release_shaped_lines(ex.clean) <= 2
    )


def _brief_stamp(ex: PageContext, m: DateMention) -> bool:
    """Whether a whole day with its year opens its list item, a dash after it, and the rest
    of the item's line tells other days ("- 28/02/2023 — Nigeria. Retour de deux commissaires
    ... déployés à Abuja et à Kano du 19 février au 1er mars")."""
    if m.is_range or m.start.day is None or m.start.year is None:
        return False
    line_start = ex.clean.rfind("\n", 0, m.start_offset) + 1
    if not _LIST_BULLET.fullmatch(ex.clean, line_start, m.start_offset):
        return False
    dash = _DASH_AFTER_STAMP.match(ex.clean, m.end_offset)
    if dash is None:
        return False
    line_end = ex.clean.find("\n", dash.end())
    rest = ex.clean[dash.end() : line_end if line_end >= 0 else len(ex.clean)]
    # (days of its own, not a vote's it names: "- 18 novembre 2024 – Bruxelles : accueil
    # d'une délégation ..., deux mois après l'élection présidentielle du 7 septembre")
    return any(
        o.start.month is not None and not _VOTE_NAMED_BEFORE.search(rest, 0, o.start_offset)
        for o in find_dates(rest)[0]
    )


# A vote named just before a day: "l'élection présidentielle algérienne du ", "the polls of ".
_VOTE_NAMED_BEFORE = compile_pattern(
    r"\b(?:[ée]lections?|scrutins?|pr[ée]sidentielles?|l[ée]gislatives?|municipales?|"
    r"r[ée]f[ée]rendums?|polls?|votes?)\b[^.;,]{0,40}$",
    re.IGNORECASE,
)


# The dash after a brief's day: " — ", " – ", " - ".
_DASH_AFTER_STAMP = compile_pattern(r"\s*[—–-]\s+")


def date_role(ex: PageContext, m: DateMention, s: Sentence) -> str:
    """The role of the date ``m`` (page offsets) in the sentence ``s``."""
    rel = m.start_offset - s.start
    text = ex.without_names(s)  # "Directeur général des élections" is no election
    before = fold(text[max(0, rel - 300) : rel]) + (m.lead + " " if m.lead else "")
    after = fold(text[m.end_offset - s.start : m.end_offset - s.start + 300])
    if m.start.year is not None and m.start.year >= OTHER_CALENDAR_YEAR:
        return "background"  # "Published Date: 2075/07/04": another calendar's day
    if ("|" in s.text or "\t" in s.text) and _planned_column(ex, m):
        # a plan's period in a column of its own, beside the cell that tells when the row was
        # held: "Période prévue" over "1er trimestre" / "Réalisé du 6 au 10 février 2023"
        return "planned"
    if ("|" in s.text or "\t" in s.text) and _election_column(ex, m):
        # a day in a table's column of votes: "Election (polling day)" over "Early
        # presidential (7 February)"
        return "election"
    if (
        m.start.day is not None
        and not m.is_range
        and _OBSERVED_VOTES_LISTED.search(before[-240:])
        and not any(o.is_range and o.start.day for o in find_dates(s.text)[0])
    ):
        # votes observed, listed with their days in brackets, no mission's days told: "took
        # part in the international observation of the elections in Slovakia (23 March),
        # North Macedonia (8 May) and Georgia (26 October)": each vote's day the observation's
        return "activity"
    if _brief_stamp(ex, m):
        # a brief's day opening its list item, the item telling its own days: "- 17/04/2023 —
        # Une délégation ... a été reçue à Abidjan les 13 et 14 avril": the day it was posted
        return "publication"
    if _WEEK_LABEL.fullmatch(s.text):
        # a bulletin's week over its items, its days in its label: "SEMAINE 1 (6-12 OCTOBRE)",
        # "Week 2 (13–19 October)", "Semaine du 6 au 12 octobre" (the period the items fall
        # in, no activity of its own)
        return "reference"
    if m.lead == WHOLE_YEAR_LEAD and _HAD_ALREADY.search(s.text):
        # the year's earlier doings, recalled: "Au cours de l'année, la CEI avait déjà
        # contribué à l'observation de l'élection présidentielle du 24 mars 2024"
        return "reference"
    if _NOT_OBSERVED_AFTER.match(after):
        # a vote that was not or could not be observed: "Le plébiscite d'entrée du 25 octobre
        # 2020 n'avait pas pu être observé", "le second tour du 19 novembre n'a pas été
        # observé", "the first round of 9 October could not be observed"
        return "election"
    if _AUTHORS_RESEARCH_BEFORE.search(before[-120:]):
        # an author's own research, its fieldwork and interviews: "Nos propres séjours de
        # terrain, à Niamey en janvier 2019", "interviews I conducted at the secretariat in
        # July 2018", a note's "Interview, ECONEC secretariat, Abuja, 8 May 2018"
        return "reference"
    if _REPORT_PUT_OUT_BEFORE.search(before[-120:]):
        # a report's day out, no activity's: "le rapport final de la mission a été rendu public
        # en juin 2024", "the final statement was released on 12 May"
        return "reference"
    if s.paragraph >= 0 and _REPORT_OF_BEFORE.search(before[-90:]):
        # the days of what a report tells, in brackets after it: "prend acte du rapport de la
        # mission de Nouakchott (9-15 mai)", "the report of the Lusaka mission (3-7 June)" (not
        # a report's own title, its mission's days: "Report of the delegation to the
        # presidential election in Chile (19–22 November 2021)")
        return "reference"
    if m.start.year is None and not m.is_range and _NAMED_AFTER_A_DAY.search(before[-40:]):
        # a place named after a day: "Hôtel du 2 Février, Lomé", "Place du 26 Mars", "Avenue
        # du 24 Novembre" (no day of anything told)
        return "reference"
    if _DIED_BEFORE.search(before[-80:]):
        # a death, an obituary's news: "s'est éteint samedi dernier à Abidjan", "passed away
        # on 3 May in Kingston"
        return "reference"
    if _TENURE_AFTER.match(after):
        # a post held, a résumé's line: "Jan 2017 – Present · 8 yrs 6 mos", "Mar 2012 – Dec
        # 2016 · 4 yrs 10 mos", "de 2015 à aujourd'hui"
        return "background"
    if _RETURN_BEFORE.search(before[-60:]):
        return "reference"  # the journey home: "retour à Conakry le dimanche 10 mars"
    if _COUNTER_BEFORE.search(before[-60:]):
        return "reference"  # a page's counter: "You are visitor number since 01/01/1999"
    if _RECORDED_BEFORE.search(before[-70:]):
        # an episode's or a video's recording: "Épisode enregistré à distance, entre Dakar et
        # Québec, le 19 octobre 2023", "Recorded on 3 May"
        return "reference"
    if _ACCESSED_BEFORE.search(before[-40:]):
        return "reference"  # a citation's access day: "consulté le 3 juin 2025", "Retrieved"
    if _EARLIER_MINUTES_BEFORE.search(before[-80:]):
        # another meeting's minutes, adopted at this one: "Adoption du procès-verbal de la
        # séance du 8 février 2024", "Confirmation of the minutes of the meeting of"
        return "reference"
    if m.start.day is None and _COUNTED_AFTER.match(after):
        # the month of activities counted, each told apart: "a pris part, au cours du mois
        # d'octobre 2025, à deux activités de coopération"
        return "reference"
    if m.start.day is None and _months_long(m) >= 3 and _LISTS_BEFORE.search(before[-160:]):
        # the period a table or a list covers: "The table below lists the international visits
        # we hosted ... between April 2023 and March 2024" (its rows are dated apart)
        return "reference"
    if year_span_month(m) is not None:
        # a fiscal year's bounds: "by fiscal year (April 1 to March 31)", "during the
        # financial year running from 1 July 2023 to 30 June 2024", "l'exercice va du 1er
        # juillet au 30 juin"
        return "reference"
    if _YEAR_STARTS_BEFORE.search(before[-80:]) and not m.is_range:
        # the day a fiscal year begins: "the program's fiscal year, which starts on October
        # 1", "l'exercice financier commence le 1er avril"
        return "reference"
    if _LEFT_OUT.search(after[:120]):
        # what an answer or a list says it leaves out, told before it says so: "travel within
        # Canada, including the conference held in Halifax from July 16 to 18, is not included"
        return "reference"
    if _months_long(m) >= 3 and _TRIPS_COUNTED_BEFORE.search(before[-160:]):
        # the period over which trips are counted, each told apart: "four trips outside Canada
        # took place between January 1, 2024, and November 30, 2024", "For the period from
        # April 1, 2022, to February 28, 2023"
        return "reference"
    if _DURATION_FIELD_BEFORE.search(before[-50:]) and _months_long(m) >= 6:
        # a project's or a programme's span, as its field: "Durée : janvier 2022 – juin 2025",
        # "Project duration: January 2019 – December 2022" (its activities are dated apart)
        return "background"
    if _REPLACED_PAPER_BEFORE.search(before[-80:]):
        # the day of the paper a release replaces: "Le présent communiqué annule et remplace
        # celui du 01/08/2024"
        return "reference"
    if _DATA_AS_OF_BEFORE.search(before[-90:]):
        # the day a report's figures stop: "Les données de ce chapitre ont été arrêtées le 30
        # juin 2006"
        return "reference"
    if _PERIOD_ENDED_BEFORE.search(before[-60:]):
        return "reference"  # a year told by its last day: "l'exercice terminé le 31 mars 2025"
    if _election_calendar_line(ex, m):
        # a calendar of votes under its title: "Member elections in 2024 (for information)" /
        # "14 February – Indonesia | 10 April – Republic of Korea | 2 June – Mexico"
        return "election"
    line_start = ex.clean.rfind("\n", 0, m.start_offset) + 1
    if _CLOCK_THEN_DAY.fullmatch(ex.clean, line_start, m.start_offset) and (
        _POST_STAMP_TAIL.fullmatch(ex.clean, m.end_offset, _line_end(ex.clean, m.end_offset))
    ):
        # a post's stamp, its clock time first: "9:02 AM · Jun 24, 2025 · 4,118 Views"
        return "publication"
    if _CLOCK_OPENING.match(ex.clean, line_start):
        # a line opening on a clock time, a chapter's or a schedule's: "09:10 Dakar, 18 mars :
        # l'arrivée", "17:30 Le 24 mars, jour du vote": a part of something told elsewhere
        return "reference"
    if (
        (_STAY_SINCE.search(before[-60:]) or stay_since(text, rel, m.end_offset - s.start))
        and m.start.month is not None
        and not m.is_range
        and not _ONGOING.search(s.text)
    ):
        # a stay under way since a day, whatever it will do next: "séjourne depuis hier dans
        # la capitale et rencontrera jusqu'à samedi", "has been in Lusaka since Monday"
        return "activity"
    if (
        _BRACKETED_WHERE_WHEN.search(s.text[max(0, rel - 60) : rel])
        and s.text[m.end_offset - s.start : m.end_offset - s.start + 2].startswith(")")
        # (not a dateline in brackets opening its paragraph: "(Abidjan, 21 oct.) Le
        # quotidien rapporte que ...")
        and not (s.text[:rel].lstrip()[:1] == "(" and is_dateline(s.text, m, rel))
    ):
        # an item's own place and time in its closing brackets: "lors du second tour de
        # l'élection présidentielle en Guinée-Bissau (Bissau, déc. 2019)"
        return "activity"
    if (
        (
            _PUBLICATION_BEFORE.search(before[-60:])
            # (not a legal text as amended: "la loi électorale modifiée du 18 février 2003")
            and not _AMENDED_INSTRUMENT.search(before[-60:])
        )
        or _release_line(ex, m, s.text, rel, m.end_offset - s.start)
        or (
            is_dateline(s.text, m, rel)
            # (a gallery's captions' datelines date their photos; not its own, signed by its
            # author: "Cotonou, le mercredi 30 octobre 2024 – Service de la communication")
            and (not photo_captions(ex.clean) or _signed_after(ex.clean, m.end_offset))
            # (not a dateline whose news is its own day's doing: "TBILISI, 29 August 2024 –
            # ODIHR today formally opened an election observation mission")
            and not _TODAY_DOING.search(s.text, rel + len(m.text), rel + len(m.text) + 160)
            # (nor one over visitors received, no other day told in its paragraph: "Nairobi,
            # Monday 4 March 2024 - The Commission hosted five officials of ...")
            and not _dateline_visit(ex, m)
        )
        or _POST_STAMP.fullmatch(s.text)
        or letter_head_day(s.text, m, rel)
        or _in_mail_header(ex, m)  # "Date: Tuesday, October 15, 2024 at 9:00 AM EDT"
        or _STAMP_AFTER.match(after)
        # a paper's byline opening on its day, a dash, then its author: "Jeudi 28 mars 2024 –
        # Par Aminata Traoré"
        or (
            DAY_OPENS_LINE.fullmatch(ex.clean, line_start, m.start_offset) is not None
            and _AUTHOR_AFTER.match(ex.clean, m.end_offset) is not None
        )
        # a post's date field among its other fields: "Date: 12 Apr | Writer: A-WEB
        # Secretariat | Views: 418" (not an event's "Date : du 3 au 9 février")
        or (_DATE_FIELD_BEFORE.search(before[-20:]) and _POST_FIELDS.search(s.text))
        or _stamp_and_label(ex, m, s, rel)
        or _stamp_cells(ex, m, s, rel)
        # a listing item's line of its posting day, its type and perhaps its town: "12 May
        # 2023 · News article · Suva", "4 avril 2023 · Publication"
        or (
            m.start.day is not None
            and DAY_OPENS_LINE.fullmatch(ex.clean, line_start, m.start_offset) is not None
            and _CONTENT_TYPE_AFTER.match(after) is not None
        )
        # a stamp line of a day and its clock time: "Thursday, 10 May 2018 | 16:05 WIB"
        or (
            m.start.day is not None
            and m.start == m.end
            and _CLOCK_ENDS_LINE.match(s.text, m.end_offset - s.start) is not None
        )
        or m.start_offset == news_day(ex.clean)[0]
        or _report_issued_day(ex, m)
        # an update's title opening on the day it was posted, its text telling earlier days:
        # "15 Sep - Solomon Islands officials in Dili" / "From 11 to 13 September, ..."
        or _update_title_stamp(ex, m)
    ):
        if _minutes_day(ex, m):
            # the meeting's own day under its minutes' title ("MINUTES OF THE MEETING OF THE
            # EXECUTIVE BOARD" / "Budapest, Thursday, 22 February 2024"): its activity
            return "activity"
        if _LAUNCHED_BEFORE.search(before[-60:]):
            # a thing put online told in a sentence, not the page's stamp: "Le site Web du
            # Réseau a été mis en ligne le 2 mars 2015"
            return "background"
        return "publication"  # "Publié le ...", "OUAGADOUGOU, 27 nov. 2015 –", "12 mars 2018 ·"
    if m.lead in ("since", "depuis"):
        # "à pied d'œuvre depuis le lundi 23 novembre": the day a stay began;
        # "since 2005", "depuis 2012": another time; a process under way since a day
        # ("registration, which has been conducted ... since 26 June"): no stay's
        ongoing = _ONGOING.search(s.text)
        return (
            "activity"
            if m.start.day is not None and not m.is_range and not ongoing
            else "reference"
        )
    if none_took_place(s.text) or none_took_place(_clause_at(s.text, rel)):
        # "No international missions took place in 2003."; (or the date's own clause says so,
        # what was done instead told after: "did not send missions to Bangladesh (7 January)
        # or Pakistan (8 February); a remote assessment ... was published")
        return "reference"
    if _SINCE_THAT_ONE.search(before[-160:]):
        # the first of a count: "la dixième mission ... depuis celle qui avait été menée au
        # Mexique en juillet 2006"
        return "reference"
    if _SIGNING_FIELD.fullmatch(s.text, 0, rel):
        # an entry's day of signing, in its field ("1. Malawi Electoral Commission" / "Date
        # signed: 14/06/2022" / "... signed during a visit of a MEC delegation"): the day the
        # entry tells of (whether a signing alone is recorded: records.py, its agreement rule)
        return "activity"
    referred = REFERENCE_BEFORE.search(before)
    if (
        referred is not None
        and referred.group(0).lower().startswith(("que", "qu'", "qu’", "which", "that"))
        and _TOOK_PART_IN_THE_EVENT.search(before, 0, referred.start())
    ):
        # (the event the party took part in, named as another's: "a participé au séminaire que
        # le Réseau a tenu à Lomé du mardi 7 au jeudi 9 mars 2023", "ont préparé et animé le
        # séminaire que ..."; not "lors du séminaire que le RECEF a tenu à Madagascar, en")
        referred = None
    if (
        referred is not None
        and referred.group(0).lower().startswith(("since", "depuis"))
        and _FIRST_BEFORE_SINCE.search(before, 0, referred.start())
        # (the date in a clause of its own after it, not the time since: "the first since
        # former president Robert Mugabe stepped down in November 2017")
        and "," in before[referred.start() :]
    ):
        # (a novelty's "since": "For the first municipal elections since the revolution, held
        # on 6 May 2018, IFES and the ISIE trained 90 staff ... on 14-16 February 2018")
        referred = None
    ref = (
        referred
        or (
            # the year a country joined a body: "Bangladesh joined the Commonwealth in 1972" (not
            # officials joining a mission on its days)
            m.start.month is None and _JOINED_BEFORE.search(before[-80:])
        )
        or (
            # (or the day a body became a member: "The Commission of Timor-Leste became an
            # associate member on 4 November", "est devenue membre observateur le 3 mai")
            _BECAME_MEMBER_BEFORE.search(before[-80:])
        )
    )
    if m.start.day is not None and (
        _DECISION_BEFORE.search(before[-100:])
        or _INSTRUMENT_OF.search(before[-60:])
        or _AMENDED_INSTRUMENT.search(before[-60:])
    ):
        # a decision's or a text's day, whatever opens the sentence: "Pour rappel, les règles
        # ... ont été fixées par une décision du Conseil supérieur adoptée le 24 août 2016"
        return "reference"
    if (
        (
            ref
            and not EARLIER_THIS.match(s.text)
            and not _EARLIER_MISSION.search(
                # (its part of the month in the date's own words: "la mission préparatoire que
                # deux parlementaires avaient effectuée à Saint-Domingue à la fin du mois de")
                before[-200:] + ("en " if m.lead in ("fin", "début", "mi") else "")
            )
            # (nor the signing the news tells, its document named after the day: "signed on
            # Tuesday, March 15, in Lima, a framework agreement")
            and not (
                m.start.day is not None
                and _SIGNED_JUST_BEFORE.search(before[-40:])
                and _DOCUMENT_AFTER.match(after)
            )
            # (the body's own doing told in the pluperfect, with its day: "La CENA avait par
            # ailleurs accueilli à Dakar, le 11 juin, une délégation")
            and not (m.start.day is not None and DID_BEFORE.search(before[-120:]))
            # (nor what came before as an event of its own, with its days: "Ce déploiement
            # avait été précédé, les lundi 4 et mardi 5 novembre, d'un atelier ...")
            and not (m.start.day is not None and _PRECEDED_BY.search(before[-40:]))
        )
        or (
            _BACK_HOME.match(s.text)
            and not _WHERE_IT_WAS.search(before)
            and not _TOOK_PART_JUST_BEFORE.search(before[-50:])
            # (nor the days of the returners' stay, told as their deployment: "De retour de
            # Dakar, les trois observateurs de la CENA déployés du 13 au 20 novembre au sein
            # de la mission ... ont remis leur rapport")
            and not _DEPLOYED_JUST_BEFORE.search(before[-30:])
            # (nor a visit received once home: "Dès son retour, la CENI a accueilli lundi 13
            # février une mission d'évaluation de l'OIF")
            and not _RECEIVED_JUST_BEFORE.search(before[-200:])
            # (nor work done at home after the trip told before: "Back home, IFES helped the
            # ISIE run its training cascade: from 15 to 19 September 2014, 300 trainers ...")
            and not _WORKED_AT_HOME.match(s.text)
        )
        or _DEADLINE_BEFORE.search(before[-140:])
    ):
        return "reference"
    if (
        m.start.day is not None
        and (
            (
                _DECIDED_AFTER.match(after)
                # (a decision is taken on a day: days from one to another are a meeting's,
                # "From 26 to 28 February, member bodies adopted a strategic plan")
                and not (m.is_range and m.end.day is not None)
                and not _MET_BEFORE.search(before[-80:])
                # (nor the day of a meeting named first, which decided: "14 October 2013 |
                # Inaugural General Assembly: the Charter is adopted")
                and not _MEETING_FIRST.match(after)
                # (nor an item opening on the meeting, its place and day, then what it
                # decided: "• Réunion du Bureau, Paris, le mardi 7 décembre 2021 : ..., la
                # réunion a adopté le plan d'action")
                and not _MEETING_OPENS.match(before)
            )
            or _REPORTED_BEFORE.search(before[-240:])
            or (_PUT_OUT_AFTER.match(after) and not m.is_range)
        )
    ):
        # "On 14 February 2019 the Conference of Presidents authorised the sending of a
        # delegation": the day of a decision, not of the trip
        return "reference"
    if _INCIDENT_BEFORE.search(before[-60:]):
        return "reference"  # "l'incendie qui a détruit, le 13 décembre, un entrepôt"
    if (
        (
            _POLLING_BEFORE.search(before[-80:])
            # (not the days observers watched it: "ont observé le scrutin du 19 au 26 février")
            and not (m.is_range and _WATCHED_THE_VOTE.search(before[-60:]))
        )
        or _ROUND_BEFORE.search(before[-40:])
        or (m.is_range and _VOTE_OF_DAYS.search(before[-40:]))
    ):
        # "with polling from 24 June to 8 July", "SECOND TOUR : 19 DÉCEMBRE 2018": the vote's
        return "election"
    if _PROGRAMME_RAN_BEFORE.search(before[-120:]) and (
        _months_long(m) >= 12 or (m.end.year or 0) - (m.start.year or 0) >= 1
    ):
        # a programme's or a project's span told in its prose: "The program described on this
        # page ran from 2010 to 2017 with funding from ..." (its activities are dated apart)
        return "background"
    if m.is_range and m.lead in ("from", "between", "du", "entre"):
        return "planned" if planned(m, s) and not _under_way(ex, m, s) else "activity"
    if m.is_range and m.start != m.end and _NEXT_CELL.match(after):
        # a listing's cells: "Honduras (Tegucigalpa) — November 22-28, 2017 — General
        # elections": the mission's days, then the election it watched
        return "planned" if planned(m, s) and not _under_way(ex, m, s) else "activity"
    if (election := _ELECTION_AFTER.search(after)) is not None and not (
        # (not a month whose note names the vote with its own day: "Sierra Leone (March;
        # elections of 7 March)")
        after[:1] in (";", ",") and _ITS_OWN_DAY.match(after, election.end())
    ):
        return "election"
    if _PEOPLE_VOTED_AFTER.match(after):
        # a vote told by its voters' verdict: "Le 9 février dernier encore, le peuple s'est
        # prononcé sur une initiative populaire", "On 3 March, voters approved the amendment"
        return "election"
    if _RESCHEDULED_BEFORE.search(before[-40:]) and _ELECTION_IN.search(fold(s.text)):
        # a vote put off to a new day: "elections ... were postponed; the IEBC rescheduled
        # them to 29th August 2022", "les scrutins ont été reportés au 12 mars"
        return "election"
    if _PUBLISHED_ENTRY_AFTER.match(after):
        # a timeline's entry that is a publication: "Avril 2021 — Parution du rapport de la
        # mission", "March 2019 – Launch of the observers' handbook"
        return "background"
    if _INSTITUTIONAL_AFTER.match(after) and not _MEETING_FIRST.match(after):
        # "2015-11-13 — The three members ... are appointed" (not a meeting's day, named
        # first: "14 October 2013 | Inaugural General Assembly: the Charter is adopted")
        return "background"
    pair_of = _ELECTION_BEFORE.search(before[-60:]) if _PAIR_OF_DAYS.search(m.text) else None
    if (
        m.is_range
        and pair_of is not None
        and len(pair_of.group("between") or pair_of.group("type_between") or "") <= 30
        and not re.search(r"[,;]", pair_of.group("between") or pair_of.group("type_between") or "")
        and not _TRIP_WORD.search(before[-60:])
        and not _vote_of_another_month(_vote_name(before[-60:], pair_of), m)
    ):
        # an election's two rounds: "les élections législatives des 12 et 19 juin 2022"
        return "election"
    if m.is_range and m.start.day is not None and m.start != m.end:
        # an election is a day: "the March 4, 2018 elections in El Salvador (February 28 to
        # March 6, 2018)" dates the mission
        return "planned" if planned(m, s) and not _under_way(ex, m, s) else "activity"
    if m.start.month is None and not m.lead and _year_column_cell(ex, m):
        return "activity"  # a table's row under its "Année" or "Year" column: "2006 | Haïti | ..."
    if m.start.month is None and not m.lead and year_opening_its_item(ex, m):
        # a timeline's or a résumé's item opened by its year: "• 2017 : membre de la mission
        # d'évaluation ... à Conakry", "2019 – Observation mission to Malawi"
        return "activity"
    if m.start.month is None and not m.lead:
        return "background"  # a bare year: "(2003, 2006, 2009)", "the 2018 budget"
    if _SEE_BELOW.search(s.text):
        # a summary pointing to where the page tells it: "Highlights of 2015: our
        # International Visitors Program ... welcomed 70 guests in October (see below)"
        return "reference"
    if _REPORT_COVERS_BEFORE.search(before[-160:]):
        # what a report says it covers, told again in its parts: "The report covers the
        # fourth part-session of 2024, the meetings of the Bureau and ..."
        return "reference"
    if _MOVED_ELECTION_BEFORE.search(before[-200:]):
        # a vote first set for another day, held on this one: "l'élection présidentielle,
        # d'abord prévue le 25 février, s'est finalement tenue le dimanche 24 mars"
        return "election"
    eb = _ELECTION_BEFORE.search(before[-140:])
    between = (eb.group("between") or eb.group("type_between") or "") if eb else ""
    if (
        eb
        # (the vote's organiser named is no trip: "les élections législatives organisées par la
        # CENA le dimanche 8 janvier 2023")
        and not _TRIP_WORD.search(_ORGANISED_BY.sub(" ", between))
        # (not a field of its own after the vote's: "(fresh presidential election, 23 Jun
        # 2020) · May 2020 – Jul 2020 · Lilongwe")
        and "·" not in between
        # (nor a cell after the vote's own, its day told: "General elections, 29 May 2024 |
        # Pre-election assessment | April")
        and not ("|" in between and any(ch.isdigit() for ch in between))
        # (a date opening its line, in a list of dated lines: the line above is another's)
        and not ("\n" in between and _OPENS_LINE.search(before))
        # (a time after the vote, not its day: "Au lendemain du scrutin, fin avril 2021";
        # but the vote's own day after its name: "Après les élections fédérales du 22 octobre
        # 2023, un expert a participé ...")
        and not (
            _AFTER_THE_VOTE.search(eb.group(0))
            and not _VOTES_OWN_DAY_AFTER.fullmatch(
                eb.group(0)[
                    (
                        eb.end("between")
                        if eb.group("between") is not None
                        else eb.end("type_between")
                    )
                    - eb.start() :
                ]
            )
        )
        # (nor the day a mission for the vote ended its work: "The mission deployed for the
        # legislative elections of 8 January 2023 completed its work on 11 January")
        and not _WORK_ENDED.search(between)
        # (nor a day after the vote's own, told with its year, and a clause of another
        # subject: "En prévision du second tour du 20 mars 2011, l'IFES a remis au CEP, le
        # 10 mars 2011, ...")
        and not _VOTES_DAY_THEN_CLAUSE.search(between)
        # (nor a body's name, its acronym in brackets after it: "Le Centre gabonais des
        # élections (CGE) a ouvert ce mardi ...")
        and not _ACRONYM_AFTER_NAME.match(between)
        # (nor a post or a body named for the elections, its verb in the singular: "Le
        # Directeur général adjoint des élections a ouvert hier à Douala un atelier")
        and not (
            eb.group("between") is not None
            and eb.group(0)[: eb.start("between") - eb.start()].lower().endswith("elections")
            and _SINGULAR_VERB.match(between) is not None
        )
        # (nor an event for the vote opening on the day: "Our Visitor Program for the 22nd
        # National Assembly election opens today")
        and not (
            _EVENT_OPENS.fullmatch(between)
            and _EVENT_FOR_THE_VOTE.search(before[-140:][: eb.start("between")])
        )
        # (nor the month of an event on the vote, after the event's town: "Atelier de bilan
        # des élections législatives à Antsirabe, en juin 2024")
        and not (
            m.start.day is None
            and eb.group("between") is not None
            and _TOWN_THEN_COMMA.fullmatch(between)
            and _EVENT_FOR_THE_VOTE.search(before[-140:][: eb.start("between")])
        )
        # (nor the time closing a list item after a dash, the item's: "- Réception à Alger
        # d'une équipe ... chargée d'évaluer les préparatifs des législatives – fin mai.")
        and not _closes_its_item(ex, m)
        # (nor the month of a list item closing its title, its dash and its town: "-
        # Assessment of postal and advance voting – Lusaka, September.")
        and not (
            m.start.day is None
            and ITEM_TITLE_AND_TOWN.fullmatch(
                ex.clean, ex.clean.rfind("\n", 0, m.start_offset) + 1, m.start_offset
            )
        )
        # (nor a body's name, its acronym after it: "mis à la disposition de l'Autorité
        # nationale des élections (ANE), à Bangui, de novembre 2015 à février 2016")
        and not (_ACRONYM_AFTER.match(between) and _BODY_OF_ELECTIONS.search(before[-160:]))
        # (nor a body named for the elections it runs, its town between: "visited the
        # Supervisory Commission for Elections in Beirut in March 2024")
        and not (
            eb.group("between") is not None
            and _BODY_FOR_ELECTIONS_END.search(before[-140:], 0, eb.start("between"))
        )
        # (nor the days in brackets after a town the vote was followed in: "Kyrgyz Republic –
        # Presidential Election, Bishkek (October 2017)")
        and not town_before_bracket(ex, m, s)
        # (nor the mission's days in the brackets after the vote's name, the vote's own day
        # after them: "general election (February 1-6; vote on February 4)")
        and not (
            s.text[: m.start_offset - s.start].rstrip().endswith("(")
            and _VOTE_DAY_NOTE.match(s.text, m.end_offset - s.start)
        )
    ):
        return "election"
    listed = _DAYS_LISTED_BEFORE.search(before)
    if listed is not None and _votes_listed(before[: listed.start()]):
        # the next of a list of votes' days, each with its country: "The elections themselves
        # were held on 19 February 2017 (Ecuador), 15 October 2017 (Kyrgyz Republic), 17
        # April 2019 (Indonesia)"
        return "election"
    if _APPROVED_BEFORE.search(before[-220:]):
        # a trip a board approved, to come: "The Board approved the participation of two
        # members of staff in a peer exchange ... in Wellington in October 2025"
        return "planned"
    # an election may be said in the future ("to be held on ..."); a trip may not
    if planned(m, s) and not _under_way(ex, m, s):
        return "planned"
    if not m.is_range and _LIMIT_BEFORE.search(before[-25:]):
        # a day things are told to come before, no activity's own: "What voters need to know
        # before October 26"
        return "reference"
    return "activity"


# Between a span's first day and a last day told relative to the page's: "Du vendredi 30
# septembre à mardi dernier", "from Friday 30 September to last Tuesday".
_TO_RELATIVE = compile_pattern(
    r"\s*(?:à|a|au|jusqu['’](?:à|au)|to|until|through)\s*$", re.IGNORECASE
)


def _joined_to_relative(text: str, found: list[DateMention]) -> list[DateMention]:
    """``found`` with a span's first day ("Du vendredi 30 septembre") and the relative day
    that ends it ("à mardi dernier", resolved to its day) made one span."""
    out: list[DateMention] = []
    for m in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.lead in ("du", "from")
            and not prev.is_range
            and prev.start.day is not None
            and m.start.year is not None
            and m.start == m.end
            and m.start_offset >= prev.end_offset
            and _TO_RELATIVE.fullmatch(text, prev.end_offset, m.start_offset)
        ):
            start = (
                prev.start
                if prev.start.year is not None
                else prev.start.with_year(
                    m.start.year
                    if (prev.start.month or 0) <= (m.start.month or 0)
                    else m.start.year - 1
                )
            )
            out[-1] = DateMention(
                prev.start_offset,
                m.end_offset,
                text[prev.start_offset : m.end_offset],
                start,
                m.end,
                prev.lead,
            )
            continue
        out.append(m)
    return out


# A day as the limit things come before (folded text): "before October 26", "prior to 3
# March", "avant le 12 mai".
_LIMIT_BEFORE = compile_pattern(
    # (or a deadline: "circulate the note to all Commissioners by 30 May 2025", "au plus tard le")
    r"\b(?:before|prior to|avant(?: le| la)?|by|no later than|au plus tard le|d['’]ici (?:le|au))"
    r"\s+$",
    re.IGNORECASE,
)
# A board's approval of a trip to come, before its day (folded): "The Board approved the
# participation of two members of staff in a peer exchange ... in Wellington in", "le Conseil
# a autorisé le déplacement de deux commissaires à".
_APPROVED_BEFORE = compile_pattern(
    r"\b(?:approved|authori[sz]ed|endorsed|agreed to)\s+(?:the\s+)?(?:participation|attendance|"
    r"travel|trip|sending|deployment|secondment)\b[^.;]{0,160}$|"
    r"\b(?:a|ont|avait|avaient)\s+(?:approuve|autorise|valide|enterine)\s+(?:la participation|"
    r"le deplacement|l['’]envoi|le principe|la mission)\b[^.;]{0,160}$",
    re.IGNORECASE,
)


# Two days joined by "and", not a span: "des 12 et 19 juin", "on 7 and 28 October".
_PAIR_OF_DAYS = compile_pattern(r"\d\s+(?:et|and|&)\s+\d", re.IGNORECASE)

# An event held after all, in its own clause: "tenu les 10 et 11 septembre", "finally held on".
_HELD_AFTER_ALL = compile_pattern(
    r"\b(?:tenue?s?|finalement|finally|eventually|s['’]est (?:finalement )?tenue?|"
    r"a finalement eu lieu|took place)\b",
    re.IGNORECASE,
)


def _under_way(ex: PageContext, m: DateMention, s: Sentence) -> bool:
    """Whether a span of days holds the page's own day: a stay under way when told ("Les
    observateurs resteront au Mali du 25 juillet au 3 août 2018", published on 28 July),
    not one to come; or whether it is the stay of the mission whose deployment the page
    announces, days before it (``_deployment_announced``)."""
    if m.start.day is None or m.end.day is None:
        return False
    arrival = not m.is_range and bool(
        _ARRIVAL_TO_COME.search(
            s.text[max(0, m.start_offset - s.start - 60) : m.start_offset - s.start]
        )
    )
    if not m.is_range and not arrival:
        return False
    told = (
        publication_day(ex.page.text)
        or first_dateline_day(ex.page.text)
        or news_day(ex.clean)[1]
        or stamp_line_day(ex.clean)
    )
    if told is None:
        return False
    if m.is_range and m.end.year is None:
        # (its year the day's it was told on: "[Dakar, 19 mars 2024]" over "resteront dans
        # le pays du 18 au 27 mars")
        m = m.resolved(int(told[:4]))
    with contextlib.suppress(ValueError):
        if m.is_range and m.start.year is not None and m.start.iso() <= told <= m.end.iso():
            return True
        return _deployment_announced(ex, m, s, dt.date.fromisoformat(told))
    return False


# An arrival still to come, just before its day: "Observers will arrive in Gaborone on",
# "la mission arrivera à Dakar le".
_ARRIVAL_TO_COME = compile_pattern(
    r"\b(?:will arrive|are expected to arrive|is expected to arrive|arrivera|arriveront|"
    # (or its departure for the stay: "s'envoleront pour Port-au-Prince le dimanche 21
    # novembre", "will fly to")
    r"s['’]envoler(?:a|ont)|partir(?:a|ont)|will (?:fly|leave|depart|travel)|"
    r"est attendue?|sont attendue?s)\b[^.;]{0,40}$",
    re.IGNORECASE,
)


# A title telling a mission deployed, in the present: "la Francophonie déploie une mission
# d'observation", "La Suisse détache quatorze observateurs", "ECOWAS deploys observers".
_DEPLOYS = compile_pattern(
    r"\b(?:déploie(?:nt)?|détache(?:nt)?|dépêche(?:nt)?|envoie(?:nt)?|deploys|dispatches|"
    # (or the body's people joining it: "Deux observateurs du DGEQ se joignent à la mission de
    # la Francophonie", "Two officers join the OAS mission")
    r"sends|fields|se joignent|se joint|rejoignent|join|joins|"
    # (or a body's programme for visitors at home: "Elections Canada Welcomes International
    # Visitors", "Élections Québec accueille des observateurs")
    r"welcomes|hosts|accueille|accueillent|"
    # (or its people's part to come: "Deux conseillers du DGEQ observeront l'élection
    # présidentielle au Sénégal", "Two officers will observe the vote")
    r"observer(?:a|ont)|participer(?:a|ont)|will (?:observe|join|take part))\b",
    re.IGNORECASE,
)
# A stay told as to come: "qui séjournera à Dakar", "resteront", "seront déployés", "will
# remain in the country".
_STAY_TO_COME = compile_pattern(
    r"\b(?:séjourner(?:a|ont)|rester(?:a|ont)|demeurer(?:a|ont)|ser(?:a|ont) déployée?s?|"
    r"accueiller(?:a|ont)|will (?:stay|remain|host|welcome|"
    r"be deployed|be based|be in))\b",
    re.IGNORECASE,
)
# How many days before a mission's stay the page that announces it may be told.
_ANNOUNCED_WITHIN_DAYS = 14


def _title_deploys(ex: PageContext) -> bool:
    """Whether one of the page's first headings tells a mission deployed or visitors hosted
    (``_DEPLOYS``)."""
    titles = [
        b.text
        for b in [b for b in ex.blocks() if b.kind is not BlockKind.BANNER][:6]
        if b.kind in (BlockKind.HEADING, BlockKind.LABEL)
    ]
    return any(_DEPLOYS.search(t) for t in titles)


def announced_stay(ex: PageContext, start: str, told: str) -> bool:
    """Whether a stay beginning on ``start`` (ISO day) is the one the page's title announces
    as deployed or hosted (``_DEPLOYS``), told ``told`` (ISO), a fortnight before it at most:
    the page's own news, recorded though it is to come."""
    if len(start) != 10 or len(told) != 10:
        return False
    if not _title_deploys(ex):
        return False
    gap = (dt.date.fromisoformat(start) - dt.date.fromisoformat(told)).days
    return 0 <= gap <= _ANNOUNCED_WITHIN_DAYS


def _deployment_announced(ex: PageContext, m: DateMention, s: Sentence, told: dt.date) -> bool:
    """Whether a span of days is the stay of the mission the page's title says is deployed,
    told as to come ("La mission, qui séjournera à Dakar du 19 au 27 mars" in a communiqué
    of 18 March titled "... la Francophonie déploie une mission d'observation"): the page's
    own news, a mission decided and under way, recorded with the days it gives."""
    rel = m.start_offset - s.start
    if not (
        _STAY_TO_COME.search(s.text[max(0, rel - 120) : rel])
        or _ARRIVAL_TO_COME.search(s.text[max(0, rel - 60) : rel])
    ):
        return False
    if not _title_deploys(ex):
        return False
    assert m.start.month is not None and m.start.day is not None
    year = m.start.year or (
        told.year
        if m.end.year is None
        else (m.end.year if m.start.month <= (m.end.month or 12) else m.end.year - 1)
    )
    gap = (dt.date(year, m.start.month, m.start.day) - told).days
    return 0 <= gap <= _ANNOUNCED_WITHIN_DAYS


def planned(m: DateMention, s: Sentence) -> bool:
    """Whether a date is that of a planned or future event: a future or planning word
    in its clause ("la délégation qui se déplacera ..., du 6 au 10 juillet", "ces Jeux
    sont prévus ... du 14 au 21 juillet", "From October 17 to 22, ... are expected"),
    with no past tense between them."""
    rel, end = m.start_offset - s.start, m.end_offset - s.start
    if _BEGUN_PARTICIPLE.match(s.text) and not re.search(r"[,;:]", s.text[:rel]):
        # a day in the opening clause of a participle that tells it begun, whatever the
        # sentence says comes after: "Lancée officiellement le samedi 2 novembre à Ébène, la
        # mission ... restera à Maurice jusqu'au 17 novembre"
        return False
    before = s.text[max(0, rel - 90) : rel]
    # (a vote's first-set day after it is no plan: "19-27.03.2024 – Mission d'observation ...,
    # élection présidentielle du 24 mars 2024 (initialement prévue le 25 février)")
    after = _FIRST_SET.sub(lambda f: " " * len(f.group(0)), s.text[end : end + 140])
    # (a day's weekday and its comma are the day's, no clause's end: "were deployed on Monday,
    # June 20, in pairs to Mombasa, ..., from where they will follow the campaign")
    whole = re.split(r"[,;:]\s", _TRAILING_WEEKDAY.sub("", before))[-1]
    clause = _FUTURE_VERB.sub(" ", whole)
    if _SET_AHEAD.search(whole):
        return True  # "les élections ..., fixées au 22 mai", "sont attendus aux urnes le 22 mai"
    told = max(FUTURE_WORD.finditer(whole), key=lambda f: f.start(), default=None)
    # (past the future word itself, its own "was" perhaps: "was due to take place in Accra")
    if told is not None and not PAST_VERB.search(_FUTURE_VERB.sub(" ", whole[told.end() :])):
        return True  # "will hold a briefing for all accredited observers on ..."
    if PAST_EN.search(clause) or PAST_VERB.search(clause) or _HELD_AFTER_ALL.search(clause):
        # "The core group arrived in Bogotá on February 26 and will ...", "Initialement
        # prévu les 14 et 15 mai, tenu les 10 et 11 septembre"
        return False
    cue = None
    # (a future verb over a list of days, however long: "the Forum will deploy missions to
    # the elections in Mozambique on 15 October, in Botswana on 23 October and in Namibia on")
    wider = s.text[max(0, rel - 240) : rel]
    for found in FUTURE_WORD.finditer(wider):
        cue = found
    if cue is not None and not PAST_VERB.search(_FUTURE_VERB.sub(" ", wider[cue.start() :])):
        return True
    ahead = FUTURE_WORD.search(after)
    return (
        ahead is not None
        and not PAST_VERB.search(after[: ahead.start()])
        # (nor a date a past verb follows, the future after it another time's: "Last Tuesday,
        # NEC leadership, USAID and IFES met in Monrovia for a review that identified 27
        # lessons for the next cycle")
        and not PAST_EN.search(after[: ahead.start()])
        # (not a date set off between a past verb and what it did, whose election is to
        # come: "a conduit à Bangui, du 14 au 20 septembre 2019, une mission ... en vue des
        # élections groupées prévues pour 2020")
        and not (PAST_VERB.search(before) and _ELECTION_TO_COME.search(after[: ahead.end()]))
        # (nor the conditional after a past verb, the future as it was then: "an EU
        # exploratory mission visited Maputo, Beira and Nampula from 6 to 17 May 2024 to
        # assess whether observation would be useful")
        and not (PAST_VERB.search(before) and _CONDITIONAL.fullmatch(ahead.group(0)))
        # (nor the future of a clause of its own after a past verb: "78 observers were
        # deployed ... from August 10 to 19 ...; the Mission will return for the runoff")
        and not (PAST_EN.search(before) and ";" in after[: ahead.start()])
    )


# A participle opening a sentence that tells something begun: "Lancée officiellement",
# "Arrivée à Lomé", "Launched on", "Officially opened on".
_BEGUN_PARTICIPLE = compile_pattern(
    r"\W*(?:(?:officiellement|officially)\s+)?(?:lancée?s?|ouverte?s?|arrivée?s?|installée?s?|"
    r"déployée?s?|inaugurée?s?|launched|opened|arrived|deployed|installed|inaugurated)\b",
    re.IGNORECASE,
)


# A day first set for something, then moved: "initialement prévue", "originally scheduled".
_FIRST_SET = compile_pattern(
    r"\b(?:initialement|d['’]abord|originellement|originally|initially|first)\s+"
    r"(?:prévue?s?|programmée?s?|fixée?s?|scheduled|planned|set)\b",
    re.IGNORECASE,
)
_CONDITIONAL = compile_pattern(r"would|could|might|\w+(?:rait|raient)", re.IGNORECASE)
_TRAILING_WEEKDAY = compile_pattern(rf"\b(?:{WEEKDAY_NAMES})\.?\s*,\s*$", re.IGNORECASE)


# A future word that qualifies an election: "des élections groupées prévues", "the
# elections scheduled for".
_ELECTION_TO_COME = compile_pattern(
    r"\b(?:[ée]lections?|scrutins?|votes?|polls?|r[ée]f[ée]rendums?|pr[ée]sidentielles?|"
    r"l[ée]gislatives?)\b(?:\s+[\w'’-]+){0,3}\s+(?:pr[ée]vue?s?|programm[ée]e?s?|attendue?s?|"
    r"scheduled|expected|planned|due)\b",
    re.IGNORECASE,
)


# The page's copyright notice: "© 2024 X Corp.", "Copyright © 2015-2019 CENI".
_COPYRIGHT = compile_pattern(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=8)
def copyright_year(text: str) -> int | None:
    """The year of the page's copyright notice (its last year, when it gives a span): about
    when the page was saved, the last resort for the year of what a feed dates without one
    ("28 mars" in a feed saved in 2024)."""
    found = [int(m.group(1)) for m in _COPYRIGHT.finditer(text)]
    return max(found) if found else None


# A post's stamp in a feed copied as text: a date alone on its line under the author's
# handle and a middle dot ("@AIGE_Mali" / "·" / "28 mars").
_STAMP_ABOVE = compile_pattern(
    r"(?:^|\n)[ \t]*(?:@\w+[ \t]*)?·[ \t]*\n[ \t]*$"
    # (or on one line with its author: "CENA Bénin @CENA_Benin · 15 sept. 2022")
    r"|@\w+[ \t]*·[ \t]*$"
)


def post_stamp(text: str, m: DateMention) -> bool:
    """Whether the date ``m`` (offsets in ``text``, the page) is a feed post's stamp."""
    line_end = text.find("\n", m.end_offset)
    rest = text[m.end_offset : line_end if line_end >= 0 else len(text)]
    return (
        not rest.strip(" \t.")
        and _STAMP_ABOVE.search(text, max(0, m.start_offset - 40), m.start_offset) is not None
    )


# A document's publication told as what it went through, in a clause with its subject:
# "avait été publié le", "was published on", "ont été mises à jour le" (folded text).
_OTHER_DOCUMENT_PUBLISHED = compile_pattern(
    r"\b(?:(?:a|avait|ont|avaient|est|sont|etait|etaient)\s+ete|was|were|had\s+been|has\s+been|"
    r"have\s+been)\s+(?:\w+ment\s+|\w+ly\s+|first\s+|d['’]abord\s+)?"
    r"(?:publie\w*|published|posted|issued|mise?s?\s+a\s+jour|modifie\w*|updated)\b"
    # (or a report named, then its day of publication: "Annual Report 2021 published on",
    # "Rapport annuel 2021 publie le")
    r"|(?i:\b(?:annual report|report|rapport(?: annuel)?|study|etude|handbook|guide|manuel|"
    r"strategy|strategie|strategic plan|plan strategique)\b[^.;:]{0,30}\b(?:publie\w*|"
    r"published|released|issued)\b)"
)
# The page itself as that subject: "This page was last modified", "Cet article a été publié".
_THIS_DOCUMENT = compile_pattern(
    r"\b(?:page|article|post|site|billet|communique|story|item|entry|this|cette|cet)\b"
)


# A line naming an item the page reprints, folded: "(extrait)", "(excerpt)", "reproduced from".
_REPRINTED = compile_pattern(
    r"\((?:extraits?|excerpts?|extracts?)\)|\b(?:reproduced|reprinted|republished) from\b|"
    r"\b(?:extrait|repris) d[eu]\b"
)


# An update's line, over what was done since the page was first published: "UPDATE -
# December 2022: activities carried out under the agreement", "Mise à jour (juin 2024)".
_UPDATE_LINE = compile_pattern(
    r"\W*(?:update[ds]?|last updated|mise a jour|mis a jour|actualisation)\b", re.IGNORECASE
)


def update_day(text: str) -> str | None:
    """The latest day (ISO; a month's last day for a month) of a line opening on an update
    and its day or month with its year, near its start; None when the page has none."""
    days: list[str] = []
    for line in text.splitlines():
        folded = fold(line.strip())
        if not _UPDATE_LINE.match(folded):
            continue
        found, _bad = find_dates(line.strip())
        for m in found[:1]:
            d = m.end
            if m.start_offset > 40 or d.year is None or d.month is None:
                continue
            last = calendar.monthrange(d.year, d.month)[1]
            days.append(dt.date(d.year, d.month, d.day or last).isoformat())
    return max(days, default=None)


@functools.lru_cache(maxsize=8)  # asked once per section of a page: read the page once
def publication_day(text: str) -> str | None:
    """The day a page says it was published or last updated ("Publié le 3 mars 2012",
    "Page last updated: 2017/09/29", "Posted on ..."), the latest if several (ISO); None
    when it says none."""
    days: list[str] = []
    # (numeric days read as the page writes them elsewhere: "Posted 12/02/2019" on a page of
    # "10/14/2019" is of 2 December)
    dates_of = find_dates_month_first if month_first_page(text) else find_dates
    label = ""  # a stamp's words alone on the line above its day ("Date modified:" / "2016-11-18")
    for line in text.splitlines():
        if not line.strip():
            continue
        folded = fold(line)
        if label:
            line, folded = label + " " + line, label + " " + folded
        label = folded.strip() if _STAMP_LABEL.fullmatch(folded.strip()) else ""
        if _REPRINTED.search(folded):
            continue  # (an item the page reprints: "Communiqué – Cotonou, le 21 ... (extrait)")
        board = _BOARD_HEADER.search(folded)
        if (
            not board
            and not _PUBLICATION_BEFORE.search(folded[:80] + " ")
            # (the stamp's words and its day's first: "Volume 842: debated on Tuesday 14 ...",
            # "Broadcast on Wednesday 27 September 2024", a long weekday and month after)
            and not _PUBLICATION_BEFORE.search(folded[:40] + " ")
            and not _PUBLICATION_BEFORE.search(folded[:24] + " ")
            and not _MARKED.search(line)
            and not _ISSUE_NUMBER.search(line)
            and not (_BYLINE_START.match(line) and re.search(r"[|·]", line))
        ):
            continue
        found, _bad = dates_of(line)
        for m in found:
            before = fold(line[: m.start_offset]) + (m.lead + " " if m.lead else "")
            if (
                m.start.day
                and m.start.year
                and m.start.year < OTHER_CALENDAR_YEAR
                and (
                    (
                        _PUBLICATION_BEFORE.search(before[-60:])
                        # (not a thing put online told in a sentence: "Le site Web du Réseau
                        # a été mis en ligne le 2 mars 2015")
                        and not _LAUNCHED_BEFORE.search(before[-60:])
                        # (nor a legal text as amended: "la loi électorale modifiée du")
                        and not _AMENDED_INSTRUMENT.search(before[-60:])
                    )
                    or (board is not None and board.end() == len(before.rstrip(" :")))
                    # (or an author's byline and its day, as written: "By Commissioner
                    # Achieng' Nyamweya | Friday, 7 November 2025 | 5 min read")
                    or (
                        _BYLINE_START.fullmatch(line[: m.start_offset]) is not None
                        and re.search(r"[|·]", line[: m.start_offset]) is not None
                    )
                    # (or a paper's masthead line, its day and its issue's number: "Mercredi
                    # 4 décembre 2024 – N° 10 987")
                    or (
                        len(re.findall(r"\w+", line[: m.start_offset])) <= 1
                        and _ISSUE_NUMBER.fullmatch(line[m.end_offset :].strip()) is not None
                    )
                )
                # a stamp near its line's start, not a sentence about another document ("le
                # calendrier électoral publié le 23 septembre 2019")
                and m.start_offset <= 80
                # (nor one told in a clause of its own about what another document went
                # through: "¹ Le calendrier électoral avait été publié le 26 novembre 2022";
                # but "This page was last modified on ...")
                and not (
                    _OTHER_DOCUMENT_PUBLISHED.search(before[-60:])
                    and not _THIS_DOCUMENT.search(before)
                )
                # (nor an earlier meeting's minutes adopted: "Adoption du procès-verbal de la
                # séance du 8 février 2024")
                and not _EARLIER_MINUTES_BEFORE.search(before[-80:])
            ):
                days.append(m.start.iso())
    return max(days) if days else None


def publication_month(text: str) -> str | None:
    """The last day (ISO) of the month a page says it was published in, when it gives no
    day ("Issue No. 2 of 2025 (published July 2025)", "Publié en mars 2024"), the latest if
    several; None when it says none."""
    days: list[str] = []
    for line in text.splitlines():
        folded = fold(line)
        if not _PUBLICATION_BEFORE.search(folded[:80] + " ") and "publi" not in folded:
            continue
        found, _bad = find_dates(line)
        for m in found:
            before = fold(line[: m.start_offset]) + (m.lead + " " if m.lead else "")
            if (
                m.start.day is None
                and m.start.month is not None
                and m.start.year is not None
                and m.start.year < OTHER_CALENDAR_YEAR
                and m.start_offset <= 80
                and _PUBLICATION_BEFORE.search(before[-30:])
                and not _OTHER_DOCUMENT_PUBLISHED.search(before[-60:])
            ):
                last = calendar.monthrange(m.start.year, m.start.month)[1]
                days.append(dt.date(m.start.year, m.start.month, last).isoformat())
    return max(days) if days else None


#: Years from this one on are of another calendar ("Published Date: 2075/07/04", Nepal's
#: Bikram Sambat, 57 years ahead), not days of the Gregorian one a page tells of.
OTHER_CALENDAR_YEAR = 2060


# A stamp's words alone on their line, its day on the next: "Date modified:", "Publié le".
_STAMP_LABEL = compile_pattern(
    r"(?:date (?:de |of )?(?:modification|publication|mise a jour|modified|published)|"
    r"publie le|mis a jour le|mise? en ligne le|last updated|published|posted on|uploaded on|"
    r"updated)\s*:?",
    re.IGNORECASE,
)


# A notice board's header, its date field last: "Writer   Secretariat   Date   2018.01.24".
_BOARD_HEADER = compile_pattern(
    r"\b(?:writer|author|auteur|redacteur|posted by|ecrit par)\b[^.;\n]{0,50}\bdate\b",
    re.IGNORECASE,
)


def _opening_day(text: str, wanted: Callable[[str, DateMention], bool]) -> str | None:
    """The first whole day among the page's opening lines that ``wanted`` takes (ISO)."""
    for line in text[:_OPENING].splitlines():
        found, _bad = find_dates(line)
        for m in found:
            if m.start.day and m.start.year and m.start.month and wanted(line, m):
                return m.start.iso()
    return None


@functools.lru_cache(maxsize=8)
def first_dateline_day(text: str) -> str | None:
    """The day of the page's first dateline ("Niamey, le 20 novembre 2019 | Propos
    recueillis par ...") among its opening lines: the day the news is told from (ISO)."""
    return _opening_day(
        text,
        lambda line, m: (
            is_dateline(line, m, m.start_offset)
            or (
                not line[: m.start_offset].strip()
                and bool(_THEN_PLACE.fullmatch(line, m.end_offset))
            )
            or _dateline_after_bar(line, m)
            or _dateline_in_last_cell(line, m)
        ),
    )


def _dateline_in_last_cell(line: str, m: DateMention) -> bool:
    """Whether the date ``m`` of a line is a dateline standing in its last cell, set apart by a
    wide gap: a letter's place and day beside its reference ("N° 0047/ELECAM/DGE/DC" ...
    "Yaoundé, le 13 janvier 2025")."""
    gaps = list(_WIDE_GAP.finditer(line, 0, m.start_offset))
    if not gaps:
        return False
    cut = gaps[-1].end()
    return bool(line[:cut].strip()) and is_dateline(line[cut:], m, m.start_offset - cut)


_WIDE_GAP = compile_pattern(r"[ ]{3,}|\t")


def letter_head_day(text: str, m: DateMention, rel: int) -> bool:
    """Whether the date ``m`` (at ``rel`` in ``text``) is a letter's place and day, in the
    last cell of its line ("N° 0047/ELECAM/DGE/DC" ... "Yaoundé, le 13 janvier 2025")."""
    start = text.rfind("\n", 0, rel) + 1
    end = text.find("\n", rel)
    line = text[start : end if end >= 0 else len(text)]
    shifted = replace(m, start_offset=rel - start, end_offset=rel - start + len(m.text))
    return _dateline_in_last_cell(line, shifted)


@functools.lru_cache(maxsize=8)
def last_dateline_day(text: str) -> str | None:
    """The latest day of the page's datelines, wherever they are ("Lilongwe, Monday 11 August
    2025 – An AAEA team ..."): a listing of news items was published no earlier (ISO)."""
    days = [
        m.start.iso()
        for line in text.splitlines()
        if line.strip()
        for m in find_dates(line)[0]
        if m.start.day and m.start.year and m.start.month and is_dateline(line, m, m.start_offset)
    ]
    return max(days) if days else None


@functools.lru_cache(maxsize=8)
def closing_day(text: str) -> str | None:
    """The day of a letter's, a speech's or a report's closing line, its place then its day,
    among the page's last lines, its signatory under it ("Québec, le vendredi 16 mai 2025" /
    "Le secrétaire général,", "Fait à Yaoundé, le 3 juin 2024"): the day it speaks from
    (ISO)."""
    lines = [line for line in text.splitlines() if line.strip()]
    # (its last lines; or a line saying where the document was made, wherever it stands:
    # "Rédigé à Abidjan, le 26 novembre 2024" under the report's title)
    last = [*lines[-_CLOSING_LINES:], *[line for line in lines if _MADE_AT.match(line)]]
    for line in reversed(last):
        found, _bad = find_dates(line)
        if len(found) != 1:
            continue
        m = found[0]
        if not (m.start.day and m.start.month and m.start.year) or m.is_range:
            continue
        if _CLOSING_PLACE.fullmatch(line, 0, m.start_offset) and not line[m.end_offset :].strip(
            " .\t"
        ):
            return m.start.iso()
    return None


_CLOSING_LINES = 6
_MADE_AT = compile_pattern(r"\W*(?:(?:fait|rédigé|établi) à|(?:done|written) (?:at|in))\s", re.I)
# A closing line's place before its day: "Québec, le ", "Fait à Yaoundé, le ", "Ottawa, ".
_CLOSING_PLACE = compile_pattern(
    r"\s*(?:(?:fait|rédigé|établi) à\s+|(?:done|written) (?:at|in)\s+)?"
    r"[A-ZÀ-Ý][\w'’.-]+(?:[ -][A-ZÀ-Ýa-zà-ÿ][\w'’.-]*){0,3}"
    r"(?:\s*\([^)\n]{2,30}\))?\s*,\s*(?:le\s+|on\s+|this\s+)?"
    # (its weekday before its day: "Melbourne, Friday 13 September 2024")
    rf"(?:(?:{WEEKDAY_NAMES}),?\s+)?",
    re.IGNORECASE,
)


# An e-mail's header line of when it was sent: "Sent: Friday, 19 July", "Envoyé : vendredi".
_SENT_HEADER = compile_pattern(r"\s*(?:sent|envoyé|date)\s*:\s*\S", re.IGNORECASE)


def yearless_dateline_day(ex: PageContext) -> dt.date | None:
    """The day of a dateline without its year among the page's opening lines ("Abidjan, 12
    mars (AIP) –"), in the year the page's metadata gives (its year hint, its publication
    date), if it gives one."""
    meta = ex.page.meta
    year = meta.year_hint or (
        int(meta.published[:4]) if meta.published and meta.published[:4].isdigit() else None
    )
    for line in ex.clean[:_OPENING].splitlines():
        for m in find_dates(line)[0]:
            if (
                m.start.day
                and m.start.month
                and m.start.year is None
                and not m.is_range
                and (
                    is_dateline(line, m, m.start_offset)
                    # (or a post's stamp: "29 août à 18:42 · 🌍")
                    or bool(_STAMP_AFTER.match(line, m.end_offset))
                    # (or an e-mail's header: "Envoyé : vendredi 12 avril 14:05")
                    or bool(_SENT_HEADER.match(line))
                    # (or a publication stamp: "Publié le jeudi 6 juin")
                    or bool(
                        m.start_offset <= 40
                        and _PUBLICATION_BEFORE.search(
                            fold(line[: m.start_offset]) + (m.lead + " " if m.lead else "")
                        )
                    )
                )
            ):
                if year is None and is_dateline(line, m, m.start_offset):
                    # (failing metadata, the year of the page's latest day told with its
                    # year, when one such day of that year is not after the dateline's: "Niamey,
                    # 14 avr (ANP) –" over "... de l'élection présidentielle du 21 février 2021")
                    year = _latest_year_before(ex, m.start.month, m.start.day)
                if year is None:
                    return None
                with contextlib.suppress(ValueError):
                    return dt.date(year, m.start.month, m.start.day)
    return None


def _latest_year_before(ex: PageContext, month: int, day: int) -> int | None:
    """The latest year of the page's days and months told with their year, if one of them
    in that year falls on or before the month and day given; None otherwise."""
    told = [
        m.start
        for m in find_dates(ex.clean)[0]
        if m.start.year is not None and m.start.month is not None
    ]
    if not told:
        return None
    latest = max(d.year or 0 for d in told)
    if any(d.year == latest and (d.month or 0, d.day or 0) <= (month, day) for d in told):
        return latest
    return None


def _dateline_after_bar(line: str, m: DateMention) -> bool:
    """Whether a date ends a line's last cell as a dateline: "Press release No. 412 | Mexico
    City, June 4, 2024"."""
    bar = line.rfind("|", 0, m.start_offset)
    if bar < 0:
        return False
    cell = line[bar + 1 :].lstrip()
    cut = len(line) - len(cell)
    shifted = replace(m, start_offset=m.start_offset - cut, end_offset=m.end_offset - cut)
    return is_dateline(cell, shifted, shifted.start_offset)


@functools.lru_cache(maxsize=8)
def act_day(text: str) -> str | None:
    """The day an act (minutes, a decision) opens on, its year first ("L'an deux mille
    vingt-quatre et le mardi douze novembre, ... le Conseil s'est réuni"): the day it was
    written on (ISO), among the page's opening lines."""
    return _opening_day(
        text,
        lambda line, m: bool(YEAR_LEAD.search(line, max(0, m.start_offset - 12), m.start_offset)),
    )


# A place after the day, the dateline written the other way round: "February 5, 2020 -
# Mexico City".
_THEN_PLACE = compile_pattern(r"\s*[-–—|]\s*[A-ZÀ-Ý][\w'’.-]*(?:[ -][A-ZÀ-Ýa-z][\w'’.-]*){0,3}\s*")


@functools.lru_cache(maxsize=8)
def news_day(text: str) -> tuple[int, str | None]:
    """The offset and day of a news item's date line: the one line of the page, near its top,
    that holds a day and nothing else right under a title ("Commission joins SADC observers
    ... / 22 June 2017"); (-1, None) when the page has none or several (an archive, whose
    dated lines date its entries)."""
    found: list[tuple[int, str]] = []
    spans = 0
    lines = text.split("\n")
    bodies = [ln.strip() for ln in lines]
    # (an entry's place and days past a bar, on several lines, are a listing's: "Amman |
    # 25-27 October 2022" ... "Beirut | Tuesday 6 September 2022")
    placed = sum(
        1 for b in bodies[:200] if _WORD_BAR.match(b) and find_dates(b)[0] and len(b) <= 60
    )
    offset = 0
    for i, line in enumerate(lines):
        if offset > 3 * _OPENING:  # (far enough to tell a news item from an archive)
            break
        body = bodies[i]
        if placed >= 2 and _WORD_BAR.match(body):
            offset += len(line) + 1
            continue
        prev = next((b for b in reversed(bodies[:i]) if b), "")
        # (the text after it, past a byline: "16 November 2023" / "By Chinedu Okafor" / ...)
        after = next((b for b in bodies[i + 1 :] if b and not _BYLINE_ALONE.fullmatch(b)), "")
        if body:
            dates, _bad = find_dates(body)
            if (
                len(dates) == 1
                and dates[0].is_range
                and dates[0].start.day
                and any(ch.isalpha() for ch in prev)
                and _ONLY_WEEKDAY.fullmatch(body.replace(dates[0].text, " "))
            ):
                # (an entry's days alone on their line under its title: the page's dated
                # lines date its entries, "Visite de ..." / "Lundi 16 et mardi 17 septembre
                # 2024" ... "Visite de ..." / "14 mai 2024")
                spans += 1
            if (
                len(dates) == 1
                and not dates[0].is_range
                and dates[0].start.day
                and dates[0].start.year
                and (
                    _ONLY_WEEKDAY.fullmatch(
                        # (its clock time and the word of a wire's stamp: "August 24, 2023 4:12
                        # PM GMT+2 Updated")
                        _STAMP_EXTRAS.sub(" ", body.replace(dates[0].text, " "))
                    )
                    # (or its place first, as a dateline alone on its line: "Chișinău,
                    # Moldova – September 26, 2024")
                    or (
                        _PLACE_THEN_DASH.fullmatch(body[: body.find(dates[0].text)]) is not None
                        and not body[body.find(dates[0].text) + len(dates[0].text) :].strip(" .")
                    )
                )
                # (under a title, not a feed post's dot: "@AIGE_Mali" / "·" / "12 déc. 2023")
                and any(ch.isalpha() for ch in prev)
                # (a title naming the vote's day is a title all the same: "Élections couplées
                # du 22 novembre : la CEDEAO prend le pouls du processus")
                and (not find_dates(prev)[0] or (len(prev.split()) >= 6 and not date_alone(prev)))
                and (
                    not prev.rstrip().endswith((".", ":"))
                    # (or an interview's byline, under the lead that presents it: "... revient
                    # sur l'année écoulée." / "Propos recueillis par Awa Ndiaye, le 12 ...")
                    or _INTERVIEW_BYLINE.match(body) is not None
                    # (or under a byline's note on its author, near the top: "L'auteur,
                    # professeur associé de droit public, a dirigé des missions ..." / "2
                    # avril 2025" / the text)
                    or (offset < _OPENING // 2 and _AUTHOR_NOTE.match(prev) is not None)
                )
                # a report's cover: the election's day ("Presidential Election" / "12 March
                # 2023"); not a headline's stamp, with its byline or word ("... ahead of
                # Monday's polls" / "By Ann Lee | February 27, 2020")
                and not (
                    _election_title(prev)
                    # (a cover's title is short or in capitals, not a headline: "Iraqi
                    # election commissioners exchange with International IDEA on ...")
                    and (prev.isupper() or len(prev.split()) <= 8)
                    and _ONLY_WEEKDAY.fullmatch(body.replace(dates[0].text, " "))
                )
                # (text follows, not an entry's title: "9/20/2018" / "Regional forum ...";
                # or an interview's first question)
                and (
                    len(after) >= 60
                    or after.endswith(".")
                    or (after.endswith("?") and _INTERVIEW_BYLINE.match(body) is not None)
                )
            ):
                found.append(
                    (offset + line.index(body) + dates[0].start_offset, dates[0].start.iso())
                )
        offset += len(line) + 1
    if len(found) == 1 and found[0][0] < _OPENING and not spans:
        return found[0]
    return -1, None


# Brackets opening on places before their date: "(Bissau, ", "(Québec et Montréal, du ".
PLACES_IN_BRACKETS = (
    r"\(\s*[A-ZÀ-Ý][^()\n,]{0,60}(?:,\s*[A-ZÀ-Ý][^()\n,]{0,30})?,\s*"
    r"(?i:du |le |les |from |on |the |en |in )?"
)
_BRACKETED_WHERE_WHEN = compile_pattern(PLACES_IN_BRACKETS + "$")

# A stay begun on a day, told in the present: "séjourne depuis ", "is staying ... since ".
_STAY_VERB = (
    r"(?:sejourne\w*|se trouve\w*|est presente?s?|sont presente?s?|is staying|are staying|"
    # (or just there: "sont à Bruxelles depuis vendredi", "are in Lusaka since Monday")
    r"(?:est|sont|is|are)\s+(?:a|au|aux|en|dans|in|at)\s+(?=[A-Z])|"
    # (or hosts them: "Élections Québec accueille depuis vendredi des représentants")
    r"accueille\w*|(?:is|are|has been|have been) hosting|recoi(?:t|vent)|"
    r"(?:has|have) been (?:in|at|staying)|(?:has|have) had a presence (?:in|at)|"
    # (taking part in an event under way since a day: "participe depuis mardi aux travaux de
    # l'Assemblée générale", "has been attending since Monday")
    r"participe\w*|prend part|prennent part|(?:has|have) been (?:attending|taking part))"
)
_STAY_SINCE = compile_pattern(
    rf"\b{_STAY_VERB}\b[^.;]{{0,30}}"
    r"\b(?:depuis|since)\s*"
    # (and the day's weekday: "has been in the country since Saturday, April 2")
    rf"(?:(?:le\s+)?(?i:{WEEKDAY_NAMES}),?\s*)?$"
)
# The same stay, the sentence opening on its first day: "Since Tuesday, Elections Ontario has
# been hosting ...", "Depuis vendredi, la mission séjourne à Moroni" (the text after the day,
# folded).
_SINCE_OPENING = compile_pattern(r"^\W*(?:depuis|since)\s+$", re.IGNORECASE)
_STAY_VERB_AFTER = compile_pattern(rf"^[^.;]{{0,110}}?\b{_STAY_VERB}\b")


def stay_since(text: str, start: int, end: int) -> bool:
    """Whether the day at ``start:end`` of ``text`` (a sentence) is the first of a stay told
    as under way: "has been in Lusaka since Monday", "Since Tuesday, ... has been hosting"."""
    if _STAY_SINCE.search(fold(text[max(0, start - 60) : start])):
        return True
    return bool(
        _SINCE_OPENING.match(text[:start]) and _STAY_VERB_AFTER.match(fold(text[end : end + 140]))
    )


def _election_calendar_line(ex: PageContext, m: DateMention) -> bool:
    """Whether a date stands in a line of days and places only ("14 February – Indonesia |
    10 April – Republic of Korea | ..."), under a line naming elections."""
    start = ex.clean.rfind("\n", 0, m.start_offset) + 1
    end = ex.clean.find("\n", m.start_offset)
    line = ex.clean[start : end if end >= 0 else len(ex.clean)]
    cells = [c.strip() for c in re.split(r"\s[|·;]\s", line)]
    if len(cells) < 3 or not all(_DAY_AND_PLACE.fullmatch(c) for c in cells):
        return False
    above = ex.clean[: max(0, start - 1)].rstrip().rsplit("\n", 1)[-1]
    return bool(re.search(r"(?i)\b(?:[ée]lections?|scrutins?|votes?|polls?)\b", above))


# A cell of a day and a place: "14 February – Indonesia", "2 juin : Mexique".
_DAY_AND_PLACE = compile_pattern(
    r"[^–—:|\d]{0,25}\d[^–—:|]{0,20}\s*[–—:-]\s*[A-ZÀ-Ý][\w'’ .-]{1,40}"
)

# A post's stamp, its clock time, then its day, then perhaps its count of views: "9:02 AM ·
# Jun 24, 2025 · 4,118 Views", "14:30 · 3 mars 2024".
_CLOCK_THEN_DAY = compile_pattern(
    r"[ \t]*(?:[01]?\d|2[0-3])[:h][0-5]\d\s*(?:[AaPp]\.?[Mm]\.?)?\s*·\s*"
)
_POST_STAMP_TAIL = compile_pattern(
    r"\s*(?:·\s*[\d.,\s]+[KkMm]?\s+(?:views?|vues?|impressions?)\s*)?", re.IGNORECASE
)


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


# A line opening on a clock time: "09:10 ", "17h30 – ".
_CLOCK_OPENING = compile_pattern(r"[ \t]*(?:[01]?\d|2[0-3])[:h][0-5]\d(?::[0-5]\d)?\s")

# The journey home told by its noun before its day: "retour à Conakry le dimanche 10 mars",
# "return to Ottawa on 12 May" (folded text).
_RETURN_BEFORE = compile_pattern(
    r"\b(?:retour|return)\s+(?:a|au|en|to|in)\s+[^,.;:]{1,30}?\s+(?:le\s+|on\s+)?$",
    re.IGNORECASE,
)

# A byline on a line of its own: "By Chinedu Okafor", "Par Aminata Diallo".
# A dateline's place and its dash, before its day on a line of their own: "Chișinău, Moldova –".
_PLACE_THEN_DASH = compile_pattern(
    r"\s*[A-ZÀ-Ý][\w'’.-]*(?:[ -](?:(?:of|de|du|la|el)\s)?[A-ZÀ-Ý][\w'’.-]*){0,3}"
    r"(?:,\s*[A-ZÀ-Ý][\w'’.-]*(?:\s[A-ZÀ-Ý][\w'’.-]*){0,3})?\s*[–—-]\s*"
    # (the day's weekday after the dash: "Addis Ababa, Ethiopia – Friday 29 November 2024")
    rf"(?:(?i:{WEEKDAY_NAMES})\.?,?\s+)?"
)
_BYLINE_ALONE = compile_pattern(
    r"(?:by|par)\s+[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,3}"
    # (or the release's contact line: "Contact: In Atlanta, Marisol Ortega-Banks")
    r"|(?:media\s+|press\s+)?contacts?\s*:.{0,80}|contact\s+(?:presse|médias?)\s*:.{0,80}",
    re.IGNORECASE,
)

# A stamp's clock time, its zone and its word: "4:12 PM GMT+2 Updated", "09:30 (UTC)".
_STAMP_EXTRAS = compile_pattern(
    # (a live page's opening and last update: "– ouvert à 07 h 00, dernière mise à jour à 21
    # h 40", "– live from 07:00, last updated 21:40")
    r"\b(?:ouvert|(?:dernière )?mise à jour|mis à jour|live from|opened|last updated|updated)"
    r"\s+(?:à|at)?\s*(?:[01]?\d|2[0-3])\s?[:h.]\s?[0-5]\d|"
    r"\b(?:[01]?\d|2[0-3])(?:[:h.]|\s h\s)[0-5]\d(?::[0-5]\d)?\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*\(?(?:GMT|UTC|CET|CEST|EAT|WAT|CAT|SAST|EST|EDT|PST|BST)(?:\s*[+-]\s*\d{1,2})?\)?)?"
    r"|\b(?:updated|published|posted|last updated|mis à jour|publié|modifié)\b"
    # an interview's byline: "Propos recueillis par Awa Ndiaye, le"
    r"|" + _INTERVIEW_BYLINE_TEXT + r"|"
    # the item's category beside it, past a bar: "News | 2 January 2024", "12 mai 2023 ·
    # Communiqué"
    r"^\s*[^\W\d][\w'’ -]{0,24}?\s*[|·•]|[|·•]\s*[^\W\d][\w'’ -]{0,24}$",
    re.IGNORECASE,
)

# What may go with a day on its line: a weekday, punctuation.
# A note on an op-ed's author under the byline: "L'auteur, professeur ...", "The author is ...".
_AUTHOR_NOTE = compile_pattern(
    r"\W*(?:(?i:l['’]aut(?:eur|rice)|les auteur(?:e)?s|the author|the writer)|"
    r"[A-Z][\w'’-]+ [A-Z][\w'’-]+ (?:is|est) (?:a|an|the|un|une|le|la))\b",
)
_WORD_BAR = compile_pattern(r"[^\W\d][\w'’ -]{0,24}?\s*\|")
_ONLY_WEEKDAY = compile_pattern(rf"[\W\d]*(?:(?:{WEEKDAY_NAMES})[\W]*)?", re.IGNORECASE)
_ELECTION_TITLE = compile_pattern(
    # (not the people or bodies named after elections: "Ukrainian election officials learn
    # about Estonian e-services" is a headline)
    r"(?i)[ée]lection(?!s?\s+(?:officials?|officers?|observers?|commission(?:er)?s?|"
    r"management|bod(?:y|ies)|administrat\w+|experts?|staff|workers?|authorit\w+)\b)|"
    r"scrutin|referendum|référendum|\bpolls?\b"
)
# A body named after elections: "Elections Canada", "Élections Québec" (in a title in
# ordinary case; a title in capitals cannot tell).
_ELECTIONS_BODY = compile_pattern(r"\b[EÉ]lections\s+[A-ZÀ-Ý][\w-]+")


def _election_title(text: str) -> bool:
    """Whether a title names an election (a report's cover), not a body named after them."""
    if not text.isupper():
        text = _ELECTIONS_BODY.sub(" ", text)
    return bool(_ELECTION_TITLE.search(text))


# How far into a page its dateline may stand (after a banner, menus and a title).
_OPENING = 1500

# A line that may hold a publication day (a cheap test before reading its dates).
_MARKED = compile_pattern(r"(?i)publi|posted|update|mise? à jour|modifi|release|communiqu")
