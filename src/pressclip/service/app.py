"""The HTTP service: `POST /extract`, the store's `GET /articles`, and the web page.

The service only calls the library: a page is read by the intake (intake.read_page, or
fetched.fetch_page with the SSRF guard), as `pressclip extract` reads it, extracted in a
worker process under a deadline, and answered with the record; library errors become HTTP
statuses in errors.py. Limits are in limits.py; the shape of every error in errors.py.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import date
from functools import partial
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, Query, Response
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline

from .. import __version__
from ..fetched import fetch_page
from ..intake import HTML, TEXT, read_page
from ..record import ExtractionError
from . import errors
from .errors import ApiError
from .extraction import Job
from .limits import BodyLimit, Limits
from .models import ErrorAnswer, ExtractAnswer, ExtractRequest, Health, SearchAnswer
from .store import StoreAccess
from .workers import ExtractorPool, ExtractTimeout, PoolBusy, WorkerDied

_DESCRIPTION = """\
Clean article records from news pages: the article's text and metadata, the quotes with
their speakers, the people, organisations and places named, and, with `explain`, every block
of the page kept or dropped with its reason. Errors are `{"error": "<message>"}` with a 4xx or
5xx status. The web page is at `/`.
"""
# The web page loads nothing from elsewhere and runs no inline script.
_PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; "
                               "frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorAnswer, "description": text} for code, text in (
        (400, "not JSON, or a URL that is refused (private address, not http)"),
        (408, "the body did not arrive in time"),
        (413, "the body is over the size limit, or the page needs more memory than a "
               "worker may use"),
        (422, "a field is wrong, the input is no page, or extraction hit its time limit"),
        (502, "the URL could not be fetched"),
        (503, "every worker stayed busy"),
    )}
# URL fetches run on threads of their own, never on the pool that serves the plain `def`
# routes (/health, /articles): pages that drip their answers must not starve those. Each
# fetch ends by its deadline; fetches past this many wait their turn.
FETCH_THREADS = 16
DOCS_ASSETS = "/docs-assets"


def static_dir() -> Path:
    return Path(str(resources.files("pressclip") / "static"))


def create_app(db: str | None = None, allow_private: bool = False,
               allow_networks: Sequence[str] = (), limits: Limits | None = None,
               workers: int = 2) -> FastAPI:
    """The service; `db` is a store made by `pressclip index` (SQLite path or PostgreSQL URL).

    `allow_private` lets URLs reach private, loopback and link-local addresses;
    `allow_networks` (CIDR) lets only those networks through. Worker processes start with
    the application (its lifespan) and stop with it.
    """
    limits = limits or Limits()
    pool = ExtractorPool(workers, limits.extract_seconds, limits.queue_seconds,
                         limits.worker_memory_mb)
    store = StoreAccess(db)
    networks = tuple(allow_networks)
    fetches = ThreadPoolExecutor(FETCH_THREADS, thread_name_prefix="fetch")

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await pool.start()
        try:
            yield
        finally:
            pool.close()
            fetches.shutdown(wait=False, cancel_futures=True)

    # /docs (Swagger UI) and /redoc load their scripts and styles from the fastapi-offline
    # package, served here under DOCS_ASSETS: FastAPI's own pages load them from a CDN, and
    # are blank offline or behind a firewall.
    app = FastAPIOffline(title="pressclip", version=__version__, description=_DESCRIPTION,
                         lifespan=lifespan, static_url=DOCS_ASSETS)
    app.add_middleware(BodyLimit, max_bytes=limits.max_body_bytes, seconds=limits.body_seconds,
                       max_requests=limits.max_requests,
                       body_memory_bytes=limits.body_memory_bytes)
    errors.install(app)

    @app.post("/extract", response_model=None, responses={200: {"model": ExtractAnswer},
                                                          **_ERRORS})
    async def extract(request: ExtractRequest) -> Response:
        """The article record of a page given as HTML, as flattened text, or as a URL."""
        label = (f"the page at {request.url}" if request.url is not None
                 else "the html field" if request.html is not None else "the text field")
        try:
            if request.url is not None:
                # Fetches wait on their own threads, never on those that answer
                # /health and /articles.
                page = await asyncio.get_running_loop().run_in_executor(fetches, partial(
                    fetch_page, request.url, limits.fetch_seconds, allow_private=allow_private,
                    allow_networks=networks, max_bytes=limits.max_body_bytes,
                    reference_time=request.reference_time))
                if request.page_url:
                    page = replace(page, url=request.page_url)
            else:
                # The JSON string is already text: the page's own declaration has no say.
                kind = HTML if request.html is not None else TEXT
                page = read_page(request.html if kind == HTML else str(request.text), kind,
                                 request.page_url, reference_time=request.reference_time)
        except ExtractionError as exc:
            raise errors.page_failure(exc, label) from exc
        job = Job(page, request.facts, request.explain, request.markdown, request.focus)
        try:
            answer = await pool.run(job)
        except ExtractTimeout as exc:
            raise ApiError(422, f"the page took longer than the {limits.extract_seconds:g} s "
                                "limit to extract") from exc
        except WorkerDied as exc:
            raise ApiError(500, "extraction failed on this page (its worker died)") from exc
        except PoolBusy as exc:
            raise ApiError(503, "every extraction worker stayed busy; try again",
                           {"Retry-After": "5"}) from exc
        return Response(answer.body, status_code=answer.status, media_type="application/json")

    @app.get("/articles", response_model=SearchAnswer, responses=_ERRORS)
    def articles(
        q: Annotated[str, Query(description="words that must all occur (accents and case "
                                            "folded)")] = "",
        lang: Annotated[str | None, Query(description="ISO 639-1 language code")] = None,
        date_from: Annotated[date | None, Query(alias="from", description="YYYY-MM-DD")] = None,
        date_to: Annotated[date | None, Query(alias="to", description="YYYY-MM-DD")] = None,
        publisher: Annotated[str | None, Query(description="part of the publisher's name")
                             ] = None,
        speaker: Annotated[str | None, Query(description="part of the name of someone quoted")
                           ] = None,
        limit: Annotated[int, Query(ge=1, le=100)] = 20,
        offset: Annotated[int, Query(ge=0, le=10_000)] = 0,
    ) -> dict[str, Any]:
        """Search the store, as `pressclip search` does; an empty query lists the newest."""
        hits = store.search(q, language=lang or None,
                            date_from=date_from.isoformat() if date_from else None,
                            date_to=date_to.isoformat() if date_to else None,
                            publisher=publisher or None, speaker=speaker or None,
                            limit=limit, offset=offset)
        return {"query": q, "limit": limit, "offset": offset, "hits": hits}

    @app.get("/articles/{article_id:path}", responses=_ERRORS)
    def article(article_id: str) -> dict[str, Any]:
        """One stored row: the record with its source keys (see docs/schema.md)."""
        return store.get(article_id)

    @app.get("/health", response_model=Health)
    def health() -> dict[str, Any]:
        return {"status": "ok", "workers": pool.size, "store": store.configured,
                "allow_private": allow_private}

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(static_dir() / "index.html", headers=_PAGE_HEADERS)

    app.mount("/static", StaticFiles(directory=static_dir()), name="static")
    return app
