/** A per-key bound on concurrent work: at most `limit` tasks per key run at once, the rest wait in order. */
export interface KeyedLimiter {
  run<T>(key: string, task: () => Promise<T>): Promise<T>
  inFlight(key: string): number
}

export function createKeyedLimiter(limit: number): KeyedLimiter {
  const active = new Map<string, number>()
  const waiting = new Map<string, (() => void)[]>()

  const acquire = (key: string): Promise<void> => {
    const n = active.get(key) ?? 0
    if (n < limit) {
      active.set(key, n + 1)
      return Promise.resolve()
    }
    return new Promise(resolve => {
      const queue = waiting.get(key) ?? []
      queue.push(resolve)
      waiting.set(key, queue)
    })
  }

  const release = (key: string): void => {
    const queue = waiting.get(key)
    const next = queue?.shift()
    if (queue && queue.length === 0) waiting.delete(key)
    // The slot passes straight to the next waiter, so the count stays the same.
    if (next) return next()
    const n = (active.get(key) ?? 1) - 1
    if (n === 0) active.delete(key)
    else active.set(key, n)
  }

  return {
    async run(key, task) {
      await acquire(key)
      try {
        return await task()
      } finally {
        release(key)
      }
    },
    inFlight: key => active.get(key) ?? 0
  }
}
