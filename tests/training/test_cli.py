"""The trainer's command line, run as a trainer would (a real subprocess)."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.training.sessions import SessionStore

pytestmark = pytest.mark.training

ROOT = Path(__file__).resolve().parents[2]
CASE = "onderwijs-blauwe-plekken"


def cli(*args: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot.training", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)


@pytest.fixture
def env(tmp_path: Path) -> dict:
    return dict(os.environ, TRAINING_DATABASE_URL=f"sqlite:///{tmp_path / 'cli.sqlite3'}",
                PYTHONWARNINGS="ignore")


def test_start_and_show_print_the_same_figures_as_the_store(env, cases):
    started = cli("sessions", "start", "--cases", CASE, env=env)
    assert started.returncode == 0, started.stderr
    code = re.search(r"Groepscode: (\w{6})", started.stdout).group(1)
    token = re.search(r"Trainerscode \(geheim, alleen voor jou\): (\S+)", started.stdout).group(1)

    store = SessionStore(env["TRAINING_DATABASE_URL"], cases=cases)
    for option in ("B", "B", "A"):
        store.answer(code, store.join(code), f"{CASE}/stap1", option)

    shown = cli("sessions", "show", code, "--token", token, env=env)
    assert shown.returncode == 0, shown.stderr
    assert f"Groep {code}" in shown.stdout and "3 deelnemer(s)" in shown.stdout
    block = shown.stdout.split(f"{CASE}/stap1")[1].split(f"{CASE}/")[0]
    assert re.search(r"\s+A\s+1\s", block) and re.search(r"\*\s+B\s+2\s", block)
    assert re.search(r"\s+C\s+0\s", block)

    as_json = cli("sessions", "show", code.lower(), "--token", token, "--json", env=env)
    assert '"participants": 3' in as_json.stdout

    refused = cli("sessions", "show", code, "--token", "raden", env=env)
    assert refused.returncode == 2 and "trainerscode klopt niet" in refused.stderr
    assert "Traceback" not in refused.stderr
    unknown = cli("sessions", "start", "--cases", "bestaat-niet", env=env)
    assert unknown.returncode == 2 and "Onbekende casus: bestaat-niet" in unknown.stderr


def test_validate_reports_broken_files(env, tmp_path: Path):
    assert cli("validate", env=env).stdout.strip().endswith("casussen in orde.")
    folder = tmp_path / "cases"
    folder.mkdir()
    good = (ROOT / "bot/training/cases" / f"{CASE}.yml").read_text(encoding="utf-8")
    (folder / f"{CASE}.yml").write_text(good.replace("answer: B", "answer: F", 1),
                                        encoding="utf-8")
    result = cli("validate", str(folder), env=env)
    assert result.returncode == 1
    assert f"{CASE}.yml: veld 'decisions[0].answer': 'F' is geen van de opties" in result.stderr
    # A valid file whose outcome disagrees with the domain logic is refused too.
    (folder / f"{CASE}.yml").write_text(
        good.replace("expected_outcome: melden_veilig_thuis", "expected_outcome: afsluiten"),
        encoding="utf-8")
    result = cli("validate", str(folder), env=env)
    assert result.returncode == 1 and "expected_outcome is afsluiten" in result.stderr
