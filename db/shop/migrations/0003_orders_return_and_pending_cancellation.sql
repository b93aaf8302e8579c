ALTER TABLE `orders` ADD `is_returned` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `orders` ADD `return_confirmed_at` integer;--> statement-breakpoint
ALTER TABLE `orders` ADD `cancellation_requested_cents` integer;