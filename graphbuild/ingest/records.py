"""Trips -> activity records: the rules that make a trip a record, or no record.

A record is built from a trip (``trips.py``) and its section: places (``places.py``), kind
(``kinds.py``), dates and their phrase (years: ``years.py``), organisations and their roles
(``roles.py``), people and the publisher's posts and head count (``people.py``), elections
(``elections.py``), named events (``events.py``) and a title. A reception is held at home,
the countries named being where the delegation came from; one told abroad ("une visite
d'étude à Cotonou ... auprès de la CENA") is the body's trip there. A list item that names
its own place is read alone, not with its section's heading. A trip is no record, and is
reported, when:

- it has no place (``no-place``);
- it tells an agreement signed, with no trip or meeting (``agreement``);
- it is a domestic task of the publisher (a school workshop, a booth at a teachers'
  conference): at home, no reception, no foreign or international body taking part, no word
  of foreign visitors or of an international event (``domestic``).

Once a page's records are built, a record whose days fall within another's range in the same
countries (the meeting day of a listed event, told again in the report below it) is that
trip's, not a record of its own.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence
from types import EllipsisType

from graphbuild.ingest.context import PageContext
from graphbuild.ingest.date_roles import (
    ONLINE_VENUE,
    ONLINE_WORDS,
    Dated,
    act_day,
    announced_stay,
    first_dateline_day,
    in_photo_caption,
    last_dateline_day,
    photo_captions,
    publication_day,
    tells_future,
)
from graphbuild.ingest.dates import PartialDate, find_dates
from graphbuild.ingest.elections import ELECTION_NOUN, trip_elections
from graphbuild.ingest.events import named_events
from graphbuild.ingest.kinds import (
    IN_OTHERS_PROGRAMME,
    MISSION_PRESENT,
    THE_EVENT_AGAIN,
    activity_kind,
    home_names,
    kind_named,
    observation_mission_received,
    page_title,
    page_title_kind,
    received_evaluation,
    under_reception_title,
)
from graphbuild.ingest.layout import (
    CELL_BREAK,
    ITEM_MARK,
    PROGRAMME_TITLE,
    WEEKDAY_START,
    Block,
    BlockKind,
    Section,
    column_header,
    date_alone,
    is_table_row,
    sections,
    table_header,
)
from graphbuild.ingest.lexicon import WORDS, alternatives
from graphbuild.ingest.names import NameHit, fold
from graphbuild.ingest.people import dgeq_roles, find_people
from graphbuild.ingest.places import (
    AT_ITS_SEAT,
    country_field,
    dateless_dateline_place,
    dateline_place,
    listed_country,
    locations,
    masthead_country,
    place_column_cells,
    programme_country,
    record_places,
    title_country,
    unknown_places,
    visitor_column_cells,
)
from graphbuild.ingest.publisher import (
    INTERNATIONAL_NAME,
    country_in_name,
    held_by_the_publisher,
    stated_seat,
)
from graphbuild.ingest.relative_dates import numbered_days
from graphbuild.ingest.roles import (
    jurisdictions,
    organizations,
    page_body_country,
    represented_bodies,
    unknown_org_names,
)
from graphbuild.ingest.sentences import (
    Sentence,
    heading_sentence,
    is_info,
    section_sentences,
    split_sentences,
)
from graphbuild.ingest.text import WHITESPACE
from graphbuild.ingest.trips import (
    TAKING_PART,
    TRAVEL,
    Trip,
    anchor_clause,
    in_item,
    international_bodies,
    own_paragraph,
    page_sections,
    tells_another,
)
from graphbuild.pattern_cache import compile_pattern
from graphbuild.records import (
    Activity,
    ActivityKind,
    DatePrecision,
    Organization,
    OrgRole,
    PartyRole,
    Span,
)

# A line of a place and a day, nothing else: "Warsaw, 12 July 2024".
_PLACE_AND_DAY = compile_pattern(
    r"\s*[A-ZÀ-Ý][\w'’. -]{1,40},\s*(?:le\s+)?[0-3]?\d(?:er)?\s+[^\W\d_]{3,12}\.?\s+"
    r"(?:19|20)\d\d\s*"
)


# What is left of a label once its places are taken out: commas, "and", brackets.
_ONLY_PLACES = compile_pattern(r"[\s,()/–-]*(?:(?:and|et|the|la|le)[\s,()/–-]+)*")


def _place_names(ex: PageContext, s: Sentence) -> re.Pattern[str]:
    """A pattern of the place and country names the gazetteer finds in ``s``."""
    names = sorted(
        {h.text for h in ex.hits(s) if h.category in ("place", "country")}, key=len, reverse=True
    )
    return re.compile("|".join(re.escape(n) for n in names) or r"(?!)")


def _label_place(ex: PageContext, section: Section) -> tuple[list[str], list[str]] | None:
    """The country and cities of a label that is a place, or ends with one after its
    category ("Republic of Moldova", "Workshop · Windhoek, Namibia"); None for another."""
    if section.label is None:
        return None
    at = section.label.text.rfind(" · ") + 1  # (0: the whole label)
    start = section.label.start + (at + 2 if at else 0)
    label = Sentence(start, section.label.end, ex.clean[start : section.label.end], -1)
    named = locations(ex, label, heading=True)
    if len(named[0]) != 1 or not _ONLY_PLACES.fullmatch(
        _place_names(ex, label).sub("", label.text)
    ):
        return None
    return named


def build_record(
    ex: PageContext,
    section: Section,
    trip: Trip,
    dated: list[Dated],
    sents: list[Sentence],
    peers: Sequence[Trip],
) -> Activity | None:
    """The record of ``trip``, one of the trips of ``section`` (``peers``), or None when it
    is no record (reported). ``dated``, ``sents``: the section's dates and sentences."""
    heading = heading_sentence(section)
    own_set = {s.start for t in peers for s in t.own}
    shared = [s for s in sents if s.start not in own_set] if trip.anchor_sentence else []
    placing = shared
    if any(_DEFAULT_VENUE.search(s.text) for s in shared):
        # (the page's word on where its courses are held places its courses alone, below)
        shared = placing = [s for s in shared if not _DEFAULT_VENUE.search(s.text)]
    if trip.anchor_sentence is not None and is_table_row(trip.anchor_sentence.text):
        # (a table's row is placed by its own cells, not by the other rows)
        placing = [s for s in shared if not is_table_row(s.text)]
    elif in_item(trip, section):
        # (nor is a list item by the other items: "– A participé au programme ... (Québec
        # et Montréal, ...)" under items naming Guinea-Bissau and the Comoros)
        placing = _outside_items(section, shared)
    if (in_item(trip, section) or placing is not shared) and len(
        {c for s in placing for c in locations(ex, s)[0]}
    ) > 1:
        # (nor by the text around a list or a table naming the places of several of its
        # entries: "Le voyage d'études au Bénin ..." / "À Libreville, ...", under a table)
        placing = []
    if (
        in_item(trip, section)
        and trip.anchor_sentence is not None
        and sum(p.item for p in section.paragraphs) > 1
    ):
        # (nor by a note below the list, told after its items: "... the observation mission
        # to Mongolia was carried out jointly with ...")
        placing = [s for s in placing if s.start < trip.anchor_sentence.start]
    # Places: heading and anchor sentence first, then the trip's own text, then the rest;
    # a later paragraph with its own date is placed by its own words before the heading's.
    # (a lone trip is the heading's, whatever paragraph its date opens)
    separate = own_paragraph(trip, section) and len(peers) > 1
    # a later trip whose own sentence says where it was ("The workshop follows a study visit
    # in late January, when ... in Stockholm, Sweden"): placed there, not by the heading
    # (so is the first of several, when the heading names the places of all: "un atelier à
    # Lomé, puis une table ronde à Abidjan")
    later = (
        len(peers) > 1
        and trip.anchor_sentence is not None
        and bool(locations(ex, trip.anchor_sentence)[0])
        and (trip is not peers[0] or _names_others(ex, heading, trip.anchor_sentence))
    )
    if _held_online(ex, section, trip):
        _not_recorded(ex, trip, sents, "online", "an event held online, with no trip")
        return None
    if _no_mission_in_its_row(ex, trip):
        _not_recorded(ex, trip, sents, "no-activity", "a table row whose mission cell is empty")
        return None
    # (the entry's line: its dated sentence, or a timeline's line dated by its year alone)
    entry_line = trip.anchor_sentence or (sents[0] if sents and section.heading is None else None)
    if entry_line is not None and _FOR_MEMORY.search(entry_line.text):
        _not_recorded(ex, trip, sents, "no-activity", "an entry kept for the record")
        return None
    if entry_line is not None and _YEAR_TO_COME.match(entry_line.text):
        _not_recorded(ex, trip, sents, "planned", "an entry whose year is told to come")
        return None
    if entry_line is not None and _CAREER_ENTRY.match(entry_line.text):
        _not_recorded(ex, trip, sents, "domestic", "a step of a career at home")
        return None
    if _announced_under_its_stamp(section, trip, heading):
        _not_recorded(ex, trip, sents, "planned", "an announcement of what is to come")
        return None
    countries, cities = record_places(
        ex,
        heading=None if separate or later else heading,
        anchor=trip.anchor_sentence,
        own=trip.own,
        shared=[] if separate or later else placing,
        split=trip.countries,
    )
    if _told_as_national(ex, trip, countries, sents):
        _not_recorded(ex, trip, sents, "domestic", "told as the country's own affairs")
        return None
    labelled = _label_place(ex, section) if not (separate or later) else None
    if labelled is not None:
        # the place the section's label is ("Republic of Moldova" over a report's title,
        # "Workshop · Windhoek, Namibia" over a card's), where the section's text names none
        # but the line of where and when the report was issued ("Warsaw, 12 July 2024")
        issued = {
            d.sentence.start
            for d in dated
            if d.role == "publication"
            and d.sentence is not trip.anchor_sentence
            and _PLACE_AND_DAY.fullmatch(d.sentence.text)
        }
        if not countries or any(s.start in issued for s in (*trip.own, *placing)):
            unissued = record_places(
                ex,
                heading=heading,
                anchor=trip.anchor_sentence,
                own=[s for s in trip.own if s.start not in issued],
                shared=[s for s in placing if s.start not in issued],
                split=trip.countries,
            )
            countries, cities = unissued if unissued[0] else labelled
    if trip.anchor_sentence is not None and _SAME_PLACE.search(trip.anchor_sentence.text):
        # held where the trip told before it was: "Le vendredi 3 mars, les organismes membres
        # se sont réunis au même endroit en assemblée générale"
        at = trip.anchor_sentence.start
        earlier = [
            p.anchor_sentence
            for p in peers
            if p.anchor_sentence is not None and p.anchor_sentence.start < at
        ]
        there = locations(ex, earlier[-1]) if earlier else ([], [])
        if there[0]:
            countries, cities = there
    if (
        countries
        and not trip.countries
        and trip.anchor_sentence is not None
        and _IN_THE_COUNTRY.search(trip.anchor_sentence.text)
        and not locations(ex, trip.anchor_sentence)[0]
        and title_country(ex)
    ):
        # "was deployed in the country from February 12 to 20": the country of the page's
        # title, not one the rest of the section names ("thanks the governments of Canada,
        # Spain, the United States")
        countries, cities = title_country(ex), []
    home_country = ex.home.country if ex.home is not None else None
    if (
        separate
        and not countries
        and home_country
        and not any(TRAVEL.search(s.text) for s in trip.own)
    ):
        # a paragraph of its own, no place and no journey ("Par ailleurs, le 30 septembre, le
        # directeur a déposé son rapport à l'Assemblée nationale"): at home
        countries, cities = [home_country], []
    if (
        separate
        and not countries
        # (not, on a paper's page, an event at the body's own seat, its country not known:
        # "le président de la CENI a réuni au siège de l'institution les partis politiques")
        and not (
            ex.page.meta.publisher_kind == "press"
            and home_country is None
            and trip.anchor_sentence is not None
            and AT_ITS_SEAT.search(trip.anchor_sentence.text)
        )
    ):
        countries, cities = record_places(
            ex,
            heading=heading,
            anchor=trip.anchor_sentence,
            own=trip.own,
            shared=placing,
            split=trip.countries,
        )
    if (
        not countries
        and not trip.countries
        and trip.anchor is not None
        and trip.anchor_sentence is not None
        and trip.anchor.start_offset - trip.anchor_sentence.start <= 3
        and _LABEL_AFTER.match(ex.clean, trip.anchor.end_offset)
        # (what was done, not a project's administrative step: "Juin 2016 : clôture
        # administrative du projet")
        and kind_named(trip.anchor_sentence.text) is not None
    ):
        # a programme's milestone, its date as its label: in the country of the page's title
        # ("Q4 2022: Voter register assessment ... in all ten provinces" on IFES's "Zambia:
        # Electoral Integrity and Inclusion Program")
        countries = programme_country(ex)
    if not countries and not trip.countries and in_item(trip, section):
        # a project sheet's list item naming no place we know: in the country of the sheet's
        # field ("Pays : Madagascar" / "- Acheminement du matériel électoral vers les
        # districts ..., depuis les entrepôts de Toamasina")
        countries = country_field(ex)
    if not countries and unknown_places(ex, trip.own, jurisdictions(ex)):
        # a town the gazetteers lack ("BRIDGE training ... | Mangochi | 14–18 Aug 2023"): in
        # the one country the page's title names, if it names one ("Support to the 2025
        # Electoral Cycle in Malawi")
        countries = title_country(ex)
    # (a trip's own venue line when the section tells several: each list item its own)
    told = trip.own if len(peers) > 1 else sents
    venue = [s for s in told if _VENUE_FIELD.match(s.text) and locations(ex, s)[0]]
    if venue and not trip.countries:
        # a listing entry's "Venue: Apia, Samoa" says where, whatever its title names
        countries, cities = locations(ex, venue[0])
    listed = [
        s
        for s in sents
        if 0 <= s.paragraph < len(section.paragraphs)
        and section.paragraphs[s.paragraph].detail
        # (above its text: "Lomé (Togo)" / title / text, or under its date line: title /
        # "Mon, 23 Sep 2019 – Fri, 27 Sep 2019" / "Stockholm, Sweden" / text)
        and (
            s.paragraph < (trip.anchor_sentence.paragraph if trip.anchor_sentence else 0)
            or (
                trip.anchor_sentence is not None
                and s.paragraph == trip.anchor_sentence.paragraph + 1
                and section.paragraphs[trip.anchor_sentence.paragraph].detail
            )
        )
        # (not a dateline: "Tunis, le 8 décembre 2015" is where the news was written, nor
        # the place under the news item's date: "March 12, 2019" / "Washington, DC")
        and not any(
            d.role == "publication"
            and (d.sentence.start == s.start or d.sentence.paragraph == s.paragraph - 1)
            for d in dated
        )
        and locations(ex, s, heading=True)[0]  # (a place line names its place bare)
        # (nor a post's stamp under its author's name: "CENA Bénin @CENA_Benin · 15 sept.")
        and not _POST_STAMP_LINE.search(s.text)
    ]
    if listed and not venue and not trip.countries and len(peers) == 1:
        # an entry's place line above its text ("Lomé (Togo)" / title / "Du lundi 30 août
        # ..., dans les locaux de la CENI du Togo ... d'Élections Canada"): where it was
        line = locations(ex, listed[0], heading=True)
        own_place = locations(ex, trip.anchor_sentence) if trip.anchor_sentence else ([], [])
        # (but not a line naming the places of several steps, "Après Accra, Koudougou", over
        # a text that names its own city among them, "... à Accra, au Ghana": that one)
        if not (own_place[1] and set(own_place[0]) < set(line[0])):
            countries, cities = line
    # (the title of a speech given on its dateline's day names that day's event, not the
    # missions the speech recalls: "REMARKS ... AT THE SEMINAR" / "February 5, 2020 - Mexico
    # City" / "When our team arrived in La Paz on October 15 last year")
    kind_heading = None if trip is not peers[0] and _dateline_trip(ex, peers[0]) else heading
    kind = activity_kind(
        ex, section, trip, kind_heading, sents, later=trip is not peers[0], alone=len(peers) == 1
    )
    kind, countries, cities = _reception(ex, section, trip, heading, sents, kind, countries, cities)
    home_country = ex.home.country if ex.home is not None else None
    if (
        kind in (ActivityKind.OBSERVATION, ActivityKind.TRAINING)
        # (an observation mission received for a vote, with its days there, stays that
        # mission's: "a accueilli et accrédité la mission d'observation de l'UA, présente
        # en Guinée du 12 au 22 octobre")
        and not observation_mission_received(trip.own)
        and home_country
        and countries == [home_country]
        and (
            any(
                _VISITORS.search(s.text)
                # (guests from abroad following the vote; not a course's: "BRIDGE course ...
                # with participants from nine countries")
                or (kind is ActivityKind.OBSERVATION and _GUESTS_FROM_ABROAD.search(s.text))
                for s in ([heading] if heading else []) + trip.own
            )
            # (or a page of the programme's editions, its title naming it: "Programme des
            # visiteurs internationaux" / "41e élection générale (2011)" / "Le programme
            # s'est tenu à Ottawa du 28 avril au 3 mai 2011")
            # (an observation of its own vote, not a course at home on a page of a programme
            # abroad: "LA CEI AU PROGRAMME DES VISITEURS ... DE L'ELECTORAL COMMISSION")
            or (kind is ActivityKind.OBSERVATION and _VISITORS.search(page_title(ex)) is not None)
        )
    ):
        # the publisher's own election visitors' programme, held at home: visitors received
        # (its briefings on "the training of some 230,000 election workers" are its topics;
        # "thirty guests from fourteen election bodies followed the first round")
        kind = ActivityKind.RECEPTION
    host = _hosting_body(ex, trip.own) if ex.home is None else None
    if host is not None and not (
        host.country in countries
        and (
            kind is ActivityKind.RECEPTION
            or (
                kind is ActivityKind.OBSERVATION
                and any(_VISITORS.search(s.text) for s in ([heading] if heading else []) + trip.own)
            )
        )
    ):
        host = None
    if host is not None:
        # a paper telling a body hosting visitors ("Élections Canada accueille depuis samedi
        # des membres d'organismes électoraux de onze pays"): received at that body's home,
        # the other countries named being the visitors'
        kind = ActivityKind.RECEPTION
        countries, cities = _home_of(ex, host)
    if (
        kind is ActivityKind.RECEPTION
        and home_country is None
        and ex.home is not None
        and any(_received_there(ex, s.text) for s in trip.own)
    ):
        # an international body's own mission "received by members of the National Congress"
        # where it went: its mission, not a reception (so is a body the gazetteers lack: its
        # party "hosted in Pretoria by the Electoral Commission of South Africa")
        kind = activity_kind(ex, section, trip, heading, sents, reception=False)
    if (
        kind is ActivityKind.RECEPTION
        and home_country is None
        and ex.page.meta.publisher_kind != "press"
    ):
        # a body the gazetteers lack received visitors: at home, where its news is dated
        # from ("ELECAM accueille une délégation de la CENA du Bénin" / "Yaoundé, le 7 mars")
        # (its own dateline first: a gallery's caption, a digest's item; then the nearest
        # before it, its item's: "Strasbourg, 26.01.2017 – Des députés marocains reçus à
        # l'Assemblée" under items dated from Rabat and Chisinau)
        at = trip.anchor_sentence.start if trip.anchor_sentence is not None else 0
        nearest_first = sorted(
            sents, key=lambda s: (s.start > at, -s.start if s.start <= at else s.start)
        )
        told_from = _dateline_places(ex, [*trip.own, *nearest_first])
        abroad = _told_places(ex, trip)
        if (
            told_from[0]
            and abroad
            and not abroad & set(told_from[0])
            and not any(AT_ITS_SEAT.search(s.text) for s in trip.own)
        ):
            # received abroad, told from home ("Cotonou, le 12 octobre" / "est arrivée à
            # Niamey ... a été reçue par le président de la CENI"): the body's trip there
            kind = activity_kind(ex, section, trip, heading, sents, reception=False)
        elif told_from[0]:
            countries, cities = told_from
    if (
        not countries
        and home_country
        and any(_RECEIVED_BY.search(s.text) or _for_the_home_body(ex, s) for s in trip.own)
    ):
        # "mission d'information de l'OIF, reçue par le Bureau de la CENI": at the publisher's
        # (or done for it: "le PNUD a mis deux experts à la disposition de la CEI")
        countries = [home_country]
    if (
        not countries
        and home_country
        and trip.anchor_sentence is not None
        and _VISITORS_PROGRAMME.search(trip.anchor_sentence.text)
        and _OWN_PROGRAMME.search(trip.anchor_sentence.text)
        and not IN_OTHERS_PROGRAMME.search(trip.anchor_sentence.text)
    ):
        # the publisher's own visitors' programme, no place named ("nous avons tenu un
        # programme de visiteurs internationaux du samedi 1er au mardi 4 octobre"): at home,
        # its visitors received (whatever vote they followed)
        countries = [home_country]
        if kind is ActivityKind.OBSERVATION:
            kind = ActivityKind.RECEPTION
    if (
        not countries
        and trip.anchor_sentence is not None
        and _BESIDE_THE_EVENT.search(trip.anchor_sentence.text)
    ):
        # held before or after the event told before, where that one was: "The AGC was
        # preceded, on Sunday 25 August, by a one-day workshop"
        before = {
            c for s in sents if s.start < trip.anchor_sentence.start for c in locations(ex, s)[0]
        }
        if len(before) == 1:
            countries = list(before)
    if not countries and any(_IN_THE_COUNTRY.search(s.text) for s in trip.own):
        # "a été présente dans le pays du 13 au 23 décembre": the one country the section
        # tells of
        named = (
            {c for s in sents for c in locations(ex, s)[0]}
            # (or named bare, as a title names it: "South Africa: mission for ...")
            or {c for s in sents for c in locations(ex, s, heading=True)[0]}
            or _page_countries(ex)
        )
        if len(named) == 1:
            countries = list(named)
    if not countries and trip.anchor_sentence is not None:
        # a place the gazetteers lack ("workshop in Kandy:") on a page whose title names one
        # country ("Sri Lanka: supporting ..."): in that country
        # (or the page's title under the site's name: "IFES | ..." / "Nigeria: ...")
        titled_countries = _title_countries(ex) or set(title_country(ex))
        unknown = unknown_places(ex, [trip.anchor_sentence], {})
        country_page = _country_page(ex)
        if len(titled_countries) == 1 and unknown:
            countries = list(titled_countries)
        elif len(covered := _cover_countries(ex)) == 1 and any(
            _MISSION.search(s.text) for s in trip.own
        ):
            # a mission's report whose cover names one country ("INTERNATIONAL ELECTION
            # OBSERVATION MISSION" / "UKRAINE" / ...): its mission was there
            countries = list(covered)
        elif country_page is not None and (
            any(
                TRAVEL.search(s.text) or TAKING_PART.search(s.text) or _SENT.search(s.text)
                for s in trip.own
            )
            or unknown_places(ex, trip.own, {})
        ):
            # a country's page ("Home > Where We Work > Asia > Nepal" / "Nepal"): what it
            # tells with no place of its own was in that country (so is a town the
            # gazetteers lack: "a training of trainers ... in Naivasha" on IFES's Kenya page)
            countries = [country_page]
        elif unknown and (listed_in := listed_country(ex, unknown[0].text)):
            # a town the gazetteers lack that the page lists with known cities of one
            # country ("à Abidjan, Grand-Bassam et Yamoussoukro"): in that country
            countries = [listed_in]
        elif unknown and home_country:
            # a town the gazetteers lack, with no country named in the trip's text or its
            # section ("Workshop with IFES | Kumasi" in a commission's report): at home
            countries = [home_country]
        elif (paper := masthead_country(ex)) and unknown_places(ex, trip.own, {}):
            # a town the gazetteers lack in a paper's story naming no country (a workshop
            # "à Saly Portudal" in "Le Soleil – Quotidien national sénégalais"): in the
            # paper's own country
            countries = [paper]
    if (
        not countries
        and trip.anchor_sentence is not None
        and (
            _BESIDE_ANOTHER_EVENT.search(trip.anchor_sentence.text)
            # (or held "at the same venue": the one before's, set after all records are made)
            or _SAME_VENUE.search(trip.anchor_sentence.text)
        )
    ):
        # a day told by the event it came before or after ("The conference was preceded on
        # Monday 24 June by a one-day induction workshop", "la veille de l'assemblée"), with
        # no place of its own: where the page's dateline tells that event from ("London, 28
        # June 2024")
        countries, cities = _page_dateline_places(ex)
        if not countries:
            # (no dateline: where the section's event told before it was, "Good morning from
            # Kigali ... the Biennial Conference, 24–26 June" / "Before the opening, ... took
            # part on Monday 23 June in an induction workshop")
            at = trip.anchor_sentence.start
            preceding = [p for p in peers if p.anchor_sentence and p.anchor_sentence.start < at]
            # (an event of its own, named so; not a committee's meeting on the eve: "La
            # veille, le Comité directeur s'était réuni en marge des travaux")
            if preceding and kind_named(trip.anchor_sentence.text) is not None:
                countries, cities = record_places(
                    ex,
                    heading=heading,
                    anchor=preceding[0].anchor_sentence,
                    own=preceding[0].own,
                    shared=placing,
                    split=preceding[0].countries,
                )
    if (
        not countries
        and trip.anchor_sentence is not None
        and _COURSE_WORD.search(trip.anchor_sentence.text)
        # (not "No residential course was scheduled between March and June 2024, when ...")
        and not _NO_COURSE.search(trip.anchor_sentence.text)
        and (default := _DEFAULT_VENUE.search(ex.clean)) is not None
    ):
        # the page's own word on where its events are held, none of them naming a place
        # ("Programmes are residential and take place at the IIIDEM campus in Dwarka, New
        # Delhi, unless stated otherwise"; "Les formations se déroulent à Ouagadougou")
        said = Sentence(default.start("where"), default.end("where"), default.group("where"), -1)
        countries, cities = locations(ex, said)
    if not countries:
        where = trip.anchor_sentence or (sents[0] if sents else None)
        if where is not None:
            ex.issue("no-place", "a dated trip with no place: not recorded", where.start, where.end)
        return None

    if (trip.anchor_sentence is None or trip.anchor_sentence.paragraph < 0) and any(
        # (not "Les missions prévues en 2020 ont été annulées": other missions, to come)
        _NOT_HELD_TEXT.search(s.text) and not tells_future(_NOT_HELD_TEXT.sub(" ", s.text))
        for s in sents
    ):
        # dated only by its title, and told as not held: "4.4 Mission au Libéria (élections
        # du 10 octobre 2017)" / "Mission annulée faute de financement."
        _not_recorded(ex, trip, sents, "planned", "an entry told as cancelled or postponed")
        return None
    if (
        len(peers) == 1
        and heading is not None
        # the section's one event, its title telling it not held: "... technical workshop
        # (postponed)", "Mission annulée"
        and _NOT_HELD_TITLE.search(heading.text)
    ) or any(
        # an entry's status opening a sentence of its own: "Q3 2024: Mid-term evaluation.
        # Postponed to Q1 2025 at the donors' request."; or closing one of its lines, past a
        # dash: "Bangui (République centrafricaine) — REPORTÉ sine die"
        _NOT_HELD_OPENING.match(s.text) or _NOT_HELD_TAIL.search(s.text)
        for s in trip.own
    ):
        _not_recorded(ex, trip, sents, "planned", "an event told as cancelled or postponed")
        return None
    anchor = trip.anchor_sentence
    entry_text = (
        [anchor, *[s for s in trip.own if s.start > anchor.start][:1]]
        # (the text under an entry's line of its date and place: "Novembre – Port-au-Prince")
        if anchor is not None and len(anchor.text.split()) <= 8
        else [anchor]
        if anchor is not None
        else []
    )
    if any(
        # (with no date of its own: not others' events, "Les missions prévues en 2020 ont été
        # annulées")
        _EVENT_NOT_HELD.search(s.text) and (s is anchor or _no_day_but_votes(s.text))
        for s in entry_text
    ):
        # the entry's event told put off or called off in its own text: "Novembre –
        # Port-au-Prince (Haïti)" / "Le séminaire prévu avec la Chambre des députés a été
        # reporté à une date ultérieure."
        _not_recorded(ex, trip, sents, "planned", "an event told as cancelled or postponed")
        return None
    # (an entry's own status when the section lists several: "Statut : À venir")
    if any(
        # (each of its lines: "Dates: 18/09 – 22/09" / "Status: not held. The visit was ...")
        _NOT_HELD_FIELD.match(line)
        for s in (trip.own if len(peers) > 1 else sents)
        for line in s.text.split("\n")
    ) or (trip.anchor_sentence is not None and _status_not_held(trip.anchor_sentence.text)):
        _not_recorded(ex, trip, sents, "planned", "an entry whose status says it was not held")
        return None

    # Dates.
    precision, start, end, inferred, phrase, phrase_span = _dates(ex, trip)

    around = shared
    if in_item(trip, section):
        # (a list item's bodies are its own and its section's text, not another dated item's:
        # "- **17 décembre** : élections législatives en Tunisie. La mission envisagée avec
        # l'ISIE n'a pas eu lieu." beside "- **29 septembre – 4 octobre**, Québec : ..."; but
        # an undated item, a team member's, is the section's: "- Madame ..., chargée de la
        # liste électorale chez le DGEQ")
        dated_items = {d.paragraph for d in dated}
        around = [
            s for s in shared if not _in_an_item(section, s) or s.paragraph not in dated_items
        ]
    text_sents = ([heading] if heading else []) + trip.own + around
    own_places = {c for s in trip.own for c in locations(ex, s)[0]}
    if own_places and (
        in_item(trip, section)
        # (a later paragraph opening on its own date, in a place its heading does not name:
        # "[Photo] Johannesburg, 14 June 2016 – EISA staff welcome ...")
        or (separate and not own_places <= set(heading_places(ex, heading)))
    ):
        text_sents = list(trip.own)  # a list item with its own place is its own scope
    org_sents = [s for s in text_sents if not is_info(s)]
    if trip.clause is not None:
        # a sentence telling two trips: the bodies of this trip's own clause ("..., with the
        # OIF, in Moroni, and a second officer joined the ECES team in Bamako")
        org_sents = [trip.clause if s is trip.anchor_sentence else s for s in org_sents]
    orgs, unresolved = organizations(ex, org_sents, countries, kind)
    orgs += [
        PartyRole(o, OrgRole.PARTICIPANT)
        for o in represented_bodies(ex, org_sents)
        if o not in {p.org for p in orgs}
    ]
    orgs += [
        PartyRole(o, OrgRole.PARTNER)
        for o in _executing_agencies(ex)
        if o not in {p.org for p in orgs} and o != ex.home_id
    ]
    if host is not None:
        # (the body hosting the visitors is the reception's host)
        orgs = [p for p in orgs if p.org != host.id] + [PartyRole(host.id, OrgRole.HOST)]
    elif kind is ActivityKind.RECEPTION and ex.home is None:
        countries, cities = _host_place(ex, orgs, countries, cities)
    own_text = " ".join(s.text for s in trip.own)
    # (what is to come or what others were invited to is no trip: "invited EC officers to
    # take part in future exchanges")
    done_text = " ".join(
        s.text for s in trip.own if not tells_future(s.text) and not _INVITED_TO.search(s.text)
    )
    # (the signing is what its dated sentence tells, not a link to another agreement: "Pour
    # en savoir plus sur l'entente de coopération conclue avec l'ISIE en 2016")
    anchor = trip.anchor_sentence
    signing = (
        own_text
        if anchor is None
        # (a date alone on its line, over the text it dates: "2009-11-17" / "Memorandum of
        # understanding with ..., signed by exchange of letters")
        else " ".join(
            [anchor.text, *[s.text for s in trip.own if s.start > anchor.start][:1]]
            if date_alone(anchor.text)
            else [anchor.text]
        )
    )
    if (
        _signing_told(signing)
        and not TRAVEL.search(done_text)
        and not TAKING_PART.search(done_text)
        # (signed during a visit, with its days: "signé à Tunis le 12 avril 2016, lors de la
        # visite d'une délégation d'Élections Québec reçue au siège ... du 11 au 13 avril")
        and not _DURING_A_VISIT.search(own_text)
        # (nor by a party come for it, or working there: "arrivée lundi à Niamey ... après
        # deux jours de séances de travail ... Elle regagne Bamako ce vendredi")
        and not _JOURNEY_OR_WORK.search(own_text)
        # (nor by a delegation received for it: "La délégation de l'ECES ... a été reçue par le
        # président de la CENA")
        and not _DELEGATION_RECEIVED.search(own_text)
    ):
        _not_recorded(
            ex, trip, sents, "agreement", "an agreement signed, with no trip or meeting told"
        )
        return None
    if (
        trip.anchor_sentence is not None
        and _COURTESY.search(trip.anchor_sentence.text)
        # (not a call with work of substance: "Courtesy call ... and discussion on the BRIDGE
        # programme"; or its sentence after: "... paid a courtesy visit to the IEC head
        # office in Gaborone on Tuesday. The visitors ... discussed voter registration")
        and not any(
            _SUBSTANCE.search(s.text)
            for s in [
                trip.anchor_sentence,
                *[
                    o
                    for o in trip.own
                    if o.start > trip.anchor_sentence.start
                    and o.paragraph == trip.anchor_sentence.paragraph
                ][:1],
            ]
        )
    ):
        # a call of courtesy, no work together: "audience accordée à l'Ambassadeur ... (visite
        # de courtoisie)", "a courtesy call on the UNDP Resident Representative"
        _not_recorded(ex, trip, sents, "courtesy", "a courtesy call")
        return None
    told = [s for s in trip.own if s.text == trip.kind_text] or trip.own[:1]
    # the heading tells of this trip unless the trip is a later paragraph of its own
    # (nor is a letter's addressee line a title: "Aux membres du Conseil d'administration")
    titled = (
        heading is not None
        and not own_paragraph(trip, section)
        and not _ADDRESSEE.match(heading.text)
    )
    core = ([heading] if heading and titled else []) + (
        # (an entry's "Date : ..." field: the entry's other fields tell it; so do they an
        # agenda's or a diary's day line, "Samedi 4 mai 2024" / "Cérémonie" / "Lancement, à
        # Kayes, de la formation des membres des coordinations régionales")
        list(trip.own)
        if trip.anchor_sentence
        and (
            _DATE_FIELD.match(trip.anchor_sentence.text)
            or _day_line_alone(trip.anchor_sentence.text)
        )
        else [trip.anchor_sentence]
        if trip.anchor_sentence
        else told
    )
    # (a paragraph of its own is judged by the bodies it names itself, not the section's)
    named_here = {h.refs[0] for s in trip.own for h in ex.hits(s) if h.category == "organization"}
    # (so is a table's row among others: "14 nov. | Formation des présidents ... | – |
    # Hammamet" is judged by its own cells, not by the bodies of the other rows)
    row = (
        trip.anchor_sentence is not None
        and is_table_row(trip.anchor_sentence.text)
        and len(peers) > 1
    )
    judged = (
        [p for p in orgs if p.org in named_here or p.org == ex.home_id]
        if separate
        # (a row's bodies: those its cells name, known or not)
        else [
            p
            for p in orgs
            if p.org in named_here
            or p.org == ex.home_id
            or (not p.resolved and p.org.split(" (")[0] in own_text)
        ]
        if row
        else orgs
    )
    home_country = ex.home.country if ex.home is not None else None
    if (
        kind is not ActivityKind.RECEPTION
        and (home_country is None or home_country in countries)
        and any(
            (m := _INTERNAL.search(s.text)) is not None
            # (a network's or an assembly's board is its members' sitting, from several
            # countries: "Board of Directors meeting | International Secretariat, Ottawa")
            and not (_MEMBERS_BOARD.fullmatch(m.group(0)) and _members_body(ex))
            for s in core
        )
    ):
        # an international body's own internal meeting ("le Secrétariat a tenu à Paris sa
        # réunion interne de programmation"): no cooperation with anyone
        _not_recorded(ex, trip, sents, "domestic", "an internal meeting of the publisher")
        return None
    if (
        kind is ActivityKind.TRAINING
        and any(_POLL_WORKERS_TRAINED.search(s.text) for s in core)
        and (
            (
                home_country is not None
                and list(countries) == [home_country]
                # (no other body named at it: not an adviser of another body helping plan it)
                and not any(
                    h.category in ("organization", "generic-organization")
                    and ex.home_id not in h.refs
                    for s in core
                    for h in ex.hits(s)
                )
            )
            # (or told by a paper, in one country, naming no body of another country nor an
            # international one: "une session destinée aux présidents de bureaux s'est ouverte
            # mardi 12 mars à Ali Sabieh")
            or (
                ex.page.meta.publisher_kind == "press"
                and len(countries) == 1
                and not _foreign_body_named(ex, core)
                and not any(
                    h.category == "organization"
                    and (org := ex.g.organizations.get(h.refs[0])) is not None
                    and org.country != countries[0]
                    for s in core
                    for h in ex.hits(s)
                )
            )
        )
    ):
        # the body's poll workers trained at home ("la CENI a organisé à Toamasina un atelier
        # de formation des présidents de bureaux de vote"): its domestic task
        _not_recorded(ex, trip, sents, "domestic", "a body training its own poll workers")
        return None
    if any(_OWN_STAFF_TRAINED.search(s.text) for s in core):
        # a body training its own staff ("l'ANGE avait formé à Moundou une trentaine de ses
        # agents"): its domestic task, whoever it is
        _not_recorded(ex, trip, sents, "domestic", "a body training its own staff")
        return None
    if (
        # (the debriefing the date is of, told just before it; not a trip told before its
        # debriefing: "De retour de Tunis où il a pris part, du 16 au 18 octobre, au
        # séminaire ..., a livré ses impressions lors d'une séance de restitution")
        _near_the_date(ex, trip, _DEBRIEFING, before=80, after=0)
        and trip.anchor_sentence is not None
        and _AT_A_SEAT.search(trip.anchor_sentence.text)
    ):
        # a trip's debriefing at the body's seat ("présentées aux membres de la Commission
        # lors d'une séance de restitution tenue le lundi 19 mars au siège de la CENA"): its
        # own meeting, not another activity
        _not_recorded(ex, trip, sents, "domestic", "a debriefing at the body's seat")
        return None
    if (
        _near_the_date(ex, trip, _PRESS_CONFERENCE, before=0, after=80)
        # (not a mission's own, reading its statement: "Bamako, 31 juillet 2018 – Conférence
        # de presse : lecture de la déclaration préliminaire")
        and trip.anchor_sentence is not None
        and not _STATEMENT.search(trip.anchor_sentence.text)
    ) or _near_the_date(ex, trip, _AT_A_PRESS_CONFERENCE, before=60, after=0):
        # (or the day told after it: "presented this statement to the media at a press
        # conference in Maputo on 11 October")
        # the day a press conference was given ("Ce jeudi, lors d'une conférence de presse au
        # local du CEP, le conseiller a présenté les leçons de la mission"): what was said,
        # not an activity of its own (a mission's own press conference is within its days)
        _not_recorded(ex, trip, sents, "press", "a press conference")
        return None
    entry = [s for s in trip.own[:2] if s is not trip.anchor_sentence][:1]
    if any(
        _PRESS_TITLE.match(s.text) and not _STATEMENT.search(s.text)
        for s in ([heading] if heading is not None else []) + entry
    ) and (trip.anchor_sentence is None or not _STATEMENT.search(trip.anchor_sentence.text)):
        # an agenda's entry titled as a press conference ("24 mars 2021 · Paris (France)" /
        # "Conférence de presse : bilan de l'accompagnement électoral 2020"), or whose text
        # opens so ("7 nov. 2019 – Bruxelles" / "Conférence de presse de présentation du
        # rapport d'activités"): no activity
        _not_recorded(ex, trip, sents, "press", "a press conference")
        return None
    if (
        trip.anchor is not None
        and (header := column_header(ex.clean, trip.anchor.start_offset)) is not None
        and _SIGNED_COLUMN.fullmatch(header.strip())
    ):
        # a table of agreements by the day each was signed ("Partner | Signed | Remarks" /
        # "Election Commission of India | 9 October 2019 | staff exchanges"): what frames the
        # exchanges, no activity of its own
        _not_recorded(ex, trip, sents, "agreement", "an agreement in a table of signatures")
        return None
    if _near_the_date(ex, trip, _STATEMENT_ON_A_MISSION, before=0, after=120):
        # a statement made at home on a mission, on its day ("Le mardi 4 février 2025, elle a
        # fait au Sénat une déclaration sur la mission d'observation aux États-Unis"): what was
        # said of the mission, not a trip of its own
        _not_recorded(ex, trip, sents, "press", "a statement on a mission")
        return None
    if _near_the_date(ex, trip, _SITE_OR_GUIDE_OUT, before=120, after=80):
        # a body's own publication on its day ("Le site Internet de la CEI a fait peau neuve le
        # 5 février", "launched its new voter guide on"): no activity with another body
        _not_recorded(ex, trip, sents, "publication", "a website or a guide put out")
        return None
    if (
        _near_the_date(ex, trip, _PROJECT_STEP, before=0, after=80)
        # (not a delegation's visit made for the step: "Accueil d'une délégation de la CENI au
        # siège de l'AFD, à Paris, le jeudi 5 décembre 2024, pour la clôture du projet")
        and not _near_the_date(ex, trip, _VISIT_FOR_A_PROJECT_STEP, before=200, after=80)
    ) or _near_the_date(ex, trip, _FUNDING_SIGNED, before=120, after=60):
        # a step of a project's own management, on its timeline ("March – Independent final
        # evaluation of the project completed"): no activity with a body
        _not_recorded(ex, trip, sents, "project", "a step of a project's own management")
        return None
    # (a list item or a table row by its own words: "Nationwide Local Elections | Korea"
    # under "History of International Cooperation")
    told_by = trip.own if in_item(trip, section) else core
    if in_item(trip, section):
        # (not the item's other dated lines, other activities: "– Atelier ..., Lomé, 9-11
        # juil." / "– Séminaire interne de planification ..., Kpalimé, sept.")
        told_by = [
            s
            for s in told_by
            if s is trip.anchor_sentence or not (find_dates(s.text)[0] or _SUB_ITEM.match(s.text))
        ] or told_by
    if kind is ActivityKind.RECEPTION:
        told_by = [*told_by, *(s for s in trip.own if s not in told_by)]  # (its visitors)
    # (the sentences of its paragraph that lead to its date, for the foreign body they name:
    # "... last week hosted 24 officials of the Independent Electoral Commission of The Gambia
    # for a five-day course" / "The course ran from 2 to 6 December at its campus in Monrovia")
    # (or of the paragraphs before, when its date's sentence names the event they tell: "The
    # Electoral Commission this week hosted ... INEC ..." / "The visit ran from Monday, 4 to
    # Thursday, 7 March.")
    back = (
        trip.anchor_sentence is not None
        and bool(THE_EVENT_AGAIN.match(trip.anchor_sentence.text))
        and not any(
            s.paragraph == trip.anchor_sentence.paragraph and s.end <= trip.anchor_sentence.start
            for s in sents
        )
    )
    lead_in = [
        s
        for s in (sents if back else trip.own)
        if trip.anchor_sentence is not None
        and (back or s.paragraph == trip.anchor_sentence.paragraph)
        and s.end <= trip.anchor_sentence.start
    ]
    # (a body named only in what is to come is none this activity had: "Upcoming: the KPU will
    # attend the A-WEB Executive Board meeting in October")
    # (or a name several bodies share, "CENA", that the page tells whose it is elsewhere:
    # "la Commission électorale nationale autonome (CENA) du Sénégal")
    named_now = {
        ref
        for s in org_sents
        if s is trip.anchor_sentence or not tells_future(s.text)
        for h in ex.hits(s)
        if h.category in ("organization", "generic-organization")
        for ref in (
            h.refs[:1]
            if h.category == "organization"
            else [
                r
                for r in h.refs
                if ex.g.organizations[r].country == page_body_country(ex, h.text, h.refs)
            ]
        )
    }
    judged = [p for p in judged if not p.resolved or p.org in named_now or p.org == ex.home_id]
    if (
        _domestic(ex, countries, kind, judged, told_by)
        and not _foreign_body_named(ex, lead_in)
        and not _visitors_list_item(trip, section, sents)
    ):
        _not_recorded(
            ex, trip, sents, "domestic", "an activity at home with no foreign body or visitor"
        )
        return None
    people, unresolved_people = find_people(ex, org_sents)
    unresolved_people += unknown_places(
        ex, ([heading] if heading else []) + trip.own, jurisdictions(ex)
    )
    roles, count = dgeq_roles(ex, trip.own or sents)
    if not isinstance(trip.count, EllipsisType):
        count = trip.count  # one of several trips split from one sentence
    elections = trip_elections(
        ex, trip, dated, countries, start, end, peers=peers, heading=heading, kind=kind
    )
    # (failing an election day of its own, the section's: "la mission d'information et de
    # contact ..., du 22 au 26 janvier" on a page about the vote of 24 March)
    days = [e.date for e in elections if len(e.date) == 10] or [
        d.mention.start.iso()
        for d in dated
        if d.role == "election" and d.mention.start.day and d.mention.start.year
    ]
    anchor_text = trip.anchor_sentence.text if trip.anchor_sentence else own_text
    if kind is ActivityKind.OBSERVATION and _before_the_vote(
        own_text, start, end, days, anchor_text
    ):
        kind = ActivityKind.EVALUATION
    if kind is ActivityKind.RECEPTION and any(
        received_evaluation(s.text) for s in [*trip.own, *([heading] if heading else [])]
    ):
        # a mission come to evaluate the vote or the body's needs, received at home ("a reçu
        # à son siège une mission d'évaluation des besoins"): its evaluation, where it was
        # received
        kind = ActivityKind.EVALUATION
    events = named_events(ex, trip.own + shared, trip)
    title = _title(ex, section, trip, kind, countries, peers)
    heading_span = ex.span(section.heading.start, section.heading.end) if section.heading else None
    paragraphs = sorted({s.paragraph for s in trip.own} | {s.paragraph for s in shared})
    par_spans = tuple(
        ex.span(section.paragraphs[i].start, section.paragraphs[i].end) for i in paragraphs
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


def _announced_under_its_stamp(section: Section, trip: Trip, heading: Sentence | None) -> bool:
    """Whether a trip dated only by its item's stamp line ("Press Release E-058/25 · August
    5, 2025") tells what is to come, in its title and in all its text ("OAS Electoral
    Observation Mission to Bolivia Will Begin Its Work on August 10" / "... the Mission will
    be installed in La Paz ..."): an announcement, its day no activity's."""
    anchor = trip.anchor_sentence
    if anchor is None or heading is None or anchor.start != heading.start:
        return False
    if len(anchor.text.split()) > 12:
        return False  # (a title of its own, not a stamp line)
    title = section.label.text if section.label is not None else ""
    others = [s for s in trip.own if s.start != anchor.start]
    return (
        bool(title)
        and tells_future(title)
        and bool(others)
        and all(tells_future(s.text) for s in others)
    )


def _reception(
    ex: PageContext,
    section: Section,
    trip: Trip,
    heading: Sentence | None,
    sents: list[Sentence],
    kind: ActivityKind,
    countries: list[str],
    cities: list[str],
) -> tuple[ActivityKind, list[str], list[str]]:
    """The kind and places of a reception: held at home, the countries named being where
    the delegation came from; one told abroad is the body's trip there, of another kind."""
    home = ex.g.organizations.get(ex.home_id) if ex.home_id else None
    home_country = ex.home.country if ex.home is not None else None
    # (an international body's seat, where it receives: "Secretariat: Québec City")
    seat = (
        ex.g.places[home.home_city].country
        if home is not None and home.home_city and home.home_city in ex.g.places
        else None
    )
    if (
        kind is ActivityKind.OBSERVATION
        and home_country
        and list(countries) == [home_country]
        and any(_HOSTING.search(s.text) for s in trip.own)
        and not observation_mission_received(trip.own)
    ):
        # an election watched at home with visitors the body hosted ("hosted its
        # International Visitors Program"): their reception, not an observation mission
        kind = ActivityKind.RECEPTION
    if (
        kind is ActivityKind.CONFERENCE
        and home_country
        and list(countries) == [home_country]
        and under_reception_title(trip, heading)
    ):
        # a visit at home told under a title of visits received ("6.2 Delegations hosted" /
        # "... officials of the IEC of Lesotho, in a peer-exchange visit, shared lessons"):
        # received, whatever the words of its exchanges
        kind = ActivityKind.RECEPTION
    if (
        kind is ActivityKind.CONFERENCE
        and home_country
        and list(countries) == [home_country]
        and trip.anchor_sentence is not None
        and _foreign_people_stayed(ex, trip.anchor_sentence, home_country)
    ):
        # a foreign body's people as the subject of a stay at home ("deux conseillères
        # juridiques de l'ISIE ont séjourné à Québec"): visitors received
        kind = ActivityKind.RECEPTION
    if kind is ActivityKind.RECEPTION and (home_country or seat):
        # received abroad ("une visite d'étude à Cotonou ... auprès de la CENA"): the
        # body went there, no reception at home; told by the text's own place words,
        # not a heading's ("Réception d'une délégation du Bénin")
        abroad = _told_places(ex, trip)
        at_home = any(AT_ITS_SEAT.search(s.text) for s in trip.own)
        paragraphs = {o.paragraph for o in trip.own}
        if (abroad and (home_country or seat) not in abroad and not at_home) or _hosted_by_another(
            ex, [s for s in sents if s.paragraph in paragraphs]
        ):
            kind = activity_kind(ex, section, trip, heading, sents, reception=False)
    if kind is ActivityKind.RECEPTION and home is not None:
        # A delegation is received at home: the countries named are where it came from.
        if home.home_city and home.home_city in ex.g.places:
            city = ex.g.places[home.home_city]
            cities, countries = [city.id], [city.country]
        elif home.country:
            # (its town where the text names one at home: "a reçu à Bruxelles une délégation")
            cities = [c for c in cities if ex.g.places[c].country == home.country]
            countries = [home.country]
    elif kind is ActivityKind.RECEPTION and home_country:
        cities = [c for c in cities if ex.g.places[c].country == home_country]
        countries = [home_country]
    elif kind is ActivityKind.RECEPTION and home is None:
        # a publisher the gazetteers lack, its visitors received in a town its own text names
        # ("spent the day with us at Anniversary Towers in Nairobi" under "Welcoming
        # Uganda"): there, not in the visitors' country a heading names
        own = list(
            dict.fromkeys(
                c
                for s in trip.own
                if AT_ITS_SEAT.search(s.text) or _WITH_US.search(s.text)
                for c in locations(ex, s)[1]
            )
        )
        if not own and any(AT_ITS_SEAT.search(s.text) for s in trip.own):
            # (or at the seat the page says its body has, no town in the sentence: "Son
            # siège se trouve à Cotonou" ... "la Commission a reçu à son siège une délégation
            # de la CEI de Côte d'Ivoire", on an encyclopaedia's page about the body)
            own = [seat_city] if (seat_city := _stated_seat(ex)) is not None else []
        if own and set(countries) != {ex.g.places[c].country for c in own}:
            cities = own
            countries = list(dict.fromkeys(ex.g.places[c].country for c in own))
    return kind, countries, cities


def _stated_seat(ex: PageContext) -> str | None:
    """The city the page says its body has its seat in, if it says so (the first such
    statement naming a city of the gazetteers)."""
    return stated_seat(ex.index, ex.g, ex.clean, name=ex.page.meta.publisher or "")


# Visitors at the teller's own place (beside AT_ITS_SEAT's "at our headquarters"): "spent the
# day with us at", "chez nous".
_WITH_US = compile_pattern(r"\b(?:with us|chez nous)\b", re.IGNORECASE)


def heading_places(ex: PageContext, heading: Sentence | None) -> list[str]:
    """The countries a section's heading names as where things happen."""
    return locations(ex, heading, heading=True)[0] if heading is not None else []


# People or a team sent somewhere: "deployed a team of analysts", "a dépêché une mission".
_SENT = compile_pattern(
    r"\b(?:deploy\w*|dispatch\w*|sent|fielded|déploy\w*|dépêch\w*|envoy[ée]\w*)\b", re.IGNORECASE
)


def _country_page(ex: PageContext) -> str | None:
    """The country (alpha-3) a page is about when its title is that country's name alone
    ("Nepal" under "Home > Where We Work > Asia > Nepal"): its first heading or label that
    is not the publisher's name."""
    publisher = fold(ex.page.meta.publisher or "").lower()
    for block in ex.listing_blocks():
        if block.kind.value not in ("heading", "label"):
            continue
        if re.search(r"\S {3,}\S|\t| \| ", block.text.strip()):
            continue  # the site's menu: "About   Peace Programs   Where We Work"
        title = " ".join(block.text.split())
        if fold(title).lower() == publisher:
            continue  # the site's name over the page
        hits = ex.index.find(title)
        if len(hits) == 1 and hits[0].category == "country" and len(hits[0].text) == len(title):
            return hits[0].refs[0]
        if (
            # an international body's office in the country: "UNDP Nepal", "IFES Nigeria"
            len(hits) == 2
            and hits[0].category == "organization"
            and hits[0].start == 0
            and (org := ex.g.organizations.get(hits[0].refs[0])) is not None
            and org.type in _INTERNATIONAL_TYPES
            and hits[1].category == "country"
            and hits[1].end == len(title)
            and not title[hits[0].end : hits[1].start].strip()
        ):
            return hits[1].refs[0]
        return None
    return None


def _title_countries(ex: PageContext) -> set[str]:
    """The countries the page's first heading names ("Sri Lanka: supporting an independent
    Election Commission")."""
    for section in sections(ex.page, blocks=ex.listing_blocks()):
        heading = heading_sentence(section)
        if heading is not None and section.heading is not None:
            if section.heading.kind.value != "heading":
                continue
            return set(locations(ex, heading, heading=True)[0])
    return set()


def _cover_countries(ex: PageContext) -> set[str]:
    """The countries a report's cover names: its title lines (labels and headings) before
    its first text, when they name a mission."""
    lines: list[Block] = []
    for block in ex.blocks():
        if block.kind is BlockKind.BANNER:
            continue
        if block.kind not in (BlockKind.HEADING, BlockKind.LABEL):
            break
        lines.append(block)
    if not any(_MISSION.search(b.text) for b in lines):
        return set()
    found: set[str] = set()
    for b in lines:
        found.update(locations(ex, Sentence(b.start, b.end, b.text, -1), heading=True)[0])
    return found


_MISSION = compile_pattern(r"\bmissions?\b", re.IGNORECASE)


def _page_countries(ex: PageContext) -> set[str]:
    """The countries the page names as where things happen, headings included."""
    found: set[str] = set()
    for section in sections(ex.page, blocks=ex.listing_blocks()):
        heading = heading_sentence(section)
        if heading is not None:
            found.update(locations(ex, heading, heading=True)[0])
        for s in section_sentences(ex.clean, section):
            if not tells_future(s.text):
                found.update(locations(ex, s)[0])
    return found


# Received by someone, told of the visitors: "reçue par le Bureau", "received by the".
_RECEIVED_BY = compile_pattern(
    r"\b(?:reçue?s?|accueillie?s?|received|welcomed|hosted)\s+(?:en audience\s+)?(?:par|by)\b",
    re.IGNORECASE,
)

# Words that make the body named next the one something is done for: "à la disposition de",
# "au profit de", "in support of", "seconded to".
_FOR_BEFORE = compile_pattern(
    r"\b(?:à\s+la\s+disposition|au\s+profit|au\s+bénéfice|en\s+appui|in\s+support|"
    r"for\s+the\s+benefit|at\s+the\s+disposal|seconded|assigned)\s+(?:d[eu]|des|d['’]|à|au|aux|"
    r"of|to)\s*(?:la\s+|le\s+|les\s+|l['’]|the\s+)?$",
    re.IGNORECASE,
)


def _for_the_home_body(ex: PageContext, s: Sentence) -> bool:
    """Whether a sentence tells something done for the publisher, named so ("le PNUD a mis
    deux experts à la disposition de la CEI"): done at its seat."""
    return ex.home_id is not None and any(
        # (by its acronym too, which bodies of other countries share: "la CEI")
        h.category in ("organization", "generic-organization")
        and ex.home_id in h.refs
        and _FOR_BEFORE.search(ex.clean[max(s.start, h.start - 40) : h.start])
        for h in ex.hits(s)
    )


# An event held before or after another, told as such: "was preceded by", "was followed by",
# "a été précédée de" (not a body's own meeting "en marge" of its event: a part of it).
_BESIDE_THE_EVENT = compile_pattern(
    r"\b(?:(?:was|were) (?:preceded|followed)|(?:a|ont) été (?:précédée?s?|suivie?s?)|"
    r"(?:avait|avaient) été précédée?s?)\b",
    re.IGNORECASE,
)


# A visit an agreement was signed during: "lors de la visite d'une délégation", "during the
# visit of", "à l'occasion de la mission".
_DURING_A_VISIT = compile_pattern(
    r"\b(?:lors|au cours|à l['’]occasion|pendant|during|on the occasion)\s+(?:de|d['’]|of)?\s*"
    r"(?:la|le|l['’]|une?|the|a|its|sa|son)?\s*"
    # (its kind or its length before it: "during a benchmarking visit", "during a four-day
    # visit")
    r"(?:(?:study|working|work|benchmarking|official|exchange|fact-finding|courtesy|"
    r"[\w]+-(?:day|week)|(?:two|three|four|five|six|seven|ten)[- ](?:day|week))\s+)?"
    r"(?:visite|visit|mission|séjour|stay)\b"
    # (or on the margins of an event, its days told: "En marge du séminaire que le RECEF a
    # tenu à Dakar du 26 au 28 octobre 2021, la CENI a signé ...")
    r"|\b(?:en marge|on the (?:margins?|sidelines?) of|in the margins? of)\s+"
    r"(?:du|de la|de l['’]|des|the|an?)\s*(?:[\w'’-]+\s+){0,3}?(?:séminaire|atelier|"
    r"conférence|forum|colloque|assemblée|réunion|sommet|seminar|workshop|conference|"
    r"assembly|meeting|summit|session)s?\b",
    re.IGNORECASE,
)

# Where the activity told before was: "au même endroit", "at the same venue".
_SAME_PLACE = compile_pattern(
    r"\b(?:au même (?:endroit|lieu)|dans les mêmes locaux|sur les mêmes lieux|"
    r"at the same (?:venue|place|location|hotel)|in the same (?:venue|place|city|hall))\b",
    re.IGNORECASE,
)

# The country the page tells of, not named again: "dans le pays", "in the country".
_IN_THE_COUNTRY = compile_pattern(
    r"\b(?:dans\s+le\s+pays|sur\s+place|sur\s+le\s+terrain|in\s+the\s+country|in-country|"
    r"in\s+country|on\s+the\s+ground)\b",
    re.IGNORECASE,
)

# A listing entry's fields: where it was held, and a status saying it was not (yet) held.
_VENUE_FIELD = compile_pattern(
    r"\s*(?:[-–•·*▪]\s*)?(?:venue|lieu|location|localisation|place|where|où)\s*:", re.IGNORECASE
)
# An entry told as not held: "Mission annulée faute de financement", "was postponed".
# (the words themselves, shared by the patterns below)
_NOT_HELD = r"annulée?s?|cancell?ed|reportée?s?|postponed"
_NOT_HELD_TEXT = compile_pattern(
    rf"\b(?:{_NOT_HELD}|n['’]a pas eu lieu|did not take place|non déployée?s?|not deployed)\b",
    re.IGNORECASE,
)
# An event told put off or called off, as its sentence's subject: "Le séminaire prévu avec la
# Chambre des députés a été reporté", "The workshop planned in Bangui was cancelled".
_EVENT_NOT_HELD = compile_pattern(
    # (or "A planned regional workshop in Suva was moved to the first quarter of next year")
    # (or after a label saying so: "Not carried out in 2019: the exchange visit ... was dropped")
    r"^(?:[^.:;\n]{0,40}:\s*)?\W*(?:le|la|l['’]|les|the|an?|une?)\s*(?:[\w'’-]+\s+){0,2}?"
    r"(?:séminaire|atelier|mission|"
    r"formation|réunion|visite|conférence|assemblée|workshop|seminar|training|meeting|visit|"
    r"conference|assembly)s?\b[^.;]{0,80}?\b(?:a été|ont été|est|sont|was|were|has been|"
    r"have been)\s+(?:finalement\s+|eventually\s+)?(?:reportée?s?|annulée?s?|ajournée?s?|"
    r"postponed|cancell?ed|called off|deferred|rescheduled|pushed back|moved to|"
    r"reprogrammée?s?|repoussée?s?|dropped|abandoned|abandonnée?s?|called off)\b",
    re.IGNORECASE,
)
# A vote's name just before its day: "after the Fijian general election of 14 December".
_VOTE_JUST_BEFORE = compile_pattern(
    r"\b(?:elections?|polls?|votes?|referendums?|référendums?|scrutins?|présidentielles?|"
    r"législatives?|municipales?)\b[^.;]{0,30}$"
    # (or the new time the event was put off to: "was moved to the first quarter")
    r"|\b(?:moved|postponed|rescheduled|pushed back|deferred|reportée?s?|repoussée?s?|"
    r"reprogrammée?s?)\s+(?:(?:to|until|till|à|au|aux|jusqu['’]au)\b)?[^.;]{0,12}$",
    re.IGNORECASE,
)


def _no_day_but_votes(text: str) -> bool:
    """Whether a sentence dates nothing but the votes it names and the time its event was put
    off to ("A planned regional workshop in Suva was moved to the first quarter of next year,
    after the Fijian general election of 14 December")."""
    return all(_VOTE_JUST_BEFORE.search(text[: m.start_offset]) for m in find_dates(text)[0])


# A title saying its event was not held, the word closing it or opening it: "... technical
# workshop (postponed)", "Mission to Mali cancelled", "Annulé : atelier de Lomé".
_NOT_HELD_TITLE = compile_pattern(
    rf"(?:[(\[–—-]\s*|\s)(?:{_NOT_HELD})\s*[)\]]?\s*$|^\W*(?:{_NOT_HELD})\s*[:–—-]",
    re.IGNORECASE,
)
# The colon or dash after a date standing as an entry's label: "Q4 2022: ", "Mars 2023 – ".
_LABEL_AFTER = compile_pattern(r"\s*[:–—-]\s")
_NOT_HELD_TAIL = compile_pattern(
    rf"\s[—–]\s*(?:{_NOT_HELD})\b[^.\n—–]{{0,30}}$", re.IGNORECASE | re.MULTILINE
)
_NOT_HELD_OPENING = compile_pattern(rf"\W*(?:{_NOT_HELD}|not held|non tenue?)\b", re.IGNORECASE)
_DATE_FIELD = compile_pattern(r"\W*(?:dates?|when|quand|période|period)\s*:", re.IGNORECASE)
_NOT_HELD_FIELD = compile_pattern(
    # (the status of what: "Statut : mission non déployée, l'invitation étant parvenue trop tard")
    r"\s*(?:[-–•·*▪]\s*)?(?:status|statut|état)\s*:\s*"
    r"(?:(?:mission|délégation|delegation|observation|visite?|atelier|workshop|session|course|"
    r"cours|formation)\s+)?(?:postponed|cancel|report|annul|scheduled|planned|"
    r"prévu|programmé|à venir|upcoming|to be confirmed|à confirmer|not held|non tenue?|"
    r"did not take place|n['’]a pas eu lieu|not deployed|non déployée?)",
    re.IGNORECASE,
)

# A post's stamp: its author's handle, a dot, its day ("CENA Bénin @CENA_Benin · 15 sept.").
_POST_STAMP_LINE = compile_pattern(r"@\w+\s*·")

# A table row's status cell that says it was not held: "Scheduled", "Cancelled", "À venir".
_STATUS_CELL = compile_pattern(
    r"\s*(?:postponed|cancell?ed|scheduled|planned|upcoming|to be confirmed|tbc|reportée?|"
    r"annulée?|prévue?|programmée?|à venir|à confirmer|en préparation|"
    # (a plan's execution cell: "Non réalisée", "Not held", "Dropped", "Deferred")
    r"non (?:réalisée?|exécutée?|tenue?)|not (?:held|carried out|implemented|achieved)|"
    r"dropped|deferred|abandonnée?)\s*",
    re.IGNORECASE,
)


def _status_not_held(row: str) -> bool:
    """Whether a table row (cells between tabs or " | ") has a status cell saying its entry
    was not held ("2019 | El Salvador | ... | Scheduled")."""
    cells = CELL_BREAK.split(row)
    return (
        len(cells) >= 3
        and any(
            _STATUS_CELL.fullmatch(c)
            or _NO_DEPLOYMENT_CELL.match(c)
            or _TURNED_DOWN.search(c)
            # (or its status in brackets closing a cell: "Mission d'étude sur le vote électronique
            # (en préparation)", "... (reportée)")
            or _STATUS_CLOSING_A_CELL.search(c)
            for c in cells[1:]
        )
    )


_STATUS_CLOSING_A_CELL = compile_pattern(
    r"[(\[]\s*" + _STATUS_CELL.pattern.strip(r"\s*") + r"\s*[)\]]\s*[.;]?\s*$",
    re.IGNORECASE,
)


# A cell telling an invitation turned down: "Invitation to observe the general elections of 20
# December in the DRC (declined; EC did not deploy)", "(invitation déclinée)".
_TURNED_DOWN = compile_pattern(
    r"\b(?:declined|did not deploy|not deployed|déclinée?|n['’]a pas (?:déployé|donné suite))\b",
    re.IGNORECASE,
)


# A row's cell that says no one went: "No OSCE PA deployment (ODIHR mission only)", "Pas de
# mission", "Aucun déploiement", "Not deployed".
_NO_DEPLOYMENT_CELL = compile_pattern(
    r"\s*(?:no\s+(?:[\w-]+\s+){0,3}?(?:deployment|mission|delegation|observers?)\b|not deployed\b|"
    r"pas de (?:mission|d[ée]ploiement|d[ée]l[ée]gation)\b|aucune? (?:mission|d[ée]ploiement|"
    r"d[ée]l[ée]gation)\b|non d[ée]ploy[ée]e?\b|"
    # (or the vote not watched: "Not observed by the Assembly", "Non observée")
    r"not observed\b|non observ[ée]e?s?\b|pas observ[ée]e?s?\b)",
    re.IGNORECASE,
)


# A mission that takes the measure of a coming election: "mission d'information et de
# contacts", "pre-electoral assessment", "à l'approche du scrutin".
# Told as before the vote: "en amont du scrutin", "in the run-up to the elections".
_AHEAD_OF_THE_VOTE = compile_pattern(
    r"\b(?:en amont (?:du|de l['’]|des|de la)|in the run-up to|in advance of|ahead of|"
    r"dans la perspective (?:du|des|de la|de l['’])|"
    r"in view of|en vue (?:du|des|de la|de l['’])|avant (?:le|la|les|l['’]))\s*(?:\w+\s+){0,2}?"
    r"(?:scrutins?|élections?|vote|elections?|présidentielle|législatives)\b",
    re.IGNORECASE,
)
_MISSION_WORD = compile_pattern(
    r"\b(?:missions?|délégations?|delegations?|teams?|équipes?|experts?|observateurs|observers)\b",
    re.IGNORECASE,
)
_PRE_ELECTORAL = compile_pattern(
    r"\b(?:information (?:and|et de) contacts?|contacts? (?:and|et d['’]) ?information|"
    r"pr[ée]-?[ée]lectora\w*|pre-?election\w*|à l['’]approche|ahead of the|"
    # (or the vote in view: "dans la perspective du premier tour de l'élection présidentielle")
    r"dans la perspective (?:du|des|de la|de l['’])|"
    # (a mission preparing the observation: "la mission préparatoire", "a preparatory visit")
    r"missions? préparatoires?|preparatory (?:missions?|visits?))\b",
    re.IGNORECASE,
)


# A visitors' programme around a vote: "Election Visitor Program", "visitors programme",
# "programme des visiteurs internationaux", "programme for international visitors".
_VISITORS_PROGRAMME = compile_pattern(
    r"\b(?:visitors?['’]?\s+program+e?s?|program+e?s?\s+(?:des|de|d['’])\s+visiteurs|"
    r"program+e?s?\s+for\s+(?:international\s+)?visitors)\b",
    re.IGNORECASE,
)


# The publisher's own programme: "nous avons tenu un programme", "we held our", "the
# Commission hosted its" (not one it followed: "une agente avait suivi le programme des
# visiteurs des élections communales luxembourgeoises").
_OWN_PROGRAMME = compile_pattern(
    r"\b(?:nous avons (?:tenu|organisé|accueilli|mis sur pied)|we (?:held|hosted|ran|organi[sz]ed)|"
    r"(?:held|hosted|ran|organi[sz]ed) (?:its|our)|(?:a|avons) (?:tenu|organisé|mis sur pied) "
    r"(?:son|notre))\b",
    re.IGNORECASE,
)


def _before_the_vote(
    own_text: str, start: str, end: str, days: Sequence[str], anchor_text: str = ""
) -> bool:
    """Whether a mission called observation was held before the vote it prepares: an
    information and contact (pre-electoral) mission that ended before every election day
    (``days``, ISO) it names from its start on, or that names none (an earlier vote, "depuis
    le référendum du 17 décembre 2023", is background); one that spans the vote observes
    it."""
    if not _PRE_ELECTORAL.search(own_text) or _VISITORS_PROGRAMME.search(own_text):
        return False  # (a visitors' programme "ahead of the election" is its own kind)
    if any(
        _PRE_ELECTORAL.search(sentence)
        and _AHEAD_OF_THE_VOTE.search(sentence)
        # (a mission's sentence, not one of a body following the next vote: "The Secretary
        # General will continue to follow the process closely ahead of the elections of 2026")
        and _MISSION_WORD.search(sentence)
        for sentence in re.split(r"(?<=[.;])\s+", own_text)
    ):
        return True  # "la mission d'information ... dépêchée en amont du scrutin"
    last = {10: end, 7: end + "-99"}.get(len(end))  # the last day a month may hold
    ahead = [d for d in days if d >= start]
    if not ahead:
        # no vote named from its start on: it observed none, when the sentence that dates it
        # says what it was (not an observation mission "preceded by an information mission")
        return bool(_PRE_ELECTORAL.search(anchor_text))
    return last is not None and all(last < d for d in ahead)


# A mission received where it went: "the mission travelled to Valparaíso, where it was
# received by members of the National Congress", "la mission a été reçue par le Premier
# ministre".
_RECEIVED_THERE = compile_pattern(
    r"\b(?:mission|observers|team|it|elle|la mission|les observateurs|l['’]équipe|"
    r"delegation|délégation|delegates|délégués|members|membres|they|ils|elles|députés|"
    r"parlementaires|parliamentarians|MPs|experts|staff|officials|commissioners)\b[^.;]{0,60}"
    r"\b(?:was|were|a été|ont été)\s+(?:received|welcomed|hosted|reçue?s?|accueillie?s?)\s+"
    # (a time between: "ont été reçus dès le lendemain par la Commission électorale")
    r"(?:[^\W\d_][^.;,]{0,30}?\s+)?(?:by|par)\b|"
    # (or its guests: "six ECN officials were in Manila as guests of the Commission on
    # Elections")
    r"\bas (?:the )?guests of\b|\ben tant qu['’]invités de\b|\bà l['’]invitation de\b",
    re.IGNORECASE,
)


# A delegation told received: "La délégation de l'ECES, conduite par ..., a été reçue par le
# président", "The delegation was welcomed by the Chairperson".
_DELEGATION_RECEIVED = compile_pattern(
    r"\b(?:délégation|delegation)\b[^.;]{0,120}?\b(?:a été|ont été|was|were)\s+"
    r"(?:reçue?s?|accueillie?s?|received|welcomed)\b",
    re.IGNORECASE,
)


def _received_there(ex: PageContext, text: str) -> bool:
    """Whether ``text`` tells a party received by others where it went ("the mission was
    received by members of the National Congress"), not by the publisher itself ("the
    delegation was welcomed by IFES Regional Director ...": its visitors)."""
    names = [n for n in home_names(ex) if len(n) >= 3]
    known = ex.home is not None and ex.home.resolved
    for m in _RECEIVED_THERE.finditer(text):
        after = fold(text[m.end() : m.end() + 60]).lower()
        if any(re.search(rf"\b{re.escape(n)}\b", after) for n in names):
            continue
        # (a publisher the gazetteers lack may go by another name: the host must be named
        # with its country, "by the Electoral Commission of South Africa", not "as guests of
        # the National Electoral Chamber")
        host = ex.index.find(text[m.end() : m.end() + 60])
        if known or any(h.category in ("country", "demonym") for h in host):
            return True
    return False


# Foreign visitors at an election: "International Visitors Program", "programme des visiteurs".
_VISITORS = compile_pattern(
    r"\b(?:visitors'?|visiteurs)\b|\bvisitor program+e?s?\b|\bvisits and exchanges\b|"
    r"\bvisites (?:et|internationales)|"
    r"\bvisit program+e?s?\b|\bprogram+e?s? de visites?\b|"
    # "programme d'accueil des observateurs internationaux"
    r"\bprogram+e?s? d['’]accueil\b|\baccueil des (?:observateurs|délégations)\b",
    re.IGNORECASE,
)


def _told_places(ex: PageContext, trip: Trip) -> set[str]:
    """The countries the trip's own sentences tell things happened in: not one to come, not
    the visitors' own election ("ahead of Kenya's general elections"), not a dateline's
    (where the news is told from)."""
    found: set[str] = set()
    for s in trip.own:
        dateline: list[str] = []
        dateline_place(ex, s, dateline, [])
        if not dateline:
            # (or one with no date: "Nairobi – Three IEBC officers were among the delegates
            # hosted by the Election Commission of India")
            dateless_dateline_place(ex, s, dateline, [])
        if not dateline and not tells_future(s.text):
            # (not a table row's visitors' cell: "Week of 10 Mar | National Elections
            # Commission, South Sudan | Study visit ..." under "Dates | Delegation | Purpose")
            visitors = {
                c
                for a, b in visitor_column_cells(ex.clean, s)
                for c in locations(
                    ex, Sentence(s.start + a, s.start + b, s.text[a:b], s.paragraph), heading=True
                )[0]
            }
            found.update(c for c in locations(ex, s, elections=False)[0] if c not in visitors)
    return found


# A day told by the event it came before or after: "was preceded on Monday 24 June by",
# "followed on", "on the eve of", "la veille de", "en marge de".
_BESIDE_ANOTHER_EVENT = compile_pattern(
    r"\b(?:(?:was|were) (?:preceded|followed)|on the eve of|the (?:day|evening) before the|"
    r"the day after the|on the sidelines of|in the margins? of|(?:a|ont) été (?:précédée?s?|"
    r"suivie?s?)|la veille (?:de|du|des)|le lendemain (?:de|du|des)|en marge (?:de|du|des)|"
    # (before the event's opening: "Before the opening, 17 commissioners took part on Monday")
    r"before the opening|ahead of the opening|avant l['’]ouverture)\b",
    re.IGNORECASE,
)


# Where a page says its events are held, in the present, of them all: "Programmes are
# residential and take place at the IIIDEM campus in Dwarka, New Delhi", "Toutes les
# formations se déroulent à Ouagadougou".
_DEFAULT_VENUE = compile_pattern(
    r"\b(?:programmes|programs|courses|trainings|workshops|sessions|seminars|les formations|"
    r"les sessions|les ateliers|les cours|les séminaires)\b[^.;]{0,40}?\b(?:take place|are held|"
    r"are (?:conducted|delivered|run)|se déroulent|se tiennent|ont lieu)\s+(?:at|in|à|au|aux)\s+"
    r"(?P<where>[^.;]{3,80})",
    re.IGNORECASE,
)


# One of the events such a page lists: "Certificate Course on ...", "Training Programme".
_COURSE_WORD = compile_pattern(
    r"\b(?:courses?|programmes?|programs?|trainings?|workshops?|sessions?|seminars?|"
    r"formations?|ateliers?|cours|séminaires?)\b",
    re.IGNORECASE,
)


_NO_COURSE = compile_pattern(
    r"\b(?:no|aucune?|pas de)\s+(?:[\w-]+\s+){0,2}?(?:courses?|programmes?|programs?|"
    r"trainings?|formations?|sessions?|ateliers?|workshops?)\b",
    re.IGNORECASE,
)


def _page_dateline_places(ex: PageContext) -> tuple[list[str], list[str]]:
    """The place of the page's dateline, in its first section's sentences, if it has one."""
    found = page_sections(ex)[:1]
    return _dateline_places(ex, section_sentences(ex.clean, found[0])) if found else ([], [])


def _dateline_places(ex: PageContext, sents: Sequence[Sentence]) -> tuple[list[str], list[str]]:
    """The place of the section's dateline ("Yaoundé, le 7 mars 2025"), if it has one."""
    for s in sents:
        countries: list[str] = []
        cities: list[str] = []
        dateline_place(ex, s, countries, cities)
        if not countries:
            # (or a dateline with no date: "Kingston, Jamaica: The Electoral Office ...")
            dateless_dateline_place(ex, s, countries, cities)
        if countries:
            return countries, cities
    return [], []


# A body hosting, right after its name (its acronym in brackets perhaps): "Élections Québec
# accueille depuis vendredi", "Elections Ontario has been hosting", "la CENA a reçu".
_HOSTS_AFTER_NAME = compile_pattern(
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:(?:a|ont|has|have|had)\s+(?:been\s+)?|is\s+|are\s+)?"
    r"(?:accueill\w*|reçoi\w*|reçu|host(?:s|ed|ing)\b|welcom\w*|receiv\w*)",
    re.IGNORECASE,
)


