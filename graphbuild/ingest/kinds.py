"""Activity kinds: what sort of activity a record is (``ActivityKind``).

The kinds' patterns are tried in priority order (reception, observation, evaluation,
technical assistance, training); a general assembly and a meeting go by whichever the text
names first. The first text that names a kind decides, in this order: the trip's first words
(its heading, unless the trip is a list item, and its anchor sentence, or the sentence a
split trip was made from), the trip's own sentences, the rest of its section (the words that
introduce a list of dated items), and, for a list item, its section's heading. Organisation
names are blanked first ("... Electoral Assistance" is no cue). A label over receptions
("Accueil de délégations") makes each record under it a reception. Failing all: an
observation when the first words speak of an election, technical assistance when the trip's
text says "mission", otherwise a meeting (``conference``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graphbuild.ingest.context import PageContext
from graphbuild.ingest.date_roles import EARLIER_THIS, ONLINE_WORDS, none_took_place, tells_future
from graphbuild.ingest.dates import find_dates
from graphbuild.ingest.elections import ELECTION_NOUN
from graphbuild.ingest.layout import (
    PROGRAMME_TITLE,
    Block,
    Section,
    column_header,
    date_alone,
    is_table_row,
)
from graphbuild.ingest.lexicon import WORDS, alternatives
from graphbuild.ingest.names import fold
from graphbuild.ingest.sentences import Sentence
from graphbuild.ingest.trips import Trip, in_item, own_paragraph
from graphbuild.pattern_cache import compile_pattern
from graphbuild.records import ActivityKind


# Kind patterns, in priority order; the first text that matches any decides. Their words
# are each language's cues (languages/*.toml, ``[kinds]``), matched as whole words.
def _cues(key: str) -> str:
    return "|".join(WORDS.kind_cues[key])


_KIND_PATTERNS: list[tuple[ActivityKind, re.Pattern[str]]] = [
    (ActivityKind.RECEPTION, compile_pattern(rf"\b(?:{_cues('reception')})\b", re.IGNORECASE)),
    (
        ActivityKind.OBSERVATION,
        compile_pattern(
            # "observ..." but not a workshop or meeting about observation ("Observation
            # methodology workshop")
            # (not a body named an observatory: "l'Observatoire national des élections")
            r"\b(?:observ(?!atoires?\b|atory\b|atories\b)\w*(?![\s:,–-]+(?:[\w-]+\s+){0,2}?"
            rf"(?:{_cues('observation_topics')})\b)|{_cues('observation')})\b",
            re.IGNORECASE,
        ),
    ),
    (ActivityKind.EVALUATION, compile_pattern(rf"\b(?:{_cues('evaluation')})\b", re.IGNORECASE)),
    (
        ActivityKind.TECHNICAL_ASSISTANCE,
        compile_pattern(rf"\b(?:{_cues('technical_assistance')})\b", re.IGNORECASE),
    ),
    (ActivityKind.TRAINING, compile_pattern(rf"\b(?:{_cues('training')})\b", re.IGNORECASE)),
    (
        ActivityKind.GENERAL_ASSEMBLY,
        compile_pattern(rf"\b(?:{_cues('general_assembly')})\b", re.IGNORECASE),
    ),
    # a workshop teaches, unless the text names a meeting or an assembly too ("the
    # Extraordinary General Assembly, held beside the workshop"): weighed with those two
    (ActivityKind.TRAINING, compile_pattern(rf"\b(?:{_cues('workshop')})\b", re.IGNORECASE)),
    (ActivityKind.CONFERENCE, compile_pattern(rf"\b(?:{_cues('conference')})\b", re.IGNORECASE)),
]
# (the last three, the most general, are weighed by where they are first named)
_GENERAL = 3

# A label over receptions ("Hosting of delegations", "Accueil de délégations"); not a
# breadcrumb's "Accueil" (home page).
_RECEPTION_LABEL = compile_pattern(
    r"welcom|reception|hosting|accueil\s+(?:de|des|d['’])\s|"
    # "Foreign delegations received in Canada", "Délégations étrangères reçues"
    r"(?:delegations?|visitors|délégations?|visiteurs)\b[^.\n]{0,30}\b(?:received|hosted|"
    r"reçue?s?|accueillie?s?)\b|"
    # "Other incoming delegations, 2018–19", "Inbound visits", "Visites reçues"
    r"\b(?:incoming|inbound)\s+(?:[\w-]+\s+)?(?:delegations?|visits?|visitors)\b|"
    r"\bvisites?\s+(?:reçues?|accueillies?)\b|\bvisits\s+(?:received|hosted)\b|"
    # "Visitors to the Commission", "Visiteurs à la Commission"
    r"^\W*(?:[\d.]+\s+)?(?:visitors|visiteurs)\s+(?:to|at|à|au)\b",
    re.IGNORECASE,
)


# The speakers were the guests: "nous étions à Ottawa, reçus par ...", "we were welcomed by
# our hosts": their visit there, not a delegation they received.
_WE_WERE_RECEIVED = compile_pattern(
    r"\b(?:nous|we)\b[^.;]{0,60}\b(?:accueilli\w*|reçu(?:e?s)?|welcomed|hosted|received)\s+"
    r"(?:par|by)\b",
    re.IGNORECASE,
)


# What a training was about: "trained 30 observers on long-term observation".
_ON_TOPIC = compile_pattern(
    r"\b(?:on|about|regarding|sur|concernant)\s+(?:(?:la|l['’]|les|the)\s*)?(?:[\w-]+\s+){0,2}$"
)
_TRAINED = compile_pattern(
    r"\b(?:trained|training|formé\w*|formation|workshops?|seminars?|courses?|ateliers?|"
    r"séminaires?|cours|webinaires?|webinars?)\b",
    re.IGNORECASE,
)


# The people a training is for, right after its verb: "train observers", "trained 36
# election observers", "la formation des observateurs", "a formé 40 observateurs".
_TRAINEES_BEFORE = compile_pattern(
    r"\b(?:train(?:s|ed|ing)?|formée?s?|former|forment|formation\s+(?:de|des|d['’]))\s+"
    r"(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


# ... or named after "for" ("a training of trainers in Rabat for 40 coordinators of the
# observation teams", "Basic course for election observers", "formation à l'intention des
# observateurs").
_TRAINEES_FOR = compile_pattern(
    r"\b(?:trainings?|courses?|formations?|cours|workshops?|ateliers?|induction)\b[^.;]{0,60}?"
    r"\b(?:for|pour|à l['’]intention (?:de|des|du|d['’]))\s+(?:[\w'’-]+\s+){0,5}$",
    re.IGNORECASE,
)


def _topic_only(pattern: re.Pattern[str], text: str) -> bool:
    """Whether every observation word of a text telling a training is its topic, or the
    people trained ("EISA and ECF-SADC train observers in Maputo")."""
    hits = list(pattern.finditer(text))
    return bool(hits) and all(
        (
            _ON_TOPIC.search(text[max(0, h.start() - 40) : h.start()])
            and _TRAINED.search(text[max(0, h.start() - 120) : h.start()])
        )
        or _TRAINEES_BEFORE.search(text[max(0, h.start() - 60) : h.start()])
        or _TRAINEES_FOR.search(text[max(0, h.start() - 120) : h.start()])
        for h in hits
    )


# A body elected or renewed names no meeting of its own: "elected a new Executive Committee",
# "a élu un nouveau comité exécutif", "renewed its Board".
_BODY_ELECTED = compile_pattern(
    r"\b(?:elected|re-?elected|appointed|renewed|(?:a|ont) (?:élu|réélu|renouvelé|nommé)|"
    r"élu|élire|renouveler|elect|renew)\s+(?:(?:a|an|the|its|their|new|un|une|le|la|les|son|sa|"
    r"ses|leur|nouvel|nouveau|nouvelle|executive|exécutif|exécutive)\s+){0,3}"
    r"(?:committee|board|bureau|council|comité|conseil)\b",
    re.IGNORECASE,
)

# A person's post in a body's committee, told beside the person ("led by Ms ..., member of the
# Executive Committee, was deployed", "présidente du comité de pilotage"): who they are, not
# a meeting (not its members told meeting: "members of the Bureau met in Accra").
_POST_IN_A_COMMITTEE = compile_pattern(
    r"\b(?:members?|chair(?:man|woman|person)?|(?:vice-?)?president|vice-?chair|secretary|"
    r"membres?|(?:vice-)?présidente?|secrétaire)\s+(?:of|du|de\s+la|de\s+l['’])\s+"
    r"(?:the\s+|its\s+|son\s+|sa\s+)?(?:[\w-]+\s+){0,2}?(?:committee|comité|board|bureau|"
    r"council|conseil)\b(?![\s,]*(?:met|meets|gathered|convened|held|se\s+sont\s+réunis|"
    r"s['’]est\s+réuni|ont\s+tenu|a\s+tenu)\b)",
    re.IGNORECASE,
)


# Citizen observers' groups: "citizen observer groups", "réseaux d'observateurs nationaux";
# observers accredited.
_CITIZEN_OBSERVERS = compile_pattern(
    r"\b(?:citizen|domestic|national|local|non-?partisan)\s+observer\s+(?:groups?|networks?|"
    r"organi[sz]ations?)|\b(?:citizen|domestic|non-?partisan|civil society)\s+observers\b|"
    r"\bobservateurs? (?:nationaux|citoyens|domestiques|de la société civile)|"
    r"\b(?:réseaux?|groupes?|organisations?) d['’]observateurs? (?:nationaux|"
    r"citoyens|domestiques)|"
    # observers accredited by a body, a task of its own: "the accreditation of observers"
    r"\b(?:accreditation|registration|accréditation|enregistrement) (?:of|des|d['’])\s*"
    r"(?:(?:international|foreign|domestic|internationaux|étrangers)\s+)?observ\w+|"
    r"\bobserver accreditation|"
    # the bodies that observe, met as such: "representatives of international and regional
    # election observation organizations gathered ... for the annual meeting", "Election
    # Observation Groups Meet in Atlanta"
    r"\b(?:election\s+)?observation\s+(?:organi[sz]ations|bodies|community)\b|"
    # (a unit named after observation: "its Department for Electoral Cooperation and
    # Observation (DECO)", "la Direction de l'observation électorale")
    r"(?-i:\b(?:Department|Division|Unit|Section|Office|Directorate|Direction|Département|"
    r"Service|Bureau))\s+(?:for|of|de|du|des|de la|de l['’])\s*(?:[\w'’-]+\s+){0,4}?"
    r"observ\w*|"
    r"\b(?:election\s+)?observation\s+groups\s+(?=meet|met|gather|convene)|"
    # citizen observation, a domain of its own groups: "la plateforme nationale d'observation
    # citoyenne", "citizen election observation"; and a network or a platform of observers
    # named ("le Réseau ouest-africain des observateurs électoraux")
    r"\bobservation\s+(?:électorale\s+)?(?:citoyenne|domestique)\b|"
    r"\bobservers?\s+networks?\b|"
    # (groups of observers among the people an event brings together: "bringing together the
    # ECSL ... and observer groups"; not "the Commonwealth Observer Groups to Sierra Leone")
    r"\b(?-i:observer\s+groups)\b|"
    r"\b(?:citizen|domestic|non-?partisan)\s+(?:election\s+)?observation\b|"
    # (its name, no mission it took part in: "des membres du Réseau à la mission d'observation")
    r"\b(?:réseaux?|networks?|coalitions?|plateformes?|platforms?)\b"
    r"(?:(?!\b(?:missions?|à|au|aux|to|in|on|with|avec|intègrent|joined)\b)[^.;()]){0,40}?"
    r"\bobserv\w+|"
    # observers as those an event is for: "une rencontre d'information au profit des
    # observateurs internationaux"
    r"\b(?:au profit|à l['’]intention|à destination|destinée?s?\s+(?=aux))\s*(?:des|d['’]|aux)\s*"
    r"(?:[\w-]+\s+){0,2}?observateurs\b",
    re.IGNORECASE,
)
# A training's plan or materials, a thing discussed or drafted, no course given: "where a
# joint training plan for 2025 was discussed", "l'élaboration du plan de formation".
_TRAINING_DOCUMENT = compile_pattern(
    r"\btraining\s+(?:plans?|strateg(?:y|ies)|materials?|manuals?|curricul(?:um|a))\b|"
    r"\b(?:plans?|stratégies?|manuels?|supports?|curricula)\s+de\s+formation\b",
    re.IGNORECASE,
)
# A body's unit named after assistance, among the bodies an event brings together: "the
# ECOWAS Commission's electoral assistance division", "la division de l'assistance
# électorale", "UN Electoral Assistance Division".
_ASSISTANCE_UNIT = compile_pattern(
    r"\b(?:electoral|election)\s+assistance\s+(?:division|unit|department|directorate|section|"
    r"office|team)s?\b|\b(?:division|unité|direction|département|service|cellule)\s+"
    r"(?:de\s+l['’])?assistance\s+électorale\b",
    re.IGNORECASE,
)
# ... or named after the event: "a briefing for accredited observers", "Basic course for
# election observers" (the event kept).
_FOR_OBSERVERS = compile_pattern(
    r"(?P<event>\b(?:briefing|training|course|induction|workshop)s?)\s+for\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?observers\b",
    re.IGNORECASE,
)
# Observation as an event's topic: "un atelier régional consacré à l'observation électorale",
# "a seminar on election observation" (the event kept, its topic's word dropped).
_OBSERVATION_TOPIC = compile_pattern(
    r"(?P<event>\b(?:atelier|séminaire|formation|module|colloque|webinaire|workshop|seminar|"
    r"training|course|webinar)\b[^.;]{0,50}?\b(?:consacrée?|dédiée?|relati(?:f|ve)|portant|sur|"
    r"on|about)\s+(?:à\s+)?(?:l['’]|la\s+|the\s+)?(?:[\w-]+\s+)?"
    # (or a role in it: "un séminaire sur le rôle des INDH dans l'observation des élections")
    r"(?:(?:[\w-]+\s+){0,3}?(?:dans|in)\s+(?:l['’]|la\s+|the\s+)?)?)observ(?:ation|ing)\b",
    re.IGNORECASE,
)


# An event's topic of assistance or evaluation after its noun: "a national workshop in
# Koudougou on the audit of the voter register", "un séminaire sur l'assistance technique".
_EVENT_TOPIC = compile_pattern(
    r"(?P<event>\b(?:atelier|séminaire|formation|colloque|workshop|seminar|training|course)s?\b"
    r"[^.;:]{0,50}?\b(?:consacrée?s?|dédiée?s?|portant|sur|about|"
    # (not what it followed: "The workshop built on a needs assessment carried out by")
    r"(?<!built )(?<!builds )(?<!based )(?<!drew )(?<!draws )(?<!relied )(?<!followed )on)\s+"
    r"(?:à\s+)?(?:l['’]|la\s+|le\s+|les\s+|the\s+)?)(?P<topic>(?:[\w-]+\s+){0,2}?(?:audits?|"
    r"assessments?|evaluations?|évaluations?|assistance|appui|support)\b)",
    re.IGNORECASE,
)


# Ways of observing, a meeting's or a text's topic: "Standards for Observing New
# Technologies", "guidelines for observing election technology", "méthodologie
# d'observation".
_WAYS_OF_OBSERVING = compile_pattern(
    r"\b(?:standards?|guidelines?|methodolog\w*|principles|approach(?:es)?|tools?|manual|"
    r"handbook|guides?|normes?|lignes directrices|méthodologies?|outils?|principes|"
    r"methods?|techniques?|méthodes?)\s+"
    r"(?:for|on|to|of|pour|d['’]|de\s+l['’])\s*observ\w+|"
    # observers' recommendations followed up: "a regional roundtable on the follow-up of
    # observer recommendations", "le suivi des recommandations des missions d'observation"
    r"\bobserv\w*\s+(?:mission\s+)?recommendations\b|"
    r"\brecommendations\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?observ\w*|"
    r"\brecommandations\s+(?:des|de\s+la|de\s+l['’])\s*(?:[\w'’-]+\s+){0,2}?(?:d['’])?observ\w*",
    re.IGNORECASE,
)


# A visit to prepare a mission to come, whatever it will observe (folded or not): "se sont
# rendus à Asunción pour préparer la mission qui observera les élections", "travelled to
# Lima to prepare the observation mission": the mission's preparation, an evaluation's.
_PREPARING_A_MISSION = compile_pattern(
    r"\b(?:pour|afin de) pr[ée]parer (?:la|une|leur|sa) (?:future |prochaine )?"
    r"(?:mission|d[ée]l[ée]gation)\b[^.;]{0,100}"
    r"|\bto prepare (?:the|an?|its|their) (?:upcoming |future |next )?(?:observation |observer )?"
    r"(?:mission|delegation)\b[^.;]{0,100}",
    re.IGNORECASE,
)


_OBSERVERS_TAUGHT = compile_pattern(
    # (or made ready: "a five-day course ... has prepared 30 long-term observers")
    r"\b(?:préparer|former|formé(?:e?s)?|train(?:ed|s|ing)?|prepar(?:e|es|ed|ing))\s+"
    r"(?:les\s+|des\s+|the\s+)?"
    # (the place between perhaps: "a formé à Douala (Cameroun) trente observateurs")
    r"(?:(?:à|in|at)\s+[A-ZÀ-Ý][\w'’-]*(?:\s+\([^()]{1,30}\))?\s+)?"
    r"(?:[\w-]+\s+){0,2}?observ(?:ateurs|ers)\b",
    re.IGNORECASE,
)


# A course whose people are observers to be: "une formation de cinq jours a réuni à Dakar 24
# futurs observateurs", "a course for long-term observers" (whatever its title says of them).
_COURSE_FOR_OBSERVERS = compile_pattern(
    r"\b(?:formations?|cours|course|training|stage)\b[^.;]{0,60}?\b(?:a réuni|ont réuni|"
    r"pour (?:les |des )?|destinée?s? (?:aux|à des)|à l['’]intention (?:des|de)|for|"
    r"brought together)"
    r"\s*(?:[\w,'’-]+\s+){0,6}?(?:futurs?\s+|future\s+|new\s+|nouveaux\s+)?"
    r"observ(?:ateurs|atrices|ers)\b",
    re.IGNORECASE,
)


# A name blanked out of a text (``PageContext.without_names``): a run of spaces in a line.
_BLANKED = compile_pattern(r"(?<![\n ]) {3,}")


# A title's label and its colon: "FORMATION :", "Study visit:".
_KIND_LABEL = compile_pattern(r"\W*(?P<label>[^\W\d_][\w'’ -]{2,30}?)\s*:\s")


# An acronym and its expansion in brackets, the expansion's first letter the acronym's:
# "PACE (Planning and Conduct of Elections)", "CENI (Commission électorale ...)".
_EXPANSION = compile_pattern(r"\b(?P<acronym>[A-Z][A-Z0-9]{1,9})\s*\((?P<expansion>[^()]{4,160})\)")


def _acronym_only(m: re.Match[str]) -> str:
    acronym, expansion = m.group("acronym"), m.group("expansion").lstrip()
    return acronym if expansion[:1].upper() == acronym[0] else m.group(0)


# A document's or a system's name in capitals then its acronym in brackets: "the Principles
# for Election Management, Monitoring and Observation (PEMMO)", "le Guide de l'Observation
# Électorale (GOE)": what was adopted or used, not what was done.
_NAME_THEN_ACRONYM = compile_pattern(
    r"(?P<name>(?:[A-ZÀ-Ý][\w'’-]*,?\s+(?:(?:and|for|of|the|on|in|et|de|des|du|la|le|les|"
    r"pour|en|sur|d['’]|l['’])\s*)*)+)\((?P<acronym>[A-Z]{2,9})\)"
)
_DOCUMENT_FIRST = compile_pattern(
    r"(?:principles|guidelines|guide|code|charter|declaration|protocol|convention|handbook|"
    r"manual|strategy|framework|standards|system|platform|toolkit|principes|lignes|charte|"
    r"déclaration|protocole|manuel|stratégie|cadre|normes|système|plateforme|recueil|"
    r"référentiel)",
    re.IGNORECASE,
)


def _acronym_for_name(m: re.Match[str]) -> str:
    """The acronym alone where the capitalised words before it, a document's or a system's
    name, are its letters'; the text as it was otherwise."""
    acronym = m.group("acronym")
    words = [w.strip(",") for w in m.group("name").split() if w[:1].isupper()]
    own = words[-len(acronym) :]
    if len(own) < len(acronym) or "".join(w[0] for w in own).upper() != acronym:
        return m.group(0)
    if not _DOCUMENT_FIRST.fullmatch(own[0]):
        return m.group(0)
    name = m.group("name")
    cut = name.rfind(own[0], 0, len(name) - len(" ".join(own[1:])) if own[1:] else len(name))
    return name[:cut] + acronym


