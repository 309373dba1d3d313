"""A subtitle file (SRT, WebVTT, SubViewer, SAMI, MicroDVD) read as text: each cue's number and timing line taken out and the
cues' texts run on as the speech they are.

A news video's subtitles hold one clause a cue, the marks between clauses dropped (a cue ends where a comma or a
full stop stood), and a long clause cut in two cues wherever the speaker paused, between a figure's label and its
number too (实现劳务收入 | 26.4亿元). Read as written, each cue is a paragraph of its own between blank lines, a
number apart from its label and a cue that is only a year (2026年) apart from the goal it dates; and the timings
(00:00:48,020 --> 00:00:50,320) are numbers of no figure. So a run of cues is written as one paragraph: the cues'
texts joined by a comma, the mark of the pause a cue ends at (a space would run the clauses into one, and a goal's
计划 would govern nothing; the label cut from its number still stands in the number's sentence), a cue's own lines
run on as one (a space between two Latin words or numbers). Done where the text is read; the text before the first
cue and after the last stays.

A WebVTT file (a video site's or a captioning tool's export) holds more than SRT: its WEBVTT head with header lines
(Kind:, Language:), STYLE blocks whose CSS holds numbers of its own (font-size: 120%), NOTE blocks (a proofreader's
version and date), cue ids that are names (zy-004, not only numbers), and tags inside the cue text: the speaker's
voice (<v 县人社局局长>…</v>), classes (<c>, <c.yellow>), <i>, <b>, <u>, <lang …>, and karaoke timestamps
(<00:00:19.152>) where a word was spoken, between a label and its number too. In a run of cues, the head and those
blocks are dropped (no figure of the speech), a cue's id taken out with its timing, and the tags dropped from its
text, a ruby's annotation (<rt>…</rt>) with them, so that the label reads against its number.

A TTML file (DFXP, IMSC: the XML captions a broadcaster's tool or a video platform exports, <tt> in the namespace
http://www.w3.org/ns/ttml or the older ttaf1 ones) holds its cues as <p> elements whose attributes time them (in
ticks, begin="52000000t", or clock times) and place them, under a <head> whose metadata (a title with a date, a
version, a copyright year) and styles and regions (tts:fontSize="100%", tts:origin="10% 80%") hold numbers and
percents of no figure; inside a cue, <br/> breaks its lines and <span>s colour its words, a figure's digits too
(<span style="hl">1086</span>人). So (`ttml_run_on`) the head is dropped, each <p> is a cue whose lines (at its
<br/>s) run on as one with its tags dropped, and the cues are joined as a run of SRT cues is; a text with no TTML
root or fewer cues than a run comes back as it is.

A bilibili subtitle file (BCC: the JSON a video's subtitle link serves, its AI subtitles or an uploader's, saved as
.json or .bcc) holds its cues as objects of a "body" list, each with its times in seconds ("from":12.34,"to":15.6), a
sid, a location and the cue's "content" string; the head's keys (font_size 0.4, background_alpha 0.5, a version
v1.7.0.4) are numbers of no figure, and so are the times and sids. Read as written, the cues' texts stand between
keys and numbers as JSON strings, a clause's figure glued to the next cue's "from" key. So (`bcc_run_on`) each cue's
content, its JSON escapes read, is taken out and the cues are joined as a run of SRT cues is; a text with no such
body or fewer cues than a run comes back as it is.

An LRC file (.lrc: the timed lyrics format an audio player shows line by line, which a radio's or a county media
centre's audio news and a speech recogniser's export use for captions too) holds one cue a line, after its time in
brackets ([00:15.20]1968张; a line may carry several times, and a word its own <00:15.62> in the enhanced form), under
ID tags of the file's own ([ti:…] its title, [ar:…], [al:…] an album's name and date, [by:…], [offset:0],
[length:03:25]): the times and the tags' numbers are no figures. So (`lrc_run_on`) the times are taken out of each
cue line and its text joined with the others as a run of SRT cues is, the title tag's text a line above them (the
headline the player shows; not where the first cue repeats it) and the other tags dropped; a text with fewer timed
lines than a run, or with lines of its own between them, comes back as it is.

A SubViewer file (.sbv: what YouTube Studio and many captioning tools export) writes no cue numbers: each cue is a
timing line of two times parted by a comma (0:00:03.200,0:00:06.840) over its text, a blank line after it; its cues
are taken as an SRT file's are.

A SAMI file (.smi: Microsoft's captions, which Windows Media and older Chinese subtitle tools write) is HTML-like:
<SAMI>, a <HEAD> whose TITLE (a programme's name and date), SAMIParam metrics and STYLE (font-size: 24pt, margins of
2pt, a language class) hold numbers of no figure, then a <BODY> of <SYNC Start=…> marks (milliseconds), each followed
by its cue in a <P Class=…>, a cue of &nbsp; alone clearing the screen. Read as HTML, each cue is a line of its own
after its SYNC's time, a number apart from its label. So (`sami_run_on`) the head is dropped and each SYNC's cue,
its tags dropped and its references read, is a cue (a blank one none), the cues joined as a run of SRT cues is; a
text with no <SAMI> root or fewer cues than a run comes back as it is.

A MicroDVD file (.sub: what older Chinese subtitle tools and players write) holds one cue a line, its start and end
frames in braces before its text ({175}{309}实有床位|3862张), | breaking the cue's lines and control codes in braces
({y:b}, {c:$0000FF}) styling it; a first cue of frame 1 whose text is a number alone ({1}{1}25.000) gives the frame
rate, as players read it. The frames and that rate are numbers of no figure, and a cue's lines read as written keep
a label apart from its number. So (`microdvd_run_on`) each line's frames and codes are taken out, the rate's cue
dropped, and the cues' texts (their lines run on as one) joined as a run of SRT cues is; a text with fewer cue lines
than a run, or with a line that is no cue, comes back as it is.

A captioner that cuts its cues by a count of characters cuts between a number and its unit too (全县卫生健康支出3.12 |
亿元, 实现就业204 | 人): a cue as long as the count that ends on a digit runs on into a next one that opens on a letter
or a percent mark (`_cut_number`), as it does into one that opens on a digit. And a clause cut before its percentage
(完成年度目标任务的 | 112.6%: the cut put back from inside the number to before it) runs on into the cue that is the
percentage alone (`_cut_before_share`): a share is no clause of its own.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import Counter

from stats.rules.prepared import compiled_re

# a cue's head: its number on a line of its own (SRT; WebVTT may leave it out), then its timing line (start --> end,
# a comma or a point before the milliseconds, WebVTT's cue settings after it)
_TIME = r"(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}"
# (a WebVTT id may be a name: ASCII letters, digits and - _ . : with no space, which no cue's Chinese text line is)
_CUE_ID = r"(?:\d{1,6}|[A-Za-z0-9_.:-]{1,40})"
# (or SubViewer's, as YouTube Studio's .sbv writes it: no number, the two times parted by a comma on a line of their own,
# 0:00:03.200,0:00:06.840)
_SBV_TIME = r"\d{1,2}:\d{2}:\d{2}\.\d{3}"
_SBV_HEAD = compiled_re(rf"(?m)^{_SBV_TIME},{_SBV_TIME}[ \t]*\r?$")
_CUE_HEAD = compiled_re(rf"(?m)^(?:(?:{_CUE_ID}[ \t]*\r?\n)?{_TIME}[ \t]+-->[ \t]+{_TIME}[^\n]*"
                        rf"|{_SBV_TIME},{_SBV_TIME}[ \t]*\r?)(?:\n|\Z)")
# a WebVTT file's head (WEBVTT and its header lines) and its STYLE, NOTE and REGION blocks, each up to a blank line
_VTT_BLOCK = compiled_re(r"(?m)^(?:\ufeff?WEBVTT|STYLE|NOTE|REGION)(?:[ \t][^\n]*)?\r?\n(?:[ \t]*\S[^\n]*(?:\r?\n|\Z))*")
# a cue text's tags: a voice, a class, italics, bold, underline, a language, a ruby and a karaoke timestamp
_CUE_TAG = compiled_re(r"<rt>[^<>\n]*</rt>|</?(?:v|c|i|b|u|lang|ruby|rt)(?:[ .][^<>\n]*)?>"
                       r"|<(?:\d{1,2}:)?\d{2}:\d{2}\.\d{3}>")
_BLANK = compiled_re(r"\r?\n[ \t]*\r?\n")
_RUN_MIN = 3  # the fewest cues that are a subtitle file (one timing line may be quoted anywhere)
PAUSE = unicodedata.lookup("FULLWIDTH COMMA")  # what a cue's end stands for (named: no mark in the engine's code)
_DIGITS = "0123456789"
_CUT_WIDTH_CUES = 3  # the fewest cues of one length that tell the count a captioner cuts at
_BOUND_MAX = 3  # the longest cue a percentage cut by the count runs on into (以内, 左右, 以上: its bound alone)


def _cut_number(cue: str, after: str, width: int) -> bool:
    """Does a cue end inside a number the next one (`after`) goes on with? An automatic captioner that cuts a cue
    when its count of characters is reached (at most `width`, the longest cue of the run) cuts wherever the count
    falls, inside a number too: at its point (完成年度目标任务的105. | 4%, 就业12 | .8万人) or between its digits
    (职业技能培训512 | 0人次), and between a number and its unit (支出3.12 | 亿元). Joined by the pause, the number is
    two (0人次, 4%), or apart from its unit, and neither is the one spoken. A
    point ends no number and opens none, so a cut at it is certain; a cut between digits is taken only where the
    cue is as long as the count it was cut at (the longest length at least `_CUT_WIDTH_CUES` cues share: a
    captioner's count-cut cues all have it), so cut by the count: a cue ending on a number at a pause (排名第3 |
    2025年…) is shorter."""
    if not cue or not after:
        return False
    if cue[-1] == "." and len(cue) > 1 and cue[-2] in _DIGITS and after[0] in _DIGITS:
        return True
    if cue[-1] in _DIGITS and after[0] == "." and after[1:2] != "" and after[1] in _DIGITS:
        return True
    if len(cue) < width:
        return False
    # (and between a number and its unit, 3.12 | 亿元, 204 | 人, 5 | %: a cue of the count's length ending on a digit,
    # the next opening on a letter, the unit's; and between a percentage and the word that bounds it, 5.5% | 以内,
    # 5% | 左右: a cue ending on a percent mark, the next a word or two of letters, the clause's end after the cut; a
    # longer one is a clause of its own, after a pause that fell at the count)
    if cue[-1] == "%" and len(cue) > 1 and cue[-2] in _DIGITS:
        return len(after) <= _BOUND_MAX and all(unicodedata.category(ch) == "Lo" for ch in after)
    if cue[-1] in _DIGITS:
        return after[0] in _DIGITS or after[0] == "%" or unicodedata.category(after[0]) == "Lo"
    # … or on a magnitude right after its digits (发放创业担保贷款1.86亿 | 元, 12.8万 | 人次: a numeral of ten and more by
    # its Unicode value), the next opening on a letter, the unit's
    if len(cue) > 1 and cue[-2] in _DIGITS and _magnitude(cue[-1]):
        return unicodedata.category(after[0]) == "Lo"
    # … or between a label and its number (2025年全县城镇新增就业 | 3162人): a cue of the count's length ending on a
    # letter, the next opening on a number with its unit or percent; a year (2026年…) opens a clause of its own
    return unicodedata.category(cue[-1]) == "Lo" and _FIGURE_OPENS.match(after) is not None \
        and _YEAR_OPENS.match(after) is None


# a number and its unit or percent mark opening a cue (3162人, 12.8万人, 5.2%); a year's four digits (2026年)
_FIGURE_OPENS = compiled_re(r"[0-9]+(?:\.[0-9]+)?(?:%|[^\W\d_])")
_YEAR_OPENS = compiled_re(r"(?:19|20)[0-9]{2}(?![0-9.])")


def _magnitude(ch: str) -> bool:
    """Is ch a numeral of ten and more (a magnitude written after digits: 万, 亿, 千, 百), by its Unicode value?"""
    return unicodedata.category(ch) == "Lo" and unicodedata.numeric(ch, 0) >= 10


# a cue that is a percentage and nothing else (112.6%); a cue ending on a number and its unit (…就业1126人, 2026年)
_PERCENT_ALONE = compiled_re(r"[0-9]+(?:\.[0-9]+)?%")
_FIGURE_ENDS = compiled_re(r"[0-9][^\W\d_]{0,3}$")


def _cut_before_share(cue: str, after: str) -> bool:
    """Is `after` a percentage cut from the words it is the share or the change of (完成年度目标任务的 | 112.6%, 同比增长 |
    6.2%)? A percentage is no clause of its own: a cue of one alone, after a cue ending on a letter that ends no
    figure, goes on from the words before it; joined by the pause, the share stands apart from what it is a share of.
    After a cue ending on a number and its unit (…新增就业1126人 | 112.6%) the pause stays: what the percentage is of
    is no word the cue ends on."""
    return (_PERCENT_ALONE.fullmatch(after) is not None and unicodedata.category(cue[-1]) == "Lo"
            and _FIGURE_ENDS.search(cue) is None)


# the marks that end a clause or a sentence (named: no mark in the engine's code); a percent sign, a bracket or a
# point ends none
CLAUSE_ENDS = frozenset(",;:!?" + "".join(map(unicodedata.lookup, (
    "FULLWIDTH COMMA", "IDEOGRAPHIC COMMA", "IDEOGRAPHIC FULL STOP", "FULLWIDTH SEMICOLON", "FULLWIDTH COLON",
    "FULLWIDTH EXCLAMATION MARK", "FULLWIDTH QUESTION MARK", "HORIZONTAL ELLIPSIS"))))


def _marked(cue: str) -> bool:
    """Does the cue end on a mark of its own that ends a clause (a caption typed with its punctuation: 到2027年底， |
    全县…)? Then the pause is written: another after it would be a clause of nothing."""
    return cue[-1] in CLAUSE_ENDS


def run_on(texts: list[str]) -> str:
    """Cues' texts as the speech they are: joined by the pause a cue ends at, but for a cue cut inside a number
    (`_cut_number`) or before a percentage alone (`_cut_before_share`), which runs on into the next with nothing
    between, and a cue that ends on a mark of its own (`_marked`), which the next follows as it stands."""
    texts = [t for t in texts if t]
    counts = Counter(map(len, texts))
    width = max((n for n, k in counts.items() if k >= _CUT_WIDTH_CUES), default=0) or 1 << 30
    out = texts[:1]
    for prev, cue in zip(texts, texts[1:], strict=False):
        out.append(cue if _cut_number(prev, cue, width) or _cut_before_share(prev, cue) or _marked(prev) else PAUSE + cue)
    return "".join(out)


def _cue_text(lines: list[str]) -> str:
    """A cue's lines run on as one (a space where a Latin word or a number would meet another)."""
    out = ""
    for line in (_CUE_TAG.sub("", ln) for ln in lines):
        if not line.strip():
            continue
        out += " " if out and out[-1].isascii() and out[-1].isalnum() and line[0].isascii() and line[0].isalnum() else ""
        out += line
    return out


