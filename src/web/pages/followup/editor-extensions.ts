import StarterKit from '@tiptap/starter-kit';

/**
 * The editor's schema: Tiptap's StarterKit without what the rich-text contract does not store
 * (src/documents/richtext/schema.ts), so the editor cannot make a text the server would refuse, and
 * pasted HTML loses what the contract has no place for.
 */
export const editorExtensions = [
  StarterKit.configure({
    heading: { levels: [1, 2, 3] },
    blockquote: false,
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: false,
    underline: false,
    link: false,
  }),
];
