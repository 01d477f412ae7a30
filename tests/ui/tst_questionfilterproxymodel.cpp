#include "questionfilterproxymodel.h"
#include "questionlistmodel.h"
#include "vaultsession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace starling;
using namespace Qt::StringLiterals;

using Proxy = QuestionFilterProxyModel;
using Model = QuestionListModel;

#define VERIFY_OK(expr)                                                                            \
    do {                                                                                           \
        const auto &result_ = (expr);                                                              \
        QVERIFY2(result_.ok(), qPrintable(result_.ok() ? QString() : result_.error()));           \
    } while (false)

namespace {

QList<BankQuestion> smallBank()
{
    return {
        {u"failure"_s, u"Tell me about a time you failed."_s, {u"resilience"_s}, u"classic"_s},
        {u"deadline"_s, u"Describe a tight deadline."_s, {u"results"_s, u"bias-for-action"_s},
         u"classic"_s},
        {u"model-failed"_s, u"Tell me about a model that failed in production."_s,
         {u"ownership"_s, u"results"_s}, u"data-ml"_s},
    };
}

// The ids of the fixture's companies; the vault numbers rows from 1.
constexpr qint64 Acme = 1;
constexpr qint64 Globex = 2;

} // namespace

class TestQuestionFilterProxyModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void shouldShowEverythingWithoutFilters();
    void shouldFilter_data();
    void shouldFilter();
    void shouldSplitSearchTextIntoFoldedTerms_data();
    void shouldSplitSearchTextIntoFoldedTerms();
    void shouldHideAQuestionOnceItIsAnsweredForTheCompany();
    void shouldKeepAnAdoptedQuestionVisible();
    void shouldClearEveryFilterAtOnce();
    void shouldAnnounceFilterChangesOnlyWhenSomethingChanged();

private:
    QStringList texts() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultSession> m_session;
    std::unique_ptr<Model> m_model;
    std::unique_ptr<Proxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_own = 0;
};

void TestQuestionFilterProxyModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_session = std::make_unique<VaultSession>();
    VERIFY_OK(m_session->open(m_dir->filePath(u"vault.starling"_s)));
    VaultStore &store = m_session->store();

    // GIVEN Acme and Globex, one question of each, one of your own answered for Acme
    Company acme;
    acme.name = u"Acme"_s;
    QCOMPARE(store.addCompany(acme).value(), Acme);
    Company globex;
    globex.name = u"Globex"_s;
    QCOMPARE(store.addCompany(globex).value(), Globex);
    VERIFY_OK(store.addQuestion({0, u"Why Acme?"_s, {u"customer-focus"_s}, Acme}));
    VERIFY_OK(store.addQuestion({0, u"Why Globex, and why \u00e9cole?"_s, {}, Globex}));
    Result<qint64> own = store.addQuestion({0, u"Why data science?"_s, {u"learning"_s}, 0});
    VERIFY_OK(own);
    m_own = own.value();
    Answer answer;
    answer.questionId = m_own;
    answer.companyId = Acme;
    VERIFY_OK(store.addAnswer(answer));

    m_model = std::make_unique<Model>(*m_session, smallBank());
    m_proxy = std::make_unique<Proxy>();
    m_proxy->setSourceModel(m_model.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestQuestionFilterProxyModel::cleanup()
{
    m_tester.reset();
    m_proxy.reset();
    m_model.reset();
    m_session.reset();
    m_dir.reset();
}

QStringList TestQuestionFilterProxyModel::texts() const
{
    QStringList list;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        list.append(m_proxy->index(row, 0).data().toString());
    return list;
}

void TestQuestionFilterProxyModel::shouldShowEverythingWithoutFilters()
{
    QCOMPARE(m_proxy->rowCount(), 6);
    QVERIFY(!m_proxy->isFiltering());
    QCOMPARE(texts().first(), u"Why Acme?"_s);
}

void TestQuestionFilterProxyModel::shouldFilter_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<qint64>("scope");
    QTest::addColumn<qint64>("unansweredFor");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");

    const QString acme = u"Why Acme?"_s;
    const QString globex = u"Why Globex, and why \u00e9cole?"_s;
    const QString own = u"Why data science?"_s;
    const QString failure = u"Tell me about a time you failed."_s;
    const QString deadline = u"Describe a tight deadline."_s;
    const QString model = u"Tell me about a model that failed in production."_s;

    QTest::newRow("nothing") << QString() << 0ll << 0ll << QString()
                             << QStringList{acme, globex, own, failure, deadline, model};
    QTest::newRow("theme") << u"results"_s << 0ll << 0ll << QString()
                           << QStringList{deadline, model};
    QTest::newRow("theme tagged on a vault question") << u"learning"_s << 0ll << 0ll << QString()
                                                      << QStringList{own};
    QTest::newRow("theme nobody has") << u"integrity"_s << 0ll << 0ll << QString()
                                      << QStringList();
    QTest::newRow("scope Acme: general questions and Acme's")
        << QString() << Acme << 0ll << QString()
        << QStringList{acme, own, failure, deadline, model};
    QTest::newRow("scope Globex") << QString() << Globex << 0ll << QString()
                                  << QStringList{globex, own, failure, deadline, model};
    QTest::newRow("scope of a company without questions")
        << QString() << 99ll << 0ll << QString() << QStringList{own, failure, deadline, model};
    QTest::newRow("not yet answered for Acme")
        << QString() << 0ll << Acme << QString()
        << QStringList{acme, globex, failure, deadline, model};
    QTest::newRow("not yet answered for Globex")
        << QString() << 0ll << Globex << QString()
        << QStringList{acme, globex, own, failure, deadline, model};
    QTest::newRow("search one word") << QString() << 0ll << 0ll << u"failed"_s
                                     << QStringList{failure, model};
    QTest::newRow("search: every word must match") << QString() << 0ll << 0ll
                                                   << u"failed  MODEL"_s << QStringList{model};
    QTest::newRow("search ignores case and accents")
        << QString() << 0ll << 0ll << u"ECOLE"_s << QStringList{globex};
    QTest::newRow("search with an accent finds plain text")
        << QString() << 0ll << 0ll << u"sci\u00e8nce"_s << QStringList{own};
    QTest::newRow("search part of a word") << QString() << 0ll << 0ll << u"dead"_s
                                           << QStringList{deadline};
    QTest::newRow("search without match") << QString() << 0ll << 0ll << u"zebra"_s
                                          << QStringList();
    QTest::newRow("white space only") << QString() << 0ll << 0ll << u" \t "_s
                                      << QStringList{acme, globex, own, failure, deadline, model};
    QTest::newRow("all at once") << u"results"_s << Acme << Acme << u"production"_s
                                 << QStringList{model};
}