# A mission or team sent to evaluate: "mission d'évaluation (des besoins)", "mission
# exploratoire", "équipe d'évaluation post-électorale", "needs assessment mission",
# "pre-election assessment team", "evaluation mission".
_EVALUATION_MISSION = compile_pattern(
    r"\b(?:missions?|[ée]quipes?)\s+(?:conjointes?\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:d['’][ée]valuation|exploratoires?)\b"
    r"|\b(?:evaluation|assessment|exploratory)\s+(?:[\w-]+\s+)?(?:missions?|teams?)\b",
    re.IGNORECASE,
)


def received_evaluation(text: str) -> bool:
    """Whether a text tells a mission sent to evaluate received ("a reçu à son siège une
    mission d'évaluation des besoins", "hosted a pre-election assessment mission"): the
    mission's evaluation, not a visit received."""
    mission = _EVALUATION_MISSION.search(text)
    return (
        mission is not None
        # (not some of its members among other visitors: "Les 31 participants, dont des
        # membres de l'équipe d'évaluation de l'OSCE/BIDDH, ont été reçus")
        and not _PART_OF.search(text[max(0, mission.start() - 40) : mission.start()])
        and kind_named(text) is ActivityKind.RECEPTION
    )


# Some of a group, just before its name: "dont des membres de l'", "members of the".
_PART_OF = compile_pattern(
    r"\b(?:membres?|members?|experts?|représentants?|representatives?|dont|including|among)"
    r"\s+(?:[\w'’]+\s+){0,2}?(?:de\s+l['’]|de\s+la\s+|du\s+|des\s+|of\s+the\s+|l['’]|la\s+)?$",
    re.IGNORECASE,
)


