"""Damage-invariance sweep: the clean gold texts damaged the way PDF text extractors damage them,
one seeded damage at a time, and stats' rows on each damaged text compared with its rows on the
clean text.

Why: every hand-written damaged set found damage shapes nobody had thought of. This generator makes
the shapes real extractors make (hard line breaks that cut numbers and units, running hyphens,
spaced-out lines, full-width digits, two columns read across, a running head inside a sentence, a
headline glued to its first sentence, a page jump, radical forms, blank lines) on every clean text
we hold, and lists per damage what each one costs: figures lost, figures added (a wrong figure is
the worst finding) and attributes changed (role, place, period, metric), worst first, each with its
sentence.

Rows are matched by value, unit and qualifier in figure order (a sequence alignment of the two
documents' figures, so one lost figure does not shift every later one). Figures read in text a
damage inserts (another article's paragraph) are left out of the comparison.

    python scripts/damage_sweep.py                      # every news*, reports*, bulletins* text
    python scripts/damage_sweep.py --sets news3 --damage hardwrap --show 20
    python scripts/damage_sweep.py --json /tmp/sweep.json

Texts of `dev-b` are never read.
"""

from __future__ import annotations

import argparse
import dataclasses
import difflib
import json
import random
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import regex

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "data" / "gold"
SET_PREFIXES = ("news", "reports", "bulletins")
ATTRS = ("role", "place", "period", "metric")

# a damage takes the text and a seeded Random and gives the damaged text and the spans of the damaged
# text that came from elsewhere (figures read there are not compared)
Damage = Callable[[str, random.Random], tuple[str, list[tuple[int, int]]]]

_ALNUM = regex.compile(r"[0-9A-Za-z０-９.．]")
_SENTENCE_END = "。！？；"
_HEADS = ("2025年3月12日 星期三  第3版", "2024年11月5日  星期二　第2版", "第4版  要闻  2023年6月30日 星期五")
_FULL = str.maketrans("0123456789%.", "０１２３４５６７８９％．")
# Kangxi radical forms PDF fonts map common characters to (U+2F00 block), the unified character → the radical
_RADICALS = {"人": "⼈", "月": "⽉", "工": "⼯", "日": "⽇", "大": "⼤", "十": "⼗", "入": "⼊", "力": "⼒",
             "口": "⼝", "生": "⽣", "用": "⽤", "水": "⽔", "金": "⾦", "高": "⾼", "比": "⽐", "小": "⼩",
             "方": "⽅", "心": "⼼"}


def _lines(text: str) -> list[str]:
    return text.split("\n")


def _wrap(line: str, n: int) -> list[str]:
    """A line as an extractor breaks it at a column's width: every n characters, wherever that falls."""
    return [line[i:i + n] for i in range(0, len(line), n)] or [""]


def _wrapped(text: str, n: int, hyphen: bool = False, blank: bool = False) -> str:
    out: list[str] = []
    for line in _lines(text):
        parts = _wrap(line, n)
        if hyphen:  # a word (a number) cut at a line's end takes the column's hyphen
            parts = [p + "-" if i < len(parts) - 1 and _ALNUM.match(p[-1:]) and _ALNUM.match(parts[i + 1][:1])
                     else p for i, p in enumerate(parts)]
        out.extend(parts)
    return ("\n\n" if blank else "\n").join(out)


def hardwrap(text: str, rng: random.Random) -> tuple[str, list[tuple[int, int]]]:
    """Hard line breaks every N characters (N 18–40): cuts fall inside numbers, units, 百分|之, 万|张, names."""
    return _wrapped(text, rng.randint(18, 40)), []


def hyphenwrap(text: str, rng: random.Random) -> tuple[str, list[tuple[int, int]]]:
    """Hard line breaks, a running hyphen where the cut falls inside a number or a Latin word (12-|34)."""
    return _wrapped(text, rng.randint(18, 40), hyphen=True), []


