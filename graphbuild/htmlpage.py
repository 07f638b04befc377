"""A page saved as HTML -> the text its facts are read from, with what its markup says.

Boilerplate (navigation, scripts, sidebars, footers) is removed by trafilatura. The main
content it keeps is written out as the layout stage expects a page: one block per
paragraph, heading, list or table, blocks separated by a blank line, a heading alone on
its line, list items as ``- item`` lines and table rows as ``cell | cell`` lines.

>>> para = "Du 4 au 6 avril 2015, des experts du réseau ont tenu une mission au Bénin. " * 4
>>> found = html_text(f'<html lang="fr"><body><nav><a href="/">Accueil</a></nav><main>'
...                   f'<h2>2015</h2><p>{para}</p><p>Fin.</p></main></body></html>',
...                   where="page.html")
>>> print(found.text.replace(para.strip(), "(paragraph)"), end="")
2015
<BLANKLINE>
(paragraph)
<BLANKLINE>
Fin.
>>> found.language
'fr'
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from graphbuild.errors import SourceError
from graphbuild.ingest.dates import month_number

#: <meta> elements that give a page's publication date, as (attribute, lower-cased value).
#: The modification date is not used: it says when the page was edited, not published.
PUBLICATION_DATE_META = (
    ("property", "article:published_time"),
    ("property", "og:published_time"),
    ("itemprop", "datepublished"),
    ("name", "article:published_time"),
    ("name", "citation_publication_date"),
    ("name", "dc.date.issued"),
    ("name", "dcterms.issued"),
    ("name", "dcterms.date"),
    ("name", "dc.date"),
    ("name", "date"),
    ("name", "pubdate"),
    ("name", "publishdate"),
    ("name", "publish-date"),
    ("name", "publication_date"),
    ("name", "parsely-pub-date"),
    ("name", "sailthru.date"),
)
_ISO_DATE = re.compile(r"\s*(\d{4}-\d{2}-\d{2})(?:[T ][0-9:.+\-Z]*)?\s*$")
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")


@dataclass(frozen=True)
class HtmlText:
    """The text of an HTML page and what its markup says about it."""

    text: str
    language: str | None  # from <html lang>, as a language tag
    published: str | None  # ISO date, from a publication-date <meta>


def html_text(data: bytes | str, *, where: str) -> HtmlText:
    """The main text of the page ``data``; raise :class:`SourceError` if it has none."""
    import trafilatura

    tree = trafilatura.load_html(data)
    if tree is None:
        raise SourceError("not an HTML page that can be parsed", where, "give the saved page")
    language = _language(tree)
    published = _published(tree)
    _keep_captions(tree)
    _footnote_marks_apart(tree)
    _fill_merged_cells(tree)
    _month_columns_apart(tree)
    _keep_asides_of_the_text(tree)
    _keep_missions_beside_the_text(tree)
    _keep_briefs_beside_the_text(tree)
    _keep_panel_titles(tree)
    _keep_year_headings(tree)
    markers = _keep_dates(tree)
    blocks = _extracted(trafilatura, copy.deepcopy(tree) if markers else tree, recall=False)
    if markers:
        # a listing of items, one <article> each: trafilatura's precise reading may keep
        # some items' text and drop their dates and titles, or whole items; its reading for
        # recall, when that keeps more of the items' titles and date lines
        wider = _extracted(trafilatura, tree, recall=True)
        if _kept(markers, wider) > _kept(markers, blocks):
            blocks = wider
    elif blocks and (headings := _headings(tree)):
        # the headings over the paragraphs kept, dropped by the precise reading of a page
        # whose text stands in a plain <div> ("<h2>2013</h2>", "<h3>Mali : élection
        # présidentielle</h3>"): its reading for recall, when that keeps the same paragraphs
        # and only headings besides
        wider = _extracted(trafilatura, copy.deepcopy(tree), recall=True)
        if _only_headings_added(blocks, wider, headings):
            blocks = _with_headings_added(blocks, wider, headings)
    if blocks:
        # (the headings both readings dropped, over paragraphs they kept: "<h3>Année 2010</h3>"
        # over the year's activities in a plain <div>)
        blocks = _headings_put_back(tree, blocks)
    if blocks and (modified := _modified_on(tree, blocks)) is not None:
        # (the page's last change, in a footer the readings dropped: "Dernière modification :
        # lundi 9 décembre 2024", the day "Jeudi dernier" is told from): its last line
        blocks.append(modified)
    if blocks and (saved := _saved_on(tree, blocks)) is not None:
        # the note of when the copy was made, dropped with the header that holds it
        # ("<div class="saved">Enregistré le 2 juin 2025</div>" over a feed's "Il y a 4
        # jours" posts): its first line, as a page saved as text shows it
        blocks.insert(0, saved)
    if blocks and (title := _year_title(tree, blocks)) is not None:
        # the page's title with its year, dropped with the header around it ("<h2
        # class="tit">Events 2022</h2>" over a listing whose badges have no year): its first
        # line, as a page saved as text shows it
        blocks.insert(0, title)
    if not blocks:
        raise SourceError(
            "no main text found in the HTML page (only navigation or boilerplate)",
            where,
            "check that the saved page holds the article, or save its text as a .txt page",
        )
    return HtmlText("\n\n".join(blocks) + "\n", language, published)


def _extracted(trafilatura: Any, tree: Any, *, recall: bool) -> list[str]:
    """The blocks of the main text trafilatura finds in ``tree``."""
    doc = trafilatura.bare_extraction(
        tree,
        include_comments=False,
        include_tables=True,
        include_images=False,
        favor_recall=recall,
    )
    body = getattr(doc, "body", None)
    return _blocks(body) if body is not None else []


def _headings(tree: Any) -> set[str]:
    """The texts of the page's headings outside its navigation, sidebars, header and footer."""
    return {
        " ".join(h.text_content().split())
        for tag in ("h1", "h2", "h3", "h4", "h5", "h6")
        for h in tree.iter(tag)
        if not any(up.tag in ("aside", "nav", "footer", "header") for up in h.iterancestors())
    } - {""}


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A note of when the copy of the page was made: "Enregistré le 2 juin 2025", "Saved on 3 May
# 2024", "Page captured: 12/03/2025".
_SAVED_NOTE = re.compile(
    r"\W*(?:page\s+|copie\s+)?(?:enregistrée?|sauvegardée?|archivée?|saved|captured|"
    r"retrieved)\s*(?:le|on|:)\s[^\n]{4,40}",
    re.IGNORECASE,
)


