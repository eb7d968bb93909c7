export * from './verify/index.js'
export * from './formats/index.js'
