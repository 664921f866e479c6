import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { CasualtyClaim, EventType, StatementTag } from "@/lib/types/tags";
import { eventTypesIn, extractEventTypes } from "./events";
import { fold } from "./text";

/** [sentence, the type it reports (or null), types it must not yield]. */
type Row = [string, EventType | null, EventType[]];

function check(rows: Row[]) {
  for (const [text, yes, no] of rows) {
    it(text, () => {
      const found = eventTypesIn(fold(text));
      if (yes) assert.ok(found.includes(yes), `expected ${yes}, got [${found.join(", ")}]`);
      for (const t of no) assert.ok(!found.includes(t), `did not expect ${t}, got [${found.join(", ")}]`);
    });
  }
}

describe("armed clash", () => {
  check([
    ["Heavy fighting raged overnight on the southern flank, the ministry said.", "armed-clash", []],
    ["Government troops recaptured Ordu after a two-day battle.", "armed-clash", []],
    ["The paramilitary force said it had seized control of the army's garrison in Nyala.", "armed-clash", []],
    ["UA AF: 14 assaults repelled near Kreminna over past 24h", "armed-clash", []],
    ["Defenders beat back an attack on their positions north of the village.", "armed-clash", []],
    ["Rebel units pushed into the outskirts of the regional capital on Sunday.", "armed-clash", []],
    ["Gun battles broke out in the old market district after dark.", "armed-clash", []],
    ["Soldiers exchanged fire with militants near the checkpoint.", "armed-clash", []],
    ["AZ MoD: 4 villages liberated in Jabrayil dir.", "armed-clash", []],
    ["The hilltop town fell to the rebels at dawn.", "armed-clash", []],
    ["Rebel forces entered the regional capital on Monday.", "armed-clash", []],
    ["Moscow claimed control of the ruined mining town.", "armed-clash", []],
    ["Government troops entered the district on Friday under the peace deal.", "ceasefire", ["armed-clash"]],
    ["There was no fighting in the district on Tuesday, residents said.", null, ["armed-clash"]],
    ["Clashes were not reported along the border overnight.", null, ["armed-clash"]],
    ["The region has been tense since the 2016 clashes.", null, ["armed-clash"]],
    ["Since fighting erupted in April, over a million people have left the capital.", null, ["armed-clash"]],
    ["Clashes that erupted on Sunday spread to two more districts.", "armed-clash", []],
    ["Residents fled when fighting broke out near the airport.", "armed-clash", []],
    ["Analysts said the army could launch a new offensive within weeks.", null, ["armed-clash"]],
    ["The envoy called for an end to the fighting.", null, ["armed-clash"]],
    ["The truce, signed under the cessation of hostilities deal, held overnight.", null, ["armed-clash"]],
    ["The ministry showed video of captured soldiers.", null, ["armed-clash"]],
    ["The country buys main battle tanks and combat drones abroad.", null, ["armed-clash"]],
    ["Officials warned against any offensive on the city.", null, ["armed-clash"]],
    ["The enemy suffered heavy losses in the Lachin direction overnight.", "armed-clash", []],
    ["Marines and special forces landed on the spit before dawn.", "armed-clash", []],
    ["The brigade destroyed four tanks near the crossroads.", "armed-clash", []],
    ["Thousands fled the fighting in the capital.", "displacement-humanitarian", ["armed-clash"]],
    ["The region's economic losses were put at $2bn.", null, ["armed-clash"]],
  ]);
});

describe("shelling, missiles, air and drone strikes", () => {
  check([
    ["Mortar rounds landed near the bus station.", "shelling", []],
    ["Militants fired a salvo of rockets at the northern towns.", "shelling", ["missile-strike"]],
    ["MLRS fire pounded the suburbs through the night.", "shelling", []],
    ["No shelling was reported in the city overnight.", null, ["shelling"]],
    ["The town has not been shelled since the spring, the mayor said.", null, ["shelling"]],
    ["A cruise missile slammed into a fuel depot.", "missile-strike", []],
    ["Air defence units intercepted two missiles over the capital.", "missile-strike", []],
    ["The general threatened missile strikes on the capital.", null, ["missile-strike"]],
    ["Warplanes bombed the fuel depot east of the river.", "air-drone-strike", []],
    ["SAF aircraft dropped barrel bombs on the market.", "air-drone-strike", []],
    ["An FPV drone hit a supply truck on the highway.", "air-drone-strike", []],
    ["Air defences shot down 11 Shahed drones overnight.", "air-drone-strike", []],
    ["A fighter shot down an Su-25 over the valley, the ministry claimed.", "air-drone-strike", []],
    ["The army said it had destroyed an S-300 air defence system.", null, ["missile-strike"]],
    ["Drones were not seen over the city on Friday.", null, ["air-drone-strike"]],
    ["The air force could strike the depots if the talks fail.", null, ["air-drone-strike"]],
  ]);
});

