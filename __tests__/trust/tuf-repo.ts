/**
 * A private TUF repository on loopback serving one target, trusted_root.json: what an
 * organisation running its own Sigstore publishes for `tuf-mirror` + `tuf-root`. One Ed25519
 * key signs all four roles; consistent snapshots are off, so paths are plain.
 */
import { Key, Metadata, MetaFile, Root, Signature, Snapshot, TargetFile, Targets, Timestamp } from '@tufjs/models'
import { createHash, generateKeyPairSync, sign } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface TufRepo {
  url: string
  /** The initial root.json, as a user would pass it in `tuf-root`. */
  rootJson: string
  /** Paths requested so far. */
  requests: string[]
  stop(): Promise<void>
}

const SPEC_VERSION = '1.0.31'

export async function startTufRepo(trustedRootJson: string, expiresInMs = 24 * 60 * 60 * 1000): Promise<TufRepo> {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519')
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32)
  const keyID = createHash('sha256').update(raw).digest('hex')
  const key = new Key({ keyID, keyType: 'ed25519', scheme: 'ed25519', keyVal: { public: raw.toString('hex') } })
  const signer = (data: Buffer) => new Signature({ keyID, sig: sign(null, data, privateKey).toString('hex') })
  const common = { version: 1, specVersion: SPEC_VERSION, expires: new Date(Date.now() + expiresInMs).toISOString().replace(/\.\d{3}Z$/, 'Z') }

  const root = new Root({ ...common, consistentSnapshot: false })
  for (const role of ['root', 'targets', 'snapshot', 'timestamp']) root.addKey(key, role)
  const target = Buffer.from(trustedRootJson, 'utf8')
  const targets = new Targets({ ...common })
  targets.addTarget(new TargetFile({ path: 'trusted_root.json', length: target.length, hashes: { sha256: createHash('sha256').update(target).digest('hex') } }))
  const snapshot = new Snapshot({ ...common, meta: { 'targets.json': new MetaFile({ version: 1 }) } })
  const timestamp = new Timestamp({ ...common, snapshotMeta: new MetaFile({ version: 1 }) })

  const signed = (signedPart: Root | Targets | Snapshot | Timestamp): string => {
    const metadata = new Metadata(signedPart)
    metadata.sign(signer)
    return JSON.stringify(metadata.toJSON())
  }
  const files = new Map<string, string | Buffer>([
    ['/1.root.json', signed(root)],
    ['/timestamp.json', signed(timestamp)],
    ['/snapshot.json', signed(snapshot)],
    ['/targets.json', signed(targets)],
    ['/targets/trusted_root.json', target]
  ])

  const requests: string[] = []
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://tuf.invalid').pathname
    requests.push(path)
    const body = files.get(path)
    if (body === undefined) res.writeHead(404).end('not found')
    else res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(body)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    rootJson: files.get('/1.root.json') as string,
    requests,
    stop: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
