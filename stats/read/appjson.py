"""Five JSON documents that programs keep a text in, read as the program shows it: an OCR service's reply of a
scanned page (Baidu's words_result; PaddleOCR's result, its rec_texts), a video editor's draft of an item's captions
(剪映/CapCut's draft_content.json), a mind map (XMind's content.json), a speech recogniser's transcript (Whisper's
verbose JSON, whisper.cpp's) and a rich text editor's document (a Quill Delta, as a CMS's API returns an article's body).

Read as written, each is a line of keys, ids and numbers with the text in its strings: the page's positions
("top": 492, "width": 1178), the draft's microsecond times and font sizes, the map's ids and markers
(priority-1) stand among the figures, and the pieces of the text are glued to each other's keys, so a line the
scan cut inside a number (完成年度目标任务280 | 0人) is never read whole, a caption's sentence runs on into the
next caption's JSON, and a map's item takes the goal or the year of no heading. So:
- an OCR reply (an object whose "words_result" is a list of objects with "words") is read as its lines, a line
  each: the layout repair after it joins a line cut inside a number or a sentence as it does a page's; so is
  PaddleOCR's result (3.x's save_to_json: an object, or its "res", whose "rec_texts" is a list of strings, beside
  the boxes' corners and scores, "rec_polys", "rec_scores"; 2.x's ocr() result dumped: a page's list of [box,
  [text, score]]), its lines in the order of their boxes on the page, top to bottom, where the boxes are given: a
  box whose middle lies within half a line's height of a row's first box is of that row, left to right, a gap
  narrower than half its height joined, a wider one two spaces (a table's cells, a page's columns);
- a 剪映 draft (an object whose "materials" hold "texts", whose "content" is itself a JSON object with the
  caption's "text", or in older drafts the text in <font> tags and brackets) is read as its captions in the order
  its text tracks' segments play them (the materials' order where no segment names them): a title card (a text
  of type "text") a line of its own, and the subtitles run on as one paragraph, a caption cut inside a sentence or
  a number run into the next (`stats.read.subtitles.run_on`);
- an XMind map (a list of sheets, each with a "rootTopic") is read as its topics in order, the central topic
  first and each topic's children after it, attached then floating ones, a title a line; the topics' notes (their
  plain text: the "realHTML" is the same note again, for the program's own view) after all the sheet's topics, a
  line each. The map shows a note as an icon on its topic, opened apart, not among the topics: read where it
  stands (2026年全县城镇新增就业2860人 under the item 城镇新增就业3000人以上 of a map of next year's points), the items
  after it would take its year and read as its results. Each topic is a paragraph of its own (a blank line after
  it): a topic's words end at its box, and run into the next line they would be one sentence (新增床位200张每千人口…);
  a topic with no children (an item, not a branch's heading) ends on a full stop where it ends no clause of its own:
  a page of lines between blank lines that end on no mark is what a PDF extractor's sweep across columns prints, and
  read so, an item's figure at its line's end is taken for a number the sweep cut (新建村卫生室12个).
- a transcript (an object whose "segments", or whisper.cpp's "transcription", are objects with a "text" and
  their times) is read as its segments' texts, once: the reply's "text" is the same transcript again, and each
  segment's "tokens" are ids (numbers of no figure) and its scores and times numbers too; read as written, every
  figure stands twice. A recogniser that writes clause marks ends a segment where its timing fell, inside a
  clause (医院编制床位由650张增加到 | 1100张): its segments are joined as they stand; one that writes none has its
  segments run on as captions are;
- a Quill Delta (an object whose "ops" insert the text, at the document's top or in one of its fields, maybe as
  a JSON string of its own) is read as its lines: its runs of text are joined (a bold or coloured run may part a
  number, 84 | 26人, or a number from its unit, 22.4万 | 人: read as written, each run is a JSON string of its
  own), each newline it inserts ends a line, a table's cells (quill-better-table's table-cell-line, Quill 2's
  table) of one row a line of tab-parted cells, a column's width no line; the document's "title" is a line
  before it.
The whole text must be one JSON document (a file of megabytes read a piece at a time is not: its pieces come back
as they are); any other text, and JSON of another shape, comes back as it is.
"""

from __future__ import annotations

import json
import unicodedata
from typing import Any

