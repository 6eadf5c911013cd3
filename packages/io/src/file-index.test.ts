import {renameSync, statSync, utimesSync, writeFileSync} from 'node:fs'
import {mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {openFileIndex} from './file-index.js'

const story = 'Officials said the bridge would close on Monday.'
const second = 1000

/**
 * A folder with an article and an index that noted it, as a run a minute
 * after it was written would. The test goes on once the file system's clock
 * has moved on, as it has a minute later, so a change made then shows.
 */
async function indexed() {
  const folder = await mkdtemp(join(tmpdir(), 'sourcing-file-index-'))
  const article = join(folder, 'article.txt')
  const index = join(folder, 'files.json')
  writeFileSync(article, story)
  const written = statSync(article).ctimeMs
  const clock = join(folder, 'clock')
  do writeFileSync(clock, '')
  while (statSync(clock).ctimeMs === written)
  const later = statSync(article).ctimeMs + 60 * second
  const first = openFileIndex(index, later)
  first.set(article, statSync(article), 'key-1')
  first.save()
  return {article, index, later}
}

describe('a file index', () => {
  it('gives the key noted for a file whose stats have not changed, in a later run', async () => {
    const {article, index, later} = await indexed()
    expect(openFileIndex(index, later + second).get(article, statSync(article))).toBe('key-1')
  })

  it.each([
    {change: 'new bytes of the same length, with the modification time put back', edit: (article: string) => {
      const {atime, mtime} = statSync(article)
      writeFileSync(article, story.toUpperCase())
      utimesSync(article, atime, mtime)
    }},
    {change: 'the same bytes written again', edit: (article: string) => writeFileSync(article, story)},
    {change: 'another file moved into its place', edit: (article: string) => {
      writeFileSync(`${article}.new`, story)
      renameSync(`${article}.new`, article)
    }},
    {change: 'its times only', edit: (article: string) => utimesSync(article, new Date(), new Date())}
  ])('gives nothing for a file changed behind its back: $change', async ({edit}) => {
    const {article, index, later} = await indexed()
    edit(article)
    expect(openFileIndex(index, later + second).get(article, statSync(article))).toBeUndefined()
  })

  it('does not note a file changed less than 3 s before the run, which a change in the same tick would not show', async () => {
    const {article, index} = await indexed()
    const stats = statSync(article)
    const run = openFileIndex(index, stats.ctimeMs + 2 * second)
    run.set(article, stats, 'key-2')
    run.save()
    expect(openFileIndex(index, stats.ctimeMs + 60 * second).get(article, stats)).toBeUndefined()
  })

  it('keeps only the files asked about or noted in the last run', async () => {
    const {article, index, later} = await indexed()
    const other = join(index, '..', 'other.txt')
    writeFileSync(other, story)
    const run = openFileIndex(index, later)
    run.set(other, statSync(other), 'key-other')
    run.save()
    const next = openFileIndex(index, later)
    expect(next.get(article, statSync(article))).toBeUndefined()
    expect(next.get(other, statSync(other))).toBe('key-other')
  })

  it.each(['', '{"files":', 'null', '[]', '{"files":null}'])('is empty, and no error, when its file is damaged: %j', async (content) => {
    const {article, index, later} = await indexed()
    await writeFile(index, content)
    expect(openFileIndex(index, later).get(article, statSync(article))).toBeUndefined()
  })
})
