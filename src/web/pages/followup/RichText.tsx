import { Box, List, Text, Title } from '@mantine/core';
import { Fragment, useMemo } from 'react';
import { parseRichText, type Run } from '../../../followup/richtext';

function Runs({ runs }: { runs: Run[] }) {
  return (
    <>
      {runs.map((r, i) => {
        let node: React.ReactNode = r.text;
        if (r.italic) node = <em>{node}</em>;
        if (r.bold) node = <strong>{node}</strong>;
        return <Fragment key={i}>{node}</Fragment>;
      })}
    </>
  );
}

/**
 * An activity report's restricted Markdown as React elements, from the same blocks Word and PDF use.
 * Nothing is ever read as HTML. `headingLevel` is the level of the report's own "#" headings, so they
 * sit under the page's headings.
 */
export function RichText({ source, headingLevel = 4 }: { source: string; headingLevel?: 3 | 4 | 5 }) {
  const blocks = useMemo(() => parseRichText(source), [source]);
  return (
    <Box style={{ wordBreak: 'break-word' }}>
      {blocks.map((b, i) => {
        if (b.type === 'heading')
          return (
            <Title
              key={i}
              order={Math.min(6, headingLevel + b.level - 1) as 3 | 4 | 5 | 6}
              size={b.level === 1 ? 'h5' : 'h6'}
              mt="sm"
              mb={4}
            >
              <Runs runs={b.runs} />
            </Title>
          );
        if (b.type === 'list')
          return (
            <List key={i} type={b.ordered ? 'ordered' : 'unordered'} mb="sm" withPadding>
              {b.items.map((item, j) => (
                <List.Item key={j}>
                  <Runs runs={item} />
                </List.Item>
              ))}
            </List>
          );
        return (
          <Text key={i} mb="sm">
            <Runs runs={b.runs} />
          </Text>
        );
      })}
    </Box>
  );
}
