"""Layouts met on held-out sets 91 and after (an archive's entries on two lines, a paper's
relative days, a communiqué's announced mission), each rule tried on a page made up for it here:
other bodies, places, dates and words than the held-out pages. The expected records were
read off the made-up text, never taken from the parser's output."""

from __future__ import annotations

import pytest
from made_up import records_of as _records
from made_up import rows_of as _rows

from graphbuild.errors import SourceError
from graphbuild.gazetteer import Gazetteer
from graphbuild.htmlpage import html_text
from graphbuild.ingest.dates import find_dates
from graphbuild.ingest.kinds import kind_named
from graphbuild.sources import page_from_text

# Each entry: the election it was for, its day in brackets, over the mission's line, which
# names the mission and ends on its place and days (the year from the year heading).
ARCHIVE_FR = """Commission électorale nationale autonome
Accueil > Coopération > Archives des missions

Missions d'observation : archives

La Commission prend part à des missions d'observation et à des échanges avec ses homologues.

2024

Sénégal – Élection présidentielle (24 mars 2024)
Mission d'observation de la CEDEAO, Dakar et Thiès, 17-27 mars
Deux commissaires ont été déployés dans la région de Thiès.

Tunisie – Élection présidentielle (6 octobre 2024)
Mission d'observation de l'OIF, Tunis, 1er-8 octobre

2023

Madagascar – Élection présidentielle (16 novembre 2023)
Mission du RECEF, Antananarivo, 10-18 novembre
Un commissaire a présidé l'équipe.
"""

ARCHIVE_EN = """National Electoral Commission
Home > Partnerships > Observation record

Our observation record

2023

Nigeria – Presidential election (25 February 2023)
ECOWAS Election Observation Mission, Abuja and Kano, February 18-28
The Chairperson joined the mission as an expert member.

2022

Kenya – General election (9 August 2022)
African Union Election Observation Mission, Nairobi, August 2-12
"""


def test_an_entrys_mission_line_dates_it_not_the_election_day(gazetteer: Gazetteer) -> None:
    records = _records(ARCHIVE_FR, gazetteer, publisher="CENA", language="fr")
    assert _rows(records) == [
        ("2024-03-17", "2024-03-27", "observation", ("SEN",)),
        ("2024-10-01", "2024-10-08", "observation", ("TUN",)),
        ("2023-11-10", "2023-11-18", "observation", ("MDG",)),
    ]
    # (the publisher, a participant in each, beside the mission's body)
    orgs = [[p.org for p in r.organizations if p.org != "CENA"] for r in records]
    assert orgs == [["ecowas"], ["oif"], ["recef"]]
    records = _records(ARCHIVE_EN, gazetteer, publisher="NEC", language="en")
    assert _rows(records) == [
        ("2023-02-18", "2023-02-28", "observation", ("NGA",)),
        ("2022-08-02", "2022-08-12", "observation", ("KEN",)),
    ]


# A paper's report of observers back home: the day they came back, told relative to the
# paper's day, and the day they had left the same city; the place is where they went.
PAPER_EN = """The Herald
Home > National

Observers home from Zambia

By Tendai Moyo
Wednesday, August 18, 2021

HARARE — Four officials of the Zimbabwe Electoral Commission returned to Harare on Monday
after observing Zambia's general elections with the SADC Electoral Observation Mission.

The officials left Harare on August 6 and were deployed in Lusaka and Ndola for the August
12 polls.

The Commission will host a regional meeting on voter education next month.
"""

PAPER_FR = """Le Soleil
Accueil > Politique

Retour des observateurs de la CENA

Par Awa Ndiaye
Jeudi 11 janvier 2024

DAKAR – Les trois observateurs de la Commission électorale nationale autonome sont rentrés à
Dakar hier, au terme de leur mission en République démocratique du Congo avec
l'Organisation internationale de la Francophonie.

Ils avaient quitté Dakar le 15 décembre et ont suivi le scrutin du 20 décembre à Kinshasa
et à Lubumbashi.

La CENA prépare par ailleurs l'élection présidentielle du 25 février.
"""


def test_a_trip_from_the_day_a_city_was_left_to_the_day_back(gazetteer: Gazetteer) -> None:
    records = _records(PAPER_EN, gazetteer, publisher="The Herald", language="en")
    assert _rows(records) == [("2021-08-06", "2021-08-16", "observation", ("ZMB",))]
    # (the day they had left, in the pluperfect, is the same trip's; the clause after it,
    # in another tense, places it)
    records = _records(PAPER_FR, gazetteer, publisher="Le Soleil", language="fr")
    assert _rows(records) == [("2023-12-15", "2024-01-10", "observation", ("COD",))]
    assert "oif" in [p.org for p in records[0].organizations]


# A bulletin's titles in capitals, each over its text; a text may open on a capital "À".
BULLETIN = """BULLETIN DU RÉSEAU
N° 9 – Été 2023

MISSION D'APPUI À LOMÉ
En mai 2023, deux experts du réseau ont appuyé la commission électorale du Togo à Lomé
dans la révision de son fichier.

BÉNIN : LE RÉSEAU AUX CÔTÉS DE LA CENA
À l'invitation de la CENA, un observateur du réseau a suivi à Cotonou, du 6 au 10 janvier
2023, les élections législatives.
"""


def test_a_text_opening_on_a_capital_is_not_its_titles_second_line(gazetteer: Gazetteer) -> None:
    records = _records(BULLETIN, gazetteer, publisher="Réseau", language="fr")
    assert _rows(records) == [
        ("2023-05", "2023-05", "technical-assistance", ("TGO",)),
        ("2023-01-06", "2023-01-10", "observation", ("BEN",)),
    ]


# A return told by its weekday alone ("est rentrée à Cotonou jeudi": the Thursday before the
# item's day), the departure by its day ("Partie de Cotonou le samedi 20 février").
NEWS_FR = """CENA Bénin
Accueil > Actualités

La CENA de retour du Niger

Cotonou, le 28 février 2021 – La délégation de la Commission électorale nationale autonome
est rentrée à Cotonou jeudi au terme de sa mission d'observation au Niger.

Partie de Cotonou le samedi 20 février, la délégation a suivi à Niamey le second tour de
l'élection présidentielle du 21 février.
"""


def test_a_return_by_its_weekday_ends_the_trip_begun_on_leaving(gazetteer: Gazetteer) -> None:
    records = _records(NEWS_FR, gazetteer, publisher="CENA Bénin", language="fr")
    assert _rows(records) == [("2021-02-20", "2021-02-25", "observation", ("NER",))]


def test_an_information_and_contacts_mission_in_the_plural() -> None:
    # (the OIF's name for its missions, most often with "contacts" in the plural)
    for text in (
        "un conseiller a pris part à la mission d'information et de contacts dépêchée à Moroni",
        "two officers joined the information and contacts mission sent to Bangui",
        "a contacts and information mission visited Niamey",
    ):
        kind = kind_named(text)
        assert kind is not None and kind.value == "observation", text


# One sentence telling a webinar followed online, then a workshop abroad in its next clause.
REPORT_ONLINE = """Rapport d'activité 2022

Coopération internationale

Le 4 février 2022, la Commission a suivi un webinaire de l'OIF tenu en ligne sur la
désinformation, et elle a pris part du 10 au 12 mai 2022 à un atelier régional à Lomé.
"""


def test_an_event_its_own_clause_tells_online(gazetteer: Gazetteer) -> None:
    records = _records(REPORT_ONLINE, gazetteer, publisher="CENA", language="fr")
    assert _rows(records) == [("2022-05-10", "2022-05-12", "conference", ("TGO",))]


# An events page whose last line tells a visit set for a month, since put off.
EVENTS_PUT_OFF = """Our international work

March 4–8, 2024
Study visit – Electoral Commission of Kenya
Nairobi, Kenya
Three of our officers studied the Commission's results transmission system.

A working visit by officials of the National Elections Commission of Liberia, planned for
June 2024, has been put off until the Commission names its new chairperson.
"""


def test_an_event_told_by_the_day_it_was_set_for_is_planned(gazetteer: Gazetteer) -> None:
    records = _records(EVENTS_PUT_OFF, gazetteer, publisher="Elections Canada", language="en")
    assert _rows(records) == [("2024-03-04", "2024-03-08", "conference", ("KEN",))]


# A release, the day before, announcing the deployment of a mission and the days it will
# stay: its own news, recorded with them.
DEPLOYS = """ECOWAS Commission
Home > Press releases

ECOWAS deploys observers for Liberia's presidential run-off

Abuja, 6 November 2023 – The President of the ECOWAS Commission has approved the deployment of
an election observation mission for the run-off of 14 November 2023 in Liberia.

The mission, which will remain in Liberia from 8 to 18 November 2023, is led by a former head
of state. Its observers will be deployed in Monrovia, Gbarnga and Buchanan on polling day.
"""


def test_a_mission_whose_deployment_the_page_announces(gazetteer: Gazetteer) -> None:
    records = _records(DEPLOYS, gazetteer, publisher="ECOWAS Commission", language="en")
    assert _rows(records) == [("2023-11-08", "2023-11-18", "observation", ("LBR",))]
    # (a month ahead it is still a plan; and a page that tells no deployment is no news of one)
    for text in (
        DEPLOYS.replace("6 November 2023", "6 October 2023"),
        DEPLOYS.replace("deploys observers for", "on"),
    ):
        with pytest.raises(SourceError, match="no recognisable activity"):
            _records(text, gazetteer, publisher="ECOWAS Commission", language="en")


# News told backwards: the stay's end first ("a achevé ce jeudi son séjour"), its arrival in
# the next paragraph; a town the gazetteers lack, listed on the page with known cities.
BACKWARDS = """Le Républicain
Accueil > Politique

Les observateurs de la CEDEAO bouclent leur mission

Publié le jeudi 4 avril 2024 | Par Moussa Diallo

La mission d'observation de la Communauté économique des États de l'Afrique de l'Ouest a
achevé ce jeudi son séjour au Sénégal.

Arrivés à Dakar le mercredi 20 mars, ses observateurs ont suivi le vote du 24 mars dans les
bureaux de Dakar, Kébémer et Thiès.

Les 14 et 15 mars, à Kébémer, des experts du PNUD avaient formé 80 superviseurs.
"""


def test_a_stay_told_from_its_end_back_to_its_arrival(gazetteer: Gazetteer) -> None:
    records = _records(BACKWARDS, gazetteer, publisher="Le Républicain", language="fr")
    assert _rows(records) == [
        ("2024-03-20", "2024-04-04", "observation", ("SEN",)),
        ("2024-03-14", "2024-03-15", "training", ("SEN",)),
    ]
    assert "ecowas" in [p.org for p in records[0].organizations]


# A body named in a reminder of standing facts is only mentioned; the French "met à la
# disposition" is no meeting.
REMINDER = """Élections Québec
Accueil > Actualités

Une conseillère observe la présidentielle au Bénin

Du 7 au 14 avril 2021, une conseillère d'Élections Québec a participé à la mission
d'observation de l'Organisation internationale de la Francophonie (OIF) au Bénin.

Rappelons qu'Élections Québec assure le secrétariat du Réseau des compétences électorales
francophones (RECEF) depuis 2011. L'institution met à la disposition de l'OIF, chaque année,
quelques membres de son personnel.
"""


def test_a_reminder_names_bodies_that_took_no_part(gazetteer: Gazetteer) -> None:
    (record,) = _records(REMINDER, gazetteer, publisher="DGEQ", language="fr")
    roles = {p.org: p.role.value for p in record.organizations}
    assert roles.get("oif") == "participant"
    assert roles.get("recef") in (None, "mentioned")


# A paper's page: a return "hier", the departure with no place ("Partie le lundi 9 ..."), an
# earlier stay "pour un partage d'expériences", and a meeting at the body's own seat that the
# title's country does not place.
PAPER_RETURN = """Le Sahel
Accueil | Politique

Législatives béninoises : la délégation de la CENI rentre à Niamey

Publié le jeudi 12 janvier 2023

La délégation de la Commission électorale nationale indépendante qui a suivi les
législatives béninoises du 8 janvier a regagné Niamey hier, en fin de journée.

Partie le jeudi 5 janvier, la délégation a observé le vote à Cotonou et à Parakou.

Ce n'est pas sa première sortie. Du 3 au 7 octobre dernier, deux commissaires avaient
séjourné à Dakar, auprès de la CENA du Sénégal, pour un partage d'expériences sur le
fichier électoral.

Ce jeudi matin, le président de la CENI a réuni au siège de l'institution les partis
politiques pour faire le point du fichier électoral.
"""


def test_a_papers_return_its_unnamed_departure_and_its_other_items(
    gazetteer: Gazetteer,
) -> None:
    records = _records(PAPER_RETURN, gazetteer, publisher="Le Sahel", publisher_kind="press")
    assert _rows(records) == [
        ("2023-01-05", "2023-01-11", "observation", ("BEN",)),
        ("2022-10-03", "2022-10-07", "conference", ("SEN",)),
    ]


# A network's news post: its stamp line of fields ("Date: 3 Jun | Author: ... | Views: 210"),
# and a sentence opening "Earlier," then its own days, the trip of that time.
POST = """Election Network News
Home > News

Network hosts results workshop in Accra

Date: 3 Jun | Author: Network Secretariat | Views: 210

The Network held a workshop on results management in Accra from 27 to 29 May 2022, with the
support of International IDEA, for thirty officials of eleven member commissions of the region.

Earlier, from 9 to 12 May, a Network team travelled to Freetown to assess the needs of the
national commission in voter registration.
"""


def test_a_posts_field_stamp_and_an_earlier_trip_with_its_days(gazetteer: Gazetteer) -> None:
    records = _records(POST, gazetteer, publisher="Election Network", language="en")
    assert _rows(records) == [
        ("2022-05-27", "2022-05-29", "training", ("GHA",)),
        ("2022-05-09", "2022-05-12", "evaluation", ("SLE",)),
    ]


def test_observers_trained_are_a_training() -> None:
    # (the observers are the people trained, not the kind of the activity)
    for text, kind in (
        ("The Institute trained 40 election observers from six countries in Lusaka", "training"),
        ("La formation des observateurs de l'Union africaine s'est tenue à Dakar", "training"),
        ("Two officers joined the observation mission in Lusaka", "observation"),
    ):
        found = kind_named(text)
        assert found is not None and found.value == kind, text


# A release's media contacts ("CONTACT: In Atlanta, ...; In Freetown, ...") are no venue; a
# mission "has had a presence" in the country since a month: a stay under way since then.
RELEASE = """Observer Group News
News Releases

Observers Note Calm Polling in Sierra Leone

Contact: In Atlanta, press office; in Freetown, mission press office

March 9, 2018

FREETOWN — The Group's international election observation mission said today that the
March 7 elections were calm. The Group has had a presence in Sierra Leone since January
2018, when long-term observers were deployed to Freetown, Bo and Makeni.
"""


def test_a_releases_contacts_place_nothing_and_a_presence_since_a_month(
    gazetteer: Gazetteer,
) -> None:
    records = _records(RELEASE, gazetteer, publisher="Observer Group", language="en")
    assert _rows(records) == [("2018-01", "2018-01", "observation", ("SLE",))]


# An archive whose entries' titles open on their month ("Avril – ..."), one on its day ("9
# juin – ..."): a title too, its domestic entry its own, not part of the entry above.
MONTH_TITLES = """Coopération internationale

2022

Octobre – Mission au Sénégal
Du 3 au 7 octobre, deux commissaires ont appuyé la CENA à Dakar dans la révision du fichier.

Juillet-août – Législatives au Kenya
Un membre de la Commission a observé les élections générales kényanes, à Nairobi, du 28
juillet au 12 août, au sein de la mission de l'Union africaine.

9 juin – Élections locales
La Commission a proclamé les résultats provisoires le 12 juin, au terme du dépouillement.

Avril – Atelier BRIDGE
Du 4 au 8 avril, la Commission a accueilli à Tunis un atelier BRIDGE animé par International
IDEA pour trente agents.
"""


def test_a_title_opening_on_its_day_among_titles_opening_on_their_month(
    gazetteer: Gazetteer,
) -> None:
    records = _records(MONTH_TITLES, gazetteer, publisher="ISIE", language="fr")
    assert _rows(records) == [
        # (two commissioners who "ont appuyé la CENA ... dans la révision du fichier": help
        # given to a body in its own work)
        ("2022-10-03", "2022-10-07", "technical-assistance", ("SEN",)),
        ("2022-07-28", "2022-08-12", "observation", ("KEN",)),
        ("2022-04-04", "2022-04-08", "training", ("TUN",)),
    ]


# One sentence telling two trips, each in its clause with its own body.
TWO_CLAUSES = """Rapport d'activité 2023

Observation électorale

Un commissaire a participé du 20 au 27 février 2023 à la mission de l'OIF à Abuja, et deux
cadres ont rejoint du 10 au 14 avril 2023 la mission de l'Union africaine à Cotonou.
"""


def test_each_trip_of_one_sentence_has_the_bodies_of_its_clause(gazetteer: Gazetteer) -> None:
    records = _records(TWO_CLAUSES, gazetteer, publisher="CENA", language="fr")
    assert _rows(records) == [
        ("2023-02-20", "2023-02-27", "observation", ("NGA",)),
        ("2023-04-10", "2023-04-14", "observation", ("BEN",)),
    ]
    bodies = [{p.org for p in r.organizations} - {"CENA"} for r in records]
    assert bodies == [{"oif"}, {"au"}]


# A paper's chronology: the country's own body's steps are no cooperation; a mission's
# observers "répartis entre" towns are there.
CHRONOLOGY = """Le Quotidien
Politique

Chronologie : les observateurs internationaux et les élections de 2016

Publié le 2016-12-02

4 novembre 2016 – Le Conseil électoral provisoire publie la liste définitive des bureaux de
vote.

Du 12 au 24 novembre 2016 – La mission de l'OEA revient pour le scrutin du 20 novembre, avec
60 observateurs répartis entre Port-au-Prince, Jacmel et Les Cayes.

29 novembre 2016 – Le Conseil électoral provisoire proclame les résultats préliminaires.
"""


def test_a_papers_chronology_records_the_mission_not_the_countrys_own_steps(
    gazetteer: Gazetteer,
) -> None:
    records = _records(CHRONOLOGY, gazetteer, publisher="Le Quotidien", publisher_kind="press")
    assert _rows(records) == [("2016-11-12", "2016-11-24", "observation", ("HTI",))]


# A network's events page saved as HTML: one <article> per event, coming and past apart,
# each with a date badge of inline parts and its title as a link to its page.
EVENTS_ARTICLES = """<!DOCTYPE html><html lang="fr"><head><title>Agenda</title></head><body>
<header><nav><ul><li><a href="/">Accueil</a></li><li><a href="/agenda/">Agenda</a></li></ul>
</nav></header><main>
<h1>Agenda du réseau</h1>
<p>Les séminaires, ateliers et missions du réseau et de ses membres, du plus récent au plus
ancien.</p>
<section class="prochains"><h2>Prochainement</h2>
<article class="item"><div class="badge-date"><span>3-5</span> <span>mars</span>
<span>2027</span></div><h3><a href="/agenda/atelier-niamey/">Atelier sur le fichier
électoral</a></h3><p class="lieu">Niamey, Niger</p><p>Inscriptions à venir.</p></article>
</section>
<section class="anciens"><h2>Événements passés</h2>
<article class="item"><div class="badge-date"><span>14-16</span> <span>nov.</span>
<span>2023</span></div><h3><a href="/agenda/seminaire-cotonou/">Séminaire sur le contentieux
électoral</a></h3><p class="lieu">Cotonou, Bénin</p><p>Organisé avec la CENA et l'OIF, le
séminaire a réuni vingt organismes membres.</p></article>
<article class="item"><div class="badge-date"><span>5-9</span> <span>juin</span>
<span>2023</span></div><h3><a href="/agenda/mission-bangui/">Mission d'appui à l'Autorité
nationale des élections</a></h3><p class="lieu">Bangui, République centrafricaine</p><p>Deux
experts du réseau ont appuyé l'Autorité dans la formation de ses agents.</p></article>
</section></main><footer><p>Réseau</p></footer></body></html>"""


def test_an_html_listing_of_articles_keeps_each_items_date_and_title(
    gazetteer: Gazetteer,
) -> None:
    text = html_text(EVENTS_ARTICLES, where="agenda.html").text
    assert "14-16 nov. 2023" in text and "Séminaire sur le contentieux" in text
    assert "Mission d'appui" in text and "5-9 juin 2023" in text
    rows = _rows(_records(text, gazetteer, publisher="Réseau", language="fr"))
    # (the coming workshop is not recorded)
    assert rows == [
        ("2023-11-14", "2023-11-16", "conference", ("BEN",)),
        ("2023-06-05", "2023-06-09", "technical-assistance", ("CAF",)),
    ]


# A return told as the news: "sont rentrés hier de Banjul" places the trip there, whatever
# country the paper says the body may visit next.
BACK_FROM = """Le Témoin
Accueil › Politique

Présidentielle gambienne : les observateurs de la CENA de retour à Dakar

Mercredi 7 décembre 2016 - 10:05

Partis de Dakar jeudi dernier, les trois membres de la Commission électorale nationale
autonome (CENA) intégrés à la mission de la CEDEAO sont rentrés hier de Banjul.

Ils ont observé le scrutin de jeudi dans une vingtaine de bureaux de vote. La CENA envisage
par ailleurs d'envoyer des observateurs en Guinée l'an prochain.
"""


def test_the_place_a_party_came_back_from_is_the_trips(gazetteer: Gazetteer) -> None:
    records = _records(BACK_FROM, gazetteer, publisher="Le Témoin", publisher_kind="press")
    assert _rows(records) == [("2016-12-01", "2016-12-06", "observation", ("GMB",))]


# A programme's page: its title under the site's name, its period as a field, milestones in
# list items under quarter lines, a range of months with a dash and no year, a town the
# gazetteers lack.
MILESTONES = """Democracy Works | An international foundation
Home › Where We Work › Africa › Ghana

Ghana: Supporting the 2024 General Elections

Program period: January 2023 – June 2025

MILESTONES

Q2 2023
– May 8–10: The Foundation trained 30 Electoral Commission officers in Accra.
– June 19–23: Three commissioners joined a peer exchange in Nairobi, Kenya.

Q4 2024
– October–November: two advisers were embedded in the Commission's results centre in Accra.
– December 2024: the Foundation's experts took part in a review retreat in Aburi.
"""


def test_a_programmes_milestones_each_its_own_trip(gazetteer: Gazetteer) -> None:
    records = _records(MILESTONES, gazetteer, publisher="Democracy Works", language="en")
    assert [(r[0], r[1], r[3]) for r in _rows(records)] == [
        ("2023-05-08", "2023-05-10", ("GHA",)),
        ("2023-06-19", "2023-06-23", ("KEN",)),
        ("2024-10", "2024-11", ("GHA",)),
        ("2024-12", "2024-12", ("GHA",)),
    ]


# A newsletter's brief: the days countries go to the polls, in brackets after their names,
# are their elections, not trips.
BRIEF = """FORUM NEWSLETTER – ISSUE 12, 2024

IN BRIEF
• Secretariat staff took part in a BRIDGE course in Lusaka, Zambia, from 4 to 8 March.
• Ghana (7 December) and Namibia (27 November) go to the polls later this year.
"""


def test_countries_going_to_the_polls_on_bracketed_days(gazetteer: Gazetteer) -> None:
    records = _records(BRIEF, gazetteer, publisher="Forum", language="en")
    assert _rows(records) == [("2024-03-04", "2024-03-08", "training", ("ZMB",))]


# A year's bullets: a videoconference with a foreign body is no trip.
CALL = """Coopération 2023

• Du 6 au 10 mars : mission d'appui de deux experts de la CENA à Lomé.
• 14 avril : visioconférence avec la Commission électorale du Ghana sur le vote des détenus.
"""


def test_a_videoconference_with_a_foreign_body_is_no_trip(gazetteer: Gazetteer) -> None:
    records = _records(CALL, gazetteer, publisher="CENA", language="fr")
    assert _rows(records) == [("2023-03-06", "2023-03-10", "technical-assistance", ("TGO",))]


