#pragma once

#include <QStringView>
#include <array>
#include <span>

// The fixed vocabulary of the generated feeds: brands, the supplier's Italian category tree, colours,
// materials. Plain constant data so that a seed is all that varies between two runs.
namespace md::feedgen {

// How a brand fills the four colour columns; it decides how many rows end up with codes only.
enum class ColourStyle {
    Codes, // Colore and ColoreFornitore are codes, DescrizioneColore mostly empty
    Names, // Colore is an Italian name, ColoreFornitore the manufacturer's English name
    Mixed, // Colore is a code, ColoreFornitore a name or a code, DescrizioneColore sometimes a name
};

// The shape of a brand's colour codes, as in real houses' catalogues.
enum class CodeShape {
    LetterDigits, // A1192
    FourDigits, // 1000, 0001
    Prada, // F0UU0, F0002
    LongDigits, // V0029 style with a letter prefix and 5 digits: V00291
};

enum class Category { Borse, Scarpe, Abbigliamento, Accessori };
inline constexpr int categoryCount = 4;

enum class SizeScale {
    OneSize, // UNI / TU
    Belt, // 75 … 110 (cm)
    ShoesWomen, // 35 … 41 with halves
    ShoesMen, // 39 … 46 with halves
    ShoesUs, // 6 … 12 (US)
    LettersInt, // XS … XXXL
    NumbersIt, // 38 … 56
    NumbersFr, // 34 … 46
    Jeans, // 24 … 36 (US waist)
    Kids, // 4A … 14A
    Hats, // S M L
    Gloves, // 7 … 9.5
};

// Which Genere a subcategory may have.
enum class GenderRule { Any, WomenOnly, Adults, NoKids };

struct SubcategorySpec {
    QStringView name;
    SizeScale scale;
    GenderRule gender;
    QStringView material = {}; // for descriptions; empty: one of the category's materials
};

struct CategorySpec {
    QStringView name;
    std::span<const SubcategorySpec> subcategories;
    int priceLow; // retail price range in EUR before the brand's tier
    int priceHigh;
    std::span<const QStringView> compositions;
    std::span<const QStringView> materials; // for descriptions: "in pelle di vitello"
    std::span<const QStringView> details; // for descriptions: "Tracolla regolabile e removibile"
};

struct BrandSpec {
    QStringView code; // file name: <code>.csv
    QStringView marca; // the Marca column and the index's brand
    QStringView modelPrefix; // unique per brand, so a Modello never appears in two files
    int tierPercent; // price multiplier in percent
    std::array<int, categoryCount> categoryWeights;
    ColourStyle colourStyle;
    CodeShape codeShape;
    bool thousandsDot; // 1.234,50 rather than 1234,50
};

struct ColourSpec {
    QStringView italian; // Nero, Blu navy
    QStringView manufacturer; // BLACK, NAVY BLUE
};

std::span<const BrandSpec> brands();
const CategorySpec& category(Category c);
std::span<const ColourSpec> colours();
std::span<const QStringView> madeIn();
std::span<const QStringView> descriptionDetails(); // phrases for any category, some with accents
std::span<const QStringView> descriptionCare();

} // namespace md::feedgen
