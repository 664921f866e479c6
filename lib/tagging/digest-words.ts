/** Word lists for digest lines ("SOURCE: claim"), kept apart from the reader in digest-lines.ts. */

export const LINE_LEAD = new Set(["-", "*", "•", "–", "—", ":", ",", "|", "/", ">", "#", "+"]);

export const MONTH_ABBR = new Set(
  "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december".split(
    " ",
  ),
);

/** Words that cite a source rather than let it speak: "Per AZ MoD: …", "Source: …". */
export const CITATIONS = new Set([
  "per",
  "via",
  "source",
  "sources",
  "h",
  "credit",
  "credits",
  "cc",
  "ht",
  "acc",
  "cf",
]);

/** Headings that open a line before the source: "BREAKING: AZ MoD: …", "UPDATE 2 - …". */
export const HEADINGS = new Set([
  "breaking",
  "update",
  "updated",
  "urgent",
  "flash",
  "developing",
  "new",
  "just",
  "in",
]);

/** Nouns between a source and its colon: "UA GS update: …", "AZ MoD statement: …". */
export const CUES = new Set(
  "update updates statement report briefing readout data figures sitrep summary bulletin tweet post video tally estimate message".split(
    " ",
  ),
);

/** Channels between a source and its colon: "Pashinyan on FB: …", "Aliyev (tweet): …". */
export const CHANNEL_PREPS = new Set(["on", "via", "in", "to"]);

/** Words that make two or three capitalised words a place heading: "El Fasher: …", "Donetsk Oblast: …". */
export const PLACE_LEAD = new Set(
  "el al wad umm jebel jabal ras tel bir port kafr beit deir khan north south east west central upper lower new san santa mount lake cape fort".split(
    " ",
  ),
);

export const PLACE_TAIL = new Set(
  "oblast region province district direction axis front sector city town village camp state governorate county raion area valley corridor".split(
    " ",
  ),
);

/** Cyrillic office words in hasty digests: "Минобороны: …", "Генштаб ЗСУ: …". */
export const CYRILLIC_ROLES = new Set(
  "минобороны міноборони генштаб мид мзс штаб командование губернатор мэр глава президент министр міністр речник представитель".split(
    " ",
  ),
);

export const SEATS = new Set(["kremlin", "white", "pentagon", "elysee", "downing", "whitehall", "state"]);

/** Short forms of the sides in hasty digests: "Arm: …", "Aze: …", "Ukr: …". */
export const SHORT_SIDES = new Map<string, string>([
  ["arm", "AM"],
  ["aze", "AZ"],
  ["azer", "AZ"],
  ["rus", "RU"],
  ["ukr", "UA"],
  ["isr", "IL"],
  ["leb", "LB"],
  ["eth", "ET"],
  ["eri", "ER"],
  ["tur", "TR"],
  ["geo", "GE"],
  // Three-letter country codes: "SDN: …", "IRN: …"
  ["sdn", "SD"],
  ["irn", "IR"],
  ["lbn", "LB"],
  ["yem", "YE"],
  ["syr", "SY"],
  ["usa", "US"],
]);

/**
 * Acronyms of agencies, services and armed groups that speak as digest sources on their own ("JEM: …",
 * "HUR: …"). An unknown word in capitals is no source: "GAZA: …" and "AXUM: …" are headings.
 */
export const SOURCE_ACRONYMS = new Set(
  `hur gur sbu nsdc ocha unhcr unicef wfp iom unmiss unamid unitams igad ecowas jem sla spla splm splm-n psf
   acled ipc ohchr unrwa centcom irgc pij pflp ehrc icc icj iaea unfpa undp fao ifrc prcs srcs nrc hrw ukmto
   wafa sana irna suna ena tass ria ukrinform apa armenpress nna mda ses dsns`.split(/\s+/),
);

/** Clipped words whose dot does not end a digest claim: "in s. Lebanon", "op. 'Dawn'", "nr. Kupiansk". */
export const CLIPPED = new Set(
  "n s e w ne nw se sw op ops nr reg dist vil obl dept min dep govt intl mil pres approx est cmdr lt col maj gen sgt mt st".split(
    " ",
  ),
);
