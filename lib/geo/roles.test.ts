import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findPlaces, foldName, loadGazetteer } from "@/lib/geo";
import type { PlaceTag } from "@/lib/types/tags";

// Sentences written for these tests, one phenomenon each. An expectation maps a name as written to the
// role its place must have, or to null when that name must give no place at all.
const gaz = loadGazetteer({ regionId: "south-caucasus" });
type Want = Record<string, "incident" | "mentioned" | null>;

function tagFor(tags: PlaceTag[], written: string): PlaceTag | undefined {
  const key = foldName(written);
  return tags.find(
    (t) =>
      foldName(t.evidence.text) === key ||
      foldName(t.name) === key ||
      t.altNames.some((n) => foldName(n) === key),
  );
}

function check(text: string, want: Want) {
  const tags = findPlaces(gaz, text, { regionId: "south-caucasus" });
  const seen = tags.map((t) => `${t.evidence.text}:${t.role}`).join(", ") || "nothing";
  for (const [written, role] of Object.entries(want)) {
    const tag = tagFor(tags, written);
    if (role === null) assert.equal(tag, undefined, `${written} should be no place; got ${seen}`);
    else {
      assert.ok(tag, `${written} not found; got ${seen}`);
      assert.equal(tag.role, role, `${written}: got ${seen}`);
    }
  }
}

function table(title: string, rows: Array<[string, Want]>) {
  describe(title, () => {
    for (const [text, want] of rows) it(text, () => check(text, want));
  });
}

table("a container named beside its site is mentioned, the site is the incident", [
  [
    "Three civilians were killed in Azerbaijan's Tartar district on Sunday.",
    { Azerbaijan: "mentioned", "Tartar district": "incident" },
  ],
  [
    "Armenian shelling of Azerbaijan's Tartar district killed two civilians.",
    { Azerbaijan: "mentioned", "Tartar district": "incident" },
  ],
  ["Drones struck Belgorod, Russia, overnight.", { Belgorod: "incident", Russia: "mentioned" }],
  ["Shells hit the Tartar district of Azerbaijan overnight.", { Azerbaijan: "mentioned" }],
  [
    "Federal troops entered Mekelle, the capital of Tigray, on Saturday.",
    { Mekelle: "incident", Tigray: "mentioned" },
  ],
  ["Two soldiers were killed in shelling in Armenia, the ministry said.", { Armenia: "incident" }],
]);

table("a city that owns what was hit is the site", [
  ["Kharkiv's main hospital was hit by a missile.", { Kharkiv: "incident" }],
  ["Ganja's residential areas were shelled overnight.", { Ganja: "incident" }],
  ["Russian forces shelled Kherson's Dniprovskyi district, killing two.", { Kherson: "incident" }],
]);

table("a country or capital that acts is no place, also with an auxiliary", [
  ["Armenia has shelled Azerbaijani positions near Tovuz, the ministry said.", { Armenia: null }],
  [
    "Azerbaijan shelled Armenia's Jermuk overnight.",
    { Azerbaijan: null, Armenia: "mentioned", Jermuk: "incident" },
  ],
  ["Moscow struck Ukrainian energy facilities again, and Kyiv vowed to respond.", { Moscow: null }],
  ["Turkey said it would stand by Azerbaijan.", { Turkey: null }],
  ["Tbilisi bans the transit of military cargo.", { Tbilisi: null }],
  ["Baku says Yerevan is stalling the talks.", { Baku: null, Yerevan: null }],
  [
    "Sudan Doctors Network said 12 people were killed in El Fasher.",
    { Sudan: null, "El Fasher": "incident" },
  ],
]);

table("a headline without its auxiliary still makes its subject the site", [
  ["Ganja struck by missile, nine dead", { Ganja: "incident" }],
  ["Terter city hit again overnight", { Terter: "incident" }],
  ["Kharkiv shelled overnight, two wounded", { Kharkiv: "incident" }],
]);

table("where someone speaks is not where it happened", [
  [
    "In Baku, officials said the strike on Ganja killed nine civilians.",
    { Baku: "mentioned", Ganja: "incident" },
  ],
  [
    "Speaking in Moscow, the minister said shelling killed two in Stepanakert.",
    { Moscow: "mentioned", Stepanakert: "incident" },
  ],
  [
    "The health ministry in Gaza said strikes killed 20 people in Rafah.",
    { Gaza: "mentioned", Rafah: "incident" },
  ],
]);

