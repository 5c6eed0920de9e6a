"""Reports as Markdown: every piece of user text escaped so it stays text in any renderer."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from urllib.parse import quote

from checker.report.grouping import group_by_verdict
from checker.report.i18n import report_heading
from checker.report.records import FactCheckRecord, Organisation, ReportTitle
from checker.text.markdown_render import explanation_text

# Characters that start Markdown syntax (emphasis, links, headings, lists, code, quotes): a backslash makes each
# a literal in CommonMark and in Python-Markdown alike.
MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!>])")
# Characters not every renderer lets a backslash escape (tables, setext underlines, strikethrough): entities.
ENTITIES = {"&": "&amp;", "<": "&lt;", "|": "&#124;", "=": "&#61;", "~": "&#126;"}
ENTITY_CHARS = re.compile("[&<|=~]")

Translate = Callable[..., str]


def escape_markdown(text: str) -> str:
    """User text as Markdown that renders as the same text: no markup, links or raw HTML."""
    # Backslashes first, entities second: an entity's own "#" must not be escaped ("&\#61;" shows as "&#61;").
    # Raw HTML, "&" and "=" become entities: not every renderer honours "\<", and a line starting "=" stays text
    # both as a setext underline and where the file is opened as a spreadsheet.
    text = MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return ENTITY_CHARS.sub(lambda match: ENTITIES[match.group()], text)


def _lines(text: str) -> str:
    """Multi-line user text as Markdown paragraphs and hard line breaks."""
    lines = [escape_markdown(line.strip()) for line in text.splitlines()]
    return "  \n".join(line for line in lines if line)


def safe_url(url: str) -> str:
    """A link target that cannot leave its <…>; only http(s) addresses are linked."""
    if not re.match(r"^https?://", url, re.IGNORECASE):
        return ""
    return quote(url, safe="/:?&=#%~+,;@!$*'-._")


def link(text: str, url: str) -> str:
    """[text](<url>) with both parts made safe; just the text when the URL cannot be linked."""
    target = safe_url(url)
    label = escape_markdown(text or url)
    return f"[{label}](<{target}>)" if target else label


def _fact_check(record: FactCheckRecord, _: Translate, level: str) -> list[str]:
    """One fact-check as Markdown lines."""
    out = [f"{level} {escape_markdown(record.checkable_wording or record.claim_text)}", ""]
    out.append(f"**{_('Verdict')}:** {escape_markdown(record.rating_label)}")
    if record.verdict_line:
        out += ["", f"**{escape_markdown(record.verdict_line)}**"]
    out += ["", f"> {_lines(record.claim_text)}", ""]
    facts = []
    if record.claimant:
        facts.append(f"- {_('Claimant')}: {escape_markdown(record.claimant)}")
    appeared = link(record.article_title, record.article_url)
    if record.outlet:
        appeared += f" ({escape_markdown(record.outlet)})"
    if record.article_published_on:
        appeared += f", {record.article_published_on.isoformat()}"
    facts.append(f"- {_('Appeared in')}: {appeared}")
    reviewers = ", ".join(record.reviewers) or record.reviewer
    facts.append(f"- {_('Reviewed by')}: {escape_markdown(reviewers)}")
    facts.append(f"- {_('Approved by')}: {escape_markdown(record.approver)}")
    if record.published_at:
        facts.append(f"- {_('Published')}: {record.published_at.date().isoformat()}")
    if record.updated_at:
        facts.append(f"- {_('Updated')}: {record.updated_at.date().isoformat()}")
    facts.append(f"- {_('Fact-check')}: {link(record.public_url, record.public_url)}")
    out += facts + ["", _lines(explanation_text(record.explanation)), "", f"**{_('Sources')}**", ""]
    for source in record.sources:
        line = f"- {link(source.title or source.url, source.url)}"
        if source.publisher:
            line += f", {escape_markdown(source.publisher)}"
        if source.published_on:
            line += f", {source.published_on.isoformat()}"
        if source.accessed_at:
            line += f"; {_('accessed')} {source.accessed_at.strftime('%Y-%m-%d %H:%M')}"
        if source.archived_url:
            line += f"; {link(_('archived copy'), source.archived_url)}"
        if source.archived_hash:
            line += f" (SHA-256 {escape_markdown(source.archived_hash[:16])}…)"
        out.append(line)
    if record.corrections:
        out += ["", f"**{_('Corrections')}**", ""]
        for correction in record.corrections:
            when = f"{correction.made_at.date().isoformat()}: " if correction.made_at else ""
            out.append(f"- {when}{escape_markdown(correction.note)}")
    return out + [""]


def _organisation(organisation: Organisation, language: str, _: Translate) -> list[str]:
    """The scale's definitions and the organisation's transparency links."""
    out = [f"## {_('Rating scale')}", ""]
    for step in organisation.scale:
        value = f" ({step.value})" if step.value is not None else ""
        definition = step.definition(language)
        out.append(f"- **{escape_markdown(step.label(language))}**{value}"
                   + (f": {escape_markdown(definition)}" if definition else ""))
    out += ["", f"## {escape_markdown(organisation.display_name(language))}", ""]
    for label, url in ((_("Methodology"), organisation.methodology_url),
                       (_("Corrections policy"), organisation.corrections_policy_url),
                       (_("Website"), organisation.url), (_("Contact"), organisation.contact_url)):
        if url:
            out.append(f"- {label}: {link(url, url)}")
    if organisation.contact_email:
        out.append(f"- {_('Email')}: {escape_markdown(organisation.contact_email)}")
    return out


def report_markdown(
    records: Iterable[FactCheckRecord], organisation: Organisation, title: ReportTitle, _: Translate,
) -> str:
    """An article report (claims in order) or a date-range report (grouped by verdict, with counts)."""
    language = title.language
    out = [f"# {escape_markdown(organisation.display_name(language))}: {escape_markdown(report_heading(title, _))}", ""]
    if title.kind == "article":
        out += [f"{_('Article')}: {link(title.article_title, title.article_url)}"
                + (f" ({escape_markdown(title.outlet)})" if title.outlet else ""), ""]
        for record in records:
            out += _fact_check(record, _, "##")
    else:
        groups = group_by_verdict(records, organisation.scale, language)
        total = sum(group.count for group in groups)
        out += [f"{_('Fact-checks')}: {total}", "", f"| {_('Verdict')} | {_('Count')} |", "| --- | ---: |"]
        out += [f"| {escape_markdown(group.label)} | {group.count} |" for group in groups]
        out.append("")
        for group in groups:
            out += [f"## {escape_markdown(group.label)} ({group.count})", ""]
            for record in group.records:
                out += _fact_check(record, _, "###")
    out += _organisation(organisation, language, _)
    return "\n".join(out).rstrip() + "\n"

