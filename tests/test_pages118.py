"""Forms of pages p91-p92 (pages118): a 晚报's page read as pdfplumber's words rejoined a line per baseline (a space
between words, the lines of blocks side by side whose baselines lie close run into one). A lead in three columns
swept a row at a time ends its last column on a jump line cut after its page number (（下转A05 | 版）), and a number
box follows: its title, its figures a space apart on one line, their labels a space apart on the next. The box's row
of figures was taken for the tail of the number the jump line broke off on (its first figure's digits left out), and
its row of labels, a line of no row right over a grid of two items whose narrow one falls between the other's rows,
was set apart with that narrow item's lines as a side column: the figures then ran together, each label far away.
Sentences invented, in the style of such pages."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted

# the page as pdfplumber's words print it: the lead's three columns a row at a time, the third column's jump line
# cut after its page number; the box's title, figures and labels; a grid of a jobs item in two columns and a 镇
# item in one, whose headline is set smaller, so its lines fall between the jobs item's rows
_PAGE = "\n".join([
    "海东晚报 2026年5月20日 星期三 A04 城事 1",
    "前4个月海东经济稳步回升",
    "本报讯（记者 韩梅）5月19日，记者 前4个月，全市规模以上工业增加值增 增长6.2%。其中，城镇居民人均可支配收",
    "从市统计局获悉，前4个月，全市实现 长7.6%，其中高技术制造业增加值增长18 入12460元，增长5.7%；农村居民人均可",
    "地区生产总值236.8亿元，按不变价格计 .2%；固定资产投资增长4.9%；社会消费 支配收入4730元，增长7.1%。（下转A05",
    "算，同比增长4.8%，比一季度加快0.2个 品零售总额97.4亿元，增长3.6%。 版）",
    "百分点。 全市居民人均可支配收入9360元，",
    "数说前4个月海东经济",
    "236.8亿元 4.8% 7.6% 97.4亿元",
    "地区生产总值 地区生产总值增长 规上工业增加值增长 社会消费品零售总额",
    "全市就业形势保持总体稳定 高庙：冷水鱼游出致富路",
    "本报讯（通讯员 祁峰）今年，高庙",
    "本报讯（记者 李娜）记者从市人社 4月末，全市城镇调查失业率为5.4%",
    "镇计划新增冷水鱼养殖网箱80个，预计",
    "局获悉，前4个月，全市城镇新增就业6240 。今年，全市计划城镇新增就业2万人以",
    "产量3200吨。前4个月，全镇新建冷库",
    "人，完成年度目标的31.2%；失业人员再 上，开发公益性岗位900个。",
    "12座。",
    "就业1630人，就业困难人员就业540人。",
    "海东晚报社出版 责任编辑：马丽 美编：韩军 校对：祁静 A04",
]) + "\n"


def test_a_box_row_of_whole_figures_is_no_tail_of_a_number_a_jump_line_cut(extractor: Extractor) -> None:
    """The lead's jump line breaks off after its page number (…（下转A05); the box's row of figures under the lead
    (236.8亿元 4.8% 7.6% 97.4亿元) opens on a whole figure, each piece one with its unit, and is read whole: 236.8亿元
    had lost its digits as the tail of a number cut in two."""
    figs = quoted(dated_figures(extractor, _PAGE, "2026-05-20", "海东晚报"), "role", "period")
    assert [f for f in figs if f[0] == "236.8亿元"] == [("236.8亿元", "level", "2026M01-M04")] * 2


def test_a_box_row_of_labels_pairs_with_its_figures_over_a_grid(extractor: Extractor) -> None:
    """The labels' row under the figures is the box's, no line of the narrow item beside the jobs item: each figure is
    read with the label under it (a change where the label says 增长, the box's title dating each), where they had run
    together (4.8% a level, 7.6% and 97.4亿元 left out)."""
    figs = quoted(dated_figures(extractor, _PAGE, "2026-05-20", "海东晚报"), "role", "period", "metric")
    box = figs[figs.index(("236.8亿元", "level", "2026M01-M04", "money.gdp")) + 14:][:4]
    assert [f[:3] for f in box] == [("236.8亿元", "level", "2026M01-M04"), ("4.8%", "change", "2026M01-M04"),
                                    ("7.6%", "change", "2026M01-M04"), ("97.4亿元", "level", "2026M01-M04")]


def test_a_jump_lines_page_code_cut_at_its_end_is_no_number_cut_in_two(extractor: Extractor) -> None:
    """（下转A05 | 版）: the digits after a page's letter are a code's, no figure cut at the line's end, so a short line
    opening with a number elsewhere on the page (12座。, the narrow item's foot) is no tail of theirs and keeps its
    digits (they had been left out, and the item's count with them)."""
    figs = quoted(dated_figures(extractor, _PAGE, "2026-05-20", "海东晚报"))
    assert ("12座",) in figs


# a hospital item in two columns beside a column of ■ briefs whose lines fall between the item's rows (its headline set
# smaller, its baselines apart), the item's feet a row of short last lines, the column's heading at the end of the row
# of headlines
_BRIEFS = "\n".join([
    "海东晚报 2026年5月20日 星期三 A04 城事 1",
    "市一院门诊综合楼投入使用 区县简讯",
    "■乐都区前4个月新增市场主体1420",
    "本报讯（记者 韩蕾 通讯员 东卫）5月 截至4月末，全市医疗卫生机构床位",
    "户。",
    "18日，海东市第一人民医院门诊综合楼 数达到1.26万张，每千人口医疗卫生机构",
    "■平安区4月份接待游客38.5万人次",
    "投入使用，新增床位260张，全院开放床 床位数8.7张。今年，全市将新增托位1200",
    "，增长16.4%。",
    "位达到980张。 个。",
    "■民和县今年计划造林3.8万亩。",
    "■互助县前4个月完成固定资产投资9.6亿元。",
    "海东晚报社出版 责任编辑：马丽 美编：韩军 校对：祁静 A04",
]) + "\n"


def test_a_column_of_briefs_between_an_items_rows_is_read_apart(extractor: Extractor) -> None:
    """The briefs' lines, one between each two of the item's rows (the item's feet, 位达到980张。 个。, a row too), are
    set apart as the column they are, its heading with them: each number cut at a line's end goes on in its own
    column (1420 | 户。 in the brief, 1200 | 个。 in the item, both lost), and 980张 is the hospital's, no brief's."""
    figs = quoted(dated_figures(extractor, _BRIEFS, "2026-05-20", "海东晚报"), "place", "metric")
    assert any(f[:2] == ("1420户", "乐都区") for f in figs)
    assert any(f[0] == "1200个" for f in figs)
    assert [f for f in figs if f[0] == "980张"] == [("980张", "海东市", "beds.total")]

