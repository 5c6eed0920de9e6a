"""Text room: Arabic and English normalisation and language detection (pure)."""
from checker.text.language import detect_language, letter_counts
from checker.text.normalise import (
    fold_with_offsets,
    fold_with_origin,
    normalise_arabic,
    normalise_for_search,
    search_tokens,
    source_span,
    to_ascii_digits,
)

__all__ = [
    "detect_language",
    "fold_with_offsets",
    "fold_with_origin",
    "letter_counts",
    "normalise_arabic",
    "normalise_for_search",
    "search_tokens",
    "source_span",
    "to_ascii_digits",
]
