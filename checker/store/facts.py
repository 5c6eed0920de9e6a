"""What a claim states, in the JSON shapes stored with it, defined once (pure: no SQL, importable by search).

A claim row keeps its reasons and facts as read at import (`claim_fields`); its search index row keeps the
compact numbers-and-dates form the re-ranker compares (`index_facts`).
"""
from __future__ import annotations

from collections.abc import Iterable

from checker.extract import read_dates, read_quantities
from checker.extract.types import ClaimCandidate, DateMention, Quantity, Reason


def reasons_json(reasons: Iterable[Reason]) -> list[dict]:
    """Why a unit was picked, as stored on the claim."""
    return [{"code": r.code, "label": r.label, "evidence": r.evidence, "start": r.start, "end": r.end} for r in reasons]


def claim_facts(quantities: Iterable[Quantity] = (), dates: Iterable[DateMention] = (),
                speaker_span: tuple[int, int] | None = None) -> dict:
    """The numbers, dates and speaker offsets read from a unit, as stored on the claim."""
    facts = {"quantities": [{"value": q.value, "text": q.text, "unit": q.unit} for q in quantities],
             "dates": [{"text": d.text, "iso": d.iso, "calendar": d.calendar, "inferred": d.inferred,
                        "relative": d.relative} for d in dates]}
    if speaker_span is not None:
        facts["speaker_span"] = list(speaker_span)
    return facts


def claim_fields(candidate: ClaimCandidate) -> dict:
    """A candidate from the extraction room as the fields of a Claim (the one candidate → Claim mapping)."""
    unit = candidate.sentence
    span = (candidate.speaker_start, candidate.speaker_end) if candidate.speaker else ()
    return {
        "position": candidate.position, "start": unit.start, "end": unit.end, "kind": unit.kind,
        "original_text": unit.text, "checkable_wording": unit.text, "score": round(candidate.score, 4),
        "reasons": reasons_json(candidate.reasons), "facts": claim_facts(candidate.quantities, candidate.dates, span),
        "claim_type": candidate.claim_type, "speaker": candidate.speaker[:300], "queued": candidate.is_claim,
    }


def index_facts(numbers: Iterable[float], dates: Iterable[str]) -> dict:
    """The compact form kept on a search index row: {"n": numbers, "d": ISO dates}, sorted."""
    return {"n": sorted(set(numbers)), "d": sorted(set(dates))}


def read_index_facts(data: dict | None) -> tuple[frozenset[float], frozenset[str]]:
    """Numbers and dates from the compact index form."""
    data = data or {}
    return frozenset(float(v) for v in data.get("n", ())), frozenset(data.get("d", ()))


def read_claim_facts(facts: dict | None) -> tuple[frozenset[float], frozenset[str]]:
    """Numbers and dates from the facts stored on a claim."""
    facts = facts or {}
    return (frozenset(float(q["value"]) for q in facts.get("quantities", ()) if q.get("value") is not None),
            frozenset(d["iso"] for d in facts.get("dates", ()) if d.get("iso")))


def read_text_facts(text: str) -> tuple[frozenset[float], frozenset[str]]:
    """Numbers and dates read from a text by the extraction room."""
    return frozenset(q.value for q in read_quantities(text)), frozenset(d.iso for d in read_dates(text) if d.iso)
