/**
 * The search's state in the URL (`/search/?q=care+leavers&year=2018&kind=recommendation`),
 * so a search can be bookmarked and shared and the back button restores it: the words
 * as `q`, each chosen filter value under its filter's name.
 */
export interface Choice {
  name: string;
  value: string;
  checked: boolean;
}

/** The URL of a state: the page's path, then `q` and the chosen filters, if any. */
export function stateUrl(path: string, text: string, choices: readonly Choice[]): string {
  const params = new URLSearchParams();
  if (text.trim()) params.set('q', text.trim());
  for (const c of choices) if (c.checked) params.append(c.name, c.value);
  const query = params.toString();
  return `${path}${query ? `?${query}` : ''}`;
}

/** The state a URL's query holds: sets the words' box and ticks the filters it names. */
export function readState(search: string, input: { value: string }, choices: Choice[]): void {
  const params = new URLSearchParams(search);
  input.value = params.get('q') ?? '';
  for (const c of choices) c.checked = params.getAll(c.name).includes(c.value);
}
