#include "services/gnb/feedsources.h"

#include "services/gnb/folderfeedsource.h"
#include "services/gnb/httpfeedsource.h"
#include "services/secrets/keychainsecretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace md::gnb {

Result<std::unique_ptr<FeedSource>> createFeedSource(const FeedSourceOptions& options)
{
    const QString& location = options.location;
    if (location.startsWith(u"http://"_s, Qt::CaseInsensitive)
        || location.startsWith(u"https://"_s, Qt::CaseInsensitive)) {
        const QUrl url(location, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return Error { ErrorCode::Config,
                QCoreApplication::translate("md::gnb", "The feed URL \"%1\" is not valid.").arg(location), {} };
        if (!url.password().isEmpty())
            return Error { ErrorCode::Config,
                QCoreApplication::translate("md::gnb",
                    "The feed URL contains a password. Remove it: use --user and store the password in the keychain "
                    "with marketdesk-cli gnb set-feed-secret."),
                {} };
        if (!options.basicUser.isEmpty() && options.useApiKey)
            return Error { ErrorCode::Config,
                QCoreApplication::translate("md::gnb", "Use either Basic auth (--user) or an API key, not both."), {} };
        const FeedAuth auth = options.useApiKey ? FeedAuth::ApiKey
            : options.basicUser.isEmpty()       ? FeedAuth::None
                                                : FeedAuth::Basic;
        if (auth == FeedAuth::None || options.secrets)
            return std::unique_ptr<FeedSource>(new HttpFeedSource(url, auth, options.basicUser, options.secrets));
        auto* keychain = new secrets::KeychainSecretStore;
        auto source = std::make_unique<HttpFeedSource>(url, auth, options.basicUser, keychain);
        keychain->setParent(source.get());
        return std::unique_ptr<FeedSource>(std::move(source));
    }
    const QString path = location.startsWith(u"file://"_s) ? QUrl(location).toLocalFile() : location;
    if (!QFileInfo(path).isDir())
        return Error { ErrorCode::Config,
            QCoreApplication::translate("md::gnb",
                "The feed folder \"%1\" does not exist (give a folder holding "
                "YYYYMMDD/ day folders, or an http(s):// URL).")
                .arg(location),
            {} };
    return std::unique_ptr<FeedSource>(new FolderFeedSource(QDir(path).absolutePath()));
}

} // namespace md::gnb
