"""The one answer after a change: a redirect for a plain form post; for htmx, the re-rendered fragment (optionally
retargeted) or a client-side redirect, through flask-htmx's `make_response`."""
from __future__ import annotations

from collections.abc import Callable

from flask import Response, flash, redirect
from flask import make_response as flask_make_response
from flask_htmx import make_response as htmx_make_response

from checker.web.extensions import htmx


def answer(to: str | None = None, message: str = "", category: str = "success", *,
           fragment: Callable[[], str] | None = None, status: int = 200, retarget: str | None = None,
           reswap: str | None = None, flash_in_fragment: bool = False, page: Callable[[], str] | None = None,
           code: int = 302) -> Response:
    """Answer a request that changed something (or was refused).

    - htmx with a `fragment`: the fragment re-rendered, answered with `status` whatever the fragment's own (and
      `HX-Retarget`/`HX-Reswap` when given);
      `message` is flashed first only with `flash_in_fragment` (for fragments that show the flashes), else the
      fragment shows it itself.
    - a plain request with a `page`: that page with `status` (error pages, which have nowhere to go back to).
    - otherwise `message` is flashed and the browser goes to `to`: a redirect (`code`), or for htmx an
      `HX-Redirect`, so htmx loads the whole page instead of swapping it into a card.
    """
    if htmx and fragment is not None:
        if message and flash_in_fragment:
            flash(message, category)
        return htmx_make_response(fragment(), status, retarget=retarget, reswap=reswap)
    if page is not None:
        return flask_make_response(page(), status)
    if message:
        flash(message, category)
    if to is None:
        raise ValueError("answer() needs `to` when it redirects")
    if htmx:
        return htmx_make_response("", 200, redirect=to)
    return redirect(to, code=code)
