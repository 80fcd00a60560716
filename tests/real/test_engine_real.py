"""The llama.cpp engine with the real default model: sampling, limits, batching, cache, cancel."""

import math
import time

from helpers import same_up_to_a_near_tie
from kogata.engine.base import Finished, GenerationRequest, SamplingParams, TextDelta


def ask(engine, content, **params):
    prompt = engine.render_chat([{"role": "user", "content": content}])
    return engine.submit(GenerationRequest(prompt, SamplingParams(**params)))


def test_greedy_is_repeatable_and_reuses_the_prompt_cache(chat_engine):
    text1, fin1, _ = ask(chat_engine, "Name three colors.", temperature=0, max_tokens=24).collect()
    text2, fin2, _ = ask(chat_engine, "Name three colors.", temperature=0, max_tokens=24).collect()
    assert text1 and text1 == text2
    assert fin2.usage.cached_tokens >= fin2.usage.prompt_tokens - 1
    assert fin1.usage.completion_tokens == fin2.usage.completion_tokens <= 24


def test_a_prompt_that_only_shares_the_template_does_not_evict_an_earlier_one(chat_engine):
    ask(chat_engine, "日本の首都はどこですか？", temperature=0, max_tokens=4).collect()
    ask(chat_engine, "What is the capital of France?", temperature=0, max_tokens=4).collect()
    _, again, _ = ask(chat_engine, "日本の首都はどこですか？", temperature=0, max_tokens=4).collect()
    assert again.usage.cached_tokens == again.usage.prompt_tokens - 1


def test_idle_sequences_wait_in_host_memory_and_come_back(chat_engine):
    """A finished sequence leaves the KV pool when another request starts (its cells would slow every
    decode) and is copied back from host memory when its prompt comes again. Restored cells may sit
    elsewhere in the pool, so the greedy text is the one computed afresh except at a near-tie, as
    decoding beside other requests allows."""
    params = dict(temperature=0, max_tokens=24, logprobs=True, top_logprobs=2)
    first = ask(chat_engine, "Name three rivers in Japan.", **params).collect()
    ask(chat_engine, "東京の名所を三つ教えてください。", temperature=0, max_tokens=8).collect()
    assert sum(bool(s.tokens) for s in chat_engine._slots) == 1 and len(chat_engine.saved) >= 1
    again = ask(chat_engine, "Name three rivers in Japan.", **params).collect()
    assert again[1].usage.cached_tokens == again[1].usage.prompt_tokens - 1
    assert same_up_to_a_near_tie(first, again), (first[0], again[0])


def test_seed_makes_sampling_repeatable(chat_engine):
    a = ask(chat_engine, "Write a short poem.", temperature=1.0, seed=7, max_tokens=20).collect()[0]
    b = ask(chat_engine, "Write a short poem.", temperature=1.0, seed=7, max_tokens=20).collect()[0]
    c = ask(chat_engine, "Write a short poem.", temperature=1.0, seed=8, max_tokens=20).collect()[0]
    assert a == b
    assert a != c


def test_max_tokens_and_stop(chat_engine):
    text, fin, _ = ask(chat_engine, "Count from 1 to 50, separated by spaces.", temperature=0, max_tokens=7).collect()
    assert fin.finish_reason == "length" and fin.usage.completion_tokens == 7
    full, _, _ = ask(chat_engine, "Count from 1 to 50, separated by spaces.", temperature=0, max_tokens=40).collect()
    stop = full.strip().split()[2]
    text, fin, _ = ask(chat_engine, "Count from 1 to 50, separated by spaces.", temperature=0, max_tokens=40, stop=[stop]).collect()
    assert fin.finish_reason == "stop"
    assert stop not in text and full.startswith(text)


def test_logprobs_are_a_distribution(chat_engine):
    _, _, lps = ask(chat_engine, "Say hello.", temperature=0, max_tokens=5, logprobs=True, top_logprobs=3).collect()
    assert len(lps) == 5
    for lp in lps:
        tops = [t.logprob for t in lp.top_logprobs]
        assert tops == sorted(tops, reverse=True) and len(tops) == 3
        assert math.isclose(lp.logprob, tops[0], abs_tol=1e-4)  # greedy picks the most likely token
        assert sum(math.exp(t) for t in tops) <= 1.0001


def test_concurrent_requests_all_complete(chat_engine):
    gens = [ask(chat_engine, f"Tell me a fact about the number {i}.", temperature=0.7, seed=i, max_tokens=30) for i in range(6)]
    for g in gens:
        text, fin, _ = g.collect()
        assert fin.finish_reason in ("stop", "length") and text
        assert fin.usage.completion_tokens <= 30


def test_cancel_stops_generation_quickly(chat_engine):
    gen = ask(chat_engine, "Write a very long story about a dragon.", temperature=0.7, max_tokens=2000)
    seen = 0
    for event in gen:
        if isinstance(event, TextDelta):
            seen += 1
            if seen == 3:
                t0 = time.monotonic()
                gen.cancel()
        elif isinstance(event, Finished):
            assert event.finish_reason == "cancelled"
            assert time.monotonic() - t0 < 3.0  # a few decode steps, even on a busy machine
            assert event.usage.completion_tokens < 100
    text, fin, _ = ask(chat_engine, "Say yes.", temperature=0, max_tokens=5).collect()
    assert fin.finish_reason in ("stop", "length")


