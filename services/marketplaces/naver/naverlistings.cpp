#include "services/marketplaces/naver/naverlistings.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace md::marketplaces::naver {

namespace {

QString text(const QJsonValue& value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

} // namespace

QList<Listing> listingsFromSearch(const QJsonArray& contents)
{
    QList<Listing> listings;
    listings.reserve(contents.size());
    for (const auto& value : contents) {
        const QJsonObject product = value.toObject();
        Listing listing;
        listing.productId = text(product.value(u"originProductNo"_s));
        if (listing.productId.isEmpty())
            continue;
        const QJsonArray channels = product.value(u"channelProducts"_s).toArray();
        const QJsonObject first = channels.first().toObject();
        listing.sku = first.value(u"sellerManagementCode"_s).toString();
        listing.name = first.value(u"name"_s).toString();
        listing.status = first.value(u"statusType"_s).toString();
        listing.price = text(first.value(u"salePrice"_s));
        listing.data = QJsonDocument(product).toJson(QJsonDocument::Compact);
        for (const auto& channelValue : channels) {
            const QJsonObject channel = channelValue.toObject();
            ListingVariant variant;
            variant.variantKey = text(channel.value(u"channelProductNo"_s));
            variant.optionName = channel.value(u"channelServiceType"_s).toString();
            variant.quantity = channel.value(u"stockQuantity"_s).toInt();
            const QJsonValue discounted = channel.value(u"discountedPrice"_s);
            variant.price = text(discounted.isUndefined() ? channel.value(u"salePrice"_s) : discounted);
            listing.variants.append(variant);
        }
        listings.append(listing);
    }
    return listings;
}

} // namespace md::marketplaces::naver
