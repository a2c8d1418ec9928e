#include "services/marketplaces/common/account.h"

using namespace Qt::StringLiterals;

namespace md::marketplaces {

QString Account::secretKey(const QString& platform, const QString& name, const QString& field)
{
    return u"account/"_s + platform + u'/' + name + u'/' + field;
}

QString Account::label() const
{
    return platform + u" account \""_s + name + u'"';
}

QStringList supportedPlatforms()
{
    return { u"cafe24"_s, u"naver"_s, u"qoo10"_s };
}

QStringList requiredSecretFields(const QString& platform)
{
    if (platform == u"qoo10")
        return { u"api_key"_s, u"user_id"_s, u"password"_s };
    if (platform == u"naver")
        return { u"client_id"_s, u"client_secret"_s };
    if (platform == u"cafe24")
        return { u"client_id"_s, u"client_secret"_s };
    return {};
}

QStringList derivedSecretFields(const QString& platform)
{
    if (platform == u"qoo10")
        return { u"seller_key"_s };
    if (platform == u"naver")
        return { u"access_token"_s };
    if (platform == u"cafe24")
        return { u"access_token"_s };
    return {};
}

QStringList optionalSecretFields(const QString& platform)
{
    if (requiredSecretFields(platform).isEmpty())
        return {};
    // Cafe24: the refresh token normally comes from authorizing in the browser (`accounts authorize`, the Accounts
    // page), after the account exists; one obtained elsewhere may be given with the others.
    if (platform == u"cafe24")
        return { u"refresh_token"_s, QString(kProxyPasswordField) };
    return { QString(kProxyPasswordField) };
}

} // namespace md::marketplaces
