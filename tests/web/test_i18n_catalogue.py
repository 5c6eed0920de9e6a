"""The Arabic catalogue is complete: every interface string extracted from checker/ and templates/ has an
Arabic translation that contains Arabic letters, keeps its placeholders, and is compiled into the committed .mo.

When this fails after new strings were added, run `make translations`, translate the new msgids in
translations/ar/LC_MESSAGES/messages.po and run `make translations` again."""
from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from tests.conftest import PROJECT_ROOT

PO_PATH = PROJECT_ROOT / "translations" / "ar" / "LC_MESSAGES" / "messages.po"
MO_PATH = PO_PATH.with_suffix(".mo")
# The same keywords as `make translations`.
KEYWORDS = {**DEFAULT_KEYWORDS, "_l": None, "lazy_gettext": None, "lazy_ngettext": (1, 2)}
ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")
# Names that stay in Latin letters in the Arabic interface (formats and standards). Strings with no letters at
# all (a lone "·", "%") need no entry.
PROPER_NAMES = {"CSV", "ClaimReview JSON-LD", "JSON-LD", "ClaimReview", "UTC", "PDF", "Markdown", "JSON", "https://",
                "SHA-256"}
# A language offered under its own name (the header's switch, a language filter) stays as it is.
AUTONYMS = {"English"}
HAS_LETTER = re.compile(r"[^\W\d_]")


def _extracted() -> Iterator[tuple[str, str | tuple[str, ...]]]:
    """(file, msgid) for every interface string in checker/ and templates/, as `make translations` sees them."""
    with (PROJECT_ROOT / "babel.cfg").open() as config:
        method_map, options_map = parse_mapping_cfg(config)
    for filename, _line, message, _comments, _context in extract_from_dir(
            str(PROJECT_ROOT), method_map, options_map, keywords=KEYWORDS):
        yield filename, message


def _needs_translation(msgid: str) -> bool:
    return bool(HAS_LETTER.search(msgid)) and msgid not in PROPER_NAMES


EXTRACTED = sorted({(f, m) for f, m in _extracted()}, key=str)
CATALOGUE = read_po(PO_PATH.open("rb"), locale="ar")


def test_extraction_finds_the_interface():
    files = {f for f, _ in EXTRACTED}
    assert any(f.startswith("templates/") for f in files) and any(f.startswith("checker/") for f in files)
    assert len(EXTRACTED) > 150


@pytest.mark.parametrize(("filename", "msgid"), EXTRACTED, ids=lambda v: str(v)[:60])
def test_every_interface_string_has_an_arabic_translation(filename, msgid):
    singular = msgid[0] if isinstance(msgid, tuple) else msgid
    if not _needs_translation(singular):
        return
    entry = CATALOGUE.get(msgid if isinstance(msgid, str) else msgid[0])
    assert entry is not None and not entry.fuzzy, f"{filename}: {singular!r} is not in the Arabic catalogue; " \
        "run `make translations` and translate it"
    forms = entry.string if isinstance(entry.string, tuple) else (entry.string,)
    assert all(forms), f"{filename}: {singular!r} has no Arabic translation"
    assert all(ARABIC_LETTER.search(form) for form in forms), f"{singular!r}: translation has no Arabic letter"


def test_translations_keep_the_placeholders():
    for entry in CATALOGUE:
        if not entry.id or not entry.string:
            continue
        ids = entry.id if isinstance(entry.id, tuple) else (entry.id,)
        forms = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        wanted = set(PLACEHOLDER.findall(ids[0]))
        # Arabic plural forms for 0, 1 and 2 spell the number out ("نتيجتان"); the others must carry it.
        checked = forms[3:] if isinstance(entry.id, tuple) else forms
        for form in checked:
            assert set(PLACEHOLDER.findall(form)) == wanted, f"{ids[0]!r} → {form!r}"


def test_the_committed_mo_matches_the_po():
    compiled = read_mo(MO_PATH.open("rb"))
    for entry in CATALOGUE:
        if entry.id and entry.string and not entry.fuzzy:
            found = compiled.get(entry.id)
            as_tuple = (lambda s: tuple(s) if isinstance(s, (list, tuple)) else s)
            assert found is not None and as_tuple(found.string) == as_tuple(entry.string), (
                f"{entry.id!r} differs in messages.mo: run `make translations` (pybabel compile)")


class _ShownText(HTMLParser):
    """Collects the text nodes and the user-read attributes of a page, skipping scripts, styles and key caps
    (<kbd>Enter</kbd> names the key as printed on the keyboard)."""

    READ_ATTRIBUTES = {"placeholder", "title", "aria-label", "alt"}
    SKIPPED = {"script", "style", "kbd", "code"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.shown: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._skip += tag in self.SKIPPED
        self.shown += [value for name, value in attrs if name in self.READ_ATTRIBUTES and value]

    def handle_endtag(self, tag: str) -> None:
        self._skip -= tag in self.SKIPPED and self._skip > 0

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.shown.append(data)


def _template_text(source: str) -> list[str]:
    """Literal text a template shows, with every Jinja expression, tag and comment blanked out."""
    source = re.sub(r"(?<=<)(/?){{.*?}}", r"\1x", source)  # a computed tag name (<{{ heading }}>) stays a tag
    parser = _ShownText()
    parser.feed(re.sub(r"{#.*?#}|{%.*?%}|{{.*?}}", " ", source, flags=re.S))
    parser.close()
    return parser.shown


TEMPLATES = sorted(p.relative_to(PROJECT_ROOT).as_posix() for p in (PROJECT_ROOT / "templates").rglob("*.html"))


@pytest.mark.parametrize("template", TEMPLATES)
def test_templates_show_no_untranslated_words(template):
    words = []
    for text in _template_text((PROJECT_ROOT / template).read_text(encoding="utf-8")):
        for name in sorted(PROPER_NAMES | AUTONYMS, key=len, reverse=True):
            text = text.replace(name, " ")
        words += re.findall(r"[A-Za-z]{2,}", text)
    assert not words, f"{template} shows literal text {words}: wrap it in {{{{ _(\"…\") }}}}"
