#pragma once

#include "tools/feedgen/catalogue.h"
#include "tools/feedgen/rng.h"

#include <QStringView>
#include <span>

namespace md::feedgen {

// The sizes a model can come in (Taglia) and their system (TipoTaglia).
struct SizeRun {
    std::span<const QStringView> sizes;
    QStringView system;
};

// The scale for a subcategory and Genere; shoes and one-size items pick among the systems real brands use.
SizeRun sizeRunFor(Category category, const SubcategorySpec& sub, QStringView genere, Rng& rng);

} // namespace md::feedgen
