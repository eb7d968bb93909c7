export { BodyReadError, drainBody, readBody, type BodyFailureCode, type ReadBodyLimits } from './body.js'
export { ExchangeError, openResponse, type ExchangeErrorCode, type ExchangeRequest } from './exchange.js'
export { backoffMs, isRetryableStatus, isTemporary, retryAfterMs, withRetry, type Attempted, type RetryPolicy } from './retry.js'
