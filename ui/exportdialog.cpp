#include "exportdialog.h"

#include "preferences.h"
#include "vaultsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace starling {

namespace {

const QString kGroup = u"export"_s;

using Format = PrepSheetExport::Format;

QString formatKey(Format format)
{
    return PrepSheetExport::suffix(format);
}

QPageSize::PageSizeId pageSizeOf(PaperChoice paper)
{
    switch (paper) {
    case PaperChoice::A4: return QPageSize::A4;
    case PaperChoice::Letter: return QPageSize::Letter;
    case PaperChoice::Automatic: break;
    }
    return defaultPaperSize();
}

// A file name the user's file system accepts, from a company name the user typed.
QString safeFileName(QString name)
{
    static const QString forbidden = u"/\\:*?\"<>|"_s;
    for (QChar &c : name) {
        if (forbidden.contains(c) || c.category() == QChar::Other_Control)
            c = u'-';
    }
    return name.simplified();
}

} // namespace

ExportDialog::ExportDialog(VaultSession &session, QWidget *parent)
    : ExportDialog(session, Preferences::instance(), parent)
{
}

ExportDialog::ExportDialog(VaultSession &session, Preferences &preferences, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_preferences(preferences)
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export Prep Sheet"));

    m_company = new QComboBox(this);
    m_company->setObjectName(u"exportCompanyCombo"_s);
    m_company->setAccessibleName(tr("Company"));
    m_company->setAccessibleDescription(tr("The company the prep sheet is for, or every company"));

    auto *sections = new QGroupBox(tr("Include"), this);
    sections->setObjectName(u"exportSectionsGroup"_s);
    const auto addCheck = [&](const QString &name, const QString &text, const QString &tip) {
        auto *check = new QCheckBox(text, sections);
        check->setObjectName(name);
        check->setToolTip(tip);
        check->setChecked(true);
        return check;
    };
    m_cheatSheet =
        addCheck(u"exportCheatSheetCheck"_s, tr("&Cheat sheet"),
                 tr("A first page with the company's values, the stories mapped to them, "
                    "the gaps and the R-STAR-L reminder"));
    m_answers = addCheck(u"exportAnswersCheck"_s, tr("Prepared &answers"),
                         tr("Each answer section by section, from Repeat to Link back"));
    m_backbone = addCheck(u"exportBackboneCheck"_s, tr("&Backbone stories"),
                          tr("Your backbone stories in STAR form"));
    m_openQuestions =
        addCheck(u"exportOpenQuestionsCheck"_s, tr("&Questions not answered yet"),
                 tr("The company's questions and the general ones without an answer for it"));
    auto *sectionsLayout = new QVBoxLayout(sections);
    for (QCheckBox *check : {m_cheatSheet, m_answers, m_backbone, m_openQuestions})
        sectionsLayout->addWidget(check);

    m_paper = new QComboBox(this);
    m_paper->setObjectName(u"exportPaperCombo"_s);
    m_paper->setAccessibleName(tr("Paper"));
    m_paper->setAccessibleDescription(tr("The paper size of the PDF and of printing"));
    const QString automaticPaper = defaultPaperSize() == QPageSize::Letter ? tr("Letter") : tr("A4");
    m_paper->addItem(tr("Automatic (%1)").arg(automaticPaper), int(PaperChoice::Automatic));
    m_paper->addItem(tr("A4"), int(PaperChoice::A4));
    m_paper->addItem(tr("Letter"), int(PaperChoice::Letter));

    m_format = new QComboBox(this);
    m_format->setObjectName(u"exportFormatCombo"_s);
    m_format->setAccessibleName(tr("File format"));
    m_format->addItem(tr("PDF"), int(Format::Pdf));
    m_format->addItem(tr("HTML"), int(Format::Html));
    m_format->addItem(tr("Markdown"), int(Format::Markdown));
    m_format->setToolTip(tr("HTML and Markdown are handy to send to a coach or paste into notes"));

    auto *form = new QFormLayout;
    form->addRow(tr("C&ompany:"), m_company);
    form->addRow(sections);
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(tr("&Format:"), m_format);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"exportButtons"_s);
    m_previewButton = buttons->addButton(tr("Print Pre&view…"), QDialogButtonBox::ActionRole);
    m_previewButton->setObjectName(u"exportPreviewButton"_s);
    m_printButton = buttons->addButton(tr("P&rint…"), QDialogButtonBox::ActionRole);
    m_printButton->setObjectName(u"exportPrintButton"_s);
    m_exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(u"exportButton"_s);
    m_exportButton->setDefault(true);
    connect(m_previewButton, &QPushButton::clicked, this, &ExportDialog::printPreview);
    connect(m_printButton, &QPushButton::clicked, this, &ExportDialog::print);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::exportWithFileDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    loadCompanies();
    restoreSettings();

    const auto changed = [this] {
        updateButtons();
        saveSettings();
    };
    connect(m_company, &QComboBox::currentIndexChanged, this, changed);
    connect(m_paper, &QComboBox::currentIndexChanged, this, changed);
    connect(m_format, &QComboBox::currentIndexChanged, this, changed);
    for (QCheckBox *check : {m_cheatSheet, m_answers, m_backbone, m_openQuestions})
        connect(check, &QCheckBox::toggled, this, changed);
    updateButtons();
}