def _hosting_body(ex: PageContext, sents: Sequence[Sentence]) -> Organization | None:
    """The one national body the sentences tell hosting ("Élections Canada accueille des
    membres d'organismes électoraux de onze pays"), if there is one."""
    found: dict[str, Organization] = {}
    for s in sents:
        for h in ex.hits(s):
            org = ex.g.organizations.get(h.refs[0]) if h.category == "organization" else None
            if (
                org is not None
                and org.country
                and org.type not in _INTERNATIONAL_TYPES
                and _HOSTS_AFTER_NAME.match(ex.clean, h.end)
            ):
                found[org.id] = org
    return next(iter(found.values())) if len(found) == 1 else None


def _home_of(ex: PageContext, org: Organization) -> tuple[list[str], list[str]]:
    """A body's home: its city's country and city, or its country."""
    if org.home_city and org.home_city in ex.g.places:
        return [ex.g.places[org.home_city].country], [org.home_city]
    return ([org.country] if org.country else []), []


def _in_an_item(section: Section, s: Sentence) -> bool:
    """Whether the sentence is in one of the section's list items."""
    return 0 <= s.paragraph < len(section.paragraphs) and section.paragraphs[s.paragraph].item


def _outside_items(section: Section, sents: Sequence[Sentence]) -> list[Sentence]:
    """The sentences that are not in one of the section's list items."""
    return [s for s in sents if not _in_an_item(section, s)]


