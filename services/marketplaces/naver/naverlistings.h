#pragma once

#include "services/marketplaces/naver/listingwriter.h"

#include <QJsonArray>

namespace md::marketplaces::naver {

// Listings from one page of /v1/products/search `contents`: one per originProductNo (raw JSON kept in data), the
// first channel product giving name, code, status and price, and one stock line per channel product (Naver's
// search gives stock, not options).
QList<Listing> listingsFromSearch(const QJsonArray& contents);

} // namespace md::marketplaces::naver
