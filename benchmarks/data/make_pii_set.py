"""Writes pii_labelled.jsonl: the labelled set of benchmarks/pii.py (Japanese and English business text).

    python benchmarks/data/make_pii_set.py

Each template below is a hand-written message (support mail, chat, form, note); `{slot}` marks a
value drawn from the pools here with a fixed seed, `[[TYPE:value]]` a value written into the
template. Slots of type None are hard negatives: order numbers, dates, product codes, amounts,
12-digit numbers that fail the My Number check digit, 16-digit numbers that fail Luhn.

Labelling conventions: PERSON is the name alone (no 様, さん, Mr.); POSTAL_CODE is the digits
without 〒; ADDRESS runs from the prefecture (or city, or house number) to the last block number,
without building or floor; BANK_ACCOUNT is the account number alone; CORPORATE_NUMBER the 13 digits
without the T of an invoice registration number. Every output line: {"id", "lang", "text",
"entities": [{"type", "start", "end"}]}, offsets in characters.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pii_templates import EN, JA  # noqa: E402

SEED = 20261130
OUT = Path(__file__).resolve().parent / "pii_labelled.jsonl"
COPIES = 3  # each template is filled this many times with different values

FULLWIDTH = str.maketrans("0123456789-", "０１２３４５６７８９－")

JA_SURNAMES = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木",
               "山口", "松本", "井上", "木村", "林", "斎藤", "清水", "山崎", "森", "池田", "橋本", "阿部", "石川", "前田",
               "藤田", "小川", "岡田", "後藤", "長谷川", "村上", "近藤", "石井", "坂本", "遠藤", "青木", "藤井", "西村",
               "福田", "太田", "三浦", "藤原", "岡本", "松田", "中川", "中野", "原田", "小野", "竹内", "金子", "和田",
               "中山", "石田", "上田", "森田", "小島", "柴田", "原", "宮崎", "酒井", "工藤", "横山", "宮本", "内田",
               "高木", "安藤", "島田", "谷口", "大野", "丸山", "今井", "河野", "小鳥遊", "東海林", "五十嵐", "久保田"]
JA_GIVEN = ["太郎", "花子", "健一", "直樹", "美咲", "陽菜", "大輔", "翔太", "由美", "恵子", "誠", "裕子", "拓也", "愛",
            "和也", "真由美", "浩二", "明美", "達也", "彩", "悠斗", "結衣", "蓮", "陽翔", "湊", "凛", "葵", "大和", "樹",
            "さくら", "ひなた", "健太郎", "智子", "正人", "亜希子", "隆", "修", "千尋", "勇気", "光"]
EN_FIRST = ["James", "Mary", "Robert", "Patricia", "Michael", "Jennifer", "David", "Linda", "Sarah", "Daniel",
            "Emily", "Kevin", "Laura", "Brian", "Rachel", "Thomas", "Olga", "Priya", "Marcus", "Fatima", "Chen",
            "Ingrid", "Rafael", "Aisha", "Dmitri", "Siobhan", "Kenji", "Yuki", "Hiroshi", "Akiko", "Tomoko", "Ravi"]
EN_LAST = ["Smith", "Johnson", "Williams", "Brown", "Garcia", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
           "Petrova", "Raman", "Lindqvist", "Khan", "Wei", "Okafor", "Moreau", "Kowalski", "O'Brien", "Fernandes",
           "Tanaka", "Suzuki", "Yamamoto", "Nakamura", "Kobayashi", "Hoffmann", "Novak", "Haddad", "Ivanova"]
EMAIL_DOMAINS = ["example.co.jp", "example.com", "mail.example.jp", "corp.example.ne.jp", "gmail.com", "example.org",
                 "sub.example-group.co.jp", "yahoo.co.jp"]
LOCAL_PARTS = ["taro.yamada", "h-suzuki", "info+order", "k_tanaka1987", "support", "m.sato", "jsmith", "emily.davis",
               "sales-jp", "yuki.kobayashi", "r.okafor", "contact", "n.watanabe.work", "aoki2020", "priya.r"]
ADDRESSES_JA = [
    "東京都千代田区丸の内1-9-2", "東京都港区六本木6丁目10番1号", "大阪府大阪市北区梅田3-1-3", "神奈川県横浜市西区高島2-14-9",
    "愛知県名古屋市中村区名駅4丁目7番1号", "福岡県福岡市博多区博多駅中央街1-1", "北海道札幌市中央区北5条西2丁目5",
    "京都府京都市下京区烏丸通塩小路下ル東塩小路町721-1", "埼玉県さいたま市大宮区錦町630", "兵庫県神戸市中央区加納町6-5-1",
    "千葉県千葉市美浜区中瀬2-6-1", "宮城県仙台市青葉区中央1-1-1", "広島県広島市中区基町10-52", "静岡県浜松市中央区板屋町111-2",
    "東京都世田谷区三軒茶屋2-11-22", "沖縄県那覇市泉崎1-2-2", "長野県松本市丸の内3番7号", "新潟県新潟市中央区万代1丁目6番1号",
    "群馬県高崎市八島町222", "熊本県熊本市中央区手取本町1-1", "茨城県つくば市竹園1-10-1", "岐阜県岐阜市司町40番地1",
]
ADDRESSES_JA_NO_PREFECTURE = ["横浜市中区本町6-50-10", "大阪市中央区難波5-1-60", "名古屋市中区栄3丁目5番12号",
                              "渋谷区道玄坂1-12-1", "新宿区西新宿2-8-1", "札幌市北区北8条西5丁目", "福岡市中央区天神2-11-1"]
ADDRESSES_EN = ["1-9-2 Marunouchi, Chiyoda-ku, Tokyo", "3-1-3 Umeda, Kita-ku, Osaka", "2-14-9 Takashima, Nishi-ku, Yokohama-shi, Kanagawa",
                "1600 Amphitheatre Parkway, Mountain View, CA 94043", "742 Evergreen Terrace, Springfield",
                "221 Baker Street, London", "350 Fifth Avenue, New York, NY 10118", "6-10-1 Roppongi, Minato-ku, Tokyo",
                "1 Infinite Loop, Cupertino, CA 95014", "4-7-1 Meieki, Nakamura-ku, Nagoya-shi, Aichi"]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def my_number(rng: random.Random, valid: bool = True) -> str:
    base = _digits(rng, 11)
    total = sum(int(c) * (n + 1 if n <= 6 else n - 5) for n, c in enumerate(reversed(base), start=1))
    check = 0 if total % 11 <= 1 else 11 - total % 11
    if not valid:
        check = (check + rng.randint(1, 9)) % 10
    return base + str(check)


def corporate(rng: random.Random) -> str:
    base = _digits(rng, 12)
    total = sum(int(c) * (1 if n % 2 else 2) for n, c in enumerate(reversed(base), start=1))
    return str(9 - total % 9) + base


def luhn_complete(rng: random.Random, prefix: str, length: int, valid: bool = True) -> str:
    body = prefix + _digits(rng, length - len(prefix) - 1)
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    check = (10 - total % 10) % 10
    if not valid:
        check = (check + rng.randint(1, 9)) % 10
    return body + str(check)


def group(number: str, sizes: tuple[int, ...], sep: str) -> str:
    out, i = [], 0
    for s in sizes:
        out.append(number[i:i + s])
        i += s
    return sep.join(out)


def phone_jp(rng: random.Random) -> str:
    kind = rng.choice(["mobile", "mobile", "tokyo", "osaka", "area3", "area4", "free", "ip"])
    head, sizes = {
        "mobile": (rng.choice(["090", "080", "070"]), (3, 4, 4)), "tokyo": ("03", (2, 4, 4)), "osaka": ("06", (2, 4, 4)),
        "area3": (rng.choice(["045", "052", "092", "011", "075"]), (3, 3, 4)), "area4": (rng.choice(["0466", "0742", "0555"]), (4, 2, 4)),
        "free": ("0120", (4, 3, 3)), "ip": ("050", (3, 4, 4)),
    }[kind]
    number = head + str(rng.randint(1, 9)) + _digits(rng, sum(sizes) - len(head) - 1)
    style = rng.choice(["hyphen", "hyphen", "hyphen", "plain", "fullwidth", "paren", "space", "intl", "intl_space"])
    if style == "plain":
        return number
    if style == "fullwidth":
        return group(number, sizes, "-").translate(FULLWIDTH)
    if style == "paren":
        return f"{number[:sizes[0]]}({number[sizes[0]:sizes[0] + sizes[1]]}){number[sizes[0] + sizes[1]:]}"
    if style == "space":
        return group(number, sizes, " ")
    if style == "intl":
        return "+81-" + group(number, sizes, "-")[1:]
    if style == "intl_space":
        return "+81 " + group(number, sizes, " ")[1:]
    return group(number, sizes, "-")


def phone_en(rng: random.Random) -> str:
    return rng.choice([
        lambda: f"+1 ({rng.randint(201, 989)}) {rng.randint(200, 999)}-{_digits(rng, 4)}",
        lambda: f"{rng.randint(201, 989)}-{rng.randint(200, 999)}-{_digits(rng, 4)}",
        lambda: f"+44 20 {rng.randint(7000, 8999)} {_digits(rng, 4)}",
        lambda: f"+81 {rng.choice(['3', '6', '90', '80'])} {_digits(rng, 4)} {_digits(rng, 4)}",
        lambda: f"+81-{rng.choice(['3', '90', '45'])}-{rng.randint(1000, 9999)}-{_digits(rng, 4)}",
        lambda: f"0{rng.choice(['90', '80'])}-{rng.randint(1000, 9999)}-{_digits(rng, 4)}",
    ])()


def card(rng: random.Random, valid: bool = True) -> str:
    prefix, length, sizes = rng.choice([("4", 16, (4, 4, 4, 4)), ("5" + str(rng.randint(1, 5)), 16, (4, 4, 4, 4)),
                                        ("35" + str(rng.randint(28, 89)), 16, (4, 4, 4, 4)), ("37", 15, (4, 6, 5))])
    number = luhn_complete(rng, prefix, length, valid)
    return rng.choice([group(number, sizes, " "), group(number, sizes, "-"), number])


def ja_person(rng: random.Random) -> str:
    s, g = rng.choice(JA_SURNAMES), rng.choice(JA_GIVEN)
    return rng.choice([s + g, s + g, s + " " + g, s + "\u3000" + g])


def en_person(rng: random.Random) -> str:
    return f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}"


def _slots(rng: random.Random) -> dict:
    """slot name -> (entity type or None for a hard negative, value maker)."""
    d = _digits
    return {
        "ja_name": ("PERSON", lambda: ja_person(rng)),
        "ja_sei": ("PERSON", lambda: rng.choice(JA_SURNAMES)),
        "en_name": ("PERSON", lambda: en_person(rng)),
        "en_first": ("PERSON", lambda: rng.choice(EN_FIRST)),
        "en_last": ("PERSON", lambda: rng.choice(EN_LAST)),
        "email": ("EMAIL", lambda: f"{rng.choice(LOCAL_PARTS)}@{rng.choice(EMAIL_DOMAINS)}"),
        "phone": ("PHONE", lambda: phone_jp(rng)),
        "phone_en": ("PHONE", lambda: phone_en(rng)),
        "postal": ("POSTAL_CODE", lambda: f"{d(rng, 3)}-{d(rng, 4)}" if rng.random() < 0.85 else f"{d(rng, 3)}-{d(rng, 4)}".translate(FULLWIDTH)),
        "address": ("ADDRESS", lambda: rng.choice(ADDRESSES_JA + ADDRESSES_JA_NO_PREFECTURE[:3])),
        "address_city": ("ADDRESS", lambda: rng.choice(ADDRESSES_JA_NO_PREFECTURE)),
        "address_en": ("ADDRESS", lambda: rng.choice(ADDRESSES_EN)),
        "my_number": ("MY_NUMBER", lambda: rng.choice([lambda n: n, lambda n: group(n, (4, 4, 4), " "),
                                                       lambda n: group(n, (4, 4, 4), "-"),
                                                       lambda n: n.translate(FULLWIDTH)])(my_number(rng))),
        "corporate": ("CORPORATE_NUMBER", lambda: corporate(rng)),
        "card": ("CREDIT_CARD", lambda: card(rng)),
        "account": ("BANK_ACCOUNT", lambda: d(rng, 7)),
        "account_en": ("BANK_ACCOUNT", lambda: d(rng, rng.choice([7, 8, 10]))),
        "ip": ("IP_ADDRESS", lambda: f"{rng.choice([10, 172, 192, 203, 198])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"),
        "ipv6": ("IP_ADDRESS", lambda: f"2001:db8:{rng.randint(1, 0xffff):x}::{rng.randint(1, 0xfff):x}"),
        # hard negatives
        "order_no": (None, lambda: rng.choice([d(rng, 10), "0" + d(rng, 9), d(rng, 12), f"{d(rng, 4)}-{d(rng, 4)}-{d(rng, 4)}"])),
        "bad_my_number": (None, lambda: rng.choice([lambda n: n, lambda n: group(n, (4, 4, 4), " ")])(my_number(rng, valid=False))),
        "bad_card": (None, lambda: card(rng, valid=False)),
        "date": (None, lambda: rng.choice([f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                                           f"2026/{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}",
                                           f"{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}-2025"])),
        "amount": (None, lambda: rng.choice([f"¥{rng.randint(1000, 99999999):,}", f"{rng.randint(1000, 9999999):,}円",
                                             f"${rng.randint(100, 999999):,}.{d(rng, 2)}"])),
        "product": (None, lambda: rng.choice([f"{rng.choice(['KX', 'AB', 'TR', 'NV'])}-{d(rng, 4)}-{d(rng, 4)}",
                                              f"{rng.choice(['SKU', 'P', 'MDL'])}{d(rng, 8)}", f"49{d(rng, 11)}"])),
        "invoice_no": (None, lambda: rng.choice([f"INV-{d(rng, 4)}-{d(rng, 6)}", d(rng, 11), f"{d(rng, 3)}-{d(rng, 3)}-{d(rng, 4)}"])),
        "version": (None, lambda: f"{rng.randint(1, 20)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 999)}"),
        "time": (None, lambda: f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"),
    }


_TOKEN = re.compile(r"\{(\w+)\}|\[\[([A-Z_]+):(.+?)\]\]")


def fill(template: str, slots: dict) -> tuple[str, list[dict]]:
    text, entities, position = "", [], 0
    for m in _TOKEN.finditer(template):
        text += template[position:m.start()]
        if m.group(1):
            type_, make = slots[m.group(1)]
            value = make()
        else:
            type_, value = m.group(2), m.group(3)
        if type_ is not None:
            entities.append({"type": type_, "start": len(text), "end": len(text) + len(value)})
        text += value
        position = m.end()
    return text + template[position:], entities


def main() -> None:
    rng = random.Random(SEED)
    slots = _slots(rng)
    rows = []
    for lang, templates in (("ja", JA), ("en", EN)):
        for t, template in enumerate(templates):
            for copy in range(COPIES):
                text, entities = fill(template.strip("\n"), slots)
                rows.append({"id": f"{lang}-{t:03d}-{copy}", "lang": lang, "text": text, "entities": entities})
    with OUT.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} texts, {sum(len(r['entities']) for r in rows)} entities to {OUT}")


if __name__ == "__main__":
    main()
