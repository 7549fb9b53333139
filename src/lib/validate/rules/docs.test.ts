// docs/rules.md is where every message sends the editor: each rule in the registry needs its section there, and
// a section for a rule the registry no longer has would explain a message no one gets.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from './index.ts';
import { RULES_DOC, ruleDocs } from './rule.ts';

const text = readFileSync(new URL(`../../../../${RULES_DOC}`, import.meta.url), 'utf8');

/** The anchor GitHub and most Markdown viewers give a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading: string): string {
  return heading.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').trim().replace(/\s/g, '-');
}

/** Each rule section: the anchor of its `### ` heading and the first word of its text. */
const sections = [...text.matchAll(/^### (.+)\n\n(\w+)/gm)].map(([, heading, first]) => ({ anchor: anchorOf(heading!), severity: first!.toLowerCase() }));

describe(RULES_DOC, () => {
  it('has a section for every rule in the registry, and none for a rule it does not have', () => {
    expect(sections.map((section) => section.anchor).sort()).toEqual(RULES.map((rule) => rule.anchor).sort());
  });

  it('gives each rule the severity it has in the registry', () => {
    const severity = new Map(sections.map((section) => [section.anchor, section.severity]));
    expect(RULES.filter((rule) => severity.get(rule.anchor) !== rule.severity).map((rule) => rule.id)).toEqual([]);
  });

  it('is where the messages send the editor', () => {
    expect(ruleDocs('quote-not-found')).toBe('docs/rules.md#quote-not-found');
    expect(RULES.filter((rule) => ruleDocs(rule.id) !== `${RULES_DOC}#${rule.anchor}`).map((rule) => rule.id)).toEqual([]);
  });

  it('has each rule id once', () => {
    expect(new Set(RULES.map((rule) => rule.id)).size).toBe(RULES.length);
  });
});
