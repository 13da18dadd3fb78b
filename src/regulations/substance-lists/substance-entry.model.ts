import type { SubstanceListId } from '../knowledge/knowledge.model.ts';

/** One entry of an official substance list, whatever its publisher's format. */
export type SubstanceEntry = {
  readonly list: SubstanceListId;
  /** The list's own reference: Annex II/III "Ref No.", Annex XVII/XIV entry number, or the substance name. */
  readonly reference: string;
  /** The entry's names: its name, the group name, other names the list gives. */
  readonly names: readonly string[];
  /** CAS numbers that pass the check digit. */
  readonly cas: readonly string[];
  /** EC numbers that pass the check digit. */
  readonly ec: readonly string[];
  /** Numbers written in the list that fail their check digit: kept and shown, never matched on. */
  readonly invalidNumbers: readonly string[];
  /** Annex III: the product types or body parts the limit applies to. */
  readonly productTypes?: string | undefined;
  /** Maximum concentration in percent, where the list sets one. */
  readonly maxPercent?: number | undefined;
  /** Conditions, restrictions and warnings, in the list's words. */
  readonly conditions?: string | undefined;
  /** Date of inclusion (candidate list, POPs), sunset date (Annex XIV), as YYYY-MM-DD. */
  readonly date?: string | undefined;
};

export class SubstanceFileError extends Error {
  readonly code = 'invalid_file';
}
