"""News items of other publishers: made-up pages, expected records written from their text.

Each page below was written for this file (bodies and places are real, the events made up) to
try one class of sentences on a page the parser had not seen: a second activity told later in
a news item ("Earlier this month, ..."), a city the gazetteers lack before its country ("in
Tallinn, Estonia"), and a follow-up at home after the trip ("De retour à ..."), which is no
activity of its own; news told backwards in the pluperfect ("Du ... au ..., deux agents
avaient animé à Lomé ..."), which still places the earlier activity; a reception told by a
newspaper, held at the host's home. No expected value was taken from the parser's output.
"""

from __future__ import annotations

from graphbuild.gazetteer import Gazetteer
from graphbuild.ingest import ingest_pages
from graphbuild.sources import PageMeta, page_from_text

NEWS_EN = """Elections Canada
Home > Media > News

Elections Canada hosts electoral officials from Ghana

Ottawa, October 22

On Monday, October 21, the Chief Electoral Officer received at the agency's headquarters in \
Ottawa a delegation of the Electoral Commission of Ghana led by its deputy chair.

The visitors were briefed on the register of electors and on advance polling.

Earlier this month, from October 2 to 4, three officials of the agency took part in a \
conference on electoral cybersecurity held by the Association of World Election Bodies in \
Tallinn, Estonia.

About Elections Canada
Elections Canada is an independent, non-partisan agency that reports directly to Parliament.
"""

NEWS_FR = """Commission électorale nationale indépendante

Actualités

Voyage d'étude de la CENI en Belgique

Niamey, le 30 juin 2022

Une délégation de la CENI a séjourné à Bruxelles, en Belgique, du 13 au 17 juin 2022 pour \
un voyage d'étude sur le vote électronique, à l'invitation du SPF Intérieur.

De retour à Niamey, les membres de la délégation ont présenté leurs conclusions à la \
plénière de la Commission, le 24 juin 2022.
"""


def test_a_second_activity_told_later_in_a_news_item(gazetteer: Gazetteer) -> None:
    meta = PageMeta(publisher="Elections Canada", publisher_kind="body", year_hint=2019)
    result = ingest_pages([page_from_text(NEWS_EN, doc_id="ec-news", meta=meta)], gazetteer)
    got = sorted((a.start_date, a.end_date, a.kind.value, a.countries) for a in result.activities)
    assert got == [
        ("2019-10-02", "2019-10-04", "conference", ("EST",)),
        ("2019-10-21", "2019-10-21", "reception", ("CAN",)),
    ]
    # Tallinn is in no gazetteer: the country after it still places the conference.
    conference = next(a for a in result.activities if a.kind.value == "conference")
    assert "GHA" not in conference.countries


def test_a_follow_up_at_home_is_no_activity(gazetteer: Gazetteer) -> None:
    meta = PageMeta(publisher="CENI Niger", publisher_kind="body")
    result = ingest_pages([page_from_text(NEWS_FR, doc_id="ceni-news", meta=meta)], gazetteer)
    got = [(a.start_date, a.end_date, a.countries) for a in result.activities]
    assert got == [("2022-06-13", "2022-06-17", ("BEL",))]


NEWS_BACKWARDS = """L'Actualité électorale
International > Afrique

Le président de la CENA rentre du Togo

Publié le 12 mai 2018

Le président de la Commission électorale nationale autonome, de retour de Lomé, a fait le \
point vendredi sur sa participation à une mission d'observation de l'Organisation \
internationale de la Francophonie (OIF) au Togo, du 2 au 8 mai 2018.

Ce n'était pas le premier déplacement de la Commission dans la sous-région. Du 16 au 18 avril \
2018, deux agents de la Commission avaient animé à Niamey un atelier sur la cartographie \
électorale, à l'invitation de la CENI du Niger.
"""


