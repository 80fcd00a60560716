"""Words around a match that make it personal data, or make it something else (an order number)."""

from __future__ import annotations

import re

# A label right before a number that says the number is not personal data: 注文番号: 0312345678.
_NOT_PERSONAL = re.compile(
    r"(?:注文|受注|発注|伝票|請求書?|見積書?|管理|受付|問い?合わせ|問合せ|追跡|配送|品|型|製品|商品|部品|製造|シリアル|"
    r"予約|チケット|案件|契約|会員|社員|顧客|ロット|バージョン|品番|バーコード|JAN|EAN|UPC|ISBN|GTIN|ASIN|"
    r"order|invoice|inv|tracking|ticket|sku|product|part|serial|model|ref|reference|receipt|booking|barcode|article|"
    r"reservation|case|po|item|lot|batch|version|ver|build|job|transaction|txn|confirmation|request|req)"
    r"\s*(?:番号|no\.?|number|num|id|#|コード|code|ナンバー)?\s*[:：#.]?\s*(?:は|が)?\s*$",
    re.IGNORECASE,
)


def before(text: str, start: int, width: int = 24) -> str:
    """The text on the same line before `start`, at most `width` characters."""
    window = text[max(0, start - width):start]
    return window.rsplit("\n", 1)[-1]


def labelled_not_personal(norm: str, start: int) -> bool:
    return _NOT_PERSONAL.search(before(norm, start)) is not None
