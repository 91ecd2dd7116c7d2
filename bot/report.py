"""Usage report: `python -m bot.report --from 2026-01-01 --to 2026-03-31 --out DIR [--post]`.

Writes DIR/report.html (charts embedded as PNG, no external requests) and DIR/report.csv.
Outcomes are labelled as advice given (`REPORT_LABELS`, e.g. "geadviseerd te melden bij Veilig
Thuis"): nobody knows whether the user called. Counts from 1 to 4 are suppressed ("<5"), and so
is the next-smallest count of a group where one count was suppressed, so that it cannot be
worked out from a total. Training and test traffic are left out unless asked for.
With --post the weekly aggregates (never events) go to REPORT_POST_URL with REPORT_POST_TOKEN.
"""
from __future__ import annotations

import argparse
import base64
import csv
import datetime as dt
import html
import io
import logging
import os
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Iterable, Optional

import sqlalchemy as sa

from bot.monitor.db import make_engine, migrate
from bot.monitor.schema import usage_events

logger = logging.getLogger(__name__)

MIN_COUNT = 5
SUPPRESSED = "<5"
ADVICE_OR_REPORT = ("advies_veilig_thuis", "melden_veilig_thuis")
UNKNOWN = "onbekend"


# -- loading -------------------------------------------------------------------------------------
def load_events(engine, start: dt.date, end: dt.date, channels: Iterable[str]) -> list[dict]:
    query = (sa.select(usage_events)
             .where(usage_events.c.day >= start, usage_events.c.day <= end,
                    usage_events.c.channel.in_(list(channels)))
             .order_by(usage_events.c.id))
    with engine.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(query)]


