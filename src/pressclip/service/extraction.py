"""One extraction job, as a worker process runs it: a page in, the JSON answer out.

The answer is encoded to JSON here, in the worker, so that the server's event loop only
moves bytes. Failures become an HTTP status and a message for the asker; an unexpected
exception is logged here with its traceback and answered without one.
"""

from __future__ import annotations

import json
import sys
import traceback
from dataclasses import dataclass, replace

from ..explained import explain_entries
from ..intake import HTML, TEXT, Page, extract_page, without_surrogates
from ..options import BALANCED, Options
from ..record import ExtractionError
from ..render import to_markdown

# A small page, read as HTML and as text, loads every model and word list before the first
# real request.
_WARM_UP_TEXT = "The minister said the plan would start in May, officials told reporters. " * 8
_WARM_UP_PAGE = f"<html><body><article><h1>Warm-up</h1><p>{_WARM_UP_TEXT}</p></article></body>"


@dataclass(frozen=True, slots=True)
class Job:
    page: Page  # read by the intake, in the server: its checks and guess already passed
    facts: bool = True
    explain: bool = False
    markdown: bool = False
    focus: str = BALANCED


@dataclass(frozen=True, slots=True)
class Answer:
    status: int
    body: bytes  # JSON
    retire: bool = False  # the worker must be replaced after this job (memory guard hit)


def run_job(job: Job) -> Answer:
    try:
        article = extract_page(job.page, Options(facts=job.facts, explain=job.explain,
                                                 focus=job.focus))
    except ExtractionError as exc:
        return error(422, f"cannot read the page: {exc}")
    except MemoryError:
        return replace(error(413, "the page needs more memory than an extraction worker may "
                                  "use"), retire=True)
    except Exception:  # noqa: BLE001 - a bug on one page must not take the worker down
        traceback.print_exc(file=sys.stderr)
        return error(500, "pressclip failed on this page (the error is in the server's log)")
    record = article.to_dict()
    if job.explain:
        record["explain"] = explain_entries(article)
    if job.markdown:
        record["markdown"] = to_markdown(article)
    return Answer(200, utf8_json(record))


def error(status: int, message: str) -> Answer:
    return Answer(status, utf8_json({"error": message}))


def utf8_json(value: object) -> bytes:
    """JSON as UTF-8, with any lone surrogate (from a field given with a "\\ud800" escape,
    say) as U+FFFD: such a character cannot be written in UTF-8, and failing to write the
    answer would take the worker down."""
    text = json.dumps(value, ensure_ascii=False)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return without_surrogates(text).encode("utf-8")


def warm_up() -> None:
    for kind, data in ((HTML, _WARM_UP_PAGE), (TEXT, f"Warm-up\n{_WARM_UP_TEXT}")):
        run_job(Job(Page(data, kind), explain=True))
