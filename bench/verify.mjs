// Verification throughput: N images in the local registry, each with a legacy keyless signature
// made by the local Sigstore, verified with bounded concurrency. Prints images per second, registry
// requests per image, and the ratio against a baseline measured in the same run: fetching the same
// signature manifests and payloads with the same client and concurrency, without any cryptography.
import { importTs } from '../scripts/lib/import-ts.mjs'
import { ensureRegistry } from '../scripts/lib/ensure-registry.mjs'

export async function benchVerify({ images = 500, concurrency = 8 } = {}) {
  ensureRegistry()
  const [{ startRegistry, pushTestImage }, { startSigstoreStack }, { legacyLayerFrom, pushLegacySignatures, signMessage }, registryMod, cosign, trust, { silentLogger }, { mapBounded }] =
    await importTs(
      '__tests__/support/registry-server.ts',
      '__tests__/support/sigstore-stack.ts',
      '__tests__/support/cosign-signing.ts',
      'src/registry/index.ts',
      'src/cosign/index.ts',
      'src/trust/index.ts',
      'src/logger.ts',
      'src/engine/targets.ts'
    )
  const { Verifier } = await import('@sigstore/verify')
  const [registry, stack] = await Promise.all([startRegistry({ auth: 'none' }), startSigstoreStack()])
  const setupClient = registryMod.createRegistryClient({ logger: silentLogger, insecureRegistries: [registry.host], maxInFlightPerRegistry: 16 })
  try {
    const t0 = performance.now()
    const targets = await mapBounded(Array.from({ length: images }, (_, i) => i), 16, async i => {
      const img = await pushTestImage(setupClient, registry.host, `bench/app${i % 50}`, null, `image ${i}`)
      const name = `${registry.host}/${img.repo.repository}`
      const payload = cosign.toSimpleSigningPayload({ dockerReference: name, manifestDigest: img.digest })
      await pushLegacySignatures(setupClient, img.repo, img.digest, [legacyLayerFrom(payload, await signMessage(stack, payload))])
      return { name, digest: img.digest, repo: img.repo }
    })
    const setupSeconds = (performance.now() - t0) / 1000

    const policy = { requireSigned: true, requirePinned: false, issuerAllowlist: [], githubWorkflow: {}, annotations: {}, platforms: 'index', insecureIgnoreTlog: false }
    const measure = async work => {
      const client = registryMod.createRegistryClient({ logger: silentLogger, insecureRegistries: [registry.host] })
      const started = performance.now()
      const cpu = process.cpuUsage()
      const results = await work(client)
      const seconds = (performance.now() - started) / 1000
      const used = process.cpuUsage(cpu)
      const cpuMs = (used.user + used.system) / 1000
      const requests = client.requestCount()
      client.close()
      return { seconds, requests, results, cpuMs }
    }

    // Baseline: the same I/O a legacy check needs (signature manifest + payload), no crypto.
    const baseline = await measure(client =>
      mapBounded(targets, concurrency, async t => {
        const m = await client.getManifest(t.repo, cosign.sigTag(t.digest))
        await client.getBlob(t.repo, m.json.layers[0].digest)
      })
    )
    const material = await trust.loadTrustMaterial({ trustedRoot: stack.trustedRootPath, offline: true, logger: silentLogger })
    const verify = await measure(client => {
      const verifier = cosign.createCosignVerifier({ client, verifier: new Verifier(material), policy, logger: silentLogger })
      return mapBounded(targets, concurrency, t => verifier.verify(t))
    })
    const verified = verify.results.filter(v => v.status === 'verified').length
    if (verified !== targets.length) throw new Error(`bench: only ${verified}/${targets.length} images verified`)
    return {
      name: 'verify',
      images,
      concurrency,
      setupSeconds: +setupSeconds.toFixed(1),
      seconds: +verify.seconds.toFixed(2),
      imagesPerSecond: +(images / verify.seconds).toFixed(1),
      requestsPerImage: +(verify.requests / images).toFixed(2),
      cpuMsPerImage: +(verify.cpuMs / images).toFixed(2),
      baselineSeconds: +baseline.seconds.toFixed(2),
      ratioToBaseline: +(verify.seconds / baseline.seconds).toFixed(2)
    }
  } finally {
    setupClient.close()
    await Promise.all([registry.stop(), stack.stop()])
  }
}

/** bench/run.mjs entry: prints the figures and checks the targets. */
export async function run() {
  const r = await benchVerify()
  console.log(`verify: ${r.images} legacy-signed images, concurrency ${r.concurrency} (setup: push and sign, ${r.setupSeconds} s)`)
  console.log(`  verification: ${r.seconds} s, ${r.imagesPerSecond} images/s (target ≥ 100), ${r.requestsPerImage} registry requests per image (target ≤ 3)`)
  console.log(`  CPU per image (this process, registry client included): ${r.cpuMsPerImage} ms`)
  console.log(`  baseline, same fetches without cryptography: ${r.baselineSeconds} s; ratio verify/baseline: ${r.ratioToBaseline}`)
  const problems = []
  if (r.imagesPerSecond < 100) problems.push(`${r.imagesPerSecond} images/s`)
  if (r.requestsPerImage > 3) problems.push(`${r.requestsPerImage} requests per image`)
  return { ok: problems.length === 0, problems }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? 500)
  console.log(JSON.stringify(await benchVerify({ images: n }), null, 2))
}
