"""Fail loudly when an endpoints file would not give the tracker store it names.

Rasa falls back to its in-memory store, with only a warning, when the configured class cannot be
imported; a typo would then silently switch the redaction off. Run before every server start:

    python -m bot.privacy.check_endpoints endpoints.yml            # exit 1 on any mismatch
    python -m bot.privacy.check_endpoints endpoints.sql.yml --connect
"""
from __future__ import annotations

import argparse
import sys

EXPECTED_MODULE = "bot.privacy.tracker_stores."


def configured_store_class(endpoints_path: str) -> str | None:
    from rasa.core.utils import AvailableEndpoints

    endpoints = AvailableEndpoints.read_endpoints(endpoints_path)
    config = endpoints.tracker_store
    return config.type if config is not None else None


def check(endpoints_path: str, connect: bool = False) -> str:
    """Returns the name of the class Rasa will use; raises SystemExit with a reason otherwise."""
    import rasa.shared.utils.common

    name = configured_store_class(endpoints_path)
    if not name or not name.startswith(EXPECTED_MODULE):
        raise SystemExit(f"{endpoints_path}: tracker_store type must be one of {EXPECTED_MODULE}*, got {name!r}")
    try:
        cls = rasa.shared.utils.common.class_from_module_path(name)
    except (ImportError, AttributeError) as error:
        raise SystemExit(f"{endpoints_path}: cannot import {name}: {error}")
    if connect:
        from rasa.core.tracker_store import TrackerStore
        from rasa.core.utils import AvailableEndpoints

        store = TrackerStore.create(AvailableEndpoints.read_endpoints(endpoints_path).tracker_store)
        if not isinstance(store, cls):
            raise SystemExit(f"{endpoints_path}: Rasa built {type(store).__name__}, not {cls.__name__}")
    return cls.__name__


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+")
    parser.add_argument("--connect", action="store_true", help="also build the store (opens the database)")
    args = parser.parse_args(argv)
    for path in args.files:
        print(f"{path}: {check(path, args.connect)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
