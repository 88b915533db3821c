/** The element with `id`, typed; a missing one is a broken page, not a state to render around. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The panel page lacks #${id}`);
  return element as T;
}
