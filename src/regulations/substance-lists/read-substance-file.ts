import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { SubstanceListId } from '../knowledge/knowledge.model.ts';
import { isCosmeticsAnnex, readCosmeticsAnnex } from './formats/cosmetics-annex.ts';
import { readEchaListXlsx } from './formats/echa-list-xlsx.ts';
import { type SubstanceEntry, SubstanceFileError } from './substance-entry.model.ts';

const MAX_BYTES = 100 * 1024 * 1024;

/** Reads a substance list file; the format is told by its content (an XLSX workbook or the annex TSV export). */
export async function readSubstanceBytes(
  bytes: Uint8Array,
  fileName: string,
): Promise<{ list: SubstanceListId; entries: SubstanceEntry[] }> {
  if (bytes.byteLength === 0) throw new SubstanceFileError(`${fileName} is empty`);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return readEchaListXlsx(bytes, fileName);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SubstanceFileError(`${fileName} is neither an XLSX workbook nor UTF-8 text`);
  }
  const list = isCosmeticsAnnex(text.replace(/^\uFEFF/, ''));
  if (!list) {
    throw new SubstanceFileError(
      `${fileName} is not a substance list Tradeguard reads (EU cosmetics Annex II/III export, ECHA Candidate List, Annex XIV, Annex XVII or POPs XLSX)`,
    );
  }
  const entries = readCosmeticsAnnex(text.replace(/^\uFEFF/, ''), fileName);
  if (entries.length === 0) throw new SubstanceFileError(`${fileName} has no entries`);
  return { list, entries };
}

export async function readSubstanceFile(path: string) {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw new SubstanceFileError(`${path} is not a file`);
  if (info.size > MAX_BYTES)
    throw new SubstanceFileError(`${path} is larger than ${MAX_BYTES / 1024 / 1024} MB`);
  const bytes = new Uint8Array(await readFile(path));
  return { ...(await readSubstanceBytes(bytes, basename(path))), bytes };
}
