/**
 * Just enough XML writing for the ODF package: elements with escaped attributes and text. Content
 * is hostile input: every string goes through `escapeXml`, which also drops the characters XML 1.0
 * cannot hold at all (a stray control character would make the whole file unreadable).
 */

export type XmlAttributes = Record<string, string | number | undefined>;

const NOT_IN_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(text: string): string {
  return text.replace(NOT_IN_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function element(name: string, attributes: XmlAttributes = {}, children: string | string[] = []): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
  const inner = Array.isArray(children) ? children.join('') : children;
  return inner ? `<${name}${attrs}>${inner}</${name}>` : `<${name}${attrs}/>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
