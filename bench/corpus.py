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
import shutil
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


# -- corpora of distinct sentences (issue 13, stop 28) ------------------------------------
# The generators above repeat their sentences: a shipped paragraph drawn again is the same
# text but for its numbers, and the bulletins' prose is ten fixed sentences. At 2 MB news held
# ~39% distinct sentences and dense ~22%, so every cache keyed by a sentence's text answered
# most calls, as it never would on real pages. The generators below vary each sentence (places,
# subjects, clause order, an opener, and in the bulletins the area and the prose's parts), all
# drawn from the seed, and keep a set of the sentences written so that one already written is
# drawn again (a few times, then given a fresh opener). The old ones stay, as "news-v1" and
# "dense-v1", so earlier numbers stay comparable.

# Places written for the benchmark: prefecture-level cities and counties or districts.
CITIES = (
    "石家庄 唐山 保定 邯郸 太原 大同 长治 呼和浩特 包头 赤峰 沈阳 大连 鞍山 锦州 长春 吉林 四平 哈尔滨 齐齐哈尔 "
    "牡丹江 南京 无锡 徐州 常州 苏州 南通 扬州 杭州 宁波 温州 绍兴 金华 台州 合肥 芜湖 蚌埠 安庆 阜阳 福州 厦门 "
    "泉州 漳州 南昌 赣州 九江 上饶 济南 青岛 淄博 潍坊 济宁 临沂 郑州 洛阳 开封 南阳 新乡 武汉 宜昌 襄阳 荆州 "
    "长沙 株洲 湘潭 衡阳 岳阳 常德 广州 深圳 珠海 佛山 东莞 湛江 南宁 柳州 桂林 海口 三亚 成都 绵阳 德阳 南充 "
    "宜宾 贵阳 遵义 昆明 曲靖 大理 拉萨 西安 宝鸡 咸阳 延安 兰州 天水 西宁 银川 乌鲁木齐 喀什"
).split()
COUNTIES = (
    "正定县 迁安市 涿州市 武安市 清徐县 平遥县 准格尔旗 新民市 瓦房店市 公主岭市 五常市 江阴市 昆山市 如皋市 "
    "义乌市 慈溪市 乐清市 肥西县 桐城市 晋江市 南安市 瑞金市 寿光市 曲阜市 巩义市 新郑市 汉川市 宜都市 浏阳市 "
    "醴陵市 韶山市 顺德区 南海区 增城区 龙岗区 北流市 桂平市 都江堰市 简阳市 仁怀市 安宁市 神木市 玉门市 格尔木市 "
    "灵武市 库尔勒市 江北区 渝北区 沙坪坝区 九龙坡区 南岸区 北碚区 永川区 江津区 合川区 万州区 涪陵区 綦江区"
).split()
# The shipped pages' own places, each swapped for one of the lists above.
_CITY_WORDS = regex.compile(r"重庆|成都|孝感|江津|永川(?!区)")
_COUNTY_WORDS = regex.compile(r"(?:南岸|永川|江津|北碚|渝中|渝北|江北|沙坪坝|九龙坡|大渡口|巴南|万州|涪陵|黔江|合川|綦江)区")
_AREA_WORDS = regex.compile(r"(?<=[全我本])市")
# Interchangeable subjects and terms: any member of a group may stand for any other.
SUBJECT_GROUPS = (
    ("高校毕业生", "退役军人", "农民工", "脱贫劳动力", "返乡创业人员", "城镇困难人员"),
    ("就业困难人员", "零就业家庭成员", "低保家庭人员", "残疾人"),
    ("电视电话会", "推进会", "座谈会", "工作会议", "专题会"),
    ("人社", "民政", "卫生健康", "医保", "教育", "发展改革"),
    ("医院", "卫生院", "保健院", "中医院"),
    ("养老机构", "敬老院", "福利院", "养老院"),
    ("企业", "市场主体", "民营企业", "小微企业"),
    ("重点群体", "重点人群", "重点对象"),
    ("高质量发展", "高水平发展", "创新发展", "协调发展"),
    # words of the same length and use: they vary a sentence without changing its size
    ("推进", "推动"), ("加强", "强化"), ("提升", "提高"), ("目前", "当前"), ("确保", "保证"), ("深入", "扎实"),
    ("指出", "表示", "强调"), ("相关", "有关"), ("重要", "重大"), ("全力", "全面"), ("加快", "加速"), ("开展", "实施"),
)
_SUBJECT_OF = {w: g for g in SUBJECT_GROUPS for w in g}
_SUBJECTS = regex.compile("|".join(sorted(_SUBJECT_OF, key=len, reverse=True)))
ORGS = ("人社局", "卫健委", "统计局", "发改委", "民政局", "教育局", "医保局", "商务局", "农业农村局", "住建局")
OPENERS = ("记者从{c}{o}获悉，", "据{c}{o}介绍，", "{m}月{d}日，", "在{c}，", "{k}方面，", "{c}{o}表示，")
_SENTENCE = regex.compile(r"[^。！？]*(?:[。！？]+[”」』]?|$)")
_CLAUSE = regex.compile(r"[^，；]+[，；]")
# a listing of two or more items of two or more characters, none a number: 减负、稳岗、扩就业并举
_ITEM = r"[^，。；：、！？“”（）\d\n]{2,}"
_LISTING = regex.compile(rf"(?<![^，。；：！？“”（）\n]){_ITEM}(?:、{_ITEM})+(?=[，。；：！？”）]|$)")


