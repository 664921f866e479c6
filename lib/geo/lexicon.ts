/**
 * The English (and some Russian) words the place matcher reads around a toponym. Word lists, not
 * branches: a new cue is a new entry. All entries are lower case.
 */

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Prepositions that put a place as the location of what the clause describes. */
export const LOCATIVE = words(
  "in at near outside inside into around across within nearby throughout through along over в во под около возле",
);

/** Words that show the next capitalised word names a place, though not necessarily a site. */
export const PLACE_CUE = words(
  "in at near outside inside into around across within from to toward towards via through " +
    "reach reached reaching entered bordering border в во на под из около возле",
);

/** Nouns between a preposition and a place that keep the place the site ("in the city of X"). */
export const PLACE_NOUNS = words(
  "the city town village villages settlement settlements region district province outskirts suburbs " +
    "area areas centre center capital districts frontline front-line of near-by",
);

/** Words that name or describe a violent event: with one of these in the clause, "in X" is a site. */
export const EVENT_WORDS = words(
  "attack attacks attacked attacking strike strikes struck striking shelling shelled shell shells " +
    "bombing bombings bombed bombs bomb bombardment bombarded missile missiles rocket rockets drone drones " +
    "artillery airstrike airstrikes raid raids air-raid explosion explosions exploded blast blasts killed " +
    "killing kills kill dead died dies wounded wounding injured injuring injuries casualties fire fired firing " +
    "gunfire fighting fought fights clash clashes clashed battle battles battling offensive assault " +
    "assaults hit hits hitting pounded pounding stormed storming raided overran pushed pushing targeted targeting target destroyed destruction damaged damage captured capture " +
    "seized seize recaptured retook retake liberated liberation besieged siege encircled invaded invasion " +
    "incursion sniper mortar mortars combat skirmish skirmishes ambush ambushed massacre massacred " +
    "shot shooting detonated landmine mine mines violated violation violations hostilities munitions " +
    "bodies body corpses grave graves protest protests protesters protested demonstrators demonstration " +
    "demonstrations rally rallies rallied rallying marched marching protesting demonstrated demonstrating " +
    "evacuated evacuating evacuation evacuations fled flee fleeing " +
    "displaced sirens shelter sheltered sheltering downed incursion flooding flooded " +
    "captured withdrew withdrawal advance advanced advancing hurt deaths death toll prisoner prisoners " +
    "captive captives detained abducted hostage hostages talks negotiations signed summit truce ceasefire " +
    "cholera outbreak famine starvation convoy convoys refugees falls fell takes took push looting losses " +
    "обстрел обстрела обстрелы обстреляли удар удары атака атаки погибли погиб ранены бой бои взрыв взрывы " +
    "взрывов прогремели атаковали ударили беспилотник беспилотники дроны ракеты ракетный",
);

/** Nouns naming an attack, which make "of"/"on"/"against" + place a site ("the shelling of X"). */
export const EVENT_NOUNS = words(
  "attack attacks strike strikes shelling bombing bombings bombardment raid raids assault assaults " +
    "offensive siege capture fall liberation recapture invasion fire missile missiles rocket rockets " +
    "drone drones airstrike airstrikes advance push counteroffensive counter-offensive battle fighting " +
    "destruction occupation blockade",
);

/** Transitive attack verbs whose object, right after them, is a site ("Russia shelled Kharkiv"). */
export const ATTACK_VERBS = words(
  "shelled shelling shell shells hit hits hitting struck strike strikes striking bombed bombing bombarded " +
    "bombarding attacked attacking attack attacks targeted targeting target targets pounded pounding " +
    "stormed storming captured capturing seized seizing recaptured retook liberated besieged encircled " +
    "raided invaded rocked rocks shook shakes overran entered held holds controlled controls control took taken retaken " +
    "regained reclaimed surrounded shot downed обстреляли обстрелял атаковали атаковал ударили ударил",
);

/** Adverbs and links passed over between a subject place and its event ("X remained under fire"). */
export const PASSIVE_AUX = words("remained remains again also reportedly repeatedly heavily once more");

/** Words after the auxiliaries that make the subject place a site. */
export const PASSIVE_EVENT = words(
  "shelled hit struck bombed bombarded attacked targeted pounded rocked damaged destroyed captured seized " +
    "recaptured liberated besieged encircled fire attack shelling bombardment siege assault raided stormed " +
    "retaken overrun surrounded evacuated flooded",
);

