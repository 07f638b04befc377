"""Date phrases of the page family and their neighbours, read by hand."""

from __future__ import annotations

import pytest

from graphbuild.ingest.dates import PartialDate, find_dates, month_number

CASES = [
    # (a card's badge gluing its days to their month in capitals)
    ("12–14JUN 2022", "2022-06-12", "2022-06-14"),
    ("09OCT 2021", "2021-10-09", "2021-10-09"),
    ("30 NOV – 02DEC 2023", "2023-11-30", "2023-12-02"),
    ("03JUIL 2024", "2024-07-03", "2024-07-03"),
    ("From April 12 to 15, 2016, a", "2016-04-12", "2016-04-15"),
    ("From March 30 to April 2, 2015, two", "2015-03-30", "2015-04-02"),
    ("between April 22 and May 5, 2012.", "2012-04-22", "2012-05-05"),
    ("on May 20 and 21, 2014.", "2014-05-20", "2014-05-21"),
    ("from October 1st to 5, 2012.", "2012-10-01", "2012-10-05"),
    ("In March 2008, the", "2008-03", "2008-03"),
    ("In 2007, the", "2007", "2007"),
    ("14 to 20 March 2018", "2018-03-14", "2018-03-20"),
    ("From December 28 to January 3, 2011", "2010-12-28", "2011-01-03"),
    ("From December 28, 2017 to January 3, 2018", "2017-12-28", "2018-01-03"),
    ("From Febuary 7 to 9, 2011", "2011-02-07", "2011-02-09"),
    ("From Septembre 3 to 9, 2019", "2019-09-03", "2019-09-09"),
    ("du 30 mars au 2 avril 2015", "2015-03-30", "2015-04-02"),
    ("le 1er juillet 2005", "2005-07-01", "2005-07-01"),
    ("On June 26, 2012, the", "2012-06-26", "2012-06-26"),
    # a month with its position in it, and its year when it follows
    ("In early March 2013, the", "2013-03", "2013-03"),
    ("à la fin novembre 2016, une", "2016-11", "2016-11"),
    ("mi-avril 2012, deux", "2012-04", "2012-04"),
    # numeric ranges whose first day has no year of its own
    ("du 30/09 au 04/10/2013, un", "2013-09-30", "2013-10-04"),
    ("from 30/12 to 02/01/2013, the", "2012-12-30", "2013-01-02"),
    # year-first days with slashes or dots, and two days of one numeric month
    ("2015/11/02 – 2015/11/06", "2015-11-02", "2015-11-06"),
    ("2013.06.21", "2013-06-21", "2013-06-21"),
    ("les 21.–22.09.2012 à", "2012-09-21", "2012-09-22"),
    ("3-4/10/2011", "2011-10-03", "2011-10-04"),
    # ISO days joined by an arrow, as logs and calendars write a span
    ("2024-03-11 → 2024-03-15 | Gaborone", "2024-03-11", "2024-03-15"),
    ("2024-07-22 -> 2024-07-24 | Windhoek", "2024-07-22", "2024-07-24"),
    # two days of two numeric months, one year after the second or after each, the dash
    # touching them (a table's cell)
    ("\t29/10-02/11/2019\tDakar", "2019-10-29", "2019-11-02"),
    ("\t30/12-04/01/2020\tLomé", "2019-12-30", "2020-01-04"),
    ("\t29/10/2019-02/11/2019\tDakar", "2019-10-29", "2019-11-02"),
    # weekdays before month-first days
    ("From Tuesday, March 1 to Friday, March 4, 2011, the", "2011-03-01", "2011-03-04"),
    # a month's lead elided before its vowel
    ("Au mois d'octobre 2022, le président", "2022-10", "2022-10"),
    ("dans le courant du mois d’août 2019, une", "2019-08", "2019-08"),
    # the year written once, at the start, of a span across a year's end
    ("Du 27 décembre 2020 au 4 janvier, deux", "2020-12-27", "2021-01-04"),
    ("From December 29, 2016 to January 2, the", "2016-12-29", "2017-01-02"),
]


@pytest.mark.parametrize(("text", "start", "end"), CASES)
def test_date_shapes(text: str, start: str, end: str) -> None:
    found, problems = find_dates(text)
    assert not problems
    assert (found[0].start.iso(), found[0].end.iso()) == (start, end)


