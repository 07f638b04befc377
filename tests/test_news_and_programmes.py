"""News items, wires, newsletters, programme pages, mission timelines and biographies as met
on held-out sets 88 and 89, each rule tried on a page made up for it here (other bodies,
places, dates and words than the held-out pages). The expected records were read off the
made-up text, never taken from the parser's output."""

from __future__ import annotations

from made_up import records_of as _records
from made_up import rows_of as _rows

from graphbuild.gazetteer import Gazetteer
from graphbuild.htmlpage import html_text
from graphbuild.ingest.dates import find_dates

# A wire: its stamp line with the clock, days of the week told after "on", a departure
# still to come, "last Monday and Tuesday".
WIRE = """World > Africa

Observers praise calm vote in Malawi

By Staff Reporter
September 18, 2025 2:40 PM GMT+2 Updated

LILONGWE, Sept. 18 - A team of the Electoral Commissions Forum of SADC Countries, which
arrived in Lilongwe on Friday, visited polling stations in Lilongwe and Zomba on Tuesday.
The group is due to leave on Monday after a debriefing with the commission.

Before deploying, the observers spent last Monday and Tuesday at an induction in Lusaka.
"""


def test_a_wires_days_of_the_week(gazetteer: Gazetteer) -> None:
    rows = _rows(_records(WIRE, gazetteer, publisher="Wire", publisher_kind="press"))
    # Thursday 18 September 2025: Friday the 12th to Monday the 22nd; the last Monday and
    # Tuesday before it, the 15th and 16th
    assert rows == [
        ("2025-09-12", "2025-09-22", "observation", ("MWI",)),
        ("2025-09-15", "2025-09-16", "training", ("ZMB",)),
    ]


# A paper's item: its date line over the byline; an event that ends on the paper's day.
PAPER = """Nigeria: Commission Team Back From Accra

The Guardian (Lagos)
4 December 2024
By Ade Bello

Lagos - Two directors of the commission are in Banjul for a workshop on results management
organised by ECONEC, which opened on Monday and ends today.
"""


def test_an_event_ending_on_the_papers_day(gazetteer: Gazetteer) -> None:
    rows = _rows(_records(PAPER, gazetteer, publisher="The Guardian", publisher_kind="press"))
    assert [(r[0], r[1], r[3]) for r in rows] == [("2024-12-02", "2024-12-04", ("GMB",))]


# A newsletter: numbered titles in capitals; one item tells two trips, the journey on.
NEWSLETTER = """COMMISSION ÉLECTORALE NATIONALE INDÉPENDANTE – NIGER
Lettre d'information n° 7 – Deuxième trimestre 2023

1. ATELIER À LOMÉ : LA CENI EN FORMATION
Du 3 au 5 mai, deux cadres ont suivi à Lomé un atelier sur la cartographie électorale.

2. COTONOU ET ACCRA : UN COMMISSAIRE EN MISSION
Le commissaire M. Idrissa Moussa a participé du 12 au 14 juin à Cotonou à un séminaire du
RECEF, avant de rejoindre Accra où il a suivi, le 17 juin, une réunion de l'ECONEC.
"""


def test_a_newsletters_numbered_titles_and_a_journey_on(gazetteer: Gazetteer) -> None:
    rows = _rows(_records(NEWSLETTER, gazetteer, publisher="CENI Niger"))
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("2023-05-03", "2023-05-05", ("TGO",)),
        ("2023-06-12", "2023-06-14", ("BEN",)),
        ("2023-06-17", "2023-06-17", ("GHA",)),
    ]


