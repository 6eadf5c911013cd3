import {setTimeout as delay} from 'node:timers/promises'
import {describe, expect, it} from 'vitest'
import {mapOrdered} from './ordered.js'

async function* count(to: number) {
  for (let n = 1; n <= to; n++) yield n
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = []
  for await (const item of items) all.push(item)
  return all
}

describe('mapOrdered', () => {
  it('keeps input order when later batches finish first', async () => {
    const results = mapOrdered(
      count(10),
      async (batch) => {
        await delay(batch[0] === 1 ? 30 : 1)
        return batch.map((n) => n * 10)
      },
      {batchSize: 3, concurrency: 3}
    )
    expect(await collect(results)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100])
  })

  it('never has more than `concurrency` batches running', async () => {
    let running = 0
    let most = 0
    await collect(
      mapOrdered(
        count(40),
        async (batch) => {
          most = Math.max(most, ++running)
          await delay(2)
          running--
          return batch
        },
        {batchSize: 2, concurrency: 3}
      )
    )
    expect(most).toBeLessThanOrEqual(3)
  })

  it('passes a failed batch on to the reader', async () => {
    const results = mapOrdered(
      count(4),
      async (batch) => {
        if (batch.includes(3)) throw new Error('worker died')
        return batch
      },
      {batchSize: 2, concurrency: 2}
    )
    await expect(collect(results)).rejects.toThrow('worker died')
  })
})
