"""Reading other fact-checkers' ClaimReview JSON-LD (one review, a list, an @graph or a DataFeed)."""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

SCRIPT_BLOCK = re.compile(
    r"<script[^>]*type=[\"']application/ld\+json[\"'][^>]*>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class ParsedReview:
    """A ClaimReview read from a document, ready for the archive."""

    position: int  # 1-based, in document order, for messages
    claim_text: str
    url: str
    verdict_label: str
    headline: str = ""
    publisher: str = ""
    published_on: date | None = None
    language: str | None = None
    claimant: str = ""


@dataclass(frozen=True)
class RejectedReview:
    """A record that cannot be imported, and why."""

    position: int
    reason: str
    url: str = ""


def _type_names(node: dict[str, Any]) -> list[str]:
    """The node's @type values without a schema.org prefix."""
    types = node.get("@type", [])
    types = types if isinstance(types, list) else [types]
    return [str(t).rsplit("/", 1)[-1].rsplit(":", 1)[-1] for t in types]


def _nodes(data: Any) -> Iterator[dict[str, Any]]:
    """Every top-level item of a JSON-LD document: lists, @graph and DataFeed elements are opened."""
    if isinstance(data, list):
        for item in data:
            yield from _nodes(item)
    elif isinstance(data, dict):
        if "@graph" in data:
            yield from _nodes(data["@graph"])
        elif "DataFeed" in _type_names(data):
            yield from _nodes(data.get("dataFeedElement", []))
        elif "DataFeedItem" in _type_names(data):
            yield from _nodes(data.get("item", []))
        else:
            yield data


def _text(value: Any) -> str:
    """A text property, which JSON-LD may give as a string, a list or a {"name": …} node."""
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, dict):
        value = value.get("name") or value.get("alternateName") or value.get("@value") or ""
    return " ".join(str(value).split()) if value is not None else ""


def _date(value: Any) -> date:
    """The date part of an ISO date or date-time; ValueError otherwise."""
    text = _text(value)
    return date.fromisoformat(text[:10])


def _language(value: Any) -> str | None:
    """"ar", "en-GB" or {"name": "Arabic"} → a two-letter code when one can be read."""
    text = _text(value).lower()
    names = {"arabic": "ar", "english": "en", "العربية": "ar"}
    if text in names:
        return names[text]
    return text[:2] if re.match(r"^[a-z]{2}(\b|-|_)", text) else None


def _review(position: int, node: dict[str, Any]) -> ParsedReview | RejectedReview:
    """One node as a review, or the reason it cannot be one."""
    url = _text(node.get("url"))
    if "ClaimReview" not in _type_names(node):
        return RejectedReview(position, f"not a ClaimReview ({', '.join(_type_names(node)) or 'no @type'})", url)
    claim_text = _text(node.get("claimReviewed"))
    if not claim_text:
        return RejectedReview(position, "claimReviewed is missing", url)
    if not url:
        return RejectedReview(position, "url is missing", url)
    if not re.match(r"^https?://", url, re.IGNORECASE):
        return RejectedReview(position, "url is not an http(s) address", url)
    rating = node.get("reviewRating") or {}
    rating = rating[0] if isinstance(rating, list) and rating else rating
    label = _text(rating.get("alternateName") or rating.get("name")) if isinstance(rating, dict) else ""
    if not label:
        return RejectedReview(position, "reviewRating.alternateName (the verdict label) is missing", url)
    published_on = None
    if node.get("datePublished"):
        try:
            published_on = _date(node["datePublished"])
        except ValueError:
            return RejectedReview(position, f"datePublished is not a date: {_text(node['datePublished'])[:40]}", url)
    item = node.get("itemReviewed") or {}
    item = item[0] if isinstance(item, list) and item else item
    claimant = _text(item.get("author")) if isinstance(item, dict) else ""
    return ParsedReview(
        position=position, claim_text=claim_text, url=url, verdict_label=label,
        headline=_text(node.get("headline") or node.get("name")), publisher=_text(node.get("author")),
        published_on=published_on, language=_language(node.get("inLanguage")), claimant=claimant,
    )


def json_ld_documents(text: str) -> list[Any]:
    """The JSON-LD in a file: the whole file when it is JSON, else every ld+json script of an HTML page."""
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith(("{", "[")):
        return [json.loads(stripped)]
    blocks = SCRIPT_BLOCK.findall(text)
    if not blocks:
        raise ValueError("no JSON-LD found (neither a JSON document nor an HTML page with ld+json scripts)")
    return [json.loads(block) for block in blocks]


def parse_claim_reviews(text: str) -> tuple[list[ParsedReview], list[RejectedReview]]:
    """Every ClaimReview in a document, and every item that is not a usable one with the reason.

    Raises ValueError when the document itself cannot be read as JSON-LD."""
    parsed: list[ParsedReview] = []
    rejected: list[RejectedReview] = []
    position = 0
    for document in json_ld_documents(text):
        for node in _nodes(document):
            position += 1
            outcome = _review(position, node)
            (parsed if isinstance(outcome, ParsedReview) else rejected).append(outcome)
    return parsed, rejected
