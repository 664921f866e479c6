import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  fold,
  type GoldCasualty,
  type GoldPlace,
  type GoldStatement,
  haversineKm,
  matchCasualties,
  matchPlaces,
  matchSets,
  matchStatements,
  prf,
  quoteOverlap,
  speakerMatches,
} from "./match";

const cas = (kind: string, count: number, more: Partial<GoldCasualty> = {}): GoldCasualty => ({
  kind,
  count,
  qualifier: "exact",
  civilian: "unknown",
  party: null,
  claimedBy: null,
  cumulative: false,
  ...more,
});
const place = (lat: number, lon: number, type: string, country: string): GoldPlace => ({
  name: "x",
  lat,
  lon,
  type,
  country,
  role: "incident",
});
const st = (speaker: string, role: string | null, quote: string): GoldStatement => ({
  speaker,
  role,
  affiliation: null,
  quote,
  direct: true,
});

describe("casualties match on kind and count, one to one", () => {
  const table: Array<{
    name: string;
    e: GoldCasualty[];
    p: GoldCasualty[];
    pairs: number;
    missed: number;
    spurious: number;
  }> = [
    {
      name: "same kind and count",
      e: [cas("killed", 7)],
      p: [cas("killed", 7, { qualifier: "about" })],
      pairs: 1,
      missed: 0,
      spurious: 0,
    },
    { name: "other count", e: [cas("killed", 7)], p: [cas("killed", 8)], pairs: 0, missed: 1, spurious: 1 },
    { name: "other kind", e: [cas("killed", 7)], p: [cas("injured", 7)], pairs: 0, missed: 1, spurious: 1 },
    {
      name: "one prediction cannot serve two labels",
      e: [cas("killed", 5), cas("killed", 5)],
      p: [cas("killed", 5)],
      pairs: 1,
      missed: 1,
      spurious: 0,
    },
    { name: "nothing expected, nothing predicted", e: [], p: [], pairs: 0, missed: 0, spurious: 0 },
  ];
  for (const t of table)
    it(t.name, () => {
      const m = matchCasualties(t.e, t.p);
      assert.deepEqual([m.pairs.length, m.missed.length, m.spurious.length], [t.pairs, t.missed, t.spurious]);
    });

  it("pairs each label with the prediction that agrees on more fields", () => {
    const e = [cas("killed", 5, { party: "AM" }), cas("killed", 5, { party: "AZ" })];
    const p = [cas("killed", 5, { party: "AZ" }), cas("killed", 5, { party: "AM" })];
    const m = matchCasualties(e, p);
    for (const [gold, pred] of m.pairs) assert.equal(gold.party, pred.party);
  });
});

describe("places match by distance within the label's precision, countries by code", () => {
  const stepanakert = place(39.8153, 46.7519, "city", "AZ");
  const table: Array<{ name: string; e: GoldPlace; p: GoldPlace; match: boolean }> = [
    { name: "city 5 km off", e: stepanakert, p: place(39.85, 46.78, "city", "AZ"), match: true },
    { name: "city 40 km off", e: stepanakert, p: place(40.17, 46.75, "city", "AZ"), match: false },
    {
      name: "region 80 km off",
      e: place(39.9, 46.7, "region", "AZ"),
      p: place(40.6, 46.6, "region", "AZ"),
      match: true,
    },
    {
      name: "district 120 km off",
      e: place(39.65, 47.0, "district", "AZ"),
      p: place(40.7, 47.1, "city", "AZ"),
      match: false,
    },
    {
      name: "country by code",
      e: place(40, 45, "country", "AM"),
      p: place(0, 0, "country", "am"),
      match: true,
    },
    {
      name: "country code differs",
      e: place(40, 45, "country", "AM"),
      p: place(40, 45, "country", "AZ"),
      match: false,
    },
    {
      name: "a country never stands for a city",
      e: stepanakert,
      p: place(39.8153, 46.7519, "country", "AZ"),
      match: false,
    },
    {
      name: "a city never stands for a country",
      e: place(40, 45, "country", "AM"),
      p: place(40, 45, "city", "AM"),
      match: false,
    },
    {
      name: "Martuni in Armenia is not Martuni in Karabakh",
      e: place(39.7914, 47.1144, "city", "AZ"),
      p: place(40.14, 45.3064, "city", "AM"),
      match: false,
    },
  ];
  for (const t of table)
    it(t.name, () => {
      assert.equal(matchPlaces([t.e], [t.p]).pairs.length, t.match ? 1 : 0);
    });

  it("gives the nearer prediction to the label", () => {
    const far = place(39.95, 46.75, "city", "AZ");
    const near = place(39.82, 46.75, "city", "AZ");
    const m = matchPlaces([stepanakert], [far, near]);
    assert.equal(m.pairs[0]?.[1], near);
    assert.deepEqual(m.spurious, [far]);
  });

  it("measures distances on the sphere", () => {
    assert.ok(Math.abs(haversineKm(40.1792, 44.4991, 40.4093, 49.8671) - 455) < 5); // Yerevan-Baku
  });
});

