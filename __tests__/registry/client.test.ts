/** Integration: our client against a real distribution 2.8.2 registry started on loopback. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { memoryLogger } from '../../src/logger.js'
import { OCI_INDEX, OCI_MANIFEST, createRegistryClient, digestOf, referrersTagFor, type RegistryClient } from '../../src/registry/index.js'
import { pushTestImage, startRegistry, type StartedRegistry } from '../support/registry-server.js'

function clientFor(registry: StartedRegistry, withCredentials = true): RegistryClient {
  return createRegistryClient({
    logger: memoryLogger(),
    // The token server is plain HTTP too: credentials go there only when it is listed (issue 11, defect 1).
    insecureRegistries: [registry.host, ...(registry.tokenServer ? [new URL(registry.tokenServer.realm).host] : [])],
    credentials: withCredentials ? { registry: registry.host, username: registry.username, password: registry.password } : undefined,
    env: { HOME: '/nonexistent' },
    maxAttempts: 1
  })
}

describe('createRegistryClient', () => {
  describe('when the registry allows anonymous access', () => {
    let registry: StartedRegistry
    let client: RegistryClient
    beforeAll(async () => {
      registry = await startRegistry({ auth: 'none' })
      client = clientFor(registry, false)
    })
    afterAll(async () => {
      client?.close()
      await registry?.stop()
    })

    it('pushes a hand-made OCI image and reads it back by tag and by digest', async () => {
      const image = await pushTestImage(client, registry.host, 'octo/app', 'v1')
      const repo = image.repo
      const byTag = await client.getManifest(repo, 'v1')
      expect(byTag).toMatchObject({ mediaType: OCI_MANIFEST, digest: image.digest, size: image.manifestBytes.length })
      expect(byTag.bytes.equals(image.manifestBytes)).toBe(true)
      const byDigest = await client.getManifest(repo, image.digest)
      expect(byDigest.digest).toBe(image.digest)
      expect(await client.headManifest(repo, 'v1')).toEqual({ mediaType: OCI_MANIFEST, digest: image.digest, size: image.manifestBytes.length })
      expect((await client.getBlob(repo, image.layer.descriptor.digest)).equals(image.layer.bytes)).toBe(true)
    })

    it('maps docker.io-style hosts and reports a missing manifest as REGISTRY_NOT_FOUND with host and repository', async () => {
      const missing = client.getManifest({ registry: registry.host, repository: 'octo/none' }, 'v9')
      await expect(missing).rejects.toMatchObject({ code: 'REGISTRY_NOT_FOUND', status: 404, host: registry.host, repository: 'octo/none' })
    })

    it('skips blobs that exist and mounts blobs across repositories', async () => {
      const image = await pushTestImage(client, registry.host, 'octo/source', 'v1', 'mount me')
      const target = { registry: registry.host, repository: 'octo/target' }
      expect(await client.hasBlob(target, image.layer.descriptor.digest)).toBe(false)
      expect(await client.mountBlob(target, image.layer.descriptor.digest, 'octo/source')).toBe(true)
      expect(await client.hasBlob(target, image.layer.descriptor.digest)).toBe(true)
      expect((await client.uploadBlob(target, image.layer.bytes)).via).toBe('exists')
      expect((await client.uploadBlob(target, image.config.bytes, { mountFrom: 'octo/source' })).via).toBe('mounted')
    })

    // distribution 2.8 ignores `n` and answers in storage order: pagination is tested on the fault server.
    it('lists all tags', async () => {
      const repo = { registry: registry.host, repository: 'octo/tags' }
      const image = await pushTestImage(client, registry.host, 'octo/tags', 't0')
      for (const t of ['t1', 't2', 't3', 't4']) await client.putManifest(repo, t, image.manifestBytes, OCI_MANIFEST)
      const before = client.requestCount()
      expect((await client.listTags(repo, { pageSize: 2 })).sort()).toEqual(['t0', 't1', 't2', 't3', 't4'])
      expect(client.requestCount() - before).toBe(1)
    })

    it('falls back to the referrers tag index, and updates it without duplicates', async () => {
      const subject = await pushTestImage(client, registry.host, 'octo/signed', 'v1')
      const repo = subject.repo
      const empty = await client.listReferrers(repo, subject.digest)
      expect(empty).toEqual({ manifests: [], source: 'referrers-tag' })

      const emptyBlob = await client.uploadBlob(repo, Buffer.from('{}'))
      const artifact = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: OCI_MANIFEST,
          artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
          config: { mediaType: 'application/vnd.oci.empty.v1+json', digest: emptyBlob.digest, size: 2 },
          layers: [{ mediaType: 'application/vnd.oci.empty.v1+json', digest: emptyBlob.digest, size: 2 }],
          subject: { mediaType: OCI_MANIFEST, digest: subject.digest, size: subject.manifestBytes.length }
        })
      )
      const pushed = await client.putManifest(repo, digestOf(artifact), artifact, OCI_MANIFEST)
      // distribution 2.8 stores the subject but does not index it: no OCI-Subject header.
      expect(pushed.subjectDigest).toBeUndefined()
      const descriptor = { mediaType: OCI_MANIFEST, digest: pushed.digest, size: pushed.size, artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json' }
      expect((await client.addReferrerToFallbackIndex(repo, subject.digest, descriptor)).updated).toBe(true)
      expect((await client.addReferrerToFallbackIndex(repo, subject.digest, descriptor)).updated).toBe(false)

      const found = await client.listReferrers(repo, subject.digest, 'application/vnd.dev.sigstore.bundle.v0.3+json')
      expect(found).toEqual({ manifests: [descriptor], source: 'referrers-tag' })
      expect((await client.listReferrers(repo, subject.digest, 'application/other')).manifests).toEqual([])
      const index = await client.getManifest(repo, referrersTagFor(subject.digest))
      expect(index.mediaType).toBe(OCI_INDEX)
    })
  })

  describe('when the registry uses htpasswd Basic auth', () => {
    let registry: StartedRegistry
    beforeAll(async () => {
      registry = await startRegistry({ auth: 'basic' })
    })
    afterAll(async () => {
      await registry?.stop()
    })

    it('pushes and pulls with explicit credentials, then authenticates up front', async () => {
      const client = clientFor(registry)
      try {
        const image = await pushTestImage(client, registry.host, 'private/app')
        const before = client.requestCount()
        await client.getManifest(image.repo, image.digest)
        expect(client.requestCount() - before).toBe(1)
      } finally {
        client.close()
      }
    })

    it('fails with REGISTRY_AUTH and status 401 without credentials', async () => {
      const client = clientFor(registry, false)
      try {
        await expect(client.getManifest({ registry: registry.host, repository: 'private/app' }, 'v1')).rejects.toMatchObject({
          code: 'REGISTRY_AUTH',
          status: 401,
          details: { authenticated: false }
        })
      } finally {
        client.close()
      }
    })

    it('fails with REGISTRY_AUTH on wrong credentials without echoing the password', async () => {
      const client = createRegistryClient({
        logger: memoryLogger(),
        insecureRegistries: [registry.host],
        credentials: { registry: registry.host, username: 'testuser', password: 'not-the-password' },
        env: { HOME: '/nonexistent' }
      })
      try {
        const failure = await client.getManifest({ registry: registry.host, repository: 'private/app' }, 'v1').catch((e: unknown) => e)
        expect(failure).toMatchObject({ code: 'REGISTRY_AUTH', status: 401, details: { authenticated: true } })
        expect(JSON.stringify({ ...(failure as object), message: (failure as Error).message })).not.toContain('not-the-password')
      } finally {
        client.close()
      }
    })
  })

  describe('when the registry uses Bearer token auth', () => {
    let registry: StartedRegistry
    beforeAll(async () => {
      registry = await startRegistry({ auth: 'token' })
    })
    afterAll(async () => {
      await registry?.stop()
    })

    it('fetches one token per scope and reuses it', async () => {
      const client = clientFor(registry)
      try {
        const image = await pushTestImage(client, registry.host, 'team/app')
        const tokens = client.requestStats().tokens
        await client.getManifest(image.repo, 'v1')
        await client.getBlob(image.repo, image.config.descriptor.digest)
        await client.listTags(image.repo)
        // The push token (pull,push) also serves pulls.
        expect(client.requestStats().tokens).toBe(tokens)
        expect(registry.tokenServer?.requests.every(r => r.authorized)).toBe(true)
      } finally {
        client.close()
      }
    })

    it('reads a legacy .sig signature in at most 3 requests once the token is cached', async () => {
      const writer = clientFor(registry)
      const image = await pushTestImage(writer, registry.host, 'team/signed')
      const payload = Buffer.from(JSON.stringify({ critical: { identity: { 'docker-reference': `${registry.host}/team/signed` }, image: { 'docker-manifest-digest': image.digest }, type: 'cosign container image signature' }, optional: null }))
      const sig = await pushTestImage(writer, registry.host, 'team/signed', null, 'sig')
      const payloadBlob = await writer.uploadBlob(image.repo, payload)
      const sigManifest = Buffer.from(
        JSON.stringify({
          ...sig.manifest,
          layers: [{ mediaType: 'application/vnd.dev.cosign.simplesigning.v1+json', digest: payloadBlob.digest, size: payloadBlob.size, annotations: { 'dev.cosignproject.cosign/signature': 'MEUC' } }]
        })
      )
      await writer.putManifest(image.repo, `${referrersTagFor(image.digest)}.sig`, sigManifest, OCI_MANIFEST)
      writer.close()

      const reader = clientFor(registry)
      try {
        await reader.headManifest(image.repo, image.digest) // caches the pull token
        const before = reader.requestCount()
        const manifest = await reader.getManifest(image.repo, `${referrersTagFor(image.digest)}.sig`)
        const layer = (manifest.json as { layers: { digest: string }[] }).layers[0]
        expect((await reader.getBlob(image.repo, layer.digest)).equals(payload)).toBe(true)
        const legacy = reader.requestCount() - before
        expect(legacy).toBe(2)
        // A verifier also asks for referrers. The first time on a host: the API probe (a bare 404 on 2.8) and the tag index.
        const probeStart = reader.requestCount()
        await reader.listReferrers(image.repo, image.digest)
        expect(reader.requestCount() - probeStart).toBe(2)
        // Then the missing API is remembered: one request, so a whole legacy verification takes 3.
        const next = reader.requestCount()
        await reader.listReferrers(image.repo, image.digest)
        expect(reader.requestCount() - next + legacy).toBe(3)
      } finally {
        reader.close()
      }
    })

    it('fails with REGISTRY_AUTH when the token server refuses the credentials', async () => {
      const client = createRegistryClient({
        logger: memoryLogger(),
        insecureRegistries: [registry.host, new URL(registry.tokenServer?.realm ?? 'http://x').host],
        credentials: { registry: registry.host, username: 'testuser', password: 'wrong' },
        env: { HOME: '/nonexistent' },
        maxAttempts: 1
      })
      try {
        await expect(client.getManifest({ registry: registry.host, repository: 'team/app' }, 'v1')).rejects.toMatchObject({ code: 'REGISTRY_AUTH', status: 401 })
      } finally {
        client.close()
      }
    })
  })
})

describe('startRegistry', () => {
  describe('when the registry binary is missing', () => {
    it('fails with a message naming the package, instead of skipping', async () => {
      await expect(startRegistry({ binary: '/nonexistent/docker-registry' })).rejects.toThrow(/apt-get install -y docker-registry/)
    })
  })
})
