"""A page saved as HTML, end to end: the records point into its main text, and the source
document keeps both hashes (the text's, which the offsets refer to, and the HTML file's)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from click.testing import CliRunner
from rdflib import Graph, Literal

from graphbuild.cli import main
from graphbuild.gazetteer import Gazetteer
from graphbuild.htmlpage import html_text
from graphbuild.ingest import ingest_pages
from graphbuild.namespaces import DGK
from graphbuild.sources import PageMeta, page_from_text


def _days_and_countries(
    text: str, gazetteer: Gazetteer, publisher: str, language: str
) -> list[tuple[str, str, tuple[str, ...]]]:
    """The days and countries of the records of a made-up page's text, in page order."""
    page = page_from_text(
        text, doc_id="made-up", meta=PageMeta(publisher=publisher, language=language)
    )
    return [
        (a.start_date, a.end_date, a.countries) for a in ingest_pages([page], gazetteer).activities
    ]


PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>Missions</title><script>var tracker = 1;</script></head>
<body>
<nav><a href="/">Home</a> | <a href="/about">About us</a> | <a href="/contact">Contact</a></nav>
<main>
<h1>Archives of missions</h1>
<h2>2013</h2>
<h3>Mission to Peru</h3>
<p>From May 14 to 18, 2013, a representative of the Chief Electoral Officer of Québec took
part in a seminar of the Organization of American States (OAS) in Lima, Peru, on the
financing of political parties.</p>
<p>The seminar brought together electoral bodies of the Americas to compare their rules on
the funding of campaigns and the oversight of party expenses.</p>
</main>
<footer>Copyright notice. Privacy policy. Accessibility.</footer>
</body></html>
"""


def test_html_page_keeps_both_hashes(tmp_path: Path, data_copy: Path) -> None:
    page = tmp_path / "made-up-archives.html"
    page.write_text(PAGE, encoding="utf-8")
    (tmp_path / "made-up-archives.toml").write_text('publisher = "DGEQ"\n', encoding="utf-8")
    (data_copy / "corrections.toml").write_text("", encoding="utf-8")  # the seeds' own
    runner = CliRunner()
    ingested = runner.invoke(main, ["ingest", str(page), "--data", str(data_copy)])
    assert ingested.exit_code == 0, ingested.output
    doc = json.loads((data_copy / "activities.json").read_text(encoding="utf-8"))
    [source] = doc["sources"]
    html_digest = hashlib.sha256(PAGE.encode("utf-8")).hexdigest()
    assert source["original_sha256"] == html_digest
    assert source["sha256"] != html_digest  # the main text's, not the file's
    [record] = doc["activities"]
    assert record["start_date"] == "2013-05-14" and record["countries"] == ["PER"]
    assert record["source_sha256"] == source["sha256"]
    out = tmp_path / "dist"
    built = runner.invoke(main, ["build", "--data", str(data_copy), "--out", str(out)])
    assert built.exit_code == 0, built.output
    graph = Graph().parse(out / "graph.nt", format="nt")
    assert set(graph.objects(None, DGK.originalSha256)) == {Literal(html_digest)}
    assert Literal(source["sha256"]) in set(graph.objects(None, DGK.sha256))


# A news agency's saved page: its day is on the byline, which an HTML reader would drop
# with the author's name, and the dateline gives no year.
BYLINE_PAGE = """<!DOCTYPE html><html lang="en"><head><title>Observers leave Accra</title></head>
<body><header><nav><a href="/">Home</a> <a href="/politics">Politics</a></nav></header>
<main><article>
<h1>Liberian observers leave Accra after the polls</h1>
<p class="byline">By Kofi Mensah – <time datetime="2024-12-12T17:00:00Z">12 December 2024</time></p>
<p>Accra, 12 Dec (GNA) – The observation mission of the National Electoral Commission of
Liberia, which arrived in Accra last Tuesday, left the Ghanaian capital on Thursday after
following Saturday's general elections.</p>
</article></main><footer>© GNA</footer></body></html>"""


def test_a_saved_pages_byline_keeps_its_day() -> None:
    text = html_text(BYLINE_PAGE, where="made-up.html").text
    assert "12 December 2024" in text


# A blog post's author line, its day in a <time> (an author's line trafilatura drops).
AUTHOR_TIME_PAGE = """<!DOCTYPE html><html lang="en"><head><title>Field notes</title></head>
<body><nav><a href="/">Home</a></nav>
<main><article class="post">
<h1>Field notes: three weeks in the Sahel</h1>
<p class="author">By Awa Diallo · <time datetime="2023-05-09">9 May 2023</time></p>
<p>The season opened in Niamey. From Monday 3 to Friday 7 April, the electoral commission hosted
eleven officials of its counterparts from Mali and Burkina Faso for an exchange on audits.</p>
<h2>Bamako: a second stop</h2>
<p>The week after, the team went on to Bamako for a workshop on results management with the
staff of the electoral authority.</p>
</article></main><footer>© 2023</footer></body></html>"""


def test_an_author_lines_time_is_kept() -> None:
    text = html_text(AUTHOR_TIME_PAGE, where="made-up.html").text
    assert "9 May 2023" in text


# A page "in pictures", what it tells in its photos' captions (<figcaption>, which the main
# text reader drops with its image); a sidebar's captions are still left out.
CAPTIONED_PAGE = """<!DOCTYPE html><html lang="fr"><head><title>En images</title></head>
<body><nav><a href="/">Accueil</a></nav>
<main><article>
<h1>En images : la visite d'une délégation</h1>
<p class="dateline">Cotonou, le mercredi 6 novembre 2024 – Service de la communication</p>
<p>Une délégation de la Commission, conduite par son vice-président, a pris part à l'atelier
régional sur la cartographie électorale, ouvert le lundi 28 octobre à Lomé, au Togo, et clos le
mercredi 30 octobre. Les travaux ont réuni les organes électoraux de huit pays. Retour en
images.</p>
<figure><figcaption>Photo 1/2 – La Commission a reçu lundi une
délégation de la CENI du Niger venue échanger sur les listes électorales.</figcaption></figure>
<figure><figcaption>Photo 2/2 – Séance de travail au siège, à
Cotonou.</figcaption></figure>
<p>Une conférence de presse de restitution de ces deux activités se tiendra prochainement au
siège de la Commission, à Cotonou.</p>
<p class="credit">Photos : Service de la communication de la Commission</p>
</article></main>
<aside><figure><img src="c.jpg" alt=""><figcaption>Album : le vote des personnes handicapées
</figcaption></figure></aside>
<footer>© CENA</footer></body></html>"""


def test_a_photos_captions_are_kept() -> None:
    text = html_text(CAPTIONED_PAGE, where="made-up.html").text
    assert "La Commission a reçu lundi une délégation de la CENI du Niger" in text
    assert "Séance de travail au siège, à Cotonou." in text
    assert "handicapées" not in text


# An archive whose text stands in a plain <div>, its year and entry headings among the
# paragraphs: the headings are kept over their paragraphs (the year dates the entries).
PLAIN_DIV_ARCHIVE = """<!DOCTYPE html><html lang="fr"><head><title>Archives</title></head><body>
<nav><a href="/">Accueil</a> | <a href="/international/">International</a></nav>
<div id="texte">
<h1>Nos activités internationales : 2017 et 2018</h1>
<h2>2017</h2>
<h3>Haïti : assistance technique</h3>
<p>Du 6 au 17 mars, deux conseillers ont appuyé à Port-au-Prince le Conseil électoral provisoire
dans la révision de la liste électorale, à la demande de l'institution haïtienne.</p>
<h2>2018</h2>
<h3>Mali : élection présidentielle</h3>
<p>Du 25 juillet au 2 août, une conseillère a fait partie de la mission d'observation de l'OIF
déployée pour le premier tour de l'élection présidentielle, à Bamako et à Ségou.</p>
</div>
<footer>Élections Québec | Nous joindre</footer>
</body></html>"""


def test_headings_kept_over_a_plain_divs_paragraphs() -> None:
    found = html_text(PLAIN_DIV_ARCHIVE, where="archives.html")
    blocks = found.text.split("\n\n")
    assert blocks.index("2017") < blocks.index("Haïti : assistance technique")
    assert blocks.index("2018") < blocks.index("Mali : élection présidentielle")
    assert "Accueil" not in found.text and "Nous joindre" not in found.text


# An agenda of events, each a <div> holding its date and place as loose <span>s, its title
# and a paragraph of some length: trafilatura drops the spans as boilerplate.
AGENDA = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Agenda | Réseau</title></head>
<body class="agenda">
<header>
  <div class="bandeau"><a href="/">Réseau des organismes électoraux</a> <span>34
  membres</span></div>
  <nav class="menu"><ul><li><a href="/reseau">Le Réseau</a></li><li class="actif"><a
  href="/agenda">Agenda</a></li><li><a href="/ressources">Ressources</a></li></ul></nav>
</header>
<div class="fil-ariane"><a href="/">Accueil</a> / <a href="/agenda">Agenda</a> / Activités</div>
<main>
<h1>Agenda des activités</h1>
<div class="filtres">Thème : <a class="actif">Toutes</a> · <a>Formation</a> · <a>Missions</a> —
  Année : <a class="actif">2023</a> · <a>2022</a></div>
<h2>À venir</h2>
<div class="evenement">
  <span class="date">Février 2024</span> <span class="lieu">Nouakchott (Mauritanie)</span>
  <h3>Séminaire sur le contentieux électoral</h3>
  <p>Le programme détaillé du séminaire et la liste des intervenants, magistrats et juristes des
  commissions membres, seront publiés prochainement sur cette page.</p>
</div>
<h2>Activités passées</h2>
<div class="evenement">
  <span class="date">14-16 nov. 2023</span> <span class="lieu">Lomé (Togo)</span>
  <h3>Atelier régional sur la gestion des résultats électoraux</h3>
  <p>Vingt agents chargés de la compilation des résultats, venus de huit commissions électorales
  membres, ont suivi l'atelier, organisé avec la Commission électorale nationale indépendante du
  pays hôte et animé par trois formateurs du Réseau.</p>
</div>
<div class="evenement">
  <span class="date">20 sept. 2023</span> <span class="lieu">En ligne</span>
  <h3>Webinaire : le vote des personnes handicapées</h3>
  <p>Rencontre virtuelle des membres du Réseau et de leurs partenaires associatifs, consacrée à
  l'accessibilité des bureaux de vote et aux outils d'aide au vote.</p>
</div>
<div class="evenement">
  <span class="date">3-7 juil. 2023</span> <span class="lieu">Dakar (Sénégal)</span>
  <h3>Voyage d'études d'une délégation de la CENI du Niger</h3>
  <p>Accueillie par la Direction générale des élections, la délégation de cinq cadres a étudié la
  refonte du fichier électoral, la carte électorale et la distribution des cartes d'électeur, avant
  de visiter un centre de traitement.</p>
</div>
<div class="evenement">
  <span class="date">Mai 2023</span> <span class="lieu">Appel à contributions</span>
  <h3>Recueil des bonnes pratiques électorales</h3>
  <p>Les membres sont invités à transmettre leurs textes, d'une dizaine de pages au plus, au
  secrétariat du Réseau avant la fin du mois.</p>
</div>
<ul class="pagination"><li class="actif">1</li><li><a href="?p=2">2</a></li></ul>
</main>
<aside class="encadre"><h4>Le Réseau</h4><p>Créé en 2011, le Réseau réunit des organismes
  électoraux francophones.</p></aside>
<footer><p>Secrétariat du Réseau</p><p>© 2023</p></footer>
</body>
</html>
"""