# An event listing saved as HTML: the dates in <time> elements and an "event-meta" line.
EVENTS_HTML = """<html lang="en"><body><header><nav><a href="/">Home</a></nav></header><main>
<h1>International events</h1>
<p class="lead">The Commission works with election management bodies across the region
through peer exchanges and study visits of many kinds, told below as they happen.</p>
<h2>2024</h2>
<section class="event"><h3>Study visit of the Electoral Commission of Botswana</h3>
<p class="event-meta"><time datetime="2024-05-06">Mon 6 May</time> &ndash;
<time datetime="2024-05-08">Wed 8 May</time> &middot; Head office, Windhoek</p>
<p>Six officials of the Electoral Commission of Botswana spent three days with the ECN in
Windhoek to study voter registration and results verification.</p></section>
<section class="event"><h3>Regional workshop with Zambia (postponed)</h3>
<p class="event-meta"><time datetime="2024-07-02">Tue 2 July</time> &middot; Lusaka</p>
<p>The workshop with the Electoral Commission of Zambia was moved to a date to come.</p>
</section>
</main><footer>Contact us</footer></body></html>"""


def test_an_html_event_listing(gazetteer: Gazetteer) -> None:
    text = html_text(EVENTS_HTML, where="events.html").text
    assert "Mon 6 May" in text and "Head office, Windhoek" in text
    rows = _rows(_records(text, gazetteer, publisher="ECN Namibia"))
    # the visit spent with the publisher is received at home; the postponed workshop is not
    assert rows == [("2024-05-06", "2024-05-08", "reception", ("NAM",))]


# A programme's page: milestones by quarter, in the country of its title.
PROGRAMME = """Where we work > Africa > Malawi

Malawi: Support to Electoral Integrity

Program period: January 2023 - December 2025

Milestones
Q2 2023: Voter register assessment. Specialists assessed the register in all districts.

Q4 2023: E-learning. A self-paced course on results management was offered to staff.

Q1 2024: Mid-term review. Postponed to 2025 at the donors' request.
"""


def test_a_programmes_milestones(gazetteer: Gazetteer) -> None:
    rows = _rows(_records(PROGRAMME, gazetteer, publisher="IFES"))
    assert rows == [("2023-04", "2023-06", "evaluation", ("MWI",))]


# A mission's timeline as a table, from its team's arrival to its departure.
TIMELINE = """EU Election Observation Mission Zambia 2021

Mission timeline

Date | Milestone
2 July 2021 | Core team arrives in Lusaka
15 July 2021 | Long-term observers deployed to the provinces
5 August 2021 | Short-term observers deployed; a delegation of MEPs joins on 8 August
12 August 2021 | Election day
14 August 2021 | Preliminary statement in Lusaka
30 August 2021 | Core team departs
"""


def test_a_missions_timeline_is_one_trip(gazetteer: Gazetteer) -> None:
    rows = _rows(_records(TIMELINE, gazetteer, publisher="EU EOM Zambia 2021"))
    assert [(r[0], r[1], r[3]) for r in rows] == [("2021-07-02", "2021-08-30", ("ZMB",))]


# A mission report's daily log: day counts, a stop on the way, the journey home.
REPORT = """RAPPORT DE MISSION
Voyage d'études auprès de l'Instance supérieure indépendante pour les élections (ISIE)
Tunis, du lundi 2 au jeudi 5 octobre 2023

Déroulement
Jour 1 – lundi 2 octobre : arrivée à Tunis ; séance d'ouverture au siège de l'ISIE.
Jour 4 – jeudi 5 octobre : séance de restitution et clôture.
Jour 5 – vendredi 6 octobre : escale à Alger ; séance de travail avec l'ANIE sur le fichier
électoral ; retour à Nouakchott le samedi 7 octobre.
"""


def test_a_daily_log_and_the_journey_home(gazetteer: Gazetteer) -> None:
    rows = _rows(_records(REPORT, gazetteer, publisher="CENI Mauritanie"))
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("2023-10-02", "2023-10-05", ("TUN",)),
        ("2023-10-06", "2023-10-06", ("DZA",)),
    ]


