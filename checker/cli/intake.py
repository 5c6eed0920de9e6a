"""`flask import` and `flask intake resume`: article files into Checker through the one intake path."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import click
from flask import current_app
from flask.cli import AppGroup, with_appcontext

from checker.cli import open_session
from checker.intake.take_in import IntakeRules, complete_pending_matching, pending_articles, take_in
from checker.store.claims import articles as article_store
from checker.store.errors import CheckerError
from checker.text.decoding import UndecodableText, decode_bytes, headline, html_to_text


def _draft_from_file(path: Path) -> article_store.ArticleDraft:
    """Read an article file, with metadata from a `.json` beside it when there is one."""
    decoded = decode_bytes(path.read_bytes())
    if decoded.needs_confirmation:
        raise UndecodableText(f"read as {decoded.encoding}; convert it to UTF-8 and check it first")
    text, title = decoded.text, ""
    if path.suffix.lower() in (".html", ".htm"):
        text, title = html_to_text(text)
    meta: dict = {}
    meta_path = path.with_suffix(".json")
    if meta_path.exists():
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    if not title and not meta.get("title"):
        title = headline(text, fallback=path.stem)
    published = meta.get("published_on")
    return article_store.ArticleDraft(
        title=meta.get("title") or title, body=text, outlet=meta.get("outlet", ""), url=meta.get("url", ""),
        published_on=date.fromisoformat(published) if published else None, language=meta.get("language"),
    )


def import_files(paths: list[Path], echo=click.echo) -> dict[str, int]:
    """Import article files, reporting each one; returns the counts of imported, duplicate and refused."""
    rules = IntakeRules.from_settings(current_app.config["CHECKER"])
    summary = {"imported": 0, "duplicate": 0, "refused": 0}
    session = open_session()
    lines: list[str] = []
    try:
        with click.progressbar(paths, label="Importing", show_pos=True) as bar:
            for path in bar:
                try:
                    outcome = take_in(session, _draft_from_file(path), None, rules)
                except (CheckerError, UndecodableText, OSError, ValueError) as error:
                    session.rollback()
                    summary["refused"] += 1
                    lines.append(f"refused    {path}: {error}")
                    continue
                if outcome.created:
                    summary["imported"] += 1
                    lines.append(f"imported   {path} ({outcome.claims_queued} claims queued)")
                else:
                    summary["duplicate"] += 1
                    lines.append(f"duplicate  {path} (already article {outcome.article.id})")
        if any(line.startswith("imported") for line in lines):
            complete_pending_matching(session, rules)  # long articles were committed first; match them now
    finally:
        session.close()
    for line in lines:
        echo(line)
    echo(f"{summary['imported']} imported, {summary['duplicate']} skipped as duplicate, {summary['refused']} refused")
    return summary


def resume_matching(echo=click.echo) -> int:
    """Finish the seen-before matching of articles left pending (by a crash or an interrupted import); how many."""
    session = open_session()
    try:
        waiting = pending_articles(session)
        matched = complete_pending_matching(session, IntakeRules.from_settings(current_app.config["CHECKER"]))
    finally:
        session.close()
    if waiting:
        echo(f"Matched {matched} claims of {waiting} articles whose matching was pending.")
    return waiting


@click.command("import")
@with_appcontext
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
def import_command(files: tuple[Path, ...]) -> None:
    """Import article files (.txt, .md, .html)."""
    summary = import_files(list(files))
    if summary["refused"] and not summary["imported"] and not summary["duplicate"]:
        raise SystemExit(1)


# AppGroup, not click.Group: its commands get an app context however they are invoked (the test runner too).
intake = AppGroup("intake", help="How claims enter Checker.")


@intake.command("resume")
def intake_resume() -> None:
    """Finish seen-before matching left pending (long articles, interrupted imports)."""
    if not resume_matching():
        click.echo("No matching was pending.")

