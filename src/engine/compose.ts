import type { Config } from '../config/index.js'
import { AppError } from '../errors.js'
import type { Logger } from '../logger.js'
import type { ResultRecord } from '../report/index.js'
import type { ImageVerifier } from './verify-run.js'

export interface SignOutcome {
  ok: boolean
  text: string
  records: ResultRecord[]
}

export async function createImageVerifier(_config: Config, _logger: Logger): Promise<ImageVerifier> {
  throw new AppError('NOT_READY', 'verification is not wired yet')
}

export async function runSign(_config: Config, _logger: Logger): Promise<SignOutcome> {
  throw new AppError('NOT_READY', 'signing is not wired yet')
}
