// Prints content messages one per line; never a stack trace for a content problem.
import type { VFile } from 'vfile';
import { countBySeverity, formatMessage, sortMessages } from '../../src/lib/validate/diagnostics.ts';

/** What a content check found: the lines printed for its messages, in order, and their counts. */
export interface CheckOutcome {
  lines: string[];
  errors: number;
  warnings: number;
}

/** The files' messages as the lines printed for them, in order, with their counts. */
export function messageLines(files: readonly VFile[]): CheckOutcome {
  const messages = sortMessages(files.flatMap((file) => file.messages));
  return { lines: messages.map((message) => formatMessage(message)), ...countBySeverity(messages) };
}

export function printMessages(files: VFile[], stream: NodeJS.WritableStream = process.stderr): { errors: number; warnings: number } {
  const { lines, errors, warnings } = messageLines(files);
  for (const line of lines) stream.write(`${line}\n`);
  return { errors, warnings };
}
