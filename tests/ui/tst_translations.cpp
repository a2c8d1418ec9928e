#include "models/moneyformat.h"
#include "services/domain/translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

// The .qm files are embedded in the services library, so the GUI and marketdesk-cli load them alike.
class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void koreanIsShippedAndFormatsFollow()
    {
        QCOMPARE(md::installTranslations(*QCoreApplication::instance(), u"ko"_s), u"ko"_s);
        QCOMPARE(QCoreApplication::translate("md::ui::MainWindow", "&File"), u"파일(&F)"_s);
        QCOMPARE(QCoreApplication::translate("md::models::ProductsModel", "Managed name"), u"관리명"_s);
        QCOMPARE(QCoreApplication::translate("md::ui::ProductsPage", "%n product(s)", nullptr, 3), u"상품 3개"_s);
        QCOMPARE(QLocale().language(), QLocale::Korean);
        QCOMPARE(md::models::formatMoney(15000.0, u"KRW"_s), u"₩15,000"_s);
    }

    void englishHasPluralsAndUnknownFallsBack()
    {
        QCOMPARE(md::installTranslations(*QCoreApplication::instance(), u"en"_s), u"en"_s);
        QCOMPARE(QCoreApplication::translate("md::ui::ProductsPage", "%n product(s)", nullptr, 1), u"1 product"_s);
        QCOMPARE(QCoreApplication::translate("md::ui::ProductsPage", "%n product(s)", nullptr, 2), u"2 products"_s);
        QCOMPARE(md::installTranslations(*QCoreApplication::instance(), u"fr"_s), u"en"_s);
        QVERIFY(md::availableLanguages().contains(u"ko"_s));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
