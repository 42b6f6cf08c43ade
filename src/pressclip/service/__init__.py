"""The HTTP API and web page (`pressclip serve`; FastAPI and uvicorn, the `serve` extra).

`service.app.create_app()` builds the application; this package's import pulls in nothing,
so that `pressclip --help` works without the extra.
"""