def cues_run_on(buf: str) -> str:
    """buf with each run of subtitle cues written as one paragraph of their texts (see above)."""
    if "-->" not in buf and _SBV_HEAD.search(buf) is None:
        return buf
    heads = list(_CUE_HEAD.finditer(buf))
    if len(heads) < _RUN_MIN:
        return buf
    texts: list[str] = []
    end = heads[0].start()
    for i, head in enumerate(heads):
        stop = heads[i + 1].start() if i + 1 < len(heads) else len(buf)
        body = buf[head.end():stop]
        if i + 1 == len(heads):  # (the last cue's text ends at the first blank line: what follows is no cue's)
            blank = _BLANK.search(body)
            stop = head.end() + (blank.start() if blank else len(body))
            body = buf[head.end():stop]
        lines = [ln.strip() for ln in _VTT_BLOCK.sub("", body).splitlines() if ln.strip()]
        if lines:
            texts.append(_cue_text(lines))
        end = stop
    tail = buf[end:].lstrip("\r\n")  # (a paragraph of its own after the cues)
    head = _VTT_BLOCK.sub("", buf[:heads[0].start()])
    return head + run_on(texts) + ("\n\n" + tail if tail else "\n")


_TTML_ROOT = compiled_re(r"<(?:\w+:)?tt\b[^<>]*\bxmlns(?::\w+)?=\"http://www\.w3\.org/(?:ns/ttml|2006/(?:10|04)/ttaf1)\"")
_TTML_HEAD = compiled_re(r"<((?:\w+:)?head)\b[^<>]*>.*?</\1>", re.S)
_TTML_CUE = compiled_re(r"<((?:\w+:)?p)\b[^<>]*>(.*?)</\1>", re.S)
_TTML_BREAK = compiled_re(r"<(?:\w+:)?br\b[^<>]*/?>")
_TAG = compiled_re(r"<[^<>]*>")


