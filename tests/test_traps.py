"""What the blind set data/gold/traps found: news items and releases from Guangdong, Henan, Heilongjiang,
Sichuan, Shandong, Fujian, Yunnan, Hebei, Xinjiang and Hunan whose numbers are mostly not figures
(dates, clock times, document numbers, phones, addresses, ranks, names with numerals, codes, scores),
four with page damage. Sentences invented, in the style of such items; the figures worked out by hand
from GUIDE.md."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_secondary_and_race_distances_count_nothing(extractor: Extractor) -> None:
    """二次包装 is secondary packing, 男子5000米接力 a race's name: neither is a figure; 冰刀2.3万副 counts pairs."""
    text = ("本报讯 电商快件不再二次包装率达到95%以上。男子5000米接力决赛中，代表队获得金牌11枚。"
            "全市年产冰刀2.3万副。")
    assert _got(_run(extractor, text, "2025-03-10"), "value", "measure") == [
        ("95%以上", 95, "%"), ("11枚", 11, "枚"), ("2.3万副", 23000, "副")]


def test_a_programme_named_for_a_plan_sets_no_goal(extractor: Extractor) -> None:
    """“特岗计划” and 营养改善计划 name programmes: what they did is a level; 计划 as a verb still plans."""
    text = ("本报讯 今年全市通过“特岗计划”等渠道补充教师1350名。营养改善计划覆盖学生86.7万人。"
            "明年全市计划补充教师1200名。")
    assert _got(_run(extractor, text, "2025-09-02"), "role") == [
        ("1350名", "level"), ("86.7万人", "level"), ("1200名", "target")]


def test_a_deadline_ahead_sets_a_goal_and_a_plans_last_year_keeps_the_year(extractor: Extractor) -> None:
    """2025年底前新增… (said in June) is a goal; 今年是“十四五”规划收官之年 names this year, not 2021-2025."""
    text = ("本报讯 2025年底前，全市新增便民生活圈15个。今年是“十四五”规划收官之年，代表委员共提交建议386件。")
    assert _got(_run(extractor, text, "2025-06-20"), "role", "period") == [
        ("15个", "target", "2025"), ("386件", "level", "2025")]


def test_respectively_skips_a_quoted_name_and_a_units_qualifier(extractor: Extractor) -> None:
    """分别…“15分钟就业服务圈”站点23个、18个: the number of the quoted name takes no rank; 宁阳县第一人民医院
    is the second of two county hospitals listed, its 第一 no break in the list."""
    text = ("本报讯 曲江区、武江区分别建成“15分钟就业服务圈”站点23个、18个。"
            "东平县人民医院、宁阳县第一人民医院新增床位分别为200张、150张。")
    got = _got(_run(extractor, text, "2025-02-19", source="韶关日报"), "place")
    assert [g for g in got if g[0] != "15分钟"] == [
        ("23个", "曲江区"), ("18个", "武江区"), ("200张", "东平县"), ("150张", "宁阳县")]


def test_a_bracketed_measure_opens_a_section_of_the_documents_area(extractor: Extractor) -> None:
    """（四）做强旅游消费。… in a city's policy: the place a landmark gave the measure before is not the next one's."""
    text = ("秦皇岛市出台促进消费十条措施\n"
            "（三）培育夜间经济。山海关古城将在暑期推出活动200场以上。\n"
            "（四）做强旅游消费。暑期力争接待游客2600万人次。\n")
    got = _got(_run(extractor, text, "2025-06-20", source="秦皇岛市人民政府"), "place")
    assert ("2600万人次", "秦皇岛市") in got


def test_a_deadline_heading_its_sentence_ends_at_the_semicolon(extractor: Extractor) -> None:
    """2025年底前，…；对…的企业给予奖励100万元: the deadline sets the goals of its clauses, not the reward
    standard after the semicolon; 力争 heading a sentence still reaches its end."""
    text = ("本报讯 2025年底前，全市新增便民生活圈15个，改造农贸市场20家以上；对首次上规的企业给予奖励100万元。"
            "力争2026年底，全市新建基站1000个；改造管网30公里。")
    assert _got(_run(extractor, text, "2025-06-20"), "role") == [
        ("15个", "target"), ("20家以上", "target"), ("100万元", "level"), ("1000个", "target"), ("30公里", "target")]
