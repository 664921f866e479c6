import type { CasualtyKind, Civilian } from "@/lib/types/tags";

/**
 * A word table with no prototype: looking up a word that is not in it ("constructor", "the") finds
 * nothing, and quickly.
 */
export function lookup<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

/** Nouns for people, with whether they name civilians or combatants. */
export const PERSON_NOUNS: Record<string, Civilian> = lookup({});

function add(cls: Civilian, words: string): void {
  for (const w of words.split(/\s+/)) if (w) PERSON_NOUNS[w] = cls;
}

add(
  "civilian",
  `civilian civilians resident residents child children kid kids woman women villager villagers journalist
   journalists reporter reporters medic medics doctor doctors nurse nurses student students pupil pupils
   schoolchildren baby babies infant infants teenager teenagers girl girls boy boys pedestrian pedestrians
   passenger passengers farmer farmers inhabitant inhabitants worshipper worshippers worshipers refugee
   refugees non-combatants noncombatants shepherd shepherds family families toddler toddlers minor minors
   civ civs idp idps displaced-people mother mothers father fathers son sons daughter daughters wife
   husband brother sister grandmother grandfather teacher teachers worker workers mourner mourners driver drivers employee employees staffer staffers volunteer-medics paramedic paramedics
   patient patients pilgrim pilgrims migrant migrants fisherman fishermen herder herders herdsmen nomads miner
   miners neighbour neighbours neighbor neighbors relative relatives rescuer rescuers firefighter firefighters
   protester protesters protestors demonstrators shopper shoppers trader traders vendor vendors guests
   grandchild grandchildren grandson grandsons granddaughter granddaughters nephew nephews niece nieces cousin
   cousins aunt uncle elder elders schoolteacher schoolteachers dockworker dockworkers steelworker
   steelworkers imam imams priest priests cleric clerics nun nuns monk monks activist activists lawyer lawyers
   photographer photographers cameraman cameramen photojournalist photojournalists engineer engineers
   electrician electricians seafarer seafarers mariner mariners governor mayor mayors official officials
   minister lawmaker lawmakers shopkeeper shopkeepers labourer labourers laborer laborers customer customers
   pensioner pensioners journo journos victim victims companions co-driver passer-by passers-by`,
);
add(
  "military",
  `soldier soldiers troop troops serviceman servicemen servicemember servicemembers fighter fighters militant
   militants combatant combatants conscript conscripts recruit recruits reservist reservists peacekeeper
   peacekeepers mercenary mercenaries rebel rebels insurgent insurgents guerrilla guerrillas commando
   commandos sniper snipers gunmen gunman paratrooper paratroopers militiamen militiaman militia officer
   officers sergeant sergeants lieutenant colonel general generals commander commanders personnel servicemembers
   mil troopers trooper marines guard guards border-guards jihadists jihadist volunteers sailors sailor airmen pilot pilots crew crewmen
   saboteur saboteurs infiltrator infiltrators separatist separatists partisan partisans gunner gunners cadet
   cadets guardsman guardsmen marine defender defenders elements operatives operative`,
);
add(
  "unknown",
  `people person persons individual individuals other others man men member members citizen
   ppl pax citizens national nationals policeman policemen police adult adults lives life casualties staff bodies`,
);

/** Adjectives that settle civilian or military status when they modify the noun. */
export const STATUS_ADJECTIVES: Record<string, Civilian> = lookup({
  civilian: "civilian",
  innocent: "civilian",
  unarmed: "civilian",
  military: "military",
  army: "military",
  enemy: "military",
  armed: "military",
  displaced: "civilian",
});

/** Words of a kind as they follow the count ("12 soldiers were killed", "12 dead"). */
export const KIND_AFTER: Record<string, CasualtyKind> = lookup({
  killed: "killed",
  dead: "killed",
  died: "killed",
  die: "killed",
  perished: "killed",
  slain: "killed",
  martyred: "killed",
  executed: "killed",
  massacred: "killed",
  deaths: "killed",
  fatalities: "killed",
  murdered: "killed",
  buried: "killed",
  kia: "killed",
  wia: "injured",
  inj: "injured",
  mia: "missing",
  pow: "captured",
  held: "captured",
  hostage: "captured",
  captivity: "captured",
  injured: "injured",
  wounded: "injured",
  hurt: "injured",
  injuries: "injured",
  hospitalised: "injured",
  hospitalized: "injured",
  missing: "missing",
  disappeared: "missing",
  drowned: "killed",
  slaughtered: "killed",
  maimed: "injured",
  captured: "captured",
  prisoners: "captured",
  captives: "captured",
  hostages: "captured",
  pows: "captured",
  abducted: "captured",
  kidnapped: "captured",
  surrendered: "captured",
  martyrs: "killed",
  burned: "injured",
  burnt: "injured",
  lynched: "killed",
  beheaded: "killed",
});

