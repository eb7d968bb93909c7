export { resolveConfig, parseList, parseBoolean, parseSize } from './config.js'
export type { Config, Mode, RawOptions, ConfigErrorCode } from './config.js'
export { OPTIONS, OUTPUTS, MODES, findOption } from './options.js'
export type { OptionSpec, OptionType } from './options.js'
