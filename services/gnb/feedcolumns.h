#pragma once

#include "services/domain/result.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <array>

namespace md::gnb {

// The canonical columns of a G&B brand file (reference/gnb-feed.md), in the order of the contract.
enum class FeedColumn {
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
    EAN,
    MadeIn,
    Composizione,
    Descrizione,
    Foto1,
    Foto2,
    Foto3,
    Foto4,
    Foto5,
    UltimaModifica,
};
inline constexpr int FeedColumnCount = int(FeedColumn::UltimaModifica) + 1;

// Where each canonical column sits in one file's header: -1 when the file does not have it.
struct HeaderLayout {
    std::array<int, FeedColumnCount> index;
    int fieldCount = 0; // fields in the header row (every record must have as many)
    QStringList unknown; // header names that match no alias, as written in the file (for a warning)

    HeaderLayout() { index.fill(-1); }
    int operator[](FeedColumn c) const { return index[size_t(c)]; }
    bool has(FeedColumn c) const { return index[size_t(c)] >= 0; }
};

// Which header names are accepted for each canonical column. Real files name columns differently
// (Italian ERP variants), so the aliases come from configuration; the canonical name itself is always
// accepted. Matching ignores case and surrounding spaces or BOM.
class FeedColumns {
public:
    // The built-in aliases (see feedcolumns.cpp), e.g. "Quantità", "Qta" for Quantita.
    FeedColumns();

    // Loads aliases from a JSON file {"columns": {"Quantita": ["Quantita", "Qta"], …}}. A column listed there
    // gets exactly those aliases (plus its canonical name); columns not listed keep the built-in ones.
    // Errors (ErrorCode::Config) name the file and the offending key.
    static Result<FeedColumns> fromJsonFile(const QString& path);
    // The same from JSON text; sourceName names it in error messages.
    static Result<FeedColumns> fromJson(const QByteArray& json, const QString& sourceName);

    static QString canonicalName(FeedColumn column);
    // CodArticolo, Modello, Marca, Categoria, Taglia, Quantita, PrezzoListino, PrezzoNetto
    // (plus at least one colour column, checked by matchHeader).
    static bool isRequired(FeedColumn column);

    QStringList aliases(FeedColumn column) const { return m_aliases[size_t(column)]; }

    // Maps a header row onto the canonical columns. Errors (ErrorCode::Invalid) reject the whole file and name
    // fileName: a required column missing (with the aliases accepted), no colour column at all, a column that
    // appears twice. Unknown header names are not an error; they are listed in HeaderLayout::unknown.
    Result<HeaderLayout> matchHeader(const QStringList& header, const QString& fileName) const;

private:
    static QString normalize(QStringView name);
    Status rebuildLookup(const QString& sourceName);

    std::array<QStringList, FeedColumnCount> m_aliases;
    QHash<QString, FeedColumn> m_lookup; // normalized alias → column
};

} // namespace md::gnb
