"""Builds data/gold/reports35/reports35.jsonl from the hand annotation below (context found in order)."""
import json
import re

base = str(__import__("pathlib").Path(__file__).resolve().parents[1] / "data/gold/reports35") + "/"
P = {"q01": "汾阳市", "q02": "柳林县", "q03": "青海省", "q04": "白银区", "q05": "景泰县"}
Y = 10**8
W = 10**4
# quote, value, measure, qualifier, role, topic, period ("": none given), [tier]
# (五年 of 五年累计, 五年来: a duration, optional per GUIDE.md, added after the blind score as reports34 did)
A = {
"q01": [
 ("6.1%", 6.1, "%", "exact", "change", "percent", "2021-2025"),
 ("318.5亿元", 318.5*Y, "元", "exact", "level", "money", "2025"),
 ("26.4亿元", 26.4*Y, "元", "exact", "level", "money", "2025"),
 ("五年", 5, "年", "exact", "level", "other", "", "optional"),
 ("118.7亿元", 118.7*Y, "元", "exact", "level", "money", "2021-2025"),
 ("42860元", 42860, "元", "exact", "level", "money", "2025"),
 ("21350元", 21350, "元", "exact", "level", "money", "2025"),
 ("五年", 5, "年", "exact", "level", "other", "", "optional"),
 ("2.86万人", 28600, "人", "exact", "level", "jobs", "2021-2025"),
 ("12.6万亩", 126000, "亩", "exact", "level", "other", "2021-2025"),
 ("680张", 680, "张", "exact", "level", "beds", "2021-2025"),
 ("430亿元", 430*Y, "元", "lower_bound", "target", "money", "2030"),
 ("6%左右", 6, "%", "approx", "target", "percent", "2026-2030"),
 ("35亿元", 35*Y, "元", "exact", "target", "money", "2030"),
 ("68%以上", 68, "%", "lower_bound", "target", "percent", "2030"),
 ("5.5%以内", 5.5, "%", "upper_bound", "target", "jobs", "2030"),
 ("3万人以上", 30000, "人", "lower_bound", "target", "jobs", "2026-2030"),
 ("318.5", 318.5*Y, "元", "exact", "level", "money", "2025"),
 ("430", 430*Y, "元", "exact", "target", "money", "2030"),
 ("6左右", 6, "%", "approx", "target", "percent", "2026-2030"),
 ("7.2", 7.2, "%", "exact", "change", "percent", "2025"),
 ("6.5", 6.5, "%", "exact", "target", "percent", "2026-2030"),
 ("96.3", 96.3*Y, "元", "exact", "level", "money", "2025"),
 ("128", 128*Y, "元", "exact", "target", "money", "2030"),
 ("6", 6, "%", "exact", "target", "percent", "2026-2030"),
 ("1.12", 1.12, "%", "exact", "level", "percent", "2025"),
 ("2.0", 2, "%", "exact", "target", "percent", "2030"),
 ("2.86", 28600, "人", "exact", "level", "jobs", "2021-2025"),
 ("3", 30000, "人", "exact", "target", "jobs", "2026-2030"),
 ("6.4", 6.4, "张", "exact", "level", "beds", "2025"),
 ("7.3", 7.3, "张", "exact", "target", "beds", "2030"),
 ("31", 31, "张", "exact", "level", "beds", "2025"),
 ("36", 36, "张", "exact", "target", "beds", "2030"),
 ("24.8", 24.8, "%", "exact", "level", "percent", "2025"),
 ("27", 27, "%", "exact", "target", "percent", "2030"),
 ("五年", 5, "年", "exact", "level", "other", "", "optional"),
 ("120个", 120, "个", "exact", "target", "other", "2026"),
 ("95亿元", 95*Y, "元", "exact", "target", "money", "2026"),
 ("150公里", 150, "公里", "exact", "target", "other", "2026"),
],
"q02": [
 ("356.2亿元", 356.2*Y, "元", "exact", "level", "money", "2025"),
 ("340亿元", 340*Y, "元", "exact", "target", "money", "2025"),
 ("104.8%", 104.8, "%", "exact", "level", "percent", "2025"),
 ("5.8%", 5.8, "%", "exact", "change", "percent", "2021-2025"),
 ("48.6亿元", 48.6*Y, "元", "exact", "level", "money", "2025"),
 ("112.5%", 112.5, "%", "exact", "level", "percent", "2025"),
 ("五年", 5, "年", "exact", "level", "other", "", "optional"),
 ("612亿元", 612*Y, "元", "exact", "level", "money", "2021-2025"),
 ("7.4%", 7.4, "%", "exact", "change", "percent", "2021-2025"),
 ("33150元", 33150, "元", "exact", "level", "money", "2020"),
 ("42680元", 42680, "元", "exact", "level", "money", "2025"),
 ("13260元", 13260, "元", "exact", "level", "money", "2020"),
 ("18350元", 18350, "元", "exact", "level", "money", "2025"),
 ("五年", 5, "年", "exact", "level", "other", "", "optional"),
 ("1.52万人", 15200, "人", "exact", "level", "jobs", "2021-2025"),
 ("1.4万人", 14000, "人", "exact", "target", "jobs", "2021-2025"),
 ("108.6%", 108.6, "%", "exact", "level", "jobs", "2021-2025"),
 ("2260张", 2260, "张", "exact", "level", "beds", "2025"),
 ("6.2张", 6.2, "张", "exact", "level", "beds", "2025"),
 ("5.8张", 5.8, "张", "exact", "target", "beds", "2025"),
 ("五年", 5, "年", "exact", "level", "other", "", "optional"),
 ("386公里", 386, "公里", "exact", "level", "other", "2021-2025"),
 ("1260户", 1260, "户", "exact", "level", "other", "2021-2025"),
 ("12.1%", 12.1, "%", "exact", "change", "percent", "2021-2025"),
 ("1.9个百分点", 1.9, "百分点", "exact", "change", "percent", "2021-2025"),
],
"q03": [
 ("74.3岁", 74.3, "岁", "exact", "level", "other", "2025"),
 ("7.05张", 7.05, "张", "exact", "level", "beds", "2025"),
 ("3.6人", 3.6, "人", "exact", "level", "other", "2025"),
 ("74.6岁", 74.6, "岁", "exact", "target", "other", "2026"),
 ("18/10万以下", 18, "/10万", "upper_bound", "target", "other", "2026"),
 ("5‰以下", 5, "‰", "upper_bound", "target", "percent", "2026"),
 ("7.3张", 7.3, "张", "exact", "target", "beds", "2026"),
 ("3.2人", 3.2, "人", "exact", "target", "other", "2026"),
 ("3.9人", 3.9, "人", "exact", "target", "other", "2026"),
 ("不超过8天", 8, "天", "upper_bound", "target", "other", "2026", "optional"),
 ("20个以上", 20, "个", "lower_bound", "target", "other", "2026"),
 ("不低于75%", 75, "%", "lower_bound", "target", "beds", "2026"),
 ("45家", 45, "家", "exact", "target", "other", "2026"),
 ("1500张", 1500, "张", "exact", "target", "beds", "2026"),
 ("300张", 300, "张", "exact", "target", "beds", "2026"),
 ("不少于400张", 400, "张", "lower_bound", "target", "beds", "2026"),
 ("3000人次", 3000, "人次", "exact", "target", "other", "2026"),
 ("200名", 200, "名", "exact", "target", "other", "2026"),
 ("55%以上", 55, "%", "lower_bound", "target", "percent", "2026"),
 ("1.2万张", 12000, "张", "exact", "target", "beds", "2026"),
 ("80%", 80, "%", "exact", "target", "percent", "2026"),
],
"q04": [
 ("4862人", 4862, "人", "exact", "level", "jobs", "2025"),
 ("4500人", 4500, "人", "exact", "target", "jobs", "2025"),
 ("108%", 108, "%", "exact", "level", "jobs", "2025"),
 ("1386人", 1386, "人", "exact", "level", "jobs", "2025"),
 ("520人", 520, "人", "exact", "level", "jobs", "2025"),
 ("115.5%", 115.5, "%", "exact", "level", "jobs", "2025"),
 ("104%", 104, "%", "exact", "level", "jobs", "2025"),
 ("3.2%", 3.2, "%", "exact", "level", "jobs", "2025"),
 ("4.5%", 4.5, "%", "exact", "target", "jobs", "2025"),
 ("3260人次", 3260, "人次", "exact", "level", "jobs", "2025"),
 ("180人", 180, "人", "exact", "level", "jobs", "2025"),
 ("1150人", 1150, "人", "exact", "level", "other", "2025"),
 ("320人", 320, "人", "exact", "level", "other", "2025"),
 ("3860万元", 3860*W, "元", "exact", "level", "money", "2025"),
 ("486人", 486, "人", "exact", "level", "jobs", "2025"),
 ("1420人", 1420, "人", "exact", "level", "jobs", "2025"),
 ("12.6万人", 126000, "人", "exact", "level", "other", "2025"),
 ("98%以上", 98, "%", "lower_bound", "level", "percent", "2025"),
 ("4800人以上", 4800, "人", "lower_bound", "target", "jobs", "2026"),
 ("1300人", 1300, "人", "exact", "target", "jobs", "2026"),
 ("500人", 500, "人", "exact", "target", "jobs", "2026"),
 ("4.5%以内", 4.5, "%", "upper_bound", "target", "jobs", "2026"),
 ("3000人次以上", 3000, "人次", "lower_bound", "target", "jobs", "2026"),
 ("不少于3500万元", 3500*W, "元", "lower_bound", "target", "money", "2026"),
],
"q05": [
 ("15860元", 15860, "元", "exact", "level", "money", "2025"),
 ("6.8%", 6.8, "%", "exact", "change", "percent", "2025"),
 ("三万二千亩", 32000, "亩", "exact", "level", "other", "2025"),
 ("一百二十座", 120, "座", "exact", "level", "other", "2025"),
 ("八百亩", 800, "亩", "exact", "level", "other", "2025"),
 ("4600亩", 4600, "亩", "exact", "level", "other", "2025"),
 ("十二公里", 12, "公里", "exact", "level", "other", "2025"),
 ("8公里", 8, "公里", "exact", "level", "other", "2025"),
 ("一百零六人", 106, "人", "exact", "level", "jobs", "2025"),
 ("3280人", 3280, "人", "exact", "level", "jobs", "2025"),
 ("6500万元", 6500*W, "元", "exact", "level", "money", "2025"),
 ("三百二十户", 320, "户", "exact", "level", "other", "2025"),
 ("96万元", 96*W, "元", "exact", "level", "money", "2025"),
 ("1286户", 1286, "户", "exact", "level", "other", "2025"),
 ("4935人", 4935, "人", "exact", "level", "other", "2025"),
 ("7%左右", 7, "%", "approx", "target", "percent", "2026"),
 ("一百座", 100, "座", "exact", "target", "other", "2026"),
 ("五百亩", 500, "亩", "exact", "target", "other", "2026"),
 ("3300人以上", 3300, "人", "lower_bound", "target", "jobs", "2026"),
 ("100人", 100, "人", "exact", "target", "jobs", "2026"),
 ("二十户", 20, "户", "exact", "target", "other", "2026"),
 ("两个", 2, "个", "exact", "target", "other", "2026"),
],
}

out = []
for doc, rows in A.items():
    text = open(base + f"texts/{doc}.txt", encoding="utf-8").read()
    pos = 0
    for r in rows:
        quote, value, measure, qual, role, topic, period = r[:7]
        tier = r[7] if len(r) > 7 else "must"
        # a bare table number must stand alone between tabs or brackets
        if re.fullmatch(r"[\d.]+", quote) or quote == "6左右":
            m = re.compile(r"(?<=[\t\[])" + re.escape(quote) + r"(?=[\t\]])").search(text, pos)
            i = m.start()
        else:
            i = text.index(quote, pos)
        pos = i + len(quote)
        ctx = text[max(0, i - 12): pos + 10].replace("\n", " ").replace("\t", "|").replace(" ", "")
        v = round(value, 6)
        v = int(v) if float(v).is_integer() else v
        out.append({"doc": doc, "quote": quote, "value": v, "value_high": None, "measure": measure, "qualifier": qual,
                    "role": role, "topic": topic, "tier": tier, "context": ctx, "place": P[doc],
                    **({"period": period} if period else {})})
with open(base + "reports35.jsonl", "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out))
