"""What the blind set data/gold/bulletins257 showed: five excerpts of 2025 bulletins of our own, of provinces the bulletin
sets took fewest places from (福建, 黑龙江, 宁夏, 湖北, 海南): 永春县's 统计公报 (人口和就业 with 男 and 女, 城镇 and 乡村
常住人口, 出生率 and 死亡率 in ‰, 城镇新增就业 完成年度目标任务6000人的114.1%, 表1 指标 | 单位 | 绝对数 | 比上年增长（%） of
jobs with -2.8; 城镇 and 农村 income, 分别增长4.2%和6.1%; beds, 每千常住人口 beds 比上年末增加0.41张, 三级医院床位, 养老
床位 and 护理型床位占比; 注 lines 1. and 2.), 海伦市's 卫生健康 公报 (编制床位 and 实有床位, beds 占75.4% beside each kind,
分别比上年增长3.9%和12.4%, 每千常住人口 beds 城镇 and 农村, 精神科床位由上年的160张增加到240张，增长0.5倍, 表1 机构类别 |
绝对数（张） | 比上年增长（%）, 男 and 女 staff, 在55%—60%之间, 医养结合 beds, 下降0.35个千分点), 盐池县's 人社 公报
(城镇新增就业 with 男性 and 女性, 控制在4.5%以内的目标范围内, 区外就业 占29.0%, 招聘活动 and 公益性岗位, 增长0.8倍, 表1 of
jobs in 人, 万人次 and 人次 with -8.2 and 80.0, 社会保险 分别比上年末增长, 在60%—70%之间, 登记失业人员 with 女性 占49.0%),
麻城市's 民政 公报 (低保 户 and 人 of town and country, 分别比上年末减少3.2%和1.9%, 约2390元, 养老服务床位 and 护理型床位,
在45%至55%之间, 表2 项目 | 单位 | 城镇 | 农村, 注 lines) and 文昌市's 老龄事业发展公报 (老年人口 男 and 女, 城镇 and 农村,
每10万人口中百岁老人, 养老机构床位 比上年增加250张, 每千名老年人 beds, 在60%—75%之间, 表1 of 老年人口 and beds with
60周岁及以上 row labels, 80—89周岁 age bands, 每人每月100元至150元不等).
Texts invented (393 must figures: 74 beds, 66 jobs).
Blind (gold as first committed): recall=0.9949 precision=1.0 qualifier=1.0 role=1.0 place=1.0 period=0.9974
topic_beds=0.8333 topic_jobs=1.0.
The set showed: a table of 机构类别 | 绝对数（张） | 比上年增长（%） under 2025年末医疗卫生机构床位情况 read its rows (医院,
公立医院) as bare counts and their growths as growths of nothing, where its caption says they count beds (tables.yaml
caption_counts: 绝对数 and 绝对值 name nothing counted, so the caption's title says what where the row's words name
nothing either). The gold's 0.5倍 after 由上年的160张增加到240张 was a change over that span (2024-2025, GUIDE.md), not a
比上年 growth: corrected in its own commit. Left alone: 文昌市's bulletin, written a paragraph a line with a blank line
between and five numbered headings set alone, is taken for a page an extractor swept across columns (stats/repair/
interleave.py `_swept`: the title, the office's date line and the headings end on no mark, half its lone lines), and
its table's last row (护理型床位 张 1842 16.3) for a column line cut on a number: both cells are left out. Counting such
headings as no open line fixed it, but turned bulletins30's x1, a page truly swept with headings among its lines, into
no sweep (年末农村劳动力转移 ran into the next column's line): reverted; a better sign of a sweep is needed.
Final: recall=0.9949 precision=1.0 qualifier=1.0 role=1.0 place=1.0 period=1.0 topic_beds=1.0 topic_jobs=1.0."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got
from tests.goldsets import scored


def test_a_column_of_absolute_numbers_counts_what_its_caption_names(extractor: Extractor) -> None:
    """类别 | 绝对数（张） | 比上年增长（%） under 表2 2025年末养老服务床位情况, rows naming kinds of care home only
    (公办养老机构): neither the row nor 绝对数 says what is counted, the caption's title does (养老服务床位), as
    公办养老机构床位1260张 would in a sentence; the growth beside each is of those beds. A row naming its own count
    keeps it (参保人数 under a 主要指标 caption). Before, each cell was a bare count of items and its growth a growth of
    nothing."""
    text = ("某县2025年民政事业发展统计公报\n\n表2　2025年末养老服务床位情况\n类别　绝对数（张）　比上年增长（%）\n"
            "公办养老机构　1260　5.2\n民办养老机构　840　12.0\n")
    got = _got(_run(extractor, text, "2026-04-20", "某县民政局"), "value", "unit", "role", "metric")
    assert got == [("1260", 1260, "bed", "level", "beds.care"), ("5.2", 5.2, "percent", "change", "beds.care"),
                   ("840", 840, "bed", "level", "beds.care"), ("12.0", 12.0, "percent", "change", "beds.care")]


@pytest.mark.slow  # a gold set extracted: the quick suite is near its limit
def test_the_bulletins257_gold_set_scores_at_its_floors() -> None:
    """data/gold/bulletins257 (five 2025 bulletins: 永春县 统计公报, 海伦市 卫生健康, 盐池县 人社, 麻城市 民政, 文昌市
    老龄事业; 393 must figures, 74 beds and 66 jobs). Blind: recall=0.9949 precision=1.0 qualifier=1.0 role=1.0
    place=1.0 period=0.9974 topic_beds=0.8333 topic_jobs=1.0; now: recall=0.9949 precision=1.0 qualifier=1.0
    role=1.0 place=1.0 period=1.0 topic_beds=1.0 topic_jobs=1.0 (文昌市's last table row read as a swept column's line,
    its two cells left out). Floors, not the exact scores."""
    s = scored("bulletins257")
    assert s["recall"] >= 0.99 and s["precision"] >= 0.995
    assert s["role_acc"] >= 0.99 and s["qualifier_acc"] >= 0.995
    assert s["place_acc"] >= 0.99 and s["period_acc"] >= 0.99
    assert s["topic_beds_acc"] >= 0.99 and s["topic_jobs_acc"] >= 0.99
    assert s["topic_money_acc"] >= 0.99 and s["topic_percent_acc"] >= 0.99
