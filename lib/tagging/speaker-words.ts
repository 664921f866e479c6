/** Words of office and institution that make a noun phrase a speaker's role ("foreign ministry spokesman"). */
export const ROLE_WORDS = new Set(
  `minister ministers ministry ministries president presidents vice-president spokesman spokeswoman spokesperson
   spokesmen spokespeople secretary secretary-general general ambassador ambassadors envoy envoys ombudsman
   ombudsperson defender commander commanders commander-in-chief commanders-in-chief chief chiefs official officials aide aides adviser advisers advisor
   advisors assistant head heads leader leaders leadership chairman chairwoman chair co-chair co-chairs
   co-chairmen prosecutor prosecutor-general mayor governor representative representatives deputy director
   government governments army military authorities authority office presidency parliament service agency
   department council bureau comms communications command force forces staff source sources diplomat diplomats mission committee delegation
   premier chancellor king emir foreign information info defence defense interior prime vice first senior state high human
   rights emergency emergencies health situations press secretariat commission commissioner rapporteur
   coordinator observers monitors monitor police prosecutor's ombudsman's lawmakers lawmaker mp mps senator
   senators officer officers troops peacekeepers peacekeeping corps headquarters general-secretary
   administration cabinet junta regime militia side sides rebels militants paramilitary paramilitaries
   separatists insurgents fighters soldiers servicemen commanders experts investigators officials af gs moi
   eyewitnesses relatives family observers observer coordinator ombudsperson rescuers
   moh mid hq govt gov admin pres group agency organisation organization network union
   observatory committee centre center charity ngo residents resident witnesses witness doctors doctor
   medics medic activists activist analysts analyst survivors survivor villagers villager locals refugees
   journalists journalist reporter correspondent volunteers volunteer nurses nurse surgeon paramedics
   monitor organisers spokespeople elders leaders chief mayor's governor's  mod mfa spox fm dm pm prosecutors investigators rescuers negotiators mediators legislators deputies
   committees lawyers lawyer physicians wing movement coalition alliance faction brigade brigades battalion
   regiment navy marines workers worker staffers member members paramedic eyewitness soldier serviceman
   fighter priest priests nun bishop cleric imam farmer farmers teacher teachers student students trader
   traders driver drivers shopkeeper merchant woman women man men mother father youth elder
   defector people media television tv radio firm company operator owner manager carrier insurer insurers broadcaster bloggers blogger
   watchdog watchdogs shippers groups charities agencies partners management organiser organizer organizers
   special negotiator mediator envoy's
   минобороны міноборони генштаб мид мзс штаб командование губернатор мэр глава министр
   міністр речник представитель пресс-служба cinc cmdr comdr secgen amb dept intel cmd bde regt ombud offl ofcl srcs cttee cmte spkr boss`.split(
    /\s+/,
  ),
);

/** Verbs that introduce speech, finite and participial. */
export const SPEECH_VERBS = new Set(
  `said says say stated states told tells added adds warned warns claimed claims insisted insists announced
   estimates estimated estimate accusing denying described describes labelled branded termed
   maintained maintains indicated revealed disclosed conceded reiterated reiterates underlined underscored predicted cautioned complained informed
   announces reported reports declared declares noted notes stressed stresses emphasised emphasized emphasises
   emphasizes argued argues explained explains wrote writes tweeted posted asserted asserts alleged alleges
   accused accuses denied denies confirmed confirms pledged pledges demanded vowed vows promised promises threatened
   threatens urged urges called calls asked asks demanded demands appealed appeals responded replied
   acknowledged admitted suggested remarked commented saying adding warning stating claiming insisting
   announcing noting stressing accusing urging calling telling`.split(/\s+/),
);

/**
 * Speech verbs the statement readers know beyond SPEECH_VERBS (which casualties and actors share and
 * which stays as it is for them): rejoinders, recollections and assurances.
 */
const MORE_SPEECH_VERBS = `countered retorted replied responded answered charged contended recounted remarked
   signalled signaled hinted boasted lamented reaffirmed clarified reminded assured informed notified
   swore forecast projected reckoned briefed`.split(/\s+/);

/** Every verb that may introduce a statement. */
export const STATEMENT_VERBS = new Set([...SPEECH_VERBS, ...MORE_SPEECH_VERBS]);

/** Participles that hang a quotation on the sentence's subject (", saying “...”"). */
export const GERUNDS = new Set(
  "saying adding warning stating claiming insisting announcing noting stressing telling calling urging".split(
    " ",
  ),
);

