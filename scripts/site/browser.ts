// Headless Chromium driven by playwright-core (never a downloaded browser): Debian's chromium by default,
// or the browser CHROMIUM_PATH names (GitHub's ubuntu-latest runner ships Google Chrome, not chromium).
import fs from 'node:fs';
import type { Browser } from 'playwright-core';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const DEFAULT_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The browser to launch: CHROMIUM_PATH when it is set (and only that one), else the first installed default. */
export function chromiumPath(): string | null {
  const wanted = process.env.CHROMIUM_PATH;
  if (wanted) return fs.existsSync(wanted) ? wanted : null;
  return DEFAULT_PATHS.find((p) => fs.existsSync(p)) ?? null;
}

/** Why no browser can be launched, in one line (for when chromiumPath() is null). */
export function chromiumMissing(): string {
  const wanted = process.env.CHROMIUM_PATH;
  return wanted ? `no browser at CHROMIUM_PATH=${wanted}` : "Chromium not found (install Debian's chromium package, or set CHROMIUM_PATH)";
}

/** Whether a browser is there to print with; if not, `warn` hears why, in one line. */
export function briefsPossible(warn: (why: string) => void): boolean {
  if (chromiumPath()) return true;
  warn(chromiumMissing());
  return false;
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(chromiumMissing());
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
}
