<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%n story(s)</source>
        <translation>
            <numerusform>%n story</numerusform><numerusform>%n stories</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n company(s)</source>
        <translation>
            <numerusform>%n company</numerusform><numerusform>%n companies</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n value</numerusform><numerusform>%n values</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform><numerusform>%n links</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform><numerusform>%n questions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform><numerusform>%n answers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n practice run(s)</source>
        <translation>
            <numerusform>%n practice run</numerusform><numerusform>%n practice runs</numerusform></translation>
    </message>
</context>
<context>
    <name>starling::AnswerEditor</name>
    <message numerus="yes">
        <source>%n run(s); last %1</source>
        <translation>
            <numerusform>%n run; last %1</numerusform><numerusform>%n runs; last %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform><numerusform>%n words</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>About %1 spoken (%n word(s) at %2 a minute) — target %3–%4, %5.</source>
        <translation>
            <numerusform>About %1 spoken (%n word at %2 a minute) — target %3–%4, %5.</numerusform><numerusform>About %1 spoken (%n words at %2 a minute) — target %3–%4, %5.</numerusform></translation>
    </message>
</context>
<context>
    <name>starling::CompaniesPanel</name>
    <message numerus="yes">
        <source>%1 of %n value(s) mapped</source>
        <translation>
            <numerusform>%1 of %n value mapped</numerusform><numerusform>%1 of %n values mapped</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n story(s)</source>
        <translation>
            <numerusform>%n story</numerusform><numerusform>%n stories</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n value</numerusform><numerusform>%n values</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform><numerusform>%n questions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform><numerusform>%n answers</numerusform></translation>
    </message>
</context>
<context>
    <name>starling::CompanyListModel</name>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform><numerusform>in %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
</context>
<context>
    <name>starling::MainWindow</name>
    <message numerus="yes">
        <source>Imported %n story(s)</source>
        <translation>
            <numerusform>Imported %n story</numerusform><numerusform>Imported %n stories</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n company(s)</source>
        <translation>
            <numerusform>%n company</numerusform><numerusform>%n companies</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform><numerusform>%n answers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>mapped to %n value(s)</source>
        <translation>
            <numerusform>mapped to %n value</numerusform><numerusform>mapped to %n values</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>used in %n answer(s)</source>
        <translation>
            <numerusform>used in %n answer</numerusform><numerusform>used in %n answers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Map story to %n value(s)</source>
        <translation>
            <numerusform>Map story to %n value</numerusform><numerusform>Map story to %n values</numerusform></translation>
    </message>
</context>
<context>
    <name>starling::PracticeDialog</name>
    <message numerus="yes">
        <source>practised %n time(s) in the last 7 days</source>
        <translation>
            <numerusform>practised %n time in the last 7 days</numerusform><numerusform>practised %n times in the last 7 days</numerusform></translation>
    </message>
</context>
<context>
    <name>starling::PracticeHistoryChart</name>
    <message numerus="yes">
        <source>%n run(s), last %1, target %2–%3</source>
        <translation>
            <numerusform>%n run, last %1, target %2–%3</numerusform><numerusform>%n runs, last %1, target %2–%3</numerusform></translation>
    </message>
</context>
<context>
    <name>starling::PreferencesDialog</name>
    <message numerus="yes">
        <source>The longest target must be at least %n seconds longer than the shortest.</source>
        <translation>
            <numerusform>The longest target must be at least %n second longer than the shortest.</numerusform><numerusform>The longest target must be at least %n seconds longer than the shortest.</numerusform></translation>
    </message>
</context>
<context>
    <name>starling::PrepSheet</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform><numerusform>in %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
</context>
<context>
    <name>starling::QuestionsPanel</name>
    <message numerus="yes">
        <source>✓ %n answer(s)</source>
        <translation>
            <numerusform>✓ %n answer</numerusform><numerusform>✓ %n answers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform><numerusform>%n questions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n answer(s). Delete it anyway? The answers keep their text, and you can undo this.</source>
        <translation>
            <numerusform>“%1” is used by %n answer. Delete it anyway? The answers keep their text, and you can undo this.</numerusform><numerusform>“%1” is used by %n answers. Delete it anyway? The answers keep their text, and you can undo this.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln question(s)</source>
        <translation>
            <numerusform>%L1 of %Ln question</numerusform><numerusform>%L1 of %Ln questions</numerusform></translation>
    </message>
