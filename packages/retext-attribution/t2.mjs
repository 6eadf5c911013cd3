import {unified} from 'unified'
import retextEnglish from 'retext-english'
import {findQuotes} from './dist/quotes.js'
const t = process.argv[2]
const tree = unified().use(retextEnglish).parse(t)
for (const p of tree.children) { if (p.type!=='ParagraphNode') continue
 for (const s of p.children) { if (s.type!=='SentenceNode') continue
   console.log(' S', s.children.filter(w=>w.type!=='WhiteSpaceNode').map(w=>w.type[0]+':'+t.slice(w.position.start.offset,w.position.end.offset)).join(' '))}}
console.log(findQuotes(t).map(q=>t.slice(q.start,q.end)))
