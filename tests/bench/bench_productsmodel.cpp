// Products page benchmark: 1,000,000 products in PostgreSQL (750,000 variants, 20,000 order lines of which 4,000
// hold sellable stock), the windowed ProductsModel against
// QSqlTableModel + QSortFilterProxyModel. Prints a table; not a ctest test.
//   tools/pg-throwaway.sh start /tmp/benchpg --durable
//   bench_productsmodel [postgresql://user@host:port/postgres] [--rows N] [--reload]
#include "models/productsmodel.h"
#include "services/db/migrator.h"
#include "services/db/sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using md::Result;
using md::models::ProductColumn;
using md::models::ProductsModel;

namespace {

struct Figure {
    QString what;
    double ours = -1;
    double reference = -1;
    QString note;
};

qint64 rssKiB(const char* field = "VmRSS:")
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Runs the event loop until `done` holds; sleeps in the loop rather than polling, so timings are exact.
bool waitUntil(const std::function<bool()>& done, int timeoutMs = 600000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

double msSince(const QElapsedTimer& t)
{
    return t.nsecsElapsed() / 1e6;
}

[[noreturn]] void fail(const QString& what)
{
    std::fprintf(stderr, "bench_productsmodel: %s\n", qPrintable(what));
    std::exit(1);
}

void load(const md::db::Database& database, int rows, bool reload)
{
    auto db = database.connection();
    if (!db)
        fail(db.error().toString());
    auto have = md::db::scalar(*db, u"SELECT count(*) FROM product"_s);
    if (have && have->toInt() == rows && !reload) {
        std::printf("reusing %d products already loaded\n", rows);
        return;
    }
    QElapsedTimer t;
    t.start();
    const QStringList statements {
        u"TRUNCATE product, orders, supplier_order CASCADE"_s,
        // 40 brands, 8 categories, Korean sale names, a hash-like managed name; 1/10 unmapped, 1/2 visible.
        u"INSERT INTO product (platform, seller_id, product_id, sku, brand, supplier_category, category, sale_name, "
        "product_name, price, cost, currency, feed_visible, hidden_reason, updated_at) "
        "SELECT CASE WHEN g % 7 = 0 THEN 'cafe24' ELSE 'gnb' END, 'gnb', 'P' || lpad(g::text, 7, '0'), "
        "'P' || lpad(g::text, 7, '0'), b.name, 'Borse', CASE WHEN g % 10 = 1 THEN NULL ELSE c.name END, "
        "b.name || ' ' || c.name || ' ' || g, 'managed ' || md5(g::text), (g % 9973) * 100 + 9900, (g % 9973) * 70, "
        "'KRW', g % 2 = 0, CASE WHEN g % 10 = 1 THEN 'unmapped' END, "
        "timestamptz '2026-01-01' + (g % 500000) * interval '37 seconds' "
        "FROM generate_series(1, ?) g "
        "JOIN (SELECT row_number() OVER () - 1 AS i, n AS name FROM unnest(ARRAY['Gucci','Prada','Moncler','Stone "
        "Island',"
        "'Valentino','Fendi','Balenciaga','Bottega "
        "Veneta','Burberry','Celine','Chloe','Dior','Dolce&Gabbana','Givenchy',"
        "'Golden Goose','Jil Sander','Kenzo','Loewe','Maison Margiela','Marni','Max Mara','Miu Miu','Off-White',"
        "'Palm Angels','Saint Laurent','Salvatore Ferragamo','Thom Browne','Tod''s','Versace','Alexander McQueen',"
        "'Acne Studios','A.P.C.','Ami Paris','Canada Goose','C.P. Company','Isabel Marant','Lanvin','Moschino',"
        "'Mulberry','Zegna']) n) b ON b.i = g % 40 "
        "JOIN (SELECT row_number() OVER () - 1 AS i, n AS name FROM "
        "unnest(ARRAY['가방/토트백','의류/코트','신발/스니커즈',"
        "'액세서리/벨트','의류/니트','의류/셔츠','가방/백팩','신발/로퍼']) n) c ON c.i = (g / 40) % 8"_s,
        // Every 4th product has three variants from the feed, so that the page's variant, stock and sellable stock
        // subqueries find rows.
        u"INSERT INTO product_stock (product_id, variant_key, colour, size, quantity) "
        "SELECT p.id, p.product_id || '-' || v, 'NERO', (38 + v)::text, (p.id + v) % 6 "
        "FROM product p, generate_series(1, 3) v WHERE p.id % 4 = 0"_s,
        u"INSERT INTO product_stock_gnb (product_stock_id, variant_code, supplier_modified_at) "
        "SELECT id, variant_key, timestamptz '2026-11-20 10:00Z' FROM product_stock"_s,
        // 20,000 order lines spread over the variants: 2,000 being checked at G&B, 2,000 placed there (sent before,
        // at and after the feed's last change), the rest delivered; a third linked to their variant by code only.
        u"WITH o AS (INSERT INTO orders (platform, order_no, status) SELECT 'cafe24', 'B' || g, 'paid' "
        "FROM generate_series(1, 20000) g RETURNING id, substr(order_no, 2)::int AS g), "
        "s AS (SELECT id, variant_key, row_number() OVER (ORDER BY id) AS n FROM product_stock) "
        "INSERT INTO order_items (order_id, line_no, status, variant_code, product_stock_id, qty) "
        "SELECT o.id, '1', CASE o.g % 10 WHEN 0 THEN 'overseas_order_checking' WHEN 1 THEN 'overseas_order_placed' "
        "ELSE 'delivered' END, s.variant_key, CASE WHEN o.g % 3 = 0 THEN NULL ELSE s.id END, 1 + o.g % 2 "
        "FROM o JOIN s ON s.n = (o.g * 37) % (SELECT count(*) FROM product_stock) + 1"_s,
        u"WITH so AS (INSERT INTO supplier_order (supplier, reference, order_number, status, sent_at) "
        "SELECT 'gnb', 'R' || oi.id, 'N' || oi.id, 'sent', timestamptz '2026-11-20 09:00Z' + (oi.id % 3) * "
        "interval '1 hour' FROM order_items oi WHERE oi.status = 'overseas_order_placed' "
        "RETURNING id, substr(reference, 2)::bigint AS item) "
        "INSERT INTO supplier_order_line (supplier_order_id, order_item_id, variant_code, qty) "
        "SELECT so.id, so.item, 'x', 1 FROM so"_s,
        u"VACUUM ANALYZE"_s,
    };
    for (const auto& sql : statements) {
        auto r = md::db::exec(*db, sql, sql.contains(u'?') ? QVariantList { rows } : QVariantList {});
        if (!r)
            fail(r.error().toString());
    }
    std::printf("loaded %d products (every 4th with 3 variants; 4,000 open order lines at G&B) in %.1f s\n", rows,
        t.elapsed() / 1000.0);
}

// Times one model operation: from `act` until `ready` holds.
double measure(const std::function<void()>& act, const std::function<bool()>& ready)
{
    QElapsedTimer t;
    t.start();
    act();
    if (!waitUntil(ready))
        fail(u"timed out"_s);
    return msSince(t);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int rows = 1000000;
    bool reload = false;
    QString url;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == u"--rows"_s && i + 1 < args.size())
            rows = args[++i].toInt();
        else if (args[i] == u"--reload"_s)
            reload = true;
        else
            url = args[i];
    }
    if (url.isEmpty())
        url = qEnvironmentVariable("MARKETDESK_BENCH_PG"); // set by tools/bench.sh productsmodel
    if (url.isEmpty()) {
        QFile f(u"/tmp/benchpg/url"_s);
        if (f.open(QIODevice::ReadOnly))
            url = QString::fromUtf8(f.readAll()).trimmed();
    }
    auto admin = md::db::parseDbUrl(url);
    if (!admin)
        fail(u"no server: run tools/bench.sh productsmodel, or start one with tools/pg-throwaway.sh start /tmp/benchpg "
             "--durable ("_s
            + admin.error().toString() + u')');
    {
        md::db::Database server(*admin);
        {
            auto db = server.connection();
            if (!db)
                fail(db.error().toString());
            auto exists = md::db::scalar(*db, u"SELECT count(*) FROM pg_database WHERE datname = 'md_bench'"_s);
            if (exists && exists->toInt() == 0)
                (void)md::db::exec(*db, u"CREATE DATABASE md_bench"_s);
        }
        server.closeThreadConnection();
    }
    md::db::DbConfig cfg = *admin;
    cfg.database = u"md_bench"_s;
    md::db::Database database(cfg);
    if (auto migrated = md::db::Migrator(database).migrate(); !migrated)
        fail(migrated.error().toString());
    load(database, rows, reload);
    {
        auto db = database.connection();
        auto trgm = db
            ? md::db::scalar(*db, u"SELECT count(*) FROM pg_indexes WHERE indexname = 'product_search_trgm_idx'"_s)
            : Result<QVariant>(db.error());
        std::printf("trigram index for text search: %s\n", trgm && trgm->toInt() > 0 ? "yes" : "no");
    }
    database.closeThreadConnection();

