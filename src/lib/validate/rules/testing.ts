// For the tests beside each rule: content checked with that rule alone, as the lines `npm run check` prints.
import type { VFile } from 'vfile';
import { checkContent } from '../checkContent.ts';
import { formatMessage } from '../diagnostics.ts';
import { articleFile, datasetFile, datasetObject } from '../fixtures.ts';
import type { RuleId } from './index.ts';
import type { ContentRule } from './rule.ts';

export function linesOf(rule: ContentRule<RuleId>, input: { dataset?: unknown; articles?: VFile[]; today?: string } = {}): string[] {
  const checked = checkContent({ dataset: datasetFile(input.dataset ?? datasetObject()), articles: input.articles ?? [articleFile()], today: input.today }, [rule]);
  return checked.files.flatMap((file) => file.messages.map((message) => formatMessage(message)));
}
