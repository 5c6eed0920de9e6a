"""`flask --app app export …` and `flask --app app import-claimreview …`: reports and the ClaimReview archive."""
from __future__ import annotations

import sys
import urllib.request
from datetime import date
from pathlib import Path

import click
from flask import current_app
from flask.cli import with_appcontext

from checker.cli import open_session
from checker.report.claimreview_import import parse_claim_reviews
from checker.report.exports import export_chunks
from checker.report.label_map import parse_mapping_lines
from checker.report.render import FORMATS
from checker.store.errors import CheckerError
from checker.store.reports.organisation import label_lookup, organisation
from checker.store.sources.claimreview_import import import_claim_reviews
from checker.store.verdicts.published import ReportFilter, count_fact_checks

FEED_TIMEOUT = 30  # seconds to wait for a remote feed


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (use YYYY-MM-DD)") from None


def _read_source(source: str) -> str:
    """A file's text, or a feed's when given an http(s) address."""
    if source.startswith(("http://", "https://")):
        with urllib.request.urlopen(source, timeout=FEED_TIMEOUT) as response:  # noqa: S310 (http(s) only)
            return response.read().decode("utf-8-sig")
    return Path(source).read_text(encoding="utf-8-sig")


@click.command("export")
@with_appcontext
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default="claimreview", show_default=True)
@click.option("--article", "article_id", type=int, default=None, help="Only this article's fact-checks.")
@click.option("--from", "date_from", default=None, help="First published on or after (YYYY-MM-DD).")
@click.option("--to", "date_to", default=None, help="First published on or before (YYYY-MM-DD).")
@click.option("--verdict", "verdicts", multiple=True, help="Only these rating keys (repeat the option).")
@click.option("--claim-language", type=click.Choice(["ar", "en"]), default=None)
@click.option("--lang", "language", type=click.Choice(["en", "ar"]), default="en", show_default=True,
              help="Language of the report's headings and labels.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default="-")
def export(fmt: str, article_id: int | None, date_from: str | None, date_to: str | None,
           verdicts: tuple[str, ...], claim_language: str | None, language: str, output: str) -> None:
    """Export published fact-checks (streamed: memory stays flat for any number)."""
    settings = current_app.config["CHECKER"]
    base = settings.organisation_url.rstrip("/")
    filters = ReportFilter(article_id=article_id, date_from=_day(date_from), date_to=_day(date_to),
                           rating_keys=verdicts, language=claim_language)
    session = open_session()
    try:
        org = organisation(session, settings.organisation_name, settings.organisation_url)
        total = count_fact_checks(session, filters)
        chunks = export_chunks(session, fmt, filters, org, lambda claim_id: f"{base}/fact-checks/{claim_id}",
                               language)
        if output == "-":
            for chunk in chunks:
                sys.stdout.buffer.write(chunk)
            sys.stdout.buffer.flush()
        else:
            with open(output, "wb") as handle:
                for chunk in chunks:
                    handle.write(chunk)
            click.echo(f"Wrote {total} fact-checks to {output}", err=True)
    except CheckerError as error:
        raise click.ClickException(str(error)) from None
    finally:
        session.close()


@click.command("import-claimreview")
@with_appcontext
@click.argument("sources", nargs=-1, required=True)
@click.option("--map", "mappings", multiple=True, metavar="LABEL=KEY",
              help="Map a foreign verdict label onto a local rating key (repeat the option).")
@click.option("--mapping", "mapping_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A file of \"label = key\" lines.")
@click.option("--all-or-nothing", is_flag=True, help="Import nothing when any record is bad.")
def import_claimreview(sources: tuple[str, ...], mappings: tuple[str, ...], mapping_file: Path | None,
                       all_or_nothing: bool) -> None:
    """Import ClaimReview JSON-LD (files, feeds or pages; http(s) addresses are fetched) into the archive."""
    lines = "\n".join(mappings)
    if mapping_file is not None:
        lines = mapping_file.read_text(encoding="utf-8-sig") + "\n" + lines
    pairs, bad_lines = parse_mapping_lines(lines)
    if bad_lines:
        raise click.BadParameter(f"not \"label = key\": {'; '.join(bad_lines)}", param_hint="--map/--mapping")
    parsed, rejected = [], []
    for source in sources:
        try:
            found, refused = parse_claim_reviews(_read_source(source))
        except (OSError, ValueError) as error:
            raise click.ClickException(f"{source}: cannot read ClaimReview JSON-LD: {error}") from None
        parsed += [(source, review) for review in found]
        rejected += [(source, item) for item in refused]
    for source, item in rejected:
        click.echo(f"bad        {source} #{item.position} {item.url}: {item.reason}")
    if rejected and all_or_nothing:
        raise click.ClickException(f"{len(rejected)} bad records; nothing imported (--all-or-nothing)")
    session = open_session()
    try:
        table = label_lookup(session, pairs)
        summary = import_claim_reviews(session, [review for _source, review in parsed], table)
    except CheckerError as error:
        raise click.ClickException(str(error)) from None
    finally:
        session.close()
    for line in summary.lines:
        click.echo(line)
    click.echo(f"{summary.imported} imported, {summary.duplicates} skipped as duplicate, "
               f"{len(rejected) + len(summary.refused)} bad, {len(summary.unmapped)} with a label not on the scale"
               + (f" ({', '.join(sorted(summary.unmapped))})" if summary.unmapped else ""))
    if (rejected or summary.refused) and not summary.imported and not summary.duplicates:
        raise SystemExit(1)
