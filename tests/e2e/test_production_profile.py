"""The production set-up end to end: two Rasa servers share PostgreSQL and Redis.

A conversation whose turns alternate between the two servers must continue as if it were one
server (form state and answers in the shared, redacting tracker store), and reach the advice.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bot.servers import ROOT, start_servers, stop_servers

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "privacy"))
from pg_cluster import start_cluster  # noqa: E402
from seeds import database_text  # noqa: E402

pytestmark = [pytest.mark.e2e, pytest.mark.postgres]
REDIS_PORT = 6390


@pytest.fixture
def redis_server(tmp_path):
    if not shutil.which("redis-server"):
        pytest.fail("Redis is not installed: apt-get install -y redis-server")
    process = subprocess.Popen(["redis-server", "--port", str(REDIS_PORT), "--save", "",
                                "--appendonly", "no", "--bind", "127.0.0.1", "--dir", str(tmp_path)],
                               stdout=subprocess.DEVNULL)
    yield REDIS_PORT
    process.terminate()
    process.wait(timeout=10)


def test_two_servers_share_one_conversation(tmp_path, redis_server):
    cluster = start_cluster()
    endpoints = yaml.safe_load((ROOT / "endpoints.production.yml").read_text())
    endpoints["lock_store"]["port"] = redis_server
    endpoints_file = tmp_path / "endpoints.production.yml"
    endpoints_file.write_text(yaml.safe_dump(endpoints))
    env = {"TRACKER_DATABASE_URL": cluster.url, "TRACKER_HASH_KEY": "0" * 64,
           "DATABASE_URL": cluster.url, "MELDCODE_TRAFFIC": "test"}
    first = start_servers(tmp_path, 5135, 5185, endpoints_file=endpoints_file, extra_env=env)
    second = None
    try:
        second = start_servers(tmp_path, 5136, 5185, endpoints_file=endpoints_file,
                               extra_env=env, with_actions=False, token=first.token)
        servers = [first, second]
        turns = ["/start_afwegingskader", "kinderopvang", "ja", "nee", "ja", "ja",
                 "dat weet ik nog niet, de hulp loopt net"]
        for number, text in enumerate(turns):
            servers[number % 2].send("prod-conversation", text)
        for server in servers:
            assert server.slots("prod-conversation")["uitkomst"] == "hulp_organiseren"
        rows = database_text(cluster.url)
        assert "afwegingskader_form" in rows and "prod-conversation" not in rows
    finally:
        for server in (second, first):
            if server:
                stop_servers(server)
        cluster.stop()
