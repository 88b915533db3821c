/**
 * Says, in place of the page, that this browser cannot run it: the one thing left to do when
 * an API the page cannot work without is missing. Plain DOM calls only, since the browser in
 * question is by definition an old one.
 */
export function showBrowserProblem(doc: Document, text: string): void {
  const app = doc.getElementById('app');
  const message = doc.createElement('p');
  message.className = 'browser-problem';
  message.setAttribute('role', 'alert');
  message.appendChild(doc.createTextNode(text));
  (app ?? doc.body).appendChild(message);
}