    QList<Figure> figures;
    const qint64 rssStart = rssKiB();
    // ---- ours -------------------------------------------------------------------------------------------------
    {
        std::unique_ptr<ProductsModel> model;
        auto firstRowLoaded
            = [&] { return model->rowCount() > 0 && model->index(0, 0).data(ProductsModel::LoadedRole).toBool(); };
        const double first = measure([&] { model = std::make_unique<ProductsModel>(database); }, firstRowLoaded);
        const double count = measure([] {}, [&] { return model->totalCount() >= 0; });
        figures << Figure { u"first page"_s, first, -1,
            u"count of %1 rows arrives %2 ms later"_s.arg(model->totalCount()).arg(count, 0, 'f', 0) };

        const double sorted
            = measure([&] { model->sort(int(ProductColumn::Brand), Qt::AscendingOrder); }, firstRowLoaded);
        figures << Figure { u"sort by brand"_s, sorted, -1, {} };
        const double sortedPrice
            = measure([&] { model->sort(int(ProductColumn::Price), Qt::DescendingOrder); }, firstRowLoaded);
        figures << Figure { u"sort by price desc"_s, sortedPrice, -1, {} };

        (void)measure([&] { model->sort(int(ProductColumn::Brand), Qt::AscendingOrder); },
            [&] { return model->totalCount() >= 0 && !model->isLoading(); });
        const qint64 total = model->totalCount();
        const double last = measure([&] { (void)model->index(int(total - 1), 0).data(); },
            [&] { return model->index(int(total - 1), 0).data(ProductsModel::LoadedRole).toBool(); });
        figures << Figure { u"jump to last row"_s, last, -1, u"sorted by brand, count known"_s };
        // A fresh order, jumping before its bookmarks exist: a long OFFSET along the index (bookmarks fix that).
        (void)measure([&] { model->sort(int(ProductColumn::SaleName), Qt::AscendingOrder); },
            [&] { return model->totalCount() >= 0 && !model->isLoading(); });
        const double early = measure([&] { (void)model->index(int(total / 2), 0).data(); },
            [&] { return model->index(int(total / 2), 0).data(ProductsModel::LoadedRole).toBool(); });
        figures << Figure { u"jump to middle, no bookmarks yet"_s, early, -1,
            u"sorted by sale name; OFFSET along the index"_s };
        (void)measure([&] { model->sort(int(ProductColumn::Brand), Qt::AscendingOrder); },
            [&] { return model->totalCount() >= 0 && !model->isLoading(); });
        const double marks = measure([] {}, [&] { return model->bookmarkCount() > 0; });
        const double middle = measure([&] { (void)model->index(int(total / 2), 0).data(); },
            [&] { return model->index(int(total / 2), 0).data(ProductsModel::LoadedRole).toBool(); });
        figures << Figure { u"jump to middle row"_s, middle, -1,
            u"keyset from a bookmark; bookmarks (every %1 rows) ready %2 ms after the count"_s
                .arg(ProductsModel::kBookmarkEvery)
                .arg(marks + last, 0, 'f', 0) };
        const double nearby = measure([&] { (void)model->index(int(total / 3), 0).data(); },
            [&] { return model->index(int(total / 3), 0).data(ProductsModel::LoadedRole).toBool(); });
        figures << Figure { u"jump to row n/3"_s, nearby, -1, {} };

        md::models::ProductFilter filter;
        filter.text = u"moncler"_s;
        const double filteredBrand = measure([&] { model->setFilter(filter); }, firstRowLoaded);
        figures << Figure { u"text filter \"moncler\", by brand"_s, filteredBrand, -1,
            u"the matches sit in one block of the brand order (55% in)"_s };
        (void)measure([&] { model->setFilter({}); }, [&] { return model->totalCount() >= 0 && !model->isLoading(); });
        (void)measure([&] { model->sort(-1, Qt::AscendingOrder); },
            [&] { return model->totalCount() >= 0 && !model->isLoading(); });
        const double filtered = measure([&] { model->setFilter(filter); }, firstRowLoaded);
        const double filteredCount = measure([] {}, [&] { return model->totalCount() >= 0; });
        figures << Figure {
            u"text filter \"moncler\""_s, filtered, -1,
            u"default order; %1 matches, counted %2 ms later"_s.arg(model->totalCount()).arg(filteredCount, 0, 'f', 0)
        };
        filter.text = u"P0765432"_s;
        const double rare = measure([&] { model->setFilter(filter); }, firstRowLoaded);
        figures << Figure { u"text filter, one match"_s, rare, -1, u"code of one product"_s };
        filter.text.clear();
        filter.brand = u"Gucci"_s;
        filter.visibility = md::models::ProductFilter::Visibility::Visible;
        const double brand = measure([&] { model->setFilter(filter); }, firstRowLoaded);
        figures << Figure { u"brand + visible filter"_s, brand, -1, {} };
        const qint64 rss = rssKiB();
        figures << Figure { u"process memory (MB)"_s, rss / 1024.0, -1,
            u"RSS after the runs above; %1 MB before the model, %2 cached pages"_s.arg(rssStart / 1024)
                .arg(model->cachedPageCount()) };
    }
    database.closeThreadConnection();

