import type { ActorRecord } from './actors';

/**
 * One speech event — "X said (that) …", "…, X stated citing Y", "according to X", "As reported by X",
 * "X quoted Y as saying" — with the token range of what it covers. Found by attribution.ts.
 */
export interface Frame {
  s: number;
  verb: number;
  speaker: ActorRecord | null;
  speakerFrom: number;
  /** "citing Y", "quoted Y as saying": the original source. */
  cited: ActorRecord | null;
  scopeFrom: number;
  scopeTo: number;
  /** "it has been said": no speaker named; continues the previous claim. */
  passive: boolean;
  /** "The figures were published by X": refers back to the previous sentence. */
  retro: boolean;
  /** "had previously spoken of": the figure's date is not the report's. */
  previously: boolean;
  date: string | null;
}
