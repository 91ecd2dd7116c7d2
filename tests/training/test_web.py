"""The training pages on an aiohttp app, through aiohttp's real test server and client: five
scripted trainees join one session and the trainer's view shows their counts."""
from __future__ import annotations

import asyncio
import re

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.training.web import add_training_routes

pytestmark = pytest.mark.training

CASE = "kinderopvang-gevaar-nu"
# What each of the five trainees answers (question -> option), per trainee.
SCRIPT = [
    {"route": "A", "routeb": "B", "stap1": "B", "uitkomst": "A"},
    {"route": "A", "routeb": "B", "stap1": "B", "uitkomst": "A"},
    {"route": "B", "routeb": "B", "stap1": "B", "uitkomst": "A"},
    {"route": "A", "routeb": "A", "stap1": "C", "uitkomst": "B"},
    {"route": "C", "routeb": "B", "stap1": "B"},  # stopped before the last question
]


def with_client(store, scenario):
    async def main():
        app = web.Application()
        add_training_routes(app, store)
        async with TestClient(TestServer(app)) as client:
            return await scenario(client)
    return asyncio.run(main())


def test_five_trainees_with_one_code_show_up_in_the_trainers_view(store):
    async def scenario(client):
        started = await client.post("/training/api/sessions", json={"cases": [CASE]})
        assert started.status == 201
        session = await started.json()
        code, token = session["code"], session["token"]
        assert session["trainer_url"] == f"/training/{code}"

        feedback, participants = [], []
        for answers in SCRIPT:
            joined = await client.post(f"/training/api/sessions/{code.lower()}/join")
            assert joined.status == 201
            body = await joined.json()
            assert [c["id"] for c in body["cases"]] == [CASE]
            participants.append(body["participant"])
            for point_id, option in answers.items():
                r = await client.post(f"/training/api/sessions/{code}/answers", json={
                    "participant": body["participant"], "question": f"{CASE}/{point_id}",
                    "option": option})
                assert r.status == 200, await r.text()
                feedback.append(await r.json())

        results = await client.get(f"/training/api/sessions/{code}/results",
                                   headers={"X-Trainer-Token": token})
        assert results.status == 200
        data = await results.json()
        page = await client.get(f"/training/{code}", params={"token": token})
        assert page.status == 200
        return code, data, await page.text(), page.headers, feedback, participants

    code, data, page, headers, feedback, participants = with_client(store, scenario)

    assert data["participants"] == 5
    counts = {q["id"].split("/")[1]: {o["key"]: o["count"] for o in q["options"]}
              for q in data["questions"]}
    expected: dict[str, dict[str, int]] = {}
    for answers in SCRIPT:
        for point_id, option in answers.items():
            expected.setdefault(point_id, {}).setdefault(option, 0)
            expected[point_id][option] += 1
    for point_id, options in expected.items():
        for option, count in options.items():
            assert counts[point_id][option] == count, (point_id, option)
        assert sum(counts[point_id].values()) == sum(options.values())
    assert sum(counts["uitkomst"].values()) == 4

    # The page shows the same figures: per question table, per option row, the count cell.
    assert f"Groepssessie {code}" in page
    assert re.search(r'id="participants">5<', page)
    for point_id, options in counts.items():
        table = re.search(rf'<table data-question="{CASE}/{point_id}">(.*?)</table>', page, re.S)
        assert table, point_id
        for option, count in options.items():
            row = re.search(rf'data-option="{option}">.*?<td class="n">(\d+)</td>',
                            table.group(1), re.S)
            assert int(row.group(1)) == count, (point_id, option)
    # Counts only: no participant ids on the page or in the results.
    assert len(set(participants)) == 5
    for participant in participants:
        assert participant not in page and participant not in str(data)
    assert headers["Referrer-Policy"] == "no-referrer"
    assert headers["Cache-Control"] == "no-store"
    # Trainees got the reasoning with their answer.
    assert feedback[0]["correct"] is True and feedback[0]["feedback"].startswith("Goed.")
    assert feedback[8]["correct"] is False  # trainee 3 chose B at the first question
    assert "Het goede antwoord is A" in feedback[8]["feedback"]


def test_the_trainers_view_needs_the_token(store):
    async def scenario(client):
        session = await (await client.post("/training/api/sessions")).json()
        code = session["code"]
        no_token = await client.get(f"/training/{code}")
        wrong = await client.get(f"/training/{code}", params={"token": "raden"})
        json_wrong = await client.get(f"/training/api/sessions/{code}/results",
                                      headers={"X-Trainer-Token": "raden"})
        unknown = await client.get("/training/ZZZZ99", params={"token": session["token"]})
        return no_token, await no_token.text(), wrong.status, json_wrong.status, \
            await json_wrong.json(), unknown.status

    no_token, text, wrong, json_wrong, body, unknown = with_client(store, scenario)
    assert no_token.status == 403 and "trainerscode klopt niet" in text
    assert "<table" not in text
    assert wrong == 403 and json_wrong == 403 and body == {"error": "Deze trainerscode klopt niet."}
    assert unknown == 404


