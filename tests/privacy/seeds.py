"""Made-up personal data to seed conversations with, and a check that none of it was stored.

Every value is invented and plainly so: 999999990 and 999 999 989 are BSN-like numbers that pass
the 11-test, so that a validator would accept them; the names ("Nepachternaam"), the school
("De Nepreiger"), "Nepadresstraat 999", "9999 ZZ", 06-12345678, +31 99 (no Dutch area code) and
the reserved domain school.example are placeholders, not anyone's name, address or number.
Reuse `assert_no_seeded_data` for any run: give it the files and folders the system wrote and,
for databases, the text of `database_text(url)`.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import sqlalchemy as sa


@dataclass(frozen=True)
class Seed:
    kind: str
    value: str
    parts: tuple[str, ...] = ()  # distinctive fragments that must not appear on their own either


SEEDS: tuple[Seed, ...] = (
    Seed("name", "Nepvoornaam Nepachternaam", ("Nepachternaam", "Nepvoornaam")),
    Seed("name", "Joost Verzinselmans", ("Verzinselmans",)),
    Seed("name", "Ëlise Nepnaam-Fictiefstra", ("Fictiefstra",)),
    Seed("school", "Basisschool De Nepreiger", ("Nepreiger",)),
    Seed("bsn", "999999990"),
    Seed("bsn", "999 999 989"),
    Seed("phone", "06-12345678"),
    Seed("phone", "+31 99 999 0199"),
    Seed("email", "nepvoornaam.nepachternaam@school.example", ("school.example",)),
    Seed("postcode", "9999 ZZ"),
    Seed("address", "Nepadresstraat 999", ("Nepadres",)),
    Seed("birthdate", "14-07-2016", ("14072016", "2016-07-14")),
)


def seeded_texts() -> list[str]:
    """User messages that carry every seed, as a user might type them."""
    v = [seed.value for seed in SEEDS]
    return [
        f"Ik ben {v[0]}, leerkracht op {v[3]}.",
        f"Het gaat om {v[1]}, geboren {v[11]}, BSN {v[4]}.",
        f"Zijn moeder {v[2]} woont op {v[10]}, {v[9]}.",
        f"Bel me op {v[6]} of {v[7]}, of mail {v[8]}.",
        f"Het BSN van de zus is {v[5]}.",
    ]


def needles(seed: Seed) -> set[str]:
    """Spellings under which the seed could be stored: as typed, JSON-escaped, compact, digits."""
    found = {seed.value, json.dumps(seed.value)[1:-1], *seed.parts}
    compact = re.sub(r"[\s.\-]", "", seed.value)
    if len(compact) >= 6 and any(c.isdigit() for c in compact):
        found.add(compact)
    digits = re.sub(r"\D", "", seed.value)
    if len(digits) >= 9:
        found.add(digits)
    return {n.lower() for n in found if n}


def _files(paths: Iterable[os.PathLike | str]) -> Iterable[Path]:
    for path in map(Path, paths):
        if path.is_dir():
            yield from (p for p in sorted(path.rglob("*")) if p.is_file())
        elif path.is_file():
            yield path


def find_seeded_data(paths: Iterable, seeds: Iterable[Seed] = SEEDS, texts: Iterable[str] = ()) -> list[str]:
    """Where any seed occurs: a list of "file or text #n: seed kind (needle)" findings."""
    seeds = list(seeds)
    sources: list[tuple[str, bytes]] = [(str(p), p.read_bytes()) for p in _files(paths)]
    sources += [(f"text #{i}", t.encode("utf-8")) for i, t in enumerate(texts)]
    findings = []
    for where, data in sources:
        haystack = data.lower()
        for seed in seeds:
            for needle in needles(seed):
                if needle.encode("utf-8") in haystack:
                    findings.append(f"{where}: {seed.kind} ({needle})")
    return findings


def assert_no_seeded_data(paths: Iterable, seeds: Iterable[Seed] = SEEDS, texts: Iterable[str] = ()) -> int:
    """Fail if any seed is in the files (folders are searched recursively) or texts.

    Returns the number of bytes searched so that a caller can assert it searched something.
    """
    paths = list(paths)
    texts = list(texts)
    findings = find_seeded_data(paths, seeds, texts)
    assert not findings, "Seeded personal data was stored:\n" + "\n".join(findings)
    return sum(p.stat().st_size for p in _files(paths)) + sum(len(t) for t in texts)


def database_text(url: str) -> str:
    """Every row of every table in the database as text (for SQLite and PostgreSQL alike)."""
    engine = sa.create_engine(url)
    try:
        metadata = sa.MetaData()
        metadata.reflect(bind=engine)
        lines = []
        with engine.connect() as conn:
            for table in metadata.sorted_tables:
                for row in conn.execute(table.select()):
                    lines.append(f"{table.name}: " + " | ".join(str(v) for v in row))
        return "\n".join(lines)
    finally:
        engine.dispose()
