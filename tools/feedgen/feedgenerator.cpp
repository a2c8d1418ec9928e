#include "tools/feedgen/feedgenerator.h"

#include "tools/feedgen/brandfile.h"
#include "tools/feedgen/catalogue.h"
#include "tools/feedgen/csvformat.h"
#include "tools/feedgen/rng.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimeZone>
#include <algorithm>

namespace md::feedgen {

using namespace Qt::StringLiterals;

namespace {

// A model's index within its brand becomes six digits of Modello and CodArticolo.
constexpr int maxModelsPerBrand = 899999;

QTimeZone romeTimeZone()
{
    QTimeZone rome("Europe/Rome");
    // Without tz data, fall back to Rome's standard offset: only summer days would be an hour off.
    return rome.isValid() ? rome : QTimeZone(3600);
}

struct IndexLine {
    QString file;
    QString brand;
    int rows = 0;
    QByteArray sha256;
    QString modified;
};

QByteArray indexBytes(const QList<IndexLine>& lines)
{
    QString text = u"file;brand;rows;sha256;modified\r\n"_s;
    for (const IndexLine& l : lines) {
        appendCsvField(text, l.file);
        text.append(u';');
        appendCsvField(text, l.brand);
        text.append(
            u';' + QString::number(l.rows) + u';' + QString::fromLatin1(l.sha256) + u';' + l.modified + u"\r\n"_s);
    }
    return text.toUtf8();
}

Status writeIndex(const QString& dayDir, const QList<IndexLine>& lines)
{
    QSaveFile file(dayDir + u"/index.csv"_s);
    if (!file.open(QIODevice::WriteOnly) || file.write(indexBytes(lines)) < 0 || !file.commit())
        return Error { ErrorCode::Io, u"Cannot write %1"_s.arg(file.fileName()), file.errorString() };
    return {};
}

// Our own index.csv only: no quoted fields, so a split is enough.
Result<QList<IndexLine>> readIndex(const QString& dayDir)
{
    QFile file(dayDir + u"/index.csv"_s);
    if (!file.open(QIODevice::ReadOnly))
        return Error { ErrorCode::NotFound, u"No index.csv in %1: generate the day before changing it"_s.arg(dayDir),
            file.errorString() };
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QList<IndexLine> out;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList f = lines[i].split(u';');
        if (f.size() != 5)
            return Error { ErrorCode::Invalid, u"Unexpected line %1 in %2/index.csv"_s.arg(i + 1).arg(dayDir) };
        out.append({ f[0], f[1], f[2].toInt(), f[3].toLatin1(), f[4] });
    }
    return out;
}

} // namespace

QString encodingName(FileEncoding encoding)
{
    switch (encoding) {
    case FileEncoding::Utf8Bom:
        return u"UTF-8 with BOM"_s;
    case FileEncoding::Utf8:
        return u"UTF-8"_s;
    case FileEncoding::Windows1252:
        return u"Windows-1252"_s;
    }
    return {};
}

QString badRowKindName(BadRowKind kind)
{
    switch (kind) {
    case BadRowKind::MissingCodArticolo:
        return u"missing CodArticolo"_s;
    case BadRowKind::UnparseableNumber:
        return u"unparseable number"_s;
    case BadRowKind::DuplicateCodArticolo:
        return u"duplicate CodArticolo"_s;
    }
    return {};
}

struct FeedGenerator::Plan {
    QString dayDir;
    QList<BrandJob> jobs; // one per brand file, in index order
};

FeedGenerator::FeedGenerator(FeedOptions options)
    : m_options(std::move(options))
{
}

int FeedGenerator::maxBrands()
{
    return int(brands().size());
}

QString FeedGenerator::dayFolderName(QDate day)
{
    return day.toString(u"yyyyMMdd"_s);
}

