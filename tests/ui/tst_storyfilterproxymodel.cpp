#include "storyfilterproxymodel.h"
#include "storyvaultmodel.h"
#include "vaultsession.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace starling;
using namespace Qt::StringLiterals;

class TestStoryFilterProxyModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void shouldShowEveryStoryWithoutFilter();
    void shouldMatchAllSearchTermsAnywhere_data();
    void shouldMatchAllSearchTermsAnywhere();
    void shouldFilterByAnyOfTheKinds_data();
    void shouldFilterByAnyOfTheKinds();
    void shouldCombineSearchAndKindFilter();
    void shouldSortByTitleLocaleAware();
    void shouldSortByUpdatedNewestFirst();
    void shouldSortByUsageThenTitle();
    void shouldResortWhenLinkCountChanges();
    void shouldRestoreRowsWhenTypedCharactersAreDeleted();
    void shouldFollowStoreEditsWhileFiltered();
    void shouldApplyLargeFilterChangesAsOneLayoutChange();
    void shouldAgreeWithPlainScanOnEveryKeystroke();
    void shouldSplitSearchTextIntoFoldedTerms();

private:
    qint64 addStory(const QString &title, StoryKinds kinds, const QString &action = {},
                    const QDateTime &updated = {});
    QStringList titles() const;
    QList<qint64> ids() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultSession> m_session;
    std::unique_ptr<StoryVaultModel> m_vault;
    std::unique_ptr<StoryFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestStoryFilterProxyModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_session = std::make_unique<VaultSession>();
    const Status opened = m_session->open(m_dir->filePath(QStringLiteral("vault.starling")));
    QVERIFY2(opened, qPrintable(opened.error()));

    addStory(QStringLiteral("Churn model"), StoryKind::Success | StoryKind::Teamwork,
             QStringLiteral("I met every stakeholder and rebuilt the churn features."));
    addStory(QStringLiteral("Pricing test"), StoryKind::Failure,
             QStringLiteral("The A/B test ran too short; the stakeholders were unhappy."));
    addStory(QStringLiteral("Viel Ärger im Team"), StoryKind::Conflict,
             QStringLiteral("Es gab viel ärger über die Datenqualität."));
    addStory(QStringLiteral("Onboarding mentor"), StoryKind::Leadership,
             QStringLiteral("I mentored two new analysts through their first quarter."));

    m_vault = std::make_unique<StoryVaultModel>(*m_session);
    m_proxy = std::make_unique<StoryFilterProxyModel>();
    m_proxy->setSourceModel(m_vault.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestStoryFilterProxyModel::cleanup()
{
    m_tester.reset();
    m_proxy.reset();
    m_vault.reset();
    m_session.reset();
    m_dir.reset();
}

qint64 TestStoryFilterProxyModel::addStory(const QString &title, StoryKinds kinds,
                                           const QString &action, const QDateTime &updated)
{
    Story story;
    story.title = title;
    story.kinds = kinds;
    story.action = action;
    story.updatedAt = updated;
    story.createdAt = updated;
    Result<qint64> id = m_session->store().addStory(story);
    if (!id)
        qWarning() << id.error();
    return id ? id.value() : 0;
}

QStringList TestStoryFilterProxyModel::titles() const
{
    QStringList list;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        list.append(m_proxy->index(row, 0).data().toString());
    return list;
}

QList<qint64> TestStoryFilterProxyModel::ids() const
{
    QList<qint64> list;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        list.append(m_proxy->index(row, 0).data(StoryVaultModel::IdRole).toLongLong());
    return list;
}

void TestStoryFilterProxyModel::shouldShowEveryStoryWithoutFilter()
{
    QCOMPARE(titles(), (QStringList{u"Churn model"_s, u"Onboarding mentor"_s, u"Pricing test"_s,
                                    u"Viel Ärger im Team"_s}));
}

void TestStoryFilterProxyModel::shouldMatchAllSearchTermsAnywhere_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << QString()
                           << QStringList{u"Churn model"_s, u"Onboarding mentor"_s,
                                          u"Pricing test"_s, u"Viel Ärger im Team"_s};
    QTest::newRow("blank") << u"   "_s
                           << QStringList{u"Churn model"_s, u"Onboarding mentor"_s,
                                          u"Pricing test"_s, u"Viel Ärger im Team"_s};
    QTest::newRow("title word, other case") << u"CHURN"_s << QStringList{u"Churn model"_s};
    QTest::newRow("inside a word") << u"keholder"_s
                                   << QStringList{u"Churn model"_s, u"Pricing test"_s};
    QTest::newRow("two terms, both needed") << u"stakeholder churn"_s
                                            << QStringList{u"Churn model"_s};
    QTest::newRow("terms in any order") << u"features stakeholder"_s
                                        << QStringList{u"Churn model"_s};
    QTest::newRow("extra whitespace") << u"  mentor \t quarter  "_s
                                      << QStringList{u"Onboarding mentor"_s};
    QTest::newRow("non-ASCII capital matches small") << u"Ärger"_s
                                                     << QStringList{u"Viel Ärger im Team"_s};
    QTest::newRow("non-ASCII in the action") << u"ärger über"_s
                                             << QStringList{u"Viel Ärger im Team"_s};
    QTest::newRow("punctuation kept") << u"a/b"_s << QStringList{u"Pricing test"_s};
    QTest::newRow("no match") << u"kubernetes"_s << QStringList{};
    QTest::newRow("terms do not span fields") << u"modeli"_s << QStringList{};
}

