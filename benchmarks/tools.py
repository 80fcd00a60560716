"""Tool calling on commands: the share of replies that call the right function, with arguments that
validate (always, by the grammar) and that equal the expected ones ("exact call"), for the catalog's
chat models and for LoRA specialists trained on the commands ("command parsing").

The commands are written here, Japanese and English, for five functions (tests/real/test_tools_real.py
declares the same five): phrasings and free slot values (cities, addresses, subjects, tasks, amounts,
hours) of the held-out set are never in the training set; enumerated values (rooms, days, priorities,
currencies) are all in both, as a specialist is trained on every value its schema allows.

    python benchmarks/tools.py --prepare /tmp/tools            # train.jsonl (messages rows) and heldout.jsonl
    kogata tune lora smollm2-135m /tmp/tools/train.jsonl --name commands --epochs 3
    python benchmarks/tools.py --data /tmp/tools --models smollm2-135m,gemma3-270m,commands

Prints one JSON line per model: calls, right function, valid arguments, exact call.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import jsonschema

from kogata.config import Settings
from kogata.engine.base import GenerationRequest, SamplingParams
from kogata.engine.tool_calls import CLOSE, OPEN, ToolSpec, parse_reply
from kogata.runtime import Runtime

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "real"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from test_tools_real import TOOLS  # noqa: E402

DAYS = {"today": ("今日", "today"), "tomorrow": ("明日", "tomorrow"), "monday": ("月曜日", "Monday"),
        "friday": ("金曜日", "Friday")}
CURRENCIES = {"JPY": ("円", "yen"), "USD": ("ドル", "dollars"), "EUR": ("ユーロ", "euros")}

# (function, phrasing) pairs; {slot} names are filled from the values below. Index 0-4 of each list train,
# the rest are held out, together with the held-out slot values.
PHRASINGS = {
    "book_room": [
        ("ja", "{day_ja}の{hour}時に会議室{room}を予約して"), ("en", "Book room {room} for {day_en} at {hour}:00"),
        ("ja", "会議室{room}を{day_ja}{hour}時から押さえてください"), ("en", "Reserve meeting room {room} {day_en}, {hour} o'clock"),
        ("ja", "{day_ja}、{hour}時に{room}の会議室をお願いします"),
        ("ja", "{hour}時から会議室{room}を使いたいので{day_ja}で予約をお願い"), ("en", "Can you get me room {room} at {hour}:00 {day_en}?"),
    ],
    "get_weather": [
        ("ja", "{city_ja}の天気は？"), ("en", "What's the weather in {city_en}?"), ("ja", "{city_ja}の天気予報を教えて"),
        ("en", "Weather forecast for {city_en}, please"), ("ja", "今日の{city_ja}は雨が降りますか"),
        ("ja", "{city_ja}って今どんな天気？"), ("en", "Is it sunny in {city_en} right now?"),
    ],
    "send_email": [
        ("ja", "{email}に「{subject_ja}」という件名でメールを送って"), ("en", "Send an email to {email} with the subject \"{subject_en}\""),
        ("ja", "件名「{subject_ja}」で{email}宛にメールして"), ("en", "Email {email}, subject: {subject_en}"),
        ("ja", "{email}へメール送信、件名は「{subject_ja}」"),
        ("ja", "「{subject_ja}」の件で{email}にメールをお願い"), ("en", "Write to {email} about \"{subject_en}\""),
    ],
    "create_todo": [
        ("ja", "「{task_ja}」をタスクに追加して、優先度は{prio_ja}"), ("en", "Add \"{task_en}\" to my to-do list with {prio_en} priority"),
        ("ja", "優先度{prio_ja}で「{task_ja}」をToDoに入れて"), ("en", "New task: \"{task_en}\", priority {prio_en}"),
        ("ja", "タスク「{task_ja}」を作成（優先度：{prio_ja}）"),
        ("ja", "「{task_ja}」を忘れないようにToDoへ。{prio_ja}優先で"), ("en", "Remind me to \"{task_en}\" ({prio_en} priority)"),
    ],
    "convert_currency": [
        ("ja", "{amount}{from_ja}を{to_ja}に換算して"), ("en", "Convert {amount} {from_en} to {to_en}"),
        ("ja", "{amount}{from_ja}は何{to_ja}？"), ("en", "How much is {amount} {from_en} in {to_en}?"),
        ("ja", "{from_ja}から{to_ja}へ{amount}を両替するといくら"),
        ("ja", "{amount}{from_ja}って{to_ja}でいくらになる？"), ("en", "{amount} {from_en} to {to_en}, please"),
    ],
}
TRAIN_PHRASINGS = 5
_CITIES = [("東京", "Tokyo"), ("大阪", "Osaka"), ("札幌", "Sapporo"), ("福岡", "Fukuoka"), ("京都", "Kyoto"),
           ("神戸", "Kobe"), ("横浜", "Yokohama"), ("仙台", "Sendai"), ("広島", "Hiroshima"), ("金沢", "Kanazawa"),
           ("長崎", "Nagasaki"), ("熊本", "Kumamoto"), ("静岡", "Shizuoka"), ("新潟", "Niigata"), ("岡山", "Okayama"),
           ("松山", "Matsuyama"), ("高松", "Takamatsu"), ("函館", "Hakodate"), ("青森", "Aomori"), ("盛岡", "Morioka"),
           ("ソウル", "Seoul"), ("上海", "Shanghai"), ("ロンドン", "London"), ("パリ", "Paris"),
           ("名古屋", "Nagoya"), ("那覇", "Naha"), ("鹿児島", "Kagoshima"), ("ニューヨーク", "New York")]
_SUBJECTS = [("見積もり", "Quote"), ("会議の件", "About the meeting"), ("請求書", "Invoice"), ("日程調整", "Scheduling"),
             ("出張報告", "Trip report"), ("新製品のご案内", "New product"), ("契約更新", "Contract renewal"),
             ("採用面接", "Job interview"), ("サーバー障害", "Server outage"), ("来週の予定", "Next week's plan"),
             ("研修資料", "Training material"), ("価格改定", "Price change"), ("発注書", "Purchase order"),
             ("議事録", "Minutes"), ("休暇申請", "Leave request"), ("予算案", "Budget draft"),
             ("納期の確認", "Delivery date"), ("お礼", "Thank you"), ("在庫の確認", "Stock check"), ("年末のご挨拶", "Year-end greetings")]
_TASKS = [("請求書を送る", "send the invoice"), ("資料を印刷する", "print the slides"), ("部長に電話", "call the manager"),
          ("会議室を片付ける", "tidy the meeting room"), ("報告書を書く", "write the report"), ("名刺を注文", "order business cards"),
          ("見積書を作る", "draft the quote"), ("新人研修の準備", "prepare the onboarding"), ("出張の手配", "book the trip"),
          ("バックアップを取る", "run the backup"), ("アンケートを集計", "tally the survey"), ("顧客に返信", "reply to the customer"),
          ("備品を発注", "order supplies"), ("議事録を共有", "share the minutes"), ("予算を見直す", "review the budget"),
          ("経費精算", "file expenses"), ("契約書を確認", "check the contract"), ("ウェブサイトを更新", "update the website"),
          ("鍵を返却", "return the keys")]
_NAMES = ["tanaka", "sato", "info", "kato", "ito", "yamada", "sales", "hr", "watanabe", "nakamura", "kobayashi",
          "support", "ogawa", "mori", "abe", "ikeda", "hashimoto", "ishikawa", "maeda", "fujita", "suzuki", "ops", "kimura", "hayashi"]
_DOMAINS = ["example.jp", "example.com", "kogata.dev", "example.co.jp", "example.org", "corp.example.net"]
_EMAILS = [f"{n}@{d}" for i, n in enumerate(_NAMES) for d in _DOMAINS[i % 3::3]]


def _split(values: list, held: int) -> tuple[list, list]:
    """The last `held` values are kept for the held-out set and never appear in training."""
    return values[:-held], values[-held:]


# Free values (cities, addresses, subjects, tasks, amounts, hours): many in training so that the
# specialist learns to copy them from the command, and held-out ones it has never seen. Enumerated
# values (room, day, priority, currency) are all in training: the schema allows only those.
VALUES = {  # (train values, held-out values)
    "room": (["A", "B", "C"], ["A", "B", "C"]), "hour": ([8, 9, 10, 11, 12, 14, 15, 17, 18], [13, 16]),
    "day": (["today", "tomorrow", "monday", "friday"], ["today", "tomorrow", "monday", "friday"]),
    "city": _split(_CITIES, 4), "email": _split(_EMAILS, 6), "subject": _split(_SUBJECTS, 4), "task": _split(_TASKS, 4),
    "prio": ([("low", "低", "low"), ("high", "高", "high")], [("low", "低", "low"), ("high", "高", "high")]),
    "amount": ([100, 250, 5000, 30, 80, 120, 999, 2500, 40000, 15, 640, 7200, 350, 48], [75, 1200, 333, 86000]),
    "pair": ([("USD", "JPY"), ("EUR", "JPY"), ("JPY", "USD"), ("JPY", "EUR"), ("USD", "EUR"), ("EUR", "USD")],
             [("USD", "JPY"), ("EUR", "JPY"), ("JPY", "USD"), ("JPY", "EUR"), ("USD", "EUR"), ("EUR", "USD")]),
}


def _example(fn: str, lang: str, phrasing: str, rng: random.Random, held: int) -> dict:
    pick = lambda slot: rng.choice(VALUES[slot][held])  # noqa: E731
    if fn == "book_room":
        room, hour, day = pick("room"), pick("hour"), pick("day")
        text = phrasing.format(room=room, hour=hour, day_ja=DAYS[day][0], day_en=DAYS[day][1])
        args = {"room": room, "date": day, "time": f"{hour:02d}:00"}
    elif fn == "get_weather":
        city = pick("city")
        text, args = phrasing.format(city_ja=city[0], city_en=city[1]), {"city": city[0] if lang == "ja" else city[1]}
    elif fn == "send_email":
        email, subject = pick("email"), pick("subject")
        text = phrasing.format(email=email, subject_ja=subject[0], subject_en=subject[1])
        args = {"to": email, "subject": subject[0] if lang == "ja" else subject[1]}
    elif fn == "create_todo":
        task, prio = pick("task"), pick("prio")
        text = phrasing.format(task_ja=task[0], task_en=task[1], prio_ja=prio[1], prio_en=prio[2])
        args = {"title": task[0] if lang == "ja" else task[1], "priority": prio[0]}
    else:
        amount, (src, dst) = pick("amount"), pick("pair")
        text = phrasing.format(amount=amount, from_ja=CURRENCIES[src][0], to_ja=CURRENCIES[dst][0],
                               from_en=CURRENCIES[src][1], to_en=CURRENCIES[dst][1])
        args = {"amount": amount, "from": src, "to": dst}
    return {"text": text, "call": {"name": fn, "arguments": args}}


def tools() -> list[dict]:
    """The five functions, with book_room's date as a day name (the commands say "tomorrow", not a date)."""
    out = json.loads(json.dumps(TOOLS))
    out[0]["function"]["parameters"]["properties"]["date"] = {"type": "string", "enum": list(DAYS)}
    return out


