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
from graphbuild.ingest.date_roles import FUTURE_WORD
from graphbuild.ingest.elections import ELECTION_NOUN
from graphbuild.ingest.layout import Section
from graphbuild.ingest.names import fold
from graphbuild.ingest.sentences import Sentence
from graphbuild.ingest.trips import Trip, in_item, own_paragraph
from graphbuild.records import ActivityKind

# Kind patterns, in priority order; the first text that matches any decides.
_KIND_PATTERNS: list[tuple[ActivityKind, re.Pattern[str]]] = [
    (
        ActivityKind.RECEPTION,
        re.compile(
            r"\b(?:reception of|welcom\w*|hosting of|"
            # "Visit of a delegation of ... to the TSE headquarters", "visite d'une délégation"
            r"(?:study |working )?visits? (?:of|by) (?:a|an|the) (?:[\w-]+\s+){0,2}?delegation|"
            r"visites?(?: d['’]étude| de travail)? d['’]une (?:[\w-]+\s+){0,2}?délégation|"
            # "la visite qu'une délégation de l'INE a rendue à ...", "the visit a delegation
            # of ... paid to" (one paid abroad is told by its place: see records.py)
            r"visites? qu['’](?:une|la|les|des) (?:[\w-]+\s+){0,2}?délégations?|"
            r"visit (?:that |which )?(?:a|the) (?:[\w-]+\s+){0,2}?delegation\b[^.;]{0,80}?"
            r"\bpaid\b|"
            # a programme put on for visitors: "Programme d'information pour une délégation",
            # "an information programme for a delegation of"
            r"programmes? [^.;]{0,40}?\bpour (?:une|la|des|les) (?:[\w-]+\s+){0,2}?délégations?|"
            r"program+e?s? [^.;]{0,40}?\bfor (?:a|the) (?:[\w-]+\s+){0,2}?delegations?|"
            # "received at its head office in Ottawa a delegation", "hosts officials from"
            r"(?:receiv\w+|host(?:ed|s|ing)?)\b[^.;]{0,60}?\b(?:(?:a|the|an)\s+(?:[\w-]+\s+){0,3}?"
            r"delegations?|delegations)\b|host(?:ed|s|ing)?\s+(?:[\w-]+\s+){0,3}?(?:officials|visitors|"
            r"counterparts|guests|members)\s+(?:from|of)\b|"
            # "received four commissioners of", "a accueilli trois membres de"
            r"(?:receiv|welcom)\w*\s+(?:[\w-]+\s+){0,3}?(?:commissioners|officials|members|"
            r"experts|magistrates|judges|staff)\s+(?:from|of)\b|"
            # told from the visitors' side: "une délégation ... a été reçue au siège de"
            r"délégations?\b[^.;]{0,120}?\b(?:a|ont) été (?:reçue?s?|accueillie?s?)|"
            r"(?:delegations?|officials|visitors|commissioners|members|experts|staff)\b[^.;]{0,120}?"
            r"\b(?:was|were) (?:received|welcomed|hosted)|"
            r"(?:reçu|accueilli)e?s?\s+(?:[\w-]+\s+){0,3}?(?:commissaires|membres|responsables|"
            r"experts|agents|magistrats|juges)\s+(?:de|du|des|d['’])|"
            # French "accueillir" a delegation or visitors, not a city hosting a forum
            r"accueil\w*\b[^.;]{0,60}?\b(?:délégations?|homologues|visiteurs|visite|"
            r"missions?|membres|stagiaires)|accueil d[e'’]|(?:reçu|reçoi|recev)\w*\b[^.;]{0,60}?\b"
            r"(?:délégation|visite)|réception\b[^.;]{0,60}?\bdélégation|réception d)",
            re.IGNORECASE,
        ),
    ),
    (
        ActivityKind.OBSERVATION,
        re.compile(
            # (not a workshop or meeting about observation: "Observation methodology
            # workshop", "Declaration of Principles for ... Observation: annual meeting")
            r"\b(?:observ\w*(?![\s:,–-]+(?:[\w-]+\s+){0,2}?(?:workshops?|training|courses?|"
            r"seminars?|methodolog\w+|ateliers?|formations?|séminaires?|méthodolog\w+|meetings?|"
            r"conferences?|réunions?)\b)|"
            r"information and contact|contact and information|fact-finding|"
            # polling stations visited: "ont visité des bureaux de vote à Mexico"
            r"(?:visité|visited|visiting|visiter|visitaient)\s+(?:[\w-]+\s+){0,3}?(?:bureaux de "
            r"vote|polling (?:stations?|centres?)|centres de vote)|"
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
            r"pairs|exploratoires?|exploratory|scoping)\b",
            re.IGNORECASE,
        ),
    ),
    (
        ActivityKind.TECHNICAL_ASSISTANCE,
        re.compile(
            r"\b(?:technical (?:assistance|support)|electoral assistance|assistance mission|"
            r"strengthen\w* (?:\w+ ){0,4}capacit\w*|reinforce (?:\w+ ){0,3}capabilit\w*|"
            r"assistance technique|appui technique|help(?:ed)? (?:with|to)|in support of|"
            r"missions? d['’]expertise|expert missions?|pour accompagner|afin d['’]accompagner|"
            r"pour appuyer|afin d['’]appuyer|to support the|supporting the|"
            # "our staff supported the Electoral Commission ..., advising on": help given
            r"supported (?:the|its|an?)|advis(?:ed|ing) (?:on|the)|assisted (?:the|its)|"
            # support given by peers: "mission d'appui par les pairs", "peer support"
            r"appui par les pairs|missions? d['’]appui|peer[- ]support|support missions?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        ActivityKind.TRAINING,
        re.compile(
            r"\b(?:training|formation|BRIDGE|trained|trains?|formés?|formées|"
            # a course taken: "completed a course in", "the specialised course on"
            r"(?:complete[sd]?|attended|took|followed|speciali[sz]ed|training|short|"
            r"intensive|certificate) (?:a |an |the )?(?:[\w-]+ ){0,2}?courses?|"
            r"(?:suivi|suivre) (?:un|le|une|la) (?:[\w-]+ ){0,2}?(?:cours|stage)|"
            r"renforcement des capacités|capacity[- ]building|"
            # a workshop the body gave, or one for a body's staff
            r"(?:led|ran|delivered|gave|conducted|facilitated|a animé|ont animé|animé|"
            r"donné|dispensé)\s+(?:a|an|the|un|une|des|deux|two)?\s*(?:[\w-]+\s+){0,3}?"
            r"(?:workshops?|sessions?|courses?|ateliers?|séances?|cours)|"
            # a workshop given to a body: "Atelier sur ... offert à la CENI"
            r"(?:workshop|atelier|session|séance|cours|course)s?\b[^.;]{0,80}\b(?:offerte?s?|"
            r"donnée?s?|dispensée?s?)\s+(?:à|aux)\b|(?:workshop|course|session)s?\b[^.;]{0,80}"
            r"\b(?:offered|given|delivered) to\b|"
            r"(?:workshop|atelier|session|séance)\b[^.;]{0,80}\b(?:for|destinée? aux|à "
            r"l['’]intention des)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:staff|agents|officials|"
            r"cadres|personnel|formateurs|trainers|commissaires))\b",
            re.IGNORECASE,
        ),
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
            r"\b(?:conferences?|meetings?|seminars?|workshops?|committee|forum|round[- ]?tables?|"
            r"tables? rondes?|webinars?|webinaires?|panels?|"
            r"symposium|journées|working sessions?|exchange|sharing|share|work missions?|"
            r"retreats?|retraites?|"
            # a study visit or tour, told as such: "visite d'étude", "séance de travail"
            r"study (?:visits?|tours?|trips?)|(?:visites?|voyages?|missions?) d['’](?:étude|"
            r"échanges?)|séances? de travail|tournée|"
            r"colloques?|séminaires?|ateliers?|réunions?|conférences?|rencontres?|échanges?)\b",
            re.IGNORECASE,
        ),
    ),
]

