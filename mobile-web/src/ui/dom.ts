/**
 * A tiny element builder: the page has a dozen elements, which does not justify a framework
 * but does justify not spelling out createElement/setAttribute each time. Attributes only,
 * never inline styles, so the host's CSP stays strict.
 */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string>> = {},
  children: readonly (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const name of Object.keys(attributes)) {
    node.setAttribute(name, attributes[name] ?? '');
  }
  for (const child of children) {
    node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}
