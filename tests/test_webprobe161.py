"""Short news items copied as plain text from county bureaus' web pages: a headline over a meta line (2026-03-31
来源：… 阅读：…), a 【字体：大 中 小】 line or a blank line, and a lead of a line or a few hard-wrapped ones. Texts
invented, in the style of such pages.

The wrong one fixed here: on a page whose lines share no width (a headline, a meta line, a lead a line or a few lines
of differing widths) the column width `_typical_width` guesses is the first line's, the headline's, so the headline
read as a line filling its column and ran on into the lead over the blank or blanked line (合江县开展春风行动…活动共发放…).
The text's first line alone, with no space and no mark (a headline's), now runs on over no blank line where no two of
the page's lines, its web chrome left out, share a width (layout `_Repairer.runs_on`, `_widths_shared`).
Kept both ways: a first line holding a mark (今年一季度，…的 | | 30%，…), or one on a page whose lines share a width (a
hard-wrapped column), still runs on over a blank line; so does a lead's line under the headline.
Left: a headline over a lead with no blank line and no meta line (test_webprobe154's docstring); a hard-wrapped first
line with no mark over a blank line on a page of two or three lines of differing widths (今年以来全县新增城镇就业 | |
1200人，…) now stands apart: its figures hold, the sentence lacks its opening."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures

# (text, its figures' quotes, the opening of the sentence each stands in)
APART = [
    ("合江县开展春风行动送岗位进乡村活动\n发布时间：2026-02-26 来源：合江县人社局\n【字体：大 中 小】\n"
     "活动共发放宣传资料5200份，现场登记求职者830人。\n", ["5200份", "830人"], "活动共发放"),
    ("叙永县举办返乡创业培训班\n\n【字体：大 中 小】\n\n培训为期5天，共有64名返乡人员参加，结业率达到95%。\n",
     ["5天", "64名", "95%"], "培训为期"),
    # the meta line as wide as the headline (23): chrome, left out where widths are asked
    ("古蔺县今年首批公益性岗位人员上岗仪式在县城举行\n2026-03-18 来源：古蔺县融媒体中心 浏览次数：87\n"
     "首批上岗人员共156人，每人每月补贴1800元。\n", ["156人", "1800元"], "首批上岗"),
    ("纳溪区召开根治欠薪工作会\n发布时间：2026-01-09 来源：纳溪区人社局\n会议通报，去年全区为412名农民工追回\n"
     "工资款共计536万元，按时办结率达到\n100%。\n", ["412名", "536万元", "100%"], "会议通报"),
    ("纳溪区召开根治欠薪工作会\n\n会议通报，去年全区为412名农民工追回工资款\n共计536万元，按时办结率达到100%。\n",
     ["412名", "536万元", "100%"], "会议通报"),
    ("龙马潭区举办就业政策宣讲会\n发布时间：2026-04-11 来源：龙马潭区人社局\n"
     "宣讲会上，工作人员向企业讲解了稳岗返还等政策，\n现场有38家企业代表参加，发放政策手册\n2100份，接受咨询300余人次。\n",
     ["38家", "2100份", "300余人次"], "宣讲会上"),
    # the 【字体】 line as wide as the headline (9)
    ("泸州市春风行动收官\n2026-03-31 来源：泸州市人社局 阅读：1203\n【字体：大 中 小】\n\n"
     "活动期间，全市举办招聘会86场，提供岗位5.2万个。\n分享到：微信 微博\n", ["86场", "5.2万个"], "活动期间"),
    ("江阳区零工市场开市\n\n4月8日，江阳区零工市场正式开市，首日进场求职\n人员420人，达成用工意向186人，岗位涉及\n"
     "家政、建筑、物流等12个行业。\n", ["420人", "186人", "12个"], "4月8日，"),
    ("泸州市第一季度城乡居民人均可支配收入情况发布\n\n一季度，全市城镇居民人均可支配收入13560元，同比增长5.1%。\n",
     ["13560元", "5.1%"], "一季度，"),
    # the lead's own line still runs on over a blank line under the headline set apart
    ("合江县新增市场主体\n\n一季度，全县新增各类市场主体1860户，其中企业\n\n412户，个体工商户1448户。\n",
     ["1860户", "412户", "1448户"], "一季度，全县新增各类市场主体1860户，其中企业412户"),
]

# (text, its figures' quotes, the one sentence they all stand in): the hard-wrap repair kept
KEPT = [
    # a first line holding a mark, over a blank line, on a page of no shared width
    ("今年一季度，全县新增城镇就业1200人，完成全年目标的\n\n30%，城镇登记失业率控制在3.5%以内。\n",
     ["1200人", "30%", "3.5%以内"], "今年一季度，全县新增城镇就业1200人，完成全年目标的30%，城镇登记失业率控制在3.5%以内。"),
    # a first line with no mark, on a page whose lines share a width (a hard-wrapped column)
    ("全县规模以上工业企业一季度完成工业总产值\n\n58.6亿元，同比增长7.2%，增速比去年同期提高\n1.3个百分点，其中新材料产业产值增长15.4%。\n",
     ["58.6亿元", "7.2%", "1.3个百分点", "15.4%"],
     "全县规模以上工业企业一季度完成工业总产值58.6亿元，同比增长7.2%，增速比去年同期提高1.3个百分点，其中新材料产业产值增长15.4%。"),
    # a hard-wrapped lead under a headline and a meta line, a blank line inside one of its sentences
    ("江阳区零工市场开市\n发布时间：2026-04-09 来源：江阳区人社局\n4月8日，江阳区零工市场正式开市，首日进场求职\n"
     "人员420人，达成用工意向186人，岗位涉及家政、\n\n建筑、物流等12个行业，日均服务求职者300人次。\n",
     ["420人", "186人", "12个", "300人次"],
     "4月8日，江阳区零工市场正式开市，首日进场求职人员420人，达成用工意向186人，岗位涉及家政、建筑、物流等12个行业，"
     "日均服务求职者300人次。"),
]


def _rows(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    return [(f["quote"], f["sentence"]) for f in dated_figures(extractor, text, "2026-04-15", source="某县人社局")]


@pytest.mark.parametrize(("text", "want", "opening"), APART)
def test_a_short_items_headline_stands_apart_from_its_lead(extractor: Extractor, text: str, want: list[str],
                                                           opening: str) -> None:
    """The headline over a meta, 【字体】 or blank line is a sentence of its own: the lead's figures stand in the
    lead's sentence, which opens the paragraph (no headline's words before it)."""
    got = _rows(extractor, text)
    assert [q for q, _ in got] == want
    assert all(s.startswith(opening) for _, s in got), got


@pytest.mark.parametrize(("text", "want", "sentence"), KEPT)
def test_a_hard_wrapped_line_still_runs_on_over_a_blank_line(extractor: Extractor, text: str, want: list[str],
                                                             sentence: str) -> None:
    """A line filling its column mid-sentence runs on over a blank line as before: a first line with a mark in it,
    one on a page whose lines share a width, a lead's line under a headline."""
    got = _rows(extractor, text)
    assert [q for q, _ in got] == want
    assert {s for _, s in got} == {sentence}
