import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prettySvg } from './prettySvg.ts';

describe('prettySvg(markup)', () => {
  it('puts each element on its own line, indented by depth, and text-only elements on one line with their text', () => {
    expect(prettySvg('<svg viewBox="0 0 10 10"><g data-tip="a"><text x="4">计划投资</text><rect x="1"></rect></g><line x1="0"></line></svg>')).toBe(
      [
        '<svg viewBox="0 0 10 10">',
        '  <g data-tip="a">',
        '    <text x="4">计划投资</text>',
        '    <rect x="1"></rect>',
        '  </g>',
        '  <line x1="0"></line>',
        '</svg>',
        '',
      ].join('\n'),
    );
  });

  it('keeps every tag exactly as rendered: quotes, entities, > and / inside values, self-closing tags', () => {
    const tags = ['<g data-tip="甲 &gt; 乙：5.2亿元" class=\'a/b\' hidden>', '<path d="M0 0l5 4.5" />', '<rect width=3 />', '</g >'];
    expect(prettySvg(tags.join(''))).toBe(`${tags[0]}\n  ${tags[1]}\n  ${tags[2]}\n${tags[3]}\n`);
  });

  it('drops whitespace between elements and gives text beside elements a line of its own', () => {
    expect(prettySvg('<svg>\n  <text x="1">\n    30 / 43\n  </text>\n  <text>a<tspan>b</tspan> c</text>\n</svg>')).toBe(
      ['<svg>', '  <text x="1">\n    30 / 43\n  </text>', '  <text>', '    a', '    <tspan>b</tspan>', '     c', '  </text>', '</svg>', ''].join('\n'),
    );
  });

  it('keeps comments and declarations as lines of their own, and indents as asked', () => {
    expect(prettySvg('<?xml version="1.0"?><!-- chart --><svg><text></text></svg>', '\t')).toBe('<?xml version="1.0"?>\n<!-- chart -->\n<svg>\n\t<text></text>\n</svg>\n');
  });

  it('refuses markup that is not well-formed instead of guessing', () => {
    expect(() => prettySvg('<svg><g></svg>')).toThrow('</svg> at 8 closes <g>');
    expect(() => prettySvg('<svg><g></g>')).toThrow('<svg> is never closed');
    expect(() => prettySvg('<text>1 < 2</text>')).toThrow('no tag at 8');
    expect(() => prettySvg('</svg>')).toThrow('closes nothing');
  });

  it('only adds line breaks and indentation: taking them out gives the markup back', () => {
    // Attribute values and text without line breaks, text never starting or ending with a space (those are
    // where the printer's whitespace and the markup's would be indistinguishable).
    const plain = (chars: string) => fc.string({ unit: fc.constantFrom(...chars), minLength: 1, maxLength: 6 });
    const text = plain('ab 甲，&;').filter((value) => value.trim() === value);
    const attribute = fc.tuple(fc.constantFrom('x', 'class', 'data-tip', 'aria-label'), plain('01 .>/<甲\'')).map(([name, value]) => ` ${name}="${value}"`);
    const { tree } = fc.letrec<{ tree: string; element: string }>((tie) => ({
      tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, tie('element')),
      element: fc
        .tuple(fc.constantFrom('svg', 'g', 'text', 'rect'), fc.uniqueArray(attribute, { maxLength: 3, selector: (value) => value.split('=')[0] }), fc.array(tie('tree'), { maxLength: 4 }), fc.boolean())
        // Adjacent texts would merge into one and be printed as one; keep a tag between them.
        .filter(([, , children]) => children.every((child, index) => index === 0 || child.startsWith('<') || children[index - 1]!.startsWith('<')))
        .map(([name, attributes, children, selfClosing]) => (selfClosing && !children.length ? `<${name}${attributes.join('')}/>` : `<${name}${attributes.join('')}>${children.join('')}</${name}>`)),
    }));
    fc.assert(
      fc.property(tree.filter((markup) => markup.startsWith('<')), (markup) => {
        const lines = prettySvg(markup).split('\n');
        expect(lines.pop()).toBe('');
        expect(lines.map((line) => line.trimStart()).join('')).toBe(markup);
        // No line opens two elements.
        for (const line of lines) expect(line.match(/<[a-z]/g)?.length ?? 0).toBeLessThanOrEqual(1);
      }),
    );
  });
});
