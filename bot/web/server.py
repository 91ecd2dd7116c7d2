"""The widget's small web server: widget assets, a demo page and the click counter.

Run with `python -m bot.web` (port `WIDGET_PORT`, default 8080). It serves
- `/widget/...`: the widget (`widget.js`, `widget.css`, the vendored socket.io client);
- `/`: a demo page of a fictitious school with the widget embedded;
- `/toegankelijkheid` and `/privacy`: the accessibility statement and the privacy notice;
- `POST /api/click`: the widget reports a call-button click (`{"uitkomst", "contact",
  "session_id"}`: no personal data; the session id is the random conversation id), counted
  through `bot.monitor.record_usage` when that module is installed.

The Rasa server is elsewhere (`WIDGET_RASA_URL`); the widget talks to it over socket.io.
"""
from __future__ import annotations

import html
import json
import logging
import re
import uuid
from pathlib import Path
from urllib.parse import urlsplit

from aiohttp import web

from bot.meldcode.contacts import CONTACTS
from bot.meldcode.outcomes import Outcome
from bot.web import config
from bot.training.web import add_training_routes

logger = logging.getLogger(__name__)

STATIC = Path(__file__).parent / "static"
PAGES = {
    "/": "index.html",
    "/toegankelijkheid": "toegankelijkheid.html",
    "/privacy": "privacy.html",
}
MAX_CLICK_BODY = 1024
SESSION_ID = re.compile(r"^[0-9a-f]{32}$")
OUTCOMES = {o.value for o in Outcome}

DEMO_SETTINGS = {
    "organisation": "OBS De Vlinder (Voorbeeldstad)",
    "af_contact": "Aandachtsfunctionaris: de intern begeleider, via de administratie van school.",
    "colour": "#154273",
}


def record_click(session_id: str, uitkomst: str, contact: str) -> bool:
    """Count one call-button click in the usage monitor, if it is installed. Never raises.

    `session_id` is the widget's random conversation id (the Rasa sender id), so the monitor
    links the click to its conversation under the same keyed hash instead of counting a new one.
    """
    try:
        from bot.monitor import record_usage
    except ImportError:
        logger.info("bot.monitor is not installed: call-button click not counted.")
        return False
    try:
        record_usage(session_id, "call_click", channel="widget", uitkomst=uitkomst, contact=contact)
    except Exception:  # counting must never break the widget
        logger.exception("Could not count a call-button click.")
        return False
    return True


def _origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _content_security_policy() -> str:
    rasa = _origin_of(config.rasa_url())
    rasa_ws = rasa.replace("https://", "wss://", 1).replace("http://", "ws://", 1)
    return "; ".join(
        [
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self'",
            f"connect-src 'self' {rasa} {rasa_ws}",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-ancestors 'none'",
        ]
    )


@web.middleware
async def security_headers(request: web.Request, handler):
    resp = await handler(request)
    resp.headers.setdefault("X-Content-Type-Options", "nosniff")
    resp.headers.setdefault("Referrer-Policy", "no-referrer")
    if request.path.startswith("/widget/"):
        # Other sites embed these files.
        resp.headers.setdefault("Cross-Origin-Resource-Policy", "cross-origin")
        resp.headers.setdefault("Cache-Control", "no-cache")
    else:
        resp.headers.setdefault("Content-Security-Policy", _content_security_policy())
    return resp


def render_page(name: str) -> str:
    """A page from static/site with the settings filled in (all values HTML-escaped)."""
    text = (STATIC / "site" / name).read_text(encoding="utf-8")
    values = {
        "RASA_URL": config.rasa_url(),
        "ORGANISATION": DEMO_SETTINGS["organisation"],
        "AF_CONTACT": DEMO_SETTINGS["af_contact"],
        "COLOUR": DEMO_SETTINGS["colour"],
    }
    for key, value in values.items():
        text = text.replace("{{" + key + "}}", html.escape(value, quote=True))
    return text


async def page(request: web.Request) -> web.Response:
    return web.Response(text=render_page(PAGES[request.path]), content_type="text/html", charset="utf-8")


async def click(request: web.Request) -> web.Response:
    origin = request.headers.get("Origin")
    if origin is not None and config.normalise_origin(origin) not in config.allowed_origins():
        return web.json_response({"error": "origin not allowed"}, status=403)
    # The widget posts text/plain (a "simple" request: no CORS preflight from other sites).
    body = await request.content.read(MAX_CLICK_BODY + 1)
    if len(body) > MAX_CLICK_BODY:
        return web.json_response({"error": "too large"}, status=413)
    try:
        data = json.loads(body)
    except ValueError:
        return web.json_response({"error": "not json"}, status=400)
    if not isinstance(data, dict):
        return web.json_response({"error": "not an object"}, status=400)
    uitkomst, contact = data.get("uitkomst"), data.get("contact")
    if uitkomst not in OUTCOMES or contact not in CONTACTS:
        return web.json_response({"error": "unknown uitkomst or contact"}, status=400)
    session_id = data.get("session_id")
    if not (isinstance(session_id, str) and SESSION_ID.match(session_id)):
        session_id = uuid.uuid4().hex  # a click without its conversation counts on its own
    counted = record_click(session_id, uitkomst, contact)
    return web.json_response({"counted": counted})


async def health(_: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


def create_app() -> web.Application:
    app = web.Application(middlewares=[security_headers], client_max_size=64 * 1024)
    for path in PAGES:
        app.router.add_get(path, page)
    app.router.add_post("/api/click", click)
    app.router.add_get("/health", health)
    app.router.add_static("/widget/", STATIC / "widget", follow_symlinks=False, show_index=False)
    app.router.add_static("/site/", STATIC / "site" / "assets", follow_symlinks=False, show_index=False)
    # Group sessions of the training mode: the trainer's view and the trainees' JSON API.
    add_training_routes(app)
    return app


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    port = config.widget_port()
    logger.info("Widget demo on http://localhost:%d (Rasa at %s)", port, config.rasa_url())
    web.run_app(create_app(), host=config.widget_host(), port=port, access_log=None, print=None)