# A biography: an item's closing brackets of place and month; items placed by their own
# words; a courtesy call is no activity.
BIOGRAPHY = """M. Jean Kaboré
Membre de la Commission

Expérience internationale
– A pris part à la mission d'observation de l'Union africaine lors de l'élection
présidentielle au Niger (Niamey, févr. 2021).
– A participé à un séminaire du RECEF sur le contentieux électoral (Rabat et Casablanca,
du 6 au 8 juin 2022).
– 14 mars 2023 – Ouagadougou : audience accordée au chef de la délégation de l'Union
européenne (visite de courtoisie).
"""


def test_a_biographys_items(gazetteer: Gazetteer) -> None:
    rows = _rows(_records(BIOGRAPHY, gazetteer, publisher="CENI Burkina Faso"))
    assert [(r[0], r[3]) for r in rows] == [("2021-02", ("NER",)), ("2022-06-06", ("MAR",))]


# An interview: its stamp line of short cells dates "le mois dernier" and a stay told by
# bare days; a range of origins places nothing.
INTERVIEW = """« Observer, c'est d'abord écouter »

Entretien | Mardi 12 mars 2024 | Sophie Tremblay

Quelle a été votre dernière mission ?
Dakar, le mois dernier, pour la présidentielle sénégalaise. Nous sommes arrivés le 20 et
repartis le 27. Il y avait des observateurs de vingt pays, du Canada au Japon.
"""


def test_an_interviews_days_and_origins(gazetteer: Gazetteer) -> None:
    rows = _rows(_records(INTERVIEW, gazetteer, publisher="Le Devoir", publisher_kind="press"))
    assert [(r[0], r[1], r[3]) for r in rows] == [("2024-02-20", "2024-02-27", ("SEN",))]


def test_a_programmes_day_count_is_no_day() -> None:
    found, _bad = find_dates("Day 2 - Tuesday 5 March: workshops")
    assert [(m.start.day, m.end.day) for m in found] == [(5, 5)]


# A paper's report on a visit under way: since yesterday, until Saturday; a workshop closed
# on Tuesday, opened the Friday before.
VISIT_UNDER_WAY = """Actualités > Politique

Des experts au chevet de la Commission

Par Aina Rabe | mercredi 13 mars 2024

Antananarivo – Une mission d'évaluation de l'Union africaine séjourne depuis hier dans la
capitale et rencontrera jusqu'à samedi les partis politiques et la Commission.

Formateurs à Mahajanga

La Commission ne s'est pas arrêtée là. Mardi, elle a clôturé à Mahajanga un atelier de
formation de formateurs animé avec l'appui du PNUD. Ouvert vendredi dernier, cet atelier a
réuni trente participants.
"""


def test_a_visit_under_way_and_a_workshop_closed(gazetteer: Gazetteer) -> None:
    rows = _rows(
        _records(VISIT_UNDER_WAY, gazetteer, publisher="L'Express", publisher_kind="press")
    )
    # Wednesday 13 March 2024: the 12th to Saturday the 16th; Friday the 8th to Tuesday the 12th
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("2024-03-12", "2024-03-16", ("MDG",)),
        ("2024-03-08", "2024-03-12", ("MDG",)),
    ]


# A paper's item: a team back home on Monday, and a study visit put on for a delegation.
BACK_HOME = """Ghana: Commission Team Back From Lomé

Daily Graphic
June 14, 2024
By Kofi Mensah

ACCRA – A four-member team of the Electoral Commission arrived in Lomé on June 1 and was
deployed in the Togolese capital before returning to Accra on Monday.

Also on Wednesday, the commission began a two-day study visit for a delegation of the
National Electoral Commission of Liberia at its head office in Accra.
"""


def test_a_team_back_home_and_a_study_visit_hosted(gazetteer: Gazetteer) -> None:
    rows = _rows(_records(BACK_HOME, gazetteer, publisher="Daily Graphic", publisher_kind="press"))
    # Friday 14 June 2024: 1 June to Monday the 10th; Wednesday the 12th
    first, second = rows
    assert (first[0], first[1], first[3]) == ("2024-06-01", "2024-06-10", ("TGO",))
    assert (second[0], second[2], second[3]) == ("2024-06-12", "reception", ("GHA",))


