"""Entry shapes met on held-out sets 84 and 85, each tried on a page written for this file.

Every page below is made up for its rule (other bodies, countries, dates and words than the
held-out pages it was found on); the expected records were read off the made-up text, never
taken from the parser's output. Each record is checked for its dates, kind and countries.
"""

from __future__ import annotations

import datetime as dt

import pytest
from made_up import records_of as _records
from made_up import rows_of as _rows

from graphbuild.gazetteer import Gazetteer
from graphbuild.ingest.dates import find_dates
from graphbuild.ingest.relative_dates import relative_dates

# An archive of missions, each a title and its fields, "Mission period:" among them; a note
# on all the missions closes the page.
FIELDED_ARCHIVE = """Regional Forum of Election Managers
Home | Missions | News

Missions > Archive

The Forum sends teams of commissioners to the elections of its members.

2019

Republic of Malawi - Tripartite Elections
Mission period: 14 - 24 May
Election day: 21 May 2019
Team leader: a commissioner of the Electoral Commission of Zambia. Teams went to Lilongwe.

Republic of Botswana - General Elections
Mission period: 17 - 27 October 2019
Election day: 23 October 2019
Head of Mission: a commissioner from Lesotho.

2018

Republic of Zimbabwe - Harmonised Elections
Mission dates: 24 July - 3 August 2018
Election day: 30 July 2018

The reports of the missions are discussed at the Forum's next annual meeting.
"""


def test_fielded_archive_entries_and_closing_note(gazetteer: Gazetteer) -> None:
    rows = _rows(_records(FIELDED_ARCHIVE, gazetteer, publisher="Regional Forum"))
    assert rows == [
        ("2019-05-14", "2019-05-24", "observation", ("MWI",)),
        ("2019-10-17", "2019-10-27", "observation", ("BWA",)),
        ("2018-07-24", "2018-08-03", "observation", ("ZWE",)),
    ]


# A seminar's own page: its title, a line with its city, days and hall; its programme day
# by day, and a visit received the day after it.
SEMINAR_PAGE = """Commission électorale nationale du Niger
Accueil | Actualités | Événements

ATELIER SOUS-RÉGIONAL SUR LA CARTOGRAPHIE ÉLECTORALE
Niamey, du 4 au 6 octobre 2022 – Hôtel Gaweye

Présentation
La Commission accueille un atelier d'échanges sur la cartographie électorale avec les
commissions de la sous-région, avec l'appui du PNUD.

Programme

Mardi 4 octobre
09h00 – Ouverture officielle

Mercredi 5 octobre
09h00 – Deuxième panel

© CENI Niger 2022
"""


def test_listing_line_with_its_venue_after_the_dates(gazetteer: Gazetteer) -> None:
    rows = _rows(_records(SEMINAR_PAGE, gazetteer, publisher="CENI Niger"))
    assert rows == [("2022-10-04", "2022-10-06", "conference", ("NER",))]


# A résumé: missions by year, a line each, some wrapped with a hanging indent, one of a
# part of a year; a French one with bullets under year headings.
RESUME_EN = """Centre for Electoral Studies
Home / Team / Prof. Anna Kowalczyk

Election missions
2015: Short-term observer with the OSCE/ODIHR Election Observation Mission to Ukraine,
      local elections of 25 October 2015.
2019: Trainer at a BRIDGE workshop for the Electoral Commission of Malawi in Lilongwe.
Early 2020: Adviser to the National Elections Commission of Liberia on results tabulation.
2021: Panellist at the annual conference of the Association of European Election
      Officials (ACEEEO), Budapest, Hungary.

Publications
- "Counting the Count" (2018).

© 2023 Centre for Electoral Studies
"""

RESUME_FR = """Centre d'études électorales
Accueil > Notre équipe > Experts

Principales missions

2022
• Du 7 au 11 mars : formateur principal d'un atelier sur le contentieux organisé à Lomé (Togo).

2018
• Conseiller technique auprès de la Commission électorale nationale indépendante à Madagascar.

Publications
« Les élections au Sahel », 2020.
"""


def test_resume_lines_of_a_year(gazetteer: Gazetteer) -> None:
    rows = _rows(_records(RESUME_EN, gazetteer, publisher="Centre for Electoral Studies"))
    assert rows == [
        ("2015", "2015", "observation", ("UKR",)),
        ("2019", "2019", "training", ("MWI",)),
        ("2020", "2020", "technical-assistance", ("LBR",)),
        ("2021", "2021", "conference", ("HUN",)),
    ]
    rows = _rows(_records(RESUME_FR, gazetteer, publisher="Centre d'études électorales"))
    assert rows == [
        ("2022-03-07", "2022-03-11", "training", ("TGO",)),
        ("2018", "2018", "technical-assistance", ("MDG",)),
    ]


