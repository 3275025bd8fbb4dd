// Runs the extension's mocha suite (extensionTestsPath) inside code-server's real Node extension host,
// driven headless by Debian's Chromium through playwright-core. The workbench reads the development
// and tests paths from the `payload` query (code-server must run with enable-smoke-test-driver) and
// reports the result through window.codeAutomationExit; console output comes through codeAutomationLog.
// Env: CS_URL, WS_DIR, EXT_DEV_PATH, EXT_TESTS_PATH, EXT_TESTS_TIMEOUT_MS, VERBOSE, CHROMIUM.
import { chromium } from 'playwright-core';
import { format } from 'node:util';

const started = Date.now();
const base = process.env.CS_URL ?? 'http://127.0.0.1:18090';
for (const name of ['WS_DIR', 'EXT_DEV_PATH', 'EXT_TESTS_PATH']) if (!process.env[name]) throw new Error(`${name} is not set`);
const remote = (p) => `vscode-remote://${new URL(base).host}${p}`;
const payload = [['extensionDevelopmentPath', remote(process.env.EXT_DEV_PATH)], ['extensionTestsPath', remote(process.env.EXT_TESTS_PATH)]];
// WS_FILE opens a multi-root .code-workspace file instead of the WS_DIR folder.
const target = process.env.WS_FILE ? { workspace: process.env.WS_FILE } : { folder: process.env.WS_DIR };
const url = `${base}/?${new URLSearchParams({ ...target, payload: JSON.stringify(payload) })}`;
const timeoutMs = Number(process.env.EXT_TESTS_TIMEOUT_MS ?? 240000);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage();
let exitCode;
let finish;
const done = new Promise((resolve) => { finish = resolve; });
const noise = /^(Resolving connection token|Resolved connection token|Creating a socket|\[reconnection-grace-time\]|Updating additional builtin|\[Service Worker\]|\[AgentHost|\[AccountPolicyGate\]|Ignoring fetching additional builtin extensions)/;
await page.exposeFunction('codeAutomationLog', (_type, args) => {
  const text = format(...(Array.isArray(args) ? args : [args]));
  if (process.env.VERBOSE || !noise.test(text)) console.log(text);
});
await page.exposeFunction('codeAutomationExit', (code) => { exitCode = code; finish(); });
page.on('pageerror', (error) => console.log('pageerror:', error.message));
await page.goto(url, { waitUntil: 'domcontentloaded' });
let timer;
await Promise.race([done, new Promise((resolve) => { timer = setTimeout(resolve, timeoutMs); })]);
clearTimeout(timer);
await browser.close();
console.log(`extension host: exit code ${exitCode ?? 'none (timed out)'} after ${((Date.now() - started) / 1000).toFixed(1)}s`);
process.exit(exitCode === 0 ? 0 : 1);