</context>
<context>
    <name>starling::Readiness</name>
    <message numerus="yes">
        <source>%1 of %n value(s) covered</source>
        <translation>
            <numerusform>%1 of %n value covered</numerusform><numerusform>%1 of %n values covered</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n answer(s) ready</source>
        <translation>
            <numerusform>%1 of %n answer ready</numerusform><numerusform>%1 of %n answers ready</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pass the checks</source>
        <translation>
            <numerusform>%1 of %n pass the checks</numerusform><numerusform>%1 of %n pass the checks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n practised this week</source>
        <translation>
            <numerusform>%n practised this week</numerusform><numerusform>%n practised this week</numerusform></translation>
    </message>
</context>
<context>
    <name>starling::RestoreBackupDialog</name>
    <message numerus="yes">
        <source>Starling keeps a copy of the vault from each of the last %n day(s) it was opened. Choose the copy to go back to.</source>
        <translation>
            <numerusform>Starling keeps a copy of the vault from each of the last %n day it was opened. Choose the copy to go back to.</numerusform><numerusform>Starling keeps a copy of the vault from each of the last %n days it was opened. Choose the copy to go back to.</numerusform></translation>
    </message>
</context>
<context>
    <name>starling::StoryItemDelegate</name>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n value</numerusform><numerusform>%n values</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform><numerusform>%n answers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n companies</source>
        <translation>
            <numerusform>%n company</numerusform><numerusform>%n companies</numerusform></translation>
    </message>
</context>
<context>
    <name>starling::StoryVaultModel</name>
    <message numerus="yes">
        <source>Linked to %n value(s)</source>
        <translation>
            <numerusform>Linked to %n value</numerusform><numerusform>Linked to %n values</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>used in %n answer(s)</source>
        <translation>
            <numerusform>used in %n answer</numerusform><numerusform>used in %n answers</numerusform></translation>
    </message>
</context>
<context>
    <name>starling::ValueCoverage</name>
    <message numerus="yes">
        <source>%1 of %n values covered, %2 with two stories</source>
        <translation>
            <numerusform>%1 of %n value covered, %2 with two stories</numerusform><numerusform>%1 of %n values covered, %2 with two stories</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n story(s)</source>
        <translation>
            <numerusform>%n story</numerusform><numerusform>%n stories</numerusform></translation>
    </message>
</context>
<context>
    <name>starling::ValueSuggestionsPanel</name>
    <message numerus="yes">
        <source>Covered by %n story(s). Other candidates:</source>
        <translation>
            <numerusform>Covered by %n story. Other candidates:</numerusform><numerusform>Covered by %n stories. Other candidates:</numerusform></translation>
    </message>
</context>
<context>
    <name>starling::ValuesLibraryDialog</name>
    <message numerus="yes">
        <source>%n value(s) and sub-principle(s)</source>
        <translation>
            <numerusform>%n value and sub-principle</numerusform><numerusform>%n values and sub-principles</numerusform></translation>
    </message>
</context>
<context>
    <name>starling::ValuesMatrixPanel</name>
    <message numerus="yes">
        <source>Map “%1” to %n value(s)</source>
        <translation>
            <numerusform>Map “%1” to %n value</numerusform><numerusform>Map “%1” to %n values</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Unmap %n link(s)</source>
        <translation>
            <numerusform>Unmap %n link</numerusform><numerusform>Unmap %n links</numerusform></translation>
    </message>
</context>
<context>
    <name>starling::VaultBalance</name>
    <message numerus="yes">
        <source>%n backbone stories — keep the 2–3 you know best and unmark the rest, so each gets deep preparation.</source>
        <translation>
            <numerusform>%n backbone story — keep the 2–3 you know best and unmark the rest, so each gets deep preparation.</numerusform><numerusform>%n backbone stories — keep the 2–3 you know best and unmark the rest, so each gets deep preparation.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>“%1” has a short Action (%n words) — add the steps you took and the technical detail; aim for %2 or more.</source>
        <translation>
            <numerusform>“%1” has a short Action (%n word) — add the steps you took and the technical detail; aim for %2 or more.</numerusform><numerusform>“%1” has a short Action (%n words) — add the steps you took and the technical detail; aim for %2 or more.</numerusform></translation>
    </message>
</context>
<context>
    <name>starling::VaultBalanceWidget</name>
    <message numerus="yes">
        <source>Vault balance: %n gap(s)</source>
        <translation>
            <numerusform>Vault balance: %n gap</numerusform><numerusform>Vault balance: %n gaps</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n suggestion</numerusform><numerusform>%n suggestions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Vault balance: %n suggestion(s)</source>
        <translation>
            <numerusform>Vault balance: %n suggestion</numerusform><numerusform>Vault balance: %n suggestions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation>
    </message>
</context>
</TS>