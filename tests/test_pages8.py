"""What the blind page p21 of data/gold/pages found (a provincial daily read back by pdftotext in
reading order): an article set in columns narrower than the page's usual ones, whose column breaks
ended its sentences; the entries of a number box (数读) run into one line and read as levels; a
headline after a column of ■本报讯 briefs taken for the last brief's. Pages and sentences invented,
in the style of such pages; the figures worked out by hand from GUIDE.md."""

from __future__ import annotations

from stats.rules.rulefile import RuleSet
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got
from tests.repaired import paragraphs

# a lead over wide columns (18 characters a line), then an article over narrow ones (13 a line)
_WIDE = ("本报讯（记者 张明）记者从市人社局获悉，前三\n季度全市城镇新增就业8.6万人，完成全年目标\n"
         "的92%；失业人员再就业1.2万人，就业困难人\n员实现就业4300人，城镇调查失业率为5.2%\n"
         "，比上月下降0.1个百分点。全市共举办招聘会\n"
         "120场，提供岗位6.5万个，发放创业担保贷款\n3.2亿元，扶持创业1.1万人，带动就业3.6万\n人。\n\n")


def test_a_column_break_in_a_narrow_article_runs_on(ruleset: RuleSet) -> None:
    """A line as wide as the lines of its own narrow column, broken off mid-sentence before a blank line
    (the column's foot), runs on at the next column's top, though the page's usual line is wider; a
    paragraph's short last line, and a line no wider than the others but ending complete, do not."""
    page = _WIDE + ("本报讯（记者 李华）记\n者从市卫生健康委获悉，截至\n2023年底，全市医疗卫生机构\n"
                    "床位总数达到3.1万张，每千\n人口医疗卫生机构床位数达到\n\n7.2张，比上年增加0.3张。\n")
    pars = paragraphs(ruleset.lexicon, page)
    assert pars[-1].endswith("每千人口医疗卫生机构床位数达到7.2张，比上年增加0.3张。")
    short = _WIDE + ("本报讯（记者 李华）记\n者从市卫生健康委获悉，截至\n2023年底，全市医疗卫生机构\n"
                     "床位总数3.1万张\n\n县医院新增床位200张。\n")
    assert paragraphs(ruleset.lexicon, short)[-2:] == [
        "本报讯（记者李华）记者从市卫生健康委获悉，截至2023年底，全市医疗卫生机构床位总数3.1万张",
        "县医院新增床位200张。"]


def test_the_entries_of_a_number_box_stand_apart_and_a_growth_label_makes_a_change(
        extractor: Extractor) -> None:
    """数读: a bullet, a figure, then its label, one entry a line and no marks. Each entry is a paragraph
    of its own (not the headline of anything, nor run into the caption under the box); a label that ends
    on 同比增长 or 同比下降 names the growth its figure is, other labels a level."""
    text = ("本报讯 今年以来，全市经济运行稳中有进。\n数读·前三季度全市经济\n"
            "■ 7.1%　全市规模以上工业增加值同比增长\n■ 3260亿元　全市社会消费品零售总额\n"
            "■ 1.8%　全市固定资产投资同比下降\n10月8日，市民在新开业的商场购物。\n")
    figs = _run(extractor, text, "2024-10-20", "城市日报")
    assert _got(figs, "role") == [("7.1%", "change"), ("3260亿元", "level"), ("1.8%", "change")]
    assert len({f["sentence"] for f in figs}) == 3


def test_a_headline_after_a_brief_names_the_next_article_and_takes_its_bodys_time(
        extractor: Extractor) -> None:
    """An item of a column of briefs (■本报讯) has no headline of its own: the headline after it names
    the article that opens next, not the brief. A headline figure that names no time takes the time
    of the body's figure it restates (截至2023年底 … 6.9张), not the time carried from the brief."""
    text = ("■本报讯 甲市今年计划新增城市绿地120公顷。\n\n"
            "全市每千人口医疗机构床位数达到6.9张\n"
            "本报讯（记者 王明）截至2023年底，乙市医疗卫生机构床位总数2.4万张，"
            "每千人口医疗卫生机构床位数达到6.9张。\n")
    figs = _run(extractor, text, "2024-05-10", "乙市日报")
    assert _got(figs, "article_id", "period") == [
        ("120公顷", "text/a01", "2024"), ("6.9张", "text/a02", "2023"),
        ("2.4万张", "text/a02", "2023"), ("6.9张", "text/a02", "2023")]


def test_a_last_column_that_holds_only_the_top_line_is_read_after_the_others(ruleset: RuleSet) -> None:
    """pdftotext -layout prints four columns of briefs; the fourth holds one line, the end of the third
    column's last item, and shows in too few rows to count as a column: taken into the third column it
    ran into the item above (…增长3.8%。造老旧小区…). Its piece starts past the end of every line of the
    third column: a column of its own, read after the third, where its item goes on."""
    page = ("城市简讯\n\n"
            "    ■本报讯 今年一季度，       万吨。                    同比增长3.8%。            造老旧小区48个。\n"
            "东城区水蜜桃种植面积稳定在           ■本报讯 南城区一季度             ■本报讯 西城区今年将\n"
            "3.5万亩，预计全年产量约4.2      规上工业总产值1125.6亿元，       新增公共停车泊位6000个，改\n\n\n")
    assert paragraphs(ruleset.lexicon, page) == [
        "城市简讯", "■本报讯今年一季度，东城区水蜜桃种植面积稳定在3.5万亩，预计全年产量约4.2万吨。",
        "■本报讯南城区一季度规上工业总产值1125.6亿元，同比增长3.8%。",
        "■本报讯西城区今年将新增公共停车泊位6000个，改造老旧小区48个。"]


