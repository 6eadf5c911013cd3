// Find the web leftovers in a scraped article and print the body without
// them, with what was removed and why.
import {findBoilerplate, readMetadata} from '@sourcing/clean'

const scraped = `Storm closes port for third day

By Dana Whitfield

Share on Facebook
The port authority kept the harbour closed on Wednesday as waves of up to six metres battered the coast, officials said.

Container ships waited offshore while crews checked the breakwater for damage.

Waves crash over the harbour wall on Tuesday. Photo: Tom Baxter/Getty Images

Read more: Ten years after the great flood, a town rebuilds

Already a subscriber? Log in
`

const removed = findBoilerplate(scraped)
for (const span of removed) {
  console.log(`removed (${span.reason}): ${JSON.stringify(scraped.slice(span.start, span.end).trim())}`)
}
console.log(readMetadata(scraped, removed))
