// Test inputs written to a fresh temporary folder, and a config with limits a test can lower.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { defaultConfig, type Config, type Limits } from '../../src/config.js';

export function tempFolder(): (name: string, bytes: Buffer | string) => string {
  const dir = mkdtempSync(join(tmpdir(), 'hoso-ingest-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return (name, bytes) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };
}

export function configWith(limits: Partial<Limits> = {}): Config {
  const config = defaultConfig();
  config.limits = { ...config.limits, ...limits };
  return config;
}

export const FIXTURES = new URL('../fixtures/ingest/', import.meta.url).pathname;
