// Node's parseArgs explains a wrong option in English; editors read one line in Chinese and the command to get help.

/** One line saying what was wrong with the command line. */
export function optionError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[^'\s,]+)/u.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `不认识的选项 ${option ?? ''}`.trim();
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `选项 ${option ?? ''} 的值不对：${/ argument missing/u.test(message) ? '缺少值' : message}`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `多余的参数 ${/'([^']*)'/u.exec(message)?.[1] ?? ''}：这个命令只接受选项`;
  return message;
}