def blanklines(text: str, rng: random.Random) -> tuple[str, list[tuple[int, int]]]:
    """Hard line breaks with a blank line between every two lines."""
    return _wrapped(text, rng.randint(18, 40), blank=True), []


def spaced(text: str, rng: random.Random) -> tuple[str, list[tuple[int, int]]]:
    """Every k-th line's characters spaced out (增 长 2.23 倍: justified type read glyph by glyph)."""
    k, first = rng.randint(2, 4), rng.randint(0, 1)
    lines = _lines(text)
    out = []
    for i, line in enumerate(lines):
        if i % k == first and len(line) > 1:
            # digits of one number stay together as extractors keep a run of one glyph box; others part
            line = regex.sub(r"(?<=\S)(?=\S)(?![0-9.%])|(?<=[0-9.%])(?=[^\s0-9.%])", " ", line)
        out.append(line)
    return "\n".join(out), []


def fullwidth(text: str, rng: random.Random) -> tuple[str, list[tuple[int, int]]]:
    """Full-width digits, ％ and ． on some lines (a font's full-width figures)."""
    k, first = rng.randint(2, 3), rng.randint(0, 1)
    return "\n".join(line.translate(_FULL) if i % k == first else line
                     for i, line in enumerate(_lines(text))), []


def interleave(text: str, rng: random.Random) -> tuple[str, list[tuple[int, int]]]:
    """Two paragraphs set side by side, their lines read across (line 1 of each, then line 2 of each …)."""
    lines = _lines(text)
    pairs = [i for i in range(len(lines) - 1) if len(lines[i]) >= 40 and len(lines[i + 1]) >= 40]
    if not pairs:
        return text, []
    i = rng.choice(pairs)
    n = rng.randint(18, 30)
    a, b = _wrap(lines[i], n), _wrap(lines[i + 1], n)
    mixed: list[str] = []
    for j in range(max(len(a), len(b))):
        mixed.extend(x[j] for x in (a, b) if j < len(x))
    return "\n".join([*lines[:i], *mixed, *lines[i + 2:]]), []


def _cut_in_sentence(line: str, rng: random.Random) -> int | None:
    """A place inside a sentence of line (not at its end), or None."""
    spots = [j for j in range(8, len(line) - 8) if line[j - 1] not in _SENTENCE_END]
    return rng.choice(spots) if spots else None


def _long_line_cut(lines: list[str], rng: random.Random, first: int = 0) -> tuple[int, int] | None:
    """A long line (from line `first` on) and a place inside one of its sentences to break it: where a page
    turns mid-sentence. None where the text has no such line."""
    long = [i for i, line in enumerate(lines) if len(line) >= 30 and i >= first]
    if not long:
        return None
    i = rng.choice(long)
    j = _cut_in_sentence(lines[i], rng)
    return None if j is None else (i, j)


def running_head(text: str, rng: random.Random) -> tuple[str, list[tuple[int, int]]]:
    """A page's running head and number between two lines of one sentence (the page turned mid-sentence)."""
    lines = _lines(text)
    spot = _long_line_cut(lines, rng)
    if spot is None:
        return text, []
    i, j = spot
    head = rng.choice(_HEADS)
    before = "\n".join([*lines[:i], lines[i][:j]]) + "\n"
    return before + head + "\n" + "\n".join([lines[i][j:], *lines[i + 1:]]), []


def glued_headline(text: str, rng: random.Random) -> tuple[str, list[tuple[int, int]]]:
    """The headline glued to the first sentence of the body (no line break between them)."""
    lines = _lines(text)
    if len(lines) < 2 or not lines[0].strip() or len(lines[0]) > 40 or lines[0][-1:] in _SENTENCE_END:
        return text, []
    return "\n".join([lines[0] + lines[1], *lines[2:]]), []


