"""Japanese person names: MeCab's proper-noun tags (UniDic: 名詞,固有名詞,人名,姓/名) joined into full
names, kept when the context says person (さん, 様, 担当, 氏名: …) or the name is unambiguous."""

from __future__ import annotations

import re
from typing import Iterator

from .entities import PERSON, Detection, Document, Morpheme

HONORIFICS = frozenset({
    "さん", "様", "さま", "サマ", "氏", "先生", "殿", "くん", "君", "ちゃん", "部長", "課長", "社長", "係長", "主任",
    "専務", "常務", "所長", "店長", "会長", "室長", "次長", "教授", "弁護士", "税理士", "医師", "委員長", "副社長",
})
# What follows a surname that makes it a company, place or thing: 佐藤製薬, 中野駅, 豊田市.
_NOT_A_PERSON_AFTER = re.compile(
    r"^(?:株式会社|製薬|商事|商店|銀行|工業|建設|電機|電気|病院|医院|クリニック|駅|線|町|市|区|県|村|郡|通り|"
    r"大学|高校|学校|中学|小学校|店|屋|賞|産業|証券|生命|保険|物産|製作所|自動車|技研|グループ|ホールディングス|"
    r"工務店|運輸|食品|化学|重工|通信|新聞|出版|不動産|家具|書店|ビル|港|川|山|橋|城|寺|神社|公園|町内)"
)
_NOT_A_PERSON_BEFORE = re.compile(r"(?:株式会社|\(株\)|（株）|㈱|有限会社)\s?$")
# Context before a name that says it is one: 担当の, 氏名：, 差出人, 私、, 宛先 …
_CUE_BEFORE = re.compile(r"(?:担当者?|氏名|名前|お名前|宛名|差出人|申込者|署名|依頼者|連絡先|責任者|代表者?|出席者|参加者|作業者|確認者|"
                         r"承認者|申請者|記入者|センター|→|"
                         r"私|わたくし|弊社の|当社の|営業の|from|to)\s*[:：の、は]?\s*$", re.IGNORECASE)
# Context after a name: です, と申します, より, から, が担当 …
_CUE_AFTER = re.compile(r"^\s*(?:です|と申します|といいます|と言います|でございます|より|から|が担当|に代わり|まで)")

# A surname or name by itself where the sentence says person: 林です after a greeting, 原という店員.
_SELF_INTRODUCTION = re.compile(r"(?:お世話になっております|お世話になります|お疲れ様です|お疲れさまです)[。、]?\s*"
                                r"(?:[^\s。、]{1,16}の)?([一-龥々]{1,4})(?:です|と申します)")
_CALLED = re.compile(r"(?<![一-龥々])([一-龥々]{1,4})(?:という|と名乗る|と名のる)(?:店員|担当者?|社員|方|人|者|スタッフ|係)")
# Names in kana where a form or an honorific says so: お名前：ハヤシ　ケンタ, ひらの まこと 様, and the reading
# in brackets after a name: 森田 彩花（もりた あやか）.
_KANA_NAME = r"(?:[ァ-ヴー]{1,8}[ 　][ァ-ヴー]{1,8}|[ぁ-ん]{1,8}[ 　][ぁ-ん]{1,8}|[ｦ-ﾟ]{1,10} [ｦ-ﾟ]{1,10})"
_KANA_LABELLED = re.compile(rf"(?:氏名|お名前|名前|受取人|名義|フリガナ|ふりがな|カナ|よみがな)\s*[:：]\s*({_KANA_NAME})")
_KANA_HONORIFIC = re.compile(rf"(?<![ぁ-んァ-ヴー])({_KANA_NAME})\s?(?:様|さん|さま|くん|ちゃん)")
_READING = re.compile(rf"[（(]({_KANA_NAME}|[ぁ-ん]{{2,10}}|[ァ-ヴー]{{2,10}})[）)]")
# A given name after a surname that MeCab does not know as one: 小林　凛, 渡辺ひなた.
_GIVEN = re.compile(r"[一-龥々]{1,3}|[ぁ-ん]{2,4}|[ァ-ヴー]{2,5}")
_AFTER_GIVEN = re.compile(r"^(?:$|[\s、。,.!?！？()（）「」『』:：/]|です|と申します|でございます|より|から|が担当|" +
                          "|".join(sorted(HONORIFICS, key=len, reverse=True)) + ")")
_JAPANESE = re.compile(r"[ぁ-ヿ一-龥]")
_KATAKANA = re.compile(r"^[ァ-ヴー・＝]+$")
_KANA_OR_KANJI = re.compile(r"^[一-龥々ぁ-んァ-ヴー]+$")


