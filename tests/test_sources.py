"""Reading pages: metadata from sidecars, data/sources.toml and options (in that order of
weakness), folders of pages, HTML pages, and a located message for each bad input."""

from __future__ import annotations

import doctest
import hashlib
import html
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphbuild import htmlpage, sources
from graphbuild.cli import main
from graphbuild.errors import SourceError
from graphbuild.gazetteer import Gazetteer
from graphbuild.ingest import ingest_pages
from graphbuild.sources import (
    PageMeta,
    load_sources_file,
    page_paths,
    read_page,
    read_pages,
    read_sidecar,
)

ROOT = Path(__file__).resolve().parent.parent
DEV_PAGES = ROOT.parent / "shared" / "dev-pages"
PAGE = "2015\n\nTunisia Mission\n\nFrom October 28 to 30, 2015, a representative went to Tunis.\n"


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("module", [sources, htmlpage])
def test_doctests(module: object) -> None:
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)  # type: ignore[arg-type]
    assert result.failed == 0 and result.attempted > 0


# --- sidecars and data/sources.toml ---------------------------------------------------------


def test_sidecar_beside_the_page(tmp_path: Path) -> None:
    page = write(tmp_path / "x-page.txt", PAGE)
    write(
        tmp_path / "x-page.toml",
        "# what is known about this page besides its text\n"
        'publisher = "RECEF"\npublisher_kind = "press"\nurl = "https://example.org/a/2012"\n'
        'language = "fr"\npublished = 2012-05-03\nretrieved = "2024-01-31"\nyear_hint = 2012\n',
    )
    assert read_page(page).meta == PageMeta(
        publisher="RECEF",
        publisher_kind="press",
        url="https://example.org/a/2012",
        language="fr",
        published="2012-05-03",
        retrieved="2024-01-31",
        year_hint=2012,
    )


def test_sidecar_with_a_byte_order_mark(tmp_path: Path) -> None:
    page = write(tmp_path / "x.txt", PAGE)
    (tmp_path / "x.toml").write_bytes('\ufeffpublisher = "COPA"\n'.encode())
    assert read_page(page).meta.publisher == "COPA"


def test_no_sidecar_is_an_empty_meta(tmp_path: Path) -> None:
    assert read_page(write(tmp_path / "x.txt", PAGE)).meta == PageMeta()


def test_the_dev_pages_sidecars_are_read() -> None:
    sidecars = sorted(DEV_PAGES.glob("*.toml"))
    if not sidecars:
        pytest.skip(f"no dev pages in {DEV_PAGES}")
    for path in sidecars:
        meta = read_sidecar(path)
        assert meta["publisher"] and meta["publisher_kind"] in ("body", "press"), path


def test_the_project_sources_file_describes_the_seed_pages(pages: list[Path]) -> None:
    known = load_sources_file(ROOT / "data" / "sources.toml")
    for page in pages:
        assert known[page.stem]["publisher"] == "DGEQ"
        assert known[page.stem]["language"] == "en"
    meta = read_pages(pages, data_dir=ROOT / "data")[0].meta
    assert meta.publisher == "DGEQ" and meta.title


