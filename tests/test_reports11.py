"""What the blind set data/gold/reports11 found: excerpts of work reports of 2024 (reviewing 2023, with the year's
plan) and of 2026 (reviewing 2025 and the 十四五) of three prefectures, a county and two county-level cities: a results
paragraph of 其中/分别/占, the year's works under numbered headings, a three-year action of 2024—2026, a county quoting
its prefecture, a 为民办实事 list and a text with page damage. Sentences invented, in the style of such texts; the
figures worked out by hand from GUIDE.md."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted


def test_a_heading_right_under_the_title_and_dateline_opens_the_plan(extractor: Extractor) -> None:
    """某市人民政府工作报告 / ——2024年1月20日在…会议上 / 二、2024年工作安排, each a line of a text written a paragraph
    a line: the heading is a part of its own, not run into the title, and the works under it are the year's goals."""
    page = ("某市人民政府工作报告\n——2024年1月20日在某市第五届人民代表大会第四次会议上\n二、2024年工作安排\n"
            "今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业3.2万人。\n"
            "（一）全力以赴扩投资、促消费。全年实施省市重点工程项目320个，完成年度投资680亿元以上。\n"
            "（二）加快构建现代产业体系。新能源装机新增200万千瓦，规上工业企业净增50户。\n")
    figs = _run(extractor, page, "2024-01-20")
    assert quoted(figs, "role", "period") == [
        ("6%左右", "target", "2024"), ("3.2万人", "target", "2024"), ("320个", "target", "2024"),
        ("680亿元以上", "target", "2024"), ("200万千瓦", "target", "2024"), ("50户", "target", "2024")]


def test_a_clause_of_this_year_after_one_of_the_past_takes_the_plan_up_again(extractor: Extractor) -> None:
    """去年全市接待游客4950万人次，今年力争突破5500万人次；开展消费促进活动100场以上 under 二、2024年工作安排: the clauses
    from 今年 on are the year's works; a sentence opening on a year before the document's (2023年，…) reports results,
    under a numbered plan heading too."""
    page = ("二、2024年工作安排\n"
            "（一）促消费。去年全市接待游客4950万人次，今年力争突破5500万人次；开展消费促进活动100场以上。\n"
            "（二）强产业。2023年全市规上工业增加值增长4.6%，新增规上工业企业218家。\n"
            "（三）抓项目。新增规上工业企业200家以上。\n")
    figs = _run(extractor, page, "2024-01-20")
    assert quoted(figs, "role", "period") == [
        ("4950万人次", "level", "2023"), ("突破5500万人次", "target", "2024"), ("100场以上", "target", "2024"),
        ("4.6%", "change", "2023"), ("218家", "level", "2023"), ("200家以上", "target", "2024")]
    # (…今年力争突破1000亿元；去年新开工亿元以上项目72个，今年确保…: a clause of the past again reports a result)
    page = ("二、2024年工作安排\n（一）抓项目。2023年完成营业收入860亿元，今年力争突破1000亿元；去年新开工项目72个，"
            "今年确保新开工80个以上。\n")
    assert quoted(_run(extractor, page, "2024-01-20"), "role") == [
        ("860亿元", "level"), ("突破1000亿元", "target"), ("72个", "level"), ("80个以上", "target")]


def test_the_years_of_a_three_year_plan_date_its_totals(extractor: Extractor) -> None:
    """三年内新建深水泊位15个, 三年累计新增规上工业企业600家 in a plan of 2024: the goal is due over 2024-2026, not at
    the year 到2026年 names before it; a review's 五年累计 keeps the span it reviews."""
    page = ("三、2024年重点工作\n"
            "（一）实施港口提档升级三年行动。三年内新建深水泊位15个，到2026年港口货物吞吐量达到4.3亿吨。\n"
            "（二）实施制造业三年行动。到2026年，规上工业营业收入突破1.2万亿元；三年累计新增规上工业企业600家。\n")
    figs = _run(extractor, page, "2024-01-11")
    assert [q for q in quoted(figs, "role", "period") if q[0] != "三年"] == [
        ("15个", "target", "2024-2026"), ("4.3亿吨", "target", "2026"), ("突破1.2万亿元", "target", "2026"),
        ("600家", "target", "2024-2026")]
    review = "一、2025年和“十四五”工作回顾\n“十四五”以来，全市累计完成固定资产投资1865亿元。五年累计新增城镇就业3.1万人。\n"
    figs = _run(extractor, review, "2026-01-09")
    assert [q for q in quoted(figs, "role", "period") if q[0] != "五年"] == [
        ("1865亿元", "level", "2021-2025"), ("3.1万人", "level", "2021-2025")]


def test_the_report_s_own_city_after_its_prefecture_is_named(extractor: Extractor) -> None:
    """唐山市地区生产总值增长5.6%，我市增速高于唐山市平均水平0.3个百分点 in 遵化市's report: 我市 is the speaker's city;
    福州市下达的15件为民办实事项目全部完成，新增城镇就业1.85万人 in 福清市's: the city above set the tasks, the figures
    are the county-level city's."""
    page = ("遵化市人民政府工作报告\n——2026年1月9日在遵化市第十七届人民代表大会第六次会议上\n一、2025年工作回顾\n"
            "唐山市地区生产总值达到9680亿元，增长5.6%，我市增速高于唐山市平均水平0.3个百分点。\n")
    assert quoted(_run(extractor, page, "2026-01-09"), "place") == [
        ("9680亿元", "唐山市"), ("5.6%", "唐山市"), ("0.3个百分点", "遵化市")]
    page = ("福清市人民政府工作报告\n——2026年1月13日在福清市第十八届人民代表大会第六次会议上\n一、2025年工作回顾\n"
            "福州市下达的15件为民办实事项目全部完成，新增城镇就业1.85万人，新建改扩建学校12所。\n")
    assert [q for q in quoted(_run(extractor, page, "2026-01-13"), "place") if q[0] != "15件"] == [
        ("1.85万人", "福清市"), ("12所", "福清市")]
