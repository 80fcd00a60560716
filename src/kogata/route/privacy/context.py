"""Words around a match that make it personal data, or make it something else (an order number)."""

from __future__ import annotations

import re

# A label right before a number that says the number is not personal data: 注文番号: 0312345678.
_SUFFIX = r"(?:番号|no\.?|number|num|id|#|コード|code|ナンバー)"
_NOT_PERSONAL = re.compile(
    # words that name a numbered thing by themselves (注文 0312345678, order 555-123-4567)
    r"(?<![A-Za-z])(?:(?:注文|受注|発注|伝票|請求書?|見積書?|追跡|品|型|製品|商品|部品|製造|シリアル|チケット|ロット|バージョン|"
    r"品番|バーコード|JAN|EAN|UPC|ISBN|GTIN|ASIN|"
    r"order|invoice|inv|tracking|ticket|sku|product|part|serial|model|ref|reference|receipt|booking|barcode|article|"
    r"authori[sz]ation|auth|rma|return|shipment|parcel|membership|loyalty|policy|claim|"
    r"reservation|case|po|item|lot|batch|version|ver|build|job|transaction|txn|confirmation|request|req)"
    rf"\s*{_SUFFIX}?"
    # and words that do so only with 番号, no. or ID (お問い合わせ番号 is one; お問い合わせは 03-… is a phone)
    r"|(?:受付|問い?合わせ|問合せ|予約|案件|契約|会員|社員|顧客|お客様|荷物|お荷物|配送|管理|member|customer|account)"
    rf"\s*{_SUFFIX})"
    r"\s*[:：#.]?\s*(?:は|が)?\s*$",
    re.IGNORECASE,
)


def before(text: str, start: int, width: int = 24) -> str:
    """The text on the same line before `start`, at most `width` characters."""
    window = text[max(0, start - width):start]
    return window.rsplit("\n", 1)[-1]


def labelled_not_personal(norm: str, start: int) -> bool:
    return _NOT_PERSONAL.search(before(norm, start)) is not None
