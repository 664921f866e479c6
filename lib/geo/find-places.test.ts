import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { countryByName, findPlaces, loadGazetteer } from "@/lib/geo";
import type { PlaceTag } from "@/lib/types/tags";

const gaz = loadGazetteer({ regionId: "south-caucasus" });
const places = (text: string): PlaceTag[] => findPlaces(gaz, text, { regionId: "south-caucasus" });
const ids = (text: string) => places(text).map((p) => p.id);
const sc = (key: string) => `region:south-caucasus:${key}`;

describe("contested double names resolve to one id in every spelling", () => {
  const table: Array<[string, string[]]> = [
    [
      "stepanakert",
      ["Stepanakert", "Khankendi", "Xankəndi", "Xankǝndi", "Xankandi", "Степанакерт", "Ханкенди"],
    ],
    ["shusha", ["Shusha", "Shushi", "Şuşa", "Шуша"]],
    ["tartar", ["Tartar", "Terter", "Tərtər", "Тертер"]],
    ["martakert", ["Martakert", "Aghdara", "Ağdərə", "Мартакерт"]],
    ["hadrut", ["Hadrut", "Khojavend", "Xocavənd", "Гадрут"]],
    ["lachin", ["Lachin", "Berdzor", "Laçın", "Лачин"]],
    ["kalbajar", ["Kalbajar", "Karvachar", "Kəlbəcər", "Кельбаджар"]],
    ["nakhchivan", ["Nakhchivan", "Nakhichevan", "Naxçıvan", "Нахичевань"]],
    ["nagorno-karabakh", ["Nagorno-Karabakh", "Nagorno Karabakh", "Artsakh", "Нагорный Карабах"]],
  ];
  for (const [key, spellings] of table) {
    for (const spelling of spellings) {
      it(`${spelling} → ${key}`, () => {
        assert.deepEqual(ids(`Shelling was reported overnight in ${spelling} and nearby villages.`), [
          sc(key),
        ]);
      });
    }
  }
});

describe("Cyrillic input, declined forms included", () => {
  const table: Array<[string, string[]]> = [
    ["Обстрел Степанакерта продолжался всю ночь.", [sc("stepanakert")]],
    ["В Шуше слышны взрывы, сообщают жители.", [sc("shusha")]],
    ["Ракеты упали в Гяндже и в Барде.", [sc("ganja"), "geonames:587057"]],
    ["Бои шли в Нагорном Карабахе.", [sc("nagorno-karabakh")]],
    ["Удар по Харькову: погибли трое.", ["geonames:706483"]],
    ["Российские войска обстреляли Херсон ночью.", ["geonames:706448"]],
  ];
  for (const [text, expected] of table) it(text, () => assert.deepEqual(ids(text), expected));
});

describe("names listed before a plural unit noun", () => {
  it("reads each as that unit: the Belgorod and Kursk regions", () => {
    const found = places("Air defences were active over the Belgorod and Kursk regions.");
    assert.deepEqual(
      found.map((p) => [p.name, p.type]),
      [
        ["Belgorod Oblast", "region"],
        ["Kursk Oblast", "region"],
      ],
    );
  });
  it("leaves a list without a unit noun as towns", () => {
    assert.deepEqual(
      places("Strikes hit Kharkiv and Sumy on Monday.").map((p) => p.type),
      ["city", "city"],
    );
  });
});

describe("disambiguation by context", () => {
  const table: Array<[string, string, string]> = [
    [
      "Georgia, US state after its city",
      "Thousands marched in Atlanta, Georgia, on Saturday.",
      "gazetteer:us-ga",
    ],
    ["Georgia, the country after its capital", "Talks opened in Tbilisi, Georgia, on Monday.", "country:GE"],
    ["Georgia, the country, by default", "Refugees crossed into Georgia overnight.", "country:GE"],
    ["Georgia, US state named as one", "Vigils were held across the US state of Georgia.", "gazetteer:us-ga"],
    [
      "Martuni qualified by Armenia",
      "A drone was shot down near Martuni, Armenia, late on Tuesday.",
      sc("martuni-am"),
    ],
    ["Martuni next to Stepanakert", "Rockets hit Martuni and Stepanakert before dawn.", sc("martuni-kb")],
    [
      "Martuni in its Armenian province",
      "Sirens sounded in Martuni in Gegharkunik province.",
      sc("martuni-am"),
    ],
  ];
  for (const [name, text, id] of table) {
    it(name, () => assert.ok(ids(text).includes(id), `${id} not in ${ids(text).join(", ")}`));
  }
});

