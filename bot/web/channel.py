"""The widget's socket.io channel: Rasa's socket.io channel with its traps fixed.

Name it in credentials.yml as `bot.web.channel.WidgetSocketIOInput`. Differences from
`rasa.core.channels.socketio` (RASA_NOTES.md, "Channels"):

- `enter_room` is awaited when it is a coroutine (python-socketio >= 5.10, RasaHQ/rasa#13027);
  without that no bot message reaches the browser when `session_persistence` is on.
- Custom payloads reach the browser as `{"custom": <payload>}` (the stock channel passes the
  payload as keyword arguments to `emit`, which loses the turn for most payloads).
- Text is sent whole: the stock channel splits every message on blank lines.
- The Origin of every Engine.IO request, websocket upgrades included, is checked against
  `WIDGET_ALLOWED_ORIGINS` (Rasa's `--cors` does not cover websockets).
- Session ids must look like the ones we hand out (32 hex characters) and a socket may only
  talk in, or delete, the conversation it joined.
- Event `forget_conversation` deletes the conversation from the tracker store ("gesprek
  wissen"); the acknowledgement says whether the server really deleted it.
"""
from __future__ import annotations

import inspect
import json
import logging
import re
import uuid
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text

import rasa.core.channels.channel
from rasa.core.channels.channel import OutputChannel, UserMessage
from rasa.core.channels.socketio import SocketBlueprint, SocketIOInput, SocketIOOutput
from sanic import Blueprint, Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse
from socketio import AsyncServer

from bot.web.config import allowed_origins, normalise_origin
from bot.web.forget import forget_conversation

logger = logging.getLogger(__name__)

SESSION_ID = re.compile(r"^[0-9a-f]{32}$")
MAX_MESSAGE_CHARS = 2000
FORGET_EVENT = "forget_conversation"