def test_year_missing_is_left_to_context() -> None:
    found, _ = find_dates("From April 22th to May 6th, a representative")
    assert found[0].start.year is None and (found[0].start.month, found[0].start.day) == (4, 22)
    assert found[0].resolved(2011).end.iso() == "2011-05-06"


def test_a_months_lead_elided_with_qu() -> None:
    found, _ = find_dates("Rappelons qu'au début du mois de mai, M. Brassard")
    assert [(m.text, m.start.month, m.lead) for m in found] == [
        ("au début du mois de mai", 5, "début")
    ]


def test_two_dates_joined_by_and_are_two_dates() -> None:
    found, _ = find_dates("held on November 23 and December 21, 2014 respectively")
    assert [d.start.iso() for d in found] == ["2014-11-23", "2014-12-21"]


@pytest.mark.parametrize(
    "text", ["February 30, 2015", "From May 9 to 2, 2015", "April 31, 2016", "March 32, 2012"]
)
def test_impossible_dates_are_reported(text: str) -> None:
    found, problems = find_dates(text)
    assert problems and not [d for d in found if d.start.day in (30, 31, 32)]


def test_not_months() -> None:
    assert month_number("Mayor") is None
    assert month_number("countries") is None
    assert find_dates("28 professionals from 12 countries")[0] == []


def test_a_month_with_a_position_and_no_year() -> None:
    found, _ = find_dates("In late August, the delegation")
    assert [(f.start.year, f.start.month, f.start.day) for f in found] == [(None, 8, None)]


def test_a_numeric_range_with_no_year_is_left_to_context() -> None:
    found, _ = find_dates("Entre les deux tours, du 15/06 au 18/06, un conseiller")
    assert [(f.start.month, f.start.day, f.end.month, f.end.day) for f in found] == [(6, 15, 6, 18)]
    assert found[0].start.year is None
    # a score or a fraction is no date
    assert find_dates("a vote of 12/15 to 3/15 in the committee")[0] == []


def test_ranges_of_months() -> None:
    # a range of months, with or without the first year, in English and French
    cases = {
        "From October 2015 to February 2016, a team": ("2015-10", "2016-02"),
        "de janvier à mars 2016": ("2016-01", "2016-03"),
        "d'octobre 2015 à février 2016": ("2015-10", "2016-02"),
        "between November and January 2018": ("2017-11", "2018-01"),
        "entre mai et juillet 2019": ("2019-05", "2019-07"),
    }
    for text, (start, end) in cases.items():
        found, bad = find_dates(text)
        assert bad == [] and len(found) == 1, text
        assert (found[0].start.iso(), found[0].end.iso()) == (start, end), text


def test_quarters_of_a_year() -> None:
    # "T4 2018" (trimestre), "Q2 2019": the quarter's three months; no other "T2" or "Q7"
    found, _bad = find_dates("T4 2018 : voyage d'étude ; Q2 2019: workshop")
    assert [(m.start.iso(), m.end.iso()) for m in found] == [
        ("2018-10", "2018-12"),
        ("2019-04", "2019-06"),
    ]
    assert find_dates("the T2 engine, Q7 2018")[0][0].text == "2018"


def test_an_events_range_with_clock_times_and_short_weekdays() -> None:
    # an events listing's line: each day with its weekday shortened and its clock time
    found, bad = find_dates("Tue, 05 Nov 2019, 09:00 – Thu, 07 Nov 2019, 17:00 SAST")
    assert not bad
    assert [(m.start.iso(), m.end.iso()) for m in found] == [("2019-11-05", "2019-11-07")]
    # the phrase keeps its text as written
    assert found[0].text.startswith("05 Nov 2019, 09:00")
    found, _bad = find_dates("Mon, 23 Sep 2019 – Fri, 27 Sep 2019")
    assert [(m.start.iso(), m.end.iso()) for m in found] == [("2019-09-23", "2019-09-27")]


