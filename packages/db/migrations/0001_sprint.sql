CREATE TABLE "auth_sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"organiser_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisers_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "participant_profiles" (
	"session_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"field" text NOT NULL,
	"value" jsonb NOT NULL,
	"consented_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participant_profiles_session_id_participant_id_field_pk" PRIMARY KEY("session_id","participant_id","field")
);
--> statement-breakpoint
CREATE TABLE "participant_tokens" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"session_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_commands" (
	"session_id" uuid NOT NULL,
	"command_id" text NOT NULL,
	"seq" integer NOT NULL,
	CONSTRAINT "session_commands_session_id_command_id_pk" PRIMARY KEY("session_id","command_id")
);
--> statement-breakpoint
CREATE TABLE "session_events" (
	"session_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"payload" jsonb NOT NULL,
	"actor" jsonb,
	"command_id" text,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "session_events_session_id_seq_pk" PRIMARY KEY("session_id","seq")
);
--> statement-breakpoint
CREATE TABLE "sprint_sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"organiser_id" uuid NOT NULL,
	"title" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sprint_sessions_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "auth_sessions" ADD CONSTRAINT "auth_sessions_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "organisers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_profiles" ADD CONSTRAINT "participant_profiles_session_id_sprint_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "sprint_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_tokens" ADD CONSTRAINT "participant_tokens_session_id_sprint_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "sprint_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_commands" ADD CONSTRAINT "session_commands_session_id_sprint_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "sprint_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_events" ADD CONSTRAINT "session_events_session_id_sprint_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "sprint_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sprint_sessions" ADD CONSTRAINT "sprint_sessions_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "organisers"("id") ON DELETE no action ON UPDATE no action;