#pragma once

#include <QByteArray>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

namespace md::net {

// Masks secrets in text that is about to be logged or put into Error::detail. Thread-safe: a platform client
// registers a token from its worker thread while the same Redactor may be used elsewhere.
class Redactor {
public:
    static constexpr QLatin1StringView mask { "***" };

    Redactor();

    // Every later redact() replaces this value (and its percent-/form-encoded forms) with the mask.
    void addSecret(const QString& value);
    void addSecret(const QByteArray& value) { addSecret(QString::fromUtf8(value)); }
    void removeSecret(const QString& value);
    // Adds a query/form/JSON parameter name whose value is always masked (case-insensitive).
    void addSensitiveParameter(const QString& name);
    // Adds a header name whose value is always masked (case-insensitive).
    void addSensitiveHeader(const QString& name);

    bool isSensitiveHeader(QByteArrayView name) const;
    // The text with registered secrets, sensitive parameters (k=v and "k":"v") and sensitive headers masked.
    QString redact(const QString& text) const;
    QString redact(const QByteArray& utf8) const { return redact(QString::fromUtf8(utf8)); }
    // A header value as it may be logged: masked when the header is sensitive.
    QString redactHeader(QByteArrayView name, const QByteArray& value) const;

private:
    void rebuildPatterns(); // caller holds m_mutex

    mutable QMutex m_mutex;
    QSet<QString> m_secrets;
    QStringList m_parameters;
    QStringList m_headers;
    QRegularExpression m_formPattern;
    QRegularExpression m_jsonPattern;
    QRegularExpression m_headerPattern;
};

} // namespace md::net
