"""The widget in Debian's Chromium against the real Rasa server: as a user would use it.

Screenshots go to tests/artifacts/ (look at them: a test cannot see that a layout is ugly).
"""
from __future__ import annotations

import json
import re
import sqlite3
import time

import pytest

from tests.web.helpers import ARTIFACTS, AXE, REFUSED_ORIGIN

pytestmark = pytest.mark.browser

OPENING_END = "Waar wil je mee beginnen?"
INJECTION = "<img src=x onerror=alert(1)>"

# The focused element, also inside the widget's shadow root.
DEEP_ACTIVE = """() => {
  let a = document.activeElement;
  while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
  if (!a) return null;
  const s = getComputedStyle(a);
  return {tag: a.tagName, text: (a.getAttribute('aria-label') || a.textContent || '').trim(),
          href: a.getAttribute('href'), outline: s.outlineStyle, outlineWidth: s.outlineWidth,
          shadow: s.boxShadow};
}"""


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"widget-{name}.png"))


def open_widget(page, origin: str) -> None:
    page.goto(origin + "/")
    page.get_by_role("button", name="Hulp bij de meldcode").click()
    page.get_by_text(OPENING_END).wait_for()


def exactly(name: str) -> re.Pattern:
    """A button title, whatever its capitals (the assistant may write 'Onderwijs' or 'onderwijs')."""
    return re.compile(f"^{re.escape(name)}$", re.IGNORECASE)


def click(page, name: str) -> None:
    page.get_by_role("button", name=exactly(name)).click()


def session_id(page) -> str:
    stored = page.evaluate(
        "() => Object.keys(sessionStorage).filter(k => k.startsWith('meldcode-assistent:'))"
        ".map(k => JSON.parse(sessionStorage.getItem(k)).sessionId)[0] || null"
    )
    assert stored and re.fullmatch(r"[0-9a-f]{32}", stored)
    return stored


def user_events(rasa, sender: str) -> list:
    return [e for e in rasa.tracker(sender)["events"] if e["event"] == "user"]


def walk_to_melding(page) -> None:
    click(page, "Afwegingskader")
    click(page, "onderwijs")
    page.get_by_text("Afweging 1 van 5").wait_for()
    click(page, "Ja")
    page.get_by_text("Afweging 2 van 5").wait_for()
    click(page, "Ja")
    page.get_by_role("link", name=re.compile("Bel Veilig Thuis")).wait_for()


def assert_clean(page) -> None:
    assert page.watch.foreign_requests() == []
    assert page.watch.errors == []


def test_notice_and_reminder_are_visible_before_the_first_message(page, web_server):
    page.goto(web_server + "/")
    page.get_by_role("button", name="Hulp bij de meldcode").click()
    reminder = page.get_by_text("Typ geen namen of andere persoonsgegevens.")
    assert reminder.first.is_visible()
    # The short reminder under the input field stays in view however long the conversation gets.
    assert page.locator("#mca-reminder").is_visible()
    widget = page.locator("#meldcode-assistent")
    assert widget.get_by_role("link", name=re.compile("Privacy")).is_visible()
    assert widget.get_by_role("link", name=re.compile("Toegankelijkheid")).is_visible()
    assert widget.get_by_role("button", name=re.compile("Snel weg")).is_visible()
    page.get_by_text(OPENING_END).wait_for()
    assert reminder.first.is_visible()
    shot(page, "01-opened")
    # The opening is one message, its paragraphs kept together.
    opening = page.locator(".mca-bot").filter(has_text=OPENING_END)
    assert opening.count() == 1
    assert "Hallo." in opening.inner_text()
    assert_clean(page)


