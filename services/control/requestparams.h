#pragma once

#include "services/control/httpmessage.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <optional>

namespace md::control {

// The parameters of one request: the query string, or the members of a JSON object body (POST). Reading a
// parameter checks it; the first problem becomes a 400 that names the parameter and says what is expected.
class RequestParams {
    // tr() in member functions uses this class's context, where lupdate files those strings.
    Q_DECLARE_TR_FUNCTIONS(md::control::RequestParams)

public:
    explicit RequestParams(const HttpRequest& request);

    bool has(const QString& name) const { return m_values.contains(name); }
    // A calendar day written YYYY-MM-DD; invalid when absent.
    QDate date(const QString& name);
    // A whole number in [min, max]; `fallback` when absent.
    int integer(const QString& name, int fallback, int min, int max);
    // Non-empty text of at most maxLength characters; empty when absent.
    QString text(const QString& name, qsizetype maxLength = 200);
    // Records a problem with a parameter (the first one is kept).
    void reject(const QString& name, const QString& message);
    // Rejects every parameter not in `known` (a typo would otherwise be silently ignored).
    void allowOnly(const QStringList& known);

    bool ok() const { return !m_error.has_value(); }
    // The 400 answer for the first problem.
    HttpResponse error() const;

private:
    QHash<QString, QString> m_values;
    std::optional<std::pair<QString, QString>> m_error; // parameter, message
};

} // namespace md::control
