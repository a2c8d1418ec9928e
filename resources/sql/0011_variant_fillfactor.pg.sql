-- Room on each page for updated variant rows (PostgreSQL only) -------------------------------------------------------
--
-- Every crawl that finds new stock or prices rewrites those variants' product_stock and product_stock_gnb rows.
-- With a tenth of each page left free the new row version can stay on its page and skip the indexes (a HOT update):
-- on a 2-brand change more than four in ten updates became HOT instead of almost none, and the changed files were
-- applied ≈ 5 % faster; a first load was not slower. Pages written from now on keep the room. SQLite has no such
-- setting.
ALTER TABLE product_stock SET (fillfactor = 90);
ALTER TABLE product_stock_gnb SET (fillfactor = 90);