class Varier:
    """Varies sentences from one seeded stream and remembers those it wrote, so none repeats."""

    def __init__(self, rng: random.Random, tries: int = 4) -> None:
        self.rng = rng
        self.tries = tries
        self.seen: set[str] = set()

    def opener(self) -> str:
        rng = self.rng
        return rng.choice(OPENERS).format(c=rng.choice(CITIES + COUNTIES), o=rng.choice(ORGS), m=rng.randint(1, 12),
                                          d=rng.randint(1, 28), k=rng.choice(rng.choice(SUBJECT_GROUPS)))

    def _listing(self, m: regex.Match[str]) -> str:
        """The inner items of a listing in another order: the first and the last may hold
        words around the listing (加强医疗、…、教育工作), so they stay."""
        items = m.group(0).split("、")
        inner = items[1:-1]
        return "、".join([items[0], *self.rng.sample(inner, len(inner)), items[-1]]) if len(inner) > 1 else m.group(0)

    def vary(self, sentence: str) -> str:
        """One variant of sentence: its places and subjects redrawn, two of its clauses
        perhaps swapped, perhaps an opener; drawn again while it was written before."""
        rng = self.rng
        out = sentence
        for attempt in range(self.tries + 1):
            out = _CITY_WORDS.sub(lambda _: rng.choice(CITIES), sentence)
            out = _COUNTY_WORDS.sub(lambda _: rng.choice(COUNTIES), out)
            out = _AREA_WORDS.sub(lambda _: rng.choice("市市区县"), out)
            out = _SUBJECTS.sub(lambda m: rng.choice(_SUBJECT_OF[m.group(0)]), out)
            out = _LISTING.sub(self._listing, out)
            clauses = _CLAUSE.findall(out)
            if len(clauses) >= 3 and rng.random() < 0.5:  # swap two inner clauses, marks kept in place
                i = rng.randrange(1, len(clauses) - 1)
                a, b = clauses[i], clauses[i + 1]
                if a[-1] == b[-1] and a != b:
                    out = out.replace(a + b, b + a, 1)
            if attempt == self.tries:  # it would repeat: a whole sentence gets an opener, a line a place
                out = (self.opener() if out[-1:] in "。！？”" else rng.choice(CITIES + COUNTIES)) + out
            if out not in self.seen:
                break
        self.seen.add(out)
        return out

    def paragraph(self, par: str) -> str:
        return "".join(self.vary(s) for s in _SENTENCE.findall(par) if s)


def pages2(corpus: Path, seed: int = 0) -> Iterator[str]:
    """The news stream of `pages`, every sentence varied (`Varier`) before its numbers are perturbed."""
    pars = paragraphs(corpus)
    rng = random.Random(seed)
    varier = Varier(rng)
    while True:
        target = rng.randint(*PAGE_BYTES)
        width = rng.randint(8, 30)
        style = rng.choice(["plain", "plain", "spaced", "fullwidth"])
        out = _fill(target, lambda w=width, s=style: damage(
            perturb_numbers(varier.paragraph(rng.choice(pars)), rng), rng, w, s))
        yield "\n\n".join(out) + "\n"


# The bulletins' prose from parts: an area, a field, what it did and how it went.
PROSE_AREA = ("全{a}", "{c}", "{c}全{a}", "{a}内", "全{a}上下", "{c}各地")
PROSE_FIELD = ("农业生产", "工业生产", "市场销售", "民生保障", "生态环境", "医疗卫生服务", "科技创新", "对外开放",
               "就业形势", "社会事业", "养老服务", "教育事业", "交通运输", "文化旅游", "金融运行", "财政收支")
PROSE_DID = ("坚持稳中求进工作总基调，", "持续恢复，", "形势总体稳定，", "不断健全，", "稳步推进，", "保持较快发展，",
             "有力有效，", "逐步回暖，", "持续改善，", "水平不断提高，", "")
PROSE_WENT = ("总体平稳、稳中有进。", "结构不断优化。", "质量持续提升。", "新业态保持活跃。", "基层服务能力进一步提升。",
              "主体活力持续释放。", "营商环境进一步优化。", "发生新的变化。", "重要指标好于预期。", "发展基础更加牢固。",
              "群众获得感不断增强。", "各项工作取得新成效。")
