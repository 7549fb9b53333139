// Reading XML as a strict parser does (saxes: well-formedness and XML 1.0's character rules), into a small tree.
import { SaxesParser } from 'saxes';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text and CDATA, joined. */
  text: string;
}

/** Parses `text`, throwing on the first error (an unescaped <, a control character, a broken CDATA). */
export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false });
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack = [root];
  let failure: Error | undefined;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: tag.name, attributes: Object.fromEntries(Object.entries(tag.attributes).map(([key, value]) => [key, String(value)])), children: [], text: '' };
    stack.at(-1)!.children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (value) => void (stack.at(-1)!.text += value));
  parser.on('cdata', (value) => void (stack.at(-1)!.text += value));
  parser.write(text).close();
  if (failure) throw failure;
  return root;
}

/** Every element named `name`, depth first. */
export function elementsNamed(element: XmlElement, name: string): XmlElement[] {
  return [...(element.name === name ? [element] : []), ...element.children.flatMap((child) => elementsNamed(child, name))];
}
