import { Box, Toolbar } from '@mantine/core';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { RichDoc } from '../../../documents/richtext/index';
import { editorExtensions } from './editor-extensions';
import { transformWordHtml } from './word-paste';

/**
 * Writing rich text: a Tiptap editor limited to what the rich-text contract stores (headings 1–3,
 * paragraphs, bullet and numbered lists, bold, italic, line breaks), with a toolbar of labelled toggle
 * buttons (aria-pressed) that a keyboard reaches with Tab and moves along with the arrow keys, Tiptap's
 * shortcuts (shown on each button), and an editing region labelled by the field's label and hint.
 * Pasting from Word keeps headings, bold, italic and lists; anything else arrives as plain text.
 */
type Format = 'heading' | 'subheading' | 'bold' | 'italic' | 'bullets' | 'numbered';

type Tool = { key: Format; keys: string; active: (e: Editor) => boolean; run: (e: Editor) => void };

/** A toolbar button's format: what marks it as on (a node or mark of the editor) and the command that toggles it. */
const tool = (
  key: Format,
  keys: string,
  name: string,
  toggle: (c: ReturnType<Editor['chain']>) => ReturnType<Editor['chain']>,
  attrs?: Record<string, unknown>,
): Tool => ({
  key,
  keys,
  active: (e) => e.isActive(name, attrs),
  run: (e) => toggle(e.chain().focus()).run(),
});

const FORMATS: Tool[] = [
  tool('heading', 'Control+Alt+2', 'heading', (c) => c.toggleHeading({ level: 2 }), { level: 2 }),
  tool('subheading', 'Control+Alt+3', 'heading', (c) => c.toggleHeading({ level: 3 }), { level: 3 }),
  tool('bold', 'Control+B', 'bold', (c) => c.toggleBold()),
  tool('italic', 'Control+I', 'italic', (c) => c.toggleItalic()),
  tool('bullets', 'Control+Shift+8', 'bulletList', (c) => c.toggleBulletList()),
  tool('numbered', 'Control+Shift+7', 'orderedList', (c) => c.toggleOrderedList()),
];

export function RichTextEditor({
  value,
  onChange,
  labelId,
  hintId,
  invalid,
}: {
  value: RichDoc;
  onChange: (doc: RichDoc) => void;
  /** The id of the visible label and of the hint that describe the editing region. */
  labelId: string;
  hintId?: string;
  invalid?: boolean;
}) {
  const { t } = useTranslation();
  const editor = useEditor({
    extensions: editorExtensions,
    content: value,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        ...(hintId ? { 'aria-describedby': hintId } : {}),
        ...(invalid ? { 'aria-invalid': 'true' } : {}),
        style: 'min-height: 14rem; padding: 0.5rem 0.75rem;',
      },
      transformPastedHTML: transformWordHtml,
    },
    onUpdate: ({ editor: e }) => onChange(e.getJSON() as RichDoc),
  });
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => Object.fromEntries(FORMATS.map((f) => [f.key, e ? f.active(e) : false])),
  });
  // A value set from outside (e.g. taking the other person's saved text) replaces the editor's content.
  useEffect(() => {
    if (editor && JSON.stringify(editor.getJSON()) !== JSON.stringify(value))
      editor.commands.setContent(value, { emitUpdate: false });
  }, [editor, value]);
  return (
    <Box
      style={{
        border: `1px solid var(--mantine-color-${invalid ? 'red-8' : 'gray-5'})`,
        borderRadius: 'var(--mantine-radius-sm)',
      }}
    >
      <Toolbar
        aria-label={t('followup.reports.toolbar')}
        size="sm"
        p={4}
        style={{ flexWrap: 'wrap', borderBottom: '1px solid var(--mantine-color-gray-4)' }}
      >
        {FORMATS.map((f) => (
          <Toolbar.Toggle
            key={f.key}
            autoWidth
            px="xs"
            active={Boolean(active?.[f.key])}
            aria-keyshortcuts={f.keys}
            title={t('followup.reports.shortcut', { keys: f.keys.replace('Control', 'Ctrl') })}
            disabled={!editor}
            onClick={() => editor && f.run(editor)}
          >
            {t(`followup.reports.format.${f.key}`)}
          </Toolbar.Toggle>
        ))}
      </Toolbar>
      <Box className="rich-text-editor" style={{ overflowWrap: 'anywhere' }}>
        <EditorContent editor={editor} />
      </Box>
    </Box>
  );
}
