"""The queue page asks the database the same number of questions however many rows carry seen-before notes, and
still shows each row's note (suggested, likely duplicate, checked before)."""
from __future__ import annotations

from sqlalchemy import event
from sqlmodel import select

from checker.config import Settings
from checker.store.search_index.matching import record_match
from checker.store.search_index.tables import ClaimMatch
from tests.store.test_desk_store import make_article, make_claim

AUTO = Settings.__dataclass_fields__["match_auto_threshold"].default


def _queue_with_matches(session, rows: int) -> list:
    article = make_article(session)
    earlier = make_claim(session, article, original_text="Earlier claim", score=0.1)
    claims = [make_claim(session, article, original_text=f"Claim {i}", score=0.9 - i / 100) for i in range(rows)]
    for i, claim in enumerate(claims):
        record_match(session, claim.id, "claim", earlier.id, 75.0 if i % 2 else AUTO, same_batch=False)
    session.commit()
    return claims


def _statements(app, client, url: str, htmx: bool = False) -> int:
    engine = app.extensions["checker_engine"]
    seen: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        assert client.get(url, headers={"HX-Request": "true"} if htmx else {}).status_code == 200
    finally:
        event.remove(engine, "before_cursor_execute", count)
    return len(seen)


def test_seen_before_notes_cost_no_query_per_row(app, client_as, session, make_user):
    few = _queue_with_matches(session, 2)
    reviewer = make_user("reviewer", "rania")
    rania = client_as(reviewer)
    rania.get("/queue/")  # the first view fills the status counts kept for a few seconds
    with_few = _statements(app, rania.client, "/queue/")
    more = _queue_with_matches(session, 12)
    rania.get("/queue/")
    with_more = _statements(app, rania.client, "/queue/")
    assert with_more == with_few
    page = rania.get("/queue/").get_data(as_text=True)
    for claim in [*few, *more]:
        row = page[page.index(f'data-claim-id="{claim.id}"'):]
        row = row[:row.index("</tr>")]
        score = session.exec(select(ClaimMatch.score).where(ClaimMatch.claim_id == claim.id)).one()
        assert ("Likely duplicate" if score >= AUTO else "Possibly checked before") in row


def test_status_counts_follow_a_change_at_once(client_as, session, make_user):
    article = make_article(session)
    claims = [make_claim(session, article, original_text=f"Claim {i}") for i in range(2)]
    rania = client_as(make_user("reviewer", "rania"))
    assert "New (2)" in rania.get("/queue/").get_data(as_text=True)
    rania.post("/queue/bulk", {"action": "dismiss", "reason": "Opinion", "claim": f"{claims[0].id}:{claims[0].version}"})
    page = rania.get("/queue/").get_data(as_text=True)
    assert "New (1)" in page and "Dismissed (1)" in page


def test_status_counts_follow_take_next(client_as, session, make_user):
    make_claim(session, make_article(session), original_text="Only claim")
    rania = client_as(make_user("reviewer", "rania"))
    assert "New (1)" in rania.get("/queue/").get_data(as_text=True)
    rania.post("/queue/take-next", {})
    page = rania.get("/queue/").get_data(as_text=True)
    assert "New (0)" in page and "In review (1)" in page


def test_the_htmx_fragment_costs_no_more_than_the_page(app, client_as, session, make_user):
    """Each `|number` filter once loaded the user again: 8 statements for the page, 20 for its fragment."""
    _queue_with_matches(session, 12)
    rania = client_as(make_user("reviewer", "rania"))
    rania.get("/queue/")
    page = _statements(app, rania.client, "/queue/")
    fragment = _statements(app, rania.client, "/queue/", htmx=True)
    assert fragment <= page


# --- the claim page: each htmx fragment builds only the part it shows -------------------------------------------