def _host_place(
    ex: PageContext, orgs: Sequence[PartyRole], countries: list[str], cities: list[str]
) -> tuple[list[str], list[str]]:
    """A reception told by a page that is nobody's home (a newspaper's): held at the home
    of the one national body taking part from outside the countries named (the visitors'),
    when there is exactly one; in the city the text names, if it names one ("hosted in Accra
    a delegation of Liberia's ..."); otherwise the places as found."""
    if cities:
        return list(dict.fromkeys(ex.g.places[c].country for c in cities)), cities
    hosts = {
        org.id: org
        for party in orgs
        if party.role.took_part
        and (org := ex.g.organizations.get(party.org)) is not None
        and org.country
        and org.country not in countries
        # (a national body: an international one's seat hosts nothing here)
        and org.type not in _INTERNATIONAL_TYPES
        and org.type not in ("network-of-electoral-bodies", "parliamentary-assembly")
    }
    if len(hosts) != 1:
        return countries, cities
    (host,) = hosts.values()
    return _home_of(ex, host)


def _dates(
    ex: PageContext, trip: Trip
) -> tuple[DatePrecision, str, str, bool, str | None, Span | None]:
    """The record's precision, first and last days (ISO, "XXXX" for a year not yet
    known), whether its year is inferred, its date phrase and the phrase's span."""
    m = trip.anchor
    if m is None:
        assert trip.year is not None
        y = f"{trip.year:04d}"
        return DatePrecision.YEAR, y, y, trip.year_inferred, None, None
    phrase = ex.page.text[m.start_offset : m.end_offset]
    span = ex.span(m.start_offset, m.end_offset)
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


