"""The OpenAPI 3.1 document of /api/v1, served at /api/v1/openapi.json and checked by schemathesis in the tests."""
from __future__ import annotations

from flask import jsonify

from checker.web.api.blueprint import bp
from checker.web.api.inputs import MAX_ID

STR = {"type": "string"}
NULLABLE_STR = {"type": ["string", "null"]}
DATE = {"type": ["string", "null"], "format": "date"}
DATETIME = {"type": ["string", "null"]}
ID = {"type": "integer", "minimum": 1, "maximum": MAX_ID}


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict, media: str = "application/json") -> dict:
    return {"content": {media: {"schema": schema}}}


def _problem(description: str) -> dict:
    return {"description": description, **_json(_ref("Problem"), "application/problem+json")}


ERRORS = {"401": _problem("No token, or an unknown or revoked one"),
          "403": _problem("The token's role may not do this"),
          "429": {**_problem("Too many requests with this token"),
                  "headers": {"Retry-After": {"schema": {"type": "string"}}}}}
BAD = {"400": _problem("Bad input; `field` names it")}
MISSING = {"404": _problem("No such claim")}


def _query(name: str, description: str, schema: dict | None = None) -> dict:
    return {"name": name, "in": "query", "required": False, "description": description,
            "schema": schema or {"type": "string"}}


SCHEMAS = {
    "Problem": {"type": "object", "required": ["title", "status", "detail"], "properties": {
        "type": STR, "title": STR, "status": {"type": "integer"}, "detail": STR, "field": STR}},
    "Article": {"type": "object", "required": ["id", "title", "outlet", "url", "published_on", "language"],
                "properties": {"id": {"type": "integer"}, "title": STR, "outlet": STR, "url": STR,
                               "published_on": DATE, "language": STR, "created_at": DATETIME,
                               "created": {"type": "boolean"}, "matching_pending": {"type": "boolean"}}},
    "Rating": {"type": ["object", "null"], "required": ["key", "label_en", "label_ar", "value"], "properties": {
        "key": STR, "label_en": STR, "label_ar": STR, "value": {"type": ["integer", "null"]}}},
    "SeenBefore": {"type": "object", "required": ["target_kind", "target_id", "score", "likely_duplicate"],
                   "properties": {"target_kind": {"enum": ["claim", "external"]}, "target_id": {"type": "integer"},
                                  "score": {"type": "number"}, "likely_duplicate": {"type": "boolean"},
                                  "state": STR, "text": STR, "rating": _ref("Rating")}},
    "Claim": {"type": "object", "required": ["id", "article_id", "text", "status", "score", "reasons", "facts",
                                             "version", "seen_before"],
              "properties": {
                  "id": {"type": "integer"}, "article_id": {"type": "integer"}, "text": STR,
                  "checkable_wording": STR, "language": STR, "status": {"enum": [
                      "new", "in_review", "awaiting_approval", "published", "dismissed", "duplicate"]},
                  "queued": {"type": "boolean"}, "score": {"type": "number"}, "claim_type": STR,
                  "reasons": {"type": "array", "items": {"type": "object", "required": ["code"],
                                                         "properties": {"code": STR}}},
                  "facts": {"type": "object"}, "speaker": STR, "assignee": NULLABLE_STR,
                  "version": {"type": "integer"}, "created_at": DATETIME,
                  "seen_before": {"type": "array", "items": _ref("SeenBefore")},
                  "links": {"type": "object", "properties": {"self": STR}}}},
    "Source": {"type": "object", "required": ["id", "url", "stance"], "properties": {
        "id": {"type": "integer"}, "url": STR, "title": STR, "publisher": STR, "excerpt": STR,
        "stance": {"enum": ["supports", "refutes", "context"]}, "published_on": DATE, "accessed_at": DATETIME,
        "created_at": DATETIME}},
    "Verdict": {"type": "object", "required": ["revision", "rating", "verdict_line", "explanation"], "properties": {
        "revision": {"type": "integer"}, "rating": _ref("Rating"), "verdict_line": STR, "explanation": STR,
        "author": NULLABLE_STR, "approver": NULLABLE_STR, "published_at": DATETIME, "created_at": DATETIME}},
}
SCHEMAS["ClaimDetail"] = {"allOf": [_ref("Claim"), {"type": "object", "required": ["article", "sources", "verdicts"],
                                                    "properties": {
    "article": _ref("Article"), "sources": {"type": "array", "items": _ref("Source")},
    "verdicts": {"type": "array", "items": _ref("Verdict")}}}]}