# A timeline whose entries open on their dates, one of them a part of a year only.
TIMELINE = """Commission électorale indépendante du Burundi
Accueil > Coopération > Chronologie

CHRONOLOGIE DES PARTENARIATS (2017 – 2019)

2017

Fin 2017 – Une mission d'évaluation du PNUD examine à Bujumbura les besoins du cycle électoral.

Du 12 au 16 mars 2018 – Atelier de formation des formateurs à Gitega, animé par deux experts d'IFES.

2019

Mi-mai 2019 – Voyage d'étude de trois commissaires à Kigali auprès de la commission du Rwanda.

Les 4 et 5 novembre 2019 – La Commission participe à Kinshasa à un séminaire régional.

© CENI Burundi 2020
"""


def test_timeline_entries_each_their_own(gazetteer: Gazetteer) -> None:
    rows = _rows(_records(TIMELINE, gazetteer, publisher="CENI Burundi"))
    assert rows == [
        ("2017", "2017", "evaluation", ("BDI",)),
        ("2018-03-12", "2018-03-16", "training", ("BDI",)),
        ("2019-05", "2019-05", "conference", ("RWA",)),
        ("2019-11-04", "2019-11-05", "conference", ("COD",)),
    ]


# A wire from the capital: a team of another country's commission arrived "here"; the
# commission's officials came back from a workshop abroad the week before.
WIRE = """National News Agency

Home » Politics

Thursday, 06 March 2025, 16:40

Bhutan poll body team arrives to observe Saturday's vote

COLOMBO, March 6 (NNA) - A four-member team of the Election Commission of Bhutan arrived here
on Tuesday to observe Saturday's provincial council elections, officials said today.

Meanwhile, two commissioners had returned from Manila, where they attended a regional
workshop on voter education. The workshop, held on Thursday and Friday last week, was
organised by the Commission on Elections of the Philippines.

© National News Agency 2025
"""


def test_wire_dateline_and_a_body_of_another_country(gazetteer: Gazetteer) -> None:
    rows = _rows(_records(WIRE, gazetteer, publisher="NNA", publisher_kind="press"))
    # Thursday 6 March 2025: Tuesday the 4th; last week's Thursday and Friday, 27-28 February
    assert rows == [
        ("2025-03-04", "2025-03-04", "observation", ("LKA",)),
        ("2025-02-27", "2025-02-28", "training", ("PHL",)),
    ]


def test_days_told_from_the_news_items_day() -> None:
    told_on = dt.date(2024, 5, 17)  # a Friday
    (m,) = relative_dates("Avant-hier, la délégation a visité le centre de vote", told_on)
    assert m.start.iso() == "2024-05-15"
    (m,) = relative_dates("elle n'a quitté Lomé que le 3 courant", told_on)
    assert m.start.iso() == "2024-05-03"
    (m,) = relative_dates("the team left Apia on the 4th instant", told_on)
    assert m.start.iso() == "2024-05-04"


def test_two_weekdays_last() -> None:
    told_on = dt.date(2024, 3, 14)  # a Thursday
    (m,) = relative_dates("Lundi et mardi derniers, une délégation a été reçue", told_on)
    assert (m.start.iso(), m.end.iso()) == ("2024-03-11", "2024-03-12")
    (m,) = relative_dates("on Tuesday and Wednesday last, the board met", told_on)
    assert (m.start.iso(), m.end.iso()) == ("2024-03-12", "2024-03-13")


# A calendar as a table with a Venue column: a hotel, then its city.
CALENDAR = (
    "Electoral Commission of Bhutan\n"
    "Home > International Cooperation > Calendar 2022\n\n"
    "Date | Activity | Venue | Partners\n"
    "2022-05-09 – 2022-05-11 | Regional workshop on electoral justice, co-hosted with"
    " International IDEA | Hotel Druk, Thimphu | International IDEA; Election Commission"
    " of India; Election Commission of Nepal\n"
    "2022-08-15 | Parliamentary by-election — domestic | Constituency concerned | —\n\n"
    "Last updated: 2022-12-30\n"
)


def test_table_row_placed_by_its_venue_column(gazetteer: Gazetteer) -> None:
    rows = _rows(_records(CALENDAR, gazetteer, publisher="ECB"))
    assert rows == [("2022-05-09", "2022-05-11", "training", ("BTN",))]