describe("words that are not places", () => {
  const table: Array<[string, string]> = [
    ["demonyms are actors", "Armenian forces and Azerbaijani troops traded fire; Turkish drones were seen."],
    ["numbers and measures", "The column stretched over 760 kilometers and 12 miles of road."],
    ["months and weekdays", "On Sunday, March 8, and again in May, the talks resumed."],
    ["person after a title", "Foreign Minister Mevlut Cavusoglu and President Ilham Aliyev met."],
    [
      "common words at sentence start",
      "Police said the convoy was safe. Reading the statement, officials smiled.",
    ],
    ["acronyms", "NATO, the OSCE and the ICRC issued statements."],
    ["a country as speaker", "Turkey said it would not stand by, and Iran warned both sides."],
    ["given names and surnames", "Officials said David Bowie and Donald Harper had met Vladimir Putin."],
    ["a country's institution", "Russia's defence ministry and Sudan's army issued statements."],
    ["a ship's flag", "A missile hit the Barbados-flagged freighter."],
  ];
  for (const [name, text] of table) it(name, () => assert.deepEqual(ids(text), []));
});

describe("roles", () => {
  const table: Array<[string, string, string, "incident" | "mentioned"]> = [
    ["strike on", "The strike on Ganja destroyed a block of flats.", sc("ganja"), "incident"],
    [
      "shelling of",
      "Overnight shelling of Stepanakert damaged the maternity hospital.",
      sc("stepanakert"),
      "incident",
    ],
    ["came under fire", "Tartar, a frontline town, came under fire again.", sc("tartar"), "incident"],
    [
      "locative with event",
      "Three civilians were killed in Barda on Tuesday.",
      "geonames:587057",
      "incident",
    ],
    ["digest line", "Kharkiv: missile strike on a depot, two wounded.", "geonames:706483", "incident"],
    ["list shares the role", "Stepanakert, Shushi and Martakert were shelled.", sc("martakert"), "incident"],
    ["bordering", "Nakhchivan, bordering Iran, raised its alert level.", "country:IR", "mentioned"],
    ["no event", "Delegations from Baku and Yerevan met in Moscow.", "geonames:524901", "mentioned"],
    ["Russian locative", "В Киеве ночью прогремели взрывы.", "geonames:703448", "incident"],
    ["headline passive", "Terter city hit again overnight", sc("tartar"), "incident"],
    [
      "capital with a direction word",
      "A drone strike hit a market in south Khartoum.",
      "geonames:379252",
      "incident",
    ],
    [
      "possessive with a place noun",
      "A drone hit a block in Kyiv's Solomianskyi district.",
      "geonames:703448",
      "incident",
    ],
    ["container after a town", "Aid trucks left Adre in Chad for the border.", "country:TD", "mentioned"],
  ];
  for (const [name, text, id, role] of table) {
    it(name, () => {
      const tag = places(text).find((p) => p.id === id);
      assert.ok(tag, `${id} not found in ${ids(text).join(", ")}`);
      assert.equal(tag.role, role);
    });
  }
});

describe("other conflicts", () => {
  const table: Array<[string, string, string]> = [
    ["Russian missiles struck Kharkiv overnight.", "Kharkiv", "UA"],
    ["Fighting continued around Bakhmut for a ninth month.", "Bakhmut", "UA"],
    ["Civilians were evacuated from Mariupol by bus.", "Mariupol", "UA"],
    ["Air strikes hit Khartoum and Omdurman as the army pushed north.", "Omdurman", "SD"],
    ["The RSF shelled El Fasher, the last army-held city in Darfur.", "El Fasher", "SD"],
    ["Federal troops entered Mekelle, the capital of Tigray.", "Mekelle", "ET"],
    ["Eritrean soldiers were seen in Shire and near Adigrat.", "Shire", "ET"],
    ["Drones struck an oil depot in Belgorod, the regional governor said.", "Belgorod", "RU"],
    ["Shelling of Kherson killed two people near the river port.", "Kherson", "UA"],
    ["The RSF took Wad Madani, the capital of Gezira state.", "Wad Medani", "SD"],
    ["Cholera spread in camps around Nyala in South Darfur.", "Nyala", "SD"],
    ["Air strikes hit a market in Togoga, west of Mekelle.", "Mekelle", "ET"],
    ["Ukrainian troops crossed into Russia's Kursk region in August.", "Kursk Oblast", "RU"],
  ];
  for (const [text, name, country] of table) {
    it(text, () => {
      const tag = places(text).find((p) => p.name === name || p.altNames.includes(name));
      assert.ok(
        tag,
        `${name} not in ${places(text)
          .map((p) => p.name)
          .join(", ")}`,
      );
      assert.equal(tag.country, country);
    });
  }
});

describe("tags", () => {
  it("are one per place, sorted, with evidence offsets into the text", () => {
    const text = "Ganja was hit again. Later, shells fell on Ganja and on Barda; Ganja residents fled.";
    const tags = places(text);
    assert.deepEqual(
      tags.map((t) => t.id),
      [sc("ganja"), "geonames:587057"],
    );
    for (const t of tags) assert.equal(text.slice(t.evidence.start, t.evidence.end), t.evidence.text);
    assert.equal(tags[0]?.role, "incident");
  });
  it("countryByName reads aliases and Russian", () => {
    assert.equal(countryByName(gaz, "Turkey")?.code, "TR");
    assert.equal(countryByName(gaz, "Türkiye")?.code, "TR");
    assert.equal(countryByName(gaz, "Россия")?.code, "RU");
    assert.equal(countryByName(gaz, "Armenian"), null);
  });
});
