import { AppError } from '../errors.js'

/** Failures that stop a scan before it starts; everything later becomes a SkippedFile. */
export type ScanErrorCode = 'INPUT_INVALID' | 'SCAN_ROOT_UNREADABLE'

export class ScanError extends AppError<ScanErrorCode> {
  constructor(code: ScanErrorCode, message: string, options: { cause?: unknown; details?: Record<string, unknown> } = {}) {
    super(code, message, options)
    this.name = 'ScanError'
  }
}
