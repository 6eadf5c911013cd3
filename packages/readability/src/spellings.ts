/** Longest spelling held: four integers of four ASCII characters. */
const maxLength = 16
const keySize = 4
const valueSize = 4
const entrySize = keySize + valueSize
// 32-bit FNV-1a.
const fnvOffset = 0x811c9dc5 | 0
const fnvPrime = 0x01000193

/**
 * A cache of four integers per short ASCII spelling, with the spelling
 * packed beside its integers in one typed array, so a lookup hashes and
 * compares integers and reads one or two adjacent cache lines.
 *
 * A `Map` keyed by the parser's strings first has V8 hash each fresh string
 * (a call into the runtime), then reads a bucket, an entry and the key
 * string, three places spread over the heap; after a parse has allocated
 * most of a megabyte none of them is in cache, and the lookups cost four
 * times the rest of the readability pass. Spellings of up to 16 ASCII
 * characters are 99% of the words of news text; longer or other spellings
 * are left to the caller.
 */
export class SpellingTable {
  /**
   * Entries of {@link entrySize} integers: the spelling's characters, four
   * to an integer, zero-padded (0 in the first: an empty entry), then the
   * four values.
   */
  readonly entries: Int32Array
  /** Number of entries minus one; the number is a power of two. */
  private readonly mask: number
  private count = 0
  /** Where the spelling that {@link find} missed last would go, -1 for nowhere, and its packed characters. */
  private free = -1
  private readonly missed = new Int32Array(keySize)

  /**
   * @param bits
   *   Log2 of the number of entries; at most half of them are filled, so
   *   probes stay short and every probe ends at an empty entry.
   */
  constructor(bits: number) {
    this.mask = (1 << bits) - 1
    this.entries = new Int32Array((1 << bits) * entrySize)
  }

  /**
   * Find a spelling.
   *
   * @param spelling
   *   Word as written.
   * @returns
   *   Offset in {@link entries} of its four values, or -1 when it is not in
   *   the table (then {@link add} can store it, if it fits).
   */
  find(spelling: string): number {
    this.free = -1
    const length = spelling.length
    if (length === 0 || length > maxLength) return -1
    let hash = fnvOffset
    let k0 = 0
    let k1 = 0
    let k2 = 0
    let k3 = 0
    for (let index = 0; index < length; index++) {
      const code = spelling.charCodeAt(index)
      // A NUL would read as padding.
      if (code === 0 || code > 0x7f) return -1
      hash = Math.imul(hash ^ code, fnvPrime)
      const shifted = code << ((index & 3) << 3)
      if (index < 4) k0 |= shifted
      else if (index < 8) k1 |= shifted
      else if (index < 12) k2 |= shifted
      else k3 |= shifted
    }

    const entries = this.entries
    let slot = (hash ^ (hash >>> 16)) & this.mask
    for (;;) {
      const at = slot * entrySize
      const first = entries[at]!
      if (first === 0) break
      if (first === k0 && entries[at + 1] === k1 && entries[at + 2] === k2 && entries[at + 3] === k3) return at + keySize
      slot = (slot + 1) & this.mask
    }

    if (this.count * 2 < this.mask) {
      this.free = slot * entrySize
      this.missed[0] = k0
      this.missed[1] = k1
      this.missed[2] = k2
      this.missed[3] = k3
    }
    return -1
  }

  /**
   * Store the values of the spelling the last {@link find} missed; nothing
   * happens when it does not fit or the table is half full.
   *
   * @param values
   *   Array holding the four values.
   * @param offset
   *   Offset of the first of them.
   */
  add(values: Int32Array, offset: number): undefined {
    const at = this.free
    if (at < 0) return
    this.free = -1
    this.count++
    this.entries.set(this.missed, at)
    this.entries.set(values.subarray(offset, offset + valueSize), at + keySize)
  }

  /** Empty the table. */
  clear(): undefined {
    this.entries.fill(0)
    this.count = 0
    this.free = -1
  }
}
