"""Short button titles for the FAQ topics (data/responses/faq.yml), used in "Bedoel je ...?".

When the FAQ selector is unsure, the assistant offers its best topics as buttons instead of
guessing. A title names the topic in plain Dutch (B1, at most six words) so that the user
recognises their own question. One title per topic: tests/actions/test_faq_choice.py fails when
a topic has no title or a title has no topic.
"""
from __future__ import annotations

FAQ_TITLES: dict[str, str] = {
    # --- the meldcode and its steps ---
    "meldcode_wat_is": "Wat is de meldcode?",
    "meldcode_voor_wie": "Voor wie geldt de meldcode?",
    "stap_1_signalen": "Stap 1: signalen in kaart brengen",
    "stap_2_collegiale_consultatie": "Stap 2: overleggen met een collega",
    "stap_3_gesprek": "Stap 3: het gesprek voeren",
    "stap_4_wegen": "Stap 4: wegen met het afwegingskader",
    "stap_5_beslissen": "Stap 5: beslissen",
    # --- the afwegingskader ---
    "afwegingskader": "Wat is het afwegingskader?",
    "afweging_1_vermoeden": "Afweging 1: heb ik een vermoeden?",
    "afweging_2_onveiligheid": "Afweging 2: is het onveilig?",
    "afweging_3_hulp_bieden": "Afweging 3: kan ik hulp bieden?",
    "afweging_4_hulp_aanvaard": "Afweging 4: accepteren ze de hulp?",
    "afweging_5_resultaat": "Afweging 5: helpt de hulp genoeg?",
    "acuut_vs_structureel": "Acute of structurele onveiligheid?",
    "wanneer_melden": "Wanneer meld ik bij Veilig Thuis?",
    "wie_beslist": "Wie beslist over een melding?",
    "bij_twijfel": "Wat doe ik als ik twijfel?",
    "geen_bewijs_nodig": "Heb ik bewijs nodig?",
    "vermoeden_klopt_niet": "Wat als mijn vermoeden niet klopt?",
    # --- Veilig Thuis, melden, rights and duties ---
    "veilig_thuis_wat_is": "Wat doet Veilig Thuis?",
    "adviesvraag_vs_melding": "Verschil tussen adviesvraag en melding",
    "na_melding_veilig_thuis": "Wat gebeurt er na een melding?",
    "na_melding_rol_professional": "Wat doe ik na een melding?",
    "anoniem_melden": "Kan ik anoniem melden?",
    "ouders_informeren": "Ouders of cliënt vertellen over melding?",
    "meldrecht": "Wat is het meldrecht?",
    "beroepsgeheim": "Mag ik melden met beroepsgeheim?",
    "toestemming": "Heb ik toestemming nodig?",
    "dossier": "Wat schrijf ik in het dossier?",
    "aandachtsfunctionaris": "Wat doet de aandachtsfunctionaris?",
    "zonder_collegas": "Wat als ik geen collega's heb?",
    "letselduiding": "Wat is letselduiding?",
    "kindcheck": "Wat is de kindcheck?",
    # --- talking with a child, the professional ---
    "gesprek_met_kind": "Hoe praat ik met een kind?",
    "kind_vertelt": "Een kind vertelt over geweld",
    "geheim_bewaren": "Een kind vraagt om geheimhouding",
    "bang_voor_ouders": "Ik ben bang voor de ouders",
    "verwijsindex": "Wat is de Verwijsindex?",
    "meldplicht_medewerker": "Vermoeden tegen een collega",
    "steun_professional": "Steun voor mezelf",
    # --- sectors ---
    "sector_onderwijs": "De meldcode in het onderwijs",
    "sector_kinderopvang": "De meldcode in de kinderopvang",
    "sector_jeugdhulp": "De meldcode in de jeugdhulp",
    "sector_zorg": "De meldcode in de zorg",
    "sector_maatschappelijke_ondersteuning": "Meldcode in de maatschappelijke ondersteuning",
    # --- forms of violence ---
    "kindermishandeling_wat_is": "Wat is kindermishandeling?",
    "huiselijk_geweld_wat_is": "Wat is huiselijk geweld?",
    "kind_getuige_partnergeweld": "Kind ziet geweld tussen ouders",
    "eergerelateerd_geweld": "Wat is eergerelateerd geweld?",
    "huwelijksdwang_achterlating": "Huwelijksdwang en achterlating",
    "meisjesbesnijdenis": "Wat doe ik bij meisjesbesnijdenis?",
    "ouderenmishandeling": "Wat is ouderenmishandeling?",
    "mensenhandel_loverboys": "Mensenhandel en loverboys",
    "complexe_scheiding": "Kind in een complexe scheiding",
    "kind_oudergeweld": "Wat is kind-oudergeweld?",
    # --- signals and factors ---
    "signalen_0_4": "Signalen bij kinderen (0-4 jaar)",
    "signalen_4_12": "Signalen bij kinderen (4-12 jaar)",
    "signalen_12_18": "Signalen bij jongeren (12-18 jaar)",
    "signalen_volwassen_slachtoffer": "Signalen bij een volwassene",
    "signalen_ouderen": "Signalen bij ouderen",
    "risico_beschermende_factoren": "Risicofactoren en beschermende factoren",
    # --- who to call ---
    "nummer_veilig_thuis": "Nummer van Veilig Thuis",
    "bellen_112_of_veilig_thuis": "Bel ik 112 of Veilig Thuis?",
    "centrum_seksueel_geweld": "Wat doet het Centrum Seksueel Geweld?",
    "vertrouwensinspecteur": "Wat doet de vertrouwensinspecteur?",
    "kindertelefoon": "Wat is de Kindertelefoon?",
    "zelfmoordpreventie_113": "Hulp bij gedachten aan zelfdoding",
}


def faq_title(topic: str) -> str:
    """The button title of a topic; a readable stand-in if a new topic has no title yet."""
    return FAQ_TITLES.get(topic) or topic.replace("_", " ").capitalize()