def test_an_agendas_loose_date_and_place_spans_are_kept(gazetteer: Gazetteer) -> None:
    found = html_text(AGENDA, where="agenda.html")
    lines = found.text.split("\n\n")
    assert lines.index("14-16 nov. 2023 Lomé (Togo)") + 1 == lines.index(
        "Atelier régional sur la gestion des résultats électoraux"
    )
    assert "3-7 juil. 2023 Dakar (Sénégal)" in lines
    assert "Secrétariat du Réseau" not in found.text  # (the footer still left out)
    page = page_from_text(found.text, doc_id="agenda", meta=PageMeta(publisher="RECEF"))
    rows = {
        (r.start_date, r.end_date, r.countries) for r in ingest_pages([page], gazetteer).activities
    }
    # the two events held in a country (not the one to come, the webinar or the call)
    assert rows == {("2023-11-14", "2023-11-16", ("TGO",)), ("2023-07-03", "2023-07-07", ("SEN",))}


# An events page whose title holds the year ("Events 2023"), over year tabs and a listing whose
# date badges have none: trafilatura drops the title with the tabs around it.
EVENTS_OF_THE_YEAR = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Network | Events</title></head>
<body>
<header class="gnb"><h1 class="logo"><a href="/">Network of Election Bodies</a></h1>
<nav><ul><li><a href="/about">About</a></li><li class="on"><a href="/events">Events</a></li>
<li><a href="/news">News</a></li></ul></nav></header>
<div id="container">
<div class="location">Home &gt; Events &gt; 2023</div>
<h2 class="tit">Events 2023</h2>
<ul class="tab-year"><li><a href="?year=2024">2024</a></li><li class="on"><a href="?year=2023">
2023</a></li><li><a href="?year=2022">2022</a></li></ul>
<p class="total">Total 2 items</p>
<ul class="event-list">
<li>
  <p class="date"><strong>12-15</strong> SEP</p>
  <p class="cate">Workshop · Windhoek, Namibia</p>
  <p class="subject">Regional workshop on the audit of voters' rolls</p>
  <p class="txt">Officials of eleven member bodies compared the methods they use to audit their
  rolls before a general election, with two experts of the Secretariat.</p>
</li>
<li>
  <p class="date"><strong>03-07</strong> APR</p>
  <p class="cate">Study visit · Accra, Ghana</p>
  <p class="subject">Study visit of the Electoral Commission of Sierra Leone</p>
  <p class="txt">A delegation of five commissioners studied the Ghanaian system of continuous
  registration and visited two district offices of the Commission.</p>
</li>
</ul>
</div>
<footer><p>Secretariat of the Network</p></footer>
</body></html>
"""


def test_an_events_pages_title_with_its_year_is_kept(gazetteer: Gazetteer) -> None:
    found = html_text(EVENTS_OF_THE_YEAR, where="events.html")
    assert found.text.split("\n\n")[0] == "Events 2023"
    assert "Secretariat of the Network" not in found.text
    # each card's badge goes with its title below its category and place line, of the
    # title's year
    page = page_from_text(found.text, doc_id="events", meta=PageMeta(publisher="Network"))
    rows = {
        (r.start_date, r.end_date, r.countries) for r in ingest_pages([page], gazetteer).activities
    }
    # (the first card placed by its category line, "Workshop · Windhoek, Namibia")
    assert rows == {("2023-09-12", "2023-09-15", ("NAM",)), ("2023-04-03", "2023-04-07", ("GHA",))}


# A network's page of posts saved from a social site: the note of when the copy was made in
# its header, each post stamped relative to it or with its day and the audience's icon.
SAVED_FEED = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Réseau | Publications</title></head>
<body>
<header>
  <div class="saved">Enregistré le 10 octobre 2024</div>
  <h1>Réseau des organismes électoraux</h1>
  <nav><a href="#">Publications</a> · <a href="#">À propos</a> · <a href="#">Photos</a></nav>
</header>
<main>
<h2>Publications</h2>
<div class="post">
  <p class="stamp">Il y a 3 jours · 🌐</p>
  <p>SÉMINAIRE | Les jeudi 3 et vendredi 4 octobre, Cotonou a accueilli le séminaire du réseau
  sur la gestion du contentieux électoral, avec des juristes de quinze administrations
  électorales membres et l'appui de l'Organisation internationale de la Francophonie.</p>
  <p>#Séminaire #Cotonou</p>
  <p class="reactions">👍 212 · 💬 14 · 30 partages</p>
</div>
<div class="post">
  <p class="stamp">1er octobre · 🌐</p>
  <p>Le rapport annuel du réseau est en ligne : une année de formations, de missions et
  d'échanges entre administrations électorales, à lire sur notre site.</p>
</div>
</main>
<footer><p>Mentions légales · Confidentialité</p></footer>
</body></html>
"""


def test_a_saved_feeds_note_of_its_day_is_kept(gazetteer: Gazetteer) -> None:
    found = html_text(SAVED_FEED, where="feed.html")
    assert found.text.split("\n\n")[0] == "Enregistré le 10 octobre 2024"
    page = page_from_text(found.text, doc_id="feed", meta=PageMeta(publisher="RECEF"))
    rows = [
        (r.start_date, r.end_date, r.countries) for r in ingest_pages([page], gazetteer).activities
    ]
    # the seminar of the posts' year; the stamp "1er octobre · 🌐" dates no activity
    assert rows == [("2024-10-03", "2024-10-04", ("BEN",))]


