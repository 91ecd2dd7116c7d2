"""A tiny Rasa project for the TfidfResponseSelector tests: 3 FAQ topics x 5 examples, one
other intent, the answers in a separate data file (as data/responses/faq.yml in the project)."""
from __future__ import annotations

from pathlib import Path

NLU = """version: "3.1"
nlu:
- intent: faq/kindcheck
  examples: |
    - wat is de kindcheck
    - hoe werkt de kindcheck
    - kindcheck uitleg
    - wanneer doe ik de kindcheck
    - wat houdt de kind check in
- intent: faq/veilig_thuis
  examples: |
    - wat doet veilig thuis
    - hoe bereik ik veilig thuis
    - wat is vt
    - veilig thuis nummer
    - wanneer bel ik veilig tuis
- intent: faq/afwegingskader
  examples: |
    - wat is het afwegingskader
    - hoe werkt het afwegingskader
    - afwegingskader uitleg
    - wie gebruikt het afwegingskader
    - welke vragen heeft het afwegings kader
- intent: greet
  examples: |
    - hallo
    - hoi
    - goedemorgen
    - hey daar
    - goedemiddag
"""

RESPONSES = """version: "3.1"
responses:
  utter_faq/kindcheck:
  - text: "De kindcheck: zijn er kinderen die zorg nodig hebben?"
  utter_faq/veilig_thuis:
  - text: "Veilig Thuis geeft advies en neemt meldingen aan."
  utter_faq/afwegingskader:
  - text: "Het afwegingskader helpt je beslissen over melden."
"""

COMPONENT = "bot.nlu.tfidf_response_selector.TfidfResponseSelector"

CONFIG = f"""recipe: default.v1
language: nl
assistant_id: tfidf-selector-test
pipeline:
  - name: WhitespaceTokenizer
  - name: {COMPONENT}
    retrieval_intent: faq
"""

DOMAIN = """version: "3.1"
intents:
  - greet
  - faq
"""

TOPICS = ("faq/kindcheck", "faq/veilig_thuis", "faq/afwegingskader")


def write_project(root: Path) -> Path:
    (root / "data").mkdir(parents=True)
    (root / "data" / "nlu.yml").write_text(NLU, encoding="utf-8")
    (root / "data" / "responses.yml").write_text(RESPONSES, encoding="utf-8")
    (root / "config.yml").write_text(CONFIG, encoding="utf-8")
    (root / "domain.yml").write_text(DOMAIN, encoding="utf-8")
    return root
