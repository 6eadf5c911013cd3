import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {readFileSync} from 'node:fs'
import retextAttribution from '/work/main/packages/retext-attribution/dist/index.js'
const p = unified().use(retextEnglish).use(retextAttribution)
const text = process.argv[2].startsWith('/') ? readFileSync(process.argv[2], 'utf8') : process.argv[2]
const f = new VFile(text); p.runSync(p.parse(f), f)
for (const a of f.data.attributions) console.log(JSON.stringify([a.cue.text, a.source?.text, a.sourceType, a.speaker, a.specificity, a.content?.text.slice(0, 60)]))
