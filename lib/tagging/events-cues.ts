import type { EventType } from "@/lib/types/tags";
import { DIPLOMACY } from "./events-diplomacy";

/**
 * The words reporters use for each event type (ceasefires and their breaches are in events-truce.ts).
 * Patterns with a window (`[^.]{0,n}`) require two cues in one sentence, e.g. a drone and a strike. The
 * text is folded (lower case, no accents) before matching. Each pattern is global: every occurrence is
 * tried until one is reported rather than negated, hypothetical or background (events-context.ts).
 */
export type CueType = Exclude<EventType, "ceasefire" | "ceasefire-violation">;

// Objects of "captured"/"seized" that are not ground taken: people, kit, footage.
const NOT_GROUND =
  "(?!\\s+(?:(?:a|an|the|\\d[\\d,]*|two|three|four|five|several|dozens of|some|more|enemy|its|their|his|russian|ukrainian|armenian|azerbaijani)\\s+)?(?:soldiers?|servicem[ae]n|prisoners?|pows?|troops|fighters|people|civilians|men|women|weapons|arms|ammunition|tanks?|vehicles|equipment|drones?|trophies|footage|video|images?|power|documents|ship|vessels?|tankers?|cargo|shipments?|on (?:video|camera|film))\\b)";

// Ground handed over under a truce is not ground taken: "troops entered the district under the deal".
const NOT_BY_DEAL =
  "(?![^.]{0,80}\\b(?:under|as part of|in line with|in accordance with|handover|handed over|agreement|accord|deal|peacekeep\\w*)\\b)";
const CAPTURE = `(?:captur(?:ed|es|ing)|recaptur(?:ed|es|ing)|retook|retaken|retak(?:e|es|ing)|seiz(?:ed|es|ing)|overr(?:an|un|unning)|wrest(?:ed|ing)|liberated)${NOT_GROUND}`;
const CONTROL = `(?:(?:took|taken|take|takes|taking|seized|gained|gain|regained|regain|establish(?:ed)?|lost|losing|wrested|claimed|declared|announced)\\s+(?:full\\s+|complete\\s+|back\\s+)?control\\s+(?:of|over)|(?<!peacekeeping )(?:forces|troops|fighters|units|soldiers|army|militia|rebels)\\s+(?:[\\w-]+\\s+)?(?:entered|stormed|overran|pushed into|marched into|rolled into)${NOT_BY_DEAL}|fell to (?!\\d|the ground)|fall of (?:the\\s+)?(?!soviet)|(?:entered|stormed|storming)\\b[^.]{0,25}\\b(?:town|village|city|settlement|outskirts|district|base|barracks|headquarters|hq|garrison|airport)${NOT_BY_DEAL})`;
const ATTACK_ON_POSITIONS =
  "(?:attack(?:s|ed|ing)?|assault(?:s|ed|ing)?|raid(?:s|ed|ing)?|opened fire)\\s+(?:on\\s+|at\\s+)?(?:[\\w'-]+\\s+){0,3}(?:positions?|bases?|garrisons?|headquarters|hq|barracks|checkpoints?|outposts?|trenches|defen[cs]es|lines)";

// Who counts as a civilian victim, and which places are civilian (README "Casualty claims", "Event types").
const CIVILIANS =
  "(?:civilians?|residents|villagers|passers-?by|children|women|elderly|famil(?:y|ies)|mourners|medics|paramedics|doctors|nurses|journalists|reporters|aid workers|drivers|passengers|worshippers|students|pupils|farmers|shepherds|fishermen)";
const CIVIL_PLACES =
  "(?:residential (?:areas?|buildings?|neighbou?rhoods?|blocks?|quarters?)|civilian (?:areas?|infrastructure|targets?|population|settlements?|objects?|cars?|vehicles?|convoys?)|energy infrastructure|power (?:stations?|plants?|grid)|hospitals?|clinics?|maternity|schools?|kindergartens?|universit(?:y|ies)|mosques?|churche?s?|cathedral|homes|houses|markets?|bakery|bread (?:line|queue)|shopping (?:centre|center|mall)|supermarkets?|theatre|railway station|train station|(?:displacement|refugee|idp) camps?|camps?|shelters?|ambulances?|aid (?:convoys?|trucks?)|apartment (?:blocks?|buildings?)|towns|cities|villages)";
const HIT_VERB =
  "(?:shelled|struck|hit|targeted|attacked|bombed|bombarded|under fire|came under|destroyed|damaged|levell?ed|flattened|burn(?:ed|t)|looted|stormed|raided)";
