import * as sw from 'stopword'
import {readFileSync, readdirSync} from 'node:fs'
const langs = 'deu fra spa por ita nld swe dan nob fin pol tur ind ron hun ces slk hrv slv lit lav est cat glg afr msa tgl vie swa lat eus'.split(' ')
const sets = Object.fromEntries(['eng', ...langs].map(l => [l, new Set(sw[l].map(w=>w.toLowerCase()))]))
const tok = /\p{L}+/gu
function info(text) { const w = (text.slice(0, 20000).toLowerCase().match(tok) ?? []); const sh = {}; for (const l in sets) { let c=0; for (const x of w) if (sets[l].has(x)) c++; sh[l]= w.length? c/w.length:0 }
  let best='', bs=0; for (const l of langs) if (sh[l]>bs) {bs=sh[l]; best=l}
  const latin = (text.match(/\p{Script=Latin}/gu)??[]).length, letters=(text.match(/\p{L}/gu)??[]).length
  return [sh.eng, best, bs, w.length, latin/letters] }
const rows = []
for (const f of ['train','dev']) for (const line of readFileSync(`/work/shared/data/polnear/${f}.jsonl`,'utf8').split('\n')) { if (!line.trim()) continue; const r = JSON.parse(line); rows.push(['polnear', r.id ?? '', ...info(r.text)]) }
for (const f of readdirSync('/work/shared/corpus')) rows.push(['seed', f, ...info(readFileSync('/work/shared/corpus/'+f,'utf8'))])
const gt = JSON.parse(readFileSync('/work/shared/data/aeb/ground-truth.json','utf8'))
for (const [k,v] of Object.entries(gt)) rows.push(['aeb', k.slice(0,8)+' '+(v.url||'').slice(7,45), ...info(v.articleBody)])
rows.sort((a,b)=>(a[2]-a[4]) - (b[2]-b[4]))
for (const r of rows.slice(0,40)) console.log(r[0], 'eng', r[2].toFixed(3), r[3], r[4].toFixed(3), 'n', r[5], 'latin', r[6].toFixed(2), r[1])
const eng = rows.filter(r=>r[0]!=='aeb'); console.log('max other-eng on polnear/seed', Math.max(...eng.map(r=>r[4]-r[2])).toFixed(3), 'max other', Math.max(...eng.map(r=>r[4])).toFixed(3))
