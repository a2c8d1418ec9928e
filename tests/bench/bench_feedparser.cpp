// Micro-benchmark of the G&B feed reader: writes a realistic ~230,000-row brand file to a temporary file,
// then times (a) reading its raw bytes in 64 KiB chunks (the floor), (b) the CSV reader alone and
// (c) FeedParser end to end, and prints rows/s and peak RSS. Run by hand on a Release build:
//   bench_feedparser [rows]
#include "services/gnb/csvreader.h"
#include "services/gnb/feedparser.h"
#include "services/gnb/textdecode.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace md::gnb;

namespace {

const char* const kBrands[] = { "Gucci", "Prada", "Stone Island", "Moncler", "Bottega Veneta", "Saint Laurent" };
const char* const kCategories[][2]
    = { { "Borse", "Borse a spalla" }, { "Borse", "Zaini" }, { "Calzature", "Sneakers" }, { "Calzature", "Stivali" },
          { "Abbigliamento", "Giacche" }, { "Abbigliamento", "Maglieria" }, { "Accessori", "Cinture" } };
const char* const kGenders[] = { "Donna", "Uomo", "Unisex", "Bambino" };
const char* const kColourNames[] = { "Nero", "Blu navy", "Bianco", "Rosso", "Verde bosco", "Beige", "" };
const char* const kSizes[][2] = { { "38", "IT" }, { "39", "IT" }, { "40", "IT" }, { "41", "IT" }, { "42", "IT" },
    { "38.5", "EU" }, { "S", "INT" }, { "M", "INT" }, { "L", "INT" }, { "XL", "INT" }, { "UNI", "INT" } };
const char* const kMadeIn[] = { "Italia", "Francia", "Romania", "Portogallo" };

// Euro amount with decimal comma and a thousands dot when large: 123450 → "1.234,50".
QByteArray euro(qint64 cents)
{
    QByteArray whole = QByteArray::number(cents / 100);
    if (whole.size() > 3)
        whole.insert(whole.size() - 3, '.');
    const QByteArray frac = QByteArray::number(cents % 100).rightJustified(2, '0');
    return whole + ',' + frac;
}

// ~60,000 models × 1–7 sizes ≈ 230,000 rows: quoted multi-line descriptions, Windows-1252 text in some
// rows, codes and names in the colour columns, empty and negative stock, photo URLs.
qint64 writeFeed(QFile& out, int targetRows)
{
    QRandomGenerator rng(20261120);
    QByteArray buf;
    buf.reserve(1 << 20);
    buf += "\xEF\xBB\xBF"
           "CodArticolo;Modello;Marca;Categoria;Sottocategoria;Genere;Stagione;Colore;CodiceColore;"
           "DescrizioneColore;ColoreFornitore;Taglia;TipoTaglia;Quantita;PrezzoListino;PrezzoNetto;Valuta;EAN;"
           "MadeIn;Composizione;Descrizione;Foto1;Foto2;Foto3;Foto4;Foto5;UltimaModifica\r\n";
    const QByteArray cp1252Desc = encodeWindows1252(u"Borsa in pelle di vitello, finiture in metallo dorato; "
                                                    u"fodera in tessuto. Prezzo consigliato 1.200 €, è così."_s);
    const QByteArray utf8Desc = u"Sneaker in pelle con suola in gomma.\r\nDettagli: logo ricamato; lacci in "
                                u"cotone; plantare estraibile. Più comoda, però elegante."_s.toUtf8();
    qint64 rows = 0;
    for (int model = 0; rows < targetRows; ++model) {
        const QByteArray modelCode = "MD" + QByteArray::number(100000 + model);
        const char* brand = kBrands[model % std::size(kBrands)];
        const auto& cat = kCategories[rng.bounded(int(std::size(kCategories)))];
        const char* gender = kGenders[rng.bounded(int(std::size(kGenders)))];
        const QByteArray colourCode = "A" + QByteArray::number(1000 + rng.bounded(800));
        const char* colourName = kColourNames[rng.bounded(int(std::size(kColourNames)))];
        const qint64 list = 9900 + rng.bounded(250000);
        const bool cp1252 = model % 10 == 0;
        const QByteArray desc = cp1252 ? cp1252Desc : utf8Desc;
        const int sizes = 1 + rng.bounded(7);
        const int firstSize = rng.bounded(int(std::size(kSizes)) - sizes + 1);
        const QByteArray photo = "http://img.gnb.example/" + modelCode + "/";
        for (int s = 0; s < sizes; ++s) {
            const auto& size = kSizes[firstSize + s];
            const int qty = rng.bounded(30) - 2;
            buf += modelCode + '-' + colourCode + '-' + size[0] + ';' + modelCode + ';' + brand + ';' + cat[0] + ';'
                + cat[1] + ';' + gender + ";FW24;" + colourCode + ';' + colourCode + ';' + colourName + ";F0UU0;"
                + size[0] + ';' + size[1] + ';' + (qty == 0 ? QByteArray() : QByteArray::number(qty)) + ';' + euro(list)
                + ';' + euro(list * 45 / 100) + ";EUR;805" + QByteArray::number(1000000000 + rows) + ';'
                + kMadeIn[model % std::size(kMadeIn)] + ";\"100% pelle; fodera 100% cotone\";\"" + desc + "\";" + photo
                + "1.jpg;" + photo + "2.jpg;" + photo + "3.jpg;;;" + "20/11/2026 0" + QByteArray::number(model % 10)
                + ":15:00\r\n";
            ++rows;
        }
        if (buf.size() > (1 << 20) - 4096) {
            out.write(buf);
            buf.resize(0);
        }
    }
    out.write(buf);
    out.flush();
    return rows;
}

qint64 peakRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

struct Timing {
    double wall = 1e9; // seconds, best of the runs
    double cpu = 1e9; // process CPU seconds of that kind of run, best of the runs
};

// The machine is shared, so wall time includes waiting for the CPU; CPU time shows the parser's own cost.
template<typename F> Timing best(int runs, F&& f)
{
    Timing t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const std::clock_t cpu0 = std::clock();
        timer.start();
        f();
        t.wall = std::min(t.wall, timer.nsecsElapsed() / 1e9);
        t.cpu = std::min(t.cpu, double(std::clock() - cpu0) / CLOCKS_PER_SEC);
    }
    return t;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int targetRows = argc > 1 ? QByteArray(argv[1]).toInt() : 230000;