/** Titles before a name: capitalised words after them in the same run are a person, not a place. */
export const TITLES = words(
  "president minister ministers secretary spokesman spokeswoman spokesperson general gen mr mrs ms dr " +
    "prime chancellor ambassador commander colonel col lieutenant lt major maj captain capt sergeant " +
    "leader chief envoy aide adviser advisor ombudsman prosecutor prosecutor-general governor mayor pope " +
    "king queen prince princess sheikh emir senator sen rep representative premier patriarch archbishop " +
    "bishop judge justice director journalist correspondent reporter analyst professor prof officer " +
    "chairman chairwoman chair speaker deputy head mp lawmaker foreign defence defense interior",
);

/** Lower-case words allowed inside a multi-word name ("Rostov-on-Don", "Bosnia and Herzegovina"). */
export const CONNECTORS = words(
  "of on upon de del la le al el the and am an der sur en dos das do da di bin ibn y i ez ed es ash az ad ar",
);

/** Lower-case words allowed at the end of a name ("Kherson region", "Gaza Strip"). */
export const ADMIN_NOUNS = words(
  "region oblast province district state governorate rayon raion krai strip corridor camp gorge valley obl reg " +
    "peninsula marz republic exclave область район край",
);

/** Lower-case words of facility names a supplement may list ("Zaporizhzhia nuclear power plant"). */
export const FACILITY_NOUNS = words("nuclear power plant station dam airport base bridge");

/** Particles that start Arabic names in lower case ("al-Fashir", "el-Obeid"). */
export const NAME_PARTICLES = words("al el ad ar as ash at az ed en es et ez");

/** Month names and their abbreviations, for datelines ("Kyiv, 12 March —"). */
export const MONTHS = words(
  "january february march april may june july august september october november december " +
    "jan feb mar apr jun jul aug sep sept oct nov dec",
);

/** Capitalised words that are never places on their own. */
export const NEVER_PLACES = words(
  "january february march april may june july august september october november december " +
    "monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec " +
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь " +
    "понедельник вторник среда четверг пятница суббота воскресенье god allah reuters interfax tass ria " +
    "hamas hezbollah hizbollah houthi houthis wagner fano tplf idf isis taliban shabaab " +
    "arab arabs kurd kurds kurdish tigrayan tigrayans oromo pashtun druze alawite sunni shia shiite " +
    "brig gen col maj capt lt sgt duma knesset rada kremlin pentagon congress senate parliament meta",
);

/** Verbs of saying: a place right before one is a speaker (metonymy), never the site. */
export const SPEECH_VERBS = words(
  "said says say told tells announced announces accused accuses warned warns denied denies claimed " +
    "claims insisted insists called calls urged urges stated states responded responds condemned " +
    "condemns demanded demands added reported reports confirmed confirms expects expected",
);

/** Words after a place name that make it an actor ("Karabakh authorities", "Armenia defence ministry"). */
export const ORG_NOUNS = words(
  "authorities authority government officials official leadership leader leaders forces force army troops " +
    "militia militias fighters rebel " +
    "military ministry ministries president prime minister side border guards police administration " +
    "parliament embassy envoy delegation spokesman spokeswoman prosecutor ombudsman fm mfa mod officials' " +
    "defence defense foreign separatists separatist rebels backed- health emergency emergencies min mod mfa " +
    "human rights state-run media",
);

/** Verbs and auxiliaries right after a place name that make it the acting subject ("Baku would"). */
export const ACTOR_VERBS = words(
  "would will could can may might must should shall has have had is was were are did does do " +
    "sent sends send launched launches launch rejected rejects rejects agreed agrees agree offered offers " +
    "recalled recalls invited invites backed backs supports supported wants wanted plans planned vowed vows",
);

/**
 * Words before a country or capital that make it a location rather than an actor, on top of PLACE_CUE
 * ("an attack on Turkey", "the territory of Armenia", "the border with Iran", "visited Baku").
 */
export const LOCATION_CUE = words(
  "against over across visit visited visiting visits borders bordering border reaches linking connecting " +
    "connects links " +
    "enter enters landed flew fled fleeing returned arrived deployed",
);

