"""Build data/gold/reports24: hand-annotated sources (gold_reports24_src/*.src, {quote|role,flags} marks) typeset as PDF
with reportlab (page numbers, running head, numbered headings, footnotes, a table), read back by pdftotext, pdfminer
or pdfplumber; the extracted text is the set's text and the marks are its gold.

    python scripts/gold_reports24.py data/gold/reports24
"""

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))
W, H = 595.0, 842.0
LM, RM, TOP, BOT = 80.0, 515.0, 90.0, 770.0
SRC = Path(__file__).resolve().parent / "gold_reports24_src"
OUT = Path(sys.argv[1])
TOOLS = {"t01": "pdftotext", "t02": "pdfminer", "t03": "pdfplumber", "t04": "pdftotext-layout"}
MAN = {
    "t01": ("2026-01-18", "石嘴山市人民政府"),
    "t02": ("2026-01-09", "霍山县卫生健康委员会"),
    "t03": ("2025-07-10", "舒城县人力资源和社会保障局"),
    "t04": ("2026-01-16", "旌德县发展和改革委员会"),
}
MARK = re.compile(r"\{([^|{}]+)\|([^{}]+)\}")
MAG = [("万亿", 1e12), ("亿", 1e8), ("千万", 1e7), ("百万", 1e6), ("万", 1e4), ("千", 1e3)]
PRE = {"约": "approx", "近": "approx", "超过": "lower_bound", "突破": "lower_bound", "逾": "lower_bound"}
SUF = {
    "以上": "lower_bound",
    "左右": "approx",
    "以内": "upper_bound",
    "以下": "upper_bound",
    "余": "lower_bound",
    "多": "lower_bound",
}


def parse_quote(q):
    qual = "exact"
    s = q
    for p, k in PRE.items():
        if s.startswith(p):
            s = s[len(p) :]
            qual = k
    for p, k in SUF.items():
        if s.endswith(p):
            s = s[: -len(p)]
            qual = k
    m = re.match(r"([\d.]+)(.*)", s)
    num = float(m.group(1))
    rest = m.group(2)
    for w, f in MAG:
        if rest.startswith(w):
            num *= f
            rest = rest[len(w) :]
            break
    meas = rest.replace("个百分点", "百分点")
    num = round(num, 6)
    if num == int(num):
        num = int(num)
    return num, meas, qual


def figures_and_text(src):
    """-> meta, blocks [(kind, text)], figs with offsets into the clean text."""
    meta = {}
    blocks = []
    place = period = None
    intable = None
    pos = 0

    def strip(line, add):
        nonlocal pos
        out = []
        last = 0
        for m in MARK.finditer(line):
            out.append(line[last : m.start()])
            q = m.group(1)
            spec = m.group(2).split(",")
            off = sum(len(x) for x in out)
            add.append((q, spec, off, place, period))
            out.append(q)
            last = m.end()
        out.append(line[last:])
        return "".join(out)

    for raw in src.read_text().splitlines():
        if raw.startswith("@"):
            k, v = raw[1:].split(" ", 1)
            meta[k] = v
            if k == "place":
                place = v
            if k == "period":
                period = v
            continue
        if raw.startswith("#T "):
            intable = {"title": raw[3:], "rows": []}
            continue
        if raw == "#/T":
            blocks.append(("T", intable))
            intable = None
            continue
        local = []
        if intable is not None:
            cells = re.findall(r"(?:\{[^{}]*\}|[^|{}])+", raw)
            row = []
            for c in cells:
                row.append(strip(c, local))
            intable["rows"].append((row, local))
            continue
        kind = "P"
        body = raw
        if raw[:2] in ("#H", "#C", "#F"):
            kind = raw[1]
            body = raw[3:]
        text = strip(body, local)
        blocks.append((kind, (text, local)))
    return meta, blocks


def width(s, size):
    return pdfmetrics.stringWidth(s, FONT, size)


def wrap(text, size, first_indent):
    lines = []
    cur = ""
    avail = RM - LM - first_indent
    for ch in text:
        if width(cur + ch, size) > avail and cur:
            if ch in "，。；、：）％%" and len(cur) > 1:  # no line may begin with closing punctuation
                lines.append(cur[:-1])
                cur = cur[-1]
            else:
                lines.append(cur)
                cur = ""
            avail = RM - LM
        cur += ch
    if cur:
        lines.append(cur)
    return lines


