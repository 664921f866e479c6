import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractStatements } from "./statements";
import { docOf } from "./test-support";

// Wire-style attributions from five wars, written for these tests (names invented): [speaker, direct, quote].
type Row = [speaker: string, direct: boolean, quote: string];

function rows(text: string): Row[] {
  return extractStatements(docOf(text)).map((s) => [s.speaker, s.direct, s.quote]);
}

const speakers: Array<[string, Row[]]> = [
  // An acronym in brackets belongs to the speaker's name.
  [
    "The Rapid Support Forces (RSF) said its fighters had taken the garrison.",
    [["The Rapid Support Forces (RSF)", false, "its fighters had taken the garrison"]],
  ],
  [
    "The paramilitary Rapid Support Forces (RSF) said on Tuesday it had repelled an attack.",
    [["The paramilitary Rapid Support Forces (RSF)", false, "it had repelled an attack"]],
  ],
  // An acronym set off by commas names the body; the phrase before it is its role.
  [
    "The UN's humanitarian office, OCHA, said 40,000 people had fled Sennar.",
    [["OCHA", false, "40,000 people had fled Sennar"]],
  ],
  [
    "Hamas's armed wing said it had fired rockets at Ashkelon.",
    [["Hamas's armed wing", false, "it had fired rockets at Ashkelon"]],
  ],
  [
    "The Houthi-run Saba news agency reported that three strikes hit Hodeidah port.",
    [["The Houthi-run Saba news agency", false, "three strikes hit Hodeidah port"]],
  ],
  [
    "Sudan's army chief Abdel Karim al-Hassan said the war would go on.",
    [["Abdel Karim al-Hassan", false, "the war would go on"]],
  ],
  [
    "Mohamed Osman, known as Abu Tayeb, said the camp had been looted.",
    [["Mohamed Osman", false, "the camp had been looted"]],
  ],
  [
    "Residents and aid workers said the militia had burned homes.",
    [["Residents and aid workers", false, "the militia had burned homes"]],
  ],
  [
    "An Israeli military spokesperson, Lt. Col. Dan Levi, said troops had found a tunnel.",
    [["Dan Levi", false, "troops had found a tunnel"]],
  ],
  [
    "Tigray's interim administration said Eritrean troops were still in Irob.",
    [["Tigray's interim administration", false, "Eritrean troops were still in Irob"]],
  ],
  [
    "Russia's top diplomat said the talks were dead.",
    [["Russia's top diplomat", false, "the talks were dead"]],
  ],
  [
    "The governor of Kherson Oblast said the city was shelled 40 times.",
    [["The governor of Kherson Oblast", false, "the city was shelled 40 times"]],
  ],
  [
    "Kharkiv regional governor Ivan Petrenko said two people were hurt.",
    [["Ivan Petrenko", false, "two people were hurt"]],
  ],
  [
    "“The RSF fighters came at night,” Halima Adam, 34, told Reuters by phone from Adré.",
    [["Halima Adam", true, "The RSF fighters came at night"]],
  ],
  [
    "“Nobody is safe here” - resident of El Geneina",
    [["resident of El Geneina", true, "Nobody is safe here"]],
  ],
  [
    "The army issued a statement on Sunday. “The strikes hit only military targets,” the statement said.",
    [["The army", true, "The strikes hit only military targets"]],
  ],
  [
    "Interfax quoted the defence ministry as saying that 40 drones had been downed.",
    [["the defence ministry", false, "40 drones had been downed"]],
  ],
  [
    "State media cited the army as saying it had recaptured the bridge.",
    [["the army", false, "it had recaptured the bridge"]],
  ],
];