def kind_named(text: str, *, reception: bool = True) -> ActivityKind | None:
    """The kind of activity a text names, if any: the first kind by priority, but a
    general assembly or a meeting, whichever the text names first."""
    # (a sentence hard-wrapped over lines reads as one; a name blanked out stays a word, "_")
    text = " ".join(_BLANKED.sub(" _ ", text).split())
    # an acronym's expansion in brackets is its name, not what was done: "a five-day LEAD
    # (Leadership and Conflict Management for Electoral Stakeholders) course"
    text = _EXPANSION.sub(_acronym_only, text)
    text = _NAME_THEN_ACRONYM.sub(_acronym_for_name, text)
    if reception and _WE_WERE_RECEIVED.search(text):
        reception = False
    # citizen observers' groups are bodies a training or meeting is for, no mission
    text = _CITIZEN_OBSERVERS.sub(" ", text)
    text = _BODY_ELECTED.sub(" ", text)
    text = _ASSISTANCE_UNIT.sub(" ", text)
    text = _TRAINING_DOCUMENT.sub(" plan ", text)
    text = _POST_IN_A_COMMITTEE.sub(" ", text)
    # observers taught are a training's: "chargés de préparer les observateurs de leurs
    # réseaux", "trained 36 election observers"
    text = _OBSERVERS_TAUGHT.sub(" training ", text)
    text = _PREPARING_A_MISSION.sub(" exploratory ", text)
    text = _OBSERVATION_TOPIC.sub(r"\g<event> topic", text)
    # (nor an assistance or an evaluation as an event's topic)
    text = _EVENT_TOPIC.sub(r"\g<event> topic", text)
    text = _WAYS_OF_OBSERVING.sub(" topic ", text)
    text = _FOR_OBSERVERS.sub(r"\g<event> for them", text)
    # observers welcomed by their own mission's team took part in the mission, no visit
    # received: "Accueil par l'équipe de la mission d'observation électorale de l'OIF"
    text = _WELCOMED_BY_THE_MISSION.sub(" mission", text)
    label = _KIND_LABEL.match(text)
    if label is not None and label.end() < len(text):
        # a title's label names its kind before its topic: "FORMATION : OBSERVER LES DROITS
        # DE L'HOMME EN PÉRIODE ÉLECTORALE", "Workshop: observing the count"
        named = kind_named(label.group("label"), reception=reception)
        if named is not None:
            return named
    if (
        _AT_A_TRAINING.search(text)
        or _HOSTED_FOR_A_COURSE.search(text)
        or _COURSE_FOR_OBSERVERS.search(text)
    ):
        # the event the people went to is what they did: "the observers spent last Thursday
        # and Friday at an induction in Lusaka", "des observateurs ont suivi une formation"
        return ActivityKind.TRAINING
    for kind, pattern in _KIND_PATTERNS[:-_GENERAL]:
        if kind is ActivityKind.RECEPTION and not reception:
            continue
        if kind is ActivityKind.OBSERVATION and _topic_only(pattern, text):
            continue  # "trained ... on long-term observation": a training about it
        if pattern.search(text):
            return kind
    if _MEETING_AND_ASSEMBLY.search(text):
        return ActivityKind.GENERAL_ASSEMBLY  # "Annual Conference and General Assembly"
    general = _KIND_PATTERNS[-_GENERAL:]
    hits = [(m.start(), kind) for kind, pattern in general if (m := pattern.search(text))]
    workshop = _KIND_PATTERNS[-2][1].search(text)
    if workshop is not None and len(hits) > 1:
        # (a workshop beside a meeting or an assembly the text names is part of it, or the
        # time of it: "he attended a workshop on ..., then took part in the 14th European
        # Conference", "Just before the workshop, ... gathered for the annual meeting")
        hits = [h for h in hits if h[0] != workshop.start()]
    elif (
        workshop is not None
        and (
            _TOOK_PART_BEFORE.search(text[max(0, workshop.start() - 90) : workshop.start()])
            # (or one several bodies organised together: "IDEA, the AUC, the IOF and the RECEF
            # jointly organized a technical workshop on civil records")
            or _JOINTLY_ORGANISED.search(text[max(0, workshop.start() - 60) : workshop.start()])
        )
    ):
        # (a workshop others held, the party taking part in it: "visited Tunisia to
        # participate in a workshop organized by the ISIE", "took part in a reflection
        # workshop": a meeting it went to, not a course it gave or was given)
        return ActivityKind.CONFERENCE
    return min(hits)[1] if hits else None


# Welcomed by a mission's own team: "Accueil par l'équipe de la mission", "welcomed by the
# core team of the mission", "reçus par les membres de la mission".
_WELCOMED_BY_THE_MISSION = compile_pattern(
    r"\b(?:accueil(?:li(?:e|s|es)?)?|welcom\w*|received|re[çc]u(?:e|s|es)?)\s+(?:par|by)\s+"
    r"(?:l['’]équipe|the\s+(?:core\s+)?team|les\s+membres|the\s+members|the\s+staff)"
    r"\s+(?:de|of)\s+(?:la|the)\s+mission\b",
    re.IGNORECASE,
)


# Organised together, just before the event: "jointly organized a technical", "co-organisé un".
_JOINTLY_ORGANISED = compile_pattern(
    r"\b(?:jointly organi[sz]ed|co-?organi[sz]ed|co-?organisée?s?|organisée?s? conjointement|"
    r"ont organisé conjointement|ont conjointement organisé)\b[^.;]{0,30}$",
    re.IGNORECASE,
)


# Taking part, just before what was taken part in: "to participate in a", "took part in the".
_TOOK_PART_BEFORE = compile_pattern(
    r"\b(?:particip\w*|took part|take part|taking part|attend\w*|spoke|a pris part|ont pris part|"
    r"prendre part|a assisté|ont assisté)\b(?:\s+(?:in|at|to|à|au|aux|a|an|the|un|une|l['’]|le|la|"
    r"les|des|du|its|their|a\s+\w+|two|deux|[\w-]+))*?\s*$",
    re.IGNORECASE,
)


# A party there for a vote (folded text): "a smaller team returned ... for the presidential
# run-off", "une équipe réduite est revenue pour le second tour".
_TEAM_FOR_THE_VOTE = compile_pattern(
    r"\b(?:team|delegation|observers|equipe|delegation|observateurs)\b[^.;]{0,80}?"
    r"\b(?:for|pour)\s+(?:the|le|la|les)\s+(?:[\w-]+\s+){0,2}?(?:run-?off|second round|"
    r"second tour|elections?|polls?|vote|scrutin|referendum|presidentielle|legislatives)\b",
    re.IGNORECASE,
)


