#include "models/accountsmodel.h"
#include "services/db/sql.h"
#include "services/marketplaces/common/account.h"
#include "services/marketplaces/common/accounts.h"
#include "services/secrets/memorysecretstore.h"
#include "tests/common/testdatabases.h"
#include "tests/common/testhelpers.h"
#include "tests/fakes/cafe24/fakecafe24server.h"
#include "ui/accounts/accountdialog.h"
#include "ui/accounts/accountspage.h"
#include "ui/errorbanner.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using md::fakes::FakeCafe24Server;
using md::ui::AccountDialog;

// Plays the system browser: follows the authorization address through the fake's redirect to the loopback handler.
class BrowserStandIn : public QObject {
    Q_OBJECT
public:
    int opened = 0;
public Q_SLOTS:
    void open(const QUrl& url)
    {
        ++opened;
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply* reply = m_manager.get(request);
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }

private:
    QNetworkAccessManager m_manager;
};

namespace {
const QString kSecret = u"s3cr3t-Client-Secret-Ω-4711"_s;

// Fills the Add Account dialog once it is shown (exec() blocks the caller) and accepts it.
void fillDialogWhenShown(const QString& platform, const QString& name, const QMap<QString, QString>& secrets)
{
    QTimer::singleShot(0, [=] {
        auto* dialog = qobject_cast<AccountDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->platformBox()->setCurrentIndex(dialog->platformBox()->findData(platform));
        dialog->nameEdit()->setText(name);
        dialog->sellerIdEdit()->setText(name + u"-seller"_s);
        dialog->accept(); // refused: secrets missing
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->problem().isEmpty());
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
            QLineEdit* edit = dialog->secretEdit(it.key());
            QVERIFY(edit);
            QCOMPARE(edit->echoMode(), QLineEdit::Password);
            edit->setText(it.value());
        }
        dialog->accept();
    });
}

// Whether `needle` occurs in any file under `dir` (the database file with its journal, settings files).
bool anyFileContains(const QString& dir, const QByteArray& needle)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            return true;
    }
    return false;
}
} // namespace