const adverbials: Array<[string, Row[]]> = [
  ["The minister said in Geneva that talks would resume.", [["The minister", false, "talks would resume"]]],
  [
    "The envoy said at a news conference that the ceasefire was holding.",
    [["The envoy", false, "the ceasefire was holding"]],
  ],
  [
    "Bekele Tadesse told a news conference the troops had withdrawn from Shire.",
    [["Bekele Tadesse", false, "the troops had withdrawn from Shire"]],
  ],
  [
    "The governor said during a visit to Odesa that air defences were stretched.",
    [["The governor", false, "air defences were stretched"]],
  ],
  [
    "The president said in his nightly video address that Russia had launched 90 drones.",
    [["The president", false, "Russia had launched 90 drones"]],
  ],
  [
    "The army said, without giving evidence, that the RSF had used the hospital as a base.",
    [["The army", false, "the RSF had used the hospital as a base"]],
  ],
  [
    "The army said via its Telegram channel that it had repelled an attack on El Obeid.",
    [["The army", false, "it had repelled an attack on El Obeid"]],
  ],
  [
    "Five people were killed in the strike, the governor told Reuters.",
    [["the governor", false, "Five people were killed in the strike"]],
  ],
  [
    "Five civilians died in Nyala, the RSF said, adding that the army had bombed a market.",
    [
      ["the RSF", false, "Five civilians died in Nyala"],
      ["the RSF", false, "the army had bombed a market"],
    ],
  ],
  [
    "The ICRC appealed to both sides to spare civilians.",
    [["The ICRC", false, "both sides to spare civilians"]],
  ],
  [
    "Ethiopia's government denied its troops had fired on civilians.",
    [["Ethiopia's government", false, "its troops had fired on civilians"]],
  ],
  [
    "Yerevan and Baku accused each other of breaking the truce.",
    [["Yerevan and Baku", false, "each other of breaking the truce"]],
  ],
];

// Headlines drop subjects, auxiliaries and objects' clauses.
const headlines: Array<[string, Row[]]> = [
  ["IDF says struck Hezbollah launchers overnight", [["IDF", false, "struck Hezbollah launchers overnight"]]],
  ["Sudan army says retook Khartoum palace", [["Sudan army", false, "retook Khartoum palace"]]],
  ["Houthis claim strike on tanker in Red Sea", [["Houthis", false, "strike on tanker in Red Sea"]]],
  ["RSF claims control of El Fasher", [["RSF", false, "control of El Fasher"]]],
  ["Moscow accuses Kyiv of shelling Belgorod", [["Moscow", false, "Kyiv of shelling Belgorod"]]],
  [
    "Armenia Says Azerbaijani Forces Shelled Stepanakert",
    [["Armenia", false, "Azerbaijani Forces Shelled Stepanakert"]],
  ],
];

// Headlines in capitals, in title case and in lower case.
const headlineCases: Array<[string, Row[]]> = [
  ["RSF CLAIMS CONTROL OF WAD MADANI", [["RSF", false, "CONTROL OF WAD MADANI"]]],
  ["TIGRAY FORCES SAY THEY RETOOK MEKELLE", [["TIGRAY FORCES", false, "THEY RETOOK MEKELLE"]]],
  ["UPDATE 1-Azerbaijan says its forces took Jabrayil", [["Azerbaijan", false, "its forces took Jabrayil"]]],
  ["Houthis Claim Attack On US Destroyer", [["Houthis", false, "Attack On US Destroyer"]]],
  ["Tigray Rebels Say They Captured Key Town", [["Tigray Rebels", false, "They Captured Key Town"]]],
  ["HEAVY FIGHTING IN KARABAKH AS AZERBAIJAN SAYS IT TOOK HADRUT", [["AZERBAIJAN", false, "IT TOOK HADRUT"]]],
  ["Heavy Fighting In Karabakh As Azerbaijan Says It Took Hadrut", [["Azerbaijan", false, "It Took Hadrut"]]],
  [
    "GUNMEN KILL 12 IN DARFUR VILLAGE, LOCAL OFFICIALS SAY",
    [["LOCAL OFFICIALS", false, "GUNMEN KILL 12 IN DARFUR VILLAGE"]],
  ],
  ["idf says 3 soldiers killed in gaza", [["idf", false, "3 soldiers killed in gaza"]]],
  ["sudan's army denies bombing market in nyala", [["sudan's army", false, "bombing market in nyala"]]],
];

const moreVerbs: Array<[string, Row[]]> = [
  [
    "The minister countered that the army had never targeted civilians.",
    [["The minister", false, "the army had never targeted civilians"]],
  ],
  [
    "The spokesman reminded reporters that the truce was still in force.",
    [["The spokesman", false, "the truce was still in force"]],
  ],
  [
    "Russia's RIA news agency quoted a security source as saying two drones were downed.",
    [["a security source", false, "two drones were downed"]],
  ],
  [
    "“We have no fuel left,” said a statement from the Sudan Doctors Network.",
    [["the Sudan Doctors Network", true, "We have no fuel left"]],
  ],
  [
    "Doctors at Ayder Referral Hospital in Mekelle said they had run out of supplies.",
    [["Doctors at Ayder Referral Hospital in Mekelle", false, "they had run out of supplies"]],
  ],
  [
    "Oleh Marchenko, the regional governor, visited the site. Two schools were hit, he told AFP.",
    [["Oleh Marchenko", false, "Two schools were hit"]],
  ],
];

