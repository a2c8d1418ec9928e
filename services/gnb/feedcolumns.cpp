#include "services/gnb/feedcolumns.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace md::gnb {

namespace {
constexpr std::array<const char*, FeedColumnCount> kCanonical = { "CodArticolo", "Modello", "Marca", "Categoria",
    "Sottocategoria", "Genere", "Stagione", "Colore", "CodiceColore", "DescrizioneColore", "ColoreFornitore", "Taglia",
    "TipoTaglia", "Quantita", "PrezzoListino", "PrezzoNetto", "Valuta", "EAN", "MadeIn", "Composizione", "Descrizione",
    "Foto1", "Foto2", "Foto3", "Foto4", "Foto5", "UltimaModifica" };

constexpr FeedColumn kColourColumns[]
    = { FeedColumn::Colore, FeedColumn::CodiceColore, FeedColumn::DescrizioneColore, FeedColumn::ColoreFornitore };

// Variants seen in Italian fashion ERP exports; the canonical name is added by rebuildLookup.
QStringList builtInAliases(FeedColumn c)
{
    switch (c) {
    case FeedColumn::CodArticolo:
        return { u"Cod Articolo"_s, u"Cod. Articolo"_s, u"Codice Articolo"_s, u"CodiceArticolo"_s, u"Cod_Articolo"_s,
            u"Codice Variante"_s, u"CodVariante"_s, u"SKU"_s };
    case FeedColumn::Modello:
        return { u"Codice Modello"_s, u"CodModello"_s, u"Cod. Modello"_s, u"Model"_s };
    case FeedColumn::Marca:
        return { u"Brand"_s, u"Marchio"_s, u"Griffe"_s };
    case FeedColumn::Categoria:
        return { u"Category"_s, u"Categoria Merceologica"_s };
    case FeedColumn::Sottocategoria:
        return { u"Sotto Categoria"_s, u"SottoCategoria"_s, u"Sub Categoria"_s, u"Subcategory"_s };
    case FeedColumn::Genere:
        return { u"Sesso"_s, u"Gender"_s };
    case FeedColumn::Stagione:
        return { u"Season"_s };
    case FeedColumn::Colore:
        return { u"Color"_s, u"Colour"_s };
    case FeedColumn::CodiceColore:
        return { u"Codice Colore"_s, u"Cod Colore"_s, u"Cod. Colore"_s, u"CodColore"_s, u"Color Code"_s };
    case FeedColumn::DescrizioneColore:
        return { u"Descrizione Colore"_s, u"Desc Colore"_s, u"Desc. Colore"_s, u"Color Description"_s };
    case FeedColumn::ColoreFornitore:
        return { u"Colore Fornitore"_s, u"Colore Produttore"_s, u"Manufacturer Color"_s };
    case FeedColumn::Taglia:
        return { u"Misura"_s, u"Size"_s };
    case FeedColumn::TipoTaglia:
        return { u"Tipo Taglia"_s, u"Scala Taglie"_s, u"Size Type"_s };
    case FeedColumn::Quantita:
        return { u"Quantità"_s, u"Qta"_s, u"Qtà"_s, u"Qty"_s, u"Quantity"_s, u"Disponibilita"_s, u"Disponibilità"_s,
            u"Giacenza"_s, u"Stock"_s };
    case FeedColumn::PrezzoListino:
        return { u"Prezzo Listino"_s, u"Listino"_s, u"Prezzo Vendita"_s, u"Retail Price"_s };
    case FeedColumn::PrezzoNetto:
        return { u"Prezzo Netto"_s, u"Netto"_s, u"Prezzo Ingrosso"_s, u"Wholesale Price"_s };
    case FeedColumn::Valuta:
        return { u"Divisa"_s, u"Currency"_s };
    case FeedColumn::EAN:
        return { u"Barcode"_s, u"EAN13"_s, u"Codice EAN"_s, u"Codice a barre"_s };
    case FeedColumn::MadeIn:
        return { u"Made In"_s, u"Paese Origine"_s, u"Paese di Origine"_s, u"Origine"_s, u"Provenienza"_s };
    case FeedColumn::Composizione:
        return { u"Materiale"_s, u"Composition"_s };
    case FeedColumn::Descrizione:
        return { u"Descrizione Articolo"_s, u"Description"_s };
    case FeedColumn::Foto1:
    case FeedColumn::Foto2:
    case FeedColumn::Foto3:
    case FeedColumn::Foto4:
    case FeedColumn::Foto5: {
        const int n = int(c) - int(FeedColumn::Foto1) + 1;
        return { u"Foto %1"_s.arg(n), u"Immagine%1"_s.arg(n), u"Immagine %1"_s.arg(n), u"Image%1"_s.arg(n) };
    }
    case FeedColumn::UltimaModifica:
        return { u"Ultima Modifica"_s, u"Data Modifica"_s, u"DataUltimaModifica"_s, u"Last Modified"_s };
    }
    return {};
}

Error configError(const QString& source, const QString& message)
{
    return Error { ErrorCode::Config, source + u": "_s + message, {} };
}
} // namespace

FeedColumns::FeedColumns()
{
    for (int c = 0; c < FeedColumnCount; ++c)
        m_aliases[size_t(c)] = builtInAliases(FeedColumn(c));
    const Status built = rebuildLookup(u"built-in column aliases"_s);
    Q_ASSERT(built.ok());
}

QString FeedColumns::canonicalName(FeedColumn column)
{
    return QString::fromLatin1(kCanonical[size_t(column)]);
}

