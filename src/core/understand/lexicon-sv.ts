// Swedish cues. Stems end in * (definite and plural suffixes, verb forms); *word also matches
// compound ends (sommarrea, dataläcka). Traps: "suger" is literal next to dammsugare/pump and in
// "suger upp"; "rea" is a whole word or a compound end, never inside reagera or area; "läcker"
// is also "delicious", so only leak forms that cannot mean that are listed.
import type { LexiconSource } from './lexicon';

export const SV: LexiconSource = {
  question:
    'hur|hur gör man:1|hur gör jag:1|hur får man:1|hur kan jag:1|går det att:1|vet någon:1|vet ni|finns det:1|kan man:1|kan jag|har någon|någon som vet|någon som har|snabb fråga|fråga:0.5|frågor:0.5|undrar|jag undrar|tips på hur',
  opener: 'vad|var|vem|när',
  which: 'vilken|vilket|vilka',
  aux: 'är|kan|går|finns|har|ska|borde|vet|blir|måste|får|någon|funkar det|fungerar det|hjälper det',
  help: 'hjälp|hjälpa mig|behöver hjälp|tips:0.6|tipsa:0.8|råd:0.6|snälla',
  why: 'varför|hur kommer det sig|vad är det för|vafan|vad i helvete|hur svårt kan det vara|hur tänkte ni',
  problem:
    'kraschar|kraschade|krasch*|hänger sig|hängde sig|låser sig|laggar|laggig*|segt|seg|långsam|bugg*|fel:0.7|felet|strular|strulat|strul*|trasig*|sönder|kan inte logga in|kan inte:0.6|går inte att|kommer inte åt|kommer inte in|väntat|väntar:0.6|väntade|väntan|inget svar|inga svar|inte fått svar|ingen återkoppling|ingen info|dragit pengar|drog pengar|drar pengar|två gånger:0.6|dubbeldebiter*|borta:0.7|försvunn*|raderat|raderade|tappat|förlorat|irriterande|irriterad|störande|frustrerande|frustrerad|problem*|*problem|inget händer|händer ingenting|reklamation*|sitter fast|satt fast|fastnar|fastnat|fastnade|loggar ut|utloggad|saknar:0.7|aldrig kommer|kom aldrig|dog:0.8|har dött|slutade fungera|slutat fungera|telefonkö*|radera*:0.8|utan svar|försen*|vägrade|vägrar|fick inte tillbaka|bara en bot|betalade för:0.5|betalat för:0.5|samma sak:0.6|fortfarande ingen:0.8|fortfarande inget:0.8|obesvarad*|fälla|fällan|utan att få svar|förväntade mig mer|hade förväntat mig mer|väntade mig mer|tom:0.6|tomma:0.6|tomt:0.6|är det verkligen så svårt:1.5|är det så svårt:1.5|är det för mycket begärt:1.5|bara jag:1.5|bara för mig:1.5|är det normalt:1.5|har fler:1.5|~vänta|satt i kö|i kö i|kö i:0.8|~sluta fungera|slutade funka|gick sönder|har gått sönder|dött|tappat bort|chattbot*:0.6|hur många gånger:1.5|hur länge ska:1.2|så svårt:1.2|ingen bryr sig|ingen som bryr sig|skiter i|orkar inte:0.8|ni ens:1.2|ens testat:1.2|utan förklaring|utan någon förklaring|fanns inte i systemet|fanns inte:0.8|hittade inte min|ryckte på axlarna|rycker på axlarna|komma tillbaka imorgon|skickat vidare|skickats vidare|eskalerat|under handläggning:0.6|raderade appen:0.8|avinstallerade:0.8',
  works: 'ordentligt|återbetal*|kom|kommit|levererad*|använda|funkar|fungerar|funkade|fungerade|funka|fungera|går|gick|laddar|hjälper|hjälpte|svarar|svarade',
  praise:
    'älskar|älskade|grym|grymt|grymma|fantastisk*|underbar*|suverän*|strålande|lysande|toppen|klockren*|perfekt*|imponera*|kanon*|mästerlig*|favorit*|rekommenderar|rekommenderas|supernöjd*|nöjd|nöjda|nöjt|jättenöjd*|jättenöjt|supernöjt|smidig*|snyggt jobbat|bra jobbat|bra jobb|heja|eloge|hatten av|ni är bäst|guld värd|guldvärd|räddade|sparar tid|sparar mig|sparar faktiskt tid|vass|vasst|bra gjort|välgjord*|skitbra|superbra|jättebra|galet bra|sjukt bra|hur bra som helst|förtjänar löneförhöjning|förtjänar en medalj|respekt|all respekt|lyssnar på feedback:0.8|lyssnar verkligen:0.8|starkt jobbat|ångrar inte|ångrar mig inte|hylla*|tog sig tid:0.8|i en klass för sig|mer sånt|bästa köpet|handlar gärna igen|beställer gärna igen|köper igen|handlar igen|så ska det gå till|så ska det vara|vill inte byta|skulle aldrig byta|vill inte vara utan|kan inte vara utan|som en dröm|som en smäck|som smort|måste säga:0.6|positivt överraskad|löste mitt problem|löste problemet|löste det|problemet löst|fixade det|fixade problemet|snabba fixen:0.8|snabb fix:0.8|fixade det snabbt:0.8|värt priset|värt hela priset|värd varenda krona|ringde upp:0.8|ringde själva|ringde tillbaka:0.8|för pengarna:0.8|för priset:0.8|valuta för pengarna|riktigt fin*:1|riktigt bra:1|bättre än förut:1',
  thanks: 'tack|tackar|tack så mycket|stort tack|tusen tack|tacksam*',
  recommend:
    'bäst|bästa|värt att:1.2|värt det|värt pengarna|värd pengarna|rekommendera|rekommendationer|rekommendation|rekommenderar ni|rekommenderar du|kan ni rekommendera|kan någon rekommendera|tipsa om|några tips på|tips på:1',
  buying:
    'alternativ|alternativet|alternativen|*alternativ|ersättare|ersätta|vs|versus|jämför*|jämfört med|välja|välj|väljer|vilket skulle ni välja|vilken skulle ni välja|vilket verktyg|vilken tjänst|vilket program|vilken app|vad använder ni|vad kör ni|vilka använder ni|byta från|byta till|byte:0.6|byter från|bytt från|gå över till|gått över|flytta från|överväger|funderar på att:0.7|funderar på:0.6|uppgradera:0.7|köpa:0.7|köpa in|investera i|budget|erfarenhet av:0.8|erfarenheter av:0.8|vad använder|använder för|velar mellan|väljer mellan|för och nackdelar:0.8|någon som använt|någon som testat|har ni testat|söker ett|söker en|letar efter|upphandl*|provperiod:0.6|eller något annat|skulle ni välja|skulle du välja|skulle ni ta|värt besväret:1.2|lönar det sig|lönar sig|flyttat från|flyttade från|flyttat till|bytt till|använder ni|istället för:0.8|letar:1|letar efter|gått från:1|gått över till|byter gärna:1.3|kan tänka oss att byta:1.3|vill byta:1.2|avtal går ut:0.6|avtalet går ut:0.6|går ut i:0.4|för mindre pengar:0.8|billigare:0.8',
  price: 'billigare|vad kostar|kostar|kostnad*:0.6|pris:0.6|priset:0.6|priser:0.6|prislapp*:0.6|per månad:0.4|i månaden:0.4|licens*:0.6|abonnemang:0.4|rabattkod*|värvningskod*|kampanjkod*|årsabonnemang:0.6|årsplan:0.6',
  anger:
    'suger|cirkus*|handla inte:1.2|köp inte:1.2|helt sjukt:1|håll er borta|håll dig borta|uslast*|sämsta företag*|värsta företag*|sög|sugit|skit:0.8|bluff*|*bluff|bedrag*|bedräg*|*bedrägeri|blev blåst|blivit blåsta|blivit blåst|blåste oss|blåsta|lurad*|lurade|skandal*|*skandal|skamligt|skäms|skäms på er|aldrig mer|aldrig igen|bojkott*|*bojkott|hatar|skurk*|tjuv*|stöld*|stölden|oseriös*|ohederlig*|ockr*|ljuger|lögn*|fy fan|fy skäms|pengarna tillbaka|ge mig pengarna|vidrig*|rena rama|mörkade:1.2|mörkar:1.2|fortsatte sälja:1.2|tystade ner:1.2|batteribrand*:1.2|fattade eld:1.2|började brinna:1.2|exploderade:1.2',
  legal:
    'hyresnämnd*|arn|allmänna reklamationsnämnden|konsumentverket|kov|konsumentombudsmannen|polisanmäl*|anmäler:0.8|anmält:0.8|anmälan:0.8|anmäla:0.8|stämning|grupptalan|stämma er|stämma dem|advokat*|jurist*|domstol*|tingsrätt*|imy|integritetsskyddsmyndigheten|rättsliga åtgärder|juridisk*:0.8|lagligt:1|olaglig*:1.2|olagligt:1.2',
  press:
    'journalist*|reporter*|media:0.6|medierna:0.6|pressen|@aftonbladet|@expressen|@dagensnyheter|@dn|@svd|@svtnyheter|@sverigesradio|@ekot|uppdrag granskning|kalla fakta|granska:0.8|granskning:0.6',
  leak: 'öppet på nätet|låg öppet|läckt|läckte|läcker ut|läcka|läckan|läckor|läckage|*läcka|*läckan|dataintrång*|intrång|hackad*|hackade|hackare|kunddata:0.6|personuppgift*:0.6|gdpr:0.6|säljer data|säljer platsdata|säljer våra uppgifter|säljer era uppgifter|platsdata:0.8',
  outage: 'nere|ligger nere|låg nere|driftstopp*|*driftstopp|driftstörning*|avbrott*|*avbrott|störning*|*störning|går inte att nå|otillgänglig*',
  mobilise:
    'varna alla|varna|varnar|varning|undvik*|sprid:1|sprida:1|dela vidare:1|dela:1|tusentals|hundratals|i hela:0.7|kunder:0.5|kunderna:0.5|alla:0.4|göra samma sak:1|gör som jag:1|folk kan inte:0.8',
  share:
    'skrev|skriver om|inlägg:0.6|blogg*|artikel*|krönika|podd*|avsnitt|webbinar*|webinar*|konferens*|seminari*|mässa|mässan|föreläs*|pratar om|pratar jag om|delar med mig|delar mina|läs mer|länk i kommentar*|pressmeddelande*|meddelar|lanserar|lansera*|öppnar|nytt kontor|enligt|rekryterar|vi söker|anställer|nyhet*:0.6|rea:0.6|*rea:0.6|mellandagsrea|välkomna|tack alla|vem mer kommer|vilka mer kommer|ta en kaffe:0.8|säg hej:0.6',
  positive:
    'bra|bättre|härlig*|snyggt|magiskt|trevlig*|kul|roligt|rolig|skönt|skön|glad|glada|gladare|lycklig*|äntligen|enkel|enkelt|lätt|lättare|snabb|snabbt|snabbare|tydlig*|tydligare|användbar*|hjälpsam*|fin|fint|fina|najs|nice|wow|hurra|gillar|gillade|tycker om|uppskattar|uppskattade|förbättr*|prisvärd*|stabil*|pålitlig*|stark|starkt|starka|kraftfull*|gratis:0.4',
  negative:
    'dålig*|dåligt|sämre|sämst|värst|värsta|hemsk*|fruktansvärd*|förfärlig*|usel*|uselt|värdelös*|kass|kasst|risig*|ful|fult|tråkig*|trist|tyvärr|synd|irriter*|jobbig*|rörig*|krånglig*|krångel|krångla*|besvik*|dyr|dyrt|dyra|dyrare|överpris*|onödig*|meningslös*|arg|arga|förbannad*|sur|less|trött på|utled*|pinsam*|katastrof*|fiasko|skräp|skitdålig*|bedrövlig*|ledsen|ledsna|olycklig*|orolig*|rädd|långsammare|sämre|oacceptabel*|prishöjning*|höjer priset|höjde priset|höjt priset|jävla:0.5|oklart|~sämst|sämsta',
  negation: 'knappt|knappast|inte|ej|aldrig|ingen|inget|inga|icke|utan|knappast|varken|inte alls|inte ett dugg|inte direkt',
  contrast: 'men|dock|ändå|fast|trots det|i alla fall|överlag|totalt sett|samtidigt|annars',
  concession: 'även om|fastän|trots att|trots|förutom|bortsett från|visserligen',
  sarcasm: 'tack för inget|tack så jävla mycket|jo tjena|jo visst|kul för er|vilken överraskning|vad förvånande|grattis till oss|🙃',
  again: 'igen|återigen|ännu en|ännu ett|än en gång|en gång till|varje gång|som vanligt|alltid:0.2|för tredje gången:1|tredje|tredje gången:1|fjärde gången:1|tredje dygnet:1|tredje dagen:1|andra gången:0.8|varje version:1|varje uppdatering:1|varje release:1|varje kväll:0.8|varannan dag|varje natt:0.8',
  literal: 'dammsug*|robotdammsug*|pump*|sugrör|sugkopp*|svamp*|våtsug*|grovdammsug*',
  topic:
    'app|appen|appar|beställning*|order|ordern|leverans*|paket*|butik*|vara|varan|varor*|kvalitet*|förpack*|säljar*|bank*|sajt*|hemsida*|batteri*|hörlur*|tjänst*|support*|kundtjänst*|kundservice|uppdatering*|version*|funktion*|gränssnitt*|verktyg*|analysverktyg*|konto*|plattform*|program*|produkt*|rapport*|redigerar*|integration*|schemalägg*',
  past: 'förr|brukade|förut|var förr',
  regression:
    'fortfarande inte:0.8|fortfarande ingen:0.8|fortfarande inget:0.8|ingenting längre:0.8|inget längre:0.8|inte längre:0.8|längre:0.5|efter uppdateringen|efter omdesignen|sedan uppdateringen|efter senaste uppdateringen|efter den senaste uppdateringen|efter uppdateringen',
  block:
    'bästa sättet|tack på förhand|tack i förväg|på förhand tack|tack för svar*|inte säker|vet inte|jag jobbar|jobbar på|ha det bra|må bra|lycka till|bästa hälsningar|med vänliga hälsningar|vänliga hälsningar|god jul|gott nytt år|fast anställd|suger upp|suger in|suger åt sig|suger ut|suger musten|inte bara|bra fråga|ingen aning|inget konstigt|alla fall|nyhetsbrev*|offlineläge*',
};
