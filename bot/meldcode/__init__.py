"""Domain logic of the Meldcode-assistent: plain Python, no Rasa.

Everything that decides what advice someone gets lives here; actions and reports call it.
"""
from . import afwegingskader, kindcheck
from .answers import Answer, parse_answer
from .contacts import CONTACTS, Contact, contact_line
from .dossier import dossier_note
from .outcomes import REPORT_LABELS, Advice, Outcome, advice_payload, render_advice
from .routes import (
    INTENT_TO_ROUTE,
    PRECEDENCE,
    Route,
    detect_routes,
    mentions_suicide,
    resolve,
    route_advice,
)
from .sectors import SECTOR_LABELS, Sector, SectorChoice, parse_sector
from .steps import STEPS, parse_step, step_check, step_text

__all__ = [
    "Advice", "Answer", "CONTACTS", "Contact", "INTENT_TO_ROUTE", "Outcome", "PRECEDENCE",
    "REPORT_LABELS", "Route", "SECTOR_LABELS", "STEPS", "Sector", "SectorChoice",
    "advice_payload", "afwegingskader", "contact_line", "detect_routes", "dossier_note",
    "kindcheck", "mentions_suicide", "parse_answer", "parse_sector", "parse_step",
    "render_advice", "resolve", "route_advice", "step_check", "step_text",
]
