"""record(): the pipeline's quick way to make a frozen record gives what the class itself would."""
import dataclasses

import pytest

from checker.extract.types import ClaimCandidate, Reason, Sentence, record

UNIT = Sentence(0, 5, "قال ذلك", "sentence", "ar")


@pytest.mark.parametrize(
    "cls, values",
    [(Sentence, {"start": 3, "end": 9, "text": "Hello.", "kind": "headline", "language": "en"}),
     (Reason, {"code": "date", "label": "Mentions a date or deadline", "evidence": "أمس", "start": 0, "end": 3}),
     (ClaimCandidate, {"sentence": UNIT, "position": 2, "score": 0.61, "reasons": (), "claim_type": "quote",
                       "quantities": (), "dates": (), "speaker": "الوزير", "is_claim": True, "speaker_start": 0,
                       "speaker_end": 6, "extra": {}})],
)
def test_record_equals_the_constructor(cls, values):
    made, built = record(cls, **values), cls(**values)
    assert type(made) is cls
    assert made == built and hash(made) == hash(built)
    assert dataclasses.asdict(made) == dataclasses.asdict(built)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.start = 1  # still frozen


@pytest.mark.parametrize(
    "values",
    [{"start": 0, "end": 1, "text": "a", "kind": "sentence"},  # a field left out (even one with a default)
     {"start": 0, "end": 1, "text": "a", "kind": "sentence", "language": "en", "colour": "red"}],  # an unknown one
)
def test_record_needs_exactly_the_fields(values):
    with pytest.raises(TypeError):
        record(Sentence, **values)
