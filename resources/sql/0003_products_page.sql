-- Products page: one index per sortable column, each ending in id, so that a page in any order is an index
-- range scan from a keyset anchor "(key, id) > (?, ?)", and the last page a backward scan of the same index.
-- Nullable columns are indexed as COALESCE(...) because row-value comparisons cannot step over NULLs; the
-- model orders by exactly these expressions so that both PostgreSQL and SQLite match them to the index.
-- Variant count and total stock are computed per page and are not indexed (sorting by them scans).
CREATE INDEX product_page_code_idx ON product (product_id, id);
CREATE INDEX product_page_brand_idx ON product ((COALESCE(brand, '')), id);
CREATE INDEX product_page_category_idx ON product ((COALESCE(category, '')), id);
CREATE INDEX product_page_sale_name_idx ON product ((COALESCE(sale_name, '')), id);
CREATE INDEX product_page_product_name_idx ON product ((COALESCE(product_name, '')), id);
CREATE INDEX product_page_platform_idx ON product (platform, id);
CREATE INDEX product_page_price_idx ON product ((COALESCE(price, -1)), id);
CREATE INDEX product_page_cost_idx ON product ((COALESCE(cost, -1)), id);
CREATE INDEX product_page_visible_idx ON product (feed_visible, id);
-- filters: the hidden reason ("unmapped"); brand and category filters use the COALESCE indexes above
CREATE INDEX product_page_hidden_reason_idx ON product (hidden_reason, id) WHERE hidden_reason IS NOT NULL;
