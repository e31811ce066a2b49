// StudyDialog: sets up a study — which seed paper's experiment, on which dataset (the main
// window's, by default) and classes, its budget, the trained run or the transfer sources where the
// study needs them, the feature network, seed and output folder. Fields a study does not use are
// hidden; whether the study applies is core's to say (Study::create refuses in the window).
#pragma once

#include "api/study.h"
#include "api/train_config.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QWidget;

namespace ganlab::widgets {
class SourceListEditor;
}

namespace ganlab::app {

class StudyDialog : public QDialog {
    Q_OBJECT

public:
    // `current`: the main window's configuration and dataset; `currentRun`: its open run (the
    // default trained run); `dirBase`: the output folder is dirBase + "-study-NAME".
    StudyDialog(const TrainConfig& current, const QString& currentRun, const QString& dirBase,
                QWidget* parent = nullptr);

    void setStudy(const QString& name);
    QString study() const;
    void addSource(const QString& path);
    StudySpec spec() const;
    QString outputDir() const;
    // Whether a field is shown for the chosen study: "data", "run", "transfer".
    bool showsField(const QString& field) const;

private:
    void studyChanged();
    QWidget* pathRow(QLineEdit* edit, const QString& title, bool folder);
    void accept() override;

    QString m_currentRun, m_dirBase;
    QComboBox* m_study;
    QLabel* m_about;
    QLineEdit* m_data;
    QLineEdit* m_classes;
    QSpinBox* m_maxImages;
    QDoubleSpinBox* m_budget;
    QLineEdit* m_run;
    widgets::SourceListEditor* m_sources;
    QLineEdit* m_sourceData;
    QLineEdit* m_sourceClasses;
    QComboBox* m_setting;
    QLineEdit* m_features;
    QSpinBox* m_evalSamples;
    QSpinBox* m_seed;
    QLineEdit* m_settings;
    QLineEdit* m_dir;
    QLabel* m_problem;
    QFormLayout* m_form = nullptr;
    QWidget *m_dataRow = nullptr, *m_runRow = nullptr, *m_sourcesRow = nullptr,
            *m_sourceDataRow = nullptr;
    bool m_dirEdited = false;
};

} // namespace ganlab::app
