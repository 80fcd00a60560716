"""`kogata export` (adapter merged into its base, one standalone quantized GGUF) and `kogata quantize`
(llama.cpp's quantizer with a perplexity report), on the real default model."""

import json

import numpy as np
import pytest
from helpers import run_kogata
from test_adapters_real import BASE, _random_adapter

from kogata.engine.llama_model import LlamaModel
from kogata.models.adapters import AdapterStore
from kogata.tune.quantize import compare, quantize, sample_text
from kogata.tune.reference import LlamaReference, compare_logits


@pytest.fixture(scope="module")
def home(real_store, tmp_path_factory):
    home = tmp_path_factory.mktemp("export-home")
    (home / "models").symlink_to(real_store.root)
    base = real_store.get(BASE)
    file = home / "a.gguf"
    _random_adapter(base.path, file, 0)
    AdapterStore.in_home(home).install("style-a", file, {"base": BASE, "base_sha256": base.sha256, "metrics": {}})
    return home


def test_export_writes_a_standalone_model_that_matches_base_plus_adapter(home, real_store, tmp_path):
    out = tmp_path / "merged.gguf"
    r = run_kogata(home, "export", "style-a", str(out), "--quant", "q8_0")
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout.strip().splitlines()[-1])
    check = report["vs_base_plus_adapter"]
    assert check["top1_agreement"] >= 0.9 and check["mean_kl"] < 0.05, report

    # loaded on its own (no adapter), it computes what base+adapter computes, not what the base does
    base = real_store.get(BASE).path
    adapter = AdapterStore.in_home(home).get("style-a").path
    vocab = LlamaModel(base, vocab_only=True)
    tokens = vocab.tokenize(sample_text(), add_bos=vocab.add_bos)[:256]
    vocab.close()

    def logits(path, **kw):
        ref = LlamaReference(path, n_ctx=256, threads=2, **kw)
        try:
            return ref.logits(tokens)
        finally:
            ref.close()

    with_adapter = logits(base, adapter=adapter)
    exported = compare_logits(with_adapter, logits(out))
    base_only = compare_logits(with_adapter, logits(base))
    assert exported.top1 >= 0.9 and exported.mean_kl < 0.05, exported
    assert base_only.mean_kl > 5 * exported.mean_kl, (base_only, exported)
    assert not list(tmp_path.glob(".kogata-export-*"))  # the unquantized intermediate is gone


def test_show_describes_an_adapter(home):
    r = run_kogata(home, "show", "style-a", "--json")
    assert r.returncode == 0, r.stderr
    fields = json.loads(r.stdout)
    assert fields["kind"] == "adapter" and fields["base"] == BASE and fields["base_sha256"]


def test_export_errors_are_one_line_and_leave_nothing(home, tmp_path):
    r = run_kogata(home, "export", "style-a", str(tmp_path / "x.gguf"), "--quant", "q9_9")
    assert r.returncode != 0 and "unknown quantization type 'q9_9'" in r.stderr and "Traceback" not in r.stderr
    r = run_kogata(home, "export", "nope", str(tmp_path / "x.gguf"))
    assert r.returncode != 0 and "unknown adapter 'nope'" in r.stderr and "Traceback" not in r.stderr
    assert not list(tmp_path.iterdir())


def test_quantize_reports_what_a_smaller_file_costs(home, real_store, tmp_path):
    source = real_store.get(BASE).path
    same = compare(source, source, sample_text(), max_tokens=512)
    assert same.mean_kl < 1e-6 and same.top1 == 1.0 and np.isclose(same.perplexity_in, same.perplexity_out)

    r = run_kogata(home, "quantize", str(source), str(tmp_path / "q8.gguf"), "--type", "q8_0")
    assert r.returncode == 0, r.stderr
    q8 = json.loads(r.stdout.strip().splitlines()[-1])
    quantize(source, tmp_path / "q2.gguf", "q2_k")
    q2 = compare(source, tmp_path / "q2.gguf", sample_text())
    assert q8["tokens"] == q2.tokens > 1000
    assert q8["mean_kl"] < q2.mean_kl and q8["top1_agreement"] > q2.top1
    assert q2.perplexity_out > q2.perplexity_in
    assert (tmp_path / "q2.gguf").stat().st_size < (tmp_path / "q8.gguf").stat().st_size

    r = run_kogata(home, "quantize", str(tmp_path / "missing.gguf"), str(tmp_path / "o.gguf"), "--type", "q8_0")
    assert r.returncode != 0 and "is not a GGUF file" in r.stderr and "Traceback" not in r.stderr