Status FeedGenerator::validate() const
{
    const FeedOptions& o = m_options;
    if (o.outDir.isEmpty())
        return Error { ErrorCode::Invalid, u"No output folder given"_s };
    if (!o.day.isValid())
        return Error { ErrorCode::Invalid, u"No valid day given (yyyyMMdd)"_s };
    if (o.brands < 1 || o.brands > maxBrands())
        return Error { ErrorCode::Invalid, u"The number of brands must be between 1 and %1"_s.arg(maxBrands()) };
    if (o.models < 0)
        return Error { ErrorCode::Invalid, u"The number of models cannot be negative"_s };
    if (o.badRows < 0 || (o.badRows > 0 && o.models == 0))
        return Error { ErrorCode::Invalid, u"Bad rows need at least one model"_s };
    if (o.changeBrands < 0 || o.changeBrands > qMin(o.brands, o.models))
        return Error { ErrorCode::Invalid, u"Cannot change %1 of %2 brand files"_s.arg(o.changeBrands).arg(o.brands) };
    return {};
}

FeedGenerator::Plan FeedGenerator::plan() const
{
    const FeedOptions& o = m_options;
    Plan p;
    p.dayDir = QDir(o.outDir).filePath(dayFolderName(o.day));

    // Brands differ in size: weights between 60 and 140, models shared out by largest remainder.
    Rng sizes(Rng::mix(o.seed, 0x51235));
    QList<int> weights;
    qint64 weightSum = 0;
    for (int b = 0; b < o.brands; ++b) {
        weights.append(sizes.between(60, 140));
        weightSum += weights.last();
    }
    QList<int> counts(o.brands);
    QList<std::pair<qint64, int>> remainders;
    int assigned = 0;
    for (int b = 0; b < o.brands; ++b) {
        const qint64 exact = qint64(o.models) * weights[b];
        counts[b] = int(exact / weightSum);
        assigned += counts[b];
        remainders.append({ exact % weightSum, b });
    }
    std::sort(remainders.begin(), remainders.end(),
        [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
    for (int i = 0; assigned < o.models; ++i, ++assigned)
        ++counts[remainders[i % remainders.size()].second];

    const QTimeZone rome = romeTimeZone();
    Rng clock(Rng::mix(o.seed, 0xC10C));
    for (int b = 0; b < o.brands; ++b) {
        BrandJob job;
        job.brandIndex = b;
        job.models = counts[b];
        // Most files carry a BOM; a fixed share (at least one in six) is Windows-1252, a few plain UTF-8.
        const quint64 slot = quint64(b) + o.seed;
        job.encoding = slot % 6 == 2 ? FileEncoding::Windows1252
            : slot % 8 == 5          ? FileEncoding::Utf8
                                     : FileEncoding::Utf8Bom;
        job.seed = o.seed;
        job.day = o.day;
        job.modified = QDateTime(o.day, QTime(5, 0), rome).addSecs(qint64(b) * 97 + clock.bounded(60));
        p.jobs.append(job);
    }

    // Bad rows rotate over the non-empty files (and over the kinds), each after a random model.
    QList<int> nonEmpty;
    for (int b = 0; b < o.brands; ++b) {
        if (counts[b] > 0)
            nonEmpty.append(b);
    }
    if (o.badRows > 0) {
        Rng bad(Rng::mix(o.seed, 0xBAD));
        const int n = int(nonEmpty.size());
        const int offset = bad.bounded(n);
        for (int k = 0; k < o.badRows; ++k) {
            BrandJob& job = p.jobs[nonEmpty[(k + offset) % n]];
            job.badSlots.append({ bad.bounded(job.models), BadRowKind((k + k / n) % badRowKindCount), k });
        }
        for (BrandJob& job : p.jobs) {
            std::stable_sort(job.badSlots.begin(), job.badSlots.end(),
                [](const BadSlot& a, const BadSlot& b) { return a.afterModel < b.afterModel; });
        }
    }

    if (o.changeBrands > 0) {
        Rng pick(Rng::mix(o.changeSeed, o.seed, 0xC4A));
        for (int i = int(nonEmpty.size()) - 1; i > 0; --i)
            std::swap(nonEmpty[i], nonEmpty[pick.bounded(i + 1)]);
        // Later change seeds land later in the day, so repeated runs look like the supplier's day.
        const QDateTime changedAt = QDateTime(o.day, QTime(6, 0), rome).addSecs(qint64(1 + o.changeSeed % 56) * 900);
        for (int i = 0; i < o.changeBrands; ++i) {
            BrandJob& job = p.jobs[nonEmpty[i]];
            job.change = true;
            job.changeSeed = o.changeSeed;
            job.modified = changedAt.addSecs(qint64(job.brandIndex) * 7);
        }
    }
    return p;
}

Result<FeedSummary> FeedGenerator::run()
{
    if (Status valid = validate(); !valid)
        return valid.error();
    QElapsedTimer timer;
    timer.start();
    const Plan p = plan();
    for (const BrandJob& job : p.jobs) {
        if (job.models > maxModelsPerBrand)
            return Error { ErrorCode::Invalid, u"Too many models: at most %1 per brand file"_s.arg(maxModelsPerBrand) };
    }
    Result<FeedSummary> result = m_options.changeBrands > 0 ? changeDay(p) : generateDay(p);
    if (result)
        result->elapsedMs = timer.elapsed();
    return result;
}

Result<FeedSummary> FeedGenerator::generateDay(const Plan& p)
{
    if (!QDir().mkpath(p.dayDir))
        return Error { ErrorCode::Io, u"Cannot create %1"_s.arg(p.dayDir) };
    FeedSummary summary;
    summary.dayDir = p.dayDir;
    QList<IndexLine> index;
    for (const BrandJob& job : p.jobs) {
        const QString path = p.dayDir + u'/' + brands()[size_t(job.brandIndex)].code + u".csv"_s;
        Result<FileSummary> file = generateBrandFile(job, path, summary);
        if (!file)
            return file.error();
        summary.bytes += file->bytes;
        index.append({ file->file, file->brand, file->rows, file->sha256, file->modified.toString(Qt::ISODate) });
        summary.files.append(std::move(file.value()));
    }
    if (Status written = writeIndex(p.dayDir, index); !written)
        return written.error();
    return summary;
}

Result<FeedSummary> FeedGenerator::changeDay(const Plan& p)
{
    Result<QList<IndexLine>> index = readIndex(p.dayDir);
    if (!index)
        return index.error();
    FeedSummary summary;
    summary.dayDir = p.dayDir;
    for (const BrandJob& job : p.jobs) {
        const QString name = brands()[size_t(job.brandIndex)].code + u".csv"_s;
        auto line = std::find_if(index->begin(), index->end(), [&](const IndexLine& l) { return l.file == name; });
        if (line == index->end())
            return Error { ErrorCode::Invalid,
                u"%1/index.csv does not list %2: use the options the day was generated with"_s.arg(p.dayDir, name) };
        // Counting first proves the options match the day on disk before anything is rewritten.
        FeedSummary scratch;
        Result<FileSummary> counted = generateBrandFile(job, QString(), scratch);
        if (!counted)
            return counted.error();
        if (counted->rows != line->rows)
            return Error { ErrorCode::Invalid,
                u"%1 has %2 rows but these options give %3: use the options the day was generated with"_s.arg(name)
                    .arg(line->rows)
                    .arg(counted->rows) };
    }
    for (const BrandJob& job : p.jobs) {
        const QString name = brands()[size_t(job.brandIndex)].code + u".csv"_s;
        const QString path = p.dayDir + u'/' + name;
        auto line = std::find_if(index->begin(), index->end(), [&](const IndexLine& l) { return l.file == name; });
        Result<FileSummary> file = generateBrandFile(job, job.change ? path : QString(), summary);
        if (!file)
            return file.error();
        if (job.change) {
            summary.bytes += file->bytes;
            summary.changedFiles.append(name);
            line->sha256 = file->sha256;
            line->modified = file->modified.toString(Qt::ISODate);
        } else {
            // Left alone: what is on disk is the truth, whatever earlier change runs did to it.
            file->sha256 = line->sha256;
            file->modified = QDateTime::fromString(line->modified, Qt::ISODate);
            file->bytes = QFileInfo(path).size();
        }
        summary.files.append(std::move(file.value()));
    }
    if (Status written = writeIndex(p.dayDir, *index); !written)
        return written.error();
    return summary;
}

} // namespace md::feedgen
