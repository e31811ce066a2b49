// Widget test (offscreen): FadeInView shows the growth schedule, the position on it and the
// α-blend, and asks for previews of other blends while paused.
#include "fade_in_view.h"

#include <QSignalSpy>
#include <QSlider>
#include <QtTest/QtTest>

#include <map>

using namespace ganlab;
using namespace ganlab::widgets;

namespace {

// Strongly coloured colours that cover at least `minPixels` pixels: the painted phases (labels,
// background, text and the narrow columns of a gradient are grey or too small to count).
int largeColouredAreas(const QImage& image, int minPixels) {
    std::map<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y)];
    int areas = 0;
    for (const auto& [rgb, count] : counts)
        areas += count >= minPixels && QColor(rgb).hsvSaturation() > 80;
    return areas;
}

// The column with the longest vertical run of dark pixels (the position marker), and that run.
std::pair<int, int> longestDarkColumn(const QImage& image) {
    std::pair<int, int> best{-1, 0};
    for (int x = 0; x < image.width(); ++x)
        for (int y = 0, run = 0; y < image.height(); ++y) {
            run = qGray(image.pixel(x, y)) < 60 ? run + 1 : 0;
            if (run > best.second)
                best = {x, run};
        }
    return best;
}

} // namespace

class TestFadeInView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fadeInViewShowsTheScheduleAndPreviewsAlphaWhenPaused() {
        widgets::FadeInView view;
        view.resize(600, 300);
        const GrowthSchedule schedule(
            {.startResolution = 8, .stabiliseImages = 100, .fadeImages = 50, .batchSizes = {}}, 32,
            8);
        view.setSchedule(schedule.phases());
        view.setPosition(125, 2, 0.5, true);
        QCOMPARE(view.timeline()->currentPhase(), 1); // →16² fading
        QVERIFY(view.statusText().contains("16×16") && view.statusText().contains("0.500"));
        QCOMPARE(view.alphaSlider()->value(), 50);
        QVERIFY(!view.alphaSlider()->isEnabled());
        QSignalSpy requested(&view, &widgets::FadeInView::alphaPreviewRequested);
        view.setPaused(true);
        QVERIFY(view.alphaSlider()->isEnabled());
        view.alphaSlider()->setValue(20);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.takeFirst().at(0).toDouble(), 0.2);
        view.setPaused(false); // back to following training
        QCOMPARE(requested.takeFirst().at(0).toDouble(), -1.0);
        QImage strip(60, 16, QImage::Format_Grayscale8);
        strip.fill(128);
        view.setImages(strip, strip, strip, 8, 16, 0.5);
        QVERIFY(view.hasImages());
        QVERIFY(view.blendCaption().contains("0.50"));
        view.setPosition(400, 3, 1.0, false);
        QCOMPARE(view.timeline()->currentPhase(), 4); // 32², open-ended
        QVERIFY(view.statusText().contains("Stabilising at 32×32"));
        // The timeline paints the three resolutions' stable phases in their own colours and marks
        // the position (400 of a 401-image span) with a line across the bar, near its right end.
        view.show();
        QImage painted = view.timeline()->grab().toImage();
        QCOMPARE(largeColouredAreas(painted, 500), 3);
        auto [marker, length] = longestDarkColumn(painted);
        QVERIFY2(length >= 20, qPrintable(QString::number(length)));
        QVERIFY2(marker > painted.width() * 9 / 10, qPrintable(QString::number(marker)));
        view.setPosition(125, 2, 0.5, true); // the marker follows: mid-fade into 16×16
        painted = view.timeline()->grab().toImage();
        std::tie(marker, length) = longestDarkColumn(painted);
        QVERIFY2(length >= 20, qPrintable(QString::number(length)));
        QVERIFY2(marker > painted.width() / 4 && marker < painted.width() * 2 / 5,
                 qPrintable(QString::number(marker)));
        view.clear();
        QVERIFY(!view.hasImages());
    }
};

QTEST_MAIN(TestFadeInView)
#include "tst_fade_in_view.moc"
