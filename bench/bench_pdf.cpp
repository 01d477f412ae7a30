// PDF export of a prep sheet of about 50 pages (PrepSheetExport::writePdf: layout on the PDF
// device, keep-with-next, header and "page x of y" footer) beside QTextDocument::print of the
// same finished document to a QPdfWriter, on a vault built here (one company with 40 values and
// long answers). Runs alternate so a busy machine slows both sides alike.

#include "bench.h"

#include "prepsheet.h"
#include "prepsheetexport.h"
#include "vaultstore.h"

#include <QBuffer>
#include <QDir>
#include <QPdfWriter>
#include <QTextDocument>

#include <cstdio>
#include <memory>

namespace starling::bench {
namespace {

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
            stories.append(must(store.addStory(story), "add story"));
        }
        for (int c = 0; c < 8; ++c) {
            Company company;
            company.name = QStringLiteral("Company %1").arg(c);
            company.role = QStringLiteral("Senior Data Scientist");
            company.level = QStringLiteral("L5");
            company.notes = QStringLiteral("");
            company.sourceUrl = QStringLiteral("");
            const qint64 companyId = must(store.addCompany(company), "add company");
            QList<qint64> values;
            for (int v = 0; v < 8; ++v) {
                ValuePrinciple value;
                value.companyId = companyId;
                value.name = QStringLiteral("Value %1.%2").arg(c).arg(v);
                value.meaning = words(14, v);
                value.keywords = {QStringLiteral("owner")};
                value.position = -1;
                values.append(must(store.addValue(value), "add value"));
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
                const qint64 questionId = must(store.addQuestion(question), "add question");
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
                must(store.addAnswer(answer), "add answer");
            }
        }
        return {};
    });
    if (!filled)
        qFatal("%s", qPrintable(filled.error()));
}

} // namespace

void runPrepSheet(Context &context)
{
    std::printf("== PDF export of a ~50-page prep sheet ==\n");
    VaultStore store;
    must(store.open(QDir(context.tempDir).filePath(QStringLiteral("prepsheet.starling"))),
         "create the prep-sheet vault");
    fill(store);
    PrepSheetOptions options;
    options.paper = QPageSize::A4;
    const PrepSheet sheet = must(PrepSheet::build(store, options), "build the prep sheet");
    const std::unique_ptr<QTextDocument> document = sheet.toTextDocument();

    int pages = 0;
    std::vector<double> own;
    std::vector<double> qt;
    for (int rep = 0; rep < context.reps; ++rep) {
        own.push_back(timeMs([&] {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            if (!PrepSheetExport::writePdf(sheet, &buffer))
                qFatal("export failed");
        }));
        qt.push_back(timeMs([&] {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            writer.setPageLayout(PrepSheetExport::pageLayout(options.paper));
            document->print(&writer);
        }));
    }
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageLayout(PrepSheetExport::pageLayout(options.paper));
        pages = must(PrepSheetExport::print(sheet, writer), "print the prep sheet");
    }
    std::printf("  %d pages; writePdf median %.0f ms, QTextDocument::print median %.0f ms\n\n",
                pages, median(own), median(qt));
    context.figures.append({QStringLiteral("prep sheet PDF (%1 pages)").arg(pages),
                            QStringLiteral("QTextDocument::print, same doc"), median(qt),
                            median(own), QStringLiteral("ms"), 1.5, std::nullopt, QString()});
}

} // namespace starling::bench
