#include "valueslibrary.h"

#include "themes.h"
#include "vaultstore.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace starling;
using namespace Qt::StringLiterals;

namespace {

QList<LibraryCompany> bundled()
{
    Result<QList<LibraryCompany>> library = ValuesLibrary::load();
    return library ? library.value() : QList<LibraryCompany>{};
}

void flatten(const QList<ValueDraft> &drafts, QList<const ValueDraft *> &out)
{
    for (const ValueDraft &d : drafts) {
        out.append(&d);
        flatten(d.children, out);
    }
}

int countValues(const QList<ValueDraft> &drafts)
{
    int n = 0;
    for (const ValueDraft &d : drafts)
        n += 1 + countValues(d.children);
    return n;
}

ValueDraft draft(const QString &name, const QList<ValueDraft> &children = {})
{
    ValueDraft d;
    d.name = name;
    d.meaning = u"What "_s + name + u" really means."_s;
    d.keywords = {name.toLower()};
    d.themes = {u"ownership"_s};
    d.children = children;
    return d;
}

// A small company with sub-principles two levels deep.
LibraryCompany sampleCompany()
{
    LibraryCompany c;
    c.name = u"Amazon"_s;
    c.sourceUrl = u"https://example.com/values"_s;
    c.note = u"Check the company's current page: values change."_s;
    c.asOf = QDate(2024, 1, 1);
    c.values = {draft(u"First"_s, {draft(u"First A"_s), draft(u"First B"_s, {draft(u"Deep"_s)})}),
                draft(u"Second"_s),
                draft(u"Third"_s, {draft(u"Third A"_s)})};
    return c;
}

// A valid one-company document with `companyJson` spliced in as the company object.
QByteArray document(const QByteArray &companies)
{
    return R"({"format": "starling-values-library", "version": 1, "companies": )" + companies
        + "}";
}

const QByteArray goodValue =
    R"({"name": "Own it", "meaning": "Yours end to end.", "keywords": ["own"], "themes": ["ownership"]})";

QByteArray company(const QByteArray &name, const QByteArray &values, const QByteArray &asOf = "2024-01-01",
                   const QByteArray &url = "https://example.com/values")
{
    return R"({"name": ")" + name + R"(", "sourceUrl": ")" + url + R"(", "asOf": ")" + asOf
        + R"(", "note": "n", "values": )" + values + "}";
}

} // namespace

class TestValuesLibrary : public QObject
{
    Q_OBJECT

private slots:
    void shouldLoadBundledLibrary();
    void shouldHaveValidBundledEntry_data();
    void shouldHaveValidBundledEntry();
    void shouldHaveUniqueCompanyNames();
    void shouldHaveAllSixteenAmazonPrinciples();
    void shouldParseValidDocument();
    void shouldRejectMalformedDocument_data();
    void shouldRejectMalformedDocument();
    void shouldAddCompanyWithValueTree();
    void shouldPickFreeNameOnClash_data();
    void shouldPickFreeNameOnClash();
    void shouldAddNothingWhenAValueIsRefused();
    void shouldAddEveryBundledCompany();

private:
    QTemporaryDir m_dir;
    int m_vaults = 0;
    QString newVaultPath() { return m_dir.filePath(u"vault-%1.starling"_s.arg(++m_vaults)); }
};

void TestValuesLibrary::shouldLoadBundledLibrary()
{
    Result<QList<LibraryCompany>> library = ValuesLibrary::load();
    QVERIFY2(library.ok(), qPrintable(library.ok() ? QString() : library.error()));
    QVERIFY(library->size() >= 8);
}

void TestValuesLibrary::shouldHaveValidBundledEntry_data()
{
    QTest::addColumn<LibraryCompany>("company");
    for (const LibraryCompany &c : bundled())
        QTest::newRow(qPrintable(c.name)) << c;
}