# A page's note of its last change: "Dernière modification : lundi 9 décembre 2024", "Page
# last updated: 3 May 2024", "Mis à jour le 2 juin 2025".
_MODIFIED_NOTE = re.compile(
    r"\W*(?:page\s+)?(?:derni[èe]re\s+(?:modification|mise\s+à\s+jour)|mise?\s+à\s+jour\s+le|"
    r"last\s+(?:modified|updated|reviewed)|date\s+modified|updated\s+on)\s*(?:le|on)?\s*:?\s[^\n]{4,40}",
    re.IGNORECASE,
)


def _modified_on(tree: Any, blocks: list[str]) -> str | None:
    """The page's note of its last change (alone or among a footer's parts: "Mis à jour le 30
    janvier 2024 · © AOMF · Mentions légales"), when the text does not hold it and tells a
    day from the page's own ("Jeudi dernier, la Chancellerie a reçu ...") or lists events to
    come beside those held (the note tells which are past)."""
    from graphbuild.ingest.layout import UPCOMING
    from graphbuild.ingest.relative_dates import relative_dates

    text = " ".join(" ".join(blocks).split())
    for element in tree.iter("p", "div", "span", "small"):
        for note in _FOOTER_PART.split(" ".join(element.text_content().split())):
            if note and len(note) <= 70 and _MODIFIED_NOTE.fullmatch(note) and _YEAR.search(note):
                if note in text:
                    return None
                coming = any(
                    UPCOMING.fullmatch(line.strip()) for b in blocks for line in b.splitlines()
                )
                # (any day will do: whether some day is told from it)
                return note if coming or relative_dates(text, dt.date(2000, 1, 3)) else None
    return None


# Where a footer's line turns to its next part: " · ", " | ".
_FOOTER_PART = re.compile(r"\s+[·|]\s+")


def _saved_on(tree: Any, blocks: list[str]) -> str | None:
    """The page's note of when it was saved, when the text does not hold it."""
    text = " ".join(" ".join(blocks).split())
    for element in tree.iter("p", "div", "span", "small"):
        note = " ".join(element.text_content().split())
        if note and len(note) <= 60 and _SAVED_NOTE.fullmatch(note) and _YEAR.search(note):
            return None if note in text else note
    return None


def _year_title(tree: Any, blocks: list[str]) -> str | None:
    """The page's first heading outside its navigation, sidebars, header and footer, when it
    holds a year and the text does not: "Events 2022", "Agenda 2019"."""
    text = " ".join(" ".join(blocks).split())
    for h in tree.iter("h1", "h2"):
        if any(up.tag in ("aside", "nav", "footer", "header") for up in h.iterancestors()):
            continue
        title = " ".join(h.text_content().split())
        if not title:
            continue
        if _YEAR.search(title) and title not in text and len(title) <= 120:
            return title
        return None  # (only the first)
    return None


def _headings_put_back(tree: Any, blocks: list[str]) -> list[str]:
    """The page's headings (outside its navigation, sidebars, header and footer) that the
    text lacks, each put back right before the block of the paragraph that follows it on the
    page, when that block is found whole."""
    flat = [" ".join(b.split()) for b in blocks]
    out = list(blocks)
    inserted: list[tuple[int, str]] = []
    for h in tree.iter("h1", "h2", "h3", "h4", "h5", "h6"):
        if any(up.tag in ("aside", "nav", "footer", "header") for up in h.iterancestors()):
            continue
        title = " ".join(h.text_content().split())
        if not title or title in flat or len(title) > 200:
            continue
        after = h.getnext()
        while after is not None and not (
            isinstance(after.tag, str) and " ".join(after.text_content().split())
        ):
            after = after.getnext()
        if after is None or after.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            continue
        following = " ".join(after.text_content().split())
        at = next((i for i, b in enumerate(flat) if b == following), None)
        if at is None:
            return blocks  # (a reading whose blocks are not the page's paragraphs)
        inserted.append((at, title))
    for at, title in sorted(inserted, key=lambda x: x[0], reverse=True):
        out.insert(at, title)
    return out


