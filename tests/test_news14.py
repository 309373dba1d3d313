"""What the blind set data/gold/news14 found: beds and jobs as web pages give them (a 卫健委 portal's
金昌 beds, 张家口's WeChat jobs review with emoji numbers, a 人民网 item on 双鸭山's零工市场, 吐鲁番's bullet
lists of beds, 新兴县's and 温县's 人社 pages, 桃江县's and 岱山县's 医共体, 介休's new hospital, 泰和县's
返乡创业 and 就业见习): a count before 乡镇, a list item's bullet before 全市, the share of a goal done
written as 完成率 or 已完成, people helped into short-term work, a plan's goal reached, and
the province people came home from. Sentences invented, in the style of such items; the figures worked
out by hand from GUIDE.md."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_count_before_township_clinics_is_a_count(extractor: Extractor) -> None:
    """15家乡镇卫生院: 家 counts the clinics of the 乡镇; 家乡 (a hometown) is the word 家 must not end in
    only where 乡 goes on as the hometown's word (家乡亲, 家乡情)."""
    text = "本报讯 县里为全县15家乡镇卫生院配备设备86台。集团下辖16家乡镇卫生院和社区卫生服务中心。"
    assert _got(_run(extractor, text, "2026-10-22"), "measure") == [
        ("15家", "家"), ("86台", "台"), ("16家", "家")]


def test_a_bullet_before_the_whole_city_still_heads_its_clause(extractor: Extractor) -> None:
    """◆全市…, ▲全市…, 1️⃣ 全市…: a web page's list item opens with a bullet; 全市 after it is the
    clause's own subject (the city), not a word inside the district named in the item before."""
    text = ("吐鲁番日报讯 今年全市卫生健康事业稳步发展。\n◆ 高昌区15家社区卫生服务中心全部达标；\n"
            "◆全市家庭医生签约服务覆盖率65%—70%，重点人群签约率达85%以上。")
    assert _got(_run(extractor, text, "2026-12-01", source="吐鲁番日报"), "place") == [
        ("15家", "高昌区"), ("65%—70%", "吐鲁番市"), ("85%以上", "吐鲁番市")]


def test_the_share_of_a_goal_done_and_the_part_done_so_far_count_the_goals_thing(extractor: Extractor) -> None:
    """新增就业1.41万人，完成率42.7%: a clause of nothing but 完成率 is the share of the jobs goal done;
    计划培训2万人次以上，截至目前已完成1.76万人次: what is done so far counts what the goal counts."""
    text = ("本报讯 截至5月底，全市已完成城镇新增就业1.41万人，完成率42.7%。"
            "全市今年计划开展各类职业技能培训2万人次以上，截至目前已完成1.76万人次。")
    got = _got(_run(extractor, text, "2026-06-30", source="吉安日报"), "topic")
    assert got == [("1.41万人", "jobs"), ("42.7%", "jobs"), ("2万人次以上", "jobs"), ("1.76万人次", "jobs")]


def test_people_helped_into_short_term_work_are_a_jobs_figure(extractor: Extractor) -> None:
    """帮助960人找到短期工作: as 找到工作, a jobs figure."""
    text = "本报讯 镇级零工驿站今年3月投用，至今帮助960人找到短期工作。"
    assert _got(_run(extractor, text, "2026-11-12"), "topic") == [("960人", "jobs")]


def test_a_plans_goal_reached_gives_the_sentences_after_it_no_period(extractor: Extractor) -> None:
    """提前实现“十四五”规划目标: the plan names the goal reached; the next sentence's figures are of the
    document's year, not 2021-2025."""
    text = ("本报讯 新院区投用后，全市每千人口床位数由6.3张提高到7.5张，提前实现“十四五”规划目标。"
            "新院区配备手术室28间。")
    assert _got(_run(extractor, text, "2026-08-26", source="晋中日报"), "period")[-1] == ("28间", "2026-08")


def test_the_province_people_came_home_from_is_not_the_figures_place(extractor: Extractor) -> None:
    """厂长2021年从广东返乡创业，如今工厂年产值达1200万元: 广东 is where he came from; the plant's figures are
    of the county the item is about."""
    text = "泰和县讯 在马市镇一家竹木加工厂，厂长刘师傅2021年从广东返乡创业，如今工厂年产值达1200万元。"
    assert _got(_run(extractor, text, "2026-06-30", source="泰和县人民政府"), "place") == [("1200万元", "泰和县")]