# An expert's profile saved as HTML: the posts held ("Jan 2017 – Present · 8 yrs 6 mos", "Mar
# 2012 – Dec 2016 · 4 yrs 10 mos") are background; a mission's months in a field of their own
# between middle dots, after the vote's day in brackets, date it; a study tour its writer
# hosted at home is a reception.
EXPERT_PROFILE = """<html><head><title>Meet our experts</title></head><body>
<nav><a href="/">Home</a> <a href="/experts/">Experts</a></nav>
<main>
<section><h1>Thandiwe Mokoena-Silva</h1>
<p>Senior Programme Officer, Elections · Johannesburg, South Africa</p>
<h2>About</h2>
<p>Thandiwe works on observation methodology and on support to electoral bodies in Southern
Africa, and leads the Institute's courses on results management.</p></section>
<section><h2>Experience</h2>
<div class="job"><h3>Senior Programme Officer</h3><p>Institute · Full-time</p>
<p>Feb 2018 – Present · 7 yrs 4 mos</p><p>Johannesburg, South Africa</p></div>
<div class="job"><h3>Electoral Assistance Specialist</h3><p>UNDP · Contract</p>
<p>Apr 2013 – Dec 2017 · 4 yrs 9 mos</p><p>Lusaka, Zambia</p></div></section>
<section><h2>Selected missions</h2><ul>
<li>Long-term observer coordinator, Observer Mission to Malawi (presidential election, 16 Sep
2025) · Jul 2025 – Sep 2025 · Lilongwe, Blantyre</li>
<li>Team leader, pre-election assessment mission · 12–16 Jun 2023 · Harare, Zimbabwe</li>
<li>Host, study tour of the Electoral Commission of Namibia · Wed 3 Jul 2024 · Institute
offices, Johannesburg</li>
</ul></section>
</main><footer>© 2025 Institute</footer></body></html>
"""


def test_an_experts_profile(gazetteer: Gazetteer) -> None:
    text = html_text(EXPERT_PROFILE, where="made-up.html").text
    page = page_from_text(text, doc_id="made-up", meta=PageMeta(publisher="EISA", language="en"))
    result = ingest_pages([page], gazetteer)
    assert [(a.start_date, a.end_date, a.kind.value, a.countries) for a in result.activities] == [
        ("2025-07", "2025-09", "observation", ("MWI",)),
        ("2023-06-12", "2023-06-16", "evaluation", ("ZWE",)),
        ("2024-07-03", "2024-07-03", "reception", ("ZAF",)),
    ]


# An events listing whose items each hold their date line and their venue line in plain divs
# ("<div class="event-date">" / "<div class="event-meta">Colombo, Sri Lanka · In person</div>"):
# the venue line, which trafilatura drops as a short line of words, is kept under the date.
VENUE_DIVS = """<!DOCTYPE html><html lang="en"><head><title>Events</title></head><body>
<nav><a href="/">Home</a> <a href="/events">Events</a></nav>
<main><h1>Events</h1><h2>Past events</h2>
<div class="views-row">
  <div class="event-date">03–05 JUN 2024</div>
  <div class="event-meta">Accra, Ghana · In person</div>
  <h3><a href="/events/accra">Regional workshop on results management</a></h3>
  <p>Officials of seven electoral commissions of West Africa compared how results are
  tallied and announced, with the Institute's facilitators.</p>
</div>
<div class="views-row">
  <div class="event-date">11–13 MAR 2024</div>
  <div class="event-meta">Suva, Fiji · In person</div>
  <h3><a href="/events/suva">Peer exchange on voter registration</a></h3>
  <p>Registration officers of four Pacific electoral bodies met their Fijian counterparts to
  compare how rolls are kept up to date.</p>
</div>
</main><footer>© 2024 Institute</footer></body></html>
"""


def test_a_venue_line_in_a_div_beside_its_date(gazetteer: Gazetteer) -> None:
    text = html_text(VENUE_DIVS, where="made-up.html").text
    assert "Accra, Ghana" in text
    page = page_from_text(text, doc_id="made-up", meta=PageMeta(publisher="IDEA", language="en"))
    result = ingest_pages([page], gazetteer)
    got = sorted((a.start_date, a.countries) for a in result.activities)
    assert got == [("2024-03-11", ("FJI",)), ("2024-06-03", ("GHA",))]


# A live page's box of prose set aside within its text ("<aside class="pinned">" inside
# <main>, telling the team sent before), kept where it stands; the sidebar beside <main>,
# and a box of links inside it, are still left out.
PINNED_BOX_PAGE = """<!DOCTYPE html><html lang="en"><head><title>Live</title></head>
<body><nav><a href="/">Home</a></nav>
<main>
<h1>Live updates: Ghana's 2024 general election</h1>
<aside class="pinned"><strong>Pinned –</strong> Before the vote: a two-person assessment team
visited Accra from 12 to 15 November, meeting the Electoral Commission and the parties.</aside>
<h2>Saturday, December 7</h2>
<p>07:05 – Polls are open across the country.</p>
<aside class="related"><a href="/a">Our 2020 mission</a> <a href="/b">Our 2016 mission</a>
<a href="/c">Our 2012 mission in Ghana and its final report</a></aside>
</main>
<aside class="sidebar"><p>Donate today: your gift supports our observers around the world,
from Accra to Asunción, every single year.</p></aside>
<footer>© The Center</footer></body></html>"""


def test_a_box_of_prose_within_the_text_is_kept() -> None:
    text = html_text(PINNED_BOX_PAGE, where="made-up.html").text
    assert "a two-person assessment team visited Accra from 12 to 15 November" in text
    assert text.index("assessment team") < text.index("Polls are open")
    assert "Donate today" not in text
    assert "Our 2020 mission" not in text


# A list of cards, each item lines of its own broken by <br> (its title, its days and venue,
# what was done): a block per item, so that each card's days are its own; the venue
# "Elections Centre" is a building, no election of that month. A plain list stays ``- item``
# lines.
CARDS_PAGE = """<!DOCTYPE html><html lang="en"><head><title>Events</title></head>
<body><nav><a href="/">Home</a> <a href="/events">Events</a></nav>
<main>
<h1>Events</h1>
<p>The Commission works with electoral bodies of the region and beyond.</p>
<h2>Past events</h2>
<ul class="cards">
<li><strong>Study visit of the Electoral Commission of Uganda</strong><br>
October 2024 · Elections Centre, Nairobi<br>
Commissioners of the Electoral Commission of Uganda were briefed on the integrated electoral
management system.</li>
<li><strong>Regional workshop on results management</strong><br>
9–11 July 2024 · Arusha<br>
Three-day workshop run with IFES for staff of five commissions of the region.</li>
<li><strong>Election day: general election</strong><br>
Tuesday 9 August 2022 · Polling stations across the country</li>
</ul>
<h2>Downloads</h2>
<ul><li>Annual report 2023</li><li>Strategic plan 2020–2024</li></ul>
</main>
<footer>© The Commission</footer></body></html>"""


def test_a_list_of_cards_is_read_card_by_card(gazetteer: Gazetteer) -> None:
    text = html_text(CARDS_PAGE, where="made-up.html").text
    assert "Regional workshop on results management\n9–11 July 2024 · Arusha\n" in text
    assert "- Annual report 2023\n- Strategic plan 2020–2024" in text
    got = _days_and_countries(text, gazetteer, "IEBC", "en")
    assert got == [("2024-10", "2024-10", ("KEN",)), ("2024-07-09", "2024-07-11", ("TZA",))]