/** Nouns of land before "of" + a country ("the territory of Armenia", "south of Yerevan"). */
export const OF_PLACE_NOUNS = words(
  "territory territories soil border borders frontier district districts oblast province state " +
    "south north east west south-west south-east " +
    "north-west north-east outskirts part parts region regions capital city cities towns villages area " +
    "areas airspace interior coast province provinces side road roads line corridor flights route routes " +
    "railway rail pipeline",
);

/** Adjectives allowed between a location word and a country ("into neighbouring Armenia"). */
export const PLACE_ADJECTIVES = words(
  "occupied disputed neighbouring neighboring breakaway embattled besieged contested separatist " +
    "mainland wider greater central eastern western northern southern north south east west",
);

/** Nouns after a country or capital in a heading ("KHARTOUM FRONT", "SUDAN DAILY"): a section, no speaker. */
export const SECTION_NOUNS = words(
  "front frontline daily weekly watch latest update updates war brief briefing digest roundup round-up " +
    "live report dispatch sitrep monitor notes desk tracker bulletin today crisis conflict",
);

/** Nouns after a place that make it someone's home ("a Khartoum resident", "Baku natives"). */
export const RESIDENT_NOUNS = words(
  "resident residents native natives inhabitant inhabitants man woman men women boy girl family families " +
    "citizen citizens",
);

/** Nouns after a chain of countries that make them the sides of a border ("the Armenia-Azerbaijan border"). */
export const BORDER_NOUNS = words("border borders frontier boundary borderline");

/** Verbs of flight whose object is the place left, a site of displacement ("fled Stepanakert"). */
export const FLIGHT_VERBS = words("fled flee flees fleeing escaped escaping abandoned evacuated evacuating");

/** Words before "into"/"in" that make the place a destination ("refugees crossed into Chad"). */
export const DESTINATION_CUES = words(
  "fled flee flees fleeing escaped refugees displaced evacuated evacuees relocated resettled arrived arriving " +
    "arrive arrives",
);

/** Prepositions of direction: the place after them is a destination, not the site ("fled to Armenia"). */
export const DESTINATION_PREPS = words("to toward towards for into");

/** Nouns before "over" that make the place the object of a dispute ("the war over Karabakh"). */
export const DISPUTE_NOUNS = words(
  "dispute disputes conflict war wars control sovereignty claim claims row tensions tension fight struggle " +
    "standoff jurisdiction talks negotiations deal agreement",
);

/** Words before a place that put its event in the future ("talks will be held in Geneva"). */
export const FUTURE_CUES = words("will shall plan plans planned planning scheduled upcoming due");

/** Event nouns right after a place that make it the site ("the Ganja strike", "the Geneva talks"). */
export const PLACE_EVENT_NOUNS = words(
  "strike strikes attack attacks shelling bombing bombings massacre offensive counteroffensive " +
    "counter-offensive raid raids clashes fighting battle siege blockade talks summit negotiations protest " +
    "protests rally rallies blast explosion explosions",
);

/** The part of PLACE_EVENT_NOUNS that is no verb: safe after a country or capital ("Moscow talks"). */
export const METONYM_EVENT_NOUNS = words("talks summit negotiations massacre siege blockade offensive");

/** Verbs whose subject place is the site with no auxiliary ("Bakhmut fell to Russian forces"). */
export const INTRANSITIVE_EVENT = words("fell falls fallen");

/** Auxiliaries that make the next participle passive ("was shelled", "came under fire"). */
export const BE_AUX = words("was were is are been being be got gets came comes come under");

/** Words after a bare participle in a headline that show it is passive ("Ganja struck by missile"). */
export const PASSIVE_FOLLOWERS = words(
  "by again overnight with in on at near for after as during today yesterday twice repeatedly amid while " +
    "late early heavily once this last anew",
);

/** Nouns after a possessive place that name part of its land ("Lebanon's south", "Armenia's territory"). */
export const LAND_NOUNS = words(
  "north south east west north-east north-west south-east south-west northeast northwest southeast " +
    "southwest territory territories soil airspace interior coast border borders frontier hinterland heartland",
);

/** Nouns after a possessive country that make it a setting, not an actor ("Sudan's civil war"). */
export const SETTING_NOUNS = words("war wars conflict crisis famine");