def _only_headings_added(blocks: list[str], wider: list[str], headings: set[str]) -> bool:
    """Whether ``wider`` is ``blocks`` in the same order with headings put among them, at
    least one, and perhaps lists whose every item holds a figure (a mission's earlier
    missions: "- Élections de mi-mandat du 7 juin 2015 — Mexico, 4-8 juin 2015"), and nothing
    else (a block may have lost its first line there, a table's caption)."""
    rest = [b for b in wider if b not in headings and not _dated_list(b)]
    return (
        len(rest) == len(blocks)
        and all(_same_block(p, w) for p, w in zip(blocks, rest, strict=True))
        and len(wider) > len(blocks)
    )


def _same_block(precise: str, wider: str) -> bool:
    """Whether two readings of a block are the same, but for a first line the wider reading
    dropped ("Activités internationales en chiffres", a table's caption, over its rows)."""
    return precise == wider or precise.split("\n", 1)[-1] == wider


def _with_headings_added(blocks: list[str], wider: list[str], headings: set[str]) -> list[str]:
    """``wider``'s headings and dated lists among ``blocks`` as the precise reading has them."""
    precise = iter(blocks)
    return [b if b in headings or _dated_list(b) else next(precise) for b in wider]


def _dated_list(block: str) -> bool:
    """Whether a block is a list whose every item holds a figure."""
    lines = [ln for ln in block.splitlines() if ln.strip()]
    return bool(lines) and all(
        ln.lstrip().startswith("- ") and any(ch.isdigit() for ch in ln) for ln in lines
    )


def _kept(markers: list[str], blocks: list[str]) -> int:
    """How many of a listing's item titles and date lines the blocks hold."""
    text = " ".join(" ".join(blocks).split())
    return sum(marker in text for marker in markers)


# Class or id words of the elements that hold an item's date line: "event-meta", "entry-date",
# "byline" (a news item's author and day: "Publié le 20 novembre 2024 – Mis à jour le ...").
_DATE_HOLDER = re.compile(
    # (an event card's badge: "<div class="badge">09 – 11 JUL</div>", "pastille", "chip")
    r"meta|date|time|when|schedule|byline|posted|published|badge|pastille|chip|stamp|calend|"
    # (or a calendar leaf's box and its parts: "<div class="cal"><span class="day">02–06</span>
    # <span class="mon">SEP</span></div>")
    r"\bcal\b|\bday\b|\bmon\b|\bmonth\b|\bjour\b|\bmois\b|"
    # (a timeline's year between its milestones: "<div class="annee">2024</div>")
    r"ann[ée]e|year",
    re.IGNORECASE,
)


def _keep_dates(tree: Any) -> list[str]:
    """Keep what dates the page's items, which trafilatura drops as boilerplate: the text
    of ``<time>`` elements ("<time datetime="2024-03-12">Tue 12 March</time>"), a line
    marked as an item's metadata that holds a figure ("<p class="event-meta">Tue 12 March –
    Thu 14 March · Centurion</p>"), a date badge of inline parts, an item's title that links
    to its page, and the items of a listing of several ``<article>`` elements; for such a
    listing, the text of its items' titles and date lines (none for another page)."""
    from lxml import etree  # type: ignore[import-untyped]

    items = [
        a
        for a in tree.iter("article")
        if not any(up.tag in ("aside", "nav", "footer", "header") for up in a.iterancestors())
    ]
    markers = [
        " ".join(e.text_content().split())
        for item in (items if len(items) >= 2 else [])
        for e in item.iter()
        if isinstance(e.tag, str)
        and (
            e.tag in ("h1", "h2", "h3", "h4", "h5", "h6", "time")
            or _DATE_HOLDER.search(f"{e.get('class') or ''} {e.get('id') or ''}")
        )
    ]

    # an item's venue line beside its date line ("<div class="event-date">14–16 OCT 2024</div>
    # <div class="event-meta">Colombo, Sri Lanka · In person</div>"): kept with it
    venues = [
        (element, date_line)
        for element in tree.iter()
        if isinstance(element.tag, str)
        # (not a paragraph, trafilatura keeps: "<p class="venue">Venue: Seoul</p>", nor an
        # inline part of its date line: "<span class="date">...</span> <span class="lieu">")
        and element.tag == "div"
        and _VENUE_HOLDER.search(f"{element.get('class') or ''} {element.get('id') or ''}")
        and element.text_content().strip()
        and (date_line := _date_sibling(element)) is not None
    ]
    for element, date_line in venues:
        # (trafilatura drops a short line of words: a line of its date line's)
        etree.SubElement(date_line, "br").tail = " ".join(element.text_content().split())
        element.getparent().remove(element)
    for element in list(tree.iter()):  # (changed as it goes: a list first)
        if not isinstance(element.tag, str) or element.tag in ("html", "body", "head", "meta"):
            continue
        marks = f"{element.get('class') or ''} {element.get('id') or ''}"
        # (or a line holding a <time>: "<p class="author">By ... · <time ...>2 April 2025</time>")
        holds_time = element.tag in ("p", "div", "span") and any(
            child.tag == "time" for child in element
        )
        content = element.text_content()
        # (or a <time> itself standing loose among a tile's blocks: "<article><span>Story</span>
        # <time datetime="2024-05-24">Friday, May 24, 2024</time><h3>...</h3><p>...</p>")
        if (_DATE_HOLDER.search(marks) or holds_time or element.tag == "time") and (
            any(ch.isdigit() for ch in content)
            # (or a month alone: "<div class="badge">MAR</div>", "AVRIL")
            or month_number(content.strip().rstrip(".")) is not None
        ):
            for attribute in ("class", "id"):
                if attribute in element.attrib:
                    del element.attrib[attribute]
            if element.tag == "div" and not any(
                isinstance(child.tag, str) and child.tag in _BLOCK_HTML for child in element
            ):
                # a date badge of inline parts ("<div class="pastille-date"><span>2-4</span>
                # <span>oct.</span> <span>2023</span></div>"): a line of its own, its parts
                # apart ("<span>31</span><span>May</span>": "31 May")
                element.tag = "p"
                for part in element:
                    if isinstance(part.tag, str) and not (part.tail or "")[:1].isspace():
                        part.tail = " " + (part.tail or "")
                _badges_of_one_range(element)
            elif element.tag in _INLINE_HTML:
                _own_line(element)
        if element.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            # an item's title as a link to its page ("<h3><a href=...>Séminaire ...</a></h3>"):
            # a title, not a link of the page's navigation
            etree.strip_tags(element, "a")
    for terms in list(tree.iter("dl")):
        # a list of terms and their values ("<dt>Dates</dt><dd>Du mardi 13 au jeudi 15 juin
        # 2023</dd><dt>Lieu</dt><dd>Abidjan</dd>"): one field line each, "Dates : ..."
        _fields_of(terms)
    etree.strip_tags(tree, "time")
    if len(items) >= 2:
        # the items of a listing, one <article> each (an events page, its coming and past
        # events apart): one text, as trafilatura would otherwise read the first item alone
        # and drop the others' titles
        for item in items:
            item.tag = "div"
    return [m for m in markers if m]