void ExportDialog::loadCompanies()
{
    m_company->clear();
    m_company->addItem(tr("All companies"), qint64(0));
    if (!m_session.isOpen())
        return;
    Result<QList<Company>> companies = m_session.store().companies();
    if (!companies)
        return;
    QList<Company> sorted = std::move(companies).value();
    std::sort(sorted.begin(), sorted.end(), [](const Company &a, const Company &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const Company &company : std::as_const(sorted))
        m_company->addItem(company.name, company.id);
}

void ExportDialog::setCompany(qint64 companyId)
{
    const int index = m_company->findData(companyId);
    m_company->setCurrentIndex(index < 0 ? 0 : index);
}

PrepSheetOptions ExportDialog::options() const
{
    PrepSheetOptions options;
    options.companyId = m_company->currentData().toLongLong();
    options.cheatSheet = m_cheatSheet->isChecked();
    options.answers = m_answers->isChecked();
    options.backboneStories = m_backbone->isChecked();
    options.openQuestions = m_openQuestions->isChecked();
    options.paper = pageSizeOf(PaperChoice(m_paper->currentData().toInt()));
    return options;
}

PrepSheetExport::Format ExportDialog::format() const
{
    return Format(m_format->currentData().toInt());
}

void ExportDialog::restoreSettings()
{
    m_restoring = true;
    const PreferenceValues preferred = m_preferences.values();
    m_cheatSheet->setChecked(preferred.exportCheatSheet);
    m_answers->setChecked(preferred.exportAnswers);
    m_backbone->setChecked(preferred.exportBackboneStories);
    m_openQuestions->setChecked(preferred.exportOpenQuestions);
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(int(preferred.exportPaper))));

    QSettings settings;
    settings.beginGroup(kGroup);
    setCompany(settings.value(u"company"_s, 0).toLongLong());
    const std::optional<Format> format =
        PrepSheetExport::formatForPath(u"x."_s + settings.value(u"format"_s).toString());
    if (format)
        m_format->setCurrentIndex(m_format->findData(int(*format)));
    m_restoring = false;
}