# The same, its stay told by an arrival to come and the day it will remain until.
DEPLOYS_ARRIVAL = (
    "African Union\nPress release\n\n"
    "African Union Deploys Observers to the 24 March 2024 Presidential Election in Senegal\n\n"
    "Addis Ababa, 15 March 2024 – The Chairperson of the Commission has approved the "
    "deployment of an election observation mission to Senegal.\n\n"
    # (its sentence on one line, as a page gives it)
    "Observers will arrive in Dakar on Monday, 18 March, and the mission will remain in the "
    "country until Thursday, 28 March 2024.\n"
)


def test_a_deployment_announced_by_its_arrival_and_its_end(gazetteer: Gazetteer) -> None:
    records = _records(DEPLOYS_ARRIVAL, gazetteer, publisher="African Union", language="en")
    assert _rows(records) == [("2024-03-18", "2024-03-28", "observation", ("SEN",))]


# A paper's mission still in the country: arrived "mercredi dernier", it will leave "jeudi"
# (the next Thursday after the paper's day).
LEAVES_THURSDAY = """LE MATIN
Politique

Législatives : la mission de la CEDEAO salue un scrutin calme

Par Awa Sarr – Publié le mardi 19 novembre 2024

Arrivée mercredi dernier à Dakar, la mission d'observation de la CEDEAO compte 130
observateurs déployés dans tout le pays. Ses membres quitteront le Sénégal jeudi, après une
séance de restitution avec la commission électorale.
"""


def test_a_stay_ending_on_a_weekday_to_come(gazetteer: Gazetteer) -> None:
    records = _records(LEAVES_THURSDAY, gazetteer, publisher="Le Matin", publisher_kind="press")
    assert _rows(records) == [("2024-11-13", "2024-11-21", "observation", ("SEN",))]


def test_an_acronym_the_page_spells_out_names_its_body(gazetteer: Gazetteer) -> None:
    from graphbuild.ingest.context import PageContext
    from graphbuild.ingest.names import index_of
    from graphbuild.ingest.sentences import split_sentences

    text = (
        "Les missions de l'Union africaine (UA) et de la CEDEAO ont observé le vote.\n\n"
        "La mission de l'UA restera jusqu'au 24 novembre.\n"
    )
    ex = PageContext(page_from_text(text, doc_id="made-up"), gazetteer, index_of(gazetteer))
    last = split_sentences(ex.clean, 0, 0)[-1]
    assert [(h.text, h.refs) for h in ex.hits(last)] == [("UA", ("au",))]


# A paragraph wrapped by hand, on a page too short to tell its wrap width, broken before a
# capitalised word ("... conduite par son vice-président Koffi" / "Amegan, a regagné ..."):
# one paragraph, not a title over the rest.
WRAPPED_BEFORE_NAMES = """\
Cotonou, 14 mars (ABP) – La délégation de la Commission électorale nationale du Togo,
venue observer les élections communales et conduite par son vice-président Koffi
Amegan, a regagné Lomé hier après une visite du 2 au 9 mars à Porto-Novo et à Parakou.

Elle a rencontré les responsables de la Commission électorale nationale autonome.
"""


def test_a_paragraph_wrapped_before_capitalised_words_is_one_block() -> None:
    from graphbuild.ingest.layout import BlockKind, classify_blocks

    blocks = classify_blocks(page_from_text(WRAPPED_BEFORE_NAMES, doc_id="made-up"))
    assert [(b.text.split()[0], b.kind) for b in blocks] == [
        ("Cotonou,", BlockKind.PARAGRAPH),
        ("Elle", BlockKind.PARAGRAPH),
    ]


# A news item dated only by its line under the title, its category before a bar, telling a
# stay begun the December before; a country's joining a body, by its year, is no activity.
CATEGORY_BAR_DATE = """Pacific Islands Electoral Network
Home > News

Regional observers arrive in Honiara

Media release | 4 January 2019

The regional observer team for the national general elections arrived in Honiara on
Saturday 29 December and will stay until Thursday 10 January, meeting the Electoral
Commission and observing the preparations in Guadalcanal and Malaita.

Solomon Islands joined the Pacific Islands Forum in 1978.
"""


def test_a_date_line_with_its_category_dates_the_news(gazetteer: Gazetteer) -> None:
    records = _records(CATEGORY_BAR_DATE, gazetteer, publisher="PIEN", language="en")
    assert [r[:2] for r in _rows(records)] == [("2018-12-29", "2019-01-10")]
    assert [r.countries for r in records] == [("SLB",)]


# An interview's answers, each dated by its year alone: a mission one was part of, a
# delegation "we" received, a training given with a counterpart abroad (the counterpart, a
# body of that country, the only party named: still no event of that country's own).
INTERVIEW_YEARS = """Sidwaya
Entretien

« Chaque mission nous apprend quelque chose »

Publié le 3 mars 2025

Votre première mission à l'étranger ?
En 2015, j'ai fait partie de la mission d'observation de l'Union africaine au Togo, à Lomé et
à Kara, pour l'élection présidentielle.

Et chez vous ?
En 2020, nous avons accueilli à Ouagadougou une délégation venue du Niger. En 2022, notre
commission a animé à Lomé, avec la CENI du Togo, un atelier de formation des formateurs.
"""


def test_an_interviews_answers_dated_by_their_years(gazetteer: Gazetteer) -> None:
    meta = {"publisher": "Sidwaya", "publisher_kind": "press", "language": "fr"}
    records = _records(INTERVIEW_YEARS, gazetteer, **meta)
    assert _rows(records) == [
        ("2015", "2015", "observation", ("TGO",)),
        ("2020", "2020", "reception", ("BFA",)),
        ("2022", "2022", "training", ("TGO",)),
    ]


# A year's missions, then a heading of the year to come over the invitations received: plans,
# not recorded.
YEAR_TO_COME = """Réseau des commissions électorales d'Afrique centrale
Accueil > Observation > 2024

Missions d'observation déployées en 2024

- Tchad – du 1er au 9 mai 2024 – élection présidentielle (6 mai)
- Rwanda – du 10 au 18 juillet 2024 – élections générales (15 juillet)

Missions prévues en 2025
Des missions d'observation ont été demandées pour le Gabon (du 6 au 14 avril) et pour le
Cameroun (du 5 au 14 octobre).
"""


def test_a_heading_of_the_year_to_come_heads_plans(gazetteer: Gazetteer) -> None:
    meta = {"publisher": "RECAC", "language": "fr"}
    records = _records(YEAR_TO_COME, gazetteer, **meta)
    assert _rows(records) == [
        ("2024-05-01", "2024-05-09", "observation", ("TCD",)),
        ("2024-07-10", "2024-07-18", "observation", ("RWA",)),
    ]


# A diary told in order: a stay whose year goes unsaid, between two whose year the text gives,
# is of their year (not the year after, as in an archive told newest first).
DIARY_IN_ORDER = """Carnet de mission

Trois semaines, trois commissions

Niamey d'abord
Du 3 au 7 avril 2023, la commission électorale du Niger a accueilli à Niamey des
agents de ses homologues du Mali et du Burkina Faso pour un échange sur les audits.

Bamako ensuite
La semaine suivante, du 12 au 14 avril, j'étais à Bamako pour un atelier de formation sur la
cartographie électorale avec les agents de l'autorité électorale.

Ouagadougou enfin
Les 24 et 25 avril 2023, Ouagadougou a accueilli une réunion régionale de validation.
"""


def test_a_stay_between_two_told_in_order_takes_their_year(gazetteer: Gazetteer) -> None:
    records = _records(DIARY_IN_ORDER, gazetteer, publisher="Carnet", language="fr")
    assert [r[:2] for r in _rows(records)] == [
        ("2023-04-03", "2023-04-07"),
        ("2023-04-12", "2023-04-14"),
        ("2023-04-24", "2023-04-25"),
    ]


# A publisher's acronym several bodies share ("CENI"): the body of the country its page's top
# names. Experts put at its disposal, no place named: at its seat.
SHARED_ACRONYM = """Commission électorale nationale indépendante (CENI) – Burkina Faso
Accueil > Coopération

Nos partenaires techniques

Union européenne
Dans le cadre de son programme d'appui, l'Union européenne a mis trois experts à la
disposition de la CENI du 5 au 16 février 2024 pour l'audit du fichier électoral.
"""


def test_a_shared_acronym_is_the_body_of_the_country_named_atop(gazetteer: Gazetteer) -> None:
    from graphbuild.ingest.names import index_of
    from graphbuild.ingest.publisher import home_organization
    from graphbuild.sources import PageMeta

    meta = PageMeta(publisher="CENI", publisher_kind="body", language="fr")
    home = home_organization(meta, gazetteer, index_of(gazetteer), SHARED_ACRONYM)
    assert home is not None and (home.org, home.country) == ("ceni-bfa", "BFA")
    records = _records(SHARED_ACRONYM, gazetteer, publisher="CENI", language="fr")
    assert _rows(records) == [("2024-02-05", "2024-02-16", "technical-assistance", ("BFA",))]


# A report of a body the gazetteers lack, whose name holds no country: its home is where it
# says it hosted visitors, and so is the town they lack where it was helped. A clause about
# what is to come ("whose findings will inform") leaves the helpers taking part.
HOSTED_AT_HOME = """ELECTORAL SUPERVISORY BOARD
ANNUAL REPORT 2024

5.1 Delegations received
The Board hosted a delegation of six officials of the Electoral Commission of Zambia from
3 to 6 June 2024 at its offices in Gaborone, for an exchange on voter registration.

5.2 Technical assistance
Between 10 and 14 March 2024, a team of experts from International IDEA supported the Board
in Kasane in a review of its results system, whose findings will inform its next plan.
"""


def test_a_bodys_home_is_where_it_hosted_visitors(gazetteer: Gazetteer) -> None:
    records = _records(HOSTED_AT_HOME, gazetteer, publisher="ESB", language="en")
    assert sorted((r[0], r[3]) for r in _rows(records)) == [
        ("2024-03-10", ("BWA",)),
        ("2024-06-03", ("BWA",)),
    ]
    helped = next(r for r in records if r.start_date == "2024-03-10")
    assert [(p.org, p.role.took_part) for p in helped.organizations if p.org == "idea"] == [
        ("idea", True)
    ]


# A partner's thing prepared is no internal meeting of the publisher: "to prepare its
# publication" (the register's), not "to prepare its interventions" (the delegation's own).
PREPARES_ITS_THING = """IFES Tunisia
Home > News

Cleaning the register in Tunis

Posted 2 May 2019

From 4 to 15 March 2019, two IFES database specialists worked with the staff of the ISIE in
Tunis to remove duplicate entries from the voter register and to prepare its publication.
"""


def test_preparing_a_partners_thing_is_no_internal_meeting(gazetteer: Gazetteer) -> None:
    records = _records(PREPARES_ITS_THING, gazetteer, publisher="IFES", language="en")
    assert [(r[0], r[1], r[3]) for r in _rows(records)] == [("2019-03-04", "2019-03-15", ("TUN",))]


# A release of a body the gazetteers lack, which says by its own name where it hosted its
# visitors: the visit is at its home, not in the visitors' country its name holds; and a
# trip told after it by a pronoun ("They were deployed ...") has the kind of the sentence
# the pronoun goes back to.
HOSTED_BY_NAME = """National Electoral Commission (NEC)
Home > Press releases

NEC HOSTS A DELEGATION OF THE MALAWI ELECTORAL COMMISSION

September 8, 2023

The National Electoral Commission (NEC) hosted a delegation of the Malawi Electoral Commission
at its headquarters in Dodoma from 4 to 6 September 2023, for an exchange on the management of
results.

Two NEC commissioners were members of the SADC Electoral Observation Mission to Zimbabwe
for the harmonised elections of 23 August 2023. They were deployed in Harare and Bulawayo
from 16 to 26 August.
"""


def test_a_body_hosting_by_its_own_name_is_at_home(gazetteer: Gazetteer) -> None:
    records = _records(HOSTED_BY_NAME, gazetteer, publisher="NEC", language="en")
    assert sorted((r[0], r[2], r[3]) for r in _rows(records)) == [
        ("2023-08-16", "observation", ("ZWE",)),
        ("2023-09-04", "reception", ("TZA",)),
    ]


# A mission's report told by its programme's days, the first a welcome meeting: the kind of
# the mission its title names, not a meeting's.
PROGRAMME_DAYS = """ELECTION OBSERVATION MISSION
PRESIDENTIAL AND PARLIAMENTARY ELECTIONS IN GHANA – 7 DECEMBER 2024
Summary report of the delegation

1. Background
At the invitation of the Electoral Commission, the Assembly sent a delegation of five members.

2. Programme of the mission
Thursday 5 December – arrival in Accra; welcome meeting and accreditation.
Friday 6 December – briefing by the Electoral Commission; meetings with the parties.
Saturday 7 December – opening, voting and counting in 38 polling stations in Accra and Tema.
Monday 9 December – press conference and preliminary statement; departure.
"""


def test_a_missions_programme_has_the_missions_kind(gazetteer: Gazetteer) -> None:
    records = _records(PROGRAMME_DAYS, gazetteer, publisher="Assembly", language="en")
    assert _rows(records) == [("2024-12-05", "2024-12-09", "observation", ("GHA",))]


# Entries each titled on one line by their month and year, then a dash, over a text that
# dates nothing: titles, each dated by its month.
MONTH_YEAR_TITLES = """Elections Canada
Home > International

Recent activities

August 2022 – Observation of the general elections in Kenya
A senior adviser joined the Commonwealth Observer Group in Mombasa for the vote of 9 August 2022.

May 2021 – Workshop of the Commonwealth Electoral Network on voter registration
Two advisers led this workshop, which was held in Accra (Ghana) for eleven member bodies.

April 2021 – Observation of the presidential election in Benin
An adviser took part in the OIF mission sent to Cotonou for the vote of 11 April 2021.
"""


def test_entries_titled_by_their_month_and_year(gazetteer: Gazetteer) -> None:
    records = _records(MONTH_YEAR_TITLES, gazetteer, publisher="Elections Canada", language="en")
    assert [(r[0], r[3]) for r in _rows(records)] == [
        ("2022-08", ("KEN",)),
        ("2021-05", ("GHA",)),
        ("2021-04", ("BEN",)),
    ]


# A partnership's timeline: a delegation that "visited" the publisher's office (its visit
# received), days of polling "held" (the vote's, not the help's), officials who "met" on
# days in brackets before words of what comes next (a meeting held, not planned).
PARTNERSHIP_TIMELINE = """Elections Canada
Home > International > Partnerships

Our partnership with the Electoral Commission of Ghana

Timeline

2018 – Memorandum signed
A delegation of the Electoral Commission of Ghana visited the Elections Canada office in
Gatineau from 4 to 8 June 2018.

2020 – Support to the general election
From September to December 2020, two advisers were placed with the commission in Accra, with
polling held on 7 December 2020.

2023 – Review meeting
Officials of both bodies met in Accra (13 – 17 March 2023) to review the partnership and agree
on priorities for the next phase.
"""


def test_a_partnerships_timeline(gazetteer: Gazetteer) -> None:
    records = _records(PARTNERSHIP_TIMELINE, gazetteer, publisher="Elections Canada")
    assert _rows(records) == [
        ("2018-06-04", "2018-06-08", "reception", ("CAN",)),
        ("2020-09", "2020-12", "technical-assistance", ("GHA",)),
        ("2023-03-13", "2023-03-17", "conference", ("GHA",)),
    ]


# A communiqué: a training the meeting "was preceded" by, its place the meeting's; a sentence
# opening on "It" under a list is no title; a future verb over a list of election days makes
# them all plans, the last as the first.
COMMUNIQUE_OF_A_MEETING = """ASSOCIATION OF ELECTORAL BODIES OF EAST AFRICA

COMMUNIQUÉ OF THE ANNUAL MEETING

1. The Annual Meeting of the Association was held in Kigali, Rwanda, from 12 to 14 June 2023.

2. The Meeting was preceded, on Sunday 11 June, by a one-day training for newly appointed
commissioners on the resolution of electoral disputes.

3. The Meeting received the reports of:
   - the Secretariat;
   - the Finance Committee.
It also adopted the budget of the Association for the next two years.

4. The Meeting noted that the Association will send observers to the general elections in
Zimbabwe on 23 August 2023, in Madagascar on 16 November 2023 and in the Democratic Republic of
the Congo on 20 December 2023.
"""


def test_a_communique_of_a_meeting(gazetteer: Gazetteer) -> None:
    records = _records(COMMUNIQUE_OF_A_MEETING, gazetteer, publisher="AEBEA", language="en")
    assert [(r[0], r[1], r[3]) for r in _rows(records)] == [
        ("2023-06-12", "2023-06-14", ("RWA",)),
        ("2023-06-11", "2023-06-11", ("RWA",)),
    ]
    assert records[1].kind.value == "training"


# A saved event page whose facts are a list of terms (<dl>): one field line each, "Dates :
# ...", "Venue : ..."; the registration's closing day is no activity.
EVENT_FIELDS = """<!DOCTYPE html><html lang="en"><head><title>Workshop</title></head><body>
<nav><a href="/">Home</a> <a href="/events">Events</a></nav>
<main><article>
<h1>Regional workshop on voter education</h1>
<p class="meta">Posted on 20 April 2022 · Events</p>
<dl class="facts">
<dt>Dates</dt><dd>11–13 April 2022</dd>
<dt>Venue</dt><dd>Lusaka, Zambia</dd>
<dt>Registration</dt><dd>Closed on 25 March 2022</dd>
</dl>
<p>The workshop brought together the voter education officers of nine commissions of the
region, who shared their materials and planned joint campaigns.</p>
</article></main><footer>© ECF-SADC</footer></body></html>"""


def test_an_event_pages_terms_are_its_fields(gazetteer: Gazetteer) -> None:
    text = html_text(EVENT_FIELDS, where="made-up.html").text
    assert "Dates : 11–13 April 2022" in text and "Venue : Lusaka, Zambia" in text
    records = _records(text, gazetteer, publisher="ECF-SADC", language="en")
    assert [(r[0], r[1], r[3]) for r in _rows(records)] == [("2022-04-11", "2022-04-13", ("ZMB",))]


# An election named by its day before its kind ("to the 20 December 2023 combined elections")
# is the vote's day, not the mission's; the mission told backwards, its departure first.
ELECTION_DAY_ATTRIBUTE = """African Union
News · 2 January 2024

The African Union observation mission to the 20 December 2023 combined elections in the
Democratic Republic of the Congo departed Kinshasa on Saturday, 30 December.

Its observers arrived in Kinshasa on 12 December and were deployed to Lubumbashi, Goma and
Kisangani, where they followed the voting and the counting.
"""


def test_an_election_named_by_its_day_before_its_kind(gazetteer: Gazetteer) -> None:
    records = _records(ELECTION_DAY_ATTRIBUTE, gazetteer, publisher="African Union")
    assert _rows(records) == [("2023-12-12", "2023-12-30", "observation", ("COD",))]


# A time told after the vote ("In the wake of the elections, in late May 2019") is the
# activity's, not the election's day.
AFTER_THE_VOTE = """MALAWI ELECTORAL COMMISSION
ANNUAL REPORT 2019

6.3 Missions received

In the wake of the elections, in late May 2019, the Commission hosted in Lilongwe an evaluation
mission of the United Nations Development Programme on the electoral cycle project.
"""


def test_a_time_after_the_vote_is_the_activitys(gazetteer: Gazetteer) -> None:
    records = _records(AFTER_THE_VOTE, gazetteer, publisher="MEC", language="en")
    assert [(r[0], r[3]) for r in _rows(records)] == [("2019-05", ("MWI",))]


# A decision's month ("le Bureau a décidé au mois de mars 2022 de dépêcher une délégation") is
# no trip.
DECIDED_IN_A_MONTH = """Assemblée parlementaire
Missions d'observation

Mission d'observation des élections législatives au Sénégal
(Dakar, 28 juillet – 2 août 2022)

Contexte

Le 31 juillet 2022, les électeurs sénégalais étaient appelés à renouveler l'Assemblée nationale.
Saisi d'une invitation de la Commission électorale nationale autonome, le Bureau de
l'Assemblée a décidé au mois de mars 2022 de dépêcher une délégation de quatre membres.

Déroulement de la mission

La délégation est arrivée à Dakar le jeudi 28 juillet 2022 et a quitté le Sénégal le mardi
2 août 2022.
"""


def test_a_decisions_month_is_no_trip(gazetteer: Gazetteer) -> None:
    from graphbuild.ingest.context import PageContext
    from graphbuild.ingest.names import index_of
    from graphbuild.ingest.trips import page_sections, section_trips

    page = page_from_text(DECIDED_IN_A_MONTH, doc_id="made-up")
    ex = PageContext(page, gazetteer, index_of(gazetteer))
    roles = {d.mention.text: d.role for s in page_sections(ex) for d in section_trips(ex, s)[1]}
    assert roles["au mois de mars 2022"] == "reference"
    records = _records(DECIDED_IN_A_MONTH, gazetteer, publisher="Assemblée", language="fr")
    assert [(r[0], r[1], r[3]) for r in _rows(records)] == [("2022-07-28", "2022-08-02", ("SEN",))]


# A chief of mission's "preliminary visit", its days spent in meetings: an evaluation, not a
# meeting. (And a date broken by the wrap, "until April" / "14. The observers", is no
# numbered item.)
PRELIMINARY_VISIT = """Press Release
OAS Electoral Observation Mission arrives in Peru

April 5, 2021

The Electoral Observation Mission of the Organization of American States for the general
elections in Peru arrived in Lima on April 4. Its members will remain in the country until April
14. The observers will be deployed in Lima, Arequipa and Cusco.

The Mission's work began with a preliminary visit by the Chief of Mission from March 1 to 3,
2021, during which she held meetings in Lima with the authorities of the National Jury of
Elections.
"""


def test_a_preliminary_visit_is_an_evaluation(gazetteer: Gazetteer) -> None:
    from graphbuild.ingest.layout import classify_blocks

    blocks = classify_blocks(page_from_text(PRELIMINARY_VISIT, doc_id="made-up"))
    assert not any(b.text.startswith("14.") for b in blocks)
    records = _records(PRELIMINARY_VISIT, gazetteer, publisher="OAS", language="en")
    assert _rows(records) == [
        ("2021-04-04", "2021-04-14", "observation", ("PER",)),
        ("2021-03-01", "2021-03-03", "evaluation", ("PER",)),
    ]


# A mission named right before its month ("a technical assistance mission in March 2023,
# during which two specialists worked in Maputo"): the month dates a trip.
MISSION_IN_A_MONTH = """Elections Canada
News

Visitors program for the general election

Published November 3, 2023

Technical cooperation with Mozambique

The program follows a technical assistance mission in March 2023, during which two of our
specialists worked in Maputo with the National Elections Commission on voter registration.
"""


def test_a_mission_named_before_its_month(gazetteer: Gazetteer) -> None:
    records = _records(MISSION_IN_A_MONTH, gazetteer, publisher="Elections Canada")
    assert _rows(records) == [("2023-03", "2023-03", "technical-assistance", ("MOZ",))]


# The day a country's transition began ("la transition ouverte le 18 août 2020") is no trip.
TRANSITION_OPENED = """Organisation internationale de la Francophonie
Communiqués

Mali : la Francophonie dépêche une mission d'information et de contacts

Paris, le 14 juin 2021

La Secrétaire générale de la Francophonie a dépêché à Bamako, du 7 au 11 juin 2021, une mission
d'information et de contacts.

La Francophonie accompagne le Mali dans le processus de transition ouvert le 18 août 2020.
"""


def test_the_day_a_transition_began_is_no_trip(gazetteer: Gazetteer) -> None:
    records = _records(TRANSITION_OPENED, gazetteer, publisher="OIF", language="fr")
    assert [(r[0], r[1], r[3]) for r in _rows(records)] == [("2021-06-07", "2021-06-11", ("MLI",))]


