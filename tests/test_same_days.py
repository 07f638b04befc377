"""Activities in the same days and country told apart: two bodies' missions side by side,
a body's own guests beside the mission it hosts. Each rule tried on a page made up for it
here; the expected records were read off the made-up text, never taken from the parser's
output."""

from __future__ import annotations

from made_up import records_of as _records
from made_up import rows_of as _rows

from graphbuild.gazetteer import Gazetteer
from graphbuild.sources import page_from_text

# Two bodies' missions in one country, the one's days within the other's, each told in a
# paragraph of its own: two records, not the longer one told twice.
TWO_MISSIONS_SIDE_BY_SIDE = """THE TEGUCIGALPA TRIBUNE
Politics

Foreign observers report an orderly count

By Carla Mejía – Tuesday, 28 November 2017

Two days after Sunday's general elections, the observation missions of the Organization of \
American States and of the European Union presented their preliminary findings in the capital.

The European Union mission arrived in Tegucigalpa on 14 November and will leave on \
2 December. Its 90 observers visited polling stations in San Pedro Sula, La Ceiba and \
Choluteca.

The OAS mission, in the country since 6 November, will stay until 10 December to follow \
the tabulation. Its chief praised the work of the poll workers.
"""


def test_two_missions_side_by_side_are_two_records(gazetteer: Gazetteer) -> None:
    meta = {"publisher": "Tegucigalpa Tribune", "publisher_kind": "press"}
    records = _records(TWO_MISSIONS_SIDE_BY_SIDE, gazetteer, **meta)
    assert sorted(_rows(records)) == [
        ("2017-11-06", "2017-12-10", "observation", ("HND",)),
        ("2017-11-14", "2017-12-02", "observation", ("HND",)),
    ]


# The same news wrapped by hand: a sentence ending at a line's end, the next sentence on the
# next line ("... will leave on 2 December." / "Its 90 observers visited ..."), is one
# paragraph, not a title over the rest.
WRAPPED_BY_HAND = """THE TEGUCIGALPA TRIBUNE
Politics

Foreign observers report an orderly count

By Carla Mejía – Tuesday, 28 November 2017

Two days after Sunday's general elections, the observation missions of the Organization of
American States and of the European Union presented their preliminary findings in the capital.

The European Union mission arrived in Tegucigalpa on 14 November and will leave on 2 December.
Its 90 observers visited polling stations in San Pedro Sula, La Ceiba and Choluteca.

The OAS mission, in the country since 6 November, will stay until 10 December to follow the
tabulation. Its chief praised the work of the poll workers.
"""


def test_a_sentence_on_the_next_line_of_a_paragraph_is_no_title(gazetteer: Gazetteer) -> None:
    from graphbuild.ingest.layout import BlockKind, classify_blocks

    blocks = classify_blocks(page_from_text(WRAPPED_BY_HAND, doc_id="made-up"))
    after_byline = [b for b in blocks if b.start > WRAPPED_BY_HAND.index("By Carla")]
    assert [b.text.split()[0] for b in after_byline] == ["Two", "The", "Its", "The"]
    assert {b.kind for b in after_byline} == {BlockKind.PARAGRAPH}
    meta = {"publisher": "Tegucigalpa Tribune", "publisher_kind": "press"}
    records = _records(WRAPPED_BY_HAND, gazetteer, **meta)
    assert sorted(_rows(records)) == [
        ("2017-11-06", "2017-12-10", "observation", ("HND",)),
        ("2017-11-14", "2017-12-02", "observation", ("HND",)),
    ]


# A news item on a mission's stay, then the host's other guests, "also" received, who came
# and left within those days: two records.
ALSO_HOSTED = """\
Accra, 12 Dec (GNA) – The observation mission of the National Electoral Commission of Liberia,
which arrived in Accra on 3 December, left the Ghanaian capital on Thursday after following
Saturday's general elections.

Led by a commissioner, the six-member delegation took part with the Electoral Commission in
a review session on Wednesday, and visited polling stations in Accra and Tema on election day.

The Electoral Commission also hosted four observers of the Independent Electoral Commission
of Botswana, who arrived in Accra on Friday and left on Sunday after observing the vote in
Kumasi.
"""