from stats.read.subtitles import CLAUSE_ENDS, run_on
from stats.rules.prepared import compiled_re

_KEYS = compiled_re(r"\\?\"(?:words_result|rec_texts|rootTopic|materials|segments|transcription|ops)\\?\"\s*:")
_OLD_CAPTION = compiled_re(r"<[^<>]*>")
# (PaddleOCR 2.x's result dumped as JSON: a list of pages, each a list of [[[x, y] × 4], [text, score]])
_PADDLE_V2 = compiled_re(r"\ufeff?\s*\[\s*\[\s*\[\s*\[\s*\[\s*-?\d")
STOP = unicodedata.lookup("IDEOGRAPHIC FULL STOP")  # what ends a map's item (named: no mark in the engine's code)


def app_json_plain(buf: str) -> str:
    """buf, if it is one of the JSON documents above, read as its text; any other text as it is."""
    head = buf.lstrip("\ufeff \t\r\n")[:1]
    if head not in ("{", "[") or (_KEYS.search(buf, 0, 4000) is None and _PADDLE_V2.match(buf) is None
                                   and '"rec_texts"' not in buf):  # (PaddleOCR writes its texts after the boxes)
        return buf
    try:
        doc = json.loads(buf.lstrip("\ufeff"))
    except ValueError:
        return buf
    lines = _ocr_lines(doc) or _paddle_lines(doc)
    if lines:  # (a scan's lines, which the layout repair joins into its paragraphs)
        return "\n".join(lines) + "\n"
    parts = _captions(doc) or _map_topics(doc) or _speech(doc)  # (paragraphs: a map's topic and a title card are
    # sentences apart)
    if parts:
        return "\n\n".join(parts) + "\n"
    delta = _delta_text(doc)
    return delta if delta is not None else buf


def _speech(doc: Any) -> list[str]:
    """A speech recogniser's transcript (Whisper's verbose JSON, its "segments"; whisper.cpp's, its
    "transcription"): its segments' texts as one paragraph, read once (the reply's "text" is the same transcript
    again, each segment's "tokens" its token ids: numbers of no figure); [] for any other document. Where the
    recogniser writes clause marks, a segment's end is where its timing fell, not a pause (it ends a clause with a
    mark where one ends): the segments are joined as they stand; where it writes none, its segments run on as
    captions do, a pause at each end but a number's cut (`run_on`)."""
    segments = (doc.get("segments") or doc.get("transcription")) if isinstance(doc, dict) else None
    if (not isinstance(segments, list) or not segments
            or not all(isinstance(s, dict) and isinstance(s.get("text"), str)
                       and ("start" in s or "offsets" in s or "timestamps" in s) for s in segments)):
        return []
    texts = [s["text"].strip() for s in segments if s["text"].strip()]
    if not texts:
        return []
    if not any(ch in CLAUSE_ENDS for t in texts for ch in t):
        return [run_on(texts)]
    # (marks of its own: a segment that ends on none ends no clause, the next goes on with it, 由650张增加到 | 1100张)
    joined = texts[0]
    for t in texts[1:]:
        joined += (" " if _latin_meet(joined, t) else "") + t
    return [joined]


def _latin_meet(before: str, after: str) -> bool:
    """Would a Latin word or a number meet another where before ends and after opens?"""
    return before[-1:].isascii() and before[-1:].isalnum() and after[:1].isascii() and after[:1].isalnum()


def _delta_text(doc: Any) -> str | None:
    """A rich text editor's Quill Delta (an object whose "ops" list inserts the text, found at the top of the
    document or in one of its fields, maybe as a JSON string of its own) read as its lines, a line each, a table's
    cells of one row a line of tab-parted cells; the document's title (its "title" string) a line before it. None
    for any other document."""
    holder, delta = _find_delta(doc)
    if delta is None:
        return None
    title = holder.get("title") if isinstance(holder, dict) else None
    lines = ([title.strip()] if isinstance(title, str) and title.strip() else []) + _delta_lines(delta)
    return "\n".join(lines) + "\n" if lines else None


