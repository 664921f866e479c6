import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractStatements } from "./statements";
import { docOf } from "./test-support";

type Row = [speaker: string, role: string | null, affiliation: string | null, direct: boolean, quote: string];

function rows(text: string): Row[] {
  return extractStatements(docOf(text)).map((s) => [s.speaker, s.role, s.affiliation, s.direct, s.quote]);
}

const table: Array<[string, string, Row[]]> = [
  [
    "straight quotes, speaker after",
    '"Our positions held through the night," the Armenian defence ministry said.',
    [
      [
        "the Armenian defence ministry",
        "defence ministry",
        "AM",
        true,
        "Our positions held through the night",
      ],
    ],
  ],
  [
    "curly quotes, said + name",
    "“The shelling has not stopped since dawn,” said Hikmet Hajiyev, an aide to the president.",
    [["Hikmet Hajiyev", "aide", "AZ", true, "The shelling has not stopped since dawn"]],
  ],
  [
    "quote split around the speaker",
    '"We will answer every provocation," the ministry said, "with every means we have."',
    [["the ministry", "ministry", null, true, "We will answer every provocation with every means we have."]],
  ],
  [
    "speaker before a colon",
    "Lavrov told reporters: “Both sides must return to the table now.”",
    [["Lavrov", "Foreign Minister", "RU", true, "Both sides must return to the table now."]],
  ],
  [
    "single quotes in a headline",
    "Pashinyan: 'We are ready to talk without preconditions'",
    [["Pashinyan", "Prime Minister", "AM", true, "We are ready to talk without preconditions"]],
  ],
  [
    "reported: said that",
    "Azerbaijan's foreign ministry said on Monday that the talks had been postponed.",
    [["Azerbaijan's foreign ministry", "foreign ministry", "AZ", false, "the talks had been postponed"]],
  ],
  [
    "reported: warned that, role as written",
    "A spokesman for the ICRC warned that field hospitals were running short of blood.",
    [["A spokesman for the ICRC", "spokesman", "ICRC", false, "field hospitals were running short of blood"]],
  ],
  [
    "reported: called on X to",
    "The OSCE Minsk Group called on both sides to respect the humanitarian truce.",
    [["The OSCE Minsk Group", null, "OSCE", false, "both sides to respect the humanitarian truce"]],
  ],
  [
    "reported: bare clause after said, appositive skipped",
    "Georgia, which borders both countries, has said it will not let weapons cross its territory.",
    [["Georgia", null, "GE", false, "it will not let weapons cross its territory"]],
  ],
  [
    "a relative clause after the speaker does not lend it another affiliation",
    "Iran, whose northern frontier touches Armenia, has said it is ready to mediate.",
    [["Iran", null, "IR", false, "it is ready to mediate"]],
  ],
  [
    "transliteration: Cavusoglu spelled three ways",
    "Foreign Minister Mevlut Chavushoglu said that Ankara stood by Baku. Çavuşoğlu later said that talks were possible.",
    [
      ["Mevlut Chavushoglu", "Foreign Minister", "TR", false, "Ankara stood by Baku"],
      ["Mevlut Chavushoglu", "Foreign Minister", "TR", false, "talks were possible"],
    ],
  ],
  [
    "transliteration: misspelt surname still gets role and affiliation",
    "Khatibzade said the border must not be crossed by anyone.",
    [["Khatibzade", "Foreign Ministry Spokesman", "IR", false, "the border must not be crossed by anyone"]],
  ],
  [
    "an invented name, then the surname alone",
    "Defence ministry spokesman Anar Guliyev said the road was open. Guliyev said convoys would resume.",
    [
      ["Anar Guliyev", "Defence ministry spokesman", null, false, "the road was open"],
      ["Anar Guliyev", "Defence ministry spokesman", null, false, "convoys would resume"],
    ],
  ],
  [
    "pronoun points back to the last person quoted",
    "Nikol Pashinyan spoke in Yerevan. “We did not start this war,” he said.",
    [["Nikol Pashinyan", "Prime Minister", "AM", true, "We did not start this war"]],
  ],
  [
    "a name set off by commas after the role",
    "A spokeswoman for the Azerbaijani foreign ministry, Leyla Abdullayeva, said the report was invented.",
    [["Leyla Abdullayeva", "spokeswoman", "AZ", false, "the report was invented"]],
  ],
  [
    "a list of countries speaking together, with their common role",
    "France, Russia and the United States, the co-chairs of the Minsk Group, urged both sides to stop the shelling.",
    [["France, Russia and the United States", "co-chairs", "OSCE", false, "both sides to stop the shelling"]],
  ],
  [
    "a short quotation inside reported speech stays in it",
    'Erdogan warned Armenia that Ankara would stand with "one nation, two states" to the end.',
    [["Erdogan", "President", "TR", false, 'Ankara would stand with "one nation, two states" to the end']],
  ],
  [
    "a quoted fragment after a naming verb stands alone",
    "Pashinyan called the agreement “unspeakably painful” on Tuesday.",
    [["Pashinyan", "Prime Minister", "AM", true, "unspeakably painful"]],
  ],
  [
    "denied with a bare clause; accused X of Y; a calls-for without content is not reported speech",
    "Baku denied shelling the town. Yerevan accused Baku of lying. Paris called for calm.",
    [
      ["Baku", null, "AZ", false, "shelling the town"],
      ["Yerevan", null, "AM", false, "Baku of lying"],
    ],
  ],
  [
    "digest line SOURCE: claim",
    "AZ MoD: 3 tanks destroyed near Fuzuli\nKarabakh: heavy fighting overnight",
    [["AZ MoD", "MoD", "AZ", false, "3 tanks destroyed near Fuzuli"]],
  ],
  [
    "headline says with no auxiliary",
    "Aliyev says army retook Zangilan",
    [["Aliyev", "President", "AZ", false, "army retook Zangilan"]],
  ],
  [
    "content first, attribution after",
    "Five civilians were killed in Barda overnight, the prosecutor's office said.",
    [["the prosecutor's office", "prosecutor", null, false, "Five civilians were killed in Barda overnight"]],
  ],
  [
    "content first, verb before the speaker",
    "The town came under heavy fire at dawn, said the Armenian defence ministry.",
    [
      [
        "the Armenian defence ministry",
        "defence ministry",
        "AM",
        false,
        "The town came under heavy fire at dawn",
      ],
    ],
  ],
  [
    "'adding that' and 'and added that' keep the speaker",
    "The ministry said three soldiers died, adding that the offensive would go on.",
    [
      ["The ministry", "ministry", null, false, "three soldiers died"],
      ["The ministry", "ministry", null, false, "the offensive would go on"],
    ],
  ],
  [
    "told an outlet, then a bare clause; group nouns speak",
    "Residents told AFP the market was hit twice.",
    [["Residents", "Residents", null, false, "the market was hit twice"]],
  ],
  [
    "a digest line with a dash and a country code as the source",
    "• 08:00 AZ - 2 soldiers killed near Aghdam",
    [["AZ", null, "AZ", false, "2 soldiers killed near Aghdam"]],
  ],
  [
    "a naming verb and a reported clause in one sentence share the speaker",
    'The ministry called the report "a fabrication" and said it "has nothing to do with reality."',
    [
      ["The ministry", "ministry", null, true, "a fabrication"],
      ["The ministry", "ministry", null, false, 'it "has nothing to do with reality."'],
    ],
  ],
  [
    "a speaker introduced by a number word after the quote",
    "“We have lost friends,” said one resident, who asked not to be named.",
    [["one resident", "resident", null, true, "We have lost friends"]],
  ],
  [
    "a colon after the verb introduces the quotation, not reported content",
    "In a statement, the ICRC said: “Civilians must be spared.”",
    [["the ICRC", null, "ICRC", true, "Civilians must be spared."]],
  ],
  ["scare quotes are not statements", "The so-called “peace corridor” stayed closed all week.", []],
  [
    "passive 'is said to' is not reported speech",
    "The commander is said to have fled the town with his staff.",
    [],
  ],
];

describe("extractStatements", () => {
  for (const [name, text, expected] of table) {
    it(name, () => {
      assert.deepEqual(rows(text), expected);
    });
  }

  it("gives evidence that covers the quote and the speaker", () => {
    const text = 'Officials met. "No village will be abandoned," said Arayik Harutyunyan.';
    const [s] = extractStatements(docOf(text));
    assert.ok(s);
    assert.equal(text.slice(s.evidence.start, s.evidence.end), s.evidence.text);
    assert.match(s.evidence.text, /No village will be abandoned.*Arayik Harutyunyan/);
    assert.equal(s.affiliation, "karabakh-authorities");
  });
});
