// Exit codes shared by every subcommand.
export const EXIT = {
  /** Every input ok or skipped. */
  ok: 0,
  /** Something hoso itself did not expect (a bug, or the machine). */
  internal: 1,
  /** The command line was wrong, or a server it needs is unreachable. */
  usage: 2,
  /** At least one input failed; the others were processed. */
  failed: 3,
} as const;
