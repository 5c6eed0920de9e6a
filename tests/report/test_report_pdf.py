"""PDF reports: Arabic shaped and in order (read back with pdftotext), a page rendered to PNG to look at."""
from __future__ import annotations

import re
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from datetime import date
from gettext import NullTranslations
from pathlib import Path

import pytest

from checker.report import FactCheckRecord, Organisation, ReportTitle, ScaleStep, SourceRecord
from checker.report.html_report import report_html, shipped_fonts
from checker.report.pdf import html_to_pdf
from checker.text import normalise_for_search

PROJECT_ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = PROJECT_ROOT / "test-artifacts"
# Bidirectional controls pdftotext writes around right-to-left runs (LRE, RLE, PDF, LRO, RLO, isolates, marks).
BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")
ORG = Organisation(name="Checker Desk", url="https://checker.example/", name_ar="مرصد التحقق",
                   scale=(ScaleStep("false", "False", "خاطئ", 1, "Inaccurate.", "الادعاء غير دقيق."),))


def comparable(text: str) -> str:
    """Text as both sides are compared: no bidi marks, NFKC, Checker's Arabic folding, lam-alef in one order."""
    text = normalise_for_search(unicodedata.normalize("NFKC", BIDI_MARKS.sub("", text)))
    # The lam-alef ligature comes back from pdftotext as alef then lam; put both sides in that order.
    return " ".join(text.replace("لا", "ال").split())


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


@pytest.fixture
def arabic_html(make_fact_check: Callable[..., FactCheckRecord]) -> str:
    records = [
        make_fact_check(rating_key="false", rating_label="خاطئ", rating_value=1,
                        sources=(SourceRecord(url="https://example.iq/statement", title="بيان قيادة العمليات",
                                              publisher="قيادة العمليات المشتركة"),)),
        make_fact_check(claim_id=43, language="en", claim_text="2,500 US troops will stay in Iraq.",
                        checkable_wording="2,500 US troops will stay in Iraq", claimant="Pentagon",
                        rating_key="false", rating_label="False", public_url="https://checker.example/fact-checks/43"),
    ]
    title = ReportTitle(kind="range", language="ar", date_from=date(2021, 12, 1), date_to=date(2021, 12, 31))
    return report_html(records, ORG, title, NullTranslations(), shipped_fonts(PROJECT_ROOT / "static" / "fonts"))


@pytest.fixture
def arabic_report(arabic_html: str) -> bytes:
    return html_to_pdf(arabic_html)


def test_pdf_embeds_noto_naskh_for_arabic(arabic_report: bytes, tmp_path: Path) -> None:
    assert arabic_report.startswith(b"%PDF-")
    path = tmp_path / "report.pdf"
    path.write_bytes(arabic_report)
    fonts = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout.splitlines()
    # "Checker Naskh" is the @font-face family of the shipped file (static/fonts), not a system font.
    naskh = [line for line in fonts if "Checker-Naskh" in line]
    # Embedded ("yes" in the emb column), so any reader shows the same glyphs.
    assert naskh and all(line.split()[-5] == "yes" for line in naskh)


@pytest.mark.parametrize("words", [
    "نفت السلطات العراقية بشدّة تمديد موعد انسحاب القوات الأميركية",
    "السلطات العراقية نفت تمديد موعد انسحاب القوات القتالية الأميركية من العراق",
    "النفي صحيح",
    "قيادة العمليات المشتركة",
    "الادعاء غير دقيق",
    "مرصد التحقق",
    "إيلاف",
    "2,500 US troops will stay in Iraq",
])
def test_arabic_and_english_words_read_back_in_order(arabic_report: bytes, tmp_path: Path, words: str) -> None:
    assert comparable(words) in comparable(pdf_text(arabic_report, tmp_path))


def test_arabic_is_shaped_not_isolated_letters(arabic_report: bytes, tmp_path: Path) -> None:
    text = pdf_text(arabic_report, tmp_path)
    # Unshaped text would come back as presentation forms or one letter at a time, never as these words.
    assert not re.search("[\ufb50-\ufdff\ufe70-\ufeff]", BIDI_MARKS.sub("", text).replace("\ufeff", ""))
    assert "العراقية" in BIDI_MARKS.sub("", text)


def test_first_page_renders_to_png(arabic_report: bytes, tmp_path: Path) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(arabic_report)
    for page in (1, 2):
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", str(page), "-l", str(page), "-singlefile", str(pdf),
                        str(ARTIFACTS / f"report-pdf-ar-page{page}")], check=True)
        png = ARTIFACTS / f"report-pdf-ar-page{page}.png"
        assert png.read_bytes().startswith(b"\x89PNG") and png.stat().st_size > 10_000


def test_pdf_embeds_the_shipped_font_when_the_system_has_none(arabic_html: str, tmp_path: Path) -> None:
    # A fontconfig with no font folders: the only font WeasyPrint can find is the one in static/fonts.
    config = tmp_path / "fonts.conf"
    config.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
                      f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>", encoding="utf-8")
    html, pdf = tmp_path / "report.html", tmp_path / "report.pdf"
    html.write_text(arabic_html, encoding="utf-8")
    script = ("import sys, pathlib; from checker.report.pdf import html_to_pdf; "
              "pathlib.Path(sys.argv[2]).write_bytes(html_to_pdf(pathlib.Path(sys.argv[1]).read_text('utf-8')))")
    env = {"PATH": "/usr/bin:/bin", "FONTCONFIG_FILE": str(config), "PYTHONPATH": str(PROJECT_ROOT),
           "HOME": str(tmp_path)}
    subprocess.run([sys.executable, "-c", script, str(html), str(pdf)], check=True, env=env, capture_output=True)
    fonts = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout.splitlines()
    naskh = [line for line in fonts if "Checker-Naskh" in line]
    assert naskh and all(line.split()[-5] == "yes" for line in naskh)
    assert comparable("نفت السلطات العراقية بشدّة تمديد موعد انسحاب القوات الأميركية") in comparable(
        pdf_text(pdf.read_bytes(), tmp_path))


def test_explanation_markdown_is_rendered_in_html_and_pdf(make_fact_check: Callable[..., FactCheckRecord],
                                                          tmp_path: Path) -> None:
    long_url = "https://news.un.org/ar/story/2015/05/" + "a1b2c3d4e5" * 20
    record = make_fact_check(explanation=f"**ماي 2015** بحسب [أخبار الأمم المتحدة]({long_url})\n\n- أولاً\n- ثانياً",
                             sources=(SourceRecord(url=long_url, title="", publisher="UN"),))
    title = ReportTitle(kind="range", language="ar", date_from=date(2015, 5, 1), date_to=date(2015, 5, 31))
    html = report_html([record], ORG, title, NullTranslations(), shipped_fonts(PROJECT_ROOT / "static" / "fonts"))
    assert "<strong>ماي 2015</strong>" in html and f'<a href="{long_url}"' in html and "<li" in html
    text = pdf_text(html_to_pdf(html), tmp_path)
    assert "**" not in text and "](" not in text
    assert "ماي" in comparable(text).split()  # bold, not between asterisks
    # The long URL wraps inside the A4 page: pdftotext reads it back in pieces, none wider than a line.
    assert max(len(line) for line in text.splitlines()) < 120
