"""The ingester on pages of the family it was not written from, scored as held-out pages are.

Two hundred and ninety-two corpora, each page (text or saved HTML) with its sidecar
(PAGE.toml) and its gold records (PAGE.gold.jsonl): ``../shared/dev-pages`` (real-shaped pages
of other publishers and layouts, to develop against), ``tests/heldout`` to
``tests/heldout349`` but 213, 219, 221, 251, 257, 258, 260, 263, 265, 269, 271, 272, 273, 275, 276,
278, 281, 282, 283, 285, 286, 287, 291, 293, 296, 298 to 303, 306, 308, 311 to 313, 317, 320, 322,
323, 325 to 327, 329, 330, 332 to 334, 336, 338, 339, 341 to 346 and 348 (pages of
other shapes, each batch written by a helper who never ran the parser, scored once when written,
then developed on). Each page is extracted with ``graphbuild extract`` on its own, as
``../shared/scoring/score_many.py`` does, and matched with the scorer's own functions;
per-page and pooled figures are printed (``pytest -s``).
"""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from click.testing import CliRunner

from graphbuild.cli import main

ROOT = Path(__file__).resolve().parent.parent
SCORING = ROOT.parent / "shared" / "scoring"
DEV_PAGES = ROOT.parent / "shared" / "dev-pages"
HELD_OUT = Path(__file__).parent / "heldout"
HELD_OUT_2 = Path(__file__).parent / "heldout2"
HELD_OUT_3 = Path(__file__).parent / "heldout3"
HELD_OUT_4 = Path(__file__).parent / "heldout4"
HELD_OUT_5 = Path(__file__).parent / "heldout5"
HELD_OUT_6 = Path(__file__).parent / "heldout6"
HELD_OUT_7 = Path(__file__).parent / "heldout7"
HELD_OUT_8 = Path(__file__).parent / "heldout8"
HELD_OUT_9 = Path(__file__).parent / "heldout9"
HELD_OUT_10 = Path(__file__).parent / "heldout10"
HELD_OUT_11 = Path(__file__).parent / "heldout11"
HELD_OUT_12 = Path(__file__).parent / "heldout12"
HELD_OUT_13 = Path(__file__).parent / "heldout13"
HELD_OUT_14 = Path(__file__).parent / "heldout14"
HELD_OUT_15 = Path(__file__).parent / "heldout15"
HELD_OUT_16 = Path(__file__).parent / "heldout16"
HELD_OUT_17 = Path(__file__).parent / "heldout17"
HELD_OUT_18 = Path(__file__).parent / "heldout18"
HELD_OUT_19 = Path(__file__).parent / "heldout19"
HELD_OUT_20 = Path(__file__).parent / "heldout20"
HELD_OUT_21 = Path(__file__).parent / "heldout21"
HELD_OUT_22 = Path(__file__).parent / "heldout22"
HELD_OUT_23 = Path(__file__).parent / "heldout23"
HELD_OUT_24 = Path(__file__).parent / "heldout24"
HELD_OUT_25 = Path(__file__).parent / "heldout25"
HELD_OUT_26 = Path(__file__).parent / "heldout26"
HELD_OUT_27 = Path(__file__).parent / "heldout27"
HELD_OUT_28 = Path(__file__).parent / "heldout28"
HELD_OUT_29 = Path(__file__).parent / "heldout29"
HELD_OUT_30 = Path(__file__).parent / "heldout30"
HELD_OUT_31 = Path(__file__).parent / "heldout31"
HELD_OUT_32 = Path(__file__).parent / "heldout32"
HELD_OUT_33 = Path(__file__).parent / "heldout33"
HELD_OUT_34 = Path(__file__).parent / "heldout34"
HELD_OUT_35 = Path(__file__).parent / "heldout35"
HELD_OUT_36 = Path(__file__).parent / "heldout36"
HELD_OUT_37 = Path(__file__).parent / "heldout37"
HELD_OUT_38 = Path(__file__).parent / "heldout38"
HELD_OUT_39 = Path(__file__).parent / "heldout39"
HELD_OUT_40 = Path(__file__).parent / "heldout40"
HELD_OUT_41 = Path(__file__).parent / "heldout41"
HELD_OUT_42 = Path(__file__).parent / "heldout42"
HELD_OUT_43 = Path(__file__).parent / "heldout43"
HELD_OUT_44 = Path(__file__).parent / "heldout44"
HELD_OUT_45 = Path(__file__).parent / "heldout45"
HELD_OUT_46 = Path(__file__).parent / "heldout46"
HELD_OUT_47 = Path(__file__).parent / "heldout47"
HELD_OUT_48 = Path(__file__).parent / "heldout48"
HELD_OUT_49 = Path(__file__).parent / "heldout49"
HELD_OUT_50 = Path(__file__).parent / "heldout50"
HELD_OUT_51 = Path(__file__).parent / "heldout51"
HELD_OUT_52 = Path(__file__).parent / "heldout52"
HELD_OUT_53 = Path(__file__).parent / "heldout53"
HELD_OUT_54 = Path(__file__).parent / "heldout54"
HELD_OUT_55 = Path(__file__).parent / "heldout55"
HELD_OUT_56 = Path(__file__).parent / "heldout56"
HELD_OUT_57 = Path(__file__).parent / "heldout57"
HELD_OUT_58 = Path(__file__).parent / "heldout58"
HELD_OUT_59 = Path(__file__).parent / "heldout59"
HELD_OUT_60 = Path(__file__).parent / "heldout60"
HELD_OUT_61 = Path(__file__).parent / "heldout61"
HELD_OUT_62 = Path(__file__).parent / "heldout62"
HELD_OUT_63 = Path(__file__).parent / "heldout63"
HELD_OUT_64 = Path(__file__).parent / "heldout64"
HELD_OUT_65 = Path(__file__).parent / "heldout65"
HELD_OUT_66 = Path(__file__).parent / "heldout66"
HELD_OUT_67 = Path(__file__).parent / "heldout67"
HELD_OUT_68 = Path(__file__).parent / "heldout68"
HELD_OUT_69 = Path(__file__).parent / "heldout69"
HELD_OUT_70 = Path(__file__).parent / "heldout70"
HELD_OUT_71 = Path(__file__).parent / "heldout71"
HELD_OUT_72 = Path(__file__).parent / "heldout72"
HELD_OUT_73 = Path(__file__).parent / "heldout73"
HELD_OUT_74 = Path(__file__).parent / "heldout74"
HELD_OUT_75 = Path(__file__).parent / "heldout75"
HELD_OUT_76 = Path(__file__).parent / "heldout76"
HELD_OUT_77 = Path(__file__).parent / "heldout77"
HELD_OUT_78 = Path(__file__).parent / "heldout78"
HELD_OUT_79 = Path(__file__).parent / "heldout79"
HELD_OUT_80 = Path(__file__).parent / "heldout80"
HELD_OUT_81 = Path(__file__).parent / "heldout81"
HELD_OUT_82 = Path(__file__).parent / "heldout82"
HELD_OUT_83 = Path(__file__).parent / "heldout83"
HELD_OUT_84 = Path(__file__).parent / "heldout84"
HELD_OUT_85 = Path(__file__).parent / "heldout85"
HELD_OUT_86 = Path(__file__).parent / "heldout86"
HELD_OUT_87 = Path(__file__).parent / "heldout87"
HELD_OUT_88 = Path(__file__).parent / "heldout88"
HELD_OUT_89 = Path(__file__).parent / "heldout89"
HELD_OUT_90 = Path(__file__).parent / "heldout90"
HELD_OUT_91 = Path(__file__).parent / "heldout91"
HELD_OUT_92 = Path(__file__).parent / "heldout92"
HELD_OUT_93 = Path(__file__).parent / "heldout93"
HELD_OUT_94 = Path(__file__).parent / "heldout94"
HELD_OUT_95 = Path(__file__).parent / "heldout95"
HELD_OUT_96 = Path(__file__).parent / "heldout96"
HELD_OUT_97 = Path(__file__).parent / "heldout97"
HELD_OUT_98 = Path(__file__).parent / "heldout98"
HELD_OUT_99 = Path(__file__).parent / "heldout99"
HELD_OUT_100 = Path(__file__).parent / "heldout100"
HELD_OUT_101 = Path(__file__).parent / "heldout101"
HELD_OUT_102 = Path(__file__).parent / "heldout102"
HELD_OUT_103 = Path(__file__).parent / "heldout103"
HELD_OUT_104 = Path(__file__).parent / "heldout104"
HELD_OUT_105 = Path(__file__).parent / "heldout105"
HELD_OUT_106 = Path(__file__).parent / "heldout106"
HELD_OUT_107 = Path(__file__).parent / "heldout107"
HELD_OUT_108 = Path(__file__).parent / "heldout108"
HELD_OUT_109 = Path(__file__).parent / "heldout109"
HELD_OUT_110 = Path(__file__).parent / "heldout110"
HELD_OUT_111 = Path(__file__).parent / "heldout111"
HELD_OUT_112 = Path(__file__).parent / "heldout112"
HELD_OUT_113 = Path(__file__).parent / "heldout113"
HELD_OUT_114 = Path(__file__).parent / "heldout114"
HELD_OUT_115 = Path(__file__).parent / "heldout115"
HELD_OUT_116 = Path(__file__).parent / "heldout116"
HELD_OUT_117 = Path(__file__).parent / "heldout117"
HELD_OUT_118 = Path(__file__).parent / "heldout118"
HELD_OUT_119 = Path(__file__).parent / "heldout119"
HELD_OUT_120 = Path(__file__).parent / "heldout120"
HELD_OUT_121 = Path(__file__).parent / "heldout121"
HELD_OUT_122 = Path(__file__).parent / "heldout122"
HELD_OUT_123 = Path(__file__).parent / "heldout123"
HELD_OUT_124 = Path(__file__).parent / "heldout124"
HELD_OUT_125 = Path(__file__).parent / "heldout125"
HELD_OUT_126 = Path(__file__).parent / "heldout126"
HELD_OUT_127 = Path(__file__).parent / "heldout127"
HELD_OUT_128 = Path(__file__).parent / "heldout128"
HELD_OUT_129 = Path(__file__).parent / "heldout129"
HELD_OUT_130 = Path(__file__).parent / "heldout130"
HELD_OUT_131 = Path(__file__).parent / "heldout131"
HELD_OUT_132 = Path(__file__).parent / "heldout132"
HELD_OUT_133 = Path(__file__).parent / "heldout133"
HELD_OUT_134 = Path(__file__).parent / "heldout134"
HELD_OUT_135 = Path(__file__).parent / "heldout135"
HELD_OUT_136 = Path(__file__).parent / "heldout136"
HELD_OUT_137 = Path(__file__).parent / "heldout137"
HELD_OUT_138 = Path(__file__).parent / "heldout138"
HELD_OUT_139 = Path(__file__).parent / "heldout139"
HELD_OUT_140 = Path(__file__).parent / "heldout140"
HELD_OUT_141 = Path(__file__).parent / "heldout141"
HELD_OUT_142 = Path(__file__).parent / "heldout142"
HELD_OUT_143 = Path(__file__).parent / "heldout143"
HELD_OUT_144 = Path(__file__).parent / "heldout144"
HELD_OUT_145 = Path(__file__).parent / "heldout145"
HELD_OUT_146 = Path(__file__).parent / "heldout146"
HELD_OUT_147 = Path(__file__).parent / "heldout147"
HELD_OUT_148 = Path(__file__).parent / "heldout148"
HELD_OUT_149 = Path(__file__).parent / "heldout149"
HELD_OUT_150 = Path(__file__).parent / "heldout150"
HELD_OUT_151 = Path(__file__).parent / "heldout151"
HELD_OUT_152 = Path(__file__).parent / "heldout152"
HELD_OUT_153 = Path(__file__).parent / "heldout153"
HELD_OUT_154 = Path(__file__).parent / "heldout154"
HELD_OUT_155 = Path(__file__).parent / "heldout155"
HELD_OUT_156 = Path(__file__).parent / "heldout156"
HELD_OUT_157 = Path(__file__).parent / "heldout157"
HELD_OUT_158 = Path(__file__).parent / "heldout158"
HELD_OUT_159 = Path(__file__).parent / "heldout159"
HELD_OUT_160 = Path(__file__).parent / "heldout160"
HELD_OUT_161 = Path(__file__).parent / "heldout161"
HELD_OUT_162 = Path(__file__).parent / "heldout162"
HELD_OUT_163 = Path(__file__).parent / "heldout163"
HELD_OUT_164 = Path(__file__).parent / "heldout164"
HELD_OUT_165 = Path(__file__).parent / "heldout165"
HELD_OUT_166 = Path(__file__).parent / "heldout166"
HELD_OUT_167 = Path(__file__).parent / "heldout167"
HELD_OUT_168 = Path(__file__).parent / "heldout168"
HELD_OUT_169 = Path(__file__).parent / "heldout169"
HELD_OUT_170 = Path(__file__).parent / "heldout170"
HELD_OUT_171 = Path(__file__).parent / "heldout171"
HELD_OUT_172 = Path(__file__).parent / "heldout172"
HELD_OUT_173 = Path(__file__).parent / "heldout173"
HELD_OUT_174 = Path(__file__).parent / "heldout174"
HELD_OUT_175 = Path(__file__).parent / "heldout175"
HELD_OUT_176 = Path(__file__).parent / "heldout176"
HELD_OUT_177 = Path(__file__).parent / "heldout177"
HELD_OUT_178 = Path(__file__).parent / "heldout178"
HELD_OUT_179 = Path(__file__).parent / "heldout179"
HELD_OUT_180 = Path(__file__).parent / "heldout180"
HELD_OUT_181 = Path(__file__).parent / "heldout181"
HELD_OUT_182 = Path(__file__).parent / "heldout182"
HELD_OUT_183 = Path(__file__).parent / "heldout183"
HELD_OUT_184 = Path(__file__).parent / "heldout184"
HELD_OUT_185 = Path(__file__).parent / "heldout185"
HELD_OUT_186 = Path(__file__).parent / "heldout186"
HELD_OUT_187 = Path(__file__).parent / "heldout187"
HELD_OUT_188 = Path(__file__).parent / "heldout188"
HELD_OUT_189 = Path(__file__).parent / "heldout189"
HELD_OUT_190 = Path(__file__).parent / "heldout190"
HELD_OUT_191 = Path(__file__).parent / "heldout191"
HELD_OUT_192 = Path(__file__).parent / "heldout192"
HELD_OUT_193 = Path(__file__).parent / "heldout193"
HELD_OUT_194 = Path(__file__).parent / "heldout194"
HELD_OUT_195 = Path(__file__).parent / "heldout195"
HELD_OUT_196 = Path(__file__).parent / "heldout196"
HELD_OUT_197 = Path(__file__).parent / "heldout197"
HELD_OUT_198 = Path(__file__).parent / "heldout198"
HELD_OUT_199 = Path(__file__).parent / "heldout199"
HELD_OUT_200 = Path(__file__).parent / "heldout200"
HELD_OUT_201 = Path(__file__).parent / "heldout201"
HELD_OUT_202 = Path(__file__).parent / "heldout202"
HELD_OUT_203 = Path(__file__).parent / "heldout203"
HELD_OUT_204 = Path(__file__).parent / "heldout204"
HELD_OUT_205 = Path(__file__).parent / "heldout205"
HELD_OUT_206 = Path(__file__).parent / "heldout206"
HELD_OUT_207 = Path(__file__).parent / "heldout207"
HELD_OUT_208 = Path(__file__).parent / "heldout208"
HELD_OUT_209 = Path(__file__).parent / "heldout209"
HELD_OUT_210 = Path(__file__).parent / "heldout210"
HELD_OUT_211 = Path(__file__).parent / "heldout211"
HELD_OUT_212 = Path(__file__).parent / "heldout212"
HELD_OUT_214 = Path(__file__).parent / "heldout214"
HELD_OUT_215 = Path(__file__).parent / "heldout215"
HELD_OUT_216 = Path(__file__).parent / "heldout216"
HELD_OUT_217 = Path(__file__).parent / "heldout217"
HELD_OUT_218 = Path(__file__).parent / "heldout218"
HELD_OUT_220 = Path(__file__).parent / "heldout220"
HELD_OUT_222 = Path(__file__).parent / "heldout222"
HELD_OUT_223 = Path(__file__).parent / "heldout223"
HELD_OUT_224 = Path(__file__).parent / "heldout224"
HELD_OUT_225 = Path(__file__).parent / "heldout225"
HELD_OUT_226 = Path(__file__).parent / "heldout226"
HELD_OUT_227 = Path(__file__).parent / "heldout227"
HELD_OUT_228 = Path(__file__).parent / "heldout228"
HELD_OUT_229 = Path(__file__).parent / "heldout229"
HELD_OUT_230 = Path(__file__).parent / "heldout230"
HELD_OUT_231 = Path(__file__).parent / "heldout231"
HELD_OUT_232 = Path(__file__).parent / "heldout232"
HELD_OUT_233 = Path(__file__).parent / "heldout233"
HELD_OUT_234 = Path(__file__).parent / "heldout234"
HELD_OUT_235 = Path(__file__).parent / "heldout235"
HELD_OUT_236 = Path(__file__).parent / "heldout236"
HELD_OUT_237 = Path(__file__).parent / "heldout237"
HELD_OUT_238 = Path(__file__).parent / "heldout238"
HELD_OUT_239 = Path(__file__).parent / "heldout239"
HELD_OUT_240 = Path(__file__).parent / "heldout240"
HELD_OUT_241 = Path(__file__).parent / "heldout241"
HELD_OUT_242 = Path(__file__).parent / "heldout242"
HELD_OUT_243 = Path(__file__).parent / "heldout243"
HELD_OUT_244 = Path(__file__).parent / "heldout244"
HELD_OUT_245 = Path(__file__).parent / "heldout245"
HELD_OUT_246 = Path(__file__).parent / "heldout246"
HELD_OUT_247 = Path(__file__).parent / "heldout247"
HELD_OUT_248 = Path(__file__).parent / "heldout248"
HELD_OUT_249 = Path(__file__).parent / "heldout249"
HELD_OUT_250 = Path(__file__).parent / "heldout250"
HELD_OUT_252 = Path(__file__).parent / "heldout252"
HELD_OUT_253 = Path(__file__).parent / "heldout253"
HELD_OUT_254 = Path(__file__).parent / "heldout254"
HELD_OUT_255 = Path(__file__).parent / "heldout255"
HELD_OUT_256 = Path(__file__).parent / "heldout256"
HELD_OUT_259 = Path(__file__).parent / "heldout259"
HELD_OUT_261 = Path(__file__).parent / "heldout261"
HELD_OUT_262 = Path(__file__).parent / "heldout262"
HELD_OUT_264 = Path(__file__).parent / "heldout264"
HELD_OUT_266 = Path(__file__).parent / "heldout266"
HELD_OUT_267 = Path(__file__).parent / "heldout267"
HELD_OUT_268 = Path(__file__).parent / "heldout268"
HELD_OUT_270 = Path(__file__).parent / "heldout270"
HELD_OUT_274 = Path(__file__).parent / "heldout274"
HELD_OUT_277 = Path(__file__).parent / "heldout277"
HELD_OUT_279 = Path(__file__).parent / "heldout279"
HELD_OUT_280 = Path(__file__).parent / "heldout280"
HELD_OUT_284 = Path(__file__).parent / "heldout284"
HELD_OUT_288 = Path(__file__).parent / "heldout288"
HELD_OUT_289 = Path(__file__).parent / "heldout289"
HELD_OUT_290 = Path(__file__).parent / "heldout290"
HELD_OUT_292 = Path(__file__).parent / "heldout292"
HELD_OUT_294 = Path(__file__).parent / "heldout294"
HELD_OUT_295 = Path(__file__).parent / "heldout295"
HELD_OUT_297 = Path(__file__).parent / "heldout297"
HELD_OUT_304 = Path(__file__).parent / "heldout304"
HELD_OUT_305 = Path(__file__).parent / "heldout305"
HELD_OUT_307 = Path(__file__).parent / "heldout307"
HELD_OUT_309 = Path(__file__).parent / "heldout309"
HELD_OUT_310 = Path(__file__).parent / "heldout310"
HELD_OUT_314 = Path(__file__).parent / "heldout314"
HELD_OUT_315 = Path(__file__).parent / "heldout315"
HELD_OUT_316 = Path(__file__).parent / "heldout316"
HELD_OUT_318 = Path(__file__).parent / "heldout318"
HELD_OUT_319 = Path(__file__).parent / "heldout319"
HELD_OUT_321 = Path(__file__).parent / "heldout321"
HELD_OUT_324 = Path(__file__).parent / "heldout324"
HELD_OUT_328 = Path(__file__).parent / "heldout328"
HELD_OUT_331 = Path(__file__).parent / "heldout331"
HELD_OUT_335 = Path(__file__).parent / "heldout335"
HELD_OUT_337 = Path(__file__).parent / "heldout337"
HELD_OUT_340 = Path(__file__).parent / "heldout340"
HELD_OUT_347 = Path(__file__).parent / "heldout347"
HELD_OUT_349 = Path(__file__).parent / "heldout349"


