import { type CasualtyClaim, EVENT_TYPES, type EventType, type StatementTag } from "@/lib/types/tags";

/**
 * The event taxonomy, one rule per type: each pattern names the words a reporter uses for it. Patterns
 * with a window (`[^.]{0,n}`) require two cues in one sentence, e.g. a drone and a strike. The text is
 * folded (lower case, no accents) before matching.
 */
const RULES: Array<[EventType, RegExp]> = [
  [
    "armed-clash",
    /\b(?:clash(?:es|ed)?|fighting|fought|battles?|firefights?|skirmish(?:es)?|hostilities|offensive|counter-?offensive|counter-?attacks?|combat|gunfire|exchange of fire|ambush(?:ed)?|front ?line|liberat(?:ed|ion)|(?:captured|took|retook|recaptured|seized|took control of|regained|overran|entered|lost|fell)\b[^.]{0,25}\b(?:town|village|city|positions?|heights|district|settlements?|villages|towns)|(?:town|village|city|positions?)\b[^.]{0,20}\b(?:fell|was captured|were captured|was taken))\b/,
  ],
  [
    "shelling",
    /\b(?:shell(?:s|ed|ing)|artillery|mortars?|howitzers?|rocket fire|multiple rocket|grad|smerch|uragan|himars|bombard(?:ed|ment|ing)|cluster munitions?|barrage)\b/,
  ],
  [
    "missile-strike",
    /\b(?:missiles?|ballistic|scud|tochka|iskander|kalibr|kinzhal|rocket attacks?|rockets? (?:hit|struck|landed))\b/,
  ],
  [
    "air-drone-strike",
    /\b(?:air ?strikes?|air raids?|aerial (?:bombardment|attacks?|bombing)|warplanes?|fighter jets?|helicopter gunships?|air defen[cs]e|drone (?:strikes?|attacks?)|(?:drones?|uavs?|bayraktars?|harop|shahed|loitering munitions?|kamikaze|aircraft|jets?|helicopters?)\b[^.]{0,50}\b(?:strikes?|attack(?:s|ed)?|hit|struck|targeted|destroyed|bomb(?:ed|ing|s)?|shot down|downed|intercepted)|(?:struck|hit|targeted|destroyed|attacked|shot down|downed|intercepted)\b[^.]{0,30}\b(?:drones?|uavs?|bayraktars?|warplanes?|aircraft|jets?|helicopters?))\b/,
  ],
  [
    "attack-on-civilians",
    /\b(?:indiscriminate|war crimes?|massacre[sd]?|(?:civilians?|residential (?:areas?|buildings?|neighbou?rhoods?|blocks?)|civilian (?:areas?|infrastructure|targets?|population|settlements?)|hospitals?|schools?|kindergartens?|homes|houses|markets?|camps?|apartment (?:blocks?|buildings?)|towns|cities|villages)\b[^.]{0,40}\b(?:shelled|struck|hit|targeted|attacked|bombed|bombarded|under fire|killed|wounded|injured|destroyed|damaged)|(?:shelled|struck|hit|targeted|attacked|bombed|bombarded|shelling|targeting)\b[^.]{0,30}\b(?:civilians?|residential|hospitals?|schools?|homes|houses|markets?|camps?|apartment|towns|cities|villages))\b/,
  ],
  [
    "ceasefire-violation",
    /\b(?:(?:violat(?:e|ed|es|ing|ions?)|breach(?:ed|es|ing)?|broke|breaking|broken|flout(?:ed|ing))\b[^.]{0,40}\b(?:cease-?fires?|truce|armistice)|(?:cease-?fires?|truce)\b[^.]{0,30}\b(?:violations?|breach(?:es)?|collapsed|broke down|was broken|shattered))\b/,
  ],
  [
    "peace-talks",
    /\b(?:peace (?:talks|plan|deal|agreement|process|proposal|negotiations|initiative|settlement|treaty|accord|summit|conference|efforts)|negotiations?|negotiat(?:ed|ing|ors?)|mediat(?:e|ed|ion|ing|ors?)|minsk group|talks (?:in|with|between|on)|round of talks|peaceful settlement|settlement of the conflict|diplomatic solution|trilateral (?:statement|agreement|declaration)|signed (?:a|an|the) (?:agreement|deal|accord|declaration|statement))\b/,
  ],
  [
    "arms-transfer",
    /\b(?:(?:arms|weapons?|munitions|military (?:equipment|hardware|aid|assistance|supplies)|drones|ammunition)\b[^.]{0,25}\b(?:sales?|exports?|deliveries|delivery|supplies|supply|shipments?|transfers?|embargo|transit|delivered|supplied|sold|shipped|transferred)|(?:sold|sell(?:s|ing)?|supplied|supply(?:ing)?|provid(?:e|ed|es|ing)|deliver(?:ed|ing|s)?|sen[dt]|sending|ship(?:ped|ping)?|export(?:ed|ing|s)?|transfer(?:red|ring)?|purchas(?:e|ed|ing)|bought|buy(?:ing)?)\b[^.]{0,40}\b(?:arms|weapons|munitions|military (?:equipment|hardware|aid|assistance|supplies)|drones|ammunition))\b/,
  ],
  [
    "mobilisation",
    /\b(?:mobili[sz](?:ation|ed|e|ing)|martial law|reservists?|conscription|conscripts|call-?up|deploy(?:ed|ment|ing|s)?|redeploy(?:ed|ment)?|reinforcements?|troop build-?up|build-?up of (?:troops|forces)|amass(?:ed|ing)|(?:sen[dt]|sending|dispatch(?:ed|ing)?|transferr(?:ed|ing)|recruit(?:ed|ing))\b[^.]{0,30}\b(?:troops|soldiers|forces|mercenaries|fighters|personnel|servicemen|peacekeepers|jihadists))\b/,
  ],
  [
    "displacement-humanitarian",
    /\b(?:displaced|displacement|refugees?|fled|fleeing|evacuat(?:ed|ion|ions|ing|e)|humanitarian|idps|exodus|bomb shelters?|aid convoys?|aid workers|homeless|famine|starvation|cholera|food insecurity|hospitals? (?:are |were )?overwhelmed|(?<!military )aid (?:deliveries|agencies|groups|organisations|organizations|supplies))\b/,
  ],
  [
    "protest",
    /\b(?:protests?|protesters?|protested|protesting|demonstrations?|demonstrators|rall(?:y|ies|ied)|took to the streets|marched)\b/,
  ],
  [
    "statement-diplomacy",
    /\b(?:called on|calls on|called for|calls for|urged|urges|condemn(?:ed|s|ing|ation)?|denounc(?:ed|es)|expressed (?:concern|regret|support|solidarity)|deeply concerned|summon(?:ed|s)?|recalled (?:its )?ambassador|ambassadors?|envoys?|diplomat(?:s|ic)?|foreign ministers?|foreign ministry|phone (?:call|conversation)|spoke by phone|met with|sanctions?|sanctioned|warned|warns|appealed|pledged (?:support|solidarity)|offered to (?:mediate|host))\b/,
  ],
];

