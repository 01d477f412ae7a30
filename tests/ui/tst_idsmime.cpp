#include "idsmime.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QRandomGenerator>
#include <QTest>

#include <memory>

using namespace starling;

namespace {

constexpr quint32 kMagic = 0x53544C47; // "STLG", as the format documents
constexpr quint16 kVersion = 1;

// Writes a payload field by field, so each test can get exactly one thing wrong.
QByteArray payload(quint32 magic, quint16 version, qint32 count, const QList<qint64> &ids,
                   const QByteArray &trailing = {})
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << magic << version << count;
    for (qint64 id : ids)
        out << id;
    return bytes + trailing;
}

} // namespace

class TestIdsMime : public QObject
{
    Q_OBJECT

private slots:
    void shouldRoundTripIds_data();
    void shouldRoundTripIds();
    void shouldRejectGarbage_data();
    void shouldRejectGarbage();
    void shouldRejectRandomBytes();
    void shouldCreateMimeDataUnderTheGivenType();
    void shouldReadNothingFromForeignOrMissingData();
};

void TestIdsMime::shouldRoundTripIds_data()
{
    QTest::addColumn<QList<qint64>>("ids");
    QTest::newRow("one") << QList<qint64>{1};
    QTest::newRow("several, order kept") << QList<qint64>{42, 7, 19};
    QTest::newRow("duplicates kept") << QList<qint64>{3, 3};
    QTest::newRow("large id") << QList<qint64>{std::numeric_limits<qint64>::max()};
}

void TestIdsMime::shouldRoundTripIds()
{
    // GIVEN ids
    QFETCH(QList<qint64>, ids);

    // WHEN they are encoded and decoded
    const std::optional<QList<qint64>> decoded = IdsMime::decode(IdsMime::encode(ids));

    // THEN the same list comes back
    QVERIFY(decoded.has_value());
    QCOMPARE(*decoded, ids);
    QCOMPARE(IdsMime::encode(ids), payload(kMagic, kVersion, qint32(ids.size()), ids));
}

void TestIdsMime::shouldRejectGarbage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray good = payload(kMagic, kVersion, 2, {5, 6});
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("5,6");
    QTest::newRow("wrong magic") << payload(0xDEADBEEF, kVersion, 2, {5, 6});
    QTest::newRow("newer version") << payload(kMagic, kVersion + 1, 2, {5, 6});
    QTest::newRow("empty list") << payload(kMagic, kVersion, 0, {});
    QTest::newRow("negative count") << payload(kMagic, kVersion, -1, {5});
    QTest::newRow("huge count") << payload(kMagic, kVersion, std::numeric_limits<qint32>::max(),
                                           {5});
    QTest::newRow("count larger than ids") << payload(kMagic, kVersion, 3, {5, 6});
    QTest::newRow("count smaller than ids") << payload(kMagic, kVersion, 1, {5, 6});
    QTest::newRow("truncated id") << good.left(good.size() - 3);
    QTest::newRow("header only") << good.left(4 + 2 + 4);
    QTest::newRow("truncated header") << good.left(5);
    QTest::newRow("trailing bytes") << payload(kMagic, kVersion, 2, {5, 6}, QByteArray("x"));
    QTest::newRow("zero id") << payload(kMagic, kVersion, 2, {5, 0});
    QTest::newRow("negative id") << payload(kMagic, kVersion, 2, {-5, 6});
}

void TestIdsMime::shouldRejectGarbage()
{
    // GIVEN bytes that are not a well-formed list of positive ids
    QFETCH(QByteArray, bytes);

    // WHEN they are decoded, THEN nothing comes back
    QVERIFY(!IdsMime::decode(bytes).has_value());
}

void TestIdsMime::shouldRejectRandomBytes()
{
    // GIVEN random payloads of every short length (seeded: a failure must reproduce)
    QRandomGenerator rng(20240611);
    for (int length = 0; length < 64; ++length) {
        for (int round = 0; round < 50; ++round) {
            QByteArray bytes(length, Qt::Uninitialized);
            for (char &c : bytes)
                c = char(rng.bounded(256));
            // WHEN decoded, THEN they are refused unless they happen to carry the magic number
            const std::optional<QList<qint64>> decoded = IdsMime::decode(bytes);
            if (decoded.has_value())
                QVERIFY(bytes.startsWith(payload(kMagic, kVersion, 0, {}).left(6)));
        }
    }
}

void TestIdsMime::shouldCreateMimeDataUnderTheGivenType()
{
    // GIVEN story ids
    const QList<qint64> ids{11, 12};

    // WHEN a drag payload is created for them
    std::unique_ptr<QMimeData> data(IdsMime::create(IdsMime::StoryIds, ids));

    // THEN it carries them under the story type only, and reads back
    QVERIFY(data);
    QCOMPARE(data->formats(), QStringList{IdsMime::StoryIds});
    QCOMPARE(IdsMime::read(data.get(), IdsMime::StoryIds).value_or(QList<qint64>{}), ids);
    QVERIFY(!IdsMime::read(data.get(), IdsMime::ValueIds).has_value());
}

void TestIdsMime::shouldReadNothingFromForeignOrMissingData()
{
    // GIVEN no data, foreign data, and garbage under the right type
    QMimeData text;
    text.setText(QStringLiteral("12"));
    QMimeData garbage;
    garbage.setData(IdsMime::StoryIds, QByteArray("not ids"));

    // THEN none of them reads as ids
    QVERIFY(!IdsMime::read(nullptr, IdsMime::StoryIds).has_value());
    QVERIFY(!IdsMime::read(&text, IdsMime::StoryIds).has_value());
    QVERIFY(!IdsMime::read(&garbage, IdsMime::StoryIds).has_value());
}

QTEST_GUILESS_MAIN(TestIdsMime)
#include "tst_idsmime.moc"
