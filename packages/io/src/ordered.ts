/**
 * Map an async stream in batches with up to `concurrency` batches in flight,
 * yielding results in input order. Memory stays bounded: reading stops while
 * the window is full, so a corpus of any size streams through.
 *
 * @param source Items, read lazily.
 * @param run Work on one batch; results in the batch's order.
 * @param options Batch size and how many batches may run at once.
 */
export async function* mapOrdered<In, Out>(
  source: AsyncIterable<In>,
  run: (batch: In[]) => Promise<Out[]>,
  options: {batchSize: number; concurrency: number}
): AsyncGenerator<Out> {
  const window: Array<Promise<Out[]>> = []
  let batch: In[] = []
  const start = (items: In[]) => {
    const running = run(items)
    // A batch may fail while an earlier one is still awaited; its error
    // reaches the reader in order, not as an unhandled rejection.
    running.catch(() => {})
    window.push(running)
  }

  for await (const item of source) {
    batch.push(item)
    if (batch.length < options.batchSize) continue
    start(batch)
    batch = []
    if (window.length >= options.concurrency) yield* await window.shift()!
  }
  if (batch.length > 0) start(batch)
  while (window.length > 0) yield* await window.shift()!
}
