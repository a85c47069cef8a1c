import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as D from './draft';
import { fieldId, without, type Errors } from './errors';
import { focusLater } from './focus';

/**
 * The sections being edited and what can be done to them. Moving, adding and removing rows says
 * what happened to screen readers (announce) and keeps the keyboard where the person was; errors
 * are dropped when rows move, since they name places by number.
 */
export function useSections(
  initial: D.SectionDraft[],
  setErrors: (f: (e: Errors) => Errors) => void,
  announce: (text: string) => void,
) {
  const { t } = useTranslation();
  const [sections, setSections] = useState(initial);
  const [dirty, setDirty] = useState(false);
  const change = (next: D.SectionDraft[], restructured = false) => {
    setSections(next);
    setDirty(true);
    if (restructured) setErrors((e) => without(e, 'sections'));
  };
  const numberOf = (list: D.SectionDraft[], si: number, qi: number) =>
    list.slice(0, si).reduce((n, s) => n + s.questions.length, 0) + qi + 1;
  const a = (key: string, n?: number) => announce(t(`questionnaireEditor.announce.${key}`, { n }));

  const ops = {
    sections,
    dirty,
    /** Start again from saved sections (after a save or taking someone else's version). */
    reset(next: D.SectionDraft[]) {
      setSections(next);
      setDirty(false);
    },
    markSaved: () => setDirty(false),
    numberOf: (si: number, qi: number) => numberOf(sections, si, qi),
    updateSection(si: number, patch: Partial<D.SectionDraft>) {
      change(sections.map((s, i) => (i === si ? { ...s, ...patch } : s)));
    },
    setTitleSv(si: number, v: string) {
      change(D.setSectionTitleSv(sections, si, v));
    },
    addSection() {
      const next = D.addSection(sections);
      change(next, true);
      a('sectionAdded', next.length);
      focusLater(fieldId(`sections.${next.length - 1}.title.sv`));
    },
    moveSection(si: number, by: -1 | 1) {
      const id = sections[si].id;
      change(D.move(sections, si, by), true);
      a('sectionMoved', si + by + 1);
      focusLater(`${id}-${by < 0 ? 'up' : 'down'}`, `${id}-${by < 0 ? 'down' : 'up'}`);
    },
    removeSection(si: number) {
      change(
        sections.filter((_, i) => i !== si),
        true,
      );
      a('sectionRemoved');
      focusLater(
        sections[si + 1] ? `${sections[si + 1].id}-heading` : '',
        sections[si - 1] ? `${sections[si - 1].id}-heading` : '',
        'add-section',
      );
    },
    addQuestion(si: number) {
      const next = D.addQuestion(sections, si);
      const qi = next[si].questions.length - 1;
      change(next, true);
      a('questionAdded', numberOf(next, si, qi));
      focusLater(fieldId(`sections.${si}.questions.${qi}.type`));
    },
    updateQuestion(si: number, qi: number, q: D.QuestionDraft) {
      change(
        sections.map((s, i) => (i === si ? { ...s, questions: s.questions.map((x, j) => (j === qi ? q : x)) } : s)),
      );
    },
    canMoveQuestion: (si: number, qi: number, by: -1 | 1) => D.canMoveQuestion(sections, si, qi, by),
    moveQuestion(si: number, qi: number, by: -1 | 1) {
      const id = sections[si].questions[qi].id;
      const r = D.moveQuestion(sections, si, qi, by);
      if (!r) return;
      change(r.sections, true);
      a('questionMoved', numberOf(r.sections, r.si, r.qi));
      focusLater(`${id}-${by < 0 ? 'up' : 'down'}`, `${id}-${by < 0 ? 'down' : 'up'}`);
    },
    removeQuestion(si: number, qi: number) {
      const qs = sections[si].questions;
      change(
        sections.map((s, i) => (i === si ? { ...s, questions: s.questions.filter((_, j) => j !== qi) } : s)),
        true,
      );
      a('questionRemoved');
      const ids = (q: D.QuestionDraft | undefined, ...which: string[]) => (q ? which.map((w) => `${q.id}-${w}`) : []);
      focusLater(...ids(qs[qi + 1], 'up', 'down'), ...ids(qs[qi - 1], 'down', 'up'), `${sections[si].id}-add`);
    },
  };
  return ops;
}
export type SectionsOps = ReturnType<typeof useSections>;
