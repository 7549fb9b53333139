// Placeholders the editor tools leave in fields they cannot fill (a title, a date): "TODO：" and what to write.
// The content check reports every one left, so an article never goes out with a placeholder in it.

export const TODO_PREFIX = 'TODO：';

export function todo(hint: string): string {
  return `${TODO_PREFIX}${hint}`;
}

export function isTodo(value: unknown): value is string {
  return typeof value === 'string' && /^\s*TODO(?![A-Za-z0-9])/u.test(value);
}