def prepare(out: Path, per_phrasing: int = 12) -> None:
    rng = random.Random(7)
    spec = ToolSpec.from_request(tools(), "required")
    out.mkdir(parents=True, exist_ok=True)
    rows: dict[str, list[dict]] = {"train": [], "heldout": []}
    for fn, phrasings in PHRASINGS.items():
        for i, (lang, phrasing) in enumerate(phrasings):
            held = int(i >= TRAIN_PHRASINGS)
            for _ in range(per_phrasing if not held else 4):
                rows["heldout" if held else "train"].append(_example(fn, lang, phrasing, rng, held))
        # held-out slot values in training phrasings too
        for i, (lang, phrasing) in enumerate(phrasings[:TRAIN_PHRASINGS]):
            rows["heldout"].append(_example(fn, lang, phrasing, rng, 1))
    rows["heldout"] = list({r["text"]: r for r in rows["heldout"]}.values())
    for split, items in rows.items():
        with (out / f"{split}.jsonl").open("w", encoding="utf-8") as f:
            for item in items:
                if split == "train":
                    reply = f"{OPEN}\n{json.dumps(item['call'], ensure_ascii=False)}\n{CLOSE}"
                    item = {"messages": [{"role": "system", "content": spec.instructions()},
                                         {"role": "user", "content": item["text"]},
                                         {"role": "assistant", "content": reply}]}
                f.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(json.dumps({"bench": "tools_prepare", "train": len(rows["train"]), "heldout": len(rows["heldout"])}))


