"""Tables drawn in text (a browser's text dump): each row read whole, its cells unmixed.

The page below was written for this file (bodies and places real, missions made up); the
expected records come from reading it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from graphbuild.gazetteer import Gazetteer
from graphbuild.ingest import ingest_pages
from graphbuild.records import Activity
from graphbuild.sources import read_page
from graphbuild.text_tables import reflow_cell_lines, reflow_text_tables

PAGE = """Commission électorale nationale autonome
Coopération internationale – Bilan 2016

Le tableau ci-dessous présente les missions de l'année.

Période           Mission                                  Partenaire
================  =======================================  ==========
Du 4 au 9 avril   Observation de l'élection présidentielle  OIF
                  au Tchad, à N'Djamena
Du 12 au 15       Atelier de formation des formateurs sur   RECEF
septembre         la cartographie électorale à Lomé (Togo)
Du 7 au 10        Réception d'une délégation de la          PNUD
novembre          Commission électorale nationale
                  indépendante du Niger

Dernière mise à jour : 20 janvier 2017
"""


def test_rows_are_read_whole() -> None:
    flowed = reflow_text_tables(PAGE)
    assert flowed is not None
    rows = [line for line in flowed.splitlines() if line.count(" | ") == 2]
    assert rows[0] == "Période | Mission | Partenaire"
    assert rows[2] == (
        "Du 12 au 15 septembre | Atelier de formation des formateurs sur la cartographie "
        "électorale à Lomé (Togo) | RECEF"
    )
    assert len(rows) == 4
    # what is not a table is left as it is
    assert "Le tableau ci-dessous présente les missions de l'année." in flowed.splitlines()
    assert reflow_text_tables("Du 4 au 9 avril 2016 - une mission - au Tchad.") is None


def test_a_page_with_a_text_table(tmp_path: Path, gazetteer: Gazetteer) -> None:
    page_file = tmp_path / "cena-bilan-2016.txt"
    page_file.write_text(PAGE, encoding="utf-8")
    (tmp_path / "cena-bilan-2016.toml").write_text(
        'publisher = "CENA Bénin"\npublisher_kind = "body"\n', encoding="utf-8"
    )
    page = read_page(page_file)
    # the facts are read from the derived text; the file's own digest is kept beside it
    assert page.original_sha256 == hashlib.sha256(PAGE.encode("utf-8")).hexdigest()
    assert page.sha256 == hashlib.sha256(page.text.encode("utf-8")).hexdigest()
    result = ingest_pages([page], gazetteer)
    got = [(a.start_date, a.end_date, a.kind.value, a.countries) for a in result.activities]
    assert got == [
        ("2016-04-04", "2016-04-09", "observation", ("TCD",)),
        ("2016-09-12", "2016-09-15", "training", ("TGO",)),
        ("2016-11-07", "2016-11-10", "reception", ("BEN",)),
    ]


CELL_LINES = """Missions réalisées en 2018

Pays
Nature de la mission
Période
Lieu
Mali
Observation de l'élection présidentielle du 29 juillet
23 juil.-1er août
Bamako
Togo
Appui technique à la CENI
5-9 nov.
Lomé
Guinée
Mission d'évaluation
Reportée
–

Dernière mise à jour : 3 décembre 2018
"""


def test_a_table_copied_one_cell_per_line(tmp_path: Path, gazetteer: Gazetteer) -> None:
    # a header of four short lines, then rows of four lines each: one row per mission
    flowed = reflow_cell_lines(CELL_LINES)
    assert flowed is not None
    row = (
        "Mali | Observation de l'élection présidentielle du 29 juillet | 23 juil.-1er août | Bamako"
    )
    assert row in flowed
    path = tmp_path / "missions.txt"
    path.write_text(CELL_LINES, encoding="utf-8")
    page = read_page(path)
    assert page.original_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    got = sorted(
        (a.start_date, a.end_date, a.countries) for a in ingest_pages([page], gazetteer).activities
    )
    assert got == [("2018-07-23", "2018-08-01", ("MLI",)), ("2018-11-05", "2018-11-09", ("TGO",))]
    # prose is never read as a table
    assert reflow_cell_lines("Une ligne.\nDeux lignes.\nTrois.\nQuatre 2019.\n") is None


# A header cell with its footnote's number glued to it, as text from a PDF writes it
# ("Officials13"): a header all the same.
CELL_LINES_FOOTNOTED = """Secondments to observer missions, 2019/20

