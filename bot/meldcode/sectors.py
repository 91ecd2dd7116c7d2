"""Sectors (werkvelden) and parsing the user's sector from free text or buttons."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from enum import Enum

from .text import correct_typos, normalise, tokens


class Sector(str, Enum):
    ONDERWIJS = "onderwijs"
    KINDEROPVANG = "kinderopvang"
    JEUGDHULP = "jeugdhulp"
    ZORG = "zorg"
    MAATSCHAPPELIJKE_ONDERSTEUNING = "maatschappelijke_ondersteuning"
    JUSTITIE = "justitie"
    ANDERS = "anders"


SECTOR_LABELS: dict[Sector, str] = {
    Sector.ONDERWIJS: "onderwijs",
    Sector.KINDEROPVANG: "kinderopvang",
    Sector.JEUGDHULP: "jeugdhulp",
    Sector.ZORG: "zorg",
    Sector.MAATSCHAPPELIJKE_ONDERSTEUNING: "maatschappelijke ondersteuning",
    Sector.JUSTITIE: "justitie",
    Sector.ANDERS: "een ander werkveld",
}


@dataclass(frozen=True)
class SectorChoice:
    sector: Sector
    solo: bool  # works without colleagues (gastouder, zelfstandige)


# Keywords per sector, as whole words or phrases of the normalised text. Longer, more specific
# phrases win over shorter ones at the same place ("jeugd ggz" before "ggz").
_KEYWORDS: dict[Sector, tuple[str, ...]] = {
    Sector.ONDERWIJS: (
        "onderwijs", "school", "basisschool", "basisonderwijs", "middelbare school",
        "voortgezet onderwijs", "speciaal onderwijs", "praktijkonderwijs", "mbo", "hbo", "vmbo",
        "havo", "vwo", "roc", "po", "vo", "so", "vso", "leerkracht", "leraar", "lerares", "docent",
        "docente", "juf", "meester", "intern begeleider", "ib er", "iber", "ib", "zorgcoordinator",
        "mentor", "schoolleider", "onderwijsassistent", "klassenassistent", "gymdocent", "lyceum",
        "college", "gymnasium", "leerling", "leerlingen", "klas",
    ),
    Sector.KINDEROPVANG: (
        "kinderopvang", "kinderdagverblijf", "kdv", "bso", "buitenschoolse opvang",
        "peuterspeelzaal", "peuteropvang", "creche", "gastouder", "gastouderbureau",
        "gastouderopvang", "pedagogisch medewerker", "pedagogisch medewerkster", "pm er", "pmer",
        "leidster", "leidsters", "dagopvang", "voorschool", "vve", "kinderopvangorganisatie",
    ),
    Sector.JEUGDHULP: (
        "jeugdhulp", "jeugdzorg", "jeugdbescherming", "gezinsvoogd", "jeugdbeschermer",
        "pleegzorg", "jeugdteam", "jeugd en gezinsteam", "jeugd ggz", "jeugdggz",
        "gezinshuis", "residentiele jeugdzorg", "jeugdhulpverlener", "jeugdhulpverlening",
        "jeugdwerker", "gezinscoach",
    ),
    Sector.ZORG: (
        "zorg", "gezondheidszorg", "ggz", "huisarts", "huisartsenpraktijk", "ziekenhuis", "arts",
        "verpleging", "verpleegkundige", "wijkverpleging", "wijkverpleegkundige", "thuiszorg",
        "verpleeghuis", "verzorgingshuis", "verzorgende", "tandarts", "mondhygienist",
        "fysiotherapeut", "fysio", "psycholoog", "psychiater", "verloskundige", "kraamzorg",
        "kraamverzorgende", "ambulance", "spoedeisende hulp", "seh", "gehandicaptenzorg",
        "ouderenzorg", "jgz", "jeugdgezondheidszorg", "consultatiebureau", "jeugdarts",
        "apotheek", "apotheker", "praktijkondersteuner", "poh", "verslavingszorg", "zorgverlener",
        "langdurige zorg",
    ),
    Sector.MAATSCHAPPELIJKE_ONDERSTEUNING: (
        "maatschappelijke ondersteuning", "wmo", "maatschappelijk werk", "maatschappelijk werker",
        "maatschappelijk werkster", "welzijn", "welzijnswerk", "wijkteam", "sociaal wijkteam",
        "sociaal team", "buurtteam", "vrouwenopvang", "maatschappelijke opvang", "schuldhulp",
        "schuldhulpverlening", "beschermd wonen", "dagbesteding", "jongerenwerk", "jongerenwerker",
        "buurtwerk", "opbouwwerk", "daklozenopvang", "sociaal werk", "sociaal werker",
    ),
    Sector.JUSTITIE: (
        "justitie", "reclassering", "reclasseringswerker", "politie", "agent", "gevangenis",
        "penitentiaire inrichting", "pi", "jji", "justitiele jeugdinrichting",
        "raad voor de kinderbescherming", "kinderbescherming", "openbaar ministerie",
        "halt", "slachtofferhulp", "tbs", "forensisch", "forensische zorg", "dji",
    ),
    Sector.ANDERS: (
        "anders", "overig", "overige", "iets anders", "ander werkveld", "andere sector",
        "geen van deze", "geen van allen",
    ),
}

_SOLO_PHRASES = (
    "zzp", "zzp er", "zzper", "zzp ers", "zelfstandig", "zelfstandige", "zelfstandigen",
    "zelfstandig ondernemer", "eigen praktijk", "eigen bedrijf", "zonder collega s",
    "zonder collegas", "zonder collega", "geen collega s", "geen collegas", "geen collega",
    "solo", "freelance", "freelancer", "eenmanszaak", "alleen werkend", "werk alleen",
    "ik werk alleen",
)
# Gastouders work alone; a gastouderbureau has colleagues.
_SOLO_SECTOR_WORDS = ("gastouder",)

_VOCABULARY = sorted(
    {kw for kws in _KEYWORDS.values() for kw in kws if " " not in kw and len(kw) >= 6}
    | {"zelfstandig", "zelfstandige", "freelancer"}
)


def _find(text: str, phrase: str) -> int:
    """Position of phrase as whole words in text, or -1."""
    match = re.search(rf"(?<![a-z0-9]){re.escape(phrase)}(?![a-z0-9])", text)
    return match.start() if match else -1


def _payload_value(raw: str) -> str:
    """'/inform_sector{"sector": "zorg"}' -> 'zorg'; other text unchanged."""
    if raw.startswith("/") and "{" in raw:
        try:
            data = json.loads(raw[raw.index("{"):])
            if isinstance(data, dict):
                return " ".join(str(v) for v in data.values())
        except ValueError:
            pass
    return raw.lstrip("/")


def parse_sector(text: str | None) -> SectorChoice | None:
    """The user's sector from a button value or free Dutch text, or None when not recognised."""
    if not text:
        return None
    value = _payload_value(str(text).strip())
    norm = normalise(value.replace("_", " "))
    words = correct_typos(tokens(norm), _VOCABULARY, min_length=6)
    clean = " ".join(words)
    if not clean:
        return None

    solo = any(_find(clean, p) >= 0 for p in _SOLO_PHRASES)
    best: tuple[int, int, Sector] | None = None  # (position, -length, sector)
    for sector, keywords in _KEYWORDS.items():
        for keyword in keywords:
            pos = _find(clean, keyword)
            if pos >= 0:
                candidate = (pos, -len(keyword), sector)
                if best is None or candidate[:2] < best[:2]:
                    best = candidate
    if best is None:
        return SectorChoice(Sector.ANDERS, True) if solo else None
    sector = best[2]
    if sector is Sector.KINDEROPVANG and any(_find(clean, w) >= 0 for w in _SOLO_SECTOR_WORDS):
        solo = True
    if sector is Sector.ANDERS and solo:
        return SectorChoice(Sector.ANDERS, True)
    return SectorChoice(sector, solo)
