/** What decides whether the text report is coloured: the output stream and the environment. */
export interface ColorContext {
  /** Whether stdout is a terminal; Node leaves `isTTY` undefined when output is piped. */
  readonly isTTY: boolean | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * Whether to colour the text report, following the no-color.org and FORCE_COLOR conventions:
 * a non-empty NO_COLOR always wins (the user asked for none), a FORCE_COLOR other than empty or `0`
 * turns colour on even into a pipe (CI logs that render ANSI), and otherwise colour goes only to a terminal.
 */
export function shouldUseColor({ isTTY, env }: ColorContext): boolean {
  const noColor = env['NO_COLOR'];
  if (noColor !== undefined && noColor !== '') return false;
  const forceColor = env['FORCE_COLOR'];
  if (forceColor !== undefined && forceColor !== '' && forceColor !== '0') return true;
  return isTTY === true;
}
