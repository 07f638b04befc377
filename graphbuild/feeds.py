"""A news feed saved as text: an RSS 2.0 or Atom document read as its entries.

A feed saved from a browser or a feed reader ("view source", the XML kept as a .txt) holds
each entry's day in an element of its own, in the machine's format ("Wed, 04 Dec 2024
11:20:00 +0100", "2025-04-09T16:20:00+02:00"), beside or under its title and summary. Read
as the file's text, a summary's relative day ("Yesterday in Maputo, ...") could be told
from another entry's stamp, and the tags' names and addresses are read as prose.

The page read instead is a derived text (its digest kept beside the file's, as for a table
read row by row): the feed's title and description, then each entry as its stamp (written
as RSS writes it), its title and its summary (the HTML a summary may carry reduced to its
text), a blank line between entries: a listing of dated news items, as the ingester reads
them. A document that is not a well-formed feed, or that declares a DOCTYPE or entities
(nothing a feed needs; an XML bomb's way in), is read as the text it is.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from xml.etree import ElementTree

#: How a feed opens (after an XML declaration or comments): its root element.
_ROOT = re.compile(r"<(?:rss|feed|rdf:RDF)\b")
_DECLARED = re.compile(r"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"[ \t\r\f\v]+")
_BREAK = re.compile(r"\s*<(?:br|/p|/div|/li|/h\d)\b[^>]*>\s*", re.IGNORECASE)

#: Where an entry's day is, by the element's name (its namespace aside), first found first.
_DAY_ELEMENTS = ("pubDate", "published", "updated", "date", "issued", "modified")
_TEXT_ELEMENTS = ("summary", "description", "content", "encoded")


def feed_text(text: str) -> str | None:
    """The derived text of a feed (see the module's docstring), or None when ``text`` is
    no RSS or Atom document with at least one entry."""
    head = text.lstrip("\ufeff \t\r\n")
    if not head.startswith("<") or not _ROOT.search(head[:2000]):
        return None
    if _DECLARED.search(text):
        return None
    try:
        root = ElementTree.fromstring(text)
    except (ElementTree.ParseError, ValueError):
        return None
    name = _local(root.tag)
    if name == "rss":
        channel = _child(root, "channel")
        if channel is None:
            return None
        about, entries = channel, _children(channel, "item")
    elif name == "feed":
        about, entries = root, _children(root, "entry")
    elif name == "RDF":  # RSS 1.0: the items beside the channel
        channel = _child(root, "channel")
        about, entries = (channel if channel is not None else root), _children(root, "item")
    else:
        return None
    if not entries:
        return None
    lines = [
        t for t in (_text_of(about, "title"), _first_text(about, ("subtitle", "description"))) if t
    ]
    blocks = ["\n".join(lines)] if lines else []
    for entry in entries:
        day = _entry_day(entry)
        title = _text_of(entry, "title")
        summary = _first_text(entry, _TEXT_ELEMENTS)
        block = [t for t in (day, title, summary) if t]
        if block:
            blocks.append("\n".join(block))
    return "\n\n".join(blocks) + "\n"


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]


def _children(parent: ElementTree.Element, name: str) -> list[ElementTree.Element]:
    return [c for c in parent if _local(c.tag) == name]


def _child(parent: ElementTree.Element, name: str) -> ElementTree.Element | None:
    found = _children(parent, name)
    return found[0] if found else None


def _text_of(parent: ElementTree.Element, name: str) -> str:
    element = _child(parent, name)
    return _plain("".join(element.itertext())) if element is not None else ""


def _first_text(parent: ElementTree.Element, names: tuple[str, ...]) -> str:
    for name in names:
        if found := _text_of(parent, name):
            return found
    return ""


def _plain(value: str) -> str:
    """An element's text as prose: the HTML a summary may carry (escaped in the feed, so
    tags once the XML is read) reduced to its text, paragraphs to lines."""
    value = _BREAK.sub("\n", value)
    value = html.unescape(_TAG.sub(" ", value))
    lines = (_SPACE.sub(" ", line).strip() for line in value.splitlines())
    return "\n".join(line for line in lines if line)


def _entry_day(entry: ElementTree.Element) -> str:
    """The entry's stamp, at the offset where it was published ("Wed, 04 Dec 2024
    23:30:00 -0500" is the 4th), written as RSS writes it; the element's text as it is when
    it is no stamp this reads."""
    for name in _DAY_ELEMENTS:
        stamp = _text_of(entry, name)
        if stamp:
            return _mail_stamp(stamp) or stamp
    return ""


def _mail_stamp(stamp: str) -> str | None:
    """A stamp as RSS writes it ("Mon, 03 Mar 2025 09:30:00 +0100"), whichever way the feed
    wrote it (Atom's "2025-03-03T09:30:00+01:00" too): a line the ingester reads as the
    day an item was published, not as the day of what it tells; None when it reads none."""
    from email.utils import format_datetime, parsedate_to_datetime

    when: dt.datetime | None
    try:
        when = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        try:
            when = parsedate_to_datetime(stamp)
        except (TypeError, ValueError, IndexError):
            when = None
    return format_datetime(when) if when is not None else None