# A mission's release: its first phase "in the country", the country its title names under
# the release's stamp line; the rest of the page names the donors' countries.
RELEASE = """Press Release E-012/25 · March 30, 2025

OAS Mission Presents Final Statement on the General Elections in Ecuador

First phase

In its first phase, a team of 20 observers followed the primaries and was deployed in the
country from January 6 to 12, 2025.

The Mission thanks the governments of Canada, Spain and the United States for their
contributions. The report will be presented in Washington, D.C.
"""


def test_a_phase_deployed_in_the_country(gazetteer: Gazetteer) -> None:
    rows = _rows(_records(RELEASE, gazetteer, publisher="OAS"))
    assert [(r[0], r[1], r[3]) for r in rows] == [("2025-01-06", "2025-01-12", ("ECU",))]


# A report's bullets, one dated by a month range after its label.
REPORT_BULLETS = """2.3 Accompagnement des processus électoraux

Les principales actions menées sont les suivantes :

• Niger : de janvier à juin 2021, appui-conseil à la commission électorale pour la
formation de ses démembrements.

• Bénin : du 8 au 12 mars 2021, mission d'observation de l'élection présidentielle.
"""


def test_a_bullets_month_range_after_its_label(gazetteer: Gazetteer) -> None:
    rows = _rows(_records(REPORT_BULLETS, gazetteer, publisher="OIF"))
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("2021-01", "2021-06", ("NER",)),
        ("2021-03-08", "2021-03-12", ("BEN",)),
    ]


# A quarterly update's outlook under its own heading ("Looking ahead to the next quarter",
# "Perspectives pour le prochain trimestre") holds plans, even when a plan names "a
# lessons-learned workshop" (an adjective, no verb in the past).
QUARTER_AND_ITS_OUTLOOK = """Electoral Support Project: Quarterly Update, Q2 2025

Highlights
From 12 to 16 May, the project supported a training of 40 trainers of the Independent \
Electoral Commission in Mzuzu, Malawi, together with UNDP.

On 3 June, a delegation of the Electoral Commission of Zambia visited the commission's \
headquarters in Lilongwe to exchange on results transmission.

Looking ahead to the next quarter
A lessons-learned workshop in Blantyre on 14 August; an observer briefing on 10 September.
"""

RAPPORT_ET_PERSPECTIVES = """Projet d'appui au cycle électoral : rapport du 3e trimestre 2024

Réalisations
Du 9 au 13 septembre 2024, une mission d'évaluation conjointe s'est rendue à Niamey, au Niger.

Perspectives pour le prochain trimestre
Un atelier de partage d'expériences à Dakar le 12 novembre ; la formation des formateurs \
se poursuivra à Zinder du 2 au 6 décembre.
"""


def test_an_outlook_heading_holds_plans(gazetteer: Gazetteer) -> None:
    rows = _rows(_records(QUARTER_AND_ITS_OUTLOOK, gazetteer, publisher="UNDP", language="en"))
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("2025-05-12", "2025-05-16", ("MWI",)),
        ("2025-06-03", "2025-06-03", ("MWI",)),
    ]
    rows = _rows(_records(RAPPORT_ET_PERSPECTIVES, gazetteer, publisher="PNUD", language="fr"))
    assert [(r[0], r[1], r[3]) for r in rows] == [("2024-09-09", "2024-09-13", ("NER",))]


