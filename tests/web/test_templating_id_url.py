"""id_url builds a row link once and formats each id into it: the same string url_for gives, for any id."""
from __future__ import annotations

import pytest
from flask import url_for

from checker.web.templating import id_url


@pytest.mark.parametrize(("endpoint", "argument", "values"), [
    ("claims.detail", "claim_id", {}),
    ("articles.detail", "article_id", {}),
    ("claims.detail", "claim_id", {"next": "/queue/?status=new&language=ar"}),  # query string after the id
])
def test_each_id_gives_the_url_url_for_gives(app, endpoint, argument, values):
    with app.test_request_context("/", base_url="http://desk.example/"):
        url = id_url(endpoint, argument, **values)
        for value in (1, 7, 42, 987_654_321, 2**31 - 1, 10**15):
            assert url(value) == url_for(endpoint, **{argument: value}, **values)


def test_an_endpoint_without_the_id_in_its_url_is_refused(app):
    with app.test_request_context("/"):
        with pytest.raises(ValueError, match="claim_id"):
            id_url("search.index", "claim_id")  # url_for would put it in the query string instead
