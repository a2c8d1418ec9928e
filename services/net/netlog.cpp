#include "services/net/netlog.h"

Q_LOGGING_CATEGORY(lcNet, "md.net", QtInfoMsg)