void TestValuesLibrary::shouldHaveValidBundledEntry()
{
    QFETCH(LibraryCompany, company);

    QVERIFY(!company.name.trimmed().isEmpty());
    QCOMPARE(company.name, company.name.trimmed());

    const QUrl url(company.sourceUrl, QUrl::StrictMode);
    QVERIFY2(url.isValid(), qPrintable(company.sourceUrl));
    QCOMPARE(url.scheme(), u"https"_s);
    QVERIFY(!url.host().isEmpty());
    QVERIFY(url.host().contains(u'.'));

    QVERIFY(company.asOf.isValid());
    QVERIFY(company.asOf <= QDate::currentDate());
    QVERIFY(company.asOf >= QDate(2015, 1, 1));
    QCOMPARE(company.note, u"Check the company's current page: values change."_s);

    QVERIFY(!company.values.isEmpty());
    QList<const ValueDraft *> all;
    flatten(company.values, all);
    QSet<QString> names;
    for (const ValueDraft *v : std::as_const(all)) {
        const QString where = company.name + u": "_s + v->name;
        QVERIFY2(!v->name.trimmed().isEmpty(), qPrintable(where));
        QVERIFY2(!v->meaning.trimmed().isEmpty(), qPrintable(where));
        QVERIFY2(!v->keywords.isEmpty(), qPrintable(where));
        for (const QString &k : v->keywords)
            QVERIFY2(!k.trimmed().isEmpty(), qPrintable(where));
        QVERIFY2(!v->themes.isEmpty(), qPrintable(where));
        for (const QString &t : v->themes)
            QVERIFY2(Themes::isKnown(t), qPrintable(where + u" / "_s + t));
        QCOMPARE(QSet<QString>(v->themes.cbegin(), v->themes.cend()).size(), v->themes.size());
        const QString key = v->name.trimmed().toCaseFolded();
        QVERIFY2(!names.contains(key), qPrintable(u"duplicate value "_s + where));
        names.insert(key);
    }
}

void TestValuesLibrary::shouldHaveUniqueCompanyNames()
{
    QSet<QString> names;
    for (const LibraryCompany &c : bundled()) {
        QVERIFY2(!names.contains(c.name.toCaseFolded()), qPrintable(c.name));
        names.insert(c.name.toCaseFolded());
    }
    QVERIFY(names.size() >= 8);
}

void TestValuesLibrary::shouldHaveAllSixteenAmazonPrinciples()
{
    const QList<LibraryCompany> library = bundled();
    const auto amazon = std::find_if(library.cbegin(), library.cend(), [](const LibraryCompany &c) {
        return c.name == u"Amazon"_s;
    });
    QVERIFY(amazon != library.cend());
    QCOMPARE(amazon->values.size(), 16);
    QStringList names;
    for (const ValueDraft &v : amazon->values)
        names.append(v.name);
    QCOMPARE(names.first(), u"Customer Obsession"_s);
    QVERIFY(names.contains(u"Ownership"_s));
    QVERIFY(names.contains(u"Have Backbone; Disagree and Commit"_s));
    QVERIFY(names.contains(u"Strive to be Earth's Best Employer"_s));
    QCOMPARE(names.last(), u"Success and Scale Bring Broad Responsibility"_s);
}

void TestValuesLibrary::shouldParseValidDocument()
{
    const QByteArray json = document(
        "[" + company("Northwind", R"([{"name": "Own it", "meaning": "Yours.", "keywords": ["own"],
             "themes": ["ownership", "integrity"],
             "children": [{"name": "Say so", "meaning": "Raise it.", "themes": ["integrity"]}]}])")
        + "]");
    Result<QList<LibraryCompany>> parsed = ValuesLibrary::parse(json);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error()));
    QCOMPARE(parsed->size(), 1);
    const LibraryCompany &c = parsed->first();
    QCOMPARE(c.name, u"Northwind"_s);
    QCOMPARE(c.sourceUrl, u"https://example.com/values"_s);
    QCOMPARE(c.asOf, QDate(2024, 1, 1));
    QCOMPARE(c.note, u"n"_s);
    ValueDraft child;
    child.name = u"Say so"_s;
    child.meaning = u"Raise it."_s;
    child.themes = {u"integrity"_s};
    ValueDraft top;
    top.name = u"Own it"_s;
    top.meaning = u"Yours."_s;
    top.keywords = {u"own"_s};
    top.themes = {u"ownership"_s, u"integrity"_s};
    top.children = {child};
    QCOMPARE(c.values, QList<ValueDraft>{top});
}