table("people fleeing: the place left is the site, the destination is mentioned", [
  ["Thousands of families fled Stepanakert for Goris.", { Stepanakert: "incident", Goris: "mentioned" }],
  ["Residents fled Ganja after the strike.", { Ganja: "incident" }],
  ["Civilians were evacuated from Mariupol by bus.", { Mariupol: "incident" }],
  ["Refugees crossed from Sudan into Chad after the attack.", { Chad: "mentioned" }],
  ["Thousands fled into Armenia as the offensive began.", { Armenia: "mentioned" }],
]);

table("future and planned events happen nowhere yet", [
  ["Talks will be held in Geneva next week.", { Geneva: "mentioned" }],
  ["Officials plan to hold talks in Istanbul.", { Istanbul: "mentioned" }],
  ["The talks, to be held in Vienna, will focus on the corridor.", { Vienna: "mentioned" }],
  ["Talks were held in Geneva on Tuesday.", { Geneva: "incident" }],
]);

table("events the older rules did not read", [
  ["The Ukrainian city of Bakhmut fell to Russian forces.", { Bakhmut: "incident" }],
  ["Tens of thousands rallied in Baku in support of the army.", { Baku: "incident" }],
  ["Protesters gathered in Yerevan on Monday.", { Yerevan: "incident" }],
  ["Residents of Tartar, where shelling killed two on Sunday, left.", { Tartar: "incident" }],
  ["The Ganja strike killed nine people.", { Ganja: "incident" }],
  ["The Vienna talks ended without a deal.", { Vienna: "incident" }],
]);

table("a dispute over a place is no event there", [
  ["The decades-long dispute over Nagorno-Karabakh is unresolved.", { "Nagorno-Karabakh": "mentioned" }],
  ["Both sides claim sovereignty over Karabakh, where fighting killed 12.", { Karabakh: "incident" }],
]);

table("datelines in any case are mentioned places", [
  ["Kyiv, 12 March — Russian drones struck a warehouse in Lviv.", { Kyiv: "mentioned", Lviv: "incident" }],
  ["Khartoum (AFP) - Shells hit a hospital in Omdurman.", { Khartoum: "mentioned", Omdurman: "incident" }],
  ["BAKU, Oct 5 (Reuters) - Five civilians were killed in Ganja.", { Baku: "mentioned", Ganja: "incident" }],
  [
    "(Translated from Armenian) YEREVAN, 3 October. Shelling hit Stepanakert overnight.",
    { Yerevan: "mentioned", Stepanakert: "incident" },
  ],
]);

table("headings name places, not speakers", [
  ["KHARTOUM FRONT\nHeavy fighting was reported in the city centre on Monday.", { Khartoum: "incident" }],
  ["SUDAN DAILY\nRSF fighters attacked a market in Omdurman, killing 12 people.", { Sudan: "mentioned" }],
  ["UKRAINE WAR LATEST\nRussian missiles hit Lviv overnight.", { Ukraine: "mentioned", Lviv: "incident" }],
]);

table("a resident's home town and a border are places", [
  [
    "A Khartoum resident said shells fell near his home in Omdurman.",
    { Khartoum: "mentioned", Omdurman: "incident" },
  ],
  [
    "Hostilities resumed on the Armenia-Azerbaijan border.",
    { Armenia: "mentioned", Azerbaijan: "mentioned" },
  ],
  ["Iran shares a border with Armenia.", { Armenia: "mentioned" }],
]);

table("facility names hold no place", [
  ["The Zaporizhzhia nuclear plant lost power again.", { Zaporizhzhia: null }],
  ["Shelling was reported near the Zaporizhzhia nuclear power plant.", { Zaporizhzhia: null }],
]);

table("lower-case digest names", [
  ["tartar / barda roundup: shelling overnight, one wounded", { Tartar: "incident", Barda: "incident" }],
  ["shelling in goranboy overnight, two hurt", { Goranboy: "incident" }],
]);

table("a town named in a sentence that reports an event is its site unless a cue says otherwise", [
  ["Two civilians died and Tartar lost power after overnight shelling.", { Tartar: "incident" }],
  ["Overnight in Kyiv\nRussian drones attacked the energy grid, officials said.", { Kyiv: "incident" }],
]);

table("a region or country whose sentence names a site inside it is the setting", [
  [
    "Fighting raged in Nagorno-Karabakh as drones struck positions near Martakert.",
    { "Nagorno-Karabakh": "mentioned", Martakert: "incident" },
  ],
  [
    "Fighting resumed near Alamata in southern Tigray, residents said.",
    { Alamata: "incident", Tigray: "mentioned" },
  ],
]);

