/**
 * A set of words asked about every token of a text. It rules out most words
 * by their first and last character and their length before it looks them
 * up.
 *
 * Why: every token of a fresh parse is a new string, and the first `Set`
 * lookup of a string hashes it, a call into the runtime. Asking a whole
 * text's tokens hashed each of them; most words have no shape of the set's
 * words, and a small table answers for them.
 */
export class WordSet {
  private readonly words: ReadonlySet<string>
  /** Per first and last character (their low five bits), a bit per length (bit 31 for any longer). */
  private readonly lengths = new Uint32Array(32 * 32)

  /**
   * @param words The words.
   */
  constructor(words: Iterable<string>) {
    this.words = new Set(words)
    for (const word of this.words) this.lengths[shapeOf(word)]! |= lengthBit(word)
  }

  /** Whether `word` is one of the words. */
  has(word: string): boolean {
    return (this.lengths[shapeOf(word)]! & lengthBit(word)) !== 0 && this.words.has(word)
  }
}

function shapeOf(word: string): number {
  return ((word.charCodeAt(0) & 31) << 5) | (word.charCodeAt(word.length - 1) & 31)
}

function lengthBit(word: string): number {
  return 1 << Math.min(word.length, 31)
}
