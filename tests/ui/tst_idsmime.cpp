#include "idsmime.h"
#include "textlimits.h"

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

constexpr quint32 kQuestionMagic = 0x53544C51; // "STLQ"

// A question payload written field by field; `count` may disagree with `themes` on purpose.
QByteArray questionPayload(quint32 magic, quint16 version, qint64 id, const QString &text,
                           qint32 count, const QStringList &themes, const QByteArray &trailing = {})
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << magic << version << id << text << count;
    for (const QString &theme : themes)
        out << theme;
    return bytes + trailing;
}

QByteArray questionPayload(qint64 id, const QString &text, const QStringList &themes)
{
    return questionPayload(kQuestionMagic, 1, id, text, qint32(themes.size()), themes);
}

} // namespace

using QuestionMime::QuestionRef;

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

    void shouldRoundTripQuestionRefs_data();
    void shouldRoundTripQuestionRefs();
    void shouldRejectGarbledQuestionPayloads_data();
    void shouldRejectGarbledQuestionPayloads();
    void shouldRejectRandomQuestionPayloads();
    void shouldCreateQuestionMimeDataWithPlainText();
    void shouldReadNoQuestionFromForeignOrMissingData();
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

void TestIdsMime::shouldRoundTripQuestionRefs_data()
{
    QTest::addColumn<QuestionRef>("ref");
    QTest::newRow("vault question") << QuestionRef{42, QStringLiteral("Why us?"), {}};
    QTest::newRow("vault question without text") << QuestionRef{7, QString(), {}};
    QTest::newRow("bank question")
        << QuestionRef{0, QStringLiteral("Tell me about a failure."),
                       {QStringLiteral("resilience"), QStringLiteral("learning")}};
    QTest::newRow("non-ASCII text")
        << QuestionRef{0, QStringLiteral("Parlez-moi d\u2019un \u00e9chec \U0001F600"), {}};
    QTest::newRow("longest text")
        << QuestionRef{0, QString(limits::MaxTextLength, u'q'), {QStringLiteral("results")}};
    QTest::newRow("most themes")
        << QuestionRef{3, QStringLiteral("Q"),
                       QStringList(limits::MaxListLength, QString(limits::MaxNameLength, u't'))};
}

void TestIdsMime::shouldRoundTripQuestionRefs()
{
    // GIVEN a question reference
    QFETCH(QuestionRef, ref);

    // WHEN it is encoded and decoded
    const std::optional<QuestionRef> decoded = QuestionMime::decode(QuestionMime::encode(ref));

    // THEN the same reference comes back, in the documented layout
    QVERIFY(decoded.has_value());
    QCOMPARE(*decoded, ref);
    QCOMPARE(QuestionMime::encode(ref), questionPayload(ref.id, ref.text, ref.themes));
}

void TestIdsMime::shouldRejectGarbledQuestionPayloads_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QString text = QStringLiteral("Why?");
    const QStringList themes{QStringLiteral("results")};
    const QByteArray good = questionPayload(0, text, themes);
    QVERIFY(QuestionMime::decode(good).has_value());

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("Why?");
    QTest::newRow("ids payload") << IdsMime::encode({5});
    QTest::newRow("wrong magic") << questionPayload(kMagic, 1, 0, text, 1, themes);
    QTest::newRow("newer version") << questionPayload(kQuestionMagic, 2, 0, text, 1, themes);
    QTest::newRow("negative id") << questionPayload(-3, text, themes);
    QTest::newRow("bank question without text")
        << questionPayload(0, QStringLiteral(" \n"), themes);
    QTest::newRow("bank question with null text") << questionPayload(0, QString(), themes);
    QTest::newRow("text too long")
        << questionPayload(0, QString(limits::MaxTextLength + 1, u'q'), themes);
    QTest::newRow("negative theme count") << questionPayload(kQuestionMagic, 1, 0, text, -1, {});
    QTest::newRow("too many themes")
        << questionPayload(0, text, QStringList(limits::MaxListLength + 1, QStringLiteral("x")));
    QTest::newRow("huge theme count")
        << questionPayload(kQuestionMagic, 1, 0, text, std::numeric_limits<qint32>::max(), themes);
    QTest::newRow("count larger than themes")
        << questionPayload(kQuestionMagic, 1, 0, text, 2, themes);
    QTest::newRow("count smaller than themes")
        << questionPayload(kQuestionMagic, 1, 0, text, 0, themes);
    QTest::newRow("empty theme") << questionPayload(0, text, {QString()});
    QTest::newRow("theme too long")
        << questionPayload(0, text, {QString(limits::MaxNameLength + 1, u't')});
    QTest::newRow("trailing bytes")
        << questionPayload(kQuestionMagic, 1, 0, text, 1, themes, QByteArray("x"));
    QTest::newRow("truncated") << good.left(good.size() - 1);
    QTest::newRow("header only") << good.left(6);
    QTest::newRow("odd string length") << [] {
        QByteArray bytes;
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << kQuestionMagic << quint16(1) << qint64(0) << quint32(3);
        return bytes + QByteArray("abc") + QByteArray(4, '\0');
    }();
    QTest::newRow("string longer than the payload") << [] {
        QByteArray bytes;
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << kQuestionMagic << quint16(1) << qint64(0) << quint32(0x7ffffffe);
        return bytes + QByteArray(16, 'a');
    }();
    QTest::newRow("oversized payload") << questionPayload(
        kQuestionMagic, 1, 0, text, 1, themes,
        QByteArray(2 * limits::MaxTextLength +
                       limits::MaxListLength * (2 * limits::MaxNameLength + 4) + 64,
                   'x'));
}

