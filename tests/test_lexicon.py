"""The calendar words are data (graphbuild/ingest/languages/*.toml): every word a language
file gives is read by the date stage, and a malformed file is refused with its name."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from graphbuild.errors import GazetteerError
from graphbuild.ingest import lexicon
from graphbuild.ingest.dates import find_dates, ordinal_number
from graphbuild.ingest.relative_dates import relative_dates

LANGUAGE_FILES = sorted(lexicon.LANGUAGES_DIR.glob("*.toml"))


def test_english_and_french_are_there() -> None:
    assert {p.stem for p in LANGUAGE_FILES} >= {"en", "fr"}
    assert set(lexicon.WORDS.languages) >= {"en", "fr"}


@pytest.mark.parametrize("path", LANGUAGE_FILES, ids=lambda p: p.stem)
def test_every_month_word_of_a_language_file_dates_a_day(path: Path) -> None:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    for number, names in data["months"].items():
        for name in names:
            found, problems = find_dates(f"The visit of 14 {name} 2016 ended.")
            assert not problems, name
            assert [(d.start.month, d.start.day) for d in found] == [(int(number), 14)], name


@pytest.mark.parametrize("path", LANGUAGE_FILES, ids=lambda p: p.stem)
def test_every_weekday_word_of_a_language_file_is_read_relative_to_the_page(path: Path) -> None:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    told_on = dt.date(2014, 6, 17)  # a Tuesday
    for number, names in data["weekdays"].items():
        for name in names:
            yesterday = data["phrases"]["yesterday"][0]
            found = relative_dates(f"{yesterday} {name}, the board met.", told_on)
            assert [d.start.day for d in found] == [16], (name, number)


@pytest.mark.parametrize("path", LANGUAGE_FILES, ids=lambda p: p.stem)
def test_every_ordinal_word_is_a_number(path: Path) -> None:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    for word, number in data.get("ordinals", {}).items():
        assert ordinal_number(word) == number


def test_a_new_language_adds_a_file_not_code(tmp_path: Path) -> None:
    # a third language, written here, is merged with the others by the same loader
    for p in LANGUAGE_FILES:
        (tmp_path / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    months = "\n".join(f'{n} = ["mes{n}"]' for n in range(1, 13))
    days = "\n".join(f'{n} = ["dia{n}"]' for n in range(7))
    (tmp_path / "xx.toml").write_text(
        f'language = "xx"\n[months]\n{months}\n[weekdays]\n{days}\n[phrases]\nand = ["y"]\n',
        encoding="utf-8",
    )
    words = lexicon.load(tmp_path)
    assert "xx" in words.languages
    assert words.months["mes3"] == 3 and words.months["march"] == 3
    assert words.weekdays["dia6"] == 6
    assert "y" in words.phrases["and"]


def test_a_language_file_without_every_month_is_refused_with_its_name(tmp_path: Path) -> None:
    (tmp_path / "bad.toml").write_text(
        'language = "bad"\n[months]\n1 = ["one"]\n[weekdays]\n0 = ["d"]\n', encoding="utf-8"
    )
    with pytest.raises(GazetteerError) as err:
        lexicon.load(tmp_path)
    assert "bad.toml" in str(err.value) and "months" in str(err.value)


def test_a_language_file_that_is_not_toml_is_refused_with_its_name(tmp_path: Path) -> None:
    (tmp_path / "broken.toml").write_text("[months\n", encoding="utf-8")
    with pytest.raises(GazetteerError) as err:
        lexicon.load(tmp_path)
    assert "broken.toml" in str(err.value)


def test_each_kind_has_cues_in_english_and_in_french() -> None:
    # (Spanish has calendar words only: its datelines on English pages, so far)
    for path in [p for p in LANGUAGE_FILES if p.stem in ("en", "fr")]:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        missing = [k for k in lexicon.KIND_KEYS if not data.get("kinds", {}).get(k)]
        assert not missing, (path.name, missing)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # one sentence per kind and language, each naming it by a cue of its file
        ("A delegation of the commission was received in Quebec City.", "reception"),
        ("Une délégation a été reçue au siège de la commission.", "reception"),
        ("The mission observed the vote in twelve cities.", "observation"),
        ("Mission d'information et de contact au Tchad.", "observation"),
        ("An assessment of the voter register.", "evaluation"),
        ("Une mission exploratoire au Niger.", "evaluation"),
        ("Technical assistance to the commission.", "technical_assistance"),
        ("Mission d'appui par les pairs à Lomé.", "technical_assistance"),
        ("A BRIDGE course for commission staff.", "training"),
        ("Atelier de renforcement des capacités.", "training"),
        ("The network's general assembly.", "general_assembly"),
        ("L'assemblée générale du réseau.", "general_assembly"),
        ("A round table on electoral justice.", "conference"),
        ("Colloque sur la justice électorale.", "conference"),
        # a mission received, a mission that prepares a vote, a study visit by a body
        ("La CENI reçoit une mission de la Francophonie.", "reception"),
        ("Mission d'information préélectorale à Port-au-Prince.", "evaluation"),
        ("A preparatory mission of the network went to Quito.", "evaluation"),
        ("Study visit by the Malawi Electoral Commission.", "reception"),
        ("The 28th Annual Conference and General Assembly.", "general_assembly"),
        # an observation mission by its abbreviation; an advance team; support to a court
        ("The Forum's EOM to the Tripartite Elections was deployed.", "observation"),
        ("An advance team of the Secretariat travelled to Honiara.", "evaluation"),
        ("Appui au greffe de la Cour constitutionnelle.", "technical_assistance"),
        # work done beside a body on its own tasks; delegations a title says were received
        ("Two officers worked side by side with the board on its count.", "technical_assistance"),
        ("Deux experts ont travaillé aux côtés de la CENA à Cotonou.", "technical_assistance"),
        ("Hosted delegation: the commission of Kenya.", "reception"),
        # staff advised or seconded; a title over delegations received; a board that met
        ("Twelve officers advised referendum staff on the count.", "technical_assistance"),
        ("Délégations accueillies en 2019", "reception"),
        ("The Executive Board met in Manila.", "conference"),
        ("Le Bureau s'est réuni à Dakar.", "conference"),
        # a title's label names its kind before its topic
        ("Formation : observer le dépouillement", "training"),
        ("Training: observing the vote count", "training"),
        ("Appui entre pairs à Bamako", "technical_assistance"),
        # an election's count audited
        ("Specialists carried out an audit of the count in La Paz.", "evaluation"),
        # staff seconded to a body; a mission that supports a body in its own work
        ("Deux conseillères sont détachées auprès de la CENI.", "technical_assistance"),
        ("Mission d'accompagnement auprès de la CENI de Guinée.", "technical_assistance"),
        # post-electoral evaluators; an audit carried out for a body
        ("Les évaluateurs post-électoraux de l'OIF à Kinshasa.", "evaluation"),
        ("Des experts ont conduit au siège de la CENI l'audit du fichier.", "technical_assistance"),
        # a world network's sitting of all its members
        ("Second Global Assembly in Kyiv, with sessions on campaign finance.", "general_assembly"),
        ("Troisième assemblée mondiale du réseau à Dakar.", "general_assembly"),
        # bodies meeting told by the verb, a dialogue; an accompaniment of a vote; a visit told
        # by where its visitors came from; an entry labelled as technical cooperation; a course
        # for a body's staff; counterparts met, a visit paid to a commission; experts at work
        ("Heads of election bodies meet in Colombo.", "conference"),
        ("A regional dialogue on election security in Accra.", "conference"),
        ("Accompaniment mission, municipal elections (Asunción)", "observation"),
        ("b) Study visit from Mongolia", "reception"),
        ("Technical cooperation – voter registry audit", "technical_assistance"),
        ("Coopération technique – audit du fichier électoral", "technical_assistance"),
        ("Le stage annuel des agents des commissions membres.", "training"),
        ("Deux cadres ont rencontré à Rabat leurs homologues marocains.", "conference"),
        ("Two staff visited the Electoral Commission of Fiji in Suva.", "conference"),
        ("Des experts de l'OEA ont travaillé avec le registre.", "technical_assistance"),
        # citizen observation and a network of observers, named: the domain and the body, not
        # the publisher's mission
        ("Une formation des formateurs pour la plateforme d'observation citoyenne.", "training"),
        ("She spoke at the annual meeting of the Network of Election Observers.", "conference"),
        # experts at work beside a body
        (
            "Two experts worked alongside the commission in Banjul on its planning.",
            "technical_assistance",
        ),
        # visitors at the publisher's own premises, or observers of its vote briefed by it
        ("A team from the commission of Malawi visited our Data Centre in Lusaka.", "reception"),
        ("Une équipe de la CENI du Togo a visité nos locaux à Cotonou.", "reception"),
        ("We briefed 40 international observers from the AU at our head office.", "reception"),
        # a mission received by the publisher at its seat
        ("The chair received the AU Election Observation Mission at our offices.", "reception"),
        (
            "Le président a reçu au siège la mission d'observation de l'Union africaine.",
            "reception",
        ),
        # a course run again for those trained before
        ("Trainers ran a results-management refresher in Kumasi for our directors.", "training"),
        ("Une session de recyclage des formateurs s'est tenue à Niamey.", "training"),
        # a team's time with a body abroad, to learn its ways
        ("Our IT team spent a week with the commission of Kenya at its centre.", "conference"),
        # a body's own work supported, told as before the text's time
        (
            "Deux experts avaient appuyé la Direction des élections dans son audit.",
            "technical_assistance",
        ),
        # a course's own fields: its week, its director, its trainers, its module
        ("Suva, Fiji · Course week: Monday 3 – Friday 7 June", "training"),
        ("Thirty officers from six countries. Lead trainer: Dr Ana Ruiz.", "training"),
        ("A programme delivered at the Institute by three IEC trainers.", "training"),
        ("Formateurs : Jean Mba et Awa Sarr.", "training"),
        ("Module : Contentieux électoral", "training"),
        ("Clôture par la remise des attestations aux participants.", "training"),
        # a network's members met: its meeting
        ("The network met in Apia, Samoa, on 18–20 November 2024.", "conference"),
        # bodies consulting together
        ("The two commissions held a joint consultation in Abuja.", "conference"),
        ("Les deux commissions ont tenu une concertation conjointe à Abuja.", "conference"),
        ("The Chair travelled on to Apia for consultations with the Commission.", "conference"),
        ("Deux agents de la CENI ont effectué un stage au siège de la Commission.", "training"),
        ("Two officers of the Commission did an internship at the IEC in Pretoria.", "training"),
        ("A delegation of the IHEC called on the Commission at its seat.", "reception"),
        ("The two chairs held talks with the Electoral Commission in Suva.", "conference"),
    ],
)
def test_a_kind_cue_of_each_language_names_its_kind(text: str, kind: str) -> None:
    from graphbuild.ingest.kinds import kind_named

    named = kind_named(text)
    assert named is not None and named.name.lower() == kind


def test_an_observation_workshop_is_no_observation() -> None:
    from graphbuild.ingest.kinds import kind_named

    named = kind_named("Observation methodology workshop for the network.")
    assert named is not None and named.name.lower() == "training"


def test_a_kind_cue_that_is_no_regular_expression_is_refused(tmp_path: Path) -> None:
    for p in LANGUAGE_FILES:
        (tmp_path / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    en = tmp_path / "en.toml"
    en.write_text(
        en.read_text(encoding="utf-8").replace("'''analysis'''", "'''analysis('''"),
        encoding="utf-8",
    )
    with pytest.raises(GazetteerError) as err:
        lexicon.load(tmp_path)
    assert "en.toml" in str(err.value) and "evaluation" in str(err.value)


def test_a_projects_or_a_funders_support_is_no_assistance() -> None:
    from graphbuild.ingest.kinds import kind_named

    # "Projet d'appui au cycle électoral" names a project; "avec l'appui de" a funder
    assert kind_named("Projet d'appui au cycle électoral au Burkina Faso") is None
    assert kind_named("Un colloque organisé avec l'appui de la Francophonie.") is not (
        kind_named("Appui au greffe de la Cour")
    )


def test_the_people_of_a_body_are_no_part_of_its_name() -> None:
    from graphbuild.ingest.roles import unknown_org_names

    found = unknown_org_names("Two Commissioners of the National Electoral Commission took part.")
    assert [name for _a, _b, name in found] == ["National Electoral Commission"]
    found = unknown_org_names("Trois commissaires de la Commission électorale nationale du Togo.")
    assert all(not name.lower().startswith("trois") for _a, _b, name in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La Commission politique s'est réunie à Québec.", "Commission politique"),
        ("La Commission électorale nationale autonome a reçu une délégation.", None),
        ("Le Conseil électoral ont observé le vote.", "Conseil électoral"),
    ],
)
def test_a_name_stops_where_its_clause_goes_on(text: str, name: str | None) -> None:
    from graphbuild.ingest.roles import unknown_org_names

    names = [n for _a, _b, n in unknown_org_names(text)]
    assert all("'" not in n and " a " not in f" {n} " and "ont" not in n.split() for n in names)
    if name is not None:
        assert name in names


def test_a_body_recalling_is_no_name() -> None:
    from graphbuild.ingest.roles import unknown_org_names

    assert unknown_org_names("Le Conseil rappelle qu'il poursuit ses consultations.") == ()
