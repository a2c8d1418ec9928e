#include "tools/feedgen/catalogue.h"

namespace md::feedgen {

namespace {

using S = QStringView;
using C = ColourStyle;
using K = CodeShape;

// Italian houses (and two Italian-distributed ones) in the order files are picked: the first six
// already cover bags, shoes and clothing and every colour style, which keeps small demo days varied.
constexpr BrandSpec brandTable[] = {
    { u"GUCCI", u"GUCCI", u"GU", 130, { 35, 25, 25, 15 }, C::Codes, K::FourDigits, true },
    { u"PRADA", u"PRADA", u"PR", 130, { 35, 20, 30, 15 }, C::Codes, K::Prada, true },
    { u"STONEISLAND", u"STONE ISLAND", u"SI", 60, { 3, 5, 85, 7 }, C::Codes, K::LongDigits, false },
    { u"MONCLER", u"MONCLER", u"MC", 110, { 5, 10, 75, 10 }, C::Mixed, K::LetterDigits, true },
    { u"DOLCEGABBANA", u"DOLCE & GABBANA", u"DG", 110, { 20, 25, 45, 10 }, C::Names, K::LetterDigits, true },
    { u"GOLDENGOOSE", u"GOLDEN GOOSE", u"GD", 60, { 5, 80, 10, 5 }, C::Mixed, K::LongDigits, false },
    { u"VALENTINO", u"VALENTINO GARAVANI", u"VG", 120, { 30, 35, 20, 15 }, C::Mixed, K::LetterDigits, true },
    { u"FENDI", u"FENDI", u"FE", 120, { 40, 15, 30, 15 }, C::Codes, K::Prada, true },
    { u"BOTTEGAVENETA", u"BOTTEGA VENETA", u"BV", 140, { 50, 25, 15, 10 }, C::Codes, K::FourDigits, true },
    { u"MIUMIU", u"MIU MIU", u"MM", 110, { 30, 30, 30, 10 }, C::Codes, K::Prada, true },
    { u"MAXMARA", u"MAX MARA", u"MX", 80, { 10, 5, 80, 5 }, C::Names, K::FourDigits, true },
    { u"VERSACE", u"VERSACE", u"VE", 100, { 20, 20, 45, 15 }, C::Mixed, K::LetterDigits, true },
    { u"ETRO", u"ETRO", u"ET", 70, { 15, 10, 60, 15 }, C::Names, K::FourDigits, false },
    { u"MISSONI", u"MISSONI", u"MI", 70, { 5, 5, 80, 10 }, C::Names, K::LongDigits, false },
    { u"TODS", u"TOD'S", u"TD", 70, { 20, 70, 5, 5 }, C::Mixed, K::LetterDigits, false },
    { u"FERRAGAMO", u"FERRAGAMO", u"FG", 90, { 30, 45, 15, 10 }, C::Mixed, K::FourDigits, true },
    { u"MARNI", u"MARNI", u"MN", 80, { 30, 15, 50, 5 }, C::Codes, K::LongDigits, false },
    { u"MSGM", u"MSGM", u"MS", 35, { 3, 7, 85, 5 }, C::Names, K::FourDigits, false },
    { u"CPCOMPANY", u"C.P. COMPANY", u"CP", 50, { 5, 3, 85, 7 }, C::Codes, K::LongDigits, false },
    { u"DSQUARED2", u"DSQUARED2", u"DQ", 55, { 5, 25, 65, 5 }, C::Mixed, K::FourDigits, false },
    { u"MOSCHINO", u"MOSCHINO", u"MO", 50, { 20, 10, 60, 10 }, C::Names, K::LetterDigits, false },
    { u"ZEGNA", u"ZEGNA", u"ZG", 110, { 5, 15, 70, 10 }, C::Codes, K::LongDigits, true },
    { u"BRUNELLOCUCINELLI", u"BRUNELLO CUCINELLI", u"BC", 150, { 5, 10, 80, 5 }, C::Mixed, K::LetterDigits, true },
    { u"LOROPIANA", u"LORO PIANA", u"LP", 160, { 10, 15, 65, 10 }, C::Codes, K::Prada, true },
    { u"PALMANGELS", u"PALM ANGELS", u"PA", 45, { 3, 15, 77, 5 }, C::Names, K::FourDigits, false },
    { u"OFFWHITE", u"OFF-WHITE", u"OW", 50, { 10, 20, 65, 5 }, C::Mixed, K::FourDigits, false },
    { u"HERNO", u"HERNO", u"HE", 60, { 1, 1, 93, 5 }, C::Codes, K::FourDigits, false },
    { u"GIUSEPPEZANOTTI", u"GIUSEPPE ZANOTTI", u"GZ", 70, { 5, 90, 1, 4 }, C::Names, K::LetterDigits, true },
    { u"SERGIOROSSI", u"SERGIO ROSSI", u"SR", 75, { 5, 90, 1, 4 }, C::Codes, K::LetterDigits, true },
    { u"ALANUI", u"ALANUI", u"AL", 90, { 1, 1, 88, 10 }, C::Names, K::FourDigits, false },
    { u"BRIONI", u"BRIONI", u"BR", 170, { 1, 10, 84, 5 }, C::Codes, K::LongDigits, true },
    { u"KITON", u"KITON", u"KT", 180, { 1, 5, 89, 5 }, C::Codes, K::LongDigits, true },
    { u"GIORGIOARMANI", u"GIORGIO ARMANI", u"GA", 100, { 15, 15, 60, 10 }, C::Mixed, K::FourDigits, true },
    { u"PINKO", u"PINKO", u"PK", 30, { 45, 10, 40, 5 }, C::Names, K::LetterDigits, false },
    { u"TWINSET", u"TWINSET", u"TW", 25, { 15, 10, 70, 5 }, C::Names, K::FourDigits, false },
    { u"FURLA", u"FURLA", u"FU", 30, { 80, 5, 1, 14 }, C::Mixed, K::LetterDigits, false },
};

using Sc = SizeScale;
using G = GenderRule;

constexpr SubcategorySpec bags[] = {
    { u"Borse a spalla", Sc::OneSize, G::Adults },
    { u"Borse a mano", Sc::OneSize, G::Adults },
    { u"Borse a tracolla", Sc::OneSize, G::Adults },
    { u"Tote", Sc::OneSize, G::Adults },
    { u"Zaini", Sc::OneSize, G::Adults },
    { u"Pochette", Sc::OneSize, G::WomenOnly },
    { u"Marsupi", Sc::OneSize, G::Adults },
    { u"Mini bag", Sc::OneSize, G::WomenOnly },
};
constexpr SubcategorySpec shoes[] = {
    { u"Sneakers", Sc::ShoesMen, G::Adults },
    { u"Mocassini", Sc::ShoesMen, G::Adults },
    { u"Stivali", Sc::ShoesMen, G::Adults },
    { u"Stivaletti", Sc::ShoesMen, G::Adults },
    { u"Sandali", Sc::ShoesMen, G::Adults },
    { u"Décolleté", Sc::ShoesWomen, G::WomenOnly },
    { u"Ballerine", Sc::ShoesWomen, G::WomenOnly },
    { u"Stringate", Sc::ShoesMen, G::Adults },
    { u"Slip-on", Sc::ShoesMen, G::Adults },
};
constexpr SubcategorySpec clothing[] = {
    { u"Giacche", Sc::NumbersIt, G::Any },
    { u"Cappotti", Sc::NumbersIt, G::Any },
    { u"Piumini", Sc::LettersInt, G::Any, u"nylon laccato" },
    { u"Maglieria", Sc::LettersInt, G::Any, u"lana merino" },
    { u"Felpe", Sc::LettersInt, G::Any, u"felpa di cotone" },
    { u"T-shirt", Sc::LettersInt, G::Any, u"jersey di cotone" },
    { u"Camicie", Sc::NumbersIt, G::Any, u"popeline di cotone" },
    { u"Pantaloni", Sc::NumbersIt, G::Any },
    { u"Jeans", Sc::Jeans, G::Any, u"denim giapponese" },
    { u"Abiti", Sc::NumbersFr, G::WomenOnly },
    { u"Gonne", Sc::NumbersIt, G::WomenOnly },
};
constexpr SubcategorySpec accessories[] = {
    { u"Cinture", Sc::Belt, G::Adults, u"pelle di vitello" },
    { u"Sciarpe", Sc::OneSize, G::Any, u"cashmere" },
    { u"Cappelli", Sc::Hats, G::Any, u"feltro di lana" },
    { u"Portafogli", Sc::OneSize, G::Adults, u"pelle martellata" },
    { u"Portacarte", Sc::OneSize, G::Adults, u"pelle di vitello" },
    { u"Occhiali da sole", Sc::OneSize, G::Adults, u"acetato" },
    { u"Guanti", Sc::Gloves, G::Adults, u"pelle di agnello" },
    { u"Portachiavi", Sc::OneSize, G::NoKids, u"metallo dorato" },
    { u"Gioielli", Sc::OneSize, G::Adults, u"argento 925" },
    { u"Foulard", Sc::OneSize, G::WomenOnly, u"seta stampata" },
};

constexpr S bagCompositions[] = {
    u"100% Pelle di vitello",
    u"Esterno: 100% pelle di vitello; fodera: 100% cotone",
    u"100% Nylon rigenerato",
    u"Tela 65%, Pelle 35%",
    u"Pelle di agnello",
    u"Esterno: 100% poliestere; finiture: pelle",
};
constexpr S bagMaterials[] = { u"pelle di vitello", u"pelle martellata", u"nylon rigenerato", u"tela jacquard",
    u"pelle scamosciata", u"pelle di agnello trapuntata" };
constexpr S shoeCompositions[] = {
    u"Tomaia: 100% pelle di vitello; suola: 100% gomma",
    u"Pelle",
    u"Tomaia: camoscio; fodera: pelle; suola: cuoio",
    u"Tomaia: 60% poliestere, 40% pelle; suola: gomma",
    u"100% Pelle verniciata",
};
constexpr S shoeMaterials[]
    = { u"pelle di vitello", u"camoscio", u"pelle spazzolata", u"tessuto tecnico", u"vernice", u"pelle laminata" };
constexpr S clothingCompositions[] = {
    u"100% Cotone",
    u"80% Lana vergine, 20% Cashmere",
    u"Esterno: 100% poliammide; imbottitura: 90% piumino d'oca, 10% piuma",
    u"100% Seta",
    u"98% Cotone, 2% Elastan",
    u"70% Viscosa, 30% Acetato",
    u"100% Lino",
    u"100% Cashmere",
};
constexpr S clothingMaterials[] = { u"cotone organico", u"lana vergine", u"cashmere", u"nylon laccato", u"seta",
    u"denim giapponese", u"lino", u"jersey di cotone" };
constexpr S accessoryCompositions[] = {
    u"100% Pelle di vitello",
    u"100% Seta",
    u"Lana 70%, Cashmere 30%",
    u"Ottone, smalto",
    u"Acetato",
    u"Metallo: ottone; pietre: cristalli",
};
constexpr S accessoryMaterials[]
    = { u"pelle", u"seta stampata", u"cashmere", u"metallo dorato", u"acetato", u"argento 925" };

constexpr S bagDetails[] = { u"Chiusura con zip", u"Tasca interna con zip", u"Tracolla regolabile e removibile",
    u"Finiture in metallo dorato", u"Patta con chiusura magnetica", u"Fodera in cotone", u"Manici arrotolati",
    u"Più spazio all'interno, però compatta fuori" };
constexpr S shoeDetails[] = { u"Suola in gomma antiscivolo", u"Punta arrotondata", u"Tacco 85 mm", u"Plantare in pelle",
    u"Lacci in cotone cerato", u"Cuciture a contrasto", u"Suola in cuoio" };
constexpr S clothingDetails[] = { u"Vestibilità regolare", u"Vestibilità oversize", u"Logo ricamato sul davanti",
    u"Colletto classico", u"Maniche lunghe", u"Cappuccio removibile", u"Polsini a costine", u"Bottoni in corno",
    u"Così leggero che si può portare tutto l'anno" };
constexpr S accessoryDetails[] = { u"Finiture in metallo dorato", u"Logo in rilievo", u"Confezione regalo inclusa",
    u"Fibbia in metallo palladiato", u"Scomparti per carte", u"Taglia unica" };

constexpr CategorySpec categories[categoryCount] = {
    { u"Borse", bags, 650, 3200, bagCompositions, bagMaterials, bagDetails },
    { u"Scarpe", shoes, 390, 1150, shoeCompositions, shoeMaterials, shoeDetails },
    { u"Abbigliamento", clothing, 180, 2800, clothingCompositions, clothingMaterials, clothingDetails },
    { u"Accessori", accessories, 120, 690, accessoryCompositions, accessoryMaterials, accessoryDetails },
};

constexpr ColourSpec colourTable[] = {
    { u"Nero", u"BLACK" },
    { u"Bianco", u"WHITE" },
    { u"Blu navy", u"NAVY BLUE" },
    { u"Beige", u"BEIGE" },
    { u"Marrone", u"BROWN" },
    { u"Rosso", u"RED" },
    { u"Verde militare", u"MILITARY GREEN" },
    { u"Grigio", u"GREY" },
    { u"Avorio", u"IVORY" },
    { u"Rosa cipria", u"POWDER PINK" },
    { u"Cammello", u"CAMEL" },
    { u"Bordeaux", u"BURGUNDY" },
    { u"Azzurro", u"LIGHT BLUE" },
    { u"Oro", u"GOLD" },
    { u"Argento", u"SILVER" },
    { u"Multicolore", u"MULTICOLOR" },
    { u"Blu", u"BLUE" },
    { u"Tortora", u"TAUPE" },
    { u"Écru", u"ECRU" },
    { u"Senape", u"MUSTARD" },
    { u"Verde bosco", u"FOREST GREEN" },
    { u"Giallo", u"YELLOW" },
    { u"Arancione", u"ORANGE" },
    { u"Viola", u"PURPLE" },
    { u"Antracite", u"ANTHRACITE" },
    { u"Cuoio", u"TAN" },
    { u"Panna", u"CREAM" },
    { u"Corallo", u"CORAL" },
};

constexpr S madeInTable[] = { u"Italia", u"Italia", u"Italia", u"Italia", u"Italia", u"Italia", u"Romania",
    u"Portogallo", u"Spagna", u"Cina", u"Turchia", u"Moldavia", u"Francia", u"Tunisia" };

constexpr S detailTable[] = {
    u"Lavorazione artigianale",
    u"Qualità sartoriale",
    u"Dettagli in pelle",
    u"Logo in rilievo",
    u"Morbidezza e comodità per tutti i giorni",
    u"È un classico della maison",
    u"Realizzato a mano in Italia",
};

constexpr S careTable[] = {
    u"Lavare a secco.",
    u"Non lavare in lavatrice.",
    u"Conservare nella sacca antipolvere inclusa.",
    u"Lavaggio a mano a 30 °C.",
    u"Non candeggiare; stirare a bassa temperatura.",
};

} // namespace

std::span<const BrandSpec> brands()
{
    return brandTable;
}
const CategorySpec& category(Category c)
{
    return categories[int(c)];
}
std::span<const ColourSpec> colours()
{
    return colourTable;
}
std::span<const QStringView> madeIn()
{
    return madeInTable;
}
std::span<const QStringView> descriptionDetails()
{
    return detailTable;
}
std::span<const QStringView> descriptionCare()
{
    return careTable;
}

} // namespace md::feedgen