def ttml_run_on(buf: str) -> str:
    """buf with a TTML file's cues written as one paragraph of their texts (see above), else buf as it is."""
    root = _TTML_ROOT.search(buf)
    if root is None:
        return buf
    cues = list(_TTML_CUE.finditer(_TTML_HEAD.sub("", buf[root.start():])))
    if len(cues) < _RUN_MIN:
        return buf
    texts = [_cue_text([ln.strip() for ln in _TAG.sub("", _TTML_BREAK.sub("\n", m.group(2))).splitlines()])
             for m in cues]
    return run_on(texts) + "\n"


# a BCC cue: an object of from/to seconds and other keys (sid, location, music), its content a JSON string
_BCC_BODY = compiled_re(r'"body"\s*:\s*\[\s*\{\s*"from"\s*:')
_BCC_CUE = compiled_re(r'\{\s*"from"\s*:\s*[0-9.]+\s*,[^{}]*?"content"\s*:\s*("(?:[^"\\\n]|\\.)*")[^{}]*\}')


def bcc_run_on(buf: str) -> str:
    """buf with a bilibili BCC subtitle file's cues written as one paragraph of their texts (see above), else buf
    as it is."""
    body = _BCC_BODY.search(buf)
    if body is None:
        return buf
    cues = list(_BCC_CUE.finditer(buf, body.start()))
    if len(cues) < _RUN_MIN:
        return buf
    texts = [_cue_text([ln.strip() for ln in _json_string(m.group(1)).splitlines()]) for m in cues]
    return run_on(texts) + "\n"


