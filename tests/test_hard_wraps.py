"""Pages hard-wrapped at a fixed width (saved by ``lynx -dump``, html2text, a mail client)
are read as the lines they were before the wrap (graphbuild/hard_wraps.py)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from graphbuild.gazetteer import Gazetteer
from graphbuild.hard_wraps import rejoin_hard_wraps
from graphbuild.ingest import ingest_paths
from graphbuild.sources import read_page

# A made-up release, its paragraphs as a browser shows them (one line each).
LEAD = (
    "Québec, le 4 mars 2019 – Le Directeur général des élections du Québec rappelle que "
    "Mme Hélène Fortier-Roy, conseillère aux affaires internationales, et M. Paul Gagnon, "
    "directeur du scrutin dans Jean-Talon, ont fait partie de la mission d'observation "
    "électorale que l'Organisation internationale de la Francophonie a déployée au Sénégal."
)
STAY = (
    "Les deux observateurs ont quitté Québec le mardi 19 février pour Dakar, où ils sont "
    "demeurés jusqu'au mercredi 27 février. Ils ont suivi le scrutin présidentiel du dimanche "
    "24 février dans la région de Thiès, puis la compilation des résultats au centre de "
    "traitement de la Commission électorale nationale autonome."
)
HEAD = (
    "Directeur général des élections du Québec\nSalle de presse\n\n"
    "Deux conseillers du DGEQ ont observé l'élection présidentielle au Sénégal\n\n"
)
SIDECAR = 'publisher = "DGEQ"\npublisher_kind = "body"\nlanguage = "fr"\n'


def _wrapped(width: int) -> str:
    return HEAD + "\n\n".join("\n".join(textwrap.wrap(p, width)) for p in (LEAD, STAY)) + "\n"


def _page(folder: Path, name: str, text: str) -> Path:
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    path.with_suffix(".toml").write_text(SIDECAR, encoding="utf-8")
    return path


def test_the_release_wrapped_at_78_has_m_at_a_line_end() -> None:
    # (the case that matters: "et M." / "Paul Gagnon" reads as a sentence's end)
    assert any(line.endswith(" M.") for line in _wrapped(78).split("\n"))


@pytest.mark.parametrize("width", [72, 76, 78])
def test_a_wrapped_release_gives_the_record_of_its_unwrapped_text(
    width: int, tmp_path: Path, gazetteer: Gazetteer
) -> None:
    flat = _page(tmp_path, "flat", HEAD + LEAD + "\n\n" + STAY + "\n")
    wrapped = _page(tmp_path, "wrapped", _wrapped(width))
    [one] = ingest_paths([flat], gazetteer).activities
    [other] = ingest_paths([wrapped], gazetteer).activities
    # what the release says: 19 to 27 February 2019, observing in Senegal, both advisers
    assert (other.start_date, other.end_date, other.kind.value) == (
        "2019-02-19",
        "2019-02-27",
        "observation",
    )
    assert other.countries == ("SEN",)
    assert set(other.people) >= {"Hélène Fortier-Roy", "Paul Gagnon"}
    assert all("\n" not in p.org for p in other.organizations)
    assert (other.start_date, other.end_date, other.kind, other.countries) == (
        one.start_date,
        one.end_date,
        one.kind,
        one.countries,
    )


def test_the_lines_of_a_joined_page_are_still_the_files(tmp_path: Path) -> None:
    path = _page(tmp_path, "wrapped", _wrapped(72))
    page = read_page(path)
    file_lines = path.read_text(encoding="utf-8").split("\n")
    for word in ("Gagnon", "Dakar", "Thiès", "autonome"):
        at = page.text.index(word)
        line = page.line_of(at)
        assert word in file_lines[line - 1], word
    assert page.original_sha256 is not None  # a derived text, the file's digest kept


def test_a_page_of_long_lines_is_not_rewrapped() -> None:
    text = HEAD + LEAD + "\n\n" + STAY + "\n"
    assert rejoin_hard_wraps(text) is None


def test_headings_items_and_fields_keep_their_lines() -> None:
    body = "\n".join(textwrap.wrap(STAY, 70))
    text = (
        f"{body}\n"
        "Au programme\n"
        f"{body}\n"
        "- Mardi : séance d'information au siège de la Commission électorale à Dakar\n"
        "- Mercredi : rencontre avec les partis politiques et les observateurs\n"
        f"{body}\n"
        "Date : 19 février 2019\n"
        "LA MISSION D'OBSERVATION DE LA FRANCOPHONIE AU SÉNÉGAL EN FÉVRIER 2019\n"
        f"{body}\n"
    )
    joined = rejoin_hard_wraps(text)
    assert joined is not None
    lines = joined[0].split("\n")
    assert STAY in lines  # each paragraph whole again
    for kept in (
        "Au programme",
        "- Mercredi : rencontre avec les partis politiques et les observateurs",
        "Date : 19 février 2019",
        "LA MISSION D'OBSERVATION DE LA FRANCOPHONIE AU SÉNÉGAL EN FÉVRIER 2019",
    ):
        assert kept in lines, kept


def test_a_word_hyphenated_at_the_break_is_made_whole() -> None:
    lines = [
        "La délégation de la Commission électorale centrale de la Républi-",
        "que du Kazakhstan a rencontré les responsables du vote électronique à",
        "Neuchâtel, puis ceux de la Chancellerie fédérale à Berne, avant Saint-",
        "Louis pour une séance de travail avec les autorités électorales du",
        "canton, qui lui ont présenté le registre électoral et ses procédures.",
    ]
    joined = rejoin_hard_wraps("\n".join(lines * 2))
    assert joined is not None
    assert "République du Kazakhstan" in joined[0]
    assert "Saint-Louis" in joined[0]
