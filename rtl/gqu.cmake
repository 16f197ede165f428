# The gradient quantizer unit (rtl/gqu/), Verilated at the lane counts the harness offers
# (rtl/harness/rtl_gqu.cpp lists them): 4 lanes keep the random-tensor tests fast, 32 is gq.lanes'
# default.
set(INT4SIM_RTL_GQU_SOURCES
  ${CMAKE_CURRENT_SOURCE_DIR}/gqu/gqu_fround.sv ${CMAKE_CURRENT_SOURCE_DIR}/gqu/gqu_fmul.sv
  ${CMAKE_CURRENT_SOURCE_DIR}/gqu/gqu_fdiv.sv ${CMAKE_CURRENT_SOURCE_DIR}/gqu/gqu_mix64.sv
  ${CMAKE_CURRENT_SOURCE_DIR}/gqu/gqu_lane.sv ${CMAKE_CURRENT_SOURCE_DIR}/gqu/gqu_bin_step.sv
  ${CMAKE_CURRENT_SOURCE_DIR}/gqu/gqu_bin_lane.sv ${CMAKE_CURRENT_SOURCE_DIR}/gqu/gqu_top.sv)
set(INT4SIM_RTL_GQU_LANES 4 32)
add_library(int4sim_rtl_gqu STATIC ${CMAKE_CURRENT_SOURCE_DIR}/harness/rtl_gqu.cpp)
# The harness header names hw::GquConfig (a plain struct): headers only, no model library.
target_include_directories(int4sim_rtl_gqu PUBLIC ${CMAKE_SOURCE_DIR})
foreach(lanes ${INT4SIM_RTL_GQU_LANES})
  verilate(int4sim_rtl_gqu SOURCES ${INT4SIM_RTL_GQU_SOURCES} TOP_MODULE gqu_top PREFIX Vgqu_top_l${lanes}
           ${INT4SIM_VERILATE_OPT} VERILATOR_ARGS ${INT4SIM_VERILATOR_ARGS} -GLANES=${lanes})
endforeach()
