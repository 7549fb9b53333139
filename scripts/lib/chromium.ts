// Finds a system Chromium for playwright-core (which never downloads its own browser here).
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** CHROMIUM_PATH when set (and nothing else: a wrong path must not quietly test another browser), else the first system one. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((candidate) => existsSync(candidate));
}

/** Why no Chromium was found and how to get one, in one line. */
export function chromiumMissing(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  const why = fromEnv ? `CHROMIUM_PATH is "${fromEnv}", which does not exist` : `none of ${CANDIDATES.join(', ')} exists`;
  return `No Chromium found (${why}): install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH=/path/to/chromium.`;
}

/** Flags for a sandboxed CI machine with no network beyond loopback. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
