import { SaxesParser } from 'saxes';

/** An element as the tests read it: its name, attributes, child elements and text. */
export interface XmlNode {
  /** The local name, or `{namespace}local` when parsed with `expandedNames`. */
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  text: string;
}

/**
 * Parses XML (a feed, an SVG) with a conforming, namespace-aware parser: it throws on anything that
 * is not well-formed, so a test that reads a document also proves it is XML.
 */
export function parseXml(xml: string, { expandedNames = false } = {}): XmlNode {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlNode = { name: '#root', attributes: {}, children: [], text: '' };
  const stack = [root];
  parser.on('opentag', (t) => {
    const node: XmlNode = {
      name: expandedNames ? `{${t.uri}}${t.local}` : t.local,
      attributes: Object.fromEntries(Object.values(t.attributes).map((a) => [a.name, a.value])),
      children: [],
      text: '',
    };
    stack.at(-1)!.children.push(node);
    stack.push(node);
  });
  parser.on('text', (s) => (stack.at(-1)!.text += s));
  parser.on('closetag', () => stack.pop());
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
  return root.children[0];
}
