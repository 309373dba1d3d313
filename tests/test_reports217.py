"""What the blind set data/gold/reports217 showed: five work reports of kinds the reports sets had used least
(遂川县农业农村局's 2026 乡村振兴 summary of December, 预计全年 and 1-11月 figures, a table of towns' tea and the 2027
goals; 乌兰浩特市人力资源和社会保障局's 1-11月 就业 report, 兴安盟's figure inside; 梅河口市教育局's 2025—2026学年
summary of August, 秋季学期 plans and the goals of 新学年; 张家界市生态环境局's half-year of July, 武陵源区 永定区
慈利县 桑植县 inside and a table of their air; 天津市蓟州区人大常委会's 工作报告 of January 2027, 审议 items, 调研
counts and the 2027 budget's growth). Blind: recall=0.9691 precision=1.0 qualifier=0.9894 role=0.9681 place=0.9787
period=0.9787 topic_jobs=0.96 (194 must figures): the table by district not read (its head's PM2.5（微克/立方米） and
同比变化（%）), and its cells paired with the goals of the same values below; 上半年争取…资金
1.46亿元，完成全年目标的73% (and the projects after it) goals; 开展《天津市生态环境保护条例》执法检查，…发现问题17个 of
天津市; 新学年，力争… under 五、2026—2027学年工作打算 of 2026; 超出标准班额3人 a level. Final: recall=1.0 precision=1.0
qualifier=1.0 role=1.0 place=1.0 period=0.9948 topic_jobs=0.96. Left:
审查批准区政府预算调整方案，新增政府专项债券额度12.5亿元 right after 批准2025年区级决算：… keeps 2025 (the adjustment is
of the year the committee reports on, 2026); 打造“兴安家政”劳务品牌，全年输出家政服务人员1350人 was people, not jobs
(labour sent out to work, as 劳务输出 is): jobs.labour_transfer since reports224 (topic_jobs 0.96 -> 1.0). The
budget's growth (区级一般公共预算收入安排33.8亿元，比上年增长5.5% in the 2027 budget the congress reviews) was
written a target, as GUIDE.md has a plan's figures, and read so. Sentences invented, in the style of such reports."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got
from tests.goldsets import scored


def test_a_table_by_district_with_a_pollutants_code_and_a_change_column_is_read(extractor: Extractor) -> None:
    """区县 | 优良天数比例（%） | PM2.5（微克/立方米） | 同比变化（%）: a column named by a code of capitals and digits
    (PM2.5, PM10) holds what it names in the unit in its brackets, and 同比变化 heads a change column as 同比增长 does;
    each row is its district's."""
    text = ("表1　2026年1-6月各区县环境空气质量情况\n\n区县 | 优良天数比例（%） | PM2.5（微克/立方米） | 同比变化（%）\n"
            "永定区 | 94.5 | 28 | -6.7\n武陵源区 | 98.9 | 21 | -8.7\n\n二、存在的问题\n")
    assert _got(_run(extractor, text, "2026-07-14", source="张家界市生态环境局"), "measure", "role", "place") == [
        ("94.5", "%", "level", "永定区"), ("28", "微克/立方米", "level", "永定区"), ("-6.7", "%", "change", "永定区"),
        ("98.9", "%", "level", "武陵源区"), ("21", "微克/立方米", "level", "武陵源区"), ("-8.7", "%", "change", "武陵源区")]
    text = "区县 | 优良天数比例（%） | PM10浓度（微克/立方米）\n慈利县 | 95.0 | 45\n桑植县 | 96.7 | 41\n"
    assert _got(_run(extractor, text, "2026-07-14", source="张家界市生态环境局"), "measure", "place") == [
        ("95.0", "%", "慈利县"), ("45", "微克/立方米", "慈利县"), ("96.7", "%", "桑植县"), ("41", "微克/立方米", "桑植县")]


def test_money_sought_with_the_share_of_the_years_goal_done_is_a_result(extractor: Extractor) -> None:
    """上半年争取中央和省级生态环境资金1.46亿元，完成全年目标的73%: the share of the year's goal done says the money
    came in, a result (as 比上年同期增加 after 争取 does), and so are the projects the sentence goes on to;
    下半年争取…资金 with no such share is still sought."""
    text = ("上半年争取中央和省级生态环境资金1.46亿元，完成全年目标的73%；入库生态环境导向开发（EOD）项目2个，"
            "总投资28.7亿元。")
    assert _got(_run(extractor, text, "2026-07-14", source="张家界市生态环境局"), "role") == [
        ("1.46亿元", "level"), ("73%", "level"), ("2个", "level"), ("28.7亿元", "level")]
    text = "下半年，争取中央和省级生态环境资金1亿元以上。"
    assert _got(_run(extractor, text, "2026-07-14", source="张家界市生态环境局"), "role") == [("1亿元以上", "target")]


