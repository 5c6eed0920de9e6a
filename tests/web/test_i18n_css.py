"""One stylesheet serves both directions: no physical (left/right/top/bottom) properties, and the Arabic font
the CSS names is shipped in static/fonts with its licence."""
from __future__ import annotations

import re

import pytest

from tests.conftest import PROJECT_ROOT

CSS = (PROJECT_ROOT / "static" / "css" / "checker.css").read_text(encoding="utf-8")
DECLARATIONS = [(m.group(1).strip().lower(), m.group(2).strip())
                for m in re.finditer(r"([\w-]+)\s*:\s*([^;{}]+)", re.sub(r"/\*.*?\*/", "", CSS, flags=re.S))]
PHYSICAL = re.compile(r"^(?:(?:margin|padding|border|inset|scroll-margin|scroll-padding)-(?:left|right|top|bottom)"
                      r"(?:-\w+)?|left|right|top|bottom|border-(?:top|bottom)-(?:left|right)-radius)$")


def test_the_stylesheet_uses_logical_properties():
    physical = [f"{name}: {value}" for name, value in DECLARATIONS if PHYSICAL.match(name)]
    assert not physical, f"use inline-start/end and block-start/end instead of {physical}"


@pytest.mark.parametrize("name", ["float", "clear", "text-align", "caption-side"])
def test_no_physical_values(name):
    values = [value for n, value in DECLARATIONS if n == name]
    assert not [v for v in values if re.search(r"\b(left|right)\b", v)], f"{name}: use start/end, not {values}"


def test_shorthands_are_symmetric_in_the_inline_direction():
    # margin: 1px 2px 3px 4px sets left and right differently, which flips wrongly in right-to-left.
    for name, value in DECLARATIONS:
        if name in ("margin", "padding", "inset", "border-width"):
            parts = value.split()
            assert len(parts) < 4 or parts[1] == parts[3], f"{name}: {value} differs left/right; use *-inline-*"


def test_the_arabic_font_is_shipped_with_its_licence():
    urls = re.findall(r'@font-face\s*{[^}]*font-family:\s*"Noto Naskh Arabic"[^}]*url\("([^"]+)"\)', CSS)
    assert len(urls) >= 2  # regular and bold
    for url in urls:
        font = (PROJECT_ROOT / "static" / "css" / url).resolve()
        assert font.is_file() and font.read_bytes()[:4] == b"wOF2", url
    licence = (PROJECT_ROOT / "static" / "fonts" / "NotoNaskhArabic-OFL.txt").read_text(encoding="utf-8")
    assert "SIL Open Font License" in licence
    assert re.search(r'font-family:\s*"Noto Naskh Arabic"', CSS.split("@font-face")[-1]), \
        "the page's font-family must name the shipped font"
