// English cues. Stems end in *, phrases skip commas; see lexicon.ts for the notation.
import type { LexiconSource } from './lexicon';

export const EN: LexiconSource = {
  question:
    'how do i:1|where do i:1|where can i:1|where do you:1|what do i:1|when do:1|when does:1|when will:1|how long:1|how many:1|how often:1|dumb question:1|stupid question:1|how can i:1|how to:1|how do you:1|is there a way:1|is it possible:1|any idea|any way to|anyone else|wondering|quick q|quick question|question',
  opener:
    'how|what|what\'s|where|where\'s|when|who',
  which: 'which',
  aux: 'is|are|was|does|do|did|can|could|should|will|would|has|have|any|anyone|anybody',
  help: 'help|help me|anyone know|does anyone know|anybody know|does anybody know|can someone|can anyone explain|any tips|any advice|need help|pls help|please help|eli5',
  why: 'why|why does|why is|why do|why can\'t|why won\'t|how come',
  problem:
    'broken|broke|crash*|bug|bugs|buggy|glitch*|error*|fail*|freez*|froze|stuck|lag|laggy|slow|slower|keeps|keep logging|logging me out|logged out|can\'t log|cannot log|can\'t login|been waiting|waiting for|no reply|no response|nobody has answered|nobody answered|not a single word|ignored|ignoring|charged twice|double charged|overcharged|missing|disappeared|lost my|deleted my|drains|unusable|annoying|annoyed|frustrat*|disappoint*|fix this|fix it|please fix|still waiting|stranded|stutter*|buffering|refuses to|refused to|unanswered|barely usable|trap|canned reply|canned response|only a bot|paid for:0.5|late:0.6|delayed|delay*|hours late|refused|sort this out|sort it out|what am i paying for|what exactly am i paying for|expected better|expected more|without a reply|without an answer|without reply|empty:0.6|blank:0.6|would it kill you:1.5|is it too much to ask:1.5|how hard can it be:1.5|is it that hard:1.5|is it so hard:1.5|is it really that hard:1.5|is it just me:1.5|just me or:1.5|is this normal:1.5|is that normal:1.5|only me:1.5|sort it out|issue|issues|problem|problems|ticket|downgrade|wtf|ugh|smh|nightmare|mess|ridiculous',
  works: 'load|loading|properly|works|work|working|worked|helps|helped|usable|refund|refunded|refunds|reply|replied|respond|responded|arrive|arrived|showed up',
  praise:
    'love|loved|loving|lovely|great|greatest|amazing|awesome|excellent|fantastic|brilliant|superb|wonderful|gorgeous|beautiful|perfect|perfectly|impressed|impressive|kudos|shoutout|shout out|legend|legends|hero|heroes|well done|good job|great job|nice job|nice work|great work|game changer|life saver|lifesaver|flawless|smooth|slick|delight*|happy with|pleased with|satisfied|just works|saves me|saved me|save me|save us|saves us|saved us|save time|saves time|saving time|made my day|made my week|you rock|rocks|five stars|5 stars|top notch|hats off|chef\'s kiss|outstanding|solid|reliable|intuitive|can\'t say enough|cannot say enough|couldn\'t be happier|could not be happier|can\'t recommend it enough|can\'t recommend enough|highly recommend|wouldn\'t switch|would never switch|can\'t imagine working without|couldn\'t live without|can\'t live without|like a charm|like a dream|a joy|joy to use|must say:0.6|have to say:0.6|in a class of its own|next level|more of this|more like this|paid for itself|pleasantly surprised|will buy again|would buy again|will order again|would order again|ordering again|buy again|order again|that\'s how it should be done|this is how it\'s done|deserves a raise|deserve a raise|deserves a medal|give them a raise|respect:0.8|much respect|props|listens to feedback:0.8|listen to feedback:0.8|solved my problem|fixed my problem|problem solved|sorted it|sorted out|sorted me out|fixed it in|resolved it',
  thanks: 'thank|thanks|thank you|thx|ty|tysm|grateful|appreciate*|cheers to|props to',
  recommend: 'best|recommend*|suggest*|worth it|worth the money',
  buying:
    'alternative|alternatives|alternative to|vs|versus|compared to|comparison|which one|which tool|which service|which app|which platform|which should|what should i use|what do you use|what are you using|what tool|what tools|worth paying|worth upgrading|switch from|switching from|switch to|switching to|move from|moving from|migrate from|migrating from|made the move|looking for a|looking for an|in the market for|shopping for|options for|best tool|best app|best way to pick|pick|choose|choosing|decide between|deciding between|torn between|budget|free plan|pro plan|paid plan|which plan|free trial|affordable|recommendations|recs|suggestions|looking for|using for|people using|everyone using|you using|do you use|you guys use|outgrow*|or something else|or anything else|would you pick|would you choose|would you go with|worth the hassle|worth the effort|comparing|compare:0.8|shortlist*|short list|who left|those who left|where did you go|did you switch|regret switching|or something better|anything better|alternatives for|use for|these days:0.5|nowadays:0.5|pros and cons:0.8|torn between',
  price: 'cheaper|price:0.6|prices:0.6|pricing:0.6|cost|costs|how much|per month:0.4|per seat:0.4',
  anger:
    'sucks|hostage|suck|sucked|sux|don\'t buy:1.2|do not buy:1.2|do not use:1.2|don\'t use:1.2|clown show|circus|scam|scams|scammer*|scammed|fraud*|boycott*|rip off|ripoff|ripped off|thieves|theft|stealing|criminal|disgrace*|shameful|shame on|shame on you|unacceptable|outrage*|outrageous|never again|never trusting|never trust|stay away|avoid at all costs|avoid them|worst company|worst service|worst customer|garbage company|trash company|hate this company|hate you|pathetic|disgusting|must die|fuck*|screw you|predatory|liars|lying|lied',
  legal: 'filing with|file a complaint|filed a complaint|caa|lawyer|unbelievable:1|lawyers|attorney*|lawsuit*|sue|suing|sued|class action|legal action|court|small claims|ftc|fcc|gdpr complaint|regulator*|trading standards|ombudsman|bbb|consumer protection|report you|reported you',
  press: 'bbc|the guardian|the press|the media|journalist*|reporter*|press|@techcrunch|@verge|@theverge|@wired|@engadget|@nytimes|@guardian|@bbcnews|@cnn|@bbc|@wsj|@forbes|@bloomberg',
  leak: 'malware|compromised|backdoor|left a database open|database open|open database|exposed|leaked|leaks|leaking|breach*|hacked|data exposed|exposed our|exposed my|stolen data|sold our data|sold my data|privacy violation',
  outage: 'outage*|down again|went down|is down|was down|goes down|been down|offline|not loading|status page|downtime|blackout|all green',
  mobilise: 'everyone|everybody|all of you|spread the word|rt|retweet|share this|warn*|cancel your|cancel my|cancelled my|canceling|cancelling|delete your|thousands|hundreds|millions|nationwide|across the country|across:0.5|customers:0.5',
  share:
    'wrote|published|new post|blog post|link in comments|link in bio|webinar|conference|summit|meetup|speaking at|keynote|join us|announced|announces|press release|we\'re hiring|new office|according to|saving this|thank you all|thanks everyone|thanks all|blog:0.6|article:0.6|piece:0.6|thread on:0.6|podcast:0.6|episode:0.6|talk:0.5|heading to:0.6|announcement:0.6|launch*:0.6|hiring:0.6|bookmark*:0.6|tips for:0.5|lessons:0.6|learned:0.5|taught me:0.6|news:0.5',
  positive:
    'good|nice|cool|glad|happy|fun|useful|helpful|handy|strong|powerful|easy|easier|fast|faster|quick|clean|neat|fine|better|improved|no regrets|improvement|finally|wow|yay|enjoy*|pleasant|works great|favourite|favorite|proud|excited|thrilled|congrats|congratulations|lucky|win',
  negative:
    'bad|worse|worst|terrible|horrible|awful|poor|crap|crappy|junk|rubbish|garbage|trash|useless|pointless|hate|hated|angry|furious|mad|upset|sad|confusing|confused|clunky|bloated|ugly|expensive|overpriced|pricey|nonsense|joke|lame|meh|sick of|tired of|fed up|nothing works|price hike*|price increase*|waste|wasted|unreliable|insane|absurd|hostile|scary|worried|concerned|unhappy|rude',
  negation:
    'not|no|never|don\'t|doesn\'t|didn\'t|isn\'t|wasn\'t|aren\'t|weren\'t|won\'t|wouldn\'t|can\'t|cannot|couldn\'t|shouldn\'t|haven\'t|hasn\'t|hadn\'t|dont|doesnt|didnt|isnt|wasnt|wont|cant|nothing|without|hardly|nor|neither|zero|nobody|none|barely',
  contrast: 'but|however|though,|still|yet|that said|having said that|overall|all in all',
  concession: 'although|though|even though|even if|despite|while|apart from|except',
  sarcasm:
    'oh great|living the dream|oh wonderful|oh joy|just great|just what i needed|yeah right|thanks for nothing|thanks a lot for nothing|so much for|what a surprise|shocker|love how|love it when|gotta love|nice one|bravo|slow clap|🙃',
  again: 'again|another|yet another|once more|as usual|as always|every single time|every time|third|third time',
  literal: 'vacuum*|hoover|pump|pumps|straw',
  topic:
    'app|apps|tool|tools|order|delivery|package|parcel|quality|packaging|seller|shop|store|staff|bank|website|site|battery|sound|courier|headphones|support|update|updates|version|feature|features|interface|ui|ux|dashboard|service|product|editor|customer service|platform|software|subscription|account|api|integration|onboarding|redesign|release|plugin|extension|analytics|reporting|search|sync',
  past: 'used to|used to be|back when|once was',
  regression:
    'still won\'t:0.8|still can\'t:0.8|no longer:0.8|anymore:0.6|still not:0.8|still no:0.8|still hasn\'t:0.8|still doesn\'t:0.8|still don\'t:0.8|still haven\'t:0.8|after the update|after the redesign|since the update|since the redesign|after the last update|since the last update|after updating|after the latest update',
  block:
    'thanks in advance|thank you in advance|thx in advance|tia|no problem|no worries|not sure|no idea|so sure|is down to|down to|down the|down with|up and down|break down|breakdown|a great deal|great deal of|great-grand*|best regards|all the best|best wishes|kind regards|work on|work at|work for|work with|working on|working at|working with|to work|at work|worked at|worked on|pick up|pick me|plan to|plan on|sucks up|sucked up|sucks in|what\'s up|love to hear|would love|i\'d love|would be great|would be nice|so much|for good|what a|best way|the best way|error message|error messages',
};