def test_a_glued_columns_last_line_goes_on_at_the_next_columns_top_far_above(ruleset: RuleSet) -> None:
    """pdfplumber prints a page a row at a time, one space between the columns. The first column's last
    line (…南城区增长) goes on at the top of the second column (5.9%。), more rows above than the
    stand-alone lines the continuation is looked for among, and the row under it holds the next items'
    headlines in fewer pieces: the top is found by climbing the column, and its seam (增长 | 5.9) tells
    it far better than the headline's. Before, the headline was run into the sentence."""
    c1 = ["本报讯（记者 李明 通讯员 王强）", "记者从市统计局获悉，上半年，全市实现", "地区生产总值3012.8亿元，同比增长5.4%",
          "。其中，民营经济增加值2180亿元，占全", "市经济总量的70.8%。", "上半年，全市规模以上工业增加值增",
          "长6.2%，装备制造业产值1860亿元。东城", "区规上工业增加值增长7.1%，西城区增长", "6.5%，北城区增长4.8%，南城区增长"]
    c2 = ["5.9%。", "截至6月底，全市共有经营主体62.6", "万户，其中企业21.4万户，比年初增加1.3", "万户。",
          "市统计局相关负责人表示，上半年全", "市经济运行总体平稳、稳中有进，民营经", "济在稳增长、促就业、保民生中发挥了重",
          "要作用，下阶段将继续落实好各项惠企政", "策，全力推动全市经济持续回升向好，为"]
    c3 = ["全年目标任务的完成打下坚实基础。", "业内人士分析，全市民营企业韧性强、活", "力足，近年来持续加大技术改造投入，不",
          "少传统制造企业通过数字化转型提升了生", "产效率，在国内外市场的竞争力不断增强",
          "。下一步，全市将继续优化营商环境，帮", "助企业解决融资、用工等方面的实际困难", "。"]
    rows = ["城市晚报 2024年7月18日 星期四 A02 要闻 1", "上半年全市经济运行稳中有进"]
    rows += [" ".join(x for x in (a, b, c) if x) for a, b, c in zip(c1, c2, [*c3, ""], strict=True)]
    rows += ["北城区茶产业综合产值突破200亿元 东城区新增就业4300人",
             "本报讯（记者 陈华） 北城区茶业局负责人介绍 本报讯（记者 王婷）今 东城区人社局相关负责人",
             "去年，北城区茶园面积稳定在 ，接下来将进一步完善工作机 年上半年，东城区城镇新增就 "
             "说，将继续把这项工作作为重",
             "12万亩，茶叶产量2.6万吨。 制，推动茶产业提质增效。 业4300人，同比增长6.1%。 点，稳定和扩大就业。"]
    pars = paragraphs(ruleset.lexicon, "\n".join(rows) + "\n")
    assert any(p.endswith("北城区增长4.8%，南城区增长5.9%。") for p in pars)
    assert any(p.endswith("全力推动全市经济持续回升向好，为全年目标任务的完成打下坚实基础。") for p in pars)
    assert "北城区茶产业综合产值突破200亿元" in pars


def test_a_briefs_short_first_line_at_a_columns_foot_goes_on_at_the_next_columns_top(ruleset: RuleSet) -> None:
    """A column of briefs printed a row at a time (pdfplumber): the third column's last line is a brief's
    first line, ■本报讯 庚市上半年, short because the dateline's wide gap is printed as one space. A line
    a dateline opens that ends on no mark goes on, however short: at the top of the fourth column."""
    rows = ["城市日报 2024年8月22日 星期四 第3版 要闻",
            "甲市库区生态保护见成效 乙市夏粮再获丰收",
            "本报讯（记者 李雪）今年以来，甲 本报讯（记者 周磊）今年，乙市夏",
            "市完成库区水土流失治理面积180平 粮播种面积达到386万亩，总产量约",
            "方公里，新增造林面积12万亩。 16.8亿斤，同比增长2.4%。",
            "丙县今年计划建设生态清洁小流域 丁市小龙虾养殖面积稳定在100万",
            "6条。 亩以上。",
            "江城简讯",
            "■本报讯 戊市上半年 ■本报讯 己市今年计 州市机场累计开通货运航 接待游客2380万人次，增长9.6",
            "外贸进出口总值215.6亿元，同 划新增城镇就业4.5万人。 线62条。 %。",
            "比增长14.2%。 ■本报讯 截至7月底，鄂 ■本报讯 庚市上半年",
            "声明",
            "本报从未授权任何单位或个人以本报名义收取费用。"]
    pars = paragraphs(ruleset.lexicon, "\n".join(rows) + "\n")
    assert "■本报讯庚市上半年接待游客2380万人次，增长9.6%。" in pars
    assert "■本报讯截至7月底，鄂州市机场累计开通货运航线62条。" in pars
