// PLACEHOLDER: `hoso schema` is registered here by the issue that implements it.
import type { Command } from 'commander';

export function register(_program: Command): void {}
