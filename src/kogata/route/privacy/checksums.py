"""Check digits that tell a real identifier from any other run of digits."""

from __future__ import annotations


def luhn_valid(number: str) -> bool:
    """Credit-card numbers (ISO/IEC 7812): the Luhn mod-10 check over all digits."""
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return len(number) > 1 and total % 10 == 0


def my_number_check_digit(first11: str) -> int:
    """個人番号 (My Number): the 12th digit from the first 11 (総務省令第85号 第5条)."""
    total = 0
    for n, ch in enumerate(reversed(first11), start=1):
        q = n + 1 if n <= 6 else n - 5
        total += int(ch) * q
    remainder = total % 11
    return 0 if remainder <= 1 else 11 - remainder


def my_number_valid(number: str) -> bool:
    return len(number) == 12 and number.isdigit() and my_number_check_digit(number[:11]) == int(number[11])


def corporate_check_digit(base12: str) -> int:
    """法人番号 (corporate number): the leading digit from the other 12 (財務省令第70号 第2条)."""
    total = sum(int(ch) * (1 if n % 2 else 2) for n, ch in enumerate(reversed(base12), start=1))
    return 9 - total % 9


def corporate_number_valid(number: str) -> bool:
    return len(number) == 13 and number.isdigit() and corporate_check_digit(number[1:]) == int(number[0])
