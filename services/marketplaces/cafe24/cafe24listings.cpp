#include "services/marketplaces/cafe24/cafe24listings.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace md::marketplaces::cafe24 {

namespace {

QString text(const QJsonValue& value)
{
    return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
}

bool isColour(const QString& name)
{
    const QString lower = name.toLower();
    return lower.contains(u"color"_s) || lower.contains(u"colour"_s) || name.contains(u"색상"_s);
}

bool isSize(const QString& name)
{
    return name.toLower().contains(u"size"_s) || name.contains(u"사이즈"_s);
}

} // namespace

QList<Listing> listingsFromProducts(const QJsonArray& products)
{
    QList<Listing> listings;
    listings.reserve(products.size());
    for (const auto& value : products) {
        const QJsonObject product = value.toObject();
        Listing listing;
        listing.productId = text(product.value(u"product_no"_s));
        if (listing.productId.isEmpty())
            continue;
        const QString custom = product.value(u"custom_product_code"_s).toString();
        listing.sku = custom.isEmpty() ? product.value(u"product_code"_s).toString() : custom;
        listing.name = product.value(u"product_name"_s).toString();
        listing.status = product.value(u"selling"_s).toString() == u"T"_s ? u"selling"_s : u"not_selling"_s;
        listing.price = text(product.value(u"price"_s));
        listing.data = QJsonDocument(product).toJson(QJsonDocument::Compact);
        for (const auto& variantValue : product.value(u"variants"_s).toArray()) {
            const QJsonObject variant = variantValue.toObject();
            ListingVariant line;
            line.variantKey = variant.value(u"variant_code"_s).toString();
            QStringList names;
            for (const auto& optionValue : variant.value(u"options"_s).toArray()) {
                const QJsonObject option = optionValue.toObject();
                const QString name = option.value(u"name"_s).toString();
                const QString chosen = option.value(u"value"_s).toString();
                names << name + u'=' + chosen;
                if (isColour(name))
                    line.colour = chosen;
                else if (isSize(name))
                    line.size = chosen;
            }
            line.optionName = names.join(u" / "_s);
            line.quantity = variant.value(u"quantity"_s).toInt();
            const QString extra = text(variant.value(u"additional_amount"_s));
            bool ok = false;
            const double base = listing.price.toDouble(&ok);
            if (ok)
                line.price = QString::number(base + extra.toDouble(), 'f', 2);
            listing.variants.append(line);
        }
        listings.append(listing);
    }
    return listings;
}

} // namespace md::marketplaces::cafe24
