"""Pathological inputs: every unit still indexes the text and nothing is lost (their timing is in bench/)."""
import pytest

from checker.extract import extract_claims

SIZE = 2_000
# The same inputs are timed at ten times this size by bench/extract_speed.py (worst-case section).
WORST_CASES = [
    "a. " * (SIZE // 3),
    "." * SIZE,
    "." * SIZE + "x",
    "1," * (SIZE // 2),
    "(" * SIZE + "x",
    "A" * SIZE + ":",
    "قال " * (SIZE // 4),
    "said, " * (SIZE // 6),
    "?" * SIZE + "x",
    "5 يناير 2020 " * (SIZE // 13),
    "كلمة " * (SIZE // 5),
]


@pytest.mark.parametrize("text", WORST_CASES, ids=lambda t: repr(t[:12]))
def test_pathological_text_is_split_without_loss(text):
    candidates = extract_claims(text)
    covered = "".join(c.sentence.text for c in candidates)
    assert "".join(text.split()) == "".join(covered.split())
    for candidate in candidates:
        unit = candidate.sentence
        assert text[unit.start:unit.end] == unit.text
        assert 0.0 <= candidate.score <= 1.0