def test_a_place_inside_a_book_title_is_no_figures_place(extractor: Extractor) -> None:
    """开展《天津市生态环境保护条例》执法检查，…发现问题17个 in 蓟州区's report: the province's law named in book-title
    marks names no area the inspection's figures are of; they stay the district's. 天津市 named bare is the province
    still."""
    text = ("开展《天津市生态环境保护条例》执法检查，检查组深入下营镇、罗庄子镇等8个乡镇，实地检查企业和点位36个，"
            "发现问题17个，提出意见建议9条。")
    assert _got(_run(extractor, text, "2027-01-14", source="天津市蓟州区人大常委会"), "place")[-2:] == [
        ("17个", "蓟州区"), ("9条", "蓟州区")]
    text = "天津市开展生态环境保护执法检查，发现问题17个。"
    assert _got(_run(extractor, text, "2027-01-14", source="天津市蓟州区人大常委会"), "place") == [("17个", "天津市")]


def test_the_new_school_year_is_the_one_opening_in_the_documents_year(extractor: Extractor) -> None:
    """新学年，力争学前三年毛入园率达到97%以上 in a summary of August 2026 under 五、2026—2027学年工作打算: the school
    year about to open, 2026-2027; 新学年开学以来 in an item of October 2026 is the one just opened, the same; 本学年 in
    August is still the one ending."""
    text = ("一、基本情况\n\n全市共有专任教师5127人。\n\n五、2026—2027学年工作打算\n\n"
            "新学年，力争学前三年毛入园率达到97%以上，新增公办学位2000个。")
    rows = _got(_run(extractor, text, "2026-08-28", source="梅河口市教育局"), "period")
    assert [r for r in rows if r[0] != "三年"][-2:] == [("97%以上", "2026-2027"), ("2000个", "2026-2027")]
    text = "新学年开学以来，全市中小学新增学位1440个。"
    assert _got(_run(extractor, text, "2026-10-20", source="梅河口市教育局"), "period") == [("1440个", "2026-2027")]
    text = "本学年，全市新增学位3240个。"
    assert _got(_run(extractor, text, "2026-08-28", source="梅河口市教育局"), "period") == [("3240个", "2025-2026")]


def test_the_excess_over_a_standard_is_a_change(extractor: Extractor) -> None:
    """城区小学平均班额达到48人，超出标准班额3人: the excess over the standard class size, the difference between the
    figure and the standard, a change as a gap to an average is; 高于国家二级标准10微克/立方米 too. A bound under a
    multiple of the standard (不低于…标准的1.3倍) and the standard's own value after 超过 are no gap."""
    text = "城区小学平均班额达到48人，超出标准班额3人。"
    assert _got(_run(extractor, text, "2026-08-28", source="梅河口市教育局"), "role") == [
        ("48人", "level"), ("3人", "change")]
    text = "全市PM2.5平均浓度为45微克/立方米，高于国家二级标准10微克/立方米。"
    assert _got(_run(extractor, text, "2026-07-14", source="张家界市生态环境局"), "role") == [
        ("45微克/立方米", "level"), ("10微克/立方米", "change")]
    text = "特困人员基本生活标准按不低于当地城市低保标准的1.3倍确定。"  # a bound, a multiple of the standard
    assert _got(_run(extractor, text, "2026-08-28", source="梅河口市民政局"), "role") == [("1.3倍", "level")]
    text = "韭菜中腐霉利检出值为0.86mg/kg，超过国家标准限量0.2mg/kg的3.3倍。"  # the standard's own value
    assert _got(_run(extractor, text, "2026-07-14", source="张家界市市场监督管理局"), "role") == [
        ("0.86mg/kg", "level"), ("0.2mg/kg", "level"), ("3.3倍", "level")]


@pytest.mark.slow  # a gold set extracted: the quick suite is near its limit
def test_the_reports217_gold_set_scores_at_its_floors() -> None:
    """data/gold/reports217 (遂川县农业农村局 乡村振兴 summary of December 2026; 乌兰浩特市人社局 1-11月 就业 report;
    梅河口市教育局 2025—2026学年 summary of August; 张家界市生态环境局 half-year of July; 蓟州区人大常委会 工作报告 of
    January 2027). Blind: recall=0.9691 precision=1.0 qualifier=0.9894 role=0.9681 place=0.9787 period=0.9787
    topic_jobs=0.96 (194 must figures); now: recall=1.0 precision=1.0 qualifier=1.0 role=1.0 place=1.0 period=0.9948
    topic_jobs=0.96. Floors, not the exact scores."""
    s = scored("reports217")
    assert s["recall"] >= 0.995 and s["precision"] >= 0.995
    assert s["role_acc"] >= 0.99 and s["qualifier_acc"] >= 0.995
    assert s["place_acc"] >= 0.99 and s["period_acc"] >= 0.99
    assert s["topic_jobs_acc"] >= 0.95 and s["topic_money_acc"] >= 0.99
