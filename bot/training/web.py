"""Training pages and JSON API for the widget server (aiohttp).

The widget server adds them with one line: `add_training_routes(app)`.

  POST /training/api/sessions                    start a session -> {code, token, trainer_url}
  POST /training/api/sessions/{code}/join        -> {participant, cases}
  GET  /training/api/sessions/{code}/questions   the session's questions (no right answers)
  POST /training/api/sessions/{code}/answers     {participant, question, option} -> feedback
  GET  /training/api/sessions/{code}/results     counts; trainer token required
  GET  /training/{code}                          the trainer's page; trainer token required

The trainer token goes in the header `X-Trainer-Token` or in `?token=`. The page sends
`Referrer-Policy: no-referrer` and `Cache-Control: no-store` so that the token in its address
does not leak to other sites or caches. Everything shown is escaped.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import html
import json
import logging
import os

from aiohttp import web

from bot.meldcode.sectors import SECTOR_LABELS

from .grading import grade
from .sessions import (
    NotAllowed,
    SessionError,
    SessionNotFound,
    SessionResults,
    SessionStore,
    default_store,
    normalise_code,
    questions_by_case,
)

logger = logging.getLogger(__name__)

class _StoreHolder:
    """Created with the app; the store itself opens on first use (no database at import)."""

    def __init__(self, store: SessionStore | None):
        self.store = store


STORE_KEY = web.AppKey("training_store", _StoreHolder)
_CODE = "{code:[A-Za-z0-9]{6}}"
_HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Robots-Tag": "noindex",
    "X-Content-Type-Options": "nosniff",
}


def add_training_routes(app: web.Application, store: SessionStore | None = None) -> None:
    """Register the training routes on the widget server's aiohttp application."""
    app[STORE_KEY] = _StoreHolder(store)
    app.router.add_post("/training/api/sessions", start_session)
    app.router.add_post(f"/training/api/sessions/{_CODE}/join", join_session)
    app.router.add_get(f"/training/api/sessions/{_CODE}/questions", session_questions)
    app.router.add_post(f"/training/api/sessions/{_CODE}/answers", answer_question)
    app.router.add_get(f"/training/api/sessions/{_CODE}/results", session_results)
    app.router.add_get(f"/training/{_CODE}", trainer_page)


def _store(request: web.Request) -> SessionStore:
    holder = request.app[STORE_KEY]
    if holder.store is None:
        holder.store = default_store()
    return holder.store


def _json(data: dict, status: int = 200) -> web.Response:
    return web.json_response(data, status=status, headers=_HEADERS)


def _error(exc: SessionError) -> web.Response:
    status = 404 if isinstance(exc, SessionNotFound) else 403 if isinstance(exc, NotAllowed) else 400
    return _json({"error": str(exc)}, status)


async def _body(request: web.Request) -> dict:
    if not request.can_read_body:
        return {}
    try:
        data = await request.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise SessionError("De aanvraag is geen geldige JSON.")
    if not isinstance(data, dict):
        raise SessionError("Stuur een JSON-object, bijvoorbeeld {\"participant\": ...}.")
    return data


def _token(request: web.Request) -> str | None:
    return request.headers.get("X-Trainer-Token") or request.query.get("token")


def _may_start(request: web.Request) -> bool:
    """With TRAINING_START_KEY set, only who knows it starts group sessions (header or ?key=)."""
    key = os.environ.get("TRAINING_START_KEY", "")
    if not key:
        return True
    given = request.headers.get("X-Training-Start-Key") or request.query.get("key") or ""
    return hmac.compare_digest(given.encode(), key.encode())


async def start_session(request: web.Request) -> web.Response:
    if not _may_start(request):
        return _error(NotAllowed("Deze startsleutel klopt niet. Vraag hem aan de beheerder."))
    try:
        data = await _body(request)
        case_ids = data.get("cases") or None
        if case_ids is not None and (not isinstance(case_ids, list)
                                     or not all(isinstance(c, str) for c in case_ids)):
            raise SessionError("'cases' moet een lijst van casus-ids zijn.")
        code, token = _store(request).start(case_ids)
    except SessionError as exc:
        return _error(exc)
    return _json({"code": code, "token": token, "trainer_url": f"/training/{code}"}, 201)


async def join_session(request: web.Request) -> web.Response:
    store = _store(request)
    try:
        code = normalise_code(request.match_info["code"])
        participant = store.join(code)
        case_ids = store.session_cases(code) or list(store.cases)
    except SessionError as exc:
        return _error(exc)
    cases = [{"id": c, "title": store.cases[c].title,
              "sector": SECTOR_LABELS[store.cases[c].sector]} for c in case_ids]
    return _json({"code": code, "participant": participant, "cases": cases}, 201)


