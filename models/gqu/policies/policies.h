#pragma once
// The GQU's clipping policies, one file each in this folder; registry.cpp registers them by name.
#include <memory>

#include "models/gqu/gqu_core.h"

namespace int4sim::hw {

std::unique_ptr<GquPolicy> make_lbt_policy();
std::unique_ptr<GquPolicy> make_fixed_policy();
std::unique_ptr<GquPolicy> make_minmax_policy();
std::unique_ptr<GquPolicy> make_dsgc_policy();
std::unique_ptr<GquPolicy> make_pwf_policy();

}  // namespace int4sim::hw
