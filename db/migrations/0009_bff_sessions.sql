CREATE TABLE `bff_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`family_id` text NOT NULL,
	`sealed_tokens` text NOT NULL,
	`access_expires_at` integer NOT NULL,
	`generation` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `bff_sessions_user_idx` ON `bff_sessions` (`user_id`);--> statement-breakpoint
CREATE INDEX `bff_sessions_expires_at_idx` ON `bff_sessions` (`expires_at`);