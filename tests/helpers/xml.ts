import { DOMParser, type Element } from '@xmldom/xmldom';
import { SaxesParser } from 'saxes';

/**
 * Reads XML as a conforming parser does: saxes checks well-formedness strictly (xmldom lets a bare
 * `&` through), then xmldom gives the tree to inspect. Any error throws, with its place.
 */
export function parseXml(text: string) {
  const checker = new SaxesParser({ xmlns: true });
  let failure: Error | undefined;
  checker.on('error', (error) => {
    failure ??= error;
  });
  checker.write(text).close();
  if (failure) throw new Error(`XML mal formé : ${failure.message}`);
  return new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(message);
    },
  }).parseFromString(text, 'application/xml');
}

/** The child elements of `element` with this local name in this namespace. */
export function childElements(element: Element, namespace: string, name: string): Element[] {
  return Array.from(element.childNodes).filter((node): node is Element => node.nodeType === 1 && (node as Element).localName === name && (node as Element).namespaceURI === namespace);
}
