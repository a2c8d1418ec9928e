#include "tools/feedgen/brandfile.h"

#include "tools/feedgen/csvformat.h"
#include "tools/feedgen/rng.h"
#include "tools/feedgen/sizescales.h"

#include <QCryptographicHash>
#include <QSaveFile>

namespace md::feedgen {

using namespace Qt::StringLiterals;

namespace {

enum Column : int {
    CodArticolo,
    Modello,
    Marca,
    Categoria,
    Sottocategoria,
    Genere,
    Stagione,
    Colore,
    CodiceColore,
    DescrizioneColore,
    ColoreFornitore,
    Taglia,
    TipoTaglia,
    Quantita,
    PrezzoListino,
    PrezzoNetto,
    Valuta,
    Ean,
    MadeIn,
    Composizione,
    Descrizione,
    Foto1,
    UltimaModifica = Foto1 + 5,
    ColumnCount
};

constexpr QStringView header[ColumnCount] = { u"CodArticolo", u"Modello", u"Marca", u"Categoria", u"Sottocategoria",
    u"Genere", u"Stagione", u"Colore", u"CodiceColore", u"DescrizioneColore", u"ColoreFornitore", u"Taglia",
    u"TipoTaglia", u"Quantita", u"PrezzoListino", u"PrezzoNetto", u"Valuta", u"EAN", u"MadeIn", u"Composizione",
    u"Descrizione", u"Foto1", u"Foto2", u"Foto3", u"Foto4", u"Foto5", u"UltimaModifica" };

using Row = std::array<QString, ColumnCount>;

constexpr QStringView seasons[] = { u"FW26", u"SS26", u"FW25", u"SS27", u"SS25", u"FW24" };
constexpr int seasonWeights[] = { 40, 25, 15, 10, 6, 4 };
constexpr QStringView nicknames[] = { u"Jackie", u"Marmont", u"Rockstud", u"Cleo", u"Peekaboo", u"Arco", u"Super-Star",
    u"Maya", u"Kate", u"Sylvie", u"Dionysus", u"Galleria" };
constexpr int colourCountWeights[] = { 60, 30, 10 };
constexpr int sizeCountWeights[] = { 18, 20, 24, 18, 12, 8 };
constexpr int photoCountWeights[] = { 30, 35, 20, 10, 5 };
constexpr int genderAny[] = { 45, 38, 10, 7 };
constexpr int genderAdults[] = { 50, 42, 8, 0 };
constexpr QStringView genders[] = { u"Donna", u"Uomo", u"Unisex", u"Bambino" };

// Buffers encoded lines, hashes them and writes them in large blocks.
class Sink {
public:
    Sink(const QString& path, FileEncoding encoding)
        : m_file(path)
        , m_encoding(encoding)
    {
    }

    Status open()
    {
        if (!m_file.open(QIODevice::WriteOnly))
            return Error { ErrorCode::Io, u"Cannot write %1"_s.arg(m_file.fileName()), m_file.errorString() };
        if (m_encoding == FileEncoding::Utf8Bom)
            m_buffer.append("\xEF\xBB\xBF");
        return {};
    }

    void add(const QString& line)
    {
        if (m_encoding == FileEncoding::Windows1252)
            m_buffer.append(toWindows1252(line));
        else
            m_buffer.append(line.toUtf8());
        if (m_buffer.size() > (1 << 20))
            flush();
    }

    Status commit()
    {
        flush();
        if (!m_file.commit())
            return Error { ErrorCode::Io, u"Cannot write %1"_s.arg(m_file.fileName()), m_file.errorString() };
        return {};
    }

    qint64 bytes() const { return m_bytes; }
    QByteArray sha256() const { return m_hash.result().toHex(); }

private:
    void flush()
    {
        m_hash.addData(m_buffer);
        m_file.write(m_buffer);
        m_bytes += m_buffer.size();
        m_buffer.clear();
    }

