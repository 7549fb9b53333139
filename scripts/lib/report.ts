// Prints content messages one per line; never a stack trace for a content problem.
import type { VFile } from 'vfile';
import { countBySeverity, formatMessage, sortMessages } from '../../src/lib/validate/diagnostics.ts';

export function printMessages(files: VFile[], stream: NodeJS.WritableStream = process.stderr): { errors: number; warnings: number } {
  const messages = sortMessages(files.flatMap((file) => file.messages));
  for (const message of messages) stream.write(`${formatMessage(message)}\n`);
  return countBySeverity(messages);
}