def _scorer() -> ModuleType:
    if not (SCORING / "score_many.py").exists():
        pytest.fail(f"no scorer in {SCORING}: CI checks out ../shared beside the repo")
    sys.path.insert(0, str(SCORING))
    try:
        import score_many

        return score_many
    finally:
        sys.path.remove(str(SCORING))


def _extract(page: Path) -> list[dict[str, str]]:
    result = CliRunner().invoke(main, ["extract", str(page), "--format", "csv"])
    # as the scorer does: a page refused counts as zero rows
    if result.exit_code != 0 or not result.stdout.startswith("id,"):
        return []
    return list(csv.DictReader(io.StringIO(result.stdout)))


def _score(folder: Path) -> dict[str, float]:
    sm = _scorer()
    pages = sorted([*folder.glob("*.txt"), *folder.glob("*.html")])
    assert pages, f"no pages in {folder}"
    pool: dict[str, int] = {}
    for page in pages:
        gold_file = page.with_suffix(".gold.jsonl")  # (NN-name.txt or NN-name.html)
        gold: list[dict[str, Any]] = [
            json.loads(line) for line in gold_file.read_text("utf-8").splitlines() if line.strip()
        ]
        tally = sm.tally(gold, _extract(page))
        for key, value in tally.items():
            pool[key] = pool.get(key, 0) + value
        f = sm.figures(tally)
        print(
            f"{page.name}: {tally['tp']}/{tally['gold']} found, {tally['rows']} rows, "
            f"dates {f['dates']:.2f} countries {f['countries']:.2f} kind {f['kind']:.2f}"
        )
    figures: dict[str, float] = sm.figures(pool)
    print(
        f"pooled over {len(pages)} pages, {pool['gold']} activities: F1={figures['F1']:.2f} "
        f"(P={figures['P']:.2f} R={figures['R']:.2f}) dates={figures['dates']:.2f} "
        f"countries={figures['countries']:.2f} kind={figures['kind']:.2f} "
        f"orgs F1={figures['orgs']:.2f}"
    )
    return figures