Country
Election day
Deployment
Officials13
Malawi
21 May 2019
10–24 May
4
Botswana
23 October 2019
14–27 October
5

13 Source: deployment records.
"""


def test_a_table_one_cell_per_line_with_a_footnoted_header(gazetteer: Gazetteer) -> None:
    flowed = reflow_cell_lines(CELL_LINES_FOOTNOTED)
    assert flowed is not None
    assert "Malawi | 21 May 2019 | 10–24 May | 4" in flowed


# A report's table copied from a PDF: aligned by spaces, no rule under its header, long cells
# wrapped onto a second line, periods as days and months with no year (the title's).
ALIGNED = """Commission électorale nationale indépendante du Niger
Rapport annuel 2018 – Chapitre 4

Tableau 6 : Missions et accueils de l'année 2018

N°  Période        Partenaire(s)         Objet                                  Lieu
1   05-09/03       OIF                   Mission d'appui à la révision du       Niamey
                                         fichier électoral
2   28/05-03/06    CEDEAO                Mission d'observation des élections    Freetown (Sierra
                                         législatives                           Leone)
3   -              PNUD                  Atelier sur le contentieux             Reporté en 2019

Source : Direction de la coopération
"""


def test_a_table_aligned_by_spaces_with_no_rule() -> None:
    from graphbuild.text_tables import reflow_aligned_tables

    flowed = reflow_aligned_tables(ALIGNED)
    assert flowed is not None
    rows = [line for line in flowed.split("\n") if " | " in line]
    assert rows[0] == "N° | Période | Partenaire(s) | Objet | Lieu"
    assert rows[2] == (
        "2 | 28/05-03/06 | CEDEAO | Mission d'observation des élections législatives"
        " | Freetown (Sierra Leone)"
    )
    assert len(rows) == 4  # the header and three rows; the rest of the page as it was
    assert "Source : Direction de la coopération" in flowed


def _dates_and_countries(
    folder: Path, name: str, text: str, publisher: str, gazetteer: Gazetteer
) -> list[tuple[str, str, tuple[str, ...]]]:
    """The records of a page saved in ``folder`` with its sidecar, read as files are."""
    page_file = folder / f"{name}.txt"
    page_file.write_text(text, encoding="utf-8")
    (folder / f"{name}.toml").write_text(
        f'publisher = "{publisher}"\npublisher_kind = "body"\n', encoding="utf-8"
    )
    result = ingest_pages([read_page(page_file)], gazetteer)
    return [(a.start_date, a.end_date, a.countries) for a in result.activities]


def test_a_page_with_an_aligned_table(tmp_path: Path, gazetteer: Gazetteer) -> None:
    got = _dates_and_countries(tmp_path, "ceni-rapport-2018", ALIGNED, "CENI Niger", gazetteer)
    # the periods' year is the table's (2018); the row "Reporté en 2019" was not held
    assert got == [("2018-03-05", "2018-03-09", ("NER",)), ("2018-05-28", "2018-06-03", ("SLE",))]


# A table written with bars and a rule of dashes under its header, its periods "06-10/02/2023"
# and "27/02-03/03/2023"; rows "Reportée" or "Prévue" are not held.
BARS = """Fondation internationale pour les systèmes électoraux
Accueil > Nos programmes > Afrique > Mali

Sessions de formation de la commission, 2022

| N° | Dates | Lieu | Public | Statut |
|----|-------|------|--------|--------|
| 1 | 07-11/03/2022 | Bamako | 40 formateurs | Réalisée |
| 2 | 28/03-01/04/2022 | Kayes | 35 formateurs | Réalisée |
| 3 | 02-06/05/2022 | Mopti | 35 formateurs | Prévue |
"""


def test_a_table_written_with_bars(tmp_path: Path, gazetteer: Gazetteer) -> None:
    got = _dates_and_countries(tmp_path, "ifes-mali-2022", BARS, "IFES", gazetteer)
    assert got == [("2022-03-07", "2022-03-11", ("MLI",)), ("2022-03-28", "2022-04-01", ("MLI",))]


# A table aligned by spaces between two rules drawn across its width, one under its header,
# one under its last row, a row's cell wrapped over two lines, a total under the table.
RULED_ACROSS = """Electoral Commissions Forum of SADC Countries

