"""Shared by the action tests: usage events are captured, never written to a database."""
from typing import List

import pytest

import actions.usage


@pytest.fixture(autouse=True)
def usage(monkeypatch) -> List[tuple]:
    """The usage events the actions send to the monitor, as (event, fields)."""
    calls: List[tuple] = []
    monkeypatch.setenv("MELDCODE_TRAFFIC", "")
    monkeypatch.setattr(actions.usage, "record_usage",
                        lambda sender, event, **fields: calls.append((event, fields)))
    return calls
