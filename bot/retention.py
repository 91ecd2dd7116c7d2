"""Retention: `python -m bot.retention --months 24` deletes usage events older than that.

With `--tracker-days N` it also deletes events older than N days from the redacting SQL tracker
store (`TRACKER_DATABASE_URL`), for the SQL profile. Run it daily (cron or a systemd timer).
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
from typing import Optional

import sqlalchemy as sa
from dotenv import load_dotenv

from bot.monitor.db import make_engine, migrate
from bot.monitor.schema import usage_events


def months_before(day: dt.date, months: int) -> dt.date:
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    for d in (day.day, 30, 29, 28):  # 31 March minus one month -> 28/29 February
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def delete_usage_before(cutoff: dt.date, url: Optional[str] = None) -> int:
    engine = make_engine(url)
    try:
        migrate(engine)
        with engine.begin() as conn:
            return conn.execute(sa.delete(usage_events).where(usage_events.c.day < cutoff)).rowcount or 0
    finally:
        engine.dispose()


def main(argv: Optional[list[str]] = None) -> int:
    load_dotenv()
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--months", type=int, default=int(os.environ.get("USAGE_RETENTION_MONTHS", "24")))
    parser.add_argument("--tracker-days", type=int, default=None,
                        help="also delete SQL tracker-store events older than this many days")
    args = parser.parse_args(argv)
    if args.months < 1:
        parser.error("--months must be at least 1")
    cutoff = months_before(dt.date.today(), args.months)
    print(f"Deleted {delete_usage_before(cutoff)} usage event(s) from before {cutoff.isoformat()}.")
    if args.tracker_days is not None:
        from bot.privacy.tracker_stores import DEFAULT_SQL_URL, delete_sql_events_before

        url = os.environ.get("TRACKER_DATABASE_URL") or DEFAULT_SQL_URL
        removed = delete_sql_events_before(url, time.time() - args.tracker_days * 86400)
        print(f"Deleted {removed} tracker event(s) older than {args.tracker_days} day(s).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