async def _maybe_await(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


class WidgetSocketIOOutput(SocketIOOutput):
    """Sends each bot message as one socket.io event, in a shape the widget understands."""

    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        await self._send_message(recipient_id, {"text": text.strip()})

    async def send_text_with_buttons(
        self, recipient_id: Text, text: Text, buttons: List[Dict[Text, Any]], **kwargs: Any
    ) -> None:
        quick_replies = [
            {"content_type": "text", "title": str(b.get("title", "")), "payload": str(b.get("payload", ""))}
            for b in buttons
        ]
        await self._send_message(recipient_id, {"text": text.strip(), "quick_replies": quick_replies})

    async def send_custom_json(
        self, recipient_id: Text, json_message: Dict[Text, Any], **kwargs: Any
    ) -> None:
        await self._send_message(recipient_id, {"custom": dict(json_message)})


class _AppRememberingBlueprint(SocketBlueprint):
    """Keeps the Sanic app, so socket handlers can reach the agent (tracker and lock store)."""

    def register(self, app: Sanic, options: Dict[Text, Any]) -> None:
        self.ctx.app = app
        super().register(app, options)


class WidgetSocketIOInput(SocketIOInput):
    """Socket.io input channel for the Meldcode-assistent widget."""

    def get_output_channel(self) -> Optional[OutputChannel]:
        if self.sio is None:
            return super().get_output_channel()
        return WidgetSocketIOOutput(self.sio, self.bot_message_evt)

    def _origin_allowed(self, environ: Dict) -> bool:
        origin = environ.get("HTTP_ORIGIN")
        if origin is None:
            # Not a browser (browsers always send Origin on websockets and cross-site requests);
            # an Origin check cannot protect against other clients anyway.
            return True
        return normalise_origin(origin) in allowed_origins()

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        origins = allowed_origins()
        # Engine.IO checks Origin on every request, websocket upgrades included, and answers
        # allowed cross-site polling requests with the matching CORS header.
        sio = AsyncServer(async_mode="sanic", cors_allowed_origins=origins)
        socketio_webhook = _AppRememberingBlueprint(sio, self.socketio_path, "socketio_webhook", __name__)
        self.sio = sio
        namespace = self.namespace or "/"
        logger.info("Widget channel accepts origins: %s", ", ".join(origins) or "(none)")

        async def joined(sid: Text, session_id: Any) -> bool:
            if not isinstance(session_id, str) or not SESSION_ID.match(session_id):
                return False
            rooms = await _maybe_await(sio.rooms(sid, namespace=namespace))
            return session_id in rooms

        @socketio_webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @sio.on("connect", namespace=self.namespace)
        async def connect(sid: Text, environ: Dict, auth: Optional[Dict] = None) -> bool:
            if not self._origin_allowed(environ):
                logger.warning("Refused a socket.io connection from a page that is not allowed.")
                return False
            if self.jwt_key:
                token = auth.get("token") if isinstance(auth, dict) else None
                payload = (
                    rasa.core.channels.channel.decode_bearer_token(token, self.jwt_key, self.jwt_algorithm)
                    if token
                    else None
                )
                return bool(payload)
            return True

        @sio.on("session_request", namespace=self.namespace)
        async def session_request(sid: Text, data: Any = None) -> None:
            requested = data.get("session_id") if isinstance(data, dict) else None
            session_id = requested if isinstance(requested, str) and SESSION_ID.match(requested) else None
            session_id = session_id or uuid.uuid4().hex
            if self.session_persistence:
                # One conversation per socket: leave any earlier one (e.g. after "gesprek wissen").
                for room in await _maybe_await(sio.rooms(sid, namespace=namespace)):
                    if room != sid and SESSION_ID.match(str(room)):
                        await _maybe_await(sio.leave_room(sid, room, namespace=namespace))
                await _maybe_await(sio.enter_room(sid, session_id, namespace=namespace))
            await sio.emit("session_confirm", session_id, room=sid, namespace=namespace)

        @sio.on(self.user_message_evt, namespace=self.namespace)
        async def handle_message(sid: Text, data: Any = None) -> None:
            if not isinstance(data, dict) or not isinstance(data.get("message"), str):
                logger.warning("Ignored a socket.io message without text.")
                return
            if self.session_persistence:
                if not await joined(sid, data.get("session_id")):
                    logger.warning("Ignored a message for a conversation this socket did not join.")
                    return
                sender_id = data["session_id"]
            else:
                sender_id = sid
            metadata = data.get(self.metadata_key) or {}
            if isinstance(metadata, str):
                try:
                    metadata = json.loads(metadata)
                except ValueError:
                    metadata = {}
            if not isinstance(metadata, dict):
                metadata = {}
            message = UserMessage(
                data["message"][:MAX_MESSAGE_CHARS],
                WidgetSocketIOOutput(sio, self.bot_message_evt),
                sender_id,
                input_channel=self.name(),
                metadata=metadata,
            )
            await on_new_message(message)

        @sio.on(FORGET_EVENT, namespace=self.namespace)
        async def forget(sid: Text, data: Any = None) -> Dict[str, bool]:
            session_id = data.get("session_id") if isinstance(data, dict) else None
            if not self.session_persistence:
                session_id = sid
            elif not await joined(sid, session_id):
                return {"forgotten": False}
            agent = getattr(getattr(socketio_webhook.ctx, "app", None), "ctx", None)
            agent = getattr(agent, "agent", None)
            if agent is None or agent.tracker_store is None:
                return {"forgotten": False}
            try:
                # Wait for a turn in progress, or it would save the conversation again.
                async with agent.lock_store.lock(session_id):
                    forgotten = await forget_conversation(agent.tracker_store, session_id)
            except Exception:  # never crash the socket; the widget tells the user
                logger.exception("Deleting a conversation failed.")
                forgotten = False
            if self.session_persistence and forgotten:
                await _maybe_await(sio.leave_room(sid, session_id, namespace=namespace))
            return {"forgotten": forgotten}

        return socketio_webhook