# A training the people went to: "at an induction", "attended a training course", "ont suivi
# une formation".
_AT_A_TRAINING = compile_pattern(
    r"\b(?:(?:spent|spend)\b[^.;]{0,40}\bat|attended|took part in|ont suivi|a suivi)\s+"
    r"(?:an?|the|une?|la|le|l['’])\s*(?:[\w-]+\s+){0,2}?(?:induction|training|course|formation|"
    r"cours)\b|"
    # (or the training a body organised, whoever it was for: "l'ISIE avait organisé les 24 et 25
    # septembre à Sousse, en partenariat avec le PNUD, une session de formation au profit de
    # 60 représentants d'associations accréditées pour l'observation des élections")
    r"\b(?:a|avait|ont|avaient)\s+organisé\b[^.;]{0,120}?\b(?:une?|la|le)\s+"
    r"(?:session|atelier|séminaire|cycle|module)s?\s+de\s+formation\b|"
    r"\b(?:organi[sz]ed|held|ran|conducted|delivered)\b[^.;]{0,120}?\b(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,2}?training\s+(?:session|course|workshop)s?\b",
    re.IGNORECASE,
)


# Visitors received for a course, which is what they came for: "last week hosted 24
# officials of the IEC of The Gambia for a five-day course on election logistics", "a
# accueilli des agents de la CENI pour une formation".
_HOSTED_FOR_A_COURSE = compile_pattern(
    r"\b(?:host(?:ed|s|ing)?|receiv\w+|welcom\w+|accueilli\w*|reçu\w*)\b[^.;]{0,100}?"
    r"\b(?:for|pour)\s+(?:an?|the|une?|la|le)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:course|training|formation|cours)\b",
    re.IGNORECASE,
)


# A time before or after a vote, no vote itself (folded text): "post-election", "pre-election",
# "post-électoral".
_AROUND_THE_VOTE = compile_pattern(
    r"\b(?:post|pre)[- ]?elect\w*|"
    # (or days, weeks, months from it: "three weeks after that country's local government
    # elections", "quelques semaines avant les élections")
    r"\b(?:days?|weeks?|months?|jours?|semaines?|mois)\s+(?:after|before|apres|avant)\b"
    r"[^.;]{0,60}?\belect\w*",
    re.IGNORECASE,
)


# An entry's category field, as events calendars give it: "Category: Study visit | Status:
# Held", "Type d'activité : Formation".
_CATEGORY_FIELD = compile_pattern(
    r"(?:^|\n)\s*(?:category|catégorie|type(?: d['’]activité| of activity| of event)?|"
    r"nature)\s*:\s*(?P<value>[^|\n·]{3,40})",
    re.IGNORECASE,
)
_STUDY_VISIT = compile_pattern(
    r"\b(?:study visit|study programme|study tour|visite d['’]étude|voyage d['’]étude)",
    re.IGNORECASE,
)

# A working visit, which says no more of its direction ("Working visit of Mexico's INE" to
# Ottawa, told by Elections Canada; "was on a working visit to Yerevan").
_WORKING_VISIT = compile_pattern(r"\b(?:working visits?|visites? de travail)\b", re.IGNORECASE)


def _visited_here(ex: PageContext, sents: Sequence[Sentence]) -> bool:
    """Whether the visitors came to the publisher (its own country named as the place)."""
    from graphbuild.ingest.places import locations

    home = ex.home.country if ex.home is not None else None
    return home is not None and any(home in locations(ex, s)[0] for s in sents)


def _only_home_named(ex: PageContext, sentence: Sentence) -> bool:
    """Whether the publisher's own country is the one country a sentence places itself in."""
    from graphbuild.ingest.places import locations, masthead_country

    # (a paper's own country, its masthead's: "Sidwaya – Le quotidien de tous les Burkinabè")
    home = ex.home.country if ex.home is not None else masthead_country(ex)
    return home is not None and set(locations(ex, sentence)[0]) == {home}


def page_title_kind(ex: PageContext) -> ActivityKind | None:
    """The kind the page's title lines name, if they name one ("Observer diary: the
    Commonwealth Observer Group in Mauritius")."""
    return _page_title_kind(ex, reception=True)


def _page_title_kind(ex: PageContext, *, reception: bool) -> ActivityKind | None:
    """The kind the page's title lines name (its first headings and labels, before any
    text: "ELECTION OBSERVATION DELEGATION"), if they name one."""
    title = page_title(ex)
    return kind_named(title, reception=reception) if title else None


def page_title(ex: PageContext) -> str:
    """The page's title lines (its first headings and labels, before any text), joined."""
    from graphbuild.ingest.layout import BlockKind

    if ex.title_kind_memo is None:
        titles: list[str] = []
        blocks = ex.blocks()
        for i, block in enumerate(blocks):
            if block.kind is BlockKind.BANNER:
                continue
            if block.text.count("|") >= 2 and len(block.text.split()) <= 20:
                continue  # the site's menu or languages: "EN | FR | ES | PT"
            if block.kind not in (BlockKind.HEADING, BlockKind.LABEL):
                if _headline_over_its_stamp(block, blocks[i + 1 : i + 2]):
                    # a news item's headline, its verb told, over its stamp line: "Université
                    # d'été du RECEF : la 3e édition s'est achevée à Cotonou" / "Publié le 21
                    # juillet 2025"
                    titles.append(block.text)
                break
            if (
                titles
                and _STAMP_LINE.search(block.text)
                and (_STAMP_WORDS.match(block.text) or re.search(r"[|·]", block.text))
            ):
                # (the page's stamp ends its title: "Feature story | 2 May 2022" over a first
                # section's heading, "A first workshop")
                break
            titles.append(block.text)
        ex.title_kind_memo = (" ".join(titles),)
    title: str = ex.title_kind_memo[0]
    return title


def _headline_over_its_stamp(block: Block, after: Sequence[Block]) -> bool:
    """Whether a block is a short line with no closing stop right above a line that stamps
    the page ("Publié le 21 juillet 2025", "Posted on 3 May 2024"): the item's headline."""
    text = block.text.strip()
    return (
        bool(after)
        and "\n" not in text
        and len(text.split()) <= 20
        and not text.endswith((".", ":", ";"))
        and _STAMP_WORDS.match(after[0].text) is not None
    )


# A line stamped with a day: "Feature story | 2 May 2022", "Publié le 3 mars 2021".
_STAMP_LINE = compile_pattern(
    r"\b\d{1,2}(?:er)?\s+(?:janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|oct|nov|déc|dec|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep)\w*\.?\s+\d{4}\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2},\s+\d{4}\b",
    re.IGNORECASE,
)


_STAMP_WORDS = compile_pattern(
    r"\W*(?:posted|published|updated|publié|mis à jour|mise à jour)\b", re.IGNORECASE
)


def _item_head(told: Sentence) -> str:
    """A list item's own words before its topic: "séminaire régional de l'ECES" of "Du 25 au
    27 novembre : séminaire régional de l'ECES ... sur la gestion des risques électoraux", "a
    working session with ..." of "... on the training of polling staff"."""
    return _ITEM_TOPIC.split(told.text.split(":", 1)[-1], maxsplit=1)[0]


def _hosted_event_item(trip: Trip, *, reception: bool) -> bool:
    """Whether a list item under a title of visits received tells an event of its own kind,
    hosted, with no visitors named ("Du 25 au 27 novembre : séminaire régional de l'ECES ...,
    accueilli par la CEI à Grand-Bassam" under "Délégations reçues et rencontres")."""
    told = trip.anchor_sentence
    if told is None:
        return False
    head = _item_head(told)
    return (
        kind_named(head, reception=reception)
        in (ActivityKind.TRAINING, ActivityKind.CONFERENCE, ActivityKind.GENERAL_ASSEMBLY)
        # (an event of its own, not an exchange with a body: "peer exchange with the NEC of
        # Liberia on results management" is its visit)
        and _HOSTED_EVENT.search(head) is not None
        and not _STUDY_VISIT.search(told.text)
        and not _VISITORS_NAMED.search(told.text)
    )


# A mission told by its own days in the country: "déployée du 13 au 21 décembre", "présente
# dans le pays du 16 au 23 novembre", "présente en Guinée du 12 au 22 octobre", "deployed
# from 25 February to 4 March".
MISSION_PRESENT = compile_pattern(
    r"\b(?:déployée?s?|deployed|présente?s?\s+(?:dans le pays|sur (?:le|son) territoire|au pays|"
    r"(?:en|au|aux|à)\s+[\w'’-]+)|"
    r"(?:present|on the ground)\s+in the country)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:du|from|between)\s+(?:\w+\s+)?(?:[0-3]?\d|1er)\b",
    re.IGNORECASE,
)

# An observation mission received: "a accueilli et accrédité la mission d'observation de
# l'UA", "hosted the OAS Electoral Observation Mission", "received the AU EOM".
OBSERVERS_RECEIVED = compile_pattern(
    r"\b(?:accueilli\w*|reçu\w*|hosted|received|welcomed)\b(?:\s+(?:et|and)\s+accr[ée]dit\w*)?"
    r"\s+(?:la|une|les|the|an?|its)\s+(?:[\w'’-]+\s+){0,3}?(?:missions?\s+d['’]observation|"
    r"(?:electoral\s+|election\s+)?observation\s+missions?|(?-i:[A-Z]{0,5}EOMs?))\b",
    re.IGNORECASE,
)


def observation_mission_received(sents: Sequence[Sentence]) -> bool:
    """Whether a trip's sentences tell an observation mission received for a vote with its
    own days there ("la CENI a accueilli et accrédité la mission d'observation de l'UA,
    présente en Guinée du 12 au 22 octobre"), not a meeting with it."""
    return any(OBSERVERS_RECEIVED.search(s.text) and MISSION_PRESENT.search(s.text) for s in sents)


