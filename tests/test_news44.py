"""What the blind set data/gold/news44 found: six county news items (a 县融媒体 job fair, a 卫健委 item on its
医共体 with beds by 乡镇卫生院, a 两会 快评 with the country's, the region's and a banner's figures, a 上半年 economy
item with 个百分点, a headline with figures over a 副题, an 人物 feature with ages and counts said in quotes): a
person's age before 的 (今年58岁的乡村医生) was read as a group's; a wage from a sum (月薪4500元起) as a shop's offer;
the li and 回 of speech were no measure words; 一分钱…都没收 and 全靠两条腿 were read as money and legs; a byline
line hid the national session, so the country's report took the paper's area; a regional session's goals
(会议提出，…) were no targets; 签订劳动合同 at a fair was no jobs figure; 现有 in a paragraph under 36年来 left the
sentences after it under the span. Sentences invented, in the style of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_one_persons_age_is_a_figure_and_an_age_group_is_none(extractor: Extractor) -> None:
    """今年63岁的 or 时年19岁的 names one person's age; an age joined by 的 to a name is one too; 65岁的老人 and
    年满18岁的居民 name groups."""
    text = ("本报讯 今年63岁的护林员老周仍在巡山。2001年，19岁的陈刚参军入伍。"
            "镇里为65岁的老人免费体检，年满18岁的居民均可报名。")
    got = _got(_run(extractor, text, "2026-05-10", source="江城日报"), "measure")
    assert got == [("63岁", "岁"), ("19岁", "岁")]


def test_a_wage_from_a_sum_is_its_lower_bound_and_a_shops_offer_no_figure(extractor: Extractor) -> None:
    """月薪3800元起 is the least a post pays (lower bound); 最高能到 caps a wage; 体检套餐298元起 stays an advert."""
    text = "“普工月薪3800元起，技术岗最高能到8000元。”招聘负责人说。体检套餐298元起。"
    got = _got(_run(extractor, text, "2026-02-26", source="涞源县融媒体中心"), "value", "qualifier")
    assert got == [("3800元起", 3800, "lower_bound"), ("8000元", 8000, "upper_bound")]


def test_spoken_li_and_hui_are_measures_and_sayings_are_none(extractor: Extractor) -> None:
    """走6里山路 is a distance in li, 出诊300多回 a count; 十里荷香 is a name, 两回事 and 一分钱…都没收 are sayings,
    全靠两条腿 is on foot."""
    text = ("“那时出诊全靠两条腿，最远要走6里山路，一年出诊300多回，一分钱诊费都没收过。”"
            "她说，这和去十里荷香景区游玩是两回事。")
    got = _got(_run(extractor, text, "2026-08-19", source="江城日报"), "value", "measure")
    assert got == [("6里", 6, "里"), ("300多回", 300, "回")]


def test_the_countrys_report_after_a_byline_line_is_national(extractor: Extractor) -> None:
    """A 快评 whose byline line (□ 本报评论员 某某) stands before the lead on the national session: the government's
    report it cites is the country's, and the region's session setting goals (会议提出，…) announces targets."""
    text = ("【两会快评】把数字落到实处\n\n□ 本报评论员 李明\n\n3月5日，十四届全国人大四次会议开幕。"
            "政府工作报告提出，今年城镇新增就业1200万人以上。"
            "前不久闭幕的自治区人大会议提出，今年全区城镇新增就业18万人以上。")
    got = _got(_run(extractor, text, "2026-03-08", source="乌兰察布日报"), "place", "role")
    assert got == [("1200万人以上", "全国", "target"), ("18万人以上", "内蒙古自治区", "target")]


def test_hires_on_the_spot_at_a_fair_are_a_jobs_figure(extractor: Extractor) -> None:
    """现场签订劳动合同48人: the people a fair hired, a jobs figure beside those who showed intent."""
    text = "本报讯 招聘会当天，现场达成就业意向300余人，签订劳动合同48人。"
    rows = _run(extractor, text, "2026-02-26", source="涞源县融媒体中心")
    assert [(r["quote"], r["metric"].startswith("jobs.")) for r in rows] == [("300余人", True), ("48人", True)]


def test_a_sentence_of_now_ends_the_look_back_in_its_paragraph(extractor: Extractor) -> None:
    """36年来，…攒了23本。村里现有常住人口1260人。村里高血压患者有96人: after the sentence of now the paragraph speaks
    of now, not over the 36 years."""
    text = "本报讯 36年来，她的出诊记录本攒了23本。村里现有常住人口1260人。村里高血压患者有96人。"
    got = [g for g in _got(_run(extractor, text, "2026-08-19", source="江城日报"), "period") if g[0] != "36年"]
    assert got == [("23本", "1990-2025"), ("1260人", "2026-08"), ("96人", "2026-08")]
