/** Building the study pages' elements in a line each: tag, the few properties they set, children. */
type Props = Partial<{
  className: string;
  tabIndex: number;
  type: string;
  name: string;
  value: string;
  hidden: boolean;
  href: string;
  scope: string;
  checked: boolean;
  disabled: boolean;
  id: string;
}>;

export const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
};

/** A real table with a caption and scoped headers: the first column heads each row. */
export function table(caption: string, head: string[], rows: (string | Node)[][]): HTMLElement {
  const headRow = el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)));
  const body = rows.map(([first, ...rest]) => el('tr', {}, el('th', { scope: 'row' }, first ?? ''), ...rest.map((cell) => el('td', {}, cell))));
  // A table wider than a phone scrolls inside its box, which the keyboard must reach and a screen reader name.
  const box = el(
    'section',
    { className: 'table-scroll', tabIndex: 0 },
    el('table', {}, el('caption', {}, caption), el('thead', {}, headRow), el('tbody', {}, ...body)),
  );
  box.setAttribute('aria-label', caption);
  return box;
}