def test_a_two_digit_year_after_an_apostrophe() -> None:
    # a timeline's short years: "12–16 Feb ’18", "Mar ’19", "31 Oct – 10 Nov ’18"
    cases = {
        "● 12–16 Feb ’18": ("2018-02-12", "2018-02-16"),
        "● Mar ’19": ("2019-03", "2019-03"),
        "from 31 Oct – 10 Nov '18 in Harare": ("2018-10-31", "2018-11-10"),
        "the polls of 7 Nov ’98": ("1998-11-07", "1998-11-07"),
    }
    for text, expected in cases.items():
        found, bad = find_dates(text)
        assert not bad
        assert [(m.start.iso(), m.end.iso()) for m in found] == [expected], text
    # alone, an apostrophe and two figures are no year ("the class of ’18")
    found, _bad = find_dates("the class of ’18 met again")
    assert found == []


def test_spanish_and_portuguese_dates() -> None:
    # a dateline kept in Spanish on an English page, and the languages' ranges
    cases = {
        "Asunción, 24 de abril de 2018.– A delegation": ("2018-04-24", "2018-04-24"),
        "del 19 al 23 de abril de 2018": ("2018-04-19", "2018-04-23"),
        "Brasília, 3 de outubro de 2022": ("2022-10-03", "2022-10-03"),
        # (a Portuguese range quoted in an English page: "a" between its days)
        '"Seminário", Praia, "3 a 5 de abril de 2024"': ("2024-04-03", "2024-04-05"),
    }
    for text, expected in cases.items():
        found, bad = find_dates(text)
        assert not bad
        assert [(m.start.iso(), m.end.iso()) for m in found] == [expected], text
    # "de" joins a day to a month only: "15 de ses membres" is no date
    found, _bad = find_dates("15 de ses membres")
    assert found == []


def test_days_and_years_written_in_words() -> None:
    # a formal communiqué's dates ("L'an deux mille dix-neuf, du mardi vingt-deux au jeudi
    # vingt-quatre octobre"): the year told first is the year of the days after it
    found, bad = find_dates(
        "L'an deux mille dix-neuf, du mardi vingt-deux au jeudi vingt-quatre octobre, s'est tenu"
    )
    assert not bad
    assert [(m.start.iso(), m.end.iso()) for m in found] == [("2019-10-22", "2019-10-24")]
    assert found[0].text.endswith("vingt-quatre octobre")  # the words as written
    found, _bad = find_dates("du vingt et un au vingt-cinq mars 2022")
    assert [(m.start.iso(), m.end.iso()) for m in found] == [("2022-03-21", "2022-03-25")]
    # number words beside no month nor weekday are no dates
    assert find_dates("deux experts et trois cadres, pendant quatre jours")[0] == []
    found, _bad = find_dates("En 2019, du 3 au 5 mai, la commission")
    assert [(m.start.iso(), m.end.iso()) for m in found] == [("2019-05-03", "2019-05-05")]


def test_days_as_a_weekday_and_its_day_in_brackets() -> None:
    # a news site's way: "Thursday (18/4/2019)", "from Thursday (16/5) to Sunday (19/5)"
    found, bad = find_dates("It ran from Thursday (16/5) to Sunday (19/5) in Canberra")
    assert not bad
    assert [(m.start.month, m.start.day, m.end.day, m.lead) for m in found] == [(5, 16, 19, "from")]
    found, _bad = find_dates("Jakarta – Thursday (18/4/2019). The programme closed")
    assert [(m.start.iso(), m.end.iso()) for m in found] == [("2019-04-18", "2019-04-18")]
    # brackets with no weekday are no such date
    assert find_dates("(see 16/5) below")[0] == []


def test_days_counted_from_an_earlier_day() -> None:
    from graphbuild.ingest.relative_dates import following_days

    def counted(text: str, earlier_text: str, years: list[int]) -> list[tuple[str, str]]:
        earlier = find_dates(earlier_text)[0]
        found = find_dates(text)[0]
        return [
            (m.text, f"{m.start.year or ''}-{m.start.month:02}-{m.start.day:02}".lstrip("-"))
            for m in following_days(text, found, earlier, years)
        ]

    # the weekday after the latest day told, up to the end of the sentence; the year is the
    # page's on which Tuesday 26 February falls (2019, not 2018)
    assert counted(
        "Ils ont regagné leurs pays le mercredi suivant, après la déclaration du mardi 26 février.",
        "Arrivés le mercredi 20 février",
        [2018, 2019],
    ) == [("le mercredi suivant", "02-27")]
    assert counted("They left the following Monday.", "on 30 December 2018", []) == [
        ("the following Monday", "2018-12-31")
    ]
    # "the next day", "two days later": from the day told just before; not from a day
    # something lasts until, and not "the day after the vote" (counted from the vote)
    assert counted("The next day, it met the board.", "from 4 March 2020", []) == [
        ("The next day", "2020-03-05")
    ]
    assert counted("Deux jours plus tard, elle a visité le centre.", "le 30 juin 2021", []) == [
        ("Deux jours plus tard", "2021-07-02")
    ]
    assert counted("Le lendemain du scrutin, la mission a parlé.", "le 3 mai 2021", []) == []
    assert counted("On the day after the vote it spoke.", "on 3 May 2021", []) == []
    assert counted("The next day it left.", "", []) == []