// Unnamed sources tied to what they know, documents that speak for their issuer, passives and adverbs.
const sources: Array<[string, Row[]]> = [
  [
    "A source familiar with the talks said Hamas had accepted the proposal.",
    [["A source familiar with the talks", false, "Hamas had accepted the proposal"]],
  ],
  [
    "A diplomat close to the negotiations told Reuters the deal was near.",
    [["A diplomat close to the negotiations", false, "the deal was near"]],
  ],
  [
    "The ministry's statement read: “Our forces will respond to any aggression.”",
    [["The ministry", true, "Our forces will respond to any aggression."]],
  ],
  [
    "The RSF commander was cited by state TV as saying his men would fight on.",
    [["The RSF commander", false, "his men would fight on"]],
  ],
  [
    "The minister said in an interview with the BBC that Ethiopia would not negotiate.",
    [["The minister", false, "Ethiopia would not negotiate"]],
  ],
  [
    "The army said Tuesday night that it had shot down 20 drones.",
    [["The army", false, "it had shot down 20 drones"]],
  ],
  [
    "Eritrea flatly denied that its troops had committed abuses.",
    [["Eritrea", false, "its troops had committed abuses"]],
  ],
  [
    "Ukraine's energy minister said power plants were hit overnight.",
    [["Ukraine's energy minister", false, "power plants were hit overnight"]],
  ],
  ["3 AZ drones downed over Goris Arm MoD says", [["Arm MoD", false, "3 AZ drones downed over Goris"]]],
  ["Five killed in Kharkiv strike governor says", [["governor", false, "Five killed in Kharkiv strike"]]],
];

// Several speakers at once, and a subject that speaks after another verb.
const joint: Array<[string, Row[]]> = [
  [
    "The foreign ministers of Russia, France and the US said the fighting must stop.",
    [["The foreign ministers of Russia, France and the US", false, "the fighting must stop"]],
  ],
  [
    "Russia and Turkey said in a joint statement that the truce must hold.",
    [["Russia and Turkey", false, "the truce must hold"]],
  ],
  [
    "The RSF blamed the army for the massacre and said it would investigate.",
    [["The RSF", false, "it would investigate"]],
  ],
  ["Пашинян заявил, что Армения готова к переговорам.", [["Пашинян", false, "Армения готова к переговорам"]]],
];

// None of these attributes words to anyone.
const negatives: Array<[string, Row[]]> = [
  ["Reports said heavy fighting continued.", []],
  ["The army blamed the RSF for the attack.", []],
  ["Hamas vowed revenge.", []],
  ["The UN called for a ceasefire.", []],
  ["The minister called the attack a war crime.", []],
  ["The spokesman declined to comment.", []],
  ["Troops were told to hold the line.", []],
  ["The army has not commented on the claims.", []],
  ["The claims, which Baku denies, could not be verified.", []],
  ["Armenia rejects the claims", []],
  ["“Our troops hold every position,” he told reporters in Yerevan.", []],
  ["Officials said nothing about the convoy.", []],
  // Diplomatic acts, not words: an envoy recalled, a truce observed.
  ["Armenia recalled its ambassador from Moscow for consultations.", []],
  ["Both sides observed the truce through the night.", []],
  ["The UN says.", []],
  ["Russia and Ukraine trade blame over dam breach", []],
  ["Azerbaijan says", []],
  // Blame and vows are no statements.
  ["Armenia blamed Azerbaijan for the shelling.", []],
  ["Officials blamed the strike on Russia.", []],
  ["Hezbollah vowed revenge for the killing of its commander, which it blamed on Israel.", []],
  ["Iran vowed a tough response.", []],
];

for (const [name, table] of [
  ["speakers", speakers],
  ["adverbials between verb and clause", adverbials],
  ["headlines", headlines],
  ["headline cases", headlineCases],
  ["more verbs", moreVerbs],
  ["unnamed sources, documents, passives", sources],
  ["joint speakers", joint],
  ["no statement", negatives],
] as const) {
  describe(`wire statements: ${name}`, () => {
    for (const [text, expected] of table) {
      it(text, () => {
        assert.deepEqual(rows(text), expected);
      });
    }
  });
}