def _is_name(m: Morpheme) -> bool:
    return m.pos[0] == "名詞" and m.pos[1] == "固有名詞" and m.pos[2] == "人名"


def _is_proper(m: Morpheme) -> bool:
    """A kanji proper noun of another kind: many surnames are also place names (中野, 平野)."""
    return m.pos[1] == "固有名詞" and m.pos[2] in ("地名", "一般") and re.fullmatch(r"[一-龥々]+", m.surface) is not None


def _runs(morphemes: list[Morpheme], text: str) -> Iterator[tuple[int, int]]:
    """Index ranges [i, j) of consecutive name morphemes, allowing one space or ・ between them."""
    i = 0
    while i < len(morphemes):
        if not _is_name(morphemes[i]):
            i += 1
            continue
        j = i + 1
        while j < len(morphemes) and _is_name(morphemes[j]) and text[morphemes[j - 1].end:morphemes[j].start] in ("", " ", "\u3000"):
            j += 1
        while (j + 1 < len(morphemes) and morphemes[j].surface in ("・", "＝") and _is_name(morphemes[j + 1])):
            j += 2
        yield i, j
        i = j


def _honorific_at(morphemes: list[Morpheme], k: int) -> bool:
    return 0 <= k < len(morphemes) and morphemes[k].surface in HONORIFICS


def japanese_names(doc: Document) -> Iterator[Detection]:
    if not _JAPANESE.search(doc.text):
        return
    text, ms = doc.text, doc.morphemes
    taken: set[int] = set()
    for i, j in _runs(ms, text):
        start = ms[i].start
        if _NOT_A_PERSON_AFTER.match(text[ms[j - 1].end:]) or _NOT_A_PERSON_BEFORE.search(text[max(0, start - 12):start]):
            continue
        # A surname followed by one or two unknown pieces and an honorific: 山田陽翔様 (陽翔 unknown).
        if not _honorific_at(ms, j):
            for extra in (1, 2):
                pieces = ms[j:j + extra]
                if (len(pieces) == extra and _honorific_at(ms, j + extra)
                        and all(_KANA_OR_KANJI.match(p.surface) and p.pos[0] in ("名詞", "接頭辞", "接尾辞") for p in pieces)):
                    j += extra
                    break
        if j < len(ms) and ms[j - 1].pos[3] == "姓" and not _honorific_at(ms, j):
            gap = text[ms[j - 1].end:ms[j].start]
            piece = ms[j]
            if (gap in ("", " ", "\u3000") and piece.pos[0] == "名詞" and piece.surface not in HONORIFICS
                    and _GIVEN.fullmatch(piece.surface) and (gap or not re.fullmatch(r"[一-龥々]+", piece.surface))
                    and _AFTER_GIVEN.match(text[piece.end:])):
                j += 1
        end = ms[j - 1].end
        after, before = text[end:end + 12], text[max(0, start - 12):start]
        kinds = {m.pos[3] for m in ms[i:j] if _is_name(m)}
        context = _honorific_at(ms, j) or _CUE_BEFORE.search(before) or _CUE_AFTER.match(after)
        full = "姓" in kinds and "名" in kinds
        foreign = _KATAKANA.match(text[start:end]) is not None and end - start >= 3  # ゲイリー, ジョン・スミス
        plausible = end - start >= 2 and (kinds & {"姓", "名"} or foreign)
        if context or full or plausible:
            taken.update(range(i, j))
            yield Detection(PERSON, start, end)
    for pattern in (_SELF_INTRODUCTION, _CALLED, _KANA_LABELLED, _KANA_HONORIFIC):
        for m in pattern.finditer(text):
            yield Detection(PERSON, m.start(1), m.end(1))
    name_ends = {ms[k].end for k in taken}
    for m in _READING.finditer(text):
        if m.start() in name_ends:
            yield Detection(PERSON, m.start(1), m.end(1))
    # Other kanji proper nouns right before an honorific (中野さん, 平野様) or listed with names (松本、田中).
    for k, m in enumerate(ms):
        listed = any(0 <= n < len(ms) and ms[n].surface == "、" and (n + (n - k)) in taken for n in (k - 1, k + 1))
        if (k not in taken and _is_proper(m) and (_honorific_at(ms, k + 1) or listed)
                and not _NOT_A_PERSON_AFTER.match(m.surface[-2:]) and not _NOT_A_PERSON_AFTER.match(m.surface[-1:])):
            yield Detection(PERSON, m.start, m.end)
