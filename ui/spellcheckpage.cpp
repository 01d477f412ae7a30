#include "spellcheckpage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QVBoxLayout>

namespace starling {

SpellCheckPage::SpellCheckPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("spellingPreferencesPage"));
    m_enabled = new QCheckBox(tr("Check spelling as you type"), this);
    m_dictionary = new QComboBox(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_enabled);
    layout->addWidget(m_dictionary);
    layout->addStretch(1);
}

void SpellCheckPage::setValues(bool enabled, const QString &dictionary)
{
    m_enabled->setChecked(enabled);
    Q_UNUSED(dictionary);
}

bool SpellCheckPage::spellCheckEnabled() const
{
    return m_enabled->isChecked();
}

QString SpellCheckPage::dictionary() const
{
    return m_dictionary->currentData().toString();
}

} // namespace starling
