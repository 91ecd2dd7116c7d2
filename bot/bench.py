"""Benchmark: training time, server start, memory and latency per kind of turn.

Prints figures; asserts nothing (targets are in docs/performance.md). Run with `make bench`.
Uses its own ports (5605/5655) and a temporary cache, so it never touches a running assistant.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import defaultdict
from pathlib import Path
from typing import Dict, List, Tuple

from bot.servers import MODEL, ROOT, VENV_BIN, start_servers, stop_servers

# Each script is a conversation; every turn is labelled with the kind of turn it is.
SCRIPTS: List[List[Tuple[str, str]]] = [
    [("faq", "wat is het verschil tussen een adviesvraag en een melding?"),
     ("faq", "mag ik melden zonder toestemming van de ouders?"),
     ("faq", "wat doet de aandachtsfunctionaris")],
    [("form", "/start_afwegingskader"), ("form", "onderwijs"), ("form", "ja"),
     ("outcome", "ja")],
    [("form", "ik wil de afwegingsvragen doorlopen"), ("form", "zorg"), ("form", "jazeker"),
     ("form", "nee hoor"), ("form", "klopt"), ("form", "ja"),
     ("outcome", "dat weet ik nog niet, de hulp loopt net")],
    [("form", "kindcheck"), ("form", "ja"), ("form", "ja"), ("outcome", "twijfel")],
    [("outcome", "hij slaat haar nu, ik hoor het door de muur")],
]


def percentile(values: List[float], p: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def train(out: Path, cache: Path) -> float:
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", RASA_CACHE_DIRECTORY=str(cache))
    started = time.monotonic()
    subprocess.run([str(VENV_BIN / "rasa"), "train", "--out", str(out), "--fixed-model-name",
                    "bench", "--quiet"], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.monotonic() - started


def run_clients(server, clients: int, rounds: int) -> Dict[str, List[float]]:
    timings: Dict[str, List[float]] = defaultdict(list)
    lock = threading.Lock()

    def client() -> None:
        for _ in range(rounds):
            for script in SCRIPTS:
                sender = f"bench-{uuid.uuid4().hex[:10]}"
                for kind, text in script:
                    started = time.perf_counter()
                    server.send(sender, text)
                    elapsed = (time.perf_counter() - started) * 1000
                    with lock:
                        timings[kind].append(elapsed)
                        timings["all"].append(elapsed)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    timings["_seconds"] = [time.monotonic() - started]
    return timings


def report_latency(title: str, timings: Dict[str, List[float]]) -> None:
    seconds = timings.pop("_seconds")[0]
    total = len(timings["all"])
    print(f"\n{title}: {total} turns in {seconds:.1f} s ({total / seconds:.1f} msg/s)")
    print(f"  {'kind':8} {'n':>5} {'p50 ms':>8} {'p95 ms':>8}")
    for kind in ("faq", "form", "outcome", "all"):
        values = timings.get(kind, [])
        if values:
            print(f"  {kind:8} {len(values):5d} {statistics.median(values):8.1f} "
                  f"{percentile(values, 95):8.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--skip-training", action="store_true", help="only measure the server")
    parser.add_argument("--rounds", type=int, default=6, help="rounds of all scripts per client")
    args = parser.parse_args()

    print(f"Meldcode-assistent benchmark on {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    work = Path(tempfile.mkdtemp(prefix="meldcode-bench-"))
    try:
        if not args.skip_training:
            cache = work / "cache"
            cold = train(work / "cold", cache)
            cached = train(work / "cached", cache)
            print(f"training: cold {cold:.0f} s, cached (unchanged data, warm cache) {cached:.0f} s")

        server = start_servers(work, 5605, 5655, model=MODEL,
                               extra_env={"MELDCODE_TRAFFIC": "test",
                                          "DATABASE_URL": f"sqlite:///{work / 'usage.sqlite'}"})
        try:
            print(f"server start (both servers ready, model loaded): {server.start_seconds:.1f} s")
            parse_times = []
            for _ in range(100):
                started = time.perf_counter()
                server.parse("wat is het verschil tussen een adviesvraag en een melding?")
                parse_times.append((time.perf_counter() - started) * 1000)
            print(f"/model/parse (NLU floor): p50 {statistics.median(parse_times):.1f} ms, "
                  f"p95 {percentile(parse_times, 95):.1f} ms")
            run_clients(server, 1, 1)  # warm-up
            report_latency("one client", run_clients(server, 1, args.rounds))
            report_latency("eight concurrent clients", run_clients(server, 8, max(1, args.rounds // 2)))
            actions_rss, rasa_rss = server.rss_bytes()
            print(f"\nRSS: Rasa server {rasa_rss / 2**30:.2f} GB, action server {actions_rss / 2**30:.2f} GB")
        finally:
            stop_servers(server)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
