"""The queue page asks the database the same number of questions however many rows carry seen-before notes, and
still shows each row's note (suggested, likely duplicate, checked before)."""
from __future__ import annotations

from sqlalchemy import event
from sqlmodel import select

from checker.store.search_index.matching import record_match
from checker.store.search_index.tables import ClaimMatch
from tests.store.test_desk_store import make_article, make_claim


def _queue_with_matches(session, rows: int) -> list:
    article = make_article(session)
    earlier = make_claim(session, article, original_text="Earlier claim", score=0.1)
    claims = [make_claim(session, article, original_text=f"Claim {i}", score=0.9 - i / 100) for i in range(rows)]
    for i, claim in enumerate(claims):
        record_match(session, claim.id, "claim", earlier.id, 75.0 if i % 2 else 95.0, same_batch=False)
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
    rania.get("/")  # the first view fills the status counts kept for a few seconds
    with_few = _statements(app, rania.client, "/")
    more = _queue_with_matches(session, 12)
    rania.get("/")
    with_more = _statements(app, rania.client, "/")
    assert with_more == with_few
    page = rania.get("/").get_data(as_text=True)
    for claim in [*few, *more]:
        row = page[page.index(f'data-claim-id="{claim.id}"'):]
        row = row[:row.index("</tr>")]
        score = session.exec(select(ClaimMatch.score).where(ClaimMatch.claim_id == claim.id)).one()
        assert ("Likely duplicate" if score >= 90 else "Possibly checked before") in row


def test_status_counts_follow_a_change_at_once(client_as, session, make_user):
    article = make_article(session)
    claims = [make_claim(session, article, original_text=f"Claim {i}") for i in range(2)]
    rania = client_as(make_user("reviewer", "rania"))
    assert "New (2)" in rania.get("/").get_data(as_text=True)
    rania.post("/queue/bulk", {"action": "dismiss", "reason": "Opinion", "claim": f"{claims[0].id}:{claims[0].version}"})
    page = rania.get("/").get_data(as_text=True)
    assert "New (1)" in page and "Dismissed (1)" in page


def test_status_counts_follow_take_next(client_as, session, make_user):
    make_claim(session, make_article(session), original_text="Only claim")
    rania = client_as(make_user("reviewer", "rania"))
    assert "New (1)" in rania.get("/").get_data(as_text=True)
    rania.post("/queue/take-next", {})
    page = rania.get("/").get_data(as_text=True)
    assert "New (0)" in page and "In review (1)" in page


def test_the_htmx_fragment_costs_no_more_than_the_page(app, client_as, session, make_user):
    """Each `|number` filter once loaded the user again: 8 statements for the page, 20 for its fragment."""
    _queue_with_matches(session, 12)
    rania = client_as(make_user("reviewer", "rania"))
    rania.get("/")
    page = _statements(app, rania.client, "/")
    fragment = _statements(app, rania.client, "/", htmx=True)
    assert fragment <= page