# News tiles, each an <article> of a category label, a bare <time> standing among its blocks,
# a title and a teaser: each tile's day kept on a line of its own (the day its teaser's
# "Last Monday" is told from); a vote named with its day ("the November 8, 2022 midterm
# elections") is no day of the visit.
TILES_PAGE = """<!DOCTYPE html><html lang="en"><head><title>News</title></head>
<body><div class="cookie-banner"><p>We use cookies.</p><button>Accept</button></div>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main>
<h1>Latest news</h1>
<div class="filters">Filter by: <a>All</a> <a>Stories</a> <a>Events</a></div>
<section class="hero"><span class="label">Featured</span>
<h2><a href="/b">Results management workshop in Lusaka</a></h2>
<a class="more" href="/b">Read more</a></section>
<div class="grid">
<article class="tile"><span class="category">Story</span>
<time datetime="2022-10-21">Friday, October 21, 2022</time>
<h3>Kenyan commissioners visit Washington</h3>
<p>Last Monday, the Foundation welcomed a delegation of the Independent Electoral and
Boundaries Commission of Kenya in Washington, ahead of the November 8, 2022 midterm
elections.</p>
<a class="more" href="/a">Read more</a></article>
<article class="tile"><span class="category">Event Recap</span>
<time datetime="2022-09-30">September 30, 2022</time>
<h3>Results management workshop in Lusaka</h3>
<p>From September 26 to 28, the Foundation and the Electoral Commission of Zambia trained
forty officers in Lusaka.</p>
<a class="more" href="/b">Read more</a></article>
<article class="tile"><span class="category">Event</span>
<time datetime="2022-09-01">September 1, 2022</time>
<h3>Webinar on voter lists</h3>
<p>An online discussion; registration is free.</p>
<a class="more" href="/c">Register</a></article>
</div>
</main>
<footer>© The Foundation</footer></body></html>"""


def test_news_tiles_keep_each_tiles_day(gazetteer: Gazetteer) -> None:
    text = html_text(TILES_PAGE, where="made-up.html").text
    assert "\nFriday, October 21, 2022\n" in text and "\nSeptember 30, 2022\n" in text
    got = _days_and_countries(text, gazetteer, "IFES", "en")
    # Friday 21 October 2022: last Monday, the 17th
    assert got == [("2022-10-17", "2022-10-17", ("USA",)), ("2022-09-26", "2022-09-28", ("ZMB",))]


# An accordion of missions, each title a button that opens its panel, and a disclosure
# (<details><summary>): each title kept as its panel's heading; the banner's buttons are not.
ACCORDION_PAGE = """<!DOCTYPE html><html lang="en"><head><title>Missions</title></head>
<body><div class="cookies"><p>We use cookies.</p><button>Accept all</button>
<button>Reject all</button></div>
<nav><a href="/">Home</a> <a href="/missions">Missions</a></nav>
<main>
<h1>Observation missions 2022</h1>
<p>Select a mission to read its details.</p>
<div class="accordion">
<button class="accordion-toggle" aria-expanded="false">Kenya — General election</button>
<div class="accordion-panel"><p>Dates: 1 to 12 August</p>
<p>Eight observers followed the vote in Nairobi and Kisumu.</p></div>
<button class="accordion-toggle" aria-expanded="false">Lesotho — National Assembly</button>
<div class="accordion-panel"><p>No mission was deployed.</p></div>
</div>
<details><summary>Angola — General election</summary>
<p>The mission stayed in Luanda from 18 to 27 August.</p></details>
</main>
<footer>© The Forum</footer></body></html>"""


def test_an_accordions_titles_are_kept_over_their_panels(gazetteer: Gazetteer) -> None:
    text = html_text(ACCORDION_PAGE, where="made-up.html").text
    assert "Kenya — General election\n\nDates: 1 to 12 August" in text
    assert "Angola — General election" in text and "Accept all" not in text
    got = _days_and_countries(text, gazetteer, "ECF-SADC", "en")
    assert got == [("2022-08-01", "2022-08-12", ("KEN",)), ("2022-08-18", "2022-08-27", ("AGO",))]


# A training institute's calendar, its year told by its title and note, its home told only
# by its campus ("has its campus at Gulshan, Dhaka"): a row for its own officers at home is a
# domestic course, no activity; its election visitors' programme at home is a reception; a
# month cell with its length ("Mar (three weeks)") dates the row abroad.
CALENDAR_PAGE = """<!DOCTYPE html><html lang="en"><head><title>Calendar</title></head>
<body><nav><a href="/">Home</a> <a href="/courses">Courses</a></nav>
<main>
<h1>International Course Calendar 2022-23</h1>
<p>The Electoral Training Institute was founded in 1995 and has its campus at Gulshan,
Dhaka. The calendar follows the financial year (July 2022 to June 2023): courses from July
to December fall in 2022, those from January to June in 2023.</p>
<table><thead><tr><th>No.</th><th>Course</th><th>Participants</th><th>Dates</th>
<th>Venue</th></tr></thead>
<tbody>
<tr><td>1</td><td>Election Visitors Programme, national parliament election</td>
<td>40 delegates from 12 countries</td><td>5–9 Jan</td><td>Dhaka</td></tr>
<tr><td>2</td><td>Refresher course for Upazila Election Officers, municipal polls</td>
<td>300 officers</td><td>13–17 Feb</td><td>ETI</td></tr>
<tr><td>3</td><td>Voter registration course for the Election Commission of Nepal</td>
<td>20 officials</td><td>Mar (three weeks)</td><td>Kathmandu, Nepal</td></tr>
</tbody></table>
</main>
<footer>© Electoral Training Institute</footer></body></html>"""


def test_a_calendars_home_told_by_its_campus(gazetteer: Gazetteer) -> None:
    text = html_text(CALENDAR_PAGE, where="made-up.html").text
    page = page_from_text(text, doc_id="made-up", meta=PageMeta(publisher="ETI", language="en"))
    result = ingest_pages([page], gazetteer)
    got = [(a.start_date, a.end_date, a.kind.value, a.countries) for a in result.activities]
    assert got == [
        ("2023-01-05", "2023-01-09", "reception", ("BGD",)),
        ("2023-03", "2023-03", "training", ("NPL",)),
    ]


# A mission's page with a sidebar of the publisher's past missions beside its article, each
# item dated to the day with its year ("<aside><h3>Recent missions</h3><ul><li>..."): kept
# (trafilatura drops it as a sidebar), its missions read; its list of missions to come and its
# related news are not. The article tells the preparatory mission two members had made "at the
# end of" a month: an evaluation of its own.
MISSION_WITH_RECENT_MISSIONS = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Observation mission – Ghana 2024</title>
</head><body>
<header><nav><a href="/">Home</a> <a href="/missions">Missions</a></nav></header>
<main>
<article>
<h1>Election observation mission – General elections in Ghana</h1>
<p>Posted on 20 December 2024</p>
<p>At the invitation of the Electoral Commission of Ghana, the Network deployed eight \
observers for the general elections of Saturday 7 December. The mission followed the \
preparatory mission that two members had conducted in Accra at the end of October, when they \
met the Commission and civil society groups to assess the conditions of observation.</p>
<p>The observers arrived in Accra on Tuesday 3 December and left the country on Tuesday \
10 December, after visiting polling stations in Accra, Kumasi and Tamale.</p>
</article>
<aside>
<h3>Recent missions</h3>
<ul>
<li><a href="/missions/senegal-2024">Senegal – early legislative elections</a> – from 13 to \
19 November 2024, Dakar</li>
<li><a href="/missions/namibia-2024">Namibia – general elections</a> – from 24 to \
29 November 2024, Windhoek</li>
</ul>
<h3>Upcoming</h3>
<ul><li><a href="/missions/malawi-2025">Malawi – general elections of 16 September 2025</a>\
</li></ul>
<h3>Related news</h3>
<ul><li><a href="/news/1">Network statement on the Ghana elections</a></li></ul>
</aside>
</main>
<footer><p>Secretariat of the Network · Contact</p></footer>
</body></html>
"""


def test_a_sidebars_recent_missions_are_read(gazetteer: Gazetteer) -> None:
    found = html_text(MISSION_WITH_RECENT_MISSIONS, where="mission.html")
    assert "Related news" not in found.text
    page = page_from_text(found.text, doc_id="mission", meta=PageMeta(publisher="ECONEC"))
    rows = [
        (r.start_date, r.end_date, r.countries, r.kind.value)
        for r in ingest_pages([page], gazetteer).activities
    ]
    assert rows == [
        ("2024-10", "2024-10", ("GHA",), "evaluation"),
        ("2024-12-03", "2024-12-10", ("GHA",), "observation"),
        ("2024-11-13", "2024-11-19", ("SEN",), "observation"),
        ("2024-11-24", "2024-11-29", ("NAM",), "observation"),
    ]


# A network's events page of cards, each card's date badge gluing its days to their month
# ("<span class="day">06</span><span class="month">MAR 2019</span>": "06MAR 2019", or
# "30Apr – 02May"): the days read; a delegation that "Visits the Secretariat" (the network's
# own) is received there, whatever it came to discuss.
EVENT_CARDS_WITH_BADGES = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Events | Network</title></head>
<body><header><nav><a href="/">Home</a></nav></header>
<main>
<h1>Events</h1>
<section class="past"><h2>Past Events</h2>
<article class="card">
<div class="badge"><span class="day">20–24</span><span class="month">MAY 2019</span></div>
<h3>Capacity Building Programme: Results Management</h3>
<p class="place">Network Secretariat, Incheon, Republic of Korea</p>
<p>Eighteen officials of member bodies attended five days of lectures and hands-on sessions \
on results transmission, delivered with the National Election Commission of Korea.</p>
</article>
<article class="card">
<div class="badge"><span class="day">30</span><span class="mon">Apr</span> – <span \
class="day">02</span><span class="mon">May</span> <span>2019</span></div>
<h3>Observation of the Indian general election</h3>
<p class="place">New Delhi, India</p>
<p>Twelve delegates of member bodies observed the third phase of the vote with the Election \
Commission of India.</p>
</article>
<article class="card">
<div class="badge"><span class="day">14</span><span class="month">MAY 2019</span></div>
<h3>Armenian Delegation Visits the Secretariat</h3>
<p class="place">Incheon, Republic of Korea</p>
<p>A delegation of the Central Electoral Commission of Armenia, led by Deputy Chairperson \
Ms. Anna Petrosyan, was received at the Secretariat to discuss a joint training on electronic \
voter lists.</p>
</article>
</section>
</main>
<footer><p>Network Secretariat · Contact</p></footer>
</body></html>
"""