# A report's section whose entries are each titled by a bullet on its own line, the entry's
# text under it ("• Kenya: general elections" / "Two commissioners joined ..."): each entry
# its own scope, placed and joined by its own words, not by the other entries'.
BULLET_TITLES_EN = """Annual Report 2017-2018

Part 6: International Relations

6.1 Overview

The Commission continued to exchange with election management bodies of the region.

6.2 Election observation

• Kenya: general elections
Two commissioners joined the observation mission of the African Union deployed for the
general elections of 8 August 2017. The team was in Nairobi from 2 to 12 August 2017.

• Liberia: presidential run-off
A senior officer took part in the ECOWAS observation mission to Liberia. The mission stayed
in Monrovia from 20 to 30 December 2017.

6.3 Study visits received

From 5 to 7 March 2018, the Commission hosted in Lilongwe a delegation of the Independent
Electoral Commission of Lesotho, supported by UNDP.
"""

BULLET_TITLES_FR = """Rapport d'activités 2016

Coopération internationale

– Mali : élection présidentielle
Un membre de la Commission a pris part à la mission d'observation de l'OIF à Bamako du 25
au 31 juillet 2016.

– Gabon : élection présidentielle
Deux cadres ont rejoint la mission de l'Union africaine déployée à Libreville du 22 au 29
août 2016.
"""


def test_bullets_titling_their_entries(gazetteer: Gazetteer) -> None:
    records = _records(
        BULLET_TITLES_EN, gazetteer, publisher="Malawi Electoral Commission", language="en"
    )
    assert _rows(records) == [
        ("2017-08-02", "2017-08-12", "observation", ("KEN",)),
        ("2017-12-20", "2017-12-30", "observation", ("LBR",)),
        ("2018-03-05", "2018-03-07", "reception", ("MWI",)),
    ]
    # each entry by its own words: the AU in Kenya, not the ECOWAS of the next entry
    assert [r.title for r in records[:2]] == [
        "Kenya: general elections",
        "Liberia: presidential run-off",
    ]
    assert {p.org for p in records[0].organizations} >= {"au"}
    assert "ecowas" not in {p.org for p in records[0].organizations}
    records = _records(BULLET_TITLES_FR, gazetteer, publisher="CENA Bénin", language="fr")
    assert _rows(records) == [
        ("2016-07-25", "2016-07-31", "observation", ("MLI",)),
        ("2016-08-22", "2016-08-29", "observation", ("GAB",)),
    ]
    assert "au" not in {p.org for p in records[0].organizations}
    assert "oif" not in {p.org for p in records[1].organizations}


def test_a_title_over_visits_received_names_receptions() -> None:
    assert kind_named("7.4.1 Study visits received") == "reception"
    assert kind_named("Visites d'étude reçues") == "reception"
    assert kind_named("Study visits received Two officials of the commission came") == "reception"
    # (a sentence about a visit, not a title over visitors)
    assert kind_named("The study visit received praise from the delegates") == "conference"


# Entries under year headings, each titled by its election, its mission's days on a field
# line of their own, without the year ("Observation mission: 8-16 August – Lusaka").
MISSION_DAYS_FIELD = """Commonwealth Parliamentary Association
Home > Our work > Election observation

Election observation

Members of the Association join observation missions across the Commonwealth.

2021

Zambia – General election of 12 August
Observation mission: 8-16 August – Lusaka, Ndola
A delegation of three members led by Ms Ruth Anang'a.

Seychelles – Presidential election of 24 October
Stay: 19-26 October – Victoria
Two members joined the Commonwealth Observer Group.

Ethiopia – General election of 21 June
The planned mission could not be deployed.
"""

# The same entries with their days in their titles, under the year heading.
DAYS_IN_TITLES = """Commonwealth Parliamentary Association
Election observation

Members of the Association join observation missions across the Commonwealth.

2021

Observation of the general election in Zambia, 8-16 August
A delegation of three members was deployed in Lusaka and Ndola.

Observation of the presidential election in Seychelles, 19-26 October
Two members joined the Commonwealth Observer Group in Victoria.
"""


@pytest.mark.parametrize("text", [MISSION_DAYS_FIELD, DAYS_IN_TITLES])
def test_an_entrys_days_without_their_year_under_a_year_heading(
    gazetteer: Gazetteer, text: str
) -> None:
    records = _records(text, gazetteer, publisher="Commonwealth Parliamentary Association")
    assert _rows(records) == [
        ("2021-08-08", "2021-08-16", "observation", ("ZMB",)),
        ("2021-10-19", "2021-10-26", "observation", ("SYC",)),
    ]


# A country's page whose paragraphs each open on a title run in before their text
# ("Study tour in India. In April 2023, ..."): the title is its paragraph's, not the
# section's; a town the gazetteers lack is in the country of the page.
RUN_IN_TITLES = """Democracy Support Foundation
Where We Work > Asia > Nepal

Nepal

We have worked with the Election Commission of Nepal since 2008.

Highlights of 2023

Voter education workshop. From 6 to 9 February 2023, we supported the Election Commission to
hold a workshop for district officers in Dhulikhel.

Study tour in India. In April 2023, we facilitated a study tour that took five commissioners to
New Delhi, where they met the Election Commission of India.

Results review. From 11 to 13 October 2023, the Commission held a review of the results system
in Bharatpur with our advisers.
"""


def test_titles_run_in_on_a_countrys_page(gazetteer: Gazetteer) -> None:
    records = _records(RUN_IN_TITLES, gazetteer, publisher="Democracy Support Foundation")
    assert [(r[0], r[1], r[3]) for r in _rows(records)] == [
        ("2023-02-06", "2023-02-09", ("NPL",)),
        ("2023-04", "2023-04", ("IND",)),
        ("2023-10-11", "2023-10-13", ("NPL",)),
    ]


# A post dated under its title, telling earlier trips by the days of the elections they were
# for, their own days without the year: the year of the election within a month of them,
# not the post's.
TRIPS_BY_THEIR_VOTES = """Electoral Integrity Network
Home > Blog

What three counts taught me

9 March 2025 | Tomas Lindqvist, Programme Officer

I have observed elections on three continents. Two trips stay with me.

Lusaka, August 2021
I went to Zambia for the general elections of 12 August 2021 with a small expert team. We
were in Lusaka from 8 to 16 August and followed the count at the results centre.

Santiago, last December
On 18 and 19 December, two days after Chile's constitutional referendum of 17 December
2023, we held a roundtable in Santiago with citizen observer groups.
"""


def test_days_dated_by_the_vote_they_were_for(gazetteer: Gazetteer) -> None:
    records = _records(TRIPS_BY_THEIR_VOTES, gazetteer, publisher="Electoral Integrity Network")
    assert [(r[0], r[1], r[3]) for r in _rows(records)] == [
        ("2021-08-08", "2021-08-16", ("ZMB",)),
        ("2023-12-18", "2023-12-19", ("CHL",)),
    ]


# A year's bullets, each opening on its days, one on a part of a month after a preposition
# ("• vers la fin mars : ...").
BULLETS_OPENING_ON_A_MONTH = """Commission électorale indépendante
Rapport d'activités 2018

Activités internationales 2018

• du 5 au 9 février : mission d'observation de la CEDEAO en Sierra Leone, à Freetown ;

• vers la fin mars : voyage d'études d'une délégation de la Commission à Rabat, au Maroc ;

• du 10 au 14 septembre : atelier régional du RECEF à Niamey.
"""


def test_a_bullet_opening_on_a_part_of_a_month(gazetteer: Gazetteer) -> None:
    records = _records(
        BULLETS_OPENING_ON_A_MONTH, gazetteer, publisher="Commission électorale indépendante"
    )
    assert [(r[0], r[1], r[3]) for r in _rows(records)] == [
        ("2018-02-05", "2018-02-09", ("SLE",)),
        ("2018-03", "2018-03", ("MAR",)),
        ("2018-09-10", "2018-09-14", ("NER",)),
    ]


# A network's table of exchanges between members, its header naming the host column and the
# visitors' ("Date | Hôte | Délégation | Thème"): each row held at its host's, not in the
# visitors' country; its topic naming the vote is no observation.
HOST_AND_VISITORS = """Réseau des organes électoraux d'Afrique de l'Ouest
Accueil > Activités > Échanges entre pairs

Réseau des organes électoraux : échanges entre pairs

Échanges réalisés, 2022–2023

Date | Hôte | Délégation | Thème
14–17 mars 2022 | CENA du Bénin, Cotonou, Bénin | CENI du Niger | Vote des personnes handicapées
3–6 octobre 2022 | Commission électorale du Ghana, Accra | CENI du Togo | Listes électorales
22–25 mai 2023 | CENI de Côte d'Ivoire, Abidjan | CENA du Sénégal | Financement des partis
"""


def test_rows_placed_by_their_host_column(gazetteer: Gazetteer) -> None:
    records = _records(HOST_AND_VISITORS, gazetteer, publisher="Réseau des organes électoraux")
    assert _rows(records) == [
        ("2022-03-14", "2022-03-17", "conference", ("BEN",)),
        ("2022-10-03", "2022-10-06", "conference", ("GHA",)),
        ("2023-05-22", "2023-05-25", "conference", ("CIV",)),
    ]


# A project's timeline on a country's project page, each entry its days, a dash and its
# place as a label ("Du 6 au 8 juin 2022 – Kpalimé : ..."), a town the gazetteers lack: in
# the country of the page's title.
TIMELINE_PLACE_LABELS = """Centre d'appui aux processus électoraux
Nos projets > Afrique de l'Ouest > Togo

Togo – Projet d'appui à la CENI pour les élections régionales de 2022

Le projet a accompagné la Commission électorale dans la préparation du scrutin.

Chronologie du projet

Du 6 au 8 juin 2022 – Kpalimé : atelier de formation des formateurs de la CENI, avec le PNUD.

Du 12 au 14 octobre 2022 – Tabligbo : atelier d'évaluation des opérations de vote.
"""


def test_a_timelines_place_labels(gazetteer: Gazetteer) -> None:
    records = _records(TIMELINE_PLACE_LABELS, gazetteer, publisher="CAPE")
    assert [(r[0], r[1], r[3]) for r in _rows(records)] == [
        ("2022-06-06", "2022-06-08", ("TGO",)),
        ("2022-10-12", "2022-10-14", ("TGO",)),
    ]


# An events calendar whose entries' date lines give their weekdays in brackets ("3–5 March
# 2025 (Monday–Wednesday)" / title / "Venue: ..." / text).
WEEKDAYS_IN_BRACKETS = """Calendrier des activités 2025

Les activités du Secrétariat avec ses membres et partenaires.

3–5 mars 2025 (lundi–mercredi)

Atelier régional sur la gestion des résultats

Lieu : Niamey, Niger

Vingt responsables de huit commissions ont suivi trois jours de travaux.

12–14 mai 2025 (Monday–Wednesday)

Séminaire sur les listes électorales

Lieu : Dakar, Sénégal

Le séminaire a réuni trente participants.
"""


def test_date_lines_with_their_weekdays_in_brackets(gazetteer: Gazetteer) -> None:
    records = _records(WEEKDAYS_IN_BRACKETS, gazetteer, publisher="RECEF", language="fr")
    assert [(r[0], r[1], r[3]) for r in _rows(records)] == [
        ("2025-03-03", "2025-03-05", ("NER",)),
        ("2025-05-12", "2025-05-14", ("SEN",)),
    ]


# A commission's table of activities, a row's place a town the gazetteers lack and its
# province ("Ho, Volta Region"): at home, in the commission's country.
TOWN_AND_PROVINCE_CELL = """Electoral Commission of Ghana
International cooperation

2023

Date | Activity | Place | Partners
March 6–8 | Visit of a delegation of the Electoral Commission of Sierra Leone | Accra | —
May 15–17 | Regional workshop on results management | Ho, Volta Region | UNDP
"""


def test_a_town_and_its_province_in_a_place_cell(gazetteer: Gazetteer) -> None:
    records = _records(TOWN_AND_PROVINCE_CELL, gazetteer, publisher="Electoral Commission of Ghana")
    assert [(r[0], r[1], r[3]) for r in _rows(records)] == [
        ("2023-03-06", "2023-03-08", ("GHA",)),
        ("2023-05-15", "2023-05-17", ("GHA",)),
    ]


# A commission's agreements, each signed during a visit told with its own days: the visit is
# an activity; an agreement signed with no visit told is not.
AGREEMENT_DURING_A_VISIT = """Commission électorale nationale autonome
Coopération bilatérale

Accord avec la Commission électorale indépendante de Côte d'Ivoire

L'accord a été signé à Dakar le 15 mars 2018, lors de la visite d'une délégation de la CEI
reçue au siège de la Commission du 14 au 16 mars 2018.

Convention avec la CENI du Niger

La convention a été signée le 9 octobre 2019.
"""


def test_an_agreement_signed_during_a_visit(gazetteer: Gazetteer) -> None:
    records = _records(AGREEMENT_DURING_A_VISIT, gazetteer, publisher="CENA Sénégal", language="fr")
    assert [(r[0], r[1], r[3]) for r in _rows(records)] == [("2018-03-14", "2018-03-16", ("SEN",))]


# A network's list of the year's activities: an entry whose date line says it was online,
# the sentence after it naming the town of an earlier meeting, is no trip.
ONLINE_AFTER_A_MEETING = """Association of Caribbean Electoral Organizations
Activities 2023

Annual conference, Bridgetown

The members met in Bridgetown, Barbados, from 12 to 14 June 2023.

Virtual seminar: electoral registers

9 October 2023, online. A follow-up to the Bridgetown discussions, open to member staff.
"""


def test_an_online_entry_after_a_meeting(gazetteer: Gazetteer) -> None:
    records = _records(ONLINE_AFTER_A_MEETING, gazetteer, publisher="ACEO")
    assert [(r[0], r[1], r[3]) for r in _rows(records)] == [("2023-06-12", "2023-06-14", ("BRB",))]


# A network's agenda: its opening paragraph gives the year of its lists ("for the year
# 2023"), an "Upcoming meetings" label over the first list, then the past list under its own
# title ("Past meetings"), which the label above does not make to come.
AGENDA_WITH_PAST_MEETINGS = """PIANZEA Network
Meetings of the network

This page lists the meetings of the Pacific Islands, Australia and New Zealand Electoral
Administrators network for the year 2023. Dates of future meetings may still change.

Upcoming meetings

- 14 to 16 November — Workshop on voter registration — Nuku'alofa (Tonga)

Past meetings

- 6 to 9 March — Peer exchange of two officers of the Fiji Elections Office with the
Electoral Commission of Samoa, in Apia
- 18 May — Steering committee (online)
- August — Regional training on results management in Port Vila (Vanuatu)
"""


def test_an_agendas_past_list_under_an_upcoming_label_takes_its_intros_year(
    gazetteer: Gazetteer,
) -> None:
    records = _records(AGENDA_WITH_PAST_MEETINGS, gazetteer, publisher="PIANZEA", language="en")
    assert [(r[0], r[1], r[3]) for r in _rows(records)] == [
        ("2023-03-06", "2023-03-09", ("WSM",)),
        ("2023-08", "2023-08", ("VUT",)),
    ]


# A report's items naming only the visitors' bodies ("for officials of the Electoral
# Commission of Uganda"), the city in apposition to the body that ran the course ("The
# Electoral Training Institute, Nairobi, ran ...") or named in the item's prose ("The
# Mombasa sessions"): the city's country, not the visitors'.
COURSES_FOR_VISITORS = """Annual report 2022-2023

7.3 Courses for partner commissions

The Electoral Training Institute, Nairobi, ran a course on results management from 6 to 10
February 2023 for twenty officials of the Electoral Commission of Uganda.

The Mombasa sessions on boundary delimitation, held from 15 to 17 March 2023, brought
together staff of the National Electoral Commission of Tanzania and of the Rwanda commission.
"""


def test_a_courses_city_not_its_visitors_countries(gazetteer: Gazetteer) -> None:
    records = _records(COURSES_FOR_VISITORS, gazetteer, publisher="IEBC", language="en")
    assert [(r[0], r[1], r[3]) for r in _rows(records)] == [
        ("2023-02-06", "2023-02-10", ("KEN",)),
        ("2023-03-15", "2023-03-17", ("KEN",)),
    ]


# A parliament's list of missions under year headings, its label over them ("Missions
# d'observation"): an item opening on its country and the election ("– Niger, élection
# présidentielle du ...") is in that country; the days its members "ont observé le scrutin du
# 23 au 29 décembre" are their stay, not the vote's; an item dated only by its election's
# day is a mission of that day.
PARLIAMENT_MISSIONS_BY_YEAR = """Parlement de la Fédération Wallonie-Bruxelles
Relations internationales

Missions d'observation

2020
– Niger, élection présidentielle du 27 décembre 2020 : deux députés, membres de la délégation
conduite par Mme Anne Lestrade (Suisse), ont observé le scrutin du 23 au 29 décembre à Niamey.

2019
– Bénin, élections législatives du 28 avril 2019 : un député a représenté le Parlement au sein
de la mission de l'OIF.
"""


def test_a_parliaments_missions_by_year(gazetteer: Gazetteer) -> None:
    records = _records(
        PARLIAMENT_MISSIONS_BY_YEAR, gazetteer, publisher="Parlement FWB", language="fr"
    )
    assert [(r[0], r[1], r[3]) for r in _rows(records)] == [
        ("2020-12-23", "2020-12-29", ("NER",)),
        ("2019-04-28", "2019-04-28", ("BEN",)),
    ]


# Entries under a year heading opening on their month beside one dated to the day: one who
# "s'est joint à la mission d'observation" took part in it; "Mi-septembre, accueil à Québec
# de trois commissaires ..." is a visit received (its noun); a report's "Perspectives pour
# 2019" are plans, not what was done.
MONTH_ENTRIES_BESIDE_A_DAY = """Activités internationales

2018

Du 3 au 7 décembre, le DGEQ a reçu à Québec une délégation de l'Instance supérieure
indépendante pour les élections (ISIE) de Tunisie.

En octobre, une conseillère du DGEQ s'est jointe à la mission d'observation de l'OIF pour
l'élection présidentielle du 7 octobre au Cameroun. Elle a été déployée à Yaoundé.

Mi-juin, accueil à Québec de deux commissaires de la Commission électorale nationale
indépendante (CENI) du Niger, venus étudier la gestion de la liste électorale.

Perspectives pour 2019

- accueil à Québec, en mai 2019, d'une délégation de la CENI de Guinée ;
"""


def test_month_entries_beside_a_day_under_a_year_heading(gazetteer: Gazetteer) -> None:
    records = _records(MONTH_ENTRIES_BESIDE_A_DAY, gazetteer, publisher="DGEQ", language="fr")
    assert _rows(records) == [
        ("2018-12-03", "2018-12-07", "reception", ("CAN",)),
        ("2018-10", "2018-10", "observation", ("CMR",)),
        ("2018-06", "2018-06", "reception", ("CAN",)),
    ]


# A report dating an activity by its quarter ("In the third quarter, ..."), its year the
# heading's: its three months; a quarter holding a day told after it ("During the first
# quarter, ... On 15 February, ...") is no activity of its own beside that day.
QUARTERS_OF_THE_YEAR = """Annual report

2023

In the third quarter, two officers of the commission attended a regional training on results
management in Gaborone, Botswana.

During the first quarter, the commission hosted two delegations at its offices in Lilongwe. On
15 February, officials of the Electoral Commission of Zambia studied its voter register.
"""


def test_an_activity_dated_by_its_quarter(gazetteer: Gazetteer) -> None:
    records = _records(QUARTERS_OF_THE_YEAR, gazetteer, publisher="MEC", language="en")
    assert sorted((r[0], r[1], r[3]) for r in _rows(records)) == [
        ("2023-02-15", "2023-02-15", ("MWI",)),
        ("2023-07", "2023-09", ("BWA",)),
    ]


# A report's list of the visits its publisher (no body the gazetteers know) received, under
# a title that says so ("6.2 Delegations hosted by the Commission"), one item naming the city
# of its offices: the publisher's country, where all the visits were, whatever the visitors'
# bodies' countries; an item naming no place is one of those visits; a "peer exchange with
# the ... (NEC) of Liberia" has a foreign party.
VISITS_HOSTED_BY_AN_UNKNOWN_PUBLISHER = """ANNUAL REPORT 2019

6.2 Delegations hosted by the Commission
• 3rd–5th May: officials of the Electoral Commission of Zambia (ECZ) on a study visit at the
Commission's head office in Harare.
• June: a benchmarking visit by the Independent Electoral Commission of Lesotho on voter
registration.
• 10th–12th July: peer exchange with the National Elections Commission (NEC) of Liberia on
results management.

6.3 Engagements abroad
• In September 2019, two commissioners took part in a regional conference in Maputo,
Mozambique.
"""


def test_visits_hosted_by_a_publisher_the_gazetteers_lack(gazetteer: Gazetteer) -> None:
    records = _records(
        VISITS_HOSTED_BY_AN_UNKNOWN_PUBLISHER, gazetteer, publisher="ZEC", language="en"
    )
    rows = _rows(records)
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("2019-05-03", "2019-05-05", ("ZWE",)),
        ("2019-06", "2019-06", ("ZWE",)),
        ("2019-07-10", "2019-07-12", ("ZWE",)),
        ("2019-09", "2019-09", ("MOZ",)),
    ]
    assert rows[1][2] == "reception"


# A calendar's rows of a date, a place and a title, among shorter rows of a date and one cell
# ("May 14 | Thailand – general election", a deadline): those are rows of the same listing,
# not titles heading the rows under them (whose countries would then be theirs), and a row
# that is only a vote is no activity.
CALENDAR_ROWS_OF_TWO_WIDTHS = """Events calendar

2023

Mar 6–9 | Apia, Samoa | Regional workshop on voter registration for Pacific election bodies
Mar 12 | Deadline – applications for the election officials' fellowship
May 14 | Thailand – general election
Jun 19–21 | Dili, Timor-Leste | Peer exchange on results management with the electoral commission
"""


def test_calendar_rows_of_two_widths(gazetteer: Gazetteer) -> None:
    records = _records(CALENDAR_ROWS_OF_TWO_WIDTHS, gazetteer, publisher="ANFREL", language="en")
    assert [(r[0], r[1], r[3]) for r in _rows(records)] == [
        ("2023-03-06", "2023-03-09", ("WSM",)),
        ("2023-06-19", "2023-06-21", ("TLS",)),
    ]


# A meeting's "Provisional programme" by day under its title, the arrival day and its welcome
# dinner first: one trip, of the kind the page's title names, not a visit received on the
# arrival day beside the meeting.
PROVISIONAL_PROGRAMME = """Annual meeting 2024

12th ANNUAL CONFERENCE OF THE NETWORK
Windhoek, Namibia | 4–6 June 2024

Provisional programme (version of 2 May 2024 – subject to change)

Monday 3 June
- Arrival of delegations at the airport; transfers to the hotel
- 19:30 Informal welcome dinner offered by the host commission

Tuesday 4 June
- 09:00 Opening ceremony
- 10:30 Session 1 – Results management

Thursday 6 June
- 09:00 Closing session
"""


def test_a_provisional_programme_by_day(gazetteer: Gazetteer) -> None:
    records = _records(PROVISIONAL_PROGRAMME, gazetteer, publisher="ECF-SADC", language="en")
    rows = _rows(records)
    assert len(rows) == 1
    assert rows[0][1:] == ("2024-06-06", "conference", ("NAM",))
    assert rows[0][0] in ("2024-06-03", "2024-06-04")  # (from the arrival, or the opening)


# An annual report's line of the period it covers ("Période visée : du 1er avril 2019 au 31
# mars 2020") over items without their year: no activity of its own (nor one holding the
# items), and the items' years are the period's (February is 2020's).
PERIOD_COVERED_LINE = """Rapport annuel de gestion 2019-2020

3.4 Coopération internationale

Période visée : du 1er avril 2019 au 31 mars 2020

Accueil de délégations
• Du 14 au 18 octobre, le DGEQ a reçu à Québec une délégation de la Commission électorale
nationale indépendante (CENI) du Niger.
• En février, deux commissaires de la Commission électorale nationale autonome (CENA) du Bénin
ont séjourné à nos bureaux de Québec.
"""


def test_a_reports_line_of_the_period_it_covers(gazetteer: Gazetteer) -> None:
    records = _records(PERIOD_COVERED_LINE, gazetteer, publisher="DGEQ", language="fr")
    assert [(r[0], r[1], r[3]) for r in _rows(records)] == [
        ("2019-10-14", "2019-10-18", ("CAN",)),
        ("2020-02", "2020-02", ("CAN",)),
    ]


