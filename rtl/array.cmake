# The MAC array, Verilated at the sizes the harness offers (rtl/harness/rtl_array.cpp lists them):
# small ones for the random-tile tests, the default 32 x 32 for `int4sim gemm --rtl`.
set(INT4SIM_RTL_ARRAY_SOURCES
  ${CMAKE_CURRENT_SOURCE_DIR}/array/acc_pkg.sv ${CMAKE_CURRENT_SOURCE_DIR}/array/delay_line.sv ${CMAKE_CURRENT_SOURCE_DIR}/array/int4_pe.sv
  ${CMAKE_CURRENT_SOURCE_DIR}/array/int4_array.sv)
set(INT4SIM_RTL_ARRAY_SIZES 4x4 3x5 8x8 16x16 32x32)
add_library(int4sim_rtl_array STATIC ${CMAKE_CURRENT_SOURCE_DIR}/harness/rtl_array.cpp)
target_include_directories(int4sim_rtl_array PUBLIC ${CMAKE_SOURCE_DIR})
target_link_libraries(int4sim_rtl_array PUBLIC int4sim_models)
foreach(size ${INT4SIM_RTL_ARRAY_SIZES})
  string(REPLACE "x" ";" dims ${size})
  list(GET dims 0 rows)
  list(GET dims 1 cols)
  # Waveforms (--trace) from the 4 x 4 array only: tracing doubles the generated code.
  set(trace "")
  if(size STREQUAL "4x4")
    set(trace TRACE)
  endif()
  verilate(int4sim_rtl_array SOURCES ${INT4SIM_RTL_ARRAY_SOURCES} TOP_MODULE int4_array PREFIX Vint4_array_${size}
           ${trace} ${INT4SIM_VERILATE_OPT} VERILATOR_ARGS ${INT4SIM_VERILATOR_ARGS} -GROWS=${rows} -GCOLS=${cols}
           --x-initial unique)  # registers start random (the harness seeds them): reset must clear what matters
endforeach()
# Verilator's own headers trip -Wextra's unused-parameter check.
target_compile_options(int4sim_rtl_array PRIVATE -Wno-unused-parameter)
