"""Build a large synthetic corpus from the shipped pages, with the layout damage real PDFs show.

The shipped pages (data/corpus) are too small to measure throughput or memory. This
module cuts them into paragraphs, shuffles them into new pages, perturbs every number
(so the output is not five pages repeated) and damages each page the way PDF text
extraction does: line breaks at a random column width, justification spaces between
characters, full-width digits. A seed makes every build identical, so two runs of the
benchmark measure the same text.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from pathlib import Path

import regex

_DIGITS = regex.compile(r"\d")
_FULLWIDTH = str.maketrans("0123456789.%", "０１２３４５６７８９．％")
# A page of the shipped corpus is about 20 KB; generated pages vary around that.
PAGE_BYTES = (8_000, 60_000)


def paragraphs(corpus: Path) -> list[str]:
    """Paragraphs of every shipped page, line breaks inside a paragraph joined."""
    out = []
    for path in sorted(corpus.glob("*.txt")):
        text = path.read_text(encoding="utf-8-sig")
        for block in regex.split(r"\n\s*\n", text):
            joined = "".join(line.strip() for line in block.splitlines())
            if joined:
                out.append(joined)
    return out


def perturb_numbers(par: str, rng: random.Random) -> str:
    """Replace every digit but the first of a number, so values change but keep their size."""
    return _DIGITS.sub(lambda m: str(rng.randint(0, 9)) if m.start() and par[m.start() - 1].isdigit() else m.group(0),
                       par)


def damage(par: str, rng: random.Random, width: int, style: str) -> str:
    """Lay one paragraph out as a narrow PDF column would come out of text extraction."""
    if style == "fullwidth":
        par = par.translate(_FULLWIDTH)
    lines = [par[i:i + width] for i in range(0, len(par), width)]
    if style == "spaced":
        lines = [" ".join(line) if rng.random() < 0.3 else line for line in lines]
    indent = "  " if rng.random() < 0.5 else ""
    return indent + "\n".join(lines)


def _fill(target: int, paragraph: Callable[[], str]) -> list[str]:
    """Paragraphs from `paragraph()` until they hold `target` bytes of UTF-8: one page."""
    out, size = [], 0
    while size < target:
        out.append(par := paragraph())
        size += len(par.encode("utf-8"))
    return out


def pages(corpus: Path, seed: int = 0) -> Iterator[str]:
    """An endless stream of generated pages."""
    pars = paragraphs(corpus)
    rng = random.Random(seed)
    while True:
        target = rng.randint(*PAGE_BYTES)
        width = rng.randint(8, 30)
        style = rng.choice(["plain", "plain", "spaced", "fullwidth"])
        out = _fill(target, lambda w=width, s=style: damage(perturb_numbers(rng.choice(pars), rng), rng, w, s))
        yield "\n\n".join(out) + "\n"


# Statistical-bulletin sentences (written for the benchmark, not taken from any page): a
# figure every 50 characters or so, the density of a 统计公报 rather than of news.
# {i:a-b} is a whole number in [a, b], {f:a-b} one with one decimal, {y} a year.
BULLETIN = [
    "{y}年全市地区生产总值{i:1000-9000}.{i:1-9}亿元，比上年增长{f:1-9}%。",
    "其中，第一产业增加值{i:50-400}.{i:1-9}亿元，增长{f:1-5}%；第二产业增加值{i:300-3000}.{i:1-9}亿元，增长{f:1-9}%；"
    "第三产业增加值{i:500-5000}.{i:1-9}亿元，增长{f:1-9}%。",
    "年末全市常住人口{f:100-900}万人，比上年末增加{f:1-9}万人，城镇化率为{f:50-80}%。",
    "全年城镇新增就业{f:1-30}万人，城镇调查失业率{f:3-6}%，比上年下降{f:0-1}个百分点。",
    "全年一般公共预算收入{i:100-900}.{i:1-9}亿元，增长{f:1-9}%；一般公共预算支出{i:200-1500}.{i:1-9}亿元，增长{f:1-9}%。",
    "年末全市共有医疗卫生机构{i:1000-9000}个，其中医院{i:50-400}个；卫生技术人员{f:1-20}万人，"
    "医疗卫生机构床位{f:1-9}万张。",
    "每千人口拥有执业（助理）医师{f:2-5}人，每千常住人口医疗机构床位{f:4-9}张。",
    "全年社会消费品零售总额{i:500-5000}.{i:1-9}亿元，比上年增长{f:1-9}%。",
    "全年货物进出口总额{i:100-2000}.{i:1-9}亿元，其中出口{i:50-1200}.{i:1-9}亿元，增长{f:1-20}%；"
    "进口{i:50-800}.{i:1-9}亿元，下降{f:1-9}%。",
    "全体居民人均可支配收入{i:20000-70000}元，比上年增长{f:3-9}%，扣除价格因素实际增长{f:2-8}%。",
    "年末参加城镇职工基本养老保险人数{f:100-900}万人，比上年末增加{f:1-30}万人。",
    "全年粮食播种面积{f:100-900}万亩，粮食总产量{f:50-500}万吨，比上年增长{f:0-5}%。",
    "全市共有养老机构{i:100-900}家，养老床位{f:1-9}万张，每千名老年人拥有养老床位{i:20-40}张。",
    "全年规模以上工业企业{i:1000-9000}家，实现利润总额{i:100-900}.{i:1-9}亿元，下降{f:1-9}%。",
    "全年完成固定资产投资{i:1000-6000}亿元，增长{f:1-9}%，其中民间投资占{f:30-60}%。",
    "全年接待游客{i:1000-9000}万人次，实现旅游总收入{i:100-900}亿元，分别增长{f:5-30}%和{f:5-30}%。",
    "普通高校{i:10-90}所，在校学生{f:10-90}万人；中等职业学校{i:20-90}所，招生{f:1-9}万人。",
    "全年发放创业担保贷款{f:1-20}亿元，扶持创业{i:1000-9000}人，带动就业{f:1-5}万人。",
    "年末金融机构本外币各项存款余额{i:5000-30000}亿元，比年初增加{i:300-3000}亿元，增长{f:3-15}%。",
    "居民消费价格比上年上涨{f:0-3}%，其中食品价格下降{f:0-5}%，服务价格上涨{f:0-3}%。",
]
# ... and the prose between the tables of figures, so a page has about 20 figures per 1,000 characters.
PROSE = [
    "全市上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进。",
    "农业生产形势稳定，粮食生产再获丰收，重要农产品供给充足。",
    "工业生产持续恢复，新兴产业较快发展，产业结构不断优化。",
    "市场销售逐步回暖，消费新业态保持活跃，居民消费意愿有所增强。",
    "民生保障有力有效，就业形势总体稳定，社会事业全面进步。",
    "注：本公报中部分数据为初步统计数，各项统计数据均未包括所辖县区以外的单位。",
    "生态环境质量持续改善，城乡面貌发生新的变化。",
    "医疗卫生服务体系不断健全，基层服务能力进一步提升。",
    "科技创新能力稳步增强，创新主体活力持续释放。",
    "对外开放水平不断提高，营商环境进一步优化。",
]
_SLOT = regex.compile(r"\{(?:(i|f):(\d+)-(\d+)|y)\}")


def bulletin_paragraph(rng: random.Random) -> str:
    """One or two bulletin sentences with fresh values, among four to seven sentences of prose."""
    def fill(m: regex.Match[str]) -> str:
        if m.group(0) == "{y}":
            return str(rng.randint(2015, 2024))
        lo, hi = int(m.group(2)), int(m.group(3))
        return str(rng.randint(lo, hi)) if m.group(1) == "i" else f"{rng.uniform(lo, hi):.1f}"
    sentences = [_SLOT.sub(fill, rng.choice(BULLETIN)) for _ in range(rng.randint(1, 2))]
    sentences += rng.sample(PROSE, rng.randint(4, 7))
    rng.shuffle(sentences)
    return "".join(sentences)


def dense_pages(seed: int = 0) -> Iterator[str]:
    """An endless stream of bulletin pages: half laid out clean, half with PDF column damage."""
    rng = random.Random(seed)
    while True:
        target = rng.randint(*PAGE_BYTES)
        width = rng.randint(20, 40)
        style = rng.choice(["clean", "clean", "plain", "fullwidth"])
        def paragraph(width: int = width, style: str = style) -> str:
            par = bulletin_paragraph(rng)
            return "　　" + par if style == "clean" else damage(par, rng, width, style)

        out = _fill(target, paragraph)
        yield "\n".join(out) + "\n" if style == "clean" else "\n\n".join(out) + "\n"


def build(corpus: Path, out_dir: Path, total_bytes: int, seed: int = 0, kind: str = "news") -> list[Path]:
    """Write generated pages under out_dir until they add up to total_bytes; reuse a finished build.

    kind: "news" (the shipped pages reshuffled) or "dense" (statistical bulletins)."""
    stamp = out_dir / ".complete"
    if stamp.exists():
        return sorted(out_dir.rglob("*.txt"))
    out_dir.mkdir(parents=True, exist_ok=True)
    written, size = [], 0
    for i, page in enumerate(pages(corpus, seed) if kind == "news" else dense_pages(seed)):
        if size >= total_bytes:
            break
        path = out_dir / f"{i // 1000:04d}" / f"page_{i:07d}.txt"
        path.parent.mkdir(exist_ok=True)
        data = page.encode("utf-8")
        path.write_bytes(data)
        written.append(path)
        size += len(data)
    stamp.write_text(f"{len(written)} files, {size} bytes\n")
    return written
