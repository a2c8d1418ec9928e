#pragma once

#include <QTest>

// Fails the test with the Error's message when a Result is not ok (QVERIFY2 would evaluate the message eagerly).
#define MD_VERIFY_OK(expr)                                                                                             \
    do {                                                                                                               \
        const auto& mdResult_ = (expr);                                                                                \
        if (!mdResult_.ok())                                                                                           \
            QFAIL(qPrintable(mdResult_.error().toString()));                                                           \
    } while (false)