void ExportDialog::saveSettings()
{
    if (m_restoring)
        return;
    const PrepSheetOptions chosen = options();
    PreferenceValues preferred = m_preferences.values();
    preferred.exportPaper = PaperChoice(m_paper->currentData().toInt());
    // No section at all is a moment on the way to another choice, never a default to keep.
    if (chosen.cheatSheet || chosen.answers || chosen.backboneStories || chosen.openQuestions) {
        preferred.exportCheatSheet = chosen.cheatSheet;
        preferred.exportAnswers = chosen.answers;
        preferred.exportBackboneStories = chosen.backboneStories;
        preferred.exportOpenQuestions = chosen.openQuestions;
    }
    m_preferences.setValues(preferred);

    QSettings settings;
    settings.beginGroup(kGroup);
    settings.setValue(u"company"_s, chosen.companyId);
    settings.setValue(u"format"_s, formatKey(format()));
}

void ExportDialog::updateButtons()
{
    // A sheet with no section would be a title page only.
    const bool any = m_cheatSheet->isChecked() || m_answers->isChecked() ||
                     m_backbone->isChecked() || m_openQuestions->isChecked();
    for (QPushButton *button : {m_previewButton, m_printButton, m_exportButton}) {
        button->setEnabled(any);
        button->setToolTip(any ? QString() : tr("Choose at least one section to include"));
    }
}

Result<PrepSheet> ExportDialog::buildSheet()
{
    if (!m_session.isOpen())
        return Error{tr("No vault is open. Open or create a vault first.")};
    return PrepSheet::build(m_session.store(), options());
}

void ExportDialog::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Export Prep Sheet"), message);
}

QString ExportDialog::targetPath(const QString &path) const
{
    if (path.isEmpty() || PrepSheetExport::formatForPath(path))
        return path;
    return path + u'.' + PrepSheetExport::suffix(format());
}

Status ExportDialog::exportTo(const QString &path)
{
    if (!m_session.isOpen())
        return Error{tr("No vault is open. Open or create a vault first.")};
    const QString target = targetPath(path);
    Status exported = PrepSheetExport::exportToFile(m_session.store(), target, options());
    if (!exported)
        return exported;
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.setValue(u"directory"_s, QFileInfo(target).absolutePath());
    accept();
    return {};
}

void ExportDialog::exportWithFileDialog()
{
    QSettings settings;
    settings.beginGroup(kGroup);
    QString directory = settings.value(u"directory"_s).toString();
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);

    const QString company =
        m_company->currentIndex() > 0 ? m_company->currentText() : tr("all companies");
    const QString name =
        safeFileName(tr("Prep sheet - %1").arg(company)) + u'.' + PrepSheetExport::suffix(format());

    const QStringList filters{tr("PDF (*.pdf)"), tr("HTML (*.html *.htm)"),
                              tr("Markdown (*.md *.markdown)")};
    QString selected = filters.at(m_format->currentIndex());
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Prep Sheet"), QDir(directory).filePath(name),
                                     filters.join(u";;"_s), &selected);
    if (path.isEmpty())
        return;
    // The filter the user settled on decides the format of a name without an extension.
    if (const qsizetype chosen = filters.indexOf(selected); chosen >= 0)
        m_format->setCurrentIndex(int(chosen));
    if (const Status exported = exportTo(path); !exported)
        showError(exported.error());
}

void ExportDialog::printPreview()
{
    Result<PrepSheet> sheet = buildSheet();
    if (!sheet) {
        showError(sheet.error());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(PrepSheetExport::pageLayout(options().paper));
    printer.setDocName(sheet->title());
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(u"exportPreviewDialog"_s);
    QString failure;
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *target) {
        const Result<int> printed = PrepSheetExport::print(*sheet, *target);
        if (!printed)
            failure = printed.error();
    });
    preview.exec();
    if (!failure.isEmpty())
        showError(failure);
}

void ExportDialog::print()
{
    Result<PrepSheet> sheet = buildSheet();
    if (!sheet) {
        showError(sheet.error());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(PrepSheetExport::pageLayout(options().paper));
    printer.setDocName(sheet->title());
    QPrintDialog dialog(&printer, this);
    dialog.setObjectName(u"exportPrintDialog"_s);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Result<int> printed = PrepSheetExport::print(*sheet, printer); !printed)
        showError(printed.error());
}

} // namespace starling