describe("statements need the speaker and 80% of the quote's words", () => {
  const table: Array<{ name: string; e: GoldStatement; p: GoldStatement; match: boolean }> = [
    {
      name: "surname only",
      e: st("Kemal Çavuşoğlu", "foreign minister", "We will do whatever is necessary"),
      p: st("Cavusoglu", null, "We will do whatever is necessary"),
      match: true,
    },
    {
      name: "full name predicted, surname labelled",
      e: st("Cavusoglu", null, "we will respond"),
      p: st("Kemal Çavuşoğlu", null, "We will respond"),
      match: true,
    },
    {
      name: "other person",
      e: st("Anna Hovakimyan", "spokeswoman", "These accusations are a provocation"),
      p: st("Hikmat Mirzayev", null, "These accusations are a provocation"),
      match: false,
    },
    {
      name: "role only, predicted shorter",
      e: st("a spokesman for the ICRC", "a spokesman for the ICRC", "We are ready to help"),
      p: st("ICRC spokesman", null, "We are ready to help"),
      match: true,
    },
    {
      name: "role only, found in predicted role",
      e: st("NATO Secretary General", "NATO Secretary General", "All sides should stop"),
      p: st("Jens Doe", "Secretary General of NATO", "All sides should stop"),
      match: true,
    },
    {
      name: "role only, adjective for country",
      e: st("Azerbaijan's defence ministry", "Azerbaijan's defence ministry", "its forces held"),
      p: st("Azerbaijani defense ministry", null, "its forces held"),
      match: true,
    },
    {
      name: "role only, different body",
      e: st("the Karabakh emergency service", "the Karabakh emergency service", "two were killed"),
      p: st("Azerbaijan's prosecutor", null, "two were killed"),
      match: false,
    },
    {
      name: "quote 4 of 5 words",
      e: st("Ghaffari", null, "any aggression is a line"),
      p: st("Ghaffari", null, "aggression is a red line"),
      match: true,
    },
    {
      name: "quote 3 of 5 words",
      e: st("Ghaffari", null, "any aggression is a line"),
      p: st("Ghaffari", null, "aggression is red"),
      match: false,
    },
    {
      name: "curly and straight marks are the same words",
      e: st("Hovakimyan", null, "lies, all of it"),
      p: st("Hovakimyan", null, "“Lies — all of it”"),
      match: true,
    },
  ];
  for (const t of table)
    it(t.name, () => {
      assert.equal(matchStatements([t.e], [t.p]).pairs.length, t.match ? 1 : 0);
    });

  it("folds accents and Azerbaijani letters", () => {
    assert.equal(fold("Çavuşoğlu"), "cavusoglu");
    assert.equal(fold("Xankəndi"), "xankendi");
    assert.equal(fold("Ağdərə"), "agdere");
  });

  it("counts overlap over the expected quote's words", () => {
    assert.equal(quoteOverlap("one two three four", "one two three four five six"), 1);
    assert.equal(quoteOverlap("one two three four", "one two"), 0.5);
    assert.equal(quoteOverlap("", "anything"), 0);
  });

  it("a named label is not matched by a role", () => {
    assert.equal(
      speakerMatches(st("Anna Hovakimyan", "spokeswoman", "q"), { speaker: "spokeswoman", role: null }),
      false,
    );
  });
});

describe("sets and scores", () => {
  it("compares sets ignoring duplicates", () => {
    const m = matchSets(["AM", "AZ", "AZ"], ["AZ", "TR"]);
    assert.deepEqual([m.pairs.length, m.missed, m.spurious], [1, ["AM"], ["TR"]]);
  });
  const table: Array<{
    tp: number;
    fp: number;
    fn: number;
    p: number | null;
    r: number | null;
    f1: number | null;
  }> = [
    { tp: 9, fp: 1, fn: 1, p: 0.9, r: 0.9, f1: 0.9 },
    { tp: 0, fp: 0, fn: 3, p: null, r: 0, f1: null },
    { tp: 0, fp: 2, fn: 2, p: 0, r: 0, f1: 0 },
    { tp: 0, fp: 0, fn: 0, p: null, r: null, f1: null },
  ];
  for (const t of table)
    it(`prf tp=${t.tp} fp=${t.fp} fn=${t.fn}`, () => {
      const got = prf(t);
      assert.deepEqual(
        [got.precision, got.recall, got.f1].map((x) => (x === null ? null : Math.round(x * 1000) / 1000)),
        [t.p, t.r, t.f1],
      );
    });
});