class TestAccountsPage : public QObject {
    Q_OBJECT

    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8()); // QSettings of this test go here only
        QCoreApplication::setOrganizationName(u"MarketDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_accountspage"_s);
    }

    void addsThroughDialogSecretsOnlyInStore()
    {
        auto t = md::test::TestDatabase::sqlite();
        md::secrets::MemorySecretStore secrets;
        md::ui::AccountsPage page(t->database(), &secrets);
        page.show();
        QSignalSpy done(&page, &md::ui::AccountsPage::operationFinished);

        fillDialogWhenShown(
            u"naver"_s, u"naver-kr"_s, { { u"client_id"_s, u"client-id-1"_s }, { u"client_secret"_s, kSecret } });
        page.addAction()->trigger();
        QVERIFY(done.wait(10000));
        QVERIFY2(done.last().first().toBool(), qPrintable(done.last().at(1).toString()));
        QVERIFY(QTest::qWaitFor([&] { return page.model()->rowCount() == 1; }, 10000));
        QCOMPARE(page.model()->index(0, md::models::AccountsModel::Name).data().toString(), u"naver-kr"_s);
        QCOMPARE(page.model()->index(0, md::models::AccountsModel::Platform).data().toString(), u"naver"_s);
        QVERIFY(secrets.contains(md::marketplaces::Account::secretKey(u"naver"_s, u"naver-kr"_s, u"client_secret"_s)));
        QVERIFY(secrets.contains(md::marketplaces::Account::secretKey(u"naver"_s, u"naver-kr"_s, u"client_id"_s)));

        // Not in the database (every column of every row, and the files themselves), not in the settings.
        const QString pattern = u'%' + kSecret + u'%';
        auto found = md::db::scalar(t->connection(),
            u"SELECT COUNT(*) FROM account WHERE options LIKE ? OR name LIKE ? OR seller_id LIKE ? OR "
            u"display_name LIKE ? OR COALESCE(base_url, '') LIKE ? OR COALESCE(proxy_url, '') LIKE ?"_s,
            QVariantList(6, pattern));
        MD_VERIFY_OK(found);
        QCOMPARE(found->toInt(), 0);
        t->database().closeThreadConnection();
        QVERIFY(!anyFileContains(QFileInfo(t->url().mid(u"sqlite://"_s.size())).absolutePath(), kSecret.toUtf8()));
        QSettings settings;
        settings.sync();
        for (const QString& key : settings.allKeys())
            QVERIFY(!settings.value(key).toString().contains(kSecret));
        QVERIFY(!anyFileContains(m_config.path(), kSecret.toUtf8()));
    }

    void keychainFailureIsClearAndLeavesNoAccount()
    {
        auto t = md::test::TestDatabase::sqlite();
        md::secrets::MemorySecretStore secrets;
        const QString reason = u"No OS keychain is available (no Secret Service). Install a keyring."_s;
        secrets.setFailure(md::Error { md::ErrorCode::Keychain, reason, {} });
        md::ui::AccountsPage page(t->database(), &secrets);
        QSignalSpy done(&page, &md::ui::AccountsPage::operationFinished);
        md::marketplaces::Account account;
        account.platform = u"qoo10"_s;
        account.name = u"qoo-jp"_s;
        account.sellerId = u"jp1"_s;
        page.addAccount(account,
            QJsonObject { { u"api_key"_s, u"api-key-4711"_s }, { u"user_id"_s, u"jp-user-1"_s },
                { u"password"_s, u"pass-word-9"_s } });
        QVERIFY(done.wait(10000));
        QVERIFY(!done.last().first().toBool());
        QVERIFY(page.banner()->text().contains(reason));
        // The row inserted first is removed again.
        QVERIFY(QTest::qWaitFor(
            [&] {
                auto n = md::db::scalar(t->connection(), u"SELECT COUNT(*) FROM account"_s);
                return n && n->toInt() == 0;
            },
            10000));
    }

    void removesWithSecretsAndTestsConnection()
    {
        auto t = md::test::TestDatabase::sqlite();
        md::secrets::MemorySecretStore secrets;
        md::ui::AccountsPage page(t->database(), &secrets);
        QSignalSpy done(&page, &md::ui::AccountsPage::operationFinished);
        md::marketplaces::Account account;
        account.platform = u"qoo10"_s;
        account.name = u"qoo-jp"_s;
        account.sellerId = u"jp1"_s;
        account.baseUrl = QUrl(u"http://127.0.0.1:9"_s); // nothing listens: the test must say so
        page.addAccount(account,
            QJsonObject { { u"api_key"_s, u"api-key-4711"_s }, { u"user_id"_s, u"jp-user-1"_s },
                { u"password"_s, u"pass-word-9"_s } });
        QVERIFY(done.wait(10000));
        QVERIFY(done.last().first().toBool());
        QCOMPARE(secrets.size(), 3);
        QVERIFY(QTest::qWaitFor([&] { return page.model()->rowCount() == 1; }, 10000));

        page.table()->selectRow(0);
        // A refresh (the add above queues one) keeps the selection.
        QSignalSpy reset(page.model(), &QAbstractItemModel::modelReset);
        page.model()->refresh();
        QVERIFY(reset.wait(10000));
        QVERIFY(page.selectedAccount().has_value());
        QCOMPARE(page.selectedAccount()->name, u"qoo-jp"_s);
        QVERIFY(page.testAction()->isEnabled());
        page.testAction()->trigger();
        QVERIFY(!page.testAction()->isEnabled()); // one test at a time
        QVERIFY(done.wait(60000));
        QVERIFY(!done.last().first().toBool());
        QVERIFY(!page.banner()->text().isEmpty());
        QVERIFY(page.resultText().contains(page.banner()->text()));

        // Replace the secrets through the edit dialog: the derived seller key goes with the old ones.
        const auto stored = page.model()->statusAt(0)->account;
        bool sellerKeyWritten = false;
        secrets.writeText(stored.secretKey(u"seller_key"_s), u"old-seller-key"_s, &page,
            [&](md::Status s) { sellerKeyWritten = bool(s); });
        QVERIFY(QTest::qWaitFor([&] { return sellerKeyWritten; }, 5000));
        QCOMPARE(secrets.size(), 4);
        QTimer::singleShot(0, [] {
            auto* dialog = qobject_cast<AccountDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QVERIFY(dialog->isEdit());
            QVERIFY(!dialog->nameEdit()->isEnabled());
            dialog->secretEdit(u"api_key"_s)->setText(u"api-key-new"_s);
            dialog->secretEdit(u"user_id"_s)->setText(u"jp-user-1"_s);
            dialog->secretEdit(u"password"_s)->setText(u"pass-word-new"_s);
            dialog->accept();
        });
        page.editAction()->trigger();
        QVERIFY(done.wait(10000));
        QVERIFY2(done.last().first().toBool(), qPrintable(done.last().at(1).toString()));
        QCOMPARE(secrets.size(), 3);
        QVERIFY(!secrets.contains(stored.secretKey(u"seller_key"_s)));

        page.removeAccount(stored);
        QVERIFY(done.wait(10000));
        QVERIFY(done.last().first().toBool());
        QCOMPARE(secrets.size(), 0);
        QVERIFY(QTest::qWaitFor([&] { return page.model()->rowCount() == 0; }, 10000));
    }

    void editsSettingsAndProxyPasswordRefusesConflicts()
    {
        auto t = md::test::TestDatabase::sqlite();
        md::secrets::MemorySecretStore secrets;
        md::ui::AccountsPage page(t->database(), &secrets);
        page.show();
        QSignalSpy done(&page, &md::ui::AccountsPage::operationFinished);
        md::marketplaces::Account account;
        account.platform = u"naver"_s;
        account.name = u"naver-kr"_s;
        account.sellerId = u"kr1"_s;
        page.addAccount(account, QJsonObject { { u"client_id"_s, u"client-id-1"_s }, { u"client_secret"_s, kSecret } });
        QVERIFY(done.wait(10000));
        QVERIFY2(done.last().first().toBool(), qPrintable(done.last().at(1).toString()));
        QVERIFY(QTest::qWaitFor([&] { return page.model()->rowCount() == 1; }, 10000));
        page.table()->selectRow(0);
        QVERIFY(page.editAction()->isEnabled());

        const QString proxyPassword = u"Pr0xy-Pa55-Ω"_s;
        QTimer::singleShot(0, [proxyPassword] {
            auto* dialog = qobject_cast<AccountDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QVERIFY(!dialog->nameEdit()->isEnabled()); // the name keys keychain entries and leases
            QVERIFY(!dialog->sellerIdEdit()->isEnabled());
            QVERIFY(dialog->displayNameEdit()->isEnabled());
            // A password in the proxy URL is refused, like --db URLs.
            dialog->proxyEdit()->setText(u"http://worker:"_s + proxyPassword + u"@127.0.0.1:3128"_s);
            dialog->accept();
            QVERIFY(dialog->isVisible());
            QVERIFY(dialog->problem().contains(u"password"_s));
            QVERIFY(!dialog->problem().contains(proxyPassword));
            dialog->proxyEdit()->setText(u"http://worker@127.0.0.1:3128"_s);
            QCOMPARE(dialog->proxyPasswordEdit()->echoMode(), QLineEdit::Password);
            dialog->proxyPasswordEdit()->setText(proxyPassword);
            dialog->displayNameEdit()->setText(u"네이버 스토어"_s);
            dialog->intervalBox()->setValue(15);
            dialog->activeBox()->setChecked(false);
            dialog->accept(); // secrets left empty: kept
            QVERIFY(!dialog->isVisible());
        });
        page.editAction()->trigger();
        QVERIFY(done.wait(10000));
        QVERIFY2(done.last().first().toBool(), qPrintable(done.last().at(1).toString()));
        auto row = md::db::exec(t->connection(),
            u"SELECT display_name, proxy_url, collect_interval_s, active, version FROM account WHERE name = ?"_s,
            { u"naver-kr"_s });
        MD_VERIFY_OK(row);
        QVERIFY(row->next());
        QCOMPARE(row->value(0).toString(), u"네이버 스토어"_s);
        QCOMPARE(row->value(1).toString(), u"http://worker@127.0.0.1:3128"_s);
        QCOMPARE(row->value(2).toInt(), 15 * 60);
        QVERIFY(!row->value(3).toBool());
        QCOMPARE(row->value(4).toInt(), 2);
        const QString passwordKey
            = md::marketplaces::Account::secretKey(u"naver"_s, u"naver-kr"_s, u"proxy_password"_s);
        QVERIFY(secrets.contains(passwordKey));
        QVERIFY(secrets.contains(md::marketplaces::Account::secretKey(u"naver"_s, u"naver-kr"_s, u"client_secret"_s)));
        t->database().closeThreadConnection();
        QVERIFY(
            !anyFileContains(QFileInfo(t->url().mid(u"sqlite://"_s.size())).absolutePath(), proxyPassword.toUtf8()));

        // Another desktop changes the row after this page read it: saving is refused as a conflict, never silent.
        QVERIFY(QTest::qWaitFor(
            [&] { return page.model()->statusAt(0) && page.model()->statusAt(0)->account.version == 2; }, 10000));
        const md::marketplaces::Account read = page.model()->statusAt(0)->account;
        QVERIFY(!read.active);
        MD_VERIFY_OK(md::db::exec(t->connection(),
            u"UPDATE account SET version = version + 1, display_name = 'elsewhere' WHERE name = ?"_s,
            { u"naver-kr"_s }));
        md::marketplaces::AccountChanges changes;
        changes.displayName = u"mine"_s;
        changes.proxyUrl = QUrl(); // direct again: the proxy's password goes too
        page.editAccount(read, changes, {});
        QVERIFY(done.wait(10000));
        QVERIFY(!done.last().first().toBool());
        QVERIFY(page.banner()->text().contains(u"changed elsewhere"_s));
        auto name = md::db::scalar(t->connection(), u"SELECT display_name FROM account"_s);
        MD_VERIFY_OK(name);
        QCOMPARE(name->toString(), u"elsewhere"_s);
        QVERIFY(secrets.contains(passwordKey));

        // With the current version it goes through, and the direct connection drops the proxy password.
        QVERIFY(QTest::qWaitFor(
            [&] { return page.model()->statusAt(0) && page.model()->statusAt(0)->account.version == 3; }, 10000));
        page.editAccount(page.model()->statusAt(0)->account, changes, {});
        QVERIFY(done.wait(10000));
        QVERIFY2(done.last().first().toBool(), qPrintable(done.last().at(1).toString()));
        QVERIFY(!secrets.contains(passwordKey));
        auto proxy
            = md::db::scalar(t->connection(), u"SELECT COALESCE(proxy_url, '') || '|' || display_name FROM account"_s);
        MD_VERIFY_OK(proxy);
        QCOMPARE(proxy->toString(), u"|mine"_s);
    }

    // A Cafe24 account is added with its app's client id and secret only, then authorized from the page: the browser
    // (here a QNetworkAccessManager registered as the http handler) follows Cafe24's login back to the loopback
    // redirect, and the refresh token lands in the keychain, never in the window.
    void authorizesCafe24InTheBrowser()
    {
        auto t = md::test::TestDatabase::sqlite();
        md::secrets::MemorySecretStore secrets;
        md::ui::AccountsPage page(t->database(), &secrets);
        QSignalSpy done(&page, &md::ui::AccountsPage::operationFinished);
        FakeCafe24Server fake("c24-client", "c24-secret");
        QVERIFY(fake.start());
        fake.setRefreshToken("never-used");
        md::marketplaces::Account account;
        account.platform = u"cafe24"_s;
        account.name = u"c24-shop"_s;
        account.sellerId = u"fakemall"_s;
        account.baseUrl = fake.baseUrl();
        page.addAccount(
            account, QJsonObject { { u"client_id"_s, u"c24-client"_s }, { u"client_secret"_s, u"c24-secret"_s } });
        QVERIFY(done.wait(10000));
        QVERIFY2(done.last().first().toBool(), qPrintable(done.last().at(1).toString()));
        QVERIFY(QTest::qWaitFor([&] { return page.model()->rowCount() == 1; }, 10000));
        page.table()->selectRow(0);
        QVERIFY(page.authorizeAction()->isEnabled());

        BrowserStandIn browser;
        QDesktopServices::setUrlHandler(u"http"_s, &browser, "open");
        page.authorizeAccount(*page.selectedAccount(), 0);
        QVERIFY(done.wait(20000));
        QDesktopServices::unsetUrlHandler(u"http"_s);
        QVERIFY2(done.last().first().toBool(), qPrintable(done.last().at(1).toString()));
        QCOMPARE(browser.opened, 1);
        const QString key = page.selectedAccount()->secretKey(u"refresh_token"_s);
        QVERIFY(secrets.contains(key));
        QVERIFY(!page.resultText().contains(QString::fromLatin1(fake.currentRefreshToken())));
        QVERIFY(page.authorizeAction()->text().contains(u"Cafe24"_s));
    }
};

QTEST_MAIN(TestAccountsPage)
#include "tst_accountspage.moc"
