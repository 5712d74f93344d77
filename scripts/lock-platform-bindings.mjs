// The registry these machines reach serves only linux-x64 builds of unrs-resolver's native
// bindings (jest 30 → jest-resolve → unrs-resolver), so `npm install` leaves the other platforms'
// optional packages out of package-lock.json and `npm ci` then refuses the lock. This adds them
// back as optional, platform-restricted entries; npm skips them on every other platform without
// fetching. Run it after any `npm install` that rewrites the lock.
import { readFileSync, writeFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const resolver = lock.packages['node_modules/unrs-resolver'];
if (!resolver) throw new Error('unrs-resolver is not in package-lock.json');
const platform = {
  'android-arm-eabi': [['android'], ['arm']],
  'android-arm64': [['android'], ['arm64']],
  'darwin-arm64': [['darwin'], ['arm64']],
  'darwin-x64': [['darwin'], ['x64']],
  'freebsd-x64': [['freebsd'], ['x64']],
  'linux-arm-gnueabihf': [['linux'], ['arm']],
  'linux-arm-musleabihf': [['linux'], ['arm']],
  'linux-arm64-gnu': [['linux'], ['arm64']],
  'linux-arm64-musl': [['linux'], ['arm64']],
  'linux-loong64-gnu': [['linux'], ['loong64']],
  'linux-loong64-musl': [['linux'], ['loong64']],
  'linux-ppc64-gnu': [['linux'], ['ppc64']],
  'linux-riscv64-gnu': [['linux'], ['riscv64']],
  'linux-riscv64-musl': [['linux'], ['riscv64']],
  'linux-s390x-gnu': [['linux'], ['s390x']],
  'linux-x64-gnu': [['linux'], ['x64']],
  'linux-x64-musl': [['linux'], ['x64']],
  'openharmony-arm64': [['openharmony'], ['arm64']],
  'wasm32-wasi': [undefined, ['wasm32']],
  'win32-arm64-msvc': [['win32'], ['arm64']],
  'win32-ia32-msvc': [['win32'], ['ia32']],
  'win32-x64-msvc': [['win32'], ['x64']],
};
let added = 0;
for (const [name, version] of Object.entries(resolver.optionalDependencies ?? {})) {
  const key = `node_modules/${name}`;
  if (lock.packages[key]) continue;
  const [os, cpu] = platform[name.replace('@unrs/resolver-binding-', '')] ?? [];
  if (!cpu) throw new Error(`no platform known for ${name}`);
  lock.packages[key] = { version, ...(cpu ? { cpu } : {}), license: 'MIT', optional: true, ...(os ? { os } : {}) };
  added++;
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} platform bindings added`);