void TestQuestionFilterProxyModel::shouldFilter()
{
    QFETCH(QString, theme);
    QFETCH(qint64, scope);
    QFETCH(qint64, unansweredFor);
    QFETCH(QString, search);
    QFETCH(QStringList, expected);

    // WHEN the filters are set
    m_proxy->setThemeFilter(theme);
    m_proxy->setCompanyScope(scope);
    m_proxy->setUnansweredFor(unansweredFor);
    m_proxy->setSearchText(search);

    // THEN just the matching questions show, in the model's order
    QCOMPARE(texts(), expected);
    QCOMPARE(m_proxy->themeFilter(), theme);
    QCOMPARE(m_proxy->companyScope(), scope);
    QCOMPARE(m_proxy->unansweredFor(), unansweredFor);
    QCOMPARE(m_proxy->searchText(), search);
}

void TestQuestionFilterProxyModel::shouldSplitSearchTextIntoFoldedTerms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("terms");
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("spaces, tabs and newlines") << u" a\tb\nc  "_s
                                               << QStringList{u"a"_s, u"b"_s, u"c"_s};
    QTest::newRow("folded and deduplicated") << u"\u00c9chec echec ECHEC"_s
                                             << QStringList{u"echec"_s};
}

void TestQuestionFilterProxyModel::shouldSplitSearchTextIntoFoldedTerms()
{
    QFETCH(QString, text);
    QFETCH(QStringList, terms);
    QCOMPARE(Proxy::searchTerms(text), terms);
}

void TestQuestionFilterProxyModel::shouldHideAQuestionOnceItIsAnsweredForTheCompany()
{
    // GIVEN the list of questions not yet answered for Globex
    m_proxy->setUnansweredFor(Globex);
    QVERIFY(texts().contains(u"Why data science?"_s));

    // WHEN one is answered for Globex
    Answer answer;
    answer.questionId = m_own;
    answer.companyId = Globex;
    VERIFY_OK(m_session->store().addAnswer(answer));

    // THEN it leaves the list at once
    QVERIFY(!texts().contains(u"Why data science?"_s));
    QCOMPARE(m_proxy->rowCount(), 5);
}

void TestQuestionFilterProxyModel::shouldKeepAnAdoptedQuestionVisible()
{
    // GIVEN a search showing a bank question
    m_proxy->setSearchText(u"deadline"_s);
    QCOMPARE(m_proxy->rowCount(), 1);

    // WHEN it is adopted into the vault
    Result<qint64> id =
        m_session->store().addQuestion({0, u"Describe a tight deadline."_s, {u"results"_s}, 0});
    VERIFY_OK(id);

    // THEN the same row now stands for the vault question
    QCOMPARE(m_proxy->rowCount(), 1);
    QCOMPARE(m_proxy->index(0, 0).data(Model::QuestionIdRole).toLongLong(), id.value());
}

void TestQuestionFilterProxyModel::shouldClearEveryFilterAtOnce()
{
    m_proxy->setThemeFilter(u"results"_s);
    m_proxy->setCompanyScope(Acme);
    m_proxy->setUnansweredFor(Acme);
    m_proxy->setSearchText(u"zebra"_s);
    QVERIFY(m_proxy->isFiltering());
    QCOMPARE(m_proxy->rowCount(), 0);

    m_proxy->clearFilters();

    QVERIFY(!m_proxy->isFiltering());
    QCOMPARE(m_proxy->rowCount(), 6);
    QCOMPARE(m_proxy->searchText(), QString());
}

void TestQuestionFilterProxyModel::shouldAnnounceFilterChangesOnlyWhenSomethingChanged()
{
    QSignalSpy spy(m_proxy.get(), &Proxy::filterChanged);
    m_proxy->setThemeFilter(QString());
    m_proxy->setCompanyScope(0);
    m_proxy->setCompanyScope(-5); // treated as "all"
    m_proxy->setUnansweredFor(0);
    m_proxy->setSearchText(u"  "_s);
    QCOMPARE(spy.count(), 0);

    m_proxy->setThemeFilter(u"results"_s);
    m_proxy->setSearchText(u"fail"_s);
    m_proxy->setSearchText(u"FAIL "_s); // the same terms
    QCOMPARE(spy.count(), 2);
}

QTEST_GUILESS_MAIN(TestQuestionFilterProxyModel)
#include "tst_questionfilterproxymodel.moc"