ANNUAL CALENDAR 2023

DATE          ACTIVITY                                   VENUE                 PARTNER
------------------------------------------------------------------------------------------
Mar 6-9       Regional workshop on results management    Lusaka, Zambia        ECZ
Aug 21-26     Observation mission, harmonised elections  Harare, Zimbabwe      ZEC
              (23 Aug)
------------------------------------------------------------------------------------------
Activities held: 2
"""


def test_a_table_between_rules_drawn_across(tmp_path: Path, gazetteer: Gazetteer) -> None:
    got = _dates_and_countries(tmp_path, "ecf-sadc-calendar", RULED_ACROSS, "ECF-SADC", gazetteer)
    assert got == [("2023-03-06", "2023-03-09", ("ZMB",)), ("2023-08-21", "2023-08-26", ("ZWE",))]


# A table aligned by spaces whose date cell wraps on its range's dash ("Thu 24 October –" /
# "Sat 2 November"): the range's end goes on with the row above, not a row of its own.
RANGE_WRAPPED = """PACIFIC PARLIAMENTARY FORUM
Calendar of Activities 2023

Date                  Activity                                         Venue
Mon 6 – Wed 8 March   Regional workshop on electoral dispute           Suva, Fiji
                      resolution
Thu 26 October –      Election observation mission, general elections  Port Moresby,
Sat 4 November        of 31 October                                    Papua New Guinea
"""


def test_a_date_cell_wrapped_on_its_dash(tmp_path: Path, gazetteer: Gazetteer) -> None:
    got = _dates_and_countries(tmp_path, "ppf-calendar", RANGE_WRAPPED, "PPF", gazetteer)
    assert got == [("2023-03-06", "2023-03-08", ("FJI",)), ("2023-10-26", "2023-11-04", ("PNG",))]


# A calendar aligned by spaces: a row dated by its month alone ("August") is no header for the
# rows under it; a row opening on a weekday and a range ("Thu 24 October – Sat 2 November") is
# no programme's day; a caucus meets (no observation for "after the 2024 elections").
CALENDAR_OF_A_FORUM = """PACIFIC PARLIAMENTARY FORUM
Calendar of Activities · 2023

Date                  Activity                                         Venue
Wed 5 – Fri 7 July    Regional Women's Caucus: representation after    Apia, Samoa
                      the 2023 elections
August                Pre-election assessment mission                  Fiji
Thu 26 October –      Election observation mission, general elections  Port Moresby,
Sat 4 November        of 31 October                                    Papua New Guinea
"""


def _activities(
    folder: Path, name: str, text: str, publisher: str, gazetteer: Gazetteer
) -> list[Activity]:
    """The records of an English page saved in ``folder`` with its sidecar, read as files are."""
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    (folder / f"{name}.toml").write_text(
        f'publisher = "{publisher}"\npublisher_kind = "body"\nlanguage = "en"\n', encoding="utf-8"
    )
    return list(ingest_pages([read_page(path)], gazetteer).activities)


def test_a_forums_calendar_and_its_kinds(tmp_path: Path, gazetteer: Gazetteer) -> None:
    activities = _activities(tmp_path, "ppf-forum-calendar", CALENDAR_OF_A_FORUM, "PPF", gazetteer)
    assert [(a.start_date, a.end_date, a.kind.value, a.countries) for a in activities] == [
        ("2023-07-05", "2023-07-07", "conference", ("WSM",)),
        ("2023-08", "2023-08", "evaluation", ("FJI",)),
        ("2023-10-26", "2023-11-04", "observation", ("PNG",)),
    ]


# A table copied one cell per line whose rows stand between rules ("======"), a caption
# above its header, a row of one cell the year of the rows below it, and a row whose mission
# cells are dashes (its vote not observed).
RULED_CELL_LINES = """Missions of the Network of Electoral Commissions

The table below lists the observation missions the network sent to its members.

Deployments
Country
Vote
Polling day
Mission dates
Head of mission
======
2019
======
Malawi
Tripartite elections
21 May 2019
15 to 25 May
Rose Chanda
======
Mozambique
General elections
15 October 2019
9 to 18 October
Peter Mwale
======
2020
======
Seychelles
Presidential and National Assembly
24 October 2020
—
—
======
Tanzania
General elections
28 October 2020
22 October to 1 November
Grace Lungu
======

