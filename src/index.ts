import { runGuarded } from './main.js'

await runGuarded()