def _iso_or_blank(d: PartialDate) -> str:
    month = f"{d.month:02d}" if d.month else "XX"
    day = f"-{d.day:02d}" if d.day else ""
    return f"XXXX-{month}{day}"


# The break between two cells of a row of columns aligned by spaces (or bars, or tabs).
_ALIGNED_CELLS = compile_pattern(r"\s{3,}|\s*\t\s*|\s+\|\s+")


def _held_online(ex: PageContext, section: Section, trip: Trip) -> bool:
    """Whether the trip's event was held online: its venue line says so, or its heading or
    anchor sentence does and names no place it was held in."""
    if any(_IN_PERSON.search(s.text) for s in trip.own):
        return False  # (a webinar "tenu en format hybride" at the body's seat, its guests there)
    if any(p.detail and ONLINE_VENUE.fullmatch(p.text) for p in section.paragraphs):
        return True
    if trip.anchor_sentence is not None and any(
        # a table row whose place cell says so ("| Visioconférence")
        ONLINE_VENUE.fullmatch(trip.anchor_sentence.text[a:b])
        for a, b in place_column_cells(ex.clean, trip.anchor_sentence)
    ):
        return True
    if trip.anchor_sentence is not None and any(
        # (or a row of columns aligned by spaces, one of its cells saying so: "CEC  Moldavie
        # 2021-03-25  visioconférence  2026")
        ONLINE_VENUE.fullmatch(cell)
        for line in trip.anchor_sentence.text.splitlines()
        if len(cells := _ALIGNED_CELLS.split(line.strip())) >= 3
        for cell in cells
    ):
        return True
    told = [s for s in (heading_sentence(section), trip.anchor_sentence) if s is not None]
    if trip.anchor_sentence is not None and (
        date_alone(trip.anchor_sentence.text) or len(trip.anchor_sentence.text.split()) <= 8
    ):
        # (a date line over its entry: the entry's first sentence tells it, "06/12/2023" /
        # "Virtual roundtable with the ... hosted online"; or an item's date and title, "5
        # November — Global Election Night briefing." / "... followed our live online
        # briefing")
        told += [s for s in trip.own if s.start > trip.anchor_sentence.start][:1]
    if trip.anchor is None:
        # (an activity of a year its heading names, told by the section's first sentence:
        # "Technical exchange – Judicial Election, 1 June 2025" / "In April 2025, DECO and the
        # INE held a virtual exchange, online, on ...")
        told += section_sentences(ex.clean, section)[:1]
    # (a town named in the sentence after the date line is no venue of the event its line
    # says was online: "16 October 2024, online." / "A follow-up to the Asunción discussions")
    online = [s for s in told if ONLINE_WORDS.search(s.text)]
    anchor = [trip.anchor_sentence] if trip.anchor_sentence is not None else []
    if online and not any(_venues(ex, s) for s in [*online, *anchor]):
        return True
    # (or its own clause says so, a place named for another event in the next one: "a
    # suivi, le 12 mars, un webinaire tenu en ligne ..., et elle a pris part en juin à la
    # rencontre annuelle ..., à Whitehorse")
    clause = anchor_clause(ex, trip)
    return (
        clause is not None
        and bool(ONLINE_WORDS.search(clause.text))
        and not locations(ex, clause)[1]
    )


def _venues(ex: PageContext, sentence: Sentence) -> list[str]:
    """The places a sentence names, but its dateline's, where the news is told from
    ("Yaoundé, le 20 septembre 2023 – ELECAM a pris part hier, en ligne, au webinaire")."""
    found = locations(ex, sentence)[1]
    told_from: list[str] = []
    dateline_place(ex, sentence, [], told_from)
    # (nor a place named as where people are going: "A briefing for the officials going to
    # Kathmandu took place online", "pour les délégués se rendant à Niamey")
    told_from += [
        hit.refs[0]
        for hit in ex.hits(sentence)
        if hit.category == "place"
        and _GOING_TO.search(ex.clean, max(sentence.start, hit.start - 40), hit.start)
    ]
    return [p for p in found if p not in told_from] if told_from else found


# A table's column of the days agreements were signed: "Signed", "Date signed", "Date of
# signature", "Signé le", "Date de signature".
_SIGNED_COLUMN = compile_pattern(
    r"(?:date\s+)?signed(?:\s+on)?|(?:date|day)\s+of\s+signature|signature(?:\s+date)?|"
    r"signée?s?(?:\s+le)?|date\s+de\s+(?:la\s+)?signature",
    re.IGNORECASE,
)

# Where people are going, just before a place: "going to", "travelling to", "bound for", "se
# rendant à", "en partance pour".
_GOING_TO = compile_pattern(
    r"\b(?:(?:going|travell?ing|heading|flying|deploying|departing|leaving)\s+(?:to|for)|"
    r"bound\s+for|(?:se\s+rendant|partant|en\s+partance|à\s+destination)\s+"
    r"(?:à|au|aux|pour|en|de|d['’])|"
    # (or where a visit the online event replaced was to be: "un échange en ligne avec
    # l'ISIE a remplacé la visite d'étude prévue à Bruxelles", "planned in Brussels")
    r"(?:prévue?s?|planned|scheduled)\s+(?:à|au|aux|en|in|for))\s*$",
    re.IGNORECASE,
)


# An event held with people in the room as well as online: "en format hybride", "hybrid",
# "in person", "en présentiel".
_IN_PERSON = compile_pattern(
    # (not as first planned, then moved online: "d'abord prévu en présentiel, s'est
    # finalement tenu en ligne", "initially planned in person")
    r"(?<!prévu )(?<!prévue )(?<!planned )(?<!scheduled )"
    r"\b(?:hybrid|hybride|in[- ]person|en présentiel|en mode mixte)\b",
    re.IGNORECASE,
)