bool FeedColumns::isRequired(FeedColumn column)
{
    switch (column) {
    case FeedColumn::CodArticolo:
    case FeedColumn::Modello:
    case FeedColumn::Marca:
    case FeedColumn::Categoria:
    case FeedColumn::Taglia:
    case FeedColumn::Quantita:
    case FeedColumn::PrezzoListino:
    case FeedColumn::PrezzoNetto:
        return true;
    default:
        return false;
    }
}

QString FeedColumns::normalize(QStringView name)
{
    qsizetype b = 0, e = name.size();
    const auto isPad = [](QChar c) { return c.isSpace() || c == QChar(0xFEFF); };
    while (b < e && isPad(name[b]))
        ++b;
    while (e > b && isPad(name[e - 1]))
        --e;
    return name.sliced(b, e - b).toString().toCaseFolded();
}

Status FeedColumns::rebuildLookup(const QString& sourceName)
{
    m_lookup.clear();
    for (int c = 0; c < FeedColumnCount; ++c) {
        QStringList& list = m_aliases[size_t(c)];
        if (!list.contains(canonicalName(FeedColumn(c)), Qt::CaseInsensitive))
            list.prepend(canonicalName(FeedColumn(c)));
        for (const QString& alias : std::as_const(list)) {
            const QString key = normalize(alias);
            const auto it = m_lookup.constFind(key);
            if (it != m_lookup.cend() && *it != FeedColumn(c))
                return configError(sourceName,
                    QCoreApplication::translate("md::gnb", "the header name \"%1\" is given for both %2 and %3")
                        .arg(alias, canonicalName(*it), canonicalName(FeedColumn(c))));
            m_lookup.insert(key, FeedColumn(c));
        }
    }
    return {};
}

Result<FeedColumns> FeedColumns::fromJsonFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { ErrorCode::Config,
            QCoreApplication::translate("md::gnb", "The column configuration %1 cannot be read: %2")
                .arg(path, file.errorString()),
            {} };
    return fromJson(file.readAll(), path);
}

Result<FeedColumns> FeedColumns::fromJson(const QByteArray& json, const QString& sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return configError(sourceName,
            QCoreApplication::translate("md::gnb", "not valid JSON: %1 at byte %2")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    const QJsonValue columnsValue = doc.object().value(u"columns"_s);
    if (!doc.isObject() || !columnsValue.isObject())
        return configError(sourceName,
            QCoreApplication::translate(
                "md::gnb", "the key \"columns\" must be an object mapping column names to lists of header names"));

    FeedColumns result;
    const QJsonObject columns = columnsValue.toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        const QString key = it.key();
        int column = -1;
        for (int c = 0; c < FeedColumnCount; ++c) {
            if (key == canonicalName(FeedColumn(c)))
                column = c;
        }
        if (column < 0) {
            QStringList known;
            for (int c = 0; c < FeedColumnCount; ++c)
                known << canonicalName(FeedColumn(c));
            return configError(sourceName,
                QCoreApplication::translate("md::gnb", "\"columns\".\"%1\" is not a G&B column (known: %2)")
                    .arg(key, known.join(u", "_s)));
        }
        const Error badList = configError(sourceName,
            QCoreApplication::translate("md::gnb", "\"columns\".\"%1\" must be a list of non-empty header names")
                .arg(key));
        if (!it.value().isArray())
            return badList;
        QStringList aliases;
        for (const auto& v : it.value().toArray()) {
            if (!v.isString() || v.toString().trimmed().isEmpty())
                return badList;
            aliases << v.toString().trimmed();
        }
        result.m_aliases[size_t(column)] = aliases;
    }
    if (auto built = result.rebuildLookup(sourceName); !built)
        return built.error();
    return result;
}

Result<HeaderLayout> FeedColumns::matchHeader(const QStringList& header, const QString& fileName) const
{
    HeaderLayout layout;
    layout.fieldCount = int(header.size());
    for (int i = 0; i < header.size(); ++i) {
        const QString key = normalize(header[i]);
        if (key.isEmpty())
            continue; // a trailing ';' on the header line makes an empty column; nothing to report
        const auto it = m_lookup.constFind(key);
        if (it == m_lookup.cend()) {
            layout.unknown << header[i].trimmed();
            continue;
        }
        int& slot = layout.index[size_t(*it)];
        if (slot >= 0)
            return Error { ErrorCode::Invalid,
                QCoreApplication::translate("md::gnb",
                    "%1: the column %2 appears twice in the header (\"%3\" in column %4 and \"%5\" in column %6)")
                    .arg(fileName, canonicalName(*it), header[slot].trimmed())
                    .arg(slot + 1)
                    .arg(header[i].trimmed())
                    .arg(i + 1),
                {} };
        slot = i;
    }

    QStringList missing;
    for (int c = 0; c < FeedColumnCount; ++c) {
        if (isRequired(FeedColumn(c)) && !layout.has(FeedColumn(c)))
            missing << QCoreApplication::translate("md::gnb", "%1 (accepted header names: %2)")
                           .arg(canonicalName(FeedColumn(c)), m_aliases[size_t(c)].join(u", "_s));
    }
    if (std::none_of(
            std::begin(kColourColumns), std::end(kColourColumns), [&](FeedColumn c) { return layout.has(c); })) {
        QStringList accepted;
        for (const FeedColumn c : kColourColumns)
            accepted << m_aliases[size_t(c)];
        missing << QCoreApplication::translate("md::gnb", "a colour column: one of %1 (accepted header names: %2)")
                       .arg(u"Colore, CodiceColore, DescrizioneColore, ColoreFornitore"_s, accepted.join(u", "_s));
    }
    if (!missing.isEmpty())
        return Error { ErrorCode::Invalid,
            QCoreApplication::translate("md::gnb", "%1: the header lacks the required column %2")
                .arg(fileName, missing.join(u"; "_s)),
            {} };
    return layout;
}

} // namespace md::gnb
