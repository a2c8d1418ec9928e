#pragma once

#include <QLoggingCategory>

// All HTTP traffic logs under "md.net" (enable debug with QT_LOGGING_RULES="md.net.debug=true").
// Everything logged there passes through a Redactor first.
Q_DECLARE_LOGGING_CATEGORY(lcNet)
