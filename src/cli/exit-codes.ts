/** The one table of exit codes. */
export const EXIT = {
  ok: 0,
  dataErrors: 1,
  usage: 2,
  io: 3,
  internal: 70,
} as const;
