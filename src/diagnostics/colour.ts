/** Colour only for a terminal, never with NO_COLOR; FORCE_COLOR turns it on anyway. */
export function useColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

export type Paint = (style: 'red' | 'yellow' | 'green' | 'dim' | 'bold', text: string) => string;

const CODES = { red: 31, yellow: 33, green: 32, dim: 2, bold: 1 } as const;

export const paint = (enabled: boolean): Paint => (style, text) => (enabled ? `\x1b[${CODES[style]}m${text}\x1b[0m` : text);