URL = {"type": "string", "maxLength": 2000, "pattern": "^https?://[A-Za-z0-9.-]+(/[A-Za-z0-9._~/-]*)?$",
       "description": "http:// or https://"}
NOT_BLANK = "\\S"
ARTICLE_FIELDS = {"title": {"type": "string", "maxLength": 500, "pattern": NOT_BLANK}, "outlet": {"type": "string", "maxLength": 200},
                  "url": URL,
                  "published_on": {"type": "string", "format": "date"},
                  "language": {"enum": ["ar", "en"], "description": "detected when left out"}}
ARTICLE_CREATED = {"type": "object", "required": ["article", "claims"], "properties": {
    "article": _ref("Article"), "claims": {"type": "array", "items": _ref("Claim")}}}

PATHS = {
    "/articles": {"post": {
        "operationId": "create_article", "summary": "Import an article; its claims are scored and queued",
        "requestBody": {"required": True, "content": {
            "application/json": {"schema": {"type": "object", "required": ["title", "body"], "properties": {
                **ARTICLE_FIELDS, "body": {"type": "string", "pattern": NOT_BLANK}}}},
            "multipart/form-data": {"schema": {"type": "object", "required": ["file"], "properties": {
                **ARTICLE_FIELDS, "file": {"type": "string", "format": "binary",
                                           "description": ".txt, .md or .html"}}}}}},
        "responses": {"201": {"description": "Imported", **_json(ARTICLE_CREATED)},
                      "200": {"description": "The same text was imported before", **_json(ARTICLE_CREATED)},
                      **BAD, "413": _problem("Larger than max_article_bytes"),
                      "415": _problem("The body is not JSON or a multipart form"), **ERRORS}}},
    "/claims": {"get": {
        "operationId": "list_claims", "summary": "The queue: filters as query arguments, keyset pages",
        "parameters": [
            _query("status", "claim status", {"enum": ["new", "in_review", "awaiting_approval", "published",
                                                       "dismissed", "duplicate"]}),
            _query("language", "claim language", {"enum": ["ar", "en", "mixed"]}),
            _query("outlet", "the article's outlet, exactly", {"type": "string", "maxLength": 200}),
            _query("article", "an article id", ID),
            _query("assignee", "`mine`, `unassigned` or a user id", {"type": "string"}),
            _query("claim_type", "claim type", {"type": "string", "maxLength": 20}),
            _query("reason", "a reason code (number, date, attribution, …)", {"type": "string", "maxLength": 30}),
            _query("date_from", "imported on or after", {"type": "string", "format": "date"}),
            _query("date_to", "imported on or before", {"type": "string", "format": "date"}),
            _query("sort", "order, highest first", {"enum": ["score", "date", "status"]}),
            _query("after", "the cursor from a `next` link", {"type": "string", "maxLength": 200}),
            _query("limit", "claims per page (default 50)", {"type": "integer", "minimum": 1, "maximum": 100})],
        "responses": {"200": {"description": "One page", "headers": {"Link": {"schema": {"type": "string"}}},
                              **_json({"type": "object", "required": ["items", "next"], "properties": {
                                  "items": {"type": "array", "items": _ref("Claim")}, "next": NULLABLE_STR}})},
                      **BAD, **ERRORS}}},
    "/claims/{claim_id}": {"get": {
        "operationId": "get_claim", "summary": "A claim with its article, sources and verdict history",
        "parameters": [{"name": "claim_id", "in": "path", "required": True, "schema": ID}],
        "responses": {"200": {"description": "The claim", **_json(_ref("ClaimDetail"))}, **MISSING, **ERRORS}}},
    "/claims/{claim_id}/sources": {"post": {
        "operationId": "add_source", "summary": "Link a source (while the claim is new or in review)",
        "parameters": [{"name": "claim_id", "in": "path", "required": True, "schema": ID}],
        "requestBody": {"required": True, "content": {"application/json": {"schema": {
            "type": "object", "required": ["url"], "properties": {
                "url": URL, "title": {"type": "string", "maxLength": 500},
                "publisher": {"type": "string", "maxLength": 200}, "excerpt": {"type": "string"},
                "stance": {"enum": ["supports", "refutes", "context"]},
                "published_on": {"type": "string", "format": "date"}}}}}},
        "responses": {"201": {"description": "Linked", **_json(_ref("Source"))}, **BAD, **MISSING,
                      "409": _problem("The claim is no longer editable"),
                      "415": _problem("The body is not JSON"), **ERRORS}}},
    "/claims/{claim_id}/verdicts": {"post": {
        "operationId": "save_verdict", "summary": "Save a verdict revision (optimistic locking by `version`)",
        "parameters": [{"name": "claim_id", "in": "path", "required": True, "schema": ID}],
        "requestBody": {"required": True, "content": {"application/json": {"schema": {
            "type": "object", "required": ["rating", "explanation", "version"], "properties": {
                "rating": {"type": "string", "description": "a rating key of the scale, e.g. `false`"},
                "verdict_line": {"type": "string", "maxLength": 500}, "explanation": {"type": "string"},
                "version": {"type": "integer", "minimum": 0, "maximum": MAX_ID,
                            "description": "the claim's `version` as you read it"}}}}}},
        "responses": {"201": {"description": "Saved as a new revision", **_json({
            "type": "object", "required": ["verdict", "claim"], "properties": {
                "verdict": _ref("Verdict"), "claim": {"type": "object", "required": ["id", "status", "version"],
                                                      "properties": {"id": {"type": "integer"}, "status": STR,
                                                                     "version": {"type": "integer"}}}}})},
                      **BAD, **MISSING, "409": _problem("Someone saved the claim since you read it, or it is "
                                                        "no longer editable"),
                      "415": _problem("The body is not JSON"), **ERRORS}}},
    "/search": {"get": {
        "operationId": "search", "summary": "The search box: claims, verdicts, others' fact-checks",
        "parameters": [
            {"name": "q", "in": "query", "required": True, "schema": {"type": "string", "minLength": 1}},
            _query("verdict", "a rating key"), _query("language", "", {"enum": ["ar", "en"]}),
            _query("outlet", "part of the outlet or publisher"),
            _query("from", "published on or after", {"type": "string", "format": "date"}),
            _query("to", "published on or before", {"type": "string", "format": "date"}),
            _query("kind", "", {"enum": ["claim", "external"]})],
        "responses": {"200": {"description": "Results, best first", **_json({
            "type": "object", "required": ["query", "results"], "properties": {"query": STR, "results": {
                "type": "array", "items": {"type": "object", "required": ["kind", "id", "score", "text"],
                                           "properties": {"kind": {"enum": ["claim", "external"]},
                                                          "id": {"type": "integer"}, "score": {"type": "number"},
                                                          "text": STR, "language": STR, "outlet": STR,
                                                          "published_on": DATE, "url": STR,
                                                          "rating": _ref("Rating"), "verdict_label": STR}}}}})},
                      **BAD, **ERRORS}}},
    "/claimreview": {"get": {
        "operationId": "claimreview", "summary": "Published fact-checks as a schema.org ClaimReview JSON-LD feed",
        "parameters": [_query("since", "first published on or after this day", {"type": "string",
                                                                                "format": "date"})],
        "responses": {"200": {"description": "ClaimReview feed", **_json({
            "type": "object", "required": ["@context", "@graph"], "properties": {
                "@context": STR, "@graph": {"type": "array", "items": {"type": "object"}}}},
            "application/ld+json")}, **BAD, **ERRORS}}},
}

DOCUMENT = {
    "openapi": "3.1.0",
    "info": {"title": "Checker API", "version": "1.0.0",
             "description": "Push articles into Checker and pull claims and published fact-checks out. "
                            "Authenticate with a personal API token: `Authorization: Bearer <token>`."},
    "servers": [{"url": "/api/v1"}],
    "security": [{"token": []}],
    "components": {"securitySchemes": {"token": {"type": "http", "scheme": "bearer"}}, "schemas": SCHEMAS},
    "paths": PATHS,
}


@bp.get("/openapi.json")
def openapi():
    """The API's OpenAPI 3.1 document (public: it describes, it holds no data)."""
    return jsonify(DOCUMENT)
