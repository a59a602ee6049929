CREATE TABLE `used_once` (
	`key` text PRIMARY KEY NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `used_once_expires_at_idx` ON `used_once` (`expires_at`);--> statement-breakpoint
ALTER TABLE `refresh_tokens` ADD `jkt` text;--> statement-breakpoint
ALTER TABLE `refresh_tokens` ADD `auth_time` integer;