/**
 * The few DOM Level 2 calls the XML adapters make, in one place: an XML DOM's NodeList need not be
 * iterable (xmldom's is not), and only childNodes, localName, namespaceURI, getAttribute and
 * textContent are used, which every XML DOM has.
 */
import { escapeHtml } from './wire.js';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

/** Child nodes by index. */
export function nodesOf(parent: Node): Node[] {
  const out: Node[] = [];
  for (let i = 0; i < parent.childNodes.length; i++) out.push(parent.childNodes.item(i)!);
  return out;
}

export function childElements(parent: Element): Element[] {
  return nodesOf(parent).filter((node): node is Element => node.nodeType === ELEMENT_NODE);
}

export function textOf(el: Element | undefined | null): string | undefined {
  const text = el?.textContent?.trim();
  return text ? text : undefined;
}

/** Serializes XHTML nodes (Atom content) as HTML; text is escaped, comments and PIs dropped. */
export function serialize(node: Node): string {
  if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) {
    return escapeHtml(node.nodeValue ?? '');
  }
  if (node.nodeType !== ELEMENT_NODE) return '';
  const el = node as Element;
  let attrs = '';
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i)!;
    if (!a.name.startsWith('xmlns') && !a.name.startsWith('xml:')) {
      attrs += ` ${a.localName}="${escapeHtml(a.value)}"`;
    }
  }
  const inner = nodesOf(el).map(serialize).join('');
  return /^(br|hr|img|wbr)$/.test(el.localName)
    ? `<${el.localName}${attrs}>`
    : `<${el.localName}${attrs}>${inner}</${el.localName}>`;
}
