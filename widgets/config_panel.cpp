// ConfigPanel implementation.
#include "config_panel.h"

#include "api/registry_info.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace ganlab::widgets {
namespace {

QString number(double v) {
    return QString::number(v, 'g', 6);
}

} // namespace

ConfigPanel::ConfigPanel(QWidget* parent)
    : QWidget(parent)
    , m_preset(new QComboBox(this))
    , m_model(new QComboBox(this))
    , m_loss(new QComboBox(this))
    , m_resolution(new QComboBox(this))
    , m_width(new QDoubleSpinBox(this))
    , m_latent(new QSpinBox(this))
    , m_conditional(new QCheckBox(tr("Class-conditional"), this))
    , m_conditioning(new QComboBox(this))
    , m_classes(new QLineEdit(this))
    , m_maxImages(new QSpinBox(this))
    , m_transferSource(new QLineEdit(this))
    , m_transferG(new QCheckBox(tr("Load G"), this))
    , m_transferD(new QCheckBox(tr("Load D"), this))
    , m_discriminator(new QComboBox(this))
    , m_projectedFeatures(new QComboBox(this))
    , m_diffAugment(new QLineEdit(this))
    , m_aux(new QCheckBox(tr("AC-GAN class head on D"), this))
    , m_ortho(new QLineEdit(this))
    , m_drift(new QLineEdit(this))
    , m_growStart(new QComboBox(this))
    , m_growImages(new QSpinBox(this))
    , m_healthEvery(new QSpinBox(this))
    , m_collapseFactor(new QDoubleSpinBox(this))
    , m_batch(new QSpinBox(this))
    , m_critic(new QSpinBox(this))
    , m_lrG(new QLineEdit(this))
    , m_lrD(new QLineEdit(this))
    , m_beta1(new QLineEdit(this))
    , m_beta2(new QLineEdit(this))
    , m_ema(new QLineEdit(this))
    , m_steps(new QSpinBox(this))
    , m_seed(new QLineEdit(this))
    , m_sampleEvery(new QSpinBox(this))
    , m_checkpointEvery(new QSpinBox(this))
    , m_evalEvery(new QSpinBox(this))
    , m_evalMinutes(new QDoubleSpinBox(this))
    , m_evalMetrics(new QLineEdit(this))
    , m_evalFeatures(new QComboBox(this))
    , m_evalSamples(new QSpinBox(this))
    , m_problemLabel(new QLabel(this)) {
    for (const auto& name : presetNames()) {
        m_preset->addItem(QString::fromStdString(name));
        m_preset->setItemData(m_preset->count() - 1,
                              QString::fromStdString(presetDescription(name)), Qt::ToolTipRole);
    }
    for (const auto& m : registeredModels()) {
        m_model->addItem(QString::fromStdString(m.name));
        m_model->setItemData(m_model->count() - 1, QString::fromStdString(m.description),
                             Qt::ToolTipRole);
    }
    for (const auto& l : registeredLosses()) {
        m_loss->addItem(QString::fromStdString(l.name));
        m_loss->setItemData(m_loss->count() - 1, QString::fromStdString(l.description),
                            Qt::ToolTipRole);
    }
    for (int r = 8; r <= 256; r *= 2)
        m_resolution->addItem(tr("%1 px").arg(r), r);
    m_width->setRange(0.125, 8);
    m_width->setSingleStep(0.125);
    m_width->setDecimals(3);
    m_latent->setRange(1, 4096);
    m_batch->setRange(2, 4096);
    m_critic->setRange(1, 100);
    m_steps->setRange(1, 100'000'000);
    m_steps->setGroupSeparatorShown(true);
    m_sampleEvery->setRange(0, 1'000'000);
    m_checkpointEvery->setRange(0, 1'000'000);
    m_sampleEvery->setSpecialValueText(tr("never"));
    m_checkpointEvery->setSpecialValueText(tr("only at the end"));
    m_evalEvery->setRange(0, 1'000'000);
    m_evalEvery->setSpecialValueText(tr("never"));
    m_evalMinutes->setRange(0, 100'000);
    m_evalMinutes->setDecimals(1);
    m_evalMinutes->setSuffix(tr(" min"));
    m_evalMinutes->setSpecialValueText(tr("never"));
    QStringList metricNames;
    for (const auto& m : registeredMetrics())
        metricNames << QString::fromStdString(m.name);
    m_evalMetrics->setToolTip(tr("Comma-separated: %1").arg(metricNames.join(", ")));
    m_evalFeatures->setEditable(true);
    m_evalFeatures->addItems({QStringLiteral("random"), QStringLiteral("classifier")});
    m_evalFeatures->setToolTip(
        tr("random: fixed untrained CNN (always available); classifier: the run's own classifier "
           "(trained on first use); classifier:FILE or inception:FILE for a file. Every number is "
           "named with its network."));
    m_evalSamples->setRange(10, 100'000);
    m_conditioning->addItem(tr("Cond Concat (one-hot planes)"), QStringLiteral("concat"));
    m_conditioning->addItem(tr("Cond BN (per-class γ, β)"), QStringLiteral("bn"));
    m_conditioning->setToolTip(
        tr("How dcgan and resnet see the class: one-hot columns in G's input and planes on D's "
           "input, or class-conditional batch norm in G (Transferring GANs, section 4)"));
    m_classes->setPlaceholderText(tr("all"));
    m_classes->setToolTip(tr("Train on these classes only: comma-separated names or indices"));
    m_maxImages->setRange(0, 100'000'000);
    m_maxImages->setGroupSeparatorShown(true);
    m_maxImages->setSpecialValueText(tr("all"));
    m_maxImages->setToolTip(tr("At most this many training images, the same share of each class"));
    m_transferSource->setPlaceholderText(tr("none (from scratch)"));
    m_transferSource->setToolTip(
        tr("A run folder or checkpoint file to start from. Weights are matched by name and "
           "shape; conditioning, gray↔colour and PG-GAN growth are adapted, and anything else "
           "that differs is refused with the reason. transfer.json lists what was copied."));
    m_transferG->setToolTip(tr("Start G from the source's (EMA) generator"));
    m_transferD->setToolTip(tr("Start D from the source's discriminator"));
    m_discriminator->addItem(tr("model's own"), QString());
    m_discriminator->addItem(tr("projected (frozen features)"), QStringLiteral("projected"));
    m_discriminator->setToolTip(tr("Projected GANs: a frozen feature network with random "
                                   "projections and four small discriminators, with any G"));
    m_projectedFeatures->setEditable(true);
    m_projectedFeatures->addItems({QStringLiteral("classifier"), QStringLiteral("random")});
    m_projectedFeatures->setToolTip(
        tr("classifier: the run's own classifier (trained first); classifier:FILE; "
           "torchscript:FILE (a network returning feature maps); random: an untrained network "
           "(ablation)"));
    m_diffAugment->setPlaceholderText(tr("none"));
    m_diffAugment->setToolTip(tr("DiffAugment on D's inputs: color,translation,cutout"));
    m_aux->setToolTip(tr("AC-GAN: D predicts the class instead of being shown it (dcgan, resnet)"));
    m_ortho->setToolTip(
        tr("BigGAN's orthogonal regularisation β on G (1e-4 in the paper; 0 = off)"));
    m_drift->setToolTip(tr("PG-GAN's drift ε·E[D(x)²] with wgan-gp (0.001 in the paper)"));
    for (int r = 4; r <= 128; r *= 2)
        m_growStart->addItem(tr("%1 px").arg(r), r);
    m_growStart->setToolTip(tr("Progressive models: the resolution growth starts at"));
    m_growImages->setRange(1, 100'000'000);
    m_growImages->setGroupSeparatorShown(true);
    m_growImages->setSuffix(tr(" images"));
    m_growImages->setToolTip(
        tr("Progressive models: real images per stabilise and per fade phase"));
    m_healthEvery->setRange(0, 1'000'000);
    m_healthEvery->setSpecialValueText(tr("never"));
    m_healthEvery->setToolTip(tr("Singular values of G's and D's first and last layers"));
    m_collapseFactor->setRange(0, 1e6);
    m_collapseFactor->setDecimals(1);
    m_collapseFactor->setSpecialValueText(tr("NaN/Inf only"));
    m_collapseFactor->setToolTip(tr("Pause when σ0 of G's first layer jumps this many times above "
                                    "its running level"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #b00020"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("Preset"), m_preset);
    form->addRow(tr("Model"), m_model);
    form->addRow(tr("Loss"), m_loss);
    form->addRow(QString(), m_conditional);
    form->addRow(tr("Conditioning"), m_conditioning);
    form->addRow(tr("Classes"), m_classes);
    form->addRow(tr("Max images"), m_maxImages);
    auto* transferRow = new QHBoxLayout;
    transferRow->addWidget(m_transferSource, 1);
    transferRow->addWidget(m_transferG);
    transferRow->addWidget(m_transferD);
    form->addRow(tr("Transfer from"), transferRow);
    form->addRow(tr("Discriminator"), m_discriminator);
    form->addRow(tr("Projected features"), m_projectedFeatures);
    form->addRow(tr("DiffAugment"), m_diffAugment);
    form->addRow(QString(), m_aux);
    form->addRow(tr("Orthogonal reg. β"), m_ortho);
    form->addRow(tr("Drift ε"), m_drift);
    form->addRow(tr("Grow from"), m_growStart);
    form->addRow(tr("Phase length"), m_growImages);
    form->addRow(tr("Health every"), m_healthEvery);
    form->addRow(tr("Collapse factor"), m_collapseFactor);
    form->addRow(tr("Resolution"), m_resolution);
    form->addRow(tr("Width ×"), m_width);
    form->addRow(tr("Latent size"), m_latent);
    form->addRow(tr("Batch"), m_batch);
    form->addRow(tr("D steps per G step"), m_critic);
    form->addRow(tr("Learning rate G"), m_lrG);
    form->addRow(tr("Learning rate D"), m_lrD);
    form->addRow(tr("Adam β1"), m_beta1);
    form->addRow(tr("Adam β2"), m_beta2);
    form->addRow(tr("EMA β (G)"), m_ema);
    form->addRow(tr("Steps"), m_steps);
    form->addRow(tr("Seed"), m_seed);
    form->addRow(tr("Samples every"), m_sampleEvery);
    form->addRow(tr("Checkpoint every"), m_checkpointEvery);
    form->addRow(tr("Evaluate every"), m_evalEvery);
    form->addRow(tr("… or every"), m_evalMinutes);
    form->addRow(tr("Metrics"), m_evalMetrics);
    form->addRow(tr("Feature network"), m_evalFeatures);
    form->addRow(tr("Evaluation samples"), m_evalSamples);
    form->addRow(m_problemLabel);

    connect(m_preset, &QComboBox::activated, this,
            [this](int index) { applyPreset(m_preset->itemText(index)); });
    connect(m_model, &QComboBox::activated, this, [this] {
        for (const auto& m : registeredModels())
            if (QString::fromStdString(m.name) == m_model->currentText()) {
                m_loss->setCurrentText(QString::fromStdString(m.defaultLoss));
                m_ortho->setText(QString::number(m.defaultOrthoReg));
                m_drift->setText(QString::number(m.defaultDrift));
                m_conditional->setEnabled(m.supportsConditional);
                if (!m.supportsConditional)
                    m_conditional->setChecked(false);
            }
        refresh();
    });
    for (auto* box : {m_loss, m_resolution, m_discriminator, m_growStart, m_conditioning})
        connect(box, &QComboBox::currentIndexChanged, this, &ConfigPanel::refresh);
    for (auto* spin : {m_latent, m_batch, m_critic, m_steps, m_sampleEvery, m_checkpointEvery,
                       m_evalEvery, m_evalSamples, m_growImages, m_healthEvery, m_maxImages})
        connect(spin, &QSpinBox::valueChanged, this, &ConfigPanel::refresh);
    for (auto* spin : {m_width, m_evalMinutes, m_collapseFactor})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &ConfigPanel::refresh);
    for (auto* check : {m_conditional, m_aux, m_transferG, m_transferD})
        connect(check, &QCheckBox::toggled, this, &ConfigPanel::refresh);
    for (auto* box : {m_evalFeatures, m_projectedFeatures})
        connect(box, &QComboBox::currentTextChanged, this, &ConfigPanel::refresh);
    for (auto* edit : {m_lrG, m_lrD, m_beta1, m_beta2, m_ema, m_seed, m_evalMetrics, m_diffAugment,
                       m_ortho, m_drift, m_classes, m_transferSource})
        connect(edit, &QLineEdit::textChanged, this, &ConfigPanel::refresh);
    setConfig(presetConfig("cpu-quick"));
}

void ConfigPanel::applyPreset(const QString& name) {
    TrainConfig c = presetConfig(name.toStdString());
    c.dataPath = m_base.dataPath;
    setConfig(c);
}

void ConfigPanel::setConfig(const TrainConfig& c) {
    m_loading = true;
    m_base = c;
    m_preset->setCurrentText(QString::fromStdString(c.preset));
    m_model->setCurrentText(QString::fromStdString(c.model));
    m_loss->setCurrentText(QString::fromStdString(c.loss));
    m_resolution->setCurrentIndex(m_resolution->findData(c.resolution));
    m_width->setValue(c.width);
    m_latent->setValue(c.latentDim);
    m_conditional->setChecked(c.conditional);
    m_conditioning->setCurrentIndex(
        std::max(0, m_conditioning->findData(QString::fromStdString(c.conditioning))));
    QStringList classes;
    for (const auto& name : c.classes)
        classes << QString::fromStdString(name);
    m_classes->setText(classes.join(", "));
    m_maxImages->setValue(
        static_cast<int>(std::min<std::int64_t>(c.maxImages, m_maxImages->maximum())));
    m_transferSource->setText(QString::fromStdString(c.transfer.source));
    m_transferG->setChecked(c.transfer.generator);
    m_transferD->setChecked(c.transfer.discriminator);
    m_discriminator->setCurrentIndex(
        std::max(0, m_discriminator->findData(QString::fromStdString(c.discriminator))));
    m_projectedFeatures->setCurrentText(QString::fromStdString(c.projectedFeatures));
    m_diffAugment->setText(QString::fromStdString(c.diffAugment));
    m_aux->setChecked(c.auxClassifier);
    m_ortho->setText(number(c.orthoReg));
    m_drift->setText(number(c.driftWeight));
    m_growStart->setCurrentIndex(std::max(0, m_growStart->findData(c.growth.startResolution)));
    m_growImages->setValue(static_cast<int>(
        std::min<std::int64_t>(c.growth.stabiliseImages, m_growImages->maximum())));
    m_healthEvery->setValue(c.healthEvery);
    m_collapseFactor->setValue(c.collapseFactor);
    m_batch->setValue(c.batchSize);
    m_critic->setValue(c.criticSteps);
    m_lrG->setText(number(c.lrG));
    m_lrD->setText(number(c.lrD));
    m_beta1->setText(number(c.beta1));
    m_beta2->setText(number(c.beta2));
    m_ema->setText(number(c.emaBeta));
    m_steps->setValue(static_cast<int>(std::min<std::int64_t>(c.steps, m_steps->maximum())));
    m_seed->setText(QString::number(c.seed));
    m_sampleEvery->setValue(c.sampleEvery);
    m_checkpointEvery->setValue(c.checkpointEvery);
    m_evalEvery->setValue(c.evalEvery);
    m_evalMinutes->setValue(c.evalEveryMinutes);
    QStringList metrics;
    for (const auto& m : c.eval.metrics)
        metrics << QString::fromStdString(m);
    m_evalMetrics->setText(metrics.join(','));
    m_evalFeatures->setCurrentText(QString::fromStdString(c.eval.features));
    m_evalSamples->setValue(c.eval.samples);
    m_loading = false;
    refresh();
}

void ConfigPanel::setDatasetPath(const QString& path) {
    m_base.dataPath = path.toStdString();
    refresh();
}

void ConfigPanel::setLocked(bool locked) {
    for (QWidget* w : findChildren<QWidget*>())
        if (w != m_problemLabel)
            w->setEnabled(!locked);
}

std::optional<TrainConfig> ConfigPanel::parse(QStringList* problems) const {
    TrainConfig c = m_base;
    bool ok = true;
    const auto real = [&](QLineEdit* edit, const QString& what, double& out) {
        bool parsed = false;
        const double v = QLocale::c().toDouble(edit->text().trimmed(), &parsed);
        if (!parsed) {
            ok = false;
            if (problems)
                *problems << tr("%1: “%2” is not a number").arg(what, edit->text());
            return;
        }
        out = v;
    };
    c.preset = m_preset->currentText().toStdString();
    c.model = m_model->currentText().toStdString();
    c.loss = m_loss->currentText().toStdString();
    c.resolution = m_resolution->currentData().toInt();
    c.width = m_width->value();
    c.latentDim = m_latent->value();
    c.conditional = m_conditional->isChecked();
    c.conditioning = m_conditioning->currentData().toString().toStdString();
    c.classes.clear();
    for (const QString& name : m_classes->text().split(',', Qt::SkipEmptyParts))
        if (!name.trimmed().isEmpty())
            c.classes.push_back(name.trimmed().toStdString());
    c.maxImages = m_maxImages->value();
    c.transfer.source = m_transferSource->text().trimmed().toStdString();
    c.transfer.generator = m_transferG->isChecked();
    c.transfer.discriminator = m_transferD->isChecked();
    c.discriminator = m_discriminator->currentData().toString().toStdString();
    c.projectedFeatures = m_projectedFeatures->currentText().trimmed().toStdString();
    c.diffAugment = m_diffAugment->text().trimmed().toStdString();
    c.auxClassifier = m_aux->isChecked();
    real(m_ortho, tr("Orthogonal reg. β"), c.orthoReg);
    real(m_drift, tr("Drift ε"), c.driftWeight);
    c.growth.startResolution = m_growStart->currentData().toInt();
    c.growth.stabiliseImages = c.growth.fadeImages = m_growImages->value();
    c.healthEvery = m_healthEvery->value();
    c.collapseFactor = m_collapseFactor->value();
    c.batchSize = m_batch->value();
    c.criticSteps = m_critic->value();
    real(m_lrG, tr("Learning rate G"), c.lrG);
    real(m_lrD, tr("Learning rate D"), c.lrD);
    real(m_beta1, tr("Adam β1"), c.beta1);
    real(m_beta2, tr("Adam β2"), c.beta2);
    real(m_ema, tr("EMA β"), c.emaBeta);
    c.steps = m_steps->value();
    bool seedOk = false;
    c.seed = m_seed->text().trimmed().toULongLong(&seedOk);
    if (!seedOk) {
        ok = false;
        if (problems)
            *problems << tr("Seed: “%1” is not a whole number ≥ 0").arg(m_seed->text());
    }
    c.sampleEvery = m_sampleEvery->value();
    c.checkpointEvery = m_checkpointEvery->value();
    c.evalEvery = m_evalEvery->value();
    c.evalEveryMinutes = m_evalMinutes->value();
    c.eval.metrics.clear();
    for (const QString& m : m_evalMetrics->text().split(',', Qt::SkipEmptyParts))
        c.eval.metrics.push_back(m.trimmed().toStdString());
    c.eval.features = m_evalFeatures->currentText().trimmed().toStdString();
    c.eval.samples = m_evalSamples->value();
    if (!ok)
        return std::nullopt;
    const auto reasons = validateConfig(c);
    for (const auto& r : reasons)
        if (problems)
            *problems << QString::fromStdString(r);
    if (!reasons.empty())
        return std::nullopt;
    return c;
}

std::optional<TrainConfig> ConfigPanel::config() const {
    return parse(nullptr);
}

QStringList ConfigPanel::problems() const {
    QStringList out;
    parse(&out);
    return out;
}

void ConfigPanel::refresh() {
    if (m_loading)
        return;
    const QStringList reasons = problems();
    m_problemLabel->setText(reasons.join('\n'));
    m_problemLabel->setVisible(!reasons.isEmpty());
    const bool valid = reasons.isEmpty();
    if (valid != m_valid) {
        m_valid = valid;
        emit validityChanged(valid);
    }
    emit configChanged();
}

} // namespace ganlab::widgets
