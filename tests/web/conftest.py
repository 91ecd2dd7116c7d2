"""Fixtures for the widget tests: the widget server, Debian's Chromium through Playwright.

The Rasa server is the shared `rasa_server` fixture (tests/conftest.py). The widget channel
refuses pages whose origin is not allowed, so the allowed origins are put into the
environment here, before that fixture starts Rasa (it passes os.environ on).

Ports: TEST_WEB_PORT (default 8180) for the widget server. To reuse a Rasa server that is
already running while developing, set WIDGET_TEST_RASA_URL and WIDGET_TEST_RASA_TOKEN.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from tests.web.helpers import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, ROOT, WEB_ORIGIN, WEB_PORT

os.environ["WIDGET_ALLOWED_ORIGINS"] = WEB_ORIGIN


@pytest.fixture(scope="session")
def rasa(request):
    """The running Rasa server (url, token, tracker()): the shared fixture, or one given by env."""
    url = os.environ.get("WIDGET_TEST_RASA_URL")
    if url:
        from bot.servers import RasaServer

        return RasaServer(url=url, token=os.environ["WIDGET_TEST_RASA_TOKEN"], workdir=ROOT)
    return request.getfixturevalue("rasa_server")


@pytest.fixture(scope="session")
def usage_db(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("widget") / "usage.sqlite"


@pytest.fixture(scope="session")
def web_server(rasa, usage_db, tmp_path_factory):
    """`python -m bot.web` on TEST_WEB_PORT, pointing the demo page at the test Rasa server."""
    log = tmp_path_factory.mktemp("web") / "web.log"
    env = dict(
        os.environ,
        WIDGET_PORT=str(WEB_PORT),
        WIDGET_HOST="127.0.0.1",
        WIDGET_RASA_URL=rasa.url,
        WIDGET_ALLOWED_ORIGINS=WEB_ORIGIN,
        DATABASE_URL=f"sqlite:///{usage_db}",
        USAGE_FLUSH_SECONDS="0.2",
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "bot.web"], cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT
    )
    deadline = time.monotonic() + 30
    while True:
        try:
            if requests.get(f"{WEB_ORIGIN}/health", timeout=1).ok:
                break
        except requests.RequestException:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"widget server did not start:\n{log.read_text()[-3000:]}")
        time.sleep(0.2)
    yield WEB_ORIGIN
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


# Module scope: Playwright's sync API keeps an event loop running in the main thread while the
# browser is open, which breaks asyncio.run() in tests that come after it.
@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class PageWatch:
    """Everything a page asked for and every script error: no third-party requests allowed."""

    def __init__(self, page):
        self.requests: list[str] = []
        self.errors: list[str] = []
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("websocket", lambda w: self.requests.append(w.url))
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)

    def foreign_requests(self) -> list[str]:
        local = ("http://localhost:", "ws://localhost:", "http://127.0.0.1:", "ws://127.0.0.1:", "data:")
        return [u for u in self.requests if not u.startswith(local)]


def pytest_configure(config):
    config.addinivalue_line("markers", "axe: injects axe-core, so the page's Content-Security-Policy is bypassed")


@pytest.fixture
def page(browser, request):
    """A fresh browser context (own sessionStorage) per test; a screenshot on failure.

    Our pages forbid inline scripts (CSP); tests marked `axe` bypass that to inject axe-core.
    """
    context = browser.new_context(
        viewport={"width": 1280, "height": 900},
        locale="nl-NL",
        bypass_csp=request.node.get_closest_marker("axe") is not None,
    )
    page = context.new_page()
    page.set_default_timeout(20_000)
    page.watch = PageWatch(page)
    yield page
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        page.screenshot(path=str(ARTIFACTS / f"FAILED-{request.node.name}.png"), full_page=False)
    context.close()


@pytest.hookimpl(tryfirst=True, hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)
