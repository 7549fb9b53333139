// Node's parseArgs explains a wrong option in English; editors read one line in Chinese and the command to get help.
import { parseArgs, type ParseArgsConfig } from 'node:util';

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


/** Where to read how a command is used, as the last line of a mistake. */
export function helpHint(command: string): string {
  return `运行 npm run ${command} -- --help 查看选项。`;
}

/**
 * The command line of `npm run <command>` read with parseArgs (always with -h/--help), or the exit code when the
 * command is done already: 0 after printing the help, 1 after one line on a wrong option.
 */
export function readCommandLine<const T extends ParseArgsConfig>(command: string, help: string, config: T) {
  const withHelp = { ...config, options: { ...config.options, help: { type: 'boolean', short: 'h' } } } as const;
  let parsed: ReturnType<typeof parseArgs<typeof withHelp>>;
  try {
    parsed = parseArgs(withHelp);
  } catch (error) {
    console.error(`${optionError(error)}\n${helpHint(command)}`);
    return 1;
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(help);
    return 0;
  }
  return parsed;
}