def test_event_cards_badges_glued_and_a_visit_to_the_secretariat(gazetteer: Gazetteer) -> None:
    found = html_text(EVENT_CARDS_WITH_BADGES, where="events.html")
    page = page_from_text(found.text, doc_id="events", meta=PageMeta(publisher="A-WEB"))
    rows = [
        (r.start_date, r.end_date, r.countries, r.kind.value)
        for r in ingest_pages([page], gazetteer).activities
    ]
    assert rows == [
        ("2019-05-20", "2019-05-24", ("KOR",), "training"),
        ("2019-04-30", "2019-05-02", ("IND",), "observation"),
        ("2019-05-14", "2019-05-14", ("KOR",), "reception"),
    ]


# Years told only by the page's controls and layout: an accordion whose year buttons stand
# inside their headings, tabs whose year labels stand apart from their panels, a timeline's
# year in a <div> of its own between its milestones. Each year dates what it holds.
YEARS_IN_CONTROLS = """<!DOCTYPE html><html lang="fr"><head><title>Missions</title></head>
<body><div class="cookies"><p>Ce site utilise des témoins.</p><button>Tout accepter</button>
</div>
<nav><a href="/">Accueil</a> <a href="/missions">Missions</a></nav>
<main>
<h1>Missions électorales : archives</h1>
<p>Cliquez sur une année pour afficher ses missions.</p>
<h2><button aria-expanded="false" aria-controls="p2022">2022</button></h2>
<div id="p2022" class="panneau" hidden><ul>
<li>Sénégal : mission d'observation à Dakar du 27 juillet au 3 août, pour les élections
législatives du 31 juillet.</li></ul></div>
<h2><button aria-expanded="true" aria-controls="p2023">2023</button></h2>
<div id="p2023" class="panneau"><ul>
<li>Gabon : mission d'observation à Libreville du 22 au 30 août, pour l'élection
présidentielle du 26 août.</li></ul></div>
<div class="onglets" role="tablist">
<button role="tab" aria-controls="t2021">2021</button>
<button role="tab" aria-controls="t2024" aria-selected="true">2024</button></div>
<section id="t2021" role="tabpanel" hidden><h3>Atelier régional à Niamey</h3>
<p>Du 14 au 16 juin, deux experts ont animé à Niamey un atelier sur le contentieux
électoral.</p></section>
<section id="t2024" role="tabpanel"><h3>Mission au Togo</h3>
<p>Du 25 au 30 avril, une mission d'observation a suivi à Lomé les élections législatives
du 29 avril.</p></section>
<div class="frise"><div class="annee">2019</div>
<div class="jalon"><time datetime="2019-10-04">4</time>–<time datetime="2019-10-08">8
octobre</time><h3>Mission en Tunisie</h3><p>Deux observateurs ont suivi à Tunis les
élections législatives du 6 octobre.</p></div></div>
</main>
<footer>© Organisation</footer></body></html>"""


def test_years_told_by_buttons_tabs_and_a_timelines_divs(gazetteer: Gazetteer) -> None:
    text = html_text(YEARS_IN_CONTROLS, where="made-up.html").text
    assert "Tout accepter" not in text
    got = sorted(_days_and_countries(text, gazetteer, "OIF", "fr"))
    assert got == [
        ("2019-10-04", "2019-10-08", ("TUN",)),
        ("2021-06-14", "2021-06-16", ("NER",)),
        ("2022-07-27", "2022-08-03", ("SEN",)),
        ("2023-08-22", "2023-08-30", ("GAB",)),
        ("2024-04-25", "2024-04-30", ("TGO",)),
    ]


# A table of missions whose year and country cells span several rows and whose header spans
# two rows: each row read whole; a cell after the vote's own (its day told) dates the
# mission, not the vote; a footnote's mark after a cell's words ("No mission<sup>a</sup>").
MERGED_CELLS = """<!DOCTYPE html><html lang="en"><head><title>Missions</title></head>
<body><nav><a href="/">Home</a> <a href="/missions">Missions</a></nav>
<main>
<h1>Missions of the Forum, 2023–2024</h1>
<p>The table lists the Forum's missions; the year and the country cells span several rows.</p>
<table>
<thead><tr><th rowspan="2">Year</th><th rowspan="2">Country</th><th rowspan="2">Election</th>
<th colspan="3">Mission</th></tr>
<tr><th>Type</th><th>In country</th><th>Based in</th></tr></thead>
<tbody>
<tr><td rowspan="3">2023</td><td rowspan="2">Zimbabwe</td>
<td rowspan="2">Harmonised elections, 23 August 2023</td>
<td>Pre-election assessment</td><td>June</td><td>Harare</td></tr>
<tr><td>Observation</td><td>16–28 August</td><td>Bulawayo</td></tr>
<tr><td>Eswatini</td><td>National elections, 29 September 2023</td>
<td>No mission<sup>a</sup></td><td>—</td><td>—</td></tr>
<tr><td>2024</td><td>Botswana</td><td>General election, 30 October 2024</td>
<td>Observation</td><td>24 October – 3 November</td><td>Gaborone</td></tr>
</tbody></table>
<p><sup>a</sup> The Forum sent a message of solidarity.</p>
</main>
<footer>© The Forum</footer></body></html>"""


def test_a_tables_merged_cells_read_in_each_row(gazetteer: Gazetteer) -> None:
    text = html_text(MERGED_CELLS, where="made-up.html").text
    assert "2023 | Zimbabwe | Harmonised elections, 23 August 2023 | Observation" in text
    got = _days_and_countries(text, gazetteer, "ECF-SADC", "en")
    assert got == [
        ("2023-06", "2023-06", ("ZWE",)),
        ("2023-08-16", "2023-08-28", ("ZWE",)),
        ("2024-10-24", "2024-11-03", ("BWA",)),
    ]


# A calendar laid out as a table of months, one column each, its cells opening on their days:
# each cell an entry of its own, its days of its column's month; a deadline and an online
# event are none; the calendar's revision day is no activity.
MONTH_COLUMNS = """<!DOCTYPE html><html lang="en"><head><title>Calendar</title></head>
<body><nav><a href="/">Home</a></nav>
<main>
<h1>Activity Calendar 2023</h1>
<p>Calendar revised: 2023-12-04</p>
<table>
<tr><th>March 2023</th><th>April 2023</th><th>May 2023</th></tr>
<tr><td>6–10 · Capacity-building programme on voter registration for 20 officials, Nairobi,
with the Independent Electoral and Boundaries Commission</td>
<td>–</td>
<td>15 · Deadline for fellowship applications</td></tr>
<tr><td>21 · Webinar on electoral cybersecurity (online)</td>
<td>24–28 · Election visit programme for the general election of Paraguay (30 Apr),
Asunción, with the Superior Electoral Court</td>
<td>–</td></tr>
</table>
</main>
<footer>© The Association</footer></body></html>"""


