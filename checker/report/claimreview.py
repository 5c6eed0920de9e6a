"""Fact-checks as schema.org ClaimReview JSON-LD, and safe embedding in HTML."""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from checker.report.records import FactCheckRecord, Organisation

SCHEMA_CONTEXT = "https://schema.org"

# Words that mark a claimant as an institution rather than a person. Arabic words
# are matched inside the word, since clitics attach to them (والحكومة, للسلطات).
ORGANISATION_WORDS_AR = (
    "وزارة", "حكومة", "السلطات", "سلطات", "قيادة", "التحالف", "تحالف", "الجيش", "جيش",
    "مجلس", "هيئة", "وكالة", "البرلمان", "برلمان", "رئاسة", "سفارة", "حزب", "قوات",
    "شرطة", "مكتب", "منظمة", "شركة", "خلية",
)
ORGANISATION_WORDS_EN = re.compile(
    r"\b(ministry|ministries|government|authorities|authority|coalition|army|council|"
    r"agency|parliament|embassy|command|forces|police|office|party|organisation|"
    r"organization|company|department|presidency|committee)\b",
    re.IGNORECASE,
)
# A claimant opening with a role is a person speaking for an institution
# ("المتحدث باسم الحكومة", "Minister of Defence"), checked before the words above.
PERSON_ROLES_AR = ("المتحدث", "الناطق", "متحدث", "ناطق", "رئيس", "وزير", "السفير", "سفير", "النائب", "قائد")
PERSON_ROLES_EN = re.compile(
    r"^(the\s+)?(spokesman|spokeswoman|spokesperson|minister|president|prime\s+minister|"
    r"ambassador|mp|senator|commander|head|chief)\b",
    re.IGNORECASE,
)
# Harakat, superscript alef and tatweel, dropped before matching Arabic words.
ARABIC_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")

# Characters escaped so JSON can sit inside <script> without closing it or
# breaking older JavaScript parsers (U+2028/U+2029 end lines in pre-ES2019 JS).
SCRIPT_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


def claimant_type(claimant: str) -> str:
    """The schema.org type of a claimant: "Organization" for an institution, else "Person"."""
    bare = ARABIC_MARKS.sub("", claimant).strip()
    if bare.startswith(PERSON_ROLES_AR) or PERSON_ROLES_EN.match(bare):
        return "Person"
    if any(word in bare for word in ORGANISATION_WORDS_AR):
        return "Organization"
    if ORGANISATION_WORDS_EN.search(bare):
        return "Organization"
    return "Person"


def _rating(record: FactCheckRecord) -> dict[str, Any]:
    """The reviewRating; numbers are left out for labels without one (Unproven)."""
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": record.rating_label}
    if record.rating_value is not None:
        rating["ratingValue"] = record.rating_value
        rating["bestRating"] = record.best_rating
        rating["worstRating"] = record.worst_rating
    return rating


def _appearance(record: FactCheckRecord) -> dict[str, Any] | None:
    """The article the claim appeared in, with only the fields we know."""
    work: dict[str, Any] = {"@type": "CreativeWork"}
    if record.article_url:
        work["url"] = record.article_url
    if record.article_title:
        work["headline"] = record.article_title
    if record.outlet:
        work["publisher"] = {"@type": "Organization", "name": record.outlet}
    return work if len(work) > 1 else None


def _item_reviewed(record: FactCheckRecord) -> dict[str, Any]:
    """The Claim reviewed: who said it, where and when it appeared."""
    claim: dict[str, Any] = {"@type": "Claim"}
    if record.claimant:
        claim["author"] = {"@type": claimant_type(record.claimant), "name": record.claimant}
    appearance = _appearance(record)
    if appearance is not None:
        claim["appearance"] = [appearance]
    if record.article_published_on is not None:
        claim["datePublished"] = record.article_published_on.isoformat()
    return claim


def claim_review(record: FactCheckRecord, organisation: Organisation) -> dict[str, Any]:
    """One fact-check as a schema.org ClaimReview object."""
    review: dict[str, Any] = {
        "@context": SCHEMA_CONTEXT,
        "@type": "ClaimReview",
        "claimReviewed": record.checkable_wording or record.claim_text,
        "reviewRating": _rating(record),
    }
    if record.public_url:
        review["url"] = record.public_url
    review["author"] = {"@type": "Organization", "name": organisation.name, "url": organisation.url}
    if record.published_at is not None:
        review["datePublished"] = record.published_at.date().isoformat()
    if record.updated_at is not None:
        review["dateModified"] = record.updated_at.date().isoformat()
    review["itemReviewed"] = _item_reviewed(record)
    review["inLanguage"] = record.language
    return review


def claim_reviews_feed(
    records: Iterable[FactCheckRecord], organisation: Organisation
) -> dict[str, Any]:
    """All fact-checks as one JSON-LD document: a shared @context and an @graph."""
    graph = []
    for record in records:
        review = claim_review(record, organisation)
        del review["@context"]
        graph.append(review)
    return {"@context": SCHEMA_CONTEXT, "@graph": graph}


def json_ld_script(data: dict[str, Any]) -> str:
    """JSON text safe to place inside <script type="application/ld+json">."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # Outside strings JSON has none of these characters, so escaping is always valid.
    for char, escape in SCRIPT_ESCAPES.items():
        text = text.replace(char, escape)
    return text


def claim_reviews_json(records: Sequence[FactCheckRecord], organisation: Organisation) -> str:
    """All fact-checks as a pretty-printed JSON-LD document for download."""
    return json.dumps(claim_reviews_feed(records, organisation), ensure_ascii=False, indent=2) + "\n"


def iter_claim_reviews_json(records: Iterable[FactCheckRecord], organisation: Organisation) -> Iterator[str]:
    """The feed document in pieces, one ClaimReview a line: memory stays flat however many there are."""
    yield '{"@context": "%s", "@graph": [' % SCHEMA_CONTEXT
    separator = "\n"
    for record in records:
        review = claim_review(record, organisation)
        del review["@context"]
        yield separator + json.dumps(review, ensure_ascii=False)
        separator = ",\n"
    yield "\n]}\n"