def _json_string(quoted: str) -> str:
    """A JSON string's text, its escapes read; one with an escape JSON has not (a hand-edited file's) as written
    between its quotes."""
    try:
        return str(json.loads(quoted))
    except ValueError:
        return quoted[1:-1]


# an LRC cue line: one or more times ([mm:ss], [mm:ss.xx], [mm:ss:xx]), then its text; an ID tag line
_LRC_TIME = r"\[\d{1,3}:\d{2}(?:[.:]\d{1,3})?\]"
_LRC_CUE = compiled_re(rf"^[ \t]*(?:{_LRC_TIME}[ \t]*)+(.*?)[ \t]*$")
_LRC_TAG = compiled_re(r"^[ \t]*\[([a-z#]{1,10}):([^\[\]\n]*)\][ \t]*$")
_LRC_WORD_TIME = compiled_re(r"<\d{1,3}:\d{2}(?:[.:]\d{1,3})?>")


def lrc_run_on(buf: str) -> str:
    """buf, an LRC caption file (see above), as its title and its cues' texts run on; any other text as it is."""
    if "]" not in buf[:400] or _LRC_CUE.match(buf.lstrip("\ufeff\r\n").split("\n", 1)[0]) is None and \
            _LRC_TAG.match(buf.lstrip("\ufeff\r\n").split("\n", 1)[0].rstrip("\r")) is None:
        return buf
    title, texts = "", []
    for line in buf.lstrip("\ufeff").split("\n"):
        bare = line.rstrip("\r")
        if not bare.strip():
            continue
        cue = _LRC_CUE.match(bare)
        if cue is not None:
            texts.append(_cue_text([_LRC_WORD_TIME.sub("", cue.group(1))]))
            continue
        tag = _LRC_TAG.match(bare)
        if tag is None:
            return buf  # (a line of its own: no caption file)
        if tag.group(1) == "ti":
            title = tag.group(2).strip()
    texts = [t for t in texts if t]
    if len(texts) < _RUN_MIN:
        return buf
    if title and texts[0] == title:
        title = ""
    return (title + "\n" if title else "") + run_on(texts) + "\n"


