// A name or alias that two projects share would let the importer and the fact-check pick either.
import type { JsonPath } from '../datasetFile.ts';
import { formatPath, quoted } from '../zodIssues.ts';
import { projectNames } from './projectNames.ts';
import { contentRule } from './rule.ts';

export const duplicateName = contentRule({
  id: 'duplicate-name',
  severity: 'error',
  check(context, flag) {
    if (!context.dataset) return;
    const owners = new Map<string, { id: string; path: JsonPath }>();
    for (const { projectId, name, path } of projectNames(context.dataset)) {
      const owner = owners.get(name);
      if (!owner) owners.set(name, { id: projectId, path });
      else if (owner.id !== projectId)
        flag(
          context.datasetFile,
          `${formatPath(path)}：${quoted(name)}已是项目 ${owner.id} 的名称（${formatPath(owner.path)}）；每个名称或别名只能指向一个项目`,
          context.locate(path),
        );
    }
  },
});
