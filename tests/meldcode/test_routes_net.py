"""The keyword safety net (`detect_routes`) on case descriptions it was not built from.

Issue 3 wants recall >= 0.98 per safety route on unseen messages. These tables were written
separately from the lexicons, the way teachers, childcare and care staff and children type
(lowercase, typos, "me pa", "k word"). A line counts when the route that wins by precedence is
the expected one, as in the held-out evaluation (bot.nlu_eval)."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.meldcode.routes import Route, detect_routes, mentions_staff_member, placed_long_ago, resolve

R = Route
ROOT = Path(__file__).resolve().parents[2]

DANGER_NOW = [
    "een jongen belt dat ze hem vasthouden in een schuur, ze houden hem vast",
    "tijdens het videobellen zie ik dat de vader zijn zoon slaat",
    "ik ben bij een pleeggezin thuis en de vader gooit met stoelen",
    "er staat een vader met een mes op het schoolplein",
    "help, een moeder wordt in de hal door haar ex geslagen",
    "hij slaat haar op dit moment, ik hoor het door de muur",
    "de vader is dronken en wil zijn dochter nu meenemen in de auto",
    "een leerling heeft net een hele strip pillen geslikt",
    "de baby is niet meer wakker te krijgen na het schudden",
    "vader trapt de deur van de opvang in",
    "er is een kind neergestoken bij de ingang van school",
    "de ex van moeder staat voor het raam en roept dat hij haar gaat vermoorden",
    "ik ben op huisbezoek en de man slaat zijn vrouw waar ik bij sta",
    "een meisje staat op de rand van het dak en wil springen",
    "mijn cliënt belt me en zegt dat hij pillen heeft ingenomen om dood te gaan",
    "vader zit met een geweer in de auto voor de school",
    "iemand knijpt haar keel dicht in de gang",
    "spoed! man met bijl bij de bso",
    "er wordt op de deur gebonkt en hij schreeuwt dat hij ons kapot maakt",
    "de moeder wordt op het moment in elkaar geslagen, de kinderen gillen",
    "ik zie vanuit het raam dat een vader zijn kind schopt op de stoep",
    "help hij wurgt haar",
    "een vader heeft zojuist de pm'er aangevallen en is nog binnen",
    "kom snel er wordt gevochten met messen op het plein",
    "een peuter heeft schoonmaakmiddel gedronken",
    "ik word nu bedreigd door een vader met een mes",
    "een jongen ligt bewusteloos in de wc na een vechtpartij",
    "ze bloedt heel erg uit haar hoofd en hij is nog in huis",
    "moeder dreigt met de baby van het balkon te springen",
    "er staat een man met een pistool in de kantine",
    "een vader sleurt zijn kind aan de haren naar buiten, nu",
    "de vader van een leerling is gewapend en loopt door de school",
    "een cliënte zegt dat ze zich vanavond van het leven gaat beroven",
    "de baby wordt door vader door elkaar geschud, ik hoor hem huilen",
    "hij heeft haar net van de trap geduwd en ze beweegt niet",
    "er wordt ingebroken bij een cliënte en ze heeft zich verstopt in de badkamer",
    "HELP er is een man binnen die iedereen bedreigt",
    "een kindje is blauw aangelopen en ademt heel moeilijk",
    "een vader slaat zijn kind op het schoolplein waar iedereen bij staat",
    "moeder ligt op de grond en vader blijft schoppen",
    "vader heeft een mes gepakt en staat in de keuken te schreeuwen",
    "ik sta bij het gezin voor de deur en hoor binnen een vrouw om hulp schreeuwen",
    "de moeder van een peuter is net in elkaar gezakt en reageert niet",
    "een leerling dreigt zichzelf nu iets aan te doen met een schaar",
    "bel 112?? hij slaat haar hoofd tegen de muur",
    "een kind van 4 loopt alleen langs de snelweg",
    "vader rijdt dronken weg met de kinderen achterin",
    "de vriend van moeder houdt haar vast en laat haar niet gaan, ik ben erbij",
    "er is een jongen gestoken op het plein, hij bloedt",
    "een moeder zit met haar baby op de vensterbank van de 5e verdieping",
    "mijn collega wordt op dit moment aangevallen door een ouder",
    "een kind is in het water gegooid door zijn vader",
    "de oom van een leerling staat bij school met een vuurwapen",
    "hij heeft gas opengedraaid en zit met de kinderen binnen",
    "een cliënt heeft zijn polsen doorgesneden",
    "hij zegt dat hij iedereen gaat neerschieten",
    "vader heeft de baby hard tegen de grond gegooid, ze huilt niet meer",
    "snel, een man slaat een kind met een riem in de speeltuin",
    "op dit moment staat er een boze vader in mijn klas die dreigt",
    "de moeder is compleet in paniek, haar ex staat voor de deur met een mes",
    "ik hoor een kind gillen in de kelder en vader schreeuwt",
    "een kind zit opgesloten in een hete auto op de parkeerplaats",
    "een vader heeft een kind een klap gegeven en het kind bloedt uit zijn oor",
    "een moeder is net flauwgevallen en haar baby is alleen",
    "hij staat met een mes bij de kinderen in de slaapkamer",
    "wij worden bedreigd door een ouder die een wapen heeft",
    "de partner van mijn cliënt is door het lint gegaan en slaat alles kapot, de kinderen zijn thuis",
    "help het kind krijgt geen adem meer",
    # Added 2026-12-06 (the last session of the day), from held-out misses, in new words.
    "bij het gezin waar ik zit is een gevecht gaande",
    "de ouders gaan elkaar nu te lijf in de gang",
    "een babytje ligt alleen thuis te huilen, er is niemand",
    "we zijn onder het bed gekropen want hij slaat mama",
    "er gaat iemand dood als de ambulance niet komt",
    "ik zie door het raampje van de slaapkamer dat mijn collega een kind tegen de kast blijft duwen",
    # "nu 112" once read as an age ("nu 12") and was dropped as a time word.
    "bel nu 112 hij slaat haar",
    # Only the writer safe now takes the weak time words away: the mother is not safe.
    "hij slaat haar net, de kinderen zijn veilig",
]

STAFF_SUSPECT = [
    "de nieuwe ib'er lacht een kleuter steeds uit tot ze huilt",
    "mijn teamgenoot knijpt de kinderen als niemand kijkt",
    "teamgenoot schreeuwt de peuters toe dat ze dom zijn",
    "de nieuwe meester is veel te close met een meisje uit groep 7",
    "een collega op de woongroep is te amicaal met een bewoner",
    "de gymdocent maakt opmerkingen over de borsten van meisjes en zit aan ze",
    "een leerling zegt dat meester jan haar in de kleedkamer heeft betast",
    "onze conciërge appt 's avonds met meisjes uit groep 8",
    "een pm'er geeft baby's een tik als ze huilen",
    "de invaljuf heeft een kleuter aan zijn oor de klas uit getrokken",
    "een stagiaire van de bso zoent kinderen op hun mond",
    "de overblijfmoeder schreeuwt tegen kinderen en duwt ze",
    "een tso-medewerker sluit kinderen op in de gymzaal",
    "de chauffeur van het leerlingenvervoer zit aan een meisje met een beperking",
    "de eigenaar van het kinderdagverblijf slaat de baby's",
    "ik vermoed dat de houder van ons kdv kinderen vastbindt in de kinderstoel",
    "een begeleider van de woongroep heeft seks met een bewoonster",
    "een verzorgende in het verpleeghuis knijpt bewoners en scheldt ze uit",
    "een verpleegkundige op de afdeling betast een cliënte tijdens het wassen",
    "een collega van de thuiszorg steelt geld van een oudere cliënt",
    "iemand van ons team stuurt naaktfoto's naar een jongere",
    "de docent biologie heeft een relatie met een leerling uit 5 vwo",
    "de voetbaltrainer van de club zit aan de jongens onder de douche",
    "een vrijwilliger bij de scouting neemt kinderen mee naar zijn huis",
    "mentor stuurt een leerling berichtjes met schatje en wil afspreken",
    "een begeleider heeft een cliënt op de grond gedrukt en geslagen",
    "de juf van groep 1 trekt kinderen hardhandig aan hun arm",
    "een groepsleider fixeert jongeren veel te vaak en te hard",
    "leerlingen zeggen dat de docent lichamelijke opvoeding foto's maakt in de kleedkamer",
    "een collega is dronken op de groep en slaat een kind",
    "onze nieuwe pm er zit met haar handen aan de billen van de peuters",
    "volgens een ouder geeft de meester kinderen een klap",
    "ik zag dat een collega een peuter hard door elkaar schudde",
    "een onderwijsassistent heeft een leerling in de kast opgesloten",
    "de directeur van de school heeft een leerling gekust",
    "een ouder belde dat de overblijfkracht haar dochter heeft geslagen",
    "een zorgmedewerker van de wmo scheldt cliënten uit en duwt ze",
    "een jeugdhulpverlener heeft een pupil van 15 mee naar huis genomen en daar gezoend",
    "de stagair zit steeds aan de meisjes",
    "de invalkracht heeft een leerling een schop gegeven",
    "de gymleraar heeft gisteren een leerling aangerand",
    "de gastouder geeft de kindjes slaappillen zodat ze rustig zijn",
    "een leidster pakt peuters hard bij hun nek als ze niet luisteren",
    "een docent wiskunde stuurt een meisje uit 3 havo sexy berichtjes via snapchat",
    "mijn collega geeft kinderen die niet eten een tik op hun vingers",
    "de juf van mijn groep sloeg een kind met een liniaal",
    "een leidster duwt kinderen hun bedje in en slaat de deur dicht",
    "een pm'er dwingt peuters hun bord leeg te eten en stopt eten in hun mond",
    "de conciërge geeft meisjes snoep en laat ze op zijn schoot zitten",
    "ik heb gezien dat mijn collega een kind in zijn gezicht sloeg",
    "de begeleider van de dagbesteding kleineert cliënten en trekt aan hun kleren",
    "een invaller heeft een leerling uitgescholden voor rotkind en aan zijn arm gerukt",
    "een jongerenwerker heeft seksueel contact met een meisje van 15",
    "een collega-verzorgende laat een bewoner urenlang in een vieze luier liggen",
    "de trainer van de zwemles raakt kinderen aan in het kleedhokje",
    "een vrijwilliger van de kinderclub chat met kinderen via instagram en vraagt om foto's",
    "onze stagiair heeft een leerling van 13 gezoend",
    "een leraar stuurt een leerling van 14 berichtjes dat hij verliefd op haar is",
    "de gastouder slaat de kleintjes met een pollepel",
    "de nachtdienst op de groep heeft een jongere geslagen",
    "onze directeur heeft een leerling in zijn kantoor betast",
    "een medewerker van de taxi naar school betast een leerling",
    "de verpleegkundige geeft een cliënt te veel medicijnen zodat hij rustig is",
    "een leerkracht kneep een leerling zo hard dat er blauwe plekken zijn",
    "een pedagogisch medewerker heeft een baby aan één arm opgetild en gesmeten",
    "een meester laat meisjes op zijn schoot zitten en kriebelt ze",
    "de begeleider heeft een bewoner opgesloten in zijn kamer zonder eten",
    "een docent heeft een leerling van 16 meegenomen op vakantie en ze sliepen samen",
    "mijn collega heeft naaktfoto's van een leerling op zijn telefoon",
    "een verzorgende trekt een oudere cliënt ruw uit bed",
    "er gaan verhalen dat de gymleraar aan meisjes zit",
    "de stagiaire van groep 3 heeft een kind op zijn hoofd geslagen",
    "een vrijwilliger van de bso heeft een meisje in de wc betast",
    # Added 2026-12-06 (the last session of the day): humiliation, neglect, photos, seclusion.
    "de invalkracht noemt de kleuters stom en lelijk",
    "een verzorgende geeft bewoners bewust te weinig drinken",
    "een collega maakt foto's van blote peuters",
    "de fysiotherapeut is steeds alleen met een cliënte met de deur op slot",
    "volgens mij pakt een thuiszorgcollega geld van de pinpas van een cliënt",
    "de mentor slaapt soms bij de jongens op de kamer",
    "de docent was dronken en heeft een leerling geslagen",
]

SEXUAL_VIOLENCE_RECENT = [
    "een leerling van 7 vertelt dat de buurman gisteren aan haar plasser heeft gezeten",
    "moeder meldt dat opa het kind zaterdag onzedelijk heeft betast",
    "een leerling is zaterdagnacht na het stappen verkracht",
    "een meisje uit mijn mentorklas is gisteren op een feestje aangerand",
    "cliënte vertelt dat haar ex haar eergisteren heeft gedwongen tot seks",
    "er is iets in haar drankje gedaan en ze is zonder kleren wakker geworden, dat was vrijdag, "
    "ze denkt dat ze is misbruikt",
    "een jongen van 16 zegt dat hij afgelopen weekend door een man is misbruikt",
    "een leerling is vorige week na school door een groep jongens verkracht",
    "vannacht is een bewoonster van de opvang aangerand door een andere bewoner",
    "een meisje van 13 vertelt dat een oudere jongen haar gisteren dwong seks te hebben",
    "mijn cliënte is 4 dagen geleden verkracht door een onbekende",
    "recente verkrachting bij een jonge vrouw in begeleiding",
    "verkrachting, 2 dagen oud, cliënte van 19",
    "een leerling vertelde vanochtend dat ze dit weekend verkracht is",
    "een jongere is woensdag tegen haar zin betast door drie jongens",
    "een moeder belt dat haar dochter gisteravond is verkracht door haar ex-vriend",
    "ze is gister verkragt na een feest",
    "een vrouw in ons inloophuis is afgelopen nacht seksueel misbruikt",
    "leerling zegt dat ze eergisteren seks moest hebben met haar vriend terwijl ze dat niet wilde",
    "een meisje met een verstandelijke beperking is dinsdag misbruikt door de buurman",
    "twee dagen terug is een leerling van mij aangerand in het park",
    "een student is 3 dagen geleden gedrogeerd en verkracht",
    "een tiener is vrijdagavond na de disco aangerand",
    "cliënt vertelt dat ze vannacht verkracht is door haar partner",
    "het meisje is gisteren op een feest gedwongen seksuele handelingen te doen",
    "afgelopen zaterdag is een jongere uit de groep verkracht op een feest",
    "ze heeft vannacht seks moeten hebben terwijl ze buiten westen was",
    "een leerling is kortgeleden verkracht, ik denk een paar dagen geleden",
    "een 15 jarige cliënt vertelt dat ze sinds gisteren pijn heeft omdat ze is verkracht",
    "een jongen uit de brugklas is maandag door een volwassen man aangerand in de bus",
    "een cliënte is deze week na een date verkracht",
    "gisteravond is een leerling van 14 in het park aangerand door een onbekende man",
    "een leerling is gisteren na de training door een man in de auto aangerand",
    "afgelopen vrijdag is een cliënte op een feest verkracht",
    "een jongere vertelt dat hij 2 dagen geleden door een groep jongens seksueel is misbruikt",
    "een meisje uit 2 vmbo is dit weekend door haar vriendje tot seks gedwongen",
    "vannacht is mijn cliënte door haar partner verkracht",
    "er is gisteren een leerling van 12 aangerand in de fietsenstalling",
    "een jonge vrouw in de opvang vertelt dat ze zondag is verkracht",
    "een leerling is 5 dagen terug verkracht op een verjaardag",
    "een tiener is gisteravond na het zwemmen betast door een onbekende",
    "een cliënte is eergisteren tegen haar wil seksueel benaderd en gepakt",
    "een meisje is deze week verkracht door iemand die ze online heeft ontmoet",
    "een leerling is zaterdag na het uitgaan misbruikt en weet niet meer wat er gebeurd is",
    "gisteren is een jongere uit de leefgroep verkracht door een man in de stad",
    "een cliënt met een beperking is vorige week dinsdag misbruikt in de bus",
    "een moeder vertelt dat haar dochter van 15 vorig weekend is verkracht",
    "een leerling is op het schoolfeest van vrijdag aangerand",
    "een cliënte is zondagnacht door twee mannen verkracht",
    "een meisje vertelt me dat ze 2 dagen geleden is misbruikt",
    "gisteren na het sporten is een leerling door een vreemde man betast",
    "een jongen is afgelopen donderdag misbruikt door een man die hij online kende",
    "vannacht heeft haar vriend haar tegen haar zin seks laten hebben",
    "een leerling werd gisteravond tijdens een feestje door meerdere jongens misbruikt",
    "een cliënte met een beperking werd dinsdag door de buurman verkracht",
]

CHILD_OR_VICTIM = [
    "ik weet niet wat ik moet doen, ik hou het thuis niet meer vol",
    "mijn groepsleider zit aan mijn borsten als niemand kijkt",
    "me pa slaat me elke dag",
    "mn moeder slaat me met een riem",
    "k word thuis geslagen wat moet ik doen",
    "mijn stiefvader komt snachts in mijn kamer",
    "ik ben 11 en mijn papa doet mama pijn",
    "mijn vriend slaat me als ik met andere jongens praat",
    "ik ben bang voor mijn stiefvader",
    "mijn moeder zegt dat ik dik en lelijk ben en slaat me",
    "ik wil niet meer leven",
    "ik denk er steeds aan om zelfmoord te plegen",
    "ik heb soms suïcidale gedachten",
    "k heb de laatste tijd doodsgedachten",
    "ik voel me echt suicidaal",
    "mijn ouders schelden me de hele dag uit",
    "niemand gelooft me als ik zeg dat mijn oom aan me zit",
    "ik ben 15 en mijn vriend dwingt me om seks te hebben",
    "mijn broer slaat me en mijn ouders doen niks",
    "ik heb blauwe plekken van mijn vader",
    "ik woon in een opvang want mijn ex sloeg me",
    "mijn vriendin controleert mijn telefoon en slaat me als ik niet luister",
    "ik durf niet naar huis want papa is boos",
    "ik ben 13 en ik word gepest en geslagen thuis",
    "als ik thuis kom krijg ik klappen van mijn moeder",
    "mijn zoon van 17 slaat mij en pakt mijn geld",
    "ik ben 80 en mijn dochter sluit me op in huis",
    "mijn ex stalkt me en staat steeds voor mijn deur",
    "kan iemand me helpen mijn stiefmoeder slaat mij",
    "ik zit in groep 6 en mijn papa slaat mij",
    "ik snijd in mijn armen omdat het thuis niet goed gaat",
    "ik wil weglopen van huis",
    "k wil dood",
    "mijn vader zit aan mijn borsten",
    "thuis word ik altijd geslagen",
    "ik ben zelf slachtoffer van mijn man, hij slaat me al jaren",
    "mama s vriend doet dingen met me die ik niet wil",
    "mijn stiefvader heeft me misbruikt toen ik 8 was",
    "mn pa drinkt en dan slaat hij ons",
    "ik word door mijn man mishandeld en durf niet weg te gaan",
    "mijn vader scheldt me uit en gooit met dingen naar me",
    "mijn papa slaat mij als ik huil",
    "ik ben 10 en ik krijg slaag van mijn stiefvader",
    "hoi ik ben een meisje van 12 en mijn oom zit aan me",
    "ik word steeds in elkaar geslagen door mijn broer",
    "mijn vriend heeft naaktfotos van mij rondgestuurd en dreigt",
    "ik durf niet meer naar huis",
    "ik wil er niet meer zijn, niemand houdt van me",
    "me moeder schreeuwt de hele dag en slaat me soms",
    "mijn man heeft me gisteren gewurgd",
    "ik ben 16 en mijn ouders willen me uithuwelijken",
    "mn stiefvader doet rare dingen met me als mama weg is",
    "ik krijg thuis nooit eten en mijn moeder sluit me op",
    "mijn vriend slaat me en pakt mijn telefoon af",
    "kan ik anoniem praten? mijn vader slaat me",
    "ik wil weg van huis want het is daar niet veilig",
    "k ben bang van mijn vader",
    "ik word door mijn vader misbruikt",
    "wat moet ik doen als mijn moeder mij slaat",
    "mijn vader slaat me met zijn riem als ik stout ben",
    "ik ben 9 en ik ben bang voor papa",
    "mijn stiefvader dwingt me om aan hem te zitten",
    "ik word gepest en mijn moeder slaat me",
    "mama heeft me gisteren weer geslagen",
    "ik wil dood want thuis is het niet te doen",
    "hoe kom ik van mijn man af hij slaat me",
    "ik heb geen geld meer want mijn zoon pakt alles af en slaat me",
    "ik ben 15 en mijn ouders sluiten me elke avond op",
    "mijn ex dreigt dat hij me iets aandoet",
    # Children leave out the "ik"; sex against the writer's will (2026-12-06).
    "ben gisteren aangerand door de vriend van mijn zus",
    "mijn neef had seks met me terwijl ik dat niet wilde",
    "oma hier, mijn kleinzoon bedreigt mij om geld",
    # The writer is safe now: no danger now, the victim's route.
    "mijn vader heeft me net geslagen, ik zit nu veilig bij mijn oma",
]

ROUTE_TABLES = {
    R.DANGER_NOW: DANGER_NOW,
    R.STAFF_SUSPECT: STAFF_SUSPECT,
    R.SEXUAL_VIOLENCE_RECENT: SEXUAL_VIOLENCE_RECENT,
    R.CHILD_OR_VICTIM: CHILD_OR_VICTIM,
}
ROUTE_CASES = [(route, text) for route, lines in ROUTE_TABLES.items() for text in lines]


@pytest.mark.parametrize("route,text", ROUTE_CASES)
def test_case_description_reaches_its_route(route, text):
    found = detect_routes(text)
    assert resolve(found) is route, (text, sorted(r.value for r in found))


def test_tables_are_large_enough():
    for route, lines in ROUTE_TABLES.items():
        assert len(lines) >= 25, route
        assert len(set(lines)) == len(lines), route


# Professionals describing ordinary meldcode cases, general questions and small talk: no
# special route. The writer's job, a colleague as witness, old sexual abuse, a pattern of
# violence at home and "wat nu" are the traps.
NO_ROUTE = [
    "ik trek het niet meer met deze casus, wie helpt mij",
    "ik zie dat het kind vaak moe is in de klas",
    "een leerling vertelde dat haar vader haar slaat",
    "een collega vertelde dat een kind thuis geslagen wordt",
    "ik zag blauwe plekken op de arm van een peuter",
    "de moeder van een leerling is vorig jaar verkracht",
    "een cliënt is als kind misbruikt door haar oom",
    "ik ben 12 jaar leerkracht en twijfel over een melding",
    "vader slaat de moeder regelmatig als hij gedronken heeft",
    "de kinderen waren erbij toen vader moeder sloeg, vorige maand",
    "een leerling zegt: mijn vader slaat me",
    "ik maak me zorgen over een kind dat steeds met honger op school komt",
    "mijn collega en ik twijfelen over de afweging",
    "hoe bel ik veilig thuis",
    "wat doet een aandachtsfunctionaris?",
    "wat is de meldplicht bij een medewerker?",
    "ik ben net begonnen als leerkracht en heb een vraag over de meldcode",
    "de moeder reageert niet op mijn berichten",
    "de juf maakt foto's van de kinderen voor de ouderapp",
    "de leerkracht heeft een goed gesprek met de ouders gehad",
    "de pm'er neemt de peuter op schoot om te troosten",
    "een stagiaire vroeg of ze mee mag naar het gesprek",
    "ik werk als begeleider en een jongere vertelt dat zijn vader hem slaat",
    "de mentor belde de ouders omdat de leerling vaak afwezig is",
    "help me met de meldcode",
    "wat moet ik nu doen na het gesprek met de ouders",
    "de vader was bij het ophalen heel boos maar is nu weer rustig",
    "een leerling is 3 weken geleden aangerand",
    "ze is nu 14 en wordt al jaren misbruikt door haar oom",
    "ik ben bang dat de vader agressief wordt als ik het gesprek voer",
    "ik voel me niet veilig bij deze vader",
    "de docent gaf les over seksualiteit",
    "onze conciërge zag een vader een kind slaan bij het hek",
    "de juf heeft de ouders gebeld over blauwe plekken",
    "mijn leerling wordt thuis geslagen, wat nu?",
    "de leidster zegt dat het kind thuis geslagen wordt",
    "een kind vertelde in de kring dat papa mama slaat",
    "ik ben pedagogisch medewerker en een peuter komt vaak met blauwe plekken",
    "hoe ga ik het gesprek aan met een vader die zijn kind slaat?",
    "de juf laat de kinderen klappen op de maat van de muziek",
    "de meester trekt een streep op het bord",
    "vorige week vertelde een leerling dat ze jaren geleden is misbruikt",
    "ik heb een vraag over het dossier",
    "het verhaal van deze leerling raakt me",
    "ik durf te zeggen dat het goed gaat met het kind",
    "wat doe ik als een kind zegt dat het thuis geslagen wordt?",
    "een leerling vertelde vorige week dat haar vader haar slaat",
    "ik vermoed dat een kind thuis wordt geslagen",
    "een peuter heeft vaak blauwe plekken op zijn rug",
    "een moeder zegt dat haar man haar slaat",
    "ik twijfel of ik moet melden, de vader is vaak agressief",
    "een jongen vertelde dat hij als kind is misbruikt",
    "mijn collega vindt dat we moeten melden",
    "de juf gaf de kinderen een compliment",
    "ik ben leerkracht en wil weten wat ik moet doen bij een vermoeden",
    "de gastouder heeft een vraag over de kindcheck",
    "wanneer moet ik 112 bellen",
    "een kind zegt dat papa mama heeft geslagen",
    "de moeder is net verhuisd",
    "de docent geeft les over relaties en seksualiteit",
    "mijn cliënt heeft schulden en drie kinderen",
    "ik heb het gesprek met de moeder gevoerd, wat nu",
    "wat is de rol van de vertrouwensinspecteur",
    "moet ik de ouders vertellen dat ik ga melden",
    "vader heeft vorig jaar de moeder geslagen",
    "de leerling zei dat hij thuis geslagen wordt, ik heb het genoteerd",
    "ik zie steeds dat een kind geen eten bij zich heeft",
    "een stagiaire helpt mij met de kindcheck",
    "een meisje uit mijn klas is jaren misbruikt door haar stiefvader",
    "een vader pakt zijn kind bij het ophalen ruw bij de arm",
    "de moeder vertelde dat haar man haar soms slaat",
    "een leerling heeft een snee in zijn arm, hij zegt dat hij zelf heeft gesneden",
    "ik maak me zorgen over een gezin waar de vader drinkt",
    "het kind is vaak moe en heeft blauwe plekken",
    "een collega twijfelt of ze veilig thuis moet bellen",
    "de ouders maken veel ruzie waar de kinderen bij zijn",
    "een cliënt vertelt dat ze vroeger door haar vader is misbruikt",
    "de juf heeft een gesprek met de moeder over de blauwe plekken",
    "een leerling durft niet naar huis, wat moet ik doen",
    "een moeder zegt dat haar ex haar bedreigt",
    "ik ben gastouder en een kind vertelt dat papa hem slaat",
    "onze pm er merkte dat een peuter bang is voor zijn vader",
    "welke signalen horen bij seksueel misbruik",
    "een kind zegt dat het thuis geslagen wordt met een riem",
    "mag ik zonder toestemming melden",
    "de leerkracht van groep 5 wil de meldcode doorlopen",
    "vader is in de wachtkamer heel boos geworden maar weer weg",
    "een vader sloeg vorige week zijn kind bij het hek",
    "een puber slaat zijn moeder, ik ben zijn mentor",
    "mijn collega is te close met de ouders van een leerling",
    "ik ben te close met een leerling geworden, mag dat",
    # A child who cowers or plays out what happens at home: act on it, but no danger now.
    "een peuter duikt in elkaar op de groep als ik mijn stem verhef",
    "een kleuter speelt op de groep na dat papa mama slaat",
    # In sport a teamgenoot is a child of the team, not a member of staff.
    "jongens van het voetbalteam hebben een teamgenoot uitgescholden",
    # Calling Veilig Thuis oneself is no emergency; a colleague as the victim is no suspect.
    "dank je, ik bel nu meteen veilig thuis",
    "onze conciërge werd vorige week bedreigd door een ouder",
]


@pytest.mark.parametrize("text,route", [
    # "wat ze nu moet doen", "nu drie keer gezien": "nu" that does not mean this moment.
    ("een meisje is gisteren verkracht en vraagt wat ze nu moet doen", R.SEXUAL_VIOLENCE_RECENT),
    ("wat moet de opvang nu doen, een peuter is zondag misbruikt door de buurman",
     R.SEXUAL_VIOLENCE_RECENT),
    ("de begeleider duwt cliënten, ik heb het nu drie keer gezien", R.STAFF_SUSPECT),
    # A member of staff as the victim: the route of the violence, not a staff suspect.
    ("een stagiaire van ons is vier dagen geleden aangerand", R.SEXUAL_VIOLENCE_RECENT),
])
def test_now_that_is_not_this_moment_is_no_danger_now(text, route):
    found = detect_routes(text)
    assert R.DANGER_NOW not in found and resolve(found) is route, (text, found)


@pytest.mark.parametrize("text", NO_ROUTE)
def test_ordinary_messages_take_no_special_route(text):
    assert detect_routes(text) == set(), text


# --- the FAQ training lines: general questions should mostly not be taken for a case ----------
# Topics that are themselves about a special route may fire (the route's advice answers them).
ROUTE_TOPICS = {
    "meldplicht_medewerker", "eergerelateerd_geweld", "huwelijksdwang_achterlating",
    "meisjesbesnijdenis", "centrum_seksueel_geweld", "zelfmoordpreventie_113", "kindertelefoon",
    "vertrouwensinspecteur", "sector_jeugdhulp", "sector_zorg", "sector_kinderopvang",
    "sector_onderwijs", "sector_maatschappelijke_ondersteuning",
}


def _examples(path: Path) -> list[tuple[str, str]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    rows = []
    for block in data.get("nlu", []):
        if "intent" not in block:
            continue
        for line in str(block.get("examples", "")).splitlines():
            line = line.strip()
            if line.startswith("- "):
                rows.append((block["intent"], line[2:]))
    return rows


def _faq_firing() -> tuple[list[tuple[str, str, set]], int]:
    rows = _examples(ROOT / "data" / "nlu" / "faq.yml")
    fired = [(intent, text, detect_routes(text)) for intent, text in rows]
    return [row for row in fired if row[2]], len(rows)


def test_faq_questions_on_other_topics_rarely_take_a_route():
    fired, total = _faq_firing()
    assert total > 500
    off_topic = [(i, t, r) for i, t, r in fired if i.split("/", 1)[-1] not in ROUTE_TOPICS]
    # Measured when the net was broadened: 0 of 1,949 lines (3 before, all "wat nu" as "now").
    assert len(off_topic) <= 0.01 * total, off_topic


def test_faq_questions_never_count_as_danger_now():
    fired, _ = _faq_firing()
    danger = [(i, t) for i, t, r in fired if R.DANGER_NOW in r
              and i.split("/", 1)[-1] not in ("bellen_112_of_veilig_thuis",)]
    assert danger == []


# How many of each safety intent's training lines the net alone routes right. The lexicons
# were built from the first ~75 lines per intent (all reached); the lines added since are
# indirect on purpose ("de puber houdt zijn moeder in een houdgreep"): DIET learns those, so a
# share would drop with every good line added. A count only drops when the lexicons lose a
# word. Measured on 2026-11-23 (after adding six danger_now phrases from the lines the net
# missed: "roept om hulp", "houdgreep", ...); the floors leave room for a rewritten line or two.
NET_HITS_ON_TRAINING_LINES = {
    "danger_now": 155,  # measured 158 of 261
    "staff_suspect": 107,  # measured 110 of 178
    "sexual_violence_recent": 139,  # measured 142 of 211
    "child_or_victim": 161,  # measured 164 of 261
}


def test_route_training_lines_reach_their_route():
    rows = _examples(ROOT / "data" / "nlu" / "routes.yml")
    assert set(NET_HITS_ON_TRAINING_LINES) == {r.value for r in ROUTE_TABLES}
    for intent, floor in NET_HITS_ON_TRAINING_LINES.items():
        lines = [text for i, text in rows if i == intent]
        hits = sum(resolve(detect_routes(text)) is R(intent) for text in lines)
        assert hits >= floor, (intent, hits, len(lines))


def test_other_training_lines_take_no_safety_route():
    # Walk-through answers, sector choices and small talk never trigger a safety route.
    rows = _examples(ROOT / "data" / "nlu" / "meldcode.yml") + _examples(ROOT / "data" / "nlu" / "chitchat.yml")
    fired = [(i, t) for i, t in rows if detect_routes(t) & set(ROUTE_TABLES)]
    assert fired == []


# --- 2026-12-06, second stop: gaps read from the looked-at set fresh9 (new wordings here) -----

WORDINGS_FROM_FRESH9 = [
    # A small child on its own by a road, held under water, a threat to kill in the present.
    ("een kleuter loopt in zijn eentje op de weg bij de rotonde", R.DANGER_NOW),
    ("de vader houdt zijn dochter onder water in het zwembad", R.DANGER_NOW),
    ("haar ex staat beneden te schreeuwen dat hij haar afmaakt", R.DANGER_NOW),
    # A child hiding while it happens.
    ("hij schopt mama en ik lig onder het bed", R.DANGER_NOW),
    # A staff member grabbing a throat, "iets hebben met" a pupil, no food, a gastouder's housemate.
    ("de nachtwacht pakte een bewoner bij zijn keel", R.STAFF_SUSPECT),
    ("volgens mij heeft de gymleraar iets met een meisje uit 4 havo", R.STAFF_SUSPECT),
    ("de thuishulp laat mevrouw de hele dag zonder eten zitten", R.STAFF_SUSPECT),
    ("de vriend van een van onze gastouders zou een dreumes hebben betast", R.STAFF_SUSPECT),
    # "aan haar heeft gezeten" with a day of this week.
    ("een leerling zegt dat haar oom zaterdag aan haar heeft gezeten", R.SEXUAL_VIOLENCE_RECENT),
]


NOT_NOW_A_RULE_OR_A_CONDITION = [
    # Punishment told in general: a staff suspect, not one child held under now.
    "de zwemjuf duwt kinderen onder water als ze niet luisteren",
    # A threat on a condition, not a threat now.
    "ze is bang dat ze vermoord wordt als haar familie het ontdekt",
]


@pytest.mark.parametrize("text,long_ago", [
    ("een leerling vertelde dat haar oom haar vorig jaar heeft misbruikt", True),
    ("in het verleden sloeg hij haar, de kinderen zijn erg stil", True),
    ("cliënte is drie maanden geleden verkracht na het stappen", True),
    ("toen ze klein was heeft haar stiefvader haar betast", True),
    # Something recent or now as well: the route stays.
    ("ze is vorig jaar misbruikt en gisteren weer", False),
    ("hij sloeg haar vroeger en nu staat hij weer voor de deur", False),
    ("vorige maand geslagen, help hij komt eraan", False),
    ("het begon twee jaar geleden en vijf dagen geleden gebeurde het weer", False),
    ("ze is vorig jaar verkracht en wil nu een eind aan haar leven maken", False),
    # A pattern, not a point in the past.
    ("hij slaat haar al maanden", False),
    ("", False),
    (None, False),
])
def test_placed_long_ago(text, long_ago):
    assert placed_long_ago(text) is long_ago, text


@pytest.mark.parametrize("text,mentioned", [
    ("onze invaller neemt kinderen mee naar de kast achterin", True),
    ("ik vind de nieuwe trainer raar doen tegen de meisjes", True),
    ("de trainer, die ik vertrouwde, zit aan meisjes", True),
    ("mijn collega, een pm'er, schreeuwt tegen peuters", True),
    # The writer's own job, an introduction, a witness, a victim, a word ending in "kracht".
    ("ik ben leerkracht en een leerling heeft blauwe plekken", False),
    ("pm'er hier, een peuter komt steeds hongerig binnen", False),
    ("ib'er: een leerling wordt steeds stiller en magerder", False),
    ("een collega zag dat de vader hardhandig was bij het ophalen", False),
    ("een stagiaire van ons is aangerand", False),
    ("de moeder is verkracht door haar ex", False),
    ("", False),
    (None, False),
])
def test_mentions_staff_member(text, mentioned):
    assert mentions_staff_member(text) is mentioned, text


# --- 2026-12-06, third stop: staff gaps read from the looked-at set fresh12 (new wordings here) ---

@pytest.mark.parametrize("text", [
    # Roles: a zij-instromer, a praktijkondersteuner, any kind of volunteer.
    "een zijinstromer heeft een leerling een klap gegeven",
    "de praktijkondersteuner bij ons heeft een meisje betast",
    "een tso-vrijwilliger geeft kinderen die morsen geen drinken meer",
    # Acts: dragging, threatening a child, locking a child up, taken home, underwear, exposure.
    "ik zag hoe de groepsleider een meisje over de vloer naar haar kamer liep te sleuren",
    "een collega op de woongroep dreigt een cliënt dat hij geen bezoek meer krijgt",
    "de mentor sluit een leerling soms een uur op in het lokaal",
    "de begeleider neemt een pupil in de vakantie mee naar zijn eigen huis",
    "de gymleraar liet de jongens in hun onderbroek opdrukken",
    "de invaller deed in de klas zijn broek naar beneden",
    # "iets hebben met" with words between, a student, contact after school, filming.
    "de conciërge heeft volgens de leerlingen iets met een studente uit het eerste jaar",
    "de mentor appt een leerling van 15 na schooltijd om af te spreken",
    "de pm er maakt in de verschoonruimte filmpjes van de peuters",
    # The act before the role.
    "gisteren schopte een trainer een jongen van de jo11 tegen zijn enkel",
])
def test_staff_wordings_added_from_the_looked_at_set_fresh12(text):
    found = detect_routes(text)
    assert resolve(found) is R.STAFF_SUSPECT, (text, sorted(r.value for r in found))


@pytest.mark.parametrize("text", [
    # A door locked, a conversation closed, a colleague about to fall ill, parents texted.
    "de conciërge sluit de deur van het lokaal op slot",
    "de leidster sluit het gesprek met de moeder op een goede manier af",
    "mijn collega dreigt ziek te worden van de werkdruk",
    "de juf appt de ouders na schooltijd over het rapport",
    # A toddler in underwear helped to the toilet; the family, not the volunteer, threatens.
    "de pm er helpt een peuter die in zijn onderbroek rondloopt naar de wc",
    "vrijwilliger bij de kerk. de familie dreigt een meisje uit te huwelijken",
    # Tape on a wall, pain in physiotherapy, changing for gym, a baby's own sleeping room (stop 22).
    "de juf plakt de tekeningen met tape op de muur",
    "de fysio doet soms pijn bij het oefenen",
    "bij de gym moeten de kinderen zich uitkleden",
    "de pm'er zet de baby in een apart kamertje om te slapen",
])
def test_no_staff_route_for_ordinary_work_or_another_suspect(text):
    assert R.STAFF_SUSPECT not in detect_routes(text), text


@pytest.mark.parametrize("text,mentioned", [
    # Said to the client, or quoted after the role: the staff member is in the story.
    ("een verzorgende zei tegen een bewoonster dat ze in haar bed moest blijven", True),
    ("ze liet berichten zien van haar mentor: je bent mooi, zeg het tegen niemand", True),
    # Said to the writer: a witness.
    ("een collega zei tegen mij dat de vader slaat", False),
])
def test_mentions_staff_member_said_to_a_client_or_quoted(text, mentioned):
    assert mentions_staff_member(text) is mentioned, text


# --- 2026-12-07: a staff member as the target of a parent is not the suspect -----------------

@pytest.mark.parametrize("text", [
    # A parent or the mother's boyfriend shouts at, scolds or pushes the staff member.
    "een vader schreeuwde gisteren bij het ophalen tegen onze pm'er en trok zijn dochter mee",
    "bij het brengen heeft een moeder onze leidster vorige week geduwd, het kind is bang",
    "een opa kwam verhaal halen bij de mentor en sloeg met zijn vuist op tafel",
    "de vriend van moeder heeft onze bso medewerker bij het hek uitgescholden",
    "een vader heeft mijn collega bij het ophalen uitgescholden en tegen de deurpost geduwd",
    # Someone on the family's side named through the family ("X van de moeder"): until stop 22
    # "van de" before the family word kept the staff member the suspect.
    "de vriendin van de moeder heeft onze pm'er geduwd",
    "de nieuwe vriendin van de vader heeft de juf bij het hek uitgescholden",
    # The parent's act right before the role (stop 22).
    "een boze vader schold de mentor uit en dreigde hem iets aan te doen",
])
def test_staff_member_as_a_parents_target_is_no_suspect(text):
    assert R.STAFF_SUSPECT not in detect_routes(text), text
    assert not mentions_staff_member(text), text


@pytest.mark.parametrize("text", [
    # Told by a parent, brought to the staff member, or the staff member's act on a child.
    "mama zegt de juf slaat hem",
    "een moeder vertelde dat de juf haar zoon slaat",
    "de ouders brengen hun dochter naar de gastouder en die slaat haar",
    "volgens de moeder heeft de juf haar zoon uitgescholden",
    "een boze moeder klaagde bij de directeur dat de juf haar dochter slaat",
])
def test_staff_member_acting_after_a_parent_is_still_the_suspect(text):
    assert R.STAFF_SUSPECT in detect_routes(text), text


@pytest.mark.parametrize("text,route", [
    # A time word between "durf" or "wil" and "niet naar huis": still the child writing.
    ("ik durf vanavond niet naar huis", R.CHILD_OR_VICTIM),
    ("k durf straks echt niet naar huis", R.CHILD_OR_VICTIM),
    ("ik wil vannacht niet naar huis", R.CHILD_OR_VICTIM),
    # A professional who does not dare send a pupil home: no route from these words.
    ("ik durf mijn leerling niet naar huis te sturen", None),
])
def test_not_daring_to_go_home_tonight(text, route):
    assert resolve(detect_routes(text)) is route, text


# --- 2026-12-07 (stop 20): danger-now wordings the looked-at sets missed ------------------------

@pytest.mark.parametrize("text", [
    # Smothering, in either word order.
    "een invalkracht drukt een kussen op het gezicht van een baby, het gebeurt nu",
    "ik zie op de camera dat de vader zijn hand op de mond van het kind houdt, nu",
    # An attack told with a separable verb and a role in between, with a now word.
    "spoed, een vader valt een pm'er aan in de hal met alle kinderen erbij",
    "help een moeder valt de juf aan op het schoolplein",
    # A child thrown down, recently.
    "de moeder zegt dat haar vriend de baby net op de grond heeft gesmeten",
    # Wounds open now.
    "een leerling stuurt een foto van haar pols die open is en schrijft doei",
    # A young child alone by traffic or water as it happens.
    "er loopt een jongetje van een jaar of 3 helemaal alleen langs de provinciale weg, het is al donker",
    "een kleutertje dwaalt helemaal alleen langs het kanaal, ik zie geen ouders",
])
def test_danger_now_wordings_from_the_looked_at_sets_stop_20(text):
    assert resolve(detect_routes(text)) is R.DANGER_NOW, text


NOT_NOW_NOTICING_A_HABIT_OR_A_THING_THROWN = [
    "het valt me aan hem op dat hij zo stil is",  # "valt ... aan ... op" is noticing
    "hij heeft zijn tas op de grond gegooid en liep boos weg",  # a bag, not a child
    "een meisje uit groep 8 loopt alleen naar huis langs de weg",  # a pupil walking home
    "een kleuter van 5 loopt elke dag alleen langs de drukke weg naar school, mag dat?",  # a habit
]


@pytest.mark.parametrize("text", [
    "ik ben bang tuis",  # typed without the h
    "kan ik met iemand praten over wat er bij ons thuis gebeurt",
    "mag ik vertellen wat er bij mij thuis gebeurt zonder dat mijn ouders het weten",
])
def test_child_writing_about_their_own_home_stop_20(text):
    assert resolve(detect_routes(text)) is R.CHILD_OR_VICTIM, text


def test_a_professional_quoting_a_child_about_home_is_no_child_writing():
    text = "een leerling vertelde me wat er bij ons thuis gebeurt, zei ze, wat moet ik nu"
    assert R.CHILD_OR_VICTIM not in detect_routes(text), text


NOT_NOW_PLACED_BEFORE_NOW = [
    # A stranglehold placed earlier is the staff route or a case, not this moment; "sinds hij"
    # places the event before now.
    "groepsleider heeft een jongen afgelopen weekend in een wurggreep gehouden, hij had nog dagen pijn",
    "een jongen vertelde dat zijn vader hem in een wurggreep neemt als hij verliest, vorige maand nog",
    "ik durf mijn zoon niks meer te weigeren sinds hij me tegen de grond heeft geslagen",
    # The one who hit has gone: to work, to school, out of the door.
    "mijn vriend heeft me gisteren geslagen en is nu naar zijn werk, ik weet niet wat ik moet",
    "een leerling appte dat haar vader haar gisteravond heeft geslagen, ze is nu op school en veilig",
    # A general question with "nadat".
    "wat doe ik direct nadat een kind zegt dat mama haar slaat",
    # "ik ben hier pas een week": the writer's time in the job.
    "een jongen zei dat zijn moeder hem gisteren met een pan heeft geslagen, ik ben hier pas een week",
]


STILL_NOW_STRANGLING = [
    "hij houdt haar nu in een wurggreep in de gang",
    "de vader heeft zijn handen om haar keel, kom snel",
    "hij wurgt haar op dit moment",
]


@pytest.mark.parametrize("text", [
    # A client's son or a parent is the one who threatens or hurts; the staff member tells it
    # or is threatened.
    "verzorgende in het verpleeghuis: de zoon van een bewoonster schreeuwt tegen haar en ik zag blauwe plekken",
    "een ouder dreigde een pm'er te slaan omdat ze iets zei over de luier van haar kind",
])
def test_no_staff_route_when_a_client_relative_or_parent_is_the_one_stop_20(text):
    assert R.STAFF_SUSPECT not in detect_routes(text), text


def test_a_professional_quoting_a_child_with_the_pluperfect():
    text = "de leerling had verteld: mijn vader slaat mij"
    assert R.CHILD_OR_VICTIM not in detect_routes(text), text


NOT_NOW_TOLD_AFTERWARDS_AND_SAFE_NOW = [
    # Told afterwards, the one it happened to somewhere safe now.
    "een moeder vertelde dat haar man vorig weekend met een mes zwaaide, ze logeert nu bij haar zus",
    "een kind vertelde dat mama gisteren pillen had geslikt, ze is nu opgenomen",
    "het meisje is gisteren door haar broer gewurgd, nu zit ze op school en is ze rustig",
    # "nu" that dates the telling.
    "toen ze 10 was is ze door haar opa misbruikt, nu is ze 15 en vertelt ze het aan mij",
    "een meisje vertelde dat ze in de kerstvakantie is verkracht door haar stiefbroer, het is nu maart",
    # "eergisteren" places a scene before now.
    "de moeder van een bso kind heeft eergisteren op het plein haar kind geslagen, wat moet ik doen",
]


STILL_NOW_EARLIER_HARM_GOES_ON = [
    # Not a safe place: the one who hit is back with her, or the danger goes on.
    "hij heeft haar gisteren geslagen en nu is hij weer bij haar en dreigt hij met een mes",
    "gisteren sloeg hij haar al, nu staat hij weer voor de deur met een mes",
    "vader zwaaide gisteren met een mes, ze logeert nu bij haar zus maar hij staat voor de deur",
    "hij heeft haar vorige week gewurgd, ze is nu bij haar moeder en hij dreigt haar te vermoorden",
]


# --- stop 21: gaps read from looked-at sets (new wordings here) ---------------------------------

WORDINGS_FROM_LOOKED_AT_SETS_STOP_21 = [
    # A threat to throw a child out of a window; a bare alarm.
    ("de vader dreigt zijn zoontje van het balkon te gooien als de politie komt", R.DANGER_NOW),
    ("GEVAAR!!", R.DANGER_NOW),
    ("nu gevaar", R.DANGER_NOW),
    # Rage and blows in the present tense.
    ("vader is door het lint gegaan en slaat zijn vrouw in de keuken", R.DANGER_NOW),
    # Children's spelling "worde"; "papa heeft ... mij ... geduwd"; "het bij ons thuis niet veilig".
    ("ik en mn broertje worde geslagen als we te laat zijn", R.CHILD_OR_VICTIM),
    ("papa heeft gisteren de deur dichtgegooid en mij van de trap geduwd", R.CHILD_OR_VICTIM),
    ("wie kan ik bellen als het bij ons thuis niet veilig is", R.CHILD_OR_VICTIM),
    # Violence earlier and the telling dated by "nu doet hij weer lief".
    ("mijn man heeft me vorige week geslagen, nu doet hij weer heel lief", R.CHILD_OR_VICTIM),
    # A staff member alone with a child in the shower, "iets met een leerling", the gastouder's
    # husband named with "haar"; a baby shaken yesterday is the staff route, not danger now.
    ("de scoutingleider blijft alleen met een jongen op zijn kamer tijdens het kamp", R.STAFF_SUSPECT),
    ("hoe pak ik het aan als de conrector iets met een leerling uit 5 vwo lijkt te hebben", R.STAFF_SUSPECT),
    ("een peuter zegt thuis dat de man van haar gastouder haar slaat", R.STAFF_SUSPECT),
    ("een collega zag gisteren dat de invalkracht een baby door elkaar schudde", R.STAFF_SUSPECT),
    # Sexual violence without the words, within 7 days; a doctor as where she goes.
    ("een cliënte zegt dat hij zaterdag niet stopte toen ze nee zei", R.SEXUAL_VIOLENCE_RECENT),
    ("moet ze naar de huisarts of de jeugdarts als ze eergisteren is verkracht", R.SEXUAL_VIOLENCE_RECENT),
]


NOT_NOW_SHAKING_EARLIER_OR_GEVAAR_IN_A_SENTENCE = [
    # Shaking placed earlier; a bare "gevaar" inside a question or a negation.
    "vorige week heeft de vader de baby door elkaar geschud, hij is nu bij oma",
    "er is geen acuut gevaar maar ik maak me zorgen",
    "wat is acuut gevaar precies",
    # Rage and blows as a habit.
    "als hij gedronken heeft gaat hij door het lint en slaat hij haar",
]


STILL_NOW_SHAKING_WITHOUT_A_TIME = [
    "de moeder schudt de baby door elkaar",
    "de baby is door elkaar geschud en huilt niet meer",
]


@pytest.mark.parametrize("text", [
    # Plural roles ("een van onze pm'ers", "de leidsters") and roles the lexicon lacked.
    "een van onze pm'ers zou een dreumes hard in zijn bedje hebben gesmeten",
    "een moeder zegt dat een van de begeleiders haar zoon uitscheldt",
    "de kantinebeheerder van de sportclub geeft jongens van 14 bier en neemt ze mee naar zijn huis",
    "de voorzitter van de hockeyclub zoent meisjes van de jeugd bij het afscheid op de mond",
    "een ouder klaagt dat de zwemmeester kinderen kopje onder duwt en uitlacht",
    "een van de instructeurs op het kamp sluit kinderen op in de schuur als straf",
    "de teamcoordinator van de bso knijpt kinderen in hun arm",
])
def test_staff_roles_in_the_plural_and_new_roles_stop_21(text):
    assert resolve(detect_routes(text)) is R.STAFF_SUSPECT, (text, sorted(r.value for r in detect_routes(text)))


@pytest.mark.parametrize("text", [
    # "koken", "krachten", "huisartsen": words that end like a role in the plural but are none.
    "de kinderen koken vandaag zelf en ze slaan de eieren stuk",
    "de huisartsen in de wijk slaan alarm over de wachtlijsten",
])
def test_no_staff_role_in_plural_look_alikes(text):
    assert R.STAFF_SUSPECT not in detect_routes(text), text
    assert not mentions_staff_member(text), text


# --- stop 22: gaps read from the helpers' training lines (new wordings here) -------------------

NOT_NOW_HABIT_OR_OVER_STOP_22 = [
    # A condition that recurs; the one who hit is out, asleep or it is quiet again.
    "mijn vader slaat me als hij kwaad is, nu is hij naar zijn werk",
    "ik hoor papa mama slaan als hij dronken is, nu is het weer stil",
    "hij trapt me als ik niet luister maar nu is hij niet thuis",
    # Severe violence as a pattern.
    "de invalkracht schudt de baby door elkaar als hij huilt",
    # Hitting with a stick, as children tell a habit.
    "ik ben 9 en mijn stiefmoeder slaat mij met een stok op mijn rug",
    # An earlier time between the threat and the weapon; the writer somewhere safe now.
    "mijn ex heeft vorige maand een mes laten zien en gezegd dat ik moet oppassen",
    "gisteravond stond mijn broer met een mes in mijn kamer, ik ben nu bij de buren",
    "gisternacht heeft hij me geschopt, ik ben nu op mijn werk",
    # A weapon with a past participle: told afterwards.
    "een jongen vertelde op de poli dat zijn vader hem met een riem en een stok heeft geslagen",
]

STILL_NOW_STOP_22 = [
    # Hitting with a stick with a word for now; a weapon held now after an earlier threat; a
    # scene the writer watches.
    "hij slaat haar nu met een stok",
    "gisteren dreigde hij al, nu staat hij met een mes in de gang",
    "een vader slaat zijn zoon met een stok op het plein, ik kijk er vanuit de klas naar",
]

WORDINGS_FROM_HELPERS_STOP_22 = [
    # Staff acts the lexicon lacked: a hand on a thigh or over a mouth, taped down, a knee in the
    # back, force-feeding in the past tense, a cold shower or a dark room as punishment,
    # medication withheld, a kiss given, children made to undress completely, "doet pijn aan".
    ("de taxichauffeur legt steeds zijn hand op haar bovenbeen", R.STAFF_SUSPECT),
    ("mijn collega drukte haar hand op zijn mond tot hij stil was", R.STAFF_SUSPECT),
    ("de invalkracht heeft een kleuter met tape op zijn stoel vastgezet", R.STAFF_SUSPECT),
    ("twee begeleiders hielden een jongen vast met een knie in zijn nek", R.STAFF_SUSPECT),
    ("een leidster propte de baby het eten in zijn mond terwijl hij huilde", R.STAFF_SUSPECT),
    ("de groepsleider zet kinderen die praten in een donker kamertje", R.STAFF_SUSPECT),
    ("de nachtdienst geeft een bewoner zijn medicijnen niet als hij lastig is", R.STAFF_SUSPECT),
    ("de gymleraar geeft meisjes een kusje als ze goed hebben gesprongen", R.STAFF_SUSPECT),
    ("de trainer liet de jongens zich helemaal uitkleden in de kleedkamer", R.STAFF_SUSPECT),
    ("meisje van 5 zegt de meester doet pijn aan mijn plasser", R.STAFF_SUSPECT),
    # Someone who cannot breathe, said the other way round.
    ("hij zit boven op haar en ze roept dat ze niet kan ademen", R.DANGER_NOW),
]


# --- stop 23: gaps read from the helpers' training lines (new wordings here) -------------------

WORDINGS_FROM_HELPERS_STOP_23 = [
    # Staff named by a function word the lexicon lacked.
    ("de tso-kracht trekt kinderen aan hun oor naar binnen", R.STAFF_SUSPECT),
    ("onze slaapwacht schreeuwt 's nachts tegen de bewoners", R.STAFF_SUSPECT),
    ("iemand uit de invalpool heeft een peuter in de berging opgesloten", R.STAFF_SUSPECT),
    ("de koster zoent de misdienaars op hun mond", R.STAFF_SUSPECT),
    ("de jeugdouderling stuurt een meisje van 13 berichtjes via snapchat", R.STAFF_SUSPECT),
    ("de kraamhulp schudt de baby hard heen en weer als hij huilt", R.STAFF_SUSPECT),
    ("een van onze mensen op de woongroep scheldt de bewoners uit", R.STAFF_SUSPECT),
    ("volgens een kind: de meneer van gym raakt de meiden aan bij het turnen", R.STAFF_SUSPECT),
    ("die ene van de nacht pakt een bewoonster hard bij haar pols", R.STAFF_SUSPECT),
    ("de avondploeg lacht een bewoner met dementie uit", R.STAFF_SUSPECT),
    # Acts the lexicon lacked: tied to a chair, locked in with words between, grabbed by the
    # neck, money taken, a slur, "te stom om", ignored all morning, a photo without a shirt
    # asked for, "ons geheimpje", no dinner as punishment, a double dose.
    ("de begeleider bindt een jongen met een riem vast aan zijn bed", R.STAFF_SUSPECT),
    ("een invalkracht maakte een kleuter met een sjaal aan de stoel vast", R.STAFF_SUSPECT),
    ("de oppas van de gastouder sluit soms een peuter op in de schuur", R.STAFF_SUSPECT),
    ("de praktijkdocent grijpt studenten bij hun nek als ze te laat zijn", R.STAFF_SUSPECT),
    ("de thuiszorgmedewerker haalt geld uit de portemonnee van een cliënte", R.STAFF_SUSPECT),
    ("een verzorgende noemt een bewoonster een vuile trut", R.STAFF_SUSPECT),
    ("de juf roept tegen een kleuter: jij bent te stom om te tekenen", R.STAFF_SUSPECT),
    ("de pm'er negeert een dreumes expres de hele middag", R.STAFF_SUSPECT),
    ("de trainer wil van de jongens een foto zonder shirt", R.STAFF_SUSPECT),
    ("de vrijwilliger geeft een meisje snoep en noemt het ons geheimpje", R.STAFF_SUSPECT),
    ("de groepsleider stuurt jongeren zonder avondeten naar hun kamer", R.STAFF_SUSPECT),
    ("een collega gaf een cliënt een dubbele dosis oxazepam", R.STAFF_SUSPECT),
    # A child or victim: the verb first, what a parent calls the writer.
    ("als ik te laat ben slaat mijn stiefvader met zijn riem", R.CHILD_OR_VICTIM),
    ("mijn moeder zegt steeds dat ik een mislukking ben", R.CHILD_OR_VICTIM),
    # Danger now without a word for now.
    ("mijn broer houdt een schaar tegen haar keel", R.DANGER_NOW),
    ("hij trapt tegen de badkamerdeur en ik zit erachter met de baby", R.DANGER_NOW),
    ("ik ben 12 en ik zit op de wc want papa is dronken en slaat mama", R.DANGER_NOW),
    ("ik heb al mijn slaappillen ingenomen", R.DANGER_NOW),
    ("ik heb in mijn arm gesneden en het bloeden stopt niet", R.DANGER_NOW),
    ("mijn vriend heeft me in de slaapkamer opgesloten en hij heeft gedronken", R.DANGER_NOW),
]

NO_ROUTE_STOP_23 = [
    # A wheelchair strapped in, a surprise for Mother's Day, a camp closed on Saturday, mails
    # ignored, pills for a headache, a colleague told, a witness by a new role word.
    "de chauffeur zet de rolstoel met de riemen in de bus vast",
    "de chauffeur die de rolstoel van een kind in de bus vastzet",
    "de juf maakt met de kinderen een geheimpje voor moederdag",
    "de leiding sluit het kamp op zaterdag af",
    "de juf vond het te dom voor woorden",
    "de bijles meneer negeert mijn mails de hele week",
    "ze gaat zo de pillen van haar moeder innemen voor hoofdpijn",
    "hoe snel moet een leerling de pillen innemen na een ongeluk",
    "onze nieuwe kracht op de bso is geweldig met de kinderen",
    "mijn baas zegt dat ik het moet melden",
    "de avondploeg zag blauwe plekken bij een bewoner",
    "de koster zag dat een vader zijn zoon sloeg na de dienst",
]

NOT_NOW_STOP_23 = [
    # Harm with a word that places it earlier: not this moment.
    "vorige week hield mijn broer een mes bij mijn keel",
    "mijn vriend heeft me vorig weekend opgesloten in de auto",
    "ik zit op de wc op school want mijn moeder slaat me met de riem",
]


@pytest.mark.parametrize("text", NO_ROUTE_STOP_23)
def test_no_route_for_look_alikes_of_the_stop_23_wordings(text):
    assert resolve(detect_routes(text)) is None, (text, sorted(r.value for r in detect_routes(text)))


# --- danger now or not: the tables above, each with its reason, in one test each --------------

@pytest.mark.parametrize("text", NOT_NOW_A_RULE_OR_A_CONDITION + NOT_NOW_NOTICING_A_HABIT_OR_A_THING_THROWN
                         + NOT_NOW_PLACED_BEFORE_NOW + NOT_NOW_TOLD_AFTERWARDS_AND_SAFE_NOW
                         + NOT_NOW_SHAKING_EARLIER_OR_GEVAAR_IN_A_SENTENCE + NOT_NOW_HABIT_OR_OVER_STOP_22
                         + NOT_NOW_STOP_23)
def test_no_danger_now_for_a_rule_a_habit_or_harm_placed_before_now(text):
    assert R.DANGER_NOW not in detect_routes(text), text


@pytest.mark.parametrize("text", STILL_NOW_STRANGLING + STILL_NOW_EARLIER_HARM_GOES_ON
                         + STILL_NOW_SHAKING_WITHOUT_A_TIME + STILL_NOW_STOP_22)
def test_danger_now_that_goes_on_stays_danger_now(text):
    assert resolve(detect_routes(text)) is R.DANGER_NOW, text


@pytest.mark.parametrize("text,route", WORDINGS_FROM_FRESH9 + WORDINGS_FROM_LOOKED_AT_SETS_STOP_21
                         + WORDINGS_FROM_HELPERS_STOP_22 + WORDINGS_FROM_HELPERS_STOP_23)
def test_wordings_added_from_looked_at_sets_and_helpers_lines(text, route):
    found = detect_routes(text)
    assert resolve(found) is route, (text, sorted(r.value for r in found))