# A label over receptions ("Hosting of delegations", "Accueil de délégations"); not a
# breadcrumb's "Accueil" (home page).
_RECEPTION_LABEL = re.compile(
    r"welcom|reception|hosting|accueil\s+(?:de|des|d['’])\s", re.IGNORECASE
)


# The speakers were the guests: "nous étions à Ottawa, reçus par ...", "we were welcomed by
# our hosts": their visit there, not a delegation they received.
_WE_WERE_RECEIVED = re.compile(
    r"\b(?:nous|we)\b[^.;]{0,60}\b(?:accueilli\w*|reçu(?:e?s)?|welcomed|hosted|received)\s+"
    r"(?:par|by)\b",
    re.IGNORECASE,
)


# What a training was about: "trained 30 observers on long-term observation".
_ON_TOPIC = re.compile(
    r"\b(?:on|about|regarding|sur|concernant)\s+(?:(?:la|l['’]|les|the)\s*)?(?:[\w-]+\s+){0,2}$"
)
_TRAINED = re.compile(r"\b(?:trained|training|formé\w*|formation)\b", re.IGNORECASE)


def _topic_only(pattern: re.Pattern[str], text: str) -> bool:
    """Whether every observation word of a text telling a training is its topic."""
    hits = list(pattern.finditer(text))
    return bool(hits) and all(
        _ON_TOPIC.search(text[max(0, h.start() - 40) : h.start()])
        and _TRAINED.search(text[max(0, h.start() - 120) : h.start()])
        for h in hits
    )


