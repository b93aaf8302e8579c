DROP INDEX `orders_idempotency_key_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `orders_idempotency_key_live_uq` ON `orders` (`idempotency_key`) WHERE state <> 'failed';