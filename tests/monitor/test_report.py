"""The report on a scripted set of events: counts, labels, suppression, exclusions, the POST."""
import csv
import datetime as dt
import json
import re
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from bot import report
from bot.monitor.recorder import UsageRecorder

pytestmark = pytest.mark.privacy
W10 = dt.date(2026, 3, 3)  # ISO week 2026-W10
W11 = dt.date(2026, 3, 10)
MELDEN = "geadviseerd te melden bij Veilig Thuis"
ADVIES = "geadviseerd advies te vragen bij Veilig Thuis"
AFSLUITEN = "geadviseerd af te sluiten en vast te leggen in het dossier"


def script(url):
    day = [W10]
    rec = UsageRecorder(url, today=lambda: day[0])
    for i in range(6):
        rec.record(f"ond-{i}", "step", channel="widget", sector="onderwijs", path="meldcode", step=1)
        rec.record(f"ond-{i}", "outcome", channel="widget", sector="onderwijs", uitkomst="melden_veilig_thuis",
                   path="meldcode", step=5)
    for i in range(3):
        rec.record(f"zorg-{i}", "outcome", channel="rest", sector="zorg", uitkomst="advies_veilig_thuis",
                   path="afwegingskader")
    for i in range(2):
        rec.record(f"zorg-{i}", "kindcheck", channel="rest", sector="zorg", uitkomst="advies_veilig_thuis")
    for i in range(5):
        for step in (1, 2, 3):
            rec.record(f"ko-{i}", "step", channel="widget", sector="kinderopvang", path="meldcode", step=step)
        rec.record(f"ko-{i}", "kindcheck", channel="widget", sector="kinderopvang", uitkomst="afsluiten")
    for i in range(10):
        rec.record(f"train-{i}", "outcome", channel="training", sector="onderwijs", uitkomst="melden_veilig_thuis")
    for i in range(4):
        rec.record(f"test-{i}", "outcome", channel="test", sector="zorg", uitkomst="bel_112")
    day[0] = W11
    for i in range(8):
        rec.record(f"faq-{i}", "faq", channel="widget", sector="onderwijs", faq_topic="wat_is_de_meldcode")
        rec.record(f"faq-{i}", "call_click", channel="widget", contact="veilig_thuis")
    rec.record("fb", "fallback", channel="widget")
    assert rec.close(10)


@pytest.fixture
def url(tmp_path):
    url = f"sqlite:///{tmp_path / 'usage.db'}"
    script(url)
    return url


def test_report_counts_for_scripted_events(url, tmp_path):
    out = tmp_path / "out"
    tables = report.build_report(dt.date(2026, 3, 1), dt.date(2026, 3, 31), out, url=url)
    weekly = {w["week"]: w for w in tables["weekly"]}
    assert weekly["2026-W10"]["conversations"] == 14
    assert weekly["2026-W10"]["with_outcome"] == 9
    assert weekly["2026-W10"]["advice_or_report"] == 9
    assert weekly["2026-W10"]["advice_or_report_share"] == 100.0
    assert weekly["2026-W11"]["conversations"] == 9
    assert weekly["2026-W11"]["with_outcome"] == 0
    assert weekly["2026-W11"]["fallbacks"] is None  # 1: suppressed
    assert tables["outcomes_per_sector"] == {"onderwijs": {MELDEN: 6}, "zorg": {ADVIES: None}}
    assert tables["furthest_step"] == {1: 0, 2: 0, 3: 5, 4: 0, 5: 6}
    # 2 advies is suppressed; the 5 afsluiten would give it away next to a total: hidden too
    assert tables["kindchecks"] == {AFSLUITEN: None, ADVIES: None}
    assert tables["faq_topics"] == {"wat_is_de_meldcode": 8}
    assert tables["call_clicks"] == {"veilig_thuis": 8}

    rows = list(csv.reader(open(out / "report.csv", encoding="utf-8")))
    assert ["uitkomsten per sector", "onderwijs", MELDEN, "6"] in rows
    assert ["uitkomsten per sector", "zorg", ADVIES, "<5"] in rows
    assert ["gesprekken per week", "2026-W10", "gesprekken", "14"] in rows
    page = (out / "report.html").read_text(encoding="utf-8")
    assert page.count("data:image/png;base64,") == 4
    assert MELDEN in page and "gegeven advies" in page
    assert not re.search(r"(src|href)=\"https?:", page)  # no external requests
    everything = page + (out / "report.csv").read_text(encoding="utf-8")
    assert "melding gedaan" not in everything.lower() and "meldingen" not in everything.lower()


def test_training_and_test_traffic_only_on_request(url, tmp_path):
    tables = report.build_report(dt.date(2026, 3, 1), dt.date(2026, 3, 31), tmp_path / "o",
                                 url=url, include=["training", "test"])
    assert tables["weekly"][0]["conversations"] == 28
    assert tables["outcomes_per_sector"]["onderwijs"][MELDEN] == 16


def test_period_bounds_are_inclusive(url, tmp_path):
    tables = report.build_report(W11, W11, tmp_path / "o", url=url)
    assert [w["week"] for w in tables["weekly"]] == ["2026-W11"]


@pytest.mark.parametrize(
    "counts, expected",
    [({"a": 7, "b": 3}, {"a": None, "b": None}),
     ({"a": 7, "b": 3, "c": 9}, {"a": None, "b": None, "c": 9}),
     ({"a": 7, "b": 3, "c": 2}, {"a": 7, "b": None, "c": None}),
     ({"a": 5, "b": 0}, {"a": 5, "b": 0}),
     ({"a": 1}, {"a": None})],
)
def test_suppression(counts, expected):
    assert report.suppress(counts) == expected


def test_cli(url, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DATABASE_URL", url)
    assert report.main(["--from", "2026-03-01", "--to", "2026-03-31", "--out", str(tmp_path / "cli")]) == 0
    assert (tmp_path / "cli" / "report.html").exists() and (tmp_path / "cli" / "report.csv").exists()
    with pytest.raises(SystemExit):
        report.main(["--from", "2026-03-31", "--to", "2026-03-01", "--out", str(tmp_path)])


def test_post_sends_only_aggregates_and_retries(url, tmp_path):
    received = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.append((self.headers.get("Authorization"), json.loads(body)))
            self.send_response(503 if len(received) < 3 else 200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        tables = report.build_report(dt.date(2026, 3, 1), dt.date(2026, 3, 31), tmp_path / "o", url=url)
        report.post_aggregates(tables, dt.date(2026, 3, 1), dt.date(2026, 3, 31),
                               f"http://127.0.0.1:{server.server_port}/monitor", "secret-token", backoff=0.01)
    finally:
        server.shutdown()
    assert len(received) == 3
    auth, payload = received[-1]
    assert auth == "Bearer secret-token"
    assert payload["weekly"][0]["conversations"] == 14
    assert payload["outcomes_per_sector"]["zorg"][ADVIES] is None
    text = json.dumps(payload)
    assert not re.search(r"[0-9a-f]{32}", text)  # no conversation keys or event ids
    assert "conversation\"" not in text


def test_post_gives_up_with_a_clear_error():
    with pytest.raises(RuntimeError, match="after 2 attempts"):
        report.post_aggregates(report.suppressed_tables(report.aggregate([])), W10, W10,
                               "http://127.0.0.1:9/none", "", attempts=2, backoff=0.01)
