import { describe, expect, it } from '@jest/globals'
import { credentialsFor, registriesOf } from '../../src/engine/credentials.js'
import { codeOf } from '../support/error-code.js'

const given = { registryUsername: 'robot', registryPassword: 'hunter2' }

describe('registriesOf', () => {
  it('names each registry once, Docker Hub aliases as one', () => {
    expect(registriesOf(['docker.io/library/nginx', 'index.docker.io/library/redis', 'ghcr.io/acme/app', 'ghcr.io/acme/other'])).toEqual(['ghcr.io', 'registry-1.docker.io'])
  })
})

describe('credentialsFor', () => {
  describe('when registry is named', () => {
    it('binds the credentials to it whatever the run references', () => {
      expect(credentialsFor({ ...given, registry: 'ghcr.io' }, ['ghcr.io', 'evil.example'])).toEqual([{ registry: 'ghcr.io', username: 'robot', password: 'hunter2' }])
    })
  })

  describe('when registry is not named', () => {
    it('binds them to the only registry referenced', () => {
      expect(credentialsFor(given, ['quay.io'])).toEqual([{ registry: 'quay.io', username: 'robot', password: 'hunter2', afterDockerConfig: true }])
    })

    it('fails with INPUT_INVALID when several registries are referenced', () => {
      expect(codeOf(() => credentialsFor(given, ['quay.io', 'evil.example']))).toBe('INPUT_INVALID')
    })
  })

  describe('when no credentials are given', () => {
    it('binds nothing, however many registries', () => {
      expect(credentialsFor({}, ['quay.io', 'evil.example'])).toEqual([])
    })
  })
})
