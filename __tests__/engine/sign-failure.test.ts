import { describe, expect, it } from '@jest/globals'
import { resolveConfig } from '../../src/config/index.js'
import { runSign } from '../../src/engine/index.js'
import { silentLogger } from '../../src/logger.js'
import type { RegistryClient } from '../../src/registry/index.js'

const SECRET = 's3cret-registry-password'

describe('runSign', () => {
  describe('when something that is not an AppError stops the run', () => {
    it('rejects with SIGN_FAILED, its message redacted', async () => {
      const config = resolveConfig(
        { mode: 'sign', images: `ghcr.io/acme/app@sha256:${'1'.repeat(64)}`, 'registry-username': 'u', 'registry-password': SECRET, upload: 'false' },
        {}
      )
      // The runner's environment throws a plain Error naming a secret as the identity provider reads it.
      const env = new Proxy({}, { get: () => { throw new TypeError(`environment unreadable: ${SECRET}`) } })
      const error = await runSign(config, silentLogger, { env, client: {} as RegistryClient }).catch((e: unknown) => e)
      expect(error).toMatchObject({ code: 'SIGN_FAILED' })
      expect(String((error as Error).message)).not.toContain(SECRET)
    })
  })
})