void TestStoryFilterProxyModel::shouldMatchAllSearchTermsAnywhere()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);

    m_proxy->setSearchText(search);

    QCOMPARE(titles(), expected);
    QCOMPARE(m_proxy->searchText(), search);
}

void TestStoryFilterProxyModel::shouldFilterByAnyOfTheKinds_data()
{
    QTest::addColumn<int>("kinds");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("none means all") << 0
                                    << QStringList{u"Churn model"_s, u"Onboarding mentor"_s,
                                                   u"Pricing test"_s, u"Viel Ärger im Team"_s};
    QTest::newRow("failure") << int(StoryKind::Failure) << QStringList{u"Pricing test"_s};
    QTest::newRow("teamwork") << int(StoryKind::Teamwork) << QStringList{u"Churn model"_s};
    QTest::newRow("teamwork or leadership")
        << int(StoryKind::Teamwork | StoryKind::Leadership)
        << QStringList{u"Churn model"_s, u"Onboarding mentor"_s};
    QTest::newRow("other") << int(StoryKind::Other) << QStringList{};
}

void TestStoryFilterProxyModel::shouldFilterByAnyOfTheKinds()
{
    QFETCH(int, kinds);
    QFETCH(QStringList, expected);

    m_proxy->setKindFilter(StoryKinds::fromInt(kinds));

    QCOMPARE(titles(), expected);
    QCOMPARE(m_proxy->kindFilter().toInt(), kinds);
}

void TestStoryFilterProxyModel::shouldCombineSearchAndKindFilter()
{
    m_proxy->setSearchText(u"stakeholder"_s);
    m_proxy->setKindFilter(StoryKind::Failure);
    QCOMPARE(titles(), QStringList{u"Pricing test"_s});

    m_proxy->setKindFilter({});
    QCOMPARE(titles(), (QStringList{u"Churn model"_s, u"Pricing test"_s}));
}

void TestStoryFilterProxyModel::shouldSortByTitleLocaleAware()
{
    addStory(u"project 10"_s, StoryKind::Other);
    addStory(u"Project 2"_s, StoryKind::Other);
    addStory(QString(), StoryKind::Other);
    m_proxy->setSearchText(u"project untitled"_s);
    m_proxy->setSearchText(QString());
    m_proxy->setKindFilter(StoryKind::Other);

    QCOMPARE(m_proxy->sortKey(), StoryFilterProxyModel::SortKey::Title);
    // Case-insensitive, numbers by value, untitled sorted by what is shown.
    QCOMPARE(titles(), (QStringList{u"Project 2"_s, u"project 10"_s, u"Untitled story"_s}));
}

