#include "services/marketplaces/products/listingsource.h"

#include "services/marketplaces/cafe24/cafe24listingsource.h"
#include "services/marketplaces/naver/naverlistingsource.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace md::marketplaces {

Result<std::unique_ptr<ListingSource>> createListingSource(const Account& account, const CollectorEnv& env)
{
    if (!env.secrets)
        return Error { ErrorCode::Internal, u"createListingSource without a SecretStore"_s, {} };
    if (account.platform == u"naver")
        return std::unique_ptr<ListingSource>(std::make_unique<naver::NaverListingSource>(account, env));
    if (account.platform == u"cafe24") {
        // Cafe24 keeps its rotating refresh token's lease in the database.
        if (!env.database)
            return Error { ErrorCode::Internal, u"createListingSource for cafe24 needs CollectorEnv::database"_s, {} };
        return std::unique_ptr<ListingSource>(
            std::make_unique<cafe24::Cafe24ListingSource>(account, env, *env.database));
    }
    return Error { ErrorCode::Config,
        QCoreApplication::translate("md::marketplaces",
            "%1 has no product API to sync listings from; only Cafe24 and Naver accounts can sync products.")
            .arg(account.label()),
        {} };
}

bool hasListingSource(const QString& platform)
{
    return platform == u"naver" || platform == u"cafe24";
}

} // namespace md::marketplaces