describe("attack on civilians", () => {
  check([
    ["A rocket hit a maternity clinic in the centre.", "attack-on-civilians", []],
    ["Gunmen torched homes and looted shops in the western suburbs.", "attack-on-civilians", []],
    ["Rights groups documented summary executions of villagers.", "attack-on-civilians", []],
    ["The strikes on energy infrastructure left the city dark.", "attack-on-civilians", []],
    ["Artillery fire caused civilian casualties in two districts.", "attack-on-civilians", []],
    ["Shelling damaged apartment blocks near the park.", "attack-on-civilians", []],
    ["No civilians were injured, the governor said.", null, ["attack-on-civilians"]],
    ["The raid killed two gunmen but no civilians, police said.", null, ["attack-on-civilians"]],
    ["Two children were among those wounded when the shell landed.", "attack-on-civilians", []],
    ["The blast killed a taxi driver and two passengers.", "attack-on-civilians", []],
    ["The hospital said it had received the dead.", null, ["attack-on-civilians"]],
    ["The UN urged all parties to avoid targeting civilians.", null, ["attack-on-civilians"]],
    ["The town marked the anniversary of the massacre with a vigil.", null, ["attack-on-civilians"]],
  ]);
});

describe("ceasefires and their breaches", () => {
  check([
    ["A 72-hour truce took effect at midnight.", "ceasefire", ["ceasefire-violation"]],
    ["The two sides agreed to a humanitarian pause in the city.", "ceasefire", []],
    ["The truce was largely holding on Monday.", "ceasefire", []],
    ["Both sides swapped prisoners under the deal.", "ceasefire", []],
    ["The guns fell silent as the ceasefire came into force.", "ceasefire", []],
    ["Russian peacekeepers set up a post on the road to the town.", "ceasefire", []],
    ["The district was handed back to Baku on Friday.", "ceasefire", []],
    ["The minister called for peacekeepers to be sent.", null, ["ceasefire"]],
    ["The UN chief called for an immediate ceasefire.", null, ["ceasefire"]],
    ["Ministers urged the warring parties to agree a truce.", null, ["ceasefire"]],
    ["Negotiators in the port city discussed a possible truce.", null, ["ceasefire"]],
    ["The rebels rejected a ceasefire.", null, ["ceasefire"]],
    ["Ceasefire talks resumed in the capital.", null, ["ceasefire"]],
    ["The line has been frozen since the 1994 ceasefire.", null, ["ceasefire", "ceasefire-violation"]],
    ["The 44-day war in 2020 ended with a Russian-brokered ceasefire.", null, ["ceasefire"]],
    ["The six-week war ended on Tuesday with a ceasefire brokered by Moscow.", "ceasefire", []],
    ["Shelling continued despite the truce.", "ceasefire-violation", ["ceasefire"]],
    ["The ceasefire collapsed within hours.", "ceasefire-violation", ["ceasefire"]],
    ["Both armies accused each other of breaching the humanitarian truce.", "ceasefire-violation", []],
    ["Fighting resumed hours after the truce took effect.", "ceasefire-violation", []],
    ["The truce, agreed on Saturday, was violated within minutes.", "ceasefire-violation", []],
    ["The truce, agreed on Saturday, was violated within minutes.", "ceasefire", []],
    ["No violations of the truce were recorded on Sunday.", null, ["ceasefire-violation"]],
    ["Over the past 24 hours the truce was violated 30 times.", "ceasefire-violation", []],
    ["Two previous truces were violated within hours.", null, ["ceasefire-violation"]],
    ["Each side accused the other of violating the previous day's truce.", "ceasefire-violation", []],
    ["The truce has not been violated so far.", null, ["ceasefire-violation"]],
    ["NK: CF viol. along the whole line overnight", "ceasefire-violation", []],
  ]);
});

describe("talks, arms, mobilisation", () => {
  check([
    ["Delegations from both sides met in the Saudi port for a third round of talks.", "peace-talks", []],
    ["The co-chairs mediated a meeting of the two foreign ministers.", "peace-talks", []],
    ["The president ruled out talks with the rebels.", null, ["peace-talks"]],
    ["The neighbouring country offered to mediate.", null, ["peace-talks"]],
    ["The African Union is mediating between the two generals.", "peace-talks", []],
    ["The EU urged both sides to return to negotiations.", null, ["peace-talks"]],
    ["Kyiv received the first HIMARS launchers this week.", "arms-transfer", []],
    ["The government suspended exports of military goods to both sides.", "arms-transfer", []],
    ["The neighbour banned the transit of military cargo through its airspace.", "arms-transfer", []],
    ["No weapons have been delivered so far, the minister said.", null, ["arms-transfer"]],
    ["Baku denied reports that arms were flown in via the neighbour.", "arms-transfer", []],
    ["Thousands of reservists were called up on Saturday.", "mobilisation", []],
    ["Hundreds of foreign mercenaries were flown in via the border crossing.", "mobilisation", []],
    ["The army moved two brigades to the border area.", "mobilisation", []],
    ["Both sides deployed drones along the front.", null, ["mobilisation"]],
    ["Reports said hundreds of Syrian fighters had been brought to the front.", "mobilisation", []],
    ["Parliament approved a state of emergency in the border provinces.", "mobilisation", []],
    ["The speaker threatened to declare martial law.", null, ["mobilisation"]],
    ["The president ruled out a general mobilisation.", null, ["mobilisation"]],
    ["Ankara denied sending Syrian fighters to the front.", "mobilisation", []],
  ]);
});