def _mission_item(trip: Trip, *, reception: bool) -> bool:
    """Whether a list item under a title of visits received opens on a mission of its own
    kind, an evaluation or technical assistance ("- du 18 au 22 janvier : mission
    d'évaluation post-électorale conjointe de l'OIF et du PNUD, reçue à Ouagadougou", "- le
    24 octobre : cérémonie de remise par le PNUD de 50 motos")."""
    told = trip.anchor_sentence
    if told is None:
        return False
    return kind_named(_item_head(told), reception=reception) in (
        ActivityKind.EVALUATION,
        ActivityKind.TECHNICAL_ASSISTANCE,
    )


# A heading counting activities of two kinds: "Quatre missions et une formation", "Two
# missions and a workshop", "3 missions, 1 atelier".
_NUMBER_WORD = (
    r"(?:\d{1,2}|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|one|a|an|two|three|four|"
    r"five|seven|eight|nine|ten)"
)
_COUNTED_KINDS = compile_pattern(
    rf"\W*{_NUMBER_WORD}\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*(?:,|\bet\b|\band\b)\s*"
    rf"{_NUMBER_WORD}\s+[^\W\d_]+\W*$",
    re.IGNORECASE,
)


def under_reception_title(trip: Trip, heading: Sentence | None) -> bool:
    """Whether a trip is told under a short title of visits received ("6.2 Delegations
    hosted", "Visitors to the Commission"), its own words telling no event of its own
    hosted (a paragraph's visit there, whatever its words: "officials of the IEC of Lesotho,
    in a peer-exchange visit, shared lessons with the Commission's directors")."""
    return (
        heading is not None
        and len(heading.text.split()) <= 8
        and _RECEPTION_LABEL.search(heading.text) is not None
        and not _hosted_event_item(trip, reception=True)
        # (its visitors named: not the body's own work at home told under the title, "On June
        # 8, the Chief Electoral Officer also presented the new system to the Committee")
        and any(_VISITORS_NAMED.search(s.text) for s in trip.own)
    )


_HOSTED_EVENT = compile_pattern(
    r"\b(?:séminaires?|seminars?|ateliers?|workshops?|conférences?|conferences?|colloques?|"
    r"forums?|formations?|trainings?|courses?|assemblée générale|general assembly)\b",
    re.IGNORECASE,
)


# Where an item's topic begins: "..., sur la gestion", "... on the training of".
_ITEM_TOPIC = compile_pattern(r"\s(?:on|about|sur|concernant|consacrée?s? à)\s", re.IGNORECASE)


# Visitors named: "une délégation de l'ANGE", "visite de travail", "a delegation".
_VISITORS_NAMED = compile_pattern(
    r"\b(?:délégations?|delegations?|visites?|visits?|visiteurs|visitors|homologues|"
    r"counterparts|commissioners|commissaires|conseillers|accueil (?:de|des|du|d['’])|"
    r"reception of)",
    re.IGNORECASE,
)


# A meeting named with the assembly it is held with: "28th Annual Conference and General
# Assembly", "Conférence et Assemblée générale": the assembly.
_MEETING_AND_ASSEMBLY = compile_pattern(
    r"\b(?:conference|conférence|meeting|réunion|forum)\s+(?:and|et)\s+(?:the\s+|l['’]|la\s+)?"
    r"(?:general assembly|assemblée générale)"
    # a meeting held as the assembly: "se sont réunis au même endroit en assemblée générale
    # ordinaire", "met in general assembly"
    r"|\b(?:réuni\w*|met|meeting)\s+(?:[\w'’-]+\s+){0,4}?(?:en|in|as(?: the| a)?)\s+"
    r"(?:general assembly|assemblée générale)",
    re.IGNORECASE,
)


# A body visiting the page's publisher: "Ghana's Electoral Commission visits IFES".
_VISITS = compile_pattern(
    # ("a four-day working visit to the Electoral Commission of Ghana", told by it)
    r"\b(?:visits?(?:\s+to)?|visited|rend visite (?:à|au)|en visite (?:à|au|chez)|"
    # invited by the publisher: "ont séjourné à Namur à l'invitation du Parlement de Wallonie"
    r"à l['’]invitation (?:du|de la|de l['’]|des)|at the invitation of|invited by|"
    r"invitée?s? par|"
    # a stay with the publisher: "spent three days with the IEC in Centurion", "ont passé une
    # semaine auprès de la CENA"
    r"spent (?:[\w-]+\s+){1,3}(?:days?|weeks?)\s+(?:with|at)|"
    r"(?:a|ont) passé (?:[\w-]+\s+){1,3}(?:jours?|semaines?)\s+(?:avec|auprès (?:de|du)|chez)|"
    # received by the publisher's head: "La délégation de l'ECES ... a été reçue par le
    # président de la CENA", "was received by the Chairperson of the IEC"
    r"(?:a été|ont été|was|were) (?:reçue?s?|accueillie?s?|received|welcomed) par (?:le|la) "
    r"(?:président|présidente|vice-président|secrétaire général|directeur général) "
    r"(?:de la|du|de l['’])|"
    r"(?:was|were) (?:received|welcomed) by the (?:chair(?:person|man)?|president|"
    r"commissioner|chief executive|executive director|secretary-general) of(?: the)?)"
    # (a whole word: "visited the AEC's national office", not "visit" and "ed the")
    r"(?:(?<=['’])|\b)\s*(?:the\s+|la\s+|le\s+|l['’])?",
    re.IGNORECASE,
)


def home_names(ex: PageContext) -> tuple[str, ...]:
    """The names the page's publisher goes by, folded and lower case: as the page's metadata
    writes it, its gazetteer names, and the acronym an unknown publisher starts with ("CENI
    Niger": "ceni")."""
    written = ex.page.meta.publisher or ""
    names = [written] if written else []
    home = ex.g.organizations.get(ex.home_id) if ex.home_id else None
    if home is not None:
        names += [n for n in (home.acronym, home.name_en, home.name_fr, *home.aliases) if n]
    elif written and written.split()[0].isupper() and len(written.split()[0]) >= 2:
        names.append(written.split()[0])  # ("EC Ghana": "EC")
    return tuple(fold(n).lower().removeprefix("the ") for n in names)


def _names_after(ex: PageContext, pattern: re.Pattern[str], text: str) -> bool:
    """Whether the publisher is named right after a match of ``pattern`` in ``text`` (a
    whole name: "EC" is not "ECOWAS")."""
    wanted = home_names(ex)
    for m in pattern.finditer(text) if wanted else ():
        after = fold(text[m.end() :]).lower().removeprefix("the ")
        if any(
            after.startswith(name) and not after[len(name) : len(name) + 1].isalnum()
            for name in wanted
        ):
            return True
    return False


# Who put a visit on: "hosted by", "organised by", "accueillie par".
_HOSTED_BY = compile_pattern(
    r"\b(?:hosted|organi[sz]ed|accueillie?s?|organisée?s?)\s+(?:by|par)\s+", re.IGNORECASE
)


def _went_to_another_host(ex: PageContext, sents: Sequence[Sentence]) -> bool:
    """Whether a sentence tells its party travelling to a visit a body other than the
    publisher hosted ("travelled to Mexico City for a study visit hosted by the IFE")."""
    for s in sents:
        hosted = _HOSTED_BY.search(s.text)
        if hosted is None:
            continue
        went = _WENT.search(s.text, 0, hosted.start())
        if (
            went is not None
            and home_names(ex)
            and not _names_after(ex, _HOSTED_BY, s.text)
            # (the publisher named as itself: "hosted by the Commission", "par la Commission")
            and not _BY_ITSELF.match(s.text, hosted.end())
            # (nor after a visit it received, told first: "la Commission a accueilli ... une
            # délégation ...; deux techniciens se sont rendus à Gaborone pour une session
            # organisée par ...")
            and kind_named(s.text[: went.start()], reception=True) is not ActivityKind.RECEPTION
        ):
            return True
    return False


# A party's journey, as its verb tells it: "travelled to", "went to", "se sont rendus à".
_WENT = compile_pattern(
    r"\b(?:travell?ed|went|flew|journeyed|s['’]est rendue?s?|se sont rendue?s?|"
    r"(?:a|ont) fait le (?:voyage|déplacement))\b",
    re.IGNORECASE,
)
# The publisher named as itself after "hosted by": "the Commission", "la Commission", "us".
_BY_ITSELF = compile_pattern(
    r"(?:the|la|le|l['’])\s*(?:Commission|Institute|Institut|Office|Board|Bureau|Secretariat|"
    r"Secrétariat|Agency|Agence)\b(?!\s+(?:of|de|du|des|d['’]))|us\b|nous\b"
)


def _visits_home(ex: PageContext, text: str) -> bool:
    """Whether a text tells a body visiting the page's publisher ("... visits IFES"), or its
    secretariat, named as the page's own ("Kyrgyz Delegation Visits the Secretariat", "en
    visite au Secrétariat"; not "the Secretariat of the Commonwealth")."""
    return _names_after(ex, _VISITS, text) or _VISITS_OWN_SECRETARIAT.search(text) is not None


# A visit to the page's own secretariat: "Visits the Secretariat", "visited our headquarters",
# "en visite au Secrétariat" (not another body's: "the Secretariat of the ...").
_VISITS_OWN_SECRETARIAT = compile_pattern(
    r"\b(?:visits?|visited|rend visite (?:au|à)|en visite (?:au|à))\s+"
    r"(?:(?:the|our|le|notre|l['’])\s*)?(?:Secretariat|Secrétariat|headquarters|siège)\b"
    r"(?!\s+(?:of|de|du|des|d['’])\b)",
    re.IGNORECASE,
)


