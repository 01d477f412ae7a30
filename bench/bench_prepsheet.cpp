// Prep sheet to PDF: PrepSheetExport's own routine (layout on the PDF device, keep-with-next,
// header and "page x of y" footer on every page) side by side with QTextDocument::print of the
// same finished document to a QPdfWriter. Budget: well under a second for ~50 pages, and within
// 1.5x of QTextDocument::print.
//
//   QT_QPA_PLATFORM=offscreen ./bench/starling_bench_prepsheet [runs]
#include "prepsheet.h"
#include "prepsheetexport.h"
#include "vaultstore.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextDocument>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace starling;

namespace {

template<typename T> T must(Result<T> result)
{
    if (!result)
        qFatal("%s", qPrintable(result.error()));
    return std::move(result).value();
}

QString words(int count, int seed)
{
    static const QStringList pool{
        QStringLiteral("model"),   QStringLiteral("pipeline"),    QStringLiteral("churn"),
        QStringLiteral("holdout"), QStringLiteral("stakeholder"), QStringLiteral("quarter"),
        QStringLiteral("metric"),  QStringLiteral("retention"),   QStringLiteral("I"),
        QStringLiteral("shipped"), QStringLiteral("measured"),    QStringLiteral("the"),
        QStringLiteral("team"),    QStringLiteral("decided"),     QStringLiteral("because"),
        QStringLiteral("12 %")};
    QStringList out;
    for (int i = 0; i < count; ++i)
        out.append(pool.at((seed * 7 + i * 13) % pool.size()));
    return out.join(u' ');
}

// A vault whose all-companies sheet runs to about 50 A4 pages.
void fill(VaultStore &store)
{
    const Status filled = store.transact([&]() -> Status {
        QList<qint64> stories;
        for (int s = 0; s < 8; ++s) {
            Story story;
            story.title = QStringLiteral("Story %1: %2").arg(s).arg(words(5, s));
            story.situation = words(60, s);
            story.task = words(40, s + 1);
            story.action = words(120, s + 2);
            story.result = words(50, s + 3);
            story.notes = QStringLiteral("");
            story.backbone = s < 3;
            stories.append(must(store.addStory(story)));
        }
        for (int c = 0; c < 8; ++c) {
            Company company;
            company.name = QStringLiteral("Company %1").arg(c);
            company.role = QStringLiteral("Senior Data Scientist");
            company.level = QStringLiteral("L5");
            company.notes = QStringLiteral("");
            company.sourceUrl = QStringLiteral("");
            const qint64 companyId = must(store.addCompany(company));
            QList<qint64> values;
            for (int v = 0; v < 8; ++v) {
                ValuePrinciple value;
                value.companyId = companyId;
                value.name = QStringLiteral("Value %1.%2").arg(c).arg(v);
                value.meaning = words(14, v);
                value.keywords = {QStringLiteral("owner")};
                value.position = -1;
                values.append(must(store.addValue(value)));
                if (v % 3 != 2) {
                    const Status linked =
                        store.setLink({stories.at((c + v) % stories.size()), values.last(),
                                       QStringLiteral("- %1\n- %2").arg(words(8, v), words(6, c))});
                    if (!linked)
                        return linked;
                }
            }
            for (int a = 0; a < 6; ++a) {
                Question question;
                question.text = QStringLiteral("Question %1 for company %2: %3?")
                                    .arg(a)
                                    .arg(c)
                                    .arg(words(8, a));
                question.companyId = a % 2 ? companyId : 0;
                const qint64 questionId = must(store.addQuestion(question));
                Answer answer;
                answer.companyId = companyId;
                answer.questionId = questionId;
                answer.valueId = values.at(a % values.size());
                answer.storyId = stories.at(a % stories.size());
                answer.repeat = words(20, a);
                answer.situation = words(45, a + 1);
                answer.task = words(30, a + 2);
                answer.action = words(90, a + 3);
                answer.result = words(40, a + 4);
                answer.linkBack = words(20, a + 5);
                must(store.addAnswer(answer));
            }
        }
        return {};
    });
    if (!filled)
        qFatal("%s", qPrintable(filled.error()));
}

double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 7;

    QTemporaryDir dir;
    VaultStore store;
    if (!dir.isValid() || !store.open(dir.filePath(QStringLiteral("bench.starling"))))
        qFatal("cannot create the vault");
    fill(store);
    PrepSheetOptions options;
    options.paper = QPageSize::A4;
    const PrepSheet sheet = must(PrepSheet::build(store, options));

    // The same finished document, printed by Qt: it lays it out again on the writer and draws
    // its own page numbers, but no header and no keep-with-next.
    const std::unique_ptr<QTextDocument> document = sheet.toTextDocument();

    // Runs alternate, so a busy machine slows both sides alike.
    int pages = 0;
    qint64 ownBytes = 0;
    qint64 qtBytes = 0;
    QList<double> ownTimes;
    QList<double> qtTimes;
    for (int run = 0; run < runs; ++run) {
        ownTimes.append(medianMs(1, [&] {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            if (!PrepSheetExport::writePdf(sheet, &buffer))
                qFatal("export failed");
            ownBytes = buffer.size();
        }));
        qtTimes.append(medianMs(1, [&] {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            writer.setPageLayout(PrepSheetExport::pageLayout(options.paper));
            document->print(&writer);
            qtBytes = buffer.size();
        }));
    }
    std::sort(ownTimes.begin(), ownTimes.end());
    std::sort(qtTimes.begin(), qtTimes.end());
    const double own = ownTimes.at(runs / 2);
    const double qt = qtTimes.at(runs / 2);
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageLayout(PrepSheetExport::pageLayout(options.paper));
        pages = must(PrepSheetExport::print(sheet, writer));
    }

    int qtPages = 0;
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageLayout(PrepSheetExport::pageLayout(options.paper));
        std::unique_ptr<QTextDocument> copy(document->clone());
        copy->documentLayout()->setPaintDevice(&writer);
        copy->setPageSize(QSizeF(writer.width(), writer.height()));
        qtPages = copy->pageCount();
    }

    // How much of the export is building the document from the sheet's blocks.
    QBuffer probe;
    probe.open(QIODevice::WriteOnly);
    QPdfWriter probeWriter(&probe);
    const double build = medianMs(runs, [&] { sheet.toTextDocument(&probeWriter); });

    std::printf("prep sheet: %d pages (QTextDocument::print: about %d), median of %d runs\n", pages,
                qtPages, runs);
    std::printf("  PrepSheetExport::writePdf  %8.1f ms  %7lld bytes\n", own,
                static_cast<long long>(ownBytes));
    std::printf("    of which building the QTextDocument %5.1f ms\n", build);
    std::printf("  QTextDocument::print       %8.1f ms  %7lld bytes\n", qt,
                static_cast<long long>(qtBytes));
    std::printf("  ratio                      %8.2f x   (budget: < 1000 ms and <= 1.5 x)\n",
                own / qt);
    return 0;
}