# A project's timeline: its own steps ("March – Mid-term evaluation of the project completed")
# are no activity with a body; the course it ran is one.
PROJECT_TIMELINE = """Support to the Electoral Cycle in Malawi (UNDP)

Timeline

2022
• 14–18 March – BRIDGE course on voter registration for 30 officials of the Malawi Electoral
Commission, in Lilongwe.
• September – Mid-term evaluation of the project completed.
"""


def test_a_projects_own_steps_on_its_timeline(gazetteer: Gazetteer) -> None:
    records = _records(PROJECT_TIMELINE, gazetteer, publisher="UNDP", language="en")
    assert [(r[0], r[1], r[3]) for r in _rows(records)] == [("2022-03-14", "2022-03-18", ("MWI",))]


# A report's table of activities, then comments naming the places of several rows: a row
# whose own cells name no known place (towns the gazetteers lack) is not placed by the
# comments on the other rows.
TABLE_THEN_COMMENTS = """Rapport semestriel 2023

Tableau récapitulatif des activités

| N° | Période | Activité | Lieu | Partenaires |
|---|---|---|---|---|
| 1 | 6 au 10 mars | Voyage d'études d'une délégation auprès de la CENA | Cotonou (Bénin) | PNUD |
| 2 | Avril | Révision des listes électorales dans deux préfectures | Kaga-Bandoro, Mobaye | – |
| 3 | 5 au 7 juin | Réunion annuelle des organes électoraux (CEEAC) | Libreville (Gabon) | CEEAC |

Le voyage d'études au Bénin a permis d'étudier le fichier électoral. À Libreville, la délégation
a présenté le calendrier électoral.
"""


def test_a_table_row_not_placed_by_comments_on_other_rows(gazetteer: Gazetteer) -> None:
    records = _records(TABLE_THEN_COMMENTS, gazetteer, publisher="ANE", language="fr")
    assert [(r[0], r[1], r[3]) for r in _rows(records)] == [
        ("2023-03-06", "2023-03-10", ("BEN",)),
        ("2023-06-05", "2023-06-07", ("GAB",)),
    ]


# A yearly archive whose paragraphs tell what was done "during the year", beside those dated.
WHOLE_YEAR_FR = (
    "Relations internationales\n"
    "Archives par année\n"
    "\n"
    "2017\n"
    "\n"
    "Du 11 au 15 septembre, un analyste a participé à une mission d'évaluation au "
    "Niger avec l'OIF.\n"
    "\n"
    "Au cours de l'année, la Commission a reçu à Québec une délégation de l'Instance "
    "supérieure indépendante pour les élections de Tunisie.\n"
    "\n"
    "2018\n"
    "\n"
    "Au cours de l'année, la Commission a donné un atelier sur la cartographie "
    "électorale à des cadres de la CENI, à Niamey.\n"
    "\n"
    "En mai, un commissaire a participé à la conférence annuelle du RECEF à "
    "Bruxelles.\n"
)

WHOLE_YEAR_EN = (
    "International cooperation\n"
    "Year in review 2021\n"
    "\n"
    "In June, two staff members took part in a workshop on voter registration in "
    "Lusaka, organised by IFES.\n"
    "\n"
    "During the year, the Commission hosted a study visit by a delegation of the "
    "Electoral Commission of Ghana in Ottawa.\n"
    "\n"
    "During the year, staff also answered more than 300 enquiries about "
    "registration.\n"
    "\n"
    "Throughout the year, the Commission kept in touch with its partners in the "
    "region.\n"
)


def test_paragraphs_told_during_the_year(gazetteer: Gazetteer) -> None:
    records = _records(WHOLE_YEAR_FR, gazetteer, publisher="DGEQ", language="fr")
    assert [(r[0], r[2], r[3]) for r in _rows(records)] == [
        ("2017-09-11", "evaluation", ("NER",)),
        ("2017", "reception", ("CAN",)),
        ("2018", "training", ("NER",)),
        ("2018-05", "conference", ("BEL",)),
    ]
    records = _records(WHOLE_YEAR_EN, gazetteer, publisher="Elections Canada", language="en")
    # (the enquiries answered and the ties kept all year are no activities)
    assert [(r[0], r[2], r[3]) for r in _rows(records)] == [
        ("2021-06", "conference", ("ZMB",)),
        ("2021", "reception", ("CAN",)),
    ]


# A yearly report in numbered paragraphs, with a footnote on when another document was
# published: that day is not the report's own, and the activities after it are kept.
FOOTNOTED_REPORT = (
    "COMMISSION ÉLECTORALE NATIONALE INDÉPENDANTE\n"
    "RAPPORT ANNUEL 2022\n"
    "\n"
    "Chapitre 5 : Coopération internationale\n"
    "\n"
    "31. Du 14 au 18 mars 2022, deux commissaires ont effectué une visite d'études "
    "auprès de la Commission électorale indépendante du Ghana, à Accra¹.\n"
    "\n"
    "32. Les 9 et 10 juin 2022, un cadre a pris part, à Lomé (Togo), à un atelier du "
    "RECEF sur le contentieux électoral.\n"
    "\n"
    "___\n"
    "¹ Le guide des procédures avait été publié le 2 février 2022.\n"
)


def test_a_footnote_on_another_documents_publication(gazetteer: Gazetteer) -> None:
    records = _records(FOOTNOTED_REPORT, gazetteer, publisher="CENI", language="fr")
    assert [(r[0], r[1], r[3]) for r in _rows(records)] == [
        ("2022-03-14", "2022-03-18", ("GHA",)),
        ("2022-06-09", "2022-06-10", ("TGO",)),
    ]


# A table of a year's elections, one row per country: the vote's day in its column, then the
# days of each kind of visit in a column of its own.
VISITS_BY_COLUMN = (
    "Parliamentary election monitoring – 2019\n"
    "\n"
    "| Country | Vote (polling day) | Pre-election visit | Observation mission | "
    "Leader |\n"
    "|---|---|---|---|---|\n"
    "| Ukraine | Presidential (31 March) | Kyiv, 4-6 March | Kyiv, 27 March - 2 "
    "April | Ms Anna Keller (Austria) |\n"
    "| Tunisia | Legislative (6 October) | – | Tunis, 2-8 October | Mr Luis Ortega "
    "(Spain) |\n"
    "| Kazakhstan | Early presidential (9 June) | – | not observed | – |\n"
)


def test_a_table_dating_each_kind_of_visit_in_its_column(gazetteer: Gazetteer) -> None:
    records = _records(VISITS_BY_COLUMN, gazetteer, publisher="PACE", language="en")
    assert [(r[0], r[1], r[2], r[3]) for r in _rows(records)] == [
        ("2019-03-04", "2019-03-06", "evaluation", ("UKR",)),
        ("2019-03-27", "2019-04-02", "observation", ("UKR",)),
        ("2019-10-02", "2019-10-08", "observation", ("TUN",)),
    ]


# An agenda of cards: each a date badge (weekdays in their short forms, the month last; or an
# English badge), a place line, a title, a line of text and a link to the activity's page.
AGENDA_CARDS = """<html><head><title>Agenda</title></head><body>
<nav><a href="/">Accueil</a> <a href="/agenda">Agenda</a></nav>
<main><h1>Agenda de l'Association</h1>
<p class="intro">Les activités de l'Association, de la plus récente à la plus ancienne.</p>
<div class="cards">
<div class="card"><div class="pastille">ven. 10 – dim. 12 OCT.</div>
<p class="lieu">Niamey (Niger)</p><h3>Atelier sur la gestion des résultats</h3>
<p>Organisé avec la Commission électorale nationale indépendante, l'atelier a réuni 30
cadres de la région.</p><a href="/a/1">Voir l'activité</a></div>
<div class="card"><div class="pastille">mar. 16 – jeu. 18 SEPT.</div>
<p class="lieu">Tunis (Tunisie)</p><h3>Visite d'étude auprès de l'Instance supérieure</h3>
<p>Six administrateurs ont étudié les procédures de l'Instance.</p>
<a href="/a/2">Voir l'activité</a></div>
<div class="card"><div class="badge">03 – 05 JUL</div>
<p class="lieu">Rabat (Maroc)</p><h3>Réunion du Bureau</h3>
<p>Le Bureau a adopté le plan d'action de l'année.</p>
<a href="/a/3">Voir l'activité</a></div>
</div></main><footer><p>© 2024 Association</p></footer></body></html>"""


def test_an_agenda_of_cards_with_badges(gazetteer: Gazetteer) -> None:
    text = html_text(AGENDA_CARDS, where="agenda.html").text
    assert "ven. 10 – dim. 12 OCT." in text and "03 – 05 JUL" in text
    # (the year from the page's address: no year is written)
    rows = _rows(
        _records(text, gazetteer, publisher="Association", language="fr", year_hint=2024)  # type: ignore[arg-type]
    )
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("2024-10-10", "2024-10-12", ("NER",)),
        ("2024-09-16", "2024-09-18", ("TUN",)),
        ("2024-07-03", "2024-07-05", ("MAR",)),
    ]


# A report's table of missions abroad, its year in a column of its own, the days without it.
YEAR_COLUMN_TABLE = (
    "Rapport d'activités 2023-2024\n\n"
    "Tableau 4 – Déplacements à l'étranger\n\n"
    "| Année | Dates | Pays (ville) | Objet |\n"
    "|---|---|---|---|\n"
    "| 2023 | 6 – 10 novembre | Mali (Bamako) | Atelier du RECEF sur le contentieux électoral |\n"
    "| 2024 | 12 – 16 février | Maroc (Rabat) | Voyage d'études sur le fichier électoral |\n"
)


def test_a_tables_year_column_dates_its_rows(gazetteer: Gazetteer) -> None:
    rows = _rows(_records(YEAR_COLUMN_TABLE, gazetteer, publisher="CENA", language="fr"))
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("2023-11-06", "2023-11-10", ("MLI",)),
        ("2024-02-12", "2024-02-16", ("MAR",)),
    ]


# A news index of teasers, one <article> each: its stamp line (day · category), its title
# as a link, one sentence, a link to the rest. Every item is read, its title and day kept;
# an item's relative days are told from its own stamp line.
NEWS_TEASERS = """<html lang="fr"><head><title>Actualités</title></head><body>
<header><nav><ul><li><a href="/">Accueil</a></li><li><a href="/actualites/">Actualités</a>
</li></ul></nav></header>
<main><h1>Actualités</h1>
<ul class="filtres"><li><a href="?c=tout">Tout</a></li><li><a href="?c=intl">International</a>
</li></ul>
<article class="teaser"><p class="date"><time datetime="2024-05-17">17 mai 2024</time> ·
International</p><h2><a href="/a/1">Des cadres de la CENA du Niger en visite à Abidjan</a></h2>
<p>Du 13 au 15 mai, la Commission a accueilli quatre cadres de la Commission électorale
nationale autonome du Niger, venus étudier la gestion de la carte électorale.</p>
<a class="suite" href="/a/1">Lire la suite</a></article>
<article class="teaser"><p class="date"><time datetime="2024-05-10">10 mai 2024</time> ·
Communiqués</p><h2><a href="/a/2">Révision de la liste électorale : ouverture des centres</a></h2>
<p>Les centres d'enrôlement ouvriront leurs portes le 20 mai sur l'ensemble du territoire.</p>
<a class="suite" href="/a/2">Lire la suite</a></article>
<article class="teaser"><p class="date"><time datetime="2024-04-26">Vendredi 26 avril 2024</time>
· International</p><h2><a href="/a/3">Formation sur les résultats à Lomé</a></h2>
<p>Mardi et mercredi derniers, deux cadres de la Commission ont suivi à Lomé une formation
sur la transmission des résultats organisée par le RECEF.</p>
<a class="suite" href="/a/3">Lire la suite</a></article>
<article class="teaser"><p class="date"><time datetime="2024-04-12">12 avril 2024</time> ·
International</p><h2><a href="/a/4">Mission d'observation au Sénégal</a></h2>
<p>Deux commissaires ont observé à Dakar, du 20 au 26 mars 2024, l'élection présidentielle
du 24 mars au sein de la mission de la CEDEAO.</p>
<a class="suite" href="/a/4">Lire la suite</a></article>
<nav class="pagination"><span>1</span> <a href="?page=2">2</a></nav>
</main><aside><h2>À lire aussi</h2><ul><li><a href="/r">Résultats 2020</a></li></ul></aside>
<footer><p>© 2024 Commission</p></footer></body></html>"""


def test_a_news_index_of_teasers(gazetteer: Gazetteer) -> None:
    text = html_text(NEWS_TEASERS, where="actualites.html").text
    for title in ("Des cadres de la CENA du Niger", "Formation sur les résultats à Lomé"):
        assert title in text
    assert "Vendredi 26 avril 2024" in text
    rows = _rows(_records(text, gazetteer, publisher="CEI Côte d'Ivoire", language="fr"))
    assert rows == [
        ("2024-05-13", "2024-05-15", "reception", ("CIV",)),
        ("2024-04-23", "2024-04-24", "training", ("TGO",)),
        ("2024-03-20", "2024-03-26", "observation", ("SEN",)),
    ]


# A year's report under month headings, an item with no date of its own under "Mars"; a
# month told as nothing received; visitors' welcome with its days between commas.
MONTH_HEADINGS = (
    "Bilan des activités internationales 2022\n\n"
    "Février\n"
    "- Niger – élections : mission d'appui de deux experts à Niamey, du 7 au 12 février.\n\n"
    "Mars\n"
    "- Cotonou (Bénin) – séminaire sur le fichier électoral à l'intention des cadres de la "
    "CENA, animé par deux experts du réseau.\n\n"
    "Avril\n"
    "- Aucune mission n'a été menée pendant la période électorale.\n\n"
    "Juin\n"
    "- Dakar (Sénégal) – accueil, du 13 au 15 juin, de quatre fonctionnaires de la "
    "Commission électorale de Guinée pour un stage.\n"
)


def test_a_month_heading_dates_its_undated_item(gazetteer: Gazetteer) -> None:
    rows = _rows(_records(MONTH_HEADINGS, gazetteer, publisher="CENA", language="fr"))
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("2022-02-07", "2022-02-12", ("NER",)),
        ("2022-03", "2022-03", ("BEN",)),
        ("2022-06-13", "2022-06-15", ("SEN",)),
    ]
    assert rows[2][2] == "reception"


# A network's history under year headings, each entry one line closed by its stop: its title,
# a dash, its place and its days; another entry of the year under it, dated by its month.
HISTORY_ENTRIES_WITH_STOPS = (
    "Our history\n\n"
    "2018\n"
    "General Assembly – Chisinau, Moldova, Wednesday 12 to Friday 14 September.\n"
    "Study visit – a delegation of the Central Election Commission of Armenia was received "
    "at the Secretariat in Budapest in May.\n\n"
    "2017\n"
    "Annual Conference – Tbilisi, Georgia, 20–22 June.\n"
)


def test_history_entries_closed_by_their_stop(gazetteer: Gazetteer) -> None:
    rows = _rows(_records(HISTORY_ENTRIES_WITH_STOPS, gazetteer, publisher="ACEEEO", language="en"))
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("2018-09-12", "2018-09-14", ("MDA",)),
        ("2018-05", "2018-05", ("HUN",)),
        ("2017-06-20", "2017-06-22", ("GEO",)),
    ]


# A network's milestones, "AAAA :" lines over one-line entries: an assembly named by its town
# and dated by its month at the end.
MILESTONES_NAMED_BY_TOWN = (
    "Historique du réseau\n\n"
    "2016 :\n"
    "Séminaire régional sur la cartographie électorale à Cotonou (Bénin), du 9 au 11 mars.\n\n"
    "2017 :\n"
    "Assemblée générale de Niamey (Niger), en octobre. Adoption du plan d'action triennal.\n"
)


def test_an_assembly_named_by_its_town_dated_by_its_month(gazetteer: Gazetteer) -> None:
    rows = _rows(_records(MILESTONES_NAMED_BY_TOWN, gazetteer, publisher="RECEF", language="fr"))
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [
        ("2016-03-09", "2016-03-11", "conference", ("BEN",)),
        ("2017-10", "2017-10", "general-assembly", ("NER",)),
    ]


# A report's international section, lettered items: an observers' team based in the capital
# for three weeks, and, under its own title within those weeks, visitors received there.
VISITORS_DURING_ANOTHERS_STAY = (
    "Annual Report 2022\n\n"
    "International relations\n\n"
    "a) OSCE/ODIHR Needs Assessment Mission\n"
    "From 3 to 21 October 2022, a team of the OSCE Office for Democratic Institutions and "
    "Human Rights (ODIHR) was based in Vienna and met the Federal Electoral Authority.\n\n"
    "b) Visitor programme for election officials\n"
    "On 9 and 10 October, the Authority welcomed to Vienna 15 representatives of electoral "
    "bodies from six countries.\n"
)


def test_visitors_received_during_anothers_stay(gazetteer: Gazetteer) -> None:
    rows = _rows(
        _records(VISITORS_DURING_ANOTHERS_STAY, gazetteer, publisher="Federal Electoral Authority")
    )
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("2022-10-03", "2022-10-21", ("AUT",)),
        ("2022-10-09", "2022-10-10", ("AUT",)),
    ]
    assert rows[1][2] == "reception"


# A report's count of its year's activities, the year told by its last day ("l'exercice
# terminé le 31 mars 2024", "the fiscal year ended March 31, 2024"): no activity of that day.
YEAR_TOLD_BY_ITS_LAST_DAY = (
    "Rapport annuel de gestion 2023-2024\n\n"
    "Relations internationales\n\n"
    "Au cours de l'exercice terminé le 31 mars 2024, trois activités ont été menées à "
    "l'étranger ou au Québec.\n\n"
    "Du 4 au 8 septembre 2023, deux conseillers ont pris part à un séminaire du Réseau des "
    "compétences électorales francophones à Lomé, au Togo.\n"
)
YEAR_TOLD_BY_ITS_LAST_DAY_EN = (
    "Annual Report 2023-2024\n\n"
    "International relations\n\n"
    "In the fiscal year ended March 31, 2024, the agency took part in three activities "
    "abroad.\n\n"
    "From October 2 to 6, 2023, two advisers attended a seminar of the Association of World "
    "Election Bodies in Tbilisi, Georgia.\n"
)


@pytest.mark.parametrize(
    ("page", "language", "expected"),
    [
        (YEAR_TOLD_BY_ITS_LAST_DAY, "fr", ("2023-09-04", "2023-09-08", "conference", ("TGO",))),
        (YEAR_TOLD_BY_ITS_LAST_DAY_EN, "en", ("2023-10-02", "2023-10-06", "conference", ("GEO",))),
    ],
)
def test_a_year_told_by_its_last_day_is_no_activity(
    gazetteer: Gazetteer, page: str, language: str, expected: tuple[object, ...]
) -> None:
    rows = _rows(_records(page, gazetteer, publisher="DGEQ", language=language))
    assert rows == [expected]


# A Swiss page's table of deployments, its days written day first with their stops and no
# year ("20.06.–03.07."), the year its heading's; polling days in brackets ("(28.06.)") are
# the elections'.
DOTTED_DAYS_TABLE = (
    "Observation électorale : déploiements 2024\n\n"
    "2024\n\n"
    "| Pays | Élection | Mission | Déploiement |\n"
    "|---|---|---|---|\n"
    "| Mongolie | Législatives (28.06.) | OSCE/BIDDH | 20.06.–03.07. |\n"
    "| Géorgie | Législatives (26.10.) | OSCE/BIDDH | 19.10.–30.10. |\n"
)


def test_days_written_with_their_stops_and_no_year(gazetteer: Gazetteer) -> None:
    rows = _rows(
        _records(
            DOTTED_DAYS_TABLE,
            gazetteer,
            publisher="Département fédéral des affaires étrangères",
            language="fr",
        )
    )
    assert rows == [
        ("2024-06-20", "2024-07-03", "observation", ("MNG",)),
        ("2024-10-19", "2024-10-30", "observation", ("GEO",)),
    ]


# An encyclopaedic article: its infobox's founding year is no year of its events; a year
# opening a sentence ("In 2019 ... on 12–14 June") or naming an event's edition ("The 2021
# General Assembly was held ... from 7 to 9 December") dates the yearless days after it.
ARTICLE_WITH_AN_INFOBOX = (
    "Association of Electoral Bodies\n\n"
    "Formation: 1995\n"
    "Headquarters: Budapest\n\n"
    "History\n\n"
    "The association was founded in 1995 by election administrators of the region.\n\n"
    "Activities\n\n"
    "In 2019 the Central Electoral Commission of Armenia hosted the annual conference in "
    "Yerevan on 12–14 June.[2] The 2021 General Assembly was held in Accra from 7 to 9 "
    "December, hosted by the Electoral Commission of Ghana.[3]\n"
)


def test_an_articles_events_dated_by_their_own_years(gazetteer: Gazetteer) -> None:
    rows = _rows(_records(ARTICLE_WITH_AN_INFOBOX, gazetteer, publisher="Wikipedia"))
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("2019-06-12", "2019-06-14", ("ARM",)),
        ("2021-12-07", "2021-12-09", ("GHA",)),
    ]


# A training for observers ("a training of trainers in Rabat for 40 coordinators of the
# observation teams", "Basic course for election observers"): a training, not an observation.
TRAININGS_FOR_OBSERVERS = (
    "Annual report 2022\n\n"
    "- In June 2022, the Council organised a training of trainers in Tunis for 30 coordinators "
    "of the observation teams.\n"
    "- Basic course for election observers, Dakar, 14 to 18 November 2022, with 20 new "
    "members of the pool.\n"
)


def test_a_training_for_observers_is_a_training(gazetteer: Gazetteer) -> None:
    rows = _rows(_records(TRAININGS_FOR_OBSERVERS, gazetteer, publisher="Council"))
    assert [(r[0], r[2], r[3]) for r in rows] == [
        ("2022-06", "training", ("TUN",)),
        ("2022-11-14", "training", ("SEN",)),
    ]


# A list of missions to come titled with its year ("Upcoming missions (2025)") holds no
# record; a report "was presented to the Permanent Council ... on December 6" is no activity.
MISSIONS_OF_A_YEAR_AND_TO_COME = """Electoral Observation Missions deployed in 2024

| Country | Election day | Mission in the country | Observers |
|---|---|---|---|
| Panama | May 5 | April 26 - May 8 | 31 |
| Mexico | June 2 | May 25 - June 5 | 40 |

The final report of the Mission to Mexico, which also covers the local elections of the \
same day, was presented to the Permanent Council in Washington, D.C., on November 13.

Upcoming missions (2025)
- Ecuador, General Elections, February 9
- Bolivia, General Elections, August 17
"""


def test_missions_to_come_under_a_titled_year_and_a_report_presented(
    gazetteer: Gazetteer,
) -> None:
    records = _records(
        MISSIONS_OF_A_YEAR_AND_TO_COME, gazetteer, publisher="OAS", publisher_kind="body"
    )
    assert [(r.start_date, r.end_date, r.countries) for r in records] == [
        ("2024-04-26", "2024-05-08", ("PAN",)),
        ("2024-05-25", "2024-06-05", ("MEX",)),
    ]


# A year in review under month headings: a report "was launched online on 18 July" is no
# activity; the mission and the training are.
YEAR_IN_REVIEW_WITH_A_REPORT_LAUNCH = """# 2023 in Review

## March

**Thailand.** Our observation mission to the general election ran from 2 to 16 March, with \
observers deployed to Chiang Mai and Khon Kaen.

## July

**Report launch.** The final report of the Thailand mission was launched online on 18 July, \
with 25 recommendations to the Election Commission.

## October

**Training.** From 9 to 13 October, 20 staff of member organisations attended a training \
on long-term observation at our office in Kathmandu, Nepal.
"""


def test_a_report_launched_on_a_day_is_no_activity(gazetteer: Gazetteer) -> None:
    records = _records(
        YEAR_IN_REVIEW_WITH_A_REPORT_LAUNCH, gazetteer, publisher="ANFREL", publisher_kind="body"
    )
    assert [(r.start_date, r.end_date) for r in records] == [
        ("2023-03-02", "2023-03-16"),
        ("2023-10-09", "2023-10-13"),
    ]