# The visit of a body named right after: "Visite d'étude de la DGE au Québec", "Study visit
# of the NEC to Ghana".
_VISIT_OF = compile_pattern(
    r"\b(?:(?:study |working |official )?visits?(?: of| by)|visites?(?: d['’]étude| de "
    r"travail| officielle)? (?:de la|du|de l['’]|des|de))\s*(?:the\s+)?",
    re.IGNORECASE,
)


def _own_visit(ex: PageContext, text: str) -> bool:
    """Whether a text names the publisher's own visit ("Visite d'étude de la DGE au
    Québec" on the DGE's page): a trip of its own, not a delegation it received."""
    return _names_after(ex, _VISIT_OF, text)


# People trained: "trained 28 members of", "a formé 40 agents" (not "the training provided").
_TRAINED_PEOPLE = compile_pattern(
    r"\b(?:trained|(?:a|ont|avait|avaient) formé)\s+(?:[\w-]+\s+){0,2}?\d|"
    # "EISA trained magistrates and commission staff", "a formé des agents"
    r"\b(?:\w+ trained|(?:a|ont) formé)\s+(?!by\b|par\b|in\b|on\b|en\b|sur\b|à\b)[\w-]{3,}",
    re.I,
)

# A workshop may be a meeting or a training: its text tells which.
_WORKSHOP = compile_pattern(r"\b(?:workshops?|ateliers?|seminars?|séminaires?|sessions?)\b", re.I)
# ... given for a body or its staff: "un atelier ... destiné au Conseil électoral", "à
# l'intention des agents", "a workshop for the staff of"; or run by facilitators.
_FOR_TRAINEES = compile_pattern(
    r"\b(?:destinée?s?\s+(?:à|au|aux)|à l['’]intention (?:de|du|des|d['’])|"
    r"au profit (?:de|du|des|d['’])|for (?:the )?(?:staff|officials|officers|members|"
    r"commissioners|agents|personnel|employees)\b|"
    # ... or run by the body's facilitators: "EISA facilitators and ECZ officers worked",
    # "deux experts ont animé un atelier"
    r"facilitat(?:ors?|ed|ing)\b|(?:a|ont) animé|animée? par)",
    re.I,
)


def _dated(text: str) -> bool:
    """Whether a sentence tells a time of its own (a date phrase, "Last October, ...")."""
    return bool(find_dates(text)[0]) or EARLIER_THIS.match(text) is not None


# A programme's day line: its weekday, its day and month, a colon or a dash ("Jeudi 16 mai :",
# "Tuesday 3 May –").
_PROGRAMME_DAY = compile_pattern(
    rf"\s*(?:{alternatives(WORDS.weekdays)})\s+\d{{1,2}}(?:er)?\s+[^\W\d]+\.?\s*[:–—-]\s"
    # (one day, not a range's first: "Thu 24 October – Sat 2 November | Election ...")
    rf"(?!\s*(?:(?:{alternatives(WORDS.weekdays)})\b|\d{{1,2}}(?:er)?\s+[^\W\d]))",
    re.IGNORECASE,
)

_MISSION_KINDS = (
    ActivityKind.OBSERVATION,
    ActivityKind.EVALUATION,
    ActivityKind.TECHNICAL_ASSISTANCE,
)


# A delegation told staying somewhere: "Une délégation de la CENI a séjourné à Bruxelles",
# "A delegation of the NEC stayed in Oslo".
_DELEGATION_STAYED = compile_pattern(
    r"\b(?:délégations?|delegations?)\b[^.;]{0,150}?\b(?:(?:a|ont) séjourné|séjourne(?:nt)?)\b|"
    # (or its arrival there: "Arrivée à Cotonou jeudi dernier, une délégation de la CENI du
    # Togo a regagné Lomé hier", "A delegation ... arrived in Accra on Monday")
    r"\barrivée?s? (?:à|au|en)\b[^.;]{0,60}?\bdélégations?\b|"
    r"\b(?:délégations?|delegations?)\b[^.;]{0,150}?\b(?:est|sont) arrivée?s?\b|"
    r"\bdelegations?\b[^.;]{0,150}?\barrived in\b|"
    r"\bdelegations?\b[^.;]{0,150}?\b(?:stayed|is staying|are staying) in\b",
    re.IGNORECASE,
)


# Taking part in another body's visitors' programme: "a pris part au programme des visiteurs
# internationaux", "took part in the International Visitors Program of".
IN_OTHERS_PROGRAMME = compile_pattern(
    # (its host's, whatever its name: "took part in the Election Visitor Program organized by
    # the NEC", "attended the opening session of the INE programme for international
    # visitors")
    r"\b(?:(?:a|ont) (?:pris part|participé)|took part|participated|joined|attended)\s+"
    r"(?:(?:in|à|au|aux)\s+)?(?:the\s+|le\s+|au\s+)?(?:[\w'’-]+\s+){0,6}?"
    r"(?:programmes?\s+(?:des|de|d['’])\s+visit(?:eur)?s?|visitors?['’]?\s+program+e?s?(?!\s+(?:for|pour)\b)|"
    r"program+e?s?\s+(?:for|pour)\s+(?:les\s+)?(?:[\w-]+\s+){0,2}?(?:visitors|visiteurs))",
    re.IGNORECASE,
)


# A title naming a programme, of visitors or not, then whose it is: "Programme des visiteurs
# internationaux d'Élections Canada", "Programme de la Commission électorale sud-africaine",
# "INE's Foreign Visitors Programme".
_PROGRAMME_TITLE_OF = compile_pattern(
    r"^\W*(?:programmes?\b[^.;:]{0,40}?\s(?:de|du|des|d['’])|"
    r"[^.;:]{0,40}?['’]s\s+(?:[\w-]+\s+){0,2}?visitors?['’]?\s+program+e?s?\W*$)",
    re.IGNORECASE,
)


def _others_programme_title(ex: PageContext, heading: Sentence) -> bool:
    """Whether a title names another body's programme ("Programme des visiteurs
    internationaux d'Élections Canada" on the page of the CENA): the party's trip to it."""
    if _PROGRAMME_TITLE_OF.match(heading.text) is None:
        return False
    return any(h.category == "organization" and ex.home_id not in h.refs for h in ex.hits(heading))


# A visitors' programme another body ran for the publisher's members: "a visitors programme
# for the members of the association", "un programme de visiteurs pour les membres du réseau".
_PROGRAMME_FOR_MEMBERS = compile_pattern(
    r"\b(?:programmes?\s+(?:des|de|d['’])\s+visiteurs|visitors?['’]?\s+program+e?s?)\s+"
    r"(?:for|pour)\s+(?:the\s+|les\s+|ses\s+|its\s+|their\s+|leurs\s+)?(?:members|membres)\b",
    re.IGNORECASE,
)


# The mission told of before, as a sentence's subject: "The Mission began its work", "La
# Mission est arrivée".
_THE_MISSION = compile_pattern(
    # (or a group or a delegation named so: "The Group arrived in Gaborone", of a Commonwealth
    # Observer Group; "La Délégation")
    r"\b(?:the|la|this|cette)\s+(?:(?-i:M)ission|(?-i:G)roup|(?-i:D)(?:elegation|élégation))\b",
    re.IGNORECASE,
)


# The vote observed, told of a party: "teams observed opening, voting and counting", "On
# polling day, observers were deployed", "les observateurs se sont rendus dans une trentaine de
# centres de vote", "ont suivi le dépouillement".
_OBSERVED_THE_VOTE = compile_pattern(
    r"\b(?:observed|watched|monitored)\s+(?:the\s+)?(?:opening|voting|vote|polls|polling|"
    r"counting|count|tabulation)\b|"
    r"\bon (?:election|polling|voting) day,?\s+(?:[\w-]+\s+){0,3}?(?:observers|teams|members|"
    r"delegates)\b[^.;]{0,40}?\b(?:were deployed|observed|visited|watched|followed)\b|"
    r"\b(?:ont|a) (?:observé|suivi) (?:le vote|le scrutin|l['’]ouverture|le dépouillement|"
    r"les opérations de vote)\b|"
    r"\b(?:se sont rendus|s['’]est rendue?|ont visité|a visité) (?:dans |à )?(?:[\w-]+\s+){0,3}?"
    r"(?:bureaux|centres) de vote\b|\bassister au dépouillement\b",
    re.IGNORECASE,
)


# A sentence opening on the party that came: "La délégation de l'ECES ...", "The delegation".
_THE_PARTY_OPENING = compile_pattern(
    r"\s*(?:la délégation|les délégués|the delegation|the delegates|the visitors|les visiteurs)\b",
    re.IGNORECASE,
)


# A sentence opening on a pronoun for the people of the one before: "They were deployed ...",
# "Ils ont été déployés ...".
_PRONOUN_OPENING = compile_pattern(r"\s*(?:they|ils|elles)\b", re.IGNORECASE)


def _antecedent(trip: Trip, sents: Sequence[Sentence]) -> list[Sentence]:
    """The sentence before a trip's anchor in its paragraph, when the anchor goes on from it
    with a pronoun; none otherwise."""
    anchor = trip.anchor_sentence
    if anchor is None or not _PRONOUN_OPENING.match(anchor.text):
        return []
    before = [s for s in sents if s.paragraph == anchor.paragraph and s.end <= anchor.start]
    return before[-1:]


# The kinds a table's column header may give the days under it (not a meeting's: "Ad hoc
# committee in the country" is a mission's name).
_COLUMN_KINDS = frozenset(
    [
        ActivityKind.EVALUATION,
        ActivityKind.OBSERVATION,
        ActivityKind.TRAINING,
        ActivityKind.TECHNICAL_ASSISTANCE,
    ]
)


