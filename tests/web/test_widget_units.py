"""Fast tests of the widget's server side and assets (no Rasa server, no browser)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer
from rasa.core.tracker_store import FailSafeTrackerStore, InMemoryTrackerStore, SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.web import config
from tests.web.helpers import run_async
from bot.web.forget import forget_conversation
from bot.web.server import create_app

ROOT = Path(__file__).resolve().parents[2]
WEB = ROOT / "bot" / "web"
DOMAIN = Domain.load(str(ROOT / "domain.yml"))


def conversation(sender: str) -> DialogueStateTracker:
    return DialogueStateTracker.from_events(
        sender,
        [ActionExecuted("action_listen"), UserUttered("zorgen over een leerling", {"name": "greet", "confidence": 1.0})],
    )


def forget_in(store, keep_other: bool = True):
    async def scenario():
        await store.save(conversation("gone"))
        await store.save(conversation("stays"))
        forgotten = await forget_conversation(FailSafeTrackerStore(store), "gone")
        return forgotten, await store.retrieve("gone"), await store.retrieve("stays")

    return run_async(scenario())


def test_forget_deletes_from_rasas_in_memory_store():
    forgotten, gone, stays = forget_in(InMemoryTrackerStore(DOMAIN))
    assert forgotten is True and gone is None
    assert stays is not None and stays.latest_message.text == "zorgen over een leerling"


def test_forget_deletes_from_a_sql_store(tmp_path):
    store = SQLTrackerStore(DOMAIN, dialect="sqlite", db=str(tmp_path / "tracker.db"))
    forgotten, gone, stays = forget_in(store)
    assert forgotten is True and gone is None and stays is not None


def test_forget_deletes_from_the_redacting_store_that_hashes_sender_ids():
    from bot.privacy.tracker_stores import RedactingInMemoryTrackerStore

    store = RedactingInMemoryTrackerStore(DOMAIN, idle_minutes=30)
    forgotten, gone, stays = forget_in(store)
    assert forgotten is True and gone is None and stays is not None
    assert len(store.store) == 1


def test_forget_says_so_when_a_store_cannot_delete():
    class NoDelete:  # a store type forget_conversation does not know
        pass

    assert run_async(forget_conversation(NoDelete(), "x")) is False


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("https://School.NL/", "https://school.nl"),
        ("http://localhost:8080", "http://localhost:8080"),
        (" https://a.nl:8443 ", "https://a.nl:8443"),
        ("https://a.nl/pad", None),
        ("javascript:alert(1)", None),
        ("", None),
    ],
)
def test_origins_are_normalised_or_refused(raw, expected):
    assert config.normalise_origin(raw) == expected


def test_allowed_origins_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("WIDGET_ALLOWED_ORIGINS", "https://www.obs-school.nl, bad-value ,https://www.obs-school.nl/")
    assert config.allowed_origins() == ["https://www.obs-school.nl"]


def call_server(requests_to_make, monkeypatch):
    monkeypatch.setenv("WIDGET_ALLOWED_ORIGINS", "http://localhost:8080")
    monkeypatch.setenv("WIDGET_RASA_URL", "https://rasa.example.nl")
    monkeypatch.setenv("USAGE_ENABLED", "false")  # the monitor is called, but writes nothing

    async def scenario():
        async with TestClient(TestServer(create_app())) as client:
            results = []
            for method, path, kwargs in requests_to_make:
                response = await client.request(method, path, **kwargs)
                results.append((response.status, dict(response.headers), await response.text()))
            return results

    return run_async(scenario())


def test_pages_are_served_with_a_strict_content_security_policy(monkeypatch):
    results = call_server([("GET", p, {}) for p in ("/", "/privacy", "/toegankelijkheid")], monkeypatch)
    for status, headers, body in results:
        assert status == 200
        csp = headers["Content-Security-Policy"]
        assert "default-src 'none'" in csp and "script-src 'self'" in csp
        assert "connect-src 'self' https://rasa.example.nl wss://rasa.example.nl" in csp
        assert not re.search(r"<script(?![^>]*\bsrc=)", body)  # no inline scripts
        assert '<html lang="nl">' in body
    home = results[0][2]
    assert 'data-server="https://rasa.example.nl"' in home
    assert "Voorbeeldstad" in home


def test_widget_assets_are_served_for_other_sites(monkeypatch):
    results = call_server([("GET", "/widget/widget.js", {}), ("GET", "/widget/vendor/socket.io.min.js", {})], monkeypatch)
    for status, headers, _ in results:
        assert status == 200
        assert headers["Cross-Origin-Resource-Policy"] == "cross-origin"


def test_click_endpoint_accepts_only_known_values_from_allowed_pages(monkeypatch):
    good = json.dumps({"uitkomst": "melden_veilig_thuis", "contact": "veilig_thuis", "session_id": "a" * 32})
    results = call_server(
        [
            ("POST", "/api/click", {"data": good, "headers": {"Origin": "http://localhost:8080"}}),
            ("POST", "/api/click", {"data": good, "headers": {"Origin": "https://evil.example"}}),
            ("POST", "/api/click", {"data": json.dumps({"uitkomst": "Nepvoornaam Nepachternaam", "contact": "veilig_thuis"})}),
            ("POST", "/api/click", {"data": json.dumps({"uitkomst": "bel_112", "contact": "06-12345678"})}),
            ("POST", "/api/click", {"data": "not json"}),
            ("POST", "/api/click", {"data": "x" * 5000}),
        ],
        monkeypatch,
    )
    assert [r[0] for r in results] == [200, 403, 400, 400, 400, 413]
    assert json.loads(results[0][2]) == {"counted": True}


def test_vendored_socket_io_is_the_locked_version():
    lock = json.loads((WEB / "package-lock.json").read_text())
    version = lock["packages"]["node_modules/socket.io-client"]["version"]
    vendored = (WEB / "static" / "widget" / "vendor" / "socket.io.min.js").read_text()
    assert f"Socket.IO v{version}" in vendored[:200]
    assert version.startswith("4.")  # Engine.IO 4, as python-engineio 4.x speaks


def test_widget_never_writes_html():
    source = (WEB / "static" / "widget" / "widget.js").read_text()
    code = re.sub(r"/\*.*?\*/|//[^\n]*", "", source, flags=re.S)  # comments may mention them
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in code, sink


def test_widget_loads_nothing_from_third_parties():
    for path in (WEB / "static").rglob("*"):
        if path.suffix not in (".js", ".css", ".html") or path.name == "socket.io.min.js":
            continue
        text = path.read_text()
        if path.suffix in (".js", ".css"):
            text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)  # the embed example in a comment
        assert "@import" not in text and "fonts.googleapis" not in text, path
        # Absolute URLs in assets are only links for people to follow, never loaded resources.
        for match in re.finditer(r"(src|href)=\"(https?:)?//", text):
            raise AssertionError(f"{path}: loads {match.group(0)}")
