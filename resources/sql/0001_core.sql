-- MarketDesk core schema. One file for both dialects: {{id}} is the surrogate key
-- (identity on PostgreSQL, rowid alias on SQLite) and {{now}} the current UTC time.
-- Timestamps are TIMESTAMPTZ on PostgreSQL and ISO-8601 UTC text on SQLite.
-- Money is NUMERIC(14,2) in the row's currency (KRW, EUR, JPY).

-- people ---------------------------------------------------------------------------------------------
CREATE TABLE app_user (
    id {{id}},
    login TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (role IN ('merchandiser', 'manager', 'admin', 'worker')),
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT {{now}}
);

-- audit trail: who changed what, old -> new, from where
CREATE TABLE log (
    id {{id}},
    who TEXT NOT NULL,
    action TEXT NOT NULL,
    table_name TEXT,
    row_id TEXT,
    old_value TEXT,
    new_value TEXT,
    source TEXT NOT NULL DEFAULT 'app',
    client_address TEXT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT {{now}}
);
CREATE INDEX log_created_idx ON log (created_at);
CREATE INDEX log_row_idx ON log (table_name, row_id);

-- marketplace and supplier accounts (secrets live in the OS keychain, never here) ---------------------
CREATE TABLE account (
    id {{id}},
    platform TEXT NOT NULL CHECK (platform IN ('cafe24', 'naver', 'qoo10', 'gnb')),
    name TEXT NOT NULL UNIQUE,
    seller_id TEXT NOT NULL,
    display_name TEXT NOT NULL DEFAULT '',
    base_url TEXT,
    proxy_url TEXT,
    options TEXT NOT NULL DEFAULT '{}',
    active BOOLEAN NOT NULL DEFAULT TRUE,
    collect_interval_s INTEGER NOT NULL DEFAULT 300,
    last_collected_to TIMESTAMPTZ,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMPTZ NOT NULL DEFAULT {{now}},
    updated_at TIMESTAMPTZ NOT NULL DEFAULT {{now}},
    UNIQUE (platform, seller_id)
);

-- mapping --------------------------------------------------------------------------------------------
-- own category tree; path is the full "parent/child" name and is unique
CREATE TABLE category (
    id {{id}},
    parent_id BIGINT REFERENCES category (id) ON DELETE RESTRICT,
    name TEXT NOT NULL,
    name_en TEXT,
    path TEXT NOT NULL UNIQUE,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMPTZ NOT NULL DEFAULT {{now}},
    updated_at TIMESTAMPTZ NOT NULL DEFAULT {{now}}
);
CREATE INDEX category_parent_idx ON category (parent_id);

-- supplier brand -> own brand name
CREATE TABLE brand_mapping (
    id {{id}},
    supplier TEXT NOT NULL,
    supplier_brand TEXT NOT NULL,
    brand TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    updated_by TEXT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT {{now}},
    updated_at TIMESTAMPTZ NOT NULL DEFAULT {{now}},
    UNIQUE (supplier, supplier_brand)
);

-- supplier (brand, category) pair -> own category. A pair seen in a feed but not mapped has
-- category_id NULL; only products of mapped pairs are published.
CREATE TABLE category_mapping (
    id {{id}},
    supplier TEXT NOT NULL,
    supplier_brand TEXT NOT NULL,
    supplier_category TEXT NOT NULL,
    category_id BIGINT REFERENCES category (id) ON DELETE SET NULL,
    product_count INTEGER NOT NULL DEFAULT 0,
    first_seen_at TIMESTAMPTZ NOT NULL DEFAULT {{now}},
    mapped_at TIMESTAMPTZ,
    mapped_by TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (supplier, supplier_brand, supplier_category)
);
CREATE INDEX category_mapping_unmapped_idx ON category_mapping (supplier) WHERE category_id IS NULL;

