"""Train `kb-answer-ja`, the grounded-answer specialist for Japanese questions: a LoRA adapter for
gemma3-270m that reads numbered sources exactly as `kogata kb ask` shows them and answers short,
citing [n], or says it does not know when the sources do not hold the answer.

Data: `../shared/data/jsquad/valid-v1.3.json` (CC BY-SA 4.0), split by article with seed 0, 80% of
the articles to train (the rest are held out for `benchmarks/kb_answer.py`). Each training question
becomes one conversation: the system message and question of `kb.answer.AnswerPlan.messages()`,
with 1-5 sources, the gold paragraph among distractors from the same article and from others, at a
random position, and the target `ANSWER [n]`. `--unanswerable` of the rows have the gold paragraph
left out (and no source contains an answer): their target is the refusal sentence kb ask uses.

    KOGATA_HOME=/tmp/kth python scripts/train_kb_answerer.py [--minutes 45] [--rows 0] [--out DIR] [--extend]

Writes the rows to `--out`/rows.jsonl, trains with `kogata tune lora` (one epoch at most, within
`--minutes`), and copies the adapter, its manifest and its recipe (data, licences, command) into
`--out` (default: the package's bundled specialist folder, `src/kogata/specialists/kb-answer-ja/`).
`--extend` trains the existing adapter further (`kogata tune lora --extend`: from the step its last
run stopped at, on the same rows), and the recipe lists both commands.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "jsquad" / "valid-v1.3.json"
NAME = "kb-answer-ja"
BASE = "gemma3-270m"
SEED = 0
TRAIN_SHARE = 0.8


def split_articles() -> tuple[list[dict], list[dict]]:
    """(training articles, held-out articles): the split `benchmarks/kb_answer.py` evaluates on."""
    articles = json.loads(DATA.read_text(encoding="utf-8"))["data"]
    order = list(range(len(articles)))
    random.Random(SEED).shuffle(order)
    n_train = round(len(articles) * TRAIN_SHARE)
    return [articles[i] for i in sorted(order[:n_train])], [articles[i] for i in sorted(order[n_train:])]


def paragraphs(article: dict) -> list[tuple[str, str]]:
    """(title, text) of each paragraph; JSQuAD writes its contexts as "title [SEP] text"."""
    out = []
    for p in article["paragraphs"]:
        title, _, text = p["context"].partition(" [SEP] ")
        out.append((title, text))
    return out


def hit(index: int, title: str, text: str):
    from kogata.kb.search import Hit

    return Hit(f"doc{index}", f"{title}.txt", title, index, text, None, None, 1.0, 1.0, 1.0)


def build_rows(articles: list[dict], unanswerable: float, rng: random.Random) -> list[dict]:
    from kogata.kb.answer import NOT_FOUND, AnswerPlan

    every = [(a_i, p_i, title, text) for a_i, a in enumerate(articles) for p_i, (title, text) in enumerate(paragraphs(a))]
    rows = []
    for a_i, article in enumerate(articles):
        own = paragraphs(article)
        for p_i, paragraph in enumerate(article["paragraphs"]):
            for qa in paragraph["qas"]:
                answers = [a["text"] for a in qa["answers"]]
                n_sources = rng.choice([1, 2, 3, 3, 4, 5])
                same = [own[j] for j in range(len(own)) if j != p_i]
                other = [(t, x) for (ai, _, t, x) in rng.sample(every, 8) if ai != a_i]
                distractors = rng.sample(same, min(len(same), rng.randint(0, n_sources))) + other
                refuse = rng.random() < unanswerable
                if refuse:
                    pool = [d for d in distractors if not any(ans in d[1] for ans in answers)]
                    sources = pool[:n_sources]
                else:
                    sources = distractors[:n_sources - 1]
                    gold_at = rng.randint(0, len(sources))
                    sources.insert(gold_at, own[p_i])
                if not sources:
                    continue
                plan = AnswerPlan(qa["question"], "ja", [hit(i, t, x) for i, (t, x) in enumerate(sources)], True)
                target = NOT_FOUND["ja"] if refuse else f"{answers[0]} [{gold_at + 1}]"
                rows.append({"messages": plan.messages() + [{"role": "assistant", "content": target}]})
    rng.shuffle(rows)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--minutes", type=float, default=45.0, help="training budget")
    ap.add_argument("--unanswerable", type=float, default=0.15, help="share of rows whose sources lack the answer")
    ap.add_argument("--rows", type=int, default=0, help="train on this many rows (0: all)")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "kogata" / "specialists" / NAME)
    ap.add_argument("--extend", action="store_true", help="train the existing adapter further, for --minutes")
    ap.add_argument("--kogata", default=str(Path(sys.executable).with_name("kogata")))
    args = ap.parse_args()

    train, held = split_articles()
    rows = build_rows(train, args.unanswerable, random.Random(SEED))
    if args.rows:
        rows = rows[:args.rows]
    work = Path("/tmp") / f"{NAME}-rows.jsonl"
    work.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    refusals = sum(r["messages"][-1]["content"].startswith("ナレッジベース") for r in rows)
    print(json.dumps({"rows": len(rows), "refusals": refusals, "train_articles": len(train),
                      "held_out_articles": len(held)}, ensure_ascii=False), flush=True)
    options = ["--extend"] if args.extend else ["--epochs", "1", "--eval-split", "0.03", "--max-tokens", "2048", "--replace"]
    subprocess.run([args.kogata, "tune", "lora", BASE, str(work), "--name", NAME, "--max-minutes", str(args.minutes),
                    *options], check=True)

    from kogata.config import Settings
    from kogata.models.adapters import AdapterStore

    adapter = AdapterStore.in_home(Settings().home_dir).get(NAME)
    commands = [" ".join(sys.argv)]
    if args.extend and (args.out / "recipe.json").exists():
        earlier = json.loads((args.out / "recipe.json").read_text(encoding="utf-8"))
        commands = earlier.get("commands", [earlier.get("command")]) + commands
    args.out.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(adapter.path, args.out / "adapter.gguf")
    shutil.copyfile(adapter.path.with_name("manifest.json"), args.out / "manifest.json")
    recipe = {
        "name": NAME, "base": BASE, "base_sha256": adapter.base_sha256,
        "made_by": "scripts/train_kb_answerer.py", "commands": commands,
        "data": {"source": "JSQuAD v1.3 valid (github.com/yahoojapan/JGLUE)", "licence": "CC BY-SA 4.0",
                 "train_articles": [a["title"] for a in train], "rows": len(rows), "refusals": refusals},
        "base_licence": "Gemma Terms of Use (ai.google.dev/gemma/terms)",
    }
    (args.out / "recipe.json").write_text(json.dumps(recipe, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({"adapter": str(args.out / "adapter.gguf"), "bytes": (args.out / "adapter.gguf").stat().st_size}),
          flush=True)


if __name__ == "__main__":
    main()