def test_news_told_backwards_places_the_earlier_activity(gazetteer: Gazetteer) -> None:
    meta = PageMeta(publisher="L'Actualité électorale", publisher_kind="press")
    page = page_from_text(NEWS_BACKWARDS, doc_id="press", meta=meta)
    result = ingest_pages([page], gazetteer)
    got = sorted((a.start_date, a.end_date, a.countries) for a in result.activities)
    assert got == [("2018-04-16", "2018-04-18", ("NER",)), ("2018-05-02", "2018-05-08", ("TGO",))]


NEWS_PRESS_RECEPTION = """The Electoral Observer
World > Americas

Chilean officials study Quebec's ballot counting

Published: June 4, 2013

The visit to Chile last month followed an earlier exchange: from May 27 to 31, Québec's \
chief electoral office had welcomed four members of Chile's Electoral Service (Servel) for a \
briefing on the counting of ballots.
"""


def test_a_reception_told_by_a_newspaper_is_held_at_the_hosts_home(gazetteer: Gazetteer) -> None:
    meta = PageMeta(publisher="The Electoral Observer", publisher_kind="press")
    page = page_from_text(NEWS_PRESS_RECEPTION, doc_id="press-reception", meta=meta)
    result = ingest_pages([page], gazetteer)
    got = [(a.start_date, a.end_date, a.kind.value, a.countries) for a in result.activities]
    assert got == [("2013-05-27", "2013-05-31", "reception", ("CAN",))]
    assert "dgeq" in result.activities[0].org_ids


TIMELINE = """Elections Canada
Home > About us > International work

Our international work at a glance

For twenty years our staff have shared their experience with electoral bodies abroad.

2003 – The Elections Act is revised after public hearings.
2010 – From 14 to 19 March, two officers observe the legislative elections in Colombia as \
members of a delegation of the Organization of American States.
2012: In late October, an officer gives a training workshop on voter registration in \
Kingston, Jamaica, for the Electoral Commission of Jamaica.
2015 – Provincial by-elections in three districts.
2017 – Between the two rounds, from 02/05 to 05/05, the Chief Electoral Officer receives \
in Ottawa a delegation of the electoral commission of Haiti.

Last updated: March 3, 2019
"""


def test_a_timeline_gives_each_line_its_year(gazetteer: Gazetteer) -> None:
    meta = PageMeta(publisher="Elections Canada", publisher_kind="body")
    page = page_from_text(TIMELINE, doc_id="timeline", meta=meta)
    result = ingest_pages([page], gazetteer)
    got = [(a.start_date, a.end_date, a.kind.value, a.countries) for a in result.activities]
    assert sorted(got) == [
        ("2010-03-14", "2010-03-19", "observation", ("COL",)),
        ("2012-10", "2012-10", "training", ("JAM",)),
        ("2017-05-02", "2017-05-05", "reception", ("CAN",)),
    ]


NEWS_PRE_ELECTORAL = """Francophonie – News

A Francophonie mission prepares Senegal's presidential election

Dakar, March 2, 2019 – The information and contact mission of the International \
Organisation of La Francophonie, in Senegal from February 10 to 14, 2019, met the parties \
and the authorities ahead of the presidential election of February 24, 2019.

On March 1, two of its members took part in a roundtable on electoral disputes in Banjul, \
Gambia, hosted by the Independent Electoral Commission of the Gambia.

A second round, if needed, will be held on March 24. Deadline for accreditation requests: \
March 10, 2019.
"""


def test_a_mission_before_the_vote_and_what_is_only_announced(gazetteer: Gazetteer) -> None:
    meta = PageMeta(publisher="OIF", publisher_kind="body")
    page = page_from_text(NEWS_PRE_ELECTORAL, doc_id="oif-news", meta=meta)
    result = ingest_pages([page], gazetteer)
    got = sorted((a.start_date, a.end_date, a.kind.value, a.countries) for a in result.activities)
    assert got == [
        # an information and contact mission that ended before the vote: an evaluation
        ("2019-02-10", "2019-02-14", "evaluation", ("SEN",)),
        ("2019-03-01", "2019-03-01", "conference", ("GMB",)),
    ]
