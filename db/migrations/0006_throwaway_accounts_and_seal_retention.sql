ALTER TABLE `seal_settings` ADD `superseded_at` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `throwaway` integer DEFAULT false NOT NULL;--> statement-breakpoint
-- The throw-away accounts made before this column, recognised by everything their maker wrote
-- (lib/compare/lab-account.ts): `lab-` and ten lower-case hex digits, exactly, and the display name
-- it gave them. Sign-up has refused the `lab-` prefix since these accounts were introduced.
UPDATE `users` SET `throwaway` = 1
  WHERE `username` GLOB 'lab-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'
    AND `display_name` = 'Lab account ' || substr(`username`, 5);--> statement-breakpoint
-- The passwords that stopped sealing before this column: the last change of the row is the latest
-- they can have stopped, so counting from it never drops one early.
UPDATE `seal_settings` SET `superseded_at` = (
  SELECT json_group_object(`ids`.`value`, `seal_settings`.`updated_at`)
    FROM json_each(`seal_settings`.`password_ids`) AS `ids`
    WHERE `ids`.`value` < (SELECT max(`value`) FROM json_each(`seal_settings`.`password_ids`))
);