-- supplier colour code -> name. Codes met in a feed but not yet named are kept with NULL names
-- so that merchandisers see what to map.
CREATE TABLE colour_code (
    code TEXT PRIMARY KEY,
    name_ko TEXT,
    name_en TEXT,
    first_seen_at TIMESTAMPTZ NOT NULL DEFAULT {{now}},
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT {{now}}
);

-- tag taxonomy: category -> subcategory, plus typed option tags (capacity, size, …)
CREATE TABLE tag (
    id {{id}},
    parent_id BIGINT REFERENCES tag (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('category', 'subcategory', 'option')),
    option_type TEXT,
    name TEXT NOT NULL,
    name_en TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (parent_id, kind, name)
);

CREATE TABLE pricing_rule (
    id {{id}},
    platform TEXT,
    brand TEXT,
    category_id BIGINT REFERENCES category (id) ON DELETE CASCADE,
    exchange_rate NUMERIC(14,4),
    markup_rate NUMERIC(8,4) NOT NULL DEFAULT 0,
    fixed_add NUMERIC(14,2) NOT NULL DEFAULT 0,
    round_to INTEGER NOT NULL DEFAULT 100,
    priority INTEGER NOT NULL DEFAULT 0,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT {{now}}
);

-- catalogue ------------------------------------------------------------------------------------------
-- One row per marketplace listing or supplier model. For G&B: platform 'gnb', seller_id 'gnb',
-- product_id = sku = Modello, supplier_category = Categoria, category = own mapped category path.
CREATE TABLE product (
    id {{id}},
    platform TEXT NOT NULL,
    seller_id TEXT NOT NULL,
    product_id TEXT NOT NULL,
    sku TEXT,
    brand TEXT,
    supplier_category TEXT,
    supplier_subcategory TEXT,
    category TEXT,
    company TEXT,
    sale_name TEXT,
    product_name TEXT,
    gender TEXT,
    season TEXT,
    tags TEXT,
    price NUMERIC(14,2),
    cost NUMERIC(14,2),
    currency TEXT,
    data TEXT,
    source_file TEXT,
    feed_visible BOOLEAN NOT NULL DEFAULT FALSE,
    hidden_reason TEXT,
    hidden_at TIMESTAMPTZ,
    last_seen_at TIMESTAMPTZ,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMPTZ NOT NULL DEFAULT {{now}},
    updated_at TIMESTAMPTZ NOT NULL DEFAULT {{now}},
    UNIQUE (platform, seller_id, product_id)
);
CREATE INDEX product_brand_category_idx ON product (brand, supplier_category);
CREATE INDEX product_updated_idx ON product (updated_at, id);
CREATE INDEX product_sku_idx ON product (sku);
CREATE INDEX product_source_file_idx ON product (platform, source_file);

-- One row per variant (colour + size). variant_key is the platform's option key (G&B: CodArticolo).
CREATE TABLE product_stock (
    id {{id}},
    product_id BIGINT NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    variant_key TEXT NOT NULL,
    colour TEXT,
    colour_code TEXT,
    size TEXT,
    quantity INTEGER NOT NULL DEFAULT 0,
    price NUMERIC(14,2),
    cost NUMERIC(14,2),
    currency TEXT,
    feed_visible BOOLEAN NOT NULL DEFAULT TRUE,
    hidden_at TIMESTAMPTZ,
    last_seen_at TIMESTAMPTZ,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMPTZ NOT NULL DEFAULT {{now}},
    updated_at TIMESTAMPTZ NOT NULL DEFAULT {{now}},
    UNIQUE (product_id, variant_key)
);