def test_dev_pages_pooled() -> None:
    # the bar on the development pages
    f = _score(DEV_PAGES)
    assert f["F1"] >= 0.95
    assert f["dates"] >= 0.90
    assert f["countries"] >= 0.90
    assert f["kind"] >= 0.85
    assert f["orgs"] >= 0.90


@pytest.mark.parametrize(
    "folder",
    [
        HELD_OUT,
        HELD_OUT_2,
        HELD_OUT_3,
        HELD_OUT_4,
        HELD_OUT_5,
        HELD_OUT_6,
        HELD_OUT_7,
        HELD_OUT_8,
        HELD_OUT_9,
        HELD_OUT_10,
        HELD_OUT_11,
        HELD_OUT_12,
        HELD_OUT_13,
        HELD_OUT_14,
        HELD_OUT_15,
        HELD_OUT_16,
        HELD_OUT_17,
        HELD_OUT_18,
        HELD_OUT_20,
        HELD_OUT_21,
        HELD_OUT_22,
        HELD_OUT_23,
        HELD_OUT_24,
        HELD_OUT_25,
        HELD_OUT_26,
        HELD_OUT_27,
        HELD_OUT_28,
        HELD_OUT_29,
        HELD_OUT_30,
        HELD_OUT_31,
        HELD_OUT_33,
        HELD_OUT_35,
        HELD_OUT_36,
        HELD_OUT_37,
        HELD_OUT_40,
        HELD_OUT_41,
        HELD_OUT_42,
        HELD_OUT_44,
        HELD_OUT_46,
        HELD_OUT_47,
        HELD_OUT_48,
        HELD_OUT_49,
        HELD_OUT_50,
        HELD_OUT_51,
        HELD_OUT_52,
        HELD_OUT_53,
        HELD_OUT_54,
        HELD_OUT_55,
        HELD_OUT_56,
        HELD_OUT_57,
        HELD_OUT_58,
        HELD_OUT_59,
        HELD_OUT_60,
        HELD_OUT_61,
        HELD_OUT_62,
        HELD_OUT_63,
        HELD_OUT_69,
        HELD_OUT_71,
        HELD_OUT_72,
        HELD_OUT_74,
        HELD_OUT_78,
        HELD_OUT_80,
        HELD_OUT_81,
        HELD_OUT_84,
        HELD_OUT_85,
        HELD_OUT_87,
        HELD_OUT_88,
        HELD_OUT_89,
        HELD_OUT_90,
        HELD_OUT_91,
        HELD_OUT_92,
        HELD_OUT_93,
        HELD_OUT_94,
        HELD_OUT_95,
        HELD_OUT_96,
        HELD_OUT_97,
        HELD_OUT_98,
        HELD_OUT_99,
        HELD_OUT_100,
        HELD_OUT_101,
        HELD_OUT_102,
        HELD_OUT_103,
        HELD_OUT_104,
        HELD_OUT_105,
        HELD_OUT_106,
        HELD_OUT_107,
        HELD_OUT_109,
        HELD_OUT_110,
        HELD_OUT_111,
        HELD_OUT_112,
        HELD_OUT_113,
        HELD_OUT_115,
        HELD_OUT_117,
        HELD_OUT_118,
        HELD_OUT_121,
        HELD_OUT_122,
        HELD_OUT_123,
        HELD_OUT_124,
        HELD_OUT_126,
        HELD_OUT_127,
        HELD_OUT_128,
        HELD_OUT_129,
        HELD_OUT_134,
        HELD_OUT_135,
        HELD_OUT_137,
        HELD_OUT_138,
        HELD_OUT_139,
        HELD_OUT_141,
        HELD_OUT_142,
        HELD_OUT_145,
        HELD_OUT_146,
        HELD_OUT_147,
        HELD_OUT_148,
        HELD_OUT_150,
        HELD_OUT_152,
        HELD_OUT_153,
        HELD_OUT_155,
        HELD_OUT_156,
        HELD_OUT_157,
        HELD_OUT_158,
        HELD_OUT_159,
        HELD_OUT_160,
        HELD_OUT_165,
        HELD_OUT_167,
        HELD_OUT_169,
        HELD_OUT_170,
        HELD_OUT_171,
        HELD_OUT_172,
        HELD_OUT_173,
        HELD_OUT_174,
        HELD_OUT_175,
        HELD_OUT_176,
        HELD_OUT_177,
        HELD_OUT_178,
        HELD_OUT_179,
        HELD_OUT_180,
        HELD_OUT_181,
        HELD_OUT_182,
        HELD_OUT_184,
        HELD_OUT_186,
        HELD_OUT_192,
        HELD_OUT_199,
        HELD_OUT_201,
        HELD_OUT_202,
        HELD_OUT_203,
        HELD_OUT_204,
        HELD_OUT_205,
        HELD_OUT_206,
    ],
    ids=[
        f"heldout{n}"
        for n in (
            "",
            *range(2, 19),
            *range(20, 32),
            33,
            35,
            36,
            37,
            40,
            41,
            42,
            44,
            *range(46, 60),
            *(60, 61, 62, 63, 69, 71, 72, 74, 78, 80, 81, 84, 85),
            *range(87, 106),
            *(106, 107, 109, 110, 111, 112, 113, 115, 117, 118),
            *(121, 122, 123, 124),
            *(126, 127, 128, 129),
            *(134, 135, 137, 138, 139),
            *(141, 142, 145),
            *(146, 147, 148, 150),
            *(152, 153, 155),
            *(156, 157, 158, 159, 160),
            *(165, 167, 169, 170, 171, 172),
            *range(173, 181),
            *(181, 182, 184),
            *(186, 192),
            199,
            201,
            202,
            203,
            204,
            205,
            206,
        )
    ],
)
def test_held_out_pages_pooled(folder: Path) -> None:
    # Each batch written apart from the parser and scored once when it arrived; those first
    # runs are the estimate for pages nobody tuned on (heldout F1 0.77, heldout2 0.29,
    # heldout3 0.83, heldout4 0.80, heldout5 0.79, heldout6 0.79, heldout7 0.68, heldout8
    # 0.57, heldout9 0.68, heldout10 0.72, heldout11 0.78, heldout12 0.77, heldout13 0.85,
    # heldout14 0.90, heldout15 0.58, heldout16 0.88, heldout17 0.70, heldout18 0.93,
    # heldout20 0.68, heldout21 0.64, heldout22 0.83, heldout23 0.63, heldout24 0.84, heldout25
    # 0.60, heldout26 0.87, heldout27 0.78, heldout28 0.90, heldout29 0.51, heldout30 0.82,
    # heldout31 0.97, heldout33 0.98, heldout35 0.95, heldout36 0.72, heldout40 0.71,
    # heldout41 0.86, heldout42 0.88, heldout44 0.95, heldout47 0.93, heldout48 0.97,
    # heldout49 0.89, heldout50 0.88, heldout51 0.75; heldout37 0.72 and heldout46 0.71, on
    # floors until they reached it; heldout52 1.00, heldout53 0.86, heldout54 0.87,
    # heldout55 0.77; heldout56 0.94, heldout57 0.81, heldout58 0.87, heldout59 0.85, those
    # four kept unread until scored once after the session's rules: see each README;
    # heldout60 0.86, heldout61 0.89, heldout62 0.92, heldout63 0.85 scored at once; heldout69
    # 0.92 and heldout71 0.92, kept unread until scored once mid-session; heldout72 0.87,
    # heldout74 0.97, heldout78 1.00, heldout80 0.90 and heldout81 0.95, kept unread until
    # scored once late in the session; heldout84 0.87 and heldout85 0.73, kept unread until
    # scored once at the start of their session; heldout87 0.71, heldout88 0.77, heldout89
    # 0.81 and heldout90 0.92, each kept unread until scored once in its session; heldout91
    # 0.89 at the end of that session; heldout92 0.96, heldout93 0.89, heldout94 0.85 and
    # heldout95 0.95 in the next; heldout96 0.82, heldout97 0.92, heldout98 0.85 and
    # heldout99 0.85 in the session after; heldout100 0.93, heldout101 0.81, heldout102
    # 0.92, heldout103 0.97, heldout104 0.98 and heldout105 0.88 in the one after that;
    # heldout106 0.97, heldout107 0.82, heldout109 0.91, heldout110 0.80, heldout111 0.98,
    # heldout112 0.84, heldout113 0.88, heldout115 0.96, heldout117 0.69 and heldout118 0.92
    # in the next, each scored once as it arrived; heldout121 0.87, heldout122 0.92,
    # heldout123 0.90 and heldout124 0.83 in the one after, scored once as they arrived;
    # heldout126 0.85, heldout127 0.91, heldout128 0.90 and heldout129 0.90 in the next,
    # scored once as they arrived; heldout134 0.86 and heldout135 0.92 in the one after, scored
    # once as they arrived at the session's first head; heldout137 0.90, heldout138 0.79 and
    # heldout139 0.93, scored once as they arrived, at its first head and at its head of then;
    # heldout141 0.93, heldout142 0.96 and heldout145 0.96, written late in that session and
    # scored once as they arrived, at 2b351c8, no rule written on them; heldout146 0.91,
    # heldout147 0.93, heldout148 0.98 and heldout150 0.75 in the next, scored once as they
    # arrived at its first head, 1c9d8d4 (no rule written on heldout146 and 148); heldout152
    # 0.93, heldout153 0.94 and heldout155 0.98, written late in that session and scored once
    # as they arrived, at a3ca7b7, no rule written on them); heldout158 0.88, heldout159 0.80
    # and heldout160 0.77 in the next, scored once as they arrived at ff28c1c, rules written
    # on them since, and on heldout156 0.84 and heldout157 0.90, kept unread then, in the
    # session after; heldout165 0.86 and heldout167 0.72 in the one after, scored once as they
    # arrived at its first head, 76d49f6, rules written on them since; heldout169 0.91,
    # heldout170 0.89, heldout171 0.87 and heldout172 0.95, written late in that session and
    # scored once as they arrived, at c6cf5da and 8febe40, rules written on 170 and 171 since;
    # heldout173 0.94, heldout174 0.95, heldout175 0.90, heldout176 0.79, heldout177 0.90,
    # heldout178 0.93, heldout179 0.88 and heldout180 0.92 in the next, all scored once as they
    # arrived at 7c75b8e, rules written on all but heldout175 and heldout178 since; heldout181
    # 0.85 at 59a0957, heldout182 0.88 at bc6bc18 and heldout184 0.94 at 59a0957, written late
    # in that session and scored once as they arrived, rules written on 181 and 182 since;
    # heldout186 0.93 and heldout192 1.00 in the next, scored once as they arrived at its first
    # head, 0182319, 192 kept apart, rules written on 186 since; heldout199 0.92, written late
    # in that session and scored once as it arrived at 5d8d527, rules written on it since;
    # heldout201 0.96 at d92ea7f, heldout205 0.80 at 2e1d339 and heldout202 0.91 at 1738bd4
    # in the next, scored once as they arrived, rules written on all three since; heldout203
    # 0.99 at 59388e7, kept apart, no rule written on it; heldout204 0.85 at 7cf8641 and
    # heldout206 0.88 at 5d6e3b3, scored once as they arrived, rules written on both since).
    # Developed
    # on since (heldout33, 35, 44, 48, 52, 56, 74, 78 and 81 hardly: their first run already
    # held it, or nearly), each now holds the bar for unseen pages.
    f = _score(folder)
    assert f["F1"] >= 0.90
    assert f["dates"] >= 0.85
    assert f["countries"] >= 0.85
    assert f["kind"] >= 0.75
    assert f["orgs"] >= 0.80


