"""Bodies as pages name them: the publisher's name in its title, a network by its acronym
only, a body's officer. Each rule tried on a page written for it here (made-up bodies,
dates and words); the expected records were read off the made-up text."""

from __future__ import annotations

from made_up import records_of as _records

from graphbuild.gazetteer import Gazetteer
from graphbuild.records import Activity


def _orgs(record: Activity) -> set[str]:
    return {p.org for p in record.organizations}


# A news page whose title is the publisher's acronym and country; the workshop was abroad.
TITLED_BY_PUBLISHER = """CENA Sénégal – Nouvelles

Publié le 30 avril 2021
Deux commissaires ont suivi à Yaoundé, au Cameroun, du 26 au 28 avril 2021, un atelier sur
la gestion des résultats organisé par le RESOCEA avec l'appui de l'IFES.
"""


def test_the_publishers_name_in_the_title_places_nothing(gazetteer: Gazetteer) -> None:
    (record,) = _records(TITLED_BY_PUBLISHER, gazetteer, publisher="CENA Sénégal")
    assert (record.start_date, record.end_date) == ("2021-04-26", "2021-04-28")
    assert record.countries == ("CMR",)  # not Senegal: its name is the publisher's
    # the network the gazetteers lack, named by its acronym after "organisé par le"
    assert "RESOCEA" in _orgs(record)
    assert "ifes" in _orgs(record)


# A history table of a national body: an unknown network's general assembly held at home.
HISTORY = """Electoral Office of Vanuatu
International relations

Date | Event | Place
2016.11.07 ~ 11.09 | General Assembly of PIEMA; the Office was elected to its board | Port Vila
2015.03.02 | Staff induction day | Port Vila
"""


def test_an_unknown_networks_assembly_at_home_is_recorded(gazetteer: Gazetteer) -> None:
    records = _records(HISTORY, gazetteer, publisher="Electoral Office of Vanuatu")
    assert [(r.start_date, r.end_date, r.countries) for r in records] == [
        ("2016-11-07", "2016-11-09", ("VUT",))  # the induction day is a domestic task
    ]
    assert "PIEMA" in _orgs(records[0])


# A caption naming the publisher's chair: the chair is no organisation.
CAPTION = """Gallery: international engagements

Photo 2 of 5
The Chairperson of the Commission with the observers of the Commonwealth mission in
Lusaka, Zambia, on 12 August 2021.
"""


def test_an_officer_of_a_body_is_no_organisation(gazetteer: Gazetteer) -> None:
    (record,) = _records(CAPTION, gazetteer, publisher="Electoral Commission of Malawi")
    assert record.countries == ("ZMB",)
    assert record.start_date == "2021-08-12"
    assert not any("Chairperson" in org for org in _orgs(record))


# A paper's page spelling out "EC" as its country's commission, not the European Commission's.
SPELLED_OUT = """DAILY MIRROR

Election Commission hosts Maldivian officials

COLOMBO, 6 June 2024 – The Election Commission (EC) welcomed a delegation of the Elections
Commission of the Maldives from 3 to 5 June. The EC's chairman briefed the visitors.
"""


def test_an_acronym_the_page_spells_out_for_another_body(gazetteer: Gazetteer) -> None:
    (record,) = _records(SPELLED_OUT, gazetteer, publisher="Daily Mirror", publisher_kind="press")
    assert record.countries == ("LKA",)
    assert "european-commission" not in _orgs(record)


# A commission whose publisher name is an acronym several bodies of the gazetteer share
# ("CENI": Burundi's, Burkina Faso's, Madagascar's ...), none of them this one: the visit
# it received at its seat is placed where the page says that seat is.
SHARED_ACRONYM = """Actualités

Publié le jeudi 12 mars 2026

Visite de travail d'une délégation
Le mardi 10 mars, le président de la Commission a reçu à son siège de Niamey une
délégation de l'Organisation internationale de la Francophonie venue préparer un atelier.
"""


def test_a_publisher_named_by_a_shared_acronym_is_placed_by_its_page(
    gazetteer: Gazetteer,
) -> None:
    (record,) = _records(SHARED_ACRONYM, gazetteer, publisher="CENI")
    assert (record.start_date, record.kind.value) == ("2026-03-10", "reception")
    assert record.countries == ("NER",)  # not the first "CENI" of the gazetteer
    assert not {"ceni-bdi", "ceni-bfa", "ceni-mdg", "ceni-tcd", "ceni-tgo"} & _orgs(record)
