// CompareDialog implementation.
#include "compare_dialog.h"

#include "source_list_editor.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ganlab::app {

CompareDialog::CompareDialog(const TrainConfig& target, const QString& defaultDir, QWidget* parent)
    : QDialog(parent)
    , m_target(target)
    , m_sources(new widgets::SourceListEditor(this))
    , m_scratch(new QCheckBox(tr("An arm from scratch"), this))
    , m_combinations(new QCheckBox(tr("The four G/D combinations of the first source"), this))
    , m_chunk(new QSpinBox(this))
    , m_steps(new QSpinBox(this))
    , m_dir(new QLineEdit(defaultDir, this)) {
    setWindowTitle(tr("Compare pretrained sources"));
    m_scratch->setChecked(true);
    m_combinations->setToolTip(
        tr("Adds G-only and D-only arms (Transferring GANs found the pretrained critic matters "
           "more than the pretrained generator)"));
    m_chunk->setRange(1, 10000);
    m_chunk->setValue(20);
    m_chunk->setToolTip(tr("Steps each arm trains before the next arm's turn"));
    m_steps->setRange(1, 10'000'000);
    m_steps->setValue(static_cast<int>(target.steps));
    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const auto dir = QFileDialog::getExistingDirectory(this, tr("Where the comparison goes"));
        if (!dir.isEmpty())
            m_dir->setText(dir + QStringLiteral("/comparison"));
    });

    auto* dirRow = new QHBoxLayout;
    dirRow->addWidget(m_dir, 1);
    dirRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("Steps per arm"), m_steps);
    form->addRow(tr("Chunk"), m_chunk);
    form->addRow(tr("Folder"), dirRow);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    box->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("Target: %1 on %2 (the configuration and dataset of the main window). Every arm "
           "trains with the same seed, budget and evaluation schedule.")
            .arg(QString::fromStdString(target.model), QString::fromStdString(target.dataPath)),
        this));
    layout->addWidget(new QLabel(tr("Sources:"), this));
    layout->addWidget(m_sources, 1);
    layout->addWidget(m_scratch);
    layout->addWidget(m_combinations);
    layout->addLayout(form);
    layout->addWidget(box);
    resize(640, 480);
}

void CompareDialog::addSource(const QString& path) {
    m_sources->addSource(path);
}

CompareSpec CompareDialog::spec() const {
    CompareSpec s;
    s.target = m_target;
    s.target.steps = m_steps->value();
    for (const auto& source : m_sources->sources())
        s.sources.push_back(source.toStdString());
    s.scratch = m_scratch->isChecked();
    s.combinations = m_combinations->isChecked();
    s.chunkSteps = m_chunk->value();
    return s;
}

QString CompareDialog::outputDir() const {
    return m_dir->text();
}

} // namespace ganlab::app