def test_a_table_of_month_columns(gazetteer: Gazetteer) -> None:
    text = html_text(MONTH_COLUMNS, where="made-up.html").text
    assert "6–10 March 2023 · Capacity-building programme" in text
    got = _days_and_countries(text, gazetteer, "A-WEB", "en")
    assert got == [("2023-03-06", "2023-03-10", ("KEN",)), ("2023-04-24", "2023-04-28", ("PRY",))]


# A plain page whose year headings stand in a <div> with its paragraphs: both of the HTML
# reader's readings keep the paragraphs and drop the headings; each heading is put back over
# the paragraph after it, and dates the entries under it.
YEAR_HEADINGS_IN_A_DIV = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Coopération internationale</title></head>
<body><div id="entete"><p>Commission électorale nationale indépendante</p></div>
<ul class="menu"><li><a href="/">Accueil</a></li><li><a href="/cooperation">Coopération</a></li>
</ul>
<div id="contenu">
<h1>Coopération internationale</h1>
<p>La Commission entretient des relations de coopération avec ses homologues; les principales
activités sont rappelées ci-dessous.</p>
<h3>Année 2011</h3>
<p>Du 6 au 10 septembre, la Commission a organisé à Niamey, avec l'OIF, un séminaire
international sur l'observation électorale.</p>
<h3>Année 2014</h3>
<p>Du 23 au 29 novembre, deux commissaires ont observé en Tunisie l'élection présidentielle,
au sein de la mission de l'OIF, à Tunis.</p>
</div>
<div id="pied"><p>Tous droits réservés</p></div>
</body></html>"""


def test_year_headings_dropped_by_both_readings_are_put_back(gazetteer: Gazetteer) -> None:
    text = html_text(YEAR_HEADINGS_IN_A_DIV, where="made-up.html").text
    assert "Année 2011\n\nDu 6 au 10 septembre" in text
    got = _days_and_countries(text, gazetteer, "CENI", "fr")
    assert got == [("2011-09-06", "2011-09-10", ("NER",)), ("2014-11-23", "2014-11-29", ("TUN",))]


# A cooperation page whose day stands only in its footer's note of its last change, which
# the HTML reader drops ("Dernière modification : lundi 9 décembre 2024"): kept, so that
# "Jeudi dernier" has a day to count from; foreign election staff hosted at home ("une
# douzaine d'administrateurs électoraux francophones") are guests; a vote named with its
# own day after "Après" is that vote's day, not an activity's.
FOOTER_MODIFIED = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Coopération</title></head>
<body><header><nav><a href="/">Accueil</a></nav></header>
<main>
<h1>Coopération internationale</h1>
<h2>2023</h2>
<p>Du vendredi 20 au lundi 23 octobre 2023, la Chancellerie a accueilli à Berne une douzaine
d'administrateurs électoraux francophones, à l'occasion des élections fédérales du dimanche
22 octobre 2023.</p>
<p>Après les élections fédérales du 22 octobre 2023, un expert a participé, du 13 au 17
novembre, à une mission d'assistance technique du PNUD à Chisinau.</p>
<h2>2024</h2>
<p>Jeudi dernier, la Chancellerie a reçu à Berne une délégation de l'Instance supérieure
indépendante pour les élections de Tunisie.</p>
</main>
<footer><p>Dernière modification : lundi 9 décembre 2024</p></footer>
</body></html>"""


def test_a_footers_day_of_change_and_guests_from_abroad(gazetteer: Gazetteer) -> None:
    text = html_text(FOOTER_MODIFIED, where="made-up.html").text
    got = _days_and_countries(text, gazetteer, "Chancellerie fédérale", "fr")
    assert got == [
        ("2023-10-20", "2023-10-23", ("CHE",)),
        ("2023-11-13", "2023-11-17", ("MDA",)),
        ("2024-12-05", "2024-12-05", ("CHE",)),
    ]


def test_a_table_of_month_columns_after_another_table() -> None:
    # (a table of another kind before the calendar: each table judged on its own)
    other = (
        "<table><tr><th>Body</th><th>Country</th></tr><tr><td>CENI</td><td>Niger</td></tr></table>"
    )
    page = MONTH_COLUMNS.replace("<table>", other + "<table>", 1)
    text = html_text(page, where="made-up.html").text
    assert "6–10 March 2023 · Capacity-building programme" in text


# An events calendar whose items each show a calendar leaf, its day and month in spans of
# their own ("<div class="cal"><span class="day">11–13</span><span class="mon">MAR</span>"),
# a range across months two leaves and a dash between: each leaf read as its item's date
# line, under its year's heading.
CALENDAR_LEAVES = """<!DOCTYPE html>
<html lang="en"><head><title>Events</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/events">Events</a></nav>
<main>
<h1>Events</h1>
<h2>Past events</h2>
<h3>2023</h3>
<div class="evt">
 <div class="cal"><span class="day">28</span><span class="mon">AUG</span></div> &ndash; \
<div class="cal"><span class="day">04</span><span class="mon">SEP</span></div>
 <div><em>Observation</em><h4>Observer mission to Gabon</h4><p>Venue: Libreville. Eight \
observers followed the general elections.</p></div>
</div>
<div class="evt">
 <div class="cal"><span class="day">11&ndash;13</span><span class="mon">MAR</span></div>
 <div><em>Workshop</em><h4>Workshop on voter registration</h4><p>Venue: Kigali, Rwanda. Held \
with IFES for registration officers of member bodies.</p></div>
</div>
</main>
<footer>© The Network</footer></body></html>"""


def test_calendar_leaves_date_their_items(gazetteer: Gazetteer) -> None:
    text = html_text(CALENDAR_LEAVES, where="made-up.html").text
    assert "28 AUG – 04 SEP" in text
    got = _days_and_countries(text, gazetteer, "AAEA", "en")
    assert got == [("2023-08-28", "2023-09-04", ("GAB",)), ("2023-03-11", "2023-03-13", ("RWA",))]


# An agenda of cards, each a date badge over its category, title and text (the text giving
# the days without their year, or a weekday alone), its footer noting the last update among
# other parts ("Mis à jour le 12 janvier 2023 · © ... · Plan du site"): each card dated in its
# badge's year, the card to come after that update no activity.
AGENDA_CARDS = """<!DOCTYPE html>
<html lang="fr"><head><title>Agenda</title></head>
<body>
<nav><a href="/">Accueil</a> | <a href="/agenda">Agenda</a></nav>
<main>
<h1>Agenda du réseau</h1>
<h2>Prochains rendez-vous</h2>
<div class="ev"><div class="ev-date"><span>6</span> <span>Mars 2023</span></div>
<p class="cat">Formation</p><h3>Session de formation des enquêteurs</h3>
<p>Du 6 au 10 mars, Tunis (Tunisie). Date limite d'inscription : 10 février.</p></div>
<h2>Événements passés</h2>
<div class="ev"><div class="ev-date"><span>14</span> <span>Novembre 2022</span></div>
<p class="cat">Vie statutaire</p><h3>Assemblée générale</h3>
<p>Rabat (Maroc), du 14 au 16 novembre, à l'invitation du Médiateur du Royaume. Les membres \
ont élu un nouveau bureau.</p></div>
<div class="ev"><div class="ev-date"><span>7</span> <span>Septembre 2022</span></div>
<p class="cat">Formation</p><h3>Atelier sur les plaintes en ligne</h3>
<p>Mercredi, à Dakar (Sénégal), avec le Médiateur de la République.</p></div>
</main>
<footer><p>Mis à jour le 12 janvier 2023 · © Le réseau · Plan du site</p></footer>
</body></html>"""


def test_agenda_cards_dated_by_their_badges_under_the_last_update(gazetteer: Gazetteer) -> None:
    text = html_text(AGENDA_CARDS, where="made-up.html").text
    assert "Mis à jour le 12 janvier 2023" in text
    got = _days_and_countries(text, gazetteer, "AOMF", "fr")
    assert got == [("2022-11-14", "2022-11-16", ("MAR",)), ("2022-09-07", "2022-09-07", ("SEN",))]