def test_bad_requests_get_clear_errors_not_crashes(store):
    async def scenario(client):
        code = (await (await client.post("/training/api/sessions",
                                         json={"cases": [CASE]})).json())["code"]
        person = (await (await client.post(f"/training/api/sessions/{code}/join")).json())[
            "participant"]
        out = []
        for body in ("geen json", [], {"participant": person}, {
                "participant": person, "question": f"{CASE}/route", "option": "<script>"}):
            kwargs = {"data": body} if isinstance(body, str) else {"json": body}
            r = await client.post(f"/training/api/sessions/{code}/answers", **kwargs)
            out.append((r.status, (await r.json())["error"]))
        r = await client.post("/training/api/sessions", json={"cases": "alles"})
        out.append((r.status, (await r.json())["error"]))
        r = await client.post("/training/api/sessions/ZZZZ99/join")
        out.append((r.status, (await r.json())["error"]))
        return out

    out = with_client(store, scenario)
    assert out[0] == (400, "De aanvraag is geen geldige JSON.")
    assert out[1][0] == 400 and "JSON-object" in out[1][1]
    assert out[2] == (400, "Het veld 'question' ontbreekt.")
    assert out[3][0] == 400 and "Onbekend antwoord '<script>'" in out[3][1]
    assert out[4][0] == 400 and "lijst van casus-ids" in out[4][1]
    assert out[5][0] == 404


def test_questions_for_trainees_do_not_give_away_the_answers(store):
    async def scenario(client):
        code = (await (await client.post("/training/api/sessions",
                                         json={"cases": [CASE]})).json())["code"]
        r = await client.get(f"/training/api/sessions/{code}/questions")
        return await r.json()

    data = with_client(store, scenario)
    assert [q["id"] for q in data["questions"]] == [
        f"{CASE}/{p}" for p in ("route", "routeb", "stap1", "uitkomst")]
    text = str(data)
    assert "right" not in text and "feedback" not in text


def test_case_text_is_escaped_on_the_page(store, cases):
    from bot.training.sessions import OptionCount, QuestionCount, SessionResults
    from bot.training.web import render_trainer_page
    import datetime as dt

    results = SessionResults("K7P2QX", dt.date(2026, 1, 1), 1, (), (QuestionCount(
        "x/y", "<script>alert(1)</script>", "Vraag & <b>antwoord</b>",
        (OptionCount("A", "<img src=x onerror=alert(1)>", 1, True),)),))
    page = render_trainer_page(results)
    assert "<script>alert" not in page and "<img" not in page and "<b>antwoord" not in page
    assert "&lt;script&gt;" in page


def test_the_page_allows_only_its_own_style(store):
    """The widget server's policy forbids inline style; the page brings its own policy that
    allows exactly its style block (by hash), no scripts and no inline style attributes."""
    import base64
    import hashlib

    async def scenario(client):
        session = await (await client.post("/training/api/sessions", json={"cases": [CASE]})).json()
        page = await client.get(f"/training/{session['code']}",
                                headers={"X-Trainer-Token": session["token"]})
        return await page.text(), page.headers["Content-Security-Policy"]

    page, csp = with_client(store, scenario)
    style = re.search(r"<style>(.*?)</style>", page, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(style.encode("utf-8")).digest()).decode()
    assert f"style-src 'sha256-{digest}'" in csp and "default-src 'none'" in csp
    assert "<script" not in page and " style=" not in page
    assert page.count("<meter") == 3 * 3 + 4  # three questions with 3 options, one with 4


def test_a_start_key_when_set_is_needed_to_start_a_group_session(store, monkeypatch):
    monkeypatch.setenv("TRAINING_START_KEY", "geheim-van-de-beheerder")

    async def scenario(client):
        statuses = []
        for headers, params in (({}, {}), ({"X-Training-Start-Key": "raden"}, {}),
                                ({"X-Training-Start-Key": "geheim-van-de-beheerder"}, {}),
                                ({}, {"key": "geheim-van-de-beheerder"})):
            r = await client.post("/training/api/sessions", headers=headers, params=params)
            statuses.append((r.status, await r.json()))
        return statuses

    (none, _), (wrong, body), (header, _), (query, _) = with_client(store, scenario)
    assert none == 403 and wrong == 403
    assert body == {"error": "Deze startsleutel klopt niet. Vraag hem aan de beheerder."}
    assert header == 201 and query == 201
