"""Settings of the widget channel and the widget server, read from the environment (and .env).

Every setting has a safe development default, so nothing breaks when a variable is unset.
"""
from __future__ import annotations

import os
from urllib.parse import urlsplit

from dotenv import load_dotenv

load_dotenv()

# Pages that may embed the widget. Browsers send an Origin header on every cross-site request
# and websocket upgrade; anything not listed here is refused.
DEFAULT_ALLOWED_ORIGINS = "http://localhost:8080,http://127.0.0.1:8080"
DEFAULT_WIDGET_PORT = 8080
DEFAULT_RASA_URL = "http://localhost:5005"


def normalise_origin(value: str) -> str | None:
    """'https://School.nl/' -> 'https://school.nl'; None for anything that is not an origin."""
    value = value.strip()
    if not value:
        return None
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    if parts.path not in ("", "/") or parts.query or parts.fragment or parts.username:
        return None
    host = parts.hostname.lower()
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}"


def allowed_origins() -> list[str]:
    """`WIDGET_ALLOWED_ORIGINS`: comma-separated origins, e.g. 'https://www.obs-school.nl'."""
    raw = os.environ.get("WIDGET_ALLOWED_ORIGINS", DEFAULT_ALLOWED_ORIGINS)
    origins = []
    for item in raw.split(","):
        origin = normalise_origin(item)
        if origin and origin not in origins:
            origins.append(origin)
    return origins


def widget_port() -> int:
    return int(os.environ.get("WIDGET_PORT", DEFAULT_WIDGET_PORT))


def rasa_url() -> str:
    """`WIDGET_RASA_URL`: where the widget on the demo page finds the Rasa server."""
    return os.environ.get("WIDGET_RASA_URL", DEFAULT_RASA_URL).rstrip("/")


def widget_host() -> str:
    """`WIDGET_HOST`: the address the widget server listens on (0.0.0.0 in a container)."""
    return os.environ.get("WIDGET_HOST", "127.0.0.1")
