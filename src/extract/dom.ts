import { parseHTML } from 'linkedom';

/**
 * The little of the DOM that extraction uses, typed here so that the rest of
 * framelens is compiled without the browser's global types (no `window` or
 * `document` to reach by mistake). linkedom's document satisfies it.
 */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly childNodes: ArrayLike<DomNode>;
  readonly parentNode: DomNode | null;
  readonly parentElement: DomElement | null;
  textContent: string | null;
}

export interface DomElement extends DomNode {
  readonly localName: string;
  readonly children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  hasAttribute(name: string): boolean;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  querySelector(selectors: string): DomElement | null;
  closest(selectors: string): DomElement | null;
  contains(node: DomNode): boolean;
  replaceWith(...nodes: DomNode[]): void;
  append(...nodes: DomNode[]): void;
  remove(): void;
}

export interface DomDocument {
  readonly documentElement: DomElement;
  readonly body: DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  querySelector(selectors: string): DomElement | null;
  createElement(tag: string): DomElement;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export const isElement = (node: DomNode): node is DomElement => node.nodeType === ELEMENT_NODE;

/** A page parsed the way a browser would (linkedom, on htmlparser2: no scripts run, nothing is fetched). */
export function parseDocument(html: string): DomDocument {
  return (parseHTML(html) as unknown as { document: DomDocument }).document;
}

/** The elements as an array, safe to change the tree while walking it. */
export const all = (list: ArrayLike<DomElement>): DomElement[] => Array.from(list);
