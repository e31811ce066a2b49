// TruncationSlider: the truncation threshold (BigGAN's resampling trick) as a switch and a slider;
// emits every value it shows while the user drags.
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QSlider;

namespace ganlab::widgets {

class TruncationSlider : public QWidget {
    Q_OBJECT

public:
    explicit TruncationSlider(QWidget* parent = nullptr);

    // The threshold in force: 0 when truncation is off.
    double value() const;
    // The slider's threshold, whether or not truncation is on.
    double threshold() const;
    void setValue(double threshold); // ≤ 0 switches truncation off (keeping the slider)
    QSlider* slider() const { return m_slider; }
    QCheckBox* toggle() const { return m_enabled; }

    static constexpr double kMin = 0.05;
    static constexpr double kMax = 3.0;

signals:
    void valueChanged(double threshold); // 0 = off

private:
    void refresh();

    QCheckBox* m_enabled;
    QSlider* m_slider;
    QLabel* m_label;
};

} // namespace ganlab::widgets
