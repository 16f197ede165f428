// Every GQU policy under the name gq.policy uses for it (models/gqu/params.def lists the same
// choices; test_gqu_core checks that the two agree). A new policy: its file here, one line below,
// its name in gq.policy's choices, and its golden counterpart.
#include "models/gqu/policies/policies.h"

namespace int4sim::hw {

const Registry<GquPolicy>& gqu_policies() {
  static const Registry<GquPolicy> registry = [] {
    Registry<GquPolicy> r("gradient policy");
    r.add("lbt", make_lbt_policy);
    r.add("fixed", make_fixed_policy);
    r.add("minmax", make_minmax_policy);
    r.add("dsgc", make_dsgc_policy);
    r.add("pwf", make_pwf_policy);
    return r;
  }();
  return registry;
}

}  // namespace int4sim::hw
