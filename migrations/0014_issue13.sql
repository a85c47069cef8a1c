CREATE TABLE "gender_review_benchmarks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"region" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"example" boolean DEFAULT false NOT NULL,
	"groups" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gender_review_criteria" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gender_review_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"county_id" uuid NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"position" integer NOT NULL,
	"adopted_by" text DEFAULT '' NOT NULL,
	"adopted_on" date,
	"reference" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gender_review_ratings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"review_id" uuid NOT NULL,
	"criterion_key" text NOT NULL,
	"rating" text,
	"quotes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gender_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'in_progress' NOT NULL,
	"groups" jsonb NOT NULL,
	"improvement_document_id" uuid,
	"improvement_change" text DEFAULT '' NOT NULL,
	"improvement_responsible" text DEFAULT '' NOT NULL,
	"improvement_due" date,
	"improvement_status" text DEFAULT 'not_started' NOT NULL,
	"improvement_notes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statistics_indicator_goals" (
	"indicator_id" uuid NOT NULL,
	"item_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statistics_indicator_sets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"organisation_id" uuid,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "statistics_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"set_id" uuid NOT NULL,
	"county_id" uuid NOT NULL,
	"kpi_source" text NOT NULL,
	"kpi_source_id" text NOT NULL,
	"direction" text NOT NULL,
	"target_value" numeric,
	"target_year" integer,
	"baseline_year" integer,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statistics_upload_mappings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"source_name" text NOT NULL,
	"mapping" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "statistics_values" ADD COLUMN "demo" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "gender_review_benchmarks" ADD CONSTRAINT "gender_review_benchmarks_review_id_gender_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."gender_reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gender_review_criteria" ADD CONSTRAINT "gender_review_criteria_review_id_gender_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."gender_reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gender_review_documents" ADD CONSTRAINT "gender_review_documents_review_id_gender_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."gender_reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gender_review_documents" ADD CONSTRAINT "gender_review_documents_county_id_counties_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."counties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gender_review_ratings" ADD CONSTRAINT "gender_review_ratings_document_id_gender_review_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."gender_review_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gender_review_ratings" ADD CONSTRAINT "gender_review_ratings_review_id_gender_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."gender_reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gender_reviews" ADD CONSTRAINT "gender_reviews_county_id_counties_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."counties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gender_reviews" ADD CONSTRAINT "gender_reviews_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistics_indicator_goals" ADD CONSTRAINT "statistics_indicator_goals_indicator_id_statistics_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."statistics_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistics_indicator_goals" ADD CONSTRAINT "statistics_indicator_goals_item_id_framework_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."framework_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistics_indicator_sets" ADD CONSTRAINT "statistics_indicator_sets_county_id_counties_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."counties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistics_indicators" ADD CONSTRAINT "statistics_indicators_set_id_statistics_indicator_sets_id_fk" FOREIGN KEY ("set_id") REFERENCES "public"."statistics_indicator_sets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistics_indicators" ADD CONSTRAINT "statistics_indicators_county_id_counties_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."counties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistics_upload_mappings" ADD CONSTRAINT "statistics_upload_mappings_county_id_counties_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."counties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "gender_review_benchmarks_review_idx" ON "gender_review_benchmarks" USING btree ("review_id");--> statement-breakpoint
CREATE INDEX "gender_review_criteria_review_idx" ON "gender_review_criteria" USING btree ("review_id");--> statement-breakpoint
CREATE INDEX "gender_review_documents_review_idx" ON "gender_review_documents" USING btree ("review_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "gender_review_ratings_doc_criterion_idx" ON "gender_review_ratings" USING btree ("document_id","criterion_key");--> statement-breakpoint
CREATE INDEX "gender_reviews_county_idx" ON "gender_reviews" USING btree ("county_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "statistics_indicator_goals_unique" ON "statistics_indicator_goals" USING btree ("indicator_id","item_id");--> statement-breakpoint
CREATE INDEX "statistics_indicator_goals_item_idx" ON "statistics_indicator_goals" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "statistics_indicator_sets_county_idx" ON "statistics_indicator_sets" USING btree ("county_id","name");--> statement-breakpoint
CREATE INDEX "statistics_indicators_set_idx" ON "statistics_indicators" USING btree ("set_id");--> statement-breakpoint
CREATE INDEX "statistics_indicators_kpi_idx" ON "statistics_indicators" USING btree ("kpi_source","kpi_source_id");--> statement-breakpoint
CREATE UNIQUE INDEX "statistics_upload_mappings_unique" ON "statistics_upload_mappings" USING btree ("county_id","source_name");