"""Number reading next to layout damage, probed for wrong values (numprobe64).

A label's number before a gap or a line break ran into the figure after it (表1 34人 read 134人, 详见附件2 | 12个 read
212个): the gap or break after a table's, a figure's or a box's number now ends it. Two short numbers a kept gap parts
(共有12 34人: 1234 spread out, or two numbers?) gave the second alone (34人): now no figure. A list item's number
and its point before a gap (1. 3200人) ran into the count as its decimals (1.32 人): where the line opens a paragraph,
goes on after a mark or follows the item before, the gap now ends the item's number. Their neighbours stay as they
were: a thousands gap (1 234人), a row's cells (城镇新增就业 20 15万人), a number's tail on the next line (增长 | 1. 5%).
"""

from __future__ import annotations

import pytest

from tests.figforms import Fig
from tests.figforms import close as _close
from tests.figforms import figs as _figs

LEAD = "2025年全县推进乡村振兴示范建设，"

# Read wrongly before (the label's or the item's number run in, or the second number alone): now right, or none.
FIXED: list[tuple[str, list[Fig]]] = [
    ("表1 34人", [("34人", 34, None, "exact")]),  # was 134人
    ("图1 34%", [("34%", 34, None, "exact")]),  # was 134%
    ("表1 34.5%", [("34.5%", 34.5, None, "exact")]),  # was 134.5%
    ("附表1 34人", [("34人", 34, None, "exact")]),
    ("表12 34人", [("34人", 34, None, "exact")]),  # (a label's number is no short number spread: kept)
    ("图2 12个乡镇完成任务", [("12个", 12, None, "exact")]),  # was 212个
    ("附件2 12个乡镇完成任务", [("12个", 12, None, "exact")]),
    ("专栏3 12个乡镇完成任务", [("12个", 12, None, "exact")]),  # was 312个
    ("表1\n34人", [("34人", 34, None, "exact")]),  # was 134人
    (LEAD + "主要任务分解详见表1\n34个乡镇均已完成年度任务。", [("34个", 34, None, "exact")]),  # was 134个
    (LEAD + "主要任务分解详见附件2\n12个重点项目全部开工。", [("12个", 12, None, "exact")]),  # was 212个
    ("共有12 34人", []),  # was 34人
    ("全县新增就业12 34人", []),
    ("全县有12 34家企业", []),
    ("发表论文12 34篇", []),
    ("全县共有各级人大代表12 34人", []),  # (代表 is no label: label_not)
    ("全县常住人口12 34.5万人", []),  # was 34.5万人
    ("全年完成投资12 34亿元", []),
    ("全县新增就业3200人，其中12 34人为高校毕业生", [("3200人", 3200, None, "exact")]),
    ("1. 3200人", [("3200人", 3200, None, "exact")]),  # was 1.3200人, 1.32 人
    (" 1. 3200人", [("3200人", 3200, None, "exact")]),
    ("全年工作如下：\n1. 3200人完成培训\n2. 15个乡镇完成改造",
     [("3200人", 3200, None, "exact"), ("15个", 15, None, "exact")]),  # were 1.32 人 and 2.15 个
]

# Read right before and after.
KEPT: list[tuple[str, list[Fig]]] = [
    ("全县共有职工12 345人", [("12345人", 12345, None, "exact")]),
    ("全县共有各级人大代表1 234人", [("1234人", 1234, None, "exact")]),
    (LEAD + "全县各级人大代表1\n234人。", [("1234人", 1234, None, "exact")]),
    ("全县新增就业1 234人", [("1234人", 1234, None, "exact")]),
    ("全县新增就业1,\n234人", [("1,234人", 1234, None, "exact")]),
    ("全县新增就业12\n34人", [("1234人", 1234, None, "exact")]),
    ("城镇新增就业 20 15万人", [("15万人", 150000, None, "exact")]),
    ("全县医院实有床位 36 12张", [("12张", 12, None, "exact")]),  # (a gap before the first too: a row's cells)
    ("本次招聘会共有企业 12 15万人次参会。", [("15万人次", 150000, None, "exact")]),
    ("2025 12万人", [("12万人", 120000, None, "exact")]),
    ("表1 全县新增就业3200人", [("3200人", 3200, None, "exact")]),
    ("表2\n全县新增就业3200人", [("3200人", 3200, None, "exact")]),
    ("1.全县新增就业3200人", [("3200人", 3200, None, "exact")]),
    ("2. 全县新增就业3200人", [("3200人", 3200, None, "exact")]),
    ("（2）3200人", [("3200人", 3200, None, "exact")]),
    ("①1200人", [("1200人", 1200, None, "exact")]),
    ("2025年 12 月 全县新增就业1200人", [("1200人", 1200, None, "exact")]),
    ("全县新增就业3200人[1]", [("3200人", 3200, None, "exact")]),
    ("全县新增就业3200[1]人", [("3200人", 3200, None, "exact")]),
    ("全县新增就业1. 23万人", [("1.23万人", 12300, None, "exact")]),
    ("全年GDP增长5.\n2%", [("5.2%", 5.2, None, "exact")]),
    (LEAD + "城镇新增就业人数增长\n1. 5%，比上年提高0.2个百分点。",
     [("1.5%", 1.5, None, "exact"), ("0.2个百分点", 0.2, None, "exact")]),
    ("增长3，5%", []),
    ("表1：12家企业", [("12家", 12, None, "exact")]),
]


@pytest.mark.parametrize("text,want", FIXED + KEPT, ids=[t for t, _ in FIXED + KEPT])
def test_probed_forms(text: str, want: list[Fig]) -> None:
    got = _figs(text)
    assert _close(got, want), got
