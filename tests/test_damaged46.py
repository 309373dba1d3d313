"""What the blind set data/gold/damaged46 found: five texts of our own, each in a form no damaged set used (a long
Weibo post as the mobile site's API serves it; a CMS's mysqldump; a browser's copy as the Windows clipboard's HTML
Format holds it; an mbox folder of a GB2312 mail and a UTF-8 reply; a Lark document's blocks as its open API returns
them). Blind, main read the Weibo JSON and the SQL dump whole and right, but lost the reply's figure in the mbox (the
file read as GB18030, the UTF-8 reply was mojibake, 428个 among wrong words), the clipboard table's last row (its
</table> glued the row to the paragraph after it: 3.62026年) and two thirds of the Lark document (its text runs cut
inside numbers, 6 | 42张, 10.1 | 2张, and its table's cells one a line among block ids). Sentences invented, in the
style of those exports.
"""

from __future__ import annotations

import json

import pytest

from stats.read.decode import decode_bytes, decode_chunks, detect
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.goldsets import scored

_GB_MAIL = ("From - Mon Feb 02 09:10:00 2026\r\nContent-Type: text/plain; charset=\"gb2312\"\r\n"
            "Content-Transfer-Encoding: 8bit\r\n\r\n各位：\r\n2025年全县城镇新增就业2316人，失业人员再就业418人。\r\n"
            "全年发放创业担保贷款5260万元。\r\n\r\n")
_UTF8_MAIL = ("From - Mon Feb 02 11:20:00 2026\r\nContent-Type: text/plain; charset=utf-8\r\n"
              "Content-Transfer-Encoding: 8bit\r\n\r\n收到。另外全县开发公益性岗位356个，请补充。\r\n\r\n发自我的手机\r\n")


def _mbox() -> bytes:
    return _GB_MAIL.encode("gb2312") + _UTF8_MAIL.encode("utf-8")


def test_an_mbox_of_a_gb2312_mail_and_a_utf8_reply_reads_each_line_in_its_own_encoding() -> None:
    """Read whole and a chunk at a time (chunks cutting lines and characters), both mails read right: the GB2312
    report and the UTF-8 reply's figure, no U+FFFD, the reading reported. Before, the file was GB18030 and the
    reply mojibake, its figure among wrong words or its digits eaten."""
    data = _mbox()
    got = decode_bytes(data, "x.txt")
    assert "城镇新增就业2316人" in got.text and "开发公益性岗位356个" in got.text and "\ufffd" not in got.text
    assert got.encoding.endswith("utf-8") and any("two encodings" in w for w in got.warnings)
    pieces = [data[i:i + 7] for i in range(0, len(data), 7)]
    d = detect(lambda: iter(pieces), data[:4096], False, "x.txt")
    assert "".join(decode_chunks(iter(pieces), d.encoding)) == got.text


def test_gbk_files_whose_short_lines_happen_to_be_utf8_are_read_as_gbk() -> None:
    """A GBK table whose unit cells stand alone on their lines (元 is D4 AA in GBK, a valid UTF-8 sequence: Ԫ) is
    GBK still, read whole as before; so is GBK prose; a UTF-8 file with one bad byte is UTF-8 with its damage."""
    table = "指标\n单位\n元\n" * 12 + "全县一般公共预算收入8.36亿元\n"
    got = decode_bytes(table.encode("gbk"), "x.txt")
    assert got.encoding == "gb18030" and got.text == table
    prose = "全县城镇新增就业2316人，失业人员再就业418人。\n" * 5
    assert decode_bytes(prose.encode("gbk"), "x.txt").encoding == "gb18030"
    broken = ("全县城镇新增就业2316人，失业人员再就业418人。\n" * 5).encode("utf-8")
    broken = broken[:40] + broken[41:]
    assert decode_bytes(broken, "x.txt").encoding == "utf-8"


