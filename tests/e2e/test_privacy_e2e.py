"""Seeded personal data through the running servers leaves no trace at rest.

A user types made-up names, BSN numbers, phone numbers, e-mail, an address, a postcode and a
date of birth into real conversations (and a REST client uses an e-mail address as sender id).
Afterwards nothing of it may be in any file the servers wrote (logs, usage database, tracker
database) nor in what the tracker store keeps, for the default profile and the SQL profile.
"""
from __future__ import annotations

import json
import sys
import uuid
from pathlib import Path

import pytest

from bot.servers import ROOT, start_servers, stop_servers

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "privacy"))
from seeds import SEEDS, assert_no_seeded_data, database_text, seeded_texts  # noqa: E402

pytestmark = [pytest.mark.e2e, pytest.mark.privacy]

EMAIL_SENDER = next(s.value for s in SEEDS if s.kind == "email")


def api_view(tracker: dict) -> str:
    """The tracker as the API returns it, less `sender_id`: the API echoes the id it was asked
    for (here an e-mail address), which says nothing about what the store keeps."""
    tracker.pop("sender_id", None)
    return json.dumps(tracker)


def converse(server, sender: str) -> str:
    """Seeded messages at every kind of moment: opening, inside a form, as FAQ, after advice.

    Returns the advice the afwegingskader gave, read before the last free-text messages: what
    the model makes of those (one of them once read as danger now) does not matter here.
    """
    messages = seeded_texts()
    server.send(sender, "hallo " + messages[0])
    server.send(sender, "/start_afwegingskader")
    server.send(sender, "onderwijs, " + messages[1])  # free text into the sector slot
    server.send(sender, "ja")
    server.send(sender, "twijfel, " + messages[3])  # onderwijs: doubt at 2 means reporting
    uitkomst = server.slots(sender)["uitkomst"]
    server.send(sender, "/dossier_note")
    server.send(sender, messages[2])
    server.send(sender, messages[4])
    return uitkomst


def test_default_profile_keeps_no_personal_data(rasa_server):
    senders = [EMAIL_SENDER, f"test-{uuid.uuid4().hex[:8]}"]
    for sender in senders:
        assert converse(rasa_server, sender) == "melden_veilig_thuis"
    # What the tracker store holds, as the tracker API shows it.
    trackers = [api_view(rasa_server.tracker(s)) for s in senders]
    searched = assert_no_seeded_data([rasa_server.workdir, ROOT / "var"], texts=trackers)
    assert searched > 1000


def test_sql_profile_keeps_no_personal_data(tmp_path):
    db = tmp_path / "tracker.sqlite"
    usage = tmp_path / "usage.sqlite"
    server = start_servers(tmp_path, 5125, 5175, endpoints_file=ROOT / "endpoints.sql.yml",
                           extra_env={"TRACKER_DATABASE_URL": f"sqlite:///{db}",
                                      "DATABASE_URL": f"sqlite:///{usage}",
                                      "MELDCODE_TRAFFIC": "test"})
    try:
        assert converse(server, EMAIL_SENDER) == "melden_veilig_thuis"
        tracker = api_view(server.tracker(EMAIL_SENDER))
    finally:
        stop_servers(server)
    rows = database_text(f"sqlite:///{db}")
    assert "afwegingskader_form" in rows  # the store really holds the conversation
    assert_no_seeded_data([tmp_path], texts=[rows, tracker, database_text(f"sqlite:///{usage}")])
