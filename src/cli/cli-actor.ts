import { userInfo } from 'node:os'

/** The audit log's name for whoever runs the CLI: the operating-system account. */
export function cliActor(): string {
  try {
    return `cli:${userInfo().username}`
  } catch {
    // No passwd entry (some containers): still say it came from the command line.
    return `cli:uid-${process.getuid?.() ?? 'unknown'}`
  }
}
