export * from './verify/index.js'
export * from './formats/index.js'
export * from './sign/index.js'
export * from './attest/index.js'
