"""What the blind set data/gold/news48 found: six news items of kinds from 山西, 贵州, 四川, 广西 and 湖南
(a 市政府新闻办 发布会 with four departments' figures, a 医共体 story with beds 由30张增至80张 and 增长1.67倍,
a 春风行动 job fair with posts, 人次 and 意向, a 人大代表 interview of last year's results and this year's goals,
a county's 2025 economy, a 民生实事 list with 完成率 and 10—15万元): the share of the workers moved out that
work outside the province (其中省外务工人员占比接近七成) was read as any share, not a jobs figure; the year's
goals an interviewee sets with 今年全县要新培育… read as levels; and a rate held at a bound in the clause after
an estimate (…预计在3000人以上，城镇调查失业率控制在5.5%左右) read as a level. A probe of a 民生实事 list
found money put in beyond the plan (较年初计划多投入约2000万元) read as a goal; the sentence after a goal
that carries on with 同时，建设3至5个… read as levels, and a cap per park (每个示范园补助资金不超过200万元) was
no standard. Sentences invented, in the style of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_the_share_of_workers_outside_the_province_is_a_jobs_figure(extractor: Extractor) -> None:
    """其中省外务工人员占比约六成 after the labour moved into work: the makeup of that labour
    (jobs.labour_transfer_share), while the share the pay of work away makes of an income stays a plain share."""
    text = "本报讯 去年全县转移农村劳动力28.4万人，其中县外务工人员占比约六成。"
    got = _got(_run(extractor, text, "2026-02-20", source="广元日报"), "metric")
    assert got == [("28.4万人", "jobs.labour_transfer"), ("约六成", "jobs.labour_transfer_share")]
    text = "本报讯 去年全县外出务工收入占农村居民人均可支配收入的比重为38%。"
    got = _got(_run(extractor, text, "2026-02-20", source="广元日报"), "metric")
    assert got == [("38%", "percent.share")]


def test_what_this_year_must_bring_is_a_goal(extractor: Extractor) -> None:
    """他还提出，今年全县要新培育家庭农场50家以上、…: the year ahead, 要 and a verb of works set goals; 今年以来 with
    要素 in it reports results."""
    text = "本报讯 他还提出，今年全县要新培育家庭农场40家以上、农民专业合作社示范社8家，带动农户近6000户。"
    got = _got(_run(extractor, text, "2026-01-21", source="百色日报"), "role")
    assert got == [("40家以上", "target"), ("8家", "target"), ("近6000户", "target")]
    text = "本报讯 今年以来，全县要素保障有力，新增市场主体1200户。"
    got = _got(_run(extractor, text, "2026-05-21", source="百色日报"), "role")
    assert got == [("1200户", "level")]


def test_a_rate_held_at_a_bound_after_an_estimate_is_a_goal(extractor: Extractor) -> None:
    """全年新增城镇就业预计在2800人以上，城镇调查失业率控制在5%左右: the estimate's clause names its subject, and the
    clause after it names another, yet holds it at a bound (控制在), a goal of the year; a clause naming its own
    subject with no such verb (，从业人员约5.8万人) still reports a level, and so does one saying where a figure stands
    (，播种面积稳定在68万亩以上: the area sown)."""
    text = "本报讯 全年新增城镇就业预计在2800人以上，城镇调查失业率控制在5%左右。"
    got = _got(_run(extractor, text, "2026-02-12", source="晋中日报"), "role", "period")
    assert got == [("2800人以上", "target", "2026"), ("5%左右", "target", "2026")]
    text = "本报讯 今年全县茶叶产量预计达到1.2万吨，涉茶从业人员约5.8万人。"
    got = _got(_run(extractor, text, "2026-04-12", source="遵义日报"), "role")
    assert got == [("1.2万吨", "target"), ("约5.8万人", "level")]
    text = "本报讯 今年全县粮食总产量预计达到9.5亿斤，播种面积稳定在68万亩以上。"
    got = _got(_run(extractor, text, "2026-10-20", source="松原日报"), "role")
    assert got == [("9.5亿斤", "target"), ("68万亩以上", "level")]


def test_money_put_in_beyond_the_plan_is_a_change(extractor: Extractor) -> None:
    """民生实事共投入资金2.6亿元，较年初计划多投入约2000万元: the plan is the base the money spent is compared with, the
    gap a change (as 比年初计划多完成 was), not a goal."""
    text = "本报讯 今年全县十件民生实事共投入资金2.6亿元，较年初计划多投入约2000万元。"
    got = _got(_run(extractor, text, "2026-12-29", source="岳阳日报"), "role")
    assert ("2.6亿元", "level") in got and ("约2000万元", "change") in got


def test_a_sentence_carrying_on_after_a_goal_is_the_plans(extractor: Extractor) -> None:
    """…力争总产量稳定在14万吨以上。同时，建设3至5个现代农业示范园: 同时 goes on with the plan whose goal ended the
    sentence before, so the parks are planned too; after a result (完成年度目标的52%。同时，发放…) or a goal a result
    is compared with (低于3.5%的年度控制目标。同时，…) the money is what was paid, and a first clause of the past
    (同时，去年已建成的…) reports results whatever came before."""
    text = "本报讯 谈到今年的打算，她表示，县里将抓好粮食生产，力争总产量稳定在12万吨以上。同时，建设4至6个现代农业示范园。"
    got = _got(_run(extractor, text, "2026-01-22", source="来宾日报"), "role")
    assert got == [("12万吨以上", "target"), ("4至6个", "target")]
    text = "本报讯 上半年全县新增就业3000人，完成年度目标的52%。同时，发放创业担保贷款500万元。"
    got = _got(_run(extractor, text, "2026-07-02", source="来宾日报"), "role")
    assert got == [("3000人", "level"), ("52%", "level"), ("500万元", "level")]
    text = "本报讯 上半年城镇登记失业率为2.8%，低于3.5%的年度控制目标。同时，全县发放创业担保贷款6200万元。"
    got = _got(_run(extractor, text, "2026-07-02", source="来宾日报"), "role")
    assert got == [("2.8%", "level"), ("低于3.5%", "target"), ("6200万元", "level")]
    text = "本报讯 今年全县计划新建学校3所。同时，去年已建成的5所学校全部投用。"
    got = _got(_run(extractor, text, "2026-03-02", source="来宾日报"), "role")
    assert got == [("3所", "target"), ("5所", "level")]


def test_a_cap_on_what_each_unit_gets_is_a_standard(extractor: Extractor) -> None:
    """今年将建设5个示范园，每个示范园补助资金不超过150万元: the most each park gets, a rate the plan pays per unit (a
    level, as 每张补助5000元 is), while the parks themselves are planned."""
    text = "本报讯 今年全县将建设5个示范园，每个示范园补助资金不超过150万元。"
    got = _got(_run(extractor, text, "2026-01-22", source="来宾日报"), "role", "qualifier")
    assert got == [("5个", "target", "exact"), ("不超过150万元", "level", "upper_bound")]
