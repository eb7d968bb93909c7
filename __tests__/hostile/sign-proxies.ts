/**
 * Man-in-the-middle servers for the signing hostile-input tests: each forwards to a real loopback
 * service (the local Sigstore stack, the real registry) and can record an answer and replay it
 * later, which a real server will not do on demand.
 */
import { request } from 'node:http'
import type { ServerResponse } from 'node:http'
import { startFaultServer, type FaultServer, type SeenRequest } from '../support/registry-fault-server.js'

export interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}

/** Sends `req` to `base` and returns the answer without writing it. */
export function forward(base: string, req: SeenRequest, host?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const url = new URL(req.path, base)
    const headers = { ...req.headers, host: host ?? url.host }
    const upstream = request(url, { method: req.method, headers }, up => {
      const chunks: Buffer[] = []
      up.on('data', (c: Buffer) => chunks.push(c))
      up.on('end', () => resolve({ status: up.statusCode ?? 502, headers: up.headers, body: Buffer.concat(chunks) }))
    })
    upstream.on('error', reject)
    upstream.end(req.body)
  })
}

export function send(res: ServerResponse, answer: Answer): void {
  const headers = Object.fromEntries(Object.entries(answer.headers).filter(([k, v]) => v !== undefined && k !== 'transfer-encoding' && k !== 'connection'))
  res.writeHead(answer.status, { ...headers, 'content-length': String(answer.body.length) })
  res.end(answer.body)
}

export interface ReplayProxy extends FaultServer {
  /** `record`: forward and keep the first answer to a matching request; `replay`: answer every matching request with it. */
  mode: 'record' | 'replay'
  recorded?: Answer
}

/** A proxy to `base` that records, then replays, the answer to requests `matches` selects. */
export async function startReplayProxy(base: string, matches: (req: SeenRequest) => boolean, host?: () => string): Promise<ReplayProxy> {
  const state: { mode: 'record' | 'replay'; recorded?: Answer } = { mode: 'record' }
  const server = await startFaultServer(async (req, res) => {
    if (matches(req) && state.mode === 'replay' && state.recorded) return send(res, state.recorded)
    const answer = await forward(base, req, host?.())
    if (matches(req) && state.mode === 'record' && !state.recorded && answer.status < 300) state.recorded = answer
    send(res, answer)
  })
  return {
    ...server,
    get mode() {
      return state.mode
    },
    set mode(m: 'record' | 'replay') {
      state.mode = m
    },
    get recorded() {
      return state.recorded
    }
  }
}