def test_options_over_sidecar_over_sources_file_over_html(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    write(
        data / "sources.toml",
        '[pages."x"]\npublisher = "COPA"\nlanguage = "es"\nyear_hint = 2001\n'
        'published = 2001-01-01\ntitle = "The page"\n',
    )
    write(
        tmp_path / "x.html",
        '<html lang="fr"><head><meta name="dcterms.issued" content="1999-09-09"></head>'
        f"<body><main><p>{'A paragraph of the page, long enough to be kept. ' * 3}</p></main>"
        "</body></html>",
    )
    page = tmp_path / "x.html"
    html_only = read_pages([page])[0].meta
    assert (html_only.language, html_only.published) == ("fr", "1999-09-09")
    project = read_pages([page], data_dir=data)[0].meta
    assert (project.publisher, project.language, project.year_hint) == ("COPA", "es", 2001)
    assert (project.published, project.title) == ("2001-01-01", "The page")
    write(tmp_path / "x.toml", 'publisher = "OAS"\nyear_hint = 2002\n')
    side = read_pages([page], data_dir=data)[0].meta
    assert (side.publisher, side.language, side.year_hint) == ("OAS", "es", 2002)
    given = read_pages([page], data_dir=data, overrides={"publisher": "IFES"})[0].meta
    assert (given.publisher, given.year_hint, given.title) == ("IFES", 2002, "The page")


def test_cli_options_reach_the_source_documents(
    tmp_path: Path, pages: list[Path], data_copy: Path
) -> None:
    from graphbuild.pipeline import curate

    assert {s.language for s in curate(pages, data_copy).sources} == {"en"}
    curated = curate(pages, data_copy, overrides={"language": "en-CA"})
    assert {s.language for s in curated.sources} == {"en-CA"}
    result = CliRunner().invoke(
        main,
        ["ingest", *map(str, pages), "--data", str(data_copy), "--language", "en-CA"],
    )
    assert result.exit_code == 0, result.stderr
    assert '"language": "en-CA"' in (data_copy / "activities.json").read_text(encoding="utf-8")


# --- bad metadata: one located line, exit 1 (files) or 2 (options) ---------------------------

HEADER = "# what is known about this page besides its text\n"
BAD_SIDECARS = {
    "bad-toml": ('publisher = "RECEF\n', "not valid TOML", ":2"),
    "unknown-key": ('publsher = "RECEF"\n', "unknown key 'publsher'", ":2"),
    "year-as-text": ('year_hint = "2012"\n', "year_hint: '2012' is not a whole number", ":2"),
    "year-out-of-range": ("year_hint = 1850\n", "year_hint: 1850 is not a year in", ":2"),
    "year-as-bool": ("year_hint = true\n", "year_hint: True is not a whole number", ":2"),
    "kind": ('publisher_kind = "newspaper"\n', "neither 'body' nor 'press'", ":2"),
    "date-not-iso": ('published = "3 May 2019"\n', "published: '3 May 2019' is not an ISO", ":2"),
    "date-as-number": ("retrieved = 20190503\n", "retrieved: 20190503 is not a date", ":2"),
    "language": ('language = "French"\n', "language: 'French' is not a language tag", ":2"),
    "url": ('url = "www.example.org"\n', "url: 'www.example.org' is not a web address", ":2"),
    "publisher-not-text": ("publisher = 42\n", "publisher: 42 is not a text", ":2"),
    "nested-table": ('[extra]\nnote = "x"\n', "unknown key 'extra'", ":2"),
}


@pytest.mark.parametrize("name", sorted(BAD_SIDECARS))
@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_bad_sidecar_is_one_located_line(
    tmp_path: Path, data_copy: Path, name: str, command: str
) -> None:
    body, message, line = BAD_SIDECARS[name]
    page = write(tmp_path / "x-page.txt", PAGE)
    sidecar = write(tmp_path / "x-page.toml", HEADER + body)
    before = (data_copy / "activities.json").read_bytes()
    result = CliRunner().invoke(main, [command, str(page), "--data", str(data_copy)])
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert message in lines[0] and f"{sidecar}{line}" in lines[0]
    assert "(" in lines[0] and lines[0].endswith(")")  # says what to do
    assert "Traceback" not in result.output + result.stderr
    assert (data_copy / "activities.json").read_bytes() == before


BAD_SOURCES_FILES = {
    "old-layout": ('[[source]]\nid = "x-page"\n', "unknown table or key 'source'", ":1"),
    "bad-key": ('[pages."x-page"]\nyear_hint = 2012\nlang = "fr"\n', "unknown key 'lang'", ":3"),
    "bad-value": (
        '[pages."other"]\nyear_hint = 2012\n\n[pages."x-page"]\nyear_hint = "2012"\n',
        "year_hint: '2012' is not a whole number",
        ":5 [x-page]",
    ),
    "not-a-table": ('pages = "x-page"\n', "'pages' is not a table", ":1"),
    "bad-toml": ('[pages."x-page"\n', "not valid TOML", ":1"),
}


@pytest.mark.parametrize("name", sorted(BAD_SOURCES_FILES))
def test_bad_sources_file_is_one_located_line(tmp_path: Path, data_copy: Path, name: str) -> None:
    body, message, where = BAD_SOURCES_FILES[name]
    page = write(tmp_path / "x-page.txt", PAGE)
    write(data_copy / "sources.toml", body)
    result = CliRunner().invoke(main, ["extract", str(page), "--data", str(data_copy)])
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert message in lines[0] and f"{data_copy / 'sources.toml'}{where}" in lines[0]
    assert "Traceback" not in result.output + result.stderr


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--year-hint", "1850", "1850 is not a year in 1900-2100"),
        ("--year-hint", "soon", "'soon' is not a valid integer"),
        ("--publisher-kind", "newspaper", "'newspaper' is not one of 'body', 'press'"),
        ("--published", "3 May 2019", "'3 May 2019' is not an ISO date"),
        ("--language", "French", "'French' is not a language tag"),
        ("--url", "example.org", "'example.org' is not a web address"),
    ],
)
def test_bad_option_is_a_usage_error(
    tmp_path: Path, data_copy: Path, option: str, value: str, message: str
) -> None:
    page = write(tmp_path / "x-page.txt", PAGE)
    args = ["extract", str(page), "--data", str(data_copy), option, value]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert option in result.stderr and message in result.stderr
    assert "Traceback" not in result.output + result.stderr


