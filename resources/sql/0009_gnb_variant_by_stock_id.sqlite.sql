-- A G&B variant row is keyed by its product_stock row (1:1), not by an id of its own ---------------------------------
--
-- See the .pg.sql twin for why. SQLite cannot drop a primary key column, so the table is rebuilt; the view that
-- reads it (sellable_stock, unchanged from 0008) is dropped first and created again after the rename. The key is
-- declared BIGINT, not INTEGER: an INTEGER PRIMARY KEY would be the rowid, which fills itself in when left out.
DROP VIEW sellable_stock;

CREATE TABLE product_stock_gnb_rebuilt (
    product_stock_id BIGINT NOT NULL PRIMARY KEY REFERENCES product_stock (id) ON DELETE CASCADE,
    variant_code TEXT NOT NULL UNIQUE,
    supplier_colour TEXT,
    colour_code TEXT,
    colour_description TEXT,
    manufacturer_colour TEXT,
    size_type TEXT,
    list_price NUMERIC(14,2),
    net_price NUMERIC(14,2),
    currency TEXT,
    ean TEXT,
    made_in TEXT,
    composition TEXT,
    description TEXT,
    images TEXT,
    supplier_modified_at TIMESTAMPTZ,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT {{now}}
);

INSERT INTO product_stock_gnb_rebuilt (product_stock_id, variant_code, supplier_colour, colour_code,
    colour_description, manufacturer_colour, size_type, list_price, net_price, currency, ean, made_in, composition,
    description, images, supplier_modified_at, updated_at)
SELECT product_stock_id, variant_code, supplier_colour, colour_code, colour_description, manufacturer_colour,
    size_type, list_price, net_price, currency, ean, made_in, composition, description, images, supplier_modified_at,
    updated_at
FROM product_stock_gnb;

DROP TABLE product_stock_gnb;

ALTER TABLE product_stock_gnb_rebuilt RENAME TO product_stock_gnb;

CREATE VIEW sellable_stock AS
SELECT ps.id AS product_stock_id, ps.product_id, ps.quantity AS feed_quantity,
    (SELECT COALESCE(SUM(oi.qty), 0) FROM order_items oi
        WHERE oi.status IN ('overseas_order_checking', 'overseas_order_placed')
            AND (oi.product_stock_id = ps.id
                OR (oi.variant_code = feed.variant_code AND COALESCE(oi.product_stock_id, 0) = 0))
            AND NOT (oi.status = 'overseas_order_placed' AND feed.supplier_modified_at IS NOT NULL
                AND feed.supplier_modified_at > COALESCE((SELECT MAX(so.sent_at) FROM supplier_order_line sol
                    JOIN supplier_order so ON so.id = sol.supplier_order_id WHERE sol.order_item_id = oi.id),
                    oi.updated_at))) AS reserved,
    (SELECT CASE WHEN ps.quantity > COALESCE(SUM(oi.qty), 0) THEN ps.quantity - COALESCE(SUM(oi.qty), 0) ELSE 0 END
        FROM order_items oi
        WHERE oi.status IN ('overseas_order_checking', 'overseas_order_placed')
            AND (oi.product_stock_id = ps.id
                OR (oi.variant_code = feed.variant_code AND COALESCE(oi.product_stock_id, 0) = 0))
            AND NOT (oi.status = 'overseas_order_placed' AND feed.supplier_modified_at IS NOT NULL
                AND feed.supplier_modified_at > COALESCE((SELECT MAX(so.sent_at) FROM supplier_order_line sol
                    JOIN supplier_order so ON so.id = sol.supplier_order_id WHERE sol.order_item_id = oi.id),
                    oi.updated_at))) AS sellable
FROM product_stock ps
LEFT JOIN product_stock_gnb feed ON feed.product_stock_id = ps.id;
