"""Reports as a self-contained HTML document (also the source of the PDF), rendered with Jinja2 alone."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from gettext import NullTranslations
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from checker.report.grouping import group_by_verdict
from checker.report.i18n import report_heading, translator
from checker.report.records import FactCheckRecord, Organisation, ReportTitle
from checker.text.markdown_render import explanation_html

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"  # report/…: the report room's own templates


@dataclass(frozen=True)
class FontFile:
    """A font embedded with @font-face (the shipped Noto Naskh Arabic)."""

    family: str
    url: str  # file:// URL
    weight: int = 400


def http_url(url: str | None) -> str:
    """The URL when it is http(s), else "": nothing else becomes a link (no javascript: or data:)."""
    return url if url and re.match(r"^https?://", url, re.IGNORECASE) else ""


def explanation_markup(text: str | None) -> Markup:
    """A verdict explanation's Markdown as sanitised HTML, ready to print (the same on the desk, the public page,
    the HTML report and the PDF)."""
    return Markup(explanation_html(text or ""))  # noqa: S704 - explanation_html keeps only its allow-list


def shipped_fonts(fonts_dir: Path) -> tuple[FontFile, ...]:
    """Noto Naskh Arabic files in a folder (static/fonts), regular and bold, when they are there."""
    found = []
    for path in sorted(Path(fonts_dir).glob("*.ttf")):
        if "naskh" in path.name.lower():
            weight = 700 if "bold" in path.name.lower() else 400
            found.append(FontFile(family="Checker Naskh", url=path.resolve().as_uri(), weight=weight))
    return tuple(found)


def report_environment(translations: NullTranslations, templates_dir: Path = TEMPLATES_DIR) -> Environment:
    """A Jinja2 environment for reports: autoescaped, with `_()` from the report language's catalogue."""
    env = Environment(loader=FileSystemLoader(str(templates_dir)), autoescape=select_autoescape(default=True),
                      extensions=["jinja2.ext.i18n"], trim_blocks=True, lstrip_blocks=True)
    env.install_gettext_translations(translations, newstyle=True)  # type: ignore[attr-defined]
    env.filters["http_url"] = http_url
    env.filters["markdown"] = explanation_markup
    return env


def report_html(
    records: Iterable[FactCheckRecord], organisation: Organisation, title: ReportTitle,
    translations: NullTranslations, fonts: tuple[FontFile, ...] = (), templates_dir: Path = TEMPLATES_DIR,
) -> str:
    """The report as one HTML page: an article's claims in order, or a range grouped by verdict with counts."""
    env = report_environment(translations, templates_dir)
    groups = None
    total = 0
    if title.kind != "article":
        groups = group_by_verdict(records, organisation.scale, title.language)
        total = sum(group.count for group in groups)
        records = ()
    return env.get_template("report/report.html").render(
        records=records, groups=groups, total=total, organisation=organisation, title=title,
        report_language=title.language, heading_text=report_heading(title, translator(translations)),
        scale_by_key={step.key: step for step in organisation.scale}, fonts=fonts,
    )
