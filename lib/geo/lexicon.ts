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
    "assaults hit hits targeted targeting target destroyed destruction damaged damage captured capture " +
    "seized seize recaptured retook retake liberated liberation besieged siege encircled invaded invasion " +
    "incursion sniper mortar mortars combat skirmish skirmishes ambush ambushed massacre massacred " +
    "shot shooting detonated landmine mine mines violated violation violations hostilities munitions " +
    "bodies body corpses grave graves protest protests protesters protested demonstrators demonstration " +
    "demonstrations rally rallies marched evacuated evacuating evacuation evacuations fled flee fleeing " +
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
    "outskirts destruction occupation blockade",
);

/** Transitive attack verbs whose object, right after them, is a site ("Russia shelled Kharkiv"). */
export const ATTACK_VERBS = words(
  "shelled shelling shell shells hit hits hitting struck strike strikes striking bombed bombing bombarded " +
    "bombarding attacked attacking attack attacks targeted targeting target targets pounded pounding " +
    "stormed storming captured capturing seized seizing recaptured retook liberated besieged encircled " +
    "raided invaded rocked overran entered held holds controlled controls control took taken retaken " +
    "regained reclaimed surrounded shot downed обстреляли обстрелял атаковали атаковал ударили ударил",
);

/** Helpers between a subject place and its passive event ("X was shelled", "X came under fire"). */
export const PASSIVE_AUX = words(
  "was were is are has have had been being came comes come remained remains got again also reportedly " +
    "repeatedly heavily once more under",
);

/** Words after the auxiliaries that make the subject place a site. */
export const PASSIVE_EVENT = words(
  "shelled hit struck bombed bombarded attacked targeted pounded rocked damaged destroyed captured seized " +
    "recaptured liberated besieged encircled fire attack shelling bombardment siege assault raided stormed",
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
  "of on upon de del la le al el the and am an der sur en dos das do da di bin ibn y i",
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
  "against over across visit visited visiting visits borders bordering border reaches " +
    "enter enters landed flew fled fleeing returned arrived deployed",
);

/** Nouns of land before "of" + a country ("the territory of Armenia", "south of Yerevan"). */
export const OF_PLACE_NOUNS = words(
  "territory territories soil border borders frontier south north east west south-west south-east " +
    "north-west north-east outskirts part parts region regions capital city cities towns villages area " +
    "areas airspace interior coast province provinces side road roads line corridor",
);

/** Adjectives allowed between a location word and a country ("into neighbouring Armenia"). */
export const PLACE_ADJECTIVES = words(
  "occupied disputed neighbouring neighboring breakaway embattled besieged contested separatist " +
    "mainland wider greater central eastern western northern southern north south east west",
);
