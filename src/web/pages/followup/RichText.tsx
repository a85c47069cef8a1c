import { Typography } from '@mantine/core';
import { useMemo } from 'react';
import { markdownToRichDoc, RichTextView, type RichDoc } from '../../../documents/richtext/index';

/**
 * A rich text on the page, drawn by the documents module from the same tree Word and PDF use; nothing is
 * ever read as HTML. `source` is the editor's tree, or Markdown for the texts not yet written in the
 * editor (the joint valuation, the decision, meeting notes). `headingLevel` is the HTML level of the
 * text's top heading, so it sits under the page's headings.
 */
export function RichText({ source, headingLevel = 4 }: { source: RichDoc | string; headingLevel?: 3 | 4 | 5 }) {
  const doc = useMemo(() => (typeof source === 'string' ? markdownToRichDoc(source) : source), [source]);
  return (
    <Typography style={{ wordBreak: 'break-word' }}>
      <RichTextView doc={doc} headingLevel={headingLevel} />
    </Typography>
  );
}