table("a country that owns land or a war is a place, one that owns an institution an actor", [
  ["Sudan's civil war has displaced millions.", { Sudan: "mentioned" }],
  ["Israeli jets struck targets in Lebanon's south overnight.", { Lebanon: "incident" }],
  ["Armenia's border guards reported gunfire overnight.", { Armenia: null }],
  ["Azerbaijan's defence ministry said the strike hit Tartar.", { Azerbaijan: null, Tartar: "incident" }],
]);

table("'in X' with no event in its sentence: a site only in a verbless digest line", [
  ["Shelling overnight.\nSAF vs RSF in Khartoum, Bahri", { Khartoum: "incident", Bahri: "incident" }],
  ["Shelling hit Tartar overnight. Relatives in Goris said they were worried.", { Goris: "mentioned" }],
]);

table("countries as destinations and neighbours are places", [
  ["Iran borders both Armenia and Azerbaijan.", { Armenia: "mentioned", Azerbaijan: "mentioned" }],
  ["Georgia is a transit country for goods bound for Armenia.", { Armenia: "mentioned" }],
  ["Armenians in Karabakh fled to Armenia after the offensive.", { Armenia: "mentioned" }],
  ["Armenia and Azerbaijan have fought two wars over the region.", { Armenia: null, Azerbaijan: null }],
]);

table("routes and shaking explosions locate capitals and countries", [
  ["Flights between Baku and Moscow were suspended.", { Baku: "mentioned", Moscow: "mentioned" }],
  ["The road linking Armenia and Iran was closed for a day.", { Armenia: "mentioned", Iran: "mentioned" }],
  ["Powerful explosions shook Kyiv before dawn.", { Kyiv: "incident" }],
]);

table("curated place names before a surname or inside a name are no places", [
  [
    "Lachin Mammadov, a resident of Barda, said shells fell near his house.",
    { Lachin: null, Barda: "incident" },
  ],
  ["Qarabag FK postponed its match.", { Qarabag: null }],
  ["Kharkiv Mayor Ihor Terekhov said the city was hit.", { Kharkiv: "incident" }],
]);

table("lower-case units and alternate spellings of big towns", [
  ["shelling in kherson region overnight, 2 dead", { "Kherson Oblast": "incident" }],
  ["zaporizhzhia: missile strike on a depot, one wounded", { Zaporizhzhia: "incident" }],
]);

table("well-known war towns and the countries at war before namesakes abroad", [
  ["Thousands fled El Fasher for Tawila.", { Tawila: "mentioned" }],
  ["An Israeli strike hit Dahiyeh overnight.", { Dahiyeh: "incident" }],
  ["Shelling was reported near Deir ez-Zor.", { "Deir ez-Zor": "incident" }],
  ["A drone struck a port warehouse in Odessa.", { Odessa: "incident" }],
]);

table("a locative opening its sentence sets the scene of the clause after it", [
  [
    "In the city of Al-Fashir, the capital of North Darfur state, the militia launched a heavy artillery bombardment on its neighbourhoods.",
    { "Al-Fashir": "incident", "North Darfur state": "mentioned" },
  ],
  [
    "Now in a rented flat in Masis, on the outskirts of Yerevan, she waits for news.",
    { Yerevan: "mentioned" },
  ],
]);

table("other spellings: the Arabic article and units named after their towns", [
  ["Shelling hit Al-Obeid and Al-Nuhud overnight.", { "El Obeid": "incident", "An Nuhūd": "incident" }],
  [
    "Drones struck the Zaporozhye region and the Kharkov region.",
    { "Zaporizhzhia Oblast": "incident", "Kharkiv Oblast": "incident" },
  ],
  ["A missile hit a port in Nikolayev.", { Mykolaiv: "incident" }],
]);

table("hyphenated names: the first half of an unknown compound is no place", [
  ["Drones hit Bilhorod-Dnistrovskyi overnight.", { "Bilhorod-Dnistrovskyi": "incident", Belgorod: null }],
  ["Shelling hit Zoryane-Nyzhnie overnight.", { Zoryane: null }],
]);

table("a trailing attribution names a speaker, not a site or a list member", [
  [
    "Two servicemen were wounded by sniper fire in the Tavush region, Baku said.",
    { "Tavush region": "incident", Baku: null },
  ],
  [
    "Stepanakert, Shushi and Martakert were shelled, Yerevan said.",
    { Stepanakert: "incident", Yerevan: null },
  ],
  [
    "In Baku, officials said the strike on Ganja killed nine civilians.",
    { Baku: "mentioned", Ganja: "incident" },
  ],
]);
