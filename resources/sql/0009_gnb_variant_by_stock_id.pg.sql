-- A G&B variant row is keyed by its product_stock row (1:1), not by an id of its own ---------------------------------
--
-- ARCHITECTURE §3 asks for product_stock_gnb (product_stock_id unique, variant_code unique); the identity column
-- the table also had was read by nothing, yet cost every crawled variant a sequence call and a third index entry.
-- Dropping it drops its primary key; product_stock_id's unique constraint becomes the primary key instead.
-- SQLite: the .sqlite.sql twin.
ALTER TABLE product_stock_gnb DROP COLUMN id;
ALTER TABLE product_stock_gnb DROP CONSTRAINT product_stock_gnb_product_stock_id_key,
    ADD CONSTRAINT product_stock_gnb_pkey PRIMARY KEY (product_stock_id);
