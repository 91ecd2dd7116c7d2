"""Command line for trainers and aandachtsfunctionarissen.

  python -m bot.training cases                      list the practice cases
  python -m bot.training validate [FOLDER]          check case files (schema and domain logic)
  python -m bot.training sessions start [--cases ID,ID]
  python -m bot.training sessions show CODE --token TOKEN [--json]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .cases import CaseValidationError, check_against_domain, load_cases
from .sessions import SessionError, default_store, render_results


def _cases(args) -> int:
    for case in load_cases().values():
        print(f"{case.id:<52} {case.sector.value:<30} {case.title}")
    return 0


def _validate(args) -> int:
    try:
        cases = load_cases(Path(args.folder) if args.folder else None)
    except CaseValidationError as exc:
        print("\n".join(exc.errors), file=sys.stderr)
        return 1
    problems = [p for case in cases.values() for p in check_against_domain(case)]
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    print(f"{len(cases)} casussen in orde.")
    return 0


def _start(args) -> int:
    case_ids = [c.strip() for c in args.cases.split(",") if c.strip()] if args.cases else None
    code, token = default_store().start(case_ids)
    print(f"Groepscode: {code}")
    print(f"Trainerscode (geheim, alleen voor jou): {token}")
    print(f"Bekijk de antwoorden: python -m bot.training sessions show {code} --token {token}")
    print(f"Of op de widgetserver: /training/{code} (stuur de trainerscode mee als ?token=... "
          "of in de header X-Trainer-Token)")
    return 0


def _show(args) -> int:
    results = default_store().results(args.code, args.token)
    print(json.dumps(results.as_dict(), ensure_ascii=False, indent=2) if args.json
          else render_results(results))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.training",
                                     description="Oefenmodus: casussen en groepssessies.")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("cases", help="toon de oefencasussen").set_defaults(func=_cases)
    validate = sub.add_parser("validate", help="controleer de casusbestanden")
    validate.add_argument("folder", nargs="?", help="map met casussen (standaard de eigen map)")
    validate.set_defaults(func=_validate)
    sessions = sub.add_parser("sessions", help="groepssessies").add_subparsers(
        dest="action", required=True)
    start = sessions.add_parser("start", help="start een groepssessie")
    start.add_argument("--cases", help="casus-ids, met komma's gescheiden (standaard: alle)")
    start.set_defaults(func=_start)
    show = sessions.add_parser("show", help="toon de aantallen van een groepssessie")
    show.add_argument("code")
    show.add_argument("--token", required=True, help="de trainerscode")
    show.add_argument("--json", action="store_true", help="als JSON")
    show.set_defaults(func=_show)
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except SessionError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except CaseValidationError as exc:
        print("\n".join(exc.errors), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
