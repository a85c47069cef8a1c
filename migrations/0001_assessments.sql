CREATE TABLE "assessment_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"answers_type" text NOT NULL,
	"answers_id" uuid NOT NULL,
	"responsible_organisation_id" uuid,
	"responsible_person_id" uuid,
	"deadline" date NOT NULL,
	"status" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_actors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"organisation_id" uuid,
	"name" text,
	"relation" text NOT NULL,
	"presence" text NOT NULL,
	"power" integer NOT NULL,
	"interest" integer NOT NULL,
	"stance" text NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"status" text NOT NULL,
	"based_on_id" uuid,
	"framework_version_ids" jsonb NOT NULL,
	"positions_needed" jsonb NOT NULL,
	"finished_at" timestamp with time zone,
	"finished_by" text,
	CONSTRAINT "assessments_number_unique" UNIQUE("initiative_id","number")
);
--> statement-breakpoint
CREATE TABLE "assessment_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"target_type" text NOT NULL,
	"target_id" uuid NOT NULL,
	"author_user_id" uuid,
	"author_name" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_conflicts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"found_in_step" integer NOT NULL,
	"a_item_id" uuid,
	"a_actor_id" uuid,
	"a_text" text,
	"b_item_id" uuid,
	"b_actor_id" uuid,
	"b_text" text,
	"description" text,
	"severity" text NOT NULL,
	"status" text NOT NULL,
	"position_text" text,
	"position_body_id" uuid,
	"position_date" date,
	"position_case_number" text
);
--> statement-breakpoint
CREATE TABLE "assessment_gates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"step" integer NOT NULL,
	"decision" text NOT NULL,
	"reason" text NOT NULL,
	"decided_by" text NOT NULL,
	CONSTRAINT "gates_step_unique" UNIQUE("assessment_id","step")
);
--> statement-breakpoint
CREATE TABLE "assessment_impacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"step" integer NOT NULL,
	"item_id" uuid NOT NULL,
	"effect" text NOT NULL,
	"directness" text,
	"motivation" text,
	"relevance_rank" integer,
	CONSTRAINT "impacts_item_unique" UNIQUE("assessment_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "initiatives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"programme_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"stakeholder_groups" jsonb NOT NULL,
	"start_date" date NOT NULL,
	"shared" boolean DEFAULT false NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"county_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"rus_version_id" uuid,
	"stakeholder_groups" jsonb NOT NULL,
	"shared" boolean DEFAULT false NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "assessment_actions" ADD CONSTRAINT "assessment_actions_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_actions" ADD CONSTRAINT "assessment_actions_responsible_organisation_id_organisations_id_fk" FOREIGN KEY ("responsible_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_actions" ADD CONSTRAINT "assessment_actions_responsible_person_id_people_id_fk" FOREIGN KEY ("responsible_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_actors" ADD CONSTRAINT "assessment_actors_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_actors" ADD CONSTRAINT "assessment_actors_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_comments" ADD CONSTRAINT "assessment_comments_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_conflicts" ADD CONSTRAINT "assessment_conflicts_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_conflicts" ADD CONSTRAINT "assessment_conflicts_a_item_id_framework_items_id_fk" FOREIGN KEY ("a_item_id") REFERENCES "public"."framework_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_conflicts" ADD CONSTRAINT "assessment_conflicts_a_actor_id_assessment_actors_id_fk" FOREIGN KEY ("a_actor_id") REFERENCES "public"."assessment_actors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_conflicts" ADD CONSTRAINT "assessment_conflicts_b_item_id_framework_items_id_fk" FOREIGN KEY ("b_item_id") REFERENCES "public"."framework_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_conflicts" ADD CONSTRAINT "assessment_conflicts_b_actor_id_assessment_actors_id_fk" FOREIGN KEY ("b_actor_id") REFERENCES "public"."assessment_actors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_conflicts" ADD CONSTRAINT "assessment_conflicts_position_body_id_bodies_id_fk" FOREIGN KEY ("position_body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_gates" ADD CONSTRAINT "assessment_gates_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_impacts" ADD CONSTRAINT "assessment_impacts_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_impacts" ADD CONSTRAINT "assessment_impacts_item_id_framework_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."framework_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_county_id_counties_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."counties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_rus_version_id_framework_versions_id_fk" FOREIGN KEY ("rus_version_id") REFERENCES "public"."framework_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comments_target_idx" ON "assessment_comments" USING btree ("assessment_id","target_type","target_id");--> statement-breakpoint
CREATE INDEX "initiatives_programme_idx" ON "initiatives" USING btree ("programme_id");