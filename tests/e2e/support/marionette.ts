/**
 * Firefox's own automation protocol (Marionette), for what WebDriver BiDi may not reach:
 * the privileged add-ons manager (about:addons) and the AddonManager behind it. Launches
 * Debian's Firefox ESR headless on a fresh profile with puppeteer's quiet defaults (as the
 * BiDi tests get), Marionette on a free port, and installs the Firefox build as a temporary
 * add-on.
 *
 * Protocol: each message is `<length>:<JSON>`; commands are `[0, id, name, params]`,
 * replies `[1, id, error, result]`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { Browser, createProfile } from '@puppeteer/browsers';
import { FIREFOX_ADDON_ID, FIREFOX_EXTENSION_DIR, FIREFOX_EXTENSION_UUID, firefoxPath } from './firefox';

/** On top of puppeteer's profile defaults (no updates, telemetry or other traffic of Firefox's own). */
const PREFS: Record<string, string | number | boolean> = {
  'marionette.port': 0, // any free port, written to <profile>/MarionetteActivePort
  'extensions.getAddons.showPane': false,
  'extensions.htmlaboutaddons.recommendations.enabled': false,
  'browser.discovery.enabled': false,
  // A known moz-extension:// origin, so tests can open the extension's pages.
  'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_EXTENSION_UUID }),
};

export interface MarionetteFirefox {
  /** Sends one command and waits for its reply; a reply with an error rejects. */
  command<T = unknown>(name: string, params?: Record<string, unknown>): Promise<T>;
  /** The installed add-on's id. */
  addonId: string;
  close(): Promise<void>;
}

class Connection {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private greeting: ((value: unknown) => void) | undefined;
  readonly greeted: Promise<unknown>;

  constructor(private readonly socket: Socket) {
    this.greeted = new Promise((resolve) => (this.greeting = resolve));
    socket.on('data', (chunk) => this.receive(chunk));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const colon = this.buffer.indexOf(0x3a);
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString('latin1'));
      if (this.buffer.length < colon + 1 + length) return;
      const message = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString('utf8'));
      this.buffer = this.buffer.subarray(colon + 1 + length);
      if (!Array.isArray(message)) {
        this.greeting?.(message);
        continue;
      }
      const [, id, error, result] = message as [number, number, { error: string; message: string } | null, unknown];
      const waiter = this.waiting.get(id);
      this.waiting.delete(id);
      if (error) waiter?.reject(new Error(`Marionette ${error.error}: ${error.message}`));
      else waiter?.resolve(result);
    }
  }

  send<T>(name: string, params: Record<string, unknown>): Promise<T> {
    const id = this.nextId++;
    const body = Buffer.from(JSON.stringify([0, id, name, params]), 'utf8');
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.socket.write(Buffer.concat([Buffer.from(`${body.length}:`, 'latin1'), body]));
    });
  }
}

async function waitForPort(profile: string, firefox: ChildProcess): Promise<number> {
  const file = join(profile, 'MarionetteActivePort');
  for (;;) {
    if (firefox.exitCode !== null) throw new Error(`Firefox exited (${firefox.exitCode}) before Marionette started`);
    if (existsSync(file)) {
      const port = Number(readFileSync(file, 'utf8').trim());
      if (port > 0) return port;
    }
    await delay(100);
  }
}

export async function launchFirefoxWithMarionette(): Promise<MarionetteFirefox> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
  }
  const profile = await mkdtemp(join(tmpdir(), 'kontext-marionette-'));
  await createProfile(Browser.FIREFOX, { path: profile, preferences: PREFS });
  const firefox = spawn(
    firefoxPath(),
    ['--headless', '--marionette', '-remote-allow-system-access', '--no-remote', '--profile', profile],
    {
      stdio: 'ignore',
      env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
    },
  );
  const closeAll = async () => {
    if (firefox.exitCode === null) {
      const exited = new Promise((resolve) => firefox.once('exit', resolve));
      firefox.kill();
      await exited;
    }
    await rm(profile, { recursive: true, force: true });
  };
  try {
    const port = await waitForPort(profile, firefox);
    const socket = connect(port, '127.0.0.1');
    await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
    const connection = new Connection(socket);
    await connection.greeted;
    await connection.send('WebDriver:NewSession', { capabilities: {} });
    const { value: addonId } = await connection.send<{ value: string }>('Addon:Install', {
      path: FIREFOX_EXTENSION_DIR,
      temporary: true,
    });
    return {
      addonId,
      command: (name, params = {}) => connection.send(name, params),
      close: async () => {
        await connection.send('WebDriver:DeleteSession', {}).catch(() => undefined);
        socket.destroy();
        await closeAll();
      },
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

/** Runs `script` in the current page (WebDriver's ExecuteScript) and returns its value. */
export async function runInPage<T>(firefox: MarionetteFirefox, script: string, args: unknown[] = []): Promise<T> {
  const { value } = await firefox.command<{ value: T }>('WebDriver:ExecuteScript', { script, args });
  return value;
}

/** Runs `script` in the page until it returns something truthy (a failing run counts as not yet). */
export async function untilInPage<T>(firefox: MarionetteFirefox, script: string, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await runInPage<T>(firefox, script).catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${script}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
