"""LoRA adapters served beside their unchanged base model, per request: through the runtime (`NAME`,
`BASE+NAME`), mixed in one engine's batches, and over HTTP by a real `kogata serve`.

The adapters here are random low-rank updates written with kogata's GGUF LoRA writer (no torch):
what is checked is serving, not training (tests/real/test_tune_real.py checks the arithmetic)."""

import threading

import gguf
import numpy as np
import openai
import pytest
from helpers import kogata_serve, same_up_to_a_near_tie

from kogata.config import EngineSettings, Settings
from kogata.engine.base import GenerationRequest, SamplingParams
from kogata.errors import InvalidRequest, ModelNotFound
from kogata.models.adapters import AdapterStore
from kogata.runtime import Runtime
from kogata.tune.gguf_files import write_lora

BASE = "smollm2-135m"
PROMPTS = ["The capital of France is", "My favourite food is", "日本の首都は"]


def _random_adapter(model_path, out, seed: int) -> None:
    rng = np.random.default_rng(seed)
    pairs = {}
    for t in gguf.GGUFReader(str(model_path)).tensors:
        if t.name.endswith((".attn_q.weight", ".attn_v.weight", ".ffn_up.weight")):
            n_out, n_in = int(t.shape[1]), int(t.shape[0])
            pairs[t.name] = (rng.standard_normal((4, n_in)).astype(np.float32) * 0.08,
                             rng.standard_normal((n_out, 4)).astype(np.float32) * 0.08)
    write_lora(out, "llama", pairs, alpha=8.0)


@pytest.fixture(scope="module")
def adapter_home(real_store, real_home, tmp_path_factory):
    """A home whose models are the real ones and whose adapters are `style-a` and `style-b`."""
    home = tmp_path_factory.mktemp("adapter-home")
    (home / "models").symlink_to(real_store.root)
    base = real_store.get(BASE)
    store = AdapterStore.in_home(home)
    for seed, name in enumerate(("style-a", "style-b", "stale")):
        file = home / f"{name}.gguf"
        _random_adapter(base.path, file, seed)
        sha = "0" * 64 if name == "stale" else base.sha256  # stale: trained on another file of the base
        store.install(name, file, {"base": BASE, "base_sha256": sha, "metrics": {}})
    return home


@pytest.fixture(scope="module")
def runtime(adapter_home):
    rt = Runtime(Settings(home=adapter_home, engine=EngineSettings(threads=2, ctx_size=2048, parallel=4)))
    yield rt
    rt.close()


def _greedy(engine, prompt: str, **params):
    return engine.submit(GenerationRequest(prompt, SamplingParams(**{"temperature": 0, "max_tokens": 16, **params})))


def _first_token(gen) -> dict[bytes, float]:
    """The first generated token's top-5 alternatives and their logprobs, keyed by the tokens' bytes
    (byte tokens of a split character all read as U+FFFD)."""
    _, _, logprobs = gen.collect()
    return {bytes(t.bytes): t.logprob for t in logprobs[0].top_logprobs}


def _close(x: dict[bytes, float], y: dict[bytes, float], tol: float) -> bool:
    """Same most likely token, mostly the same top 5, and the logprobs of the tokens in both within tol
    where either gives p > e^-4. Rounding moves the unlikely tail by more (0.32 nats seen at p = 1%)."""
    both = set(x) & set(y)
    likely = [t for t in both if max(x[t], y[t]) > -4]
    return max(x, key=x.get) == max(y, key=y.get) and len(both) >= min(3, len(x), len(y)) and all(abs(x[t] - y[t]) < tol for t in likely)