# An interview: its byline under the lead that presents it dates it ("Propos recueillis par
# ..., le 12 janvier 2025", "Interview conducted by ... on 3 February 2025"); the months the
# answers tell in the past are before that day, of the year before.
ENTRETIEN = """ENTRETIEN

« Les échanges entre pairs nous font progresser »

Le président de la Commission électorale nationale autonome revient sur une année chargée.

Propos recueillis par Awa Ndiaye, le 12 janvier 2025

Le Quotidien : Pourquoi tant de voyages ?

Moussa Diallo : En mars, nous avons participé à la mission d'observation de la CEDEAO au \
Sénégal pour la présidentielle du 24 mars. Puis, du 2 au 5 juillet, une délégation de la \
commission s'est rendue à Tunis pour un voyage d'étude auprès de l'ISIE.

Le Quotidien : Quels sont vos projets ?

M. D. : Nous accueillerons en mai l'assemblée générale du réseau.
"""

QUESTIONS_AND_ANSWERS = """Q&A

"Peer exchanges make us better at home"

The chairperson of the Electoral Commission of Zambia looks back on a busy year.

Interview conducted by Peter Mwale on 3 February 2025

Q: You travelled a lot in the past year. Why?

A: In November, we were part of the SADC observation mission in Namibia for the elections \
of 27 November. Before that, from 14 to 18 October, three of our directors went to \
Gaborone, Botswana, for a study visit at the Independent Electoral Commission.

Q: What comes next?

A: We will host a regional workshop in Lusaka in June.
"""


def test_an_interviews_byline_dates_what_its_answers_tell(gazetteer: Gazetteer) -> None:
    rows = _rows(_records(ENTRETIEN, gazetteer, publisher="Le Quotidien", language="fr"))
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("2024-03", "2024-03", ("SEN",)),
        ("2024-07-02", "2024-07-05", ("TUN",)),
    ]
    rows = _rows(_records(QUESTIONS_AND_ANSWERS, gazetteer, publisher="Daily Mail", language="en"))
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("2024-11", "2024-11", ("NAM",)),
        ("2024-10-14", "2024-10-18", ("BWA",)),
    ]


# A report's exchanges abroad: a month-dated one beside one dated to the day, told by a
# speaker's part in it ("spoke at a conference", "presented ... at an international forum",
# "a pris la parole lors du colloque"), is an activity of its own.
EXCHANGES_ABROAD = """Departmental Results Report 2022–23
International engagement

Exchanges abroad
Brazil. At the invitation of the Superior Electoral Court (TSE), two advisers joined the \
international visitors program organized for the municipal elections of Sunday, October 2, \
2022. The program ran from September 29 to October 3, 2022, in Brasília and São Paulo.
Kenya. In November 2022, a senior official spoke at a conference on election technology \
convened by the Independent Electoral and Boundaries Commission in Nairobi.
Mexico. In February 2023, an adviser presented our approach to online disinformation at an \
international forum convened by the National Electoral Institute in Mexico City.
"""

ECHANGES_A_L_ETRANGER = """Rapport annuel 2023
Coopération internationale

Le 14 mars 2023, la Commission a reçu à son siège de Niamey une délégation de la CENI du Bénin.

En juin 2023, le président de la Commission a pris la parole lors du colloque du RECEF sur la \
transparence des résultats, à Dakar.
"""


def test_a_speakers_part_in_an_event_abroad(gazetteer: Gazetteer) -> None:
    rows = _rows(_records(EXCHANGES_ABROAD, gazetteer, publisher="Elections Canada"))
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("2022-09-29", "2022-10-03", ("BRA",)),
        ("2022-11", "2022-11", ("KEN",)),
        ("2023-02", "2023-02", ("MEX",)),
    ]
    rows = _rows(_records(ECHANGES_A_L_ETRANGER, gazetteer, publisher="CENI Niger", language="fr"))
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("2023-03-14", "2023-03-14", ("NER",)),
        ("2023-06", "2023-06", ("SEN",)),
    ]


