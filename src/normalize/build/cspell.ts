// Reads the words of @cspell/dict-vi-vn (a cspell "TrieXv3" file: a character stream with
// `$` end-of-word, `<`/`<n` back steps and `#ref;` links to shared suffix nodes).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { gunzipSync } from 'node:zlib';

interface TrieNode {
  end?: boolean;
  children?: Map<string, TrieNode>;
}

/** The shared leaf every word without continuation points to. */
const LEAF: TrieNode = { end: true };

function parseTrie(text: string): TrieNode {
  const lines = text.split('\n');
  const radix = Number(/base=(\d+)/u.exec(text)?.[1] ?? '10');
  const dataAt = lines.findIndex((line) => line.includes('__DATA__'));
  const data = lines.slice(dataAt + 1).join('');
  const root: TrieNode = {};
  // Nodes in creation order, as the references count them (0 = root, 1 = the shared leaf).
  const nodes: TrieNode[] = [root, LEAF];
  const stack: Array<{ parent: TrieNode; char: string }> = [];
  let current = root;
  let i = 0;
  const backStep = (count: number) => {
    for (let k = 0; k < count; k++) current = stack.pop()!.parent;
  };
  while (i < data.length) {
    const char = data[i++];
    if (char === '$') {
      if (!current.children) {
        const top = stack[stack.length - 1];
        top.parent.children!.set(top.char, LEAF);
        if (nodes[nodes.length - 1] === current) nodes.pop();
        current = LEAF;
      } else {
        current.end = true;
      }
      backStep(1);
      while (i < data.length && (data[i] === '<' || /[2-9]/u.test(data[i]))) {
        backStep(data[i] === '<' ? 1 : Number(data[i]) - 1);
        i++;
      }
    } else if (char === '<') {
      backStep(1);
      while (i < data.length && (data[i] === '<' || /[2-9]/u.test(data[i]))) {
        backStep(data[i] === '<' ? 1 : Number(data[i]) - 1);
        i++;
      }
    } else if (char === '#') {
      const end = data.indexOf(';', i);
      const id = parseInt(data.slice(i, end), radix) + 1;
      i = end + 1;
      const top = stack[stack.length - 1];
      top.parent.children!.set(top.char, nodes[id]);
      nodes.pop();
      current = nodes[id];
    } else {
      const literal = char === '\\' ? data[i++] : char;
      if (current === LEAF) {
        // Growing past a shared leaf: give this word its own node.
        const top = stack[stack.length - 1];
        current = { end: true };
        top.parent.children!.set(top.char, current);
        nodes.push(current);
      }
      current.children ??= new Map();
      let next = current.children.get(literal);
      if (!next) {
        next = {};
        current.children.set(literal, next);
      }
      nodes.push(next);
      stack.push({ parent: current, char: literal });
      current = next;
    }
  }
  return root;
}

function collectWords(node: TrieNode, prefix: string, out: Set<string>, depth: number): void {
  if (node.end) out.add(prefix);
  if (!node.children || depth > 40) return;
  for (const [char, child] of node.children) collectWords(child, prefix + char, out, depth + 1);
}

/** Every word of the Vietnamese cspell dictionary, NFC. */
export function readCspellWords(): Set<string> {
  const require = createRequire(import.meta.url);
  const folder = dirname(require.resolve('@cspell/dict-vi-vn/cspell-ext.json'));
  const text = gunzipSync(readFileSync(`${folder}/vi.trie.gz`)).toString('utf8');
  const words = new Set<string>();
  collectWords(parseTrie(text), '', words, 0);
  return new Set([...words].map((word) => word.normalize('NFC')));
}
