"""A probe of news items copied as plain text from government and media web pages: a headline, meta lines (发布时间：…
来源：… 浏览次数：…, 【字体：大 中 小】, 分享到：), a lead, the body and a tail (责任编辑：…, 扫一扫在手机打开当前页,
相关链接, 上一篇/下一篇 holding other items' figures). Texts invented, in the style of county bureaus' and portals' pages.

The wrong ones fixed here:
- a short item (a headline, a meta line, a one-paragraph body, no two lines as wide) had its headline read as a
  line filling its column, so it ran on into the lead over the blank or blanked line (我县举办夏季招聘会7月6日，…):
  (webprobe161) the text's first line alone, a headline's, runs on over no blank line where no two of the page's
  lines share a width (layout `_Repairer.runs_on`, `_widths_shared`): its width is the only one met first;
- a meta line with nothing else of the page kept (发布时间：2026-03-12 10:30 来源：阆中市人社局;
  2026-10-09 来源：… 阅读：2156) was no web page's, so it stayed text, glued the headline to the lead and lent
  the headline's figure its date as a period (layout.yaml web_page now knows it).
Right already and kept: meta numbers (浏览次数, 索引号, ICP备, 电话) read as no figure, 上一篇/下一篇 and
相关链接 titles dropped, the body's period over the meta date.
Left: a headline over a short lead with no blank line and no meta line (我县举办夏季招聘会 | 7月6日，…提供岗位
2300余个。, both lines under 30 characters) still reads as one hard-wrapped paragraph: nothing tells the kinds apart."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run


def _rows(extractor: Extractor, text: str, published: str, source: str) -> list[tuple]:
    return [(f["quote"], f["period"], f["place"], f["sentence"]) for f in _run(extractor, text, published, source=source)]


def test_a_short_items_headline_is_its_own_sentence(extractor: Extractor) -> None:
    """A county bureau's item: headline, meta line (浏览次数 marks the page), a one-line body. The headline is no
    line filling a column (no two lines are as wide), so it stands apart from the lead."""
    text = ("我县举办夏季招聘会\n发布时间：2026年07月08日 来源：泸县人力资源和社会保障局\n"
            "7月6日，县人社局在县城广场举办夏季招聘会，共有85家企业参会，提供岗位2300余个，达成就业意向460人。\n"
            "浏览次数：321\n")
    got = _rows(extractor, text, "2026-07-08", "泸县人力资源和社会保障局")
    assert [r[0] for r in got] == ["85家", "2300余个", "460人"]
    assert all(r[3].startswith("7月6日，") for r in got)
    assert {r[1] for r in got} == {"2026-07"} and {r[2] for r in got} == {"泸县"}


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_headline_over_a_blank_line_stays_apart(extractor: Extractor, gap: str) -> None:
    """The same with a blank line and a 分享到 line around the headline: the body's first sentence opens the lead."""
    text = (f"泸县开展就业援助月活动{gap}发布时间：2026-11-03 14:20:05 来源：泸县人力资源和社会保障局 作者：办公室{gap}"
            "活动期间，县人社局共走访困难人员420人，帮助186人实现就业。\n分享到： 微信 微博 QQ空间\n")
    got = _rows(extractor, text, "2026-11-03", "泸县人力资源和社会保障局")
    assert [r[0] for r in got] == ["420人", "186人"]
    assert all(r[3].startswith("活动期间") for r in got)


def test_a_bare_meta_line_lends_no_period(extractor: Extractor) -> None:
    """发布时间：2026-03-12 10:30 来源：… alone marks a web page: the line is dropped, the headline's 386万元 is its
    own sentence and takes the body's year (今年以来), not the meta date's month."""
    text = ("发放稳岗返还资金386万元\n发布时间：2026-03-12 10:30 来源：阆中市人社局\n"
            "今年以来，我市向1260家企业发放稳岗返还资金386万元，惠及职工2.1万人，有效稳定了就业岗位。\n")
    got = _rows(extractor, text, "2026-03-12", "阆中市人社局")
    assert [(q, p) for q, p, _, _ in got] == [("386万元", "2026"), ("1260家", "2026"), ("386万元", "2026"),
                                              ("2.1万人", "2026")]
    assert got[0][3] == "发放稳岗返还资金386万元"
    assert {r[2] for r in got} == {"阆中市"}