/**
 * Cheap substrings one of which every match of a rule contains: most articles lack most of them, and a
 * substring search is far faster than the rule's regular expression.
 */
const CUES: Partial<Record<EventType, string[]>> = {
  "ceasefire-violation": ["cease", "truce", "armistice"],
  "arms-transfer": ["arms", "weapon", "munition", "military", "drone", "ammunition"],
  "missile-strike": ["missile", "ballistic", "scud", "tochka", "iskander", "kalibr", "kinzhal", "rocket"],
  protest: ["protest", "demonstrat", "rall", "streets", "marched"],
  "peace-talks": [
    "peace",
    "negotiat",
    "mediat",
    "minsk",
    "talks",
    "settlement",
    "solution",
    "trilateral",
    "signed",
  ],
};

function mayMatch(type: EventType, folded: string): boolean {
  const cues = CUES[type];
  return !cues || cues.some((c) => folded.includes(c));
}

/** A truce that is only asked for ("called for a ceasefire", "urged a truce") is a statement, not a truce. */
const CEASEFIRE_RE =
  /\b(?:cease-?fires?|truce|armistice|humanitarian (?:pause|corridor)|cessation of hostilities)\b/g;
const CALL_BEFORE =
  /(?:call(?:s|ed|ing)?|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|appeal(?:s|ed|ing)?|push(?:es|ed|ing)?|press(?:es|ed|ing)?|seek(?:s|ing)?|sought|plea|want(?:s|ed)?|need(?:s|ed)?|help|establish|propos(?:e|es|ed|ing)|hope(?:s|d)?|ask(?:s|ed)?|favou?r(?:s|ed)?|support(?:s|ed)?)\b[^.]{0,40}$/;
const TRUCE_IN_FORCE =
  /\b(?:peacekeep(?:ers|ing)\b[^.]{0,40}\b(?:deploy|arriv|enter|took up|stationed)|(?:bodies|prisoners|pows|remains)\b[^.]{0,40}\bhanded over|handover of (?:bodies|prisoners|pows|remains)|exchanged? (?:bodies|prisoners|pows))/;

function ceasefireReported(folded: string): boolean {
  if (TRUCE_IN_FORCE.test(folded)) return true;
  CEASEFIRE_RE.lastIndex = 0;
  for (let m = CEASEFIRE_RE.exec(folded); m !== null; m = CEASEFIRE_RE.exec(folded)) {
    const before = folded.slice(Math.max(0, m.index - 60), m.index);
    const sentenceStart = Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n"));
    if (!CALL_BEFORE.test(before.slice(sentenceStart + 1))) return true;
  }
  return false;
}

/** Event types whose words occur in a (folded) piece of text. */
export function eventTypesIn(folded: string): EventType[] {
  const found = RULES.filter(([type, re]) => mayMatch(type, folded) && re.test(folded)).map(([t]) => t);
  if (ceasefireReported(folded)) found.push("ceasefire");
  return found;
}

/**
 * Event types the article reports, in taxonomy order. Civilian casualties imply an attack on civilians;
 * a statement by an organisation or a foreign ministry is diplomacy; a truce only named as broken is
 * not news of a truce.
 */
export function extractEventTypes(
  folded: string,
  casualties: CasualtyClaim[],
  statements: StatementTag[] = [],
  orgIds: ReadonlySet<string> = new Set(),
): EventType[] {
  const found = new Set<EventType>(eventTypesIn(folded));
  if (casualties.some((c) => c.civilian === "civilian" && (c.kind === "killed" || c.kind === "injured"))) {
    found.add("attack-on-civilians");
  }
  if (statements.some((s) => (s.affiliation && orgIds.has(s.affiliation)) || /foreign/i.test(s.role ?? ""))) {
    found.add("statement-diplomacy");
  }
  if (found.has("ceasefire-violation") && found.has("ceasefire")) {
    const violation = RULES.find(([t]) => t === "ceasefire-violation")?.[1].source ?? "$^";
    if (!ceasefireReported(folded.replace(new RegExp(violation, "g"), " "))) found.delete("ceasefire");
  }
  // In the taxonomy's documented order (lib/types/tags.ts).
  return EVENT_TYPES.filter((t) => found.has(t));
}
