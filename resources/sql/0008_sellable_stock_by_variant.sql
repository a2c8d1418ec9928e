-- Sellable stock computed per variant, so that a query for a page of products reads only that page's order lines ---
--
-- The first `sellable_stock` (0004) summed every open line in a grouped subquery and joined it to the variants:
-- neither database can push "product_id = ?" into that subquery, so each page of the Products page summed all open
-- lines again (measured: 17 s a page on PostgreSQL with 4,000 open lines and 100,000 supplier order lines, and the
-- whole view built once a query on SQLite). Here each variant looks up its own lines through the indexes on
-- order_items (status, product_stock_id) and (variant_code, status), and the send time of a line through the new
-- index on supplier_order_line (order_item_id). The rule and the columns are unchanged (docs/decisions/0003).
-- "COALESCE(oi.product_stock_id, 0) = 0" means "not linked" (ids start at 1): written so, PostgreSQL looks the
-- unlinked lines up by CodArticolo rather than by the NULLs of product_stock_id, whatever its statistics say.
-- The two subqueries repeat one condition because a view column cannot name another; only the columns a query
-- reads are computed.
CREATE INDEX supplier_order_line_item_idx ON supplier_order_line (order_item_id);

DROP VIEW sellable_stock;

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