def test_japanese_output_is_whole_characters(chat_engine):
    text, _, _ = ask(chat_engine, "「こんにちは」を繰り返してください。", temperature=0, max_tokens=40).collect()
    assert "\ufffd" not in text


def test_a_shared_system_prompt_is_reused_across_concurrent_requests(chat_engine):
    system = "You answer questions about the ACME handbook. " + "Employees follow the handbook rules. " * 60
    first = chat_engine.submit(GenerationRequest(
        chat_engine.render_chat([{"role": "system", "content": system}, {"role": "user", "content": "What is ACME?"}]),
        SamplingParams(temperature=0, max_tokens=40)))
    next(iter(first))  # its prompt is in the cache now, and it keeps generating
    second = chat_engine.submit(GenerationRequest(
        chat_engine.render_chat([{"role": "system", "content": system}, {"role": "user", "content": "Who follows the rules?"}]),
        SamplingParams(temperature=0, max_tokens=10)))
    text, fin, _ = second.collect()
    first.collect()
    assert fin.usage.prompt_tokens > 300
    assert fin.usage.cached_tokens >= fin.usage.prompt_tokens - 20  # all but the user turn
    assert text.strip()


def test_a_looping_generation_is_stopped_by_the_repetition_guard_only_when_asked(chat_engine):
    prompt = "会議の議題：" + "東京の予算、" * 8  # a prompt that a 135M model continues by looping
    loop = chat_engine.submit(GenerationRequest(prompt, SamplingParams(temperature=0, max_tokens=200)))
    looped, fin, _ = loop.collect()
    assert fin.finish_reason == "length" and fin.usage.completion_tokens == 200
    guarded = chat_engine.submit(GenerationRequest(prompt, SamplingParams(temperature=0, max_tokens=200,
                                                                          stop_on_repetition=True)))
    text, fin, _ = guarded.collect()
    assert fin.finish_reason == "stop" and fin.usage.completion_tokens <= 64
    assert text and looped.startswith(text)


COPY_PROMPTS = [
    "請求書番号：INV-2026-0042、発行日：2026年11月30日、発行元：ミドリ工業株式会社。請求書番号と発行元をそのまま書き写してください。\n請求書番号：",
    "Invoice no: A-77120. From: Blue Harbor Supplies Ltd. Copy the invoice number and the sender exactly.\nInvoice no:",
    "東京都千代田区丸の内一丁目、大阪府大阪市北区梅田三丁目、福岡県福岡市博多区博多駅前二丁目。住所を一行ずつ書き出してください。\n1. 東京都",
    "def add(a, b):\n    return a + b\n\ndef sub(a, b):\n    return a - b\n\n# the same two functions again:\ndef add(a, b):",
]


def test_prompt_lookup_drafts_change_greedy_output_only_at_near_ties(real_store):
    """Speculative decoding by prompt lookup: drafts are really taken, and the greedy text is the one
    decoded without drafts, except where the two best tokens were nearly tied: drafts are checked in
    one batch, whose arithmetic differs in the last bits from one token at a time (as decoding beside
    other requests does)."""
    from kogata.config import EngineSettings
    from kogata.engine.llama_engine import LlamaEngine

    runs = {}
    for draft in (0, 8):
        engine = LlamaEngine("gemma3-270m", real_store.get("gemma3-270m").path,
                             EngineSettings(threads=2, ctx_size=4096, parallel=4, draft_tokens=draft))
        try:
            params = SamplingParams(temperature=0.0, max_tokens=48, logprobs=True, top_logprobs=2)
            runs[draft] = []
            for pair in (COPY_PROMPTS[:2], COPY_PROMPTS[2:]):  # drafts are decoded while at most two sequences generate
                gens = [engine.submit(GenerationRequest(p, params)) for p in pair]
                runs[draft] += [g.collect() for g in gens]
            stats = engine.stats()
        finally:
            engine.close()
        assert (stats["draft_tokens"] > 0) == (draft > 0)
    assert stats["draft_tokens_accepted"] >= 20, stats  # the copies were drafted and kept
    identical = 0
    for (plain, _, plain_lps), (drafted, _, drafted_lps) in zip(runs[0], runs[8]):
        assert [lp.token for lp in drafted_lps] and "".join(lp.token for lp in drafted_lps) == drafted
        if plain == drafted:
            identical += 1
            continue
        at = next(i for i, (a, b) in enumerate(zip(plain_lps, drafted_lps)) if a.token != b.token)
        best, second = plain_lps[at].top_logprobs[:2]
        assert best.logprob - second.logprob < 0.5, (plain, drafted, at, best, second)
    assert identical >= len(COPY_PROMPTS) // 2
