"""A one-page corpus written out by hand as published tables, for tests of the publishing side.

The offsets and values below were counted and converted by hand from DOC_TEXT
(14.74万张 → 147400 beds, 约1.6亿元 → 160000000 yuan), not taken from a run of the
extractor, so the publishing tests do not depend on what the extractor does today.
"""

from __future__ import annotations

import pyarrow as pa

from stats.schema import arrow_schema

DOC = "page_2020"
ARTICLE_1 = "全市总床位数由14.74万张增长至23.19万张。每千人口床位4.96张。"
ARTICLE_2 = "确保城镇新增就业60万人以上，全年投入资金约1.6亿元。"
DOC_TEXT = ARTICLE_1 + "\n" + ARTICLE_2  # article 1 is [0, 37), article 2 is [38, 66)

SENTENCES = [
    # sentence_id, article_id, text, start, end
    (f"{DOC}/a01/s001", f"{DOC}/a01", "全市总床位数由14.74万张增长至23.19万张。", 0, 25),
    (f"{DOC}/a01/s002", f"{DOC}/a01", "每千人口床位4.96张。", 25, 37),
    (f"{DOC}/a02/s001", f"{DOC}/a02", "确保城镇新增就业60万人以上，全年投入资金约1.6亿元。", 38, 66),
]

FIGURES = [
    # start, end, sentence index, metric, topic, value, unit, measure, qualifier, role, quote, rule_id
    (7, 14, 0, "beds.total", "beds", 147400.0, "bed", "张", "exact", "level", "14.74万张", "beds.total"),
    (17, 24, 0, "beds.total", "beds", 231900.0, "bed", "张", "exact", "level", "23.19万张", "beds.total"),
    (31, 36, 1, "beds.per_1000", "beds", 4.96, "bed", "张", "exact", "level", "4.96张", "beds.per_1000"),
    (
        46,
        52,
        2,
        "jobs.urban_new",
        "jobs",
        600000.0,
        "person",
        "人",
        "lower_bound",
        "target",
        "60万人以上",
        "jobs.urban_new",
    ),
    (
        59,
        65,
        2,
        "money.investment",
        "money",
        160000000.0,
        "CNY",
        "元",
        "approx",
        "level",
        "约1.6亿元",
        "money.amount",
    ),
]


def _table(name: str, rows: list[dict]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=arrow_schema(name))


def core_tables() -> dict[str, pa.Table]:
    """The five extraction tables of the sample page."""
    figures = []
    for start, end, s, metric, topic, value, unit, measure, qualifier, role, quote, rule in FIGURES:
        sentence_id, article_id, text, _, _ = SENTENCES[s]
        figures.append(
            dict(
                figure_id=f"{DOC}:{start}-{end}",
                doc_id=DOC,
                article_id=article_id,
                sentence_id=sentence_id,
                metric=metric,
                topic=topic,
                value=value,
                value_high=None,
                unit=unit,
                measure=measure,
                qualifier=qualifier,
                role=role,
                period=None,
                quote=quote,
                sentence=text,
                start=start,
                end=end,
                src_start=start + 1,
                src_end=end + 1,
                rule_id=rule,
            )
        )
    articles = [
        dict(
            article_id=f"{DOC}/a01",
            doc_id=DOC,
            seq=1,
            title="全市医疗资源持续增长",
            byline="（记者 黄乔）",
            dateline="本报讯",
            text=ARTICLE_1,
            start=0,
            end=37,
            src_start=1,
            src_end=38,
            n_figures=3,
        ),
        dict(
            article_id=f"{DOC}/a02",
            doc_id=DOC,
            seq=2,
            title="",
            byline="",
            dateline="",
            text=ARTICLE_2,
            start=38,
            end=66,
            src_start=39,
            src_end=67,
            n_figures=2,
        ),
    ]
    sentences = [
        dict(sentence_id=sid, article_id=aid, doc_id=DOC, text=text, start=start, end=end)
        for sid, aid, text, start, end in SENTENCES
    ]
    documents = [
        dict(
            doc_id=DOC,
            path=f"corpus/{DOC}.txt",
            encoding="utf-8",
            sha256="0" * 64,
            bytes=len(DOC_TEXT.encode()),
            chars=len(DOC_TEXT) + 1,
            n_articles=2,
            n_figures=5,
        )
    ]
    return {
        "figures": _table("figures", figures),
        "articles": _table("articles", articles),
        "sentences": _table("sentences", sentences),
        "documents": _table("documents", documents),
        "errors": _table("errors", []),
    }


def catalog_tables() -> dict[str, pa.Table]:
    """The rule catalog as `stats.rules.rulefile.RuleSet.catalog_tables()` returns it."""
    metrics = [
        ("beds.total", "beds", "床位总数", "Total beds", "bed", "Hospital and care beds in an area."),
        (
            "beds.per_1000",
            "beds",
            "每千人口床位",
            "Beds per 1,000 people",
            "bed",
            "Beds per thousand residents.",
        ),
        ("jobs.urban_new", "jobs", "城镇新增就业", "New urban jobs", "person", "New urban employment."),
        ("money.investment", "money", "投资", "Investment", "CNY", "Money invested or allocated."),
    ]
    units = [
        ("bed", "张", "bed", "One bed."),
        ("person", "人", "person", "One person."),
        ("CNY", "元", "yuan", "One yuan renminbi."),
    ]
    rules = [
        ("beds.total", "rules/metrics/beds.yaml", "beds.total", "stable", "metric"),
        ("beds.per_1000", "rules/metrics/beds.yaml", "beds.per_1000", "stable", "metric"),
        ("jobs.urban_new", "rules/metrics/jobs.yaml", "jobs.urban_new", "stable", "metric"),
        ("money.amount", "rules/metrics/money.yaml", "money.investment", "stable", "metric"),
        ("exclude.calendar_year", "rules/exclusions.yaml", "", "stable", "exclusion"),
    ]

    def table(names: list[str], rows: list[tuple]) -> pa.Table:
        return pa.Table.from_pylist(
            [dict(zip(names, row, strict=True)) for row in rows],
            schema=pa.schema([(n, pa.string()) for n in names]),
        )

    named = table(["metric", "topic", "label_zh", "label_en", "unit", "description"], metrics)
    return {
        # no rule of these names its metric by the unit alone: none is a catch-all
        "metrics": named.append_column("catch_all", pa.array([0] * named.num_rows, pa.int64())),
        "units": table(["unit", "label_zh", "label_en", "description"], units),
        "rules": table(["rule_id", "file", "metric", "status", "kind"], rules),
    }


def all_tables() -> dict[str, pa.Table]:
    """Every published table of the sample page."""
    return {**core_tables(), **catalog_tables()}
