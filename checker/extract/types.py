"""Plain records the extraction room hands to the rest of Checker.

Each record is a frozen dataclass (equality, hash, repr, `dataclasses.asdict`/`replace`/`fields` as usual) with its
`__init__` written out: compiled by mypyc (README "Compiled rooms") a record is then a native class whose fields the
compiled rooms read and write directly, and making one costs a few hundred instructions instead of the ~9,500 of a
generated frozen `__init__` (one `object.__setattr__` call per field). `object.__setattr__` is how a frozen
dataclass sets its own fields, so the same source runs unchanged as pure Python.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields

# Unit kinds: only "sentence" units may be queued as claims.
UNIT_KINDS = ("sentence", "dateline", "headline", "subhead", "caption")


class _Record:
    """What every record shares: pickling and copying rebuild it from its field values, in declaration order."""

    def __reduce__(self) -> tuple:
        return (type(self), tuple(getattr(self, f.name) for f in fields(self)))  # type: ignore[arg-type]


@dataclass(frozen=True)
class Sentence(_Record):
    """One unit of an article: `body[start:end] == text`."""

    start: int
    end: int
    text: str
    kind: str = "sentence"
    language: str = "ar"

    def __init__(self, start: int, end: int, text: str, kind: str = "sentence", language: str = "ar") -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "language", language)


@dataclass(frozen=True)
class Reason(_Record):
    """Why a unit looks check-worthy, pointing at the words that triggered it."""

    code: str  # quantity, date, attribution, denial, casualties, money, percentage, comparison, vote, prediction
    label: str  # short English label; the web layer translates it
    evidence: str  # the triggering words as they appear in the unit
    start: int  # offsets relative to the unit's text
    end: int

    def __init__(self, code: str, label: str, evidence: str, start: int, end: int) -> None:
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "label", label)
        object.__setattr__(self, "evidence", evidence)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)


@dataclass(frozen=True)
class Quantity(_Record):
    """A number read from a unit, with what it measures (ANNOTATION.md) and what to show beside it."""

    value: float
    text: str
    unit: str = ""  # shown beside the number: the measure, or for a plain count the word it counts ("جندي")
    measure: str = ""  # ANNOTATION.md's unit: ISO currency, "%", "percentage point", a time unit; "" for a count

    def __init__(self, value: float, text: str, unit: str = "", measure: str = "") -> None:
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "unit", unit)
        object.__setattr__(self, "measure", measure)


@dataclass(frozen=True)
class DateMention(_Record):
    """A date read from a unit: ISO text with what is known (year may be missing)."""

    text: str
    year: int | None
    month: int | None
    day: int | None
    calendar: str = "gregorian"  # or "hijri": then year, month and day are Hijri
    inferred: bool = False  # the year was not written: it comes from the article's date
    relative: bool = False  # "last month", "أمس": resolved against the publication date when known

    def __init__(self, text: str, year: int | None, month: int | None, day: int | None, calendar: str = "gregorian",
                 inferred: bool = False, relative: bool = False) -> None:
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "year", year)
        object.__setattr__(self, "month", month)
        object.__setattr__(self, "day", day)
        object.__setattr__(self, "calendar", calendar)
        object.__setattr__(self, "inferred", inferred)
        object.__setattr__(self, "relative", relative)

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
class ClaimCandidate(_Record):
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

    def __init__(self, sentence: Sentence, position: int, score: float, reasons: tuple[Reason, ...] = (),
                 claim_type: str = "other", quantities: tuple[Quantity, ...] = (), dates: tuple[DateMention, ...] = (),
                 speaker: str = "", is_claim: bool = False, speaker_start: int = -1, speaker_end: int = -1,
                 extra: dict | None = None) -> None:
        object.__setattr__(self, "sentence", sentence)
        object.__setattr__(self, "position", position)
        object.__setattr__(self, "score", score)
        object.__setattr__(self, "reasons", reasons)
        object.__setattr__(self, "claim_type", claim_type)
        object.__setattr__(self, "quantities", quantities)
        object.__setattr__(self, "dates", dates)
        object.__setattr__(self, "speaker", speaker)
        object.__setattr__(self, "is_claim", is_claim)
        object.__setattr__(self, "speaker_start", speaker_start)
        object.__setattr__(self, "speaker_end", speaker_end)
        object.__setattr__(self, "extra", {} if extra is None else extra)
