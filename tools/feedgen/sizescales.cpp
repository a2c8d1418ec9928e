#include "tools/feedgen/sizescales.h"

namespace md::feedgen {

namespace {

using S = QStringView;

constexpr S oneSize[] = { u"UNI" };
constexpr S tagliaUnica[] = { u"TU" };
constexpr S belt[] = { u"75", u"80", u"85", u"90", u"95", u"100", u"105", u"110" };
constexpr S shoesWomen[]
    = { u"35", u"35.5", u"36", u"36.5", u"37", u"37.5", u"38", u"38.5", u"39", u"39.5", u"40", u"40.5", u"41" };
constexpr S shoesMen[]
    = { u"39", u"39.5", u"40", u"40.5", u"41", u"41.5", u"42", u"42.5", u"43", u"43.5", u"44", u"45", u"46" };
constexpr S shoesUs[] = { u"6", u"6.5", u"7", u"7.5", u"8", u"8.5", u"9", u"9.5", u"10", u"10.5", u"11", u"12" };
constexpr S shoesUk[] = { u"5", u"5.5", u"6", u"6.5", u"7", u"7.5", u"8", u"8.5", u"9", u"9.5", u"10", u"11" };
constexpr S letters[] = { u"XXS", u"XS", u"S", u"M", u"L", u"XL", u"XXL", u"3XL" };
constexpr S numbersItWomen[] = { u"36", u"38", u"40", u"42", u"44", u"46", u"48", u"50" };
constexpr S numbersItMen[] = { u"44", u"46", u"48", u"50", u"52", u"54", u"56", u"58" };
constexpr S numbersFr[] = { u"32", u"34", u"36", u"38", u"40", u"42", u"44", u"46" };
constexpr S jeans[] = { u"24", u"25", u"26", u"27", u"28", u"29", u"30", u"31", u"32", u"33", u"34", u"36" };
constexpr S kids[] = { u"2A", u"3A", u"4A", u"6A", u"8A", u"10A", u"12A", u"14A" };
constexpr S hats[] = { u"S", u"M", u"L", u"XL" };
constexpr S gloves[] = { u"7", u"7.5", u"8", u"8.5", u"9", u"9.5" };

} // namespace

SizeRun sizeRunFor(Category category, const SubcategorySpec& sub, QStringView genere, Rng& rng)
{
    const bool women = genere == u"Donna";
    if (category == Category::Scarpe) {
        // Italian houses size shoes IT or EU; sneakers of the streetwear lines often come in US or UK sizes.
        const int r = rng.bounded(100);
        if (sub.name == u"Sneakers" && r < 20)
            return { shoesUs, u"US" };
        if (sub.name == u"Sneakers" && r < 28)
            return { shoesUk, u"UK" };
        return { women ? std::span<const S>(shoesWomen) : std::span<const S>(shoesMen), r % 2 ? u"EU" : u"IT" };
    }
    if (genere == u"Bambino" && category == Category::Abbigliamento)
        return { kids, u"IT" };
    switch (sub.scale) {
    case SizeScale::OneSize:
        return rng.bounded(100) < 25 ? SizeRun { tagliaUnica, u"INT" } : SizeRun { oneSize, u"INT" };
    case SizeScale::Belt:
        return { belt, u"IT" };
    case SizeScale::LettersInt:
        return { letters, u"INT" };
    case SizeScale::NumbersIt:
        return { women ? std::span<const S>(numbersItWomen) : std::span<const S>(numbersItMen), u"IT" };
    case SizeScale::NumbersFr:
        return { numbersFr, u"FR" };
    case SizeScale::Jeans:
        return { jeans, u"US" };
    case SizeScale::Kids:
        return { kids, u"IT" };
    case SizeScale::Hats:
        return { hats, u"INT" };
    case SizeScale::Gloves:
        return { gloves, u"INT" };
    case SizeScale::ShoesWomen:
        return { shoesWomen, u"IT" };
    case SizeScale::ShoesMen:
        return { shoesMen, u"IT" };
    case SizeScale::ShoesUs:
        return { shoesUs, u"US" };
    }
    return { oneSize, u"INT" };
}

} // namespace md::feedgen
