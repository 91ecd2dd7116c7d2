"""A background writer for usage events: never raises, never blocks, buffers while the DB is down.

`record()` validates and hashes in the caller's thread (microseconds) and puts the row on a
queue. One writer thread drains the queue in batches; when a write fails it keeps the batch and
retries with back-off until the database is back. At exit it flushes for a few seconds.
"""
from __future__ import annotations

import atexit
import datetime as dt
import logging
import queue
import secrets
import threading
import time
import uuid
from typing import Any, Callable, Optional

import sqlalchemy as sa

from bot.monitor.db import make_engine, migrate
from bot.monitor.events import CHANNELS, EVENT_FIELDS, clean_fields
from bot.monitor.schema import usage_events
from bot.privacy.hashing import keyed_hash

logger = logging.getLogger(__name__)


class DailyKey:
    """A random key for today only. At the first use on a new day it is replaced and the old one
    is overwritten in memory: it is never written anywhere, so yesterday's conversation keys
    cannot be linked to today's or to a sender id."""

    def __init__(self, today: Callable[[], dt.date] = dt.date.today):
        self._today = today
        self._day: Optional[dt.date] = None
        self._key = bytearray()
        self._lock = threading.Lock()

    def hash(self, sender_id: str) -> tuple[dt.date, str]:
        with self._lock:
            day = self._today()
            if day != self._day:
                for i in range(len(self._key)):  # destroy the old key
                    self._key[i] = 0
                self._key = bytearray(secrets.token_bytes(32))
                self._day = day
            return day, keyed_hash(self._key, sender_id)


class UsageRecorder:
    def __init__(
        self,
        url: Optional[str] = None,
        queue_size: int = 10_000,
        batch_size: int = 200,
        retry_max_seconds: float = 30.0,
        today: Callable[[], dt.date] = dt.date.today,
    ):
        self.url = url
        self._queue: "queue.Queue[dict]" = queue.Queue(maxsize=queue_size)
        self._batch_size = batch_size
        self._retry_max = retry_max_seconds
        self._key = DailyKey(today)
        self._stop = threading.Event()
        self._idle = threading.Condition()
        self._pending: list[dict] = []
        self.accepted = self.written = self.dropped = self.failures = 0
        self._engine: Optional[sa.engine.Engine] = None
        self._migrated = False
        self._thread = threading.Thread(target=self._run, name="usage-writer", daemon=True)
        self._thread.start()

    # -- caller side -----------------------------------------------------------------------
    def record(self, sender_id: str, event: str, *, channel: str, **fields: Any) -> bool:
        """Queue one event; False (and a log line without values) when it was not accepted."""
        try:
            if event not in EVENT_FIELDS:
                logger.warning("Usage event of unknown type dropped.")
                return self._drop()
            if channel not in CHANNELS:
                logger.warning("Usage event '%s' with an unknown channel dropped.", event)
                return self._drop()
            clean, dropped = clean_fields(event, fields)
            if dropped:
                logger.warning("Usage event '%s': invalid fields left empty: %s", event, ", ".join(sorted(dropped)))
            day, conversation = self._key.hash(str(sender_id))
            row = dict(event_id=uuid.uuid4().hex, conversation=conversation, day=day, event=event,
                       channel=channel, **clean)
            self._queue.put_nowait(row)
            with self._idle:
                self.accepted += 1
            return True
        except queue.Full:
            logger.warning("Usage queue full: event dropped.")
            return self._drop()
        except Exception:  # never break a conversation over a statistic
            logger.warning("Usage event dropped after an unexpected error.", exc_info=True)
            return self._drop()

    def _drop(self) -> bool:
        self.dropped += 1
        return False

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until everything accepted so far is written (True) or the timeout passes."""
        deadline = time.monotonic() + timeout
        with self._idle:
            while self.written < self.accepted:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._idle.wait(min(left, 0.2))
        return True

    def close(self, timeout: float = 5.0) -> bool:
        flushed = self.flush(timeout)
        self._stop.set()
        self._thread.join(timeout=1.0)
        if not flushed:
            logger.warning("Usage writer closed with %d event(s) unwritten.", self.accepted - self.written)
        if self._engine is not None:
            self._engine.dispose()
        return flushed

    # -- writer thread -----------------------------------------------------------------------
    def _run(self) -> None:
        delay = 0.5
        retrying = False
        while not self._stop.is_set():
            if not self._pending:
                try:
                    self._pending.append(self._queue.get(timeout=0.2))
                except queue.Empty:
                    continue
            while len(self._pending) < self._batch_size:
                try:
                    self._pending.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            try:
                self._write(self._pending, retrying)
            except Exception as error:  # database down or unreachable: keep the batch, retry
                self.failures += 1
                if not retrying:
                    logger.warning("Usage database unavailable (%s); buffering.", type(error).__name__)
                retrying = True
                self._stop.wait(delay)
                delay = min(delay * 2, self._retry_max)
                continue
            if retrying:
                logger.info("Usage database back; buffered events written.")
            with self._idle:
                self.written += len(self._pending)
                self._idle.notify_all()
            self._pending = []
            delay, retrying = 0.5, False

    def _write(self, rows: list[dict], retrying: bool) -> None:
        if self._engine is None:
            self._engine = make_engine(self.url)
        if not self._migrated:
            migrate(self._engine)
            self._migrated = True
        with self._engine.begin() as conn:
            if retrying:  # the last attempt may have committed before the connection broke
                ids = [r["event_id"] for r in rows]
                done = set(conn.execute(sa.select(usage_events.c.event_id)
                                        .where(usage_events.c.event_id.in_(ids))).scalars())
                rows = [r for r in rows if r["event_id"] not in done]
            if rows:
                conn.execute(usage_events.insert(), [_complete(r) for r in rows])


def _complete(row: dict) -> dict:
    # executemany needs the same keys in every row
    base = {c.name: None for c in usage_events.columns if c.name != "id"}
    base.update(row)
    return base


_default: Optional[UsageRecorder] = None
_default_lock = threading.Lock()


def default_recorder() -> UsageRecorder:
    global _default
    with _default_lock:
        if _default is None:
            import os

            from bot.monitor.db import database_url

            url = database_url()  # loads .env
            _default = UsageRecorder(
                url,
                queue_size=int(os.environ.get("USAGE_QUEUE_SIZE", "10000")),
                retry_max_seconds=float(os.environ.get("USAGE_RETRY_MAX_SECONDS", "30")),
            )
            flush_seconds = float(os.environ.get("USAGE_FLUSH_SECONDS", "5"))
            atexit.register(_default.close, flush_seconds)
        return _default
