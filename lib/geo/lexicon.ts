/**
 * The English (and some Russian) words the place matcher reads around a toponym. Word lists, not
 * branches: a new cue is a new entry. All entries are lower case.
 */

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Prepositions that put a place as the location of what the clause describes. */
export const LOCATIVE = words("in at near outside inside into around across within nearby throughout");

/** Words that show the next capitalised word names a place, though not necessarily a site. */
export const PLACE_CUE = words(
  "in at near outside inside into around across within from to toward towards via through between " +
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
    "shot shooting detonated landmine mine mines violated violation violations hostilities " +
    "обстрел обстрела обстрелы обстреляли удар удары атака атаки погибли погиб ранены бой бои",
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
    "raided invaded rocked overran entered",
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
  "region oblast province district state governorate rayon raion krai strip corridor camp gorge valley " +
    "peninsula marz republic exclave область район край",
);

/** Particles that start Arabic names in lower case ("al-Fashir", "el-Obeid"). */
export const NAME_PARTICLES = words("al el ad ar as ash at az ed en es et ez");

/** Capitalised words that are never places on their own. */
export const NEVER_PLACES = words(
  "january february march april may june july august september october november december " +
    "monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec " +
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь " +
    "понедельник вторник среда четверг пятница суббота воскресенье god allah reuters interfax tass ria",
);

/** Verbs of saying: a place right before one is a speaker (metonymy), never the site. */
export const SPEECH_VERBS = words(
  "said says say told tells announced announces accused accuses warned warns denied denies claimed " +
    "claims insisted insists called calls urged urges stated states responded responds condemned " +
    "condemns demanded demands added reported reports confirmed confirms expects expected",
);