def _badges_of_one_range(badge: Any) -> None:
    """A date badge, a dash, then another badge: one range, on the first badge's line
    ("<div class="cal">...20 MAY</div> &ndash; <div class="cal">...03 JUN</div>": "20 MAY –
    03 JUN")."""
    last = badge.getnext()
    if (
        last is None
        or not isinstance(last.tag, str)
        or last.tag != "div"
        or (badge.tail or "").strip() not in ("–", "—", "-", "to", "au")
        or not _DATE_HOLDER.search(f"{last.get('class') or ''} {last.get('id') or ''}")
        or any(isinstance(child.tag, str) and child.tag in _BLOCK_HTML for child in last)
    ):
        return
    parts = " ".join(t.strip() for t in last.itertext() if t.strip())
    end = badge.makeelement("span", {})
    end.text = f" {(badge.tail or '').strip()} {parts}"
    badge.append(end)
    badge.tail = last.tail
    badge.getparent().remove(last)


# Class or id words of the elements that hold an item's venue: "event-meta", "location".
_VENUE_HOLDER = re.compile(r"meta|location|venue|lieu|place|where|city|ville", re.IGNORECASE)


def _date_sibling(element: Any) -> Any:
    """The sibling of an element marked as its item's date line (a date holder that holds
    a figure or a month), if any."""
    holder = element.getparent()
    if holder is None:
        return None
    for sibling in holder:
        if sibling is element or not isinstance(sibling.tag, str):
            continue
        marks = f"{sibling.get('class') or ''} {sibling.get('id') or ''}"
        content = sibling.text_content()
        if (
            _DATE_HOLDER.search(marks)
            and not _VENUE_HOLDER.search(marks)
            and (
                any(ch.isdigit() for ch in content)
                or month_number(content.strip().rstrip(".")) is not None
            )
        ):
            return sibling
    return None


# Inline elements that may hold an item's date: "<span class="date">28 juin – 2 juil.
# 2021</span>".
_INLINE_HTML = frozenset({"span", "small", "em", "strong", "b", "i", "time"})


def _own_line(element: Any) -> None:
    """An inline date holder standing loose among an item's blocks, with the inline parts
    after it, made a paragraph of its own ("<div class="evenement"><span class="date">28
    juin – 2 juil. 2021</span> <span class="lieu">Djibouti</span><h3>Séminaire ...</h3>"):
    trafilatura drops text that stands in no block of a container of blocks."""
    from lxml import etree

    holder = element.getparent()
    if holder is None or holder.tag not in ("div", "li", "section", "article", "header"):
        return
    if not any(isinstance(c.tag, str) and c.tag in _BLOCK_HTML for c in holder):
        return  # (a line of inline parts already: trafilatura keeps it)
    line = etree.Element("p")
    element.addprevious(line)
    part: Any = element
    while part is not None and not (isinstance(part.tag, str) and part.tag in _BLOCK_HTML):
        following = part.getnext()
        line.append(part)  # (its tail, the text after it, goes with it)
        part = following


def _keep_captions(tree: Any) -> None:
    """Keep a photo's caption ("<figure><img ...><figcaption>Photo 7/9 – La CENA a reçu lundi
    dernier une délégation ...</figcaption></figure>"), which trafilatura drops with its image:
    a paragraph of the text where the figure stood (not in a sidebar, a menu or a footer)."""
    from lxml import etree

    for caption in list(tree.iter("figcaption")):
        holder = caption.getparent()
        if holder is None or any(
            up.tag in ("aside", "nav", "footer", "header") for up in caption.iterancestors()
        ):
            continue
        text = " ".join(caption.text_content().split())
        holder.remove(caption)  # (the rest of its figure is left as it was)
        if text:
            line = etree.Element("p")
            line.text = text
            holder.addnext(line)


