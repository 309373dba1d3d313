"""What the blind set data/gold/news10 found: jobs press releases, hospital and care beds, labour export, a
county's health services and a city's promises kept, from Hunan, Anhui, Hebei, Heilongjiang, Guangdong,
Liaoning, Fujian, Henan, Shandong and Yunnan, with towns and streets of counties and spans of years since.
Sentences invented, in the style of such items; the figures worked out by hand from GUIDE.md."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_town_written_after_its_county_is_of_that_county(extractor: Extractor) -> None:
    """三河市燕郊镇, 大洼区荣兴街道: GUIDE's places go down to counties (as dev-b's and the seeds' gold
    have them), so a town's or a street's figures are its county's."""
    text = ("本报讯 三河市燕郊镇新建养老服务中心，设置床位320张。大洼区荣兴街道设置康复床位40张。"
            "霸州市城镇新增就业1200人。")
    assert _got(_run(extractor, text, "2025-10-29", source="廊坊日报"), "place") == [
        ("320张", "三河市"), ("40张", "大洼区"), ("1200人", "霸州市")]


def test_years_since_run_to_the_documents_year_until_a_lead_opens_a_new_part(extractor: Extractor) -> None:
    """2021年以来 in 2026 is 2021-2026; a short lead of words alone (基层床位提质增效。) opens a part of
    the story whose levels are of the document's time (its month), not of the span before it."""
    text = ("本报讯 2021年以来，全市累计投入资金18.6亿元，完成项目23个。基层床位提质增效。"
            "全市乡镇卫生院设置床位1650张。")
    assert _got(_run(extractor, text, "2026-09-08"), "period") == [
        ("18.6亿元", "2021-2026"), ("23个", "2021-2026"), ("1650张", "2026-09")]


def test_last_years_end_after_from_dates_that_end_alone(extractor: Extractor) -> None:
    """由去年底的52.1%提高到58.6%: 去年底 dates the from end only; the sentences after are of the time in
    force. 超过去年底规模1080人 is a gap to a base, a change, and its year no period."""
    text = ("本报讯 截至10月底，护理型床位占比由去年底的52.1%提高到58.6%。全市养老机构床位总数达到9860张。"
            "脱贫劳动力务工就业1.36万人，超过去年底规模1080人。密山市组织劳务输出3.2万人。")
    assert _got(_run(extractor, text, "2025-11-12"), "period", "role") == [
        ("52.1%", "2024", "level"), ("58.6%", "2025-10", "level"), ("9860张", "2025-10", "level"),
        ("1.36万人", "2025-10", "level"), ("1080人", "2025-10", "change"), ("3.2万人", "2025-10", "level")]


def test_a_gap_to_a_goal_whose_value_comes_first_is_a_change(extractor: Extractor) -> None:
    """低于5.5%的年度控制目标0.9个百分点: the goal's value stands between the bound word and the gap."""
    text = "本报讯 1—10月，全市城镇调查失业率为4.6%，低于5.5%的年度控制目标0.9个百分点。"
    assert _got(_run(extractor, text, "2025-11-12"), "role", "metric") == [
        ("4.6%", "level", "jobs.unemployment_rate"), ("低于5.5%", "target", "jobs.unemployment_rate"),
        ("0.9个百分点", "change", "jobs.unemployment_rate")]


def test_the_second_of_a_pair_and_a_bare_share_count_what_the_first_counts(extractor: Extractor) -> None:
    """分别完成年度任务的92.4%和101.4%, 分别提高4.1个和3.7个百分点: the second of two figures joined by 和 (and,
    since context251, 分别 pairs the shares done with the counts before them in order: 92.4% of 再就业);
    占66.9% after a part; 超额完成2万个的年度目标任务 after the posts; 年均增长 after new beds; 控制在年度目标
    4.5%以内 after the rate."""
    text = ("本报讯 失业人员再就业1.18万人，就业困难人员实现就业3650人，分别完成年度任务的92.4%和101.4%。"
            "全椒县、来安县乡镇卫生院床位使用率分别为63.5%和58.2%，较去年分别提高4.1个和3.7个百分点。"
            "农村劳动力转移就业128.5万人，其中到珠三角务工约86万人，占66.9%。"
            "全市开发乡村公益性岗位2.1万个，超额完成2万个的年度目标任务。"
            "全市新增医疗卫生机构床位7600余张，年均增长5.8%。9月末，全市城镇登记失业率为2.9%，控制在年度目标4.5%以内。")
    got = dict(_got(_run(extractor, text, "2025-10-22"), "metric"))
    assert [got[q] for q in ("92.4%", "101.4%", "4.1个", "3.7个百分点", "66.9%", "2万个", "5.8%", "4.5%以内")] == [
        "jobs.reemployment", "jobs.assistance", "beds.occupancy_rate", "beds.occupancy_rate",
        "jobs.labour_transfer", "jobs.posts", "beds.added", "jobs.unemployment_rate"]


def test_beds_in_use_at_a_care_home_and_trainees_kept_on(extractor: Extractor) -> None:
    """床位入住率 is bed occupancy; 留用率 (trainees kept on), 找到工作 and 输送务工人员…人次 are jobs."""
    text = ("本报讯 全县养老机构床位入住率为58.3%。见习期满留用率为58.6%。累计帮助1200余人找到工作。"
            "组织输送务工人员1.4万人次。")
    assert _got(_run(extractor, text, "2026-07-15"), "metric") == [
        ("58.3%", "beds.occupancy_rate"), ("58.6%", "jobs.employment_rate"), ("1200余人", "jobs.other"),
        ("1.4万人次", "jobs.migrant_workers")]


def test_the_years_task_a_share_is_taken_of_is_a_goal(extractor: Extractor) -> None:
    """完成年度任务1200张的113.3%: the task written before 的 and the share is the goal (as 完成全年目标任务
    1.5万人的62.4% is); the share done stays a result."""
    text = "本报讯 全市新建改建养老机构床位1360张，完成年度任务1200张的113.3%。"
    assert _got(_run(extractor, text, "2025-11-12"), "role") == [
        ("1360张", "level"), ("1200张", "target"), ("113.3%", "level")]


def test_a_page_number_alone_on_its_line_inside_a_sentence_is_dropped(extractor: Extractor) -> None:
    """累计达到 /   3 / 1080张 in column lines: the 3 is the page's number, set where the page broke the
    sentence; joined, it would read 31080张, a wrong value."""
    text = ("本报讯 今年以来，全县扎实推进家庭医生签约服\n务，各乡镇卫生院新增家庭病床310张，累计达到\n"
            "  3\n1080张，家庭病床使用率为82%，群众满意度达\n到百分之九十以上。\n")
    assert _got(_run(extractor, text, "2025-11-12"), "value") == [("310张", 310), ("1080张", 1080), ("82%", 82),
                                                                  ("百分之九十以上", 90)]
