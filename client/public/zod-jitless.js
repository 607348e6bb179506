// Runs before the app's modules (a classic script in index.html). zod compiles its object
// parsers with `new Function` unless told not to, and even its probe for that is reported as a
// Content-Security-Policy violation ('unsafe-eval' is not allowed, and will not be). The bundle
// builds its schemas while its first chunks load, before any of the app's own code could call
// z.config({ jitless: true }); zod reads this shared config object when it loads.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