# An election named, not a body's name the gazetteers lack ("Memorandum with the Central
# Election Commission of Ghana"; folded text).
_ELECTION_NAMED = compile_pattern(
    # (nor a body named after the elections it runs: "Commission on Elections", "Office of
    # Elections", "Supervisor of Elections")
    r"(?<!commission on )(?<!commission for )(?<!office of )(?<!supervisor of )"
    r"(?<!department of )(?<!ministry of )(?<!division of )"
    # (nor a post named after them: "the Director of Elections", "la directrice des élections")
    # (or the Directeur général des élections, the title of Québec's chief electoral officer)
    r"(?<!director of )(?<!directeur des )(?<!directrice des )(?<!general des )"
    # (nor a French body's: "le service des élections du gouvernement luxembourgeois", "la
    # Direction générale des élections", "l'Autorité nationale indépendante des élections")
    r"(?<!service des )(?<!direction des )(?<!bureau des )(?<!office des )(?<!generale des )"
    r"(?<!nationale des )(?<!independante des )(?<!superieure des )(?<!commission des )"
    + ELECTION_NOUN.pattern
    + r"(?!\s+(?:commission|board|council|authority|office|tribunal|"
    r"court|agency|institute|committee|department|secretariat|"
    # (nor a topic named after them: "approaches to election security", "election management")
    r"security|management|administration|integrity|technolog(?:y|ies)|officials|staff|"
    r"materials|equipment|logistics|disputes?)\b)",
    re.IGNORECASE,
)


# A sentence naming again the event told before it: "The visit ran from ...", "Cette mission
# s'est déroulée du ...".
THE_EVENT_AGAIN = compile_pattern(
    r"\W*(?:the|this|that|la|cette|le|ce|cet)\s+(?:[\w-]+\s+)?"
    r"(?:visit|mission|delegation|tour|programme|program|exchange|course|training|workshop|"
    r"seminar|visite|délégation|formation|atelier|séminaire|séjour|échange)\b",
    re.IGNORECASE,
)


# ... a visit: "The visit ran from ...", "Cette visite s'est déroulée du ...".
_THE_VISIT_AGAIN = compile_pattern(
    r"\W*(?:the|this|that|la|cette|le|ce|cet)\s+(?:[\w-]+\s+)?(?:visit|tour|visite|séjour)\b",
    re.IGNORECASE,
)


