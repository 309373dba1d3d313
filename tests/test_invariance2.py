"""Damage the sweep (`scripts/damage_sweep.py`) left wrong: a hard wrap every few characters that leaves a
piece of a number alone on its line, read as a page's number and dropped (a wrong value)."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def _wrapped(text: str, n: int) -> str:
    return "\n".join(text[i:i + n] for i in range(0, len(text), n))


def test_a_number_piece_a_hard_wrap_leaves_alone_is_no_page_number(extractor: Extractor) -> None:
    """小麦 | 1 | 018.6万亩: the line under the digits opens with 0 and a digit, which no number does; and 12 | 3 |
    45万元: the lines round them end and open with digits. Joined, not dropped as a page's number. A page's
    number inside a sentence a page break cut (达到 | 3 | 1080张) is still dropped."""
    head = _wrapped("本报讯 记者从市农业农村局获悉，全市已播种小麦", 12)
    text = head + "\n1\n018.6万亩，占预计播种面积的99.2%。"
    assert _got(_run(extractor, text, "2025-11-21"), "value") == [("1018.6万亩", 10186000), ("99.2%", 99.2)]
    both = _wrapped("本报讯 全市新增城镇就业人数达到了12", 19) + "\n3\n45人，同比增长4.2%。"
    assert ("12345人", 12345) in _got(_run(extractor, both, "2025-11-21"), "value")
    page = _wrapped("本报讯 全市家庭病床累计达到", 14) + "\n3\n1080张，使用率为82%。"
    assert ("1080张", 1080) in _got(_run(extractor, page, "2025-11-21"), "value")


def test_a_spaced_out_headline_heads_its_plan(extractor: Extractor) -> None:
    """A headline read glyph by glyph (沙 河 县2026 年 十 项 民 生 实 事) is as short as its characters: a blank line
    under it, or a long line of a page written a paragraph a line, does not run it on into the first paragraph,
    and the plan it names makes the goals under it targets."""
    body = ("|为办好群众身边的实事，经县人大常委会会议票决，县政府确定今年实施十项民生实事，计划总投资3.2亿元。"
            "|1.扩大就业。全年城镇新增就业1800人以上，开展职业技能培训2000人次以上。")
    for gap in ("||", "|"):
        text = ("沙 河 县2026 年 十 项 民 生 实 事" + gap + body[1:]).replace("|", "\n")
        assert ("1800人以上", 1800, "target") in _got(_run(extractor, text, "2026-01-20"), "value", "role")


def test_a_number_cut_after_its_point_runs_on_over_a_blank_line(extractor: Extractor) -> None:
    """A short line ending on a digit's point (床位1.), a blank line, then the number's rest (08万张): one number,
    as under a line ending on a digit, not a paragraph's end (08万张 alone would be a wrong value)."""
    text = ("本报讯 年末全市共有医疗卫生机构2186个，其中医\n\n院58个，基层医疗卫生机构2094个。医疗卫生机构\n\n"
            "床位1.\n\n08万张，比上年增加360张，每千人口床位7.61张。")
    assert ("1.08万张", 10800) in _got(_run(extractor, text, "2025-11-21"), "value")
