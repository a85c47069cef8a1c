import { useState, type ComponentType } from 'react';
import type { Assessment } from '../../../assessments/contract';

/** What a part's dialog gets: the assessment, the part to change (none for a new one) and how to close. */
export interface PartDialogProps<P> {
  assessment: Assessment;
  part?: P;
  onClose: () => void;
}

/**
 * A part's dialog on a step: `open()` adds a new part, `open(part)` changes one; `dialog` is the dialog
 * while it is open (closing returns focus to the button that opened it).
 */
export function usePartDialog<P>(Dialog: ComponentType<PartDialogProps<P>>, assessment: Assessment) {
  const [opened, setOpened] = useState<{ part?: P } | null>(null);
  return {
    open: (part?: P) => setOpened({ part }),
    dialog: opened && <Dialog assessment={assessment} part={opened.part} onClose={() => setOpened(null)} />,
  };
}