# A report's year at home: the vote "d'abord prévue le 18 février, s'est finalement tenue le
# dimanche 14 mai" (the vote's day, no trip's), and "aucune délégation étrangère n'a été reçue
# au siège" (no reception to name a kind by): the one workshop abroad is the year's activity.
ANNEE_SANS_ACCUEIL = """Rapport annuel 2023 de la Commission électorale nationale
6.2 Bilan de l'année

L'année a été marquée par le calendrier national : l'élection présidentielle, d'abord prévue \
le 18 février, s'est finalement tenue le dimanche 14 mai 2023. Mobilisée sur ce scrutin, la \
Commission n'a effectué aucune mission à l'étranger au premier semestre, et aucune délégation \
étrangère n'a été reçue au siège.

Du 3 au 7 juillet 2023, deux commissaires ont participé à un atelier de l'ECONEC à Accra, au \
Ghana.
"""


def test_a_vote_held_after_all_and_no_visit_received(gazetteer: Gazetteer) -> None:
    rows = _rows(_records(ANNEE_SANS_ACCUEIL, gazetteer, publisher="CENA Togo", language="fr"))
    assert [(r[0], r[1], r[3]) for r in rows] == [("2023-07-03", "2023-07-07", ("GHA",))]


# A commissioner's profile: bullets each opened by its date, one by a year alone ("• 2021 :
# membre de la mission ..."), a trainer's part ("formatrice à l'atelier"); career years are
# background.
PROFIL_DE_COMMISSAIRE = """Me Fatoumata Sangaré, vice-présidente

Juriste de formation, Me Sangaré a exercé comme avocate au barreau de Bamako de 1998 à 2015. \
Elle est membre de la CENI depuis janvier 2020.

Expérience internationale :
• 2021 : membre de la mission d'observation de la Francophonie pour l'élection présidentielle \
au Niger ;
• mars 2022 : participation au séminaire du RECEF sur le contentieux électoral à Tunis ;
• du 10 au 14 juillet 2023 : formatrice à l'atelier de l'ECES sur la gestion des résultats, à \
Dakar ;
• novembre 2024 : conférencière à l'assemblée générale de l'ACCF à Québec (Canada).

Distinctions : Chevalier de l'Ordre national (2019).
"""


def test_a_profiles_bullets_one_opened_by_its_year(gazetteer: Gazetteer) -> None:
    rows = _rows(_records(PROFIL_DE_COMMISSAIRE, gazetteer, publisher="CENI Mali", language="fr"))
    assert rows == [
        ("2021", "2021", "observation", ("NER",)),
        ("2022-03", "2022-03", "conference", ("TUN",)),
        ("2023-07-10", "2023-07-14", "training", ("SEN",)),
        ("2024-11", "2024-11", "general-assembly", ("CAN",)),
    ]


# A speaker's note: one sentence telling two missions, the first to the day, the second, in
# another year and another place, by its month after "puis," ("du 3 au 10 juin 2019, puis, en
# novembre 2023, de la mission ... à Madagascar"): two activities, each placed by its clause.
DEUX_MISSIONS_EN_UNE_PHRASE = """Les intervenants du séminaire

Claire Bouchard-Lemay
Conseillère aux affaires internationales

À l'international, elle a fait partie de la mission d'assistance technique du RECEF auprès \
de la Commission électorale nationale indépendante du Niger, à Niamey, du 3 au 10 juin 2019, \
puis, en novembre 2023, de la mission d'observation de l'OIF à l'élection présidentielle à \
Madagascar. Elle animera l'atelier du 4 décembre consacré à la vérification des faits.
"""


def test_two_missions_in_one_sentence_years_apart(gazetteer: Gazetteer) -> None:
    rows = _rows(_records(DEUX_MISSIONS_EN_UNE_PHRASE, gazetteer, publisher="RECEF", language="fr"))
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("2019-06-03", "2019-06-10", ("NER",)),
        ("2023-11", "2023-11", ("MDG",)),
    ]


