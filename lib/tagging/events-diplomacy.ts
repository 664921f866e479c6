/**
 * Statements and diplomacy: official positions, calls, condemnations, warnings, sanctions. A ministry or
 * an agency merely reporting figures or battlefield news is not diplomacy, nor is one side accusing the
 * other of an attack or a breach (a battlefield claim); a statement counts only when it states a position.
 */
import type { StatementTag } from "@/lib/types/tags";
import { fold } from "./text";

/** Diplomatic acts and the language of positions, anywhere in the text. */
export const DIPLOMACY =
  /\b(?:call(?:ed|s|ing)? on|call(?:ed|s|ing)? for|urg(?:ed|es|ing)|condemn(?:ed|s|ing|ation)?|denounc(?:ed|es|ing)|deplor(?:ed|es|ing)|expressed (?:concern|regret|support|solidarity|condolences)|voiced (?:concern|support)|deeply concerned|summon(?:ed|s)?|recalled (?:its )?ambassador|ambassadors?|envoys?|diplomatic (?:efforts?|push|solution|channels|pressure|ties|relations)|foreign ministry|phone (?:call|conversation) (?:with|between)|spoke by phone|sanctions? (?:on|against)|impos(?:ed|es|ing) sanctions|new sanctions|sanctioned|warn(?:ed|s|ing)\b(?! (?:residents|civilians|people|citizens) to)|appeal(?:ed|s) (?:to|for)|pledged (?:support|solidarity)|offered to (?:mediate|host)|ready to|must|should|aggression|provocations?|rejected|red lines?|(?:will|would) not tolerate|restraint|(?:political|diplomatic|peaceful) (?:solution|settlement)|international (?:humanitarian )?law|war crimes?|genocide|ethnic cleansing|interfer(?:ence|ing|ed) in|stand (?:by|with)|called (?:it|this|that|the [\w-]+(?: [\w-]+)?) (?:a|an)|security council|resolution)\b/g;

/** What a position sounds like when quoted or reported. */
const POSITION =
  /\b(?:call(?:s|ed)? (?:on|for)|urg\w+|must|should|condemn\w*|denounc\w*|concern\w*|alarm\w*|regret\w*|deplor\w*|unacceptable|appeal\w*|demand\w*|warn\w*|ready to|respect|protect|restraint|de-?escalat\w*|dialogue|negotiat\w*|peace\w*|solution|stop|end (?:to|the)|halt|support|solidarity|sanction\w*|violat\w*|international law|humanitarian law|accountab\w*|responsib\w*|aggression|provocation|will not|won't|cannot)\b/;

/**
 * Whether a statement of an organisation (`orgIds`: UN, ICRC...) or of a foreign ministry states a
 * position; the text's own words are matched by DIPLOMACY (one of the cue rules).
 */
export function positionStated(statements: readonly StatementTag[], orgIds: ReadonlySet<string>): boolean {
  return statements.some(
    (s) =>
      ((s.affiliation !== null && orgIds.has(s.affiliation)) || /foreign/i.test(s.role ?? "")) &&
      POSITION.test(fold(s.quote)),
  );
}
