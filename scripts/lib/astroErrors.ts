// Astro build errors as lines for an editor (file:line:column  error  message), without stack traces.
// Vite 8 (Rolldown) wraps the real errors in an `errors` list, each with its own location.
import path from 'node:path';

interface BuildError {
  message?: string;
  hint?: string;
  loc?: { file?: string; line?: number; column?: number };
  id?: string;
  errors?: BuildError[];
}

function describe(error: BuildError, root: string): string {
  const file = error.loc?.file ?? error.id;
  const line = error.loc?.line;
  const where = file
    ? `${path.relative(root, file.startsWith('file:') ? new URL(file).pathname : file)}${line ? `:${line}:${error.loc?.column ?? 1}` : ''}  `
    : '';
  const firstLine = (error.message ?? '未知错误').split('\n').find((text) => text.trim() && !/^\s+at /.test(text)) ?? '未知错误';
  // Parsers repeat the position at the start of their message ("7:1: Unexpected …").
  const message = firstLine.replace(/^\d+:\d+(-\d+:\d+)?:\s*/, '').trim();
  const hint = error.hint ? ` (${error.hint.split('\n')[0]})` : '';
  return `${where}error  ${message}${hint}`;
}

export function astroErrorLines(error: unknown, root: string): string[] {
  const detail = (error ?? {}) as BuildError;
  if (Array.isArray(detail.errors) && detail.errors.length) return detail.errors.map((inner) => describe(inner, root));
  if (!(error instanceof Object)) return [`error  ${String(error)}`];
  return [describe(detail, root)];
}
