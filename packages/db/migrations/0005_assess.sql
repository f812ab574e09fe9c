CREATE TABLE "assess_audit" (
	"id" serial PRIMARY KEY NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assess_comments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assess_evaluations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organiser_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"name" text NOT NULL,
	"body" text NOT NULL,
	"jurisdiction" text NOT NULL,
	"stage" text NOT NULL,
	"description" text NOT NULL,
	"links" jsonb NOT NULL,
	"gate_answers" jsonb NOT NULL,
	"threshold" integer NOT NULL,
	"principle_set_version" text NOT NULL,
	"findings" text DEFAULT '' NOT NULL,
	"recommendations" text DEFAULT '' NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assess_evaluators" (
	"id" uuid PRIMARY KEY NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"label" text NOT NULL,
	"stakeholder_group" text,
	"conflicts" text DEFAULT '' NOT NULL,
	"declared_at" timestamp with time zone,
	"minority_statement" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assess_evaluators_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "assess_reports" (
	"evaluation_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"input" jsonb NOT NULL,
	"changelog" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assess_reports_evaluation_id_version_pk" PRIMARY KEY("evaluation_id","version")
);
--> statement-breakpoint
CREATE TABLE "assess_scores" (
	"evaluator_id" uuid NOT NULL,
	"principle_id" text NOT NULL,
	"rating" text NOT NULL,
	"rationale" text NOT NULL,
	"evidence" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assess_scores_evaluator_id_principle_id_pk" PRIMARY KEY("evaluator_id","principle_id")
);
--> statement-breakpoint
ALTER TABLE "assess_audit" ADD CONSTRAINT "assess_audit_evaluation_id_assess_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "assess_evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assess_comments" ADD CONSTRAINT "assess_comments_evaluation_id_assess_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "assess_evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assess_evaluations" ADD CONSTRAINT "assess_evaluations_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assess_evaluators" ADD CONSTRAINT "assess_evaluators_evaluation_id_assess_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "assess_evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assess_reports" ADD CONSTRAINT "assess_reports_evaluation_id_assess_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "assess_evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assess_scores" ADD CONSTRAINT "assess_scores_evaluator_id_assess_evaluators_id_fk" FOREIGN KEY ("evaluator_id") REFERENCES "assess_evaluators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assess_audit_evaluation_idx" ON "assess_audit" USING btree ("evaluation_id","id");--> statement-breakpoint
CREATE INDEX "assess_evaluators_evaluation_idx" ON "assess_evaluators" USING btree ("evaluation_id");