# An interview: its days without a year, told under its publication day; a day before and
# after the month of another told earlier in the text.
INTERVIEW = """L'HEBDO DU SAHEL
Accueil > Politique

Entretien
Moussa Diarra (Commission électorale) : « Nous préparons le scrutin »

Par Aïcha Konaté
Publié le 20 septembre 2022

En juin dernier, votre commission a observé les élections au Sénégal ?
Oui. Puis, les 5 et 6 septembre, nous avons organisé à Bamako un atelier régional avec le PNUD.
"""


def test_days_of_an_interview_take_its_publication_year(gazetteer: Gazetteer) -> None:
    records = _records(INTERVIEW, gazetteer, publisher="L'Hebdo du Sahel", publisher_kind="press")
    days = [(r.start_date, r.end_date) for r in records if len(r.start_date) == 10]
    assert days == [("2022-09-05", "2022-09-06")]


# A report's programme: the last day's visit gets the year its weekday is in, not the year
# before, though it comes after a day of the same month.
PROGRAMME = """Commission électorale nationale de Guinée-Bissau
Accueil > Événements

COLLOQUE RÉGIONAL SUR LE FICHIER ÉLECTORAL
Bissau, les 6 et 7 mars 2023 – Palais des congrès

Présentation
La Commission réunit les commissions de la sous-région avec l'appui d'IFES.

Programme

Lundi 6 mars
09h00 – Ouverture

Mercredi 8 mars
Visite de travail d'une délégation de la Commission électorale nationale (CNE) du Cap-Vert au
siège de la Commission : présentation du fichier électoral.

© CNE 2023
"""


def test_a_weekday_settles_an_inferred_year(gazetteer: Gazetteer) -> None:
    records = _records(PROGRAMME, gazetteer, publisher="Commission électorale de Guinée-Bissau")
    starts = [r.start_date for r in records]
    assert "2023-03-06" in starts
    assert "2022-03-08" not in starts  # (8 March 2022 was a Tuesday)
    assert all(r.countries != ("CPV",) for r in records)  # the visitors' body's country


# A delegation's report: the report laid before the body that sent it is no trip.
REPORT = """SENATE
Report of the delegation to the presidential election in Chile (19–22 November 2021)

The delegation of four senators observed the presidential election held in Chile on 21
November 2021, as part of the international mission, in Santiago and Valparaíso.

The head of the delegation presented the report to the Committee on Foreign Relations in
Ottawa on 2 December 2021.
"""


def test_report_presented_at_home_is_no_trip(gazetteer: Gazetteer) -> None:
    rows = _rows(_records(REPORT, gazetteer, publisher="Senate of Canada"))
    assert rows == [("2021-11-19", "2021-11-22", "observation", ("CHL",))]


# A factsheet: its counterpart spelled out once with its country, then by its acronym.
FACTSHEET = """DONOR AGENCY | FACT SHEET
Electoral Support Activity

Main counterpart: Independent Electoral Commission of the Republic of Zambia (IEC-Z)

KEY RESULTS
• Two results-management advisers were embedded in the IEC-Z from March 2 to 13, 2020 to
  support the tabulation system.
"""


def test_acronym_spelled_out_with_its_country_places_a_trip(gazetteer: Gazetteer) -> None:
    records = _records(FACTSHEET, gazetteer, publisher="Donor Agency")
    assert [(r.start_date, r.end_date, r.countries) for r in records] == [
        ("2020-03-02", "2020-03-13", ("ZMB",))
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [("Posted on : 28-Jan-19", "2019-01-28"), ("Deadline: 3-Sep-2021", "2021-09-03")],
)
def test_dashed_days_of_notices(text: str, day: str) -> None:
    (m,) = find_dates(text)[0]
    assert m.start.iso() == day


def test_dashed_codes_are_no_days() -> None:
    assert find_dates("Reference 12-AB-34, lot 10-km-20")[0] == []


# An agenda of a body at home: its own accreditation of observers and its staff's
# planning retreat are no cooperation, whoever is named beside them; a study visit paid
# abroad is.
AGENDA = """Commission électorale nationale indépendante du Tchad
Accueil / Coopération / Agenda 2023

Le tableau ci-dessous reprend les activités de la Commission pour 2023.
Mis à jour le 15 décembre 2023

Date | Activité | Lieu | Partenaires | Statut
4-8 avril 2023 | Accréditation et formation des observateurs nationaux et internationaux"""
AGENDA += """ (UA, CEEAC) | N'Djamena | — | Réalisée
9-12 mai 2023 | Retraite de planification stratégique du personnel de la Commission"""
AGENDA += """ | N'Djamena | — | Réalisée
18-22 septembre 2023 | Voyage d'étude auprès de la Commission électorale nationale"""
AGENDA += """ indépendante | Niamey (Niger) | PNUD | Réalisée
"""


