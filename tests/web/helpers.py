"""Constants and helpers shared by the widget tests."""
from __future__ import annotations

import asyncio
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE = ROOT / "bot" / "web" / "node_modules" / "axe-core" / "axe.min.js"

WEB_PORT = int(os.environ.get("TEST_WEB_PORT", 8180))
WEB_ORIGIN = f"http://localhost:{WEB_PORT}"
# Another origin of the same server, NOT allowed: pages served from it must not get a chat.
REFUSED_ORIGIN = f"http://127.0.0.1:{WEB_PORT}"


def run_async(coro):
    """Run a coroutine to the end in its own thread and event loop.

    Safe while Playwright's sync API holds an event loop in the main thread.
    """
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()