# A tribute: missions told beside days of other years, one led from one month to another ("De
# septembre à novembre 2020, il a conduit la mission d'assistance technique ... à Bangui"),
# one in an earlier year told as such ("Before that, in 2011, he had led a technical team that
# reviewed the voters' list in Castries").
HOMMAGE = """Hommage : un sage de la Francophonie électorale

Du 1er au 10 octobre 2018, il a été membre de la mission d'observation de l'OIF dépêchée au \
Cameroun, déployée à Yaoundé et à Douala. De septembre à novembre 2020, il a conduit la mission \
d'assistance technique de l'OIF auprès de l'Autorité nationale des élections à Bangui, en \
Centrafrique.
"""

TRIBUTE = """A man who counted every vote twice

On Wednesday, August 22, 2012, he welcomed a delegation from Belize's Elections and Boundaries \
Department to the head office in Kingston. From November 5-7, 2013, he represented the office \
at the annual meeting of the Association of Caribbean Electoral Organizations in Willemstad, \
Curaçao. Before that, in 2011, he had led a CARICOM technical team that reviewed the voters' \
list in Castries ahead of Saint Lucia's general election.
"""


def test_a_tributes_missions_beside_other_years(gazetteer: Gazetteer) -> None:
    rows = _rows(_records(HOMMAGE, gazetteer, publisher="Fraternité Matin", language="fr"))
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("2018-10-01", "2018-10-10", ("CMR",)),
        ("2020-09", "2020-11", ("CAF",)),
    ]
    rows = _rows(_records(TRIBUTE, gazetteer, publisher="The Gleaner", publisher_kind="press"))
    assert sorted((r[0], r[2], r[3]) for r in rows) == [
        ("2011", "technical-assistance", ("LCA",)),
        ("2012-08-22", "reception", ("JAM",)),
        ("2013-11-05", "conference", ("CUW",)),
    ]


# An obituary: the day its subject died ("s'est éteint samedi dernier à Abidjan") is no
# activity; a "stage sur" a subject abroad was a training.
NECROLOGIE = """NÉCROLOGIE
Hommage à un ancien commissaire

Publié le jeudi 13 mars 2025

Abidjan, 13 mars 2025 – Le monde électoral ivoirien est en deuil. Ancien commissaire de la \
commission électorale, il s'est éteint samedi dernier à Abidjan, à l'âge de 76 ans.

Du mardi 13 au vendredi 16 juin 2017, il avait suivi à Dakar, au Sénégal, un stage sur \
l'enregistrement biométrique des électeurs.
"""


def test_an_obituarys_death_day_and_a_stage(gazetteer: Gazetteer) -> None:
    rows = _rows(
        _records(NECROLOGIE, gazetteer, publisher="Fraternité Matin", publisher_kind="press")
    )
    assert rows == [("2017-06-13", "2017-06-16", "training", ("SEN",))]


# A speaker's note: the place of a former post, its years in brackets ("Ancienne conseillère
# du PNUD au Niger (2016-2019)", "Former adviser to IFES in Nepal (2012–2015)"), is not where
# the mission told after it went.
POSTE_ANTERIEUR = """Les intervenants

Aminata Koné-Diallo
Consultante en gouvernance électorale

Ancienne conseillère électorale du PNUD au Niger (2016-2019), Aminata Koné-Diallo a été \
experte au sein de la mission d'évaluation préélectorale de la CEDEAO au Togo, à Lomé, du 4 au \
8 mars 2020.

Former adviser to IFES in Nepal (2012–2015), she then joined the Commonwealth Observer Group \
to Malawi from 10 to 25 May 2019.
"""


def test_a_former_posts_place_is_not_the_missions(gazetteer: Gazetteer) -> None:
    rows = _rows(_records(POSTE_ANTERIEUR, gazetteer, publisher="RECEF", language="fr"))
    assert [(r[0], r[3]) for r in rows] == [("2020-03-04", ("TGO",)), ("2019-05-10", ("MWI",))]