void TestValuesLibrary::shouldRejectMalformedDocument_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");

    const QByteArray values = "[" + goodValue + "]";
    QTest::newRow("not JSON") << QByteArray("{ nope") << u"not valid JSON"_s;
    QTest::newRow("array root") << QByteArray("[]") << u"JSON object"_s;
    QTest::newRow("wrong format")
        << QByteArray(R"({"format": "starling-vault", "version": 1, "companies": []})")
        << u"format"_s;
    QTest::newRow("newer version")
        << QByteArray(R"({"format": "starling-values-library", "version": 2, "companies": []})")
        << u"version"_s;
    QTest::newRow("companies not a list")
        << QByteArray(R"({"format": "starling-values-library", "version": 1, "companies": {}})")
        << u"companies"_s;
    QTest::newRow("company not an object") << document("[3]") << u"companies[0]"_s;
    QTest::newRow("company without name")
        << document(R"([{"asOf": "2024-01-01", "values": []}])") << u"companies[0].name"_s;
    QTest::newRow("blank company name") << document("[" + company("  ", values) + "]")
                                        << u"companies[0].name"_s;
    QTest::newRow("duplicate company")
        << document("[" + company("Acme", values) + "," + company("ACME", values) + "]")
        << u"companies[1].name"_s;
    QTest::newRow("bad date") << document("[" + company("Acme", values, "2024-13-01") + "]")
                              << u"companies[0].asOf"_s;
    QTest::newRow("not a web address")
        << document("[" + company("Acme", values, "2024-01-01", "ftp://example.com") + "]")
        << u"companies[0].sourceUrl"_s;
    QTest::newRow("values missing")
        << document(R"([{"name": "Acme", "asOf": "2024-01-01"}])") << u"companies[0].values"_s;
    QTest::newRow("empty value name")
        << document("[" + company("Acme", "[" + goodValue + R"(, {"name": "", "meaning": "m"}])")
                    + "]")
        << u"companies[0].values[1].name"_s;
    QTest::newRow("meaning not text")
        << document("[" + company("Acme", R"([{"name": "X", "meaning": 5}])") + "]")
        << u"companies[0].values[0].meaning"_s;
    QTest::newRow("keywords not a list")
        << document("[" + company("Acme", R"([{"name": "X", "meaning": "m", "keywords": "own"}])")
                    + "]")
        << u"companies[0].values[0].keywords"_s;
    QTest::newRow("blank keyword")
        << document("[" + company("Acme", R"([{"name": "X", "meaning": "m", "keywords": ["a", " "]}])")
                    + "]")
        << u"companies[0].values[0].keywords[1]"_s;
    QTest::newRow("unknown theme")
        << document("[" + company("Acme", R"([{"name": "X", "meaning": "m", "themes": ["grit"]}])")
                    + "]")
        << u"companies[0].values[0].themes[0]"_s;
    QTest::newRow("bad sub-principle")
        << document("[" + company("Acme", R"([{"name": "X", "meaning": "m", "children": [)" + goodValue
                                                 + R"(, {"name": "Y"}]}])")
                    + "]")
        << u"companies[0].values[0].children[1].meaning"_s;
}

void TestValuesLibrary::shouldRejectMalformedDocument()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);

    Result<QList<LibraryCompany>> parsed = ValuesLibrary::parse(json);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(path), qPrintable(parsed.error()));
}