-- G&B specifics of a variant; variant_code = CodArticolo, needed to place an order.
CREATE TABLE product_stock_gnb (
    id {{id}},
    product_stock_id BIGINT NOT NULL UNIQUE REFERENCES product_stock (id) ON DELETE CASCADE,
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

CREATE TABLE product_tag (
    product_id BIGINT NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    tag_id BIGINT NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (product_id, tag_id)
);
CREATE INDEX product_tag_tag_idx ON product_tag (tag_id);

-- orders ---------------------------------------------------------------------------------------------
CREATE TABLE orders (
    id {{id}},
    platform TEXT NOT NULL,
    account_id BIGINT REFERENCES account (id) ON DELETE SET NULL,
    order_no TEXT NOT NULL,
    status TEXT NOT NULL,
    order_date TIMESTAMPTZ,
    payment_date TIMESTAMPTZ,
    buyer_name TEXT,
    receiver_name TEXT,
    receiver_phone TEXT,
    receiver_address TEXT,
    receiver_zip TEXT,
    country TEXT,
    total_amount NUMERIC(14,2),
    currency TEXT,
    data TEXT,
    collected_at TIMESTAMPTZ NOT NULL DEFAULT {{now}},
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMPTZ NOT NULL DEFAULT {{now}},
    updated_at TIMESTAMPTZ NOT NULL DEFAULT {{now}},
    UNIQUE (platform, order_no)
);
CREATE INDEX orders_date_idx ON orders (order_date, id);
CREATE INDEX orders_account_idx ON orders (account_id, order_date);
CREATE INDEX orders_status_idx ON orders (status);

-- order lines; (order, line_no) is the platform's natural key for idempotent upserts
CREATE TABLE order_items (
    id {{id}},
    order_id BIGINT NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    line_no TEXT NOT NULL,
    status TEXT NOT NULL,
    product_ref TEXT,
    sku TEXT,
    variant_code TEXT,
    product_stock_id BIGINT REFERENCES product_stock (id) ON DELETE SET NULL,
    product_name TEXT,
    option_text TEXT,
    qty INTEGER NOT NULL DEFAULT 1,
    unit_price NUMERIC(14,2),
    discount NUMERIC(14,2),
    total NUMERIC(14,2),
    currency TEXT,
    data TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMPTZ NOT NULL DEFAULT {{now}},
    updated_at TIMESTAMPTZ NOT NULL DEFAULT {{now}},
    UNIQUE (order_id, line_no)
);
CREATE INDEX order_items_variant_idx ON order_items (variant_code, status);
CREATE INDEX order_items_stock_idx ON order_items (product_stock_id);

CREATE TABLE order_status_history (
    id {{id}},
    order_item_id BIGINT NOT NULL REFERENCES order_items (id) ON DELETE CASCADE,
    old_status TEXT,
    new_status TEXT NOT NULL,
    source TEXT NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL DEFAULT {{now}}
);
CREATE INDEX order_status_history_item_idx ON order_status_history (order_item_id, changed_at);

-- orders placed with a supplier (G&B direct-order API); reference is sent once, order_number comes back
CREATE TABLE supplier_order (
    id {{id}},
    supplier TEXT NOT NULL,
    reference TEXT NOT NULL UNIQUE,
    order_id BIGINT REFERENCES orders (id) ON DELETE SET NULL,
    order_number TEXT,
    status TEXT NOT NULL DEFAULT 'pending',
    tracking TEXT,
    error TEXT,
    sent_at TIMESTAMPTZ,
    checked_at TIMESTAMPTZ,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMPTZ NOT NULL DEFAULT {{now}},
    updated_at TIMESTAMPTZ NOT NULL DEFAULT {{now}},
    UNIQUE (supplier, order_number)
);

CREATE TABLE supplier_order_line (
    id {{id}},
    supplier_order_id BIGINT NOT NULL REFERENCES supplier_order (id) ON DELETE CASCADE,
    order_item_id BIGINT REFERENCES order_items (id) ON DELETE SET NULL,
    variant_code TEXT NOT NULL,
    qty INTEGER NOT NULL,
    price NUMERIC(14,2),
    available INTEGER
);
CREATE INDEX supplier_order_line_order_idx ON supplier_order_line (supplier_order_id);

-- messages the CX team must send to customers (e.g. "sold out at supplier")
CREATE TABLE customer_notice (
    id {{id}},
    order_id BIGINT NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    order_item_id BIGINT REFERENCES order_items (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    message TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'queued',
    created_at TIMESTAMPTZ NOT NULL DEFAULT {{now}},
    sent_at TIMESTAMPTZ,
    UNIQUE (order_item_id, kind)
);

-- money ----------------------------------------------------------------------------------------------
-- margin = price - cost - marketplace_charge - gift - delivery_fee - post_fee
CREATE TABLE margin (
    id {{id}},
    order_item_id BIGINT UNIQUE REFERENCES order_items (id) ON DELETE CASCADE,
    product_id BIGINT REFERENCES product (id) ON DELETE SET NULL,
    platform TEXT,
    category TEXT,
    price NUMERIC(14,2) NOT NULL DEFAULT 0,
    cost NUMERIC(14,2) NOT NULL DEFAULT 0,
    marketplace_charge NUMERIC(14,2) NOT NULL DEFAULT 0,
    gift NUMERIC(14,2) NOT NULL DEFAULT 0,
    delivery_fee NUMERIC(14,2) NOT NULL DEFAULT 0,
    post_fee NUMERIC(14,2) NOT NULL DEFAULT 0,
    margin NUMERIC(14,2) NOT NULL DEFAULT 0,
    margin_rate NUMERIC(8,4),
    currency TEXT NOT NULL DEFAULT 'KRW',
    computed_at TIMESTAMPTZ NOT NULL DEFAULT {{now}}
);
CREATE INDEX margin_platform_idx ON margin (platform, computed_at);

-- outbound shipments ---------------------------------------------------------------------------------
CREATE TABLE ob (
    id {{id}},
    order_id BIGINT REFERENCES orders (id) ON DELETE SET NULL,
    company TEXT,
    tracking_no TEXT,
    status TEXT NOT NULL DEFAULT 'ready',
    shipped_at TIMESTAMPTZ,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMPTZ NOT NULL DEFAULT {{now}},
    updated_at TIMESTAMPTZ NOT NULL DEFAULT {{now}}
);
CREATE INDEX ob_order_idx ON ob (order_id);

CREATE TABLE ob_history (
    id {{id}},
    ob_id BIGINT NOT NULL REFERENCES ob (id) ON DELETE CASCADE,
    company TEXT,
    status TEXT NOT NULL,
    note TEXT,
    changed_at TIMESTAMPTZ NOT NULL DEFAULT {{now}}
);
CREATE INDEX ob_history_ob_idx ON ob_history (ob_id, changed_at);

-- competitors ----------------------------------------------------------------------------------------
CREATE TABLE crawled_data (
    id {{id}},
    platform TEXT NOT NULL,
    url TEXT NOT NULL,
    product_id BIGINT REFERENCES product (id) ON DELETE SET NULL,
    seller TEXT,
    title TEXT,
    price NUMERIC(14,2),
    currency TEXT,
    data TEXT,
    crawled_at TIMESTAMPTZ NOT NULL DEFAULT {{now}}
);
CREATE INDEX crawled_data_url_idx ON crawled_data (platform, url, crawled_at);

CREATE TABLE crawled_data_coupon (
    id {{id}},
    crawled_data_id BIGINT NOT NULL REFERENCES crawled_data (id) ON DELETE CASCADE,
    name TEXT,
    amount NUMERIC(14,2),
    rate NUMERIC(8,4)
);
CREATE INDEX crawled_data_coupon_idx ON crawled_data_coupon (crawled_data_id);

CREATE TABLE crawled_data_shipping (
    id {{id}},
    crawled_data_id BIGINT NOT NULL REFERENCES crawled_data (id) ON DELETE CASCADE,
    method TEXT,
    fee NUMERIC(14,2),
    days INTEGER
);
CREATE INDEX crawled_data_shipping_idx ON crawled_data_shipping (crawled_data_id);

CREATE TABLE crawled_data_point (
    id {{id}},
    crawled_data_id BIGINT NOT NULL REFERENCES crawled_data (id) ON DELETE CASCADE,
    points NUMERIC(14,2),
    rate NUMERIC(8,4)
);
CREATE INDEX crawled_data_point_idx ON crawled_data_point (crawled_data_id);

-- jobs -----------------------------------------------------------------------------------------------
-- the queue; a pending job with a dedupe_key is never queued twice
CREATE TABLE jobs (
    id {{id}},
    kind TEXT NOT NULL,
    payload TEXT NOT NULL DEFAULT '{}',
    dedupe_key TEXT,
    status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed', 'cancelled')),
    priority INTEGER NOT NULL DEFAULT 0,
    run_after TIMESTAMPTZ NOT NULL DEFAULT {{now}},
    attempts INTEGER NOT NULL DEFAULT 0,
    locked_by TEXT,
    locked_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL DEFAULT {{now}},
    finished_at TIMESTAMPTZ,
    error TEXT
);
CREATE INDEX jobs_ready_idx ON jobs (status, run_after, priority);
CREATE UNIQUE INDEX jobs_dedupe_idx ON jobs (dedupe_key) WHERE status = 'queued';

-- every run of every job, scheduled or by hand
CREATE TABLE job_results (
    id {{id}},
    job_id BIGINT REFERENCES jobs (id) ON DELETE SET NULL,
    job_name TEXT NOT NULL,
    account_id BIGINT REFERENCES account (id) ON DELETE SET NULL,
    host TEXT,
    pid INTEGER,
    started_at TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ,
    duration_ms BIGINT,
    success BOOLEAN,
    skipped BOOLEAN NOT NULL DEFAULT FALSE,
    lock_holder TEXT,
    orders_count INTEGER,
    counts TEXT,
    error_msg TEXT
);
CREATE INDEX job_results_name_idx ON job_results (job_name, started_at);

-- single-runner leases (ShedLock semantics): a holder owns `name` until lock_until
CREATE TABLE shedlock (
    name TEXT PRIMARY KEY,
    lock_until TIMESTAMPTZ NOT NULL,
    locked_at TIMESTAMPTZ NOT NULL,
    locked_by TEXT NOT NULL
);

-- state of each supplier feed file as last applied
CREATE TABLE feed_file (
    id {{id}},
    supplier TEXT NOT NULL,
    day TEXT NOT NULL,
    name TEXT NOT NULL,
    brand TEXT,
    etag TEXT,
    last_modified TEXT,
    sha256 TEXT,
    rows INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL,
    error TEXT,
    crawled_at TIMESTAMPTZ NOT NULL DEFAULT {{now}},
    UNIQUE (supplier, day, name)
);

-- rejected rows and files of a crawl: file, line (0 for the whole file) and reason
CREATE TABLE feed_reject (
    id {{id}},
    job_result_id BIGINT REFERENCES job_results (id) ON DELETE CASCADE,
    file TEXT NOT NULL,
    line INTEGER NOT NULL,
    reason TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT {{now}}
);
CREATE INDEX feed_reject_result_idx ON feed_reject (job_result_id);

-- notifications ----------------------------------------------------------------------------------------
CREATE TABLE webhook (
    id {{id}},
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('generic', 'slack', 'discord')),
    events TEXT NOT NULL DEFAULT 'start,success,failure',
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT {{now}}
);

CREATE TABLE notify_outbox (
    id {{id}},
    webhook_id BIGINT NOT NULL REFERENCES webhook (id) ON DELETE CASCADE,
    event TEXT NOT NULL,
    payload TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'queued',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT {{now}},
    error TEXT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT {{now}}
);
CREATE INDEX notify_outbox_ready_idx ON notify_outbox (status, next_attempt_at);
