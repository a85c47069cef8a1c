CREATE TABLE "followup_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"area_code" text NOT NULL,
	"municipality_id" uuid,
	"body" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "followup_cycles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"county_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"template_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"questionnaire_id" uuid,
	"joint_valuation" text,
	"joint_valuation_date" date,
	"recommended_changes" text,
	"decision_date" date,
	"decision_body_id" uuid,
	"decision_text" text,
	"decision_case_number" text,
	CONSTRAINT "followup_cycles_template_year_unique" UNIQUE("template_id","year")
);
--> statement-breakpoint
CREATE TABLE "followup_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"due_date" date NOT NULL,
	"owner_person_id" uuid,
	"owner_body_id" uuid,
	"status" text DEFAULT 'planned' NOT NULL,
	"done_on" date,
	"note" text,
	"reminders_sent" integer DEFAULT 0 NOT NULL,
	"last_reminded_at" timestamp with time zone,
	CONSTRAINT "followup_milestones_kind_unique" UNIQUE("cycle_id","kind")
);
--> statement-breakpoint
CREATE TABLE "followup_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"author_organisation_id" uuid NOT NULL,
	"areas" jsonb NOT NULL,
	"meeting_date" date,
	"participants" text,
	"notes" text,
	"submitted_at" timestamp with time zone,
	CONSTRAINT "followup_feedback_unique" UNIQUE("cycle_id","organisation_id")
);
--> statement-breakpoint
ALTER TABLE "followup_reports" ADD CONSTRAINT "followup_reports_cycle_id_followup_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."followup_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_reports" ADD CONSTRAINT "followup_reports_municipality_id_organisations_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_cycles" ADD CONSTRAINT "followup_cycles_county_id_counties_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."counties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_cycles" ADD CONSTRAINT "followup_cycles_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_cycles" ADD CONSTRAINT "followup_cycles_template_id_agreement_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."agreement_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_cycles" ADD CONSTRAINT "followup_cycles_questionnaire_id_questionnaires_id_fk" FOREIGN KEY ("questionnaire_id") REFERENCES "public"."questionnaires"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_cycles" ADD CONSTRAINT "followup_cycles_decision_body_id_bodies_id_fk" FOREIGN KEY ("decision_body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_milestones" ADD CONSTRAINT "followup_milestones_cycle_id_followup_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."followup_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_milestones" ADD CONSTRAINT "followup_milestones_owner_person_id_people_id_fk" FOREIGN KEY ("owner_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_milestones" ADD CONSTRAINT "followup_milestones_owner_body_id_bodies_id_fk" FOREIGN KEY ("owner_body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_feedback" ADD CONSTRAINT "followup_feedback_cycle_id_followup_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."followup_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_feedback" ADD CONSTRAINT "followup_feedback_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_feedback" ADD CONSTRAINT "followup_feedback_author_organisation_id_organisations_id_fk" FOREIGN KEY ("author_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "followup_reports_area_unique" ON "followup_reports" USING btree ("cycle_id","area_code") WHERE municipality_id is null;--> statement-breakpoint
CREATE UNIQUE INDEX "followup_reports_area_municipality_unique" ON "followup_reports" USING btree ("cycle_id","area_code","municipality_id") WHERE municipality_id is not null;--> statement-breakpoint
CREATE INDEX "followup_reports_cycle_idx" ON "followup_reports" USING btree ("cycle_id");--> statement-breakpoint
CREATE INDEX "followup_cycles_county_idx" ON "followup_cycles" USING btree ("county_id");