"""More of what real newspaper pages hold (pages22): a figures box (数说, 图解) of big numbers each over its short
label, read back as the number then the label. Pages invented, in the style of such pages."""

from __future__ import annotations

from stats.run.pipeline import Extractor


def test_a_figures_box_number_takes_the_beds_its_label_after_it_names(extractor: Extractor) -> None:
    """A box's number is read before its label (23.6万张 全市医疗卫生机构床位数): the label's count noun names the
    beds from past the place and the kind of institution (they were a count of items); another count in 张
    with 床位数 in the next clause is none."""
    got = {f["quote"]: f["metric"] for f in extractor.extract_text(
        "数说·去年全市民生\n23.6万张全市医疗卫生机构床位数 4.2万人城镇新增就业\n").figures}
    assert got["23.6万张"] == "beds.total" and got["4.2万人"].startswith("jobs.")
    got = {f["quote"]: f["metric"] for f in extractor.extract_text(
        "全市发放消费券3000张，全市医疗卫生机构床位数保持稳定。").figures}
    assert got["3000张"] != "beds.total"
