import type { CasualtyClaim, EventType } from "@/lib/types/tags";

/**
 * The event taxonomy, one rule per type: each pattern names the words a reporter uses for it. Patterns
 * with a window (`[^.]{0,n}`) require two cues in one sentence, e.g. a drone and a strike.
 */
const RULES: Array<[EventType, RegExp]> = [
  [
    "armed-clash",
    /\b(?:clash(?:es|ed)?|fighting|fought|battles?|firefights?|skirmish(?:es)?|hostilities|offensive|counter-?offensive|counter-?attacks?|combat|gunfire|exchange of fire|ambush(?:ed)?|front line)\b/,
  ],
  [
    "shelling",
    /\b(?:shell(?:s|ed|ing)|artillery|mortars?|howitzers?|rocket fire|multiple rocket|grad rockets?|smerch|bombard(?:ed|ment|ing)|cluster munitions?|barrage)\b/,
  ],
  [
    "missile-strike",
    /\b(?:missiles?|ballistic|scud|tochka|iskander|rocket attacks?|rockets? (?:hit|struck|landed)|launch(?:ed|ing) rockets)\b/,
  ],
  [
    "air-drone-strike",
    /\b(?:air ?strikes?|air raids?|aerial (?:bombardment|attacks?|bombing)|warplanes?|fighter jets?|helicopter gunships?|drone (?:strikes?|attacks?)|(?:drones?|uavs?|bayraktars?|harop|loitering munitions?|kamikaze)\b[^.]{0,50}\b(?:strikes?|attack(?:s|ed)?|hit|struck|targeted|destroyed|bomb(?:ed|ing|s)?|shot down|downed)|(?:struck|hit|targeted|destroyed|attacked)\b[^.]{0,30}\b(?:by|with|from) (?:a |an )?(?:drones?|uavs?|bayraktars?|warplanes?|aircraft))\b/,
  ],
  [
    "attack-on-civilians",
    /\b(?:indiscriminate|war crimes?|massacre[sd]?|(?:civilians?|residential (?:areas?|buildings?|neighbou?rhoods?)|civilian (?:areas?|infrastructure|targets?|population|settlements?)|hospitals?|schools?|kindergartens?|homes|houses|markets?|towns|cities|villages)\b[^.]{0,40}\b(?:shelled|struck|hit|targeted|attacked|bombed|bombarded|under fire|killed|wounded|injured|destroyed)|(?:shelled|struck|hit|targeted|attacked|bombed|bombarded|shelling|targeting)\b[^.]{0,30}\b(?:civilians?|residential|hospitals?|schools?|homes|houses|markets?|towns|cities|villages))\b/,
  ],
  [
    "ceasefire-violation",
    /\b(?:(?:violat(?:e|ed|es|ing|ions?)|breach(?:ed|es|ing)?|broke|breaking|broken|flout(?:ed|ing))\b[^.]{0,40}\b(?:cease-?fires?|truce|armistice)|(?:cease-?fires?|truce)\b[^.]{0,30}\b(?:violations?|breach(?:es)?|collapsed|broke down|was broken|shattered))\b/,
  ],
  [
    "ceasefire",
    /\b(?:cease-?fires?|truce|armistice|humanitarian (?:pause|truce|corridor)|cessation of hostilities|cease fighting|stop the fighting)\b/,
  ],
  [
    "peace-talks",
    /\b(?:peace (?:talks|plan|deal|agreement|process|proposal|negotiations|initiative|settlement|treaty|accord|summit|conference|efforts)|negotiations?|negotiat(?:ed|ing|ors?)|mediat(?:e|ed|ion|ing|ors?)|minsk group|talks (?:in|with|between|on)|round of talks|peaceful settlement|settlement of the conflict|diplomatic solution)\b/,
  ],
  [
    "arms-transfer",
    /\b(?:(?:arms|weapons?|munitions|military (?:equipment|hardware|aid|assistance|supplies)|drones|ammunition)\b[^.]{0,25}\b(?:sales?|exports?|deliveries|delivery|supplies|supply|shipments?|transfers?|embargo|delivered|supplied|sold|shipped|transferred)|(?:sold|sell(?:s|ing)?|supplied|supply(?:ing)?|provid(?:e|ed|es|ing)|deliver(?:ed|ing|s)?|sen[dt]|sending|ship(?:ped|ping)?|export(?:ed|ing|s)?|transfer(?:red|ring)?|purchas(?:e|ed|ing)|bought|buy(?:ing)?)\b[^.]{0,40}\b(?:arms|weapons|munitions|military (?:equipment|hardware|aid|assistance|supplies)|drones|ammunition))\b/,
  ],
  [
    "mobilisation",
    /\b(?:mobili[sz](?:ation|ed|e|ing)|martial law|reservists?|conscription|call-?up|deploy(?:ed|ment|ing|s)?|redeploy(?:ed|ment)?|reinforcements?|troop build-?up|amass(?:ed|ing)|(?:sen[dt]|sending|dispatch(?:ed|ing)?|transferr(?:ed|ing))\b[^.]{0,30}\b(?:troops|soldiers|forces|mercenaries|fighters|personnel|servicemen|peacekeepers|jihadists))\b/,
  ],
  [
    "displacement-humanitarian",
    /\b(?:displaced|displacement|refugees?|fled|fleeing|evacuat(?:ed|ion|ing|e)|humanitarian|idps|exodus|bomb shelters?|aid convoys?|aid workers|homeless)\b/,
  ],
  [
    "protest",
    /\b(?:protests?|protesters?|protested|protesting|demonstrations?|demonstrators|rall(?:y|ies|ied)|took to the streets|marched)\b/,
  ],
  [
    "statement-diplomacy",
    /\b(?:called on|urged|condemn(?:ed|s|ing)?|expressed (?:concern|regret|support)|summon(?:ed|s)?|ambassadors?|envoys?|diplomat(?:s|ic)?|foreign ministers?|foreign ministry|phone (?:call|conversation)|met with|warned|appealed|statement)\b/,
  ],
];

/** Event types whose words occur in a (folded) piece of text. */
export function eventTypesIn(folded: string): EventType[] {
  return RULES.filter(([, re]) => re.test(folded)).map(([t]) => t);
}

/** Event types the article reports, in taxonomy order; civilian casualties imply an attack on civilians. */
export function extractEventTypes(folded: string, casualties: CasualtyClaim[]): EventType[] {
  const found = new Set<EventType>();
  for (const [type, re] of RULES) if (re.test(folded)) found.add(type);
  if (casualties.some((c) => c.civilian === "civilian" && (c.kind === "killed" || c.kind === "injured"))) {
    found.add("attack-on-civilians");
  }
  if (found.has("ceasefire-violation") && found.has("ceasefire")) {
    // A ceasefire mentioned only as the one being broken is not news of a ceasefire.
    const plain = folded.replace(RULES.find(([t]) => t === "ceasefire-violation")?.[1] ?? /$^/, " ");
    if (!RULES.find(([t]) => t === "ceasefire")?.[1].test(plain)) found.delete("ceasefire");
  }
  return RULES.map(([t]) => t).filter((t) => found.has(t));
}
