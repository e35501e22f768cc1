/**
 * Registers name the teams an entry concerns; none of their endpoints takes a scope. With a team in scope
 * a register shows the entries that name that team and those that name no team (they concern everyone).
 */
export function concernsScope(teams: readonly string[], scope: string | undefined): boolean {
  return !scope || teams.length === 0 || teams.includes(scope);
}

/** "Showing 3 of 8 …" when the scope left some entries out, else nothing. */
export function scopeNote(
  shown: number,
  total: number,
  what: string,
  team: string | undefined,
): string | null {
  if (!team || shown === total) return null;
  return `Showing the ${shown} of ${total} ${what} that name ${team} or no team at all.`;
}
