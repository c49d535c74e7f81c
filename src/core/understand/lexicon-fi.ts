// Finnish cues. Stems end in * and match at word starts (cases, possessives, clitics); *word also
// matches compound ends (tietovuoto). Question clitics -ko/-kö on a sentence's first word are read
// in evidence.ts. Trap: "ale" alone is not a cue (alennus, alekoodi, "ale alkaa" is news of a sale).
import type { LexiconSource } from './lexicon';

export const FI: LexiconSource = {
  question: 'miten:0.9|kuinka|kysymys|kysyisin|kysyn|kysymys kuuluu|haluaisin tietää|osaako joku sanoa|mitenkä|mitenhän',
  opener: 'mistä|missä|mihin|milloin|kuka|ketkä|kenellä|millä|montako|mites',
  which: 'mitä|mikä|millainen|minkä',
  help: 'apua|auttakaa|tietääkö joku|osaako joku|onko kellään|onko kenelläkään|onko jollain|neuvoja|neuvokaa|vinkkejä:0.8|vinkki:0.6|help',
  why: 'miksi|miks|minkä takia|mikä ihme|mitä ihmettä|miten ihmeessä|miten on mahdollista',
  problem:
    'kaatu*|jumi*|jumitta*|hidas|hidastel*|tökki*|takkua*|bugi*|*bugi|virhe*|*virhe|vika|vikaa|viat|viassa|rikki|ei saa yhteyttä|ei vastausta|jonot*:0.6|jonotin|jonottanut|odottanut|odotin|odotan:0.6|odotettu|kahdesti:0.6|tuplaveloit*|veloit*:0.6|katosi|katosivat|hävisi|hävinneet|poistui|poistivat|menetin|ongelm*|*ongelma|häiriö*|ärsyttä*|turhautta*|turhautu*|pettymy*|petty*|valitu*|reklamaatio*|ei pysty|en pysty|en saa|en pääse|ei pääse|ei onnistu|ei lataudu|ei aukea|ei aukene|ei tapahdu mitään|ei mitään vastausta|mikään ei|ilman vastausta|ei vastausta|odotin parempaa|odotin enemmän|vastaamatta|vastaamaton|ansa|ansaan|ansalta|ansassa|pätki*|ei suostu*|ei jatkoon|maksan tästä:0.5|maksoin tästä:0.5|myöhässä|myöhästy*|viivästy*|kylmänä:0.6|kieltäyty*|ei hyvitetty|ei palautettu|ei korvattu|vain botti|pelkkä botti|maksoin:0.5|sotki*|tyhjiä:0.6|tyhjä*:0.6|onko ihan mahdotonta:1.5|onko niin vaikeaa:1.5|onko se niin vaikeaa:1.5|onko liikaa pyydetty:1.5|vain mulla:1.5|vain minulla:1.5|onko tämä normaalia:1.5|onko normaalia:1.5|onko muilla:1.5|kirjautuu ulos|heittää ulos|~odottaa|odottel*|~jonottaa|~hajota|hajosi|hajonnut|hajonneet|lakkasi*|~hukata|hukkasi|hukannut|kuoli|kuollut:0.8|chatbot*:0.6|botti*:0.6|taas laskutettiin|veloitettiin taas|kuinka monta kertaa:1.5|montako kertaa:1.5|niin vaike*:1.5|eikä ketään kiinnosta|ketään ei kiinnosta|ei ketään kiinnosta|kukaan ei välitä|ei jaksa:0.8|en jaksa:0.8',
  works: 'kunnolla|hyvitet*|palautet*|palautettiin|korvattiin|tuli|tullut|saapui|saapunut|toimi|toimii|toimivat|toiminut|toimineet|onnistu*|aukea*|aukene*|lataudu*|latautu*|pysty*|pääse*|saa|saanut|vastaa|vastannut|vastata|vastattu|vastanneet|käyttää|käyttämään|käytettävä|kuulu|kuulunut|auta|auttanut|auttoi',
  praise:
    'loistava*|loistavasti|mahtava*|upea*|upeasti|huippu*|hieno*|erinomai*|täydelli*|ihana*|ihastu*|rakastan|tykkää*|tykkäsi*|suosittelen|suosittelemme|suositeltava|tyytyväi*|kätevä*|helppokäyttöi*|toimii hyvin|toimii hienosti|toimii loistavasti|nappiin|timanttia|kympin|kehu*|ilahdu*|ilahdutt*|pelasti|pelastit|säästä* aikaa|säästää paljon|propsit|hattua nostan|hyvää työtä|hyvin tehty|hyvin toimiva|selkeä*|sujuva*|kiitettävä*|ykkönen|ykkösluokan|en vaihtaisi|en vaihda|en luopuisi|kuin unelma|kuin junan vessa|pakko kehua|pakko sanoa:0.6|positiivisesti yllättynyt|ansaitsee palkankorotuksen|ansaitsee mitalin|arvostan|arvostettava|kuuntelee palautetta:0.8|korjasi vian|korjasi:0.8|moitteettom*|iso plussa|ei kaduta|omaa luokkaansa|omassa luokassaan|lisää tällaista|ongelma ratkesi|tilaan uudestaan|tilaan varmasti uudestaan|ostan uudestaan|tilaan taas|näin sen pitää mennä|näin sitä pitää|yllätti:0.6|yllättävän hyvä|ratkesi|ratkaisi ongelman|korjaantui|korjasi ongelman|~huippu|hatunnosto|hatunnostot|nopea* korjau*:0.8|korjaus jakelussa:0.8|korjattiin:0.8|hinnan arvoi*',
  thanks: 'kiitos|kiitoksia|kiitti|kiitokset|kiitän|iso kiitos|suuri kiitos|tuhannet kiitokset|kiitos paljon',
  recommend: 'paras|parasta|parhaat|parhaan|parhaita|parhaiten|hintansa arvoi*|suosittele*|suosittelette|suosittelisitte|suosittelisit|suositella|suositteleeko|suositteletko|suosituks*|suositus',
  buying:
    'vaihtoeh*|vai joku muu|vai jokin muu|valitsisitte|valitsisit|ottaisitte|vaivan arvoi*|kannattaa:0.8|vaihtaa operaattoria|vaihtaa palvelua|vaihtaa toiseen|ehdotuksia:1.3|siirtyä|siirtyneet|siirtymässä|siirtymistä|siirryttiin|siirryimme|siirtyisin|punnitsen|punnitaan|vertailen|vertailemme|plussat ja miinukset:0.8|millä te|millä työkalulla|käytättekö|käytätte|seuraatte|korvaaja*|vai:0.6|kumpi:0.8|kumpi kannattaa|kumpaa|kummalla|mikä olisi paras|mitä käytätte|mitä työkalua|mitä palvelua|mitä ohjelmaa|mitä sovellusta|mikä työkalu|kannattaako|kannattaa ottaa|vertailu*|verrattuna|vs|vaihtaa:0.6|vaihto:0.6|vaihtoa:0.6|vaihtamassa|vaihtamista|siirtyä|siirtymässä|siirtymistä|harkitsen|harkitsemme|harkitaan|hankinta*|hankki*|ostaa|ostamista|ostaisin|kokemuksia:0.6|kokemusta:0.6|etsin|etsitään|etsimme|budjet*|maksa maltaita|kilpailut*|lisenss*:0.6|tarjous*:0.5|kokeilujakso*:0.6|valitaan|valitsemme|valitsen|valitsin|valita|valitsemassa|valitsisin|tilalle:0.8|sijaan:0.6',
  price: 'halvempi|halvemp*|edullisempi|edullisemp*|paljonko|mitä maksaa|hinta:0.6|hinnat:0.6|hintaa:0.6|hinnan:0.6|hinnoittelu*:0.6|maksaa|maksavat|kustan*|kuukausimaksu*:0.6|hintoja:0.6|alekoodi*|alennuskoodi*|kampanjakoodi*|vuosisopimu*:0.6|vuositilau*:0.6',
  anger:
    'perseestä|uskomatonta:0.8|pelleily*|sirkus*|älkää tilatko:1.2|käsittämätön*:1|pysykää kaukana|pysy kaukana|persiistä|paska*|surkea*|surkein|huijau*|*huijaus|huijari*|huijaa*|huijattu|huijasi|huijattiin|kusetus*|kusett*|en enää ikinä|ei enää ikinä|ikinä enää|boikot*|*boikotti|rahat takaisin|vihaan|häpeä*|hävettä*|skandaali*|*skandaali|törkeä*|röyhkeä*|ryöstö*|ryöstävät|varkai*|varkaus|varkautta|varastavat|varastivat|rosvo*|epärehelli*|valehtel*|pimittä*|vedättä*|kiristä*|älkää ostako',
  legal:
    'oikeuteen|oikeudessa|oikeusteitse|haaste*:0.8|haastamme|rikosilmoitu*|poliisi*|kuluttajariitalautakun*|kuluttajaneuvon*|kkv|kuluttajavirasto*|tietosuojavaltuutet*|asianajaj*|juristi*|lakimie*|korvausvaati*|ryhmäkanne*|kanne*|viranomai*:0.8|laillista:1|laiton*:1.2|laitonta:1.2|lainvastai*:1.2',
  press: 'toimittaja*|iltalehti|iltasanomat|helsingin sanomat|hesari|lehdistö*|media:0.6|medialle',
  leak: 'avoimesti netissä|julkisesti netissä|avoimena netissä|vuoti|vuoto*|*vuoto|vuotanut|vuotaneet|vuodettu|vuodon|tietomurto*|hakkeroi*|hakkerit|kaapattu|henkilötied*:0.6|asiakastied*:0.6|asiakkaiden tiedot:0.8',
  outage: 'alhaalla|nurin|nurissa|katko*|*katko|häiriötila|seis|pimeänä|poikki|kaatunut|kaatuneet',
  mobilise:
    'kertokaa|varoitus|varoitan|varokaa|älkää|jakakaa:1|jaa eteenpäin:1|levittäkää:1|tuhansia|satoja|koko maassa|koko suomessa|asiakkaat:0.5|asiakkaita:0.5|kaikki:0.4|kaikkia:0.4|muutkin',
  share:
    'kirjoitin|kirjoitan|blogi*|artikkeli*|juttu:0.6|jutun:0.6|julkais*|julkaisin|podcast*|jakso|webinaari*|seminaari*|konferenssi*|tapahtuma*:0.6|päivillä|päiville|messu*|puhun|puhumassa|esiinny*|tule moikkaamaan|tervetuloa|ilmoittaudu*|rekry*|haemme|avasi|avaa:0.6|avaamme|aukeamme|uusi toimisto|tiedote|tiedotte*|lehdistötiedote|kiitos kaikille|uutinen|uutisia|linkki kommenteissa|lue lisää|ale alkaa|alennusmyynti*|kertoo:0.6',
  positive:
    'hyvä|hyvää|hyvin|hyviä|hyvän|hyvät|kiva*|mukava*|näppärä*|helppo*|helposti|nopea*|nopeasti|selkeästi|toimiva*|iloinen|ilo|onnelli*|innoissa*|innostu*|vihdoin|vihdoinkin|viimein|jes|jee|siistiä|siisti|kelpo|hyödylli*|käytännölli*|plussaa|parempi|parempaa|parannu*|parantu*|paranee|säästää|ihanaa|tosi hyvä|ilmainen:0.4|luotettava*|vahva|vahvoja|tehokas|tehokkaa*',
  negative:
    'huono*|huonosti|huonompi|kehno*|kamala*|kauhea*|hirveä*|järkyttä*|karsea*|harmi*|valitettava*|valitettavasti|pettymys|pettynyt|petyin|tylsä*|kallis|kallista|kalliimpi|ylihinnoi*|turha*|hyödytön*|sekava*|kankea*|kömpelö*|vaikea*|raivo*|vituttaa|vitutus|ketuttaa|ottaa päähän|hassumpi|hassumpaa|paha|pahempi|pahin|ikävä*|surullinen|surku|kyllästy*|riittää jo|nyt riittää|alkaa riittää|hinnankorotu*|*korotus:0.6|hermostutta*|sotku*|epäselv*|surkeasti|heikko|heikosti|hidasta',
  negation: 'tuskin|hädin tuskin|ei|en|et|emme|ette|eivät|eikä|enkä|etkä|eikö|älä|ilman|tuskin|ei yhtään|ei ollenkaan',
  contrast: 'mutta|mut|silti|kuitenkin|toisaalta|kokonaisuutena|kaiken kaikkiaan|muuten',
  concession: 'vaikka|vaikkakin|paitsi|lukuun ottamatta',
  sarcasm: 'no onpa|kiitti vaan|kiitos vaan:0.8|kiitti taas|just joo|joo joo|no just|jopas jotakin|no voi kiva|voi kiva|no kiva|kiva homma|onnea vaan|hyvä homma taas|🙃',
  again: 'taas|taaskaan|jälleen|uudestaan|uudelleen|jälleen kerran|taas kerran|joka kerta|joka ikinen kerta|aina:0.2|taasko|kolmatta kertaa:1|kolmas kerta:1|neljättä kertaa:1|kolmatta päivää:1|kolmas päivä:1|toista kertaa:0.8',
  topic:
    'sovellu*|tilau*|toimitu*|paketti*|kauppa|kaupa*|laatu*|pakkau*|myyjä*|pankki*|sivusto*|äänenlaatu*|akku*|laite*|palvelu*|tuki|tuen|tuelle|tukeen|tuesta|asiakaspalvelu*|päivity*|versio*|ominaisuu*|käyttöliittym*|analytiik*|työkalu*|tili|tilin|tiliin|ohjelm*|raportt*|raportit|tuote*|editori*|integraatio*|ajastu*',
  past: 'oli ennen|ennen oli|aikoinaan|ennen se',
  regression:
    'ei vieläkään:0.8|vieläkään ei:0.8|vieläkään:0.8|ei edelleenkään:0.8|edelleen ei:0.8|enää:0.6|päivityksen jälkeen|uudistuksen jälkeen|päivityksestä asti|päivityksen myötä|viime päivityksen jälkeen',
  block:
    'paras tapa|virheilmoitu*|kiitos etukäteen|kiitos jo etukäteen|kiitos vastauksista|ei mitään|en tiedä|ei haittaa|ei hätää|hyvää päivää|hyvää huomenta|hyvää viikonloppua|hyvää joulua|hyvää uutta vuotta|parhain terveisin|ystävällisin terveisin|hyvä kysymys|työskentelen|olen töissä|ale|aleen|alessa|ei kiitos|paras ennen|saa nähdä',
};