# A table's header over its missions' days: "Mission", "Dates of the mission", "Mission
# dates", "Dates de la mission", "Déploiement" (not "Chief of mission": a person).
_MISSION_DAYS_HEADER = compile_pattern(
    r"\s*(?:(?:dates?\s+(?:of\s+(?:the\s+)?|de\s+(?:la\s+)?))?(?:missions?|deployments?|"
    r"déploiements?)(?:\s+dates?)?|dates?\s+(?:du\s+)?séjour|"
    # (or where it stayed: "Mission in country", "Mission sur place", "Présence dans le pays")
    r"(?:missions?|présence)\s+(?:in(?:\s+the)?\s+country|sur place|dans le pays|in situ))\s*",
    re.IGNORECASE,
)
_IN_COUNTRY_HEADER = compile_pattern(
    r"\b(?:in(?:\s+the)?\s+country|sur place|dans le pays|in situ)\b", re.IGNORECASE
)
# A cell saying that no mission went: a dash, "announced", "planned", "cancelled", "non
# déployée", "none", "n/a".
_NO_ACTIVITY_CELL = compile_pattern(
    r"\s*(?:aucune (?:activité|mission|observation)|pas de mission|no (?:activity|mission|"
    r"observation)|not observed|non observée?)\.?\s*",
    re.IGNORECASE,
)
_NO_MISSION_CELL = compile_pattern(
    r"\s*(?:[-–—‒―]+|n/?a|none|aucune?|néant|tbc|tbd|announced|planned|to be confirmed|"
    r"cancell?ed|postponed|not deployed|annoncée?|prévue?|annulée?|reportée?|"
    r"non déployée?|à confirmer|à venir|remote|virtual|à distance|en ligne|online)?\.?"
    # (its reason in brackets: "none (remote)", "aucune (à distance)")
    r"(?:\s*\([^()\n]{1,30}\))?\s*",
    re.IGNORECASE,
)


# An entry opening on its year marked as to come: "2026 (planned) – Core team, ...",
# "2025 (à venir) : mission ...".
_YEAR_TO_COME = compile_pattern(
    r"\W*(?:19|20)\d\d\s*\(\s*(?:planned|upcoming|scheduled|forthcoming|to come|tbc|"
    r"prévue?s?|à venir|programmée?s?|envisagée?s?)\s*\)",
    re.IGNORECASE,
)
# A line of a person's career that is no mission (their year, then the step): joining a
# body's staff ("2020 – Joined the ANFREL Secretariat, Bangkok", "2019 : a rejoint le
# secrétariat"), or observing at home with a citizens' group ("2015 – Domestic observer
# coordinator, PAFFREL, Sri Lanka"; not "joined the EU EOM team", a mission).
_CAREER_ENTRY = compile_pattern(
    r"\W*(?:(?:19|20)\d\d\s*(?:[–—:-]|\(\w+\)\s*[–—:-])\s*)?"
    r"(?:(?:joined|a rejoint|rejoint)\s+(?:the\s+|le\s+|la\s+|l['’])?(?:[\w-]+\s+){0,3}?"
    r"(?:secretariat|secrétariat|staff|personnel|roster|headquarters|siège)\b|"
    r"(?:domestic|citizen|non-partisan)\s+(?:election\s+)?observ\w*|"
    r"observat(?:eur|rice|ion)s?\s+(?:national(?:e|es|aux)?|citoyens?|citoyennes?)\b)",
    re.IGNORECASE,
)


# An entry kept in a list for the record, no activity of the publisher: "Élections
# communales (pour mémoire)", "General election (for reference)".
_FOR_MEMORY = compile_pattern(
    r"[(\[]\s*(?:pour mémoire|pour rappel|pour information|p\.\s?m\.|for the record|"
    r"for reference|for information|for info)\s*[)\]]",
    re.IGNORECASE,
)


def _no_mission_in_its_row(ex: PageContext, trip: Trip) -> bool:
    """Whether the trip's date stands in a table row whose column of its missions' days
    says that none went ("Ecuador | General | 20 August 2023 | — | — | Observed by ...",
    "| 9 February 2025 | announced |"): the row's other days are its vote's or its notes'."""
    if trip.anchor is None:
        return False
    text = ex.clean
    line_start = text.rfind("\n", 0, trip.anchor.start_offset) + 1
    found = table_header(text, line_start)
    if found is None:
        return False
    cells, header, heads = found
    if len(heads) != len(cells):
        return False
    columns = [k for k, (a, b) in enumerate(heads) if _MISSION_DAYS_HEADER.fullmatch(header[a:b])]
    if len(columns) != 1:
        return False
    if any(_NO_ACTIVITY_CELL.fullmatch(text[line_start + a : line_start + b]) for a, b in cells):
        # (another cell of the row says none went: "Belgique | Élections fédérales | 26 mai
        # 2019 | Aucune activité | –")
        return True
    a, b = cells[columns[0]]
    cell = text[line_start + a : line_start + b]
    h = heads[columns[0]]
    if _IN_COUNTRY_HEADER.search(header[h[0] : h[1]]) and not re.search(r"[^\W\d_]", cell):
        # (a dash under "Mission in the country" leaves its days untold, the vote's day the
        # row's: "Ecuador | Presidential election, second round | April 2, 2017 | ... | —")
        return False
    return bool(_NO_MISSION_CELL.fullmatch(cell))


def _not_recorded(
    ex: PageContext, trip: Trip, sents: Sequence[Sentence], category: str, why: str
) -> None:
    """Report a trip that is no activity, at its anchor sentence (or the section's first)."""
    where = trip.anchor_sentence or (sents[0] if sents else None)
    if where is not None:
        ex.issue(category, f"{why}: not recorded", where.start, where.end)


# Words for a reception's guests: "a delegation", "visitors", "counterparts", "homologues".
_GUESTS = compile_pattern(
    r"\b(?:delegations?|visitors?|guests?|counterparts?|observers?|participants|peers|"
    r"officials of|members of|d[ée]l[ée]gations?|visiteurs?|h[ôo]tes|homologues?|"
    r"observateurs?|pairs|venue?s? d[eu']|from \d+ countries|de \d+ pays|invitée?s|"
    # ("a reçu une quarantaine de représentants d'organismes électoraux des Amériques")
    r"représentants d['’](?:organismes|institutions|organisations)|"
    r"representatives of (?:[\w-]+\s+)?(?:bodies|institutions|organi[sz]ations)|"
    # (or election staff told as from abroad: "une douzaine d'administrateurs électoraux
    # francophones", "foreign election officials")
    r"(?:administrat(?:eurs?|rices?|ors?)|fonctionnaires|responsables|experts?|cadres|"
    r"officials)\s+(?:[ée]lectora(?:ux|les?)\s+)?(?:[ée]trang(?:ers|[èe]res)|francophones|"
    r"internationa(?:ux|les))|"
    r"(?:foreign|international|overseas)\s+(?:election\s+|electoral\s+)?(?:administrators|"
    r"officials|experts|practitioners))\b",
    re.IGNORECASE,
)


def _only_foreign_bodies(ex: PageContext, hit: NameHit, home_country: str) -> bool:
    """Whether the bodies a shared name stands for ("CENI") are all of other countries than
    ``home_country``, the name not the publisher's own ("CENI" on the pages of "CENI
    Niger")."""
    own = set(fold(ex.page.meta.publisher or "").lower().split())
    refs = hit.refs
    if fold(hit.text).lower() in own or any(
        (org := ex.g.organizations.get(ref)) is not None
        and org.acronym is not None
        and fold(org.acronym).lower() in own
        for ref in refs
    ):
        # (nor its long form: "Commission électorale nationale indépendante – Niger" on the
        # pages of "CENI Niger")
        return False
    return bool(refs) and all(
        (org := ex.g.organizations.get(ref)) is not None
        and org.country is not None
        and org.country != home_country
        for ref in refs
    )


def _has_visitors(
    ex: PageContext, home_country: str, orgs: Sequence[PartyRole], sents: Sequence[Sentence]
) -> bool:
    """Whether a reception's text names its visitors: a body of another country or an
    international one, another country, its people or a place of it, or a word for guests."""
    for party in orgs:
        if party.org == ex.home_id:
            continue
        org = ex.g.organizations.get(party.org)
        country = org.country if org is not None else country_in_name(ex.index, party.org)
        if (country is not None and country != home_country) or (
            org is not None and org.type in _INTERNATIONAL_TYPES
        ):
            return True
        if org is None and country is None and INTERNATIONAL_NAME.search(party.org):
            return True
    for s in sents:
        if _GUESTS.search(s.text):
            return True
        for h in ex.hits(s):
            if h.category in ("country", "demonym") and h.refs[0] != home_country:
                return True
            if h.category == "generic-organization" and _only_foreign_bodies(ex, h, home_country):
                # a name only other countries' bodies bear: "huit cadres de la CENI ont
                # effectué en Belgique une visite d'étude", told by Belgium
                return True
            if h.category == "place" and ex.g.places[h.refs[0]].country != home_country:
                return True
    return False


# A sub-item's line: "   – Séminaire interne ...", "  - Workshop ...".
_SUB_ITEM = compile_pattern(r"[ \t]+[-–—•·▪◦*]\s")

# An invitation to what is to come: "invited EC officers to take part in future exchanges",
# "a invité la CENI à prendre part".
_INVITED_TO = compile_pattern(
    r"\b(?:invit(?:ed|es?)|a invité|ont invité|invite)\b[^.;]{0,80}?\b(?:to|à)\b",
    re.IGNORECASE,
)

# A call of courtesy: "visite de courtoisie", "courtesy call", "visite protocolaire".
_COURTESY = compile_pattern(
    r"\b(?:visites? de courtoisie|courtesy (?:calls?|visits?)|visites? protocolaires?)\b",
    re.IGNORECASE,
)

_SUBSTANCE = compile_pattern(
    r"\b(?:discussions?|discussed|échanges?|ont porté sur|talks? on|to discuss|pour discuter|"
    r"séances? de travail|working sessions?|sessions? de travail|"
    # (the call joined to a subject of work: "Courtesy call and results management", "visite
    # de courtoisie et de travail")
    r"courtesy (?:calls?|visits?)\s+(?:and|&)\s+(?!a\s+photo)[^\W\d_]{4,}|"
    r"visites? de courtoisie\s+et\s+(?:de\s+|d['’])?[^\W\d_]{4,})",
    re.IGNORECASE,
)

# A letter's addressee line: "À Mesdames et Messieurs les Présidents", "Aux membres du
# Conseil", "To the members of the Board".
_ADDRESSEE = compile_pattern(
    r"\s*(?:à (?:mesdames|messieurs|madame|monsieur|m\.|mme|l['’]attention|tou(?:te)?s les)|"
    r"aux (?:membres|présidente?s|directeur|directrices|chefs|responsables|secrétaires)|"
    r"to (?:the (?:members|chairs?|presidents?|heads?|secretar(?:y|ies))|all (?:members|heads))|"
    r"dear )",
    re.IGNORECASE,
)


def _names_others(ex: PageContext, heading: Sentence | None, anchor: Sentence) -> bool:
    """Whether the heading names the countries of the anchor sentence and others besides."""
    if heading is None:
        return False
    own = set(locations(ex, anchor)[0])
    told = set(locations(ex, heading, heading=True)[0])
    return bool(own) and own < told


_OF_BETWEEN = compile_pattern(r"\s+(?:of|de|du|d['’])\s*(?:the\s+|la\s+|l['’])?")
_ACRONYM_THEN_OF = compile_pattern(r"\([A-Z][\w.&-]{1,11}\)\s+(?:of|de|du|d['’])\s*(?:the\s+)?$")


def _foreign_body_named(ex: PageContext, sents: Sequence[Sentence]) -> bool:
    """Whether the sentences name a body of another country than the publisher's by its
    country after its acronym ("the National Elections Commission (NEC) of Liberia") or after
    its generic name ("officials of the Independent Electoral Commission of The Gambia")."""
    home_country = ex.home.country if ex.home is not None else None
    for s in sents:
        hits = ex.hits(s)
        for h in hits:
            if (
                h.category == "generic-organization"
                and home_country is not None
                and _only_foreign_bodies(ex, h, home_country)
            ):
                # (or by a name only other countries' bodies bear: "huit cadres de la CENI ont
                # effectué en Belgique une visite d'étude", told by Belgium)
                return True
            if h.category != "country" or h.refs[0] == home_country:
                continue
            if _ACRONYM_THEN_OF.search(ex.clean, max(s.start, h.start - 16), h.start):
                return True
            if any(
                g.category == "generic-organization"
                and _OF_BETWEEN.fullmatch(ex.clean, g.end, h.start) is not None
                for g in hits
            ):
                return True
            if any(
                # (or before it, owning it: "Nigeria's Independent National Electoral
                # Commission (INEC)")
                g.category in ("generic-organization", "organization")
                and _POSSESSIVE_BETWEEN.fullmatch(ex.clean, h.end, g.start) is not None
                for g in hits
            ):
                return True
    return False


_POSSESSIVE_BETWEEN = compile_pattern(r"['’]s?\s+(?:own\s+)?")