def activity_kind(
    ex: PageContext,
    section: Section,
    trip: Trip,
    heading: Sentence | None,
    sents: Sequence[Sentence],
    *,
    reception: bool = True,
    later: bool = False,
    alone: bool = False,
) -> ActivityKind:
    """The kind of the trip's activity (``sents``: its section's sentences); with
    ``reception`` False, never a reception (a body received abroad went there); ``later``:
    the trip is not the section's first; ``alone``: it is the section's one trip."""
    if (
        reception
        and section.label is not None
        and _RECEPTION_LABEL.search(section.label.text)
        # (not an event of its own kind the body hosted for others, told under the label:
        # "Inbound visits" / "Regional workshop on election security")
        and not (
            heading is not None
            and kind_named(heading.text, reception=reception)
            in (ActivityKind.TRAINING, ActivityKind.CONFERENCE, ActivityKind.GENERAL_ASSEMBLY)
            and not _STUDY_VISIT.search(heading.text)
        )
        # (nor an item of its own telling an event hosted, no delegation received)
        and not (in_item(trip, section) and _hosted_event_item(trip, reception=reception))
    ):
        return ActivityKind.RECEPTION
    if (
        reception
        and heading is not None
        and in_item(trip, section)
        and _RECEPTION_LABEL.search(heading.text)
        and len(heading.text.split()) <= 8
        and not _hosted_event_item(trip, reception=reception)
        and not _mission_item(trip, reception=reception)
    ):
        # an item under a title telling visits received: "6.2 Delegations hosted by the
        # Commission" / "• November: a study tour by the Electoral Commission of Uganda"
        return ActivityKind.RECEPTION
    if any(s is not None and _own_visit(ex, s.text) for s in (heading, trip.anchor_sentence)):
        reception = False  # the publisher's own visit: "Visite d'étude de la DGE au Québec"
    if any(
        IN_OTHERS_PROGRAMME.search(s.text) or _PROGRAMME_FOR_MEMBERS.search(s.text)
        for s in [*trip.own, *([heading] if heading else [])]
    ) or (heading is not None and _others_programme_title(ex, heading)):
        # the party took part in another body's visitors' programme ("a pris part au programme
        # des visiteurs internationaux mis sur pied par Élections Québec"): its own trip
        reception = False
    if reception and heading is not None and _visits_home(ex, heading.text):
        return ActivityKind.RECEPTION  # "Ghana's Electoral Commission visits IFES"
    if (heading is not None and PROGRAMME_TITLE.match(heading.text)) or (
        trip.anchor_sentence is not None and _PROGRAMME_DAY.match(trip.anchor_sentence.text)
    ):
        # a mission's programme by day ("Programme de la mission" / "Jeudi 16 mai : arrivée
        # des délégués ...; réunion d'accueil"): the kind of the mission the page's title names
        titled = _page_title_kind(ex, reception=reception)
        if titled is not None:
            return titled
    told = [trip.anchor_sentence] if trip.anchor_sentence is not None else []
    if told and (date_alone(told[0].text) or len(told[0].text.split()) <= 12):
        # (a date line over its text: "Tue 12 March – Thu 14 March · Centurion" / "Eight
        # officials of the ECN spent three days with the IEC")
        told += [s for s in trip.own if s.start > told[0].start][:1]
    if told and not told[1:]:
        # (or the sentence after, telling the party that came: "... ont paraphé mardi dernier,
        # au siège de l'institution à Cotonou, un protocole" / "La délégation de l'ECES ... a
        # été reçue par le président de la CENA")
        told += [
            s for s in trip.own if s.start > told[0].start and _THE_PARTY_OPENING.match(s.text)
        ][:1]
    if (
        reception
        and told
        and _THE_VISIT_AGAIN.match(told[0].text)
        and kind_named(told[0].text, reception=reception) is None
        and not any(s.paragraph == told[0].paragraph and s.end <= told[0].start for s in sents)
        and any(
            kind_named(s.text, reception=reception) is ActivityKind.RECEPTION
            for s in sents
            if s.paragraph == told[0].paragraph - 1
        )
    ):
        # the visit a paragraph before told as received, named again by the sentence dating
        # it: "The Electoral Commission this week hosted a delegation ..." / "The visit ran
        # from Monday, 4 to Thursday, 7 March."
        return ActivityKind.RECEPTION
    if reception and any(_visits_home(ex, s.text) for s in told):
        return ActivityKind.RECEPTION  # "... ont séjourné à Namur à l'invitation du Parlement"
    if (
        reception
        and told
        and _DELEGATION_STAYED.search(told[0].text)
        and _only_home_named(ex, told[0])
    ):
        # a delegation staying in the publisher's own country, whatever the title says the
        # publisher gives it: "Une délégation de la CENI de la RDC a séjourné à Bruxelles du
        # 11 au 14 mars" (told by Belgium's foreign ministry)
        return ActivityKind.RECEPTION
    categories = [m.group("value") for s in sents for m in _CATEGORY_FIELD.finditer(s.text)]
    if len(categories) == 1:
        # the entry's own category field ("Category: Training | Status: Held")
        if _STUDY_VISIT.search(categories[0]):
            return (
                ActivityKind.RECEPTION
                if reception and _visited_here(ex, sents)
                else (ActivityKind.CONFERENCE)
            )
        # (a working visit's direction is told by its other words: "Type : Visite de
        # travail" under "Visite de travail d'une délégation de l'Assemblée nationale")
        named = kind_named(categories[0], reception=reception)
        if named is not None and not _WORKING_VISIT.search(categories[0]):
            return named
    if (
        trip.anchor is not None
        and trip.anchor_sentence is not None
        and ("|" in trip.anchor_sentence.text or "\t" in trip.anchor_sentence.text)
    ):
        # a table whose columns date each its kind of visit: "Pre-electoral delegation |
        # Ad hoc committee" over "Skopje, 2-4 April | Skopje, 5-9 May"
        header = column_header(ex.clean, trip.anchor.start_offset)
        named = kind_named(header, reception=reception) if header else None
        if named in _COLUMN_KINDS:
            assert named is not None
            return named
    first: list[Sentence] = []
    # a later dated paragraph: its own words (the section's one trip is its heading's)
    separate = not alone and own_paragraph(trip, section)
    # (a later trip of the section whose sentence names its own kind is not the heading's:
    # "The opening of the mission follows a Needs Assessment Mission that visited ...")
    # (its anchor sentence, and the one before when it goes on from it: "two INEC
    # Commissioners were members of the ECOWAS Election Observation Mission ..." / "They
    # were deployed in Freetown and Makeni from 19 to 27 June")
    antecedent = _antecedent(trip, sents)
    own_kind = (
        later
        and trip.anchor_sentence is not None
        and kind_named(
            " ".join(ex.without_names(s) for s in (*antecedent, trip.anchor_sentence)),
            reception=reception,
        )
        is not None
    )
    # (a question over its answer names what is asked about, not the answer's activity:
    # "Participez-vous à des missions d'observation?" / "Oui, mais pas seulement. En mars
    # 2022, deux conseillers ont appuyé la CENA du Bénin")
    asked = heading is not None and heading.text.rstrip().endswith("?")
    # (nor a heading counting the section's activities of two kinds: "Quatre missions et une
    # formation", "Two missions and a workshop": each its own words')
    counted = heading is not None and not alone and _COUNTED_KINDS.match(heading.text) is not None
    if (
        heading
        and not in_item(trip, section)
        and not separate
        and not own_kind
        and not asked
        and not counted
    ):
        first.append(heading)  # a list item is judged by its own words
    if trip.kind_text is not None:
        first = [s for s in trip.own if s.text == trip.kind_text]
    elif trip.clause is not None:
        first.append(trip.clause)  # its own clause of a sentence telling several trips
    elif trip.anchor_sentence:
        first += [*antecedent, trip.anchor_sentence]
        if date_alone(trip.anchor_sentence.text):
            # a date alone on its line ("November 2018"): the sentence under it tells what
            first += [s for s in sents if s.start > trip.anchor_sentence.start][:1]
    own = {s.start for s in trip.own}
    texts = [
        " ".join(ex.without_names(s) for s in first),
        # (what the body will do next is not this trip's kind: "examinera l'envoi d'une
        # mission exploratoire"; nor what it says it did not do: "aucune délégation étrangère
        # n'a été reçue au siège"; nor what it did online: "NDI's pre-election assessment
        # ... was carried out by videoconference")
        " ".join(
            ex.without_names(s)
            for s in trip.own
            if s is trip.anchor_sentence
            or not (tells_future(s.text) or none_took_place(s.text) or ONLINE_WORDS.search(s.text))
        ),
    ]
    if heading and in_item(trip, section) and not separate:
        # the words that introduce the list the item is in ("the Commission hosted the
        # following delegations:"), then the list's own title over its rows ("Missions
        # d'observation – 2016"), before the words around it
        anchor = trip.anchor_sentence
        lead_in = [
            s
            for s in sents
            if anchor is not None
            and s.start < anchor.start
            and s.text.rstrip().endswith(":")
            and 0 <= s.paragraph < len(section.paragraphs)
            and not section.paragraphs[s.paragraph].item
        ][-1:]
        texts += [ex.without_names(s) for s in lead_in]
        texts.append(ex.without_names(heading))
    if not separate:
        texts += [
            # then the words that introduce a list of dated items ("trois missions
            # d'évaluation ..., à ces dates :"), not the other items, nor what another trip
            # told after this one's tells ("Last October, two officials ... spent a week at
            # our headquarters")
            " ".join(
                ex.without_names(s)
                for s in sents
                if s.start not in own
                and (
                    trip.anchor_sentence is None
                    or s.start < trip.anchor_sentence.start
                    or s.paragraph == trip.anchor_sentence.paragraph
                    or not _dated(s.text)
                )
                and not tells_future(s.text)  # what the body will do next
                and not none_took_place(s.text)  # or did not do
                and not (
                    0 <= s.paragraph < len(section.paragraphs)
                    and section.paragraphs[s.paragraph].item
                )
            ),
        ]
    for i, text in enumerate(texts):
        if i == 1 and _THE_MISSION.search(texts[0]):
            # the mission the page's title names, told of by its first words ("OAS Electoral
            # Observation Mission ... presents its preliminary report" / "The Mission began
            # its work in the country on June 12"): the title's kind, not its meetings'
            titled = _page_title_kind(ex, reception=reception)
            if titled in _MISSION_KINDS:
                return titled  # (a mission's, not a forum's name: "... Forum ... Update")
        if (
            i == len(texts) - 1
            and i >= 2
            and trip.anchor_sentence is not None
            and is_table_row(trip.anchor_sentence.text)
            # (not a row naming the vote: "Mission de solidarité (législatives du 31 juillet)")
            and len(find_dates(trip.anchor_sentence.text)[0]) == 1
        ):
            # a table's row naming no kind: the kind the page's title names ("INTERNATIONAL
            # CAPACITY BUILDING PROGRAMMES" over "| Election Management and Use of Technology
            # | ... |"), before the words around the table
            titled = _page_title_kind(ex, reception=reception)
            if titled is not None:
                return titled
        named = kind_named(text, reception=reception)
        if named is ActivityKind.CONFERENCE and i == 0 and _OBSERVED_THE_VOTE.search(texts[1]):
            # meetings a heading names ("A week of meetings"), the trip's own text telling the
            # vote observed ("On election day, teams observed opening, voting and counting"):
            # an observation mission
            return ActivityKind.OBSERVATION
        if named is ActivityKind.CONFERENCE and i == 0 and _THE_MISSION.search(text):
            # the mission the page's title names, its meetings told under a heading of its
            # own ("Meetings and deployment" / "The Group arrived in Gaborone ... it met the
            # Commissioners"): the title's kind
            titled = _page_title_kind(ex, reception=reception)
            if titled in _MISSION_KINDS:
                return titled
        if (
            named is ActivityKind.CONFERENCE
            and i == 0
            and _WORKSHOP.search(text)
            and (
                _TRAINED_PEOPLE.search(texts[1])
                or _FOR_TRAINEES.search(text)
                or any(
                    _WORKSHOP.search(told)
                    # (by a word of its own, not the workshop's alone: "The theme of the
                    # workshop was the financial autonomy of independent bodies")
                    and kind_named(_WORKSHOP.sub(" ", told), reception=reception)
                    is ActivityKind.TRAINING
                    for told in (ex.without_names(s) for s in trip.own)
                )
            )
        ):
            # a workshop whose own text says it trained people, or whom it was given for, or
            # a sentence of its own tells the workshop a training ("to lead a three-day
            # workshop for staff of ...", not "hosted a part of the training" of a workshop)
            return ActivityKind.TRAINING
        if (
            named is ActivityKind.CONFERENCE
            and reception
            and (_STUDY_VISIT.search(text) or _WORKING_VISIT.search(text))
            and kind_named(
                _WORKING_VISIT.sub(" ", _STUDY_VISIT.sub(" ", text)), reception=reception
            )
            is None
            and (
                any(_only_home_named(ex, s) for s in told)
                # (or a working visit whose own text tells it received: "Visite de travail à
                # la Maison de la Francophonie. L'OIF a reçu à son siège, à Paris, ...")
                or (
                    _WORKING_VISIT.search(text) is not None
                    and kind_named(texts[1], reception=reception) is ActivityKind.RECEPTION
                )
            )
        ):
            # a study tour or a working visit in the publisher's own country: visitors it
            # received ("Officials of ... end study tour in Canada", told by Elections Canada)
            return ActivityKind.RECEPTION
        if (
            named in (ActivityKind.CONFERENCE, ActivityKind.GENERAL_ASSEMBLY)
            and i >= 2
            and in_item(trip, section)
            # (not a table's row, its topic in a column: "| Budapest | ... | Elections and
            # artificial intelligence |")
            and not (trip.anchor_sentence and is_table_row(trip.anchor_sentence.text))
            and _ELECTION_NAMED.search(_AROUND_THE_VOTE.sub(" ", fold(texts[0])))
        ):
            # a list item whose own words name no kind but an election ("Ghana, general
            # elections (7 December) – ECONEC mission in Accra"), among a retreat's or a
            # report's meetings: the vote is what the item tells
            return ActivityKind.OBSERVATION
        if named is ActivityKind.RECEPTION and _went_to_another_host(ex, trip.own):
            # visitors who travelled to a visit another body hosted ("four CEP members and
            # two IFES staff travelled to Mexico City for a study visit hosted by the
            # IFE", told by IFES): a visit paid, not one the publisher received
            return ActivityKind.CONFERENCE
        if named is ActivityKind.RECEPTION and observation_mission_received(trip.own):
            # an observation mission received for a vote ("la CENI a accueilli et accrédité
            # la mission d'observation de l'Union africaine, présente en Guinée du 12 au 22
            # octobre"): the mission's observation, not a visit
            return ActivityKind.OBSERVATION
        if named is not None:
            return named
    if (
        heading is not None
        and section.label is not None
        and trip.anchor_sentence is not None
        and trip.anchor_sentence.start == heading.start  # (the heading's days are the trip's)
        and len(heading.text.split()) <= 10
        and kind_named(heading.text, reception=reception) is None
        and not _ELECTION_NAMED.search(_AROUND_THE_VOTE.sub(" ", fold(heading.text)))
    ):
        # a card's place and days standing as the heading, under the entry's title ("Training
        # of tally centre staff in Sierra Leone" / "Freetown, 12–14 June · 7 photos"): the
        # title's kind
        label = Sentence(section.label.start, section.label.end, section.label.text, -1)
        labelled = kind_named(ex.without_names(label), reception=reception)
        if labelled is not None:
            return labelled
    titled = _page_title_kind(ex, reception=reception)
    # (a table's row whose topic names the vote, no election's day, is of the kind the
    # page's title names: "Commonwealth Electoral Network: peer exchanges" over "... | Postal
    # and early voting"; not "Mission de solidarité (législatives du 31 juillet)")
    row = (
        trip.anchor_sentence is not None
        and is_table_row(trip.anchor_sentence.text)
        and len(find_dates(trip.anchor_sentence.text)[0]) == 1
    )
    if _ELECTION_NAMED.search(_AROUND_THE_VOTE.sub(" ", fold(texts[0]))) and not (
        row and titled is not None
    ):
        # a page or heading about an election day (not a time around it: "held a
        # post-election review", "a pre-election workshop")
        return ActivityKind.OBSERVATION
    if titled is not None:
        return titled  # "ELECTION OBSERVATION DELEGATION" over "Mission details"
    if re.search(r"\bmissions?\b", texts[1], re.IGNORECASE) and ELECTION_NOUN.search(
        fold(texts[1])
    ):
        return ActivityKind.OBSERVATION  # "Pour les élections fédérales ..., a mené une mission"
    if _TEAM_FOR_THE_VOTE.search(fold(texts[1])):
        # a team there for a vote: "A smaller team returned from 10 to 18 November for the
        # presidential run-off of 14 November", "une équipe ... pour le second tour"
        return ActivityKind.OBSERVATION
    return (
        ActivityKind.TECHNICAL_ASSISTANCE
        if re.search(r"\bmissions?\b", texts[1], re.IGNORECASE)
        else ActivityKind.CONFERENCE
    )