    QSaveFile m_file;
    FileEncoding m_encoding;
    QCryptographicHash m_hash { QCryptographicHash::Sha256 };
    QByteArray m_buffer;
    qint64 m_bytes = 0;
};

struct Model {
    Category category = Category::Borse;
    const SubcategorySpec* sub = nullptr;
    qint64 listinoCents = 0;
    qint64 nettoCents = 0;
    int photos = 1;
    bool https = false;
    bool multiLine = false;
};

QString pad(qint64 value, int width)
{
    return QString::number(value).rightJustified(width, u'0');
}

bool isColourName(QStringView v)
{
    return !v.isEmpty() && !isColourCode(v);
}

class BrandGenerator {
public:
    BrandGenerator(const BrandJob& job, Sink* sink, FeedSummary& totals)
        : m_job(job)
        , m_brand(brands()[size_t(job.brandIndex)])
        , m_rng(Rng::mix(job.seed, quint64(job.brandIndex) + 1, 0xB7A4D))
        , m_changeRng(Rng::mix(job.changeSeed, quint64(job.brandIndex) + 1, 0xC4A46E))
        , m_sink(sink)
        , m_totals(totals)
        , m_brandNumber(QString::number(10 + job.brandIndex))
        , m_changeStamp(job.modified.toString(u"dd/MM/yyyy HH:mm:ss"_s))
    {
        m_summary.file = m_brand.code.toString() + u".csv"_s;
        m_summary.brand = m_brand.marca.toString();
        m_summary.encoding = job.encoding;
        m_summary.models = job.models;
        m_summary.modified = job.modified;
    }

    FileSummary run()
    {
        if (m_sink) {
            QString line;
            for (int i = 0; i < ColumnCount; ++i) {
                if (i)
                    line.append(u';');
                line.append(header[i]);
            }
            line.append(u"\r\n");
            m_sink->add(line);
        }
        qsizetype nextSlot = 0;
        for (int m = 0; m < m_job.models; ++m)
            generateModel(m, nextSlot);
        m_totals.models += m_job.models;
        return m_summary;
    }

private:
    void generateModel(int m, qsizetype& nextSlot)
    {
        Model model;
        Row row;
        const int categoryIndex = m_rng.weighted(m_brand.categoryWeights);
        model.category = Category(categoryIndex);
        const CategorySpec& cat = category(model.category);
        model.sub = &m_rng.pick(cat.subcategories);
        const QStringView genere = pickGender(model.sub->gender);
        const QString modello = m_brand.modelPrefix + QString::number(100000 + (qint64(m) * 7919) % 900000);

        row[Modello] = modello;
        row[Marca] = m_brand.marca.toString();
        row[Categoria] = cat.name.toString();
        row[Sottocategoria] = model.sub->name.toString();
        row[Genere] = genere.toString();
        row[Stagione] = seasons[m_rng.weighted(seasonWeights)].toString();
        qint64 euros = qint64(m_rng.between(cat.priceLow, cat.priceHigh)) * m_brand.tierPercent / 100;
        euros = qMax<qint64>(50, euros / 10 * 10);
        model.listinoCents = euros * 100;
        model.nettoCents = model.listinoCents * m_rng.between(40, 55) / 100;
        row[Valuta] = u"EUR"_s;
        row[MadeIn] = m_rng.pick(madeIn()).toString();
        row[Composizione] = m_rng.pick(cat.compositions).toString();
        row[Descrizione] = describe(model, cat, m == 0);
        model.multiLine = row[Descrizione].contains(u'\n');
        model.photos = 1 + m_rng.weighted(photoCountWeights);
        model.https = m_rng.chance(0.15);
        const QDate updatedDay = m_job.day.addDays(-m_rng.between(1, 40));
        const QTime updatedTime = QTime::fromMSecsSinceStartOfDay(m_rng.between(7 * 3600, 19 * 3600) * 1000);
        row[UltimaModifica] = updatedDay.toString(u"dd/MM/yyyy"_s) + u' ' + updatedTime.toString(u"HH:mm:ss"_s);

        if (m_job.change) {
            // The supplier reprices a model as a whole: every variant of it changes at once.
            if (m_changeRng.chance(0.12)) {
                int percent = m_changeRng.between(3, 15) * (m_changeRng.chance(0.5) ? 1 : -1);
                model.listinoCents = model.listinoCents * (100 + percent) / 100 / 1000 * 1000;
                model.nettoCents = model.nettoCents * (100 + percent) / 100;
                m_modelPriceChanged = true;
            } else {
                m_modelPriceChanged = false;
            }
        }
        row[PrezzoListino] = formatEuroCents(model.listinoCents, m_brand.thousandsDot);
        row[PrezzoNetto] = formatEuroCents(model.nettoCents, m_brand.thousandsDot);

        ++m_totals.modelsByBrandCategory[{ row[Marca], row[Categoria] }];

        const int colourCount = 1 + m_rng.weighted(colourCountWeights);
        int chosen[3] = { -1, -1, -1 };
        const SizeRun run = sizeRunFor(model.category, *model.sub, genere, m_rng);
        const int scaleSize = int(run.sizes.size());
        bool firstRowOfModel = true;
        for (int c = 0; c < colourCount; ++c) {
            chosen[c] = pickColour(chosen, c);
            fillColour(row, chosen[c], model);
            const int sizeCount = scaleSize == 1 ? 1 : qMin(scaleSize, 1 + m_rng.weighted(sizeCountWeights));
            const int first = m_rng.bounded(scaleSize - sizeCount + 1);
            for (int s = 0; s < sizeCount; ++s) {
                row[CodArticolo] = m_brandNumber + pad(m, 6) + QString::number(c + 1) + QString::number(s + 1);
                row[Taglia] = run.sizes[size_t(first) + size_t(s)].toString();
                row[TipoTaglia] = run.system.toString();
                row[Quantita] = stock();
                row[Ean] = m_rng.chance(0.85) ? ean() : QString();
                Row out = row;
                if (m_job.change)
                    applyChange(out);
                emitValid(out, model.multiLine);
                if (firstRowOfModel) {
                    firstRowOfModel = false;
                    while (nextSlot < m_job.badSlots.size() && m_job.badSlots[nextSlot].afterModel == m)
                        emitBad(out, m, m_job.badSlots[nextSlot++], model.multiLine);
                }
            }
        }
    }

