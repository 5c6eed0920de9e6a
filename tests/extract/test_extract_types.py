"""The extraction records behave as frozen dataclasses, compiled (native classes) or pure Python alike."""
import copy
import dataclasses
import pickle

import pytest

from checker.extract.types import ClaimCandidate, DateMention, Quantity, Reason, Sentence

UNIT = Sentence(0, 7, "قال ذلك", "sentence", "ar")
RECORDS = [
    (Sentence, {"start": 3, "end": 9, "text": "Hello.", "kind": "headline", "language": "en"}),
    (Sentence, {"start": 0, "end": 7, "text": "قال ذلك", "kind": "sentence", "language": "ar"}),
    (Reason, {"code": "date", "label": "Mentions a date or deadline", "evidence": "أمس", "start": 0, "end": 3}),
    (Reason, {"code": "quantity", "label": "Contains a number", "evidence": "50 people", "start": 4, "end": 13}),
    (Quantity, {"value": 50000.0, "text": "50 ألف", "unit": "جندي", "measure": ""}),
    (Quantity, {"value": 2.5, "text": "2.5%", "unit": "%", "measure": "%"}),
    (DateMention, {"text": "5 يناير", "year": None, "month": 1, "day": 5, "calendar": "gregorian", "inferred": False,
                   "relative": False}),
    (DateMention, {"text": "last month", "year": 2021, "month": 11, "day": None, "calendar": "gregorian",
                   "inferred": True, "relative": True}),
    (ClaimCandidate, {"sentence": UNIT, "position": 2, "score": 0.61, "reasons": (), "claim_type": "quote",
                      "quantities": (), "dates": (), "speaker": "الوزير", "is_claim": True, "speaker_start": 0,
                      "speaker_end": 6, "extra": {"note": 1}}),
]


@pytest.mark.parametrize("cls, values", RECORDS)
def test_a_record_is_a_frozen_dataclass(cls, values):
    made = cls(**values)
    assert dataclasses.is_dataclass(made) and type(made) is cls
    assert [f.name for f in dataclasses.fields(made)] == list(values)
    assert dataclasses.asdict(made) == {k: dataclasses.asdict(v) if k == "sentence" else v for k, v in values.items()}
    assert made == cls(*values.values()) and hash(made) == hash(cls(*values.values()))
    assert repr(made).startswith(f"{cls.__name__}(") and all(f"{name}=" in repr(made) for name in values)
    name = next(iter(values))
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(made, name, values[name])
    with pytest.raises(dataclasses.FrozenInstanceError):
        delattr(made, name)


@pytest.mark.parametrize("cls, values", RECORDS)
def test_a_record_copies_pickles_and_replaces(cls, values):
    made = cls(**values)
    for twin in (copy.copy(made), copy.deepcopy(made), pickle.loads(pickle.dumps(made))):
        assert type(twin) is cls and twin == made and dataclasses.asdict(twin) == dataclasses.asdict(made)
    name, value = next(iter(values.items()))
    changed = dataclasses.replace(made, **{name: value})
    assert changed == made and changed is not made


@pytest.mark.parametrize(
    "cls, values, defaults",
    [(Sentence, {"start": 0, "end": 5, "text": "Hello"}, {"kind": "sentence", "language": "ar"}),
     (Quantity, {"value": 3.0, "text": "ثلاثة"}, {"unit": "", "measure": ""}),
     (DateMention, {"text": "2020", "year": 2020, "month": None, "day": None},
      {"calendar": "gregorian", "inferred": False, "relative": False}),
     (ClaimCandidate, {"sentence": UNIT, "position": 0, "score": 0.1},
      {"reasons": (), "claim_type": "other", "quantities": (), "dates": (), "speaker": "", "is_claim": False,
       "speaker_start": -1, "speaker_end": -1, "extra": {}})],
)
def test_a_record_fills_its_defaults(cls, values, defaults):
    made = cls(**values)
    assert {name: getattr(made, name) for name in defaults} == defaults


def test_each_candidate_has_its_own_extra_and_extra_is_not_compared():
    first, second = ClaimCandidate(UNIT, 0, 0.5), ClaimCandidate(UNIT, 0, 0.5)
    first.extra["seen"] = True
    assert second.extra == {} and first == second and hash(first) == hash(second)


@pytest.mark.parametrize(
    "values",
    [{"start": 0, "end": 1},  # a field without a default left out
     {"start": 0, "end": 1, "text": "a", "kind": "sentence", "language": "en", "colour": "red"}],  # an unknown one
)
def test_a_record_needs_its_fields(values):
    with pytest.raises(TypeError):
        Sentence(**values)