The network's secretariat is in Gaborone.
"""


def test_a_table_one_cell_per_line_between_rules(tmp_path: Path, gazetteer: Gazetteer) -> None:
    flowed = reflow_cell_lines(RULED_CELL_LINES)
    assert flowed is not None
    assert "Malawi | Tripartite elections | 21 May 2019 | 15 to 25 May | Rose Chanda" in flowed
    assert "\n\n2020\n\n" in flowed  # the year a paragraph of its own, over its rows
    got = _dates_and_countries(tmp_path, "network-missions", RULED_CELL_LINES, "NEC", gazetteer)
    # the Seychelles row: its polling day only, its mission cells dashes
    assert got == [
        ("2019-05-15", "2019-05-25", ("MWI",)),
        ("2019-10-09", "2019-10-18", ("MOZ",)),
        ("2020-10-22", "2020-11-01", ("TZA",)),
    ]


# A table with bars whose column of the missions' days says, for two rows, that none went:
# a dash (the vote observed by others) and "announced" (its invitation's day in its notes).
NO_MISSION_ROWS = """Observation missions of the Forum

The Forum sends observers at the invitation of a member commission.

2021
Country | Election | Polling day | Mission dates | Head of mission | Notes
Zambia | General | 12 August 2021 | 6–16 August | Ruth Banda | Base in Lusaka
Cabo Verde | Presidential | 17 October 2021 | — | — | Observed by the European Union only
Gambia | Presidential | 4 December 2021 | announced | — | Invitation received on 2 November 2021
"""


def test_rows_whose_mission_cell_says_none_went(tmp_path: Path, gazetteer: Gazetteer) -> None:
    got = _dates_and_countries(tmp_path, "forum-missions", NO_MISSION_ROWS, "Forum", gazetteer)
    assert got == [("2021-08-06", "2021-08-16", ("ZMB",))]


# A ruled table whose French date cells open in lower case ("du 3 au 5 mai", "sept.",
# "mer. 8 nov."): each a row of its own when the cell above is a whole date already; a year
# alone on its line ("2023") is over the rows below it, not the end of the cell above.
LOWER_CASE_DATES = """Chancellerie fédérale - Droits politiques

ACTIVITÉS INTERNATIONALES 2022-2023

2022
Date(s)            Lieu                   Activité                                    Partenaires
-----------------  ---------------------  ------------------------------------------  -----------
du 3 au 5 mai      Autriche (Vienne)      Séminaire sur le vote électronique          Conseil de
                                                                                      l'Europe
sept.              Berne                  Votation fédérale (pour mémoire)            -
12-14 oct.         Estonie (Tallinn)      Visite d'étude sur le vote par internet     Commission
                                                                                      électorale
2023
mars               Allemagne (Berlin)     Réunion des administrations électorales     OSCE/BIDDH
                                          germanophones
du 20 au 24 juin   Géorgie (Tbilissi)     Atelier sur la gestion des listes           IDEA
                                          électorales
du 19 au 22 oct.   Suisse (Berne)         Programme d'information pour délégations    OSCE/BIDDH
                                          étrangères (élections fédérales du 22 oct.)
mer. 8 nov.        Suisse (Berne)         Accueil d'une délégation de la Commission   -
                                          électorale centrale de Moldavie

