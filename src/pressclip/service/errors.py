"""Every failure answered the same way: a status and `{"error": "<message for a person>"}`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from ..errors import PageUnavailable
from ..intake import without_surrogates
from ..record import ExtractionError

_SHAPE = "the body must be a JSON object with one of html, text or url"


class ApiError(Exception):
    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers


def error_response(status: int, message: str, headers: dict[str, str] | None = None,
                   **extra: Any) -> JSONResponse:
    # A message may quote what the asker sent (a URL, a field), lone surrogates included,
    # which UTF-8 cannot write: U+FFFD stands for them, so the answer is still JSON.
    return JSONResponse({"error": without_surrogates(message), **extra}, status_code=status,
                        headers=headers)


def page_failure(exc: ExtractionError, label: str) -> ApiError:
    """The library's word on a page, as an HTTP status: a URL refused before connecting
    (the asker's, 400), the site failing (502), input that is no page at all: empty,
    binary, not a web page or text (422)."""
    if isinstance(exc, PageUnavailable):
        return ApiError(400 if exc.refused else 502, str(exc))
    return ApiError(422, f"cannot read {label}: {exc}")


def validation_message(errors: Sequence[Any]) -> tuple[int, str]:
    """400 for a body that is not JSON; 422, naming each field and its fault, otherwise."""
    for error in errors:
        if error.get("type") == "json_invalid":
            detail = (error.get("ctx") or {}).get("error", "")
            where = [p for p in error.get("loc", ()) if isinstance(p, int)]
            at = f" at character {where[0]}" if where else ""
            return 400, f"the body is not valid JSON: {detail}{at}"
    parts = []
    for error in errors:
        loc = [str(p) for p in error.get("loc", ()) if p not in ("body", "query", "path")]
        message = str(error.get("msg", "invalid")).removeprefix("Value error, ")
        if not loc and error.get("loc", ())[:1] == ("body",) and error.get("type") != \
                "value_error":
            message = f"{_SHAPE} ({message})"
        parts.append(f"{'.'.join(loc)}: {message}" if loc else message)
    return 422, "; ".join(parts)


def is_json(content_type: str | None) -> bool:
    """What FastAPI parses as JSON: application/json or application/*+json, parameters aside."""
    kind = (content_type or "").split(";", 1)[0].strip().lower()
    main, _, sub = kind.partition("/")
    return main == "application" and (sub == "json" or sub.endswith("+json"))


def content_type_message(content_type: str | None) -> str:
    """Why a body that may well be JSON was not read: its declared type.

    A body without a JSON content type is refused, not guessed at: a web page on any site
    may send a text/plain or untyped POST to this service without the browser asking first
    (no CORS preflight), so reading such bodies as JSON would let any page a user opens
    drive the service on their machine, and its fetches on their network.
    """
    sent = f"Content-Type: {content_type}" if content_type else "no Content-Type"
    return (f"the body must be sent as JSON, with Content-Type: application/json; this "
            f"request has {sent}")


def install(app: FastAPI) -> None:
    """Replace FastAPI's default error bodies with the service's one shape."""

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.message, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        content_type = request.headers.get("content-type")
        if not is_json(content_type) and any(
                error.get("loc", ())[:1] == ("body",) for error in exc.errors()):
            return error_response(422, content_type_message(content_type))
        status, message = validation_message(exc.errors())
        return error_response(status, message)

    @app.exception_handler(Exception)
    async def failed(request: Request, exc: Exception) -> JSONResponse:
        # Starlette still logs the traceback; the asker gets the same shape as every error.
        return error_response(500, "the service failed on this request (the error is in "
                                   "its log)")

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        return error_response(exc.status_code, str(exc.detail), exc.headers)
