import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MantineProvider } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { markdownToRichDoc, type RichDoc } from '../../../documents/richtext/index';
import { RichText } from './RichText';

const html = (source: RichDoc | string) =>
  renderToStaticMarkup(createElement(MantineProvider, null, createElement(RichText, { source, headingLevel: 4 })));

describe('an activity report on the page', () => {
  it('renders headings under the page heading, lists, bold and italic as elements', () => {
    const out = html(
      markdownToRichDoc('# Aktiviteter\n- Fyra **nätverksträffar**\n- En *konferens*\n\n1. Först\n2. Sedan'),
    );
    expect(out).toMatch(/<h4[^>]*>Aktiviteter<\/h4>/);
    expect(out).toMatch(/<ul[^>]*>.*<strong>nätverksträffar<\/strong>.*<em>konferens<\/em>.*<\/ul>/s);
    expect(out).toMatch(/<ol[^>]*>.*Först.*Sedan.*<\/ol>/s);
  });

  it('draws a Markdown text (a decision, a valuation) the same way', () => {
    expect(html('## Beslut\n\n- **Godkänt**')).toMatch(/<h4[^>]*>Beslut<\/h4>.*<strong>Godkänt<\/strong>/s);
  });

  it('never reads the text as HTML', () => {
    const out = html('<img src=x onerror=alert(1)> och <script>alert(1)</script>');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<script');
    expect(out).toContain('&lt;script&gt;');
  });
});
