// Verification over a slow network: a loopback proxy between the CLI and the real registry (and
// its token server) adds a round-trip time per request and one more per new connection. For
// legacy-signed, bundle-signed and unsigned images it reports images/s at the default concurrency
// and at 32, registry requests per image, new connections per host and token requests per run;
// then a second run over the verified images with the verification cache (target: >= 10x faster,
// 0 registry requests). BENCH_IMAGES sets images per kind (default 100; the figure is 500).
import { mkdtemp, readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { importTs } from '../scripts/lib/import-ts.mjs'
import { ensureRegistry } from '../scripts/lib/ensure-registry.mjs'

const RTTS = (process.env.BENCH_RTTS ?? '0,20,100').split(',').map(Number)
const KINDS = (process.env.BENCH_KINDS ?? 'legacy,bundle,unsigned').split(',')
// BENCH_CONCURRENCY: a list such as `8,16,32`; default: the option's default and 32.
const concurrencies = d => [...new Set((process.env.BENCH_CONCURRENCY ?? `${d},32`).split(',').map(Number))]
// Images spread over this many repositories per kind: one pull scope (one token) each.
const REPOSITORIES = 20
// Alternating rounds of the library floor and the CLI for the zero-latency ratio.
const FLOOR_ROUNDS = Number(process.env.BENCH_FLOOR_ROUNDS ?? 2)

export async function benchLatency({ images = Number(process.env.BENCH_IMAGES ?? 100) } = {}) {
  ensureRegistry()
  const [{ startRegistry, pushTestImage }, { startSigstoreStack }, signing, { startLatencyProxy }, registryMod, cosign, { silentLogger }, { mapBounded }, { runCli }, { findOption }, trust] = await importTs(
    '__tests__/support/registry-server.ts',
    '__tests__/support/sigstore-stack.ts',
    '__tests__/support/cosign-signing.ts',
    '__tests__/support/latency-proxy.ts',
    'src/registry/index.ts',
    'src/cosign/index.ts',
    'src/logger.ts',
    'src/engine/targets.ts',
    'src/cli/run.ts',
    'src/config/index.ts',
    'src/trust/index.ts'
  )
  const { Verifier } = await import('@sigstore/verify')
  const defaultConcurrency = Number(findOption('concurrency').default)
  const [registry, stack] = await Promise.all([startRegistry({ auth: 'token' }), startSigstoreStack()])
  const tokens = await startLatencyProxy({ target: new URL(registry.tokenServer.realm).origin })
  const realm = registry.tokenServer.realm
  const proxy = await startLatencyProxy({
    target: registry.url,
    rewrite: h => (h['www-authenticate'] ? { ...h, 'www-authenticate': String(h['www-authenticate']).replace(realm, `${tokens.url}${new URL(realm).pathname}`) } : h)
  })
  const credentials = { registry: registry.host, username: registry.username, password: registry.password }
  const setup = registryMod.createRegistryClient({ logger: silentLogger, insecureRegistries: [registry.host, new URL(registry.tokenServer.realm).host], credentials, maxInFlightPerRegistry: 16 })
  const work = await mkdtemp(path.join(os.tmpdir(), 'bench-latency-'))
  try {
    const t0 = performance.now()
    const refs = Object.fromEntries(KINDS.map(k => [k, []]))
    await mapBounded(
      KINDS.flatMap(kind => Array.from({ length: images }, (_, i) => ({ kind, i }))),
      16,
      async ({ kind, i }) => {
        const img = await pushTestImage(setup, registry.host, `bench/${kind}${i % REPOSITORIES}`, null, `${kind} ${i}`)
        const name = `${proxy.host}/${img.repo.repository}`
        if (kind === 'legacy') {
          const payload = cosign.toSimpleSigningPayload({ dockerReference: name, manifestDigest: img.digest })
          await signing.pushLegacySignatures(setup, img.repo, img.digest, [signing.legacyLayerFrom(payload, await signing.signMessage(stack, payload))])
        } else if (kind === 'bundle') {
          const subject = { digest: img.digest, size: img.manifestBytes.length, mediaType: img.manifest.mediaType }
          await signing.pushBundleReferrer(setup, img.repo, subject, await signing.signStatement(stack, cosign.toCosignSignStatement(img.digest)))
        }
        refs[kind].push(`${name}@${img.digest}`)
      }
    )
    const setupSeconds = (performance.now() - t0) / 1000

    const cli = async (kind, { concurrency = defaultConcurrency, cacheTtl = '0', cacheDir = path.join(work, 'cache') } = {}) => {
      proxy.reset()
      tokens.reset()
      const results = path.join(work, `results-${kind}.ndjson`)
      const argv = ['verify', '--images', ...refs[kind], '--trusted-root', stack.trustedRootPath, '--insecure-registries', proxy.host, tokens.host,
        '--registry', proxy.host, '--registry-username', registry.username, '--registry-password', registry.password,
        '--concurrency', String(concurrency), '--cache-ttl', cacheTtl, '--cache-dir', cacheDir, '--upload', 'false', '--results-file', results, '--format', 'ndjson']
      const started = performance.now()
      const cpu = process.cpuUsage()
      await runCli(argv, { stdout: () => undefined, stderr: () => undefined, env: {}, isTTY: false })
      const seconds = (performance.now() - started) / 1000
      const used = process.cpuUsage(cpu)
      const records = (await readFile(results, 'utf8')).trim().split('\n').map(l => JSON.parse(l))
      const statuses = [...new Set(records.map(r => r.status))]
      const r = proxy.stats()
      const t = tokens.stats()
      const shape = {}
      for (const [p, n] of r.paths) {
        const k = p === '/v2/' ? 'ping' : /\/referrers\//.test(p) ? 'referrers-api' : /\/manifests\/sha256-[0-9a-f]+\.sig$/.test(p) ? 'sig-tag' : /\/manifests\/sha256-/.test(p) ? 'referrers-tag' : /\/manifests\//.test(p) ? 'manifest' : /\/blobs\//.test(p) ? 'blob' : 'other'
        shape[k] = (shape[k] ?? 0) + n
      }
      return { kind, rttMs: proxy.rttMs, concurrency, seconds: +seconds.toFixed(2), cpuMsPerImage: +((used.user + used.system) / 1000 / images).toFixed(2), imagesPerSecond: +(images / seconds).toFixed(1), requestsPerImage: +(r.requests / images).toFixed(2), lookupRequestsPerImage: +((r.requests - r.challenges) / images).toFixed(2), challenges: r.challenges, registryConnections: r.connections, tokenConnections: t.connections, tokenRequests: t.requests, statuses, cached: records.filter(x => x.cached).length, shape }
    }

    // The library floor (issue 16): the same legacy-signed images verified one after another with
    // the plain library path (trust material loaded, @sigstore/verify's Verifier, the cosign
    // verifier over a registry client), through the same proxy, in this process as the CLI is.
    const floor = async () => {
      proxy.reset()
      tokens.reset()
      const started = performance.now()
      const cpu = process.cpuUsage()
      const client = registryMod.createRegistryClient({ logger: silentLogger, insecureRegistries: [proxy.host, tokens.host], credentials: { ...credentials, registry: proxy.host } })
      try {
        const material = await trust.loadTrustMaterial({ trustedRoot: stack.trustedRootPath, offline: true, logger: silentLogger })
        const policy = { requireSigned: true, requirePinned: false, issuerAllowlist: [], githubWorkflow: {}, annotations: {}, platforms: 'index', insecureIgnoreTlog: false }
        const verifier = cosign.createCosignVerifier({ client, verifier: new Verifier(material), policy, logger: silentLogger })
        for (const ref of refs.legacy) {
          const at = ref.lastIndexOf('@')
          const v = await verifier.verify({ name: ref.slice(0, at), digest: ref.slice(at + 1) })
          if (v.status !== 'verified') throw new Error(`bench floor: ${ref} is ${v.status}`)
        }
      } finally {
        client.close()
      }
      const used = process.cpuUsage(cpu)
      return { seconds: +((performance.now() - started) / 1000).toFixed(2), cpuMsPerImage: +((used.user + used.system) / 1000 / refs.legacy.length).toFixed(2) }
    }

    const rows = []
    for (const rtt of RTTS) {
      proxy.rttMs = tokens.rttMs = rtt
      for (const kind of KINDS) for (const concurrency of concurrencies(defaultConcurrency)) rows.push(await cli(kind, { concurrency }))
    }
    // Floor and CLI measured in turn, best of each, so that a load spike on the machine does not
    // decide the ratio alone.
    let zero
    if (KINDS.includes('legacy')) {
      proxy.rttMs = tokens.rttMs = 0
      const floors = []
      const clis = []
      for (let i = 0; i < FLOOR_ROUNDS; i++) {
        floors.push(await floor())
        clis.push(await cli('legacy'))
      }
      const best = runs => runs.reduce((a, b) => (b.seconds < a.seconds ? b : a))
      // CPU is this process's: the proxy's share is in both figures.
      zero = { floorSeconds: best(floors).seconds, cliSeconds: best(clis).seconds, floorCpuMsPerImage: best(floors).cpuMsPerImage, cliCpuMsPerImage: best(clis).cpuMsPerImage, floors: floors.map(f => f.seconds), clis: clis.map(c => c.seconds) }
      zero.ratio = +(zero.cliSeconds / zero.floorSeconds).toFixed(2)
    }
    // The cache: a first run fills it, a second answers from it; at the largest RTT.
    proxy.rttMs = tokens.rttMs = RTTS[RTTS.length - 1]
    const cacheDir = path.join(work, 'warm')
    const cold = await cli('legacy', { cacheTtl: '7d', cacheDir })
    const warm = await cli('legacy', { cacheTtl: '7d', cacheDir })
    return { images, repositories: Math.min(images, REPOSITORIES), defaultConcurrency, setupSeconds: +setupSeconds.toFixed(1), rows, zero, cold, warm }
  } finally {
    setup.close()
    await Promise.all([proxy.stop(), tokens.stop()])
    await Promise.all([registry.stop(), stack.stop()])
  }
}

const fmt = r => `${r.kind.padEnd(8)} rtt ${String(r.rttMs).padStart(3)} ms  c=${String(r.concurrency).padEnd(2)}  ${String(r.imagesPerSecond).padStart(6)} images/s  ${r.requestsPerImage} req/image (${r.lookupRequestsPerImage} without ${r.challenges} auth challenges)  conns registry ${r.registryConnections}, token ${r.tokenConnections}  token requests ${r.tokenRequests}  [${r.statuses.join(',')}]`

/** bench/run.mjs entry: prints every figure and checks the targets of issue 16. */
export async function run() {
  const r = await benchLatency()
  console.log(`latency: ${r.images} images per kind in ${r.repositories} repositories each, through a loopback proxy (setup ${r.setupSeconds} s); default concurrency ${r.defaultConcurrency}`)
  for (const row of r.rows) console.log(`  ${fmt(row)}`)
  const speedup = r.cold.seconds / r.warm.seconds
  console.log(`  cache: first run ${r.cold.seconds} s (${r.cold.requestsPerImage} req/image), second run ${r.warm.seconds} s, ${r.warm.cached}/${r.images} cached, ${r.warm.requestsPerImage * r.images} registry requests; ${speedup.toFixed(1)}x faster`)
  const problems = []
  const at = (kind, rtt, c) => r.rows.find(x => x.kind === kind && x.rttMs === rtt && x.concurrency === c)
  const limits = { legacy: 2, bundle: 3, unsigned: 3 }
  for (const row of r.rows) {
    if (row.concurrency === r.defaultConcurrency && row.requestsPerImage > limits[row.kind]) problems.push(`${row.kind} at ${row.rttMs} ms: ${row.requestsPerImage} requests per image (target <= ${limits[row.kind]})`)
    if (row.tokenRequests > r.repositories) problems.push(`${row.kind} at ${row.rttMs} ms c=${row.concurrency}: ${row.tokenRequests} token requests for ${r.repositories} repositories (target 1 per registry and scope)`)
  }
  if (r.zero) {
    console.log(`  zero latency, legacy: CLI ${r.zero.cliSeconds} s vs library floor (sequential) ${r.zero.floorSeconds} s = ${r.zero.ratio}x (target <= 0.45x; best of rounds, CLI ${r.zero.clis.join('/')} s, floor ${r.zero.floors.join('/')} s); CPU per image (this process, proxy included): CLI ${r.zero.cliCpuMsPerImage} ms, floor ${r.zero.floorCpuMsPerImage} ms`)
    if (r.zero.ratio > 0.45) problems.push(`zero latency: CLI at ${r.zero.ratio}x the library floor's wall time (target <= 0.45x)`)
  }
  const zero = at('legacy', 0, r.defaultConcurrency)
  const slow = at('legacy', 100, r.defaultConcurrency)
  if (zero && slow) console.log(`  legacy at 100 ms vs 0 ms, default settings: ${(slow.imagesPerSecond / zero.imagesPerSecond).toFixed(2)}x (target >= 0.8x)`)
  if (speedup < 10) problems.push(`warm cache only ${speedup.toFixed(1)}x faster`)
  if (r.warm.requestsPerImage !== 0) problems.push(`warm cache made ${r.warm.requestsPerImage * r.images} registry requests`)
  return { ok: problems.length === 0, problems }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outcome = await run()
  console.log(outcome.ok ? 'met its targets' : `MISSED: ${outcome.problems.join('; ')}`)
}
