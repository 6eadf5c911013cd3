import {mkdtemp, readdir, readFile, stat, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {outputFolder} from './output-folder.js'

async function temporaryFolder(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'sourcing-output-'))
}

describe('outputFolder', () => {
  it('deletes the files an earlier run wrote and this one did not', async () => {
    const folder = await temporaryFolder()
    await writeFile(join(folder, 'gone.md'), 'stale report')
    const out = outputFolder(folder)
    out.write('kept.md', 'fresh report')
    expect(await out.finish()).toEqual(['gone.md'])
    expect(await readdir(folder)).toEqual(['kept.md'])
  })

  it('leaves a file with the same content untouched', async () => {
    const folder = await temporaryFolder()
    await writeFile(join(folder, 'same.md'), 'report')
    await writeFile(join(folder, 'changed.md'), 'old report')
    const before = (await stat(join(folder, 'same.md'))).mtimeMs
    const out = outputFolder(folder)
    out.write('same.md', 'report')
    out.write('changed.md', 'new report')
    expect((await stat(join(folder, 'same.md'))).mtimeMs).toBe(before)
    expect(await readFile(join(folder, 'changed.md'), 'utf8')).toBe('new report')
    expect(await out.finish()).toEqual([])
  })

  it('writes a file given in pieces, and leaves it untouched when the pieces make the same bytes', async () => {
    const folder = await temporaryFolder()
    // Over a megabyte of pieces, so they go out in more than one write.
    const rows = Array.from({length: 30_000}, (_, index) => `"article ${index}": {"score": ${index % 100}, "band": "Weak – fair"}\n`)
    const out = outputFolder(folder)
    out.write('index.json', rows)
    out.write('empty.json', [])
    expect(await readFile(join(folder, 'index.json'), 'utf8')).toBe(rows.join(''))
    expect(await readFile(join(folder, 'empty.json'), 'utf8')).toBe('')
    const before = (await stat(join(folder, 'index.json'))).mtimeMs

    const again = outputFolder(folder)
    again.write('index.json', rows)
    again.write('empty.json', ['{}\n'])
    expect((await stat(join(folder, 'index.json'))).mtimeMs).toBe(before)
    expect(await readFile(join(folder, 'empty.json'), 'utf8')).toBe('{}\n')
    expect(await again.finish()).toEqual([])
    expect((await readdir(folder)).sort()).toEqual(['empty.json', 'index.json'])
  })

  it('replaces a file given in pieces when one byte differs, past the first block', async () => {
    const folder = await temporaryFolder()
    // 1.5 MB, the changed byte at about 1.45 MB, the size unchanged: only the byte comparison can tell.
    const rows = Array.from({length: 30_000}, (_, index) => `row ${String(index).padStart(5, '0')},${'x'.repeat(40)}\n`)
    outputFolder(folder).write('index.csv', rows)
    rows[29_000] = rows[29_000]!.replace('x', 'y')
    outputFolder(folder).write('index.csv', rows)
    expect(await readFile(join(folder, 'index.csv'), 'utf8')).toBe(rows.join(''))
  })

  it('writes files opened side by side a piece at a time, and keeps the old file when one is aborted', async () => {
    const folder = await temporaryFolder()
    await writeFile(join(folder, 'index.json'), '{"articles": {}}\n')
    const out = outputFolder(folder)
    const csv = out.open('index.csv')
    const json = out.open('index.json')
    for (const id of ['a', 'b']) {
      csv.write(`${id},Weak\r\n`)
      json.write(`"${id}": {}\n`)
    }
    json.abort()
    expect(csv.close()).toMatchObject({size: 16})
    expect(await readFile(join(folder, 'index.csv'), 'utf8')).toBe('a,Weak\r\nb,Weak\r\n')
    expect(await readFile(join(folder, 'index.json'), 'utf8')).toBe('{"articles": {}}\n')
    expect(() => csv.write('c,Weak\r\n')).toThrow(/already closed/)
    expect((await readdir(folder)).sort()).toEqual(['index.csv', 'index.json'])
  })

  it('keeps a file of an earlier run by its signature, and only while it is unchanged', async () => {
    const folder = await temporaryFolder()
    const first = outputFolder(folder)
    const signature = first.write('a.md', 'report')
    first.write('b.md', 'other report')
    await first.finish()

    await writeFile(join(folder, 'b.md'), 'edited by hand')
    const second = outputFolder(folder)
    expect(second.keep({'a.md': signature, 'b.md': signature})).toBe(false)
    expect(second.keep({'missing.md': signature})).toBe(false)
    expect(second.keep({'a.md': signature})).toBe(true)
    expect(await second.finish()).toEqual(['b.md'])
  })

  it.each(['../escape.md', 'sub/dir.md', '/etc/passwd'])('refuses the path %j as a file name', async (name) => {
    const out = outputFolder(await temporaryFolder())
    expect(() => out.write(name, 'x')).toThrow(/must not contain a path/)
  })

  it('refuses a second write of one file in a run, naming the file', async () => {
    const folder = await temporaryFolder()
    const out = outputFolder(folder)
    out.write('a.md', 'report')
    expect(() => out.write('a.md', 'another report')).toThrow(`${join(folder, 'a.md')}: output file written twice`)
  })
})
