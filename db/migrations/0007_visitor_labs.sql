CREATE TABLE `labs` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `labs_last_seen_at_idx` ON `labs` (`last_seen_at`);--> statement-breakpoint
DROP INDEX `users_username_unique`;--> statement-breakpoint
ALTER TABLE `users` ADD `lab_id` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `users_lab_username_idx` ON `users` (`lab_id`,`username`);--> statement-breakpoint
ALTER TABLE `jwt_denylist` ADD `lab_id` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `jwt_settings` ADD `lab_id` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `jwt_settings_lab_id_unique` ON `jwt_settings` (`lab_id`);--> statement-breakpoint
ALTER TABLE `seal_settings` ADD `lab_id` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `seal_settings_lab_id_unique` ON `seal_settings` (`lab_id`);--> statement-breakpoint
ALTER TABLE `signing_keys` ADD `lab_id` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `signing_keys_lab_id_idx` ON `signing_keys` (`lab_id`);