"""A socket.io client that talks to the widget channel the way widget.js does (for e2e tests)."""
from __future__ import annotations

import asyncio
from typing import Any, Dict, List, Optional

import socketio


class WidgetClient:
    def __init__(self, url: str, origin: Optional[str]):
        self.url = url
        self.origin = origin
        self.sio = socketio.AsyncClient(reconnection=False)
        self.session_id: Optional[str] = None
        self.received: List[Dict[str, Any]] = []
        self._confirmed = asyncio.Event()
        self._new_message = asyncio.Event()
        self.sio.on("session_confirm", self._on_confirm)
        self.sio.on("bot_uttered", self._on_bot)

    async def _on_confirm(self, session_id: str) -> None:
        self.session_id = session_id
        self._confirmed.set()

    async def _on_bot(self, message: Dict[str, Any]) -> None:
        self.received.append(message)
        self._new_message.set()

    async def connect(self, session_id: Optional[str] = None) -> str:
        headers = {"Origin": self.origin} if self.origin else {}
        await self.sio.connect(self.url, headers=headers, transports=["websocket"], wait_timeout=10)
        return await self.request_session(session_id)

    async def request_session(self, session_id: Optional[str] = None) -> str:
        self._confirmed.clear()
        await self.sio.emit("session_request", {"session_id": session_id})
        await asyncio.wait_for(self._confirmed.wait(), 10)
        return self.session_id

    async def say(self, text: str, session_id: Optional[str] = None, quiet_seconds: float = 1.5,
                  timeout: float = 30) -> List[Dict[str, Any]]:
        """Send one message; return the bot messages that arrive until it is quiet for a while."""
        start = len(self.received)
        await self.sio.emit("user_uttered", {"message": text, "session_id": session_id or self.session_id})
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while loop.time() < deadline:
            self._new_message.clear()
            wait = quiet_seconds if len(self.received) > start else deadline - loop.time()
            try:
                await asyncio.wait_for(self._new_message.wait(), max(0.05, wait))
            except asyncio.TimeoutError:
                if len(self.received) > start:
                    break
        return self.received[start:]

    async def forget(self, session_id: Optional[str] = None) -> Any:
        return await self.sio.call("forget_conversation", {"session_id": session_id or self.session_id}, timeout=15)

    async def close(self) -> None:
        await self.sio.disconnect()


def button_payload(messages: List[Dict[str, Any]], title_part: str) -> str:
    """The payload of the first quick reply whose title contains `title_part` (case-insensitive)."""
    for message in messages:
        for reply in message.get("quick_replies") or []:
            if title_part.lower() in reply["title"].lower():
                return reply["payload"]
    titles = [r["title"] for m in messages for r in m.get("quick_replies") or []]
    raise AssertionError(f"no button with {title_part!r}; buttons: {titles}")