def test_own_tasks_at_home_are_not_cooperation(gazetteer: Gazetteer) -> None:
    rows = _rows(_records(AGENDA, gazetteer, publisher="CENI Tchad"))
    assert rows == [("2023-09-18", "2023-09-22", "conference", ("NER",))]


# A news list of a body that drafts legal opinions: a visit of its rapporteurs to prepare
# one is legal help, not a meeting.
OPINIONS = """Commission européenne pour la démocratie par le droit
Accueil > Actualités

Arménie : visite de rapporteurs à Erevan
Les 11 et 12 mai 2022, deux rapporteurs ont rencontré à Erevan la Commission électorale
centrale afin de préparer l'avis demandé sur le projet de code électoral.
"""


def test_a_visit_to_prepare_an_opinion_is_legal_help(gazetteer: Gazetteer) -> None:
    rows = _rows(_records(OPINIONS, gazetteer, publisher="Commission de Venise"))
    assert rows == [("2022-05-11", "2022-05-12", "technical-assistance", ("ARM",))]


# A regional body's table of missions: the Country column is where; the head of mission's
# country in brackets is where the head comes from.
MISSION_TABLE = """Pacific Islands Forum Secretariat
Home > Political Governance > Election Observation

| Country | Election | Dates | Head of mission |
|---|---|---|---|
| Tonga | General Election, 18 November 2021 | 13-20 Nov. 2021 | Ms. Ana Lewis (Fiji) |
| Samoa | General Election, 9 April 2021 | 5-12 Apr. 2021 | Mr. Tom Kaua (Vanuatu) |
"""


def test_a_table_column_named_country_is_where(gazetteer: Gazetteer) -> None:
    rows = _rows(_records(MISSION_TABLE, gazetteer, publisher="Pacific Islands Forum"))
    assert [(start, countries) for start, _end, _kind, countries in rows] == [
        ("2021-11-13", ("TON",)),
        ("2021-04-05", ("WSM",)),
    ]


# A forum's own page: its city, weekdays and hotel on the line under its title.
FORUM_PAGE = """Union africaine – Commission
Accueil > Affaires politiques > Événements

Forum continental des organes de gestion des élections
Addis-Abeba, du lundi 14 au mercredi 16 novembre 2022 – Centre de conférences des Nations Unies

Organisé par la Commission de l'Union africaine avec IDEA international, le Forum réunit les
présidents des organes électoraux du continent.
"""


def test_a_long_listing_line_with_weekdays_and_venue(gazetteer: Gazetteer) -> None:
    rows = _rows(_records(FORUM_PAGE, gazetteer, publisher="Union africaine"))
    assert [(r[0], r[1], r[3]) for r in rows] == [("2022-11-14", "2022-11-16", ("ETH",))]


# A US body's record of engagements: date lines month first, one only month first can read,
# over the entries they date; an online roundtable is no trip.
US_RECORD = """Federal Voting Office
Home > International

Below is a record of the Office's international engagements in 2022.

03/08/2022
The Office hosted eight election officials from the Independent Electoral Commission of Kenya
at its offices in Washington, DC.

05/23/2022 - 05/27/2022
Two staff joined the Organization of American States (OAS) Electoral Observation Mission for
Colombia's presidential election of 05/29/2022, observing in Bogotá.

07/14/2022
Virtual roundtable with the Central Election Commission of Ukraine, hosted online.

Page last reviewed: 12/01/2022
"""


def test_month_first_date_lines_over_their_entries(gazetteer: Gazetteer) -> None:
    rows = _rows(_records(US_RECORD, gazetteer, publisher="Federal Voting Office"))
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("2022-03-08", "2022-03-08", ("USA",)),
        ("2022-05-23", "2022-05-27", ("COL",)),
    ]


# A yearly report's bullets, each opening on its city, its country in brackets, then its
# days; a news item's dateline is no such item.
BULLETED_REPORT = """Organisation internationale de la Francophonie
Rapport annuel 2004 – Activités électorales

- Phnom Penh (Cambodge), 6-8 octobre 2004 : séminaire régional sur les listes électorales,
  organisé avec le PNUD, pour les commissions du Laos, du Vietnam et de la Thaïlande.
"""