    QStringView pickGender(GenderRule rule)
    {
        switch (rule) {
        case GenderRule::WomenOnly:
            return genders[0];
        case GenderRule::Any:
            return genders[m_rng.weighted(genderAny)];
        case GenderRule::Adults:
        case GenderRule::NoKids:
            break;
        }
        return genders[m_rng.weighted(genderAdults)];
    }

    QString describe(const Model& model, const CategorySpec& cat, bool everyQuirk)
    {
        const QString sub = model.sub->name.toString();
        const QString marca = m_brand.marca.toString();
        const QString picked = m_rng.pick(cat.materials).toString();
        const QString material = model.sub->material.isEmpty() ? picked : model.sub->material.toString();
        QStringList sentences;
        switch (m_rng.bounded(3)) {
        case 0:
            sentences << sub + u' ' + marca + u" in "_s + material + u'.';
            break;
        case 1:
            sentences << sub + u" in "_s + material + u" con logo "_s + marca + u'.';
            break;
        default:
            sentences << marca + u": "_s + sub.toLower() + u" in "_s + material + u'.';
        }
        // Details are joined with "; " as the supplier's ERP does, so many descriptions need quoting.
        QStringList details;
        const int detailCount = everyQuirk ? 2 : m_rng.between(1, 3);
        for (int i = 0; i < detailCount; ++i)
            details << (m_rng.chance(0.7) ? m_rng.pick(cat.details) : m_rng.pick(descriptionDetails())).toString();
        sentences << details.join(u"; "_s) + u'.';
        if (m_rng.chance(0.10) || everyQuirk)
            sentences << u"Modello \""_s + m_rng.pick(std::span<const QStringView>(nicknames)) + u"\"."_s;
        if (everyQuirk)
            sentences << u"Perché è così comoda? Più morbida, però di qualità."_s;
        if (m_rng.chance(0.06) || everyQuirk)
            sentences << u"Prezzo al pubblico consigliato: "_s + formatEuroCents(model.listinoCents, true) + u" €."_s;
        if (m_rng.chance(0.5))
            sentences << m_rng.pick(descriptionCare()).toString();
        const int r = m_rng.bounded(100);
        if (everyQuirk || r < 12)
            return sentences.join(u'\n');
        if (r < 15)
            return sentences.join(u"\r\n"_s);
        return sentences.join(u' ');
    }

