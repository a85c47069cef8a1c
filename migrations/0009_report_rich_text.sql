-- Activity reports become rich text (the editor's ProseMirror tree, src/documents/richtext/schema.ts).
-- Each old Markdown text is kept as a JSON string here; convertLegacyReportTexts (src/followup) turns it
-- into the tree at start, right after the migrations, with the same Markdown reader the documents use.
ALTER TABLE "followup_reports" ALTER COLUMN "body" SET DATA TYPE jsonb USING to_jsonb("body");
