import pytest

from bot.meldcode.sectors import SECTOR_LABELS, Sector, SectorChoice, parse_sector

S = Sector
CASES = {
    # button values
    "onderwijs": (S.ONDERWIJS, False), "kinderopvang": (S.KINDEROPVANG, False),
    "jeugdhulp": (S.JEUGDHULP, False), "zorg": (S.ZORG, False),
    "maatschappelijke ondersteuning": (S.MAATSCHAPPELIJKE_ONDERSTEUNING, False),
    "maatschappelijke_ondersteuning": (S.MAATSCHAPPELIJKE_ONDERSTEUNING, False),
    "justitie": (S.JUSTITIE, False), "anders": (S.ANDERS, False), "Onderwijs": (S.ONDERWIJS, False),
    '/inform_sector{"sector": "zorg"}': (S.ZORG, False),
    # free text
    "basisschool": (S.ONDERWIJS, False), "ik ben leerkracht": (S.ONDERWIJS, False),
    "mbo": (S.ONDERWIJS, False), "ik ben intern begeleider": (S.ONDERWIJS, False),
    "docent op het vmbo": (S.ONDERWIJS, False), "zorgcoördinator": (S.ONDERWIJS, False),
    "kdv": (S.KINDEROPVANG, False), "bso": (S.KINDEROPVANG, False),
    "peuterspeelzaal": (S.KINDEROPVANG, False), "ik ben pedagogisch medewerker": (S.KINDEROPVANG, False),
    "gastouder": (S.KINDEROPVANG, True), "ik ben gastouder": (S.KINDEROPVANG, True),
    "gastouderbureau": (S.KINDEROPVANG, False),
    "zzp": (S.ANDERS, True), "zelfstandig": (S.ANDERS, True),
    "zzp'er in de zorg": (S.ZORG, True), "zelfstandig psycholoog": (S.ZORG, True),
    "ik werk zonder collega's als jeugdhulpverlener": (S.JEUGDHULP, True),
    "wijkteam": (S.MAATSCHAPPELIJKE_ONDERSTEUNING, False), "jeugdzorg": (S.JEUGDHULP, False),
    "jeugdbescherming": (S.JEUGDHULP, False), "jeugd-ggz": (S.JEUGDHULP, False),
    "ggz": (S.ZORG, False), "huisarts": (S.ZORG, False), "ziekenhuis": (S.ZORG, False),
    "verpleging": (S.ZORG, False), "thuiszorg": (S.ZORG, False), "consultatiebureau": (S.ZORG, False),
    "wmo": (S.MAATSCHAPPELIJKE_ONDERSTEUNING, False),
    "maatschappelijk werk": (S.MAATSCHAPPELIJKE_ONDERSTEUNING, False),
    "vrouwenopvang": (S.MAATSCHAPPELIJKE_ONDERSTEUNING, False),
    "reclassering": (S.JUSTITIE, False), "politie": (S.JUSTITIE, False),
    "iets anders": (S.ANDERS, False),
    # typos
    "onderwys": (S.ONDERWIJS, False), "kinderopvnag": (S.KINDEROPVANG, False),
    "leerkacht": (S.ONDERWIJS, False), "basischool": (S.ONDERWIJS, False),
    "jeugdzrg": (S.JEUGDHULP, False), "reclasering": (S.JUSTITIE, False),
    "ziekenhuys": (S.ZORG, False),
}
NOT_A_SECTOR = ["", "hallo", "ik heb zorgen", "ja", "weet ik niet", "wat is de meldcode?", None,
                "ik weet het niet, om eerlijk te zijn"]


@pytest.mark.parametrize("text,want", list(CASES.items()))
def test_parse_sector(text, want):
    assert parse_sector(text) == SectorChoice(*want)


@pytest.mark.parametrize("text", NOT_A_SECTOR)
def test_not_a_sector(text):
    assert parse_sector(text) is None


def test_values_and_labels():
    assert [s.value for s in Sector] == [
        "onderwijs", "kinderopvang", "jeugdhulp", "zorg", "maatschappelijke_ondersteuning",
        "justitie", "anders"]
    assert set(SECTOR_LABELS) == set(Sector)
    for sector in Sector:
        assert parse_sector(sector.value).sector is sector
        assert parse_sector(SECTOR_LABELS[sector]) is not None