def test_a_hosts_other_guests_in_the_same_days_are_their_own_record(
    gazetteer: Gazetteer,
) -> None:
    # (published Thursday 12 December 2024: "Friday" the 6th, "Sunday" the 8th)
    text = "Thursday, 12 December 2024\n\n" + ALSO_HOSTED
    records = _records(text, gazetteer, publisher="GNA", publisher_kind="press", language="en")
    assert sorted(r[:2] for r in _rows(records)) == [
        ("2024-12-03", "2024-12-12"),
        ("2024-12-06", "2024-12-08"),
    ]
    assert {r[3] for r in _rows(records)} == {("GHA",)}


# Two bodies' missions told as one where their days are ("both missions"): one record each.
BOTH_MISSIONS = """THE HONDURAS HERALD
Politics

Observers praise turnout

By Luis Paredes – Wednesday, 1 December 2021

The observation missions of the Organization of American States and of the European Union
presented their preliminary statements yesterday in Tegucigalpa.

In the country since 20 November, both missions will leave Honduras on Saturday.
"""


def test_both_missions_told_as_one_are_two_records(gazetteer: Gazetteer) -> None:
    meta = {"publisher": "Honduras Herald", "publisher_kind": "press"}
    records = _records(BOTH_MISSIONS, gazetteer, **meta)
    assert _rows(records) == [("2021-11-20", "2021-12-04", "observation", ("HND",))] * 2
    assert sorted(p.org for r in records for p in r.organizations) == ["eu", "oas"]


# A presence told as begun on a day ("have been in the country since 25 September"), no end
# of its own, beside the mission's stay it leads into: part of that stay.
SINCE_BEFORE_THE_STAY = """ECOWAS
Press release

ECOWAS deploys observers to Liberia

Abuja, 4 October 2023 – The ECOWAS Commission has deployed an Election Observation Mission to
the general elections of 10 October 2023 in Liberia. Its 60 short-term observers join eight
long-term observers who have been in the country since 25 September 2023. The Mission will be
in Liberia from 3 to 14 October 2023, with teams in Monrovia, Gbarnga and Buchanan.
"""


def test_a_presence_since_a_day_is_part_of_the_stay(gazetteer: Gazetteer) -> None:
    records = _records(SINCE_BEFORE_THE_STAY, gazetteer, publisher="ECOWAS", language="en")
    assert _rows(records) == [("2023-10-03", "2023-10-14", "observation", ("LBR",))]


# The Southern African Development Community is an international body: its mission, launched
# first, does not take in the African Union's, arriving within its days.
SADC_AND_AU = """ZAMBIA DAILY MAIL

Observers arrive ahead of Thursday's vote

By Mutale Banda | Friday, 6 August 2021

The Southern African Development Community Electoral Observation Mission was launched in Lusaka
on Monday. Its 40 observers will remain in Zambia until 19 August.

The African Union's observer mission, made up of 35 observers, arrived on Wednesday and met
the Electoral Commission of Zambia in Lusaka yesterday.
"""


def test_sadcs_mission_and_the_aus_are_two(gazetteer: Gazetteer) -> None:
    meta = {"publisher": "Zambia Daily Mail", "publisher_kind": "press"}
    records = _records(SADC_AND_AU, gazetteer, **meta)
    # (the second from its arrival; "yesterday", a day of its stay, may end it or not)
    assert sorted(r[0] for r in _rows(records)) == ["2021-08-02", "2021-08-04"]
    assert [r[1] for r in _rows(records) if r[0] == "2021-08-02"] == ["2021-08-19"]
