"""The OpenAPI document is true: schemathesis drives every operation it describes against the real app (WSGI, a
real database with queued claims, a published fact-check and a token) and finds no 5xx and no answer the document
does not describe (status code, content type, headers, body schema)."""
from __future__ import annotations

import itertools
import uuid
from dataclasses import dataclass

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (content_type_conformance, response_headers_conformance,
                                               response_schema_conformance, status_code_conformance)

from checker.intake.take_in import take_in
from checker.store.api.tokens import create_token
from checker.store.claims.articles import ArticleDraft
from checker.store.db import new_session
from checker.store.migrate import upgrade_database
from checker.store.people.accounts import create_user
from checker.web import create_app
from tests.conftest import BACKEND, PASSWORD, SAMPLES, _postgres_database
from tests.web.api.conftest import make_ready
from checker.store.verdicts import approvals as approval_store

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_headers_conformance,
          response_schema_conformance]
EXAMPLES = 15  # per operation: reaches the answers and refusals of each; the whole file takes well under a minute
OPERATIONS = [("/articles", "POST"), ("/claims", "GET"), ("/claims/{claim_id}", "GET"),
              ("/claims/{claim_id}/sources", "POST"), ("/claims/{claim_id}/verdicts", "POST"), ("/search", "GET"),
              ("/claimreview", "GET")]


@dataclass(frozen=True)
class World:
    app: object
    token: str
    published_id: int
    open_id: int


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """One database for every operation: two queued claims (one published) and an editor's token."""
    tmp = tmp_path_factory.mktemp("openapi")
    if BACKEND == "postgresql":
        url, drop = _postgres_database(uuid.uuid4().hex[:12])
    else:
        url, drop = f"sqlite:///{tmp / 'checker.db'}", (lambda: None)
    upgrade_database(url)
    app = create_app({"TESTING": True, "DATABASE_URL": url, "INSTANCE_PATH": str(tmp / "instance"),
                      "SECRET_KEY": "test-secret", "SERVER_NAME": "checker.test", "API_RATE_LIMIT": 10_000})
    session = new_session(app.extensions["checker_engine"])
    reviewer = create_user(session, "rania", PASSWORD, "reviewer")
    editor = create_user(session, "edward", PASSWORD, "editor")
    session.commit()
    body = (SAMPLES / "ar-elaph-iraq-withdrawal.txt").read_text(encoding="utf-8")
    first, second = [c for c in take_in(session, ArticleDraft(title="Sample", body=body), reviewer).claims
                     if c.queued][:2]
    make_ready(session, first, reviewer)
    approval_store.approve(session, first, editor, first.version)
    token = create_token(session, editor, "schemathesis").secret
    session.commit()
    session.close()
    yield World(app, token, first.id, second.id)
    app.extensions["checker_engine"].dispose()
    drop()


@pytest.mark.parametrize("path, method", OPERATIONS)
def test_every_operation_conforms_to_the_document(world, path, method):
    headers = {"Authorization": f"Bearer {world.token}"}
    operation = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", world.app)[path][method]
    # Random ids mostly miss; every other example is pointed at a real claim (published, or still open) so the
    # body checks and the full answers are exercised too.
    real_ids = itertools.cycle([None, world.published_id, None, world.open_id])

    # Driven by hand with Hypothesis: schemathesis's own pytest plugin does not run under pytest 9 yet.
    @given(case=operation.as_strategy())
    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    def conforms(case) -> None:
        real_id = next(real_ids)
        if case.path_parameters and "claim_id" in case.path_parameters and real_id:
            case.path_parameters["claim_id"] = real_id
        case.call_and_validate(headers=headers, checks=CHECKS)

    conforms()


def test_the_document_covers_every_api_route(app):
    document = app.test_client().get("/api/v1/openapi.json").get_json()
    routes = {(rule.rule.removeprefix("/api/v1").replace("<int:claim_id>", "{claim_id}"), method.lower())
              for rule in app.url_map.iter_rules() if rule.endpoint.startswith("api.") and rule.endpoint != "api.openapi"
              for method in rule.methods - {"HEAD", "OPTIONS"}}
    documented = {(path, method) for path, item in document["paths"].items() for method in item}
    assert routes == documented
