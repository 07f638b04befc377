"""People the gazetteer does not know, and DGEQ's own people: found by their posts."""

from __future__ import annotations

from graphbuild.gazetteer import Gazetteer
from graphbuild.ingest import ingest_pages
from graphbuild.sources import PageMeta, page_from_text

# The made-up pages are pages of the DGEQ, as the seeds are.
DGEQ_PAGE = PageMeta(publisher="DGEQ")

PARAGRAPHS = [
    # A CEO the gazetteer has never heard of, named beside his post.
    "The Chief Electoral Officer, Pierre Reid, took part in the 4th General Assembly of "
    "RECEF held in Tunis, Tunisia, from June 20 to 22, 2017.",
    # A name, then the post; a body not in the gazetteer.
    "In October 2017, Jean-François Blanchet, Secretary General of the DGEQ, participated "
    "in a conference of the Association of World Election Bodies in Bucharest.",
    "From 2 to 6 May 2017, a DGEQ expert took part in a technical assistance mission of "
    "the United Nations Development Programme in Haiti.",
    # The head of another body is not one of DGEQ's people.
    "From March 1 to 4, 2017, a representative of the DGEQ met the President of the "
    "Electoral Commission of Ghana, Kwame Mensah, in Accra, Ghana.",
]


def test_people_found_by_their_posts(gazetteer: Gazetteer) -> None:
    text = "2017\n\n" + "\n\n".join(f"Mission {i}\n\n{p}" for i, p in enumerate(PARAGRAPHS))
    result = ingest_pages([page_from_text(text, doc_id="people", meta=DGEQ_PAGE)], gazetteer)
    reid, blanchet, expert, ghana = result.activities
    assert (reid.people, reid.dgeq_roles, reid.dgeq_count) == (
        ("Pierre Reid",),
        ("chief electoral officer",),
        1,
    )
    assert (blanchet.people, blanchet.dgeq_roles, blanchet.dgeq_count) == (
        ("Jean-François Blanchet",),
        ("secretary general",),
        1,
    )
    assert "a-web" in blanchet.org_ids  # (the Association of World Election Bodies)
    assert (expert.dgeq_count, expert.kind.value, expert.countries) == (
        1,
        "technical-assistance",
        ("HTI",),
    )
    assert "Kwame Mensah" in ghana.people
    assert ghana.dgeq_roles == ("representative",) and ghana.dgeq_count == 1
    reported = {i.text for i in result.issues if i.category == "unresolved-person"}
    assert {"Pierre Reid", "Jean-François Blanchet", "Kwame Mensah"} <= reported