def test_mouse_through_afwegingskader_to_melding_shows_the_call_button(page, web_server, rasa, usage_db):
    open_widget(page, web_server)
    walk_to_melding(page)
    call = page.get_by_role("link", name=re.compile("Bel Veilig Thuis"))
    assert call.get_attribute("href") == "tel:08002000"
    assert "gratis, dag en nacht" in call.inner_text()
    call.scroll_into_view_if_needed()
    shot(page, "02-melding-call-button")

    sender = session_id(page)
    slots = rasa.tracker(sender)["slots"]
    assert slots["uitkomst"] == "melden_veilig_thuis"

    # A click on the call button is counted (no personal data): the tel: link itself is blocked.
    page.evaluate(
        "() => document.querySelector('#meldcode-assistent').shadowRoot"
        ".querySelectorAll('a[href^=\"tel:\"]').forEach(a => a.addEventListener('click', e => e.preventDefault()))"
    )
    call.click()
    rows = []
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not rows:
        time.sleep(0.3)
        try:
            with sqlite3.connect(usage_db) as db:
                rows = db.execute(
                    "select event, channel, uitkomst, contact from usage_events where event = 'call_click'"
                ).fetchall()
        except sqlite3.OperationalError:  # table not created yet
            pass
    assert ("call_click", "widget", "melden_veilig_thuis", "veilig_thuis") in rows

    # The dossier note arrives once, in a box with a copy button.
    click(page, "Notitie voor dossier")
    page.get_by_role("button", name="Kopieer notitie").wait_for()
    assert page.locator(".mca-note").count() == 1
    assert page.locator(".mca-bot").filter(has_text="Notitie voor het dossier").count() == 0
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    click(page, "Kopieer notitie")
    page.get_by_text("De notitie is gekopieerd.").wait_for()
    assert "geadviseerd te melden" in page.evaluate("() => navigator.clipboard.readText()")
    shot(page, "03-dossier-note")

    # Kept across a reload in this tab...
    page.reload()
    page.get_by_role("link", name=re.compile("Bel Veilig Thuis")).wait_for()
    assert session_id(page) == sender
    # ...but not in another tab.
    other = page.context.new_page()
    other.goto(web_server + "/")
    assert other.evaluate("() => sessionStorage.length") == 0
    other.close()
    assert_clean(page)


def press_until_focused(page, key: str, name, limit: int = 40) -> dict:
    """Press `key` until the focused element's name matches; fail after `limit` presses."""
    for _ in range(limit):
        page.keyboard.press(key)
        active = page.evaluate(DEEP_ACTIVE)
        pattern = name if isinstance(name, re.Pattern) else exactly(name)
        if active and pattern.search(active["text"]):
            return active
    raise AssertionError(f"could not reach {name!r} with {key}")


def assert_focus_visible(active: dict) -> None:
    assert active["outline"] != "none" and active["outlineWidth"] != "0px", active
    assert "rgb(255, 221, 0)" in active["shadow"], active


def test_keyboard_only_through_afwegingskader_to_melding(page, web_server):
    page.goto(web_server + "/")
    active = press_until_focused(page, "Tab", "Hulp bij de meldcode")
    assert_focus_visible(active)
    page.keyboard.press("Enter")
    page.get_by_text(OPENING_END).wait_for()
    assert page.evaluate(DEEP_ACTIVE)["tag"] == "INPUT"  # opening the chat puts you in the text field

    for answer, then in [
        ("Afwegingskader", "In welke sector werk je?"),
        ("onderwijs", "Afweging 1 van 5"),
        ("Ja", "Afweging 2 van 5"),
    ]:
        active = press_until_focused(page, "Shift+Tab", answer)
        assert_focus_visible(active)
        page.keyboard.press("Enter")
        page.get_by_text(then).wait_for()
        assert page.evaluate(DEEP_ACTIVE)["tag"] == "INPUT"
    active = press_until_focused(page, "Shift+Tab", "Ja")
    shot(page, "04-keyboard-focus")
    page.keyboard.press("Enter")
    page.get_by_role("link", name=re.compile("Bel Veilig Thuis")).wait_for()
    active = press_until_focused(page, "Shift+Tab", re.compile("Bel Veilig Thuis"))
    assert active["href"] == "tel:08002000"
    assert_focus_visible(active)
    shot(page, "05-keyboard-call-button")

    # Escape closes the chat and gives focus back to the launcher.
    page.keyboard.press("Escape")
    assert page.evaluate(DEEP_ACTIVE)["text"] == "Hulp bij de meldcode"
    assert_clean(page)


