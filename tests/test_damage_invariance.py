"""Damage the sweep (scripts/damage_sweep.py) showed, each on a short invented text: the figure the clean
text gives, or none where the damage leaves the value unsure, never a wrong one."""

from __future__ import annotations

from stats.text import extract_text


def _quotes(text: str) -> list[str]:
    return [r["quote"] for r in extract_text(text, published="2025-09-23")]


def test_hyphen_at_a_full_line_end_without_other_marks_gives_no_figure() -> None:
    # 21-|50.3亿元: a range cut after its dash or 2150.3 cut with a running hyphen: the lines cannot tell
    text = ("全县地区生产总值完成了21-\n"
            "50.3亿元，同比增长6.2%，总量\n"
            "继续保持全省县域的第一位，地\n"
            "方财政收入达到了268.5亿元，\n"
            "全年原煤产量达到了3.2亿吨。")
    quotes = _quotes(text)
    assert quotes == ["6.2%", "268.5亿元", "3.2亿吨"]


def test_hyphens_at_many_full_line_ends_are_breaks() -> None:
    text = ("全县地区生产总值完成了21-\n"
            "50.3亿元，同比增长6.2%，新增就业28-\n"
            "60人，发放创业担保贷款共计1-\n"
            "8亿元，帮扶困难群众共计3500户，\n"
            "新建和改造农村公路共计86公里。")
    quotes = _quotes(text)
    assert quotes[:4] == ["2150.3亿元", "6.2%", "2860人", "18亿元"]


def test_a_short_line_keeps_its_range() -> None:
    assert "3-5个" in _quotes("新建项目3-\n5个。")


def test_running_head_in_radical_forms_inside_a_sentence() -> None:
    text = "全县村卫生室远程诊疗覆盖率达到\n文山⽇报 2025年9⽉23⽇ 星期二 综合新闻 3\n100%，比上年提高5个百分点。"
    assert _quotes(text) == ["100%", "5个百分点"]


def test_spaced_out_running_head_inside_a_sentence() -> None:
    for head in ("文 山 日 报 2 0 2 5 年 9 月 2 3 日 星 期 二 综 合 新 闻 3",
                 "文 山 ⽇ 报 2025 年 9 ⽉ 23 ⽇ 星 期 二 综 合 新 闻 3"):
        text = f"全县村卫生室远程诊疗覆盖率达到\n{head}\n100%，比上年提高5个百分点。"
        assert _quotes(text) == ["100%", "5个百分点"], head
    assert _quotes("全县粮食产量增 长 2.23 倍，达到12万吨。") == ["2.23倍", "12万吨"]


def test_article_jumped_and_taken_up_after_another_item() -> None:
    item = "城东公交站投入使用\n本报讯 新建的城东公交站本周投入使用，设有候车室。\n"
    for jump in ("（下转第3版）\n",):
        text = ("全县经济平稳运行\n2023年，全县地区生产总值完成312.7亿元，全体居民人均可支配收入4"
                f"{jump}{item}（上接第2版）0126元，比上年增长5.9%。")
        rows = extract_text(text, published="2025-09-23")
        got = [(r["quote"], r["period"]) for r in rows]
        assert got == [("312.7亿元", "2023"), ("40126元", "2023"), ("5.9%", "2023")], jump


def test_unsure_hyphen_leaves_no_number_of_the_words_around() -> None:
    # the numbers made unreadable, not spaces: 突破 | 万辆 must not read as 破万 (ten thousand)
    text = ("过去一年，全省新能源汽车产量突破1-\n"
            "8万辆，比上年增长了60.4%，长春\n"
            "市地区生产总值突破了8000亿元，\n"
            "吉林市、松原市分别增长了5.2%\n"
            "和6.1%，全省就业形势保持稳定。")
    quotes = _quotes(text)
    assert not [q for q in quotes if "万辆" in q]
    assert "60.4%" in quotes