# A row of a table of missions whose cell says no one went ("No OSCE PA deployment (ODIHR
# mission only)") holds no record; the rows beside it do.
MISSIONS_TABLE_WITH_A_ROW_NOT_DEPLOYED = """Election observation missions: 2023

| Country | Election | Election day | Delegation | Head of delegation |
|---|---|---|---|---|
| Montenegro | Presidential | 19 March | 16–20 March | Anna Novak (Slovenia) |
| Finland | Parliamentary | 2 April | – | No Assembly deployment (assessment mission only) |
| Turkey | General | 14 May | 11–15 May | Pavel Horak (Czechia) |
"""


def test_a_row_not_deployed_holds_no_record(gazetteer: Gazetteer) -> None:
    records = _records(
        MISSIONS_TABLE_WITH_A_ROW_NOT_DEPLOYED,
        gazetteer,
        publisher="OSCE PA",
        publisher_kind="body",
    )
    assert [(r.start_date, r.end_date, r.countries) for r in records] == [
        ("2023-03-16", "2023-03-20", ("MNE",)),
        ("2023-05-11", "2023-05-15", ("TUR",)),
    ]


# A report's table titled "Other incoming delegations": its rows are visits received at home;
# under "Inbound visits", a workshop the body hosted for others stays a training.
INCOMING_DELEGATIONS = """Electoral Commission of Examplia – Annual Report 2018–19

Table 3.7: Other incoming delegations, 2018–19

Month\tDelegation\tLocation
August 2018\tElection Commission of Nepal (five officials)\tCanberra
March 2019\tElection Commission of India (three officials)\tBrisbane

Inbound visits

Regional workshop on election security
From 13 to 15 May 2019, the Commission hosted in Canberra a regional workshop on election \
security for 30 officials of electoral bodies of the Pacific, with the support of IFES.
"""


def test_incoming_delegations_and_a_workshop_hosted(gazetteer: Gazetteer) -> None:
    records = _records(
        INCOMING_DELEGATIONS,
        gazetteer,
        publisher="Australian Electoral Commission",
        publisher_kind="body",
    )
    assert sorted(_rows(records)) == [
        ("2018-08", "2018-08", "reception", ("AUS",)),
        ("2019-03", "2019-03", "reception", ("AUS",)),
        ("2019-05-13", "2019-05-15", "training", ("AUS",)),
    ]


# Officers "deployed to Suva to assist the Fijian Elections Office with results management
# ahead of the general election": assistance, not an assessment of the coming vote.
DEPLOYED_TO_ASSIST = """International engagement in 2022–23

- From 10 to 21 October 2022, two officers were deployed to Honiara to assist the Solomon \
Islands Electoral Commission with results management ahead of the general election.
"""


def test_officers_deployed_to_assist_a_body(gazetteer: Gazetteer) -> None:
    records = _records(
        DEPLOYED_TO_ASSIST,
        gazetteer,
        publisher="Australian Electoral Commission",
        publisher_kind="body",
    )
    assert _rows(records) == [("2022-10-10", "2022-10-21", "technical-assistance", ("SLB",))]


# A training institute's schedule whose rows name no venue, under its word on where its courses
# are held ("Courses are residential and take place at the Institute's campus in Accra, unless
# stated otherwise"): the rows are there; a row held elsewhere says so.
COURSES_AT_THE_DEFAULT_VENUE = """Regional Electoral Training Institute

International courses

Courses are residential and take place at the Institute's campus in Accra, Ghana, unless \
stated otherwise.

| No. | Course | Dates | Participants |
|---|---|---|---|
| 1 | Course on Results Management | 6 – 10 February 2023 | 30 officials of member bodies |
| 2 | Course on Voter Registration (held in Lomé, Togo) | 13 – 17 March 2023 | 25 officials |

Note: No residential course was scheduled in May, when the faculty took part in the \
elections held on 20 May 2023.
"""


def test_courses_at_the_pages_default_venue(gazetteer: Gazetteer) -> None:
    records = _records(
        COURSES_AT_THE_DEFAULT_VENUE,
        gazetteer,
        publisher="Training institute",
        publisher_kind="body",
    )
    assert [(r.start_date, r.end_date, r.countries) for r in records] == [
        ("2023-02-06", "2023-02-10", ("GHA",)),
        ("2023-03-13", "2023-03-17", ("TGO",)),
    ]


# A wiki page exported as Markdown: bold dates opening each item, then its place and a colon.
# A month alone opens its item as a day does; an item that only names an election is no
# record, and its bodies stay out of the other items'.
WIKI_EXPORT_IN_MARKDOWN = """# Network activities 2019

*Members' wiki › Network life › Activities*

## 2019

- **4–8 March**, Banjul: two experts of the network in the ECOWAS pre-election mission.
- **October**, Accra: seminar on results transmission, organised with the Electoral \
Commission of Ghana; 30 participants.
- **November**: publication of the network's guide on voter registration.
- **7 December**: presidential election in Namibia. The exchange planned with the ECN did \
not take place.
"""


def test_a_markdown_wiki_export_reads_each_item(gazetteer: Gazetteer) -> None:
    records = _records(
        WIKI_EXPORT_IN_MARKDOWN, gazetteer, publisher="ECONEC", publisher_kind="body"
    )
    assert [(r.start_date, r.end_date, r.countries) for r in records] == [
        ("2019-03-04", "2019-03-08", ("GMB",)),
        ("2019-10", "2019-10", ("GHA",)),
    ]


# A listing whose entries each have a "City | date" line under their title: a month alone
# dates its entry, and a weekday and day on such a line are the entry's, not the page's day.
PLACE_BAR_DATE_LISTING = """Activities

Recent activities of the network, most recent first.

Observers follow the general elections in Ghana

Accra | 5–9 December 2024

A mission of ten observers from member bodies followed the general elections of 7 December.

BRIDGE course for Liberian officials

Monrovia | October 2024

Twenty officials of the National Elections Commission took part in a BRIDGE module.

Steering committee meets in Dakar

Dakar | Tuesday 3 September 2024

The committee approved the network's budget and its observation calendar.
"""


def test_a_listing_of_place_and_date_lines(gazetteer: Gazetteer) -> None:
    records = _records(PLACE_BAR_DATE_LISTING, gazetteer, publisher="ECONEC", publisher_kind="body")
    assert [(r.start_date, r.end_date, r.countries) for r in records] == [
        ("2024-12-05", "2024-12-09", ("GHA",)),
        ("2024-10", "2024-10", ("LBR",)),
        ("2024-09-03", "2024-09-03", ("SEN",)),
    ]


# A project page's key activities, each "title, town, days – text": a town the gazetteers lack
# set off by commas before the days is the entry's place, in the project's country.
PROJECT_KEY_ACTIVITIES = """Support to the Electoral Cycle in Liberia

Project duration: January 2022 – December 2024

Key activities
• Training of trainers, Sanniquellie, 6–10 March 2023 – Thirty district officers completed a \
five-day course on polling procedures with the National Elections Commission's training unit.
• Post-election workshop, Zwedru, 4–6 December 2023 – Magistrates and party agents reviewed \
the conduct of the October polls.
"""


def test_a_town_between_an_entrys_title_and_its_days(gazetteer: Gazetteer) -> None:
    records = _records(PROJECT_KEY_ACTIVITIES, gazetteer, publisher="UNDP", publisher_kind="body")
    assert [(r.start_date, r.end_date, r.countries) for r in records] == [
        ("2023-03-06", "2023-03-10", ("LBR",)),
        ("2023-12-04", "2023-12-06", ("LBR",)),
    ]


# A project page: its duration field spans years and dates no activity; its items each open
# on a place and a day or a month, as a dateline would, but under a bullet they are the
# items' own; a handover of equipment is assistance.
PROJECT_PAGE_IN_FRENCH = """Togo : projet d'appui au cycle électoral

- Durée : janvier 2021 – décembre 2023
- Financement : Union européenne

Activités phares

- Lomé, mardi 14 mars 2023 – cérémonie de remise officielle à la CENI de 50 tablettes \
destinées aux centres de compilation des résultats.
- Kara, mai 2023 – atelier bilan des élections régionales avec la CENI et ses \
démembrements.
"""


def test_a_project_pages_duration_and_its_items(gazetteer: Gazetteer) -> None:
    records = _records(PROJECT_PAGE_IN_FRENCH, gazetteer, publisher="ECES", language="fr")
    assert [(r.start_date, r.end_date, r.countries) for r in records] == [
        ("2023-03-14", "2023-03-14", ("TGO",)),
        ("2023-05", "2023-05", ("TGO",)),
    ]
    assert records[0].kind == "technical-assistance"


# A table of a career's missions under a "Year" column: each row's year dates its mission,
# its country cell places it; a row told cancelled is no record.
TABLE_OF_MISSIONS_BY_YEAR = """Tribute: a colleague retires after 25 years

Published 12 March 2024

Among the missions she took part in:

Year | Country | Mission
2009 | Ghana | Observation of the general elections, with the Commonwealth
2012 | Kenya | Technical assistance to the IEBC on voter registration, in Nairobi
2020 | Malawi | Observation of the presidential election | Cancelled (travel restrictions)

We wish her a happy retirement.
"""


def test_a_table_of_missions_by_year(gazetteer: Gazetteer) -> None:
    records = _records(TABLE_OF_MISSIONS_BY_YEAR, gazetteer, publisher="Electoral Commission")
    assert [(r.start_date, r.end_date, r.countries) for r in records] == [
        ("2009", "2009", ("GHA",)),
        ("2012", "2012", ("KEN",)),
    ]


# A team listed item by item, then the team's missions listed item by item: the bodies the
# team's (undated) items name take part in each dated item's mission.
TEAM_THEN_ITS_MISSIONS = """Assessment of the voter register of Togo

The team brought together:
- Mrs Awa Diallo, head of the voter register at the Direction générale des élections du Mali;
- Mr Paul Girard, in charge of the permanent list at the Chief Electoral Officer of Québec (DGEQ).

The experts went to Togo twice in 2014:
- from 3 to 12 March – assessment mission;
- from 5 to 8 May – presentation of the report.
"""


def test_a_teams_bodies_take_part_in_its_listed_missions(gazetteer: Gazetteer) -> None:
    records = _records(TEAM_THEN_ITS_MISSIONS, gazetteer, publisher="RECEF", publisher_kind="body")
    assert [(r.start_date, r.end_date, r.countries) for r in records] == [
        ("2014-03-03", "2014-03-12", ("TGO",)),
        ("2014-05-05", "2014-05-08", ("TGO",)),
    ]
    assert all("dgeq" in {p.org for p in r.organizations} for r in records)


# A delegation that "visited our office in Tallinn to learn how we train polling station staff"
# was received there: the visit, not the training it came to learn about.
VISITED_OUR_OFFICE = """International cooperation

We receive foreign delegations and take part in projects abroad.

Activities in 2023

March
A delegation from the Central Electoral Commission of the Republic of Armenia visited our \
office in Tallinn to learn how we train polling station staff and run internet voting.

14–16 November
Two of our experts held a workshop on voting abroad for staff of the Central Electoral \
Commission of Armenia in Yerevan.
"""


def test_a_delegation_that_visited_our_office(gazetteer: Gazetteer) -> None:
    records = _records(VISITED_OUR_OFFICE, gazetteer, publisher="State Electoral Office of Estonia")
    assert _rows(records) == [
        ("2023-03", "2023-03", "reception", ("EST",)),
        ("2023-11-14", "2023-11-16", "training", ("ARM",)),
    ]


# An item titled by the welcome of a body ("Accueil de la CENI du Togo.") tells visitors
# received, wherever the body is named from.
WELCOME_OF_A_BODY = """Rapport annuel 2019

Coopération internationale

Au cours de l'année, la Commission a poursuivi ses échanges avec ses homologues de la \
sous-région.

- Accueil de la CENI du Togo. Les 12 et 13 novembre, une mission de la Commission électorale \
nationale indépendante du Togo a séjourné à Cotonou et à Parakou pour s'informer de \
l'expérience béninoise en matière de cartographie électorale.
- Mission d'observation au Niger. Du 18 au 23 décembre, deux commissaires ont pris part à la \
mission d'observation de la CEDEAO à l'élection présidentielle au Niger.
"""


def test_an_item_titled_by_a_bodys_welcome(gazetteer: Gazetteer) -> None:
    for title in ("Accueil de la CENI du Togo", "Accueil de la Commission électorale du Togo"):
        text = WELCOME_OF_A_BODY.replace("Accueil de la CENI du Togo", title)
        records = _records(text, gazetteer, publisher="CENA Bénin", language="fr")
        assert _rows(records) == [
            ("2019-11-12", "2019-11-13", "reception", ("BEN",)),
            ("2019-12-18", "2019-12-23", "observation", ("NER",)),
        ]


# A table's row telling an invitation turned down ("Invitation to observe ... (declined; the
# Commission did not deploy)") is no record.
ROW_OF_A_DECLINED_INVITATION = """International engagements in 2022

| Month | Engagement | Place | Partner |
| --- | --- | --- | --- |
| March | Study visit to the Electoral Commission of Kenya | Nairobi | IFES |
| August | Invitation to observe the general elections in Angola (declined; the Commission did \
not deploy) | – | – |
"""


def test_a_row_of_an_invitation_declined(gazetteer: Gazetteer) -> None:
    records = _records(ROW_OF_A_DECLINED_INVITATION, gazetteer, publisher="EC Ghana")
    assert [(r.start_date, r.countries) for r in records] == [("2022-03", ("KEN",))]


# An archive's years between rules ("─── 2020 ───") head their entries; a seminar "sur le
# rôle des institutions dans l'observation des élections" is about observation, and a training
# "destinée aux observateurs" is for them: neither is an observation mission.
YEARS_BETWEEN_RULES = """ACTIVITÉS PASSÉES

Le programme accompagne les institutions membres depuis 2016.

─── 2020 ───

Jeudi 12 et vendredi 13 mars – Dakar (Sénégal)
Assemblée générale du réseau. La veille, mercredi 11 mars, le réseau avait organisé au même \
endroit un séminaire sur le rôle des institutions dans l'observation des élections.

─── 2019 ───

Mai – Cotonou (Bénin)
Session de formation de cinq jours destinée aux observateurs de la Commission béninoise des \
droits de l'Homme.
"""


def test_years_between_rules_and_observation_as_a_topic(gazetteer: Gazetteer) -> None:
    records = _records(YEARS_BETWEEN_RULES, gazetteer, publisher="AFCNDH", language="fr")
    assert _rows(records) == [
        ("2020-03-12", "2020-03-13", "general-assembly", ("SEN",)),
        ("2020-03-11", "2020-03-11", "conference", ("SEN",)),
        ("2019-05", "2019-05", "training", ("BEN",)),
    ]


# A month-only item of an archive under its year ("• Octobre – Mission d'appui technique
# auprès de la CENI du Tchad, N'Djamena"): a trip of its own beside the items dated to the day
# (a day-dated item of another year in the same month heads nothing), placed by the city
# closing its title line after the body, and of its heading's year, not of the votes it
# names after ("les scrutins de mai 2021 et de janvier 2022"); "dans la même ville" is the
# place of the item before.
MONTH_ITEM_OF_AN_ARCHIVE = """ARCHIVES DES ACTIVITÉS (2020-2022)

Le réseau rassemble depuis 2011 des administrations électorales.

2022

• 5 au 7 décembre – Séminaire régional sur le contentieux électoral, Lomé (Togo)
Le séminaire a réuni une quarantaine de juristes.

• Octobre – Mission d'appui technique auprès de la CENI du Tchad, N'Djamena
Deux experts ont accompagné la Commission dans l'archivage des procès-verbaux des scrutins de \
mai 2021 et de janvier 2022.

2021

• Du 14 au 18 octobre – Atelier sur le fichier électoral, Dakar (Sénégal)
L'atelier a réuni dix administrations membres. Le 19 octobre, dans la même ville, s'est tenue \
la première réunion du groupe de travail sur les technologies électorales.
"""


def test_a_month_item_of_an_archive_under_its_year(gazetteer: Gazetteer) -> None:
    records = _records(MONTH_ITEM_OF_AN_ARCHIVE, gazetteer, publisher="RECEF", language="fr")
    assert [(r.start_date, r.end_date, r.countries) for r in records] == [
        ("2022-12-05", "2022-12-07", ("TGO",)),
        ("2022-10", "2022-10", ("TCD",)),
        ("2021-10-14", "2021-10-18", ("SEN",)),
        ("2021-10-19", "2021-10-19", ("SEN",)),
    ]


# An entry whose own text says its event was put off ("Novembre – Port-au-Prince (Haïti)" /
# "Le séminaire prévu avec la Chambre des députés a été reporté à une date ultérieure.") is
# no record; another entry's remark on other events called off is no reason to drop that one.
ENTRY_PUT_OFF = """Séminaires parlementaires

2019

Du 30 septembre au 2 octobre – Lomé (Togo)
Séminaire régional sur la prévention des violences électorales, organisé avec le PNUD.

Novembre – Port-au-Prince (Haïti)
Le séminaire prévu avec la Chambre des députés a été reporté à une date ultérieure.

Mars – Conakry (Guinée)
Séminaire d'information des députés sur la révision du code électoral. Les séminaires prévus \
en 2020 ont été annulés.
"""


def test_an_entry_told_put_off(gazetteer: Gazetteer) -> None:
    records = _records(ENTRY_PUT_OFF, gazetteer, publisher="APF", language="fr")
    assert [(r.start_date, r.end_date, r.countries) for r in records] == [
        ("2019-09-30", "2019-10-02", ("TGO",)),
        ("2019-03", "2019-03", ("GIN",)),
    ]


# A month after a title's arrow mark ("▸ Mai – Paris (France)") dates its entry, as after a
# bullet.
MONTH_AFTER_AN_ARROW = """LE JUGE DE L'ÉLECTION : ACTIVITÉS 2022

2022

▸ Jeudi 13 et vendredi 14 octobre – Libreville (Gabon)
Séminaire sur le contentieux de l'élection présidentielle, accueilli par la Cour \
constitutionnelle du Gabon.

▸ Mai – Paris (France)
Stage de deux semaines de deux conseillers juridiques de la Cour constitutionnelle du Bénin au \
Conseil constitutionnel.
"""


def test_a_month_after_an_arrow_mark(gazetteer: Gazetteer) -> None:
    records = _records(MONTH_AFTER_AN_ARROW, gazetteer, publisher="ACCF", language="fr")
    assert [(r.start_date, r.end_date, r.countries) for r in records] == [
        ("2022-10-13", "2022-10-14", ("GAB",)),
        ("2022-05", "2022-05", ("FRA",)),
    ]


# A month opening its entry's line, then its days after a comma and an article ("Mai, les
# 23 et 24 :", "Juin, le 2 :", "Septembre, du 8 au 12 :"), the year from the heading above;
# but a month then a count ("Juillet, les 14 délégués ...") is no date.
MONTH_THEN_ITS_DAYS = """Conseil national électoral — nos échanges

2018

Mai, les 23 et 24 : deux magistrats du Conseil ont pris part à Lomé à un séminaire sur le \
contentieux électoral.

Juin, le 2 : le Conseil a accueilli à Port-au-Prince une délégation de la CENI du Niger.

Septembre, du 8 au 12 : mission d'échanges de trois conseillers à Rabat.
"""


def test_a_month_then_its_days_after_a_comma(gazetteer: Gazetteer) -> None:
    records = _records(MONTH_THEN_ITS_DAYS, gazetteer, publisher="CEP Haïti", language="fr")
    assert [(r.start_date, r.end_date, r.countries) for r in records] == [
        ("2018-05-23", "2018-05-24", ("TGO",)),
        ("2018-06-02", "2018-06-02", ("HTI",)),
        ("2018-09-08", "2018-09-12", ("MAR",)),
    ]
    found, _bad = find_dates("Juillet, les 14 membres du Conseil ont adopté le rapport.")
    assert found == []


# A timeline's entries, each opening its paragraph on its date and a dash: a month-dated
# entry ("May 2014 — ...") stands beside entries dated to the day.
TIMELINE_MONTH_BESIDE_DAYS = """MILESTONES

Founded in 1998, the Network brings together the election management bodies of the region.

1998 — The Network is registered in Gaborone as a professional association.

2009 — A handbook on voter registration, drafted by a working group, is published.

12–14 March 2012 — Annual General Conference in Maputo, hosted by the National Elections \
Commission.

May 2014 — First session of the Network's academy in Windhoek: 20 officials from eight \
countries follow a two-week course.

2–4 October 2016 — Annual General Conference in Lusaka, hosted by the Electoral Commission \
of Zambia.
"""


def test_a_timelines_month_entry_beside_days(gazetteer: Gazetteer) -> None:
    records = _records(TIMELINE_MONTH_BESIDE_DAYS, gazetteer, publisher="ECF-SADC")
    assert [(r.start_date, r.end_date, r.countries) for r in records] == [
        ("2012-03-12", "2012-03-14", ("MOZ",)),
        ("2014-05", "2014-05", ("NAM",)),
        ("2016-10-02", "2016-10-04", ("ZMB",)),
    ]


# A milestones table: a meeting named after its day, then what it decided ("Founding General
# Assembly: the statutes are adopted") is the meeting's day; the secretariat opening its office
# is no activity.
MILESTONES_TABLE = """Key milestones

| Date | Milestone | Venue |
|---|---|---|
| 21 March 2011 | Founding General Assembly: the statutes are adopted | Rabat, Morocco |
| June 2012 | The Secretariat opens its office | Rabat |
| 3–5 October 2014 | Second General Assembly, hosted by the ISIE | Tunis, Tunisia |
"""


def test_a_meeting_named_before_what_it_decided(gazetteer: Gazetteer) -> None:
    records = _records(MILESTONES_TABLE, gazetteer, publisher="Arab EMBs Organization")
    assert [(r.start_date, r.end_date, r.countries) for r in records] == [
        ("2011-03-21", "2011-03-21", ("MAR",)),
        ("2014-10-03", "2014-10-05", ("TUN",)),
    ]


# Advisers who "worked in Apia during June 2021" for a body: a month's trip of its own, beside
# days, and technical assistance.
ADVISERS_WORKED_THERE = """Annual Report 2021 — International

Samoa
Two advisers from our roll team worked in Apia during June 2021 on the cleaning of the \
electoral roll, at the request of the Office of the Electoral Commissioner.

Tonga
A Tongan delegation visited our Wellington office from 6 to 9 September 2021.
"""


def test_advisers_who_worked_there_in_a_month(gazetteer: Gazetteer) -> None:
    records = _records(ADVISERS_WORKED_THERE, gazetteer, publisher="Electoral Commission NZ")
    first = records[0]
    assert (first.start_date, first.countries, first.kind.value) == (
        "2021-06",
        ("WSM",),
        "technical-assistance",
    )


# A yearly review whose year is only in its title ("BILAN ... — ANNÉE 2009"), each entry a
# country heading over its date line without the year ("12 au 19 avril — Mission ..."): the
# title's year dates the heading's days (not the vote the text names).
TITLE_YEAR_DATE_LINES = """BILAN DES ACTIVITÉS INTERNATIONALES — ANNÉE 2009

Les principales activités sont résumées ci-après, pays par pays.

Niger
12 au 19 octobre — Mission d'observation de la Francophonie
Un membre du personnel a représenté le DGEQ au sein de la mission de l'OIF venue observer les \
élections législatives du 20 octobre.

Mauritanie
14 au 21 juillet — Mission de la COPA
Deux observateurs ont accompagné la délégation de parlementaires lors de l'élection \
présidentielle du 18 juillet.
"""


def test_a_title_year_over_heading_date_lines(gazetteer: Gazetteer) -> None:
    records = _records(TITLE_YEAR_DATE_LINES, gazetteer, publisher="DGEQ", language="fr")
    assert [(r.start_date, r.end_date, r.countries) for r in records] == [
        ("2009-10-12", "2009-10-19", ("NER",)),
        ("2009-07-14", "2009-07-21", ("MRT",)),
    ]


# A month whose lead is elided ("Au mois d'octobre, ... à Maputo"), the year from the
# report's title: an activity of that month; but the month of activities counted, each told
# apart ("au cours du mois d'avril 2023, à deux activités"), dates none of its own.
ELIDED_MONTH_AND_A_COUNT = """RAPPORT ANNUEL 2021 — RELATIONS EXTÉRIEURES

Réunions

Au mois d'octobre, le président de la Commission a pris part à Maputo à l'assemblée générale \
annuelle du Forum des commissions électorales des pays de la SADC.
"""

