"""What the blind pages p37 and p38 of data/gold/pages showed (pages26): a 要闻 page read by pdftotext -layout in
four narrow columns, with a notice set alone on its rows right of a photo, and a 民生 page kept as a PDF that stats
reads itself, with two items side by side under headlines of their own, a photo caption beside a notice, and a
county whose name holds a plan word. Pages and sentences invented, in the style of such pages."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from stats.read.manifest import DocMeta
from stats.read.sources import read_pdf
from stats.rules.rulefile import RuleSet
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got
from tests.repaired import paragraphs

# a notice set right of a photo, alone on its rows, as pdftotext -layout prints it: every line set in by the
# notice's margin, the first of each paragraph two spaces further
_NOTICE = "\n".join([
    " " * 44 + "孝感市2025年春季大型招聘会公告",
    "",
    " " * 46 + "3月8日，市人力资源市场将举办春季大型招聘会，预计提",
    " " * 44 + "供就业岗位4800个，其中技能岗位1500个。",
    " " * 46 + "招聘会当天还将设立政策咨询台，为求职者解答社保、",
    " " * 44 + "创业补贴等问题。",
    " " * 44 + "咨询电话：0712-2345678。",
]) + "\n"


def test_a_notice_set_in_from_the_left_edge_goes_on_from_line_to_line(ruleset: RuleSet) -> None:
    """A line no further right than the one above it, which broke off mid-sentence, goes on that sentence (its
    spaces are the notice's margin, no indent): each line was a paragraph of its own, 预计提 | 供就业岗位4800个,
    and the posts, cut from their plan word, were read as a level. A line further right opens a paragraph, and
    so does one under a line that ended its sentence."""
    pars = paragraphs(ruleset.lexicon, _NOTICE)
    assert "3月8日，市人力资源市场将举办春季大型招聘会，预计提供就业岗位4800个，其中技能岗位1500个。" in pars
    assert "招聘会当天还将设立政策咨询台，为求职者解答社保、创业补贴等问题。" in pars
    assert "咨询电话：0712-2345678。" in pars


def test_the_notices_posts_are_targets_of_the_city_its_title_names(extractor: Extractor) -> None:
    """Under a county's figure (汉川市), the notice's title names the city: a title line is said in no passing, so the
    wider area it names is the notice's (the county's stayed in force); the posts it expects are targets."""
    text = ("汉川市纺织产业提质增效\n本报讯 前两个月，汉川市纺织产业实现产值36.2亿元。\n" + _NOTICE)
    got = _got(_run(extractor, text, "2025-03-05", source="孝感日报"), "role", "place")
    assert got == [("36.2亿元", "level", "汉川市"), ("4800个", "target", "孝感市"), ("1500个", "target", "孝感市")]


def test_a_page_number_at_the_running_heads_end_is_no_digit_of_the_headline(ruleset: RuleSet) -> None:
    """pdftotext -layout prints the page's number at the far end of its running head; the headline under it
    opens on a number (1-10月…): the two were read as one, 11-10月, a month that is none."""
    page = "\n".join([
        "孝感日报 2025年11月13日 星期四 第1版 要闻" + " " * 40 + "1",
        "", "", "",
        "1-10月全市规上工业增加值增长6.8%",
        "",
        "  本报讯（记者 王明）记者12日从市统计局获悉，1-10月，全市规模以上工业增加值同比增长6.8%。",
    ]) + "\n"
    pars = paragraphs(ruleset.lexicon, page)
    assert "1-10月全市规上工业增加值增长6.8%" in pars
    assert not any(p.startswith("11-10月") for p in pars)


def test_a_county_whose_name_holds_a_plan_word_states_results(extractor: Extractor) -> None:
    """将乐县 holds 将, a plan word: what the county paid out in the half year is a result (a target before); a
    goal written with 将 in the county's own sentence stays one."""
    text = "本报讯 上半年，将乐县为1.2万名老年人发放高龄津贴1500万元，同比增长5.6%。将乐县今年将新建老年助餐点12个。"
    got = _got(_run(extractor, text, "2025-07-10", source="三明日报"), "role")
    assert got == [("1.2万名", "level"), ("1500万元", "level"), ("5.6%", "change"), ("12个", "target")]


