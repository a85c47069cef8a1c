import type { ComponentProps } from 'react';

/**
 * A `form` element for a form laid out by its page: it submits without the browser's own submit and
 * checks (the shared contract checks), and is named by `aria-label` or `aria-labelledby`.
 *
 *   <SubmitForm onSubmit={edit.submit} aria-labelledby={titleId}>…fields, buttons…</SubmitForm>
 */
export function SubmitForm({
  onSubmit,
  ...props
}: Omit<ComponentProps<'form'>, 'onSubmit' | 'noValidate'> & { onSubmit: () => void }) {
  return (
    <form
      {...props}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    />
  );
}