COUNTED_ACTIVITIES = """Communiqué

La Commission a pris part, au cours du mois d'avril 2023, à deux activités de coopération.

Du 3 au 5 avril 2023, deux commissaires ont participé à Lomé à un atelier régional de la \
CEDEAO sur la gestion des résultats.

Du 17 au 21 avril 2023, un commissaire a fait partie de la mission d'observation de l'Union \
africaine au Nigeria.
"""


def test_an_elided_month_and_a_count_of_activities(gazetteer: Gazetteer) -> None:
    records = _records(ELIDED_MONTH_AND_A_COUNT, gazetteer, publisher="CENI RDC", language="fr")
    assert [(r.start_date, r.countries) for r in records] == [("2021-10", ("MOZ",))]
    records = _records(COUNTED_ACTIVITIES, gazetteer, publisher="CENA Bénin", language="fr")
    assert [(r.start_date, r.end_date, r.countries) for r in records] == [
        ("2023-04-03", "2023-04-05", ("TGO",)),
        ("2023-04-17", "2023-04-21", ("NGA",)),
    ]


# A report table's rows name their kind in a few words: staff sent to work for a body
# ("Staff deployment ahead of the elections", "Secondment of an IT officer", "Mise à
# disposition de deux experts") is assistance; a delegation "hosted in" the home city is a
# reception.
REPORT_TABLE_OF_STAFF_AND_GUESTS = """Annual Report 2023–24
Chapter 6: International engagement

Table 6.1: International activities, 2023–24

| Date | Country | Activity | Partner |
|---|---|---|---|
| 16–20 Oct 2023 | Papua New Guinea | BRIDGE facilitator course, Port Moresby | IFES |
| Jan 2024 | Solomon Islands | Staff deployment ahead of the 17 April 2024 elections | |
| 4 Mar 2024 | Australia | Delegation of the Electoral Commission of Tonga hosted in Canberra | |
"""


def test_staff_sent_and_a_delegation_hosted_in_a_tables_rows(gazetteer: Gazetteer) -> None:
    records = _records(REPORT_TABLE_OF_STAFF_AND_GUESTS, gazetteer, publisher="AEC", language="en")
    assert _rows(records) == [
        ("2023-10-16", "2023-10-20", "training", ("PNG",)),
        ("2024-01", "2024-01", "technical-assistance", ("SLB",)),
        ("2024-03-04", "2024-03-04", "reception", ("AUS",)),
    ]
    for text in (
        "Secondment of an IT officer to the Electoral Office of Vanuatu",
        "Mise à disposition de deux experts auprès de la CENI du Niger",
        "Détachement d'un informaticien à la CENA du Bénin",
    ):
        found = kind_named(text)
        assert found is not None and found.value == "technical-assistance", text


# A timeline written as bullets, each opened by its year ("• 2009 : Mission ..."): each
# bullet of its own year, as the same lines without their bullets.
BULLETED_TIMELINE = """Élections Québec
Accueil > International > Notre histoire

Nos missions en bref

• 2005 : création du Réseau des compétences électorales francophones.
• 2009 : mission d'observation de l'élection présidentielle au Gabon avec l'OIF.
• 2012 : accueil d'une délégation de la CENI de Guinée à Québec.
• 2016 : du 3 au 9 octobre, mission d'évaluation au Maroc.
• 2019 : participation à l'assemblée générale du RECEF à Tunis.

Dernière mise à jour : 4 mars 2020
"""


def test_a_timeline_of_bullets_opened_by_their_years(gazetteer: Gazetteer) -> None:
    records = _records(BULLETED_TIMELINE, gazetteer, publisher="DGEQ", language="fr")
    assert [(r.start_date, r.end_date, r.countries) for r in records] == [
        ("2009", "2009", ("GAB",)),
        ("2012", "2012", ("CAN",)),
        ("2016-10-03", "2016-10-09", ("MAR",)),
        ("2019", "2019", ("TUN",)),
    ]


# A table of missions with a status column: "Report adopted" after a stay's cell is no
# decision taken on that day; a vote "Not observed" is no mission.
MISSIONS_AND_THEIR_OUTCOMES = """Inter-Parliamentary Observer Network
Home > Missions

OUR MISSIONS IN 2023
Last updated 2 December 2023

Each mission is made up of members of the network's parliaments, who usually arrive three \
days before polling day and leave once the joint statement has been presented.

Country – election | Polling day | Delegation on the ground | Outcome
Paraguay – general elections | 30 April 2023 | 26 April – 2 May 2023, Asunción | Report adopted
Guatemala – general elections | 25 June 2023 | 21–27 June, Guatemala City | Report adopted
Ecuador – early general elections | 20 August 2023 | — | Not observed by the network
"""


def test_a_missions_table_with_its_outcomes(gazetteer: Gazetteer) -> None:
    records = _records(MISSIONS_AND_THEIR_OUTCOMES, gazetteer, publisher="IPON", language="en")
    assert [(r.start_date, r.end_date, r.countries) for r in records] == [
        ("2023-04-26", "2023-05-02", ("PRY",)),
        ("2023-06-21", "2023-06-27", ("GTM",)),
    ]


# A calendar under month headings, each row its days in a column, then its title (perhaps
# opening on an ordinal), its place indented on the next line: each row its own entry, the
# lines indented under a title its entry's (not labels over the next rows), each row in the
# month of the line over the month's first row; a row whose place line ends "— REPORTÉ" was
# not held.
CALENDAR_OF_ROWS = """UNION DES PARLEMENTS
Calendrier des réunions

FÉVRIER 2024
12-14    Séminaire régional sur les violences électorales
         Accra (Ghana) — avec le PNUD
27       Réunion du groupe consultatif (en ligne)

AVRIL 2024
5-9      150e Assemblée de l'Union et réunions connexes
         Tachkent (Ouzbékistan)
         Débat général sur la confiance dans les institutions électorales

JUIN 2024
10-12    Séminaire d'information pour les nouveaux parlementaires
         Bangui (République centrafricaine) — REPORTÉ sine die
24-28    Atelier de formation des commissions des lois
         Nouakchott (Mauritanie)
"""


def test_a_calendars_rows_and_their_places(gazetteer: Gazetteer) -> None:
    records = _records(CALENDAR_OF_ROWS, gazetteer, publisher="UP", language="fr")
    assert [(r.start_date, r.end_date, r.countries) for r in records] == [
        ("2024-02-12", "2024-02-14", ("GHA",)),
        ("2024-04-05", "2024-04-09", ("UZB",)),
        ("2024-06-24", "2024-06-28", ("MRT",)),
    ]


# A calendar's month cell with its status beside it ("April [done] |"): the row's month.
CALENDAR_WITH_STATUS_MARKS = """Forum of Caribbean Legislatures
Home › Calendar

CALENDAR 2023

DATE | ACTIVITY | PLACE
Mon 6 – Wed 8 February [done] | Regional seminar on electoral dispute resolution | Kingston, Jamaica
April [done] | Technical support to the Electoral Office on boundary review | Castries, Saint Lucia
"""


def test_a_month_cell_marked_done(gazetteer: Gazetteer) -> None:
    records = _records(CALENDAR_WITH_STATUS_MARKS, gazetteer, publisher="FCL", language="en")
    assert [(r.start_date, r.end_date, r.countries) for r in records] == [
        ("2023-02-06", "2023-02-08", ("JAM",)),
        ("2023-04", "2023-04", ("LCA",)),
    ]


# A network's calendar: a delegation it received at its secretariat's seat ("Hôtel du
# Parlement, Québec", a city name shared with its province) is received in Canada, not in the
# visitors' country.
NETWORK_RECEIVES_AT_ITS_SEAT = """Confédération parlementaire des Amériques
Calendrier 2024

Date | Activité | Lieu | État
Mardi 14 mai | Accueil d'une délégation du Conseil national électoral de l'Équateur | Hôtel du \
Parlement, Québec | Réalisée
Du 2 au 9 juin | Mission d'observation électorale au Mexique (2 juin) | Mexico (Mexique) | Réalisée
"""


def test_a_network_receives_at_its_seat(gazetteer: Gazetteer) -> None:
    records = _records(NETWORK_RECEIVES_AT_ITS_SEAT, gazetteer, publisher="COPA", language="fr")
    assert _rows(records) == [
        ("2024-05-14", "2024-05-14", "reception", ("CAN",)),
        ("2024-06-02", "2024-06-09", "observation", ("MEX",)),
    ]


# A report's table of activities and its text telling one of them again: a month's visit
# received, a reception in the table's row and a stay "au siège" in the text, is one record;
# a delegation "accueillie du lundi 4 au mercredi 6 mars" (the participle after it) was
# received.
TABLE_AND_TEXT_OF_ONE_VISIT = """Rapport sur les résultats 2024-2025
Coopération internationale

Tableau 7 : Activités internationales, 2024-2025
Date | Lieu | Activité | Partenaire
27 et 28 janvier 2025 | Lima (Pérou) | Rencontre bilatérale sur la sécurité des scrutins | JNE
Mars 2025 | Gatineau | Accueil d'une délégation du Tribunal électoral du Panama | —

Échanges bilatéraux et délégations

En mars 2025, les représentants du Tribunal électoral du Panama ont passé trois jours au \
siège de l'organisme, à Gatineau, pour étudier le vote par bulletin spécial.

La visite la plus longue a été celle d'une délégation de la Commission électorale du Ghana, \
accueillie du lundi 4 au mercredi 6 novembre 2024 à nos bureaux de Gatineau.
"""


def test_a_visit_in_a_table_and_in_the_text_is_one(gazetteer: Gazetteer) -> None:
    records = _records(
        TABLE_AND_TEXT_OF_ONE_VISIT, gazetteer, publisher="Elections Canada", language="fr"
    )
    assert sorted(_rows(records)) == [
        ("2024-11-04", "2024-11-06", "reception", ("CAN",)),
        ("2025-01-27", "2025-01-28", "conference", ("PER",)),
        ("2025-03", "2025-03", "reception", ("CAN",)),
    ]


# A year of an assembly's observations by country: a vote its committee "n'a pas été
# déployée" for, votes it "n'y a pas envoyé de commission" for, are no missions (not on
# the vote's day named in the country's heading); a body that "did not deploy" to one vote
# but hosted a conference instead still held that conference.
OBSERVATIONS_BY_COUNTRY = """OBSERVATION DES ÉLECTIONS : LES COMMISSIONS AD HOC EN 2023

GÉORGIE — élections municipales (2 octobre 2023)
• Observation : du jeudi 28 septembre au mardi 3 octobre, à Tbilissi et Batoumi.

ESTONIE — élections législatives (5 mars 2023)
• La commission ad hoc prévue n'a pas été déployée, faute de membres disponibles.

Autres scrutins de l'année
La Finlande (2 avril) et la Grèce (21 mai) ont tenu des élections législatives ; l'Assemblée \
n'y a pas envoyé de commission.
"""

ARCHIVE_WITH_A_CONFERENCE_INSTEAD = """Election observation archive

Kingdom of Lesotho - National Assembly Elections
The Forum observed the elections of 7 October 2022 from 1 to 10 October 2022 in Maseru.

Republic of Angola - General Elections
The Forum did not deploy to Angola's elections of 24 August 2022; the electoral commission \
hosted the Forum's annual conference instead, in Luanda from 17 to 19 November 2022.
"""


def test_missions_not_deployed_and_votes_not_observed(gazetteer: Gazetteer) -> None:
    records = _records(OBSERVATIONS_BY_COUNTRY, gazetteer, publisher="APCE", language="fr")
    assert [(r.start_date, r.end_date, r.countries) for r in records] == [
        ("2023-09-28", "2023-10-03", ("GEO",)),
    ]
    records = _records(ARCHIVE_WITH_A_CONFERENCE_INSTEAD, gazetteer, publisher="ECF-SADC")
    assert [(r.start_date, r.end_date, r.countries) for r in records] == [
        ("2022-10-01", "2022-10-10", ("LSO",)),
        ("2022-11-17", "2022-11-19", ("AGO",)),
    ]


# A visit its host put on, named by its purpose: "hosted a peer-learning visit by officials
# of ..." is a reception, whatever the section's title ("Capacity building") names.
HOSTED_PEER_LEARNING = """Annual Report 2023 — Programme highlights

Capacity building
In late November, the Institute hosted a peer-learning visit by officials of the Independent \
National Electoral Commission of the DRC at its Johannesburg office.
"""


def test_a_peer_learning_visit_hosted(gazetteer: Gazetteer) -> None:
    records = _records(HOSTED_PEER_LEARNING, gazetteer, publisher="EISA", language="en")
    assert _rows(records) == [("2023-11", "2023-11", "reception", ("ZAF",))]


# A support timeline, each line its date, a dash, its entry: an entry that is only a vote's
# round ("— Second tour de l'élection présidentielle"), a publication ("— Parution du rapport"),
# travel suspended ("— Suspension des déplacements") are none; a mission told under the vote's
# line ("arrivée le 22 décembre, a quitté le pays le 31 décembre") is of the vote's year, not
# of the year before the page's day.
SUPPORT_TIMELINE = """Guinée : chronologie de l'accompagnement électoral (2020-2021)
Publié le 10 février 2022

- Octobre 2019 — Mission d'évaluation des besoins à Conakry, conduite par deux experts.
- Mars à juin 2020 — Suspension des déplacements en raison de la pandémie.
- Dimanche 18 octobre 2020 — Premier tour de l'élection présidentielle. La mission \
d'information et de contacts, arrivée à Conakry le 12 octobre, a quitté le pays le 21 octobre.
- Dimanche 22 novembre 2020 — Second tour de l'élection présidentielle.
- Avril 2021 — Parution du rapport de la mission d'information et de contacts.
"""


def test_a_support_timelines_entries(gazetteer: Gazetteer) -> None:
    records = _records(SUPPORT_TIMELINE, gazetteer, publisher="OIF", language="fr")
    assert [(r.start_date, r.end_date, r.countries) for r in records] == [
        ("2019-10", "2019-10", ("GIN",)),
        ("2020-10-12", "2020-10-21", ("GIN",)),
    ]


# A network's key dates: a delegation its Permanent Secretariat welcomes is received at the
# network's seat (ECONEC's, in Abuja), not in the visitors' country.
NETWORK_KEY_DATES = """ECOWAS Network of Electoral Commissions
Key dates

2013 – The Permanent Secretariat becomes operational.
March 2024 – The Permanent Secretariat welcomes a delegation of the Electoral Commission for \
Sierra Leone for a three-day study visit on archiving and data protection.
"""


def test_a_networks_secretariat_receives_at_its_seat(gazetteer: Gazetteer) -> None:
    records = _records(NETWORK_KEY_DATES, gazetteer, publisher="ECONEC", language="en")
    assert _rows(records) == [("2024-03", "2024-03", "reception", ("NGA",))]


# An assembly of parliaments' calendar: its Board of Directors, its members' sitting from
# several countries, meeting at its seat is a meeting of its own (an institute's board is
# its internal governance).
ASSEMBLY_BOARD_AT_ITS_SEAT = """ParlAmericas
Calendar of activities 2024

DATE | ACTIVITY | LOCATION
Tue 12 – Thu 14 March [done] | Regional workshop on campaign finance | Bridgetown, Barbados
Mon 9 – Wed 11 September [done] | Board of Directors meeting | Secretariat, Ottawa, Canada
"""


def test_an_assemblys_board_at_its_seat(gazetteer: Gazetteer) -> None:
    records = _records(ASSEMBLY_BOARD_AT_ITS_SEAT, gazetteer, publisher="ParlAmericas")
    assert [(r.start_date, r.end_date, r.countries) for r in records] == [
        ("2024-03-12", "2024-03-14", ("BRB",)),
        ("2024-09-09", "2024-09-11", ("CAN",)),
    ]


# A year archive whose year part closes on what is coming ("Upcoming" / "We will welcome ..."):
# the next year heading is the archive's next part, not more of what is to come; an entry's
# title closing on its month ("Observation in Samoa – April") is dated by it.
ARCHIVE_WITH_UPCOMING_IN_A_YEAR = """Our work abroad

2022

Study visit from Kenya – May 3 to 5
Five officials of the Independent Electoral and Boundaries Commission of Kenya visited our \
offices in Wellington to learn about advance voting.

Upcoming
We will welcome a delegation of the Electoral Commission of Fiji in the spring of 2023.

2021

Regional forum – August 9 to 11
Two of our advisers spoke at a regional forum of Pacific electoral bodies in Suva, Fiji.

Observation in Samoa – April
Our chief adviser joined the Commonwealth observer group for the general election in Samoa.
"""


def test_an_upcoming_part_ends_at_the_next_year_heading(gazetteer: Gazetteer) -> None:
    records = _records(
        ARCHIVE_WITH_UPCOMING_IN_A_YEAR, gazetteer, publisher="Electoral Commission New Zealand"
    )
    assert _rows(records) == [
        ("2022-05-03", "2022-05-05", "reception", ("NZL",)),
        ("2021-08-09", "2021-08-11", "conference", ("FJI",)),
        ("2021-04", "2021-04", "observation", ("WSM",)),
    ]


# A mission's release recalling what came before it: a month opening its sentence after a word
# that links it to the one before ("Auparavant, en juin 2023, ...") is an earlier activity of its
# own, its kind told in the pluperfect ("avaient appuyé la Commission ... dans l'audit").
RELEASE_RECALLING_EARLIER_SUPPORT = """COMMUNIQUÉ

Mission d'observation électorale de la Francophonie à Madagascar

Antananarivo, le 18 novembre 2023

L'Organisation internationale de la Francophonie a déployé à Madagascar, du lundi 13 au \
samedi 18 novembre 2023, une mission d'observation de l'élection présidentielle du 16 \
novembre. La mission comptait douze membres.

Cette mission fait suite à un accompagnement de plusieurs mois. Auparavant, en juin 2023, \
deux experts de l'OIF avaient appuyé la Commission électorale nationale indépendante (CENI) \
dans l'audit de la liste électorale. Par ailleurs, les 9 et 10 octobre, l'OIF a réuni à \
Antsirabe quarante agents de la CENI pour un atelier sur la proclamation des résultats.

La mission remettra son rapport à la Secrétaire générale.
"""


def test_an_earlier_month_after_a_linking_word_is_an_activity_of_its_own(
    gazetteer: Gazetteer,
) -> None:
    records = _records(
        RELEASE_RECALLING_EARLIER_SUPPORT,
        gazetteer,
        publisher="Organisation internationale de la Francophonie",
        language="fr",
    )
    assert _rows(records) == [
        ("2023-11-13", "2023-11-18", "observation", ("MDG",)),
        ("2023-06", "2023-06", "technical-assistance", ("MDG",)),
        ("2023-10-09", "2023-10-10", "training", ("MDG",)),
    ]


# A body training the staff of its own units at home ("trained the staff of its district
# offices"): its domestic task, beside its trips and the visits it received.
NEWS_WITH_OWN_UNITS_TRAINED = """Independent National Electoral Commission of Malawi
News

MEC deepens ties with regional partners

Lilongwe, 14 August 2024 – The Commission has been busy on the international front this winter.

From 15 to 19 July, two MEC commissioners took part in a SADC Electoral Commissions Forum \
workshop on results management in Gaborone, Botswana.

From 29 July to 2 August, the Commission trained the staff of its district offices in Mzuzu \
on the new voter register. On 31 July, officials of the Commission also followed an online \
seminar of the Commonwealth Secretariat on election security.

On 6 August, the Commission welcomed a delegation of the Electoral Commission of Zambia at \
its Blantyre office.
"""


def test_the_staff_of_a_bodys_own_units_trained_at_home_is_no_activity(
    gazetteer: Gazetteer,
) -> None:
    records = _records(
        NEWS_WITH_OWN_UNITS_TRAINED, gazetteer, publisher="Malawi Electoral Commission"
    )
    assert [(r.start_date, r.countries) for r in records] == [
        ("2024-07-15", ("BWA",)),
        ("2024-08-06", ("MWI",)),
    ]


# A school's calendar of sessions, each a title naming its town and country over its fields
# ("Module: ...", "Dates: August (two weeks)", "Status: session not held"): the fields are the
# entry's, its dates line under them too; a month alone as a dates field dates it; a status
# saying it was not held drops it.
SCHOOL_SESSIONS_WITH_FIELDS = """Pacific Electoral Administration School
Home | Courses | Alumni | Contact

COURSE SESSIONS 2024

Our school runs travelling sessions for the staff of electoral bodies of the Pacific. Travel \
is paid by each participant's own body.

Session 1 — Apia (Samoa)
Module: Voter registration
From Monday 11 to Friday 15 March
Participants: 22 officers from Samoa, Tonga, Fiji and Vanuatu.

Session 2 — Honiara (Solomon Islands)
Module: Training of trainers
Dates: August (two weeks)
Ten national trainers were certified and will run the modules in their own countries.

Session 3 — Port Vila (Vanuatu)
Module: Results management
Dates: October
Status: session not held, the venue being unavailable
"""


def test_a_schools_sessions_under_their_titles_with_their_fields(gazetteer: Gazetteer) -> None:
    records = _records(
        SCHOOL_SESSIONS_WITH_FIELDS, gazetteer, publisher="Pacific Electoral Administration School"
    )
    assert _rows(records) == [
        ("2024-03-11", "2024-03-15", "training", ("WSM",)),
        ("2024-08", "2024-08", "training", ("SLB",)),
    ]


# A network's news item on its yearly school, its past editions listed ("- Edition 2: Suva (Fiji),
# 3–7 July 2023 – ..."): each an activity at its place, not a paper's edition line, of the kind
# its headline names (a headline with its verb, over its "Published on" line).
SCHOOL_NEWS_WITH_PAST_EDITIONS = """PIANZEA – Pacific Islands, Australia and New Zealand Electoral \
Administrators Network
Home | About | Members | Activities | Contact

Third Pacific summer school for election officials ends in Nuku'alofa
Published on 18 August 2024

From Monday 5 to Friday 9 August 2024, twenty-eight officers from eleven member bodies met in \
Nuku'alofa for the third edition, hosted by the Tonga Electoral Commission.

Previous editions
- Edition 2: Suva (Fiji), 3–7 July 2023 – 25 participants, theme "Results management"
- Edition 1: Apia (Samoa), June 2022 – 21 participants, theme "Voter information"

The network's members agreed in 2021 to hold such a session every year.
"""


def test_past_editions_listed_by_place_under_a_headline(gazetteer: Gazetteer) -> None:
    records = _records(SCHOOL_NEWS_WITH_PAST_EDITIONS, gazetteer, publisher="PIANZEA")
    assert _rows(records) == [
        ("2024-08-05", "2024-08-09", "training", ("TON",)),
        ("2023-07-03", "2023-07-07", "training", ("FJI",)),
        ("2022-06", "2022-06", "training", ("WSM",)),
    ]


# Paragraphs each opening on a title run in before their text ("Lusaka exchange. A three-day
# exchange ... ended last Tuesday in Lusaka."): each an entry of its own, a close told of one
# months after the other's days an activity of its own, dated back from its close.
REVIEW_WITH_RUN_IN_TITLES = """Electoral Commission of Namibia
Home > International > News

Our year abroad, in short
Published Thursday 16 October 2025

Regional training

Results workshop in Gaborone. From Monday 12 to Thursday 15 May 2025, three ECN trainers ran \
a workshop on results management for staff of the Independent Electoral Commission of \
Botswana in Gaborone.

Lusaka exchange. A three-day exchange with the Electoral Commission of Zambia on voter \
education ended last Tuesday in Lusaka. It was led by our Director of Operations.
"""


def test_run_in_entries_and_a_close_told_months_after_the_other(gazetteer: Gazetteer) -> None:
    records = _records(
        REVIEW_WITH_RUN_IN_TITLES, gazetteer, publisher="Electoral Commission of Namibia"
    )
    assert _rows(records) == [
        ("2025-05-12", "2025-05-15", "training", ("BWA",)),
        ("2025-10-12", "2025-10-14", "conference", ("ZMB",)),
    ]