def evaluate(data: Path, models: list[str], show_errors: bool = False) -> None:
    rows = [json.loads(line) for line in (data / "heldout.jsonl").open(encoding="utf-8")]
    spec = ToolSpec.from_request(tools(), "required", False)
    schemas = {t["function"]["name"]: t["function"]["parameters"] for t in tools()}
    runtime = Runtime(Settings())
    for name in models:
        engine = runtime.chat(name)
        right = valid = exact = 0
        for row in rows:
            prompt = engine.render_chat([{"role": "user", "content": row["text"]}], tools=spec)
            params = SamplingParams(temperature=0.0, max_tokens=120, grammar=spec.grammar, closer=spec.closer)
            text, _, _ = engine.submit(GenerationRequest(prompt, params, chat=True)).collect()
            _, calls = parse_reply(text)
            call = calls[0] if calls else None
            if call is None:
                continue
            right += call.name == row["call"]["name"]
            valid += jsonschema.Draft202012Validator(schemas[call.name]).is_valid(call.arguments)
            exact += call.name == row["call"]["name"] and call.arguments == row["call"]["arguments"]
            if show_errors and (call.name, call.arguments) != (row["call"]["name"], row["call"]["arguments"]):
                print("#", name, row["text"], "->", call.name, json.dumps(call.arguments, ensure_ascii=False),
                      "expected", json.dumps(row["call"]["arguments"], ensure_ascii=False), flush=True)
        n = len(rows)
        print(json.dumps({"bench": "tools", "model": name, "commands": n, "right_function": round(right / n, 3),
                          "valid_arguments": round(valid / n, 3), "exact_call": round(exact / n, 3)}), flush=True)
    runtime.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--prepare", type=Path)
    ap.add_argument("--data", type=Path)
    ap.add_argument("--errors", action="store_true", help="print each command whose call differs from the expected one")
    ap.add_argument("--models", default="smollm2-135m,gemma3-270m")
    args = ap.parse_args()
    if args.prepare:
        prepare(args.prepare)
    if args.data:
        evaluate(args.data, args.models.split(","), args.errors)


if __name__ == "__main__":
    main()
