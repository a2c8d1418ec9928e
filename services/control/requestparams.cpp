#include "services/control/requestparams.h"

#include "services/control/controltr.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace md::control {

RequestParams::RequestParams(const HttpRequest& request)
{
    for (const auto& [key, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        if (m_values.contains(key))
            reject(key, tr("%1 is given more than once.").arg(key));
        m_values.insert(key, value);
    }
    if (request.body.trimmed().isEmpty())
        return;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        reject(u"body"_s, tr("The request body must be one JSON object, e.g. {\"from\": \"2026-11-01\"}."));
        return;
    }
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue v = it.value();
        if (m_values.contains(it.key()))
            reject(it.key(), tr("%1 is given more than once.").arg(it.key()));
        if (v.isString())
            m_values.insert(it.key(), v.toString());
        else if (v.isDouble())
            m_values.insert(it.key(), QString::number(v.toDouble(), 'g', 17));
        else if (!v.isNull())
            reject(it.key(), tr("%1 must be a string or a number.").arg(it.key()));
    }
}

QDate RequestParams::date(const QString& name)
{
    if (!has(name))
        return {};
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QString value = m_values.value(name);
    const QDate day = QDate::fromString(value, u"yyyy-MM-dd"_s);
    if (!shape.match(value).hasMatch() || !day.isValid()) {
        reject(name, tr("%1 must be a date written YYYY-MM-DD, not \"%2\".").arg(name, value.left(40)));
        return {};
    }
    return day;
}

int RequestParams::integer(const QString& name, int fallback, int min, int max)
{
    if (!has(name))
        return fallback;
    bool ok = false;
    const int v = m_values.value(name).toInt(&ok);
    if (!ok || v < min || v > max) {
        reject(name, tr("%1 must be a whole number from %2 to %3.").arg(name).arg(min).arg(max));
        return fallback;
    }
    return v;
}

QString RequestParams::text(const QString& name, qsizetype maxLength)
{
    if (!has(name))
        return {};
    const QString value = m_values.value(name).trimmed();
    if (value.isEmpty() || value.size() > maxLength) {
        reject(name, tr("%1 must be between 1 and %2 characters.").arg(name).arg(maxLength));
        return {};
    }
    return value;
}

void RequestParams::reject(const QString& name, const QString& message)
{
    if (!m_error)
        m_error.emplace(name, message);
}

void RequestParams::allowOnly(const QStringList& known)
{
    QStringList names = m_values.keys();
    names.sort();
    for (const QString& name : std::as_const(names)) {
        if (!known.contains(name))
            reject(name, tr("Unknown parameter %1; this resource takes %2.").arg(name, known.join(u", "_s)));
    }
}

HttpResponse RequestParams::error() const
{
    return HttpResponse::error(
        400, u"invalid_parameter"_s, m_error ? m_error->second : QString(), m_error ? m_error->first : QString());
}

} // namespace md::control