# A regional body's news: a visit received at its seat, then, in a paragraph of its own, a
# training "closed last Friday in Kampala, Uganda": the close is no end of the visit (another
# country), but an activity of its own, dated back by its length.
REGIONAL_NEWS_WITH_A_CLOSE_ELSEWHERE = """IGAD observers: a busy first quarter

Published: Monday, 24 March 2025 | Djibouti

Peer learning and training

On 3 March, the Secretariat hosted at its headquarters in Djibouti a delegation of the \
National Election Board of Ethiopia, which studied the IGAD observation guidelines.

A two-day IGAD training of election observers closed last Friday in Kampala, Uganda. \
Twenty-six officials of member states' electoral bodies took part.
"""


def test_a_close_told_elsewhere_is_no_end_of_the_visit_before(gazetteer: Gazetteer) -> None:
    records = _records(REGIONAL_NEWS_WITH_A_CLOSE_ELSEWHERE, gazetteer, publisher="IGAD")
    assert _rows(records) == [
        ("2025-03-03", "2025-03-03", "reception", ("DJI",)),
        ("2025-03-20", "2025-03-21", "training", ("UGA",)),
    ]


# An observation mission's note with its calendar, each line its label then its day ("- Arrivée
# des observateurs de long terme à Lusaka : mercredi 21 juillet ;" ... "- Départ des derniers
# membres de la Mission : vendredi 20 août."): one stay from the first arrival to the last
# departure. (The title's election day and the other mission told in the future, "sera
# déployée", are left out of the assertion: records of their own there are known faults.)
MISSION_NOTE_WITH_LABELLED_CALENDAR = """COMMUNAUTÉ DE DÉVELOPPEMENT DE L'AFRIQUE AUSTRALE

Mission d'observation électorale de la SADC pour les élections générales du 12 août 2021 en \
Zambie

NOTE N° 1
Lusaka, le lundi 9 août 2021

1. Calendrier de la mission

- Mission d'évaluation préélectorale : du 2 au 6 juin, à Lusaka ;
- Arrivée des observateurs de long terme à Lusaka : mercredi 21 juillet ;
- Arrivée des observateurs de court terme : samedi 7 août ;
- Jour du scrutin : jeudi 12 août ;
- Déclaration préliminaire : samedi 14 août, à Lusaka ;
- Départ des derniers membres de la Mission : vendredi 20 août.

2. Autres missions

La mission de la SADC au Malawi sera déployée du 10 au 20 septembre ; une note lui sera \
consacrée.
"""


def test_a_missions_calendar_by_labelled_lines_is_one_stay(gazetteer: Gazetteer) -> None:
    records = _records(
        MISSION_NOTE_WITH_LABELLED_CALENDAR, gazetteer, publisher="SADC", language="fr"
    )
    rows = _rows(records)
    assert ("2021-06-02", "2021-06-06", "evaluation", ("ZMB",)) in rows
    assert ("2021-07-21", "2021-08-20", "observation", ("ZMB",)) in rows
    assert not [r for r in rows if r[0] in ("2021-08-07", "2021-08-14")]


# A regional body's release under its dateline, the day's weekday after the dash ("Gaborone,
# Botswana – Wednesday 13 March 2024"): the day it tells from ("Last week, from Monday to
# Wednesday"), no activity; a month's consultation the body "held" in another town is one.
RELEASE_WITH_DASHED_DATELINE = """SADC | Southern African Development Community
Home > Media > Press Releases

SADC prepares its observers for the 2024 elections in the region

Gaborone, Botswana – Wednesday 13 March 2024

The SADC Secretariat has stepped up its preparations for the elections the region will hold \
this year.

Last week, from Monday to Wednesday, the Secretariat trained 30 observers from the SADC \
roster in Maputo, Mozambique, with the support of the Electoral Commissions Forum.

In January, the SADC Secretariat and the African Union Commission held a joint consultation \
in Lusaka to share their calendars for the year.
"""


def test_a_dateline_with_its_weekday_after_the_dash(gazetteer: Gazetteer) -> None:
    records = _records(RELEASE_WITH_DASHED_DATELINE, gazetteer, publisher="SADC")
    assert _rows(records) == [
        ("2024-03-04", "2024-03-06", "training", ("MOZ",)),
        ("2024-01", "2024-01", "conference", ("ZMB",)),
    ]


# A mission's release recalling an earlier mission with its year ("Pour rappel, ... déployée du
# 15 au 23 décembre 2018"): that year dates no other paragraph's days ("du 4 au 8 mars", of the
# release's year); observers trained "à Accra (Ghana)" in a month: a training there.
RELEASE_WITH_A_RECALLED_YEAR = """COMMISSION DE LA CEDEAO – Département des affaires politiques

Élections au Togo : la Mission d'observation de la CEDEAO rend son rapport préliminaire

Lomé, le 2 mai 2024 – La Mission d'observation électorale de la CEDEAO a présenté ce jeudi sa \
déclaration préliminaire sur les élections législatives et régionales du 29 avril.

Les étapes de la préparation

Le déploiement a été préparé par une mission d'évaluation préélectorale qui a séjourné à Lomé \
du 4 au 8 mars. Elle s'est entretenue avec la Commission électorale nationale indépendante et \
les partis politiques.

En février, le Département a formé à Accra (Ghana) quarante observateurs de la CEDEAO \
proposés par les organes électoraux des États membres.

Pour rappel, la CEDEAO avait déjà observé les élections législatives de 2018 : sa mission, \
déployée du 15 au 23 décembre 2018, avait recommandé la révision du fichier électoral.
"""


def test_a_recalled_year_dates_no_other_paragraph(gazetteer: Gazetteer) -> None:
    records = _records(RELEASE_WITH_A_RECALLED_YEAR, gazetteer, publisher="CEDEAO", language="fr")
    assert _rows(records) == [
        ("2024-05-02", "2024-05-02", "observation", ("TGO",)),
        ("2024-03-04", "2024-03-08", "evaluation", ("TGO",)),
        ("2024-02", "2024-02", "training", ("GHA",)),
        ("2018-12-15", "2018-12-23", "observation", ("TGO",)),
    ]


# A paper's item on a mission "Lancée officiellement le samedi 12 octobre à Maputo" that
# "restera ... jusqu'au 20 octobre": the day in the participle's clause is begun, not planned.
PAPER_ON_A_MISSION_LAUNCHED = """Le Quotidien de Maputo
Accueil | Politique | Région

Les observateurs régionaux se déploient au Mozambique

Par Inês Machava
Publié le mardi 15 octobre 2024

Lancée officiellement le samedi 12 octobre à Maputo, la mission d'observation électorale de \
la SADC restera au Mozambique jusqu'au 20 octobre. Ses équipes couvrent les onze provinces du \
pays.
"""


def test_a_day_in_a_begun_participles_clause_is_no_plan(gazetteer: Gazetteer) -> None:
    records = _records(
        PAPER_ON_A_MISSION_LAUNCHED,
        gazetteer,
        publisher="Le Quotidien de Maputo",
        publisher_kind="press",
        language="fr",
    )
    assert _rows(records) == [("2024-10-12", "2024-10-20", "observation", ("MOZ",))]


# An annual report's visits told under titles of visits received ("6.2 Delegations hosted",
# "6.3 Visitors to the Commission"): received at home, whatever the words of their exchanges
# ("in a peer-exchange visit ..., shared lessons"), the mission abroad above them not.
REPORT_OF_VISITS_RECEIVED = """Electoral Commission of Namibia
Annual Report 2023/24

6. International relations

6.1 Missions abroad

Two Commissioners joined the SADC Electoral Observation Mission to Zimbabwe's harmonised \
elections of 23 August 2023; the mission was deployed from 9 to 28 August 2023 in Harare.

6.2 Delegations hosted

The Commission hosted two delegations at its head office in Windhoek. From 16 to 18 October \
2023, a team of the Electoral Commission of Zambia studied our voter registration kits. On \
4–5 March 2024, officials of the Independent Electoral Commission of Lesotho, in a \
peer-exchange visit supported by International IDEA, shared lessons on results management \
with the Commission's directors.

6.3 Visitors to the Commission

In February 2024, a delegation of the Malawi Electoral Commission came to Windhoek to learn \
about the Commission's boundary delimitation work.
"""


def test_visits_under_a_title_of_visits_received_are_receptions(gazetteer: Gazetteer) -> None:
    records = _records(
        REPORT_OF_VISITS_RECEIVED,
        gazetteer,
        publisher="Electoral Commission of Namibia",
        language="en",
    )
    assert _rows(records) == [
        ("2023-08-09", "2023-08-28", "observation", ("ZWE",)),
        ("2023-10-16", "2023-10-18", "reception", ("NAM",)),
        ("2024-03-04", "2024-03-05", "reception", ("NAM",)),
        ("2024-02", "2024-02", "reception", ("NAM",)),
    ]


# A mission's diary, its days counted from the vote ("J-4 – jeudi 25 avril", "J-3", ...,
# "Jour J – lundi 29 avril", "J+2"): one stay from the first day to the last, the days with no
# date of their own counted from a dated one; a stop in another country after it ("J+3 –
# Cotonou") is an activity of its own.
DIARY_OF_A_MISSION_BY_ITS_DAYS = """Assemblée parlementaire de la Francophonie
Accueil > Actualités

Carnet de route de la mission d'observation aux élections législatives du Togo

Publié le 6 mai 2024

La délégation de l'APF, conduite par un député belge, a suivi les élections législatives et \
régionales du 29 avril 2024. Voici son carnet.

J-4 – jeudi 25 avril
Arrivée des observateurs à Lomé et première réunion de la délégation.

J-3
Rencontres avec la Commission électorale nationale indépendante (CENI) et la Cour \
constitutionnelle.

J-1
Déploiement des équipes à Kara, Sokodé et Aného.

Jour J – lundi 29 avril
Observation de l'ouverture, du vote et du dépouillement dans une soixantaine de bureaux.

J+2
Déclaration préliminaire à la presse, puis départ de la délégation.

J+3 – Cotonou
Le chef de la délégation a tenu à Cotonou une séance de travail avec la Commission électorale \
nationale autonome (CENA) du Bénin sur la préparation des élections générales de 2026.
"""


def test_a_diarys_days_counted_from_the_vote_are_one_stay(gazetteer: Gazetteer) -> None:
    records = _records(DIARY_OF_A_MISSION_BY_ITS_DAYS, gazetteer, publisher="APF", language="fr")
    assert _rows(records) == [
        ("2024-04-25", "2024-05-01", "observation", ("TGO",)),
        ("2024-05-02", "2024-05-02", "conference", ("BEN",)),
    ]


# A dense archive of terse entries under year headings: days or months before a dot ("7–11
# March · ...", "October to November · ..."), months in brackets after each country of one
# sentence ("Fiji (December; general election of 14 December) and Papua New Guinea (July;
# ...)"), courses told bare after a colon ("Honiara, Solomon Islands (13–17 February), ...,
# and Nuku'alofa, Tonga (8–12 May)"), bodies visited in three countries; a publication is none.
DENSE_ARCHIVE_OF_A_NETWORK = """Pacific Islands, Australia and New Zealand Electoral \
Administrators' Network
Network activities, 2022–2023

2022

7–11 March · BRIDGE course on electoral dispute resolution in Apia, Samoa, for 20 officers of \
six member bodies.

Network members joined the Forum's observer teams to Fiji (December; general election of 14 \
December) and Papua New Guinea (July; national election of 4 July).

August · Release of the network's handbook on postal voting.

October to November · An adviser from the network secretariat was seconded to the Electoral \
Commission of Vanuatu in Port Vila.

2023

Two refresher courses followed: Honiara, Solomon Islands (13–17 February), hosted by the \
Solomon Islands Electoral Commission, and Nuku'alofa, Tonga (8–12 May), for Tongan officials.

4–13 September · The Chair visited the election management bodies of Fiji, Samoa and Tonga to \
prepare the network's gender strategy.
"""


def test_a_dense_archives_terse_entries_are_each_an_activity(gazetteer: Gazetteer) -> None:
    records = _records(DENSE_ARCHIVE_OF_A_NETWORK, gazetteer, publisher="PIANZEA", language="en")
    assert _rows(records) == [
        ("2022-03-07", "2022-03-11", "training", ("WSM",)),
        ("2022-12", "2022-12", "observation", ("FJI",)),
        ("2022-07", "2022-07", "observation", ("PNG",)),
        ("2022-10", "2022-11", "technical-assistance", ("VUT",)),
        ("2023-02-13", "2023-02-17", "training", ("SLB",)),
        ("2023-05-08", "2023-05-12", "training", ("TON",)),
        ("2023-09-04", "2023-09-13", "conference", ("FJI", "WSM", "TON")),
    ]


DENSE_ARCHIVE_IN_FRENCH = """Élections Québec
Nos activités

Année 2018

- Missions d'observation au Mali (juillet) et en Guinée (octobre), avec l'OIF.
- Du 9 au 12 juillet : accueil à Québec d'une délégation de la CENI du Niger.
- Septembre à novembre : un expert du réseau a appuyé la CENI de Madagascar à Antananarivo.
- Novembre · Publication du guide des bonnes pratiques.
"""


def test_months_in_brackets_after_each_country_date_each_mission(gazetteer: Gazetteer) -> None:
    records = _records(DENSE_ARCHIVE_IN_FRENCH, gazetteer, publisher="DGEQ", language="fr")
    assert _rows(records) == [
        ("2018-07", "2018-07", "observation", ("MLI",)),
        ("2018-10", "2018-10", "observation", ("GIN",)),
        ("2018-07-09", "2018-07-12", "reception", ("CAN",)),
        ("2018-09", "2018-11", "technical-assistance", ("MDG",)),
    ]


# A log's terse items: two missions with their days in the brackets after each vote's name,
# the vote's own day noted after them ("general election (February 3-9; vote on February 7)");
# a tour of three countries ("toured Peru, Bolivia and Chile"); a month opening the brackets
# after a country, a comma after it ("Honduras (November, general elections of 28 November)").
ACTIVITY_LOG_OF_TERSE_ITEMS = """ParlAmericas
Activity log 2021

- Ecuador, two missions: general election (February 3-9; vote on February 7) and presidential \
run-off (April 7 to 13; vote on April 11), both in Quito.
- June 14-25 — A delegation of the Board toured Peru, Bolivia and Chile to meet the \
presidents of their legislatures.
- Advice to Honduras (November, general elections of 28 November), through two short-term \
experts.
"""


def test_a_logs_terse_items_each_dated_and_placed(gazetteer: Gazetteer) -> None:
    records = _records(
        ACTIVITY_LOG_OF_TERSE_ITEMS, gazetteer, publisher="ParlAmericas", language="en"
    )
    assert _rows(records) == [
        ("2021-02-03", "2021-02-09", "observation", ("ECU",)),
        ("2021-04-07", "2021-04-13", "observation", ("ECU",)),
        ("2021-06-14", "2021-06-25", "conference", ("PER", "BOL", "CHL")),
        ("2021-11", "2021-11", "technical-assistance", ("HND",)),
    ]


# A review country by country: an entry's month after its country and dash ("Comores – Mars :
# mission d'évaluation ..."); a body named after the elections it runs, its acronym after it
# ("l'Autorité indépendante des élections (AIE), à Bamako, d'avril à juillet 2019"): its
# experts' months, no election's.
REVIEW_COUNTRY_BY_COUNTRY = """Organisation internationale de la Francophonie
Bilan électoral 2019

— 2019 —

Comores – Mars : mission d'évaluation préélectorale à Moroni, en vue de la présidentielle du \
24 mars.

Mali – Deux experts ont été mis à la disposition de l'Autorité indépendante des élections \
(AIE), à Bamako, d'avril à juillet 2019, pour la révision des listes électorales.
"""


def test_a_country_entrys_month_and_a_body_named_for_elections(gazetteer: Gazetteer) -> None:
    records = _records(REVIEW_COUNTRY_BY_COUNTRY, gazetteer, publisher="OIF", language="fr")
    assert _rows(records) == [
        ("2019-03", "2019-03", "evaluation", ("COM",)),
        ("2019-04", "2019-07", "technical-assistance", ("MLI",)),
    ]


# A press note hard-wrapped at about 118 characters, a sentence ending where the wrap falls
# ("... from 12th to 17th May." / "Forty delegates ...") and an abbreviation closing a line
# ("... Commissioner, Smt." / "Kavita Rao, visited ..."): each numbered paragraph one block;
# a delegation that "called on the Commission" was received.
PRESS_NOTE_WRAPPED_WIDE = """ELECTION COMMISSION OF INDIA

PRESS NOTE

1. The Commission received requests from several Election Management Bodies to share its \
experience of the general
elections to the House of the People, and this note gives an account of its recent \
international engagements.

2. Visitors Programme: The Commission had hosted its International Election Visitors \
Programme from 12th to 17th May.
Forty delegates from fifteen Election Management Bodies, including International IDEA, were \
briefed in New Delhi and
then watched the poll in four States on 15th May, 2029, meeting polling staff.

3. Study visit to Indonesia: A four-member delegation of the Commission led by the Deputy \
Election Commissioner, Smt.
Kavita Rao, visited the General Elections Commission (KPU) in Jakarta on 21st and 22nd June, \
2029, to study its count.

4. Visit of Nepalese delegation: On Tuesday, 3rd July, 2029, a delegation of the Election \
Commission of Nepal called
on the Commission at Nirvachan Sadan, New Delhi. Both sides discussed the training of polling \
personnel.

5. The Commission remains committed to sharing its experience with the global electoral \
community, and it will go on
offering its training programmes at the India International Institute of Democracy and \
Election Management, which
welcomed officials from more than one hundred countries since its foundation, to all partner \
bodies that ask for them.
"""


def test_a_note_wrapped_wide_keeps_its_numbered_paragraphs(gazetteer: Gazetteer) -> None:
    records = _records(
        PRESS_NOTE_WRAPPED_WIDE,
        gazetteer,
        publisher="Election Commission of India",
        language="en",
    )
    assert _rows(records) == [
        ("2029-05-12", "2029-05-17", "reception", ("IND",)),
        ("2029-06-21", "2029-06-22", "conference", ("IDN",)),
        ("2029-07-03", "2029-07-03", "reception", ("IND",)),
    ]


# A paper's item: a delegation received "avant-hier"; a saying, no day ("Ces échanges ne
# datent pas d'hier"); a paragraph telling the body's work at home ("Sur le plan national,
# l'institution a réuni ses démembrements régionaux à Dosso ..."), no cooperation.
PAPER_ON_EXCHANGES_AND_HOME_WORK = """Le Sahel – Quotidien nigérien d'information

La CENI multiplie les échanges avec ses homologues

Niamey, le 14 novembre 2025 (Le Sahel) — Avant-hier, le président de la Commission électorale \
nationale indépendante (CENI) a reçu au siège de l'institution, à Niamey, une délégation de \
la Commission électorale nationale indépendante (CENI) du Burkina Faso.

Ces échanges ne datent pas d'hier : la CENI avait déjà accueilli en 2023 des cadres de la \
CENA du Bénin.

Sur le plan national, l'institution a réuni ses démembrements régionaux à Dosso le 10 \
novembre pour une session de formation sur le contentieux électoral.
"""


def test_a_saying_dates_nothing_and_work_at_home_is_no_record(gazetteer: Gazetteer) -> None:
    records = _records(
        PAPER_ON_EXCHANGES_AND_HOME_WORK,
        gazetteer,
        publisher="Le Sahel",
        publisher_kind="press",
        language="fr",
    )
    assert _rows(records) == [("2025-11-12", "2025-11-12", "reception", ("NER",))]


# A paper's live page, its day line giving its opening and last update ("Dimanche 12 octobre
# 2025 – ouvert à 06 h 30, dernière mise à jour à 22 h 15"): the day it tells from, the year of
# "depuis le mardi 7 octobre".
LIVE_PAGE_STAMPED_WITH_ITS_HOURS = """CAMEROON TRIBUNE
Quotidien bilingue d'information

EN DIRECT – Présidentielle : la journée de vote suivie par les observateurs

Dimanche 12 octobre 2025 – ouvert à 06 h 30, dernière mise à jour à 22 h 15
Par la rédaction

22 h 15 : Fin de ce direct. Merci de nous avoir suivis.

14 h 20 : À Garoua, nous avons rencontré des observateurs de la mission de l'Union africaine, \
présente dans le pays depuis le mardi 7 octobre et conduite par un ancien Premier ministre.

08 h 05 : Les bureaux de vote ouvrent à Yaoundé et à Douala.
"""


def test_a_live_pages_stamp_with_its_hours_dates_the_page(gazetteer: Gazetteer) -> None:
    records = _records(
        LIVE_PAGE_STAMPED_WITH_ITS_HOURS,
        gazetteer,
        publisher="Cameroon Tribune",
        publisher_kind="press",
        language="fr",
    )
    assert _rows(records) == [("2025-10-07", "2025-10-07", "observation", ("CMR",))]


# A chair's notes: a stop's day, then a vote months ahead named in passing ("Three months
# before the district elections of 1 September"), then "The next day": the day after the
# stop's, not after the vote's.
NOTES_WITH_A_VOTE_WEEKS_AHEAD = """Association of African Election Authorities
Chairperson's notes

Posted on Monday, 15 June 2026

Accra, Ghana – Monday 1 June. Three months before the district elections of 1 September, the \
Electoral Commission of Ghana showed us its new biometric verification devices. The next day \
we met the Inter-Party Advisory Committee.
"""


def test_the_next_day_counts_from_the_stop_not_a_vote_ahead(gazetteer: Gazetteer) -> None:
    records = _records(NOTES_WITH_A_VOTE_WEEKS_AHEAD, gazetteer, publisher="AAEA", language="en")
    assert _rows(records) == [("2026-06-01", "2026-06-02", "conference", ("GHA",))]


# A network's members' page: a member body ran a visitors' programme "for the members of the
# association" around its vote: the members took part in it, no visit the publisher received.
MEMBERS_VISITORS_PROGRAMME = """Members of the Association

Ghana — Electoral Commission (EC)
Member since 2009. Seat: Accra.
Highlights: the Commission organised in Accra, from 5 to 8 December, a visitors programme for \
the members of the association around the general election of 7 December 2024.

Kenya — Independent Electoral and Boundaries Commission (IEBC)
Member since 2011. Seat: Nairobi.
Highlights: the IEBC hosted the association's annual workshop on results transmission in \
Mombasa on 14 and 15 May 2024.
"""
MEMBRES_PROGRAMME_DE_VISITEURS = """Les membres du réseau

Bénin — Commission électorale nationale autonome (CENA)
Adhésion : 2012. Siège : Cotonou.
Faits marquants : la CENA a organisé à Cotonou, du 6 au 9 janvier, un programme de visiteurs \
pour les membres du réseau autour des élections législatives du 8 janvier 2023.
"""


def test_a_visitors_programme_for_the_networks_members(gazetteer: Gazetteer) -> None:
    records = _records(MEMBERS_VISITORS_PROGRAMME, gazetteer, publisher="AAEA", language="en")
    assert _rows(records) == [
        ("2024-12-05", "2024-12-08", "observation", ("GHA",)),
        ("2024-05-14", "2024-05-15", "training", ("KEN",)),
    ]
    records = _records(MEMBRES_PROGRAMME_DE_VISITEURS, gazetteer, publisher="RECEF", language="fr")
    assert _rows(records) == [("2023-01-06", "2023-01-09", "observation", ("BEN",))]


# Commissioners at another body's visitors' programme in the days before its vote ("ahead of
# the general election of 12 August"): the programme, no pre-electoral evaluation.
VISITORS_PROGRAMME_AHEAD_OF_THE_VOTE = """Association news, August 2021

Two commissioners took part in the Election Visitor Program of the Electoral Commission of \
Zambia in Lusaka on Monday 9 and Tuesday 10 August 2021, ahead of the general election of \
12 August.
"""


def test_a_visitors_programme_ahead_of_the_vote(gazetteer: Gazetteer) -> None:
    records = _records(
        VISITORS_PROGRAMME_AHEAD_OF_THE_VOTE, gazetteer, publisher="AAEA", language="en"
    )
    assert _rows(records) == [("2021-08-09", "2021-08-10", "observation", ("ZMB",))]


