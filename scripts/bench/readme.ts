// node scripts/bench/readme.ts bench.json
// Prints docs/performance.md's build and targets tables (Markdown) from the JSON of npm run bench -- --json bench.json.
import { readFileSync } from 'node:fs';
import { readmeTables, type SizeResult } from '../../src/lib/bench/results.ts';

const file = process.argv[2];
if (!file) {
  console.error('Usage: node scripts/bench/readme.ts bench.json');
  process.exit(1);
}
const json = JSON.parse(readFileSync(file, 'utf8')) as { sizes: SizeResult[] };
process.stdout.write(readmeTables(json.sizes));
