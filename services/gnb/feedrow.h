#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace md::gnb {

// One valid variant row of a G&B brand file, after header aliases, number parsing and the colour rule.
struct FeedRow {
    int line = 0; // physical line of the record's first line in the file (header = 1)
    QString variantCode; // CodArticolo
    QString model; // Modello
    QString brand; // Marca
    QString category; // Categoria
    QString subcategory; // Sottocategoria
    QString gender; // Genere
    QString season; // Stagione
    QString colour; // display colour chosen by the colour rule (a name, or the raw code when unresolved)
    QString colourCode; // the code the colour was looked up by (empty when a name was found in the row)
    bool colourUnresolved = false; // every candidate was a code and none is in the colour-code table
    QString supplierColour; // Colore
    QString colourCodeField; // CodiceColore
    QString colourDescription; // DescrizioneColore
    QString manufacturerColour; // ColoreFornitore
    QString size; // Taglia
    QString sizeType; // TipoTaglia
    int quantity = 0; // Quantita; empty and negative become 0
    std::optional<qint64> listPriceCents; // PrezzoListino, EUR cents
    std::optional<qint64> netPriceCents; // PrezzoNetto, EUR cents
    QString currency; // Valuta
    QString ean;
    QString madeIn;
    QString composition;
    QString description;
    QStringList images; // Foto1..Foto5, non-empty only
    QDateTime modifiedAt; // UltimaModifica, Europe/Rome converted to UTC; invalid when empty
};

// A row or a whole file that could not be loaded: where and why (line 0 = the whole file).
struct FeedReject {
    QString file;
    int line = 0;
    QString reason;
};

} // namespace md::gnb