    int pickColour(const int* chosen, int count)
    {
        for (;;) {
            // Black is by far the most common colour in the catalogue.
            const int candidate = m_rng.chance(0.3) ? 0 : m_rng.bounded(int(colours().size()));
            if (std::find(chosen, chosen + count, candidate) == chosen + count)
                return candidate;
        }
    }

    void fillColour(Row& row, int colourIndex, const Model& model)
    {
        const ColourSpec& colour = colours()[size_t(colourIndex)];
        const QString code = colourCode(m_brand.codeShape, colourIndex);
        const int r = m_rng.bounded(100);
        row[CodiceColore] = code;
        switch (m_brand.colourStyle) {
        case ColourStyle::Codes:
            row[Colore] = code;
            row[DescrizioneColore] = r < 25 ? colour.italian.toString() : QString();
            row[ColoreFornitore] = (r % 2) ? code : QString();
            break;
        case ColourStyle::Names:
            row[Colore] = colour.italian.toString();
            row[DescrizioneColore] = r < 60 ? colour.italian.toString() : QString();
            row[ColoreFornitore] = colour.manufacturer.toString();
            break;
        case ColourStyle::Mixed:
            row[Colore] = code;
            row[DescrizioneColore] = r < 20 ? colour.italian.toString() : QString();
            row[ColoreFornitore] = (r % 20) < 11 ? colour.manufacturer.toString() : (r % 20) < 16 ? code : QString();
            break;
        }
        // Photos are per colour; many suppliers still link them over plain http.
        const QString base = (model.https ? u"https://cdn.gnb.it/foto/"_s : u"http://foto.gnb.it/"_s) + m_brand.code
            + u'/' + row[Modello] + u'_' + code + u'_';
        for (int i = 0; i < 5; ++i)
            row[Foto1 + i] = i < model.photos ? base + QString::number(i + 1) + u".jpg"_s : QString();
        m_colourName = colour.italian.toString();
    }

    QString stock()
    {
        const int r = m_rng.bounded(10000);
        if (r < 1200)
            return {};
        if (r < 1215)
            return QString::number(-m_rng.between(1, 3));
        return m_rng.bounded(100) < 18 ? u"0"_s : QString::number(m_rng.between(1, 12));
    }

    QString ean()
    {
        const QString digits = u"80"_s + pad(qint64(m_rng.next() % 10000000000ull), 10);
        return digits + QString::number(ean13CheckDigit(digits));
    }

    void applyChange(Row& row)
    {
        bool changed = m_modelPriceChanged;
        // The first row always changes, so that every rewritten file really differs from before.
        if (m_summary.validRows == 0 || m_changeRng.chance(0.35)) {
            const int before = row[Quantita].isEmpty() ? -100 : row[Quantita].toInt();
            int after = m_changeRng.between(0, 15);
            if (after == before)
                ++after;
            row[Quantita] = QString::number(after);
            changed = true;
        }
        if (changed)
            row[UltimaModifica] = m_changeStamp;
    }

    void emitValid(Row& row, bool multiLine)
    {
        ++m_summary.validRows;
        ++m_totals.variants;
        if (row[Quantita].isEmpty()) {
            ++m_summary.emptyStockRows;
            ++m_totals.emptyStockRows;
        } else if (row[Quantita].startsWith(u'-')) {
            ++m_summary.negativeStockRows;
            ++m_totals.negativeStockRows;
        }
        if (!isColourName(row[DescrizioneColore]) && !isColourName(row[ColoreFornitore])
            && !isColourName(row[Colore])) {
            ++m_totals.codeOnlyColours[row[Colore]];
            m_totals.colourCodeNames.insert(row[Colore], m_colourName);
        }
        write(row, multiLine);
    }

