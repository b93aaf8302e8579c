-- SQLite adds a NOT NULL column only with a default: the empty default is
-- filled at once below and never used afterwards (placement writes all three).
ALTER TABLE `order_lines` ADD `name_en` text NOT NULL DEFAULT '';--> statement-breakpoint
ALTER TABLE `order_lines` ADD `name_de` text NOT NULL DEFAULT '';--> statement-breakpoint
-- Past lines: the names of the catalogue's seed data, by SKU; a product it does not know keeps its French label.
UPDATE `order_lines` SET `name_en` = CASE `sku`
	WHEN 'AB-MC40-INX' THEN 'Ceramic manual coffee grinder'
	WHEN 'AB-BK1000' THEN 'Gooseneck kettle 1 L'
	WHEN 'SN-NC700-BLK' THEN 'Noise-cancelling wireless headphones'
	WHEN 'CM-5KPM5-RED' THEN 'Tilt-head stand mixer 4.8 L'
	WHEN 'VX-V12S' THEN 'Cordless stick vacuum'
	WHEN 'CR-LEVA2' THEN 'Lever espresso machine'
	WHEN 'NV-N15P-256' THEN 'Smartphone Pro 256 GB'
	WHEN 'LV-LH914' THEN 'Front-loading washing machine 9 kg'
	WHEN 'PF-ST16-32' THEN 'Creator laptop 16"'
	WHEN 'RL-CE8-M' THEN 'Urban e-bike'
	WHEN 'LM-OL65C4' THEN 'OLED TV 65"'
	WHEN 'MO-MOD4-VEL' THEN 'Modular 4-seat velvet sofa'
	WHEN 'MO-K240' THEN 'Compact fitted kitchen'
	WHEN 'HM-GP88' THEN 'Digital grand piano'
	ELSE `label`
END;--> statement-breakpoint
UPDATE `order_lines` SET `name_de` = CASE `sku`
	WHEN 'AB-MC40-INX' THEN 'Manuelle Kaffeemühle Keramik'
	WHEN 'AB-BK1000' THEN 'Schwanenhals-Wasserkocher 1 L'
	WHEN 'SN-NC700-BLK' THEN 'Kabelloser Kopfhörer mit Geräuschunterdrückung'
	WHEN 'CM-5KPM5-RED' THEN 'Küchenmaschine mit Kippkopf 4,8 L'
	WHEN 'VX-V12S' THEN 'Kabelloser Akku-Stielsauger'
	WHEN 'CR-LEVA2' THEN 'Hebel-Espressomaschine'
	WHEN 'NV-N15P-256' THEN 'Smartphone Pro 256 GB'
	WHEN 'LV-LH914' THEN 'Frontlader-Waschmaschine 9 kg'
	WHEN 'PF-ST16-32' THEN 'Creator-Notebook 16"'
	WHEN 'RL-CE8-M' THEN 'Urbanes E-Bike'
	WHEN 'LM-OL65C4' THEN 'OLED-Fernseher 65"'
	WHEN 'MO-MOD4-VEL' THEN 'Modulares 4-Sitzer-Samtsofa'
	WHEN 'MO-K240' THEN 'Kompakte Einbauküche'
	WHEN 'HM-GP88' THEN 'Digitaler Flügel'
	ELSE `label`
END;--> statement-breakpoint
ALTER TABLE `orders` ADD `reference` text NOT NULL DEFAULT '';--> statement-breakpoint
-- Past orders keep the reference their pages already showed: the id's first ten hex digits, upper case.
UPDATE `orders` SET `reference` = upper(substr(replace(`id`, '-', ''), 1, 10));--> statement-breakpoint
CREATE UNIQUE INDEX `orders_reference_unique` ON `orders` (`reference`);
