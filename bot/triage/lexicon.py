"""Cues: the phrases (English and Japanese) that signal each category of customer harassment.

Each cue is a pattern with a weight: 1.0 is unambiguous on its own ("threatened to kill me",
「土下座しろ」), about 0.6 is clear but needs the category to be meant, about 0.35 is a hint
that counts only beside other evidence. Critical severity is not set here: the safety floor
(`bot.triage.safety`) decides it for weapons, threats to life, bombs, injuries and stalking.

English pattern syntax (compiled by the engine, matched on normalised lower-case text with
contractions expanded, so "won't" is "will not"):
- a space matches any run of non-word characters between two words;
- `~` between spaces allows up to four intervening words;
- ` ?` (a space followed by ?) makes the gap optional ("5 ?pm" matches "5pm" and "5 pm");
- `*` at the end of a word matches any word ending (threat* = threat, threats, threatened);
- everything else is a regular expression; matches are bounded by word edges.

Japanese patterns are regular expressions over NFKC-normalised text; `…` allows up to
twelve characters within the same sentence. See `bot.triage.text` for why characters and not
a tokenizer.

Write cues from how people actually describe incidents, not from policy wording; the
evaluation set in `tests/data/` was written separately from this file.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Cue:
    """One phrase pattern that signals a category."""

    pattern: str
    weight: float
    severity: str = ""  # raises the incident's severity to at least this when matched


def c(pattern: str, weight: float = 1.0, severity: str = "") -> Cue:
    """Shorthand for a cue in the tables below."""
    return Cue(pattern, weight, severity)


NUM = r"(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|a few|dozens of|dozens|countless|twenty|thirty|forty|fifty|a hundred|hundreds of)"
NUM_MANY = r"(?:[4-9]|[1-9][0-9]+|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|several|many|multiple|numerous|dozens of|dozens|countless|a dozen|a hundred|hundreds of|over \d+|more than \d+)"
NUM_FEW = r"(?:[23]|two|three|a few|a couple of)"
JMANY = r"(?:[3-9]|[1-9][0-9]+|[三四五六七八九]|[一二三四五六七八九]十[一二三四五六七八九]?|十[一二三四五六七八九]?|数十|何十|数百|何百)"
JNUM = r"(?:[0-9]+|[一二三四五六七八九十数何]+)"
THEY = r"(?:he|she|they|the customer|the caller|the man|the woman|the guy|the candidate|the client|the guest|customer|caller)"
STAFF = r"(?:me|us|her|him|them|my colleague|my coworker|my co-worker|the staff|staff|our staff|the clerk|the cashier|the agent|the receptionist|the proctor|the examiner|the employee|an employee|the driver|the nurse)"

EN: dict[str, list[Cue]] = {
    "physical_assault": [
        c(r"(punch|punched|slap|slapped|kick|kicked|shove|shoved|hit|hits|struck|smacked|headbutted|elbowed|choked|strangled|tackled) (?!(his|her|their|my) own\b)(me|us|her|him|them|my|his|her|the staff|staff|a staff|an employee|the clerk|the cashier|the agent|the receptionist|the proctor|my colleague|my coworker|our)"),
        c(r"(bit|scratched|clawed) (me|us|her|him|them|my (arm|hand|face|neck|colleague|coworker)|her (arm|hand|face|neck)|his (arm|hand|face|neck)|the staff)"),
        c(r"(knocked|slapped|smacked|swatted|snatched|ripped|yanked|grabbed|wrenched|tore|pulled) (the|a|my|his|her|their) (\w+ )?(tablet|phone|pen|scanner|device|paper|papers|clipboard|card|ticket|keys|bag|headset|radio|cup|glasses) (out of|from) (my|his|her|their) hands?", 1.0),
        c(r"(pushed|shoved) (me|her|him|us|my colleague|the staff) (away|aside|back|over|down|into|against|out)?"),
        c(r"(grab|grabbed|yanked|seized|pulled|twisted) (me|my|her|his|the staff) ?(arm|wrist|collar|shirt|hair|hand|shoulder|jacket|uniform|lanyard)?"),
        c(r"(threw|thrown|throw|throwing|hurled|tossed|flung) ~ (at|toward|towards) (me|us|her|him|the staff|my|the counter|the screen|the window|the wall)"),
        c(r"(threw|hurled|flung|slammed) (a|his|her|the) (cup|coffee|drink|bottle|chair|phone|bag|book|pen|tray|plate|glass|stapler|box|ticket|document|papers|keyboard)"),
        c(r"spat (on|at|in) (me|my|her|his|the)"),
        c(r"(attacked|assaulted|beat up|beaten up|roughed up|manhandled|physically hurt|physically attacked) (me|us|her|him|the|a|my)?"),
        c(r"(physical|physically) (violence|assault|attack|aggressive|altercation|contact)", 0.9),
        c(r"(violence|violent)", 0.6),
        c(r"(injur|bleeding|bruis|sprain|concussion|stitches|broken (nose|finger|arm|rib)|fracture)\w*", 0.8),
        c(r"(got|get|getting) (physical|violent)"),
        c(r"(broke|smashed|shattered|destroyed|damaged|wrecked|cracked|vandali[sz]ed|trashed) (the|our|a|my|two|several) ?(\w+ )?(monitor|screen|window|door|counter|tablet|display|terminal|computer|pc|partition|glass|register|till|shelf|shelves|sign|furniture|equipment|property|printer|camera|kiosk|machine|chair|table|desk|phone|keyboard)"),
        c(r"(kicked|punched|hit|smashed|knocked over|overturned|flipped|threw over) the (wall|door|counter|desk|table|chair|bin|display|shelf|partition|kiosk|machine|sign)", 0.8),
        c(r"(swung|lunged|charged|came) at (me|her|him|us|the staff)", 0.9),
        c(r"(tried|attempted) to (hit|punch|slap|grab|strike|attack|kick) (me|her|him|us)", 0.9),
        c(r"(pulled|drew|brandished|waved|pointed) (out )?(a|his|her) (knife|blade|box cutter|gun|weapon|bat|hammer|scissors)", 1.0),
        c(r"(pushed|shoved|knocked) (over|down) (my|the|her|his) (colleague|coworker|staff|manager|cashier|clerk)"),
        c(r"(hurt|injured|wounded) (me|my|her|his|a staff|the staff|an employee|our)", 0.9),
        c(r"(hit|struck|slapped|punched) in the (face|head|chest|stomach|arm)"),
        c(r"(pinned|cornered) (me|her|him) (against|to)", 0.8),
    ],
    "verbal_abuse": [
        c(r"(idiot|idiots|moron|morons|imbecile|retard|retarded|dumbass|dimwit|halfwit|nitwit|cretin|bimbo|scum|vermin)"),
        c(r"(you|you are|you people|you guys|she is|he is|they are|your staff|your staff are|all of you) ~ (stupid|dumb|useless|worthless|pathetic|incompetent|brainless|clueless|hopeless|trash|garbage|rubbish|a joke|a disgrace|a waste of space|subhuman|losers?|parasites?)", 0.9),
        c(r"(stupid|dumb|useless|worthless|pathetic|brainless|incompetent|lazy|thick|ugly|fat|filthy|clueless) (girl|boy|woman|man|bitch|cow|clerk|idiot|person|staff|fool|people|employee|agent|kid|trash|clown|muppet|donkey|worker|waste|loser|pig|slob|lot|excuse for|bunch|imbecile|wretch|creature|old bat|old hag)", 1.0),
        c(r"(clown|muppet|numpty|pillock|plonker|wanker|tosser|halfwit|airhead|bozo|loser|lowlife|scumbag|degenerate)s?", 0.7),
        c(r"(telling|told|tells|saying|said|calling|called|shouting|screaming|yelling) (me|her|him|us|them|my colleague|the staff) ~ (was|were|am|is|are) (a |an |so |too )?(stupid|worthless|useless|pathetic|incompetent|an idiot|a failure|a disgrace|thick|dumb|brainless|retarded|a loser|a waste|trash|garbage|lazy|ugly|fat)", 1.0),
        c(r"(parents|mother|mum|mom|father|dad|family) (must|should|would|will) be (so )?(ashamed|embarrassed|disgusted)", 0.9),
        c(r"(bitch|bastard|asshole|arsehole|jerk|prick|cunt|dickhead|twat|slut|whore|fool)s?"),
        c(r"(fuck|fucking|f\*+k|f\*+ing|fck|effing|shit|bullshit|piss off|screw you|damn you|go to hell|son of a)", 0.45),
        c(r"(fuck|screw|damn) you", 1.0),
        c(r"(called|calling|call) (me|her|him|us|my colleague|the staff|our staff) (a|an|names|every name|all sorts)", 1.0),
        c(r"(swore|swearing|swears|cursed|cursing|cussed|cussing) (at|to) (me|us|her|him|the staff|my)", 1.0),
        c(r"(screamed|yelled|shouted|bellowed|raged|roared|barked|snapped) (at|abuse at|obscenities at|insults at) (me|us|her|him|the staff|my colleague|the agent|the clerk)", 0.8),
        c(r"(insult|insulted|insulting|insults|abusive|abused|abusing|abuse|obscenit|profanit|expletive|slur|name-calling|name calling|foul language|foul-mouthed|rude names|verbal attack|berat|belittl|demean|humiliat|degrad|mock|ridicul(?!ous)|taunt)\w*", 0.7),
        c(r"(verbal|verbally) (abuse|abused|abusive|attack|attacked|assault|assaulted)", 1.0),
        c(r"(get a (real )?job|go back to school|can you even read|are you (deaf|stupid|dumb|retarded|an idiot|brain dead|braindead|mental)|do you have a brain|no brains?|what are you, (stupid|five)|were you dropped|who hired you|how did you get (this|a) job|a monkey could|a child could do)", 0.9),
        c(r"(shut up|shut your mouth|shut it|zip it)", 0.6),
        c(r"(ugly|fat|disgusting|hideous) (cow|pig|face|woman|man|girl)", 1.0),
        c(r"(tore|tearing|ripped) (into|me apart|a strip)", 0.6),
        c(r"(ranting|ranted|raging|screaming|yelling|shouting) (and|,)? ?(swearing|cursing|insulting)", 0.8),
        c(r"(personal attack|attacked me personally|attacked (my|her|his) (character|personality|intelligence|competence))", 0.9),
        c(r"you (are|were) born|your parents (should|must)|waste of oxygen", 0.8),
        c(r"(screaming|yelling|shouting) at (me|us|her|him|the staff)", 0.7),
    ],
    "threats_intimidation": [
        c(r"(kill|murder|stab|shoot|strangle|beat|bury|end) (you|her|him|them|your family|everyone|all of you|the lot of you)", 1.0),
        # Reported threats to life: "said he would kill me", "going to stab us", "wants me dead".
        c(r"(would|will|is going to|was going to|going to|gonna|wants to|wanted to|tried to|threatened to|promised to|swore to|said he'd|said she'd) (kill|murder|stab|shoot|strangle|hurt|beat up|burn|run over) (me|us|my|our|the staff|my colleague|everyone|all of us|her|him)", 1.0),
        c(r"(wants|wanted|want) (me|us|her|him) dead|(see|saw) (me|us) dead|(i|we|she|he) (will|would) (be|end up) dead", 1.0),
        c(r"(threaten|threatened|threatening|threatens|threat|threats) ~ (kill|life|knife|gun|hurt|harm|burn|bomb|family|die|dead|stab)", 1.0),
        c(r"(threaten|threatened|threatening|threatens|threat|threats|menac|intimidat|coerc|bully|bullied|bullying)\w*", 0.8),
        c(r"(i will|i am going to|gonna|going to|i would|or i will|or i|or else i) ~ (hurt|harm|get|destroy|find|come for|come after|deal with|ruin|finish|make you pay|burn|wreck|smash|break)", 0.8),
        c(r"(you will|you are going to|you'll|you will be|you are gonna) ~ (regret|be sorry|pay for|pay|see what happens|find out|wish|lose your job|be in trouble|not get away)", 1.0),
        c(r"(watch your back|watch yourself|watch out|be careful walking|careful on your way|you know what happens|something (bad )?(will|could|might) happen|accidents (can |do )?happen to (people|those|staff|you|your|folk)|or else|mark my words|i know people|i have friends in|i have connections|this is not over|it is not over|you have not heard the last)", 0.9),
        c(r"i know where (you|she|he|your staff|you all) (live|lives|work|park|go)", 1.0),
        c(r"(wait|waiting|be waiting) for (you|her|him) (outside|after|when|in the)", 0.9),
        c(r"(bang|banged|banging|pound|pounded|pounding|slam|slammed|slamming|thump|thumped|beat|beating|hit|hitting) (on |his fist on |her fist on |their fists on |his hand on |her hand on )?(the|my|our) (desk|counter|table|glass|window|partition|door|wall|screen)", 0.9),
        c(r"(slammed|banged|pounded) (his|her|their) (fist|fists|hand|hands|phone|bag)", 0.9),
        c(r"(loomed|looming|leaned over|leaning over|stood over|standing over|towered over|got (right )?in my face|right in my face|up in my face|got very close|too close to my face|inches from my face|stared me down|glared|glaring|clenched (his|her) fist|raised (his|her) (fist|hand|arm)|made a fist|squared up)", 0.8),
        c(r"(burn|blow up|bomb|torch|set fire to) (the|your|this) (place|store|shop|office|building|centre|center|branch|house)", 1.0),
        c(r"(afraid for my (safety|life)|feared for (my|our) (safety|life|lives)|scared for my (safety|life)|fear for my safety|terrified|frightened|scared|afraid|shaking)", 0.45),
        c(r"(aggressive|aggressively|hostile|menacing|frightening|scary|intimidated)", 0.45),
        c(r"(yakuza|gang|gangster|mafia|my lawyer will destroy|my lawyer will ruin)", 0.6),
        c(r"(you have not seen the last of me|you will hear from me|i will come back with|i will bring (my|some) (friends|guys|boys))", 0.9),
        c(r"(i will|i am going to|gonna) (come|go) (down )?(there|to (the|your) (store|shop|office|branch|centre|center|house|home))", 0.5),
        c(r"(sue|suing) (you|her|him|the company|your company|everyone|you all)", 0.45),
        c(r"(or|otherwise) (i will|i am going to|i am gonna) ~ (call|report|post|sue|come|tell|make)", 0.5),
        c(r"(forced|pressured|coerced) (me|her|him|us|the staff) (to|into)", 0.7),
        c(r"(die|drop dead|hope you die|you should die|kill yourself)", 0.8),
        c(r"(followed|follow|follows) (me|her|him) ~ (car|home|station|parking|outside)", 0.5),
        c(r"(i will|i am going to|gonna|i shall|we will) (be )?(waiting|wait|be outside|be there|find you) ~ (outside|car park|parking lot|parking garage|after (work|your shift|closing)|when you (leave|finish|lock up|close|get off)|round the back|by your car|at the (exit|back door|staff entrance))", 1.0, "high"),
        c(r"(we will|you will|let us) see how (brave|tough|hard|big|clever|smart|funny|cocky|confident|brave you are|tough you are)", 1.0, "high"),
        c(r"i know (exactly )?(what time|when|which (days?|route|bus|train|car|shift|station|door|exit)|where) (you|she|he|they|your \w+|the \w+|his|her) ~ (lock up|close|finish|leave|get off|clock off|knock off|go home|park|work|does|drives|walk|lives|live)", 1.0),
        c(r"(had better|would better|better) (watch|mind|look out for) (yourself|himself|herself|themselves|your back|his back|her back|their backs|out)", 1.0, "high"),
        c(r"(do not think|you think|if you think) (i am|i was|that i am) (joking|kidding|bluffing|messing about|messing around|not serious)|i am not (joking|kidding|bluffing)|i mean (it|every word)|that is a promise|this is a promise|try me", 0.7),
        c(r"(i have got|i have|i got|i took|i wrote down|i noted) (your|his|her|the) (driver's |van's |car's )?(van|car|number plate|plate|reg|registration|licence plate|license plate|address|schedule|route)", 0.7),
        c(r"(would be a shame|shame if something|be a pity if|it would be terrible if|hope nothing happens|hope (your|the) (staff|family|kids|children) (get|make it|stay) (home )?(safe|safely))", 1.0, "high"),
        c(r"(people who|friends who|guys who|men who|someone who) (are |is )?(not as|less) (nice|polite|patient|calm|gentle|reasonable) (as|than) me", 1.0, "high"),
        c(r"(will not|would not|do not) (let|be letting) (this|it) (go|slide|drop) (until|till|unless)", 0.5),
        c(r"(pay a visit|pay you a visit|come and visit you|come round|come over) ~ (friends|mates|boys|lads|guys|brothers|people)", 0.8),
    ],
    "coerced_apology": [
        c(r"(kneel|kneeling|knelt|on (my|his|her|your|their|our|bended) knees|get down on|down on the floor and|bow (down )?(to the|on the) (floor|ground)|prostrat|grovel|grovelling|groveling|dogeza|head to the floor|forehead (to|on) the (floor|ground))\w*", 1.0),
        c(r"(written|formal written|signed) (apology|apologies|statement of apology)", 1.0),
        c(r"(letter|note|statement|certificate|pledge|memo|document) of (apology|apologies|remorse|contrition)", 1.0),
        c(r"apology (letter|note|statement|in writing|on paper|video)", 1.0),
        c(r"apologi[sz]e (to (me|him|her|them|us|my wife|my husband|my family|my son|my daughter) )?(in writing|on (camera|video|tape|the record)|publicly|in public|in front of (everyone|everybody|the (customers|guests|whole|other|entire)|all|other (customers|guests|people)|his|her|my)|on (my|his|her|their|your) knees|properly|sincerely|again and again|over and over|(to|on) the floor|for real|personally|face to face|in person)", 0.8),
        c(r"(read|reads|reading|recite|say) (it|the apology|an apology|the letter|a statement|it all) (aloud|out loud|out|back) (to|in front of)", 0.8),
        c(r"(write|writes|wrote|writing) ~ (on (a piece of )?paper|on a (sign|card|note)|a (note|statement|confession)|in writing) ~ (sign|signed|and sign|hold|holding)", 0.9),
        c(r"(photo|pic|picture|video|selfie) of (him|her|them|the staff|you|the \w+) (holding|with) (it|a sign|the sign|the note|a note|the paper|a piece of paper|the apology)", 1.0),
        c(r"(sign|signed|signing) (it|a statement|a confession|a declaration) (admitting|saying|confessing|that (she|he|they|i) (is|was|am|are))", 0.9),
        c(r"(your|ur|his|her|the) (sorry|apology|apologies) (means|mean|is|are) (nothing|worthless|not enough|meaningless)", 0.6),
        c(r"(demand|demanded|demanding|demands|insisted on|wanted|wants|want|insisting on|forced|forcing|made|making|pressured|pressuring) ~ (apolog|say sorry|say i am sorry|bow)\w*", 0.6),
        c(r"(until|unless|till) (i|we|she|he|they|the manager|someone|the company|you) ~ (apologi[sz]e|apologi[sz]ed|say sorry|said sorry|bow|bowed|knelt|kneel)", 0.8),
        c(r"(make|made|making|forced|forcing|force) (me|her|him|us|the staff|my colleague|the manager) (to )?(apologi[sz]e|say sorry|bow|kneel|write)", 1.0),
        c(r"(president|ceo|boss|owner|director|head of|manager|management) (to |must |should |has to |needs to |will )?(come and )?(apologi[sz]e|personally apologi[sz]e|bow)", 0.7),
        c(r"(come|go|visit) ~ (to )?apologi[sz]e (in person|at (my|his|her) (home|house|door|office))", 0.8),
        c(r"apologi[sz]e in person", 0.5),
        c(r"(bow|bowed|bowing) (deeper|lower|again|properly|more)", 0.9),
    ],
    "constraint_prolonged": [
        c(r"(would|will|did|could|does|do) not (let|allow) (me|us|her|him|the agent|the staff|my colleague) (to )?(hang up|end|finish|leave|go|get off|close|disconnect|move|get (a word|past))"),
        c(r"(refused|refuses|refusing|declined|unwilling) to (leave|go|move|hang up|end the call|get off|budge|let (me|us|her|him) go|vacate|exit|get out|stand up|step away)"),
        c(r"(would|will|did|does|do|is|was|were|are) not (leave|go away|move|budge|get off the phone|hang up|stop talking|let go of the line|vacate|get out|stand up)"),
        c(r"(i am|we are|i will|we will|i will) not (leaving|going anywhere|going home|hanging up|moving|leave|go|hang up|move)"),
        c(r"(not|never) (leaving|hanging up|moving|going anywhere) (until|till|unless)"),
        c(r"(will|would|am going to|gonna) (stay|sit|wait|remain|keep (you|talking)|keep (you|her|him) on) (here )?(until|till|all day|all night|as long as)", 0.9),
        c(r"(kept|keep|keeps|keeping|held|holding|trapped|detained|tied up|stuck) (me|us|her|him|the agent|the staff|my colleague|our staff|my coworker) ~ (on the (phone|line|call)|on the line|for (hours|over|more than|about|nearly|almost|\d+)|there|at the (counter|desk|window|reception|front)|past|after|until|till|in the (room|office|booth)|hostage)"),
        c(r"(call|calls|phone call|conversation|complaint|rant|tirade|lecture|it|this|he|she|they|the customer|the caller|complained|talked|talking|went on|dragged on|lasted|stayed|sat|kept|on the (phone|line)|stood|remained) ~ (for|over|more than|almost|nearly|about|past) (an hour|\d+ ?(hours|hrs|hour)|(two|three|four|five|six|several|many|a couple of) (hours|hrs)|(ninety|ninty|90) minutes|\d{3} minutes|[4-9]\d minutes|the whole (afternoon|morning|day|shift))", 0.9),
        c(r"([0-9]+|two|three|four|five|six|several|multiple)[- ](hour|hr)[- ]?(long )?(call|phone call|rant|complaint|conversation|standoff|sit-in|lecture|ordeal|tirade|session)", 1.0),
        c(r"(hours-long|hours long|marathon|endless|never-ending|interminable) (call|phone call|rant|complaint|conversation|lecture|tirade|standoff)", 0.9),
        c(r"(for|over) (hours|hours on end|hours and hours)", 0.6),
        c(r"(sit-in|sat in|sitting in|sat down|sitting down|sat on|camped|camping|squatting|planted (himself|herself|themselves)|parked (himself|herself|themselves)|occupied|occupying) ~ (lobby|counter|floor|reception|office|desk|entrance|front|waiting room|shop|store|branch|test cent|doorway|chair|until|and refused|and would not)", 0.9),
        c(r"(stayed|remained|lingered|hung around|loitered|loitering|waited) ~ (until|till|past|after) (closing|close|we closed|the store closed|the office closed|midnight|\d+ ?(pm|am)|late)", 0.9),
        c(r"(blocked|blocking|stood in|standing in) (the|my|our|her|his) (door|doorway|exit|way out|way|path|entrance)", 0.9, "high"),
        c(r"(locked|trapped|confined|cornered|shut) (me|us|her|him|the staff|my colleague) (in|inside|into|up)", 1.0, "high"),
        c(r"(would|will|did) not (let|allow) (me|us|her|him|anyone) (out|leave|pass|through)", 1.0, "high"),
        c(r"(hold|held) (me|us|her|him) (hostage|captive|there)", 1.0, "high"),
        c(r"(confinement|confined|detained|detaining|held captive)", 0.8),
        c(r"(could|can) not (get|make) (him|her|them|the customer) (to )?(leave|go|hang up|get off)", 1.0),
        c(r"(every time|whenever|each time) (i|we|she|he) (tried|try|attempted) to (end|finish|close|wrap up|hang up)", 0.9),
        c(r"(do not|don't|do not you dare|dare not) (hang up|put me on hold|end this call|walk away|leave)", 0.7),
        c(r"(until|till) (closing|close|midnight|\d+ ?(pm|am)) ~ (refus|would not|sat|stayed|kept)", 0.7),
        c(r"(tied up|occupied|monopoli[sz]ed|hogged) (the|our|my) (line|counter|phone|desk|staff)", 0.8),
    ],
    "repetitive_demands": [
        c(rf"(called|calls|calling|phoned|rang|rings|emailed|emails|emailing|mailed|messaged|messages|messaging|texted|wrote|writes|contacted|contacts|came|comes|complained|asked|sent|opened|opens|submitted|filed|raised|logged|posted) ~ {NUM_MANY} (times|calls|emails|messages|mails|tickets|requests|complaints|chats|texts|letters|forms|cases|visits)"),
        c(rf"{NUM_MANY} (calls|emails|e-mails|mails|messages|complaints|inquiries|enquiries|voicemails|dms|times|tickets|requests|chats|texts|letters|visits|cases|forms|missed calls) (a|per|in one|in a|in the same|every|each|that|today|this|within|over|since|in)"),
        c(rf"{NUM_MANY} times (a|per|in one|in a|every|each|today|this|since|that|within)", 0.5),
        c(rf"(called|calls|calling|phoned|rang|rings|emailed|messaged|texted|contacted|came|comes) ~ {NUM_FEW} (times|calls|emails|messages)", 0.45),
        c(rf"{NUM_FEW} (calls|emails|messages|times|tickets|visits) (a|per|in one|in a|in an|within an|within the) (day|hour|morning|afternoon|evening|night|minute|few minutes)", 0.6),
        c(r"(calling|ringing|phoning|emailing|messaging|texting|writing) (back )?(every|each) (hour|half hour|few minutes|ten minutes|five minutes|morning|evening|day)", 0.9),
        c(r"(the same|this same|that same) (customer|caller|man|woman|person|guest|client|learner|student|patient|passenger) ~ (again|every|back|keeps|kept|daily|times)", 0.6),
        c(r"(again and again|over and over|time and again|time after time|day after day|every single day|every day|daily|nonstop|non-stop|constantly|incessantly|relentlessly|repeatedly|endlessly)", 0.55),
        c(r"(same|identical) (question|questions|demand|demands|complaint|complaints|request|requests|thing|email|message|point|story|issue|argument|explanation)", 0.7),
        c(r"(keeps|kept|keep|keeping) (calling|ringing|phoning|emailing|messaging|writing|coming back|asking|demanding|repeating|sending|contacting|insisting|pressing|bringing up|raising)", 0.8),
        c(r"(already|previously|have|had) (answered|explained|told (him|her|them)|replied|responded|clarified) ~ (times|before|again|already|over|repeatedly|\d+)", 0.6),
        c(r"(explained|answered|told (him|her|them)|replied) ~ (many|several|multiple|countless|\d+|numerous|a dozen|five|ten) times", 0.9),
        c(r"(bombard|bombarded|bombarding|flood|flooded|flooding|spam|spammed|spamming|barrage)\w*", 0.8),
        c(r"(every|each) (hour|morning|half hour|few minutes|ten minutes|day) ~ (call|email|message|ring|phone|write|come|demand|ask)", 0.8),
        c(r"(called|rang|phoned|emailed) back (again|immediately|right away|within)", 0.6),
        c(r"(for the|this is the) (\d+(st|nd|rd|th)|fifth|sixth|seventh|eighth|ninth|tenth|twentieth|umpteenth) (time|call|email)", 0.45),
        c(r"(persistent|persistently|incessant|relentless) (calls|calling|emails|messages|demands|questions|complaints|inquiries)", 0.9),
        c(r"(refuses|refused|will not) to accept (the|our|my|any) (answer|explanation|response|decision)", 0.5),
    ],
    "punishment_demands": [
        c(rf"(fire|sack|dismiss|suspend|discipline|punish|demote|terminate|get rid of) {STAFF}", 1.0),
        c(r"(fire|sack|dismiss|suspend|discipline|punish|demote|terminate) (that|this|your|the|our|his|her) (\w+ ){0,2}(girl|guy|woman|man|clerk|cashier|agent|employee|staff|person|idiot|worker|lady|kid|proctor|receptionist|one|manager|operator|driver|nurse|doctor|teacher|tutor|waiter|waitress|server|technician|engineer|conductor|guard|housekeeper|porter|attendant|invigilator|stylist|pharmacist|bartender|barista|courier|member of staff|staff member)"),
        c(r"(gets|get|getting|is|be|are|been|being) (fired|sacked|dismissed|suspended|disciplined|punished|demoted|let go|struck off|reprimanded)", 0.7),
        c(r"(be|get|gets|is|are|been) (removed|taken off|pulled off|kicked off|banned|barred|moved|transferred) (from|off) (the|his|her|their|this|duty|work|the job|the rota|the desk|the counter|the case|my case|my account|frontline)", 0.8),
        c(r"(banned|barred|never allowed) from (\w+ing|working|serving|dealing with) ~ (again|ever again|anyone|customers)", 0.8),
        c(r"(get|have|want|see|make sure) (her|him|them|you|that \w+|the \w+|this \w+) (is |are |gets |get )?(fired|sacked|dismissed|suspended|disciplined|punished|demoted|terminated)"),
        c(r"(should|must|needs to|ought to|deserves to|has to) (be )?(fired|sacked|dismissed|suspended|disciplined|punished|demoted|lose (her|his|their|your) job)"),
        c(r"(lose|lost|losing) (her|his|their|your) (job|position|jobs)", 0.8),
        c(r"(never|not) work (here|in this industry|again|anywhere)", 0.8),
        c(r"(disciplinary action|disciplinary measures|punishment|pay cut|salary cut|cut (her|his) (pay|salary|bonus)|written up|write (her|him) up|penali[sz]e (her|him))", 0.8),
        c(r"(fired|sacked|dismissed|suspended|disciplined|punished) (immediately|today|right now|on the spot)", 0.9),
        c(r"(demand|demanded|demanding|wants|wanted|insisted|insisting) ~ (fired|sacked|dismissed|suspended|disciplined|punished|removed from|taken off)", 0.9),
        c(r"(heads will roll|someone has to pay|someone must be punished|someone needs to be punished|be held accountable personally)", 0.8),
        c(r"(fire|sack) (her|him|them)", 1.0),
        c(r"(fired|sacked)", 0.45),
    ],
    "language_nitpicking": [
        c(r"(my|her|his|our|the staff's|the agent's) (tone|tone of voice|wording|word choice|choice of words|phrasing|grammar|honorifics|keigo|politeness|pronunciation|accent|intonation|expressions?|greeting|way of speaking|manner of speaking|use of language|language|vocabulary|sentence endings?)", 0.5),
        c(r"(nitpick|nit-pick|nit pick|picked apart|picking apart|hair-splitting|splitting hairs|pedantic|every word|each word|word by word|word for word|every single word|every phrase|each phrase)\w*", 0.8),
        c(r"(corrected|correcting|criticised|criticized|criticising|criticizing|lectured|lecturing|complained about|complaining about|mocked|mocking|attacked|picked on|objected to|jumped on|harped on|fixated on|obsessed over|went on about) ~ (tone|wording|words|word choice|choice of words|phrasing|grammar|honorifics|keigo|politeness|language|pronunciation|accent|greeting|expression|the way i (said|spoke|talk|phrased)|how i (said|spoke|phrased|talk))", 1.0),
        c(r"(not|was not|is not|were not) (polite|respectful|humble) enough", 0.8),
        c(r"(say|said|repeat|repeated|start|started|do|redo|phrase|rephrase) (it|that|the (greeting|apology|sentence|whole thing)) (again|over|properly|correctly|the right way)", 0.6),
        c(r"(made|making|make|forced) (me|her|him|us) (to )?(repeat|redo|rephrase|re-say|say again|restate|reword)", 0.8),
        c(r"(use|speak|learn|talk in) (proper|correct|polite|real) (japanese|english|language|honorifics|keigo|words|grammar)", 0.9),
        c(r"(how dare you|who do you think you are) (say|use|speak|talk|call)", 0.5),
        c(r"(is that how you talk|is that how you speak|is that any way to speak|watch your (tone|language|mouth|words)|what kind of (language|wording|tone|japanese|english) is that|do not take that tone)", 0.8),
        c(r"(did not|does not|do not) (use|say) (sir|madam|ma'am|-sama|sama|honorifics|keigo|the proper)", 0.8),
        c(r"(slip of the tongue|misspoke|stumbled over|mispronounced|typo)", 0.45),
        c(r"(the word|the phrase|the expression) ['\"]?\w+", 0.45),
        c(r"(do not you dare|how dare you|never) (use|say|call me|write) (that|this|the) (word|phrase|expression|term)", 1.0),
        c(r"(choose|pick|mind|watch|think about) your words", 0.8),
        c(r"(rephrase|reword|re-word|re-phrase) (it|that|this|the (sentence|email|reply|message|letter))", 0.6),
        c(r"(stop|quit) (saying|using|writing) ['\"]", 0.7),
        c(r"(instead of|rather than|not) ['\"]?(dear sir|dear madam|dear mr|dear ms|sir|madam|mr|mrs|ms|sama|-sama|san|-san)\b", 0.8),
        c(r"(capitali[sz]ed|capitali[sz]ation|capital letter|lower case|lowercase|full stop|punctuation|spelling mistake|spelling error|grammar mistake|grammatical error|typos?|abbreviations?|comma|apostrophe|salutation|sign-off)", 0.45),
        c(r"(explanation|apology|justification|correction) for (each|every) (single )?(mistake|error|typo|word|sentence|line)", 0.9),
        c(r"(every|each) (single )?(error|mistake|typo) (corrected|fixed|pointed out|highlighted|explained)", 0.6),
        c(r"(opened|started|began|ended|signed off) (her|his|the|your|their) (reply|email|e-mail|letter|message|response) with ['\"]", 0.5),
        c(r"(is that how you (address|greet|talk to|speak to)|how you address (a|your) (customer|client|guest)|address me (as|properly|correctly)|call me (sir|madam|mr|mrs|ms))", 0.8),
    ],
    "out_of_hours_demands": [
        c(r"(after|outside|beyond|past) (business|office|working|opening|operating|our|normal|regular|support|service) ?(hours|time)", 0.9),
        c(r"(after|past) (closing|hours|close|we closed|midnight|\d+ ?pm)", 0.5),
        c(r"(late at night|middle of the night|midnight|in the night|at night|overnight|[0-9]+ ?am|at dawn|early morning|early hours|on (a |the )?(sunday|saturday|weekend|holiday|public holiday|day off|new year))", 0.4),
        c(r"(come|visit|go|drive|bring it|deliver it|drop by|stop by|show up) ~ (to )?(my|his|her|their) (house|home|place|apartment|flat|office|door|doorstep|address)", 0.9),
        c(r"(home visit|house call|visit (me|him|her) at (home|my home|his home|her home)|come over (tonight|now|today|right now))", 1.0),
        c(r"(meet|meeting|see) (me|him|her|us) ~ (in person|face to face|face-to-face|privately|outside|after (work|your shift|hours)|tonight|at (a|the) (cafe|station|restaurant|bar))", 0.7),
        c(r"(face-to-face|face to face|in-person|in person) (meeting|apology|explanation|talk|visit|discussion)", 0.5),
        c(r"(personal|private|cell|mobile|own|direct|home) (number|phone|phone number|mobile|line|line id|email|e-mail|contact|account|address)", 0.45),
        c(r"(call|phone|ring|contact|text|email|answer) (me|him|her) (back )?(tonight|at night|late|after (hours|work|closing|midnight)|on (the )?(weekend|sunday|saturday|holiday)|at ([1-5](:\d\d)? ?am|(10|11|12)(:\d\d)? ?pm|midnight)|whenever i|at any time|24/7|around the clock|any time)", 0.9),
        c(r"(stay|keep) (open|the (store|shop|office|counter|branch|line) open) (late|later|longer|past|after|for me|until)", 1.0),
        c(r"(open|opened|open up|reopen) (the (store|shop|office|counter|branch|centre|center)|up) (early|late|after|before|for me|on (sunday|saturday|a holiday))", 0.9),
        c(r"(extended|extra|special) (hours|opening|service hours)", 0.6),
        c(r"(24/7|around the clock|any time of (the )?day|day or night|at any hour)", 0.7),
        c(r"(demanded|demands|demanding|insisted|insists|wanted|wants|expected|expects) ~ (tonight|at night|right now|immediately|this evening|on (sunday|saturday|the weekend|a holiday)|after hours)", 0.45),
        c(r"(drive|come|go) (all the way )?(out )?(to|over to) (his|her|their) (house|home|place)", 1.0),
        c(r"(do not care|does not care|did not care|not my problem|i do not mind) (that |if |whether )?(you are|you were|it is|it was|the (store|shop|office|clinic|branch|centre|center) (is|was)|your (store|shop|office) (is|was)|you guys are) (closed|shut|off|not open|on holiday)", 1.0),
        c(r"(want|need|expect|demand|demanded|wants|wanted|expects|expected|send|sent) ~ (technician|engineer|someone|somebody|a person|staff|the manager|you|your \w+) (at|to|round to|over to|round at) (my|his|her|their) (flat|house|home|place|apartment|door|doorstep|office)", 0.8),
        c(r"(had to|has to|have to|must|should|would better|better) (stay|wait|remain|be there|still be there|keep the \w+ open) (behind|late|back|until|till|after|past|open|when)", 0.9),
        c(r"(stay|stayed|staying|wait|waited) (behind|late|back) (for (him|her|them|me)|until|till|after)", 0.7),
        c(r"(messaging|calling|texting|ringing|phoning|emailing|contacting|messages|calls|texts|rings) (them|me|her|him|us|staff|our \w+|the \w+) ~ (at|after|past|in the middle of the) (midnight|night|\d+ ?am|\d+ ?pm|the night|all hours|weekends|\d+ at night)", 0.9),
        c(r"(whatsapp|line|personal|private|mobile|home) (number|numbers|account|accounts|phone|phones)", 0.45),
        c(r"(on|at) (a |the )?(sunday|saturday|weekend|bank holiday|public holiday|christmas|new year) (night|evening|morning)", 0.5),
        c(r"(closed|shut|after hours|outside hours|day off|holiday) ~ (i do not care|do not care|does not matter|no excuse|so what|anyway)", 0.8),
    ],
    "trespass_noncompliance": [
        c(r"(entered|came into|came in to|walked into|went into|barged into|burst into|forced (his|her|their) way into|pushed (his|her|their) way into|sneaked into|snuck into|slipped into|wandered into|got into|went behind|came behind|walked behind|stepped behind|came round|came around|climbed over|jumped over|reached over) (the )?(back|staff|employee|employees'?|restricted|storage|stock|store ?room|stockroom|office|kitchen|exam|test|testing|break|rest|server|locker|changing|secure|private|counter|backroom|back room|back office|warehouse|staff-only)", 1.0),
        c(r"(staff only|staff-only|employees only|employees-only|authori[sz]ed personnel only|no entry|restricted area|off-limits|off limits|keep out|private area)", 0.9),
        c(r"(behind|over|into) the (counter|desk|partition|barrier|reception desk|register|till|rope)", 0.6),
        c(r"(without|with no) (permission|consent|authori[sz]ation|being (invited|allowed|asked))", 0.45),
        c(r"(ignored|ignoring|ignores|disregarded|disregarding|refused to (follow|obey|comply with|listen to)|did not (follow|obey|comply with|listen to)|would not (follow|obey|comply with|listen to)|defied|defying) ~ (instruction|instructions|warning|warnings|rules|rule|request|requests|directions|order|orders|signs?|procedures?|policy|guidance|the proctor|the staff|staff|me|us|security)", 0.9),
        c(r"(refused|refusing|would not|will not|did not) (to )?(show|present|provide|give|hand over) (his|her|their|any|an|a|the)? ?(id|identification|i\.d\.|photo id|ticket|passport|admission ticket|confirmation)", 0.9),
        c(r"(refused|refusing|would not|will not|did not) (to )?(put away|store|leave|hand over|turn off|switch off|remove|take off) (his|her|their|the)? ?(phone|bag|belongings|watch|smartwatch|jacket|hat|earphones|notes|device)", 1.0),
        c(r"(banned|barred|prohibited|told not to come back|asked not to come back|trespass notice) ~ (came back|returned|showed up|came in|walked in|still comes|kept coming|entered)", 1.0),
        c(r"(came back|returned|showed up again|kept coming back) ~ (banned|barred|despite being told|after being told|after we told)", 1.0),
        c(r"(trespass|trespassed|trespassing|broke in|break in|breaking in|intruder|intrusion)", 0.9),
        c(r"(kept|keeps|continued|continuing) (using|talking on|playing|filming|smoking|eating|drinking|walking around) ~ (after|despite|even though|although) ~ (told|asked|warned|instructed|signs?)", 0.9),
        c(r"(despite|after|even after|even though) (being |we |i )?(warned|told|asked|instructed|repeated warnings|several warnings|multiple warnings|our warnings|my warnings) ~ (continued|kept|still|carried on|went on|refused)", 0.8),
        c(r"(smoking|smoked|vaping) (in|inside) (the|our) (store|shop|office|lobby|building|restaurant|facility|test cent|waiting)", 0.8),
        c(r"(exam|test|testing) (room|area|hall|booth)", 0.3),
        c(r"(tailgat|piggyback|slipped through|sneaked through|snuck through|followed (a|another) (guest|resident|member|employee|staff member|student) through)\w*", 0.9),
        c(r"(key ?card|keycard|pass|badge|fob|authori[sz]ed|residents|guests|members|staff|employees|ticket ?holders) (access )?only", 0.8),
        c(r"(went|walked|came|headed|carried on|continued|wandered|pushed|marched|strode|barged) ~ (after|despite|even though|although) (we|i|staff|security|the \w+|my colleague|reception) (had )?(told|asked|warned|instructed|explained|said)", 0.9),
        c(r"(came|went|walked|got|stepped|barged|burst|marched|strode|wandered|straight|climbed|hopped|jumped) (round |around |over |right |straight )?(behind|into|through) (the )?(bar|kitchen|back|stockroom|stock room|store room|storeroom|office|staff room|staffroom|cockpit|staff area|back office|server room|pharmacy|dispensary|till area|counter|treatment room|consulting room|ward)", 1.0),
        c(r"(would|will|did) not stop (when|after|even when|even after|despite being|though) (asked|told|warned|instructed|we asked|i asked|staff asked|we told|i told)", 0.8),
        c(r"(asked|told|instructed|warned) (him|her|them) to (leave|stop|get out|step out|step back|go back|move) ~ (repeatedly|several times|again and again|many times|\d+ times|twice|three times|multiple times|and (he|she|they) (refused|ignored|would not|kept))", 0.8),
        c(r"(knocking on|trying|tried|opening|opened) (rooms|doors|room doors|other (rooms|doors)|every door|people's doors)", 0.6),
    ],
    "unauthorized_recording": [
        c(rf"(filming|filmed|films|film|recording|recorded|records|record|videoing|videoed|videotaping|videotaped|photographing|photographed|photographs|photograph|snapping|snapped|livestreaming|livestreamed|streaming|streamed|taping|taped) {STAFF}", 1.0),
        c(r"(filming|filmed|recording|recorded|videoing|videotaping|photographing|photographed|taking (photos|pictures|a photo|a picture|a video|videos|footage)|took (photos|pictures|a photo|a picture|a video|videos|footage|shots)|snapped (photos|pictures|a photo|a picture)) ~ (me|us|her|him|staff|my|our|patients|customers|other (customers|guests|patients|passengers)|children|kids|the (counter|test room|exam room|testing room|room|store|shop|office|facility|inside|back|desk|screen|monitor|staff|clerk|cashier|proctor|employee|badge|name tag|waiting room|waiting area|lobby|reception|receptionist|nurse|nurses|doctor|driver|guard|patients|customers|guests|kitchen|queue|ward|classroom|children|kids))", 1.0),
        c(r"(film|record|video|tape|stream|photograph) (it|this|that|the whole thing|you|her|him|them|us|everything) (on|with) (his|her|their|my|a) (phone|camera|mobile|smartphone|iphone)", 0.9),
        c(r"(it is|this is|that is|it was) a public (place|space|area|building)|(i have|he has|she has) (a|every) right to (film|record|take (photos|pictures))|(freedom|right) to (film|record)", 0.6),
        c(r"(pointed|pointing|held up|holding up|shoved|shoving|stuck|sticking|aimed|aiming|raised) (his|her|their|a) (phone|camera|smartphone|mobile|iphone|cellphone) (at|in|toward|towards|to) (me|my face|her|him|us|the staff)", 1.0),
        c(r"(live[- ]?stream|livestream|live[- ]?streaming|streaming (it|this|me|us|live)|went live|going live|broadcast(ing)? (live|it|me|us))\w*", 0.9),
        c(r"(secretly|covertly|without (my|our|her|his|their|permission|consent)|without asking|hidden camera|spy camera|hidden recorder|voice recorder|dashcam|body ?cam)", 0.45),
        c(r"(recording|recorded|record|taping|taped) (this|the|our|my) (call|conversation|phone call|talk|exchange|whole thing)", 0.7),
        c(r"(on (camera|video|tape|film)|caught (it|you|this) on (camera|video)|got it all on (video|camera|tape))", 0.55),
        c(r"(tiktok|youtube|instagram|insta|twitch) (video|live|stream|story)", 0.45),
        c(r"(phone|camera|smartphone) (out )?(recording|filming|pointed|rolling)", 0.8),
        c(r"(photos?|pictures?|video|footage|recording) of (me|us|her|him|the staff|staff|my colleague|the (counter|test room|exam room|room|office|inside|facility|badge|name tag))", 0.8),
    ],
    "discrimination": [
        c(r"(because|since|just because|only because) (i am|i'm|she is|he is|you are|they are|we are|of (my|her|his|your|their)) ~ (foreign|foreigner|a foreigner|not japanese|a woman|female|a girl|black|asian|chinese|korean|filipino|filipina|vietnamese|indian|nepali|brazilian|disabled|deaf|blind|gay|lesbian|trans|muslim|christian|buddhist|old|pregnant|accent|race|skin|nationality|religion|gender|disability|wheelchair|hijab|headscarf|turban|name|ethnicity|origin|sexuality|illness|sick)", 1.0),
        c(r"(go back to|get out of (my|our|this) country|back to your (own )?country|go home to|return to your country|your kind|your sort|people like you|dirty (foreigner|immigrant)|gaijin|chink|jap|paki|n-word|wetback|monkey|illegal alien|fresh off the boat)", 1.0),
        c(r"(racist|racial|racially|sexist|homophobic|transphobic|xenophobic|ethnic|religious|misogynist|ableist)(ly)? ~ (slur|slurs|remark|remarks|comment|comments|abuse|abused|insult|insults|jokes?|names?|language|attack|harass)", 1.0),
        c(r"(racism|racist|sexism|sexist|discriminat|xenophob|homophob|prejudice|bigot|slur)\w*", 0.8),
        c(r"(want|wanted|demanded|demanding|asked for|insisted on|get me|bring me|let me speak to|let me talk to|give me|put me through to) ~ (a|an|someone|somebody|the) ~ (japanese|english|native|real|proper|white|local) (person|speaker|staff|employee|agent|one|man|woman|guy|manager)", 0.9),
        c(r"(want|wanted|demanded|demanding|asked for|insisted on|get me|bring me|speak to|talk to|give me) (a|an|some) (man|male|guy|grown-up|adult|older|man instead|real man)\b", 0.8),
        c(r"(a woman|women|a girl|girls|a foreigner|foreigners|immigrants|old people|disabled people|cripples) (can not|could not|should not|should|do not|are too|are not|is not|are all|never|always|belong)", 0.9),
        c(r"(mocked|mocking|made fun of|imitated|imitating|mimicked|mimicking|laughed at|ridiculed) (my|her|his|their) (accent|disability|stutter|stammer|wheelchair|hearing aid|appearance|name|skin|hijab|religion|nationality|english|japanese|voice|limp)", 1.0),
        c(r"(where are you (really )?from|what country are you from|are you (even )?japanese|are you a foreigner|you are not (even )?japanese|not even japanese)", 0.7),
        c(r"(foreigner|foreigners|foreign staff|foreign worker|foreign workers|non-japanese|immigrant)", 0.45),
        c(r"(your|her|his) (accent|skin colou?r|race|nationality|religion|ethnicity|disability|illness|gender|sexuality|hijab|headscarf)", 0.45),
        c(r"(can you even speak|learn to speak|do you even speak|you can not (even )?speak) ~ (japanese|english)", 0.8),
        c(r"(do not|did not|does not|would not|will not|refuse to|refused to|refusing to|not going to) (want to )?(be )?(served|helped|seen|treated|dealt with|spoken to|examined|touched|handled) by (a|an|that|some|this|the|one of those|any) (foreigner|foreigners|immigrant|migrant|woman|women|girl|black|asian|chinese|indian|muslim|gay|disabled|old|foreign|non-japanese|non-english|brown|african|filipino|korean|pakistani|arab|person who|someone who)", 1.0),
        c(r"(someone|somebody|a person|an employee|staff|a doctor|a nurse|an agent) (who was|who is|that was|that is|actually) (born|raised|from) (here|in this country|in japan|in england|in britain|in america|locally)", 0.8),
        c(r"(speaks|speak|speaking) (proper|real|normal|decent|correct) (english|japanese)", 0.6),
        c(r"(go back to|go home to|back where) (your|you) (own )?(country|came from|belong)", 1.0),
    ],
    "sexual_harassment": [
        c(r"(touched|touching|touches|groped|groping|gropes|fondled|fondling|rubbed|rubbing|stroked|stroking|caressed|patted|pinched|slapped|grabbed|brushed against) (my|her|his) (butt|bottom|behind|backside|ass|breast|breasts|chest|thigh|thighs|leg|legs|waist|hip|hips|body|buttocks|crotch|hair|face|lower back)", 1.0),
        c(r"(sexual|sexually|sexualised|sexualized|harass(ed|ing|ment) me sexually|sexual harassment|indecent|lewd|obscene|dirty (jokes?|comments?|remarks?|talk|messages?|texts?|old (man|men)|looks?|minded|pictures?|photos?|questions?)|crude|vulgar|explicit|pervert|perverted|creep|creepy|leering|leered|ogling|ogled|undressing me with)(?! (room|floor|toilet|bathroom|sheets|towels|cups|plates|dishes|table|kitchen|carpet|linen|cutlery|glasses|water|clothes|car|shoes))", 0.7),
        c(r"(asked|asking|asks|wanted|wants|kept asking|pressed|pressuring|pestered|pestering) (me|her|my colleague|the staff|the cashier|the receptionist)? ?(out|on a date|for a date|to (go out|dinner|a drink|drinks|his place|a hotel|a bar)|to date|to be his girlfriend|if (i|she) (was|am|is|were) (single|married|seeing)|whether (i|she) (have|has|had) a boyfriend)", 1.0),
        c(r"(date|dating|go out|sleep|hook up|spend the night) (with )?(me|him)", 0.6),
        c(r"(comments?|remarks?|jokes?|questions?|compliments?) (about|on) (my|her) (body|looks|appearance|breasts|chest|legs|figure|weight|lips|skirt|underwear|bra|sex life|love life|boyfriend)", 1.0),
        c(r"(waited|waiting|waits|was waiting|lingering|lurking|hanging around|hangs around|loitering|standing around) ~ (outside|by the (exit|door|staff entrance|back door)|after (my|her|our) shift|after work|in the (car park|parking lot|parking)|at the station|near (the|my|her) (exit|home|station))", 0.9),
        c(r"(followed|following|follows|trailed|tailed) (me|her|my colleague|the staff|one of (our|my|the) \w+|our \w+|my \w+|a \w+|the \w+|staff) ~ (home|to (the|my|her|their|his) (station|car|house|home|train|bus|bus stop|stop|flat|apartment|platform|bike|street|door)|to her|out|after (work|my shift|her shift|their shift|closing)|around)", 1.0),
        c(r"(outside|by|near|at|around) (the|our) (staff entrance|staff exit|back door|employee entrance|staff car park|staff parking|rear exit|stage door)", 0.5),
        c(r"when (our|my|her|the|their) (evening |night |late |early |morning )?(shift|shifts) (ends|end|finishes|finish|ended|finished|is over)", 0.5),
        c(r"(stalk|stalked|stalking|stalker|stalks)", 1.0),
        c(r"(sexy|hot|beautiful|pretty|cute|gorgeous|nice legs|nice body|nice figure|good figure|your body|great body|big breasts)", 0.45),
        c(r"(are you|is she) (single|married|seeing anyone|taken|available)|(do|does) (you|she) have a boyfriend", 0.8),
        c(r"(kiss|kissed|hug|hugged|embrace|embraced) (me|her)", 0.8),
        c(r"(sent|showed|shows|sending) (me|her)? ?(nude|naked|explicit|dirty|obscene|indecent) (photos?|pictures?|images?|messages?|videos?)", 1.0),
        c(r"(leaves|left|slipped|gave|handed) (me|her) (his|a) (phone number|number|love letter|note with his number|business card with)", 0.8),
        c(r"(love letter|love letters|proposition|propositioned|flirt|flirted|flirting|advances|come-on|come on to me|hit on (me|her)|hitting on (me|her))", 0.8),
        c(r"what are you wearing|what (colour|color) (is|are) your (underwear|knickers|bra|panties)|send (me )?(nudes|a nude|a sexy|something sexy)", 1.0),
        c(r"send (me )?(a |some )?(pic|pics|photo|photos|picture|pictures|selfie|selfies)(?! of (him|her|them|it|the|your (receipt|order|item|parcel|product|ticket|id)))", 0.6),
        c(r"(sound|sounds|sounded|look|looks|looking|looked|smell|smells) (so |really |very )?(cute|hot|sexy|pretty|beautiful|gorgeous|lovely|fit|delicious)", 0.8),
        c(r"(so|really|very|super) (cute|hot|sexy|pretty|beautiful|gorgeous)", 0.6),
        c(r"(hun|honey|sweetheart|babe|baby girl|sweetie|sexy|darlin|love muffin)", 0.35),
        c(r"(put|placed|rested|ran|slid|laid|kept|pressed) (his|her|a) (hand|hands|arm|fingers) (on|around|over|up|along|across|down) (my|her) (lower back|back|waist|hip|hips|thigh|thighs|leg|legs|knee|bottom|shoulder|shoulders|bum|butt|chest|neck|hair|face)", 1.0),
        c(r"(come|coming|come up|pop up|pop over) (up )?to (my|his) (room|hotel room|suite|cabin|bedroom|bed)", 1.0),
        c(r"(whether|if) (she|you|he) (is|are|was|were|has|have) (married|single|seeing anyone|taken|available|in a relationship|a boyfriend|a girlfriend|a partner)", 0.8),
        c(r"(will|would|i will|i would) (forget|drop|forget all) (about )?(the|my) (refund|complaint|issue|fine|charge) if", 0.6),
    ],
    "online_defamation": [
        c(r"(post|posting|posted|posts|put|putting|write|writing|wrote|spread|spreading|spreads|share|sharing|shared|upload|uploaded|uploading|tweet|tweeted|tweeting|publish|published|publishing|blast|blasting|blasted|broadcast|plaster|plastered|leak|leaked|air|expose|exposing|exposed) ~ (online|on line|internet|on the (net|web)|social media|sns|twitter|x\.com|on x|facebook|fb|instagram|insta|tiktok|youtube|google|yelp|reddit|line|review site|reviews? sites?|my blog|his blog|her blog|blog|forum|message board|5ch|2ch|everywhere|the world)", 0.9),
        c(r"(fake|false|made-up|made up|defamatory|malicious|lying|dishonest|bogus|fabricated|slanderous|libellous|libelous|untrue) (reviews?|posts?|comments?|rumou?rs?|accusations?|stories|story|claims?|information|info|tweets?|ratings?|allegations?)", 1.0),
        c(r"(slander|slandered|slandering|slanderous|libel|libelled|libeled|libelous|libellous|defame|defamed|defaming|defamation|defamatory|smear|smeared|smearing|rumou?rs?|lies about)", 0.8),
        c(r"(go|goes|went|make (it|this)|making (it|this)) viral", 0.9),
        c(r"(ruin|ruined|ruining|destroy|destroyed|destroying|damage|damaged|damaging|trash|tank|tanking|wreck) (your|the|her|his|their|our|this) (company's |store's |shop's |business' )?(reputation|name|business|company|store|shop|brand|rating|ratings|image|career)", 0.8),
        c(r"(one-star|one star|1-star|1 star|zero-star|zero star|0 star|bad|terrible|awful|negative|scathing|horrible|nasty|worst) (reviews?|ratings?|comments?)", 0.45),
        c(rf"({NUM_MANY}|a flood of|flood|flooding|flooded|spam|spamming|bombing|bomb) (of )?(bad |negative |fake |one-star |1-star )?(reviews|posts|comments|ratings)", 0.9),
        c(r"(multiple|fake|sock ?puppet|alt|dummy|several|different) accounts", 0.8),
        c(r"(name and shame|naming and shaming|call (you|her|him|them) out (online|publicly|on))", 1.0),
        c(r"(review|reviews|review site|yelp|google maps|google reviews|tripadvisor|tabelog|twitter|facebook|instagram|tiktok|youtube|social media|sns|internet|online|blog|forum)", 0.3),
        c(r"(everyone|the whole world|all my followers|my followers|thousands of people|the internet) (will|is going to|gonna) (know|see|find out|hear)", 0.9),
        c(r"(followers|subscribers|influencer|viral|trending|hashtag)", 0.45),
        c(r"(false|untrue|fake|made-up) (information|statements?|claims?)", 0.8),
        c(r"(review|reviews|post|posts|posted|comment|comments|tweet|tweeted|video|story|stories|thread|status|message) ~ (saying|claiming|claimed|claims|accusing|accused|alleging|alleged|calling|that says|which says|that claims|which claims|said) ~ (stole|steal|steals|stealing|theft|thief|thieves|scam|scammer|scamming|fraud|fraudster|con artist|conned|cheat|cheated|cheating|criminal|assault|assaulted|abused|abusive|racist|drunk|liar|lied|overcharg\w*|rip-off|ripped|poisoned|molested|harassed|touched)", 1.0),
        c(r"(that never happened|this never happened|it never happened|never happened|did not happen|is completely false|is false|is untrue|totally untrue|not true at all|no truth (in|to) it|cctv shows|footage shows|cameras show|the cctv|on cctv)", 0.45),
        c(r"(is|are|was) a (known|total|complete|notorious|proven) (thief|scammer|fraud|crook|con artist|liar|criminal|pervert|racist|predator|abuser|drunk|cheat)", 0.8),
        c(r"(known|notorious|total) (thief|thieves|scammer|scammers|fraud|crook|con artist|liar|criminal|pervert|predator|cheat)", 0.6),
        c(r"(share|spread|repost|retweet|pass on|boost) (this|it|the word|the post|far and wide)|please share|share widely|spread the word", 0.6),
        c(r"(avoid (her|him|them|this (place|shop|store|branch|clinic|salon|company))|stay away from (her|him|this)|do not go (here|there|to this)|never go (here|there)|warn(ing)? (others|everyone|you all))", 0.45),
        c(r"(psa|public service announcement|heads up everyone|beware)", 0.45),
        c(r"(reposts|retweets|shares|went viral|gone viral|going viral)", 0.6),
        c(r"(left|wrote|posted|put up) (a|an|several|multiple|two|three) (google |yelp |tripadvisor |facebook |online )?(review|reviews|post|posts|comment) ~ (saying|claiming|accusing|calling|naming)", 0.7),
    ],
    "privacy_violation": [
        c(r"(demand|demanded|demanding|demands|asked for|asking for|asks for|wanted|wants|insisted on|insisting on|kept asking for|pressed for|pressed me for|tell me|give me|what is|what's|need|needs|get) ~ (my|her|his|your|the staff member's|the staff's|the employee's|the agent's|the clerk's|the proctor's|their) (full name|real name|first name|surname|last name|family name|home address|address|personal phone|personal number|personal mobile|private number|mobile number|cell number|cell phone number|phone number|number|home phone|personal email|private email|line id|instagram|facebook|social media|family|age|date of birth|birthday|where (i|she|he) (live|lives)|which station|nearest station|schedule|shift)", 0.9),
        c(r"(full name|real name|home address|personal information|personal info|personal details|personal data|private information|private details|personal contact|personal address)", 0.6),
        c(r"(post|posting|posted|put|putting|share|sharing|shared|spread|spreading|publish|published|leak|leaked|expose|exposed|exposing|upload|uploaded|plaster|plastered|reveal|revealed|tweet|tweeted) ~ (my|her|his|the staff's|staff|employee's|employees'|our staff's|the clerk's|the agent's|their|your|the proctor's|my colleague's) ~ (name|full name|real name|photo|photos|picture|pictures|face|address|number|personal information|details|identity|name tag|badge|id)", 1.0),
        c(r"(name|names|full name|face|photo|photos|picture|pictures|address) (online|on (twitter|x|facebook|instagram|tiktok|youtube|the internet|social media|sns|line|his channel|her channel|a forum|the web))", 0.9),
        c(r"(found|looked up|tracked down|dug up|found out|discovered|searched for|stalked|got hold of|obtained) (my|her|his|our staff's|the staff's|our|their|the \w+'s|our \w+'s|my colleague's) (personal |private |own |home |work |real |direct )?(address|home|house|facebook|instagram|account|profile|family|social media|linkedin|phone number|number|kids|children|school)", 1.0, "high"),
        c(r"(doxx|doxxed|doxxing|doxing|doxed|dox)", 1.0, "high"),
        c(r"(photo|photographed|picture|took a picture of|snapped|wrote down|copied down|noted down|memori[sz]ed|read out) (of )?(my|her|his|the) (name tag|name badge|badge|id card|staff id|lanyard|name plate|nameplate)", 0.9),
        c(r"(name tag|name badge|nameplate|name plate|staff id|badge number)", 0.35),
        c(r"(where (do|does) (you|she|he) live|which station do you use|what time do you (finish|get off)|when (does|do) (your|her|his) shift end|what time (does|do) (she|he|you) (finish|leave))", 0.8),
        c(r"(want|wants|wanted|demand|demanded|demanding|demands|asked for|asking for|asks for|insisted on|need|needs|give me|tell me|get me) ~ (the|a|her|his|their) (home address|address|phone number|number|full name|real name|surname|last name|personal number|mobile number|personal email|contact details|home phone) of (the|your|that|this|our|my|a) ", 1.0),
        c(r"(what time|when|which days?|where|what days?) (she|he|you|they|the \w+|dr \w+) (usually |normally |typically |always )?(leaves|finishes|works|parks|lives|gets off|clocks off|starts|goes home|arrives|walks home|catches)", 0.8),
        c(r"(posted|shared|uploaded|put|spread|circulated) (a |his |her |their )?(photo|picture|pic|video|name|photos|pictures|videos) of (my|our|the|a|your) (\w+ )?(staff|colleague|coworker|employee|conductor|driver|nurse|doctor|cashier|clerk|agent|receptionist|stylist|waiter|waitress|server|technician|engineer|manager|guard|teacher|tutor|pharmacist|operator|attendant|housekeeper|proctor)", 1.0),
        c(r"(people|users|commenters|they|followers) (are|were|have been|started) (naming|identifying|tagging|tracking down|looking up) (him|her|them|our|the)", 0.8),
        c(r"(posted|shared|put|dropped) (a )?link to (my|her|his|their|our staff's) (profile|account|instagram|facebook|page)", 1.0),
        c(r"(personal|private) (instagram|facebook|account|profile|tiktok|twitter|social media|linkedin)", 0.6),
        c(r"(dm'd|dmed|dm-ed|messaged|followed|added) (me|her|him|them) (on|via) (my|her|his|their) (personal|private|own)", 0.8),
    ],
    "unreasonable_demands": [
        c(r"(compensation|compensate|damages|reparations|indemnity)", 0.35),
        c(r"(consolation money|solatium|hush money|money for my (feelings|suffering|trouble)|apology money|go away money|something for my trouble)", 0.8),
        c(r"(demand|demanded|demanding|demands|insisted on|insisting on|wants|wanted|expects|expected) ~ (compensation|damages|reparations|payout|pay out)", 0.6),
        c(r"(compensat\w*|pay|paid|reimburse\w*|money) (me )?(for (my|the|his|her|their) )?(time|trouble|inconvenience|suffering|stress|emotional distress|mental distress|mental anguish|pain|hassle|humiliation|wasted day|lost wages|lost income|travel|transport)", 0.5),
        c(r"(mental|emotional) (distress|anguish|suffering|damage|harm|trauma)", 0.6),
        c(r"(refund|money back|replacement|exchange) ~ (plus|and also|as well as|on top of|in addition|and then|and extra|and a|and an|and the) ~ (compensation|extra|bonus|damages|gift|voucher|coupon|free|cash|money|more|another|second|upgrade|apology money)", 0.9),
        c(r"(demanded|demanding|demands|wants|wanted|insisted on|insisting on|asked for|asking for|expects|expected) ~ ([¥$€£]\s?\d|\d[\d,]* ?(yen|dollars?|pounds?|euros?|usd|jpy|man-en)|\d+ (thousand|million|hundred thousand)|ten thousand|a hundred thousand|a million|a fortune|cash|money|a lifetime|free|for free|for nothing|everything|the (whole|entire) (amount|course|year)|double|triple|twice|three times|ten times)", 0.8),
        c(r"([¥$€£]\s?\d[\d,]*|\d[\d,]* ?(yen|dollars))", 0.3),
        c(r"(for free|free of charge|at no (cost|charge)|for nothing|without paying|free for life|lifetime (free|discount|membership)|free (upgrade|replacement|retake|re-take|resit|course|year|month|meal|room|service))", 0.5),
        c(r"(an exception|exceptions|special treatment|special exception|special favour|special favor|bend the rules|break the rules|bend (your|the) (rules|policy)|make an exception|above the rules|jump the queue|skip the (line|queue)|vip treatment)", 0.8),
        c(r"(let|allow|permit) (me|him|her|them|the candidate) (to )?(take|sit|retake|enter|in|into|skip|start|begin|continue|use|bring) ~ (even though|although|despite|without|late|after the|past the|after it|regardless|anyway)", 0.9),
        c(r"(retake|re-take|resit|re-sit|redo|reschedule|re-exam|re-test|retest) ~ (free|for free|without (a |any |the )?(fee|charge|cost|paying)|no charge|no fee|at no cost|immediately|today|right now)", 0.8),
        c(r"(pass|passed) (me|him|her) (anyway|regardless)|(change|raise|adjust|fix|bump up|correct) (my|his|her|the) (score|result|results|grade|marks|mark)", 0.9),
        c(r"(unreasonable|impossible|unrealistic|absurd|outrageous|excessive|ridiculous|unfeasible|irrational|unjustified|unfounded|baseless|extortionate|exorbitant) (demand|demands|request|requests|claim|claims|conditions|sum|amount)", 0.9),
        c(r"(demand|demanded|demanding|demands|insisted|insisting|insists) ~ (immediately|right now|today|on the spot|this instant|at once)", 0.35),
        c(r"(cash|money|gift card|gift cards|voucher|vouchers|coupon|coupons|points|discount) (instead|as (an )?(apology|compensation|a sign of sincerity)|to make up|for (my|the) (trouble|inconvenience))", 0.8),
        c(r"(used|wore|worn|had|owned|broke|damaged) (it|them|the \w+) ~ (for )?(a year|two years|years|months|\d+ (months|years)|himself|herself|themselves)", 0.45),
        c(r"(extort|extortion|extorted|shakedown|shake down|blackmail|blackmailed|blackmailing)", 1.0),
        c(r"(show|prove) (your|some|us your) (sincerity|good faith)|sincerity", 0.6),
        c(r"(demanded|demanding|demands|wanted|wants|insisted|insists|expected|expects|asked) ~ (deliver|personally deliver|hand-deliver|hand deliver|bring|courier|rush|express) ~ (today|tonight|immediately|within the hour|right now)", 0.5),
        c(r"(hold|delay|stop|hold back|keep) the (next |last |\d+:\d+ |whole )?(train|bus|flight|departure|plane|ferry|service|show|exam|class|boat|coach|lift|elevator)", 0.8),
        c(r"upgrade (me|us|them|all|her|him|everyone|the whole|my) ~ (first class|business class|business|a suite|premium|for free|at no cost|free)", 0.8),
        c(r"(wipe|reset|delete|erase|undo|reverse|restore) (and reset |and restore )?(his|her|their|my|the) (course |account |exam )?(progress|history|record|records|results|score|scores|attempts|data)", 0.6),
        c(r"(goodwill gesture|gesture of goodwill|as a one-off|one-time exception|one off exception) ~ (again|every time|another|keep|kept|more)", 0.6),
        c(r"(i pay for|i am paying for|i paid for) (premium|vip|gold|platinum|the best|your salary|your wages)", 0.45),
        c(r"(wants|wanted|demanded|demanding|demands|expects|expected|insisted|insists|told) (us|me|the store|the shop|the company|you|them|the hotel|the airline|her|him) (to )?(pay|cover|reimburse|foot the bill) (for )?(his|her|their|my|the) (taxi|cab|dinner|meal|meals|hotel|fuel|petrol|gas|parking|lunch|travel|time|day off|lost wages|train fare|uber|babysitter|holiday|drinks)", 0.9),
        c(r"(compensation|apology|goodwill|sorry) (voucher|gift card|payment|cash|money|bonus)", 0.7),
    ],
}

JA: dict[str, list[Cue]] = {
    "physical_assault": [
        c(r"(殴ら|殴っ|殴り|殴る|なぐら|なぐっ|ぶたれ|ぶん殴|叩か|叩い|たたか|たたい|蹴ら|蹴っ|蹴り|蹴る|突き飛ば|押し倒|押し飛ば|突き倒|小突|平手打ち|ビンタ|びんた|張り手|頭突き|体当たり|羽交い締め|首を絞|首を締|つねら|噛みつ|噛まれ)", 1.0),
        c(r"(胸ぐら|胸倉|襟首|襟元|腕|手首|肩|髪|髪の毛|手|服|制服|ネックストラップ)(を|が)…(掴|つか|引っ張|ひっぱ|ねじ|捻|握ら)", 1.0),
        c(r"(物|商品|書類|コップ|カップ|飲み物|ペン|ボールペン|財布|スマホ|携帯|バッグ|かばん|カバン|鞄|灰皿|椅子|イス|いす|受験票|ボトル|ペットボトル|缶|トレー|お釣り|小銭|硬貨|釣り銭|本|教材|資料|ファイル|パンフレット)(を|が)…(投げ|ぶつけ|叩きつけ|放り投げ)(?!るように|るよう|るみたい|るかのよう|る感じ)", 1.0),
        c(r"(投げつけ|投げ付け|ぶつけられ|ぶつけてき|叩きつけ)", 0.8),
        c(r"(唾|つば|ツバ)を(吐|はき|かけ)", 1.0),
        c(r"(暴力|暴行|乱暴|手を上げ|手をあげ|手を出(?!して(い|る)|している|してる)|つかみかか|掴みかか|殴りかか|襲いかか|襲わ|襲っ|飛びかか)", 0.9),
        c(r"(怪我|けが|ケガ|負傷|出血|流血|打撲|骨折|あざ|アザ|痣|捻挫|突き指|病院に運|救急車)", 0.8),
        c(r"(壊さ|壊し|壊れるまで|壊して|破壊|叩き割|割られ|割っ|蹴破|蹴飛ば|ひっくり返|倒され|倒し|へこま|凹ま|破られ|破っ|傷つけ)", 0.7),
        c(r"(机|テーブル|カウンター|パーテーション|アクリル板|パネル|モニター|画面|ドア|扉|ガラス|窓|看板|椅子|イス|端末|パソコン|PC|レジ|棚|ゴミ箱|備品)(を|が)…(壊(?!れ)|蹴|殴|叩き割|割(?!れ)|倒(?!れ)|破(?!損|れ)|投げ|ひっくり)", 0.9),
        c(r"(刃物|ナイフ|包丁|カッター|凶器|バット|ハサミ|はさみ)(を|で|が)?…(出|取り出|振り回|突きつけ|向け|持って|構え|見せ)", 1.0),
        c(r"(物|もの|モノ)に当たる", 0.6),
        c(r"(手が出そう|手を出しそう|殴りそう|殴ろうと|叩こうと|蹴ろうと)", 0.6),
        c(r"(踏みつけ|踏み付け|踏まれ|踏んづけ|踏んで|叩き落と|たたき落と|はたき落と|払いのけ|払い除け|振り払|突き落と|引きずり|押しのけ|押し退け)", 0.9),
        c(r"(軽傷|重傷|全治|けがを負|怪我を負|ケガを負|手当て|診断書)", 0.8),
    ],
    "verbal_abuse": [
        c(r"(バカ|ばか(?!り|ばかし)|馬鹿|ﾊﾞｶ|アホ|あほ|阿呆|ボケ|ぼけ|マヌケ|間抜け|まぬけ|カス|(?<![動生活ぁ-ん])かす(?![ぁ-ん])|クズ|くず|屑|ゴミ(?!箱|袋|出し|捨て)|(?<![ぁ-ん])ごみ(?![箱袋])|役立たず|やくたたず|能無し|脳なし|のうなし|無能|低能|ポンコツ|ぽんこつ|給料泥棒|税金泥棒|ブス|ハゲ|デブ|キモい|きもい|気持ち悪い女|気持ち悪い男|ばばあ|ババア|ジジイ|じじい|ガキ|うすのろ|ノロマ|のろま|頭悪|頭が悪|頭おかし|頭がおかし|脳みそ|能力がない|(?<![がもをはで])使えな(い|え)|(?<![がもをはで])つかえない|使えねえ|使えねー|役に立たない|人間のクズ|社会のゴミ|死ね|(?<![ぁ-ん])しね(?![ぁ-ん])|氏ね|くたばれ|消えろ|きえろ|失せろ|うせろ|黙れ|だまれ|生きてる価値|存在価値|恥を知れ|お前なんか)", 1.0),
        c(r"(暴言|罵声|罵倒|罵ら|ののしら|ののしっ|罵詈雑言|侮辱|侮蔑|人格否定|人格を否定|人格攻撃|悪口|悪態|汚い言葉|ひどい言葉|酷い言葉|ひどいことを言|酷いことを言|ひどいことばかり|蔑|見下|馬鹿にさ|バカにさ|ばかにさ|馬鹿にし|バカにし|ばかにし|けなさ|貶さ|けなし|貶し|嘲笑|嘲|なじら|なじっ|さげすま)", 0.9),
        c(r"(怒鳴|どなら|どなっ|どなり|怒号|大声で…(怒|罵|叫|責|わめ|喚)|叫ば|叫び続|わめか|わめき|喚か|喚き|がなり|恫喝)", 0.8),
        c(r"(大声|大きな声|声を荒らげ|声を荒げ|きつい口調|強い口調|乱暴な言葉|乱暴な口調|威圧的な口調)", 0.35),
        c(r"(お前|おまえ|オマエ|てめえ|てめぇ|テメエ|テメー|てめー|貴様|きさま)", 0.45),
        c(r"(ふざけんな|ふざけるな|ふざけてんのか|なめてんのか|なめんな|舐めてん|舐めんな|なめやがって|何様|ぶざけ)", 0.4),
        c(r"(それでも(プロ|社会人|大人|人間)|小学生(以下|でも)|子供(以下|でも)|猿でも|サルでも|中学生でも|幼稚園児)", 0.9),
        c(r"(辞めちまえ|やめちまえ|やめてしまえ|辞めてしまえ)", 0.7),
    ],
    "threats_intimidation": [
        c(r"(殺す|殺すぞ|殺してやる|ころす|コロス|ぶっ殺|ぶっころ|殺され|殺害|刺す|刺してやる|刺すぞ|刺され|殺しに|命はない|生きて帰れ|埋めるぞ|埋めてやる)", 1.0),
        c(r"(火をつけ|火を付け|放火|燃やして|燃やすぞ|爆破|爆弾|ガソリン|灯油(を|まい))", 1.0),
        c(r"(覚えてろ|覚えとけ|おぼえてろ|おぼえとけ|ただじゃ(済|す)ま|ただでは(済|す)ま|タダじゃ(済|す)ま|ただで(済|す)むと|タダで(済|す)むと|ただじゃおかな|ただではおかな|後悔(する|させ|するぞ|させてやる)|どうなっても知らな|どうなるか(わか|分か)|痛い目|夜道に気をつけ|夜道には気をつけ|背中に気をつけ|家族がどうなって|無事で(済|す)む|覚悟しろ|覚悟しとけ|覚悟しておけ|首を洗って|落とし前|ケジメ|けじめ|次はない|このままで(済|す)むと|黙ってない|黙っていない|黙ってねえ)", 1.0),
        c(r"(脅さ|脅し|脅迫|脅かさ|脅か|おどさ|おどし|おどか|恫喝|威圧|威嚇|凄ま|すごま|凄んで|すごんで|凄み|すごみ|ドスの効い|ドスのきい|詰め寄|つめよ|にじり寄|睨みつけ|にらみつけ|睨まれ|にらまれ|睨み続|にらみ続|ガン(を)?飛ば|メンチを切)", 0.9),
        c(r"(机|テーブル|カウンター|窓口|台|壁|ドア|扉|ガラス|アクリル板|パーテーション)(を|に)…(叩|たた|殴|蹴|バン|ドン|拳|こぶし|どんどん|ドンドン|ばんばん|バンバン)", 0.9),
        c(r"(拳を振り上げ|こぶしを振り上げ|拳を握|こぶしを握|手を振り上げ|殴るぞ|殴ってやる|ぶん殴るぞ|蹴るぞ|やってやる|やっちまう|しばくぞ|しばいたろか|いてまう|いてこます)", 1.0),
        c(r"(住所|家|自宅|勤務先|職場|家族|最寄り駅|最寄駅)(は|も|を|くらい|ぐらい|の場所|なんて)…(知って|存じ|すぐわか|すぐ分か|調べ|分かって|わかって|突き止め|特定)", 0.9),
        c(r"(待ち伏せ|出待ち|帰り道|帰りを待|外で待って|駐車場で待)", 0.5),
        c(r"(出るところに出|出る所に出|訴え(てやる|るぞ|る|ます)|裁判(に|を)(する|起こ|してやる)|弁護士(を|に)(立て|頼|相談す|入れ))", 0.45),
        c(r"(ヤクザ|やくざ|暴力団|組の者|その筋|知り合いに(ヤクザ|やくざ|警察|議員|記者|マスコミ|弁護士)|議員(を|に)知り合い|マスコミに(言|流|売|通報|たれ)|週刊誌|記者(を|に))", 0.7),
        c(r"(怖かった|怖くて|怖い思い|恐怖|恐ろしかった|おびえ|怯え|身の危険|震え|萎縮|委縮|怖がっ)", 0.45),
        c(r"(強要|圧力|高圧的|威圧的|脅迫的|攻撃的|喧嘩腰|けんか腰)", 0.5),
        c(r"(殴る|殴られ|刺さ)(ぞ|かも|ような)", 0.8),
        c(r"(どうなるか見てろ|見てろよ|見とけよ|思い知らせ|わからせてやる|分からせてやる|許さない|許さねえ|許さんぞ|絶対に許さ)", 0.6),
        c(r"(ただじゃ|ただでは|タダじゃ|タダでは)(おか|置か|すま|済ま)(ね|ん|ない|ねえ)", 1.0),
        c(r"どうなっても(知ら|しら)(ね|ん|ない)", 1.0),
        c(r"(無事に|無事で|安全に)…(帰宅|帰れ|帰れる|過ごせ|済む|いられ|働け)…(いい|よろしい|良い|祈|願)", 1.0, "high"),
        c(r"(しかるべき|然るべき|その筋|怖い|強面|こわもて|荒っぽい|血の気の多い)(筋の|人|方|方々|連中|仲間|知り合い|友人|者)", 0.8),
        c(r"(私|俺|僕|わたし|自分)ほど(穏やか|優しく|やさしく|甘く|紳士的|大人しく|おとなしく)(では|じゃ|な)", 1.0, "high"),
        c(r"(調べれば|調べたら|調べりゃ)…(わか|分か|すぐ|出てく)", 1.0, "high"),
        c(r"(調べたる|調べてやる|調べ上げてやる|調べ上げたる|突き止めてやる|突き止めたる|特定してやる|特定したる|探し出してやる|見つけ出してやる)", 1.0, "high"),
        c(r"(隠しても|逃げても|隠したって|逃げたって)…(無駄|むだ|調べ|わか|分か|見つけ|探し)", 0.9),
        c(r"(顔|名前|お前の顔|あんたの顔|お前の名前|あんたの名前|ナンバー)(は|を|も)?(覚えた|覚えとく|覚えておく|覚えたぞ|覚えてる|おぼえた|しっかり覚え|控えた)(から|ぞ|ぜ|な|よ)", 0.9, "high"),
    ],
    "coerced_apology": [
        c(r"(土下座|どげざ|ドゲザ|ひざまず|跪|膝をつ|膝をつい|床に頭|地面に頭|額を(床|地面)|額をこすり)", 1.0),
        c(r"(謝罪文|詫び状|わび状|お詫び状|謝罪の?文書|謝罪書|謝罪の手紙|反省文|念書|一筆(書|かけ|入れ)|誓約書)", 1.0),
        c(r"(謝れ|あやまれ|謝罪しろ|謝罪せよ|謝れよ|詫びろ|わびろ|詫びを入れろ|頭を下げろ|頭下げろ|謝りに来い|謝罪に来い|詫びに来い|謝りにこい|頭を下げに来い)", 1.0),
        c(r"(謝罪|謝り|お詫び|詫び|土下座)(を|に)?…(要求|強要|求め続|迫|させられ|しろと|しに来い|に来い|させよう)", 0.8),
        c(r"(謝る|謝罪する|謝罪す|詫びる|頭を下げる)(まで|までは)…(帰らない|帰らん|許さない|切らない|続け|居座|粘)", 1.0),
        c(r"(社長|店長|責任者|上司|会長|役員|所長|センター長|部長)(に|が|を)…(謝罪|謝らせ|謝りに|頭を下げ|詫び|土下座)", 0.8),
        c(r"(自宅|家)(まで|に)(謝りに|謝罪に|詫びに)", 1.0),
        c(r"(謝罪の仕方|謝り方|頭の下げ方|お辞儀の(仕方|角度))(が|を)…(なってない|悪い|足りない|違う|やり直|もっと)", 1.0),
        c(r"(何度も|何回も|繰り返し)…(謝罪|謝ら|謝っ|頭を下げ)", 0.6),
        c(r"(誠意|誠意を見せ|誠意を示)", 0.35),
    ],
    "constraint_prolonged": [
        c(r"(居座|居すわ|いすわ|座り込|すわりこ|立てこも|立て籠|籠城|ろう城|居残り続|居続け|動こうとしな|動かな(い|かった)|帰ろうとしな|帰ろうとせ|帰らな(い|かった)|帰らず|帰ってくれな|帰ってもらえな|帰っていただけな|帰らない|帰らん|帰るつもりはな|お帰りいただけな|退去(を|に)…(応じ|拒|しな)|退店(を|に)…(応じ|拒|しな)|退出(を|に)…(応じ|拒|しな)|出ていかな|出て行かな|出ていこうとしな|出て行こうとしな)", 1.0),
        c(r"(電話|通話)(を)?…(切らせ(てもらえ|てくれ|な)|切れな|切れず|切ろうとすると|切ったら|切るな|切らせない|切れなかった|切ることができ(な|ず))", 1.0),
        c(r"(切らせてもらえ|切らせてくれ|切らせない|切るなと|切るんじゃない|電話を切れ(ない|なかった|ず))", 1.0),
        c(rf"({JNUM}|何|数)時間(以上|近く|半|も|にわたって|にわたり|にも及|ほど|くらい|ぐらい)?…(電話|通話|拘束|居座|対応|話|説教|クレーム|続|粘|立ち|座|付き合わ|つきあわ|居|帰ら|切ら|かか|引き止|足止め)", 0.9),
        c(rf"(電話|通話|対応|説教|クレーム|話|居座|拘束|滞在|店内に|窓口に|カウンターに|ロビーに)(は|が|を|で|に|も)?…({JNUM}|何|数)時間", 0.9),
        c(r"(長時間|長電話|何時間も|延々と|延々|えんえんと|ずっと帰ら|ずっと居|ずっと電話|ずっと話し続|閉店(後|時間|まで)…(居|帰ら|残|座)|営業時間(後|外)(まで|も)…(居|帰ら|残)|終業後まで|深夜まで(居|帰ら|続))", 0.8),
        c(r"(拘束|軟禁|監禁|閉じ込め|引き止め|引きとめ|引き留め|足止め|出口を塞|出口をふさ|ドアを塞|ドアをふさ|入口を塞|行く手を(塞|ふさ|阻)|帰してくれな|帰さない|帰さねえ|返さない|逃げられな|出してもらえな)", 1.0, "high"),
        c(r"(納得(する|いく)まで|終わるまで|謝るまで|返事をもらうまで|対応するまで|答えるまで|責任者が来るまで|社長が来るまで)…(帰らない|帰らん|帰らず|帰れ|切らない|切らせない|ここにいる|ここに居|動かない|粘|居座|待つ|(?<!送り)(?<!かけ)(?<!書き)(?<!言い)(?<!聞き)続け)", 1.0),
        c(r"(対応を終え(られ|させて)|話を終わらせ(られ|てくれ)|電話を終わらせ(られ|てくれ)|切り上げ(られ|させて))(な|ず)", 1.0),
        c(r"(その場を離れ(られ|させて)(な|ず)|持ち場に戻れ(な|ず)|他のお客様の対応ができ(な|ず)|業務が(止ま|滞|ストップ|できな))", 0.6),
        c(r"(?:[3-9]\d|[1-9]\d{2,}|[三四五六七八九]十|数十|何十)分(間)?(も|以上|近く|にわたって|にわたり|ほど)?…(説教|電話|拘束|怒鳴|話|居座|引き止|付き合わ|つきあわ|責め|文句|罵|立たされ|続)", 0.9),
        c(r"(向かわせて|行かせて|帰らせて|戻らせて|離れさせて|移動させて|次に行かせて)(もらえ|くれ)(な|ず)", 1.0),
    ],
    "repetitive_demands": [
        c(rf"(一日|1日|一晩|1時間|一時間|毎日|連日|今日だけで|本日だけで|今日|本日|昨日|今週だけで|今週|今月だけで|今月|この一週間|この1週間|一週間で|1週間で|数日|朝から|午前中|午後だけで|半日|この数日|ここ数日)(に|で|だけで|の間に|のうちに)?…({JMANY})(回|件|通|度)", 1.0),
        c(rf"{JNUM}(週間|日間|時間)(で|のうちに|の間に)…({JMANY})(回|件|通|度)", 0.9),
        c(rf"({JMANY}|何十|数十|何百|数百)(回|件|通|度)(も|以上|を超え|近く)?…(電話|着信|メール|問い合わせ|問合せ|連絡|書き込み|投稿|来店|来訪|同じ|繰り返|要求|質問|クレーム)", 0.9),
        c(r"(何度も|何回も|何度となく|繰り返し|くりかえし|繰り返さ(?!れないよう|ないよう)|くり返|何度説明|何回説明|何度言って|何回言って|何度伝え|何度お伝え|何度答え|何度回答|再三|度々|たびたび|幾度も)", 0.6),
        c(r"(同じ(質問|要求|内容|話|こと|事|主張|問い合わせ|クレーム|説明|メール|文面)|同様の(質問|要求|問い合わせ|内容))(を|が|の)?…(何度|何回|繰り返|くりかえ|何十|ずっと|延々|毎日|しつこ|続|また|送|聞|言)", 1.0),
        c(r"(同じ(質問|要求|内容|話|こと|事|主張|問い合わせ|クレーム|説明)|同様の(質問|要求|問い合わせ))", 0.6),
        c(r"(執拗|しつこ|シツコ|何度も何度も|毎日のように|連日のように|ひっきりなし|引っ切り無し|鳴りやま|鳴り止ま|止まらな|毎朝|毎晩|毎回同じ)", 0.7),
        c(r"(繰り返し|しつこく|何度も|毎日|連日|延々と)…(電話|メール|連絡|来店|要求|質問|問い合わせ|問合せ|着信|クレーム|書き込|説明を求|回答を求)", 0.9),
        c(r"(説明|回答|返答|お答え|対応)(済み|ずみ|した)…(にもかかわらず|にも関わらず|のに|けど|が)…(また|再び|何度|繰り返|しつこ|同じ)", 0.9),
        c(r"(メール|電話|連絡|問い合わせ|着信)(が|を)…(殺到|大量|山のよう|何十|数十)", 0.8),
        c(rf"(既に|すでに|もう|これまでに|今まで)…({JMANY}|[2二]|何)(回|度)…(回答|説明|返答|お答え|返信|対応)(済|ずみ|した|して|しています|しました)", 0.8),
        c(rf"(今日|本日|これで|もう|今回で)(で)?(もう)?({JMANY})(回|度)目", 0.9),
        c(r"(何回|何度|なんかい|なんど)(言わせ|言ったら|言えば|説明させ|同じこと|電話させ|かけさせ)", 0.8),
        c(r"何(度|回)でも(かけ直|かける|かけ|電話|連絡|来る|行く|送る|言う|言います|来ます)", 1.0),
        c(r"(昨日|一昨日|おととい|先週|先日)も…(昨日|一昨日|おととい|今日|本日|先週)も", 0.6),
        c(r"(再回答|再説明|再度の回答|再度回答|回答し直|説明し直)(しろ|せよ|を求め|を要求|を繰り返)", 0.6),
    ],
    "punishment_demands": [
        c(r"(クビ|くび|首)(に|だ|にしろ|にしろよ|にしてやる|にさせ|を切れ|切れ|を飛ば|飛ば)", 1.0),
        c(r"(辞めさせ|やめさせ|解雇|懲戒|処分しろ|処分して|処分を(要求|求め|しろ|下せ|せよ)|処罰|罰を|罰し|降格|減給|左遷|異動させ|クビにしろ|首にしろ|二度と働けな|働けなくし|責任を取らせ|責任とらせ|始末書を書かせ|辞表を書かせ|辞職|謹慎)", 1.0),
        c(r"(担当者?|あの(店員|人|女|男|子|若いの|バイト|スタッフ|係員|試験官|オペレーター)|あいつ|こいつ|そいつ|その(店員|担当|スタッフ|係員|試験官|オペレーター))(を|は)…(辞めさせ|クビ|首|処分|外せ|飛ばせ|やめさせ|替えろ|変えろ|出すな|二度と|罰)", 1.0),
        c(r"(担当(者)?|窓口|店員|オペレーター)(を|は)…(替え|変え|代え)(ろ|て)", 0.35),
    ],
    "language_nitpicking": [
        c(r"(言葉遣い|言葉づかい|言葉使い|ことば遣い|口の利き方|口のきき方|口の聞き方|言い方|喋り方|しゃべり方|話し方|物の言い方|ものの言い方|敬語|丁寧語|尊敬語|謙譲語|語尾|語調|口調|言い回し|日本語の使い方|敬称|呼び方)(が|を|に|は|の)?…(なって(な|い)|おかし|間違|違う|悪い|失礼|無礼|気に入らな|気に食わな|直せ|直し|やり直|言い直|指摘|注意|文句|けち|ケチ|説教|責め|問題|正しく|使え|できてな|教育)", 1.0),
        c(r"(揚げ足|あげあし|言葉尻|ことば尻|重箱の隅|一言一句|一字一句|いちいち(言葉|言い方|表現|細か|指摘|揚げ足|ケチ|文句)|細かい言い回し|表現(の|が)…(いちいち|細か|揚げ足))", 1.0),
        c(r"(言い直せ|言い直し|言い直させ|もう一度言え|もう一回言え|もう一度言い直|やり直せ|挨拶(を|から)…(やり直|し直|言い直)|最初から言い直)", 0.9),
        c(r"(日本語(が|も)…(おかし|なって(な|い)|変|へん|わからな|分からな|できな|話せな|通じな|しゃべれな|喋れな)|まともな日本語|正しい日本語|ちゃんとした日本語|日本語を勉強)", 0.8),
        c(r"(その(言い方|口の利き方|態度)は何|なんだその(言い方|口の利き方|口調|態度)|なんだその言葉|どういう(言い方|口の利き方|言葉遣い))", 0.9),
        c(r"(様|さま)を(付け|つけ)(ろ|ない|なかった|忘れ)|お客様と(呼べ|言え)|客に向かって(その|なんだ)", 0.9),
        c(r"(」では|』では|」じゃ|』じゃ|」で|』で)(なく|なくて)(「|『)…(と|って)(書け|言え|書く|言う|書き直|言い直|呼べ|直せ)", 1.0),
        c(r"(「様」|様|さま|敬称|御中|各位)(が|を)(抜け|ぬけ|なかった|ない|忘れ|付いてな|ついてな)", 0.9),
        c(rf"(指摘|訂正|修正要求|ダメ出し)(が|を)?…({JNUM}|何十|数十)(箇所|か所|ヶ所|カ所|個所|個|点)", 0.8),
    ],
    "out_of_hours_demands": [
        c(r"(営業時間外|時間外|業務時間外|就業時間外|勤務時間外|受付時間外|営業時間(後|を過ぎ|を越え|を超え|終了後)|閉店後|閉館後|終業後|定時後|休業日|定休日|休日|休み(の日)?に|祝日|土日|深夜|夜中|夜間|真夜中|早朝|夜遅く|年末年始|正月)", 0.45),
        c(r"(自宅|家|うち|私の家|ウチ|事務所|会社|職場)(に|まで|へ)(来い|こい|来て|きて|来させ|来る|伺え|届けろ|届けて|届けに来|持ってこい|持って来い|説明しに|謝りに|謝罪しに|持って来|届けに|訪問|出向)", 1.0),
        c(r"(直接|面と向かって|会って|顔を見て|対面で)…(説明|謝|話|会|来|持って来|届け|対応)", 0.6),
        c(r"(会いに来い|会いに来て|来てもらう|今すぐ来い|今から来い|すぐに来い|すぐ来い|今から行くから|呼び出|呼びつけ|出向い|訪問(しろ|を要求|を強要|を求め)|家庭訪問)", 0.9),
        c(r"(個人の|私用の|プライベートの|自分の|あなたの|お前の|担当者の)(携帯|電話番号|番号|連絡先|LINE|ライン|メールアドレス|メアド)", 0.45),
        c(r"(夜|夜中|深夜|休日|土日|早朝|営業時間外|時間外|閉店後)(に|でも|も)…(電話|連絡|対応|来|営業|開け|折り返|返信|返事|説明)(しろ|して|せよ|させ|を求め|を要求|しろよ|してくれ|するよう|を強要|ろ)", 1.0),
        c(r"(24時間|いつでも|いつ何時でも)…(対応|連絡|電話|出ろ|来い)", 0.8),
        c(r"(営業時間|受付時間)(を)?…(延長|延ばせ|過ぎても|過ぎて|関係な)", 0.8),
        c(r"(店|窓口|会場|センター|事務所)(を)?(開けろ|開けて|開けさせ|開けとけ|開けておけ)", 0.9),
        c(r"(閉まってても|閉まっていても|閉まってたって|閉店してても|閉店していても|営業時間外でも|時間外でも|休みでも|定休日でも|営業時間なんて|閉店時間なんて)…(関係な|知らな|開けろ|開けて|対応しろ|来い|待っ)", 1.0),
        c(r"(行くまで|着くまで|来るまで)…(待っとけ|待っていろ|待ってろ|待ってて|開けて|残って|帰るな)", 0.9),
    ],
    "trespass_noncompliance": [
        c(r"(無断で|勝手に|許可なく|許可なしに|断りもなく|断りなく|制止を振り切|静止を振り切|止めるのも聞かず|制止も聞かず)…(入|侵入|立ち入|乗り込|上が|踏み込|奥|裏|事務所|バックヤード|控室|試験室|スタッフ)", 1.0),
        c(r"(立入禁止|立ち入り禁止|立入り禁止|関係者以外|関係者以外立入|スタッフ専用|従業員専用|従業員以外|バックヤード|控室|控え室|休憩室|事務所内|事務室|試験室|管理室|更衣室|倉庫|厨房|調理場|カウンター(の中|の内側|の奥|内|の向こう)|レジの(中|内側|奥))(に|へ|まで|内)?…((?<!出)(?<!清掃に)(?<!掃除に)(?<!点検に)(?<!作業に)入|侵入|立ち入|乗り込|踏み込|来|押し入|上が)", 1.0),
        c(r"(指示|注意|警告|制止|ルール|規則|決まり|規定|受験規則|誘導|案内|お願い|説明)(に|を)…(従わ|従おうとしな|従ってくれ|無視|聞かず|聞かな|守らず|守らな|応じず|応じな|拒否|拒|逆ら|破)", 0.9),
        c(r"(注意しても|注意したが|注意したのに|警告しても|警告したが|何度言っても|再三注意|制止しても|止めても|お願いしても)…(やめ|止め|聞か|従わ|続け|無視|改め)", 0.9),
        c(r"(出入り禁止|出禁|入店禁止|入館禁止|出入禁止)", 0.8),
        c(r"(侵入|不法侵入|住居侵入|建造物侵入|押し入|乗り込んで|乗り込んでき)", 0.9),
        c(r"(本人確認|身分証|身分証明書|受験票|ID|写真付き)(の提示|を提示|を見せ|の確認)?(を|に)?…(拒否|拒|応じず|応じな|出さな|見せな|しな)", 0.9),
        c(r"(私物|携帯|スマホ|携帯電話|カバン|かばん|鞄|荷物|時計|腕時計)(を|の)…(ロッカー|預け|しまわ|しまう|預ける)…(拒|しな|応じ|従わ|聞か)", 0.9),
        c(r"(持ち込み禁止|持込禁止)…(持ち込|持込)", 0.9),
    ],
    "unauthorized_recording": [
        c(r"(撮影|盗撮|隠し撮り|隠し撮|録画|無断録音|隠し録り|動画撮影|写真撮影)", 0.8),
        c(r"(動画|写真|ビデオ|映像|顔写真|写メ)(を|で)?…(撮|と(ら|り|っ|る)|撮影|回し|まわし)", 1.0),
        c(r"(スマホ|スマートフォン|携帯|携帯電話|カメラ|iPhone|アイフォン|ケータイ)(を|で)…(向け|構え|撮|かざ|突きつけ|回し|録画|録音|撮影)", 1.0),
        c(r"(録音|録音し|録音され|録音して|録音する|録音中|録音した|録音を開始|録音させてもら|録音してる)", 0.6),
        c(r"(無断で|勝手に|許可なく|断りなく|断りもなく|こっそり|黙って)…(撮|録音|録画|撮影|写真|動画)", 1.0),
        c(r"(生配信|ライブ配信|生放送|実況|配信(し|され|する|中|して|してる|してやる)|ツイキャス|インスタライブ|ユーチューブで(流|配信)|YouTubeで(流|配信))", 0.9),
        c(r"(撮って(いる|た|やる|る|い)|撮ってやる|撮ったぞ|撮ったからな|撮ってるからな|記録してるからな|録ってるからな|録ってる)", 0.8),
    ],
    "discrimination": [
        c(r"(外国人|外人|ガイジン|がいじん|外国の人|外国籍|日本人じゃな|日本人でな|日本人ではな|ハーフ|中国人|韓国人|朝鮮人|フィリピン人|ベトナム人|ネパール人|ブラジル人|インド人|アジア人|黒人|白人)(の|が|は|に|なんか|なんて|のくせ|だから|じゃ|では|には|ごとき|風情|ふぜい)", 0.9),
        c(r"(国に帰れ|国へ帰れ|自分の国に帰|日本から出て|日本から出ていけ|日本人を出せ|日本人に代われ|日本人に変われ|日本人と(代われ|話させ)|日本人の(スタッフ|店員|人|担当|社員)(を|に)(出せ|代われ|変われ|しろ))", 1.0),
        c(r"(女(のくせ|だから|なんか|に何が|には分から|には無理|じゃ話にならな|じゃ話になら|では話にならな|は引っ込ん|の分際)|女性(のくせ|だから|なんか|じゃ話にならな|では話にならな)|女じゃなくて|女(に言っても|に言ったって|に話しても|に聞いても|相手じゃ|じゃ)…(わから|分から|無理|話にならな|埒が明か|らちがあか)|男(を出せ|に代われ|に変われ|の(人|上司|担当|社員|スタッフ|責任者|店長|方)(を|に)?(出せ|代われ|変われ|呼べ|連れて)))", 1.0),
        c(r"(若い(女|の|子|やつ|奴|姉ちゃん|ねえちゃん)(じゃ|では|には|なんか|に何が|は引っ込)|年寄り(は|には|なんか|のくせ)|ババア(は|なんか)|バイト(なんか|ごとき|風情))", 0.6),
        c(r"(障害者|障がい者|障碍者|身体障害|車椅子|車いす|耳が聞こえな|目が見えな|病気|病人|精神病|メンヘラ|アスペ|発達障害|ガイジ)(の|は|なんか|なんて|のくせ|だから|ごとき|扱い|呼ばわり)", 0.9),
        c(r"(差別|人種|国籍|肌の色|出身地|出身|宗教|性別|民族|部落|在日)(的|を|で|に関|について|のこと|を理由|を馬鹿|をバカ|を揶揄|をからか)", 0.8),
        c(r"(訛り|なまり|発音|アクセント|名前)(を|が)…(馬鹿|ばか|バカ|笑|真似|まね|からか|揶揄|変)", 0.8),
        c(r"(どこの国|どこの国の人|何人(なに人)?だ|国籍はどこ|日本語(も|が|すら)…(話せな|しゃべれな|喋れな|できな|わからな|分からな)(い)?(のか|くせ|外国人|なら))", 0.7),
        c(r"(差別|ヘイト|人種差別|女性差別|性差別|障害者差別)", 0.8),
    ],
    "sexual_harassment": [
        c(r"(セクハラ|せくはら|わいせつ|猥褻|卑猥|ひわい|下ネタ|しもネタ|性的|エロ|エッチ|体を触|身体を触|からだを触|胸を(触|揉|もま|見)|尻を(触|撫)|お尻(を|に)(触|撫)|太もも(を|に)触|腰(を|に)(触|手を回)|抱きつ|抱き着|抱きしめ|キスを|キスし|痴漢|体を(じろじろ|舐め回)|舐め回すように|いやらしい|性的な(発言|言葉|冗談|質問|目))", 1.0),
        c(r"(触ら(れ|せ)|触って(き|こ)|さわら(れ|せ)|手を握|手を握ら|手を触|髪を触|髪に触|肩を抱|肩に手を回)", 0.8),
        c(r"(交際|付き合(って|おう|え)|つきあ(って|おう|え)|デート|食事(に|を)…(誘|行こう|行かない)|飲みに(誘|行こう|行かない)|ホテル(に|へ)…(誘|行こう)|彼氏(は|いる|いない|いるの|の有無)|結婚して(る|い)|独身|恋人(は|いる))", 0.8),
        c(r"(待ち伏せ|出待ち|つきまと|付きまと|つけ回|付け回|後をつけ|あとをつけ|後を付け|ストーカー|ストーキング|家までついて|駅までついて|帰り道(を|に|で)…(待|つい|付い|現れ))", 1.0),
        c(r"(連絡先|電話番号|LINE|ライン|インスタ|メアド|メールアドレス)(を)?…(教えて|聞い|聞か|渡さ|渡して|渡され|交換|しつこ)", 0.5),
        c(r"(かわいい|可愛い|カワイイ|きれい|綺麗|美人|スタイル(がいい|いい|良い)|色っぽ|胸が大き|脚がきれい|足がきれい|いい体|好みのタイプ|好きになった|惚れた|一目惚れ)", 0.45),
        c(r"(手紙|ラブレター|プレゼント)(を)?…(渡さ|渡して|押し付け|送りつけ|送り付け)", 0.6),
        c(r"(退勤|仕事終わり|勤務後|退勤後|閉店後|帰宅時|帰り|シフト終わり|従業員用|従業員の|通用口|裏口|従業員出入口|スタッフ用)…(待って|待ち構え|待たれ|待ってい|待ってる|待っていた|現れ)", 0.9),
        c(r"(送っていく|送っていこう|送ってあげ|送ってくよ|送ってやる|家まで送|車で送|乗っていか|乗ってく)", 0.6),
        c(r"(今度|一緒に|二人で|ふたりで|今夜|仕事の後|終わったら)…(会おう|会わない|会えない|会いたい|遊ぼう|遊ばない|飲もう|飲まない|デート|ご飯行)", 0.8),
        c(r"(写真|自撮り|顔写真)(を)?(送って|ちょうだい|見せて|くれたら|ください)", 0.6),
        c(r"(声|顔|脚|足|体|スタイル|笑顔)(が|も)?(かわいい|可愛い|きれい|綺麗|エロ|色っぽ|セクシー|たまらな)", 0.8),
        c(r"(部屋|ホテル|自宅|うち|家)(まで|に)(来て|こい|来い|おいで|遊びに|来ない|来てよ)", 0.9),
        c(r"(何歳|いくつ|年齢)(？|\?|なの|なん|ですか)", 0.35),
    ],
    "online_defamation": [
        c(r"(SNS|sns|ネット|インターネット|ツイッター|twitter|Twitter|X|エックス|インスタ|インスタグラム|instagram|フェイスブック|facebook|TikTok|tiktok|ティックトック|YouTube|youtube|ユーチューブ|ユーチューバー|口コミ|クチコミ|くちこみ|レビュー|評価サイト|掲示板|5ちゃん|5ch|2ちゃん|2ch|ブログ|グーグル|Google|google|食べログ|ホットペッパー|Googleマップ|グーグルマップ|まとめサイト)(に|で|へ|上|上で|上に)?…(晒|さら|書き込|書いて|書く|書いた|書きま|投稿|拡散|載せ|のせ|あげ|上げ|アップ(?!で)|流|広め|暴露|告発|ぶちま|公開|発信|評価を下げ|星1|星一つ|★1)", 1.0),
        c(r"(晒す|晒し|晒され|晒して|晒しま|晒そう|晒すぞ|晒してやる|さらす|さらし|さらして|さらしてやる|拡散|炎上|ネットに書|ネットで書|ネットに上げ|ネットに載せ|ネットにアップ)", 0.9),
        c(r"(誹謗中傷|ひぼう中傷|中傷|デマ|嘘の(情報|書き込み|投稿|レビュー|口コミ|評価|噂|話)|虚偽の(情報|書き込み|投稿|レビュー|口コミ|内容|事実)|事実無根|でたらめな(書き込み|投稿|レビュー|口コミ)|悪評|悪い噂|悪いうわさ|風評|名誉毀損|名誉棄損|信用を(落と|傷つ|失墜)|評判を(落と|下げ|傷つ)|信用毀損)", 1.0),
        c(r"(星1|星一つ|星ひとつ|★1|最低評価|低評価|悪い口コミ|悪いレビュー|悪い評価|最悪の(口コミ|レビュー|評価))", 0.5),
        c(r"(SNS|sns|ネット|ツイッター|インスタ|TikTok|YouTube|ユーチューブ|口コミ|レビュー|掲示板|ブログ|フォロワー)", 0.3),
        c(r"(複数の|別の|大量の|いくつもの)(アカウント|垢)", 0.8),
        c(r"(」と|』と)(投稿|書き込|ツイート|ポスト|拡散|レビュー|口コミ|コメント)", 0.9),
        c(r"(投稿|書き込|ツイート|ポスト|レビュー|口コミ)(され|し|れ)…(詐欺|泥棒|犯罪|横領|嘘つき|ヤブ|盗|セクハラ|不倫)", 0.9),
        c(r"(って|という|との|なんて)(噂|うわさ|ウワサ|話)", 0.8),
        c(r"(★☆|☆☆☆|★1|星1|星一つ)", 0.3),
        c(r"(行かない|行かな|利用しない|使わない|買わない|来ない)(ほうがいい|方がいい|方が良い|ほうが良い|ほうがいいです)", 0.6),
        c(r"(詐欺師|泥棒|犯罪者|ヤブ医者|やぶ医者|嘘つき|横流し|ぼったくり|ボッタクリ)", 0.45),
        c(r"(そのような|そんな|その様な)(事実|こと)は(一切)?(ありません|ない|なく|ございません)|事実ではな|でっち上げ|捏造", 0.45),
    ],
    "privacy_violation": [
        c(r"(フルネーム|本名|下の名前|名字と名前|氏名|自宅住所|住所|自宅の場所|家族構成|電話番号|携帯番号|携帯の番号|個人の(連絡先|携帯|番号|電話|アカウント|SNS)|連絡先|家族|年齢|生年月日|最寄り駅|最寄駅|どこに住んで|住んでいる場所|勤務シフト|シフト|帰る時間|退勤時間)(を|は|も)?…(教え|聞|言え|名乗れ|名乗ら|出せ|調べ|特定|要求|しつこ|聞き出|突き止め|書け|よこせ)", 0.9),
        c(r"(名前|顔|写真|顔写真|名札|住所|個人情報|素性|本名|フルネーム)(を|が|も)…(晒|さら|ネット|SNS|sns|投稿|載せ|のせ|拡散|公開|アップ(?!で)|書き込|流|特定)", 1.0),
        c(r"(個人情報|プライバシー|身元|素性)", 0.6),
        c(r"(名札|ネームプレート|社員証|IDカード|名前のプレート)(を|の)…(撮|写|控え|メモ|読み上げ|見せろ|外せ)", 0.9),
        c(r"(名前|名前を名乗|名乗れ|名乗ら)(を)?…(教えろ|言え|名乗れ|覚えたぞ|覚えた|覚えとく|控えた|メモした)", 0.6),
        c(r"(家|自宅|住所|家族)(を|も|は)…(特定|突き止め|調べ上げ|調べた|知ってる|知っている|わかってる|分かってる)", 1.0, "high"),
        c(r"(家族|子ども|子供|こども|娘|息子|奥さん|嫁|旦那|夫|妻)(は|の|が)…(何人|どこ|学校|何歳|名前|勤め先|職場)", 0.9),
        c(r"(どこの|何処の|どこ)(学校|幼稚園|保育園|小学校|中学|高校)", 0.8),
        c(r"(自宅|住所|家族構成|家族|本名|フルネーム|子ども|子供)…(教えろ|言え|よこせ|出せ|教えんかい|教えや)", 1.0),
    ],
    "unreasonable_demands": [
        c(r"(慰謝料|迷惑料|示談金|見舞金|口止め料|手間賃|謝礼|償い)", 0.6),
        c(r"(賠償金|損害賠償|賠償|補償金|補償)", 0.35),
        c(r"(賠償|補償|慰謝料|迷惑料)(金)?(を)?(払え|よこせ|出せ|寄越せ|請求してやる|しろ)", 0.9),
        c(r"(金|金を|金銭|お金|現金|カネ|かね)(を)?(払え|はらえ|出せ|だせ|よこせ|寄越せ|包め|持って来い|用意しろ|要求|請求|で解決|で誠意)", 1.0),
        c(r"(誠意を見せ|誠意を示|誠意を持って|誠意ある対応|誠意が(ない|足りない|感じられない)|誠意って|誠意とは|誠意だろ|誠意を|誠意)", 0.6),
        c(r"(菓子折り|商品券|金券|ギフト券|クオカード|ポイント|割引券|クーポン|お詫びの品|粗品)(を|で|も)?…(よこせ|持って|用意|要求|出せ|くれ|送れ|寄越せ|付けろ|つけろ)", 0.8),
        c(r"(タダ|(?<![いた])ただ(?!し|さえ|いま|ちに|き|く|け|いた)|無料|無償|free|(?<![\d,])0円|ゼロ円) ?(で|に|にしろ|にして|にしろよ|にしてよ|で(やれ|よこせ|交換|対応|受け|再受験|受験|直せ))", 0.7),
        c(r"(全額返金|返金|交換|返品|新品)(に加え|に加えて|だけでは|だけじゃ|だけで済|以上|と(は)?別に|とは別に|とあわせて|と合わせて|プラス|に上乗せ)", 0.9),
        c(r"(特別(扱い|対応|に|な対応|待遇)|例外(を|的|扱い|として|に|対応)|ルールを曲げ|規則を曲げ|規定を曲げ|ルールなんか|規則なんか|決まりなんか|特例|融通を利かせ|融通をきかせ|融通しろ|便宜を図)", 0.7),
        c(r"(無理な|無理難題|無茶な|無茶苦茶な|理不尽な|不当な|過剰な|過大な|法外な|常識外れの|非常識な|ありえない|あり得ない)(要求|要望|請求|注文|額|金額|条件|お願い)", 1.0),
        c(r"(再受験|再試験|受け直し|やり直し|振替|振り替え|受験料|試験料)(を|の)?…(無料|タダ|ただ(?!き|く|け|いた)|無償|返金|返せ|させろ|認めろ|しろ|よこせ|全額)", 0.6),
        c(r"(合格(扱い)?に(しろ|して|させろ|しろや|せえ)|合格させろ|合格扱い|点数を(変え|上げ|修正|直)|結果を(変え|書き換え|覆|修正)|合否を(変え|覆))", 1.0),
        c(rf"({JNUM})(万|千|百万)円", 0.45),
        c(r"(一年|1年|数年|何年|半年|何ヶ月|数ヶ月|長年)(も|以上)?…(使った|使って|使用し|着た|着て)…(返品|返金|交換|新品)", 0.8),
        c(r"(遅刻|遅れ|時間を過ぎ|受付終了|締め切り|期限)(た|して|した|し|を過ぎ|が過ぎ)?…(受けさせ|入れろ|入れて|受験させ|受付しろ|認めろ|延長しろ|特別|例外)", 0.7),
        c(r"(今すぐ|今日中に|すぐに|即刻|即日)…(持って来い|届けろ|持ってこい|用意しろ|返金しろ|交換しろ|対応しろ)", 0.45),
        c(r"(口に合わな|好みじゃな|好みでな|気に入らな|イメージと違|思ってたのと違|思っていたのと違|似合わな|飽きた)…(返金|返せ|金返せ|全額|タダ|無料|交換しろ|作り直せ)", 0.9),
        c(r"(詫び|お詫び|迷惑料|慰謝料|誠意)(として|の印に|の気持ちとして)…(無料|券|タダ|金|円|品|サービス|割引|ポイント|商品)", 0.8),
        c(rf"(無料券|無料チケット|無料クーポン|クーポン|割引券|商品券|ギフト券|食事券)…{JMANY}(枚|回分|冊|人分)", 0.8),
        c(r"(全額|金|代金|お金|カネ)(を)?(返せ|かえせ)", 0.45),
    ],
}

# Phrases that mark a valid complaint (a defect, an error, a delay): used to explain a
# "not harassment" answer, never to score harassment.
LEGITIMATE_EN = (
    r"(broken|defect|defective|faulty|damaged on arrival|arrived damaged|not working|does not work|stopped working|wrong (item|size|order|amount|charge|address|colou?r)|overcharged|charged twice|double[- ]charged|refund|exchange|replace|replacement|delay|delayed|late|never arrived|did not arrive|missing|lost|cancel|cancelled|canceled|mistake|error|rude|unhelpful|waited|waiting|on hold|complain|complaint|disappointed|unacceptable|frustrat|fed up|speak to (a|the|your) (manager|supervisor)|supervisor|not happy|poor service|bad service)"
)
LEGITIMATE_JA = (
    r"(不良|故障|壊れて(い|た)|破損|初期不良|動かな|作動しな|届かな|届いていな|遅延|遅れ|遅い|間違|誤り|誤請求|二重(請求|引き落と|決済)|返金|交換|返品|キャンセル|取り消し|対応が悪|態度が悪|説明(が|不足|不十分)|不親切|待たされ|改善|責任者の方|上の方|クレーム|苦情|困って|納得できな|不満|残念)"
)


# --- Second pass: construction families --------------------------------------------------
# Written from the kinds of wording people use (verb classes x object classes, euphemisms,
# indirect threats, quoted corrections), not from single sentences. Kept separate so that the
# first-pass tables above stay readable; merged into EN/JA below.

_STAFF_N = r"(staff|colleague|coworker|co-worker|clerk|cashier|agent|receptionist|proctor|invigilator|examiner|employee|driver|nurse|doctor|usher|operative|porter|waiter|waitress|server|tutor|teacher|trainer|pt|pharmacist|assistant|advisor|adviser|officer|engineer|technician|guard|attendant|manager|operator|salesperson|stylist|barista|bartender|conductor|registrar|consultant|marker|lady|girl|guy|lad|woman|man)"
_DAMAGE_OBJ = r"(door|window|glass|panel|screen|partition|perspex|plexiglass|mirror|monitor|terminal|reader|card reader|kiosk|till|register|counter|display|stand|shelf|shelves|sign|frame|print|bonnet|windscreen|windshield|wing mirror|headrest|car|van|vehicle|machine|printer|tablet|phone|laptop|keyboard|chair|table|desk|lamp|vase|bin|barrier|gate|turnstile|cabinet|fridge|dispenser)"

_EN_MORE: dict[str, list[Cue]] = {
    "physical_assault": [
        # force verb + object + result: "kicked the door until the glass shattered"
        c(r"(kicked|punched|hit|smashed|slammed|shoved|pushed|threw|hurled|struck|rammed|whacked|yanked|wrenched) ~ (so hard|until|till|hard enough|and) ~ (shattered|cracked|smashed|broke|came off|fell over|toppled|snapped|dented|caught|hit|split|flew)", 0.9),
        c(rf"(kicked|punched|smashed|kicking|punching|smashing|whacked|keyed) (the|our|my|a|his|her) (\w+ ){{0,2}}{_DAMAGE_OBJ}", 0.8),
        c(rf"(ripped|tore|yanked|wrenched|pulled|prised|pried) (the|our|my|a|his|her|it) (\w+ ){{0,2}}({_DAMAGE_OBJ} )?(off|out|away from|from) (its|the|his|her|my|by)", 0.7),
        c(r"(swept|knocked|pushed|threw|hurled|flung|tipped|chucked|shoved) ~ (onto|on to|to|across) the (floor|ground)", 0.9),
        c(r"(threw|hurled|flung|lobbed|chucked|launched|pitched|tossed) (it|them|the \w+|a \w+|his \w+|her \w+|something|things|stuff|\w+) ~ (at|towards|toward) (the|my|our|her|his|me|us|him|them|someone|staff)", 0.9),
        c(r"(missed|narrowly missed) (her|him|me|my|his) (head|face|by inches|by centimetres)", 0.8),
        c(r"(shattered|smashed|cracked|broke|snapped|dented) (the|our|a|two|several)? ?(\w+ ){0,2}" + _DAMAGE_OBJ, 0.45),
        c(r"(glass|window|windscreen|screen|panel|partition|mirror|door) ~ (shattered|smashed|cracked|broke|caved)", 0.35),
        c(r"(caught|struck|hit|clipped) (\w+ )?(on|in) the (temple|head|face|eye|jaw|cheek|nose|mouth|arm|shoulder|chest|back)", 0.9),
        c(r"(small cut|deep cut|nasty cut|cut|gash|graze|lump|swelling|black eye|split lip|nosebleed) (above|on|to|under|over) (the|her|his|my) (eye|head|lip|face|cheek|nose|forehead|arm|hand)|first aid (given|was given|administered)|(went|taken|sent) to (a&e|hospital|the hospital|casualty)", 0.9),
        c(r"(grabbed|snatched|seized|yanked) (the|my|our|her|his) (\w+ )?(terminal|reader|phone|tablet|pen|papers|documents|keys|lanyard|headset|clipboard|bag)", 0.6),
        c(r"(spat|spitting|spits)", 0.8),
    ],
    "verbal_abuse": [
        # called someone a quoted insult: called our usher 'a brainless little rat'
        c(r"(called|calling|calls|labelled|branded|referred to) (me|her|him|us|them|our|my|the|his|your) ~ ['\"](a|an|the|you|that|this|fat|stupid|useless|thick|lazy|ugly|little|old|brainless|worthless)\b", 0.9),
        c(r"(rat|rats|lump|jobsworth|hypocrite|waste of space|waste of oxygen|embarrassment|embarassment|laughing stock|monkeys?|monkys|donkeys?|parasite|leech|nonentity|peasant|pleb|minion|lackey|skivvy|dogsbody)", 0.45),
        c(r"(ur|you are|you were|u r|u are|she is|he is|they are) (a |an |the )?(compleet |complete |total |utter |absolute |fucking |bloody )?(worst|waste of space|waste|embarrassment|embarassment|disgrace|joke|failure|nobody|hypocrite|moron|clown|idiot|loser)", 0.9),
        c(r"(nobody|no one) (likes|respects|wants|cares about) you|laugh(ing)? at you|do (everyone|us all|the world) a favou?r|(mum|mom|mother|dad|father|parents|family) must be (so )?(proud|ashamed)", 0.9),
        c(r"(how (thick|stupid|dumb|slow|useless) (do|are|can) (you|u)|are (you|u) (thick|simple|slow|stupid))", 0.9),
        c(r"(fat|ugly|useless|stupid|thick|lazy|brainless|pathetic|worthless) (\w+ )?(lump|rat|hypocrite|cow|pig|slob|waste|nobody|idiot|moron|failure|git|oaf)", 1.0),
    ],
    "threats_intimidation": [
        # veiled threats: "would hate for anything to happen", "be a shame if"
        c(r"(hate|would hate|i would hate) (for )?(anything|something) (bad )?to happen", 1.0, "high"),
        c(r"(be a|would be a|be such a|it would be a|it'd be a|it is a) (real )?(shame|pity) (if|when|for)", 1.0, "high"),
        c(r"(find out|see|learn|know) what (i am|i'm|i can be) like when", 1.0, "high"),
        c(r"i know (plenty of|a lot of|lots of|some|a few|certain) (people|guys|lads|men|friends)", 0.8),
        c(r"(understand|understood) (one another|each other)|(if you|do you) (catch|get) my (drift|meaning)|(you|u) (know|understand) what i mean|nudge nudge", 0.6),
        c(r"you (will not|would not|are not going to|will never) (enjoy|like|forget) (it|the|this|that|what)", 0.9),
        c(r"(come|go|be) (down |round |over )?(and|to) sort (it|this|you|them|things) (out )?(myself|personally|out myself)", 0.9),
        c(r"(let us|let's|we will|we'll) see how long (he|she|they|you) (keeps|keep|lasts|last|stays|stay)", 1.0, "high"),
        c(r"(i have|i have got|i know|i got) your (store |home |office |branch |work )?(address|opening times|location|car|van|number plate|registration|schedule|rota|route)", 0.8),
        c(r"(she|he|you|they) (drives|drive|parks|park|walks|walk|cycles|takes|catches) (a|the|his|her|your|their|home|to) ~ (does not (she|he)|do not (you|they)|every (day|night|morning|evening|thursday|monday|tuesday|wednesday|friday|saturday|sunday|week))", 0.9, "high"),
        c(r"(parks|parked|leaves|keeps) (his|her|their|your) (\w+ )?(van|car|bike|vehicle) (on|in|at|outside|near) ~ (every|each|most)", 0.9, "high"),
        c(r"(fists?|hands?) (clenched|balled|raised)|(clenched|clenching|balled|balling|raised|raising|shook|shaking) (his|her|their|both) (fists?|hands?)|with both fists", 0.8),
        c(r"(stood|standing|stands|got|came|leaned|leaning) (about |just |only )?(a foot|an inch|inches|a few inches|centimetres|centimeters|nose to nose|face to face|really close|right up) (from|to|close to|away from|in front of)? ?(her|him|me|us|my|the)", 0.8),
        c(r"(stared|staring|glared|glaring|stares) (in|at|through|down)", 0.45),
        c(r"(paced|pacing|lurked|lurking|loitered|loitering|hovered|hovering) (outside|around|up and down|by|near|in front of)", 0.5),
        c(r"(backed|backing|shrank|cowered|cowering) (up |away )?(against|into|behind|from)", 0.6),
        c(r"(your choice|think carefully|choose wisely|last warning|final warning|you have been warned|consider yourself warned)", 0.6),
        c(r"(or|otherwise|or else) (the|every|all|my) ~ (gets? to hear|will hear|will know|finds out|find out|learns?)", 0.8),
    ],
    "coerced_apology": [
        c(r"(bow|bowed|bowing|bows) (down )?(to|before|in front of) (him|her|me|them|the customer|everyone|the queue|his|her)", 1.0),
        c(r"(bow|bowed|bowing|kneel|apologi[sz]e) ~ in front of (the|everyone|everybody|all|other)", 0.9),
        c(r"(write|writes|writing|wrote|written) (out )?(it |a letter |a statement |a note )?(by hand|in (his|her|their|your) own (hand|handwriting)|in handwriting)", 0.7),
        c(r"(letter|statement|note|email|confession|declaration) (admitting|confessing|accepting|that admits|saying (she|he|they|i) (was|were|am) wrong)", 1.0),
        c(r"(pin|pinned|post|posted|put up|display|displayed|stick|stuck) (a copy|it|the (letter|apology|statement|note)|copies) ~ (noticeboard|notice board|reception|window|wall|door|for everyone|in public|for all)", 0.9),
        c(r"(repeat|repeated|say|said|recite|recited|read out|write) ~ ['\"](i am sorry|i'm sorry|i apologi[sz]e|sorry|i was wrong|we were wrong|i am not good|it was my fault)", 1.0),
        c(r"(phone|call|ring|visit|come to|write to|email) (him|her|me|them) (personally|in person|himself|herself) (to|and) apologi", 0.9),
        c(r"(admit|admitting|admitted|confess|confessing) (to )?(negligence|fault|liability|guilt|being wrong|wrongdoing|that (she|he|they|we) (was|were|lied))", 0.7),
        c(r"(accept|take) nothing (less )?(unless|until|but|short of)", 0.5),
    ],
    "constraint_prolonged": [
        c(r"(stay|stayed|staying|stays|remain|remained|keep|kept) (on the (line|phone|call)|here|there|put|at the (desk|counter|window)) (until|till|unless)", 1.0),
        c(r"(call|conversation|chat|check-in|explanation|transaction|it|meeting|visit|complaint|argument|lecture|rant) (lasted|took|went on for|ran to|ran on for|ran for|dragged on for|stretched to) ~ ([4-9]\d|1\d\d|\d hours|an hour|hours)", 0.7),
        c(r"(spent|spends|wasted|took up) ([4-9]\d|1\d\d|an hour|two hours|hours|over an hour|the whole) (minutes? |mins? )?~ (telling|lecturing|shouting|yelling|arguing|complaining|going on|ranting|berating|correcting|objecting|explaining to me|insisting)", 0.8),
        c(r"(for|over) ([4-9]\d|1\d\d) (minutes|mins) (he|she|they) (objected|argued|shouted|kept|lectured|complained|refused|went on)", 0.8),
        c(r"(would not|will not|refused to|refuses to) (let|allow) (me|her|him|us) (continue|proceed|get on|move on|serve|help) ~ (until|unless|till)", 0.7),
        c(r"(before|until) (he|she|they) (would|will) (let|allow) (me|her|him|us) (continue|go|leave|move on|proceed)", 0.8),
    ],
    "repetitive_demands": [
        c(r"(every|each) (\d+|few|couple of|ten|twenty|thirty|fifteen|five) ((to|or|-) \d+ )?(minutes|mins|hours)", 0.5),
        c(r"(each|every) (single )?(day|evening|morning|night|afternoon|shift) (this|that|last|for a|for the) (week|month|fortnight)", 0.5),
        c(rf"({NUM_FEW}|{NUM_MANY}) (evenings|days|mornings|nights|afternoons|visits|times|calls|emails) (this|that|last|in a|in one|a) (week|month|fortnight|row|day)", 0.5),
        c(r"(said|asked|demanded|made|raised|repeated|sent) (the same|the same thing|the same demand|the same request|it|this) (to|of) (\d+|two|three|four|five|several|multiple|different|every|each|all) (different |other |of our |separate )?(agents|staff|people|advisors|advisers|colleagues|members of staff|branches|departments|employees|operators|call handlers)", 0.9),
        c(r"(voicemail|message|email|call|text|ticket) (\d+|no\.? \d+|number \d+) of (\d{2,}|[4-9])", 0.9),
        c(r"(back|in|round|here|on the phone) (again )?(every|each) (day|morning|evening|week|shift|hour)", 0.7),
        c(r"(back|returned|came back|rang back|called back|emailed again|wrote again) (again )?(asking|demanding|insisting|chasing|to ask|to demand)", 0.6),
        c(r"(similar|identical|the same|near-identical|copy-pasted|copy and pasted) (messages|emails|calls|voicemails|complaints|letters|posts|tickets)", 0.7),
    ],
    "punishment_demands": [
        c(r"(be|been|is|get|gets|got|have (him|her|them)|has been|being) (taken off|removed from|kicked off|pulled off|pulled from|deactivated|banned from|struck off|sent home|stood down|moved off|relieved of)", 0.9),
        c(r"(want|wants|wanted|demand|demanded|demanding|require|required|insist|insisted|expect|expected|asked for|asking) (that )?(him|her|them|the \w+|that \w+|your \w+|this \w+|mr \w+|mrs \w+|ms \w+|\w+) ~ (deactivated|removed|banned|sent home|taken off|suspended|disciplined|fired|sacked|terminated|struck off|dismissed|reprimanded|punished|demoted|written up|stood down)", 1.0),
        c(r"(her|his|their) (employment|contract|job|position|account) (be |is |to be |should be |must be )?(terminated|ended|cancelled|canceled|revoked|deactivated|banned|suspended|closed)", 0.9),
        c(r"(disciplinary|disciplined|discipline) (sanction|sanctions|action|hearing|measures|procedure|process|record|outcome)?", 0.7),
        c(r"(without pay|unpaid leave|docked (her|his) (pay|wages)|dock (her|his) (pay|wages)|cut (her|his) (pay|wages|hours))", 0.7),
        c(r"(proof|confirmation|evidence|screenshot|written confirmation) (that |of )?(she|he|they|his|her|the \w+)? ?(has |have |had )?(been |is |was )?(disciplined|fired|sacked|banned|removed|suspended|punished|deactivated)", 1.0),
        c(r"(removed|taken off|barred|banned) from (anything|everything|marking|my case|my account|dealing with|handling|working|serving|the (case|account|desk|counter|rota|app|platform|tills?))", 0.8),
    ],
    "language_nitpicking": [
        # quoted-word corrections: "'medication' not 'meds'", "don't say 'basically'"
        c(r"(?<=['\"])[^'\"\s][^'\"]{0,39}['\"] (not|instead of|rather than|is not|isn't) ['\"]", 0.9),
        c(r"(it is|it's|its|say|use|write) (['\"][^'\"]{1,25}['\"]|(mr|mrs|ms|miss|dr|sir|madam|madame|professor) \w+),? not ['\"]?\w+", 0.6),
        c(r"(objected|objects|objecting|object) to ~ ['\"]", 0.9),
        c(r"(do not|don't|dont|never|stop) (say|saying|use|using|write|writing|call me|calling me) ['\"]", 0.8),
        c(r"(objected|objects|objecting|complained|complaining|picked on|criticised|criticized|corrected|correcting) (to |about |on )?(every|each|the) (other |single )?(word|phrase|sentence|expression|term|line)", 1.0),
        c(r"(the way|how) (she|he|i|you|they|our \w+|the \w+) (pronounced|pronounces|pronounce|said|says|spelt|spelled|worded|phrased|greeted|addressed|spoke|speaks)", 0.7),
        c(r"(is|was|are|were|sounds|sounded) (patronising|patronizing|condescending|archaic|too casual|too informal|informal|unprofessional|slang|not a phrase|not proper|not correct english|a template|rude to say|grammatically)", 0.6),
        c(r"(informal|casual|slang|colloquial|template|templated|canned|scripted|stock) (phrases?|words?|expressions?|language|sentences?|responses?|replies|wording|greeting)", 0.6),
        c(r"(made|make|makes|making|had|has|have) (me|her|him|us|them|the \w+) (start|read|reading|say|spell|re-read|reread|retype|rewrite|recite|repeat|go) ~ (again|over|from the (top|beginning|start)|spell|in (proper|correct|complete|full))", 0.8),
        c(r"(start|started|starting|begin|read|reading|go) (again |over |it )?from the (top|beginning|start)|start (again|over) from|(made|make) (me|her|him) spell", 0.6),
        c(r"(in|using) (proper|correct|complete|full|plain|real|good) (english|japanese|sentences|grammar|words|language)", 0.8),
        c(r"(stopped|interrupted|corrected|cut) (me|her|him|us|the \w+) (off )?(\d+|two|three|four|five|six|several|many|every|each) (times?|sentence|word|time)", 0.6),
        c(r"(the|that|this|a|every) (date format|font|salutation|greeting|sign-off|wording|phrase|word choice|tone)", 0.35),
        c(r"(retyped|re-typed|rewritten|reworded|re-worded|rephrased|re-phrased|corrected version|redrafted)", 0.6),
        c(r"(highlight|list|mark|underline|point out) every (informal|incorrect|wrong|rude|casual) (phrase|word|expression|sentence)", 1.0),
    ],
    "out_of_hours_demands": [
        c(r"(ring|call|phone|text|message|visit|contact|see|meet) (me|him|her|us|them) (\w+ )?(at home|at (my|his|her) (home|house|place|flat)|at the weekend|on (a )?(saturday|sunday|weekend)|in the evenings?|at night|before (work|school|8|7|6)|after (work|7|8|9|10|dark|hours))", 0.9),
        c(r"(at|by|until|till|after|around|about) (([5-9]|1[0-2])(:\d\d)? ?pm|[1-6](:\d\d)? ?am|midnight|[1-6] in the morning|(9|10|11) at night)( \w+){0,3} (tonight|on (saturday|sunday|a saturday|a sunday|weekends?|bank holidays?)|every (day|night|evening|morning)|weekends included|this weekend|sunday|saturday|or not at all)", 0.9),
        c(r"(pop|come|drop|swing|nip) (round|over|by) (to )?(my|his|her|on|at|tonight|this|after)", 0.7),
        c(r"(visit|visits|come to|come round to|go to|attend|call at) (his|her|my|their|the customer's) (home|house|flat|place|door) (in person|personally|after|before|at|tonight|on)", 0.9),
        c(r"(meet|meets|meeting) (me|him|her|them) (in|at|outside) (a|the) (\w+ ){0,3}(car park|carpark|parking lot|cafe|café|pub|bar|station|park|restaurant|mcdonald's|petrol station|supermarket)", 0.9),
        c(r"(after|once|when) (the office|the shop|the store|reception|the school|the centre|the center|the clinic|we|you|they|it) (shuts|closes|closed|shut|has closed|have closed)", 0.7),
        c(r"(wait|waiting|stay|staying) up (personally |specially )?(for|to|until|till)", 0.8),
        c(r"(opened|open|unlocked|unlock|reopen|kept open) (\w+ )?(privately|specially|especially|just|only|exclusively) for (me|him|her|them|us)", 0.9),
        c(r"(weekends included|including weekends|even on (weekends|sundays|saturdays|holidays|bank holidays)|on sundays|at weekends|every weekend)", 0.6),
        c(r"(her|his|their|your|the \w+'s|staff's|agent's|advisor's|adviser's) (personal|private|own) (whatsapp|mobile|mobile number|cell|cell number|phone number|number|email|instagram|insta)", 0.6),
        c(r"(at|by|after|around|about) (about |around )?((10|11|12)(:\d\d)? ?pm|[1-5](:\d\d)? ?am|midnight)", 0.45),
        c(r"(text|message|call|ring|phone|email) (her|him|them|me) ~ (in the evenings|at night|late at night|at weekends|whenever|as they come|any time)", 0.9),
    ],
    "trespass_noncompliance": [
        c(r"(walked|went|came|barged|marched|stormed|strolled|wandered|pushed|stepped|headed|slipped|let (himself|herself|themselves)) (straight |right |off )?(round|into|through|behind|past|in|down|up|to|onto|on to|towards) ~ (back office|back room|backroom|our side|their side|staff (only|area|room|toilet|kitchen|entrance|corridor|office)|behind the (counter|desk|bar|till)|changing rooms?|locker rooms?|women's|men's|kitchen|stockroom|storeroom|store room|warehouse|workshop|cockpit|projection|plant room|linen|housekeeping|lift shaft|under the lift|treatment room|operating|server room|control room)", 0.8),
        c(r"(ignored|ignoring|ignores|disregarded|brushed off|waved off|laughed off) (her|him|me|us|them|the \w+|our \w+|my \w+|it|the (sign|signs|warning|warnings|instruction|instructions|request|requests|rules))", 0.8),
        c(r"(asked|told|warned|instructed|begged|reminded) (him|her|them|me) (\w+ )?(twice|three times|\d+ times|repeatedly|several times|again|many times|multiple times|more than once) (to|not to)", 0.9),
        c(r"(told|asked|warned) (me|him|her|them) (\d+|three|two|several|many|multiple) times (to|not to)", 0.9),
        c(r"(carried on|continued|kept going|kept on|kept filming|kept recording|went ahead|did it anyway|took no notice|paid no attention|still filming|still recording)", 0.5),
        c(r"(rules are for|rules do not apply|not following (your|the|any) rules|i do not follow rules|do not care about (your|the) rules)", 0.8),
        c(r"(locker|lockers|cloakroom) ~ (refused|ignored|would not|did not|shoved|kept|instead)", 0.6),
        c(r"(printed|took|grabbed|helped (himself|herself|themselves) to|accessed|opened|used) (my |his |her |their |our |the )?(own )?(\w+ )?(score sheet|file|records|computer|terminal|drawer|till|register|files|system)", 0.5),
    ],
    "unauthorized_recording": [
        c(r"(filming|filmed|videoing|videoed|photographing|photographed|screen-record\w*|screen record\w*|screenrecord\w*|live-stream\w*|livestream\w*|secretly record\w*|secretly film\w*|covertly record\w*)", 0.55),
        c(r"(filming|filmed|recording|recorded|videoing|photographing|snapping|streaming) ~ (on|with) (his|her|their|my|a) (phone|camera|mobile|iphone|smartphone|gopro|body ?cam)", 1.0),
        c(r"(caught|got|have|had) (\w+ ){0,5}on (camera|video|film|tape)", 0.7),
        c(r"stop (recording|filming|taking (photos|pictures|videos))|put (the|his|her|your) (phone|camera) (away|down)", 0.9),
        c(r"(recorded|recording|filmed|filming|screenshotted|captured) (every|all|each|the whole|everything|everyone|their|our|the) (one of )?(\w+ ){0,3}(tutorials?|lessons?|classes|sessions?|calls?|faces?|staff|tutors?|lectures?|meetings?)", 1.0),
        c(r"(uploading|uploaded|upload|posting|posted|putting|put) (them|it|the (video|videos|clips?|footage|recording|recordings)|clips?|videos?|footage) ~ (channel|story|stories|youtube|tiktok|instagram|online|internet|facebook|twitter)", 0.8),
        c(r"(full|the|a|whole) (video|clip|footage) (is )?(on|up on) (my|his|her|their) (story|channel|page|tiktok|youtube|instagram|account)", 0.9),
        c(r"(clips?|footage|videos?) of (one of )?(our|my|the|her|his) (\w+ )?(tutors?|staff|lessons?|colleagues?|employees?|classes|sessions?)", 0.8),
    ],
    "discrimination": [
        c(r"(hijab|headscarf|head scarf|turban|niqab|burqa|kippah|yarmulke|that thing on (her|his) head|that thing on her|prayer mat)", 0.6),
        c(r"(believes? in|respect|follow) (british|english|american|our|japanese) (law|laws|values|ways|culture)", 0.8),
        c(r"(seen|served|helped|examined|treated|dealt with|handled|looked after|assessed) by (a|an|someone|somebody) (\w+ )?(christian|muslim|jew|jewish|white|british|english|english-speaking|native|local|japanese|man|male|bloke|woman|female|straight|normal|able-bodied|proper)", 0.9),
        c(r"(rather|prefer to|want to|would like to|like to) (deal with|speak to|talk to|be served by|be seen by|have) (a|an|someone) (\w+ )?(british|english|white|local|native|japanese|christian|man|male|bloke|woman|female|straight|normal)", 0.9),
        c(r"(get|send|give|find|bring) me (a|an|someone|somebody) (\w+ )?(proper|real|normal|native|british|english|white|local|japanese|christian) (\w+ )?(doctor|person|nurse|agent|staff|man|woman|one|speaker|employee|officer|bloke|guy)?", 0.9),
        c(r"(send|get) (me )?(a man|a woman|a male|a female|someone who is not|someone who isn't)", 0.8),
        c(r"(not having|do not want|don't want|dont want|refused|refuse|will not have|won't have) (a|an|the|that|some|any)? ?(\w+ )?(woman|man|pregnant|disabled|foreign|foreigner|trans|transgender|muslim|black|asian|immigrant|gay|old|deaf|blind|wheelchair|one with an accent|woman with an accent)", 0.9),
        c(r"(with an accent|with that accent|the trans one|trans person|transgender|what's in their pants|what is in their pants|your lot|you lot always|you people always|these people|their sort|that sort of person|people like her|people like him)", 0.8),
        c(r"where (she|he|you|they) (is|are|'s|'re)? ?['\"]?really from|really from['\"]?", 0.9),
        c(r"(disabled|wheelchair|blind|deaf|autistic|pregnant|disability|handicapped|cripple|crippled|learning disability|special needs|stammer|stutter)", 0.35),
        c(r"(why are (they|you)|should not be|should not have|shouldn't be|not fit to be|no place for) ~ (putting|hiring|employing|letting|disabled|people like|a woman|women|foreigners|wheelchair)", 0.7),
        c(r"(her|his) mind will be on other things|about to go (off )?on (maternity )?leave|(women|woman|girls) (can not|cannot|are not able|should not|should stick)", 0.8),
    ],
    "sexual_harassment": [
        c(r"(put|puts|putting|placed|placing|rested|resting|laid|kept putting|kept) (his|her|a) hands? on (my|her|his) (knee|knees|thigh|thighs|leg|legs|waist|bum|bottom|backside|hip|hips|lower back|chest|neck)", 1.0),
        c(r"(holds|held|holding|hold|squeezed|squeezes|stroked|strokes|caressed) (my|her) hand (for )?(a bit |far |way )?(too long|longer|for ages)", 0.9),
        c(r"(nightcap|come up to (my|his) room|comes up (to|for)|back to (my|his) (place|room|flat|house|hotel)|to (my|his) (room|place|hotel room)|(my|his) room number|room \d+ ~ (if she|if you|comes up|come up))", 0.9),
        c(r"(good girl|naughty|sexy|hot stuff|gorgeous|sweetheart|darling|babe|baby girl|honey)", 0.45),
        c(r"worn ones|used ones", 0.6),
        c(r"(worn|used|dirty|sweaty) (socks|underwear|knickers|panties|tights|stockings|bra|leggings|uniform)", 1.0),
        c(r"(on cam|on camera without|webcam|private sessions?|private lessons?|one-on-one after|no one needs to know|nobody needs to know|our little secret|without the headset)", 0.6),
        c(r"(waiting|waits|waited|hangs around|hanging around|lurking|lurks|loitering) (by|at|outside|near|round) (the )?(staff|back|side|employee|rear|stage|service) (exit|door|entrance|car park)", 1.0),
        c(r"i know (what time|when) (you|she) (finish|finishes|leave|leaves|get off|clock off)", 1.0, "high"),
        c(r"(gave|handed|slipped|passed|left) (her|him|me|one of (our|my) \w+|our \w+|my \w+) (a card|a note|a letter|his number|his phone number|a gift|flowers|a present)", 0.7),
        c(r"(pass on|give me|send me|get me|could i (get|have)|what is) (her|his) (insta|instagram|snapchat|socials|handle|number|whatsapp|tiktok)", 0.9),
        c(r"(timing|times|timed) (his|her) (shop|visits?|trips?|shopping) (so|to)|always (comes|goes) to (my|her) (checkout|till|counter|desk)", 0.8),
        c(r"(pay|paid) (double|extra|more) (if|for) ~ (his place|my place|back|come|take|private|cam)", 0.9),
        c(r"[😉😏😍😘🥵🍆🍑]", 0.35),
        c(r"(asked|asks) (if|whether) (she|i|you) (had|have|has|would|'d) (been|a boyfriend|a girlfriend|a partner|like to|go)", 0.6),
    ],
    "online_defamation": [
        c(r"(review|reviews|feedback|comment|comments|post|posts|caption|captions|video|videos|thread|tweet|tweets|story|stories) ~ (saying|claiming|accusing|alleging|calling|that says|that claim|which says|stating) (that |we |our |the |he |she |they |i )", 0.8),
        c(r"(one-star|1-star|one star|1 star|zero-star|0 star|low star)( \w+)? (reviews?|ratings?)", 0.6),
        c(r"(under|using|with|from) (\d+|two|three|four|five|several|multiple|different|fake|many|various) (different |fake |separate )?(names|accounts|profiles|usernames|identities|emails)", 0.9),
        c(r"(gets?|get) to hear (how|that|about)|(telling|tell|tells|told|warn|warning) (every|all the|all of the|the whole) (parent|parents|customer|customers|member|members|one|body|town|street|village|group|school)", 0.8),
        c(r"([1-9]\d*k|[1-9]\d*,\d{3}|thousands of|hundreds of) (members|followers|subscribers|views|likes|shares|people in)", 0.7),
        c(r"(facebook|whatsapp|tiktok|instagram|twitter|reddit|google|trustpilot|yelp|tripadvisor|mumsnet|nextdoor|marketplace|local) (group|page|account|review|reviews|story|channel|chat|forum|profile|listing|shop page)", 0.5),
        c(r"(none of it is|none of that is|it is not|that is not|which is not|all of it is) (true|accurate|correct)|(untrue|false|fabricated|made-up|made up|baseless|defamatory|libellous|libelous) (claims?|allegations?|accusations?|statements?|stories|review)", 0.6),
        c(r"(been reported|being investigated|is under investigation|has a criminal record|sells stolen|forged|crooks|con artists?|scammers?|fraudsters?|thieves|drug dealer|paedo|pedo|inappropriate with (kids|children))", 0.6),
        c(r"(people|others|users) (are )?(quoting|sharing|reposting|commenting on|screenshotting) (it|the \w+|them)", 0.6),
    ],
    "privacy_violation": [
        c(r"(her|his|their|the \w+'s) (insta|instagram|snapchat|socials|social media|handle|whatsapp|tiktok|facebook) (handle|account|name|profile)?", 0.45),
        c(r"(her|his|their) (face|name|first name|full name|real name|home|address) (is )?(right there|clearly visible|visible|shown|in full|on it|all over|in the video|in every)", 0.8),
        c(r"(uses|used|using|named|names|tagged|tags|tagging|identifies|identified) (her|his|their|the \w+'s|our \w+'s) (first |full |real )?(name|face|account)", 0.8),
        c(r"(got|found|took|copied|looked up) (her|his|their) (personal )?(number|mobile|phone number|address|details) (off|from|on)", 0.9),
        c(r"(her|his|their|your|the \w+'s|staff's|agent's|advisor's|adviser's) (personal|private|own) (whatsapp|mobile|mobile number|cell|phone|number|email)", 0.6),
    ],
    "unreasonable_demands": [
        c(r"(guarantee|promise|assurance|undertaking) (in writing )?(that )?(i|it|this|we|he|she) (will )?never", 0.9),
        c(r"(brand new|new) (\w+ )?(rather than|instead of) (a |the )?(repair|refund|fix)", 0.9),
        c(r"(plus|and also|as well as|on top of that|on top|in addition|and then|and a|and an) (a |an )?(free|full refund|refund|discount|voucher|compensation|lounge|upgrade|\w+ months?'? free|three months|extra|cash)", 0.6),
        c(r"(for|to cover) (all )?(the|my|his|her) (stress|hassle|inconvenience|trouble|upset|distress|bother|wasted time)", 0.45),
        c(r"(give up|hand over|vacate|give up their) (their |his |her )?(seats?|room|table|slot|place|booking|spot|tickets?)", 0.8),
        c(r"(for (my|his|her|their) (sole|exclusive|personal|private) use|privately for (me|him|her|them)|just for (me|him|her) (alone|only))", 0.9),
        c(r"(every|all) future (flights?|stays?|visits?|orders?|bookings?|purchases?|trips?)", 0.8),
        c(r"(i|she|he|we) (have|has) paid (taxes|my taxes|her taxes|his taxes)|i pay your (salary|wages)|the customer is always right|other (airlines|shops|companies|hotels) do (this|it)", 0.6),
        c(r"(sold-out|sold out|fully booked) (\w+ )?(premiere|show|flight|room|event|performance|class)", 0.45),
        c(r"(anything less|nothing less|or nothing|or i will not be paying|not be paying for)", 0.5),
        c(r"(full|entire|whole) (ticket |course |)?(price|fare|fee|refund|amount) (refunded|back|returned)", 0.45),
        c(r"(free|complimentary) (line rental|months?|year|upgrade|data transfer|meal|room|night|stay|lounge|access|delivery|tickets?|replacement|handset|phone)", 0.5),
        c(r"(tags?|labels?) ~ (cut|removed|took) (them )?off|(wore|worn|used|eaten|two-thirds eaten|half eaten|opened) ~ (refund|money back|return|exchange)", 0.6),
        c(r"(pay|cover|refund|reimburse) (his|her|my|their) (train fare|taxi|cab|fare|travel|petrol|parking|return postage|postage)", 0.7),
        c(r"(u|you) pay (the )?(return )?(postage|shipping|delivery|costs|taxi)", 0.6),
    ],
}
_EN_MORE["threats_intimidation"] += [
    c(r"i know (exactly )?where (your|her|his|the|their|you) (\w+ )?(is|are|live|lives|park|parks|works?|goes|go|drinks|eats)", 0.9, "high"),
    c(r"(paying|pay|pays|paid|make|making|give|giving) (it|you|them|her|him|the \w+|your \w+|that \w+) a (little |personal |friendly )?visit", 0.7),
]
_EN_MORE["coerced_apology"] += [
    c(r"(video|public|recorded|televised|online|filmed) (apology|apologies)", 0.8),
    c(r"apolog\w* ~ (post|posted|publish|published|online|on (the|our|your) (company |official )?(page|website|site|account|social media))", 0.7),
]
_EN_MORE["verbal_abuse"] += [
    c(r"(said|screamed|yelled|shouted|told (me|us|everyone)|announced|declared) (that )?(our|my|the|his|her) (\w+ )?(was|is|were|are) ['\"]", 0.7),
    c(r"(brain-dead|braindead|brain dead|pea-brained|thick as|dumb as|waste of (a |an )?(space|oxygen|uniform|skin|air|salary|money|a job|breath))", 0.9),
    c(r"(should|ought to) be ashamed (to be alive|of (herself|himself|themselves|yourself))", 0.9),
]
_EN_MORE["threats_intimidation"] += [
    c(r"see who('s| is| was| will be|'ll be) (laughing|smiling|sorry|in charge)", 1.0, "high"),
    c(r"(would|will|'d|'ll|going to) be waiting (for (her|you|him|them) )?(in|at|by|outside|round|near|when)", 0.9, "high"),
    c(r"(will not|won't|will never|never going to) rest until", 0.5),
]
_EN_MORE["punishment_demands"] += [
    c(r"(loses?|losing|lost|revoke|revoked|strip|stripped of|take away) (her|his|their) (licence|license|registration|certification|badge|accreditation|qualification)", 1.0),
    c(r"(thrown|kicked|booted|chucked|turfed) out of (the|your|this|her|his) (company|job|profession|firm|business|practice|school|team)", 0.9),
]
_EN_MORE["language_nitpicking"] += [
    c(r"correct\w* (how|the way) (i|she|he|you|we|they) (pronounc|spell|said|say|spoke|speak|wrote|write|phrase|word|address)\w*", 1.0),
    c(r"(made|make|makes|had) (me|her|him|us) (say|read|spell|repeat) (it|his name|her name|the \w+) (back|again|over|correctly|properly)", 0.8),
]
_EN_MORE["discrimination"] += [
    c(r"(the|that|a|our|this) (black|asian|brown|chinese|indian|african|arab|jewish|muslim|gay|lesbian|trans|foreign|polish|romanian|mexican|filipino|filipina|korean|japanese) (security guard|guard|staff member|member of staff|nurse|doctor|man|woman|guy|lady|girl|lad|cashier|employee|driver|colleague|agent|clerk|receptionist|waiter|waitress|pharmacist|teacher|officer|worker)", 0.55),
    c(r"(one of your own|your own kind|our own kind|his own kind|her own kind|own people|real (british|english|japanese|american) (person|people|staff|doctor)|a proper (british|english|white|japanese) )", 0.9),
]
_EN_MORE["sexual_harassment"] += [
    c(r"(comment\w*|remarks?|remarking|remarked) (on|about) (the \w+'s|her|my|our \w+'s|their) (figure|body|looks|legs|chest|breasts|bum|bottom|appearance|weight|lips|outfit|skirt|shape|curves)", 1.0),
    c(r"(which|what) room (she|you)('d| would| will|'ll|'s| is)? ?(be )?(sleeping|staying|in)|where (she|you)('ll| will|'d| would) be sleeping", 0.9),
]
_EN_MORE["privacy_violation"] += [
    c(r"(pressing|pressed|pushing|pushed|badgering|badgered|hounding|hounded|pestering|pestered) (\w+ ){0,3}for (her|his|their|my|the \w+'s) (surname|name|full name|address|number|phone number|details|home)", 1.0),
    c(r"(which|what) (area|part of town|street|town|neighbourhood|neighborhood|station|road) (she|he|you) (lives?|lives in|live in|lives near)", 0.9),
]
_EN_MORE["unreasonable_demands"] += [
    c(r"(pay|cover|fund|refund) (for )?(his|her|my|their) (next|future|another|new) (trip|holiday|stay|visit|flight|meal|booking|order|phone)", 0.9),
    c(r"refund (a|the|his|her|my) (\w+ ){0,2}(he|she|they|i|we) (took|used|ate|had|enjoyed|finished|wore|watched|completed|drank)", 0.9),
    c(r"because (of )?the weather (was|is|had been)", 0.45),
]
_EN_MORE["physical_assault"] += [
    c(r"(tipped|upended|overturned|flipped|swept|dumped|emptied|pulled|yanked) ~ (over|onto|on to|out onto|across|off) (the )?(bar|counter|floor|desk|table|ground|till|shelf|display)", 0.8),
]
_EN_MORE["verbal_abuse"] += [
    c(r"(you|she|he|they|u)( are| is| were| was|'re|'s)? ['\"]?(too|so) (thick|stupid|dumb|useless|incompetent|brainless|simple|dim) (to|for|that)", 0.8),
]
_EN_MORE["threats_intimidation"] += [
    c(r"(have|had|has) (had )?(an )?accidents? for less|people (have|get) (had )?(hurt|accidents)|accidents (can |do )?happen to (people|those|staff|you|your|folk)", 1.0, "high"),
    c(r"(will|'ll|'d|would|going to|gonna) regret (it|this|that|crossing|messing|upsetting|annoying|dealing|the day|ever)", 0.9),
    c(r"(cracked|cracking) (his|her|their) knuckles", 0.6),
]
_EN_MORE["coerced_apology"] += [
    c(r"(say|says|said|saying|apologi[sz]e|apologi[sz]es) (sorry )?~ in front of (the whole|everyone|everybody|all|the entire|his|her|my|the other)", 0.8),
    c(r"(stands?|standing|stood) up in front of (the whole|everyone|everybody|all|the entire)", 0.35),
]
_EN_MORE["repetitive_demands"] += [
    c(r"every single (morning|evening|night|hour|week)", 0.45),
    c(r"with the (same|identical|exact same) (paragraph|text|message|email|letter|wording|complaint|words|demand|question)", 0.8),
    c(r"(emailed|emails|messaged|called|rang|wrote to|contacted|cc'd|copied) (every|each|all) (department|manager|director|head|board member|person|one of|single)", 0.6),
]
_EN_MORE["language_nitpicking"] += [
    c(r"(stop|stopped|quit|stops) (using|saying|writing) (contractions|slang|abbreviations|jargon|that word|the word|those words|filler words)", 0.9),
    c(r"(lazy|sloppy|poor|bad|improper|incorrect|broken|substandard) (english|japanese|grammar|language|wording|spelling)", 0.35),
    c(r"(contractions|abbreviations|filler words)", 0.35),
]
_EN_MORE["out_of_hours_demands"] += [
    c(r"(show|meet|see|call|ring|phone|visit|open|come|be there|do it|do the|text|pick up|collect|hand over) ~ (at|by|before|around) ([1-5](:\d\d)? ?am|(10|11)(:\d\d)? ?pm|midnight)", 0.9),
]
_EN_MORE["discrimination"] += [
    c(r"(one of those|those|these|bloody|filthy|dirty) (immigrants|foreigners|migrants|refugees|asylum seekers|muslims|gays|trannies)", 1.0),
    c(r"(someone|somebody|people|a doctor|a nurse|staff|a person) (born|raised|bred) (here|in this country|in (britain|england|japan|the uk|the us|america))", 0.8),
]
_EN_MORE["sexual_harassment"] += [
    c(r"(looked|looks|look|looking) ['\"]?(good enough to eat|hot|sexy|fit|tasty|delicious|edible|ravishing)", 0.9),
    c(r"(note|notes|letter|card|flowers) (on|under|in|through) (her|his|the staff's|their) (windscreen|windshield|wiper|car|locker|door|letterbox)", 0.7),
]
_EN_MORE["online_defamation"] += [
    c(r"(started|posted|created|made|opened|set up|wrote|written|uploaded) (a|an|another) (\w+ ){0,2}(thread|post|page|account|group|petition|video|blog|review|story) (claiming|saying|accusing|alleging|calling|that says)", 0.9),
    c(r"(reddit|facebook|twitter|tiktok|instagram|forum|mumsnet|nextdoor|whatsapp|youtube|trustpilot|google) (\w+ )?(claiming|accusing|alleging|saying that)", 0.8),
]
_EN_MORE["unreasonable_demands"] += [
    c(r"(extra|another|additional|further) (week|day|night|month|hour|weekend)s? (at no (charge|cost)|for free|free|without paying|on the house)", 0.9),
    c(r"(let|allow) (him|her|me|them) (to )?keep (the|a|it|his|her)", 0.5),
]
for _cat, _cues in _EN_MORE.items():
    EN[_cat].extend(_cues)

# --- Justified context -------------------------------------------------------------------
# Some conduct is only harassment when it is unjustified: repeated contact because nobody
# answered, a long call because the company kept the customer on hold, photographs of a
# defect taken as evidence, filming with the staff member's consent. When the text says so,
# the category's cues count for `factor` of their weight (the category still counts when
# there is clear evidence besides). English patterns use the cue syntax; Japanese are regexes.
JUSTIFIED_EN: dict[str, tuple[str, float]] = {
    # the company's own people or products did it: "your driver threw my parcel", "arrived smashed"
    "physical_assault": (
        r"((your|the|their|our) (delivery |parcel )?(driver|courier|delivery (guy|man|driver|person)|postman|postwoman|engineer|technician|installer|fitter|plumber|builders?|removal (men|guys|team)|movers|workers?|contractors?) (threw|dropped|broke|smashed|damaged|dented|scratched|ripped|cracked|knocked|kicked|hit|tossed|chucked|flung)"
        r"|(arrived|came|was delivered|got delivered|turned up|delivered) (\w+ )?(damaged|broken|cracked|smashed|shattered|dented|in pieces|with (a|the) (\w+ )?(crack|cracked|broken|smashed|dent)))",
        0.4,
    ),
    "repetitive_demands": (
        r"(never (been |got )?(called|rung|phoned|emailed|written) back|nobody (has |had |ever )?(called|rang|rung|phoned|got back|replied|answered)|no one (has |had |ever )?(called|rang|rung|phoned|got back|replied|answered)"
        r"|(never had a|never got a|never received a|still no|still not had a|without a|without any) (reply|response|answer|call back|callback|update)|(not|never) (been )?(answered|replied|responded|resolved|fixed|sorted)"
        r"|(i|we) (have|had|'ve) (phoned|rung|called|emailed|written|chased|contacted|messaged|asked|raised|reported|complained|been (calling|ringing|chasing|emailing|asking))"
        r"|(i|we) asked (\w+ ){0,3}(twice|\d+|two|three|four|several|different|multiple)"
        r"|(app|website|site|system|internet|broadband|wifi|wi-fi|connection|line|phone|machine|train|trains|bus|buses|service|software|printer|boiler|heating|lift|it) (\w+ )?(crash|crashes|crashed|keeps crashing|drops|dropped|keeps dropping|fails|failed|freezes|froze|breaks|broke|cuts out|cut out|went down|goes down|is down|was cancelled|has been cancelled|have been cancelled|stopped working|keeps breaking)"
        r"|(i|we) (phoned|rang|called|emailed|wrote|chased) (you )?(twice|\d+ times|three times|four times|several times|again)|sorry to keep (ringing|calling|emailing|bothering|chasing)"
        r"|dead (extension|line|number)|(line|calls?) (was |were )?(diverting|diverted|going) to|(dropped|disconnected|cut out|crashed|failed|went down|gone down) (like )?\d+ times)",
        0.4,
    ),
    "constraint_prolonged": (
        r"(that was (us|on us|our fault|me)|our (fault|end|side|system|mistake)|with (her|him|them) on hold|(i|we) (kept|had|put) (her|him|them) on hold|(i|we) had to (run|check|wait|transfer|escalate))",
        0.45,
    ),
    "unauthorized_recording": (
        r"((i|we) (have |had )?(filmed|photographed|videoed|recorded|took (photos|pictures|a photo|a picture|a video|videos)|taken (photos|pictures|a photo|a video)) (of )?(the|it|a|my|some|this|that|our) (\w+ )?(leak|damage|crack|cracks|mess|state|problem|fault|defect|issue|stain|mould|mold|dent|dents|scratch|scratches|delay|queue|receipt|label|box|parcel|item|noise|work|hole|water|room|meter|reading|screen|error)|(as|for) evidence|so you can see|photos? attached|video attached"
        r"|(by|from) (your|the school's|the company's|the hotel's|the store's|their|the) (\w+ )?(photographer|staff|cctv|camera|cameras|employee|employees|team|teacher|agent|driver|security)|your (cctv|cameras?|photographer|bodycams?)"
        r"|with (my|our|her|his|their|the staff's) (ok|okay|permission|consent|agreement|approval)|(i|we|she|he) (said|agreed) (it was )?(ok|okay|fine) to (film|record|photograph)|(asked|asking) (for )?permission (to|before) (film|record|photograph|take))",
        0.4,
    ),
}
JUSTIFIED_JA: dict[str, tuple[str, float]] = {
    # the company's own staff did it to the customer: 「先生が息子を怒鳴った」 is a complaint
    "verbal_abuse": (
        r"(先生|教師|担任|店員|スタッフ|係員|職員|担当者|担当の方|医師|医者|看護師|運転手|駅員|警備員|コーチ)(さん)?が…(怒鳴(?!られ)|暴言を(吐い|言っ)|罵(?!られ|倒され)|馬鹿にし|バカにし)",
        0.4,
    ),
    "physical_assault": (
        r"((配達員|配達の(人|方)|ドライバー|業者|作業員|工事の(人|方)|修理の(人|方)|引越し業者|御社の…|貴社の…|おたくの…)(さん)?が…(投げ|壊し|割っ|落とし|ぶつけ|傷つけ|乱暴に|蹴っ)(?!られ)"
        r"|(届いた|到着した|配達された)…(壊れ|割れ|破損|へこ|凹)|(壊れて|割れて|破損して|へこんで|凹んで)(届|い(ました|た)))",
        0.4,
    ),
    "repetitive_demands": (
        r"((ご)?(返信|返事|お返事|回答|ご回答|折り返し|連絡|ご連絡)(を|が|は|も)?…(いただけて(い)?(ない|ません)|もらえて(い)?(ない|ません)|(来|き)て(い)?(ない|ません)|でき(て)?(い)?(ない|ません|なかった)|ありません|ない(ため|ので|まま))"
        r"|折り返しが(でき|され)て(い)?(ない|ません|なかった)|まだ…(確認でき|届|直って|改善され|返金され|返信|連絡)…(ない|ません)"
        r"|(直って|改善されて|修理されて|対応されて|解決して)(い)?(ない|ません)|(手配|対応|配布|処理|連絡)(が|の)?漏れ|案内に誤り|(当社|弊社|こちら|私ども)の(ミス|不手際|誤り|処理漏れ|案内ミス)"
        r"|(お送り|ご連絡|お問い合わせ|お電話)(して|いたして|し)(い|おり)ます|ご連絡いたします|(不具合|故障|エラー|バグ)(では|じゃ|が|で|の可能性)"
        r"|(アプリ|サイト|システム|ネット|回線|電車|バス|機械|端末|パソコン|画面|サーバー|電話|給湯器|エアコン|エレベーター)(が|は)…(落ち|止ま|固ま|つながらな|繋がらな|つながりませ|壊れ|故障|エラー|不具合|遅延|運休|使えな|動かな))",
        0.4,
    ),
    "unauthorized_recording": (
        r"((写真|動画|画像|映像)(も|は|を)?…撮って(あ|おき|おり)|証拠(として|に)…(撮って(あ|おき)|保存)|(許可|了承|承諾)を(得|いただ|もら)って)",
        0.4,
    ),
    "constraint_prolonged": (
        r"((当社|弊社|こちら|私ども)(の|側の)(ミス|不手際|都合|確認)|保留(に|で)(して|お待たせ))",
        0.45,
    ),
}

_JA_MORE: dict[str, list[Cue]] = {
    "physical_assault": [
        c(r"(払い落と|はたき落と|叩き落と|払いのけ|投げ捨て|なぎ払|薙ぎ払|床に(落と|投げ|叩きつけ|ぶちまけ))", 0.9),
    ],
    "verbal_abuse": [
        c(r"(頭(が)?(わる|悪|弱|おかし)|存在(自体)?が(迷惑|めいわく|邪魔|じゃま|無駄|ムダ|ゴミ|不快)|落ちこぼれ|出来損な|できそこな|負け組|底辺|能なし|役立たず)", 1.0),
        c(r"(汚い|きたない|臭い|くさい)(手|顔|体|奴|やつ|女|男|ババア|ジジイ)", 0.8),
        c(r"(えらそう|偉そう|生意気|なまいき)(に|な|だ)", 0.45),
        c(r"黙って…(やれ|やって|いろ|ろ|従え|ればいい|言うこと)", 0.7),
        c(r"(向いてない|向いてねえ|向いてないよ|向いてません)", 0.5),
        c(r"(奴|やつ|ヤツ)(を|に|が|は|なんか)…(置くな|出すな|雇う|使う|信用)", 0.7),
    ],
    "threats_intimidation": [
        c(r"(ぶちまけ|ばらまい|撒き散ら|まき散ら|ぶっ壊|燃や|潰)(てやる|したる|すぞ|してやる)", 0.9),
        c(r"(家|自宅|住所|職場)(くらい|ぐらい|なんて|なんか)…(すぐ|簡単に)…(わか|分か|調べ|特定)", 1.0, "high"),
        c(r"(ご家族|家族|お子さん|子ども|子供|奥さん|旦那さん)(が|も)…(いらっしゃる|いる)(のでしょう|んでしょう|んだろ|んだろう|よね|でしょ)", 0.8, "high"),
        c(r"(近所|家の(周り|近く|前)|自宅の(周り|近く|前)|周辺|職場の(周り|前))(を|で)…(うろうろ|うろつ|歩き回|張り込|待って)", 1.0, "high"),
        c(r"(さぞ|きっと)…(落ち着かな|心配|不安|怖)", 0.6),
        c(r"(何もしない|何もしません|何もしねえ|悪いようにはしない)(けど|から|よ|って)", 1.0, "high"),
        c(r"(見つけたぞ|見つけたからな|見つけたよ|見つけたわ)", 0.6),
        c(r"(考えさせてやる|思い知らせてやる|わからせてやる|分からせてやる|後悔させてやる)", 0.9),
        c(r"(たら|なら|れば|ないと|なきゃ)…(ネット|SNS|sns|口コミ|レビュー)…(流す|晒す|書く|投稿する|拡散する|載せる|上げる|考えさせ)", 1.0),
        c(r"(切ったら|帰ったら|断ったら|断るなら|出さないなら|払わないなら|しないなら|できないなら)…(どうなるか|ただじゃ|流す|晒す|行く|知らない|かける|わかって)", 0.9),
    ],
    "coerced_apology": [
        c(r"(謝罪|お詫び|謝り)(の)?(電話|訪問|文|言葉)(を|が)?…(要求|求め|しろ|よこせ|寄越せ|入れろ|来い)", 0.8),
    ],
    "constraint_prolonged": [
        c(rf"({JNUM}|何|数)時間(半|以上|近く|\d+分)?(が|も|ほど|以上)?(経過|経っ|たっ|続い|続き|過ぎ)", 0.8),
        c(r"(出られな|出られず|帰れな|帰れず|動けな|離れられな|戻れな)(い|かった|く)…(状態|まま|時間|分|続)", 0.9),
        c(r"(立ちふさが|立ち塞が|立ちはだか|前に立ち続|前から動か|居座り続|座り続|立ち続)", 0.9),
        c(r"(言い直す|答える|謝る|認める|納得する|返事する)まで…(進ませ|帰さ|通さ|させてもらえ|させてくれ|終わらせ|離して)", 1.0),
        c(r"(本題|手続き|用件)(に)?(入れ|進め)(ない|ず)…(時間|分|経過)", 0.8),
        c(r"(終話|電話を終え|通話を終え|切り上げ)(を|たい)?…(申し出|お願い|伝え)(たが|ましたが|ても|したが)", 0.9),
    ],
    "repetitive_demands": [
        c(r"(送り続け|かけ続け|電話し続け|書き続け|聞き続け|言い続け|問い合わせ続け|メールし続け|投稿し続け|来続け)", 0.9),
        c(r"(同じ|同様の)(こと|内容|質問|要求|話)(を|が)…({JNUM}|何)(人|名|箇所|部署|店舗)(の|に)", 0.8),
        c(r"(翌週|翌日|次の日|毎週|毎日|連日)(も|に)…(同じ|また|再び)…(来|電話|要求|現れ)", 0.7),
    ],
    "punishment_demands": [
        c(r"(担任|顧問|担当|係|ポジション|持ち場|現場|シフト|レジ|窓口|フロント|役職|チーム|クラス)(から|を)(も)?…(外せ|外して|外さ|降ろせ|おろせ|下ろせ|下ろして|降ろして|替えろ|代えろ|変えろ|交代させ)", 0.9),
        c(r"(処分|懲戒|処罰|解雇)(の)?(通知|結果|内容|報告|書類)(を|は)?…(送れ|報告しろ|教えろ|出せ|よこせ|見せろ|知らせ)", 1.0),
    ],
    "language_nitpicking": [
        c(r"(」|』)(って|は|の|が|という(言い方|表現|言葉)?|とか|も)…(何|なに|おかし|間違|違う|失礼|定型文|過去形|変|へん|ダメ|だめ|使い方|普通|常識|心がこもって|軽く見|正しくな)", 0.8),
        c(r"(言い直|書き直|送り直|打ち直|言いなおし|書きなおし)(す|せ|さ|し|させ|して|しろ)", 0.6),
        c(r"(一語|一言|ひとこと|一文字|一字|一文)(ずつ|ごと|話すたび|言うたび|しゃべるたび|喋るたび)", 0.8),
        c(r"(正しい|ちゃんとした|まともな|きちんとした)(言い方|言葉|敬語|表現|日本語|言葉遣い)", 0.8),
        c(r"(句点|読点|句読点|誤字|脱字|改行|ひらがな|漢字|敬称|宛名|定型文|テンプレ)(が|を|の|に|は)…(多い|少な|おかし|違|直|なって|だろう|じゃ|使|し)", 0.7),
        c(r"(自分の言葉で|心がこもって(い)?な|気持ちがこもって(い)?な)", 0.7),
        c(r"(前には|の前に|後ろに)「…」(を)?(つけ|付け)(る|ろ)", 0.8),
    ],
    "out_of_hours_demands": [
        c(r"(非番|休み|休日|勤務外|夜勤明け|有給|休暇)(の日|中)?(でも|にも|なのに|だろうが)…(電話|連絡|折り返|対応|来|出)", 1.0),
        c(r"自宅から(折り返|電話|連絡|対応)", 0.9),
        c(r"(深夜|夜中|真夜中|早朝)({JNUM}時)?(に|の)…(入電|電話|来店|来|連絡|届けろ|持って来|対応しろ|今から)".replace("{JNUM}", JNUM), 0.8),
        c(r"(閉庁後|閉店後|閉館後|終業後|営業終了後|受付終了後)(に|、)?…(待って|来|現れ|入|電話|押しかけ|話がしたい)", 0.9),
        c(r"今から…(届けろ|持って来い|持ってこい|来い|来て|持ってきて|届けて)", 0.8),
    ],
    "trespass_noncompliance": [
        c(r"(入り込(ん|み|も)|入ってこ(られ|られ)|入って来(られ|た)|上がってき|上がって来|一緒に入|後に続いて入|すり抜けて入|勝手に開け|扉(を|も)…開け(よう|て))", 0.8),
        c(r"(通路|映写室|客室|リネン庫|整備工場|作業場|執務室|工場|作業エリア|機械室|調理室|病室|ナースステーション|職員室|医局|手術室|操作室|運転席|乗務員室|楽屋|舞台裏)(に|へ|まで|の中|内)…(入|上が|来|立ち入|開け|侵入)", 0.9),
        c(r"(出る|戻る|退室|退出|離れる|下がる|移動する|出ていく|出て行く)よう…(お願い|注意|指示|求め|伝え|促)", 0.7),
        c(r"(よう|ように)…(お願い|注意|指示|求め|伝え|促)(し)?(ました|た)?(が|けど|ても|のに)、?…(応じ|従っ|聞き入れ|聞い|やめ|止め|出)(ていただけ|てもらえ|てくれ|ず|ない|なかった|ません)", 0.9),
        c(r"(見る権利|入る権利|客の権利|自分の(車|物|金)だから)", 0.6),
    ],
    "unauthorized_recording": [
        c(r"(撮影|録画|録音|動画)(し|を)?(続け|やめ(ず|な)|止め(ず|な))", 0.9),
    ],
    "discrimination": [
        c(r"(ヒジャブ|スカーフ|ターバン|ベール|布を取れ|テロリスト|宗教の人|イスラム|ムスリム)", 0.8),
        c(r"(この人たち|あの国の人|あの国|あっちの国|こういう人たち|ああいう人たち|あの人たち|外国の奴)(は|が|の|って|なんか|、)", 0.7),
        c(r"日本人(の|に|が)(レジ|スタッフ|人|店員|担当|方|看護師|先生|医者)…(並|代|替|変|して|しろ|いい|出せ|呼べ)", 0.9),
        c(r"日本人(に|を)(しろ|出せ|呼べ|替えろ|代えろ|して)", 1.0),
        c(r"言葉(の|が)通じ(ん|ない|ねえ|ねー)(奴|やつ|ヤツ|人|の)", 0.9),
        c(r"(ベトナム|ネパール|中国|韓国|フィリピン|外国|海外|アジア|ブラジル|インド|ミャンマー|インドネシア|スリランカ|アフリカ)(出身|籍|系|人)", 0.35),
        c(r"(聞こえない|見えない|障害のある|障がいのある|車椅子の|病気の|歩けない)(奴|やつ|ヤツ|人|者|の)(を|に|が|は|なんか)…(置くな|出すな|働かせ|雇う|窓口|無駄|迷惑|触るな)", 1.0),
        c(r"(うつる|移る|感染る)(から|だろ|じゃ|ん)", 0.8),
        c(r"(男|女)の(看護師|保育士|介護士|医者|先生|店員|人)(なんて|なんか|じゃ|では|は)…(信用|無理|ダメ|だめ|嫌|いや|イヤ|できな)", 1.0),
        c(r"(女|男)(性)?(の人|の方|のスタッフ|の看護師)?に(替え|代え|変え|かえ)(て|ろ)", 0.8),
    ],
    "sexual_harassment": [
        c(r"(気がある|気があるんじゃ|俺のこと(見て|好き)|僕のこと(見て|好き)|俺に惚れ)", 0.8),
        c(r"(何カップ|カップ数|スリーサイズ|バスト|胸の大きさ|下着の色|いい匂い|いいにおい|匂いを嗅|においを嗅|密着)", 0.9),
        c(r"(体|からだ|カラダ)(も|を)?(確認|触|チェック|見て|洗)(して|させて|してよ|させろ)", 0.9),
        c(r"(シフト|仕事|勤務|バイト)(は)?何時(まで|に終わ|上がり|あがり)|何時に(終わ|上が|あが)(る|り)", 0.8),
        c(r"(出てくる|出て来る|終わる|上がる|帰る)(の)?を…待(って|ち)", 0.8),
        c(r"(カラオケ|飲み|ご飯|ごはん|食事|ドライブ|遊び)(に)?…(来てくれ|来てよ|行こう|行かない|付き合|つきあ|おごる|奢る|出すよ)", 0.7),
        c(r"(ホテル|部屋|自宅|家)(とか|など|で|でも)(でも)?…(レッスン|やって|会|来)", 0.8),
        c(r"(時間帯|シフト|勤務時間|出勤日|帰る時間)(を)?…(把握|調べ|知って|覚え)", 0.7),
        c(r"(スタッフ|インストラクター|店員|係員|看護師|受付)の…ちゃん", 0.45),
        c(r"(メモ|手紙|名刺|紙)(を)?…(渡そう|渡し|押し付け|握らせ)", 0.5),
    ],
    "online_defamation": [
        c(r"(拡散|カクサン|かくさん)(して|しろ|希望|お願い|よろしく|シテ|しよう)", 1.0),
        c(r"(ネット|SNS|sns|口コミ|レビュー|掲示板)で…(考えさせ|思い知らせ|わからせ|後悔させ)", 1.0),
        c(r"(らしい|ラシイ|らしいよ|らしいぞ)…(やばい|ヤバイ|ヤバい|マジ|みんな|ミンナ|拡散|カクサン)", 0.8),
        c(r"(ニセモノ|偽物|にせもの|怪しい薬|アヤシイクスリ|クスリ)(を)?…(売って|うって|ウッテ|使って)", 0.6),
    ],
    "privacy_violation": [
        c(r"(インスタ|アカウント|SNS|sns|フェイスブック|ツイッター|家|自宅|住所|最寄り駅|最寄駅|勤務先|実家|本名)(を|も|は)?…(見つけた|わかった|分かった|特定した|突き止めた|割り出)", 1.0, "high"),
        c(r"(本名|住所|住んでる(とこ|ところ)|住んでいる(所|ところ)|家|インスタ|連絡先)…(分かる人|わかる人|知ってる人|知っている人|教えて(ください|くれ|下さい)?|特定して)", 1.0),
        c(r"名札(「|の名前|に書|を見)", 0.5),
        c(r"(知ってる人|わかる人|分かる人|anyone know)", 0.35),
    ],
    "unreasonable_demands": [
        c(r"(全部|全額|すべて|全て)(を)?(出せ|払え|持て|負担しろ|負担して|持ちで|よこせ)", 0.8),
        c(r"(タクシー代|交通費|送料|人件費|処分費|昼食代|食事代|ホテル代|宿泊費|飲み代|運搬費|修理代|塗装|全塗装)(は|も|を|と|の費用)?…(そっち持ち|そちら持ち|出せ|払え|負担|持て|よこせ|用意しろ|請求)", 0.9),
        c(r"(全額返金|返金)(と|に加えて|プラス|に加え)、?…(無料|券|代|出せ|補償)", 0.9),
        c(r"そんな(紙|もの|書類|規約|ルール|規則|決まり|説明)(は|なんか|なんて)…(知らな|知らん|関係な|認めな)", 0.8),
        c(r"(サンプル|試供品|おまけ|ノベルティ)の代わりに", 0.8),
        c(r"(無理|むり|ダメ|だめ)(なら|だったら)…(円|クーポン|券|返金|ポイント|商品)", 0.7),
        c(r"(新品|現品)(に|を|で)…(交換しろ|よこせ|送って|無償|送れ)", 0.7),
        c(r"(取り置いとけ|取り置け|取っておけ|取り置きしろ)|(人数分|家族分|全員分)…(売れ|よこせ|用意|取り置|ね)", 0.7),
        c(r"(business|ビジネス|ファースト|first|上の)(class|クラス)?(に|へ)?…(upgrade|アップグレード)", 0.9),
        c(r"(当たり前でしょ|当然でしょ|当たり前だろ|当然だろ)", 0.45),
        c(r"(限り|限定)…(売れ|よこせ|くれ|出せ)", 0.8),
        c(r"(お一人様|おひとり様|一人|1人)…(限り|限定)", 0.35),
    ],
}
_JA_MORE["threats_intimidation"] += [
    c(r"(帰り道|通勤路|通勤経路|帰る時間|帰宅時間|乗ってる車|車|通ってる道|行きつけ|家|実家|子供の学校)(、|は|も|を|なら)?…(知ってる|知っている|知ってんだ|分かってる|わかってる|把握して)(から|ぞ|よ|ん|んだ|からな)", 1.0, "high"),
    c(r"気を(つけ|付け)(て帰れ|て帰りな|ろよ|とけ|たほうがいい|た方がいい|なよ|たほうが身のため|た方が身のため)|身のため", 0.5),
]
_JA_MORE["physical_assault"] += [
    c(r"(肩|胸|体|背中|腕|頭|顔|胸元)(を|に)…(突い|突か|突き|押し|押さ|どつ|ぶつか|当たっ|叩|はた)(?!ない)", 0.9),
    c(r"(転倒させ|転ばせ|転倒し|倒れ込|尻もちをつ|よろけ)", 0.6),
]
_JA_MORE["verbal_abuse"] += [
    c(r"親の顔(が|を)見て(み)?たい|(こんな|これくらい|これぐらい|そんな)(簡単な)?(こと)?(も|すら)(できない|できねえ|できん|わからない|分からない|わかんない)(のか|の|んだ)", 0.9),
]
_JA_MORE["coerced_apology"] += [
    c(r"頭を(床|地面|地べた)に(つけ|付け|こすりつけ|擦り付け)", 1.0),
]
_JA_MORE["language_nitpicking"] += [
    c(r"(文言|言葉|表現|単語|一語|一文|言い回し)(を)?(一つずつ|ひとつずつ|いちいち|一個ずつ|全部|一字一句)…(直|指摘|訂正|書き直|言い直)", 1.0),
    c(r"(目上|お客|客|お客様)(に|の人に)(使う|使える|言う)(言葉|表現)?(じゃない|ではない|じゃねえ|ではありません)", 0.9),
]
_JA_MORE["out_of_hours_demands"] += [
    c(r"((朝|早朝|午前)[1-6]時|(夜|深夜|夜中)(9|1[0-2])時|(深夜|夜中)[0-5]時)(に|から|頃|ごろ|過ぎ|すぎ)", 0.35),
    c(r"(担当者|職員|スタッフ|店員|先生|社員|担当)の(自宅|家|携帯|個人携帯|私用携帯|個人の携帯|実家)(に|へ|まで)…(かけてき|かけてくる|電話してき|電話してくる(?!ださ)|押しかけ|来い|こい|来させ|しろ|させろ|教えろ)", 0.9),
]
_JA_MORE["trespass_noncompliance"] += [
    c(r"(ロープ|柵|フェンス|バリケード|ゲート|規制線|コーン|チェーン|仕切り)(を)?(くぐ|越え|こえ|乗り越え|またい|跨い|押しのけ|どかし|外し)", 1.0),
    c(r"(工事現場|現場|線路|ホーム下|立入禁止区域|立ち入り禁止区域|敷地)(に|へ|内に)…(入|侵入|立ち入)", 0.9),
    c(r"(注意|警告|指示|制止|お願い)(も|まで)…(無視|聞かず|聞かな|従わ)", 0.9),
]
_JA_MORE["online_defamation"] += [
    c(r"(噂|うわさ|ウワサ|デマ|嘘|うそ|悪評)を(広め|流|拡散|ばらま|言いふら)", 1.0),
    c(r"根拠(の|も)ない(噂|うわさ|話|書き込み|投稿|情報|批判|中傷)", 0.9),
]
_JA_MORE["privacy_violation"] += [
    c(r"(氏名|本名|名前|顔写真|写真|住所|住んでいる地域|住んでる地域|住まい|自宅|勤務先|家族)(と|や|、|まで|も|を|が)…(書き込|載せ|晒|さら|投稿|公開|アップ|流さ|拡散)", 1.0),
]
_JA_MORE["unreasonable_demands"] += [
    c(r"(保証期間|保証|規約|ルール|期限|返品不可|決まり)(なんて|なんか|とか)…(関係な|知らな|知るか|知らん)", 0.9),
    c(rf"({JNUM}|何)年(前|も前|以上前)に(買った|購入した|買っ)…(交換|返金|新品|返品)", 0.9),
]
for _cat, _cues in _JA_MORE.items():
    JA[_cat].extend(_cues)