    // ---- reference: QSqlTableModel + QSortFilterProxyModel -----------------------------------------------------
    {
        auto db = database.connection();
        if (!db)
            fail(db.error().toString());
        QSqlTableModel table(nullptr, *db);
        table.setTable(u"product"_s);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&table);
        QElapsedTimer t;
        t.start();
        table.select();
        const double first = msSince(t);
        t.restart();
        while (table.canFetchMore())
            table.fetchMore();
        const double all = msSince(t);
        const int brandColumn = table.record().indexOf(u"brand"_s);
        const int saleColumn = table.record().indexOf(u"sale_name"_s);
        t.restart();
        proxy.sort(brandColumn, Qt::AscendingOrder);
        (void)proxy.index(0, 0).data();
        const double sorted = msSince(t);
        t.restart();
        proxy.setFilterKeyColumn(-1);
        proxy.setFilterRegularExpression(QRegularExpression(u"moncler"_s, QRegularExpression::CaseInsensitiveOption));
        (void)proxy.index(0, saleColumn).data();
        const double filtered = msSince(t);
        const int matches = proxy.rowCount();
        for (auto& f : figures) {
            if (f.what == u"first page"_s)
                f.reference = first;
            else if (f.what == u"sort by brand"_s)
                f.reference = sorted + all;
            else if (f.what == u"jump to last row"_s)
                f.reference = first + all;
            else if (f.what.startsWith(u"text filter \"moncler\""_s)) {
                f.reference = filtered + all;
                f.note += u"; reference found %1"_s.arg(matches);
            }
        }
        figures << Figure { u"reference: fetch the rest"_s, -1, all,
            u"QPSQL reads the whole result in select(), so \"first page\" is the full load"_s };
        figures << Figure { u"reference: process memory (MB)"_s, -1, rssKiB() / 1024.0,
            u"RSS with every row loaded"_s };
    }

    std::printf("\n%-34s %12s %14s %9s  %s\n", "operation (ms unless noted)", "ProductsModel", "QSqlTableModel",
        "speed-up", "notes");
    for (const auto& f : figures) {
        const QString speedup = f.ours > 0 && f.reference > 0 && !f.what.contains(u"memory"_s)
            ? QString::number(f.reference / f.ours, 'f', 0) + u'x'
            : QString();
        std::printf("%-34s %12s %14s %9s  %s\n", qPrintable(f.what),
            f.ours >= 0 ? qPrintable(QString::number(f.ours, 'f', 1)) : "",
            f.reference >= 0 ? qPrintable(QString::number(f.reference, 'f', 1)) : "", qPrintable(speedup),
            qPrintable(f.note));
    }
    std::printf("peak RSS of the whole run: %lld MB\n", rssKiB("VmHWM:") / 1024);
    return 0;
}
