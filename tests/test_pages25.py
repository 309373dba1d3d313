"""What pages24 left on data/gold/pages: pdfminer pages whose every line is a box of its own, swept across
columns that end on different rows, where a column's last line and the line that completes it stand far apart
in the sweep. Pages and sentences invented, in the style of such pages."""

from __future__ import annotations

from stats.rules.rulefile import RuleSet
from tests.repaired import paragraphs, swept

# two items side by side, each in two columns; the first item's columns run a row longer than the second's
_LEFT = [["本报甲城讯（记者 李明", "）今年1-8月，甲城城镇新", "增就业3.1万人，完成全年目", "标任务的80%；农村劳动力转",
          "移就业56万人。", "丙县今年计划开发公益"],
         ["性岗位400个，托底安置就业", "困难人员。", "甲城人社局有关负责人", "说，将持续开展专项招聘，全",
          "市全年将举办各类招聘活动", "200场。"]]
_RIGHT = [["本报乙城讯（记者 王芳", "）今年以来，乙城新增养老", "床位900张，全市养老床位总", "数达到2.6万张，其中护理",
           "型床位1.1万张。"],
          ["丁区今年将新建社区养老", "服务站12个。", "戊县民政局负责人介绍", "，全县已建成农村互助养老点",
           "36个，覆盖所有乡镇。"]]

# an item in three columns whose last column is the shortest: the sweep's last rows hold fewer lines
_THREE = [["本报讯（记者 赵强）记者从市民政局获悉，", "今年以来，全市持续完善养老服务体系，",
           "新建社区居家养老服务中心38个，改造",
           "提升乡镇敬老院16所，新增养老床位2600", "张，全市城乡各类养老服务机构床位总数",
           "达到4.2万张，其中护理型床位1.8万张。"],
          ["全市每千名老年人拥有养老床位31张。", "甲市民政局有关负责人说，全市将", "继续推进医养结合，支持医疗机构开展养",
           "老服务，鼓励社会力量参与养老服务供给", "，力争到2025年护理型床位占比达到55%。"],
          ["乙县今年新增农村互助养老服务点150", "个，覆盖全县所有行政村。", "丙县今年将新建老年助餐点40个。",
           "丁县已建成县级养老服务指导中心。"]]


def _page(*rows: str) -> str:
    return "\n\n".join(["城市日报 2024年9月19日 星期四 第3版 要闻", *rows, "责任编辑：李明"]) + "\n"


def test_a_columns_foot_goes_on_at_the_next_columns_top_a_full_line_no_line_goes_on_to(ruleset: RuleSet) -> None:
    """丙县今年计划开发公益 (the left item's first column's foot, printed after every other line of the item) goes
    on at 性岗位400个…, the top of its next column: a line as wide as its column that no line goes on to, which
    no paragraph opens with (a paragraph's first line is set in). The seam (益 | 性) tells nothing; before,
    the line stood alone and 400个 took the city's place and lost its 计划 (a target)."""
    sweep = swept(_LEFT + _RIGHT)
    pars = paragraphs(ruleset.lexicon, _page("甲城新增城镇就业3.1万人", "乙城新增养老床位900张", *sweep))
    assert "丙县今年计划开发公益性岗位400个，托底安置就业困难人员。" in pars
    assert ("本报乙城讯（记者王芳）今年以来，乙城新增养老床位900张，全市养老床位总数达到2.6万张，"
            "其中护理型床位1.1万张。") in pars


def test_a_line_breaking_off_and_the_one_full_line_no_line_goes_on_to_are_joined(ruleset: RuleSet) -> None:
    """…养老服务机构床位总数 (the first column's fifth row) goes on in 达到4.2万张… two lines on, where the third
    column has ended and the rows hold fewer lines: the only full line near that no line goes on to, and no
    other line near breaks off. Before, the line stood alone and 4.2万张 read its place from the sentences
    before it (乙县, 丁县)."""
    pars = paragraphs(ruleset.lexicon, _page("甲市新增养老床位2600张", *swept(_THREE), "乙市新增城镇就业1.2万人",
                                             "本报讯（记者 孙丽）1-8月，乙市城镇新增就业1.2万人，完成全年目标任务的75%。"))
    assert any(p.endswith("新增养老床位2600张，全市城乡各类养老服务机构床位总数达到4.2万张，其中护理型床位1.8万张。")
               for p in pars)