def test_a_span_whose_second_day_leaves_out_its_year() -> None:
    def span(text: str) -> list[tuple[str, str, str]]:
        return [(m.text, m.start.iso(), m.end.iso()) for m in find_dates(text)[0]]

    assert span("2019.09.03 ~ 09.04 | Bengaluru") == [
        ("2019.09.03 ~ 09.04", "2019-09-03", "2019-09-04")
    ]
    assert span("2018.12.28 ~ 01.02") == [("2018.12.28 ~ 01.02", "2018-12-28", "2019-01-02")]
    assert span("from 3 ~ 5 May 2019") == [("from 3 ~ 5 May 2019", "2019-05-03", "2019-05-05")]


def test_a_day_after_plural_votes_is_the_votes() -> None:
    from graphbuild.ingest.date_roles import _ELECTION_BEFORE

    for before in ("après les scrutins combinés du ", "after the votes of ", "les référendums du "):
        from graphbuild.ingest.names import fold

        assert _ELECTION_BEFORE.search(fold(before)), before


def test_an_election_named_by_its_type_after_its_article() -> None:
    from graphbuild.ingest.date_roles import _ELECTION_BEFORE
    from graphbuild.ingest.names import fold

    for before in (
        "les travaux liés à la partielle dans Jean-Talon, tenue le ",
        "Arménie · législatives du ",
        "Moldavie\tLégislatives du ",
    ):
        assert _ELECTION_BEFORE.search(fold(before)), before
    # a type word that is no election: "les coordinations régionales y prennent part"
    assert not _ELECTION_BEFORE.search(
        fold("les coordinations régionales y prennent part jusqu'au ")
    )


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("22–25.II.2019 – Chișinău", "2019-02-22", "2019-02-25"),
        ("a observé le vote du 24.II.2019 à Chișinău", "2019-02-24", "2019-02-24"),
        ("1–4.X.2019 – Erevan", "2019-10-01", "2019-10-04"),
        ("7-10.XII.2018, Yerevan", "2018-12-07", "2018-12-10"),
    ],
)
def test_a_month_in_roman_numerals(text: str, start: str, end: str) -> None:
    # as Romanian, Polish or Hungarian bodies write their days: day.MONTH.year
    found, problems = find_dates(text)
    assert not problems
    assert [(m.start.iso(), m.end.iso()) for m in found] == [(start, end)]


def test_roman_numerals_alone_are_no_month() -> None:
    # (an article's or a chapter's number before a year, no day: no date)
    assert find_dates("Article II.2019 of the rules; Chapter IV")[0] == []


@pytest.mark.parametrize(
    ("text", "month", "day"),
    [
        ("la mission est déployée depuis le 04/11 à Antananarivo", 11, 4),
        ("les observateurs resteront jusqu'au 24/11 pour suivre", 11, 24),
        ("une séance de travail le 21/03 au siège", 3, 21),
    ],
)
def test_a_numeric_day_without_its_year_after_a_french_lead(
    text: str, month: int, day: int
) -> None:
    # (its year from the page: a day, not a fraction)
    found, _problems = find_dates(text)
    assert [(m.start.year, m.start.month, m.start.day) for m in found] == [(None, month, day)]


