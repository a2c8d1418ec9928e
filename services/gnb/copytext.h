#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace md::gnb::copytext {

// Values in PostgreSQL's COPY text format, appended to a buffer: UTF-8 with backslash escapes for the characters
// that delimit rows and fields (\\, \t, \n, \r), \N for NULL. Each field is followed by a tab; the caller ends the
// row. Written straight into the buffer: the crawl encodes every value of every feed row, and going through
// temporary QByteArrays (toUtf8, QByteArray::number, QDateTime::toString) was half of its client time.
// The caller ends a row by turning the last field's tab into a newline.

// Text, or NULL when `value` is null (an empty string stays empty).
void text(QByteArray& out, const QString& value);
void number(QByteArray& out, qint64 value);
// Cents as a decimal with two places ("-12.05"), or NULL.
void money(QByteArray& out, const std::optional<qint64>& cents);
// UTC as "2026-11-20T08:30:00Z", or NULL when invalid.
void timestamp(QByteArray& out, const QDateTime& utc);
// Lines joined by newlines (escaped) into one field, or NULL when there are none.
void lines(QByteArray& out, const QStringList& values);

} // namespace md::gnb::copytext
