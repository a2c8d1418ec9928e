#pragma once

#include "services/marketplaces/naver/listingwriter.h"

#include <QJsonArray>

namespace md::marketplaces::cafe24 {

// Listings from one page of GET /products?embed=variants: product_no as the product id, product_code /
// custom_product_code as the seller's code, and one stock line per variant (variant_code, its options and quantity).
QList<Listing> listingsFromProducts(const QJsonArray& products);

} // namespace md::marketplaces::cafe24