def test_a_fraction_or_an_english_numeric_day_is_no_yearless_day() -> None:
    # ("on 4/11" may be April 11 or 4 November: left to a year-bearing form)
    assert find_dates("half of the votes, 1/2 of the seats")[0] == []
    assert find_dates("the meeting on 4/11 at noon")[0] == []


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("by fiscal year (April 1 to March 31)", 4),
        ("the financial year running from 1 July 2023 to 30 June 2024", 7),
        ("l'exercice du 1er avril 2013 au 31 mars 2014", 4),
        ("from January 1 to December 31, 2023", 1),
        # (not a mission's days, nor a span of more than a year)
        ("from 1 to 30 June 2023", None),
        ("from 1 July 2021 to 30 June 2024", None),
    ],
)
def test_a_years_bounds(text: str, month: int | None) -> None:
    from graphbuild.ingest.dates import year_span_month

    found, _problems = find_dates(text)
    assert year_span_month(found[0]) == month


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Atelier régional sur le contentieux – novembre", 11),
        ("Electoral risk management workshop – March.", 3),
        # (not a word after the month, nor a month among others, nor a name opening on one)
        ("Workshop – March on risk", None),
        ("Forum – March, April and May sessions", None),
        ("Report – Marchand", None),
    ],
)
def test_a_month_closing_a_title(text: str, month: int | None) -> None:
    found, _problems = find_dates(text)
    assert [m.start.month for m in found if m.start.day is None] == ([month] if month else [])


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Module : Formation des formateurs\nDates : juin (deux semaines)", 6),
        ("When: October", 10),
        # (not a field's other words, nor a month inside its text)
        ("Dates : à confirmer", None),
        ("Theme: March of democracy", None),
    ],
)
def test_a_month_alone_as_a_dates_field(text: str, month: int | None) -> None:
    found, _problems = find_dates(text)
    assert [m.start.month for m in found] == ([month] if month else [])


def test_a_diarys_days_counted_by_their_numbers() -> None:
    from graphbuild.ingest.relative_dates import diary_day, numbered_days

    page = (
        "Day 1 – Monday 30 September 2024\nArrivals.\n\nDay 2\nBriefings.\n\n"
        "Day 3 Wednesday 2 October 2024\nMeetings.\n\nDays 4 and 5 – Gaborone\nMore meetings.\n\n"
        "Day 1 of the training began with a quiz.\n"
    )
    day2 = diary_day(page, page.index("Day 2"))
    assert day2 is not None and (day2.text, day2.start.iso(), day2.end.iso()) == (
        "Day 2",
        "2024-10-01",
        "2024-10-01",
    )
    # (two days, counted from the nearest dated day, across the month's end)
    days45 = diary_day(page, page.index("Days 4"))
    assert days45 is not None and (days45.start.iso(), days45.end.iso()) == (
        "2024-10-03",
        "2024-10-04",
    )
    # a dated day is read as any date; a sentence on a day's number is no diary's day
    assert diary_day(page, page.index("Day 3")) is None
    assert diary_day(page, page.index("Day 1 of")) is None
    assert numbered_days(page) == [(1, 9, 30), (2, 10, 1), (3, 10, 2), (4, 10, 3), (5, 10, 4)]
    # days counted from the vote ("J-2", "Jour J – dimanche 24 mars", "J+1"), no year written
    vote = "J-2\nEntretiens.\n\nJour J – dimanche 24 mars\nVote.\n\nJ+1 et J+2 – Nouakchott\n"
    before = diary_day(vote, 0)
    assert before is not None and (before.start.year, before.start.month, before.start.day) == (
        None,
        3,
        22,
    )
    after = diary_day(vote, vote.index("J+1"))
    assert after is not None and (after.start.day, after.end.day) == (25, 26)
    # nothing to count from: no day
    assert diary_day("Day 2\nBriefings.\n\nDay 3\nMeetings.\n", 0) is None


def test_months_as_an_entrys_label_or_in_brackets_after_a_place() -> None:
    def months(text: str) -> list[tuple[str, int | None, int | None]]:
        return [(m.text, m.start.month, m.end.month) for m in find_dates(text)[0]]

    # before a dot, one month or two, their year the heading's
    assert months("July · Release of the handbook.") == [("July", 7, 7)]
    assert months("October to November · An adviser was seconded") == [
        ("October to November", 10, 11)
    ]
    assert months("Juin – juillet : deux experts") == [("Juin – juillet", 6, 7)]
    # opening the brackets after a place, a note after it or not
    assert months("to Fiji (December; general election of 14 December)")[0] == (
        "December",
        12,
        12,
    )
    assert months("missions au Mali (juillet) et en Guinée (octobre)") == [
        ("juillet", 7, 7),
        ("octobre", 10, 10),
    ]
    # no month in other words: "May" as a verb, a bracket opening on another word
    assert months("Observers may travel (maybe later).") == []


