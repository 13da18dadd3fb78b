import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { ListFormatError } from '../list-entity.model.ts';
import type { ListFile } from './list-file.ts';
import { messageOf } from './text-decoding.ts';

/** One element of a record, with its attributes, child elements and text (names without namespace prefix). */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  /** The line of its start tag. */
  line: number;
}

export interface XmlRecord {
  element: XmlElement;
  /** 1-based position among the records of the file. */
  index: number;
}

export interface XmlRecordOptions {
  /** The root element names this format allows. */
  roots: readonly string[];
  /** Whether an element with this name, under this parent, is one record (INDIVIDUAL, sanctionEntity...). */
  isRecord: (name: string, parent: string | undefined) => boolean;
  /** The record's own id, for error messages, read from what has been parsed of it so far. */
  describe?: (partial: XmlElement) => string | undefined;
}

/**
 * The records of an XML document, streamed with saxes: only one record is held in memory at a time, so a
 * 100 MB list costs what its largest record costs. saxes does not read DTDs, so entity declarations are never
 * expanded ("billion laughs" and external entities are refused as undefined entities). Anything that is not
 * well-formed - a file cut in the middle, a bad tag - is a ListFormatError naming the line and the record.
 */
export async function* readXmlRecords(
  file: ListFile,
  text: AsyncIterable<string>,
  options: XmlRecordOptions,
): AsyncGenerator<XmlRecord> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const path: string[] = [];
  const stack: XmlElement[] = [];
  const ready: XmlRecord[] = [];
  let failure: ListFormatError | undefined;
  let count = 0;

  // Where the parser is, and in which record: computed when a problem is seen, since parsing goes on after.
  const where = (line: number): string => {
    const open = stack[0];
    if (!open) return `line ${line}`;
    const id = options.describe?.(open);
    return `line ${line}, in <${open.name}> record ${count + 1}${id ? ` (${id})` : ''} that starts on line ${open.line}`;
  };
  const fail = (line: number, reason: string): void => {
    failure ??= new ListFormatError(file.name, where(line), reason);
  };

  parser.on('error', (error) => {
    // saxes writes "line:column: reason".
    const match = messageOf(error).match(/^(\d+):\d+: ([\s\S]*)$/);
    fail(Number(match?.[1] ?? parser.line), match?.[2] ?? messageOf(error));
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    const parent = path[path.length - 1];
    if (path.length === 0 && !options.roots.includes(name)) {
      fail(parser.line, `the root element is <${name}>, expected <${options.roots.join('> or <')}>`);
    }
    path.push(name);
    if (stack.length > 0 || options.isRecord(name, parent)) {
      const element: XmlElement = {
        name,
        attributes: tag.attributes,
        children: [],
        text: '',
        line: parser.line,
      };
      stack[stack.length - 1]?.children.push(element);
      stack.push(element);
    }
  });
  parser.on('text', (value) => {
    const current = stack[stack.length - 1];
    if (current) current.text += value;
  });
  parser.on('cdata', (value) => {
    const current = stack[stack.length - 1];
    if (current) current.text += value;
  });
  parser.on('closetag', () => {
    path.pop();
    const element = stack.pop();
    if (element && stack.length === 0) {
      count++;
      ready.push({ element, index: count });
    }
  });

  for await (const chunk of text) {
    parser.write(chunk);
    if (failure) throw failure;
    yield* ready.splice(0);
  }
  parser.close();
  if (failure) throw failure;
  yield* ready.splice(0);
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** The direct children with this name. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** Every element at the end of a path of child names: descendants(record, 'Names', 'Name'). */
export function descendants(element: XmlElement, ...path: string[]): XmlElement[] {
  let level = [element];
  for (const name of path) level = level.flatMap((node) => childrenNamed(node, name));
  return level;
}

/** The trimmed text of the first element at the path, or '' when there is none. */
export function textAt(element: XmlElement, ...path: string[]): string {
  return (descendants(element, ...path)[0]?.text ?? '').trim();
}

/** The trimmed, non-empty texts of every element at the path. */
export function textsAt(element: XmlElement, ...path: string[]): string[] {
  return descendants(element, ...path)
    .map((node) => node.text.trim())
    .filter(Boolean);
}
