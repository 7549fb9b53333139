// Readers are mainland readers: names are shown as written, so they must already be Simplified. Aliases are
// matched against Simplified article text, so they must be Simplified too.
import { toSimplified } from '../../clean/script.ts';
import { formatPath, quoted } from '../zodIssues.ts';
import { projectNames } from './projectNames.ts';
import { contentRule } from './rule.ts';

export const nameNotSimplified = contentRule({
  id: 'name-not-simplified',
  severity: 'error',
  check(context, flag) {
    if (!context.dataset) return;
    for (const { name, path } of projectNames(context.dataset)) {
      const simplified = toSimplified(name);
      if (simplified !== name) flag(context.datasetFile, `${formatPath(path)}：${quoted(name)}不是简体中文；应为${quoted(simplified)}`, context.locate(path));
    }
  },
});
