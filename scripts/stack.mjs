// npm run stack [-- --auth none|basic|token]: a local registry (Debian's docker-registry) and a
// local Sigstore (Fulcio, Rekor v1, TSA, Actions-shaped ID-token endpoint) for demos and manual
// runs. Prints their addresses and the trusted_root.json path as one JSON object, then stays up
// until Ctrl-C.
import { ensureRegistry } from './lib/ensure-registry.mjs'
import { importTs } from './lib/import-ts.mjs'

const args = process.argv.slice(2)
const flag = args.findIndex(a => a === '--auth' || a.startsWith('--auth='))
const auth = flag === -1 ? 'none' : args[flag].includes('=') ? args[flag].slice('--auth='.length) : (args[flag + 1] ?? '')
if (!['none', 'basic', 'token'].includes(auth)) {
  console.error(`stack: --auth must be none, basic or token, found '${auth}'`)
  process.exit(2)
}

ensureRegistry()
const [{ startRegistry }, { startSigstoreStack }] = await importTs('__tests__/support/registry-server.ts', '__tests__/support/sigstore-stack.ts')
const registry = await startRegistry({ auth })
const sigstore = await startSigstoreStack()

console.log(
  JSON.stringify(
    {
      registry: { host: registry.host, url: registry.url, auth: registry.auth, username: registry.username, password: registry.password },
      sigstore: {
        fulcioUrl: sigstore.fulcioUrl,
        rekorUrl: sigstore.rekorUrl,
        tsaUrl: sigstore.tsaUrl,
        tokenUrl: sigstore.tokenUrl,
        requestToken: sigstore.requestToken,
        trustedRootPath: sigstore.trustedRootPath
      },
      env: sigstore.env()
    },
    null,
    2
  )
)

let stopping = false
const stop = async () => {
  if (stopping) return
  stopping = true
  await Promise.allSettled([registry.stop(), sigstore.stop()])
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