# An interview: a commissioner tells her trips answer by answer, then what is to come in the
# first person plural ("Nous accueillerons en octobre nos homologues"): a plan, not a visit
# received, nor a part of the trip told before it.
INTERVIEW_WITH_PLANS = """Entretien avec Mariam Diallo, commissaire de la CENI

Publié le 14 juin 2023

Question : Vous rentrez de Sierra Leone. Qu'y avez-vous fait ?
Mariam Diallo : Nous étions à Freetown la semaine dernière, du lundi 5 au samedi 10 juin, pour \
un atelier de la CEDEAO sur la gestion des résultats. J'y ai présenté notre expérience de 2020.

Question : Et avant cela ?
Mariam Diallo : En mars, j'ai conduit une mission d'observation de l'Union africaine au \
Nigéria pour les élections des gouverneurs du 18 mars. Nous sommes restés à Abuja et à Kano du \
12 au 21 mars.

Question : Quels sont vos projets ?
Mariam Diallo : Nous accueillerons en octobre nos homologues du Bénin à Niamey pour un échange \
sur le fichier électoral.
"""


def test_an_interview_tells_plans_in_the_first_person(gazetteer: Gazetteer) -> None:
    records = _records(
        INTERVIEW_WITH_PLANS,
        gazetteer,
        publisher="Commission électorale nationale indépendante du Niger",
        language="fr",
    )
    assert _rows(records) == [
        ("2023-06-05", "2023-06-10", "training", ("SLE",)),
        ("2023-03-12", "2023-03-21", "observation", ("NGA",)),
    ]


# A newsletter's contents, each entry's title with its leader and page number over its
# summary, the issue's line giving the months it covers ("Covering July–September 2024"), the
# only year of the dated summaries; a review "of the April general election" held in August.
CONTENTS_WITH_SUMMARIES = """Pacific Electoral Network
QUARTERLY UPDATE
No. 3 · Covering July–September 2024 · Suva, October 2024

IN THIS ISSUE

Tonga: boundary delimitation workshop ....................... 2
Network trainers ran a workshop for the Tonga Electoral Commission in Nukuʻalofa from 8 to 11 \
July, on the review of constituency boundaries.

Solomon Islands: lessons learned .............................. 3
A review of the April general election was held in Honiara on 21 and 22 August with the \
Solomon Islands Electoral Commission.

Members' corner ................................................ 4
Our annual report for 2023 is now available online.
"""


def test_a_newsletters_contents_with_summaries(gazetteer: Gazetteer) -> None:
    records = _records(
        CONTENTS_WITH_SUMMARIES,
        gazetteer,
        publisher="Pacific Islands, Australia and New Zealand Electoral Administrators Network",
        language="en",
    )
    assert [r.title for r in records] == [
        "Tonga: boundary delimitation workshop",
        "Solomon Islands: lessons learned",
    ]
    assert _rows(records) == [
        ("2024-07-08", "2024-07-11", "training", ("TON",)),
        ("2024-08-21", "2024-08-22", "evaluation", ("SLB",)),
    ]


# A news agency's feed of dispatches under their days' headings, each dispatch's hour and
# desk over its title ("14:10 | POLITIQUE"): its days told from its day's heading ("ce
# jeudi", "depuis lundi").
DISPATCHES_UNDER_THEIR_DAYS = """Fil d'actualité – Les dernières dépêches

Jeudi 15 mai 2025

14:10 | POLITIQUE
La CENI reçoit une délégation de l'ISIE de Tunisie
Une délégation de l'Instance supérieure indépendante pour les élections (ISIE) de Tunisie a \
été reçue ce jeudi au siège de la CENI, à Niamey, pour un échange sur l'inscription des \
électeurs. Lire la suite

Mardi 13 mai 2025

09:30 | INTERNATIONAL
Atelier à Lomé : des agents de la CENI en formation
Six agents de la CENI participent depuis lundi à un atelier sur la cartographie électorale \
organisé à Lomé par la CENI du Togo. Les travaux prennent fin vendredi 16 mai. Lire la suite
"""


def test_dispatches_under_their_days_headings(gazetteer: Gazetteer) -> None:
    records = _records(
        DISPATCHES_UNDER_THEIR_DAYS,
        gazetteer,
        publisher="Commission électorale nationale indépendante du Niger",
        language="fr",
    )
    assert _rows(records) == [
        ("2025-05-15", "2025-05-15", "reception", ("NER",)),
        ("2025-05-12", "2025-05-16", "training", ("TGO",)),
    ]


# A radio programme's transcript, its broadcast's day the day its guest speaks from ("Émission
# diffusée le lundi 6 mai 2024"): "mardi dernier" and "hier" told from it.
BROADCAST_TRANSCRIPT = """Radio Nationale
Accueil > Émissions > Le grand entretien

Le grand entretien – « Observer, c'est apprendre »
Émission diffusée le lundi 6 mai 2024
Transcription revue par la rédaction

ANIMATRICE : Vous rentrez du Togo ?

INVITÉ : Oui. La mission d'observation de la CEDEAO est arrivée mardi dernier à Lomé, \
pour les législatives du 29 avril, et nous sommes \
rentrés hier.
"""


def test_a_broadcasts_day_tells_its_relative_days(gazetteer: Gazetteer) -> None:
    records = _records(
        BROADCAST_TRANSCRIPT,
        gazetteer,
        publisher="Commission électorale nationale indépendante du Niger",
        language="fr",
    )
    assert _rows(records) == [("2024-04-30", "2024-05-05", "observation", ("TGO",))]


# An interview in questions and answers ("Q: ..." / "A: ..."): each question, a sentence or
# not, the title of the activity its answer tells.
QUESTIONS_AND_ANSWERS = """Commission newsroom
Interview: "Every mission teaches us something"

Posted on 20 November 2023

Our Director of International Relations, Samuel Otieno, looks back on a busy year.

Q: Your year began far from Nairobi.
A: Yes. In February I spent a week in Lusaka with the Electoral Commission of Zambia, running \
a workshop on voter registration for its provincial officers.

Q: In May, it was your turn to receive visitors at home, as I understand it.
A: On Tuesday 9 May we welcomed a delegation of the National Electoral Commission of Tanzania \
at our offices in Nairobi, to look at results transmission.

Q: What comes next?
A: We hope to send observers to Liberia next year.
"""


def test_an_interviews_questions_title_their_answers(gazetteer: Gazetteer) -> None:
    records = _records(QUESTIONS_AND_ANSWERS, gazetteer, publisher="IEBC", language="en")
    assert _rows(records) == [
        ("2023-02", "2023-02", "training", ("ZMB",)),
        ("2023-05-09", "2023-05-09", "reception", ("KEN",)),
    ]
    assert [r.title[:30] for r in records] == [
        "Q: Your year began far from Na",
        "Q: In May, it was your turn to",
    ]


# A yearly report's bullets of what the body did, one of them dated by its month alone, its
# place and month between commas between the verb and the event ("a organisé à Lomé, au cours
# du mois de mars, un atelier", "held in Kumasi, during the month of March, a workshop").
REPORT_BULLETS_FR = """Conseil constitutionnel
Rapport annuel – Relations extérieures

Année 2022

En 2022, le Conseil :
• a reçu le mardi 8 février, à son siège de Ouagadougou, une délégation de la Cour \
constitutionnelle du Bénin ;
• a organisé à Lomé, au cours du mois de mars, un atelier de formation à l'intention des \
greffiers togolais, animé par des experts français ;
• a pris part, du 14 au 18 novembre, à la conférence de l'ACCF à Dakar.
"""

REPORT_BULLETS_EN = """Electoral Commission of Ghana
Annual report – International relations

2022

In 2022, the Commission:
• received on Tuesday 8 February, at its head office in Accra, a delegation of the Electoral \
Commission of Sierra Leone;
• held in Kumasi, during the month of March, a training workshop for officers of the \
Liberian commission, run by IFES experts;
• took part, from 14 to 18 November, in the ECONEC general assembly in Abuja.
"""


@pytest.mark.parametrize(
    ("text", "publisher", "language", "home", "march", "november"),
    [
        (REPORT_BULLETS_FR, "Conseil constitutionnel", "fr", "BFA", "TGO", "SEN"),
        (REPORT_BULLETS_EN, "Electoral Commission of Ghana", "en", "GHA", "GHA", "NGA"),
    ],
)
def test_a_reports_bullet_dated_by_its_month_between_commas(
    gazetteer: Gazetteer,
    text: str,
    publisher: str,
    language: str,
    home: str,
    march: str,
    november: str,
) -> None:
    got = [
        (r.start_date, r.end_date, r.countries)
        for r in _records(text, gazetteer, publisher=publisher, language=language)
    ]
    assert got == [
        ("2022-02-08", "2022-02-08", (home,)),
        ("2022-03", "2022-03", (march,)),
        ("2022-11-14", "2022-11-18", (november,)),
    ]


# An events page of cards (a date badge on two lines, the title, the place, a summary): its
# "Coming up" label over the next event, then a year heading over the past year's cards, which
# the label no longer covers.
CARDS_UNDER_COMING_UP = """Commonwealth Electoral Network
Home   Network   Events   Resources

Events

COMING UP

09-11
dec.
Biennial Conference
Kigali, Rwanda
Registration opens in September.

2022

21-23
nov.
Workshop on electoral justice
Port of Spain, Trinidad and Tobago
Twenty officials of member bodies compared their dispute resolution rules.

17
may
Study visit to Elections Canada
Ottawa
Members of the Electoral Commission of Jamaica met Elections Canada's experts.
"""


def test_a_coming_up_label_ends_at_the_next_year_heading(gazetteer: Gazetteer) -> None:
    got = _rows(_records(CARDS_UNDER_COMING_UP, gazetteer, publisher="CEN", language="en"))
    assert [(s, e, c) for s, e, _k, c in got] == [
        ("2022-11-21", "2022-11-23", ("TTO",)),
        ("2022-05-17", "2022-05-17", ("CAN",)),
    ]


# Event cards copied from a page: a date badge on three lines (days, month, year), the card's
# category alone on its line ("Délégations accueillies"), its title, its text, "Lire la suite".
# Each badge dates the card below it; "Programme international de visiteurs à Abuja" is a
# programme of visits, not a day-by-day programme taking the next card's badge.
BADGE_CARDS_FR = """Commission électorale nationale autonome
Accueil › Coopération › Nos activités

Nos activités internationales

À VENIR
16
NOV.
2025
Missions
Élection présidentielle en Guinée-Bissau
La Commission prévoit de déléguer deux observateurs.
Lire la suite

14-18
AVR.
2025
Colloques et séminaires
Programme international de visiteurs à Abuja
Invitée par la Commission électorale nationale indépendante du Nigeria, une délégation de \
la Commission a suivi à Abuja le programme organisé pour les élections des gouverneurs.
Lire la suite

03
MARS
2025
Délégations accueillies
Visite de la CENI du Niger
Le lundi 3 mars, une délégation de la Commission électorale nationale indépendante du \
Niger a été reçue à notre siège de Dakar.
Lire la suite

20-24
JANV.
2025
Formations
Atelier sur le contentieux électoral
Deux juristes de la Commission ont animé cet atelier à Lomé, au Togo.
Lire la suite
"""


def test_event_cards_with_their_category_between_badge_and_title(gazetteer: Gazetteer) -> None:
    got = _rows(_records(BADGE_CARDS_FR, gazetteer, publisher="CENA Sénégal", language="fr"))
    assert [(s, e, c) for s, e, _k, c in got] == [
        ("2025-04-14", "2025-04-18", ("NGA",)),
        ("2025-03-03", "2025-03-03", ("SEN",)),
        ("2025-01-20", "2025-01-24", ("TGO",)),
    ]


# A timeline copied with a tab between its date column and its text, a row dated by its
# month alone ("juin<TAB>Mission ..."), under year headings.
TAB_TIMELINE_FR = """Centre européen d'appui électoral
Accueil › Projets › Frise chronologique

Nos activités au Sahel : frise chronologique

Le Centre accompagne les organes de gestion des élections de la région. La frise reprend les \
étapes du programme, année par année.

Date\tActivité
2022
4-8 avril\tAtelier sur les listes électorales à Niamey, avec la Commission électorale \
nationale indépendante (CENI) du Niger.
juin\tMission d'évaluation des besoins auprès de la Commission électorale nationale \
indépendante (CENI) de Guinée, à Conakry.
2023
mars\tWebinaire en ligne sur la communication des résultats (120 participants).
"""

# A by-country list, each item's fields between middle dots, the last one opening on its
# town and month ("· Lusaka, May 2023, with IFES").
DOT_FIELDS_EN = """SADC Electoral Commissions Forum
Home › Activities

Recent missions and activities

- Zimbabwe · harmonised elections of 23 August 2023 · Observation mission in Harare and \
Bulawayo, from 18 to 26 August.
- Zambia · Regional workshop on voter education · Lusaka, May 2023, with IFES and the \
Electoral Commission of Zambia.
- Malawi · Webinar on results management · online, 12 March 2023.
"""


def test_a_timelines_month_alone_in_its_date_column(gazetteer: Gazetteer) -> None:
    got = _rows(_records(TAB_TIMELINE_FR, gazetteer, publisher="ECES", language="fr"))
    assert [(s, e, c) for s, e, _k, c in got] == [
        ("2022-04-04", "2022-04-08", ("NER",)),
        ("2022-06", "2022-06", ("GIN",)),
    ]


def test_an_items_last_field_opening_on_its_town_and_month(gazetteer: Gazetteer) -> None:
    got = _rows(_records(DOT_FIELDS_EN, gazetteer, publisher="ECF-SADC", language="en"))
    assert [(s, e, c) for s, e, _k, c in got] == [
        ("2023-08-18", "2023-08-26", ("ZWE",)),
        ("2023-05", "2023-05", ("ZMB",)),
    ]


@pytest.mark.parametrize(
    "title",
    [
        "INEC delegation at Kenya's International Visitors Programme",
        "Commissioners join Ghana's visitors programme for the general election",
    ],
)
def test_another_countrys_visitors_programme_is_no_reception(title: str) -> None:
    # (a programme named by another country's possessive: the publisher's people were its
    # guests; the publisher's own, by its acronym, is still a reception)
    assert kind_named(title) != "reception"
    assert kind_named("The AEC's International Election Visitor Program") == "reception"


# An archive's paragraphs under their year, each opening on its date and a comma, one of them
# on its month alone: that one is an activity of its own, not part of the one before.
OPENING_DATES_EN = """International IDEA
Home > Our work > Electoral processes

Activities in Southern Africa

2022

From 1 to 5 August, an IDEA team observed the general election in Kenya alongside the \
African Union mission, in Nairobi and Mombasa.

In the course of September, two IDEA advisers supported the Electoral Commission of Zambia \
in Lusaka with the audit of its voter register.

Throughout the year, IDEA ran monthly webinars for electoral management bodies of the region.
"""


def test_an_archives_paragraph_opening_on_its_month(gazetteer: Gazetteer) -> None:
    got = _rows(
        _records(OPENING_DATES_EN, gazetteer, publisher="International IDEA", language="en")
    )
    assert [(s, e, c) for s, e, _k, c in got] == [
        ("2022-08-01", "2022-08-05", ("KEN",)),
        ("2022-09", "2022-09", ("ZMB",)),
    ]


# An archive of missions under their elections' headings, where an entry's text says that no
# one went ("No officers deployed.", "... and no staff travelled."): no mission of the
# election's day.
NOBODY_WENT_EN = """Electoral Commission of Zambia
Home > Publications > Missions abroad

MISSIONS ABROAD

2022

LESOTHO — National Assembly Elections, 7 October 2022
Mission: SADC Electoral Observation Mission
Deployment: 30 September to 10 October, Maseru
Commission officers: 2

KENYA — General Elections, 9 August 2022
No officers deployed. The Commission read the African Union mission's statements online.

ANGOLA — General Elections, 24 August 2022
Two officers were nominated to the SEOM, but the nomination lapsed and no officers travelled.

Page updated: 3 March 2023
"""


def test_an_archive_entry_saying_no_one_went(gazetteer: Gazetteer) -> None:
    got = _rows(_records(NOBODY_WENT_EN, gazetteer, publisher="ECZ", language="en"))
    assert [(s, e, c) for s, e, _k, c in got] == [("2022-09-30", "2022-10-10", ("LSO",))]


# Missions titled by their elections, one title longer than a listing line, each over a
# field that goes on to a sentence ("Mission dates: ... 2022. Observers in ..."): the next
# title after such a field opens the next mission.
FIELDS_THEN_SENTENCES_EN = """Pacific Islands Forum Secretariat
Home > Political governance > Election observation

2022

Fiji — General Election, 14 December 2022
Mission dates: 9–17 December 2022. Five observers based in Suva and Lautoka.

Solomon Islands — National Parliament and Provincial Assembly Elections, 17 April 2024
Mission dates: 11th–20th April 2024. Observers in Honiara and Auki.

Nauru — General Election, 24 September 2022
Mission dates: September 20–26, 2022. Three observers based in Yaren.
"""


def test_an_entry_title_after_a_field_and_its_sentence(gazetteer: Gazetteer) -> None:
    got = _rows(_records(FIELDS_THEN_SENTENCES_EN, gazetteer, publisher="PIFS", language="en"))
    assert [(s, e, c) for s, e, _k, c in got] == [
        ("2022-12-09", "2022-12-17", ("FJI",)),
        ("2024-04-11", "2024-04-20", ("SLB",)),
        ("2022-09-20", "2022-09-26", ("NRU",)),
    ]


# A table of visits received whose delegation column names the visitors' country
# ("National Electoral Commission, Malawi"): received at home, not held in that country.
VISITORS_COLUMN_EN = """Electoral Commission of Zambia
Home > About us > International cooperation

Visits received

2024

Dates | Delegation | Purpose
Week of 8 Jul | Malawi Electoral Commission, Malawi | Exchange on results management
19–21 Aug | National Elections Commission, Liberia | Study visit on voter education
"""


def test_a_visits_table_delegation_column_is_the_visitors_country(gazetteer: Gazetteer) -> None:
    got = _rows(
        _records(
            VISITORS_COLUMN_EN, gazetteer, publisher="Electoral Commission of Zambia", language="en"
        )
    )
    assert [(s, e, k, c) for s, e, k, c in got] == [
        ("2024-07-08", "2024-07-08", "reception", ("ZMB",)),
        ("2024-08-19", "2024-08-21", "reception", ("ZMB",)),
    ]


# Experts' profiles listing their missions by year: the steps of a career at home are no
# missions ("Joined the Institute's Secretariat", "Domestic observer coordinator"), nor is a
# mission to come; missions and workshops abroad are.
EXPERTS_PROFILES = """Electoral Institute for Sustainable Democracy in Africa
About us > Our experts

Thandeka Mokoena
Senior Elections Adviser, Johannesburg

Missions and assignments
2023 – Long-term observer, EISA mission to the Zimbabwe harmonised elections
2021 – Joined the EISA Secretariat, Johannesburg
2019 – Domestic observer coordinator, Election Monitoring Network, South Africa
2018 – Trainer, EISA workshop on results management for the Electoral Commission of Zambia, \
Lusaka
2026 (planned) – Core team, EISA mission to the Malawi general elections
"""


def test_experts_profiles_and_the_steps_of_their_careers(gazetteer: Gazetteer) -> None:
    got = _rows(_records(EXPERTS_PROFILES, gazetteer, publisher="EISA", language="en"))
    assert [(s, c) for s, _e, _k, c in got] == [("2023", ("ZWE",)), ("2018", ("ZMB",))]


# A mission's timeline: the launch of its report is a publication, no activity; a mission
# back after the vote to follow up its recommendations is an evaluation.
MISSION_TIMELINE_FR = """Centre européen d'appui électoral
Madagascar – Chronologie de la mission

2024
- Du lundi 13 au vendredi 17 mai : mission de suivi post-électoral à Antananarivo, avec la \
Commission électorale nationale indépendante.
- Mardi 25 juin : lancement public du rapport final, à Antananarivo.
"""


def test_a_timelines_report_launch_and_follow_up_mission(gazetteer: Gazetteer) -> None:
    got = _rows(_records(MISSION_TIMELINE_FR, gazetteer, publisher="ECES", language="fr"))
    assert got == [("2024-05-13", "2024-05-17", "evaluation", ("MDG",))]


# A project's page: its funding signed with its donor, its own steering committee "interne"
# and its team's retreat are no cooperation; its activities with the body are.
PROJECT_PAGE_FR = """Projet d'appui au cycle électoral au Niger (2023–2025)

Partenaire | Commission électorale nationale indépendante (CENI)
Bailleur | Union européenne

La convention de financement a été signée à Niamey avec la Délégation de l'Union européenne \
le mardi 7 mars 2023.

- Atelier sur la cartographie électorale pour 30 cadres de la CENI, Niamey, du 15 au 17 mai \
2023.
- Voyage d'étude d'une délégation de la CENI à Accra, auprès de la Commission électorale du \
Ghana, en juin 2023.

Le comité de pilotage interne du projet s'est réuni à Bruxelles les 12 et 13 octobre 2023. \
L'équipe du projet a tenu sa retraite annuelle à Dosso les 4 et 5 décembre 2023.
"""


def test_a_projects_funding_and_its_own_meetings(gazetteer: Gazetteer) -> None:
    got = _rows(_records(PROJECT_PAGE_FR, gazetteer, publisher="ECES", language="fr"))
    assert [(s, e, c) for s, e, _k, c in got] == [
        ("2023-05-15", "2023-05-17", ("NER",)),
        ("2023-06", "2023-06", ("GHA",)),
    ]


def test_a_mission_accompanying_a_body_is_assistance() -> None:
    # "Mission d'accompagnement de l'Agence ..." (the body after "de l'"), as after "de la"
    assert kind_named("Mission d'accompagnement de l'Autorité nationale des élections").value == (
        "technical-assistance"
    )
    assert kind_named("Mission d'accompagnement de la Commission électorale").value == (
        "technical-assistance"
    )


# A yearly report's bullets grouped under month headings: an item's days written without
# their month, anywhere in it and ending its sentence ("..., du 13 au 15.", "les 24 et 25."),
# are of the month over its list, the second item's too.
MONTHS_OVER_BULLETS = """Commission électorale nationale indépendante du Niger
Bilan des activités internationales 2023

Janvier
- Participation de deux commissaires à la conférence régionale de l'ECONEC à Abuja \
(Nigeria), les 24 et 25.

Mars
- Session de formation des agents de saisie à Zinder (activité nationale).
- Accueil à Niamey d'une délégation de la CENI du Burkina Faso, du 13 au 15.

Octobre
- Atelier sur le contentieux électoral organisé par le RECEF à Lomé (Togo), du 9 au 11.
"""


def test_days_of_items_under_their_month(gazetteer: Gazetteer) -> None:
    got = _rows(_records(MONTHS_OVER_BULLETS, gazetteer, publisher="CENI Niger", language="fr"))
    assert [(s, e, c) for s, e, _k, c in got] == [
        ("2023-01-24", "2023-01-25", ("NGA",)),
        ("2023-03-13", "2023-03-15", ("NER",)),
        ("2023-10-09", "2023-10-11", ("TGO",)),
    ]


# A report's title over the period it covers in brackets ("(1 July – 30 September 2023)") and
# its sentence of what it covers: neither is an activity; a meeting held somewhere "and again
# by videoconference on" a day: that day's meeting was online.
PERIOD_UNDER_A_REPORTS_TITLE = """ASSEMBLY OF THE ECONOMIC COMMUNITY
Bureau of the Assembly

PROGRESS REPORT OF THE BUREAU OF THE ASSEMBLY
(1 July – 30 September 2023)

The report covers the third part-session of 2023 and the observation of elections in \
Sierra Leone.

1. Statutory meetings

1.1 The Bureau met in Abuja on 3 July 2023 and again by videoconference on Monday 4 \
September 2023.

2. Election observation

2.1 A delegation of ten members observed the general elections in Freetown from 21 to 26 \
June 2023.
"""


def test_a_reports_period_and_what_it_covers(gazetteer: Gazetteer) -> None:
    got = _rows(
        _records(PERIOD_UNDER_A_REPORTS_TITLE, gazetteer, publisher="Assembly", language="en")
    )
    assert [(s, e, c) for s, e, _k, c in got] == [
        ("2023-07-03", "2023-07-03", ("NGA",)),
        ("2023-06-21", "2023-06-26", ("SLE",)),
    ]
