"""Phone numbers and contact details: the only place numbers are written in Python.

Double-check before release (MELDCODE.md, "Numbers").
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Contact:
    key: str
    name: str
    number: str  # as shown to people
    tel: str  # dial string for a tel: link
    when: str  # Dutch: when to call / conditions
    url: str | None = None


CONTACTS: dict[str, Contact] = {
    c.key: c
    for c in (
        Contact("112", "Alarmnummer", "112", "112", "bij direct gevaar"),
        Contact(
            "veilig_thuis",
            "Veilig Thuis",
            "0800-2000",
            "08002000",
            "gratis, dag en nacht",
            "https://veiligthuis.nl",
        ),
        Contact(
            "csg",
            "Centrum Seksueel Geweld",
            "0800-0188",
            "08000188",
            "gratis, dag en nacht",
            "https://centrumseksueelgeweld.nl",
        ),
        Contact(
            "vertrouwensinspecteur",
            "Vertrouwensinspecteur",
            "0900-111 3 111",
            "09001113111",
            "werkdagen 8-17 uur, lokaal tarief",
        ),
        Contact(
            "kindertelefoon",
            "De Kindertelefoon",
            "0800-0432",
            "08000432",
            "gratis en anoniem, voor 8 t/m 18 jaar; ook chat via kindertelefoon.nl",
            "https://www.kindertelefoon.nl",
        ),
        Contact(
            "113",
            "113 Zelfmoordpreventie",
            "113 of 0800-0113",
            "113",
            "gratis, dag en nacht",
            "https://www.113.nl",
        ),
        Contact(
            "politie",
            "Politie (geen spoed)",
            "0900-8844",
            "09008844",
            "als er geen spoed is",
        ),
    )
}


def contact_line(key: str) -> str:
    """One Dutch line, e.g. 'Veilig Thuis: 0800-2000 (gratis, dag en nacht)'."""
    contact = CONTACTS[key]
    return f"{contact.name}: {contact.number} ({contact.when})"
