// The machine's refusals (disk full, read-only, no permission) as one line an editor can act on, instead of a
// stack trace. Astro and worker threads wrap the system's error, so the code is looked for down the chain.
import path from 'node:path';

interface ErrorLike {
  code?: unknown;
  path?: unknown;
  cause?: unknown;
  errors?: unknown;
}

/** The first system error (code like ENOSPC) in an error, its cause or the errors it wraps. */
export function systemError(error: unknown, depth = 0): { code: string; path?: string } | undefined {
  if (!error || typeof error !== 'object' || depth > 8) return undefined;
  const { code, path: file, cause, errors } = error as ErrorLike;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return { code, ...(typeof file === 'string' ? { path: file } : {}) };
  if (typeof (error as { message?: unknown }).message === 'string') {
    // Errors passed on as text from a worker thread keep the code at the front of their message.
    const match = /^(E[A-Z]{3,}):/.exec((error as { message: string }).message);
    const fromMessage = match && SYSTEM_REASONS[match[1]!] ? match[1]! : undefined;
    if (fromMessage) {
      const quoted = /'([^']+)'/.exec((error as { message: string }).message)?.[1];
      return { code: fromMessage, ...(quoted ? { path: quoted } : {}) };
    }
  }
  for (const inner of [cause, ...(Array.isArray(errors) ? errors : [])]) {
    const found = systemError(inner, depth + 1);
    if (found) return found;
  }
  return undefined;
}

const SYSTEM_REASONS: Record<string, string> = {
  ENOSPC: '磁盘已满',
  EDQUOT: '磁盘配额已用完',
  EROFS: '文件系统是只读的',
  EACCES: '没有写入权限（只读）',
  EPERM: '不允许修改（只读或被锁定）',
  EMFILE: '同时打开的文件过多',
  ENFILE: '同时打开的文件过多',
  ENOMEM: '内存不足',
};

/**
 * "磁盘已满（ENOSPC）：dist/x" for the system errors an editor can do something about: the file the system names,
 * else `target`; `target` always when `named` (the system names a temporary file the editor never sees).
 */
export function describeSystemError(error: unknown, root: string, target?: string, named = false): string | undefined {
  const found = systemError(error);
  if (!found || !SYSTEM_REASONS[found.code]) return undefined;
  const file = named ? target : (found.path ?? target);
  const shown = file ? (path.isAbsolute(file) ? path.relative(root, file) || file : file) : undefined;
  const where = shown && !shown.startsWith('..') ? shown : file;
  return `${SYSTEM_REASONS[found.code]}（${found.code}）${where ? `：${where}` : ''}`;
}
