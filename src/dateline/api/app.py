"""The FastAPI application: REST routes, OpenAPI at /docs, the static web UI at /."""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

import anyio.to_thread
from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..runners.follow import FollowOptions
from ..settings import Settings, load_settings
from ..store.owner import claim, release
from ..version import __version__
from .cache import CachedAnswers
from .deps import Store
from .limits import BodySizeLimit

LOGGER = logging.getLogger(__name__)

ROUTE_MODULES = (
    "extract",
    "articles",
    "search",
    "events",
    "entities",
    "quotes",
    "clusters",
    "stats",
    "codes",
    "ingest",
    "sources",
    "local",
)

UI_DIR = Path(str(resources.files("dateline") / "ui"))

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)
DOCS_CSP = "frame-ancestors 'none'"


class SecurityHeaders:
    """ASGI middleware adding nosniff, no-referrer and the Content-Security-Policy to every answer."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        csp = (DOCS_CSP if scope["path"].startswith("/docs") else CSP).encode()

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                names = {k.lower() for k, _ in headers}
                for name, value in (
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"content-security-policy", csp),
                ):
                    if name not in names:
                        headers.append((name, value))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _start_follower(app: FastAPI, settings: Settings, options: FollowOptions):
    """A daemon thread following ``options`` into the app's store (writes under its write lock)."""
    from ..runners.follow import StoreSink
    from .routes.extract import NLP_LOCK

    store = app.state.store

    def process(raws):
        from ..process import process_many

        with NLP_LOCK:
            return list(process_many(raws, settings=settings))

    stop = threading.Event()

    def run() -> None:
        sink = StoreSink(
            store.root.cursor(), lock=store.write_lock, changed=store.changed, linked=store.after_write
        )
        try:
            follower = options.follower(sink, settings=settings, process=process)
            follower.run(stop)
        except Exception:
            LOGGER.exception("the follower stopped")
        finally:
            sink.con.close()

    thread = threading.Thread(target=run, name="dateline-follow", daemon=True)
    thread.start()
    return stop, thread


def _operation_id(route: APIRoute) -> str:
    tag = route.tags[0] if route.tags else "root"
    return f"{tag}-{route.name}"


def create_app(
    settings: Settings | None = None,
    *,
    db: str | Path | None = None,
    owner_url: str | None = None,
    follow: FollowOptions | None = None,
) -> FastAPI:
    """Build the app over the DuckDB file ``db`` (default ``settings.db``).

    The database is opened when the app starts (read-only unless an API token is set, which
    enables POST /ingest) and closed when it stops. With ``owner_url`` (the address other local
    processes reach it at) the app owns the store: it opens it for writing, leaves the discovery
    file (``dateline.store.owner``) for ``dateline ingest`` and publishes read snapshots. With
    ``follow`` (and ``owner_url``) a thread polls those sources into the store while the app runs.

    Example: ``uvicorn.run(create_app(load_settings(), db="news.duckdb"))``
    """
    settings = settings or load_settings()
    db_path = str(db or settings.db)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.store = Store(
            db_path,
            writable=bool(settings.api_token) or owner_url is not None,
            cache_bytes=settings.api_cache_mb * 1_000_000,
            threads=settings.api_db_threads,
        )
        info = None
        if owner_url is not None:
            try:
                info = claim(db_path, owner_url)
            except BaseException:
                app.state.store.close()
                raise
            app.state.local_credential = info.credential
            app.state.store.owner = info
            with app.state.store.write_lock:
                app.state.store.after_write()
        stop, thread = _start_follower(app, settings, follow) if follow and info else (None, None)
        limiter = anyio.to_thread.current_default_thread_limiter()
        limiter.total_tokens = settings.api_workers
        LOGGER.info("serving %s (%s)", db_path, "read-write" if app.state.store.writable else "read-only")
        try:
            yield
        finally:
            if stop is not None:
                stop.set()
                thread.join(timeout=30)
            if info is not None:
                release(info)
            app.state.store.close()
            app.state.store = None

    app = FastAPI(
        title="dateline",
        version=__version__,
        description=(
            "Structured, source-grounded news events: articles with their entities, quotes, "
            "times, places and PLOVER/CAMEO-coded events. Lists are `{data, count}` with "
            "`skip`/`limit`. Writes need `Authorization: Bearer <DATELINE_API_TOKEN>`."
        ),
        lifespan=lifespan,
        generate_unique_id_function=_operation_id,
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.store = None
    app.add_middleware(
        CachedAnswers, get_store=lambda: app.state.store, get_settings=lambda: app.state.settings
    )
    app.add_middleware(BodySizeLimit, max_bytes=settings.api_max_body)
    app.add_middleware(SecurityHeaders)

    for name in ROUTE_MODULES:
        module = importlib.import_module(f".routes.{name}", __package__)
        app.include_router(module.router)

    app.mount("/ui", StaticFiles(directory=UI_DIR), name="ui")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title="dateline API",
            swagger_js_url="/ui/vendor/swagger/swagger-ui-bundle.js",
            swagger_css_url="/ui/vendor/swagger/swagger-ui.css",
            swagger_favicon_url="/ui/vendor/swagger/favicon-32x32.png",
        )

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(UI_DIR / "index.html", media_type="text/html")

    return app
