"""Reading record ids from URLs and forms: ASCII digits only, within what a 64-bit database column holds."""
from __future__ import annotations

import re

MAX_ID = 2**63 - 1  # BIGINT / SQLite INTEGER; PostgreSQL's INTEGER ids are smaller, and such an id is just absent
_ASCII_DIGITS = re.compile(r"[0-9]{1,19}")
# Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits, accepted only where a caller asks for them.
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def parse_id(value: object, minimum: int = 1, arabic_digits: bool = False) -> int | None:
    """The id in `value` ("42"), or None for anything else: signs, spaces, "²", "4.0", "0x1f", out of range.

    `str.isdigit` accepts "²" and "١", and `int()` accepts " 42\\n", "+42" and "4_2"; neither is an id.
    Arabic-Indic digits are read only with `arabic_digits=True` (a number a person typed in a form).
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        number = value
    elif isinstance(value, str):
        text = value.translate(_ARABIC_DIGITS) if arabic_digits else value
        if not _ASCII_DIGITS.fullmatch(text):
            return None
        number = int(text)
    else:
        return None
    return number if minimum <= number <= MAX_ID else None
