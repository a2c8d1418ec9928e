#include "services/gnb/copytext.h"

#include <charconv>

namespace md::gnb::copytext {

namespace {
void null(QByteArray& out)
{
    out.append("\\N\t", 3);
}

// Encodes UTF-16 as UTF-8 with COPY's escapes. At most three bytes per UTF-16 unit (an escape takes two, a
// surrogate pair four for two units).
void escaped(QByteArray& out, QStringView value)
{
    const qsizetype start = out.size();
    out.resize(start + 3 * value.size());
    char* p = out.data() + start;
    const char16_t* s = value.utf16();
    const char16_t* const end = s + value.size();
    const auto put = [&p](char32_t u) {
        if (u < 0x800) {
            *p++ = char(0xC0 | (u >> 6));
        } else if (u < 0x10000) {
            *p++ = char(0xE0 | (u >> 12));
            *p++ = char(0x80 | ((u >> 6) & 0x3F));
        } else {
            *p++ = char(0xF0 | (u >> 18));
            *p++ = char(0x80 | ((u >> 12) & 0x3F));
            *p++ = char(0x80 | ((u >> 6) & 0x3F));
        }
        *p++ = char(0x80 | (u & 0x3F));
    };
    while (s < end) {
        const char16_t c = *s++;
        if (c < 0x80) {
            switch (c) {
            case u'\\':
                *p++ = '\\';
                *p++ = '\\';
                break;
            case u'\t':
                *p++ = '\\';
                *p++ = 't';
                break;
            case u'\n':
                *p++ = '\\';
                *p++ = 'n';
                break;
            case u'\r':
                *p++ = '\\';
                *p++ = 'r';
                break;
            default:
                *p++ = char(c);
            }
        } else if (!QChar::isSurrogate(c)) {
            put(c);
        } else if (QChar::isHighSurrogate(c) && s < end && QChar::isLowSurrogate(*s)) {
            put(QChar::surrogateToUcs4(c, *s++));
        } else {
            put(QChar::ReplacementCharacter); // a lone surrogate is not valid UTF-8 (as QString::toUtf8 does)
        }
    }
    out.resize(p - out.constData());
}

void digits(QByteArray& out, qint64 value)
{
    char buffer[24];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, end - buffer);
}

void twoDigits(char* p, int value)
{
    p[0] = char('0' + value / 10);
    p[1] = char('0' + value % 10);
}
} // namespace

void text(QByteArray& out, const QString& value)
{
    if (value.isNull())
        return null(out);
    escaped(out, value);
    out.append('\t');
}

void number(QByteArray& out, qint64 value)
{
    digits(out, value);
    out.append('\t');
}

void money(QByteArray& out, const std::optional<qint64>& cents)
{
    if (!cents)
        return null(out);
    const qint64 v = *cents;
    const qint64 a = v < 0 ? -v : v;
    if (v < 0)
        out.append('-');
    digits(out, a / 100);
    char frac[4] = { '.', 0, 0, '\t' };
    twoDigits(frac + 1, int(a % 100));
    out.append(frac, 4);
}

void timestamp(QByteArray& out, const QDateTime& utc)
{
    if (!utc.isValid())
        return null(out);
    const QDateTime t = utc.toUTC();
    const QDate d = t.date();
    const QTime time = t.time();
    if (d.year() < 1000 || d.year() > 9999) { // not the fixed-width form below: let Qt write it
        out.append(t.toString(Qt::ISODate).toLatin1());
        out.append('\t');
        return;
    }
    char buffer[21] = "0000-00-00T00:00:00Z";
    twoDigits(buffer, d.year() / 100);
    twoDigits(buffer + 2, d.year() % 100);
    twoDigits(buffer + 5, d.month());
    twoDigits(buffer + 8, d.day());
    twoDigits(buffer + 11, time.hour());
    twoDigits(buffer + 14, time.minute());
    twoDigits(buffer + 17, time.second());
    out.append(buffer, 20);
    out.append('\t');
}

void lines(QByteArray& out, const QStringList& values)
{
    if (values.isEmpty())
        return null(out);
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out.append("\\n", 2);
        escaped(out, values.at(i));
    }
    out.append('\t');
}

} // namespace md::gnb::copytext
