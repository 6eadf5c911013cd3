import {unified} from 'unified'
import retextEnglish from 'retext-english'
import {VFile} from 'vfile'
import retextAttribution from './dist/index.js'
const p = unified().use(retextEnglish).use(retextAttribution)
for (const t of process.argv.slice(2)) {
  const f = new VFile(t); p.runSync(p.parse(f), f)
  console.log(t); for (const a of f.data.attributions) console.log('  ', JSON.stringify({cue: a.cue.text, src: a.source?.text, content: a.content?.text, type: a.sourceType, spk: a.speaker, q: a.quote, spec: a.specificity, just: a.justification?.text, role: a.role}))
}