def _find_delta(doc: Any) -> tuple[Any, list[dict] | None]:
    """The object that holds a Quill Delta and the delta's ops (the top's or a field's, one level down)."""
    for holder, value in [(None, doc)] + ([(doc, v) for v in doc.values()] if isinstance(doc, dict) else []):
        if isinstance(value, str) and value.lstrip().startswith("{") and '"ops"' in value:
            try:
                value = json.loads(value)
            except ValueError:
                continue
        ops = value.get("ops") if isinstance(value, dict) else None
        if isinstance(ops, list) and ops and all(isinstance(o, dict) and "insert" in o for o in ops):
            return (holder if holder is not None else value), ops
    return None, None


def _delta_lines(ops: list[dict]) -> list[str]:
    """A delta's lines: its text inserts run together (an embed, a picture or a video, is no text), each newline
    insert ending a line, whose attributes say what the line is: a table's cell (quill-better-table's
    "table-cell-line" naming its row, Quill 2's "table" the row's id) joins the row's other cells with a tab, a
    table's column ("table-col", its width) is no line."""
    lines: list[str] = []
    text, row, cells = "", None, []
    for op in ops:
        insert = op.get("insert")
        if not isinstance(insert, str):
            continue
        attrs = op.get("attributes") if isinstance(op.get("attributes"), dict) else {}
        pieces = insert.split("\n")
        text += pieces[0]
        for piece in pieces[1:]:
            cell = attrs.get("table-cell-line")
            this_row = cell.get("row") if isinstance(cell, dict) else attrs.get("table")
            if row is not None and this_row != row:
                lines.append("\t".join(cells))
                row, cells = None, []
            if "table-col" in attrs:
                pass
            elif isinstance(this_row, str):
                row = this_row
                cells.append(text.strip())
            elif text.strip():
                lines.append(text.strip())
            text = piece
    if cells:
        lines.append("\t".join(cells))
    if text.strip():
        lines.append(text.strip())
    return lines


def _ocr_lines(doc: Any) -> list[str]:
    """An OCR reply's lines, in order; [] for any other document."""
    words = doc.get("words_result") if isinstance(doc, dict) else None
    if not isinstance(words, list) or not all(isinstance(w, dict) and isinstance(w.get("words"), str) for w in words):
        return []
    return [w["words"].strip() for w in words if w["words"].strip()]


def _paddle_lines(doc: Any) -> list[str]:
    """PaddleOCR's result's lines (3.x's "rec_texts", maybe under "res", with its "rec_polys" or "dt_polys"; 2.x's
    pages of [box, [text, score]]) in the order of their boxes; [] for any other document."""
    res = doc.get("res", doc) if isinstance(doc, dict) else None
    if isinstance(res, dict) and isinstance(res.get("rec_texts"), list):
        texts = res["rec_texts"]
        polys = res.get("rec_polys") or res.get("rec_boxes")
        if not all(isinstance(t, str) for t in texts):
            return []
        boxes = [_box(p) for p in polys] if isinstance(polys, list) and len(polys) == len(texts) else []
        return _placed_lines(list(zip(boxes, texts, strict=True)) if boxes and None not in boxes else [],
                             texts)
    if isinstance(doc, list) and doc and all(isinstance(page, list) for page in doc):
        placed = [(_box(item[0]), item[1][0]) for page in doc for item in page
                  if isinstance(item, list) and len(item) == 2 and isinstance(item[1], list) and item[1]
                  and isinstance(item[1][0], str)]
        if placed and len(placed) == sum(len(page) for page in doc) and None not in (b for b, _ in placed):
            lines: list[str] = []
            for page in doc:  # (a page's lines in order, page after page)
                lines += _placed_lines(placed[:len(page)], [])
                placed = placed[len(page):]
            return lines
    return []


def _box(poly: Any) -> tuple[float, float, float, float] | None:
    """A box's left, top, right and bottom from its corners ([[x, y] × 4]) or its [x0, y0, x1, y1]."""
    if isinstance(poly, list) and len(poly) == 4 and all(isinstance(v, (int, float)) for v in poly):
        return float(poly[0]), float(poly[1]), float(poly[2]), float(poly[3])
    if (isinstance(poly, list) and poly and all(isinstance(p, list) and len(p) == 2
                                                and all(isinstance(v, (int, float)) for v in p) for p in poly)):
        xs, ys = [p[0] for p in poly], [p[1] for p in poly]
        return float(min(xs)), float(min(ys)), float(max(xs)), float(max(ys))
    return None