def test_a_date_first_meta_line_with_a_counter_is_no_text(extractor: Extractor) -> None:
    """2026-10-09 来源：… 阅读：2156 under the headline: no figure of 2156, and the headline apart from the lead."""
    text = ("国庆假期雨城区接待游客52万人次\n2026-10-09 来源：雨城区融媒体中心 阅读：2156\n"
            "国庆假期，雨城区共接待游客52万人次，实现旅游收入3.8亿元，分别增长8.2%和9.1%。\n【打印】 【关闭】\n")
    got = _rows(extractor, text, "2026-10-09", "雨城区融媒体中心")
    assert [r[0] for r in got] == ["52万人次", "52万人次", "3.8亿元", "8.2%", "9.1%"]
    assert got[0][3] == "国庆假期雨城区接待游客52万人次"
    assert "2156" not in "".join(r[3] for r in got)


WEB_ITEMS = [
    ("2026-03-12", "阆中市人社局",
     "阆中市一季度新增城镇就业1200人\n发布时间：2026-03-12 10:30  来源：阆中市人社局  作者：王丽  浏览次数：1234\n"
     "【字体：大 中 小】\n分享到：\n今年一季度，全市新增城镇就业1200人，完成全年目标任务的30%。"
     "城镇登记失业率控制在3.2%以内。\n责任编辑：李明\n【打印本页】【关闭窗口】\n"
     "上一篇：阆中市去年发放创业担保贷款5600万元\n下一篇：阆中市开展春风行动 提供岗位3000个\n",
     ["1200人", "1200人", "30%", "3.2%以内"]),
    ("2026-04-02", "凤冈县人力资源和社会保障局",
     "凤冈县召开2026年就业工作推进会\n发布日期：2026-04-02 09:15 信息来源：凤冈县人力资源和社会保障局 浏览量：567\n"
     "3月31日，县人社局召开就业工作推进会。会议指出，2025年全县城镇新增就业3200人，农村劳动力转移就业1.5万人。\n"
     "编辑：张三 审核：李四\n扫一扫在手机打开当前页\n相关链接\n凤冈县2025年发放失业保险金800万元\n凤冈县新建零工市场3个\n",
     ["3200人", "1.5万人"]),
    ("2026-06-15", "遵义市统计局",
     "遵义市5月份居民消费价格同比上涨0.8%\n时间：2026-06-15 来源：遵义市统计局 点击数：88\n"
     "5月份，全市居民消费价格同比上涨0.8%，环比下降0.2%。其中，食品价格上涨1.5%。\n"
     "网站标识码：5203000001 黔ICP备12345678号-1 黔公网安备52030002000123号\n联系电话：0851-28221234\n",
     ["0.8%", "0.8%", "0.2%", "1.5%"]),
    ("2026-08-01", "乐山市人民政府",
     "乐山市上半年经济运行情况\n索引号：11511100/2026-00123  发布机构：乐山市统计局  成文日期：2026-08-01\n"
     "上半年，全市地区生产总值完成1250亿元，同比增长5.1%。规模以上工业增加值增长6.3%。\n"
     "上一篇：乐山市1-5月工业经济运行情况（工业增加值增长6.0%）\n下一篇：乐山市一季度经济运行情况\n",
     ["1250亿元", "5.1%", "6.3%"]),
    ("2026-05-20", "新华网",
     "前4个月全国铁路发送旅客13.5亿人次\n2026-05-20 16:42:18 来源：新华网\n"
     "新华社北京5月20日电（记者张华）记者20日从国铁集团获悉，今年前4个月，全国铁路累计发送旅客13.5亿人次，同比增长6.2%。\n"
     "【纠错】 【责任编辑：杨帆】\n",
     ["13.5亿人次", "13.5亿人次", "6.2%"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("published", "source", "text", "want"), WEB_ITEMS)
def test_web_items_read_their_own_figures_only(extractor: Extractor, published: str, source: str, text: str,
                                               want: list[str]) -> None:
    """Whole pages: the meta line's numbers (浏览次数, 索引号, ICP备, 电话), 上一篇/下一篇 and 相关链接 titles' figures
    are no figures of the item; the headline's figure and the body's are."""
    assert [r[0] for r in _rows(extractor, text, published, source)] == want