# Citizen observers' groups: "citizen observer groups", "réseaux d'observateurs nationaux".
_CITIZEN_OBSERVERS = re.compile(
    r"\b(?:citizen|domestic|national|local|non-?partisan)\s+observer\s+(?:groups?|networks?|"
    r"organi[sz]ations?)|\b(?:réseaux?|groupes?|organisations?) d['’]observateurs? (?:nationaux|"
    r"citoyens|domestiques)",
    re.IGNORECASE,
)


def kind_named(text: str, *, reception: bool = True) -> ActivityKind | None:
    """The kind of activity a text names, if any: the first kind by priority, but a
    general assembly or a meeting, whichever the text names first."""
    if reception and _WE_WERE_RECEIVED.search(text):
        reception = False
    # citizen observers' groups are bodies a training or meeting is for, no mission
    text = _CITIZEN_OBSERVERS.sub(" ", text)
    for kind, pattern in _KIND_PATTERNS[:-2]:
        if kind is ActivityKind.RECEPTION and not reception:
            continue
        if kind is ActivityKind.OBSERVATION and _topic_only(pattern, text):
            continue  # "trained ... on long-term observation": a training about it
        if pattern.search(text):
            return kind
    general = _KIND_PATTERNS[-2:]
    hits = [(m.start(), kind) for kind, pattern in general if (m := pattern.search(text))]
    return min(hits)[1] if hits else None


# A body visiting the page's publisher: "Ghana's Electoral Commission visits IFES".
_VISITS = re.compile(
    r"\b(?:visits?|visited|rend visite (?:à|au)|en visite (?:à|au|chez))\s+"
    r"(?:the\s+|la\s+|le\s+|l['’])?",
    re.IGNORECASE,
)


