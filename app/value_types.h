// Meta-type declarations for the value snapshots that cross from the worker to the GUI thread.
#pragma once

#include "api/dataset_info.h"
#include "api/image.h"
#include "api/step_stats.h"

#include <QImage>
#include <QMetaType>

Q_DECLARE_METATYPE(ganlab::StepStats)
Q_DECLARE_METATYPE(ganlab::DatasetInfo)

namespace ganlab::app {

void registerValueTypes();
// A deep copy of a core Image as a QImage (gray or RGB).
QImage toQImage(const Image& image);

} // namespace ganlab::app
