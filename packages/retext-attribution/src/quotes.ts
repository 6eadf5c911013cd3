/** A quotation: from its opening mark to just after its closing mark. */
export interface Quote {
  start: number
  end: number
  /** False when the text ran out (or the paragraph ended for good) first. */
  closed: boolean
}

const doubleOpen = new Set(['“', '«', '„'])
const doubleClose = new Set(['”', '»'])
const space = /\s/
const letterOrDigit = /\p{L}|\d/u

/**
 * Find the quotations of a text in one pass. A quotation left open at the end
 * of a paragraph continues when the next paragraph opens with a quotation
 * mark, the newsroom convention for quotes that run over paragraphs.
 * Single quotation marks count only outside double ones and only where they
 * cannot be apostrophes.
 *
 * @param text The whole text.
 * @returns Quotations in text order.
 */
export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = []
  let open = -1
  let single = -1
  // Only line breaks and quotation marks matter: jump from one to the next.
  const marks = /[\n"“”«»„'‘’]/g

  for (let match = marks.exec(text); match; match = marks.exec(text)) {
    const index = match.index
    let char = match[0]
    if (char === '\n') {
      single = -1
      if (open < 0) continue
      // An open quotation goes on if the next paragraph opens with a quotation mark.
      let next = index + 1
      while (next < text.length && space.test(text[next]!)) next++
      const opener = text[next]
      if (opener !== undefined && (doubleOpen.has(opener) || opener === '"' || (opener === "'" && text[next + 1] === "'"))) {
        marks.lastIndex = next + (opener === "'" ? 2 : 1)
        continue
      }
      quotes.push({start: open, end: lastNonSpace(text, index), closed: false})
      open = -1
      continue
    }
    // Two apostrophes or two single quotation marks stand for a double one in some newsroom systems.
    const doubled = (char === "'" || char === '’' || char === '‘') && text[index + 1] === char
    if (doubled) {
      char = '"'
      marks.lastIndex = index + 2
    }
    if (open < 0) {
      if (doubleOpen.has(char) || char === '"') {
        open = index
        single = -1
      } else if (single < 0 && opensSingle(text, index)) {
        single = index
      } else if (single >= 0 && closesSingle(text, index)) {
        quotes.push({start: single, end: index + 1, closed: true})
        single = -1
      }
    } else if (doubleClose.has(char) || char === '"') {
      quotes.push({start: open, end: doubled ? index + 2 : index + 1, closed: true})
      open = -1
    }
  }
  if (open >= 0) quotes.push({start: open, end: lastNonSpace(text, text.length), closed: false})
  return quotes.sort((a, b) => a.start - b.start)
}

function lastNonSpace(text: string, end: number): number {
  let index = end
  while (index > 0 && space.test(text[index - 1]!)) index--
  return index
}

function isLetter(char: string | undefined): boolean {
  return char !== undefined && letterOrDigit.test(char)
}

function opensSingle(text: string, index: number): boolean {
  const char = text[index]
  if (char !== '‘' && char !== "'") return false
  return !isLetter(text[index - 1]) && isLetter(text[index + 1])
}

function closesSingle(text: string, index: number): boolean {
  const char = text[index]
  if (char !== '’' && char !== "'") return false
  const before = text[index - 1]
  return before !== undefined && !space.test(before) && !isLetter(text[index + 1])
}

/**
 * Index quotations by the offsets of their marks for constant-time lookups.
 */
export class QuoteIndex {
  readonly quotes: Quote[]
  private readonly byStart = new Map<number, Quote>()
  private readonly byEnd = new Map<number, Quote>()

  constructor(quotes: Quote[]) {
    this.quotes = quotes
    for (const quote of quotes) {
      this.byStart.set(quote.start, quote)
      this.byEnd.set(quote.end, quote)
    }
  }

  /** The quotation whose opening mark is at `offset`. */
  opening(offset: number): Quote | undefined {
    return this.byStart.get(offset)
  }

  /** The quotation whose closing mark ends at `offset`. */
  closing(offset: number): Quote | undefined {
    return this.byEnd.get(offset)
  }

  /** The closed quotation that ends at most two characters (a space) before `offset`. */
  endingAt(offset: number): Quote | undefined {
    for (let end = offset; end >= offset - 2; end--) {
      const quote = this.byEnd.get(end)
      if (quote?.closed) return quote
    }
    return undefined
  }

  /** Whether any quotation opens inside `[start, end)`. */
  opensWithin(start: number, end: number): boolean {
    let low = 0
    let high = this.quotes.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (this.quotes[middle]!.start < start) low = middle + 1
      else high = middle
    }
    const quote = this.quotes[low]
    return quote !== undefined && quote.start < end
  }

  /** The quotation that covers `offset`, by binary search. */
  covering(offset: number): Quote | undefined {
    let low = 0
    let high = this.quotes.length - 1
    let found: Quote | undefined
    while (low <= high) {
      const middle = (low + high) >> 1
      const quote = this.quotes[middle]!
      if (quote.start <= offset) {
        found = quote
        low = middle + 1
      } else high = middle - 1
    }
    return found && offset < found.end ? found : undefined
  }
}