def _lark(paras: list[str], table: list[list[str]] | None = None) -> bytes:
    def runs(text: str) -> list[dict]:
        return [{"text_run": {"content": p, "text_element_style": {"bold": i % 2 == 1, "italic": False}}}
                for i, p in enumerate(text.split("|")) if p]

    items: list[dict] = [{"block_id": "doxcnPage01", "block_type": 1, "children": [], "parent_id": "",
                          "page": {"elements": runs("某县卫生健康工作情况"), "style": {"align": 1}}}]
    for k, p in enumerate(paras):
        items[0]["children"].append(f"doxcnText{k:02d}")
        items.append({"block_id": f"doxcnText{k:02d}", "block_type": 2, "parent_id": "doxcnPage01",
                      "text": {"elements": runs(p), "style": {"align": 1}}})
    if table:
        cells, inner = [], []
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                cid, tid = f"doxcnCell{r}{c}", f"doxcnCellText{r}{c}"
                cells.append(cid)
                inner += [{"block_id": cid, "block_type": 32, "children": [tid], "parent_id": "doxcnTable1",
                           "table_cell": {}},
                          {"block_id": tid, "block_type": 2, "parent_id": cid, "text": {"elements": runs(cell)}}]
        items[0]["children"].append("doxcnTable1")
        items += [{"block_id": "doxcnTable1", "block_type": 31, "children": cells, "parent_id": "doxcnPage01",
                   "table": {"cells": cells, "property": {"column_size": len(table[0]), "row_size": len(table),
                                                          "column_width": [180, 100, 100]}}}, *inner]
    return json.dumps({"code": 0, "data": {"has_more": False, "items": items}, "msg": "success"},
                      ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def test_a_lark_documents_blocks_read_as_the_document_shows_them() -> None:
    """The page's title, each block's runs joined (a run cut inside a number, 1 | 386张, read whole), a line each,
    the table's rows a line each with their cells parted by tabs; read whole and a chunk at a time alike. Before,
    each run stood as a JSON string of its own (1 and 386张 two figures) and the cells one a line among ids."""
    data = _lark(["全县实有床位|1|386张，增长|5.|2%。", "新增床位|120张|。"],
                 [["指标", "2025年", "2024年"], ["实有床位（张）", "1386", "1318"]])
    got = decode_bytes(data, "x.txt")
    assert got.text == ("某县卫生健康工作情况\n全县实有床位1386张，增长5.2%。\n新增床位120张。\n"
                        "指标\t2025年\t2024年\n实有床位（张）\t1386\t1318\n")
    assert got.encoding.endswith("utf-8") and any("Lark" in w for w in got.warnings)
    pieces = [data[i:i + 50] for i in range(0, len(data), 50)]
    d = detect(lambda: iter(pieces), data[:4096], False, "x.txt")
    assert "".join(decode_chunks(iter(pieces), d.encoding)) == got.text


def test_json_that_is_no_lark_reply_is_read_as_it_is() -> None:
    """A JSON object with no block list (a site's API reply, its body a string) is not read out; a Lark reply cut
    short (no whole JSON) is read as it is too."""
    other = json.dumps({"code": 0, "data": {"content": "全县实有床位1386张", "elements": []}}, ensure_ascii=False)
    assert decode_bytes(other.encode("utf-8"), "x.txt").text == other
    cut = _lark(["全县实有床位1386张。"])[:-20]
    assert decode_bytes(cut, "x.txt").text == cut.decode("utf-8")


def test_a_tables_end_before_a_paragraph_is_a_lines_end() -> None:
    """A copied page's table (its last row's cells, then </tbody></table>) right before a paragraph on the same line:
    the row and the paragraph stand on lines of their own; so do a list's end and the next block. Before, the row ran
    on into the paragraph (3.62026年)."""
    page = ("<p>支出35.47亿元。</p><table><tbody><tr><td>一般公共预算支出</td><td>354700</td><td>3.6</td></tr></tbody>"
            "</table><p>2026年预期增长6%左右。</p><ul><li>新增床位60张</li></ul><p>计划新增床位30张。</p>\n")
    got = decode_bytes(page.encode("utf-8"), "x.txt").text
    assert "一般公共预算支出\t354700\t3.6\n2026年预期增长6%左右。\n" in got
    assert "新增床位60张\n计划新增床位30张。" in got


@pytest.mark.slow  # (an extraction: 0.3 s on a loaded machine)
def test_the_mbox_reply_and_the_lark_runs_give_their_figures(extractor: Extractor) -> None:
    """The UTF-8 reply's 356个 and the Lark document's figures cut between runs (1386张, 5.2%, 120张) and its table's
    row (1386 and 1318 张) are figures, no 1 nor 386 of a cut."""
    mail = {(f["value"], f["measure"]) for f in _run(extractor, decode_bytes(_mbox(), "x.txt").text, "2026-02-02")}
    assert {(2316.0, "人"), (418.0, "人"), (52600000.0, "元"), (356.0, "个")} <= mail
    data = _lark(["2025年全县实有床位|1|386张，增长|5.|2%。", "2025年新增床位|120张|。"],
                 [["指标", "2025年", "2024年"], ["实有床位（张）", "1386", "1318"]])
    got = [(f["value"], f["measure"]) for f in _run(extractor, decode_bytes(data, "x.txt").text, "2026-02-02")]
    assert {(1386.0, "张"), (5.2, "%"), (120.0, "张"), (1318.0, "张")} <= set(got)
    assert not {v for v, _ in got} & {1.0, 386.0, 2.0}


@pytest.mark.slow
def test_the_damaged46_gold_set_scores_at_its_floors() -> None:
    """data/gold/damaged46 (v01 a long Weibo post as m.weibo.cn's API serves it, 和政县 jobs; v02 a DedeCMS mysqldump,
    闻喜县 beds; v03 the Windows clipboard's HTML Format of a copied page with a table, 宁武县 money; v04 an mbox of a
    GB2312 mail and a UTF-8 reply, 巴林右旗 jobs; v05 a Lark document's blocks from its open API, 永和县 beds and
    money).
    Blind: recall=0.8171 precision=0.9178 qualifier=1.0 role=0.9851 place=1.0 period=0.9851 topic_beds=0.8462
    topic_jobs=1.0 (82 must figures); now: recall=1.0 precision=1.0 qualifier=1.0 role=1.0 place=1.0 period=1.0
    topic_beds=1.0 topic_jobs=1.0. Floors, not the exact scores."""
    s = scored("damaged46")
    assert s["recall"] >= 0.99 and s["precision"] >= 0.995
    assert s["role_acc"] >= 0.99 and s["qualifier_acc"] >= 0.99
    assert s["place_acc"] >= 0.99 and s["period_acc"] >= 0.99
    assert s["topic_beds_acc"] >= 0.99 and s["topic_jobs_acc"] >= 0.99 and s["topic_money_acc"] >= 0.99