def test_two_months_opening_the_brackets_after_a_place() -> None:
    found = find_dates("to the Office (October to November, general election of 14 November)")[0]
    assert [(m.text, m.start.month, m.end.month, m.start.day) for m in found] == [
        ("October to November", 10, 11, None),
        ("of 14 November", 11, 11, 14),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Tout au long du mois d'octobre, une experte a accompagné la commission.",
        "Pendant tout le mois d'avril, deux conseillers ont travaillé à Bamako.",
        "During the month of October, two advisers worked in Lusaka.",
    ],
)
def test_a_months_long_lead_elided_or_english(text: str) -> None:
    # (the whole month told by a long lead, elided before a vowel in French)
    found, problems = find_dates(text)
    assert not problems and len(found) == 1
    assert found[0].start_offset == 0 and found[0].start.day is None
    assert found[0].start.month in (4, 10)


def test_two_days_of_a_numeric_month_after_les() -> None:
    # "Les 22 et 23/07": both days of July (a fraction after "les" is none: "les 2 et 3/4")
    found, _ = find_dates("Les 22 et 23/07, l'Instance a coorganisé à Tunis un atelier")
    assert [(m.start, m.end) for m in found] == [
        (PartialDate(None, 7, 22), PartialDate(None, 7, 23))
    ]
    assert find_dates("Les 2 et 3/4 des membres ont voté")[0] == []


def test_numeric_days_with_a_two_figure_year() -> None:
    # a table of deployments "given as DD/MM/YY": the years of this century; not a version
    # number, nor a date with dashes or single figures
    found, problems = find_dates("09/04/24 – 23/04/24 | 17/04/24")
    assert not problems
    assert [(m.start, m.end) for m in found] == [
        (PartialDate(2024, 4, 9), PartialDate(2024, 4, 23)),
        (PartialDate(2024, 4, 17), PartialDate(2024, 4, 17)),
    ]
    assert find_dates("v1.02.03, 1/2/24, 12-03-24")[0] == []


@pytest.mark.parametrize(
    "text", ["Dès le mois de mars, la Commission a reçu", "Dès le mois d'octobre, deux experts"]
)
def test_a_month_told_as_early_as(text: str) -> None:
    # "Dès le mois de mars" (as early as March): that month, as "au mois de mars"
    found, problems = find_dates(text)
    assert not problems and len(found) == 1
    assert found[0].start_offset == 0 and found[0].start.day is None
    assert found[0].start.month in (3, 10) and found[0].lead == "au mois de"


def test_a_count_after_and_is_no_second_day() -> None:
    # "arrived on May 3, and 12 long-term observers ...": one day, then a count of people; a
    # range's days before a count of their own stay a range
    (one,), _bad = find_dates("The team arrived on May 3, and 12 long-term observers followed.")
    assert (one.start.month, one.start.day, one.end.day) == (5, 3, 3)
    (pair,), _bad = find_dates("It met on May 3 and 12 in Accra.")
    assert (pair.start.day, pair.end.day) == (3, 12)
    (span,), _bad = find_dates("The course ran from March 4 to 8 for 20 officials.")
    assert (span.start.day, span.end.day) == (4, 8)
    (served,), _bad = find_dates("Two officers served from June 17 to 30 as members of the group.")
    assert (served.start.day, served.end.day) == (17, 30)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("From late November 2015 to early January 2016, two specialists", "2015-11", "2016-01"),
        ("de fin novembre 2015 à début janvier 2016", "2015-11", "2016-01"),
        ("de la fin octobre à la fin décembre 2012", "2012-10", "2012-12"),
    ],
)
def test_a_range_of_parts_of_months(text: str, start: str, end: str) -> None:
    # (a part of each month before it, "late", "early", "la fin": one range of months)
    found, _bad = find_dates(text)
    assert len(found) == 1
    assert (found[0].start.iso(), found[0].end.iso()) == (start, end)