def week_of(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def outcome_label(value: Optional[str]) -> str:
    from bot.meldcode.outcomes import REPORT_LABELS, Outcome

    try:
        return REPORT_LABELS[Outcome(value)]
    except (ValueError, KeyError):
        return UNKNOWN


# -- suppression ---------------------------------------------------------------------------------
def suppress(counts: dict[Any, int], min_count: int = MIN_COUNT) -> dict[Any, Optional[int]]:
    """Counts 1..min_count-1 become None; if that hides exactly one count of the group, the
    next-smallest positive count is hidden too, so the total does not give it away."""
    out: dict[Any, Optional[int]] = {k: (None if 0 < v < min_count else v) for k, v in counts.items()}
    hidden = [k for k, v in out.items() if v is None]
    if len(hidden) == 1:
        visible = sorted((v, str(k), k) for k, v in out.items() if v)
        if visible:
            out[visible[0][2]] = None
    return out


def small(value: int, min_count: int = MIN_COUNT) -> Optional[int]:
    return None if 0 < value < min_count else value


def shown(value: Optional[int]) -> str:
    return SUPPRESSED if value is None else str(value)


# -- aggregation ---------------------------------------------------------------------------------
def aggregate(events: list[dict]) -> dict[str, Any]:
    """Raw counts (not yet suppressed) for every table in the report."""
    conversations_per_week: dict[str, set] = defaultdict(set)
    last_outcome: dict[tuple, dict] = {}
    furthest: dict[tuple, int] = {}
    kindchecks: Counter = Counter()
    faq: Counter = Counter()
    fallbacks: Counter = Counter()
    clicks: Counter = Counter()
    for e in events:
        conv = (e["day"], e["conversation"])  # the key changes daily: one conversation per day
        week = week_of(e["day"])
        conversations_per_week[week].add(conv)
        if e["event"] == "outcome" and e["uitkomst"]:
            last_outcome[conv] = e
        if e["event"] in ("step", "outcome") and e["path"] == "meldcode" and e["step"]:
            furthest[conv] = max(furthest.get(conv, 0), e["step"])
        if e["event"] == "kindcheck":
            kindchecks[outcome_label(e["uitkomst"])] += 1
        if e["event"] == "faq" and e["faq_topic"]:
            faq[e["faq_topic"]] += 1
        if e["event"] == "fallback":
            fallbacks[week] += 1
        if e["event"] == "call_click":
            clicks[e["contact"] or UNKNOWN] += 1

    weeks = sorted(conversations_per_week)
    outcomes_per_sector: dict[str, Counter] = defaultdict(Counter)
    weekly_outcomes: dict[str, Counter] = defaultdict(Counter)
    for (day, _), e in last_outcome.items():
        outcomes_per_sector[e["sector"] or UNKNOWN][outcome_label(e["uitkomst"])] += 1
        weekly_outcomes[week_of(day)]["advies_of_melding" if e["uitkomst"] in ADVICE_OR_REPORT else "anders"] += 1
    return {
        "weeks": weeks,
        "conversations": {w: len(conversations_per_week[w]) for w in weeks},
        "with_outcome": {w: sum(weekly_outcomes[w].values()) for w in weeks},
        "advice_or_report": {w: weekly_outcomes[w]["advies_of_melding"] for w in weeks},
        "outcomes_per_sector": {s: dict(c) for s, c in sorted(outcomes_per_sector.items())},
        "furthest_step": {step: sum(1 for v in furthest.values() if v == step) for step in range(1, 6)},
        "kindchecks": dict(kindchecks),
        "faq_topics": dict(faq.most_common(15)),
        "fallbacks": {w: fallbacks[w] for w in weeks},
        "call_clicks": dict(clicks),
    }


def share(numerator: Optional[int], denominator: Optional[int]) -> Optional[float]:
    if numerator is None or not denominator:
        return None
    return round(100.0 * numerator / denominator, 1)


def suppressed_tables(raw: dict[str, Any]) -> dict[str, Any]:
    """Everything that leaves this module: small counts hidden."""
    # Weekly series publish no total, so hiding the small counts themselves is enough there;
    # breakdowns (sector, step, kindcheck, contact) get the group suppression.
    conv = {w: small(v) for w, v in raw["conversations"].items()}
    with_outcome = {w: small(v) for w, v in raw["with_outcome"].items()}
    advice = {w: small(v) for w, v in raw["advice_or_report"].items()}
    weekly = [
        {
            "week": w,
            "conversations": conv[w],
            "with_outcome": with_outcome[w],
            "advice_or_report": advice[w],
            "advice_or_report_share": share(advice[w], with_outcome[w]),
            "fallbacks": small(raw["fallbacks"][w]),
        }
        for w in raw["weeks"]
    ]
    return {
        "weekly": weekly,
        "outcomes_per_sector": {s: suppress(c) for s, c in raw["outcomes_per_sector"].items()},
        "furthest_step": suppress(raw["furthest_step"]),
        "kindchecks": suppress(raw["kindchecks"]),
        "faq_topics": {k: v for k, v in suppress(raw["faq_topics"]).items() if v is not None},
        "call_clicks": suppress(raw["call_clicks"]),
    }


# -- output --------------------------------------------------------------------------------------
def csv_rows(tables: dict[str, Any]) -> list[list[str]]:
    rows = [["onderdeel", "week_of_groep", "label", "aantal"]]
    for w in tables["weekly"]:
        rows += [["gesprekken per week", w["week"], "gesprekken", shown(w["conversations"])],
                 ["gesprekken per week", w["week"], "met een uitkomst", shown(w["with_outcome"])],
                 ["gesprekken per week", w["week"], "uitkomst advies of melding bij Veilig Thuis", shown(w["advice_or_report"])],
                 ["gesprekken per week", w["week"], "aandeel advies of melding (%)",
                  "" if w["advice_or_report_share"] is None else str(w["advice_or_report_share"])],
                 ["gesprekken per week", w["week"], "niet begrepen (fallback)", shown(w["fallbacks"])]]
    for sector, counts in tables["outcomes_per_sector"].items():
        rows += [["uitkomsten per sector", sector, label, shown(v)] for label, v in sorted(counts.items())]
    rows += [["verste stap (meldcode)", "", f"stap {k}", shown(v)] for k, v in tables["furthest_step"].items()]
    rows += [["kindchecks", "", label, shown(v)] for label, v in sorted(tables["kindchecks"].items())]
    rows += [["veelgestelde vragen", "", topic, shown(v)] for topic, v in tables["faq_topics"].items()]
    rows += [["belknop", "", contact, shown(v)] for contact, v in sorted(tables["call_clicks"].items())]
    return rows


def _png(fig) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=90, bbox_inches="tight")
    import matplotlib.pyplot as plt

    plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def charts(tables: dict[str, Any]) -> dict[str, str]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out = {}
    weeks = [w["week"] for w in tables["weekly"]]
    fig, ax = plt.subplots(figsize=(8, 3))
    ax.bar(weeks, [w["conversations"] or 0 for w in tables["weekly"]], color="#2b6cb0")
    ax.set_title("Gesprekken per week (kleine aantallen niet getoond)")
    ax.tick_params(axis="x", rotation=45)
    out["weeks"] = _png(fig)

    fig, ax = plt.subplots(figsize=(8, 3))
    ax.plot(weeks, [w["advice_or_report_share"] if w["advice_or_report_share"] is not None else float("nan")
                    for w in tables["weekly"]], marker="o", color="#c05621")
    ax.set_ylim(0, 100)
    ax.set_title("Aandeel gesprekken met advies om Veilig Thuis te bellen (%)")
    ax.tick_params(axis="x", rotation=45)
    out["share"] = _png(fig)

    sectors = list(tables["outcomes_per_sector"])
    labels = sorted({label for c in tables["outcomes_per_sector"].values() for label in c})
    fig, ax = plt.subplots(figsize=(9, 0.5 + 0.5 * max(1, len(sectors))))
    left = [0] * len(sectors)
    for i, label in enumerate(labels):
        values = [tables["outcomes_per_sector"][s].get(label) or 0 for s in sectors]
        ax.barh(sectors, values, left=left, label=label, color=plt.cm.tab10(i % 10))
        left = [a + b for a, b in zip(left, values)]
    ax.set_title("Uitkomsten (gegeven adviezen) per sector")
    if labels:
        ax.legend(fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.15), ncol=2)
    out["sectors"] = _png(fig)

    fig, ax = plt.subplots(figsize=(6, 3))
    steps = tables["furthest_step"]
    ax.bar([f"stap {k}" for k in steps], [v or 0 for v in steps.values()], color="#2f855a")
    ax.set_title("Hoe ver gebruikers komen in de vijf stappen")
    out["steps"] = _png(fig)
    return out


