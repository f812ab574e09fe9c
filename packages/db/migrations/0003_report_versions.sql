CREATE TABLE "report_edits" (
	"session_id" uuid NOT NULL,
	"section" text NOT NULL,
	"text" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" jsonb NOT NULL,
	CONSTRAINT "report_edits_session_id_section_pk" PRIMARY KEY("session_id","section")
);
--> statement-breakpoint
CREATE TABLE "report_versions" (
	"session_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"report" jsonb NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" uuid NOT NULL,
	CONSTRAINT "report_versions_session_id_version_pk" PRIMARY KEY("session_id","version")
);
--> statement-breakpoint
ALTER TABLE "report_edits" ADD CONSTRAINT "report_edits_session_id_sprint_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "sprint_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_versions" ADD CONSTRAINT "report_versions_session_id_sprint_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "sprint_sessions"("id") ON DELETE cascade ON UPDATE no action;