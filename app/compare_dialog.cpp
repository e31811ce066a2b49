// CompareDialog implementation.
#include "compare_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ganlab::app {

CompareDialog::CompareDialog(const TrainConfig& target, const QString& defaultDir, QWidget* parent)
    : QDialog(parent)
    , m_target(target)
    , m_sources(new QListWidget(this))
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
    auto* add = new QPushButton(tr("Add run folder…"), this);
    auto* addFile = new QPushButton(tr("Add checkpoint…"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        const auto dir = QFileDialog::getExistingDirectory(this, tr("A source run folder"));
        if (!dir.isEmpty())
            addSource(dir);
    });
    connect(addFile, &QPushButton::clicked, this, [this] {
        const auto file = QFileDialog::getOpenFileName(this, tr("A source checkpoint"), {},
                                                       tr("Checkpoints (*.pt)"));
        if (!file.isEmpty())
            addSource(file);
    });
    connect(remove, &QPushButton::clicked, this, [this] { delete m_sources->currentItem(); });
    connect(browse, &QPushButton::clicked, this, [this] {
        const auto dir = QFileDialog::getExistingDirectory(this, tr("Where the comparison goes"));
        if (!dir.isEmpty())
            m_dir->setText(dir + QStringLiteral("/comparison"));
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(addFile);
    buttons->addWidget(remove);
    buttons->addStretch(1);
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
    layout->addLayout(buttons);
    layout->addWidget(m_scratch);
    layout->addWidget(m_combinations);
    layout->addLayout(form);
    layout->addWidget(box);
    resize(640, 480);
}

void CompareDialog::addSource(const QString& path) {
    m_sources->addItem(path);
}

CompareSpec CompareDialog::spec() const {
    CompareSpec s;
    s.target = m_target;
    s.target.steps = m_steps->value();
    for (int i = 0; i < m_sources->count(); ++i)
        s.sources.push_back(m_sources->item(i)->text().toStdString());
    s.scratch = m_scratch->isChecked();
    s.combinations = m_combinations->isChecked();
    s.chunkSteps = m_chunk->value();
    return s;
}

QString CompareDialog::outputDir() const {
    return m_dir->text();
}

} // namespace ganlab::app
