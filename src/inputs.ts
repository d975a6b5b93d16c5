// Expand the paths a user gives into the files to process. Explicit files are always taken
// (their type comes from their bytes later); folders are walked recursively, leaving out
// hidden files and hoso's own side files (truth files, manifests, outputs, notes).
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

const SIDE_FILE = /(\.truth\.(txt|json)|\.jsonl?|\.md|\.tmp)$/i;

function isSideFile(name: string): boolean {
  return name.startsWith('.') || SIDE_FILE.test(name) || /^(readme|notice|license)(\.|$)/i.test(name);
}

async function walk(folder: string, out: string[]): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules') await walk(full, out);
    } else if (entry.isFile() && !isSideFile(entry.name)) {
      out.push(full);
    }
  }
}

/**
 * Files to process, in a stable order, without duplicates. A path that does not exist is
 * kept: processing it yields E_INPUT_NOT_FOUND in the manifest rather than stopping the batch.
 */
export async function expandInputs(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch {
      files.push(input);
      continue;
    }
    if (info.isDirectory()) await walk(input, files);
    else files.push(input);
  }
  return [...new Set(files)];
}
