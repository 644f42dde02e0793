"""The safety floor's phrases: weapons, threats to life, bombs and arson, injuries, following.

Data for `bot.triage.safety`, one table per kind and language. Patterns are regular
expressions over normalised text (`bot.triage.text.normalise`: NFKC, lower case, contractions
expanded, so "he's" is "he is" and "won't" is "will not"). In the English tables `\\b` means an
ASCII word edge, so "kill you" is found in 「次来たらkill youマジで」 too. The Japanese tables are
matched on text whose katakana is folded to hiragana (ｺﾛｽ, コロス and ころす are one spelling),
so write kana in hiragana; kanji stay as they are.

Each rule is `(pattern, guard)` or `(pattern, guard, options)`: a match is set aside when the
guard matches text that touches it ("gun shop", a knife being returned, "the wait is killing
me", 「殺到」). Options: `needs_attack` (an injury word counts only beside an attack, and an
accident word in its sentence sets it aside), `sentence_guard` (a second look-alike pattern that
sets the match aside anywhere in its sentence), `unfolded` (Japanese matched before katakana is folded, for slang such as ドス). Write rules from how
people describe danger, broad enough to catch wordings not seen before; write guards only for
well-defined look-alikes, never to silence a real report.
"""

from __future__ import annotations

# A rule: a pattern, its look-alike guard (or None), and optionally its options.
Rule = tuple[str, str | None] | tuple[str, str | None, dict[str, object]]

# --- English building blocks -----------------------------------------------------------------

W = r"[\w'’\-:/]+,?"  # one word of filler, numbers and times included ("18:32", "country-made")

ROLE = (
    r"(?:staff|staffer|staff member|staff members|employee|employees|worker|workers|clerk|clerks|cashier|cashiers|"
    r"agent|agents|operator|receptionist|receptionists|doctor|doctors|doc|gp|nurse|nurses|pharmacist|pharmacists|"
    r"dentist|vet|surgeon|midwife|paramedic|therapist|carer|caregiver|teacher|teachers|tutor|principal|head teacher|"
    r"headteacher|proctor|invigilator|examiner|driver|drivers|conductor|guard|guards|security|officer|officers|"
    r"manager|managers|supervisor|boss|owner|landlord|waiter|waitress|server|barista|chef|cook|bartender|barman|"
    r"barmaid|attendant|assistant|advisor|adviser|consultant|engineer|technician|rep|representative|teller|banker|"
    r"caretaker|porter|concierge|cleaner|housekeeper|pilot|crew|steward|stewardess|librarian|instructor|trainer|coach|"
    r"interpreter|volunteer|colleague|colleagues|coworker|coworkers|co-worker|team|team leader|lady|ladies|girl|girls|"
    r"woman|women|man|men|guy|guys|boy|bloke|lad|chap|kid|kids|child|children|baby|family|families|wife|husband|"
    r"daughter|son|sons|daughters|mother|mum|mom|father|dad|parents|sister|brother|partner|girlfriend|boyfriend|"
    r"missus|customer|customers|patient|patients|passenger|passengers|student|students|pupil|people|person|everyone|"
    r"everybody|bitch|bastard|cow|slag|whore|slut|idiot|prick|foreigner|social worker|case worker|caseworker|warden|"
    r"bailiff|courier|postman|delivery boy|delivery driver|delivery guy|housing officer|security guard|night manager|"
    r"duty manager|store manager|branch manager|site manager|shop assistant|sales assistant|ticket inspector|inspector|"
    r"bouncer|bouncers|doorman|door staff|stylist|hairdresser|barber|cabbie|usher|lifeguard|ranger|chemist|tech|adjuster)"
)
# Someone who can be killed or hurt: a pronoun, a role ("the doctor", "that smug bank clerk"),
# a title and name ("Dr Okafor"), or "every one of them".
PERSON = (
    r"(?:you|u|ya|yah|yous|youse|y'all|ye|him|her|them|me|us|everyone|everybody|every one of (?:you|them|us)|"
    r"every last one of (?:you|them)|all of (?:you|them|us)|the lot of (?:you|them)|each of (?:you|them)|someone|"
    r"somebody|anyone|anybody|people|"
    rf"(?:the|a|an|that|this|your|ur|his|her|my|our|their|some|every|one of (?:the|your|our|his|her|my|those)) (?:{W} ){{0,2}}{ROLE}|"
    rf"(?:mr|mrs|ms|miss|dr|nurse|officer|sister) {W}|\w+-san|{ROLE})"
)
# Future, intent or condition: "will", "gonna", "threatened to", "or I'll", "if you ..., I".
INTENT = (
    r"(?:will|shall|gonna|gunna|going to|gon|goin to|goin ta|about to|want to|wanna|wants to|wanted to|threatened to|"
    r"threatening to|threatens to|threaten to|promised to|promises to|swore to|swears to|vowed to|would|is coming to|"
    r"are coming to|come back and|coming back to|coming back and|ready to|tried to|try to|trying to|attempted to|"
    r"or i|or else i|or we|and i|i am|let me|i will|to|could|should|might|may|he'd|she'd|i'd|they'd|ill|hed|imma|ima|i'ma)"
)
KILL = (
    r"(?:kill|kills|killed|killing|murder|murders|murdered|murdering|shoot|shoots|shooting|shot|stab|stabs|stabbing|"
    r"stabbed|strangle|strangles|strangled|strangling|throttle|slit|gut|butcher|slaughter|execute|behead|decapitate|"
    r"drown|burn|torch|set fire to|run over|mow down|bury|blow away|cap|smoke|waste|whack|murk|knife|shank|shiv|"
    r"slash|cut up|chop up|carve up|beat to death|batter to death|kick to death|end|finish off|take out|do in|off)"
)
HURT = (
    r"(?:hurt|harm|beat|beat up|bash|batter|smash|punch|hit|kick|slap|thump|deck|headbutt|strangle|choke|stab|cut|"
    r"slash|maim|cripple|break|snap|rip|tear|mess up|fuck up|f\*\*\* up|f\*\*k up|do in|take out|finish off|"
    r"run over|knock out|lay out|glass|bottle|smack|whack|wallop|clobber|thrash|pummel|burst|chib|stripe|leather|lamp|twat|"
    r"stomp|stamp on|kill|murder|shoot|wet up|shank|merk|murk|drop|flatten)"
)
BODY = (
    r"(?:legs?|arms?|neck|throat|jaw|nose|face|faces|head|heads|skull|teeth|bones?|fingers?|hands?|knees?|kneecaps?|"
    r"ribs?|back|spine|eyes?|wrists?|ankles?|shoulders?|collarbone|cheekbone|lip|lips|ear|ears|kidneys?|guts|brains?)"
)
STRONG_WEAPON = (
    r"(?:guns?|handguns?|hand gun|pistols?|revolvers?|rifles?|shotguns?|shot gun|sawn-off|sawed-off|firearms?|"
    r"air rifle|bb gun|crossbows?|weapons?|knife|knives|blades?|machete|machetes|box ?cutters?|boxcutters?|"
    r"stanley knife|stanley blade|craft knife|utility knife|switchblade|flick[- ]?knife|flick[- ]?knives|desi katta|katta|tamancha|"
    r"country-made (?:pistol|gun|revolver)|(?:twelve|12|20|sixteen|16)[- ]bore|louisville slugger|pocket ?knife|penknife|dagger|sword|katana|axe|"
    r"hatchet|taser|stun gun|pepper spray|cs spray|mace spray|acid|explosives?|grenades?|molotov(?: cocktail)?|shank|"
    r"shiv|cleaver|razor(?: blade)?|ice pick|bayonet|nunchucks?|knuckle ?dusters?|knuckleduster|brass knuckles|glock|"
    r"ak-?47|ar-?15|uzi|\.22|\.38|\.45|9 ?mm|scalpel|sickle|scythe|baseball bat|cricket bat|metal bat|wooden bat|"
    r"aluminium bat|aluminum bat|crowbar|metal pipe|lead pipe|iron pipe|steel pipe|iron bar|metal bar|iron rod|"
    r"steel rod|metal rod|tyre iron|tire iron|sledgehammer|sledge hammer|claw hammer|hammer|meat cleaver|chainsaw|"
    r"spear|harpoon|slingshot|catapult|bow and arrow|flare gun|nail gun|shank|cutlass|parang|kukri|sabre|saber|baton|"
    r"truncheon|cosh|nightstick|tomahawk|hunting knife|bowie knife|butterfly knife|balisong|zombie knife|samurai sword|"
    r"air gun|airgun|replica gun|imitation firearm|wheel brace|tyre lever|tire lever|jack handle|pickaxe|pick axe|machete)"
)
WEAK_WEAPON = (
    r"(?:bat|golf club|club|pipe|rod|bar|mallet|wrench|spanner|screwdriver|scissors|syringe|needle|broken bottle|cue|pool cue|"
    r"snooker cue|crutch|bar stool|stool|hockey stick|cricket stump|stump|"
    r"bottle|stubby|glass|brick|rock|stone|stick|cane|walking stick|umbrella|chair|fire extinguisher|chain|belt|pen|"
    r"keys|fork|skewer|drill|tool|object|something|thing|pole|plank|piece of wood|shovel|spade|rake|torch|lighter)"
)
# Holding or using: any of these with a strong weapon; only the aggressive ones with a weak one.
AGGRESSIVE_USE = (
    r"(?:brandish\w*|wav(?:e|ed|es|ing) (?:\S+ ){0,3}(?:at|in front of|around|about|towards|toward|in my|in her|in his)|"
    r"point(?:ed|s|ing)? (?:\S+ ){0,4}(?:at|towards|toward|in my|in her|in his)|aim(?:ed|s|ing)? (?:\S+ ){0,3}at|"
    r"swung|swings?|swinging|lunged|lunging|came at (?:\S+ ){0,2}with|coming at (?:\S+ ){0,2}with|went for (?:\S+ ){0,2}with|"
    r"went at (?:\S+ ){0,2}with|ran at (?:\S+ ){0,2}with|charged at (?:\S+ ){0,2}with|jabbed|jabbing|thrust|"
    r"held (?:\S+ ){0,3}(?:to|against|up to|at|near|over|above)|holding (?:\S+ ){0,3}(?:to|against|up to|at|near|over|above)|"
    r"pressed|pressing|threaten\w* (?:\S+ ){0,5}with|menac\w* (?:\S+ ){0,3}with|raised (?:\S+ ){0,3}(?:over|above|at)|"
    r"raising (?:\S+ ){0,3}(?:over|above|at)|attacked (?:\S+ ){0,2}with|hit (?:\S+ ){0,3}with|struck (?:\S+ ){0,3}with|"
    r"beat (?:\S+ ){0,3}with|hitting (?:\S+ ){0,3}with|smash\w* (?:\S+ ){0,4}with|armed with|wield\w*|slashed|stabbed|"
    r"fired|firing|smashing|smashed)"
)
SHOW_USE = (
    r"(?:pulled|pulls|pulling|pull|drew|draws|drawing|flash(?:ed|es|ing)?|show(?:ed|s|ing|n)?|produced|producing|"
    r"took out|takes out|take out|taking out|whipped out|pulled out|pulls out|reached for|reaching for|reaches for|"
    r"reached into|grabbed|grabbing|picked up|picks up|used|uses|using|put|puts|placed|places|laid|slammed|left|kept|"
    r"flick(?:ed|s|ing)? (?:open|out)|opened|takes|took|taking|take|brings out|bringing out|lifts|lifted|lifting|"
    r"unwrapped|revealed|got out|gets out|getting out|brought out|bring out|lifted|holding up|held up)"
)
HOLD = (
    r"(?:has|had|have|having|got|gotten|carry|carries|carrying|carried|hold|holds|holding|held|with|concealed|"
    r"concealing|hidden|hid|hiding|tucked|packing|packed|brought|bring|brings|bringing|armed|possession of|"
    r"in possession of|visible|own|owns|owned|keep|keeps|kept|bought himself|bought herself|carrying around|"
    r"walks around with|goes around with|never leaves (?:\S+ ){0,3}without|never goes (?:\S+ ){0,3}without|cleaning|"
    r"polishing|loading|oiling|sharpening|loaded|sharpened|cocked)"
)
SENSE = r"(?:saw|seen|see|spotted|noticed|glimpsed|could see|caught sight of|looked like|look like|looks like|looking like|seemed like|appeared to be|resembled|shaped like|outline of|bulge of)"

STAFF_PLACE = (
    r"(?:staff (?:entrance|exit|door|gate|car ?park|carpark|parking|room|toilets|lot)|back door|rear door|rear exit|"
    r"back exit|back entrance|side exit|side door|loading bay|service entrance|employee (?:entrance|exit|car ?park|lot|"
    r"parking|door|gate)|depot gate|depot|staff bus stop|"
    r"(?:the (?:end|top|bottom|corner) of )?(?:my|her|his|their|our|\w+'s|the (?:\S+ ){0,2}(?:staff|employee|nurse|doctor|clerk|cashier|driver|agent|teacher|"
    r"examiner|officer|manager|receptionist|worker|pharmacist|warden|social worker)'s) (?:own )?(?:house|home|flat|"
    r"apartment|building|car|door|front door|gate|front gate|garden|drive|driveway|street|road|block|hostel|pg|"
    r"room|bike|bicycle|ute|van|window|front wall|wall|letterbox|doorstep|porch|school gates|"
    r"kids' school|children's school|son's school|daughter's school|gym|local|bus stop|stop|station|platform)|"
    r"(?:the )?(?:house|home|flat|street|road|school gates|school) (?:where|that) (?:\S+ ){0,3}(?:lives?|stays?|goes)|"
    r"(?:your|ur) (?:car|van|bike|house|home|flat|front door|door|window)(?! ?park)|"
    r"(?:the )?school gates of|(?:the )?(?:bus stop|stop|car ?park|exit|door|gate|entrance|station|path|route|alley|"
    r"footpath|walkway) (?:that )?(?:the )?(?:staff|employees|nurses|we|they) (?:use|uses|take|takes))"
)
LEAVING = (
    r"(?:after (?:work|my shift|her shift|his shift|their shift|the shift|closing|close|hours|we closed|i finished|she "
    r"finished|he finished|we finished|i clocked off|she clocked off|my late shift|the late shift)|when (?:i|she|he|we|"
    r"they) (?:left|leave|leaves|finished|finish|finishes|got off|get off|came out|come out|clocked (?:off|out)|knocked "
    r"off|signed off|went home|go home|closed up|locked up|walked out|got home|get home)|(?:at|by) (?:closing|close|"
    r"clocking[- ]off|knocking[- ]off|home) time|(?:on|after) (?:my|her|his) way home|on the way home|walking home|"
    r"walk home|going home|after (?:i|she|he) (?:left|finished|knocked off|clocked off)|until (?:i|she|he|we) "
    r"(?:left|finished|got off|came out|closed)|since (?:i|she|he|we|they|the (?:shop|store|office|branch)) (?:left|closed|shut|finished)|"
    r"when [a-z]+ (?:finished|left|finishes|leaves|got off|clocked off|knocked off)|end of (?:my|her|his|the) (?:beat|round|route)|"
    r"when (?:my|her|his|their) shift (?:ends|ended|finished|finishes|is over|was over)|end of (?:my|her|his|the) shift|"
    r"finished (?:my|her|his|the) shift|finish(?:es)? at \d|finishes at|leaves at \d|leaves at (?:six|seven|eight|five|"
    r"nine|ten)|locking up|clocked (?:off|out)|knocked off)"
)
SIGHT = (
    r"(?:wait\w*|lurk\w*|loiter\w*|hang\w* (?:around|about|round)|hung (?:around|about|round)|camp\w*|parked|sitting|"
    r"sat|standing|stood|stands|was there|were there|is there|is still there|turned up|turns up|showed up|shows up|"
    r"appeared|appears|outside|was outside|is outside|been at|been outside|been parked|been sitting|been standing|been waiting|watching|watched|watches|staring|spotted|seen|saw|noticed|found "
    r"him|found her|found them|behind (?:me|her|him|us)|following|followed|tailing|tailed|trailing|tracking|circling)"
)
THIRD = (
    r"(?:he|she|they|him|the customer|the man|the woman|the guy|the bloke|the caller|the client|the guest|the "
    r"patient|the passenger|the driver|the tenant|the candidate|the claimant|the father|the mother|the parent|"
    r"the student|the member|the visitor|the debtor|a customer|a man|a woman|a guy|customer|caller|that (?:\S+ )?"
    r"(?:guy|man|woman|bloke|customer|passenger|patient|tenant|client)|same (?:man|guy|woman|bloke|customer|person|"
    r"car|passenger|patient|tenant|client)|this (?:man|guy|woman|customer)|the (?:\S+ ){0,3}(?:from|who) )"
)

# --- English: threats to life or limb --------------------------------------------------------

EN_THREAT_LOOKALIKE = (
    r"\b(?:she|he) cut (?:her|his) (?:own )?(?:thumb|thumbs|finger|fingers|fingertip|hand|palm|knuckle)\b|\bi cut my (?:own )?(?:thumb|finger|fingers|fingertip|hand|palm|knuckle)\b|"
    r"\b(?:mum|mom|mother|dad|father|wife|husband|partner|missus|captain|coach|boss|teacher|gran|nan|team|teammates) (?:would|will|is going to|is gonna|gonna) (?:literally )?\"?kill (?:me|her|him|us)\b|"
    r"\b(?:someone|somebody|anyone|anybody|people|you) could (?:break|snap) (?:their|your|his|her|a) (?:neck|legs?|arms?|ankles?|back)\b|"
    r"\b(?:report\w*|complain\w*|escalat\w*|refund\w*|contact\w*|trading standards|ombudsman|regulator)\b[^.!?\n]{0,80}\bor i(?: will|\'ll|\'d| would) do it myself\b|"
    # "I'd murder someone for working wifi", "you want to kill me with this billing", "anything could have happened to him",
    # a child screaming "she's going to kill me!" at the needle.
    r"\b(?:kill|murder)(?:ed|s|ing)? (?:someone|somebody|anyone|anybody) for (?:a|an|some|working|decent|good|proper|real|hot|cold|fast|better|free|cheap|one|another)\b|"
    r"\b(?:kill|killing|kills) (?:me|us) with (?:this|these|those|your|the|their|all (?:this|these)) (?:\S+ ){0,2}(?:bill|bills|billing|prices?|charges?|fees?|rates?|paperwork|forms?|questions?|rules?|policies|policy|kindness|interest|tariffs?|increases?|costs?|tax|taxes|jargon|waiting|queues?)\b|"
    r"\b(?:anything|something) (?:could|might) have happened\b|"
    r"\b(?:\w+-year-old|toddler|child|children|kid|kids|little boy|little girl|baby|son|daughter|boy|boys|girl|girls) (?:\S+ ){0,2}(?:screamed|cried|yelled|shouted|wailed|sobbed|squealed)\W+(?:\w+ ){0,5}(?:kill|murder) me\b|"
    r"\bwhack(?:ed)? (?:me|him|her|them) on the back\b|\bpat(?:ted)? (?:me|him|her) on the back\b|\bnearly choked\b|\bchok(?:ed|ing) on (?:a|the|some|my|his|her)\b|"
    r"\b(?:dart|darts|blaster|toy|ball|pellet|pellets|puck|frisbee|shuttlecock)\b[^.!?\n]{0,40}\b(?:should and )?hit\b|"
    r"\bsnap(?:s|ped|ping)? (?:their|his|her|my|your) fingers\b|"
    r"\b(?:is|are|was|were|am|been|it is|that is|this is|you are|you were|they are|they were|it's|that's) killing "
    r"(?:me|us|him|her|my|our|his)\b|killing me (?:here|with|softly)|\bkill(?:ed|s|ing)? (?:for|time|two birds)\b|"
    r"\bkill me now\b|to kill (?:the )?time|\bkill(?:ed|s|ing)? (?:off )?(?:the|this|that|my|our|your|his|her|their|a) "
    r"(?:\S+ )?(?:call|line|mood|vibe|conversation|power|lights|engine|app|process|deal|order|music|noise|contract|"
    r"subscription|account|chances|chance|career|buzz|appetite|business|sales|reputation|battery|phone|signal|plan|"
    r"idea|joy|fun|momentum|motivation|concentration|enthusiasm|day|evening|weekend|holiday|party|trip)\b|"
    r"\bkill(?:ed|s|ing)? (?:her|his|my|your|their|our) (?:\S+ )?(?:chances|chance|career|mood|vibe|buzz|appetite|"
    r"business|sales|reputation|battery|phone|concentration|day|weekend)\b|"
    r"\b(?:would|could|will|'d) kill (?:for|to)\b|(?:my|her|his|our|your) (?:feet|back|legs|head|knees?|neck|eyes?|"
    r"ears?|hands?) (?:is|are|were|was) killing|\bmurder (?:a|an|some) (?:\S+ )?(?:pint|coffee|curry|beer|drink|"
    r"burger|pizza|sandwich|tea|cuppa)\b|"
    r"\bshoot (?:me|us|you|him|her) (?:an|a|over|back|through) |shot (?:me|us) (?:an|a) (?:email|message|text|dm|look|"
    r"glance)|\bshoot(?:ing)? through\b|shoot(?:ing)? the breeze|shooting range|shooting star|photo ?shoot|"
    r"\b(?:hit|slap|slapped|hitting) (?:me|us|him|her|you) (?:with|up) (?:a|an|the)? ?(?:bill|charge|fine|fee|fees|"
    r"question|questions|complaint|lawsuit|barrage|wall|reply|request|surcharge|penalty|refund|email|message|text|"
    r"rate|price|invoice|demand|deadline|survey)|\bhit (?:me|us|him|her) up\b|\bbeat (?:me|us|him|her) to it\b|"
    r"\bcut (?:me|us|him|her|them) off\b|\bcut (?:me|us|him|her|them) (?:a|some) (?:slack|deal|break)\b|"
    r"\bbreak (?:my|your|his|her) heart\b|\bbreak (?:the|my|your) (?:bank|news)\b|"
    r"\b(?:make|made) (?:you|me|him|her|us) (?:wait|feel|look|pay|sign|cry|laugh|angry|late|understand|redo|repeat|"
    r"come|go|stay|sick)\b|\b(?:leave|left) (?:you|him|her|them|us|me) (?:a|an|the|some|alone|waiting|on hold|in peace|"
    r"feedback)\b|\b(?:sort|sorted|sorting) (?:you|him|her|them|it|this|that) out (?:with|for|a|the|by|today|"
    r"tomorrow|later|soon)\b|\b(?:take|took|taking) (?:you|him|her|them|us|me) out (?:to|for|of)\b|"
    r"\bpunch(?:ed|ing)? (?:in|out)\b|\bpunch(?:ed)? (?:my|your|his|her|the) (?:ticket|card|code|number|pin|details)\b|"
    r"\bknock (?:you|them) dead\b|knocked (?:me|us) for six|\b(?:dressed|dress) to kill\b|killer (?:deal|deals|price|"
    r"app|feature|view|views)|\bend(?:ed|ing|s)? (?:the|this|that|our|my|his|her|their|your) (?:call|chat|"
    r"conversation|contract|subscription|booking|membership|meeting|relationship|account|session|shift)\b|"
    r"\bwatch (?:your|ur) step (?:on|near|by|in|around|at)\b|\bmind (?:your|the) step\b|\bdead (?:battery|line|lines|"
    r"end|ends|air|link|links|zone|phone|spot|tired|serious|set|on|quiet|easy|simple|wrong|right|slow)\b|\bdeadline|"
    r"(?:phone|line|lines|helpline|battery|app|system|card|car|printer|machine|computer|laptop|screen|account|link|"
    r"website|site|sim|router|tablet|town|shop|place) (?:is|was|went|are|were) (?:\S+ )?dead\b|"
    r"\b(?:could|might|would) have (?:\S+ )?(?:killed|hurt|injured|cut|burned|burnt|broken)\b|"
    r"(?:wife|husband|missus|mrs|mum|mom|mother|dad|father|girlfriend|boyfriend|partner|boss|kids|parents) "
    r"(?:\S+ ){0,3}(?:kill|murder) (?:me|him|her|us)\b|\bkill(?:ing)? (?:my|our|the) (?:\S+ )?(?:cat|dog|pet|plant|"
    r"plants|fish|lawn|grass|weeds|bugs|germs|pests|rats|mice|wasps)\b|\bkill(?:ed|s|ing)? it\b|"
    r"\bwatch (?:your|ur) back (?:pain|posture)|\btake (?:your|his|her|my) (?:own )?life in (?:your|his|her|my) hands\b|"
    r"\b(?:bored|scared|worried|embarrassed|tickled|frightened) to death\b|\bto death of\b|sick to death|"
    r"\b(?:class|workout|gym|run|hike|session|training|exam|commute|heat|wait|queue|shoes|stairs|walk|journey|traffic|bill|"
    r"price|prices|rent|job|shift|hangover|food|curry|spice|chilli|cold|flu|it|this|that|spin|climb|course|marathon|diet|"
    r"interest|fees|charges) (?:\S+ ){0,2}(?:would|will|is going to|gonna|is gonna|'ll|might|could|nearly|almost) kill (?:me|us|you|him|her)\b"
    r"|\btake (?:it|them|him|her|these|those|that|this) (?:off|out of) (?:the |our |your |their )?(?:shelf|shelves|sale|display|market|range|stock|website|list|menu|rota|system)\b|(?:wife|husband|missus|mum|mom|mother|dad|father|girlfriend|boyfriend|partner|boss|kids|parents)(?:'ll|'d| will| would) (?:\S+ )?(?:kill|murder) (?:me|him|her|us)\b"
    # "pull the offcut back", "roll the sleeve back": a thing moved back, not a back hurt.
    r"|\b(?:pull|pulled|pulling|push|pushed|pushing|bring|put|take|took|roll|rolled|set|hold|held|move|moved|fold|folded|peel|peeled) (?:the|a|it|this|that) \S+ back\b(?! of)"
)
EN_THREAT_RULES: tuple[Rule, ...] = (
    # "I'll kill you", "threatened to kill the doctor", "said he would shoot everyone".
    (rf"\b{INTENT} (?:{W} ){{0,3}}{KILL} {PERSON}\b", EN_THREAT_LOOKALIKE),
    (rf"\b(?:kill|murder|shoot|stab|strangle|slit the throat of|gut|behead|butcher|slaughter|knife|shank) {PERSON}\b", EN_THREAT_LOOKALIKE),
    (r"\b(?:kill|murder|stab|shoot|strangle|end|do|finish|take|run|knock|beat|batter|sort|rough) (?:you|u|ya|him|her|them|me|us) (?:off|in|over|out|up|down|good and proper|to death)\b", EN_THREAT_LOOKALIKE),
    # "I'll break your legs", "smash your face in", "put a hole in Marcus", "cut your throat".
    (rf"\b(?:break|snap|smash|bash|cave|slit|rearrange|stamp on|stomp on|burst) (?:in )?(?:both |all |all of |each of )?(?:your|ur|yer|his|her|their|them|the|my|that (?:\S+ ){{0,2}}\S+'s|\S+'s) (?:{W} ){{0,2}}{BODY}\b", EN_THREAT_LOOKALIKE),
    (rf"\b{INTENT} (?:{W} ){{0,3}}(?:cut|slice|kick|punch|knock|rip|tear|gouge|pull|crack|split|open|bust|burst|fracture|twist|smash|break|snap|bash|cave) (?:in |off |out )?(?:both |all |all of )?(?:your|ur|yer|his|her|their|them|the|my|that (?:\S+ ){{0,2}}\S+'s|\S+'s) (?:{W} ){{0,2}}{BODY}\b", EN_THREAT_LOOKALIKE),
    (rf"\b(?:you|u|your (?:{W} )?{ROLE}|the (?:{W} )?{ROLE}|that \S+|he|she)(?: {W}){{0,2}} (?:will|would|gonna|going to|is going to|are going to|'ll|is gonna) (?:be|end up|wind up) in (?:the )?(?:hospital|a&e|icu|intensive care|a wheelchair|a coffin|the morgue|the ground|a body bag|a box)\b", EN_THREAT_LOOKALIKE + r"|\b(?:my|our) (?:\S+ )?(?:mum|mom|dad|wife|husband|son|daughter|mother|father|grandmother|grandfather|nan|gran)\b"),
    (rf"\b{INTENT} (?:{W} ){{0,3}}{HURT} (?:you|u|ya|him|her|them|us|everyone|everybody|your (?:{W} )?{ROLE}|(?:the|that|this|a) (?:{W} ){{0,2}}{ROLE}|{ROLE})(?: (?:up|in|over|out|down|off|apart|good|bad|badly|so bad|black and blue|senseless|to death|within an inch|in (?:the|a) (?:hospital|wheelchair|ground|grave|coffin|body bag|morgue)|in hospital|6 feet under|six feet under))?\b(?! (?:hair|nails|fringe|bangs|fee|fees|bill|price|prices|rate|salary|wage|pay|hours|shift|shifts|budget|costs|losses|ticket|order|account|card|line|call|connection|service|supply|contract|feelings|pride|chances|business|back|off|short|some slack|a break|a deal)\b)", EN_THREAT_LOOKALIKE),
    (r"\b(?:put|send|leave|land|see) (?:you|u|him|her|them|your \S+|that \S+|the \S+|\S+) (?:in|into|to) (?:the |a |an )?(?:hospital|wheelchair|ground|grave|coffin|body bag|morgue|intensive care|icu|a&e|box|early grave|casualty|the er)\b", r"\b(?:trying to|tried to|nearly|almost|could have|could|would have|might have|enough to|it|this|that|food|meal|dish|allergy|allergen|reaction|poisoning) put (?:\S+ ){1,2}(?:in|into) (?:the )?(?:hospital|a&e|intensive care|icu)\b|\b(?:poisoning|allerg\w*|dairy|nuts?|gluten|peanut|food|chicken|meal|dish|pasta|undercooked|out of date)\b"),
    (r"\bput (?:a |one )?(?:hole|bullet|bullets|round|knife|blade|cap|slug) (?:\S+ ){0,2}(?:in|through|into|between) (?:you|u|him|her|them|your|his|her|their|that|the|\S+)\b", None),
    (r"\b(?:pop|popping|bust|busting) a cap\b|\bcap in (?:your|ur|my|his|her|their) (?:ass|arse|head)\b|\b(?:next time|time) (?:it will|it'll|it would|it'd|it is|it's) be (?:a|the) bullet\b|\bbullet (?:with|for) (?:your|ur|his|her|their|the \S+'s) name\b|\b(?:bullet|bullets|slug) (?:in|through|between) (?:your|his|her|their|the|ur) (?:\S+ )?(?:head|eyes|chest|face|back|brain|skull|knee|kneecap)s?\b", None),
    (r"\bbeat (?:you|him|her|them|\S+) (?:to death|half to death|within an inch|black and blue|senseless|to a pulp)\b|\b(?:kick|punch|beat|smash|bash|cave|knock) (?:your|his|her|their|the \S+'s|\S+'s) (?:\S+ )?(?:head|face|teeth|brains) (?:in|out|off)\b|\bget (?:her|his|your|their) (?:head|face|teeth) kicked (?:in|out)\b", None),
    # "you're dead", "ur dead", "dead man walking", "you won't live to see", "end up in the river".
    (r"\b(?:you|u|ya|he|she|they|your \S+|that \S+|the \S+) (?:are|is|r|will be|would be|gonna be|going to be|be|'re) (?:so |fucking |f\*\*\*ing |bloody |as good as |a )?(?:dead|dead meat|dead man|dead woman|dead girl|dead boy|dead men|a goner|goners|history|finished|toast)\b(?! (?:tired|serious|on|right|wrong|set|easy|simple|slow|quiet|end|line|battery|air)\b)|\b(?:ur|youre|you're|u r|yer|ya) (?:so |fucking |f\*\*\*ing |bloody )?dead\b", EN_THREAT_LOOKALIKE + r"|(?:is|was|are) (?:\S+ )?(?:history|finished|toast) (?:now|anyway|today|for|with|in|of)|\b(?:you|he|she|they) (?:are|is) finished (?:with|now|for|early|at|by|already)|(?:is|are|was) finished\b(?! (?:for good|now, mate))"),
    (r"\bdead (?:man|woman|girl|boy|meat) walking\b|\byou are (?:so )?dead\b|\byour days are numbered\b|\bsleep with the fishes\b|\bsix feet under\b|\b6 feet under\b|\bbody bags?\b|\bpushing up daisies\b|\bin a box\b(?= (?:by|before|when|if))", None),
    (r"\b(?:you|u|he|she|they|your \S+|his \S+|her \S+|that \S+|the \S+|people like you|people who \S+ (?:\S+ ){0,3}|anyone who \S+ (?:\S+ ){0,3}|they) (?:will|would|gonna|going to|are going to|is going to|might|could|may|do|does|did|do not|does not|will not|won't|never|wo not) (?:\S+ ){0,2}(?:die|end up dead|live to|live long|live much longer|not live|survive|make it home|make it out|make it to (?:the|your|her|his) (?:\S+ )?(?:stop|station|car|bus|train|door|house|home)|see (?:tomorrow|christmas|easter|the weekend|next week|another day|the morning|your kids|their kids|his kids|her kids|your family|daylight|the new year|their birthday|your birthday|retirement|monday|friday|sunday)|walk again|walk away from (?:this|it|that)|be walking away|be walking out|walk out of here|leave (?:here|this place|this building) alive|be breathing|breathe again|regret being born|end up in (?:the|a) (?:river|canal|ditch|hospital|morgue|grave|wheelchair|box|bag|boot|trunk|sea|lake|harbour|bay))\b", EN_THREAT_LOOKALIKE + r"|\b(?:go|get|make it) home (?:early|late|on time|now|today|at|by|after|before|for|to|and|then|soon)|won't see (?:a|any|the) (?:refund|penny|money|change|difference|point)"
     # "the days she could not live in the flat": a home she could not stay in, not a life.
     r"|\bnot (?:\S+ )?live (?:in|at) (?:the|her|his|their|my|our|your|that|this|a) (?:\S+ ){0,2}(?:flat|house|home|property|room|apartment|unit|place|caravan|bedsit|cottage|bungalow|accommodation)\b"),
    (r"\bend up (?:dead|in (?:the|a) (?:river|canal|ditch|morgue|grave|body bag|box|wheelchair|sea|harbour|hospital bed))\b|\b(?:find|finds|found) (?:you|u|him|her|them|your body|his body|her body|\S+) (?:\S+ )?(?:in a ditch|in the river|in the canal|face down|floating|dead|in pieces|in bits)\b|\b(?:last|final) (?:week|day|days|night|shift|christmas|birthday|breath|meal) (?:alive|on earth|breathing|on this earth)\b|\benjoy(?:ed)? (?:your|my|his|her|their|ur) (?:last|final) (?:week|day|days|night|shift|christmas|birthday|breath|meal)\b",
     # An animal found dead ("found the fox dead on the lane"), not a person.
     r"\bfound (?:the|a|an|our|my|his|her|their) (?:\S+ )?(?:fox|cat|kitten|dog|puppy|bird|deer|badger|hedgehog|owl|rabbit|pet|squirrel|pigeon|hamster|fish|goldfish|mouse|mice|rat|duck|swan|hen|chicken|horse|pony|sheep|cow|lamb|tortoise|snake|bee|bees|wasp)s? dead\b"),
    (r"\b(?:will not|won't|wo not|never|not going to|not gonna|do not|does not) (?:\S+ )?(?:go|get|make it|walk|come) home\b|\b(?:will|would|going to|gonna|wo) (?:not )?(?:live to see|make it home alive|get home (?:alive|safe))\b|\bnot (?:going to|gonna) (?:make it home|live|survive|see tomorrow)\b", None),
    (r"\b(?:watch|mind|cover) (?:your|ur|yer|her|his|their) (?:back|backs)\b", EN_THREAT_LOOKALIKE),
    (r"\b(?:watch out|be careful|careful|look over your shoulder|better watch yourself|watch yourself|you should be (?:more )?careful|should watch (?:herself|himself|yourself))(?: \S+){0,5} (?:walking|going|driving|getting|on (?:the|your|her|his) way|when you (?:leave|go|walk)|who(?: is|'s) watching|tonight|at night|alone|in the car park|on your own)\b", r"\b(?:watch|mind) out for (?:the|a) (?:ice|step|traffic|cyclists|cars|puddles|roadworks)|careful (?:driving|walking|going) (?:home|in the) (?:\S+ )?(?:snow|ice|rain|fog|dark|weather)|drive (?:safe|safely|carefully)"),
    (r"\bi (?:know|found out|have found out|will find out|will find|can find|know exactly|have got|got) (?:exactly |now )?(?:where|which (?:house|flat|street|car|school|route|bus|train|door|stop|gym)|what time|when|your (?:\S+ )?address|her (?:\S+ )?address|his (?:\S+ )?address|(?:your|her|his) (?:full|real) name|(?:your|her|his) surname) ?(?:(?:you|u|she|he|they|your \S+|the \S+|his \S+|her \S+) (?:live|lives|living|stay|stays|park|parks|sleep|sleeps|go home|goes home|walk home|walks home|get off|gets off|finish|finishes|leave|leaves|clock off|go to school|goes to school|pick up|picks up|drive|drives|take|takes|use|uses)|is|are|and|,|\.|$)", r"\bi know (?:where|when|what time) (?:the|your|our) (?:office|shop|store|branch|depot|centre|center) (?:is|opens|closes)\b"),
    (r"\b(?:something|something bad|something nasty|an accident|bad things|things|anything) (?:\S+ ){0,2}(?:happen|happens|happened|happening) to (?:you|u|her|him|them|your (?:\S+ )?(?:family|kids|children|wife|husband|daughter|son|mother|mum|mom|staff|colleague|girl|boy|baby|manager|dog|cat|car|house|home)|his (?:\S+ )?(?:family|kids|children|wife|daughter|son)|her (?:\S+ )?(?:family|kids|children|husband|daughter|son))\b", r"happened to (?:my|our|the) (?:order|parcel|delivery|account|booking|refund|claim|money|payment|package)|\b(?:anything|something) (?:could|might) have happened\b"),
    (r"\b(?:be a|it would be a|it'd be a|it will be a|it'll be a|would be a|such a) (?:shame|pity|tragedy) (?:\S+ ){0,3}(?:if|when) (?:something|anything|someone|somebody|an accident|she|he|they|you|your \S+)\b|\b(?:see|watch|find out) what happens to (?:you|u|your|her|his|their)\b|\bwhat happens to (?:people|those|staff|anyone|girls|guys|women|men) (?:who|that|like)\b", None),
    (r"\b(?:i will|i'll|i am gonna|i am going to|gonna|going to|will|i'm gonna|i am coming to|coming to) (?:come|be) (?:back |round |down |over )?(?:for|after) (?:you|u|her|him|them|your \S+)\b|\b(?:i will|i'll|i am going to|i am gonna) (?:come|be|find|get|catch) (?:you|u|her|him|them)\b(?= (?:outside|after|later|tonight|when|one day|one of these|eventually|soon|alone))", None),
    (r"\b(?:death|kill|murder|bomb) threats?\b|\bthreat(?:s|ened|ening)? (?:\S+ ){0,3}(?:to kill|to murder|to stab|to shoot|to hurt|to harm|to beat|to burn|to bomb|to blow up|to set fire|with death|with violence|with a (?:knife|gun|weapon|blade|bat|hammer))|\bthreat(?:s|ened|ening)? (?:against|to|on) (?:my|his|her|their|our|your|the (?:\S+ )?(?:staff|employee|doctor|nurse|driver)'s) (?:li(?:fe|ves)|safety|family|children|kids)\b|\bthreat to (?:life|lives)\b|\bthreats? of (?:serious )?(?:harm|violence|death)\b", r"\b(?:is|was) not a threat to life\b|\bnot a (?:death )?threat\b|\bno (?:death )?threats?\b|\bnever made (?:any )?threats?\b"),
    (r"\b(?:threaten|threatened|threatening|threatens) (?:\S+ ){0,3}(?:li(?:fe|ves)|death|violence|to (?:hurt|harm|kill|stab|beat|attack|assault|rape|strangle|shoot))\b", None),
    # Slang and euphemism: "I'll finish you", "ur gonna get wet up", "I'll burst ye", "you're getting buried".
    (r"\b(?:i|we|he|she|they|next time i|i swear i) (?:will |'ll |am gonna |am going to |gonna |shall |would )?(?:finish|end|off|waste|murder|kill|bury|merk|murk|drop|flatten|burst|chib|stripe|leather|lamp|do|wet|shank|stab|cut|slice|gut|smoke|cap|pop|plug|whack|ice|eliminate|sort|hurt|maim) (?:you|u|ya|ye|yous|him|her|them)\b(?! (?:own |left |right |bad |good )?" + BODY + r"\b)(?! (?:a favour|a favor|a deal|the favour|an email|a message|a call|a text|a quote|a discount|a refund|off the list|up a|in the queue|from the list|some|any|out of|hair|nails|fringe|bangs|lawn|hedge|fee|fees|bill|price|rate|salary|wage|pay|hours|shift|shifts|budget|costs|losses|a|an|off|out|down|back|short|in|loose|free|open|slack|break|deal|up|ticket|order|account|card|number|line|call|connection|service|supply|phone|contract)\b)", EN_THREAT_LOOKALIKE + r"|\b(?:do|sort|end|drop|off|cut|pop|sort) (?:you|u|ya|him|her|them) (?:a|an|some|any|the|off|out a|up a|in|down|back|at|over|to|for|with|through|by|on)\b|\bdrop (?:you|u|him|her|them) (?:an? |at |off|home|a line|a note|an email)"),
    (r"\b(?:you|u|ur|ya|he|she|they|your \S+|his \S+|her \S+|that \S+|the \S+)(?: are| is| r| will| gonna| going to| is gonna| are gonna| will be| is going to| are going to|'ll|'re)? (?:get|gets|getting|be|gonna get|going to get) (?:\S+ )?(?:wet up|shanked|stabbed|shot|merked|murked|bodied|popped|smoked|glassed|bottled|done in|knifed|buried|killed|murdered|hurt badly|seriously hurt|put in (?:the )?hospital|hospitali[sz]ed|kneecapped|jumped outside|sorted out outside)\b", EN_THREAT_LOOKALIKE + r"|\b(?:get|gets|getting|got) (?:\S+ )?(?:shot|popped|smoked|buried|killed|hurt) (?:of|down|up|with|for|at|by the|in the (?:foot|arm))\b|\bget (?:\S+ )?(?:done|sorted) (?:today|tomorrow|soon|quickly|by)\b"),
    (r"\b(?:fish|fished|fishing|pull|pulled|pulling|drag|dragged|dragging) (?:you|u|me|him|her|them|your body|his body|her body|\S+) out of (?:the|a) (?:canal|river|harbour|harbor|sea|lake|water|dock|docks|reservoir|bay|thames|mersey|clyde)\b|\bhave (?:you|ye|u|him|her|them) in (?:the |a&e|hospital|the royal|the infirmary|intensive care)", None),
    (r"\b(?:hope you(?: have|'ve)? (?:written|made|updated|got)|(?:write|make|update|written|made) (?:out )?) (?:your|ur) (?:will|wills)\b|\bsay (?:your|ur) (?:goodbyes|prayers|last prayers)\b|\bkiss (?:your|ur) (?:kids|family|wife|husband|mum|mom|children) goodbye\b", None),
    (r"\b(?:i am|i'm|im|you are|you're|ur|he is|she is) (?:dead meat|a dead man|a dead woman|a goner|as good as dead)\b|\byou are next\b(?! (?:in|for|to|on|up|please|after|week|time|door|at|with|month|year|day)\b)|\b(?:i will|i'll|gonna) do (?:you|u|ya|her|him) (?:the same|next|too|as well|like (?:i did|him|her))\b", None),
    (r"\b(?:catch|find|get|corner) (?:you|u|her|him|them) (?:on (?:your|her|his|their) own|alone|by (?:yourself|herself|himself|themselves)|in the car park|outside|after work|after (?:your|her|his) shift|on (?:your|her|his) way home|walking home)\b", None),
    (r"\b(?:take|taking|drag|dragging|bring|bringing) (?:whoever(?:'s| is)?|everyone|everybody|some of you|a few of you|you all|all of you|the lot of you|one of you) (?:\S+ ){0,6}(?:with me|down with me)\b|\btake (?:myself|himself|herself) out\b", r"\b(?:take|taking|bring|bringing) (?:\S+ ){0,4}with me (?:to|on|when|if|for|next|tomorrow)"),
    (r"\b(?:(?:be a|it would be a|it'd be a|would be a|such a|be a real) (?:shame|pity|tragedy)|shame|pity) (?:\S+ ){0,3}(?:if|when) (?:something|anything|someone|somebody|an accident|it|the place|your|this|that|the|she|he|they|you)\b(?: \S+){0,10} (?:caught fire|burned|burnt|went up|blew up|exploded|happened|got hurt|was hurt|were hurt|had an accident|fell|broke|disappeared|found out|didn't make it|did not make it|never came home|went missing)\b", None),
    (r"\b(?:drag|dragged|pull|pulled|yank|yanked|throw|threw) (?:you|u|him|her|them|that \S+|the \S+|your \S+) (?:out of|off|from) (?:the|his|her|your|that|this|a) (?:cab|car|van|truck|lorry|bus|chair|counter|window|booth)\b|\b(?:won't|will not|never) (?:be )?(?:getting|get) back up\b", None),
    (r"\b(?:should|ought to|deserve to|deserves to|needs to|need to) be (?:shot|killed|hanged|hung|strung up|put down|stabbed|burned|burnt|beaten|executed|gassed)\b|\bi(?: will|'ll|'d| would) do it myself\b", r"\b(?:should|ought to|deserve to|deserves to|needs to|need to) be (?:shot|put down|hanged) (?:for|at dawn)|\b(?:dog|cat|horse|animal) (?:should|needs to|ought to) be put down|\b(?:report\w*|complain\w*|escalat\w*|trading standards|ombudsman|regulator)\b[^.!?\n]{0,80}\bor i(?: will|'ll|'d| would) do it myself\b"),
    (rf"\b(?:finish|take|do|bump|knock|rub|snuff|wipe) (?:that|the|this|your) (?:{W} )?{ROLE} (?:off|out|in)\b", EN_THREAT_LOOKALIKE),
    # Throwing someone off or under something; running them over; drowning.
    (r"\b(?:throw|chuck|push|shove|toss|kick|drag|drop) (?:you|u|him|her|them|that \S+|the \S+|your \S+) (?:off|under|in front of|onto|down|out of|over|into) (?:this|the|a|that|your) (?:\S+ )?(?:train|tracks|track|platform|bridge|stairs|roof|balcony|bus|cliff|window|lorry|truck|car|river|canal|sea|harbour|wheels|traffic|road)\b|\bunder the wheels\b|\brun (?:you|u|him|her|them|\S+) (?:over|down)\b", None),
    (r"\b(?:shoot|shooting) (?:up )?(?:the|this|your|our) (?:\S+ )?(?:place|store|shop|office|building|school|clinic|station|bank|branch|centre|center|hospital|restaurant|hotel|gym|church|lobby)\b|\bshoot (?:the place|this place|everyone|everybody|all of you) ?up\b|\bgo(?:ing|ne)? postal\b|\b(?:massacre|shooting spree|stabbing spree|killing spree|mass shooting|school shooting)\b", r"shooting range|photo ?shoot|film shoot"
     # News shown or read about an event elsewhere ("footage of a mass shooting abroad"), not a threat.
     r"|\b(?:footage|news|coverage|reports?|reporting|documentary|video|videos|clips?|story|stories|headlines?|broadcast|bulletin|article)\b(?: \S+){0,3} (?:of|about|on|covering) (?:a |an |the |another |that )?(?:\S+ )?(?:massacre|shooting spree|stabbing spree|killing spree|mass shooting|school shooting)\b"),
    (r"\b(?:kill|hurt|harm|hang|shoot|cut|stab|burn|drown) (?:myself|himself|herself|themselves)\b|\bend (?:my|his|her) (?:own )?life\b|\btake (?:my|his|her) (?:own )?life\b|\bi will end it (?:all|here|today|tonight)\b|\b(?:jump|throw (?:myself|himself|herself)) (?:off|in front of|under) (?:the|a) (?:bridge|roof|train|platform|building|car|bus)\b", r"\b(?:cut|burn|hurt) (?:myself|himself|herself) (?:on|with|by accident|accidentally|while|shaving|cooking)|\bkick(?:ing|ed)? (?:myself|himself|herself)\b"),
    (r"\b(?:never|not) (?:see|sees|seeing|hold|hug) (?:his|her|your|their|my) (?:\S+ )?(?:family|kids|children|wife|husband|daughter|son|mum|mother|baby|grandchildren|parents) again\b|\b(?:make sure|see to it|guarantee) (?:you|he|she|they) (?:never|do not|does not|don't|doesn't|won't|will not) (?:\S+ ){0,2}(?:again|home|alive|walk|work again|wake up)\b", None),
    (r"\b(?:won't|will not|ain't|is not|are not) (?:be )?(?:much|anything|anyone|anybody|nothing|none of you) left (?:of|to)\b|\bnothing (?:will be )?left of (?:you|this|the|your)\b", None),
    (r"\b(?:a|the) surprise (?:\S+ ){0,6}(?:won't|will not|would not|wouldn't) (?:walk|get|come) (?:away|out|back)\b|\b(?:you|they|he|she) (?:won't|will not|wouldn't|would not) walk (?:away|out) (?:from|of)\b", None),
)

# --- English: weapons ------------------------------------------------------------------------

WEAPON_LOOKALIKE = (
    # Glass smashed in a door or window (a break-in's way in); a cut on a blade by accident; knives in the sink.
    r"\bsmash(?:ed|es|ing)? (?:the|a) (?:glass|pane|window) (?:in|of|on) (?:the|a|our|my|their|his|her) (?:\S+ )?(?:door|window|panel|cabinet|case|windscreen|car)\b|"
    r"\b[a-z]+ (?:had |has |'d |just )?cut (?:his|her|my|their) (?:own )?(?:thumb|finger|fingers|fingertip|hand|palm|knuckle) on (?:a|the|his|her|my|their)\b|"
    r"\b(?:knife|knives|blades?|scissors) in (?:the|a) (?:sink|dishwasher|washing-up(?: bowl)?|draining board|knife block|cutlery drawer)\b|"
    r"\brazor\b[^.!?\n]{0,40}\bblade\b|\b(?:\d|three|four|five|six)[- ]blade\b|\bcartridge\b|\bshaver\b|"
    r"\b(?:shooting range|shooting ground|rifle range|gun club|rifle club|range officer|range safety|first-timer|first timer|"
    r"gun room|gun cabinet|gun safe|shotgun certificate|firearms? certificate|shooting party|shooting season|clay pigeon|grouse|pheasant|deer[- ]stalking|stalking licen[cs]e|cookery|cooking class|claw grip|boning knife|knife skills)\b|\b(?:gun|knife|knives|sword|weapon|firearm|rifle|pistol|axe|bat|acid|taser|hammer|scissors|needle|syringe|bottle|"
    r"glass|chair|pen|fork|keys|belt|chain|umbrella|piece|pipe|club|stick|heater|burner|strap|drill|stone|rock|cane|"
    r"shotgun|blade|scalpel|crossbow|spear|lighter|tool|torch|rod|bar)s? (?:shop|shops|store|stores|range|licen[cs]e|"
    r"permit|show|club|safe|cabinet|law|laws|control|crime statistics|set|sets|block|drawer|sharpener|sharpeners|"
    r"sharpening|roll|rack|stand|department|aisle|section|display|catalogue|catalog|magazine|holder|case|cover|sheath|"
    r"lock|box|order|orders|purchase|refund|return|returns|exchange|delivery|parcel|package|packaging|price|prices|"
    r"sale|sales|game|games|toy|toys|battery|batteries|charger|certificate|certificates|cartridges|ammunition|ammo|"
    r"slip|bag|dealer|amnesty|bin|disposal|recall|warranty|receipt|collection|class|course|lesson|lessons|cabinet|"
    r"of (?:paper|cake|pizza|advice|information|evidence|work|furniture|equipment|luggage|mind|toast|bread|meat|wood)|"
    r"and fork|edge|metal grey|grey)\b|"
    r"\b(?:glue|staple|price|heat|spray|water|toy|nerf|paint|massage|radar|speed|label|bubble|temperature|"
    r"thermometer|soldering|caulk|caulking|grease|tattoo|hair|lint|butter|cheese|palette|pizza|"
    r"paper|ping pong|table tennis|badminton|tennis|wine|beer|milk|shampoo|hot water|feeding|baby|perfume|pill|medicine|sample|insulin|vaccine|"
    r"injection|flu|blood test|knitting|sewing|crochet|acupuncture|sniper|laser|paintball|airsoft|cap|starting|"
    r"deactivated|display|museum|ceremonial|decorative|antique|"
    r"glue-|smoking|hired|top|big|nail file|letter opener|camping|pen ?knife for) (?:guns?|knife|knives|bat|bats|"
    r"clubs?|bottles?|glass|needles?|syringes?|scissors|pen|pistols?|rifles?|axe|hatchet|blades?)\b(?! (?:at|to (?:my|her|his) (?:throat|neck|face)))|"
    r"\b(?:bought|buy|buying|ordered|order|purchased|purchase|returned|return|returning|refund(?:ed)? (?:for|on)|"
    r"exchange|exchanged|replace|replaced|replacement|sell|sells|sold|selling|stock|stocks|"
    r"deliver(?:ed|y)?|reviewed|wants to return|asked about|asking about|asked (?:\S+ )?for|looking for|price of|cost "
    r"of|recall of|engraving on|dropped off|lost|forgot|forgotten|found|collect|collected|collection of|hand in|used|using|"
    r"handed in|sharpening of|repair|repaired|fix|fixed|hold the|reserve|reserved|order of|orders of|sells|"
    r"licensed|registered|renewal of|renew)(?: (?:a|an|the|his|her|my|their|some|two|three|\d+|new|set of|pair of|box of|"
    r"these|those|our|your))?(?: \S+){0,2} (?:guns?|knife|knives|blades?|swords?|axes?|bats?|hammers?|scissors|"
    r"rifles?|pistols?|taser|lighters?|matches|cutters?|clubs?|bottles?|needles?|syringes?|shotguns?|cartridges|"
    r"crossbows?|scalpels?|bbq lighter|lighter fluid|fireworks)\b|"
    r"\b(?:knife|knives|blade|blades|gun|guns|scissors|bat|hammer|axe|sword|cutter|cutters|lighter|bottle|needle|"
    r"syringe|rifle|shotgun|pistol|cleaver|scalpel)(?: \S+){0,4} (?:arrived|was delivered|were delivered|came loose|to (?:cut|open|slice|trim) (?:the|through|open|off|a)|"
    r"came|broke|broken|snapped|rusted|rusty|blunt|dull|faulty|defective|damaged|missing|late|recalled|he bought|"
    r"she bought|they bought|he ordered|she ordered|for a refund|under warranty|is blunt|are blunt|went blunt|"
    r"doesn't cut|does not cut|won't cut|will not cut|didn't fit|did not fit|has a loose|had a loose|split|cracked|"
    r"locked in|locked away|in (?:a|the|his|her) (?:locked )?(?:cabinet|safe|gun safe|case))\b|"
    r"\bunder the knife\b|knife[- ]edge\b|\bjump(?:ed|ing)? the gun\b|\bsmoking gun\b|\bbig guns\b|\btop gun\b|"
    r"son of a gun|stick(?:ing|s)? to (?:his|her|their|my|your|our) guns|\bgun(?:ning)? for\b|guns blazing|hired gun|"
    r"\bwent to bat\b|\bgo to bat\b|\boff the bat\b|\bat bat\b|blind as a bat|bat an eyelid|\bbatted\b|"
    r"needle in a haystack|\bneedled\b|pins and needles|\barmed with (?:receipts|evidence|documents|paperwork|a list|"
    r"questions|facts|information|a lawyer|proof|photos|screenshots|a complaint|a letter|his receipt|her receipt|the "
    r"receipt|a folder|a file|notes|data|figures|a printout|printouts|a smile|patience|knowledge|a clipboard|a petition)|"
    r"\barmed forces\b|\barmed services\b|\barm and a leg\b|\b(?:a|the|this|that|one|any|each|every) piece of\b|"
    r"\b(?:space|room|storage|water|fan|oil|gas|electric|patio|outdoor|portable|car|seat|hand|foot|towel) heaters?\b|"
    r"\bburner (?:phone|account)\b|\b(?:gas|stove|hob|cooker|bunsen) burners?\b|\b(?:chin|watch|bag|shoulder|camera) "
    r"strap\b|\bstrapped (?:for cash|for money|in|into)\b|"
    r"\b(?:the|a|an|my|our|his|her) (?:\S+ )?(?:game|film|movie|show|series|episode|novel|book|scene|museum|exhibit|"
    r"exhibition|replica|prop|props|costume|cosplay|drama|storyline|video|documentary|trailer|play|musical|quiz|"
    r"season pass|update|patch|dlc|level|map|skin)\b|\bin-game\b|\bbulletproof\b|\bbullet (?:points?|list|journal|"
    r"train)\b|\btrigger (?:warning|warnings|point|points)\b|\btriggered\b|\bbarrel of (?:beer|ale|wine|oil|laughs|fun|"
    r"rain ?water|cider)\b|\bglass (?:of|door|doors|screen|panel|window|bottle|jar|front|case|cabinet|ceiling)\b|"
    r"\b(?:pint|wine|champagne|water) glass\b|\bbottle (?:of|bank|opener|top|cap|deposit|return)\b|"
    r"\b(?:piece|pieces) of (?:\S+ )?(?:work|furniture|paper|luggage|advice|kit|equipment|jewellery|jewelry)\b|"
    r"\bcricket bat (?:\S+ )?(?:handle|grip)\b|\bshow me (?:the|your|a) (?:\S+ )?(?:receipt|ticket|id|card|pass|order|code)\b"
    r"|\b(?:a lot of|lots of|loads of|plenty of|full of|so many|too many|all the) (?:\S+ )?(?:guns|knives|weapons|explosions|shootings|stabbings|fights|violence|blood|murders?|killings?|bombs)\b|\b(?:plastic|wooden|disposable|rubber|prop|fake|toy|foam|cardboard|chocolate) (?:knife|knives|fork|forks|cutlery|sword|swords|gun|guns|pistol|axe|dagger)\b(?! (?:at|to (?:my|her|his) (?:throat|neck|face)))|\bin my hand (?:luggage|baggage)\b|\bhand (?:luggage|baggage)\b"
    # A lesson ("showed us how a dull blade is more dangerous"), and a piece of something found in food
    # ("blade in your chicken sandwich", "a piece of metal like the tip of a blade in my salad").
    r"|\b(?:show(?:ed|s|ing|n)?|demonstrat\w*|taught|teach\w*|explain\w*) (?:us|them|me|you|the (?:class|group|students|trainees|apprentices?|new starters?|team)) how (?:to|a|an|you|your)\b"
    r"|\b(?:blade|blades|razor|razor blade|needle|pin|piece of (?:metal|glass|plastic|wire)|glass|metal) (?:was |were )?(?:found )?in (?:my|your|ur|the|a|our|his|her|their) (?:\S+ ){0,4}(?:sandwich|sandwiches|food|meal|salad|burger|pizza|soup|bread|loaf|cake|wrap|drink|takeaway|dinner|lunch|breakfast|curry|pie|roll|chicken|cereal|yoghurt|yogurt|pasta|rice|noodles|sausages?|chips|fries|packet|tin|can|jar|bottle)\b"
)
EN_WEAPON_RULES: tuple[Rule, ...] = (
    # A strong weapon with someone holding, showing or using it: "He has a gun", "pulled out a knife".
    (rf"\b{HOLD} (?:{W} ){{0,5}}{STRONG_WEAPON}\b", WEAPON_LOOKALIKE),
    (rf"\b(?:{AGGRESSIVE_USE}|{SHOW_USE}) (?:{W} ){{0,6}}{STRONG_WEAPON}\b", WEAPON_LOOKALIKE),
    (rf"\b{SENSE} (?:{W} ){{0,4}}{STRONG_WEAPON}\b", WEAPON_LOOKALIKE),
    # A weak weapon used against someone: "came at me with a broken bottle", "swung a chair at her".
    (rf"\b{AGGRESSIVE_USE} (?:out )?(?:{W} ){{0,5}}{WEAK_WEAPON}\b", WEAPON_LOOKALIKE),
    (rf"\b(?:came|lunged|charged|went|ran|swung|rushed|advanced|walked) (?:at|for|towards|toward|up to) (?:{W} ){{0,3}}with (?:a|an|the|his|her|their|some) (?:{W} ){{0,3}}\S+", WEAPON_LOOKALIKE + r"|with (?:a|an|the|his|her|their|some) (?:\S+ ){0,3}(?:question|questions|complaint|complaints|list|demands|accusations|receipt|receipts|form|forms|paperwork|file|letter|phone|smile|request|query|coffee|trolley|pram|buggy|child|baby|kid|kids|dog|friend|wife|husband|son|daughter|mother|father|ticket|card|bag|bags|order|parcel|box|voucher|coupon|clipboard|camera|tablet)\b"),
    (rf"\b{STRONG_WEAPON} (?:was |is |were |are )?(?:in|under|inside|tucked into|tucked in|sticking out of|stuck in|poking out of|down|visible|concealed|hidden|on him|on her|on them|at (?:my|her|his|the) (?:throat|neck|head|face|chest|back|side|stomach))\b(?: (?:his|her|their|my|the|a)? ?(?:hand|hands|pocket|pockets|coat|jacket|hoodie|belt|waistband|trousers|pants|bag|backpack|rucksack|sleeve|sock|boot|car|van|truck|ute|glovebox|throat|neck|head|face|chest|stomach|back|side|shirt|top|jumper|towel|bag|holdall))?\b", WEAPON_LOOKALIKE),
    (r"\b(?:armed man|armed woman|armed customer|armed person|armed robbery|armed robber|armed robbers|armed suspect|armed individual|armed intruder|armed men|armed police|was armed|were armed|is armed|are armed|came armed|came in armed|he is armed|she is armed|they are armed)\b", WEAPON_LOOKALIKE + r"|armed police (?:training|exercise|recruitment)"),
    (rf"\b(?:a|an|the|his|her|their) {STRONG_WEAPON} (?:was|were|is|are) (?:\S+ )?(?:pulled|drawn|produced|shown|brandished|waved|pointed|found on|seen|visible|in his|in her|on him|on her|held|used|recovered|involved|on the counter|on the desk|on the table)\b", WEAPON_LOOKALIKE),
    (r"\bpacking (?:heat|a piece|a gun|a knife|a blade)\b|\b(?:he|she|they|the customer|the man|the guy|the bloke|the caller|that guy|this guy|homie|bro|dude) (?:is |are |was |were |'s )?(?:packing|strapped|carrying)\b(?! (?:for|in|into|up|boxes|bags|his bags|her bags|the|a|an|up the|on|out|over|something|some|his|her|their|my|two|three|it|them|stuff)\b)", WEAPON_LOOKALIKE),
    (r"\b(?:got|has|have|had|carrying|packing|brought|own|owns|keep|keeps) (?:a|my|his|her|the|two) (?:9|nine|\.?38|\.?45|\.?22|gat|glock|tec|mac-?10|ak|ar|shooter|heater|burner|strap|piece|tool|blade|shank|shiv)\b(?! (?:o'clock|am|pm|to|hours|days|year|kids|children|items))", WEAPON_LOOKALIKE + r"|\b(?:tool|tools) (?:kit|box|belt|shed|hire|bag)\b|\b(?:a|the|my|his) tool (?:for|to|that)\b"),
    (r"\b(?:the one|a thing|something) with (?:the|a) (?:trigger|barrel|blade)\b|\b(?:see|saw|seen|showed|shown|glimpsed|visible) (?:\S+ ){0,3}(?:the|a|its) (?:barrel|muzzle|trigger|handle of (?:a|the) (?:knife|gun|pistol)|hilt|holster|grip of (?:a|the) (?:gun|pistol))\b|\b(?:racked|cocked|loaded|cocking|racking|loading) (?:a |the |his |her )?(?:gun|pistol|shotgun|rifle|weapon)\b|\b(?:gun|pistol|shotgun|rifle) (?:being |was |is )?(?:racked|cocked|loaded|click|clicking|cocking)\b|\b(?:bulge|outline|shape|handle|butt|grip|hilt|holster)(?: of| from)? (?:\S+ ){0,3}(?:gun|pistol|knife|blade|weapon|revolver)\b|\b(?:gun|pistol|knife|blade|weapon|revolver|pistol)-shaped\b", WEAPON_LOOKALIKE),
    (rf"\b(?:put|puts|placed|places|laid|lays|slammed|slams|set|sets|left|kept|dropped|banged) (?:a|an|the|his|her|their|this|that) (?:{W} ){{0,2}}(?:{STRONG_WEAPON}|hammer|crowbar|bat|screwdriver|scissors|blade|machete|axe|spanner|wrench) (?:\S+ ){{0,3}}(?:on|onto|in front of|down on|next to|beside|across|by) (?:the|my|her|his|our|your) (?:\S+ ){{0,2}}(?:counter|desk|table|window|screen|hand|till|register|keyboard|glass|bar)\b", WEAPON_LOOKALIKE),
    (r"\b(?:held|holding|pointed|pointing|waved|waving|swung|swinging|raised|raising|thrust|jabbed|jabbing|pressed|pressing|brandished|brandishing) (?:it|them|that|this|the thing|the blade|the bottle|the scissors|the knife) (?:\S+ ){0,2}(?:at|to|towards|toward|in|against|near|under) (?:my|her|his|their|the|our) (?:\S+ )?(?:face|throat|neck|head|chest|eyes?|stomach|belly|nose|cheek)\b", WEAPON_LOOKALIKE),
    (r"\b(?:saw|seen|glimpsed|could see|spotted) (?:the|a) (?:grip|butt|handle|hilt|holster)\b", r"\b(?:grip|handle|butt|hilt) of (?:the|a|his|her) (?:door|bag|pram|buggy|trolley|cup|mug|suitcase|case|drawer|umbrella)\b"),
    (rf"\b(?:looked|look|looks|looking|seemed|seems) like (?:a|an) (?:{W} ){{0,2}}{STRONG_WEAPON}\b", WEAPON_LOOKALIKE),
    (r"\b(?:my little friend|my friend in my pocket|(?:a |my )?(?:little|special) friend (?:in|under) (?:the|my|his|her) (?:coat|pocket|jacket|bag|glovebox|glove box|car|drawer|waistband|boot|trunk))\b|\bsay hello to my little friend\b", None),
    (rf"\b(?:i think|i thought|think|reckon|pretty sure|i am sure|i'm sure|could be|might be|maybe|probably|definitely|looks like|looked like)(?: it is| it's| its| that is| that was| it was| he has| he's got| he had| he is got| she has| he was holding| he is holding)? (?:a|an) (?:\S+ )?{STRONG_WEAPON}\b", WEAPON_LOOKALIKE),
    (r"(?:🔫|🔪|🗡|💣|🧨)", r"\b(?:cooking|chef|recipe|kitchen|dinner|food|game|gaming|movie|film|show|sale|deal|deals|fireworks|party|birthday|emoji)\b"),
    (rf"\b(?:with )?(?:a|my|his|her|the|their) (?:{W} )?{WEAK_WEAPON} (?:in (?:hand|my hand|his hand|her hand|their hands)|at the ready)\b", WEAPON_LOOKALIKE + r"|\b(?:pen|keys|phone|receipt|ticket|card|list|paperwork|form|bag|coffee|umbrella) in hand\b"),
    (r"\b(?:tapping|slapping|smacking|patting|swinging|twirling|bouncing) (?:it|them|the \S+|a \S+|his \S+|her \S+) (?:against|on|in|into) (?:his|her|their|the other) (?:palm|hand|leg|thigh)\b", None),
    (r"\b(?:put|puts|placed|places|laid|lays|left|leaves) (?:a |an |the |some |his |her )?(?:can|bottle|tin|canister|jerry ?can) (?:of )?(?:lighter fluid|petrol|gasoline|fuel|kerosene|paraffin)(?: and (?:a |an |some )?(?:\S+ )?(?:lighter|zippo|matches|match))? (?:on|onto|in front of|down on|next to|beside|across|by)\b", None),
    (rf"\b(?:lifts?|lifted|lifting|takes?|took|pulls?|pulled) (?:a|an|his|her|the) (?:\S+ )?{STRONG_WEAPON} (?:out of|from|off)\b", WEAPON_LOOKALIKE),

)

# An ordinary object in an ordinary errand: a knife being returned, repaired or sharpened, a pocket
# knife at airport security, a rifle in a gun safe, a knife found and handed in, wrapped for the
# post. Set aside in its sentence, unless that sentence also menaces someone with it.
EN_OBJECT_CONTEXT = (
    r"\b(?:ordered|arrived|as a gift|rust|rusty|rust spots|stitching|kept cutting out|cutting out|kicked back|"
    r"kick back|stopped working|for repair|back for repair|tree surgeon|swapped it|"
    r"refund\w*|return\w*(?<!returned)(?<!returns)|returned(?! (?:at|to the (?:shop|store|desk|counter|branch|office|salon|reception)|later|with|the next|an hour|after|armed))|returns(?! (?:at|later|with|armed))|brought (?:\S+ ){0,4}back|bring (?:\S+ ){0,4}back|bringing (?:\S+ ){0,4}back|sent (?:\S+ ){0,4}back|"
    r"send (?:\S+ ){0,4}back|post (?:it|them) back|exchange\w*|replace\w*|receipt|receipt's|faulty|fault|defect\w*|"
    r"manufactur\w*|warranty|guarantee|recall\w*|batch|blunt|chip|chipped|rivets?|worked loose|came loose|come "
    r"loose|wobbl\w*|sharpen\w*|engrav\w*|repair\w*|returns desk|courier|original box|packaging|prepaid label|"
    r"returns label|postage|security (?:lane|check|checks|screening|search|staff|officer|queue|area|tray)|at security|"
    r"screening|x-?ray|trace swab|swab|hand luggage|carry-?on|hold luggage|checked bag|washbag|toiletry bag|"
    r"cabin bag|prohibited|confiscat\w*|surrender\w*|amnesty|lost property|handed (?:it |them )?in|hand (?:it |them )?in(?! (?:his|her|their|my|the) (?:\S+ )?(?:pocket|jacket|coat|hoodie|waistband|sleeve|bag|trousers))|"
    r"found (?:it|them|one|a|an|the) (?:\S+ ){0,3}(?:under|in|on|behind|beside|inside)|under the (?:bed|seat|mattress|"
    r"sofa|table|pillow)|gun safe|rifle safe|(?:\w+'s|digital|key|combination|locked|gun|rifle|firearms?) (?:safe|"
    r"cabinet|locker)|stored securely|licen[cs]e|certificate|cookware|kitchenware|knife block|knife set|chef's knife|"
    r"chef knife|steak knife|bread knife|paring knife|santoku|cutlery|recipe|chopping board|decking|garden centre|"
    r"power tool|nail gun|out of sale|off sale|off the shelf|on the shelf|museum|display case)\b"
    r"|\b(?:cookery|cooking (?:class|classes|lesson|lessons|course|school)|knife skills|(?:home )?to practi[sc]e)\b"
    r"|\b(?:whetstones?|sharpening (?:stones?|steel|rod)|honing (?:steel|rod)|dull|(?:chain-?mail|chainmail|mesh|cut-?resistant|protective|safety) gloves?|"
    r"boning knife|filleting knife|butcher\w*|apprentice\w*|induction|bandsaw|band saw|offcuts?|chopping block)\b"
)
EN_MENACE = (
    # "pulled a knife on the receptionist": turned on someone, whatever the errand around it.
    r"\b(?:pulled|pulls|pulling|drew|draws|drawing) (?:out )?(?:a|an|his|her|their|the) (?:\S+ )?\S+ on (?:me|her|him|us|them|you|my|our|his|the|a|one)\b|"
    r"\bsharpened (?:\S+ ){0,3}for (?:her|him|you|u|them|your|ur)\b|\b(?:across|on) (?:his|her|their) (?:knees|lap)\b|\bthumb on the (?:slider|blade|button)\b|"
    r"\bsharpened (?:\S+ )?(?:screwdriver|stick|toothbrush|spoon|pencil|pen|bone|rod|bar)\b|\b(?:pulled|pulls|lifted|lifts|lifting|pulling|opened|opens) (?:back |up |open )?(?:his|her|their|the) (?:coat|jacket|hoodie|shirt|jumper|top|sweatshirt|sleeve|waistband)\b|\b(?:at (?:me|her|him|us|them|my|his|the (?:\S+ )?(?:staff|cashier|clerk|nurse|driver|agent|officer|guard|"
    r"assistant|receptionist|manager|colleague))|waved|waving|wave|brandish\w*|pointed|pointing|points|aimed|aiming|"
    r"threat\w*|lunged|lunging|swung|swinging|jabb\w*|thrust\w*|held (?:it|them|the \S+|a \S+) (?:up|to|against|at|"
    r"near|over)|holding (?:it|them|the \S+|a \S+) (?:up|to|against|at|near|over)|or else|unless|use it|use (?:this|"
    r"that|them) on|kill\w*|stab\w*|cut (?:you|her|him|me|your)|hurt\w*|shoot\w*|slash\w*|if you (?:do not|won't|will "
    r"not|refuse)|menac\w*|attack\w*|came at|went for|come back with|coming back with|be back with|(?<!kicked back )(?<!kicks back )on (?:me|her|him|us)|"
    r"in my face|in (?:her|his) face|(?:my|her|his|the) (?:throat|neck|chest)|frighten\w*|terrif\w*|scared|aggressive\w*|"
    r"argu\w*|shout\w*|yell\w*|scream\w*|angry|furious|demand\w*|swear\w*|swore|abus\w*|police|999|911|panic alarm|"
    r"arrest\w*|stepped back|backed away|showed|flashed|pulled out|whipped out|took out|unwrapped|revealed|you better|"
    r"you had better|just so you know|so you know|remember that|be warned|if (?:we|you|they) (?:do not|won't|will not|"
    r"refuse)|or (?:i|i will|i'll|else))\b"
)

# --- English: bombs and arson ----------------------------------------------------------------

BOMB = r"(?:bomb|bombs|explosive|explosives|explosive device|device|devices|ied|pipe bomb|nail bomb|car bomb|grenade|grenades|detonator|dynamite|semtex|c4|incendiary device)"
PLACE = (
    r"(?:place|store|shop|office|offices|building|unit|station|clinic|centre|center|branch|bank|school|hospital|surgery|"
    r"restaurant|hotel|lobby|counter|depot|warehouse|premises|site|plant|factory|house|home|flat|car|van|bus|train|"
    r"tram|plane|ship|ferry|lorry|truck|taxi|cab|garage|workshop|library|church|mosque|temple|council|town hall|"
    r"pharmacy|chemist|gym|cinema|theatre|pub|bar|club|salon|kitchen|yard|stadium|arena|mall|supermarket|petrol station|"
    r"servo|bowsers?|pumps|forecourt|betting shop|bookies|job ?centre|post office|reception|ward|care home|nursery|"
    r"bank branch|call centre|call center|head office|headquarters|hq|parlour|parlor|studio|showroom|dealership|"
    r"letterbox|door|front door|shutter|window|whole (?:place|building|lot|street|block))"
)
EN_BOMB_LOOKALIKE = (
    r"\bblow up (?:the )?(?:houses? of )?parliament\b|\bhouses? of (?:lords|commons)\b|\bgunpowder plot\b|\bguy fawkes\b|"
    r"\b(?:heater|radiator|charger|battery|batteries|blanket|toaster|kettle|appliance|lamp|bulb|plug|socket|cable|wiring|adapter|e-?bike|scooter|laptop|phone|fryer|oven|hob|cooker|boiler|dryer|hairdryer|straighteners|microwave|candle)s? (?:\S+ )?set (?:\S+ ){1,4}(?:on fire|alight|ablaze)\b|"
    r"\b(?:could|would|might)(?: have|\'ve|a) (?:gone|went) up in (?:flames|smoke)\b|"
    r"\bww(?:i|ii|1|2)\b|\bworld war\b|\bwartime\b|\bunexploded\b|"
    r"\bbomb (?:scare|alert|threat|hoax)s? (?:\S+ ){0,6}(?:on the news|in the news|reported on|made (?:him|her|me|us|them) miss|miss (?:his|her|my|their|our) (?:flight|train|connection|bus))|"
    r"\bdropped (?:a|the) bomb(?:shell)? on\b|\b(?:knocked|fell|thrown|pushed|tipped) (?:\S+ ){0,3}to the ground\b|"
    r"\b(?:sprayed|soaked|stinking of|stank of|smelled of|smelt of|smells of|smelling of|leaked|leaking|spilled|spilt|covered in) (?:\S+ ){0,3}(?:fuel|petrol|diesel|gasoline|oil)\b|"
    r"\b(?:nozzle|carousel|suitcase|luggage|leak\w*|spill\w*)\b[^.!?\n]{0,40}\b(?:fuel|petrol|diesel|gasoline)\b|"
    r"\b(?:asked|asking|asks|wondered|wondering) (?:us )?(?:if|whether) there (?:was|is|were) a bomb\b|"
    r"\b(?:bath|photo|stink|seed|calorie|cherry|f|truth|love|time|sex|smoke|flavour|flavor|carpet|cluster|water|"
    r"glitter|fizz|fizzy|fashion|fart) ?bombs?\b|\bphotobomb\w*|\bbomb(?:ed|ing) (?:the|my|his|her|an|their) (?:exam|"
    r"test|interview|presentation|audition|show|review|driving test)\b|\bcost (?:a|an absolute) bomb\b|\b(?:it|that|this) "
    r"(?:was|is) (?:the|da) bomb\b|\bda bomb\b|\bbomb site\b|\blooks? like a bomb (?:hit|went off|site)|\bbombarded\b|"
    r"\bblow(?:ing|n|s)? up (?:my|his|her|our|the|your|this|that|these|those|a|an) (?:\S+ )?(?:phone|phones|inbox|"
    r"notifications|mentions|email|emails|messages|dms|mobile|timeline|feed|photo|photos|picture|pictures|image|"
    r"images|print|prints|poster|posters|balloon|balloons|tyre|tyres|tire|tires|mattress|airbed|pool|issue|story|"
    r"thing|problem|complaint|situation|twitter|x|instagram|facebook|tiktok|socials|social media|reviews|page|"
    r"comments|lines|switchboard|chat|whatsapp|group chat|account|channel|post)\b|\bblew up (?:at|on|over|about|in "
    r"my face|online|on twitter|on social)\b|\bblowing up (?:at|on|over|about)\b|\bblow (?:a|the) (?:fuse|gasket|"
    r"whistle|kiss|horn|nose)\b|"
    r"\b(?:fire|fires) (?:exit|exits|alarm|alarms|drill|drills|door|doors|escape|extinguisher|extinguishers|safety|"
    r"brigade|department|service|station|marshal|regulations|hazard|risk|code|place|pit|engine|insurance|sale|"
    r"fighter|fighters|crew|inspection|certificate|blanket|blankets|warden|wardens|assembly point|test|tests|"
    r"evacuation|procedure|procedures)\b|\bceasefire\b|\bfirefighter|\b(?:fire|fired|firing) (?:me|you|him|her|"
    r"them|us|staff|the staff|an employee|employees|the manager|off (?:an|a) (?:email|complaint|message|letter)|back)\b|"
    r"\bget(?:ting)? (?:\S+ )?fired\b|\bon fire (?:today|tonight|lately|this|at work|in the)\b|\bunder fire\b|"
    r"\b(?:burn(?:ed|t|s|ing)?) (?:out|through|my|the|his|her|their|our|your) (?:\S+ )?(?:toast|food|pizza|rice|meal|"
    r"dinner|coffee|tongue|mouth|fingers|finger|hand|money|cash|savings|calories|data|budget|bridges|cd|dvd|hole|"
    r"fat|sausages|steak|cake|bread|pan|pot)\b|\bheartburn\b|\bsunburn\w*|\bburn(?:ed|t)? out\b|\bburnout\b|"
    r"\bburn rate\b|\bcarpet burn\b|\bfreezer burn\b|\brazor burn\b|"
    r"\b(?:gas|petrol|fuel|diesel|kerosene|paraffin) (?:station|stations|pump|pumps|price|prices|bill|bills|card|cards|"
    r"tank|cap|gauge|light|leak|smell|meter|supply|delivery|heater|heating|stove|cooker|hob|boiler|can lid|can cap|"
    r"receipt|money|allowance|mileage|engineer|safe|safety|fitter|check|top-up)\b|\b(?:station|pump|price|bill|cost|"
    r"smell|leak|delivery|supply|litre|liter|gallon) of (?:petrol|gasoline|gas|fuel|diesel)\b|\b(?:buy|bought|"
    r"buying|sell|sold|selling|deliver|delivered|order|ordered|pay for|paid for|charge for|charged for|refund for|"
    r"refund on|leaked|leaking|spilled|spilt) (?:\S+ ){0,3}(?:lighter|lighters|matches|petrol|gasoline|fuel|kerosene|"
    r"paraffin|lighter fluid|fireworks|firework|sparklers)\b|\bfireworks?\b|\bsparklers?\b|\b(?:birthday )?candles?\b|"
    r"\bbarbecue\b|\bbbq\b|\bbonfire night\b|\bfire pit\b|\bcampfire\b|\bwood ?burner\b|\bfireplace\b|\bincense\b|"
    r"\b(?:set|sets|setting) (?:the )?(?:tone|stage|scene|pace|record|bar|price|limit|terms|date|time|alarm)\b|"
    r"\b(?:could|might|would) have (?:\S+ )?(?:set|burned|burnt|caught|started|blown|exploded|gone up)\b|"
    r"\b(?:caught|catches|catching) fire\b(?! (?:after|when) (?:he|she|they) )|\bfire (?:broke out|started)\b(?! (?:after|when) (?:he|she|they) )|"
    r"\b(?:ticking|ticks) (?:off|along|over|the box|boxes|all the boxes|a box)\b|\bticking clock\b|\bticked off\b|"
    r"\b(?:alarm|alarms|timer|alert|siren|airbag|airbags|sprinkler|sprinklers|smoke detector) (?:\S+ ){0,2}(?:go|goes|went|going) off\b|"
    r"\bgo off (?:on|at) (?:me|him|her|us|them|one)\b|\bwent off (?:on|at) (?:me|him|her|us|them)\b|\bfood (?:\S+ )?gone off\b|"
    r"\blight(?:s|ing)? up (?:my|his|her|the|your) (?:\S+ )?(?:day|face|room|life|smile|eyes|week)\b|"
    r"\b(?:box set|boxset|dvd|blu-?ray|disc|episode|series|season|book|novel|album|film|movie|show|game|song|track) (?:\S+ ){0,4}(?:bomb|bombs|explosion|fire)\b|"
    r"\b(?:the )?bomb squad'"
    r"|\blike (?:it was |it is |it's |carrying |driving |holding )?(?:a |an )?(?:ticking |unexploded )?(?:bomb|time bomb|grenade|bomb squad)\b|\b(?:your|my|his|her|their|our|mobile|smart|electronic|apple|android|medical|usb|storage|bluetooth|wireless|connected|registered|work|personal|hearing|tracking|payment|card|handheld) devices?\b(?! (?:in|under|inside|hidden|planted|strapped|that will|will go|going off|to go off|ticking))"
)
EN_BOMB_RULES: tuple[Rule, ...] = (
    (rf"\b(?:there is|there are|there was|there were|is there|i (?:have|put|left|placed|planted|hid|got)|(?:he|she|they) (?:has|had|have|put|left|placed|planted|hid|got|is got)|planted|plant|planting|placed|place|hidden|hid|left|set|leave|leaving|got|has|have|had|carrying|made|built|brought|bring|bringing|making|building) (?:{W} ){{0,3}}(?:a |an |some |two |the )?(?:\S+ )?{BOMB}\b", EN_BOMB_LOOKALIKE),
    (rf"\b{BOMB} (?:is |was |has been |had been |have been |will be |'s )?(?:in|at|under|inside|near|on|planted|placed|hidden|left|set|set to|going off|primed|armed|ticking|timed|rigged)\b", EN_BOMB_LOOKALIKE),
    (r"\bbomb (?:threat|threats|hoax|scare|warning|alert|squad|disposal)\b|\b(?:threat|threatened|threatening|threatens|threaten) (?:\S+ ){0,4}(?:bomb|explo|blow|burn|fire|torch|arson|petrol|set alight|set light)\w*", EN_BOMB_LOOKALIKE + r"|\bthreat(?:ened|ening|s)? (?:\S+ ){0,4}(?:fire|fired) (?:me|him|her|them|staff|the|an|someone)\b|\b(?:no|not a|never a|wasn't a|was not a) bomb threat"),
    (rf"\b{INTENT} (?:{W} ){{0,5}}(?:bomb|firebomb|fire-bomb|petrol-bomb|petrol bomb|blow up|torch|burn down|blow (?:{W} ){{1,4}}(?:up|to (?:bits|pieces|smithereens|kingdom come)|sky high|sky-high|apart)|burn (?:{W} ){{1,4}}(?:down|to the ground|alive|to ashes|to a crisp)|set fire to|set (?:{W} ){{1,4}}(?:on fire|alight|ablaze)|light (?:{W} ){{1,4}}(?:on fire|up)|torch (?:{W} ){{1,3}}|gas (?:you|u|everyone|the lot of you)|burn (?:the|this|your|our|that|his|her|their) (?:{W} ){{0,2}}{PLACE})\b", EN_BOMB_LOOKALIKE),
    (rf"\bblow (?:up )?(?:you|u|ya|him|her|them|everyone|everybody|this|that|the|your|our|their|his|her) (?:{W} ){{0,3}}(?:up|to (?:bits|pieces|smithereens|kingdom come)|sky high|sky-high|apart)\b", EN_BOMB_LOOKALIKE),
    (rf"\bblow(?:ing|s)? up (?:the|this|your|our|their|that|his|her) (?:{W} ){{0,2}}{PLACE}\b", EN_BOMB_LOOKALIKE),
    (rf"\bburn(?:ing|s)? (?:the|this|your|our|their|that|his|her|ur) (?:{W} ){{0,2}}{PLACE} (?:down|to the ground|up|with)\b|\bburn (?:it|you|u|this|that|everything|everyone|them|the lot|the place) (?:all )?down\b|\bburn (?:you|u|him|her|them|everyone|everybody|the lot of you) alive\b|\b(?:everyone|everybody|you all|all of you|you|your \S+|the lot of you|the staff|they) (?:will|gonna|going to|is going to|are going to|shall) burn\b", EN_BOMB_LOOKALIKE),
    (r"\b(?:set|sets|setting|light|lit|lighting|start|started|starting|put|putting|make|making) (?:a )?(?:fire|light|alight|blaze) (?:to|in|at|on|under)\b|\bset (?:\S+ ){1,4}(?:on fire|alight|ablaze)\b|\b(?:arson|arsonist|firebomb|fire-bomb|fire bomb|petrol bomb|molotov|incendiary|#torch|#arson)\b", EN_BOMB_LOOKALIKE),
    (r"\b(?:pour|poured|pours|pouring|douse|doused|douses|dousing|splash|splashed|splashing|sprinkle|sprinkled|spray|sprayed|spraying|soak|soaked|drench|drenched|throw|threw|throwing|chuck|chucked)(?: \S+){0,4} (?:petrol|gasoline|gas|fuel|lighter fluid|kerosene|paraffin|accelerant|white spirit|turpentine|diesel|thinners)\b|\b(?:petrol|gasoline|fuel|kerosene|paraffin|lighter fluid|accelerant) (?:through|in|into|on|over|under|at) (?:the|your|my|our|his|her|their|a) (?:\S+ )?(?:letterbox|letter box|door|doors|window|windows|counter|staff|desk|floor|car|van|shop|office|reception|building|house|home|flat|face)\b", EN_BOMB_LOOKALIKE),
    (r"\b(?:carrying|carried|holding|held|brought|bringing|came in with|walked in with|turned up with|showed up with|with|had|has|have|got|is got) (?:a |an |two |some |what looked like a |a big |a large |a plastic |a red )?(?:can|cans|canister|canisters|jerry ?can|jerrycan|bottle|bottles|container|containers|tank|jug|drum|jar)(?: \S+)? (?:full )?of (?:petrol|gasoline|gas|fuel|lighter fluid|kerosene|paraffin|diesel|accelerant)\b|\b(?:already )?(?:got|has|have|is got) (?:the )?(?:petrol|gasoline|fuel|accelerant|lighter fluid|matches|lighter)\b(?=\s*(?:ready|in|and|,|\.|$))", EN_BOMB_LOOKALIKE),
    (r"\b(?:lighter|lighters|matches|match|flame|blowtorch|torch|zippo) (?:\S+ ){0,5}(?:set fire|burn|ignite|light (?:it|the|this|you|him|her|them|us|everything)|on fire|alight)\b|\b(?:flick\w*|lit|lighting|held|holding|waving|waved|clicking|clicked|striking|struck) (?:a|his|her|the) (?:lighter|zippo|match|flame) (?:at|near|towards|toward|in front of|over|above|under|close to|next to)\b", EN_BOMB_LOOKALIKE),
    (r"\b(?:it|this|that|something|a bag|the bag|bag|package|parcel|box|device|suitcase|rucksack|backpack)(?: is| 's| was)? (?:\S+ ){0,2}ticking\b|\b(?:will|gonna|going to|it will|it'll|it'd|it would|is going to) (?:go|goes) (?:boom|bang|up in flames|up in smoke|sky high|off)\b|\bgo (?:boom|bang)\b|\b(?:up in flames|to the ground|into ashes|to ashes|be ashes|be rubble|smoking ruins|a pile of ashes|a crater)\b(?! (?:of (?:my|our) (?:hopes|plans)))", EN_BOMB_LOOKALIKE + r"|\b(?:sales|prices|costs|business|plans|hopes|career|deal|project|marriage|relationship) (?:\S+ ){0,3}(?:up in flames|up in smoke|go boom)\b|\bwent up in smoke\b|\b(?:the )?(?:alarm|alarms|timer|phone|clock|smoke alarm|fire alarm) (?:\S+ ){0,3}(?:ticking|go off|goes off|went off)\b"),
    (r"\b(?:bag|bags|package|packages|parcel|parcels|device|box|suitcase|rucksack|backpack|holdall|case)\b(?: \S+){0,12} (?:go|goes|going|will go|gonna go|to go|will all go|they go|it goes|until it goes|till it goes) off\b", EN_BOMB_LOOKALIKE),
    (rf"\b(?:there will be|there'll be|there is going to be|there's going to be|there is gonna be|expect|wait for|get ready for|prepare for) (?:an? |some )?(?:explosion|explosions|blast|big bang|fire)\b|\b(?:explosion|blast) (?:in|at|inside|under) (?:the|your|this|our) (?:\S+ )?{PLACE}\b(?=[^.!?\n]{{0,60}}\b(?:on|tomorrow|tonight|friday|monday|tuesday|wednesday|thursday|saturday|sunday|during|next|at \d))", EN_BOMB_LOOKALIKE + r"|\b(?:expect|wait for) (?:an? |some )?(?:explosion|fireworks) of (?:colour|color|flavour|flavor)"),
    (rf"\b(?:going|gonna go|is going|'s going|will go|goes|go) (?:boom|bang|up in flames|up in smoke|sky high|sky-high)\b|\b(?:your|the|this|that|his|her) (?:\S+ )?{PLACE} (?:goes|will go|is going|'s going|gonna go|go|is gonna go) (?:up|boom|bang)\b", EN_BOMB_LOOKALIKE),
    (r"\b(?:pile of|heap of|into|as|to) (?:ash|ashes|cinders|rubble|embers)\b", EN_BOMB_LOOKALIKE + r"|\bash (?:tray|trays|wednesday|tree|trees|grey|gray|wood|blonde)\b|\b(?:cigarette|cigar|volcanic|wood) ash\b|\bashes (?:of|were|scattered)\b"),
    (r"\b(?:there will be|there'll be|there is|there's|i will leave|i'll leave|i will put|i'll put|i have left|i've left|i left|leaving|left) (?:a |an |some )?(?:bag|bags|package|parcel|box|suitcase|rucksack|backpack|holdall|present|surprise|gift)\b(?: \S+){0,12} (?:you will not|you won't|won't|will not|nobody will|no one will|you don't|you do not) (?:like|want|enjoy|find out|be happy|be pleased|forget)\b", EN_BOMB_LOOKALIKE),

    (r"\b(?:with|while|when) (?:all of |every one of )?(?:us|you|them|everyone|everybody|the staff|the guests|all (?:the )?guests|the (?:driver|passengers|kids|customers|patients|nurses|doctors)|people) (?:\S+ )?(?:still )?(?:inside|in it|on it|on board|in there|in the building)\b", EN_BOMB_LOOKALIKE),
    (r"\b(?:i will|i'll|i am going to|gonna|going to|i will be the one|be the one) (?:\S+ ){0,3}(?:start|starts|light|lights|set) (?:it|the fire|a fire|one)\b(?=[^.!?\n]{0,80}\b(?:fire|burn|flames|ashes|petrol)\b)|\b(?:fire|flames) (?:waiting to happen)\b(?=[^.!?\n]{0,120}\b(?:i will|i'll|i am going to|be the one)\b)", EN_BOMB_LOOKALIKE),
)

# --- English: injuries and attacks -----------------------------------------------------------

# A fall in which the person hit their own body ("fell heavily onto her side, hitting her hip", "fell in the
# bathroom and hit his head"): an accident, unless a blow comes before the fall (`safety._own_fall`).
EN_FALL_HIT = (
    r"\b(?:fell|fallen|falling|slipped|slipping|tripped|tripping|stumbled|stumbling|collapsed|lost (?:her|his|my|their) (?:balance|footing))\b"
    r"[^.!?\n]{0,80}?\b(?:hit|hitting|struck|striking|banged|banging|bumped|bumping|knocked|knocking|cracked|cracking|bashed|bashing) "
    r"(?:his|her|my|their) (?:\S+ )?(?:head|hip|hips|elbow|elbows|knee|knees|back|face|shoulder|shoulders|arm|arms|leg|legs|wrist|chin|forehead|side|nose|mouth|ankle|hand|hands|ribs?)\b"
)
EN_INJURY_LOOKALIKE = (
    # Water, steam or a thing, not a person, that struck or scalded someone; a thing knocked over.
    r"\b(?:the|a) (?:\S+ ){0,2}(?:water|spray|steam|jet|wave|ball|shower|liquid|oil)s? (?:had |has |then |just )?(?:smacked|hit|struck|whacked|clipped|scalded|burned|burnt) (?:me|her|him|us|them|my|his|their)\b|"
    r"\b(?:shower|showers|tap|taps|hot water|bath|boiler|thermostat)\b[^.!?\n]{0,60}?\b(?:scalding|boiling|too hot|very hot)\b|"
    r"\b(?:wall|fence|gate|gatepost|post|sign|bin|pole|lamppost|bollard|barrier|hedge|tree|shelf|shelves|display|stand|vase|bike|bicycle|scooter|mirror|planter|statue|board|cone|railing|letterbox|mailbox)s? (?:was|were|got|had been|has been|have been) (?:\S+ )?knocked (?:over|down|off)\b|"
    # A place named for injuries ("the minor injuries unit"), not an injury.
    r"\b(?:minor )?injur(?:y|ies) (?:unit|clinic|centre|center)\b|"
    r"\b(?:struck|hit|knocked|clipped) by (?:a|an|the) (?:\S+ )?(?:lorry|truck|van|car|bus|train|tram|vehicle|bike|bicycle|cyclist|tractor)'?s (?:\S+ )?(?:mirror|wheel|wheels|bumper|door|trailer|wing)\b|"
    r"\b(?:struck|hit|knocked|smacked|clipped) (?:\S+ ){0,4}by (?:a|the|some) (?:\S+ ){0,3}(?:falling|that fell|which fell|that came (?:down|loose|off)|which came (?:down|loose|off)|that dropped|from the (?:top )?shel(?:f|ves))\b|"
    r"\b(?:the|a|its|my|their) (?:\S+ ){0,2}(?:handle|bar|cable|door|gate|barrier|lid|weight|weights|strap|spring|pole|sign|branch|panel|tile|shelf|hatch|boom)s? (?:smacked|hit|struck|whacked|clipped|slammed into|flew into|knocked) (?:me|her|him|us|them|my|his)\b|"
    r"\bbottled (?:water|beer|milk|gas|drinks?)\b|"
    r"\b(?:(?:kettle|flask|urn|boiler|machine|cup|mug|lid|pan|pot|appliance|heater|radiator|pipe)\b[^.!?\n]{0,80}?)?\b(?:exploded|leaked|split open|cracked|shattered|gave way|came off|melted|failed|tipped over)\b[^.!?\n]{0,60}\b(?:hot|boiling|scalding) (?:water|coffee|tea|oil)\b|"
    r"\b(?:fell|tripped|slipped|had a fall|fell over|fell down|falls risk|fall risk) (?:and|over|on|off|down) |\baccident book\b|\bincident book\b|\bat pick-?up\b|\bnobody mentioned\b|"
    r"\bby (?:an|the|a) (?:automatic |revolving |sliding |faulty |reversing )?(?:door|gate|barrier|shutter|lorry|truck|van|car|bus|forklift|trolley|shelf|machine)\b|"
    r"\b(?:round (?:one|two|three|four|five|\d+)|boxing|boxer|ufc|mma|the fight|a fight on tv|fight night|knockout of the)\b|\b(?:was|were|am|is|are|been|felt|left) floored by\b|\b(?:slipped|slip|tripped|trip|fell|fall|falling|fallen|wet floor|faulty|defective|broken (?:step|door|chair|"
    r"shelf|lift|escalator)|(?:our|the|your) (?:door|shelf|shelves|trolley|cart|escalator|lift|elevator|step|steps|"
    r"floor|machine|kettle|product|heater|oven|seat|bed|equipment|railing|gate|blade|knife|scissors|razor|barbecue|"
    r"bbq) (?:\S+ ){0,4}(?:hurt|injured|cut|bruised|burned|burnt|scalded|fell|broke|collapsed|caught|trapped))\b|"
    r"\b(?:her|his|their|my) (?:own )?(?:child|son|daughter|dog|mother|father|husband|wife|mum|dad) (?:\S+ ){0,3}(?:fell|"
    r"slipped|tripped)\b|\bfood poisoning\b|\ballergic reaction\b|\bside effects?\b|\b(?:dentist|doctor|surgeon|nurse|"
    r"physio|hairdresser|barber|stylist|therapist|vet|beautician|tattooist) (?:\S+ ){0,4}(?:hurt|injured|cut|burned|"
    r"burnt|bruised)\b|\bbitten by (?:a|the|our|their|his|her) (?:dog|cat|horse|snake|insect|mosquito|spider|"
    r"parrot|hamster|rabbit|ferret)|\b(?:dog|cat|horse|pet) (?:bit|bites|scratched)\b|\bverbally (?:attacked|"
    r"assaulted|abused)\b|\b(?:attacked|assaulted) (?:me |her |him |us |them )?(?:verbally|online|on (?:social media|"
    r"twitter|x|facebook|instagram|tiktok)|in (?:a|his|her|the) (?:review|post|email|letter|tweet|comment|message|"
    r"meeting)|with (?:words|questions|complaints|emails|messages|abuse|insults|accusations))\b|"
    r"\b(?:a|the) (?:\S+ ){0,2}(?:said|claimed|rumour|rumor|story|storyline|drama|film|movie|game|show) (?:\S+ ){0,6}"
    r"(?:stabbed|attacked|assaulted|shot|beaten)\b(?=[^.]{0,120}\b(?:false|untrue|not true|rumour|rumor|storyline|fiction|mixed up)\b)|"
    r"\bstabbed (?:me |her |him |us )?in the back\b(?=[^.]{0,40}\b(?:by|with) (?:the|a|his|her) (?:company|boss|management|colleague|report|review|decision|policy)\b)|"
    r"\b(?:hit|struck|knocked) (?:me|her|him|us|them) (?:as|like) (?:a|an|the)\b|\bstruck (?:me|her|him|us) (?:as|that)\b|"
    r"\bhit (?:me|her|him|us|them) (?:hard|harder)\b(?= (?:financially|in the pocket|in the wallet))|\bkicked (?:me|him|her|them|us) out\b|"
    r"\b(?:bit|bites|biting) (?:my|her|his) (?:\S+ )?(?:tongue|lip|nails)\b|\bbeat (?:me|us|him|her|them) (?:at|in|to|by)\b|"
    r"\bjumped (?:the|my|her|his) (?:queue|line|gun)\b|\bmugged off\b|\bburn(?:ed|t)? (?:my|her|his) (?:\S+ )?(?:toast|food|tongue|mouth)\b|"
    r"\b(?:knocked|bumped|brushed) (?:me|her|him|into me|into her|into him) (?:by accident|accidentally)\b|\baccident(?:ally|al)\b(?! (?:on purpose))|"
    r"\bwhile (?:cooking|chopping|cutting|slicing|peeling|shaving|gardening|opening|dicing|carving|sharpening)\b|\ban accident\b"
    r"|\bkick(?:ed|s|ing)? (?:\S+ ){1,2}(?:off|out)(?: of)? (?:at|before|after|early|for|the (?:\S+ )?(?:train|bus|coach|service|flight|plane|course|programme|program|scheme|list|group|team|premises|shop|store|club|pub|bar|site|app|platform|account|ship|ferry|tram|ward|hospital|building|car|cab|taxi))\b"
    r"|\b(?:dog|dogs|puppy|cat|horse|pony|snake|spider|wasp|bee|bees|parrot|rabbit|hamster)\b[^.!?\n]{0,60}?\b(?:bit|bites|bitten|biting|scratched|scratching|jumped up|went for|nipped)\b"
    r"|\b(?:came|comes|come|coming|got|gets) home with\b|\b(?:was|were|got|been|being) thrown (?:forward|forwards|backwards|off|out|from|clear|against the)\b|\bwound (?:me )?up\b|\bwind(?:ing)? (?:me|him|her|them) up\b"
    r"|\b(?:fell|slipped|tripped|stumbled|fallen|falling|lost (?:her|his|my|their) (?:balance|footing))\b(?: \S+){0,3} (?:and )?(?:hit|struck|banged|bumped|knocked|smacked|cracked|bashed)\b|\b(?:bus|train|tram|driver|car|coach|vehicle|taxi|cab|van|lorry)\b (?:\S+ ){0,2}(?:braked|braking|pulled off|pulled away|jolted|lurched|swerved)\b"
    r"|\b(?:kettle|lid|handle|spout|battery|batteries|charger|lap bar|restraint|harness|seat ?belt|cable|chain|binding|bindings|wheel|wheels|strap|hinge|bracket|shelving|barrier|ladder|stool|railing|handrail|machine|equipment|ride|cart|pram|buggy|cot|toy|heater|oven|hob|iron|hairdryer|straighteners|chainsaw|mower|tyre|brakes?)\b[^.!?\n]{0,40}?\b(?:popped|came (?:off|away|loose|open|up|down|apart)|broke|snapped|burst|leaked|gave way|failed|split|exploded|swelled|swollen|caught fire|overheated|collapsed|fell off|detached|malfunctioned|jammed|slammed shut|closed on|trapped)\b|\b(?:norovirus|salmonella|listeria|e\.? coli|undercooked|shellfish|mussels|oysters|diarrho?ea|clippers|grooming|groom|phlebotomist|blood test|operation|procedure)\b"
    r"|\b(?:been|got|get|getting) burned (?:before|by (?:\S+ )?(?:companies|banks|them|you|this|that|deals|promises|firms)|again|in the past)\b"
)
# The customer or a third party is the victim, not staff: a pupil who hit the customer's son,
# "your driver pushed me". A complaint about it is not harassment of staff.
EN_VICTIM_LOOKALIKE = (
    r"\bby (?:a|the|another|same|one of the) (?:\S+ )?(?:pupil|pupils|child|kid|kids|student|students|boy|girl|classmate|classmates|dog|cat|horse)\b|"
    r"\byour (?:\S+ ){0,2}(?:driver|drivers|staff|employee|employees|agent|security|guard|guards|cashier|manager|engineer|technician|courier|bouncer|bouncers|doorman|door staff|nurse|doctor|receptionist|waiter|waitress|server|officer|worker|rep|colleague|staff member|porter|steward|conductor)s?\b(?: \S+){0,24} (?:punched|hit|struck|slapped|kicked|pushed|shoved|grabbed|assaulted|attacked|bit|scratched|threw|dragged|knocked|elbowed|headbutted)\b"
)
EN_INJURY_RULES: tuple[Rule, ...] = (
    # Blows struck at a person ("punched me", "hit my colleague in the face", "stabbed the nurse").
    (rf"\b(?:punched|punching|punch|hit|hits|hitting|struck|striking|slapped|slapping|smacked|smacking|kicked|kicking|headbutted|head-butted|headbutting|elbowed|kneed|beat up|beaten up|beating up|beat|beaten|bashed|battered|thumped|whacked|clobbered|decked|floored|king-hit|king hit|knocked (?:\S+ )?(?:down|over|out|unconscious|to the (?:ground|floor))|choked|choking|strangled|strangling|throttled|stabbed|stabbing|slashed|slashing|bit|bitten|stamped on|stomped on|stamping on|stomping on|assaulted|assaulting|attacked|attacking|mugged|pistol-whipped|pistol whipped|bottled|glassed|kneed|shoved (?:\S+ ){{0,3}}(?:into|down|onto|against|through)|pushed (?:\S+ ){{0,3}}(?:into|down|onto|against|through|off)|dragged|rammed|ran over|run over|reversed into|drove into|drove at|spat at|spat on|grabbed (?:\S+ ){{0,2}}by the (?:throat|neck|hair)|twisted|dislocated|broke|fractured) (?!(?:his|her|their|my) own\b)(?:{PERSON}|[a-z]+ in the (?:face|head|mouth|jaw|chest|stomach|ribs|back|neck|eye|nose|groin|throat)|(?:my|her|his|their|our|the (?:\S+ ){{0,2}}(?:staff|nurse|clerk|cashier|driver|agent|doctor|officer|guard|receptionist|worker|teacher)'s|\S+'s) (?:{W} )?{BODY})\b", EN_THREAT_LOOKALIKE + "|" + EN_INJURY_LOOKALIKE, {"sentence_guard": EN_VICTIM_LOOKALIKE}),
    (rf"\b(?:{PERSON}|i|we|(?!there|it|this|that|which|what|car|van|door|window|shop|store|phone|item|parcel|box|product|food|toast|pizza|everything|nothing|something|screen|glass|price|prices|bill|account)[a-z]+) (?:was|were|got|get|getting|has been|had been|have been|being|is|are|'s been) (?:\S+ )?(?:punched|struck|slapped|kicked|headbutted|head-butted|beaten|beaten up|assaulted|attacked|stabbed|slashed|strangled|choked|throttled|bitten|knocked (?:down|out|unconscious|over)|glassed|bottled|king-hit|kneed|elbowed|spat on|mugged|floored|decked|bashed|battered)\b", EN_THREAT_LOOKALIKE + "|" + EN_INJURY_LOOKALIKE + r"|\b(?:hurt|upset|offended|shocked) (?:by|at) (?:the|his|her|their|your|a|an|what) (?:\S+ )?(?:comments?|words|remarks?|review|feedback|email|tone|attitude|decision|letter|post|message|way|reply|response)|\b(?:was|were|is|are|got|feel|felt) (?:\S+ )?hurt\b(?! (?:badly|bad|seriously|by (?:him|her|them|the customer|a customer|the man|the guy)|in the))|\b(?:was|were|got) (?:\S+ )?(?:hit|struck) (?:with|by) (?:a|an|the) (?:\S+ ){0,2}(?:bill|fine|charge|fee|question|complaint|surcharge|penalty|refund|delay)|\bcut (?:off|short|out|back|down|in|corners)\b|\b(?:was|is|got) (?:\S+ )?jumped (?:ahead|the)\b|\bshot (?:down|up|through)\b|\bhit (?:by|with) (?:the|a|an) (?:\S+ )?(?:traffic|delay|strike|outage|cost|price|bill|storm|snow|weather|flu|virus|cold|covid)", {"sentence_guard": EN_VICTIM_LOOKALIKE}),
    (rf"\b(?:{PERSON}|i|we) (?:was|were|got|get|getting|has been|had been|have been|being|is|are|'s been) (?:\S+ )?(?:hit|scalded|burned|burnt|injured|hurt|wounded|hospitali[sz]ed|cut|shot|run over|dragged|jumped|bitten|pushed (?:(?:hard|violently|roughly|forcefully|backwards) )?(?:down|off|over|into|through|against|to the (?:ground|floor))|shoved (?:(?:hard|violently|roughly|forcefully|backwards) )?(?:down|off|over|into|through|against|to the (?:ground|floor)))\b(?! (?:by (?:a|the) (?:car|bus|train|bike|cyclist|van|truck|door|shelf|ball)|on the|by falling)\b)", EN_THREAT_LOOKALIKE + "|" + EN_INJURY_LOOKALIKE + r"|\b(?:hurt|upset|offended|shocked) (?:by|at) (?:the|his|her|their|your|a|an|what) (?:\S+ )?(?:comments?|words|remarks?|review|feedback|email|tone|attitude|decision|letter|post|message|way|reply|response)|\b(?:was|were|is|are|got|feel|felt) (?:\S+ )?hurt\b(?! (?:badly|bad|seriously|by (?:him|her|them|the customer|a customer|the man|the guy)|in the))|\b(?:was|were|got) (?:\S+ )?(?:hit|struck) (?:with|by) (?:a|an|the) (?:\S+ ){0,2}(?:bill|fine|charge|fee|question|complaint|surcharge|penalty|refund|delay)|\bcut (?:off|short|out|back|down|in|corners)\b|\bshot (?:down|up|through)\b|\bhit (?:by|with) (?:the|a|an) (?:\S+ )?(?:traffic|delay|strike|outage|cost|price|bill|storm|snow|weather|flu|virus|cold|covid)", {"sentence_guard": EN_VICTIM_LOOKALIKE}),
    (rf"\b(?:push|pushes|pushed|pushing|shove|shoves|shoved|shoving) {PERSON} (?:\S+ )?(?:hard|violently|over|down|away|to the (?:ground|floor)|into|against|off|out of the way|backwards|back into)\b", EN_THREAT_LOOKALIKE + "|" + EN_INJURY_LOOKALIKE, {"sentence_guard": EN_VICTIM_LOOKALIKE}),
    (r"\b(?:staff|staff member|employee|worker|cashier|nurse|guard|driver|clerk|colleague|officer|teacher|doctor|receptionist|pharmacist|manager|assistant|agent|teller|conductor|porter|bartender|barista|waiter|waitress|security guard|attendant|carer) (?:was |were |is |gets |got |has been |left )?(?:stabbed|slashed|shot|attacked|assaulted|beaten|beaten up|hospitali[sz]ed|injured|punched|glassed|bottled|scalded|knocked out|strangled|bleeding|unconscious)\b", EN_INJURY_LOOKALIKE),
    (r"\b(?:swung|swinging|swings|rammed|smashed|slammed|shoved|thrust|jabbed) (?:it|them|a|an|the|his|her|their) (?:\S+ ){0,3}(?:into|at|across|against) (?:the|my|her|his|their) (?:face|head|chest|neck|eye|mouth|jaw|nose|back)\b", None),
    (r"\b(?:hands?|fingers|arm) (?:around|round|on|at) (?:my|her|his|their|the (?:\S+ )?(?:staff|clerk|nurse|cashier|agent|driver)'s) (?:neck|throat)\b|\bgrabbed (?:me|her|him|them|my \S+|the \S+) by the (?:throat|neck|hair)\b|\b(?:choked|strangled|throttled) (?:me|her|him|them)\b|\bsmash(?:ed|ing)? (?:my|her|his|their) (?:head|face) (?:into|against|on|onto|off)\b|\b(?:stubbed|put|pressed) (?:\S+ ){0,2}(?:cigarette|cig|fag|smoke|lighter|iron) out on (?:my|her|his|their)\b", None),
    (r"\bhot (?:coffee|tea|water|soup|drink|oil)\b(?:\S* ){0,4}(?:she|he|they|i|i am|we)(?: is|'s| are| was| were| am| got)? (?:burned|burnt|scalded)\b", None),
    (r"\b(?:threw|thrown|throw|throws|throwing|hurled|flung|poured|splashed|chucked|tipped|emptied) (?:\S+ ){0,3}(?:hot|boiling|scalding|steaming) (?:coffee|tea|water|soup|drink|liquid|oil|chocolate|noodles)\b|\b(?:hot|boiling|scalding) (?:coffee|tea|water|soup|drink|oil) (?:\S+ ){0,4}(?:at|over|on|in) (?:me|her|him|them|my|her|his|the (?:\S+ )?(?:staff|clerk|nurse|cashier|barista|waiter|waitress|server))\b|\b(?:threw|thrown|hurled|flung|chucked|lobbed|pelted) (?:\S+ ){0,4}(?:at|into) (?:my|her|his|their) (?:head|face|eye|eyes)\b|\bacid (?:attack|in (?:my|her|his) face|at (?:me|her|him))\b", r"\b(?:(?:kettle|flask|urn|boiler|machine|cup|mug|lid|pan|pot|appliance|heater|radiator|pipe)\b[^.!?\n]{0,80}?)?\b(?:exploded|leaked|split open|cracked|shattered|gave way|came off|melted|failed|tipped over)\b[^.!?\n]{0,60}\b(?:hot|boiling|scalding) (?:water|coffee|tea|oil)\b|\b(?:got|get|gets|getting|spilled|spilt|spilling|spills|knocked|tipped|splashed (?:myself|herself|himself|themselves)|scalded (?:myself|herself|himself))\b(?: \S+){0,3} (?:hot|boiling|scalding|steaming)\b|\b(?:kettle|lid|handle|spout|urn|teapot|cafetiere|flask|machine|boiler|pan|cup|mug)\b[^.!?\n]{0,40}?\b(?:popped|came (?:off|away|loose|open)|broke|burst|leaked|gave way|failed|split|snapped|exploded|tipped)\b"),
    # An injury after an attack: "threw coffee at me, my arm is burned", "taken to hospital after he hit her".
    (r"\b(?:bleeding|bled|blood (?:everywhere|all over|on (?:my|her|his|the))|bloodied|bloody (?:nose|lip|face|mouth)|nosebleed|bruise|bruises|bruised|bruising|black eye|split lip|cut lip|broken (?:nose|jaw|arm|wrist|finger|fingers|rib|ribs|tooth|teeth|leg|bone|bones|glasses|cheekbone|ankle|hand)|broke (?:my|her|his) (?:\S+ )?(?:nose|jaw|arm|wrist|finger|rib|tooth|leg|ankle|hand|collarbone)|broke the skin|(?:breaking|fracturing|dislocating|spraining|bruising|cutting|burning) (?:my|her|his|their) (?:\S+ )?(?:wrist|arm|leg|ankle|nose|jaw|rib|ribs|finger|fingers|hand|back|shoulder|collarbone|hip|knee|face|head)|fractured?|concussion|concussed|stitches|sutures|staples|knocked (?:out|unconscious)|unconscious|passed out|burns|burned (?:my|her|his)|a (?:nasty |bad |bad |big )?burn|scalded|scalding|blister|blisters|swollen|swelling|sprained|dislocat\w*|gash|wound|wounded|injury|injuries|injured|lump|welt|graze|grazes|cut (?:to|on|above|under|across|behind|below|near|over|inside) (?:my|her|his|the) \w+|(?:cut|cutting|split|splitting|gashed|bruising|burning|scalding|scratching|grazing) (?:my|her|his|their) (?:\S+ )?(?:face|forehead|lip|cheek|eye|eyebrow|head|nose|hand|arm|neck|chin)|vomiting|throwing up|hurt (?:my|her|his|their) (?:\S+ )?(?:arm|hand|wrist|back|head|face|neck|leg|shoulder|eye|ribs)|went to (?:a&e|hospital|the hospital|casualty|the er|emergency|urgent care)|taken to (?:a&e|hospital|the hospital|casualty|the er|emergency|urgent care)|taking (?:me|her|him) to (?:a&e|hospital|the hospital|casualty|the er|emergency|urgent care)|in hospital|hospitali[sz]ed|ambulance|ambos|paramedics|first aid|medical attention|x-ray|x ray|tetanus|stretcher)\b", EN_INJURY_LOOKALIKE, {"needs_attack": True}),
    (r"\b(?:hope|hoping|glad|serves? (?:him|her|them|you) right|deserved|deserves) (?:\S+ ){0,6}(?:stitches|bruise|bruises|black eye|broken \w+|injuries|wounds?|hospital|concussion|hurt|(?:jaw|nose|leg|arm|ribs?|face|eye|head|wrist|hand|neck|back|teeth|skull|knee) (?:heals?|healing|mends?|recovers?))\b|\bdeserved what (?:he|she|they) got\b|\bknocked (?:\S+ )?(?:out|unconscious|cold|senseless|spark out|sparko)\b|\bbleeding (?:from|out of) (?:her|his|my|their|the) (?:head|face|nose|mouth|ear|eye|neck|arm|hand|lip)\b", EN_INJURY_LOOKALIKE),

)

# --- English: followed home, waited for ------------------------------------------------------

EN_FOLLOW_LOOKALIKE = (
    # Dirt carried on shoes ("the blood had been tracked through three rooms"), not a person tracked.
    r"\b(?:blood|mud|dirt|water|footprints|snow|paint|muck|sand|grease|oil|dust)\b(?: \S+){0,3} tracked (?:through|into|in|across|round|around|over|onto)\b|"
    r"\bi will be waiting (?:by|for|on|at) (?:the |my |a |your )?(?:phone|call|call back|callback|reply|response|email|letter|refund|engineer|delivery|parcel)\b|"
    r"\b(?:deer[- ]stalking|stalking season|stalking licen[cs]e)\b|\b(?:\d+|one|two|three|four|five|ten|twenty|thirty|forty|ninety)[- ](?:hour|minute|min|day|week)s? wait\b|\b(?:was|were|got) moved\b|\b(?:property|properties|accommodation|house|flat|rental|home)\b[^.!?\n]{0,50}\bnear (?:your|ur) (?:children's|kids'|child's) school\b|\b(?:was|were|is|are) not (?:waiting|following|there for|lurking|watching)\b|\bnot (?:stalking|following (?:her|him|me|anyone))\b|\b(?:is|was) (?:the )?(?:husband|wife|partner|boyfriend|girlfriend|father|dad|mother|mum|son|daughter|brother|sister) of (?:an? |the |our )?(?:employee|staff member|colleague|worker|cashier)\b|\b(?:she|he) was expecting (?:him|her|them)\b|\bwait(?:ed|ing|s)? (?:\S+ ){0,3}for (?:his|her|their|a|the) (?:taxi|cab|uber|bus|lift|ride|wife|husband|partner|friend|family|mum|mother|dad|son|daughter|car)\b|\bfollow(?:ed|ing|s)? (?:up|through|instructions|the (?:instructions|procedure|process|rules|policy|steps|"
    r"guidance|signs|link|advice|queue)|on (?:twitter|instagram|x|social|facebook|tiktok|linkedin)|(?:your|our|the) "
    r"(?:company|page|account|brand) on)\b|\bfollow(?:ed|ing|s)? (?:me|her|him|us) (?:to|over to|round to|around to) "
    r"(?:the|a) (?:shelf|shelves|aisle|till|counter|desk|fitting room|display|section|product|car park to help)\b|"
    r"\b(?:waited|waiting|wait|waits) (?:\S+ ){0,5}(?:for (?:a|an|the|his|her|their|my|our|its) (?:\S+ )?(?:refund|reply|"
    r"response|answer|callback|call|taxi|cab|bus|train|delivery|parcel|package|order|table|turn|appointment|"
    r"prescription|results|car|lift|ride|friend|wife|husband|son|daughter|mother|father|mum|dad|kids|children|family|"
    r"partner|sister|brother|shop to open|store to open|doors to open|sale|engineer|courier|technician|taxi|uber|"
    r"boarding|flight|luggage|bags|card|change|receipt|number)|in (?:the|a) (?:queue|line)|for (?:it|them) to open|"
    r"(?:\d+|twenty|thirty|forty|ten|fifteen|two|three) (?:minutes|mins|hours|hrs|weeks|days)|patiently|outside (?:the|your) "
    r"(?:shop|store|branch|office|bank|centre|center) (?:for|because|before|until it|as it))\b|\b(?:to be first|before "
    r"opening|for opening|it opened late|opening time|to apologi[sz]e|to thank|brought flowers)\b|"
    r"\b(?:stalking|stalked|stalker) (?:horse|(?:the|our|my|your) (?:page|profile|account|website|listing|reviews?))\b|"
    r"\bstalk of\b|\b(?:celery|corn|flower|broccoli) stalks?\b|\b(?:deer|game|grouse|wildlife) stalking\b|"
    r"\bas (?:arranged|agreed|planned)\b|\b(?:picking|pick) (?:him|her|them) up\b|\bbrother-in-law\b|\bher husband\b(?= (?:was|is|came) (?:picking|waiting to pick|there to pick))|"
    r"\btracking (?:number|code|link|page|info|information|details|my (?:order|parcel|delivery|package))\b|\btrack(?:ed|ing)? (?:my|the|his|her|our) (?:order|parcel|delivery|package|claim|complaint|refund)\b|"
    r"\bchas(?:ed|ing|e) (?:up|it|this|my|the|his|her|their|our|a) (?:\S+ )?(?:refund|order|claim|complaint|payment|invoice|delivery|parcel|reply|response|answer|case|ticket)\b|"
    r"\b(?:saw|seen|spotted|noticed) (?:him|her|them|you|u) (?:at|in|on) (?:the|a) (?:\S+ )?(?:shop|store|till|counter|desk|queue|aisle|checkout|reception|meeting|appointment|clinic|branch|office)\b|"
    r"\bseen (?:at|by) (?:the|a) (?:doctor|nurse|gp|dentist|specialist|consultant|vet|triage)\b"
    r"|\b(?:noticed|realised|realized|saw|seen|found|spotted|discovered|checked)(?: that)? (?:i|i'd|i had|i was|i have|my|it|there|we|the (?:\S+ )?(?:charge|bill|receipt|item|items|parcel|order|price|amount|statement|account|payment|box|package|delivery|food|label|date|screen|app|balance|meal|product|door|window|car|dent|scratch|damage))\b|\b(?:stolen|nicked|broken into|towed|towed away|clamped)\b"
)
EN_FOLLOW_RULES: tuple[Rule, ...] = (
    (rf"\b(?:followed|follows|following|follow|tailed|tailing|trailed|trailing|stalked|stalking|stalks|tracked|tracking|shadowed|shadowing|chased|chasing|pursued|pursuing|walked behind|walking behind|walks behind|walk behind|drove behind|driving behind|drive behind|drove slowly behind|driving slowly behind|drive slowly behind|came after|come after|coming after|went after) (?:{PERSON}|(?:the|her|his|my|our|their) (?:\S+'s )?(?:car|van|vehicle|truck|lorry|bike|taxi|cab|bus|ute)) (?:{W} ){{0,8}}(?:home|house|flat|apartment|hostel|to (?:my|her|his|their|the|our) (?:{W} )?(?:car|house|home|flat|apartment|station|bus|bus stop|train|tram|stop|door|street|building|parking|car park|carpark|bike|gym|school|nursery|daycare|hostel)|to the (?:{W} )?(?:station|car park|carpark|parking|bus stop|tube|subway|metro|platform|tram stop|stop)|till the (?:{W} )?(?:station|stop|car|metro)|out of (?:the|our|my) (?:shop|store|building|office|clinic|centre|center|branch|station|car park)|outside|after (?:work|my shift|her shift|his shift|their shift|the shift|closing|hours|we closed)|when (?:i|she|he|they) (?:left|finished|went home|clocked off|got off)|off the premises|down the (?:street|road)|onto the (?:{W} )?(?:train|bus|platform|tram)|all the way|for (?:\S+ )?(?:miles|blocks|streets|minutes|ages|a long time|twenty minutes|several)|through (?:the )?town|into (?:the|a) (?:supermarket|shop|station)|the whole way|for a while|and got off|got off at)\b", EN_FOLLOW_LOOKALIKE),
    (r"\b(?:was|were|got|gets|being|been|is being|keeps getting|keep getting) (?:\S+ )?(?:followed|tailed|stalked|trailed|tracked|chased|pursued|shadowed) (?:home|to|from|out|all the way|by|for|after|through|into|onto|off|down|along)\b", EN_FOLLOW_LOOKALIKE),
    (r"\b(?:pulls?|pulled|drove|drives|driving) (?:out )?(?:behind|after) (?:the (?:\S+ )?(?:officer|driver|nurse|staff|manager|warden|examiner|teacher|agent|clerk)'s|my|her|his) (?:car|van|bike|taxi|vehicle)\b|\bfollow(?:s|ed|ing)? (?:it|them) (?:for (?:\S+ )?(?:miles|blocks|minutes|streets|km|kilometres)|all the way|home)\b", EN_FOLLOW_LOOKALIKE),
    (r"\b(?:is|are|was|were|been|keeps|kept|keep|has been|have been|is still|'s) (?:\S+ )?(?:following|tailing|stalking|tracking|watching|behind) (?:me|her|him|us|them|my colleague)\b|\b(?:behind|following) (?:me|her|him) (?:since|all the way|the whole way|for (?:\S+ )?(?:minutes|blocks|streets|miles|ages|a while)|from (?:the|work|the shop|the station))\b|\bgot off (?:at|when) (?:my|her|his|i|she|he) (?:stop|did|got off)\b|\bgot on (?:my|her|his|the same) (?:bus|train|tram) (?:after|when)\b", EN_FOLLOW_LOOKALIKE),
    (rf"\b{SIGHT} (?:{W} ){{0,8}}(?:at|by|near|outside|next to|beside|in front of|across from|across the (?:road|street) from|over the road from|down the (?:road|street) from|up the (?:road|street) from|round the corner from|opposite|in|on|round|around|behind|up|down) (?:the |a )?(?:{W} )?{STAFF_PLACE}\b", EN_FOLLOW_LOOKALIKE),
    (rf"\b{STAFF_PLACE}(?: {W}){{0,8}} (?:{SIGHT}|{THIRD}(?:is|was|'s)? ?(?:there|outside|waiting|standing|sitting|parked))\b", EN_FOLLOW_LOOKALIKE + r"|\b(?:my|her|his) (?:own )?(?:house|home|flat|car) (?:insurance|keys|was burgled|broke down|got towed)\b"),
    (rf"\b{SIGHT} (?:{W} ){{0,10}}{LEAVING}\b|\b{LEAVING}(?: {W}){{0,12}} (?:{SIGHT})\b", EN_FOLLOW_LOOKALIKE + r"|\b(?:customers?|people|patients|passengers|queue|queues|crowd) (?:\S+ ){0,3}(?:waiting|waited|wait|outside|standing)\b|\bwait(?:ed|ing|s)? (?:\S+ ){0,4}(?:at|in) (?:the )?(?:counter|desk|till|reception|queue|line|waiting room|lobby)\b"),
    (rf"\b{THIRD}(?:\S+ ){{0,4}}(?:turned up|turns up|showed up|shows up|came|comes|appeared|appears|was waiting|is waiting|visited|knocked|rang the (?:bell|doorbell)|was standing|is standing|stood|sat|was sitting|is sitting|was outside|is outside|is at|was at|'s outside|'s at) (?:\S+ ){{0,3}}(?:at|to|outside|in front of|on) (?:{STAFF_PLACE})\b", EN_FOLLOW_LOOKALIKE),
    (rf"\b{THIRD}(?:\S+ ){{0,3}}(?:is |was |'s |has |had )?(?:moved|went|gone|come|came|walked|wandered|driven|drove|parked|sat down|stood) (?:over |back |round |up |down )?(?:to|by|near|at|outside|beside|next to) (?:{W} ){{0,4}}{STAFF_PLACE}\b", None),
    (r"\b(?:watched|watching|watches|saw|seen) (?:me|her|him) (?:walk|walking|go|going|leave|leaving|get|getting|lock|locking|drive|driving)\b", r"\b(?:watched|saw) (?:me|her|him) (?:walk|go|get) (?:in|into|over|up|through) (?:the|a) (?:meeting|room|office|kitchen|booth)\b"),
    (r"\b(?:he|she|they|hes|shes|theyre|the customer|the man|the guy|the woman|that guy|that man|same man|same guy|same bloke|same woman|same customer|the bloke|the passenger|him|her) (?:is |was |are |were |'s |is still |was still |has been |had been |is been )?(?:outside|at|by|in front of|round|near) (?:the (?:end|top|bottom|corner) of )?(?:my|her|his|their) (?:house|home|flat|apartment|door|car|window|gate|place|building|work|road|street)\b|\b(?:he|she|they|hes|shes|the customer|the man|the guy|same man|same guy|same bloke|same customer|that guy|that man)(?: is| was|'s| is still)? outside (?:again|still|now|the staff|the back)\b|\b(?:same|that) (?:man|guy|bloke|woman|customer|person)(?: is|'s)? (?:outside|out there|out the back|at the back) (?:again|still|now)\b", EN_FOLLOW_LOOKALIKE),
    (r"\b(?:found|find|finding|tracked|traced|looked up|worked out|figured out|know|knows|knew|got|has|had|have) (?:out )?(?:where|down where) (?:i|she|he|they|my colleague|our \S+|the \S+|you|u) (?:live|lives|lived|stay|stays|park|parks)\b|\b(?:found|got|tracked down|looked up|has|had|knows|know|found out|worked out) (?:\S+ ){0,2}(?:home|house|private|personal) address\b|\bhow (?:he|she|they) (?:find|found|got|know|knew) (?:my|her|his) (?:address|house|home|flat)\b|\bstalk(?:ed|ing|er|ers)?\b|\bnever told (?:him|her|them) where (?:i|she|he) (?:live|lives)\b", EN_FOLLOW_LOOKALIKE + r"|\b(?:found|find|know|knows|got|has) (?:out )?where (?:i|she|he|they|you) (?:live|lives) (?:from|on) (?:the|our|your) (?:form|records|file|booking|account|system|delivery)\b|\bstalker(?:s)? (?:training|awareness|course|law|act|protection)\b"),
    (r"\b(?:see|meet|catch|find|get|wait for) (?:you|u|ya|her|him) (?:\S+ ){0,2}(?:after (?:your|her|his|ur) (?:shift|work)|after work|when (?:you|u|she|he) (?:finish|finishes|leave|leaves|get off|gets off|knock off|clock off)|in the (?:staff )?car park|on (?:your|her|his|ur) way home|walking home|at (?:your|her|his|ur) (?:car|house|home|flat|door|bus stop|stop))\b", EN_FOLLOW_LOOKALIKE),
    (r"\b(?:you|u|she|he) drives? (?:a|the) (?:\S+ ){0,3}(?:right|yeah|don't you|do not you|innit|eh|yes)\b|\b(?:your|ur|her|his) (?:kids|kids'|kid's|children's|daughter's|son's|wife's|husband's|partner's) (?:bikes?|scooters?|school(?! (?:project|work|trip|uniform|run|holidays?|fees?|report|play|concert|photos?|bag|shoes|books?|homework|dinner|lunch|meals?|supplies))|car|bedroom|window|toys|bus stop)\b|\b(?:nice|lovely|pretty|cute) (?:red |blue |black |white |green )?(?:coat|dress|jacket|top|scarf|hat|hair|car|bike) (?:today|yesterday|this morning|tonight|on the)\b", EN_FOLLOW_LOOKALIKE),
    (rf"\b(?:got|gets|getting|jumped) (?:on|onto|into) the same (?:bus|train|tram|carriage|coach|tube|lift|taxi) (?:as (?:me|her|him|us)|and)\b|\bsame (?:\S+ ){{0,2}}(?:man|driver|customer|car|van|guy|person|woman|passenger|patient|tenant|bloke)\b(?: {W}){{0,10}} (?:\d+|two|three|four|five|six|several) (?:days|nights|evenings|mornings|times|weeks) in a row\b", EN_FOLLOW_LOOKALIKE),
    (rf"\b(?:followed|follows|following|tailed|tailing|trailed) (?:{PERSON}) (?:{W} ){{0,3}}(?:to|into|onto|up to|as far as|till|until) (?:the|my|her|his|a|their) (?:{W} ){{0,2}}\S+", EN_FOLLOW_LOOKALIKE + r"|\b(?:shelf|shelves|aisle|till|tills|counter|desk|fitting room|display|section|product|checkout|reception|queue|toilets for|meeting room)\b"),
    (r"\b(?:tracked|traced|hunted) (?:me|her|him|them|my \S+|our \S+) (?:down )?(?:to|at) (?:my|her|his|their) (?:home|house|flat|gym|school|parents|street)\b|\bi know which (?:car|house|flat|bus|train|route|door|stop) (?:is yours|is hers|is his|you (?:drive|take|use|live)|she (?:drives|takes|uses)|he (?:drives|takes|uses))\b|\b(?:saw|seen|watched|watching|watch) (?:you|u|her|him) (?:locking up|lock up|leaving|leave|closing up|close up|walking|walk|get in|getting in|getting into|get into|at (?:the|your) (?:bus stop|station|car|car park|gym|house|door)|go home|going home)\b|\bcareful who(?: is|'s) watching\b|\b(?:nice|lovely|pretty|cute) (?:\S+ ){0,2}(?:garden|house|front door|door|balcony|flat|apartment|street|curtains|windows?|car|road|area) (?:you have got|you have|you got|you've got|(?:you|she|he|they) (?:lives?|live) (?:on|in|at))\b|\b(?:saw|seen|watched|watching) (?:the (?:\S+ )?(?:doctor|nurse|manager|receptionist|cashier|clerk|teacher|pharmacist|agent|girl|lady|guy|staff)|her|him|you|u) (?:leave|leaving|lock up|locking up|go home|going home|get in|getting in)\b|\bi will be (?:there|waiting)\b(?=[^.!?\n]{0,60}\b(?:leaves|walks|finishes|gets off|home)\b)|\b(?:leaves|walks|finishes|gets off|goes home) (?:\S+ ){0,8}i will be (?:there|waiting)\b", EN_FOLLOW_LOOKALIKE),
)

EN_THREAT_RULES += (
    # "deserve a bullet", "break every bone in his body", "hurt them" after finding staff's children.
    (r"\bdeserves? (?:a|the|some|one) (?:bullet|kicking|good kicking|beating|good hiding|hiding|knife)\b|\bdeserves? to (?:die|be shot|be stabbed|get shot|get stabbed|get hurt|be hurt|be beaten|get beaten)\b", EN_THREAT_LOOKALIKE),
    (r"\b(?:break|snap|smash) every (?:bone|finger|tooth) in (?:your|his|her|their|ur|that \S+'s) (?:body|hand|hands|head|face)\b", None),
    (rf"\b(?:find|get|come for|go after|track down|visit|get to|hunt down|go round to) (?:your|ur|my|her|his|their) (?:\S+ )?(?:kids|children|family|wife|husband|daughter|son|mum|mother|dad|partner|parents|baby|girlfriend|boyfriend) (?:and|&) (?:{HURT}|{KILL}) (?:them|her|him|you)\b", EN_THREAT_LOOKALIKE),
    # "someone at the branch is going to get hurt, and I mean badly" (not a hazard warning).
    (r"\b(?:someone|somebody|one of (?:you|your \S+|them)|people|your staff|staff|anyone|one of your staff)\b(?: \S+){0,5} (?:is going to|are going to|will|is gonna|are gonna|gonna) (?:get hurt|get badly hurt|get seriously hurt|get really hurt)\b", None, {"sentence_guard": r"\b(?:step|steps|floor|stairs|ice|wire|cable|door|shelf|shelves|pothole|paving|railing|handrail|lift|escalator|broken|loose|wet|slippery|trip|fix|repair|mend|hazard|dangerous|unsafe|safety|ladder|machine|equipment|playground|slide|swing|traffic|road|crossing|junction|lane|lighting|dark|unlit|corner|blind|speed|fall|falls)\b"}),
    # "or breathes again", "she'd be found in pieces in the bins".
    (r"\b(?:never|not|won't|will not|or) (?:\S+ ){0,2}breath(?:e|es|ing) again\b", EN_THREAT_LOOKALIKE),
    (r"\b(?:be|being|get|gets|end up|ends up|will be|would be) '?found (?:\S+ )?(?:dead|in pieces|in bits|in a ditch|in (?:the|a) (?:river|canal|bins?|skip|woods|ditch|boot|bag|dumpster)|floating|face down)\b", None),
)

EN_WEAPON_RULES += (
    # "unless you make me use it", "I keep a bat behind the door for people like him".
    (r"\b(?:make me|makes me|made me|force me|forcing me) (?:to )?use (?:it|this|that|them)\b", WEAPON_LOOKALIKE),
    (r"\b(?:not|never) (?:be )?(?:afraid|scared) to use (?:it|this|that|them)\b", WEAPON_LOOKALIKE),
    (rf"\b(?:keep|keeps|kept|have|has|got|carry|carries)\b (?:a|an|my|his|her) (?:\S+ )?(?:{STRONG_WEAPON}|{WEAK_WEAPON}) (?:\S+ ){{0,6}}(?:for people like|for the likes of|for anyone like|for idiots like|for scum like|for the next|for morons like) (?:you|him|her|them|u|that)\b", WEAPON_LOOKALIKE),
    # "jabbing them at him", "thrusting it towards the nurse".
    (rf"\b(?:jabb\w*|thrust\w*|lung\w*|stabb\w*|slash\w*|swing\w*|swung) (?:it|them|the \S+|a \S+) (?:\S+ )?(?:at|towards|toward) {PERSON}\b", WEAPON_LOOKALIKE),
    (rf"\b(?:with )?(?:a|my|his|her|the|their) (?:\S+ )?(?:pair of )?(?:{STRONG_WEAPON}|{WEAK_WEAPON}) (?:in his|in her|in their|in my) (?:fist|fists|grip)\b", WEAPON_LOOKALIKE),
)

EN_BOMB_RULES += (
    # "bomb's in the building", "your pub's going up tonight".
    (rf"\b{BOMB}'s (?:in|at|under|inside|near|on|planted|hidden|set|ticking|going off)\b", EN_BOMB_LOOKALIKE),
    (rf"\b{PLACE}(?:'s going|'s gonna go|'s about to go|'s going to go) (?:up|boom|bang|up in flames|up in smoke)\b", EN_BOMB_LOOKALIKE),
    # Fuel taken out, held or opened: "took a plastic bottle of petrol out of his rucksack".
    (r"\b(?:takes?|took|taking|pulls?|pulled|produces?|produced|got out|gets out|holds?|held|holding|waves?|waved|waving|brandish\w*|carrying|carried|brought|unscrew\w*|opened|opens|pours?|poured|splash\w*)\b(?: \S+){0,8} (?:can|cans|canister|jerry ?can|jerrycan|bottle|bottles|container|tank|jug|flask|jar) (?:\S+ ){0,4}(?:of|smelling of|smells (?:\S+ )?of|full of|with|containing) (?:petrol|gasoline|fuel|lighter fluid|kerosene|paraffin|diesel|accelerant|white spirit)\b", EN_BOMB_LOOKALIKE),
)

EN_INJURY_RULES += (
    # "got me round the throat", "squeezed her neck", "finger marks on my neck".
    (r"\b(?:got|grabbed|had|took|seized|caught|held|pinned) (?:me|her|him|them|my \S+|the \S+) (?:round the throat|around the throat|by the throat|round the neck|around the neck|by the neck)\b", None),
    (r"\bsqueez\w* (?:my|her|his|their) (?:throat|neck|windpipe)\b", None),
    (r"\b(?:finger|hand|strangle|grip) ?marks (?:on|round|around) (?:my|her|his|their) (?:neck|throat)\b", None),
    (rf"\b{PERSON}(?:'s been) (?:\S+ )?(?:punched|struck|slapped|kicked|headbutted|beaten|beaten up|assaulted|attacked|stabbed|slashed|strangled|glassed|bottled|knocked out|shot|hit|bitten|injured|hurt)\b", EN_INJURY_LOOKALIKE),
    # A radio call: "staff member down at the pharmacy counter, head wound".
    (r"\b(?:staff member|member of staff|colleague|officer|guard|nurse|cashier|driver|crew ?member|worker|employee|assistant|security|medic|paramedic|teller|clerk) (?:is down|down)\b(?=[^.!?\n]{0,80}\b(?:bleeding|wound|injur\w*|unconscious|ambulance|blood|stabbed|hit|head))", None),
    (r"\bset (?:his|her|their|the) (?:\S+ )?(?:dog on|dogs on) (?:me|her|him|us|them|the (?:\S+ )?(?:staff|courier|driver|postman|postie|delivery \S+|engineer|officer))\b", None),
)

EN_FOLLOW_RULES += (
    # "staff followed to station" (a note, no auxiliary).
    (r"\b(?:staff|staff member|colleague|nurse|driver|cashier|clerk|agent|receptionist|officer|worker|employee|teacher|carer|guard|pharmacist|doctor|cleaner|assistant)s? (?:was |were |being |been |got )?(?:followed|tailed|stalked|trailed|tracked) (?:home|to|from|back|out|all the way|after)\b", EN_FOLLOW_LOOKALIKE),
    # "crawled along behind me until the bus came".
    (r"\b(?:crawled|crawling|crept|creeping|cruised|cruising|kerb-?crawl\w*|idled|idling|rolled|rolling) (?:slowly )?(?:along )?(?:behind|beside|next to|after) (?:me|her|him|us)\b", EN_FOLLOW_LOOKALIKE),
    # "I waited outside for you last night", "I'll be at the back door".
    (r"(?<=(?<![a-z])i )(?:waited|was waiting|have been waiting|will wait|will be waiting) (?:\S+ ){0,2}(?:outside|out the front|out the back|by the (?:back|side|staff) door) (?=for (?:you|u|her|him)\b)", EN_FOLLOW_LOOKALIKE),
    # Hunting down staff's family and home: "I've found his wife on Facebook", "I just need the door number".
    (r"\b(?:found|find|tracked down|looked up) (?:your|his|her|their) (?:\S+ )?(?:wife|husband|kids|children|family|partner|daughter|son|mum|mother|girlfriend|boyfriend) (?:on facebook|on instagram|on linkedin|on tiktok|on twitter|on x|on snapchat|on social media|on the electoral roll)\b", EN_FOLLOW_LOOKALIKE),
    (r"\bneed (?:the|his|her|your) (?:door|house|flat) number\b", EN_FOLLOW_LOOKALIKE),
)

# --- Japanese (kana folded to hiragana) ------------------------------------------------------

JA_OBJECT_CONTEXT = (
    r"(?:返品|返金|交換|板前|研ぎ|刃の角度|包まれ|荷物|食器|引越し|引っ越し|新聞紙|初期不良|不良|不具合|欠け|刃こぼれ|刃先|切れ味|研ぎ|研い|修理|梱包|返送|配送|発送|伝票|保護して|専用(?:の)?けーす|"
    r"けーすに入れ|箱に入れ|箱から|れしーと|保証|料理|調理|実習|保安検査|手荷物|機内|持ち込め(?:ません|ない)|預け|没収|放棄|落とし物|"
    r"忘れ物|遺失物|拾得|所持許可|許可証|猟友会|展示|博物館|贈答|ぎふと|売場|売り場|がんけーす"
    # A kitchen's or butcher's routine: the knives washed, stored, sharpened on a stone.
    r"|保管庫|洗浄|消毒|施錠|砥石|さばく)"
)
JA_MENACE = (
    r"(?:向け|むけ|突きつけ|突き付け|つきつけ|振り回|ふりまわ|振りかざ|振り上げ|構え|かまえ|脅|威嚇|殺|刺す|刺した|刺そ|切りつけ|"
    r"切り付け|襲|暴れ|ちらつか|使う(?:ぞ|で|からな)|使ったる|使ってやる|覚悟|なめ|ふざけ|出せ|返せ|しろ|やぞ|からな|だぞ|たるで|"
    r"ぶっ|いてまう|しばく|怒鳴|叫|迫|要求|逮捕|通報|警察|銃刀法違反|見せ|みせ|取り出|抜い|黙って|無言で)"
)

JA_WEAPON_STRONG = (
    r"(?:包丁|ほうちょう|出刃|刺身包丁|柳刃|牛刀|ないふ|刃物|はもの|かったーないふ|かったー|刃渡り|短刀|日本刀|木刀|刀(?!剣)|仕込み杖|"
    r"匕首|あいくち|拳銃|けん銃|ぴすとる|銃|猟銃|らいふる|散弾銃|金属ばっと|"
    r"ばっと|鉄ぱいぷ|鉄パイプ|鉄の棒|鉄棒|角材|はんまー|金槌|金づち|かなづち|とんかち|斧|まさかり|鉈|鎌|"
    r"草刈り鎌|すたんがん|催涙すぷれー|爆弾|爆発物|爆薬|だいなまいと|手榴弾|手りゅう弾|火炎瓶|凶器|千枚通し|あいすぴっく|"
    r"knife|gun|pistol|🔪|🔫|🗡|包〇|包○|包●|包◯|包×|包✕|包＊|包\*|拳〇銃|拳○銃|拳●銃|拳◯銃|拳×銃|拳✕銃|拳＊銃|拳\*銃|な〇ふ|な○ふ|な●ふ|な◯ふ|な×ふ|な✕ふ|な＊ふ|な\*ふ|ば〇くだん|ば○くだん|ば●くだん|ば◯くだん|ば×くだん|ば✕くだん|ば＊くだん|ば\*くだん|ば〇だん|ば○だん|ば●だん|ば◯だん|ば×だん|ば✕だん|ば＊だん|ば\*だん)"
)
JA_WEAPON_WEAK = (
    r"(?:はさみ|鋏|ごるふくらぶ|くらぶ|竹刀|傘|かさ|ぱいぷ椅子|椅子|いす|瓶|びーる瓶|一升瓶|灰皿|消火器|すぱな|れんち|"
    r"どらいばー|注射器|針|棒|杖|石|れんが|ぼーるぺん|ぺん|鍵|ほうき|もっぷ|硫酸|塩酸|薬品|ぺっとぼとる|灯油|がそりん|らいたー)"
)
JA_HOLD = (
    r"(?:持っ|もっ|持ち|持参|所持|携帯|携行|手に|握|にぎ|取り出|とりだ|出して|出した|出し|出てき|だして|だした|見せ|"
    r"みせ|ちらつかせ|ちらつか|振り回|ふりまわ|振りかざ|振り上げ|ふりあげ|突きつけ|突き付け|つきつけ|向け|むけ|構え|"
    r"かまえ|忍ば|隠し持|懐に|ふところに|ぽけっとに|抜い|抜き|かざ|押し当て|当て|持ち込|もちこ|入れて|手にし|手にと|"
    r"手に取|さげ|下げ|背負|置い|置か|置き|おい|示し|見え|みえ|光る|保管|しまって|ある|あん|あるぞ|あるで|あるねん|あんねん|あるんや|"
    r"あるんだ|あります|あって|持ち歩|もちある|(?<!ひびが)(?<!ひび)(?<!傷が)(?<!傷)入っと|(?<!ひびが)(?<!ひび)(?<!傷が)(?<!傷)入って(?:る|ん|いる|います|ます)|担い|担ぎ|かつい|かつぎ)"
)
JA_AGGRESSIVE = (
    r"(?:振り回|ふりまわ|振りかざ|振り上げ|ふりあげ|突きつけ|突き付け|つきつけ|突き立て|つきたて|向け|むけ|構え|かまえ|押し当て|突き出|"
    r"投げつけ|投げ付け|なげつけ|で殴|で叩|でたた|で脅|で威嚇|で襲|で刺|で切(?!り取|りとり|り抜|りぬ|り分|れ目|符)|で突|でなぐ|叩きつけ|たたきつけ|逆手に)"
)
# An edge or a thing likened to a blade for its sharpness: 「刃物のように鋭い」「刃のような切れ味」.
JA_BLADE_SIMILE = r"(?:刃物|刃)(?:の)?(?:ように|みたいに)[^。、！？!?\n]{0,4}?(?:鋭|尖|とが|薄|切れ)(?![^。、！？!?\n]{0,4}?(?:もの|物|を持|を手|を出|を見せ|を向け|を振))|(?:刃物|刃)のような(?:鋭さ|切れ味|鋭い|薄い|縁|端)"
JA_WEAPON_LOOKALIKE = (
    r"しーん|上映|ほらー|殺人鬼|ぞんび|がんしゅーてぃんぐ|しゅーてぃんぐ|げーむせんたー|反動が|"
    r"爆弾(?:みたい|のよう)に(?:跳ね上|上が|増え|高)|爆弾請求|"
    r"(?:包丁|ないふ|刃物|かったー|ばっと|はさみ|銃|らいふる|えあがん|もでるがん|はんまー|斧|すぱな|れんち|注射器|爆弾|"
    r"灰皿|瓶|鎌|らいたー|ごるふくらぶ|竹刀|木刀|猟銃|拳銃|ぴすとる|金属ばっと)(?:の(?:切れ味|刃こぼれ|返品|交換|購入|"
    r"修理|研ぎ|販売|在庫|値段|価格|さいず|色|柄(?!を見せ|をちら|に手|を握|を掴|をつか|だけ)|説明|使い方|配送|発送|不良|不具合|欠け|錆|さび|保証|取り扱い|売り場|"
    r"こーなー|せっと|けーす|かばー|替刃|替え刃|所持許可|許可|免許|講習|手入れ|展示|刃が)|(?:を|が|は|の)?[^。！？!?\n、]{0,4}?(?:購入|"
    r"買い|買っ|かっ|返品|交換|研ぎ|研い|注文|販売|売っ|売り|修理|配送|発送|届い|返送|紛失|落と|忘れ|忘れ物|在庫|入荷|"
    r"予約|取り寄せ|さいず違い|未使用|同梱|特典)|せっと|研ぎ|売り場|こーなー|けーす|かばー|すたんど|立て|と(?:ふぉーく|"
    r"まな板)|低気圧|発言|せーる|処理|犯の|げーむ|の(?:おもちゃ|玩具)|型(?:の)?(?:こんとろーらー|らいと|ぺん|けーす)|"
    r"替刃|替え刃)|(?:水|おもちゃの|玩具の|もでる|えあ|ぺーぱー|ばたー|ぱん|けーき|ぴざ|調理用|料理用|きっちん|散髪用|"
    r"裁縫用|理容|美容|工作用|文具|文房具|新品の|予約した|注文した|購入した|買った|届いた|返品した|子ども用|子供用|"
    r"少年野球用|野球用|練習用|小道具の|撮影用の|展示用の)(?:の)?(?:包丁|ないふ|銃|鉄砲|ぴすとる|はさみ|鋏|かったー|"
    r"ばっと|金属ばっと|竹刀|木刀)|銃刀法|爆弾低気圧|爆弾発言|爆弾せーる|野球の?ばっと|ばってぃんぐ|消火器の(?:点検|交換|"
    r"設置|使い方)|注射器(?:で採血|による)|注射(?:の|を)(?:痛み|失敗|跡)|ちゃかちゃか|猟友会|所持許可|許可証|小道具|"
    r"撮影用|(?:どらま|映画|舞台|芝居|撮影|げーむ|あにめ|漫画|まんが|小説)(?:の|で|に|用)|針(?:を|が)?(?:刺|さ)|"
    r"料理教室|調理実習|研ぎ直し|包丁研ぎ|どすの(?:利|き)いた|やっぱり|傘(?:を|が)?(?:忘れ|置き忘れ|差し|さし|持って(?:いな|な))|"
    r"(?:折りたたみ|折り畳み)傘|刀剣|展示|美術館|博物館|爆弾(?:おにぎり|ばーがー|はんばーぐ|ぱふぇ|焼き|丼|めし)"
    r"|(?:模造|模擬|ごむ製|ぷらすちっく製|段ぼーる製|おもちゃの|玩具の|偽物の|にせものの)(?:の)?(?:包丁|ないふ|刃物|銃|拳銃|ぴすとる|日本刀|刀|爆弾)|(?:包丁|ないふ|刃物|銃|猟銃|拳銃|かったー)用(?:の)?"
    r"|こちらの[^。]{0,4}(?:斧|包丁|ないふ|鎌|鉈|はんまー)|薪割り用|" + JA_BLADE_SIMILE
    # A crime elsewhere seen in the news (「刃物を突きつけて金品を奪う強盗事件が相次いで報道された」
    # 「ニュースで、男がナイフで脅したと見て」), not a weapon at the business.
    + r"|(?:刃物|ないふ|包丁|銃|拳銃)[^。！？!?\n]{0,20}?(?:事件|強盗)(?:が|の|を)?(?:相次いで|次々と|連日|大きく)?(?:報道|報じ)"
    r"|(?:にゅーす|報道|新聞|てれび|記事)で[^。！？!?\n]{0,30}?(?:したと|された(?:と|という))(?:見|読|聞|知)"
)
JA_THREAT_LOOKALIKE = (
    # 「動画撮ったから拡散するわ。覚悟しとけよ」: the threat is to expose, not to harm.
    r"(?:拡散|晒(?:す|し)|さらす|さらし|炎上|ねっとに(?:上げ|あげ|載せ))[^。！？!?\n]{0,8}?[。、！!]?覚悟|"
    r"(?:激辛|辛さ|辛すぎ|からすぎ|唐揚げ|からあげ|らーめん|かれー)|(?:殺到|相殺|殺菌|殺虫|黙殺|忙殺|悩殺|殺風景|殺伐|殺陣|必殺|瞬殺|秒殺|笑殺|人殺しと|息を殺|声を殺|気配を殺|"
    r"感情を殺|味を殺|素材を殺|個性を殺|良さを殺|虫を殺|菌を殺|ごきぶり|蚊に刺|はちに刺|蜂に刺|虫に刺|釘を刺|くぎを刺|"
    r"名刺|刺身|刺繍|刺激|風刺|目撃|攻撃的|打撃|衝撃|撃退|撃沈|死ぬほど|死ぬかと思うほど|死ぬ気で|死にそう|死にかけ|"
    r"殺す気か(?:\(笑\)|(笑)|w|笑|！|!|っ)|笑い死|爆笑|ぼこぼこ(?:の|な)(?:道|路面|車|壁)|しばらく|命取り|命がけ|"
    r"命懸け|一生懸命|懸命|殺意(?:が)?(?:湧|わ)|げーむ(?:で|しながら|の中|中|の)|ごっこ|漫画|まんが|あにめ|映画|どらま|"
    r"台詞|せりふ|歌詞|本社に|訴え|弁護士|消費者せんたー|消費生活せんたー|口こみ|口コミ|れびゅー|書き込|ねっとに|"
    r"(?:お)?気をつけて(?:お)?帰(?:って|り)|気をつけてね|お気をつけて|"
    r"とは(?:言|い)っていない|はなかった|もなかった|はありませんでした|かと思った(?:くらい|ほど)|(?:の|を)(?:ように|ような)(?:暑|寒|忙|混)|"
    r"練習|訓練|研修|講習|講座|殺され(?:る|ちゃう|そう)[〜~ー])"
    r"|(?:銀行|会社|役所|病院|店|国|政府|制度|機械|しすてむ|洗車機|ぶらし|仕事|残業|暑さ|寒さ|花粉|税金)に殺され|殺す気か(?!ら)|殺す気[？?]|殺す気なん|解約|雑草|草を|根こそぎ|除草|さぶすく|あぷり|あかうんと|細菌|ういるす|ぱそこん|(?:脚|筋|腕|体幹)とれ|とれーにんぐ|稽古|れっすん|部活|しごき"
    r"|気[ぃい]?(?:つけ|付け)て(?:って|ほしい|欲しい|ください|下さい|な(?:あかん|いと))|(?:子ども|子供|こども|お子さん|娘|息子)の(?:口|歯|歯ぐき|肌|目|耳|体|身体)(?:の中)?(?:や|だ|なんだ|です)"
    r"|(?:盛り|定食|丼|めにゅー|ちゃれんじ|大食い)[をも]?しば|(?:らぐびー|たっくる|試合|部活|さっかー|ばすけ|柔道|ぼくしんぐ|ぷれー)[^\n]{0,40}?殺しに(?:き|来)て(?:た|る|い)"
    r"|(?:家|店|庭|畑|柱|床|木)が(?:食い)?殺され"
    # A bill that "will kill" the payer (「この請求で殺されそう」).
    r"|(?:請求|料金|電気代|がす代|水道代|家賃|値上げ|物価|支払い|出費|ろーん|請求書|利息|保険料)(?:で|に)殺され"
    # A needle that goes in (「注射より少し太め…刺すときにチクッと」): blood taken, not a stabbing.
    r"|刺す(?:とき|時|瞬間)に?(?:ちくっ|ちくり|少し痛)"
    r"|(?:隣|近所|隣人|隣の人|元夫|元妻|知人|相手)(?:の人)?(?:に|から)[『「][^』」]{0,20}[』」]と言われた[^。]{0,6}」?と相談"
)
JA_THREAT_RULES: tuple[Rule, ...] = (
    (r"(?:ぶっ|ぶち|ぶっち|ぶ)?(?:殺|(?<![とこ])ころ(?!す(?:み|ぐ|こし|べ|ま)))(?:す|すぞ|すからな|すけん|すけえ|すで|すよ|すわ|したる|してやる|してやっから|したろか|したろうか|してまう|しちゃう|しに(?:い|行|来|く)|します|してもいい|す気|す(?:と|って)(?:脅|言|いわ|叫|怒鳴|わめ|書|ほのめか)|される(?:ぞ|よ|と思え)|されたい|されてえ|されたくなければ|したい|したっ|しとく|しとったる|しまっせ)", JA_THREAT_LOOKALIKE),
    (r"(?:ぶっ|ぶち|ぶっち|皆|みな)?殺(?:す|し|さ|せ|そ)(?!菌|虫)|(?:ぶっ|ぶち)ころ(?:す|し|さ|せ|そ)|(?<![a-zぁ-ん])ころ(?:す|したる|してやる|すぞ)|[〇○●◯×✕xX＊*]{1,2}す(?:ぞ|から|けえ|よ|わ|(?=。)|$|！|!|で|けん|って|と(?:言|書))|葬式(?:を)?(?:出させ|出す|あげ|あげさせ|することに)|生かして(?:おかない|おかん|おけない|帰さない|かえさない)|皆殺し", JA_THREAT_LOOKALIKE + r"|人殺し|殺し文句|殺し屋(?:の映画|の漫画|が主人公)|笑い殺|殺し合い(?:の)?(?:げーむ|映画|漫画)|虫も殺さ"),
    (r"(?:殺害(?:する|予告|してやる|をほのめか|すると)|殺人予告|殺す気|殺しに(?:行|い|来|く)|殺されるかと|殺されると思|殺されかけ|殺されそう)", JA_THREAT_LOOKALIKE),
    (r"(?:刺(?:す|すぞ|すからな|したる|してやる|したろか|しに|し殺|されたい|すと(?:脅|言)|すって|しちゃる|しとく)|刺し殺|突き刺(?:す|してやる|すぞ|したる)|撃(?:つ|つぞ|ち殺|ってやる|ったる|つからな|ちこむ|ち込む)|撃ち殺|ぶっ放|ぶちかまし|首(?:を|、)?(?:絞め|締め|しめ)(?:てやる|るぞ|たろか|たる|殺|ちゃる)|絞め殺|轢き殺|ひき殺|焼き殺|殴り殺|蹴り殺|叩き殺|なぶり殺|くびり殺)", JA_THREAT_LOOKALIKE),
    (r"(?:死にたいのか|死にてえのか|死にたくなければ|死にたくなかったら|死ぬことになる|死なす|死なせ(?:る|たる|てやる)|命(?:は|が)(?:ない|ねえ|ないと思え|ないぞ)|命の保証は(?:ない|しない|できない|せん)|生きて(?:家|うち|おうち)?(?:に|へ)?(?:帰れ|帰さ|かえれ|かえさ)|命(?:を|は)(?:もらう|もらいに|取る|とる|いただく|狙|ねら)|首(?:を)?(?:もらう|もらいに|取る|とる|とったる|いただく|飛ば)|たま(?:を)?(?:取|とる|とったる)|あの世に|地獄に(?:送|落と)|道連れ|殺されたい|命日に(?:し|な)|明日はない|朝日(?:は|を)?拝め(?:ない|ん|へん|ねえ)|二度と(?:目を覚ま|目覚め|起き上が)|たっくるさ|(?:お前ら|おまえら|あんたら|あなたたち|あなた方|職員|社員|店員|お前たち)(?:の)?(?:何人か|誰か|全員|みんな|一人|ひとり|何人)[^。！？!?\n]{0,8}?(?:連れてっ|連れて行|連れていく|道連れ|巻き込)|どうなるか(?:は|、)?(?:ご想像|想像)に(?:お任せ|まかせ|任せ)|どうなっても(?:知りません|責任は持てません|責任持てん)|引きずり込(?:む|んだる|んでやる|んだろ)|一緒に(?:引きずり込|道連れ)|(?:川|海|港|湾|池|ため池|堀)に浮か(?:ぶ|べ)|海の藻屑)", JA_THREAT_LOOKALIKE),
    (r"(?:埋め(?:るぞ|てやる|たろか|たる|られたい|ちゃる)|沈め(?:るぞ|てやる|たろか|たる|ちゃる)|東京湾に|大阪湾に|海に沈め|山に埋め|こんくり(?:ーと)?詰め|簀巻き)", JA_THREAT_LOOKALIKE),
    (r"(?:しば(?:くぞ|いたる|いたろか|いてまう|き倒|きまわ|き回|かれたい|いたるからな|くで)|いてまう|いてもう|いわす(?:ぞ)?|いわしたる|いてこま|ぼこ(?:る|ったる|ってやる|ぼこにし|ぼこにす|られたい)|ふるぼっこ|半殺し|ぶん殴(?:る|ったる|ってやる)|ぶっ飛ばす|ぶっとばす|ぶっ飛ばし|ぶっ飛ばさ|殴(?:るぞ|ってやる|ったる|ったろか|り(?:殺|倒してやる)|られたい|りに行|りに来|りにいく|っちゃる|るけん|るで)|蹴(?:り殺|り飛ばすぞ|ってやる|ったる|ったろか)|叩きのめ|痛い目(?:に遭わせ|にあわせ|を見せ|見せ|見る|見ん|みる|にあう|に遭う|を見る|みせ)|血(?:を見る|を見せ|祭り|の雨)|ぶち(?:のめ|かま)|ただじゃ(?!おかない[^。！？!?\n]{0,14}?(?:本社|報告|訴え|弁護士|消費|ねっと|書き込|口こみ|口コミ|れびゅー))(?:おかない|おかねえ|おかん|済まない|すまない|済まさない|すまさない|すまねえ|済まん|すまん)|ただで(?:済む|すむ|は済まない|はすまない|済むと思うな|すむと思うな|済まさん|すまさん)|どうなっても(?:知らない|知らん|しらん|しらない)(?:ぞ|からな|で|けど|けん)|覚悟しと(?:け|けよ)|覚悟しろ|体に(?:教え|わからせ)(?:たる|てやる|る)|骨(?:を|、|の)?[^。！？!?\n]{0,8}?(?:折|へし折|おっ)(?:る|ったる|ってやる|ったろか|るぞ|るからな|り)|へし折(?:る|ったる|ってやる|るぞ)|二度と[^。！？!?\n]{0,14}?(?:ようにしたる|ようにしてやる|ようにする|できなくしてやる|できんようにしたる|できへんようにしたる|立てなく|立たれへん|立てへん|歩けなく|歩けん|歩けへん|表を歩け|人前に出られ|人前に出せ|外を歩け))", JA_THREAT_LOOKALIKE),
    (r"(?:夜道|帰り道|背後|後ろ|うしろ|背中|通勤路|帰宅途中|暗い道|夜の道)(?:に|には|は|も|、)?(?:せいぜい)?(?:気(?:を|ぃ)?(?:つけ|付け)|用心し)", JA_THREAT_LOOKALIKE),
    (r"(?:家族|子ども|子供|こども|娘|息子|妻|奥さん|嫁|旦那|夫|親|両親|お子さん|お子様|ご子息|ご令嬢|お嬢さん|お嬢様|ご家族|家の者|かみさん|母親|父親|孫)(?:さん|ちゃん|くん|様)?(?:が|に|の|は|も|と|、|,)[^。！？!?\n]{0,18}?(?:どうなっても|何かあって|なにかあって|どうなるか|無事で(?:いられ|済む|すむ)|危ない目|危険な目|痛い目|ただじゃ|知らない(?:ぞ|からな)|しらんぞ|知らんぞ|気(?:ぃ)?(?:つけ|付け)|知っとる|知ってる|しってる|分かっとる|わかっとる|わかってる|何時に|どこ(?:に)?住|存じ|帰り道(?:は|が)?(?:ひとり|一人)|(?:ひとり|一人)(?:で)?帰)", JA_THREAT_LOOKALIKE),
    (r"(?:家|住所|自宅|住んでる|住んでいる|住んどる|住まい|帰る(?:道|時間)|帰り(?:の)?(?:時間|道|るーと))(?:は|も|を|くらい|ぐらい|なんか|なんて|の場所|ぐらいは)?[^。！？!?\n]{0,10}?(?:知って|知ってる|知っとる|しってる|存じ|すぐわか|すぐ分か|調べ|しらべ|分かって|わかって|わかっと|分かっと|わかった|分かった|突き止め|特定)", JA_THREAT_LOOKALIKE + r"|(?:住所|家)(?:を|は)(?:お)?(?:知らせ|教え)(?:ください|て)|(?:配達|届け|送付|郵送|請求書)"),
    (r"(?:どこ|何処)(?:に)?住ん(?:で|ど)(?:る|いる|おる)か[^。！？!?\n]{0,8}?(?:知っ|しっ|分か|わか|調べ)", JA_THREAT_LOOKALIKE),
    (r"(?:自殺(?:してやる|する(?:ぞ|からな|と(?:言|脅))|をほのめか|するとほのめか)|死んでやる|首(?:を)?(?:吊|つ)って(?:やる|死)|飛び降りて(?:やる|死)|ここで死ぬ)", JA_THREAT_LOOKALIKE),
    (r"(?:殺害|殺人|爆破|放火)(?:予告|をほのめか|すると(?:脅|予告))|(?:危害を加え|危害を与え)(?:る|てやる|ると|るぞ|るような)|(?:生命|命|身体)(?:に|への)(?:危険|危害)|身の安全(?:は|について(?:は)?|を|も)?[^。！？!?\n]{0,8}?(?:保証|保障)(?:いたしかね|しかね|できな|しない|しません|できません|せん|はでき)", JA_THREAT_LOOKALIKE),
    (r"(?:線路|ほーむ|階段|川|海|屋上|崖|窓|橋)(?:に|から|へ)[^。！？!?\n]{0,4}?(?:突き落と|落と|放り込|投げ込|放り投げ|突き飛ば)(?:す|してやる|したる|したろか|すぞ)|突き落と(?:す|してやる|したる|したろか|すぞ)", JA_THREAT_LOOKALIKE),
    (r"(?<![a-z])(?:kill you|kill u|i'll kill|i will kill|gonna kill)(?![a-z])", None),
)
JA_THREAT_RULES += (
    # 「いつか誰かに刺されるよ」「夜道で襲われるぞ」: a warning that is a threat.
    (r"(?:刺される|殺される|撃たれる|襲われる|刺し殺される|殴り殺される)(?=よ|ぞ|で|かもな|かもよ|かもしれんで|かもしれないよ|からな)", JA_THREAT_LOOKALIKE),
    # 「次は頭な」「次はお前の番や」 after a blow or a throw.
    (r"次は(?:お前|おまえ|あんた|てめえ|てめー|貴様)?(?:の)?(?:頭|顔|顔面|お前|おまえ|あんた|命|腕|足)(?=な|や|だ|を|に当て|狙)", JA_THREAT_LOOKALIKE),
)
JA_WEAPON_RULES: tuple[Rule, ...] = (
    (rf"{JA_WEAPON_STRONG}(?:の(?:ようなもの|ような物|みたいなもの|ような|みたいな))?(?:を|が|は|も|まで|など|らしきもの|のような物|のようなもの|っぽいもの)?[^。！？!?\n]{{0,12}}?{JA_HOLD}", JA_WEAPON_LOOKALIKE),
    (rf"(?:{JA_WEAPON_STRONG}|{JA_WEAPON_WEAK})(?:の(?:ようなもの|ような物|みたいなもの))?(?:を|が|で)?[^。！？!?\n]{{0,24}}?{JA_AGGRESSIVE}", JA_WEAPON_LOOKALIKE),
    (r"(?:🔪|🔫|🗡|💣|🧨)", r"(?:料理|調理|包丁研ぎ|げーむ|映画|どらま|れしぴ|きっちん|花火|爆売れ|爆安|せーる)"),
    (rf"(?:手に|手には|懐から|ふところから|ぽけっとから|かばんから|鞄から|ばっぐから|りゅっくから|袋から|紙袋から|腰から|服の下から|上着から|じゃんぱーから|背中から|とらんくから|車から|内ぽけっとから)[^。！？!?\n]{{0,10}}?{JA_WEAPON_STRONG}", JA_WEAPON_LOOKALIKE),
    (rf"{JA_WEAPON_STRONG}(?:を|で)?(?:持った|もった|手にした|握った|構えた|振り回す|振り回した|所持した|持っている|持ってる)(?:男|女|客|人|人物|者|利用者|来店者|患者|乗客|やつ|奴)", JA_WEAPON_LOOKALIKE),
    (r"(?:刃物|凶器|銃|拳銃|ないふ|包丁)(?:を)?(?:所持|携帯|持ち込)(?:して|した|しており|していた|していました|している)", JA_WEAPON_LOOKALIKE),
    (rf"{JA_WEAPON_STRONG}(?:っぽ(?:い|かった|く)|らしき|らしい|のよう|みたい|に見え|と思われ|だと思|やと思|ちゃうか)", JA_WEAPON_LOOKALIKE),
    (rf"{JA_WEAPON_STRONG}(?:だよ|だよね|だ、|や、|やで|やん|やぞ|だぞ|です(?!か|ので|から)|でした|だった(?!ら)|じゃん|やった)", JA_WEAPON_LOOKALIKE),
    (r"(?:ほんまもん|本物|ほんもの|まじもん|マジもん)(?:や|だ|の|やで|だぞ|やぞ|です|でした)?[^。！？!?\n]{0,16}?(?:銃|拳銃|ぴすとる|はじき|ちゃか|ないふ|包丁|刃物|日本刀|爆弾)|(?:もでるがん|おもちゃ|えあがん)(?:ちゃう|じゃない|じゃねえ|ではない)", None),
    (r"(?:形|かたち)(?:は|が)(?:拳銃|銃|ぴすとる|ないふ|刃物|包丁|日本刀)|刃(?:っぽ|みたい|らしき|のよう)|(?:光るもん|光る物|光るもの)(?:を)?(?:出し|見せ|取り出)",
     # A thing's edge "sharp as a blade" (「枠が刃物のように鋭くなっていた」), not a blade shown.
     JA_BLADE_SIMILE),
    (r"(?:光るもの|光る物|光るもん|何か光る|きらっと光|ぎらっと光)[^。！？!?\n]{0,20}?(?:刃物|ないふ|包丁|かったー|刃)|(?:刃物|ないふ|包丁|かったー)[^。！？!?\n]{0,6}?(?:っぽ|らしき|のよう|みたい)", JA_BLADE_SIMILE),
    (r"(?:灯油|がそりん|軽油|燃料|しんなー)(?:の|入りの|が入った|を入れた)?(?:ぽりたんく|たんく|携行缶|缶|ぺっとぼとる|容器|ぼとる)(?:を|が)?[^。！？!?\n]{0,8}?(?:持っ|もっ|持ち|抱え|提げ|下げ|置い|持参|持ち込)", JA_WEAPON_LOOKALIKE),
)
JA_WEAPON_RULES += (
    (r"(?:ドス|ヤッパ(?!リ)|チャカ(?!チャカ)|ハジキ|ナタ)(?:を|が|は|も|まで)?[^。！？!?\n]{0,12}?(?:持っ|もっ|持ち|持参|用意|出し|だし|差し|さし|見せ|みせ|見え|みえ|ちらつか|振り回|突きつけ|向け|構え|忍ば|隠し持|ある|あん|置い|抜い|握)", r"(?:ドスの(?:利|き)いた|ドスドス)", {"unfolded": True}),
    (r"(?:腰|懐|ポケット|上着|カバン|鞄|バッグ|ズボン)[^。！？!?\n]{0,8}?(?:ドス|ヤッパ(?!リ)|チャカ(?!チャカ)|ハジキ)", None, {"unfolded": True}),
)
JA_BOMB_LOOKALIKE = (
    # Water thrown on a cooking fire (「油の火に水をかけた」); blasting at a quarry or a demolition explained
    # (「発破」「雷管で起爆」「爆破して壊すのか」と尋ねる声、「爆破は行わない」).
    r"(?:火|炎)に水(?:を)?(?:かけ|掛け)|発破|雷管|爆薬を詰め|火薬類(?:取扱|の受払)|"
    r"爆破(?:して)?(?:一気に)?(?:壊す|解体する)(?:のか|んですか|んでしょうか|の(?:です|でしょう)か)|爆破(?:は)?(?:行わな|行いません)|"
    r"薪|すとーぶ|暖炉|焚き火|炭火|火事になる(?:ところ|かと|寸前)|焦げ|こたつ|ひーたー|発火|ばってりー|充電|"
    r"(?:たばこ|煙草|線香|ろうそく|蝋燭|きゃんどる|こんろ|すとーぶ|暖炉|花火|焚き火|たき火|ばーべきゅー|bbq|炭|"
    r"がすこんろ|かせっとこんろ|ごみ|かろりー|脂肪|闘志|情熱|やる気|意欲|恋|心|お香|おこう)(?:に|を|の)?[^。！？!?\n]{0,4}?(?:火|燃や)|"
    r"がそりんすたんど|がそりん(?:代|価格|の値段|車|税|たんく|めーたー|の残量|を入れ|を給油|給油|の給油|が切れ|切れ)|"
    r"灯油(?:の(?:配達|販売|値段|価格)|すとーぶ|たんく|を買|を購入|代|缶の購入|配達)|燃料(?:費|代|電池|計|さーちゃーじ|切れ)|"
    r"油(?:汚れ|っぽ|揚げ|性|絵|断)|爆発的|爆買い|爆笑|爆睡|爆速|爆音|爆上が|爆安|爆売れ|爆弾低気圧|爆弾発言|爆弾せーる|"
    r"炎上|火がつい|火が付い|火をつけたのは|火付け役|火種|火の車|火災報知|火災訓練|消防訓練|避難訓練|防火|火の元|"
    r"爆弾(?:おにぎり|ばーがー|はんばーぐ|ぱふぇ|焼き|丼|めし|さんど)|爆発しそう|爆発するかと|爆発寸前|怒りが爆発|不満が爆発|(?:電池|ばってりー|すまほ|携帯)(?:が|の)?[^。]{0,6}?(?:爆発|発火)|"
    r"訓練|研修|講習|想定|誤報|事実無根|いたずら(?:でした|だった)|ではなかった|はなかった|ではない|じゃない"
    r"|ばーなー|炙|あぶ(?:り|る|って)|調理|料理|火を通|『[^』\n]{0,40}』(?:という(?:小説|本|映画|作品|曲|歌|番組|げーむ|漫画|どらま)|の(?:作者|著者|主人公|作中|読者|上映|放送|原作))|(?:小説|映画|漫画|本|作品|曲|番組|どらま|げーむ)の?『[^』\n]{0,40}』|(?:小説|みすてりー|作品|たいとる|題名|漫画|映画)(?:の|を|で|が|は|って)"
    r"|(?:火|ひ)[ぃい]?(?:が)?(?:つい|付い|点い)(?:とったら|てたら|ていたら|てれば)"
    r"|(?:らんたん|こんろ|ばーなー|ひーたー|すとーぶ|がす)[^。\n]{0,40}?(?:火|ひ)[ぃい]?(?:を)?(?:つけ|付け|点け)た(?:瞬間|とたん|途端)"
)
JA_BOMB_RULES: tuple[Rule, ...] = (
    (r"(?:爆破(?:する|してやる|したる|するぞ|予告|させ|すると|を予告|をほのめか|します|いたします|しました|しよう|したった|したら|し(?:に|て))|(?:爆弾|爆発物|爆薬|時限爆弾|だいなまいと|手製の爆弾|ばくだん|ば〇くだん|ば○くだん|ば●くだん|ば◯くだん|ば×くだん|ば✕くだん|ば＊くだん|ば\*くだん|ば〇だん|ば○だん|ば●だん|ば◯だん|ば×だん|ば✕だん|ば＊だん|ば\*だん|爆〇弾|爆○弾|爆●弾|爆◯弾|爆×弾|爆✕弾|爆＊弾|爆\*弾)(?:を|が|は)?[^。！？!?\n]{0,10}?(?:仕掛け|しかけ|置い|おい|持っ|もっ|持参|ある|あります|あんで|あるで|爆発させ|送り|作っ|入って|入れて|入っとる|入ってる|ある)|爆発させ(?:る|てやる|たる)|ばくはつさせ|ばくは(?:する|してやる|したる)|吹き飛ば(?:す|してやる|したる|したい)|吹っ飛ば(?:す|してやる|したる|したい)|ふっとば(?:す|してやる|したる)|爆弾(?:魔|予告|てろ|や|だ|です|だぞ|やで|やぞ)|時限爆弾|爆破し)", JA_BOMB_LOOKALIKE),
    (r"(?:火[ぃいー]?(?:を|は)?(?:つけ|付け|点け)(?:る|て|た|ちゃ|に|よう|ます|とく|たろ|たる|ちゃる|たら|れば|ん|ろ|と)|火を放(?:つ|ってやる)|放火(?:する|してやる|したる|するぞ|予告|すると|をほのめか|未遂)?|燃や(?:す|し|さ|そ)|燃え(?:ますやろ|るやろ|るだろう|そうやな|そうだな|るで|ちゃう|てまう)|まっち一本|もや(?:す|してやる|したる)|焼き(?:払|討ち)|焼いてやる|火炎瓶|火の海|燃える(?:で|ぞ|かもな|からな|かもしれん|かもしれない)|火事に(?:なる|なっても|したる|してやる)(?:かもな|ぞ|で|からな|かもしれん)?)", JA_BOMB_LOOKALIKE),
    (r"(?:がそりん|灯油|軽油|燃料|しんなー|可燃物|油)(?:を|が)?[^。！？!?\n]{0,10}?(?:まい|撒|まく|まこう|かけ|掛け|浴び|かぶ|被|持っ|持参|持ち込|携行|入った(?:容器|ぺっとぼとる|ぽりたんく|缶))", JA_BOMB_LOOKALIKE),
    (r"(?:ぽりたんく|ぺっとぼとる|缶|容器)(?:に入った|入りの|に入れた)?(?:がそりん|灯油|燃料)", JA_BOMB_LOOKALIKE),
    (r"(?:らいたー|まっち|火)(?:を|で)[^。！？!?\n]{0,20}?(?:つけようと|点けようと|近づけ|かざ|かちかち|ちらつか|つけたり)", JA_BOMB_LOOKALIKE),
)
JA_INJURY_LOOKALIKE = (
    r"(?:知らずに|うっかり|誤って|手を入れて|破片が飛|刃を折|梱包|包まれ|勝手に(?:上が|動|閉)|挟まっ|謝って(?:くださ|いただ|もら)|消毒(?:も)?して(?:いただ|くださ|もら)|かっとの際|かっと中|かっとの時|施術中|ぱーま中|からー中|けが人(?:ぜろ|0|０|なし|は(?:なし|なく|いない|ぜろ|出))|けが人や[^。]{0,6}?は(?:なかった|ない|ありません)|転ん|転倒|転ば|滑っ|すべっ|滑り|つまず|躓|段差|床が濡|濡れた床|商品で|製品で|不良品|欠陥|どあに挟|どあで|"
    r"棚が|棚から|機械に|えすかれーたー|えれべーたー|自転車で|自分で|ご自身で|食中毒|あれるぎー|副作用|施術|治療|"
    r"手術|散髪|かっと中|歯科|歯医者|注射|採血|予防接種|点滴|注射針|針を刺|針が刺|蚊に|はちに|蜂に|虫に|犬に|猫に|げーむ|どらま|映画|"
    r"けが人(?:は|も)(?:いない|いません|なし|なく|出なかった|ありません)|誤報|事実無根|ではなかった|なかった|うっかり|誤って|"
    r"切っている(?:時|とき|最中)|切っていた(?:時|とき)|調理中|料理中|作業中|仕込み中)"
    r"|どあ(?:に|で|が)[^。！？!?\n]{0,6}?挟|事故報告|点検|けーぶる|ちぇーん|ねじ(?:が|の)|びんでぃんぐ|外れ(?:て|た)|自分の(?:指|手|腕|足)|労災|段ぼーる|開梱|品出し|調理実習|家庭科|実習|顔剃り|ひげ剃り|理容|理髪|美容院|美容室|かみそり|追突|交通事故|信号待ち|当て逃げ|むち打ち|車(?:に|で|が|を)(?:ぶつ|はね|ひか)|かーと|ぶれーき|急停車|急発進"
    r"|滑らせ|手を滑|手が滑|転落|落下|脱落|取り落と|刃が戻|ろっくが|さばいて(?:いる|る|た)?|(?:膝|ひざ|すね|脛|肘|ひじ|腰|足|つま先|小指|おでこ|額)を(?:[^。、]{0,4}に)?ぶつけ(?:て|た)"
)
JA_ATTACK_LOOKALIKE = r"(?:(?:店員|すたっふ|社員|警備員|係員|職員|配達員|従業員|運転手|どらいばー|駅員|看護師|医師|先生|担当者)(?:さん)?(?:に|から)[^。！？!?\n]{0,6}?(?:殴|蹴|突き飛ば|押され|叩か|つかま|掴ま)|注射針|針を|針が|針刺|注射|採血|予防接種|点滴|蚊|蜂|はち(?!ゃ|ょ|ゅ)|虫|犬|猫|げーむ|どらま|映画|漫画|あにめ)"
JA_INJURY_RULES: tuple[Rule, ...] = (
    (r"(?:刺され|刺されて|切りつけられ|切り付けられ|斬りつけられ|(?:刃物|ないふ|包丁|かったー|はさみ|鋏|凶器|刃)で[^。！？!?\n]{0,6}?切られ|(?:腕|手|顔|首|指|腹|背中|足|頬|額)(?:を|が)[^。！？!?\n]{0,4}?切られ|首(?:を)?(?:絞め|締め|しめ)られ|首(?:を)?(?:絞め|締め|しめ)て|殴打|殴られ|なぐられ|ぶん殴られ|殴りかか|殴りつけ|殴りつけられ|殴った|殴って|殴り(?:倒|飛ば)|蹴られ|蹴り(?:飛ばされ|つけ|上げ)|蹴飛ばされ|暴行を(?:受け|加え|働)|暴行され|叩かれ|たたかれ|平手打ち|びんた|頭突き|突き飛ばされ|突き倒され|押し倒され|投げ飛ばされ|馬乗り|袋叩き|りんち|熱湯を(?:かけ|浴び)|(?:熱い|熱々の|あつい|あつあつの|熱湯|沸騰した)[^。！？!?\n]{0,8}?(?:ぶっかけ|かけ|浴びせ|投げ)|(?:顔|頭|腹|胸|背中|腕|足|顔面)(?:を|に)[^。！？!?\n]{0,4}?(?:殴|蹴|叩|いった)|顔面(?:を)?(?:いった|いてもう)|傷害(?:事件|罪|を負)|襲われ|襲いかか|襲撃|ねじ(?:られ|上げ|あげ)|ひねり上げ|ひねりあげ|胸ぐら(?:を)?(?:つかま|掴ま)れ|髪(?:の毛)?を(?:つかま|掴ま|引っ張ら)れ|引き倒さ|引き倒(?:す|し)|突かれて|(?:客|お客様|お客さん|男|女|患者|利用者|乗客|来店者|酔っ払い|あいつ|やつ|奴|相手)(?:に|から)[^。！？!?\n]{0,8}?(?:噛まれ|かまれ)|突き立て|つきたて|髪(?:の毛)?を(?:つかん|掴ん|引っ張)|首を[^。！？!?\n]{0,6}?(?:絞め|締め|しめ)|(?:熱い|熱々の|あつい|熱湯|沸騰した)[^。！？!?\n]{0,14}?(?:ぶっかけ|かけ|浴びせ|投げ))", JA_ATTACK_LOOKALIKE),
    (r"(?:(?<![欠掛賭受助付漬分負向避出])けが|怪我|負傷|出血|流血|血が(?:出|流|にじ|止ま)|血だらけ|血(?:、)?(?:すごい|すごく|いっぱい|たくさん|止まらない|止まらん|止まんない)|鼻血|打撲|骨折|骨を折|骨(?:が|、)?折れ|(?:指|腕|手首|鼻|歯|肋骨|あばら)(?:が|、)?[^。！？!?\n]{0,3}?折れ|(?:骨|肋骨|あばら|頭蓋骨|腕|指|手首|鼻)(?:に|、)?ひび(?:が)?入|靭帯|損傷|捻挫|脱臼|頸部|血ぃ|あざ|痣|腫れ|腫れあが|はれあが|たんこぶ|こぶが|脳震盪|脳しんとう|意識を失|気を失|救急搬送|救急車|病院に(?:運ばれ|搬送)|病院(?:送り|行き|やろ|だろ)|入院|全治|縫(?:う|っ)(?:けが|怪我)|針縫|火傷|やけど|擦り傷|切り傷|傷を負|傷が(?:つ|でき)|けがを負|怪我を負|軽傷|重傷|診断書|ぎぷす|れんとげん|すとれっちゃー|ざっくり切|(?:腕|手|指|顔|額|頭|首|唇)を[^。！？!?\n]{0,4}?切(?:っ|り|れ)|真っ赤|角膜|眼科|熱傷|血が[^。！？!?\n]{0,6}?(?:落ち|垂れ|ついて|にじ)|(?:額|頭|顔|腕|手|指|唇|首)(?:が|、)?切れ)", JA_INJURY_LOOKALIKE, {"needs_attack": True}),
)
JA_INJURY_RULES += (
    # 「顔に投げつけられた」「投げつけられて顔に当たった」: something thrown into the face.
    (r"(?:顔|頭|目|顔面)(?:に|を|へ)[^。！？!?\n]{0,6}?(?:投げつけ|投げ付け|ぶつけ)られ|(?:投げつけ|投げ付け)られ(?:て|た)[^。！？!?\n]{0,10}?(?:顔|頭|目|顔面)(?:に|を)?(?:当た|直撃)", JA_ATTACK_LOOKALIKE),
    # 「顔を台に押しつけられ」「頭を壁に打ちつけられ」: a head forced against something.
    (r"(?:顔|頭|額|顔面)(?:を)?[^。！？!?\n]{0,8}?(?:押しつけ|押し付け|叩きつけ|叩き付け|打ちつけ|打ち付け|ぶつけ)(?:られ|させ)", JA_ATTACK_LOOKALIKE),
    # 「唇切った」「額が切れて」 beside an attack.
    (r"(?:唇|口の中|口元|額|まぶた|眉|頬)(?:を|が|、)?切(?:っ|れ)", JA_INJURY_LOOKALIKE, {"needs_attack": True}),
)
# The attack verbs alone (no weapon nouns): an attack in an injury's own sentence overrides an accident word.
JA_ATTACK_STRICT = (
    r"押しのけ|押し退け|絞め上げ|締め上げ|一発(?:いれ|入れ|かまし)|閉められ|どつ|小突|しばか|しばい|押しつけられ|押し付けられ|"
    r"叩きつけ|打ちつけ|(?:肩|胸|体|背中|腹)を[^。！？!?\n]{0,4}?突|殴|蹴|叩|たたか|突き飛ば|突き倒|押し倒|押し飛ば|押され|突かれ|投げつけ|投げ付け|投げられ|ぶつけられ|噛|引っか|切りつけ|"
    r"切り付け|切られ|刺され|首を絞|首を締|暴行|暴力|襲|かけられ|浴びせ|掴みかか|つかみかか|胸ぐら|胸倉|体当たり|ねじ|ひねり|"
    r"引き倒|ぶっかけ|わざと|故意|意図的"
)
JA_ATTACK_NEARBY = (
    r"わざと|故意|意図的|閉められ|刃物(?!の?(?:ように|みたいに)[^。、！？!?\n]{0,4}?(?:鋭|尖|とが|薄|切れ)(?![^。、！？!?\n]{0,4}?(?:もの|物|を持|を手|を出|を見せ|を向け|を振)))|包丁|ないふ|はさみ|鋏|かったー|凶器|ばっと|殴|蹴|叩|たたか|突き飛ば|突き倒|押し倒|押し飛ば|押され|突かれ|投げつけ|投げ付け|投げられ|ぶつけ|噛|引っか|刺|切りつけ|"
    r"切り付け|切られ|首を絞|首を締|暴行|暴力|襲|かけられ|浴びせ|掴みかか|つかみかか|胸ぐら|胸倉|突進|体当たり|ひかれ|轢か|"
    r"はねられ|振り回|張り手|平手|ねじ(?:り|られ|上げ|あげ|曲げ|伏せ)|ひねり|引き倒|(?<!に)つかま|(?<!に)掴ま|(?:つかま|掴ま)れ|ぶっかけ|"
    r"どつ|小突|しばか|しばい|押しつけられ|押し付けられ|叩きつけ|打ちつけ|(?:一発|ぱんち|顔面|どたま)[^。！？!?\n]{0,4}?いった|いったった|いってもう|ぱいぷ椅子|押しのけ|押し退け|絞め上げ|締め上げ|一発(?:いれ|入れ|かまし)"
)
JA_FOLLOW_LOOKALIKE = (
    r"一緒に(?:歩いて|行って|帰って|来て)(?:ほしい|欲しい|もら|いただ|くれ|くださ)|付き添(?:って|い)(?:いただ|もら|ほし|くれ|くださ)|ご一緒し|"
    r"(?:(?:店員|従業員|すたっふ|配達員|乗務員|警備員|係員|社員)(?:さん)?に[^。！？!?\n]{0,10}?(?:後をつけ|あとをつけ|つきまと|待ち伏せ|ついて回)|渡してくれ|渡して下さ|届けてくれ|助かりました|ありがとうございました)|(?:お待ち(?:ください|しております|いただ)|待ち時間|待たされ|待たせ|順番を待|返金を待|回答を待|連絡を待|返事を待|"
    r"電話を待|配送を待|商品を待|荷物を待|到着を待|たくしーを待|ばすを待|電車を待|迎えを待|家族を待|子供を待|子どもを待|"
    r"友人を待|客を待|お客様を待|入庫を待|予約|行列|列に|列が(?:でき|出来)|気をつけて(?:ね|ください|お帰り|帰って)|売場|売り場|ご案内|案内し|商品の場所|ごめんなさい|さぷらいず|花束|お祝い|送別|待っていたのは(?:店長|"
    r"家族|夫|妻|奥さん|旦那|母|父|友人|同僚|上司|息子|娘|兄|姉|弟|妹|彼氏|彼女)|迎えに来|送り迎え|ぱとかー|(?:研修|講習|"
    r"訓練|対策|防止|規制法|被害の相談|相談窓口)|もしも(?!し)|想定|事例として|誤報|事実無根|勘違い)|(?:帰宅|帰り)(?:後に|してから)"
    r"(?:電話|めーる|連絡|確認)|家まで(?:配達|届け|お届け|送|配送|持って|運)|自宅(?:に|へ)(?:配達|届け|お届け|送|配送|郵送|請求)"
    r"|(?:後ろ|うしろ|背後)から(?:来|き)た(?:乗客|客|人|方|男性|女性|車|自転車|ばいく|とらっく|歩行者)|(?:担当|営業|社員|職員|業者|作業員|配達員|検針員|係員|支店|訪問)[^。！？!?\n]{0,8}?(?:が|は)[^。！？!?\n]{0,6}?(?:家|自宅)(?:に|へ|まで)(?:来|訪)"
    r"|待って(?:て)?(?:もろ|もら|いただ|くれ|ほし|欲し|くださ|下さ)"
    r"|(?:×|✕|○|〇|◯|丸|ばつ|点|点数|評価|成績|値段|価格|名前|傷|しみ|印|しるし|まーく|ちぇっく|赤ぺん|番号|札|らべる|条件|文句|けち|癖|あだ名)(?:が|を|は|も)?つけられ"
    r"|(?:後ろ|うしろ)(?:に|で)並|並んで(?:いた|いる|いました|おられ)"
)
# Someone coming after staff for a kind errand: handing back a forgotten ID, asking the way.
JA_FOLLOW_ERRAND = (
    r"(?:届け|返し|渡し)て(?:くださ|くれ|いただ|もらっ)|忘れ物|置き忘れ|落とし物|たまたま|偶然|問い合わせ|道を(?:聞|尋)|お礼(?:を|が)|ありがと"
)
JA_FOLLOW_RULES: tuple[Rule, ...] = (
    (r"裏(?:口)?(?=で)[^。！？!?\n]{0,7}?(?:待っ|待ち|待と|張っ|張り込)", JA_FOLLOW_LOOKALIKE),
    (r"(?:後|あと|跡)を(?:つけ|付け|追|おっ|追い)|(?<=[にとはもで、 \u3000らが])つけられ(?:て|た|てい|てる)|尾行|付きまと|つきまと|付け回|つけ回|つけまわ|待ち伏せ|待ちぶせ|待ち構え|出待ち|入り待ち|すとーかー|すとーきんぐ|ついてった|ついていった|ついて行った|つけてった|ついてきた|ついてきて|ついてくる|付いてきた|付いてきて|付いてくる", JA_FOLLOW_LOOKALIKE),
    (r"(?:後ろ|うしろ|背後)(?:を|に|から)[^。！？!?\n]{0,6}?(?:つい|付い|歩い|いて|いた|おった|ついて|来て|きて|来た|きた|ずっと)", JA_FOLLOW_LOOKALIKE),
    (r"(?:家|自宅|あぱーと|まんしょん|寮|駅|最寄り駅|最寄駅|駐車場|駐輪場|車|ばす停|ほーむ|改札|家の近く|交差点|近所|玄関)(?:の前)?まで(?:つい|付い|ついて|付いて|追|おっかけ|おいかけ|来|き|つけ|付け|一緒)", JA_FOLLOW_LOOKALIKE),
    (r"(?:自宅|家|実家|寮)(?:に|へ|まで)(?:押しかけ|押し掛け|来|訪|現れ|あらわれ|張り込)|(?:自宅|家|実家|あぱーと|まんしょん|寮)(?:の前に|の前で|の前の道に|の近くに|の近くで|付近に|付近で|の前)[^。！？!?\n]{0,30}?(?:押しかけ|押し掛け|来|き|訪|現れ|あらわれ|待|立|いた|居た|おった|張り込|いる|います|おる|停め|止め|とめ)", JA_FOLLOW_LOOKALIKE),
    (r"(?:自宅|家|実家|寮)前(?:に|で)[^。！？!?\n]{0,30}?(?:押しかけ|来|現れ|待|立|いた|居た|おった|張り込|いる|停め|止め)|(?:あなた|お前|おまえ|あんた)の(?:家|自宅|あぱーと)(?:の前)?まで(?:行っ|来|き)|電気(?:が)?(?:ついて|消えて|ついてなかった|点いて)(?:なかった|た)ね", JA_FOLLOW_LOOKALIKE),
    (r"(?:上がる|上がり|あがる|あがり|終わる|出てくる|帰る)の(?:を)?[^。！？!?\n、]{0,14}?(?:待(?:っ|ち|と)|見て|見てい|見とった)|(?:何時に|何時ごろ)(?:上がる|上がり|あがる|あがり)|外で待って(?:る|とる|ます|いる|ん)(?:から|ね|よ|で|わ)|時間に合わせて(?:立って|待って|来て|いる|現れ)|毎(?:朝|晩|日|週)[^。！？!?\n]{0,20}?(?:出てき|通って|乗って|降りて|歩いて)(?:ますよね|るよね|るね|ますね|るやろ)|(?:帰り|帰り道|駅|電車|線|ばす)[^。！？!?\n]{0,20}?(?:乗ってた|いた|歩いてた|見た|見かけた|降りた|降りてた|降りる)(?:よね|ね|でしょ|ろ|やろ|やんな)|一緒に降り|同じ(?:車両|電車|ばす|便)に(?:乗り込|乗って|乗っ)|(?:私|うち|わたし|あたし|僕)の車の(?:隣|横|前|そば)に(?:停め|止め|とめ)|(?:門|出口|裏口|通用口)の外で待|(?:出た|出る)(?:ところ|ら|と)[^。！？!?\n]{0,30}?(?:待って|待っと|いた|おった|立って)", JA_FOLLOW_LOOKALIKE),
    (r"(?:乗務を終え|業務を終え|仕事を終え|(?:会社|店|営業所|職場|病院|事務所|署|局|庁舎|学校|施設)を出(?:た|る)(?:ところ|とき|時|ら|と)|退勤|退社|退庁|仕事終わり|帰宅|しふと明け|しふと後|しふと終わり|ばいと終わり|ばいと帰り|夜勤明け|閉店後|閉店時|閉館後|勤務後|勤務終了|勤務明け|勤務を終え|終業後|業務終了後|運行を終え|門を出|上がり|あがり|通用口|(?:従業員|職員|社員|すたっふ)(?:用)?(?:の)?(?:出入口|入口|通用口|出口|駐車場|駐輪場|専用)|裏口|うらぐち|出口|帰る時間|終わる時間|お帰りの時間|退勤時間|仕事帰り|帰り道|帰り際|帰りに)(?:時|の|を|に|で|まで|から|ごろ|頃|付近で|付近に|前で|の前で|の前に)?[^。！？!?\n]{0,40}?(?:待っ|(?<![挟詰埋捕止始閉決溜貯丸固奉絡])まっ|待ち|待た|(?<!気)つい|(?<!気)付い|(?<!気を)(?<!気ぃ)(?:つけ|付け)|追|現れ|あらわれ|立って|立ってい|(?<![付づ気言書聞置開抱描弾拭巻敷吐泣働歩焼])いた|居た|おった|張り込|声をかけ|近づ|見てた|座り込|待っとく|待っとる|停め|止め|とめ|乗り込|張っ|張る)", JA_FOLLOW_LOOKALIKE + r"|(?:お客様|客|人|患者|利用者)(?:が|の)(?:列|行列)|外(?:で|に)(?:待っ|並)[^。]{0,8}?(?:開店|開く|順番|入店)", {"sentence_guard": JA_FOLLOW_ERRAND}),
    (r"(?:駐車場|駐輪場|裏口|うらぐち|通用口|出口|駅|ばす停|改札|家の前|店の前|玄関)(?:で|に|の)[^。！？!?\n]{0,12}?(?:客|男|女|人|あいつ|やつ|奴|方)(?:が|も)[^。！？!?\n]{0,8}?(?:待って|待っと|待ち|立って|立っと|いた|おった|張って|座って)", JA_FOLLOW_LOOKALIKE),
    (r"(?:ばす停|駅|ほーむ|改札|駐車場|家|自宅|帰り道|帰り)(?:で|に|から)[^。！？!?\n]{0,8}?(?:見てた|見てる|見かけた|見てました|見とった|見ていた|見てたよ)|(?:駅|家|ばす停)まで一緒だった|(?:降りられた|降りた)のも見|降りる駅も(?:一緒|同じ)|(?:帰る時間|終わる時間)になると(?:来|いる|現れ)|気づいてた[?？]|気づかなかったでしょう", JA_FOLLOW_LOOKALIKE),
    (r"(?:職員|従業員|社員|すたっふ)(?:用)?(?:の)?(?:駐車場|駐輪場|出口|通用口)[^。！？!?\n]{0,40}?(?:車の近く|車の横|自転車の横|いる|いた|待|陰から|かげから|影から|出てき|現れ)|(?:自転車|車|ばいく)の(?:横|前|そば|近く|隣)に(?:立|い|待|おった)|(?:会社|店|職場|病院|仕事場|事務所|学校|役所|銀行)(?:を)?出たら[^。！？!?\n]{0,12}?(?:待って|待っと|いた|おった|立って)", JA_FOLLOW_LOOKALIKE),
    (r"(?:あなた|お前|おまえ|あんた|〇〇さん|[^\s、。]{1,6}さん)の(?:家|自宅|あぱーと|まんしょん|住所|帰り道)[、,]?[^。！？!?\n]{0,20}?(?:だよね|やろ|やんな|でしょ|だね|ですよね|知って|わかった|分かった|わかったで|突き止め|特定|見つけ)|(?:家|住所|自宅)(?:が|は|も)?(?:わかった|分かった|わかったで|突き止めた|特定した)|(?:今日|きょう)(?:も)?[^。！？!?\n]{0,10}?(?:服|格好)だったね|全部知ってる", JA_FOLLOW_LOOKALIKE),
)
JA_THREAT_RULES += (
    # 「命ないと思えよ」「家族ごと消してやる」「お前が死ねば話が早い。そうしてやろうか」
    (r"命(?:は|が)?(?:ないと思え|ねえと思え|無いと思え)", JA_THREAT_LOOKALIKE),
    (r"(?:家族|お前|おまえ|あんた|てめえ|てめー|貴様|きさま|お前ら|一家|全員|みんな)(?:ごと|も|を|、)?[^。！？!?\n]{0,6}?消(?:し|す)(?:てやる|たる|たろか|すぞ|ちゃる|てまう|たろう)", JA_THREAT_LOOKALIKE),
    (r"(?:お前|おまえ|あんた|てめえ|てめー|貴様|きさま)(?:が|なんか|なんて)?死ね(?:ば|ばいい)[^！？!?\n]{0,30}?(?:そうしてやろ|してやろうか|してやる|したろか|したる)", JA_THREAT_LOOKALIKE),
)
JA_WEAPON_RULES += (
    # 「刃を出したナイフ」「ポケットにカッター入っとるからな」「いつでも使えるように手入れも済ませてある」
    (r"刃を(?:出し|だし|むき出し|剥き出し|見せ|みせ|向け|むけ|ちらつか|光らせ)", JA_WEAPON_LOOKALIKE + r"|段ぼーる|開梱|開封|作業|替え?刃|工作|品出し"),
    (rf"(?:ぽけっと|懐|ふところ|かばん|鞄|ばっぐ|りゅっく|腰|上着|袖|車)(?=に|の中|ん中)[^。！？!?\n]{{0,10}}?{JA_WEAPON_STRONG}", JA_WEAPON_LOOKALIKE),
    (rf"{JA_WEAPON_STRONG}[^。！？!?\n]{{0,16}}?(?:いつでも|すぐ(?:に)?)使える", JA_WEAPON_LOOKALIKE),
)
JA_BOMB_RULES += (
    # 「こんな駅、爆破されりゃいいんだよ。俺がやってやろうか」
    (r"(?:爆破|爆発|燃え|燃や|火事|放火|吹っ飛|ぶっ飛)[^。！？!?\n]{0,12}?(?:いい|ええ)[^！？!?\n]{0,16}?(?:俺が|おれが|わしが|わいが|僕が|ぼくが|あたしが|私が|うちが)(?:やって|して|つけて|火をつけて)(?:やろうか|やる|やろか|やったろか|やるよ|やるわ|あげよう)", JA_BOMB_LOOKALIKE),
)
JA_INJURY_RULES += (
    # 「顔を平手で強く打つ」
    (r"(?:顔|頬|ほお|頭|体|胸|肩|腕|背中|腹|顔面)(?=を|に)[^。！？!?\n]{0,5}?(?:平手で|拳で|こぶしで|げんこつで|ぐーで|手のひらで|素手で)[^。！？!?\n]{0,6}?(?:打|殴|叩|はた|たた)", JA_ATTACK_LOOKALIKE),
    (r"(?:平手で|拳で|こぶしで|げんこつで|ぐーで|手のひらで|素手で)[^。！？!?\n]{0,6}?(?:顔|頬|ほお|頭|胸|肩|腕|背中|腹|顔面)[^。！？!?\n]{0,5}?(?:打|殴|叩|はた|たた)", JA_ATTACK_LOOKALIKE),
    # 「病院でひびが入っていると言われた」
    (r"(?:ひび|骨折|捻挫|脱臼|靭帯損傷)(?:が入って(?:いる|いた|います))?[と〜](?<=と)(?:言われ|いわれ|診断)", JA_INJURY_LOOKALIKE, {"needs_attack": True}),
)
JA_FOLLOW_RULES += (
    # 「自宅近くのスーパーの駐車場で待たれていた」
    (r"(?:自宅|家|住まい|最寄り駅|帰り道)(?:の)?(?:近く|付近|そば|前|周辺)?[^。！？!?\n]{0,16}?[でに][^。！？!?\n]{0,4}?(?:待たれ|待ち伏せ|待ち構え)", JA_FOLLOW_LOOKALIKE),
    # 「今日も駅の改札で待ってるね」
    (r"(?:今日も|きょうも|明日も|また|毎日|毎晩|今夜も|いつもの)[^。！？!?\n]{0,12}?(?:駅|改札|ほーむ|ばす停|駐車場|裏口|通用口|出口|家の前|玄関|店の前|帰り道)[^。！？!?\n]{0,6}?で待って(?=る|ます|いる|おく|と)", JA_FOLLOW_LOOKALIKE),
    # 「昨日の客、まだ店の前で待ってます」
    (r"(?:昨日の|さっきの|前回の|先日の|例の|あの|朝の|昼間の|夕方の)(?:客|お客|男|女|人|おっさん|おじさん)[^。！？!?\n]{0,10}?(?:店の前|外|裏口|出口|駐車場|入口|通用口)[でに][^。！？!?\n]{0,4}?(?:待って|待っと|張って|立って|いる|います|おる)", JA_FOLLOW_LOOKALIKE + r"|開店|開く|順番|入店"),
)
# --- Broader wordings (a fifth writer's blind set showed these families missing) ----------------

EN_INJURY_RULES += (
    # "got punched in the jaw", "was kicked in the ribs", "been headbutted in the face".
    (rf"\b(?:got|get|gets|getting|was|were|been|being) (?:\S+ )?(?:punched|kicked|headbutted|head-butted|slapped|struck|smacked|thumped|elbowed|kneed|bitten|strangled|choked|stabbed|slashed|glassed|bottled|decked|floored|shoved|pushed) (?:\S+ ){{0,2}}(?:in|on|to|across|into) (?:the|my|her|his|their) {BODY}\b", EN_INJURY_LOOKALIKE),
    # "threw a glass bottle at the technician", "chucked his hot coffee over me".
    (rf"\b(?:threw|throws|throwing|hurled|hurls|hurling|flung|flings|chucked|chucks|lobbed|launched|slung) (?:a|an|the|his|her|their|some|my|this|that) (?:\S+ ){{0,3}}(?:bottle|glass|chair|stool|cup|mug|coffee|tea|drink|plate|dish|stapler|phone|can|brick|stone|rock|bag|box|tray|bowl|soup|ashtray|laptop|keyboard|monitor|sign|basket|trolley|pen|keys|shoe|umbrella|lamp|vase|jar|tin|hot \S+|boiling \S+) (?:\S+ ){{0,3}}(?:at|over|into|onto|in the face of|in) {PERSON}\b", EN_INJURY_LOOKALIKE + r"|\b(?:away|in the bin|into the bin|on the floor|on the counter|down on the counter|out)\b"),
    # "pushed her down the stairs", "I pushed your employee ... she fell down them".
    (rf"\b(?:pushed|shoved|knocked|threw|barged) {PERSON} (?:\S+ ){{0,3}}(?:down|off|over|into|against|through|onto) (?:the|a|some) (?:\S+ )?(?:stairs|steps|staircase|escalator|platform|tracks|road|wall|window|glass|counter|shelf|shelves|floor|ground|door|railing|edge)\b", EN_INJURY_LOOKALIKE),
    (rf"\b(?:i|he|she|they) (?:pushed|shoved|punched|hit|kicked|slapped|headbutted|struck|attacked|assaulted) (?:your|the|that|this|his|her|their) (?:\S+ )?{ROLE}\b", EN_INJURY_LOOKALIKE),
)
EN_THREAT_RULES += (
    # "the pharmacist dies too", "if she dies, you die".
    (rf"\b(?:{PERSON}) (?:dies|die|is dead|are dead|will die|is going to die|are going to die|is gonna die|gets it|get it) (?:too|as well|next|with (?:her|him|them))\b|\bif (?:\S+ ){{1,6}}dies?\b[^.!?\n]{{0,30}}\b(?:you|u|he|she|they|the \S+) (?:dies?|will die|are dead|is dead)\b", EN_THREAT_LOOKALIKE),
    # "end up in the ground ... help him get there", "put you in the ground", "six feet under".
    (rf"\b(?:put|putting|puts|send|sending|see) (?:{PERSON}) (?:\S+ )?(?:in|into|under) (?:the )?(?:ground|grave|morgue|coffin|box|dirt)\b|\bsix feet under\b|\b(?:end|ends|ended) up in the (?:ground|morgue|grave)\b[^.!?\n]{{0,80}}\b(?:help|happy to|make sure|sooner)\b|\b(?:people|folk|they|men|women|girls|guys) (?:have )?(?:disappeared|gone missing|vanished|been hurt|been killed|died|ended up dead) for less\b", EN_THREAT_LOOKALIKE),
    # "I'll throw you under the next one (train)", "push you in front of the bus".
    (rf"\b(?:throw|push|shove|chuck|kick) (?:{PERSON}) (?:under|in front of|onto|off) (?:the|a|that|next|this) (?:next |\S+ )?(?:one|train|bus|tram|tube|car|lorry|truck|tracks|platform|bridge|roof|balcony|cliff)\b", EN_THREAT_LOOKALIKE),
)
EN_BOMB_RULES += (
    # "the store would look a lot better on fire", "one match. that's all it takes".
    (r"\b(?:look|looks|be|would be|'d be) (?:a lot |a bit |much |so |way )?(?:better|nicer|prettier|warmer) (?:on fire|burning|in flames|burnt down|burned down|as ashes|as a pile of ash)\b|\bone (?:match|lighter|spark|flick of a lighter)\b[^\n]{0,40}\b(?:all it takes|that is all|thats all|that's all|is all|enough)\b", EN_BOMB_LOOKALIKE),
    # "enough petrol in my garage to make your branch disappear".
    (r"\b(?:petrol|gasoline|fuel|lighter fluid|kerosene|paraffin|accelerant|jerry ?cans?)\b(?: \S+){0,12} (?:disappear|vanish|go up|burn|burn down|light up|up in flames|gone|ash|ashes|a crisp)\b", EN_BOMB_LOOKALIKE + r"|\b(?:price|prices|station|pump|tank|gauge|light|ran out|run out|mileage|economy|costs?|fill(?:ed)? up)\b"),
    # "there is something in my backpack that will make this the last exam".
    (r"\b(?:something|a surprise|a present|a package) (?:\S+ ){0,2}in (?:my|this|the|his|her) (?:bag|backpack|rucksack|case|suitcase|car|boot|van|locker|box|parcel) (?:that|which) (?:will|is going to|would|can|could|'ll) (?:make|blow|end|take|bring|level|finish)\b", EN_BOMB_LOOKALIKE),
)
EN_WEAPON_RULES += (
    # "a sharpened screwdriver wrapped in tape", "my shank", "a blde up his sleeve".
    (r"\bsharpened (?:\S+ )?(?:screwdriver|stick|pencil|spoon|toothbrush|pipe|rod|bar|bone|piece of metal|metal)\b|\b(?:my|his|her|a) (?:shank|shiv)\b|\b(?:blade|blde|knife|knfe|nife) (?:\S+ ){0,3}(?:up|in|under) (?:his|her|their|my) (?:sleeve|sleve|jacket|coat|waistband|sock|boot)\b", WEAPON_LOOKALIKE),
)
EN_FOLLOW_RULES += (
    # "drove past your place on Maple Avenue last night", "told you I'd find you".
    (r"\b(?:drove|drive|driving|drives|walked|walk|walking|went|go|going|cycled) (?:past|by|round|around|up to) (?:your|ur|her|his|their) (?:place|house|home|flat|apartment|street|road|building|door)\b|\b(?:told|said to) (?:you|u|her|him|them) (?:i|we) (?:would|will|could) find (?:you|u|her|him|them)\b|\bi (?:will|would|can|could) find (?:you|u) (?:wherever|anywhere|outside|after)\b", EN_FOLLOW_LOOKALIKE),
    # "I know you finish at six. I will be outside", "saw you get off at Brook Street station".
    (r"\b(?:finish|finishes|finished|leave|leaves|get off|gets off|clock off|clocks off|knock off|close|closes)\b(?: (?:at|around|by) \S+)?[^\n]{0,40}\bi (?:will|would|am going to|am gonna) be (?:outside|out front|out the back|waiting|there)\b", EN_FOLLOW_LOOKALIKE),
    (r"\b(?:saw|seen|watched|spotted|noticed) (?:you|u|her|him) (?:get off|got off|getting off|get on|got on|getting on|come out of|leave|leaving) (?:\S+ ){0,4}(?:station|stop|bus|train|tram|platform|building|office|shop|store)\b|\b(?:let me|i will|i could|i should|i can) walk (?:you|u|her) home\b", EN_FOLLOW_LOOKALIKE),
    # "at the staff entrance again", "next to the staff bays", "bus stop right outside the staff door at 11pm".
    (r"\b(?:staff|employee|staff-only|workers') (?:entrance|exit|door|bays|bay|lift|stairs|stairwell|car ?park|parking|lot|gate|smoking area|bike shed|bike rack)\b[^.!?\n]{0,60}\b(?:again|every night|each night|every evening|since we (?:shut|closed)|for (?:\S+ )?(?:minutes|hours|an hour)|third time|second time|still there|waiting|sitting|standing|parked|facing)\b|\b(?:sitting|sat|waiting|standing|stood|parked|lurking|loitering) (?:\S+ ){0,6}(?:by|at|near|outside|next to|beside|opposite|facing) (?:the )?(?:\S+ )?(?:staff|employee|workers') (?:entrance|exit|door|bays|bay|lift|stairs|car ?park|parking|gate)\b", EN_FOLLOW_LOOKALIKE),
)

JA_INJURY_RULES += (
    # 「椅子を投げ、スタッフの肩に当たった」「傘を振り下ろして前腕を打った」「足を払い、転倒」「突き飛ばしたら頭ぶつけて」
    (r"(?:投げ|投げつけ|投げ付け|放り投げ|ぶん投げ)[^。！？!?\n]{0,24}?(?:当た|直撃|ぶつか)", JA_INJURY_LOOKALIKE, {"needs_attack": False}),
    (r"振り(?:下ろ|おろ|回)し[^。！？!?\n]{0,16}?(?:打|殴|叩|当た|当て)|足を(?:払|はら)(?:い|っ|われ)|足(?:が|で)[^。！？!?\n]{0,8}?(?:来て|入って|飛んで)[^。！？!?\n]{0,16}?(?:息|痛|ひび|骨|腫|あざ|病院)", JA_INJURY_LOOKALIKE),
    (r"突き飛ばし(?:た|て|たら)|(?:肩|胸|背中|体)を(?:押され|押し|突かれ|どつかれ)[^。！？!?\n]{0,24}?(?:落ち|転|倒|ぶつ|ひね|打)|(?:一発|何発|数発)(?:殴|なぐ|蹴|け)(?:り|っ)|(?:汁|お湯|湯|こーひー|茶|お茶|みそ汁|味噌汁|らーめん|すーぷ)[^。！？!?\n]{0,6}?(?:ぶっかけ|かけてやっ|浴びせ)", JA_ATTACK_LOOKALIKE),
)
JA_THREAT_RULES += (
    # 「家族ごとやったるからな」「ぶちくらすぞ」「病院送りにしちゃる」「これで頭いったろか」
    (r"(?:家族|嫁|子|子供|子ども|お前|おまえ|あんた|きさん|貴様|てめえ|一家)(?:ごと|も|ら|ども)?[^。！？!?\n]{0,4}?(?:やったる|やったろ|殺(?:った|ったる)|ぶちくらす|しばいたる|いてこます|いてまう|いわしたる)|ぶちくらす|病院送りにし|頭(?:を)?(?:いったろ|かち割|かちわ)|(?:これで|こいつで)[^。！？!?\n]{0,6}?(?:いったろ|いてまう|殴|どつ|かち割)", JA_THREAT_LOOKALIKE),
)
JA_BOMB_RULES += (
    # 「局ごとふっ飛ばしたる、プロパン一本あったら十分」「ある晩いきなり燃えても文句は言えませんよね」「時限式やからな」
    (r"(?:ごと|まるごと|丸ごと)[^。！？!?\n]{0,4}?(?:ふっ飛ば|吹っ飛ば|吹き飛ば|ぶっ飛ば|燃や|焼)|(?:ぷろぱん|がすぼんべ|ぼんべ|がそりん|灯油|ぽりたんく)[^。！？!?\n]{0,12}?(?:あったら|あれば|十分|じゅうぶん|まいて|撒いて|かけて)|時限式|時限爆弾|(?:燃え|燃やされ|焼け|火事になっ)(?:ても|とっても|てても)[^。！？!?\n]{0,8}?(?:文句|知らん|知らない|知らへん|しらん)", JA_BOMB_LOOKALIKE),
)
JA_WEAPON_RULES += (
    # 「灯油のペットボトル入れてった、ライターもな」「スパナを取り出し」「カッターナイフを出して刃を伸ばし」
    (r"(?:灯油|がそりん|ぷろぱん)[^。！？!?\n]{0,20}?(?:らいたー|まっち|火を(?:つけ|付け|点け)|火ぃ)|(?:すぱな|れんち|ばーる|鉄ぱいぷ|かなづち|金槌|とんかち|はんまー|ばっと|包丁|ないふ|かったー|はさみ|鋏)(?:を|も)?[^。！？!?\n]{0,6}?(?:取り出し|とりだし|出して|だして|振り上げ|振りかざ|向け|突きつけ|突き付け)", JA_WEAPON_LOOKALIKE),
)
JA_FOLLOW_RULES += (
    # 「裏の駐輪場で待っとくわ」「閉館後どこ行くんかなーと思って後ろ歩いてみた」「出勤時間に合わせて改札前で待つ」
    (r"(?:駐輪場|駐車場|裏口|通用口|改札|駅|ばす停|出口|店の前|自販機)(?:の前|の横|の近く|前)?(?:で|に)[^。！？!?\n]{0,6}?(?:待っとく|待っとる|待っとるわ|待っとくわ|待ってる|待っている|待ってます|待つ|待ち|おる|しゃがんで|座って)", JA_FOLLOW_LOOKALIKE),
    (r"後ろ(?:を)?歩いて|(?:出勤|退勤|帰宅|上がり)(?:の)?時間に合わせて|同じばす乗った|同じ電車乗った|次は同じ", JA_FOLLOW_LOOKALIKE),
)


# --- Broader wordings, second pass (a sixth writer's blind set) --------------------------------

EN_WEAPON_RULES += (
    # "pulled back his coat to show a sharpened screwdriver", "my piece on the passenger seat", "this comes with me".
    (rf"\b(?:pulled|pulls|lifted|lifts|opened|opens) (?:back |up |open )?(?:his|her|their|the) (?:coat|jacket|hoodie|shirt|jumper|top|sweatshirt|waistband)\b(?: \S+){{0,10}} (?:{STRONG_WEAPON}|handle|screwdriver|piece)\b", WEAPON_LOOKALIKE),
    (r"\b(?:my|his|her|a) (?:piece|strap|burner|heater|nine|tool) (?:\S+ ){0,3}(?:on|in|under) (?:the|my|his|her) (?:passenger seat|seat|lap|waistband|glovebox|glove box|pocket|jacket|belt)\b|\b(?:said|says|told \S+) (?:he|she|they) (?:was|were|is|are) '?carrying'?\b", WEAPON_LOOKALIKE),
    (rf"\b(?:image|photo|picture|pic) (?:attached|of)\b[^\n]{{0,40}}\b{STRONG_WEAPON}\b[^\n]{{0,80}}\b(?:comes with me|bring(?:ing)? (?:it|this)|see (?:it|this)|explain it to)\b|\b(?:jagged|broken) (?:neck|bottle|glass)\b[^.!?\n]{{0,40}}\b(?:toward|towards|at|in (?:my|her|his) face)\b", WEAPON_LOOKALIKE),
)
EN_THREAT_RULES += (
    # "you won't see Christmas", "you will not make it to the weekend".
    (r"\b(?:will not|won't|wont|not going to|never gonna|are not going to|is not going to) (?:see|make it to|live to see|live (?:till|until|to)|be around for|last (?:till|until)) (?:christmas|new year|next week|next year|(?:your|her|his) (?:next )?birthday|the weekend|tomorrow|friday|monday|another (?:day|week)|the end of (?:the|this) (?:week|month|year))\b", EN_THREAT_LOOKALIKE),
)
EN_BOMB_RULES += (
    # "I left something in the room that goes off at midnight", "enough to take the platform out".
    (r"\b(?:something|a (?:bag|package|parcel|box|device|present|surprise))\b[^.!?\n]{0,50}\b(?:goes off|go off|going off|will go off|blows? up|will blow|explodes?|will explode)\b|\benough to (?:take|blow|wipe) (?:\S+ ){0,3}out\b", EN_BOMB_LOOKALIKE),
)
EN_INJURY_RULES += (
    # "grabbed by the throat", "gave the checkout girl a slap", "headbutts the agent", "threw my latte at the barista".
    (r"\b(?:grabbed|seized|held|taken|caught|choked|strangled|pinned) by the (?:throat|neck)\b", EN_INJURY_LOOKALIKE),
    (rf"\bgave {PERSON} (?:a |one |such a )?(?:slap|punch|smack|kick|shove|thump|whack|headbutt|clout|wallop|beating|kicking|hiding)\b", EN_INJURY_LOOKALIKE + r"|\bgave (?:it|the (?:\S+ )?(?:machine|door|tyre|tire|ball|wall|bin)) a\b"),
    (rf"\b(?:headbutts|headbutted|punches|punched|slaps|slapped|kicks|kicked|shoves|shoved|strikes|struck|bites|bit|elbows|elbowed|scratches|scratched|spits at|spat at|hits|grabs|grabbed) (?:the|a|our|my|your|their|that|this) (?:\S+ )?{ROLE}\b", EN_INJURY_LOOKALIKE + r"|\b(?:kicked|kicks|hits|hit) the (?:\S+ )?(?:ball|door|machine|bin|wall)\b"),
    (rf"\b(?:threw|throws|throwing|hurled|hurls|flung|flings|chucked|chucks|lobbed) (?:a|an|the|his|her|their|some|my|this|that|hot|boiling|scalding) (?:\S+ ){{0,2}}\S+ (?:at|over|into the face of|in the face of) (?:the|a|our|my|your|their|that|this) (?:\S+ )?{ROLE}\b", EN_INJURY_LOOKALIKE + r"|\b(?:threw|throws) (?:a|the|his|her) (?:\S+ )?(?:tantrum|fit|party|wobbly|strop|question|look|glance)\b"),
)
EN_FOLLOW_RULES += (
    # "saw you at the big Tesco after your shift", "I'll be round the back door again", "watched which bus you take".
    (r"\b(?:saw|seen|spotted|watched) (?:you|u|her|him) (?:at|in|on|near|by|outside) (?:\S+ ){0,4}after (?:your|ur|her|his|their) (?:shift|work)\b|\b(?:round|around|at|by|outside) the back (?:door|entrance|exit) again\b|\bwatched (?:which|what) (?:bus|train|tram|car|route|door|way|exit) (?:you|u|she|he) (?:take|takes|took|use|uses|drive|drives|go|goes|leave|leaves)\b", EN_FOLLOW_LOOKALIKE),
    (rf"\bwaited (?:\S+ ){{0,6}}for (?:you|u|her|him|the \S+) (?:all week|every (?:day|night|evening|morning)|each (?:day|night|evening)|on several (?:evenings|nights|days)|again)\b|\bwaited at the (?:\S+ ){{0,2}}(?:station|stop|bus stop|platform|exit|gate) for (?:the|our|my|her|his) (?:\S+ )?{ROLE}\b|\b(?:you|u) parked (?:in|at|on|by|next to) (?:bay|space|spot|the staff)\b", EN_FOLLOW_LOOKALIKE),
    (r"\b(?:followed|tailed|trailed) (?:her|him|them|me) (?:along|down|across|onto|on to|into|through) (?:the|her|his|my|their) (?:\S+ )?(?:platform|train|bus|tram|street|road|car park|station|carriage)\b", EN_FOLLOW_LOOKALIKE),
)

JA_WEAPON_RULES += (
    # 「包丁の柄だけチラッと出して」「裁ちばさみの刃先を薬剤師に向ける」「刃物は困ります」
    (r"(?:包丁|ないふ|刃物|かったー|はさみ|鋏|裁ちばさみ|ぴすとる|拳銃|ちゃか|どす|ばっと)(?:の柄|の刃)?[^。！？!?\n]{0,10}?(?:ちらっと|ちらつか|ちらり|見せ|みせ|出し|だし|取り出|とりだ)|刃先を[^。！？!?\n]{0,8}?(?:向け|むけ|突きつけ|突き付け)|刃物は(?:困り|こまり|やめ|しまっ|おしまい)", JA_WEAPON_LOOKALIKE),
)
JA_THREAT_RULES += (
    # 「いつか消されるよ。てか俺が消す」「ま じ で 殺 す」
    (r"(?:俺|おれ|わし|わい|うち|私|僕|ぼく)が消す|消されるよ|いつか消(?:す|される|したる)|殺[\s\u3000]+す", JA_THREAT_LOOKALIKE),
)
JA_BOMB_RULES += (
    # 「爆発物を設置した」「起爆する」「夜中に爆発するからな」「パイプ爆弾」
    (r"爆発物(?:を|が)?[^。！？!?\n]{0,6}?(?:設置|仕掛|しかけ|置い|置き|ある|あります)|起爆|(?:夜中|今夜|今晩|正午|深夜|明日|何時|[0-9０-９]+時)[^。！？!?\n]{0,10}?爆発(?:する|します|させ)|ぱいぷ爆弾|爆弾(?:を|が)[^。！？!?\n]{0,4}?(?:仕掛|しかけ|置|設置|ある|あり)", JA_BOMB_LOOKALIKE + r"|爆弾発言|爆弾低気圧|爆弾おにぎり|ばくだんおにぎり"),
)
JA_INJURY_RULES += (
    # 「手を噛まれ」「ど突いたった、倒れよった」「首に腕を回して締め上げる」「押し倒した…骨折」「手は出しましたが…瞼を切った」
    (r"(?:手|腕|指|足|肩|顔|耳|首)(?:を|に|、)?[^。！？!?\n]{0,4}?(?:噛まれ|かまれ|噛みつかれ|噛み付かれ|かみつかれ)|(?:ど突|どつ)(?:い|か)(?:た|て)|首(?:に|を)[^。！？!?\n]{0,8}?(?:締め|絞め|しめ)(?:上げ|あげ|る|た|て|られ)|(?:押し倒|突き倒|突き飛ば)し(?:た|て)", JA_ATTACK_LOOKALIKE + r"|お子さん|子ども|子供|園児|児童|赤ちゃん|お友達|友達に"),
    (r"手(?:は|を)出し(?:た|まし|て)[^。！？!?\n]{0,40}?(?:切|割れ|けが|怪我|血|腫|骨|打撲|あざ)|(?:眼鏡|めがね)が割れ", JA_INJURY_LOOKALIKE),
)
JA_FOLLOW_RULES += (
    # 「同じ車両…最寄り駅で降りたら、その人も降りてきた」「Ｂの車の横で待っていた」「向かいのバス停で待っていました」「家、△△町の青い屋根んとこやろ。昨日、前まで行ったで」
    (r"(?:同じ車両|同じ電車|同じばす)[^。！？!?\n]{0,40}?(?:降りて|降りた|ついて)|(?:その人|あの人|客|男|女|おじさん|おっさん)も降りて(?:きた|来た)|(?:車|自転車|ばいく)の(?:横|前|そば|近く|隣)で(?:待|立|張)", JA_FOLLOW_LOOKALIKE),
    (r"(?:ばす停|駅|改札|出口|裏口|通用口)で[^。！？!?\n]{0,6}?待っていました|同じ(?:ばす|電車|車両)に乗ります|(?:家|自宅|屋根)[^。！？!?\n]{0,20}?前まで行っ|(?:家|自宅)[^。！？!?\n]{0,10}?見に行っ", JA_FOLLOW_LOOKALIKE),
)


# --- Broader wordings, third pass (a seventh writer's blind set, measured before these) -------

EN_THREAT_RULES += (
    # "breaking every bone in his body", "knows people who'd hurt you", "you're gonna need a new face".
    (r"\bbreak\w* every (?:bone|finger|tooth) in (?:your|his|her|their|ur) (?:body|hand|hands|head|face)\b|\bknow\w* (?:\S+ ){0,2}(?:people|guys|lads|blokes|someone|somebody) who (?:would|will|can|could|'d) (?:hurt|kill|sort|deal with|do|visit|find) (?:you|u|her|him|them)\b", EN_THREAT_LOOKALIKE),
    (r"\b(?:you|u|ur|you are|you're|she is|he is)\b (?:\S+ ){0,2}(?:gonna|going to|will) (?:need|end up in|wake up in|be in) (?:a new face|(?:the |a )?(?:hospital|a&e|wheelchair|coffin|morgue|intensive care|icu))\b|\bhospitals? (?:cos|because|'cause|coz) that is where (?:you|u|she|he) (?:are|is) going\b", EN_THREAT_LOOKALIKE),
)
EN_BOMB_RULES += (
    # "something in his rucksack thatll clear the platform", "go up nicely", "strike a match", "a pressure cooker in a bin".
    (r"\bin (?:my|this|the|his|her) (?:bag|backpack|rucksack|case|suitcase|box|car|boot|van) (?:that|thatll|that'll|which) (?:will |would |is going to |'ll )?(?:clear|empty|take out|blow|level)\b|\b(?:go|going|goes|went|would go) up (?:nicely|in flames|in smoke|like a bonfire|a treat)\b|\bstrike a match\b|\bopen (?:every|all the) (?:gas )?(?:valves?|taps?)\b|\bpressure cooker (?:bomb|in a (?:bin|bag|box|rucksack|backpack))\b|\bi (?:have|'ve) built (?:something|a device|a bomb)\b", EN_BOMB_LOOKALIKE + r"|\b(?:price|prices|rent|fees|cost|costs|shares|stock|sales|numbers|profits)\b"),
    (r"\bjerry ?cans?\b[^.!?\n]{0,60}\b(?:hot|burn|fire|light|flames|match|go up|sort)\b|\b(?:petrol|gasoline|fuel|lighter fluid|kerosene|paraffin)\b(?: \S+){0,10} sort (?:\S+ ){0,3}out\b", EN_BOMB_LOOKALIKE),
)
EN_WEAPON_RULES += (
    # "he will be meeting my crossbow", "jabbing it in the air".
    (rf"\b(?:meet|meeting|meets|introduce (?:him|her|you) to) (?:my|his|her|our) (?:\S+ )?{STRONG_WEAPON}\b|\bjabbing (?:it|them|the \S+) (?:in the air|towards|toward|at)\b", WEAPON_LOOKALIKE),
)
EN_INJURY_RULES += (
    # "shoved in the chest", "it strikes porter on the shoulder", "poured my latte over the barista's head", "grabs teller by the collar".
    (r"\b(?:got|get|gets|was|were|been|being) (?:\S+ )?(?:punched|kicked|shoved|pushed|struck|hit|elbowed|kneed|headbutted) (?:hard )?(?:in|on) the (?:chest|stomach|belly|groin|side|temple|ribs|back|face|head)\b", EN_INJURY_LOOKALIKE),
    (rf"\b(?:it|which|that) (?:strikes|struck|hits|hit|smashed into|caught) (?:the |a |our )?(?:\S+ )?{ROLE}\b|\bpoured (?:\S+ ){{0,3}}(?:over|on|onto|down) (?:the|a|our|my|his|her) (?:\S+ )?{ROLE}(?:'s)? (?:head|face)\b|\bgrab(?:s|bed|bing)? (?:the |a |our )?(?:\S+ )?{ROLE} by the (?:collar|throat|neck|hair|arm|wrist|lapels)\b", EN_INJURY_LOOKALIKE),
)
EN_FOLLOW_RULES += (
    # "leaves by the back door at 9 on weekdays", "I was behind you the whole way", "photos of Nurse B getting into her car".
    (r"\bleaves? (?:by|through|from|via) the (?:back|side|staff|rear) (?:door|entrance|exit) at\b|\bi was (?:right )?behind (?:you|u|her) (?:the whole way|all the way|to the station|all the way home)\b|\b(?:photos?|pictures?|pics|video|videos) of (?:\S+ ){1,4}(?:getting into (?:her|his|their) car|leaving work|on (?:her|his|their) (?:way|route) home|at (?:her|his|their) (?:car|house|home|front door))\b", EN_FOLLOW_LOOKALIKE),
)

JA_BOMB_RULES += (
    # 「明日の朝には灰になっとるで」「爆弾でも送ったろか」「ガスボンベ持ってきて、ここで爆発させても」
    (r"灰に(?:なっ|し|なる|したる)|爆弾(?:でも|を)?[^。！？!?\n]{0,6}?(?:送|仕掛|持って|置)|(?:がすぼんべ|ぼんべ|ぷろぱん|灯油|がそりん)[^。！？!?\n]{0,16}?爆発", JA_BOMB_LOOKALIKE + r"|爆弾級|爆弾発言|爆弾低気圧|爆弾おにぎり"),
)
JA_WEAPON_RULES += (
    # 「このナイフ、よう切れるんやで（開いてカウンターに置く）」「猟銃の手入れでもしながら出迎えますわ」
    (r"(?:ないふ|包丁|刃物|かったー|小刀)[^。！？!?\n]{0,16}?(?:開い|開き|置く|置い|抜い|抜き|よう切れる|よく切れる)|(?:猟銃|散弾銃|らいふる|ぼうがん|空気銃)[^。！？!?\n]{0,20}?(?:出迎え|待って|構え|向け|撃|手入れ)", JA_WEAPON_LOOKALIKE),
)
JA_THREAT_RULES += (
    # 「生ぎて帰れると思うなよ」「ただじゃおかねぇ」「空港出たら終わりやで」「何かあっても知らんで」
    (r"生(?:き|ぎ)て帰れると思う|ただじゃおかね|(?:出たら|帰り道で|外で|外出たら)[^。！？!?\n]{0,4}?終わり(?:や|だ|じゃ)|何かあっても知らん", JA_THREAT_LOOKALIKE),
)
JA_INJURY_RULES += (
    # 「水ぶっかけてやった」「押しましたが…転んで手首を痛めた」「手首を掴んでねじる」
    (r"(?:水|お冷|氷)[^。！？!?\n]{0,6}?ぶっかけ|押し(?:ました|た)[^。！？!?\n]{0,30}?(?:転ん|転倒|痛め|けが|怪我)|(?:手首|腕|指)を(?:掴|つか)ん(?:で|だ)[^。！？!?\n]{0,6}?(?:ねじ|ひね)", JA_ATTACK_LOOKALIKE),
)
JA_FOLLOW_RULES += (
    # 「□□駅で降りるんやろ。見とったで」「シフト知っとる」「家まで行ってみてん」「通用口から出てくるとこ見た」「外で待っとくわ」「マンションの前で写真を撮っていた」
    (r"駅で降りる(?:んやろ|んでしょ|よね|やんな|んだろ)|(?:しふと|勤務時間)(?:を|も)?知っ(?:とる|てる|ている)|家まで行っ(?:て|た)|(?:通用口|裏口|出口)から出てくる(?:とこ|ところ)|外で待っとく|家まで送ったる|(?:自宅|家|まんしょん|あぱーと|住む)[^。！？!?\n]{0,20}?(?:写真を撮|撮影し)|ご自宅[^。！？!?\n]{0,30}?(?:ですね|でしょう|ですよね)", JA_FOLLOW_LOOKALIKE),
)



# --- Broader wordings, fourth pass (two more writers' training sets) ---------------------------

EN_THREAT_RULES += (
    # "I hope your kids enjoy walking to school while they still can", "won't be walking out on his own legs",
    # "you'll be carried out of that shop", "next time it won't be words", "till he cannit stand".
    (r"\b(?:enjoy\w*|walk\w*|breath\w*|liv\w*|standing|stand|smil\w*|laugh\w*|see|seeing)\b (?:\S+ ){0,6}while (?:they|you|u|she|he|ye) (?:still )?can\b", EN_THREAT_LOOKALIKE + r"|\b(?:stock|stocks|offer|sale|deal|discount|tickets?|seats?|places?|spaces?)\b"),
    (r"\b(?:will not|wont|not|never) be (?:walking|leaving|going home|getting up|walking out|getting home|standing) (?:\S+ ){0,5}on (?:his|her|your|their|ur|my) own (?:two )?(?:legs|feet)\b|\b(?:you|u|he|she|they|ye)(?: will| are going to| is going to| gonna| would)? be (?:carried|stretchered|wheeled) out\b|\b(?:will not|wont) be getting up (?:off|from) (?:that|the) floor\b", EN_THREAT_LOOKALIKE),
    (r"\bnext time (?:it|there) (?:will not|wont|is not going to) (?:just )?be (?:words|talk|talking|a warning|a letter|an email|a phone call|shouting)\b", EN_THREAT_LOOKALIKE),
    (r"\b(?:till|until) (?:he|she|you|they|u|ye) (?:can not|cannot|cannit|canny|cannae|cant|can't|will not be able to) (?:stand|walk|see|breathe|move|talk)\b", EN_THREAT_LOOKALIKE),
    # "If my dad dies tonight, you're going with him"; "cop a king hit".
    (r"\bif (?:\S+ ){1,4}(?:dies|die|does not make it|passes|passes away)\b[^.!?\n]{0,40}\b(?:you are|you will be|you will|u r|ur|you|u) (?:going|go|come|coming|die|dying|are dead|are next)\b(?: with (?:him|her|them))?", EN_THREAT_LOOKALIKE),
    (r"\bcop (?:a|the) (?:king hit|king-hit|hiding|beating|belting|flogging|smack|slap|punch)\b", EN_THREAT_LOOKALIKE),
    # "accidents do seem to find people who...", "give some thought to her own health, and to that of her family".
    (r"\baccidents? (?:\S+ ){0,3}(?:happen|happens|find|finds|befall|befalls|come) (?:to )?(?:people|those|folk|folks|anyone|staff|nosy people) (?:who|that)\b|\bgive (?:some |serious )?thought to (?:her|his|your|their) (?:own )?(?:health|safety|wellbeing|well-being)\b|\b(?:her|his|your|their) (?:own )?(?:health|safety)\b[^.!?\n]{0,40}\band (?:to )?that of (?:her|his|your|their) (?:family|children|kids|wife|husband)\b", EN_THREAT_LOOKALIKE),
    # Intent, a swear word, then the blow: "i will find that delivery guy and fkn end him".
    (r"\b(?:will|gonna|going to|would|and)\b (?:\S+ ){0,6}(?:fucking|fuckin|fkn|fking|fkin|effing|bloody|friggin|frigging|f\*+ing|f\*+kin) (?:end|kill|murder|stab|shoot|deck|batter|smash|knife|bury|drop|hurt|do) (?:him|her|you|u|them|ya|ye)\b", EN_THREAT_LOOKALIKE),
)
EN_BOMB_RULES += (
    # "the manager's Audi will be on fire by the weekend", "this place deserves to burn", "torch the building",
    # "be a shame if one went up", "something in my garage that'll sort your office out", "a package ... nobody will enjoy opening".
    (r"\b(?:will|gonna|going to|would|might|could) (?:\S+ ){0,2}be (?:on fire|in flames|ablaze|alight|burnt out|burned out|burnt down|burned down|a pile of ash|ashes) (?:by|before|tonight|tomorrow|this|next|soon|one (?:day|night))\b|\bon fire by (?:the |this |next |tomorrow|tonight|morning|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend)", EN_BOMB_LOOKALIKE + r"|\b(?:legs?|lungs?|muscles?|throat|mouth|tongue|skin|feet|arms?|team|form|striker|sales|chilli|curry|wings|hot sauce)\b"),
    (r"\b(?:deserves?|deserved|ought|needs?|should) (?:to )?(?:burn|be burned|be burnt|be burned down|be burnt down|go up in flames|be torched|be blown up|burn down|burn to the ground)\b", EN_BOMB_LOOKALIKE + r"|\b(?:calories|fat|cd|dvd|disc|candle|candles|incense|bridges?)\b"),
    (r"\btorch (?:the|this|that|your|ur|his|her|their|the whole) (?:\S+ )?(?:building|place|shop|store|office|branch|house|home|flat|car|cars|van|hotel|pub|bar|restaurant|station|school|site|depot|lot|compound|clinic|surgery|centre|center)\b", EN_BOMB_LOOKALIKE),
    (r"\b(?:shame|pity|sad|terrible|awful) if (?:\S+ ){0,4}(?:went up|goes up|caught fire|catches fire|burned|burnt|burned down|burnt down|exploded|blew up|got torched|went up in flames)\b", EN_BOMB_LOOKALIKE),
    (r"\bsomething (?:in|at|under) (?:my|the|his|her) (?:garage|shed|car|van|boot|trunk|bag|house|flat|basement|cellar|loft) (?:that|which|thatll|that'll|that will)\b[^.!?\n]{0,30}\b(?:sort|take|blow|clear|level|finish|flatten|end)\b", EN_BOMB_LOOKALIKE),
    (r"\b(?:package|parcel|box|present|gift|surprise|envelope|delivery) (?:\S+ ){0,10}(?:nobody|no one|no-one|none of you|you) (?:\S+ ){0,2}(?:enjoy|like|want to|survive|forget) (?:opening|open|receiving|unwrapping)\b", EN_BOMB_LOOKALIKE),
    (r"(?:^|[.!?\n] ?)boom[.!?]+ (?:no more|bye|gone|sorted|that is it|that's it)\b", EN_BOMB_LOOKALIKE),
)
EN_WEAPON_RULES += (
    # A vehicle driven at people: "drove straight at me and Kayleigh", "revved it and went for us".
    (rf"\b(?:drove|drives|driving|drive|accelerated|accelerating|revved|swerved|ploughed|plowed|steered|reversed) (?:\S+ ){{0,3}}(?:straight |right |deliberately |directly )?(?:at|towards|toward) (?:me|us|her|him|them|the (?:\S+ )?{ROLE}|my colleague|our \S+)\b|\b(?:aimed|pointed) (?:the|his|her|their) (?:car|van|truck|lorry|vehicle|motorbike|bike) (?:at|towards|toward)\b", EN_THREAT_LOOKALIKE),
    # A weapon slipped on or worn: "slipped the knuckle duster on".
    (rf"\b(?:slipped|slips|slipping|slid|wearing|wore|put|puts|strapped) (?:on )?(?:the |a |an |his |her |my )?{STRONG_WEAPON}\b(?: on)?", WEAPON_LOOKALIKE),
    # A weapon, then what was done with it in the next sentence: "Had a golf club... Swung it at the screen".
    (rf"\b(?:{STRONG_WEAPON}\b[^.!?\n]{{0,80}}[.!?\n]+ ?(?:\S+ ){{0,4}}(?:swung|swinging|brandished|brandishing|waved|waving|raised|raising|pointed|pointing|lunged|jabbed|jabbing|smashed|hit|struck|tapping|banging|slapping)|{WEAK_WEAPON}\b[^.!?\n]{{0,80}}[.!?\n]+ ?(?:\S+ ){{0,4}}(?:swung|swinging|brandished|brandishing|lunged|jabbed|jabbing|smashed|struck|tapping|banging|slapping)) (?:it|them)\b", r"\b(?:toy|toys|game|games|video game|sport|sports|golf (?:lesson|course|range|bag)|driving range|lesson|practice|coach|tee|pitch|training|demo|demonstrat\w*|sale|sold|stock|display|swing coach|club fitting)\b"),
    # Held close to a face: "held it an inch from my face", "held it up by ma heid".
    (rf"\b(?:held|holding|holds|pressed|pressing|put|shoved|stuck) (?:it|them|the \S+|a \S+|the (?:\S+ )?(?:{STRONG_WEAPON}|{WEAK_WEAPON})) (?:\S+ ){{0,3}}(?:from|in front of|close to|next to|right by|up by|by|near|to|against|in) (?:my|her|his|their|ma|the (?:\S+ )?\S+'s) (?:face|head|heid|neck|throat|eyes?|chest|cheek|temple)\b", WEAPON_LOOKALIKE + r"|\b(?:phone|camera|mirror|menu|card|receipt|paper|letter|form|leaflet|ticket|baby|glasses|hand|tissue|napkin|mic|microphone|thermometer|torch light)\b"),
    (rf"\bcame up (?:wi|with|wae|wi') (?:a|an|the|his|her) (?:\S+ )?(?:{STRONG_WEAPON}|{WEAK_WEAPON})\b", WEAPON_LOOKALIKE),
    (rf"\b(?:returned|came back|come back|comes back|back|arrived|turned up|showed up|walked in|came in) (?:\S+ ){{0,4}}with (?:a|an|the|his|her) (?:\S+ ){{0,2}}{STRONG_WEAPON}\b", WEAPON_LOOKALIKE),
)
EN_INJURY_RULES += (
    # "got my throat", "grab my hair and pull me over the counter", "rammed his trolley into the backs of my legs".
    (r"\b(?:got|grabbed|seized|gripped|had) (?:me|her|him|them|my|her|his|their) (?:by the )?(?:throat|neck)\b|\b(?:grab|grabs|grabbed|grabbing|pull|pulls|pulled|pulling|yank|yanks|yanked|yanking) (?:my|her|his|their|the \S+'s) hair\b|\bby (?:my|her|his|the) hair\b", EN_INJURY_LOOKALIKE + r"|\b(?:dryer|brush|comb|tangle|tangles|extensions|dye|tint|cut|trim|blow)\b"),
    (r"\brammed (?:his|her|their|a|the|my) (?:\S+ )?(?:trolley|cart|pram|buggy|wheelchair|scooter|car|bike|bag|case|suitcase|shopping) (?:\S+ ){0,2}(?:into|at|against) (?:me|her|him|us|them|my|her|his|the)\b", EN_INJURY_LOOKALIKE),
    # A push, and the fall or hurt that followed: "pushing a member of your station staff ... she fell and hurt her wrist".
    (rf"\b(?:push|pushed|pushing|shove|shoved|shoving|knocked|barged) (?:\S+ ){{0,6}}(?:{ROLE}|her|him|me|us)\b[^!?\n]{{0,80}}\b(?:fell|fall|falling|went down|hit (?:her|his|my) head|hurt (?:her|his|my)|injured|broke (?:her|his|my)|bruised|sprained)\b", EN_THREAT_LOOKALIKE + r"|\b(?:queue|crowd|crush|rush|stampede|by accident|accidentally|accident|slipped|tripped|wet floor|ice)\b"),
    # The customer owning the blow: "had to deck the bouncer", "sorry about his nose".
    (rf"\b(?:deck|decked|decking|floor|floored|flatten|flattened|lamp|lamped|clock|clocked|chin|chinned|belt|belted|wallop|walloped|spark|sparked|knock out|knocked out|slap|slapped|punch|punched|smack|smacked|thump|thumped) (?:the|that|this|your|ur|a|some) (?:\S+ ){{0,2}}(?:{ROLE}|bouncer|doorman|bouncers|stylist|hairdresser|barber|cabbie|usher)\b", EN_INJURY_LOOKALIKE + "|" + EN_THREAT_LOOKALIKE),
    (r"\bsorry about (?:his|her|their|your|ur|the \S+'s) (?:nose|face|eye|jaw|teeth|tooth|lip|head|ribs|arm|wrist|cheek)\b|\b(?:hope|hoping) (?:his|her|their|the \S+'s) (?:nose|jaw|eye|face|lip|head|ribs?) (?:is|are) (?:ok|okay|alright|all right|better|not broken)\b", EN_INJURY_LOOKALIKE),
)
EN_FOLLOW_RULES += (
    # Staff's routine known and used: "I know you get the 47 at quarter past six", "you park in the big car park ... I'll see you there".
    (r"\bi know (?:you|u|she|he|they) (?:get|gets|take|takes|catch|catches|ride|rides) (?:the )?(?:\d+|bus|train|tram|tube|last|night bus|ferry|number)\b|\bi know (?:what|which) (?:bus|train|tram|time|door|exit|car|route|way) (?:you|u|she|he)\b", EN_FOLLOW_LOOKALIKE),
    (r"\b(?:you|u) (?:park|parks) (?:in|at|on|behind|round|by|near) (?:the|that|your|ur) (?:\S+ ){0,3}(?:car park|carpark|parking lot|lot|parking|garage|multi-storey|multistorey|side street|back street)\b", EN_FOLLOW_LOOKALIKE),
    # "found out where the mouthy cashier lives", "drove past hers last night".
    (r"\b(?:found out|find out|finding out|worked out|figured out|got|know|knows|i know) where (?:the |that |this |your |ur |she |he |they |you |u )?(?:\S+ ){0,6}(?:lives|live|stays|sleeps|parks)\b", EN_FOLLOW_LOOKALIKE + r"|\bwhere (?:i|we) (?:live|stay|park)\b"),
    (r"\b(?:drove|driven|driving|walked|went|been|popped|cycled) (?:past|by|round) (?:yours|hers|his place|hers last|her place|his house|her house|her flat|his flat|your place|your house|your flat|her home|his home|your home|their house|their place)\b", EN_FOLLOW_LOOKALIKE),
    # Turning up where staff go: "began appearing at the bus stop the pharmacist uses each evening".
    (r"\b(?:appear|appearing|appears|appeared|turning up|turns up|turned up|showing up|shows up|showed up|hanging around|hangs around|hanging about|loitering|waiting|sitting|standing|is there|was there) (?:\S+ ){0,3}(?:at|by|near|outside|in|on) (?:the|her|his|their) (?:\S+ )?(?:bus stop|stop|station|platform|car park|carpark|car|flat|house|home|gym|school|street|road|tram stop) (?:\S+ ){0,4}(?:she|he|they|the \S+|staff) (?:uses|use|takes|take|parks|park|lives|live|gets|get|catches|waits)\b", EN_FOLLOW_LOOKALIKE),
    # "I waited for you outside after your shift", "by the bins at the back door from close till gone midnight",
    # "sat in the lobby until the receptionist's shift ended ... tried to walk with her to the tram stop".
    (r"\b(?:i|we|he|she|they|the (?:\S+ )?(?:man|woman|customer|guest|guy|caller|client|member)) (?:waited|was waiting|were waiting|hung around|hung about|stood|sat|lurked|was lurking) (?:\S+ ){0,3}(?:for (?:you|u|her|him) )?(?:\S+ ){0,3}(?:after|when|till|until) (?:your|her|his|ur|their|the|my) (?:\S+ )?(?:shift|work|close|closing|finish|shift ended|shift finished)\b", EN_FOLLOW_LOOKALIKE),
    (r"\b(?:at|by|near|outside|round|behind) the (?:bins|back door|back entrance|staff door|staff exit|staff entrance|rear door|rear entrance|loading bay|staff car park|service door|fire exit) (?:\S+ ){0,3}(?:from close|till|until|after close|after closing|after (?:my|her|his) shift|all night|gone midnight|from closing)\b", EN_FOLLOW_LOOKALIKE),
    (r"\b(?:until|till) (?:the |her |his |their |my )?(?:\S+ )?(?:'s |s )?shift (?:ended|finished|was over|ends|finishes)\b[^.!?\n]{0,60}\b(?:tried|try|trying|offered|insisted|wanted) to (?:walk|drive|follow|accompany|go) (?:with )?(?:her|him|them)\b|\b(?:tried|try|trying|insisted on|insisted) (?:to )?(?:walk|walking|drive|driving|follow|following|accompany|accompanying) (?:with )?(?:her|him|them|the \S+) (?:home|to (?:the|her|his|their) (?:\S+ )?(?:stop|station|car|house|flat|train|bus|tram|door))\b", EN_FOLLOW_LOOKALIKE + r"|\b(?:blind|elderly|frail|lost|confused|wheelchair|guide|escort)\b"),
    # "I see him at my train station, waiting on the platform", "nice dog you were walking on Sunday".
    (r"\b(?:see|saw|seen|spotted|noticed|spot) (?:him|her|them|the (?:\S+ )?(?:man|woman|customer|guy|lady|caller|guest|member)) (?:\S+ ){0,2}(?:at|on|outside|near|by) (?:my|her|his) (?:\S+ )?(?:station|stop|platform|street|road|building|flat|house|front door|car|school|gym|door)\b", EN_FOLLOW_LOOKALIKE),
    (r"\bnice (?:dog|car|house|flat|kids|garden|curtains|front door|door|bike|jacket|coat) (?:you (?:were|have|had|got)|u (?:were|have|got)|on (?:your|ur) )|\b(?:you|u) were (?:walking|jogging|out|shopping|running) (?:\S+ ){0,4}(?:on (?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|the weekend)|last (?:night|week|weekend)|yesterday)\b", EN_FOLLOW_LOOKALIKE),
)

JA_THREAT_RULES += (
    # 「明日の朝には冷たくなってるかもね」「刺されても文句言えんよね」「何があっても知らないよ」
    (r"冷たく(?:なって(?:る|いる|た|ます)|なる)(?:かも|ぞ|で|よ|やろ|じゃろ|だろ)|(?:刺され|殺され|殴られ|襲われ|やられ|撃たれ)ても(?:文句|仕方|しゃあない|しょうがない|知らん|自業自得|おかしく)", JA_THREAT_LOOKALIKE),
    (r"何(?:が|か)あっても(?:知らん|知らない|知らねえ|知らへん|知りません|責任は)", r"(?:げーむ|映画|どらま|漫画|小説|保険|災害|地震|台風|停電)"),
    # 「担任の先生、事故に遭えばいいのに。なんなら私がそうしてあげても」「家族ごと消えてもらう」
    (r"事故に(?:遭|あ)(?:え|う)?ば(?:いい|ええ|よい)|(?:私|俺|おれ|わし|うち|僕|あたし)が(?:そう|やって|手伝って)(?:し)?て(?:あげ|や|あげて)(?:て)?も(?:いい|ええ)|消えて(?:もらう|もらいます|もらおう|もらうこと|もらうで|もらうぞ)", JA_THREAT_LOOKALIKE),
    # 「奥様とお嬢様が今後も無事にお過ごしになれるかどうか」「明日も無事にご出勤できるとよろしいですね」
    (r"(?:家族|ご家族|奥様|奥さん|お子さん|お子様|お嬢様|お嬢さん|ご主人|娘さん|息子さん|皆様|皆さん|皆さま)[^。！？!?\n]{0,24}?(?:無事に|ご無事|無事で)[^。！？!?\n]{0,24}?(?:かどうか|とは限ら|とよろしい|といいです|といいね|とええ|とええな|祈って|ように)", JA_THREAT_LOOKALIKE),
    # 「お子さん、○○小学校ですよね。通学路…何があるかわかりませんから」
    (r"(?:お子さん|お子様|子ども|子供|通学路|ご家族|奥様|奥さん|娘さん|息子さん)[^。！？!?\n]{0,40}[。、]?[^。！？!?\n]{0,8}?何が(?:ある|起きる|起こる)か(?:わから|分から|わかりま|分かりま|わかれ)", JA_THREAT_LOOKALIKE),
)
JA_BOMB_RULES += (
    # 「肥料と灯油で何が作れるか知っとるか」「がそりん入りのぺっとぼとると布きれ」「導線がてーぷで巻かれた筒状のもの」
    (r"(?:肥料|硝安|尿素|塩素|漂白剤)[^。！？!?\n]{0,6}?(?:と|に|で)(?:灯油|軽油|がそりん|燃料|洗剤)[^。！？!?\n]{0,12}?(?:作れ|作る|混ぜ|できる)|(?:がそりん|灯油)[^。！？!?\n]{0,10}?(?:ぺっとぼとる|瓶|びん|容器)[^。！？!?\n]{0,8}?(?:布|ぼろ|らいたー|まっち|着火)|(?:導線|導火線|配線|こーど)[^。！？!?\n]{0,16}?(?:筒|箱|ぱいぷ|装置|爆)", JA_BOMB_LOOKALIKE),
    # 「こんな店燃えたらええ」「燃えても誰も困らん」「週末までに燃えとるかもな」「お前の車ごと燃やしたる」
    (r"燃え(?:たら(?:ええ|いい|よい|ええのに|いいのに)|ても(?:誰も|だれも)?(?:困ら|文句|知らん|おかしく)|とる(?:かも|で|ぞ|やろ)|てる(?:かも|ぞ|やろ|だろ)|ちまえ|てしまえ|りゃ(?:いい|ええ))|燃や(?:したる|してやる|すぞ|したろか|しちゃる|すけん|すからな|してもええ|されたい)|(?:車|家|店|事務所|建物|会社)ごと燃や", JA_BOMB_LOOKALIKE + r"|かろりー|脂肪|ごみ|落ち葉|薪|炭|焚き火|情熱|闘志|やる気|恋|萌え|bbq|ばーべきゅー"),
)
JA_WEAPON_RULES += (
    # 「ごるふくらぶ持って来店。れじ前で振り上げる」「ばーるをむき出しで持ってきて床を叩き」「すたんがんをばちばち鳴らして」
    (r"(?:ごるふくらぶ|ばーる|金属ばっと|すぱな|れんち|鉄ぱいぷ|木刀|角材|はんまー|金づち|かなづち)(?:[^。！？!?\n]{0,24}?|[^。！？!?\n]{0,16}?。[^。！？!?\n]{0,12}?)(?:振り上げ|振り回|振りかざ|むき出し|叩|たた|殴|突きつけ|向け)|(?:すたんがん|催涙すぷれー|すぷれー)[^。！？!?\n]{0,10}?(?:ばちばち|鳴らし|押し当て|当て|向け|噴射|吹きかけ)", JA_WEAPON_LOOKALIKE),
    # 刃物や道具を顔に向ける:「かっとばさみをつかんで顔に向ける」
    (rf"(?:{JA_WEAPON_STRONG}|{JA_WEAPON_WEAK}|ばさみ)[^。！？!?\n]{{0,20}}?(?:顔|首|喉|のど|目|胸|腹|顔面)(?:に|へ|の前に|元に)(?:向け|突きつけ|突き付け|当て|近づけ|押し当て)", JA_WEAPON_LOOKALIKE),
    # 車で人に向かってくる:「あくせる踏んで、僕と同僚のほうに突っ込んできました」
    (r"(?:僕|私|俺|自分|わたし|あたし|店員|係員|同僚|従業員|職員|警備員|私たち|僕ら|こっち|人)(?:と同僚)?(?:の方|のほう|に向かって|めがけて|をめがけ)[^。！？!?\n]{0,6}?(?:突っ込|突進|向かってき|走らせ|発進|加速)|(?:わざと|故意に|急に|いきなり)?あくせる(?:を)?(?:踏|ふか)[^。！？!?\n]{0,20}?(?:の方|のほう|に向かって|めがけて|突っ込)", JA_WEAPON_LOOKALIKE),
)
JA_INJURY_RULES += (
    # 「受付の女のすね、帰り際に蹴ったった」「頭はたいといたわ」「後頭部を蹴った」
    (r"(?:すね|脛|尻|背中|腹|お腹|顔|頭|後頭部|足|脚|肩|腕|頬|ほっぺ|胸)(?:を|、|に)?[^。！？!?\n]{0,8}?(?:蹴|けっ|殴|なぐ|はた|叩|どつ|小突|ひっぱた|張)(?:っ|い|り|き)(?:たった|てやった|たろ|た|ました|とい|てもう|てしも)", JA_ATTACK_LOOKALIKE + r"|ぼーる|ぶらんこ|子ども|子供|こども|息子|娘|犬|猫"),
    # 「突き飛ばし、職員は転倒してきゃびねっとに頭をぶつけた」「わざと後ろからかーとを足にぶつけられた」
    (r"突き飛ば(?:し|さ|す)[^。！？!?\n]{0,30}?(?:転倒|転ん|倒れ|ぶつけ|けが|怪我|搬送|骨折|打っ|打撲)|(?:わざと|故意に|思い切り|思いっきり|勢いよく)[^。！？!?\n]{0,10}?(?:かーと|台車|ばぎー|自転車|車椅子|杖|傘|鞄|かばん|荷物)(?:を)?[^。！？!?\n]{0,8}?(?:足|背中|腰|体|頭|顔|すね|かかと)に[^。！？!?\n]{0,4}?(?:ぶつけ|当て|打ちつけ)", JA_ATTACK_LOOKALIKE),
)
JA_FOLLOW_RULES += (
    # 「神社の横のあぱーとでしょ、お宅」「洗濯物でわかった」「駐車場に車停めとるよね。ほな、そこで会おか」
    (r"(?:あぱーと|まんしょん|一軒家|団地|社宅|寮|おうち)(?:でしょ|やろ|だろ|ですよね|やんな|じゃろ|だよね)[^。！？!?\n]{0,4}?(?:お宅|おたく|あんた|あなた|君|きみ)|洗濯物で(?:わか|分か)|(?:車|くるま)(?:を)?(?:停め|とめ)(?:とる|てる|ている|てます|とん)(?:よね|やろ|でしょ|だろ|じゃろ|やんな)|そこで(?:会おか|会おう|会いましょう|待っとる|待っとく|待ってる|待ってます)", JA_FOLLOW_LOOKALIKE),
    # 「彼女のあぱーとの前の公園で夜になるとべんちに座ってる」「閉店からずっと、裏口のごみ置き場の横に」
    (r"(?:あぱーと|まんしょん|家|自宅|部屋|実家)の(?:前|向かい|近く|横|下|裏)[^。！？!?\n]{0,16}?(?:座って|立って|待って|うろうろ|うろつ|張り込|見張|車を停め|停まって)|(?:閉店|閉館|退勤|終業|仕事終わり)(?:から|後|まで)ずっと[^。！？!?\n]{0,6}?(?:裏口|通用口|従業員出入口|ごみ置き場|駐車場|出口)", JA_FOLLOW_LOOKALIKE),
    # 「日曜日に散歩させてた柴犬」「いいところにお住まいで」「薬剤師が利用するばす停に現れる」
    (r"(?:日曜|土曜|昨日|週末|この前|先週|夜|朝)[^。！？!?\n]{0,6}?散歩(?:させ)?て(?:た|いた|る|はった)|(?:いいところ|いい所|ええとこ|素敵なところ|素敵な所)に(?:お住まい|住んで|住んど)|(?:利用する|使う|使っている|乗る|降りる|使ってる)(?:ばす停|駅|駐車場|改札|ほーむ)に(?:現れ|来る|いる|立って|待って)", JA_FOLLOW_LOOKALIKE),
)


# --- Broader wordings, fifth pass (a second training writer) ---------------------------------

EN_THREAT_RULES += (
    # "man like you, he disappear. nobody find", "you gon get got", "you ain't making it home", "end up in the obituaries",
    # "does not see the next year", "rarely seem to grow old", "her remaining time with her children, however long".
    (r"\b(?:he|you|u|she|they|people like you|man like you) (?:will )?(?:disappear|disappears|vanish|vanishes|go missing|goes missing)\b[^!?\n]{0,20}\b(?:nobody|no one|no-one|never) (?:find|finds|found|sees?|hear)\b|\b(?:gon|gonna|going to|will) get got\b|\b(?:ain't|aint|are not|will not|won't|not) (?:making|make|gonna make|going to make) it home\b", EN_THREAT_LOOKALIKE),
    (r"\bend up in (?:the )?(?:obituaries|obits|obituary|morgue|a box|a body bag|the river|the canal|the ground|a ditch)\b|\b(?:does|do|will) not (?:see|live to see) (?:the )?(?:next|another|this) (?:year|christmas|birthday|summer|week|month)\b|\b(?:rarely|never|don't|do not) (?:seem to )?(?:grow|get|live to be) old\b|\bremaining time (?:with|on)\b[^.!?\n]{0,40}\bhowever (?:long|short)\b|\bmade (?:your|her|his|their) peace\b", EN_THREAT_LOOKALIKE),
    (r"\bcarr(?:y|ying|yin|ied)(?: \S+){0,2} (?:you|u|ye|him|her) (?:out|oot) (?:in|of here in) (?:a )?(?:box|coffin|body bag|bag)\b|\b(?:accidents?|something) (?:happen|happens|could happen) (?:\S+ ){0,5}\bi(?:'d| would| will| will) make sure\b|\bi (?:would|will) make sure of it\b", EN_THREAT_LOOKALIKE),
)
EN_BOMB_RULES += (
    # "left something under the waiting room chairs ... get everybody out", "a surprise in locker 12 ... clear the building",
    # "enough stuff in my garage to take out your whole building", "one rag in the right place. whoosh", "it has got a timer on it",
    # "would go up in about four minutes", "places burn down all the time", "a lit cigarette dropped through their mail slot".
    (r"\b(?:left|put|placed|hid|planted|there is|there's) (?:something|a surprise|a present|a package|a little something|a gift) (?:\S+ ){0,5}\b(?:under|in|behind|inside|beneath|by)\b[^.!?\n]{0,120}?(?:[.!?] ?[^.!?\n]{0,80}?)?\b(?:get (?:everybody|everyone|every one|all|them|the \S+) out|clear (?:the|your) (?:building|place|office|floor|station|premises|area)|evacuate|before (?:midnight|noon|\d))", EN_BOMB_LOOKALIKE),
    (r"\benough (?:stuff|gear|kit|chemicals|material|fertili[sz]er|petrol|gas|fuel)\b (?:\S+ ){0,5}(?:to )?(?:take out|flatten|level|blow up|wipe out|destroy) (?:your|the|this|that|a) (?:whole )?(?:\S+ )?(?:building|office|place|branch|shop|store|station|block)\b", EN_BOMB_LOOKALIKE),
    (r"\b(?:one|a) (?:rag|match|spark|lighter|cigarette) in the right place\b|\bwhoosh\b[^.!?\n]{0,40}\b(?:gone|burn|closed|fire)\b|\b(?:it has|it's got|it has got|got) a timer on it\b|\b(?:would|will|could) go up in (?:about |under |less than )?(?:\S+ ){0,2}(?:minutes|seconds)\b|\bplaces (?:burn down|catch fire|go up) all the time\b|\blit (?:cigarette|match|rag)\b[^.!?\n]{0,60}\b(?:through|into|in) (?:their|your|the) (?:mail ?slot|letterbox|letter box|door|window)\b", EN_BOMB_LOOKALIKE),
)
EN_WEAPON_RULES += (
    # "a bat in the trunk with his name on it", "licensed to carry and I carry everywhere", "a hunting rifle ... his hand resting on it",
    # "drove up onto the kerb toward a staff member".
    (r"\b(?:bat|bullet|knife|blade|round|axe|hammer|club)\b (?:\S+ ){0,5}with (?:his|her|your|their|ur) name on it\b|\blicen[sc]ed to carry\b|\bi carry (?:everywhere|at all times|all the time|on me)\b|\b(?:hand|hands) (?:resting|rested|on|placed) on (?:it|the (?:\S+ )?(?:gun|rifle|shotgun|knife|pistol|holster|bat|machete|axe))\b", WEAPON_LOOKALIKE),
    (rf"\b(?:drove|drives|driving|revved|accelerated|mounted) (?:\S+ ){{0,4}}(?:onto|up onto|on to|over) the (?:kerb|curb|pavement|sidewalk|footpath)\b[^.!?\n]{{0,40}}\b(?:toward|towards|at|into) (?:a|the|our|my) (?:\S+ )?{ROLE}\b", EN_THREAT_LOOKALIKE),
)
EN_INJURY_RULES += (
    # "pinned a receptionist against the wall by her throat".
    (r"\b(?:pinned|held|pressed|forced|slammed|shoved|pushed) (?:\S+ ){0,4}(?:against|to|into|up against) (?:the|a) (?:wall|door|counter|floor|desk|car|window|ground)\b[^.!?\n]{0,20}\bby (?:her|his|the|their|my) (?:throat|neck|hair)\b", EN_INJURY_LOOKALIKE),
)
EN_FOLLOW_RULES += (
    # "showed up at my gym ... at the coffee place next to my apartment", "I see her every tuesday on the 7:15 train",
    # "you catch the 5:40 bus ... I'll be at the stop again", "you leave at 4 on weekdays and walk down Kent St",
    # "in the lot every night when I close", "she's off at 9 on Thursdays anyway. parks on level two. I'll just wait",
    # "he follow me with his motorbike", "in the staff car park ... matching her shift end", "photographed her car".
    (r"\b(?:showed up|shows up|turned up|turns up|appeared|was waiting|waits) (?:at|outside|in) (?:my|her|his) (?:gym|apartment|flat|house|home|building|street|church|school|kids' school|daughter's school|son's school|local|coffee place|cafe|pub|bus stop|station)\b|\b(?:at|outside|in) the (?:\S+ ){0,3}(?:next to|opposite|across from|near) (?:my|her|his) (?:apartment|flat|house|home|building)\b", EN_FOLLOW_LOOKALIKE),
    (r"\bi see (?:her|him|you|u) (?:every|each|most) (?:\S+ ){0,2}(?:on|at|in) the\b|\b(?:you|u|she|he) (?:catch|catches|take|takes|get|gets) the \d{1,2}(?::\d{2})?\b|\bi will be at the (?:stop|station|bus stop|platform|car park|door) (?:again|tomorrow|tonight|same time)\b", EN_FOLLOW_LOOKALIKE),
    (r"\b(?:you|u|she|he) (?:leave|leaves|finish|finishes|are off|is off|get off|gets off|clock off|clocks off) at \d{1,2}(?::\d{2})? (?:on|every) (?:weekdays|weekends|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|\w+days)\b|\b(?:parks|parks her car|parks his car) (?:on|in) (?:level|the|row|bay)\b[^.!?\n]{0,30}\bi will (?:just )?wait\b|\bi will (?:just )?wait\b[^.!?\n]{0,20}$", EN_FOLLOW_LOOKALIKE),
    (r"\b(?:he|she|they|the customer|the man|the guy) follow(?:s|ed)? (?:me|her|him|us) (?:\S+ ){0,3}(?:with|on|in) (?:his|her|their|a) (?:motorbike|bike|car|scooter|van|truck)\b|\bfollow(?:s|ed)? (?:me|her|him) (?:\S+ ){0,4}until (?:near )?(?:my|her|his) (?:room|home|house|flat|apartment|door|street|building)\b", EN_FOLLOW_LOOKALIKE),
    (r"\b(?:staff car ?park|staff parking|employee car ?park|employee parking|staff entrance|staff exit)\b[^.!?\n]{0,120}\b(?:shift end|shift ends|shift finishing|end of (?:her|his|their) shift|when (?:she|he|they) (?:finish|finishes|leaves|leave|clock off))\b|\b(?:photographed|took (?:photos|pictures|a photo|a picture) of|filmed) (?:her|his|their|the (?:\S+ )?(?:staff member|employee|cashier|nurse|agent|clerk|driver|associate|receptionist|teller)'s|my) (?:car|house|home|front door|flat|number plate|licen[cs]e plate)\b", EN_FOLLOW_LOOKALIKE + r"|\b(?:damage|dent|dents|scratch|scratches|accident|collision|insurance|claim|parking ticket|parked (?:across|in))\b"),
    (r"\b(?:in|at) the (?:\S+ ){0,3}(?:lot|car park|parking lot|carpark) every (?:night|evening|day) when (?:i|we|she|he) (?:close|closes|lock up|locks up|finish|leave)\b", EN_FOLLOW_LOOKALIKE),
)

JA_THREAT_RULES += (
    # 「二度と笑えないようにして差し上げます」「自分の足で家帰れたららっきー」「無事でいられると思わんほうがええ」「無事で済むと思うなよ」
    (r"二度と(?:笑え|歩け|立て|喋れ|しゃべれ|口きけ|働け|外歩け|外を歩け|人前に出られ)(?:ない|ん|へん|ねえ|なく)|自分の足で[^。！？!?\n]{0,8}?(?:帰れ|歩け|立て)(?:たら|ると思|る思)|無事で(?:いられ|済む|すむ|おれ|帰れ)(?:る)?と思(?:う|わ)(?:な|ん|ない)", JA_THREAT_LOOKALIKE),
    # 「お前まじで消すぞ」「一言言えば終わり」「首へし折りに来る」「同じ目に遭わせたる」「顔に一発ずつ撃ち込んでやろうか」「朝刊に載せたろか」
    (r"(?:お前|おまえ|あんた|てめえ|てめー|貴様|きさま)[^。！？!?\n]{0,6}?消す(?:ぞ|からな|で|けん|けえ|わ)|一言(?:言えば|いえば|言うたら)(?:終わり|おしまい)|首(?:を)?へし折|同じ目に遭わせ(?:たる|てやる|るぞ|たろか)|撃ち込(?:んで(?:やろうか|やる|やろか|やるぞ|やった)|むぞ|んだる|んだろか)|(?:朝刊|新聞|にゅーす)に(?:載せ|のせ)(?:たろか|てやろうか|たる|てやる|てやるぞ)", JA_THREAT_LOOKALIKE),
    # 「長生きなさらない方が世の中のため」「私が何とかして差し上げても」「御身の安全…保証いたしかねます」「ええ保険入れといた方がええよ。近いうちに要るようになる」
    (r"長生き(?:なさらない|しない|せん|できない|できん)(?:方|ほう)が|(?:私|わたくし|俺|わし)が(?:何とか|なんとか|始末|片付け)(?:して|し)(?:差し上げ|さしあげ|あげ|やっ)|(?:御身|身)の安全[^。！？!?\n]{0,24}?(?:保証|保障)[^。！？!?\n]{0,4}?(?:いたしかね|しかね|できかね)|(?:嫁|妻|奥さん|子ども|子供|家族)[^。！？!?\n]{0,20}?保険[^。！？!?\n]{0,20}?(?:方が(?:ええ|いい)|要る|いる)|近いうちに(?:要る|必要に)(?:ようになる|なる)", JA_THREAT_LOOKALIKE),
)
JA_BOMB_RULES += (
    # 「開けたらどかんいくやつ」「みんなまとめて吹っ飛ぶやつや」「局ごと吹き飛ぶかもな」「時限式やから」「爆発物を仕掛けた」
    (r"開けたら(?:どかん|ぼかん|ばーん|どーん|爆発|吹っ飛|ぼん)|(?:まとめて|みんな|全員|局ごと|店ごと|びるごと|建物ごと|会社ごと)[^。！？!?\n]{0,6}?(?:吹っ飛|吹き飛|ふっ飛|ふき飛|ふっとぶ)|時限(?:式|爆弾|装置)|爆発物を(?:仕掛け|しかけ|置い|設置)", JA_BOMB_LOOKALIKE),
    # 「木造やろ。よう燃えるやろなあ」「空気の乾いた、よく燃える季節」「部屋燃やして出てったる」「物理的に消えていただく」
    (r"(?:よう|よく|良く)燃える(?:やろ|だろ|でしょ|季節|んや|んよ|と思|なあ)|燃やして(?:出て|帰っ|逃げ)|物理的に(?:消え|なくな|無くな)", JA_BOMB_LOOKALIKE + r"|薪|炭|ごみ|ゴミ|分別|かろりー|脂肪"),
)
JA_WEAPON_RULES += (
    # 「鉈とか斧とか車に積んどるんよ。…作業員の前でそれ出して見せたろか」「すぷれー缶を出して運転士の顔の前で振る」「丸のこ…刃を回したまま担当者の方に向けた」
    (r"(?:鉈|斧|刃物|包丁|ないふ|ばっと|猟銃|銃|かったー)(?:[^。！？!?\n]{0,30}?|[^。！？!?\n]{0,24}?。[^。！？!?\n]{0,30}?)(?:出して|見せ)(?:たろか|てやろうか|たる|てやる|たるわ)|(?:すぷれー|催涙|丸のこ|ちぇーんそー|電動のこぎり|電動工具)[^。！？!?\n]{0,40}?(?:顔の前|顔に向け|方に向け|のほうに向け|に向け)|かけられたいん(?:か|や)", JA_WEAPON_LOOKALIKE),
    # 車を人に向ける:「急発進させて誘導員の立っている方向に向け」「次はぶれーき踏まんぞ」
    (r"(?:急発進|あくせる)[^。！？!?\n]{0,30}?(?:方向に向け|方に向け|のほうに向け|に向かって|めがけ)|ぶれーき(?:踏まん|踏まない|かけん|かけない|踏まへん)(?:ぞ|で|からな)", JA_WEAPON_LOOKALIKE),
    # 「猟銃の手入れついでに挨拶してやる」
    (r"(?:猟銃|散弾銃|らいふる|空気銃|えあがん)[^。！？!?\n]{0,16}?(?:ついでに|持って)[^。！？!?\n]{0,8}?(?:挨拶|あいさつ|会いに|行って|いって)", None),
)
JA_INJURY_RULES += (
    # 「ねくたいをつかんで引き寄せ、首が締まる」「熱いすーぷの入った丼を…投げ返され」「腕に噛みついた」「両手で突き飛ばしました。…後頭部を陳列台で打って」
    (r"首が(?:締ま|しま|絞ま)|(?:熱い|熱々|あつあつ|熱湯|煮えたぎ)[^。！？!?\n]{0,36}?(?:投げ|かけ|ぶちまけ|浴びせ)|(?:腕|手|指|肩|足|首)に(?:噛み|かみ)つ", JA_ATTACK_LOOKALIKE),
    (r"突き飛ば(?:し|さ|す)(?:[^。！？!?\n]{0,30}?|[^。！？!?\n]{0,24}?。[^。！？!?\n]{0,30}?)(?:転倒|転ん|倒れ|尻もち|しりもち|ぶつけ|けが|怪我|搬送|骨折|打っ|打撲)", JA_ATTACK_LOOKALIKE),
)
JA_FOLLOW_RULES += (
    # 「○○駅で降りよったろ？あっち住んどると？」「しふと上がりの時間も知っとる」「火曜と金曜は夕方6時上がりですよね」「裏口から出て…知ってます」
    (r"駅で降り(?:よった|てた|とった|た)(?:ろ|やろ|でしょ|よね|じゃろ)|住んど(?:ると|るん)[？?]|上がり(?:の時間)?(?:も|を)?[^。！？!?\n]{0,6}?知っ(?:とる|てる|ている)|\d{1,2}時上がり(?:ですよね|やろ|でしょ|だよね|じゃろ)|(?:裏口|通用口)から出て[^。！？!?\n]{0,30}?知って", JA_FOLLOW_LOOKALIKE),
    # 「帰り道、…自転車で通られるのをお見かけしました」「いつも裏の自転車置き場から出てくるもんな」「今日も待っとく」「上がる時間さ合わせて来る」「なんばーまで言われ」
    (r"帰り道[^。！？!?\n]{0,30}?(?:お見かけ|見かけ|見まし|見た)", r"(?:送って|迎え|一緒に帰|同僚|家族|友人|友達)"),
    (r"いつも[^。！？!?\n]{0,16}?(?:から|を)出てくる(?:もんな|よね|やろ|でしょ|の)|今日も待っ(?:とく|てる|てます|とる)|(?:上がる|上がり|退勤|帰る)時間(?:さ|に)合わせて(?:来|く)|なんばーまで(?:言われ|知って|覚え)", JA_FOLLOW_LOOKALIKE),
    # 「自宅近くのばす停で…同じばすに乗り、降りる停留所まで降りなかった」「いつも○○駅の南口から出て…信号を渡っていますね」
    (r"(?:降りる|降りた)(?:停留所|駅|ところ)まで(?:降りな|ついて|付いて)|いつも[^。！？!?\n]{0,20}?(?:から出て|を渡って|を通って)[^。！？!?\n]{0,20}?(?:ますね|ますよね|てるよね|とるよね|やろ)", JA_FOLLOW_LOOKALIKE),
)



# --- Broader wordings, sixth pass (three more training writers: C, D and E) ------------------

EN_WEAPON_RULES += (
    # "that is what I will be holding when I come down the stairs" after "my late father's twelve-bore".
    (rf"\b{STRONG_WEAPON}\b[^\n]{{0,200}}?\b(?:that|this|it) is what (?:i|we) (?:will|am going to|am gonna|shall) (?:be )?(?:holding|carrying|bringing|using|answering the door with|greeting \S+ with)\b", WEAPON_LOOKALIKE),
    # "next time he comes up my drive the louisville slugger is behind the front door".
    (rf"\b(?:next time|the next time|when|if|the moment|as soon as) (?:he|she|they|you|u|your \S+|ur \S+|one of your \S+|that \S+) (?:\S+ ){{0,4}}(?:comes?|turns? up|shows? up|knocks?|sets? foot|lets? (?:himself|herself|themselves) in)\b[^.!?\n]{{0,60}}\b{STRONG_WEAPON}\b", WEAPON_LOOKALIKE),
    # "showed her what she describes as "a long blade"", "what looked like a machete".
    (rf"\b(?:what (?:she|he|they|i|we) (?:describes?|described|called|calls?|thought was|think was|took to be) as|what (?:looked|appeared) to be|what looked like)\W+(?:a|an|some) (?:\S+ ){{0,3}}{STRONG_WEAPON}\b", WEAPON_LOOKALIKE),
    # "said it is acid, and that he will throw it on her face".
    (r"\b(?:acid|bleach|ammonia|corrosive)\b[^\n]{0,80}?\b(?:throw|throws|threw|splash|splashes|pour|pours|chuck|chucks|fling|flings|spray|sprays) (?:it|this|that|them) (?:on|in|at|over|into) (?:your|her|his|their|ur|my) (?:face|eyes)\b|\b(?:throw|threw|splash|pour|chuck|fling|spray)\w* (?:acid|bleach|ammonia) (?:on|in|at|over|into) (?:your|her|his|their|ur) (?:face|eyes)\b", WEAPON_LOOKALIKE),
    # "a little something in the glovebox that'll wipe the smile off him".
    (r"\b(?:a little something|something|a little friend|a surprise|a present)\b (?:\S+ ){0,2}(?:in|under) (?:the|my|his) (?:glovebox|glove box|boot|trunk|waistband|pocket|jacket|coat|bag|sleeve|car|van|drawer)\b[^.!?\n]{0,40}\b(?:wipe the smile|sort (?:him|her|you|them) out|change (?:his|her|your) mind|make (?:him|her|you|them) (?:think|listen|regret)|shut (?:him|her|you|them) up|deal with (?:him|her|you|them))", WEAPON_LOOKALIKE),
    # "a screwdriver filed down to a point up my sleeve", "a bottle smashed, holding it by the neck".
    (r"\b(?:filed|ground|sharpened|whittled) (?:down )?to a (?:point|spike|fine point)\b|\b(?:screwdriver|spike|syringe|needle|blade|knife|shank|shiv)\b (?:\S+ ){0,6}(?:up|in|under|down) (?:his|her|their|my) (?:sleeve|waistband|sock|boot)\b", WEAPON_LOOKALIKE),
    (r"\b(?:holding|held|grabbed|gripping|gripped|waving|waved|wielding|with|picked up|brandishing) (?:a|an|the|his|her) (?:smashed|broken|jagged|shattered) (?:\S+ )?(?:bottle|glass|pint glass|pint)\b", WEAPON_LOOKALIKE),
    # "rested it across his knees for the whole meeting" (a weapon kept on show).
    (rf"\b(?:brought|carried|had|with) (?:a|an|his|her) {STRONG_WEAPON} (?:and |which he |which she )?(?:rested|laid|kept|propped|balanced|put|placed) (?:it )?(?:across|on|over) (?:his|her|their) (?:knees|lap|shoulder|legs)\b", WEAPON_LOOKALIKE),
)
EN_THREAT_RULES += (
    # Driving at someone: "I'm putting my foot down and driving straight into him".
    (r"\b(?:i am|i will|i'll|i'm|gonna|going to|will|would|and)\b(?: \S+){0,6} (?:driv(?:e|ing)|plough(?:ing)?|plow(?:ing)?|revers(?:e|ing)|accelerat(?:e|ing)|mow(?:ing)?) (?:my car |the car |my van |the van |it )?(?:straight |right |full speed )?(?:into|at|through) (?:him|her|you|u|them|your (?:\S+ )?{ROLE}|the (?:\S+ )?(?:driver|staff|cashier|guard|queue|crowd))\b".replace("{ROLE}", ROLE), EN_THREAT_LOOKALIKE),
    # "you'll get this in your face", "I go kill am", "they won't be coming home one of these days".
    (r"\b(?:you|u|he|she|they) (?:will|are gonna|are going to|is going to|is gonna) get (?:this|it|one|that) (?:in|across|over|round) (?:your|ur|his|her|their|the) (?:face|head|teeth|mouth|skull|neck)\b", EN_THREAT_LOOKALIKE),
    (r"\b(?:i go|i fit|i wan|make i|i don|we go|una go|dem go) (?:\S+ ){0,2}(?:kill|shoot|stab|wound|cut|finish|deal with|waste) (?:am|una|dem|you)\b", EN_THREAT_LOOKALIKE),
    (r"\b(?:they|you|u|she|he|your \S+|ur \S+) (?:will not|won't|wont|might not|may not) (?:be )?(?:coming|come|getting|get|making it|make it|going) home (?:one of these days|one day|some day|someday|ever again|again|in one piece|alive)\b", EN_THREAT_LOOKALIKE),
    # Threats to staff through their children: "you'd want to see them grow up", "shame if they had to grow up without their mum".
    (r"\b(?:want|like|hope) to see (?:them|your (?:\S+ )?(?:kids|children|son|daughter|little ones)|her|him) grow up\b|\b(?:shame|pity|awful|terrible|sad|tragic)\b (?:\S+ ){0,2}if (?:they|you|u|she|he|your \S+) (?:had to grow up without|did not get the chance|never got the chance|never got to grow|lost (?:their|your|her|his) (?:mum|dad|mother|father|mom))\b", EN_THREAT_LOOKALIKE),
    # "she won't make it to her wedding in June".
    (r"\b(?:will not|won't|wont|not going to|never gonna|is not going to|are not going to) (?:see|make it to|live to see|be around for) (?:your|her|his|their|ur) (?:next |own |big )?(?:wedding|graduation|retirement|anniversary|birthday|holiday|baby|due date|pension|kids growing up)\b", EN_THREAT_LOOKALIKE),
    # Violence told as a record: "did six years for less", "put two men in hospital over less", "what I'm going to do to that teacher".
    (r"\b(?:did|done|served|doing|got) (?:\w+ )?(?:years?|months|time|a stretch|bird|porridge) for (?:less|a lot less|much less|stabbing|glassing|opening|cutting|killing|hurting|battering|murder|manslaughter|gbh|assault|wounding)\b|\b(?:put|sent|landed) (?:\w+ ){0,2}(?:men|people|blokes|guys|lads|of them|someone|somebody|a man|a bloke|a guy|folk) in (?:hospital|the hospital|intensive care|a&e|the morgue|a wheelchair|the ground)\b", EN_THREAT_LOOKALIKE),
    (rf"\bwhat (?:i am|i will|i'll|we are|we will) (?:going to|gonna|about to) do to {PERSON}\b", EN_THREAT_LOOKALIKE),
    # "it won't be mum they're zipping into a bag", "a body bag".
    (r"\bzip\w* (?:\S+ ){0,3}in(?:to)? a (?:body )?bag\b|\bin(?:to)? a body ?bag\b", EN_THREAT_LOOKALIKE),
    # "nothing left to lose ... I know what time that office empties"; "make sure their life insurance is paid up".
    (r"\bnothing (?:left )?to lose\b[^\n]{0,200}?\bi know (?:where|what time|when|his name|her name|their names|the \S+ name)\b", EN_THREAT_LOOKALIKE),
    (r"\bmake sure (?:your|their|his|her|ur) (?:life insurance|will|funeral plan|affairs) (?:is|are) (?:paid up|up to date|in order|sorted)\b|\bget (?:your|their|his|her|ur) affairs in order\b", EN_THREAT_LOOKALIKE),
    # "If my dad doesn't wake up tomorrow, that doctor doesn't either."
    (r"\bif (?:\S+ ){1,4}(?:does not|do not|will not) (?:wake up|make it|pull through|survive|come home|walk again)\b[^.!?\n]{0,40}\b(?:neither (?:does|will|do) (?:you|he|she|that \S+|the \S+)|(?:you|u|he|she|they|that \S+|the \S+) (?:does not|do not|will not) either)\b", EN_THREAT_LOOKALIKE),
    # "I know people who make bombs", "I will blast your reservation counter".
    (r"\bknow (?:\S+ ){0,2}(?:people|guys|someone|somebody|men|lads) who (?:make|makes|build|builds|can make|can get|supply) (?:bombs|explosives|pipe bombs|guns|weapons)\b", EN_THREAT_LOOKALIKE),
    # "the kid screamed 'you're going to kill me'" is set aside by the look-alike; a swing at someone is an attack.
)

# The word itself thrown at someone: "he screamed kill at me three times", "kept saying kill kill kill",
# and an intent to kill with no victim named: "he kept saying he wants to kill", "said she is going to
# murder someone". The word must stand alone (then "at", an end or a count), so "shouting kill the
# lights" or "wants to kill time" stay out; a customer's own venting ("I could kill someone") is no
# third-person intent and stays with the danger reader.
_SHOUT_VERB = (
    r"(?:scream|shout|yell|roar|bellow|holler|chant|growl|hiss|mutter|snarl|bark|repeat|whisper)(?:s|ed|ing)?"
    r"|(?:kept|keeps|kept on|keep|started|starts|began|was|were|is|are|would not stop|wouldn't stop|did not stop|didn't stop) "
    r"(?:saying|repeating|screaming|shouting|yelling|chanting|muttering|whispering|going)"
)
_ALONE_AFTER = (
    r"(?=\W*(?:$|[.!?,;:\n)]|at\b|to (?:me|us|her|him|them|my|our|the)\b|over and over|again|repeatedly|and\b|while\b|as\b|"
    r"\d|once|twice|three|four|five|several|many|a few|loudly|into))"
)
_THIRD_PERSON = r"(?:he|she|they|he's|she's|they're|customer|caller|man|woman|guy|bloke|lady|patient|passenger|guest|client|visitor|member|resident|tenant|driver|shopper|father|mother|husband|wife)"
EN_THREAT_RULES += (
    (
        rf"\b(?:{_SHOUT_VERB})\W{{1,3}}(?:kill|murder)(?:\W{{1,3}}(?:kill|murder))*\W{{0,3}}{_ALONE_AFTER}",
        EN_THREAT_LOOKALIKE,
        # A child shouting at a screen, a game's players, a song: the word is play, not a threat.
        {"sentence_guard": r"\b(?:toddler|child|kid|baby|little boy|little girl|son|daughter|kids|children|players|gamers) (?:\S+ ){0,3}(?:kept|keeps|was|were|started|began|screamed|shouted|yelled|chanted)\b|\b(?:cartoon|video game|game|zombies?|villain|dragon|monster|karaoke|song|lyrics|chorus)\b"},
    ),
    (
        rf"\b{_THIRD_PERSON} (?:\S+ ){{0,2}}(?:wants?|wanted|wanting|is going|was going|were going|are going|going|gonna|"
        r"planning|plans|planned|was about|is about|is ready|was ready|vowed|vows|swore|swears|means|meant|intends|intended) "
        r"to (?:kill|murder)(?=\W*(?:$|[.!?,;:\n\"'\u201d\u2019)])|\s+(?:someone|somebody|anyone|anybody|everyone|everybody|people|all of (?:you|us|them)|the lot of (?:you|us))\b)",
        EN_THREAT_LOOKALIKE,
    ),
)
EN_BOMB_RULES += (
    (rf"\b(?:will|gonna|going to|i will|i am going to) (?:\S+ ){{0,2}}blast (?:the|this|your|our|that|ur) (?:\S+ ){{0,2}}{PLACE}\b", EN_BOMB_LOOKALIKE),
    # "mailing a pipe bomb to our office".
    (r"\b(?:mail|mailing|mailed|send|sending|sent|post|posting|posted|deliver|delivering|ship|shipping) (?:\w+ ){0,3}(?:a |an |some )?(?:\S+ )?(?:bomb|bombs|pipe bomb|nail bomb|letter bomb|parcel bomb|explosive|explosives|ied|grenade|incendiary)\b", EN_BOMB_LOOKALIKE),
    # "something in there that'll make this lobby disappear", "there won't be an office left".
    (rf"\b(?:something|stuff|enough|a little something|a surprise)\b (?:\S+ ){{0,3}}(?:that|which|to|that'll|thatll) (?:will |would |could |is going to |can )?make (?:this|the|your|that|our|ur) (?:\S+ ){{0,2}}{PLACE} (?:disappear|vanish|go away|go boom|go up|a crater|history)\b|\bthere (?:will not|won't|wont|will be no|is not going to) (?:be )?(?:an? |any )?(?:\S+ )?{PLACE} left\b", EN_BOMB_LOOKALIKE),
    # Warmth and bonfires beside fuel: "warm your depot up for you. Petrol's cheap enough", "see how warm it can get in here" (diesel).
    (r"(?:\bwarm (?:your|the|this|that|ur) (?:\S+ ){0,2}\S+ up\b|\bwarm (?:it|things|you|you lot|yous|them) up\b|\bhow warm it (?:can|could|will|is going to) get\b|\bbonfire\b|\blight (?:\S+ ){1,3}up\b)[^\n]{0,200}?\b(?:petrol|diesel|fuel|lighter|lighters|matches|zippo|accelerant|gasoline|kerosene|paraffin|unleaded|jerry ?cans?)\b|\b(?:petrol|diesel|fuel|accelerant|gasoline|kerosene|paraffin|unleaded|jerry ?cans?)\b[^\n]{0,200}?(?:\bwarm (?:your|the|this|that|ur) (?:\S+ ){0,2}\S+ up\b|\bhow warm it (?:can|could|will) get\b|\b(?:nice |big |little )*bonfire\b(?! night)|\blight (?:\S+ ){1,3}up\b|\bmarshmallows\b)", EN_BOMB_LOOKALIKE),
    # Fuel with a flame: "10 litres of unleaded and a zippo", "a jerry can and a box of matches".
    (r"\b(?:jerry ?cans?|petrol|gasoline|diesel|fuel|lighter fluid|unleaded|kerosene|paraffin)\b[^.!?\n]{0,40}\b(?:and|\+|&|plus|with) (?:a |some |my |his )?(?:box of matches|matches|lighter|zippo|match|blowtorch|rag)\b", EN_BOMB_LOOKALIKE),
    # "the whole unit goes up", "would go up lovely with all that cardboard", "light the place up", "sleeping in the ashes".
    (r"\bwhole (?:\S+ )?(?:unit|place|building|shop|store|office|lot|warehouse|depot|site|branch) (?:goes|will go|is going to go|gonna go|go|would go) up\b|\b(?:go|going|goes|went|would go|will go) up (?:lovely|a treat|like tinder|like a torch|in seconds|so fast|quick|easy|like a match)\b|\blight (?:the|this|your|that|ur) (?:place|building|shop|store|office|depot|branch) up\b|\b(?:sleeping|sleep|living|standing|working) in the (?:ashes|rubble|ruins)\b", EN_BOMB_LOOKALIKE),
    (r"\b(?:shame|pity|sad|terrible|awful) if (?:\S+ ){0,4}(?:lit|lights|struck|strikes|dropped|drops|flicked) a (?:match|lighter|cigarette|fag|flame)\b", EN_BOMB_LOOKALIKE),
    # "left us "a present in the disabled loo, best all be outside by three"".
    (r"\b(?:left|put|placed|hid|planted) (?:us |you |them |him |her )?\W?(?:something|a surprise|a present|a package|a little something|a gift)\b[^\n]{0,80}?\b(?:be outside by|be out by|out of the building by|clear the building|be clear by|evacuate by)\b", EN_BOMB_LOOKALIKE),
    # "enough ammonium nitrate in my barn to flatten your depot".
    (rf"\benough (?:\S+ ){{1,3}}(?:in|at|under) (?:my|the|his|her|our) (?:\S+ )?(?:barn|garage|shed|car|van|boot|house|flat|cellar|basement|loft|bag|lock-?up|workshop) to (?:take out|flatten|level|blow up|wipe out|destroy|blow|burn down|torch) (?:your|the|this|that|a|ur) (?:whole )?(?:\S+ )?{PLACE}\b", EN_BOMB_LOOKALIKE),
    # "Want to know what's in my bag? ... Tick, tick."
    (r"\b(?:bag|box|parcel|package|case|rucksack|backpack|holdall)\b[\s\S]{0,120}?\btick\W{1,3}tick\b|\btick\W{1,3}tick\b[\s\S]{0,120}?\b(?:bag|box|parcel|package|case|rucksack|backpack|holdall|boom|bang)\b", EN_BOMB_LOOKALIKE + r"|\btick(?:ing)? (?:the )?box(?:es)?\b"),
    (r"\bjerry ?cans?\b[^.!?\n]{0,120}\b(?:marshmallows|bonfire|toast|see you at)\b", EN_BOMB_LOOKALIKE),
)
EN_INJURY_RULES += (
    # "threw a full glass bottle of cough syrup at my head", "launched it straight at her face".
    (rf"\b(?:threw|throws|hurled|hurls|flung|flings|chucked|chucks|lobbed|launched|slung|pelted) (?:\S+ ){{1,8}}(?:at|into) (?:my|her|his|their|your|ur) {BODY}\b", EN_INJURY_LOOKALIKE + r"|\b(?:ball|balls|frisbee|toy|pillow|cushion|sweets|confetti|kiss|kisses|rice|snowball|glance|look|question|questions|insults?|abuse|words)\b"),
    # "caught him right in the eye", "he swung at me", "kicks conductor in the stomach", "kicked Tom in the knee".
    (rf"\b(?:caught|hit|struck|smacked|clipped|got) (?:him|her|me|them) (?:right |square |straight |full |smack )?(?:in|on) the {BODY}\b", EN_INJURY_LOOKALIKE + r"|\b(?:door|gate|branch|ball|sun|light|wind|rain)\b|\bnail on the head\b"),
    (r"\b(?:swung|lunged|took a swing|threw a punch|aimed a punch|aimed a kick|threw punches|took a swipe) (?:at|for) (?:me|him|her|us|them|my|the \S+|our \S+|your \S+|ur \S+)\b", EN_INJURY_LOOKALIKE + r"|\bswung (?:at|for) (?:the|a) (?:ball|pinata|piñata)\b"),
    (rf"\b(?:kick|kicks|kicked|kicking|punch|punches|punched|punching|hit|hits|hitting|slap|slaps|slapped|headbutt|headbutts|headbutted|elbow|elbows|elbowed|knee|knees|kneed|stamp|stamps|stamped|strike|strikes|struck|smack|smacks|smacked|thump|thumps|thumped) (?:\S+ ){{1,3}}(?:in|on) the (?:{BODY}|stomach|chest|belly|groin|ribs|temple|gut)\b", EN_INJURY_LOOKALIKE + r"|\bnail on the head\b|\b(?:ball|post|bar|wall|door|machine|tyre|tire|bin)\b"),
    # "booted him down my front steps".
    (r"\b(?:booted|kicked|pushed|shoved|threw|knocked|chucked|launched) (?:him|her|them|me|the \S+|your \S+|ur \S+) (?:\S+ ){0,2}(?:down|off|over) (?:the|my|his|her|our|their|a|your) (?:\S+ ){0,2}(?:steps|stairs|staircase|step|porch|platform|balcony|ledge|edge|bus step)\b", EN_INJURY_LOOKALIKE),
    # "emptied a bowl of hot pepper soup over a waitress's arm".
    (rf"\b(?:poured|pours|emptied|empties|tipped|tips|dumped|dumps|splashed|splashes|threw|flung|chucked) (?:\S+ ){{0,6}}(?:over|on|onto|down|into) (?:the|a|an|our|my|his|her|your|their) (?:\S+ )?{ROLE}(?:'s|s'|')? (?:\S+ )?{BODY}\b", EN_INJURY_LOOKALIKE),
    # "I hope the hot coffee in your lap taught you some manners".
    (r"\b(?:hot|boiling|scalding) (?:coffee|tea|water|soup|drink|oil) (?:in|on|over|all over|down) (?:your|her|his|their|ur) (?:lap|face|head|hands?|arms?|chest|legs?)\b[^.!?\n]{0,40}\b(?:taught|teach|lesson|deserved|serves|manners|next time)\b", EN_INJURY_LOOKALIKE),
    # "Got headbutted by a patient's husband".
    (r"\b(?:got|get|gets|was|were|been|being) (?:\S+ )?(?:punched|kicked|headbutted|head-butted|slapped|smacked|thumped|elbowed|kneed|strangled|choked|stabbed|slashed|glassed|bottled|decked|spat on|spat at|attacked|assaulted|shoved|scratched) (?:\S+ ){0,2}by (?:a|an|the|this|that|some|one|his|her|their|another) (?:\S+ ){0,2}(?:customer|patient|man|woman|guy|bloke|lad|husband|wife|son|daughter|father|mother|dad|mum|relative|member|passenger|guest|client|tenant|resident|visitor|caller|shopper|diner|drunk|youth|teenager|punter|parent|boyfriend|girlfriend|partner|\w+'s \w+)\b", EN_INJURY_LOOKALIKE),
)
EN_FOLLOW_RULES += (
    # Finding out where staff live: "worked out where she lived", "found out which HDB block she stay", "I've seen where she parks".
    (r"\b(?:worked|work|found|find|figured|figure|finds|works) out (?:where|which (?:\S+ ){0,2}(?:block|house|flat|building|street|road|estate|school|bus|train|stop|station|car)) (?:she|he|you|u|they) (?:lives?|lived|living|stays?|stayed|staying|takes?|parks?|parked|goes|go|went)\b|\b(?:i have seen|i saw|i know|i found|i have found) where (?:she|he|you|u|they) (?:parks?|lives?|stays?|sleeps?|goes|drinks|trains)\b|\bi know where (?:you|u|she|he|they) (?:are staying|is staying|stay|stays|live|lives|park|parks|sleep|sleeps)\b", EN_FOLLOW_LOOKALIKE),
    (r"\b(?:turn|turned|turns|turning|show|showed|shows|showing) up (?:on|at) (?:her|his|your|ur|their) (?:doorstep|front door|door|house|home|flat|family home)\b|\b(?:appeared|turned up|showed up|was seen|waiting|standing|sitting|parked|loitering|lurking) (?:\S+ ){0,2}(?:outside|at|near|by|opposite) (?:her|his|their|your|ur) (?:family|own) (?:home|house)\b", EN_FOLLOW_LOOKALIKE),
    # "I will wait for him downstairs every night", "waiting downstairs at the void deck".
    (r"\bwait\w* (?:\S+ ){0,3}(?:downstairs|at the void deck|at the lift lobby|outside (?:her|his|your|ur|their) (?:block|flat|house|building|door))\b|\bwill wait for (?:him|her|you|u|them) (?:\S+ ){0,3}(?:every (?:night|day|evening|morning)|downstairs|outside|after (?:work|your shift|his shift|her shift))\b", EN_FOLLOW_LOOKALIKE),
    # "You finish at half five... I'll see you at Barking station", "She finishes at ten... I'll catch her there".
    (r"\b(?:finish|finishes|leave|leaves|get off|gets off|clock off|clocks off|knock off|knocks off)\b[^\n]{0,60}?\bi (?:will|am going to|am gonna) (?:see|catch|meet|find|get) (?:you|u|her|him) (?:at|by|outside|in|there|on)\b", EN_FOLLOW_LOOKALIKE),
    (r"\bi (?:will|am going to|am gonna) (?:just )?(?:wait|be waiting|be) (?:\S+ ){0,2}(?:by|at|outside|near|round) the (?:back|staff|side|rear|employee|service|loading) (?:gate|door|entrance|exit|bay|yard)\b", EN_FOLLOW_LOOKALIKE),
    # "I follow her yesterday already", "I was outside when you locked up".
    (r"\bi (?:follow|followed|tail|tailed|track|tracked) (?:her|him|you|u|them) (?:yesterday|last night|home|already|today|after|from|to|all the way)\b", EN_FOLLOW_LOOKALIKE),
    (r"\bi (?:was|am|will be|have been) (?:\S+ ){0,2}(?:outside|there|waiting|watching|behind you|across the road|in the car park|parked) when (?:you|u|she|he) (?:locked up|lock up|left|leave|finished|finish|closed up|close up|came out|come out|clocked off|got off|went home|walked out)\b", EN_FOLLOW_LOOKALIKE),
    # "sat in my car outside her place last nite".
    (r"\b(?:sat|sitting|waited|waiting|parked|stood|standing|lurking|loitering) (?:\S+ ){0,4}(?:outside|opposite|across from) (?:her|his|your|ur|their) (?:place|house|home|flat|apartment|building)\b", EN_FOLLOW_LOOKALIKE + r"|\b(?:deliver\w*|parcel|package|taxi|cab|uber|lift|pick ?up|collect\w*|appointment|visit|engineer|repair|install\w*|booking)\b"),
    # "following the van on three separate rounds", "waiting beside receptionist K.'s car".
    (r"\b(?:following|followed|tailing|tailed|trailing|trailed) (?:the|our|my|her|his|their|your) (?:\S+ )?(?:van|truck|lorry|car|bus|cab|taxi|bike|scooter|vehicle|ute)\b (?:\S+ ){0,4}(?:on|for|around|from|to|every|each|again|all day|three|two|several|\d)\b", EN_FOLLOW_LOOKALIKE + r"|\b(?:police|ambulance|escort|convoy|satnav|sat nav|directions|route|routes|map|maps|timetable|signs?|diversion|lane)\b"),
    (r"\b(?:waiting|waited|standing|stood|sitting|sat|loitering|lurking|hanging around) (?:beside|by|next to|near|behind) (?:(?:her|his|your|ur|their|the) )?(?:\S+ ){0,2}(?:car|van|bike|ute|vehicle|motorbike|scooter)\b[^.!?\n]{0,60}\b(?:staff|employee|car ?park|after (?:her|his|their|the) (?:\S+ )?shift|at \d)", EN_FOLLOW_LOOKALIKE + r"|\b(?:taxi|uber|cab|chauffeur|valet|pick ?up|lift|tow|breakdown|recovery|jump start)\b"),
    # Photographs of staff's car, home or children: "pics of my car in the staff car park w/ times", "photographed her children".
    (r"\b(?:pics?|pictures?|photos?|videos?|footage|screenshots?) of (?:my|her|his|their|your|ur) (?:car|house|home|flat|front door|door|kids?|children|daughter|son|family|bike|van)\b (?:\S+ ){0,3}(?:in|at|outside|on) (?:the )?(?:staff|employee|her|his|my|your|ur) (?:\S+ )?(?:car ?park|parking|drive|driveway|street|house|home|flat|school)\b|\b(?:w/|with) (?:the )?times on them\b|\b(?:photographed|photographing|filmed|filming|took (?:photos|pictures|pics) of) (?:her|his|their|your|ur) (?:children|kids|son|daughter|family|wife|husband|house|home)\b", EN_FOLLOW_LOOKALIKE),
    # Staff's children watched: "saw ur little girl at the school gate", "outside her children's primary school", "named her two children and the school".
    (r"\b(?:saw|seen|spotted|watched|noticed) (?:your|ur|her|his) (?:little |lovely |cute |two |young )?(?:girl|boy|kids?|children|son|daughter|little ones?)\b (?:\S+ ){0,3}(?:at|outside|near|by|leaving|walking (?:to|from|out of)|getting (?:on|off)) (?:the |her |his |their )?(?:\S+ )?(?:school|school gates?|gates?|nursery|playground|park|bus stop|club|practice|lesson)\b", EN_FOLLOW_LOOKALIKE),
    (r"\b(?:standing|stood|waiting|waited|sitting|sat|parked|loitering|hanging around|turned up|turning up|appeared|seen) (?:\S+ ){0,3}(?:outside|at|near|by) (?:her|his|your|ur|their) (?:\S+ ){0,2}(?:children's|kids'|kid's|son's|daughter's|child's) (?:\S+ )?(?:school|nursery|school gates?|club|class|practice)\b|\bnamed (?:her|his|their|your) (?:\S+ )?(?:children|kids|son|daughter|sons|daughters) and (?:the|which) (?:school|nursery)\b", EN_FOLLOW_LOOKALIKE),
    # "Saw you at the big Tesco ... after your night shift", "was at my bus stop on sunday".
    (r"\b(?:saw|seen|spotted|watched) (?:you|u|her|him) (?:at|in|on|near|by|outside) (?:\S+ ){0,8}after (?:your|ur|her|his|their) (?:\S+ )?(?:shift|work)\b", EN_FOLLOW_LOOKALIKE),
    (r"(?<!\bi )(?<!\bwe )\b(?:was|were|has been|turned up|showed up|appeared) (?:waiting )?(?:at|outside|by|near) (?:my|her|his) (?:bus stop|stop|station|platform|gym|street|road|school gates|local|church|block)\b", EN_FOLLOW_LOOKALIKE),
    # "You live on Beech Road, don't you?", "Your lights were on late", "I was outside your building ... you didn't see me".
    (r"\b(?:you|u|she|he|they|ur \S+|your \S+) (?:\S+ ){0,4}(?:lives?|stays?) (?:on|in|at|near|off|by|round|around) (?:the )?(?:\S+ ){1,4}(?:do not you|does not she|does not he|right|yeah|yea|innit|isn't it|is it not)\W*(?:[?.!\n]|$)|\b(?:your|ur|her|his) lights? (?:were|was|are|is) (?:\S+ )?(?:on|off) (?:late|early|till|until|all night|last night)\b", EN_FOLLOW_LOOKALIKE),
    (r"\bi was (?:\S+ ){0,2}(?:outside|at|near|by|opposite|across from) (?:your|ur|her|his) (?:building|house|home|flat|place|apartment|door|gym|school)\b[^\n]{0,60}\b(?:did not|never) (?:see|notice|spot) me\b", EN_FOLLOW_LOOKALIKE),
    # "waited at the carpark lift lobby for a nurse after her night shift"; "fixed a GPS tracker under the driver's van".
    (rf"\bwait\w* (?:\S+ ){{0,5}}for (?:a|an|the|our|my|her|his|one of (?:our|the|your)) (?:\S+ )?{ROLE}\b[^.!?\n]{{0,40}}\b(?:after (?:her|his|their|the) (?:\S+ )?shift|when (?:she|he|they) (?:finished|left|came out)|to (?:finish|leave|come out)|every (?:night|evening|day))\b", EN_FOLLOW_LOOKALIKE),
    (r"\b(?:fixed|fitted|attached|planted|hid|hidden|stuck|slipped|put|placed) (?:a |an )?(?:gps |bluetooth |hidden )?(?:tracker|tracking device|airtag|air tag|tile tracker)\b (?:\S+ ){0,3}(?:on|under|to|in|inside) (?:the|her|his|their|your|ur) (?:\S+ )?(?:car|van|bike|bag|vehicle|coat|truck|ute)\b", EN_FOLLOW_LOOKALIKE),
    # "what time does your shift finish ... im already in your office car park".
    (r"\bwhat time (?:does|do|will|is) (?:your|ur|you|u) (?:shift )?(?:finish|end|get off|leave|clock off)\b[\s\S]{0,300}?\b(?:car ?park|outside|waiting|parked|next to your|no rush|see you)\b", EN_FOLLOW_LOOKALIKE),
)

JA_WEAPON_RULES += (
    # 車を人に向ける: 「俺の方に向けてアクセル踏み込んできた」「出てきたらそのままアクセル踏むから」「轢く気だった」
    (r"(?:方に|方向に|ほうに|めがけて|に向かって)[^。！？!?\n]{0,6}?(?:あくせる|急発進|突っ込|つっこ)|あくせる(?:を)?(?:踏|ふ)(?:む|み込む|みこむ|んだる|んでやる|み込んだる)(?:から|ぞ|で|わ|けん)|(?:轢|ひ)(?:く気|き殺す気|こうと|いたる|いてやる|いたろか)", JA_WEAPON_LOOKALIKE),
    # 「ゴルフクラブで出迎えたる」「ボウガンで自分で片付けます」
    (rf"(?:{JA_WEAPON_STRONG}|{JA_WEAPON_WEAK}|ばーる|ぼうがん|くろすぼう)で[^。！？!?\n]{{0,8}}?(?:出迎え|お出迎え|迎え|歓迎|挨拶|あいさつ|片付け|片づけ|始末|仕留め|黙らせ|分からせ|わからせ)", JA_WEAPON_LOOKALIKE),
    # 「硫酸もってそっちの受付けの女の顔にかけにいく」
    (r"(?:硫酸|塩酸|劇薬|薬品|酸|熱湯|灯油|がそりん)(?:を)?[^。！？!?\n]{0,24}?(?:顔|目|頭|体)に(?:かけ|ぶっかけ|浴びせ|ぶちまけ)(?:に|て|たる|てやる|るぞ|る)", JA_WEAPON_LOOKALIKE),
    # 「腰のベルトに…刃物をつけて」「バール持ってきてた…肩にかついだまま」「自宅にあるボウガン」
    (rf"(?:腰|べると|ほるすたー)[^。！？!?\n]{{0,16}}?{JA_WEAPON_STRONG}(?:を)?[^。！？!?\n]{{0,3}}?(?:つけ|付け|下げ|さげ|差し|さし|挿し)|(?:ばーる|かなてこ|ぼうがん|くろすぼう|鉄筋)(?:を|が)?[^。！？!?\n]{{0,8}}?(?:持っ|もっ|持ち|担|かつ|振り|握|構え|ある|あん)", JA_WEAPON_LOOKALIKE),
    (r"(?:当たっても|けがしても|怪我しても|死んでも|巻き込まれても)[^。！？!?\n]{0,4}?(?:責任は持て|責任持て|知らん|知らない|しらん|知りません)", JA_WEAPON_LOOKALIKE),
)
JA_THREAT_RULES += (
    # 「息の根止めたる」「骨も残らんようにしてやる」「全員の首絞めに来る」
    (r"息の根(?:を)?(?:止め|とめ)(?:たる|てやる|るぞ|たろか|ちゃる|る(?:から|で|わ|けん))|骨(?:も|まで)?(?:残らん|残らない|残さん|残さない|拾えん|拾えない)|(?:殴り|なぐり|刺し|しばき|首(?:を)?(?:絞め|締め|しめ)|ぼこり|潰し|つぶし|いわし|燃やし)に(?:来る|くる|行く|いく|行っ|いっ|来ます|行きます)(?:から|ぞ|で|わ|けん|けえ|よ)", JA_THREAT_LOOKALIKE + r"|他社|競合|らいばる|売上|業界|市場|商売|しぇあ"),
    # 「これで顔に穴あけたろか」
    (r"(?:顔|体|腹|頭|目)に穴(?:を)?(?:あけ|開け|空け)(?:たろ|たる|てやる|てやろ|ちゃる|るぞ)", JA_THREAT_LOOKALIKE),
    # 「無事でいられる保証は致しかねます」「無事にお家に帰れるといいですねぇ」(家族や学校に触れて)
    (r"(?:ご)?無事で(?:いられ|おられ|済|す)[^。！？!?\n]{0,6}?(?:保証|保障)[^。！？!?\n]{0,6}?(?:いたしかね|致しかね|しかね|できかね|できません|できない|しない|しません|ない)|(?:娘|息子|子ども|子供|お子さん|家族|奥さん|旦那|小学校|中学校|保育園|幼稚園)[^\n]{0,40}?無事に(?:お家|おうち|家|うち)?(?:に|へ)?(?:帰れ|帰って(?:こ|く)れ|戻れ)(?:る)?と(?:いい|ええ|良い)", JA_THREAT_LOOKALIKE),
    # 「窓口で死にます。担当の方も一緒に連れて行きます」「担任刺して自分も死ぬ」
    (r"死[にぬんな][^\n]{0,40}?(?:一緒に連れて(?:行|い)|道連れ|みちづれ)|道連れ(?:に)?(?:する|してやる|したる|にして)|(?:刺して|殺して|刺し殺して|道連れにして)[^。！？!?\n]{0,4}?(?:自分|俺|私|わし|僕)も死", JA_THREAT_LOOKALIKE),
    # 「命で償ってもらう」「同じ苦しみを味わってもらいます」「同じように落としたるからな」
    (r"命で(?:償|つぐな)|同じ(?:苦しみ|痛み|目)を味わ(?:って|わせ)|同じ目に遭わせる(?:[。！!]|$|から|ぞ|で|わ)|同じ(?:ように|目に)[^。！？!?\n]{0,6}?(?:落としたる|したる|してやる|したろか|やったる|殴ったる|刺したる)", JA_THREAT_LOOKALIKE),
    # 「押されたら終わりやからな」「後悔する暇もないようにしたる」「指一本で済むと思うなよ」
    (r"(?:押され|突き落とされ|落とされ|刺され|轢かれ|撃たれ)たら(?:終わり|おしまい|一巻の終わり|ひとたまりもな|助からん|助からない)|後悔する(?:暇|間|ひま)もない(?:ように|よう)|(?:指|腕|足|目|歯|骨)(?:一本|の一本|二本|一つ|片方)?(?:で|じゃ)(?:済む|すむ|済ま|すま)(?:ん|ない|と思う)", JA_THREAT_LOOKALIKE),
    # 「二度と教壇に立てない体に」「二度と歩かれへんようにした」
    (r"(?:立て|歩け|動け|働け|喋れ|しゃべれ|歩かれへん|立たれへん|立てへん|歩けへん)(?:ない)?(?:ような)?(?:体|身体|からだ)に(?:な|し)|二度と[^。！？!?\n]{0,8}?(?:歩|立|働|喋|しゃべ)(?:かれへん|てへん|けへん|けない|れない|れへん)(?:ように|体)", JA_THREAT_LOOKALIKE),
    # 「聞けるうちにな」
    (r"(?:聞け|見れ|見られ|会え|歩け|笑え|喋れ|しゃべれ)る(?:うち|間)に(?:な|ね|や|よ|の)?(?:[。！？!?\n」』]|$)", JA_THREAT_LOOKALIKE),
    # 「消防車も先に呼んでおいた方がいい」
    (r"(?:消防車|救急車)(?:も|を)?[^。！？!?\n]{0,4}?呼んで(?:お|置)(?:いた|いて|き)[^。！？!?\n]{0,4}?(?:方|ほう)が", JA_THREAT_LOOKALIKE),
)
JA_BOMB_RULES += (
    # 「仕掛けておいた。18時にドカンといく」「開けた奴がびっくりするもんや。ドーンってな」
    (r"(?:仕掛け|しかけ|置いて|置いと|開け|中身|荷物|箱|時に|時には|時ちょうど)[^\n]{0,40}?(?:どかん|どっかん|ぼかん|ぼっかん|どーん|どぉーん|ばーん|どっかーん|ぼーん)", JA_BOMB_LOOKALIKE),
    # 「ゴミ置き場、今夜燃えるから」
    (r"(?:今夜|今晩|明日|今日|夜中|近いうち|そのうち|明日の朝|朝までに)[^。！？!?\n]{0,6}?(?:燃える|燃えます|火事になる|灰になる)(?:から|で|ぞ|よ|かも|やろ|と思)", JA_BOMB_LOOKALIKE),
    # 「部屋に火ぃ放り込んでもええ」
    (r"火(?:ぃ|を|も)?(?:放り込|ほうりこ|投げ込|なげこ|投げ入|放り投げ)", JA_BOMB_LOOKALIKE),
    # 「開店前にここで花火上げたるわ」
    (r"花火(?:を)?(?:上げ|あげ|打ち上げ|ぶち上げ)(?:たる|てやる|たろか|ちゃる)", JA_BOMB_LOOKALIKE),
)
JA_INJURY_RULES += (
    # 「整備士の首絞めたの俺」「背中蹴り飛ばした」「店員の肩に振り下ろす」「後頭部を拳で複数回殴る」
    (r"首(?:を|に)?(?:絞め|締め)(?:た|て|られ|上げ)|(?:蹴り|殴り|張り)(?:飛ば|倒)し(?:た|て)|(?:肩|頭|顔|背中|腕|体|頭部|後頭部)に(?:振り下ろ|振りおろ|叩きつけ|打ちつけ|投げつけ)", JA_ATTACK_LOOKALIKE),
    (r"(?:頭部|後頭部|側頭部|顔面|腹部|みぞおち)(?:を|に)[^。！？!?\n]{0,5}?(?:平手で|拳で|こぶしで|げんこつで|ぐーで|素手で)[^。！？!?\n]{0,6}?(?:打|殴|叩|はた|たた)", JA_ATTACK_LOOKALIKE),
    # 「シャワーを最高温度にされて腕にかけられました」
    (r"(?:熱湯|お湯|しゃわー|熱い[^。！？!?\n]{0,6}?)(?:を)?[^。！？!?\n]{0,12}?(?:腕|顔|体|足|手|頭|背中)に(?:かけ|浴びせ|ぶっかけ)(?:られ|て|た)", JA_ATTACK_LOOKALIKE),
    # 「ドアで思いっきり挟んだった」
    (r"(?:挟|踏|蹴|殴|叩|噛|突き飛ば|どつ|しば)(?:んだった|ったった|いたった|したった|んでやった|ってやった|いてやった|してやった)", JA_ATTACK_LOOKALIKE),
)
JA_FOLLOW_RULES += (
    # 「自宅マンションのエントランス前にその方が立っていました」
    (r"(?:自宅|家(?!族|内|具|電|賃|庭)|実家|寮|まんしょん|あぱーと)[^。！？!?\n]{0,10}?(?:えんとらんす|玄関|入口|入り口|門|ろびー|駐車場|駐輪場|郵便受け)(?:の前|前)?(?:に|で)[^。！？!?\n]{0,16}?(?:立って|待って|いた|いました|居た|おった|現れ|座って|張り込)", JA_FOLLOW_LOOKALIKE),
    # 住所や経路を知られた上で現れる: 「住所をお伝えしたことは一度もありません」「通勤経路を調べ…並走」「シフト全部把握した…駐車場で待ってみる」
    (r"(?:立って|待って|いました|現れ|声をかけ|見かけ|投函|いた)[\s\S]{0,80}?(?:住所|自宅|家|通勤経路|園|学校)(?:を|は|の場所は)[^。！？!?\n]{0,8}?(?:教え|伝え|話し|言っ|公開し)(?:た|て)(?:こと(?:は|も)|おら|いな)", JA_FOLLOW_LOOKALIKE),
    (r"(?:るーと|経路|勤務(?:表|時間)|しふと|予定|時間割)(?:を|も)?[^。！？!?\n]{0,10}?(?:全部|ぜんぶ)?(?:把握|調べ|突き止め|特定)し[^\n]{0,40}?(?:待って|待ち伏せ|先回り|現れ|並走|待っ)", r"(?:会社|本部|営業所|管理者|上司|しすてむ|あぷり|gps|効率|最適|配車|ご案内)"),
    (r"(?:るーと|経路|行き先|配達先|訪問先|家|駅)[^。！？!?\n]{0,10}?先回り|並走(?:し|して)(?:ながら)?[^。！？!?\n]{0,20}?(?:話しかけ|声をかけ|見て|叫|怒鳴)", JA_FOLLOW_LOOKALIKE),
    # 「お迎え時間に合わせて園の門の前にいました」
    (r"時間に合わせて[^。！？!?\n]{0,12}?(?:前|門|外|入口|出口|駅|改札)(?:に|で)[^。！？!?\n]{0,4}?(?:い(?:た|ました|る|ます)|立|待|現れ)", JA_FOLLOW_LOOKALIKE),
    # 「娘さんが通っている中学校、わかりました」「ピアノ教室、木曜でしょ」「赤いランドセル、よく似合っていました」
    (r"(?:娘|息子|子ども|子供|お子さん|お嬢さん)(?:さん|様|ちゃん|くん)?(?:が|の)(?:通って(?:いる|る)|通う)(?:学校|小学校|中学校|高校|保育園|幼稚園|塾|園|教室)[^。！？!?\n]{0,6}?(?:わかりました|分かりました|わかった|分かった|知って|調べ|突き止め|特定)|(?:娘|息子|子ども|子供|お子さん)(?:さん|ちゃん|くん)?[^\n]{0,30}?(?:教室|塾|習い事|部活|すいみんぐ)[、,]?[^。！？!?\n]{0,6}?(?:曜|時)(?:でしょ|やろ|だよね|ですよね|よね|やんな)|(?:らんどせる|通学路|登校|下校)[^。！？!?\n]{0,16}?(?:似合|見た|見かけ|見てた|可愛|かわい)", JA_FOLLOW_LOOKALIKE),
    # 「5時上がりやんな。裏の自転車置き場で待っとくわ」「駐車場で待ってみるわ」
    (r"(?:駐輪場|駐車場|自転車置き場|ばいく置き場|裏口|通用口|改札|出口)(?:の前|の横|の近く|前)?(?:で|に)[^。！？!?\n]{0,6}?(?:待っとく|待っとる|待ってみ|待ってる|待っとくわ)|\d{1,2}時上がり(?:やんな|やな|よな|やね|だね)", JA_FOLLOW_LOOKALIKE),
    # 「昨日同じ電車やったやん…気づかんかった？」「後ろ走ってたの」「家の前通ったら車あった」
    (r"同じ(?:電車|ばす|車両|便)(?:やった|だった|でした)(?:やん|よね|ね|でしょ|な)|(?:後ろ|うしろ|一緒に歩い|同じ(?:電車|ばす|車両)|後をつけ|見とった|見てた|走って)[^「」\n]{0,30}?気(?:づ|付)か(?:ん|へん|なかっ)(?:かった|た)?[?？]|後ろ(?:を)?走っ(?:て|と)|(?:家|自宅|お住まい|まんしょん|あぱーと)の前(?:を)?通(?:っ|り)(?:た|たら|かか|て)", JA_FOLLOW_LOOKALIKE),
    # 「私が上がる22時ぴったりに…立ってる」「この辺に住んどるんやね」「駅まで歩くの速いんですね、追いつくの大変でした」
    (r"(?:私|わたし|あたし|僕|俺|うち)が(?:上がる|あがる|帰る|退勤する|出る)[^。！？!?\n]{0,30}?(?:立って|待って|いる|おる|座って)|(?:この辺|この近く|ここら|この町|近所)(?:に)?住ん(?:で|ど)(?:る|い)(?:んやね|んだね|んですね|のね|んやな|んか|んや)|追いつく(?:の|のが)?(?:大変|必死)|(?:駅|家|ばす停|駐車場)まで[^。！？!?\n]{0,6}?(?:歩くの|帰るの)[^。！？!?\n]{0,8}?(?:速|早|遅)", JA_FOLLOW_LOOKALIKE),
    # 「自宅の郵便受けに…申請者からの手紙が投函されていた」
    (r"(?:自宅|家|実家)の(?:郵便受け|ぽすと|玄関|どあ)(?:に|へ)[^。！？!?\n]{0,30}?(?:客|申請者|利用者|患者|保護者|相手|男|女|家族)(?:から|の)(?:手紙|めも|紙|贈り物|花|品|荷物)", JA_FOLLOW_LOOKALIKE),
    # 「ナンバーの下四桁、言うたろか」「駐車場出るとこ見とった」「○○町のマンションやろ。三階の角部屋」「電気遅うまでついとったやん」
    (r"なんばー(?:の)?(?:下)?[^。！？!?\n]{0,4}?(?:言うたろ|言おうか|言えるで|知っとる|知ってる|覚えて|覚えと)|(?:駐車場|駐輪場|裏口|通用口|店|会社|職場)(?:を|から)?出る(?:とこ|ところ)(?:を|も)?見(?:とった|てた|てい|た)|(?:まんしょん|あぱーと|家|住まい)(?:やろ|でしょ|だよね|ですよね|じゃろ)[。、]?[^。！？!?\n]{0,10}?(?:階|角部屋|号室)|電気(?:が)?[^。！？!?\n]{0,6}?(?:ついて|ついと|点いて|点いと|消えて|消えと)(?:た|った)(?:ね|な|やん|よね|でしょ)", JA_FOLLOW_LOOKALIKE),
    # 「出てくるまで待ってますね。昨日はバスだったけど今日は電車ですか？」
    (r"出てくる(?:まで|の(?:を)?)待って(?:ます|る|いる|おく|とく)|昨日は(?:ばす|電車|車|自転車|徒歩)だった(?:けど|けれど)", JA_FOLLOW_LOOKALIKE),
)


# A customer asking the business to protect them from someone else ("asked us to call security and walk her
# to her car", 「クラブとして何とかしてほしい」): being followed or waited for is then the customer's
# complaint, not a danger from the customer, unless the phrase itself names staff as the one followed.
EN_PROTECTION = (
    r"\b(?:asked|asks|asking|wanted|wants|requested|requests) (?:us |staff |the \S+ |for |if (?:she|he|they) could |whether (?:she|he|they) could )?"
    r"(?:to )?(?:call (?:security|the police|her a taxi|him a taxi|a taxi|a cab)|send (?:security|someone)|alert security|"
    r"walk (?:her|him|them) (?:to|out)|wait inside|move (?:her|him|them)|stop sending|look into|protect|help)\b|"
    r"\b(?:raising|raised|raises) a (?:safety )?concern\b|\bnot threatening anyone\b|\bfrightened her\b|\bscared her\b"
    r"|\b(?:(?:could|can|would) (?:one of )?(?:your|the) (?:\S+ )?(?:staff|team|colleagues?|security) (?:\S+ )?keep an eye (?:out|on me)|(?:could|can|may) i use the (?:back|side|staff) door|"
    r"(?:could|can|would) (?:someone|somebody|you|one of (?:your|the) \S+) walk me (?:to|out)|(?:debt recovery|debt collection|collections?) agency|(?:frightened|scared|afraid) and wants? (?:it|this|them) stopped)\b"
)
JA_PROTECTION = (
    r"(?:何とかして|なんとかして|対応して|調べて|守って|変えて|変更して)(?:ほしい|欲しい|ください|くれ)|対応を求め|被害を訴え|"
    r"訴えがあり|安全上の不安|席の変更|担当を変え|(?:別の|他の|隣の席の|隣の)(?:男性|女性|男|女|会員|客|お客|利用者|乗客|人)(?:さん)?(?:に|から|が)"
    r"|一声かけて|声をかけてから|見守って(?:ほしい|欲しい|ください|もら)"
)
EN_PROTECTION_STAFF = r"\b(?:me|us|our (?:staff|team|colleagues?|cashiers?|nurses?|employees?|manager|driver)|staff|colleague|colleagues|employee|cashier|nurse)\b"
JA_PROTECTION_STAFF = r"(?:私(?!的)|わたし|自分|僕|店員|すたっふ|従業員|職員|同僚)"
# The same where the customer speaks: their "me" is the customer, a staff role is still staff.
EN_PROTECTION_ROLE = r"\b(?:our (?:staff|team|colleagues?|cashiers?|nurses?|employees?|manager|driver)|staff|colleague|colleagues|employee|cashier|nurse)\b"
JA_PROTECTION_ROLE = r"(?:店員|すたっふ|従業員|職員|同僚)"

# "Checked and found false": a finding inside a rumour or report that the text itself says was
# checked and untrue is not a danger now.
EN_RUMOUR = r"\b(?:a reported|the reported|was reported|were reported|(?:my|his|her|our|their) (?:son|daughter|kid|child|friend|boy|girl|mum|mom|dad|wife|husband|neighbou?r) (?:says|said|told me|reckons|thinks|heard)|rumou?r|rumou?red|someone said|somebody said|someone had|somebody had|said there was|said there's|said there is|reported that|claimed|allegedly|heard that|heard from|was told that|a report that|reports? of|it was said|word went round|went round|(?:staff )?group chat|told (?:security|staff|police|us|me|the \w+) (?:that )?(?:another|a|someone|somebody|there)|(?:(?:i|we|she|he|they|someone|staff|security) )?thought (?:that )?(?:\S+ ){0,6}(?:had|has|was|were|is) (?:\S+ ){0,2}(?:a |an )?(?:\S+ )?(?:knife|gun|weapon|blade|bomb|pistol|machete|rifle|axe|bat)|mistook|took it for|(?:another|a|the) (?:passenger|customer|member|guest|shopper|caller) reported)\b"
EN_CLEARED = r"\b(?:false|untrue|not true|not correct|incorrect|not right|no truth|turned out|it was (?:a|an|only|just|actually|his|her|their)|but it was|was actually|no weapon|no threat|no incident|no (?:bomb|knife|gun)|nothing was found|mixed up|a mix-up|a muddle|mistaken|hoax|was checked|confirmed it was|storyline|fiction|nobody was hurt and|never left the bag|received an apology|apologi[sz]ed to (?:him|her|them)|wrongly)\b"
JA_RUMOUR = r"(?:との(?:お)?問い?合わせ|と(?:の)?(?:連絡|相談|お問い合わせ|問い合わせ)(?:が|を)|との報告|という報告|と報告|報告(?:について|があり|を受け|が入)|(?:から|と)(?:聞い|聞き)|との(?:こと|話)|噂|うわさ|という話|との(?:通報|情報|連絡)|という(?:通報|情報|連絡|投稿|話)|と通報|通報のあった|通報があった|通報が入った|らしい(?:と|という)|広まっ|出回)"
JA_CLEARED = r"(?:確認(?:すると|したら)[^。！？!?\n]{0,40}?(?:であった|でした|だった)|実際(?:に)?は[^。！？!?\n]{0,30}?(?:でした|だった)|事実無根|誤報|誤り|誤って|勘違い|でまで|でまだ|いたずら(?:でした|だった)|確認した(?:ところ|結果)|確認の結果|映っていな|見間違い|折りたたみ傘|折り畳み傘|だけ(?:だった|でした)|ではありませんでした|事実はなかった|ことが分かった|ことがわかった|と判明)"
# Attack words that make an injury word count (a customer hurt by a faulty door is a complaint).
EN_ATTACK_NEARBY = (
    r"\b(?:punch|hit|struck|strike|slap|smack|kick|headbutt|head-butt|elbowed|elbowing|kneed|kneeing|beat|bash|batter|thump|whack|"
    r"shove|shoved|push|pushed|threw|thrown|throw|hurled|flung|tossed|chucked|lobbed|pelted|attack|assault|stab|slash|"
    r"(?<!a )(?<!little )(?<!tiny )bit (?:me|her|him|them|us|my|his|their|the)\b|bite|bitten|scratch(?!es)|claw|grab|grabbed|yank|twist(?!(?:ed|s|ing)? (?:an|a) (?:ankle|knee|foot|wrist))|choke|strangl|throttl|swung|swing|lunge|lunged|charged (?:at|towards|toward)|tackle|"
    r"knock|went for|"
    r"tackled|spat|violence|violent(?!ly (?:ill|sick))|rammed|dragged|ran (?:me|her|him) over|drove at|reversed into|poured|splashed|"
    r"glassed|bottled|smashed|slammed|stubbed|king hit|king-hit|decked|floored|jumped|mugged|"
    r"with a (?:knife|bat|bottle|glass|chair|hammer|stick|pipe|brick|rock|tin|can|phone|handset))\w*"
)

# Blows aimed at a person ("threw his coffee at me", "punched her"): beside one, an accident word
# in the next sentence does not explain an injury away.
EN_ATTACK_STRICT = (
    r"\b(?:punched|hit|struck|slapped|smacked|kicked|headbutted|elbowed|kneed|beat|bashed|battered|thumped|whacked|"
    r"shoved|pushed|grabbed|choked|strangled|stabbed|slashed|bit|spat|threw|thrown|hurled|flung|chucked|tossed|"
    r"poured|splashed|swung|lunged|attacked|assaulted|twisted|yanked|dragged|rammed)\b(?: \S+){0,5} (?:at|into|onto|"
    r"on|over|in|across) (?:me|her|him|us|them|my|his|their|the (?:\S+ )?(?:staff|cashier|clerk|nurse|driver|agent|"
    r"officer|guard|assistant|receptionist|barista|waiter|waitress|server|colleague))\b|\b(?:punched|hit|struck|"
    r"slapped|smacked|kicked|headbutted|elbowed|kneed|beat|bashed|battered|thumped|whacked|shoved|pushed|grabbed|"
    r"choked|strangled|stabbed|slashed|bit|spat on|attacked|assaulted|twisted|yanked|dragged|tackled|floored|decked) "
    r"(?:me|her|him|us|them|my|his|their)\b"
)

# Pests the words are about ("come back to remove the nest once they're dead", "try to burn them out"):
# a threat whose victim is only "them", "they" or "it" is set aside when pests are named just before.
EN_PESTS = (
    r"\b(?:pest control|exterminator|wasps?|hornets?|yellow ?jackets?|bees|nests?|rats|mice|rodents?|termites?|"
    r"cockroach(?:es)?|roaches|bed ?bugs|fleas|ants|moles|vermin|infestation|foggers?)\b"
)
EN_PRONOUN_VICTIM = r"\b(?:them|they|it|'em)\b"

# A frame in which the words are play, fiction or a drill, not a danger: set aside in its sentence.
EN_CONTEXT = (
    r"\b(?:(?:video|computer|online|mobile) game|in the game|in-game|gaming|storyline|tv drama|soap opera|netflix|"
    r"fancy dress|halloween costume|cosplay|paintball|laser tag|airsoft|nerf|role-?play(?:ing)?|rehearsal|stage prop|"
    r"film prop|props? (?:for|from)|film set|film crew|filming (?:a|an|the) (?:scene|drama|movie|film|advert)|"
    r"surprise party|pretend(?:ed|ing)? to be|playing (?:the|a) (?:role|part) of|museum|exhibition|deactivated|"
    r"re-?enactment|display pieces?)\b"
    r"|\b(?:in (?:paperback|hardback)|audiobook|self-defen[cs]e|action (?:film|movie)|quot(?:e|es|ed|ing) (?:a |the )?(?:film |movie )?line|what to do if (?:someone|somebody|anyone)|gunpowder plot|guy fawkes|ww(?:i|ii|1|2)|world war|wartime|unexploded)\b"
    r"|\b(?:(?:new|latest|next|first|debut|fourth|third|second|crime|detective|mystery) (?:novel|book)s?|novelist|crime (?:fiction|writer|writing|novels?)|"
    r"executions|(?:public|mock|historic\w*) executions?|the scaffold|on display|(?:history|historical|heritage|guided|walking|ghost) (?:tour|walk|trail)s?|tour guide|"
    r"ranked (?:match|game|squad|mode)|enemy players?|kill ?cam|hit ?markers?|headshots?|respawn\w*|battle pass|loadout|multiplayer|desync|netcode|hit registration)\b"
)
JA_CONTEXT = (
    r"(?:訓練|模擬|みすてりー|げーむ(?:を|で|の|しながら|中)|映画(?:の|で)|どらま(?:の|で)|あにめ|漫画|小説|撮影(?:用|で|の)|小道具|"
    r"ろーるぷれい|寸劇|(?:防犯|避難|消防)?訓練(?:で|の|中)|さぷらいず|花束|お祝い|送別|料理教室|調理実習|手品|役を演じ|演じ)"
    # A part played (「犯人役は」「姪役)」), not a post held (助役, 取締役, 重役, 相談役).
    r"|(?<![助締重上査談入話整])役(?:の|も|は|が|を|\)|:)"
    r"|防犯講座|護身術|(?:逃げ|外し|かわし|防ぎ|身の守り)方"
    # A class, a drill's scenario, a book discussed, a mystery game, a film's scenes.
    r"|講座|講習|受講|座学|実技|安全(?:の)?(?:るーる|指導|教育)|想定(?:は|で|の|した|する|して)"
    r"|課題本|読書会|作中|原作|ねたばれ|推理|しなりお|ぷれいやー|げーむ ?ますたー|(?<![a-z])gm(?![a-z])|手がかり"
    r"|場面|予告編|描写"
)

# A sentence about what happened after a drill, class or game ended is not part of it ("after the
# drill a customer said he would burn the place down", 「訓練の終了後、男性客が包丁を取り出し」).
_EXERCISES_EN = r"(?:drill|class|session|lesson|exercise|course|workshop|rehearsal|game|match)"
EN_AFTER_EXERCISE = (
    rf"\b(?:after|once|when) (?:the |our |this |today's |tonight's |that )?(?:\w+ )?{_EXERCISES_EN}(?:es|s)?\b(?! (?:scenario|script|role))"
    rf"|\b{_EXERCISES_EN}(?:es|s)? (?:had |was |were )?(?:ended|finished|over)\b"
)
_EXERCISES_JA = r"(?:訓練|講習|講座|研修|授業|教室|演習|げーむ|上映)"
JA_AFTER_EXERCISE = rf"{_EXERCISES_JA}(?:の)?(?:終了|終わり)?(?:後|あと)|{_EXERCISES_JA}が(?:終わ|終了)"

# Sentences either side of a match that the play and accident checks read with it.
CONTEXT_SENTENCES = 1

# Someone other than staff was the victim and someone other than the customer the attacker
# ("another member followed her home", 「他の会員にあとをつけられた」): a complaint about it is the
# customer asking for protection, not harassment of staff. Set aside unless staff are named.
EN_THIRD_PARTY = (
    r"\b(?:another|other|a fellow|fellow|a different|one of the other|some other) (?:\S+ )?(?:customer|member|passenger|"
    r"guest|patient|pupil|student|resident|shopper|diner|user|client|tenant|visitor|child|kid|boy|girl|parent)s?\b|"
    r"\ba stranger\b|\bstrangers\b|\bsomeone (?:she|he|they|i|we) (?:did not|didn't) know\b|\bunknown (?:man|men|person|"
    r"people|youths?)\b|\byouths\b|\b(?:resident|residents|member|members|customer|customers|passenger|passengers|guest|"
    r"guests|patient|patients|tenant|tenants|user|users|student|students|parent|parents|visitor|visitors) (?:\S+ ){0,3}"
    r"(?:said|says|told|reported|complained|mentioned) (?:that )?(?:she|he|they|her|his)(?: had| has|'d| was| were| is)? "
    r"(?:been )?(?:followed|attacked|assaulted|punched|hit|mugged|stalked|threatened)\b"
    r"|\b(?:a|another|an older|older|other|some|two|three|a group of|a gang of) (?:\S+ )?(?:boy|boys|girl|girls|child|children|kid|kids|pupil|pupils|student|students|classmate|classmates|lad|lads|teenager|teenagers|youth|youths)\b(?= (?:in|from|at|on|of) (?:his|her|their|the|my|our) (?:\S+ )?(?:class|year|school|form|team|group|playground|nursery)\b)|\bolder (?:pupils|kids|boys|girls|children|students)\b|\b(?:a|the|one|another|her|his|their) classmates?\b|\b(?:my|our|a|the|her|his|their|next-door) (?:\S+ )?neighbou?rs?\b|\b(?:a|some) (?:man|woman|guy|lad|bloke|youth|person|boy|girl|passenger|motorist|cyclist) (?:in|on|from) (?:coach|carriage|car|seat|row) [a-z0-9]\b|\ba (?:man|woman|guy|bloke|driver) in a (?:\S+ )?(?:van|car|truck|lorry|taxi)\b|\b(?:a|another|the other) (?:\S+ )?(?:dog|dogs)\b|\b\w+'s dog\b"
)
# A customer's own (former) partner, who threatens or follows "her" or "him" (a customer disclosing abuse at
# home asks for help; `safety._partner_abuse`), not a threat to staff.
EN_ABUSIVE_PARTNER = (
    r"\b(?:her|his|their) (?:former |ex-|ex |estranged |abusive |violent |controlling )?(?:partner|husband|wife|boyfriend|girlfriend|spouse)\b"
    r"|\b(?:her|his|their) ex\b"
)
# The same in Japanese: 「元夫からのつきまといが続いていて」「結婚していた頃に何度か殴られた」.
JA_ABUSIVE_PARTNER = (
    r"(?:元夫|元妻|元交際相手|元の?(?:夫|妻|彼氏|恋人|ぱーとなー|旦那)|元彼|元かれ|別れた(?:夫|妻|彼|相手|恋人|旦那)|結婚していた(?:頃|ころ|とき|時|当時))"
)
EN_PARTNER_VICTIM = r"\b(?:her|him|them|she|he|they)\b"
EN_NOT_PARTNER_VICTIM = r"\b(?:you|u|ya|me|us|everyone|everybody|anyone|anybody|staff|people|someone|somebody)\b"
EN_STAFF_VICTIM = (
    r"\b(?:staff|staff member|cashier|clerk|nurse|receptionist|agent|driver|guard|officer|colleague|employee|worker|"
    r"assistant|teller|pharmacist|doctor|manager|supervisor|conductor|attendant|barista|waiter|waitress|carer|"
    r"(?:on|at|behind) the (?:till|tills|counter|desk|checkout|bar|door|gate)|on reception|at reception|"
    r"my colleague|our (?:\S+ )?(?:staff|team|colleague|nurse|driver))\b"
)
JA_THIRD_PARTY = (
    r"隣(?:の)?(?:部屋|家|住人|室|人|席|台)|近所の(?:人|男性|女性|男|女|住人|家|犬)|(?:後ろ|隣|前)の(?:お客様|お客さん|客|乗客|人)|"
    r"(?:られ|され|負傷し|けがをし|怪我をし|転倒し|噛まれ)(?:た|ている|ていた)(?:乗客|利用者|お客様|お客さん|客|会員|入居者|患者|児童|生徒|"
    r"子ども|子供|お子さん|高齢者|市民|住民|来店者|宿泊客|観客|参加者|来場者|学生)|(?:ほかの|他の|別の|見知らぬ|知らない)(?:男性|女性|男|女)?(?:会員|客|お客|乗客|利用者|患者|生徒|児童|入居者|人|住民|学生|利用客)|"
    r"不審者|不審な(?:男|人|車)"
)
JA_STAFF_VICTIM = r"(?:店員|すたっふ|社員|職員|従業員|係員|駅員|看護師|医師|受付|担当|運転手|警備員|同僚|店長|薬剤師|保育士|介護士|へるぱー|先生|教員|司書|運転士|乗務員|どらいばー|配達員|窓口)"
# The writer ("I", 「私」): staff where staff write, the customer where the customer does.
JA_FIRST_PERSON = r"(?:私|わたし|あたし|自分|うち|僕|ぼく|俺|おれ)"

# --- Whose harm: the customer speaking of harm done to them ----------------------------------
# The floor protects staff (and others on the premises) from the customer or caller. When the
# customer speaks (their letter, post or message to the business, or their turns in a call or
# chat), an injury, a follower, a threat they received or a weapon someone else held is harm
# done TO the customer (by a product, an accident, another customer, a neighbour, a stranger):
# a complaint, not a danger from the customer. It still counts when the sentence names staff
# (or the reader, "you") as the one harmed, or the customer as the one who harms.

# A speaker's label in a call or chat log ("Customer:", "10:14 Caller:", "Agent (Kyle):",
# 「お客様：」; the normaliser makes full-width colons ASCII). Group 1 is the label, group 2 any
# bracketed note after it.
TURN_LABEL = (
    r"(?:^|(?<=[\s\]\)」』。.!?]))(?:\d{1,2}:\d{2}(?::\d{2})? ?)?"
    r"([^\s:\d\[\]()「」。、,.!?'\"—-][^:\n\[\]「」。、,.!?\"]{0,24}?)(?: ?\(([^)\n]{0,30})\))? ?:(?!\d)"
)
# Labels of the customer's side. A label naming neither side (a first name, "Note") leaves the
# text's own voice.
EN_CUSTOMER_LABEL = (
    r"^(?:the |a |an |other |another |queue |angry |male |female |elderly |irate )?(?:customer|caller|patient|"
    r"passenger|tenant|parent|student|guest|member|patron|client|resident|user|mum|mom|dad|mother|father|daughter|"
    r"son|wife|husband|partner|applicant|claimant|shopper|diner|visitor|borrower|homeowner|policyholder|cardholder|"
    r"account holder|buyer|traveller|traveler|complainant|citizen|taxpayer|pupil|man|woman|lady|gentleman|relative|"
    r"motorist|rider|candidate|neighbou?r|occupant|learner|subscriber|consumer|pet owner|member of the public|"
    r"grandparent|grandmother|grandfather|next of kin|family member|sister|brother|friend|guardian|attendee|"
    r"spectator|fan|bidder|(?:patient|customer|caller|passenger|tenant|resident|student|pupil|guest)'s \S+)"
    r"(?: \S+)?$"
)
EN_STAFF_LABEL = (
    r"\b(?:service|services|care|relations|support|desk|team|centre|center|line|experience|success|advisor|adviser|"
    r"agent|rep|manager|officer|office|staff|assistant|coordinator|handler|operator|nurse|doctor|dr|clerk|"
    r"receptionist|host|crew|steward|purser|librarian|pharmacist|teller|cashier|banker|driver|guard|security|"
    r"attendant|executive|director|supervisor|lead|leader|head|analyst|engineer|technician|inspector|invigilator|"
    r"examiner|concierge|bot|staff member|employee|worker|admin|dispatch|dispatcher|control|reception|owner)\b"
)
JA_CUSTOMER_LABEL = (
    r"(?:客|者|様|お客さん|客さん|患者さん|親|娘|息子|民|生|族|喪主|郎|婦|父|母|妻|夫|男性|女性|人|本人|ゆーざー|会員|患者|利用者|乗客|"
    r"飼い主)$"
)
JA_STAFF_LABEL = (
    r"(?:員|係|担当|店長|店主|主任|先生|医|看護|せんたー|窓口|相談室|さぽーと|op|おぺれーたー|すたっふ|受付|職|司書|顧問|"
    r"とれーなー|警察|教員|教頭|教官|教師|教諭|長|課|部|局|署|所|ぷらんなー|まねーじゃー|ふろんと|士|師|官|監督|担任|指導|"
    r"管理|会社|営業|守衛|かうんたー|会計|配車|ぼっと|sv|責任者|支配人|おーなー|ばいと|記録|ですく|本部|銀行|店|社)"
)
# A message written by the customer to the business (outside any quotation).
EN_CUSTOMER_LETTER = (
    r"\b(?:your|ur|yer) (?:\S+ ){0,2}(?:store|stores|shop|shops|branch|branches|staff|staff members?|employees?|drivers?|"
    r"carers?|teachers?|lifeguards?|stewards?|attendants?|bouncers?|porters?|cleaners?|instructors?|trainers?|"
    r"company|club|gym|restaurant|cafe|café|pub|bar|hotel|bank|website|app|service|services|team|engineers?|"
    r"technicians?|couriers?|security|guards?|manager|managers|receptionists?|nurses?|doctors?|school|nursery|office|"
    r"offices|department|car park|premises|site|park|ride|rides|product|products|call centre|agents?|colleagues?|firm|"
    r"practice|surgery|clinic|hospital|ward|station|trains?|bus|buses|airline|flight|airport|council|library|pool|"
    r"centre|center|salon|dealership|garage|warehouse|depot|business|venue|facility|building|checkouts?|tills?|counter|"
    r"desk|reception|customer services|customer service|complaints? (?:team|department|process|procedure|line))\b|"
    r"^\W*(?:dear|to(?: the)?|attn:?|attention:?) (?:sir|madam|sirs|complaints|customer (?:care|services?|relations|"
    r"experience)|guest (?:relations|services)|patient (?:relations|advice))\b|\bi (?:am|was|have been) (?:a|your) "
    r"(?:regular |loyal |long-standing )?(?:customer|member|patient|passenger|guest|client|tenant|resident)\b|\bmy (?:order|"
    r"booking|claim|refund|appointment|visit|membership|policy|parcel|delivery|reservation|prescription|ticket|"
    r"bill|invoice|subscription|contract|complaint|stay|meal|purchase|receipt|loan|mortgage|application|tenancy)\b|"
    r"\bi am writing (?:again |to you )?(?:about|regarding|concerning|on behalf of) my\b|\b(?:the|your|all the|bar|door|"
    r"floor|ward|shop|store|hotel|ride|first aid|cabin|desk|bus|train) ?(?:staff|team|nurses|crew|doctors|carers|lifeguards|"
    r"stewards|attendants|bouncers|paramedics|driver|drivers|nurse|doctor|receptionist|receptionists) (?:were|was|have been|"
    r"has been) (?:\S+ )?(?:brilliant|great|lovely|helpful|amazing|fantastic|excellent|kind|wonderful|professional|rude|"
    r"useless|unhelpful|dismissive)\b|\bno complaints? about (?:them|the staff|your staff)\b|\bi am not blaming (?:your|the) "
    r"(?:staff|driver|team|crew)\b"
)
JA_CUSTOMER_LETTER = (
    r"御中|貴店|貴社|御社|貴院|貴校|貴館|貴局|貴所|貴庁|貴行|貴施設|貴園|おたくの|"
    r"お宅の(?:店|会社|社員|店員|従業員|すたっふ|運転手|どらいばー|担当|配達|とらっく|車|女|男|子)|"
    r"そちら(?:で(?:買|購入|注文|頼|お願い|借り|預け)|の(?:店|会社|社員|店員|従業員|すたっふ|担当|方|商品|製品)|さま|様)|"
    r"^\W{0,3}[^。\n]{0,40}?(?:(?<!お客)様|さま|殿|先生|御中)(?:\s|$)|"
    r"^\W{0,3}(?:【(?:口こみ|くちこみ|れびゅー|拡散希望|件名)|★|☆|件名)"
    r"|(?:じむ|教室|くらぶ|店|館)?の(?:会員|利用者|常連)(?:です|の者です)"
)
# A customer's own words quoted or relayed by staff ('the guest said "..."', 「利用者は「…」」,
# 「入居者の方から、…とのご相談」): the customer speaks there.
EN_CUSTOMER_SPEAKER = (
    r"\b(?:the|a|this|that|one|another) (?:\S+ )?(?:customer|passenger|patient|guest|member|tenant|resident|parent|caller|"
    r"client|visitor|shopper|diner|patron|mother|father|mum|dad)\b(?: \S+){0,4} (?:said|says|told|shouted|screamed|yelled|"
    r"asked|explained|complained|wrote|texted|emailed|insisted|kept saying|replied)\b[^\"“'.!?\n]{0,30}$"
)
JA_CUSTOMER_SPEAKER = (
    r"(?:利用者|お?客(?:様|さん)?|乗客|患者|会員|入居者|保護者|市民|住民|来店者|宿泊客|相談者|母親|父親|女性|男性)(?:の方)?(?:は|が|も)"
    r"[^。「」]{0,30}$"
)
JA_RELAYED = (
    r"(?:利用者|入居者|お?客(?:様|さん)?|乗客|患者|会員|保護者|市民|住民|相談者|女性|男性|ご家族|家族)[^。]{0,12}?から[、,]?"
    r"([^。]{0,120}?)との(?:ご)?(?:相談|申し出|申出|訴え|連絡|苦情|問い合わせ|お問い合わせ|指摘|ご指摘|報告)"
)
# Quotations (someone else's words inside a text): read past when judging who writes.
QUOTATION = (
    r"\"[^\"\n]{0,400}\"|“[^”\n]{0,400}”|「[^」]{0,400}」|『[^』]{0,200}』|'(?<![a-z0-9]')(?:[^'\n]|(?<=[a-z])'(?=[a-z])){2,400}?'(?![a-z0-9])"
)

STAFF_ROLE = (
    r"(?:staff|staff member|staffer|employee|employees|worker|workers|clerk|cashier|cashiers|agent|agents|operator|"
    r"receptionist|doctor|doc|gp|nurse|nurses|pharmacist|dentist|vet|surgeon|midwife|paramedic|therapist|carer|teacher|"
    r"driver|drivers|conductor|guard|guards|security|officer|officers|manager|supervisor|waiter|waitress|server|barista|"
    r"chef|bartender|barman|barmaid|attendant|assistant|advisor|adviser|consultant|engineer|technician|rep|"
    r"representative|teller|caretaker|porter|concierge|cleaner|housekeeper|crew|steward|stewardess|librarian|instructor|"
    r"trainer|coach|colleague|colleagues|coworker|co-worker|bouncer|bouncers|doorman|courier|postman|postie|warden|"
    r"bailiff|inspector|examiner|invigilator|social worker|case worker|caseworker)"
)
_EN_HARM_VERB = (
    r"(?:punch\w*|hit|hits|hitting|struck|strike|slap\w*|smack\w*|kick\w*|headbutt\w*|elbowed|kneed|beat|beaten|"
    r"beating|bash\w*|batter\w*|thump\w*|whack\w*|shov\w*|push\w*|threw|throw|thrown|attack\w*|assault\w*|stab\w*|"
    r"slash\w*|bit|bite|bitten|grab\w*|chok\w*|strangl\w*|spat|spit|glassed|bottled|decked|floored|lamped|hurt|"
    r"injur\w*|cut|follow\w*|stalk\w*|wait\w* for|threaten\w*|kill\w*|shoot|shot|burn\w*|scald\w*|smash\w*)"
)
# The customer speaks, yet the sentence names staff or the reader as harmed, or the customer as the one who harms.
EN_STAFF_HARMED = (
    r"\b(?:got what (?:he|she|they) deserved|had it coming|deserved (?:it|every bit of it|what (?:he|she|they) got))\b|"
    rf"\b{_EN_HARM_VERB} (?:\S+ ){{0,3}}(?:your|ur|the|that|this|a|an|one of (?:your|ur|the)|my|our) (?:\S+ ){{0,2}}"
    rf"{STAFF_ROLE}\b|\b(?:your|ur|my|our|the|a|that|this) (?:\S+ ){{0,2}}{STAFF_ROLE}(?:'s)? (?:was|were|got|is|are|"
    r"has been|had been|'s been|ended up|left) (?:\S+ ){0,2}(?:hurt|injured|hit|punched|kicked|slapped|bleeding|"
    r"attacked|assaulted|followed|threatened|stabbed|shot|knocked|beaten|bitten|burned|burnt|scalded|in hospital|"
    r"hospitali[sz]ed|taken to hospital)\b|\b(?:lad|girl|lady|man|woman|guy|bloke|boy|person|one|assistant|worker|chap|kid|"
    r"young \w+) (?:on|at|behind) the (?:till|tills|counter|desk|checkout|checkouts|bar|door|gate|reception|front desk)\b|\b(?:members?|one) of (?:your |the |our )?staff\b|"
    r"\b(?:from|at|after) (?:your|ur|the|her|his|their) (?:office|store|shop|"
    r"branch|work|shift|site|depot|job|workplace)\b|\b(?:works|worked|working|employed) (?:at|for|in) (?:your|ur|the)\b|"
    rf"\b{_EN_HARM_VERB} (?:\S+ ){{0,2}}(?:you|u|ya|ye|yous)\b|\b(?:you|u) (?:will|are going to|are gonna|gonna) "
    r"(?:\S+ ){0,2}(?:get|be|end up)\b|"
    r"\b(?:i|we)(?: have| had| just| then| finally| actually| did| also| even)? (?:punched|hit|kicked|slapped|smacked|"
    r"shoved|pushed|headbutted|elbowed|attacked|assaulted|threw|chucked|lamped|decked|floored|bit|grabbed|stabbed|"
    r"slashed|knocked|battered|whacked|spat|followed|tracked|stalked)\b(?! (?:my|myself|our|ourselves|it|them|the "
    r"(?:floor|ground|seat|pole|door|wall|table|counter|step|steps|shelf|kerb|curb))\b)|\b(?:i|we) (?:waited|was "
    r"waiting|have been waiting|will wait|will be waiting|know where|know what time|found out where|saw (?:you|u|her|"
    r"him)|watched (?:you|u|her|him))\b(?! (?:\S+ ){0,3}(?:minutes|mins|hours|hrs|days|weeks|queue|line|hold|refund|"
    r"reply|callback|call|delivery|parcel|engineer))"
)
# A threat the customer (or their family) received from someone else ("he said he'd smash my face in").
EN_THREAT_RECEIVED = (
    r"\b(?:he|she|they|someone|somebody|a man|a woman|a guy|a lad|a bloke|the man|the woman|the guy|the driver|"
    r"(?:the|my|a|our) neighbou?rs?|another \S+|some \S+|this \S+|that \S+|a stranger)\b(?: \S+){0,6} (?:said|says|"
    r"told|shouted|screamed|yelled|threatened|texted|messaged|wrote|kept saying|was saying|has been saying|sent|posted)\b"
    r"|\b(?:received|got|getting|been getting|keeps? getting|receiving) (?:\S+ ){0,3}(?:threats?|messages?|texts?|"
    r"calls?|letters?)\b"
)
EN_FIRST_PERSON = r"\b(?:me|my|myself|us|our|i|we|mine)\b"
# Where staff write, the writer harmed ("punched me"), not told of it ("she told me a boy had pushed her").
EN_WRITER = (
    r"\b(?:my|myself|us|our|i|we|mine)\b|(?<!told )(?<!tell )(?<!asked )(?<!showed )(?<!rang )(?<!called )(?<!emailed )"
    r"(?<!messaged )(?<!texted )(?<!informed )(?<!reminded )(?<!assured )(?<!said to )\bme\b"
)
# The customer (or their family, or pet) on the receiving end.
EN_OWN_VICTIM = (
    r"\b(?:me|my|myself|us|our|ourselves)\b|\b(?:i|we) (?:was|were|got|have been|had been|'ve been|am|are) (?:\S+ )?"
    r"(?:hit|punched|kicked|slapped|struck|pushed|shoved|knocked|attacked|assaulted|bitten|injured|hurt|burned|burnt|"
    r"scalded|bruised|cut|bleeding|thrown|followed|stalked|threatened)\b|\b(?:i|we) (?:needed|need|had|have got|got|went "
    r"to|ended up (?:in|with)) (?:\S+ )?(?:stitches|hospital|a&e|x-rays?|treatment|bruises?|cuts?|burns?|surgery|"
    r"ambulance|black eye|concussion)\b"
)
# Staff named near a blow that someone else aimed at "her" or "him" ("...arguing with your receptionist.
# He reached over and punched her"): the one hurt is staff.
EN_STAFF_NAMED = rf"\b(?:your|ur|the|that|this|a|an|one of (?:your|the)) (?:\S+ ){{0,2}}{STAFF_ROLE}\b"
EN_THIRD_ATTACK = (
    r"\b(?:he|she|they|a man|a woman|a guy|a member|a customer|the customer|the man|the woman|the guy|someone|"
    r"somebody)\b(?: \S+){0,4} (?:punched|hit|struck|slapped|smacked|kicked|headbutted|elbowed|shoved|"
    r"pushed|grabbed|choked|strangled|stabbed|slashed|bit|spat at|spat on|attacked|assaulted|knocked|dragged|glassed|"
    rf"bottled|threw \S+ at) (?:her|him|them)\b(?! (?:own |left |right )?{BODY}\b)"
)
# The customer's family or pet, named before ("my mum", "our spaniel", "it's Tom, Evie's dad").
EN_OWN_FAMILY = (
    r"\b(?:my|our) (?:\S+ ){0,2}(?:mum|mom|mother|dad|father|son|daughter|child|children|kids?|baby|boy|girl|wife|"
    r"husband|partner|gran|nan|grandma|grandmother|grandad|grandfather|grandson|granddaughter|sister|brother|dog|cat|"
    r"pet|puppy|spaniel|horse|aunt|uncle|niece|nephew|fiancee?|toddler|teenager|twins)\b|\b\w+'s (?:dad|mum|mom|mother|"
    r"father|parent|grandma|grandad|gran|nan)\b"
)
JA_OWN_FAMILY = (
    r"(?:子ども|子供|こども|娘|息子|母|父|妻|夫|主人|家内|孫|家族|愛犬|うちの子|うちの犬|うちの猫|お子さん)"
)
JA_OWN_VICTIM = (
    r"(?:られ|され|かれ|まれ|われ)(?:た|て|まし)|(?:私|わたし|あたし|自分|うち|僕|ぼく)|(?:子ども|子供|こども|娘|息子|母|父|妻|夫|"
    r"主人|家内|孫|兄|姉|弟|妹|家族|愛犬|犬|猫|ぺっと)"
)
# The customer the one who follows or waits, or staff's comings and goings ("your receptionist leaves at 5:30").
EN_FOLLOWER = (
    r"\bwhat time (?:does|do) (?:your|ur|you|u) (?:shift )?(?:finish|end|leave)\b|"
    r"\b(?:sat|sitting|waited|waiting|parked) (?:\S+ ){0,4}(?:outside|opposite|across from) (?:her|his|your|ur) (?:place|house|home|flat)\b|\b(?:ur|your) (?:\S+ ){1,4}lives? (?:on|in|near|at|by)\b|"
    r"\b(?:seen|know|found out|worked out|saw) where (?:she|he|you|u|they) (?:parks?|lives?|stays?|sleeps?)\b|\b(?:you|u|she|he) (?:did not|never) (?:see|notice|spot) me\b|"
    r"\bi (?:will|am going to|am gonna) (?:catch|see|meet|get|find) (?:you|u|her|him) (?:there|at|outside)\b|\bi was (?:\S+ ){0,2}(?:outside|there|waiting|watching) when (?:you|u|she|he)\b|"
    rf"\b(?:follow\w*|wait\w* for|watch\w*|saw|seen|see|know where|track\w*|stalk\w*|find|found) (?:\S+ ){{0,3}}"
    rf"(?<!police ){STAFF_ROLE}\b|\b(?<!police ){STAFF_ROLE}(?:'s)? (?:\S+ ){{0,3}}(?:leaves|leave|left|finishes|finish|"
    r"finished|lives|live|walks|walked|gets off|goes home|went home|drives|parks|parked|clocks off|knocks off|locks up|"
    r"locking up)\b|\b(?:follow\w*|wait\w* for|watch\w*|saw|seen|see|know where|track\w*|stalk\w*|find|found) "
    r"(?:you|u)\b|\b(?:you|u) (?:live|leave|finish|drive|park|parks|walk|get off|get the|take the|catch the)\b|\bi know (?:you|u|she|he)\b|\b(?:i|we)\b(?: \S+){0,2} "
    r"(?:wait|waits|waited|waiting|follow\w*|track\w*|stalk\w*|"
    r"be there|be outside)\b(?! (?:\S+ ){0,3}(?:minutes|mins|hours|hrs|days|weeks|queue|line|hold|refund|reply|callback|"
    r"call|delivery|parcel|engineer|appointment|turn))|\b(?:your|ur) (?:\S+ )?(?:home|house|address|flat|car(?! ?park)|street|road|kids|"
    r"children|family|wife|husband|partner|route|bus|train|door)\b|\b(?:i|we) (?:saw|watched|know where|know what time|found out "
    r"where|found where|see) (?:you|u|her|him|your|the)\b"
)
# A writer who says they are staff: their "I" and "me" are staff.
EN_STAFF_WRITER = (
    rf"\bi (?:work|worked|have worked|am working|have been working) (?:at|in|for|on|as)\b|\bi am (?:a|an|the|one of "
    rf"the|one of your) (?:\S+ ){{0,2}}{STAFF_ROLE}\b|\b(?:on|during|after|before) my (?:shift|break|lunch break)\b|"
    r"\bmy (?:shift|line manager|team leader|supervisor|colleagues?|coworkers?|co-workers?)\b|\bwhile i was "
    r"(?:working|on shift|on duty|on the till|serving)\b"
)
JA_STAFF_WRITER = (
    r"(?:店員|すたっふ|社員|職員|従業員|ばいと|ぱーと|看護師|駅員)(?:なんです|なんですけど|でして|をしてい|として(?:働|勤)|を(?:して|やって)(?:い|お|ま))|"
    r"(?:で|に)(?:働いて|勤めて|勤務して)(?:い|お)|勤務中に|しふと中|ばいと中|私の(?:しふと|同僚|上司)"
)
# Someone other than the customer holding the weapon ("my neighbour... he had a kitchen knife").
EN_WEAPON_HELD_BY_OTHER = (
    r"\b(?:he|she|they|him|his|my neighbou?r|the neighbou?r|a neighbou?r|a man|a woman|a guy|someone|somebody|"
    r"another \S+|a stranger|the man|the woman|the guy)\b"
)
EN_OWN_WEAPON = (
    rf"\bmy (?:\S+ ){{0,2}}(?:{STRONG_WEAPON}|{WEAK_WEAPON})\b|\b(?:i|we)(?: \S+){{0,2}} (?:have|'ve|got|carry|carrying|keep|own|bring|"
    r"brought|bringing|take|took|pulled|grabbed|use|used|will use|slipped|slip|put|wore|wearing|whipped|flashed|showed|"
    r"waved|swung|pointed|held|unwrapped|got out)\b"
)
JA_STAFF = (
    r"(?:(?:お宅|おたく|そちら|御社|貴社|貴店|貴院)の(?:女の子|男の子|子|人|方|兄ちゃん|姉ちゃん|おばさん|おじさん|おっさん)|店員|すたっふ|社員|職員|従業員|係員|駅員|看護師|医師|先生|教員|担当者?|運転手|運転士|乗務員|どらいばー|警備員|配達員|"
    r"検査員|監視員|局員|相談員|作業員|店長|主任|車掌|薬剤師|司書|とれーなー|保育士|介護士|ばいと|ぱーと|"
    r"(?:受付|窓口|れじ|ふろんと|かうんたー)(?:の(?:人|方|女|男|子|ばばあ|じじい|おばさん|おっさん|姉ちゃん|兄ちゃん))?)"
)
# The Japanese customer as the one who follows or watches: staff named, staff's children named with さん
# (「娘さん可愛いね。ピアノ教室、木曜でしょ」), or a visit to watch them (「また木曜に見に行く」).
JA_FOLLOWER = rf"{JA_STAFF}|(?:娘|息子|お嬢|お子)さん|見に行(?:く|っ)"
JA_STAFF_HARMED = (
    rf"{JA_STAFF}(?:さん|の方|の人|ちゃん|くん)?(?:が|は|も)[^。！？!?\n]{{0,16}}?(?:られ|され|けが|怪我|負傷|出血|骨折|あざ|"
    rf"転倒|転ん|倒れ|血|打撲|捻挫|腫れ|傷|ぶつけ|やけど|火傷|痛)|{JA_STAFF}(?:さん|の方|の人|ちゃん|くん)?(?:に|を|の[^。！？!?\n]{{0,4}}?(?:を|に))"
    r"[^。！？!?\n]{0,16}?(?:殴|蹴|叩|押|突|噛|刺|切りつけ|投げ|かけ|浴びせ|ぶつけ|つかみ|掴み|いれ|入れ|一発|絞め|締め|ねじ)"
    r"(?!られ|ら|され|さ)|あなた|あんた|お前|おまえ|てめえ|てめー|貴様|きさま|"
    r"(?:俺|おれ|わし|わい|僕|ぼく)(?:が|は|も)|(?:たった|てやった|てやりました|ちゃった(?:わ|w|笑))|"
    r"(?:殴|蹴|叩|押|突き飛ば|ぶつ|はた)(?:い|っ|し)て(?:しまい|すみません|すいません|申し訳|ごめん|悪かった)"
)
# Right after a weapon or a killing word, the passive (「包丁を持ち出された」「殺されるかも」): in the
# customer's own words, something done to them by someone else (a former partner, a neighbour).
JA_PASSIVE_AFTER = r"(?:れ(?!ば)|[^。、！？!?\n]{0,4}?(?:され|られ)(?!ば))"
JA_THREAT_RECEIVED = (
    r"」(?:と|って)[^。！？!?\n]{0,10}?(?:言われ|いわれ|怒鳴られ|どなられ|脅され|おどされ|書かれ|叫ばれ|凄まれ|すごまれ|"
    r"言って(?:き|く)|送られ|届)|(?:という|といった|って(?:いう)?|との)(?:めっせーじ|めーる|手紙|電話|書き込み|らいん|dm|"
    r"投稿|留守電|ちゃっと|脅迫)(?:が)?[^。！？!?\n]{0,6}?(?:来|き|届|送られ|入)"
)


# --- Broader wordings, seventh pass (training writers F and G: long texts, the danger one sentence inside) ---

EN_BOMB_RULES += (
    # "leave a little present on the 7.42 and see how you lot like delays then".
    (r"\b(?:leave|leaves|leaving|left|put|puts|plant|plants|planted|drop|drops|dropped|send|sends) (?:a |an |some )?(?:little |nice |small |special |wee )?(?:present|surprise|gift|package|parcel)s? (?:on|in|at|under|outside|for|by) (?:\S+ ){1,6}(?:and )?(?:see how (?:you|u|ya|youse|your|the)|you will not like|you won't like|you'll like|see if (?:you|u) like)\b", EN_BOMB_LOOKALIKE),
    # "be an awful shame if a match found its way there some night".
    (r"\b(?:shame|pity)\b[^.!?\n]{0,20}\bif (?:a|one|some) (?:\S+ )?(?:match|matches|lighter|spark|flame|can of petrol)\b|\b(?:match|lighter|spark|flame|petrol) (?:found|finds|were to find|was to find|happened to find|somehow found) (?:its|their) way\b", EN_BOMB_LOOKALIKE),
    # "I'll be back with a jerry can, pal, and we'll see how good your sprinklers are".
    (r"\b(?:be back|come back|coming back|back here|return|returning) with (?:a |an |some |my )?(?:jerry ?can|jerrycan|petrol can|can of petrol|petrol|gasoline|lighter fluid|fuel can|accelerant)\b|\bsee how (?:good|well|quick|fast) (?:your|ur|the) (?:sprinklers?|fire alarms?|smoke alarms?|fire doors?|fire brigade) (?:are|is|work)\b", None, {"sentence_guard": r"\b(?:fill|filled|filling|mower|generator|ran out|run out|breakdown|broke down|tank|tractor|boat|chainsaw)\b"}),
    # "Know what happens to vans that park on this street? They get torched."
    (r"\b(?:get|gets|got|getting|will get|gonna get|going to get) (?:torched|firebombed|fire-bombed|petrol-bombed|petrol bombed|set alight|set on fire|burnt down|burned down)\b", EN_BOMB_LOOKALIKE),
)
EN_THREAT_RULES += (
    # "somebody over there is going home in a bag", "you'll leave here in a box".
    (r"\b(?:go|goes|going|gone|went|leave|leaves|leaving|left|come|coming|carried|wheeled|sent) (?:home|out|out of here|here|there) in (?:a |an )?(?:body ?bag|bag|box|coffin|wooden box|pine box|hearse)\b|\b(?:go|goes|going|leave|leaves|leaving|carried out|wheeled out) in (?:a |an )?(?:body ?bag|coffin|pine box|hearse)\b", EN_THREAT_LOOKALIKE + r"|\b(?:shopping|paper|plastic|carrier|tote|gift|doggy) bag\b|\bbag for life\b|\bin a bag (?:of|with|for)\b"),
    # "I will make sure she finds out exactly what it feels like to be put on a table and not get up".
    (r"\b(?:make sure|see to it|show (?:her|him|you|them)|let (?:her|him|you|them)) (?:\S+ ){0,4}what it (?:feels|is) like to (?:\S+ ){0,8}(?:not (?:get up|wake up|come home|come back|breathe|make it)|die|be killed|be buried|bleed out|be put down)\b", EN_THREAT_LOOKALIKE),
)
EN_FOLLOW_RULES += (
    # A case title: "Staff member waited for at a bus stop after a dispute".
    (r"\b(?:staff member|member of staff|staff|colleague|nurse|driver|cashier|clerk|agent|receptionist|pharmacist|worker|employee|teacher|carer|guard|doctor|technician|assistant)s? (?:was |were |being |been |got )?waited for (?:at|outside|by|after|near|in)\b", EN_FOLLOW_LOOKALIKE),
    # "I'll wait out the front after your shift", "I'll be in the car park when you finish".
    (r"\bi (?:will |am going to |am gonna )?(?:wait|be waiting|be) (?:\S+ ){0,3}(?:outside|out the front|out front|out the back|round the back|by the \S+ door|in the car ?park) (?:\S+ ){0,2}(?:after (?:your|ur|her|his) (?:\S+ )?(?:shift|work)|when (?:you|u|she|he) (?:finish|finishes|leave|leaves|get off|gets off|clock off|knock off))\b", EN_FOLLOW_LOOKALIKE),
    # Staff's routine recited to them: "You finish at six, no? You walk to the metro".
    (r"\b(?:you|u) (?:finish|leave|get off|clock off|knock off) at (?:\S+ ){1,2}(?:no|right|yes|yeah|eh|innit|yes or no)\s*\?|\b(?:you|u) (?:walk|go|head|get) to the (?:metro|station|bus stop|tube|train|tram|car ?park|bus)\b[^\n]{0,80}\b(?:you|u) (?:go in|take|get on|use|park|had|wear|wore)\b", EN_FOLLOW_LOOKALIKE),
)

JA_INJURY_RULES += (
    # 「職員の右の手首をつかんで強く引っ張り」「手首には指の跡が赤く残った」
    (r"(?:手首|腕|髪|髪の毛|胸ぐら|胸倉|襟|えり|首)(?:を)?[^。！？!?\n]{0,4}?(?:つかん|掴ん|つかみ|掴み)(?:で|、)?[^。！？!?\n]{0,6}?(?:引っ張|ひっぱ|引きず|ひきず|ねじ|ひね|振り回|揺さぶ)", JA_ATTACK_LOOKALIKE + r"|(?:手すり|つり革|つりかわ|ろーぷ|紐|ひも)"),
    (r"(?:手首|腕|首|肩|頬|顔|二の腕)(?:に|には|にも)[^。！？!?\n]{0,4}?(?:指の跡|指のあと|手の跡|手のあと|つかまれた跡|掴まれた跡|手形)", JA_ATTACK_LOOKALIKE),
)
JA_BOMB_RULES += (
    # 「いっそ燃えたらええのにな。俺がやったろか」
    (r"(?:燃え|燃や|火事|爆発|吹っ飛|ぶっ飛)[^。！？!?\n]{0,12}?(?:いい|ええ)[^！？!?\n]{0,16}?(?:俺が|おれが|わしが|わいが|僕が|ぼくが|あたしが|私が|うちが)(?:やったろ|やったる|したろ|したる|つけたろ|つけたる|燃やしたろ|燃やしたる)", JA_BOMB_LOOKALIKE),
)
JA_THREAT_RULES += (
    # 「お前の葬式の段取りもしといたるわ」
    (r"(?:お前|おまえ|あんた|てめえ|てめー|貴様|きさま|おどれ|われ)(?:の|ん)(?:葬式|葬儀|通夜|お通夜|墓|お墓|棺桶|遺影)", JA_THREAT_LOOKALIKE),
)
JA_FOLLOW_RULES += (
    # 「家は川向こうの、コインランドリーの裏のアパートやな」
    (r"(?:家|自宅|住まい)(?:は|って)[^。！？!?\n]{0,24}?(?:まんしょん|あぱーと|団地|一軒家|社宅|寮|家)(?:やな|やんな|やろ|だな|だよな|ですね|でしょ|じゃろ)", JA_FOLLOW_LOOKALIKE),
    # 「診療が終わった後に裏の駐車場で待っていた」
    (r"(?:診療|営業|仕事|勤務|授業|しふと|ばいと|業務|閉店|練習)(?:が|の)?終わ(?:った|る)(?:後|あと|頃|ころ|の)[^。！？!?\n]{0,20}?(?:駐車場|駐輪場|裏口|通用口|出口|裏|外|前)(?:で|に)[^。！？!?\n]{0,4}?(?:待って|待っと|待ち|立って|張って)", JA_FOLLOW_LOOKALIKE),
    # 「ナンバーも覚えたので、近所で見かけたらすぐわかります」: staff's car to be recognised again.
    (r"なんばー(?:も|は|まで)[^。！？!?\n]{0,6}?覚え[^。！？!?\n]{0,24}?(?:見かけ|見つけ|わか|分か|探せ|探し)", JA_FOLLOW_LOOKALIKE),
)

# --- A sentence that describes no conduct --------------------------------------------------
# Long look-alikes are full of danger words in sentences about something other than what a person
# here does to anyone: an object as merchandise or a topic (valued, pawned, licensed, stored,
# displayed, described), a class or demonstration, a story, a song, the news, history, a word and
# its meaning, animals, a quarry or demolition, a design, a question about a rule. Such a sentence
# sets aside a weapon, threat, bomb or injury word in it (`safety._no_conduct`) unless the sentence
# also shows conduct: a thing turned or thrust at someone, a threat spoken (first-person intent,
# "or else", 「てやる」「お前」), blows at a person, someone producing a thing from a bag or pocket,
# agitation or fear. The conduct cues are broad on purpose: a real danger told inside an account of
# a class, a trade or an exhibit keeps them.
EN_TOPIC_FRAME = (
    # merchandise and its paperwork
    r"\b(?:pledg\w*|pawn\w*|valued at|valuations?|valuers?|apprais\w*|auction\w*|bid|bids|bidder|bidding|for sale|on sale|"
    r"resale|resell\w*|pricing|catalogu?e\w*|collectors?|collectibles?|collectables?|licen[cs]ing|firearms? certificates?|"
    r"shotgun certificates?|certificate holders?|serial numbers?|"
    # an object described as a thing
    r"decorative|ornamental|antiques?|vintage|ceremonial|heirlooms?|souvenirs?|commemorative|mass-produced|"
    r"handmade|hand-forged|on display|display (?:case|cabinet|stand)s?|exhibition|exhibits|museum|gallery|"
    # a lesson or demonstration
    r"demonstration of|lectures?|lecturer|seminars?|workshops?|syllabus|curriculum|tutorials?|forensic\w*|"
    # stories, media, history
    r"novels?|novelist|episodes?|chapters?|films?|movies?|documentar\w*|podcasts?|songs?|lyrics?|"
    r"albums?|playlists?|broadcast\w*|presenter|listeners?|on air|dedication|"
    r"historical|century|centuries|medieval|ancient|myths?|wartime|headlines?|reported in|newspaper|"
    # animals and quarries
    r"deer|boar|foxes|rabbits?|pigeons?|game birds?|vermin|carcass\w*|cull\w*|"
    r"hunting(?! (?:knife|knives|rifle|rifles|gun|guns|bow|bows|crossbow|crossbows))|shooting season|"
    r"quarry|quarrying|blasting|demolition|controlled explosion|fireworks?|"
    # designs and art, the stage
    r"tattoo\w*|flash sheets?|drawings?|sketch\w*|stencils?|motifs?|"
    r"on stage|stage (?:blood|combat|fight|fighting|props?|knife|knives|guns?|swords?)|cap guns?|blank-firing|productions?|rehearsals?|"
    r"the director|the script|the cast|the play|(?:actor|actress|actors) playing|"
    # a talk, a picture, storage or hire: the thing as a topic
    r"(?:a |the )?(?:talk|talks|presentation|briefing|assembly|assemblies|lesson|class|course|training|session|seminar|workshop) (?:on|about)|"
    r"explained (?:the law|how|what|why|the difference)|(?:photos?|photographs?|pictures?|images?|footage|videos?|clips?) of|"
    r"storage|rent|rental|hire|"
    # a rule, a hypothetical in guidance, lost property
    r"legal to|illegal to|lawful|unlawful|regulations?|"
    r"if (?:any|a|an) (?:caller|customer|member of the public|applicant|visitor|guest|patient|client|passenger) (?:says|claims|mentions|asks|tells)|"
    r"i (?:think i )?left my|lost property)\b"
)
# A frame word after these names where or when something happened ("at the antiques auction", "during the
# pottery workshop", "after the documentary screening"), not what the sentence is about.
EN_SETTING_BEFORE = r"\b(?:at|during|after|before|outside|near|inside|following|from|into|to|by|around|throughout)(?: \S+){0,4} $"
# Words inside a match that make its thing a picture, an antique or goods ("photos of ... handguns", "rental guns"); never
# a likeness ("a replica gun", 「包丁の柄みたいなの」 is what a weapon looks like to whoever saw it).
EN_THING_DESCRIBED = (
    r"\b(?:decorative|ornamental|antique|vintage|ceremonial|commemorative|souvenir|"
    r"rental|(?:photos?|photographs?|pictures?|images?|drawings?) of)\b"
)
JA_THING_DESCRIBED = r"(?:骨董|美術品|装飾用|観賞用|写真|画像|絵)"
# A thing turned on a person here, or produced from a bag or pocket: conduct that also keeps a lesson, a game or
# an errand from setting the words aside (`safety._in_play`, `safety._ordinary_object`).
EN_CONDUCT_TURNED = (
    # a thing turned, aimed or held at a person here
    r"\b(?:pointed|pointing|points|aimed|aiming|aims|waved|waving|swung|swinging|lunged|lunging|jabbed|jabbing|thrust|came|coming|"
    rf"rushed|charged|advanced) (?:\S+ ){{0,4}}at (?:me|us|you|u|him|her|them|my|our|your|his|the (?:\S+ ){{0,2}}{STAFF_ROLE})\b"
    r"|\bin (?:my|your|his|her|our|their) face\b|\b(?:to|against|at) (?:my|your|his|her|our|the \S+'s) (?:throat|neck|chest|face|stomach|belly|head)\b"
    r"|\b(?:brandish\w*|menacingly|held (?:it|them|the \S+|a \S+|his \S+|her \S+) (?:up )?(?:to|against|at) (?:me|us|him|her|my|his|her|our|the)|squared up|advanced on)\b"
    # a threat told to someone here
    rf"|\b(?:told|warned|threatened) (?:me|us|him|her|them|staff|(?:the|a) (?:\S+ ){{0,2}}{STAFF_ROLE})\b"
    r"|\b(?:he|she|they|(?:a|the) \S+) (?:said|shouted|yelled|screamed) (?:that )?(?:he|she|they) (?:would|will|was going to|is going to)\b"
    # someone here producing a thing from a bag or pocket
    r"|\b(?:pulled|pulls|pulling|whipped|whips|fished|produced|produces) out\b"
    r"|\b(?:pulled|took|whipped|got|fished|drew|slid|produced) (?:\S+ ){0,6}(?:out of|from) (?:his|her|their|a|the|my) (?:\S+ )?"
    r"(?:bag|pocket|coat|jacket|waistband|sleeve|rucksack|backpack|belt|boot|trousers|hoodie|holdall)\b"
)
EN_CONDUCT = (
    EN_CONDUCT_TURNED
    + rf"|\bat (?:me|us|you|u|ya|him|her|them|my|our|your|his|the (?:\S+ ){{0,2}}{STAFF_ROLE})\b"
    rf"|\b(?:on|towards?|against) (?:me|us|you|u|ya|him|her|(?:a|the) (?:\S+ ){{0,2}}{STAFF_ROLE})\b"
    r"|\b(?:my|your|his|her|our) (?:throat|neck|chest|face|stomach|belly|lap)\b"
    r"|\b(?:wav(?:ed|es|ing) (?:it|them|the|a|an|his|her|their)|point(?:ed|ing|s) (?:it|them|the|a|an|his|her|their)|"
    r"aim(?:ed|ing|s) (?:it|them|the|a|an|his|her|their)|lung(?:e|ed|es|ing)|swung|swinging|swing (?:it|the)|jabb\w*|thrust\w*|"
    r"came at|come at|comes at|coming at|went for|go for|goes for|threat\w*|menac\w*|intimidat\w*|raised (?:it|the|a|his|her)|"
    r"held (?:it|them|the \S+|a \S+|his \S+|her \S+) (?:up|to|against|at|near|over|out)|stood over)\b"
    r"|\b(?:took|takes|taking|got|gets|drew|draws|slid) out\b|\b(?:took|got|drew|slid) (?:\S+ ){0,6}(?:out of|from) (?:his|her|their|a|the|my) (?:\S+ )?(?:van|car|case)\b"
    r"|\bhas (?:a|an|got)\b|\bis (?:holding|carrying|waving|armed)\b"
    # someone here doing something: a person (not a thing) who came, stood, brought, kept, left or said
    r"|(?<!if any )(?<!if a )\b(?:he|she|they|someone|somebody|(?:a|an|the|one|another) (?:\S+ )?(?:man|woman|men|customer|bidder|seller|buyer|"
    r"visitor|student|pupil|collector|caller|guest|client|patient|passenger|member|applicant|person|youth|lad|guy|boy|girl|"
    r"participant|attendee|spectator|angler|hunter|owner|resident|parent|father|mother|son|daughter))\b(?: \S+){0,4} "
    r"(?:brought|bringing|came|comes|coming|stood|standing|kept|keeping|put|left|set|sets|setting|carried|carrying|walked|"
    r"turned up|showed up|arrived|returned|waited|waiting|sat|said|says|shouted|told|threatened|pulled|held|holding|had|has|"
    r"armed|wielding|wielded|dropped|placed|planted|poured|lit|threw|thrown)\b"
    # a thing carried on a person here
    r"|\b(?:in|inside|from|under) (?:his|her|their) (?:\S+ )?(?:waistband|belt|pocket|pockets|jacket|coat|hoodie|sleeve|trousers|jeans|boot|boots|sock|shirt|top|bag|rucksack|backpack)\b"
    r"|\bon (?:his|her|their) (?:belt|hip|hips|person)\b|\b(?:tucked|concealed|hidden|stuffed|sheathed|strapped)\b"
    # a threat spoken or relayed: first-person claims and intent, reported intent, a condition, "or else"
    r"|\bi (?:will|shall|would|could|might)\b(?! (?:like|love|prefer|appreciate|be (?:grateful|happy|glad|interested|keen)|recommend|suggest|imagine|guess|say|think|rather|also like))"
    r"|\bi (?:am|was) (?:going to|gonna|coming|bringing|armed|licensed|not afraid|warning|telling)\b|(?<!can )(?<!could )(?<!may )(?<!do )(?<!should )\bi (?:have|own|carry|keep|got)\b(?! (?:been|had|never|not|always|just|also|only|no)\b)|\bwe will (?:burn|kill|come|be back|find|get)\b"
    r"|\b(?:i|we) know (?:where|what time|when|who)\b"
    r"|\b(?:he|she|they) (?:would|will|was going to|is going to|were going to|are going to|was gonna|is gonna)\b(?! (?:been|had|have|gone|done|seen|forgotten|left|used|got|given|taken|known|thought|told|made|lost|bought|brought|heard|\w+ed)\b)"
    r"|\b(?:kill|shoot|stab|hurt|burn|cut|hit|punch|beat|slash|strangle|choke|murder|batter|smash) (?:me|us|you|u|him|her)\b"
    r"|\b(?:he|she|they|the (?:man|woman|customer|caller|guest|patient|client|passenger|applicant|visitor|resident|member|"
    r"parent|buyer|seller)) (?:said|says|shouted|yelled|screamed|wrote|warned|added|stated|muttered|told|texted|posted|emailed)\b"
    rf"|\bstating\b|\bsaying (?:that )?(?:he|she|they)\b|\btold (?:me|us|him|her|them|my|our|(?:the|a) (?:\S+ ){{0,2}}{STAFF_ROLE})\b"
    r"|\btell (?:him|her|them|your|the|that)\b(?! from| apart)|\bnext time\b"
    r"|\b(?:rang|phoned|called|wrote|texted|emailed|messaged|posted) (?:\S+ ){0,3}to say\b"
    r"|\b(?:said|say|says|saying|stating|warning) (?:that )?(?:the|your|our|his|her|this|that|every) (?:\S+ ){0,3}(?:would|will|is going to|was going to)\b"
    r"|\bor else\b|\bunless (?:you|u|someone|somebody)\b|\bif (?:you|u) (?:do not|will not|refuse|call|tell|come|ever)\b"
    r"|\bif (?:you|u|she|he|they|we|i) (?:did not|do not|does not|will not|would not|refuse\w*)\b"
    r"|\byou (?:will|would|had better|better) (?:be sorry|regret|pay|see|learn|find out|wish|end up|get what)\b|\bwatch your (?:back|step)\b"
    r"|\b(?:be|it would be|would be|it will be|will be) a (?:real )?(?:shame|pity)\b|\bjust so you know\b"
    r"|\bteach (?:you|u|him|her|them|someone|somebody) a lesson\b|\bthe law into\b"
    # blows at a person
    r"|\b(?:punch\w*|slapp\w*|kick(?:ed|ing|s)?|headbutt\w*|shov\w*|push(?:ed|es|ing)|grabb\w*|chok\w*|strangl\w*|spat|"
    r"attack\w*|assault\w*|stabb\w*|slash\w*|beat|beating|struck|hit|hitting) (?:me|us|you|him|her|them|my|our|his|"
    rf"the (?:\S+ ){{0,2}}{STAFF_ROLE}|a (?:\S+ ){{0,2}}{STAFF_ROLE})\b"
    # agitation, grievance, fear, the police
    r"|\b(?:suddenly|without warning|all of a sudden|shout\w*|yell(?:ed|ing|s)?|scream\w*|swear\w*|swore|angry|furious|enraged|"
    r"rage|raging|lost (?:his|her|their) temper|kicked off|aggressive\w*|agitated|ranting|frighten\w*|scared|terrif\w*|"
    r"shaking|panic\w*|froze|fled|backed away|stepped back|hid|hiding|999|911|arrest\w*|evacuat\w*|refus\w*|demand\w*|"
    r"upset|irate|annoyed|complain\w*|(?:called|rang|phoned) (?:the )?(?:police|security)|police (?:were|was) called)\b"
)
# A topic noun, not a place or role named after it (展示場, 見学者, 稽古場, 花火大会, 土産物店).
_JA_NOT_A_PLACE = r"(?!場|会|店|屋|者|員|所|室|館|大会|市|物店|売り場|こーなー|ぶーす)"
# An animal as a noun of its own, not a place name (熊本, 鹿児島, 熊谷, 魚津).
_JA_ANIMAL = r"[0-9一二三四五六七八九十百何数]+匹|(?:熊|くま|いのしし|猪|鹿|猿|魚|ねずみ|ごきぶり|害虫|蜂|はち|虫|生き物|動物)(?=[がをのにはもとやへ、]|たち|など)(?<!熊本)"
JA_TOPIC_FRAME = (
    # merchandise and its paperwork
    r"(?:(?:鑑定|査定|買取|買い取|売却|売買|出品|入札|落札|質入|相場|展示|陳列|"
    r"登録証|所持許可|収納|譲渡|寄贈|手入れ|研ぎ直|"
    # an object described as a thing
    r"骨董|古美術|美術品|装飾|記念品|土産|工芸|"
    # a demonstration or practice
    r"解説|教わ|習い|習っ|実演|演武|稽古|見学|"
    # stories, media, history
    r"第[0-9一二三四五六七八九十]+話|どらま|映画|小説|漫画|あにめ|原作|作中|歌詞|楽曲|報道|"
    r"歴史|戦国|江戸時代|明治時代|伝説|戦争|空襲|本で読|教科書|調書|判決|"
    # animals and quarries
    r"害獣|駆除|狩猟|猟(?!奇|銃|師|犬|友)|捕獲|有害鳥獣|発破|採石|花火|"
    # a design, a rule
    r"でざいん|図案|刺青|たとぅー|法令|条例|"
    # a way of handling, a procedure, a storage: the thing described, not used
    r"保管|方法|(?:持ち|使い|握り|扱い|研ぎ|置き|さばき|切り|渡し)方|場合の|手順)"
    rf"{_JA_NOT_A_PLACE}|{_JA_ANIMAL})"
)
JA_CONDUCT_TURNED = (
    r"(?:(?:私|わたし|僕|ぼく|俺|おれ|わし|こちら|こっち|職員|店員|販売員|係員|すたっふ|受付|講師|先生|担当|相手|客|人|顔|胸|首|腹|喉)"
    r"(?:さん|様)?(?:の(?:方|ほう|顔|胸|首|腹|喉|あたり|前|目の前))?(?:に|へ)[^。、]{0,6}?(?:向け|むけ|突きつけ|突き付け|つきつけ|突き出|押し当て|振りかざ|振り下ろ)(?!な|ず|ま?せん)|"
    r"めがけ|振りかざ|ちらつか|詰め寄|つかみかか|殴りかか|襲いかか|飛びかか|切りかか|切りつけ|切り付け|"
    # a blow at staff (「係員を殴った」)
    r"(?:店員|職員|係員|すたっふ|受付|警備員|学芸員|駅員|販売員|従業員)(?:さん)?を[^。、]{0,4}?(?:殴|蹴|刺|切りつけ|切り付け|突き飛ば)|"
    # words said to staff or the writer (「店員に『この店に爆弾を仕掛けたからな』と」)
    r"(?:店員|職員|係員|すたっふ|受付|窓口|担当|駅員|販売員|講師|先生|私|わたし|僕|こちら)(?:さん|様)?(?:に|へ|に対し(?:て)?)、?[「『]|"
    r"(?:ぽけっと|鞄|かばん|ばっぐ|懐|ふところ|上着|じゃけっと|腰|べると|袖)(?:の中|の内側)?から[^。、]{0,12}?(?:取り出|出し|抜))"
)
JA_CONDUCT = (
    JA_CONDUCT_TURNED + "|"
    # a thing turned or thrust at a person here, or shown to them
    r"(?:(?<!空に)(?<!上に)(?<!天に)(?<!的に)(?<!空へ)(?<!上へ)(?:向け|むけ)(?:て|た|る|ら|られ|ま)|めがけ|突きつけ|突き付け|つきつけ|"
    r"突き出し|押し当て|振りかざ|振り上げ|振り下ろ|構え|ちらつか|詰め寄|迫っ|迫り|つかみかか|殴りかか|襲いかか|飛びかか|"
    r"切りかか|切りつけ|切り付け|睨|にらみ|にらん|取り出|抜い|見せ(?:て)?(?:き|つけ|びらか)|わざと|黙って|"
    r"(?:私|わたし|僕|ぼく|俺|おれ|わし|こちら|こっち|我々|職員|店員|販売員|係員|すたっふ|受付|窓口|担当|講師|先生|試験官|相手|客|男性|女性|子供|皆|みんな)"
    r"(?:さん|様)?(?:の(?:方|ほう|顔|胸|首|腹|喉|頭|目の前|前))?(?:に|へ)(?:対して|対し|向かって)|"
    r"(?:こちら|こっち|私|わたし|僕|ぼく|俺|おれ|わし)(?:に|へ|の方|のほう|めがけ)|に対し|"
    # someone here holding or producing a thing
    r"(?:ぽけっと|鞄|かばん|ばっぐ|懐|ふところ|上着|じゃけっと|腰|べると|袖|車)(?:の中|の内側|の前)?(?:から|に差|に手を|に入れ|につけ|に下げ)|"
    r"来店|来庁|来所|来院|来場され|窓口に来|店に来"
    # a threat spoken or relayed
    r"|てやる(?!の(?:が|は|も|で))|てやろうか|てやろか|たろか|たろうか|たるで|たるぞ|たるからな|てまうぞ|やるぞ|するぞ|"
    r"ぞ(?:[」』!！。、]|$)|からな(?:[」』!！。、あ]|$)|ぶっ殺|ぶち殺|ぶっころ|お前|おまえ|てめえ|てめぇ|てめー|貴様|きさま|"
    r"あんた|あなた|そちら|お宅|おたく|覚悟(?:し|せ)|(?:する|やる|たる)わ(?:[ 」』!！。、]|$)|覚えとけ|覚えてろ|ただじゃ(?:済|す|おか)|"
    r"ほのめか|旨の発言|予告|脅迫|犯行声明|たる(?:[」』!！。、 ]|$)|と(?:言われ|言った|言って|言い|いわれ|話して|告げ|書き込|書いて|書かれ)|持って(?:来|き)|持ち込|"
    r"(?:に|へ|から)[「『]|[」』]と(?:言われ|言い放|言い残|発言|叫|怒鳴|声を荒|凄|すご|脅|わめ|書き込|言った|言って(?:き|立ち|帰|去|出|店))|"
    r"と(?:発言|言い放|言い残|声を荒)|声を荒|伺います|行きます|行くから|行くで|来るわ|来るで|来るから|"
    r"凄ん|すごん|脅|威嚇|苦情|抗議|不満|納得(?:しな|いかな|でき|せず)|腹を立|激怒|逆ぎれ|逆切れ"
    # blows at a person
    r"|殴|蹴|突き飛ば|突き(?!当)|胸ぐら|胸倉|首を絞|押し倒|叩か|叩い|引っ張|引っぱ|引き倒|つか[まみん]|掴[まみん]|ひね[っり]|ねじ上|"
    # what happened next, agitation and fear
    r"ところ[、,]|ていたら|た際|の際|途中で|最中|いきなり|突然|急に|"
    r"怒|わめ|喚|激高|激昂|逆上|(?:ぶち)?(?:きれ|切れ)(?:て|た|られ)|怖|恐怖|震え|悲鳴|身の危険|通報|110番|警察|非常ぼたん)"
)