async def session_questions(request: web.Request) -> web.Response:
    store = _store(request)
    try:
        case_ids = store.session_cases(request.match_info["code"]) or list(store.cases)
    except SessionError as exc:
        return _error(exc)
    questions = []
    for case_id in case_ids:
        case = store.cases[case_id]
        for point in case.points:
            questions.append({"id": f"{case.id}/{point.id}", "case": case.title,
                              "question": point.question,
                              "options": [{"key": k, "label": v} for k, v in point.options]})
    return _json({"questions": questions})


async def answer_question(request: web.Request) -> web.Response:
    store = _store(request)
    try:
        data = await _body(request)
        for field in ("participant", "question", "option"):
            if not isinstance(data.get(field), str) or not data[field]:
                raise SessionError(f"Het veld '{field}' ontbreekt.")
        store.answer(request.match_info["code"], data["participant"], data["question"],
                     data["option"])
    except SessionError as exc:
        return _error(exc)
    case_id, _, point_id = data["question"].partition("/")
    result = grade(store.cases[case_id].point(point_id), data["option"])
    return _json({"ok": True, "correct": result.correct, "feedback": result.message})


async def session_results(request: web.Request) -> web.Response:
    try:
        results = _store(request).results(request.match_info["code"], _token(request))
    except SessionError as exc:
        return _error(exc)
    return _json(results.as_dict())


async def trainer_page(request: web.Request) -> web.Response:
    try:
        results = _store(request).results(request.match_info["code"], _token(request))
    except SessionError as exc:
        status = 404 if isinstance(exc, SessionNotFound) else 403
        return web.Response(text=_page("Groepssessie", f"<p role=\"alert\">{html.escape(str(exc))}</p>"),
                            content_type="text/html", status=status,
                            headers={**_HEADERS, "Content-Security-Policy": PAGE_CSP})
    return web.Response(text=render_trainer_page(results), content_type="text/html",
                        headers={**_HEADERS, "Content-Security-Policy": PAGE_CSP})


_STYLE = """
body{font-family:system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;
color:#1a1a1a;line-height:1.5}
table{border-collapse:collapse;width:100%;margin:0 0 1.5rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border-bottom:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums;width:4rem}
meter{width:10rem}
.right{font-weight:600}
a:focus,button:focus{outline:3px solid #ffbf47;outline-offset:2px}
"""


# The page has no script, and its only style is the block above, allowed by its hash (the
# widget server's own policy has style-src 'self'; ours is set on our responses and wins).
_STYLE_HASH = base64.b64encode(hashlib.sha256(_STYLE.encode("utf-8")).digest()).decode()
PAGE_CSP = (f"default-src 'none'; style-src 'sha256-{_STYLE_HASH}'; base-uri 'none'; "
            "form-action 'none'; frame-ancestors 'none'")


def _page(title: str, body: str) -> str:
    return (f"<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\">"
            f"<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
            f"<meta name=\"referrer\" content=\"no-referrer\">"
            f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head>"
            f"<body><main>{body}</main></body></html>")


def _question_table(q) -> str:
    rows = []
    for o in q.options:
        cls = " class=\"right\"" if o.right else ""
        label = html.escape(o.label) + (" (goed)" if o.right else "")
        rows.append(
            f"<tr{cls} data-option=\"{html.escape(o.key)}\"><th scope=\"row\">"
            f"{html.escape(o.key)}</th><td>{label}</td>"
            f"<td class=\"n\">{o.count}</td>"
            f"<td aria-hidden=\"true\"><meter min=\"0\" max=\"{max(q.total, 1)}\" "
            f"value=\"{o.count}\"></meter></td></tr>")
    return (
        f"<table data-question=\"{html.escape(q.question_id)}\"><caption>"
        f"{html.escape(q.question)} ({q.total} antwoorden)</caption>"
        "<thead><tr><th scope=\"col\">Optie</th><th scope=\"col\">Antwoord</th>"
        "<th scope=\"col\">Aantal</th><th scope=\"col\">Verdeling</th></tr></thead><tbody>"
        + "".join(rows) + "</tbody></table>")


def render_trainer_page(results: SessionResults) -> str:
    """The trainer's view: per question how many chose each option. Counts only."""
    code = html.escape(results.code)
    parts = [
        f"<h1>Groepssessie {code}</h1>",
        f"<p>Laat deelnemers de code <strong>{code}</strong> intypen in de oefenmodus van de "
        f"assistent. Gestart op {results.started_on.isoformat()}. "
        f"Deelnemers: <strong id=\"participants\">{results.participants}</strong>.</p>",
        "<p>Je ziet alleen aantallen, geen namen. Het goede antwoord volgens de casus is "
        "vet gedrukt en gemarkeerd met (goed).</p>",
        "<p><a href=\"\">Vernieuwen</a></p>",
    ]
    if not results.questions:
        parts.append("<p>Nog geen antwoorden.</p>")
    for case_title, questions in questions_by_case(results):
        parts.append(f"<h2>{html.escape(case_title)}</h2>")
        for q in questions:
            parts.append(_question_table(q))
    return _page(f"Groepssessie {results.code}", "".join(parts))
