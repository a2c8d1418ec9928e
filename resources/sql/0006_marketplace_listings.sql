-- Marketplace listings (Cafe24, Naver) in `product`: the platform's own title and status are sync-owned columns,
-- so a sync never has to write sale_name / product_name, which merchandisers own (see decision 0006).
ALTER TABLE product ADD COLUMN listing_name TEXT;
ALTER TABLE product ADD COLUMN listing_status TEXT;
ALTER TABLE product_stock ADD COLUMN option_name TEXT;
