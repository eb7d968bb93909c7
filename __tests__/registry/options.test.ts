import { describe, expect, it } from '@jest/globals'
import { memoryLogger } from '../../src/logger.js'
import { canonicalHost, createRegistryClient } from '../../src/registry/index.js'
import { resolveOptions } from '../../src/registry/options.js'

describe('resolveOptions', () => {
  describe('when options are left out', () => {
    it('uses the documented defaults and DOCKER_CONFIG', () => {
      const o = resolveOptions({ logger: memoryLogger(), env: { DOCKER_CONFIG: '/cfg', HOME: '/home/x' } })
      expect(o).toMatchObject({ dockerConfigDir: '/cfg', timeoutMs: 30_000, maxAttempts: 4, maxInFlightPerRegistry: 8, maxManifestBytes: 4 * 1024 * 1024, maxBlobBytes: 16 * 1024 * 1024 })
      expect(resolveOptions({ logger: memoryLogger(), env: { HOME: '/home/x' } }).dockerConfigDir).toBe('/home/x/.docker')
    })
  })

  describe('when only the timeout is given', () => {
    it('derives the attempt and request deadlines from it', () => {
      expect(resolveOptions({ logger: memoryLogger(), timeoutMs: 1000 })).toMatchObject({ timeoutMs: 1000, readTimeoutMs: 2000, requestTimeoutMs: 4000 })
    })
  })

  describe('when a value is out of range', () => {
    it('fails with REGISTRY_INPUT_INVALID', () => {
      expect(() => resolveOptions({ logger: memoryLogger(), maxAttempts: 0 })).toThrow(expect.objectContaining({ code: 'REGISTRY_INPUT_INVALID' }))
      expect(() => resolveOptions({ logger: memoryLogger(), timeoutMs: Number.NaN })).toThrow(expect.objectContaining({ code: 'REGISTRY_INPUT_INVALID' }))
      expect(() => createRegistryClient({ logger: memoryLogger(), credentials: { registry: 'ghcr.io', username: 'u', password: '' } })).toThrow(expect.objectContaining({ code: 'REGISTRY_INPUT_INVALID' }))
    })
  })

  describe('when insecure registries are listed in any spelling', () => {
    it('canonicalises them like request hosts', () => {
      expect([...resolveOptions({ logger: memoryLogger(), insecureRegistries: ['HTTP://Reg.Local:5000/', 'docker.io'] }).insecureRegistries]).toEqual(['reg.local:5000', 'registry-1.docker.io'])
    })
  })
})

describe('canonicalHost', () => {
  describe('when given Docker Hub aliases', () => {
    it('maps them to registry-1.docker.io and leaves other hosts alone', () => {
      expect(['docker.io', 'index.docker.io', 'https://index.docker.io/v1/', 'registry-1.docker.io'].map(canonicalHost)).toEqual(Array(4).fill('registry-1.docker.io'))
      expect(canonicalHost('ghcr.io')).toBe('ghcr.io')
      expect(canonicalHost('127.0.0.1:5000')).toBe('127.0.0.1:5000')
    })
  })
})