_SAMI_ROOT = compiled_re(r"<SAMI\b", re.IGNORECASE)
_SAMI_HEAD = compiled_re(r"<HEAD\b.*?</HEAD>", re.IGNORECASE | re.S)
_SAMI_SYNC = compiled_re(r"<SYNC\b[^<>]*>(.*?)(?=<SYNC\b|</BODY>|</SAMI>|\Z)", re.IGNORECASE | re.S)
_SAMI_BREAK = compiled_re(r"<br\b[^<>]*>", re.IGNORECASE)


def sami_run_on(buf: str) -> str:
    """buf, a SAMI caption file (see above), as its cues' texts run on; any other text as it is."""
    root = _SAMI_ROOT.search(buf)
    if root is None:
        return buf
    body = _SAMI_HEAD.sub("", buf[root.start():])
    texts = [_cue_text([ln.strip() for ln in html.unescape(_TAG.sub("", _SAMI_BREAK.sub("\n", m.group(1))))
                        .replace("\xa0", " ").splitlines()]) for m in _SAMI_SYNC.finditer(body)]
    texts = [t for t in texts if t]
    if len(texts) < _RUN_MIN:
        return buf
    return run_on(texts) + "\n"


# a MicroDVD cue line: its start and end frames in braces (the end may be empty), then its text; a control code
_MDVD_CUE = compiled_re(r"^[ \t]*\{(\d{1,7})\}\{(\d{0,7})\}(.*?)[ \t]*$")
_MDVD_CODE = compiled_re(r"\{[A-Za-z]:[^{}\n]*\}")
_MDVD_RATE = compiled_re(r"[0-9]{1,3}(?:\.[0-9]{1,6})?")


def microdvd_run_on(buf: str) -> str:
    """buf, a MicroDVD caption file (see above), as its cues' texts run on; any other text as it is."""
    head = buf.lstrip("\ufeff\r\n")
    first = head.partition("\n")[0]
    if not head.startswith("{") or _MDVD_CUE.match(first.rstrip("\r")) is None:
        return buf  # (checked on the first line alone: a long JSON reply is not split into lines for nothing)
    texts = []
    for line in buf.lstrip("\ufeff").split("\n"):
        bare = line.rstrip("\r")
        if not bare.strip():
            continue
        cue = _MDVD_CUE.match(bare)
        if cue is None:
            return buf  # (a line of its own: no caption file)
        text = _MDVD_CODE.sub("", cue.group(3))
        if not texts and cue.group(1) == "1" and _MDVD_RATE.fullmatch(text.strip()) is not None:
            continue  # (the frame rate's cue)
        texts.append(_cue_text([ln.strip() for ln in text.split("|")]))
    texts = [t for t in texts if t]
    if len(texts) < _RUN_MIN:
        return buf
    return run_on(texts) + "\n"