def _page(tmp_path: Path) -> Path:
    """A PDF page: two items side by side, each over two columns under its own headline (the left one short of its
    second column), then a photo's caption beside a notice of posts to fill."""
    from tests import pdfnews
    from tests.pdfnews import Caption, Page
    from tests.pdfpages import Article, Region

    left = Article("宁化县新增床位260张", [
        "本报讯（记者 罗敏）6月28日，宁化县医院新住院楼正式启用，新增医疗床位260张，开放病区9个。至此，宁化县"
        "每千人口医疗卫生机构床位数达到5.6张，比去年底增加0.4张。",
        "宁化县今年还将投入资金8600万元，改造提升乡镇卫生院5所。"])
    right = Article("建宁县发放高龄津贴920万元", [
        "本报讯（记者 肖雯）上半年，建宁县为8600名80周岁以上老年人发放高龄津贴920万元，同比增长4.5%。",
        "全县现有居家养老服务站86个，今年将新建老年助餐点10个。"])
    notice = Article("三明市2025年公立医院公开招聘工作人员公告", [
        "市属公立医院今年公开招聘工作人员180名，其中医师岗位96名，护理岗位60名。",
        "报名时间为7月14日至7月18日，咨询电话：0598-8123456。"])
    pdf = tmp_path / "page.pdf"
    pdfnews.typeset_news(pdf, [Page([
        Region(left, 40.0, 290.0, 60.0, 200.0, 2, head_size=14.0),
        Region(right, 305.0, 555.0, 60.0, 200.0, 2, head_size=14.0),
        Caption("7月2日，在清流县一家茶叶合作社，茶农在分拣茶叶。今年清流县茶园面积达到8.6万亩。（记者 连杰 摄）",
                40.0, 290.0, 220.0),
        Region(notice, 315.0, 555.0, 220.0, 340.0, 1, size=8.5, leading=1.4, head_size=11.0),
    ])], "三明日报 2025年7月10日 星期四 第3版 民生·社会")
    return pdf


def test_a_column_under_two_headlines_side_by_side_is_the_one_it_stands_under(tmp_path: Path) -> None:
    """The left item's second column lies within reach of both headlines (the left one ends short of it): it was
    read under the right one, after that item's headline, its sentence cut (…床位 | 建宁县发放… | 数达到5.6张)."""
    text = read_pdf(_page(tmp_path)).text
    assert "宁化县每千人口医疗卫生机构床位数达到5.6张，比去年底增加0.4张。" in text
    assert text.index("宁化县今年还将投入资金") < text.index("建宁县发放高龄津贴920万元")


def test_a_caption_beside_a_notice_is_none_of_the_notice(tmp_path: Path, extractor: Extractor) -> None:
    """The photo's caption, left of the notice and well below the notice's headline, was read as the notice's last
    paragraph, under its plan of posts to fill: its figures were targets. The notice's posts are targets (its title
    as a PDF's headline opens the plan, as the same line in a page's text does); the caption's area is a level."""
    src = dataclasses.replace(read_pdf(_page(tmp_path)), meta=DocMeta("2025-07-10", "三明日报", "", "manifest.csv:2"))
    figs = extractor.extract_source(src).figures
    got = {f["quote"]: (f["role"], f["place"]) for f in figs}
    assert got["8.6万亩"] == ("level", "清流县")
    assert got["180名"] == ("target", "三明市")
    assert got["96名"] == ("target", "三明市")
    assert got["60名"] == ("target", "三明市")
    assert got["5.6张"] == ("level", "宁化县")
    assert got["920万元"][0] == "level"