void TestValuesLibrary::shouldAddCompanyWithValueTree()
{
    VaultStore store;
    QVERIFY(store.open(newVaultPath()).ok());
    const LibraryCompany sample = sampleCompany();

    Result<qint64> id = ValuesLibrary::addToVault(store, sample);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error()));

    Result<Company> company = store.company(id.value());
    QVERIFY(company.ok());
    QCOMPARE(company->name, u"Amazon"_s);
    QCOMPARE(company->sourceUrl, sample.sourceUrl);
    QVERIFY(company->role.isEmpty());
    QVERIFY(company->level.isEmpty());
    QVERIFY(company->notes.contains(u"2024-01-01"_s));
    QVERIFY(company->notes.contains(u"values library"_s));

    Result<QList<ValuePrinciple>> values = store.values(id.value());
    QVERIFY(values.ok());
    // Tree order: each parent before its children, siblings in library order.
    QStringList names;
    QHash<QString, qint64> idOf;
    for (const ValuePrinciple &v : values.value()) {
        names.append(v.name);
        idOf.insert(v.name, v.id);
    }
    QCOMPARE(names, (QStringList{u"First"_s, u"First A"_s, u"First B"_s, u"Deep"_s, u"Second"_s,
                                 u"Third"_s, u"Third A"_s}));
    for (const ValuePrinciple &v : values.value()) {
        QCOMPARE(v.companyId, id.value());
        QCOMPARE(v.meaning, u"What "_s + v.name + u" really means."_s);
        QCOMPARE(v.keywords, QStringList{v.name.toLower()});
        QCOMPARE(v.themes, QStringList{u"ownership"_s});
    }
    const QHash<QString, QString> parentOf{{u"First A"_s, u"First"_s},
                                           {u"First B"_s, u"First"_s},
                                           {u"Deep"_s, u"First B"_s},
                                           {u"Third A"_s, u"Third"_s}};
    for (const ValuePrinciple &v : values.value()) {
        const QString parent = parentOf.value(v.name);
        QCOMPARE(v.parentId, parent.isEmpty() ? qint64(0) : idOf.value(parent));
    }
}

void TestValuesLibrary::shouldPickFreeNameOnClash_data()
{
    QTest::addColumn<QStringList>("existing");
    QTest::addColumn<QString>("expected");

    QTest::newRow("free") << QStringList{} << u"Amazon"_s;
    QTest::newRow("taken") << QStringList{u"Amazon"_s} << u"Amazon (2)"_s;
    QTest::newRow("taken in another case") << QStringList{u"AMAZON"_s} << u"Amazon (2)"_s;
    QTest::newRow("two taken") << QStringList{u"Amazon"_s, u"Amazon (2)"_s} << u"Amazon (3)"_s;
    QTest::newRow("only the copy taken") << QStringList{u"Amazon (2)"_s} << u"Amazon"_s;
    QTest::newRow("gap") << QStringList{u"Amazon"_s, u"Amazon (3)"_s} << u"Amazon (2)"_s;
}

void TestValuesLibrary::shouldPickFreeNameOnClash()
{
    QFETCH(QStringList, existing);
    QFETCH(QString, expected);

    VaultStore store;
    QVERIFY(store.open(newVaultPath()).ok());
    for (const QString &name : std::as_const(existing)) {
        Company c;
        c.name = name;
        QVERIFY(store.addCompany(c).ok());
    }
    Result<qint64> id = ValuesLibrary::addToVault(store, sampleCompany());
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error()));
    QCOMPARE(store.company(id.value())->name, expected);
    QCOMPARE(store.values(id.value())->size(), 7);
    QCOMPARE(store.companies()->size(), existing.size() + 1);
}

void TestValuesLibrary::shouldAddNothingWhenAValueIsRefused()
{
    VaultStore store;
    QVERIFY(store.open(newVaultPath()).ok());
    LibraryCompany broken = sampleCompany();
    broken.values[2].children[0].name = QString(5000, u'x'); // longer than any name may be

    Result<qint64> id = ValuesLibrary::addToVault(store, broken);
    QVERIFY(!id.ok());
    QVERIFY(id.error().contains(u"Amazon"_s));
    QVERIFY(store.companies()->isEmpty());
    QVERIFY(store.allValues()->isEmpty());
}

void TestValuesLibrary::shouldAddEveryBundledCompany()
{
    VaultStore store;
    QVERIFY(store.open(newVaultPath()).ok());
    int expectedValues = 0;
    const QList<LibraryCompany> library = bundled();
    QVERIFY(!library.isEmpty());
    for (const LibraryCompany &c : library) {
        Result<qint64> id = ValuesLibrary::addToVault(store, c);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error()));
        QCOMPARE(store.company(id.value())->name, c.name);
        QCOMPARE(store.values(id.value())->size(), countValues(c.values));
        expectedValues += countValues(c.values);
    }
    QCOMPARE(store.companies()->size(), library.size());
    QCOMPARE(store.allValues()->size(), expectedValues);
}

QTEST_GUILESS_MAIN(TestValuesLibrary)
#include "tst_valueslibrary.moc"
