"""Reports as PDF: the HTML report laid out by WeasyPrint, whose Pango/HarfBuzz shape Arabic."""
from __future__ import annotations

import logging


def html_to_pdf(html: str, base_url: str | None = None) -> bytes:
    """Lay out a report page as PDF bytes; links stay clickable, fonts are embedded."""
    # Imported here: WeasyPrint loads Pango on import, which only PDF exports need.
    from weasyprint import HTML

    # WeasyPrint warns about every CSS property it ignores; a report is not the place for that noise.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    return HTML(string=html, base_url=base_url).write_pdf()
