// FadeInView: PG-GAN's growth made visible — the schedule as a timeline (stabilise / fade phases
// per resolution, the current position), and for the same z the lower level's output upsampled,
// the new level's output and their α-blend; on a paused run an α slider previews any blend.
#pragma once

#include "api/growth_schedule.h"

#include <QImage>
#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QSlider;

namespace ganlab::widgets {

// The schedule as coloured phases with a position marker.
class GrowthTimeline : public QWidget {
    Q_OBJECT

public:
    explicit GrowthTimeline(QWidget* parent = nullptr);
    void setPhases(const std::vector<GrowthPhase>& phases);
    void setPosition(std::int64_t imagesShown);
    std::int64_t position() const { return m_position; }
    // The phase under the position (index into phases), or −1.
    int currentPhase() const;
    QSize sizeHint() const override { return {400, 44}; }
    QSize minimumSizeHint() const override { return {120, 36}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::int64_t span() const;
    std::vector<GrowthPhase> m_phases;
    std::int64_t m_position = 0;
};

class FadeInView : public QWidget {
    Q_OBJECT

public:
    explicit FadeInView(QWidget* parent = nullptr);

    void setSchedule(const std::vector<GrowthPhase>& phases);
    // Where training is: images shown, active level (0 = 4×4), its α, whether it is fading.
    void setPosition(std::int64_t imagesShown, int level, double alpha, bool fading);
    // The three strips of one render (1 × n images each) and the α of the blend.
    void setImages(const QImage& lower, const QImage& upper, const QImage& blend,
                   int lowerResolution, int upperResolution, double alpha);
    // Paused: the α slider previews any blend; running: it follows training's α.
    void setPaused(bool paused);
    void clear();

    GrowthTimeline* timeline() const { return m_timeline; }
    QSlider* alphaSlider() const { return m_slider; }
    QString statusText() const;
    QString blendCaption() const;
    bool hasImages() const { return !m_blendImage.isNull(); }
    QImage blendImage() const { return m_blendImage; }

signals:
    // α in [0, 1] to preview on the paused run, or −1 to follow the run again.
    void alphaPreviewRequested(double alpha);

private:
    void showImage(QLabel* label, const QImage& image);

    GrowthTimeline* m_timeline;
    QLabel* m_status;
    QLabel* m_lower;
    QLabel* m_upper;
    QLabel* m_blend;
    QLabel* m_lowerCaption;
    QLabel* m_upperCaption;
    QLabel* m_blendCaption;
    QSlider* m_slider;
    QPushButton* m_follow;
    QImage m_blendImage;
    double m_runAlpha = 1.0;
    bool m_paused = false;
};

} // namespace ganlab::widgets
