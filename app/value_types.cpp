// Registration of the cross-thread value types.
#include "value_types.h"

namespace ganlab::app {

void registerValueTypes() {
    qRegisterMetaType<ganlab::StepStats>();
    qRegisterMetaType<ganlab::DatasetInfo>();
    qRegisterMetaType<ganlab::SampleRequest>();
    qRegisterMetaType<ganlab::TrainConfig>();
    qRegisterMetaType<ganlab::app::SnapshotPtr>();
    qRegisterMetaType<ganlab::app::RunSummary>();
    qRegisterMetaType<ganlab::app::MetricResults>();
    qRegisterMetaType<ganlab::app::ArmModeCollapse>();
    qRegisterMetaType<ganlab::app::FadeImages>();
    qRegisterMetaType<ganlab::CollapseEvent>();
    qRegisterMetaType<ganlab::CompareResults>();
    qRegisterMetaType<ganlab::app::StudySnapshot>();
}

} // namespace ganlab::app