def test_injection_attempt_stays_text(page, web_server):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    open_widget(page, web_server)
    page.get_by_label("Je vraag of antwoord").fill(INJECTION)
    page.keyboard.press("Enter")
    bubble = page.locator(".mca-user").filter(has_text=INJECTION)
    bubble.wait_for()
    page.wait_for_timeout(1500)  # the bot's answer, and any onerror, would have come by now
    assert page.evaluate("() => document.querySelector('#meldcode-assistent').shadowRoot.querySelectorAll('img').length") == 0
    assert page.evaluate("() => document.querySelectorAll('img').length") == 0
    assert dialogs == []
    assert not any(u.endswith("/x") for u in page.watch.requests)
    shot(page, "06-injection")
    assert_clean(page)


def run_axe(page, name: str) -> list:
    assert AXE.exists(), f"{AXE} is missing: run 'cd bot/web && npm ci'"
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "async () => await axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"
    )
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    summary = [
        {"id": v["id"], "impact": v["impact"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]]}
        for v in result["violations"]
    ]
    (ARTIFACTS / f"axe-{name}.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False))
    return [v for v in summary if v["impact"] in ("serious", "critical")]


@pytest.mark.axe
@pytest.mark.parametrize("viewport", [(1280, 900), (390, 844)], ids=["desktop", "phone"])
def test_axe_finds_no_serious_or_critical_violations(page, web_server, viewport):
    page.set_viewport_size({"width": viewport[0], "height": viewport[1]})
    page.goto(web_server + "/")
    name = f"{viewport[0]}x{viewport[1]}"
    assert run_axe(page, f"closed-{name}") == []
    page.get_by_role("button", name="Hulp bij de meldcode").click()
    page.get_by_text(OPENING_END).wait_for()
    walk_to_melding(page)
    click(page, "Notitie voor dossier")
    page.get_by_role("button", name="Kopieer notitie").wait_for()
    page.get_by_role("button", name="Gesprek wissen").click()  # the confirmation too
    assert run_axe(page, f"open-{name}") == []
    shot(page, f"07-axe-{name}")
    # axe looks inside the widget's shadow root: a nameless button there must be caught.
    page.evaluate("() => document.querySelector('#meldcode-assistent').shadowRoot"
                  ".querySelector('.mca-actions').appendChild(document.createElement('button'))")
    assert "button-name" in [v["id"] for v in run_axe(page, f"sanity-{name}")]
    if viewport[0] < 500:
        box = page.locator(".mca-panel").bounding_box()
        assert box["width"] == viewport[0] and box["height"] == viewport[1]  # full screen on a phone
    assert_clean(page)


@pytest.mark.axe
@pytest.mark.parametrize("path", ["/privacy", "/toegankelijkheid"])
def test_info_pages_are_accessible(page, web_server, path):
    page.goto(web_server + path)
    assert run_axe(page, path.strip("/")) == []
    shot(page, "08-page-" + path.strip("/"))
    assert_clean(page)


def test_gesprek_wissen_makes_the_server_forget(page, web_server, rasa):
    open_widget(page, web_server)
    click(page, "Afwegingskader")
    page.get_by_text("In welke sector werk je?").wait_for()
    sender = session_id(page)
    assert user_events(rasa, sender), "the conversation should be on the server first"

    page.get_by_role("button", name="Gesprek wissen").click()
    page.get_by_text("Dit wist alle berichten in dit venster en het gesprek op de server").wait_for()
    shot(page, "09-wissen-confirm")
    page.get_by_role("button", name="Ja, wis het gesprek").click()
    page.get_by_text("Het gesprek is gewist: in dit venster en op de server.").wait_for()
    shot(page, "10-wissen-done")

    assert user_events(rasa, sender) == []
    assert page.locator(".mca-user").count() == 0
    page.get_by_text(OPENING_END).wait_for()  # a new conversation starts
    assert session_id(page) != sender
    assert_clean(page)


def test_opnieuw_beginnen_restarts_the_conversation(page, web_server, rasa):
    open_widget(page, web_server)
    click(page, "Afwegingskader")
    page.get_by_text("In welke sector werk je?").wait_for()
    click(page, "Opnieuw beginnen")
    page.get_by_text("Je bent opnieuw begonnen.").wait_for()
    page.get_by_text(OPENING_END).wait_for()
    assert page.get_by_text("In welke sector werk je?").count() == 0
    # The server's conversation starts afresh: only the new opening, no form half-way.
    tracker = rasa.tracker(session_id(page))
    intents = [e["parse_data"]["intent"]["name"] for e in tracker["events"] if e["event"] == "user"]
    assert intents == ["greet"]
    assert not tracker.get("active_loop")
    assert_clean(page)


def test_snel_weg_leaves_at_once_and_clears_the_tab(page, web_server, rasa):
    page.route("https://www.google.nl/**", lambda route: route.fulfill(body="neutrale pagina", content_type="text/plain"))
    open_widget(page, web_server)
    click(page, "Afwegingskader")
    page.get_by_text("In welke sector werk je?").wait_for()
    sender = session_id(page)
    page.get_by_role("button", name=re.compile("Snel weg")).click()
    page.wait_for_url("https://www.google.nl/**")
    # location.replace: the chat page is not in the history any more, and the tab storage is empty.
    page.goto(web_server + "/")
    assert page.evaluate("() => sessionStorage.length") == 0
    assert page.locator(".mca-panel").is_hidden()
    deadline = time.monotonic() + 5
    while user_events(rasa, sender) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert user_events(rasa, sender) == []


def test_a_page_on_an_origin_that_is_not_allowed_gets_no_chat(page, web_server):
    page.goto(REFUSED_ORIGIN + "/")
    page.get_by_role("button", name="Hulp bij de meldcode").click()
    page.get_by_text("Geen verbinding met de assistent").wait_for()
    assert page.get_by_text(OPENING_END).count() == 0
    shot(page, "11-refused-origin")


def test_stored_messages_render_links_safely_and_never_as_html(page, web_server):
    """Messages restored from the tab's storage go through the same rendering as live ones."""
    page.goto(web_server + "/")
    state = {
        "sessionId": None,
        "open": True,
        "messages": [
            {"from": "user", "text": "vraag"},
            {"from": "bot", "kind": "text", "buttons": [],
             "text": "Lees https://veiligthuis.nl/over-ons. Niet javascript:alert(1) of <b>vet</b>.\n\nTweede alinea."},
            {"from": "bot", "kind": "contacts", "uitkomst": "melden_veilig_thuis",
             "contacts": [{"key": "x", "name": "Nep", "number": "1", "tel": "javascript:alert(1)", "when": ""},
                          {"key": "112", "name": "Alarmnummer", "number": "112", "tel": "112", "when": "bij direct gevaar"}]},
        ],
    }
    page.evaluate("(s) => sessionStorage.setItem('meldcode-assistent:' + "
                  "document.querySelector('script[data-server]').dataset.server, JSON.stringify(s))", state)
    page.reload()
    widget = page.locator("#meldcode-assistent")
    link = widget.get_by_role("link", name=re.compile("veiligthuis.nl"))
    assert link.get_attribute("href") == "https://veiligthuis.nl/over-ons"  # the full stop is not part of it
    assert link.get_attribute("rel") == "noopener noreferrer"
    hrefs = widget.locator("a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert not [h for h in hrefs if h and h.lower().startswith("javascript")]
    assert "<b>vet</b>" in widget.locator(".mca-bot").first.inner_text()
    assert widget.locator("b").count() == 0
    assert widget.locator(".mca-bot p").count() == 2  # two paragraphs, one message
    calls = widget.locator("a[href^='tel:']")
    assert calls.evaluate_all("links => links.map(a => a.getAttribute('href'))") == ["tel:112"]
    calls.first.wait_for()
    page.wait_for_function(  # a restored conversation opens at its end
        "() => { const s = document.querySelector('#meldcode-assistent').shadowRoot.querySelector('.mca-scroller');"
        " return s.scrollTop + s.clientHeight >= s.scrollHeight - 2; }"
    )
    shot(page, "12-restored-links")


def test_motion_follows_the_reduced_motion_setting(page, web_server):
    page.goto(web_server + "/")
    page.get_by_role("button", name="Hulp bij de meldcode").click()
    panel = page.locator(".mca-panel")
    assert panel.evaluate("p => getComputedStyle(p).animationName") == "mca-appear"
    page.emulate_media(reduced_motion="reduce")
    assert panel.evaluate("p => getComputedStyle(p).animationName") == "none"
    # New messages are announced: the conversation is a polite live log.
    log = page.locator(".mca-log")
    assert log.get_attribute("role") == "log" and log.get_attribute("aria-live") == "polite"
