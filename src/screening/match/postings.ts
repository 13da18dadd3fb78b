/**
 * Posting lists from keys (words, phonetic keys, skeletons, trigrams) to name numbers, compact enough for
 * millions of names: while building, one (key, name) pair per entry in two growing Int32Arrays; frozen, one
 * Int32Array of names sorted by key, with each key's start in an offsets array. A key is a number given on
 * first sight (interned), so each key string is stored once.
 */
export class Postings {
  private readonly slots = new Map<string, number>();
  private keys = new Int32Array(1024);
  private ids = new Int32Array(1024);
  private length = 0;
  private offsets = new Uint32Array(1);
  private data = new Int32Array(0);
  private frozen = false;

  /**
   * @param fixedSlots keys are numbers below this (addAt), not strings: no map to look them up in.
   */
  private readonly fixedSlots: number;

  constructor(fixedSlots = 0) {
    this.fixedSlots = fixedSlots;
  }

  add(key: string, id: number) {
    let slot = this.slots.get(key);
    if (slot === undefined) {
      slot = this.slots.size;
      this.slots.set(key, slot);
    }
    this.addAt(slot, id);
  }

  addAt(slot: number, id: number) {
    if (this.frozen) throw new Error('The postings are frozen');
    if (this.length === this.keys.length) {
      const keys = new Int32Array(this.length * 2);
      keys.set(this.keys);
      this.keys = keys;
      const ids = new Int32Array(this.length * 2);
      ids.set(this.ids);
      this.ids = ids;
    }
    this.keys[this.length] = slot;
    this.ids[this.length] = id;
    this.length++;
  }

  /** Sorts the entries by key (a counting sort keeps each key's names in the order added) and drops repeats. */
  freeze() {
    if (this.frozen) return;
    const count = this.fixedSlots || this.slots.size;
    const starts = new Uint32Array(count + 1);
    for (let i = 0; i < this.length; i++) {
      const at = (this.keys[i] ?? 0) + 1;
      starts[at] = (starts[at] ?? 0) + 1;
    }
    for (let slot = 0; slot < count; slot++) starts[slot + 1] = (starts[slot + 1] ?? 0) + (starts[slot] ?? 0);
    const fill = starts.slice(0, count);
    const sorted = new Int32Array(this.length);
    for (let i = 0; i < this.length; i++) {
      const slot = this.keys[i] ?? 0;
      sorted[fill[slot] ?? 0] = this.ids[i] ?? 0;
      fill[slot] = (fill[slot] ?? 0) + 1;
    }
    // Names were added in increasing order: a repeated name within a key is next to itself.
    const offsets = new Uint32Array(count + 1);
    let out = 0;
    for (let slot = 0; slot < count; slot++) {
      offsets[slot] = out;
      let previous = -1;
      for (let i = starts[slot] ?? 0; i < (starts[slot + 1] ?? 0); i++) {
        const id = sorted[i] ?? 0;
        if (id !== previous) sorted[out++] = id;
        previous = id;
      }
    }
    offsets[count] = out;
    this.offsets = offsets;
    this.data = sorted.slice(0, out);
    this.keys = new Int32Array(0);
    this.ids = new Int32Array(0);
    this.length = 0;
    this.frozen = true;
  }

  /** The slot of a key, -1 when no name has it. */
  slotOf(key: string): number {
    return this.slots.get(key) ?? -1;
  }

  /** How many names have the key of this slot. */
  sizeOf(slot: number): number {
    return slot < 0 ? 0 : (this.offsets[slot + 1] ?? 0) - (this.offsets[slot] ?? 0);
  }

  /** Where each slot's names start in `names` (a slot's end is the next slot's start), for tight loops. */
  get starts(): Uint32Array {
    return this.offsets;
  }

  /** Every key's names, one after the other. */
  get names(): Int32Array {
    return this.data;
  }

  /** Calls back with every name of the slot. */
  forEach(slot: number, visit: (id: number) => void) {
    if (slot < 0) return;
    const end = this.offsets[slot + 1] ?? 0;
    for (let i = this.offsets[slot] ?? 0; i < end; i++) visit(this.data[i] ?? 0);
  }

  /** The names of a key, as a view (no copy). */
  get(key: string): Int32Array {
    const slot = this.slotOf(key);
    return slot < 0 ? new Int32Array(0) : this.data.subarray(this.offsets[slot], this.offsets[slot + 1]);
  }

  get bytes(): number {
    return this.data.byteLength + this.offsets.byteLength + this.keys.byteLength + this.ids.byteLength;
  }
}
