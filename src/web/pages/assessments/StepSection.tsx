import { Button, Paper, Text, Title } from '@mantine/core';
import { wrappingLabel } from '../../kit';
import { useId, type ReactNode } from 'react';

/**
 * A framed part at the end of a step (the gate, whether positions are needed): a section named by its
 * h3, a line on what it asks, then its content; `children` gets the h3's id to name a form by.
 */
export function StepSection({
  title,
  intro,
  children,
}: {
  title: string;
  intro: string;
  children: (titleId: string) => ReactNode;
}) {
  const titleId = useId();
  return (
    <Paper component="section" withBorder p="md" mt="lg" aria-labelledby={titleId}>
      <Title order={3} size="h4" id={titleId} mb="xs">
        {title}
      </Title>
      <Text size="sm" mb="sm">
        {intro}
      </Text>
      {children(titleId)}
    </Paper>
  );
}

/** A step section's save button, under its fields at their left edge. */
export function StepSave({ label, busy, outline }: { label: string; busy: boolean; outline?: boolean }) {
  return (
    <Button
      type="submit"
      variant={outline ? 'outline' : 'filled'}
      loading={busy}
      style={{ alignSelf: 'flex-start' }}
      styles={wrappingLabel}
    >
      {label}
    </Button>
  );
}
