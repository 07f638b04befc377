"""A made-up page in French, the family's other language: dates, places, kinds, bodies."""

from __future__ import annotations

from graphbuild.gazetteer import Gazetteer
from graphbuild.ingest import ingest_pages
from graphbuild.sources import PageMeta, page_from_text

# The made-up pages are pages of the DGEQ, as the seeds are.
DGEQ_PAGE = PageMeta(publisher="DGEQ")

PAGE = """Accueil > Activités internationales > Archives des missions

Archives des missions

2016

Mission en Roumanie

Du 12 au 15 avril 2016, un représentant du Directeur général des élections du Québec a \
effectué une mission à Bucarest, en Roumanie, où il a participé à deux séminaires \
électoraux. Les 12 et 13 avril, il a assisté à des débats d'experts.

Mission d'observation électorale en Haïti

Du 22 au 29 octobre 2015, une représentante du Directeur général des élections du Québec a \
pris part à une mission d'observation et de contact de l'Organisation internationale de la \
Francophonie (OIF) en Haïti, à l'occasion du premier tour de l'élection présidentielle du \
25 octobre 2015.

2015

Réception d'une délégation du Bénin

Le 3 mars 2015, le Directeur général des élections du Québec a accueilli une délégation de \
la Commission électorale nationale autonome du Bénin.

Mission au Mexique

En juin 2015, deux représentants du DGEQ ont participé à une mission d'observation \
électorale de la COPA au Mexique, lors des élections législatives du 7 juin 2015.
"""


def test_french_page(gazetteer: Gazetteer) -> None:
    result = ingest_pages([page_from_text(PAGE, doc_id="fr", meta=DGEQ_PAGE)], gazetteer)
    got = [
        (a.start_date, a.end_date, a.kind.value, a.countries, a.cities, a.dgeq_count)
        for a in result.activities
    ]
    assert got == [
        ("2016-04-12", "2016-04-15", "conference", ("ROU",), ("bucharest",), 1),
        ("2015-10-22", "2015-10-29", "observation", ("HTI",), (), 1),
        # A delegation received at home: Québec City, not the visitors' country.
        ("2015-03-03", "2015-03-03", "reception", ("CAN",), ("quebec-city",), None),
        ("2015-06", "2015-06", "observation", ("MEX",), (), 2),
    ]
    haiti, _romania = result.activities[1], result.activities[0]
    assert "oif" in haiti.org_ids
    assert [(e.code, e.round) for e in haiti.elections] == [("HTI:2015-10-25:presidential", 1)]
    assert [e.code for e in result.activities[3].elections] == ["MEX:2015-06-07:legislative"]
    # The Beninese commission, by its full name with its country: the gazetteer's.
    reception = result.activities[2]
    assert "cena-ben" in reception.org_ids
