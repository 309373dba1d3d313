"""Score a figures table against gold JSONL (format of GUIDE.md), for rule authors.

Pairs predictions with gold figures one to one within each document on (value,
measure), must before optional; reports precision, recall and attribute accuracy,
broken down by rule and by topic, with the misses and false positives listed. Place and
period are checked where the gold figure has them: the place by its name, the period by the
first and last year it names.
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stats.errors import InputError
from stats.repair.layout import fold_width
from stats.rules.rulefile import DEFAULT_RULES
from stats.rules.topics import Topic, load_topics

ATTRS = ("qualifier", "role", "value_high")


def _doc(x: Any) -> str:
    name = str(x).replace("\\", "/").rsplit("/", 1)[-1]
    return name[:-4] if name.endswith(".txt") else name


def _measure(m: Any) -> str:
    return "" if m is None else fold_width(str(m).strip())  # ％ is %, as in the repaired text


def _close(a: Any, b: Any) -> bool:
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return not (math.isnan(a) or math.isnan(b)) and math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _null(x: Any) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x))


def _closeness(g: dict[str, Any], p: dict[str, Any]) -> int:
    """How surely a prediction of the gold figure's value is that figure: same quote, then same sentence."""
    context = "".join(str(g.get("context") or "").split())
    sentence = "".join(str(p.get("sentence") or "").split())
    return (str(p.get("quote") or "") == g.get("quote")) * 2 + bool(
        context and sentence and (context in sentence or sentence in context))


def _same_place(gold: Any, pred: Any) -> bool:
    return str(gold or "") == ("" if _null(pred) else str(pred))  # empty and null are the same


_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


def _same_years(gold: Any, pred: Any) -> bool:
    """Periods agree on the first and last year they name (2023Q1-Q3 and 2023 agree; GUIDE.md)."""
    def ends(x: Any) -> tuple[str, ...]:
        found = _YEAR.findall("" if _null(x) else str(x))
        return (found[0], found[-1]) if found else ()
    return ends(gold) == ends(pred)


def read_gold(paths: list[Path]) -> list[dict[str, Any]]:
    """Every gold figure of the JSONL files (or folders of them); a bad line is an InputError at path:line."""
    rows = []
    for p in paths:
        files = sorted(Path(p).glob("*.jsonl")) if Path(p).is_dir() else [Path(p)]
        if not files:
            raise InputError(str(p), "no *.jsonl gold file in this folder")
        for f in files:
            if "exclusions" in f.name:
                continue
            try:
                text = f.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise InputError(str(f), f"cannot read the gold file: {exc}") from exc
            for n, line in enumerate(text.splitlines(), 1):
                if line.strip():
                    rows.append(_gold_row(line, f"{f}:{n}"))
    return rows


def _gold_row(line: str, where: str) -> dict[str, Any]:
    """One gold line as a dict, checked for what `evaluate` reads (GUIDE.md format)."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"not a JSON line: {exc.msg} at column {exc.colno}") from exc
    if not isinstance(row, dict):
        raise InputError(where, f"a gold line is a JSON object, got {type(row).__name__}")
    missing = [k for k in ("doc", "quote", "measure", "tier") if k not in row]
    if missing:
        raise InputError(where, f"gold figure without {', '.join(missing)}", "see GUIDE.md for the fields")
    row["_where"] = where.rsplit("/", 1)[-1]
    return row


def topic_ok(topic: str, pred: dict[str, Any], topics: dict[str, Topic]) -> bool | None:
    """Does the prediction meet the gold topic's conventions (rules/topics.yaml)? None: not scored."""
    t = topics.get(topic)
    return t.holds(str(pred.get("metric") or ""), str(pred.get("unit") or "")) if t else None


@dataclass
class Report:
    summary: dict[str, Any]
    by_rule: dict[str, dict[str, int]]
    by_topic: dict[str, dict[str, int]]
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_positives: list[dict[str, Any]] = field(default_factory=list)
    attr_errors: list[tuple[str, dict[str, Any], Any]] = field(default_factory=list)


