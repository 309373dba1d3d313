"""What the blind set data/gold/damaged34 found: five texts of our own, each in a form no damaged set used (an OCR'd
page with B for 8, S for 5 and 力 for 万 against Han; a re-wrap that turned line breaks into spaces; UTF-16 with CRLF
and lone CR; UTF-8 double-encoded through Windows-1252; a mail saved whole with its text quoted-printable). Blind,
main read the quoted-printable mail as ASCII and took an escape's hex digits into two figures (=E7=9A=84109.3% as
84109.3%, =E7=8E=873.6% as 873.6%), read no word of the double-encoded bulletin (its € made 2025 a sum in euros, its
growths levels of the publication month), and missed every number with B in it or S opening it (15B6人, 增长S.8%).
Sentences invented, in the style of such texts.
"""

from __future__ import annotations

import binascii
import codecs
import importlib.util
import quopri

import pytest

from stats.read.decode import decode_bytes, decode_chunks, detect
from stats.read.transfer import cp1252_mojibake, unquoted
from stats.run.pipeline import Extractor
from tests.conftest import ROOT
from tests.dated import dated_figures as _run
from tests.goldsets import scored

_SPEC = importlib.util.spec_from_file_location("gold_damaged34", ROOT / "scripts" / "gold_damaged34.py")
_BUILDER = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_BUILDER)

_NOTICE = ("某县2025年就业工作情况\n　　全县城镇新增就业1748人，完成年度目标任务的108.6%；城镇登记失业率3.4%。"
           "全年实现劳务收入9.26亿元，同比增长5.7%。\n")


def _got(extractor: Extractor, text: str, published: str = "2026-01-20") -> set[tuple[float, str, str]]:
    """Each figure's value, measure and role."""
    return {(f["value"], f["measure"], f["role"]) for f in _run(extractor, text, published)}


_WANT = {(1748.0, "人", "level"), (108.6, "%", "level"), (3.4, "%", "level"), (926000000.0, "元", "level"),
         (5.7, "%", "change")}