/** Verbs whose "that"-clause (or bare clause) is reported speech. */
export const THAT_VERBS = new Set(
  `said says say stated states told tells added adds warned warns claimed claims insisted insists announced
   estimates estimated denying maintained maintains indicated revealed disclosed conceded reiterated reiterates underlined underscored predicted cautioned complained informed
   announces reported reports declared declares noted notes stressed stresses emphasised emphasized argued
   argues explained asserted asserts alleged alleges denied denies confirmed confirms pledged pledges vowed
   vows promised promises threatened threatens acknowledged admitted suggested wrote tweeted demanded demands saying adding
   warning stating claiming insisting announcing noting stressing countered retorted replied responded answered
   charged contended remarked signalled signaled hinted boasted lamented reaffirmed clarified
   reminded assured notified swore forecast projected reckoned briefed writes`.split(/\s+/),
);

/** Verbs with an addressee and a to-infinitive: "called on X to", "urged X to". */
export const APPEAL_VERBS = new Set(
  "called calls urged urges asked asks appealed appeals urging calling".split(" "),
);

/** Words that may stand between a subject and its speech verb. */
export const PRE_VERB = new Set(
  `has have had also later previously earlier again repeatedly openly reportedly then further already separately
   publicly once long recently subsequently initially first privately officially formally explicitly directly
   quickly immediately swiftly flatly strongly categorically vehemently firmly angrily allegedly`.split(
    /\s+/,
  ),
);

/** Capitalised words that open sentences but are never part of a speaker's name. */
export const NOT_NAMES = new Set(
  `meanwhile however nonetheless nevertheless also earlier later separately yesterday today tonight in on at
   but and the a an this that these those there it its he she they we i our his her their monday tuesday
   wednesday thursday friday saturday sunday january february march april may june july august september
   october november december after before while when as since although though mr mrs ms dr reports
   breaking update urgent exclusive live watch video photo photos map analysis opinion editorial timeline`.split(
    /\s+/,
  ),
);

export const PRONOUNS = new Set(["he", "she", "it", "they"]);

/** Titles written short with a dot before a name ("Gov.", "Brig. Gen.", "Dr."): part of the role, not the name. */
export const TITLE_ABBR = new Set(
  "gov gen brig col maj lt sen rep dr mr mrs ms capt sgt adm cmdr prof rev pres".split(" "),
);

/** Small words inside a speaker's phrase: "a spokesman for the ICRC", "one resident", "two officials". */
export const NP_INNER = new Set("the a an for of ' s - . to one two three another several some".split(" "));
export const DETERMINERS = new Set(["the", "a", "an"]);

/** Words that open an aside after a speaker: "X, which borders Y,", "X, an aide to Y,", "X, known as Y,". */
export const APPOSITIVE_OPENERS = new Set(
  // asides that describe the occasion, not the speaker: "X, speaking to reporters, said"
  `which who whose a an the one its his her speaking writing addressing responding commenting however
   meanwhile though in for known also better nicknamed dubbed aged himself herself itself run backed based
   led controlled affiliated owned operated funded allied loyal aligned released published issued posted seen
   obtained circulated signed dated sent`.split(/\s+/),
);

/** Nouns of places inside a speaker's description: "the governor of Kharkiv region", "a doctor at Ayder hospital". */
export const PLACE_NOUNS = new Set(
  "region province oblast district city town village county camp hospital clinic".split(" "),
);

/**
 * Lower-case words inside an office's name: "the air force", "border guard service", "a local resistance
 * committee", "Tigray's interim administration", "Russia's top diplomat", "state media", "armed wing".
 */
export const OFFICE_MODIFIERS = new Set(
  `air naval border national regional intelligence security civil guard guards general local resistance medical
   humanitarian relief community tribal neighbourhood neighborhood volunteer interim transitional federal
   provincial central sovereign armed top acting former caretaker news media television radio de facto
   aid rebel opposition ruling exiled elected breakaway municipal city military presidential ministerial
   parliamentary diplomatic political policy energy finance economy justice education culture agriculture
   transport water electricity refugee refugees children food migration development nuclear atomic
   religious legal official displaced elderly young old wounded injured grieving unnamed anonymous western
   senior junior retired veteran female male exhausted frightened maritime shipping operations trade coast
   public private independent war state-run state-owned mil intl natl`.split(/\s+/),
);

/** Lower-case particles inside names: "al-Hassan", "bin Salem", "von der Berg". */
const PARTICLES = new Set("al el bin ibn bint abu ould wad de da del der van von dos du la le".split(" "));
const HYPHEN_PARTICLE = /^(?:al|el|ad|as|ash|an|ar|at|az|ibn|bin|abu|ould|wad)-\p{Lu}/u;

/** A capitalised word, or a particle-led part of a name ("al-Hassan"). */
export function nameWord(text: string, cap: boolean): boolean {
  return cap || HYPHEN_PARTICLE.test(text);
}

/** A particle that may stand between two capitalised parts of a name ("Osama bin Salem"). */
export const isParticle = (norm: string): boolean => PARTICLES.has(norm);

/** Documents that speak for whoever issued them: "the statement said", "the army's communique said". */
export const DOC_NOUNS = new Set(
  "statement communique communiqué readout bulletin report post message declaration document memo cable".split(
    " ",
  ),
);