# A mission's page in a plain <section>: its headings and its list of earlier missions, each
# item dated ("<li>Élections de 2015 — Lima, 4-8 avril 2015</li>"), dropped by the precise
# reading, and a line announcing the next mission ("Prochaine mission : ..."): the earlier
# missions read, the next one no activity.
MISSION_PAGE = """<!DOCTYPE html>
<html lang="fr"><head><title>Mission</title></head>
<body>
<nav><ul><li><a href="/">Accueil</a></li><li><a href="/missions">Missions</a></li></ul></nav>
<section id="contenu">
<h1>Mission d'observation électorale au Pérou</h1>
<h2>Élections générales du 11 avril 2021</h2>
<p>Invitée par le Jurado Nacional de Elecciones, l'Assemblée a déployé une délégation de huit \
parlementaires, du jeudi 8 au mardi 13 avril 2021, à Lima et à Arequipa.</p>
<h3>Missions précédentes au Pérou</h3>
<ul>
  <li>Élections générales du 10 avril 2016 — Lima, du 6 au 12 avril 2016</li>
  <li>Élections régionales du 5 octobre 2014 — Lima, 2-6 octobre 2014</li>
</ul>
<p>Prochaine mission : élections générales du Chili du 21 novembre 2021 (en préparation).</p>
</section>
<footer><p>© L'Assemblée</p></footer>
</body></html>"""


def test_a_missions_page_and_its_list_of_earlier_missions(gazetteer: Gazetteer) -> None:
    text = html_text(MISSION_PAGE, where="made-up.html").text
    assert "Missions précédentes au Pérou" in text
    got = _days_and_countries(text, gazetteer, "COPA", "fr")
    assert got == [
        ("2021-04-08", "2021-04-13", ("PER",)),
        ("2016-04-06", "2016-04-12", ("PER",)),
        ("2014-10-02", "2014-10-06", ("PER",)),
    ]


# A table of activities whose years are rows of one cell across the table ("<th
# colspan="3">2016</th>") under its header: each year heads the rows below it, once, and the
# caption's span of years ("2016-2017") dates none.
YEAR_ROWS_TABLE = """<!DOCTYPE html>
<html lang="fr"><head><title>Coopération</title></head>
<body>
<main>
<h1>Coopération internationale</h1>
<table>
<caption>Nos activités, 2016-2017</caption>
<tr><th>Date</th><th>Pays</th><th>Activité</th></tr>
<tr><th colspan="3">2016</th></tr>
<tr><td>Du 4 au 8 avril</td><td>Sénégal</td>
<td>Atelier régional sur le fichier électoral, Dakar</td></tr>
<tr><th colspan="3">2017</th></tr>
<tr><td>12-15 mars</td><td>Bénin</td><td>Visite d'étude auprès de la CENA, Cotonou</td></tr>
</table>
</main>
</body></html>"""


def test_year_rows_across_a_table_head_the_rows_below(gazetteer: Gazetteer) -> None:
    text = html_text(YEAR_ROWS_TABLE, where="made-up.html").text
    assert "2016 | 2016" not in text
    got = _days_and_countries(text, gazetteer, "CENI Togo", "fr")
    assert got == [("2016-04-04", "2016-04-08", ("SEN",)), ("2017-03-12", "2017-03-15", ("BEN",))]


# A table whose country column names the visitors' country for a delegation received "au
# siège, à Lomé" (received at home, in Togo), and a row whose activity closes on its status in
# brackets ("(en préparation)"): not held.
VISITORS_COUNTRY_COLUMN = """<!DOCTYPE html>
<html lang="fr"><head><title>Coopération</title></head>
<body>
<main>
<h1>Relations extérieures</h1>
<table>
<tr><th>Année</th><th>Date</th><th>Pays</th><th>Activité</th></tr>
<tr><td>2018</td><td>5 juin</td><td>Burkina Faso</td>
<td>Accueil au siège, à Lomé, de trois commissaires de la CENI du Burkina Faso</td></tr>
<tr><td>2018</td><td>Du 10 au 14 septembre</td><td>Ghana</td>
<td>Voyage d'études auprès de la Commission électorale, Accra</td></tr>
<tr><td>2019</td><td>Mars</td><td>Maroc</td>
<td>Visite de travail sur le vote des détenus (en préparation)</td></tr>
</table>
</main>
</body></html>"""


def test_a_table_of_visits_received_and_planned(gazetteer: Gazetteer) -> None:
    text = html_text(VISITORS_COUNTRY_COLUMN, where="made-up.html").text
    got = _days_and_countries(text, gazetteer, "CENI Togo", "fr")
    assert got == [("2018-06-05", "2018-06-05", ("TGO",)), ("2018-09-10", "2018-09-14", ("GHA",))]


# A news item with a column of briefs beside it ("<aside>" of "<div class="breve">", each its
# date line, its title and a paragraph telling its days): the briefs read too; a visit "pour
# préparer la mission qui observera les élections" is an evaluation, "un séminaire de
# formation sur les méthodes d'observation" a training, and a committee that "a siégé le
# vendredi 13 octobre 2017 à Lima et a approuvé ..." met that day.
NEWS_WITH_BRIEFS = """<!DOCTYPE html>
<html lang="fr"><head><title>Actualités</title></head>
<body>
<main><article>
<h1>Une mission d'observation au Honduras</h1>
<p>Publié le 4 décembre 2017</p>
<p>Du 22 au 28 novembre 2017, huit parlementaires ont observé les élections générales du \
Honduras, à Tegucigalpa et à San Pedro Sula.</p>
</article></main>
<aside>
<h2>Autres actualités</h2>
<div class="breve"><p class="date">30 octobre 2017</p><h3>Visite préparatoire</h3>
<p>Du 23 au 25 octobre 2017, deux membres du Bureau se sont rendus à Tegucigalpa pour \
préparer la mission qui observera les élections de novembre.</p></div>
<div class="breve"><p class="date">16 octobre 2017</p><h3>Réunion du Comité à Lima</h3>
<p>Le Comité exécutif a siégé le vendredi 13 octobre 2017 à Lima et a approuvé le programme \
des missions de l'année suivante.</p></div>
<div class="breve"><p class="date">2 octobre 2017</p><h3>Séminaire à Bogotá</h3>
<p>Les 28 et 29 septembre derniers, une trentaine de parlementaires ont suivi à Bogotá un \
séminaire de formation sur les méthodes d'observation.</p></div>
</aside>
</body></html>"""


def test_a_news_item_and_its_column_of_briefs(gazetteer: Gazetteer) -> None:
    text = html_text(NEWS_WITH_BRIEFS, where="made-up.html").text
    page = page_from_text(text, doc_id="made-up", meta=PageMeta(publisher="COPA", language="fr"))
    got = [
        (a.start_date, a.end_date, a.countries, a.kind.value)
        for a in ingest_pages([page], gazetteer).activities
    ]
    assert got == [
        ("2017-11-22", "2017-11-28", ("HND",), "observation"),
        ("2017-10-23", "2017-10-25", ("HND",), "evaluation"),
        ("2017-10-13", "2017-10-13", ("PER",), "conference"),
        ("2017-09-28", "2017-09-29", ("COL",), "training"),
    ]


# Missions by year, each item its country and its vote in bold, then a line of its days and
# its towns ("<li><strong>Pérou</strong> — élections générales<br>4 avril – 10 avril 2016,
# Lima et Arequipa.</li>"): placed by those towns, not by the item above.
MISSIONS_BY_YEAR_ITEMS = """<!DOCTYPE html>
<html lang="fr"><head><title>Missions</title></head>
<body>
<main>
<h1>Nos missions d'observation</h1>
<section><h2>2016</h2>
<ul>
<li><strong>Haïti</strong> — élections générales<br>Du 16 au 22 novembre 2016 ; observation du \
vote du 20 novembre à Port-au-Prince et à Jacmel.</li>
<li><strong>Pérou</strong> — élections générales, second tour<br>1er juin – 7 juin 2016, Lima et \
Arequipa. Chef de mission : un député chilien.</li>
</ul></section>
</main>
</body></html>"""


def test_missions_by_year_each_its_days_then_its_towns(gazetteer: Gazetteer) -> None:
    text = html_text(MISSIONS_BY_YEAR_ITEMS, where="made-up.html").text
    got = _days_and_countries(text, gazetteer, "COPA", "fr")
    assert got == [("2016-11-16", "2016-11-22", ("HTI",)), ("2016-06-01", "2016-06-07", ("PER",))]


