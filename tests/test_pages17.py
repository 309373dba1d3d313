"""What p27 and p28 of data/gold/pages showed (a prefecture city daily read back by pdfminer with its default
settings, a regional daily by pdftotext -layout): a table by prefecture whose head names its first column 地市
and gives the units of the others in brackets. Pages invented, in the style of such pages."""

from __future__ import annotations

from stats.extract.pipeline import Extractor

# a table under its title, set out with wide gaps as pdftotext -layout prints it
_TABLE = "\n".join([
    "上半年部分地市医疗卫生机构床位",
    "地市                    床位数（张）            每千人口床位数（张）",
    "那曲市                  1320                  31.5",
    "林芝市                  980                   28.2",
]) + "\n"


def test_a_table_headed_by_prefectures_gives_each_row_its_place(extractor: Extractor) -> None:
    got = {(f["value"], f["place"], f["unit"]) for f in extractor.extract_text(_TABLE).figures}
    assert got == {(1320, "那曲市", "bed"), (31.5, "那曲市", "bed"), (980, "林芝市", "bed"), (28.2, "林芝市", "bed")}