PROSE_NOTE = "注：本公报中部分数据为初步统计数，各项统计数据均未包括所辖{b}以外的单位。"


def prose_sentence(rng: random.Random) -> str:
    area = rng.choice(PROSE_AREA).format(a=rng.choice("市市区县州"), c=rng.choice(CITIES + COUNTIES))
    if rng.random() < 0.04:
        return PROSE_NOTE.format(b=rng.choice(("县区", "乡镇", "园区", "开发区")))
    text = area + rng.choice(PROSE_FIELD) + rng.choice(PROSE_DID) + rng.choice(PROSE_WENT)
    if rng.random() < 0.6:  # a second field, as the fixed prose of `dense_pages` often has
        text = text[:-1] + "，" + rng.choice(PROSE_FIELD) + rng.choice(PROSE_WENT)
    return text


def bulletin_paragraph2(rng: random.Random, varier: Varier) -> str:
    """`bulletin_paragraph` with varied sentences: the bulletin's area (全市, 全县, a city) and
    its clauses' order redrawn, the prose put together from parts; none written twice."""
    def fill(m: regex.Match[str]) -> str:
        if m.group(0) == "{y}":
            return str(rng.randint(2015, 2024))
        lo, hi = int(m.group(2)), int(m.group(3))
        return str(rng.randint(lo, hi)) if m.group(1) == "i" else f"{rng.uniform(lo, hi):.1f}"

    def figures() -> str:
        text = _SLOT.sub(fill, rng.choice(BULLETIN))
        area = rng.choice(("全市", "全市", "全区", "全县", "全州", rng.choice(CITIES) + "市"))
        text = text.replace("全市", area)
        parts = regex.split(r"(?<=；)", text.rstrip("。"))
        if len(parts) >= 2 and rng.random() < 0.5:  # the parts of a listing in another order
            rng.shuffle(parts)
            parts = [p.rstrip("；") for p in parts]
            text = "；".join(parts) + "。"
        return text

    sentences = [figures() for _ in range(rng.randint(1, 2))]
    for _ in range(rng.randint(4, 7)):
        for _ in range(varier.tries + 1):
            s = prose_sentence(rng)
            if s not in varier.seen:
                break
        varier.seen.add(s)
        sentences.append(s)
    rng.shuffle(sentences)
    return "".join(sentences)


def dense_pages2(seed: int = 0) -> Iterator[str]:
    """The bulletin stream of `dense_pages` with `bulletin_paragraph2`'s varied sentences."""
    rng = random.Random(seed)
    varier = Varier(rng)
    while True:
        target = rng.randint(*PAGE_BYTES)
        width = rng.randint(20, 40)
        style = rng.choice(["clean", "clean", "plain", "fullwidth"])

        def paragraph(width: int = width, style: str = style) -> str:
            par = bulletin_paragraph2(rng, varier)
            return "　　" + par if style == "clean" else damage(par, rng, width, style)

        out = _fill(target, paragraph)
        yield "\n".join(out) + "\n" if style == "clean" else "\n\n".join(out) + "\n"


KINDS = ("news", "dense", "news-v1", "dense-v1")
# The version of the generators a finished build was made by: a folder built by another is rebuilt.
VERSION = {"news": 2, "dense": 2, "news-v1": 1, "dense-v1": 1}


def stream(corpus: Path, kind: str, seed: int = 0) -> Iterator[str]:
    """The pages of one kind: "news" and "dense" of distinct sentences, "news-v1" and
    "dense-v1" the first generators (sentences repeated), kept for earlier numbers."""
    if kind == "news":
        return pages2(corpus, seed)
    if kind == "dense":
        return dense_pages2(seed)
    if kind == "news-v1":
        return pages(corpus, seed)
    if kind == "dense-v1":
        return dense_pages(seed)
    raise ValueError(f"unknown corpus kind {kind!r}: one of {', '.join(KINDS)}")


def build(corpus: Path, out_dir: Path, total_bytes: int, seed: int = 0, kind: str = "news") -> list[Path]:
    """Write generated pages under out_dir until they add up to total_bytes; reuse a finished build.

    kind: one of KINDS (`stream`). A finished build is reused only if it was made for this kind
    by this version of its generator (its stamp says so); another is removed and built again."""
    stamp = out_dir / ".complete"
    mark = f"{kind} v{VERSION[kind]} seed {seed}:"
    if stamp.exists():
        if stamp.read_text().startswith(mark):
            return sorted(out_dir.rglob("*.txt"))
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written, size = [], 0
    for i, page in enumerate(stream(corpus, kind, seed)):
        if size >= total_bytes:
            break
        path = out_dir / f"{i // 1000:04d}" / f"page_{i:07d}.txt"
        path.parent.mkdir(exist_ok=True)
        data = page.encode("utf-8")
        path.write_bytes(data)
        written.append(path)
        size += len(data)
    stamp.write_text(f"{mark} {len(written)} files, {size} bytes\n")
    return written
