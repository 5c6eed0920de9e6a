"""Other fact-checkers' verdict labels mapped onto the local scale (a table an admin can extend)."""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from checker.text import normalise_for_search

# Common labels of IFCN signatories (English and Arabic) → keys of Checker's default scale.
DEFAULT_LABEL_MAP: dict[str, str] = {
    "true": "true", "correct": "true", "accurate": "true", "صحيح": "true", "حقيقي": "true", "صح": "true",
    "mostly true": "mostly_true", "mostly correct": "mostly_true", "صحيح في معظمه": "mostly_true",
    "صحيح جزئيا": "mostly_true", "half true": "misleading", "mixture": "misleading", "misleading": "misleading",
    "missing context": "misleading", "partly false": "mostly_false", "mostly false": "mostly_false",
    "مضلل": "misleading", "خارج السياق": "misleading", "خاطئ في معظمه": "mostly_false",
    "false": "false", "pants on fire": "false", "fake": "false", "incorrect": "false", "wrong": "false",
    "fabricated": "false", "hoax": "false", "خاطئ": "false", "خطأ": "false", "زائف": "false", "كاذب": "false",
    "مفبرك": "false", "unproven": "unproven", "unverified": "unproven", "unsupported": "unproven",
    "no evidence": "unproven", "غير مثبت": "unproven", "غير مؤكد": "unproven", "لا دليل": "unproven",
}


def label_key(label: str) -> str:
    """A label as the table matches it: case, diacritics, hamza forms and punctuation do not matter."""
    return normalise_for_search(label)


def build_label_map(*tables: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
    """One lookup table from several (later tables win), keyed by normalised label."""
    merged: dict[str, str] = {}
    for table in tables:
        items = table.items() if isinstance(table, Mapping) else table
        for label, key in items:
            if label_key(label):
                merged[label_key(label)] = key
    return merged


def map_label(label: str, table: Mapping[str, str]) -> str | None:
    """The local scale key for a foreign label, or None when the table has no entry."""
    return table.get(label_key(label)) if label else None


def parse_mapping_lines(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    """Read "label = key" lines (the settings form, the CLI's --mapping file); returns pairs and bad lines."""
    pairs, bad = [], []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        label, sep, key = line.rpartition("=")
        if not sep or not label.strip() or not key.strip():
            bad.append(line)
            continue
        pairs.append((label.strip(), key.strip()))
    return pairs, bad
