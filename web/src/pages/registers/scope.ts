/**
 * A register under the page's scope. With a team in scope the server keeps the entries that concern the
 * team (they name it or one of its services, or name no one and so concern everyone: `team` in
 * docs/api.md), and says beside them how many entries the whole register holds (`registerTotal`), for the
 * note that says what was left out.
 */
import { useList } from '../../hooks';

export interface RegisterPage {
  items: unknown[];
  total: number;
  registerTotal: number;
}

export function useRegister<T extends RegisterPage>(path: string, scope: string | undefined) {
  const list = useList<T>(path, { team: scope });
  return { list, whole: list.data?.registerTotal };
}

/** "Showing 3 of 8 …" when the scope left some entries out, else nothing. */
export function scopeNote(
  shown: number,
  whole: number | undefined,
  what: string,
  team: string | undefined,
): string | null {
  if (!team || whole === undefined || shown === whole) return null;
  return `Showing the ${shown} of ${whole} ${what} that concern ${team}: they name the team or one of its services, or no one at all.`;
}