def _visits_home(ex: PageContext, text: str) -> bool:
    """Whether a text tells a body visiting the page's publisher ("... visits IFES")."""
    names = [ex.page.meta.publisher] if ex.page.meta.publisher else []
    home = ex.g.organizations.get(ex.home_id) if ex.home_id else None
    if home is not None:
        names += [n for n in (home.acronym, home.name_en, home.name_fr, *home.aliases) if n]
    wanted = [fold(n).lower().removeprefix("the ") for n in names]
    return any(
        fold(text[m.end() :]).lower().removeprefix("the ").startswith(tuple(wanted))
        for m in _VISITS.finditer(text)
        if wanted
    )


# People trained: "trained 28 members of", "a formé 40 agents" (not "the training provided").
_TRAINED_PEOPLE = re.compile(r"\b(?:trained|(?:a|ont) formé)\s+(?:[\w-]+\s+){0,2}?\d", re.I)

# A workshop may be a meeting or a training: its text tells which.
_WORKSHOP = re.compile(r"\b(?:workshops?|ateliers?|seminars?|séminaires?|sessions?)\b", re.I)


def activity_kind(
    ex: PageContext,
    section: Section,
    trip: Trip,
    heading: Sentence | None,
    sents: Sequence[Sentence],
    *,
    reception: bool = True,
) -> ActivityKind:
    """The kind of the trip's activity (``sents``: its section's sentences); with
    ``reception`` False, never a reception (a body received abroad went there)."""
    if reception and section.label is not None and _RECEPTION_LABEL.search(section.label.text):
        return ActivityKind.RECEPTION
    if reception and heading is not None and _visits_home(ex, heading.text):
        return ActivityKind.RECEPTION  # "Ghana's Electoral Commission visits IFES"
    first: list[Sentence] = []
    separate = own_paragraph(trip, section)  # a later dated paragraph: its own words
    if heading and not in_item(trip, section) and not separate:
        first.append(heading)  # a list item is judged by its own words
    if trip.kind_text is not None:
        first = [s for s in trip.own if s.text == trip.kind_text]
    elif trip.anchor_sentence:
        first.append(trip.anchor_sentence)
    own = {s.start for s in trip.own}
    texts = [
        " ".join(ex.without_names(s) for s in first),
        # (what the body will do next is not this trip's kind: "examinera l'envoi d'une
        # mission exploratoire")
        " ".join(
            ex.without_names(s)
            for s in trip.own
            if s is trip.anchor_sentence or not FUTURE_WORD.search(s.text)
        ),
    ]
    if heading and in_item(trip, section) and not separate:
        # a table's or list's own title over its rows ("Missions d'observation – 2016")
        # before the words around it
        texts.append(ex.without_names(heading))
    if not separate:
        texts += [
            # then the words that introduce a list of dated items ("trois missions
            # d'évaluation ..., à ces dates :"), not the other items
            " ".join(
                ex.without_names(s)
                for s in sents
                if s.start not in own
                and not FUTURE_WORD.search(s.text)  # what the body will do next
                and not (
                    0 <= s.paragraph < len(section.paragraphs)
                    and section.paragraphs[s.paragraph].item
                )
            ),
        ]
    for i, text in enumerate(texts):
        named = kind_named(text, reception=reception)
        if (
            named is ActivityKind.CONFERENCE
            and i == 0
            and _WORKSHOP.search(text)
            and _TRAINED_PEOPLE.search(texts[1])
        ):
            return ActivityKind.TRAINING  # a workshop whose own text says it trained people
        if named is not None:
            return named
    if ELECTION_NOUN.search(fold(texts[0])):
        return ActivityKind.OBSERVATION  # a page or heading about an election day
    if re.search(r"\bmissions?\b", texts[1], re.IGNORECASE) and ELECTION_NOUN.search(
        fold(texts[1])
    ):
        return ActivityKind.OBSERVATION  # "Pour les élections fédérales ..., a mené une mission"
    return (
        ActivityKind.TECHNICAL_ASSISTANCE
        if re.search(r"\bmissions?\b", texts[1], re.IGNORECASE)
        else ActivityKind.CONFERENCE
    )