def typeset(meta, blocks, pdf):
    c = canvas.Canvas(str(pdf), pagesize=(W, H), invariant=1)
    page = [1]
    y = [TOP]
    foot = []

    def finish(last=False):
        fy = BOT - 14 * len(foot) - 6
        if foot:
            c.setLineWidth(0.5)
            c.line(LM, fy - 4, LM + 120, fy - 4)
            for i, f in enumerate(foot):
                c.setFont(FONT, 9)
                c.drawString(LM, H - (fy + 12 + 14 * i), f)
        c.setFont(FONT, 11)
        s = f"— {page[0]} —"
        c.drawString(W / 2 - width(s, 11) / 2, 40, s)
        c.showPage()
        page[0] += 1
        y[0] = TOP
        foot.clear()
        if last:
            return
        c.setFont(FONT, 9)
        c.drawString(LM, H - 60, meta["head"])
        c.setLineWidth(0.5)
        c.line(LM, H - 66, RM, H - 66)

    def limit():
        return BOT - (14 * len(foot) + 20 if foot else 0)

    def line(s, size, x=LM, lead=1.6):
        if y[0] + size * lead > limit():
            finish()
        c.setFont(FONT, size)
        c.drawString(x, H - y[0] - size, s)
        y[0] += size * lead

    size = 13
    for kind, data in blocks:
        if kind == "C":
            s = data[0]
            sz = 18 if len(s) < 12 else 14 if not s.startswith("——") else 12
            for ln in wrap(s, sz, 0):
                line(ln, sz, W / 2 - width(ln, sz) / 2, 1.8)
        elif kind == "H":
            line(data[0], 14, LM, 1.9)
        elif kind == "P":
            for i, ln in enumerate(wrap(data[0], size, 2 * size)):
                line(ln, size, LM + (2 * size if i == 0 else 0))
        elif kind == "F":
            for ln in wrap(data[0], 9, 0):
                foot.append(ln)
        elif kind == "T":
            t = data
            line(t["title"], 12, W / 2 - width(t["title"], 12) / 2, 1.8)
            n = len(t["rows"][0][0])
            xs = [LM] + [LM + 190 + i * (RM - LM - 190) / (n - 1) for i in range(n - 1)]
            for row, _ in t["rows"]:
                if y[0] + 24 > limit():
                    finish()
                c.setLineWidth(0.4)
                c.line(LM, H - y[0], RM, H - y[0])
                for x, cell in zip(xs, row, strict=False):
                    c.setFont(FONT, 10.5)
                    c.drawString(x + 3, H - y[0] - 15, cell)
                y[0] += 22
            c.line(LM, H - y[0], RM, H - y[0])
            y[0] += 10
    finish(True)
    c.save()


def extract(pdf, tool):
    if tool == "pdftotext":
        return subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True).stdout
    if tool == "pdftotext-layout":
        return subprocess.run(
            ["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True
        ).stdout
    if tool == "pdfminer":
        from pdfminer.high_level import extract_text

        return extract_text(str(pdf))
    if tool == "pdfplumber":
        import pdfplumber

        with pdfplumber.open(str(pdf)) as p:
            return "\n".join(pg.extract_text() or "" for pg in p.pages)


def topic_of(spec, meas):
    if "j" in spec:
        return "jobs"
    if "b" in spec:
        return "beds"
    if meas in ("元", "美元"):
        return "money"
    if meas in ("%", "百分点", "‰"):
        return "percent"
    return "other"


def gold(doc, meta, blocks):
    rows = []

    def ctx_of(text, off, q):
        return text[max(0, off - 10) : off + len(q) + 8].strip()

    def one(q, spec, text, off, place, period):
        roles = {"l": "level", "t": "target", "c": "change"}
        opts = dict(s.split(":", 1) for s in spec[1:] if ":" in s)
        flags = {s for s in spec[1:] if ":" not in s}
        if opts.get("v") == "null":
            val, meas, qual = None, "元", "lower_bound"
        else:
            val, meas, qual = parse_quote(q)
            if "v" in opts:
                v = float(opts["v"])
                val = int(v) if v == int(v) else v
            if "m" in opts:
                meas = opts["m"]
            if "q" in opts:
                qual = opts["q"]
        r = {
            "doc": doc,
            "quote": q,
            "value": val,
            "value_high": None,
            "measure": meas,
            "qualifier": qual,
            "role": roles[spec[0]],
            "topic": topic_of(flags, meas) if val is not None else "other",
            "tier": "optional" if "o" in flags else "must",
            "context": ctx_of(text, off, q),
            "place": opts.get("pl", place),
            "period": opts.get("p", period),
        }
        rows.append(r)

    for kind, data in blocks:
        if kind == "T":
            for row, figs in data["rows"]:
                text = " ".join(row) + " "
                for q, spec, _off, pl, pe in figs:
                    # offsets are per cell; find in joined row
                    one(q, spec, text, text.find(q), pl, pe)
        else:
            text, figs = data
            for q, spec, off, pl, pe in figs:
                one(q, spec, text, off, pl, pe)
    return rows


(OUT / "texts").mkdir(parents=True, exist_ok=True)
allrows = []
man = ["file,published,source"]
for src in sorted(SRC.glob("t*.src")):
    doc = src.stem
    meta, blocks = figures_and_text(src)
    pdf = Path(tempfile.gettempdir()) / f"reports24_{doc}.pdf"
    typeset(meta, blocks, pdf)
    txt = extract(pdf, TOOLS[doc]).replace("\f", "\n")
    (OUT / "texts" / f"{doc}.txt").write_text(txt)
    allrows += gold(doc, meta, blocks)
    man.append(f"{doc}.txt,{MAN[doc][0]},{MAN[doc][1]}")
(OUT / "texts" / "manifest.csv").write_text("\n".join(man) + "\n")
with open(OUT / "reports24.jsonl", "w") as f:
    for r in allrows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(allrows), sum(r["tier"] == "must" for r in allrows))
