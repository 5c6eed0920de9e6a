"""Properties every split must keep, on arbitrary Unicode and on article-like text."""
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.extract import split_sentences


def _has_content(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _check_units(text: str) -> None:
    units = split_sentences(text)
    previous_end = 0
    for unit in units:
        assert text[unit.start:unit.end] == unit.text
        assert unit.text and unit.text == unit.text.strip()
        assert unit.start >= previous_end  # in order, never overlapping
        previous_end = unit.end
        if _has_content(text):
            assert _has_content(unit.text), f"punctuation-only unit {unit.text!r}"
    if not _has_content(text):
        assert len(units) <= 1
    # Every non-space character is covered exactly once, in order.
    covered = "".join(ch for unit in units for ch in unit.text if not ch.isspace())
    assert covered == "".join(ch for ch in text if not ch.isspace())


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_split_arbitrary_unicode(text):
    _check_units(text)


# Article-like text: words, Arabic and Latin punctuation, quotes and line breaks.
_PIECES = st.sampled_from(
    ["قال", "الوزير", "إنّ", "50", "٢٫٥", "U.S.", "Dr.", "د.", "J.", "The", "said", "داعش",
     ".", "..", "...", "…", "؟", "?", "!", "؛", "،", ":", "\"", "«", "»", "(", ")",
     " ", " ", " ", "\n", "\n\n", "إيلاف من لندن:", "LONDON:", "BAGHDAD (Reuters) -"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_split_article_like_text(text):
    _check_units(text)