@pytest.mark.parametrize(
    ("folder", "floors"),
    [
        # The varied batches below the bar. heldout19 (first run F1 0.79, dates 0.42): tables
        # aligned by spaces and durations since. heldout25 (first run F1 0.60, dates 0.56,
        # countries 0.64, kind 0.52, organisations 0.60; with heldout24's 0.84 on typical
        # pages, the current estimate for pages nobody tuned on): month-first numeric days,
        # programmes day by day, weekdays settling years since. These floors keep them from
        # falling while they are worked on.
        (HELD_OUT_19, {"F1": 0.85, "dates": 0.70, "countries": 0.75, "kind": 0.60, "orgs": 0.80}),
        # heldout32 and heldout34 (varied, written during the session of heldout28 to 31 and
        # kept unread until their first run, after all the rules above: F1 0.82 and 0.77,
        # dates 0.79 and 0.48, organisations 0.64 and 0.57)
        (HELD_OUT_32, {"F1": 0.80, "dates": 0.75, "countries": 0.80, "kind": 0.75, "orgs": 0.60}),
        (HELD_OUT_34, {"F1": 0.80, "dates": 0.75, "countries": 0.75, "kind": 0.60, "orgs": 0.75}),
        # varied batches of the session of heldout36 to 45: 39 and 43 developed on (first
        # runs F1 0.62, 0.77; 37, first run 0.72, holds the bar now); 40, 41 and 45 kept
        # unread until their first run after all that session's rules (0.71, 0.86, 0.86), a
        # few rules written on them since
        # heldout38 (typical, kept unread until its first run: F1 0.89 without its page 01,
        # removed for copying the source pages; dates, countries and kinds 0.95)
        (HELD_OUT_38, {"F1": 0.85, "dates": 0.90, "countries": 0.90, "kind": 0.90, "orgs": 0.90}),
        (HELD_OUT_39, {"F1": 0.85, "dates": 0.75, "countries": 0.80, "kind": 0.75, "orgs": 0.60}),
        (HELD_OUT_43, {"F1": 0.85, "dates": 0.88, "countries": 0.90, "kind": 0.78, "orgs": 0.90}),
        (HELD_OUT_45, {"F1": 0.85, "dates": 0.85, "countries": 0.80, "kind": 0.75, "orgs": 0.90}),
        # the batches of the session of heldout60 to 83 still below the bar in one figure or
        # two (most of 14 to 27 activities, where one record moves a figure by 0.04 to 0.07),
        # each kept unread until its first run but 64 to 67's harder or newer pages developed
        # on since: floors a little under where they stand
        (HELD_OUT_64, {"F1": 0.86, "dates": 0.82, "countries": 0.82, "kind": 0.77, "orgs": 0.94}),
        (HELD_OUT_65, {"F1": 0.85, "dates": 0.71, "countries": 0.75, "kind": 0.71, "orgs": 0.90}),
        (HELD_OUT_66, {"F1": 0.86, "dates": 0.86, "countries": 0.80, "kind": 0.86, "orgs": 0.96}),
        (HELD_OUT_67, {"F1": 0.86, "dates": 0.86, "countries": 0.86, "kind": 0.75, "orgs": 0.97}),
        (HELD_OUT_68, {"F1": 0.82, "dates": 0.90, "countries": 0.90, "kind": 0.84, "orgs": 0.97}),
        (HELD_OUT_70, {"F1": 0.88, "dates": 0.82, "countries": 0.86, "kind": 0.71, "orgs": 0.93}),
        (HELD_OUT_73, {"F1": 0.90, "dates": 0.78, "countries": 0.90, "kind": 0.78, "orgs": 0.97}),
        # (heldout75's floors lowered, F1 0.92 → 0.91, dates 0.92 → 0.89, kind 0.86 → 0.84: "Mise
        # en ligne le 3 août 2018" now dates its gallery, so the album its sidebar lists for
        # September is read as after the page, and dropped)
        (HELD_OUT_75, {"F1": 0.91, "dates": 0.89, "countries": 0.81, "kind": 0.84, "orgs": 0.95}),
        (HELD_OUT_76, {"F1": 0.86, "dates": 0.86, "countries": 0.81, "kind": 0.81, "orgs": 0.94}),
        (HELD_OUT_77, {"F1": 0.82, "dates": 0.92, "countries": 0.92, "kind": 0.87, "orgs": 0.97}),
        (HELD_OUT_79, {"F1": 0.88, "dates": 0.76, "countries": 0.81, "kind": 0.76, "orgs": 0.95}),
        (HELD_OUT_82, {"F1": 0.88, "dates": 0.80, "countries": 0.80, "kind": 0.69, "orgs": 0.90}),
        (HELD_OUT_83, {"F1": 0.82, "dates": 0.76, "countries": 0.80, "kind": 0.72, "orgs": 0.90}),
        # heldout86 (varied, kept unread until scored once late in the session of 84 and 85:
        # F1 0.87, dates 0.74, countries 0.58), a few rules written on it since
        (HELD_OUT_86, {"F1": 0.90, "dates": 0.84, "countries": 0.80, "kind": 0.77, "orgs": 0.88}),
        # the batches of the session of heldout106 to 120 still below the bar, each scored once
        # as it arrived (first runs: heldout108 F1 0.84, heldout114 0.67, heldout116 0.88,
        # heldout119 0.77, heldout120 0.73), a few rules written on them since: floors a
        # little under where they stand
        (HELD_OUT_108, {"F1": 0.92, "dates": 0.82, "countries": 0.87, "kind": 0.82, "orgs": 0.95}),
        (HELD_OUT_114, {"F1": 0.86, "dates": 0.76, "countries": 0.80, "kind": 0.72, "orgs": 0.85}),
        # (heldout116's orgs floor lowered when its study visit to Brazil was first found: a
        # record of the right days and place, with every body its page names)
        (HELD_OUT_116, {"F1": 0.93, "dates": 0.85, "countries": 0.92, "kind": 0.74, "orgs": 0.73}),
        (HELD_OUT_119, {"F1": 0.90, "dates": 0.74, "countries": 0.92, "kind": 0.83, "orgs": 0.93}),
        (HELD_OUT_120, {"F1": 0.87, "dates": 0.80, "countries": 0.87, "kind": 0.77, "orgs": 0.93}),
        # the batch of the session of heldout121 to 125 at the bar by a hair only, scored once
        # as it arrived (first run: heldout125 F1 0.84), rules written on it since: floors a
        # little under where it stands
        (HELD_OUT_125, {"F1": 0.88, "dates": 0.83, "countries": 0.83, "kind": 0.78, "orgs": 0.92}),
        # the batch of the session of heldout126 to 130 furthest from the bar at first sight,
        # scored once as it arrived (first run: heldout130 F1 0.75, dates 0.55), rules written
        # on it since: floors a little under where it stands
        (HELD_OUT_130, {"F1": 0.92, "dates": 0.85, "countries": 0.90, "kind": 0.80, "orgs": 0.95}),
        # the batches of the session of heldout131 to 140 not yet at the bar, each scored once
        # as it arrived (first runs: heldout131 0.81, heldout132 0.89, heldout133 0.88,
        # heldout136 0.91 (0.88 at the head of its arrival), heldout140 0.74), rules written
        # on them since: floors a little under where they stand
        (HELD_OUT_131, {"F1": 0.90, "dates": 0.83, "countries": 0.83, "kind": 0.83, "orgs": 0.75}),
        (HELD_OUT_132, {"F1": 0.88, "dates": 0.80, "countries": 0.88, "kind": 0.84, "orgs": 0.84}),
        (HELD_OUT_133, {"F1": 0.90, "dates": 0.88, "countries": 0.90, "kind": 0.88, "orgs": 0.75}),
        (HELD_OUT_136, {"F1": 0.88, "dates": 0.70, "countries": 0.90, "kind": 0.78, "orgs": 0.95}),
        (HELD_OUT_140, {"F1": 0.83, "dates": 0.68, "countries": 0.80, "kind": 0.85, "orgs": 0.93}),
        # the two batches of that session's last round below the bar at first sight (French
        # news, heldout143 F1 0.79; missions' statements, heldout144 0.85), scored once as they
        # arrived at 2b351c8, no rule written on them: floors a little under where they stand
        (HELD_OUT_143, {"F1": 0.75, "dates": 0.65, "countries": 0.78, "kind": 0.65, "orgs": 0.85}),
        (HELD_OUT_144, {"F1": 0.82, "dates": 0.77, "countries": 0.95, "kind": 0.90, "orgs": 0.95}),
        # the batches of the session of heldout146 to 155 not yet at the bar, each scored once
        # as it arrived (first runs: heldout149 0.69 and heldout151 0.82 at 1c9d8d4, rules
        # written on them since; heldout154 0.91, dates 0.71, at a3ca7b7, no rule written on
        # it): floors a little under where they stand
        (HELD_OUT_149, {"F1": 0.82, "dates": 0.76, "countries": 0.76, "kind": 0.76, "orgs": 0.95}),
        (HELD_OUT_151, {"F1": 0.90, "dates": 0.90, "countries": 0.72, "kind": 0.85, "orgs": 0.90}),
        (HELD_OUT_154, {"F1": 0.88, "dates": 0.68, "countries": 0.90, "kind": 0.78, "orgs": 0.95}),
        # the batch of the session of heldout156 to 161 kept unread then, scored once as it
        # arrived at ff28c1c (first run: heldout161 F1 0.79), rules written on it in the session
        # after: a floor a little under where it stood then
        (HELD_OUT_161, {"F1": 0.76, "dates": 0.69, "countries": 0.75, "kind": 0.58, "orgs": 0.90}),
        # the session's last three batches, written while its rules were and scored once as
        # they arrived at 79c5ae6 (first runs: heldout162 F1 0.84, heldout163 0.71, heldout164
        # 0.85); rules written on heldout163 since (a later one moved heldout162: F1 0.81,
        # dates 0.82), none on the other two: floors a little under where they stand
        (HELD_OUT_162, {"F1": 0.78, "dates": 0.79, "countries": 0.70, "kind": 0.70, "orgs": 0.83}),
        (HELD_OUT_163, {"F1": 0.90, "dates": 0.79, "countries": 0.86, "kind": 0.83, "orgs": 0.86}),
        (HELD_OUT_164, {"F1": 0.82, "dates": 0.67, "countries": 0.75, "kind": 0.67, "orgs": 0.90}),
        # the two batches of the session of heldout165 to 168 kept apart, each scored once as
        # it arrived at 76d49f6 (first runs: heldout166 F1 0.90, heldout168 0.80), no rule
        # written on them: floors a little under where they stand
        # (166: the rules of the session of heldout201 to 207, written on other sets, found one
        # more of its records, with a body the gold does not count: F1 0.92, organisations 0.96)
        (HELD_OUT_166, {"F1": 0.87, "dates": 0.84, "countries": 0.84, "kind": 0.84, "orgs": 0.94}),
        (HELD_OUT_168, {"F1": 0.77, "dates": 0.66, "countries": 0.73, "kind": 0.66, "orgs": 0.94}),
        # the batch of the session of heldout173 to 184 kept apart below the bar in its dates,
        # scored once as it arrived at 59a0957 (first run: heldout183 F1 0.97, dates 0.75), no
        # rule written on it: a floor a little under where it stands
        (HELD_OUT_183, {"F1": 0.93, "dates": 0.70, "countries": 0.90, "kind": 0.80, "orgs": 0.95}),
        # the session of heldout185 to 192: each scored once as it arrived at its first head,
        # 0182319 (first runs: heldout185 F1 0.84, heldout187 0.81, heldout189 0.86, heldout190
        # 0.73, heldout191 0.82, heldout188 0.90 just under the bar's F1); rules written on 185,
        # 190 and 191 since, none on 187 and 189 (kept apart with 192, chosen at random before
        # their misses were read), whose records the later rules did not move, nor 188's:
        # floors a little under where they stand
        (HELD_OUT_185, {"F1": 0.87, "dates": 0.77, "countries": 0.84, "kind": 0.70, "orgs": 0.94}),
        (HELD_OUT_187, {"F1": 0.78, "dates": 0.69, "countries": 0.91, "kind": 0.80, "orgs": 0.88}),
        (HELD_OUT_188, {"F1": 0.87, "dates": 0.90, "countries": 0.93, "kind": 0.86, "orgs": 0.97}),
        (HELD_OUT_189, {"F1": 0.83, "dates": 0.68, "countries": 0.79, "kind": 0.68, "orgs": 0.89}),
        (HELD_OUT_190, {"F1": 0.84, "dates": 0.77, "countries": 0.84, "kind": 0.84, "orgs": 0.87}),
        (HELD_OUT_191, {"F1": 0.93, "dates": 0.88, "countries": 0.93, "kind": 0.84, "orgs": 0.88}),
        # the same session's last batches, written late and scored once as they arrived at
        # 5d8d527 (first runs: heldout193 F1 0.80, heldout194 0.95, heldout195 0.93, heldout196
        # 0.87, heldout197 0.87, heldout198 0.75, heldout200 0.88); 193, 194 and 200 kept apart
        # (chosen at random before their misses were read), rules written on the others since:
        # floors a little under where they stand
        (HELD_OUT_193, {"F1": 0.77, "dates": 0.73, "countries": 0.83, "kind": 0.73, "orgs": 0.97}),
        (HELD_OUT_194, {"F1": 0.92, "dates": 0.85, "countries": 0.85, "kind": 0.76, "orgs": 0.77}),
        (HELD_OUT_195, {"F1": 0.92, "dates": 0.84, "countries": 0.86, "kind": 0.81, "orgs": 0.97}),
        # (196: a record matched by accident, dated 30 June from a boulevard's name, lost once
        # places named after a day were read as no day; the visit it stood for, "Mardi" in a
        # release of Wednesday 15 November, is read as the Tuesday of the mission's week)
        (HELD_OUT_196, {"F1": 0.92, "dates": 0.87, "countries": 0.88, "kind": 0.88, "orgs": 0.74}),
        (HELD_OUT_197, {"F1": 0.87, "dates": 0.87, "countries": 0.87, "kind": 0.77, "orgs": 0.90}),
        (HELD_OUT_198, {"F1": 0.78, "dates": 0.71, "countries": 0.71, "kind": 0.67, "orgs": 0.97}),
        (HELD_OUT_200, {"F1": 0.85, "dates": 0.78, "countries": 0.81, "kind": 0.78, "orgs": 0.64}),
        # the session of heldout201 to 207: 207 kept apart (chosen at random before its misses
        # were read), scored once as it arrived at 1738bd4 (first run: F1 0.90, kinds 0.77), no
        # rule written on it (a later one moved a record's kind): floors a little under
        (HELD_OUT_207, {"F1": 0.87, "dates": 0.86, "countries": 0.88, "kind": 0.75, "orgs": 0.94}),
        # the session of heldout208 and 210, each scored once as it arrived at dd2ec99 (208,
        # forms and disclosures of travel: F1 0.81, dates 0.60; 210, narratives with tables
        # of activities: F1 0.87, P 0.78, R 1.00), rules written on both since: floors a
        # little under where they stand
        (HELD_OUT_208, {"F1": 0.90, "dates": 0.88, "countries": 0.88, "kind": 0.85, "orgs": 0.93}),
        (HELD_OUT_210, {"F1": 0.87, "dates": 0.97, "countries": 0.97, "kind": 0.88, "orgs": 0.92}),
        # the session of heldout211 and 212: 209 (year-in-review pages, first run at adb70a5:
        # F1 0.88, P 0.82) and 211 (typical pages of other publishers, first run at a89d8c3: F1
        # 0.94, R 0.90), rules written on both since: floors a little under where they stand
        (HELD_OUT_209, {"F1": 0.95, "dates": 0.94, "countries": 0.96, "kind": 0.94, "orgs": 0.95}),
        (HELD_OUT_211, {"F1": 0.95, "dates": 0.95, "countries": 0.95, "kind": 0.95, "orgs": 0.92}),
        # 212 (French communiqués and papers of African and Caribbean bodies, first run at
        # 2e30cd3: F1 0.82) and 214 (English pages of Asia, the Pacific, the Caribbean,
        # Africa and Europe, first run at 5e785d5: F1 0.72), rules written on both since;
        # 213 is kept apart, no rule written on it
        (HELD_OUT_212, {"F1": 0.90, "dates": 0.88, "countries": 0.85, "kind": 0.83, "orgs": 0.92}),
        (HELD_OUT_214, {"F1": 0.82, "dates": 0.84, "countries": 0.85, "kind": 0.77, "orgs": 0.94}),
        # 215 (pages of assemblies and regional networks: calendars, reports, listings; first
        # run at 761e308: F1 0.86) and 216 (office and PDF text of national bodies: letters,
        # minutes, annual reports, annexes; first run at 351f510: F1 0.89), rules written on
        # both since
        (HELD_OUT_215, {"F1": 0.95, "dates": 0.95, "countries": 0.95, "kind": 0.93, "orgs": 0.95}),
        (HELD_OUT_216, {"F1": 0.95, "dates": 0.95, "countries": 0.95, "kind": 0.93, "orgs": 0.70}),
        # 217 (the press: agencies' dispatches, papers' briefs, a press review; first run at
        # c5cf8da: F1 0.88) and 218 (experts' profiles, NGOs' and projects' progress notes;
        # first run at 86e4034: F1 0.85), rules written on both since; 219 (conferences of
        # electoral bodies' associations, first run at c5cf8da: F1 0.89) kept apart
        (HELD_OUT_217, {"F1": 0.89, "dates": 0.78, "countries": 0.85, "kind": 0.78, "orgs": 0.78}),
        (HELD_OUT_218, {"F1": 0.90, "dates": 0.88, "countries": 0.86, "kind": 0.78, "orgs": 0.92}),
        # 220 (Spanish- and Portuguese-speaking bodies in English and French; first run at
        # 1036dd8: F1 0.93, dates 0.80), one rule written on it since; 221 (small states and
        # regions, first run at 99cb273: F1 0.93) kept apart
        (HELD_OUT_220, {"F1": 0.91, "dates": 0.82, "countries": 0.93, "kind": 0.75, "orgs": 0.95}),
        # 222 (institutional records: minutes, written answers, travel disclosures; first run
        # at 9d3375f: F1 0.88), 223 (chronologies and listings by country, partner, status;
        # F1 0.89), 224 (the life of networks and of the Francophonie; F1 0.85) and 225 (posts
        # copied from social media and blogs; F1 0.84), rules written on all four since
        (HELD_OUT_222, {"F1": 0.97, "dates": 0.97, "countries": 0.97, "kind": 0.95, "orgs": 0.95}),
        (HELD_OUT_223, {"F1": 0.95, "dates": 0.94, "countries": 0.96, "kind": 0.92, "orgs": 0.97}),
        (HELD_OUT_224, {"F1": 0.94, "dates": 0.95, "countries": 0.95, "kind": 0.90, "orgs": 0.91}),
        (HELD_OUT_225, {"F1": 0.90, "dates": 0.76, "countries": 0.83, "kind": 0.76, "orgs": 0.95}),
        # 227 (annual reports' international chapters; first run at f192645: F1 0.98, two extra
        # rows) and 228 (numeric and unusual date shapes, bilingual pages; F1 0.78), rules
        # written on both since
        (HELD_OUT_227, {"F1": 0.98, "dates": 0.98, "countries": 0.98, "kind": 0.97, "orgs": 0.97}),
        (HELD_OUT_228, {"F1": 0.93, "dates": 0.88, "countries": 0.91, "kind": 0.88, "orgs": 0.97}),
        # 226 (francophone archives under year headings, the core's own shape; first run at
        # b9ad674: F1 0.93, dates 0.91, kinds 0.89), kept apart, no rule written on it
        (HELD_OUT_226, {"F1": 0.91, "dates": 0.88, "countries": 0.90, "kind": 0.86, "orgs": 0.91}),
        # the next session's three: 229 (ordinary pages of less-seen publishers: COPA, the
        # APF, RECEF members, the OIF; first run at 4b4e1bd: F1 0.92), 231 (training and
        # capacity building: BRIDGE, schools' calendars, study tours; F1 0.87, kinds 0.67)
        # and 230 (regional organisations' observation and assistance: the AU, ECOWAS, SADC,
        # the EAC, ECCAS, CARICOM, the PIF; F1 0.80 at 54b0364), rules written on all three
        # (230's organisations: the scorer knows few regional bodies)
        (HELD_OUT_229, {"F1": 0.97, "dates": 0.97, "countries": 0.97, "kind": 0.91, "orgs": 0.95}),
        (HELD_OUT_230, {"F1": 0.91, "dates": 0.95, "countries": 0.93, "kind": 0.91, "orgs": 0.38}),
        (HELD_OUT_231, {"F1": 0.92, "dates": 0.93, "countries": 0.95, "kind": 0.95, "orgs": 0.95}),
        # the session after's three: 232 (visits received and sent; first run at c373bf3:
        # F1 0.93, kinds 0.83), 233 (dense archives of many terse entries; F1 0.88, recall 0.80
        # at 20e4711) and 234 (mission diaries and live pages; F1 0.74 at c373bf3), rules
        # written on all three
        (HELD_OUT_232, {"F1": 0.94, "dates": 0.95, "countries": 0.95, "kind": 0.90, "orgs": 0.97}),
        (HELD_OUT_233, {"F1": 0.95, "dates": 0.93, "countries": 0.93, "kind": 0.91, "orgs": 0.97}),
        (HELD_OUT_234, {"F1": 0.83, "dates": 0.67, "countries": 0.79, "kind": 0.76, "orgs": 0.90}),
        # the next session's: 237 (encyclopedia articles, fact sheets, flattened wiki tables of
        # missions, members' glossaries; first run at 34a0c15: F1 0.93, dates 0.92) and 236
        # (headline listings, feeds, search results, contents pages; F1 0.81 at 7fcaef2), then
        # 235 (interviews, transcripts, speeches, op-eds; F1 0.88 at 2a67918), rules written
        # on all three
        (HELD_OUT_235, {"F1": 0.88, "dates": 0.85, "countries": 0.90, "kind": 0.82, "orgs": 0.80}),
        (HELD_OUT_236, {"F1": 0.87, "dates": 0.85, "countries": 0.90, "kind": 0.75, "orgs": 0.95}),
        (HELD_OUT_237, {"F1": 0.96, "dates": 0.96, "countries": 0.96, "kind": 0.94, "orgs": 0.72}),
        # the next session's: 238 (ordinary pages of publishers little seen: archives under
        # year headings, communiqués, yearly reports' bullets, event listings; first run at
        # f154b93: F1 0.89, dates 0.85) and 239 (cards, tiles, accordions, tabs and timelines
        # as saved or copied; F1 0.75, dates 0.69 at f154b93), rules written on both
        (HELD_OUT_238, {"F1": 0.94, "dates": 0.92, "countries": 0.92, "kind": 0.88, "orgs": 0.94}),
        (HELD_OUT_239, {"F1": 0.97, "dates": 0.98, "countries": 0.98, "kind": 0.96, "orgs": 0.97}),
        # and 240 (French pages of the publishers closest to the sources: Élections Québec,
        # RECEF, COPA, the APF, the OIF, CENA Bénin, CEI Côte d'Ivoire), kept apart, no rule
        # written on it: its first run at 7e5f67b, F1 0.97, dates 0.94
        (HELD_OUT_240, {"F1": 0.95, "dates": 0.92, "countries": 0.92, "kind": 0.86, "orgs": 0.97}),
        # 241 (English pages of Commonwealth, Caribbean, Pacific, Asian and East African
        # bodies; first run at ce838fa: F1 0.93, dates 0.94, countries 0.94), rules written on it
        (HELD_OUT_241, {"F1": 0.97, "dates": 0.97, "countries": 0.97, "kind": 0.92, "orgs": 0.97}),
        # 242 (French press pages about francophone bodies' cooperation: dispatches, bylines,
        # interviews, round-ups; first run at d72dbc8: F1 0.81, dates 0.68), rules written on it
        (HELD_OUT_242, {"F1": 0.96, "dates": 0.94, "countries": 0.96, "kind": 0.94, "orgs": 0.94}),
        # 243 (European and international networks: PDF-extracted reports, minutes, tables, a
        # thread of posts; first run at 0aa9898: F1 0.88, dates 0.78) and 244 (observation and
        # democracy-assistance organisations; first run at c9c2ab2: F1 0.92, dates 0.96),
        # rules written on both
        (HELD_OUT_243, {"F1": 0.97, "dates": 0.97, "countries": 0.97, "kind": 0.94, "orgs": 0.92}),
        (HELD_OUT_244, {"F1": 0.96, "dates": 0.97, "countries": 0.97, "kind": 0.96, "orgs": 0.97}),
        # 245 (parliamentary assemblies' observation and cooperation; first run at a93f3f0:
        # F1 0.92, dates 0.90), rules written on it
        (HELD_OUT_245, {"F1": 0.93, "dates": 0.94, "countries": 0.96, "kind": 0.92, "orgs": 0.92}),
        # 246 (newsletters, digests and bulletins of electoral bodies and networks; first run at
        # ffd2e46: F1 0.92, dates 0.85, countries 0.89, kinds 0.89), registered at its first run
        (HELD_OUT_246, {"F1": 0.9, "dates": 0.83, "countries": 0.87, "kind": 0.87, "orgs": 0.97}),
        # 247 (governments, foreign ministries, embassies and donors; first run at 89df4ea:
        # F1 0.90, dates 0.86, countries 0.86, kinds 0.84, organisations 0.87)
        (HELD_OUT_247, {"F1": 0.88, "dates": 0.84, "countries": 0.84, "kind": 0.82, "orgs": 0.85}),
        # 248 (sub-national and city electoral bodies; first run at 3fa141d: F1 0.90, dates
        # 0.88, countries 0.86, kinds 0.84, organisations 1.00), rules written on it
        (HELD_OUT_248, {"F1": 0.88, "dates": 0.86, "countries": 0.84, "kind": 0.82, "orgs": 0.97}),
        # 249 (Asian, Arab and Gulf bodies and networks; first run at c4f4b53: F1 0.87, dates
        # 0.92, countries 0.94, kinds 0.84, organisations 0.96), rules written on it
        (HELD_OUT_249, {"F1": 0.85, "dates": 0.9, "countries": 0.92, "kind": 0.82, "orgs": 0.94}),
        # 250 (Latin American, Ibero-American and lusophone bodies; first run at 9294350: F1
        # 0.93, dates 0.92, countries 0.88, kinds 0.77, organisations 0.90)
        (HELD_OUT_250, {"F1": 0.91, "dates": 0.9, "countries": 0.86, "kind": 0.75, "orgs": 0.88}),
        # 252 (rare date shapes; first run at 9a3111e: F1 0.88, dates 0.78, countries 0.84,
        # kinds 0.78, organisations 0.91), rules written on it
        (HELD_OUT_252, {"F1": 0.86, "dates": 0.76, "countries": 0.82, "kind": 0.76, "orgs": 0.89}),
        # 253 (francophone African commissions' own sites; first run at 7d7108f: F1 0.89,
        # dates 0.84, countries 0.88, kinds 0.84, organisations 0.94), rules written on it
        (HELD_OUT_253, {"F1": 0.97, "dates": 0.95, "countries": 0.97, "kind": 0.95, "orgs": 0.94}),
        # 254 (Western European and Nordic bodies; first run at cf0503b: F1 0.90, dates 0.86,
        # countries 0.86, kinds 0.80, organisations 0.92), rules written on it
        (HELD_OUT_254, {"F1": 0.95, "dates": 0.95, "countries": 0.95, "kind": 0.89, "orgs": 0.9}),
        # 255 (press agencies' and papers' stories; first run at 9e94d0f: F1 0.78, dates 0.62,
        # countries 0.74, kinds 0.70, organisations 0.85), rules written on it
        (HELD_OUT_255, {"F1": 0.84, "dates": 0.73, "countries": 0.85, "kind": 0.81, "orgs": 0.75}),
        # 256 (annual reports as PDF text; first run at 702b09d: F1 0.95, dates 0.98,
        # countries 0.98, kinds 0.91, organisations 0.95), rules written on it
        (HELD_OUT_256, {"F1": 0.97, "dates": 0.97, "countries": 0.97, "kind": 0.89, "orgs": 0.92}),
        # 259 (French core layouts of little-seen francophone publishers; first run at
        # f68974f: F1 0.95, dates 0.98, countries 0.98, kinds 0.94, organisations 0.96), rules
        # written on it
        (HELD_OUT_259, {"F1": 0.96, "dates": 0.97, "countries": 0.97, "kind": 0.95, "orgs": 0.95}),
        # 261 (dense prose, several activities a sentence; first run at f68974f: F1 0.82,
        # dates 0.74, countries 0.63, kinds 0.74, organisations 0.95), rules written on it
        (HELD_OUT_261, {"F1": 0.87, "dates": 0.86, "countries": 0.88, "kind": 0.84, "orgs": 0.93}),
        # 262 (structure in the HTML; first run at ea976ac: F1 0.67, dates 0.56, countries
        # 0.58, kinds 0.49, organisations 1.00), rules written on it
        (HELD_OUT_262, {"F1": 0.95, "dates": 0.95, "countries": 0.95, "kind": 0.88, "orgs": 0.97}),
        # 264 (dates in rare written shapes; first run at 37607e4: F1 0.81, dates 0.64,
        # countries 0.72, kinds 0.68, organisations 1.00), rules written on it
        (HELD_OUT_264, {"F1": 0.9, "dates": 0.89, "countries": 0.91, "kind": 0.85, "orgs": 0.95}),
        # 266 (NGOs' and civil-society networks' pages; first run at 18fbcea: F1 0.88,
        # dates 0.92, countries 0.94, kinds 0.90, organisations 0.89), rules written on it
        (HELD_OUT_266, {"F1": 0.91, "dates": 0.92, "countries": 0.92, "kind": 0.88, "orgs": 0.87}),
        # 267 (archives in the DGEQ's manner from other francophone bodies; first run at
        # 18fbcea: F1 0.90, dates 0.84, countries 0.85, kinds 0.84, organisations 0.98), rules
        # written on it
        (HELD_OUT_267, {"F1": 0.96, "dates": 0.94, "countries": 0.94, "kind": 0.92, "orgs": 0.96}),
        # 268 (news listings and items of francophone bodies, in French; first run at 1f87772:
        # F1 0.83, dates 0.73, countries 0.77, kinds 0.73, organisations 0.92), rules written
        # on it
        (HELD_OUT_268, {"F1": 0.86, "dates": 0.81, "countries": 0.83, "kind": 0.81, "orgs": 0.97}),
        # 270 (English event listings of electoral networks; first run at eee9330: F1 0.83,
        # dates 0.52, countries 0.77, kinds 0.70, organisations 0.93), rules written on it
        (HELD_OUT_270, {"F1": 0.96, "dates": 0.89, "countries": 0.97, "kind": 0.94, "orgs": 0.97}),
        # 274 (French event agendas; first run at ad92584: F1 0.69, dates 0.56, countries
        # 0.62, kinds 0.58, organisations 0.95), rules written on it
        (HELD_OUT_274, {"F1": 0.94, "dates": 0.94, "countries": 0.96, "kind": 0.96, "orgs": 0.95}),
        # 277 (French chronologies and highlights; first run at a4a58d7: F1 0.89, dates 0.86,
        # countries 0.86, kinds 0.84, organisations 0.94), rules written on it
        (HELD_OUT_277, {"F1": 0.86, "dates": 0.84, "countries": 0.84, "kind": 0.82, "orgs": 0.92}),
        # 279 (French long prose: speeches, interviews, press articles; first run at a4a58d7:
        # F1 0.77, dates 0.69, countries 0.67, kinds 0.63, organisations 0.82), rules written
        # on it
        (HELD_OUT_279, {"F1": 0.88, "dates": 0.8, "countries": 0.78, "kind": 0.7, "orgs": 0.8}),
        # 280 (French pages of observation missions; first run at b9707a3: F1 0.88, dates
        # 0.80, countries 0.78, kinds 0.80, organisations 0.82), rules written on it
        (HELD_OUT_280, {"F1": 0.9, "dates": 0.83, "countries": 0.83, "kind": 0.83, "orgs": 0.81}),
        # 284 (French bulleted yearly reports of Maghreb and European bodies; first run at 1da6bfe:
        # F1 0.88, dates 0.78, countries 0.76, kinds 0.72, organisations 0.97), rules written on it
        (HELD_OUT_284, {"F1": 0.96, "dates": 0.97, "countries": 0.95, "kind": 0.91, "orgs": 0.97}),
        # 288 (French pages setting activities out in tables; first run at 1da6bfe: F1 0.81, dates
        # 0.80, countries 0.82, kinds 0.82, organisations 1.00), rules written on it
        (HELD_OUT_288, {"F1": 0.94, "dates": 0.93, "countries": 0.95, "kind": 0.95, "orgs": 0.97}),
        # 289 (English news of democracy-assistance organisations; first run at d50b430: F1 0.85,
        # dates 0.94, countries 0.96, kinds 0.75, organisations 0.97), rules written on it
        (HELD_OUT_289, {"F1": 0.91, "dates": 0.93, "countries": 0.93, "kind": 0.75, "orgs": 0.93}),
        # 290 (French sentences opening on their dates; first run at 1da6bfe: F1 0.87, dates 0.85,
        # countries 0.85, kinds 0.81, organisations 0.90), rules written on it
        (HELD_OUT_290, {"F1": 0.94, "dates": 0.95, "countries": 0.95, "kind": 0.91, "orgs": 0.9}),
        # 292 (French pages of COPA and its member parliaments; first run at dfe914f: F1 0.92, dates
        # 0.87, countries 0.85, kinds 0.84, organisations 0.88), rules written on it
        (HELD_OUT_292, {"F1": 0.94, "dates": 0.91, "countries": 0.89, "kind": 0.86, "orgs": 0.85}),
        # 294 (French archives of the 2005-2012 era; first run at f276dc8: F1 0.91, dates 0.96,
        # countries 0.96, kinds 0.96, organisations 0.98), rules written on it
        (HELD_OUT_294, {"F1": 0.94, "dates": 0.97, "countries": 0.97, "kind": 0.97, "orgs": 0.94}),
        # 295 (French pages of the OIF's electoral support; first run at dfe914f: F1 0.95, dates
        # 0.92, countries 0.94, kinds 0.73, organisations 0.98), rules written on it
        (HELD_OUT_295, {"F1": 0.95, "dates": 0.93, "countries": 0.93, "kind": 0.77, "orgs": 0.94}),
        # 297 (English pages of the OAS and inter-American bodies; first run at dfe914f: F1 0.91,
        # dates 0.85, countries 0.89, kinds 0.76, organisations 0.96), rules written on it
        (HELD_OUT_297, {"F1": 0.94, "dates": 0.92, "countries": 0.94, "kind": 0.81, "orgs": 0.92}),
        # 304 (French pages of national commissions on what their partners gave them; first run
        # at c98777a: F1 0.84, dates 0.74, countries 0.74, kinds 0.69, organisations 0.88), rules
        # written on it
        (HELD_OUT_304, {"F1": 0.96, "dates": 0.95, "countries": 0.95, "kind": 0.95, "orgs": 0.87}),
        # 305 (English pages of assistance providers' projects in francophone countries; first
        # run at c98777a: F1 0.96, dates 0.92, countries 0.94, kinds 0.63, organisations 1.00),
        # rules written on it
        (HELD_OUT_305, {"F1": 0.96, "dates": 0.95, "countries": 0.95, "kind": 0.79, "orgs": 0.96}),
        # 307 (activities across months and years' turns, two rounds, several countries; first
        # run at c98777a: F1 0.91, dates 0.91, countries 0.91, kinds 0.83, organisations 0.99),
        # rules written on it
        (HELD_OUT_307, {"F1": 0.95, "dates": 0.96, "countries": 0.95, "kind": 0.89, "orgs": 0.95}),
        # 309 (international chapters of Québec's and Canada's yearly reports and the RECEF's;
        # first run at c98777a: F1 0.95, dates 0.90, countries 0.90, kinds 0.90, organisations
        # 0.98), rules written on it
        (HELD_OUT_309, {"F1": 0.96, "dates": 0.96, "countries": 0.95, "kind": 0.94, "orgs": 0.95}),
        # 310 (biographies and "who we are" pages listing missions; first run at aab8c86: F1
        # 0.94, dates 0.92, countries 0.92, kinds 0.86, organisations 0.95), rules written on it
        (HELD_OUT_310, {"F1": 0.97, "dates": 0.96, "countries": 0.96, "kind": 0.92, "orgs": 0.93}),
        # 314 (French pages of European institutions; first run at 6ac6d4b: F1 0.89, dates
        # 0.89, countries 0.89, kinds 0.87, organisations 0.86), rules written on it
        (HELD_OUT_314, {"F1": 0.96, "dates": 0.94, "countries": 0.94, "kind": 0.94, "orgs": 0.82}),
        # 315 (places told by demonyms, nicknames, venues or the publisher's own offices; first
        # run at 56f3191: F1 0.66, dates 0.53, countries 0.55, kinds 0.53, organisations 0.94),
        # rules written on it; its nicknames ("the Mother City", "la Ville Lumière") left alone
        (HELD_OUT_315, {"F1": 0.72, "dates": 0.65, "countries": 0.65, "kind": 0.61, "orgs": 0.93}),
        # 316 (network conferences and assemblies with programmes and side visits; first run at
        # 5969bbf: F1 0.93, dates 0.86, countries 0.90, kinds 0.80, organisations 0.98), rules
        # written on it
        (HELD_OUT_316, {"F1": 0.95, "dates": 0.92, "countries": 0.94, "kind": 0.90, "orgs": 0.94}),
        # 318 (the disrupted calendars of the COVID years: postponed, cancelled, hybrid and
        # online events; first run at 55222a4: F1 0.93, dates 0.94, countries 0.94, kinds
        # 0.81, organisations 0.98), rules written on it
        (HELD_OUT_318, {"F1": 0.95, "dates": 0.96, "countries": 0.94, "kind": 0.82, "orgs": 0.96}),
        # 319 (cooperation on electoral technology; first run at 45a39f4: F1 0.92, dates
        # 0.90, countries 0.90, kinds 0.71, organisations 1.00), rules written on it
        (HELD_OUT_319, {"F1": 0.95, "dates": 0.94, "countries": 0.94, "kind": 0.80, "orgs": 0.98}),
        # 321 (cooperation agreements and twinnings with their signing trips; first run at
        # 31b191c: F1 0.88, dates 0.79, countries 0.81, kinds 0.70, organisations 0.94), rules
        # written on it
        (HELD_OUT_321, {"F1": 0.92, "dates": 0.86, "countries": 0.88, "kind": 0.79, "orgs": 0.92}),
        # 324 (action plans and their reviews, planned beside realised; first run at
        # 45a39f4: F1 0.90, dates 0.96, countries 0.94, kinds 0.94, organisations 0.91), rules
        # written on it
        (HELD_OUT_324, {"F1": 0.89, "dates": 0.94, "countries": 0.92, "kind": 0.92, "orgs": 0.89}),
        # 328 (questions and answers with dated examples; first run at 60e343c: F1 0.97,
        # dates 0.94, countries 0.92, kinds 0.74, organisations 0.97), a rule written on it
        (HELD_OUT_328, {"F1": 0.95, "dates": 0.92, "countries": 0.90, "kind": 0.70, "orgs": 0.95}),
        # 331 (election calendars beside the missions; first run at 60e343c: F1 0.89, dates
        # 0.84, countries 0.84, kinds 0.84, organisations 0.99), a rule written on it
        (HELD_OUT_331, {"F1": 0.91, "dates": 0.92, "countries": 0.92, "kind": 0.92, "orgs": 0.96}),
        # 335 (academic and grey literature on electoral cooperation, its references and
        # fieldwork as traps; first run at 0a99b88: F1 0.90, dates 0.90, countries 0.92, kinds
        # 0.76, organisations 0.85), rules written on it
        (HELD_OUT_335, {"F1": 0.95, "dates": 0.90, "countries": 0.92, "kind": 0.80, "orgs": 0.85}),
        # 337 (referendums, local elections, by-elections, primaries, second rounds and
        # re-runs; first run at 46f45ba: F1 0.94, dates 0.94, countries 0.96, kinds 0.87,
        # organisations 0.93), rules written on it
        (HELD_OUT_337, {"F1": 0.96, "dates": 0.96, "countries": 0.96, "kind": 0.88, "orgs": 0.90}),
        # 340 (periods other than calendar years: biennial, fiscal and parliamentary years,
        # semesters, quarters; first run at 460418f: F1 0.73, dates 0.67, countries 0.69,
        # kinds 0.67, organisations 1.00), rules written on it
        (HELD_OUT_340, {"F1": 0.98, "dates": 0.98, "countries": 0.98, "kind": 0.95, "orgs": 0.97}),
        # 347 (international visitors programmes held during elections; first run at
        # c354afa: F1 0.82, dates 0.75, countries 0.73, kinds 0.62, organisations 0.98), rules
        # written on it
        (HELD_OUT_347, {"F1": 0.84, "dates": 0.78, "countries": 0.76, "kind": 0.68, "orgs": 0.96}),
        # 349 (activities dated relative to an election day; first run at c354afa: F1 0.52,
        # dates 0.00, countries 0.35, kinds 0.29, organisations 1.00), a rule written on it
        # (days counted from the vote, "du J-6 au J+1"; the days told in words left open)
        (HELD_OUT_349, {"F1": 0.60, "dates": 0.10, "countries": 0.43, "kind": 0.37, "orgs": 0.98}),
    ],
    ids=[
        "heldout19",
        "heldout32",
        "heldout34",
        "heldout38",
        "heldout39",
        "heldout43",
        "heldout45",
        "heldout64",
        "heldout65",
        "heldout66",
        "heldout67",
        "heldout68",
        "heldout70",
        "heldout73",
        "heldout75",
        "heldout76",
        "heldout77",
        "heldout79",
        "heldout82",
        "heldout83",
        "heldout86",
        "heldout108",
        "heldout114",
        "heldout116",
        "heldout119",
        "heldout120",
        "heldout125",
        "heldout130",
        "heldout131",
        "heldout132",
        "heldout133",
        "heldout136",
        "heldout140",
        "heldout143",
        "heldout144",
        "heldout149",
        "heldout151",
        "heldout154",
        "heldout161",
        "heldout162",
        "heldout163",
        "heldout164",
        "heldout166",
        "heldout168",
        "heldout183",
        "heldout185",
        "heldout187",
        "heldout188",
        "heldout189",
        "heldout190",
        "heldout191",
        "heldout193",
        "heldout194",
        "heldout195",
        "heldout196",
        "heldout197",
        "heldout198",
        "heldout200",
        "heldout207",
        "heldout208",
        "heldout210",
        "heldout209",
        "heldout211",
        "heldout212",
        "heldout214",
        "heldout215",
        "heldout216",
        "heldout217",
        "heldout218",
        "heldout220",
        "heldout222",
        "heldout223",
        "heldout224",
        "heldout225",
        "heldout227",
        "heldout228",
        "heldout226",
        "heldout229",
        "heldout230",
        "heldout231",
        "heldout232",
        "heldout233",
        "heldout234",
        "heldout235",
        "heldout236",
        "heldout237",
        "heldout238",
        "heldout239",
        "heldout240",
        "heldout241",
        "heldout242",
        "heldout243",
        "heldout244",
        "heldout245",
        "heldout246",
        "heldout247",
        "heldout248",
        "heldout249",
        "heldout250",
        "heldout252",
        "heldout253",
        "heldout254",
        "heldout255",
        "heldout256",
        "heldout259",
        "heldout261",
        "heldout262",
        "heldout264",
        "heldout266",
        "heldout267",
        "heldout268",
        "heldout270",
        "heldout274",
        "heldout277",
        "heldout279",
        "heldout280",
        "heldout284",
        "heldout288",
        "heldout289",
        "heldout290",
        "heldout292",
        "heldout294",
        "heldout295",
        "heldout297",
        "heldout304",
        "heldout305",
        "heldout307",
        "heldout309",
        "heldout310",
        "heldout314",
        "heldout315",
        "heldout316",
        "heldout318",
        "heldout319",
        "heldout321",
        "heldout324",
        "heldout328",
        "heldout331",
        "heldout335",
        "heldout337",
        "heldout340",
        "heldout347",
        "heldout349",
    ],
)
def test_newest_held_out_batches_pooled(folder: Path, floors: dict[str, float]) -> None:
    f = _score(folder)
    for figure, floor in floors.items():
        assert f[figure] >= floor, figure
