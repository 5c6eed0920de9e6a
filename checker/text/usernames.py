"""Usernames compared as a reader sees them: case, compatibility forms and confusable letters (Unicode TR39)."""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

CONFUSABLES_PATH = Path(__file__).with_name("data") / "confusables.txt"


@lru_cache(maxsize=1)
def confusable_prototypes() -> dict[str, str]:
    """TR39's table: each confusable character and the prototype it is read as (Cyrillic а → Latin a)."""
    table: dict[str, str] = {}
    for line in CONFUSABLES_PATH.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            source, prototype = line.split(";")
            table[chr(int(source, 16))] = "".join(chr(int(code, 16)) for code in prototype.split())
    return table


def skeleton(text: str) -> str:
    """TR39 skeleton: NFD, invisible format characters dropped, each character mapped to its prototype, NFD again."""
    table = confusable_prototypes()
    decomposed = unicodedata.normalize("NFD", text)
    # Default-ignorable format characters (ZWJ, ZWNJ, RLM, soft hyphen) show nothing, so they cannot tell
    # two names apart (TR39 drops them from skeletons since Unicode 15.1).
    visible = (ch for ch in decomposed if unicodedata.category(ch) != "Cf")
    return unicodedata.normalize("NFD", "".join(table.get(ch, ch) for ch in visible))


def normalise_username(name: str) -> str:
    """The username as stored and shown: NFKC, spaces trimmed, case kept."""
    return unicodedata.normalize("NFKC", name).strip()


def username_key(name: str) -> str:
    """The key two usernames must not share: NFKC, lookalikes mapped, case folded, confusable skeleton, no marks.

    Non-ASCII lookalikes are mapped before folding because capitals have lookalikes their small letters lack
    (Greek Τ reads as T, but τ not as t); ASCII waits for the folding, or TR39's I → l would set ADMIN apart
    from admin. Dropping combining marks makes "maría" meet "maria" and "مُحَمَّد" or "أحمد" meet "محمد" and
    "احمد": a reader takes them for the same person.
    """
    table = confusable_prototypes()
    decomposed = unicodedata.normalize("NFD", unicodedata.normalize("NFKC", name).strip())
    mapped = "".join(ch if ch.isascii() else table.get(ch, ch) for ch in decomposed)
    folded = unicodedata.normalize("NFD", skeleton(mapped.casefold()).casefold())
    return unicodedata.normalize("NFC", "".join(ch for ch in folded if unicodedata.category(ch) != "Mn"))