/** Verbs of a kind as they precede the count ("killed 12 civilians", "wounding 20"). */
export const KIND_BEFORE: Record<string, CasualtyKind> = lookup({
  killed: "killed",
  killing: "killed",
  kills: "killed",
  kill: "killed",
  executed: "killed",
  executing: "killed",
  massacred: "killed",
  slew: "killed",
  slaying: "killed",
  slaughtered: "killed",
  slaughtering: "killed",
  massacring: "killed",
  lynched: "killed",
  lynching: "killed",
  beheaded: "killed",
  beheading: "killed",
  maimed: "injured",
  maiming: "injured",
  // Burials are deaths (README: "buried"); only with a person noun, checked in objectPattern.
  buried: "killed",
  burying: "killed",
  injured: "injured",
  injuring: "injured",
  injures: "injured",
  wounded: "injured",
  wounding: "injured",
  wounds: "injured",
  hurting: "injured",
  captured: "captured",
  capturing: "captured",
  captures: "captured",
  abducted: "captured",
  abducting: "captured",
  kidnapped: "captured",
  kidnapping: "captured",
  abducts: "captured",
  kidnaps: "captured",
  seized: "captured",
  holding: "captured",
  holds: "captured",
  held: "captured",
});

/**
 * Words that may sit between a count and its verb ("were", "have been", "reportedly") without
 * changing the claim.
 */
export const AUX = new Set([
  "were",
  "was",
  "are",
  "is",
  "have",
  "has",
  "had",
  "been",
  "being",
  "be",
  "reportedly",
  "reported",
  "also",
  "allegedly",
  "now",
  "later",
  "all",
  "already",
  "confirmed",
  "believed",
  "feared",
  "thought",
  "said",
  "to",
  "subsequently",
  "summarily",
  "brutally",
  "mortally",
  "seriously",
  "critically",
  "severely",
  "badly",
  "slightly",
  "lightly",
  "who",
  "that",
  "officially",
  "left",
  "so",
  "far",
  "since",
  "then",
  "still",
  "remain",
  "remained",
  "remains",
  "went",
  "gone",
  "listed",
  "as",
  "presumed",
  "declared",
  "found",
]);

/** Words that turn the claim into a possibility or a denial. */
export const MODAL_OR_NEGATION = new Set([
  "not",
  "never",
  "no",
  "could",
  "would",
  "might",
  "may",
  "will",
  "shall",
  "should",
  "cannot",
  "can",
  "neither",
  "nor",
  "none",
  "nobody",
  "without",
  "if",
  "unless",
]);

/** Verbs of denial: a figure in their complement is not asserted by the sentence. */
export const DENIAL = new Set([
  "denied",
  "denies",
  "deny",
  "denying",
  "rejected",
  "rejects",
  "dismissed",
  "dismisses",
  "refuted",
  "refutes",
  "disputed",
]);

/** Signals of a running toll rather than one incident's figure. */
export const CUMULATIVE_RE =
  /\b(?:since (?:the )?(?:fighting|war|conflict|hostilities|clashes|escalation|start|beginning|outbreak|offensive|flare-up)|since (?:late |early |mid-)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|since \d+|so far|to date|toll now|now stands|still (?:missing|held|unaccounted|in captivity)|remain(?:s)? (?:missing|unaccounted|in captivity)|in total|in all|overall|altogether|a total of|total(?:ling|ing)? |cumulative|over the (?:past|last) (?:\w+ )?(?:week|weeks|month|months|days|year)|in the (?:past|last) (?:\w+ )?(?:week|weeks|month|months|days)|during the (?:[\w-]+ )?(?:war|conflict|fighting|hostilities)|in the (?:war|conflict)\b|(?:war|conflict|fighting|hostilities) (?:has|have) (?:so far )?(?:killed|claimed)|(?:is|are|stands|stood) now|now at|over the course of|throughout the (?:war|conflict|fighting)|(?:which|that) (?:began|started|erupted))\b/i;

/** A toll that rose: running when no single incident is named in the sentence. */
export const RISE_RE =
  /\b(?:(?:rose|rise|risen|rises|climbed|climb|climbs|increased|increases|jumped|mounted|grown|grew) (?:to|above|past|beyond|from)|reached|reaches|passed|exceeded|topped|surpassed)\b/i;

/** A single incident named in the sentence ("the strike on Ganja"). */
export const INCIDENT_RE =
  /\b(?:strike|attack|shelling|bombing|explosion|blast|raid|ambush|assault|barrage|shell|missile|rocket)s? (?:on|in|at|against|near|of|that)\b/i;