def _table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def render_html(tables: dict[str, Any], start: dt.date, end: dt.date, channels: list[str]) -> str:
    images = charts(tables)
    img = lambda key, alt: f'<img src="{images[key]}" alt="{html.escape(alt)}">'  # noqa: E731
    weekly_rows = [[w["week"], shown(w["conversations"]), shown(w["with_outcome"]), shown(w["advice_or_report"]),
                    "" if w["advice_or_report_share"] is None else f'{w["advice_or_report_share"]}%',
                    shown(w["fallbacks"])] for w in tables["weekly"]]
    sector_rows = [[s, label, shown(v)] for s, c in tables["outcomes_per_sector"].items() for label, v in sorted(c.items())]
    return f"""<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Gebruik Meldcode-assistent</title>
<style>body{{font-family:sans-serif;max-width:60rem;margin:2rem auto;color:#1a202c}}
table{{border-collapse:collapse;margin:1rem 0}}td,th{{border:1px solid #cbd5e0;padding:.3rem .6rem;text-align:left}}
img{{max-width:100%}}.note{{color:#4a5568}}</style></head><body>
<h1>Gebruik van de Meldcode-assistent</h1>
<p>Periode {start.isoformat()} tot en met {end.isoformat()}. Kanalen: {html.escape(", ".join(channels))}.</p>
<p class="note">Een uitkomst is een <strong>gegeven advies</strong>, geen gedane melding: de assistent weet niet of
de gebruiker daarna heeft gebeld. Aantallen van 1 tot en met 4 staan er als "&lt;5", zodat niemand herkenbaar is.
Een gesprek dat over middernacht loopt, telt als twee gesprekken.</p>
<h2>Gesprekken per week</h2>{img("weeks", "Staafdiagram: gesprekken per week")}
{_table(["week", "gesprekken", "met uitkomst", "advies of melding bij Veilig Thuis", "aandeel", "niet begrepen"], weekly_rows)}
<h2>Aandeel advies of melding bij Veilig Thuis</h2>{img("share", "Lijn: aandeel advies of melding per week")}
<h2>Uitkomsten per sector</h2>{img("sectors", "Staafdiagram: uitkomsten per sector")}
{_table(["sector", "uitkomst (gegeven advies)", "gesprekken"], sector_rows)}
<h2>Hoe ver komen gebruikers in de stappen?</h2>{img("steps", "Staafdiagram: verste stap")}
{_table(["verste stap", "gesprekken"], [[f"stap {k}", shown(v)] for k, v in tables["furthest_step"].items()])}
<h2>Kindchecks</h2>
{_table(["uitkomst (gegeven advies)", "aantal"], [[k, shown(v)] for k, v in sorted(tables["kindchecks"].items())])}
<h2>Veelgestelde vragen</h2>
{_table(["onderwerp", "aantal"], [[k, shown(v)] for k, v in tables["faq_topics"].items()])}
<h2>Belknop in de widget</h2>
{_table(["nummer", "klikken"], [[k, shown(v)] for k, v in sorted(tables["call_clicks"].items())])}
</body></html>
"""