# An archive whose years are headings of their own ("<h2>Année 2007</h2>") over paragraphs
# whose days have no year: each year heads its paragraphs (trafilatura may drop such short
# headings).
YEAR_HEADINGS_ARCHIVE = """<!DOCTYPE html>
<html lang="fr"><head><title>Coopération</title></head>
<body>
<div id="page">
<div id="bandeau">Commission électorale nationale</div>
<div id="menu"><ul><li><a href="/">Accueil</a></li><li><a href="/coop">Coopération</a></li>\
</ul></div>
<div id="fil">Vous êtes ici : <a href="/">Accueil</a> &raquo; Coopération</div>
<div id="corps">
<h1>Nos activités internationales (2010-2011)</h1>
<p>Ce récapitulatif rassemble les missions de la Commission à l'étranger depuis 2010.</p>
<h2>Année 2010</h2>
<p><b>Du 3 au 7 mai :</b> deux commissaires ont suivi à Dakar un séminaire de l'OIF sur le \
fichier électoral.</p>
<h2>Année 2011</h2>
<p><b>Du 14 au 18 février :</b> deux cadres ont participé à Cotonou à un atelier sur la \
logistique électorale organisé par le PNUD.</p>
<p class="haut"><a href="#page">Haut de page</a></p>
</div>
<div id="lateral"><h3>Partenaires</h3><ul><li>Organisation internationale de la Francophonie</li>
<li>Programme des Nations Unies pour le développement</li></ul><h3>Contact</h3>
<p>Commission, BP 100</p></div>
<div id="pied">Dernière mise à jour : 3 mars 2012</div>
</div>
</body></html>"""


def test_an_archives_year_headings_head_their_days(gazetteer: Gazetteer) -> None:
    text = html_text(YEAR_HEADINGS_ARCHIVE, where="made-up.html").text
    assert "Année 2010" in text
    got = _days_and_countries(text, gazetteer, "CENI Niger", "fr")
    assert got == [("2010-05-03", "2010-05-07", ("SEN",)), ("2011-02-14", "2011-02-18", ("BEN",))]


# A report's chapter in a plain <div>: headings, a paragraph, a list of dated trips and a
# table of counts under its caption. The precise reading drops the headings and the list; the
# wider one drops the caption: the list is kept, with the caption over its table.
REPORT_CHAPTER_WITH_A_LIST_AND_A_TABLE = """<!DOCTYPE html>
<html lang="fr"><head><title>Rapport annuel 2017-2018 | Élections Manitoba</title></head>
<body>
<nav><ul><li><a href="/fr">Accueil</a></li><li><a href="/fr/rapports">Rapports</a></li></ul></nav>
<div class="contenu">
<h1>Rapport annuel 2017-2018</h1>
<h2>Relations internationales</h2>
<p>Élections Manitoba compare ses pratiques avec celles d'autres administrations électorales.
Voici les activités de l'exercice terminé le 31 mars 2018.</p>
<h3>Conférences et programmes à l'étranger</h3>
<ul>
<li>Du 9 au 12 octobre 2017 – Bregenz (Autriche) : conférence internationale sur le vote
électronique ; présentation du gestionnaire des technologies.</li>
<li>Du lundi 6 au vendredi 10 novembre 2017 – Washington : programme de visite sur
l'administration des élections américaines.</li>
</ul>
<h3>Délégations reçues</h3>
<p>Le mercredi 13 décembre 2017, une délégation de la CENI du Niger a été reçue à Winnipeg pour
examiner l'inscription des électeurs.</p>
<table>
<caption>Activités internationales en chiffres</caption>
<tr><th>Activité</th><th>2016-2017</th><th>2017-2018</th></tr>
<tr><td>Délégations reçues</td><td>2</td><td>1</td></tr>
<tr><td>Déplacements à l'étranger</td><td>1</td><td>2</td></tr>
</table>
</div>
<footer><p>© Élections Manitoba</p></footer>
</body></html>
"""


def test_a_chapters_list_of_trips_kept_with_its_tables_caption(gazetteer: Gazetteer) -> None:
    text = html_text(REPORT_CHAPTER_WITH_A_LIST_AND_A_TABLE, where="made-up.html").text
    assert "Activités internationales en chiffres" in text
    assert _days_and_countries(text, gazetteer, "Élections Manitoba", "fr") == [
        ("2017-10-09", "2017-10-12", ("AUT",)),
        ("2017-11-06", "2017-11-10", ("USA",)),
        ("2017-12-13", "2017-12-13", ("CAN",)),
    ]


# A conference page: its place line under the title spans the days ("Vilnius, Lithuania, 14–16
# October 2021, hosted by ...") over a text telling the day it opened on, the conference's
# whole span; and a heading closing on a day without its year ("Election visit, 17 October"),
# under a title of the same year, dates the section's visit of its own.
CONFERENCE_AND_ELECTION_VISIT = """<html><head><title>Annual Conference 2021</title></head><body>
<nav><a href="/">Home</a> | <a href="/conferences">Conferences</a></nav>
<h1>Annual Conference 2021: "Counting and Trust"</h1>
<p>Vilnius, Lithuania, 14–16 October 2021, hosted by the Central Electoral Commission of
Lithuania</p>
<p>Some ninety participants from twenty-two countries took part in the Annual Conference of the
Association, opened on Thursday 14 October in the Seimas.</p>
<h2>Election visit, 17 October</h2>
<p>On Sunday, thirty participants stayed on for an election visit organised by the Commission.
Teams observed the opening of polling stations in Vilnius and visited precincts in Kaunas before
the count.</p>
<footer>Last updated: 2 November 2021</footer>
</body></html>
"""


def test_conference_span_and_its_election_visit(gazetteer: Gazetteer) -> None:
    text = html_text(CONFERENCE_AND_ELECTION_VISIT, where="made-up.html").text
    assert _days_and_countries(text, gazetteer, "ACEEEO", "en") == [
        ("2021-10-14", "2021-10-16", ("LTU",)),
        ("2021-10-17", "2021-10-17", ("LTU",)),
    ]


# A section under a heading naming a visit on a vote's day, its only date the vote's ("Election
# day visit" / "Because the conference coincided with the general election of Thursday 7
# November 2019, ... delegates ... visited polling stations"): that day's visit.
ELECTION_DAY_VISIT = """<html><head><title>Biennial conference</title></head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<h1>Electoral network meets in Port Louis</h1>
<p>News release · 15 November 2019</p>
<p>From 4 to 6 November 2019, some ninety election officials met in Port Louis for the network's
biennial conference, hosted by the Electoral Supervisory Commission.</p>
<h2>Election day visit</h2>
<p>Because the conference coincided with the Mauritian general election of Thursday 7 November
2019, the host commission invited delegates to stay. Twenty-eight delegates visited polling
stations in Port Louis and Curepipe from the opening of the polls.</p>
</body></html>
"""


def test_an_election_day_visit_under_its_heading(gazetteer: Gazetteer) -> None:
    text = html_text(ELECTION_DAY_VISIT, where="made-up.html").text
    assert _days_and_countries(text, gazetteer, "Commonwealth Secretariat", "en") == [
        ("2019-11-04", "2019-11-06", ("MUS",)),
        ("2019-11-07", "2019-11-07", ("MUS",)),
    ]


# A table of missions whose row says in its activity cell that none went ("Belgique |
# Élections fédérales | 26 mai 2019 | Aucune activité | –"): the row's day is its vote's alone.
ROW_OF_NO_ACTIVITY = """<html><head><title>Élections</title></head><body>
<article>
<h1>Le Bureau et les élections dans les États francophones</h1>
<p class="meta">Bureau des institutions démocratiques, Varsovie – Publié le 12 septembre 2024</p>
<p>Le tableau ci-dessous récapitule les activités récentes du Bureau liées à des scrutins.</p>
<h2>Missions déployées</h2>
<table>
<thead><tr><th>État participant</th><th>Scrutin</th><th>Date du scrutin</th><th>Activité</th>
<th>Présence sur place</th></tr></thead>
<tbody>
<tr><td>Suisse</td><td>Élections fédérales</td><td>20 octobre 2019</td><td>Mission d'évaluation
électorale</td><td>du 30 septembre au 25 octobre 2019</td></tr>
<tr><td>Belgique</td><td>Élections fédérales, régionales et européennes</td><td>26 mai 2019</td>
<td>Aucune activité</td><td>–</td></tr>
</tbody></table>
</article>
</body></html>
"""


def test_a_row_telling_no_activity(gazetteer: Gazetteer) -> None:
    text = html_text(ROW_OF_NO_ACTIVITY, where="made-up.html").text
    got = _days_and_countries(text, gazetteer, "OSCE/BIDDH", "fr")
    assert got == [("2019-09-30", "2019-10-25", ("CHE",))]