def _mail(body: str) -> bytes:
    """`body` as a mail client saves a mail whole: headers, a boundary, the text part quoted-printable, CRLF."""
    qp = quopri.encodestring(body.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
    head = ("From: jyk@example.cn\r\nSubject: =?UTF-8?B?5bCx5Lia?=\r\nDate: Wed, 14 Jan 2026 10:05:31 +0800\r\n"
            'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b1_7f3a"\r\n\r\n--b1_7f3a\r\n'
            "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n")
    return (head + qp + "\r\n--b1_7f3a--\r\n").encode("ascii")


def test_a_quoted_printable_mail_is_read_as_the_text_it_carries(extractor: Extractor) -> None:
    """A mail saved whole, its text part quoted-printable, reads as its text: every figure, and none of an escape's
    hex digits joined to a number (=E7=9A=84108.6% is 108.6%, never 84108.6%)."""
    decoded = decode_bytes(_mail(_NOTICE), "notice.eml.txt")
    assert decoded.encoding == "quoted-printable/utf-8"
    assert "全县城镇新增就业1748人" in decoded.text and "=E" not in decoded.text
    assert _got(extractor, decoded.text) == _WANT


def test_quoted_printable_without_its_headers_is_known_by_its_escapes() -> None:
    """A body saved without the mail's headers is told by its runs of escaped high bytes, which no other text has;
    a text with an equals sign or two (x=3, a=b) is no such body."""
    body = quopri.encodestring(_NOTICE.encode("utf-8"))
    assert decode_bytes(body, "body.txt").text.replace("\r", "") == _NOTICE
    plain = "若x=3，则y=6。=A=B=C\n".encode()
    assert decode_bytes(plain, "plain.txt").text == plain.decode()


@pytest.mark.parametrize("cut", range(1, 12))
def test_an_escape_or_a_soft_break_cut_between_chunks_is_read_whole(cut: int) -> None:
    """A file decoded a chunk at a time reads an escape or a soft line break the chunks' edge cuts (=E4=B8 | =9A,
    =E4= | B8, = | \\r\\n) as one."""
    data = b"=E5=B0=B1=E4=B8=9A17=\r\n48=E4=BA=BA"
    got = b"".join(unquoted([data[:cut], data[cut:cut + 9], data[cut + 9:]]))
    assert got == binascii.a2b_qp(data) == "就业1748人".encode()
    text = "".join(decode_chunks([data[:cut], data[cut:]], "quoted-printable/utf-8"))
    assert text == "就业1748人"


def _mojibake(text: str) -> bytes:
    """`text`'s UTF-8 read as Windows-1252 (an undefined byte kept as its C1 control) and saved as UTF-8 again, by
    the set's own builder."""
    return _BUILDER.cp1252_mojibake_of(text).encode("utf-8")


def test_utf8_read_as_cp1252_and_saved_again_is_read_back(extractor: Extractor) -> None:
    """A double-encoded file (全县 saved as å…¨åŽ¿) reads back to its text exactly, its figures with their words:
    the growth a change, no 2025 in euros (the € is a Han character's middle byte)."""
    decoded = decode_bytes(_mojibake(_NOTICE), "notice.txt")
    assert decoded.encoding == "utf-8/cp1252" and decoded.text == _NOTICE
    assert _got(extractor, decoded.text) == _WANT


def test_a_double_encoded_file_read_a_chunk_at_a_time_reads_back() -> None:
    """Decoded in chunks whose edges cut the double encoding's characters and the bytes under them, the file reads
    back whole; `detect` tells it from its opening."""
    data = _mojibake(_NOTICE)
    chunks = [data[i:i + 7] for i in range(0, len(data), 7)]
    decoding = detect(lambda: iter(chunks), data[:4096], False, "notice.txt")
    assert decoding.encoding == "utf-8/cp1252"
    assert "".join(decode_chunks(chunks, decoding.encoding)) == _NOTICE


def test_a_double_encoded_file_with_a_bom_or_cut_short_reads_back() -> None:
    """A file that had a byte-order mark before it was double-encoded reads back without it (no U+FEFF opens the
    text), and one a download cut inside its last character reads back all but that character (U+FFFD)."""
    assert decode_bytes(_mojibake("\ufeff" + _NOTICE), "bom.txt").text == _NOTICE
    cut = decode_bytes(_mojibake(_NOTICE)[:-5], "cut.txt")  # (inside the € of 。, its last mojibake)
    assert cut.encoding == "utf-8/cp1252" and cut.text.startswith(_NOTICE[:-3]) and cut.text.endswith("\ufffd")
    assert any("mojibake" in w for w in cut.warnings) and any("U+FFFD" in w for w in cut.warnings)


@pytest.mark.parametrize("text", [
    "Le café coûte 3,50 € à Pékin ; l'été 2025 fut très chaud, même à Zürich et à Málaga.\n",
    "全县城镇新增就业1748人（Café résumé naïve），增长5.7%。\n",
    "Straße Ærø Øresund ÄÖÜ äöü ß — 2025 Größe 12,5 %\n",
])
def test_genuine_latin_text_is_no_mojibake(text: str) -> None:
    """Latin text with accents (French, German, Danish), alone or beside Chinese, is read as it is written: its
    accented letters map back to bytes that are no UTF-8 (a lone é), or the text holds Han characters already."""
    assert not cp1252_mojibake(text, lambda s: 1.0)
    assert decode_bytes(text.encode("utf-8"), "latin.txt").text == text


def test_utf16_with_crlf_and_lone_cr_reads_line_by_line(extractor: Extractor) -> None:
    """A UTF-16 file whose lines end in CRLF and in lone CR (an old editor's lines pasted in) gives every line its
    own: a table's rows after a lone CR are rows, the sentence after one is a sentence of its own."""
    text = ("某县2025年财政收支情况\r\n　　全县一般公共预算收入完成4.26亿元，增长3.8%。\r"
            "项目\t2025年\t2024年\r一般公共预算收入（亿元）\t4.26\t4.10\r\n　　2026年，预期增长5%左右。\r")
    decoded = decode_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"), "budget.txt")
    figs = {(f["value"], f["role"], f["period"]) for f in _run(extractor, decoded.text, "2026-01-26")}
    assert {(426000000.0, "level", "2025"), (3.8, "change", "2025"), (410000000.0, "level", "2024"),
            (5.0, "target", "2026")} <= figs


def test_ocr_b_and_s_against_han_read_as_eight_and_five(extractor: Extractor) -> None:
    """On an OCR'd page (its letters beside digits show it: 2O25年), B inside a number or after its point is an 8 and
    S opening a number on its point right after a Han character a 5 (就业2B64人, 增长S.6%, 收入B.42亿元, 3.B%)."""
    text = ("某县就业工作综述\n　　2O25年，全县城镇新增就业2B64人，城镇登记失业率3.B%o全年实现劳务收入B.42亿元，"
            "同比增长S.6%。扶持创业lB7人。\n")
    assert {(2864.0, "人", "level"), (3.8, "%", "level"), (842000000.0, "元", "level"), (5.6, "%", "change"),
            (187.0, "人", "level")} <= _got(extractor, text)


def test_a_latin_b_or_s_of_a_name_stays_a_letter(extractor: Extractor) -> None:
    """On the same OCR'd page, a vitamin's B12, a licence's B2 and a road's S310 open on their letter after a Han
    character with no point after it, and a pencil's 2B ends on its: they are names, not numbers 812, 82, 5310, 28."""
    text = ("某县就业工作综述\n　　2O25年，全县城镇新增就业2l60人。补充维生素B12的老人1260人，取得B2驾照学员86人，"
            "S310线改造完成，发放2B铅笔1500支。\n")
    values = {v for v, _, _ in _got(extractor, text)}
    assert {2160.0, 1260.0, 86.0, 1500.0} <= values and not {812.0, 82.0, 5310.0, 8.0, 28.0} & values


def test_wan_read_as_li_gives_no_figure(extractor: Extractor) -> None:
    """OCR that read 万 as its look-alike 力 leaves a number with no magnitude a reader can be sure of: 4.26力人 is no
    4.26人 (a value ten thousand times too small), so no figure, and the clean figures beside it stand."""
    text = "某县就业工作综述\n　　2O25年，全县输出农村劳动力4.26力人，发放创业担保贷款3680力元，扶持创业l86人。\n"
    got = _got(extractor, text)
    assert (186.0, "人", "level") in got and not {v for v, _, _ in got} & {4.26, 3680.0}


@pytest.mark.slow  # a gold set extracted: the quick suite is near its limit
def test_the_damaged34_gold_set_scores_at_its_floors() -> None:
    """data/gold/damaged34 (five texts of our own in forms no damaged set used, by scripts/gold_damaged34.py). Blind,
    main scored recall 0.6699, precision 0.9452, role 0.8696, period 0.8406, topic_jobs 0.8, the rest 1.0; after
    (with two slips of the gold mended: a fall's value as written, a project's 新增床位 a level): every score 1.0.
    Floors, not the exact scores."""
    s = scored("damaged34")
    assert s["recall"] >= 0.99 and s["precision"] >= 0.99
    assert s["role_acc"] >= 0.99 and s["qualifier_acc"] >= 0.99
    assert s["place_acc"] >= 0.99 and s["period_acc"] >= 0.99
    assert s["topic_beds_acc"] >= 0.99 and s["topic_jobs_acc"] >= 0.99