# Class or id words of a button that opens a panel of the text: an accordion's title.
_TOGGLE = re.compile(r"accordion|toggle|collaps|expand|panel|disclosure", re.IGNORECASE)


# A heading that is a year, or a year named as such: "2016", "Année 2006", "Year 2019",
# "2018-2019".
_YEAR_HEADING = re.compile(
    r"\W*(?:(?:ann[ée]e|year|an|exercice)\s+)?(?:19|20)\d\d(?:\s*[-–—/]\s*(?:19|20)?\d\d)?\W*",
    re.IGNORECASE,
)


def _keep_year_headings(tree: Any) -> None:
    """Keep the headings of a page's years ("<h2>Année 2007</h2>" over that year's
    paragraphs), which trafilatura may drop as too short to be text: paragraphs of their own
    where they stand, the page's years read over what they head (not a menu's or a
    footer's)."""
    for heading in list(tree.iter("h1", "h2", "h3", "h4", "h5", "h6")):
        if any(up.tag in ("nav", "footer", "header", "aside") for up in heading.iterancestors()):
            continue
        if _YEAR_HEADING.fullmatch(" ".join(heading.text_content().split())):
            heading.tag = "p"


def _keep_panel_titles(tree: Any) -> None:
    """Keep the titles of an accordion's panels ("<button class="accordion-toggle"
    aria-expanded="false">Tchad — Élection présidentielle</button><div class="accordion-panel">
    Dates : du 1er au 9 mai ..."), and of disclosures ("<details><summary>...</summary>"),
    which trafilatura drops as controls: a heading over its panel (not a menu's, a form's or
    a banner's buttons: "Tout accepter")."""
    from lxml import etree

    _keep_tab_titles(tree)
    for control in list(tree.iter("button", "summary")):
        if any(up.tag in ("nav", "footer", "header", "form") for up in control.iterancestors()):
            continue
        if control.tag == "button" and not (
            "aria-expanded" in control.attrib
            or _TOGGLE.search(f"{control.get('class') or ''} {control.get('id') or ''}")
        ):
            continue
        holder = control.getparent()
        heading = holder is not None and holder.tag in ("h1", "h2", "h3", "h4", "h5", "h6")
        panel = holder.getnext() if heading else control.getnext()
        if control.tag == "button" and (panel is None or panel.tag not in ("div", "section")):
            continue
        title = " ".join(control.text_content().split())
        if len(title.split()) < 2 and not any(ch.isdigit() for ch in title):
            continue  # ("+", "Plus"; not a year: "2023")
        if heading:
            # (the button the whole of its heading: "<h2><button aria-expanded="false">2023
            # </button></h2><div class="panneau">"): the heading's words
            etree.strip_tags(holder, "button")
            continue
        for attribute in list(control.attrib):
            del control.attrib[attribute]
        control.tag = "h3"


# An ordinal's ending set as a superscript, part of its word: "1<sup>er</sup>", "3<sup>rd</sup>".
_ORDINAL_ENDING = re.compile(r"(?:er|re|e|ème|eme|st|nd|rd|th|o|a)", re.IGNORECASE)


def _footnote_marks_apart(tree: Any) -> None:
    """A footnote's mark set apart from the word it follows ("No mission<sup>a</sup>": "No
    mission a", not "missiona"); an ordinal's ending after its figure stays ("1<sup>er</sup>
    novembre")."""
    for mark in list(tree.iter("sup")):
        text = mark.text_content().strip()
        if not text or len(text) > 3:
            continue
        before = mark.getprevious()
        told = (before.tail if before is not None else mark.getparent().text) or ""
        if told[-1:].isdigit() and _ORDINAL_ENDING.fullmatch(text):
            continue  # (an ordinal: "1er", "3rd")
        if text.startswith("["):
            continue  # (a reference's mark in brackets: "... in 2023.[7]")
        if told[-1:].isalpha() or told[-1:] in ").":
            if before is not None:
                before.tail = told + " "
            else:
                mark.getparent().text = told + " "


