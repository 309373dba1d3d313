"""What the blind set data/gold/news196 showed: six local items of the provinces and kinds of media the news sets used
least (陕西, 安徽, 甘肃, 广西, 湖南, 宁夏): 略阳县融媒体中心's 直播带岗 short video script in March
(【画面】/【同期声】/【解说】 turns, 4500元到6500元, 8600余个, 超过52万人次, 接官亭镇 and 白水江镇, 近百人, 二千八百元,
1-2月, 在西安市务工的, 汉中市's plan and the county's part, 截至2月底, 一百一十八人, 去年); 泾县人大常委会's
人大代表视察 in September (规划床位, 到2027年…由目前的5.9张提高到6.6张, 茂林镇 and 桃花潭镇, 截至8月底,
由60张扩充到120张, 九十六名, 宣城市, 1-8月, 不足50%, 近四成, 代表们建议…力争到2027年底, 不少于800万元); 宕昌县卫健局's
义诊 and 家庭医生签约 item in June (40余名, 680余人次, 约1.6万元, 超过九成, 一季度, 截至5月底, 比陇南市平均水平高0.4张,
“十四五”以来, 陇南市's plan, 到2027年); 凌云县's 驻村 report in August (2024年3月, 百色市派驻, 两年多来, 不足3万元,
由2023年的350亩扩大到目前的1200亩, 九十多万元, 百色市 上半年, 力争到2027年); 江华瑶族自治县's 招商签约 news in November
(a headline figure said again, 10亿元以上, 预计, 约150亩, 2000户左右, “三类500强”, 截至10月底, 永州市 前三季度,
“十四五”以来, 突破500亿元); 平罗县应急管理局's year review in December (1-11月, 同比分别下降25%和28.6%, 1.26万家次,
七千四百余人次, 由8人增加到15人, 2.3万件（套）, 上半年, 石嘴山市, 宁夏 “十四五”期间, 明年, 较2025年下降10%以上).
Blind (gold as first committed): recall=1.0 precision=0.9874 qualifier=1.0 role=0.9744 place=0.9551 period=0.9527
topic_beds=1.0 topic_jobs=0.9355 (156 must figures). The engine's: 白水江镇 (a town of 略阳县) named 白水县, a county of
the same province whose short form opens the town's name, and held it for the sentences after; “三类500强” gave 三类 a
count; 两年多来，…，争取各类帮扶资金460余万元，修建产业路8.6公里 made both goals (争取) of no period;
略阳县承担其中的2200人 after 汉中市's goal counted people, not jobs, and the share after it too.
Gold corrected after the blind run: 两年多来's 两年多 is a duration (optional, GUIDE); 300吨 and 1座 of 弄福村计划新建…
have no period (到2027年 stands in the clause after them); 一期用地约150亩 of a project 计划投资… is planned, a target
of no period; the from-value of 县中医医院康复科床位已由50张增加到80张, in the paragraph “十四五”以来 opens, is of 2020,
the plan's base.
Now: recall=1.0 precision=1.0 qualifier=1.0 role=0.9936 place=1.0 period=0.9931 topic_beds=1.0 topic_jobs=1.0.
Left: 略阳县承担其中的2200人 is a level (a part of the city's goal of the sentence before, a goal itself: no part
carries its whole's role across sentences, 其中 neither); 规划床位1200张 of a hospital opening 明年6月 is given the
document's month, not 2027. Sentences invented, in the style of such items."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got
from tests.goldsets import scored


def _rows(extractor: Extractor, text: str, source: str, published: str, *keys: str) -> list[tuple]:
    return _got(_run(extractor, text, published, source=source), *keys)


def test_a_town_whose_name_runs_on_past_a_countys_short_form_is_no_county(extractor: Extractor) -> None:
    """白水江镇今年新建社区工厂3家 in 略阳县's short video: the town's name holds 白水, the short form of 白水县 in the same
    province, and goes on (places.yaml town_longer_after): no division's, the item's county keeps it and the sentence
    after it. 白水城镇新增就业 (城镇, the urban area: town_longer_not) and 白水今年… still name the county."""
    text = ("【解说】白水江镇今年新建社区工厂3家，吸纳脱贫劳动力就业近百人。\n"
            "【同期声】群众王秀梅：“一个月能挣二千八百元。”\n")
    rows = _rows(extractor, text, "略阳县融媒体中心", "2026-03-18", "place")
    assert rows == [("3家", "略阳县"), ("近百人", "略阳县"), ("二千八百元", "略阳县")]
    rows = _rows(extractor, "白水城镇新增就业1200人。", "渭南日报", "2026-03-18", "place")
    assert rows == [("1200人", "白水县")]


def test_the_count_of_rankings_a_firms_kind_is_named_by_is_no_figure(extractor: Extractor) -> None:
    """1-10月，全县新签约“三类500强”企业投资项目5个 in a 招商 item: 三类 counts the rankings (世界、中国、民营500强) the kind
    of firm is named by (exclusions.yaml exclude.rank), no count of 类; a count of people by kind stays."""
    text = "1-10月，全县新签约“三类500强”企业投资项目5个，引进三类500强企业3家。"
    rows = _rows(extractor, text, "江华瑶族自治县融媒体中心", "2026-11-20")
    assert rows == [("5个",), ("3家",)]


def test_years_and_more_looked_back_on_run_to_now_and_what_they_secured_is_done(extractor: Extractor) -> None:
    """2024年3月，…来到村里。两年多来，他和队员们走遍了全村…，争取各类帮扶资金460余万元 in a 驻村 report of August 2026:
    the years counted and more (periods.yaml closed_years, group `more`) run into the document's year, 2024-2026; and a
    sentence opening on a count of years looking back (roles.yaml target.past_span, group `back`) reports what 争取
    brought in, a level, as 三年来，工作队争取… does; 今年以来…，争取… stays a goal."""
    text = "2024年3月，第一书记来到村里。两年多来，他和队员们走遍了全村，争取各类帮扶资金460余万元，修建产业路8.6公里。"
    rows = _rows(extractor, text, "凌云县人民政府", "2026-08-05", "role", "period")
    assert rows[1:] == [("460余万元", "level", "2024-2026"), ("8.6公里", "level", "2024-2026")]
    rows = _rows(extractor, "两年来，他和队员们走遍了全村，争取各类帮扶资金300万元。", "凌云县人民政府", "2026-08-05",
                 "role", "period")
    assert rows[1:] == [("300万元", "level", "2024-2025")]


def test_a_places_part_it_bears_of_the_count_before_counts_what_that_counts(extractor: Extractor) -> None:
    """全市城镇新增就业目标为3.2万人。略阳县承担其中的2200人，占全市任务的6.9% in a county's short video: the part the
    county bears of the city's count (context.yaml part_row) counts new urban jobs, and the share after it too."""
    text = "【解说】汉中市今年全市城镇新增就业目标为3.2万人。略阳县承担其中的2200人，占全市任务的6.9%。"
    rows = _rows(extractor, text, "略阳县融媒体中心", "2026-03-18", "place", "metric")
    assert rows == [("3.2万人", "汉中市", "jobs.urban_new"), ("2200人", "略阳县", "jobs.urban_new"),
                    ("6.9%", "略阳县", "jobs.urban_new")]


@pytest.mark.slow  # a gold set extracted: the quick suite is near its limit
def test_the_news196_gold_set_scores_at_its_floors() -> None:
    """data/gold/news196 (six items: 略阳县's 直播带岗 short video; 泾县's 人大代表视察; 宕昌县卫健局's 义诊; 凌云县's 驻村
    report; 江华's 招商签约; 平罗县应急管理局's year review). Floors, not the exact scores (see the module)."""
    s = scored("news196")
    assert s["recall"] >= 0.995 and s["precision"] >= 0.995
    assert s["role_acc"] >= 0.99 and s["qualifier_acc"] >= 0.995
    assert s["place_acc"] >= 0.995 and s["period_acc"] >= 0.99
    assert s["topic_beds_acc"] >= 0.995 and s["topic_jobs_acc"] >= 0.995 and s["topic_money_acc"] >= 0.995
