"""A news feed saved as text (graphbuild/feeds.py): an RSS or Atom document read as its
entries, each entry's stamp over its title and summary, so that a relative day in a summary is
told from its own entry's stamp. Feeds made up for these tests (other bodies, places and days
than any held-out page); the expected records were read off the made-up text."""

from __future__ import annotations

from pathlib import Path

from graphbuild.gazetteer import Gazetteer
from graphbuild.ingest import ingest_pages
from graphbuild.sources import read_page

# RSS 2.0, its summaries as escaped HTML; a job offer and a podcast are no activities.
RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
<channel>
  <title>IFES – Latest news</title>
  <link>https://www.ifes.org/news</link>
  <description>News from the International Foundation for Electoral Systems</description>
  <lastBuildDate>Fri, 15 Nov 2024 17:00:00 -0500</lastBuildDate>
  <item>
    <title>Job opening: finance officer (Kyiv)</title>
    <link>https://www.ifes.org/jobs/1187</link>
    <pubDate>Fri, 15 Nov 2024 09:00:00 -0500</pubDate>
    <description>Applications are accepted until 6 December 2024.</description>
  </item>
  <item>
    <title>Malawi commissioners review the voter roll in Lilongwe</title>
    <link>https://www.ifes.org/news/malawi-roll</link>
    <pubDate>Thu, 14 Nov 2024 10:30:00 -0500</pubDate>
    <description>&lt;p&gt;Last Tuesday in Lilongwe, IFES advisers and the Malawi Electoral \
Commission reviewed the provisional voter roll with district officers.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Podcast: women in electoral administration</title>
    <link>https://www.ifes.org/podcast/12</link>
    <pubDate>Mon, 04 Nov 2024 08:00:00 -0500</pubDate>
    <description>Our new episode is online.</description>
  </item>
  <item>
    <title>Georgian officials on a study visit to Vilnius</title>
    <link>https://www.ifes.org/news/georgia-lithuania</link>
    <pubDate>Fri, 01 Nov 2024 14:00:00 -0500</pubDate>
    <description>&lt;p&gt;On Wednesday, a delegation of Georgia's Central Election \
Commission, supported by IFES, met the Central Electoral Commission of Lithuania in \
Vilnius.&lt;/p&gt;</description>
  </item>
</channel>
</rss>
"""

# Atom, in French, its stamps ISO; a webinar is no activity.
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
  <title>RECEF – Fil d'actualité</title>
  <id>tag:recef.org,2025:fil</id>
  <updated>2025-05-22T18:00:00+02:00</updated>
  <entry>
    <title>Les membres du Bureau réunis à Libreville</title>
    <id>tag:recef.org,2025:a-88</id>
    <updated>2025-05-22T11:15:00+02:00</updated>
    <summary>Hier, à Libreville, les membres du Bureau du RECEF ont tenu leur réunion \
semestrielle avec le Centre gabonais des élections.</summary>
  </entry>
  <entry>
    <title>Webinaire sur la cybersécurité</title>
    <id>tag:recef.org,2025:a-87</id>
    <updated>2025-05-19T09:00:00+02:00</updated>
    <summary>Le webinaire a réuni en ligne 90 participants.</summary>
  </entry>
  <entry>
    <title>Une délégation de la CENI du Burundi reçue à Bruxelles</title>
    <id>tag:recef.org,2025:a-86</id>
    <updated>2025-05-15T16:40:00+02:00</updated>
    <summary>Mardi dernier, le Service public fédéral Intérieur de Belgique a reçu à Bruxelles \
une délégation de la Commission électorale nationale indépendante du Burundi.</summary>
  </entry>
</feed>
"""


def _read(folder: Path, name: str, text: str, publisher: str, language: str) -> Path:
    page = folder / f"{name}.txt"
    page.write_text(text, encoding="utf-8")
    (folder / f"{name}.toml").write_text(
        f'publisher = "{publisher}"\npublisher_kind = "body"\nlanguage = "{language}"\n',
        encoding="utf-8",
    )
    return page


def test_an_rss_feed_tells_each_relative_day_from_its_own_entry(
    tmp_path: Path, gazetteer: Gazetteer
) -> None:
    page = read_page(_read(tmp_path, "ifes-feed", RSS, "IFES", "en"))
    assert page.text != RSS and page.original_sha256 is not None  # a derived text
    result = ingest_pages([page], gazetteer)
    got = [(a.start_date, a.end_date, a.countries) for a in result.activities]
    # Thursday 14 November 2024: last Tuesday, the 12th; Friday 1 November: Wednesday the 30th
    assert got == [("2024-11-12", "2024-11-12", ("MWI",)), ("2024-10-30", "2024-10-30", ("LTU",))]
    spans = [
        page.text[a.date_span.start : a.date_span.end] for a in result.activities if a.date_span
    ]
    assert spans == ["Last Tuesday", "Wednesday"]
    assert "<p>" not in page.text and "https://" not in page.text


def test_an_atom_feed_in_french(tmp_path: Path, gazetteer: Gazetteer) -> None:
    page = read_page(_read(tmp_path, "recef-fil", ATOM, "RECEF", "fr"))
    result = ingest_pages([page], gazetteer)
    got = [(a.start_date, a.end_date, a.countries) for a in result.activities]
    # Thursday 22 May 2025: yesterday, the 21st; Thursday 15 May: last Tuesday, the 13th
    assert got == [("2025-05-21", "2025-05-21", ("GAB",)), ("2025-05-13", "2025-05-13", ("BEL",))]


def test_a_feed_that_is_not_well_formed_is_read_as_its_text(tmp_path: Path) -> None:
    broken = RSS.replace("</channel>", "")
    assert read_page(_read(tmp_path, "broken", broken, "IFES", "en")).text == broken


def test_a_feed_declaring_entities_is_read_as_its_text_never_expanded(tmp_path: Path) -> None:
    bomb = RSS.replace(
        "<rss ", '<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n<rss '
    ).replace("Our new episode is online.", "&b;&b;&b;")
    page = read_page(_read(tmp_path, "entities", bomb, "IFES", "en"))
    assert page.text == bomb  # as written: nothing expanded
