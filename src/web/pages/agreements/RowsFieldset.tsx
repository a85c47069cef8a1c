import { Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import type { Dispatch, ReactNode, SetStateAction } from 'react';

/**
 * An ordered list of rows in a fieldset (the documents, the areas): each row's inputs and its
 * "remove" (not of the last row left), then "add" (up to 20 rows) beside `status`.
 */
export function RowsFieldset<T>({
  legend,
  rows,
  setRows,
  blank,
  add,
  remove,
  align,
  above,
  status,
  below,
  children,
}: {
  legend: string;
  rows: T[];
  setRows: Dispatch<SetStateAction<T[]>>;
  blank: T;
  add: string;
  remove: (n: number) => string;
  align: 'flex-start' | 'flex-end';
  /** Under the legend: the hint and what is wrong with the whole list. */
  above: ReactNode;
  status?: ReactNode;
  below?: ReactNode;
  /** A row's inputs; `change` updates the row (from its latest value). */
  children: (row: T, i: number, change: (update: (row: T) => T) => void) => ReactNode;
}) {
  const change = (i: number) => (update: (row: T) => T) => setRows((xs) => xs.map((x, j) => (j === i ? update(x) : x)));
  return (
    <Fieldset legend={legend}>
      {above}
      <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {rows.map((row, i) => (
          <li key={i}>
            <Group align={align} gap="xs" wrap="wrap">
              {children(row, i, change(i))}
              <Button
                variant="outline"
                color="red.9"
                size="sm"
                mt={align === 'flex-start' ? 26 : undefined}
                disabled={rows.length === 1}
                onClick={() => setRows((xs) => xs.filter((_, j) => j !== i))}
              >
                {remove(i + 1)}
              </Button>
            </Group>
          </li>
        ))}
      </Stack>
      <Group mt="sm" gap="md" align="center">
        <Button variant="outline" onClick={() => setRows((xs) => [...xs, blank])} disabled={rows.length >= 20}>
          {add}
        </Button>
        {status}
      </Group>
      {below}
    </Fieldset>
  );
}

/** What is wrong with a whole list, under its hint or under the list. */
export function ListError({ error, ...space }: { error: string | undefined; mb?: string; mt?: string }) {
  if (!error) return null;
  return (
    <Text c="red.9" size="sm" role="alert" {...space}>
      {error}
    </Text>
  );
}
