#include "models/variantsmodel.h"

#include "models/dbworker.h"
#include "models/moneyformat.h"
#include "models/reservedstock.h"
#include "services/db/sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace md::models {

VariantsModel::VariantsModel(db::Database database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_worker(std::make_unique<DbWorker>(database, u"md-variants"_s))
{
}

VariantsModel::~VariantsModel() = default;

int VariantsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VariantsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VariantsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Colour:
        return tr("Colour");
    case Size:
        return tr("Size");
    case Stock:
        return tr("Stock");
    case Reserved:
        return tr("Reserved");
    case Sellable:
        return tr("Sellable");
    case VariantCode:
        return tr("CodArticolo");
    case Price:
        return tr("Price");
    case Cost:
        return tr("Cost");
    case ListPrice:
        return tr("List price");
    default:
        return {};
    }
}

QVariant VariantsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VariantRow& row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = (index.column() >= Stock && index.column() <= Sellable) || index.column() >= Price;
        return QVariant::fromValue(numeric ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == Colour && !row.colourCode.isEmpty())
        return tr("Colour code: %1").arg(row.colourCode);
    if (role == Qt::ToolTipRole && (index.column() == Reserved || index.column() == Sellable) && row.reserved > 0)
        return tr("%n reserved by open orders", nullptr, int(std::min<qint64>(row.reserved, INT_MAX)));
    if (role == Qt::BackgroundRole && row.reserved > 0)
        return reservedStockBrush();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Colour:
        return row.colourCode.isEmpty() || row.colour.contains(row.colourCode)
            ? row.colour
            : row.colour + u" ("_s + row.colourCode + u')';
    case Size:
        return row.size;
    case Stock:
        return QLocale().toString(row.quantity);
    case Reserved:
        return QLocale().toString(row.reserved);
    case Sellable:
        return QLocale().toString(row.sellable);
    case VariantCode:
        return row.variantCode;
    case Price:
        return formatMoney(row.price, row.currency);
    case Cost:
        return formatMoney(row.cost, row.currency);
    case ListPrice:
        return formatMoney(row.listPrice, row.currency);
    default:
        return {};
    }
}

QList<QUrl> VariantsModel::parseImageUrls(const QString& field)
{
    QStringList parts;
    const QString trimmed = field.trimmed();
    if (trimmed.startsWith(u'[')) {
        const auto array = QJsonDocument::fromJson(trimmed.toUtf8()).array();
        for (const auto& value : array)
            parts << value.toString();
    } else {
        static const QRegularExpression separators(u"[\\s,|;]+"_s);
        parts = trimmed.split(separators, Qt::SkipEmptyParts);
    }
    QList<QUrl> urls;
    for (const auto& part : parts) {
        const QUrl url(part.trimmed());
        if (url.isValid() && (url.scheme() == u"http"_s || url.scheme() == u"https"_s) && !urls.contains(url))
            urls << url;
    }
    return urls;
}

void VariantsModel::setProductId(qint64 productId)
{
    ++m_generation;
    beginResetModel();
    m_productId = productId;
    m_rows.clear();
    m_images.clear();
    endResetModel();
    if (productId <= 0)
        return;
    const quint64 generation = m_generation;
    m_worker->post([this, generation, productId](const Result<QSqlDatabase>& db) {
        Result<Loaded> result = Loaded {};
        if (!db) {
            result = db.error();
        } else {
            auto q = db::exec(*db,
                u"SELECT s.id, s.colour, s.colour_code, s.size, s.quantity, COALESCE(g.variant_code, s.variant_key), "
                "s.price, s.cost, g.list_price, COALESCE(s.currency, g.currency), s.feed_visible, g.images, "
                "ss.reserved, ss.sellable "
                "FROM product_stock s LEFT JOIN product_stock_gnb g ON g.product_stock_id = s.id "
                "JOIN sellable_stock ss ON ss.product_stock_id = s.id "
                "WHERE s.product_id = ? AND ss.product_id = ? ORDER BY s.colour, s.size, s.variant_key"_s,
                { productId, productId });
            if (!q) {
                result = q.error();
            } else {
                Loaded loaded;
                while (q->next()) {
                    VariantRow row;
                    row.id = q->value(0).toLongLong();
                    row.colour = q->value(1).toString();
                    row.colourCode = q->value(2).toString();
                    row.size = q->value(3).toString();
                    row.quantity = q->value(4).toInt();
                    row.variantCode = q->value(5).toString();
                    row.price = q->value(6);
                    row.cost = q->value(7);
                    row.listPrice = q->value(8);
                    row.currency = q->value(9).toString();
                    row.visible = q->value(10).toBool();
                    row.reserved = q->value(12).toLongLong();
                    row.sellable = q->value(13).toLongLong();
                    for (const auto& url : parseImageUrls(q->value(11).toString())) {
                        if (!loaded.images.contains(url))
                            loaded.images << url;
                    }
                    loaded.rows << row;
                }
                result = std::move(loaded);
            }
        }
        QMetaObject::invokeMethod(
            this, [this, generation, productId, result] { onLoaded(generation, productId, result); },
            Qt::QueuedConnection);
    });
}

void VariantsModel::onLoaded(quint64 generation, qint64 productId, const Result<Loaded>& result)
{
    if (generation != m_generation)
        return;
    if (!result) {
        Q_EMIT errorOccurred(result.error());
        return;
    }
    if (!result->rows.isEmpty()) {
        beginInsertRows({}, 0, int(result->rows.size()) - 1);
        m_rows = result->rows;
        endInsertRows();
    }
    m_images = result->images;
    Q_EMIT loaded(productId);
}

} // namespace md::models
