"""Number forms after numforms67, read in one extractor call (tests/batchread.py).

负一至一毫米, 误差负一毫米, 气温零下一度 read none: exclude.lone_one took the 一 after a sign word for an article (一家),
as it takes a lone 一 before a measure word, though 负二毫米 and 零下二度 read. A 一 right after 负, 負, 零下 or 零上 is
a number with its sign now (unless the 负 ends a word: 背负一项, 胜负一场), and so is the high end of a band round zero
after it (负一至一毫米: −1 to 1, as 负二至二毫米 read).
"""

from __future__ import annotations

from tests.batchread import TRAP, Case, Read, alone_test, batch_tests, fig, same

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
]

GUARDS: list[Case] = [
    # what the fix leaves as it was
    ("误差负一至三毫米", []), ("车位在负一层", []), ("双方胜负一场", []), ("背负一项任务", []),
    ("增长负百分之五到负百分之三", [fig("负百分之五到负百分之三", -5, -3, measure="%")]),
    ("波动负百分之五至百分之五", [fig("负百分之五至百分之五", -5, 5, measure="%")]),
    ("增长负百分之五到百分之三", []), ("孝感一家企业捐赠", []), ("误差负二毫米", [fig("负二毫米", -2, measure="毫米")]),
]

read, test_the_cases_are_each_once, test_each_form_gives_its_figures = batch_tests(BRIEF, 5, GUARDS)

test_a_sentence_reads_the_same_alone = alone_test(["误差负一至一毫米", "今天气温零下一度"])


def test_what_main_read_right_stays(read: Read) -> None:
    """The neighbours of each fix read as they did on main."""
    bad = [(t, read[t]) for t, want in GUARDS if not same(read[t], [*want, TRAP[1]])]
    assert not bad, bad
