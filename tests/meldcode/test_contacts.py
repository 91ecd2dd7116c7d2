import re
from pathlib import Path

import bot.meldcode
from bot.meldcode.contacts import CONTACTS, Contact, contact_line

PACKAGE = Path(bot.meldcode.__file__).parent


def test_contacts():
    assert set(CONTACTS) == {"112", "veilig_thuis", "csg", "vertrouwensinspecteur",
                             "kindertelefoon", "113", "politie"}
    expected = {
        "112": ("112", "112"),
        "veilig_thuis": ("0800-2000", "08002000"),
        "csg": ("0800-0188", "08000188"),
        "vertrouwensinspecteur": ("0900-111 3 111", "09001113111"),
        "kindertelefoon": ("0800-0432", "08000432"),
        "113": ("113 of 0800-0113", "113"),
        "politie": ("0900-8844", "09008844"),
    }
    for key, (number, tel) in expected.items():
        contact = CONTACTS[key]
        assert isinstance(contact, Contact) and contact.key == key
        assert contact.number == number and contact.tel == tel
        assert re.fullmatch(r"\d+", contact.tel)
    assert "dag en nacht" in CONTACTS["veilig_thuis"].when and "gratis" in CONTACTS["veilig_thuis"].when
    assert "werkdagen" in CONTACTS["vertrouwensinspecteur"].when
    assert "anoniem" in CONTACTS["kindertelefoon"].when
    assert not re.search(r"\d{1,2}[.:]\d{2}|\d+ uur", CONTACTS["kindertelefoon"].when)  # no hours
    assert "0800-0113" in CONTACTS["113"].number


def test_contact_line():
    assert contact_line("veilig_thuis") == "Veilig Thuis: 0800-2000 (gratis, dag en nacht)"
    for key in CONTACTS:
        assert CONTACTS[key].number in contact_line(key)


PHONE = re.compile(r"(?<![\d_-])(112|113|0800|0900|0\d{2,3}[- ]?\d{3,4})(?![\d])")
# The contract names two contact keys after their numbers: "112" and "113" as quoted keys are fine.
KEY_LITERAL = re.compile(r"""(["'])(112|113)\1""")


def test_no_phone_numbers_outside_contacts():
    offenders = []
    for path in PACKAGE.glob("*.py"):
        if path.name == "contacts.py":
            continue
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if PHONE.search(KEY_LITERAL.sub("KEY", line)):
                offenders.append(f"{path.name}:{lineno}: {line.strip()}")
    assert offenders == []


def test_phone_pattern_catches_numbers():
    for literal in ("bel 112", "0800-2000", "0900-8844", "113", "0800 0188"):
        assert PHONE.search(literal)
    assert not PHONE.search("afweging 2, 5 werkdagen, 72 uur, 7 dagen")


def test_no_rasa_import():
    for path in PACKAGE.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(import|from)\s+rasa", source, re.M), path.name


def test_importable_with_plain_python():
    import subprocess
    import sys

    code = ("import sys, bot.meldcode; "
            "assert not any(m == 'rasa' or m.startswith(('rasa.', 'rasa_sdk')) for m in sys.modules)")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=PACKAGE.parent.parent)
