"""Plain records the extraction room hands to the rest of Checker."""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import TypeVar

Record = TypeVar("Record")

# Unit kinds: only "sentence" units may be queued as claims.
UNIT_KINDS = ("sentence", "dateline", "headline", "subhead", "caption")


@dataclass(frozen=True)
class Sentence:
    """One unit of an article: `body[start:end] == text`."""

    start: int
    end: int
    text: str
    kind: str = "sentence"
    language: str = "ar"


@dataclass(frozen=True)
class Reason:
    """Why a unit looks check-worthy, pointing at the words that triggered it."""

    code: str  # quantity, date, attribution, denial, casualties, money, percentage, comparison, vote, prediction
    label: str  # short English label; the web layer translates it
    evidence: str  # the triggering words as they appear in the unit
    start: int  # offsets relative to the unit's text
    end: int


@dataclass(frozen=True)
class Quantity:
    """A number read from a unit, with what it measures (ANNOTATION.md) and what to show beside it."""

    value: float
    text: str
    unit: str = ""  # shown beside the number: the measure, or for a plain count the word it counts ("جندي")
    measure: str = ""  # ANNOTATION.md's unit: ISO currency, "%", "percentage point", a time unit; "" for a count


@dataclass(frozen=True)
class DateMention:
    """A date read from a unit: ISO text with what is known (year may be missing)."""

    text: str
    year: int | None
    month: int | None
    day: int | None
    calendar: str = "gregorian"  # or "hijri": then year, month and day are Hijri
    inferred: bool = False  # the year was not written: it comes from the article's date
    relative: bool = False  # "last month", "أمس": resolved against the publication date when known

    @property
    def iso(self) -> str:
        """The date as far as it is known: YYYY-MM-DD, --MM-DD, YYYY-MM or YYYY."""
        if self.year and self.month and self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month and self.day:
            return f"--{self.month:02d}-{self.day:02d}"
        if self.year and self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}" if self.year else ""


@dataclass(frozen=True)
class ClaimCandidate:
    """A scored unit of an article; `is_claim` says whether it enters the queue."""

    sentence: Sentence
    position: int
    score: float
    reasons: tuple[Reason, ...] = ()
    claim_type: str = "other"  # statistic, quote, denial, event, prediction, other
    quantities: tuple[Quantity, ...] = ()
    dates: tuple[DateMention, ...] = ()
    speaker: str = ""
    is_claim: bool = False
    speaker_start: int = -1  # offsets of `speaker` in the unit's text; -1 when there is none
    speaker_end: int = -1
    extra: dict = field(default_factory=dict, compare=False, hash=False)


_FIELD_NAMES: dict[type, frozenset[str]] = {}


def record(cls: type[Record], **values) -> Record:
    """cls(**values) for a frozen record, every field given, without the generated __init__.

    A frozen dataclass's __init__ sets each field through object.__setattr__; extraction makes a unit and a
    candidate for every sentence of every article, so the pipeline fills the instance's dictionary at once.
    """
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = frozenset(f.name for f in fields(cls))
    if names.symmetric_difference(values):
        raise TypeError(f"{cls.__name__} needs exactly the fields {sorted(names)}")
    instance = object.__new__(cls)
    instance.__dict__.update(values)
    return instance