def test_adapters_change_the_output_and_share_the_base_engine(runtime):
    base = runtime.chat(BASE)
    a, a_full, b = runtime.chat("style-a"), runtime.chat(f"{BASE}+style-a"), runtime.chat("style-b")
    assert a.base is base and b.base is base and a_full.base is base  # one model in memory
    engines = {"base": base, "a": a, "b": b}
    top2 = {"logprobs": True, "top_logprobs": 2}
    runs = {(name, p): _greedy(e, p, **top2).collect() for name, e in engines.items() for p in PROMPTS}
    alone = {key: run[0] for key, run in runs.items()}
    for p in PROMPTS:
        assert alone[("a", p)] != alone[("base", p)] or alone[("b", p)] != alone[("base", p)]
    assert sum(alone[("a", p)] != alone[("b", p)] for p in PROMPTS) >= 2
    assert same_up_to_a_near_tie(runs[("a", PROMPTS[0])], _greedy(a_full, PROMPTS[0], **top2).collect())

    # The next-token distributions, each request alone, then all nine at once (each step decodes one
    # group per adapter): every request gets its own adapter's distribution. Batches of another size
    # (and cached prefixes) round differently in llama.cpp, by up to ~0.1 nats here even without an
    # adapter, so agreement is close, not bitwise; the adapters move them by more than 0.5 on every prompt.
    lp = {"logprobs": True, "top_logprobs": 5, "max_tokens": 6}
    first = {(n, p): _first_token(_greedy(e, p, **lp)) for n, e in engines.items() for p in PROMPTS}
    gens = {(n, p): _greedy(e, p, **lp) for p in PROMPTS for n, e in engines.items()}
    for key, gen in gens.items():
        mixed = _first_token(gen)
        assert _close(mixed, first[key], 0.3), (key, mixed, first[key])
    for p in PROMPTS:
        assert not _close(first[("a", p)], first[("base", p)], 0.5) and not _close(first[("b", p)], first[("base", p)], 0.5)


def test_a_cached_prefix_is_reused_only_by_the_same_adapter(runtime):
    base, a = runtime.chat(BASE), runtime.chat("style-a")
    prompt = "A long shared opening sentence that the cache could keep for the next request: " * 3
    _greedy(base, prompt).collect()
    _, fin, _ = _greedy(a, prompt).collect()
    assert fin.usage.cached_tokens == 0  # the base's keys and values are not the adapter's
    _, fin, _ = _greedy(a, prompt).collect()
    assert fin.usage.cached_tokens >= fin.usage.prompt_tokens - 1


def test_unknown_and_mismatched_adapter_names(runtime):
    with pytest.raises(ModelNotFound, match="unknown adapter 'nope'"):
        runtime.chat(f"{BASE}+nope")
    with pytest.raises(ModelNotFound, match="belongs to 'smollm2-135m'"):
        runtime.chat("gemma3-270m+style-a")
    with pytest.raises(InvalidRequest, match="trained on another file of 'smollm2-135m'"):
        runtime.chat("stale")
    kinds = runtime.model_kinds()
    assert kinds["style-a"] == kinds["style-b"] == "adapter" and kinds[BASE] != "adapter"


def test_served_over_http_per_request(adapter_home, tmp_path):
    with kogata_serve(adapter_home, tmp_path / "serve.log", "--ctx-size", "2048", "--parallel", "4") as url:
        client = openai.OpenAI(base_url=f"{url}/v1", api_key="x", max_retries=0)

        def first_token(model: str) -> dict[str, float]:
            r = client.chat.completions.create(model=model, messages=[{"role": "user", "content": "Name a fruit."}],
                                               max_tokens=1, temperature=0, logprobs=True, top_logprobs=5)
            assert r.model == model
            return {t.token: t.logprob for t in r.choices[0].logprobs.content[0].top_logprobs}

        models = (BASE, "style-a", f"{BASE}+style-b")
        alone = {m: first_token(m) for m in models}
        assert not _close(alone["style-a"], alone[BASE], 0.5) and not _close(alone[f"{BASE}+style-b"], alone[BASE], 0.5)
        results: dict[str, list[dict]] = {m: [] for m in models}

        def worker(model: str) -> None:
            results[model].append(first_token(model))

        threads = [threading.Thread(target=worker, args=(m,)) for m in models for _ in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        for m in models:
            assert len(results[m]) == 3 and all(_close(r, alone[m], 0.3) for r in results[m]), (m, results[m], alone[m])
        ids = {m.id: m for m in client.models.list().data}
        assert ids["style-a"].model_extra["kogata"]["kind"] == "adapter"
        details = client.models.retrieve("style-a").model_extra["kogata"]
        assert details["base"] == BASE and details["kind"] == "adapter" and details["size"] > 0
        with pytest.raises(openai.NotFoundError, match="unknown adapter"):
            first_token(f"{BASE}+missing")
