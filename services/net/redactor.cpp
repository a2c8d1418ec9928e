#include "services/net/redactor.h"

#include <QUrl>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace md::net {

namespace {

QString alternation(const QStringList& names)
{
    QStringList escaped;
    escaped.reserve(names.size());
    for (const QString& n : names)
        escaped << QRegularExpression::escape(n);
    return escaped.join(u'|');
}

} // namespace

Redactor::Redactor()
    : m_parameters { u"access_token"_s, u"refresh_token"_s, u"client_secret"_s, u"client_secret_sign"_s, u"password"_s,
        u"pwd"_s, u"passwd"_s, u"api_key"_s, u"apikey"_s, u"id_token"_s }
    , m_headers { u"Authorization"_s, u"Proxy-Authorization"_s, u"X-Api-Key"_s, u"GiosisCertificationKey"_s,
        u"Cookie"_s, u"Set-Cookie"_s }
{
    rebuildPatterns();
}

void Redactor::addSecret(const QString& value)
{
    if (value.isEmpty())
        return;
    QMutexLocker lock(&m_mutex);
    m_secrets.insert(value);
    // The same secret travels percent-encoded in URLs and with '+' for spaces in forms.
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(value));
    m_secrets.insert(encoded);
    QString form = encoded;
    m_secrets.insert(form.replace(u"%20"_s, u"+"_s));
}

void Redactor::removeSecret(const QString& value)
{
    QMutexLocker lock(&m_mutex);
    m_secrets.remove(value);
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(value));
    m_secrets.remove(encoded);
    QString form = encoded;
    m_secrets.remove(form.replace(u"%20"_s, u"+"_s));
}

void Redactor::addSensitiveParameter(const QString& name)
{
    QMutexLocker lock(&m_mutex);
    if (!m_parameters.contains(name, Qt::CaseInsensitive))
        m_parameters << name;
    rebuildPatterns();
}

void Redactor::addSensitiveHeader(const QString& name)
{
    QMutexLocker lock(&m_mutex);
    if (!m_headers.contains(name, Qt::CaseInsensitive))
        m_headers << name;
    rebuildPatterns();
}

void Redactor::rebuildPatterns()
{
    const auto opts = QRegularExpression::CaseInsensitiveOption;
    const QString params = alternation(m_parameters);
    // name=value in query strings and form bodies; the name must not be the tail of a longer word.
    m_formPattern = QRegularExpression(u"(?<![A-Za-z0-9_])(%1)=[^&\\s#\"',;]*"_s.arg(params), opts);
    // "name": "value" in JSON bodies.
    m_jsonPattern = QRegularExpression(u"(\"(?:%1)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\""_s.arg(params), opts);
    // "Header: value" or "Header=value" in free text; a value runs to the end of the line or a separator.
    m_headerPattern = QRegularExpression(
        u"(?<![A-Za-z0-9_-])(%1)(\"?\\s*[:=]\\s*\"?)[^\\r\\n,;\"]*"_s.arg(alternation(m_headers)), opts);
}

bool Redactor::isSensitiveHeader(QByteArrayView name) const
{
    QMutexLocker lock(&m_mutex);
    const QString n = QString::fromLatin1(name);
    return m_headers.contains(n, Qt::CaseInsensitive);
}

QString Redactor::redactHeader(QByteArrayView name, const QByteArray& value) const
{
    return isSensitiveHeader(name) ? QString(mask) : redact(value);
}

QString Redactor::redact(const QString& text) const
{
    QMutexLocker lock(&m_mutex);
    QString out = text;
    // Longest first, so a secret that contains another is masked whole.
    QList<QString> secrets(m_secrets.cbegin(), m_secrets.cend());
    std::sort(secrets.begin(), secrets.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    for (const QString& s : std::as_const(secrets))
        out.replace(s, mask);
    out.replace(m_formPattern, u"\\1="_s + mask);
    out.replace(m_jsonPattern, u"\\1\""_s + mask + u'"');
    out.replace(m_headerPattern, u"\\1\\2"_s + mask);
    return out;
}

} // namespace md::net
