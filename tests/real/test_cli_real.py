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