    QTemporaryFile tmp;
    if (!tmp.open()) {
        std::fprintf(stderr, "cannot create a temporary file\n");
        return 1;
    }
    const qint64 rows = writeFeed(tmp, targetRows);
    const qint64 bytes = tmp.size();
    const qint64 rssBefore = peakRssKb();

    qint64 sink = 0; // line breaks counted, so that the raw read cannot be optimised away
    const Timing raw = best(3, [&] {
        QFile f(tmp.fileName());
        f.open(QIODevice::ReadOnly);
        QByteArray chunk(CsvReader::DefaultChunkSize, Qt::Uninitialized);
        for (qint64 n; (n = f.read(chunk.data(), chunk.size())) > 0;)
            sink += std::count(chunk.constData(), chunk.constData() + n, '\n');
    });

    qint64 records = 0;
    const Timing csv = best(3, [&] {
        QFile f(tmp.fileName());
        f.open(QIODevice::ReadOnly);
        CsvReader reader(&f);
        CsvRecord record;
        records = 0;
        while (true) {
            auto r = reader.readRecord(record);
            if (!r || !*r)
                break;
            ++records;
        }
    });

    QHash<QString, QString> colourTable;
    for (int c = 1000; c < 1400; ++c) // half the codes are mapped
        colourTable.insert(u"A%1"_s.arg(c), u"Colour %1"_s.arg(c));
    qint64 accepted = 0, rejected = 0, warnings = 0, unresolved = 0;
    const Timing parse = best(3, [&] {
        QFile f(tmp.fileName());
        f.open(QIODevice::ReadOnly);
        FeedParser parser(&f, u"BENCH.csv"_s, FeedColumns(), colourTable);
        if (auto st = parser.open(); !st) {
            std::fprintf(stderr, "%s\n", qPrintable(st.error().toString()));
            return;
        }
        std::vector<FeedRow> batch;
        std::vector<FeedReject> rejects;
        batch.reserve(5000);
        accepted = rejected = 0;
        for (bool more = true; more;) {
            batch.clear();
            rejects.clear();
            auto r = parser.next(batch, rejects, 5000);
            if (!r) {
                std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
                return;
            }
            more = *r;
            accepted += qint64(batch.size());
            rejected += qint64(rejects.size());
        }
        warnings = qint64(parser.warnings().size());
        unresolved = parser.unresolvedColourCodes().size();
    });

    std::printf("G&B feed reader benchmark: %lld rows, %.1f MiB\n", rows, bytes / 1048576.0);
    std::printf(
        "%-30s %9s %9s %12s %12s %9s\n", "step (best of 3)", "wall s", "CPU s", "rows/s wall", "rows/s CPU", "MiB/s");
    const auto line = [&](const char* name, const Timing& t) {
        std::printf("%-30s %9.3f %9.3f %12.0f %12.0f %9.1f\n", name, t.wall, t.cpu, rows / t.wall,
            rows / std::max(t.cpu, 1e-6), bytes / 1048576.0 / t.wall);
    };
    line("(a) raw read, 64 KiB chunks", raw);
    line("(b) CsvReader, records only", csv);
    line("(c) FeedParser end to end", parse);
    std::printf(
        "line breaks %lld, records %lld, accepted %lld, rejected %lld, warnings %lld, unresolved colour codes %lld\n",
        sink / 3, records, accepted, rejected, warnings, unresolved);
    std::printf("peak RSS: %lld KiB after generating, %lld KiB after parsing\n", rssBefore, peakRssKb());
    return accepted == rows ? 0 : 1;
}