const HURT_VERB = "(?:killing|killed|wounding|wounded|injuring|injured|hurting|hurt)";

export const CUE_RULES: Array<[CueType, RegExp]> = [
  [
    "armed-clash",
    new RegExp(
      `\\b(?:clash(?:es|ed|ing)?|(?<!(?:fled|flee|fleeing|escap\\w+|amid|due to|because of|caused by|driven out by|displaced by) (?:the )?(?:(?:heavy|renewed|fierce|ongoing|intense|recent|latest|continued|continuing) )?)fighting|fought|fight (?:for|between)|battl(?:es?|ed|ing)\\b(?! tanks?)|gun ?battles?|firefights?|fire-?fights?|shoot-?outs?|skirmish(?:es|ed)?|(?<!(?:cessation|end|halt|ending|stop) (?:of |to )?)hostilities|counter-?offensives?|offensives?\\b(?! (?:weapons|remarks|language|capabilit))|counter-?attack(?:s|ed|ing)?|combat\\b(?! (?:aircraft|jets?|drones?|uavs?|aviation|helicopters?|readiness|vehicles?|engineers?|medics?))|gunfire|small[- ]arms|sniper (?:fire|attacks?)|machine-?gun fire|exchange[sd]? of fire|exchang(?:ed|ing) fire|trad(?:ed|ing) fire|ambush(?:ed|es)?|assaults?\\b|assaulted|storm(?:ed|ing)\\b|repel(?:led|ling|s)?|repuls(?:ed|ing|es?)|beat back|beaten back|pushed back|push(?:ed|ing)? (?:into|deeper|towards?|through)|advanc(?:ed|ing|es)\\b(?! (?:notice|warning|payment))|advance (?:on|towards?|into|of)|breakthrough|broke through|break through|incursions?|infiltrat(?:ed|ion|ing|ors?)|sabotage (?:groups?|units?|squads?)|(?<!(?:air|drone|police|aerial) )raids?\\b|raided|ground (?:operations?|invasion|troops advanced)|encircl(?:ed|ement|ing)|retreat(?:ed|ing)?\\b|forced to (?:withdraw|retreat|pull back)|(?<!(?:economic|financial|crop|revenue|job|market) )losses|infantry|special (?:forces|operations)|commandos?|paratroop\\w*|(?:on|in|along|at) (?:the )?[\\w-]+ (?:direction|dir\\.?|axis|sector)\\b|destroyed (?:\\d+ |several |two |three |four |five )?(?:enemy )?(?:tanks?|armou?red|bmps?|apcs?|infantry fighting vehicles)|${CAPTURE}|${CONTROL}|${ATTACK_ON_POSITIONS}|(?:captured|took|retook|recaptured|seized|overran|entered|lost|regained)\\b[^.]{0,25}\\b(?:towns?|villages?|city|positions?|heights|districts?|settlements?|hills?|bases?|airport)${NOT_BY_DEAL}|(?:towns?|villages?|city|positions?)\\b[^.]{0,20}\\b(?:fell|(?:was|were) (?:captured|taken|retaken|liberated|overrun)))`,
      "g",
    ),
  ],
  [
    "shelling",
    /\b(?:shell(?:s|ed|ing|fire)|artillery|mortars?|howitzers?|rockets?\b(?!-propelled)|rocket fire|multiple rocket|mlrs|grad|smerch|uragan|bm-2[17]|tos-1\w*|himars|bombard(?:ed|ment|ing)|cluster (?:munitions?|bombs?)|barrage|pound(?:ed|ing)|tank fire|indirect fire)/g,
  ],
  [
    "missile-strike",
    /\b(?:missiles?|ballistic|scud|tochka|iskander|kalibr|kinzhal|kh-\d+|atacms|storm shadow)\b/g,
  ],
  [
    "air-drone-strike",
    /\b(?:air ?strikes?|air ?raids?|aerial (?:bombardment|attacks?|bombing|strikes?)|warplanes?|fighter jets?|bombers?|barrel bombs?|helicopter gunships?|drone (?:strikes?|attacks?)|(?:drones?|uavs?|bayraktars?|harops?|shaheds?|quadcopters?|fpvs?|loitering munitions?|kamikaze|aircraft|(?:war)?planes?|jets?|helicopters?|air force|aviation|(?:su|mig|f)-\d+s?)\b[^.]{0,50}\b(?:strikes?|struck|attack(?:s|ed)?|hit|targeted|destroyed|bomb(?:ed|ing|s)?|shot down|downed|intercepted|dropped)|(?:struck|hit|targeted|destroyed|attacked|shot down|downed|intercepted|neutrali[sz]ed)\b[^.]{0,30}\b(?:drones?|uavs?|bayraktars?|shaheds?|(?:war)?planes?|aircraft|jets?|helicopters?|(?:su|mig|f)-\d+s?)|air defen[cs]es?\b[^.]{0,30}\b(?:shot|downed|intercept\w*|destroy\w*|activated|repell?\w*|engag\w*|in action|respond\w*))/g,
  ],
  [
    "attack-on-civilians",
    new RegExp(
      `\\b(?:indiscriminate|war crimes?|massacre[sd]?|atrocit(?:y|ies)|ethnic cleansing|genocide|mass graves?|summary executions?|extrajudicial|execut(?:ed|ions?) (?:of )?(?:civilians|residents|villagers|men|women|people)|sexual violence|rap(?:e|ed|es)\\b|loot(?:ed|ing)|burn(?:ed|t|ing) (?:down )?(?:homes|houses|villages)|torch(?:ed|ing)|razed|civilian (?:casualties|deaths|victims|toll)|${HURT_VERB}\\b[^.]{0,30}\\b${CIVILIANS}|${CIVILIANS}\\b[^.]{0,40}\\b(?:${HIT_VERB}|${HURT_VERB}|died|dead)|${CIVIL_PLACES}\\b[^.]{0,40}\\b(?:${HIT_VERB}|killed|wounded|injured)|(?:${HIT_VERB}|targeting|shelling|strikes? on|attacks? on|shelling of|bombing of|bombardment of|opened fire on|fired on)\\b[^.]{0,30}\\b(?:${CIVILIANS}|${CIVIL_PLACES}|residential|civilian))\\b`,
      "g",
    ),
  ],
  [
    "peace-talks",
    /\b(?:peace (?:talks|plan|deal|agreement|process|proposal|negotiations|initiative|settlement|treaty|accord|summit|conference|efforts|formula|framework|roadmap|deal)|(?:cease-?fire|truce) (?:talks|negotiations|proposal|plan|deal|agreement)|negotiations?|negotiat(?:ed|ing|ors?)|negotiating table|mediat(?:ed|ion|ing|ors?)|(?<!(?:offer(?:s|ed)?|ready|willing|prepared|propos(?:ed|es)|wants?) to )mediate|minsk group|co-?chairs?|(?:held|hold|holding|resum\w+|open\w*|began|begin|host\w*|attend\w*|joined|stalled|collapsed|broke down) (?:\w+ )?talks|talks (?:in|with|between|on|over|were|are|have|had|will|resumed|stalled|collapsed|broke down|ended)|rounds? of talks|peaceful settlement|settlement of the conflict|political solution|diplomatic solution|trilateral (?:statement|agreement|declaration|meeting|summit)|framework agreement|declaration of principles|delegations?|brokered (?:a|an|the)|signed (?:a|an|the) (?:agreement|deal|accord|declaration|statement|ceasefire|truce|memorandum))\b/g,
  ],
  [
    "arms-transfer",
    /\b(?:(?:arms|weapons?|munitions|military (?:equipment|hardware|aid|assistance|supplies|cargo|goods)|security assistance|lethal aid|weapons systems|drones|ammunition|shells|air defen[cs]e systems?|(?:patriot|himars|atacms|leopard|abrams|challenger|f-16|bayraktar|shahed)s?)\b[^.]{0,25}\b(?:sales?|exports?|imports?|deliveries|delivery|supplies|supply|shipments?|transfers?|embargo|transit|package|deal|contracts?|purchases?|delivered|supplied|sold|shipped|transferred|received|arrived|pledged|approved|donated|handed over|flown|smuggled|sent|trucked)|arms (?:deals?|sales?|exports?|imports?|embargo|package|suppliers?|purchases?|trade|to|for|via|through|bound|destined|flights?|cargo|flows?)|(?:sold|sell(?:s|ing)?|supplied|suppl(?:y|ies|ying)|provid(?:e|ed|es|ing)|deliver(?:ed|ing|s|y of)?|sen[dt]|sending|ship(?:ped|ping|ments? of)?|export(?:ed|ing|s)?|import(?:ed|ing|s)?|transfer(?:red|ring|s)?|purchas(?:e|ed|ing)|bought|buy(?:ing)?|receiv(?:e|ed|es|ing)|acquir(?:e|ed|es|ing)|procur(?:e|ed|ing|ement of)|pledg(?:e|ed|es|ing)|approv(?:e|ed|es|ing)|donat(?:e|ed|es|ing)|halt(?:ed|ing|s)?|suspend(?:ed|ing|s)?|ban(?:ned|ning|s)?|block(?:ed|ing|s)?|restrict(?:ed|ing|s)?|resum(?:e|ed|es|ing))\b[^.]{0,40}\b(?:arms|weapons|munitions|military (?:equipment|hardware|aid|assistance|supplies|cargo|goods)|security assistance|lethal aid|drones|ammunition|artillery shells|air defen[cs]e systems?|(?:patriot|himars|atacms|leopard|abrams|challenger|f-16|bayraktar|shahed)s?)\b)/g,
  ],
  [
    "mobilisation",
    /\b(?:mobili[sz](?:ation|ed|e|es|ing)|martial law|conscription|call-?ups?|call(?:ed|ing|s)? up|drafted|draft (?:notices|campaign|age|law)|enlist(?:ed|ment|ing)|(?:\d[\d,]*|thousands of|hundreds of) reservists|mercenar(?:y|ies)|(?:syrian|libyan|foreign|chechen|afghan)\s+(?:[\w-]+\s+)?(?:fighters|militants|jihadists|recruits|combatants)|(?:fighters|militants|jihadists|recruits|combatants)\b[^.]{0,20}\bfrom (?:syria|libya|abroad|other countries)|state of emergency|deploy(?:ed|ment|ing|s)?\b(?!\s+(?:(?:a|an|the|its|their|more|new)\s+)?(?:drones?|artillery|air defen[cs]es?|missiles?|weapons?|cluster|rockets?|munitions|tanks?|jets?|aircraft|helicopters?))|redeploy(?:ed|ment|ing)?|stationed|reinforcements?|reinforc(?:ed|ing) (?:its|their|the)|troop (?:build-?up|movements?|surge|concentrations?)|build-?up of (?:troops|forces)|amass(?:ed|ing)|mass(?:ed|ing) (?:troops|forces|soldiers)|troops (?:massed|massing|poured|arrived)|took up arms|take up arms|arming civilians|armed (?:civilians|residents|volunteers)|(?:sen[dt]|sending|dispatch(?:ed|ing)?|transferr(?:ed|ing)|recruit(?:ed|ing)|mov(?:ed|ing)|brought in|flown in|flew in)\b[^.]{0,30}\b(?:troops|soldiers|forces|mercenaries|fighters|personnel|servicemen|peacekeepers|jihadists|units|battalions|brigades|volunteers))/g,
  ],
  [
    "displacement-humanitarian",
    /\b(?:displaced|displacement|refugees?|(?<!(?:troops|soldiers|forces|fighters|militants|gunmen|attackers|units|army|crew|driver|suspects?|servicemen|rsf|militia)(?: \w+)?\s)(?:fled|flee|flees|fleeing)|evacuat(?:ed|ion|ions|ing|e|es)\b(?! (?:of )?(?:the )?(?:wounded|injured|bodies|embassy|diplomats))|evacuees|idps?|exodus|(?:sought|took|taking|find|found) refuge|uprooted|forced (?:out )?(?:from|to leave|to abandon) (?:their )?homes|left their homes|homeless|(?<!international )humanitarian\b(?! (?:law|grounds|reasons|cease-?fires?|truces?|pauses?))|(?:humanitarian|food|medical|emergency|relief) (?:aid|supplies|assistance)|food (?:parcels|deliveries|distribution)|aid (?:convoys?|workers?|trucks?|deliveries|delivery|agencies|groups|organi[sz]ations|supplies|access|flights|distribution|reached|arrived|entered)|deliver(?:ed|ing|y of)? aid|relief (?:supplies|efforts|goods|items)|famine|starv(?:ation|ing|ed)|hunger|malnutrition|malnourished|food (?:insecurity|shortages?|crisis)|shortages? of (?:food|water|fuel|medicine|medical)|cholera|measles|outbreaks?|epidemic|hospitals? (?:are |were )?(?:overwhelmed|overflowing|out of)|without (?:water|electricity|power|heating|food))/g,
  ],
  [
    "protest",
    /\b(?:protests?|protesters?|protestors?|protested|protesting|demonstrations?\b(?! of (?:force|strength|resolve))|demonstrators|rall(?:y|ies|ied)|took to the streets|marched|sit-?ins?)\b/g,
  ],
  ["statement-diplomacy", DIPLOMACY],
];
