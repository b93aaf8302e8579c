CREATE TABLE `rate_limits` (
	`key` text PRIMARY KEY NOT NULL,
	`points` integer DEFAULT 0 NOT NULL,
	`expire` integer
);
--> statement-breakpoint
DROP INDEX `orders_idempotency_key_live_uq`;--> statement-breakpoint
CREATE UNIQUE INDEX `orders_cart_idempotency_key_live_uq` ON `orders` (`cart_id`,`idempotency_key`) WHERE state <> 'failed';--> statement-breakpoint
CREATE INDEX `orders_cart_idx` ON `orders` (`cart_id`,`state`);--> statement-breakpoint
ALTER TABLE `admin_users` ADD `disabled` integer DEFAULT false NOT NULL;