// npm audit of the production dependencies (what the built site and the tools run): fails on a high or critical
// advisory, and says so visibly, rather than failing, where the registry does not answer audit requests (some
// mirrors and proxies refuse the bulk-advisory endpoint).
// `node .ci/audit.mjs report.json` reads a saved `npm audit --json` report instead, to try the verdicts.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';

const stdout = process.argv[2]
  ? await readFile(process.argv[2], 'utf8')
  : await new Promise((resolve) => execFile('npm', ['audit', '--omit=dev', '--json'], { maxBuffer: 64 << 20, timeout: 120_000 }, (_error, out) => resolve(out)));
let report;
try {
  report = JSON.parse(stdout);
} catch {
  report = undefined;
}
const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  const why = report?.message ?? (stdout.trim().split('\n')[0] || 'no answer');
  console.log(`npm audit --omit=dev: SKIPPED, the registry did not answer the audit request (${why})`);
  process.exit(0);
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(`npm audit --omit=dev: ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low`);
if (serious > 0) {
  for (const [name, entry] of Object.entries(report.vulnerabilities ?? {})) {
    if (entry.severity === 'high' || entry.severity === 'critical') console.log(`  ${entry.severity}  ${name} ${entry.range ?? ''}  ${entry.fixAvailable ? 'fix available (npm audit fix)' : 'no fix yet'}`);
  }
  process.exit(1);
}
