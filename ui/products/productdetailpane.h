#pragma once

#include "models/productquery.h"
#include "services/db/database.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QTableView;

namespace md::models {
class VariantsModel;
}

namespace md::ui {

class ImageCache;

// The selected product: a heading, its variants (colour, size, stock, CodArticolo, prices) and its images,
// fetched only once the product is shown and then cached.
class ProductDetailPane : public QWidget {
    Q_OBJECT
public:
    ProductDetailPane(db::Database database, ImageCache* images, QWidget* parent = nullptr);

    // nullopt clears the pane.
    void showProduct(const std::optional<models::ProductRow>& product);
    qint64 productId() const;
    models::VariantsModel* variantsModel() const { return m_variants; }
    QTableView* variantsView() const { return m_variantsView; }
    QListWidget* imageList() const { return m_imageList; }

private:
    void onVariantsLoaded();
    void onImageReady(const QUrl& url, const QImage& image);
    void onImageFailed(const QUrl& url, const QString& reason);

    models::VariantsModel* m_variants;
    ImageCache* m_images;
    QLabel* m_title;
    QLabel* m_subtitle;
    QTableView* m_variantsView;
    QListWidget* m_imageList;
    QLabel* m_imageNote;
};

} // namespace md::ui