def _placed_lines(placed: list[tuple[tuple[float, float, float, float], str]], texts: list[str]) -> list[str]:
    """Lines of recognised texts placed by their boxes: a row of boxes each line, rows top to bottom, a row's boxes
    left to right (see above); with no boxes, the texts in their order."""
    if not placed:
        return [t.strip() for t in texts if t.strip()]
    rows: list[list[tuple[tuple[float, float, float, float], str]]] = []
    for box, text in sorted(placed, key=lambda p: (p[0][1] + p[0][3]) / 2):
        mid = (box[1] + box[3]) / 2
        if rows:
            first = rows[-1][0][0]
            if abs(mid - (first[1] + first[3]) / 2) <= (first[3] - first[1]) / 2:
                rows[-1].append((box, text))
                continue
        rows.append([(box, text)])
    lines = []
    for row in rows:
        line, end = "", None
        for box, text in sorted(row, key=lambda p: p[0][0]):
            if text.strip():
                gap = "" if end is None or box[0] - end < (box[3] - box[1]) / 2 else "  "
                line, end = line + gap + text.strip(), box[2]
        if line:
            lines.append(line)
    return lines


def _captions(doc: Any) -> list[str]:
    """A 剪映 draft's title cards, a line each, then its subtitles run on; [] for any other document."""
    materials = doc.get("materials") if isinstance(doc, dict) else None
    texts = materials.get("texts") if isinstance(materials, dict) else None
    if not isinstance(texts, list) or not texts or not all(isinstance(t, dict) and "content" in t for t in texts):
        return []
    by_id = {t.get("id"): t for t in texts}
    played: list[tuple[int, int, dict]] = []
    for track in doc.get("tracks") or []:
        for seg in (track.get("segments") or []) if isinstance(track, dict) else []:
            if isinstance(seg, dict) and seg.get("material_id") in by_id:
                start = (seg.get("target_timerange") or {}).get("start", 0)
                played.append((start if isinstance(start, int) else 0, len(played), by_id[seg["material_id"]]))
    order = [t for _, _, t in sorted(played, key=lambda p: p[:2])] if played else texts
    titles, subtitles = [], []
    for material in order:
        text = _caption_text(material.get("content"))
        if text:
            (subtitles if material.get("type") == "subtitle" else titles).append(text)
    return titles + ([run_on(subtitles)] if subtitles else [])


def _caption_text(content: Any) -> str:
    """A caption's text: its content's JSON "text", or an older draft's content with its tags and brackets
    dropped."""
    if not isinstance(content, str):
        return ""
    if content.lstrip().startswith("{"):
        try:
            inner = json.loads(content)
        except ValueError:
            return ""
        return inner.get("text", "").strip() if isinstance(inner, dict) and isinstance(inner.get("text"), str) else ""
    bare = _OLD_CAPTION.sub("", content).strip()
    return bare[1:-1].strip() if bare.startswith("[") and bare.endswith("]") else bare


def _map_topics(doc: Any) -> list[str]:
    """An XMind map's topics' titles and notes, sheet by sheet; [] for any other document."""
    sheets = doc if isinstance(doc, list) else []
    if not sheets or not all(isinstance(s, dict) and isinstance(s.get("rootTopic"), dict) for s in sheets):
        return []
    out: list[str] = []
    for sheet in sheets:
        notes: list[str] = []
        _topic(sheet["rootTopic"], out, notes)
        out += notes
    return out


def _topic(topic: dict, out: list[str], notes: list[str]) -> None:
    """A topic's title and its children's into out, in order; its note's lines into notes."""
    title = topic.get("title")
    children = topic.get("children")
    kids = [c for kind in ("attached", "detached") for c in (children.get(kind) or []) if isinstance(c, dict)] \
        if isinstance(children, dict) else []
    if isinstance(title, str) and title.strip():
        item = title.strip()
        out.append(item if kids or item[-1] in CLAUSE_ENDS else item + STOP)
    note = topic.get("notes")
    plain = note.get("plain") if isinstance(note, dict) else None
    content = plain.get("content") if isinstance(plain, dict) else None
    if isinstance(content, str):
        notes += [line.strip() for line in content.splitlines() if line.strip()]
    for child in kids:
        _topic(child, out, notes)
