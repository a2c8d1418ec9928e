#include "services/marketplaces/naver/naversign.h"

#include <QCoreApplication>
#include <crypt.h>
#include <memory>

namespace md::marketplaces::naver {

Result<QByteArray> bcryptHash(const QByteArray& password, const QByteArray& salt)
{
    if (!salt.startsWith("$2a$") && !salt.startsWith("$2b$") && !salt.startsWith("$2y$"))
        return Error { ErrorCode::Config,
            QCoreApplication::translate("md::naver",
                "The Naver client secret is not a bcrypt salt ($2a$…): copy it "
                "again from the Naver Commerce API center."),
            {} };
    // crypt_data is ~32 KiB: keep it off the stack; crypt_rn is thread-safe and never returns a "*0" magic string.
    auto data = std::make_unique<crypt_data>();
    const char* hash = crypt_rn(password.constData(), salt.constData(), data.get(), int(sizeof(crypt_data)));
    if (!hash || hash[0] == '*')
        return Error { ErrorCode::Config,
            QCoreApplication::translate("md::naver",
                "The Naver client secret was refused by bcrypt: copy it again "
                "from the Naver Commerce API center."),
            {} };
    return QByteArray(hash);
}

Result<QByteArray> clientSecretSign(const QByteArray& clientId, const QByteArray& clientSecret, qint64 timestampMs)
{
    auto hash = bcryptHash(clientId + '_' + QByteArray::number(timestampMs), clientSecret);
    if (!hash)
        return hash.error();
    return hash->toBase64();
}

} // namespace md::marketplaces::naver
