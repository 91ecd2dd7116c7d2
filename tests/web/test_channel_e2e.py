"""The widget's socket.io channel against the real Rasa server (no browser).

Checks what the stock channel gets wrong (RASA_NOTES.md, "Channels"): bot messages reach the
client with session persistence on, multi-paragraph text stays whole, the outcome's custom
payload arrives, foreign origins are refused, and "gesprek wissen" really deletes.
"""
from __future__ import annotations

import pytest
import socketio

from tests.web.helpers import WEB_ORIGIN, run_async
from tests.web.widget_client import WidgetClient, button_payload

pytestmark = pytest.mark.e2e


def user_texts(tracker: dict) -> list:
    """The user events' texts (None where the tracker store redacted them)."""
    return [e.get("text") for e in tracker["events"] if e["event"] == "user"]


def test_opening_arrives_whole_with_its_buttons(rasa):
    async def scenario():
        client = WidgetClient(rasa.url, WEB_ORIGIN)
        await client.connect()
        try:
            return await client.say("/greet")
        finally:
            await client.close()

    messages = run_async(scenario())
    opening = [m for m in messages if "Waar wil je mee beginnen?" in m.get("text", "")]
    assert len(opening) == 1, messages
    # One message, paragraphs and all (the stock channel sends one message per paragraph).
    assert opening[0]["text"].startswith("Hallo.")
    assert "\n\n" in opening[0]["text"]
    assert "/start_afwegingskader" in [r["payload"] for r in opening[0]["quick_replies"]]


def test_afwegingskader_outcome_payload_reaches_the_client(rasa):
    async def scenario():
        client = WidgetClient(rasa.url, WEB_ORIGIN)
        await client.connect()
        try:
            messages = await client.say("/greet")
            messages = await client.say(button_payload(messages, "Afwegingskader"))
            messages = await client.say(button_payload(messages, "onderwijs"))
            messages = await client.say(button_payload(messages, "Ja"))
            return await client.say(button_payload(messages, "Ja"))
        finally:
            await client.close()

    messages = run_async(scenario())
    payloads = [m["custom"]["data"] for m in messages if "custom" in m]
    outcome = [p for p in payloads if "uitkomst" in p]
    assert outcome and outcome[0]["uitkomst"] == "melden_veilig_thuis", messages
    veilig_thuis = [c for c in outcome[0]["contacts"] if c["key"] == "veilig_thuis"]
    assert veilig_thuis and veilig_thuis[0]["tel"] == "08002000"


def test_a_page_from_another_origin_cannot_connect(rasa):
    async def scenario():
        client = WidgetClient(rasa.url, "https://evil.example")
        with pytest.raises(socketio.exceptions.ConnectionError):
            await client.connect()
        await client.sio.eio.disconnect(abort=True)
        # The allowed origin on the same server still works (the refusal is not a broken server).
        good = WidgetClient(rasa.url, WEB_ORIGIN)
        await good.connect()
        await good.close()

    run_async(scenario())


def test_forget_deletes_the_conversation_on_the_server(rasa):
    marker = "zorgen over een leerling in groep 5"

    async def talk():
        client = WidgetClient(rasa.url, WEB_ORIGIN)
        session = await client.connect()
        await client.say("/greet")
        await client.say(marker)
        return client, session

    async def forget(client):
        try:
            return await client.forget()
        finally:
            await client.close()

    async def scenario():
        client, session = await talk()
        before = rasa.tracker(session)
        answer = await forget(client)
        return session, before, answer

    session, before, answer = run_async(scenario())
    assert user_texts(before), "the conversation should exist before it is forgotten"
    assert answer == {"forgotten": True}
    after = rasa.tracker(session)
    assert user_texts(after) == []
    assert marker not in str(after)


def test_a_socket_cannot_use_or_delete_another_conversation(rasa):
    async def scenario():
        owner = WidgetClient(rasa.url, WEB_ORIGIN)
        session = await owner.connect()
        await owner.say("/greet")
        intruder = WidgetClient(rasa.url, WEB_ORIGIN)
        await intruder.connect()
        try:
            answer = await intruder.forget(session)
            got = await intruder.say("/start_kindcheck", session_id=session, timeout=4)
        finally:
            await intruder.close()
            await owner.close()
        return session, answer, got

    session, answer, got = run_async(scenario())
    assert answer == {"forgotten": False}
    assert got == []
    assert len(user_texts(rasa.tracker(session))) == 1  # only the owner's /greet
