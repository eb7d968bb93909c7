// npm run demo: a local registry and Sigstore, a few images (some signed, one by the wrong
// workflow, one not at all), an example workspace that deploys them, and the verification the
// action would run on it, printed as a table with the NDJSON results written to disk.
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureRegistry } from './lib/ensure-registry.mjs'
import { importTs } from './lib/import-ts.mjs'

ensureRegistry()
const [{ startRegistry, pushTestImage }, { startSigstoreStack, githubActionsClaims }, { runCli }, { createRegistryClient }, { silentLogger }, { runSign }, { resolveConfig }] =
  await importTs(
    '__tests__/support/registry-server.ts',
    '__tests__/support/sigstore-stack.ts',
    'src/cli/run.ts',
    'src/registry/index.ts',
    'src/logger.ts',
    'src/engine/index.ts',
    'src/config/index.ts'
  )

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../.tmp/demo')
const workspace = path.join(out, 'workspace')
await mkdir(path.join(workspace, 'k8s'), { recursive: true })

const [registry, stack] = await Promise.all([startRegistry({ auth: 'none' }), startSigstoreStack()])
const client = createRegistryClient({ logger: silentLogger, insecureRegistries: [registry.host] })
try {
  console.log(`registry  http://${registry.host}`)
  console.log(`sigstore  fulcio ${stack.fulcioUrl}  rekor ${stack.rekorUrl}  tsa ${stack.tsaUrl}`)
  const images = {}
  for (const name of ['storefront', 'payments', 'worker', 'nightly']) {
    images[name] = await pushTestImage(client, registry.host, `acme/${name}`, 'v1', `${name} build`)
  }
  const refOf = name => `${registry.host}/acme/${name}@${images[name].digest}`

  // Sign like a build pipeline would, with this project's signer and the stack's OIDC endpoint.
  const sign = async (name, format, claims) => {
    stack.setClaims(claims ?? {})
    const env = { ...process.env, ...stack.env(), RUNNER_TEMP: out }
    const config = resolveConfig(
      { mode: 'sign', images: refOf(name), 'signature-format': format, 'fulcio-url': stack.fulcioUrl, 'rekor-url': stack.rekorUrl, 'trusted-root': stack.trustedRootPath, 'insecure-registries': registry.host, upload: 'false', 'results-file': path.join(out, `sign-${name}.ndjson`) },
      env
    )
    const outcome = await runSign(config, silentLogger, { env })
    if (!outcome.ok) throw new Error(`demo: signing ${name} failed: ${outcome.text}`)
    console.log(`signed    ${name} (${format})`)
  }
  await sign('storefront', 'legacy')
  await sign('payments', 'bundle')
  await sign('nightly', 'both', githubActionsClaims({ repository: 'someone-else/fork' }))

  await writeFile(
    path.join(workspace, 'k8s/deployment.yaml'),
    `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: shop\nspec:\n  template:\n    spec:\n      initContainers:\n        - name: migrate\n          image: ${refOf('worker')}\n      containers:\n        - name: storefront\n          image: ${refOf('storefront')}\n        - name: payments\n          image: ${refOf('payments')}\n`
  )
  await writeFile(path.join(workspace, 'docker-compose.yml'), `services:\n  batch:\n    image: ${refOf('nightly')}\n  cache:\n    image: redis:7\n`)
  await writeFile(path.join(workspace, 'Dockerfile'), `FROM ${refOf('storefront')}\nCOPY . /app\n`)

  const results = path.join(out, 'results.ndjson')
  console.log(`\nverifying ${path.relative(process.cwd(), workspace)} (only signatures by octo-org/octo-repo's release workflow count)\n`)
  const code = await runCli(
    [
      'verify',
      '--path', workspace,
      '--trusted-root', stack.trustedRootPath,
      '--insecure-registries', registry.host,
      '--certificate-identity-regexp', '^https://github\\.com/octo-org/octo-repo/\\.github/workflows/release\\.yml@refs/heads/main$',
      '--certificate-oidc-issuer', 'https://token.actions.githubusercontent.com',
      '--require-signed',
      '--upload', 'false',
      '--results-file', results,
      '--cache-dir', path.join(out, 'cache')
    ],
    { stdout: t => console.log(t), stderr: t => console.error(t), env: process.env, isTTY: Boolean(process.stdout.isTTY) }
  )
  console.log(`\nNDJSON results: ${path.relative(process.cwd(), results)}`)
  console.log(`exit code ${code}: the policy requires signed images, and the demo deliberately includes an unsigned one and one signed by another workflow.`)
} finally {
  client.close()
  await Promise.all([registry.stop(), stack.stop()])
}
