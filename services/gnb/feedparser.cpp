#include "services/gnb/feedparser.h"

#include "services/domain/colourrule.h"
#include "services/domain/datetimeparse.h"
#include "services/domain/decimalparse.h"
#include "services/gnb/textdecode.h"

#include <QCoreApplication>
#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;

namespace md::gnb {

namespace {

// Numbers and dates are short ASCII: widen them on the stack instead of allocating a QString.
template<typename Parse> auto parseShort(QByteArrayView bytes, Parse parse)
{
    char16_t buffer[64];
    if (bytes.size() <= qsizetype(std::size(buffer)) && isAscii(bytes)) {
        for (qsizetype i = 0; i < bytes.size(); ++i)
            buffer[i] = char16_t(bytes[i]);
        return parse(QStringView(buffer, bytes.size()));
    }
    const QString decoded = decodeFeedText(bytes);
    return parse(QStringView(decoded));
}
} // namespace

FeedParser::FeedParser(
    QIODevice* device, QString fileName, FeedColumns columns, QHash<QString, QString> colourCodes, qsizetype chunkSize)
    : m_reader(device, chunkSize)
    , m_file(std::move(fileName))
    , m_columns(std::move(columns))
    , m_colourCodes(std::move(colourCodes))
{
}

Status FeedParser::open()
{
    Q_ASSERT(!m_opened);
    m_opened = true;
    auto header = m_reader.readRecord(m_record);
    if (!header) {
        m_done = true;
        return Error { header.error().code, m_file + u": "_s + header.error().message, header.error().detail };
    }
    if (!*header) {
        m_done = true;
        return Error { ErrorCode::Invalid, tr("%1: the file is empty (no header row)").arg(m_file), {} };
    }
    m_headerNames.reserve(m_record.size());
    for (qsizetype i = 0; i < m_record.size(); ++i)
        m_headerNames << m_record.text(i);
    auto layout = m_columns.matchHeader(m_headerNames, m_file);
    if (!layout) {
        m_done = true;
        return layout.error();
    }
    m_layout = std::move(*layout);
    if (!m_layout.unknown.isEmpty())
        m_warnings.push_back({ m_file, m_record.line(),
            tr("%1: unknown columns ignored: %2").arg(m_file, m_layout.unknown.join(u", "_s)) });
    return {};
}

Result<bool> FeedParser::next(std::vector<FeedRow>& rows, std::vector<FeedReject>& rejects, int maxRows)
{
    if (!m_opened) {
        if (auto opened = open(); !opened)
            return opened.error();
    }
    for (int added = 0; added < maxRows && !m_done;) {
        auto read = m_reader.readRecord(m_record);
        if (!read) {
            m_done = true;
            return Error { read.error().code, m_file + u": "_s + read.error().message, read.error().detail };
        }
        if (!*read) {
            m_done = true;
            if (m_accepted == 0 && m_rejected == 0)
                m_warnings.push_back({ m_file, 0, tr("%1: the file has a header but no rows").arg(m_file) });
            break;
        }
        FeedRow& row = rows.emplace_back();
        const QString reason = parseRow(row);
        if (reason.isEmpty()) {
            ++m_accepted;
            ++added;
        } else {
            rows.pop_back();
            ++m_rejected;
            rejects.push_back({ m_file, m_record.line(), reason });
        }
    }
    return !m_done;
}

QByteArrayView FeedParser::raw(FeedColumn column) const
{
    const int i = m_layout[column];
    return i < 0 ? QByteArrayView() : m_record.field(i).trimmed();
}

QString FeedParser::text(FeedColumn column)
{
    const QByteArrayView bytes = raw(column);
    TextCache& cache = m_cache[size_t(column)];
    if (QByteArrayView(cache.bytes) != bytes) {
        cache.bytes.resize(bytes.size()); // keeps the capacity, unlike a fresh copy
        if (!bytes.isEmpty())
            std::memcpy(cache.bytes.data(), bytes.data(), size_t(bytes.size()));
        cache.text = bytes.isEmpty() ? QString() : decodeFeedText(bytes);
    }
    return cache.text;
}

QString FeedParser::label(FeedColumn column) const
{
    const QString canonical = FeedColumns::canonicalName(column);
    const int i = m_layout[column];
    const QString written = i >= 0 ? m_headerNames[i].trimmed() : QString();
    return written.isEmpty() || written == canonical ? canonical : u"%1 (\"%2\")"_s.arg(canonical, written);
}

QString FeedParser::parseMoney(FeedColumn column, std::optional<qint64>& out)
{
    auto cents = parseShort(raw(column), [](QStringView s) { return parseFeedCents(s); });
    if (!cents)
        return label(column) + u": "_s + cents.error().message;
    if (cents->value_or(0) < 0)
        return tr("%1: \"%2\" is a negative price").arg(label(column), text(column));
    out = *cents;
    return {};
}

QString FeedParser::parseRow(FeedRow& row)
{
    row.line = m_record.line();
    if (m_record.size() != m_layout.fieldCount)
        return tr("expected %1 fields as in the header, found %2").arg(m_layout.fieldCount).arg(m_record.size());

    row.variantCode = decodeFeedText(raw(FeedColumn::CodArticolo)); // unique per row: not worth caching
    if (row.variantCode.isEmpty())
        return tr("%1 is empty").arg(label(FeedColumn::CodArticolo));
    row.model = text(FeedColumn::Modello);
    if (row.model.isEmpty())
        return tr("%1 is empty (%2 %3)").arg(label(FeedColumn::Modello), u"CodArticolo"_s, row.variantCode);
    // The first appearance claims the code, whether or not that row turns out valid.
    if (const int firstLine = m_seen.findOrInsert(raw(FeedColumn::CodArticolo), row.line))
        return tr("CodArticolo \"%1\" repeats the row on line %2").arg(row.variantCode).arg(firstLine);

    // Numbers.
    const QByteArrayView quantityText = raw(FeedColumn::Quantita);
    auto quantity = parseShort(quantityText, [](QStringView s) { return parseFeedInteger(s); });
    if (!quantity)
        return label(FeedColumn::Quantita) + u": "_s + quantity.error().message;
    const qint64 stock = quantity->value_or(0); // empty stock = 0
    if (stock > std::numeric_limits<int>::max())
        return tr("%1: \"%2\" is too large").arg(label(FeedColumn::Quantita), text(FeedColumn::Quantita));
    row.quantity = stock < 0 ? 0 : int(stock);
    if (QString reason = parseMoney(FeedColumn::PrezzoListino, row.listPriceCents); !reason.isEmpty())
        return reason;
    if (QString reason = parseMoney(FeedColumn::PrezzoNetto, row.netPriceCents); !reason.isEmpty())
        return reason;
    auto modified = parseShort(raw(FeedColumn::UltimaModifica), [](QStringView s) { return parseRomeDateTime(s); });
    if (!modified)
        return label(FeedColumn::UltimaModifica) + u": "_s + modified.error().message;
    row.modifiedAt = std::move(*modified);

    // Text.
    row.brand = text(FeedColumn::Marca);
    row.category = text(FeedColumn::Categoria);
    row.subcategory = text(FeedColumn::Sottocategoria);
    row.gender = text(FeedColumn::Genere);
    row.season = text(FeedColumn::Stagione);
    row.supplierColour = text(FeedColumn::Colore);
    row.colourCodeField = text(FeedColumn::CodiceColore);
    row.colourDescription = text(FeedColumn::DescrizioneColore);
    row.manufacturerColour = text(FeedColumn::ColoreFornitore);
    row.size = text(FeedColumn::Taglia);
    row.sizeType = text(FeedColumn::TipoTaglia);
    row.currency = text(FeedColumn::Valuta);
    row.ean = text(FeedColumn::EAN);
    row.madeIn = text(FeedColumn::MadeIn);
    row.composition = text(FeedColumn::Composizione);
    row.description = text(FeedColumn::Descrizione);
    // The variants of one model share their photos: rebuild the list only when a URL changed.
    bool photosChanged = m_images.isEmpty();
    for (int f = int(FeedColumn::Foto1); f <= int(FeedColumn::Foto5); ++f)
        photosChanged = photosChanged || QByteArrayView(m_cache[size_t(f)].bytes) != raw(FeedColumn(f));
    if (photosChanged) {
        m_images.clear();
        for (int f = int(FeedColumn::Foto1); f <= int(FeedColumn::Foto5); ++f) {
            QString url = text(FeedColumn(f));
            if (!url.isEmpty())
                m_images << std::move(url);
        }
    }
    row.images = m_images;

    ColourChoice colour = chooseColour(
        row.colourDescription, row.manufacturerColour, row.supplierColour, row.colourCodeField, m_colourCodes);
    row.colour = std::move(colour.colour);
    row.colourCode = std::move(colour.code);
    row.colourUnresolved = colour.unresolved;
    if (row.colourUnresolved)
        m_unresolved.insert(row.colourCode);
    if (stock < 0) // only now: a row rejected for another reason gets its reject, not this warning too
        m_warnings.push_back({ m_file, row.line,
            tr("%1 line %2: %3 \"%4\" is negative; stock set to 0")
                .arg(m_file)
                .arg(row.line)
                .arg(label(FeedColumn::Quantita), text(FeedColumn::Quantita)) });
    return {};
}

} // namespace md::gnb