def _claim_with_history(session, client):
    """A claim in review with a few sources, verdict revisions, comments and wordings, so every part has rows."""
    from sqlmodel import select as select_rows

    from checker.store.claims.tables import Claim
    from checker.store.verdicts.tables import Rating

    article = make_article(session, body="First sentence. The ministry said 50,000 troops will leave. Last one.")
    claim = make_claim(session, article, position=1)
    make_claim(session, article, original_text="First sentence.", position=0, queued=False)
    rating = session.exec(select_rows(Rating)).first()

    def version() -> str:
        session.expire_all()
        return str(session.get(Claim, claim.id).version)

    client.post(f"/claims/{claim.id}/take", {"version": version()})
    for n in range(3):
        client.post(f"/claims/{claim.id}/sources", {"url": f"https://example.org/{n}", "stance": "refutes"})
        client.post(f"/claims/{claim.id}/verdict", {"rating": str(rating.id), "verdict_line": f"No {n}",
                                                    "explanation": f"Because {n}.", "version": version()})
        client.post(f"/claims/{claim.id}/comments", {"body": f"Comment {n}"})
        client.post(f"/claims/{claim.id}/wording", {"wording": f"The ministry said {n} troops", "version": version()})
    return claim, rating, version


def _answer_statements(app, client, url: str, data: dict) -> int:
    """Statements an htmx POST costs after its change is committed: what building its fragment costs."""
    engine = app.extensions["checker_engine"]
    seen: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        seen.append(statement)

    def committed(_conn) -> None:
        seen.clear()

    event.listen(engine, "before_cursor_execute", count)
    event.listen(engine, "commit", committed)
    try:
        response = client.post(url, data={"csrf_token": client.token, **data}, headers={"HX-Request": "true"})
        assert response.status_code == 200, response.get_data(as_text=True)[:500]
    finally:
        event.remove(engine, "before_cursor_execute", count)
        event.remove(engine, "commit", committed)
    return len(seen)


def test_claim_page_fragments_cost_no_more_than_the_page(app, client_as, session, make_user):
    """Each fragment builds only its part of the page: the history fragment, and what each htmx change costs once
    committed, stay within the page's count, and (a part being one of five) within half of it."""
    rania = client_as(make_user("reviewer", "rania"))
    claim, rating, version = _claim_with_history(session, rania)
    base = f"/claims/{claim.id}"
    rania.get(base)
    page = _statements(app, rania.client, base)
    source_id = claim_source_ids(session, claim.id)[0]
    fragments = {
        "history": _statements(app, rania.client, f"{base}/history", htmx=True),
        "wording": _answer_statements(app, rania, f"{base}/wording", {"wording": "Reworded", "version": version()}),
        "claimant": _answer_statements(app, rania, f"{base}/claimant", {"name": "Ministry", "version": version()}),
        "comment": _answer_statements(app, rania, f"{base}/comments", {"body": "One more"}),
        "verdict": _answer_statements(app, rania, f"{base}/verdict", {
            "rating": str(rating.id), "verdict_line": "No", "explanation": "Because.", "version": version()}),
        "draft": _answer_statements(app, rania, f"{base}/draft", {"rating": str(rating.id), "explanation": "Typing"}),
        "discard draft": _answer_statements(app, rania, f"{base}/draft/discard", {}),
        "add source": _answer_statements(app, rania, f"{base}/sources", {"url": "https://example.org/x",
                                                                          "stance": "context"}),
        "edit source": _answer_statements(app, rania, f"{base}/sources/{source_id}", {
            "url": "https://example.org/y", "stance": "supports", "version": version()}),
        "remove source": _answer_statements(app, rania, f"{base}/sources/{source_id}/remove", {"version": version()}),
    }
    print(f"\nclaim page: {page} statements; its fragments: {fragments}")
    assert {name: count for name, count in fragments.items() if count > page // 2} == {}


def claim_source_ids(session, claim_id: int) -> list[int]:
    """The ids of a claim's linked sources."""
    from checker.store.sources import claim_sources as source_store

    session.expire_all()
    return [source.id for source in source_store.sources(session, claim_id)]