void TestIdsMime::shouldRejectGarbledQuestionPayloads()
{
    // GIVEN bytes that are not a well-formed question reference
    QFETCH(QByteArray, bytes);

    // WHEN they are decoded, THEN nothing comes back
    QVERIFY(!QuestionMime::decode(bytes).has_value());
}

void TestIdsMime::shouldRejectRandomQuestionPayloads()
{
    // GIVEN random payloads, some behind a valid header (seeded: a failure must reproduce)
    QRandomGenerator rng(20240612);
    const QByteArray header = questionPayload(0, QString(), {}).left(6);
    for (int length = 0; length < 64; ++length) {
        for (int round = 0; round < 50; ++round) {
            QByteArray bytes(length, Qt::Uninitialized);
            for (char &c : bytes)
                c = char(rng.bounded(256));
            if (round % 2)
                bytes.prepend(header);
            // WHEN decoded, THEN nothing crashes, and only a valid reference comes back
            const std::optional<QuestionRef> decoded = QuestionMime::decode(bytes);
            if (decoded) {
                QVERIFY(bytes.startsWith(header));
                QVERIFY(decoded->id > 0 || !decoded->text.trimmed().isEmpty());
                QCOMPARE(QuestionMime::encode(*decoded), bytes);
            }
        }
    }
}

void TestIdsMime::shouldCreateQuestionMimeDataWithPlainText()
{
    // GIVEN a bank question
    const QuestionRef ref{0, QStringLiteral("Tell me about a <b>failure</b>."),
                          {QStringLiteral("resilience")}};

    // WHEN a drag payload is created for it
    std::unique_ptr<QMimeData> data(QuestionMime::create(ref));

    // THEN it carries the reference and the text as plain text, never as markup
    QVERIFY(data);
    QVERIFY(data->hasFormat(QuestionMime::Type));
    QCOMPARE(data->text(), ref.text);
    QVERIFY(!data->hasHtml());
    QCOMPARE(QuestionMime::read(data.get()).value_or(QuestionRef{}), ref);
    QVERIFY(!IdsMime::read(data.get(), IdsMime::StoryIds).has_value());
}

void TestIdsMime::shouldReadNoQuestionFromForeignOrMissingData()
{
    // GIVEN no data, plain text, story ids, and garbage under the question type
    QMimeData text;
    text.setText(QStringLiteral("Why?"));
    std::unique_ptr<QMimeData> stories(IdsMime::create(IdsMime::StoryIds, {4}));
    QMimeData garbage;
    garbage.setData(QuestionMime::Type, QByteArray("not a question"));

    // THEN none of them reads as a question
    QVERIFY(!QuestionMime::read(nullptr).has_value());
    QVERIFY(!QuestionMime::read(&text).has_value());
    QVERIFY(!QuestionMime::read(stories.get()).has_value());
    QVERIFY(!QuestionMime::read(&garbage).has_value());
}

QTEST_GUILESS_MAIN(TestIdsMime)
#include "tst_idsmime.moc"
