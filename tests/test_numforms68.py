"""Number forms after numforms67, read in one extractor call (tests/batchread.py).

负一至一毫米, 误差负一毫米, 气温零下一度 read none: exclude.lone_one took the 一 after a sign word for an article (一家),
as it takes a lone 一 before a measure word, though 负二毫米 and 零下二度 read. A 一 right after 负, 負, 零下 or 零上 is
a number with its sign now (unless the 负 ends a word: 背负一项, 胜负一场), and so is the high end of a band round zero
after it (负一至一毫米: −1 to 1, as 负二至二毫米 read).

379 163至872 008人 read 872008 人: the repair makes a run of three digits, a gap and one group glued to a word
unreadable (完成379 163: two cells run together as often as one number, repair/layout.py `_DOUBTFUL_RUN`), but the
high end, a group opening on 0 and so sure, was read alone, the range's high end as the figure. A number after a
range's mark after an unreadable run is none now, as one right after it was (quantities.py `_after_unreadable`).

百分之二十家企业 stays 20 %, as main read it: 百分之二十 is a whole share with its own 百分之 (GUIDE: the measure `%`
for 百分之…), and no reading takes 二十家企业 for a count with 百分之 left over; the 家 is a slip for 的 (a share of the
firms), as 百分之二十至百分之三十家企业 reads 20–30 % by the high end's own 百分之. Only a bare high end after 百分之
(百分之二十至三十家企业) counts the firms (none, numforms67).
"""

from __future__ import annotations

from tests.batchread import TRAP, Case, Read, alone_test, batch_tests, drawn, drawn_all_test, fig, same
from tests.numread_gen import placed_forms

BRIEF: list[Case] = [
    # a signed 一 and the band round zero it opens
    ("误差负一至一毫米", [fig("负一至一毫米", -1, 1, measure="毫米")]),
    ("波动负一到一度", [fig("负一到一度", -1, 1, measure="℃")]),
    ("误差为负一毫米", [fig("负一毫米", -1, measure="毫米")]),
    ("今天气温零下一度", [fig("零下一度", -1, measure="℃")]),
    ("气温零上一度", [fig("零上一度", 1, measure="℃")]),
    ("误差负二至负一毫米", [fig("负二至负一毫米", -2, -1, measure="毫米")]),
    ("气温零下五度至零下一度", [fig("零下五度至零下一度", -5, -1, measure="℃")]),
    ("气温零下一至零上一度", [fig("零下一至零上一度", -1, 1, measure="℃")]),
    ("气温零下五度至零上一度", [fig("零下五度至零上一度", -5, 1, measure="℃")]),
    # a range's low end made unreadable: its high end is no figure alone
    ("累计完成379 163至872 008人", []), ("累计完成379\u2009163到872\u2009008人", []),
    ("累计完成465\u202f127～903\u202f006人", []), ("累计完成379 163-872 008人", []),
]

GUARDS: list[Case] = [
    # what the fix leaves as it was
    ("误差负一至三毫米", []), ("车位在负一层", []), ("双方胜负一场", []), ("背负一项任务", []),
    ("增长负百分之五到负百分之三", [fig("负百分之五到负百分之三", -5, -3, measure="%")]),
    ("波动负百分之五至百分之五", [fig("负百分之五至百分之五", -5, 5, measure="%")]),
    ("增长负百分之五到百分之三", []), ("孝感一家企业捐赠", []), ("误差负二毫米", [fig("负二毫米", -2, measure="毫米")]),
    ("累计完成466 030至980 025人", [fig("466030至980025人", 466030, 980025, measure="人")]),
    ("累计完成37 163至87 008人", [fig("37163至87008人", 37163, 87008, measure="人")]),
    ("完成379 163人，另有872 008人", [fig("872008人", 872008, measure="人")]),
    # a share with its own 百分之 before a counter: 20 % (the brief's first fault, as main read it)
    ("百分之二十家企业受益", [fig("百分之二十", 20, measure="%")]),
    ("约百分之三十户家庭", [fig("约百分之三十", 30, qualifier="approx", measure="%")]),
    ("共有百分之二十的企业", [fig("百分之二十", 20, measure="%")]),
]

read, test_the_cases_are_each_once, test_each_form_gives_its_figures = batch_tests(BRIEF, 5, GUARDS)

test_a_sentence_reads_the_same_alone = alone_test(["误差负一至一毫米", "今天气温零下一度"])


def test_what_main_read_right_stays(read: Read) -> None:
    """The neighbours of each fix read as they did on main."""
    bad = [(t, read[t]) for t, want in GUARDS if not same(read[t], [*want, TRAP[1]])]
    assert not bad, bad


DRAWN = [c for c in drawn(placed_forms, 60, 68) if c.text not in {t for t, _ in BRIEF + GUARDS}]


def test_the_family_is_drawn_wide() -> None:
    """Each branch of placed_forms (tests/numread_gen.py) is drawn, the doubtful low end included."""
    for cls in ("placed", "placed_range", "worded", "grouped", "grouped_range", "fraction", "tenths", "tenths_range",
                "doubtful_low", "third"):
        assert sum(c.cls == f"placed_forms.{cls}" for c in DRAWN) >= 20, cls
    for cls in ("fraction_range", "signed_one"):
        assert sum(c.cls == f"placed_forms.{cls}" for c in DRAWN) >= 8, cls


test_each_drawn_form_gives_its_figures = drawn_all_test(DRAWN)
