// npm run check [-- --strict]
// Checks all content the way the build does, then fact-checks the articles against the dataset.
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { readContentFiles } from './lib/content.ts';
import { printMessages } from './lib/report.ts';
import { checkContentAndFacts, summaryLine } from '../src/lib/validate/checkAll.ts';
import { resolveToday } from '../src/lib/today.ts';

const HELP = `Usage: npm run check [-- --strict]

Checks content/ the way the build does (the dataset, each article's frontmatter and body, and the
links between them), then fact-checks the articles: each amount, area, count or rate an article
states about a dataset project or a zone indicator is compared with content/data/projects.json.

Each problem is one line:  file:line:column  severity  message  rule
(the rules are explained in README.md, "Content checks"). Errors stop the build; warnings do not.
Exits with 0 when there are no errors, 1 when there are.

Options:
  --strict    count warnings as errors (a last check before publishing)
  -h, --help  show this help`;

const root = fileURLToPath(new URL('..', import.meta.url));

async function main(): Promise<number> {
  let values: { strict?: boolean | undefined; help?: boolean | undefined };
  try {
    ({ values } = parseArgs({ options: { strict: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\nRun "npm run check -- --help" to see the options.`);
    return 1;
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  // Dates after today are warned about, as the build does.
  const today = resolveToday(process.env);
  if (!today.ok) {
    console.error(today.reason);
    return 1;
  }
  const checked = checkContentAndFacts({ ...(await readContentFiles(root)), today: today.date }, { strict: values.strict === true });
  const { errors, warnings } = printMessages(checked.files, process.stdout);
  console.log(`${errors + warnings ? '\n' : ''}${summaryLine(checked)}`);
  return errors > 0 ? 1 : 0;
}

process.exitCode = await main();
