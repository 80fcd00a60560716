"""Check digits that tell a real identifier from any other run of digits, from python-stdnum (the
maintained implementations of ISO 7812 Luhn, ISO 13616 IBAN, ISO 9362 BIC, EAN/JAN, ISBN and Japan's
My Number and corporate number)."""

from __future__ import annotations

from stdnum import bic, ean, iban, isbn, luhn
from stdnum.exceptions import ValidationError
from stdnum.jp import cn, in_


def luhn_valid(number: str) -> bool:
    """Credit-card numbers (ISO/IEC 7812): the Luhn mod-10 check over all digits."""
    return len(number) > 1 and luhn.is_valid(number)


def my_number_valid(number: str) -> bool:
    """個人番号 (My Number): 12 digits, the last a check digit (総務省令第85号 第5条)."""
    return len(number) == 12 and number.isdigit() and in_.is_valid(number)


def corporate_number_valid(number: str) -> bool:
    """法人番号 (corporate number): 13 digits, the first a check digit (財務省令第70号 第2条)."""
    return len(number) == 13 and number.isdigit() and cn.is_valid(number)


def iban_valid(text: str) -> bool:
    """An IBAN, spaces allowed: the country's length and format and the mod-97 check. The national
    check digits inside the account part are not asked for: an IBAN with a typo there is still one."""
    try:
        iban.validate(text, check_country=False)
    except ValidationError:
        return False
    return True


def bic_valid(text: str) -> bool:
    """A SWIFT/BIC code: bank, ISO country, location and optional branch."""
    return bic.is_valid(text)


def product_code_valid(number: str) -> bool:
    """An EAN-13/JAN, EAN-8, UPC-A or ISBN-10/13 check digit."""
    return ean.is_valid(number) or isbn.is_valid(number)