def test_one_url_for_several_pages_is_refused(tmp_path: Path) -> None:
    a, b = write(tmp_path / "a.txt", PAGE), write(tmp_path / "b.txt", PAGE)
    with pytest.raises(SourceError, match="one address"):
        read_pages([a, b], overrides={"url": "https://example.org/a"})


def test_options_are_checked_in_the_library(tmp_path: Path) -> None:
    page = write(tmp_path / "a.txt", PAGE)
    with pytest.raises(SourceError, match="year_hint: 1850 is not a year"):
        read_pages([page], overrides={"year_hint": 1850})
    assert read_page(page, overrides={"published": "2015-10-28T09:00:00"}).meta.published == (
        "2015-10-28"
    )


# --- folders -----------------------------------------------------------------------------------


def test_folder_means_its_pages_sorted_by_name(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    (folder / "sub").mkdir(parents=True)
    for name in ("b.txt", "sub/e.txt", ".hidden.txt", "notes.md"):
        write(folder / name, PAGE)
    for name in ("a.html", "c.htm", "d.HTML"):
        write(folder / name, HTML_PAGE)
    write(folder / "a.toml", 'publisher = "COPA"\n')
    write(folder / "b.gold.jsonl", "{}\n")
    found = page_paths([folder])
    assert [Path(p).name for p in found] == ["a.html", "b.txt", "c.htm", "d.HTML"]
    pages = read_pages([write(tmp_path / "0-first.txt", PAGE), folder])
    assert [p.id for p in pages] == ["0-first", "a", "b", "c", "d"]
    assert pages[1].meta.publisher == "COPA" and pages[1].original_sha256 is not None


def test_empty_folder_is_an_error(tmp_path: Path) -> None:
    write(tmp_path / "a.toml", 'publisher = "COPA"\n')
    with pytest.raises(SourceError, match="no pages in it") as caught:
        read_pages([tmp_path])
    assert caught.value.where == str(tmp_path)


def test_two_pages_with_one_id_are_an_error(tmp_path: Path) -> None:
    write(tmp_path / "x.txt", PAGE)
    write(tmp_path / "x.html", "<html><body><p>x</p></body></html>")
    with pytest.raises(SourceError, match="two pages have the id 'x'"):
        read_pages([tmp_path])


def test_cli_reads_a_folder(tmp_path: Path, pages: list[Path], data_copy: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    for page in pages:
        (folder / page.name).write_bytes(page.read_bytes())
    by_files = CliRunner().invoke(main, ["extract", *map(str, pages), "--data", str(data_copy)])
    by_folder = CliRunner().invoke(main, ["extract", str(folder), "--data", str(data_copy)])
    assert by_folder.exit_code == 0, by_folder.stderr
    assert by_folder.stdout == by_files.stdout and by_folder.stdout.count("\n") > 10


# --- HTML pages --------------------------------------------------------------------------------

P1 = (
    "From October 5 to 9, 2015, an adviser of the Chief Electoral Officer of Québec went to "
    "Tunis to lead a seminar on keeping voter lists up to date, written for this test."
)
P2 = (
    "The adviser also compared how the two bodies train their polling staff, and left the "
    "seminar's material with the commission's technical team."
)
P3 = "On October 12, the visitors watched the count in two polling stations near the capital."
BOILERPLATE = ("Skip to content", "Voting", "Political parties", "trackVisit", "Privacy policy")

HTML_PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Archives | Élections Québec</title>
<meta property="article:published_time" content="2016-02-01T10:00:00-05:00">
<meta property="article:modified_time" content="2020-06-30T10:00:00-05:00">
<script>function trackVisit() {{ window.dataLayer.push("visit"); }}</script>
<style>nav {{ display: flex; }}</style></head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header><nav class="menu"><ul><li><a href="/vote">Voting</a></li>
<li><a href="/parties">Political parties</a></li><li><a href="/results">Results</a></li></ul></nav>
</header>
<main id="main">
<h1>Archives of missions</h1>
<h2>2015</h2>
<h3>Tunisia Mission</h3>
<p>{html.escape(P1)}</p>
<p>{html.escape(P2)}</p>
<h3>Election Observation Mission to Haiti</h3>
<p>{html.escape(P3)}</p>
<ul><li>an observation mission;</li><li>a contact mission.</li></ul>
</main>
<footer><ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/contact">Contact</a></li>
</ul><p>© Élections Québec. All rights reserved.</p></footer>
<script>trackVisit();</script>
</body></html>
"""


def test_html_page_keeps_the_body_and_drops_the_boilerplate(tmp_path: Path) -> None:
    path = write(tmp_path / "archives.html", HTML_PAGE)
    page = read_page(path)
    for text in BOILERPLATE:
        assert text not in page.text
    assert f"{P1}\n\n{P2}\n\nElection Observation Mission to Haiti\n\n{P3}\n\n" in page.text
    assert "\n\n- an observation mission;\n- a contact mission.\n" in page.text
    lines = page.text.splitlines()
    for heading in ("Archives of missions", "2015", "Tunisia Mission"):
        at = lines.index(heading)
        assert lines[at + 1] == "" and (at == 0 or lines[at - 1] == "")
    assert page.id == "archives" and page.path == str(path)


def test_html_page_has_both_hashes(tmp_path: Path) -> None:
    path = write(tmp_path / "archives.html", HTML_PAGE)
    page = read_page(path)
    assert page.sha256 == hashlib.sha256(page.text.encode("utf-8")).hexdigest()
    assert page.original_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert page.sha256 != page.original_sha256
    assert read_page(write(tmp_path / "t.txt", PAGE)).original_sha256 is None


def test_html_markup_gives_language_and_publication_date(tmp_path: Path) -> None:
    path = write(tmp_path / "archives.html", HTML_PAGE)
    meta = read_page(path).meta
    assert (meta.language, meta.published) == ("en", "2016-02-01")  # not the modified date
    write(tmp_path / "archives.toml", 'language = "fr"\npublished = 2016-01-31\n')
    meta = read_page(path).meta
    assert (meta.language, meta.published) == ("fr", "2016-01-31")


def test_html_page_without_a_date_meta_has_none(tmp_path: Path) -> None:
    body = re.sub(r"<meta property=[^>]*>", "", HTML_PAGE).replace('lang="en"', "")
    meta = read_page(write(tmp_path / "p.htm", body)).meta
    assert (meta.language, meta.published) == (None, None)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"<html><head><script>track()</script></head><body><br></body></html>", "no main text"),
        (b" \n ", "empty page"),
        (b"<html>\x00</html>", "binary content"),
    ],
)
def test_bad_html_page(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "p.html"
    path.write_bytes(content)
    with pytest.raises(SourceError, match=message):
        read_page(path)


def test_html_page_gives_the_activities_of_its_text(
    tmp_path: Path, pages: list[Path], gazetteer: Gazetteer
) -> None:
    """A seed page saved as HTML (menus, scripts, footer around it) reads as its text does."""
    text = pages[0].read_text(encoding="utf-8")
    blocks = []
    for block in (b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()):
        if " > " in block and "\n" not in block:
            blocks.append(f"<nav>{html.escape(block)}</nav>")
        elif "\n" not in block and len(block) < 90 and not block.endswith("."):
            blocks.append(f"<h3>{html.escape(block)}</h3>")
        else:
            blocks.append("<p>" + "<br>\n".join(map(html.escape, block.splitlines())) + "</p>")
    main_part = HTML_PAGE[HTML_PAGE.index("<main") : HTML_PAGE.index("</main>")]
    saved = HTML_PAGE.replace(main_part, "<main>" + "\n".join(blocks))
    path = write(tmp_path / f"{pages[0].stem}.html", saved)

    def found(page: Path) -> list[tuple[object, ...]]:
        result = ingest_pages(read_pages([page]), gazetteer)
        return [(a.title, a.start_date, a.end_date, a.kind, a.countries) for a in result.activities]

    assert found(path) == found(pages[0])


def test_windows_line_endings_and_a_byte_order_mark(tmp_path: Path, gazetteer: Gazetteer) -> None:
    # a page saved on Windows (CRLF, a BOM) reads as the same text, the file's own digest kept
    unix = read_page(write(tmp_path / "unix.txt", PAGE))
    path = tmp_path / "windows.txt"
    path.write_bytes(b"\xef\xbb\xbf" + PAGE.replace("\n", "\r\n").encode("utf-8"))
    page = read_page(path)
    assert page.text == unix.text
    assert page.sha256 == unix.sha256
    assert page.original_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    old_mac = tmp_path / "mac.txt"
    old_mac.write_bytes(PAGE.replace("\n", "\r").encode("utf-8"))
    assert read_page(old_mac).text == unix.text
    got = ingest_pages([page], gazetteer).activities
    assert [(a.start_date, a.end_date, a.countries) for a in got] == [
        ("2015-10-28", "2015-10-30", ("TUN",))
    ]
