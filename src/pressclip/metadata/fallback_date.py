"""A second opinion on the publication date, for pages where our readers find none.

htmldate (fast mode, original date) is the best-kept date library there is, but on pages
where our structured and visible readers do find a date it is no better than they are, and
it costs several milliseconds a page (bench/metadata_dev.py). On the pages where they find
nothing (about 4 % of the trafilatura set's annotated training pages) it finds the right
date for about half, at ~17 ms each: worth paying there, and only there.

htmldate is imported on the first call, not with this module: importing pressclip then sets
no module state (htmldate's import and the quieting of its logger happen only when a page
needs it), and processes that never need the fallback never pay for loading it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import cache

from ..parse.attributes import cap_attributes


@cache
def _find_date() -> Callable[..., str | None]:
    from htmldate import find_date

    # htmldate logs every page it cannot date; one page without a date is not news to a user.
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    return find_date


def fallback_date(page_text: str, url: str | None) -> str | None:
    """The page's original publication date as YYYY-MM-DD, or None."""
    if " " not in page_text:
        # htmldate downloads a string without a space that starts with "http", taking it for
        # a URL: a "page" that is only a URL would make extract() fetch it, past the
        # service's address checks. No page with a date to find is spaceless.
        return None
    # htmldate parses the page again with libxml2: a tag with thousands of attributes would
    # cost it quadratic time there too (it took 5 s on 350 KB of them), so it reads the page
    # as parse_html did, with every tag cut to its first attributes.
    try:
        return _find_date()(cap_attributes(page_text), url=url, extensive_search=False,
                            original_date=True)
    except (ValueError, TypeError):
        return None