def page_jump(text: str, rng: random.Random, other: str = "") -> tuple[str, list[tuple[int, int]]]:
    """A paragraph cut by a page foot (（下转第2版）), another article set between, and the rest carried on
    after it (（上接第1版）). The other article's figures are not compared."""
    lines = _lines(text)
    spot = _long_line_cut(lines, rng, first=1)
    if spot is None:
        return text, []
    i, j = spot
    page = rng.randint(2, 8)
    item = other or "本报讯 记者从市交通局获悉，新建的城东公交站本周投入使用。\n站内设有候车室和自行车停放区。"
    before = "\n".join([*lines[:i], lines[i][:j]]) + f"（下转第{page}版）\n"
    start = len(before)
    inserted = item.strip("\n") + "\n"
    rest = f"（上接第{page - 1}版）" + "\n".join([lines[i][j:], *lines[i + 1:]])
    return before + inserted + rest, [(start, start + len(inserted))]


def radicals(text: str, rng: random.Random) -> tuple[str, list[tuple[int, int]]]:
    """Common characters in the radical forms PDF fonts map them to (⼈ ⽉ ⼯)."""
    return "".join(_RADICALS.get(ch, ch) for ch in text), []


DAMAGES: dict[str, Damage] = {
    "hardwrap": hardwrap, "hyphenwrap": hyphenwrap, "spaced": spaced, "fullwidth": fullwidth,
    "interleave": interleave, "running_head": running_head, "glued_headline": glued_headline,
    "page_jump": page_jump, "radicals": radicals, "blanklines": blanklines,
}


@dataclasses.dataclass
class Finding:
    damage: str
    doc: str
    kind: str  # "wrong" (a figure with another value where one was), "added", "lost", an attribute name
    figure: str
    detail: str
    sentence: str

    def weight(self) -> int:
        return {"wrong": 0, "added": 1, "lost": 2}.get(self.kind, 3)


def _key(row: dict[str, Any]) -> tuple[Any, ...]:
    return (round(float(row["value"]), 6) if row.get("value") is not None else None,
            row.get("value_high") is not None and round(float(row["value_high"]), 6), row.get("unit"),
            row.get("qualifier"))


def _show(row: dict[str, Any]) -> str:
    return f"{row.get('quote')} ({row.get('value')} {row.get('unit')} {row.get('qualifier')})"


def compare(damage: str, doc: str, clean: list[dict[str, Any]], damaged: list[dict[str, Any]]) -> tuple[
        int, list[Finding]]:
    """What the damage did to one document's figures: (figures kept, findings)."""
    a, b = [_key(r) for r in clean], [_key(r) for r in damaged]
    found: list[Finding] = []
    kept = 0
    for op, i0, i1, j0, j1 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            for i, j in zip(range(i0, i1), range(j0, j1), strict=True):
                kept += 1
                for attr in ATTRS:
                    if (clean[i].get(attr) or None) != (damaged[j].get(attr) or None):
                        found.append(Finding(damage, doc, attr, _show(clean[i]),
                                             f"{clean[i].get(attr)} → {damaged[j].get(attr)}", damaged[j]["sentence"]))
            continue
        for i in range(i0, i1):
            found.append(Finding(damage, doc, "lost", _show(clean[i]), "", clean[i]["sentence"]))
        for j in range(j0, j1):
            # an added figure where one was lost and its number overlaps: a value read wrong
            kind = "wrong" if op == "replace" else "added"
            found.append(Finding(damage, doc, kind, _show(damaged[j]), "", damaged[j]["sentence"]))
    return kept, found


def texts(sets: Iterable[str] | None = None) -> list[tuple[str, Path]]:
    """(set/doc, path) of every clean text of the news, reports and bulletins sets (never dev-b)."""
    out = []
    for folder in sorted(GOLD.iterdir()):
        if not folder.is_dir() or not folder.name.startswith(SET_PREFIXES) or folder.name.startswith("dev"):
            continue
        if sets and folder.name not in sets:
            continue
        for path in sorted((folder / "texts").glob("*.txt")):
            out.append((f"{folder.name}/{path.stem}", path))
    return out