# A project sheet's field naming the body that carries the project out, among the fields at
# the page's top: "Executing agency – Partner : European Centre for Electoral Support (ECES)",
# "Implementing partner: IFES", "Maître d'œuvre : Expertise France".
_EXECUTING_FIELD = compile_pattern(
    r"^[ \t]*(?:(?:lead\s+)?executing\s+(?:agency|agencies|partners?)(?:\s*[–—-]\s*partners?)?|"
    r"implementing\s+(?:partners?|agency|agencies|organi[sz]ations?)|implemented\s+by|"
    r"maître\s+d['’]œuvre|agence\s+d['’]exécution|opérateur|"
    r"partenaires?\s+de\s+mise\s+en\s+œuvre|mis\s+en\s+œuvre\s+par)"
    r"\s*:\s*(?P<value>[^\n]{2,160}?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _executing_agencies(ex: PageContext) -> list[str]:
    """The bodies a project sheet's field says carry its project out (gazetteer ids): a
    party to each activity the sheet tells of the project."""
    m = _EXECUTING_FIELD.search(ex.clean, 0, min(len(ex.clean), 1500))
    if m is None:
        return []
    found = ex.index.find(m.group("value"))
    return list(dict.fromkeys(h.refs[0] for h in found if h.category == "organization"))


def _visitors_list_item(trip: Trip, section: Section, sents: Sequence[Sentence]) -> bool:
    """Whether a list item is an edition of a visitors' programme its list's introduction
    names ("The Commission has offered a visitors programme at most national and municipal
    elections ... The most recent ones were:" / "- 6 to 9 May 2019 - sixth national and
    provincial elections (8 May 2019), hosted ... in Pretoria;")."""
    if trip.anchor_sentence is None or not in_item(trip, section):
        return False
    anchor = trip.anchor_sentence
    if not ELECTION_NOUN.search(fold(anchor.text)):
        return False  # (an edition is the election's: "- 6 to 9 May 2019 - ... elections")
    intro = [s for s in sents if s.end <= anchor.start and not ITEM_MARK.match(s.text)][-2:]
    return any(
        _VISITORS_PROGRAMME.search(s.text)
        # (an introduction, no entry of its own dated by its month: not "May – From May 26 to
        # 30, ... took part in the international visitors programme of ...")
        and not any(m.start.month is not None for m in find_dates(s.text)[0])
        for s in intro
    )


def _domestic(
    ex: PageContext,
    countries: Sequence[str],
    kind: ActivityKind,
    orgs: Sequence[PartyRole],
    sents: Sequence[Sentence],
) -> bool:
    """Whether an activity is a domestic task of the publisher (a school workshop, a
    booth at a teachers' conference): held in its own country, not a reception, with no
    body of another country or international body taking part, and no word of
    foreign visitors or of an international event in the sentences that tell it."""
    home_id = ex.home_id
    home_country = ex.home.country if ex.home is not None else None
    if home_country is None or list(countries) != [home_country]:
        return False
    named = [home_id] if home_id else []
    named += [
        h.refs[0]
        for h in ex.index.find(ex.page.meta.publisher or "")
        if h.category == "organization"
    ]  # ("UNDP Liberia": the UNDP's office)
    if any(
        (org := ex.g.organizations.get(o)) is not None and org.type in _INTERNATIONAL_TYPES
        for o in named
    ):
        # an international body's country office ("UNDP Liberia") works with the country's
        # bodies: cooperation, not a domestic task
        return False
    if kind is ActivityKind.RECEPTION and any(
        (m := _ACCREDITING.search(s.text)) is not None
        and _ENTRY_LABEL.fullmatch(s.text, 0, m.start())
        for s in sents
    ):
        # observers accredited for an election at home and welcomed, whoever sent them ("Du
        # 8 au 16 janvier : accréditation et accueil des missions internationales
        # d'observation de l'Union africaine, de la COI et de la SADC")
        return True
    if kind is ActivityKind.RECEPTION:
        # a reception has its visitors: a foreign body, a foreign country or people, or a
        # word for guests ("KPU Briefs Overseas Election Committees": a session at home)
        return not _has_visitors(ex, home_country, orgs, sents)
    if any(_INTERNAL.search(s.text) for s in sents):
        # "une formation interne sur la méthodologie de l'observation", "le Secrétariat a
        # tenu à Paris sa réunion interne", whoever else the section names
        return True
    if any(_AT_HOME_OPENING.match(s.text) for s in sents):
        # a sentence opening on its scope at home, whatever bodies it names after: "Closer to
        # home, staff attended the annual meeting of Canada's election management bodies in
        # Halifax ... and two ACE Electoral Knowledge Network webinars"
        return True
    if any(_ACCREDITING.search(s.text) for s in sents) and not any(
        MISSION_PRESENT.search(s.text) for s in sents
    ):
        # observers accredited for an election at home, whoever sent them ("Accréditation
        # et briefing des observateurs nationaux et internationaux (UA, OIF)"), not a
        # mission told by its own days there ("a accrédité une mission d'observation de
        # l'OIF, déployée du 13 au 21 décembre": the mission's, a record)
        return True
    for party in orgs:
        if party.org == home_id or not party.role.took_part:
            continue
        org = ex.g.organizations.get(party.org)
        # (a body the gazetteers lack, by the country its name holds: "Electoral Commission
        # of Ghana" visiting a commission at home)
        country = org.country if org is not None else country_in_name(ex.index, party.org)
        if org is None and country is None:
            if INTERNATIONAL_NAME.search(party.org):
                return False  # an international body the gazetteers lack ("Association of")
            if any(_assembly_of(party.org, s.text) for s in sents):
                return False  # a body with a general assembly: a network ("... of A-WEB")
            continue
        if country != home_country:
            return False
    if _foreign_body_named(ex, sents):
        return False
    if (
        any(
            _HOSTED_GUESTS.search(s.text)
            or held_by_the_publisher(s.text, ex.page.meta.publisher or "")
            for s in sents
        )
        and _has_visitors(ex, home_country, orgs, sents)
    ) or any(_GUESTS_FROM_ABROAD.search(s.text) for s in sents):
        # guests from abroad the body hosted: "Nordic electoral meeting – Tønsberg, 7–8 June.
        # We hosted election administrators from Denmark, Finland, Iceland and Sweden." (or an
        # event it held for them: "we held a regional workshop in Lusaka for officials of the
        # commissions of Malawi and Botswana") (or
        # guests told as coming from other bodies or countries: "thirty guests from fourteen
        # election bodies followed the first round ... in Helsinki")
        return False
    if any(_within_home(ex, home_country, s.text) for s in sents):
        return True  # "Within South Africa, provincial review workshops were held ..."
    # (not the words of the publisher's own name: "l'Observatoire tenait sa soirée électorale
    # publique", by the Observatoire sur les États-Unis)
    own = {w.group(0).lower() for w in _INTERNATIONAL.finditer(ex.page.meta.publisher or "")}
    return not any(
        w.group(0).lower() not in own for s in sents for w in _INTERNATIONAL.finditer(s.text)
    )


# Guests the body hosted: "We hosted election administrators from ...", "a accueilli des
# délégués venus de ...".
# Guests told as coming from other bodies or countries: "thirty guests from fourteen election
# bodies", "des participants venus de douze pays".
_GUESTS_FROM_ABROAD = compile_pattern(
    r"\b(?:guests|visitors|delegates|participants|invités|hôtes)\s+(?:from|de|des|venus? de|"
    r"venues? de)\s+(?:[\w-]+\s+){0,2}?(?:(?:election|electoral|électora\w*)\s+)?"
    r"(?:bodies|commissions|management bodies|organismes|institutions|countries|pays)\b",
    re.IGNORECASE,
)
_HOSTED_GUESTS = compile_pattern(
    r"\b(?:hosted|welcomed|(?:a|ont|avons) accueilli)\b", re.IGNORECASE
)


def _assembly_of(name: str, text: str) -> bool:
    """Whether ``text`` tells of the general assembly of the body ``name``: its members'
    assembly ("Inaugural General Assembly of A-WEB", "l'Assemblée générale de l'AAEA")."""
    return (
        re.search(
            r"\b(?:general assembly|assemblée générale)\s+(?:of|du|de la|de l['’]|des|de)\s*"
            r"(?:the\s+)?" + re.escape(name) + r"(?!\w)",
            text,
            re.IGNORECASE,
        )
        is not None
    )


def _near_the_date(
    ex: PageContext, trip: Trip, pattern: re.Pattern[str], *, before: int, after: int
) -> bool:
    """Whether ``pattern`` is found in the trip's anchor sentence, from ``before`` characters
    before its date to ``after`` characters after it (0: the date's own edge)."""
    s, m = trip.anchor_sentence, trip.anchor
    if s is None or m is None:
        return False
    start = max(s.start, m.start_offset - before)
    end = min(s.end, m.end_offset + after) if after else m.start_offset
    return pattern.search(ex.clean, start, max(start, end)) is not None


# A press conference: "conférence de presse", "point de presse", "press conference".
# A body's website or guide put out: "Le site Internet de la CEI a fait peau neuve",
# "launched its new voter guide", "a mis en ligne son guide".
_SITE_OR_GUIDE_OUT = compile_pattern(
    r"\b(?:site (?:internet|web)|website|portail|portal|guide|manuel|handbook)\b[^.;]{0,40}?"
    r"\b(?:a fait peau neuve|relanc[ée]e?|went live|relaunched)\b|"
    r"\b(?:launched|a lancé|a mis en ligne|mis en ligne)\s+(?:(?:its|their|the|son|sa|ses|leur|"
    r"un|une|le|la)\s+)?(?:new\s+|nouveau\s+|nouvelle\s+)?(?:site|website|portail|portal|"
    r"guide|manuel|handbook|app|application)\b|"
    # a report's launch: "lancement public du présent rapport final", "launch of the final
    # report", "report launch"
    r"\b(?:lancement|launch)\s+(?:public\s+|officiel\s+|official\s+|public\s+)?(?:du|de\s+son|"
    r"de\s+notre|of\s+the|of\s+its|of\s+our)\s+(?:présent\s+|nouveau\s+|new\s+|final\s+)?"
    r"(?:rapport|report)\b|\breport\s+launch\b",
    re.IGNORECASE,
)

# A statement made on a mission: "elle a fait au Sénat une déclaration sur la mission", "made
# a statement in the House on the observation mission", "reported to the Assembly on its visit".
_STATEMENT_ON_A_MISSION = compile_pattern(
    r"\b(?:(?:a|ont) fait|made|delivered|gave|(?:a|ont) prononcé)\b[^.;]{0,40}?"
    r"\b(?:déclaration|statement|exposé|compte rendu|report)\b[^.;]{0,30}?\b(?:sur|on|about)\s+"
    r"(?:la|le|l['’]|the|its|their|sa|son|leur)?\s*(?:[\w-]+\s+){0,2}?"
    r"(?:missions?|visite|visit|trip|déplacement)\b"
    r"|\b(?:reported|(?:a|ont) rendu compte)\b[^.;]{0,40}?\b(?:sur|on|de)\s+"
    r"(?:la|le|l['’]|the|its|their|sa|son|leur)?\s*(?:[\w-]+\s+){0,2}?"
    r"(?:missions?|visite|visit|trip|déplacement)\b",
    re.IGNORECASE,
)


# A project's own step: its evaluation, its launch or its close ("Independent final evaluation
# of the project completed", "évaluation à mi-parcours du projet", "clôture du projet").
_PROJECT_STEP = compile_pattern(
    r"\b(?:(?:independent\s+|external\s+)?(?:final|mid-?term|end-?of-?project)\s+evaluation\s+of\s+"
    r"the\s+project|project(?:['’]s)?\s+(?:final|mid-?term)\s+evaluation|évaluation\s+"
    r"(?:finale|à\s+mi-parcours|externe)\s+du\s+projet|(?:clôture|lancement)\s+"
    r"(?:officiel(?:le)?\s+|administrative\s+|financière\s+)?"
    r"du\s+projet|project\s+(?:closure|launch)\b)",
    re.IGNORECASE,
)
# A delegation's visit made for a project's step: "Accueil d'une délégation ... pour la clôture
# du projet", "a delegation ... came to Paris to mark the project's closure".
_VISIT_FOR_A_PROJECT_STEP = compile_pattern(
    r"\b(?:délégations?|delegations?)\b[^.;]{0,160}?\b(?:pour|for|à l['’]occasion de|on the "
    r"occasion of|to mark)\s+(?:la|le|l['’]|the)\s*(?:project['’]s\s+)?(?:clôture|lancement|"
    r"closure|closing|launch)\b",
    re.IGNORECASE,
)
# A project's funding signed with its donor: "La convention de financement a été signée avec
# la Délégation de l'Union européenne", "the grant agreement was signed".
_FUNDING_SIGNED = compile_pattern(
    r"\b(?:(?:convention|accord|contrat)s?\s+de\s+(?:financement|subvention|contribution)|"
    r"(?:financing|funding|grant|contribution)\s+agreements?)\b",
    re.IGNORECASE,
)

_PRESS_CONFERENCE = compile_pattern(
    r"\b(?:conférences?\s+de\s+presse|points?\s+de\s+presse|press\s+(?:conferences?|briefings?|"
    r"events?)|media\s+briefings?|briefed\s+(?:the\s+)?(?:journalists|the\s+press|reporters|"
    r"the\s+media))\b",
    re.IGNORECASE,
)

# A title that opens or closes on a press conference: "Conférence de presse : bilan ...",
# "Press briefing –", "Point de presse".
_PRESS_TITLE = compile_pattern(
    r"\s*(?:conférence\s+de\s+presse|point\s+de\s+presse|press\s+(?:conference|briefing)|"
    r"media\s+briefing)\b"
    # (or that closes on it, after a dash or a colon: "Kenya 2022: Lessons Learned – Media
    # Briefing", "Bilan de la mission — Point de presse")
    r"|[^\n]{0,160}?\s[–—:-]\s*(?:conférence\s+de\s+presse|point\s+de\s+presse|"
    r"press\s+(?:conference|briefing)|media\s+briefing)\s*$",
    re.IGNORECASE,
)

# ... told as where something was said, before its day: "at a press conference in Maputo on",
# "lors d'une conférence de presse tenue le".
_AT_A_PRESS_CONFERENCE = compile_pattern(
    r"\b(?:at|during|in|lors\s+d['’]|au\s+cours\s+d['’]|à|"
    # (or given: "INEC held a press briefing in Abuja on December 15")
    r"held|gave|hosted|(?:a|ont)\s+(?:tenu|donné|animé|organisé))\s*(?:an?|the|its|une|la|sa)\s+"
    r"(?:conférences?\s+de\s+presse|points?\s+de\s+presse|press\s+(?:conferences?|briefings?|"
    r"events?)|media\s+briefings?)"
    # (its place's stops too: "at a press event in Washington, D.C. on June 10")
    r"\b(?:[^.;]|\.(?=[A-Z]\.)|\.(?=\s+[a-z]))"
    r"{0,40}$"
    # (or counted, its day after it: "1 press briefing, on Tuesday 28 March, to present")
    r"|(?:^|[\s*•-])(?:\d+|one|a|an|une?)\s+(?:press\s+(?:conferences?|briefings?)|"
    r"conférences?\s+de\s+presse|points?\s+de\s+presse)\s*,?\s*(?:held\s+)?(?:on|le|tenue?\s+le)?\s*$",
    re.IGNORECASE,
)

# A mission's statement: "déclaration préliminaire", "preliminary statement".
_STATEMENT = compile_pattern(r"\b(?:déclarations?|statements?)\b", re.IGNORECASE)

# A debriefing of what a trip found: "séance de restitution", "debriefing session".
_DEBRIEFING = compile_pattern(
    r"\b(?:séances?\s+de\s+restitution|réunions?\s+de\s+restitution|debrief\w*|de-brief\w*)\b",
    re.IGNORECASE,
)
# At a body's seat or offices: "au siège de la CENA", "at its headquarters".
_AT_A_SEAT = compile_pattern(
    r"\b(?:au\s+siège|à\s+son\s+siège|at\s+(?:its|the|our)\s+(?:headquarters|head\s+office|offices))\b",
    re.IGNORECASE,
)


# The accreditation of observers, a body's own task for its own election.
_ACCREDITING = compile_pattern(
    r"\b(?:accr[ée]ditation|accr[ée]dit(?:ed|ing|e|er|é|ée|és|ées))\s+(?:et\s+\w+\s+|and\s+\w+\s+)?"
    r"(?:des\s+|of\s+|the\s+|les\s+)?(?:[\w-]+\s+){0,4}?(?:observ(?:ers|ateurs|atrices)|"
    # (or the missions they form: "accréditation et accueil des missions internationales
    # d'observation de l'Union africaine")
    r"missions?\s+(?:internationales?\s+)?d['’]observation|(?:observation|observer) missions?)\b"
    # (or the observers first: "séance d'information pour les observateurs étrangers
    # accrédités en vue de l'élection présidentielle")
    r"|\bobserv(?:ers|ateurs|atrices)\s+(?:[\w-]+\s+){0,2}?accr[ée]dit(?:ed|és|ées|e|é)\b",
    re.IGNORECASE,
)

# An entry's opening up to its text: its bullet, its days or its label, then a colon or a
# dash ("- Du 8 au 16 janvier : ").
_ENTRY_LABEL = compile_pattern(r"[\W\d]*(?:[\w'’.-]+\s+){0,6}?[\w.]*\s*[:–—-]\s*")

# A sentence that says it tells of the country at home: "Within South Africa, ...", "À
# l'intérieur du Bénin, ...", "Domestically, ...", "Sur le plan national, ...".
_AT_HOME_OPENING = compile_pattern(
    r"[\W\d]*(?:closer to home|domestically|at home|on the home front|sur le plan "
    r"(?:national|intérieur)|au (?:plan|niveau) national)\s*,",
    re.IGNORECASE,
)
_WITHIN = compile_pattern(
    r"\W*(?:within|inside|across|throughout|at home in|à l['’]intérieur d[eu]s?|"
    r"partout (?:au|en)|dans tout(?:e)? l[ea]|sur l['’]ensemble d[eu]s?)\s+(?:the\s+)?"
    r"(?P<rest>[^,]{2,60}),|\W*(?:domestically|at home|sur le plan (?:national|intérieur)|"
    r"au niveau national)\s*,",
    re.IGNORECASE,
)


def _within_home(ex: PageContext, home_country: str, text: str) -> bool:
    """Whether a sentence opens on its scope at home ("Within South Africa, ...")."""
    m = _WITHIN.match(text)
    if m is None:
        return False
    if m.group("rest") is None:
        return True
    return any(
        h.category == "country" and h.refs[0] == home_country
        for h in ex.index.find(m.group("rest"))
    )


# Bodies whose work in a country is international cooperation wherever they sit.
_INTERNATIONAL_TYPES = frozenset(["intergovernmental-organization", "ngo"])

_HOSTING = compile_pattern(
    r"\b(?:host(?:ed|s|ing)?|welcom\w+|receiv\w+|accueill\w+|a reçu|ont reçu|"
    # "held its International Visitors Program for the general election"
    r"(?:held|organi[sz]ed|ran) (?:its|an?|the)|a (?:tenu|organisé) (?:son|un))\b",
    re.IGNORECASE,
)


# A body's people named before its name ("deux conseillères juridiques de l'", "five officers
# of the"), and their stay or visit after it ("ont séjourné à", "spent a week in").
_PEOPLE_OF_BEFORE = compile_pattern(
    r"\b(?:membres?|délégués?|délégations?|conseill(?:er|ère)s?|cadres?|agents?|commissaires?|"
    r"experte?s?|responsables?|juristes?|officials|officers|members|staff|delegates|"
    r"delegations?|commissioners|advisers|advisors|experts|lawyers)\b(?:\s+[\w'’-]+){0,2}?\s+"
    r"(?:de l['’]|de la|du|des|d['’]|of the|of|from the|from)\s*$",
    re.IGNORECASE,
)
_STAYED_AFTER = compile_pattern(
    r"[^.;]{0,60}?\b(?:(?:ont|a|avaient|avait)\s+(?:séjourné|passé|visité|étudié)|"
    r"(?:spent|stayed|visited|toured|studied)\b)",
    re.IGNORECASE,
)


def _foreign_people_stayed(ex: PageContext, s: Sentence, home_country: str) -> bool:
    """Whether a sentence's subject is a foreign body's people staying or visiting ("deux
    conseillères juridiques de l'ISIE ont séjourné à Québec", "five officers of the
    Electoral Commission of Ghana spent a week in Québec City")."""
    for h in ex.hits(s):
        if h.category != "organization" or h.refs[0] == ex.home_id:
            continue
        org = ex.g.organizations.get(h.refs[0])
        if org is None or org.country in (None, home_country):
            continue
        if _PEOPLE_OF_BEFORE.search(ex.clean, max(s.start, h.start - 60), h.start) and (
            _STAYED_AFTER.match(ex.clean, h.end, s.end)
        ):
            return True
    return False


def _hosted_by_another(ex: PageContext, sents: Sequence[Sentence]) -> bool:
    """Whether the body's people were the guests: "a study tour hosted by the Election
    Commission of India", "accueillie par la CENA", another body than the publisher."""
    publisher = (ex.page.meta.publisher or "").lower()
    for s in sents:
        for m in _HOSTED_BY.finditer(s.text):
            at = s.start + m.end()
            hit = next((h for h in ex.hits(s) if h.start == at), None)
            if hit is not None and hit.category == "organization":
                name = hit.text
                if hit.refs[0] == ex.home_id:
                    continue
            else:
                names = [n for a, _b, n in unknown_org_names(s.text[m.end() :]) if a == 0]
                if not names:
                    continue
                name = names[0]
            if name.lower() not in publisher:  # (not the publisher as written: "INE")
                return True
    return False


# "hosted by the", "accueillie par la": who received the guests.
_HOSTED_BY = compile_pattern(
    r"\b(?:hosted|received|welcomed|accueillie?s?|reçue?s?)\s+(?:by|par)\s+(?:the\s+|l['’]|la\s+|"
    r"le\s+|les\s+)?",
    re.IGNORECASE,
)

_MEMBERS_BOARD = compile_pattern(r"board of directors|conseil d['’]administration", re.I)


def _members_body(ex: PageContext) -> bool:
    """Whether the publisher is a body of members from several countries (a network of
    electoral bodies, a parliamentary assembly), by its gazetteer entry."""
    org = ex.g.organizations.get(ex.home_id) if ex.home_id else None
    return org is not None and org.type in (
        "network-of-electoral-bodies",
        "parliamentary-assembly",
    )


# Poll workers trained: "formation des présidents de bureaux de vote", "training of presiding
# officers", "poll workers' training".
_POLL_WORKERS_TRAINED = compile_pattern(
    r"\bformation\s+des\s+(?:présidents|membres|agents|assesseurs|scrutateurs)\s+(?:des?\s+)?"
    r"(?:bureaux|postes)\s+de\s+vote|"
    # ("une session destinée aux présidents de bureaux", "formation de 300 présidents de
    # bureaux de vote")
    r"\b(?:destinée?s?\s+aux|formation\s+de\s+[\d\s]+)\s*(?:présidents|membres|agents|"
    r"assesseurs)\s+de\s+(?:bureaux|postes)\b|\btraining\s+(?:of|for)\s+(?:the\s+)?(?:presiding|polling|"
    r"returning)\s+(?:officers|officials|staff)|\bpoll\s+workers['’]?\s+training",
    re.IGNORECASE,
)
_INTERNAL = compile_pattern(
    # (a meeting's or a workshop's own word, not a topic's: "listing the internal and external
    # risks")
    r"\b(?:internal\s+(?:[\w-]+\s+){0,2}?(?:meetings?|workshops?|sessions?|reviews?|retreats?|"
    r"seminars?|trainings?|planning|consultations?|evaluations?|events?|committees?)\b|"
    # ("le comité de pilotage interne de DRI s'est réuni à Berlin")
    r"(?:réunions?|séances?|ateliers?|séminaires?|sessions?|formations?|revues?|rencontres?|"
    r"comités?)"
    # (its purpose between: "réunion de coordination interne")
    r"\s+(?:[\w-]+\s+){0,2}?internes?\b|"
    r"in-house|à l['’]interne|sur le plan interne|au plan interne|internally(?! displaced)|"
    # (an entry marked so in brackets: "Staff planning day at the Secretariat (internal).",
    # "Fin du déploiement du matériel (activité nationale)")
    r"\((?:internal|interne|national activity|activité nationale|domestic)\)|"
    # (or said to be none of the page's international exchanges: "La formation des présidents
    # de bureau ... ne sont pas des échanges internationaux au sens de cette page")
    r"\bne (?:sont|est) pas (?:des|un|une) (?:échanges?|activités?|missions?|coopérations?) "
    r"internationa\w*|\b(?:is|are) not (?:an )?international (?:exchanges?|activit(?:y|ies)|"
    r"engagements?|cooperation)\b|"
    r"staff planning|planning day|journée de planification|"
    # its staff met for its own review: "le personnel de la Division s'est réuni à Abuja pour
    # sa revue trimestrielle", "the staff met for their mid-year review of activities"
    r"(?:le|son|leur|notre) personnel\b[^.;]{0,40}\b(?:s['’]est réuni|a tenu)|"
    r"(?:sa|leur|notre) revue (?:\w+ )?(?:trimestrielle|semestrielle|annuelle|à mi-parcours)|"
    r"(?:its|their|our) (?:quarterly|mid-year|half-yearly|annual) review of (?:its|their|our)? ?"
    r"(?:activities|work|programmes?)|"
    r"on the (?:internal|domestic) (?:side|front)|de son personnel|for its (?:own )?staff|"
    # the body's own staff gathering: "hosted its annual staff retreat", "séminaire du
    # personnel"
    r"(?:its|their|our) (?:\w+ ){0,2}?staff (?:conference|retreat|meeting|day|seminar)s?|"
    # its team's retreat: "L'équipe régionale a tenu sa retraite annuelle à Saly", "the team
    # held its annual retreat"
    r"(?:sa|leur|notre|son) (?:\w+ )?retraite\b|(?:its|their|our|team['’]s) (?:\w+ )?retreats?\b|"
    # the body's own governance: "EISA Board of Directors meeting", "conseil d'administration"
    r"board of (?:directors|trustees)|conseil d['’]administration|"
    # the delegation's own preparation: "une réunion préparatoire de la délégation", "La
    # délégation s'est réunie à Berne ... pour préparer ses interventions"
    r"(?:réunion|séance|rencontre)s? préparatoires?|preparatory (?:meeting|session)s?|"
    # (its own part, not a thing of its partner's: "to prepare its public exhibition")
    r"(?:pour préparer (?:ses|leurs|sa|son)|to prepare (?:its|their)) (?:[\w'’-]+ )?"
    r"(?:interventions?|participation|contributions?|positions?|présentations?|presentations?|"
    r"travaux|work|mission|rapports?|reports?|déplacement|trip|visite?|statements?|"
    r"déclarations?)\b|"
    r"(?:séminaire|colloque|journée|réunion|retraite)s? (?:[\w'’-]+ ){0,3}?(?:du|de son|de leur) "
    r"personnel|"
    # the body's own move: "the Secretariat moved to new offices", "a emménagé dans ses
    # nouveaux locaux"
    r"moved (?:in)?to (?:its |their )?new (?:offices|premises|headquarters)|relocated|"
    r"(?:a|ont) (?:déménagé|emménagé)|(?:ses|leurs) nouveaux locaux)\b",
    re.IGNORECASE,
)
# A body training its own staff: "a formé ... ses agents", "trained its own staff"; or the
# staff of its own units ("trained the staff of its Divisional Branches", "a formé les agents
# de ses démembrements").
_OWN_STAFF_TRAINED = compile_pattern(
    r"\b(?:formée?s?|trained)\b[^.;]{0,60}?\b(?:ses|leurs|its|their)\s+(?:own\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:agents|staff|personnel|employees|employés|officials|officers|"
    r"cadres)\b|"
    r"\b(?:formée?s?|trained)\s+(?:the\s+|le\s+|les\s+)?(?:agents|staff|personnel|employees|"
    r"employés|officials|officers|cadres)\s+(?:of|de|des|du)\s+(?:its|their|ses|leurs|sa|son)\b",
    re.IGNORECASE,
)
_INTERNATIONAL = compile_pattern(
    r"\b(?:international\w*|foreign|abroad|étrang\w+|delegations?|délégations?|visitors?|"
    r"visiteurs?|francophon\w+|world|monde|observ\w+|embass\w+|ambassad\w+|"
    # other countries, not "les départements du pays"
    r"(?:\d+|several|many|various|other|plusieurs|divers|nombreux|d['’]autres) (?:pays|countries)|"
    # bodies of other countries, by their number or their continent: "15 EMBs of Africa and
    # Asia", "des OGE d'Afrique"
    r"\d+ (?:EMBs|OGE|commissions|organes)|"
    r"(?:Africa|Asia|Europe|Americas|Latin America|Caribbean|Pacific|Afrique|Asie|Amérique\w*|"
    r"Caraïbes|Pacifique)\b)",
    re.IGNORECASE,
)

# An agreement signed is no activity unless someone went or met for it.
_JOURNEY_OR_WORK = compile_pattern(
    r"\b(?:arriv(?:ed|ée?s?|al)|regagn\w+|séances? de travail|working sessions?|séjourn\w*)\b"
    # (or signed by a delegation come for it: "signed ... by a delegation of TSJE justices")
    r"|\b(?:by|with|par|avec)\s+(?:a|an|the|une|la)\s+(?:[\w-]+\s+){0,2}?d[ée]l[ée]gations?\b"
    # (or before a party come for it: "en présence de la délégation de l'Institut venue pour
    # l'occasion", "in the presence of a team that travelled for the occasion")
    r"|\b(?:en présence d[eu]|in the presence of)\s+(?:la|le|l['’]|une?|the|a|an|its|sa|son)?\s*"
    r"(?:[\w-]+\s+){0,2}?(?:d[ée]l[ée]gations?|[ée]quipe|team|mission)\b"
    r"|\b(?:venue?s?|came|come|travell?ed)\s+(?:pour|for)\s+(?:l['’]|the)\s*occasion\b",
    re.IGNORECASE,
)
_AGREEMENT = compile_pattern(
    r"\b(?:memorand(?:um|a)|agreements?|entente|accord|protocole|convention|"
    r"protocol)\b[^.]{0,120}\b(?:sign\w*|conclu\w*|renew\w*|renouvel\w*)|"
    r"\b(?:sign\w*|conclu\w*)\b[^.]{0,60}\b(?:memorand(?:um|a)|agreements?|entente|accord|"
    r"protocole|convention|protocol)\b",
    re.IGNORECASE,
)

# An agreement named by the time it was signed, as background to another event: "de l'accord
# signé en février", "Under the memorandum signed in 2021", "la convention conclue en mars
# 2022".
_AGREEMENT_OF_ITS_TIME = compile_pattern(
    r"\b(?:memorand(?:um|a)|agreements?|entente|accord|protocole|convention|protocol)\b"
    r"[^.,;]{0,60}?\b(?:signée?s?|conclue?s?|renouvelée?s?|signed|concluded|renewed)\s+"
    rf"(?:en|in)\s+(?:(?:{alternatives(WORDS.months)})\b\.?\s*)?(?:(?:19|20)\d\d\b)?",
    re.IGNORECASE,
)


def _signing_told(text: str) -> bool:
    """Whether ``text`` tells of an agreement signed, other than one named by the time it was
    signed before the event the text dates ("Premier fruit de l'accord signé en février, un
    atelier a réuni du 22 au 24 mai 2023 à Cotonou ...")."""
    if not _AGREEMENT.search(text):
        return False
    rest = _AGREEMENT_OF_ITS_TIME.sub(" ", text)
    return bool(_AGREEMENT.search(rest)) or not find_dates(rest)[0]


_BULLET = compile_pattern(r"[-–—•·▪●◦*]\s+(?=\S)")


def _title(
    ex: PageContext,
    section: Section,
    trip: Trip,
    kind: ActivityKind,
    countries: Sequence[str],
    peers: Sequence[Trip],
) -> str:
    """The record's title: its heading (shortened, with the country of a split trip), or
    its kind and countries."""
    names = ", ".join(ex.g.countries[c].name_en for c in countries if c in ex.g.countries)
    if section.heading is not None:
        base = WHITESPACE.sub(" ", section.heading.text).strip().rstrip(".")
        if bullet := _BULLET.match(base):
            # (a bullet titling its entry: "• Kenya: general elections")
            base = base[bullet.end() :]
        words = base.split()
        if len(words) > 12:
            # A short title; the whole heading stays in the source, at heading_span.
            base = " ".join(words[:10]) + " …"
        if trip.split_label or len(peers) > 1:
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


def releases_of_one_mission(ex: PageContext, records: list[Activity]) -> list[Activity]:
    """A mission told over several releases of a page: the day it began ("The core team
    arrived in Maputo on September 2") and, in another release, the day of its preliminary
    statement, in the same country and within two months, are one observation from the
    first to the second."""
    out = list(records)
    for later in records:
        if not (_observation_day(later) and _told(ex, later, _PRELIMINARY)):
            continue
        # the latest day of the same country that began a mission before it
        first = _mission_began_before(ex, out, later, within_days=60)
        if first is None or later not in out:
            continue
        merged = dataclasses.replace(first, end_date=later.end_date)
        out = [
            merged if r is first else r
            for r in out
            if r is not later
            # (and the releases between them, its steps: "Long-term observers deploy across
            # the country", a day of the same country's observation)
            and not (
                r is not first
                and _observation_day(r)
                and r.countries == later.countries
                and first.start_date < r.start_date < later.start_date
            )
        ]
    return out


# A vote told on its day (folded or not): "Kenyans voted in large numbers on Tuesday", "les
# électeurs se sont rendus aux urnes dimanche".
_VOTED = compile_pattern(
    r"\b(?:voted|went to the polls|polling day|election day|ont voté|a voté|se sont rendus aux "
    r"urnes|jour du scrutin|jour du vote)\b",
    re.I,
)
# A stay told as begun on its day and going on: "has been present in Kenya since 29 June",
# "est présente dans le pays depuis le 12 novembre".
_PRESENT_SINCE = compile_pattern(
    r"\b(?:present|deployed|in the country|présente?s?|déployée?s?|dans le pays)\b[^.;]{0,40}"
    r"\b(?:since|depuis)\b",
    re.I,
)


def vote_day_of_a_stay(ex: PageContext, records: list[Activity]) -> list[Activity]:
    """A mission's statement telling the vote on its day ("Kenyans voted in large numbers on
    Tuesday") and the mission present in the country since an earlier day ("has been present
    in Kenya since 29 June"): the vote's day is a day of that stay, no record of its own."""
    stays = [
        r
        for r in records
        if r.kind is ActivityKind.OBSERVATION
        and r.date_precision is DatePrecision.DAY
        and _told(ex, r, _PRESENT_SINCE)
    ]
    return [
        r
        for r in records
        if not (
            r.kind is ActivityKind.OBSERVATION
            and r.date_precision is DatePrecision.DAY
            and r.start_date == r.end_date
            and _told(ex, r, _VOTED)
            and any(
                o is not r
                and o.countries == r.countries
                and o.start_date < r.start_date
                and _days_between(o.start_date, r.start_date) <= 120
                for o in stays
            )
        )
    ]


def _mission_began_before(
    ex: PageContext, records: list[Activity], later: Activity, *, within_days: int
) -> Activity | None:
    """The latest record of ``records`` that told a mission beginning on its day ("arrived
    in Maputo on September 2"), in ``later``'s country, within ``within_days`` before it."""
    begun = [
        r
        for r in records
        if r is not later
        and _observation_day(r)
        and r.countries == later.countries
        and r.start_date < later.start_date
        and _days_between(r.start_date, later.start_date) <= within_days
        and _told(ex, r, _MISSION_BEGAN)
    ]
    return max(begun, key=lambda r: r.start_date) if begun else None


def deployment_after_arrival(ex: PageContext, records: list[Activity]) -> list[Activity]:
    """A mission's arrival told on its day ("The Group arrived in Ghana on 30 November"),
    then its teams' deployment from a later day, in a paragraph of its own ("From 2
    December, teams were deployed to eight regions ... will depart on 14 December"), in the
    same country within three weeks: one observation from the arrival to the deployment's
    end."""
    out = list(records)
    for later in records:
        if later.kind is not ActivityKind.OBSERVATION or not _told(ex, later, _DEPLOYED):
            continue
        first = _mission_began_before(ex, out, later, within_days=21)
        if first is None or later not in out:
            continue
        end = max(first.end_date, later.end_date)
        if _opening_day_only(ex, later):
            # (teams deployed from a day, no end told: "were deployed from Sept. 16" is no
            # end of the stay the arrival began)
            end = first.end_date
        merged = dataclasses.replace(first, end_date=end)
        out = [merged if r is first else r for r in out if r is not later]
    return out


# A day told as the first of what goes on: "from Sept. 16", "à partir du 16 septembre", "dès
# le 16".
_FROM_A_DAY = compile_pattern(
    r"(?:from|since|as of|starting|à partir d[ue]|dès l?e?|depuis)\b", re.IGNORECASE
)


def _opening_day_only(ex: PageContext, record: Activity) -> bool:
    """Whether a record's one day is told as the first of an open stay ("from Sept. 16")."""
    span = record.date_span
    return (
        span is not None
        and record.start_date == record.end_date
        and _FROM_A_DAY.match(ex.page.text, span.start, span.end) is not None
    )


# Teams sent out across the country: "teams were deployed to eight regions", "les
# observateurs ont été déployés", "la mission a déployé ses équipes".
_DEPLOYED = compile_pattern(
    r"\b(?:(?:were|was|been) deployed|deployed (?:its|their|the|\d+)|"
    r"(?:ont|a) été déployée?s?|(?:a|ont) déployé)\b",
    re.I,
)


def _observation_day(record: Activity) -> bool:
    return (
        record.kind is ActivityKind.OBSERVATION
        and record.date_precision is DatePrecision.DAY
        and record.start_date == record.end_date
    )


def _told(ex: PageContext, record: Activity, pattern: re.Pattern[str]) -> bool:
    """Whether the sentence around a record's date phrase says what ``pattern`` does."""
    if record.date_span is None:
        return False
    text = ex.page.text
    start = max(
        text.rfind(".", 0, record.date_span.start), text.rfind("\n", 0, record.date_span.start)
    )
    end = text.find(".", record.date_span.end)
    return bool(pattern.search(text[start + 1 : end if end >= 0 else len(text)]))


def _days_between(first: str, last: str) -> int:
    """Days from ``first`` to ``last`` (ISO days); a day whose year is not known yet
    ("XXXX-11-16") is far from any other."""
    import datetime as dt

    if first.startswith("XXXX") or last.startswith("XXXX"):
        return _FAR
    return (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days


_FAR = 1_000_000  # (days: further apart than any two activities of a page)


# A mission's first day and its preliminary statement, told in its releases.
_MISSION_BEGAN = compile_pattern(
    r"\b(?:arrived|began|started|commenced|est arrivée?|a (?:débuté|commencé|entamé))\b"
    # (its arrival told as the sentence's opening: "Arrivée à Dakar mercredi dernier, la
    # mission ...")
    r"|(?:^|[.;]\s+)\W*arrivée?s?\s+(?:à|au|en|aux|le|dans)\b",
    re.I,
)
_PRELIMINARY = compile_pattern(
    r"\b(?:preliminary (?:statement|findings|report)|déclaration préliminaire)", re.I
)


def undated_beside_dated(records: list[Activity]) -> list[Activity]:
    """A record dated only by a year its heading gives ("ZAMBIA 2021" over a mission's page,
    "Retour d'observation au Sénégal" over a news item whose later part dates the stay),
    beside a record of the page dated in its text, in the same countries and year: the same
    activity, told once, dated by the text; the kind its title names when the dated part's
    own words name none (a meeting or a mission's assistance by default)."""
    out = list(records)
    for r in records:
        if not (
            r.date_phrase is None
            and r.date_precision is DatePrecision.YEAR
            # (not an undated item under a year heading: "2012" / an archive's items)
            and r.section_year is None
        ):
            continue
        dated = [
            o
            for o in out
            if o is not r
            and o.date_phrase is not None
            and set(o.countries) == set(r.countries)
            and o.start_date[:4] <= r.start_date[:4] <= o.end_date[:4]
        ]
        if len(dated) > 1:
            # (several: the one of its kind, "EISA Election Observer Mission to the 2024
            # General Elections" over its pre-election assessment and its deployment)
            dated = [o for o in dated if o.kind == r.kind]
        if len(dated) != 1:
            continue
        o = dated[0]
        known = {p.org for p in o.organizations}
        # (the kinds a text gets when its words name none: a meeting, a mission's assistance)
        fallback = (ActivityKind.CONFERENCE, ActivityKind.TECHNICAL_ASSISTANCE)
        kept = dataclasses.replace(
            o,
            kind=r.kind if o.kind in fallback else o.kind,
            # (the bodies its title and first words name: "la Mission ... de la Francophonie")
            organizations=o.organizations + tuple(p for p in r.organizations if p.org not in known),
        )
        out = [kept if x is o else x for x in out if x is not r]
    return out


# A mission's first and last days told by a gallery's captions: "Ouverture de la mission
# d'évaluation", "Fin de la mission : remise des recommandations".
_OPENING = compile_pattern(
    r"\b(?:ouverture|opening|lancement|launch|arrivée|arrival|début)\b", re.I
)
_CLOSING = compile_pattern(
    r"\b(?:fin de la mission|clôture|closing|end of the mission|remise des recommandations|"
    r"départ|departure)\b",
    re.I,
)


def captions_of_one_mission(ex: PageContext, records: list[Activity]) -> list[Activity]:
    """A photo gallery's captions of one mission, from the one showing its opening to the
    one showing its end (same countries, within two weeks), are one record from the first
    day to the last, whatever the captions between them show."""
    if not photo_captions(ex.clean):
        return records
    out = list(records)
    # (the captions' own records: not an article's, beside its photos' captions, "[Photo] Les
    # participants à l'atelier de bilan, lundi 10 juin" over its text)
    captioned = [r for r in records if _told_in_caption(ex, r)]
    for first in sorted(captioned, key=lambda r: r.start_date):
        if first not in out or first.date_precision is not DatePrecision.DAY:
            continue
        if not _told(ex, first, _OPENING):
            continue
        same = [
            r
            for r in out
            if r is not first
            and r in captioned
            and r.date_precision is DatePrecision.DAY
            and set(r.countries) == set(first.countries)
            and first.start_date < r.start_date
            and _days_between(first.start_date, r.start_date) <= 14
        ]
        closing = [r for r in same if _told(ex, r, _CLOSING)]
        if not closing:
            continue
        last = max(closing, key=lambda r: r.end_date)
        inside = [r for r in same if r.end_date <= last.end_date]
        merged = dataclasses.replace(first, end_date=last.end_date)
        out = [merged if r is first else r for r in out if r not in inside]
    return _captions_of_one_stay(ex, out)


def _told_in_caption(ex: PageContext, record: Activity) -> bool:
    """Whether a record's date or text stands in a photo's caption ("[Picture] Harare, 29
    July 2019 – ..."), as a gallery tells it."""
    spans = [record.date_span] if record.date_span is not None else []
    # (or its text: "Photo 8/9 – Séance de travail ... à Cotonou", dated by the gallery's day)
    return any(in_photo_caption(ex.page.text, sp.start) for sp in [*spans, *record.paragraph_spans])


# A programme's lead-in, closing its line: "... to a visitors' programme in Lisbon. Programme:",
# "Agenda :", "Programa:".
_PROGRAMME_LEAD_IN = compile_pattern(
    r"\b(?:programme|program|programa|agenda)\s*:[ \t]*$", re.IGNORECASE | re.MULTILINE
)
# A programme's day line: its day first, a dash, what was done ("Thursday 6 June – arrivals").
_DAY_LINE = compile_pattern(r"[ \t]*(?:[-•▪*][ \t]+)?\S[^\n–—]{0,30}?\s[–—-]\s+\S")


def _programme_days(text: str) -> list[tuple[int, int, int]]:
    """The days of a programme told day by day under its lead-in ("Programme:" / "Thursday 6
    June – arrivals; ..." / "Friday 7 June – ..."), numbered in order, if three or more lines
    under it each open on one day."""
    for lead in _PROGRAMME_LEAD_IN.finditer(text):
        days: list[tuple[int, int, int]] = []
        for line in text[lead.end() :].lstrip("\n").split("\n"):
            if not line.strip():
                if days:
                    break
                continue
            found, _bad = find_dates(line)
            if not found or found[0].start_offset > 25 or not _DAY_LINE.match(line):
                break
            d = found[0]
            if not (d.start.day and d.start.month and d.start == d.end):
                break
            days.append((len(days) + 1, d.start.month, d.start.day))
        if len(days) >= 3:
            return days
    return []


# The kinds of a mission's days, the first named first: its observation over its meetings.
_MISSION_KINDS = (
    ActivityKind.OBSERVATION,
    ActivityKind.EVALUATION,
    ActivityKind.TECHNICAL_ASSISTANCE,
    ActivityKind.TRAINING,
)


def _month_day(iso: str) -> tuple[int, int]:
    return int(iso[5:7]), int(iso[8:10])


# A day told as the journey home, opening its text: "Vol de nuit vers Paris", "Retour à
# Dakar", "Départ pour Ottawa", "Flight home to Accra", "Return to London".
_WAY_HOME = compile_pattern(
    r"\W*(?:(?:vol|voyage|trajet)(?:\s+(?:de\s+nuit|de\s+retour|retour))?\s+(?:vers|pour|à|jusqu['’]à)|"
    r"retour\s+(?:à|au|en|vers)|départ\s+(?:pour|vers)|(?:overnight\s+|return\s+)?flights?"
    r"(?:\s+(?:home|back))?\s+(?:to|for)|(?:return|travel)(?:\s+(?:home|back))?\s+to|"
    r"departure\s+for)\b",
    re.IGNORECASE,
)


def days_of_one_visit(ex: PageContext, records: list[Activity]) -> list[Activity]:
    """A visit told day by day, each day by its number and its date ("Day 1 – Wednesday 4
    December" ... "Day 6 – Monday 9 December", a gallery's captions, a diary): one record
    from its first day to its last, where most of its days' records are, of a mission's kind
    if one of them has one (an observation's arrival and meetings are the observation's)."""
    # (number, month, day): its own date or counted from another day's ("Day 9")
    days = numbered_days(ex.clean)
    if not days:
        days = _programme_days(ex.clean)
    if not days:
        return records
    if len(days) < 3 or days != sorted(days) or days[0][1:] > days[-1][1:]:
        return records  # (not one run of days in order, within a year)
    first, last = days[0][1:], days[-1][1:]
    inside = [
        r
        for r in records
        if r.date_precision is DatePrecision.DAY
        and not r.start_date.startswith("XXXX")
        and r.start_date[:4] == r.end_date[:4]
        and first <= _month_day(r.start_date)
        and _month_day(r.end_date) <= last
    ]
    if not inside:
        return records
    places = Counter(r.countries for r in inside).most_common(1)[0][0]
    # (a day spent in another country is a stop of its own: "Jour 6 – samedi 9 mars : escale
    # à Lomé"; the visit is its other days)
    home = (ex.home.country,) if ex.home is not None and ex.home.country else None
    elsewhere = [r for r in inside if r.countries not in (places, home)]
    # (the last day told as the journey home, "Jour 9 — mercredi 15 octobre" / "Vol de nuit
    # vers Paris", is the visit's last, not a stop where the flight goes)
    way_home = [
        r
        for r in elsewhere
        if _month_day(r.start_date) == days[-1][1:]
        and any(_WAY_HOME.match(ex.clean, span.start, span.end) for span in r.paragraph_spans)
    ]
    elsewhere = [r for r in elsewhere if r not in way_home]
    # (a day told with the way home, "then departure for Nairobi", is the visit's last)
    inside = [r for r in inside if r.countries in (places, home) or r in way_home]
    own = [
        d[1:]
        for d in days
        if not any(_month_day(r.start_date) <= d[1:] <= _month_day(r.end_date) for r in elsewhere)
    ]
    if not own:
        return records
    first, last = own[0], own[-1]
    kinds = [r.kind for r in inside if r.countries == places]
    kind = next((k for k in _MISSION_KINDS if k in kinds), kinds[0])
    if (titled := page_title_kind(ex)) in _MISSION_KINDS and titled is not None:
        # (the mission the page's title names, whatever its first day's words: "Observer
        # diary: the Commonwealth Observer Group" / "Day 1 – ... Evening induction")
        kind = titled
    lead = next(r for r in inside if r.countries == places)
    year = lead.start_date[:4]
    bodies = list(lead.organizations)
    for r in inside:
        bodies += [p for p in r.organizations if p.org not in {b.org for b in bodies}]
    merged = dataclasses.replace(
        lead,
        start_date=f"{year}-{first[0]:02d}-{first[1]:02d}",
        end_date=f"{year}-{last[0]:02d}-{last[1]:02d}",
        kind=kind,
        organizations=tuple(bodies),
    )
    kept = [merged if r is lead else r for r in records if r is lead or r not in inside]
    return kept


def _captions_of_one_stay(ex: PageContext, records: list[Activity]) -> list[Activity]:
    """A gallery's captions in one place (the same countries, and city where both name
    one, unless a day or two apart) on days at most a week apart, one after the other
    ("Harare, 29 July: observers briefed", "Harare, 31 July: an observer follows the
    count"): the photos of one stay, one record from its first day to its last, of the first
    caption's kind."""
    out: list[Activity] = []
    order = {id(r): i for i, r in enumerate(records)}
    first_of: list[int] = []  # where each record of ``out`` stood in ``records``
    for rec in sorted(records, key=lambda r: r.start_date):
        last = out[-1] if out else None
        if (
            last is not None
            and _told_in_caption(ex, rec)
            and _told_in_caption(ex, last)
            and rec.date_precision is DatePrecision.DAY
            and last.date_precision is DatePrecision.DAY
            and set(rec.countries) == set(last.countries)
            and 0 <= _days_between(last.end_date, rec.start_date) <= 7
            # (in another town of the country, only a day or two apart: the mission's teams
            # deployed, "Ségou, 29 juillet" between two captions in the capital)
            and (
                not rec.cities
                or not last.cities
                or set(rec.cities) & set(last.cities)
                or _days_between(last.end_date, rec.start_date) <= 2
            )
        ):
            known = {p.org for p in last.organizations}
            out[-1] = dataclasses.replace(
                last,
                end_date=max(last.end_date, rec.end_date),
                organizations=last.organizations
                + tuple(p for p in rec.organizations if p.org not in known),
            )
            continue
        out.append(rec)
        first_of.append(order[id(rec)])
    return [rec for _, rec in sorted(zip(first_of, out, strict=True), key=lambda x: x[0])]


def _year_on_its_line(ex: PageContext, rec: Activity) -> bool:
    """Whether a record's year is written on its own line (a recap's row, a timeline's entry:
    "| 2019 | Maputo | ...", "2007 – General Assembly, Maputo"), not only above it."""
    if rec.date_phrase is not None:
        return True
    if not rec.paragraph_spans:
        return False
    span = rec.paragraph_spans[0]
    return rec.start_date[:4] in ex.page.text[span.start : span.end]


def _kind_family(kind: ActivityKind | None) -> ActivityKind | None:
    """A kind, with a network's assembly counted among meetings."""
    return ActivityKind.CONFERENCE if kind is ActivityKind.GENERAL_ASSEMBLY else kind


def summarised(ex: PageContext, records: list[Activity]) -> list[Activity]:
    """One record per activity: a record dated to the month (a summary table's row: "Hosting
    of a delegation | Kampala | Nov 2022") of the same kind and countries as one the page
    dates to the day within that month is that activity told again, unless the bodies
    taking part are all others. So is a record dated to the year (a recap table's row by
    year: "| 2019 | Maputo | Observation (SADC) |") beside one dated within that year."""
    out: list[Activity] = []
    finer = {
        DatePrecision.MONTH: (7, {DatePrecision.DAY}),
        DatePrecision.YEAR: (4, {DatePrecision.DAY, DatePrecision.MONTH}),
    }
    for rec in records:
        if rec.date_precision not in finer:
            out.append(rec)
            continue
        width, precisions = finer[rec.date_precision]
        if rec.date_precision is DatePrecision.YEAR and not _year_on_its_line(ex, rec):
            # (a year only a heading above gives is no recap's row: "2012" / "Meeting of the
            # 7th Québec-Catalonia Joint Committee" beside a meeting of March 2012)
            out.append(rec)
            continue
        row = _table_row_record(ex, rec)
        if any(
            (
                o.date_precision in precisions
                # (or a month told in the text, a table's row spanning it and the next: "In
                # November 2022 an adviser joined the Fijian Elections Office" / "Fiji   FEO
                # Nov–Dec 2022")
                or (
                    row
                    and o.date_precision is DatePrecision.MONTH
                    and o is not rec
                    and (o.start_date, o.end_date) != (rec.start_date, rec.end_date)
                    and rec.start_date[:7] <= o.start_date[:7] <= o.end_date[:7] <= rec.end_date[:7]
                )
            )
            # (a network's assembly told as a meeting in the text: "members met in Maputo for
            # a General Assembly" / "2007 – General Assembly, Maputo")
            # (a row's kind only guessed as a meeting: the text's)
            and (
                _kind_family(o.kind) == _kind_family(rec.kind)
                or (row and rec.kind is ActivityKind.CONFERENCE)
            )
            # (not a year's visit received at home: a body receives many in a year)
            and not (
                rec.date_precision is DatePrecision.YEAR and rec.kind is ActivityKind.RECEPTION
            )
            and set(o.countries) == set(rec.countries)
            and rec.start_date[:width] <= o.start_date[:width] <= rec.end_date[:width]
            and not (_took_part(rec) and _took_part(rec).isdisjoint(_took_part(o)))
            for o in records
        ):
            continue
        out.append(rec)
    return out


def _day_line_alone(text: str) -> bool:
    """Whether a sentence is a diary's day line, its weekday first, and nothing else
    ("Samedi 4 mai 2024", "Thu 5 Sep"; not a page's date line, "March 31, 2023")."""
    text = text.strip()
    weekday = WEEKDAY_START.match(text)
    return weekday is not None and date_alone(text[weekday.end() :])


def _table_row_record(ex: PageContext, rec: Activity) -> bool:
    """Whether a record is told by a table's row (its first paragraph's text one)."""
    if not rec.paragraph_spans:
        return False
    span = rec.paragraph_spans[0]
    return is_table_row(ex.clean[span.start : span.end])


def told_twice(records: list[Activity]) -> list[Activity]:
    """One record per activity: a record of the page with the same days, countries and kind
    as an earlier one is the same activity told again (a bilingual page's French and English
    versions, a summary above the full text), unless the bodies taking part are all others."""
    out: list[Activity] = []
    for rec in records:
        if any(
            (o.start_date, o.end_date, set(o.countries))
            == (rec.start_date, rec.end_date, set(rec.countries))
            # (of another kind too when they span the same days: a report's mission details
            # and its introduction, "Dates: 29.03.2019 – 01.04.2019" / "Friday 29 March –")
            and (
                o.kind == rec.kind
                or rec.start_date != rec.end_date
                # (a month's activity told again by the same bodies, a recap table's row:
                # "En octobre, le siège de la CENA a accueilli une mission de l'ISIE" /
                # "| 4 | Mission d'échange de l'ISIE | octobre | Cotonou |")
                or (
                    rec.date_precision is DatePrecision.MONTH
                    and bool(_took_part(rec))
                    and _took_part(rec) == _took_part(o)
                )
                # (a month's visit received, told in a table's row and again in the text,
                # one read as a reception, the other as a meeting: "Mars 2025 | Gatineau |
                # Accueil d'une délégation du SERVEL" / "En mars 2025, les représentants du
                # SERVEL ont passé trois jours au siège")
                # (or a day's: "Le 14 septembre, la CENA a reçu à son siège ... une délégation
                # de la CENI du Togo" / "| 14/09/2023 | Bénin | Réception CENI Togo |")
                or {o.kind, rec.kind} == {ActivityKind.RECEPTION, ActivityKind.CONFERENCE}
            )
            and not (_took_part(rec) and _took_part(rec).isdisjoint(_took_part(o)))
            for o in out
        ):
            continue
        out.append(rec)
    return out


def trip_told_from_home(ex: PageContext, records: list[Activity]) -> list[Activity]:
    """One record per trip: a record of several days placed at the publisher's home only,
    no visit received, with the same days as one abroad, is that trip told again from home
    (a mission report's day-by-day programme, "Vendredi 26 avril : voyage Cotonou–Lomé" ...
    "Mercredi 1er mai : retour à Cotonou", under its header "Période : du 26 avril au 1er mai
    2024" / "Lieu : Lomé (Togo)")."""
    home = ex.home.country if ex.home is not None and ex.home.resolved else None
    if home is None:
        return records
    return [
        rec
        for rec in records
        if not (
            rec.start_date < rec.end_date
            and set(rec.countries) == {home}
            and rec.kind is not ActivityKind.RECEPTION
            and any(
                (o.start_date, o.end_date) == (rec.start_date, rec.end_date)
                and o.countries
                and home not in o.countries
                for o in records
            )
        )
    ]


# A programme's day: its date, then its sessions by the clock ("Tuesday 3 May 2022" /
# "9:00 – Opening ceremony", "Mardi 9 avril" / "8 h 30 – Accueil").
_CLOCK_LINE = compile_pattern(r"(?:^|\s)\d{1,2}\s*(?:h|:)\s*\d{2}\s*[–—-]\s")


def _programme(record: Activity) -> bool:
    """Whether a record was read from an event's programme (its title, or a day of it)."""
    title = record.title or ""
    return PROGRAMME_TITLE.match(title) is not None or _CLOCK_LINE.search(title) is not None


def within_other_records(ex: PageContext, records: list[Activity]) -> list[Activity]:
    """One record per trip: a record of the page whose days fall within another record's
    range of several days in the same countries (the meeting day of a listed event, told
    again in the report below it) is that trip's, not another one; unless the bodies
    taking part in it are all others, or the two, of one kind, are dated in paragraphs
    naming each other international bodies taking part (two missions told side by side:
    "Arrivée mercredi dernier, la mission de la CEDEAO ..." / "La mission de l'UA,
    présente dans le pays depuis le 12 novembre ..."), or it is a stay told as another
    activity ("La CENA a également accueilli trois observateurs ..., arrivés samedi ... et
    repartis lundi")."""
    out = []
    bodies = {id(rec): _dated_paragraph_bodies(ex, rec) & _took_part(rec) for rec in records}
    joined: dict[int, list[PartyRole]] = {}  # by id of the record: parties its programme names
    programme = {id(rec): _programme(rec) for rec in records}
    for rec in records:
        outer = next(
            (
                o
                for o in records
                if o is not rec
                and o.date_precision is DatePrecision.DAY
                and rec.date_precision is DatePrecision.DAY
                and o.start_date < o.end_date
                # (the same countries, or the event's own and those a session names:
                # "Session 1: experiences from Malawi, South Africa and Zambia")
                # (or a programme's days, wherever its sessions' words place them)
                and (set(o.countries) <= set(rec.countries) or programme[id(rec)])
                and o.start_date <= rec.start_date
                and rec.end_date <= o.end_date
                and (o.start_date, o.end_date) != (rec.start_date, rec.end_date)
                # other bodies' programme in those days is an activity of its own
                and not (_took_part(rec) and _took_part(rec).isdisjoint(_took_part(o)))
                # (as is one of another kind in another city: "From 4 to 22 September I was
                # embedded ... in Antananarivo" / "on 14 and 15 September ... a two-day
                # workshop in Toamasina")
                and not (
                    rec.kind != o.kind
                    and rec.cities
                    and o.cities
                    and set(rec.cities).isdisjoint(o.cities)
                )
                # (a stay of its own, not a day of the other's: "Elle a elle aussi présenté
                # ses conclusions préliminaires hier")
                and not (rec.start_date < rec.end_date and _told_as_another(ex, rec))
                # (nor visitors received under a title of their own during another's stay:
                # "a) OSCE/ODIHR Election Expert Team" / "b) Visitor programme for election
                # officials ... welcomed to Bern 19 representatives")
                # (but the publisher's own mission received abroad in its days is the
                # mission's: "Le Président de la CENA a reçu ce jeudi la mission
                # d'observation de la Francophonie", reposted by the Francophonie)
                and not (
                    rec.kind is ActivityKind.RECEPTION
                    and o.kind is not ActivityKind.RECEPTION
                    and rec.title != o.title
                    and not (
                        ex.home is not None
                        and ex.home.resolved
                        and ex.home.country not in rec.countries
                        and any(p.org == ex.home_id for p in o.organizations)
                    )
                )
                # (or a visit received, told in a paragraph naming none of the mission's
                # bodies: "La CENA a reçu mardi ... une délégation de la CEI" / "Celle du
                # RECEF ... a été déployée du 12 au 19 novembre")
                and not (
                    o.kind == rec.kind
                    and bodies[id(rec)]
                    and bodies[id(o)]
                    and bodies[id(rec)].isdisjoint(bodies[id(o)])
                )
                and not (
                    rec.kind is ActivityKind.RECEPTION
                    and o.kind is not ActivityKind.RECEPTION
                    and _guests_told(ex, rec)
                    and (mine := _dated_paragraph_bodies(ex, rec, national=True) & _took_part(rec))
                    and (theirs := _dated_paragraph_bodies(ex, o, national=True) & _took_part(o))
                    and mine.isdisjoint(theirs)
                )
            ),
            None,
        )
        if outer is None:
            out.append(rec)
        elif programme[id(rec)]:
            # the bodies the programme names as taking part took part in the event
            joined.setdefault(id(outer), []).extend(
                p for p in rec.organizations if p.role.took_part
            )
    return [_with_parties(rec, joined.get(id(rec), [])) for rec in out]


# A gathering told as held where the one before it was: "held their ordinary assembly at the
# same venue", "au même endroit", "dans les mêmes locaux".
_SAME_VENUE = compile_pattern(
    r"\b(?:at|in) the same (?:venue|place|hotel|location|premises|site|city|town)\b|"
    r"\bau même (?:endroit|lieu|hôtel|site)\b|\bdans les mêmes locaux\b|\bsur le même site\b|"
    # ("Le 6 juin, dans la même ville, s'est tenue la première réunion du groupe de travail")
    r"\bdans la même (?:ville|localité|salle)\b",
    re.IGNORECASE,
)


def at_the_same_venue(ex: PageContext, records: list[Activity]) -> list[Activity]:
    """A record whose dated sentence says it was held "at the same venue" takes the places of
    the record told before it on the page ("The day before the Conference, on Tuesday,
    November 7, the member bodies of the Protocolo de Tikal held their ordinary assembly at
    the same venue"), whatever other place its paragraph names."""
    out: list[Activity] = []
    for rec in records:
        span = rec.date_span
        before = [
            o
            for o in out
            if o.date_span is not None and span is not None and o.date_span.start < span.start
        ]
        if span is not None and before and before[-1].countries:
            start = max(ex.clean.rfind(". ", 0, span.start), ex.clean.rfind("\n", 0, span.start))
            stops = [
                i for i in (ex.clean.find(". ", span.end), ex.clean.find("\n", span.end)) if i >= 0
            ]
            end = min(stops) if stops else len(ex.clean)
            if _SAME_VENUE.search(ex.clean, start + 1, end):
                rec = dataclasses.replace(
                    rec, countries=before[-1].countries, cities=before[-1].cities
                )
        out.append(rec)
    return out


def since_before_the_stay(records: list[Activity]) -> list[Activity]:
    """A day a presence is told to have begun ("eight long-term observers who have been in
    the country since 16 October"), no end of its own, in the paragraph that dates the
    stay it leads into within three weeks, in the same countries and of one kind ("The
    AUEOM will be in Botswana from 21 October to 4 November"): part of that stay."""
    out = []
    for rec in records:
        par = _dated_paragraph(rec)
        if (
            par is not None
            and rec.start_date == rec.end_date
            and rec.date_precision is DatePrecision.DAY
            and (rec.date_phrase or "").lower().startswith(("since", "depuis"))
            and any(
                o is not rec
                and _dated_paragraph(o) == par
                and o.kind == rec.kind
                and set(o.countries) == set(rec.countries)
                and o.date_precision is DatePrecision.DAY
                and o.start_date < o.end_date  # (a stay of several days, not a day of it)
                and 0 < _days_between(rec.start_date, o.start_date) <= 21
                and not (_took_part(rec) and _took_part(rec).isdisjoint(_took_part(o)))
                for o in records
            )
        ):
            continue
        out.append(rec)
    return out


def _dated_paragraph(record: Activity) -> Span | None:
    """The paragraph a record's dates are read from."""
    at = record.date_span.start if record.date_span is not None else -1
    return next((p for p in record.paragraph_spans if p.start <= at < p.end), None)


def _told_as_another(ex: PageContext, record: Activity) -> bool:
    """Whether a record's dates are read from a sentence telling another activity in the
    same days ("La CENA a également accueilli trois observateurs ..., arrivés samedi")."""
    par = _dated_paragraph(record)
    if par is None or record.date_span is None:
        return False
    at = record.date_span.start
    sentence = next(
        (
            s
            for s in split_sentences(ex.clean[par.start : par.end], par.start, -2)
            if s.start <= at < s.end
        ),
        None,
    )
    return sentence is not None and tells_another(ex, sentence, at)


def _dated_paragraph_bodies(
    ex: PageContext, record: Activity, *, national: bool = False
) -> set[str]:
    """The international bodies the gazetteers know named in the paragraph a record's
    dates are read from (none when that is its heading: the page's title names the
    mission its text tells, "Commonwealth Observer Group: Guyana ... Elections, 11 May
    2015" over "The Group was present in Guyana from 4 to 17 May"); with ``national``, any
    body the gazetteers know."""
    par = _dated_paragraph(record)
    if par is None or (record.heading_span is not None and par.start == record.heading_span.start):
        return set()
    paragraph = Sentence(par.start, par.end, ex.clean[par.start : par.end], -2)
    if national:
        # (a shared name counts for each body it may be: "CENA", "CEI")
        return {
            ref
            for h in ex.hits(paragraph)
            if h.category in ("organization", "generic-organization")
            for ref in h.refs
        }
    return international_bodies(ex, paragraph)


def _guests_told(ex: PageContext, record: Activity) -> bool:
    """Whether the paragraph a record's dates are read from names guests ("une délégation")."""
    par = _dated_paragraph(record)
    return par is not None and _GUESTS.search(ex.clean, par.start, par.end) is not None


def _with_parties(record: Activity, parties: list[PartyRole]) -> Activity:
    """A record with the parties of another told of it, those it lacks."""
    known = {p.org for p in record.organizations}
    extra = tuple(p for p in dict.fromkeys(parties) if p.org not in known)
    return (
        dataclasses.replace(record, organizations=record.organizations + extra) if extra else record
    )


def _took_part(record: Activity) -> set[str]:
    return {p.org for p in record.organizations if p.role.took_part}


def before_publication(ex: PageContext, records: list[Activity]) -> list[Activity]:
    """The records that began by the day the page says it was published or last updated:
    one dated after it is a plan ("Status: Scheduled" in a calendar), reported, not
    recorded."""
    # (what the text says, not the metadata: an archive's first publication date may
    # be older than its newest entries)
    # (or the day an act opens on: "L'an deux mille vingt-quatre et le mardi douze novembre")
    day = publication_day(ex.page.text) or act_day(ex.page.text)
    if day is None:
        return records
    # (a listing of news items, each under its dateline, one of them a "Published 30 April"
    # line: the page is as new as its newest dateline)
    newest = last_dateline_day(ex.page.text)
    if newest is not None and newest > day:
        day = newest
    kept = []
    for rec in records:
        start = rec.start_date
        # (at the precision the record has: a day, a month or a year after the page's own)
        later = start > day[: len(start)] if len(start) in (4, 7, 10) else False
        # (not the stay of days the page announces, days before it: "Elections Canada
        # Welcomes International Visitors" over "will host ... from Friday, October 18")
        if later and not (rec.end_date != start and announced_stay(ex, start, day)):
            span = rec.date_span or rec.paragraph_spans[0]
            ex.issue(
                "planned",
                f"dated after the page's publication ({day}): not recorded",
                span.start,
                span.end,
            )
            continue
        kept.append(rec)
    return kept


# People who went somewhere told in the first person, or received there: "nous étions à",
# "we were in", "reçus par", "received by".
_WE_WENT = compile_pattern(
    r"\b(?:nous (?:étions|sommes allés|nous sommes rendus)|we (?:were|went|travelled|traveled)|"
    r"reçue?s? par|received by|hosted by|accueillie?s? par)\b",
    re.IGNORECASE,
)


def _body_country(ex: PageContext, party: PartyRole) -> str | None:
    """The country of a body the gazetteers know (not one they lack, whose name may hold
    its country when the body that acted went unnamed: "the Zimbabwe Electoral Commission
    (ZEC)" beside regional observers)."""
    org = ex.g.organizations.get(party.org)
    return org.country if org is not None else None


# Two bodies' missions told as one: "les deux missions", "both missions", "the two missions".
_BOTH_MISSIONS = compile_pattern(
    r"\b(?:les deux missions|ces deux missions|both (?:observation )?missions|the two "
    r"(?:observation )?missions)\b",
    re.IGNORECASE,
)


def each_bodys_mission(ex: PageContext, records: list[Activity]) -> list[Activity]:
    """A record telling two international bodies' missions as one ("Présentes au Bénin
    depuis le 2 janvier, les deux missions quitteront le pays jeudi", the missions of the
    CEDEAO and of the UA): one record for each body's mission, the same days and place."""
    out: list[Activity] = []
    for rec in records:
        # (told so where its days are: not "Les deux missions ont appelé ..." after each
        # one's own paragraph)
        par = _dated_paragraph(rec)
        told = ex.clean[par.start : par.end] if par is not None else ""
        missions = [
            p
            for p in rec.organizations
            if p.role.took_part
            and p.org != ex.home_id
            and (org := ex.g.organizations.get(p.org)) is not None
            and org.country is None
        ]
        if (
            rec.kind is not ActivityKind.OBSERVATION
            or len(missions) != 2
            or not _BOTH_MISSIONS.search(told)
        ):
            out.append(rec)
            continue
        for mine in missions:
            others = tuple(p for p in rec.organizations if p not in missions or p is mine)
            out.append(dataclasses.replace(rec, organizations=others))
    return out


# The kinds of activity carried out with a counterpart by someone else: its trainers, its
# advisers, its evaluators.
# Someone giving a training or an assistance, in the active voice: "la CENA a animé à
# Abidjan, avec la CEI ...", "trained", "facilitated".
_GIVER = compile_pattern(
    r"\b(?:(?:a|ont|avait|avaient)\s+(?:animé|formé|organisé|dispensé|conduit|facilité|"
    r"encadré|appuyé|accompagné|assuré)|anime|organise|trained|conducted|"
    r"facilitated|delivered|ran|led|organi[sz]ed|supported|assisted|provided)\b",
    re.IGNORECASE,
)
_GIVEN_TO_COUNTERPARTS = frozenset(
    {ActivityKind.TRAINING, ActivityKind.TECHNICAL_ASSISTANCE, ActivityKind.EVALUATION}
)


# A paragraph opening on the country's own affairs: "Sur le plan national, ...", "On the
# domestic front, ..." (not "Closer to home," over a course for neighbours' officials).
_NATIONAL_SCOPE = compile_pattern(
    r"\W*(?:sur le plan (?:national|intérieur)|au (?:plan|niveau) national|"
    r"on the domestic front|domestically)\s*,",
    re.IGNORECASE,
)


def _told_as_national(
    ex: PageContext, trip: Trip, countries: Sequence[str], sents: Sequence[Sentence]
) -> bool:
    """Whether the trip's paragraph opens on the country's own affairs ("Sur le plan
    national, l'instance a réuni ses coordinateurs régionaux à Sousse le 14 mars") and names
    no body or country of elsewhere."""
    if trip.anchor_sentence is None or len(countries) != 1:
        return False
    paragraph = [s for s in sents if s.paragraph == trip.anchor_sentence.paragraph]
    if not paragraph or _NATIONAL_SCOPE.match(paragraph[0].text) is None:
        return False
    for s in paragraph:
        for h in ex.hits(s):
            if h.category == "country" and h.refs[0] != countries[0]:
                return False
            if h.category == "organization":
                org = ex.g.organizations.get(h.refs[0])
                if org is None or org.country != countries[0]:
                    return False
    return True


def national_only(ex: PageContext, records: list[Activity]) -> list[Activity]:
    """On a paper's page, the records whose only parties are bodies of their own country
    ("7 décembre 2010 – Le CEP publie les résultats préliminaires du premier tour"): that
    country's own events, no cooperation; reported, not recorded."""
    if ex.page.meta.publisher_kind != "press" or (ex.home is not None and ex.home.resolved):
        return records
    kept = []
    for rec in records:
        # (a reception has its visitors, whether named as a body or not: "la CENI reçoit ses
        # homologues nigériens")
        told = " ".join(ex.clean[span.start : span.end] for span in rec.paragraph_spans)
        # (its parties, not a body only named in the paragraphs around it: "Prochaine étape :
        # l'institution doit déployer deux observateurs au Ghana, à l'invitation de la CEDEAO")
        parties = [p for p in rec.organizations if p.role.took_part]
        national = (
            rec.kind is not ActivityKind.RECEPTION
            # (or no party at all, in a dispatch whose title alone names it, undated: "***
            # Bouaké : les agents de bureaux de vote achèvent leur formation ***")
            and (bool(parties) or rec.date_span is None)
            and all(_body_country(ex, p) in rec.countries for p in parties)
            # (not when they are only the counterparts of someone's assistance or training:
            # "la CENA a animé à Abidjan, avec la CEI de Côte d'Ivoire, une session de
            # formation")
            and not (
                rec.kind in _GIVEN_TO_COUNTERPARTS
                and bool(parties)
                and all(p.role is OrgRole.COUNTERPART for p in parties)
                # (someone giving it: not the body's own agents trained, no one else named,
                # "Quelque 300 agents des commissions locales de la CEI ont été formés")
                and _GIVER.search(told) is not None
            )
            # (not a journey of people the paper does not name as a body: "nous étions à
            # Ottawa, reçus par Élections Canada")
            and not TRAVEL.search(told)
            and not _WE_WENT.search(told)
        )
        if national:
            span = rec.date_span or rec.paragraph_spans[0]
            ex.issue(
                "domestic",
                "no party but the country's own bodies: that country's own event, not recorded",
                span.start,
                span.end,
            )
            continue
        kept.append(rec)
    return kept


def _dateline_trip(ex: PageContext, trip: Trip) -> bool:
    """Whether a trip is the one day of the page's dateline ("February 5, 2020 - Mexico City"
    under a speech's title, "I want to speak this morning ...")."""
    m = trip.anchor
    return (
        m is not None
        and m.start.day is not None
        and m.start.year is not None
        and m.start == m.end
        and m.start.iso() == first_dateline_day(ex.page.text)
    )