Dernière mise à jour : 15 janvier 2024
"""


def test_french_date_cells_in_lower_case(tmp_path: Path, gazetteer: Gazetteer) -> None:
    flowed = reflow_text_tables(LOWER_CASE_DATES)
    assert flowed is not None
    lines = flowed.splitlines()
    assert (
        "12-14 oct. | Estonie (Tallinn) | Visite d'étude sur le vote par internet | "
        "Commission électorale" in lines
    )
    assert "2023" in lines
    got = _dates_and_countries(tmp_path, "chancellerie", LOWER_CASE_DATES, "ChF", gazetteer)
    assert got == [
        ("2022-05-03", "2022-05-05", ("AUT",)),
        ("2022-10-12", "2022-10-14", ("EST",)),
        ("2023-03", "2023-03", ("DEU",)),
        ("2023-06-20", "2023-06-24", ("GEO",)),
        ("2023-10-19", "2023-10-22", ("CHE",)),
        ("2023-11-08", "2023-11-08", ("CHE",)),
    ]
    # a programme put on at home for foreign delegations is a reception, its vote named or not
    result = ingest_pages([read_page(tmp_path / "chancellerie.txt")], gazetteer)
    kinds = [a.kind.value for a in result.activities]
    assert kinds[4:] == ["reception", "reception"]


# A report's annex copied from its PDF: a table written with bars whose cells wrap over the
# next row ("|  |  | commissions of the region |"), its header drawn again on the next page
# under the running header (a table's header, not page furniture), its polling days in a
# column of their own ("25 Feb; 18 Mar"), a needs assessment mission by its abbreviation.
ANNEX_OVER_TWO_PAGES = """\
International Foundation for Electoral Systems          Annual Report 2023
_____________________________________________________________________________

ANNEX 2 - FIELD DEPLOYMENTS

"Dates" are the days teams spent in the country; polling days are given for reference.

2023
| Dates            | Country          | Activity                              | Polling day(s)  |
|------------------|------------------|---------------------------------------|-----------------|
| 6-10 Feb         | Nigeria          | NAM, general elections                | 25 Feb; 18 Mar  |
| Apr              | Kenya (Nairobi)  | Course for election trainers from 12  | -               |
|                  |                  | commissions of the region             |                 |
| 2-9 May          | Paraguay         | Expert team, general elections        | 30 Apr          |
_____________________________________________________________________________

Annual Report 2023                                                        41


International Foundation for Electoral Systems          Annual Report 2023
_____________________________________________________________________________

| Dates            | Country          | Activity                              | Polling day(s)  |
|------------------|------------------|---------------------------------------|-----------------|
| 11-20 Jul        | Zimbabwe         | Election assessment mission,          | 23 Aug          |
|                  |                  | harmonised elections                  |                 |
| 4-12 Oct         | Liberia          | Technical support to the commission   | 10 Oct; 14 Nov  |

Annual Report 2023                                                        42
"""


def test_a_bar_table_over_two_pages(tmp_path: Path, gazetteer: Gazetteer) -> None:
    activities = _activities(tmp_path, "ifes-annex", ANNEX_OVER_TWO_PAGES, "IFES", gazetteer)
    got = [(a.start_date, a.end_date, a.countries, a.kind.value) for a in activities]
    assert got == [
        ("2023-02-06", "2023-02-10", ("NGA",), "evaluation"),
        ("2023-04", "2023-04", ("KEN",), "training"),
        ("2023-05-02", "2023-05-09", ("PRY",), "observation"),
        ("2023-07-11", "2023-07-20", ("ZWE",), "evaluation"),
        ("2023-10-04", "2023-10-12", ("LBR",), "technical-assistance"),
    ]


# A reference list of a network's missions, a table whose column of the mission's stay in the
# country says when none went ("none (remote)"): that row's vote was followed from afar, no
# trip; a dash there leaves the days untold (the vote's day stands). Its notes tell members
# who "returned to Nuku'alofa for a lessons-learned workshop": a trip there, not home.
MISSIONS_WITH_NONE_REMOTE = """List of observation missions of the network

Missions since 2020

| Year | Country | Election | Election day | Mission in country | Ref. |
|------|---------|----------|--------------|--------------------|------|
| 2020 | Kiribati | General election | 14 April 2020 | none (remote) | [1] |
| 2021 | Tonga | General election | 18 November 2021 | 13–21 November, Nuku'alofa | [2] |
| 2022 | Fiji | General election | 14 December 2022 | — | [3] |

Notes
Three members of the mission returned to Nuku'alofa for a lessons-learned workshop with \
the host commission on 10 and 11 March 2022.[4]
"""


def test_a_missions_table_with_none_remote(tmp_path: Path, gazetteer: Gazetteer) -> None:
    got = _dates_and_countries(
        tmp_path, "missions", MISSIONS_WITH_NONE_REMOTE, "PIANZEA", gazetteer
    )
    assert got == [
        ("2021-11-13", "2021-11-21", ("TON",)),
        ("2022-12-14", "2022-12-14", ("FJI",)),
        ("2022-03-10", "2022-03-11", ("TON",)),
    ]
