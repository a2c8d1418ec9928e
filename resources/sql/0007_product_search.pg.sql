-- PostgreSQL only: a trigram index for the Products page's free-text filter (LIKE '%text%' over names and codes).
-- The expression must stay identical to kSearchText in models/productquery.cpp. pg_trgm is a trusted extension,
-- so the database owner may create it. SQLite has no equivalent; its filter scans, which is fine at its sizes.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX product_search_trgm_idx ON product USING gin ((lower(product_id || ' ' || COALESCE(sku, '') || ' '
    || COALESCE(sale_name, '') || ' ' || COALESCE(product_name, '') || ' ' || COALESCE(brand, ''))) gin_trgm_ops);