def _fill_merged_cells(tree: Any) -> None:
    """A table's merged cells told again in each row they span ("<td rowspan="2">South
    Africa</td>" over two missions; a header cell spanning its sub-headers, "<th colspan="4">
    Mission</th>" over "Type | In country | ..."), and a header of two rows made one, so that
    each row reads whole, as the page shows it."""
    import copy as copying

    for table in list(tree.iter("table")):
        rows = [r for r in table.iter("tr") if _table_of(r) is table]
        waiting: dict[int, tuple[Any, int]] = {}  # column: (cell, rows still to fill)
        for row in rows:
            cells = [c for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")]
            column = 0
            at = 0  # (where in the row the next cell stands)
            out: list[Any] = []
            while at < len(cells) or any(k >= column for k in waiting):
                if column in waiting:
                    cell, left = waiting.pop(column)
                    twin = copying.deepcopy(cell)
                    twin.attrib.pop("rowspan", None)
                    twin.tail = None
                    out.append(twin)
                    if left > 1:
                        waiting[column] = (cell, left - 1)
                    column += 1
                    continue
                if at >= len(cells):
                    column += 1
                    continue
                cell = cells[at]
                at += 1
                span = _span(cell, "rowspan")
                width = _span(cell, "colspan") if cell.tag == "th" else 1
                if len(cells) == 1 and width > 1 and row is not rows[0] and out == []:
                    # (a row of one cell across the table, below its header: a group's own
                    # heading, "<th colspan="4">2019</th>" over that year's rows, told once)
                    width = 1
                for k in range(width):
                    if span > 1:
                        waiting[column + k] = (cell, span - 1)
                    twin = cell if k == 0 else copying.deepcopy(cell)
                    out.append(twin)
                column += width
            for cell in cells:
                row.remove(cell)
            for cell in out:
                cell.attrib.pop("rowspan", None)
                if cell.tag == "th":
                    cell.attrib.pop("colspan", None)
                row.append(cell)
        heads = [r for r in rows if all(c.tag == "th" for c in r if isinstance(c.tag, str))]
        if len(heads) == 2 and len(heads[0]) == len(heads[1]) and rows[:2] == heads:
            # (two header rows: each column's words, the wider one's first)
            for upper, lower in zip(heads[0], heads[1], strict=True):
                above = " ".join(upper.text_content().split())
                below = " ".join(lower.text_content().split())
                words = below if above == below else f"{above} {below}".strip()
                for child in list(lower):
                    lower.remove(child)
                lower.text = words
            heads[0].getparent().remove(heads[0])


# A cell's opening days, their month left to its column's header: "12–16 · ", "7 ".
_DAYS_FIRST = re.compile(r"\s*(\d{1,2}(?:\s*[–—-]\s*\d{1,2})?)(?=\s*[·:|–—-]\s|\s+[^\W\d])")


def _month_columns_apart(tree: Any) -> None:
    """A calendar laid out as a table of months, one column each ("February 2024 | March
    2024" over "12–16 · Election Visitor Program ..., Jakarta"): each cell an entry of its
    own, its days given their column's month ("12–16 February 2024 · ..."), as the page
    shows them under their months."""
    from lxml import etree

    for table in list(tree.iter("table")):
        rows = [r for r in table.iter("tr") if _table_of(r) is table]
        entries: list[str] = []
        months: list[str] = []
        for row in rows:
            cells = [
                " ".join(c.text_content().split())
                for c in row
                if isinstance(c.tag, str) and c.tag in ("td", "th")
            ]
            if (
                len(cells) >= 3
                and all(cells)
                and all(month_number(c.split()[0].rstrip(".")) for c in cells)
            ):
                months = cells  # (a row of months: the columns' headers)
                continue
            if not months or len(cells) != len(months):
                entries = []  # (not a calendar of months: a table of its own kind)
                break
            for month, cell in zip(months, cells, strict=True):
                if not any(ch.isalnum() for ch in cell):
                    continue  # (an empty month: "–")
                days = _DAYS_FIRST.match(cell)
                after = cell[days.end() :].split() if days else []
                if after and month_number(after[0].rstrip(".,")) is not None:
                    entries.append(cell)  # (its own months: "25 Jun – 1 Jul · ...")
                    continue
                entries.append(
                    f"{cell[: days.end()].strip()} {month}{cell[days.end() :]}"
                    if days
                    else f"{month} · {cell}"
                )
        if not entries:
            continue
        holder = etree.Element("ul")
        for entry in entries:
            etree.SubElement(holder, "li").text = entry
        holder.tail = table.tail
        table.getparent().replace(table, holder)


def _table_of(row: Any) -> Any:
    """The table a row belongs to (not a table inside one of its cells)."""
    return next((up for up in row.iterancestors() if up.tag == "table"), None)


def _span(cell: Any, attribute: str) -> int:
    """How many rows or columns a cell spans (1 when it says none, or nonsense)."""
    value = (cell.get(attribute) or "1").strip()
    return min(int(value), 50) if value.isdigit() and int(value) > 0 else 1


def _keep_tab_titles(tree: Any) -> None:
    """Keep the titles of a page's tabs over their panels ("<button role="tab"
    aria-controls="t2023">2023</button>" ... "<section id="t2023" role="tabpanel">"): each a
    heading at the top of its panel, as the page shows it when the tab is chosen."""
    from lxml import etree

    panels = {e.get("id"): e for e in tree.iter() if isinstance(e.tag, str) and e.get("id")}
    for tab in list(tree.iter()):
        if not isinstance(tab.tag, str) or tab.get("role") != "tab":
            continue
        panel = panels.get(tab.get("aria-controls") or "")
        title = " ".join(tab.text_content().split())
        if panel is None or not title or panel.get("role") != "tabpanel":
            continue
        heading = etree.Element("h2")
        heading.text = title
        heading.tail = panel.text
        panel.text = None
        panel.insert(0, heading)


def _keep_asides_of_the_text(tree: Any) -> None:
    """Keep a box of prose set aside within the page's own text ("<main> ... <aside
    class="pinned">Pinned – How we got here: a pre-election assessment team visited Monrovia
    from Oct. 30 to Nov. 3, ...</aside>"), which trafilatura drops as a sidebar: a <div> of
    the text where it stands (not an aside beside <main>, nor one of links: "Related news")."""
    for box in list(tree.iter("aside")):
        if not any(up.tag in ("main", "article") for up in box.iterancestors()):
            continue
        if any(up.tag in ("nav", "footer", "header", "aside") for up in box.iterancestors()):
            continue
        text = " ".join(box.text_content().split())
        linked = sum(len(" ".join(a.text_content().split())) for a in box.iter("a"))
        if len(text.split()) >= 15 and _SENTENCE_END.search(text) and linked * 3 < len(text):
            # (a <p> when it holds no blocks of its own: trafilatura keeps no bare <div> text)
            blocks = any(
                isinstance(e.tag, str) and e.tag in _BLOCK_HTML for e in box.iterdescendants()
            )
            box.tag = "div" if blocks else "p"
            box.attrib.clear()


_SENTENCE_END = re.compile(r"\w[.!?](?:\s|$)")

# A sidebar's title over the publisher's past missions: "Missions récentes", "Recent
# missions", "Past observation missions", "Dernières activités".
_PAST_MISSIONS_TITLE = re.compile(
    r"(?i)^\W*(?:(?:r[ée]centes?|recent|past|previous|latest|derni[èe]res?|pr[ée]c[ée]dentes?)\s+"
    r"(?:\w+\s+){0,2}?(?:missions?|activit[ée]s|activities|engagements)"
    r"|(?:missions?|activit[ée]s|activities|engagements)\s+(?:\w+\s+){0,2}?"
    r"(?:r[ée]centes?|recent|pass[ée]es|past|previous|pr[ée]c[ée]dentes?))\W*$"
)
_DAY_AND_YEAR = re.compile(r"\b\d{1,2}(?:er|st|nd|rd|th)?\b.*\b(?:19|20)\d\d\b")


def _beside_the_text(tree: Any, *, also: tuple[str, ...] = ()) -> tuple[Any, list[Any]]:
    """The page's text box (its first <article> or <main>) and the <aside>s beside it: not
    in it, nor in a navigation, a header, a footer, an <article> (or the ``also`` elements);
    none when the page has no such box."""
    boxes = [*tree.iter("article"), *tree.iter("main")]
    text_box = boxes[0] if boxes else None
    if text_box is None:
        return None, []
    return text_box, [
        box
        for box in tree.iter("aside")
        if not any(
            up.tag in ("nav", "footer", "header", "article", *also) or up is text_box
            for up in box.iterancestors()
        )
    ]


def _keep_missions_beside_the_text(tree: Any) -> None:
    """Keep a sidebar's list of the publisher's past missions, each item dated to the day
    with its year ("<aside><h3>Missions récentes</h3><ul><li>Panama – élections générales —
    du jeudi 2 au lundi 6 mai 2024, Panama</li>"), which trafilatura drops beside the
    <article>: moved to the end of the page's text, its title over it."""
    text_box, sidebars = _beside_the_text(tree)
    for box in sidebars:
        for title in list(box.iter("h2", "h3", "h4")):
            listing = title.getnext()
            if (
                listing is None
                or listing.tag not in ("ul", "ol")
                or not _PAST_MISSIONS_TITLE.match(" ".join(title.text_content().split()))
            ):
                continue
            items = [" ".join(li.text_content().split()) for li in listing.iter("li")]
            if items and all(_DAY_AND_YEAR.search(item) for item in items):
                text_box.append(title)
                text_box.append(listing)


# A brief's own text telling days: a sentence of some length with a day and a month in it.
_DAY_AND_MONTH = re.compile(
    r"\b\d{1,2}(?:er|st|nd|rd|th)?\s+(?:janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|"
    r"oct|nov|déc|dec|jan|feb|mar|apr|may|jun|jul|aug|sep)\w*",
    re.IGNORECASE,
)


def _keep_briefs_beside_the_text(tree: Any) -> None:
    """Keep a sidebar's column of briefs, each its title, its date line and a paragraph of
    its own telling days ("<aside><h2>Autres actualités</h2><div class="breve"><p
    class="date">12 janvier 2018</p><h3>Mission exploratoire au Paraguay</h3><p>Du 8 au 11
    janvier 2018, deux membres du Comité exécutif se sont rendus à Asunción ...</p></div>"),
    which trafilatura drops beside the <article>: moved to the end of the page's text, its
    title over it (not a column of links or of one-line teasers)."""
    text_box, sidebars = _beside_the_text(tree, also=("main",))
    for box in sidebars:
        items = [
            child
            for child in box
            if isinstance(child.tag, str) and child.tag in ("div", "article", "section", "li")
        ]
        if len(items) < 2:
            continue
        briefs = 0
        for item in items:
            titled = any(True for _ in item.iter("h2", "h3", "h4", "h5"))
            told = [
                " ".join(p.text_content().split())
                for p in item.iter("p")
                if len(p.text_content().split()) >= 15
            ]
            linked = sum(len(" ".join(a.text_content().split())) for a in item.iter("a"))
            whole = len(" ".join(item.text_content().split()))
            if (
                titled
                and any(_SENTENCE_END.search(t) and _DAY_AND_MONTH.search(t) for t in told)
                and linked * 3 < whole
            ):
                briefs += 1
        if briefs >= 2 and briefs * 2 >= len(items):
            for child in list(box):
                text_box.append(child)


def _fields_of(terms: Any) -> None:
    """A <dl> made a <div> of field lines, one <p> per term with its values after a colon."""
    from lxml import etree

    lines: list[Any] = []
    for child in list(terms):
        if not isinstance(child.tag, str):
            continue
        text = " ".join(child.itertext()).strip()
        if child.tag == "dt":
            line = etree.Element("p")
            line.text = f"{text} :"
            lines.append(line)
        elif child.tag == "dd" and lines:
            lines[-1].text = f"{lines[-1].text} {text}".strip()
        elif child.tag == "dd":
            line = etree.Element("p")
            line.text = text
            lines.append(line)
        terms.remove(child)
    terms.tag = "div"
    terms.text = None
    for line in lines:
        terms.append(line)


# HTML elements that make blocks of their own inside a <div>.
_BLOCK_HTML = frozenset(
    {"p", "div", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article"}
)


def _language(tree: Any) -> str | None:
    for key in ("lang", "{http://www.w3.org/XML/1998/namespace}lang"):
        value = str(tree.get(key) or "").strip().replace("_", "-")
        if _LANGUAGE_TAG.fullmatch(value):
            return value
    return None


def _published(tree: Any) -> str | None:
    metas = [m for m in tree.iter("meta") if m.get("content")]
    for attribute, value in PUBLICATION_DATE_META:
        for meta in metas:
            if str(meta.get(attribute) or "").strip().lower() != value:
                continue
            match = _ISO_DATE.match(str(meta.get("content")))
            if match is None:
                continue
            try:
                return dt.date.fromisoformat(match.group(1)).isoformat()
            except ValueError:
                continue
    return None


#: Tags of trafilatura's output that stand as blocks of their own; the others (``hi``,
#: ``ref``, ``del``, ...) are inline and ``lb`` is a line break.
_BLOCK_TAGS = frozenset(
    {"head", "p", "list", "item", "table", "row", "cell", "quote", "code", "div", "graphic"}
)


def _blocks(element: Any) -> list[str]:
    """The blocks of an element of trafilatura's output tree, in order."""
    if element.tag == "graphic":
        return []
    if element.tag == "list":
        if cards := _card_blocks(element):
            return cards
        lines = list(_list_lines(element))
        return ["\n".join(lines)] if lines else []
    if element.tag == "table":
        return _table_blocks(element)
    out: list[str] = []
    if element.tag == "code":
        # (preformatted text keeps its lines: a table drawn with spaces)
        return [t for t in [_tidy("".join(element.itertext()))] if t]
    parts: list[str] = [_spaced(element.text)]

    def flush() -> None:
        text = _tidy("".join(parts))
        if text:
            out.append(text)
        parts.clear()

    for child in element:
        if child.tag in _BLOCK_TAGS:
            flush()
            out.extend(_blocks(child))
        else:
            parts.append(_inline(child))
        parts.append(_spaced(child.tail))
    flush()
    return out


def _card_blocks(element: Any) -> list[str]:
    """A list of cards, each item lines of its own broken by <br> (a title, its days and
    venue, what was done: "<li><strong>BRIDGE course</strong><br>3–7 February 2025 ·
    Durban<br>Five-day course ...</li>"), as a block per item, its lines kept; nothing for
    a list of plain items (read as ``- item`` lines) or one with nested lists."""
    items = [item for item in element if item.tag == "item"]
    if len(items) < 2 or any(
        node.tag == "list" or node.tag in _BLOCK_TAGS
        for item in items
        for node in item.iter()
        if node is not item
    ):
        return []  # (items of headings and paragraphs: a tile's parts, read on one line)
    broken = sum(any(node.tag == "lb" for node in item.iter()) for item in items)
    if broken * 2 <= len(items):
        return []  # (most items one line: a list, some of whose items wrap)
    blocks = [_tidy("\n".join(_blocks(item))) for item in items]
    return [block for block in blocks if block]


def _list_lines(element: Any) -> Iterator[str]:
    """A list's items as ``- item`` lines, nested lists flattened after their item."""
    for item in element:
        if item.tag != "item":
            continue
        nested = [child for child in item if child.tag == "list"]
        for child in nested:
            item.remove(child)  # the tree is ours: the nested items follow this one
        text = " ".join(block.replace("\n", " ") for block in _blocks(item))
        if text:
            yield f"- {text}"
        for child in nested:
            yield from _list_lines(child)


def _table_blocks(element: Any) -> list[str]:
    """Rows of short cells as ``cell | cell`` lines in one block; a row whose cells hold
    paragraphs or line breaks (a table used for layout) as the blocks of its cells."""
    out: list[str] = []
    lines: list[str] = []
    for row in (child for child in element if child.tag == "row"):
        cells = [cell for cell in row if cell.tag == "cell"]
        if any(_has_structure(cell) for cell in cells):
            if lines:
                out.append("\n".join(lines))
                lines = []
            for cell in cells:
                out.extend(_blocks(cell))
            continue
        line = " | ".join(text for text in (_tidy(_inline(cell)) for cell in cells) if text)
        if line:
            lines.append(line.replace("\n", " "))
    if lines:
        out.append("\n".join(lines))
    return out


def _has_structure(cell: Any) -> bool:
    return any(node.tag in _BLOCK_TAGS or node.tag == "lb" for node in cell.iterdescendants())


def _inline(element: Any) -> str:
    """An inline element's text; ``lb`` (a <br>) is a line break."""
    if element.tag == "lb":
        return "\n"
    parts = [_spaced(element.text)]
    for child in element:
        parts.append(_inline(child) if child.tag not in _BLOCK_TAGS else f" {_inline(child)} ")
        parts.append(_spaced(child.tail))
    return "".join(parts)


def _spaced(text: str | None) -> str:
    """A text node as the page shows it: its source's line breaks are spaces (only ``lb``,
    a <br>, breaks a line)."""
    return (text or "").replace("\n", " ")


def _tidy(text: str) -> str:
    """Whitespace collapsed within each line; blank lines dropped (they would split a block)."""
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
