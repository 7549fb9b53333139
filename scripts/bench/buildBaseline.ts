// node scripts/bench/buildBaseline.ts ROOT OUT_DIR
// Builds the plain Astro baseline (scripts/bench/baseline, copied to ROOT with the corpus's articles) with the
// project's own Astro, in a process of its own so npm run bench times it like the real build.
import path from 'node:path';
import { build } from 'astro';

const [root, outDir] = process.argv.slice(2);
if (!root || !outDir) {
  console.error('Usage: node scripts/bench/buildBaseline.ts ROOT OUT_DIR');
  process.exit(1);
}
await build({ root: path.resolve(root), outDir: path.resolve(outDir), logLevel: 'error' });
