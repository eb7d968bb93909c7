// Runs scanWorkspace in its own process so its peak RSS is the scanner's, not the generator's.
// Prints one JSON line: the first run (module load and JIT included) and the best of the timed runs.
import { pathToFileURL } from 'node:url'

const [lib, root, runs] = process.argv.slice(2)
const { scanWorkspace } = await import(pathToFileURL(`${lib}/scan/index.js`).href)
const { silentLogger } = await import(pathToFileURL(`${lib}/logger.js`).href)

const times = []
let result
for (let i = 0; i < 1 + Number(runs); i++) {
  const start = performance.now()
  result = await scanWorkspace({ root }, silentLogger)
  times.push(performance.now() - start)
}
const [first, ...timed] = times
console.log(
  JSON.stringify({
    first,
    best: Math.min(...timed),
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    filesSeen: result.filesSeen,
    filesParsed: result.filesParsed,
    refs: result.refs.length,
    pinned: result.refs.filter(r => r.digest).length,
    pinnedFiles: new Set(result.refs.filter(r => r.digest).map(r => r.file)).size,
    skipped: result.skipped.length
  })
)