def post_aggregates(tables: dict[str, Any], start: dt.date, end: dt.date, url: str, token: str,
                    attempts: int = 4, backoff: float = 1.0) -> None:
    """POST the weekly aggregates (suppressed counts as null) with retries and back-off."""
    import requests

    payload = {"from": start.isoformat(), "to": end.isoformat(), "min_count": MIN_COUNT,
               "weekly": tables["weekly"], "furthest_step": {str(k): v for k, v in tables["furthest_step"].items()},
               "outcomes_per_sector": tables["outcomes_per_sector"], "kindchecks": tables["kindchecks"]}
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    for attempt in range(1, attempts + 1):
        try:
            response = requests.post(url, json=payload, headers=headers, timeout=10)
            if response.status_code < 500 and response.status_code != 429:
                response.raise_for_status()
                return
            reason = f"HTTP {response.status_code}"
        except requests.ConnectionError as error:
            reason = type(error).__name__
        except requests.Timeout as error:
            reason = type(error).__name__
        if attempt == attempts:
            raise RuntimeError(f"Posting the aggregates failed after {attempts} attempts ({reason}).")
        logger.warning("Posting the aggregates failed (%s); retrying.", reason)
        time.sleep(backoff * 2 ** (attempt - 1))


def build_report(start: dt.date, end: dt.date, out: Path, url: Optional[str] = None,
                 include: Iterable[str] = ()) -> dict[str, Any]:
    channels = ["widget", "rest", *include]
    engine = make_engine(url)
    try:
        migrate(engine)
        events = load_events(engine, start, end, channels)
    finally:
        engine.dispose()
    tables = suppressed_tables(aggregate(events))
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "report.csv", "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(csv_rows(tables))
    (out / "report.html").write_text(render_html(tables, start, end, channels), encoding="utf-8")
    return tables


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--from", dest="start", required=True, type=dt.date.fromisoformat, help="YYYY-MM-DD")
    parser.add_argument("--to", dest="end", required=True, type=dt.date.fromisoformat, help="YYYY-MM-DD")
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--include-training", action="store_true")
    parser.add_argument("--include-test", action="store_true")
    parser.add_argument("--post", action="store_true", help="send weekly aggregates to REPORT_POST_URL")
    args = parser.parse_args(argv)
    if args.end < args.start:
        parser.error("--to is before --from")
    include = (["training"] if args.include_training else []) + (["test"] if args.include_test else [])
    tables = build_report(args.start, args.end, args.out, include=include)
    print(f"Report written to {args.out / 'report.html'} and {args.out / 'report.csv'}")
    if args.post:
        url = os.environ.get("REPORT_POST_URL", "")
        if not url:
            parser.error("--post needs REPORT_POST_URL (in .env)")
        post_aggregates(tables, args.start, args.end, url, os.environ.get("REPORT_POST_TOKEN", ""))
        print("Weekly aggregates posted.")
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main())
