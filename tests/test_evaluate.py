"""The evaluator's pairing and arithmetic, on a hand-made gold file and predictions."""

from __future__ import annotations

import json
from pathlib import Path

from stats.evaluate import evaluate, read_gold
from stats.rules.topics import Topic

GOLD = [
    {"doc": "d1", "quote": "14.74万张", "value": 147400, "value_high": None, "measure": "张", "qualifier": "exact",
     "role": "level", "topic": "beds", "tier": "must"},
    {"doc": "d1", "quote": "60万人以上", "value": 600000, "value_high": None, "measure": "人",
     "qualifier": "lower_bound", "role": "target", "topic": "jobs", "tier": "must"},
    {"doc": "d1", "quote": "3个月", "value": 3, "value_high": None, "measure": "个月", "qualifier": "exact",
     "role": "level", "topic": "other", "tier": "optional"},
]


def _pred(value, measure, **kw):
    row = {"doc_id": "d1", "value": value, "measure": measure, "value_high": None, "qualifier": "exact",
           "role": "level", "metric": "quantity.items", "unit": "count", "rule_id": "r", "quote": "", "sentence": ""}
    row.update(kw)
    return row


def test_pairs_on_value_and_measure_and_checks_attributes(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(g, ensure_ascii=False) for g in GOLD), encoding="utf-8")
    (tmp_path / "exclusions_x.jsonl").write_text('{"doc": "d1", "quote": "3月", "why": "date"}', encoding="utf-8")
    gold = read_gold([tmp_path])
    assert len(gold) == 3
    preds = [
        _pred(147400, "张", metric="beds.total", unit="bed"),
        _pred(600000, "人", qualifier="lower_bound", role="level", metric="quantity.people"),
        _pred(3, "个月"),  # pairs with the optional figure: neither a hit nor a false positive
        _pred(2020, "年"),  # a date: false positive
    ]
    rep = evaluate(gold, preds)
    s = rep.summary
    assert (s["must"], s["found"], s["pred"], s["fp"]) == (2, 2, 4, 1)
    assert s["recall"] == 1.0 and s["precision"] == 0.75
    assert s["role_acc"] == 0.5 and s["qualifier_acc"] == 1.0
    assert s["topic_beds_acc"] == 1.0 and s["topic_jobs_acc"] == 0.0
    assert [p["value"] for p in rep.false_positives] == [2020]
    assert rep.by_rule["r"]["fp"] == 1


def test_topics_are_scored_by_the_conventions_of_topics_yaml() -> None:
    """A dollar amount is a money figure (GUIDE: any currency code); a topic with no conventions is not scored."""
    gold = [{"doc": "d1", "quote": "5亿美元", "value": 5e8, "measure": "美元", "topic": "money", "tier": "must"},
            {"doc": "d1", "quote": "3个", "value": 3, "measure": "个", "topic": "other", "tier": "must"}]
    rep = evaluate(gold, [_pred(5e8, "美元", metric="money.trade", unit="USD"), _pred(3, "个")])
    assert rep.summary["topic_money_acc"] == 1.0
    assert "topic_other_acc" not in rep.summary
    strict = {"money": Topic("money", "yuan only", units=("CNY",))}
    assert evaluate(gold, [_pred(5e8, "美元", unit="USD"), _pred(3, "个")], strict).summary["topic_money_acc"] == 0.0
