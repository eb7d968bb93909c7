/**
 * A Docker token-spec auth server on loopback (docs: distribution's spec/auth/token.md, jwt.md), for
 * the registry's `auth.token` mode: RS256 JWTs whose `x5c` header carries a self-signed certificate the
 * registry trusts through `rootcertbundle`. Built-ins and the `openssl` CLI only.
 */
import { execFileSync } from 'node:child_process'
import { randomUUID, sign } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

export interface TokenServerOptions {
  /** Directory for the key and certificate. */
  dir: string
  username: string
  password: string
  /** Accepted as an OAuth2 refresh token (`grant_type=refresh_token`), like a Docker `identitytoken`. */
  identityToken?: string
  service?: string
  issuer?: string
  /** Token lifetime in seconds. Default 300. */
  expiresIn?: number
}

export interface TokenRequest {
  method: string
  scopes: string[]
  account?: string
  authorized: boolean
}

export interface TokenServer {
  realm: string
  service: string
  issuer: string
  /** PEM certificate to give the registry as `rootcertbundle`. */
  certPath: string
  requests: TokenRequest[]
  stop(): Promise<void>
}

function makeCertificate(dir: string): { keyPath: string; certPath: string } {
  const keyPath = path.join(dir, 'token.key')
  const certPath = path.join(dir, 'token.crt')
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyPath, '-out', certPath, '-days', '2', '-subj', '/CN=test-token-issuer'], {
      stdio: 'pipe'
    })
  } catch (e) {
    throw new Error(`token server: could not make a certificate with openssl (apt-get install -y openssl): ${String(e)}`)
  }
  return { keyPath, certPath }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

export async function startTokenServer(options: TokenServerOptions): Promise<TokenServer> {
  const service = options.service ?? 'test-registry'
  const issuer = options.issuer ?? 'test-issuer'
  const { keyPath, certPath } = makeCertificate(options.dir)
  const key = readFileSync(keyPath)
  const certDer = readFileSync(certPath, 'utf8').replace(/-----[^-]+-----/g, '').replace(/\s+/g, '')
  const b64u = (b: string | Buffer): string => Buffer.from(b).toString('base64url')
  const requests: TokenRequest[] = []
  const basic = `Basic ${Buffer.from(`${options.username}:${options.password}`).toString('base64')}`

  const mint = (subject: string, scopes: string[], authorized: boolean): string => {
    const now = Math.floor(Date.now() / 1000)
    // Anonymous callers get a token without access: the registry then answers 401, like a private repository.
    const access = authorized
      ? scopes.map(s => {
          const [type, name, actions] = [s.slice(0, s.indexOf(':')), s.slice(s.indexOf(':') + 1, s.lastIndexOf(':')), s.slice(s.lastIndexOf(':') + 1)]
          return { type, name, actions: actions.split(',') }
        })
      : []
    const header = { alg: 'RS256', typ: 'JWT', x5c: [certDer] }
    const claims = { iss: issuer, sub: subject, aud: service, exp: now + (options.expiresIn ?? 300), nbf: now - 10, iat: now, jti: randomUUID(), access }
    const input = `${b64u(JSON.stringify(header))}.${b64u(JSON.stringify(claims))}`
    return `${input}.${b64u(sign('RSA-SHA256', Buffer.from(input), key))}`
  }

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://token')
      let scopes = url.searchParams.getAll('scope')
      let authorized = req.headers.authorization === basic
      let refused = req.headers.authorization !== undefined && !authorized
      if (req.method === 'POST') {
        const form = new URLSearchParams(await readBody(req))
        scopes = (form.get('scope') ?? '').split(' ').filter(Boolean)
        authorized = form.get('grant_type') === 'refresh_token' && options.identityToken !== undefined && form.get('refresh_token') === options.identityToken
        refused = !authorized
      }
      requests.push({ method: req.method ?? '', scopes, account: url.searchParams.get('account') ?? undefined, authorized })
      if (refused) {
        res.writeHead(401, { 'content-type': 'application/json' })
        res.end('{"errors":[{"code":"UNAUTHORIZED","message":"bad credentials"}]}')
        return
      }
      const token = mint(authorized ? options.username : 'anonymous', scopes, authorized)
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ token, access_token: token, expires_in: options.expiresIn ?? 300, issued_at: new Date().toISOString() }))
    })()
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    realm: `http://127.0.0.1:${port}/token`,
    service,
    issuer,
    certPath,
    requests,
    stop: () =>
      new Promise(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