void TestStoryFilterProxyModel::shouldSortByUpdatedNewestFirst()
{
    const QDateTime base(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
    addStory(u"Old"_s, StoryKind::Other, {}, base);
    addStory(u"Newest"_s, StoryKind::Other, {}, base.addDays(2));
    addStory(u"Middle"_s, StoryKind::Other, {}, base.addDays(1));
    m_proxy->setKindFilter(StoryKind::Other);

    m_proxy->setSortKey(StoryFilterProxyModel::SortKey::Updated);

    QCOMPARE(m_proxy->sortKey(), StoryFilterProxyModel::SortKey::Updated);
    QCOMPARE(titles(), (QStringList{u"Newest"_s, u"Middle"_s, u"Old"_s}));

    m_proxy->setSortKey(StoryFilterProxyModel::SortKey::Title);
    QCOMPARE(titles(), (QStringList{u"Middle"_s, u"Newest"_s, u"Old"_s}));
}

void TestStoryFilterProxyModel::shouldSortByUsageThenTitle()
{
    Company company;
    company.name = u"Acme"_s;
    Result<qint64> companyId = m_session->store().addCompany(company);
    QVERIFY(companyId);
    QList<qint64> values;
    for (int i = 0; i < 2; ++i) {
        ValuePrinciple value;
        value.companyId = companyId.value();
        value.name = QStringLiteral("Value %1").arg(i);
        value.position = -1;
        Result<qint64> id = m_session->store().addValue(value);
        QVERIFY(id);
        values.append(id.value());
    }
    const qint64 pricing = m_vault->storyAt(1).id;
    const qint64 onboarding = m_vault->storyAt(3).id;
    QVERIFY(m_session->store().setLink({pricing, values[0], {}}));
    QVERIFY(m_session->store().setLink({pricing, values[1], {}}));
    QVERIFY(m_session->store().setLink({onboarding, values[0], {}}));

    m_proxy->setSortKey(StoryFilterProxyModel::SortKey::Usage);

    QCOMPARE(titles(), (QStringList{u"Pricing test"_s, u"Onboarding mentor"_s, u"Churn model"_s,
                                    u"Viel Ärger im Team"_s}));
}

void TestStoryFilterProxyModel::shouldResortWhenLinkCountChanges()
{
    Company company;
    company.name = u"Acme"_s;
    Result<qint64> companyId = m_session->store().addCompany(company);
    QVERIFY(companyId);
    ValuePrinciple value;
    value.companyId = companyId.value();
    value.name = u"Ownership"_s;
    value.position = -1;
    Result<qint64> valueId = m_session->store().addValue(value);
    QVERIFY(valueId);
    m_proxy->setSortKey(StoryFilterProxyModel::SortKey::Usage);
    QCOMPARE(titles().last(), u"Viel Ärger im Team"_s);

    const qint64 conflict = m_vault->storyAt(2).id;
    QVERIFY(m_session->store().setLink({conflict, valueId.value(), {}}));
    QCOMPARE(titles().first(), u"Viel Ärger im Team"_s);

    QVERIFY(m_session->store().removeLink(conflict, valueId.value()));
    QCOMPARE(titles().last(), u"Viel Ärger im Team"_s);
}

void TestStoryFilterProxyModel::shouldRestoreRowsWhenTypedCharactersAreDeleted()
{
    const QString query = u"stakeholder churn"_s;
    QList<int> counts;
    for (int i = 0; i <= query.size(); ++i) {
        m_proxy->setSearchText(query.left(i));
        counts.append(m_proxy->rowCount());
    }
    QCOMPARE(counts.first(), 4);
    QCOMPARE(counts.last(), 1);
    QCOMPARE(counts.at(u"stakeholder"_s.size()), 2);

    for (int i = int(query.size()); i >= 0; --i) {
        m_proxy->setSearchText(query.left(i));
        QCOMPARE(m_proxy->rowCount(), counts.at(i));
    }
    QCOMPARE(titles(), (QStringList{u"Churn model"_s, u"Onboarding mentor"_s, u"Pricing test"_s,
                                    u"Viel Ärger im Team"_s}));
}

void TestStoryFilterProxyModel::shouldFollowStoreEditsWhileFiltered()
{
    m_proxy->setSearchText(u"retention"_s);
    QCOMPARE(m_proxy->rowCount(), 0);

    // An edit that makes a story match brings it in.
    Story story = m_vault->storyAt(0);
    story.result = u"Retention rose 4%."_s;
    QVERIFY(m_session->store().updateStory(story, StoryField::Result));
    QCOMPARE(titles(), QStringList{u"Churn model"_s});

    // A new matching story appears; a new non-matching one does not.
    const qint64 added = addStory(u"Retention squad"_s, StoryKind::Teamwork);
    addStory(u"Unrelated"_s, StoryKind::Other);
    QCOMPARE(titles(), (QStringList{u"Churn model"_s, u"Retention squad"_s}));

    // A title edit re-sorts the row.
    Story renamed = m_vault->storyAt(m_vault->rowForId(added));
    renamed.title = u"A retention squad"_s;
    QVERIFY(m_session->store().updateStory(renamed, StoryField::Title));
    QCOMPARE(titles(), (QStringList{u"A retention squad"_s, u"Churn model"_s}));

    // Removing a story takes it away, and rows behind it keep their matches.
    QVERIFY(m_session->store().removeStory(m_vault->storyAt(0).id));
    QCOMPARE(titles(), QStringList{u"A retention squad"_s});

    // An edit that stops a story matching hides it.
    renamed.title = u"Growth squad"_s;
    QVERIFY(m_session->store().updateStory(renamed, StoryField::Title));
    QCOMPARE(m_proxy->rowCount(), 0);

    m_proxy->setSearchText(QString());
    QCOMPARE(m_proxy->rowCount(), m_vault->rowCount());
}

void TestStoryFilterProxyModel::shouldApplyLargeFilterChangesAsOneLayoutChange()
{
    const Status s = m_session->store().transact([&]() -> Status {
        for (int i = 0; i < StoryFilterProxyModel::IncrementalFilterLimit * 2; ++i) {
            Story story;
            story.title = QStringLiteral("Bulk %1").arg(i);
            story.action = i % 2 ? u"odd"_s : u"even"_s;
            if (Result<qint64> id = m_session->store().addStory(story); !id)
                return id.takeError();
        }
        return {};
    });
    QVERIFY(s);
    const int all = m_vault->rowCount();
    QCOMPARE(m_proxy->rowCount(), all);
    QSignalSpy layout(m_proxy.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy removed(m_proxy.get(), &QAbstractItemModel::rowsRemoved);

    m_proxy->setSearchText(u"odd"_s);

    QCOMPARE(m_proxy->rowCount(), StoryFilterProxyModel::IncrementalFilterLimit);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(removed.count(), 0);

    // A small change still goes row by row.
    layout.clear();
    m_proxy->setSearchText(u"odd bulk 1"_s);
    QVERIFY(m_proxy->rowCount() > 0);
    QCOMPARE(layout.count(), 0);
    QVERIFY(removed.count() > 0);

    m_proxy->setSearchText(QString());
    QCOMPARE(m_proxy->rowCount(), all);
}

void TestStoryFilterProxyModel::shouldAgreeWithPlainScanOnEveryKeystroke()
{
    // GIVEN a few hundred stories of random words
    const QStringList words{u"stakeholder"_s, u"churn"_s, u"model"_s, u"ärger"_s, u"Ärger"_s,
                            u"team"_s,        u"chur"_s,  u"stake"_s, u"holder"_s, u"drift"_s,
                            u"latency"_s,     u"CHURNED"_s};
    QRandomGenerator rng(1234);
    const Status s = m_session->store().transact([&]() -> Status {
        for (int i = 0; i < 300; ++i) {
            Story story;
            QStringList text;
            for (int w = 0; w < 6; ++w)
                text.append(words.at(rng.bounded(int(words.size()))));
            story.title = text.mid(0, 2).join(u' ');
            story.action = text.mid(2).join(u' ');
            story.kinds = StoryKinds::fromInt(1u << rng.bounded(6));
            if (Result<qint64> id = m_session->store().addStory(story); !id)
                return id.takeError();
        }
        return {};
    });
    QVERIFY(s);

    auto expected = [this](const QString &search) {
        const QStringList terms = StoryFilterProxyModel::searchTerms(search);
        QList<qint64> result;
        for (int row = 0; row < m_vault->rowCount(); ++row) {
            const QString text = m_vault->searchTextAt(row);
            if (std::all_of(terms.begin(), terms.end(),
                            [&text](const QString &t) { return text.contains(t); }))
                result.append(m_vault->storyAt(row).id);
        }
        std::sort(result.begin(), result.end());
        return result;
    };
    auto actual = [this] {
        QList<qint64> list = ids();
        std::sort(list.begin(), list.end());
        return list;
    };

    // WHEN queries are typed, edited and deleted character by character
    const QStringList queries{u"stakeholder churn"_s, u"chur model"_s, u"Ärger team"_s,
                              u"stake holder"_s, u"churned"_s, u"drift latency team"_s};
    for (const QString &query : queries) {
        for (int i = 0; i <= query.size(); ++i) {
            m_proxy->setSearchText(query.left(i));
            QCOMPARE(actual(), expected(query.left(i)));
        }
        // Replace the middle of the query, as a caret edit would.
        const QString edited = query.left(2) + query.mid(4);
        m_proxy->setSearchText(edited);
        QCOMPARE(actual(), expected(edited));
        for (int i = int(query.size()); i >= 0; --i) {
            m_proxy->setSearchText(query.left(i));
            QCOMPARE(actual(), expected(query.left(i)));
        }
    }
}

void TestStoryFilterProxyModel::shouldSplitSearchTextIntoFoldedTerms()
{
    QCOMPARE(StoryFilterProxyModel::searchTerms(u"  Churn\tMODEL churn "_s),
             (QStringList{u"churn"_s, u"model"_s}));
    QCOMPARE(StoryFilterProxyModel::searchTerms(u"ÄRGER"_s), QStringList{u"ärger"_s});
    QVERIFY(StoryFilterProxyModel::searchTerms(u" \n "_s).isEmpty());
}

QTEST_MAIN(TestStoryFilterProxyModel)
#include "tst_storyfilterproxymodel.moc"
