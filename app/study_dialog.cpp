// StudyDialog implementation.
#include "study_dialog.h"

#include "source_list_editor.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace ganlab::app {
namespace {

std::vector<std::string> listOf(const QString& text) {
    std::vector<std::string> items;
    for (const QString& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const QString t = item.trimmed(); !t.isEmpty())
            items.push_back(t.toStdString());
    return items;
}

QString joined(const std::vector<std::string>& items) {
    QStringList out;
    for (const auto& i : items)
        out << QString::fromStdString(i);
    return out.join(QStringLiteral(","));
}

const StudyInfo* infoOf(const QString& name) {
    for (const auto& s : studies())
        if (QString::fromStdString(s.name) == name)
            return &s;
    return nullptr;
}

} // namespace

StudyDialog::StudyDialog(const TrainConfig& current, const QString& currentRun,
                         const QString& dirBase, QWidget* parent)
    : QDialog(parent)
    , m_currentRun(currentRun)
    , m_dirBase(dirBase)
    , m_study(new QComboBox(this))
    , m_about(new QLabel(this))
    , m_data(new QLineEdit(QString::fromStdString(current.dataPath), this))
    , m_classes(new QLineEdit(joined(current.classes), this))
    , m_maxImages(new QSpinBox(this))
    , m_budget(new QDoubleSpinBox(this))
    , m_run(new QLineEdit(this))
    , m_sources(new widgets::SourceListEditor(this))
    , m_sourceData(new QLineEdit(this))
    , m_sourceClasses(new QLineEdit(this))
    , m_setting(new QComboBox(this))
    , m_features(new QLineEdit(this))
    , m_evalSamples(new QSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_settings(new QLineEdit(this))
    , m_dir(new QLineEdit(this))
    , m_problem(new QLabel(this)) {
    setWindowTitle(tr("Run a study"));
    for (const auto& s : studies())
        m_study->addItem(QString::fromStdString(s.name), QString::fromStdString(s.name));
    m_about->setWordWrap(true);
    m_about->setMinimumHeight(m_about->fontMetrics().lineSpacing() * 3);
    m_classes->setPlaceholderText(tr("all (or a comma-separated subset)"));
    m_maxImages->setRange(0, 1'000'000'000);
    m_maxImages->setValue(
        static_cast<int>(std::clamp<std::int64_t>(current.maxImages, 0, INT_MAX)));
    m_maxImages->setSpecialValueText(tr("all"));
    m_budget->setRange(0.01, 100000);
    m_budget->setDecimals(2);
    m_budget->setValue(10);
    m_budget->setSuffix(tr(" min"));
    m_budget->setToolTip(tr("Wall time the arms' training shares: their steps are fitted to it by "
                            "timing a few steps of each"));
    m_run->setPlaceholderText(tr("a trained run folder"));
    m_sourceData->setPlaceholderText(tr("without sources: train one on this dataset first"));
    m_sourceClasses->setPlaceholderText(tr("all (or a comma-separated subset)"));
    m_setting->addItem(tr("DCGAN (quick on a CPU)"), QStringLiteral("dcgan"));
    m_setting->addItem(tr("The paper's (ResNet WGAN-GP, at a CPU width)"), QStringLiteral("paper"));
    m_features->setPlaceholderText(tr("a classifier the study trains when labelled, else random"));
    m_features->setToolTip(tr("The network behind FD, KID, precision and recall"));
    m_evalSamples->setRange(0, 100000);
    m_evalSamples->setSingleStep(10);
    m_evalSamples->setSpecialValueText(tr("the study's choice"));
    m_seed->setRange(0, INT_MAX);
    m_seed->setValue(static_cast<int>(std::min<std::uint64_t>(current.seed, INT_MAX)));
    m_settings->setPlaceholderText(tr("KEY=VALUE …, e.g. width=0.25"));
    m_settings->setToolTip(tr("Train settings every arm gets, separated by spaces"));
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    connect(m_dir, &QLineEdit::textEdited, this, [this] { m_dirEdited = true; });

    m_form = new QFormLayout;
    m_form->addRow(tr("Study"), m_study);
    m_form->addRow(QString(), m_about);
    m_dataRow = pathRow(m_data, tr("A dataset folder"), true);
    m_form->addRow(tr("Dataset"), m_dataRow);
    m_form->addRow(tr("Classes"), m_classes);
    m_form->addRow(tr("At most images"), m_maxImages);
    m_runRow = pathRow(m_run, tr("A trained run folder"), true);
    m_form->addRow(tr("Trained run"), m_runRow);
    m_sources->setVisibleRows(5);
    m_sources->list()->setToolTip(tr("Pretrained runs or checkpoints; without any, the study "
                                     "trains a source on the source dataset first"));
    m_sourcesRow = m_sources;
    m_form->addRow(tr("Sources"), m_sourcesRow);
    m_sourceDataRow = pathRow(m_sourceData, tr("The source's dataset"), true);
    m_form->addRow(tr("Source dataset"), m_sourceDataRow);
    m_form->addRow(tr("Source classes"), m_sourceClasses);
    m_form->addRow(tr("Setting"), m_setting);
    m_form->addRow(tr("Budget"), m_budget);
    m_form->addRow(tr("Features"), m_features);
    m_form->addRow(tr("Samples per evaluation"), m_evalSamples);
    m_form->addRow(tr("Seed"), m_seed);
    m_form->addRow(tr("Train settings"), m_settings);
    auto* dirRow = new QWidget(this);
    auto* dirLayout = new QHBoxLayout(dirRow);
    dirLayout->setContentsMargins(0, 0, 0, 0);
    auto* browse = new QPushButton(tr("Browse…"), dirRow);
    connect(browse, &QPushButton::clicked, this, [this] {
        const auto dir = QFileDialog::getExistingDirectory(this, tr("Where the study goes"));
        if (dir.isEmpty())
            return;
        m_dir->setText(dir + QStringLiteral("/study-") + study());
        m_dirEdited = true;
    });
    dirLayout->addWidget(m_dir, 1);
    dirLayout->addWidget(browse);
    m_form->addRow(tr("Folder"), dirRow);

    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    box->button(QDialogButtonBox::Ok)->setText(tr("Start"));
    connect(box, &QDialogButtonBox::accepted, this, &StudyDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(box);
    connect(m_study, &QComboBox::currentIndexChanged, this, &StudyDialog::studyChanged);
    studyChanged();
    resize(680, 640);
}

QWidget* StudyDialog::pathRow(QLineEdit* edit, const QString& title, bool folder) {
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* browse = new QPushButton(tr("Browse…"), row);
    connect(browse, &QPushButton::clicked, this, [this, edit, title, folder] {
        const QString path = folder ? QFileDialog::getExistingDirectory(this, title)
                                    : QFileDialog::getOpenFileName(this, title);
        if (!path.isEmpty())
            edit->setText(path);
    });
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}

void StudyDialog::setStudy(const QString& name) {
    const int index = m_study->findData(name);
    if (index >= 0)
        m_study->setCurrentIndex(index);
}

QString StudyDialog::study() const {
    return m_study->currentData().toString();
}

void StudyDialog::addSource(const QString& path) {
    m_sources->addSource(path);
}

bool StudyDialog::showsField(const QString& field) const {
    const StudyInfo* info = infoOf(study());
    if (!info)
        return false;
    if (field == QLatin1String("data"))
        return !info->needsRun;
    if (field == QLatin1String("run"))
        return info->needsRun || info->name == "acgan";
    if (field == QLatin1String("transfer"))
        return info->name == "transfer";
    return true;
}

void StudyDialog::studyChanged() {
    const StudyInfo* info = infoOf(study());
    if (!info)
        return;
    m_about->setText(
        QStringLiteral("<b>%1</b><br>%2")
            .arg(QString::fromUtf8(info->paper).toHtmlEscaped(),
                 QCoreApplication::translate("Study", info->description).toHtmlEscaped()));
    const bool data = showsField(QStringLiteral("data"));
    const bool run = showsField(QStringLiteral("run"));
    const bool transfer = showsField(QStringLiteral("transfer"));
    m_form->setRowVisible(m_dataRow, data);
    m_form->setRowVisible(m_classes, data);
    m_form->setRowVisible(m_maxImages, data);
    m_form->setRowVisible(m_runRow, run);
    m_form->setRowVisible(m_sourcesRow, transfer);
    m_form->setRowVisible(m_sourceDataRow, transfer);
    m_form->setRowVisible(m_sourceClasses, transfer);
    m_form->setRowVisible(m_setting, transfer);
    if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(m_runRow)))
        label->setText(info->needsRun ? tr("Trained run") : tr("Trained run (optional)"));
    m_run->setPlaceholderText(info->needsRun
                                  ? tr("the trained run the study analyses")
                                  : tr("a trained conditional run instead of training one"));
    if (info->needsRun && m_run->text().isEmpty())
        m_run->setText(m_currentRun);
    if (!m_dirEdited)
        m_dir->setText(m_dirBase + QStringLiteral("-study-") + study());
}

StudySpec StudyDialog::spec() const {
    const StudyInfo* info = infoOf(study());
    const QString name = study();
    StudySpec s;
    s.study = name.toStdString();
    if (showsField(QStringLiteral("data"))) {
        s.dataPath = m_data->text().trimmed().toStdString();
        s.classes = listOf(m_classes->text());
        s.maxImages = m_maxImages->value();
    }
    if (showsField(QStringLiteral("run")))
        s.run = m_run->text().trimmed().toStdString();
    if (info && info->name == "transfer") {
        for (const auto& source : m_sources->sources())
            s.sources.push_back(source.toStdString());
        s.sourceData = m_sourceData->text().trimmed().toStdString();
        s.sourceClasses = listOf(m_sourceClasses->text());
        s.setting = m_setting->currentData().toString().toStdString();
    }
    s.budgetMinutes = m_budget->value();
    s.features = m_features->text().trimmed().toStdString();
    s.evalSamples = m_evalSamples->value();
    s.seed = static_cast<std::uint64_t>(m_seed->value());
    const QStringList sets =
        m_settings->text().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString& set : sets) {
        const auto eq = set.indexOf(QLatin1Char('='));
        if (eq > 0)
            s.settings.emplace_back(set.left(eq).toStdString(), set.mid(eq + 1).toStdString());
    }
    return s;
}

QString StudyDialog::outputDir() const {
    return m_dir->text().trimmed();
}

void StudyDialog::accept() {
    const QStringList sets =
        m_settings->text().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString& set : sets)
        if (set.indexOf(QLatin1Char('=')) <= 0) {
            m_problem->setText(
                tr("Train settings take KEY=VALUE (a train setting), not \"%1\"").arg(set));
            m_problem->show();
            return;
        }
    if (outputDir().isEmpty()) {
        m_problem->setText(tr("Choose the folder the study goes in"));
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace ganlab::app
