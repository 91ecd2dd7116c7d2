"""Start and stop a Rasa server plus action server as subprocesses.

Shared by the end-to-end tests (tests/conftest.py) and the benchmark (bot/bench.py), so both
measure the same set-up that `make run` starts.
"""
from __future__ import annotations

import os
import secrets
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional

import requests
import yaml

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "models" / "meldcode.tar.gz"
VENV_BIN = Path(sys.executable).parent


def wait_until(check, timeout: float, what: str, log_files: List[Path]) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except requests.RequestException:
            pass
        time.sleep(0.25)
    tails = "\n".join(f"--- {p}:\n{p.read_text()[-3000:]}" for p in log_files if p.exists())
    raise RuntimeError(f"{what} did not start within {timeout:.0f} s\n{tails}")


@dataclass
class RasaServer:
    url: str
    token: str
    workdir: Path
    processes: List[subprocess.Popen] = field(default_factory=list)
    start_seconds: float = 0.0

    def send(self, sender: str, text: str, timeout: float = 60) -> List[Dict[str, Any]]:
        """One user message through the REST channel; returns the bot's messages."""
        response = requests.post(f"{self.url}/webhooks/rest/webhook",
                                 json={"sender": sender, "message": text}, timeout=timeout)
        response.raise_for_status()
        return response.json()

    def tracker(self, sender: str) -> Dict[str, Any]:
        response = requests.get(f"{self.url}/conversations/{sender}/tracker",
                                params={"token": self.token}, timeout=30)
        response.raise_for_status()
        return response.json()

    def slots(self, sender: str) -> Dict[str, Any]:
        return self.tracker(sender)["slots"]

    def parse(self, text: str) -> Dict[str, Any]:
        response = requests.post(f"{self.url}/model/parse", params={"token": self.token},
                                 json={"text": text}, timeout=30)
        response.raise_for_status()
        return response.json()

    def rss_bytes(self) -> List[int]:
        """Resident memory of the processes: [action server, Rasa server]."""
        sizes = []
        for process in self.processes:
            status = Path(f"/proc/{process.pid}/status").read_text()
            kb = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS"))
            sizes.append(kb * 1024)
        return sizes


def start_servers(workdir: Path, rasa_port: int, actions_port: int,
                  model: Path = MODEL, extra_env: Optional[Dict[str, str]] = None,
                  endpoints_file: Optional[Path] = None, with_actions: bool = True,
                  token: Optional[str] = None) -> RasaServer:
    """Start both servers with the API enabled behind a random token; wait until ready.

    `with_actions=False` starts only a Rasa server that uses an action server on
    `actions_port` started elsewhere (several Rasa servers behind one action server).
    """
    if not model.exists():
        raise RuntimeError(f"{model} is missing: run 'make install' (it trains the model)")
    endpoints = yaml.safe_load((endpoints_file or ROOT / "endpoints.yml").read_text()) or {}
    endpoints["action_endpoint"] = {"url": f"http://localhost:{actions_port}/webhook"}
    test_endpoints = workdir / f"endpoints-{rasa_port}.yml"
    test_endpoints.write_text(yaml.safe_dump(endpoints))
    token = token or secrets.token_hex(16)
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", **(extra_env or {}))
    logs = [workdir / f"actions-{actions_port}.log", workdir / f"rasa-{rasa_port}.log"]
    server = RasaServer(url=f"http://localhost:{rasa_port}", token=token, workdir=workdir)
    started = time.monotonic()
    if with_actions:
        server.processes.append(subprocess.Popen(
            [str(VENV_BIN / "rasa"), "run", "actions", "--actions", "actions",
             "--port", str(actions_port)],
            cwd=ROOT, env=env, stdout=logs[0].open("w"), stderr=subprocess.STDOUT))
    server.processes.append(subprocess.Popen(
        [str(VENV_BIN / "python"), "-m", "bot.rasa_run", "run", "--model", str(model),
         "--port", str(rasa_port),
         "--endpoints", str(test_endpoints), "--credentials", str(ROOT / "credentials.yml"),
         "--enable-api", "--auth-token", token],
        cwd=ROOT, env=env, stdout=logs[1].open("w"), stderr=subprocess.STDOUT))
    try:
        wait_until(lambda: requests.get(f"http://localhost:{actions_port}/health", timeout=2).ok,
                   120, "action server", logs)
        wait_until(lambda: requests.get(f"{server.url}/status", params={"token": token},
                                        timeout=2).json().get("model_file"),
                   300, "Rasa server", logs)
    except Exception:
        stop_servers(server)
        raise
    server.start_seconds = time.monotonic() - started
    return server


def stop_servers(server: RasaServer) -> None:
    for process in server.processes:
        process.terminate()
    for process in server.processes:
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
