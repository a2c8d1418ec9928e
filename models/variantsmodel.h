#pragma once

#include "services/db/database.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QUrl>
#include <memory>

namespace md::models {

class DbWorker;

struct VariantRow {
    qint64 id = 0;
    QString colour;
    QString colourCode;
    QString size;
    int quantity = 0;
    qint64 reserved = 0; // open orders at G&B that the feed does not show yet (the sellable_stock view)
    qint64 sellable = 0; // max(quantity - reserved, 0)
    QString variantCode; // G&B CodArticolo, else the platform's option key
    QVariant price;
    QVariant cost;
    QVariant listPrice;
    QString currency;
    bool visible = true;
};

// The variants (colour, size, stock, reserved and sellable stock, CodArticolo, prices) of one product, loaded on a
// worker thread, plus the product's image URLs. Switching products quickly drops the answers for the earlier ones.
class VariantsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Colour, Size, Stock, Reserved, Sellable, VariantCode, Price, Cost, ListPrice, ColumnCount };

    explicit VariantsModel(db::Database database, QObject* parent = nullptr);
    ~VariantsModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // 0 clears the model.
    void setProductId(qint64 productId);
    qint64 productId() const { return m_productId; }
    QList<QUrl> imageUrls() const { return m_images; }
    const QList<VariantRow>& variants() const { return m_rows; }

    // Splits the images field (a JSON array, or URLs separated by spaces, commas, '|' or ';').
    static QList<QUrl> parseImageUrls(const QString& field);

Q_SIGNALS:
    void loaded(qint64 productId);
    void errorOccurred(const md::Error& error);

private:
    struct Loaded {
        QList<VariantRow> rows;
        QList<QUrl> images;
    };
    void onLoaded(quint64 generation, qint64 productId, const Result<Loaded>& result);

    qint64 m_productId = 0;
    quint64 m_generation = 0;
    QList<VariantRow> m_rows;
    QList<QUrl> m_images;
    std::unique_ptr<DbWorker> m_worker; // last: stops before the rest goes
};

} // namespace md::models
