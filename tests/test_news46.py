"""What the blind set data/gold/news46 found: six news items of kinds from 江西, 海南, 新疆, 福建 and 宁夏 (a wire on a
province's 就业 press conference with three cities' figures, a county hospital's new building with its beds raised
由…增至…, a county's 春风行动 job fair with its posts, pay and 意向, a 民政局 答记者问 on 养老 dated by 去年, 今年以来
and 一季度, a county's 简讯 column of nine items, a feature on a walnut grower with ages, years and money): the pay a
planned hire offers (计划招聘…30名，月薪不低于4500元) was read as a goal, as was a subsidy paid each written before its
kind (将…给予每人500元至1000元的一次性补贴), and the output value in the clause after an estimate of output
(产量预计突破18万吨，产值约30亿元) was read as a level. Sentences invented, in the style of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_the_pay_a_planned_hire_offers_is_a_rate_not_a_goal(extractor: Extractor) -> None:
    """计划招聘操作工50名，月薪不低于5000元: the posts are planned, the pay each one offers a month is a term of them, a
    level (roles.yaml level.standard), a range of pay too; a goal set for pay with a verb of attainment (力争…月薪达到)
    is still a goal."""
    text = "本报讯 某公司计划招聘操作工50名，月薪不低于5000元；另一家企业计划招聘护工20名，月薪在4000元至6000元之间。"
    got = _got(_run(extractor, text, "2026-03-10", source="海南日报"), "role", "qualifier")
    assert got == [("50名", "target", "exact"), ("不低于5000元", "level", "lower_bound"),
                   ("20名", "target", "exact"), ("4000元至6000元", "level", "exact")]
    text = "本报讯 力争今年全县农民工月薪达到5000元。"
    got = _got(_run(extractor, text, "2026-03-10", source="海南日报"), "role")
    assert got == [("5000元", "target")]


def test_an_amount_given_each_written_before_its_kind_is_a_rate(extractor: Extractor) -> None:
    """今年将组织培训不少于200人次，对…给予每人2000元的一次性补贴: the training is planned, the amount each one gets is a
    standard the text sets (as 每人补助2000元 is), a level under the plan; 发放每户每月300元 and 奖励每家企业10万元 the
    same."""
    text = "本报讯 今年将组织培训不少于200人次，对取得证书的学员给予每人2000元的一次性补贴。"
    got = _got(_run(extractor, text, "2026-05-08", source="宁化县人民政府"), "role")
    assert got == [("不少于200人次", "target"), ("2000元", "level")]
    text = "本报讯 今年将对困难家庭发放每户每月300元的生活补贴，计划惠及1200户。"
    got = _got(_run(extractor, text, "2026-05-08", source="宁化县人民政府"), "role")
    assert got == [("300元", "level"), ("1200户", "target")]
    text = "本报讯 今年将对新认定的企业奖励每家企业10万元，计划认定30家。"
    got = _got(_run(extractor, text, "2026-05-08", source="宁化县人民政府"), "role")
    assert got == [("10万元", "level"), ("30家", "target")]


def test_the_output_value_after_an_estimate_of_output_is_estimated_too(extractor: Extractor) -> None:
    """今年茶叶产量预计达到1.2万吨，产值约15亿元: the value of the estimated output is an estimate, due the document's
    year; a clause naming another subject (涉茶从业人员约5.8万人) stays a level, as does the value after a past output."""
    text = "本报讯 今年茶叶产量预计达到1.2万吨，产值约15亿元，涉茶从业人员约5.8万人。"
    got = _got(_run(extractor, text, "2026-11-20", source="阿克苏日报"), "role", "period")
    assert got == [("1.2万吨", "target", "2026"), ("约15亿元", "target", "2026"), ("约5.8万人", "level", "2026")]
    text = "本报讯 去年茶叶产量1.1万吨，产值约13亿元。"
    got = _got(_run(extractor, text, "2026-11-20", source="阿克苏日报"), "role")
    assert got == [("1.1万吨", "level"), ("约13亿元", "level")]