def evaluate(gold: list[dict[str, Any]], preds: list[dict[str, Any]],
             topics: dict[str, Topic] | None = None) -> Report:
    """Score `preds` against `gold`; topics default to the shipped rules/topics.yaml."""
    topics = topics if topics is not None else load_topics(DEFAULT_RULES / "topics.yaml")
    g_by, p_by = defaultdict(list), defaultdict(list)
    for g in gold:
        g_by[_doc(g["doc"])].append(g)
    for p in preds:
        if _doc(p["doc_id"]) in g_by:
            p_by[_doc(p["doc_id"])].append(p)
    n = defaultdict(int)
    by_rule: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    by_topic: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    rep = Report({}, by_rule, by_topic)
    for doc, golds in g_by.items():
        preds_d = p_by.get(doc, [])
        used: set[int] = set()
        pairs = []
        for tier in ("must", "optional"):
            for g in golds:
                if g.get("tier") != tier or g.get("value") is None:
                    continue
                free = [i for i, p in enumerate(preds_d) if i not in used and _close(g["value"], p.get("value"))
                        and _measure(g["measure"]) == _measure(p.get("measure"))]
                if free:  # the same value twice (a headline and its body): the one of the same sentence
                    i = max(free, key=lambda i: _closeness(g, preds_d[i]))
                    used.add(i)
                    pairs.append((g, preds_d[i]))
        for g in golds:  # a class word with no number (超亿元, 千亿级) pairs on its quote (GUIDE.md)
            q = str(g.get("quote") or "")
            if g.get("value") is None and q:
                i = next((i for i, p in enumerate(preds_d) if i not in used and p.get("quote")
                          and (q in str(p["quote"]) or str(p["quote"]) in q)), None)
                if i is not None:
                    used.add(i)
                    pairs.append((g, preds_d[i]))
        found = {id(g) for g, _ in pairs if g.get("tier") == "must"}
        for g in golds:
            if g.get("tier") == "must":
                n["must"] += 1
                by_topic[g.get("topic", "other")]["must"] += 1
                if id(g) in found:
                    by_topic[g.get("topic", "other")]["found"] += 1
                else:
                    rep.misses.append(g)
        n["found"] += len(found)
        n["pred"] += len(preds_d)
        n["tp"] += len(pairs)
        for i, p in enumerate(preds_d):
            by_rule[str(p.get("rule_id"))]["pred"] += 1
            if i not in used:
                by_rule[str(p.get("rule_id"))]["fp"] += 1
                rep.false_positives.append(p)
        for g, p in pairs:
            if g.get("tier") != "must":
                continue
            for attr in ATTRS:
                gv, pv = g.get(attr), p.get(attr)
                ok = (_null(gv) and _null(pv)) or (gv == pv if attr != "value_high" else _close(gv, pv))
                n[f"{attr}_n"] += 1
                n[f"{attr}_ok"] += ok
                if not ok:
                    rep.attr_errors.append((attr, g, pv))
            for attr, same in (("place", _same_place), ("period", _same_years)):
                if attr in g:  # scored only where the gold figure has one (GUIDE.md)
                    ok = same(g.get(attr), p.get(attr))
                    n[f"{attr}_n"] += 1
                    n[f"{attr}_ok"] += ok
                    if not ok:
                        rep.attr_errors.append((attr, g, p.get(attr)))
            t = g.get("topic", "other")
            ok = topic_ok(t, p, topics)
            if ok is not None:
                n[f"topic_{t}_n"] += 1
                n[f"topic_{t}_ok"] += ok
                by_topic[t]["topic_ok"] += ok
                if not ok:
                    rep.attr_errors.append((f"topic:{t}", g, f"{p.get('metric')} {p.get('unit')}"))
    recall = n["found"] / n["must"] if n["must"] else 0.0
    precision = n["tp"] / n["pred"] if n["pred"] else 0.0
    s: dict[str, Any] = {"recall": round(recall, 4), "precision": round(precision, 4),
                         "must": n["must"], "found": n["found"], "pred": n["pred"], "fp": n["pred"] - n["tp"]}
    for key in (*ATTRS, "place", "period", *(f"topic_{t}" for t, topic in topics.items() if topic.scored)):
        if n[f"{key}_n"]:
            s[f"{key}_acc"] = round(n[f"{key}_ok"] / n[f"{key}_n"], 4)
    rep.summary = s
    return rep
