"""The real `kogata` command with the real default model."""

from helpers import run_kogata

SYSTEM = ("--system", "You are a helpful assistant.")


def test_run_one_shot_streams_an_answer(real_store, real_home):
    r = run_kogata(real_home, "run", "smollm2-135m", "What is the capital of France?", *SYSTEM,
                   "--temperature", "0", "--max-tokens", "30", timeout=120)
    assert r.returncode == 0, r.stderr
    assert "Paris" in r.stdout


def test_run_interactive_from_a_pipe(real_store, real_home):
    r = run_kogata(real_home, "run", "smollm2-135m", *SYSTEM, "--temperature", "0", "--max-tokens", "20",
                   input="What is the capital of France?\nAnd of Japan?\n/exit\n", timeout=120)
    assert r.returncode == 0, r.stderr
    prompts = r.stdout.split(">>> ")
    assert len(prompts) == 4  # three prompts: two questions, then /exit
    assert "Paris" in prompts[1] and "Tokyo" in prompts[2]


def test_batch_embeds_a_table_as_the_engine_does(real_store, real_home, tmp_path):
    import csv
    import json

    import numpy as np

    from kogata.config import Settings
    from kogata.runtime import Runtime

    texts = ["契約の解約について", "ＡＢＣ株式会社の請求書", "Where is my parcel?"]
    with (tmp_path / "docs.csv").open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["text", "id"], *[[t, i] for i, t in enumerate(texts)]])
    r = run_kogata(real_home, "batch", "embed", str(tmp_path / "docs.csv"), str(tmp_path / "out.jsonl"), "-q")
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(row["text"], row["id"]) for row in rows] == [(t, str(i)) for i, t in enumerate(texts)]
    runtime = Runtime(Settings(home=real_home))
    try:
        expected, _ = runtime.embedder("e5-small").embed(texts, "passage")
    finally:
        runtime.close()
    got = np.array([row["embedding"] for row in rows])
    assert np.allclose(np.linalg.norm(got, axis=1), 1, atol=1e-4)
    assert np.allclose(got, np.array(expected), atol=1e-5)