describe("displacement, protest", () => {
  check([
    ["Families crossed into Chad with little more than clothes.", null, []],
    ["Tens of thousands fled the city as the front approached.", "displacement-humanitarian", []],
    ["WFP said aid trucks reached the besieged town.", "displacement-humanitarian", []],
    ["Cholera spread through the camps.", "displacement-humanitarian", []],
    ["The Red Cross delivered medical supplies to the regional hospital.", "displacement-humanitarian", []],
    // Sheltering from fire is not flight (README: people fleeing, evacuations, aid, famine, disease).
    ["Residents sheltered in basements as the shells fell.", "shelling", ["displacement-humanitarian"]],
    ["Hundreds took refuge in the monastery across the border.", "displacement-humanitarian", []],
    ["The attackers fled on motorbikes.", null, ["displacement-humanitarian"]],
    [
      "The strikes breach international humanitarian law, the group said.",
      null,
      ["displacement-humanitarian"],
    ],
    ["The country pledged military aid to its ally.", null, ["displacement-humanitarian"]],
    ["A humanitarian truce took effect at 8 p.m.", "ceasefire", ["displacement-humanitarian"]],
    ["Aid agencies said the humanitarian situation was dire.", "displacement-humanitarian", []],
    ["Crowds rallied outside the parliament demanding the minister quit.", "protest", []],
    ["The parade was a demonstration of force.", null, ["protest"]],
    ["There were no protests in the capital.", null, ["protest"]],
  ]);
});

describe("statements and diplomacy", () => {
  check([
    ["The foreign ministry summoned the ambassador over the strike.", "statement-diplomacy", []],
    ["The president called the bombing a war crime.", "statement-diplomacy", []],
    ["Baku accused Yerevan of provocations along the border.", "statement-diplomacy", []],
    ["Each army accused the other of shelling first.", null, ["statement-diplomacy"]],
    ["The premier said his country was ready to talk without preconditions.", "statement-diplomacy", []],
    ["The army told residents of the eastern quarter to leave.", null, ["statement-diplomacy"]],
    ["The defence ministry said 12 drones were shot down.", null, ["statement-diplomacy"]],
    ["The military warned residents to stay in shelters.", null, ["statement-diplomacy"]],
    ["The foreign minister said 40 soldiers had died in the assault.", null, ["statement-diplomacy"]],
  ]);
});

describe("what other tags imply", () => {
  const evidence = { text: "", start: 0, end: 0 };
  const claim = (over: Partial<CasualtyClaim>): CasualtyClaim => ({
    kind: "killed",
    count: 3,
    qualifier: "exact",
    civilian: "military",
    party: null,
    claimedBy: null,
    cumulative: false,
    evidence,
    ...over,
  });
  const said = (quote: string, affiliation: string | null, role: string | null = null): StatementTag => ({
    speaker: "a spokesperson",
    role,
    affiliation,
    quote,
    direct: false,
    evidence,
  });
  const orgs = new Set(["UN", "ICRC"]);
  const types = (text: string, c: CasualtyClaim[], s: StatementTag[] = []) =>
    extractEventTypes(fold(text), c, s, orgs);

  it("soldiers killed with no strike named is a clash", () => {
    assert.ok(types("Three soldiers died on the border.", [claim({})]).includes("armed-clash"));
  });
  it("soldiers killed by shelling is not also a clash", () => {
    assert.ok(!types("Three soldiers died in shelling.", [claim({})]).includes("armed-clash"));
  });
  it("a running toll of soldiers is not one clash", () => {
    assert.ok(!types("The toll of soldiers rose.", [claim({ cumulative: true })]).includes("armed-clash"));
  });
  it("civilians hurt is an attack on civilians", () => {
    const c = [claim({ civilian: "civilian", kind: "injured" })];
    assert.ok(types("Five were hurt.", c).includes("attack-on-civilians"));
  });
  it("an agency reporting figures is not diplomacy; one making a call is", () => {
    const figures = [said("120,000 people have crossed the border since May", "UN")];
    assert.ok(!types("Figures rose.", [], figures).includes("statement-diplomacy"));
    const appeal = [said("all parties must let aid through", "UN")];
    assert.ok(types("Figures rose.", [], appeal).includes("statement-diplomacy"));
    const minister = [said("we will not accept any talks under fire", "AM", "Foreign Minister")];
    assert.ok(types("He spoke.", [], minister).includes("statement-diplomacy"));
    const tally = [said("40 soldiers died in the assault", "AM", "Foreign Minister")];
    assert.ok(!types("He spoke.", [], tally).includes("statement-diplomacy"));
  });
});
