// ConfigPanel: a form over TrainConfig — preset, model and loss (from the registries),
// resolution, width, batch, learning rates, betas, EMA, conditioning, the seed papers' options
// (projected D, DiffAugment, AC-GAN head, orthogonal reg., drift, growth), health, steps, seed and
// intervals, and the transfer lab's data subset (classes, image count) and source (G and/or D).
// Invalid values are refused with the reason, shown under the form.
#pragma once

#include "api/train_config.h"

#include <QStringList>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ganlab::widgets {

class ConfigPanel : public QWidget {
    Q_OBJECT

public:
    explicit ConfigPanel(QWidget* parent = nullptr);

    // Shows every field of `config` (the data path and import settings are kept, not shown).
    void setConfig(const TrainConfig& config);
    // The config the form shows, or nothing while a field is invalid.
    std::optional<TrainConfig> config() const;
    // One readable reason per problem; empty when the form holds a usable config.
    QStringList problems() const;
    void setDatasetPath(const QString& path);
    // Forbids editing while a run trains (its config is fixed).
    void setLocked(bool locked);

    QComboBox* presetBox() const { return m_preset; }
    QLineEdit* lrGEdit() const { return m_lrG; }
    QLineEdit* lrDEdit() const { return m_lrD; }
    QLineEdit* seedEdit() const { return m_seed; }
    QLabel* problemLabel() const { return m_problemLabel; }
    QLineEdit* evalMetricsEdit() const { return m_evalMetrics; }
    QComboBox* discriminatorBox() const { return m_discriminator; }
    QCheckBox* auxClassifierBox() const { return m_aux; }
    QLineEdit* orthoEdit() const { return m_ortho; }
    QLineEdit* classesEdit() const { return m_classes; }
    QSpinBox* maxImagesBox() const { return m_maxImages; }
    QComboBox* conditioningBox() const { return m_conditioning; }
    QLineEdit* transferSourceEdit() const { return m_transferSource; }
    QCheckBox* transferGBox() const { return m_transferG; }
    QCheckBox* transferDBox() const { return m_transferD; }

signals:
    void configChanged();
    void validityChanged(bool valid);

private:
    void applyPreset(const QString& name);
    void refresh();
    std::optional<TrainConfig> parse(QStringList* problems) const;

    TrainConfig m_base; // fields the form does not show
    QComboBox* m_preset;
    QComboBox* m_model;
    QComboBox* m_loss;
    QComboBox* m_resolution;
    QDoubleSpinBox* m_width;
    QSpinBox* m_latent;
    QCheckBox* m_conditional;
    QComboBox* m_conditioning;
    QLineEdit* m_classes;
    QSpinBox* m_maxImages;
    QLineEdit* m_transferSource;
    QCheckBox* m_transferG;
    QCheckBox* m_transferD;
    QComboBox* m_discriminator;
    QComboBox* m_projectedFeatures;
    QLineEdit* m_diffAugment;
    QCheckBox* m_aux;
    QLineEdit* m_ortho;
    QLineEdit* m_drift;
    QComboBox* m_growStart;
    QSpinBox* m_growImages;
    QSpinBox* m_healthEvery;
    QDoubleSpinBox* m_collapseFactor;
    QSpinBox* m_batch;
    QSpinBox* m_critic;
    QLineEdit* m_lrG;
    QLineEdit* m_lrD;
    QLineEdit* m_beta1;
    QLineEdit* m_beta2;
    QLineEdit* m_ema;
    QSpinBox* m_steps;
    QLineEdit* m_seed;
    QSpinBox* m_sampleEvery;
    QSpinBox* m_checkpointEvery;
    QSpinBox* m_evalEvery;
    QDoubleSpinBox* m_evalMinutes;
    QLineEdit* m_evalMetrics;
    QComboBox* m_evalFeatures;
    QSpinBox* m_evalSamples;
    QLabel* m_problemLabel;
    bool m_valid = true;
    bool m_loading = false;
};

} // namespace ganlab::widgets
