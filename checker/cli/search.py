"""`flask --app app search "…"`: the same query function as the search box, from the command line."""
from __future__ import annotations

import json

import click
from flask.cli import with_appcontext

from checker.cli import open_session
from checker.search import SearchFilters, search


@click.command("search")
@with_appcontext
@click.argument("query")
@click.option("--limit", type=click.IntRange(1, 500), default=10, show_default=True)
@click.option("--language", type=click.Choice(["ar", "en"]), default=None)
@click.option("--kind", type=click.Choice(["claim", "external"]), default=None,
              help="Only our claims, or only other organisations' fact-checks.")
@click.option("--min-score", type=click.FloatRange(0, 100), default=0.0, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
def search_command(query: str, limit: int, language: str | None, kind: str | None, min_score: float,
                   as_json: bool) -> None:
    """Search claims, verdicts and external fact-checks (Arabic-aware)."""
    if not query.strip():
        raise click.UsageError("Give the words to search for.")
    session = open_session()
    try:
        hits = search(session, query, SearchFilters(language=language or "", kind=kind or ""), limit=limit,
                      min_score=min_score)
    finally:
        session.close()
    if not hits:
        click.echo("Nothing found.", err=True)
        return
    for hit in hits:
        verdict = hit.rating.label_en if hit.rating else hit.verdict_label
        where = f"claim {hit.ref_id}" if hit.kind == "claim" else hit.url
        if as_json:
            click.echo(json.dumps({"kind": hit.kind, "id": hit.ref_id, "score": hit.score, "text": hit.text,
                                   "verdict": verdict, "outlet": hit.outlet, "url": hit.url,
                                   "published_on": hit.published_on.isoformat() if hit.published_on else None},
                                  ensure_ascii=False))
        else:
            click.echo(f"{hit.score:5.1f}  [{verdict or '-'}]  {hit.text}\n       {hit.outlet} · {where}")