def test_a_bullet_opening_on_its_place_then_its_days(gazetteer: Gazetteer) -> None:
    rows = _rows(_records(BULLETED_REPORT, gazetteer, publisher="OIF"))
    assert [(r[0], r[1], r[3]) for r in rows] == [("2004-10-06", "2004-10-08", ("KHM",))]


def test_a_dates_weekday_after_until_is_no_weekday_of_the_page() -> None:
    # "until Thursday, August 21": the day written, not the Thursday of the page's week
    from graphbuild.ingest.relative_dates import on_weekdays

    told_on = dt.date(2025, 8, 14)  # a Thursday
    text = "It will stay in La Paz until Thursday, August 21, then leave."
    assert on_weekdays(text, told_on) == []
    (m,) = on_weekdays("It will stay in La Paz until Saturday.", told_on)
    assert (m.start.iso(), m.lead) == ("2025-08-16", "until")


# A release under a site's long banner line (a body's name in two languages), its dateline
# below: the yearless days of its text take the dateline's year, "until Thursday, September 9"
# its own day.
RELEASE_UNDER_A_LONG_BANNER = (
    "Haute Autorité des élections et des médias – High Authority for Elections and Media (HAEM)\n"
    "Home > Media > Press releases\n\n"
    "International observers at the 2021 elections\n\n"
    "Rabat, September 10, 2021\n\n"
    "The delegation of the Carter Center arrived in Morocco on Saturday, September 4, and "
    "stayed until Thursday, September 9, following the vote in Rabat and Fez.\n"
)


def test_a_release_under_a_long_banner_line(gazetteer: Gazetteer) -> None:
    rows = _rows(_records(RELEASE_UNDER_A_LONG_BANNER, gazetteer, publisher="HAEM"))
    assert [(r[0], r[1], r[3]) for r in rows] == [("2021-09-04", "2021-09-09", ("MAR",))]


# A bar table whose cells touch a bar on one side ("| 3–5 May 2022| ..."), as a table typed by
# hand is: still a table's row, its visit received at home (the caption says so); a courtesy
# call joined to a subject of work ("Courtesy call and voter education") is a visit too.
BARS_TOUCHING_CELLS = """Electoral Commission of Zambia
Annual Report 2022 — International Relations

Visits received at the Commission's headquarters in Lusaka, 2022

| Dates | Visiting body | Purpose |
|---|---|---|
| 3–5 May 2022| Malawi Electoral Commission | Study of the results system |
| 19 August 2022 |Zimbabwe Electoral Commission| Courtesy call and voter education |
"""


def test_a_bar_table_whose_cells_touch_the_bars(gazetteer: Gazetteer) -> None:
    records = _records(BARS_TOUCHING_CELLS, gazetteer, publisher="ECZ")
    assert _rows(records) == [
        ("2022-05-03", "2022-05-05", "reception", ("ZMB",)),
        ("2022-08-19", "2022-08-19", "reception", ("ZMB",)),
    ]


# The period a table below covers ("The table below lists the visits we hosted ... between
# April 2022 and March 2023") is no activity swallowing its rows: each row is one.
TABLE_AND_ITS_PERIOD = """International engagement

Visits and exchanges, 2022-23

The table below lists the international visits we hosted and the exchanges our staff took \
part in between April 2022 and March 2023.

| Dates | Who | Where |
|---|---|---|
| 6-7 June 2022 | Delegation of the Central Election Commission of Moldova | London |
| 14-16 November 2022 | Commission staff at a Commonwealth workshop | Accra, Ghana |
"""


def test_a_tables_period_and_its_rows(gazetteer: Gazetteer) -> None:
    records = _records(TABLE_AND_ITS_PERIOD, gazetteer, publisher="The Electoral Commission")
    assert [(r.start_date, r.end_date, r.countries) for r in records] == [
        ("2022-06-06", "2022-06-07", ("GBR",)),
        ("2022-11-14", "2022-11-16", ("GHA",)),
    ]


# A course told by its first day and "ending on" its last: one span, not two.
BEGINNING_AND_ENDING = """Annual Report 2023 — International Cooperation

Training at the Institute

A two-week programme for 25 officials of the Electoral Commission of Zambia was held at the \
Institute in New Delhi, beginning on Monday, 10 July 2023 and ending on 21 July.
"""


def test_a_course_beginning_and_ending(gazetteer: Gazetteer) -> None:
    records = _records(BEGINNING_AND_ENDING, gazetteer, publisher="Election Commission of India")
    assert [(r.start_date, r.end_date, r.countries) for r in records] == [
        ("2023-07-10", "2023-07-21", ("IND",))
    ]
