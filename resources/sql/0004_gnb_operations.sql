-- G&B operations: removed products, the scheduler's daily triggers, sellable stock -----------------------------

-- A supplier day whose first full crawl completed and whose products missing from it were hidden. Its presence
-- is what makes a later full crawl of the same day "not the first" (docs/decisions/0003-removed-products.md).
CREATE TABLE gnb_feed_day (
    day TEXT PRIMARY KEY,
    job_result_id BIGINT REFERENCES job_results (id) ON DELETE SET NULL,
    unseen_variants INTEGER NOT NULL DEFAULT 0,
    hidden_variants INTEGER NOT NULL DEFAULT 0,
    hidden_products INTEGER NOT NULL DEFAULT 0,
    cancelled_items INTEGER NOT NULL DEFAULT 0,
    completed_at TIMESTAMPTZ NOT NULL DEFAULT {{now}}
);

-- The variants that the day's first full crawl did not see: only the missing ones are written, once a day, by the
-- removal step; older days are deleted when a new day is applied.
CREATE TABLE gnb_unseen (
    day TEXT NOT NULL,
    product_stock_id BIGINT NOT NULL REFERENCES product_stock (id) ON DELETE CASCADE,
    source_file TEXT NOT NULL,
    PRIMARY KEY (day, product_stock_id)
);

-- Daily scheduler triggers: the last local date each one fired, so that any number of schedulers fire it once.
CREATE TABLE schedule_state (
    name TEXT PRIMARY KEY,
    last_fired_on TEXT,
    last_job_id BIGINT,
    fired_at TIMESTAMPTZ
);

-- Lines by status: open lines of removed variants, and the lines that hold supplier stock.
CREATE INDEX order_items_status_idx ON order_items (status, product_stock_id);

-- Sellable stock of every variant: the feed quantity minus our order lines in 'overseas_order_checking' and
-- 'overseas_order_placed' that the feed does not reflect yet. A placed line is reflected once G&B changed the
-- variant's row (UltimaModifica) after we sent the order (supplier_order.sent_at, else the line's last update);
-- a line still being checked was never sent, so it always counts. Lines match by product_stock_id, or by
-- CodArticolo when collection could not link the variant.
CREATE VIEW sellable_stock AS
SELECT ps.id AS product_stock_id, ps.product_id, ps.quantity AS feed_quantity,
    COALESCE(r.reserved, 0) AS reserved,
    CASE WHEN ps.quantity > COALESCE(r.reserved, 0) THEN ps.quantity - COALESCE(r.reserved, 0) ELSE 0 END AS sellable
FROM product_stock ps
LEFT JOIN (
    SELECT COALESCE(oi.product_stock_id, byCode.product_stock_id) AS product_stock_id, SUM(oi.qty) AS reserved
    FROM order_items oi
    LEFT JOIN product_stock_gnb byCode ON oi.product_stock_id IS NULL AND byCode.variant_code = oi.variant_code
    LEFT JOIN product_stock_gnb feed ON feed.product_stock_id = COALESCE(oi.product_stock_id, byCode.product_stock_id)
    WHERE oi.status IN ('overseas_order_checking', 'overseas_order_placed')
        AND NOT (oi.status = 'overseas_order_placed' AND feed.supplier_modified_at IS NOT NULL
            AND feed.supplier_modified_at > COALESCE((SELECT MAX(so.sent_at) FROM supplier_order_line sol
                JOIN supplier_order so ON so.id = sol.supplier_order_id WHERE sol.order_item_id = oi.id), oi.updated_at))
    GROUP BY COALESCE(oi.product_stock_id, byCode.product_stock_id)
) r ON r.product_stock_id = ps.id;
