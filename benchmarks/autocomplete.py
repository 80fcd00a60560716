"""Autocomplete as a user types: a 300-character Japanese text and a 300-character English text typed one
character at a time, 50 ms apart, asking for 8 tokens after each keystroke (greedy), against `kogata serve`
(`/v1/completions` with `client_id`) and llama.cpp's `llama-server` (`/completion` with `cache_prompt`),
one server at a time, same model, same machine.

A keystroke's request goes out 50 ms after the previous keystroke or when the previous answer has come,
whichever is later (a slow server is not given a pile of requests it would then be measured on). Prints,
per server and text, p50/p95 latency to the last token and the median prompt tokens each request had to
prefill (prompt tokens not taken from the cache), then the ratio kogata / llama-server.

    bash benchmarks/build_llama_server.sh
    python benchmarks/autocomplete.py [--model gemma3-270m] [--threads 2] [--servers kogata,llama-server]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

import httpx

from servers import ManagedServer, ServerConfig, exit_on_sigterm, log, resolve_model

INTERVAL_S = 0.05
TEXTS = {
    "ja": ("お世話になっております。株式会社小型の田中です。先日ご依頼いただいた見積書について、内容を一部修正いたしましたので"
           "改めてお送りいたします。主な変更点は、納期を十二月二十日から一月十日に変更したこと、数量を百個から百二十個に"
           "増やしたこと、送料を当社負担としたことの三点です。ご確認のうえ、問題がなければ今週金曜日までにご返信いただけ"
           "ますと幸いです。ご不明な点がございましたら、お気軽にお問い合わせください。引き続きどうぞよろしくお願いいたします。"
           "なお、来月より請求書の送付方法が電子メールに変わりますので、あわせてご承知おきください。"
           "また、年末年始は十二月二十九日から翌年の一月三日まで休業となります。"),
    "en": ("Thank you for your order of last week. We have checked the stock of the items you asked for, and all of "
           "them can be shipped from our Osaka warehouse on Monday. The invoice will be sent by e-mail once the goods "
           "leave the warehouse. If you would like to change the delivery address or the date, please let us know "
           "before Friday noon. We look forward to working with you again."),
}


def keystrokes(server: ManagedServer, model: str, text: str) -> tuple[list[float], list[int]]:
    latencies, prefilled = [], []
    with httpx.Client(base_url=server.base_url, timeout=60) as http:
        for i in range(1, len(text) + 1):
            started = time.perf_counter()
            if server.name == "kogata":
                r = http.post("/v1/completions", json={"model": model, "prompt": text[:i], "max_tokens": 8,
                                                        "temperature": 0, "client_id": "typist"})
                usage = r.raise_for_status().json()["usage"]
                fresh = usage["prompt_tokens"] - usage["prompt_tokens_details"]["cached_tokens"]
            else:
                r = http.post("/completion", json={"prompt": text[:i], "n_predict": 8, "temperature": 0,
                                                    "cache_prompt": True})
                fresh = r.raise_for_status().json()["timings"]["prompt_n"]
            elapsed = time.perf_counter() - started
            latencies.append(elapsed * 1000)
            prefilled.append(fresh)
            time.sleep(max(0.0, INTERVAL_S - elapsed))
    return latencies, prefilled


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def main() -> None:
    exit_on_sigterm()
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="gemma3-270m")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--servers", default="kogata,llama-server")
    args = ap.parse_args()
    cfg = ServerConfig(resolve_model(args.model), parallel=2, ctx_size=4096, threads=args.threads)
    results: dict[tuple[str, str], tuple[float, float]] = {}
    for name in args.servers.split(","):
        server = ManagedServer.start(name, cfg)
        try:
            for lang, text in TEXTS.items():
                keystrokes(server, args.model, text[:20])  # warm-up
                log(f"{name}: typing {len(text)} characters ({lang})")
                latencies, prefilled = keystrokes(server, args.model, text[:300])
                results[(name, lang)] = (statistics.median(latencies), p95(latencies))
                print(json.dumps({"bench": "autocomplete", "server": name, "model": args.model, "text": lang,
                                  "keystrokes": len(latencies), "p50_ms": round(statistics.median(latencies), 1),
                                  "p95_ms": round(p95(latencies), 1),
                                  "median_prefilled_tokens": statistics.median(prefilled)}), flush=True)
        finally:
            server.stop()
    for lang in TEXTS:
        if ("kogata", lang) in results and ("llama-server", lang) in results:
            ours, theirs = results[("kogata", lang)], results[("llama-server", lang)]
            print(json.dumps({"bench": "autocomplete", "ratio": "kogata/llama-server", "text": lang,
                              "p50": round(ours[0] / theirs[0], 3), "p95": round(ours[1] / theirs[1], 3)}))


if __name__ == "__main__":
    main()
