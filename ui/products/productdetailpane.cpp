#include "ui/products/productdetailpane.h"

#include "models/moneyformat.h"
#include "models/variantsmodel.h"
#include "ui/products/imagecache.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

namespace {
constexpr int kUrlRole = Qt::UserRole + 1;
}

ProductDetailPane::ProductDetailPane(db::Database database, ImageCache* images, QWidget* parent)
    : QWidget(parent)
    , m_variants(new models::VariantsModel(std::move(database), this))
    , m_images(images)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_variantsView(new QTableView(this))
    , m_imageList(new QListWidget(this))
    , m_imageNote(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_variantsView->setObjectName(u"variantsView"_s);
    m_variantsView->setModel(m_variants);
    m_variantsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_variantsView->verticalHeader()->hide();
    m_variantsView->horizontalHeader()->setStretchLastSection(true);
    m_variantsView->setAlternatingRowColors(true);

    m_imageList->setObjectName(u"imageList"_s);
    m_imageList->setViewMode(QListView::IconMode);
    m_imageList->setFlow(QListView::LeftToRight);
    m_imageList->setWrapping(false);
    m_imageList->setIconSize(QSize(ImageCache::kThumbnailSize, ImageCache::kThumbnailSize));
    m_imageList->setFixedHeight(ImageCache::kThumbnailSize + 48);
    m_imageList->setMovement(QListView::Static);
    m_imageNote->setWordWrap(true);
    m_imageNote->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(new QLabel(tr("Variants"), this));
    layout->addWidget(m_variantsView, 1);
    layout->addWidget(new QLabel(tr("Images"), this));
    layout->addWidget(m_imageList);
    layout->addWidget(m_imageNote);

    connect(m_variants, &models::VariantsModel::loaded, this, &ProductDetailPane::onVariantsLoaded);
    connect(m_images, &ImageCache::imageReady, this, &ProductDetailPane::onImageReady);
    connect(m_images, &ImageCache::imageFailed, this, &ProductDetailPane::onImageFailed);
    showProduct(std::nullopt);
}

qint64 ProductDetailPane::productId() const
{
    return m_variants->productId();
}

void ProductDetailPane::showProduct(const std::optional<models::ProductRow>& product)
{
    m_imageList->clear();
    m_imageNote->hide();
    if (!product) {
        m_title->setText(tr("No product selected"));
        m_subtitle->setText(tr("Select a product to see its variants and images."));
        m_variants->setProductId(0);
        return;
    }
    // Supplier rows may not have a sale name yet: fall back to the managed name, then the code.
    QString name = product->saleName;
    if (name.isEmpty())
        name = product->productName;
    if (name.isEmpty())
        name = product->code;
    m_title->setText(product->brand.isEmpty() ? name : product->brand + u" · "_s + name);
    QStringList facts { tr("Code %1").arg(product->code), product->platform };
    if (!product->category.isEmpty())
        facts << product->category;
    else if (!product->supplierCategory.isEmpty())
        facts << tr("Supplier category %1 (not mapped)").arg(product->supplierCategory);
    if (!product->price.isNull())
        facts << tr("Price %1").arg(models::formatMoney(product->price, product->currency));
    m_subtitle->setText(facts.join(u" · "_s));
    m_variants->setProductId(product->id);
}

void ProductDetailPane::onVariantsLoaded()
{
    m_imageList->clear();
    const QList<QUrl> urls = m_variants->imageUrls();
    int insecure = 0;
    for (const QUrl& url : urls) {
        auto* item = new QListWidgetItem(m_imageList);
        item->setData(kUrlRole, url);
        item->setToolTip(url.toString());
        item->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
        if (ImageCache::isInsecure(url)) {
            ++insecure;
            item->setText(tr("⚠ http"));
            item->setToolTip(tr("Not encrypted (plain http://): %1").arg(url.toString()));
        }
        const QImage cached = m_images->image(url); // starts the download when not cached
        if (!cached.isNull())
            item->setIcon(QPixmap::fromImage(cached));
    }
    if (urls.isEmpty()) {
        m_imageNote->setText(tr("No images."));
        m_imageNote->show();
    } else if (insecure > 0) {
        m_imageNote->setText(tr("%n image(s) use plain http:// and are not encrypted.", nullptr, insecure));
        m_imageNote->setStyleSheet(u"color: #9d5d00;"_s);
        m_imageNote->show();
    }
}

void ProductDetailPane::onImageReady(const QUrl& url, const QImage& image)
{
    for (int i = 0; i < m_imageList->count(); ++i) {
        auto* item = m_imageList->item(i);
        if (item->data(kUrlRole).toUrl() == url)
            item->setIcon(QPixmap::fromImage(image));
    }
}

void ProductDetailPane::onImageFailed(const QUrl& url, const QString& reason)
{
    for (int i = 0; i < m_imageList->count(); ++i) {
        auto* item = m_imageList->item(i);
        if (item->data(kUrlRole).toUrl() == url) {
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setToolTip(tr("Could not load %1: %2").arg(url.toString(), reason));
        }
    }
}

} // namespace md::ui
