"""One MeCab tagger per process: every thread shares it, and its dictionary is mapped once."""

import threading
from pathlib import Path

from kogata.kb.terms import terms
from kogata.mecab import parse
from kogata.route.privacy.morphology import analyse
from kogata.tasks.classifier.features import words


def _dictionary_mappings() -> int:
    return sum(line.rstrip().endswith("sys.dic") for line in Path("/proc/self/maps").read_text().splitlines())


def test_threads_share_one_dictionary():
    parse("最初の解析")
    before = _dictionary_mappings()
    assert before == 1
    results, errors = [], []

    def work(i):
        try:
            text = f"東京都の山田太郎さんが{i}回目の請求書を送りました"
            results.append((terms(text), words(text), [m.surface for m in analyse(text)]))
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(12)]  # as a server's pool starts threads
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert _dictionary_mappings() == before
    first = results[0]
    assert "w:請求" in first[0] and "送る" in first[1] and "山田" in first[2]


def test_parse_copies_words_out_of_the_lattice():
    a = parse("ＡＢＣ株式会社の田中です")
    b = parse("全く別の文を解析しても")
    assert "".join(w.surface for w in a) == "ＡＢＣ株式会社の田中です"  # still a's words after b's parse
    assert "".join(w.surface for w in b) == "全く別の文を解析しても"
    assert [w.feature.pos1 for w in a if w.surface == "田中"] == ["名詞"]