def figures(text: str, meta: Any, doc: str = "text") -> list[dict[str, Any]]:
    """stats' rows for one text, as `stats extract` makes them (the manifest's date and place)."""
    from stats.read.sources import source_from_text
    from stats.text import _extractor

    source = source_from_text(text, doc)
    if meta is not None:
        source = dataclasses.replace(source, meta=meta)
    return _extractor(None).extract_source(source).figures


def outside(rows: list[dict[str, Any]], spans: list[tuple[int, int]]) -> list[dict[str, Any]]:
    return [r for r in rows if not any(s <= (r.get("src_start") or 0) < e for s, e in spans)]


def sweep(docs: list[tuple[str, str, Any]], damages: dict[str, Damage], seed: int = 7,
          others: dict[str, str] | None = None) -> dict[str, dict[str, Any]]:
    """Per damage: figures of the clean texts, figures kept, and the findings. docs: (name, text, meta)."""
    report: dict[str, dict[str, Any]] = {}
    clean = {name: figures(text, meta, name) for name, text, meta in docs}
    for dname, fn in damages.items():
        total = kept = 0
        found: list[Finding] = []
        for n, (name, text, meta) in enumerate(docs):
            rng = random.Random(f"{seed}:{dname}:{name}")
            if fn is page_jump and others:
                other = others.get(docs[(n + 1) % len(docs)][0], "")
                damaged, spans = page_jump(text, rng, other)
            else:
                damaged, spans = fn(text, rng)
            rows = outside(figures(damaged, meta, name), spans)
            k, f = compare(dname, name, clean[name], rows)
            total += len(clean[name])
            kept += k
            found.extend(f)
        found.sort(key=Finding.weight)
        report[dname] = {"figures": total, "kept": kept, "findings": found}
    return report


def _first_item(text: str) -> str:
    """A text's headline and first paragraph: the item a page jump sets between the two parts."""
    lines = [line for line in _lines(text) if line.strip()]
    return "\n".join(lines[:2])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", nargs="*", help="set names (default: every news*, reports*, bulletins* set)")
    ap.add_argument("--damage", nargs="*", choices=sorted(DAMAGES), help="damages to apply (default: all)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--show", type=int, default=8, help="findings to print per damage, worst first")
    ap.add_argument("--json", type=Path, help="write every finding here")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from stats.read.manifest import meta_for
    from stats.read.sources import read_source

    docs = []
    for name, path in texts(args.sets):
        src = read_source(path)
        docs.append((name, src.text, meta_for(path)))
    others = {name: _first_item(text) for name, text, _ in docs}
    damages = {d: DAMAGES[d] for d in (args.damage or DAMAGES)}
    report = sweep(docs, damages, args.seed, others)
    order = sorted(report, key=lambda d: (-sum(f.kind == "wrong" for f in report[d]["findings"]),
                                          report[d]["kept"] / max(report[d]["figures"], 1)))
    print(f"{len(docs)} texts; damage: kept/figures  wrong added lost attrs(role place period metric)")
    for d in order:
        r, fs = report[d], report[d]["findings"]
        count = {k: sum(f.kind == k for f in fs) for k in ("wrong", "added", "lost", *ATTRS)}
        print(f"{d:15s} {r['kept']:5d}/{r['figures']:<5d} wrong={count['wrong']} added={count['added']} "
              f"lost={count['lost']} attrs={count['role']}/{count['place']}/{count['period']}/{count['metric']}")
    for d in order:
        fs = report[d]["findings"]
        if not fs or not args.show:
            continue
        print(f"\n== {d}")
        for f in fs[:args.show]:
            print(f"  {f.kind:7s} {f.doc:16s} {f.figure} {f.detail}\n          {f.sentence[:120]}")
    if args.json:
        args.json.write_text(json.dumps({d: {"figures": r["figures"], "kept": r["kept"],
                                             "findings": [dataclasses.asdict(f) for f in r["findings"]]}
                                         for d, r in report.items()}, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