    void emitBad(const Row& source, int m, const BadSlot& slot, bool multiLine)
    {
        Row bad = source;
        switch (slot.kind) {
        case BadRowKind::MissingCodArticolo:
            bad[CodArticolo].clear();
            break;
        case BadRowKind::UnparseableNumber:
            // '9' never appears as a colour digit, so this CodArticolo is unique and only the number is wrong.
            bad[CodArticolo] = m_brandNumber + pad(m, 6) + u'9' + QString::number(slot.ordinal);
            if (slot.ordinal % 3 == 0)
                bad[Quantita] = u"dieci"_s;
            else if (slot.ordinal % 3 == 1)
                bad[PrezzoListino] = u"n.d."_s;
            else
                bad[PrezzoNetto] = u"#VALORE!"_s;
            break;
        case BadRowKind::DuplicateCodArticolo:
            bad[Quantita] = QString::number(qMax(0, source[Quantita].toInt()) + 3);
            break;
        }
        ++m_summary.badRows[size_t(slot.kind)];
        ++m_totals.badRows[size_t(slot.kind)];
        write(bad, multiLine);
    }

    void write(Row& row, bool multiLine)
    {
        ++m_summary.rows;
        if (multiLine)
            ++m_summary.multiLineRecords;
        if (!m_sink)
            return;
        QString line;
        line.reserve(1024);
        for (int i = 0; i < ColumnCount; ++i) {
            if (i)
                line.append(u';');
            appendCsvField(line, row[i]);
        }
        line.append(u"\r\n");
        m_sink->add(line);
    }

    const BrandJob& m_job;
    const BrandSpec& m_brand;
    Rng m_rng;
    Rng m_changeRng; // a separate stream: changes never shift the base rows
    Sink* m_sink;
    FeedSummary& m_totals;
    FileSummary m_summary;
    QString m_brandNumber;
    QString m_changeStamp;
    QString m_colourName;
    bool m_modelPriceChanged = false;
};

} // namespace

QString colourCode(CodeShape shape, int colourIndex)
{
    // Disjoint shapes (four digits; a letter other than F and V + 4 digits; F0…; V00…) keep one global table.
    static constexpr char16_t letters[] = u"ABCDEGHKMPT";
    static constexpr char16_t pradaLetters[] = u"ABCDEGHKLMNPRSTUWXZ";
    const int i = colourIndex;
    switch (shape) {
    case CodeShape::FourDigits:
        return pad((1000 + qint64(i) * 367) % 10000, 4);
    case CodeShape::LetterDigits:
        return QChar(letters[i % 11]) + pad((1192 + qint64(i) * 611) % 10000, 4);
    case CodeShape::Prada:
        if (i == 0)
            return u"F0002"_s;
        return u"F0"_s + QChar(pradaLetters[i % 19]) + QChar(pradaLetters[(i * 5 + 7) % 19]) + QString::number(i / 19);
    case CodeShape::LongDigits:
        return u"V00"_s + QString::number(10 + i);
    }
    return {};
}

Result<FileSummary> generateBrandFile(const BrandJob& job, const QString& path, FeedSummary& totals)
{
    std::optional<Sink> sink;
    if (!path.isEmpty()) {
        sink.emplace(path, job.encoding);
        if (Status opened = sink->open(); !opened)
            return opened.error();
    }
    FileSummary summary = BrandGenerator(job, sink ? &*sink : nullptr, totals).run();
    if (sink) {
        if (Status committed = sink->commit(); !committed)
            return committed.error();
        summary.bytes = sink->bytes();
        summary.sha256 = sink->sha256();
        summary.written = true;
    }
    return summary;
}

} // namespace md::feedgen
